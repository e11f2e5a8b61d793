#!/usr/bin/env python3
"""Build the claimex gazetteer data files.

Inputs
------
* ``pipeline/data/curated/*.csv`` -- hand-curated tables (countries, historical
  names, international organisations, state bodies, armed groups, non-state
  blockers, places, modern leaders) and ``place_stoplist.txt``.
* ISO 3166-1 names from ``pycountry`` (used as a library at build time only).
* The Phoenix/CAMEO actor dictionaries (TABARI format) from
  openeventdata/petrarch2: ``Phoenix.Countries.actors.txt`` and
  ``Phoenix.International.actors.txt``; ``Phoenix.agents.txt`` and
  ``CAMEO.verbpatterns.150430.txt`` only provide a list of common English words
  used to filter ambiguous place names.

Outputs (in ``--out``)
----------------------
* ``gazetteer.jsonl`` -- one alias per line for a spaCy PhraseMatcher/EntityRuler.
* ``officeholders.csv`` -- Phoenix person entries with CAMEO-derived codes and dates.
* ``LICENSE-phoenix`` -- copy of the Phoenix MIT licence.

The build is deterministic and needs no network. Run from the repository root::

    .venv/bin/python scripts/build_gazetteer.py --phoenix ../shared/data/phoenix --out pipeline/data

It exits with status 1 if a consistency check or a spot check fails.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import difflib
import json
import re
import shutil
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pycountry

# --------------------------------------------------------------------------
# Constants
# --------------------------------------------------------------------------

KOSOVO = "XKX"
ISO3: frozenset[str] = frozenset(c.alpha_3 for c in pycountry.countries) | {KOSOVO}

KINDS = ("state", "organisation", "person", "group", "place", "nonstate")

# Legacy / non-ISO CAMEO country prefixes -> ISO 3166-1 alpha-3 successor.
LEGACY_CAMEO: dict[str, str] = {
    "USR": "RUS",  # Soviet Union (CountryInfo code)
    "SUN": "RUS",  # Soviet Union
    "DDR": "DEU",  # German Democratic Republic
    "CSK": "CZE",  # Czechoslovakia
    "YUG": "SRB",  # Yugoslavia
    "FRY": "SRB",  # Federal Republic of Yugoslavia
    "SCG": "SRB",  # Serbia and Montenegro
    "KSV": KOSOVO,  # Kosovo (World Bank code in CountryInfo)
    "TMP": "TLS",  # East Timor / Timor-Leste
    "SRP": "BIH",  # Republika Srpska
    "KRJ": "HRV",  # Republic of Serbian Krajina
    "FRN": "FRA",  # French territories (FRNWLF)
}

# CAMEO IGO code prefixes -> organisation acronym (longest prefix wins).
IGO_CODES: dict[str, str] = {
    "IGOUNODEVWBK": "WB",
    "IGOUNOWBK": "WB",
    "IGOUNOIAE": "IAEA",
    "IGOUNOHLHWHO": "WHO",
    "IGOUNOLABILO": "ILO",
    "IGOUNOAGRFAO": "FAO",
    "IGOUNOJUDICJ": "ICJ",
    "IGOUNOAIE": "IEA",
    "IGOUNO": "UN",
    "IGOBUSIMF": "IMF",
    "IGOBUSWTO": "WTO",
    "IGOBUSOPC": "OPEC",
    "IGOOPC": "OPEC",
    "IGOBUSBIS": "BIS",
    "IGOARBBUSAPE": "OAPEC",
    "IGOWSTNAT": "NATO",
    "IGOEUREEC": "EU",
    "IGOEURSCE": "OSCE",
    "IGOEURCOE": "COE",
    "IGOEURDEVEBR": "EBRD",
    "IGOEURBUSEFT": "EFTA",
    "IGOSEAASN": "ASEAN",
    "IGOAFRAFU": "AU",
    "IGOAFROAU": "AU",
    "IGOAFRDEVAFB": "AFDB",
    "IGOOAS": "OAS",
    "IGOMEAARL": "ARABLEAGUE",
    "IGOMEAAMU": "AMU",
    "IGOPGSGCC": "GCC",
    "IGOWAFWAS": "ECOWAS",
    "IGOJUDICC": "ICC",
    "IGOMOSOIC": "OIC",
    "IGOMOSDEVIDB": "ISDB",
    "IGOCWN": "COMMONWEALTH",
    "IGOSASSAA": "SAARC",
    "IGOCASCIS": "CIS",
    "IGOEAFEAC": "EAC",
    "IGOEAFDEVIAD": "IGAD",
    "IGOASADEVADB": "ADB",
    "IGOSAFDEVSAD": "SADC",
    "IGOSAFSAD": "SADC",
    "IGOCRB": "CARICOM",
    "IGOCOPITP": "INTERPOL",
}
# Phoenix codes some Council of Europe / WEU officials as IGOEUREEC; the comment says which.
IGO_COMMENT_OVERRIDES: tuple[tuple[str, str], ...] = (
    ("council of europe", "COE"),
    ("western european union", "WEU"),
)

LABEL_BY_KIND = {
    "state": "GPE",
    "organisation": "ORG",
    "person": "PERSON",
    "group": "ORG",
    "place": "GPE",
    "nonstate": "ORG",
}

# Lower-case forms that are ordinary English words: such aliases match on exact text.
COMMON_WORDS: frozenset[str] = frozenset(
    """
    turkey china guinea jersey guernsey chile panama reunion cayenne lima havana manila
    brussels polish pole poles swede swedes finn finns welsh danish kiwi kiwis
    diet quad congress fed truss cleverly chevron shell apple intel rand
    the times the guardian the atlantic the economist the hindu the hill the diplomat
    foreign affairs foreign policy wagner fano gallant ottoman pence tusk downer hipper trump bush
    clapper pace alba otan
    """.split()
) | frozenset(
    {
        "the times", "the guardian", "the atlantic", "the economist", "the hindu",
        "the hill", "the diplomat", "foreign affairs", "foreign policy",
        # British bodies whose names are also common nouns: "the foreign office in Islamabad"
        "foreign office", "home office", "cabinet office", "war office",
        # a body many states have: "Thailand's national security council" is no US body
        "national security council",
        # a meeting every ruling party holds: "before the party congress season" is no Chinese body
        "party congress",
    }
)
# Short function words: an upper-case token spelling one ("US", "IS") forces exact-case matching.
FUNCTION_WORDS: frozenset[str] = frozenset(
    "us is it in at on no so am an as be by do go he if me my of or to up we aid all can "
    "did may new now old one out per sea war was win won who why yes you".split()
)

# Title words stripped from / rejecting Phoenix person names.
TITLE_WORDS: frozenset[str] = frozenset(
    """
    PRESIDENT VICE-PRESIDENT PRESIDENT-ELECT PRIME MINISTER PREMIER CHANCELLOR SECRETARY
    SECRETARY-GENERAL GENERAL GEN GEN. GOV GOV. GOVERNOR KING QUEEN PRINCE PRINCESS
    CROWN EMIR AMIR SULTAN MR MR. MRS MRS. MS MS. DR DR. SENATOR SEN SEN. REP REP.
    AMBASSADOR ENVOY SPOKESMAN SPOKESWOMAN SPEAKER LEADER CHAIRMAN CHAIRWOMAN CHAIR
    COMMANDER COLONEL COL COL. LT LT. LIEUTENANT MAJOR ADMIRAL MARSHAL FIELD CAPTAIN CAPT
    LORD LADY SIR DAME BARON BARONESS PRES PRES. PM FM DEFENCE DEFENSE FOREIGN FORMER
    MAYOR JUDGE JUSTICE CHIEF DEPUTY ACTING INTERIM OPPOSITION POPE REV REV. REVEREND
    AYATOLLAH ARCHBISHOP BISHOP CARDINAL MINISTRY OFFICIAL HEAD DIRECTOR MONARCH
    SECY SECY. UNDERSECRETARY EMPEROR EMPRESS SHAH TSAR CZAR FATHER BROTHER
    """.split()
)
# Words that mark a Phoenix entry as an institution rather than a person.
INSTITUTION_WORDS: frozenset[str] = frozenset(
    """
    REPUBLIC PARTY MINISTRY COUNCIL ASSEMBLY GOVERNMENT ARMY FORCE FORCES FRONT MOVEMENT
    UNION SOVIET SFSR COMMITTEE DEPARTMENT OFFICE AGENCY BANK COURT PARLIAMENT CONGRESS
    BRIGADE BRIGADES STATE STATES NATIONAL ORGANIZATION ORGANISATION COMMISSION FEDERATION
    KINGDOM CORPS GUARD GUARDS POLICE SERVICE INSTITUTE ASSOCIATION LEAGUE ALLIANCE
    COALITION AUTHORITY ADMINISTRATION CABINET LEGISLATURE SENATE SECURITY TRIBUNAL
    UNIVERSITY CENTER CENTRE FOUNDATION PROGRAM PROGRAMME FUND GROUP NETWORK ISLANDS
    PROVINCE REGION TERRITORY SOCIETY TIMES NEWS AGENCY MISSION DIVISION COMMAND
    REGIME JUNTA CITY DISTRICT COUNTY BOARD SECRETARIAT TREATY COMMUNITY CONFERENCE
    INTERNATIONAL WORLD GLOBAL UNITED PEOPLES PEOPLE'S OF_THE
    """.split()
)
NAME_PARTICLES: frozenset[str] = frozenset(
    "de da das do dos du del della der den van von la le al el bin ibn y e di zu ter ben bint".split()
)

# Phoenix place names that are nicknames rather than places.
NICKNAME_TOKENS: frozenset[str] = frozenset(
    "state land empire empires nation country republic kingdom federation union dixie".split()
)

ALIAS_FIELDS = ("text", "code", "kind", "via", "label", "case_sensitive", "valid_from", "valid_to")


# --------------------------------------------------------------------------
# Data classes
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Alias:
    """One gazetteer row (plus a build-only source rank: lower wins conflicts)."""

    text: str
    code: str | None
    kind: str
    via: str
    label: str
    case_sensitive: bool
    valid_from: str | None = None
    valid_to: str | None = None
    rank: int = 0
    source: str = ""

    def as_json(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in ALIAS_FIELDS}


@dataclass(frozen=True)
class CodeSpan:
    """A CAMEO code with an optional date range (ISO dates)."""

    code: str
    start: str | None
    end: str | None
    dated: bool


@dataclass
class PhoenixEntry:
    """One TABARI dictionary entry: a name, its `+` synonyms and its `[CODE dates]` lines."""

    name: str
    line: int
    synonyms: list[str] = field(default_factory=list)
    codes: list[CodeSpan] = field(default_factory=list)
    comment: str = ""


@dataclass(frozen=True)
class Officeholder:
    name: str
    code: str
    role: str
    valid_from: str
    valid_to: str


# --------------------------------------------------------------------------
# Small text helpers
# --------------------------------------------------------------------------


def norm_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def key_of(text: str) -> str:
    """Conflict key of an alias: case-folded, whitespace-normalised text."""
    return norm_space(text).casefold()


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_latin(text: str) -> bool:
    """True if every letter of `text` is a Latin letter."""
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return "\ufffd" not in text


def split_bar(value: str) -> list[str]:
    return [norm_space(part) for part in value.split("|") if norm_space(part)]


def is_case_sensitive(text: str) -> bool:
    """Acronyms, aliases of <= 3 characters and common English words match on exact text."""
    stripped = norm_space(text)
    if len(stripped) <= 3:
        return True
    if stripped.casefold() in COMMON_WORDS:
        return True
    letters = [ch for ch in stripped if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        return True
    for token in stripped.split():
        upper = sum(1 for ch in token if ch.isupper())
        if " " not in stripped and upper >= 2 and len(token) <= 6 and not token.istitle():
            return True  # mixed-case acronyms: DoD, LeT, PBoC, AfDB
        if re.fullmatch(r"[A-Z]{2,3}", token) and token.lower() in FUNCTION_WORDS:
            return True  # "US Navy" must not match "us navy"
    return False


def _cap(piece: str) -> str:
    """Capitalise one name piece: PUTIN -> Putin, O'KENNEDY -> O'Kennedy, A.Q.M. -> A.Q.M., MCCLOY -> McCloy."""
    if "." in piece:
        return ".".join(p[:1].upper() + p[1:].lower() for p in piece.split("."))
    cased = "'".join(p[:1].upper() + p[1:].lower() for p in piece.split("'"))
    if re.match(r"^Mc[a-z]", cased):
        cased = "Mc" + cased[2:3].upper() + cased[3:]
    return cased


def title_case_name(raw: str) -> str:
    """Title-case an upper-case TABARI person name: BASHAR_AL-ASSAD_ -> Bashar al-Assad."""
    words = norm_space(raw.replace("_", " ")).strip(" '-.").split(" ")
    out: list[str] = []
    for index, word in enumerate(words):
        parts: list[str] = []
        for pindex, part in enumerate(word.split("-")):
            if (index > 0 or pindex > 0) and part.lower() in NAME_PARTICLES:
                parts.append(part.lower())
            else:
                parts.append(_cap(part))
        out.append("-".join(parts))
    return " ".join(out)


SMALL_WORDS = frozenset("of and the de da du la le el al d' des do dos y".split())


def title_case_place(raw: str) -> str:
    """Title-case an upper-case TABARI place/country name: COTE_D'IVOIRE_ -> Cote d'Ivoire."""
    words = norm_space(raw.replace("_", " ")).lower().split(" ")
    out: list[str] = []
    for index, word in enumerate(words):
        if index > 0 and word in SMALL_WORDS:
            out.append(word)
        elif word.startswith("d'") and index > 0:
            out.append("d'" + word[2:3].upper() + word[3:])
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
    return " ".join(out)


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------


def parse_tabari_date(raw: str) -> str | None:
    """YYMMDD (00-29 -> 20YY, else 19YY, as in TABARI/PETRARCH) or YYYYMMDD -> ISO date.

    A few malformed dates in the source are repaired (9 digits: first 8; 10 digits: last 8);
    an impossible day is clamped to the month's last day; anything else gives None.
    """
    digits = raw.strip()
    if not digits.isdigit():
        return None
    if len(digits) == 10:
        digits = digits[-8:]
    elif len(digits) == 9:
        digits = digits[:8]
    if len(digits) == 6:
        yy = int(digits[:2])
        year = 2000 + yy if yy <= 29 else 1900 + yy
        month, day = int(digits[2:4]), int(digits[4:6])
    elif len(digits) == 8:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    else:
        return None
    if not (1 <= month <= 12) or day < 1 or year < 1800:
        return None
    for candidate in range(min(day, 31), 27, -1) if day > 28 else (day,):
        try:
            return dt.date(year, month, candidate).isoformat()
        except ValueError:
            continue
    return None


def parse_code_span(inner: str) -> CodeSpan | None:
    """`RUSGOV 000507-080507` / `ARM >911221` / `IGOUNO` -> CodeSpan."""
    tokens = inner.split()
    if not tokens or not re.fullmatch(r"[A-Z]{3,}", tokens[0]):
        return None
    code, rest = tokens[0], "".join(tokens[1:])
    if not rest:
        return CodeSpan(code, None, None, False)
    if rest.startswith(">"):
        return CodeSpan(code, parse_tabari_date(rest[1:]), None, True)
    if rest.startswith("<"):
        return CodeSpan(code, None, parse_tabari_date(rest[1:]), True)
    if "-" in rest:
        start, _, end = rest.partition("-")
        return CodeSpan(code, parse_tabari_date(start), parse_tabari_date(end), True)
    return CodeSpan(code, parse_tabari_date(rest), None, True)


# --------------------------------------------------------------------------
# TABARI parser
# --------------------------------------------------------------------------


def parse_tabari(path: Path) -> list[PhoenixEntry]:
    """Parse a TABARI .actors file into entries (names keep their raw upper-case form)."""
    entries: list[PhoenixEntry] = []
    current: PhoenixEntry | None = None
    text = path.read_text(encoding="utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        content, _, comment = line.partition("#")
        if not content.strip():
            continue
        codes = [span for inner in re.findall(r"\[([^\]]*)\]", content) if (span := parse_code_span(inner))]
        stripped = content.strip()
        if stripped.startswith("+"):
            if current is not None:
                name = stripped[1:].split("[")[0].strip()
                if name:
                    current.synonyms.append(name)
                current.codes.extend(codes)
        elif stripped.startswith("["):
            if current is not None:
                current.codes.extend(codes)
                if comment.strip() and not current.comment:
                    current.comment = comment.strip()
        else:
            name = stripped.split("[")[0].strip()
            current = PhoenixEntry(name=name, line=number, codes=codes, comment=comment.strip())
            entries.append(current)
    return entries


# --------------------------------------------------------------------------
# Curated inputs
# --------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    """Read a curated CSV (lines starting with # are comments); reject ragged rows."""
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(line for line in handle if not line.lstrip().startswith("#"))
        for row in reader:
            if None in row or any(value is None for value in row.values()):
                raise ValueError(f"{path.name}: malformed row (unquoted comma?): {row}")
            rows.append({key: value.strip() for key, value in row.items()})
    return rows


@dataclass
class Country:
    code: str
    sovereign: bool
    names: list[str]
    demonyms: list[str]
    capitals: list[str]
    seats: list[str]


def load_countries(path: Path) -> dict[str, Country]:
    countries: dict[str, Country] = {}
    for row in read_csv(path):
        code = row["code"]
        if code in countries:
            raise ValueError(f"{path}: duplicate country {code}")
        countries[code] = Country(
            code=code,
            sovereign=row["sovereign"] == "1",
            names=split_bar(row["names"]),
            demonyms=split_bar(row["demonyms"]),
            capitals=split_bar(row["capitals"]),
            seats=split_bar(row["seats"]),
        )
    return countries


def make_alias(
    text: str,
    code: str | None,
    kind: str,
    via: str,
    *,
    rank: int,
    source: str,
    label: str | None = None,
    valid_from: str | None = None,
    valid_to: str | None = None,
) -> Alias:
    text = norm_space(text)
    if label is None:
        label = "NORP" if via == "demonym" else LABEL_BY_KIND[kind]
    return Alias(
        text=text,
        code=code,
        kind=kind,
        via=via,
        label=label,
        case_sensitive=is_case_sensitive(text),
        valid_from=valid_from or None,
        valid_to=valid_to or None,
        rank=rank,
        source=source,
    )


def pycountry_names(country: object) -> list[str]:
    """name, common_name, official_name of a pycountry record, made readable."""
    names: list[str] = []
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        if not value or "Province of China" in value:
            continue
        paren = re.match(r"^(.*?)\s*\((.*)\)$", value)
        if paren:
            names.extend([paren.group(1), paren.group(2)])
            continue
        if ", " in value:
            head, _, tail = value.partition(", ")
            if re.search(r"\b(of|of the)$", tail) or tail in {"British", "U.S."}:
                value = f"{tail} {head}"
            elif "Republic" in tail or "Kingdom" in tail or "State" in tail:
                value = f"{tail} of {head}"
        value = re.sub(r"^(the|The) ", "", value)
        value = re.sub(r"\((Dutch|French) part\)", "", value).strip()
        names.append(value)
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return seen


def country_aliases(countries: dict[str, Country]) -> list[Alias]:
    aliases: list[Alias] = []
    for country in pycountry.countries:
        for name in pycountry_names(country):
            aliases.append(make_alias(name, country.alpha_3, "state", "name", rank=1, source="pycountry"))
    for c in countries.values():
        for name in c.names:
            aliases.append(make_alias(name, c.code, "state", "name", rank=0, source="countries.csv"))
        for demonym in c.demonyms:
            aliases.append(make_alias(demonym, c.code, "state", "demonym", rank=0, source="countries.csv"))
        for capital in c.capitals:
            aliases.append(make_alias(capital, c.code, "state", "capital", rank=0, source="countries.csv"))
        for seat in c.seats:
            aliases.append(
                make_alias(seat, c.code, "state", "capital", rank=0, source="countries.csv", label="ORG")
            )
    return aliases


def simple_aliases(path: Path, kind: str, via: str, *, rank: int = 0) -> list[Alias]:
    """Rows of `code,aliases` (aliases separated by `|`). Optional column `label`."""
    aliases: list[Alias] = []
    for row in read_csv(path):
        code = row.get("code") or None
        for text in split_bar(row["aliases"]):
            aliases.append(
                make_alias(text, code, kind, row.get("via") or via, rank=rank, source=path.name,
                           label=row.get("label") or None)
            )
    return aliases


def organisation_aliases(path: Path) -> list[Alias]:
    """Each organisations.csv row's name, aliases and seats; an acronym of four capitals or more
    also in title case, as papers print one said as a word ("Asean", "Nato", "Unesco"), matched
    on exact case, unless the row has that spelling already or it is a common word or name
    (COMMON_WORDS: "Pace", "Alba")."""
    aliases: list[Alias] = []
    for row in read_csv(path):
        texts = [row["name"], *split_bar(row["aliases"])]
        spelled = {text.casefold() for text in texts if not text.isupper()}
        for text in texts:
            aliases.append(make_alias(text, row["code"], "organisation", "org", rank=0, source=path.name))
            titled = text.title()
            if (re.fullmatch(r"[A-Z]{4,}", text) and text.casefold() not in spelled
                    and text.casefold() not in COMMON_WORDS):
                alias = make_alias(titled, row["code"], "organisation", "org", rank=0, source=path.name)
                aliases.append(replace(alias, case_sensitive=True))
        for text in split_bar(row.get("seats", "")):
            aliases.append(make_alias(text, row["code"], "organisation", "capital", rank=0, source=path.name,
                                      label="GPE" if " " not in text else "ORG"))
    return aliases


def historical_aliases(path: Path) -> list[Alias]:
    aliases: list[Alias] = []
    for row in read_csv(path):
        aliases.append(make_alias(row["text"], row["code"], "state", row["via"], rank=0, source=path.name))
    return aliases


def leader_aliases(path: Path) -> list[Alias]:
    """Each leaders.csv row gives its name and aliases as `person` / `leader` aliases."""
    aliases: list[Alias] = []
    for row in read_csv(path):
        for text in [row["name"], *split_bar(row["aliases"])]:
            aliases.append(
                make_alias(text, row["code"], "person", "leader", rank=0, source=path.name,
                           valid_from=row["valid_from"], valid_to=row["valid_to"])
            )
    return aliases


BODY_TEMPLATES = (
    "government", "Foreign Ministry", "Defence Ministry", "Defense Ministry", "military",
    "armed forces", "army", "navy", "air force", "coast guard", "embassy", "parliament",
    "authorities", "leadership", "regime",
)
ABBREVIATED_PREFIXES = {"USA": ("US", "U.S."), "GBR": ("UK", "U.K."), "ARE": ("UAE",)}


def generated_body_aliases(countries: dict[str, Country]) -> list[Alias]:
    """`<Demonym> government`, `<Demonym> Foreign Ministry`, ... for every sovereign state."""
    aliases: list[Alias] = []
    for c in countries.values():
        if not c.sovereign or not c.demonyms:
            continue
        prefixes = [c.demonyms[0], *ABBREVIATED_PREFIXES.get(c.code, ())]
        for prefix in prefixes:
            for template in BODY_TEMPLATES:
                aliases.append(make_alias(f"{prefix} {template}", c.code, "state", "body", rank=1,
                                          source="generated", label="ORG"))
    return aliases


# --------------------------------------------------------------------------
# Phoenix-derived aliases (country names, adjectives, places)
# --------------------------------------------------------------------------


def common_english_words(phoenix: Path) -> set[str]:
    """Words of the Phoenix agents and CAMEO verb dictionaries (all ordinary English)."""
    words: set[str] = set()
    for name in ("Phoenix.agents.txt", "CAMEO.verbpatterns.150430.txt"):
        text = (phoenix / name).read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            content = line.split("#")[0]
            words.update(w.lower() for w in re.findall(r"[A-Z]{3,}", content))
    return words


def block_country(entry: PhoenixEntry) -> str | None:
    """ISO code of a Phoenix country block (an entry with a bare 3-letter country code)."""
    for span in reversed(entry.codes):
        if len(span.code) == 3 and span.end is None:
            code = LEGACY_CAMEO.get(span.code, span.code)
            if span.code in {"USR", "SUN", "DDR", "CSK", "YUG", "FRY", "SCG", "KRJ", "SRP"}:
                return None  # historical states are curated by hand
            return code if code in ISO3 else None
        if len(span.code) == 6 and span.code[:3] in {"USA", "FRA", "FRN", "GBR", "NLD", "DNK", "NZL", "AUS"}:
            tail = span.code[3:]
            return tail if tail in ISO3 else None
    return None


DEMONYM_SUFFIXES = ("an", "ans", "ian", "ians", "ean", "eans", "ese", "ish", "i", "is", "ic", "ch",
                    "ot", "ots", "er", "ers", "ite", "ites", "ene", "enes", "man", "men", "woman", "women")


def clean_phoenix_place(raw: str) -> str | None:
    """Readable form of a Phoenix country synonym, or None for acronyms, fragments and junk."""
    text = norm_space(raw.replace("_", " ")).strip(" '’-.")
    if not text or re.search(r"[()\[\],/0-9:;!?&*+=\"]", text) or not is_latin(text):
        return None
    for token in text.split(" "):
        letters = re.sub(r"[^A-Za-z]", "", token)
        if len(letters) <= 3 and token.lower() not in SMALL_WORDS and token.lower() not in {"st.", "st"}:
            return None  # acronyms and fragments: curated data covers real ones
    text = re.sub(r"^THE ", "", text)
    return title_case_place(text)


def phoenix_country_aliases(
    entries: list[PhoenixEntry],
    curated: list[Alias],
    common_words: set[str],
    first_names: set[str],
    stoplist: set[str],
) -> list[Alias]:
    """Classify the synonyms of each Phoenix country block as name, demonym or place."""
    known_keys = {key_of(a.text) for a in curated}
    names_by_code: dict[str, list[str]] = defaultdict(list)
    demonyms_by_code: dict[str, list[str]] = defaultdict(list)
    capitals_by_code: dict[str, set[str]] = defaultdict(set)
    for a in curated:
        if a.kind == "state" and a.code:
            folded = strip_accents(a.text).casefold()
            if a.via == "name":
                names_by_code[a.code].append(folded)
            elif a.via == "demonym":
                demonyms_by_code[a.code].append(folded)
            elif a.via == "capital":
                capitals_by_code[a.code].add(key_of(folded))

    def best_ratio(text: str, references: list[str]) -> float:
        return max((difflib.SequenceMatcher(None, text, ref).ratio() for ref in references), default=0.0)

    candidates: list[tuple[str, str, str]] = []  # (text, code, via)
    for entry in entries:
        code = block_country(entry)
        if code is None:
            continue
        names, demonyms = names_by_code.get(code, []), demonyms_by_code.get(code, [])
        seen_capital = False  # Phoenix lists names and adjectives before the capital and other places
        for raw in [entry.name, *entry.synonyms]:
            text = clean_phoenix_place(raw)
            if text is None:
                continue
            folded = strip_accents(text).casefold()
            if key_of(folded) in capitals_by_code.get(code, set()):
                seen_capital = True
                continue
            name_ratio, demonym_ratio = best_ratio(folded, names), best_ratio(folded, demonyms)
            prefix_match = any(folded[:4] == ref[:4] for ref in names + demonyms)
            if (" " not in folded and prefix_match and folded.endswith(DEMONYM_SUFFIXES)
                    and demonym_ratio >= name_ratio):
                via = "demonym"
            elif max(name_ratio, demonym_ratio) >= 0.8 or (not seen_capital and name_ratio >= 0.5):
                via = "name"
            else:
                via = "place"
            candidates.append((text, code, via))

    codes_per_key: dict[str, set[str]] = defaultdict(set)
    for text, code, _ in candidates:
        codes_per_key[key_of(text)].add(code)

    aliases: list[Alias] = []
    for text, code, via in candidates:
        key = key_of(text)
        tokens = key.split()
        if key in known_keys or key in stoplist or len(codes_per_key[key]) > 1:
            continue
        if len(tokens) == 1 and (key in common_words or key in first_names):
            continue
        if via == "place" and any(t in NICKNAME_TOKENS for t in tokens):
            continue
        kind = "place" if via == "place" else "state"
        aliases.append(make_alias(text, code, kind, via, rank=2, source="phoenix"))
    return aliases


# --------------------------------------------------------------------------
# Officeholders
# --------------------------------------------------------------------------


def map_cameo_code(code: str, comment: str) -> tuple[str, str] | None:
    """CAMEO code -> (ISO3 or organisation acronym, role) or None if unmappable."""
    if code.startswith("IGO"):
        for prefix in sorted(IGO_CODES, key=len, reverse=True):
            if code.startswith(prefix):
                org = IGO_CODES[prefix]
                if org == "EU":
                    lowered = comment.lower()
                    for needle, override in IGO_COMMENT_OVERRIDES:
                        if needle in lowered:
                            org = override
                return org, code[len(prefix):] or "IGO"
        return None
    prefix = LEGACY_CAMEO.get(code[:3], code[:3])
    if prefix not in ISO3:
        return None
    return prefix, code[3:]


def clean_person_name(raw: str, strip_words: set[str]) -> str | None:
    """Strip leading titles/country words; reject names that still look like titles."""
    text = norm_space(raw.replace("_", " ").replace("\t", " ")).upper()
    if not text or re.search(r"[()\[\],/0-9:;!?&*+=\"@]", text) or not is_latin(text):
        return None
    tokens = text.split(" ")
    while tokens and (tokens[0] in TITLE_WORDS or tokens[0] in strip_words):
        tokens.pop(0)
    if len(tokens) < 2:
        return None
    if any(t in TITLE_WORDS or t in INSTITUTION_WORDS for t in tokens):
        return None
    if all(len(re.sub(r"[^A-Z]", "", t)) <= 1 for t in tokens[:-1]) and len(tokens[-1]) <= 2:
        return None
    return title_case_name(" ".join(tokens))


def build_officeholders(phoenix: Path, country_words: set[str]) -> tuple[list[Officeholder], set[str]]:
    """Person entries (dated role codes) of the Countries and International dictionaries."""
    rows: dict[tuple[str, str, str, str], Officeholder] = {}
    first_names: Counter[str] = Counter()
    for filename in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        for entry in parse_tabari(phoenix / filename):
            if not any(span.dated and len(span.code) > 3 for span in entry.codes):
                continue
            if block_country(entry) is not None:
                continue
            main_tokens = set(norm_space(entry.name.replace("_", " ")).upper().split(" "))
            if main_tokens & INSTITUTION_WORDS:
                continue
            names: list[str] = []
            for raw in [entry.name, *entry.synonyms]:
                name = clean_person_name(raw, country_words)
                if name and name not in names:
                    names.append(name)
            if not names:
                continue
            first_names[names[0].split(" ")[0].lower()] += 1
            for span in entry.codes:
                if len(span.code) <= 3:
                    continue
                mapped = map_cameo_code(span.code, entry.comment)
                if mapped is None:
                    continue
                code, role = mapped
                for name in names:
                    key = (name, code, span.start or "", span.end or "")
                    if key not in rows:
                        rows[key] = Officeholder(name, code, role, span.start or "", span.end or "")
    ordered = sorted(rows.values(), key=lambda r: (r.name.casefold(), r.name, r.code, r.valid_from, r.valid_to, r.role))
    frequent_first = {name for name, count in first_names.items() if count >= 2}
    return ordered, frequent_first


def close_ended_terms(rows: list[Officeholder], leaders: Path) -> list[Officeholder]:
    """A person whose curated terms for a code have all ended is in office for it after none of
    them, whatever Phoenix says: its terms for that code that are open or run later end on the
    last curated day ("Bashar al Assad", SYR from 2000, open in Phoenix, ends on 2024-12-08).
    A former head keeps the code by name all the same: the lookup falls back on any term."""
    def key(name: str) -> str:
        return " ".join(strip_accents(name).replace("-", " ").casefold().split())

    terms: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in read_csv(leaders):
        for name in [row["name"], *split_bar(row["aliases"])]:
            if " " in name.strip():
                terms[(key(name), row["code"])].append(row["valid_to"])
    ended = {pair: max(ends) for pair, ends in terms.items() if all(ends)}
    closed: list[Officeholder] = []
    for row in rows:
        end = ended.get((key(row.name), row.code))
        if end and (row.valid_from or "") <= end and (not row.valid_to or row.valid_to > end):
            row = replace(row, valid_to=end)
        closed.append(row)
    return closed


# --------------------------------------------------------------------------
# Merge and resolve
# --------------------------------------------------------------------------

# Conflict priority between kinds for the same text (lower wins) when source ranks tie.
KIND_PRIORITY = {"state": 0, "organisation": 1, "group": 2, "nonstate": 3, "person": 4, "place": 5}
VIA_PRIORITY = {"name": 0, "capital": 1, "org": 1, "group": 1, "nonstate": 1, "demonym": 2, "body": 3,
                "leader": 4, "place": 5}


def merge_dates(a: Alias, b: Alias) -> Alias:
    starts = [d for d in (a.valid_from, b.valid_from) if d]
    valid_from = min(starts) if starts and a.valid_from and b.valid_from else None
    valid_to = max(a.valid_to, b.valid_to) if a.valid_to and b.valid_to else None
    return replace(a, valid_from=valid_from, valid_to=valid_to)


def resolve(aliases: Iterable[Alias], warnings: list[str]) -> list[Alias]:
    """One alias per (text, code); one code per text except for persons (told apart by date)."""
    by_key: dict[str, list[Alias]] = defaultdict(list)
    for alias in aliases:
        if alias.text:
            by_key[key_of(alias.text)].append(alias)

    groups: list[list[Alias]] = []
    for key in sorted(by_key):
        members = by_key[key]
        if all(a.case_sensitive for a in members):
            # Exact-case aliases only clash when spelt identically ("NIS" vs "Nis" do not).
            by_text: dict[str, list[Alias]] = defaultdict(list)
            for a in members:
                by_text[a.text].append(a)
            groups.extend(by_text[text] for text in sorted(by_text))
        elif (exact := [a for a in members if a.case_sensitive]) and len({a.code for a in members}) == 1:
            # one code written both ways ("AUKUS" and "Aukus", as UK and NZ papers spell it): the
            # acronym keeps its exact case, and the spelling in lower letters matches any case
            groups.extend([exact, [a for a in members if not a.case_sensitive]])
        else:
            groups.append(members)

    resolved: list[Alias] = []
    for members in groups:
        group = sorted(members, key=lambda a: (a.rank, KIND_PRIORITY[a.kind], VIA_PRIORITY[a.via], a.source))
        best = group[0]
        kept: dict[str | None, Alias] = {}
        for alias in group:
            if alias.code in kept:
                if alias.kind == "person" and kept[alias.code].kind == "person":
                    kept[alias.code] = merge_dates(kept[alias.code], alias)
                continue
            if not kept:
                kept[alias.code] = alias
            elif alias.kind == "person" and best.kind == "person" and alias.rank == best.rank:
                kept[alias.code] = alias
            elif alias.rank == best.rank and alias.rank == 0:
                warnings.append(f"conflict {alias.text!r}: kept {best.code}/{best.kind} ({best.source}), "
                                f"dropped {alias.code}/{alias.kind} ({alias.source})")
        for alias in kept.values():
            # Keep the spelling of the best-ranked source for the text.
            resolved.append(alias)
    return sorted(resolved, key=lambda a: (a.text.casefold(), a.text, a.code or "", a.kind))


# --------------------------------------------------------------------------
# Checks and reports
# --------------------------------------------------------------------------

SPOT_CHECKS: tuple[tuple[str, str | None, str, str | None], ...] = (
    # text, expected code, expected kind, expected via (None = any)
    ("Washington", "USA", "state", "capital"),
    ("the Kremlin", "RUS", "state", "capital"),
    ("Beijing", "CHN", "state", "capital"),
    ("Brussels", "EU", "organisation", "capital"),
    ("Russian", "RUS", "state", "demonym"),
    ("Chinese", "CHN", "state", "demonym"),
    ("Putin", "RUS", "person", "leader"),
    ("Peskov", "RUS", "person", "leader"),
    ("Xi Jinping", "CHN", "person", "leader"),
    ("Tillerson", "USA", "person", "leader"),
    ("NATO", "NATO", "organisation", "org"),
    ("United Nations", "UN", "organisation", "org"),
    ("Washington Post", None, "nonstate", "nonstate"),
    ("North Korea", "PRK", "state", "name"),
    ("South Korean", "KOR", "state", "demonym"),
    ("Kosovo", KOSOVO, "state", "name"),
    ("Taiwanese", "TWN", "state", "demonym"),
    ("Soviet Union", "RUS", "state", "name"),
    ("Pentagon", "USA", "state", "body"),
    ("Hamas", "HAMAS", "group", "group"),
    ("World Bank", "WB", "organisation", "org"),
    ("Arab League", "ARABLEAGUE", "organisation", "org"),
    ("UNSC", "UN", "organisation", "org"),
    ("Kim Jong Un", "PRK", "person", "leader"),
    ("DRC", "COD", "state", "name"),
    ("Republic of the Congo", "COG", "state", "name"),
    ("Holy See", "VAT", "state", "name"),
    ("Palestine", "PSE", "state", "name"),
)


def lookup(index: dict[str, list[Alias]], text: str) -> list[Alias]:
    hits = index.get(key_of(text), [])
    if not hits and text.lower().startswith("the "):
        hits = index.get(key_of(text[4:]), [])
    return hits


def run_checks(aliases: list[Alias], org_codes: set[str], group_codes: set[str]) -> list[str]:
    errors: list[str] = []
    pairs = Counter((a.text, a.code) for a in aliases)
    errors += [f"duplicate (text, code): {pair}" for pair, n in pairs.items() if n > 1]
    for a in aliases:
        if a.kind not in KINDS:
            errors.append(f"bad kind {a}")
        if a.kind in ("state", "place") and a.code not in ISO3 and a.code not in org_codes:
            errors.append(f"bad state code {a.code!r} for {a.text!r}")
        if a.kind == "state" and a.code not in ISO3:
            errors.append(f"state alias with non-ISO code {a.code!r}: {a.text!r}")
        if a.kind == "organisation" and a.code not in org_codes:
            errors.append(f"unknown organisation code {a.code!r} for {a.text!r}")
        if a.kind == "person" and a.code not in ISO3 | org_codes | group_codes:
            errors.append(f"unknown person code {a.code!r} for {a.text!r}")
        if a.kind == "group" and a.code not in group_codes:
            errors.append(f"unknown group code {a.code!r}")
        if a.kind == "nonstate" and a.code is not None:
            errors.append(f"nonstate with code: {a.text!r}")
        for d in (a.valid_from, a.valid_to):
            if d is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
                errors.append(f"bad date {d!r} for {a.text!r}")
        if a.valid_from and a.valid_to and a.valid_from > a.valid_to:
            errors.append(f"date range reversed for {a.text!r}: {a.valid_from} > {a.valid_to}")
    index: dict[str, list[Alias]] = defaultdict(list)
    for a in aliases:
        index[key_of(a.text)].append(a)
    for text, code, kind, via in SPOT_CHECKS:
        hits = lookup(index, text)
        ok = any(h.code == code and h.kind == kind and (via is None or h.via == via) for h in hits)
        shown = ", ".join(f"{h.code}/{h.kind}/{h.via}" for h in hits) or "no match"
        print(f"  spot-check {text!r:28} -> {shown:40} {'ok' if ok else 'FAIL'}")
        if not ok:
            errors.append(f"spot check failed: {text!r} expected {code}/{kind}/{via}, got {shown}")
    return errors


def check_leaders(path: Path, actor_codes: set[str]) -> list[str]:
    """leaders.csv rows: known codes, valid ISO dates, ranges in order."""
    errors: list[str] = []
    for number, row in enumerate(read_csv(path), start=2):
        if row["code"] not in ISO3 and row["code"] not in actor_codes:
            errors.append(f"leaders.csv:{number}: unknown code {row['code']}")
        for d in (row["valid_from"], row["valid_to"]):
            if d:
                try:
                    dt.date.fromisoformat(d)
                except ValueError:
                    errors.append(f"leaders.csv:{number}: bad date {d!r}")
        if row["valid_from"] and row["valid_to"] and row["valid_from"] > row["valid_to"]:
            errors.append(f"leaders.csv:{number}: {row['name']} ends before it starts")
    return errors


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def write_gazetteer(path: Path, aliases: list[Alias]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for alias in aliases:
            handle.write(json.dumps(alias.as_json(), ensure_ascii=False) + "\n")


def write_officeholders(path: Path, rows: list[Officeholder]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "code", "role", "valid_from", "valid_to"])
        for row in rows:
            writer.writerow([row.name, row.code, row.role, row.valid_from, row.valid_to])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phoenix", type=Path, required=True, help="directory of the Phoenix dictionaries")
    parser.add_argument("--out", type=Path, required=True, help="output directory (pipeline/data)")
    parser.add_argument("--curated", type=Path, default=None, help="curated CSVs (default: OUT/curated)")
    parser.add_argument("--verbose", action="store_true", help="print conflict warnings")
    args = parser.parse_args(argv)
    curated_dir: Path = args.curated or args.out / "curated"

    countries = load_countries(curated_dir / "countries.csv")
    org_rows = read_csv(curated_dir / "organisations.csv")
    org_codes = {row["code"] for row in org_rows}
    group_codes = {row["code"] for row in read_csv(curated_dir / "groups.csv")}

    curated: list[Alias] = []
    curated += country_aliases(countries)
    curated += historical_aliases(curated_dir / "historical.csv")
    curated += organisation_aliases(curated_dir / "organisations.csv")
    curated += simple_aliases(curated_dir / "bodies.csv", "state", "body")
    curated += generated_body_aliases(countries)
    curated += simple_aliases(curated_dir / "groups.csv", "group", "group")
    curated += simple_aliases(curated_dir / "nonstate.csv", "nonstate", "nonstate")
    curated += simple_aliases(curated_dir / "places.csv", "place", "place")
    curated += leader_aliases(curated_dir / "leaders.csv")

    # Words stripped from the front of Phoenix person names ("RUSSIAN PRESIDENT VLADIMIR PUTIN").
    country_words = {
        strip_accents(a.text).upper()
        for a in curated
        if a.kind == "state" and a.via in ("name", "demonym") and " " not in a.text
    } | {"U.N.", "UN", "EU", "NATO", "THE", "US", "U.S."}
    officeholders, first_names = build_officeholders(args.phoenix, country_words)
    officeholders = close_ended_terms(officeholders, curated_dir / "leaders.csv")

    stoplist = {
        key_of(line.split("#")[0])
        for line in (curated_dir / "place_stoplist.txt").read_text(encoding="utf-8").splitlines()
        if line.split("#")[0].strip()
    }
    countries_file = parse_tabari(args.phoenix / "Phoenix.Countries.actors.txt")
    phoenix_aliases = phoenix_country_aliases(
        countries_file, curated, common_english_words(args.phoenix), first_names, stoplist
    )

    warnings: list[str] = []
    aliases = resolve([*curated, *phoenix_aliases], warnings)

    args.out.mkdir(parents=True, exist_ok=True)
    gazetteer_path = args.out / "gazetteer.jsonl"
    officeholders_path = args.out / "officeholders.csv"
    write_gazetteer(gazetteer_path, aliases)
    write_officeholders(officeholders_path, officeholders)
    shutil.copyfile(args.phoenix / "LICENSE", args.out / "LICENSE-phoenix")

    print(f"gazetteer: {len(aliases)} aliases")
    for kind, count in sorted(Counter(a.kind for a in aliases).items()):
        vias = Counter(a.via for a in aliases if a.kind == kind)
        print(f"  {kind:13} {count:6}  " + ", ".join(f"{v}={n}" for v, n in sorted(vias.items())))
    print(f"  case-sensitive {sum(a.case_sensitive for a in aliases)}; "
          f"codes: {len({a.code for a in aliases if a.code})}; from Phoenix: "
          f"{sum(a.source == 'phoenix' for a in aliases)}")
    print(f"officeholders: {len(officeholders)} rows, {len({r.name for r in officeholders})} names, "
          f"{len({r.code for r in officeholders})} codes")
    if warnings:
        print(f"{len(warnings)} curated conflicts resolved by priority" + ("" if args.verbose else " (--verbose)"))
        if args.verbose:
            for warning in warnings:
                print("  " + warning)

    errors = run_checks(aliases, org_codes, group_codes)
    errors += check_leaders(curated_dir / "leaders.csv", org_codes | group_codes)
    for path in (gazetteer_path, officeholders_path):
        size = path.stat().st_size
        print(f"{path}: {size / 1024:.0f} KiB")
        if size > 3 * 1024 * 1024:
            errors.append(f"{path} is larger than 3 MB")
    for error in errors:
        print("ERROR: " + error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
