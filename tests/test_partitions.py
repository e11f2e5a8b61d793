"""Partitions read back exactly what the local reader reads; merge needs a finished job."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import InputError
from pipeline.io import Document, iter_documents
from pipeline.partitions import (
    MAX_BLOCK_SIZE,
    MIN_BLOCK_SIZE,
    SUCCESS,
    Span,
    auto_block_size,
    merge_parts,
    plan_partitions,
    read_partition,
)

runner = CliRunner()


def _lines(n: int, start: int = 0) -> list[str]:
    return [json.dumps({"text": f"Japan and Chile signed trade deal number {i}.", "date": "2020-01-0{i % 9 + 1}"})
            for i in range(start, start + n)]


@pytest.fixture()
def inputs(tmp_path: Path) -> list[str]:
    shards = tmp_path / "shards"
    shards.mkdir()
    big = _lines(60)
    big[7] = "{broken"
    big[20] = ""  # blank lines are skipped but counted
    big[33] = json.dumps({"id": "x", "text": ""})
    (shards / "a.jsonl").write_text("\n".join(big), encoding="utf-8")  # no newline at the end
    (shards / "b.jsonl").write_bytes(b"\n".join(line.encode() for line in _lines(5, 100)) + b"\n\xff\xfe\n")
    with gzip.open(shards / "c.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(_lines(8, 200)) + "\n")
    (shards / "d.txt").write_text("Brazil and Argentina agreed to cut tariffs.", encoding="utf-8")
    (shards / "e.jsonl").write_text("\n\n  \n", encoding="utf-8")  # blank only: "empty file"
    (shards / "notes.md").write_text("not an input", encoding="utf-8")
    return [str(shards), str(tmp_path / "missing.jsonl"), str(shards / "notes.md"), str(shards / "d.txt")]


def _key(item: Document | InputError) -> Any:
    return item if isinstance(item, Document) else ("error", str(item), item.path, item.line)


def _planned(inputs: list[str], block_size: int, *args: Any) -> list[Any]:
    """The partitions as run_dask plans them: each knowing the ids an earlier partition's documents had."""
    from pipeline.partitions import earlier_ids, ids_may_repeat, partition_ids

    partitions = plan_partitions(inputs, block_size, *args)
    if ids_may_repeat(partitions):
        partitions = earlier_ids(partitions, [partition_ids(p, 100_000) for p in partitions])
    return partitions


@pytest.mark.parametrize("block_size", [1, 200, 1000, 4096, 10**9])
def test_partitions_read_back_what_the_local_reader_reads(inputs: list[str], block_size: int) -> None:
    partitions = _planned(inputs, block_size)
    assert [p.index for p in partitions] == list(range(len(partitions)))
    read = [_key(d) for p in partitions for d in read_partition(p, 100_000)]
    assert read == [_key(d) for d in iter_documents(inputs, 100_000)]
    if block_size == 10**9:
        assert len(partitions) == 1


