"""Time expressions of a claim, normalised to ISO dates against the document's date.

News writes "Dec 14" and "on Tuesday" and leaves the year and week to the reader: a month and
day without a year take the year that puts them nearest the document date (in a past-tense
clause, on or before it); weekdays are the last such day on or before it ("last Friday": before
it). Where the verb the date hangs on looks forward ("talks will resume on Tuesday", "could
resume on Friday", "is due to reopen on Monday", "he plans to visit on March 3"; see
``in_future_clause``), both look forward instead: the first such day on or after the
document date ("next Friday" and "this Friday": after it). Vague expressions ("last week",
"in the coming years", "late 2015") keep their text and a null date.

``period`` keeps what a vague expression still says, as ISO 8601 at the precision of the text:
"May 2020" is 2020-05, "late 2015" 2015, "last month" in an article of 3 March 2021 is 2021-02,
"next week" 2021-W10, "two weeks ago" 2021-W07 ("three days ago" is a day; "more than a
year ago" is a bound and has none); "the first half of 2026", "the summer of 2022" and "last
autumn" a year (ISO 8601 has no halves or seasons; winters span two years and have none). A
month named without a year is its occurrence nearest the document date, or in a clause that
looks forward the next one. "By the end of the year", "the middle of next year" and "since the
start of the year" name the current or next year; in a past-tense clause "the end of the year"
may be another year's and has none. A range gives both its ends ("from May 1 to August 16").
Expressions that name no calendar unit ("the coming months", "48 hours") have none. "The next
month", "the following year" and "September of that year" count from a time named before them
(``anaphoric``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from .clean import _MONTH, _MONTHS, parse_date

# a timeline entry's time at the head of its sentence before a colon or a spaced dash, which the tagger may leave
# out or run on over the dash: "- 1 September 2025: The OSCE winds down ...", "Late 2025: ...", "Spring 2026: ...",
# "Aug. 9, 2025 - Tehran warns ...", "2020 - ...", "Last week - ..." (a date, a month, a part of a year, a season or a
# year alone, each with its year, or a week, month or year counted from the document's day; not a range, "2020 - 2025")
_YEAR_4 = r"(?:1[89]|20)\d\d"
HEAD_TIME = re.compile(rf"(?:[-–—•*]\s*)?(?P<time>\d{{1,2}}\s+{_MONTH},?\s+{_YEAR_4}|{_MONTH}\s+\d{{1,2}},?\s+{_YEAR_4}"
                       rf"|{_MONTH},?\s+{_YEAR_4}|(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\s+){_YEAR_4}"
                       rf"|(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+{_YEAR_4}|{_YEAR_4}"
                       r"|(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this)\s+(?:week|month|year)|[Yy]esterday)"
                       r"(?P<separator>\s*:|\s+[-–—]\s+(?!\d))")

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# "Sunday night", "last Friday morning": the day
_PART_OF_DAY = re.compile(rf"^(.*\b(?:{'|'.join(_WEEKDAYS)}))\s+(?:morning|afternoon|evening|night)$")
# an article and one or two words describing a weekday before its part of the day: "a humid Monday morning", "one
# cold, wet Friday evening"
_DESCRIBED_DAY = re.compile(r"(?:a|an|one)\s+(?P<words>[a-z][a-z-]*,?(?:\s+[a-z][a-z-]*)?)")
# the words that make such a day any one of its kind, no date: "a typical Monday morning", "a normal Friday night"
_ANY_SUCH_DAY = frozenset("typical usual normal ordinary average regular given certain single particular other".split())
# what may follow a comma inside a date: "Monday, March 10", "Dec. 14, 2016"
_DATE_AFTER_COMMA = re.compile(
    r"^(?:\d|(?:" + "|".join([d[:3] for d in _WEEKDAYS] + [m for m in _MONTHS if len(m) == 3]) + r")[a-z]*\.?(?:\s|$))", re.I
)
_MONTH_DAY = re.compile(
    r"^(?:on\s+)?(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?$|"
    r"^(?:on\s+)?(?:the\s+)?(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>[A-Za-z]{3,9})\.?$",
    re.I,
)
# "on the 12th": a day of the month the reader knows from the document's date
_DAY_OF_MONTH = re.compile(r"^(?:on\s+)?the\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)$", re.I)
# "as early as Dec. 20", "no later than March 3", "by Friday": the bound still names the day
# ... also two in a row: "since at least the 1920s"
_BOUND = re.compile(
    r"^(?:(?:as (?:early|late|soon) as|no (?:earlier|later) than|not (?:before|after|until)|by|before|"
    r"after|until|till|since|from|between|around|about|starting|beginning|at (?:the )?(?:least|latest|earliest)"
    # "survived past 2030", "could run past Friday's scheduled close"
    r"|(?:past|beyond)(?=\s+(?:(?:19|20)\d\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))\s+)+",
    re.I,
)
# "late 2015", "the first half of 2026", "the third quarter of 2024", "the summer of 2022", "spring
# 2026": the year is what ISO 8601 can say of them
_YEAR = re.compile(
    r"^(?:(?:in|early|late|mid|mid-|the end of|the start of|the beginning of|(?:the )?(?:first|second) half of|"
    r"(?:the )?(?:first|second|third|fourth|final|last) quarter of|(?:the )?(?:spring|summer|autumn|fall|winter)(?: of)?)"
    r"\s*)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?P<year>(?:1[89]|20)\d\d)$",
    re.I,
)
# "the 1990s", "the early 2000s": the decade, which ISO 8601 writes with three digits ("199")
_DECADE = re.compile(r"^(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?P<decade>(?:1[89]|20)\d)0s$", re.I)
# a year as a word of a text: "14 to 16 March 2027", "since 1998"
_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")
_OF_YEAR = re.compile(r"^the [a-z ]+ (?:of|in) (?P<year>(?:1[89]|20)\d\d)$", re.I)
# "early March", "the end of November", "the first week of June": the month is what ISO 8601 can say
_IN_MONTH = (r"(?:in|early|late|mid|mid-|(?:the )?(?:end|start|beginning|middle|rest|first half|second half|"
             r"(?:first|second|third|last) week|month) of)")  # "the month of October 2026": the month
_MONTH_YEAR = re.compile(r"^(?:" + _IN_MONTH + r"\s*)?(?P<month>[A-Za-z]{3,9})\.?,?\s+(?P<year>(?:1[89]|20)\d\d)$", re.I)
_BARE_MONTH = re.compile(r"^(?:(?:" + _IN_MONTH + r"|past)\s*)?(?P<which>last|this|next)?\s*(?P<month>[A-Za-z]{3,9})\.?$", re.I)
# "May last year", "March next year", "June of this year"
_MONTH_OF_YEAR = re.compile(
    r"^(?:" + _IN_MONTH + r"\s*)?(?P<month>[A-Za-z]{3,9})\.?,?\s+(?:of\s+)?(?P<which>last|this|next)\s+year$", re.I
)
# "October 12 last year", "12 March next year": a day of the year the words name
_DAY_OF_YEAR = re.compile(
    r"^(?P<day>[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?),?\s+"
    r"(?:of\s+)?(?P<which>last|this|next)\s+year$",
    re.I,
)
_RELATIVE = re.compile(
    r"^(?:(?:earlier|later|early|late|the end of|the start of|the beginning of|the middle of|the rest of|mid)\s+)?"
    r"(?P<which>last|this|next|the previous|the coming|the next)\s+(?P<unit>year|month|week|decade)$",
    re.I,
)
# "the past week", "over the last month": the units counted back from the document's day
_PAST_UNIT = re.compile(r"^(?:(?:over|during|in|for)\s+)?the\s+(?:past|last)\s+(?P<unit>week|month|year)$", re.I)
_NUMBERS = ({"a": 1, "an": 1}
            | {w: i for i, w in enumerate("""zero one two three four five six seven eight nine ten eleven twelve
                                              thirteen fourteen fifteen sixteen seventeen eighteen nineteen""".split())}
            | {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)})
# "three days ago", "two weeks ago", "a year ago", "Thirty years ago this week" (the year): counted
# back from the document date
_AGO = re.compile(
    rf"^(?P<approx>some |nearly |almost |more than |over |roughly )?(?P<n>{'|'.join(_NUMBERS)}|\d{{1,3}})"
    r"\s+(?P<unit>day|week|month|year|decade)s?\s+ago(?:\s+(?:this|that)\s+(?:week|month))?$",
    re.I,
)
# "in two weeks", "in three days", "in six months' time": counted ahead from the document date, as "ago" counts back
# (not in a past clause, where it says how long: "doubled in two years")
_IN_UNITS = re.compile(
    rf"^in\s+(?P<n>{'|'.join(_NUMBERS)}|\d{{1,3}})\s+(?P<unit>day|week|month|year)s?(?:['’]s?\s+time)?$", re.I)
# "by the end of the year", "later in the month", "for most of the year", "by the end of the day": the current one,
# unless the clause is in the past tense (in a narrative of 2019, "the end of the year" is 2019's)
_THE_UNIT = re.compile(
    r"^(?:(?:the end|the rest|the remainder|most|much|the start|the beginning|the middle) of|later in|later) the "
    r"(?P<unit>decade|year|month|week|day)$",
    re.I,
)
# "the week of 9 February", "the week of March 3, 2026": the week of a day named
_WEEK_OF = re.compile(r"^(?:the\s+)?week\s+of\s+(?P<day>.+)$", re.I)
# "last autumn", "next spring", "by the end of the summer": the year of that season (ISO 8601 has no seasons). Winter spans
# two years and stays null.
_SEASON = re.compile(r"^(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?(?:the\s+)?(?:(?P<which>last|this|next)\s+)?"
                     r"(?:(?:early|late|mid-?)\s*)?(?P<season>spring|summer|autumn|fall)$", re.I)
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
# "the spring of next year", "summer this year": the year it names
_SEASON_OF_YEAR = re.compile(r"^(?:the\s+)?(?:spring|summer|autumn|fall)\s+(?:of\s+)?(?P<which>last|this|next)\s+year$", re.I)
# "the first half of next year", "the first five months of the year": a part of a year named relatively
_PART_OF_YEAR = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){1,3}of\s+(?P<which>last|this|next|the)\s+year$", re.I)
# "in the first quarter", "the second half", "the end of the first quarter": in a clause that looks
# forward, the next one or the one under way
_PART_ALONE = re.compile(r"^(?:in\s+)?(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?(?:the\s+)?"
                         r"(?P<n>first|second|third|fourth|final|last)\s+(?P<unit>quarter|half|semester)$", re.I)
_PART_LAST_MONTH = {"quarter": {"first": 3, "second": 6, "third": 9, "fourth": 12, "final": 12, "last": 12},
                    "half": {"first": 6, "second": 12, "final": 12, "last": 12},
                    "semester": {"first": 6, "second": 12, "final": 12, "last": 12}}  # a half-year: "the second semester"
# "by year-end": the end of the year; "in the new year", in a clause that looks forward, the next one
_YEAR_END = re.compile(r"^(?:the\s+)?year-?end$", re.I)
_NEW_YEAR = re.compile(r"^(?:the\s+)?new\s+year$", re.I)
# "the next month", "the following year", "that day": a unit counted from a time the sentence names before
_ANAPHORA = re.compile(
    r"^(?:(?:later|earlier)\s+)?(?:the\s+(?P<which>next|following|previous|preceding|same)|that(?:\s+same)?)\s+"
    r"(?:(?:fiscal|financial)\s+(?=year$))?(?P<unit>day|morning|afternoon|evening|night|month|year|decade)$", re.I)
# "later in the day", "earlier in the evening": "later that day", counted from a time named before
_LATER_IN_THE = re.compile(r"^(later|earlier)\s+in\s+the\s+(day|morning|afternoon|evening)$", re.I)
# "the night before", "the day after": a unit counted from a time named before, the word that says which after it
_UNIT_AFTER = re.compile(r"^the\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)\s+"
                         r"(?P<which>before|after|earlier|later)$", re.I)
# "over the weekend", "last weekend": the ISO week of that Saturday and Sunday (in a past clause the last one
# begun, in a clause that looks forward the one under way or the next)
_WEEKEND = re.compile(r"^(?:(?:over|during|at)\s+)?(?:(?P<which>the|this|last|next)\s+)weekend$", re.I)
# feasts whose day moves in the Gregorian calendar but not their month: "after Nowruz" (20 or 21 March) is a
# month; Ramadan, Eid, Easter and Diwali move across months and keep a null date and period
_FEAST_MONTHS = {"nowruz": "March", "norooz": "March", "navruz": "March"}
# "next day", "following day" with no article, as a digest's entries write it ("Pashinyan next day told reporters"): "the
# next day", counted from the last date named before (not "next week", "next month", counted from the document's day)
_BARE_NEXT_DAY = re.compile(r"^(?:next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)$", re.I)
# "mid-month", "late month", "early month" with no article, as a digest's entries write it: the month of the last date
# named before ("Envoys 9 Jan met ... . Talks mid-month stalled": January; not "by the end of the month", the current one)
_PART_OF_MONTH = re.compile(r"^(?:early|late|mid)(?:-|\s+)month$", re.I)
# "three years later", "two months earlier", "a decade later": a count of units from a time named before
_UNITS_LATER = re.compile(
    rf"^(?P<n>{'|'.join(_NUMBERS)}|\d{{1,2}})\s+(?P<unit>day|month|year|decade)s?\s+(?P<which>later|earlier)$", re.I)
# "the following March": the first March after a time named before
_FOLLOWING_MONTH = re.compile(r"^the\s+following\s+(?P<month>[a-z]+)$", re.I)
# "that December": the month of the year of a time named before
_THAT_MONTH = re.compile(r"^that\s+(?P<month>[a-z]+)$", re.I)
# "September of that year", "later that year", "the end of that year": the year a time named before
_THAT_YEAR = re.compile(r"\bthat year$", re.I)
# "the same period last year", "this time next year": the year, where the text names no unit of it
_SAME_TIME_OF_YEAR = re.compile(
    r"^(?:the\s+same|this)\s+(?:period|time|quarter|month|week|season)\s+(?P<which>last|next)\s+year$", re.I)


@dataclass(frozen=True)
class TimeMention:
    text: str
    date: str | None
    start: int
    end: int


_POSSESSIVE = re.compile(r"['’]s$")
# a word that stresses a time without changing it: "Only three years ago", "just last week"
_EMPHASIS = re.compile(r"^(?:only|just)\s+", re.I)


# a year and the next, as fiscal years and seasons are written: "2027/28"
# the month a fiscal year ends in, named without its year: "before the end of the fiscal year in March"
_FISCAL_END_IN = re.compile(r"(?:the\s+)?(?:end|close)\s+of\s+(?:the|this)\s+(?:fiscal|financial)\s+year\s+in\s+"
                            r"(?P<month>[A-Z][a-z]{2,8})", re.I)
_YEAR_PAIR = re.compile(r"(?P<year>(?:1[89]|20)\d\d)/(?P<next>\d\d)")


def _clean(text: str) -> str:
    """One line, no surrounding punctuation, no leading stress or bound ("only", "since", "as early
    as"), no weekday before the date it names ("Friday, 16 October", "Friday (16 October)" and
    "Friday 16 October" are 16 October)."""
    cleaned = _BOUND.sub("", _EMPHASIS.sub("", _POSSESSIVE.sub("", " ".join(text.split())).strip(" ,.")))  # "last May's"
    cleaned = _PERIOD_ENDING.sub("", cleaned)  # "the period ending in March 2026": March 2026
    if fiscal := _PART_OF_FISCAL.fullmatch(cleaned):  # "FY27", "FY2026/27": the fiscal year named by the year it ends
        # ... also a part of it, "the end of FY2026"
        end = fiscal.group('end') if len(fiscal.group('end')) == 4 else '20' + fiscal.group('end')
        cleaned = f"{fiscal.group('part') or ''}fiscal year {end}"
    if ends_in := _FISCAL_END_IN.fullmatch(cleaned):  # "the end of the fiscal year in March": the next March
        cleaned = f"next {ends_in.group('month')}"
    if (pair := _YEAR_PAIR.fullmatch(cleaned)) and int(pair.group("next")) == (int(pair.group("year")) + 1) % 100:
        cleaned = f"fiscal year {int(pair.group('year')) + 1}"  # "the 2027/28 budget": named by the year it ends
    cleaned = re.sub(r"\s+(?:and|to|through)$", "", cleaned, flags=re.I)  # "July 7 and", which the tagger cut from "8"
    weekday, comma, rest = cleaned.partition(", ")
    if not comma:  # "Tuesday (March 10)", the South Asian press's style
        weekday, comma, rest = cleaned.rstrip(")").partition(" (")
    if not comma:  # "Thursday 5 February", British and Australian style
        weekday, comma, rest = cleaned.partition(" ")
    return rest if comma and weekday.lower() in _WEEKDAYS and _MONTH_DAY.match(rest) else cleaned


def normalise_time(text: str, doc_date: str | None, future: bool = False, past: bool = False) -> str | None:
    """An ISO date for ``text`` where it names a day, else None. ``future``: the date is in a
    future-tense clause, so a weekday or a month and day look forward from the document date;
    ``past``: in a past-tense clause, so a month and day are on or before it."""
    cleaned = _clean(text)
    cleaned = _HOLIDAYS.get(cleaned.lower(), cleaned)  # "Christmas": December 25
    full = parse_date(cleaned)
    if full:
        return full
    if doc_date is None:
        return None
    anchor = date.fromisoformat(doc_date[:10])
    lower = cleaned.lower()
    relative = {"today": 0, "yesterday": -1, "tomorrow": 1, "this morning": 0, "tonight": 0, "later today": 0,
                "earlier today": 0, "this afternoon": 0, "this evening": 0, "last night": -1}
    if lower in relative:
        return (anchor + timedelta(days=relative[lower])).isoformat()
    if lower in {"easter", "easter sunday", "easter day"}:
        return _easter_near(anchor, future, past).isoformat()
    m = _DAY_OF_YEAR.match(cleaned)
    if m:  # "October 12 last year", "12 March next year"
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[m.group("which").lower()]
        return parse_date(f"{m.group('day')} {year}")
    m = _AGO.match(cleaned)
    if m and m.group("unit").lower() == "day" and not m.group("approx"):  # "nearly ten days ago": no day
        return (anchor - timedelta(days=_count(m))).isoformat()
    m = _IN_UNITS.match(cleaned)
    if m and m.group("unit").lower() in {"day", "week"} and not past:  # "will resume in three days"
        # ... and "in two weeks", the day as many weeks on (its week the period)
        return (anchor + timedelta(days=_count(m) * (7 if m.group("unit").lower() == "week" else 1))).isoformat()
    m = _THE_UNIT.match(cleaned)
    if m and m.group("unit").lower() == "day" and (not past or text.lower().startswith("since ")):
        return anchor.isoformat()  # "by the end of the day": the document's day (in a past clause it may be another's)
    m = _WEEK_OF.match(cleaned)
    if m and normalise_time(m.group("day"), doc_date, future, past):
        return None  # "the week of 9 February": a week, no day
    part = _PART_OF_DAY.match(lower)
    which, _, weekday = (part.group(1) if part else lower).removeprefix("on ").rpartition(" ")
    if weekday in _WEEKDAYS and which in {"early", "late"}:
        which = ""  # "early Tuesday": the day, in the morning
    if part and weekday in _WEEKDAYS and (described := _DESCRIBED_DAY.fullmatch(which)) and not (
            set(described.group("words").split()) & _ANY_SUCH_DAY):
        which = ""  # "a humid Monday morning": that Monday, in the morning; not "a typical Monday morning"
    if weekday in _WEEKDAYS and which in {"", "last", "this", "next"}:
        # "last Friday" is before the document's day, "next Friday" and "this Friday" after it
        if which in {"this", "next"} or (future and which != "last"):
            ahead = (_WEEKDAYS.index(weekday) - anchor.weekday()) % 7
            return (anchor + timedelta(days=ahead or (7 if which else 0))).isoformat()
        back = (anchor.weekday() - _WEEKDAYS.index(weekday)) % 7
        return (anchor - timedelta(days=back or (7 if which else 0))).isoformat()
    m = _DAY_OF_MONTH.match(cleaned)
    if m:  # "on the 12th": that day of the document's month, the month before or the month after
        candidates = []
        for step in (-1, 0, 1):
            year, month = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
            try:
                candidates.append(date(year, month + 1, int(m.group("day"))))
            except ValueError:
                continue  # "the 31st" of a month of 30 days
        if future:
            return next((c.isoformat() for c in candidates if c >= anchor), None)
        if past:
            earlier = [c for c in candidates if c <= anchor]
            return earlier[-1].isoformat() if earlier else None
        return min(candidates, key=lambda c: abs((c - anchor).days)).isoformat() if candidates else None
    m = _MONTH_DAY.match(cleaned)
    if m:
        month_text = (m.group("month") or m.group("month2")).lower()
        month = _MONTHS.get(month_text)
        if month:
            day = int(m.group("day") or m.group("day2"))
            try:
                candidates = [date(year, month, day) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
            except ValueError:
                return None
            if future:  # the first on or after the document date
                return next(c for c in candidates if c >= anchor).isoformat()
            if past:  # the last on or before it
                return max(c for c in candidates if c <= anchor).isoformat()
            # the occurrence nearest the document date: "July 2" in an article of 7 May is that July's
            return min(candidates, key=lambda c: abs((c - anchor).days)).isoformat()
    return None


def normalise_period(text: str, doc_date: str | None, future: bool = False, past: bool = False) -> str | None:
    """ISO 8601 for ``text`` at the precision it names (day, month, week or year), else None.
    ``future`` and ``past`` as for ``normalise_time``."""
    day = normalise_time(text, doc_date, future, past)
    weeks = _IN_UNITS.match(_clean(text))
    if day and weeks and weeks.group("unit").lower() == "week":  # "in two weeks": its day, and the week as period
        return _shifted(date.fromisoformat(day), "week", 0)
    if day:
        return day
    cleaned = _clean(text)
    cleaned = _FEAST_MONTHS.get(cleaned.lower(), cleaned)  # "after Nowruz": March
    m = _YEAR.match(cleaned)
    if m:
        return m.group("year")
    m = _DECADE.match(cleaned)
    if m:
        return m.group("decade")
    m = _OF_YEAR.match(cleaned)
    if m:  # "the worst months of 2022"
        return m.group("year")
    m = _MONTH_YEAR.match(cleaned)
    if m and m.group("month").lower() in _MONTHS:
        return f"{m.group('year')}-{_MONTHS[m.group('month').lower()]:02d}"
    if doc_date is None:
        return None
    anchor = date.fromisoformat(doc_date[:10])
    m = _RELATIVE.match(cleaned)
    if m and m.group("which").lower() == "the coming" and m.group("unit").lower() == "year":
        return None  # "over the coming year": the twelve months ahead span two calendar years, as a winter does
    if m and m.group("unit").lower() == "decade" and m.group("which").lower() != "this":
        return None  # "over the next decade": ten years from now, not a decade of the calendar ("this decade" is one)
    if m:
        step = {"last": -1, "the previous": -1, "this": 0}.get(m.group("which").lower(), 1)
        return _shifted(anchor, m.group("unit").lower(), step)
    m = _PAST_UNIT.match(cleaned)
    if m:
        # "over the past week": the seven days before the document's day, a calendar week only where that day opens
        # one (a Monday; the past month on the 1st, the past year on 1 January), as "the coming year" is none
        unit = m.group("unit").lower()
        opens = {"week": anchor.weekday() == 0, "month": anchor.day == 1, "year": (anchor.month, anchor.day) == (1, 1)}
        return _shifted(anchor, unit, -1) if opens[unit] else None
    m = _WEEKEND.match(cleaned)
    if m and (past or future or m.group("which").lower() != "the"):
        return _weekend(anchor, m.group("which").lower(), future)
    m = _MONTH_OF_YEAR.match(cleaned)
    if m and m.group("month").lower() in _MONTHS:
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[m.group("which").lower()]
        return f"{year}-{_MONTHS[m.group('month').lower()]:02d}"
    m = _AGO.match(cleaned)
    if m and not m.group("approx") and m.group("unit").lower() != "day":  # "more than a year ago": a bound
        if m.group("unit").lower() == "decade":  # "a decade ago": ten years back, a year
            return _shifted(anchor, "year", -10 * _count(m))
        return _shifted(anchor, m.group("unit").lower(), -_count(m))
    m = _IN_UNITS.match(cleaned)
    if m and not past and m.group("unit").lower() != "day":  # "is expected to meet again in two weeks": that week
        return _shifted(anchor, m.group("unit").lower(), _count(m))
    if _YEAR_END.match(cleaned):
        cleaned = "the end of the year"
    if _NEW_YEAR.match(cleaned) and future:  # "will give evidence again in the new year"
        return str(anchor.year + 1)
    m = _WEEK_OF.match(cleaned)
    day = normalise_time(m.group("day"), doc_date, future, past) if m else None
    if day:  # "pencilled in for the week of 9 February": the ISO week of that day
        year, week, _ = date.fromisoformat(day).isocalendar()
        return f"{year}-W{week:02d}"
    m = _THE_UNIT.match(cleaned)
    if m and (not past or text.lower().startswith("since ")):
        # "by the end of the year", "since the start of the year": the current one; in a
        # past-tense clause it may be another's ("in 2019 ... by the end of the year")
        return _shifted(anchor, m.group("unit").lower(), 0)
    m = _PART_OF_YEAR.match(cleaned)
    if m and (m.group("which").lower() != "the" or not past):  # "of the year" in a past clause may be another's
        return str(anchor.year + {"last": -1, "this": 0, "next": 1, "the": 0}[m.group("which").lower()])
    m = _PART_ALONE.match(cleaned)
    if m and future and m.group("n").lower() in _PART_LAST_MONTH[m.group("unit").lower()]:
        # "is expected to cut rates in the first quarter": the next one, or the one under way
        last = _PART_LAST_MONTH[m.group("unit").lower()][m.group("n").lower()]
        return str(anchor.year if anchor.month <= last else anchor.year + 1)
    m = _SEASON_OF_YEAR.match(cleaned) or _SAME_TIME_OF_YEAR.match(cleaned)
    if m:
        return str(anchor.year + {"last": -1, "this": 0, "next": 1}[m.group("which").lower()])
    m = _SEASON.match(cleaned)
    if m and past and not m.group("which"):  # "talks collapsed in the summer": the last one begun
        first, _ = _SEASON_MONTHS[m.group("season").lower()]
        return str(anchor.year if first <= anchor.month else anchor.year - 1)
    if m and (m.group("which") or future):
        first, last = _SEASON_MONTHS[m.group("season").lower()]
        which = (m.group("which") or "next").lower()
        if which == "last":  # the last one over before the document date
            return str(anchor.year if last < anchor.month else anchor.year - 1)
        if which == "next" and not (future and not m.group("which") and anchor.month <= last):
            # "next spring": the next one to begin; a bare "in the summer" that looks forward
            # may be the one under way
            return str(anchor.year if first > anchor.month else anchor.year + 1)
        return str(anchor.year)
    m = _BARE_MONTH.match(cleaned)
    if m and m.group("month").lower() in _MONTHS:
        month = _MONTHS[m.group("month").lower()]
        which = (m.group("which") or "").lower()
        if which == "last":
            year = anchor.year if month < anchor.month else anchor.year - 1
        elif which == "next":
            year = anchor.year if month > anchor.month else anchor.year + 1
        elif which == "this":
            year = anchor.year
        elif future:  # "talks will resume in March": the next March, or this one
            year = anchor.year if month >= anchor.month else anchor.year + 1
        elif past:  # "Beijing hosted a meeting in May": the last May, or this one
            year = anchor.year if month <= anchor.month else anchor.year - 1
        else:  # the occurrence nearest the document date
            year = min((anchor.year - 1, anchor.year, anchor.year + 1),
                       key=lambda y: abs((y * 12 + month) - (anchor.year * 12 + anchor.month)))
        return f"{year}-{month:02d}"
    return None


def _stepped(m: re.Match[str], unit: str, step: int, reference: str | None) -> tuple[str | None, str | None] | None:
    """The date and period ``step`` units ("year", "month", "day") from the time ``m`` matched, the
    day ``reference``; None where ``m`` names no such unit ("a month later" after a year alone)."""
    if unit == "year":
        return None, str(int(m.group("year")) + step)
    if unit == "month" and m.group("month"):
        return None, _shifted(date(int(m.group("year")), int(m.group("month")), 1), "month", step)
    if unit == "day" and m.group("day"):
        day = (date.fromisoformat(reference or "") + timedelta(days=step)).isoformat()
        return day, day
    return None


def anaphoric(text: str, reference: str | None, future: bool = False) -> tuple[str | None, str | None] | None:
    """The date and period of a time counted from ``reference``, the period of a time named before
    it: "the next month" after "August 17, 1999" is 1999-09, "the following year" after "2018"
    2019, "September of that year" 2018-09, "the next day" after "January 26, 1996" 1996-01-27,
    "later that evening" after it 1996-01-26, "the following March" after "2017" 2018-03. A vague
    time (no date, no period) where ``reference`` is not precise enough for "the next month" or
    "that day"; None where ``text`` counts from nothing. In a clause that looks forward, "the
    next month" counts from the document date instead."""
    cleaned = _LATER_IN_THE.sub(r"\1 that \2", _clean(text))  # "later in the day" is "later that day"
    if _BARE_NEXT_DAY.match(cleaned):
        cleaned = f"the {cleaned}"  # "Pashinyan next day told reporters": the day after the last date named
    after = _UNIT_AFTER.match(cleaned)
    if after:  # "the night before" is "the previous night", "the day after" "the following day"
        which = "previous" if after.group("which").lower() in {"before", "earlier"} else "following"
        cleaned = f"the {which} {after.group('unit')}"
    a = _ANAPHORA.match(cleaned)
    if a and a.group("unit").lower() == "decade":
        # "the following decade": after a decade named before ("The 2000s ... the following decade" is
        # "201"), or after a year, the decade of that year ("in April 2005 ... the following decade": 201)
        which = (a.group("which") or "same").lower()
        step = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(which, 0)
        if (which == "next" and future) or reference is None:
            return None
        decade = re.match(r"(\d{3})(?:\d(?:-\d\d){0,2})?$", reference)
        return None, (str(int(decade.group(1)) + step) if decade else None)
    m = re.fullmatch(r"(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?", reference or "")
    if not m:
        return None
    if _PART_OF_MONTH.match(cleaned):
        # "Quad members mid-month met in Jeddah" after "9 Jan": that month; vague after a year alone or ahead
        return (None, None) if future or not m.group("month") else (None, f"{m.group('year')}-{m.group('month')}")
    later = _UNITS_LATER.match(cleaned)
    if later:
        # "Three years later" after 1993 is 1996; a count of months after a year alone, or of days after a
        # month, is vague
        unit, step = later.group("unit").lower(), _count(later) * (1 if later.group("which").lower() == "later" else -1)
        if unit == "decade":  # "a decade later" after 1967 is 1977: ten years, a year
            unit, step = "year", step * 10
        return _stepped(m, unit, step, reference) or (None, None)
    that = _THAT_YEAR.search(cleaned)
    if that:
        head = cleaned[: that.start()]
        if re.fullmatch(r"(?:(?:later|earlier)\s+)?", head, re.I):
            return None, m.group("year")
        for named in (f"{head}{m.group('year')}", f"{head.removesuffix('of ')}{m.group('year')}"):
            period = normalise_period(named, None)  # "the end of 2018", "September 2018"
            if period:
                return normalise_time(named, None), period
        return None
    that_month = _THAT_MONTH.match(cleaned)
    month = _MONTHS.get(that_month.group("month").lower()) if that_month else None
    if month:  # "that December" after 2016: the December of that year
        return None, f"{m.group('year')}-{month:02d}"
    following = _FOLLOWING_MONTH.match(cleaned)
    month = _MONTHS.get(following.group("month").lower()) if following else None
    if month:
        after = int(m.group("month") or 12)  # after a year alone, the month of the next year
        return None, f"{int(m.group('year')) + (month <= after)}-{month:02d}"
    a = _ANAPHORA.match(cleaned)
    which = (a.group("which") or "same").lower() if a else ""
    if not a or (which == "next" and future):
        return None
    unit = a.group("unit").lower()
    unit = "day" if unit in {"morning", "afternoon", "evening", "night"} else unit
    step = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(which, 0)
    stepped = _stepped(m, unit, step, reference)
    if stepped:
        return stepped
    if re.match(r"(?:the|that)\s", cleaned, re.I):
        return None, None  # "the next month" after "2018": a month of 2018 or 2019, not one counted from today
    return None


