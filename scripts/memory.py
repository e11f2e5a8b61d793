"""Peak memory of streaming inputs: readers and writer alone, and whole runs of `claimex extract`.

    python scripts/memory.py                      # 1 GB stream; full runs over 1 MB and 50 MB
    python scripts/memory.py --stream-mb 1024 --run-mb 1 --run-mb 5
    python scripts/memory.py --stream-mb 0 --run-mb 0 --run-doc-mb 0.5 --run-doc-mb 1.5

Inputs are generated JSONL in a temporary directory: the texts of corpus/articles/*.txt, one
record a line with ids that vary, repeated to the size asked for, so the pipeline does real
work. Each measurement runs in a process of its own.

- stream: the readers (`iter_documents`) and the writer (`open_output`) copy the generated
  file record by record, the pipeline stages skipped; peak RSS of that process. A small
  file is streamed the same way as the reference: flat memory means the two peaks are close.
- run: `claimex extract FILE -o OUT` as a subprocess with default workers; peak RSS of the
  whole process tree (the sum over the process and its workers, sampled every 0.2 s).
- run-doc: the same over one long `.txt` document, the articles one after the other, a blank
  line between them, repeated to the size asked for.

Writes outputs/memory.json after each measurement and prints one line per measurement.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024


def generate(path: Path, size: int) -> int:
    """Write about ``size`` bytes of JSONL articles to ``path``; return the record count."""
    texts = _articles()
    written = count = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < size:
            text = texts[count % len(texts)]
            line = json.dumps({"id": f"gen-{count:08d}", "text": text, "date": "2021-03-03"}, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            count += 1
    return count


def generate_document(path: Path, size: int) -> int:
    """Write one text document of about ``size`` characters to ``path``; return its length."""
    texts = _articles()
    parts: list[str] = []
    length = 0
    while length < size:
        parts.append(texts[len(parts) % len(texts)])
        length += len(parts[-1]) + 2
    text = "\n\n".join(parts)
    path.write_text(text, encoding="utf-8")
    return len(text)


def _articles() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]


def stream_child(source: str, target: str) -> None:
    """Copy ``source`` through the readers and the writer; print records and peak RSS as JSON."""
    sys.path.insert(0, str(ROOT))
    from pipeline.io import Document, iter_documents, open_output

    start = time.perf_counter()
    count = 0
    with open_output(target) as writer:
        for item in iter_documents([source], 2_000_000):
            if isinstance(item, Document):
                writer.write({"doc_id": item.id, "text_sha256": item.sha256, "text": item.text})
                count += 1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB
    print(json.dumps({"records": count, "seconds": round(time.perf_counter() - start, 1), "peak_rss": peak}))


def measure_stream(source: Path, workdir: Path) -> dict[str, object]:
    target = workdir / "copy.jsonl"
    out = subprocess.run([sys.executable, __file__, "--stream-child", str(source), str(target)],
                         check=True, capture_output=True, text=True).stdout
    target.unlink(missing_ok=True)
    result = json.loads(out)
    return {"input_bytes": source.stat().st_size, **result}


def measure_run(source: Path, workdir: Path, workers: int | None) -> dict[str, object]:
    import psutil

    command = [str(Path(sys.executable).parent / "claimex"), "extract", str(source), "-o", str(workdir / "claims.jsonl")]
    if workers:
        command += ["--workers", str(workers)]
    start = time.perf_counter()
    with tempfile.TemporaryFile(mode="w+") as err:
        process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
        peak = 0
        while process.poll() is None:
            total = 0
            try:
                for proc in [process, *process.children(recursive=True)]:
                    try:
                        total += proc.memory_info().rss
                    except psutil.NoSuchProcess:
                        pass
            except psutil.NoSuchProcess:
                pass
            peak = max(peak, total)
            time.sleep(0.2)
        err.seek(0)
        summary = [line for line in err.read().splitlines() if "documents read" in line]
    return {"input_bytes": source.stat().st_size, "exit_code": process.returncode,
            "seconds": round(time.perf_counter() - start, 1), "peak_rss_tree": peak,
            "summary": summary[-1] if summary else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stream-mb", type=float, default=1024, help="size of the streamed JSONL (0: skip)")
    parser.add_argument("--stream-reference-mb", type=float, default=10, help="size of the small reference stream")
    parser.add_argument("--run-mb", type=float, action="append", help="sizes of the full runs (default: 1 and 50; 0: none)")
    parser.add_argument("--run-doc-mb", type=float, action="append", default=[],
                        help="sizes of full runs over one long document (none by default)")
    parser.add_argument("--workers", type=int, default=None, help="--workers for the full runs (default: claimex's)")
    parser.add_argument("--out", type=Path, default=ROOT / "outputs" / "memory.json")
    parser.add_argument("--stream-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stream_child:
        stream_child(*args.stream_child)
        return
    report: dict[str, object] = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                                             "platform": platform.platform()},
                                 "stream": [], "run": [], "run_doc": []}
    with tempfile.TemporaryDirectory(prefix="claimex-memory-") as tmp:
        workdir = Path(tmp)
        sizes = [args.stream_reference_mb, args.stream_mb] if args.stream_mb else []
        for size in sizes:
            source = workdir / f"stream-{size:g}mb.jsonl"
            generate(source, int(size * MB))
            result = measure_stream(source, workdir)
            source.unlink()
            report["stream"].append(result)  # type: ignore[attr-defined]
            _save(report, args.out)
            print(f"stream {result['input_bytes'] / MB:,.0f} MB: {result['records']:,} records in "
                  f"{result['seconds']} s, peak RSS {result['peak_rss'] / MB:,.0f} MB", flush=True)
        for size in [s for s in args.run_mb or [1, 50] if s]:
            source = workdir / f"run-{size:g}mb.jsonl"
            generate(source, int(size * MB))
            result = measure_run(source, workdir, args.workers)
            source.unlink()
            report["run"].append(result)  # type: ignore[attr-defined]
            _save(report, args.out)
            print(f"run {result['input_bytes'] / MB:,.1f} MB: exit {result['exit_code']}, {result['seconds']} s, "
                  f"peak RSS of the process tree {result['peak_rss_tree'] / MB:,.0f} MB ({result['summary']})", flush=True)
        for size in args.run_doc_mb:
            source = workdir / f"doc-{size:g}mb.txt"
            chars = generate_document(source, int(size * MB))
            result = {"characters": chars, **measure_run(source, workdir, args.workers)}
            source.unlink()
            report["run_doc"].append(result)  # type: ignore[attr-defined]
            _save(report, args.out)
            print(f"run one document of {chars:,} characters: exit {result['exit_code']}, {result['seconds']} s, "
                  f"peak RSS of the process tree {result['peak_rss_tree'] / MB:,.0f} MB ({result['summary']})", flush=True)
    print(f"wrote {args.out}")


def _save(report: dict[str, object], out: Path) -> None:
    """Write the report so far: a long run stopped half way keeps the measurements it made."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
