"""Stage 2, sentences: correct the statistical sentence splitter for news prose.

spaCy's ``senter`` proposes boundaries; the rules here fix what it gets wrong on scraped
articles: a paragraph break always ends a sentence (a line break inside a paragraph hard-wrapped
as a PDF pastes it is a space), page furniture never shares a sentence with prose, a closing
quotation mark after the final stop stays with its sentence (``instantly.”``),
a sentence never starts in the middle of a date ("Dec 14", "Jan 16 , 2017"), at a hyphen glued to
its word ("Non-US"), with a lower-case word or right after a word ("Zhou Haiming"), and one starts after a full stop that ends a date or number ("on Jan. 5.
Thailand ...", "on October 3. “Our ...”"), which the splitter misses.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .clean import soft_breaks

_CLOSERS = {"”", "’", '"', "'", ")", "]", "»"}
_OPENERS = {"“", "‘", '"', "(", "["}
_MONTH_ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
}

# the units a reference counts, abbreviated: "(para. 28)", "(paras. 41-47)", "art. 5", "pp. 12-14", "No. 512"
_REFERENCE_ABBREVIATIONS = frozenset("para paras art arts p pp no nos vol ch sec fig cf".split())

# a title before a name that spaCy's tokenizer does not know as an abbreviation: "the Hon. Anthony
# Albanese", "the Rt. Hon. David Lammy", "Amb. Zhu Qingqiao", and a military rank: "spokesperson, Col.
# Zipporah Kioko," (build.py makes each one token); and a parliament's "hon." in lower case before the
# member it names: "The hon. Lady", "My right hon. Friend", "the hon. Member for Bath"; an Indian honorific:
# "the President of India, Smt. Droupadi Murmu", "Kum. Asha Rao", "Sh. Piyush Goyal"
TITLE_ABBREVIATIONS = frozenset({"Hon.", "hon.", "Rt.", "Amb.", "Cdr.", "Cmdr.", "Brig.", "Supt.", "Insp.",
                                 "Col.", "Lt.", "Gen.", "Maj.", "Capt.", "Adm.", "Sgt.", "Smt.", "Kum.", "Sh."})


def _furniture_token_mask(doc: Doc) -> list[bool]:
    """True for tokens that fall inside a furniture span; not Markdown's emphasis marks, which start
    no sentence ("as **Accra** agreed") and are trimmed off the sentence they open or end."""
    mask = [False] * len(doc)
    for f in doc._.furniture:
        if f.kind == "emphasis":
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                mask[i] = True
    return mask


def boundary_decisions(doc: Doc) -> list[bool]:
    """Return, for each token, whether it starts a sentence after the corrections."""
    proposed = [bool(t.is_sent_start) if i else True for i, t in enumerate(doc)]
    starts = list(proposed)
    furniture = _furniture_token_mask(doc)
    soft = _soft_break_tokens(doc)
    marks = _emphasis_chars(doc)
    for i in range(1, len(doc)):
        token, prev = doc[i], doc[i - 1]
        if i in soft:
            starts[i] = False
            continue
        if i - 1 in soft and i > 1:  # the line break of a wrapped paragraph is a space: "in\nGuayaquil"
            prev = doc[i - 2]
            # a start the splitter proposed at the break or after it, or after a final stop
            starts[i] = proposed[i] or proposed[i - 1] or (_full_stop(prev) and (token.is_title or token.text in _OPENERS))
        if (prev.is_space and "\n" in prev.text) or "\n" in prev.whitespace_:
            starts[i] = True
        elif furniture[i] != furniture[prev.i]:
            starts[i] = True
        elif not starts[i]:
            starts[i] = (_starts_after_a_number(doc, token, prev) or _starts_after_x(token, prev)
                         or _starts_after_a_bracket(token, prev) or _starts_after_an_initialism(token, prev)
                         or _starts_after_an_answer(token, prev, starts) or _starts_after_a_place(token, prev))
            continue
        elif _inside_emphasis(doc, token, marks):
            starts[i] = False  # at emphasis marks inside a sentence: "as __Accra__ and _Lomé_ agreed"
        elif _keeps_with_previous(token, prev) or (prev.i < i - 1 and not _ends_sentence(prev)):
            starts[i] = False  # across a wrapped line's break, only after a stop: not "reporters in\nGuayaquil"
        if starts[i] and _opens_with_a_code(token, prev) and not furniture[prev.i]:
            starts[prev.i], starts[i] = True, False
    return starts


# a name's code of letters and digits: "COP31", "G20", "P5"
_CODE = re.compile(r"[A-Z][A-Za-z]*\d+[A-Za-z]*")


def _opens_with_a_code(token: Token, prev: Token) -> bool:
    """Whether a start the splitter proposed at ``token`` belongs before ``prev``, a code of letters and digits that
    follows a full stop and opens the next sentence with the title after it: "... on Friday morning. COP31 President
    Andre Correa do Lago said ..." (not "morning. COP31" and "President ...")."""
    return (prev.i > 0 and bool(_CODE.fullmatch(prev.text)) and bool(prev.whitespace_)
            and _full_stop(prev.nbor(-1)) and bool(prev.nbor(-1).whitespace_) and token.is_title)