def _easter(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous algorithm of Meeus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _easter_near(anchor: date, future: bool, past: bool) -> date:
    """The Easter a text names, a feast whose day moves: the next on or after ``anchor`` in a clause that looks
    forward, the last on or before it in one told in the past, else the nearer of the two."""
    days = [_easter(year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    after = min(d for d in days if d >= anchor)
    before = max(d for d in days if d <= anchor)
    if future or past:
        return after if future else before
    return after if after - anchor <= anchor - before else before


def _shifted(anchor: date, unit: str, step: int) -> str:
    """The ISO year, month or week ``step`` units from the one of ``anchor``."""
    if unit == "year":
        return str(anchor.year + step)
    if unit == "decade":  # ISO 8601's three digits: "202" is 2020-2029
        return str(anchor.year // 10 + step)
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 + step
        return f"{months // 12}-{months % 12 + 1:02d}"
    year, week, _ = (anchor + timedelta(weeks=step)).isocalendar()
    return f"{year}-W{week:02d}"


def _weekend(anchor: date, which: str, future: bool) -> str:
    """The ISO week of the weekend ``which`` names: "last weekend" the last one over before ``anchor``,
    "next weekend", "this weekend" and one in a clause that looks forward the one under way or the next,
    "over the weekend" in a past clause the last one begun."""
    saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)  # the last Saturday, on or before the day
    if which == "last" and saturday + timedelta(days=1) >= anchor:
        saturday -= timedelta(weeks=1)
    elif (which in {"this", "next"} or future) and saturday + timedelta(days=1) < anchor:
        saturday += timedelta(weeks=1)
    year, week, _ = saturday.isocalendar()
    return f"{year}-W{week:02d}"


def _count(ago: re.Match[str]) -> int:
    """The number of units in "three days ago", "a year ago", "18 months ago"."""
    n = ago.group("n").lower()
    return _NUMBERS[n] if n in _NUMBERS else int(n)


# how a date attaches to the word it belongs to: "on Tuesday", "next week", "the March 3 vote"
_ATTACHMENTS = {"pobj", "prep", "npadvmod", "nmod", "compound", "amod", "det", "appos", "nummod", "quantmod"}
_FUTURE_AUX = {"will", "shall", "'ll", "’ll", "wo"}
# a modal looks forward unless it has a perfect "have": "could resume" but "could have resumed"
_MODALS = {"would", "could", "may", "might", "should", "must", "can", "ca"}
_PERFECT = {"have", "'ve", "’ve"}
_PAST_REFUSALS = {"would", "could"}
# a deadline on a noun looks forward with the noun's verb ("a deal by Friday would help"); a
# plain date on it does not ("the attack on Monday could derail the talks": a past attack)
_DEADLINES = {"by", "before", "until", "till"}
# days a fixed date names: "before Christmas" is before December 25
_HOLIDAYS = {"christmas": "December 25", "christmas day": "December 25", "christmas eve": "December 24",
             "new year's eve": "December 31", "new year’s eve": "December 31", "new year's day": "January 1",
             "new year’s day": "January 1"}
# verbs that ask someone to do something later, or commit to it: their infinitive's date is
# ahead ("invited attaches to visit the site on Friday", "agreed to meet again on Friday")
_INVITES = {"invited", "invites", "invite", "asked", "asks", "ask", "urged", "urges", "urge",
            "agreed", "agrees", "agree", "promised", "promises", "promise", "pledged", "pledges", "pledge",
            "vowed", "vows", "vow", "decided", "decides", "decide", "threatened", "threatens", "threaten"}
# verbs that invite someone to a place, and to a day: "has invited the negotiators to Brussels on May 21"
_INVITATIONS = {"invited", "invites", "invite", "summoned", "summons", "summon"}
# verbs whose object is still to come, and the words that date it: "threatened a 100 percent
# tariff on Chinese goods from November 1" is not the threat's day
_PROMISES = {"threatened", "promised", "pledged", "vowed", "proposed", "offered", "announced"}
# what is promised by a deadline is to come: "has promised elections by August"
_PROMISED = {"promise", "promises", "promised", "pledge", "pledges", "pledged", "vow", "vows", "vowed"}
_STARTS = {"from", "starting", "beginning"}
# present-tense plans and aims, and participles that are plans with a present "is": "is expected"
_PLANS = {"plans", "plan", "intends", "intend", "hopes", "hope", "aims", "aim", "wants", "want",
          "seeks", "seek"}
_PLANNED = {"expected", "scheduled", "set", "planned", "poised", "going", "due", "likely", "unlikely",
            "certain", "sure", "bound", "mooted", "pencilled", "penciled", "earmarked", "envisaged"}
_PRESENT_BE = {"is", "are", "am", "'s", "’s", "'re", "’re"}
# verbs by which a plan seems so, in the present: "looks set to open on Monday"
_SEEMS = {"looks", "look", "seems", "seem", "appears", "appear"}
# an expectation in the present, whose object is ahead: "expects a deal on Friday"
_EXPECTS = {"expect", "expects", "anticipate", "anticipates", "foresee", "foresees"}
# a projection, whose object's time is ahead of it also in the past tense: "the ministry projected
# exports of 4 million tonnes a month between April and September"
_PROJECTS = {"project", "projects", "projected", "forecast", "forecasts", "forecasted", "predict", "predicts",
             "predicted"}
# an expectation in the past tense, whose object's time is not told as past: "said this month that it expected
# stronger sales in China in the second half of the year" (the current year's); a month is the one nearest the
# document's day, as the expectation may be older than the document (not "had expected", nor "was expected")
_EXPECTED = {"expected", "anticipated", "foresaw"}
# so is what is ruled out, or not ruled out, whatever the verb's tense or negation: "did not rule out
# further openings in the new year", "would not rule out a second round in March"
_RULES = {"rule", "rules", "ruled", "ruling"}
_QUOTE_MARKS = re.compile("[\"“”«»]")

_CONDITIONS = {"if", "unless", "once", "when", "until", "before", "after"}
# the tense of a clause without a tagger: its auxiliaries, or the spelling of its verb
_NOUN_SLOTS = {"dobj", "obj", "nsubj", "nsubjpass", "attr", "oprd"}
_PAST_AUX = {"was", "were", "had", "did", "'d", "’d"}
_PERFECT_AUX = {"has", "have", "'ve", "’ve", "'s", "’s"}
_PAST_EED = {"agreed", "freed", "decreed", "guaranteed", "disagreed", "refereed"}
_IRREGULAR_PAST = frozenset(
    """was were said met held took made began went came saw told left won lost struck fought sent gave brought
    fell rose broke sold bought led spoke wrote threw drew stood sought chose built spent paid shot flew
    ran became knew thought felt found kept meant withdrew overtook undertook froze swore shook
    taken given begun gone seen done written spoken chosen broken frozen fallen risen drawn thrown
    flown known shown grown""".split()
)
# "-s" words that are no scheduled present: auxiliaries, verbs of saying ("the Kremlin says on
# Friday" reports a statement of that day) and verbs that relate the present to what came before
# ("the contract follows a decision in December"), or set it against a value observed before ("That compares with a
# discount of $13 in December")
_NOT_PRESENT = {"was", "has", "does", "says", "adds", "tells", "warns", "claims", "reports", "notes",
                "insists", "argues", "believes", "thinks", "writes", "announces", "confirms", "denies",
                "follows", "reflects", "mirrors", "echoes", "recalls", "compares", "contrasts"}


# verbs whose past is spelled as their present ("troops hit the city on Monday"), and plain
# forms of saying and believing ("officials say on Friday"): no schedule in their spelling
_INVARIANT_PAST = frozenset(
    """put set cut hit let read shut spread cost beat bet burst cast hurt quit split thrust upset broadcast
    forecast bid rid shed spit wet""".split()
)
_RELATIVES = frozenset({"which", "that", "who"})
_NOT_PRESENT_BASE = frozenset(
    """say add tell warn claim report note insist argue believe think write announce confirm deny have do
    be expect fear hope want know agree compare contrast""".split()
)


_PLACE_ADVERBS = frozenset({"back", "home", "there", "here", "away", "abroad"})


def attached_word(ent: Span) -> Token:
    """The word a time expression belongs to, through its preposition and modifiers: "said" in
    "said on Dec 14", "vote" in "the March 3 vote". Needs a dependency parse."""
    token = ent.root
    while token.dep_ == "conj" and token.head.ent_type_ in {"DATE", "TIME"} and token.head.i < token.i:
        token = token.head  # "on Monday and Tuesday": Tuesday hangs where Monday does
    for _ in range(6):
        # "will come no later than Sunday": the bound's "later" hangs on the verb, and so does the "ahead" of "may
        # delay swaps ahead of the summer"
        bound = token.dep_ == "advmod" and token.lower_ in {"later", "earlier", "sooner", "ahead"}
        # "We'll be back on Thursday": the adverb of place the day hangs on is the verb's
        bound = bound or (token.dep_ == "advmod" and token.lower_ in _PLACE_ADVERBS and token.i < ent.start)
        # "will be signed by June 30": the parser took the deadline for the passive's agent (of a passive only: not
        # "would have acted if talks had failed by the autumn")
        bound = bound or (token.dep_ == "agent" and token.i == ent.start - 1
                          and any(c.dep_ == "auxpass" for c in token.head.children))
        if (token.dep_ not in _ATTACHMENTS and not bound) or token.head.i == token.i:
            break
        token = token.head
    if token.dep_ == "ccomp" and token.head.i < ent.start:
        # "said on Wednesday it would suspend imports": the parser may hang the date on the
        # reported verb, but before that clause's subject (and no "that") it is the saying's
        subjects = [c.i for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
        marks = [c.i for c in token.children if c.dep_ == "mark" and c.i < ent.start]
        if subjects and ent.end <= min(subjects) and not marks:
            return token.head
    return token


# a fraction the tagger ran into the range after it: "rose by a third between March" (and "May this year"), or
# into the day after it, with its bound: "up from about a fifth today"
_FRACTION_BEFORE = re.compile(r"(?:(?:about|around|roughly|nearly|almost|some|just|over|under|less than|more than)\s+)?"
                              r"(?:(?:a|one|two|three|four)\s+|two-|three-)?(?:half|thirds?|quarters?|fifths?|tenths?)\s+"
                              r"(?:(?:between|from)\s+|(?=(?:today|now|yesterday|tomorrow)$))", re.I)


# a count of units, how long, after a time's "to": "July to seven years"
_COUNT_AFTER_TO = re.compile(r"(?:(?:about|nearly|almost|up to|more than|at least)\s+)?(?:a|an|one|two|three|four|five|six|"
                             r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|\d+)\s+"
                             r"(?:day|week|month|year|decade)s?", re.I)


def date_span(ent: Span) -> Span:
    """A DATE entity without the clause the tagger ran it on into: "March 20, come days" (in
    "which run until March 20, come days after ...") is "March 20"; "Monday, March 10" and
    "Dec. 14, 2016" stay whole; nor the fraction and the range's first word it ran in before the time: "a
    third between March" is "March"."""
    fraction = _FRACTION_BEFORE.match(ent.text)
    if fraction:
        cut = ent.doc.char_span(ent.start_char + fraction.end(), ent.end_char)
        if cut is not None and len(cut):
            ent = cut
    for token in ent:
        # "was sentenced in July to seven years in prison": a time the tagger ran on into how long, after "to"
        if (token.lower_ == "to" and ent.start < token.i < ent.end - 1 and _COUNT_AFTER_TO.fullmatch(
                ent.doc[token.i + 1 : ent.end].text) and normalise_period(ent.doc[ent.start : token.i].text, _ANY_DAY)):
            return ent.doc[ent.start : token.i]
    for token in ent:
        if token.text == "," and token.i > ent.start:
            rest = ent.doc[token.i + 1 : ent.end].text
            if rest and not _DATE_AFTER_COMMA.match(rest):
                return ent.doc[ent.start : token.i]
    return ent


# "from May 1 to August 16", "between March and June 2027", "2025-2026": two expressions
_RANGE_JOINERS = {"to", "and", "through", "until", "till", "-", "–", "—"}
_RANGE_OPENERS = {"from", "between"}
_ANY_DAY = "2000-06-15"  # only to ask whether a part names a time at all


# a range of years whose second end keeps its last two digits: "1950-53"
_SHORT_YEAR = re.compile(r"(?:1[89]|20)\d\d[-–]\d\d")
# a fiscal year abbreviated, named by the year it ends: "FY27", "FY2026/27", "FY 2027"
FISCAL_YEAR = re.compile(r"FY\s?(?:(?:19|20)?\d\d[/-])?(?P<end>(?:19|20)?\d\d)")
_PART_OF_FISCAL = re.compile(r"(?P<part>(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?" + FISCAL_YEAR.pattern, re.I)
# "the period ending in March 2026": the time that ends the period the text names
_PERIOD_ENDING = re.compile(r"^the\s+(?:(?:fiscal|financial)\s+)?(?:period|year|quarter|months?|weeks?)\s+"
                            r"(?:ending|ended|to|through)\s+(?:in\s+|on\s+)?", re.I)


def date_parts(ent: Span) -> list[tuple[Span, str]]:
    """The time expressions in a DATE entity, each with the text to resolve: a range is two
    ("from May 1 to August 16" gives "May 1" and "August 16"; in "between March and June 2027"
    the first takes the second's year, also one named relatively, "between January and April last year"), where each side names a time on its own; anything
    else is one ("five to seven years", "the first and second quarters")."""
    for token in ent:
        if token.lower_ not in _RANGE_JOINERS or not ent.start < token.i < ent.end - 1:
            continue
        left, right = ent.doc[ent.start : token.i], ent.doc[token.i + 1 : ent.end]
        if left[0].lower_ in _RANGE_OPENERS:
            left = left[1:]
        if len(left) > 2 and left[0].lower_ == "the" and left[1].lower_ == "years":
            left = left[2:]  # "the years 2026-2029": 2026 and 2029, as "2026-2029" is
        if not left:
            continue
        right_text = right.text
        short = _SHORT_YEAR.fullmatch(f"{left.text}{token.text}{right_text}")
        if short and left.text[-2:] < right_text:  # "the 1950-53 Korean War": 1950 and 1953
            right_text = left.text[:2] + right_text
        month_first = _MONTH_FIRST.match(left.text)
        if month_first and _BARE_DAY.match(right_text):
            right_text = f"{month_first.group('month')} {right_text}"  # "Jan. 14 to 17": Jan. 17
        if not normalise_period(right_text, _ANY_DAY) or not (
                normalise_period(left.text, _ANY_DAY) or (re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", left.text)
                                                         and _DAY_FIRST.match(right.text))):
            continue
        year = _YEAR_IN.search(right.text) or _WHICH_YEAR.search(right.text)  # "between January and April last year"
        left_text = left.text
        day_month = _DAY_FIRST.match(right.text)
        if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", left_text) and day_month:
            left_text = f"{left_text} {day_month.group('rest')}"  # "14 to 16 March": 14 March
        if year and not _YEAR_IN.search(left_text) and _MONTH_OR_DAY.match(left_text):
            left_text = f"{left_text} {year.group()}"  # "between March and June 2027"
        return [(left, left_text), (right, right_text)]
    return [(ent, ent.text)]


# "16 March", "16 March 2027": a day before its month, whose month (and year) a bare "14" borrows
_DAY_FIRST = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?\s+(?P<rest>[A-Za-z]{3,9}\.?(?:,?\s+(?:1[89]|20)\d\d)?)$")
# "Jan. 14", "March 3rd": a month before its day, which a bare "17" after it borrows
_MONTH_FIRST = re.compile(r"^(?P<month>[A-Za-z]{3,9}\.?)\s+\d{1,2}(?:st|nd|rd|th)?$")
_BARE_DAY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:1[89]|20)\d\d)?$")
# a year named relatively after a month, which the range's first end takes too: "April last year"
_WHICH_YEAR = re.compile(r"\b(?:this|last|next)\s+year$", re.I)
_MONTH_OR_DAY = re.compile(r"^(?:early |late |mid-?)?[A-Za-z]{3,9}\.?(?: \d{1,2}(?:st|nd|rd|th)?)?$")


def _across_quotation(token: Token, ent: Span) -> bool:
    """Whether a quotation mark stands an odd number of times between ``token`` and ``ent``:
    one is inside a quotation and the other outside it."""
    first, last = sorted((token.i, ent.start))
    doc = token.doc
    # a phrase quoted whole, the time and its preposition only, is no quotation of the verb's: 'agreed to
    # resume talks "before the summer"'
    if (token.i < ent.start and ent.end < len(doc) and _QUOTE_MARKS.fullmatch(doc[ent.end].text)
            and any(_QUOTE_MARKS.fullmatch(doc[i].text) for i in range(max(first, ent.start - 2), ent.start))):
        return False
    if token.i < ent.start and _quoted_phrase_of(token, ent):
        return False
    # the tokens between, not doc.text, which spaCy joins anew from the whole Doc at each call
    return len(_QUOTE_MARKS.findall(doc[first:last].text)) % 2 == 1


def _quoted_phrase_of(verb: Token, ent: Span) -> bool:
    """Whether the quotation ``ent`` stands in is one phrase of ``verb`` quoted whole, the time with the words that
    hang it on the verb: 'expected its quota to be revisited "no later than the December meeting."' (not a
    quotation with a verb of its own, 'said "we will meet in December"')."""
    doc, sent = ent.doc, ent.sent
    opening = next((i for i in range(ent.start - 1, verb.i, -1) if _QUOTE_MARKS.fullmatch(doc[i].text)), None)
    closing = next((i for i in range(ent.end, sent.end) if _QUOTE_MARKS.fullmatch(doc[i].text)), None)
    if opening is None or closing is None:
        return False
    words = [t for t in doc[opening + 1 : closing] if not t.is_punct]
    return any(c.i > verb.i and all(c.left_edge.i <= t.i <= c.right_edge.i for t in words)
               and c.dep_ not in {"ccomp", "xcomp", "advcl", "conj", "parataxis"} for c in verb.children)


# a value set against one observed before, whose time is that observation's: "That compares with a discount of $13 in
# December", "stand at 1.2 million barrels a day, against 1.5 million in December"
_COMPARES = frozenset({"compares", "compare", "contrasts", "contrast"})
_AGAINST = frozenset({"against", "versus", "vs", "vs."})
_CLAUSES = frozenset({"ROOT", "relcl", "acl", "ccomp", "xcomp", "advcl", "conj", "parataxis"})


def compared_value(ent: Span) -> bool:
    """Whether ``ent`` dates a value something is compared with, a value observed before: the present of a verb of
    comparing with no auxiliary ("That compares with a discount of $13 in December"), or a figure after "against",
    "versus", "compared with" or "compared to" right before the time's preposition, where the parser may hang the
    time on the main verb ("Exports now stand at 1.2 million barrels a day, against 1.5 million in December"). Not
    "will compare", nor "sanctions against Moscow in December" (no figure). Needs the parse."""
    doc = ent.doc
    token = attached_word(ent)
    if token.lower_ in _COMPARES and not any(c.dep_ in {"aux", "auxpass"} for c in token.children):
        return True
    preposition = ent.root.head
    if ent.root.dep_ != "pobj" or preposition.lower_ not in {"in", "on", "at", "during"}:
        return False
    for k in range(preposition.i - 1, max(ent.sent.start, preposition.i - 8) - 1, -1):
        word = doc[k]
        compared = word.lower_ in _AGAINST or (
            word.lower_ in {"with", "to"} and k > 0 and doc[k - 1].lower_ in {"compared", "compares", "compare"})
        if compared:
            between = doc[k + 1 : preposition.i]
            return any(t.like_num or t.is_currency for t in between) and not any(
                t.dep_ in _CLAUSES or t.text in {",", ";", ":"} for t in between)
        if word.text in {",", ";", ":"} or word.dep_ in _CLAUSES:
            return False
    return False


def in_future_clause(ent: Span) -> bool:
    """True when the verb ``ent`` hangs on looks forward: the future tense ("will resume on
    Tuesday"), a modal ("could resume on Friday", but not "could have resumed"), a plan or aim
    ("is expected to sign on Friday", "is due to reopen on Monday", "are to meet on Friday",
    "hope to finish by Friday", "is likely to sign on Friday", "the summit, set for March 3").
    A deadline on a subject or object looks forward with its verb: "a deal by Friday would
    help". So does the present tense of a scheduled event in the third person singular ("the
    summit opens on Monday"; see ``_scheduled_present``). Needs a dependency parse; without
    one, False."""
    if not ent.doc.has_annotation("DEP"):
        return False
    if compared_value(ent):
        return False  # "That compares with a discount of $13 in December": a value observed before
    token = attached_word(ent)
    if ent.root.dep_ == "poss" and token.i == ent.root.i:
        token = _possessor_verb(ent.root)  # "is due to attend Thursday's plenary": the day of what is attended
    projected = False
    if token.i != ent.root.i and token.dep_ in {"dobj", "obj"}:
        token = token.head  # "will hold the Friday vote": the verb of the noun the date modifies
        projected = token.lower_ in _PROJECTS or (
            token.lower_ in _RULES and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children))
    elif token.i == ent.root.i and token.dep_ == "nsubj":
        # "the summer will test the deal": the time is the subject itself (not of a passive:
        # "December 6 may be remembered as a false summit" looks back at it)
        token = token.head
    elif token.dep_ in {"nsubj", "nsubjpass"} and _estimate(token.head):
        return True  # "diplomats say a deal on Monday is unlikely": what a present estimate rates is ahead
    token = _reported_verb(ent, _governing_verb(token))
    if _across_quotation(token, ent):
        # "called the exercise 'a model for how neighbours should settle ...' in a speech on
        # Monday": the parser hung the date on a verb of the quotation; its tense is not the date's
        # (unless the words quoted are the chance backshifted outside the quotation: 'said there was
        # "a realistic possibility" of signature in January')
        chance = _chance_verb(ent)
        return chance is not None and not len(_QUOTE_MARKS.findall(
            ent.doc[min(chance.i, chance.head.i) : max(chance.i, chance.head.i)].text)) % 2
    deadline = ent.root.dep_ == "pobj" and ent.root.head.lower_ in _DEADLINES
    if deadline and token.dep_ in {"nsubj", "nsubjpass", "dobj", "obj"}:
        token = token.head
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if deadline and after is not None and after.lower_ == "to" and after.dep_ == "aux":
        return True  # "has given Belgrade until 31 January to agree": a deadline for what is to come
    if (deadline and ent.root.head.lower_ in {"until", "till"} and {c.lower_ for c in token.children if c.dep_ == "aux"}
            & _PERFECT_AUX and not {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}} & _PAST_AUX):
        return True  # "have adjourned the session until Saturday": what holds now lasts until a day ahead
    if deadline and token.lower_ in _PROMISED and not {c.lower_ for c in token.children if c.dep_ == "aux"} & _PAST_AUX:
        return True  # "has promised elections by August": a promise's deadline is ahead
    auxes = _as_would(token, {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}})
    if _deadline_of_odds(ent) and not auxes & {"had"}:
        return True  # "I put the odds of a ground operation before June at 20%": the deadline of what may come
    if auxes & _MODALS and any(c.dep_ == "neg" for c in token.children):
        # "rescuers could not reach the village on Monday", "he would not comment on Friday":
        # a past inability or refusal (not a "would" backshifted in reported speech before a deadline: "She
        # added that the cuts would not be unwound before the fourth quarter")
        reported = (deadline and token.dep_ == "ccomp" and token.head.i != token.i
                    and (token.head.lower_ in _REPORTS or _past_form(token.head.lower_)))
        auxes -= _PAST_REFUSALS - ({"would"} if reported else set())
    if auxes & _FUTURE_AUX or (auxes & _MODALS and not auxes & _PERFECT):
        return True
    if (not auxes & (_PAST_AUX | _PERFECT_AUX | _MODALS) and token.dep_ == "advcl" and token.head.i != token.i
            and not (not auxes and _past_form(token.lower_))
            and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in token.children)):
        # "might be needed if talks run past December", "will strike if the levies are not
        # suspended by Friday": a condition in the present looks forward with its clause (not one in the past, "will
        # gather on Wednesday after Honiara said on Sunday that ...", which tells what came before)
        head_auxes = {c.lower_ for c in token.head.children if c.dep_ in {"aux", "auxpass"}}
        if head_auxes & _FUTURE_AUX or (head_auxes & _MODALS and not head_auxes & _PERFECT):
            return True
    if (auxes & {"did", "was", "were"} and not auxes & _MODALS and token.dep_ == "advcl" and token.head.i != token.i
            and token.head.dep_ == "ccomp"
            and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in token.children)):
        # "said Turkey would not rule out operations if integration did not advance by the autumn":
        # a condition backshifted in reported speech looks forward with its "would" (not "would have")
        head_auxes = {c.lower_ for c in token.head.children if c.dep_ in {"aux", "auxpass"}}
        if "would" in head_auxes and not head_auxes & _PERFECT:
            return True
    if _backshifted_chance(ent):
        return True  # "said there was a slim chance of a deal before the summit on 14 December"
    if (ent.root.lower_ in _WEEKDAYS and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "for"
            and not _failed(ent.root.head.head) and not _superseded(ent.root.head.head)):
        return True  # "have called a strike for Wednesday": a day something is planned for is ahead
    if (ent.root.lower_ in _WEEKDAYS and ent.start > 0 and ent.doc[ent.start - 1].lower_ in _DECLARES
            and ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in {"a", "an"}):
        return True  # "declared Thursday a public holiday": the day declared, not the day of declaring, is ahead
    if token.lower_ in _EXPECTS and not auxes & _PAST_AUX:
        return True  # "does not expect a breakthrough on Thursday": an expectation looks ahead
    if projected and not auxes & {"had", "'d", "’d"}:
        return True  # "projected exports ... between April and September": the time of what is projected
    expecting = _expectation_of(token)
    if (expecting is not None and expecting.lower_ in _EXPECTS
            and not {c.lower_ for c in expecting.children if c.dep_ in {"aux", "auxpass"}} & _PAST_AUX):
        return True  # "expect the RBI to hold rates at its meeting on Friday": what is expected
    if expecting is not None and _backshifted_expectation(ent, expecting):
        return True  # "said the navy expected the fleet to be back by Thursday": the speaker's present expectation
    if (token.lower_ in _INVITATIONS and ent.root.dep_ == "pobj" and ent.root.head.head.i == token.i
            and (auxes & _PERFECT_AUX or not token.lower_.endswith("ed")) and not auxes & _PAST_AUX
            and any(c.dep_ == "prep" and c.lower_ == "to" and c.i < ent.start for c in token.children)):
        # "has invited the negotiators to Brussels on May 21": the day of the visit invited to is ahead (not
        # "invited" or "had invited", which tell a story)
        return True
    if ((committing := _committed_to(token)) is not None
            and not (ent.root.lower_ not in _WEEKDAYS and _as_would(committing, {
                c.lower_ for c in committing.children if c.dep_ in {"aux", "auxpass"}}) & {"had", "'d", "’d"})):
        # "invited military attaches to visit the site on Friday", "agreed to meet again on
        # Friday", "had agreed to meet again on Friday": what they are to do (not a month under a past perfect, "had
        # urged Ethiopia not to sign anything before the summit in February", told before another past, which may
        # have gone by: the nearest; a month under a simple past counts from the commitment, ``past_commitment``)
        return True
    # "want the truce to hold through the summer": an infinitive with its own subject, which the parser may take
    # for a clause of its own, is what is wanted as an infinitive without one is
    infinitive = token.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    planned = token.head if token.dep_ == "xcomp" or infinitive else token
    if planned.lower_ in _PLANS or (planned is not token and planned.lower_ in _PRESENT_BE):
        return True
    if planned.lower_ in _PLANNED and not _failed(planned) and not _superseded(planned):
        return (
            planned.dep_ == "acl"  # "the summit, set for March 3"
            # ... also where the parser took the participle or "due" for an adjective or a preposition, an infinitive
            # on it: "The ministers, due to meet in Doha on Monday, will", "with construction due to begin in December"
            or (planned.dep_ in {"amod", "prep"} and planned is not token)
            # "with the prime minister expected to visit Seoul in the spring": a plan in an absolute phrase
            or (planned.dep_ == "pcomp" and planned.head.lower_ in {"with", "without"}
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in planned.children))
            or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _PRESENT_BE | _SEEMS for c in planned.children)
            or (planned.dep_ == "acomp" and planned.head.lower_ in _PRESENT_BE)  # "is due to"
            # a plan that seems so in the present: "The summit looks set to open on Monday", "Ghana looks set for a
            # runoff in December" (the parser may take "looks" for the auxiliary), "seem likely to resume on Monday"
            or (planned.dep_ in {"acomp", "oprd"} and planned.head.lower_ in _SEEMS)
            # backshifted in reported speech: "Diplomats said a vote was scheduled for Friday" (not "had been")
            or (planned.dep_ == "ccomp" and planned.head.lower_ in _REPORTS
                and {c.lower_ for c in planned.children if c.dep_ in {"aux", "auxpass"}} in ({"was"}, {"were"}))
        )
    return _scheduled_present(token, auxes)


