"""Stage 3, entities: spaCy NER plus a gazetteer entity ruler, each entity resolved to a code.

The gazetteer (``data/gazetteer.jsonl``) lists states, capitals, demonyms, state bodies,
organisations, armed groups, leaders, places and non-state names (newspapers, firms) that must
block a partial match ("Washington Post" is not Washington). Its patterns go to a
``GazetteerRuler`` (spaCy's entity ruler), which runs after ``ner`` and wins where they overlap. Entities the ruler did
not tag are looked up by their normalised text, and PERSON entities also in the Phoenix office
holders table (``data/officeholders.csv``), preferring a term that covers the document's date.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import pycountry
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span, Token

from .clean import _MONTHS, NAME_PARTICLES
from .errors import ConfigError
from .timex import HEAD_TIME

DATA_DIR = Path(__file__).parent / "data"
ACTOR_KINDS = frozenset({"state", "organisation", "person", "group"})
#: The codes scored as states: ISO 3166-1 alpha-3 plus Kosovo's user-assigned XKX.
STATE_CODES = frozenset({c.alpha_3 for c in pycountry.countries} | {"XKX"})


_ENTS = "claimex.ents"  # Doc.user_data key of the entities frozen_ents lists


@contextmanager
def frozen_ents(doc: Doc) -> Iterator[None]:
    """Within the block, :func:`ents_of` takes the document's entities from one list made once.
    spaCy's ``Doc.ents`` and ``Span.ents`` make every entity of the document again at each call:
    asked once a sentence, that costs the length of the document each time, minutes for a text
    of 300,000 characters. The entities must not change inside the block."""
    ents = tuple(doc.ents)
    doc.user_data[_ENTS] = (ents, [e.start for e in ents])
    try:
        yield
    finally:
        doc.user_data.pop(_ENTS, None)


def ents_of(span: Span | Doc) -> list[Span]:
    """``span.ents``, the entities wholly inside ``span`` (or ``doc.ents``), made once per
    document inside :func:`frozen_ents`."""
    doc = span if isinstance(span, Doc) else span.doc
    frozen = doc.user_data.get(_ENTS)
    if frozen is None:
        return list(span.ents)
    ents, starts = frozen
    if isinstance(span, Doc):
        return list(ents)
    out = []
    for i in range(bisect_left(starts, span.start), len(ents)):  # as Span.ents: up to the first that ends after it
        if ents[i].end > span.end:
            break
        out.append(ents[i])
    return out


_TEXT = "claimex.text"  # Doc.user_data key of the document's text, joined once


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy joins it anew from every token at each read,
    and rules that read around an actor or a sentence run many times a document."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def span_text(span: Span | Doc) -> str:
    """``span.text``, cut from :func:`doc_text`: spaCy joins a span's text from its tokens at each
    read. A token has at most one space after it, so the two are the same string."""
    if isinstance(span, Doc):
        return doc_text(span)
    if span.start == span.end:
        return ""
    return doc_text(span.doc)[span.start_char : span.end_char]


def ent_at(doc: Doc, i: int) -> Span | None:
    """The entity that holds token ``i``, if one does; found by bisection inside
    :func:`frozen_ents`, where a scan of every entity at each call would cost the length of the
    document."""
    frozen = doc.user_data.get(_ENTS)
    ents, starts = frozen if frozen is not None else (tuple(doc.ents), [e.start for e in doc.ents])
    k = bisect_right(starts, i) - 1
    return ents[k] if k >= 0 and i < ents[k].end else None


def _country_table() -> list[dict[str, str]]:
    with (DATA_DIR / "curated" / "countries.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


_COUNTRIES = _country_table()


def _leader_offices() -> dict[str, frozenset[str]]:
    with (DATA_DIR / "curated" / "leaders.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    offices: dict[str, set[str]] = {}
    for row in rows:
        offices.setdefault(row["code"], set()).add(row["role"].lower())
    return {code: frozenset(roles) for code, roles in offices.items()}


#: The offices the curated leaders table gives each state or organisation ("president", "prime
#: minister"): whether a state has a president to call "The President".
LEADER_OFFICES = _leader_offices()
#: ISO codes of dependent or disputed territories (Gibraltar, the Falklands, Western Sahara):
#: the curated table's ``sovereign`` 0. Self-governing ones (Greenland, Hong Kong) are not here.
DEPENDENT_TERRITORIES = frozenset(row["code"] for row in _COUNTRIES if row["sovereign"] == "0")
#: What a bare "Congress" is in a state's news: "legislature" (Peru, the Philippines, the United
#: States) or "party" (India's Congress party); the curated table's ``congress`` column.
CONGRESSES = {row["code"]: {"1": "legislature", "2": "party"}[row["congress"]]
              for row in _COUNTRIES if row["congress"]}
#: The states a form of government names once they are named ("the kingdom": Saudi Arabia,
#: Jordan, ...); the curated table's ``forms`` column, form -> codes.
FORMS = {form: frozenset(row["code"] for row in _COUNTRIES if form in row["forms"].split("|"))
         for form in {f for row in _COUNTRIES for f in row["forms"].split("|") if f}}


#: The states and territories named as a group of islands ("the Falkland Islands", "Solomon Islands"), whom
#: "the Islands' government" may stand for once named.
ISLAND_GROUPS = frozenset(row["code"] for row in _COUNTRIES
                          if any(name.endswith(" Islands") for name in row["names"].split("|")))


def _collective_rows() -> list[dict[str, str]]:
    with (DATA_DIR / "curated" / "collectives.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def _collectives(rows: list[dict[str, str]]) -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    """The curated names for a fixed set of states ("the Baltic states", "the two Koreas")."""
    lead = r"\b(?:(?:all the|the|both|all)\s+)?(?:(?:two|three|four|five|six)\s+)?"
    out = []
    for row in rows:
        aliases = row["aliases"].split("|")
        # an adjective of the pair, "inter-Korean", "cross-Strait", takes no "the" or number of its own
        names = [re.escape(a) for a in aliases if not a[:1].islower()]
        forms = [re.escape(a) for a in aliases if a[:1].islower()]
        parts = ([lead + r"(?:" + "|".join(names) + r")"] if names else []) + (
            [r"\b(?:" + "|".join(forms) + r")"] if forms else [])
        out.append((re.compile(r"(?:" + "|".join(parts) + r")\b", re.I), tuple(row["codes"].split("|"))))
    return out


#: (pattern, state codes) for each name of a fixed set of states, from ``collectives.csv``.
_COLLECTIVE_ROWS = _collective_rows()
COLLECTIVES = _collectives(_COLLECTIVE_ROWS)
#: Any alias of ``COLLECTIVES`` alone: a text it does not find holds none of them (one search, where each
#: pattern's optional lead is tried at every word).
COLLECTIVE_ALIASES = re.compile("|".join(re.escape(a) for row in _COLLECTIVE_ROWS for a in row["aliases"].split("|")),
                                re.I)


def _epithets() -> list[tuple[re.Pattern[str], str]]:
    """The curated epithets of one state ("the world's largest democracy": India), after "the"."""
    with (DATA_DIR / "curated" / "epithets.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    return [(re.compile(r"\b[Tt]he (?:" + "|".join(re.escape(e).replace("'", "['’]") for e in row["epithets"].split("|"))
                        + r")\b"), row["code"]) for row in rows]


#: (pattern, state code) for each epithet that stands for a state the text has named, from ``epithets.csv``.
EPITHETS = _epithets()


def _curated_organisations() -> list[dict[str, str]]:
    """The rows of the curated organisations table."""
    with (DATA_DIR / "curated" / "organisations.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


#: code -> member states of the blocs the curated table lists them for ("AES": MLI, BFA, NER).
BLOC_MEMBERS = {row["code"]: frozenset(row["members"].split("|")) for row in _curated_organisations() if row.get("members")}
#: the organisations the curated table says a Secretary-General heads ("UN", "NATO"; not "AU", whose
#: head is a Chairperson, nor "IGAD", whose head is an Executive Secretary).
SECRETARY_GENERAL_ORGS = frozenset(row["code"] for row in _curated_organisations()
                                   if row.get("head") == "Secretary-General")

#: the lenders the curated table names, a bank or a fund ("IMF", "WB", "ADB"): their mission "to" a
#: state is a visit that deals with it ("the IMF Mission to Ghana").
LENDING_ORGS = frozenset(row["code"] for row in _curated_organisations() if row["name"].split()[-1] in {"Bank", "Fund"})


def _organisation_words() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Code -> the words of its canonical name and of all its names, lower case, from the
    curated organisations ("EU": "european", "union"; and "commission", "court", ...)."""
    with (DATA_DIR / "curated" / "organisations.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    words: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for row in rows:
        names = [row["name"], *row["aliases"].split("|")]
        words[row["code"]] = (frozenset(row["name"].lower().split()),
                              frozenset(w for n in names for w in n.lower().split()))
    return words


#: code -> (words of its canonical name, words of any of its names): what "the Agency" or "the
#: Commission" may stand for ("International Atomic Energy Agency", "European Commission").
ORGANISATION_WORDS = _organisation_words()
#: what "the bloc" and "the alliance" may stand for
BLOCS = frozenset("""EU ASEAN AU ECOWAS GCC SCO BRICS MERCOSUR EAEU CARICOM SADC CELAC EAC IGAD ECCAS AES ALBA SICA
    ANDEAN APEC OAS CIS G7 G20 OPEC EFTA AMU ARABLEAGUE PIF SAARC BIMSTEC V4 BENELUX""".split())
ALLIANCES = frozenset("NATO CSTO AUKUS QUAD FIVEEYES AES".split())

_RESOLVABLE_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
_LEADING = re.compile(r"^(the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"\s*['’]s?$")
_ARTICLE = re.compile(r"\b(al|el)-(?=\w)")
_WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
# the spellings of a name's suffix after its surname, lower case -> the one the lookup keys use
_SUFFIX_FORMS = {"jr": "jr", "jr.": "jr", "jnr": "jr", "jnr.": "jr", "junior": "jr", "sr": "sr", "sr.": "sr",
                 "snr": "sr", "snr.": "sr"}
_SUFFIX_FORM = re.compile(r",? (jr\.?|jnr\.?|junior|sr\.?|snr\.?)$")
# a name's numeral after its surname, which the gazetteer's names may leave out: "Lloyd Austin III"
_NUMERAL_SUFFIX = re.compile(r",? (?:ii|iii|iv)$")
# words of an official's title ("Foreign Minister", "deputy energy minister", "army chief")
_OFFICES = frozenset(
    """minister president premier chancellor secretary ambassador envoy spokesperson spokesman
    spokeswoman general commander chief governor king queen emir prince adviser advisor official
    diplomat negotiator lawmaker senator mp mediator representative commissioner coordinator
    rapporteur director counterpart chairman chairwoman chairperson""".split()
)
# who acts for a state before a court, an office only after the state's possessive: "Ghana's agent"
# (not "a shipping agent", "The firm's lawyer")
_COURT_OFFICES = frozenset("agent agents counsel lawyer lawyers".split())
# Malay honorifics, which the tagger may take for a person of their own ("Datuk Seri")
_HONORIFICS = frozenset({"datuk", "dato", "dato'", "dato’", "datin", "seri", "sri", "tan", "tun", "toh", "puan"})
# a title's short form, as posts and wires write it before a name: "US SecDef Lloyd Austin", "Amb. Linda
# Thomas-Greenfield", "PM Shehbaz Sharif", "Pres. Joe Biden"
_TITLE_SHORT_FORMS = frozenset("secdef secstate secgen secnav amb pres pm fm dpm gen adm lt col maj capt".split())
# words that may precede a name inside a PERSON entity without being a given name
_TITLES = _OFFICES | _HONORIFICS | _TITLE_SHORT_FORMS | frozenset(
    """mr mrs ms dr sir lord lady prime foreign vice deputy sheikh sheikha crown gen lt col adm
    maj capt sgt rev cardinal pope archbishop bishop ayatollah imam marshal field pm fm pres""".split()
)
# titles of courtesy, which any person may bear: "Mr Shehbaz" is no leader by his given name
_COURTESIES = frozenset("mr mrs ms dr sir lord lady".split())
# words of a government office's title that a leader's alias may open with ("Premier Li Qiang",
# "Foreign Minister Wang Yi"); not ranks, royal or religious titles, nor honorifics ("Emir Tamim",
# "Prince Faisal bin Farhan", "Tan Kefei")
_OFFICE_TITLES = frozenset(
    "president premier chancellor minister secretary ambassador prime foreign vice deputy pm fm pres chief executive".split()
)
# head words of a state body that belongs to whichever state owns it ("Russia's Defence Ministry")
_BODY_HEADS = frozenset(
    """ministry government cabinet parliament congress senate assembly army navy military
    police embassy court council office department agency service guard""".split()
)
# what may follow a surname: "Ferdinand Marcos Jr." is "Marcos"
_NAME_SUFFIXES = frozenset({"jr", "jnr", "junior", "sr", "snr", "ii", "iii", "iv"})


def _particle_surname(ent: Span) -> str | None:
    """The family name with its particles, lower case: "de freitas" of "Tarcísio de Freitas"."""
    words = [t for t in ent if t.lower_.rstrip(".") not in _NAME_SUFFIXES]
    first = len(words) - 1
    while first > 1 and words[first - 1].lower_ in NAME_PARTICLES:
        first -= 1
    return " ".join(t.lower_ for t in words[first:]) if first < len(words) - 1 else None


# head words of an institution's name that may hold a state's name without being that state:
# "the United States Institute of Peace", "Korea Development Institute", "University of Tehran"
_INSTITUTION_HEADS = frozenset(
    """institute institution university college school academy foundation endowment center centre
    network society association club museum observatory herald times tribune journal gazette ledger courier
    inquirer chronicle church
    airlines airways chamber""".split()
)
# the last word of an event's, a tournament's or a marketplace's name after a state's name, demonym
# or capital, which ends the name: "the Australian Open", "the Japanese Grand Prix", "the Qatar
# Masters", "the Russian Revolution", "Chinese New Year" ("Year" only so), "the Burma Market" (not "the
# US Open Skies Treaty", nor "Is the US Open to talks?"); the games and the cups a state hosts stay the
# host's ("the Beijing Olympics", "the Qatar World Cup")
_EVENT_HEADS = frozenset("open prix masters revolution year market bazaar souk".split())
# a sport's words and the head words of its bodies, leagues and clubs: a state's name or demonym before
# them, or "in"/"of" a state after the sport, names the sport's body, not the state ("the Pakistan Cricket
# Board", "the Royal Moroccan Football Federation", "the Indian Premier League", "the Board of Control for
# Cricket in India"); a generic "Sports" is no sport's ("the Pakistan Sports Board" is a state's)
_SPORTS = frozenset(
    """cricket football soccer rugby hockey tennis athletics basketball volleyball baseball golf boxing chess
    cycling swimming badminton handball netball squash wrestling judo olympic paralympic premier super""".split()
)
_SPORT_HEADS = frozenset("board boards union federation league council committee club association confederation".split())
# words of a sentence that tell of a sport's teams: "the Mumbai Indians ... the richest clubs"
_SPORT_TALK = _SPORTS | frozenset(
    """club clubs team teams franchise franchises league leagues player players match matches season tournament
    squad""".split()
)
# the plural nouns that end a team's name after its place: "the Delhi Capitals", "the Chennai Super Kings"
_TEAM_NOUNS = frozenset(
    """capitals kings royals knights titans giants warriors strikers sixers chargers lions tigers panthers
    gladiators sultans qalandars daredevils challengers renegades scorchers thunders hurricanes""".split()
)
# the words of a football club's name right before its city or state, and the letters after it:
# "Red Star Belgrade", "Dinamo Zagreb", "Sporting Lisbon", "Hapoel Tel Aviv", "FK Sarajevo", "Ajax
# Amsterdam FC"; the words that are also common English only where the document speaks of a sport
# ("Rapid Vienna", "Union Berlin", "Real Madrid", "Racing Club")
_CLUB_WORDS = frozenset(
    """dinamo dynamo lokomotiv spartak cska partizan steaua levski slavia sparta legia hapoel maccabi beitar
    sporting olympique olympiakos olympiacos fc fk nk sk bk sc afc cf""".split()
)
_CLUB_WORDS_IN_SPORT = frozenset("rapid union real racing athletic atletico inter".split())
_CLUB_AFTER = frozenset("fc sc afc cf".split())
# head words of a company's name that may hold a state's name: "Georgia Power", "Korea Electric";
# such a name gives no code at all, as it speaks for no state
_COMPANY_HEADS = frozenset(
    """power electric electricity electronics motors telecom telecoms telecommunications steel cement cements
    petroleum oil gas energy air airlines airways shipping chemicals mining""".split()
)
# the last word of a company's name after a state's name, demonym or capital, with other words
# between: "the Sudan Chemical Corporation", "Thai Union Group", "Belgrade Beer Industry",
# "Prishtina Mall", "Bukavu Mining SARL", "Abu Dhabi National Oil Co.", "Emirates NBD", "the Nairobi
# Securities Exchange", "Abu Dhabi Ports"
_COMPANY_ENDS = frozenset(
    """corporation corp corp. co co. group industry industries mall sarl ltd ltd. limited inc inc. plc llc holdings
    company works factory plant refinery shipyard shipyards mills exchange ports nbd""".split()
)
# the last word of a marketplace's name after a city's, with a word of its own between: "the Honiara
# Central Market", "the Nairobi City Market", "Kampala Owino Market"
_MARKET_ENDS = frozenset({"market", "bazaar", "souk"})
# what an apposition calls a company: "Digicel Haiti, the mobile operator", "Jamaica Producers Group,
# a Kingston-listed company"
_COMPANY_NOUNS = frozenset(
    """company firm operator carrier lender conglomerate miner manufacturer maker retailer exporter brewer distiller
    airline insurer refiner carmaker automaker chipmaker shipbuilder""".split())
# the last word of an airline's name after a state's name and another word: "Cambodia Angkor Air"
_AIRLINE_ENDS = frozenset({"air", "airlines", "airways"})
# what makes a company word the name of a state's office instead: "the Qatar Energy Ministry",
# "the Senegal Air Force"
_OFFICE_AFTER_COMPANY = _BODY_HEADS | _OFFICES | frozenset(
    {"ministers", "ministries", "authority", "commission", "force", "forces", "self", "marshal", "staff",
     "command", "defence", "defense", "base", "board", "boards"})
# head words of a geographic feature's or a road's name that may hold a state's name: "Barque
# Canada Reef", "the Japan Trench", "the Paraguay River", "the Nairobi Expressway"
_FEATURE_HEADS = frozenset(
    """reef reefs shoal shoals trench atoll cay seamount river waterway expressway railway highway wall strait
    straits bay harbour harbor lagoon""".split()
)
# a council of business after a state's name: "the Pakistan Business Council", "the Kenya Trade Council"
_BUSINESS_WORDS = frozenset("business trade investment industry exporters manufacturers".split())
# words of a statistics office's name: "the Kenya National Bureau of Statistics" reports, it acts for no one
_STATISTICS = frozenset({"statistics", "statistical", "census"})
# head words of an organisation's name "of" a state that a word of its own before the head makes a
# company's or an association's ("the Canola Council of Canada", "the Commercial Bank of Ethiopia"),
# unless that word is one of a state body's (_STATE_BODY_WORDS: "the Central Bank of Kenya")
_OF_STATE_HEADS = frozenset("bank council association federation corporation company foundation society".split())
_STATE_BODY_WORDS = frozenset(
    """central reserve national state federal people's people’s supreme security legislative executive privy
    sovereign sovereignty transitional presidential military revolutionary constitutional judicial electoral
    defence defense""".split())
# head words of a body "for" a state, which is what it deals with, not whose it is: "the Office for
# Kosovo and Metohija" is Serbia's
_FOR_STATE_HEADS = frozenset("office agency council commission institute centre center bureau directorate".split())
# head words of a city's own body or place "of" a capital, which is not the government seated there:
# "the District Court of The Hague", "the Mayor of Kyiv", "the Port of Dakar"
_CITY_HEADS = frozenset("court tribunal mayor municipality city district port governor".split())
# words before a state's name that make it a news agency's, a broadcaster's, a lake's or a university's: "Agência
# Brasil", "Radio Pakistan", "Lake Chad", "Universitas Indonesia"
_HEADS_BEFORE = frozenset("agência agencia agence radio lake universitas universiti".split())
# a broadcaster's or a paper's kind after its name ("France Inter radio"), and a paper's after the
# city it is printed in ("the Santiago daily El Mercurio")
_MEDIA_AFTER = frozenset("radio television tv broadcaster channel daily weekly newspaper".split())
_PAPERS = frozenset("daily weekly newspaper".split())
# a news agency's or a public broadcaster's name after a state's: "the Kenya News Agency", "the
# Saudi Press Agency", "the Rwanda Broadcasting Agency" (not "the Presidential Press Service")
_AGENCY_KINDS = {"news": {"agency"}, "press": {"agency"},
                 "broadcasting": {"agency", "corporation", "company", "system", "service", "network"}}


@dataclass(frozen=True)
class Entry:
    """One alias of the gazetteer."""

    text: str
    code: str | None
    kind: str
    via: str
    label: str
    case_sensitive: bool = False
    valid_from: str | None = None
    valid_to: str | None = None

    @property
    def pattern_id(self) -> str:
        return f"{self.code or '-'}|{self.kind}|{self.via}"

    def covers(self, day: str | None) -> bool:
        """Whether the entry is valid on ``day`` (always, when either side is unknown)."""
        if day is None:
            return True
        return (self.valid_from or "0000") <= day <= (self.valid_to or "9999")


def normalise(text: str) -> str:
    """The lookup key of an entity text: no article, no possessive, single spaces, lower case,
    no accents (news writes "Mahamat Déby" and "Mahamat Deby"), a hyphen between words a space
    ("Abdel-Fattah El-Sisi" is "Abdel Fattah el-Sisi"), and a name's last word "Jnr", "Junior" or
    "Jr." one spelling, "jr" ("Ferdinand Marcos Jnr" is "Ferdinand Marcos Jr.")."""
    text = _POSSESSIVE.sub("", _LEADING.sub("", " ".join(text.split())))
    # the Arabic article with a hyphen or a space: "Abdel Fattah Al Burhan" is "al-Burhan"
    text = _ARTICLE.sub(r"\1 ", fold_accents(text).lower())
    return _SUFFIX_FORM.sub(lambda m: f" {_SUFFIX_FORMS[m.group(1)]}", _WORD_HYPHEN.sub(" ", text))


def fold_accents(text: str) -> str:
    """``text`` without its combining marks: "Goïta" is "Goita"."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Gazetteer:
    """Alias lookup over the curated gazetteer and the office-holder table."""

    def __init__(self, entries: Iterable[Entry], officeholders: Iterable[Entry] = ()) -> None:
        self.entries = list(entries)
        self._exact: dict[str, list[Entry]] = {}
        self._folded: dict[str, list[Entry]] = {}
        for entry in self.entries:
            if entry.case_sensitive:
                self._exact.setdefault(" ".join(entry.text.split()), []).append(entry)
            else:
                self._folded.setdefault(normalise(entry.text), []).append(entry)
        self._people: dict[str, list[Entry]] = {}
        for entry in officeholders:
            self._people.setdefault(normalise(entry.text), []).append(entry)

    @cached_property
    def _names(self) -> dict[str, set[str]]:
        """Code -> its aliases as letters only, lower case; made at the first acronym a document
        defines, not at every start (about 50 ms)."""
        names: dict[str, set[str]] = {}
        for entry in self.entries:
            if entry.code:
                names.setdefault(entry.code, set()).add(_letters(entry.text))
        return names

    def names(self, code: str, name: str) -> bool:
        """Whether ``name`` is one of the gazetteer's names for ``code``, up to case, accents,
        spaces and punctuation ("Kurdistan Workers Party" for "Kurdistan Workers' Party")."""
        return _letters(name) in self._names.get(code, ())

    def names_after_owner(self, code: str, name: str) -> bool:
        """Whether ``name`` is one of the gazetteer's names for ``code`` without another of its
        names before it: "Office for the Coordination of Humanitarian Affairs" for "UN Office for
        the Coordination of Humanitarian Affairs"."""
        letters, names = _letters(name), self._names.get(code, set())
        return bool(letters) and any(n.endswith(letters) and n[: -len(letters)] in names for n in names)

    @classmethod
    def from_files(cls, gazetteer: Path, officeholders: Path | None = None) -> Gazetteer:
        return cls(read_gazetteer(gazetteer), read_officeholders(officeholders) if officeholders else ())

    def lookup(self, text: str, label: str | None = None, day: str | None = None) -> Entry | None:
        """Resolve an entity text to its entry, or None."""
        stripped = _POSSESSIVE.sub("", _LEADING.sub("", " ".join(text.split())))
        candidates = self._exact.get(stripped) or self._folded.get(normalise(text))
        if not candidates and label == "PERSON" and _NUMERAL_SUFFIX.search(normalise(text)):
            candidates = self._folded.get(_NUMERAL_SUFFIX.sub("", normalise(text)))  # "Lloyd Austin III"
        if not candidates and label == "PERSON":
            # the office-holder table names a person by an office held on the day only: it ends about
            # 2014, and an office it leaves open ("Jorge Glas,ECU,GOV,2010-05-01,") is no office held
            # more than OPEN_TERM_YEARS after it began
            candidates = [e for e in self._people.get(normalise(text), []) if _holds(e, day)]
        if not candidates:
            return None
        return _pick(candidates, day)

    @cached_property
    def family_names(self) -> frozenset[str]:
        """The last words of the names of the people the gazetteer and the office-holder table know,
        normalised ("tremonti"): a word that may be a person's surname. Made at first use."""
        people = [e for e in self.entries if e.kind == "person"] + [e for es in self._people.values() for e in es]
        return frozenset(normalise(e.text.split()[-1]) for e in people if e.text.split())

    @cached_property
    def _given(self) -> dict[str, list[Entry]]:
        """The gazetteer's leaders (not the office-holder table) by the first word of their names."""
        given: dict[str, list[Entry]] = {}
        for entry in self.entries:
            words = entry.text.split()
            if entry.kind == "person" and entry.via == "leader" and len(words) > 1 \
                    and words[0].lower().rstrip(".") not in _TITLES:
                given.setdefault(normalise(words[0]), []).append(entry)
        return given

    def given_name(self, word: str, day: str | None) -> Entry | None:
        """The one leader in office on ``day`` whose name opens with ``word`` ("Shehbaz": Shehbaz
        Sharif on a day of his term), else None: none without a day, nor where such leaders
        differ in code."""
        found = [e for e in self._given.get(normalise(word), []) if day and e.valid_from and e.covers(day)]
        return found[0] if found and len({e.code for e in found}) == 1 else None

    def within(self, text: str, day: str | None = None) -> Entry | None:
        """The leader whose name the gazetteer gives, where ``text`` is that name with extra given
        names before it, or inside it where they are known given names, the surname last:
        "Matamela Cyril Ramaphosa" is "Cyril Ramaphosa". The name kept opens with a known given
        name; the longest found wins; none where names of that length differ in code. Not the
        office-holder table, whose many minor names would match by chance ("Mohamed Ahmed Ali" is
        not every "Ahmed Ali"), nor through a particle ("Salim ben Ali" is not "Ben Ali")."""
        words, names = text.split(), given_names()
        for size in range(len(words) - 1, 1, -1):
            found: list[Entry] = []
            for start in range(len(words) - size + 1):
                cut = len(words) - size  # words left out, a run before the surname
                if start + cut >= len(words):
                    continue
                left, kept = words[start : start + cut], words[:start] + words[start + cut :]
                if not all(w.istitle() and w.lower() not in NAME_PARTICLES for w in left):
                    continue
                # the name kept opens with a given name, and one left out inside it is one too: not
                # "Rebelo de Sousa" of "Baltazar Rebelo de Sousa", nor "Mario Pires" of "Mario Lemos Pires"
                if not (kept[0].istitle() and fold_accents(kept[0]).lower() in names) or (start and not all(
                        fold_accents(w).lower() in names for w in left)):
                    continue
                found += [e for e in self._folded.get(normalise(" ".join(kept)), []) if e.kind == "person"]
            if found:
                return _pick(found, day) if len({e.code for e in found}) == 1 else None
        return None

    def terms(self, text: str) -> set[str]:
        """Every code a person of that name has held an office for, in any term: "Michelle
        Bachelet" is CHL and UN."""
        key = normalise(text)
        return {e.code for e in self._folded.get(key, []) + self._people.get(key, [])
                if e.code and e.kind == "person"}


def _letters(text: str) -> str:
    return "".join(c for c in fold_accents(_LEADING.sub("", text)).lower() if c.isalnum())


OPEN_TERM_YEARS = 10


def _holds(entry: Entry, day: str | None) -> bool:
    """Whether an office-holder row's term covers ``day``, an open end read as at most
    ``OPEN_TERM_YEARS`` after the term began (any row with no day, or with no dates)."""
    if day is None:
        return True
    start = entry.valid_from or "0000"
    end = entry.valid_to or (f"{int(start[:4]) + OPEN_TERM_YEARS}{start[4:]}" if entry.valid_from else "9999")
    return start <= day <= end


def _pick(candidates: list[Entry], day: str | None) -> Entry:
    """Prefer an entry valid on ``day``; among those, the latest term (a stable choice)."""
    valid = [c for c in candidates if c.covers(day)] or candidates
    return max(valid, key=lambda c: (c.valid_from or "", c.code or "", c.kind))


def read_gazetteer(path: Path) -> Iterator[Entry]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield Entry(**json.loads(line))


def read_officeholders(path: Path) -> Iterator[Entry]:
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            yield Entry(
                text=row["name"],
                code=row["code"],
                kind="person",
                via="leader",
                label="PERSON",
                valid_from=row.get("valid_from") or None,
                valid_to=row.get("valid_to") or None,
            )


@lru_cache(maxsize=4)
def load_gazetteer(gazetteer: str, officeholders: str | None) -> Gazetteer:
    """Load the gazetteer once per process for each pair of files."""
    paths = [_data_path(gazetteer), _data_path(officeholders) if officeholders else None]
    for path in paths:
        if path is not None and not path.is_file():
            raise ConfigError(f"gazetteer file not found: {path}")
    return Gazetteer.from_files(*paths)


def _data_path(name: str) -> Path:
    path = Path(name)
    return path if path.is_absolute() else DATA_DIR / path


def ruler_patterns(nlp: Language, entries: Iterable[Entry]) -> list[dict[str, Any]]:
    """Patterns for ``GazetteerRuler.add_patterns``: each entry's words as the tokenizer splits
    them, matched on LOWER, or on ORTH for case-sensitive entries ("US", "EU")."""
    words = PhraseWords(nlp)
    # a name with accents also matches without them; the other way round is left to the
    # lookup of the tagger's entities, whose keys have none
    return [{"label": entry.label, "words": words(text), "id": entry.pattern_id, "cased": entry.case_sensitive}
            for entry in entries for text in dict.fromkeys((entry.text, fold_accents(entry.text)))]


class PhraseWords:
    """A phrase's words as ``nlp``'s tokenizer gives them, without running it where it cannot
    split: words of letters only that no tokenizer exception names. Most gazetteer names are
    such, and tokenizing all 15,000 would take half a second of every start."""

    def __init__(self, nlp: Language) -> None:
        self.tokenizer = nlp.tokenizer
        self.exceptions = frozenset(self.tokenizer.rules or ())  # type: ignore[attr-defined]

    def __call__(self, text: str) -> list[str]:
        if text.endswith("-") and len(text) > 1:
            # a combining form, "Sino-": as the tokenizer splits "Sino-Indian", not "Sino-" alone
            return [*self(text[:-1]), "-"]
        words = text.split(" ")
        if all(w.isalpha() and w not in self.exceptions for w in words):
            return words
        return [t.text for t in self.tokenizer(text)]  # type: ignore[misc]


class GazetteerRuler(EntityRuler):
    """spaCy's entity ruler, fed the gazetteer's phrases as words, with a second PhraseMatcher
    on ORTH for the case-sensitive ones.

    spaCy's own ruler would take case-sensitive phrases as token patterns, and its Matcher tries
    every token pattern at every token: 700 of them took 3 s of the ruler's 3.1 s on 2,300
    sentences, where a PhraseMatcher looks each token up once.
    """

    def __init__(self, nlp: Language, name: str, **settings: Any) -> None:
        super().__init__(nlp, name, **settings)
        self.cased_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._person_words: dict[str, set[str]] = {}  # code -> the words of its persons' names
        # an organisation's or group's key -> its names written in lower case: "chemical weapons watchdog"
        self._lower_names: dict[int, set[tuple[str, ...]]] = {}
        self._lower_nonstate: set[str] = set()  # the one-word non-state names written in lower case
        self._demonyms: set[str] = set()  # the one-word demonyms of states, in lower case: "australian"

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:  # type: ignore[override]
        """Add ``{"label", "words", "id", "cased"}`` patterns, as ``ruler_patterns`` makes them."""
        for entry in patterns:
            key = self._create_label(entry["label"], entry["id"])
            self._ent_ids[self.matcher._normalize_key(key)] = (entry["label"], entry["id"])
            doc = Doc(self.nlp.vocab, words=entry["words"])
            self.phrase_patterns[key].append(doc)
            if entry["id"].split("|")[1:2] == ["person"]:
                self._person_words.setdefault(entry["id"].split("|")[0], set()).update(
                    w.lower() for w in entry["words"])
            if entry["id"].split("|")[1:2] == ["nonstate"] and len(entry["words"]) == 1 and entry["words"][0].islower():
                self._lower_nonstate.add(entry["words"][0])
            if entry["id"].split("|")[1:3] == ["state", "demonym"] and len(entry["words"]) == 1:
                self._demonyms.add(entry["words"][0].lower())
            if entry["id"].split("|")[1:2] in (["organisation"], ["group"]):
                lower = self._lower_names.setdefault(self.matcher._normalize_key(key), set())
                if not any(w[:1].isupper() for w in entry["words"]):
                    lower.add(tuple(entry["words"]))
            (self.cased_matcher if entry["cased"] else self.phrase_matcher).add(key, [doc])

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        matches = set(super().match(doc)) | {m for m in self.cased_matcher(doc) if m[1] != m[2]}
        # a known surname after an unknown given name is someone else: "Yasir Abbas" is not
        # "Abbas" (Mahmoud Abbas), so the model's PERSON entity stays. A title before the
        # surname is no given name ("Secretary Blinken", "Sheikh Tamim").
        inside_names = {
            i for ent in doc.ents if ent.label_ == "PERSON"
            for i in range(ent.start + 1, ent.end) if doc[i - 1].lower_.rstrip(".") not in _TITLES
        }
        if inside_names:
            matches = {m for m in matches if not (m[1] in inside_names and self._is_person(m[0]))}
        # a state's name that opens the model's longer PERSON is a given name: "Chad Pereira",
        # "Jordan Peterson" (not "Jordan King Abdullah")
        opening = {ent.start: ent.end for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
        if opening:
            matches = {m for m in matches if not (m[2] < opening.get(m[1], 0) and doc[m[2]].is_title
                                                  and doc[m[2]].lower_.rstrip(".") not in _TITLES
                                                  and self._is_state(m[0]))}
            # and a one-word leader's name that opens it is a given name where the next word is
            # capitalised, unknown and no word of that leader's names: "Assad Shoman Jr." is not
            # Bashar al-Assad (not "Putin Kremlin aides", nor "Tamim Al Thani")
            starts = {m[1] for m in matches}
            matches = {m for m in matches if not (
                m[2] - m[1] == 1 and m[2] < opening.get(m[1], 0) and doc[m[2]].is_title
                and doc[m[2]].lower_.rstrip(".") not in _TITLES | _NAME_SUFFIXES and m[2] not in starts
                and self._is_person(m[0]) and doc[m[2]].lower_ not in self._person_words.get(self._code(m[0]), ()))}
        # a state's name or capital in lower case is a phrase of another language or none:
        # "la Paz" in "Fundación Ideas para la Paz" is not Bolivia's seat of government
        matches = {m for m in matches if not (doc[m[1]].is_lower and doc[m[1]].lower_ not in {"the", "'s", "’s"}
                                              and self._is_state(m[0]))}
        # an organisation's name of capitalised words, written all in lower case, is a common noun's
        # phrase: "a new development bank" is not the New Development Bank
        matches = {m for m in matches if not (
            m[2] - m[1] > 1 and m[0] in self._lower_names and not any(c.isupper() for c in doc[m[1]:m[2]].text)
            and tuple(t.lower_ for t in doc[m[1]:m[2]]) not in self._lower_names[m[0]])}
        # a demonym in capitals amid lower-case words is an acronym: "DANE", Colombia's statistics office
        matches = {m for m in matches if not (m[2] - m[1] == 1 and _acronym(doc[m[1]]) and self._is_demonym(m[0]))}
        # a paper's, a company's or another non-state body's one-word name is a common word written in lower
        # case or inside a longer capitalised name: "the liberation of Mosul", "the Front for the Liberation of
        # Azawad" are not the paper Libération (not "Libération said", "Liberation, the French daily,")
        matches = {m for m in matches if not (m[2] - m[1] == 1 and self._is_nonstate(m[0]) and (
            (doc[m[1]].is_lower and doc[m[1]].text not in self._lower_nonstate) or _inside_a_name(doc, m[1])))}
        # a paper named "The" and a state's demonym is the paper only where the name stands alone: "The
        # Australian reported", "told The Australian", "The Australian's editor", "The Australian newspaper";
        # not where the demonym modifies a noun after it, the state's: "The Australian government", "the
        # Australian prime minister", "The Australian Prime Minister Anthony Albanese", "The Namibian president"
        matches = {m for m in matches if not (
            m[2] - m[1] == 2 and doc[m[1]].lower_ == "the" and doc[m[1] + 1].lower_ in self._demonyms
            and self._is_nonstate(m[0]) and _modifies_a_noun(doc[m[1] + 1]))}
        return sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int]]) -> None:
        """As spaCy's ruler sets them, in time linear in the matches and the entities: spaCy's
        filters the document's entities again after each match it takes (11 s of 45 for a text
        of 300,000 characters)."""
        new_entities = []
        seen_tokens: set[int] = set()
        for match_id, start, end in matches:
            if not self.overwrite and any(t.ent_type for t in doc[start:end]):
                continue
            if start not in seen_tokens and end - 1 not in seen_tokens:
                if match_id in self._ent_ids:
                    label, ent_id = self._ent_ids[match_id]
                    new_entities.append(Span(doc, start, end, label=label, span_id=ent_id))
                else:
                    new_entities.append(Span(doc, start, end, label=match_id))
                seen_tokens.update(range(start, end))
        # the entities that share no token with a match taken, as spaCy keeps them
        entities = [e for e in doc.ents if seen_tokens.isdisjoint(range(e.start, e.end))]
        doc.ents = entities + new_entities

    def _is_person(self, key: int) -> bool:
        _, pattern_id = self._ent_ids.get(key, (None, ""))
        return str(pattern_id).split("|")[1:2] == ["person"]

    def _code(self, key: int) -> str:
        _, pattern_id = self._ent_ids.get(key, (None, ""))
        return str(pattern_id).split("|")[0]

    def _is_nonstate(self, key: int) -> bool:
        _, pattern_id = self._ent_ids.get(key, (None, ""))
        return str(pattern_id).split("|")[1:2] == ["nonstate"]

    def _is_demonym(self, key: int) -> bool:
        _, pattern_id = self._ent_ids.get(key, (None, ""))
        return str(pattern_id).split("|")[1:3] == ["state", "demonym"]

    def _is_state(self, key: int) -> bool:
        _, pattern_id = self._ent_ids.get(key, (None, ""))
        return str(pattern_id).split("|")[1:3] in (["state", "name"], ["state", "capital"])


def _inside_a_name(doc: Doc, i: int) -> bool:
    """Whether word ``i``, capitalised, is inside a longer capitalised name, joined to a capitalised word
    by "for (the)" or "of (the)" before it or after it: "the Front for the Liberation of Azawad"."""
    if not doc[i].is_title:
        return False
    before = i - 2 if i >= 2 and doc[i - 1].lower_ == "the" else i - 1
    if before >= 1 and doc[before].lower_ in {"for", "of"} and doc[before - 1].is_title:
        return True
    after = i + 2 if i + 2 < len(doc) and doc[i + 2].lower_ == "the" else i + 1
    return (i + 1 < len(doc) and doc[i + 1].lower_ in {"for", "of"} and after + 1 < len(doc)
            and doc[after + 1].is_title)


# the nouns a paper's name stands before as the paper still: "The Australian newspaper reported"
_PAPER_NOUNS = _PAPERS | frozenset("newspapers paper broadsheet tabloid website".split())


def _modifies_a_noun(token: Token) -> bool:
    """Whether ``token``, a demonym, is a modifier of a noun after it that is not the paper's own
    kind: "The Australian navy", "the Australian and New Zealand envoys" (not "The Australian
    reported", "The Australian's editor", "The Australian newspaper")."""
    return (token.dep_ in {"amod", "compound", "nmod"} and token.head.i > token.i
            and token.head.lower_ not in _PAPER_NOUNS)


def _acronym(token: Token) -> bool:
    """A word in capitals whose neighbours are not: not a headline's or a dateline's."""
    doc = token.doc
    # the nearest word on each side, past punctuation: "the statistics office, DANE."
    left = next((doc[i] for i in range(token.i - 1, max(-1, token.i - 4), -1) if doc[i].is_alpha), None)
    right = next((doc[i] for i in range(token.i + 1, min(len(doc), token.i + 4)) if doc[i].is_alpha), None)
    neighbours = [t for t in (left, right) if t is not None and "\n" not in doc[min(t.i, token.i):max(t.i, token.i)].text]
    return token.is_upper and len(token) > 2 and bool(neighbours) and not any(t.is_upper for t in neighbours)


@Language.factory(
    "claims_gazetteer_ruler",
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
)
def make_gazetteer_ruler(nlp: Language, name: str, phrase_matcher_attr: str, overwrite_ents: bool) -> GazetteerRuler:
    return GazetteerRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr, overwrite_ents=overwrite_ents)


