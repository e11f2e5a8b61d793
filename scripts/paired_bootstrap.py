"""Paired bootstrap of macro-F1 on a gold file between two runs of the pipeline.

    .venv/bin/claimex extract GOLD.jsonl --all-sentences -o before.jsonl   # one version of the code or model
    .venv/bin/claimex extract GOLD.jsonl --all-sentences -o after.jsonl    # the other
    .venv/bin/python scripts/paired_bootstrap.py GOLD.jsonl before.jsonl after.jsonl [--resamples 1000]

Both runs are scored as `claimex evaluate` scores (pipeline/evaluate.py: each line its own
document); the same resamples of the gold lines are drawn for both, and the mean gain of
``after`` over ``before`` and its 95% interval are printed, to tell a gain from the noise of
the set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.evaluate import GoldLine, document_ids, predictions_from_claims, score  # noqa: E402
from pipeline.schema import Claim  # noqa: E402


def read_claims(path: Path) -> list[Claim]:
    with path.open(encoding="utf-8") as fh:
        return [Claim.model_validate_json(line) for line in fh if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with args.gold.open(encoding="utf-8") as fh:
        gold = [GoldLine.from_record(json.loads(line)) for line in fh if line.strip()]
    ids = document_ids(gold)
    before = predictions_from_claims(ids, read_claims(args.before))
    after = predictions_from_claims(ids, read_claims(args.after))
    first, second = score(gold, before)["macro_f1"], score(gold, after)["macro_f1"]
    rng = np.random.default_rng(args.seed)
    gains = []
    for _ in range(args.resamples):
        idx = rng.integers(0, len(gold), len(gold))
        lines = [gold[i] for i in idx]
        gains.append(score(lines, [after[i] for i in idx])["macro_f1"] - score(lines, [before[i] for i in idx])["macro_f1"])
    print(f"{args.gold.name}: {len(gold)} lines; macro-F1 {first:.4f} -> {second:.4f} ({second - first:+.4f}); "
          f"over {args.resamples} paired resamples {np.mean(gains):+.4f}, 95% interval "
          f"{np.percentile(gains, 2.5):+.4f} to {np.percentile(gains, 97.5):+.4f}")


if __name__ == "__main__":
    main()