def _committed_to(token: Token) -> Token | None:
    """The verb of asking, agreeing, promising or deciding (``_INVITES``) whose infinitive ``token`` is: "agreed" of
    "agreed to meet again on Friday", "urged" of "urged Ethiopia not to sign"; else None."""
    if (token.dep_ == "xcomp" and token.head.i != token.i and token.head.lower_ in _INVITES
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)):
        return token.head
    return None


def past_commitment(ent: Span) -> Token | None:
    """The verb of asking, agreeing, promising or deciding in the simple past, also a passive ("was urged"), whose
    infinitive a month, or a month and day, without a year is in: "agreed" of "The two ministers agreed to meet
    again in March". What was agreed comes after the agreeing, whose day may be long before the document's, so the
    month counts from the time the sentence dates the agreeing in (``commitment_day``), else it is the nearest one,
    as under a past perfect; not "has agreed", "agrees" (ahead), "had agreed" (the nearest, ``in_future_clause``),
    nor a weekday ("agreed to meet again on Friday": ahead). Needs the parse; else None."""
    if not ent.doc.has_annotation("DEP") or any(t.lower_ in _WEEKDAYS or t.lower_ in {"last", "next", "this"}
                                                or _YEAR_IN.fullmatch(t.text) for t in ent):
        return None
    if not any(t.lower_.rstrip(".") in _MONTHS for t in ent):
        return None
    committing = _committed_to(_governing_verb(attached_word(ent)))
    if committing is None:
        return None
    auxes = {c.lower_ for c in committing.children if c.dep_ in {"aux", "auxpass"}}
    simple_past = auxes <= {"was", "were", "did"} and (bool(auxes) or _past_form(committing.lower_))
    return committing if simple_past else None


