"""Property-based tests: the readers and the whole pipeline on arbitrary input never crash.

`make test` runs a few dozen examples per property (profile "ci"); `make fuzz` runs thousands
(HYPOTHESIS_PROFILE=fuzz).
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.build import DocumentError
from pipeline.errors import InputError
from pipeline.io import Document, iter_documents
from pipeline.schema import Claim

settings.register_profile("ci", max_examples=50, deadline=None, database=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=2_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

LIMIT = 20_000
SUFFIXES = [".txt", ".jsonl", ".html", ".txt.gz", ".jsonl.gz", ".html.gz"]

# words that make the pipeline do work: actors, cooperation and forecast cues, dates
WORDS = ["Russia", "China", "the United States", "NATO", "Japan", "South Korea", "Iran", "Putin", "said",
         "agreed", "will", "may", "sanctions", "talks", "signed", "a", "deal", "on", "Jan 16, 2017", "next",
         "week", "both", "sides", "he", "Washington", "“", "”", '"', ".", ",", "?", "\n", "\n\n", " "]
ODD = ["\x00", "\x01", "\x1b", "\x7f", "\u200b", "\u200d", "\u200f", "\u202e", "\ufeff", "\u2028",
       "\U0001f600", "\U0001f1ef\U0001f1f5", "\u0301", "\t", "\r"]
prose = st.lists(st.sampled_from(WORDS + ODD), min_size=1, max_size=80).map(" ".join)
texts = st.one_of(st.text(min_size=1, max_size=400), prose,
                  st.lists(st.sampled_from(ODD + [" ", "a", "."]), min_size=1, max_size=40).map("".join))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
records = st.fixed_dictionaries(
    {}, optional={"id": st.one_of(st.text(max_size=10), st.integers()), "text": st.one_of(texts, json_values),
                  "date": st.one_of(st.text(max_size=20), st.just("2017-01-16"), json_values),
                  "title": json_values, "extra": json_values})
jsonl_lines = st.lists(
    st.one_of(records.map(lambda r: json.dumps(r, ensure_ascii=False)),
              records.map(json.dumps),
              st.text(max_size=60),  # garbage lines
              st.just("")),
    max_size=6,
).map("\n".join)


def _read_bytes(data: bytes, suffix: str) -> list[Document | InputError]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        return list(iter_documents([str(path), tmp], LIMIT))


def _check_reader_items(items: list[Document | InputError]) -> None:
    assert items
    for item in items:
        assert isinstance(item, Document | InputError), item
        if isinstance(item, Document):
            assert item.text.strip() and len(item.text) <= LIMIT
            item.text.encode("utf-8")  # writable
            assert item.sha256
        else:
            assert str(item).startswith(item.path) and "\n" not in str(item)


@given(data=st.binary(max_size=2_000), suffix=st.sampled_from(SUFFIXES))
def test_fuzz_readers_on_arbitrary_bytes(data: bytes, suffix: str) -> None:
    if suffix.endswith(".gz") and data[:1] == b"\x00":
        data = gzip.compress(data)
    _check_reader_items(_read_bytes(data, suffix))


@given(text=st.text(max_size=1_000), suffix=st.sampled_from(SUFFIXES))
def test_fuzz_readers_on_arbitrary_unicode(text: str, suffix: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    _check_reader_items(_read_bytes(gzip.compress(data) if suffix.endswith(".gz") else data, suffix))


@given(content=jsonl_lines, gz=st.booleans(), cut=st.integers(min_value=0, max_value=200))
def test_fuzz_readers_on_random_jsonl_and_truncated_gzip(content: str, gz: bool, cut: int) -> None:
    data = content.encode("utf-8", "surrogatepass")
    if gz:
        data = gzip.compress(data)
        data = data[: max(0, len(data) - cut)]  # a truncated download
    items = _read_bytes(data, ".jsonl.gz" if gz else ".jsonl")
    _check_reader_items(items)
    if not gz:  # every non-blank line is one document or one error naming it
        lines = [n for n, line in enumerate(data.split(b"\n"), start=1) if line.strip()]
        from_file = [i for i in items if i.path.endswith("input.jsonl")]
        assert [i.line for i in from_file] == (lines or [None]) * 2  # read as a file, then in its directory


def _check_pipeline(extractor: Any, claim_validator: Any, documents: list[Document | InputError]) -> None:
    originals = {d.id: d.text for d in documents if isinstance(d, Document)}
    errors = sum(isinstance(d, InputError) for d in documents)
    failed = 0
    for result in extractor.extract(documents, all_sentences=True):
        if isinstance(result, DocumentError):
            failed += 1
            continue
        assert isinstance(result, Claim)
        original = originals[result.doc_id]
        assert original[result.start : result.end] == result.text
        for span in [*result.actors, *result.entities, *result.time]:
            assert original[span.start : span.end] == span.text
        record = result.model_dump(mode="json")
        assert not list(claim_validator.iter_errors(record))
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    assert failed == errors  # input errors pass through; processing never fails


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(batch=st.lists(texts, min_size=1, max_size=3))
def test_fuzz_pipeline_on_arbitrary_text(extractor: Any, claim_validator: Any, batch: list[str]) -> None:
    documents: list[Document | InputError] = [Document(id=f"d{i}", text=text) for i, text in enumerate(batch)]
    _check_pipeline(extractor, claim_validator, documents)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(content=jsonl_lines)
def test_fuzz_readers_and_pipeline_on_random_jsonl(extractor: Any, claim_validator: Any, content: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dump.jsonl"
        path.write_bytes(content.encode("utf-8", "surrogatepass"))
        documents = list(iter_documents([str(path)], LIMIT))
    # ids in random records may repeat: make them unique so that offsets can be checked per document
    unique = [replace(d, id=f"{i}:{d.id}") if isinstance(d, Document) else d for i, d in enumerate(documents)]
    _check_pipeline(extractor, claim_validator, unique)