def _soft_break_tokens(doc: Doc) -> set[int]:
    """The whitespace tokens whose line breaks all stand for a space (``clean.soft_breaks``): the
    breaks inside a hard-wrapped paragraph, "his government\nwould impose"."""
    soft = soft_breaks(doc.text)
    if not soft:
        return set()
    return {t.i for t in doc if t.is_space and "\n" in t.text
            and all(t.idx + k in soft for k, c in enumerate(t.text) if c == "\n")}


def _ends_sentence(token: Token) -> bool:
    """Whether ``token`` may end a sentence: a stop ("weeks.", "U.S."), a colon, or a closing
    quotation mark or bracket after a stop ("provide.”")."""
    if token.text in _CLOSERS and token.i > 0:
        token = token.nbor(-1)
    return token.text[-1:] in {".", "!", "?", "…", ":"}


def _full_stop(token: Token) -> bool:
    """Whether ``token`` is a sentence's final stop, or a closing quotation mark after one."""
    if token.text in _CLOSERS and token.i > 0:
        token = token.nbor(-1)
    return token.text in {".", "!", "?", "…"}


def _starts_after_a_number(doc: Doc, token: Token, prev: Token) -> bool:
    """A boundary the splitter missed after a date or number: "published on October 3. “Our
    security ...”", "visited Bangkok on Jan. 5. Thailand welcomed him": a full stop after a
    number, then a space (or a wrapped line's break) and an opening quotation mark or a
    capitalised word."""
    spaced = prev.whitespace_ or prev.i < token.i - 1
    if prev.i < 1 or prev.text != "." or not spaced or not doc[prev.i - 1].like_num:
        return False
    if token.text in {"“", "‘"} or (token.text == '"' and not token.whitespace_):
        return True
    return token.is_title and token.is_alpha


# the abbreviations spaCy's tokenizer splits from their stop, which end no sentence: "Sen. Smith", "Govt. forces"
_SPLIT_ABBREVIATIONS = frozenset("""pres dept sr jr ft mt st univ ave blvd rd ph est vs approx govt min sec atty fr gens cpl
    pvt det rep reps sen sens assn intl natl dist cong admin mme mlle sra sto ste corp inc ltd co bros gov dr prof""".split())


def _starts_after_a_place(token: Token, prev: Token) -> bool:
    """A boundary the splitter missed between two names, a full stop between them: "... had crossed into North Kivu.
    Qatar-mediated talks resumed ...": a stop of its own after a word of three letters or more in lower or title case
    (not an abbreviation the tokenizer splits, ``_SPLIT_ABBREVIATIONS``), then a space and a capitalised word that is
    no initial ("Kivu. J. Smith")."""
    if prev.text != "." or prev.whitespace_ != " " or prev.i < 1 or not (token.is_title and token.is_alpha):
        return False
    word = prev.nbor(-1)
    if word.whitespace_ or not word.is_alpha or len(word) < 3 or word.is_upper or word.lower_ in _SPLIT_ABBREVIATIONS:
        return False
    return not (token.i + 1 < len(token.doc) and token.nbor(1).text == ".")


def _starts_after_x(token: Token, prev: Token) -> bool:
    """A boundary the splitter missed after the social network's one-letter name, which it takes
    for an initial: "congratulated him on X. Dar es Salaam and Lusaka ...", "posted via X. The"."""
    return (prev.text == "X." and prev.i > 0 and prev.nbor(-1).lower_ in {"on", "via"}
            and (token.is_title or token.text in {"“", "‘"} or (token.is_upper and token.is_alpha)))  # "on X. EU officials"


# an initialism with its stops, "U.N.", "U.S.", "E.U.", and the words that open a sentence and never go on a
# name after one ("the U.N. He did not say", not "the U.N. Security Council", "U.S. President")
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
_OPENING_WORDS = frozenset("""He She It They We I You The This These Those There But And Yet However Meanwhile
    His Her Its Their Our A An""".split())


