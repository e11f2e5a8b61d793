"""claimex summarize: counts per group from claims files, checked against hand-built records and pandas."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.schema import Claim
from pipeline.summarize import ClaimTable, GroupBy, net_cooperation

runner = CliRunner()


def make_claim(
    index: int,
    labels: list[str],
    codes: list[str] = (),  # type: ignore[assignment]
    *,
    doc_id: str = "a.txt",
    speaker: str | None = None,
    certainty: str | None = None,
    date: str | None = "2024-03-05",
    start: int | None = None,
    text: str = "A sentence.",
) -> dict[str, Any]:
    """A valid claim record; actors get the given codes and every pair of distinct codes is a dyad."""
    start = index * 100 if start is None else start
    distinct = sorted(set(codes))
    record = {
        "claim_id": f"{doc_id}:{index}", "doc_id": doc_id, "sentence_index": index,
        "start": start, "end": start + len(text), "text": text, "labels": labels,
        "scores": {"cooperation": 0.9 if "cooperation" in labels else 0.1,
                   "competition": 0.8 if "competition" in labels else 0.2,
                   "forecast": 0.7 if "forecast" in labels else 0.05},
        "actors": [{"text": c, "code": c, "kind": "state", "via": "name", "start": start, "end": start + 1, "role": None}
                   for c in codes],
        "dyads": [[a, b] for i, a in enumerate(distinct) for b in distinct[i + 1:]],
        "attribution": None if speaker is None else {
            "speaker": speaker, "speaker_code": None, "cue": "said", "quote": False, "start": start, "end": start + 1},
        "time": [], "certainty": certainty if "forecast" in labels else None,
        "certainty_cue": None, "negated": False if "forecast" in labels else None, "entities": [],
        "doc": {"title": "T", "date": date, "author": None, "url": None, "source": doc_id,
                "text_sha256": None, "source_format": "text"},
        "model": {"name": "claimex-minilm-lora", "version": "0.1.0"},
    }
    return Claim.model_validate(record).model_dump(mode="json")


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


RECORDS = [
    make_claim(0, ["cooperation"], ["USA", "RUS"], speaker="Peskov"),
    make_claim(1, ["competition", "forecast"], ["RUS", "USA", "USA"], certainty="low", speaker="Peskov"),
    make_claim(2, ["cooperation", "forecast"], ["RUS", "USA", "CHN"], certainty="high", speaker="Lavrov"),
    make_claim(3, ["competition"], ["CHN"], doc_id="b.txt", date=None),
    make_claim(4, [], ["USA", "RUS"]),  # an unlabelled sentence from --all-sentences: not a claim
]


@pytest.fixture
def claims_file(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "claims.jsonl", RECORDS)


@pytest.mark.parametrize(("coop", "comp", "expected"), [(3, 1, 0.5), (0, 4, -1.0), (2, 2, 0.0), (0, 0, None)])
def test_summarize_net_cooperation(coop: int, comp: int, expected: float | None) -> None:
    assert net_cooperation(coop, comp) == expected


def test_summarize_dyads_count_claims_only(claims_file: Path) -> None:
    summary = ClaimTable([claims_file]).summarize(GroupBy.dyad)
    assert summary.claims == 4
    rows = {r.key: r for r in summary.rows}
    assert list(rows) == ["RUS-USA", "CHN-RUS", "CHN-USA"]
    usa_rus = rows["RUS-USA"]
    assert (usa_rus.claims, usa_rus.cooperation, usa_rus.competition, usa_rus.forecast) == (3, 2, 1, 2)
    assert (usa_rus.forecast_high, usa_rus.forecast_medium, usa_rus.forecast_low) == (1, 0, 1)
    assert usa_rus.net_cooperation == pytest.approx(1 / 3, abs=1e-3)
    assert usa_rus.top_speakers == [("Peskov", 2), ("Lavrov", 1)]


@pytest.mark.parametrize(("by", "expected"), [
    (GroupBy.actor, {"USA": 3, "RUS": 3, "CHN": 2}),
    (GroupBy.doc, {"a.txt": 3, "b.txt": 1}),
    (GroupBy.month, {"2024-03": 3, "(unknown)": 1}),
    (GroupBy.speaker, {"Peskov": 2, "Lavrov": 1, "(author)": 1}),
])
def test_summarize_groups(claims_file: Path, by: GroupBy, expected: dict[str, int]) -> None:
    rows = ClaimTable([claims_file]).summarize(by).rows
    assert {r.key: r.claims for r in rows} == expected


def test_summarize_several_files_and_gzip(tmp_path: Path, claims_file: Path) -> None:
    second = tmp_path / "more.jsonl.gz"
    with gzip.open(second, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(make_claim(0, ["competition"], ["USA", "RUS"], doc_id="c.txt")) + "\n")
    rows = {r.key: r for r in ClaimTable([claims_file, second]).summarize(GroupBy.dyad).rows}
    assert (rows["RUS-USA"].claims, rows["RUS-USA"].documents, rows["RUS-USA"].competition) == (4, 2, 2)


def test_summarize_top_keeps_the_largest(claims_file: Path) -> None:
    assert [r.key for r in ClaimTable([claims_file]).summarize(GroupBy.dyad, top=1).rows] == ["RUS-USA"]


@pytest.mark.parametrize("fmt", ["csv", "json", "markdown", "table"])
def test_summarize_cli_formats(claims_file: Path, fmt: str) -> None:
    result = runner.invoke(app, ["summarize", str(claims_file), "--format", fmt])
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows[0]["dyad"] == "RUS-USA" and rows[0]["cooperation"] == "2" and rows[0]["net_cooperation"] == "0.333"
        assert rows[0]["top_speakers"] == "Peskov (2); Lavrov (1)"
    elif fmt == "json":
        data = json.loads(out)
        assert data["by"] == "dyad" and data["claims"] == 4
        assert data["groups"][0]["key"] == "RUS-USA" and data["groups"][0]["forecast_low"] == 1
    elif fmt == "markdown":
        lines = out.splitlines()
        assert lines[0].startswith("| dyad | claims |") and lines[2].startswith("| RUS-USA | 3 | 1 | 2 | 1 | +0.33 | 2 | 1/0/1/0 |")
    else:
        assert "4 claims by dyad" in out and "RUS-USA" in out and "+0.33" in out


def test_summarize_cli_empty_and_claimless_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    claimless = write_jsonl(tmp_path / "none.jsonl", [make_claim(0, [], ["USA", "RUS"])])
    result = runner.invoke(app, ["summarize", str(empty), str(claimless), "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["dyad,claims,documents,cooperation,competition,forecast,net_cooperation,"
                                          "forecast_high,forecast_medium,forecast_low,forecast_unrated,top_speakers"]
    assert "no claims in" in result.stderr and str(empty) in result.stderr


@pytest.mark.parametrize(("content", "problem"), [
    ('{"claim_id": "x", "labels": []}\nnot json\n', "Malformed JSON"),
    ('{"id": "a", "text": "an article, not a claim"}\n', "not a claimex claims file"),
    ('{"claim_id": "x", "labels": "cooperation"}\n', "Expected ARRAY"),
])
def test_summarize_cli_bad_file_is_one_line_naming_it(tmp_path: Path, claims_file: Path, content: str, problem: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["summarize", str(claims_file), str(bad)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"claimex: error: {bad}") and problem in result.stderr


GOOD = json.dumps(RECORDS[1])
OTHER = json.dumps(RECORDS[3])


@pytest.mark.parametrize(("lines", "line", "problem"), [
    ([GOOD, "", OTHER, "not json", GOOD], 4, "Malformed JSON"),
    ([OTHER, GOOD, "", "  ", json.dumps({"claim_id": "x", "labels": "cooperation"})], 5, "Expected ARRAY"),
    ([GOOD, OTHER, GOOD, json.dumps({**RECORDS[0], "actors": {"code": "USA"}})], 4, "Expected ARRAY"),
    (["", GOOD, json.dumps({"id": "a", "text": "an article, not a claim"})], 3, "not a claimex claims file"),
])
@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_summarize_cli_error_names_the_line_of_the_file_that_is_wrong(
        tmp_path: Path, lines: list[str], line: int, problem: str, suffix: str) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    bad = tmp_path / f"bad{suffix}"
    bad.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    assert data.decode("utf-8").splitlines()[line - 1] == lines[line - 1]
    result = runner.invoke(app, ["summarize", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"claimex: error: {bad}:{line}: ") and problem in result.stderr
    assert result.stderr.count("\n") == 1 and " in line " not in result.stderr


def test_summarize_cli_bad_files_among_good_ones_are_one_line_each_and_the_rest_summarized(
        tmp_path: Path, claims_file: Path) -> None:
    second = tmp_path / "more.jsonl.gz"
    with gzip.open(second, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(make_claim(0, ["competition"], ["USA", "RUS"], doc_id="c.txt")) + "\n")
    # good records before the bad line: none of them may count
    broken = write_jsonl(tmp_path / "broken.jsonl", RECORDS)
    with broken.open("a", encoding="utf-8") as fh:
        fh.write("not json\n")
    article = write_jsonl(tmp_path / "article.jsonl", [{"id": "a", "text": "an article"}])
    missing = tmp_path / "missing.jsonl"
    args = [str(claims_file), str(broken), str(missing), str(second), str(article)]
    result = runner.invoke(app, ["summarize", *args, "--format", "json"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"claimex: error: {broken}:6: Malformed JSON at byte 1: invalid literal.",
        f"claimex: error: {missing}: no such file",
        f"claimex: error: {article}:1: a record has no claim_id or labels: not a claimex claims file",
    ]
    expected = runner.invoke(app, ["summarize", str(claims_file), str(second), "--format", "json"])
    assert expected.exit_code == 0 and result.stdout == expected.stdout
    assert json.loads(result.stdout)["claims"] == 5


def test_summarize_cli_only_bad_files_print_no_summary(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    result = runner.invoke(app, ["summarize", str(bad), str(tmp_path / "missing.jsonl"), "--format", "csv"])
    assert result.exit_code == 1 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 2


def test_summarize_cli_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["summarize", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 1 and result.stderr == f"claimex: error: {tmp_path / 'nope.jsonl'}: no such file\n"


@pytest.mark.parametrize("suffix", ["svg", "png"])
def test_summarize_plot_is_written(claims_file: Path, tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"plot.{suffix}"
    result = runner.invoke(app, ["summarize", str(claims_file), "--format", "csv", "--plot", str(target)])
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG") if suffix == "png" else b"RUS-USA" in data and b"2024-03" in data
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_summarize_plot_needs_svg_or_png(claims_file: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["summarize", str(claims_file), "--plot", str(tmp_path / "plot.pdf")])
    assert result.exit_code == 2 and not (tmp_path / "plot.pdf").exists()


def test_summarize_seed_usa_rus_matches_pandas(seed_claims: Path) -> None:
    import pandas as pd

    claims = pd.read_json(seed_claims, lines=True)
    claims = claims[claims["labels"].map(len) > 0]
    pairs = claims.explode("dyads").dropna(subset=["dyads"])
    pairs = pairs[pairs["dyads"].map(lambda d: list(d) == ["RUS", "USA"])]
    expected = {label: int(pairs["labels"].map(lambda ls, lab=label: lab in ls).sum())
                for label in ("cooperation", "competition", "forecast")}
    forecasts = pairs[pairs["labels"].map(lambda ls: "forecast" in ls)]
    by_certainty = forecasts["certainty"].value_counts().to_dict()
    assert len(pairs) >= 10  # the seed article is about US-Russia relations

    result = runner.invoke(app, ["summarize", str(seed_claims), "--format", "json"])
    assert result.exit_code == 0, result.output
    groups = {g["key"]: g for g in json.loads(result.stdout)["groups"]}
    row = groups["RUS-USA"]
    assert row == max(groups.values(), key=lambda g: g["claims"])
    assert row["claims"] == len(pairs)
    assert {label: row[label] for label in expected} == expected
    assert {c: row[f"forecast_{c}"] for c in ("high", "medium", "low")} == {
        c: by_certainty.get(c, 0) for c in ("high", "medium", "low")}
    coop, comp = expected["cooperation"], expected["competition"]
    assert row["net_cooperation"] == pytest.approx((coop - comp) / (coop + comp), abs=1e-3)

    table = runner.invoke(app, ["summarize", str(seed_claims)]).stdout
    line = next(line for line in table.splitlines() if "RUS-USA" in line)
    cells = [c.strip() for c in line.strip("│┃ ").split("│")]
    assert cells[:5] == ["RUS-USA", str(len(pairs)), "1", str(coop), str(comp)]


def test_summarize_heavy_imports_stay_lazy() -> None:
    import subprocess
    import sys

    code = ("import sys, pipeline.cli; "
            "print(sorted(m for m in ('duckdb', 'matplotlib', 'pandas', 'jinja2', 'pydantic') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    for command in ("summarize", "render"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.stdout
