"""Build the spaCy pipeline from config.cfg and run documents through it.

``build_nlp()`` loads the base model once, with the pipes no stage uses excluded, and adds the
claimex stages in the order config.cfg gives. ``extract()`` streams documents through it in
batches and yields claim records, or an error for each document that failed, so a bad document
never loses the good ones beside it. A document longer than ``nlp.window_chars`` goes through
the pipeline on its own, its statistical pipes over windows of the text (``windows.py``).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc
from spacy.util import compile_infix_regex
from thinc.api import Config

from . import clean, entities, sentences  # noqa: F401 - registers the factories
from .classify import RUNTIMES, ModelCard, resolve_model_dir
from .clean import FOOTNOTE_MARK, parse_date
from .errors import ClaimexError, ConfigError, InputError, ModelError
from .extensions import register_extensions
from .io import Document
from .schema import LABELS, Claim, ModelInfo
from .sentences import TITLE_ABBREVIATIONS
from .windows import WindowedPipeline

log = logging.getLogger(__name__)

CONFIG_PATH = Path(__file__).parent / "config.cfg"


@dataclass(frozen=True)
class DocumentError:
    """A document or input that could not be processed: one line of ``--errors FILE``."""

    path: str | None
    line: int | None
    doc_id: str | None
    kind: str  # "input" (unreadable) or the exception class that processing raised
    message: str  # one line, naming the input


def load_config(path: Path | None = None, overrides: dict[str, Any] | None = None) -> Config:
    """The pipeline config, with ``overrides`` ("nlp.max_chars": 1000) applied; ``ConfigError``
    names a value of the wrong kind ("--set nlp.max_chars=abc") before any work is done."""
    path = path or CONFIG_PATH
    try:
        config = Config().from_disk(path, overrides=overrides or {})
    except Exception as exc:  # thinc raises several types for a bad config
        raise ConfigError(f"{path}: cannot read config: {exc}") from exc
    for key, ok, kind in _CHECKS:
        section, _, name = key.rpartition(".")
        values = config
        for part in section.split("."):
            values = values.get(part, {}) if isinstance(values, dict) else {}
        if isinstance(values, dict) and name in values and not ok(values[name]):
            raise ConfigError(f"{key} must be {kind}, not {values[name]!r}")
    return config


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def is_iso_day(value: Any) -> bool:
    """Whether ``value`` is a calendar day written YYYY-MM-DD."""
    try:
        return isinstance(value, str) and date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _share(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1


# the values that a typo (--set nlp.max_chars=abc) would otherwise turn into a traceback mid-run
_CHECKS: list[tuple[str, Callable[[Any], bool], str]] = [
    ("components.claims_clean.default_date", lambda v: v is None or is_iso_day(v), "a date YYYY-MM-DD or null"),
    ("nlp.max_chars", _whole, "a positive whole number"),
    ("nlp.batch_size", _whole, "a positive whole number"),
    ("nlp.window_chars", _whole, "a positive whole number"),
    ("nlp.parallel_min_documents", lambda v: _whole(v) or (v == 0 and not isinstance(v, bool)), "a whole number, 0 or more"),
    ("nlp.parse", lambda v: isinstance(v, bool), "true or false"),
    ("components.claims_classify.runtime", lambda v: v in RUNTIMES, f"one of {', '.join(RUNTIMES)}"),
    ("components.claims_classify.margin", _share, "a number from 0 to below 1"),
    ("components.claims_classify.batch_size", _whole, "a positive whole number"),
    *((f"thresholds.{label}", _share, "a number from 0 (the model's own) to below 1") for label in LABELS),
]


def build_nlp(config: Config | None = None) -> Language:
    """The claimex pipeline: base model pipes and claimex stages, in config order.

    The base model's pipes are sourced into a new Language so that they can run in the order
    the config gives (the parser after the sentence rules, which it then respects).
    """
    register_extensions()
    config = config or load_config()
    nlp_cfg = config["nlp"]
    wanted = list(nlp_cfg["pipeline"])
    if not nlp_cfg.get("parse", True):
        wanted.remove("parser")
    try:
        base = spacy.load(nlp_cfg["base"], exclude=[n for n in nlp_cfg["exclude"] if n not in wanted])
    except OSError as exc:
        raise ModelError(f"spaCy model {nlp_cfg['base']!r} is not installed", fix="run `make install`") from exc
    nlp = spacy.blank(base.lang, vocab=base.vocab)
    nlp.tokenizer = base.tokenizer
    _split_infixes(nlp)
    _split_footnote_marks(nlp)
    for title in TITLE_ABBREVIATIONS:  # "the Hon. Anthony Albanese": "Hon." is one token, no stop
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    nlp.max_length = int(nlp_cfg["max_chars"]) + 1
    base_pipes = {name for name, _ in base.components}
    for name in wanted:
        if name in base_pipes:
            nlp.add_pipe(name, source=base)
            continue
        if name not in config["components"]:
            raise ConfigError(f"pipeline names {name!r}, which is neither a base pipe nor in [components]")
        settings = dict(config["components"][name])
        factory = settings.pop("factory")
        if factory == "claims_gazetteer_ruler":
            _add_gazetteer_ruler(nlp, name, factory, settings, config)
        else:
            nlp.add_pipe(factory, name=name, config=settings)
    return nlp


def _split_infixes(nlp: Language) -> None:
    """Split a hyphen after an abbreviation, as spaCy already does after a word: "U.S.-China" and
    "U.S.-led" become "U.S.", "-", "China" / "led", like "US-China" and "US-led". Without this
    the wire-service spelling is one token that names no state. Split an en or em dash between a
    year and the year or two digits after it, as spaCy already splits a hyphen there: "2026–28"
    and "2026–2028" become "2026", "–", "28" / "2028", like "2026-28", so that the range's two
    ends are found (``timex.date_parts``); not "3–1", "10–12"."""
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[A-Za-z])", r"(?<=(?:1[89]|20)\d\d)[–—](?=\d\d)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[attr-defined]


def _split_footnote_marks(nlp: Language) -> None:
    """Split a footnote's mark off the word or stop before it: "decades.[1] The" becomes
    "decades", ".", "[1]", "The", so that the stop ends its sentence and the mark can be told
    apart (``clean.find_furniture`` makes a mark after a stop page furniture)."""
    suffixes = nlp.tokenizer.suffix_search.__self__.pattern  # type: ignore[attr-defined]  # the model's own
    nlp.tokenizer.suffix_search = re.compile(f"(?:{FOOTNOTE_MARK})$|{suffixes}").search  # type: ignore[attr-defined]


def _add_gazetteer_ruler(nlp: Language, name: str, factory: str, settings: dict[str, Any], config: Config) -> None:
    ruler = nlp.add_pipe(factory, name=name, config=settings)
    gaz = config["components"]["claims_entities"]
    gazetteer = entities.load_gazetteer(gaz["gazetteer"], gaz.get("officeholders"))
    ruler.add_patterns(entities.ruler_patterns(nlp, gazetteer.entries))  # type: ignore[attr-defined]


def iso_date(value: str | None) -> str | None:
    """An input's date as YYYY-MM-DD ("2017-01-16T08:00Z", "Jan 16, 2017"), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return parse_date(value)


