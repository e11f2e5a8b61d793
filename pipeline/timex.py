"""Time expressions of a claim, normalised to ISO dates against the document's date.

News writes "Dec 14" and "on Tuesday" and leaves the year and week to the reader: a month and
day without a year take the year that puts them on or before the document date (allowing a
month ahead for announced events); weekdays are the last such day on or before it. Vague
expressions ("last week", "in the coming years", "late 2015") keep their text and a null date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .clean import _MONTHS, parse_date

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_DAY = re.compile(
    r"^(?:on\s+)?(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?$|"
    r"^(?:on\s+)?(?:the\s+)?(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>[A-Za-z]{3,9})\.?$",
    re.I,
)
_AHEAD = timedelta(days=31)


@dataclass(frozen=True)
class TimeMention:
    text: str
    date: str | None
    start: int
    end: int


def normalise_time(text: str, doc_date: str | None) -> str | None:
    """An ISO date for ``text`` where it names a day, else None."""
    cleaned = " ".join(text.split()).strip(" ,.")
    full = parse_date(cleaned)
    if full:
        return full
    if doc_date is None:
        return None
    anchor = date.fromisoformat(doc_date[:10])
    lower = cleaned.lower()
    relative = {"today": 0, "yesterday": -1, "tomorrow": 1, "this morning": 0, "tonight": 0}
    if lower in relative:
        return (anchor + timedelta(days=relative[lower])).isoformat()
    weekday = lower.removeprefix("on ").removeprefix("last ")
    if weekday in _WEEKDAYS:
        back = (anchor.weekday() - _WEEKDAYS.index(weekday)) % 7
        return (anchor - timedelta(days=back)).isoformat()
    m = _MONTH_DAY.match(cleaned)
    if m:
        month_text = (m.group("month") or m.group("month2")).lower()
        month = _MONTHS.get(month_text)
        if month:
            day = int(m.group("day") or m.group("day2"))
            for year in (anchor.year + 1, anchor.year, anchor.year - 1):
                try:
                    candidate = date(year, month, day)
                except ValueError:
                    return None
                if candidate <= anchor + _AHEAD:
                    return candidate.isoformat()
    return None
