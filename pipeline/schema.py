"""The claim record: defined once, used by the writer, the tests and the docs.

``claim.schema.json`` beside this file is generated from :class:`Claim` by
``claimex schema -o pipeline/claim.schema.json`` (``make schema``); a test fails when it is stale.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"
LABELS: tuple[str, ...] = ("cooperation", "competition", "forecast")

Label = Literal["cooperation", "competition", "forecast"]
ActorKind = Literal["state", "organisation", "person", "group"]
ActorVia = Literal["name", "capital", "demonym", "leader", "body", "org", "group", "context"]


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
    via: ActorVia = Field(description="How the code was resolved.")
    start: int = Field(description="Character offset into the document's original text.")
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


class ModelInfo(_Record):
    name: str
    version: str


class Claim(_Record):
    """One sentence that asserts cooperation or competition, or makes a forecast."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    claim_id: str = Field(description="Stable id: '<doc_id>:<sentence_index>'.")
    doc_id: str
    sentence_index: int = Field(ge=0, description="Index of the sentence in the document body.")
    start: int = Field(ge=0, description="Offset into the original text: text == original[start:end].")
    end: int = Field(ge=0)
    text: str
    labels: list[Label]
    scores: dict[Label, float] = Field(description="Calibrated score in [0, 1] for each label.")
    actors: list[Actor]
    entities: list[Entity]
    doc: DocInfo
    model: ModelInfo


def claim_json_schema() -> str:
    """Return the JSON Schema of :class:`Claim` as stable, pretty-printed text."""
    schema = Claim.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "claimex/claim.schema.json"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
