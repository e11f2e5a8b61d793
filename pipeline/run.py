"""One extraction run: documents in, claims out, errors as data, a summary at the end."""

from __future__ import annotations

import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import asdict, dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from thinc.api import Config

from .build import DocumentError, Extractor
from .classify import cores
from .errors import InputError
from .io import (
    DEFAULT_GLOB,
    Document,
    Fields,
    count_documents,
    iter_documents,
    open_output,
    refuse_overwriting_inputs,
    written_documents,
)
from .schema import LABELS, Claim


@dataclass
class RunSummary:
    """What a run did; ``line()`` is the summary printed on stderr.

    ``read`` counts every document the readers met, unreadable ones included; when a run is not
    interrupted, ``read == written + skipped + failed``. ``written`` counts the documents
    processed and written (with zero or more records); ``documents`` is kept as its old name.
    """

    documents: int = 0
    sentences: int = 0
    claims: int = 0
    failed: int = 0
    skipped: int = 0
    interrupted: bool = False
    labels: Counter[str] = field(default_factory=Counter)
    read: int = 0
    written: int = 0

    def line(self) -> str:
        per_label = ", ".join(f"{label} {self.labels[label]}" for label in LABELS)
        return (f"{self.read} documents read, {self.written} written, {self.skipped} skipped, "
                f"{self.failed} failed; {self.sentences} sentences, {self.claims} claims ({per_label})")


def default_workers() -> int:
    """One worker per core this process may use."""
    return cores()


def run_extract(
    config: Config,
    inputs: list[str],
    output: str,
    errors: Path | None = None,
    all_sentences: bool = False,
    workers: int = 1,
    progress: bool = False,
    on_error: Callable[[str], None] | None = None,
    resume: bool = False,
    glob: str = DEFAULT_GLOB,
    fields: Fields | None = None,
) -> RunSummary:
    """Extract claims from ``inputs`` into ``output`` (``-`` is stdout), errors into ``errors``.

    Both files are written whole or not at all; a document's records are written together. On
    Ctrl-C the documents finished so far are kept (``summary.interrupted``), and ``resume``
    skips documents already in ``output`` (same id and text) and appends the rest.
    ``on_error`` gets each error's one-line message. The first Ctrl-C (SIGINT) stops reading:
    the documents already read are finished and written; a second one stops at once.
    ``glob`` and ``fields`` go to :func:`~pipeline.io.iter_documents`.
    """
    summary = RunSummary()
    refuse_overwriting_inputs(inputs, [output] + ([str(errors)] if errors else []), glob)
    done = written_documents(Path(output)) if resume and output != "-" else set()
    stop = _Interrupt()
    documents = iter_documents(inputs, int(config["nlp"]["max_chars"]), glob=glob, fields=fields)
    documents = _counted(stop.guard(documents), progress, summary, inputs, glob)
    if done:
        documents = _skip(documents, done, summary)
    with stop:
        if workers > 1:  # a small input is done before a pool of workers would have started
            small, documents = _peek(documents, int(config["nlp"].get("parallel_min_documents", 0)))
            workers = 1 if small else workers
        config = _with_threads(config, workers)
        stats: Counter[str]
        if workers > 1:
            from .parallel import extract_parallel

            stop.expect_children()
            stats = Counter()
            results = extract_parallel(config, documents, workers, stats, all_sentences)
        else:
            extractor = Extractor(config)
            stats = extractor.stats
            results = extractor.extract(documents, all_sentences)
        _write_results(results, output, errors, resume, summary, on_error)
    summary.interrupted |= stop.requested
    summary.written += stats["documents"]
    summary.documents = summary.written
    summary.sentences = stats["sentences"]
    return summary


def _write_results(results: Iterable[Claim | DocumentError], output: str, errors: Path | None, resume: bool,
                   summary: RunSummary, on_error: Callable[[str], None] | None) -> None:
    """Write each document's records together, and each error to ``errors``; on Ctrl-C keep the
    documents written whole and drop the one in flight."""
    errors_out = open_output(str(errors), append=resume) if errors else nullcontext(None)
    with open_output(output, append=resume) as writer, errors_out as error_writer:
        pending: list[Claim] = []  # the records of one document, written together
        try:
            for item in results:
                if pending and (isinstance(item, DocumentError) or item.doc_id != pending[0].doc_id):
                    _write(writer, pending, summary)
                if isinstance(item, DocumentError):
                    summary.failed += 1
                    if on_error:
                        on_error(item.message)
                    if error_writer is not None:
                        error_writer.write(asdict(item))
                else:
                    pending.append(item)
            _write(writer, pending, summary)
        except KeyboardInterrupt:
            summary.interrupted = True
            summary.written -= bool(pending)


