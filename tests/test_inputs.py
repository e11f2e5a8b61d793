"""Inputs end to end: mixed directories, odd characters, limits, field mapping and the summary."""

from __future__ import annotations

import gzip
import json
import resource
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.io import Document
from tests.conftest import DATA, ROOT

runner = CliRunner()
ARTICLES = sorted((ROOT / "corpus" / "articles").glob("*.txt"))
SUMMARY_KEYS = ("documents read", "written", "skipped", "failed")


def _lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _summary(stderr: str) -> dict[str, int]:
    """The counts of the summary line: {"documents read": n, "written": n, ...}."""
    (line,) = [line for line in stderr.splitlines() if "documents read" in line]
    counts = line.removeprefix("claimex: ").split(";")[0].split(", ")
    return {key: int(part.split(" ", 1)[0]) for part, key in zip(counts, SUMMARY_KEYS, strict=True)}


def _mixed_directory(root: Path) -> tuple[set[str], set[str]]:
    """Good and bad files side by side; returns the good doc ids and the bad files' paths."""
    (root / "sub").mkdir(parents=True)
    texts = [a.read_text(encoding="utf-8") for a in ARTICLES[:3]]
    (root / "good.txt").write_text(texts[0], encoding="utf-8")
    (root / "sub" / "good.jsonl").write_text(
        json.dumps({"id": "j1", "text": texts[1]}) + "\n" + json.dumps({"id": "j2", "text": texts[2]}) + "\n",
        encoding="utf-8")
    (root / "sub" / "page.html").write_bytes((DATA / "page.html").read_bytes())
    (root / "notes.md").write_text("not an article type: left alone", encoding="utf-8")
    bad = {
        "empty.txt": b"",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        "latin1.txt": "Caf\u00e9 diplomacy in Paris.".encode("latin-1"),
        "sub/broken.jsonl": b'{"id": "b1", "text": \n',
        "truncated.jsonl.gz": gzip.compress(json.dumps({"id": "t1", "text": texts[0] * 3}).encode() + b"\n")[:-40],
    }
    for name, content in bad.items():
        (root / name).write_bytes(content)
    return {"good.txt", "j1", "j2", "page.html"}, {str(root / name) for name in bad}


def test_inputs_mixed_directory_writes_good_documents_and_one_error_record_per_bad_file(
    extractor: Any, tmp_path: Path, claim_validator: Any
) -> None:
    good, bad = _mixed_directory(tmp_path / "in")
    out, errors = tmp_path / "claims.jsonl", tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out), "--errors", str(errors),
                                 "--workers", "1"])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    records = _lines(out.read_text(encoding="utf-8"))
    assert {r["doc_id"] for r in records} == good
    assert not [e for r in records for e in claim_validator.iter_errors(r)]
    failures = _lines(errors.read_text(encoding="utf-8"))
    assert sorted(f["path"] for f in failures) == sorted(bad)
    for failure in failures:
        assert set(failure) == {"path", "line", "doc_id", "kind", "message"}
        assert failure["message"].startswith(failure["path"]) and failure["kind"] == "input"
    (broken,) = [f for f in failures if f["path"].endswith("broken.jsonl")]
    assert (broken["line"], broken["doc_id"]) == (1, "broken.jsonl:1")
    assert _summary(result.stderr) == {"documents read": 9, "written": 4, "skipped": 0, "failed": 5}


def test_inputs_glob_and_field_mapping_end_to_end(extractor: Any, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    dump = tmp_path / "in" / "dump.jsonl.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"uuid": "u1", "body": "Japan and South Korea agreed to resume summit talks.",
                             "meta": {"published": "2023-05-12T08:00:00Z"}}) + "\n")
        fh.write(json.dumps({"uuid": "u2", "text": "No body here."}) + "\n")
    (tmp_path / "in" / "skip.txt").write_text("China and Russia signed a pact.", encoding="utf-8")
    out, errors = tmp_path / "claims.jsonl", tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "--glob", "**/*.jsonl.gz", "--text-field", "body",
                                 "--id-field", "uuid", "--date-field", "meta.published", "-o", str(out),
                                 "--errors", str(errors), "--workers", "1"])
    assert result.exit_code == 1, result.stderr
    (record,) = _lines(out.read_text(encoding="utf-8"))
    assert (record["doc_id"], record["doc"]["date"]) == ("u1", "2023-05-12")
    (failure,) = _lines(errors.read_text(encoding="utf-8"))
    assert (failure["line"], failure["doc_id"]) == (2, "u2") and "no 'body' string" in failure["message"]