# the words that open a relative clause, not an apposition: "Mark Rutte, who led the Dutch cabinet"
_RELATIVE_WORDS = frozenset({"who", "whose", "whom", "which", "that"})
# a year, in a date the tagger found: "In 2017", "in March 2019", "during the 2015 talks"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# how a date hangs on its clause's verb: "In 2017 ... barred", "barred ... in March 2019"
_DATE_TO_VERB = {"pobj", "prep", "npadvmod", "nummod", "compound", "amod", "det", "nmod", "quantmod"}


def held_on(ent: Span, day: str | None) -> str | None:
    """The day on which the person ``ent`` names is to hold an office: the document's, or, where the
    main clause of the sentence is dated in an earlier year, the middle of that year ("In 2017 the
    Dutch prime minister at the time, Mark Rutte, barred ...": NLD, not his later NATO office). Not
    a year in a clause of its own ("Rutte, who led the Dutch government in 2015, said") nor one
    after "since"."""
    if not day:
        return day
    doc = ent.doc
    for date_ent in ent.sent.ents:
        year = _YEAR.search(date_ent.text) if date_ent.label_ == "DATE" else None
        if (year is None or year.group() >= day[:4]
                or (date_ent.start > 0 and doc[date_ent.start - 1].lower_ == "since")):
            continue
        chain = [date_ent.root, *date_ent.root.ancestors]
        if all(t.dep_ in _DATE_TO_VERB for t in chain[:-1]) and chain[-1].dep_ == "ROOT":
            return f"{year.group()}-07-01"
    return day


def resolve(ent: Span, gazetteer: Gazetteer, day: str | None) -> tuple[str | None, str | None, str | None]:
    """(code, kind, via) for one entity: from its ruler pattern id, else by lookup."""
    if ent.ent_id_:
        code, kind, via = ent.ent_id_.split("|")
        if kind == "person":
            # the ruler keeps one of several same-named patterns; the term that covers the
            # document's date decides ("Tusk": POL or EU)
            entry = gazetteer.lookup(ent.text, "PERSON", day)
            if entry is not None and entry.kind == "person":
                return entry.code, entry.kind, entry.via
        return (None if code == "-" else code), kind, via
    if ent.label_ not in _RESOLVABLE_LABELS:
        return None, None, None
    entry = gazetteer.lookup(ent.text, ent.label_, day)
    if entry is None and ent.label_ == "PERSON" and len(ent) > 2:
        entry = gazetteer.within(ent.text, day)  # "Matamela Cyril Ramaphosa": Cyril Ramaphosa
    if entry is None or (entry.via == "demonym" and len(ent) == 1 and _acronym(ent[0])):
        return None, None, None
    if entry.kind in ("organisation", "group") and _lower_case_phrase(ent, entry):
        return None, None, None
    return entry.code, entry.kind, entry.via


