"""Behaviour the trained classifier must keep: clear cases, combinations, hard negatives, questions.

These sentences were written for this test; none comes from a gold set or the training corpus.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.io import Document
from pipeline.schema import Claim

C, K, F = "cooperation", "competition", "forecast"

CASES: list[tuple[str, set[str]]] = [
    # cooperation
    ("Chile and Argentina signed an agreement on Tuesday to share data on glacier melt.", {C}),
    ("Norway pledged $50 million in humanitarian aid to Sudan.", {C}),
    ("The foreign ministers of Egypt and Jordan met in Amman to coordinate their positions.", {C}),
    ("Washington lifted sanctions on two Venezuelan oil firms after the prisoner exchange.", {C}),
    ("Qatar mediated the release of four hostages held in Gaza.", {C}),
    ("Vietnam and the Philippines held their first joint coast guard exercise.", {C}),
    # competition
    ("Poland expelled three Belarusian diplomats over a spying case.", {K}),
    ("Chinese fighter jets harassed a Canadian patrol aircraft over the East China Sea.", {K}),
    ("Ethiopia accused Egypt of trying to destabilise the region.", {K}),
    ("Protesters clashed with police outside the parliament in Tbilisi.", {K}),
    ("The European Union imposed tariffs on Chinese electric vehicles.", {K}),
    ("Militants attacked an army checkpoint in northern Mali, killing six soldiers.", {K}),
    ("Seoul condemned Pyongyang's latest missile launch as a grave provocation.", {K}),
    # forecast
    ("The central bank is expected to cut interest rates next month.", {F}),
    ("Turnout in Sunday's election will probably be low.", {F}),
    # combinations
    ("India and Japan will hold a summit in Tokyo next week.", {C, F}),
    ("Kenya is likely to sign the trade deal with the EU before the end of the year.", {C, F}),
    ("Analysts warn that the border standoff between Armenia and Azerbaijan could escalate.", {K, F}),
    ("Iran will retaliate if Israel strikes its nuclear facilities, a senior commander said.", {K, F}),
    ("Despite the trade war, Washington and Beijing agreed to resume military talks.", {C, K}),
    ("Even as they clash over Taiwan, the two powers have quietly cooperated on climate.", {C, K}),
    ("Although they still trade accusations of shelling, Moscow and Kyiv are expected to swap prisoners next week.",
     {C, K, F}),
    # hard negatives: modal words that are not about the future
    ("The success of the reform depends on political will in the capital.", set()),
    ("The ministry moved into its new building in May 2019.", set()),
    ("Few analysts would have predicted the collapse of the regime in 2011.", set()),
    ("The ministry has a budget of $3 billion and employs 12,000 people.", set()),
    ("The country has a population of about 10 million.", set()),
    # hard negatives: competition and cooperation outside politics
    ("The Commission fined the chipmaker for breaching competition rules.", set()),
    ("Real Madrid beat Barcelona 3-1 in a fierce rivalry match on Saturday.", set()),
    ("The farmers' cooperative sold a record harvest of coffee this year.", set()),
    ("Two university labs announced a research cooperation on battery chemistry.", set()),
    ("The airline alliance added a new member last year.", set()),
    # questions
    ("Will Japan and South Korea hold another summit next year?", {C, F}),
    ("Why did Hungary block the EU aid package for Ukraine?", {K}),
    ("Can Brazil and Argentina finally revive the Mercosur trade agreement?", {C, F}),
    # general-domain forecasts and non-forecasts
    ("We are moving to Lisbon in the spring.", {F}),
    ("The museum reopens to visitors on 4 March.", {F}),
    ("The tenant shall pay the rent on the first day of each month.", set()),
    ("Boys will be boys, as my grandmother used to say.", set()),
    ("I visited Venice in 2015 and loved it.", set()),
    ("Rain is likely across the north by the weekend.", {F}),
    ("If the merger goes through, prices could rise sharply.", {F}),
]


@pytest.fixture(scope="module")
def predicted(extractor: Any) -> dict[str, set[str]]:
    documents = [Document(id=str(i), text=text) for i, (text, _) in enumerate(CASES)]
    out: dict[str, set[str]] = {str(i): set() for i in range(len(CASES))}
    for claim in extractor.extract(documents):
        if isinstance(claim, Claim):
            out[claim.doc_id].update(claim.labels)
    return out


@pytest.mark.parametrize(("index", "text", "labels"), [(i, t, lab) for i, (t, lab) in enumerate(CASES)],
                         ids=[t[:45] for t, _ in CASES])
def test_classify_labels(predicted: dict[str, set[str]], index: int, text: str, labels: set[str]) -> None:
    assert predicted[str(index)] == labels


def test_classify_scores_are_probabilities(extractor: Any) -> None:
    (claim,) = [c for c in extractor.extract([Document(id="x", text=CASES[0][0])]) if isinstance(c, Claim)]
    assert set(claim.scores) == {C, K, F}
    assert all(0.0 <= s <= 1.0 for s in claim.scores.values())
    assert claim.scores[C] > 0.5 > claim.scores[K]
