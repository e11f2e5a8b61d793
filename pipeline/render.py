"""The reader view: articles with their claims marked, as one self-contained HTML page.

The page (``templates/reader.html``, rendered by jinja2 with autoescaping) has every style and
script inline and fetches nothing, so it works offline; a Content-Security-Policy forbids any
request. Every piece of article text goes through the template's escaping; the claim data for
the side panel is embedded with ``tojson``, which escapes ``<``, ``>`` and ``&``, and the
page's script writes it with ``textContent`` only.

Each claim sentence is one ``<mark class="claim">``; inside it, actors, the speaker and time
expressions are marked where they lie within the sentence (a mark inside another is nested; one
that crosses another's edge is left out, and still shown in the side panel).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from .errors import InputError
from .io import Document
from .schema import LABELS, Claim
from .summarize import ClaimTable, GroupBy, GroupRow

TEMPLATE = "reader.html"
COLOURS = {"cooperation": "#2a9d5c", "competition": "#d1495b", "forecast": "#3a6fd8"}
TINTS = {"cooperation": "#c9ecd7", "competition": "#f7cdd3", "forecast": "#d2e0fa"}
CHART_DYADS = 10


@dataclass
class Part:
    """A run of text, or a mark (claim, actor, speaker, time) with the parts inside it."""

    kind: str  # text, claim, actor, speaker, time
    start: int
    end: int
    text: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)
    parts: list[Part] = field(default_factory=list)


@dataclass
class DocView:
    """One article as the template shows it."""

    id: str
    title: str
    meta: list[str]
    parts: list[Part]
    claims: int


def claims_for(document: Document, claims: Iterable[Claim], source: str = "claims") -> list[Claim]:
    """The claims (labels non-empty) that belong to ``document``, checked against its text.

    A claim belongs to the document whose text has the claim's ``doc.text_sha256`` or, where the
    claim has none, whose id is the claim's ``doc_id``. A claim whose offsets do not give its own
    text in the document raises an :class:`InputError` naming ``source``.
    """
    sha = document.sha256
    mine = []
    for claim in claims:
        if not claim.labels or not belongs(claim, document.id, sha):
            continue
        if document.text[claim.start : claim.end] != claim.text:
            raise InputError(source, f"claim {claim.claim_id} does not match the text of {document.id} "
                                     f"at {claim.start}:{claim.end}")
        mine.append(claim)
    return sorted(mine, key=lambda c: (c.start, c.end))


def belongs(claim: Claim, doc_id: str, sha256: str) -> bool:
    """Whether ``claim`` was extracted from the document with this id and text hash: by the
    claim's ``doc.text_sha256``, or by its ``doc_id`` where it has no hash."""
    known = claim.doc.text_sha256
    return known == sha256 if known is not None else claim.doc_id == doc_id


def _marks(claim: Claim) -> list[Part]:
    marks = [Part("actor", a.start, a.end, attrs={"code": a.code, "kind": a.kind, "via": a.via, "role": a.role})
             for a in claim.actors]
    if claim.attribution is not None:
        a = claim.attribution
        marks.append(Part("speaker", a.start, a.end, attrs={"cue": a.cue, "code": a.speaker_code}))
    marks += [Part("time", t.start, t.end, attrs={"date": t.date}) for t in claim.time]
    inside = [m for m in marks if claim.start <= m.start < m.end <= claim.end]
    # outer marks first, so that a mark inside another nests in it
    return sorted(inside, key=lambda m: (m.start, -m.end))


def _nest(marks: list[Part], text: str, start: int, end: int) -> list[Part]:
    """Text runs and marks between ``start`` and ``end``; crossing marks are dropped."""
    out: list[Part] = []
    pos = start
    i = 0
    while i < len(marks):
        mark = marks[i]
        children = []
        j = i + 1
        while j < len(marks) and marks[j].start < mark.end:
            if marks[j].end <= mark.end:
                children.append(marks[j])
            j += 1
        if mark.start >= pos:
            if mark.start > pos:
                out.append(Part("text", pos, mark.start, text[pos : mark.start]))
            mark.parts = _nest(children, text, mark.start, mark.end)
            out.append(mark)
            pos = mark.end
        i = j
    if pos < end:
        out.append(Part("text", pos, end, text[pos:end]))
    return out


def document_parts(text: str, claims: Sequence[Claim]) -> list[Part]:
    """The document as text runs and claim marks (claims that overlap an earlier one are skipped)."""
    out: list[Part] = []
    pos = 0
    for index, claim in enumerate(claims):
        if claim.start < pos:
            continue
        if claim.start > pos:
            out.append(Part("text", pos, claim.start, text[pos : claim.start]))
        labels = [label for label in LABELS if label in claim.labels]
        mark = Part("claim", claim.start, claim.end, attrs={
            "index": index,
            "labels": labels,
            "combo": "+".join(labels),
            "actors": sorted({a.code for a in claim.actors}),
            "title": " · ".join(f"{label} {claim.scores.get(label, 0.0):.2f}" for label in LABELS),
        })
        mark.parts = _nest(_marks(claim), text, claim.start, claim.end)
        out.append(mark)
        pos = claim.end
    if pos < len(text):
        out.append(Part("text", pos, len(text), text[pos:]))
    return out