def commitment_day(ent: Span, committing: Token, doc_date: str) -> str | None:
    """The first day of the time the sentence dates ``committing`` in (``past_commitment``), or the saying that
    reports it, resolved as a past time against ``doc_date``: "On Monday" of "On Monday the ministers agreed to meet
    again in March", 2019-01-01 of "In 2019 they agreed to hold talks in March" (so March 2019, as "In 2019 the
    ministry said it expected ... in March" is); None where it names none, or none with a day, week, month or
    year."""
    # ... or the verb it is joined to: "met on 20 Jan and agreed to begin demarcation in March"
    verbs = {committing.i} | ({committing.head.i} if committing.dep_ == "conj" else set())
    clause = committing.head if committing.dep_ == "conj" else committing
    if clause.dep_ == "ccomp" and clause.head.lower_ in _REPORTS:
        verbs.add(clause.head.i)  # "officials said on Wednesday the ministers agreed to meet again in March"
    for other in ent.sent.ents:
        if other.label_ != "DATE" or other.start == ent.start or attached_word(other).i not in verbs:
            continue
        period = normalise_period(other.text, doc_date, past=True)
        if period and (week := re.fullmatch(r"(\d{4})-W(\d\d)", period)):
            return date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1).isoformat()
        if period and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", period):
            return (period + "-01-01")[:10]
    return None


