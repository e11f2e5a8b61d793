"""Stage 4, actors: the international actors each sentence is about.

An actor is an entity whose code the gazetteer resolved and whose kind is a state,
organisation, person (coded by the state or organisation they act for) or armed group. Phrases
that refer to actors named earlier ("both sides", "the two nations", "bilateral") resolve to
the last two distinct states the document named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from .entities import ACTOR_KINDS, STATE_CODES

_PAIR_REFERENCE = re.compile(
    r"\b(both (sides|countries|nations|governments|capitals|men|leaders)|"
    r"the two (sides|countries|nations|governments|capitals|neighbou?rs|powers|leaders|men)|"
    r"bilateral)\b",
    re.I,
)


@dataclass(frozen=True)
class ActorMention:
    text: str
    code: str
    kind: str
    via: str
    start: int
    end: int


class ActorTracker:
    """Walks a document's sentences in order and remembers the states named so far."""

    def __init__(self) -> None:
        self._recent_states: list[str] = []

    def sentence_actors(self, sent: Span) -> list[ActorMention]:
        """Return the actors of ``sent``, then remember its states for later sentences."""
        found: list[ActorMention] = []
        for ent in sent.ents:
            if ent._.code and ent._.kind in ACTOR_KINDS:
                found.append(
                    ActorMention(ent.text, ent._.code, ent._.kind, ent._.via or "name",
                                 ent.start_char, ent.end_char)
                )
        named_states = {a.code for a in found if a.code in STATE_CODES}
        pair = self._last_pair()
        if pair and not (set(pair) <= named_states):
            for m in _PAIR_REFERENCE.finditer(sent.text):
                start = sent.start_char + m.start()
                for code in pair:
                    if code not in named_states:
                        found.append(ActorMention(m.group(0), code, "state", "context",
                                                  start, sent.start_char + m.end()))
                break
        for a in found:
            if a.code in STATE_CODES and a.via != "context":
                self._remember(a.code)
        return found

    def _remember(self, code: str) -> None:
        if code in self._recent_states:
            self._recent_states.remove(code)
        self._recent_states.append(code)

    def _last_pair(self) -> tuple[str, str] | None:
        if len(self._recent_states) < 2:
            return None
        a, b = self._recent_states[-2:]
        return (a, b)
