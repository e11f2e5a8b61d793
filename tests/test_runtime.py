"""The ONNX runtimes must score like the torch network they were exported from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.classify import load_classifier
from pipeline.evaluate import GoldLine, Prediction, score
from pipeline.schema import LABELS
from tests.conftest import ROOT
from tests.test_classify import CASES


def _labels(runtime: str, texts: list[str]) -> list[frozenset[str]]:
    from pipeline.build import load_config

    cfg = load_config()["components"]["claims_classify"]
    classifier = load_classifier(cfg["model"], 64, runtime, 1)
    thresholds = classifier.card.thresholds
    # one sentence a call, as each gold line is its own document in the pipeline
    rows = [classifier.predict([t])[0] for t in texts]
    return [frozenset(label for label, s in zip(LABELS, row, strict=True) if s >= thresholds[label]) for row in rows]


def _macro(lines: list[GoldLine], runtime: str) -> float:
    labels = _labels(runtime, [g.text for g in lines])
    return float(score(lines, [Prediction(p, frozenset()) for p in labels])["macro_f1"])


def test_runtime_onnx_scores_match_torch(extractor: Any) -> None:
    texts = [t for t, _ in CASES]
    from pipeline.build import load_config

    cfg = load_config()["components"]["claims_classify"]
    onnx = load_classifier(cfg["model"], 64, "onnx", 1)
    torch = load_classifier(cfg["model"], 64, "torch", 1)
    assert abs(onnx.predict(texts) - torch.predict(texts)).max() < 1e-3


def test_runtime_cascade_labels_match_fp32(extractor: Any) -> None:
    texts = [t for t, _ in CASES]
    assert _labels("onnx-cascade", texts) == _labels("onnx", texts)


def test_runtime_cascade_rescores_only_close_calls(extractor: Any) -> None:
    from pipeline.build import load_config

    cfg = load_config()["components"]["claims_classify"]
    cascade = load_classifier(cfg["model"], 64, "onnx-cascade", 1)
    int8 = load_classifier(cfg["model"], 64, "onnx-int8", 1)
    fp32 = load_classifier(cfg["model"], 64, "onnx", 1)
    corpus = sorted((ROOT / "corpus" / "train").glob("*.jsonl"))[0]
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()[:300]]
    fast, exact, mixed = int8.predict(texts), fp32.predict(texts), cascade.predict(texts)
    thresholds = [cascade.card.thresholds[label] for label in LABELS]
    close = (abs(fast - thresholds) < cascade.margin).any(axis=1)
    assert 0 < close.sum() < len(texts)
    assert abs(mixed[close] - exact[close]).max() < 1e-5
    assert abs(mixed[~close] - fast[~close]).max() < 1e-9


def test_runtime_int8_mostly_agrees_with_torch(extractor: Any) -> None:
    texts = [t for t, _ in CASES]
    disagree = sum(a != b for a, b in zip(_labels("onnx-int8", texts), _labels("torch", texts), strict=True))
    assert disagree <= len(texts) // 10, disagree


@pytest.mark.parametrize("runtime", ["onnx-int8", "onnx-cascade"])
def test_runtime_scores_do_not_depend_on_batch_mates(extractor: Any, runtime: str) -> None:
    # int8 quantises activations by the range of the whole call: batched, a sentence's
    # scores moved with the other sentences of its document
    from pipeline.build import load_config

    cfg = load_config()["components"]["claims_classify"]
    classifier = load_classifier(cfg["model"], 64, runtime, 1)
    texts = [t for t, _ in CASES]
    alone = [classifier.predict([t])[0] for t in texts]
    together = classifier.predict(texts)
    reversed_ = classifier.predict(texts[::-1])[::-1]
    assert abs(together - alone).max() == 0.0
    assert abs(reversed_ - alone).max() == 0.0


@pytest.mark.parametrize("runtime", ["onnx", "onnx-cascade"])
@pytest.mark.parametrize(("name", "sample"), [("seed_gold", 38), ("cameo_news", 300)])
def test_runtime_onnx_macro_f1_within_001_of_torch(extractor: Any, shared: Path, name: str, sample: int,
                                                   runtime: str) -> None:
    with (shared / "eval" / f"{name}.jsonl").open(encoding="utf-8") as fh:
        lines = [GoldLine.from_record(json.loads(line)) for line in fh][:sample]
    assert round(abs(_macro(lines, runtime) - _macro(lines, "torch")), 4) <= 0.01


def test_extraction_with_onnx_never_loads_torch(tmp_path: Path) -> None:
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text("Japan and India signed a defence pact on Monday. China will likely object.", encoding="utf-8")
    code = (f"import sys; from pipeline.cli import main\n"
            f"sys.argv = ['claimex', 'extract', {str(article)!r}, '-o', {str(tmp_path / 'out.jsonl')!r}, '-q']\n"
            f"try: main()\n"
            f"except SystemExit as exc: assert not exc.code, exc.code\n"
            f"assert 'torch' not in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=tmp_path)
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 2
