"""Scoring against gold sets, exactly as ../shared/eval/README.md defines it.

Each gold line is its own document. Per label, counts run over the lines where the label is not
ambiguous; macro-F1 is the mean F1 over the labels the set scores (those that at least one line
has). Actors: micro precision and recall of state codes over lines whose ``actors`` is not null
and whose ``labels`` is not empty; codes in ``actors_optional`` count neither way. Where every
prediction has scores, the expected calibration error of each scored label as well (ten
equal-width bins, over the lines where the label is not ambiguous), as the model card reports it
for the dev split: a score of 0.8 should be right about 80% of the time on the gold set too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .entities import STATE_CODES
from .schema import LABELS
from .train import expected_calibration_error


@dataclass(frozen=True)
class GoldLine:
    id: str
    text: str
    labels: frozenset[str]
    ambiguous: frozenset[str]
    actors: frozenset[str] | None
    actors_optional: frozenset[str]

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> GoldLine:
        """A gold line; ``ValueError`` names what is wrong with one that is not (as ANNOTATION.md
        and ../shared/eval/README.md define it)."""
        if not isinstance(record, dict):
            raise ValueError(f"a JSON object expected, not {type(record).__name__}")
        if "id" not in record:
            raise ValueError("no 'id'")
        if not isinstance(record.get("text"), str):  # an empty one is a line too (petr2_gsr has one)
            raise ValueError("no 'text' string")
        for key in ("labels", "ambiguous"):
            value = record.get(key) or []
            if not isinstance(value, list) or any(label not in LABELS for label in value):
                raise ValueError(f"'{key}' must be a list of {', '.join(LABELS)}, not {value!r}")
        for key in ("actors", "actors_optional"):
            value = record.get(key)
            if value is not None and (not isinstance(value, list) or not all(isinstance(c, str) for c in value)):
                raise ValueError(f"'{key}' must be a list of codes or null, not {value!r}")
        actors = record.get("actors")
        return cls(
            id=str(record["id"]),
            text=record["text"],
            labels=frozenset(record.get("labels") or ()),
            ambiguous=frozenset(record.get("ambiguous") or ()),
            actors=None if actors is None else frozenset(actors),
            actors_optional=frozenset(record.get("actors_optional") or ()),
        )


@dataclass(frozen=True)
class Prediction:
    labels: frozenset[str]
    actors: frozenset[str]
    scores: Mapping[str, float] | None = None  # per label, the highest over the document's sentences


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "fp": fp, "fn": fn}


def score(gold: Sequence[GoldLine], predicted: Sequence[Prediction]) -> dict[str, Any]:
    """Per-label P/R/F1, macro-F1 over scored labels, and state-actor P/R."""
    per_label: dict[str, Any] = {}
    scored = [label for label in LABELS if any(label in g.labels for g in gold)]
    for label in LABELS:
        tp = fp = fn = 0
        for g, p in zip(gold, predicted, strict=True):
            if label in g.ambiguous:
                continue
            tp += label in g.labels and label in p.labels
            fp += label not in g.labels and label in p.labels
            fn += label in g.labels and label not in p.labels
        per_label[label] = {**_prf(tp, fp, fn), "scored": label in scored}
    macro = sum(per_label[label]["f1"] for label in scored) / len(scored) if scored else 0.0
    tp = fp = fn = 0
    actor_lines = 0
    for g, p in zip(gold, predicted, strict=True):
        if g.actors is None or not g.labels:
            continue
        actor_lines += 1
        gold_states = {c for c in g.actors if c in STATE_CODES} - g.actors_optional
        pred_states = {c for c in p.actors if c in STATE_CODES} - g.actors_optional
        tp += len(gold_states & pred_states)
        fp += len(pred_states - gold_states)
        fn += len(gold_states - pred_states)
    actors = _prf(tp, fp, fn)
    return {
        "lines": len(gold),
        "labels": per_label,
        "macro_f1": round(macro, 4),
        "actors": {"precision": actors["precision"], "recall": actors["recall"],
                   "tp": tp, "fp": fp, "fn": fn, "lines": actor_lines},
        "calibration": _calibration(gold, predicted, scored),
    }


def _calibration(gold: Sequence[GoldLine], predicted: Sequence[Prediction], scored: list[str]) -> dict[str, float]:
    """Expected calibration error per scored label; empty where a prediction has no scores."""
    if any(p.scores is None for p in predicted):
        return {}
    out = {}
    for label in scored:
        # a document with no sentence (an empty line) asserts nothing: score 0
        pairs = [(p.scores.get(label, 0.0), float(label in g.labels))  # type: ignore[union-attr]
                 for g, p in zip(gold, predicted, strict=True) if label not in g.ambiguous]
        if pairs:
            s, y = np.array(pairs).T
            out[label] = expected_calibration_error(s, y, np.ones_like(s))
    return out


def document_ids(lines: Sequence[GoldLine]) -> list[str]:
    """One document id per gold line: the line's own id, or, where a set repeats an id
    (plover_gsr has two different sentences under one), that id with "#<line number>", so that
    two lines never pool their claims."""
    counts = Counter(g.id for g in lines)
    return [g.id if counts[g.id] == 1 else f"{g.id}#{n}" for n, g in enumerate(lines, 1)]


def predictions_from_claims(ids: Iterable[str], claims: Iterable[Any], with_scores: bool = False) -> list[Prediction]:
    """Union of labels and actor codes of the claims produced for each document id (a sentence
    without a label, as ``extract(all_sentences=True)`` gives, adds neither). ``with_scores``:
    the claims are every sentence's, and each prediction gets the highest score per label."""
    labels: dict[str, set[str]] = {}
    actors: dict[str, set[str]] = {}
    scores: dict[str, dict[str, float]] = {}
    for claim in claims:
        if claim.labels:
            labels.setdefault(claim.doc_id, set()).update(claim.labels)
            actors.setdefault(claim.doc_id, set()).update(a.code for a in claim.actors)
        if with_scores:
            best = scores.setdefault(claim.doc_id, {})
            for label, value in claim.scores.items():
                best[label] = max(best.get(label, 0.0), value)
    return [Prediction(frozenset(labels.get(i, ())), frozenset(actors.get(i, ())),
                       scores.get(i, {}) if with_scores else None) for i in ids]


def format_report(name: str, result: dict[str, Any]) -> str:
    """A small plain-text table of a score result."""
    rows = [f"{name}: {result['lines']} lines, macro-F1 {result['macro_f1']:.3f}"]
    for label, m in result["labels"].items():
        note = "" if m["scored"] else "  (not scored in this set)"
        rows.append(f"  {label:<12} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}{note}")
    a = result["actors"]
    if a["lines"]:
        rows.append(f"  state actors P {a['precision']:.3f}  R {a['recall']:.3f}  ({a['lines']} lines)")
    else:
        rows.append("  state actors (not scored: no line has gold actors and a label)")
    if result.get("calibration"):
        rows.append("  calibration  ECE " + "  ".join(f"{label} {ece:.3f}" for label, ece in result["calibration"].items()))
    return "\n".join(rows)
