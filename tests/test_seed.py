"""The seed article end to end; skips where ../shared is absent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.evaluate import GoldLine, predictions_from_claims, score
from pipeline.io import Document, iter_documents
from pipeline.schema import Claim

SEED = "seeds/000_9de591f704b0e99d.txt"


def _gold(shared: Path) -> list[dict[str, Any]]:
    with (shared / "eval" / "seed_gold.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_seed_sentences_are_exactly_the_gold_sentences(extractor: Any, shared: Path, claim_validator: Any) -> None:
    path = shared / SEED
    text = path.read_text(encoding="utf-8")
    documents = list(iter_documents([str(path)], 2_000_000))
    records = [c for c in extractor.extract(documents, all_sentences=True) if isinstance(c, Claim)]
    gold = _gold(shared)
    assert [(r.start, r.end, r.text) for r in records] == [(g["start"], g["end"], g["text"]) for g in gold]
    for record in records:
        assert text[record.start : record.end] == record.text
        assert not list(claim_validator.iter_errors(record.model_dump(mode="json")))
    assert {r.doc.date for r in records} == {"2017-01-16"}


def test_seed_gold_scores_meet_the_bar(extractor: Any, shared: Path) -> None:
    lines = [GoldLine.from_record(g) for g in _gold(shared)]
    documents = [Document(id=g.id, text=g.text) for g in lines]
    claims = [c for c in extractor.extract(documents) if isinstance(c, Claim)]
    result = score(lines, predictions_from_claims([g.id for g in lines], claims))
    assert result["macro_f1"] >= 0.80, result
    assert result["actors"]["recall"] >= 0.85, result["actors"]
