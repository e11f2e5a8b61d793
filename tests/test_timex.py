from __future__ import annotations

import pytest

from pipeline.timex import normalise_time


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        ("Dec 14", "2017-01-16", "2016-12-14"),
        ("Dec 21", "2017-01-16", "2016-12-21"),
        ("Nov 16", "2017-01-16", "2016-11-16"),
        ("December 12", "2017-01-16", "2016-12-12"),
        ("Feb 10", "2017-01-16", "2017-02-10"),  # within a month ahead: an announced event
        ("14 December", "2017-01-16", "2016-12-14"),
        ("on Tuesday", "2017-01-16", "2017-01-10"),
        ("yesterday", "2017-01-16", "2017-01-15"),
        ("March 3, 2021", None, "2021-03-03"),
        ("late 2015", "2017-01-16", None),
        ("last week", "2017-01-16", None),
        ("Dec 14", None, None),
        ("Feb 30", "2017-01-16", None),
    ],
)
def test_timex_normalise(text: str, doc_date: str | None, expected: str | None) -> None:
    assert normalise_time(text, doc_date) == expected
