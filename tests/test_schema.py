from __future__ import annotations

import pytest
from pydantic import ValidationError

from pipeline.schema import Claim, DocInfo, ModelInfo, claim_json_schema
from tests.conftest import ROOT


def test_schema_committed_file_is_current() -> None:
    committed = (ROOT / "pipeline" / "claim.schema.json").read_text(encoding="utf-8")
    assert committed == claim_json_schema(), "run `make schema` to regenerate pipeline/claim.schema.json"


def _claim(**changes: object) -> dict[str, object]:
    base: dict[str, object] = dict(
        claim_id="d:0", doc_id="d", sentence_index=0, start=0, end=3, text="abc",
        labels=["forecast"], scores={"cooperation": 0.1, "competition": 0.2, "forecast": 0.9},
        actors=[], dyads=[], attribution=None, time=[], certainty="high", certainty_cue="will",
        negated=False, entities=[], doc=DocInfo(), model=ModelInfo(name="m", version="1"),
    )
    base.update(changes)
    return base


def test_schema_rejects_unknown_fields_and_labels() -> None:
    Claim(**_claim())  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Claim(**_claim(extra_field=1))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Claim(**_claim(labels=["alliance"]))  # type: ignore[arg-type]


def test_schema_json_validates_a_record(claim_validator: object) -> None:
    record = Claim(**_claim()).model_dump(mode="json")  # type: ignore[arg-type]
    assert not list(claim_validator.iter_errors(record))  # type: ignore[attr-defined]
    record["labels"] = ["nonsense"]
    assert list(claim_validator.iter_errors(record))  # type: ignore[attr-defined]
