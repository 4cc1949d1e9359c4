"""The condition language: outcomes with reasons a clerk can read, and refused malformed rules."""

from __future__ import annotations

from typing import Any

import pytest

from station.services.errors import RulesError
from station.services.facts import FactValue
from station.services.rules import parse_condition


def leaf(fact: str, op: str, value: Any) -> dict[str, Any]:
    return {"fact": fact, "op": op, "value": value}


FACTS: dict[str, FactValue] = {"age": 67, "sex": "F", "disability": False, "employment": "informal",
         "poverty_level": "poor", "pmt_score": 38.5, "children_under_16": 2}


@pytest.mark.parametrize(("condition", "holds", "reason"), [
    (leaf("age", ">=", 60), True, "age 67 >= 60"),
    (leaf("age", "<", 60), False, "age 67 >= 60"),
    (leaf("age", "==", 67), True, "age 67 == 67"),
    (leaf("pmt_score", "<", 40), True, "household PMT score 38.5 < 40"),
    (leaf("disability", "==", True), False, "disability: no"),
    (leaf("sex", "==", "F"), True, "sex is F"),
    (leaf("sex", "!=", "F"), False, "sex is F"),
    (leaf("employment", "==", "unemployed"), False, "employment is informal, not unemployed"),
    (leaf("employment", "in", ["informal", "self_employed"]), True,
     "employment informal is one of informal, self employed"),
    (leaf("employment", "not_in", ["informal"]), False, "employment informal is one of informal"),
    (leaf("poverty_level", "<=", "poor"), True, "household poverty level poor is at or below poor"),
    (leaf("poverty_level", "<=", "extreme_poor"), False,
     "household poverty level poor is above extreme poor"),
    (leaf("poverty_level", ">=", "near_poor"), False,
     "household poverty level poor is below near poor"),
    ({"all": [leaf("age", ">=", 60), leaf("sex", "==", "F")]}, True,
     "age 67 >= 60 and sex is F"),
    ({"all": [leaf("age", ">=", 60), leaf("children_under_16", ">", 3)]}, False,
     "children under 16 in the household 2 <= 3"),
    ({"any": [leaf("age", "<", 6), leaf("disability", "==", False)]}, True, "disability: no"),
    ({"any": [leaf("age", "<", 6), leaf("sex", "==", "M")]}, False,
     "age 67 >= 6 and sex is F, not M"),
    ({"not": leaf("employment", "==", "employed")}, True, "employment is informal, not employed"),
])
def test_outcome_and_reason(condition: dict[str, Any], holds: bool, reason: str) -> None:
    parsed = parse_condition(condition)
    outcome = parsed.evaluate(FACTS)
    assert (outcome.holds, outcome.text) == (holds, reason)
    assert parsed.holds(FACTS) is holds  # the fast path agrees with the explained one


def test_a_fact_that_was_never_recorded_fails_and_says_so() -> None:
    outcome = parse_condition(leaf("disability", "==", True)).evaluate({"age": 30})
    assert not outcome.holds
    assert outcome.text == "disability is not recorded"


def test_a_missing_fact_two_branches_need_is_named_once() -> None:
    either = {"any": [leaf("poverty_level", "<=", "poor"),
                      {"all": [leaf("poverty_level", "<=", "near_poor"), leaf("age", ">=", 60)]}]}
    outcome = parse_condition(either).evaluate({"age": 30})
    assert outcome.text == "household poverty level is not recorded and age 30 < 60"


@pytest.mark.parametrize(("condition", "message"), [
    ({"fact": "income", "op": ">", "value": 1}, "unknown fact 'income'"),
    ({"fact": "age", "op": "=~", "value": 1}, "unknown operator '=~'"),
    ({"fact": "age", "op": ">=", "value": "sixty"}, "must be a int"),
    ({"fact": "sex", "op": "<", "value": "F"}, "only == != in not_in apply"),
    ({"fact": "employment", "op": "==", "value": "astronaut"}, "must be one of employed"),
    ({"fact": "poverty_level", "op": "<=", "value": "rich"}, "must be one of extreme_poor"),
    ({"fact": "age", "op": "in", "value": []}, "needs a non-empty list"),
    ({"all": []}, "needs a non-empty list of conditions"),
    ({"all": [{"fact": "age"}]}, "rule.all[0]: unknown condition keys"),
    ({"eval": "__import__('os')"}, "unknown condition keys"),
    ([1, 2], "must be a non-empty JSON object"),
])
def test_malformed_conditions_are_refused_with_where(condition: Any, message: str) -> None:
    with pytest.raises(RulesError, match="rule") as caught:
        parse_condition(condition)
    assert message in str(caught.value)