_OCCURS = {"happen", "occur", "materialise", "materialize", "proceed", "happened", "occurred", "materialised",
           "materialized", "proceeded"}


def _failed(plan: Token) -> bool:
    """A plan joined to a negated "did" or "was" whose verb it leaves out, which says the plan did not happen: "said
    the fleet was expected to arrive on Monday but did not" tells of the past Monday (not "was due to sail on
    Tuesday but did not say from which port"); so does one joined to a negated past verb of happening, "was
    scheduled for Friday but did not take place", "never took place", "but the talks did not go ahead" (the
    parser may join it to the "were" of "were due to")."""
    plans = [plan] + ([plan.head] if plan.dep_ == "acomp" and plan.head.i != plan.i else [])
    return any(c.dep_ == "conj" and (c.lower_ in {"did", "was", "were"} or _occurred(c))
               and any(n.dep_ == "neg" for n in c.children) for p in plans for c in p.children)


_SUPERSEDED = frozenset({"originally", "initially", "previously", "first"})
_PUT_OFF = frozenset({"postponed", "delayed", "cancelled", "canceled", "called", "pushed", "moved", "rescheduled",
                      "scrapped", "suspended", "deferred", "adjourned", "shelved"})


def _superseded(plan: Token) -> bool:
    """A plan on a noun that was given up or moved: "The meeting, originally scheduled for Nov. 26, was postponed",
    "The vote, set for Thursday, was cancelled". The date was planned before the story; it may lie on either
    side of the document's day, so it is the nearest such day, not the next one."""
    if plan.dep_ != "acl" or plan.head.i == plan.i:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _SUPERSEDED for c in plan.children):
        return True
    noun = plan.head
    return (noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i != noun.i and noun.head.lower_ in _PUT_OFF
            and not {c.lower_ for c in noun.head.children if c.dep_ in {"aux", "auxpass"}} & (_FUTURE_AUX | _MODALS))


