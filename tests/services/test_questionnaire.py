"""The vulnerability questionnaire: points per answer, PMT score, poverty level, version."""

from __future__ import annotations

from typing import Any

import pytest

from station.services.errors import AnswerError, RulesError
from station.services.questionnaire import load_questionnaire, parse_questionnaire
from tests.services.conftest import POOR_ANSWERS

Q = load_questionnaire()


def test_bundled_answers_score_and_level() -> None:
    result = Q.score(POOR_ANSWERS)
    # 20 intercept + walls wood 4 + unprotected well 2 + pit 3 + electricity 6 + land 3
    assert result.score == 38.0
    assert result.poverty_level == "poor"
    assert result.questionnaire_version == "PMT-2026.1"
    assert dict((q, p) for q, _, p in result.lines)["electricity"] == 6.0


@pytest.mark.parametrize(("changes", "score", "level"), [
    ({}, 38.0, "poor"),
    ({"electricity": False}, 32.0, "extreme_poor"),
    ({"members": 2}, 46.0, "poor"),
    ({"members": 9}, 32.0, "extreme_poor"),
    ({"roof": "concrete", "wage_earner": True}, 56.0, "near_poor"),
    ({"roof": "concrete", "wage_earner": True, "motorbike": True, "television": True}, 67.0,
     "non_poor"),
    ({"electricity": False, "walls": "mud_bamboo", "water": "surface", "toilet": "none",
      "land": "none", "chronic_illness": True, "members": 12}, 9.0, "extreme_poor"),
])
def test_scores_follow_the_weights(changes: dict[str, Any], score: float, level: str) -> None:
    result = Q.score({**POOR_ANSWERS, **changes})
    assert (result.score, result.poverty_level) == (score, level)


def test_score_is_clamped_to_0_100() -> None:
    data = {"format": "sws-questionnaire", "format_version": 1, "version": "t",
            "intercept": 90, "levels": [{"level": "poor", "below": 50}, {"level": "non_poor"}],
            "questions": [{"id": "a", "type": "yes_no", "yes": 30, "no": -200}]}
    q = parse_questionnaire(data)
    assert q.score({"a": True}).score == 100.0
    assert q.score({"a": False}).score == 0.0


@pytest.mark.parametrize(("answers", "message"), [
    ({k: v for k, v in POOR_ANSWERS.items() if k != "roof"}, "question 'roof': has no answer"),
    ({**POOR_ANSWERS, "roof": "gold"}, "question 'roof': 'gold' is not one of thatch"),
    ({**POOR_ANSWERS, "electricity": "yes"}, "expected yes or no"),
    ({**POOR_ANSWERS, "members": 0}, "outside 1..40"),
    ({**POOR_ANSWERS, "members": 2.5}, "expected a whole number"),
    ({**POOR_ANSWERS, "income": 100}, "question 'income': is not a question"),
])
def test_bad_answers_are_refused(answers: dict[str, Any], message: str) -> None:
    with pytest.raises(AnswerError) as caught:
        Q.score(answers)
    assert message in str(caught.value)


@pytest.mark.parametrize(("patch", "message"), [
    ({"format": "x"}, "not a questionnaire"),
    ({"levels": [{"level": "poor", "below": 50}, {"level": "rich"}]}, "level must be one of"),
    ({"levels": [{"level": "poor", "below": 50}, {"level": "near_poor", "below": 40},
                 {"level": "non_poor"}]}, "cut-offs must increase"),
    ({"questions": [{"id": "a", "type": "slider"}]}, "type must be one of"),
    ({"questions": [{"id": "a", "type": "number", "bands": [{"max": 3, "points": 1}]}]},
     "the last without max"),
])
def test_broken_questionnaires_are_refused(patch: dict[str, Any], message: str) -> None:
    data = {"format": "sws-questionnaire", "format_version": 1, "version": "t",
            "levels": [{"level": "poor", "below": 50}, {"level": "non_poor"}],
            "questions": [{"id": "a", "type": "yes_no", "yes": 1, "no": 0}], **patch}
    with pytest.raises(RulesError) as caught:
        parse_questionnaire(data)
    assert message in str(caught.value)