class Extractor:
    """The loaded pipeline plus what turning Docs into claims needs."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or load_config()
        self.nlp = build_nlp(self.config)
        # the card says enough; the network itself loads on first use, once per process
        card = ModelCard.read(resolve_model_dir(self.config["components"]["claims_classify"]["model"]))
        self.model_info = ModelInfo(name=card.name, version=card.version)
        configured = self.config["thresholds"]
        self.thresholds = {
            label: float(configured.get(label) or card.thresholds[label]) for label in LABELS
        }
        self.batch_size = int(self.config["nlp"]["batch_size"])
        self.windowed = WindowedPipeline(self.nlp, self.config["nlp"]["windowed"], int(self.config["nlp"]["window_chars"]))
        self.stats: Counter[str] = Counter()

    def extract(
        self, documents: Iterable[Document | InputError], all_sentences: bool = False
    ) -> Iterator[Claim | DocumentError]:
        """Claims for each document in input order; an error in place of a failed document."""
        batch: list[Document] = []
        for item in documents:
            if isinstance(item, InputError):
                yield from self._flush(batch, all_sentences)
                batch = []
                yield DocumentError(item.path, item.line, item.doc_id, "input", str(item))
                continue
            batch.append(item)
            # a long document ends its batch: the Docs of a batch are all held until its claims
            # are made, and one of a long document is large even when made in windows
            if len(batch) >= self.batch_size or len(item.text) > self.windowed.size:
                yield from self._flush(batch, all_sentences)
                batch = []
        yield from self._flush(batch, all_sentences)

    def _flush(self, batch: list[Document], all_sentences: bool) -> Iterator[Claim | DocumentError]:
        if not batch:
            return
        try:
            results = self._process(batch, all_sentences)
        except (ClaimexError, ValueError, RuntimeError) as exc:
            if len(batch) == 1:
                doc = batch[0]
                where = f"{doc.path}:{doc.line}" if doc.line else (doc.path or doc.id)
                yield DocumentError(doc.path, doc.line, doc.id, type(exc).__name__, f"{where}: {exc}")
                return
            log.info("batch failed (%s); retrying its documents one by one", exc)
            for document in batch:
                yield from self._flush([document], all_sentences)
            return
        for claims in results:
            yield from claims

    def _process(self, batch: list[Document], all_sentences: bool) -> list[list[Claim]]:
        from .claims import doc_to_claims

        docs = []
        for document in batch:
            doc = self.nlp.make_doc(document.text)
            doc._.doc_date = iso_date(document.date)
            docs.append(doc)
        processed = self._annotate(docs)
        claims = [
            doc_to_claims(doc, document, self.thresholds, self.model_info, all_sentences)
            for doc, document in zip(processed, batch, strict=True)
        ]
        # counted once the whole batch succeeded: a failed batch is retried document by document
        self.stats["documents"] += len(processed)
        self.stats["sentences"] += sum(len(doc._.scores) for doc in processed)
        return claims

    def _annotate(self, docs: list[Doc]) -> list[Doc]:
        """``docs`` through the pipeline, in order: the short ones together, a long one on its
        own and in windows."""
        short = self.nlp.pipe([doc for doc in docs if not self.windowed.wanted(doc)], batch_size=self.batch_size)
        return [self.windowed(doc) if self.windowed.wanted(doc) else next(short) for doc in docs]
