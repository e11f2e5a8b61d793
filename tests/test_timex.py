from __future__ import annotations

from typing import Any

import pytest

from pipeline.timex import in_future_clause, in_past_clause, normalise_period, normalise_time


def _claims(extractor: Any, text: str, day: str) -> list[Any]:
    """The claims of every sentence of ``text``, read as one document of ``day``."""
    from pipeline.io import Document
    from pipeline.schema import Claim

    return [c for c in extractor.extract([Document(id="t", text=text, date=day)], all_sentences=True)
            if isinstance(c, Claim)]


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        ("Dec 14", "2017-01-16", "2016-12-14"),
        ("Dec 21", "2017-01-16", "2016-12-21"),
        ("Nov 16", "2017-01-16", "2016-11-16"),
        ("December 12", "2017-01-16", "2016-12-12"),
        ("Feb 10", "2017-01-16", "2017-02-10"),  # the nearest: an announced event
        ("July 2", "2026-05-07", "2026-07-02"),  # eight weeks ahead is nearer than ten months back
        ("Dec 1", "2025-10-20", "2025-12-01"),
        ("14 December", "2017-01-16", "2016-12-14"),
        ("on Tuesday", "2017-01-16", "2017-01-10"),
        ("yesterday", "2017-01-16", "2017-01-15"),
        ("March 3, 2021", None, "2021-03-03"),
        ("late 2015", "2017-01-16", None),
        ("last week", "2017-01-16", None),
        ("Dec 14", None, None),
        ("Feb 30", "2017-01-16", None),
        ("as early as Dec. 20", "2023-12-11", "2023-12-20"),  # a bound still names its day
        ("in two weeks", "2017-01-16", "2017-01-30"),  # counted ahead as "in three days" is: the day, its week the period
        ("no later than Dec 14", "2017-01-16", "2016-12-14"),
        # 2017-01-16 is a Monday: "last Monday" is the week before, "next Monday" the week after
        ("Monday", "2017-01-16", "2017-01-16"),
        ("last Monday", "2017-01-16", "2017-01-09"),
        ("next Monday", "2017-01-16", "2017-01-23"),
        ("this Friday", "2017-01-16", "2017-01-20"),
        ("next Friday", "2017-01-16", "2017-01-20"),
        ("last Friday", "2017-01-16", "2017-01-13"),
        # a day of the month alone: of the document's month, or the month before or after it
        ("the 12th", "2017-01-16", "2017-01-12"),
        ("on the 3rd", "2017-01-29", "2017-02-03"),
        ("the 28th", "2017-01-03", "2016-12-28"),
        ("the 40th", "2017-01-16", None),
        # a weekday described, with its part of the day, is that day (the document's a Wednesday); not any such day
        ("a humid Monday morning", "2023-12-13", "2023-12-11"),
        ("one cold, wet Friday evening", "2023-12-13", "2023-12-08"),
        ("a stormy Tuesday night", "2023-12-13", "2023-12-12"),
        ("a typical Monday morning", "2023-12-13", None),
        ("an ordinary Sunday afternoon", "2023-12-13", None),
        ("a Monday morning", "2023-12-13", None),
        ("every Monday morning", "2023-12-13", None),
    ],
)
def test_timex_normalise(text: str, doc_date: str | None, expected: str | None) -> None:
    assert normalise_time(text, doc_date) == expected


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        ("Dec 14", "2017-01-16", "2016-12-14"),  # a day: the same as its date
        ("May 2020", "2021-03-03", "2020-05"),
        ("Dec. 2019", None, "2019-12"),
        ("late 2015", "2017-01-16", "2015"),
        ("2020", None, "2020"),
        ("last year", "2021-03-03", "2020"),
        ("next year", "2021-03-03", "2022"),
        ("the first half of next year", "2026-12-07", "2027"),  # a part of a year named relatively
        ("the first five months of the year", "2026-06-18", "2026"),
        ("last month", "2021-01-10", "2020-12"),
        ("later this month", "2021-03-03", "2021-03"),
        ("next week", "2021-03-03", "2021-W10"),
        ("last week", "2021-01-04", "2020-W53"),
        ("last July", "2021-03-03", "2020-07"),
        ("June", "2021-03-03", "2021-06"),  # the June nearest the document date
        ("November", "2017-01-16", "2016-11"),
        ("the past year", "2021-03-03", None),  # twelve months, not a calendar year
        # ... but the seven days before a Monday are the week before, as the days of a month before its 1st are
        ("over the past week", "2021-03-08", "2021-W09"),
        ("the last week", "2021-03-08", "2021-W09"),
        ("the past month", "2021-03-01", "2021-02"),
        ("the past week", "2021-03-03", None),
        ("the past month", "2021-03-03", None),
        ("the coming months", "2021-03-03", None),
        ("last month", None, None),
        ("48 hours", "2021-03-03", None),
        ("since 2015", None, "2015"),
        ("by May 2020", None, "2020-05"),
        ("between April 2021", None, "2021-04"),  # "between April 2021 and April 2022"
        ("the end of November", "2026-07-10", "2026-11"),  # its month is what ISO 8601 can say
        ("by the end of March 2027", None, "2027-03"),
        ("the first week of June", "2026-07-10", "2026-06"),
        ("May last year", "2026-07-10", "2025-05"),
        ("June of next year", "2026-07-10", "2027-06"),
        ("later today", "2026-07-10", "2026-07-10"),
        ("the same period last year", "2026-07-10", "2025"),
        ("last Friday night", "2026-07-10", "2026-07-03"),
        ("this time next year", "2026-07-10", "2027"),
        ("Only three years ago", "2026-11-26", "2023"),  # a stress changes nothing
        ("only last month", "2026-11-26", "2026-10"),
        ("the month of March 2027", "2026-11-26", "2027-03"),  # a named month and year, not vague
    ],
)
def test_timex_period(text: str, doc_date: str | None, expected: str | None) -> None:
    assert normalise_period(text, doc_date) == expected


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        # an article of Wednesday 18 June 2025
        ("March", False, "2025-03"),  # the March nearest the document date
        ("March", True, "2026-03"),  # "talks will resume in March": the next one
        ("July", True, "2025-07"),
        ("the first half of 2026", False, "2026"),
        ("the third quarter of 2024", False, "2024"),
        ("the summer of 2022", False, "2022"),
        ("spring 2026", False, "2026"),
        ("the end of the year", True, "2025"),  # "a deal by the end of the year"
        ("the end of the year", False, "2025"),  # "the stockpiles it wants built by the end of the year"
        ("the middle of next year", False, "2026"),
        ("the start of this year", False, "2025"),
        ("the start of the year", True, "2025"),
        ("later in the month", True, "2025-06"),
        ("last autumn", False, "2024"),
        ("last spring", False, "2025"),
        ("next summer", False, "2026"),  # it is summer already
        ("next spring", False, "2026"),
        ("this summer", False, "2025"),
        ("the summer", True, "2025"),  # under way
        ("the autumn", True, "2025"),
        ("the summer", False, None),
        ("this winter", False, None),  # two years
        ("three days ago", False, "2025-06-15"),
        ("two weeks ago", False, "2025-W23"),
        ("a month ago", False, "2025-05"),
        ("18 months ago", False, "2023-12"),
        ("two years ago", False, "2023"),
        ("Thirty years ago this week", False, "1995"),  # an anniversary: the year, not the week
        ("fifteen years ago", False, "2010"),
        ("more than a year ago", False, None),  # a bound, not a year
        ("nearly ten days ago", False, None),
        # a quarter or half ahead: the next one, or the one under way
        ("the first quarter", True, "2026"),
        ("the third quarter", True, "2025"),
        ("the second half", True, "2025"),
        ("the first quarter", False, None),
        ("the end of the first quarter", True, "2026"),  # its end or start: the quarter's year
        ("the start of the third quarter", True, "2025"),
        ("the end of the first quarter", False, None),
    ],
)
def test_timex_period_against_the_document_date(text: str, future: bool, expected: str | None) -> None:
    assert normalise_period(text, "2025-06-18", future) == expected


def test_timex_the_year_in_a_past_clause_is_unknown_unless_since() -> None:
    # in a narrative ("in 2019 ... by the end of the year") it may be another year's; "since"
    # bounds it by the present
    assert normalise_period("the end of the year", "2025-06-18", past=True) is None
    assert normalise_period("since the start of the year", "2025-06-18", past=True) == "2025"
    assert normalise_period("the worst months of 2022", "2025-06-18") == "2022"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the document is dated Wednesday 13 December 2023
        ("Talks will resume on Friday.", "2023-12-15"),  # future tense: the Friday to come
        ("Talks resumed on Friday.", "2023-12-08"),
        ("The talks, which began on Monday, will continue.", "2023-12-11"),  # "began" is past
        ("The minister will visit Paris on March 3.", "2024-03-03"),
        ("The minister visited Paris on March 3.", "2023-03-03"),
        ("The deal is expected to be signed on Friday.", "2023-12-15"),  # planned
        ("The vote is scheduled for March 3.", "2024-03-03"),
        ("He plans to visit Delhi on Monday.", "2023-12-18"),
        ("The deal was expected on Friday but slipped.", "2023-12-08"),  # a past plan
        ("Officials said on Monday that talks will resume.", "2023-12-11"),  # "will" is not the date's verb
        ("Talks could resume on Friday.", "2023-12-15"),  # a modal looks forward
        ("Talks could have resumed on Friday.", "2023-12-08"),  # ... unless perfect
        ("Rescuers could not reach the village on Monday.", "2023-12-11"),  # a past inability
        ("The ministers are to meet on Friday.", "2023-12-15"),
        ("The embassy is due to reopen on Monday.", "2023-12-18"),
        # ... also "due" or a participle the parser took for an adjective or a preposition, a plan that seems so
        ("The envoys, due to arrive in Lomé on Monday, will meet the president.", "2023-12-18"),
        ("Ghana will build the road, with work due to start on Monday.", "2023-12-18"),
        ("The summit looks set to open on Monday in Accra.", "2023-12-18"),
        ("The two sides seem likely to resume talks on Friday.", "2023-12-15"),
        ("Negotiators hope to finish by Friday.", "2023-12-15"),
        ("The summit, set for March 3, may be postponed.", "2024-03-03"),
        ("A deal by Friday would help both sides.", "2023-12-15"),  # a deadline on the subject
        ("The attack on Monday could derail the talks.", "2023-12-11"),  # a plain date on it: past
        ("The ministers will meet next Friday.", "2023-12-15"),
        ("The two delegations had agreed to meet again on Friday.", "2023-12-15"),  # a commitment's infinitive
        ("The ministers met last Friday.", "2023-12-08"),
        ("The summit opens on Monday in Vienna.", "2023-12-18"),  # a scheduled present
        ("The talks open in Ankara on 20 February.", "2024-02-20"),  # ... with a plural subject
        ("Rebels hit the convoy on 20 February.", "2023-02-20"),  # "hit": a past spelled as a present
        ("Officials say on Monday that talks are over.", "2023-12-11"),  # saying is no schedule
        ("The vote, whose first round is on March 3, will be close.", "2024-03-03"),  # present "be"
        ("The Kremlin says on Friday it has no plans.", "2023-12-08"),  # saying is no schedule
        ("The minister was in Paris on Friday.", "2023-12-08"),
        # the parser hangs the date on a clause inside the object: not the schedule of that clause
        ("Ontario imposed a surcharge on power it sells to Michigan on Monday.", "2023-12-11"),
        ("The accord, which expires on Friday, has no successor.", "2023-12-15"),
        # an expectation looks ahead; a verb inside a quotation is not the date's
        ("Lima does not expect a breakthrough on Friday.", "2023-12-15"),
        ("The collision happened early Tuesday near the islands.", "2023-12-12"),
        ('Marcos called it "a model for how neighbours should settle disputes" in a speech on Monday.', "2023-12-11"),
        # the day of what is attended, a day something is planned for, a verb joined without its subject
        ("The envoy is due to attend Friday's session as an observer.", "2023-12-15"),
        # ... and through a preposition, the verb of the noun a possessive day is of
        ("It is unclear whether the crew will be freed before Friday's talks.", "2023-12-15"),
        ("The envoys will meet again after Monday's vote.", "2023-12-18"),
        ("Officials met after Monday's vote to discuss the border.", "2023-12-11"),
        ("The ministers discussed the crossing ahead of Friday's summit.", "2023-12-08"),
        ("Dock unions in Rotterdam have called a walkout for Friday.", "2023-12-15"),
        ("Monday may be remembered as a lost chance.", "2023-12-11"),  # a passive looks back at it
        # a participle or an infinitive of purpose takes the tense of the verb it hangs on
        ("After meeting the pope on Friday, the minister will fly to Madrid.", "2023-12-15"),
        ("Officials will travel to Rome to meet the pope on Friday.", "2023-12-15"),
        # what an expectation expects, and a noun's clause after the verb of the noun, look ahead with it
        ("Economists expect the central bank to hold rates at its meeting on Friday.", "2023-12-15"),
        ("Economists expected the central bank to hold rates on Friday, but it cut them.", "2023-12-08"),
        ("Ethiopia and Eritrea will resume talks on reopening their shared border on Monday.", "2023-12-18"),
        ("Kenya and Somalia held talks on reopening the border on Monday.", "2023-12-11"),
        # a promise's deadline is ahead; a present that relates to an earlier event is no schedule
        ("The junta has promised elections by March 3.", "2024-03-03"),
        ("The junta had promised elections by March 3, but none were held.", "2023-03-03"),
        ("The junta held elections by March 3.", "2023-03-03"),
        ("The contract follows a decision by the cabinet on December 1 to approve the sale.", "2023-12-01"),
        ("The visit follows talks in Doha on Monday.", "2023-12-11"),
        # a weekday described, with its part of the day, is that day; not any such day
        ("On a humid Monday morning, recruits lined up for drill at the police barracks in Honiara.", "2023-12-11"),
        # a present estimate rates what is ahead: its subject's day looks forward (not one with an infinitive,
        # which rates what the subject does)
        ("Diplomats in Accra say a vote on Friday is unlikely.", "2023-12-15"),
        ("A signing on Monday now looks likely.", "2023-12-18"),
        ("An accord on Friday is expected.", "2023-12-15"),
        ("The strike on Monday is likely to delay the talks.", "2023-12-11"),
    ],
)
def test_timex_future_clause_looks_forward(nlp: Any, text: str, expected: str) -> None:
    time = _only_time(nlp, text, "2023-12-13")
    future = in_future_clause(time)
    assert normalise_time(time.text, "2023-12-13", future, not future and in_past_clause(time)) == expected


def test_timex_weekday_and_its_date_are_one_time(extractor: Any) -> None:
    text = "The talks will take place on Friday, 16 October, in Almaty. Talks began on Thursday, 8 October."
    claims = _claims(extractor, text, "2026-10-09")
    assert [[(t.text, t.date) for t in c.time] for c in claims] == [
        [("Friday, 16 October", "2026-10-16")], [("Thursday, 8 October", "2026-10-08")]]


def test_timex_press_styles(extractor: Any) -> None:
    """A weekday with its date in brackets (the South Asian press), a day of "last year", a
    month-first range and a possessive."""

    text = ("The talks will resume on Tuesday (March 10), officials said. "
            "Trade has been suspended since October 12 last year. "
            "Vieira will visit China from Jan. 14 to 17. "
            "The strikes revived memories of last May's clashes.")
    claims = _claims(extractor, text, "2026-03-03")
    assert [[(t.date, t.period) for t in c.time] for c in claims] == [
        [("2026-03-10", "2026-03-10")],
        [("2025-10-12", "2025-10-12")],
        [("2027-01-14", "2027-01-14"), ("2027-01-17", "2027-01-17")],
        [(None, "2025-05")],
    ]


def test_timex_date_after_the_cue_is_the_sayings(extractor: Any) -> None:
    """ "said on Wednesday it would suspend": the date is when it was said, not when the
    suspension comes; after "that" it is the reported clause's."""

    text = ("Tanzania's trade ministry said on Wednesday it would suspend imports of Kenyan milk. "
            "Kenya warned that on Friday the talks would collapse.")
    claims = _claims(extractor, text, "2026-03-12")
    assert [[t.date for t in c.time] for c in claims] == [["2026-03-11"], ["2026-03-13"]]
    assert claims[0].attribution is not None and claims[0].attribution.date == "2026-03-11"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a statement dated by a day of the month alone is on or before the document's day
        ("Nigeria's foreign minister said on the 12th that Abuja would host the next summit.", "2026-03-12"),
        ("Chad's president told reporters on the 28th that the troops would leave Niger.", "2026-02-28"),
        ("The Ghanaian central bank announced on the 2nd that rates would stay on hold.", "2026-03-02"),
    ],
)
def test_timex_a_statement_dated_by_a_day_of_the_month(extractor: Any, text: str, day: str) -> None:
    [claim] = _claims(extractor, text, "2026-03-20")
    assert claim.attribution is not None and claim.attribution.date == day