def _lower_case_phrase(ent: Span, entry: Entry) -> bool:
    """Whether ``ent`` writes a capitalised name of several words all in lower case, a common noun's
    phrase: "the asian development bank" (not "chemical weapons watchdog", a name in lower case)."""
    words = [t for t in ent if t.lower_ not in ("the", "a", "an")]
    return (sum(t.is_alpha for t in words) > 1 and not any(c.isupper() for t in words for c in t.text)
            and entry.text != entry.text.lower())


@Language.factory(
    "claims_entities",
    requires=["doc.ents"],
    assigns=["span._.code", "span._.kind", "span._.via"],
    default_config={"gazetteer": "gazetteer.jsonl", "officeholders": "officeholders.csv"},
)
def make_entities(nlp: Language, name: str, gazetteer: str, officeholders: str | None) -> EntityResolver:
    return EntityResolver(load_gazetteer(gazetteer, officeholders))


class EntityResolver:
    """Set ``span._.code``, ``kind`` and ``via`` on every entity of the Doc."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        _dates_of_entries(doc)
        _join_split_names(doc)
        _title_cut_off(doc)
        day = doc._.doc_date
        self._central_banks(doc, day)
        ministers = self._minister_of_a_ministry(doc)
        self._title_before_full_name(doc, day)
        self._given_name_after_title(doc, day)
        _surnames_again(doc, lambda ent: resolve(ent, self.gazetteer, day)[0] is None)
        _given_names_again(doc, lambda ent: resolve(ent, self.gazetteer, day)[0])
        namesakes = _state_as_surname(doc, lambda ent: resolve(ent, self.gazetteer, day))
        owned_people = self._owned_surnames(doc)
        previous: Span | None = None
        coded: Span | None = None  # the last entity with a code: "Colombian" in "Colombian Defense Minister X"
        sender: Span | None = None  # the one before it: "Chinese" in "Chinese Ambassador to Brazil X"
        # one word of a full name named before -> that name: "Abbas" after "Yasir Abbas",
        # "Wang" after "Wang Wenbin" (surnames first, then given names as a fallback)
        surnames: dict[str, Span] = {}
        given: dict[str, Span] = {}
        resolved = {ent.start: resolve(ent, self.gazetteer, held_on(ent, day) if ent.label_ == "PERSON" else day)
                    for ent in doc.ents}
        _bodies_named_by_state(doc, resolved, self.gazetteer, _korea_as_south(doc, resolved))
        people = {ent.start: person for ent in doc.ents
                  if (person := _capital_as_person(doc, ent, resolved[ent.start][2])) is not None}
        # "De Freitas" after "Tarcísio de Freitas": the person again, whatever the tagger took it for
        particled: dict[str, Span] = {}
        for ent in doc.ents:
            key = _particle_surname(ent) if ent.label_ == "PERSON" else None
            if key:
                particled.setdefault(key, ent)
            elif ent.text.lower() in particled and ent.start not in people:
                people[ent.start] = Span(doc, ent.start, ent.end, label="PERSON")
        if people:
            doc.ents = [people.get(ent.start, ent) for ent in doc.ents]
        made = {person.start for person in people.values()} | namesakes  # "Marcos Lisboa" starts before "Lisboa"
        for ent in doc.ents:
            ent._.code, ent._.kind, ent._.via = (None, None, None) if ent.start in made else resolved[ent.start]
            earlier = particled.get(ent.text.lower())
            if earlier is not None and earlier.start < ent.start and earlier._.code and not ent._.code:
                ent._.code, ent._.kind, ent._.via = earlier._.code, earlier._.kind, earlier._.via
            if ent._.kind == "state" and ent._.via in {"name", "demonym", "capital"} and (
                    _in_institution_name(ent) or _in_group_name(ent, previous) or _in_organisations_name(ent)
                    or _in_mission_name(ent, resolved)):
                # no actor, but the code stays as the institution's home: the state of a speaker
                # such as "an article on the website of the French Institute for ..." (FRA)
                ent._.kind, ent._.via = "nonstate", "nonstate"
            elif ent._.kind in {"state", "place"} and ent._.via in {"name", "demonym", "capital", "place"} \
                    and (_in_company_name(ent) or _body_for(ent) or _organisations_fund(ent) or _charitys_name(ent)
                         or national_team(ent) or _owns_a_company(ent, resolved) or _opens_a_name(ent)
                         or _names_an_event(ent)):
                ent._.code, ent._.kind, ent._.via = None, "nonstate", "nonstate"  # "A Georgia Power spokesman"
            elif ent._.kind in {"state", "organisation", "group"} and _think_tanks_name(ent):
                # "the ISIS Malaysia think tank": an acronym and a state's name in a think tank's name
                ent._.code, ent._.kind, ent._.via = None, "nonstate", "nonstate"
            elif ent._.kind == "organisation" and _in_institution_name(ent):
                # "the ASEAN Studies Centre": a think tank that speaks for no organisation
                ent._.code, ent._.kind, ent._.via = None, "nonstate", "nonstate"
            if ent._.code and _names_a_field(ent):
                ent._.code, ent._.kind, ent._.via = None, "nonstate", "nonstate"  # "the Mubarak oil field"
            owner = _possessor(ent, previous) or _of_state(ent, resolved)
            if owner is not None:
                ent._.code, ent._.kind, ent._.via = owner, "state", "body"
            if ent.start in owned_people and previous is not None and previous._.code in STATE_CODES:
                ent._.code, ent._.kind, ent._.via = previous._.code, "person", "leader"  # "Italy's Tremonti said"
            if ent.label_ == "PERSON" and coded is not None:
                office = _office_of(ent, coded)
                if office is None and sender is not None and _posted_to(coded):
                    office = _office_of(ent, sender)  # "Chinese Ambassador to Brazil Zhu Qingqiao": China's
                # a title outranks what the gazetteer knows of the person: "U.N. mediator Diego
                # Cordovez" acts for the UN, whatever office he held at home, and "Colombian Defense
                # Minister Pedro Sánchez" is not Spain's prime minister of the same name
                if office is not None and (ent._.code is None or coded._.kind == "organisation"
                                           or _capitalised_title(ent, coded)):
                    ent._.code, ent._.kind, ent._.via = office, "person", "leader"
            if ent.label_ == "PERSON" and ent._.code is None and ent.start in ministers:
                ent._.code, ent._.kind, ent._.via = ministers[ent.start], "person", "leader"  # "Minister of ... Akazawa"
            if ent.label_ == "PERSON" and ent._.code is None and _US_PARTY_STATE.match(doc.text, ent.end_char):
                # "Senator Chris Coons (D-Del.)", "Rep. Jane Doe (R-Texas)": a member of the US Congress
                ent._.code, ent._.kind, ent._.via = "USA", "person", "leader"
            if ent.label_ == "PERSON" and ent._.code is None and (head := _head_in_relative_clause(ent, resolved)):
                # "Kwabena Asante-Boateng, who served as president of Ghana from 1997 to 2005, died":
                # a head of state or government, now or before, as the gazetteer's former heads are
                ent._.code, ent._.kind, ent._.via = head, "person", "leader"
            if ent.label_ == "PERSON" and ent._.via == "leader" and resolved[ent.start][2] == "leader" \
                    and _private_namesake(ent):
                ent._.code, ent._.kind, ent._.via = None, None, None  # "Omar Bashir, a lecturer at Garissa University"
            if ent.label_ == "PERSON" and ent._.kind == "person" and (held := self._apposed_term(ent, resolved)):
                ent._.code = held  # "Michelle Bachelet, a former Chilean president": CHL, not her later UN post
            heads = False  # the person heads an organisation here, whatever the surname was before
            if ent.label_ == "PERSON" and (owner := _its_organisation(ent)) is not None:
                ent._.code, ent._.kind, ent._.via = owner, "person", "leader"  # "IGAD ... . Its executive secretary, X"
                heads = True
            if ent.label_ == "PERSON" and (owner := _led_organisation(ent, resolved)) is not None:
                # "the AU High-Level Panel on Sudan, led by Mohamed Ibn Chambas,": the AU's, not ECOWAS's he once led
                ent._.code, ent._.kind, ent._.via = owner, "person", "leader"
                heads = True
            if ent.label_ == "PERSON" and (owner := _office_organisation(ent, resolved)) is not None \
                    and not (ent._.code in STATE_CODES and _chairs_in_turn(ent)):
                # "The Secretary General of the forum, Baron Waqa,": the forum's, not the state he led
                ent._.code, ent._.kind, ent._.via = owner, "person", "leader"
                heads = True
            elif ent.label_ == "PERSON" and ent._.code is None and (
                    owner := _office_of_a_state_body(ent, resolved)) is not None:
                # "The head of the Sudanese Armed Forces delegation, Lt Gen Yasir al-Atta,": Sudan's
                ent._.code, ent._.kind, ent._.via = owner, "person", "leader"
            core = [t for t in ent if t.lower_.rstrip(".") not in _TITLES]
            if ent.label_ == "PERSON" and len(ent) > 1 and len(core) == 1 and ent._.code is None:
                # "Prince Faisal" after "Prince Faisal bin Farhan": a title and one word of a name given before
                named = surnames.get(core[0].text) or given.get(core[0].text)
                if named is not None and named._.code is not None:
                    ent._.code, ent._.kind, ent._.via = named._.code, named._.kind, named._.via
            title = ent[0] if len(ent) > 1 else doc[ent.start - 1] if ent.start > 0 else None
            if ent.label_ == "PERSON" and len(core) == 1 and ent._.code is None and title is not None \
                    and title.lower_.rstrip(".") in _TITLES - _COURTESIES:
                # "PM Shehbaz", "Prime Minister Shehbaz": an office's title and the given name of the one
                # leader in office by that name on the day (not "Mr Shehbaz, a shopkeeper")
                entry = self.gazetteer.given_name(core[0].text, held_on(ent, day))
                if entry is not None:
                    ent._.code, ent._.kind, ent._.via = entry.code, entry.kind, entry.via
            if ent.label_ in {"PERSON", "ORG"} and len(ent) > 1 and ent._.code is None:
                # "Ramirez Lezcano" after "Ruben Ramirez Lezcano": a two-word surname of a name given
                # before, also one the tagger took for a group ("Al-Atta" after "Yasir al-Atta")
                named = surnames.get(ent[-1].text)
                if (named is not None and named._.code is not None and len(named) > len(ent)
                        and [t.lower_ for t in named[-len(ent):]] == [t.lower_ for t in ent]):  # "Al-Atta" of "al-Atta"
                    ent._.code, ent._.kind, ent._.via = named._.code, named._.kind, named._.via
            if ent.label_ == "PERSON" and _named_for_person(ent):
                # "the Kofi Annan International Peacekeeping Training Centre": a place named after him
                ent._.code, ent._.kind, ent._.via = None, "nonstate", "nonstate"
            elif ent.start in owned_people and ent._.code:
                surnames[ent.text] = ent  # "Tremonti" again after "Italy's Tremonti said"
            elif ent.label_ == "PERSON" and len(ent) > 1:
                name = [t for t in ent if t.lower_.rstrip(".") not in _NAME_SUFFIXES] or list(ent)  # "Marcos Jr."
                surnames[name[-1].text] = ent
                # "Lee" after "President Lee Jae-myung": a family name written first
                first = next((t for t in name if t.lower_.rstrip(".") not in _TITLES), name[0])
                given.setdefault(first.text, ent)
            elif (short := _short_name(ent)) is not None:
                surnames[short] = ent  # "Treasury" after "the U.S. Department of the Treasury"
            elif len(ent) == 1 and ent.label_ == "ORG" and ent.text in surnames and _owned(ent):
                pass  # "Britain's Treasury", "the Kenyan Treasury": another state's, whoever was named before
            elif len(ent) == 1 and ent.label_ in {"PERSON", "ORG"} and not heads:
                # (not one a body "chaired by" or "led by" puts at its head here: "ECOWAS, then chaired
                # by Mr Mahama," after "Ghanaian President John Mahama" is ECOWAS's)
                named = surnames.get(ent.text) or given.get(ent.text)
                # a full name the gazetteer does not know never erases a known one: "Biden"
                # after "Hunter Biden" is still the president
                if named is not None and (named._.code is not None or ent._.code is None):
                    ent._.code, ent._.kind, ent._.via = named._.code, named._.kind, named._.via
            previous = ent
            if ent._.code:
                coded, sender = ent, coded
        self._acronyms_as_defined(doc, day)
        return doc

    def _owned_surnames(self, doc: Doc) -> set[int]:
        """Where a state's possessive owns one capitalised word the tagger took for an organisation
        or a group, which the gazetteer knows as a person's family name, right before a verb of saying: a
        person of that state, not a company ("Italy's Tremonti said the deficit would fall"; not
        "Italy's Piaggio said", a name no person of the gazetteer has, nor "Germany's Bosch said it
        would cut jobs", which "it" shows to be a firm, nor one of a list, "Italy's Piaggio and
        Germany's Bosch said"). The entity becomes a person's."""
        found, ents = set(), list(doc.ents)
        for n, ent in enumerate(ents):
            after = doc[ent.end] if ent.end < len(doc) else None
            if not (ent.label_ in {"ORG", "NORP"} and len(ent) == 1 and ent[0].is_title and ent[0].is_alpha and n > 0
                    and ent.start >= 2 and doc[ent.start - 1].lower_ in {"'s", "’s"} and ents[n - 1].end == ent.start - 1
                    and ents[n - 1].label_ == "GPE" and after is not None and after.lower_ in SAYING):
                continue
            follows = doc[ent.end + 1].lower_ if ent.end + 1 < len(doc) else ""
            owner = ents[n - 1]
            listed = owner.start > 0 and doc[owner.start - 1].lower_ in {"and", "or", ",", "&"}
            if follows in {"it", "its", "they", "their"} or listed or normalise(ent.text) not in self.gazetteer.family_names:
                continue  # a firm's "it", or one of names joined ("Italy's Piaggio and Germany's Bosch said")
            ents[n] = Span(doc, ent.start, ent.end, label="PERSON")
            found.add(ent.start)
        if found:
            doc.ents = ents
        return found

    def _title_before_full_name(self, doc: Doc, day: str | None) -> None:
        """A leader's name the gazetteer knows after a title ("Prime Minister Anwar") that the text
        goes on to give in full is the full name, without the title: "Malaysian Prime Minister Anwar
        Ibrahim" names "Anwar Ibrahim", as the gazetteer knows him under the same code."""
        ents, changed = list(doc.ents), False
        for n, whole in enumerate(list(ents)):
            # a leader's alias that opens with the state's demonym ("Chinese President Xi") is the
            # demonym and the titled name: "Chinese" and "President Xi", or "Xi Jinping" in full
            ent = self._after_demonym(doc, whole)
            if ent is not whole:
                demonym = self.gazetteer.lookup(doc[whole.start : ent.start].text, "NORP")
                ents[n], changed = ent, True
                ents.append(Span(doc, whole.start, ent.start, label="NORP",
                                 span_id=f"{demonym.code}|{demonym.kind}|{demonym.via}" if demonym else ""))
            if (ent.label_ == "PERSON" and ent.ent_id_ and ent[0].lower_.rstrip(".") not in _TITLES
                    and self._family_name_first(doc, ent.end - 1, ent.end + 1, ent.ent_id_.split("|")[0], day)):
                # "Foreign Minister Motegi Toshimitsu": a known family name, then the person's own given name
                ents[n], changed = Span(doc, ent.start, ent.end + 1, label="PERSON", span_id=ent.ent_id), True
                continue
            if not (ent.label_ == "PERSON" and ent.ent_id_ and ent[0].lower_.rstrip(".") in _TITLES):
                continue
            start = next((t.i for t in ent if t.lower_.rstrip(".") not in _TITLES), ent.end)
            end = ent.end
            while end < min(ent.end + 3, len(doc)) and doc[end].is_title and doc[end].is_alpha \
                    and not doc[end].ent_type_:
                end += 1
            code = ent.ent_id_.split("|")[0]
            for stop in range(end, ent.end, -1):
                entry = self.gazetteer.lookup(doc[start:stop].text, "PERSON", day)
                if start < ent.end and entry is not None and entry.kind == "person" and entry.code == code:
                    ents[n], changed = Span(doc, start, stop, label="PERSON"), True
                    break
                if start < ent.end and self._family_name_first(doc, start, stop, code, day):
                    # "Prime Minister Takaichi Sanae": the name family name first, the person the alias's
                    ents[n], changed = Span(doc, start, stop, label="PERSON", span_id=ent.ent_id), True
                    break
            else:
                # an alias that gives the full name after an office's title is that name: "Premier
                # Li Qiang" names "Li Qiang" (not "President Connolly", where the title makes the name
                # a leader's, nor "Emir Tamim")
                first = next((t.i for t in ent if t.lower_.rstrip(".") not in _OFFICE_TITLES), ent.end)
                if first > ent.start and ent.end - first >= 2 and doc[first].is_title:
                    ents[n], changed = Span(doc, first, ent.end, label="PERSON", span_id=ent.ent_id), True
        if changed:
            doc.ents = sorted(ents, key=lambda span: span.start)

    def _family_name_first(self, doc: Doc, start: int, stop: int, code: str, day: str | None) -> bool:
        """Two words that are a person the gazetteer knows, written family name first: "Takaichi Sanae" is
        "Sanae Takaichi", where the second word is untagged and the person acts for ``code``."""
        if not (stop - start == 2 and stop <= len(doc) and doc[start + 1].is_title and doc[start + 1].is_alpha
                and doc[start + 1].ent_type_ in {"", "PERSON"}):
            return False
        entry = self.gazetteer.lookup(f"{doc[start + 1].text} {doc[start].text}", "PERSON", day)
        return entry is not None and entry.kind == "person" and entry.code == code

    def _after_demonym(self, doc: Doc, ent: Span) -> Span:
        """The titled name after the demonym of its own state that opens a leader's alias, "President
        Xi" of "Chinese President Xi"; else ``ent`` itself (not a demonym of another state, nor one
        that no title follows)."""
        if not (ent.label_ == "PERSON" and ent.ent_id_ and len(ent) >= 3):
            return ent
        code = ent.ent_id_.split("|")[0]
        for k in (2, 1):
            entry = self.gazetteer.lookup(ent[:k].text, "NORP")
            if len(ent) > k + 1 and ent[k].lower_.rstrip(".") in _TITLES and entry is not None \
                    and entry.via == "demonym" and entry.code == code:
                return Span(doc, ent.start + k, ent.end, label="PERSON", span_id=ent.ent_id)
        return ent

    def _central_banks(self, doc: Doc, day: str | None) -> None:
        """A state's central bank by its name, one the gazetteer does not know, is a body of the state
        named "of" in it: "the Reserve Bank of Malawi", "the Central Bank of Sri Lanka", "the Bank of
        Ghana", "Bank of Ghana Governor ..." (not a lender's "Bank of" a state with no "the" nor title,
        "Bank of Georgia fell 3.1%", nor one the gazetteer names, "Bank of America", "Bank of India")."""
        ents: list[Span | None] = list(doc.ents)
        changed = False
        for n, ent in enumerate(ents):
            if ent is None:
                continue
            start = ent.start - 3 if ent.start >= 3 and doc[ent.start - 1].lower_ == "the" else ent.start - 2
            if start < 0 or [t.text for t in doc[start : start + 2]] != ["Bank", "of"]:
                continue
            code, kind, via = resolve(ent, self.gazetteer, day)
            if kind != "state" or via != "name" or code not in STATE_CODES:
                continue
            before = doc[start - 1] if start > 0 else None
            if before is not None and before.text in _CENTRAL_BANK_WORDS:
                start -= 1  # "the Reserve Bank of Malawi"
            elif (before is None or before.lower_ != "the") and not (ent.end < len(doc) and doc[ent.end].is_title):
                continue  # "Bank of Georgia fell 3.1%": a lender's name
            last = ents[n - 1] if n else None
            if last is not None and last.end > start:
                if last.ent_id_ or last.label_ != "ORG" or last.end > ent.start:
                    continue
                ents[n - 1] = None  # the tagger's "The Reserve Bank" of "The Reserve Bank of Malawi"
            ents[n], changed = Span(doc, start, ent.end, label="ORG", span_id=f"{code}|state|body"), True
        if changed:
            doc.ents = [e for e in ents if e is not None]

    def _minister_of_a_ministry(self, doc: Doc) -> dict[int, str]:
        """The name after "Minister of" and the words of a ministry the gazetteer knows, which the
        tagger ran into one entity with the name at the commas of the ministry's name, is a person:
        "Minister of Economy, Trade and Industry Ryosei Akazawa" names "Ryosei Akazawa" (the
        "Ministry of Economy, Trade and Industry"), and speaks for its state; not a name the
        ministry's words do not end. Returns the start of each such name -> the ministry's code."""
        ents, changed, codes = list(doc.ents), False, {}
        for n, ent in enumerate(ents):
            if not (ent.label_ in {"ORG", "PERSON"} and ent.start >= 2 and doc[ent.start - 1].lower_ == "of"
                    and doc[ent.start - 2].text == "Minister" and len(ent) >= 3):
                continue
            for k in range(ent.end - 2, ent.start, -1):
                rest = ent[k - ent.start :]
                if not (2 <= len(rest) <= 3 and all(t.is_alpha and t.is_title for t in rest)):
                    continue
                entry = self.gazetteer.lookup("Ministry of " + doc[ent.start : k].text, "ORG")
                if entry is not None and entry.kind in {"state", "organisation"}:
                    ents[n], changed, codes[k] = Span(doc, k, ent.end, label="PERSON"), True, entry.code
                    break
        if changed:
            doc.ents = ents
        return codes

    def _given_name_after_title(self, doc: Doc, day: str | None) -> None:
        """A capitalised word the tagger left out after an office's title, that is the given name
        of the one leader in office by that name on the day, is that person: "PM Shehbaz, speaking
        in Lahore, said" (not "Mr Shehbaz", nor a name that goes on, "President Emmanuel Ortega")."""
        found = [doc[i : i + 1] for i in range(1, len(doc))
                 if doc[i].is_title and doc[i].is_alpha and not doc[i].ent_type_
                 and (doc[i - 1].is_title or doc[i - 1].is_upper) and doc[i - 1].lower_.rstrip(".") in _TITLES - _COURTESIES
                 and not (i + 1 < len(doc) and doc[i + 1].is_title)
                 and self.gazetteer.given_name(doc[i].text, day) is not None]
        if found:
            doc.ents = [*doc.ents, *(Span(doc, w.start, w.end, label="PERSON") for w in found)]

    def _apposed_term(self, person: Span, resolved: dict[int, tuple[str | None, str | None, str | None]]) -> str | None:
        """Another code the person held an office for, which the apposition right after the name
        names: "Michelle Bachelet, a former Chilean president," (CHL), else None."""
        doc = person.doc
        if person.end + 1 >= len(doc) or doc[person.end].text != "," or doc[person.end + 1].lower_ in _RELATIVE_WORDS:
            return None  # "Mark Rutte, who led the Dutch cabinet in 2015, said": a clause, not his title
        end = next((t.i for t in doc[person.end + 1 : min(person.end + 8, len(doc))] if t.is_punct), person.end + 8)
        named = {resolved[e.start][0] for e in doc.ents if person.end < e.start and e.end <= end and e.start in resolved}
        held = (named & self.gazetteer.terms(person.text)) - {person._.code}
        return next(iter(held)) if len(held) == 1 else None

    def _acronyms_as_defined(self, doc: Doc, day: str | None) -> None:
        """An acronym the document defines means what its long form means, wherever it stands:
        "the Bureau of Industry and Security (BIS)" is not the Bank for International Settlements,
        "Japan's Self-Defense Forces (SDF)" are not the Syrian Democratic Forces. A long form the
        gazetteer does not know leaves the acronym without a code, unless it is one of the
        gazetteer's names for the acronym's own code, also without another of its names before it
        ("the Office for the Coordination of Humanitarian Affairs (OCHA)": UN). Only an acronym the gazetteer resolves is
        changed: this tells its meanings apart, it does not add one; except an armed group's or a movement's name the
        gazetteer lacks, a front, movement, army or forces "for" or "of" something, which is that group, its long form
        and its later uses coded by the acronym: "the Front for the Liberation of Azawad (FLA) ... . The FLA said"."""
        defined = defined_acronyms(doc)
        defined.update(self._spelled_out(doc, defined))
        _sport_acronyms(doc, defined)
        if not defined:
            return
        meanings: dict[str, tuple[str | None, str | None, str | None]] = {}
        groups: list[Span] = []
        for acronym, long in defined.items():
            named = next((e for e in doc.ents if e.end == long.end and e.start in {long.start, long.start - 1}
                          and e._.code), None)
            if named is not None:
                meanings[acronym] = (named._.code, named._.kind, named._.via)
                continue
            entry = self.gazetteer.lookup(long.text, None, day)
            if entry is not None:
                meanings[acronym] = (entry.code, entry.kind, entry.via)
            elif self._groups_name(long):
                meanings[acronym] = (acronym, "group", "group")
                groups.append(Span(doc, long.start, long.end, label="ORG"))
                groups[-1]._.code, groups[-1]._.kind, groups[-1]._.via = meanings[acronym]
            else:
                meanings[acronym] = (None, None, None)
        armed = {acronym for acronym, meaning in meanings.items() if meaning[1] == "group"}
        if armed:
            # the group's long form is its name, whatever the tagger made of its words ("Liberation", "Azawad"),
            # and its acronym is the group wherever the tagger missed it: "The ADF later attacked"
            for token in doc:
                if token.text in armed and not token.ent_type_ and token.i > defined[token.text].end + 1:
                    groups.append(Span(doc, token.i, token.i + 1, label="ORG"))
                    groups[-1]._.code, groups[-1]._.kind, groups[-1]._.via = meanings[token.text]
            ents = [e for e in doc.ents if not any(e.start < g.end and g.start < e.end for g in groups)]
            doc.ents = sorted([*ents, *groups], key=lambda e: e.start)
        for ent in doc.ents:
            meaning = meanings.get(ent.text)
            if meaning is not None and meaning[1] == "group" and ent.start == defined[ent.text].end + 1:
                continue  # "the Front for the Liberation of Azawad (FLA)": named once, by its long form
            if meaning is not None and not ent._.code and ent.label_ == "ORG" and (
                    meaning[1] in {"organisation", "group"} or (meaning[1:] == ("state", "body")
                                                     and self._names_its_state(defined[ent.text], meaning[0]))):
                # a body of an organisation the gazetteer knows by its long form alone: "the Peace
                # and Security Council (PSC) ... . The PSC met" (AU); a state's body whose long form
                # names the state: "the Central Bank of Egypt (CBE) ... . The CBE cut" (EGY)
                ent._.code, ent._.kind, ent._.via = meaning
                continue
            # a code the gazetteer gave is changed, none is added to a state's or group's: "the Joint
            # Chiefs of Staff (JCS)" of Seoul's military are Washington's in the gazetteer
            if meaning is None or not ent._.code or ent._.code == meaning[0]:
                continue
            if meaning[0] is None and (self.gazetteer.names(ent._.code, defined[ent.text].text)
                                       or self.gazetteer.names_after_owner(ent._.code, defined[ent.text].text)):
                # "the Kurdistan Workers Party (PKK)": the gazetteer's PKK in other words; "the Office
                # for the Coordination of Humanitarian Affairs (OCHA)": its "UN Office for ..." without "UN"
                continue
            ent._.code, ent._.kind, ent._.via = meaning

    def _groups_name(self, long: Span) -> bool:
        """Whether a long form the gazetteer lacks is an armed group's or a movement's name: its head a
        front, movement, army, forces or brigade "for" or "of" something, "the Front for the Liberation
        of Azawad", "the Movement for the Emancipation of the Niger Delta", or an army, militia or brigade
        its last three capitalised words or more name, "the Chin Brotherhood Army" (not a state's own forces,
        "the Armed Forces of Malta", "the Army of the Republic", nor a body of a state or an
        organisation the gazetteer knows before its head, "the UN Force for ...")."""
        heads = [t for t in long[:-1] if t.lower_ in _GROUP_HEADS and long.doc[t.i + 1].lower_ in {"for", "of"}]
        if not heads and len(long) >= 3 and long[-1].lower_ in _ARMED_HEADS and all(t.is_title for t in long[-3:]):
            heads = [long[-1]]  # or an army or a militia its own words name: "the United Wa State Army, or UWSA"
        if not heads or any(t.lower_ in _STATE_FORCE_WORDS for t in long):
            return False
        return not any((e := self.gazetteer.lookup(t.text, None)) is not None and e.kind in {"state", "organisation"}
                       for t in long if (t.is_title or t.is_upper) and t.i < heads[0].i)

    def _names_its_state(self, long: Span, code: str | None) -> bool:
        """Whether a state body's long form names its state ``code`` among its words, "the Central
        Bank of Egypt", or a possessive right before it does, "Egypt's Central Bank" (not "the Joint
        Chiefs of Staff", which the gazetteer gives one state and a story may give another)."""
        doc = long.doc
        words = list(long)
        if long.start >= 2 and doc[long.start - 1].lower_ in {"'s", "’s"}:
            words.append(doc[long.start - 2])
        return any((entry := self.gazetteer.lookup(word.text, label)) is not None and entry.kind == "state"
                   and entry.code == code for word in words if word.is_title for label in ("GPE", "NORP"))

    @staticmethod
    def _spelled_out(doc: Doc, defined: dict[str, Span]) -> dict[str, Span]:
        """The long form of a state body's acronym that a story spells out without brackets and
        whose state it names nowhere else: "the Kenyan-led Multinational Security Support mission
        ... after the MSS mandate lapsed" is no Chinese Ministry of State Security."""
        found: dict[str, Span] = {}
        for ent in doc.ents:
            acronym = ent.text
            if (acronym in defined or acronym in found or not (acronym.isalpha() and acronym.isupper())
                    or not 2 <= len(acronym) <= 8 or ent._.kind not in {"state", "organisation"} or not ent._.code):
                continue
            if any(e._.code == ent._.code and e.text != acronym for e in doc.ents):
                continue  # the state is named: its body may well be meant
            long = _spelled(doc, acronym)
            # an organisation's acronym spelled out as another body's name, of three words or more
            # ending in a body's head word: "the International Cricket Council" of a story's "ICC"
            if long is not None and (ent._.kind == "state" or (
                    len(long) >= 3 and long[-1].lower_ in _SPORT_HEADS | _BODY_HEADS)):
                found[acronym] = long
        return found


# an organisation's acronym that a sport's world body shares, and that body's name: the ICC of cricket is
# its International Cricket Council, not the International Criminal Court
_SPORT_ACRONYMS = {"ICC": "international cricket council"}


def _sport_acronyms(doc: Doc, defined: dict[str, Span]) -> None:
    """An organisation's acronym a sport's body shares is that body, of no code, in a document that
    spells out the sport's body and gives the acronym no other long form, nor names the organisation in
    other words: "they have met only in ICC events" in a story naming the International Cricket Council
    (not "the ICC issued a warrant" in a story that only speaks of cricket, nor beside "the International
    Criminal Court")."""
    for ent in doc.ents:
        sport = _SPORT_ACRONYMS.get(ent.text)
        if sport is None or ent.text in defined or ent._.kind != "organisation" or not ent._.code:
            continue
        if any(e._.code == ent._.code and e.text != ent.text for e in doc.ents):
            continue
        if sport in " ".join(doc.text.lower().split()):
            ent._.code, ent._.kind, ent._.via = None, "nonstate", "nonstate"


def _spelled(doc: Doc, acronym: str) -> Span | None:
    """The first run of capitalised words whose initials spell ``acronym`` (with the words
    ``_ACRONYM_SKIPS`` names between them), a whole name: neither word beside it capitalised."""
    def capital(token: Token) -> bool:
        return token.is_alpha and token.text[0].isupper() and not token.is_upper

    for token in doc:
        if token.text[0] != acronym[0] or not capital(token):
            continue
        if token.i > 0 and capital(doc[token.i - 1]) and not doc[token.i - 1].is_sent_start:
            continue
        letters, k = "", token.i
        while k < len(doc) and len(letters) < len(acronym):
            word = doc[k]
            if word.lower_ in _ACRONYM_SKIPS and letters and word.is_lower:
                k += 1
                continue
            if not capital(word):
                break
            letters += word.text[0]
            k += 1
        if letters == acronym and not (k < len(doc) and capital(doc[k])):
            return doc[token.i : k]
    return None


# the head of an armed group's or a movement's name, before "for" or "of": "the Front for the Liberation
# of Azawad (FLA)"; and the words of a state's own forces, which are no group: "the Armed Forces of Malta"
_GROUP_HEADS = frozenset("front movement army forces force brigade brigades militia".split())
_STATE_FORCE_WORDS = frozenset("armed republic royal".split())
# the heads of an armed group's name that need no "for" or "of" after them: "the Kachin Independence Army"
_ARMED_HEADS = frozenset("army militia brigade brigades".split())
# words of a long form that its acronym skips: "Bureau of Industry and Security (BIS)"
_ACRONYM_SKIPS = frozenset("of and for the on in de des du la le el del y et da do dos das di della".split())
# skipped only in lower case, "Ministério da Agricultura e Pecuária (MAPA)" (not "Vitamin E")
_ACRONYM_LOWER_SKIPS = frozenset({"e"})


def defined_acronyms(doc: Doc) -> dict[str, Span]:
    """Acronyms the document defines in parentheses after their long form, or after a comma and "or",
    acronym -> long form: "the Bureau of Industry and Security (BIS)", "Forces Armées de la République
    Démocratique du Congo (FARDC)", "the United Wa State Army, or UWSA,". The long form's capitalised
    words, hyphenated parts apart, give the acronym's letters in order; the words ``_ACRONYM_SKIPS``
    names may stand between them."""
    defined: dict[str, Span] = {}
    for token in doc:
        i = token.i
        # also after a comma and "or", before a comma or the sentence's end: "the United Wa State Army, or
        # UWSA, said" (the long form then ends before the comma)
        bracketed = token.text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")" and i >= 2
        alternative = (token.lower_ == "or" and i >= 3 and doc[i - 1].text == "," and i + 2 < len(doc)
                       and doc[i + 2].text in {",", ".", ";", ")"})
        if not (bracketed or alternative):
            continue
        acronym = doc[i + 1].text
        if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 8) or acronym in defined:
            continue
        letters = ""
        k = i - 2 if alternative else i - 1
        while k >= 0 and len(letters) < len(acronym):
            word = doc[k]
            if word.text in {"-", "–"} or ((word.lower_ in _ACRONYM_SKIPS or word.text in _ACRONYM_LOWER_SKIPS)
                                           and letters):
                k -= 1
                continue
            if not (word.is_alpha and word.text[0].isupper()):
                break
            letters = word.text[0] + letters
            k -= 1
        if letters == acronym:
            defined[acronym] = doc[k + 1 : i - 1 if alternative else i]
    return defined


