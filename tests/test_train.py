from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from pipeline.train import expected_calibration_error, fit_temperature, fit_threshold, is_dev, read_corpus, split

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "train"


def test_train_dev_split_is_stable_and_disjoint(tmp_path: Path) -> None:
    rows = [{"id": f"s{i}", "text": f"Sentence number {i} about talks.", "labels": []} for i in range(200)]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    train, dev = split(read_corpus(tmp_path), 15)
    assert {e.text for e in train}.isdisjoint({e.text for e in dev})
    assert 10 <= len(dev) <= 50
    assert all(is_dev(e.text, 15) for e in dev)


def test_train_corpus_is_deduplicated_and_masks_ambiguous(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "text": "Talks resumed.", "labels": ["cooperation"], "ambiguous": ["forecast"]},
        {"id": "b", "text": "talks  resumed.", "labels": ["cooperation"]},
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    (example,) = read_corpus(tmp_path)
    assert example.targets == (1.0, 0.0, 0.0) and example.mask == (1.0, 1.0, 0.0)


def test_train_threshold_separates_classes() -> None:
    scores = np.array([0.1, 0.2, 0.35, 0.7, 0.8, 0.9])
    targets = np.array([0, 0, 0, 1, 1, 1.0])
    threshold = fit_threshold(scores, targets, np.ones(6))
    assert 0.35 < threshold <= 0.7


def test_train_temperature_softens_overconfident_logits() -> None:
    rng = np.random.default_rng(0)
    targets = rng.integers(0, 2, 400).astype(float)
    noisy = np.where(rng.random(400) < 0.7, targets, 1 - targets)  # 70% right
    logits = (noisy * 2 - 1) * 6.0  # but scored as if 99.8% sure
    assert fit_temperature(logits, targets, np.ones(400)) > 2.0


@pytest.mark.parametrize(("scores", "targets", "expected"), [
    ([0.9, 0.9, 0.1, 0.1], [1, 1, 0, 0], 0.1),
    ([0.5, 0.5], [1, 0], 0.0),
])
def test_train_expected_calibration_error(scores: list[float], targets: list[int], expected: float) -> None:
    ece = expected_calibration_error(np.array(scores), np.array(targets, dtype=float), np.ones(len(scores)))
    assert ece == pytest.approx(expected)


def test_no_training_sentence_copies_a_gold_sentence(shared: Path) -> None:
    """No training sentence shares half its word trigrams with a gold sentence: the cheap half of
    scripts/decontaminate.py, which a copied or lightly edited gold sentence fails."""
    from scripts.decontaminate import MAX_TRIGRAMS, gold_sentences, trigram_shares

    train = read_corpus(CORPUS)
    shares = trigram_shares([e.text for e in train], [t for _, t in gold_sentences(shared)])
    worst = max(range(len(train)), key=shares.__getitem__)
    assert shares[worst] < MAX_TRIGRAMS, (train[worst].id, shares[worst])


def test_no_training_sentence_paraphrases_a_gold_sentence(shared: Path) -> None:
    """No training sentence is within embedding cosine 0.80 of a gold sentence (the other half
    of scripts/decontaminate.py: paraphrases, which share meaning but few words)."""
    from scripts.decontaminate import MAX_COSINE, cosine_to_gold, gold_sentences

    train = read_corpus(CORPUS)
    gold = gold_sentences(shared)
    similarity = cosine_to_gold([e.text for e in train], [t for _, t in gold])
    i, j = np.unravel_index(int(similarity.argmax()), similarity.shape)
    assert similarity[i, j] < MAX_COSINE, (train[i].id, gold[j][0], float(similarity[i, j]))