def _only_time(nlp: Any, text: str, day: str) -> Any:
    """The one time expression of ``text``, parsed as a document of ``day``."""
    doc = nlp.make_doc(text)
    doc._.doc_date = day
    with nlp.select_pipes(disable=["claims_classify"]):
        doc = nlp(doc)
    (time,) = [e for e in doc.ents if e.label_ in {"DATE", "TIME"}]
    return time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the document is dated Wednesday 4 March 2026
        ("Beijing hosted a meeting of foreign ministers in May.", "2025-05"),  # past: the last May
        ("The treaty was signed in June.", "2025-06"),
        ("The two leaders have met twice since April.", "2025-04"),
        ("Talks did not resume in April.", "2025-04"),
        ("Talks resumed on March 20.", "2025-03-20"),  # a past day is not ahead of the document
        ("The leaders met in February.", "2026-02"),
        ("The leaders will meet in May.", "2026-05"),
        ("The deal expires in May.", "2026-05"),  # a scheduled present
        ("The summit is in May.", "2026-05"),  # no tense to read: the May nearest the document
        ("Talks collapsed in the summer.", "2025"),  # the last summer begun before the document
        ("A longer transition might be needed if talks run past December.", "2026-12"),  # a condition looks ahead
        ("The talks will resume in the summer.", "2026"),
        ("The talks will resume in the spring of next year.", "2027"),
        ("The talks resumed in the autumn of last year.", "2025"),
        ("The June 7 rules were unusual.", "2025-06-07"),  # "were" is past
        # the start of what is threatened, not the threat's day; a participle has no tense
        ("Washington threatened a 100 percent tariff on Chinese goods from April 20.", "2026-04-20"),
        ("Beijing has tightened its rules, with new rules taking effect on May 1.", "2026-05-01"),
        # a bound the tagger cut from its day; a day it left out before a month and year
        ("The final declaration will come no later than Friday.", "2026-03-06"),
    ],
)
def test_timex_past_clause_looks_back(nlp: Any, text: str, expected: str) -> None:
    time = _only_time(nlp, text, "2026-03-04")
    future = in_future_clause(time)
    assert normalise_period(time.text, "2026-03-04", future, not future and in_past_clause(time)) == expected


def test_timex_resolves_a_dated_statement_against_its_day(extractor: Any) -> None:
    from pipeline.io import Document

    text = "On Nov 16, the minister said the treaty would be signed next week, and that talks will resume on Friday."
    (claim,) = extractor.extract([Document(id="x", text=text, date="2023-12-13")], all_sentences=True)
    assert claim.attribution is not None and claim.attribution.date == "2023-11-16"
    # against the statement's day (Thursday 16 Nov 2023), not the document's (13 Dec)
    assert {t.text: t.period for t in claim.time} == {"Nov 16": "2023-11-16", "next week": "2023-W47",
                                                      "Friday": "2023-11-17"}
    # the expression that names the statement's day resolves against the document's
    text = "The ministry said last Friday that the ban would not apply."
    (claim,) = extractor.extract([Document(id="y", text=text, date="2026-06-03")], all_sentences=True)
    assert claim.attribution is not None and claim.attribution.date == "2026-05-29"
    assert [t.period for t in claim.time] == ["2026-05-29"]


def test_timex_an_age_between_commas_is_no_time(extractor: Any) -> None:
    from pipeline.io import Document

    text = "Made Wirawan, 47, the boat's captain, said the Chinese ship rammed them on Tuesday."
    (claim,) = extractor.extract([Document(id="x", text=text, date="2027-03-04")], all_sentences=True)
    assert [t.text for t in claim.time] == ["Tuesday"]


def test_timex_cuts_a_date_the_tagger_ran_on(extractor: Any) -> None:
    from pipeline.io import Document

    text = ("The drills, which run until March 20, come days after two South Korean jets dropped bombs "
            "on a village, and talks are set for Monday, March 24.")
    (claim,) = extractor.extract([Document(id="x", text=text, date="2025-03-10")], all_sentences=True)
    periods = {t.text: t.period for t in claim.time}
    assert periods.get("March 20") == "2025-03-20", periods
    assert not any("come" in t for t in periods), periods


def test_timex_splits_a_range_into_its_ends(extractor: Any) -> None:
    from pipeline.io import Document

    text = ("The second round of talks ran from July 1 to September 15, and elections are due between "
            "March and June 2027, while the moratorium lasted from 2019 to 2021 and the ban will last "
            "five to seven years.")
    (claim,) = extractor.extract([Document(id="x", text=text, date="2026-11-02")], all_sentences=True)
    periods = {t.text: t.period for t in claim.time}
    assert periods.get("July 1") == "2026-07-01" and periods.get("September 15") == "2026-09-15", periods
    # the first end of "between March and June 2027" takes the second's year
    assert periods.get("March") == "2027-03" and periods.get("June 2027") == "2027-06", periods
    assert periods.get("2019") == "2019" and periods.get("2021") == "2021", periods
    # not a range of two times: one expression, as the tagger found it
    assert not any(t in periods for t in ("five", "seven years")), periods
    spans = {t.text: (t.start, t.end) for t in claim.time}
    assert text[slice(*spans["July 1"])] == "July 1"
    # a day before its month takes the month (and year) of the other end, also where the tagger
    # cut the range in two ("14 and", "15 December 2027")
    text = "The talks will run from 14 to 16 March, and the summit takes place on 14 and 15 December 2027."
    (claim,) = extractor.extract([Document(id="x", text=text, date="2026-11-02")], all_sentences=True)
    assert [(t.text, t.period) for t in claim.time] == [
        ("14", "2027-03-14"), ("16 March", "2027-03-16"), ("14", "2027-12-14"), ("15 December 2027", "2027-12-15")]


def test_timex_seasons_and_present_conditions(extractor: Any) -> None:
    """A season the tagger leaves out, a weekday before its date without a comma, and a deadline
    in a condition in the present (passive or negated) that looks forward with its clause."""

    text = ("A state visit by Premier Li Qiang, planned for the autumn, may test this approach. "
            "The union will strike if the levies are not suspended by Friday. "
            "The union struck after the levies were not suspended by Friday. "
            "Ministers were informed on the morning of Thursday 8 October. "
            "It marks the North's first launch since January.")
    claims = _claims(extractor, text, "2026-10-14")
    found = [[(t.text, t.date, t.period) for t in c.time] for c in claims]
    assert found[0] == [("the autumn", None, "2026")]
    assert found[1] == [("Friday", "2026-10-16", "2026-10-16")]
    assert found[2] == [("Friday", "2026-10-09", "2026-10-09")]
    assert ("Thursday 8 October", "2026-10-08", "2026-10-08") in found[3]
    assert found[4] == [("January", None, "2026-01")]  # "since" looks back, whatever the verb's tense


def test_timex_bounds_and_measures(extractor: Any) -> None:
    """ "until at least 2030" is 2030; a measure the tagger took for a date is no time, nor is a
    duration as a modifier."""

    text = ("The sanctions will stay in place until at least 2030, Brussels said. "
            "Chinese coast guard ships entered the 12-nautical-mile zone on Monday. "
            "Beijing announced a five-year plan for the islands.")  # how long the plan lasts: no time
    claims = _claims(extractor, text, "2026-10-14")
    found = [[(t.text, t.period) for t in c.time] for c in claims]
    assert found[0] == [("at least 2030", "2030")]
    assert [text for text, _ in found[1]] == ["Monday"]
    assert found[2] == []


def test_timex_statements_deadlines_opening_years_and_list_days(extractor: Any) -> None:
    """A statement reported is made by the document's day; a deadline for what is to come looks
    forward; a year that opens the sentence dates its month and day; a day the tagger left out
    before its month in a list item is the day's, and so is a month it left out before its day."""

    text = ("Mohammed bin Salman said in an interview on Dec 3 that the kingdom would keep talking to Tehran. "
            "The EU has given Belgrade and Pristina until 31 January to agree on the statute. "
            "In 2020, talks between Argentina and Brazil broke down on Dec 3, only to resume weeks later.\n\n"
            "9 December: UN Security Council briefing on the Great Lakes.\n\n"
            "Dec 3: EU foreign ministers meet in Brussels to discuss sanctions on Iran.\n\n"
            "Tuesday, Dec 8: Japan and South Korea hold talks in Seoul.")
    claims = _claims(extractor, text, "2026-11-26")
    # a month the tagger left out before its day, with its weekday or without
    assert [(t.text, t.date) for t in claims[4].time] == [("Dec 3", "2026-12-03")]
    assert [(t.text, t.date) for t in claims[5].time] == [("Tuesday, Dec 8", "2026-12-08")]
    assert claims[0].attribution is not None and claims[0].attribution.date == "2025-12-03"
    assert [t.date for t in claims[0].time] == ["2025-12-03"]
    assert [t.date for t in claims[1].time] == ["2027-01-31"]
    assert ("Dec 3", "2020-12-03") in [(t.text, t.date) for t in claims[2].time]
    assert [(t.text, t.date) for t in claims[3].time] == [("9 December", "2026-12-09")]


def test_timex_an_invitations_infinitive_and_christmas(extractor: Any) -> None:
    """What someone is invited to do on a weekday is ahead; "Christmas" is December 25."""
    text = ("Thailand invited military attaches to visit the site of the clash on Friday. "
            "The ceasefire should hold until Christmas, diplomats said.")
    claims = _claims(extractor, text, "2026-12-07")
    assert [[t.date for t in c.time] for c in claims] == [["2026-12-11"], ["2026-12-25"]]


def test_timex_what_names_no_time_and_parts_of_days(extractor: Any) -> None:
    """A document's number, a count, a greeting, a figure of speech and a comparison's units name
    no time; a weekday and its part of the day, which the tagger cuts in two, are the day."""
    text = ("Good afternoon. "
            "She urged Iran to stop arming the Houthis in violation of resolution 2216. "
            "The Council adopted Regulation (EU) 2025/1975 on September 29. "
            "The detention of staff by the Houthis, now numbering 59, must end. "
            "We meet at a difficult hour for our continent. "
            "Exports rose 6.4 percent year on year in 2025. "
            "The two sides met in Brussels on Tuesday evening. "
            "The 1648 treaty still matters.")
    claims = _claims(extractor, text, "2025-10-23")
    assert [[(t.text, t.period) for t in c.time] for c in claims] == [
        [], [], [("September 29", "2025-09-29")], [], [], [("2025", "2025")],
        [("Tuesday evening", "2025-10-21")], [("1648", None)]]



def test_timex_a_label_a_level_a_streak_and_a_comparison_name_no_time(extractor: Any) -> None:
    """A group's label, a level a currency passes, a streak and a comparison's "earlier than" are no
    times; "past midnight", a streak's month and "Two years earlier," are."""
    text = ("The speaker for the African members (A3+), Ghana's delegate, rejected any interference. "
            "The rouble weakened past 94 to the dollar, and the rupee was steady at 90.6. "
            "The lira slid past 40 against the euro on Tuesday. "
            "The index for dirty tankers rose for a sixth straight week. "
            "Exports fell for the fourth straight quarter. "
            "It gives the navy a modern frigate years earlier than any other option would have. "
            "Egypt's reserves grew for a third consecutive month in April. "
            "Two years earlier, the talks in Doha had collapsed.")
    claims = _claims(extractor, text, "2026-02-04")
    assert [[t.text for t in c.time] for c in claims] == [
        [], [], ["Tuesday"], [], [], [], ["April"], ["Two years earlier"]]


def test_timex_a_time_quoted_whole_takes_the_tense_of_its_verb(extractor: Any) -> None:
    """A time quoted whole with its preposition is no quotation of the verb's: the clause still
    looks forward; a time inside a real quotation keeps the quotation's own tense."""
    text = ('Ottawa and New Delhi had agreed to resume negotiations on a trade deal "before the summer". '
            '"We will meet again in the summer," she said on Monday. '
            'Marcos called it "a model for how neighbours should settle disputes" in a speech on Monday.')
    claims = _claims(extractor, text, "2026-03-12")
    assert [[t.period for t in c.time] for c in claims] == [["2026"], ["2026", "2026-03-09"], ["2026-03-09"]]


def test_a_day_the_tagger_left_out_before_a_month_and_its_year(extractor: Any) -> None:
    from pipeline.io import Document

    doc = Document(id="d", text="The DRC filed its Application on 2 September 2026.", date="2026-11-26")
    (claim,) = extractor.extract([doc], all_sentences=True)
    assert [(t.text, t.date) for t in claim.time] == [("2 September 2026", "2026-09-02")]


def test_a_range_without_a_year_is_in_one_year(extractor: Any) -> None:
    from pipeline.io import Document

    # a plan looks forward, but its first day, just before the document's, is not next year's
    doc = Document(id="d", text="Hun Manet will visit Vietnam from December 1 to 3.", date="2026-12-02")
    (claim,) = extractor.extract([doc], all_sentences=True)
    assert [t.date for t in claim.time] == ["2026-12-01", "2026-12-03"]


def test_a_month_takes_the_year_of_the_month_after_it(extractor: Any) -> None:
    from pipeline.io import Document

    # the tagger cuts "in April and May 2023" in two; the first month takes the second's year
    doc = Document(id="d", text="The last two meetings, in April and May 2023, ended without a deal.",
                   date="2025-09-10")
    (claim,) = extractor.extract([doc], all_sentences=True)
    assert [t.period for t in claim.time] == ["2023-04", "2023-05"]


def test_a_day_and_month_the_tagger_left_out_before_a_year(extractor: Any) -> None:
    from pipeline.io import Document

    doc = Document(id="d", text="He was born on 22 Jul 1971 in Sanaa.", date="2026-11-26")
    (claim,) = extractor.extract([doc], all_sentences=True)
    assert [(t.text, t.date) for t in claim.time] == [("22 Jul 1971", "1971-07-22")]


def test_a_range_moved_into_one_year_skips_a_29_february_that_year_lacks() -> None:
    from pipeline.claims import _one_year
    from pipeline.schema import TimeExpression

    def day(iso: str) -> TimeExpression:
        return TimeExpression(text="x", date=iso, period=iso, start=0, end=1)

    assert [t.date for t in _one_year(day("2024-02-29"), day("2023-03-02"), "2023-06-01")] == [
        "2024-02-29", "2024-03-02"]
    assert [t.date for t in _one_year(day("2027-12-01"), day("2026-12-03"), "2026-12-02")] == [
        "2026-12-01", "2026-12-03"]


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # the nearer July is this one, the September past the last: both of the year before
        ("The talks ran from July to September, officials said.", "2026-07-01", ["2025-07", "2025-09"]),
        ("Talks were held between July and September.", "2026-07-01", ["2025-07", "2025-09"]),
        # in order already: unchanged
        ("The talks will run from July to September.", "2026-07-01", ["2026-07", "2026-09"]),
        ("The mission ran from November to February.", "2026-07-01", ["2025-11", "2026-02"]),
        ("Talks will run from November to February.", "2026-07-01", ["2026-11", "2027-02"]),
        ("The drills lasted from March to May.", "2026-07-01", ["2026-03", "2026-05"]),
    ],
)
def test_a_range_of_months_without_a_year_is_in_order(extractor: Any, text: str, day: str,
                                                       expected: list[str]) -> None:
    from pipeline.io import Document

    (claim,) = extractor.extract([Document(id="d", text=text, date=day)], all_sentences=True)
    assert [t.period for t in claim.time] == expected