_PATRONYMIC = frozenset({"bin", "ibn", "bint"})


# the verbs of saying right after a surname that make it the speaker's, whatever the parse
SAYING = frozenset("said says told tells added adds wrote writes noted notes".split())


def _surnames_again(doc: Doc, uncoded: Callable[[Span], bool]) -> None:
    """The surname of a person named in full before is that person again where the tagger missed it
    or took it for a group or a place: "Peña said ..." opening a paragraph after "Santiago Peña",
    "Youssouf" (a NORP) after "Mahmoud Ali Youssouf", "Anand replied" (a GPE) after "Anita Anand",
    "MacLeod was sceptical" (an ORG) after "NDP MP Heather MacLeod" (a title's name the tagger took
    for a body too), where the gazetteer knows no place or
    body of that name (``uncoded``: "Jordan" stays the state). Only a capitalised word on its own,
    not one word of a longer name ("Peña Avenue")."""
    surnames: dict[str, int] = {}  # surname -> where the full name ends
    particles: dict[str, tuple[str, ...]] = {}  # surname -> the lower-case particles before it in the full name
    for ent in doc.ents:
        titled = (ent.label_ == "ORG" and len(ent) in {2, 3} and ent.start > 0 and doc[ent.start - 1].lower_ in _OFFICES
                  and all(t.text[:1].isupper() and t.is_alpha for t in ent))  # "NDP MP Heather MacLeod", taken for a body
        if (ent.label_ == "PERSON" or titled) and len(ent) > 1 and ent[-1].text[:1].isupper() and ent[-1].is_alpha:
            surnames.setdefault(ent[-1].text, ent.end)
            k = len(ent) - 1
            while k > 1 and ent[k - 1].text in NAME_PARTICLES:  # "de" of "Thomas de Waal"
                k -= 1
            particles.setdefault(ent[-1].text, tuple(t.text for t in ent[k:-1]))  # "de" of "Thomas de Waal"
    if not surnames:
        return
    ents, changed = list(doc.ents), False
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    for token in doc:
        end = surnames.get(token.text)
        if end is None or token.i < end or token.lower_ in _TITLES:  # "Prince" of "Crown Prince"
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if ((before is not None and before.is_title and before.is_alpha and before.lower_ not in _TITLES)
                or (after is not None and after.is_title)):
            continue  # one word of a longer name ("Peña Avenue"); not a title's ("Co-President Murillo")
        # right before a verb of saying it is the speaker, whatever the parser made of it: "Duvernay
        # said the company would open ..." (the parser took "the company" for the subject of "said")
        speaks = after is not None and after.lower_ in SAYING
        if token.i not in taken and (token.dep_ in {"nsubj", "nsubjpass", "poss"} or speaks or (
                token.dep_ in {"conj", "pobj", "dobj"} and not token.is_sent_start)):
            # as the one who acts or owns ("Peña said", "Peña's office") or is met ("a meeting of
            # Lula and Peña"), not a word that is also a surname ("Rice exports rose" after
            # "Condoleezza Rice")
            # with the particles the full name gave it: "Mr de Waal" after "Thomas de Waal" is "de Waal"
            kept = particles.get(token.text, ())
            first = token.i - len(kept)
            if not kept or first < 0 or tuple(t.text for t in doc[first : token.i]) != kept or taken & set(range(first, token.i)):
                first = token.i
            span = Span(doc, first, token.i + 1, label="PERSON")
            whole = _hyphenated_surname(doc, span)  # "Kwabena Asante-Boateng" again: the whole name
            ents.append(whole if whole is not None and not taken & set(range(whole.start, whole.end)) else span)
            changed = True
        elif token.i in taken:
            k = next(j for j, e in enumerate(ents) if e.start <= token.i < e.end)
            # (any place in the clause after a courtesy title: "received Mr Salem", never a place)
            courtesy = before is not None and before.lower_.rstrip(".") in _COURTESIES
            if len(ents[k]) == 1 and (ents[k].label_ == "NORP" or (
                    ents[k].label_ in {"GPE", "ORG"} and (token.dep_ in {"nsubj", "nsubjpass"} or courtesy or speaks)
                    and uncoded(ents[k]))):
                ents[k] = Span(doc, token.i, token.i + 1, label="PERSON")
                changed = True
    # a surname of two or three words the tagger took for a group or a place: "Ruiz Massieu said"
    # after "Carlos Ruiz Massieu" (the last words of a full name of more words named before), also
    # one joined by a hyphen: "Grande-Marlaska praised" after "Fernando Grande-Marlaska"
    tails = {tuple(t.text for t in ent[-k:]): ent.end for ent in doc.ents if ent.label_ == "PERSON"
             for k in (2, 3) if len(ent) > k and all((t.is_title and t.is_alpha) or _joining_hyphen(t)
                                                      for t in ent[-k:]) and ent[-k].is_alpha}
    for k, ent in enumerate(ents):
        end = tails.get(tuple(t.text for t in ent))
        if end is not None and ent.start >= end and ent.label_ in _NAME_LABELS and uncoded(ent):
            ents[k] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


def _given_names_again(doc: Doc, code_of: Callable[[Span], str | None]) -> None:
    """The given name of a person named in full before, alone, where the tagger took it for a
    state's name or capital, is that person again as the one who speaks or acts: "Jordan said" after
    "Former Liberian envoy Jordan Kpadeh", "Paris told reporters" after "Mexican lawmaker Paris
    Gutiérrez" (the person's code, or none), where the document names that state by no other word
    ("Israel said" after "Israel Katz" in a story that says "Israeli" or "Jerusalem" stays the state).
    Only a capitalised word on its own, as the subject or right before a verb of saying."""
    given: dict[str, int] = {}  # given name -> where the full name ends
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[0].is_title and ent[0].is_alpha \
                and ent[0].lower_.rstrip(".") not in _TITLES:
            given.setdefault(ent[0].text, ent.end)
    _names_again(doc, given, code_of)


# modal verbs that are also given names, opening a question: "Will Nigeria, which holds the chair, accept ...?"
_MODALS = frozenset("will may can shall must".split())


def _state_as_surname(doc: Doc, resolved: Callable[[Span], tuple[str | None, str | None, str | None]]) -> set[int]:
    """A state's name or capital right after a known given name (``given_names``) that the parse
    joins to it is a person's surname, not the state: "Daniel Jordan, a senior fellow at the
    Atlantic Council," "Sarah Chad" (not "Will Jordan agree?", "Will Nigeria, which holds the
    chair, accept ...?", nor "Jordan Bardella", "Kenya Moore"); that word alone later, as the one
    who speaks or acts, is the person again ("Jordan said"), as a given name is (``_names_again``).
    Where those people start: they get no code."""
    ents, surnames, made = list(doc.ents), {}, set()
    for k, ent in enumerate(ents):
        if len(ent) != 1 or ent.label_ not in {"GPE", "NORP", "ORG", "LOC"} or ent.start == 0:
            continue
        given, after = doc[ent.start - 1], doc[ent.end] if ent.end < len(doc) else None
        if not (given.is_title and given.is_alpha and not given.ent_type_ and given.whitespace_
                and given.dep_ == "compound" and given.head.i == ent.start and given.lower_ not in _MODALS
                and given.lower_ not in _TITLES and fold_accents(given.lower_) in given_names()
                and ent[0].is_title and not (after is not None and (after.is_title or after.text == "-"))):
            continue  # not "Daniel Jordan-Smith", "Tom Georgia Power"
        code, kind, via = resolved(ent)
        if code is None or kind != "state" or via not in {"name", "capital"}:
            continue
        ents[k] = Span(doc, ent.start - 1, ent.end, label="PERSON")
        surnames.setdefault(ent.text, ent.end)
        made.add(ent.start - 1)
    if not surnames:
        return made
    doc.ents = ents
    made |= _names_again(doc, surnames, lambda ent: resolved(ent)[0])
    for ent in doc.ents:
        if ent.start in made:
            for token in ent:
                token.ent_id = 0  # the state's pattern id the ruler gave the word is no longer the name's
    return made


def _names_again(doc: Doc, given: dict[str, int], code_of: Callable[[Span], str | None]) -> set[int]:
    """One word of a person's name (``given``: the word -> where the full name ends), alone after
    the name, taken for a state: the person as ``_given_names_again`` says. Where those start."""
    if not given:
        return set()
    ents, changed, codes, made = list(doc.ents), False, None, set()
    for k, ent in enumerate(ents):
        end = given.get(ent.text)
        if end is None or len(ent) != 1 or ent.start < end or ent.label_ not in {"GPE", "NORP", "ORG"}:
            continue
        token = ent[0]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if not (token.dep_ in {"nsubj", "nsubjpass"} or (after is not None and after.lower_ in SAYING)) \
                or (after is not None and after.is_title):
            continue
        code = code_of(ent)
        if code is None:
            continue  # a name the gazetteer does not know: the tagger's label is the tagger's business
        if codes is None:  # the words each code is named by in the document, found once
            codes = {}
            for other in doc.ents:
                if other.label_ != "PERSON" and (c := code_of(other)) is not None:
                    codes.setdefault(c, set()).add(other.text)
        if codes.get(code, set()) - {ent.text}:
            continue  # "Israel said" where "Israeli" or "Jerusalem" names the state too
        ents[k], changed = Span(doc, ent.start, ent.end, label="PERSON"), True
        made.add(ent.start)
    if changed:
        doc.ents = ents
    return made