def _occurred(verb: Token) -> bool:
    """A verb of happening in the past, after "did" or "never" (the pipeline runs no tagger: the forms are
    read): "did not take place", "never happened", "did not go ahead"."""
    word = verb.lower_
    if not (any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children)
            or any(c.lower_ == "never" for c in verb.children)):
        return False
    return (word in _OCCURS
            or (word in {"take", "took"} and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))
            or (word in {"go", "went"} and any(c.lower_ == "ahead" for c in verb.children)))


def _expectation_of(token: Token) -> Token | None:
    """The verb of expecting whose infinitive ``token`` is, else None: "expect" in "expect the RBI to hold
    rates" (the infinitive its clause or complement), also where the parser hangs the infinitive on the
    object, "expects the ferry to resume service on Friday" (an infinitive "to" opens, not "the ferry
    that sank on Friday")."""
    if token.dep_ in {"xcomp", "ccomp"} and token.head.i != token.i:
        return token.head
    if (token.dep_ == "acl" and token.head.dep_ in {"dobj", "obj"} and token.head.head.i != token.head.i
            and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < token.i for c in token.children)):
        return token.head.head
    return None


_HABITS = {"usually", "always", "often", "normally", "typically", "generally", "routinely", "regularly"}


def _backshifted_expectation(ent: Span, expecting: Token) -> bool:
    """True for a weekday or a bare month in the infinitive of a past "expected" that reported speech backshifts
    from the speaker's present (as "said a vote was scheduled for Friday"), where the statement is of the
    document's week (a weekday) or month (a month): "Thanh said the navy expected the fishing fleet to be back in
    Ly Son by Thursday" in a piece of a Tuesday is that week's Thursday, "said on Wednesday that it expected its
    quota to be revisited no later than the December meeting" in one of March the next December (a month of a
    statement of an earlier year takes that year, ``expectation_year``); not "had expected", "was expected", a
    habit ("usually expected"), nor a statement dated before the document's week or month ("said last week",
    "said on 2 October")."""
    doc_date = ent.doc._.doc_date if Doc.has_extension("doc_date") else None
    month = ent.root.lower_.rstrip(".") in _MONTHS and len(ent) == 1
    if ((ent.root.lower_ not in _WEEKDAYS and not month) or any(t.lower_ in {"last", "previous"} for t in ent)
            or doc_date is None or not _reported_expectation(ent, expecting)):
        return False
    report = expecting.head if expecting.dep_ == "ccomp" else expecting.head.head
    unit = (lambda day: day[:7]) if month else (lambda day: date.fromisoformat(day).isocalendar()[:2])
    for other in ent.doc.ents:
        if other.label_ in {"DATE", "TIME"} and other.start < ent.start and attached_word(other).i == report.i:
            day = normalise_time(other.text, doc_date, False, True)
            if day is None or unit(day) != unit(doc_date):
                return False  # "said last week that ...": a statement of an earlier week (or month)
    return True