def test_a_range_of_months_not_told_in_the_past_ends_after_it_starts() -> None:
    from pipeline.claims import _months_in_order
    from pipeline.schema import TimeExpression

    def month(iso: str) -> TimeExpression:
        return TimeExpression(text="x", date=None, period=iso, start=0, end=1)

    assert [t.period for t in _months_in_order(month("2026-11"), month("2026-02"), False)] == ["2026-11", "2027-02"]
    assert [t.period for t in _months_in_order(month("2026-11"), month("2026-02"), True)] == ["2025-11", "2026-02"]
    # a day or a year is no month: unchanged
    assert [t.period for t in _months_in_order(month("2027"), month("2026"), True)] == ["2027", "2026"]


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a unit counted from a time the sentence names before it, not from the document's day
        ("After floods hit Dhaka on July 9, 2004, aid flowed in, and a second wave struck the next month.",
         "2026-03-02", [[("July 9, 2004", "2004-07-09"), ("the next month", "2004-08")]]),
        ("Ruto and Museveni settled the dispute in 2015, in March of that year, and met again the following year.",
         "2026-03-02", [[("2015", "2015"), ("March of that year", "2015-03"), ("the following year", "2016")]]),
        ("The accord was initialled on June 3, 1998, and signed the next day.",
         "2026-03-02", [[("June 3, 1998", "1998-06-03"), ("the next day", "1998-06-04")]]),
        # in a clause that looks forward, "the next month" is the document's
        ("The pact signed in 2019 will be reviewed over the next month.",
         "2026-03-02", [[("2019", "2019"), ("the next month", "2026-04")]]),
        # a story told in an earlier year dates the months and days after its full date ...
        ("On November 4, 1998, a patrol boat capsized off the cape. By mid-November the quarrel had become a crisis. "
         "On the morning of December 2 marines landed on the reef.",
         "2026-12-01", [[("November 4, 1998", "1998-11-04")], [("mid-November", "1998-11")],
                        [("the morning", None), ("December 2", "1998-12-02")]]),
        # ... but not in a sentence dated from the document's day, nor after a clause in the present perfect,
        # nor far before or after it
        ("On November 4, 1998, a patrol boat capsized off the cape. On March 3 and on Friday, troops crossed the border.",
         "2026-03-10", [[("November 4, 1998", "1998-11-04")], [("March 3", "2026-03-03"), ("Friday", "2026-03-06")]]),
        ("The pact agreed on 3 June 2022 has held since. Lima tested it on October 3, when its navy boarded a trawler.",
         "2026-03-10", [[("3 June 2022", "2022-06-03")], [("October 3", "2025-10-03")]]),
        ("The accord was signed on 12 May 2021 in Doha. Fighting resumed on March 3 near the border.",
         "2026-03-10", [[("12 May 2021", "2021-05-12")], [("March 3", "2026-03-03")]]),
        # the sentence before names the time that "the following March", "later that day", "that year" count from
        ("In 2017 talks between Ghana and Togo collapsed over fishing rights. The following March, the two "
         "governments signed a border pact.",
         "2026-03-10", [[("2017", "2017")], [("The following March", "2018-03")]]),
        ("In March 2019 Peru and Chile agreed to patrol the border. The following March, they held joint exercises.",
         "2026-03-10", [[("March 2019", "2019-03")], [("The following March", "2020-03")]]),
        ("On 4 May 2021 Kenya recalled its ambassador from Somalia. Later that day, Somalia expelled the Kenyan envoy.",
         "2026-03-10", [[("4 May 2021", "2021-05-04")], [("Later that day", "2021-05-04")]]),
        ("In 2015 the border reopened. That year, Peru and Chile signed a fisheries deal.",
         "2026-03-10", [[("2015", "2015")], [("That year", "2015")]]),
        # ... or a sentence up to three before it, where the sentences between name no time
        ("Kenyan and Somali officials met in Djibouti on March 3. The meeting was chaired by the Djiboutian foreign "
         "minister. Later that day, the two delegations issued a joint statement on fishing rights.",
         "2026-03-20", [[("March 3", "2026-03-03")], [], [("Later that day", "2026-03-03")]]),
        ("Ethiopia and Eritrea held talks in Asmara on 5 May 2024. The talks covered trade. Both sides praised the "
         "mediators. That evening, the Ethiopian delegation flew home.",
         "2026-03-20", [[("5 May 2024", "2024-05-05")], [], [], [("That evening", "2024-05-05")]]),
        # ... not four sentences on, nor across a sentence that names another time
        ("Ghana and Togo signed a security pact on March 7. Officials called it a milestone. Troops will patrol the "
         "coast jointly. Analysts welcomed the step. Later that day, the Togolese president addressed parliament.",
         "2026-03-20", [[("March 7", "2026-03-07")], [], [], [], [("Later that day", None)]]),
        ("Malawi and Zambia met on March 9. A week of talks followed. Later that day, the ministers dined together.",
         "2026-03-20", [[("March 9", "2026-03-09")], [("A week", None)], [("Later that day", None)]]),
        # a year is not precise enough for "the next month", which is then vague, not a month counted from today
        ("In 2018 Egypt and Sudan held talks on the dam. The next month, Ethiopia rejected their proposal.",
         "2026-03-10", [[("2018", "2018")], [("The next month", None)]]),
        # "next year" without "the" counts from today, whatever the sentence before named
        ("Iraq's water reserves fell sharply in 2024. The drought could force thousands from their homes next year.",
         "2026-03-10", [[("2024", "2024")], [("next year", "2027")]]),
        # a day's heading in a "week ahead" piece (of Sunday 8 March) dates the items under it up to the next
        # heading: a plan or a scheduled event with no time of its own takes it, "the same day" and a weekday count
        # from it (a weekday told in the past from the document's day), and a heading of no day ends it
        ("The diplomats are busy again.\n\nMONDAY, MARCH 9\n\nNordic foreign ministers gather in Oslo to discuss "
         "Arctic shipping. Iceland said on Friday that it would table a proposal.\n\nWednesday 11 March\n\nThe Andean "
         "Community holds a trade summit in Lima. Chile's president arrives the same day.\n\nFURTHER AHEAD\n\n"
         "Leaders of the Arctic Council gather in Tromso.",
         "2026-03-08", [[], [("MONDAY, MARCH 9", "2026-03-09")], [("Friday", "2026-03-06")],
                        [("Wednesday 11 March", "2026-03-11")], [("the same day", "2026-03-11")], []]),
        ("The diplomats are busy again.\n\nSat., 14/03\n\nGulf oil ministers are expected to meet online. A decision "
         "on quotas could slip to Monday. Kuwait wants a pause.",
         "2026-03-08", [[], [("Sat., 14/03", "2026-03-14")], [("Monday", "2026-03-16")], []]),
        # a timeline's entries "DATE - text": the date stops before the dash, keeps the year written after its day
        # (which the tagger may cut off or leave out), and dates "later that month" after it
        ("The border talks have moved slowly.\n\nNov. 12, 2024 - Ghana and Togo say in a joint statement that they "
         "will exchange maps.\n\nJanuary 9, 2025 - Togo agrees to withdraw troops from two villages.\n\nSept. 3, "
         "2025 - Ghana's foreign minister visits Lome. Togo signs the protocol later that month.\n\nJan. 5, 2026 - "
         "The commission holds its first session.\n\n2023 - Troops clash near the river.\n\nLast week - Togo's "
         "president says Lome is ready to sign.",
         "2026-03-10", [[], [("Nov. 12, 2024", "2024-11-12")], [("January 9, 2025", "2025-01-09")],
                        [("Sept. 3, 2025", "2025-09-03")], [("later that month", "2025-09")],
                        [("Jan. 5, 2026", "2026-01-05")], [("2023", "2023")], [("Last week", "2026-W10")]]),
        ("Sept. 2024 - The commissions start marking the line.\n\nOct. 2024 - Japarov says Kyrgyzstan will reopen "
         "two crossings. Tajik cotton reaches Osh via the road later that month.",
         "2026-03-10", [[("Sept. 2024", "2024-09")], [("Oct. 2024", "2024-10")], [("later that month", "2024-10")]]),
        # two readouts on one page, each under its own date line after a separator: "today" is the second's day
        ("Talks with the President of Ghana\n\nMarch 2, 2026\n\nWilliam Ruto held talks with President of Ghana John "
         "Mahama.\n\nThe President of Kenya thanked his counterpart for the invitation and praised the growth of trade."
         "\n\nThe sides discussed regional security and agreed to meet again this year.\n\n***\n\nMeeting with the "
         "Prime Minister of Ethiopia\n\nMarch 5, 2026\n\nWilliam Ruto met Prime Minister of Ethiopia Abiy Ahmed. The "
         "two leaders will sign a road deal today.",
         "2026-03-02", [[], [], [("this year", "2026")], [], [("today", "2026-03-05")]]),
    ],
)
def test_timex_counted_from_a_time_the_text_names(extractor: Any, text: str, day: str, expected: list[Any]) -> None:
    claims = _claims(extractor, text, day)
    assert [[(t.text, t.period) for t in c.time] for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a frequency, a direction and a near miss name no time
        ("The airline will run a second daily service to Accra.", []),
        # an age is no time
        ("The army called up reservists up to the age of 55 on Monday.", [("Monday", "2026-11-16")]),
        ("Men aged 18 to 40 may not leave the country.", []),
        ("Leaders meet for their annual summit.", []),
        ("The summit is keen to keep its south-eastern flank quiet.", []),
        ("The two states came within days of war over the river.", []),
        ("Nairobi protested within hours of the vote.", [("hours", None)]),
        # what the tagger leaves out or runs into a place
        ("Kick-off is at 7pm local time. The second leg is scheduled for Montevideo next August.",
         [("next August", "2027-08")]),
        ("The World Bank on Monday trimmed its estimate for growth in Asia and the Pacific next year, citing weak demand.",
         [("Monday", "2026-11-16"), ("next year", "2027")]),
        # a noun the tagger runs into a unit named relatively: "earths last month" is "last month"
        ("When Japan restricted sales of certain rare earths last month, Kenyan firms were affected.",
         [("last month", "2026-10")]),
        ("The envoy wrote on X last week that talks were over.", [("last week", "2026-W46")]),
        ("The crossing was shut for eleven days late last month after a clash.", [("late last month", "2026-10")]),
        ("The talks, hosted by Oman's deputy foreign minister, Khalid Al-Harthy, took place on November 5 and 6 and "
         "were the first in a year.", [("November 5", "2026-11-05"), ("6", "2026-11-06")]),  # "the first in a year": no time
        ("The meetings, chaired by Kenya's foreign minister, took place on October 8 and 9 and ended without a deal.",
         [("October 8", "2026-10-08"), ("9", "2026-10-09")]),
        # a weekday joined to another takes its verb
        ("Delegates are expected to arrive on Sunday and Tuesday.", [("Sunday", "2026-11-22"), ("Tuesday", "2026-11-24")]),
        # a verb the parser joins to a participle, without its subject, shares the participle's
        ("Oslo has placed its own wager. The Code on Ports and Borders, ratified in 2021 after long talks, "
         "comes into force on Monday.", [("2021", "2021"), ("Monday", "2026-11-23")]),
        # a month the tagger left out before its day, or a month and day it took for a number
        ("The allies will invoke the mechanism by Aug 31, diplomats said.", [("Aug 31", "2027-08-31")]),
        ("The Council asked the Secretariat to present by Dec 4 options for a fund.", [("Dec 4", "2026-12-04")]),
        # a kind of meeting and a frequency name no time; a season takes the word the tagger cut
        ("The next mid-year review meeting will be held in Quito.", []),
        ("Ferries will sail every 20 minutes to every half hour.", []),
        ("This summer's shortages will be worse.", [("This summer", "2026")]),
        ("Analysts say the spring will test the truce.", [("the spring", "2027")]),
        # a range of numbers that counts a noun is a measure; a participle's day is the schedule's
        ("Lisbon wants to widen its fishing zone from 6 to 12 nautical miles.", []),
        ("The envoy is scheduled to visit Busan on Tuesday to inspect a port before flying to Osaka on Thursday.",
         [("Tuesday", "2026-11-24"), ("Thursday", "2026-11-26")]),
        # a day hung on an adverb of place takes its verb's tense: "will be back on Thursday" is the next one
        ("The envoys will be back on Thursday.", [("Thursday", "2026-11-26")]),
        # "past" a weekday, with its possessive, is that day; a year after "as early as" the tagger left out is a time
        ("Delegates warned that the session could run past Sunday's scheduled close.",
         [("past Sunday", "2026-11-22")]),
        ("A shortfall of pilots could appear as early as 2035.", [("2035", "2035")]),
        # a rate, an amount per unit, and a stock counted in the days it lasts are no time
        ("Developing states will need about $3.1 trillion a year by 2035.", [("2035", "2035")]),
        ("The island holds barely 20 days of fuel.", []),
    ],
)
def test_timex_what_the_tagger_mislabels_or_leaves_out(extractor: Any, text: str, expected: list[Any]) -> None:
    claim = _claims(extractor, text, "2026-11-20")[-1]
    assert [(t.text, t.period) for t in claim.time] == expected


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a range of years keeps the second year the tagger leaves out
        ("Manmohan Singh, prime minister from 2004 to 2014, liked to say that Asia was big enough for both.",
         "2026-03-01", [[("2004", "2004"), ("2014", "2014")]]),
        ("Trade between Ghana and Togo doubled between 2015 and 2019, officials said.",
         "2026-03-01", [[("2015", "2015"), ("2019", "2019")]]),
        # a decade is three digits of ISO 8601; "the end of the decade" ahead is the current one
        ("In the late 1980s Peru and Ecuador fought a border war. Tensions eased in the 2010s.",
         "2026-03-01", [[("the late 1980s", "198")], [("the 2010s", "201")]]),
        ("Kenya hopes to double exports to Uganda by the end of the decade.", "2026-03-01",
         [[("the end of the decade", "202")]]),
        # "two years later" counts from the year named before; "Years later" names no count
        ("Chile and Argentina signed a treaty in 1984. Two years later, their navies held joint drills.",
         "2026-03-01", [[("1984", "1984")], [("Two years later", "1986")]]),
        ("The accord was signed in March 2019. Six months later, Lima withdrew its envoy.",
         "2026-03-01", [[("March 2019", "2019-03")], [("Six months later", "2019-09")]]),
        ("Ethiopia and Egypt began talks on the dam in 2011. Years later, the talks collapsed.",
         "2026-03-01", [[("2011", "2011")], [("Years later", None)]]),
        # a gerund and an infinitive under an infinitive take the tense of the plan above them
        ("The central bank is expected to meet on 4 March to consider whether to keep buying bonds in the third "
         "quarter.", "2026-02-20", [[("4 March", "2026-03-04"), ("the third quarter", "2026")]]),
        ("Japan stopped buying Iranian oil in the third quarter.", "2026-02-20", [[("the third quarter", None)]]),
        # an invitation to a place on a day is to a day ahead, unless it was one before ("had invited")
        ("Kenya has invited Somali envoys to Nairobi on May 20 for talks on the border.", "2026-05-14",
         [[("May 20", "2026-05-20")]]),
        ("Tokyo invited the Philippine defence minister to Manila on 3 May for talks.", "2026-05-14",
         [[("3 May", "2026-05-03")]]),
        ("The ministry said it had invited the ambassador to Tokyo on May 2 for talks.", "2026-05-14",
         [[("May 2", "2026-05-02")]]),
        ("Ghana has sent troops to Mali on May 20 to protect the mission.", "2026-05-14", [[("May 20", "2025-05-20")]]),
        # a month in what someone had been urged to do, told before another past, may have gone by: the nearest
        ("One diplomat said Washington had urged Addis Ababa not to sign anything before the summit in February.",
         "2026-03-04", [[("February", "2026-02")]]),
        # ... and so may one under a simple past, where the sentence does not date the urging or the agreeing: the
        # nearest; where it does, the first after it ("In 2019" as an expectation's statement is)
        ("Washington urged Addis Ababa not to sign anything before the summit in February.", "2026-03-04",
         [[("February", "2026-02")]]),
        ("The two ministers agreed to meet again in March.", "2026-06-10", [[("March", "2026-03")]]),
        ("Kenya was invited to attend the summit in January.", "2026-06-10", [[("January", "2026-01")]]),
        ("The envoys pledged to resume talks on March 3.", "2026-06-10", [[("March 3", "2026-03-03")]]),
        ("Last year Ghana and Togo agreed to hold talks in March.", "2026-06-10",
         [[("Last year", "2025"), ("March", "2025-03")]]),
        ("In January Ghana and Togo agreed to reopen the border in March.", "2026-06-10",
         [[("January", "2026-01"), ("March", "2026-03")]]),
        # near misses: an agreeing dated after the month (also on the verb it is joined to), or this week, a present
        # perfect, a present, a weekday
        ("Ghana and Togo met in Lomé on 14 May and agreed to reopen the border in March.", "2026-06-10",
         [[("14 May", "2026-05-14"), ("March", "2027-03")]]),
        ("In May Ghana and Togo agreed to reopen the border in March.", "2026-06-10",
         [[("May", "2026-05"), ("March", "2027-03")]]),
        ("On Monday the two ministers agreed to meet again in March.", "2026-06-10",
         [[("Monday", "2026-06-08"), ("March", "2027-03")]]),
        ("The two ministers have agreed to meet again in March.", "2026-06-10", [[("March", "2027-03")]]),
        ("The two ministers agree to meet again in March.", "2026-06-10", [[("March", "2027-03")]]),
        ("The two ministers agreed to meet again on Friday.", "2026-06-10", [[("Friday", "2026-06-12")]]),
        # a time "ahead of" takes the tense of the verb the "ahead" is on, as one "before" does
        ("Officials warned that Moscow may delay further swaps ahead of the summer.", "2026-05-14",
         [[("the summer", "2026")]]),
        ("The envoys will meet ahead of the summit in March.", "2026-06-10", [[("March", "2027-03")]]),
        ("Troops withdrew from the border ahead of the summer.", "2026-10-14", [[("the summer", "2026")]]),
        ("Troops withdrew from the border ahead of the summer.", "2026-04-14", [[("the summer", "2025")]]),
        # a value compared with is one observed before
        ("That compares with a surplus of $2 billion in December.", "2026-03-10", [[("December", "2025-12")]]),
        ("Exports now stand at 1.2 million barrels a day, against 1.5 million in December.", "2026-03-10",
         [[("December", "2025-12")]]),
        # an infinitive joined to a plan's, with its own "to", and a verb in "-ss" joined to a future, look forward
        ("Leaders are expected to approve the budget and to discuss a joint position in November.", "2026-02-27",
         [[("November", "2026-11")]]),
        ("Leaders will approve the budget and then discuss a joint position in November.", "2026-02-27",
         [[("November", "2026-11")]]),
        # the end of an event is no time unless it names a year or a feast
        ("Japan faces the most severe security environment since the end of the Second World War.", "2026-05-14", [[]]),
        ("Trade has grown since the end of the 1990s.", "2026-05-14", [[("the end of the 1990s", "199")]]),
        ("The ceasefire will hold until the end of Ramadan, officials said.", "2026-05-14",
         [[("the end of Ramadan", None)]]),
        # "the following decade" after a year is the decade after that year's; after a decade, the next
        ("Ghana and Togo signed the accord in April 2005. The bargain began to fray in the following decade.",
         "2026-02-09", [[("April 2005", "2005-04")], [("the following decade", "201")]]),
        ("For most of the 1990s, the border was quiet. The bargain began to fray in the following decade.",
         "2026-02-09", [[("the 1990s", "199")], [("the following decade", "200")]]),
        ("The 2000s were a decade of trade. Commerce between Ghana and Togo rose from 2000 to 2010, officials "
         "said. The bargain began to fray in the following decade.", "2026-02-09",
         [[("The 2000s", "200"), ("a decade", None)], [("2000", "2000"), ("2010", "2010")],
          [("the following decade", "201")]]),
        ("The bargain between Ghana and Togo began to fray in the following decade.", "2026-02-09",
         [[("the following decade", None)]]),
        # a weekend is its ISO week, by the clause's tense; "the night before" counts from a time named before
        ("Saudi Arabia and Iran held talks in Muscat over the weekend, the ministry said.", "2026-03-09",
         [[("the weekend", "2026-W10")]]),
        ("Kenya and Somalia will meet in Nairobi over the weekend.", "2026-03-09", [[("the weekend", "2026-W11")]]),
        ("Ghana and Togo met last weekend to discuss the border.", "2026-03-08", [[("last weekend", "2026-W09")]]),
        ("On 3 March, Thai troops fired on the post. The army said drones had crossed the border the night before.",
         "2026-03-09", [[("3 March", "2026-03-03")], [("the night before", "2026-03-02")]]),
        ("The spokesperson said Thai drones had crossed into Oddar Meanchey province the night before.", "2026-03-09",
         [[("the night before", None)]]),
        ("The drones crossed the night before the vote.", "2026-03-09", [[("the night", None)]]),
        # a feast the tagger leaves out: Nowruz is a March; a moving feast keeps a null period
        ("The spokesman said Tehran would send a delegation to Riyadh after Nowruz.", "2026-03-04",
         [[("Nowruz", "2026-03")]]),
        ("The two sides agreed to resume talks after Eid al-Fitr.", "2026-03-04", [[("Eid al-Fitr", None)]]),
        ("The Easter Island talks resumed.", "2026-03-04", [[]]),
    ],
)
def test_timex_year_ranges_decades_counts_later_and_invitations(extractor: Any, text: str, day: str,
                                                                 expected: list[Any]) -> None:
    claims = _claims(extractor, text, day)
    assert [[(t.text, t.period) for t in c.time] for c in claims] == expected