def _peek(items: Iterator[Any], n: int) -> tuple[bool, Iterator[Any]]:
    """Whether ``items`` holds fewer than ``n`` items, and the items all the same."""
    head = list(islice(items, n))
    return len(head) < n, chain(head, items)


def _with_threads(config: Config, workers: int) -> Config:
    """``config`` with the classifier's threads set to this process's share of the cores."""
    classify = config["components"]["claims_classify"]
    if classify.get("threads"):
        return config
    config = config.copy()
    config["components"]["claims_classify"]["threads"] = max(1, default_workers() // workers)
    return config


class _Interrupt:
    """Ctrl-C once: stop reading and finish the documents already read. Twice: stop now.

    With worker processes, the workers ignore SIGINT (inherited at their start, before the
    handler is installed on the first document read): a Ctrl-C in a terminal reaches the whole
    process group, and a worker that dies in a task would leave the pool waiting for it forever.
    """

    def __init__(self) -> None:
        self.children = False
        self.requested = False
        self._previous: Any = None
        self._active = False

    def __enter__(self) -> _Interrupt:
        # signals reach the main thread only; and a SIGINT ignored by whoever started us
        # (nohup, a background job) stays ignored
        if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
            self._active = True
            self._previous = signal.getsignal(signal.SIGINT)
            signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._active:
            signal.signal(signal.SIGINT, self._previous)
            self._active = False

    def expect_children(self) -> None:
        """Worker processes are about to start: they inherit SIGINT ignored until the next
        document is read."""
        self.children = True
        if self._active:
            signal.signal(signal.SIGINT, signal.SIG_IGN)

    def _handle(self, signum: int, frame: Any) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def guard(self, documents: Iterable[Document | InputError]) -> Iterator[Document | InputError]:
        """``documents`` until a stop is requested."""
        for item in documents:
            if self._active and self.children and signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
                signal.signal(signal.SIGINT, self._handle)  # the workers have started by now
            if self.requested:
                return
            yield item


def _write(writer: Any, claims: list[Claim], summary: RunSummary) -> None:
    with _signals_held():
        writer.write_all(claim.model_dump(mode="json") for claim in claims)
        for claim in claims:
            summary.claims += bool(claim.labels)
            summary.labels.update(claim.labels)
        claims.clear()


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while a document's records are written: one arriving between two
    of its lines would leave half the document in the output. They are delivered after."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _skip(documents: Iterable[Document | InputError], done: set[tuple[str, str | None]],
          summary: RunSummary) -> Iterator[Document | InputError]:
    for item in documents:
        if isinstance(item, Document) and (item.id, item.sha256) in done:
            summary.skipped += 1
            continue
        yield item


def _counted(documents: Iterable[Document | InputError], progress: bool, summary: RunSummary,
             inputs: list[str], glob: str) -> Iterator[Document | InputError]:
    """The documents, counted in ``summary.read``, with a progress display on stderr when asked for.

    The display shows documents read, documents per second and, once a background count of the
    inputs is done (never for stdin), the total and an ETA.
    """
    if not progress:
        for item in documents:
            summary.read += 1
            yield item
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (SpinnerColumn(), MofNCompleteColumn(), TextColumn("documents"), BarColumn(),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extract", total=None, rate="")
        def count() -> None:
            try:
                bar.update(task, total=count_documents(inputs, glob))
            except (OSError, ValueError):  # only the display's total is lost; the run reports the error itself
                pass

        threading.Thread(target=count, daemon=True).start()
        for item in documents:
            summary.read += 1
            yield item
            bar.advance(task)
            speed = bar.tasks[0].speed
            bar.update(task, rate=f"{speed:.1f} docs/s" if speed else "")
