"""Score who-said-it and when on whole articles: attribution, statement dates and time periods.

    python scripts/attribution_eval.py [corpus/attribution] [--errors]

Each ``NAME.txt`` in the folder is an article (with its page header, so the document date comes
from the text, as it does for a user); ``NAME.gold.jsonl`` has one line per body sentence:
``{sentence, speaker, cue, quote, statement_date, times: [{text, period}]}`` (speaker null for
the author's own voice). The pipeline runs on the article with every sentence written, and each
gold sentence is matched to the output sentence that overlaps it most. Scores:

- speaker: over the sentences the gold attributes, the share whose speaker matches (the same
  words, one contains the other: "Foreign Minister Touhid Hossain" and "Touhid Hossain", or a
  later mention by family name: "Ms Fahmy" for "Rania Fahmy");
- author's voice: over the sentences the gold leaves unattributed, the share given no speaker;
- cue, quote and statement date: over the sentences whose speaker matches and that have a cue of
  their own (a later sentence of a quotation scores its speaker only: the pipeline gives it the
  quotation's cue and day);
- time: over the gold time expressions, the share found (overlapping text) with the gold period;
- state actors, where the gold has them (a sentence's parties, including those named only through
  context: "both sides", "he", "the government"): actor_found is recall (gold codes the
  sentence's actors carry), actor_right precision (the sentence's codes that are gold; codes in
  ``actors_optional`` count neither way), as ../shared/eval/README.md scores them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.build import Extractor  # noqa: E402
from pipeline.entities import STATE_CODES  # noqa: E402
from pipeline.io import Document  # noqa: E402
from pipeline.schema import Claim  # noqa: E402


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().replace("’", "'").removeprefix("the ").split())


_HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss", "dr", "dr."}


def same_speaker(gold: str, found: str) -> bool:
    """The same words, one inside the other ("Foreign Minister Touhid Hossain" and "Touhid
    Hossain"), or a later mention of a name given in full: "Ms Fahmy" for "Rania Fahmy", "Ms
    Park" for "Park Seo-yeon" (family names come first in some languages)."""
    g, f = _norm(gold), _norm(found)
    if not (g and f):
        return False
    if g == f or g in f or f in g:
        return True
    short, full = sorted(([w for w in name.split() if w not in _HONORIFICS] for name in (g, f)), key=len)
    return len(short) == 1 and len(full) >= 2 and short[0] in (full[0], full[-1])


def score_article(extractor: Extractor, txt: Path, gold_path: Path) -> tuple[dict[str, list[bool]], list[str]]:
    text = txt.read_text(encoding="utf-8")
    claims = [c for c in extractor.extract([Document(id=txt.stem, text=text)], all_sentences=True)
              if isinstance(c, Claim)]
    with gold_path.open(encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    results: dict[str, list[bool]] = {k: [] for k in ("speaker", "author", "cue", "quote", "date", "time",
                                                      "actor_found", "actor_right")}
    errors: list[str] = []
    cursor = 0
    for g in gold:
        start = text.find(g["sentence"], cursor)
        if start < 0:
            raise SystemExit(f"{gold_path}: sentence not in {txt.name}: {g['sentence'][:60]!r}")
        end = cursor = start + len(g["sentence"])
        claim = max(claims, key=lambda c: min(end, c.end) - max(start, c.start))
        found: Any = claim.attribution
        if g["speaker"] is None:
            results["author"].append(found is None)
            if found is not None:
                errors.append(f"{txt.stem}: author's voice, found {found.speaker!r} ({found.cue}): {g['sentence'][:90]}")
        else:
            ok = found is not None and same_speaker(g["speaker"], found.speaker)
            results["speaker"].append(ok)
            if not ok:
                errors.append(f"{txt.stem}: speaker {g['speaker']!r}, found "
                              f"{found.speaker if found else None!r}: {g['sentence'][:90]}")
            elif g["cue"] is not None:  # a quotation's later sentence (no cue of its own): the speaker only
                results["cue"].append(_norm(g["cue"]) == _norm(found.cue))
                if _norm(g["cue"]) != _norm(found.cue):
                    errors.append(f"{txt.stem}: cue {g['cue']!r}, found {found.cue!r}: {g['sentence'][:90]}")
                results["quote"].append(bool(g["quote"]) == found.quote)
                if bool(g["quote"]) != found.quote:
                    errors.append(f"{txt.stem}: quote {g['quote']}, found {found.quote}: {g['sentence'][:90]}")
                results["date"].append(g.get("statement_date") == found.date)
                if g.get("statement_date") != found.date:
                    errors.append(f"{txt.stem}: statement date {g.get('statement_date')}, found {found.date}: "
                                  f"{g['sentence'][:90]}")
        if g.get("actors") is not None:
            gold_codes, optional = set(g["actors"]), set(g.get("actors_optional") or ())
            codes = {a.code for a in claim.actors if a.code in STATE_CODES}
            results["actor_found"] += [c in codes for c in sorted(gold_codes)]  # recall
            results["actor_right"] += [c in gold_codes for c in sorted(codes - optional)]  # precision
            if gold_codes - codes or codes - gold_codes - optional:
                errors.append(f"{txt.stem}: actors missed {sorted(gold_codes - codes)} extra "
                              f"{sorted(codes - gold_codes - optional)}: {g['sentence'][:90]}")
        t_cursor = start
        for t in g.get("times", []):  # in text order: "expires in December" after "12 December 1996"
            t_start = text.find(t["text"], t_cursor, end)
            t_end = t_cursor = t_start + len(t["text"])
            periods = [p.period for p in claim.time if min(t_end, p.end) > max(t_start, p.start)]
            ok = t_start >= 0 and t["period"] in periods if t["period"] else not any(periods)
            results["time"].append(ok)
            if not ok:
                errors.append(f"{txt.stem}: time {t['text']!r} {t['period']}, found {periods}: {g['sentence'][:90]}")
    return results, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("corpus/attribution"))
    parser.add_argument("--errors", action="store_true", help="print every mismatch")
    args = parser.parse_args()
    extractor = Extractor()
    total: dict[str, list[bool]] = {}
    for txt in sorted(args.folder.glob("*.txt")):
        results, errors = score_article(extractor, txt, txt.with_suffix(".gold.jsonl"))
        for key, values in results.items():
            total.setdefault(key, []).extend(values)
        cells = "  ".join(f"{k} {sum(v)}/{len(v)}" for k, v in results.items())
        print(f"{txt.stem}: {cells}")
        if args.errors:
            for line in errors:
                print(f"  {line}")
    print("all: " + "  ".join(f"{k} {sum(v) / len(v):.2f} ({sum(v)}/{len(v)})" for k, v in total.items() if v))


if __name__ == "__main__":
    main()