@pytest.mark.parametrize(
    ("text", "times"),
    [
        # the year a frequency started is a time, as "since 2019" is (the project's own gold, corpus/attribution d5)
        ("The exercise has been held every year since 2019.", [("2019", "2019")]),
        ("The two navies have drilled together each spring since 2021.", [("2021", "2021")]),
        ("Kenya and Somalia have met twice since 2019.", [("2019", "2019")]),
        # an adverb the tagger ran in is cut ("in March alone" stays the month)
        ("Ghana and Togo held talks three times in the first half of this year alone.",
         [("the first half of this year", "2026")]),
        ("Ghana and Togo held talks in March alone.", [("March", "2026-03")]),
        # the word the tagger cut from a possessive unit says which one, as "this summer's problems" keeps it
        ("Malaysia, as this year's chair, will host the summit.", [("this year's", "2026")]),
        ("Malaysia will chair the bloc this year.", [("this year", "2026")]),
        ("Last year's summit in Lusaka ended without a statement.", [("Last year's", "2025")]),
    ],
)
def test_timex_frequencies_adverbs_and_possessive_units(extractor: Any, text: str, times: list[tuple[str, str]]) -> None:
    (claim,) = _claims(extractor, text, "2026-10-14")
    assert [(t.text, t.period) for t in claim.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # an infinitive or bare verb joined to a forward one takes its tense (2026-10-14 is a Wednesday)
        ("The envoy is due to fly to Accra on Sunday and then travel to Lomé on Monday.",
         [("Sunday", "2026-10-18"), ("Monday", "2026-10-19")]),
        ("The ministers are expected to meet in Jakarta on Friday and sign the accord on Monday.",
         [("Friday", "2026-10-16"), ("Monday", "2026-10-19")]),
        ("The envoy will arrive in Nairobi on Thursday and then travel to Kampala on Monday.",
         [("Thursday", "2026-10-15"), ("Monday", "2026-10-19")]),
        # not a past verb joined to it, nor a story in the past
        ("The minister flew to Accra on Sunday and then travelled to Lomé on Monday.",
         [("Sunday", "2026-10-11"), ("Monday", "2026-10-12")]),
        # a plan in an absolute phrase looks forward: its season is the next one
        ("Accra and Lomé agreed to reopen the border, with the Togolese president expected to visit Accra in the spring.",
         [("the spring", "2027")]),
        ("With elections expected in the spring, the party is rebuilding its base.", [("the spring", "2027")]),
        # "the rest of" the unit is what is left of the current one, also in a past clause (not where
        # the sentence names another time it may be left of)
        ("The airline cancelled its flights to Lomé for the rest of the month.", [("the rest of the month", "2026-10")]),
        ("Troops will stay at the border for the rest of the year.", [("the rest of the year", "2026")]),
        ("In 2019, the airline cancelled its flights for the rest of the year.",
         [("2019", "2019"), ("the rest of the year", None)]),
    ],
)
def test_timex_joined_infinitives_absolute_plans_and_the_rest_of(extractor: Any, text: str,
                                                                 times: list[tuple[str, str | None]]) -> None:
    (claim,) = _claims(extractor, text, "2026-10-14")
    assert [(t.text, t.period) for t in claim.time] == times


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        # how long something lasted is no time, nor how long it has been since the like of a superlative
        ("From 5:30 p.m. for approximately 40 minutes, the foreign minister held a telephone talk with his Thai counterpart.",
         "2026-04-09", [("5:30 p.m.", None)]),
        ("The two leaders met for several hours at the airport on Monday.", "2026-04-09", [("Monday", "2026-04-06")]),
        ("The closure of the Torkham crossing lasted nearly five weeks.", "2026-04-09", []),
        ("The Kenyan pavilion would be the largest in a decade, the organisers said.", "2026-04-09", []),
        ("It was the first visit to Seoul by a Japanese prime minister in 12 years.", "2026-04-09", []),
        # ... while a time counted from another, or within which something happens, stays
        ("Nairobi protested within hours of the vote.", "2026-04-09", [("hours", None)]),
        ("Two weeks ago the ministers met in Accra.", "2026-04-09", [("Two weeks ago", "2026-W13")]),
        ("Prices have risen sharply in a decade.", "2026-04-09", [("a decade", None)]),
        # how long since a first, also on the verb's object, or the span a "never" scopes; how long a thing went on;
        # a span the tagger ran across "and" into days counted from an event; "past" a year names it
        ("Ghana launched its first weather satellite in almost two decades on Monday.", "2026-04-09",
         [("Monday", "2026-04-06")]),
        ("In three decades at the ministry I never saw Accra and Lomé so far apart.", "2026-04-09", []),
        ("The accord, signed in 2019 after almost a decade of talks, takes effect in June.", "2026-04-09",
         [("2019", "2019"), ("June", "2026-06")]),
        ("Togo recalled its envoy on Monday, its first such step in nearly three years and days after the summit.",
         "2026-04-09", [("Monday", "2026-04-06")]),
        ("Few expect the customs union to survive past 2031.", "2026-04-09", [("past 2031", "2031")]),
        # near misses: a first to come in a count of units may be when; "past" a number is a level
        ("Kenya will hold its first census in two years.", "2026-04-09", [("two years", "2028")]),
        # a streak with "running" or "in a row", whether the tagger takes it or not
        ("Ghana topped the ranking for the fifth year running.", "2026-04-09", []),
        ("Exports to Vietnam rose for the second year in a row.", "2026-04-09", []),
        ("The ministers will meet again for the third year running in Accra.", "2026-04-09", []),
        # the days of a range the tagger cut from their month take it
        ("Minister Ochieng noted that the Community would hold its next summit in Arusha from 26 to 28 October, "
         "and that Kenya hoped Uganda would take part in the related meetings.",
         "2026-04-09", [("26", "2026-10-26"), ("28 October", "2026-10-28")]),
        # a season of a year the tagger cut or left out is one time with it
        ("Relations froze again in the autumn of 2025, after the visit.", "2026-04-09", [("the autumn of 2025", "2025")]),
        ("In the autumn of 2025, Algeria froze its cooperation with Paris.", "2026-04-09", [("the autumn of 2025", "2025")]),
        # a season after a deadline's preposition, in a clause not in the past, is the next one; the end of a season
        # is its year
        ("He said the alliance was unlikely to return to the issue before the spring.", "2026-07-08", [("the spring", "2027")]),
        ("Tehran hoped flights could be increased to daily service by the end of the summer.", "2026-07-08",
         [("the end of the summer", "2026")]),
        ("The talks had collapsed before the spring, officials said.", "2026-07-08", [("the spring", "2026")]),
        # "until" a day, after a present perfect, looks forward (2026-07-08 is a Wednesday); not after a past
        ("The mediators have adjourned the session until Saturday morning.", "2026-07-08",
         [("Saturday morning", "2026-07-11")]),
        ("The government has extended the curfew in Juba until Friday.", "2026-07-08", [("Friday", "2026-07-10")]),
        ("The mediators had adjourned the session until Saturday.", "2026-07-08", [("Saturday", "2026-07-04")]),
        ("The ministers adjourned until Saturday.", "2026-07-08", [("Saturday", "2026-07-04")]),
        # a deadline in what a writer rates, or under a "'d" that is "would", is the next such month; so is a day after
        # a "by" the parser took for a passive's agent
        ("I'd give 40% to a ceasefire in Darfur before the end of April.", "2026-10-15", [("the end of April", "2027-04")]),
        ("We put the odds of a snap election before May at one in four.", "2026-10-15", [("May", "2027-05")]),
        ("The accord on fishing rights will be signed by June 30.", "2026-11-20", [("June 30", "2027-06-30")]),
        # ... and a month after a bound that the tagger left out, quoted with its full stop
        ('The president said the referendum would take place "no later than July."', "2026-10-15",
         [("no later than July", "2027-07")]),
        # "the same evening" counts from the time named before; an ordinal on a noun is no day
        ('On Tuesday, Nairobi recalled its envoy, a step Kampala called "regrettable" in a statement released the same '
         "evening.", "2026-04-09", [("Tuesday", "2026-04-07"), ("the same evening", "2026-04-07")]),
        ("The EU will probably not agree its 22nd aid package before the summit.", "2026-11-20", []),
        # a season a visit is mooted for is planned, as one it is planned for; "the years 2027-2030" two years
        ("A state visit to Accra, mooted for the spring, is unlikely to take place before the summer.", "2026-02-18",
         [("the spring", "2026"), ("the summer", "2026")]),
        ("The two ministries signed a cooperation plan for the years 2027-2030.", "2026-03-06",
         [("2027", "2027"), ("2030", "2030")]),
        # a count of units after "in", not told in the past, is counted ahead from the document's day
        ("The committee is expected to meet again in two weeks.", "2026-11-25", [("two weeks", "2026-W50")]),
        ("Talks in Doha will resume in three days.", "2026-11-25", [("three days", "2026-11-28")]),
        ("The embassy in Juba will reopen in six months' time.", "2026-11-25", [("six months' time", "2027-05")]),
        ("Trade between the two neighbours doubled in two years.", "2026-11-25", [("two years", None)]),
    ],
)
def test_timex_durations_streaks_split_ranges_seasons_and_until(extractor: Any, text: str, day: str,
                                                                 times: list[tuple[str, str | None]]) -> None:
    (claim,) = _claims(extractor, text, day)
    assert [(t.text, t.period) for t in claim.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a projection's object looks forward, also in the past tense (not the day it was made, nor "had projected")
        ("The minister said the ministry projected exports of up to 4 million tonnes a month through the port "
         "between April and September.", [("April", "2026-04"), ("September", "2026-09")]),
        ("Analysts predicted a recession in September.", [("September", "2026-09")]),
        ("The ministry projected in February that exports would rise.", [("February", "2026-02")]),
        ("The ministry had projected exports of 2 million tonnes in February.", [("February", "2026-02")]),
        # a condition backshifted in reported speech looks forward with its "would" (not "would have")
        ("An official said Ankara would not rule out further operations if integration did not advance by the autumn.",
         [("the autumn", "2026")]),
        ("An official said Ankara would have acted if talks had failed by the autumn.", [("the autumn", None)]),
        ("Ankara launched operations after talks failed in the autumn.", [("the autumn", "2025")]),
        # a bare unit that says how long is no time: what something takes, or a verb's object the tagger ran in
        ('"Inspections will take hours, not weeks," he said.', []),
        ("The repairs took weeks.", []),
        ("Accra and Lomé signed the accord on March 5, officials said, ending months of shuttle diplomacy by Abuja.",
         [("March 5", "2026-03-05")]),
        ("The two sides reopened the crossing, officials said, ending years of closure.", []),
        ("The envoy has spent weeks on the phone with both presidents.", []),
        ("The signing follows weeks of tension in the port.", [("weeks", None)]),
        ("The talks could resume within weeks.", [("weeks", None)]),
        ("Officials expect a deal in the coming months.", [("the coming months", None)]),
    ],
)
def test_timex_projections_backshifted_conditions_and_how_long(extractor: Any, text: str,
                                                                times: list[tuple[str, str | None]]) -> None:
    (claim,) = _claims(extractor, text, "2026-03-10")
    assert [(t.text, t.period) for t in claim.time] == times


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        # a chance or likelihood in reported speech, its "was" backshifted, looks forward from the statement
        ("Another said there was a slim chance of a deal with the bloc before the summit in Abuja on 14 December.",
         "2026-12-04", [("14 December", "2026-12-14")]),
        ("Diplomats said a deal was possible before the summit on 14 December.", "2026-12-04",
         [("14 December", "2026-12-14")]),
        ("An analyst said the group was unlikely to raise output before the fourth quarter.", "2026-03-03",
         [("the fourth quarter", "2026")]),
        ("Diplomats said the summit was held on 14 December.", "2026-12-04", [("14 December", "2025-12-14")]),
        ("The minister said there had been a chance of a deal before the summit on 14 December.", "2026-12-04",
         [("14 December", "2025-12-14")]),
        ("There was a slim chance of a deal before the summit on 14 December, but it passed.", "2026-12-04",
         [("14 December", "2025-12-14")]),
        ("The minister warned that a new wave of arrivals was possible if conditions deteriorated after the upheaval "
         "in January.", "2026-04-21", [("January", "2026-01")]),
        # decades ago are counted back; "the coming year" spans two calendar years
        ("When I served in Nairobi a decade ago, the question of water came up in every meeting.", "2025-10-14",
         [("a decade ago", "2015")]),
        ("The dam was first proposed two decades ago.", "2025-10-14", [("two decades ago", "2005")]),
        ("Some expected Asmara to deepen ties with Riyadh over the coming year.", "2026-01-22",
         [("the coming year", None)]),
        ("Officials expect a deal in the coming week.", "2025-10-14", [("the coming week", "2025-W43")]),
        # a range of two months the tagger stopped at "and": the second month and its year
        ("The Council expressed concern over clashes near Abyei in late January and early February 2026.", "2026-02-09",
         [("late January", "2026-01"), ("early February 2026", "2026-02")]),
        ("Talks are planned for late March and early April.", "2026-02-09",
         [("late March", "2026-03"), ("early April", "2026-04")]),
    ],
)
def test_timex_backshifted_chances_decades_and_two_months(extractor: Any, text: str, day: str,
                                                          times: list[tuple[str, str | None]]) -> None:
    (claim,) = _claims(extractor, text, day)
    assert [(t.text, t.period) for t in claim.time] == times


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        # how long, by how much, a period's length and how long something went on are no times
        ("The military said the missiles flew for about two hours before splashing into the sea.", "2026-01-20", []),
        ("The agreement, signed after more than 25 years of negotiations, enters a decisive phase.", "2026-01-20", []),
        ("Two decades of war have left the border region in ruins.", "2026-01-20", []),
        ("A referral to the court could delay everything by two years.", "2026-01-20", []),
        ("Deliveries of the corvettes have slipped by years, the navy admitted.", "2026-01-20", []),
        ("It would eliminate tariffs on most trade over a period of up to 15 years.", "2026-01-20", []),
        ("The lines to Sudan, he says, have been ready for months.", "2026-01-20", []),
        ("The minister said it was the first word in years.", "2026-01-20", []),
        ("The ceasefire collapsed within two years of the agreement.", "2026-01-20", [("two years", None)]),
        ("The signing follows weeks of tension in the port.", "2026-01-20", [("weeks", None)]),
        ("The 2001 agreement was followed by years of hostility.", "2026-01-20", [("2001", "2001"), ("years", None)]),
        ("Ghana will vote by 2027, the commission said.", "2026-01-20", [("2027", "2027")]),
        # a vote count, figures of speech and a plan's horizon name no time
        ("Diplomats said the E3 expected between 20 and 24 votes in favour.", "2026-01-20", []),
        ("The council will meet between 20 and 24 January.", "2026-01-20",
         [("20", "2026-01-20"), ("24 January", "2026-01-24")]),
        ("The Sudanese wanted both, depending on the week.", "2026-01-20", []),
        ('"The days when one capital decided our budget are over."', "2026-01-20", []),
        ("Those days are gone, the minister said.", "2026-01-20", []),
        ("The days ahead will be difficult for the government.", "2026-01-20", [("The days", None)]),
        ("Member states reaffirmed the 2030 Agenda for Sustainable Development.", "2026-01-20", []),
        ("Kenya signed the 2015 Paris Agreement.", "2026-01-20", [("2015", "2015")]),
        # a half-year, year-end, the new year ahead, a range of years in short, the end of a period
        ("Brazil will ratify the text in its Congress during the second semester.", "2026-01-20",
         [("the second semester", "2026")]),
        ("Growth slowed in the second semester, the central bank said.", "2026-01-20", [("the second semester", None)]),
        ("The Commission hopes to close the chapter on energy with Montenegro by year-end.", "2026-12-05",
         [("year-end", "2026")]),
        ("The minister is expected to give evidence to the Committee again in the new year.", "2026-12-05",
         [("the new year", "2027")]),
        ("Talks resumed in the new year, officials said.", "2026-12-05", [("the new year", None)]),
        # what is ruled out, or not, is ahead whatever the verb's tense or negation (not "had ruled out")
        ("They did not rule out further openings in the new year.", "2026-12-05", [("the new year", "2027")]),
        ("Colombo has not ruled out new talks with the lenders in the new year.", "2026-12-05",
         [("the new year", "2027")]),
        ("Hanoi would not rule out a second round in the new year.", "2026-12-05", [("the new year", "2027")]),
        ("Ankara had ruled out talks with the group in the new year.", "2026-12-05", [("the new year", None)]),
        ("Kenya did not sign the accord in the new year.", "2026-12-05", [("the new year", None)]),
        ("The two Koreas remain technically at war since the 1950-53 Korean War ended.", "2026-01-20",
         [("1950", "1950"), ("53", "1953")]),
        ("The UK may miss its climate finance commitment for the period ending in March 2026.", "2026-01-20",
         [("the period ending in March 2026", "2026-03")]),
        # the first day of a range taken for a number, a day of the month alone, a weekday run into a time
        ("EU leaders gather in Brussels on 17 and 18 December for the summit.", "2026-12-05",
         [("17", "2026-12-17"), ("18 December", "2026-12-18")]),
        ("Lula will travel to Montevideo on the 17th, a day early, his office said.", "2026-12-05",
         [("the 17th", "2026-12-17")]),
        ("The delegation waited on the 17th floor of the ministry.", "2026-12-05", []),
        ("Manila lodged its 63rd diplomatic protest of the year on Wednesday.", "2026-12-05",
         [("the year", None), ("Wednesday", "2026-12-02")]),
        # a chance quoted whole, backshifted outside the quotation; a participle on a past verb's subject
        ('A British trade official said there was "a realistic possibility" of signature in January instead.',
         "2026-12-05", [("January", "2027-01")]),
        ("The envoy, speaking in Nairobi in the autumn, warned that the truce was fragile.", "2026-02-05",
         [("the autumn", "2025")]),
        ("The minister, speaking at the summit in the autumn, will present the plan.", "2026-02-05",
         [("the autumn", None)]),
    ],
)
def test_timex_amounts_figures_half_years_short_ranges_and_split_days(extractor: Any, text: str, day: str,
                                                                       times: list[tuple[str, str | None]]) -> None:
    (claim,) = _claims(extractor, text, day)
    assert [(t.text, t.period) for t in claim.time] == times


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        # how long since a superlative whose "most" hangs on its adjective; a part of a thing; a kind of year
        ("Mediators said the talks were the most serious attempt in more than a year to halt the war.", "2026-03-10",
         []),
        ("It was the least costly option in a decade, the treasury said.", "2026-03-10", []),
        ("Prices have risen sharply in more than a year, traders said.", "2026-03-10", [("more than a year", None)]),
        ("It is time to remember the first half of that phrase.", "2026-03-10", []),
        ("The second half of the report deals with fisheries.", "2026-03-10", []),
        ("Exports will slow in the second half of the year.", "2026-03-10", [("the second half of the year", "2026")]),
        ("The ceasefire held for the first half of the month.", "2026-03-10",
         [("the first half of the month", None)]),
        ("The dam could become harder to manage in a dry year, and 2027 may well be one.", "2026-03-10",
         [("2027", "2027")]),
        # how long a thing lasts, as a hyphenated modifier, is no time (the count alone may be one)
        ("Beijing supported a six-month technical rollover, and Paris a full twelve-month renewal.", "2026-03-10", []),
        ("Colombo imposed a one-year moratorium on foreign research vessels.", "2026-03-10", []),
        ("The two-day meeting in Nuku'alofa opens on Monday.", "2026-03-10", [("Monday", "2026-03-16")]),
        ("The mandate expires in six months.", "2026-03-10", [("six months", "2026-09")]),
    ],
)
def test_timex_superlatives_parts_of_things_kinds_of_year_and_lengths(extractor: Any, text: str, day: str,
                                                                    times: list[tuple[str, str | None]]) -> None:
    (claim,) = _claims(extractor, text, day)
    assert [(t.text, t.period) for t in claim.time] == times


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        # a fortnight named relatively, which the tagger leaves out, is a vague time
        ("He said that, without a ceasefire within the next fortnight, the situation would deteriorate.", "2026-11-24",
         [("the next fortnight", None)]),
        ("Prices have doubled over the past fortnight.", "2026-11-24", [("the past fortnight", None)]),
        ("The ferry sails once a fortnight.", "2026-11-24", []),
        # a fiscal year, a decade after two bounds, this decade
        ("Tokyo will provide patrol vessels by the end of fiscal year 2027.", "2026-11-19",
         [("the end of fiscal year 2027", "2027")]),
        # "fiscal" alone before its year, as "fiscal year"; the end of a fiscal year in a month without its year: the next one
        ("Canberra intends to double its aid to Fiji by fiscal 2028.", "2026-11-19", [("fiscal 2028", "2028")]),
        ("Lima hopes the quota will be lifted before the end of the fiscal year in March.", "2026-11-19",
         [("the end of the fiscal year in March", "2027-03")]),
        ("The judges found that Belize had governed the cays since at least the 1920s.", "2026-10-14",
         [("at least the 1920s", "192")]),
        ("I would be surprised if the dispute is solved this decade, she said.", "2026-06-12",
         [("this decade", "202")]),
        ("Growth will slow over the next decade.", "2026-06-12", [("the next decade", None)]),
        # the first day of a range the tagger ran into its "and"
        ("Fidan said the leaders were likely to meet at the summit, which Turkey hosts on July 7 and 8.", "2026-06-12",
         [("July 7", "2026-07-07"), ("8", "2026-07-08")]),
        # a season naming the noun after a bound is a deadline ahead, as the season after it is
        ("He cautioned, however, that it was unlikely to happen before the European Parliament's summer recess.",
         "2026-03-19",
         [("summer", "2026")]),
        ("The talks stalled during the summer recess, aides said.", "2026-03-19", [("the summer", "2025")]),
    ],
)
def test_timex_fortnights_fiscal_years_decades_split_ranges_and_recesses(extractor: Any, text: str, day: str,
                                                                       times: list[tuple[str, str | None]]) -> None:
    (claim,) = _claims(extractor, text, day)
    assert [(t.text, t.period) for t in claim.time] == times


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "later in the day" counts from the day named before, as "later that day" does
        ("Fidan and Gerapetritis spoke by phone on Thursday morning, according to diplomatic sources. "
         "Fidan told reporters in Ankara later in the day that the talks had been useful.",
         [("later in the day", "2026-06-11")]),
        # ... but not from a day after the document's, in a clause told in the past
        ("The ministers agreed that delegations would meet in Athens on June 24. "
         "Fidan told reporters in Ankara later in the day that the talks had been useful.",
         [("later in the day", None)]),
        # ... from the last day before it that is not after the document's, past a later one between
        ("Fidan and Gerapetritis spoke by phone on Thursday morning, according to diplomatic sources. "
         "They agreed that delegations would meet in Athens on June 24. "
         "Fidan told reporters in Ankara later in the day that the talks had been useful.",
         [("later in the day", "2026-06-11")]),
        ("The Kenyan and Somali foreign ministers met in Nairobi on Tuesday. "
         "They said a joint commission would convene on June 30. "
         "Later that evening, the Somali minister flew back to Mogadishu.",
         [("Later that evening", "2026-06-09")]),
        ("The Kenyan and Somali foreign ministers met in Nairobi on Tuesday. "
         "They said a joint commission would convene on June 30. "
         "The commission will report to both cabinets later that day.",
         [("later that day", "2026-06-30")]),
        ("Ministers said the Athens talks would open on June 24. "
         "Fidan will address the delegations later in the day.",
         [("later in the day", "2026-06-24")]),
    ],
)
def test_timex_later_in_the_day(extractor: Any, text: str, expected: list[Any]) -> None:
    claim = _claims(extractor, text, "2026-06-12")[-1]
    assert [(t.text, t.date) for t in claim.time] == expected


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        # a plan or likelihood backshifted in reported speech looks forward from the statement
        ("He said member states were divided and that no deal was likely before the June review.", "2026-03-19",
         [("June", "2026-06")]),
        ("He said member states were divided and that the deal was signed before the June review.", "2026-03-19",
         [("June", "2025-06")]),
        ("Diplomats said a vote was scheduled for Friday afternoon.", "2026-11-12", [("Friday afternoon", "2026-11-13")]),
        ("Diplomats said a vote had been scheduled for Friday afternoon.", "2026-11-12",
         [("Friday afternoon", "2026-11-06")]),
        ("Diplomats said the vote was held on Friday.", "2026-11-12", [("Friday", "2026-11-06")]),
        # the day declared a holiday is ahead, not the day of the declaring
        ("The prime minister called the ruling a relief and declared Thursday a public holiday.", "2026-10-14",
         [("Thursday", "2026-10-15")]),
        ("The government declared Friday a day of national mourning.", "2026-10-14", [("Friday", "2026-10-16")]),
        ("The government declared on Friday that the crisis was over.", "2026-10-14", [("Friday", "2026-10-09")]),
    ],
)
def test_timex_backshifted_plans_and_declared_days(extractor: Any, text: str, day: str,
                                                   times: list[tuple[str, str | None]]) -> None:
    (claim,) = _claims(extractor, text, day)
    assert [(t.text, t.period) for t in claim.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # how often is no time, the count with its unit or left before it
        ("Traders from Tachira cross the bridge twice a week to sell coffee in Cúcuta.", []),
        ("The joint commission meets three times a year in Arusha.", []),
        ("The two leaders now speak by phone once a month.", []),
        ("The envoy visited Juba twice in a week.", [("a week", None)]),
        # over how long a sum is spent, no time (not "over the past five years")
        ("Wellington will commit NZ$200 million over five years to the regional fund.", []),
        ("The fund grew by a third over the past five years.", [("the past five years", None)]),
        # a count of numbers before a noun outside it measures it ("two or three more winters")
        ("It may take two or three more winters before the glaciers recover.", []),
        ("It will take two or three weeks to repair the bridge.", [("two or three weeks", None)]),
        # a figure of speech: the same verb for today and tomorrow, one clause the other's subject
        ("What hits Lithuania today will hit Poland tomorrow, the Polish premier said.", []),
        ("What happens in Gaza today will happen in Lebanon tomorrow, the envoy warned.", []),
        ("The ministers will meet today and sign the accord tomorrow.", [("today", "2026-10-14"), ("tomorrow", "2026-10-15")]),
        # a unit denied beside another is no time; the one kept stays
        ("The minister said farmers would be paid within weeks, not months.", [("within weeks", None)]),
        ("The talks could end within days or weeks.", [("days", None), ("weeks", None)]),
        # "seasonal" is no time
        ("The cartel cited the seasonal drop in demand for heating oil.", []),
    ],
)
def test_timex_frequencies_sums_over_years_counts_figures_and_denied_units(extractor: Any, text: str,
                                                                          times: list[tuple[str, str | None]]) -> None:
    (claim,) = _claims(extractor, text, "2026-10-14")
    assert [(t.text, t.period) for t in claim.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # "most of" or "much of" the unit is the current one, as "the rest of" it is, also in the past
        ("Kazakhstan has pumped well above its quota for most of the year.", [("most of the year", "2026")]),
        ("Kenya's parliament sat for much of the month without a quorum.", [("much of the month", "2026-10")]),
        ("The airline cancelled its flights for the rest of the month.", [("the rest of the month", "2026-10")]),
        # unless the sentence names another time it may be of
        ("In 2019, the pipeline stayed shut for most of the year.", [("2019", "2019"), ("most of the year", None)]),
    ],
)
def test_timex_most_of_the_unit(extractor: Any, text: str, times: list[tuple[str, str | None]]) -> None:
    (claim,) = _claims(extractor, text, "2026-10-14")
    assert [(t.text, t.period) for t in claim.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # the week of a day named is that day's ISO week, no day
        ("The Canberra dialogue is now pencilled in for the week of 9 February, a Fijian official said.",
         [("the week of 9 February", None, "2027-W06")]),
        ("The two delegations met in the week of 12 October, officials in Suva said.",
         [("the week of 12 October", None, "2026-W42")]),
        # "by the end of the day": the document's day, not in a past clause; the idiom "At the end of the day," none
        ("Lula told the plenary that Brasília and Pretoria would table a joint proposal by the end of the day.",
         [("the end of the day", "2026-10-14", "2026-10-14")]),
        ("Kenya expects a reply from Addis Ababa by the end of the day.",
         [("the end of the day", "2026-10-14", "2026-10-14")]),
        ("At the end of the day, the ministers in Lima want a deal on debt.", []),
        ("But at the end of the day, it is Pretoria that decides.", []),
        ("The talks in Doha broke up at the end of the day without a text.", [("the end of the day", None, None)]),
        # a past expectation is of what is expected: the current year's half, the month nearest the document's day
        ("Fonterra said this month that it expected stronger sales in China in the second half of the year.",
         [("this month", None, "2026-10"), ("the second half of the year", None, "2026")]),
        ("The ministry anticipated a surge in arrivals from Fiji by the end of the year.",
         [("the end of the year", None, "2026")]),
        ("Analysts in Santiago had expected a rate cut in the first half of the year.",
         [("the first half of the year", None, None)]),
        ("Exports to Chile fell in the second half of the year.", [("the second half of the year", None, None)]),
        # what a statement of the document's year reports, backshifted, names that year's end
        ("The Qatari envoy told reporters in Doha on Monday that he saw room for a truce before the end of the year.",
         [("Monday", "2026-10-12", "2026-10-12"), ("the end of the year", None, "2026")]),
    ],
)
def test_timex_weeks_of_a_day_the_end_of_the_day_and_past_expectations(extractor: Any, text: str,
                                                                     times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-10-14")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a condition's clause in the past tells what came before, not what the future clause looks to
        ("Forum leaders will gather on Friday after the Solomon Islands government said on Sunday that it would"
         " not issue visas.", [("Friday", "2026-10-16", "2026-10-16"), ("Sunday", "2026-10-11", "2026-10-11")]),
        ("The envoys will return to Doha on Friday after the talks collapsed on Tuesday.",
         [("Friday", "2026-10-16", "2026-10-16"), ("Tuesday", "2026-10-13", "2026-10-13")]),
        # one in the present looks forward with it
        ("The ministers will meet again once the experts finish their report on Thursday.",
         [("Thursday", "2026-10-15", "2026-10-15")]),
        ("The union will strike if the levies are not suspended by Friday.", [("Friday", "2026-10-16", "2026-10-16")]),
    ],
)
def test_timex_weekdays_in_past_conditions(extractor: Any, text: str,
                                           times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-10-14")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a weekday with a month in the same phrase is in that month: which one it was is not told
        ("On a grey Tuesday in February, the Kenyan envoy sat in the lobby of a hotel in Nairobi.",
         [("Tuesday", None, "2026-02"), ("February", None, "2026-02")]),
        ("The accord was signed on a Friday in March 2019.", [("Friday", None, "2019-03"), ("March 2019", None, "2019-03")]),
        ("The envoys will meet on a Thursday in November, officials in Lima said.",
         [("Thursday", None, "2026-11"), ("November", None, "2026-11")]),
        # not a place after it, nor a month of a noun
        ("The talks in Lusaka resumed on Tuesday in Geneva.", [("Tuesday", "2026-03-03", "2026-03-03")]),
        ("The bank said on Monday in its March report that exports from Chile had stalled.",
         [("Monday", "2026-03-09", "2026-03-09"), ("March", None, "2026-03")]),
    ],
)
def test_timex_weekdays_in_months(extractor: Any, text: str, times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-03-09")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a range of two years with a dash is its two ends, also in a name the tagger leaves out, and with an en dash
        ("- Work Plan 2026-2028 on Defence Industry Cooperation;", [("2026", None, "2026"), ("2028", None, "2028")]),
        ("The ministers adopted a work plan for 2026–28 on defence cooperation.",
         [("2026", None, "2026"), ("28", None, "2028")]),
        ("The envoys signed the Joint Programme 2026–2030 for Maritime Safety in Suva.",
         [("2026", None, "2026"), ("2030", None, "2030")]),
        ("The plan will run from 2026 to 2028, officials in Jakarta said.", [("2026", None, "2026"), ("2028", None, "2028")]),
        # not a score, nor an amount
        ("The score in Nairobi was 3–1 at half time.", []),
        ("Fiji's exports of sugar fell to 1850-1900 tonnes a week.", []),
    ],
)
def test_timex_year_ranges_with_a_dash(extractor: Any, text: str, times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-11-16")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # in a past clause, a part of "the year" is of the earlier year the story told just before or in the sentence
        ("Then came 2018. In July of that year, the Ethiopian prime minister flew to Asmara. Within weeks the two"
         " countries had reopened embassies. By the end of the year, he recalls, most of them had closed again.",
         [("2018", None, "2018"), ("July of that year", None, "2018-07"), ("weeks", None, None),
          ("the end of the year", None, "2018")]),
        ("In 2019, Chile and Peru signed a fisheries accord, but by the end of the year the patrols had stopped.",
         [("2019", None, "2019"), ("the end of the year", None, "2019")]),
        ("The talks in Doha collapsed in March 2021. By the middle of the year, the Taliban had taken most provinces.",
         [("March 2021", None, "2021-03"), ("the middle of the year", None, "2021")]),
        # not with no earlier year before it, nor after a time of the document's year, nor in a clause ahead
        ("The exports of Fiji fell sharply by the end of the year.", [("the end of the year", None, None)]),
        ("Kenya and Uganda signed the accord in March. By the end of the year, the border had reopened.",
         [("March", None, "2026-03"), ("the end of the year", None, None)]),
        ("The treaty was signed in 1998. Trade will double by the end of the year, officials in Lima said.",
         [("1998", None, "1998"), ("the end of the year", None, "2026")]),
    ],
)
def test_timex_the_year_of_a_story_told_before(extractor: Any, text: str,
                                               times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-03-09")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        # a count of a noun after an ordinal, the length of a delay, a streak, the units spent, an era's label and a
        # frequency the tagger cut its "each" from name no time
        ("Judge Elena Marquardt said the line would follow an equidistance course for the first 80 nautical miles.",
         "2026-03-12", []),
        ("The ferry will sail the first 40 kilometres of the route to Tonga under escort.", "2026-03-12", []),
        ("Analysts said a delay of a year or more was possible if Lomé challenged the line.", "2026-03-12", []),
        ("Officials in Nairobi warned of a postponement of six months to the vote.", "2026-03-12", []),
        ("Freight rates for tankers leaving the Gulf rose for a third day on Tuesday.", "2026-03-03",
         [("Tuesday", "2026-03-03", "2026-03-03")]),
        ("The Thai baht fell for a fifth session against the yen.", "2026-03-03", []),
        ("Along the coast of Somaliland, the United Arab Emirates has spent the past decade building a port.",
         "2026-01-21", []),
        ("Qatar has spent the last three years courting the Taliban.", "2026-01-21", []),
        ("The Oslo years followed.", "2026-09-22", []),
        ("Exports to Peru never recovered from the Fujimori years.", "2026-09-22", []),
        ("The second is the ECOWAS summit in Abuja, which meets each December.", "2026-09-02", []),
        ("The council of the Mekong Commission meets every April in Vientiane.", "2026-09-02", []),
        # "the next decade" outside a past clause is ten years ahead, also after a year named before; in the past it counts
        ("The EU and Turkey could sign a customs union by the end of 2028. The odds of membership in the next decade"
         " are close to zero.", "2026-10-01", [("the end of 2028", None, "2028"), ("the next decade", None, None)]),
        ("Exports to Japan doubled in 1995. In the next decade they halved.", "2026-10-01",
         [("1995", None, "1995"), ("the next decade", None, "200")]),
        # near misses: a count of units, a unit of something named, the units as when, an era of no name, a past month
        ("The mission will stay for the first 10 days of the truce in Juba.", "2026-03-12",
         [("the first 10 days", None, None)]),
        ("The delay of last year's vote in Kenya angered the opposition.", "2026-03-12", [("last year's", None, "2025")]),
        ("The talks in Doha are set for the second week of March.", "2026-03-03",
         [("the second week of March", None, "2026-03")]),
        ("Turkey has spent $2bn on the port over the past decade.", "2026-01-21", [("the past decade", None, None)]),
        ("Ties between Chile and Peru have improved in recent years.", "2026-09-22", [("recent years", None, None)]),
        ("The ECOWAS summit in Abuja met in December.", "2026-09-02", [("December", None, "2025-12")]),
    ],
)
def test_timex_counts_delays_streaks_units_spent_eras_and_each_month(extractor: Any, text: str, day: str,
                                                                     times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, day)
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a range the tagger broke, whose second end names its year relatively: the first end takes that year too,
        # without a fraction the tagger ran in before it
        ("The third is the price of fuel in Bamako, which rose by a third between March and May this year.",
         [("March", None, "2026-03"), ("May this year", None, "2026-05")]),
        ("Exports of cocoa from Ghana fell by half between January and April last year.",
         [("January", None, "2025-01"), ("April last year", None, "2025-04")]),
        ("The price of fuel in Bamako rose between March and May last year.",
         [("March", None, "2025-03"), ("May last year", None, "2025-05")]),
        # a range the tagger left out after the amount it took for a time: "by a quarter" is how much, no time
        ("Exports of cocoa from Ghana fell by a quarter between January and March.",
         [("January", None, "2026-01"), ("March", None, "2026-03")]),
        ("Rice exports from Vietnam rose by a fifth between February and April 2025.",
         [("February", None, "2025-02"), ("April 2025", None, "2025-04")]),
        ("Turnout in the Kenyan capital was down by two thirds.", []),
        # near misses: no range, a range with its year
        ("The Ghanaian ministry delayed the decision by a quarter.", []),
        ("A third of the fuel arrived in March, and the rest in May this year.",
         [("March", None, "2026-03"), ("May this year", None, "2026-05")]),
        ("Prices in Accra rose in July and August 2024.", [("July", None, "2024-07"), ("August 2024", None, "2024-08")]),
    ],
)
def test_timex_a_range_whose_second_end_names_its_year_relatively(extractor: Any, text: str,
                                                                   times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-09-02")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # "a decade later" counts ten years from a year named before, in the sentence or the one before
        ("Aalvik joined Norway's foreign service in 1967 and was posted to Nairobi, where he watched the collapse of"
         " the East African Community a decade later.", [("1967", None, "1967"), ("a decade later", None, "1977")]),
        ("The border war ended in 1998. Two decades later, Eritrea and Ethiopia signed a peace deal.",
         [("1998", None, "1998"), ("Two decades later", None, "2018")]),
        # near misses: a count of years, a decade later with nothing before, a comparison
        ("Peru and Ecuador fought over the border in 1995 and made peace three years later.",
         [("1995", None, "1995"), ("three years later", None, "1998")]),
        ("A decade later, the talks in Oslo collapsed.", [("A decade later", None, None)]),
        ("The dam on the Nile will be finished a decade later than planned.", []),
    ],
)
def test_timex_a_decade_later(extractor: Any, text: str, times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-09-22")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        # "that December" after a year named before is the December of that year
        ("He advised the FARC during the Havana talks that produced the 2016 peace accord. President Juan Manuel Santos"
         " later thanked him in Oslo, when he received the Nobel Peace Prize that December.", "2026-09-22",
         [("2016", None, "2016"), ("December", None, "2016-12")]),
        ("The accord was signed in 2016. The Nobel committee honoured Santos that October.", "2026-09-22",
         [("2016", None, "2016"), ("October", None, "2016-10")]),
        # a feast whose day moves keeps its text with no date, also with "the" and "holiday"
        ("She added that the ministry hoped the talks could take place before the Chuseok holiday in late September.",
         "2026-06-11", [("Chuseok holiday", None, None), ("late September", None, "2026-09")]),
        ("Seoul and Tokyo will hold talks after Seollal, officials said.", "2026-01-20", [("Seollal", None, None)]),
        ("Traffic across the border from Thailand will rise during the Songkran holidays.", "2026-01-20",
         [("Songkran holidays", None, None)]),
        # near misses: "that" with no year before, a name the feast opens, a fixed feast
        ("Kenya and Uganda signed the accord that December.", "2026-09-22", [("December", None, "2025-12")]),
        ("Historians in Hanoi still argue over what came after the Tet Offensive.", "2026-01-20", []),
        ("The talks resumed after Christmas, officials in Nairobi said.", "2026-01-20",
         [("Christmas", "2025-12-25", "2025-12-25")]),
    ],
)
def test_timex_that_month_and_moving_feasts(extractor: Any, text: str, day: str,
                                            times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, day)
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # what a present expectation expects looks ahead, also where the parser hangs the infinitive on the object
        ("The ministry expects the ferry to resume service on Friday.", [("Friday", "2026-10-16", "2026-10-16")]),
        ("Kenya's ports ministry expects the ferry to resume sailings by Friday.", [("Friday", "2026-10-16", "2026-10-16")]),
        # near misses: a clause of the object's own, a past perfect, a past expectation told as a story, a plan that failed
        ("The ministry expects the ferry that sank on Friday to be raised within a month.",
         [("Friday", "2026-10-09", "2026-10-09"), ("a month", None, None)]),
        ("The ministry had expected the ferry to resume service on Friday.", [("Friday", "2026-10-09", "2026-10-09")]),
        ("The ministry expected the ferry to resume service on Friday, but it stayed in port.",
         [("Friday", "2026-10-09", "2026-10-09")]),
        ("The ferry was expected to resume service on Monday but did not.", [("Monday", "2026-10-12", "2026-10-12")]),
    ],
)
def test_timex_what_an_expectation_expects(extractor: Any, text: str,
                                         times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-10-13")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a weekday under a past "expected" that reported speech backshifts looks ahead from a statement of the
        # document's week
        ("Thanh said the navy expected the fishing fleet to be back in Ly Son by Thursday.",
         [("Thursday", "2026-10-15", "2026-10-15")]),
        ("A navy spokesman said on Tuesday that the navy expected the fleet to return to port on Friday.",
         [("Tuesday", "2026-10-13", "2026-10-13"), ("Friday", "2026-10-16", "2026-10-16")]),
        ("The port authority said it expected the ferry to resume sailings on Saturday.",
         [("Saturday", "2026-10-17", "2026-10-17")]),
        # near misses: a statement of an earlier week, a past perfect, a habit, an expectation told as a story, a
        # plan that failed, and a month (not moved)
        ("Thanh said last week that the navy expected the fleet to be back by Thursday.",
         [("last week", None, "2026-W41"), ("Thursday", "2026-10-08", "2026-10-08")]),
        ("Thanh said on 2 October that the navy expected the fleet to be back by Thursday.",
         [("2 October", "2026-10-02", "2026-10-02"), ("Thursday", "2026-10-01", "2026-10-01")]),
        ("Thanh said the navy had expected the fishing fleet to be back by Thursday.",
         [("Thursday", "2026-10-08", "2026-10-08")]),
        ("Thanh said the navy usually expected the fleet to be back by Thursday.", [("Thursday", "2026-10-08", "2026-10-08")]),
        ("The navy expected the fishing fleet to be back in port by Thursday.", [("Thursday", "2026-10-08", "2026-10-08")]),
        ("The fleet was expected to arrive in Ly Son on Monday but did not.", [("Monday", "2026-10-12", "2026-10-12")]),
        ("Analysts in Hanoi said they expected the central bank to cut rates in March.", [("March", None, "2027-03")]),
    ],
)
def test_timex_a_weekday_under_a_backshifted_expectation(extractor: Any, text: str,
                                                         times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-10-13")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a backshifted plan joined to a negated "did" or "was" whose verb it leaves out did not happen: the past day
        ("The port authority said the fleet was expected to arrive on Monday but did not.",
         [("Monday", "2026-10-12", "2026-10-12")]),
        ("Officials said the convoy was scheduled to cross on Thursday but did not, because of the rains.",
         [("Thursday", "2026-10-15", "2026-10-15")]),
        ("Kenyan officials said the talks were due to open in Arusha on Wednesday but were not.",
         [("Wednesday", "2026-10-14", "2026-10-14")]),
        # or joined to a negated past verb of happening: "did not take place", "never took place", "did not go ahead"
        ("A Security Council vote on the mandate was scheduled for Friday but did not take place.",
         [("Friday", "2026-10-16", "2026-10-16")]),
        ("The vote was scheduled for Friday but never took place.", [("Friday", "2026-10-16", "2026-10-16")]),
        ("The ministers were due to meet on Friday but the talks did not go ahead.",
         [("Friday", "2026-10-16", "2026-10-16")]),
        ("The rally was planned for Thursday but did not happen because of the rain.",
         [("Thursday", "2026-10-15", "2026-10-15")]),
        # a plan given up or moved, or told as the original one: the nearest such day, on either side
        ("The summit, originally scheduled for October 9, was postponed by a week.",
         [("October 9", "2026-10-09", "2026-10-09"), ("a week", None, None)]),
        ("The vote, first set for Thursday, was delayed because of the storm.", [("Thursday", "2026-10-15", "2026-10-15")]),
        ("The ministerial meeting, scheduled for October 12, was called off after the attack.",
         [("October 12", "2026-10-12", "2026-10-12")]),
        ("The talks, initially planned for October 30, will now open in November.",
         [("October 30", "2026-10-30", "2026-10-30"), ("November", None, "2026-11")]),
        # near misses: no failure told, a verb of its own after "did not", a plan joined to a future
        ("The vote was scheduled for Friday but did not say which draft.", [("Friday", "2026-10-23", "2026-10-23")]),
        ("The vote is scheduled for Friday but may not take place.", [("Friday", "2026-10-23", "2026-10-23")]),
        ("The port authority said the fleet was expected to arrive on Monday.", [("Monday", "2026-10-19", "2026-10-19")]),
        ("Officials said the convoy was scheduled to cross on Thursday and would carry fuel.",
         [("Thursday", "2026-10-22", "2026-10-22")]),
    ],
)
def test_timex_a_plan_that_did_not_happen(extractor: Any, text: str,
                                          times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-10-17")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a time in a fragment with no verb that a guess opens is of what is to come, as in a sentence looking forward
        ('"The two governments are not ready to sit together," he said. "Maybe in the spring. Maybe never."',
         [("the spring", None, "2027")]),
        ("Will the two ministers meet again in Lusaka? Perhaps in the summer.", [("the summer", None, "2027")]),
        ('"Not yet. Maybe in March."', [("March", None, "2027-03")]),
        # near misses: a verb of its own, no guess, a guess denied
        ("Maybe the talks in Lusaka resumed in the spring.", [("the spring", None, "2026")]),
        ("In the spring.", [("the spring", None, None)]),
        ("Maybe not in the spring.", [("the spring", None, None)]),
    ],
)
def test_timex_a_guess_in_a_fragment(extractor: Any, text: str,
                                     times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-10-13")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # "by a quarter" is by how much, no time, and a month the tagger left out opens the range after it
        ("Exports rose by a quarter from June to August, the ministry said.",
         [("June", None, "2026-06"), ("August", None, "2026-08")]),
        ("The central bank delayed the rate decision by a quarter.", []),
        ("Cocoa exports from Ghana fell by a quarter from March to May.",
         [("March", None, "2026-03"), ("May", None, "2026-05")]),
        # near misses: a quarter of the year, a range the tagger found, a fraction with a time of its own
        ("Growth slowed in the second quarter.", [("the second quarter", None, None)]),
        ("Imports from Zambia fell by a third from March to May.", [("March", None, "2026-03"), ("May", None, "2026-05")]),
        ("Output will rise by a quarter next year.", [("next year", None, "2027")]),
    ],
)
def test_timex_by_a_quarter_and_a_range_it_opens(extractor: Any, text: str,
                                                 times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-10-13")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a fixed feast in a story of an earlier year, told in the past or as a future from a past day, is that story's
        ("The first time he saw the border was in June 1998. He was a junior attaché then. He remembers an Eritrean"
         " officer who told him the war would be over by Christmas.",
         [("June 1998", None, "1998-06"), ("Christmas", "1998-12-25", "1998-12-25")]),
        ("The fighting around Goma began in August 2012. The rebels spent Christmas in the hills above the city.",
         [("August 2012", None, "2012-08"), ("Christmas", "2012-12-25", "2012-12-25")]),
        ("Ceasefire talks opened in Kampala in October 2009. Mediators said a deal would be signed before Christmas.",
         [("October 2009", None, "2009-10"), ("Christmas", "2009-12-25", "2009-12-25")]),
        # near misses: a present or future clause, a story of this year, a "would" no past verb reports
        ("The fighting around Goma began in August 2012. The rebels say they will spend Christmas in the hills.",
         [("August 2012", None, "2012-08"), ("Christmas", "2026-12-25", "2026-12-25")]),
        ("Talks resumed last week. Mediators said a deal would be signed before Christmas.",
         [("last week", None, "2026-W10"), ("Christmas", "2026-12-25", "2026-12-25")]),
        ("The fighting around Goma began in August 2012. Analysts say the rebels would withdraw before Christmas if"
         " pressed.", [("August 2012", None, "2012-08"), ("Christmas", "2026-12-25", "2026-12-25")]),
    ],
)
def test_timex_a_feast_in_a_story_of_an_earlier_year(extractor: Any, text: str,
                                                     times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-03-09")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a month in the infinitive of a reported past "expected" looks ahead from a statement of an earlier year
        ("In 2019 the ministry said it expected the central bank to cut rates in March.",
         [("2019", None, "2019"), ("March", None, "2019-03")]),
        ("In 2021, officials in Accra said they expected the refinery to reopen in June.",
         [("2021", None, "2021"), ("June", None, "2021-06")]),
        ("The minister said in 2018 that he expected talks with Togo to resume in May.",
         [("2018", None, "2018"), ("May", None, "2018-05")]),
        # near miss: no earlier year named
        ("Analysts in Hanoi said they expected the central bank to cut rates in March.", [("March", None, "2027-03")]),
    ],
)
def test_timex_a_month_under_a_backshifted_expectation_of_an_earlier_year(
        extractor: Any, text: str, times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-10-13")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a timeline entry's date, part of a year or season with its year, before a colon at the head of its line
        ("Timeline\n\n- 1 September 2025: The OSCE formally winds down the Minsk process.",
         [("1 September 2025", "2025-09-01", "2025-09-01")]),
        ("- Late 2025: Border commissions from Ghana and Togo resume work on delimitation.",
         [("Late 2025", None, "2025")]),
        ("- Spring 2026: Kenya's government plans to present a draft of a new constitution.",
         [("Spring 2026", None, "2026")]),
        ("Mid-2024: Talks between Juba and Khartoum stall over oil fees.", [("Mid-2024", None, "2024")]),
        ("- September 14, 2024: Ghana and Togo sign a border pact.", [("September 14, 2024", "2024-09-14", "2024-09-14")]),
        # near misses: no time before the colon, a year inside a phrase
        ("Late in 2025 the talks in Accra resumed: nobody knows why.", [("2025", None, "2025")]),
        ("The 2025 deadline: missed by both sides.", [("2025", None, "2025")]),
    ],
)
def test_timex_a_timeline_entrys_time_before_its_colon(extractor: Any, text: str,
                                                       times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-03-03")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a day to come no one can name is a figure, no time
        ("The day is not far when India and Pakistan will play a Test in Lahore again.", []),
        ("A day will surely come when the border between Ghana and Togo reopens, the minister said.", []),
        ("The day has come for Kenya and Somalia to settle the maritime dispute.", []),
        # near misses: a day counted from an event, a day named by its event
        ("The day after the vote, Ghana closed the border with Togo.", [("The day", None, None)]),
        ("The day of the vote is near, and Ghana is ready.", [("The day", None, None)]),
    ],
)
def test_timex_a_day_to_come_no_one_can_name(extractor: Any, text: str,
                                             times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-02-07")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        # the year of a citation is no time: an author and a year in brackets, a year in brackets after its authors
        ("Water has long been described as the resource most likely to divide the Fergana valley (Allouche 2007).",
         "2026-03-10", []),
        ("As Keohane (1984) argued, institutions lower the cost of cooperation.", "2026-03-10", []),
        ("Smith and Lee (2021) argue that upstream states hold the advantage.", "2026-03-10", []),
        ("Downstream states have seldom won such disputes (but see Wang 2019; Feldmann 2023).", "2026-03-10", []),
        ("Upstream leverage is often overstated (Smith et al. 2019).", "2026-03-10", []),
        # near misses: a year in brackets that dates something stays a time
        ("The dam was finished late (in 2019) and filled slowly.", "2026-03-10", [("2019", "2019")]),
        ("Since 2019 (when the agreement lapsed), Tajikistan has released less water.", "2026-03-10",
         [("2019", "2019")]),
        ("Observers said the 2021 elections were flawed.", "2026-03-10", [("2021", "2021")]),
        ("Moscow's wars in Georgia (2008) and Ukraine (2014) alarmed its neighbours.", "2026-03-10",
         [("2008", "2008"), ("2014", "2014")]),
        ("The Paris Agreement (2015) set a ceiling on warming.", "2026-03-10", [("2015", "2015")]),
        ("The treaty was signed in Almaty (May 2019) by five leaders.", "2026-03-10", [("May 2019", "2019-05")]),
        # a document's number with its abbreviation, and a score in quotation marks, are no time
        ("The action is taken pursuant to Executive Order 13846 and E.O. 13224, as amended.", "2026-03-10", []),
        ("Fitch gave Egypt an ESG relevance score of '5' for governance.", "2026-03-10", []),
        ("The sanctions were imposed under E.O. 13224 on Tuesday.", "2026-03-10", [("Tuesday", "2026-03-10")]),
        # a year in brackets in a document's symbol is part of its number
        ("Acting under resolution 2744 (2024), the Council renewed the sanctions on Libya.", "2026-03-10", []),
        ("The mandate set out in S/RES/2744 (2024) expires in April.", "2026-03-10", [("April", "2026-04")]),
        ("The Council recalled its communiqué [PSC/PR/COMM.1152 (2025)] on Monday.", "2026-03-10",
         [("Monday", "2026-03-09")]),
    ],
)
def test_timex_citations_document_numbers_and_scores(extractor: Any, text: str, day: str,
                                                     times: list[tuple[str, str | None]]) -> None:
    (claim,) = _claims(extractor, text, day)
    assert [(t.text, t.period) for t in claim.time] == times



