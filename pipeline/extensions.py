"""Every ``._`` attribute claimex sets on spaCy objects, declared once."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def register_extensions() -> None:
    """Declare the custom attributes; safe to call more than once."""
    doc_attrs: dict[str, object] = {
        "furniture": [],  # list[clean.Furniture] (start, end, kind) of page furniture, from claims_clean
        "header": None,  # clean.Header
        "doc_date": None,  # ISO date used to resolve office holders
        "scores": None,  # list[dict[label, float]] per body sentence, from claims_classify
    }
    for name, default in doc_attrs.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    span_attrs: dict[str, object] = {
        "code": None,  # actor code resolved by claims_entities
        "kind": None,  # state / organisation / person / group / place / nonstate
        "via": None,  # name / capital / demonym / leader / body / org / group / context
    }
    for name, default in span_attrs.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
