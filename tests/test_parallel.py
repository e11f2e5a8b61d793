"""Workers and runtimes must not change the claims."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from pipeline.cli import app
from tests.conftest import ROOT

runner = CliRunner()


def test_parallel_workers_give_identical_output(extractor: Any, tmp_path: Path) -> None:
    articles = ROOT / "corpus" / "articles"
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}.jsonl"
        result = runner.invoke(app, ["extract", str(articles), "-o", str(out), "--workers", workers,
                                     "--set", "nlp.parallel_min_documents=0"])
        assert result.exit_code == 0, result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and outputs[0]


def test_parallel_bad_documents_are_reported_in_order(extractor: Any, tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": f"Japan and Chile signed trade deal number {i}."}) for i in range(40)]
    lines[17] = "{broken"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(dump), "-o", str(out), "--workers", "2",
                                 "--set", "nlp.parallel_min_documents=0"])
    assert result.exit_code == 1 and f"{dump}:18: malformed JSON" in result.stderr
    ids = [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"d{i}" for i in range(40) if i != 17]


def test_parallel_worker_that_cannot_start_stops_the_run_with_one_line(tmp_path: Path) -> None:
    # a pool initializer that raises would be restarted forever: the error must end the run
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(json.dumps({"id": f"d{i}", "text": "Peru and Chile signed a deal."}) for i in range(4)),
                    encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(dump), "-o", str(out), "--workers", "2",
                                 "--set", "nlp.parallel_min_documents=0",
                                 "--set", "components.claims_entities.gazetteer=missing.jsonl"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"claimex: error: gazetteer file not found: {ROOT / 'pipeline' / 'data' / 'missing.jsonl'}"]
    assert not out.exists()