@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        # a range of years whose first end the tagger took with "between", and the second it left out: both ends
        ("The dataset holds 214 water-related interactions between 1992 and 2025 coded from the archives.",
         "2026-03-10", [("1992", "1992"), ("2025", "2025")]),
        ("The state recorded 40 border incidents from 2004 to 2014, the ministry said.", "2026-03-10",
         [("2004", "2004"), ("2014", "2014")]),
        # kinds of year, plural, are no time (not "in recent years", "in later years")
        ("The canal will almost certainly reduce flows to Turkmenistan and Uzbekistan in dry years.", "2026-03-10", []),
        ("Reservoirs run low in dry years and overflow in wet years.", "2026-03-10", []),
        ("Farmers have planted less cotton in recent years.", "2026-03-10", [("recent years", None)]),
        ("Exports recovered in later years as prices rose.", "2026-03-10", [("later years", None)]),
    ],
)
def test_timex_ranges_of_years_and_kinds_of_years(extractor: Any, text: str, day: str,
                                                  times: list[tuple[str, str | None]]) -> None:
    (claim,) = _claims(extractor, text, day)
    assert [(t.text, t.period) for t in claim.time] == times



@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        # a fraction the tagger ran into "today" is cut from it; a year after "by" it took for a count is a time
        ("The book predicts that by 2035 India's economy will be roughly half the size of China's, up from about a "
         "fifth today.", "2026-03-10", [("2035", "2035"), ("today", "2026-03-10")]),
        ("The share has fallen to roughly a third today from half in 2010.", "2026-03-10",
         [("today", "2026-03-10"), ("2010", "2010")]),
        ("Officials expect that by 2030 the port will handle twice the cargo.", "2026-03-10", [("2030", "2030")]),
        # "today" the tagger left out is the document's day
        ("The Danish envoy arrives in Kyiv today for talks with President Volodymyr Zelenskyy on the grain corridor.",
         "2026-03-10", [("today", "2026-03-10")]),
        ("The ministry said exports rose by 2030 tonnes in March.", "2026-03-10", [("March", "2026-03")]),
    ],
)
def test_timex_fraction_before_today_and_year_after_by(extractor: Any, text: str, day: str,
                                                       times: list[tuple[str, str | None]]) -> None:
    (claim,) = _claims(extractor, text, day)
    assert [(t.text, t.period) for t in claim.time] == times


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        # a fiscal year, abbreviated or as the period it ends, is named by its end
        ("We forecast government debt to decline to 84% of GDP in FY27 from 89% in FY26.", "2026-03-10",
         [("FY27", "2027"), ("FY26", "2026")]),
        ("The deficit will narrow in FY2026/27, the ministry said.", "2026-03-10", [("FY2026/27", "2027")]),
        ("Receipts will recover in the fiscal year ending June 2027 (FY27), Fitch said.", "2026-03-10",
         [("the fiscal year ending June 2027", "2027-06")]),
        ("Debt will fall to 85% of GDP by the financial year ending March 2027.", "2026-03-10",
         [("the financial year ending March 2027", "2027-03")]),
        ("The FYROM delegation arrived on Monday.", "2026-03-10", [("Monday", "2026-03-09")]),
    ],
)
def test_timex_fiscal_years(extractor: Any, text: str, day: str, times: list[tuple[str, str | None]]) -> None:
    (claim,) = _claims(extractor, text, day)
    assert [(t.text, t.period) for t in claim.time] == times


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        # days in a list that "ever" or "never" closes, the idiom of never, are no time
        ('The negotiator warned that Serbia would not recognise Kosovo\'s independence "today, tomorrow or ever".',
         "2026-03-10", []),
        ("The envoy said Pristina would not give up the north, not today, not tomorrow, not ever.", "2026-03-10", []),
        ("The ministers will meet today or tomorrow in Skopje.", "2026-03-10",
         [("today", "2026-03-10"), ("tomorrow", "2026-03-11")]),
        ("The ministers met today, and officials have never said why.", "2026-03-10", [("today", "2026-03-10")]),
    ],
)
def test_timex_days_or_ever(extractor: Any, text: str, day: str, times: list[tuple[str, str | None]]) -> None:
    (claim,) = _claims(extractor, text, day)
    assert [(t.text, t.period) for t in claim.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # the words the tagger cut from a weekday that make it any such day: a vague time, no date (the document's a
        # Wednesday)
        ("Traffic on the Mombasa road is heavy on a typical Monday morning.", [("a typical Monday morning", None, None)]),
        ("On an ordinary Friday, the market in Kano draws thousands of traders.", [("an ordinary Friday", None, None)]),
        ("The cabinet meets on Mondays in Accra.", [("Mondays", None, None)]),
        # near misses: that day described, that day, a day not described
        ("On a humid Monday morning at the police headquarters, officers gathered.",
         [("a humid Monday morning", "2026-10-12", "2026-10-12")]),
        ("The Kenyan minister arrived in Mombasa on Monday morning.", [("Monday morning", "2026-10-12", "2026-10-12")]),
        ("The Kenyan ministers held a meeting Monday in Nairobi.", [("Monday", "2026-10-12", "2026-10-12")]),
        ("On a hot Thursday in November, a Turkish survey ship slipped out of Mogadishu harbour.",
         [("Thursday", None, "2025-11"), ("November", None, "2025-11")]),
    ],
)
def test_timex_any_such_weekday_has_no_date(extractor: Any, text: str,
                                            times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-10-14")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a season of the weather or of the farm's year after a word of time is a vague time, no date
        ("Farmers in Assam want the embankments repaired before the next monsoon.", [("the next monsoon", None, None)]),
        ("The ministry said the dam would be finished after the rainy season.", [("the rainy season", None, None)]),
        ("Kenya will release grain reserves ahead of the harvest, the minister said.", [("the harvest", None, None)]),
        ("The Taliban are expected to step up attacks in Helmand before the fighting season.",
         [("the fighting season", None, None)]),
        ("The ceasefire is expected to hold through the long rains, the envoy said.", [("the long rains", None, None)]),
        # not the season as a subject, an agent or a noun's qualifier
        ("The monsoon flooded 300 villages in Sindh.", []),
        ("Roads in Kerala were washed away by the monsoon.", []),
        ("Aid agencies warned that the harvest failure in Malawi would push prices up.", []),
    ],
)
def test_timex_seasons_of_the_weather_and_the_harvest_are_vague(extractor: Any, text: str,
                                                                times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-10-14")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a four-digit number before the units or people it counts is no year
        ("Vietnam produced 2030 tonnes of rice for export to the Philippines.", []),
        ("Nigeria has deployed 2025 troops to the border with Niger.", []),
        ("Some 2026 households in Sindh were displaced by the floods.", []),
        ("The floods displaced 1,999 people in Malawi.", []),
        # a year still, after a determiner, a possessive or a word of time, or before another noun
        ("Kenya aims to double exports to Uganda by 2030.", [("2030", "2030")]),
        ("The 2030 target for emissions was set in Paris.", [("2030", "2030")]),
        ("Observers said the 2025 elections in Malawi were peaceful.", [("2025", "2025")]),
        ("In 2025 troops from Rwanda crossed into Congo.", [("2025", "2025")]),
    ],
)
def test_timex_a_year_like_count_of_units_is_no_time(extractor: Any, text: str, times: list[tuple[str, str]]) -> None:
    claims = _claims(extractor, text, "2026-10-14")
    assert [(t.text, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a present after "as of" tells the state of things on that day, no scheduled event: the nearest such day
        ("As of 20 November, Chad hosts more than 1.3 million refugees from Sudan.",
         [("20 November", "2025-11-20")]),
        ("As of 15 October, Uganda hosts 1.9 million refugees, the UNHCR said.", [("15 October", "2025-10-15")]),
        ("As of Friday, the ministry counts 214 deaths from cholera in Borno.", [("Friday", "2025-11-21")]),
        # near misses: a future or a modal after "as of", a scheduled present without it
        ("As of 1 December, Chad will require visas for all arrivals.", [("1 December", "2025-12-01")]),
        ("As of Friday, Chad could close the crossing at Adre.", [("Friday", "2025-11-28")]),
        ("Kenya hosts the regional summit on Friday.", [("Friday", "2025-11-28")]),
    ],
)
def test_timex_as_of_a_day_in_the_present_is_a_status(extractor: Any, text: str, times: list[tuple[str, str]]) -> None:
    claims = _claims(extractor, text, "2025-11-24")
    assert [(t.text, t.date) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # an age in words, a prison term, a count of days after "on" and years after "after" with what they were of
        # name no time
        ("MSF reported a rise in admissions of children under five in the last three weeks.",
         [("the last three weeks", None)]),
        ("Vaccination rates among children under five in Somalia fell in 2025.", [("2025", "2025")]),
        ("The two countries reopened the customs post at Ceuta in early 2025 after years of delays.",
         [("early 2025", "2025")]),
        ("He was sentenced to 12 years in January 2025 on espionage charges.", [("January 2025", "2025-01")]),
        ("The court in Tashkent sentenced the journalist to five years on Monday.", [("Monday", "2026-06-29")]),
        ("Coast guard vessels entered the territorial waters around the islands on 41 days.", []),
        ("Kenya's finance ministry held talks with donors on 3 days in March.", [("March", "2026-03")]),
        # a count of units the tagger ran into a time after it is cut from it
        ("Rezaei was arrested in Antwerp in March 2023 and sentenced to eight years the following year.",
         [("March 2023", "2023-03"), ("the following year", "2024")]),
        ("Ethiopia imprisoned the reporter for two years in 2021.", [("2021", "2021")]),
        # ... also a bare plural unit, and a time named relatively
        ("Rebels blockaded the capital's fuel supplies for weeks last autumn.", [("last autumn", "2025")]),
        ("The envoy was detained for a year last summer.", [("last summer", "2025")]),
        # near misses: a sentence's day, years of something not after "after", counts that are times
        ("The blogger was sentenced in July for extremism.", [("July", "2026-07")]),
        ("The 2001 agreement was followed by years of hostility.", [("2001", "2001"), ("years", None)]),
        ("The talks collapsed two years ago.", [("two years ago", "2024")]),
        ("Tanzania signed the deal in May 2021 and ratified it the following year.",
         [("May 2021", "2021-05"), ("the following year", "2022")]),
    ],
)
def test_timex_ages_prison_terms_counts_of_days_and_a_count_run_into_a_time(
        extractor: Any, text: str, times: list[tuple[str, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-07-01")
    assert [(t.text, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        # a bare season after a word of time, which the tagger leaves out
        ('"I would not expect the numbers to fall before spring," the minister said.', "2026-11-24",
         [("spring", None, "2027")]),
        ("Egypt and Sudan may resume talks before spring.", "2026-11-24", [("spring", None, "2027")]),
        ("Kenya's exports to Uganda fell in spring, the bureau said.", "2026-07-01", [("spring", None, "2026")]),
        # Easter, a feast whose day moves: the next one ahead, the last one told in the past
        ('"I am confident it will happen before Easter," he said.', "2026-11-24",
         [("Easter", "2027-03-28", "2027-03-28")]),
        ("Kenya will review the tariffs after Easter.", "2026-07-01", [("Easter", "2027-03-28", "2027-03-28")]),
        ("The talks in Nairobi collapsed before Easter.", "2026-07-01", [("Easter", "2026-04-05", "2026-04-05")]),
        # the near future: vague
        ('Tehran had no plans to free other Europeans "in the near future", he said.', "2026-03-19",
         [("the near future", None, None)]),
        ("The ceasefire in Sudan is unlikely to hold for the foreseeable future.", "2026-03-19",
         [("the foreseeable future", None, None)]),
        # near misses: a season that names a movement, a season with its year, no future
        ("The Arab Spring toppled governments in Tunisia and Egypt.", "2026-07-01", []),
        ("In spring 2025 the talks resumed in Doha.", "2026-07-01", [("spring 2025", None, "2025")]),
        ("Kenya's future in the bloc is uncertain.", "2026-07-01", []),
        # a season in what a present wish is for, an infinitive with its own subject, is the one ahead
        ("Both capitals want the truce to hold through the autumn.", "2026-05-17", [("the autumn", None, "2026")]),
        ("Both capitals wanted the truce to hold through the autumn.", "2026-05-17", [("the autumn", None, None)]),
    ],
)
def test_timex_bare_seasons_easter_and_the_near_future(extractor: Any, text: str, day: str,
                                                       times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, day)
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        # a time the tagger ran on into how long, after "to", stops at the time
        ('The blogger\'s brother was sentenced in July to seven years in prison for "extremism".', "2026-11-24",
         [("July", None, "2026-07")]),
        ("The court jailed the activist in March to five years, his lawyer said.", "2026-11-24",
         [("March", None, "2026-03")]),
        # a month and day, and a second day with the year of both, the tagger cut in two
        ("On November 29 and 30, 2025, two bombers flew together from the Sea of Japan.", "2026-07-01",
         [("November 29", "2025-11-29", "2025-11-29"), ("30, 2025", "2025-11-30", "2025-11-30")]),
        # a side takes the plural: the plain form of a fixture's verb is a scheduled fixture, ahead (a Tuesday)
        ("India face Sri Lanka in Dubai on Thursday, a match they must win.", "2026-11-24",
         [("Thursday", "2026-11-26", "2026-11-26")]),
        ("Kenya meet Uganda on Saturday in the final.", "2026-11-24", [("Saturday", "2026-11-28", "2026-11-28")]),
        # near misses: a range of months, a count of units ranged, a past spelled as the present
        ("The talks ran from July to September in Doha.", "2026-11-24",
         [("July", None, "2026-07"), ("September", None, "2026-09")]),
        ("Kenya raised the tariff in March to 25 per cent.", "2026-11-24", [("March", None, "2026-03")]),
        ("Ghana beat Nigeria on Saturday in Accra.", "2026-11-24", [("Saturday", "2026-11-21", "2026-11-21")]),
    ],
)
def test_timex_a_time_run_into_a_term_a_second_day_with_its_year_and_fixtures(
        extractor: Any, text: str, day: str, times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, day)
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a year and the next before a noun, a part of a fiscal year abbreviated, and the fiscal year before one named
        ("He hoped the government would fund the project from the 2027/28 budget.", [("2027/28", "2028")]),
        ("Japan intends to hold the first joint exercise under the agreement by the end of FY2026.",
         [("the end of FY2026", "2026")]),
        ("In 2023, Japan and Australia signed the Reciprocal Access Agreement. The Government of Japan intends to hold "
         "the first joint exercise under the agreement by the end of FY2026.",
         [("2023", "2023"), ("the end of FY2026", "2026")]),
        ("Defence spending in FY2025 rose 9.2% over the previous fiscal year.",
         [("FY2025", "2025"), ("the previous fiscal year", "2024")]),
        ("Kenya's budget for 2025 was 8% higher than in the previous financial year.",
         [("2025", "2025"), ("the previous financial year", "2024")]),
        # near misses: a document's number, an abbreviation alone, a year pair not of consecutive years
        ("Resolution 2025/26 of the council was adopted.", []),
        ("Uganda's deficit will narrow to 4% of GDP in FY27.", [("FY27", "2027")]),
        ("Exports fell in the previous fiscal year, the ministry said.", [("the previous fiscal year", None)]),
    ],
)
def test_timex_fiscal_year_pairs_parts_and_the_previous_fiscal_year(extractor: Any, text: str,
                                                                    times: list[tuple[str, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-07-01")
    assert [(t.text, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a bare month in the infinitive of a reported past "expected", also one joined to the reported clause and a
        # phrase quoted whole, looks ahead from a statement of the document's month (a piece of 5 March)
        ('Kenya\'s energy minister said on Wednesday that Nairobi backed the decision but expected its quota to be '
         'revisited "no later than the December meeting."', [("Wednesday", "2026-03-04"), ("December", "2026-12")]),
        ("Kenya's central bank said it expected its rates to be reviewed no later than the December meeting.",
         [("December", "2026-12")]),
        ("Uganda's president said the country backed the plan and expected elections to be held in December.",
         [("December", "2026-12")]),
        # near misses: a statement of an earlier month or week, of an earlier year, a habit, an expectation told as a
        # story, a past event
        ("In November the ministry said it expected rates to be cut in January.",
         [("November", "2025-11"), ("January", "2026-01")]),
        ("The minister said last week that Kenya expected the border to reopen in December.",
         [("last week", "2026-W09"), ("December", "2025-12")]),
        ("In 2019 the ministry said it expected the central bank to cut rates in December.",
         [("2019", "2019"), ("December", "2019-12")]),
        ("The ministry said it usually expected exports to peak in December.", [("December", "2025-12")]),
        ("Officials expected the levy to be scrapped by the October deadline.", [("October", "2025-10")]),
        ("Uganda's central bank cut rates at the December meeting.", [("December", "2025-12")]),
        # a month and day in a clause backshifted in reported speech is the next one, also where the parser takes a
        # word of a list in it for a verb of its own, and an anaphor after it follows it; near miss: a verb joined
        # to the verb of saying by "and"
        ("The agency said in a statement that it would resume sales of enriched uranium, processed ore and fuel rods "
         "to Brazil from Feb. 20. Brasília said it would lift its own curbs within the same month.",
         [("Feb. 20", "2027-02-20"), ("the same month", "2027-02")]),
        ("Norway's fisheries ministry said in a notice that it would reopen quotas for frozen cod, smoked salmon and "
         "herring to Russian trawlers from Feb. 10.", [("Feb. 10", "2027-02-10")]),
        ("The ministry said it would restore exports and resumed talks on Monday.", [("Monday", "2026-03-02")]),
        # the earlier year the main clause is dated in counts "the end of the year" and "next year" of a clause told
        # from then (not one in the future tense)
        ("In 2019 the minister said the refinery would open by the end of the year.",
         [("2019", "2019"), ("the end of the year", "2019")]),
        ("In 2021 Ghana's finance ministry said the new port would be ready next year.",
         [("2021", "2021"), ("next year", "2022")]),
        ("In 2019 the refinery closed, but it will reopen next year.", [("2019", "2019"), ("next year", "2027")]),
    ],
)
def test_timex_a_month_a_reported_past_expectation_looks_ahead_to(extractor: Any, text: str,
                                                                  times: list[tuple[str, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-03-05")
    assert [(t.text, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a negated "would" backshifted in reported speech before a deadline looks forward, no past refusal (a piece of
        # 5 March, a Thursday)
        ("She added that the cuts would almost certainly not be unwound before the fourth quarter.",
         [("the fourth quarter", None, "2026")]),
        ("The minister said the tariffs would not be lifted until the third quarter.",
         [("the third quarter", None, "2026")]),
        ("Kenya said its troops would not leave Haiti before December.", [("December", None, "2026-12")]),
        # near misses: a refusal told in the past, an inability, a refusal on a day, a past quarter
        ("He would not comment before Friday.", [("Friday", "2026-02-27", "2026-02-27")]),
        ("The ministry said rescuers could not reach the village before Monday.",
         [("Monday", "2026-03-02", "2026-03-02")]),
        ("The spokesman said the minister would not comment on Friday.", [("Friday", "2026-02-27", "2026-02-27")]),
    ],
)
def test_timex_a_negated_would_backshifted_before_a_deadline_looks_ahead(
        extractor: Any, text: str, times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-03-05")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a year the tagger took for a count with a bound it ran in, and one after "the" or a possessive before a noun
        ("Last month the government confirmed that Chinese police advisers would stay in Honiara until at least 2028.",
         [("Last month", "2026-02"), ("at least 2028", "2028")]),
        ("The ban on exports will stay in place until at least 2030, the ministry said.", [("at least 2030", "2030")]),
        ("Will Honiara renew the 2022 security agreement with Beijing when it comes up for review?",
         [("2022", "2022")]),
        # ... and a year after "of" on a name, which the tagger left out
        ("The Council, established by the Ottawa Declaration of 1996, admitted observers.", [("1996", "1996")]),
        # near misses: counts with a bound, a count of troops after "the", a plan's horizon, a year that opens
        ("Ghana has pledged to cut emissions by at least 2030 tonnes.", []),
        ("Kenya sent the 1500 troops back.", []),
        ("Ghana backs the 2030 Agenda.", []),
        ("In 2022 the agreement was signed.", [("2022", "2022")]),
        ("1994 was a hard year for Rwanda.", [("1994", "1994")]),
    ],
)
def test_timex_a_year_with_a_bound_or_before_a_noun_the_tagger_took_for_a_count(
        extractor: Any, text: str, times: list[tuple[str, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-03-05")
    assert [(t.text, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # the year of an instrument's name, and how long something is, name no time
        ("However, the Panel rejects the claim under Article XI:1 of the GATT 1994, finding that the measure was a duty.",
         []),
        ("Ships must meet the standards of SOLAS 1974, the agency said.", []),
        ("Past cases suggest this period is likely to be between 8 and 15 months.", []),
        ("The delay could be two years, officials said.", []),
        ("The transition will last between 8 and 15 months.", []),
        # near misses: a year said of an agreement, an event's year, how far off, a time after "in", counted from
        ("The 1994 agreement created the WTO.", [("1994", "1994")]),
        ("Leaders will meet at the ASEAN 2026 summit in Manila.", [("2026", "2026")]),
        ("The election is two years away.", [("two years", None)]),
        ("The vote is in two months.", [("two months", "2026-05")]),
        ("The deadline was 15 months after the ruling.", [("15 months", None)]),
    ],
)
def test_timex_an_instruments_year_and_a_length_name_no_time(extractor: Any, text: str,
                                                             times: list[tuple[str, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-03-05")
    assert [(t.text, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a clock time keeps the zone the tagger cut from it, a time of day with no date, as "10:30 a.m." is
        ("Brent crude futures rose 1.8% to $71.40 a barrel by 1430 GMT after the decision.",
         [("1430 GMT", None, None)]),
        ("Ghana's cedi traded at 15.2 at 1100 GMT on Tuesday.",
         [("1100 GMT", None, None), ("Tuesday", "2026-03-03", "2026-03-03")]),
        # ... also where the tagger left it out or took it for a year: four digits before a zone, "hours" or "local
        # time" (which is no zone), or opening with a zero after a word of time, and the first end of a range of them
        ("The operator said gas would flow again through the pipeline by 0900 GMT.", [("0900 GMT", None, None)]),
        ("Voting in Lusaka closes at 1800 local time on Saturday.",
         [("1800", None, None), ("Saturday", "2026-03-07", "2026-03-07")]),
        ("The curfew in Goma runs from 2000 to 0600 local time.", [("2000", None, None), ("0600", None, None)]),
        ("The coastguard said the trawler was boarded at 0415 GMT on Sunday.",
         [("0415 GMT", None, None), ("Sunday", "2026-03-01", "2026-03-01")]),
        ("Observers must leave the buffer zone by 0600.", [("0600", None, None)]),
        ("The tanker was freed at 9 a.m. GMT on Friday.", [("9 a.m. GMT", None, None), ("Friday", "2026-02-27", "2026-02-27")]),
        # near misses: a clock time with no zone, midnight, a year, a count
        ("Talks in Nairobi resumed at 10:30 a.m. local time.", [("10:30 a.m.", None, None)]),
        ("The ceasefire took effect at midnight.", [("midnight", None, None)]),
        ("The fort at Elmina was rebuilt in 1800 by Dutch traders.", [("1800", None, "1800")]),
        ("The tanker carried 1500 tonnes of fuel to Lomé.", []),
    ],
)
def test_timex_a_clock_time_keeps_its_zone(extractor: Any, text: str,
                                           times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-03-05")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a digest's day and month between an entry's subject and its verb, which the tagger leaves out or takes for a
        # number, with or without its year, either way round
        ("Chad 3 Mar rejected a proposal by Niger for joint patrols.", [("3 Mar", "2026-03-03", "2026-03-03")]),
        ("Ecuador Mar 9 recalled its ambassador from Quito's neighbour.", [("Mar 9", "2026-03-09", "2026-03-09")]),
        ("Hezbollah 5 Feb 2025 fired rockets at Israel.", [("5 Feb 2025", "2025-02-05", "2025-02-05")]),
        # "next day" with no article counts from the last date named; "mid-month", "late month" are that date's month
        ("Bolivia 12 Mar closed the border with Peru. Lima next day protested.",
         [("12 Mar", "2026-03-12", "2026-03-12"), ("next day", "2026-03-13", "2026-03-13")]),
        ("Envoys of Togo and Benin 2 Feb met in Lomé. Ministers mid-month signed a border accord. Benin late month "
         "reopened the crossing.",
         [("2 Feb", "2026-02-02", "2026-02-02"), ("mid-month", None, "2026-02"), ("late month", None, "2026-02")]),
        # near misses: a month's word that is no month, a word of time counted from the document's day, and a part of
        # the month with no date named before it or ahead
        ("The 3 Mayors of the region met Marines 2 days later.", [("2 days later", None, None)]),
        ("Ghana will hold talks with Togo next month.", [("next month", None, "2026-04")]),
        ("Talks with Mali will resume mid-month.", [("mid-month", None, None)]),
    ],
)
def test_timex_a_digests_days_and_next_day(extractor: Any, text: str,
                                           times: list[tuple[str, str | None, str | None]]) -> None:
    claims = _claims(extractor, text, "2026-03-20")
    assert [(t.text, t.date, t.period) for c in claims for t in c.time] == times
