"""The README's "Consuming claims" snippets run against a claims file the extractor has just written."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.summarize import ClaimTable, GroupBy
from tests.conftest import ROOT

RECIPE = re.compile(r"^```(python|sh) recipe\n(.*?)^```$", re.S | re.M)


def recipes() -> list[tuple[str, str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Consuming claims"):]
    return RECIPE.findall(section)


def test_recipes_readme_has_them_all() -> None:
    kinds = [kind for kind, _ in recipes()]
    assert kinds.count("python") >= 3 and kinds.count("sh") >= 1
    code = "".join(body for _, body in recipes())
    assert "import pandas" in code and "import duckdb" in code and "jq " in code


def _run(kind: str, body: str, folder: Path) -> str:
    command = [sys.executable, "-c", body] if kind == "python" else ["bash", "-e", "-c", body]
    result = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, f"{kind} recipe failed:\n{body}\n{result.stderr}"
    assert result.stdout.strip(), body
    return result.stdout


@pytest.fixture(scope="module")
def folder(sample_claims: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("recipes")
    shutil.copy(sample_claims, folder / "claims.jsonl")
    return folder


@pytest.mark.parametrize("index", range(len(recipes())))
def test_recipes_run(folder: Path, index: int) -> None:
    kind, body = recipes()[index]
    if kind == "sh" and "jq " in body and shutil.which("jq") is None:
        pytest.skip("jq is not installed (Debian's jq package; .ci/run installs it where apt-get exists)")
    out = _run(kind, body, folder)
    claims = [json.loads(line) for line in (folder / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    top = ClaimTable([folder / "claims.jsonl"]).summarize(GroupBy.dyad).rows[0]
    if kind == "python" and "per_dyad" in body:
        # the first dyad printed is summarize's first, with the same counts
        first = next(line.split() for line in out.splitlines() if re.match(r"^[A-Z]+-[A-Z]+ ", line))
        assert first[:4] == [top.key, str(top.cooperation), str(top.competition), str(top.forecast)]
    if kind == "python" and "duckdb" in body:
        assert f"{top.key}" in out
    if kind == "sh":
        counts = {m.group(2): int(m.group(1)) for m in re.finditer(r"^\s*(\d+) (\w+)$", out, re.M)}
        assert counts == {label: sum(label in c["labels"] for c in claims)
                          for label in ("cooperation", "competition", "forecast")}
