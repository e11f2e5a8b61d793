"""The Dask engine gives the local engine's output, byte for byte, and survives lost workers.

Every cluster here listens on 127.0.0.1 only. One 2-worker LocalCluster serves the module;
the command-line scheduler and worker test runs first, before that cluster starts.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.build import load_config
from pipeline.partitions import ERRORS, SUCCESS, PartitionResult, extract_partition, plan_partitions, read_partition
from pipeline.run import run_extract
from tests.conftest import ROOT

pytest.importorskip("distributed")

BLOCK = 3000  # bytes: about six short documents a partition, so a job has many partitions
BIN = Path(sys.executable).parent


def _sentences() -> list[str]:
    out: list[str] = []
    for article in sorted((ROOT / "corpus" / "articles").glob("*.txt")):
        for paragraph in article.read_text(encoding="utf-8").splitlines():
            if len(paragraph) > 200:
                out.extend(re.split(r"(?<=[.?!”])\s+(?=[A-Z“])", paragraph))
    return out


@pytest.fixture(scope="module")
def workload(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """240 short documents of 2 sentences in three shards, with bad lines, and a missing input."""
    sentences = _sentences()
    lines = [json.dumps({"id": f"doc{i:03d}", "text": " ".join(sentences[(2 * i) % len(sentences):][:2]),
                         "date": "2021-03-03"}, ensure_ascii=False) for i in range(240)]
    for i in range(5, 240, 37):  # no id: named by file and line number, which partitions must keep
        lines[i] = json.dumps({"text": json.loads(lines[i])["text"]}, ensure_ascii=False)
    lines[12] = "{broken"
    lines[50] = json.dumps({"id": "empty", "text": " "})
    lines[130] = json.dumps({"id": "no-text"})
    folder = tmp_path_factory.mktemp("workload") / "shards"
    folder.mkdir()
    (folder / "shard-0.jsonl").write_text("\n".join(lines[:120]) + "\n", encoding="utf-8")
    with gzip.open(folder / "shard-1.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines[120:180]) + "\n")
    (folder / "shard-2.jsonl").write_bytes("\n".join(lines[180:]).encode() + b"\n\xff\xfe bad bytes\n")
    return [str(folder), str(folder.parent / "missing.jsonl")]


@pytest.fixture(scope="module")
def local(extractor: Any, workload: list[str], tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """The local engine's claims and errors files."""
    folder = tmp_path_factory.mktemp("local")
    summary = run_extract(load_config(), workload, str(folder / "claims.jsonl"), errors=folder / "errors.jsonl")
    assert summary.failed == 5 and summary.documents == 237
    return (folder / "claims.jsonl").read_bytes(), (folder / "errors.jsonl").read_bytes()