def claim_data(claim: Claim) -> dict[str, Any]:
    """What the side panel shows for a claim."""
    return {
        "id": claim.claim_id,
        "labels": [label for label in LABELS if label in claim.labels],
        "scores": {label: claim.scores.get(label) for label in LABELS},
        "certainty": claim.certainty,
        "certainty_cue": claim.certainty_cue,
        "negated": claim.negated,
        "actors": [{"text": a.text, "code": a.code, "kind": a.kind, "via": a.via, "role": a.role}
                   for a in claim.actors],
        "dyads": ["-".join(d) for d in claim.dyads],
        "attribution": claim.attribution.model_dump(mode="json") if claim.attribution else None,
        "time": [{"text": t.text, "date": t.date} for t in claim.time],
        "doc_date": claim.doc.date,
    }


def combo_css() -> str:
    """A background for every combination of labels: one band of colour per label."""
    rules = []
    for n in range(1, len(LABELS) + 1):
        for combo in combinations(LABELS, n):
            step = 100 / n
            stops = ", ".join(f"{TINTS[label]} {i * step:.0f}% {(i + 1) * step:.0f}%" for i, label in enumerate(combo))
            rules.append(f'.claim[data-combo="{"+".join(combo)}"] {{ background: linear-gradient(to bottom, {stops}); }}')
    # with a label filter on, the claims left show that label's colour alone
    rules += [f'body[data-solo="{label}"] mark.claim:not(.muted) {{ background: {TINTS[label]}; }}' for label in LABELS]
    rules += [f'body[data-solo="{label}"] mark.claim:not(.muted) .dot:not(.{label}) {{ display: none; }}' for label in LABELS]
    rules += [f".dot.{label} {{ background: {colour}; }}" for label, colour in COLOURS.items()]
    rules += [f'.filter[data-label="{label}"] .swatch {{ background: {colour}; }}' for label, colour in COLOURS.items()]
    return "\n".join(rules)


def _doc_view(number: int, document: Document, claims: list[Claim]) -> DocView:
    info = claims[0].doc if claims else None
    title = (info.title if info else None) or document.title or document.id
    where = document.url or (info.url if info else None) or Path(document.path or document.source or document.id).name
    meta = [v for v in ((info.date if info else None) or document.date,
                        (info.author if info else None) or document.author, where) if v]
    return DocView(id=f"doc-{number}", title=title, meta=meta, parts=document_parts(document.text, claims),
                   claims=len(claims))


def _chart(rows: list[GroupRow]) -> dict[str, Any]:
    """Geometry of the dyad bar chart (grouped bars per dyad), drawn as inline SVG by the template."""
    most = max([max(r.cooperation, r.competition, r.forecast) for r in rows] or [1]) or 1
    label_w, bar_w, bar_h, gap = 64, 170, 5, 6
    bars = []
    y = 4
    for row in rows:
        group = {"key": row.key, "y": y + 1.5 * bar_h + 1, "bars": []}
        for i, label in enumerate(LABELS):
            n = getattr(row, label)
            group["bars"].append({"label": label, "n": n, "x": label_w, "y": y + i * bar_h,
                                  "w": round(bar_w * n / most, 1), "h": bar_h - 1, "colour": COLOURS[label]})
        bars.append(group)
        y += 3 * bar_h + gap
    return {"width": label_w + bar_w + 56, "height": max(y, 10), "groups": bars, "label_w": label_w}


def render_page(documents: Sequence[Document], claims: Sequence[Claim], title: str | None = None,
                source: str = "claims") -> str:
    """The reader page for ``documents`` with their ``claims`` marked (see :func:`claims_for`).

    ``source`` names the claims in an error: the claims file, where they come from one.
    """
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("pipeline", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    views = []
    shown: list[Claim] = []
    for number, document in enumerate(documents):
        mine = claims_for(document, claims, source)
        view = _doc_view(number, document, mine)
        for part in view.parts:
            if part.kind == "claim":
                part.attrs["index"] += len(shown)
        shown += mine
        views.append(view)
    table = ClaimTable.from_claims(shown)
    dyads = table.summarize(GroupBy.dyad, top=CHART_DYADS).rows
    label_counts = Counter(label for c in shown for label in c.labels)
    actor_counts = Counter(code for c in shown for code in {a.code for a in c.actors})
    page_title = title or (views[0].title if len(views) == 1 else f"{len(views)} documents")
    return env.get_template(TEMPLATE).render(
        title=page_title,
        docs=views,
        claims=[claim_data(c) for c in shown],
        labels=[{"name": label, "n": label_counts[label], "colour": COLOURS[label]} for label in LABELS],
        actors=sorted(actor_counts.items(), key=lambda item: (-item[1], item[0])),
        dyads=dyads,
        chart=_chart(dyads),
        combo_css=combo_css(),
        total=len(shown),
    )


def write_page(html: str, output: str) -> None:
    """Write the page to ``output`` (``-`` is stdout), whole or not at all."""
    import sys

    from .io import write_atomic

    if output == "-":
        sys.stdout.write(html)
        return
    write_atomic(Path(output), lambda fh: fh.write(html.encode("utf-8")))