def _joining_hyphen(token: Token) -> bool:
    """A hyphen inside a name, between two words with no space: the "-" of "Grande-Marlaska"."""
    doc = token.doc
    return (token.text == "-" and 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_
            and not token.whitespace_ and doc[token.i - 1].is_alpha and doc[token.i + 1].is_alpha)


# the labels of names the tagger may give a person's surname of two words ("Ruiz Massieu" as a work of art)
_NAME_LABELS = frozenset("ORG GPE NORP FAC LOC PRODUCT WORK_OF_ART EVENT".split())


def _title_cut_off(doc: Doc) -> None:
    """A person's name the tagger ran a title's last word into, the title's first word left out, is
    the name alone: "Chief Executive Claire Duvernay" tagged "Executive Claire Duvernay" names
    "Claire Duvernay" (a title of two words is dropped whole, as one of one word is by the tagger),
    and so is one it ran a title's short form into: "SecDef Lloyd Austin" names "Lloyd Austin"."""
    ents, changed = list(doc.ents), False
    for n, ent in enumerate(ents):
        # a title's short form the tagger took into the name, "SecDef Lloyd Austin", is no part of it
        start = next((t.i for t in ent if not (t.lower_.rstrip(".") in _TITLE_SHORT_FORMS or t.text == ".")), ent.end)
        if ent.label_ == "PERSON" and start > ent.start and ent.end - start >= 2 and doc[start].is_title:
            ents[n], changed = Span(doc, start, ent.end, label="PERSON", span_id=ent.ent_id), True
            continue
        if ent.label_ != "PERSON" or ent.start == 0 or not doc[ent.start - 1].is_title \
                or doc[ent.start - 1].lower_ not in _TITLES | _OFFICE_TITLES:
            continue
        # (an office's words only, not an honorific's: "Foreign Minister Datuk Seri Mohamad Hasan" keeps it)
        start = next((t.i for t in ent if not (t.is_title and t.lower_ in _OFFICES | _OFFICE_TITLES)), ent.end)
        if start > ent.start and ent.end - start >= 2 and all(t.is_title for t in doc[start : ent.end]):
            ents[n], changed = Span(doc, start, ent.end, label="PERSON", span_id=ent.ent_id), True
    if changed:
        doc.ents = ents


_DASHES = frozenset({"-", "–", "—"})
_WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# a month and day the tagger cut from the year after its comma: "Dec. 7" and "2023"
_MONTH_DAY_ENT = re.compile(r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}")
_YEAR_ENT = re.compile(r"(?:1[89]|20)\d\d")


_ENTRY_DATE = re.compile(r"^[ \t]*" + HEAD_TIME.pattern, re.M)


def _dates_of_entries(doc: Doc) -> None:
    """A date is the words of the date only: one the tagger ran over a spaced dash into the words
    after it, as a timeline's entry "DATE - text" gives it, stops before the dash ("Oct. 2025 - Aliyev"
    is "Oct. 2025", "Last week -" "Last week"; not a range, "1990 - 1995", "March - April"), and a
    month and day the tagger cut from the year after its comma is one date with it ("Dec. 7" and
    "2023" of "Dec. 7, 2023"); the date at the head of a timeline's entry line, before its colon or
    dash, is a date where the tagger left it out or cut it ("April 19, 2024 - Armenia agrees ...")."""
    heads = [span for m in _ENTRY_DATE.finditer(doc_text(doc))
             if (span := doc.char_span(m.start("time"), m.end("time"))) is not None]
    ents: list[Span] = []
    changed = False
    for head in heads:
        inside = [e for e in doc.ents if e.start < head.end and head.start < e.end]
        if all(e.label_ in {"DATE", "TIME", "CARDINAL"} and head.start <= e.start for e in inside) and not (
                len(inside) == 1 and inside[0].start == head.start and inside[0].end == head.end):
            kept = [e for e in doc.ents if e not in inside]
            doc.ents = sorted([*kept, Span(doc, head.start, head.end, label="DATE")], key=lambda e: e.start)
    for ent in doc.ents:
        if ent.label_ == "DATE":
            dash = next((t for t in ent[1:] if t.text in _DASHES and doc[t.i - 1].whitespace_ and t.whitespace_), None)
            after = doc[dash.i + 1] if dash is not None and dash.i + 1 < len(doc) else None
            if dash is not None and not (after is not None and (
                    after.is_digit or after.text.rstrip(".").lower() in _MONTHS or after.lower_ in _WEEKDAY_NAMES)):
                ent, changed = Span(doc, ent.start, dash.i, label=ent.label_), True
            last = ents[-1] if ents else None
            if (last is not None and last.label_ == "DATE" and last.end + 1 == ent.start and doc[last.end].text == ","
                    and _MONTH_DAY_ENT.fullmatch(last.text) and last[0].text.rstrip(".").lower() in _MONTHS
                    and _YEAR_ENT.fullmatch(ent.text)):
                ents[-1], changed = Span(doc, last.start, ent.end, label="DATE"), True
                continue
        ents.append(ent)
    if changed:
        doc.ents = ents


def _join_split_names(doc: Doc) -> None:
    """A name the tagger splits in two is one person: at its patronymic ("Prince Abdulaziz" and
    "bin Salman") or after a Malay honorific ("Datuk Seri" and "Mohamad Hasan"); and a name in
    apposition whose first word the tagger left out is the whole name ("Vietnam's deputy foreign
    minister, Do Hung Viet,"; "The Fund's mission chief, Ana Lucia Borges,", a group's label then
    a person's where that word is a given name)."""
    _hyphenated_name_after_title(doc)
    ents: list[Span] = []
    widened = False
    for ent in doc.ents:
        whole = _first_word_left_out(doc, ent)
        if whole is not None:
            ent, widened = whole, True
        whole = _hyphenated_given_name(doc, ent) or _hyphenated_surname(doc, ent)
        if whole is not None:
            ent, widened = whole, True
        whole = _apposed_to_an_office(doc, ent)
        if whole is not None:
            ent, widened = whole, True
        last = ents[-1] if ents else None
        if (last is not None and ent.label_ == last.label_ == "PERSON" and last.end == ent.start
                and (ent[0].lower_ in _PATRONYMIC or all(t.lower_ in _HONORIFICS for t in last))):
            ents[-1] = Span(doc, last.start, ent.end, label="PERSON")
        elif last is not None and last.label_ == "PERSON" and _particles_between(doc, last, ent):
            ents[-1] = Span(doc, last.start, ent.end, label="PERSON")  # "Pieter van" "den" "Bosch"
        elif (whole := _given_name_before_particles(doc, ent, last)) is not None:
            ents.append(whole)  # "Jan ter" "Horst"
            widened = True
        else:
            ents.append(ent)
        if ents[-1].label_ == "PERSON" and (whole := _surname_after_particles(doc, ents[-1])) is not None:
            ents[-1], widened = whole, True  # "Joost van den" "Heuvel"
    if widened or len(ents) < len(doc.ents):
        doc.ents = ents


def _particles_between(doc: Doc, last: Span, ent: Span) -> bool:
    """The tagger split one name at the lower-case particles of its surname: "Pieter van" and
    "Bosch" with "den" between, "Pieter van den" and "Bosch", also where it took the surname
    alone for a group or a place ("Anna van der" and "Linden", "Pieter van" and "Broek")."""
    if not (ent.label_ == "PERSON" or (ent.label_ in {"ORG", "GPE"} and len(ent) == 1 and ent[0].is_title)):
        return False
    between = doc[last.end : ent.start]
    return len(between) <= 2 and all(t.is_lower and t.text in NAME_PARTICLES for t in between) and (
        len(between) > 0 or last[-1].text in NAME_PARTICLES)


def _surname_after_particles(doc: Doc, ent: Span) -> Span | None:
    """The name with the capitalised surname after its closing particles that the tagger left
    out: "Joost van den Heuvel" (its "Joost van den"), the surname outside any entity; also after a
    particle joined by a hyphen, and the further parts of the name so joined: "Mariam al-Sadiq al-Mahdi"
    (its "Mariam al-")."""
    hyphened = len(ent) > 1 and ent[-1].text in {"-", "‐"} and not ent[-2].whitespace_ and ent[-2].lower_ in NAME_PARTICLES
    if not (hyphened or (ent[-1].is_lower and ent[-1].text in NAME_PARTICLES)) or ent.end >= len(doc):
        return None
    surname = doc[ent.end]
    if not (surname.is_title and surname.is_alpha and not surname.ent_type_) or (hyphened and ent[-1].whitespace_):
        return None
    end = ent.end + 1
    while (end + 2 < len(doc) and doc[end].lower_ in NAME_PARTICLES and not doc[end].whitespace_
           and doc[end + 1].text in {"-", "‐"} and not doc[end + 1].whitespace_ and doc[end + 2].is_title
           and doc[end + 2].is_alpha and not any(t.ent_type_ for t in doc[end : end + 3])):
        end += 3  # "al-Mahdi" after "Mariam al-Sadiq"
    return Span(doc, ent.start, end, label="PERSON")


def _given_name_before_particles(doc: Doc, ent: Span, last: Span | None) -> Span | None:
    """The name with the given name and the lower-case particles before it that the tagger left
    out: "Jan ter Horst" (its "Horst"), "Anna van der Linden"; the given name one of
    ``given_names`` or joined to the name by the parse, outside any entity."""
    if ent.label_ != "PERSON":
        return None
    start = ent.start
    while start > ent.start - 2 and start > 0 and doc[start - 1].is_lower and doc[start - 1].text in NAME_PARTICLES:
        start -= 1
    if start == ent.start or start == 0 or (last is not None and last.end > start - 1):
        return None
    given = doc[start - 1]
    if not (given.is_title and given.is_alpha and not given.ent_type_ and given.lower_ not in _TITLES and (
            fold_accents(given.lower_) in given_names() or (given.dep_ == "compound" and start <= given.head.i < ent.end))):
        return None
    return Span(doc, start - 1, ent.end, label="PERSON")


def _apposed_to_an_office(doc: Doc, ent: Span) -> Span | None:
    """A name the tagger took for a group that is in apposition to an office before it and opens
    with a known given name is a person: "your Serbian counterpart, Petar Petković" (its ORG);
    so is one an office after a comma is in apposition to, that opens with a known given name or
    follows a scholar's or doctor's title: "Dr Helena Marsh, the WHO incident manager," (its ORG);
    not a body apposed to an office ("the bloc's envoy, the European External Action Service"),
    nor a name that opens with no given name ("Morgan Stanley, the bank")."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or not doc.has_annotation("DEP"):
        return None
    if not all(t.is_title and t.is_alpha for t in ent):
        return None
    root = ent.root
    given = fold_accents(ent[0].lower_) in given_names()
    if root.dep_ == "appos" and root.head.i < ent.start and root.head.lower_ in _OFFICES \
            and doc[ent.start - 1].text == "," and given:
        return Span(doc, ent.start, ent.end, label="PERSON")
    titled = ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in _SCHOLARS
    if (given or titled) and ent.end < len(doc) and doc[ent.end].text == "," and not ent.ent_id_ and any(
            c.dep_ == "appos" and c.i > ent.end and c.lower_ in _HEADS for c in root.children):
        return Span(doc, ent.start, ent.end, label="PERSON")
    return None


# titles of scholars and doctors before a name: "Dr Helena Marsh", "Professor Ana Ruiz"
_SCHOLARS = frozenset("dr doctor prof professor".split())


# words after a hyphen that make a name a modifier, not a given name's syllable: "the Modi-led government"
_MODIFIER_SUFFIXES = frozenset("led run era style like born based type ish ist ite ism ally owned".split())


def _hyphenated_given_name(doc: Doc, ent: Span) -> Span | None:
    """A person's name with the rest of a hyphenated given name the tagger left out, a short
    syllable in lower case after a hyphen with no spaces: "Park Yoon-joo" (the tagger's "Park
    Yoon"), "Kim Dong-wook"; not "the Modi-led government", nor "Kim-Putin"."""
    if ent.label_ != "PERSON" or ent.end + 1 >= len(doc) or ent[-1].whitespace_:
        return None
    hyphen, rest = doc[ent.end], doc[ent.end + 1]
    if not (hyphen.text == "-" and not hyphen.whitespace_ and rest.is_alpha and rest.is_lower
            and len(rest) <= 5 and rest.lower_ not in _MODIFIER_SUFFIXES and not rest.ent_type_):
        return None
    return Span(doc, ent.start, ent.end + 2, label="PERSON", span_id=ent.ent_id)


def _hyphenated_name_after_title(doc: Doc) -> None:
    """A name after an office's title that opens with a hyphenated given name, two capitalised
    words joined by a hyphen with no spaces, then a capitalised surname, is one person however
    the tagger cut it: "Kazakh President Qasym-Zhomart Toqaev" (the tagger's place "Qasym" and
    person "Toqaev", or its person "Qasym-Zhomart" alone); not a name that goes on in capitals
    ("Foreign Minister Indo-Pacific Strategy Group"), nor one with a coded place or group in it."""
    spans: list[Span] = []
    for title in doc[:-4]:
        if not (title.is_title and title.lower_.rstrip(".") in _TITLES):
            continue
        first, hyphen, second, surname = doc[title.i + 1 : title.i + 5]
        after = doc[title.i + 5] if title.i + 5 < len(doc) else None
        if not (first.is_title and first.is_alpha and not first.whitespace_ and first.lower_ not in _NAME_PREFIXES
                and hyphen.text in {"-", "‐"} and not hyphen.whitespace_ and second.is_title and second.is_alpha
                and second.whitespace_ and surname.is_title and surname.is_alpha
                and surname.lower_ not in _TITLES and not (after is not None and after.is_title and after.is_alpha)):
            continue
        name = Span(doc, first.i, surname.i + 1, label="PERSON")
        inside = [e for e in doc.ents if e.start < name.end and name.start < e.end]
        if any(e.start < name.start or e.end > name.end or (e.label_ != "PERSON" and e.ent_id_) for e in inside) or (
                len(inside) == 1 and inside[0].start == name.start and inside[0].end == name.end):
            continue
        spans.append(name)
    if spans:
        doc.ents = sorted([e for e in doc.ents if not any(e.start < n.end and n.start < e.end for n in spans)] + spans,
                          key=lambda e: e.start)


# words before a hyphen that make a modifier of a name, not a double surname: "anti-Ruto", "pro-Gbagbo"
_NAME_PREFIXES = frozenset("anti pro ex non post pre neo co".split())


def _hyphenated_surname(doc: Doc, ent: Span) -> Span | None:
    """A person's name with the first half of a hyphenated surname and the given name before it,
    which the tagger left out: "Kwabena Asante-Boateng" (the tagger's "Boateng"), "Asante-Boateng
    studied"; not "the anti-Ruto protests", "Kenya-Ruto". A given name is taken only where it is a
    known one or, capitalised, opens the sentence."""
    if ent.label_ != "PERSON" or ent.start < 2:
        return None
    hyphen, first = doc[ent.start - 1], doc[ent.start - 2]
    if not (hyphen.text in {"-", "‐"} and not hyphen.whitespace_ and not first.whitespace_ and first.is_title
            and first.is_alpha and not first.ent_type_ and first.lower_ not in _NAME_PREFIXES):
        return None
    start = ent.start - 2
    given = doc[start - 1] if start > 0 else None
    if (given is not None and given.is_title and given.is_alpha and not given.ent_type_ and given.whitespace_
            and given.lower_.rstrip(".") not in _TITLES and (given.is_sent_start
                                                             or fold_accents(given.lower_) in given_names())):
        start -= 1
    return Span(doc, start, ent.end, label="PERSON", span_id=ent.ent_id)


def _first_word_left_out(doc: Doc, ent: Span) -> Span | None:
    """The name with the capitalised word right before it that opens an apposition or follows a
    title, where the parser joins that word to the name and it is no title: "minister, Do Hung
    Viet," and "Deputy Foreign Minister Do Hung Viet" (the tagger's "Hung Viet"), "chief, Ana
    Lucia Borges," (its group "Lucia Borges", a person's with the given name); not "minister,
    Dame Harriet Colwell", nor "Prime Minister Anwar"."""
    if ent.start < 2 or ent.label_ not in {"PERSON", "ORG"} or not doc.has_annotation("DEP"):
        return None
    word, before = doc[ent.start - 1], doc[ent.start - 2]
    opens = before.text == "," or ((before.is_title or before.is_upper) and before.lower_.rstrip(".") in _TITLES)
    if not opens and before.is_title and fold_accents(word.lower_) in given_names():
        # a known given name after a title's capitalised portfolio: "Commissioner for Human Rights
        # Tatyana Moskalkova" (the tagger's group "Moskalkova")
        opens = any(t.lower_ in _OFFICES and t.is_title for t in doc[max(0, ent.start - 6) : ent.start - 2])
    if not (opens and word.is_title and word.is_alpha and not word.ent_type_
            and word.dep_ == "compound" and ent.start <= word.head.i < ent.end
            and word.lower_ not in _TITLES and word.lower_ not in _HONOURED and word.lower_ not in _RANKS):
        return None
    if ent.label_ == "ORG" and (ent._.code or fold_accents(word.lower_) not in given_names()
                                or not all(t.is_title and t.is_alpha for t in ent)):
        return None
    return Span(doc, ent.start - 1, ent.end, label="PERSON")


# honorifics before a British name, which are no part of it: "Dame Harriet Colwell"
_HONOURED = frozenset("dame baroness viscount earl duke duchess countess rt hon honourable".split())
# ranks and styles before a name, no part of it either: "spokesperson, Commodore Jay Tarriela,"
_RANKS = frozenset("""commodore colonel lieutenant major captain brigadier admiral sergeant corporal
    professor judge justice mayor father pastor rabbi doctor""".split())


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given names strongly associated with one gender, lower case and without accents: "f" or
    "m" (``data/given_names.csv``)."""
    with _data_path("given_names.csv").open(encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split(",") for line in fh if not line.startswith("#"))


# words that follow a capital's name in the name of something else: "the Santiago Declaration",
# "Sofia Airport", "the Kingston Gleaner"
_AFTER_PLACE = frozenset(
    """agreement accord accords declaration summit conference process protocol convention pact club
    group format talks airport university stock exchange metro province region charter principles
    statement initiative forum dialogue stadium street road avenue square times post herald gazette
    tribune journal news gleaner observer city municipality mayor court cathedral harbour harbor port
    bay river valley hills falls lake symphony orchestra film festival marathon zoo station centre
    center institute school college hospital bridge county district""".split()
)


def _capital_as_person(doc: Doc, ent: Span, via: str | None) -> Span | None:
    """A capital whose name is also a given name, before a capitalised word that names nothing
    else: "Interior Minister Sofia Lindqvist", "Kingston Reif" are people, not Bulgaria and
    Jamaica ("Sofia Airport", "the Santiago Declaration" stay places); a capital after a given
    name is a surname: "Marcos Lisboa"."""
    if len(ent) != 1 or via not in {"capital", "place"}:
        return None
    previous = doc[ent.start - 1] if ent.start > 0 else None
    if (previous is not None and previous.is_title and previous.is_alpha and not previous.ent_type_
            and previous.whitespace_ and not previous.is_sent_start and previous.lower_ not in _TITLES
            and previous.lower_ in given_names()):  # not "Will Moscow respond?", "King Abdullah"
        return Span(doc, ent.start - 1, ent.end, label="PERSON")  # a surname: "Marcos Lisboa", not Portugal
    if via != "capital" or ent.text.lower() not in given_names() or ent.end >= len(doc):
        return None
    following = doc[ent.end]
    if not (following.is_title and following.is_alpha and not following.ent_type_
            and following.lower_ not in _AFTER_PLACE and ent[0].whitespace_):
        return None
    return Span(doc, ent.start, ent.end + 1, label="PERSON")


# what names North Korea without a code of its own ("the North") or with one: bare "Korea" is the
# South's only in a story that has none of these
_NORTH_KOREA = re.compile(r"\b(?:the North|North Korea\w*|N\. Korea\w*|Pyongyang|DPRK)\b")


def _korea_as_south(doc: Doc, resolved: dict[int, tuple[str | None, str | None, str | None]]) -> bool:
    """Bare "Korea" is South Korea in a story that names South Korea (Seoul, its president) and
    never the North: a Korea Herald story's "Korea pledged $10 billion". Otherwise no code.
    Whether the story reads it so."""
    codes = {code for code, _, _ in resolved.values()}
    if "KOR" not in codes or "PRK" in codes or _NORTH_KOREA.search(doc.text):
        return False
    for ent in doc.ents:
        if ent.text == "Korea" and ent.label_ == "GPE" and resolved[ent.start][0] is None:
            resolved[ent.start] = ("KOR", "state", "name")
    return True


# the head word that ends a state body's name after the state's name: "the Korea Customs Service",
# "the Japan Fisheries Agency", "the Korea Coast Guard"
_NAMED_BODY_HEADS = frozenset(
    "service agency authority administration bureau commission ministry office department directorate guard".split())


def _bodies_named_by_state(doc: Doc, resolved: dict[int, tuple[str | None, str | None, str | None]],
                           gazetteer: Gazetteer, korea: bool) -> None:
    """A name the tagger took whole that opens with a state's name or demonym and ends in a state
    body's head word is that state's body, which the gazetteer does not know: "the Korea Customs
    Service" (KOR, where bare "Korea" is the South: ``_korea_as_south``), "the Japan Fisheries
    Agency"; not a company's, a paper's, a broadcaster's, a school's, a sport's or a statistics
    office's name ("Korea Electric Power Corporation", "the Korea Broadcasting Service", "the Korea
    Development Institute")."""
    for ent in doc.ents:
        if ent.label_ != "ORG" or resolved[ent.start][0] is not None:
            continue
        words = [t for t in ent if t.lower_ not in {"the", "a", "an"}]
        if len(words) < 2 or words[-1].lower_ not in _NAMED_BODY_HEADS or not all(t.is_title for t in words):
            continue
        if any(t.lower_ in _COMPANY_HEADS | _INSTITUTION_HEADS | _SPORTS | _STATISTICS | _AGENCY_KINDS.keys()
               for t in words):
            continue
        for size in (2, 1):
            opening = " ".join(t.text for t in words[:size])
            entry = gazetteer.lookup(opening) if size < len(words) else None
            code = entry.code if entry is not None and entry.kind == "state" and entry.via in {"name", "demonym"} \
                else "KOR" if korea and opening == "Korea" else None
            if code:
                resolved[ent.start] = (code, "state", "body")
                break


def _in_institution_name(ent: Span) -> bool:
    """A state's name, demonym or capital inside the name of an institute, a university, a
    newspaper or a reef: "the United States Institute of Peace", "the Pakistan Institute of Peace
    Studies", "Korea Development Institute", "Tehran University", "the University of Tehran",
    "Barque Canada Reef", "the Paraguay River", "Agência Brasil".
    Such a name is a non-state entity, as the curated ones in ``nonstate.csv`` are, though its
    code is kept as the institution's home."""
    doc = ent.doc
    named = 0  # capitalised words of the name after the state's
    i = ent.end
    while i < min(ent.end + 4, len(doc)):
        token = doc[i]
        if (token.text in {"-", "–"} and i + 1 < len(doc) and doc[i + 1].is_title
                and doc[i + 1].ent_type_ != "GPE" and not token.whitespace_):
            i += 1  # "the Paraguay-Paraná waterway"
            named += 1
            continue
        if i == ent.end and token.like_num and i + 1 < len(doc) and doc[i + 1].lower_ in _MEDIA_AFTER:
            return True  # a channel's number after the name: "Gabon 24 television", "France 24 TV"
        if token.lower_ == "of" and named and i + 1 < len(doc) and doc[i + 1].lower_ in _STATISTICS:
            return True  # "the Kenya National Bureau of Statistics"
        if not (token.is_title or token.is_upper) or not token.is_alpha:
            if named and token.lower_ in _FEATURE_HEADS | _MEDIA_AFTER:
                return True  # a lower-case head after a name: "the Paraguay-Paraná waterway", "France Inter radio"
            break
        if token.lower_ in _FEATURE_HEADS | _STATISTICS or _agency_name(token):
            return True
        if token.lower_ in _SPORT_HEADS and any(t.lower_ in _SPORTS for t in doc[ent.end : token.i]):
            return True  # "the Pakistan Cricket Board", "the Indian Premier League"
        if token.lower_ in {"council", "councils"} and doc[token.i - 1].lower_ in _BUSINESS_WORDS:
            return True  # "the Pakistan Business Council"
        if token.lower_ in _INSTITUTION_HEADS:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return after is None or after.text not in {"-", "–"}  # not "Post-war", "Center-right"
        named += 1
        i += 1
    if ent._.via == "capital" and ent.end < len(doc) and doc[ent.end].lower_ in _PAPERS \
            and (ent.end + 1 == len(doc) or not doc[ent.end + 1].is_lower):
        return True  # "the Santiago daily El Mercurio", "a Delhi newspaper,": where the paper is printed
    if ent._.via == "capital" and [t.lower_ for t in doc[ent.end : ent.end + 2]] in (["think", "tank"],
                                                                                      ["think-tank"]):
        return True  # "a New Delhi think tank": where it sits
    before = [t for t in doc[max(0, ent.start - 3) : ent.start] if t.lower_ != "the"]
    if before and before[-1].is_title and before[-1].lower_ in _HEADS_BEFORE:
        return True
    if ends_a_sport_body(ent):
        return True  # "the Board of Control for Cricket in India"
    if _team_name(ent):
        return True
    if ent._.via == "capital" and (_ends_a_name(ent) or (
            len(before) >= 2 and before[-1].lower_ == "of" and before[-2].is_title and before[-2].lower_ in _CITY_HEADS)):
        return True  # "the Hyatt Regency Tashkent", "the District Court of The Hague"
    return (len(before) >= 2 and before[-1].lower_ == "of" and before[-2].is_title
            and before[-2].lower_ in _INSTITUTION_HEADS)


def _names_an_event(ent: Span) -> bool:
    """A state's name, demonym or capital before capitalised words that end in an event's, a
    tournament's or a marketplace's head word (``_EVENT_HEADS``) and end the name there: "the
    Australian Open final", "the Japanese Grand Prix", "the Russian Revolution", "Chinese New Year",
    "the Burma Market" (not "the US Open Skies Treaty", "Chinese Market Slumps", nor the adjective of
    "Is the US Open to talks?")."""
    doc = ent.doc
    name = list(itertools.takewhile(lambda t: (t.is_title or t.is_upper) and t.is_alpha and not t.ent_type_,
                                    doc[ent.end : ent.end + 3]))
    if not name or name[-1].lower_ not in _EVENT_HEADS or (name[-1].lower_ == "year" and name[0].lower_ != "new"):
        return False  # a year only as "New Year": not "the US Fiscal Year"
    after = doc[name[-1].i + 1] if name[-1].i + 1 < len(doc) else None
    return after is None or not ((after.is_title or after.is_upper) and after.is_alpha
                                 or (name[-1].lower_ == "open" and after.lower_ == "to"))


def ends_a_sport_body(ent: Span) -> bool:
    """A place after "in" or "of" right after a capitalised sport's word, which ends the sport's
    body's name: "the Board of Control for Cricket in India" (not "cricket in India")."""
    doc = ent.doc
    before = [t for t in doc[max(0, ent.start - 3) : ent.start] if t.lower_ != "the"]
    return len(before) >= 2 and before[-1].lower_ in {"in", "of"} and before[-2].is_title \
        and before[-2].lower_ in _SPORTS


def _team_name(ent: Span) -> bool:
    """A plural demonym after a place's name, in a sentence on a sport's teams: a club's name, "the
    Mumbai Indians" (not "Indians in Mumbai", "Mumbai's Indians", nor such a phrase where no sport
    is spoken of); and a place before a team's plural noun, in a document on a sport: "the Delhi
    Capitals", "the Chennai Super Kings" (not "Delhi's capitals", nor where no sport is spoken of)."""
    doc = ent.doc
    if club_name(ent):
        return True
    for token in doc[ent.end : ent.end + 3]:
        if not (token.is_title and token.is_alpha) or token.ent_type_ in {"GPE", "NORP"}:
            break
        if token.lower_ in _TEAM_NOUNS:
            return any(t.lower_ in _SPORT_TALK for t in doc)
    if ent._.via != "demonym" or len(ent) != 1 or ent[0].lower_ == ent[0].lemma_.lower() or ent.start == 0:
        return False
    place = doc[ent.start - 1]
    if not (place.is_title and place.is_alpha and place.ent_type_ in {"GPE", "LOC"}):
        return False
    return any(t.lower_ in _SPORT_TALK for t in doc[ent.start].sent)


# a sport's team by its state's name: the words of a player's or a coach's place in the team after the
# name ("Pakistan captain Shan Masood"), the verbs of a match whose subject or object the team is, and
# the words of a sentence that tell of a match or a score ("Pakistan beat India by 23 runs")
_TEAM_PLACES = frozenset(
    """captain skipper coach vice-captain batter batsman batsmen bowler bowlers opener openers spinner
    all-rounder wicketkeeper wicket-keeper striker strikers goalkeeper keeper midfielder defender winger
    forward full-back fly-half scrum-half""".split()
)
_MATCH_VERBS = frozenset(
    """beat beats beaten beating defeat defeats defeated thrash thrashed rout routed edge edged outplayed
    whitewashed lose loses lost draw draws drew face faces faced top tops topped post posts posted chase
    chased""".split()
)
_MATCH_ONLY_VERBS = frozenset("bowled batted fielded top-scored".split())  # "India were bowled out for 258"
_MATCH_WORDS = frozenset(
    """run runs wicket wickets overs innings goal goals final finals semi-final semi-finals semifinal
    quarter-final quarter-finals group match matches game fixture series toss point points tournament cup
    trophy title penalty penalties half-time stadium table championship win wins victory""".split()
)


_SPORT_NAMES = _SPORTS - {"premier", "super"}  # not the words of a league's name alone


def national_team(ent: Span) -> bool:
    """A state's name in a story on a sport that names the state's team, not the state: before a
    player's or a coach's place ("Pakistan captain Shan Masood"), the subject or the object of a
    match's verb in a sentence telling of a match or a score ("Pakistan beat India by 23 runs",
    "India face Sri Lanka in the final", "Pakistan top Group A", "Pakistan posted 281 for seven"),
    and the subject of a verb only a match has ("India were bowled out for 258"); not "Pakistan beat
    back the offensive", "India faces sanctions", "India's sports minister", nor where no sport is
    spoken of."""
    doc = ent.doc
    if ent._.via != "name" or not _speaks_of(doc, _SPORT_NAMES):
        return False
    following = doc[ent.end] if ent.end < len(doc) else None
    if following is not None and following.lower_ in _TEAM_PLACES:
        return True
    if following is not None and following.lower_ in {"top", "tops", "topped"} and ent.end + 1 < len(doc) \
            and doc[ent.end + 1].text == "Group":
        return True  # "Pakistan top Group A", however the parser takes "top"
    root = ent.root
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ in {"to", "with"}:
        verb = verb.head  # "lost to India", "drew with Kenya"
    elif root.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    if any(c.dep_ == "prt" and c.lower_ in {"back", "off", "up"} for c in verb.children):
        return False  # "Pakistan beat back the offensive"
    if verb.lower_ in _MATCH_ONLY_VERBS:
        return True
    if verb.lower_ not in _MATCH_VERBS:
        return False
    others = [c for c in verb.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    others += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}
               for g in c.children if g.dep_ == "pobj"]
    others = [c for c in others if c.i != root.i]
    if any(c.dep_ == "dobj" and c.like_num for c in others):
        return True  # "Pakistan posted 281 for seven"
    # the other side is a team or the group it tops, and the sentence tells of a match: not "India faces
    # sanctions", "Kenya lost its seat"
    if not any(c.ent_type_ == "GPE" or c.lower_ in {"group", "table", "standings"} for c in others):
        return False
    return any(t.lower_ in _MATCH_WORDS and not (t.i + 1 < len(doc) and doc[t.i + 1].text == "-")
               for t in verb.sent)  # not "the match-fixing scandal"


