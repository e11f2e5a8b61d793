"""Stage 5, classify: score every body sentence for cooperation, competition and forecast.

The artefact in ``models/claimex-clf/`` holds ``config.json`` (labels, network settings,
per-label temperatures and thresholds fitted on the dev split) and ``weights.safetensors`` (the
LoRA adapters and the head, a few MB). Scores are calibrated probabilities in [0, 1]; a label
applies when its score reaches its threshold. Thresholds in config.cfg override the artefact's.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError
from .schema import LABELS
from .sentences import body_sentences

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_MODEL_DIR = PROJECT_DIR / "models" / "claimex-clf"


@dataclass(frozen=True)
class ModelCard:
    """What ``config.json`` of a classifier artefact says."""

    name: str
    version: str
    labels: tuple[str, ...]
    max_length: int
    lora: dict[str, Any]
    temperatures: dict[str, float]
    thresholds: dict[str, float]
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def read(cls, model_dir: Path) -> ModelCard:
        path = model_dir / "config.json"
        if not path.is_file():
            raise ModelError(f"no classifier at {model_dir} (config.json missing)")
        raw = json.loads(path.read_text(encoding="utf-8"))
        known = {k: raw.pop(k) for k in ("name", "version", "labels", "max_length", "lora", "temperatures", "thresholds")}
        known["labels"] = tuple(known["labels"])
        return cls(**known, extra=raw)


class Classifier:
    """A loaded classifier artefact: ``predict(texts)`` gives calibrated scores."""

    def __init__(self, model_dir: Path, batch_size: int = 64) -> None:
        import torch
        from safetensors.torch import load_file
        from transformers import AutoTokenizer

        from .encoder import SentenceClassifier, base_model_path

        self.card = ModelCard.read(model_dir)
        if self.card.labels != LABELS:
            raise ModelError(f"classifier at {model_dir} has labels {self.card.labels}, expected {LABELS}")
        weights = model_dir / "weights.safetensors"
        if not weights.is_file():
            raise ModelError(f"classifier weights missing: {weights}")
        self.batch_size = batch_size
        self.tokenizer = AutoTokenizer.from_pretrained(str(base_model_path()), local_files_only=True)
        net = SentenceClassifier(len(LABELS), self.card.lora)
        net.load_trainable_state(load_file(str(weights)))
        net.merge_adapters()
        net.eval()
        self.net = net
        self._torch = torch
        self._temperature = np.array([self.card.temperatures[label] for label in LABELS])

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        """Raw logits, shape (len(texts), 3); texts are batched by length."""
        out = np.zeros((len(texts), len(LABELS)), dtype=np.float64)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        torch = self._torch
        with torch.inference_mode():
            for b in range(0, len(order), self.batch_size):
                idx = order[b : b + self.batch_size]
                enc = self.tokenizer(
                    [texts[i] for i in idx],
                    padding=True,
                    truncation=True,
                    max_length=self.card.max_length,
                    return_tensors="pt",
                )
                out[idx] = self.net(enc["input_ids"], enc["attention_mask"]).double().numpy()
        return out

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated scores in [0, 1], shape (len(texts), 3), columns in LABELS order."""
        if not texts:
            return np.zeros((0, len(LABELS)))
        return 1.0 / (1.0 + np.exp(-self.logits(texts) / self._temperature))


@lru_cache(maxsize=2)
def load_classifier(model_dir: str, batch_size: int = 64) -> Classifier:
    """Load a classifier artefact once per process."""
    return Classifier(resolve_model_dir(model_dir), batch_size)


def resolve_model_dir(model_dir: str) -> Path:
    path = Path(model_dir)
    return path if path.is_absolute() else PROJECT_DIR / path


@Language.factory(
    "claims_classify",
    requires=["token.is_sent_start", "doc._.furniture"],
    assigns=["doc._.scores"],
    default_config={"model": "models/claimex-clf", "batch_size": 64},
)
def make_classify(nlp: Language, name: str, model: str, batch_size: int) -> ClassifyComponent:
    return ClassifyComponent(name, model, batch_size)


class ClassifyComponent:
    """Scores the body sentences of each Doc; ``pipe`` batches sentences across Docs."""

    def __init__(self, name: str, model: str, batch_size: int) -> None:
        self.name = name
        self.model_dir = model
        self.batch_size = batch_size

    @property
    def classifier(self) -> Classifier:
        return load_classifier(self.model_dir, self.batch_size)

    def predict(self, docs: Sequence[Doc]) -> list[np.ndarray]:
        texts_per_doc = [[s.text for s in body_sentences(doc)] for doc in docs]
        flat = [t for texts in texts_per_doc for t in texts]
        scores = self.classifier.predict(flat)
        out, pos = [], 0
        for texts in texts_per_doc:
            out.append(scores[pos : pos + len(texts)])
            pos += len(texts)
        return out

    def set_annotations(self, docs: Sequence[Doc], scores: Sequence[np.ndarray]) -> None:
        for doc, doc_scores in zip(docs, scores, strict=True):
            doc._.scores = [
                {label: round(float(s), 4) for label, s in zip(LABELS, row, strict=True)}
                for row in doc_scores
            ]

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        error_handler = self.get_error_handler()
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._process(batch, error_handler)
                batch = []
        if batch:
            yield from self._process(batch, error_handler)

    def _process(self, batch: list[Doc], error_handler: Any) -> Iterator[Doc]:
        try:
            self.set_annotations(batch, self.predict(batch))
            yield from batch
        except Exception as exc:  # noqa: BLE001 - routed to spaCy's error handler, as __call__ is
            error_handler(self.name, self, batch, exc)

    def get_error_handler(self) -> Any:
        from spacy.util import raise_error

        return getattr(self, "_error_handler", raise_error)

    def set_error_handler(self, handler: Any) -> None:
        self._error_handler = handler
