"""Build the running-prose label sets from two annotators' independent labels.

    .venv/bin/python scripts/build_prose_sets.py

`corpus/prose/annotations/sentences.jsonl` lists every body sentence of the project's own whole
articles (id, article, text); `corpus/prose/annotations/PART_A.jsonl` and `PART_B.jsonl` hold two
annotators' labels for the same sentences (id, labels, unsure). A label both give is gold, a
label one gives is `ambiguous` (either answer counts as right, as in ../shared/eval), a label
neither gives is not. The sentences of the development articles (DEV_ARTICLES) go to
corpus/prose/dev.jsonl, the rest to corpus/prose/test.jsonl, both in the gold format of
../shared/eval. Prints Cohen's kappa between the annotators per label.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.io import atomic_file  # noqa: E402
from pipeline.schema import LABELS  # noqa: E402

# the articles whose sentences may be read for errors; the others are the test
DEV_ARTICLES = frozenset({"a1", "a2", "b1", "b2", "d1", "d2", "d4", "d5", "01_india_china_border",
                          "02_eu_turkey_migration", "03_us_china_chips", "04_ethiopia_egypt_nile",
                          "05_japan_south_korea"})


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def kappa(a: list[bool], b: list[bool]) -> float:
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prose", type=Path, default=Path("corpus/prose"))
    args = parser.parse_args()
    sentences = {s["id"]: s for s in read_jsonl(args.prose / "annotations" / "sentences.jsonl")}
    first: dict[str, dict] = {}
    second: dict[str, dict] = {}
    for path in sorted((args.prose / "annotations").glob("part*_A.jsonl")):
        first.update({r["id"]: r for r in read_jsonl(path)})
        second.update({r["id"]: r for r in read_jsonl(path.with_name(path.name.replace("_A.", "_B.")))})
    if set(first) != set(sentences) or set(second) != set(sentences):
        raise SystemExit("annotations and sentences.jsonl list different sentence ids")
    ids = list(sentences)
    for label in LABELS:
        a = [label in first[i]["labels"] for i in ids]
        b = [label in second[i]["labels"] for i in ids]
        print(f"{label}: annotators agree on {sum(x == y for x, y in zip(a, b, strict=True)) / len(ids):.3f} "
              f"of {len(ids)} sentences, kappa {kappa(a, b):.3f}")
    dev, test = [], []
    for i in ids:
        a, b = set(first[i]["labels"]), set(second[i]["labels"])
        record = {"id": i, "text": sentences[i]["text"], "labels": [x for x in LABELS if x in a & b],
                  "ambiguous": [x for x in LABELS if x in a ^ b], "actors": None, "actors_optional": [],
                  "article": sentences[i]["article"]}
        (dev if Path(sentences[i]["article"]).stem in DEV_ARTICLES else test).append(record)
    for path, records in ((args.prose / "dev.jsonl", dev), (args.prose / "test.jsonl", test)):
        with atomic_file(path) as fh:  # whole or not at all
            fh.writelines((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8") for r in records)
        print(f"wrote {len(records)} sentences to {path}")


if __name__ == "__main__":
    main()
