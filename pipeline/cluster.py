"""The Dask engine: ``claimex extract --engine dask`` runs partitions as tasks on a cluster.

Each partition (``partitions.py``) is one task, submitted with retries; the task writes its
own part file, so claims never travel through the scheduler, and the client collects only
counts and error records. A worker that dies takes its running task with it and Dask runs
that task again elsewhere; a part file is renamed into place whole, so a rerun never leaves a
torn file. Models load once per worker process, on its first partition, and stay loaded.

Without a scheduler address the engine starts a ``LocalCluster`` on 127.0.0.1: one worker
process per core, one thread each, no dashboard, its scratch space inside the output folder.
Workers of an existing cluster need claimex installed (the same version and models), and
the inputs and the output folder at the same paths as the client (a shared filesystem).
"""

from __future__ import annotations

import logging
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from thinc.api import Config

from . import __version__, torchless
from .classify import ensure_runtime, resolve_model_dir
from .errors import ConfigError
from .io import DEFAULT_GLOB, Fields
from .partitions import (
    ERRORS,
    SUCCESS,
    Partition,
    PartitionResult,
    auto_block_size,
    clear_outputs,
    earlier_ids,
    extract_partition,
    failed_partition_record,
    ids_may_repeat,
    partition_ids,
    plan_partitions,
    remove_stale_temporaries,
    write_json_atomic,
)
from .run import RunSummary, default_workers

log = logging.getLogger(__name__)

SCRATCH = "_dask-scratch"
WORKER_TIMEOUT = 60.0  # seconds to wait for the first worker of an existing cluster


@dataclass
class JobSummary(RunSummary):
    """A run's counts, plus its partitions."""

    partitions: int = 0
    failed_partitions: int = 0

    def line(self) -> str:
        return f"{super().line()}; {self.partitions} partitions, {self.failed_partitions} failed"


def run_dask(
    config: Config,
    inputs: list[str],
    out_dir: str,
    scheduler: str | None = None,
    workers: int | None = None,
    block_size: int | None = None,
    retries: int = 2,
    all_sentences: bool = False,
    errors: Path | None = None,
    on_error: Callable[[str], None] | None = None,
    progress: bool = False,
    client: Any = None,
    task: Callable[..., PartitionResult] = extract_partition,
    glob: str = DEFAULT_GLOB,
    fields: Fields | None = None,
) -> JobSummary:
    """Extract ``inputs`` into the folder ``out_dir`` on a Dask cluster; see ``partitions.py``.

    ``client`` runs the job on an existing ``distributed.Client`` (tests, notebooks); otherwise
    it connects to ``scheduler``, or starts a LocalCluster of ``workers`` processes. Partitions
    hold ``block_size`` input bytes (default: ``auto_block_size``). ``task`` is the function run
    once per partition (the default extracts it; tests wrap it to inject faults). ``glob`` and
    ``fields`` are those of :func:`~pipeline.io.iter_documents`.
    """
    out = Path(out_dir).resolve()
    if out.exists() and not out.is_dir():
        raise ConfigError(f"{out_dir}: exists and is not a folder (--engine dask writes a folder of parts)")
    out.mkdir(parents=True, exist_ok=True)
    clear_outputs(out)
    started = time.perf_counter()
    classify = config["components"]["claims_classify"]
    runtime = classify.get("runtime", "onnx")
    ensure_runtime(resolve_model_dir(classify["model"]), runtime)  # built once here, not raced by every worker
    if not classify.get("threads"):  # a worker process per core
        config = config.copy()
        config["components"]["claims_classify"]["threads"] = 1
    with ExitStack() as stack:
        if client is None:
            client = stack.enter_context(connect(scheduler, workers, out / SCRATCH, runtime))
        _check_workers(client)
        worker_count = len(client.scheduler_info()["workers"])
        block_size = block_size or auto_block_size(inputs, worker_count, glob)
        partitions = plan_partitions(inputs, block_size, glob, fields)
        if ids_may_repeat(partitions):
            partitions = _earlier_ids(client, partitions, int(config["nlp"]["max_chars"]), retries)
        results, failures = _run(client, config.to_str(), partitions, out, retries, all_sentences,
                                 progress, task)
    shutil.rmtree(out / SCRATCH, ignore_errors=True)
    remove_stale_temporaries(out)
    summary = _finish(partitions, results, failures, out, errors, on_error)
    _write_success(out, summary, partitions, results, failures, block_size, worker_count,
                   time.perf_counter() - started)
    return summary


@contextmanager
def connect(scheduler: str | None, workers: int | None, scratch: Path, runtime: str = "onnx") -> Iterator[Any]:
    """A client on the scheduler at ``scheduler``, or on a new LocalCluster bound to 127.0.0.1,
    whose workers (restarted ones too) start without torch unless ``runtime`` needs it."""
    from distributed import Client, LocalCluster

    # Dask's own INFO lines (workers joining, closing) only with claimex --verbose
    logging.getLogger("distributed").setLevel(min(logging.getLogger().getEffectiveLevel(), logging.WARNING))
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        with client:
            yield client
        return
    scratch.mkdir(parents=True, exist_ok=True)
    cluster = LocalCluster(
        n_workers=workers or default_workers(),
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        scheduler_port=0,
        # no dashboard; the scheduler's health and metrics routes on a free loopback port
        dashboard_address="127.0.0.1:0",
        scheduler_kwargs={"dashboard": False},
        worker_dashboard_address=None,
        local_directory=str(scratch),
        silence_logs=logging.ERROR,
        env={torchless.ENV: "1"} if runtime != "torch" else {},
    )
    nanny = logging.getLogger("distributed.nanny")
    level = nanny.level
    try:
        with cluster, Client(cluster) as client:
            yield client
            # a worker freeing its models may take longer to exit than the nanny waits (4 s) before
            # it kills the process: harmless once the job is done, so not worth a warning
            nanny.setLevel(logging.ERROR)
    finally:
        nanny.setLevel(level)


