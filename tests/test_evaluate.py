from __future__ import annotations

from pipeline.evaluate import GoldLine, Prediction, document_ids, format_report, predictions_from_claims, score


def _gold(labels: list[str], ambiguous: list[str] = (), actors: list[str] | None = None,
          optional: list[str] = ()) -> GoldLine:  # type: ignore[assignment]
    return GoldLine.from_record({"id": "x", "text": "t", "labels": labels, "ambiguous": list(ambiguous),
                                 "actors": actors, "actors_optional": list(optional)})


def _pred(labels: list[str], actors: list[str] = ()) -> Prediction:  # type: ignore[assignment]
    return Prediction(frozenset(labels), frozenset(actors))


def test_evaluate_per_label_counts_and_macro_over_scored_labels() -> None:
    gold = [_gold(["cooperation"]), _gold(["competition"]), _gold([])]
    pred = [_pred(["cooperation"]), _pred(["cooperation"]), _pred([])]
    result = score(gold, pred)
    coop, comp = result["labels"]["cooperation"], result["labels"]["competition"]
    assert (coop["tp"], coop["fp"], coop["fn"]) == (1, 1, 0)
    assert (comp["tp"], comp["fp"], comp["fn"]) == (0, 0, 1)
    assert not result["labels"]["forecast"]["scored"]
    assert result["macro_f1"] == round((2 / 3 + 0.0) / 2, 4)


def test_evaluate_ignores_ambiguous_labels() -> None:
    gold = [_gold(["cooperation"], ambiguous=["forecast"])]
    result = score(gold, [_pred(["cooperation", "forecast"])])
    assert result["labels"]["forecast"]["fp"] == 0
    assert result["macro_f1"] == 1.0


def test_evaluate_actors_count_states_only_and_skip_optional() -> None:
    gold = [
        _gold(["cooperation"], actors=["USA", "RUS", "NATO"], optional=["FRA"]),
        _gold([], actors=["CHN"]),  # no claim expected: not scored for actors
        _gold(["competition"], actors=None),
    ]
    pred = [_pred(["cooperation"], ["USA", "FRA", "EU", "DEU"]), _pred([], ["JPN"]), _pred([], ["GBR"])]
    actors = score(gold, pred)["actors"]
    assert (actors["tp"], actors["fp"], actors["fn"]) == (1, 1, 1)
    assert actors["lines"] == 1


def test_evaluate_report_says_when_actors_are_not_scored() -> None:
    without = format_report("a", score([_gold(["cooperation"])], [_pred(["cooperation"], ["USA"])]))
    assert without.splitlines()[-1] == "  state actors (not scored: no line has gold actors and a label)"
    with_actors = format_report("b", score([_gold(["cooperation"], actors=["USA"])], [_pred(["cooperation"], ["USA"])]))
    assert "state actors P 1.000  R 1.000  (1 lines)" in with_actors


def test_evaluate_calibration_where_every_prediction_has_scores() -> None:
    gold = [_gold(["cooperation"]), _gold([]), _gold(["cooperation"], ambiguous=["competition"])]
    scored = [Prediction(frozenset(), frozenset(), {"cooperation": 0.9, "competition": 0.1, "forecast": 0.0}),
              Prediction(frozenset(), frozenset(), {"cooperation": 0.9, "competition": 0.1, "forecast": 0.0}),
              Prediction(frozenset(), frozenset(), {})]  # an empty line: no sentence, score 0
    calibration = score(gold, scored)["calibration"]
    # three lines in two bins: 0.9 right half the time (|0.9 - 0.5| * 2/3), 0.0 wrong (|0 - 1| * 1/3)
    assert list(calibration) == ["cooperation"] and calibration["cooperation"] == round(0.4 * 2 / 3 + 1 / 3, 4)
    assert "calibration  ECE cooperation 0.600" in format_report("x", score(gold, scored))
    assert score(gold, [_pred([]), _pred([]), _pred([])])["calibration"] == {}


def test_evaluate_sentences_without_a_label_add_scores_only() -> None:
    from types import SimpleNamespace

    def claim(labels: list[str], code: str, coop: float) -> SimpleNamespace:
        return SimpleNamespace(doc_id="d", labels=labels, actors=[SimpleNamespace(code=code)],
                               scores={"cooperation": coop, "competition": 0.0, "forecast": 0.0})

    (p,) = predictions_from_claims(["d"], [claim(["cooperation"], "USA", 0.6), claim([], "CHN", 0.3)], with_scores=True)
    assert p.labels == {"cooperation"} and p.actors == {"USA"} and p.scores == {
        "cooperation": 0.6, "competition": 0.0, "forecast": 0.0}


def test_evaluate_gives_lines_that_share_an_id_their_own_documents() -> None:
    from types import SimpleNamespace

    lines = [GoldLine.from_record({"id": i, "text": t, "labels": []})
             for i, t in (("a", "one"), ("b", "two"), ("a", "three"))]
    ids = document_ids(lines)
    assert ids == ["a#1", "b", "a#3"]
    claims = [SimpleNamespace(doc_id="a#1", labels=["cooperation"], actors=[SimpleNamespace(code="USA")])]
    first, _, third = predictions_from_claims(ids, claims)
    assert first.actors == {"USA"} and not third.actors and not third.labels


def test_evaluate_refuses_a_malformed_gold_line() -> None:
    import pytest

    for record, problem in [([1, 2], "JSON object"), ({"id": "a", "text": "t", "labels": "competition"}, "'labels'"),
                            ({"id": "a", "text": "t", "labels": ["war"]}, "'labels'"),
                            ({"id": "a", "text": None, "labels": []}, "'text'"),
                            ({"id": "a", "text": "t", "labels": [], "actors": "RUS"}, "'actors'")]:
        with pytest.raises(ValueError, match=problem):
            GoldLine.from_record(record)  # type: ignore[arg-type]