def _starts_after_an_initialism(token: Token, prev: Token) -> bool:
    """A boundary the splitter missed after an initialism's final stop, which it takes for the
    initialism's own: "would not be discussed with the U.N. He did not say whether ...", then a word
    that opens a sentence (``_OPENING_WORDS``)."""
    return (bool(_INITIALISM.fullmatch(prev.text)) and bool(prev.whitespace_) and token.text in _OPENING_WORDS
            and not (token.i + 1 < len(token.doc) and token.nbor(1).text == "."))  # not an initial, "U.S. A. Smith"


_ANSWERS = frozenset({"no", "yes"})


def _starts_after_an_answer(token: Token, prev: Token, starts: list[bool]) -> bool:
    """A boundary the splitter missed after a bare answer that opens its sentence: "No. I'd refer you to
    what the minister said", "Yes. We will"; then a capitalised word (not "No. 10 said", a number)."""
    doc = token.doc
    if prev.text in {"No.", "Yes."}:
        answer = prev
    elif prev.text == "." and prev.i > 0 and doc[prev.i - 1].lower_ in _ANSWERS:
        answer = doc[prev.i - 1]
    else:
        return False
    return (answer.text[:1].isupper() and starts[answer.i] and bool(prev.whitespace_)
            and token.is_title and token.is_alpha)


def _starts_after_a_bracket(token: Token, prev: Token) -> bool:
    """A boundary the splitter missed after a bracket closed after a full stop: "[Translator's note:
    ... quoted widely.] He insisted ...", then a capitalised word or an opening quotation mark."""
    return (prev.text in {"]", ")"} and prev.i > 0 and prev.nbor(-1).text in {".", "!", "?", "…"}
            and bool(prev.whitespace_) and (token.is_title or token.text in {"“", "‘"}))


# a forecast's rating in brackets after the judgement it rates: "(Likely: 70-80%)", "(Highly likely: 90%)", "(Almost
# certain that filling proceeds; military action: remote, under 5%)", "(Low confidence)"
_RATING_TAG = re.compile(r"\((?i:(?:almost|highly|very|most|quite|roughly|about|an?)\s+)?(?i:likely|unlikely|certain|"
                         r"probable|improbable|remote|even chance|possible|realistic possibility|(?:high|moderate|medium|low)"
                         r"\s+(?:confidence|probability|likelihood))\b[^()\n]{0,120}\)|\((?:[^()\n]{0,60}[\s:])?(?:under\s+|over\s+|about\s+)?"
                         r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*%\)")


def _rating_tag(token: Token) -> bool:
    """Whether the bracket opening at ``token`` holds a forecast's rating of the judgement before it
    (``_RATING_TAG``), then ends its line: "... before the end of the year. (Likely: 70-80%)"."""
    line_end = token.doc.text.find("\n", token.idx)
    tail = token.doc.text[token.idx : len(token.doc.text) if line_end == -1 else line_end].rstrip()
    return bool(_RATING_TAG.fullmatch(tail))


def _keeps_with_previous(token: Token, prev: Token) -> bool:
    """Whether a proposed sentence start at ``token`` is really a continuation."""
    if token.text == "(" and _full_stop(prev) and _rating_tag(token):
        return True  # a forecast's rating stays with the judgement it rates: "... this year. (Likely: 70-80%)"
    if token.text in _CLOSERS and token.text not in _OPENERS and prev.text in {".", "!", "?", "…"}:
        return True
    if token.text in {"”", "’"}:
        return True
    if prev.lower_ in _MONTH_ABBREVIATIONS and token.like_num:
        return True
    if prev.text in TITLE_ABBREVIATIONS:
        return True  # "the Hon. Anthony Albanese"
    if token.like_num and prev.text.endswith(".") and _reference(prev):
        return True  # "(para. 28)", "(paras. 41-47)", "art. 5"
    if prev.text in {"(", "["}:
        return True  # no sentence opens inside a bracket: "(individual) [SDGT]."
    if token.text in {"(", "["} and prev.is_alpha:
        return True  # nor at one after a word: "the Nahda Dam [known in Arabic as ...] was inaugurated"
    if prev.text == ")" and prev.i > 0 and not _full_stop(prev.nbor(-1)):
        return True  # a bracket that ends no sentence: "The Southern African Development Community (SADC) observer mission"
    if token.is_punct and token.text in {",", ";", ":", ")", "."}:
        return True
    if token.text in {"-", "‐"} and not prev.whitespace_ and not prev.is_punct:
        return True  # a hyphen glued to its word: "Non-US companies"
    if token.is_lower and token.is_alpha and prev.text not in {".", "!", "?", "…"} | _CLOSERS:
        return True
    if token.is_alpha and prev.is_alpha and prev.whitespace_ == " ":
        return True  # nor between two words with no stop or mark between: "spokesperson Zhou Haiming on Thursday"
    if token.is_alpha and prev.is_digit and prev.whitespace_ == " ":
        return True  # nor after a number: a clock time's zone, "was seized at 0400 GMT on Monday"
    return False