def _check_workers(client: Any) -> None:
    """Fail early, with the fix, when no worker is there or a worker cannot run claimex."""
    try:
        client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
    except TimeoutError:
        raise ConfigError(f"no Dask worker joined the scheduler within {WORKER_TIMEOUT:.0f} s") from None
    versions = client.run(_worker_version, on_error="return")
    for address, version in versions.items():
        if isinstance(version, BaseException):
            raise ConfigError(f"Dask worker {address} cannot run claimex ({type(version).__name__}: "
                              f"{version}): install claimex in the worker's environment")
        if version != __version__:
            raise ConfigError(f"Dask worker {address} runs claimex {version}, this client {__version__}")


def _worker_version() -> str:
    return __version__


def _earlier_ids(client: Any, partitions: list[Partition], max_chars: int, retries: int) -> list[Partition]:
    """The partitions, each knowing the ids its documents share with an earlier partition's
    (``partitions.earlier_ids``), so that a repeated id is an error record in any partition, as
    in the local engine. The ids are read on the cluster, a task per partition; a partition
    whose ids cannot be read checks only its own (its extraction then fails, and says why)."""
    job = uuid.uuid4().hex[:8]
    futures = [client.submit(partition_ids, partition, max_chars, retries=retries, pure=False,
                             key=f"claimex-{job}-ids-{partition.index:05d}") for partition in partitions]
    ids = []
    for partition, future in zip(partitions, futures, strict=True):
        try:
            ids.append(future.result())
        except Exception as exc:  # noqa: BLE001 - the partition's own task reports it
            log.warning("partition %d: cannot read its document ids: %s", partition.index, exc)
            ids.append([])
        future.release()
    return earlier_ids(partitions, ids)


def _run(client: Any, config_text: str, partitions: list[Partition], out: Path, retries: int,
         all_sentences: bool, progress: bool, task: Callable[..., PartitionResult],
         ) -> tuple[dict[int, PartitionResult], dict[int, dict[str, Any]]]:
    from distributed import as_completed

    job = uuid.uuid4().hex[:8]
    futures = {
        client.submit(task, config_text, partition, str(out), all_sentences, retries=retries,
                      pure=False, key=f"claimex-{job}-part-{partition.index:05d}"): partition
        for partition in partitions
    }
    results: dict[int, PartitionResult] = {}
    failures: dict[int, dict[str, Any]] = {}
    with _progress(progress, len(partitions)) as advance:
        for future in as_completed(futures):
            partition = futures[future]
            if future.status == "finished":
                results[partition.index] = future.result()
            else:
                exc = future.exception()
                log.warning("partition %d failed: %s", partition.index, exc)
                # KilledWorker says itself how many workers died running the partition
                attempts = None if type(exc).__name__ == "KilledWorker" else retries + 1
                failures[partition.index] = failed_partition_record(partition, attempts, exc)
            future.release()
            advance()
    return results, failures


def _finish(partitions: list[Partition], results: dict[int, PartitionResult],
            failures: dict[int, dict[str, Any]], out: Path, errors: Path | None,
            on_error: Callable[[str], None] | None) -> JobSummary:
    """The summary, and ``_errors.jsonl`` (also ``errors``) in input order."""
    from .io import open_output

    summary = JobSummary(partitions=len(partitions), failed_partitions=len(failures))
    records: list[dict[str, Any]] = []
    for partition in partitions:
        if partition.index in failures:
            records.append(failures[partition.index])
            continue
        result = results[partition.index]
        summary.documents += result.documents
        summary.sentences += result.sentences
        summary.claims += result.claims
        summary.labels.update(result.labels)
        summary.failed += len(result.errors)
        records.extend(result.errors)
    summary.written = summary.documents
    summary.read = summary.written + summary.failed  # as the local engine counts them
    for target in [out / ERRORS] + ([errors] if errors else []):
        with open_output(str(target)) as writer:
            writer.write_all(records)
    if on_error:
        for record in records:
            on_error(record["message"])
    return summary


def _write_success(out: Path, summary: JobSummary, partitions: list[Partition],
                   results: dict[int, PartitionResult], failures: dict[int, dict[str, Any]],
                   block_size: int, workers: int, seconds: float) -> None:
    write_json_atomic(out / SUCCESS, {
        "engine": "dask",
        "claimex": __version__,
        "partitions": summary.partitions,
        "failed_partitions": summary.failed_partitions,
        "failed_partition_indexes": sorted(failures),
        "documents": summary.documents,
        "sentences": summary.sentences,
        "claims": summary.claims,
        "failed_documents": summary.failed,
        "labels": dict(sorted(summary.labels.items())),
        "parts": [f"part-{p.index:05d}.jsonl" for p in partitions if p.index not in failures],
        "block_size": block_size,
        "workers": workers,
        "seconds": round(seconds, 3),
        "task_seconds": round(sum(r.seconds for r in results.values()), 3),
        "task_cpu_seconds": round(sum(r.cpu_seconds for r in results.values()), 3),
    })


class _progress:  # noqa: N801 - used as a context manager, like a function
    """``advance()`` after each partition; a progress bar on stderr when asked for."""

    def __init__(self, show: bool, total: int) -> None:
        self.show, self.total, self.bar = show, total, None

    def __enter__(self) -> Callable[[], None]:
        if not self.show:
            return lambda: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        self.bar = Progress(BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            console=Console(stderr=True), transient=True)
        self.bar.__enter__()
        task = self.bar.add_task("partitions", total=self.total)
        return lambda: self.bar.advance(task)  # type: ignore[union-attr]

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)
