"""Train the sentence classifier from ``corpus/train/*.jsonl`` into ``models/claimex-clf``.

Deterministic: a fixed seed, a fixed thread count, deterministic torch kernels and a dev split
chosen by a hash of each sentence's text. The dev split (about 15%) is never trained on: it
fits the per-label temperatures (calibration) and thresholds, and gives the dev metrics the
model card reports.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ClaimexError
from .schema import LABELS

log = logging.getLogger(__name__)

DEFAULTS: dict[str, Any] = {
    "seed": 13,
    "epochs": 4,
    "batch_size": 16,
    "lr": 6e-4,
    "head_lr": 2e-3,
    "weight_decay": 0.01,
    "warmup": 0.06,
    "max_length": 64,
    "threads": 2,
    "dev_share": 15,
    "lora": {"r": 16, "alpha": 32, "dropout": 0.1},
}


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    targets: tuple[float, float, float]
    mask: tuple[float, float, float]

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Example:
        labels = set(record.get("labels") or ())
        ambiguous = set(record.get("ambiguous") or ())
        return cls(
            id=str(record["id"]),
            text=record["text"],
            targets=tuple(float(label in labels) for label in LABELS),  # type: ignore[arg-type]
            mask=tuple(0.0 if label in ambiguous else 1.0 for label in LABELS),  # type: ignore[arg-type]
        )


def is_dev(text: str, share: int) -> bool:
    """Whether a sentence belongs to the dev split: a stable hash of its text."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16) % 100 < share


def read_corpus(corpus_dir: Path, pattern: str = "*.jsonl") -> list[Example]:
    """All annotated sentences of the files ``pattern`` matches, deduplicated by text, in a stable order."""
    seen: set[str] = set()
    out = []
    for path in sorted(corpus_dir.glob(pattern)):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                ex = Example.from_record(json.loads(line))
                key = " ".join(ex.text.split()).lower()
                if key not in seen:
                    seen.add(key)
                    out.append(ex)
    return out


def split(examples: list[Example], share: int) -> tuple[list[Example], list[Example]]:
    train = [e for e in examples if not is_dev(e.text, share)]
    dev = [e for e in examples if is_dev(e.text, share)]
    return train, dev


def fit_temperature(logits: np.ndarray, targets: np.ndarray, mask: np.ndarray) -> float:
    """The temperature that minimises the dev negative log-likelihood of one label."""
    best, best_nll = 1.0, math.inf
    for t in np.arange(0.5, 4.01, 0.05):
        p = np.clip(1 / (1 + np.exp(-logits / t)), 1e-7, 1 - 1e-7)
        nll = -float(np.sum(mask * (targets * np.log(p) + (1 - targets) * np.log(1 - p))))
        if nll < best_nll - 1e-9:
            best, best_nll = round(float(t), 2), nll
    return best


def fit_threshold(scores: np.ndarray, targets: np.ndarray, mask: np.ndarray) -> float:
    """The threshold in [0.2, 0.8] with the best dev F1 (ties: closest to 0.5)."""
    best, best_f1 = 0.5, -1.0
    for t in sorted(np.arange(0.2, 0.801, 0.02), key=lambda x: abs(x - 0.5)):
        pred = scores >= t
        tp = float(np.sum(mask * pred * targets))
        fp = float(np.sum(mask * pred * (1 - targets)))
        fn = float(np.sum(mask * (~pred) * targets))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best_f1 + 1e-9:
            best, best_f1 = round(float(t), 2), f1
    return best


def expected_calibration_error(scores: np.ndarray, targets: np.ndarray, mask: np.ndarray, bins: int = 10) -> float:
    """ECE over equal-width bins, weighted by the share of (unmasked) scores in each bin."""
    keep = mask > 0
    s, y = scores[keep], targets[keep]
    if not len(s):
        return 0.0
    edges = np.linspace(0, 1, bins + 1)
    ece = 0.0
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        in_bin = (s >= lo) & ((s < hi) if hi < 1 else (s <= hi))
        if in_bin.any():
            ece += in_bin.mean() * abs(s[in_bin].mean() - y[in_bin].mean())
    return round(float(ece), 4)