def club_name(ent: Span) -> bool:
    """A place after a club's word, or before "FC", is a football club's name: "Red Star Belgrade",
    "Dinamo Zagreb", "Sporting Lisbon", "Hapoel Tel Aviv", "Belgrade FC"; "Union Berlin", "Real
    Madrid" only in a document on a sport (not "the European Union in Brussels", "a real Madrid
    problem", "the Red Star of China's flag" nor a place before an ordinary word)."""
    doc = ent.doc
    for token in doc[ent.end : ent.end + 2]:
        if token.text.lower() in _CLUB_AFTER and token.is_upper:
            return True  # "Belgrade FC", "Kampala City FC"
        if not (token.is_title and token.is_alpha):
            break
    if ent.start == 0:
        return False
    word = doc[ent.start - 1]
    if not (word.is_title or word.is_upper) or not word.is_alpha or (
            word.ent_type_ in {"GPE", "NORP"} and word.lower_ not in _CLUB_WORDS):  # the tagger's "Partizan"
        return False
    if word.lower_ == "star" and ent.start > 1 and doc[ent.start - 2].text == "Red":
        return True  # "Red Star Belgrade"
    if word.lower_ in {"fc", "fk", "nk", "sk", "bk", "sc", "afc", "cf", "cska"} and not word.is_upper:
        return False  # the letters of a club are capitals: not "Sc"
    if word.lower_ in _CLUB_WORDS:
        return True
    return word.lower_ in _CLUB_WORDS_IN_SPORT and _speaks_of(doc, _SPORT_TALK)


def _speaks_of(doc: Doc, words: frozenset[str]) -> bool:
    """Whether a word of ``doc`` is one of ``words`` (a module's set), found once per document: a
    scan of every token, which the callers would otherwise run for every entity."""
    key = ("claimex.speaks_of", id(words))
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = any(t.lower_ in words for t in doc)
    return found


def _ends_a_name(ent: Span) -> bool:
    """A capital that ends a longer capitalised name opened by "the", whose own words before it
    name no entity, no office and no state body: "the Hyatt Regency Tashkent", "the Radisson Blu
    Kyiv" (a hotel's); not "the Kremlin", "the Tehran government", "the Chinese Embassy Beijing"."""
    doc = ent.doc
    if ent.end < len(doc) and (doc[ent.end].is_title or doc[ent.end].is_upper) and doc[ent.end].is_alpha:
        return False  # the name goes on after the capital
    i = ent.start
    while i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and not doc[i - 1].ent_type_ \
            and not doc[i - 1].is_sent_start and doc[i - 1].lower_ != "the":
        if doc[i - 1].lower_ in _TITLES or doc[i - 1].lower_ in _BODY_HEADS or doc[i - 1].lower_ in _COURTESIES:
            return False
        i -= 1
    return i < ent.start and i > 0 and doc[i - 1].lower_ == "the"


# head words of a place or body named after a person, besides an institution's: "the Jomo Kenyatta
# International Airport", "the Nelson Mandela Foundation"
_NAMED_FOR_HEADS = _INSTITUTION_HEADS | frozenset(
    """airport stadium hospital bridge avenue street road prize award memorial library hall square
    trust lecture""".split())
# head words of a thing named after a person that only a "the" before the name makes a name ("the Trump
# Route for International Peace and Prosperity", "the Modi Doctrine"; not a title-case headline's "Ruto Plans")
_NAMED_FOR_AFTER_THE = frozenset("route doctrine plan corridor initiative highway canal dam pipeline".split())
_OPENING_QUOTES = frozenset({'"', "“", "'", "‘", "«"})


def _named_for_person(ent: Span) -> bool:
    """A person's name that opens a longer capitalised name ending in an institution's or a place's
    head word: "the Kofi Annan International Peacekeeping Training Centre", "Jomo Kenyatta
    International Airport", "the Nelson Mandela Foundation", "the Trump Route for International
    Peace and Prosperity", also in quotation marks, 'dubbed the "Trump Route for International Peace and
    Prosperity"' (not "Kofi Annan said", "President Ruto's government", "the Trump administration")."""
    doc = ent.doc
    heads = _NAMED_FOR_HEADS
    first = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].text in _OPENING_QUOTES else ent.start
    if first < ent.start or (first > 0 and doc[first - 1].lower_ == "the"):
        heads = heads | _NAMED_FOR_AFTER_THE
    for token in doc[ent.end : min(ent.end + 5, len(doc))]:
        if not (token.is_title and token.is_alpha) or token.ent_type_:
            return False
        if token.lower_ in heads:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return after is None or after.text not in {"-", "–"}
    return False


def _in_organisations_name(ent: Span) -> bool:
    """A state's name after "of" that ends the name of a company or an association whose own words
    come before its head: "the Canola Council of Canada", "the Commercial Bank of Ethiopia"; not a
    state body's, "the Bank of England", "the Central Bank of Kenya", "the Council of Ministers of
    Bosnia", where no word or a state body's word precedes the head."""
    doc = ent.doc
    i = ent.start - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 2 or doc[i].lower_ != "of" or not doc[i - 1].is_title or doc[i - 1].lower_ not in _OF_STATE_HEADS:
        return False
    own = list(itertools.takewhile(lambda t: t.is_title and t.is_alpha and not t.is_sent_start and t.lower_ != "the",
                                   reversed(doc[max(0, i - 5) : i - 1])))
    return bool(own) and not any(t.lower_ in _STATE_BODY_WORDS or t.ent_type_ for t in own)


# what an apposition calls a fund an organisation holds: "the Japan Fund for Poverty Reduction, a trust
# fund administered by the Asian Development Bank"
_HELD_FUND = frozenset("trust administered managed hosted".split())


def _organisations_fund(ent: Span) -> bool:
    """A state's name opening a fund's name that an organisation holds: one set apart as a trust fund
    or one it administers, manages or hosts ("the Japan Fund for Poverty Reduction, a trust fund
    administered by the ADB"), or one an organisation gives money "from" ("The ADB will provide $5
    million from the Japan Fund for Prosperous and Resilient Asia"); no state's body, as a state's own
    aid fund is ("the Kuwait Fund for Arab Economic Development signed a loan with Jordan")."""
    doc = ent.doc
    fund = next((t for t in doc[ent.end : ent.end + 3] if t.text == "Fund"), None)
    if fund is None or any(not t.is_title for t in doc[ent.end : fund.i]):
        return False
    verb = fund.head.head
    for _ in range(3):  # "provide $5 million in technical assistance from the Japan Fund": the clause's head
        if verb.dep_ in {"ROOT", "ccomp", "advcl", "conj", "xcomp", "relcl"} or verb.head is verb:
            break
        verb = verb.head
    if fund.head.lower_ == "from":
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(ent_at(doc, c.i) is not None and ent_at(doc, c.i)._.kind == "organisation" for c in subjects):
            return True
    sent = fund.sent
    comma = next((t for t in doc[fund.i : sent.end] if t.text in {",", "("}), None)
    if comma is None:
        return False
    rest = [t.lower_ for t in doc[comma.i + 1 : min(comma.i + 8, sent.end)]]
    return ("fund" in rest and any(w in _HELD_FUND for w in rest[: rest.index("fund") + 3]))


_BUSINESS_HEADS = frozenset("council association federation confederation forum".split())


def business_body(ent: Span) -> bool:
    """A state's name or demonym opening the name of a chamber of commerce or a business association,
    which speaks for its members, not the state: "the Serbian Chamber of Commerce", "the
    Colombian-Ecuadorian Chamber of Commerce", "the Kenya Private Sector Business Council" (not
    "the Serbian Council of Ministers", "the Italian Institute for Asian Studies")."""
    doc = ent.doc
    words = []
    for token in doc[ent.end : min(ent.end + 6, len(doc))]:
        if token.text in {"-", "–"} and not token.whitespace_:
            continue  # "Colombian-Ecuadorian"
        if not (token.is_title and token.is_alpha):
            break
        words.append(token.lower_)
    if "chamber" in words or "chambers" in words:
        return True
    if any(w in _SPORTS and nxt in _SPORT_HEADS for w, nxt in zip(words, words[1:], strict=False)):
        return True  # a sport's body speaks for its sport: "the Royal Moroccan Football Federation said"
    return any(w in _BUSINESS_WORDS and nxt in _BUSINESS_HEADS for w, nxt in zip(words, words[1:], strict=False))


# the heads of a charity's or an advocacy group's name, with the cause it works for
_CHARITY_NAME_HEADS = frozenset("commission council committee society".split())
# causes of help or liberty after "for"/"on" ("the Spanish Commission for Refugee Aid"); not
# what a state's own body serves ("for Cultural Relations", "for Refugees", "on Human Rights")
_CHARITY_CAUSES = frozenset("aid relief liberties freedoms".split())
# words that make such a name a state's own body: "the Nigerian National Commission for ..."
_CHARITY_STATE_WORDS = frozenset("national state federal government independent parliamentary presidential".split())


def _charitys_name(ent: Span) -> bool:
    """A state's name or demonym opening the name of a charity or an advocacy group, which speaks for
    no state: "the Finnish Red Cross", "the Kenya Red Cross Society", "the Danish Refugee
    Council", "the Spanish Commission for Refugee Aid", "the Irish Council for Civil Liberties"
    (not "the Norwegian Ministry of Defence", "the Indian Council of Ministers", "the Indian
    Council for Cultural Relations", "the Irish Human Rights and Equality Commission", a
    state's bodies)."""
    doc = ent.doc
    words: list[str] = []
    i = ent.end
    while i < min(ent.end + 5, len(doc)) and doc[i].is_title and doc[i].is_alpha:
        words.append(doc[i].lower_)
        i += 1
    if words[:2] in (["red", "cross"], ["red", "crescent"]):
        return True
    if not words or words[-1] not in _CHARITY_NAME_HEADS or _CHARITY_STATE_WORDS & set(words):
        return False
    if len(words) > 1 and words[-2] in {"refugee", "refugees"} and words[-1] in {"council", "committee"}:
        return True  # "the Danish Refugee Council"
    if i >= len(doc) or doc[i].lower_ not in {"for", "on"}:
        return False
    cause = []
    for token in doc[i + 1 : min(i + 5, len(doc))]:
        if not (token.is_title and token.is_alpha):
            break
        cause.append(token.lower_)
    return bool(_CHARITY_CAUSES & set(cause))


def _body_for(ent: Span) -> bool:
    """A state's name "for" which a body with a capitalised name works, which is not that state's:
    "the Office for Kosovo and Metohija" (Serbia's)."""
    doc = ent.doc
    i = ent.start - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ == "for" and doc[i - 1].is_title and doc[i - 1].lower_ in _FOR_STATE_HEADS


# capitalised head words of the name of an organisation's mission, office or force in a state:
# "the African Union Transition Mission in Somalia", "the OSCE Mission to Serbia"
_MISSION_HEADS = frozenset("mission office force operation delegation".split())
_MISSION_WORDS = frozenset({"and", "of"})  # "the EU Rule of Law Mission in Kosovo"


def _in_mission_name(ent: Span, resolved: dict[int, tuple[str | None, str | None, str | None]]) -> bool:
    """A state's name "in", "to" or "for" right after the capitalised head word of an organisation's
    mission, office or force, which ends that body's name: the organisation's name opens it, with
    only capitalised words between ("the African Union Transition Mission in Somalia", "the UN
    Mission in South Sudan (UNMISS)", "the OSCE Mission to Serbia"); not a mission in lower case
    ("the UN mission in Mali"), nor one no organisation's name opens ("a Kenyan Trade Mission to
    Somalia"), nor a lender's "to" a state, a visit to deal with it ("the IMF Mission to Ghana")."""
    doc = ent.doc
    i = ent.start - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 2 or doc[i].lower_ not in {"in", "to", "for"} or not (
            doc[i - 1].is_title and doc[i - 1].lower_ in _MISSION_HEADS):
        return False
    for token in reversed(doc[max(0, i - 8) : i]):
        if token.ent_type_:
            # the organisation's name, or a name the tagger took with the head ("UN Verification Mission")
            start = token.i
            while start > 0 and doc[start].ent_iob_ != "B":
                start -= 1
            code, kind, _ = resolved.get(start, (None, None, None))
            # a lender's mission "to" a state is a visit that deals with it, which acts: "the IMF Mission to Ghana"
            return kind == "organisation" and not (doc[i].lower_ == "to" and code in LENDING_ORGS)
        if not (token.is_title and token.is_alpha or token.lower_ in _MISSION_WORDS) or token.is_sent_start:
            return False
    return False


