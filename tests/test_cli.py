from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from tests.conftest import ROOT

runner = CliRunner()
ARTICLES = sorted((ROOT / "corpus" / "articles").glob("*.txt"))


def _lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_cli_version_and_help() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("claimex ")
    for command in ("extract", "evaluate", "train", "schema"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.stdout, command


def test_cli_usage_error_exits_2() -> None:
    result = runner.invoke(app, ["extract", "--no-such-option"])
    assert result.exit_code == 2


def test_cli_schema_prints_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0 and json.loads(result.stdout)["title"] == "Claim"


def test_cli_extract_article_lines_validate(extractor: Any, claim_validator: Any) -> None:
    article = ARTICLES[0]
    result = runner.invoke(app, ["extract", str(article)])
    assert result.exit_code == 0, result.stderr
    records = _lines(result.stdout)
    assert records
    text = article.read_text(encoding="utf-8")
    for record in records:
        assert not list(claim_validator.iter_errors(record))
        assert text[record["start"] : record["end"]] == record["text"]
        assert record["labels"]
    assert "1 documents" in result.stderr


def test_cli_extract_all_sentences_writes_unlabelled_too(extractor: Any) -> None:
    result = runner.invoke(app, ["extract", "--all-sentences", str(ARTICLES[1])])
    records = _lines(result.stdout)
    assert [r["sentence_index"] for r in records] == list(range(len(records)))
    assert any(r["labels"] == [] for r in records)


def test_cli_extract_stdin_text(extractor: Any) -> None:
    result = runner.invoke(app, ["extract"], input="China and Russia will hold joint naval drills next month.\n")
    assert result.exit_code == 0, result.stderr
    (record,) = _lines(result.stdout)
    assert record["doc_id"] == "stdin" and "forecast" in record["labels"]


def test_cli_date_dates_only_documents_without_their_own(extractor: Any, tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text("Japan and Korea will hold talks on Friday.", encoding="utf-8")
    (tmp_path / "bylined.txt").write_text("Japan and Korea to talk\n\nBy Ana Ruiz\nMarch 3, 2026\n\n"
                                          "Japan and Korea will hold talks on Friday.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--date", "2026-11-30"])
    assert result.exit_code == 0, result.stderr
    days = {r["doc_id"]: (r["doc"]["date"], r["time"][0]["date"]) for r in _lines(result.stdout)}
    # the byline's date wins; the plain text takes --date, and its Friday resolves against it
    assert days == {"plain.txt": ("2026-11-30", "2026-12-04"), "bylined.txt": ("2026-03-03", "2026-03-06")}
    bad = runner.invoke(app, ["extract", str(tmp_path), "--date", "30/11/2026"])
    assert bad.exit_code == 2 and "--date" in bad.output


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("latin.txt", "Caf\u00e9 talks".encode("latin-1"), "not valid UTF-8"),
        ("blob.txt", b"\x00\x01\x02binary", "binary file"),
        ("broken.jsonl", b'{"id": 1, "text": \n', "broken.jsonl:1: malformed JSON"),
        ("notext.jsonl", b'{"id": 1}\n', "notext.jsonl:1: record has no 'text'"),
    ],
)
def test_cli_bad_input_is_one_line_and_good_input_still_written(
    extractor: Any, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Japan and South Korea agreed to resume summit talks.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(bad), str(good), "-o", str(out)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and message in errors[0] and "Traceback" not in result.stderr
    assert [r["doc_id"] for r in _lines(out.read_text(encoding="utf-8"))] == ["good.txt"]


def test_cli_missing_path_and_empty_directory(extractor: Any, tmp_path: Path) -> None:
    (tmp_path / "empty_dir").mkdir()
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt"), str(tmp_path / "empty_dir")])
    assert result.exit_code == 1
    assert "missing.txt: no such file or directory" in result.stderr
    assert "empty_dir: directory has no .txt, .jsonl or .html files" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_oversized_article_names_the_limit(extractor: Any, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Talks continue. " * 2000, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(big), "--max-chars", "10000"])
    assert result.exit_code == 1 and "over the limit of 10,000" in result.stderr


def test_cli_evaluate_json(extractor: Any, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": "Russia and China signed a trade agreement.",
                                "labels": ["cooperation"], "ambiguous": [], "actors": ["RUS", "CHN"]}) + "\n",
                    encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), "--json"])
    assert result.exit_code == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["labels"]["cooperation"]["f1"] == 1.0 and scores["actors"]["recall"] == 1.0


