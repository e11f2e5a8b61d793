"""Score the model and the keyword baseline on every public gold set, with confusion and errors.

    .venv/bin/python scripts/eval_report.py [--shared ../shared] [--errors 10] [--json out.json]

The gold sets are for measurement only: nothing here feeds training. Prints a markdown report
(the numbers in models/README.md and README.md come from it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.baseline import keyword_labels  # noqa: E402
from pipeline.build import Extractor  # noqa: E402
from pipeline.entities import STATE_CODES  # noqa: E402
from pipeline.evaluate import GoldLine, Prediction, document_ids, predictions_from_claims, score  # noqa: E402
from pipeline.io import Document  # noqa: E402
from pipeline.schema import LABELS, Claim  # noqa: E402

SETS = ["seed_gold", "plover_gsr", "cameo_news", "petr2_gsr", "future_web"]


def _combo(labels: frozenset[str], scored: list[str]) -> str:
    return "+".join(label[:4] for label in LABELS if label in labels and label in scored) or "none"


def _actor_errors(lines: list[GoldLine], ids: list[str], claims: list[Claim], limit: int) -> None:
    """State codes predicted but not in the gold (by how they were resolved) and gold codes
    missed, over the lines the actor score counts."""
    mentions: dict[str, dict[str, list[tuple[str, str]]]] = {}  # doc -> code -> [(text, via)]
    for claim in claims:
        for actor in claim.actors:
            if actor.code in STATE_CODES:
                mentions.setdefault(claim.doc_id, {}).setdefault(actor.code, []).append((actor.text, actor.via))
    extra_by_via: Counter[str] = Counter()
    errors = []
    for g, doc_id in zip(lines, ids, strict=True):
        if g.actors is None or not g.labels:
            continue
        found = mentions.get(doc_id, {})
        gold = {c for c in g.actors if c in STATE_CODES} - g.actors_optional
        extra = {c: found[c] for c in found if c not in gold and c not in g.actors_optional}
        missed = sorted(gold - set(found))
        extra_by_via.update(named[0][1] for named in extra.values())
        if extra or missed:
            errors.append((g, extra, missed))
    vias = ", ".join(f"{via} {n}" for via, n in extra_by_via.most_common())
    print(f"\nState actors: {sum(len(e) for _, e, _ in errors)} predicted but not gold (by how they were "
          f"resolved: {vias or 'none'}), {sum(len(m) for _, _, m in errors)} gold missed. First {min(limit, len(errors))} of "
          f"{len(errors)} lines:\n")
    for g, extra, missed in errors[:limit]:
        shown = "; ".join(f"{code}: {', '.join(f'{text} ({via})' for text, via in named)}"
                          for code, named in sorted(extra.items()))
        print(f"- `{g.id}` extra [{shown}] missed {missed}: {g.text[:140]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--errors", type=int, default=10)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    extractor = Extractor()
    summary = {}
    for name in SETS:
        path = args.shared / "eval" / f"{name}.jsonl"
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            lines = [GoldLine.from_record(json.loads(line)) for line in fh if line.strip()]
        ids = document_ids(lines)
        documents = [Document(id=i, text=g.text) for i, g in zip(ids, lines, strict=True)]
        claims = [c for c in extractor.extract(documents) if isinstance(c, Claim)]
        predicted = predictions_from_claims(ids, claims)
        model = score(lines, predicted)
        baseline = score(lines, [Prediction(frozenset(keyword_labels(g.text)), frozenset()) for g in lines])
        scored = [label for label in LABELS if model["labels"][label]["scored"]]
        summary[name] = {"model": model, "baseline_macro_f1": baseline["macro_f1"]}
        print(f"## {name} ({len(lines)} lines)\n")
        print("| | macro-F1 | " + " | ".join(f"{label} P/R/F1" for label in scored) + " | state actors P/R |")
        print("|---|---|" + "---|" * len(scored) + "---|")
        for title, result in (("model", model), ("keyword baseline", baseline)):
            cells = [f"{result['labels'][label]['precision']:.2f}/{result['labels'][label]['recall']:.2f}/"
                     f"{result['labels'][label]['f1']:.2f}" for label in scored]
            actors = result["actors"]
            actor_cell = f"{actors['precision']:.2f}/{actors['recall']:.2f}" if title == "model" and actors["lines"] else "–"
            print(f"| {title} | {result['macro_f1']:.3f} | " + " | ".join(cells) + f" | {actor_cell} |")
        confusion: Counter[tuple[str, str]] = Counter()
        errors = []
        for g, p in zip(lines, predicted, strict=True):
            gold_scored = frozenset(g.labels - g.ambiguous)
            pred_scored = frozenset(p.labels - g.ambiguous)
            confusion[(_combo(gold_scored, scored), _combo(pred_scored, scored))] += 1
            if gold_scored != pred_scored:
                errors.append((g, p))
        print("\nConfusion (gold → predicted, scored labels only; most frequent first):\n")
        for (gold, pred), n in confusion.most_common(8):
            print(f"- {gold} → {pred}: {n}")
        print(f"\nFirst {args.errors} errors of {len(errors)}:\n")
        for g, p in errors[: args.errors]:
            print(f"- `{g.id}` gold {sorted(g.labels)} predicted {sorted(p.labels & set(scored))}: {g.text[:160]}")
        if any(g.actors is not None for g in lines):
            _actor_errors(lines, ids, claims, args.errors)
        print()
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
