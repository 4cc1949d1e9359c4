"""Eligibility with the bundled catalogue: who is proposed what, and why, as a table of cases."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest

from station.services.catalogue import Term, default_path, load_catalogue, parse_catalogue
from station.services.eligibility import HouseholdFacts, MemberFacts, explain, propose_package
from station.services.errors import RulesError

TODAY = dt.date(2026, 11, 22)
CATALOGUE = load_catalogue()


def born(age: int) -> dt.date:
    return dt.date(TODAY.year - age, 3, 1)


def household(level: str | None, *members: MemberFacts) -> HouseholdFacts:
    return HouseholdFacts("hh", members, poverty_level=level, pmt_score=None)


def person(pid: str, age: int, sex: str = "F", *, disability: bool = False,
           employment: str | None = None, head: bool = False) -> MemberFacts:
    return MemberFacts(pid, born(age), sex, disability, employment, head)


def proposed(facts: HouseholdFacts) -> dict[str, set[str]]:
    package = propose_package(CATALOGUE, facts, today=TODAY)
    out: dict[str, set[str]] = {}
    for p in package.proposals:
        out.setdefault(p.person_id, set()).add(p.programme_code)
    return out


@pytest.mark.parametrize(("facts", "expected"), [
    # a poor grandfather, his unemployed daughter and a disabled granddaughter
    (household("poor", person("g", 67, "M", employment="retired", head=True),
               person("m", 36, employment="unemployed"),
               person("c", 8, disability=True, employment="child")),
     {"g": {"HEALTH_SUBSIDY", "OLD_AGE_PENSION"},
      "m": {"HEALTH_SUBSIDY", "PUBLIC_WORKS", "JOB_PLACEMENT"},
      "c": {"HEALTH_SUBSIDY", "CHILD_BENEFIT", "DISABILITY_ALLOWANCE"}}),
    # non-poor: only the universal pension at 65 and the voluntary scheme for informal work
    (household("non_poor", person("a", 70, "M", head=True, employment="retired"),
               person("b", 40, employment="informal")),
     {"a": {"OLD_AGE_PENSION"}, "b": {"HEALTH_VOLUNTARY"}}),
    # near-poor: subsidised health only for young children, elders, disabled; the
    # voluntary scheme is excluded for those subsidised
    (household("near_poor", person("x", 62, "M", head=True, employment="informal"),
               person("y", 30, employment="informal"), person("z", 3, employment="child")),
     {"x": {"HEALTH_SUBSIDY", "OLD_AGE_PENSION", "BUSINESS_DEV"},
      "y": {"HEALTH_VOLUNTARY", "SKILLS_TRAINING", "BUSINESS_DEV"},
      "z": {"HEALTH_SUBSIDY"}}),
    # not assessed: nothing that depends on poverty; age alone still counts
    (household(None, person("s", 66, "M", head=True, employment="retired"),
               person("t", 20, employment="unemployed")),
     {"s": {"OLD_AGE_PENSION"}, "t": {"SKILLS_TRAINING", "JOB_PLACEMENT"}}),
])
def test_package_table(facts: HouseholdFacts, expected: dict[str, set[str]]) -> None:
    assert proposed(facts) == expected


def test_each_proposal_says_why_and_each_refusal_says_why_not() -> None:
    facts = household("poor", person("g", 67, "M", employment="retired", head=True),
                      person("m", 45, employment="employed"))
    package = propose_package(CATALOGUE, facts, today=TODAY)
    reasons = {(p.person_id, p.programme_code): p.reason for p in package.proposals}
    assert reasons[("g", "OLD_AGE_PENSION")] == "eligible because age 67 >= 65"
    assert reasons[("g", "HEALTH_SUBSIDY")] == (
        "eligible because household poverty level poor is at or below poor")
    lines = explain(package)
    assert "JOB_PLACEMENT: not eligible: employment is employed, not unemployed" in lines["m"]
    assert "OLD_AGE_PENSION: not eligible: age 45 < 65 and age 45 < 60" in lines["m"]
    assert package.rules_version == CATALOGUE.rules_version


def test_public_works_goes_to_one_member_per_household_head_first() -> None:
    facts = household("extreme_poor", person("h", 50, "M", head=True, employment="unemployed"),
                      person("w", 48, employment="unemployed"))
    package = propose_package(CATALOGUE, facts, today=TODAY)
    works = [p for p in package.proposals if p.programme_code == "PUBLIC_WORKS"]
    assert [p.person_id for p in works] == ["h"]
    assert works[0].reason.endswith("(one member per household)")
    assert ("w", "PUBLIC_WORKS") in {(c.person_id, c.programme_code)
                                      for c in package.considered if c.eligible}


def test_current_memberships_are_not_proposed_again_and_still_exclude() -> None:
    facts = household("near_poor", person("x", 62, "M", head=True, employment="informal"))
    package = propose_package(CATALOGUE, facts, today=TODAY,
                              current=[("x", "HEALTH_VOLUNTARY"), ("x", "OLD_AGE_PENSION")])
    codes = {p.programme_code for p in package.proposals}
    assert "OLD_AGE_PENSION" not in codes
    assert "HEALTH_SUBSIDY" not in codes  # excluded by the voluntary scheme already held
    reasons = {c.programme_code: c.reason for c in package.considered}
    assert reasons["HEALTH_SUBSIDY"] == (
        "eligible, not proposed: already in HEALTH_VOLUNTARY, which excludes it")


def test_membership_dates_follow_the_programme_term() -> None:
    facts = household("poor", person("c", 8, employment="child", head=True))
    package = propose_package(CATALOGUE, facts, today=TODAY)
    dates = {p.programme_code: (p.start_date, p.end_date) for p in package.proposals}
    assert dates["HEALTH_SUBSIDY"] == (TODAY, dt.date(2027, 11, 21))  # 12 months
    assert dates["CHILD_BENEFIT"] == (TODAY, dt.date(2034, 2, 28))  # the day before 16


@pytest.mark.parametrize(("term", "start", "birth", "end"), [
    (Term(months=1), dt.date(2026, 1, 31), None, dt.date(2026, 2, 27)),
    (Term(months=12), dt.date(2024, 2, 29), None, dt.date(2025, 2, 27)),
    (Term(until_age=17), dt.date(2026, 1, 1), dt.date(2012, 2, 29), dt.date(2029, 2, 28)),
    (Term(months=6, until_age=16), dt.date(2026, 1, 1), dt.date(2010, 3, 1),
     dt.date(2026, 2, 28)),
    (Term(), dt.date(2026, 1, 1), dt.date(1950, 1, 1), None),
])
def test_term_end_dates(term: Term, start: dt.date, birth: dt.date | None,
                        end: dt.date | None) -> None:
    assert term.end_date(start, birth) == end


def _bundled() -> dict[str, Any]:
    return json.loads(default_path().read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda d: d.update(format="other"), "not a programme catalogue"),
    (lambda d: d.update(format_version=2), "format_version 2 is not supported"),
    (lambda d: d.update(rules_version=""), "rules_version must be"),
    (lambda d: d.update(valid_from="yesterday"), "valid_from must be a date"),
    (lambda d: d["programmes"].append(copy.deepcopy(d["programmes"][0])), "codes must be unique"),
    (lambda d: d["programmes"][0].update(unit="village"), "programmes[0]: unit must be"),
    (lambda d: d["programmes"][0].update(excludes=["NOPE"]), "excludes unknown programme"),
    (lambda d: d["programmes"][2]["rule"]["all"][0].update(fact="income"),
     "programmes[2].rule.all[0]: unknown fact 'income'"),
    (lambda d: d["programmes"][1]["contribution"].update(amount_minor=0), "above zero"),
    (lambda d: d["programmes"][0].update(term={"weeks": 3}), "term may only hold"),
    (lambda d: d["programmes"][0].update(names={"Khmer": "x"}), "programmes[0].names: names"),
    (lambda d: d["programmes"][0].update(names={"km": " "}), "programmes[0].names: names"),
])
def test_a_broken_catalogue_is_refused_naming_the_entry(mutate: Any, message: str) -> None:
    data = _bundled()
    mutate(data)
    with pytest.raises(RulesError) as caught:
        parse_catalogue(data, where="programmes.json")
    assert message in str(caught.value)
    assert str(caught.value).startswith("programmes.json")


def test_an_unreadable_catalogue_file_is_one_clear_error(tmp_path: Any) -> None:
    bad = tmp_path / "programmes.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(RulesError, match="cannot read the programme catalogue"):
        load_catalogue(bad)


def test_every_programme_is_named_in_every_interface_language() -> None:
    """The hospital desk, the receipt and the programme lists name programmes in the
    clerk's language; the catalogue carries the names (English where one is missing)."""
    from station.i18n import LANGUAGES
    from station.services.catalogue import programme_names

    catalogue = load_catalogue()
    for programme in catalogue.programmes:
        for code in LANGUAGES:
            assert programme.title(code).strip(), (programme.code, code)
            if code != "en":
                assert programme.title(code) != programme.name, (programme.code, code)
    assert programme_names("km")["CHILD_BENEFIT"] == "ប្រាក់ឧបត្ថម្ភកុមារ"
    assert programme_names()["CHILD_BENEFIT"] == "Child benefit"
    assert programme_names("xx")["CHILD_BENEFIT"] == "Child benefit"
