"""Report what the annotated training corpus holds: size, labels, countries, topics, diversity.

    python scripts/corpus_stats.py [corpus/train] [--json]

Diversity is the share of distinct word trigrams among all trigrams: near-duplicate,
template-made sentences push it down.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.entities import STATE_CODES  # noqa: E402
from pipeline.schema import LABELS  # noqa: E402
from pipeline.train import DEFAULTS, is_dev  # noqa: E402


def corpus_stats(corpus_dir: Path) -> dict[str, object]:
    records = []
    for path in sorted(corpus_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            records += [json.loads(line) for line in fh if line.strip()]
    texts = [r["text"] for r in records]
    distinct = {" ".join(t.lower().split()) for t in texts}
    trigrams: Counter[tuple[str, ...]] = Counter()
    for text in distinct:
        words = re.findall(r"\w+", text.lower())
        trigrams.update(zip(words, words[1:], words[2:], strict=False))
    combos = Counter("+".join(r["labels"]) or "none" for r in records)
    countries = Counter(c for r in records for c in set(r.get("actors") or []) if c in STATE_CODES)
    return {
        "sentences": len(records),
        "distinct_sentences": len(distinct),
        "dev_sentences": sum(is_dev(t, DEFAULTS["dev_share"]) for t in texts),
        "labels": {label: sum(label in r["labels"] for r in records) for label in LABELS},
        "combinations": dict(combos.most_common()),
        "countries": len(countries),
        "top_countries": dict(countries.most_common(15)),
        "topics": dict(Counter(r.get("topic", "?") for r in records).most_common()),
        "styles": dict(Counter(r.get("style", "?") for r in records).most_common()),
        "distinct_trigram_share": round(len(trigrams) / max(1, sum(trigrams.values())), 4),
        "mean_words": round(sum(len(t.split()) for t in texts) / max(1, len(texts)), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="corpus/train", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    stats = corpus_stats(args.corpus)
    if args.json:
        print(json.dumps(stats, indent=2))
        return
    for key, value in stats.items():
        print(f"{key:>24}: {value}")


if __name__ == "__main__":
    main()