def _in_group_name(ent: Span, before: Span | None) -> bool:
    """A state's name right after (``before``) an armed group's, with nothing between, that ends
    one longer name: the group's word joined to words before it by hyphens, or the whole given an
    acronym in brackets ("the banned Tehreek-i-Taliban Pakistan (TTP)", "Islamic State Somalia
    (ISS)"); not "the Taliban Pakistan talks"."""
    if not (before is not None and before.end == ent.start and before._.kind == "group"
            and ent._.via == "name" and before[-1].whitespace_):
        return False
    doc = ent.doc
    joined = before.start > 0 and doc[before.start - 1].text in {"-", "–"} and not doc[before.start - 1].whitespace_
    acronym = ent.end + 1 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 1].is_upper
    return joined or acronym


def _agency_name(token: Token) -> bool:
    """ "News" of "Kenya News Agency", "Broadcasting" of "Rwanda Broadcasting Agency"."""
    kinds = _AGENCY_KINDS.get(token.lower_)
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return kinds is not None and after is not None and after.is_title and after.lower_ in kinds


def possessive(ent: Span, end: int | None = None) -> bool:
    """ "Peru's", "the Philippines'", "the IMF's": the entity owns what follows it (before ``end``, a
    token index, where given)."""
    limit = len(ent.doc) if end is None else end
    return ent.end < limit and ent.doc[ent.end].lower_ in {"'s", "’s", "'", "’"}


def _its_organisation(person: Span) -> str | None:
    """The organisation an official titled through "its" acts for, whatever the gazetteer knows
    of them: "IGAD plans a summit. Its executive secretary, Workneh Gebeyehu, warned" is IGAD's, and
    "Its chair, Samoan Prime Minister X," after the Alliance of Small Island States is the alliance's. "Its" is the subject of the sentence before, or of the one before that, when that subject is
    an organisation; a state's "its" is left to the gazetteer. Needs the parse."""
    office = person.root.head
    if not (person.root.dep_ == "appos" and office.i < person.start and office.lower_ in _OFFICES | {"chair"}
            and any(c.dep_ == "poss" and c.lower_ == "its" for c in office.children)):
        return None
    doc, start = person.doc, person.sent.start
    for _ in range(2):
        if start == 0:
            return None
        sent = doc[start - 1].sent
        subjects = [e for e in sent.ents if e._.code and e.root.dep_ in {"nsubj", "nsubjpass"}
                    and e.root.head.dep_ == "ROOT"]
        if subjects:
            return subjects[0]._.code if subjects[0]._.kind == "organisation" else None
        start = sent.start
    return None


# the words of an organisation's own name that stand for it in lower case too: "the forum's secretary general",
# "the court's president" (of the International Court of Justice named last)
_ORGANISATION_HEADS = frozenset({"forum", "community", "council", "union", "commission", "court"})
_FORMER = frozenset({"former", "ex", "ex-", "then", "outgoing", "erstwhile"})


# the party and state in brackets after a member of the US Congress: "(R-Neb.)", "(D-N.H.)", "(I-Vt.)", "(D-NY)"
_US_PARTY_STATE = re.compile(r"\s*\((?:R|D|I|ID)[-–](?:[A-Z][a-z]*\.?\s?){1,3}\)")


# the participles that put a person at the head of a body: "the AU High-Level Panel on Sudan, led by X"
_HEADING_BODY = frozenset("led headed chaired".split())


def _led_organisation(person: Span, resolved: dict[int, tuple[str | None, str | None, str | None]]) -> str | None:
    """The organisation whose body a "led by", "headed by" or "chaired by" on it puts the person at the head of,
    which outranks what the leader table knows of them: "the AU High-Level Panel on Sudan, led by Mohamed Ibn
    Chambas," is the AU's, not ECOWAS's, which he led before; "The AU mediation team, headed by X," the AU's.
    The organisation is named on the body before it, or the body is in its name; not a state's body ("The Kenyan
    delegation, led by ..."). Needs the parse."""
    by = person.root.head
    if person.root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent" or by.head.lower_ not in _HEADING_BODY:
        return None
    if by.head.dep_ != "acl":
        return None
    body = by.head.head
    for t in [body, *(t for t in body.subtree if t.i < body.i)]:
        ent = next((e for e in person.doc.ents if e.start <= t.i < e.end), None)
        code, kind, _ = resolved.get(ent.start, (None, None, None)) if ent is not None else (None, None, None)
        if kind == "organisation" and code:
            return code
    return None


