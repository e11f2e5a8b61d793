"""Long documents: the statistical pipes over windows give the records of the whole document."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from pipeline.build import Extractor, load_config
from pipeline.clean import Furniture
from pipeline.errors import ConfigError
from pipeline.io import Document
from pipeline.windows import MARGIN, WindowedPipeline, cuts, shift_spans, windows
from tests.conftest import ROOT

_ARTICLES = sorted((ROOT / "corpus" / "articles").glob("*.txt"))


def _paragraphs(count: int) -> str:
    return "\n\n".join(f"Paragraph {i} says that India and China met. They agreed to talk again." for i in range(count))


def test_windows_cut_at_blank_lines_and_cover_the_document() -> None:
    doc = spacy.blank("en").make_doc(_paragraphs(40))
    parts = windows(doc, 500)
    assert len(parts) > 3
    assert [w.start for w in parts[1:]] == [w.end for w in parts[:-1]] and parts[0].start == 0 and parts[-1].end == len(doc)
    for w in parts[1:]:
        assert doc[w.start - 1].text == "\n\n" and doc[w.start].text == "Paragraph"
        assert w.lo == w.start - MARGIN
    for w in parts[:-1]:
        assert 250 < doc[w.end].idx - doc[w.start].idx <= 500 and w.hi == min(w.end + MARGIN, len(doc))


def test_windows_prefer_a_blank_line_to_a_line_break() -> None:
    line = "They agreed to talk again.\n"
    doc = spacy.blank("en").make_doc(line * 14 + "\n" + line * 30)  # the blank line at 378 of 600
    cut = cuts(doc, 600)[1]
    assert doc[cut - 1].text == "\n\n" and doc[cut].idx == 14 * len(line) + 1


def test_windows_without_line_breaks_cut_after_a_stop_without_margins() -> None:
    text = " ".join(f"India and China met in round {i} of the talks." for i in range(60))
    doc = spacy.blank("en").make_doc(text)
    parts = windows(doc, 600)
    assert len(parts) > 3
    for w in parts[1:]:
        assert doc[w.start - 1].text == "." and doc[w.start].text == "India" and w.lo == w.start
    assert all(w.hi == w.end for w in parts)


def test_windows_of_one_long_token_stop_where_they_cannot_cut() -> None:
    doc = spacy.blank("en").make_doc("x" * 5000)
    assert cuts(doc, 600) == [0]


def test_windows_shift_furniture_into_the_window() -> None:
    spans = [Furniture(0, 10, "header"), Furniture(95, 120, "subheading"), Furniture(130, 140, "bullet"),
             Furniture(300, 310, "footer")]
    assert shift_spans(spans, 100, 200) == [Furniture(0, 20, "subheading"), Furniture(30, 40, "bullet")]


def test_windows_pipes_that_do_not_follow_each_other_are_a_config_error(nlp: Any) -> None:
    with pytest.raises(ConfigError, match="follow each other"):
        WindowedPipeline(nlp, ["tok2vec", "ner"], 1000)


def _records(extractor: Extractor, text: str) -> list[dict[str, Any]]:
    document = Document(id="long", text=text, date="2021-03-03")
    return [claim.model_dump(mode="json") for claim in extractor.extract([document], all_sentences=True)]


@pytest.fixture(scope="module")
def windowed_extractor(extractor: Any) -> Extractor:
    """The pipeline with windows of 12,000 characters (the session extractor's are 100,000)."""
    return Extractor(load_config(overrides={"nlp.window_chars": 12000}))


def test_windows_give_the_records_of_the_whole_document(extractor: Any, windowed_extractor: Extractor) -> None:
    # every article of corpus/articles, one after the other: 56,000 characters, five windows
    text = "\n\n".join(a.read_text(encoding="utf-8") for a in _ARTICLES)
    assert len(windows(windowed_extractor.nlp.make_doc(text), 12000)) >= 4
    whole = _records(extractor, text)
    assert len(text) < extractor.windowed.size  # the session extractor runs it in one piece
    assert _records(windowed_extractor, text) == whole
    # the context stages had something to carry across the cuts
    assert any(a["via"] == "context" for r in whole for a in r["actors"])
    assert any(r["attribution"] for r in whole) and any(r["time"] for r in whole)


def test_windows_a_text_without_line_breaks_still_gives_exact_offsets(windowed_extractor: Extractor) -> None:
    bodies = [a.read_text(encoding="utf-8").split("\n\n", 1)[1] for a in _ARTICLES[:4]]
    text = " ".join(" ".join(bodies).split())
    assert "\n" not in text and len(windows(windowed_extractor.nlp.make_doc(text), 12000)) >= 2
    records = _records(windowed_extractor, text)
    assert [r["sentence_index"] for r in records] == list(range(len(records))) and len(records) > 100
    for r in records:
        assert text[r["start"] : r["end"]] == r["text"]
        assert all(text[e["start"] : e["end"]] == e["text"] for e in r["entities"])
