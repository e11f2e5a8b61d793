"""One extraction run: documents in, claims out, errors as data, a summary at the end."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from thinc.api import Config

from .build import DocumentError, Extractor
from .classify import cores
from .errors import InputError
from .io import Document, iter_documents, open_output, written_documents
from .schema import LABELS, Claim


@dataclass
class RunSummary:
    """What a run did; ``line()`` is the summary printed on stderr."""

    documents: int = 0
    sentences: int = 0
    claims: int = 0
    failed: int = 0
    skipped: int = 0
    interrupted: bool = False
    labels: Counter[str] = field(default_factory=Counter)

    def line(self) -> str:
        per_label = ", ".join(f"{label} {self.labels[label]}" for label in LABELS)
        return (f"{self.documents} documents, {self.sentences} sentences, {self.claims} claims "
                f"({per_label}), {self.skipped} skipped, {self.failed} failed")


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
) -> RunSummary:
    """Extract claims from ``inputs`` into ``output`` (``-`` is stdout), errors into ``errors``.

    Both files are written whole or not at all; a document's records are written together. On
    Ctrl-C the documents finished so far are kept (``summary.interrupted``), and ``resume``
    skips documents already in ``output`` (same id and text) and appends the rest.
    ``on_error`` gets each error's one-line message.
    """
    summary = RunSummary()
    done = written_documents(Path(output)) if resume and output != "-" else set()
    documents = _counted(iter_documents(inputs, int(config["nlp"]["max_chars"])), progress)
    if done:
        documents = _skip(documents, done, summary)
    if workers > 1:  # a small input is done before a pool of workers would have started
        small, documents = _peek(documents, int(config["nlp"].get("parallel_min_documents", 0)))
        if small:
            workers = 1
    config = _with_threads(config, workers)
    stats: Counter[str]
    if workers > 1:
        from .parallel import extract_parallel

        stats = Counter()
        results = extract_parallel(config, documents, workers, stats, all_sentences)
    else:
        extractor = Extractor(config)
        stats = extractor.stats
        results = extractor.extract(documents, all_sentences)
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
            summary.interrupted = True  # keep the documents written whole; drop the one in flight
    summary.documents = stats["documents"]
    summary.sentences = stats["sentences"]
    return summary


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


def _write(writer: Any, claims: list[Claim], summary: RunSummary) -> None:
    writer.write_all(claim.model_dump(mode="json") for claim in claims)
    for claim in claims:
        summary.claims += bool(claim.labels)
        summary.labels.update(claim.labels)
    claims.clear()


def _skip(documents: Iterable[Document | InputError], done: set[tuple[str, str | None]],
          summary: RunSummary) -> Iterator[Document | InputError]:
    for item in documents:
        if isinstance(item, Document) and (item.id, item.sha256) in done:
            summary.skipped += 1
            continue
        yield item


def _counted(documents: Iterable[Document | InputError], progress: bool) -> Iterator[Document | InputError]:
    """The documents, with a progress display on stderr when asked for."""
    if not progress:
        yield from documents
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.completed} documents read"),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extract", total=None, rate="")
        for item in documents:
            yield item
            bar.advance(task)
            speed = bar.tasks[0].speed
            bar.update(task, rate=f"{speed:.1f} docs/s" if speed else "")