def _reported_expectation(ent: Span, expecting: Token) -> bool:
    """Whether ``expecting`` is a simple past "expected", "anticipated" or "foresaw" that is the reported clause of a
    saying, or joined to it, with no habit before ``ent``: "Thanh said the navy expected the fleet to be back by
    Thursday", "said that Abu Dhabi backed the decision but expected its quota to be revisited"."""
    clause = expecting.head if expecting.dep_ == "conj" and expecting.head.dep_ == "ccomp" else expecting
    return (expecting.lower_ in _EXPECTED and not any(c.dep_ in {"aux", "auxpass"} for c in expecting.children)
            and clause.dep_ == "ccomp" and clause.head.lower_ in _REPORTS
            and not any(t.lower_ in _HABITS for t in ent.doc[expecting.left_edge.i : ent.end]))


def expectation_year(ent: Span) -> str | None:
    """The year of a statement of an earlier year than the document's that a month in the infinitive of a reported
    past "expected" looks ahead from, the first year the sentence names before the expectation: "In 2019 the ministry
    said it expected the central bank to cut rates in March" is March 2019 (as a weekday there looks ahead from a
    statement of the document's week, ``_backshifted_expectation``); not "had expected", nor with no earlier year."""
    doc_date = ent.doc._.doc_date if Doc.has_extension("doc_date") else None
    if doc_date is None or not ent.doc.has_annotation("DEP"):
        return None
    token = _governing_verb(attached_word(ent))
    expecting = _expectation_of(token)
    if expecting is None or not _reported_expectation(ent, expecting):
        return None
    for other in ent.sent.ents:
        year = _YEAR_IN.fullmatch(other.text.split()[-1]) if other.label_ == "DATE" and other.end <= expecting.i else None
        if year and year.group() < doc_date[:4]:
            return year.group()
    return None


# the verbs that make a day what the words after it say: "declared Thursday a public holiday"
_DECLARES = {f"{verb}{ending}" for verb in ("declare", "proclaim", "designate") for ending in ("", "s", "d")}
_CHANCES = {"chance", "chances", "prospect", "prospects", "possibility", "likelihood", "odds", "hope", "hopes", "risk"}
_CHANCE_ADJS = {"possible", "likely", "unlikely", "probable", "improbable"}
_CHANCE_PATH = {"pobj", "prep", "xcomp", "acomp", "attr", "dobj", "nsubj", "compound", "nummod", "amod", "npadvmod"}
_REPORTS = {"say", "said", "says", "told", "tell", "added", "believed", "thought", "warned", "argued", "stressed"}


def _backshifted_chance(ent: Span) -> bool:
    """True for a time in what a chance or likelihood in reported speech is of, its "was" or
    "were" backshifted from the speaker's present: "said there was a slim chance of a deal
    before the summit on 14 December", "said a deal was possible before the summit on 14
    December" look forward from the statement, as "would" does; not "said the summit was held on
    14 December", nor "had been possible", nor a chance told as a story ("There was a chance")."""
    return _chance_verb(ent) is not None


def _chance_verb(ent: Span) -> Token | None:
    """The backshifted "was" or "were" of ``_backshifted_chance``, else None."""
    token = ent.root
    for _ in range(8):
        # through phrases only, not into a clause of its own: "if conditions deteriorated after the
        # upheaval in January" tells of a past January
        if token.head.i == token.i or token.dep_ not in _CHANCE_PATH:
            return None
        token = token.head
        if token.lower_ in {"was", "were"}:
            break
    else:
        return None
    chance = any(c.lower_ in _CHANCES and c.dep_ in {"attr", "nsubj"} or c.lower_ in _CHANCE_ADJS and c.dep_ == "acomp"
                 for c in token.children)
    # ... also a "was" joined to the reported clause: "said member states were divided and that no deal was likely"
    clause = token.head if token.dep_ == "conj" and token.head.dep_ == "ccomp" else token
    return token if (chance and clause.dep_ == "ccomp" and clause.head.lower_ in _REPORTS
                     and not any(c.dep_ in {"aux", "auxpass"} for c in token.children)) else None


def _possessor_verb(day: Token) -> Token:
    """The word a possessive time's noun belongs to: "plenary" of "is due to attend Thursday's plenary",
    and through a preposition its verb, "released" of "will be released before Thursday's talks"."""
    token = day.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.i != token.head.i:
        token = token.head.head
    return token


def _governing_verb(token: Token) -> Token:
    """The verb whose tense a clause without a subject or auxiliary of its own takes: "flying" in
    "is scheduled to visit Ulsan on Thursday to tour a shipyard before flying to Tokyo on Friday"
    is scheduled with "visit", through "before" and the infinitive of purpose "to tour"."""
    for _ in range(4):
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children):
            break
        if token.dep_ == "pcomp" and token.lower_.endswith("ing") and token.head.dep_ == "prep":
            token = token.head.head  # "before flying": the verb "before" hangs on
        elif (token.dep_ == "advcl" and token.head.i != token.i
              and [c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}] == ["to"]):
            token = token.head  # "to tour a shipyard": the verb it is the purpose of
        elif token.dep_ in {"dobj", "obj"} and token.head.i != token.i:
            token = token.head  # "will resume talks on reopening the border on Monday": the verb of the noun
        elif token.dep_ == "xcomp" and token.lower_.endswith("ing") and token.head.i != token.i:
            token = token.head  # "to continue unwinding cuts in the second quarter": the verb of the gerund
        elif (token.dep_ in {"ccomp", "xcomp"} and token.head.i != token.i
              and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
              and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.head.children)):
            token = token.head  # "to decide whether to continue": an infinitive under an infinitive
        elif (token.dep_ == "conj" and token.head.i != token.i and not _past_form(token.lower_)
              and (not token.lower_.endswith(("ing", "s")) or token.lower_.endswith("ss"))
              and [c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}] in ([], ["to"])
              and any(c.dep_ == "aux" and c.lower_ in {"to"} | _FUTURE_AUX | _MODALS for c in token.head.children)):
            # "is due to fly ... and then travel to Phnom Penh on Monday": the infinitive it is joined to, also with a
            # "to" of its own, "are expected to approve ... and to discuss a joint position in November"
            token = token.head
        else:
            break
    return token


def _reported_verb(ent: Span, token: Token) -> Token:
    """The verb of a clause backshifted in reported speech, for a time the parser hung on a word of a list in it
    that it took for a second verb of the verb of saying: in "said that it would resume sales of enriched uranium,
    processed ore and fuel rods from Feb. 20" it may take "processed", after the list's comma, for a verb of
    "said" with no subject or auxiliary of its own; the date is of "would resume" (not "said it
    would restore exports and resumed talks on Monday", a verb joined by "and", nor "said it would restore
    exports, and Seoul lifted its curbs on Monday", one with its own subject). Else ``token``."""
    doc = ent.doc
    word = attached_word(ent)
    for _ in range(6):
        head = word.head
        if head.i == word.i:
            return token
        if (word.dep_ in {"conj", "ccomp", "advcl"} and head.i < word.i and doc[word.i - 1].lower_ == ","
                and (head.lower_ in _REPORTS or _past_form(head.lower_)) and _past_form(word.lower_)):
            break
        word = head
    else:
        return token
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass"} for c in word.children):
        return token
    verbs = [t for t in doc[head.i + 1 : word.i]
             if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | _MODALS for c in t.children)
             and not any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in t.children)]
    if not verbs or any(t.dep_ in {"nsubj", "nsubjpass"} for t in doc[verbs[-1].i + 1 : word.i]):
        return token
    return verbs[-1]


def as_of_present(ent: Span) -> bool:
    """A time after "as of" in a clause with no future tense or modal tells the state of things on
    that day, not a scheduled event: "As of 20 November, Chad hosts 1.3 million refugees" (not "As of
    1 December, Chad will require visas")."""
    doc = ent.doc
    if not (ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ == "as"):
        return False
    token = _governing_verb(attached_word(ent))
    auxes = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    return not auxes & (_FUTURE_AUX | _MODALS)


