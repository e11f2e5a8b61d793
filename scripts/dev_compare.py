"""Compare classifier artefacts on the SAME dev sentences: the dev split of a corpus.

    python scripts/dev_compare.py [--corpus corpus/train] MODEL_DIR [MODEL_DIR ...]

Adding sentences to the corpus adds their dev share to the dev split, so the dev metrics two
models record in their config.json are measured on different sentences. This script scores
every model on the dev split of the given corpus (torch runtime, fp32) and reports, per label,
F1 with the model's own thresholds and F1 with temperature and threshold refitted on that dev
split the way training does (pipeline/train.py), so that models are compared like for like.
A model must not have trained on any of these sentences: use the corpus it was trained on or
a superset of it. ``--bootstrap N`` adds, for every model after the first, a paired bootstrap of
its refit macro-F1 minus the first model's over N resamples of the dev sentences (seed 0): the
mean and the 95% interval, to tell a gain from the noise of the split.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline import torchless  # noqa: E402

torchless.allow()

from pipeline.classify import Classifier  # noqa: E402
from pipeline.schema import LABELS  # noqa: E402
from pipeline.train import DEFAULTS, fit_temperature, fit_threshold, read_corpus, split  # noqa: E402


def f1(pred: np.ndarray, y: np.ndarray, m: np.ndarray) -> float:
    tp = float(np.sum(m * pred * y))
    fp = float(np.sum(m * pred * (1 - y)))
    fn = float(np.sum(m * (~pred) * y))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def macro(pred: np.ndarray, y: np.ndarray, m: np.ndarray) -> float:
    return float(np.mean([f1(pred[:, j], y[:, j], m[:, j]) for j in range(len(LABELS))]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+", type=Path)
    parser.add_argument("--corpus", type=Path, default=Path("corpus/train"))
    parser.add_argument("--only", help="score only dev sentences whose id starts with one of these comma-separated prefixes")
    parser.add_argument("--bootstrap", type=int, default=0, help="paired bootstrap resamples against the first model")
    args = parser.parse_args()
    _, dev = split(read_corpus(args.corpus), DEFAULTS["dev_share"])
    if args.only:
        dev = [e for e in dev if e.id.startswith(tuple(args.only.split(",")))]
    y = np.array([e.targets for e in dev])
    m = np.array([e.mask for e in dev])
    print(f"dev split of {args.corpus}: {len(dev)} sentences")
    refit_predictions = []
    for model_dir in args.models:
        clf = Classifier(model_dir, runtime="torch", threads=2)
        logits = clf.logits([e.text for e in dev])
        own, refit = [], []
        predicted = np.zeros(y.shape, dtype=bool)
        for j, label in enumerate(LABELS):
            scores = 1 / (1 + np.exp(-logits[:, j] / clf.card.temperatures[label]))
            own.append(f1(scores >= clf.card.thresholds[label], y[:, j], m[:, j]))
            t = fit_temperature(logits[:, j], y[:, j], m[:, j])
            s2 = 1 / (1 + np.exp(-logits[:, j] / t))
            predicted[:, j] = s2 >= fit_threshold(s2, y[:, j], m[:, j])
            refit.append(f1(predicted[:, j], y[:, j], m[:, j]))
        refit_predictions.append(predicted)
        print(f"{model_dir}")
        print("  own thresholds: " + "  ".join(f"{lab} {v:.4f}" for lab, v in zip(LABELS, own, strict=True))
              + f"  macro {np.mean(own):.4f}")
        print("  refit on dev:   " + "  ".join(f"{lab} {v:.4f}" for lab, v in zip(LABELS, refit, strict=True))
              + f"  macro {np.mean(refit):.4f}")
    if args.bootstrap and len(args.models) > 1:
        rng = np.random.default_rng(0)
        samples = [rng.integers(0, len(dev), len(dev)) for _ in range(args.bootstrap)]
        first = refit_predictions[0]
        for model_dir, other in zip(args.models[1:], refit_predictions[1:], strict=True):
            gains = np.array([macro(other[i], y[i], m[i]) - macro(first[i], y[i], m[i]) for i in samples])
            print(f"{model_dir} minus {args.models[0]}, refit macro-F1 over {args.bootstrap} paired resamples: "
                  f"{gains.mean():+.4f}, 95% interval {np.percentile(gains, 2.5):+.4f} to {np.percentile(gains, 97.5):+.4f}")


if __name__ == "__main__":
    main()
