"""Stage 5, classify: score every body sentence for cooperation, competition and forecast.

The artefact in ``models/claimex-clf/`` holds ``config.json`` (labels, network settings,
per-label temperatures and thresholds fitted on the dev split) and ``weights.safetensors`` (the
LoRA adapters and the head, a few MB). Scores are calibrated probabilities in [0, 1]; a label
applies when its score reaches its threshold. Thresholds in config.cfg override the artefact's.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError
from .schema import LABELS
from .sentences import body_sentences

log = logging.getLogger(__name__)

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

    @classmethod
    def read(cls, model_dir: Path) -> ModelCard:
        path = model_dir / "config.json"
        if not path.is_file():
            raise ModelError(f"no classifier at {model_dir} (config.json missing)")
        raw = json.loads(path.read_text(encoding="utf-8"))
        known = {k: raw[k] for k in ("name", "version", "labels", "max_length", "lora", "temperatures", "thresholds")}
        known["labels"] = tuple(known["labels"])
        return cls(**known)


class Classifier:
    """A loaded classifier artefact: ``predict(texts)`` gives calibrated scores.

    ``runtime="onnx"`` runs an ONNX export of the network in ONNX Runtime, built from the
    artefact on first use and cached beside it; ``"onnx-int8"`` the same quantised to int8 (per
    channel, dynamic: about 2.4x faster, slightly less accurate); ``"onnx-cascade"`` int8 first,
    then fp32 for the sentences within ``margin`` of a threshold; ``"torch"`` the network
    itself. Training always uses torch.
    """

    def __init__(self, model_dir: Path, batch_size: int = 64, runtime: str = "onnx", threads: int = 1,
                 thresholds: dict[str, float] | None = None, margin: float = 0.15) -> None:
        from .base import base_model_path

        self.card = ModelCard.read(model_dir)
        if self.card.labels != LABELS:
            raise ModelError(f"classifier at {model_dir} has labels {self.card.labels}, expected {LABELS}")
        self.model_dir = model_dir
        self.batch_size = batch_size
        self.runtime = runtime
        self.tokenizer = _tokenizer(base_model_path(), self.card.max_length)
        self._exact: Any = None  # the fp32 network that settles close calls (onnx-cascade)
        if runtime in RUNTIMES and runtime != "torch":
            first, *exact = ensure_runtime(model_dir, runtime)
            self._run = _onnx_runner(first, threads)
            if exact:
                self._exact = _onnx_runner(exact[0], threads)
        elif runtime == "torch":
            self._run = _torch_runner(load_network(model_dir, self.card))
        else:
            raise ModelError(f"unknown classifier runtime {runtime!r}",
                             fix="use onnx, onnx-int8, onnx-cascade or torch in config.cfg")
        self._temperature = np.array([self.card.temperatures[label] for label in LABELS])
        self._thresholds = np.array([(thresholds or {}).get(label) or self.card.thresholds[label] for label in LABELS])
        self.margin = margin

    def encode(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Token ids and attention mask, padded to the longest text, as int64 arrays."""
        encodings = self.tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        return ids, mask

    def logits(self, texts: Sequence[str], run: Any = None) -> np.ndarray:
        """Raw logits, shape (len(texts), 3).

        The ONNX runtimes score each text alone. Dynamic int8 quantisation scales activations
        by the range of the whole call, so in a batch a sentence's scores moved with its batch
        mates (by up to 0.4 on the prose dev split) and one sentence could be labelled
        differently in two documents; alone, it cannot, and with no padding it is faster on
        CPU too (make bench). Torch, the training path, batches by length.
        """
        run = run or self._run
        size = self.batch_size if self.runtime == "torch" else 1
        out = np.zeros((len(texts), len(LABELS)), dtype=np.float64)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for b in range(0, len(order), size):
            idx = order[b : b + size]
            out[idx] = run(*self.encode([texts[i] for i in idx]))
        return out

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated scores in [0, 1], shape (len(texts), 3), columns in LABELS order.

        With ``onnx-cascade`` the int8 network scores every sentence, and the fp32 network
        scores again those within ``margin`` of a threshold, where int8 rounding could flip a
        label: labels are those of fp32 at about the cost of int8.
        """
        if not texts:
            return np.zeros((0, len(LABELS)))
        scores = self._calibrate(self.logits(texts))
        if self._exact is not None:
            close = np.flatnonzero((np.abs(scores - self._thresholds) < self.margin).any(axis=1))
            if close.size:
                scores[close] = self._calibrate(self.logits([texts[i] for i in close], self._exact))
        return scores

    def _calibrate(self, logits: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-logits / self._temperature))  # type: ignore[no-any-return]


def cores() -> int:
    """The cores this process may use."""
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _tokenizer(base: Path, max_length: int) -> Any:
    """The base encoder's fast tokenizer, without transformers (and so without torch)."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(base / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=max_length)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def load_network(model_dir: Path, card: ModelCard) -> Any:
    """The torch network with the artefact's weights, adapters merged, in eval mode."""
    from . import torchless

    torchless.allow()
    from safetensors.torch import load_file

    from .encoder import SentenceClassifier

    weights = model_dir / "weights.safetensors"
    if not weights.is_file():
        raise ModelError(f"classifier weights missing: {weights}")
    net = SentenceClassifier(len(LABELS), card.lora)
    net.load_trainable_state(load_file(str(weights)))
    net.merge_adapters()
    net.eval()
    return net


