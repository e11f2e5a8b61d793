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
    # A regression floor, not issue 3's bar (0.90, models/README.md). It was 0.80 until the
    # training sentences that paraphrased this article's events were removed
    # (scripts/decontaminate.py); the clean model scored 0.785, the current one 0.816.
    assert result["macro_f1"] >= 0.75, result
    assert result["actors"]["recall"] >= 0.85, result["actors"]


def _seed_claims(extractor: Any, shared: Path) -> list[Claim]:
    documents = list(iter_documents([str(shared / SEED)], 2_000_000))
    return [c for c in extractor.extract(documents, all_sentences=True) if isinstance(c, Claim)]


def test_seed_attribution_names_the_speakers(extractor: Any, shared: Path) -> None:
    claims = _seed_claims(extractor, shared)
    gold = _gold(shared)
    right = 0
    for claim, g in zip(claims, gold, strict=True):
        if g["attribution"] is None:
            assert claim.attribution is None, (g["id"], claim.attribution)
        elif claim.attribution is not None and claim.attribution.speaker == g["attribution"]["speaker"]:
            right += 1
    assert right >= 8


def test_seed_attribution_codes_the_speakers(extractor: Any, shared: Path) -> None:
    """The speaker's state as the gold codes it: "Russian experts" RUS, "US business executives"
    USA, an article on the website of a French institute FRA, Timothy Colton none."""
    claims = _seed_claims(extractor, shared)
    for claim, g in zip(claims, _gold(shared), strict=True):
        if g["attribution"] is not None and claim.attribution is not None:
            assert claim.attribution.speaker_code == g["attribution"]["code"], g["id"]


def test_seed_attribution_dates_the_statements(extractor: Any, shared: Path) -> None:
    """The gold gives the statement's date where the sentence names it, and none elsewhere."""
    claims = _seed_claims(extractor, shared)
    for claim, g in zip(claims, _gold(shared), strict=True):
        if g["attribution"] is not None and claim.attribution is not None:
            assert claim.attribution.date == g["attribution"].get("date"), g["id"]


def test_seed_dates_resolve_against_the_document_date(extractor: Any, shared: Path) -> None:
    dates = {t.text: t.date for c in _seed_claims(extractor, shared) for t in c.time}
    assert dates["Dec 14"] == "2016-12-14"
    assert dates["Dec 21"] == "2016-12-21"
    assert dates["Nov 16"] == "2016-11-16"
    assert dates["December 12"] == "2016-12-12"
