from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.base import verify_base_weights
from pipeline.errors import ModelError


def test_encoder_sha256_mismatch_is_an_error_that_says_so(tmp_path: Path) -> None:
    (tmp_path / "model.safetensors").write_bytes(b"not the real weights")
    with pytest.raises(ModelError, match="SHA-256 .* expected 53aa5117"):
        verify_base_weights(tmp_path)


def test_encoder_missing_weights_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="weights missing"):
        verify_base_weights(tmp_path)


def test_encoder_installed_weights_pass_the_check(extractor: Any) -> None:
    from pipeline.base import base_model_path

    verify_base_weights(base_model_path())


def test_train_is_deterministic(extractor: Any, tmp_path: Path) -> None:
    from pipeline.train import train

    templates = [("{} and India signed a defence pact.", ["cooperation"]),
                 ("{} expelled two Polish diplomats.", ["competition"]),
                 ("Talks with {} will resume next month.", ["forecast"]),
                 ("The ministry in {} employs 400 people.", [])]
    countries = ["Japan", "Chile", "Kenya", "Peru", "Oman", "Fiji"]
    rows = [{"id": f"t{i}-{j}", "text": t.format(c), "labels": labels}
            for i, (t, labels) in enumerate(templates) for j, c in enumerate(countries)]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    runs = []
    for name in ("one", "two"):
        train(corpus, tmp_path / name, epochs=1, dev_share=30)
        runs.append(((tmp_path / name / "weights.safetensors").read_bytes(),
                     json.loads((tmp_path / name / "config.json").read_text())["thresholds"]))
    assert runs[0] == runs[1]
