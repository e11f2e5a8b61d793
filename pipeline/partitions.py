"""Inputs cut into partitions, one partition extracted into one part file: no engine inside.

A partition is a run of whole input files, or one byte range of a large plain ``.jsonl`` file
(cut after a newline, so every line falls in exactly one range). Partitions are numbered in
input order, and partition *i* is written to ``part-{i:05d}.jsonl``: concatenated in order, the
parts are byte for byte what ``claimex extract`` writes with the local engine. Any engine that can
call :func:`extract_partition` once per partition, and retry it, can run a job: ``cluster.py``
does it with Dask. Everything here is plain data and plain functions, so it pickles to workers.

Output folder::

    OUT/part-00000.jsonl ...   the claims of each partition, each written whole or not at all
    OUT/_errors.jsonl          failed documents and inputs, then failed partitions, in input order
    OUT/_SUCCESS               JSON counts, written last: the job finished (see ``failed_partitions``)
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from thinc.api import Config

from .build import DocumentError, Extractor
from .errors import ClaimexError, InputError
from .io import (
    DEFAULT_GLOB,
    Document,
    Fields,
    _decode,
    _kind,
    _lines,
    _read_file,
    _record_document,
    file_ids,
    input_files,
    open_output,
    unique_ids,
    write_atomic,
)

SUCCESS = "_SUCCESS"
ERRORS = "_errors.jsonl"
MAX_BLOCK_SIZE = 1 << 20  # about 170 news articles: a minute or two of one worker's time
MIN_BLOCK_SIZE = 16 << 10


def part_name(index: int) -> str:
    return f"part-{index:05d}.jsonl"


@dataclass(frozen=True)
class Span:
    """A whole input file (``end`` None), or the lines of a plain JSONL file in ``[start, end)``."""

    path: str
    size: int
    start: int = 0
    end: int | None = None
    first_line: int = 1  # number of the first line in the range
    last_line: int | None = None  # number of the last line in the range, for ranges
    file_id: str | None = None  # the file's id among all the job's files (io.file_ids)

    def describe(self) -> str:
        if self.end is None:
            return self.path
        return f"{self.path} lines {self.first_line}-{self.last_line} (bytes {self.start}-{self.end})"


@dataclass(frozen=True)
class Partition:
    """Input spans, in order; an input that cannot be read at all travels as its InputError."""

    index: int
    items: tuple[Span | InputError, ...]
    fields: Fields = Fields()  # which JSONL fields hold the text and metadata
    # the ids of this partition's documents that a document of an earlier partition had, and
    # where that one is (see earlier_ids): they are errors here, as the local engine makes them
    earlier: tuple[tuple[str, tuple[str | None, int | None]], ...] = ()

    def describe(self) -> str:
        spans = [item for item in self.items if isinstance(item, Span)]
        if not spans:
            return "no readable input"
        if len(spans) == 1:
            return spans[0].describe()
        return f"{len(spans)} files, {spans[0].path} to {spans[-1].path}"

    def range(self) -> list[dict[str, Any]]:
        """The input range, as data for the error record of a failed partition."""
        return [{"path": s.path, "start": s.start, "end": s.end if s.end is not None else s.size,
                 "first_line": s.first_line if s.end is not None else None, "last_line": s.last_line}
                for s in self.items if isinstance(s, Span)]


@dataclass
class PartitionResult:
    """What extracting one partition did; the claims themselves are in its part file."""

    index: int
    documents: int = 0
    sentences: int = 0
    claims: int = 0
    records: int = 0
    seconds: float = 0.0  # time the worker spent on it, models loaded
    cpu_seconds: float = 0.0  # CPU time of the worker process meanwhile (less, when it waited for a core)
    labels: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)  # DocumentError records


def plan_partitions(inputs: Iterable[str], block_size: int = MAX_BLOCK_SIZE, glob: str = DEFAULT_GLOB,
                    fields: Fields | None = None) -> list[Partition]:
    """The partitions of ``inputs`` (files and directories), in the order ``iter_documents`` reads them.

    Small files are grouped until a partition holds ``block_size`` bytes; a plain ``.jsonl`` file
    larger than that is cut into ranges of about ``block_size`` bytes. Gzipped files cannot be cut
    (``.jsonl.gz`` is read whole): shard them instead. Reads each large file once, to number lines.
    """
    if block_size < 1:
        raise ValueError("block size must be positive")
    groups: list[list[Span | InputError]] = []
    current: list[Span | InputError] = []
    filled = 0

    def close() -> None:
        nonlocal current, filled
        if current:
            groups.append(current)
        current, filled = [], 0

    items = list(_input_files(inputs, glob))
    ids = file_ids(item for item in items if isinstance(item, Path))
    for item in items:
        if isinstance(item, InputError):
            current.append(item)
            continue
        size = item.stat().st_size
        if size > block_size and item.name.lower().endswith(".jsonl"):
            ranges = _split_jsonl(item, size, block_size, ids[item])
            if len(ranges) > 1:
                close()
                groups.extend([span] for span in ranges)
                continue
        current.append(Span(str(item), size, file_id=ids[item]))
        filled += size
        if filled >= block_size:
            close()
    close()
    return [Partition(i, tuple(group), fields or Fields()) for i, group in enumerate(groups)]


def auto_block_size(inputs: Iterable[str], workers: int, glob: str = DEFAULT_GLOB) -> int:
    """Bytes a partition: four partitions a worker for a small job, at most ``MAX_BLOCK_SIZE``."""
    total = sum(item.stat().st_size for item in _input_files(inputs, glob) if isinstance(item, Path))
    return max(MIN_BLOCK_SIZE, min(MAX_BLOCK_SIZE, total // (4 * max(1, workers))))


def _input_files(inputs: Iterable[str], glob: str = DEFAULT_GLOB) -> Iterator[Path | InputError]:
    """The files ``iter_documents`` would read, and the same errors for inputs it cannot read."""
    for item in input_files(inputs, glob):
        if item == "-":
            yield InputError("-", "standard input cannot be partitioned: give files or directories")
        else:
            yield item  # type: ignore[misc]


def _split_jsonl(path: Path, size: int, block_size: int, file_id: str | None = None) -> list[Span]:
    """Ranges of about ``block_size`` bytes, each ending after a newline, with their line numbers."""
    bounds = [0]
    with path.open("rb") as fh:
        while bounds[-1] + block_size < size:
            fh.seek(bounds[-1] + block_size - 1)
            fh.readline()  # to the end of the line the block ends in
            if fh.tell() >= size:
                break
            bounds.append(fh.tell())
        bounds.append(size)
        spans: list[Span] = []
        first = 1
        nonblank = False
        for start, end in zip(bounds, bounds[1:], strict=False):
            fh.seek(start)
            newlines, left, chunk = 0, end - start, b""
            while left:
                chunk = fh.read(min(left, 1 << 20))
                left -= len(chunk)
                newlines += chunk.count(b"\n")
                nonblank = nonblank or not chunk.isspace()
            lines = newlines + (0 if chunk.endswith(b"\n") else 1)  # the last line may lack its newline
            spans.append(Span(str(path), size, start, end, first, first + lines - 1, file_id))
            first += newlines
    # a file of blank lines is one "empty file" error, as the local engine reports it
    return spans if nonblank else [Span(str(path), size, file_id=file_id)]


def read_partition(partition: Partition, max_chars: int) -> Iterator[Document | InputError]:
    """The documents of a partition, read by the same functions as ``iter_documents``; a document
    whose id an earlier one had, in this partition or (``partition.earlier``) before it, is an
    InputError, as there."""
    return unique_ids(_read_partition(partition, max_chars), dict(partition.earlier))


def partition_ids(partition: Partition, max_chars: int) -> list[tuple[str, str | None, int | None]]:
    """The id, path and line of each document of a partition, in order, repeated ids too: what
    :func:`earlier_ids` needs. The cheap half of extracting it: the text is read, not processed."""
    return [(d.id, d.path, d.line) for d in _read_partition(partition, max_chars) if isinstance(d, Document)]


def earlier_ids(partitions: list[Partition],
                ids: list[list[tuple[str, str | None, int | None]]]) -> list[Partition]:
    """The partitions, each with the ids of its documents that a document of an earlier
    partition had (``ids``: those of :func:`partition_ids`, for each partition)."""
    first: dict[str, tuple[int, tuple[str | None, int | None]]] = {}
    out = []
    for partition, found in zip(partitions, ids, strict=True):
        earlier: dict[str, tuple[str | None, int | None]] = {}
        for doc_id, path, line in found:
            seen = first.setdefault(doc_id, (partition.index, (path, line)))
            if seen[0] != partition.index:
                earlier[doc_id] = seen[1]
        out.append(replace(partition, earlier=tuple(earlier.items())))
    return out


def ids_may_repeat(partitions: list[Partition]) -> bool:
    """Whether a document of one partition may have the id of a document of another: files get
    distinct ids (``io.file_ids``), so only where a JSONL record gives its own id, or a file is
    read twice."""
    spans = [item for p in partitions for item in p.items if isinstance(item, Span)]
    if any(_kind(Path(span.path)) == "jsonl" for span in spans):
        return True
    return len({os.path.abspath(span.path) for span in spans}) < len(spans)


def _read_partition(partition: Partition, max_chars: int) -> Iterator[Document | InputError]:
    for item in partition.items:
        if isinstance(item, InputError):
            yield item
        elif not os.path.exists(item.path):
            # it was there when the job was planned: the partition fails, and is retried
            raise PartitionInputError(f"{item.path}: not found on this worker (planned inputs must be "
                                      "readable at the same path on every worker)")
        elif item.end is None:
            yield from _read_file(Path(item.path), max_chars, partition.fields, item.file_id)
        else:
            yield from _read_range(item, max_chars, partition.fields)


def _read_range(span: Span, max_chars: int, fields: Fields) -> Iterator[Document | InputError]:
    try:
        fh = open(span.path, "rb")
    except OSError as exc:
        # the file was there when the job was planned: the partition fails and is retried
        raise PartitionInputError(f"{span.path}: {exc.strerror or exc} (planned inputs must be "
                                  "readable at the same path on every worker)") from None
    with fh:
        fh.seek(span.start)
        name = span.file_id or Path(span.path).name
        limit = 12 * max_chars + (1 << 20)  # as the local reader: a longer line is skipped unread
        assert span.last_line is not None
        for number, raw in enumerate(_lines(fh, limit), start=span.first_line):
            if number > span.last_line:
                break
            if raw is None:
                yield InputError(span.path, f"line is over {limit:,} bytes, too long for the limit of "
                                            f"{max_chars:,} characters (--max-chars)", number, f"{name}:{number}")
            elif raw.strip():
                try:
                    yield _record_document(_decode(raw, span.path, number, f"{name}:{number}"), span.path, number,
                                           max_chars, fields, name)
                except InputError as exc:
                    yield exc


class PartitionInputError(ClaimexError):
    """A planned input that a worker cannot open: the whole partition fails, to be retried."""


_extractors: dict[str, Extractor] = {}
_lock = threading.Lock()


def _extractor(config_text: str) -> Extractor:
    """The models, loaded once per worker process and kept for every later partition."""
    extractor = _extractors.get(config_text)
    if extractor is None:
        extractor = _extractors[config_text] = Extractor(Config().from_str(config_text))
    return extractor


def load_models(config_text: str) -> int:
    """Load the models in this process now rather than on its first partition; its process id.

    One short document goes through, so that what loads on first use (the classifier) loads too.
    """
    with _lock:
        extractor = _extractor(config_text)
        list(extractor.extract([Document(id="warm-up", text="Japan and Chile signed a trade deal.")]))
        extractor.stats.clear()
    return os.getpid()


def extract_partition(config_text: str, partition: Partition, out_dir: str,
                      all_sentences: bool = False) -> PartitionResult:
    """Extract one partition into ``out_dir/part-NNNNN.jsonl`` (written whole, or not at all).

    A document that fails is an error record in the result, never a failed partition: when
    a batch raises an error the extractor does not catch, the partition is extracted again
    one document at a time and the document that raises becomes an error record.
    """
    with _lock:  # one extraction at a time per process: a worker may run several threads
        extractor = _extractor(config_text)
        started, cpu = time.perf_counter(), time.process_time()
        max_chars = int(extractor.config["nlp"]["max_chars"])
        try:
            results = _extract(extractor, read_partition(partition, max_chars), all_sentences)
        except PartitionInputError:
            raise
        except Exception:  # isolated below, one document at a time
            results = _extract_isolated(extractor, read_partition(partition, max_chars), all_sentences)
        result = _write_part(partition.index, results, Path(out_dir))
        result.seconds = time.perf_counter() - started
        result.cpu_seconds = time.process_time() - cpu
        return result


def _extract(extractor: Extractor, documents: Iterable[Document | InputError],
             all_sentences: bool) -> tuple[list[Any], Counter[str]]:
    extractor.stats.clear()
    results = list(extractor.extract(documents, all_sentences))
    return results, Counter(extractor.stats)


def _extract_isolated(extractor: Extractor, documents: Iterable[Document | InputError],
                      all_sentences: bool) -> tuple[list[Any], Counter[str]]:
    results: list[Any] = []
    stats: Counter[str] = Counter()
    for item in documents:
        try:
            found, counts = _extract(extractor, [item], all_sentences)
        except Exception as exc:  # a document's error is data
            assert isinstance(item, Document)
            where = f"{item.path}:{item.line}" if item.line else (item.path or item.id)
            found, counts = [DocumentError(item.path, item.line, item.id, type(exc).__name__,
                                           f"{where}: {exc}")], Counter()
        results.extend(found)
        stats.update(counts)
    return results, stats


def _write_part(index: int, extracted: tuple[list[Any], Counter[str]], out_dir: Path) -> PartitionResult:
    items, stats = extracted
    result = PartitionResult(index, documents=stats["documents"], sentences=stats["sentences"])
    labels: Counter[str] = Counter()
    with open_output(str(out_dir / part_name(index))) as writer:  # the local engine's writer
        for item in items:
            if isinstance(item, DocumentError):
                result.errors.append(asdict(item))
                continue
            writer.write(item.model_dump(mode="json"))
            result.records += 1
            result.claims += bool(item.labels)
            labels.update(item.labels)
    result.labels = dict(labels)
    return result


def failed_partition_record(partition: Partition, attempts: int | None, exc: BaseException) -> dict[str, Any]:
    """The ``_errors.jsonl`` record of a partition that failed on every attempt (``attempts``,
    when the error itself does not say)."""
    first = next((s for s in partition.items if isinstance(s, Span)), None)
    tries = f" after {attempts} attempts" if attempts else ""
    return {
        "path": first.path if first else None,
        "line": first.first_line if first and first.end is not None else None,
        "doc_id": None,
        "kind": "partition",
        "message": f"partition {partition.index} ({partition.describe()}) failed{tries}: "
                   f"{type(exc).__name__}: {exc}",
        "partition": partition.index,
        "input": partition.range(),
    }


def clear_outputs(out_dir: Path) -> None:
    """Remove what an earlier job left in ``out_dir``: ``_SUCCESS`` first, so a half-done folder
    never looks finished."""
    (out_dir / SUCCESS).unlink(missing_ok=True)
    for path in list(out_dir.glob("part-*.jsonl")) + [out_dir / ERRORS]:
        path.unlink(missing_ok=True)


def remove_stale_temporaries(out_dir: Path) -> None:
    """Temporary files of parts whose writer was killed (the part was written again elsewhere)."""
    for path in out_dir.glob(".part-*.jsonl.*.tmp"):
        path.unlink(missing_ok=True)


def write_json_atomic(path: Path, obj: Any) -> None:
    text = json.dumps(obj, indent=2, sort_keys=True) + "\n"
    write_atomic(path, lambda fh: fh.write(text.encode("utf-8")))


def merge_parts(out_dir: Path, target: str) -> dict[str, Any]:
    """Concatenate the parts of a finished job in partition order into ``target`` (``-``: stdout).

    Returns the job's ``_SUCCESS`` counts. Raises InputError when the job did not finish.
    """
    import shutil
    import sys

    success = out_dir / SUCCESS
    if not success.is_file():
        raise InputError(str(out_dir), f"no {SUCCESS}: not the output folder of a finished claimex job")
    try:
        counts = json.loads(success.read_text(encoding="utf-8"))
        total = int(counts["partitions"])
        failed = {int(i) for i in counts.get("failed_partition_indexes", [])}
    except (json.JSONDecodeError, KeyError, TypeError, ValueError):
        raise InputError(str(success), "not a claimex _SUCCESS file") from None
    parts = [out_dir / part_name(i) for i in range(total) if i not in failed]
    missing = [p.name for p in parts if not p.is_file()]
    if missing:
        raise InputError(str(out_dir), f"{len(missing)} part files missing, first {missing[0]}")
    def concatenate(dst: IO[bytes]) -> None:
        for part in parts:
            with part.open("rb") as src:
                shutil.copyfileobj(src, dst)

    if target == "-":
        concatenate(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        write_atomic(Path(target), concatenate)
    return dict(counts)