def _torch_runner(net: Any) -> Any:
    import torch

    def run(ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        with torch.inference_mode():
            return net(torch.from_numpy(ids), torch.from_numpy(mask)).double().numpy()  # type: ignore[no-any-return]

    return run


def _onnx_runner(path: Path, threads: int) -> Any:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = max(1, threads)
    options.inter_op_num_threads = 1
    # no arena: its blocks, sized to the largest batch seen, would stay resident in every worker
    options.enable_cpu_mem_arena = False
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def run(ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return session.run(None, {"input_ids": ids, "attention_mask": mask})[0].astype(np.float64)  # type: ignore[no-any-return]

    return run


RUNTIMES = ("onnx", "onnx-int8", "onnx-cascade", "torch")


def ensure_runtime(model_dir: Path, runtime: str) -> list[Path]:
    """The ONNX files ``runtime`` runs, in the order it uses them, built when needed."""
    if runtime == "onnx":
        return [ensure_onnx(model_dir)]
    if runtime == "onnx-int8":
        return [ensure_onnx(model_dir, quantize=True)]
    if runtime == "onnx-cascade":
        return [ensure_onnx(model_dir, quantize=True), ensure_onnx(model_dir)]
    return []


def ensure_onnx(model_dir: Path, quantize: bool = False) -> Path:
    """The ONNX export of the artefact (int8 with ``quantize``), rebuilt when missing or made
    from other weights."""
    import hashlib

    weights = model_dir / "weights.safetensors"
    target = model_dir / ("model.int8.onnx" if quantize else "model.onnx")
    stamp = target.with_name(target.name + ".sha256")
    if not weights.is_file():
        raise ModelError(f"classifier weights missing: {weights}")
    digest = hashlib.sha256(weights.read_bytes()).hexdigest()
    if target.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == digest:
        return target
    log.info("building %s from %s (once per trained model)", target.name, weights.name)
    export_onnx(model_dir, target, quantize)
    stamp.write_text(digest + "\n", encoding="utf-8")
    return target


def export_onnx(model_dir: Path, target: Path, quantize: bool) -> None:
    """Export the merged network to ONNX, quantised to int8 per channel if asked."""
    import os
    import tempfile
    import warnings

    net = load_network(model_dir, ModelCard.read(model_dir))  # imports torch

    import torch

    example = (torch.ones((2, 8), dtype=torch.int64), torch.ones((2, 8), dtype=torch.int64))
    with tempfile.TemporaryDirectory(dir=model_dir) as tmp:
        fp32 = Path(tmp) / "model.onnx"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer warnings about shape-dependent branches
            torch.onnx.export(
                net, example, str(fp32), input_names=["input_ids", "attention_mask"],
                output_names=["logits"], opset_version=17, dynamo=False,
                dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                              "attention_mask": {0: "batch", 1: "tokens"}, "logits": {0: "batch"}},
            )
        built = fp32
        if quantize:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            built = Path(tmp) / "model.int8.onnx"
            quantize_dynamic(str(fp32), str(built), per_channel=True, weight_type=QuantType.QInt8)
        os.replace(built, target)


@lru_cache(maxsize=4)
def load_classifier(model_dir: str, batch_size: int = 64, runtime: str = "onnx", threads: int = 1,
                    thresholds: tuple[tuple[str, float], ...] = (), margin: float = 0.15) -> Classifier:
    """Load a classifier artefact once per process (``thresholds``: label, value pairs; 0 or
    absent means the artefact's own)."""
    return Classifier(resolve_model_dir(model_dir), batch_size, runtime, threads, dict(thresholds), margin)


def resolve_model_dir(model_dir: str) -> Path:
    path = Path(model_dir)
    return path if path.is_absolute() else PROJECT_DIR / path


@Language.factory(
    "claims_classify",
    requires=["token.is_sent_start", "doc._.furniture"],
    assigns=["doc._.scores"],
    default_config={"model": "models/claimex-clf", "batch_size": 64, "runtime": "onnx-cascade", "threads": 1,
                    "margin": 0.15, "thresholds": {}},
)
def make_classify(nlp: Language, name: str, model: str, batch_size: int, runtime: str, threads: int,
                  margin: float, thresholds: dict[str, float]) -> ClassifyComponent:
    return ClassifyComponent(name, model, batch_size, runtime, threads, margin, thresholds)


class ClassifyComponent:
    """Scores the body sentences of each Doc; ``pipe`` batches sentences across Docs."""

    def __init__(self, name: str, model: str, batch_size: int, runtime: str, threads: int,
                 margin: float = 0.15, thresholds: dict[str, float] | None = None) -> None:
        self.name = name
        self.model_dir = model
        self.batch_size = batch_size
        self.runtime = runtime
        self.threads = threads or cores()  # 0: every core this process may use
        self.margin = margin
        self.thresholds = tuple(sorted((thresholds or {}).items()))

    @property
    def classifier(self) -> Classifier:
        return load_classifier(self.model_dir, self.batch_size, self.runtime, self.threads, self.thresholds, self.margin)

    def predict(self, docs: Sequence[Doc]) -> list[np.ndarray]:
        # The ONNX runtimes score each sentence alone (Classifier.logits), so a sentence's
        # labels do not depend on its document, the others in the run, or how a run is split
        # across workers.
        return [self.classifier.predict([s.text for s in body_sentences(doc)]) for doc in docs]

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
