"""The claim record: defined once, used by the writer, the tests and the docs.

``claim.schema.json`` beside this file is generated from :class:`Claim` by
``claimex schema -o pipeline/claim.schema.json`` (``make schema``); a test fails when it is stale.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.4"
LABELS: tuple[str, ...] = ("cooperation", "competition", "forecast")

Label = Literal["cooperation", "competition", "forecast"]
ActorKind = Literal["state", "organisation", "person", "group"]
ActorVia = Literal["name", "capital", "demonym", "leader", "body", "org", "group", "context", "implied"]
Role = Literal["source", "target"]
Certainty = Literal["high", "medium", "low"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Actor(_Record):
    """An international actor the sentence is about, resolved to a code."""

    text: str = Field(description="The words in the document that name the actor.")
    code: str = Field(
        description="ISO 3166-1 alpha-3 for states (XKX for Kosovo), an upper-case acronym "
        "for organisations and groups."
    )
    kind: ActorKind
    via: ActorVia = Field(
        description="How the code was resolved. implied: the sentence does not name the actor; it is the "
        "member left unsaid of the pair the document is about, and text and offsets are its nearest "
        "mention before the sentence (else the first after), outside the claim."
    )
    start: int = Field(description="Character offset into the document's original text.")
    end: int
    role: Role | None = Field(
        default=None,
        description="source: the actor is (or modifies) the subject; target: an object; "
        "null where the parse does not say (or parsing is off).",
    )


class Attribution(_Record):
    """Who the claim is attributed to, for reported speech and belief."""

    speaker: str = Field(description="The speaker as the text names them; for a pronoun ('He added', "
                         "'Her ministry said'), the person it stands for, as named earlier.")
    speaker_code: str | None = Field(description="The speaker's actor code, where resolved.")
    cue: str = Field(description="The reporting word: said, added, believes, according, quoted...")
    quote: bool = Field(description="True when the claim contains a direct quotation.")
    start: int = Field(description="Offsets of the speaker in the original text.")
    end: int
    date: str | None = Field(
        default=None,
        description="ISO date of the statement where the sentence names it ('said on Dec 14'), "
        "resolved against the document date; a later sentence of a quotation keeps its day; null otherwise.",
    )


class TimeExpression(_Record):
    """A time expression in the claim, normalised against the document date."""

    text: str
    date: str | None = Field(description="ISO date (YYYY-MM-DD) where the text names a day; null for vague ones.")
    period: str | None = Field(
        default=None,
        description="ISO 8601 at the precision the text names: YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY or YYY (a decade) "
        "('May 2020' 2020-05, 'last year' against the document date); null where it names no calendar unit.",
    )
    start: int
    end: int


class Entity(_Record):
    """Any entity found in the sentence, whether or not it is an actor."""

    text: str
    label: str = Field(description="spaCy entity label (GPE, NORP, ORG, PERSON, DATE, ...).")
    start: int
    end: int
    code: str | None = Field(description="Actor code where the gazetteer resolves one.")


class DocInfo(_Record):
    """What is known about the document the claim comes from."""

    title: str | None = None
    date: str | None = Field(default=None, description="ISO date (YYYY-MM-DD) where known.")
    author: str | None = None
    url: str | None = None
    source: str | None = Field(default=None, description="Input path or the record's source.")
    text_sha256: str | None = Field(
        default=None, description="SHA-256 of the document's text: with doc_id, what --resume matches on.")
    source_format: Literal["text", "jsonl", "html"] = Field(
        default="text", description="How the text was obtained: a text file, a JSONL record, or "
        "the main text of an HTML page (offsets then index that extracted text).")


class ModelInfo(_Record):
    name: str
    version: str


class Claim(_Record):
    """One sentence that asserts cooperation or competition, or makes a forecast."""

    schema_version: Literal["1.4"] = SCHEMA_VERSION
    claim_id: str = Field(description="Stable id: '<doc_id>:<sentence_index>'.")
    doc_id: str
    sentence_index: int = Field(ge=0, description="Index of the sentence in the document body.")
    start: int = Field(ge=0, description="Offset into the original text: text == original[start:end].")
    end: int = Field(ge=0)
    text: str
    labels: list[Label]
    scores: dict[Label, float] = Field(description="Calibrated score in [0, 1] for each label.")
    actors: list[Actor]
    dyads: list[tuple[str, str]] = Field(description="Unordered pairs of distinct actor codes, each sorted.")
    attribution: Attribution | None = Field(description="null for the author's own voice.")
    time: list[TimeExpression]
    certainty: Certainty | None = Field(description="How sure a forecast is; null unless labelled forecast.")
    certainty_cue: str | None = Field(description="The word that sets the certainty (will, likely, may...).")
    negated: bool | None = Field(description="True for a negated forecast (will not, does not expect).")
    entities: list[Entity]
    doc: DocInfo
    model: ModelInfo


def claim_json_schema() -> str:
    """Return the JSON Schema of :class:`Claim` as stable, pretty-printed text."""
    schema = Claim.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "claimex/claim.schema.json"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