@pytest.mark.parametrize("block_size", [1, 200, 10**9])
def test_partitions_repeated_ids_and_file_names_read_back_as_the_local_reader(tmp_path: Path, block_size: int) -> None:
    from pipeline.partitions import ids_may_repeat

    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(f"Report from {folder}.", encoding="utf-8")
        (tmp_path / folder / "dump.jsonl").write_text("\n".join(_lines(6)) + "\n", encoding="utf-8")  # no ids
    records = [json.dumps({"id": f"e{i % 4}", "text": f"Chile and Peru signed pact {i}."}) for i in range(12)]
    (tmp_path / "b" / "ids.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "e2", "text": "Again."}) + "\n", encoding="utf-8")
    inputs = [str(tmp_path), str(tmp_path / "a" / "report.txt")]  # a file read twice, too
    partitions = _planned(inputs, block_size)
    read = [_key(d) for p in partitions for d in read_partition(p, 100_000)]
    local = [_key(d) for d in iter_documents(inputs, 100_000)]
    assert read == local
    documents = [d for d in local if isinstance(d, Document)]
    assert len({d.id for d in documents}) == len(documents) == 2 + 12 + 4
    assert sum("duplicate document id" in d[1] for d in local if not isinstance(d, Document)) == 8 + 1 + 1
    if block_size == 1:
        assert len(partitions) > 4 and any(p.earlier for p in partitions)
    assert ids_may_repeat(plan_partitions(inputs, block_size))
    assert ids_may_repeat(plan_partitions([str(tmp_path / "a" / "report.txt"), str(tmp_path / "a")], 1, "*.txt"))
    assert not ids_may_repeat(plan_partitions([str(tmp_path / "a" / "report.txt"), str(tmp_path / "b")], 1,
                                              "*.txt"))


@pytest.mark.parametrize("block_size", [200, 10**9])
def test_partitions_follow_glob_and_field_mapping_as_the_local_reader(tmp_path: Path, block_size: int) -> None:
    from pipeline.io import Fields

    (tmp_path / "keep").mkdir()
    records = [{"uuid": f"u{i}", "body": {"text": f"Chile and Peru signed pact {i}."}, "published": "2024-05-0{i}"}
               for i in range(1, 8)]
    (tmp_path / "keep" / "a.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    (tmp_path / "skip.jsonl").write_text(json.dumps(records[0]), encoding="utf-8")
    fields = Fields(text="body.text", id="uuid", date="published")
    partitions = _planned([str(tmp_path)], block_size, "keep/*.jsonl", fields)
    read = [_key(d) for p in partitions for d in read_partition(p, 100_000)]
    assert read == [_key(d) for d in iter_documents([str(tmp_path)], 100_000, glob="keep/*.jsonl", fields=fields)]
    assert [d.id for d in read] == [f"u{i}" for i in range(1, 8)]


def test_partitions_split_a_large_jsonl_file_after_newlines(inputs: list[str]) -> None:
    path = Path(inputs[0]) / "a.jsonl"
    data = path.read_bytes()
    spans = [s for p in plan_partitions([str(path)], 1000) for s in p.items]
    assert len(spans) > 3 and all(isinstance(s, Span) for s in spans)
    assert spans[0].start == 0 and spans[-1].end == len(data)
    for before, after in zip(spans, spans[1:], strict=False):
        assert before.end == after.start and data[after.start - 1:after.start] == b"\n"
        assert after.first_line == before.last_line + 1
    assert spans[-1].last_line == data.count(b"\n") + 1  # the last line has no newline


def test_partitions_group_small_files_until_the_block_is_full(tmp_path: Path) -> None:
    for i in range(10):
        (tmp_path / f"{i}.txt").write_text("x" * 300, encoding="utf-8")
    partitions = plan_partitions([str(tmp_path)], 1000)
    assert [len(p.items) for p in partitions] == [4, 4, 2]


def test_partitions_auto_block_size_gives_each_worker_four(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(b"x" * 400_000)
    assert auto_block_size([str(tmp_path)], 2) == 50_000
    assert auto_block_size([str(tmp_path)], 100) == MIN_BLOCK_SIZE
    (tmp_path / "b.jsonl").write_bytes(b"x" * 40_000_000)
    assert auto_block_size([str(tmp_path)], 2) == MAX_BLOCK_SIZE


def test_partitions_refuse_stdin() -> None:
    (partition,) = plan_partitions(["-"])
    (item,) = partition.items
    assert isinstance(item, InputError) and "standard input" in str(item)


def test_merge_refuses_a_folder_without_success(tmp_path: Path) -> None:
    (tmp_path / "part-00000.jsonl").write_text("{}\n", encoding="utf-8")
    with pytest.raises(InputError, match="no _SUCCESS"):
        merge_parts(tmp_path, str(tmp_path / "all.jsonl"))
    result = runner.invoke(app, ["merge", str(tmp_path), "-o", str(tmp_path / "all.jsonl")])
    assert result.exit_code == 1 and "no _SUCCESS" in result.stderr
    assert not (tmp_path / "all.jsonl").exists()


def test_merge_concatenates_parts_in_partition_order(tmp_path: Path) -> None:
    for i in (2, 0, 1, 10):
        (tmp_path / f"part-{i:05d}.jsonl").write_text(f'{{"part":{i}}}\n', encoding="utf-8")
    (tmp_path / SUCCESS).write_text(json.dumps({"partitions": 3, "failed_partitions": 0}), encoding="utf-8")
    result = runner.invoke(app, ["merge", str(tmp_path), "-o", str(tmp_path / "all.jsonl")])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "all.jsonl").read_text(encoding="utf-8") == '{"part":0}\n{"part":1}\n{"part":2}\n'


def test_merge_reports_failed_partitions(tmp_path: Path) -> None:
    (tmp_path / "part-00000.jsonl").write_text('{"part":0}\n', encoding="utf-8")
    (tmp_path / SUCCESS).write_text(json.dumps({"partitions": 2, "failed_partitions": 1,
                                                "failed_partition_indexes": [1]}), encoding="utf-8")
    result = runner.invoke(app, ["merge", str(tmp_path)])
    assert result.exit_code == 1 and "1 partitions failed" in result.stderr
    assert result.stdout == '{"part":0}\n'


@pytest.mark.parametrize("args, problem", [
    (["--engine", "dask", "-o", "out"], "not stdin"),
    (["--engine", "dask", "x.jsonl"], "folder of part files"),
    (["--scheduler", "tcp://127.0.0.1:1", "x.jsonl", "-o", "out"], "needs --engine dask"),
    (["--engine", "dask", "x.jsonl", "-o", "out", "--resume"], "--resume"),
    (["--engine", "dask", "x.jsonl", "-o", "out", "--partition-size", "lots"], "not a size"),
])
def test_cli_dask_engine_usage_errors(args: list[str], problem: str) -> None:
    result = runner.invoke(app, ["extract", *args], env={"COLUMNS": "400"})
    assert result.exit_code == 2 and problem in " ".join(result.stderr.split())


def test_partitions_a_document_that_raises_is_an_error_record_not_a_failed_partition(
    extractor: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline import partitions
    from pipeline.schema import Claim

    config_text = extractor.config.to_str()
    monkeypatch.setitem(partitions._extractors, config_text, extractor)  # the session's models
    real = extractor._process

    def poisoned(batch: list[Document], all_sentences: bool) -> Any:
        if any("poison" in d.text for d in batch):
            raise KeyError("a stage met something it did not expect")  # not caught by the extractor
        return real(batch, all_sentences)

    monkeypatch.setattr(extractor, "_process", poisoned)
    dump = tmp_path / "in.jsonl"
    dump.write_text("\n".join(_lines(3) + [json.dumps({"id": "bad", "text": "Japan and Chile poison talks."})]
                              + _lines(3, 10)) + "\n", encoding="utf-8")
    (partition,) = plan_partitions([str(dump)])
    result = partitions.extract_partition(config_text, partition, str(tmp_path / "out"))
    assert [(e["doc_id"], e["kind"], e["line"]) for e in result.errors] == [("bad", "KeyError", 4)]
    assert result.documents == 6
    part = (tmp_path / "out" / "part-00000.jsonl").read_text(encoding="utf-8")
    written = [json.loads(line)["doc_id"] for line in part.splitlines()]
    expected = [c.doc_id for c in extractor.extract(d for d in iter_documents([str(dump)], 100_000)
                                                    if d.id != "bad") if isinstance(c, Claim)]
    assert written == expected and "bad" not in written and len(set(written)) == 6


def test_partitions_an_input_gone_since_planning_fails_the_partition(
    extractor: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline import partitions

    config_text = extractor.config.to_str()
    monkeypatch.setitem(partitions._extractors, config_text, extractor)
    (tmp_path / "a.txt").write_text("Japan and Chile signed a trade deal.", encoding="utf-8")
    (partition,) = plan_partitions([str(tmp_path)])
    (tmp_path / "a.txt").unlink()
    with pytest.raises(partitions.PartitionInputError, match="a.txt: not found on this worker"):
        partitions.extract_partition(config_text, partition, str(tmp_path / "out"))
    assert not (tmp_path / "out").exists()
