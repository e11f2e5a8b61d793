"""One extraction run: documents in, claims out, errors as data, a summary at the end."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path

from thinc.api import Config

from .build import DocumentError, Extractor
from .errors import InputError
from .io import Document, iter_documents, open_output
from .schema import LABELS


@dataclass
class RunSummary:
    """What a run did; ``line()`` is the summary printed on stderr."""

    documents: int = 0
    sentences: int = 0
    claims: int = 0
    failed: int = 0
    labels: Counter[str] = field(default_factory=Counter)

    def line(self) -> str:
        per_label = ", ".join(f"{label} {self.labels[label]}" for label in LABELS)
        return (f"{self.documents} documents, {self.sentences} sentences, {self.claims} claims "
                f"({per_label}), {self.failed} failed")


def default_workers() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def run_extract(
    config: Config,
    inputs: list[str],
    output: str,
    errors: Path | None = None,
    all_sentences: bool = False,
    workers: int = 1,
    progress: bool = False,
    on_error: Callable[[str], None] | None = None,
) -> RunSummary:
    """Extract claims from ``inputs`` into ``output`` (``-`` is stdout), errors into ``errors``.

    Both files are written whole or not at all. ``on_error`` gets each error's one-line message.
    """
    documents = _counted(iter_documents(inputs, int(config["nlp"]["max_chars"])), progress)
    stats: Counter[str]
    if workers > 1:
        from .parallel import extract_parallel

        stats = Counter()
        results = extract_parallel(config, documents, workers, stats, all_sentences)
    else:
        extractor = Extractor(config)
        stats = extractor.stats
        results = extractor.extract(documents, all_sentences)
    summary = RunSummary()
    errors_out = open_output(str(errors)) if errors else nullcontext(None)
    with open_output(output) as writer, errors_out as error_writer:
        for item in results:
            if isinstance(item, DocumentError):
                summary.failed += 1
                if on_error:
                    on_error(item.message)
                if error_writer is not None:
                    error_writer.write(asdict(item))
                continue
            writer.write(item.model_dump(mode="json"))
            summary.claims += bool(item.labels)
            summary.labels.update(item.labels)
    summary.documents = stats["documents"]
    summary.sentences = stats["sentences"]
    return summary


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
