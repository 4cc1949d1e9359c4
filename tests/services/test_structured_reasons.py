"""The structured reasons (what a view translates) say exactly what the stored English says.

The English ``reason`` strings are the record (stored, audited, synced); the window renders the
structured :class:`~station.services.eligibility.Verdict` in the interface language. If the two
drifted, a Khmer clerk would read a different reason from the one that was recorded.
"""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys

from station.services.catalogue import load_catalogue
from station.services.eligibility import (
    HouseholdFacts,
    MemberFacts,
    Verdict,
    propose_package,
)
from station.services.facts import EMPLOYMENT, POVERTY_LEVELS
from station.services.rules import Reason, parse_condition

TODAY = dt.date(2026, 11, 22)
CATALOGUE = load_catalogue()


def _households() -> list[HouseholdFacts]:
    """Heads of every age band, level (or none), disability (or unknown), employment."""
    found = []
    ages = (3, 15, 17, 30, 40, 60, 62, 64, 66, 80)
    situations = itertools.product((None, *POVERTY_LEVELS), (None, True, False),
                                   (None, *EMPLOYMENT))
    for n, (level, disability, employment) in enumerate(situations):
        age = ages[n % len(ages)]
        head = MemberFacts(f"h{n}", dt.date(TODAY.year - age, 5, 1), "MF"[n % 2], disability,
                           employment, is_head=True)
        other = MemberFacts(f"o{n}", dt.date(TODAY.year - 35, 1, 1), "F", False, "unemployed")
        found.append(HouseholdFacts(f"hh{n}", (head, other), poverty_level=level,
                                    pmt_score=None))
    return found


def test_every_reason_of_the_bundled_catalogue_renders_back_to_its_stored_english() -> None:
    seen_kinds: set[str] = set()
    verdicts: set[str] = set()
    for facts in _households():
        package = propose_package(CATALOGUE, facts, today=TODAY)
        pairs = [(c.why, c.reason) for c in package.considered]
        pairs += [(p.why, p.reason) for p in package.proposals]
        for why, reason in pairs:
            assert isinstance(why, Verdict)
            assert why.english == reason
            verdicts.add(why.kind)
            seen_kinds.update(r.kind for r in why.reasons)
    # the range of households exercised every sentence the catalogue can produce
    assert verdicts == {"eligible", "not_eligible", "not_proposed"}
    assert {"not_recorded", "compare", "ordinal", "bool", "in", "not_in",
            "enum_is", "enum_is_not"} <= seen_kinds


def test_a_blocked_proposal_names_the_programme_that_excludes_it() -> None:
    worker = MemberFacts("w", dt.date(2000, 1, 1), "F", False, "informal", is_head=True)
    facts = HouseholdFacts("hh", (worker,), poverty_level="near_poor")
    package = propose_package(CATALOGUE, facts, today=TODAY,
                              current=[("w", "HEALTH_SUBSIDY"), ("w", "SKILLS_TRAINING")])
    whys = {c.programme_code: c.why for c in package.considered}
    voluntary, skills = whys["HEALTH_VOLUNTARY"], whys["SKILLS_TRAINING"]
    assert voluntary is not None and voluntary.blocker == "excluded"
    assert voluntary.excluded_by == "HEALTH_SUBSIDY"
    assert skills is not None and skills.blocker == "member"
    for c in package.considered:
        assert c.why is not None and c.why.english == c.reason


def test_reasons_of_rules_outside_the_catalogue_also_agree() -> None:
    rule = parse_condition({"any": [{"fact": "sex", "op": "!=", "value": "M"},
                                    {"fact": "pmt_score", "op": "<", "value": 12.5},
                                    {"fact": "is_head", "op": "!=", "value": True}]})
    outcome = rule.evaluate({"sex": "M", "pmt_score": 20.25, "is_head": True})
    assert not outcome.holds
    assert [r.english for r in outcome.details] == list(outcome.reasons)
    assert outcome.text == ("sex is M and household PMT score 20.25 >= 12.5 and "
                            "head of household: yes")
    assert outcome.details[1] == Reason("compare", "pmt_score", ">=", 20.25, (12.5,))


def test_the_services_stay_free_of_qt() -> None:
    code = ("import sys, station.services.eligibility, station.services.rules; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