def in_past_clause(ent: Span) -> bool:
    """True when the verb ``ent`` hangs on is in the past tense: "hosted a meeting in May", "was
    signed in May", "has met twice since March", "rebels hit the convoy on 20 February". The
    pipeline runs no tagger, so the tense is read from the auxiliaries and the verb's spelling (a
    regular "-ed", a common irregular past, or one spelled as its present); a base form ("did not
    meet in May") counts through its auxiliary. Needs a dependency parse; without one, False."""
    if not ent.doc.has_annotation("DEP"):
        return False
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "for":
        return False  # "announced a joint exercise for November": what is planned for it
    if _participle_of_past_subject(ent) or compared_value(ent):
        return True
    token = attached_word(ent)
    for _ in range(3):  # from the noun the date modifies to its verb: "a meeting ... in May"
        if token.dep_ not in _NOUN_SLOTS or token.head.i == token.i:
            break
        token = token.head
    if token.lower_ in _PROMISES and ent.root.dep_ == "pobj" and ent.root.head.lower_ in _STARTS:
        return False  # "threatened a tariff from November 1": when the threatened tariff starts
    auxes = _as_would(token, {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}})
    if (token.lower_ in _EXPECTED and not auxes & (_PAST_AUX | _PRESENT_BE | {"been"})
            and any(c.dep_ in {"dobj", "obj"} and c.i < ent.start for c in token.children)):
        return False  # "it expected stronger sales in the second half of the year": what is expected
    if auxes & (_FUTURE_AUX | _MODALS):
        return False
    if auxes & _PAST_AUX:
        return True
    # "Rebels hit the convoy on 20 February": a finite verb whose past is spelled as its present
    # tells a story, as its past would
    invariant = token.lower_ in _INVARIANT_PAST and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    return not auxes - _PERFECT_AUX and (_past_form(token.lower_) or invariant)


def _participle_of_past_subject(ent: Span) -> bool:
    """A time in the phrases of a participle on the subject of a verb in the past takes that verb's
    tense: "Iceland's former foreign minister, speaking at the assembly in Reykjavik in the autumn,
    said" is the last autumn (not "The minister, speaking in the autumn, will say")."""
    token = ent.root
    for _ in range(8):
        if token.dep_ not in {"pobj", "prep"} or token.head.i == token.i:
            break
        token = token.head
    subject = token.head
    if not (token.dep_ == "acl" and token.lower_.endswith("ing") and subject.dep_ in {"nsubj", "nsubjpass"}
            and subject.head.i != subject.i):
        return False
    verb = subject.head
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return not auxes & (_FUTURE_AUX | _MODALS) and (bool(auxes & _PAST_AUX) or (not auxes and _past_form(verb.lower_)))


def _past_form(word: str) -> bool:
    return word in _IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed") and (not word.endswith("eed")
                                                                                   or word in _PAST_EED))


_D = {"'d", "’d"}


def _as_would(verb: Token, auxes: set[str]) -> set[str]:
    """The auxiliaries of ``verb`` with a contracted "'d" before a plain form read as "would", not "had": "I'd
    give 35% to a round of talks before the end of March" (not "they'd agreed", "we'd seen", nor "I'd put", whose
    past is spelled the same)."""
    if not auxes & _D or _past_form(verb.lower_) or verb.lower_ in _INVARIANT_PAST or verb.lower_.endswith(("en", "wn")):
        return auxes
    return (auxes - _D) | {"would"}


_ODDS = frozenset({"odds", "chance", "chances", "probability", "likelihood", "prospect", "prospects"})


def _deadline_of_odds(ent: Span) -> bool:
    """Whether ``ent`` is a deadline ("before", "by", "until") in the phrase of a chance: "I put the odds of a
    ground operation before June at 20%", "the chances of a deal by March" (what a chance is of is to come)."""
    if not (ent.root.dep_ == "pobj" and ent.root.head.lower_ in _DEADLINES):
        return False
    token = ent.root.head
    # ... also where the parser hung the deadline on the verb the chance is the object or subject of
    if any(c.dep_ in {"dobj", "obj", "nsubj", "nsubjpass"} and c.lower_ in _ODDS for c in token.head.children):
        return True
    for _ in range(6):
        if token.head.i == token.i or token.dep_ not in {"prep", "pobj", "compound", "amod"}:
            return False
        token = token.head
        if token.lower_ in _ODDS:
            return True
    return False


def _scheduled_present(verb: Token, auxes: set[str]) -> bool:
    """"The summit opens on Monday", "the president travels to Seoul on Friday": a dated verb in
    the third person singular present, with its own subject and no auxiliary, names a scheduled
    event; so does the present of "be" ("whose first round is on May 31"), and a plain form with
    a plural subject ("the talks open on 20 February", "Serbia and Kosovo resume ..."). The
    pipeline runs no tagger, so the tense is read from the spelling: not a past form, not a verb
    whose past is spelled the same ("rebels hit the convoy on Monday"), and not one of saying or
    believing ("officials say on Monday")."""
    text = verb.lower_
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ == "conj":
        # "The Pact, adopted in 2024, takes effect on Friday", parsed with "takes" a conj of
        # "adopted": the verb shares the subject of the one it is joined to
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    present = text in {"is", "are"} or (len(text) > 3 and text.endswith("s") and not text.endswith(("ss", "us", "is"))
                                        and text not in _NOT_PRESENT)
    # "Serbia and Kosovo resume talks on 28 January", "the talks open on Monday": a plural subject
    # and a verb whose spelling is no past form
    plural = bool(subjects) and (any(c.dep_ == "conj" for c in subjects[0].children)
                                 or (subjects[0].lower_.endswith("s") and not subjects[0].lower_.endswith(("ss", "us", "is"))
                                     and subjects[0].ent_type_ == ""))
    base = (text.isalpha() and text == verb.text.lower() and not _past_form(text) and not text.endswith(("ing", "s"))
            and text not in _INVARIANT_PAST and text not in _NOT_PRESENT_BASE and verb.dep_ in {"ROOT", "conj", "ccomp"})
    # no auxiliary at all, not even one the caller set aside ("rescuers could not reach ...")
    bare = not any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children)
    if (verb.dep_ == "relcl" and subjects and subjects[0].lower_ not in _RELATIVES
            and not any(c.lower_ == "whose" for c in subjects[0].children)):
        # "a surcharge on electricity it sells to Michigan on Monday": the parser hangs the date
        # on the clause inside the object; "the treaty, which expires in December" and "the vote,
        # whose first round is on May 31" keep it
        return False
    # "India face Sri Lanka on Thursday": a side takes the plural, and a plain form of a fixture's verb is one
    fixture = text in _FIXTURES
    return not auxes and bool(subjects) and (present or ((plural or fixture) and base and bare))


# the verbs of a fixture, whose plain form a side as subject takes: "India face Sri Lanka on Thursday"
_FIXTURES = frozenset({"face", "meet", "play", "host"})


# a day's heading on a line of its own in an agenda or a "week ahead" piece: a weekday, full or cut short, and a
# date, "MONDAY, MAY 18", "Tuesday 19 May", "Wed., May 20", "SATURDAY 23/05", "Thursday, 21 May 2026"
_DAY_HEADING = re.compile(
    r"(?P<weekday>[A-Za-z]{3,9})\.?,?\s+(?:(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>[A-Za-z]{3,9})\.?|(?P<first>\d{1,2})[/.](?P<second>\d{1,2}))"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)|[/.](?P<year2>(?:19|20)\d\d))?",
    re.I,
)
# a weekday's name, whole or cut short: "Wednesday", "Wed", "Weds"
_WEEKDAY_FORMS = {**{d: i for i, d in enumerate(_WEEKDAYS)}, **{d[:3]: i for i, d in enumerate(_WEEKDAYS)},
                  "tues": 1, "weds": 2, "thur": 3, "thurs": 3}


def heading_day(text: str, doc_date: str | None) -> str | None:
    """The day a day's heading names ("MONDAY, MAY 18" in a piece of Sunday 17 May 2026 is 2026-05-18): the date
    in the year it names, else nearest the document's day, where its weekday agrees with it; a date of figures is
    read day first or month first, whichever agrees ("SATURDAY 23/05"). None for any other line, and where the
    weekday agrees with no reading or with both."""
    m = _DAY_HEADING.fullmatch(" ".join(text.split()))
    weekday = _WEEKDAY_FORMS.get(m.group("weekday").lower()) if m else None
    if m is None or weekday is None:
        return None
    if m.group("first"):
        days = [(int(m.group("second")), int(m.group("first"))), (int(m.group("first")), int(m.group("second")))]
    else:
        month = _MONTHS.get((m.group("month") or m.group("month2")).lower())
        days = [(month, int(m.group("day") or m.group("day2")))] if month else []
    year = m.group("year") or m.group("year2")
    anchor = date.fromisoformat(doc_date[:10]) if doc_date else None
    candidates = []
    for month, day in days:
        try:
            dates = ([date(int(year), month, day)] if year else
                     [date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)] if anchor else [])
        except ValueError:
            continue
        if dates and anchor:
            dates = [min(dates, key=lambda d: abs((d - anchor).days))]
        candidates += [d for d in dates if d.weekday() == weekday]
    return candidates[0].isoformat() if len(set(candidates)) == 1 else None


# a main verb of a state, not of an event a day's heading could date: "Manila wants the bloc to finish ..."
_STATES = frozenset("want wants hope hopes wish wishes seek seeks aim aims need needs remain remains know knows mean means"
                    .split())


def scheduled_verb(verb: Token) -> bool:
    """Whether ``verb``, a sentence's main verb, names an event planned for a day, as the items under a day's
    heading do: the future ("will send its foreign minister"), a plan's participle or adjective with a present
    "be" or a verb of seeming before an infinitive ("is expected to approve", "are likely to object", "looks set to
    open"), or the present of a scheduled event ("EU foreign ministers meet in Brussels", "campaigning formally
    begins"; ``_scheduled_present``); not a state ("is the first since ...", "wants", "needs"), nor a modal's guess
    ("would add"). Needs the parse."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False  # "Expect a polite readout": an imperative
    if auxes & _FUTURE_AUX:
        return True
    if verb.lower_ in _PLANNED and auxes & _PRESENT_BE:
        plan: Token | None = verb  # "is expected to approve"
    elif verb.lower_ in _PRESENT_BE | _SEEMS:  # "are likely to object", "looks set to open"
        plan = next((c for c in verb.children if c.dep_ in {"acomp", "oprd"} and c.lower_ in _PLANNED), None)
    else:
        return verb.lower_ not in _STATES and _scheduled_present(verb, auxes)
    return plan is not None and any(c.dep_ == "xcomp" for c in plan.children)


def _estimate(verb: Token) -> bool:
    """Whether ``verb`` rates the chance of its subject in the present, with "be" or a verb of seeming (``_SEEMS``):
    "a deal on Monday is unlikely", "a vote on Friday looks likely", "an agreement by Thursday is expected" (not one
    with an infinitive, which rates what the subject does: "the attack on Monday is likely to derail talks", nor
    "was likely", told of the past)."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if verb.lower_ in _PRESENT_BE | _SEEMS and not auxes:
        rating = next((c for c in verb.children if c.dep_ in {"acomp", "attr"} and c.lower_ in _CHANCE_ADJS | _EXPECTED),
                      None)
    else:
        rating = verb if verb.lower_ in _EXPECTED and auxes & _PRESENT_BE else None
    return rating is not None and not any(c.dep_ in {"xcomp", "ccomp"} for c in rating.children)
