"""Extraction in worker processes: each loads the models once; output keeps input order.

Documents go to the workers in chunks, at most two chunks per worker in flight, so memory
stays flat however large the input. Each document's claims depend on that document alone, so
the output is identical for any number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from thinc.api import Config

from . import torchless
from .build import DocumentError, Extractor
from .classify import ensure_runtime, resolve_model_dir
from .errors import InputError
from .io import Document
from .schema import Claim

_extractor: Extractor | None = None
_start_error: Exception | None = None

Item = Document | InputError
Result = Claim | DocumentError


def _start_worker(config_text: str) -> None:
    # An initializer that raises makes the pool start a new worker, forever: keep the error
    # and raise it from the first task instead, so that the run stops with its message.
    global _extractor, _start_error
    # the pool stops a worker with SIGTERM: it dies, whatever the parent's handler does
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        _extractor = Extractor(Config().from_str(config_text))
    except Exception as exc:  # noqa: BLE001 - re-raised in _work
        _start_error = exc


def _work(items: list[Item], all_sentences: bool) -> tuple[list[Result], dict[str, int]]:
    if _start_error is not None:
        raise _start_error
    assert _extractor is not None, "worker not started"
    _extractor.stats.clear()
    results = list(_extractor.extract(items, all_sentences))
    return results, dict(_extractor.stats)


def extract_parallel(
    config: Config,
    documents: Iterable[Item],
    workers: int,
    stats: Counter[str],
    all_sentences: bool = False,
    chunk: int = 16,
) -> Iterator[Result]:
    """Claims and errors for ``documents`` in input order, computed by ``workers`` processes."""
    classify = config["components"]["claims_classify"]
    runtime = classify.get("runtime", "onnx")
    ensure_runtime(resolve_model_dir(classify["model"]), runtime)  # built once here, not once per worker
    # one process per core: no thread pools inside them (inherited by the spawned workers)
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    context = multiprocessing.get_context("spawn")
    items = iter(documents)
    with torchless.in_children(runtime), context.Pool(workers, initializer=_start_worker,
                                                   initargs=(config.to_str(),)) as pool:
        pending: deque[Any] = deque()
        while True:
            while len(pending) < 2 * workers:
                batch = list(islice(items, chunk))
                if not batch:
                    break
                pending.append(pool.apply_async(_work, (batch, all_sentences)))
            if not pending:
                return
            results, counts = pending.popleft().get()
            stats.update(counts)
            yield from results