def _reference(stop: Token) -> bool:
    """Whether ``stop`` ends the abbreviation of a reference's unit, "para.", "paras.", "art.",
    "pp.", "No.", as one token or as a word and a stop."""
    word = stop.text[:-1] if stop.text != "." or stop.i == 0 else stop.nbor(-1).text
    return word.lower() in _REFERENCE_ABBREVIATIONS


def body_sentences(doc: Doc) -> list[Span]:
    """The sentences of the article body: furniture, whitespace-only sentences and sentences of
    punctuation only (a stray "*" or "--") left out.

    Each returned Span is trimmed of leading and trailing whitespace tokens.
    """
    out = []
    marks = _emphasis_chars(doc)
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        while tokens and tokens[0].idx in marks:
            tokens.pop(0)
        while tokens and tokens[-1].idx in marks:
            tokens.pop()
        if not tokens or all(t.is_punct for t in tokens):
            continue
        span = doc[tokens[0].i : tokens[-1].i + 1]
        if _in_furniture(doc, span):
            continue
        out.append(span)
    return out


def _inside_emphasis(doc: Doc, token: Token, marks: set[int]) -> bool:
    """Whether a start proposed at ``token`` falls at Markdown's emphasis marks (on them or right after
    them) with no stop before them on their line: "as __Accra__ agreed", not "... last week. **Why?**"."""
    k = token.i - 1
    if token.idx not in marks and doc[k].idx not in marks:
        return False
    while k > 0 and doc[k].idx in marks:
        k -= 1
    return doc[k].idx not in marks and not doc[k].is_space and not _ends_sentence(doc[k])


def _emphasis_chars(doc: Doc) -> set[int]:
    """The offsets of Markdown's emphasis marks ("**" of "**Why go back?**"), clean's "emphasis" spans."""
    return {k for f in doc._.furniture if f.kind == "emphasis" for k in range(f.start, f.end)}


def _in_furniture(doc: Doc, span: Span) -> bool:
    """Whether every word of ``span`` is furniture, of one span or of several side by side: a transcript's
    "QUESTION: (Inaudible.)", a label and a note of the room."""
    over = [f for f in doc._.furniture if f.start < span.end_char and span.start_char < f.end and f.kind != "emphasis"]
    return bool(over) and all(any(f.start <= t.idx and t.idx + len(t) <= f.end for f in over)
                              for t in span if not t.is_space)


def split_long(starts: list[bool], max_tokens: int) -> list[bool]:
    """``starts`` with a forced start every ``max_tokens`` tokens inside longer sentences.

    A run of text without punctuation (a 100,000-character "sentence") would otherwise reach
    the later stages whole; split, it costs what the same text in sentences costs.
    """
    out = list(starts)
    length = 0
    for i, start in enumerate(out):
        if start or length >= max_tokens:
            out[i] = True
            length = 0
        length += 1
    return out


@Language.factory(
    "claims_sentences",
    requires=["doc._.furniture"],
    assigns=["token.is_sent_start"],
    default_config={"max_tokens": 256},
)
def make_sentences(nlp: Language, name: str, max_tokens: int) -> SentenceRules:
    return SentenceRules(max_tokens)


class SentenceRules:
    """Apply :func:`boundary_decisions` to the Doc; no sentence longer than ``max_tokens``."""

    def __init__(self, max_tokens: int) -> None:
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = split_long(boundary_decisions(doc), self.max_tokens)
        # one array write: setting Token.is_sent_start one token at a time is quadratic in
        # the length of the Doc (28 s for 40,000 tokens)
        values = numpy.array([1 if start else -1 for start in starts], dtype="int64").reshape(-1, 1)
        doc.from_array([SENT_START], values.astype("uint64"))  # -1 (not a start) as spaCy stores it
        return doc
