"""Long documents: the statistical pipes run over windows of the text, so that memory is bounded.

spaCy's tok2vec, parser and ner hold their activations for every token of the Doc they are
given, about 15 KB a token at the peak for tok2vec and for ner: a document of 1.5 MB took
4.3 GB. :class:`WindowedPipeline` runs a document longer than ``nlp.window_chars`` through the
pipeline in three parts: the pipes before ``nlp.windowed`` (claims_clean, which reads the header
and the furniture of the whole text) on the whole Doc; the windowed pipes (tok2vec to ner) on
windows of about ``window_chars`` characters, each a Doc of its own; and the pipes after them
(the ruler, entity resolution, the classifier) on the whole Doc again. What the windows annotate
(sentence starts, heads, dependency labels, entities) is written back into the whole Doc, so
the later stages and the claims see one document, with its own offsets, and what they take
from earlier sentences (actors, speakers, the document's date) reaches across windows.

A window is cut where the text breaks a line, at a blank line where there is one:
claims_sentences starts a sentence there whatever the models say, so no sentence, head or
entity crosses the cut. Each window also reads ``MARGIN`` tokens of the text on either side of
such a cut and drops their annotations: a model's view of a token reaches a few tokens around
it (tok2vec's four each side, then the parser's and the NER's features), so a token near the
cut is annotated as in the whole document, and the records are those of a run over the whole
Doc. A text with no line break within a window's length is cut after a sentence's final stop,
else at a space, without margins: a sentence starts there, which the whole Doc may not have had.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .clean import Furniture
from .errors import ConfigError

#: tokens of context a window reads on each side of a cut at a line break
MARGIN = 64
# what the windowed pipes annotate, copied back into the whole Doc
_ATTRS = [SENT_START, HEAD, DEP, ENT_IOB, ENT_TYPE]
# places to cut, best last: between two tokens, at a space, after a sentence's final stop, at a
# line break, at a blank line; from _LINE on, a sentence starts there in any run
_TOKEN, _SPACE, _STOP, _LINE, _BLANK_LINE = range(5)

Pipe = Callable[[Doc], Doc]


@dataclass(frozen=True)
class Window:
    """Tokens ``start:end`` of the Doc, annotated in a Doc of tokens ``lo:hi`` (with the margins)."""

    lo: int
    start: int
    end: int
    hi: int


def cut_rank(doc: Doc, i: int) -> int:
    """How good a place to cut the Doc before token ``i`` (> 0) is."""
    prev = doc[i - 1]
    if prev.is_space and "\n" in prev.text:
        return _BLANK_LINE if prev.text.count("\n") > 1 else _LINE
    if not (prev.whitespace_ or prev.is_space):
        return _TOKEN
    if prev.text in {".", "!", "?"} and doc[i].is_title:
        return _STOP
    return _SPACE


def cuts(doc: Doc, size: int) -> list[int]:
    """The tokens where windows of ``doc`` start: each window holds from half of ``size`` to
    ``size`` characters where the tokens allow, and ends at the best place to cut in its second
    half (the latest of the best)."""
    starts = [token.idx for token in doc]
    length = len(doc.text)  # spaCy joins the text anew at each call
    out = [0]
    while length - starts[out[-1]] > size:
        first = bisect_right(starts, starts[out[-1]] + size // 2)
        if first == len(doc):  # one token longer than the rest of the window: no place to cut
            break
        last = max(bisect_right(starts, starts[out[-1]] + size), first + 1)
        out.append(max(range(first, last), key=lambda i: (cut_rank(doc, i), i)))
    return out


def windows(doc: Doc, size: int, margin: int = MARGIN) -> list[Window]:
    """The windows that cover ``doc``, with ``margin`` tokens of context on each side of a cut
    at a line break."""
    bounds = [*cuts(doc, size), len(doc)]
    out = []
    for start, end in pairwise(bounds):
        lo = max(0, start - margin) if start and cut_rank(doc, start) >= _LINE else start
        hi = min(len(doc), end + margin) if end < len(doc) and cut_rank(doc, end) >= _LINE else end
        out.append(Window(lo, start, end, hi))
    return out


def shift_spans(spans: Iterable[Furniture], start: int, end: int) -> list[Furniture]:
    """The furniture spans that overlap ``start:end``, clipped to it, as offsets into it."""
    return [replace(f, start=max(f.start, start) - start, end=min(f.end, end) - start)
            for f in spans if f.start < end and f.end > start]


def annotate_in_windows(doc: Doc, pipes: Sequence[Pipe], size: int) -> Doc:
    """Run ``pipes`` over the windows of ``doc`` and write what they annotate into ``doc``.

    A window's Doc gets the furniture of the text it holds: claims_sentences reads it. The
    tokens stay the whole Doc's (``Span.as_doc``), whatever the tokenizer would make of the
    window's text alone.
    """
    rows = []
    for window in windows(doc, size):
        part = doc[window.lo : window.hi].as_doc()
        offset = doc[window.lo].idx
        part._.furniture = shift_spans(doc._.furniture, offset, offset + len(part.text))
        for pipe in pipes:
            part = pipe(part)
        rows.append(part.to_array(_ATTRS)[window.start - window.lo : window.end - window.lo])
        del part  # the next window's activations need the room
    doc.from_array(_ATTRS, numpy.concatenate(rows))
    return doc


class WindowedPipeline:
    """``nlp``'s pipes for one long Doc: the run of pipes named in ``windowed`` over windows of
    about ``size`` characters, the pipes before and after it over the whole Doc."""

    def __init__(self, nlp: Language, windowed: Iterable[str], size: int) -> None:
        names, windowed = nlp.pipe_names, list(windowed)
        inside = [i for i, name in enumerate(names) if name in windowed]
        if inside and inside != list(range(inside[0], inside[-1] + 1)):
            raise ConfigError(f"nlp.windowed must name pipes that follow each other in nlp.pipeline, not {windowed}")
        first, last = (inside[0], inside[-1] + 1) if inside else (len(names), len(names))
        pipes = [pipe for _, pipe in nlp.pipeline]
        self.before, self.windowed, self.after = pipes[:first], pipes[first:last], pipes[last:]
        self.size = size

    def wanted(self, doc: Doc) -> bool:
        """Whether ``doc`` is long enough to be run in windows."""
        return len(doc.text) > self.size and bool(self.windowed)

    def __call__(self, doc: Doc) -> Doc:
        for pipe in self.before:
            doc = pipe(doc)
        annotate_in_windows(doc, self.windowed, self.size)
        for pipe in self.after:
            doc = pipe(doc)
        return doc