def test_cli_errors_file_records_each_failure(extractor: Any, tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"id": "a", "text": "Japan and India signed a pact."}\nnot json\n{"id": "c"}\n',
                    encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["extract", str(dump), "--errors", str(errors), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    records = _lines(errors.read_text(encoding="utf-8"))
    assert [(r["path"], r["line"], r["kind"]) for r in records] == [(str(dump), 2, "input"), (str(dump), 3, "input")]
    assert "2 failed" in result.stderr


def test_cli_html_page_gives_only_article_sentences(extractor: Any) -> None:
    from tests.conftest import DATA

    result = runner.invoke(app, ["extract", "--all-sentences", str(DATA / "page.html")])
    assert result.exit_code == 0, result.stderr
    records = _lines(result.stdout)
    assert [r["text"][:30] for r in records] == [
        "Japan and South Korea agreed o", "The two governments will also ", "North Korea condemned the rapp"]
    assert {r["doc"]["source_format"] for r in records} == {"html"}
    assert records[0]["doc"]["date"] == "2023-05-12"


def test_cli_sigterm_keeps_the_documents_finished(tmp_path: Path, extractor: Any) -> None:
    """A polite stop (SIGTERM, as `timeout` sends) ends the run as a second Ctrl-C does: the
    documents finished are in the output, whole, and no temporary file stays."""
    import signal
    import subprocess
    import time

    text = "India and China agreed to resume border talks next month. Pakistan warned it would respond. " * 5
    source = tmp_path / "many.jsonl"
    source.write_text("".join(json.dumps({"id": f"d{i}", "text": text}) + "\n" for i in range(5000)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen([str(ROOT / ".venv" / "bin" / "claimex"), "extract", str(source), "-o", str(out),
                                "--workers", "1"], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not any(p.stat().st_size for p in tmp_path.glob(".out.jsonl.*.tmp")):
        time.sleep(0.2)  # until the first documents are being written
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "interrupted:" in stderr and "--resume" in stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and len(records) % 10 == 0  # ten claims a document: none cut in half
    assert not list(tmp_path.glob(".out.jsonl.*"))


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("nlp.max_chars=abc", "nlp.max_chars must be a positive whole number, not 'abc'"),
        ("nlp.window_chars=0", "nlp.window_chars must be a positive whole number, not 0"),
        ("thresholds.cooperation=5", "thresholds.cooperation must be a number from 0"),
        ("components.claims_classify.runtime=bogus", "components.claims_classify.runtime must be one of"),
        ("components.claims_clean.default_date=16/01/2017", "components.claims_clean.default_date must be a date"),
    ],
)
def test_cli_a_config_value_of_the_wrong_kind_is_one_line(tmp_path: Path, setting: str, message: str) -> None:
    source = tmp_path / "a.txt"
    source.write_text("India and China agreed to resume border talks.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(source), "--set", setting])
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()  # one line, no traceback
    assert line.startswith(f"claimex: error: {message}"), line


def test_cli_extract_repeated_ids_never_give_repeated_claim_ids(extractor: Any, tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(f"Japan and South Korea agreed to resume talks in {folder}.",
                                                      encoding="utf-8")
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps({"id": "e1", "text": text}) + "\n" for text in [
        "China and Russia will hold joint naval drills.", "India and China agreed to talks.",
        "Iran and Saudi Arabia restored ties."]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["extract", str(tmp_path / "a"), str(tmp_path / "b"), str(dump), "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if "error" in line] == [
        f"claimex: error: {dump}:{n}: duplicate document id 'e1', first at {dump}:1" for n in (2, 3)]
    records = _lines(out.read_text(encoding="utf-8"))
    assert [r["doc_id"] for r in records] == ["a/report.txt", "b/report.txt", "e1"]
    assert len({r["claim_id"] for r in records}) == len(records)
    assert "China and Russia" in records[-1]["text"]
    # --resume skips what is written, and finds the same repeated ids again
    again = runner.invoke(app, [*args, "--resume"])
    assert again.exit_code == 1 and "0 written, 3 skipped, 2 failed" in again.stderr
    assert _lines(out.read_text(encoding="utf-8")) == records
