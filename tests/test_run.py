"""Whole runs: determinism, interruption and --resume."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pipeline.run as run
from pipeline.build import load_config
from tests.conftest import ROOT


@pytest.fixture()
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "dump.jsonl"
    articles = sorted((ROOT / "corpus" / "articles").glob("*.txt"))[:5]
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.stem, "text": a.read_text(encoding="utf-8")}) + "\n")
    return path


def _config() -> Any:
    return load_config(overrides={"nlp.batch_size": 1})


def test_run_same_input_twice_is_byte_identical(extractor: Any, dump: Path, tmp_path: Path) -> None:
    outputs = []
    for name in ("a.jsonl", "b.jsonl"):
        run.run_extract(_config(), [str(dump)], str(tmp_path / name))
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1] and outputs[0]


def test_run_interrupted_then_resumed_equals_uninterrupted(
    extractor: Any, dump: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = tmp_path / "full.jsonl"
    run.run_extract(_config(), [str(dump)], str(full))

    real = run.iter_documents

    def interrupted(inputs: list[str], limit: int, **options: Any) -> Iterator[Any]:
        for i, doc in enumerate(real(inputs, limit, **options)):
            if i == 3:
                raise KeyboardInterrupt
            yield doc

    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(run, "iter_documents", interrupted)
    first = run.run_extract(_config(), [str(dump)], str(out))
    assert first.interrupted
    partial = out.read_text(encoding="utf-8").splitlines()
    assert partial and all(json.loads(line) for line in partial)  # whole lines only
    assert len(partial) < len(full.read_text(encoding="utf-8").splitlines())

    monkeypatch.setattr(run, "iter_documents", real)
    second = run.run_extract(_config(), [str(dump)], str(out), resume=True)
    assert second.skipped >= 1 and not second.interrupted
    assert out.read_bytes() == full.read_bytes()


@pytest.mark.parametrize("workers", [1, 2])
def test_run_ctrl_c_finishes_the_documents_read_then_resume_completes(
    extractor: Any, dump: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    import os
    import signal

    from typer.testing import CliRunner

    from pipeline.cli import app

    full = tmp_path / "full.jsonl"
    run.run_extract(_config(), [str(dump)], str(full))
    full_records = [json.loads(line) for line in full.read_text(encoding="utf-8").splitlines()]
    real = run.iter_documents

    def ctrl_c_at_third(inputs: list[str], limit: int, **options: Any) -> Iterator[Any]:
        for i, doc in enumerate(real(inputs, limit, **options)):
            if i == 2:
                os.kill(os.getpid(), signal.SIGINT)  # as a Ctrl-C would: SIGINT to this process
            yield doc

    out = tmp_path / "out.jsonl"
    pool = ["--set", "nlp.parallel_min_documents=0"]  # a real pool even for these few documents
    monkeypatch.setattr(run, "iter_documents", ctrl_c_at_third)
    # as in a terminal, whatever started the tests (a background job ignores SIGINT)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        result = CliRunner().invoke(app, ["extract", str(dump), "-o", str(out), "--workers", str(workers), *pool])
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the handler is put back
    finally:
        signal.signal(signal.SIGINT, previous)
    assert result.exit_code == 130, result.stderr
    assert "interrupted: 2 documents finished and written; run the same command with --resume" in result.stderr
    # the two documents read before the Ctrl-C were still in the batch: they are finished, not dropped
    ids = [json.loads(line)["id"] for line in dump.read_text(encoding="utf-8").splitlines()[:2]]
    first_two = [r for r in full_records if r["doc_id"] in ids]
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == first_two

    monkeypatch.setattr(run, "iter_documents", real)
    result = CliRunner().invoke(app, ["extract", str(dump), "-o", str(out), "--resume", "--workers", str(workers), *pool])
    assert result.exit_code == 0, result.stderr
    assert "5 documents read, 3 written, 2 skipped, 0 failed" in result.stderr
    assert out.read_bytes() == full.read_bytes()


def test_run_progress_display_counts_and_passes_documents_through(tmp_path: Path) -> None:
    from pipeline.io import Document

    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n', encoding="utf-8")
    items = [Document(id=str(i), text="x") for i in range(3)]
    summary = run.RunSummary()
    passed = list(run._counted(iter(items), True, summary, [str(tmp_path)], "**/*"))
    assert passed == items and summary.read == 3