def _office_organisation(person: Span, resolved: dict[int, tuple[str | None, str | None, str | None]]) -> str | None:
    """The organisation whose office a title before the person or an apposition after the name
    gives them, which outranks what the leader table knows of them: "The Secretary General of the
    Pacific Islands Forum, Baron Waqa," and "Baron Waqa, the forum's secretary general," are PIF's,
    not Nauru's, whose president he was. The office's owner is its possessive or its "of" phrase:
    an organisation, or "the forum", "the community", "the council", "the union", "the commission"
    for the one named last before it with that word in its name, "the bloc" or "the alliance" for
    the bloc or alliance named last, "the organisation" for the one named last; or an organisation's
    name before the office ("Dilma Rousseff, the NDB president"). None for a former office ("a former secretary general of the forum") or a state's
    ("the secretary general of Kenya's ruling party"). Needs the parse."""
    doc = person.doc
    offices = _apposed_offices(person)
    for office in offices:
        if office.lower_ not in _HEADS or any(t.lower_ in _FORMER for t in office.subtree if t.i < office.i):
            continue
        # "the NDB president": a name before the office is its owner too, if an organisation's
        # (the parser's "nmod" is such a name too: "Peter Sørensen, the EU special representative")
        owners = [c for c in office.children if c.dep_ in {"poss", "compound", "nmod"}] + [
            p for c in office.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        for owner in owners:
            ent = next((e for e in doc.ents if e.start <= owner.i < e.end), None)
            if ent is None and owner.dep_ == "pobj" and owner.lower_ in _ORGANISATION_BODIES:
                # "The head of the UN Integrated Office in Haiti, Carlos Ruiz Massieu,": the office, mission
                # or team an organisation's name before it says is its own
                ent = next((e for c in owner.children if c.dep_ in {"compound", "nmod"} and c.i < owner.i
                            for e in doc.ents if e.start <= c.i < e.end
                            and resolved.get(e.start, (None, None, None))[1] == "organisation"), None)
            if (ent is not None and len(ent) == 1 and resolved.get(ent.start, (None, None, None))[0] is None
                    and owner.lower_.replace("organization", "organisation") in _ORGANISATION_HEADS | {"organisation"}):
                ent = None  # "The Forum's Secretary General, Baron Waqa,": the word the tagger took for a name is the forum
            if ent is not None:
                code, kind, _ = resolved.get(ent.start, (None, None, None))
                if owner.dep_ in {"compound", "nmod"} and not (kind == "organisation" and code):
                    continue  # "the Kenya president" is left to the gazetteer
                return code if kind == "organisation" and code else None
            word = owner.lower_.replace("organization", "organisation")
            if owner.dep_ in {"compound", "nmod"} or word not in _ORGANISATION_HEADS | {"organisation", "bloc", "alliance"} or not any(
                    c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
                continue
            for e in reversed([e for e in doc.ents if e.end <= owner.i]):
                code, kind, _ = resolved.get(e.start, (None, None, None))
                if word == "court" and "court" in e.text.lower().split() and not (kind == "organisation" and code):
                    break  # the court named last is a state's: "the Supreme Court ... the court's president"
                # "the bloc's special representative": the bloc named last before it
                if kind == "organisation" and code and (word == "organisation" or word in e.text.lower().split()
                                                        or word in ORGANISATION_WORDS.get(code, ((), ()))[0]
                                                        or code in {"bloc": BLOCS, "alliance": ALLIANCES}.get(word, ())):
                    return code
            return None
        if office.lower_ == "commissioner" and not any(o.dep_ in {"poss", "pobj"} for o in owners) and _portfolio(office):
            # an office only a commission of an organisation has, with no owner: the one named last before it
            # with a commission among its names ("Marta Kos, the enlargement commissioner," after the EU)
            for e in reversed([e for e in doc.ents if e.end <= person.start]):
                code, kind, _ = resolved.get(e.start, (None, None, None))
                if kind == "organisation" and code and "commission" in ORGANISATION_WORDS.get(code, ((), ()))[1]:
                    return code
    return _commissioner_before(person, resolved)


def _commissioner_before(person: Span, resolved: dict[int, tuple[str | None, str | None, str | None]]) -> str | None:
    """The organisation whose commissioner a capitalised title right before the name makes the
    person, as the apposition after it does: with a portfolio in capitals ("Enlargement Commissioner
    Marta Kos", "Home Affairs Commissioner Jana Horvat"), the organisation named last before it with a
    commission among its names; with none ("Commissioner Jana Horvat"), the one named last whose
    commission the text named ("the European Commission"). Not a domestic one's words ("Police
    Commissioner", "Regional Commissioner", "High Commissioner"), a former one, one a state, a place or
    an organisation's name before owns ("Kenya's Trade Commissioner", "EU Trade Commissioner" is the
    title's own rule), nor one whose "of" after the name gives the owner."""
    doc, i = person.doc, person.start - 1
    if i < 0 or doc[i].text != "Commissioner" or (person.end < len(doc) and doc[person.end].lower_ == "of"):
        return None
    j, words = i - 1, []
    while j >= 0 and (doc[j].is_title or (words and doc[j].lower_ in {"and", "&"})):
        words.append(doc[j])
        j -= 1
    if words and words[-1].lower_ in {"and", "&"}:
        return None
    before = doc[j] if j >= 0 else None
    if (before is not None and (before.lower_ in {"'s", "’s", "'", "’"} or before.ent_type_ in _OWNER_LABELS)) or any(
            t.lower_ in _FORMER | _DOMESTIC_COMMISSIONERS or t.ent_type_ in _OWNER_LABELS - {"ORG"}
            or (t.ent_type_ == "ORG" and _code_at(t, resolved)) for t in words):
        return None
    for e in reversed([e for e in doc.ents if e.end <= i]):
        code, kind, _ = resolved.get(e.start, (None, None, None))
        if kind == "organisation" and code and "commission" in ORGANISATION_WORDS.get(code, ((), ()))[1] and (
                words or "commission" in e.text.lower().split()):
            return code
    return None


# the labels of a name that owns an office it is right before: "Kenya's", "Kenyan", "EU"
_OWNER_LABELS = frozenset({"GPE", "NORP", "LOC", "ORG", "FAC", "PERSON"})


def _code_at(token: Token, resolved: dict[int, tuple[str | None, str | None, str | None]]) -> str | None:
    """The code the gazetteer gives the entity ``token`` is in."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return resolved.get(ent.start, (None, None, None))[0] if ent is not None else None


# a commissioner's portfolios that no organisation's commission has: a city's, a state's or a court's
_DOMESTIC_COMMISSIONERS = frozenset("""police high deputy assistant county district city election electoral
    information privacy tax revenue customs prison prisons fire children's children victims ombudsman
    regional provincial divisional resident municipal metropolitan chief""".split())


# what only a state's or a city's commissioner "for" holds: "the Commissioner for Works", "for Lands" (an
# organisation's commission has health, energy or justice too: "the Commissioner for Health and Animal Welfare")
_DOMESTIC_PORTFOLIOS = frozenset("police works lands".split())


def _portfolio(office: Token) -> bool:
    """Whether the commissioner ``office`` has a portfolio before it in lower case, no name and no
    domestic office's: "the enlargement commissioner", "the trade commissioner" (not "the police
    commissioner", "the High Commissioner", "Kenya's information commissioner")."""
    before = [c for c in office.children if c.i < office.i and c.dep_ in {"compound", "amod", "nmod"}]
    after = [t for c in office.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == office.i + 1
             for t in c.subtree if t.i > c.i]
    if not before and after and office.i > 0 and office.doc[office.i - 1].lower_ == "the":
        # or after it, "for" and the portfolio, in capitals too: "The Commissioner for Internal Affairs
        # and Migration, Magnus Brunner," (not "the Commissioner for Police", nor a domestic one's words)
        return all(t.lower_ not in _DOMESTIC_COMMISSIONERS | _DOMESTIC_PORTFOLIOS
                   for t in after)
    return bool(before) and all(c.is_lower and c.ent_type_ == "" and c.lower_ not in _DOMESTIC_COMMISSIONERS
                                for c in before)


# the heads of a state's delegation or body that a person's office is "of": "the head of the
# Sudanese Armed Forces delegation", "the leader of Kenya's delegation"
_HEADS = _OFFICES | {"head", "leader", "manager"}
# what an organisation's name before it makes its own, whose head is the organisation's official:
# "the UN Integrated Office in Haiti", "the AU mission in Somalia"
_ORGANISATION_BODIES = frozenset("office mission team operation secretariat commission delegation".split())
_STATE_BODY_NOUNS = _BODY_HEADS | {"delegation", "mission", "forces", "team"}
# verbs of leading a body, whose agent is its head: "the Kenyan delegation, led by ..."
_LEADS = frozenset({"led", "headed", "chaired"})


_CHAIRS = frozenset("chair chairman chairwoman chairperson".split())


def _chairs_in_turn(person: Span) -> bool:
    """Whether the only office an apposition after the name gives the person is an organisation's
    chair: a state's head who chairs it in turn speaks for the state the title before the name or the
    leader table gives ("Guyana's President Dr Irfaan Ali, the current CARICOM chairman," is GUY's);
    "Dilma Rousseff, the NDB president" holds the organisation's own office."""
    offices = _apposed_offices(person)
    return bool(offices) and all(o.i >= person.end and o.lower_ in _CHAIRS for o in offices)


def _apposed_offices(person: Span) -> list[Token]:
    """The offices a person's name is in apposition to: the noun it hangs on before it, a noun in
    apposition after it, and the head of an office's phrase whose "of", "in", "for" or "at" phrase
    the parser hung the name on, where a comma right before the name closes that phrase ("The head
    of the UN Integrated Office in Haiti, Carlos Ruiz Massieu,": "head", not "Haiti")."""
    root, doc = person.root, person.doc
    offices = [root.head] if root.dep_ == "appos" and root.head.i < person.start else []
    offices += [c for c in root.children if c.dep_ == "appos" and c.i >= person.end]
    if root.dep_ == "appos" and person.start > 0 and doc[person.start - 1].text == ",":
        word = root.head
        for _ in range(3):
            if not (word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.lower_ in {"of", "in", "for", "at"}):
                break
            word = word.head.head
            if word.lower_ in _HEADS and word not in offices:
                offices.append(word)
                break
    return offices


def _office_of_a_state_body(person: Span, resolved: dict[int, tuple[str | None, str | None, str | None]]) -> str | None:
    """The state whose delegation or body the office a person is in apposition to heads, through
    its "of": "The head of the Sudanese Armed Forces delegation, Lieutenant General Yasir al-Atta,"
    and "Kenya's delegation" are their states' (not "the head of the Sudan programme at Chatham
    House", nor a former office, nor a body of two states); and the state whose delegation or body
    a "led by" or "headed by" phrase names the person as leading: "The Kenyan delegation, led by
    Water Secretary Joseph Kariuki," is Kenya's. Needs the parse."""
    offices = _apposed_offices(person)
    root = person.root
    if (root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lower_ in _LEADS
            and root.head.head.dep_ == "acl" and root.head.head.head.lower_ in _STATE_BODY_NOUNS
            and not any(t.lower_ in _FORMER for t in person.doc[root.head.i : person.start])):
        offices = [root.head.head]  # "the Kenyan delegation, led by": the body itself, as an "of" after an office
    for office in offices:
        if office.dep_ == "acl" and office.lower_ in _LEADS:
            words = {t.i for t in office.head.subtree if t.i <= office.head.i}
            codes = {resolved.get(e.start, (None, None, None))[0] for e in person.doc.ents
                     if any(t.i in words for t in e) and resolved.get(e.start, (None, None, None))[1] == "state"}
            codes.discard(None)
            return codes.pop() if len(codes) == 1 else None
        if office.lower_ not in _HEADS or any(t.lower_ in _FORMER for t in office.subtree if t.i < office.i):
            continue
        bodies = [p for c in office.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" and p.lower_ in _STATE_BODY_NOUNS]
        for body in bodies:
            words = {t.i for t in body.subtree if t.i <= body.i}
            codes = {resolved.get(e.start, (None, None, None))[0] for e in person.doc.ents
                     if any(t.i in words for t in e) and resolved.get(e.start, (None, None, None))[1] == "state"}
            codes.discard(None)
            if len(codes) == 1:
                return codes.pop()
    return None


# the words of a lender's name before "Bank" after a state's: "Kenya Commercial Bank"
_LENDERS_WORDS = frozenset("commercial savings cooperative co-operative merchant".split())


# a private post held at a workplace: "a lecturer at Garissa University", "a trader in Mandera"
_PRIVATE_POSTS = frozenset(
    """lecturer professor teacher student trader shopkeeper farmer engineer doctor nurse researcher analyst
    economist journalist reporter lawyer businessman businesswoman driver worker employee accountant
    pharmacist imam pastor priest""".split()
)


def _private_namesake(person: Span) -> bool:
    """A name the gazetteer gives a leader whose apposition right after it makes the person one who
    holds a private post at a workplace: "Omar Bashir, a lecturer at Garissa University," (not "Omar
    al-Bashir, the former president,", nor "Abdalla Hamdok, an economist," with no workplace)."""
    doc = person.doc
    if person.end + 2 >= len(doc) or doc[person.end].text != "," or doc[person.end + 1].lower_ not in {"a", "an"}:
        return False
    for token in doc[person.end + 2 : min(person.end + 6, len(doc) - 1)]:
        if token.is_punct:
            return False
        if token.lower_ in _PRIVATE_POSTS:
            return doc[token.i + 1].lower_ in {"at", "with", "for"}
    return False


# words of a state's body, office or party, not a company's: "Thailand's Commerce Minister", "Panama's
# Maritime Authority", "Vietnam's Communist Party"
_OWNED_NOT_COMPANY = _OFFICE_AFTER_COMPANY | _STATE_BODY_WORDS | _FOR_STATE_HEADS | _TITLES | frozenset(
    "party parties communist".split())


def _owns_a_company(ent: Span, resolved: dict[int, tuple[str | None, str | None, str | None]]) -> bool:
    """A state's possessive on a name the tagger took for a group or an organisation that the gazetteer
    does not code and no word of a state's body, office or party is in: a company's, "Italy's Piaggio and Germany's Bosch
    said", also past the words before the name that call it a company, "Russia's state railway company RZD" (not
    "Italy's government", "France's foreign ministry", "Iran's Guardian Council", a surname of a person named before,
    "Italy's Giorgetti" after "Giancarlo Giorgetti", nor a coded name, "Kenya's Ruto")."""
    doc = ent.doc
    if ent._.via != "name" or ent.end >= len(doc) or doc[ent.end].lower_ not in {"'s", "’s"}:
        return False
    # also past the words that call it a company before its name: "Russia's state railway company RZD"
    start = ent.end + 1
    while start < min(ent.end + 5, len(doc)) and doc[start].is_lower and doc[start].is_alpha:
        start += 1
    called = start > ent.end + 1 and doc[start - 1].lower_ in _CALLED_COMPANY
    owned = ent_at(doc, start if called else ent.end + 1)
    if owned is None or owned.start != (start if called else ent.end + 1) or resolved.get(owned.start, (None,))[0]:
        return False
    if owned.label_ not in {"ORG", "NORP"} and not (owned.label_ == "GPE" and _listed_with_a_company(owned, resolved)):
        return False
    if any(e.label_ == "PERSON" and e[-1].text == owned[-1].text for e in doc.ents):
        return False  # "Italy's Giorgetti" after "Economy Minister Giancarlo Giorgetti"
    # a name the gazetteer lists as a company needs no parse to own it, which a list of two can break:
    # "France's EDF and South Korea's KHNP", "EDF" parsed as a modifier of "KHNP"
    listed = resolved.get(owned.start, (None, None))[1] == "nonstate" and owned.label_ == "ORG"
    if not listed and not owned.start <= ent.root.head.i < owned.end and not (
            called and ent.end < ent.root.head.i < owned.start):
        return False  # the possessive is on what follows the name: "Sudan's Christian minority"
    # an acronym or a name in mixed case too, where the gazetteer or the text calls it a company:
    # "Azerbaijan's SOCAR", "Kazakhstan's KazMunayGas", "Turkey's BOTAS"
    company = resolved.get(owned.start, (None, None))[1] == "nonstate" or _called_a_company(owned)
    return all((t.is_title or company and t.text[0].isupper()) and t.is_alpha and t.lower_ not in _OWNED_NOT_COMPANY
               for t in owned)


# what the text calls a company before its name or in apposition: "state energy company BOTAS", "KMG, the
# state oil producer,"
_CALLED_COMPANY = _COMPANY_NOUNS | frozenset("utility producer supplier giant major group".split())


def _called_a_company(name: Span) -> bool:
    """Whether the document calls the name ``name`` a company where it names it: after a company's
    noun, "state energy company BOTAS", or in apposition, "BOTAS, the state pipeline operator,"."""
    doc = name.doc
    for ent in doc.ents:
        if ent.text != name.text:
            continue
        if ent.start > 0 and doc[ent.start - 1].lower_ in _CALLED_COMPANY:
            return True
        if ent.end + 2 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ in {"a", "an", "the"}:
            for token in doc[ent.end + 2 : ent.end + 6]:
                if token.is_punct:
                    break
                if token.lower_ in _CALLED_COMPANY:
                    return True
    return False


def _listed_with_a_company(owned: Span, resolved: dict[int, tuple[str | None, str | None, str | None]]) -> bool:
    """Whether a name the tagger took for a place, owned by a state's possessive, stands in one list
    with a name tagged a group or an organisation that is so owned too: "Italy's Piaggio, France's
    Valeo and Germany's Bosch" ("Valeo" tagged a place); not a list of places, "Kenya's Mombasa and
    Tanzania's Tanga"."""
    head = owned.root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    members = [head, *(t for t in head.subtree if t.dep_ == "conj" and t.i not in range(owned.start, owned.end))]
    for member in members:
        other = ent_at(owned.doc, member.i)
        if other is None or other.start == owned.start or other.label_ not in {"ORG", "NORP"} \
                or resolved.get(other.start, (None,))[0] or other.start < 2:
            continue
        if owned.doc[other.start - 1].lower_ in {"'s", "’s"} and any(
                c.dep_ == "poss" and (e := ent_at(owned.doc, c.i)) is not None and e.label_ == "GPE"
                for c in other.root.children):
            return all(t.is_title and t.is_alpha and t.lower_ not in _OWNED_NOT_COMPANY for t in owned)
    return False


def _in_company_name(ent: Span) -> bool:
    """A state's name or demonym in a company's or a brand's name: "Georgia Power", "Korea Electric
    Power Corporation", "Nippon Steel", "Indian Oil", "Air Senegal", "Jordan-brand sneakers" (not a
    state's office: "the Pakistan Oil Ministry", "the Turkish Energy and Natural Resources Ministry",
    "Senegal Air Force")."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].text == "Air":
        return True  # "Air India", "Air Senegal"
    following = doc[ent.end] if ent.end < len(doc) else None
    if following is not None and following.text == "-" and ent.end + 1 < len(doc):
        return doc[ent.end + 1].lower_ in {"brand", "branded", "listed"}  # "a Kingston-listed company"
    if ent._.via in {"capital", "place"} and _bank_named_for(ent):
        return True  # "Bangkok Bank", "Banco de Bogotá": a central bank is named for its state
    if ent._.via == "name" and _lenders_name(ent):
        return True  # "Bank of Georgia fell 3.1%": a central bank is "the Bank of ..." (or a body's name)
    if ent._.via in {"name", "capital", "place"} and (_named_in_romance(ent) or _papers_name(ent)):
        return True  # "Banco de Chile", "Universidad de Chile", "The Greenland Daily"
    if ent._.via == "name" and _airline_emirates(ent):
        return True  # "Emirates cancelled flights": the airline, not "the Emirates"
    if _apposed_company(ent):
        return True
    if following is None or not (following.is_title or (following.is_upper and following.is_alpha)):
        return False  # "Emirates NBD": an acronym may end a company's name
    head = following.lower_ in _COMPANY_HEADS and ent._.via in {"name", "demonym"}
    # the rest of the name, through "and": "the Turkish Energy and Natural Resources Ministry"
    name = list(itertools.takewhile(lambda t: t.is_title or t.is_upper or t.lower_ in {"and", "&"},
                                    doc[ent.end : ent.end + 6]))
    if any(token.lower_ in _OFFICE_AFTER_COMPANY for token in name):
        return False  # "the Russian Industry Ministry"
    if ent._.via == "name" and len(name) > 1 and name[-1].lower_ in _AIRLINE_ENDS:
        return True  # "Cambodia Angkor Air": an airline's name ends in "Air" after the state's
    if ent._.via == "name" and len(name) > 1 and name[-1].lower_ == "bank" \
            and any(t.lower_ in _LENDERS_WORDS for t in name[:-1]):
        return True  # "Kenya Commercial Bank": a lender's, not a state's policy bank ("China Development Bank")
    if ent._.via in {"capital", "place"} and len(name) > 1 and name[-1].lower_ in _MARKET_ENDS:
        return True  # "the Honiara Central Market": a marketplace's name, a place, not the government
    # "the Sudan Chemical Corporation", "Thai Union Group", "Prishtina Mall"
    return head or any(token.lower_ in _COMPANY_ENDS and not token.is_lower for token in name)


# the words of a state's or a city's own body or office, which a capital before them still names:
# "the Delhi Police", "the Islamabad High Court", "the Moscow City Duma", "Moscow Mayor Sergei Sobyanin"
# (nor the games a state hosts: "the Beijing Olympics")
_CITY_BODY_WORDS = _BODY_HEADS | _OFFICE_AFTER_COMPANY | _TITLES | _STATE_BODY_WORDS | frozenset(
    """high city municipal metropolitan regional duma mayor administration authorities regime olympics
    paralympics games""".split())


def _opens_a_name(ent: Span) -> bool:
    """A capital that opens a company's or a thing's capitalised name of one or two more words, no
    other name and no word of a body or office among them, the capital on the name's head: "Tokyo
    Electron's sales", "shares of Seoul Semiconductor", "Moscow Exchange suspended trading" (not
    "the Delhi Police", "Moscow Mayor Sergei Sobyanin", the games a state hosts, "the Beijing
    Olympics", nor a title-case line, "Tokyo Protests Beijing Move"). Needs the parse."""
    doc = ent.doc
    if ent._.via != "capital" or not doc.has_annotation("DEP"):
        return False
    end = ent.end
    while end < len(doc) and end - ent.end < 3 and doc[end].is_title and doc[end].is_alpha \
            and not doc[end].ent_type_ and not doc[end].is_sent_start:
        if doc[end].lower_ in _CITY_BODY_WORDS:
            return False
        end += 1
    if end == ent.end or end - ent.end > 2 or (end < len(doc) and not doc[end].is_sent_start
                                               and (doc[end].is_title or doc[end].is_upper)):
        return False
    return ent.root.dep_ == "compound" and ent.end <= ent.root.head.i < end


def _think_tanks_name(ent: Span) -> bool:
    """``ent`` is one of two or more capitalised words that name a think tank just before the
    words "think tank": "ISIS" and "Malaysia" of "the ISIS Malaysia think tank" (not "a New Delhi
    think tank", a city alone, nor "a Chinese think tank")."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper) and doc[start - 1].is_alpha \
            and doc[start - 1].lower_ != "the" and not doc[start - 1].is_sent_start:
        start -= 1
    while end < len(doc) and (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha:
        end += 1
    after = [t.lower_ for t in doc[end : end + 3]]
    return end - start > len(ent) and (after[:2] == ["think", "tank"] or after == ["think", "-", "tank"])


# the word before "Bank of" a state that makes it the state's central bank: "the Reserve Bank of Malawi"
_CENTRAL_BANK_WORDS = frozenset({"Reserve", "Central"})


def _bank_named_for(ent: Span) -> bool:
    """A city's name as a bank's: "Bangkok Bank", "Banco de Bogotá", "the Bank of Kigali"."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].text in {"Bank", "Banco", "Banque"}:
        return True
    # capitalised words of its own between: "Abu Dhabi Commercial Bank", "Dubai Islamic Bank"
    name = list(itertools.takewhile(lambda t: t.is_title and t.is_alpha, doc[ent.end : ent.end + 3]))
    if name and any(t.text == "Bank" for t in name) and not any(t.lower_ in _OFFICE_AFTER_COMPANY for t in name):
        return True
    before = [t.text for t in doc[max(0, ent.start - 2) : ent.start]]
    return before in (["Bank", "of"], ["Banco", "de"], ["Banco", "do"], ["Banque", "de"], ["Banco", "del"])


# words around "Emirates" that make it the airline's name: "Emirates cancelled flights to Tehran"
_AIRLINE_WORDS = frozenset(
    """flight flights fleet airline airlines carrier carriers route routes passenger passengers aircraft plane planes
    jet jets airliner airliners airport airports cabin crew crews""".split())


# a bank's or a university's word and "of" before a place that ends its name, in Spanish, Portuguese,
# French, Italian or Catalan: "Banco de Chile", "Banco do Brasil", "Universidad de Chile", "Université de
# Montréal" (a central bank of that shape, "Banco de España", "Banque de France", is a body the gazetteer
# knows and never reaches here)
_ROMANCE_NAMED = frozenset("banco banque banca universidad universidade université università universitat".split())
_ROMANCE_OF = frozenset("de do da del du di d'".split())
# the word after a place that ends a paper's name: "The Greenland Daily", "the Nuuk Herald"
_PAPER_ENDS = frozenset("Daily Times Post Herald Gazette Tribune".split())


def _named_in_romance(ent: Span) -> bool:
    """A place after a bank's or a university's word and "de", "do", "del", "du" or "di": "Banco de
    Chile said", "students at the Universidad de Chile", "the Université de Montréal" (not "the
    Central Bank of Chile", nor "Chile's central bank")."""
    doc = ent.doc
    return (ent.start >= 2 and doc[ent.start - 1].lower_ in _ROMANCE_OF
            and doc[ent.start - 2].is_title and doc[ent.start - 2].lower_ in _ROMANCE_NAMED)


def _papers_name(ent: Span) -> bool:
    """A place before a paper's last word, capitalised, that ends the name: "The Greenland Daily, a
    local newspaper, said", "the Nuuk Herald" (not "Greenland's daily catch", nor "the Greenland Post
    Office")."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text not in _PAPER_ENDS:
        return False
    return ent.end + 1 >= len(doc) or not (doc[ent.end + 1].is_title and doc[ent.end + 1].is_alpha)


def _lenders_name(ent: Span) -> bool:
    """A state's name after "Bank of" with no "the" before it, nor a title after it: a lender's name
    ("Bank of Georgia fell 3.1% in London", "shares of Bank of Cyprus"); a central bank is "the Bank
    of Ghana" (a name the gazetteer knows, "Bank of Japan", is a body and never reaches here), or
    "Bank of Ghana Governor ..." with its title."""
    doc = ent.doc
    if ent.start < 2 or [t.text for t in doc[ent.start - 2 : ent.start]] != ["Bank", "of"]:
        return False
    before = doc[ent.start - 3] if ent.start >= 3 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    return (before is None or before.lower_ != "the") and not (after is not None and after.is_title)


def _airline_emirates(ent: Span) -> bool:
    """ "Emirates" with no "the" before it in a sentence on flights, a fleet, an airline or its
    planes: the Dubai airline ("Emirates cancelled flights to Tehran", "Air India and Emirates
    said they were reviewing contracts with aircraft-parts suppliers"); not "the Emirates", nor
    "Emirates" in a sentence with no such word."""
    doc = ent.doc
    if ent.text != "Emirates" or (ent.start > 0 and doc[ent.start - 1].lower_ == "the"):
        return False
    sent = doc[ent.start].sent
    return any(t.lower_ in _AIRLINE_WORDS for t in sent)


def _apposed_company(ent: Span) -> bool:
    """A state's name inside a longer name that an apposition calls a company: "Digicel Haiti, the
    mobile operator", "Jamaica Producers Group, a Kingston-listed company" (not "Kenya, a major
    tea exporter", a state alone)."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0 and doc[start - 1].is_title and not doc[start - 1].ent_type_ and doc[start - 1].is_alpha \
            and doc[start - 1].lower_ not in _OFFICE_AFTER_COMPANY and doc[start - 1].lower_ != "the":
        start -= 1
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_ == "GPE":
        end += 1
    if end - start == len(ent) or end + 2 >= len(doc) or doc[end].text != "," \
            or doc[end + 1].lower_ not in {"a", "an", "the"}:
        return False
    for token in doc[end + 2 : end + 6]:
        if token.text in {",", ".", ";"}:
            return False
        if token.lower_ in _COMPANY_NOUNS:
            return True
    return False


# the words after a name that make it an oil or gas field's: "the offshore Mubarak oil field"
_FIELD_WORDS = frozenset("oil gas natural and".split())


def _names_a_field(ent: Span) -> bool:
    """Whether the entity names an oil or gas field: "the Mubarak oil field", "the Zohr gasfield",
    "the Leviathan natural gas field"."""
    following = [t.lower_ for t in ent.doc[ent.end : ent.end + 4]]
    words = list(itertools.takewhile(lambda w: w in _FIELD_WORDS, following))
    rest = following[len(words) : len(words) + 1]
    return (bool(words) and rest in (["field"], ["fields"])) or (following[:1] in (["oilfield"], ["gasfield"]))


def _posted_to(ent: Span) -> bool:
    """ "Ambassador to Brazil": the state an office is posted to, not the state it serves."""
    doc = ent.doc
    start = ent.start - 1 if ent.start >= 1 and doc[ent.start - 1].lower_ == "the" else ent.start  # "envoy to the UN"
    return start >= 2 and doc[start - 1].lower_ == "to" and doc[start - 2].lower_ in _OFFICES


def _office_of(person: Span, previous: Span) -> str | None:
    """The state or organisation of an official introduced by title: "Sudanese Irrigation
    Minister Yasir Abbas", "Kazakhstan's deputy energy minister Nurlan Zhakenov", "U.N. mediator
    Diego Cordovez", "the Beninese government spokesperson, Wilfried Houngbédji": a state or
    organisation named just before a title that has an office word in it."""
    state = previous._.kind == "state" and previous._.code in STATE_CODES
    if not (state or (previous._.kind == "organisation" and previous._.code)):
        return None
    doc = person.doc
    between = [t for t in doc[previous.end : person.start] if t.lower_ not in {"'s", "’s"}]
    closed = person.end < len(doc) and doc[person.end].text == ","  # "Sudan's envoy to the UN, Al-Harith Idriss, said"
    if len(between) >= 2 and between[-1].text == "," and (person.root.dep_ == "appos" or closed):
        between = between[:-1]  # "the Beninese government spokesperson, Wilfried Houngbédji"
    comma = [i for i, t in enumerate(between) if t.text == ","]
    if len(comma) == 1 and 1 <= comma[0] <= 4 and len(between) - comma[0] - 1 <= 4 and all(
            t.is_title for t in between[comma[0] + 1 :]) and any(t.lower_ in _OFFICES | _COURT_OFFICES for t in between[: comma[0]]):
        # a second title, capitalised, before the name in apposition to the office: "Ghana's
        # agent, Deputy Attorney General Kwesi Owusu-Ansah", "Togo's agent, Ambassador Essowè Kpodar"
        between = between[: comma[0]]
    if len(between) > 4 and (titled := _without_rank(between)):
        between = titled  # "Thai Army Region Three commander Lieutenant General Anan Prasertsuk": the rank is no title
    if not 1 <= len(between) <= 4 and not _long_title(between) and not _office_in_apposition(person, between):
        return None
    if any(t.is_punct or _verb(t, previous) for t in between):
        return None
    # a state's agent, counsel or lawyer before a court is its own ("Ghana's agent, Kwesi Owusu-Ansah")
    owned = state and doc[previous.end].lower_ in {"'s", "’s"} and between[0].lower_ in _COURT_OFFICES
    return previous._.code if owned or any(t.lower_ in _OFFICES for t in between) else None


# the words of a military rank of one or more words before a name: "Lieutenant General", "Rear Admiral", "Air Chief
# Marshal", "Maj. Gen."
_RANK_WORDS = frozenset("""general lieutenant major admiral rear vice air chief marshal field brigadier colonel commodore
    captain gen lt maj adm col brig capt cmdr""".split())


def _without_rank(words: list[Token]) -> list[Token]:
    """The title before a name without the military rank of two words or more that ends it, where an office word is
    left before the rank: "Region Three commander" of "Region Three commander Lieutenant General"; else []."""
    end = len(words)
    while end > 0 and (words[end - 1].lower_.rstrip(".") in _RANK_WORDS and words[end - 1].text[0].isupper()
                       or words[end - 1].text in {".", "-"}):
        end -= 1
    rank = [t for t in words[end:] if t.is_alpha]
    return words[:end] if len(rank) >= 2 and any(t.lower_ in _OFFICES for t in words[:end]) else []


# a head of state's or government's office a relative clause on a name gives: "president", "prime minister"
_HEAD_OFFICES = frozenset({"president", "premier", "chancellor"})


def _head_in_relative_clause(person: Span, resolved: dict[int, tuple[str | None, str | None, str | None]]) -> str | None:
    """The state a relative clause right after a name says the person heads or headed, as its
    president, prime minister, premier or chancellor: "Kwabena Asante-Boateng, who served as
    president of Ghana from 1997 to 2005," (GHA), "Tomas Hadera, who was Eritrea's prime minister
    in the 1990s," (ERI), "who became the first Ghanaian president"; not another office ("who was
    Eritrea's foreign minister"), a vice-president, the president of a body ("who was president of
    the Kenya Law Society"), nor a clause on something else. Needs the parse."""
    doc = person.doc
    if person.end + 2 >= len(doc) or doc[person.end].text != "," or doc[person.end + 1].lower_ != "who":
        return None
    verb = doc[person.end + 1].head
    if verb.dep_ != "relcl" or verb.head.i not in range(person.start, person.end) or verb.lemma_ not in {
            "be", "serve", "become"} and verb.lower_ not in {"is", "was", "been", "served", "serves", "became", "becomes"}:
        return None
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    offices = [c for v in verbs for c in v.children if c.dep_ == "attr"]
    offices += [g for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
                for g in c.children if g.dep_ == "pobj"]
    for office in offices:
        words = {c.lower_ for c in office.children if c.dep_ in {"amod", "compound"}}
        if not (office.lower_ in _HEAD_OFFICES or (office.lower_ == "minister" and "prime" in words)) or words & {
                "vice", "deputy", "acting"} or any(c.lower_ == "-" for c in office.lefts):
            continue
        # whose: a possessive or demonym on the office ("Eritrea's prime minister", "the first
        # Ghanaian president"), or the name after its "of" ("president of Ghana")
        owners = [(c, False) for c in office.children if c.dep_ in {"poss", "amod", "compound"}]
        owners += [(g, True) for c in office.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        codes = set()
        for word, of in owners:
            ent = next((e for e in doc.ents if e.start <= word.i < e.end), None)
            if ent is None and of:
                return None  # "president of the company"
            if ent is None:
                continue  # "first female", "prime"
            code, kind, _via = resolved.get(ent.start, (None, None, None))
            if kind == "state" and code in STATE_CODES:
                codes.add(code)
            elif code or ent.label_ in {"ORG", "FAC"}:
                return None
        if len(codes) == 1:
            return codes.pop()
    return None


def _office_in_apposition(person: Span, words: list[Token]) -> bool:
    """A title of five to seven words, lower-case ones too, that is one phrase on an office word and
    that the person's name is in apposition to: "minister of state for foreign affairs" in "Qatar's
    minister of state for foreign affairs, Mohammed bin Abdulaziz Al-Khulaifi,"."""
    head = person.root.head
    return (5 <= len(words) <= 7 and person.root.dep_ == "appos" and head.lower_ in _OFFICES
            and any(t.i == head.i for t in words) and all(t.is_alpha and (t.i == head.i or head.is_ancestor(t))
                                                           for t in words))


def _long_title(words: list[Token]) -> bool:
    """A title of five to seven capitalised words with its "for" or "of": "Cabinet Secretary for
    Foreign Affairs" (in "Kenyan Cabinet Secretary for Foreign Affairs Musalia Mudavadi")."""
    return 5 <= len(words) <= 7 and words[0].is_title and words[-1].is_title and all(
        t.is_title or t.lower_ in {"for", "of", "and", "the"} for t in words)


# the parse's labels of a verb (the pipeline has no tagger): "Tokyo summoned Ambassador Wu"
_VERB_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "parataxis"})


def _verb(token: Token, subject: Span) -> bool:
    """Whether ``token`` is a verb, as the parse shows it: a clause's head, or the word the
    subject before it hangs on ("Tokyo summoned": Tokyo's verb)."""
    return (token.dep_ in _VERB_DEPS and not token.is_title and token.lower_ not in _OFFICES) or (
        subject.root.head.i == token.i and subject.root.dep_ in {"nsubj", "nsubjpass"})


def _capitalised_title(person: Span, state: Span) -> bool:
    """Whether the words between a state and a person are a capitalised title alone: "Colombian
    Defense Minister Pedro Sánchez" (a title strong enough to outrank the gazetteer's person of
    the same name), not "Beijing welcomed visiting President Lula"."""
    between = [t for t in person.doc[state.end : person.start] if t.lower_ not in {"'s", "’s"}]
    return bool(between) and all(t.is_title or t.is_upper for t in between)


def _of_state(ent: Span, resolved: dict[int, tuple[str | None, str | None, str | None]]) -> str | None:
    """The state named "of" right after a state body, which owns it: "the National Security Council of Japan" is
    Japan's, though the gazetteer's body of that name is the United States'."""
    if not (ent._.kind == "state" and ent._.via == "body") or ent.end + 1 >= len(ent.doc):
        return None
    doc = ent.doc
    if doc[ent.end].lower_ != "of":
        return None
    start = ent.end + 2 if doc[ent.end + 1].lower_ == "the" else ent.end + 1
    code, kind, via = resolved.get(start, (None, None, None))
    if kind != "state" or via != "name" or code not in STATE_CODES or code == ent._.code:
        return None
    return code


# the heads of a state body named for what it deals with, which a story may go on to call by that
# word alone: "the Department of the Treasury" ... "Treasury said"
_SHORT_NAME_HEADS = frozenset({"department", "ministry"})


def _short_name(ent: Span) -> str | None:
    """The word a state body the gazetteer codes is called by alone, as a person by a surname: the
    one capitalised word after "of" or "of the" that ends "Department of the Treasury", or before
    the head of "Treasury Department"; not a word of a state's body that names no field ("State" of
    "State Department", "Defence" and "Interior" are fields), nor a state's name."""
    if not (ent._.kind == "state" and ent._.via == "body" and len(ent) >= 2):
        return None
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) == 3 and words[0].lower_ in _SHORT_NAME_HEADS and words[1].lower_ == "of":
        word = words[2]
    elif len(words) == 2 and words[1].lower_ in _SHORT_NAME_HEADS:
        word = words[0]
    else:
        return None
    if not (word.is_alpha and word.is_title) or word.lower_ in _STATE_BODY_WORDS:
        return None
    return word.text


def _owned(ent: Span) -> bool:
    """A word a possessive or a state's name or demonym right before it owns: "Kenya's", "British"."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.lower_ in {"'s", "’s"} or before.ent_type_ in {"GPE", "NORP"}


def _possessor(ent: Span, previous: Span | None) -> str | None:
    """The state that owns a state body named after a possessive: "Peru's Congress" is Peru's,
    though "Congress" alone is the United States'; "Russia's Defence Ministry" is Russia's."""
    if previous is None or previous._.kind != "state":
        return None
    body = ent._.kind == "state" and ent._.via == "body"
    unresolved_body = ent._.code is None and ent._.kind is None and ent[-1].lower_ in _BODY_HEADS
    if not (body or unresolved_body):
        return None
    doc = ent.doc
    if previous.end + 1 != ent.start or doc[previous.end].lower_ not in {"'s", "’s"}:
        return None
    owner = previous._.code
    return owner if owner in STATE_CODES and owner != ent._.code else None
