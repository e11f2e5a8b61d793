"""make bench-dask: the Dask engine with 1 and 2 workers on this machine, and what that projects to.

    .venv/bin/python scripts/bench_dask.py [--docs 100] [--sentences 36] [--partitions 16] [--workers 1 2]

The workload is article-length documents made of corpus/articles sentences (each document a
different window of them), in four .jsonl shards. Each worker count gets its own LocalCluster on
127.0.0.1; the models are loaded on every worker before the clock starts, so the figures are
steady-state throughput. Per partition, the scheduler overhead is measured two ways: the round
trip of a no-op task, one at a time, and (wall x workers - time inside tasks) / partitions for
the real job, which also counts idle workers at the end of the job. On a shared machine other
processes take cores: ``cpu_share`` (CPU time / wall time inside the tasks) says how much, and
the projection uses documents per CPU-second, which they do not change.

Writes outputs/bench_dask.json and prints one summary line. Timings are wall-clock on a shared
machine: a benchmark, not a test, so nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.build import load_config  # noqa: E402
from pipeline.cluster import connect, run_dask  # noqa: E402
from pipeline.partitions import SUCCESS, load_models  # noqa: E402

SECONDS_A_DAY = 86_400


def sentences() -> list[str]:
    out: list[str] = []
    for article in sorted((ROOT / "corpus" / "articles").glob("*.txt")):
        for paragraph in article.read_text(encoding="utf-8").splitlines():
            if len(paragraph) > 200:  # body paragraphs, not page furniture
                out.extend(re.split(r"(?<=[.?!”])\s+(?=[A-Z“])", paragraph))
    return out


def write_workload(folder: Path, docs: int, per_doc: int) -> list[str]:
    pool = sentences()
    shards = [(folder / f"shard-{i}.jsonl").open("w", encoding="utf-8") for i in range(4)]
    for i in range(docs):
        start = (i * 7) % len(pool)
        text = " ".join((pool + pool)[start:start + per_doc])
        record = {"id": f"bench-{i:05d}", "text": text, "date": "2023-05-12"}
        shards[i % 4].write(json.dumps(record, ensure_ascii=False) + "\n")
    for shard in shards:
        shard.close()
    return [str(folder)]


def noop_round_trip(client: Any, repeat: int = 50) -> float:
    """Seconds for one no-op task, submitted and waited for one at a time."""
    client.submit(abs, -1, pure=False).result()
    start = time.perf_counter()
    for i in range(repeat):
        client.submit(abs, -i, pure=False).result()
    return (time.perf_counter() - start) / repeat


def busy_cpu_seconds() -> float:
    """CPU seconds the whole machine has spent busy (not idle or waiting for I/O) since boot."""
    import psutil

    times = psutil.cpu_times()
    return float(sum(times) - times.idle - getattr(times, "iowait", 0.0))


def worker_rss() -> int:
    """Resident memory of this worker process (run on the workers; pickled by value)."""
    import psutil

    return int(psutil.Process().memory_info().rss)


def bench(workers: int, inputs: list[str], block_size: int, work: Path) -> dict[str, Any]:
    config = load_config()
    out = work / f"out-{workers}"
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    with connect(None, workers, work / f"scratch-{workers}") as client:
        up = time.perf_counter()
        client.run(load_models, config.to_str())
        loaded = time.perf_counter()
        noop = noop_round_trip(client)
        machine, own = busy_cpu_seconds(), time.process_time()
        job_start = time.perf_counter()
        summary = run_dask(config, inputs, str(out), client=client, block_size=block_size)
        wall = time.perf_counter() - job_start
        machine, own = busy_cpu_seconds() - machine, time.process_time() - own
        rss = max(client.run(worker_rss).values())
    success = json.loads((out / SUCCESS).read_text(encoding="utf-8"))
    task_seconds = float(success["task_seconds"])
    task_cpu = float(success["task_cpu_seconds"])
    return {
        "workers": workers,
        "partitions": summary.partitions,
        "documents": summary.documents,
        "sentences": summary.sentences,
        "claims": summary.claims,
        "cluster_start_s": round(up - started, 2),
        "model_load_s": round(loaded - up, 2),
        "job_s": round(wall, 2),
        "docs_per_s": round(summary.documents / wall, 3),
        "sentences_per_s": round(summary.sentences / wall, 1),
        "task_s_total": round(task_seconds, 2),
        "task_cpu_s_total": round(task_cpu, 2),
        # 1.0 when the workers never waited for a core; less when other processes took cores
        "cpu_share": round(task_cpu / task_seconds, 3),
        "docs_per_cpu_s": round(summary.documents / task_cpu, 3),
        "load_average_before": round(load_before, 2),
        # cores that processes other than this job's (other users of the machine) kept busy meanwhile
        "other_processes_cores": round(max(0.0, machine - task_cpu - own) / wall, 2),
        "overhead_per_partition_ms": round(1000 * (wall * workers - task_seconds) / summary.partitions, 1),
        "noop_round_trip_ms": round(1000 * noop, 2),
        "worker_rss_gb": round(rss / 1e9, 2),
    }


def project(per_worker_docs_s: float, articles_per_day: int, utilisation: float) -> dict[str, Any]:
    """Workers for ``articles_per_day``, each on a core of its own, busy ``utilisation`` of the day.

    A worker's rate is its documents per CPU-second, which the other users of a shared machine
    do not change; the scheduler overhead per partition is reported beside it.
    """
    per_worker_day = per_worker_docs_s * SECONDS_A_DAY
    return {
        "articles_per_day": articles_per_day,
        "basis": "documents per CPU-second of the widest run's workers",
        "per_worker_docs_per_s": round(per_worker_docs_s, 3),
        "per_worker_articles_per_day": round(per_worker_day),
        "average_load_workers": round(articles_per_day / per_worker_day, 2),
        "utilisation": utilisation,
        "workers": math.ceil(articles_per_day / (per_worker_day * utilisation)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--sentences", type=int, default=36, help="sentences a document (corpus/articles: about 37)")
    parser.add_argument("--partitions", type=int, default=16)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--articles-per-day", type=int, default=1_000_000)
    parser.add_argument("--utilisation", type=float, default=0.5,
                        help="average share of its measured rate a worker is planned at (peaks, reruns)")
    parser.add_argument("--out", type=Path, default=Path("outputs/bench_dask.json"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(dir=ROOT / "outputs", prefix=".bench-dask-") as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        inputs = write_workload(work / "in", args.docs, args.sentences)
        total = sum(p.stat().st_size for p in (work / "in").iterdir())
        block_size = math.ceil(total / args.partitions)
        runs = [bench(n, inputs, block_size, work) for n in args.workers]
    base = runs[0]
    for run in runs:
        run["speedup"] = round(run["docs_per_s"] / base["docs_per_s"], 3)
        run["scaling_efficiency"] = round(run["speedup"] * base["workers"] / run["workers"], 3)
        # the same, per CPU-second: what is left of it when the workers do not wait for cores
        run["cpu_scaling_efficiency"] = round(run["docs_per_cpu_s"] / base["docs_per_cpu_s"], 3)
    widest = runs[-1]
    result = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "workload": {"documents": args.docs, "sentences_per_document": round(base["sentences"] / base["documents"], 1),
                     "input_bytes": total, "partition_bytes": block_size},
        "runs": runs,
        "projection": project(widest["docs_per_cpu_s"], args.articles_per_day, args.utilisation),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    scaling = ", ".join(f"{r['workers']} worker{'s' if r['workers'] > 1 else ''} {r['docs_per_s']} docs/s "
                        f"{r['sentences_per_s']} sentences/s" for r in runs)
    proj = result["projection"]
    print(f"bench-dask: {scaling}; scaling efficiency {widest['scaling_efficiency']:.0%} (other processes "
          f"{widest['other_processes_cores']} cores; per CPU-second {widest['cpu_scaling_efficiency']:.0%}); overhead {widest['overhead_per_partition_ms']} ms a partition (no-op task "
          f"{widest['noop_round_trip_ms']} ms); {proj['articles_per_day']:,} articles a day: "
          f"{proj['workers']} workers; wrote {args.out}")


if __name__ == "__main__":
    main()