@pytest.fixture(scope="module")
def client(extractor: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from pipeline.cluster import connect

    with connect(None, 2, tmp_path_factory.mktemp("scratch")) as client:
        yield client


def _merged(out: Path) -> bytes:
    success = json.loads((out / SUCCESS).read_text(encoding="utf-8"))
    return b"".join((out / name).read_bytes() for name in success["parts"])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_cluster_standalone_scheduler_and_worker_from_the_command_line(
    local: tuple[bytes, bytes], workload: list[str], tmp_path: Path
) -> None:
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    processes = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                   "--no-dashboard", "--dashboard-address", "127.0.0.1:0"],
                                  cwd=ROOT, stderr=subprocess.DEVNULL)]
    try:
        processes.append(subprocess.Popen(
            [str(BIN / "dask"), "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
             "--dashboard-address", "127.0.0.1:0", "--host", "127.0.0.1", "--local-directory", str(tmp_path / "worker")],
            cwd=ROOT, stderr=subprocess.DEVNULL))
        out = tmp_path / "out"
        result = subprocess.run([str(BIN / "claimex"), "extract", "--engine", "dask", "--scheduler", address,
                                 *workload, "-o", str(out), "--partition-size", "20KB"],
                                cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert result.returncode == 1, result.stderr  # the bad documents
        assert "242 documents read, 237 written, 0 skipped, 5 failed;" in result.stderr
        assert "partitions, 0 failed\n" in result.stderr
        merged = subprocess.run([str(BIN / "claimex"), "merge", str(out), "-o", str(tmp_path / "claims.jsonl")],
                                capture_output=True, text=True, timeout=60)
        assert merged.returncode == 0, merged.stderr
        assert (tmp_path / "claims.jsonl").read_bytes() == local[0]
        assert (out / ERRORS).read_bytes() == local[1]
        assert json.loads((out / SUCCESS).read_text(encoding="utf-8"))["workers"] == 1
        assert _listening(*(p.pid for p in processes)) == {"127.0.0.1"}
    finally:
        for process in reversed(processes):
            process.send_signal(signal.SIGINT)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def test_cluster_two_workers_equal_local_engine(
    client: Any, local: tuple[bytes, bytes], workload: list[str], tmp_path: Path
) -> None:
    from pipeline.cluster import run_dask

    out = tmp_path / "out"
    summary = run_dask(load_config(), workload, str(out), client=client, block_size=BLOCK)
    success = json.loads((out / SUCCESS).read_text(encoding="utf-8"))
    assert summary.partitions == success["partitions"] > 20 and success["failed_partitions"] == 0
    assert summary.failed == success["failed_documents"] == 5 and summary.documents == 237
    assert _merged(out) == local[0]
    assert (out / ERRORS).read_bytes() == local[1]
    assert sorted(p.name for p in out.iterdir()) == sorted([ERRORS, SUCCESS, *success["parts"]])


def _listening(*pids: int) -> set[str]:
    """The addresses the processes ``pids`` and their children listen on."""
    import psutil

    tree = [p for pid in pids for p in (psutil.Process(pid), *psutil.Process(pid).children(recursive=True))]
    return {c.laddr.ip for p in tree for c in p.net_connections("inet") if c.status == psutil.CONN_LISTEN}


def test_cluster_listens_on_loopback_only(client: Any) -> None:
    assert client.scheduler.address.startswith("tcp://127.0.0.1:")
    assert all(a.startswith("tcp://127.0.0.1:") for a in client.scheduler_info()["workers"])
    assert _listening(os.getpid()) == {"127.0.0.1"}  # the scheduler, the nannies and their workers


def test_cluster_killed_worker_output_complete_and_identical(
    client: Any, local: tuple[bytes, bytes], workload: list[str], tmp_path: Path
) -> None:
    from pipeline.cluster import run_dask

    client.wait_for_workers(2)
    out = tmp_path / "out"
    total = len(plan_partitions(workload, BLOCK))
    job = threading.Thread(target=run_dask, args=(load_config(), workload, str(out)),
                           kwargs={"client": client, "block_size": BLOCK})
    job.start()
    killed = None
    deadline = time.monotonic() + 300
    while killed is None and time.monotonic() < deadline and job.is_alive():
        if any(out.glob("part-*.jsonl")):  # a partition is done: the workers are at work
            busy = [address for address, keys in client.processing().items() if keys]
            if busy:
                lost = list(client.processing()[busy[0]])
                pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
                written = len(list(out.glob("part-*.jsonl")))
                os.kill(pid, signal.SIGKILL)
                killed = pid
        time.sleep(0.05)
    job.join(timeout=600)
    assert killed is not None, "the job ended before a worker could be killed"
    assert written < total  # the kill came mid-job
    assert killed not in client.run(os.getpid).values()  # the nanny started a new process
    # the partitions the worker held were released at its loss, then run again
    rerun = [t for t in client.story(*lost) if t[0] == "scheduler" and t[2:4] == ("processing", "released")
             and str(t[5]).startswith("handle-worker-cleanup")]
    assert rerun
    assert _merged(out) == local[0]
    assert (out / ERRORS).read_bytes() == local[1]
    assert not list(out.glob(".part-*")) and not (out / "_dask-scratch").exists()


def _failing_task(config_text: str, partition: Any, out_dir: str, all_sentences: bool = False) -> PartitionResult:
    """Fails on partition 1, every time, and counts the attempts in a file."""
    if partition.index == 1:
        with open(Path(out_dir).parent / "attempts", "a", encoding="utf-8") as fh:
            fh.write("attempt\n")
        raise OSError("disk on fire")
    return extract_partition(config_text, partition, out_dir, all_sentences)


def test_cluster_failing_partition_is_retried_then_reported(
    client: Any, local: tuple[bytes, bytes], workload: list[str], tmp_path: Path
) -> None:
    from pipeline.cluster import run_dask

    client.wait_for_workers(2)
    out = tmp_path / "out"
    summary = run_dask(load_config(), workload, str(out), client=client, block_size=BLOCK, retries=2,
                       task=_failing_task)
    assert (tmp_path / "attempts").read_text(encoding="utf-8").count("attempt") == 3
    assert summary.failed_partitions == 1
    success = json.loads((out / SUCCESS).read_text(encoding="utf-8"))
    assert success["failed_partition_indexes"] == [1] and "part-00001.jsonl" not in success["parts"]
    records = [json.loads(line) for line in (out / ERRORS).read_text(encoding="utf-8").splitlines()]
    (failed,) = [r for r in records if r["kind"] == "partition"]
    partition = plan_partitions(workload, BLOCK)[1]
    assert failed["partition"] == 1 and failed["input"] == partition.range()
    assert "failed after 3 attempts: OSError: disk on fire" in failed["message"]
    assert failed["path"].endswith("shard-0.jsonl") and failed["line"] == partition.range()[0]["first_line"]
    lost = {d.id for d in read_partition(partition, 100_000) if hasattr(d, "id")}
    expected = [line for line in local[0].splitlines(keepends=True) if json.loads(line)["doc_id"] not in lost]
    assert lost and _merged(out) == b"".join(expected)  # every other partition is complete


def test_cluster_repeated_ids_across_partitions_equal_local_engine(client: Any, tmp_path: Path) -> None:
    from pipeline.cluster import run_dask

    sentences = _sentences()
    folder = tmp_path / "in"
    for name in ("a", "b"):
        (folder / name).mkdir(parents=True)
        (folder / name / "report.txt").write_text(sentences[0 if name == "a" else 1], encoding="utf-8")
    lines = [json.dumps({"id": f"e{i % 5}", "text": sentences[i + 2]}, ensure_ascii=False) for i in range(20)]
    (folder / "a" / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    inputs = [str(folder)]
    local = tmp_path / "local"
    summary = run_extract(load_config(), inputs, str(local / "claims.jsonl"), errors=local / "errors.jsonl")
    assert summary.failed == 15 and summary.documents == 7
    out = tmp_path / "out"
    summary = run_dask(load_config(), inputs, str(out), client=client, block_size=600)
    assert summary.partitions > 3 and summary.failed == 15 and summary.documents == 7
    assert _merged(out) == (local / "claims.jsonl").read_bytes()
    assert (out / ERRORS).read_bytes() == (local / "errors.jsonl").read_bytes()
    doc_ids = [json.loads(line)["doc_id"] for line in _merged(out).splitlines()]
    assert {"a/report.txt", "b/report.txt", "e0", "e4"} <= set(doc_ids)