def train(corpus_dir: Path, out_dir: Path, **overrides: Any) -> dict[str, Any]:
    """Train, calibrate and write the artefact; return the model card's metadata."""
    import torch
    from safetensors.torch import save_file
    from transformers import AutoTokenizer

    from .base import BASE_PACKAGE, BASE_SHA256, base_model_path
    from .encoder import SentenceClassifier

    cfg = {**DEFAULTS, **{k: v for k, v in overrides.items() if v is not None}}
    torch.manual_seed(cfg["seed"])
    np.random.seed(cfg["seed"])
    torch.set_num_threads(cfg["threads"])
    torch.use_deterministic_algorithms(True)
    started = time.perf_counter()

    examples = read_corpus(corpus_dir)
    train_set, dev_set = split(examples, cfg["dev_share"])
    log.info("corpus: %d sentences, %d train, %d dev", len(examples), len(train_set), len(dev_set))
    if not train_set or not dev_set:
        raise ClaimexError(f"{corpus_dir}: {len(train_set)} training and {len(dev_set)} dev sentences; need both")
    tokenizer = AutoTokenizer.from_pretrained(str(base_model_path()), local_files_only=True)
    net = SentenceClassifier(len(LABELS), cfg["lora"])

    def encode(batch: list[Example]) -> dict[str, torch.Tensor]:
        enc = tokenizer([e.text for e in batch], padding=True, truncation=True,
                        max_length=cfg["max_length"], return_tensors="pt")
        return {"input_ids": enc["input_ids"], "attention_mask": enc["attention_mask"]}

    targets = torch.tensor([e.targets for e in train_set])
    masks = torch.tensor([e.mask for e in train_set])
    positives = (targets * masks).sum(0)
    pos_weight = ((masks.sum(0) - positives) / positives.clamp(min=1)).clamp(max=3.0).sqrt()
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none", pos_weight=pos_weight)
    head_params = list(net.head.parameters())
    lora_params = [p for n, p in net.named_parameters() if p.requires_grad and not n.startswith("head.")]
    optimiser = torch.optim.AdamW(
        [{"params": lora_params, "lr": cfg["lr"]}, {"params": head_params, "lr": cfg["head_lr"]}],
        weight_decay=cfg["weight_decay"],
    )
    steps_per_epoch = math.ceil(len(train_set) / cfg["batch_size"])
    total = steps_per_epoch * cfg["epochs"]
    warmup = max(1, int(total * cfg["warmup"]))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / (total - warmup)))
    )
    generator = torch.Generator().manual_seed(cfg["seed"])
    for epoch in range(cfg["epochs"]):
        net.train()
        running = 0.0
        for idx in _length_batches(train_set, cfg["batch_size"], generator):
            batch = [train_set[i] for i in idx]
            logits = net(**encode(batch))
            loss = (loss_fn(logits, targets[idx]) * masks[idx]).sum() / masks[idx].sum().clamp(min=1)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            optimiser.step()
            scheduler.step()
            running += loss.detach().item()
        log.info("epoch %d: loss %.4f (%.0f s)", epoch + 1, running / steps_per_epoch, time.perf_counter() - started)

    net.eval()
    dev_logits = np.zeros((len(dev_set), len(LABELS)))
    with torch.inference_mode():
        for b in range(0, len(dev_set), 64):
            batch = dev_set[b : b + 64]
            dev_logits[b : b + len(batch)] = net(**encode(batch)).double().numpy()
    dev_targets = np.array([e.targets for e in dev_set])
    dev_mask = np.array([e.mask for e in dev_set])
    temperatures, thresholds, dev_metrics = {}, {}, {}
    for j, label in enumerate(LABELS):
        t = fit_temperature(dev_logits[:, j], dev_targets[:, j], dev_mask[:, j])
        scores = 1 / (1 + np.exp(-dev_logits[:, j] / t))
        th = fit_threshold(scores, dev_targets[:, j], dev_mask[:, j])
        pred = scores >= th
        y, m = dev_targets[:, j], dev_mask[:, j]
        tp, fp, fn = (float(np.sum(m * pred * y)), float(np.sum(m * pred * (1 - y))),
                      float(np.sum(m * (~pred) * y)))
        temperatures[label], thresholds[label] = t, th
        dev_metrics[label] = {
            "f1": round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0,
            "ece": expected_calibration_error(scores, y, m),
            "ece_uncalibrated": expected_calibration_error(1 / (1 + np.exp(-dev_logits[:, j])), y, m),
        }
    dev_metrics["macro_f1"] = round(sum(dev_metrics[label]["f1"] for label in LABELS) / len(LABELS), 4)

    out_dir.mkdir(parents=True, exist_ok=True)
    state = {k: v.contiguous() for k, v in sorted(net.trainable_state().items())}
    save_file(state, str(out_dir / "weights.safetensors"), metadata={"format": "pt"})
    card = {
        "name": "claimex-minilm-lora",
        "version": "0.1.0",
        "labels": list(LABELS),
        "max_length": cfg["max_length"],
        "lora": cfg["lora"],
        "temperatures": temperatures,
        "thresholds": thresholds,
        "base_model": BASE_PACKAGE,
        "base_sha256": BASE_SHA256,
        "training": {k: v for k, v in cfg.items() if k != "lora"}
        | {"train_sentences": len(train_set), "dev_sentences": len(dev_set),
           "corpus_sha256": _corpus_digest(examples)},
        "dev_metrics": dev_metrics,
    }
    (out_dir / "config.json").write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    log.info("trained in %.0f s; dev %s", time.perf_counter() - started, dev_metrics)
    return card


def _length_batches(examples: list[Example], size: int, generator: Any) -> list[list[int]]:
    """Shuffled batches of similar-length sentences: less padding, the same randomness."""
    import torch

    order = torch.randperm(len(examples), generator=generator).tolist()
    pool = size * 32
    batches = []
    for p in range(0, len(order), pool):
        chunk = sorted(order[p : p + pool], key=lambda i: len(examples[i].text))
        batches += [chunk[b : b + size] for b in range(0, len(chunk), size)]
    return [batches[i] for i in torch.randperm(len(batches), generator=generator).tolist()]


def _corpus_digest(examples: list[Example]) -> str:
    digest = hashlib.sha256()
    for e in examples:
        digest.update(json.dumps([e.id, e.text, e.targets, e.mask]).encode("utf-8"))
    return digest.hexdigest()