def test_inputs_output_over_an_input_is_refused_and_the_input_kept(extractor: Any, tmp_path: Path) -> None:
    source = tmp_path / "dump.jsonl"
    content = json.dumps({"id": "a", "text": "Japan and India signed a pact."}) + "\n"
    source.write_text(content, encoding="utf-8")
    for args in (["-o", str(source)], ["-o", str(tmp_path / "out.jsonl"), "--errors", str(source)]):
        result = runner.invoke(app, ["extract", str(source), *args, "--workers", "1"])
        assert result.exit_code == 1 and "never writes over an input" in result.stderr
        assert "Traceback" not in result.stderr
    assert source.read_text(encoding="utf-8") == content


def test_inputs_odd_characters_keep_offsets_and_validate(extractor: Any, claim_validator: Any) -> None:
    base = ("Russia and China signed a new trade agreement on Monday. "
            "Japan and South Korea will hold joint naval drills next month.")
    odd = ["\x00", "\x01", "\x1b[31m", "\x7f", "\u200f", "\u202e", "\u202c", "\u200d", "\u200b", "\ufeff",
           "\U0001f1ef\U0001f1f5", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\ud7ff", "\r", "\u2028"]
    texts = {f"odd{i}": base.replace(" ", f" {mark}", 3) for i, mark in enumerate(odd)}
    texts["mixed"] = "".join(odd) + " " + base + " " + "".join(odd)
    documents = [Document(id=key, text=text) for key, text in texts.items()]
    records = list(extractor.extract(documents, all_sentences=True))
    assert {r.doc_id for r in records} == set(texts)
    for record in records:
        original = texts[record.doc_id]
        assert original[record.start : record.end] == record.text
        for actor in record.actors:
            assert original[actor.start : actor.end] == actor.text
        data = record.model_dump(mode="json")
        assert not list(claim_validator.iter_errors(data))
        json.loads(json.dumps(data, ensure_ascii=False))


def test_inputs_odd_characters_in_files_through_the_cli(extractor: Any, tmp_path: Path) -> None:
    text = "Iran \u200fand\u202e Saudi Arabia \U0001f91d restored\u200d diplomatic ties.\x0b\x1f"
    (tmp_path / "odd.txt").write_text(text, encoding="utf-8")
    (tmp_path / "odd.jsonl").write_text(json.dumps({"id": "nul", "text": "Iran\u0000 and Saudi Arabia restored ties."})
                                        + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--all-sentences", "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    records = _lines(result.stdout)
    assert {r["doc_id"] for r in records} == {"odd.txt", "nul"}
    (first,) = [r for r in records if r["doc_id"] == "odd.txt"]
    assert text[first["start"] : first["end"]] == first["text"]


def test_inputs_unpunctuated_100k_character_sentence_is_cut_in_bounded_memory(extractor: Any) -> None:
    words = ["china", "russia", "agreed", "talks", "will", "cooperate", "trade", "the", "and", "of", "japan"]
    text = " ".join(words[(i * 7) % len(words)] for i in range(20_000))[:100_000]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    records = list(extractor.extract([Document(id="long", text=text)], all_sentences=True))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 1024, grown_mb  # no time limit: a timing in a test measures the machine's load
    max_tokens = extractor.config["components"]["claims_sentences"]["max_tokens"]
    assert len(records) >= len(text.split()) // max_tokens
    for record in records:
        assert text[record.start : record.end] == record.text and len(record.text.split()) <= max_tokens
    assert records[0].start == 0 and records[-1].end == len(text)


def test_inputs_progress_only_on_a_terminal_and_quiet_silences_it(monkeypatch: Any, tmp_path: Path) -> None:
    import types

    import pipeline.cli as cli
    import pipeline.run as run

    calls: list[bool] = []

    def fake_run(*args: Any, progress: bool = False, **kwargs: Any) -> Any:
        calls.append(progress)
        return run.RunSummary(read=1, written=1)

    monkeypatch.setattr(run, "run_extract", fake_run)
    monkeypatch.setattr(run, "default_workers", lambda: 1)
    source = tmp_path / "a.txt"
    source.write_text("Talks.", encoding="utf-8")
    for tty in (False, True):
        monkeypatch.setattr(cli, "sys", types.SimpleNamespace(stderr=types.SimpleNamespace(isatty=lambda t=tty: t)))
        for quiet in ([], ["--quiet"]):
            result = runner.invoke(app, ["extract", str(source), *quiet])
            assert result.exit_code == 0
            assert ("1 documents read, 1 written, 0 skipped, 0 failed" in result.stderr) is not bool(quiet)
    assert calls == [False, False, True, False]
