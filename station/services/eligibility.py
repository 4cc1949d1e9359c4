"""Propose a household's combined package: every programme each member is entitled to, with why.

The clerk sees one :class:`Consideration` per member and programme (eligible or not, and the
reason), and confirms the :class:`Proposal` list; confirmation writes memberships with start
and end dates (:mod:`station.services.memberships`). Nothing here touches the database: the
facts come in as plain dataclasses, so the rules are testable as a table of cases.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from station.services.catalogue import Catalogue, Programme
from station.services.facts import FactValue
from station.services.rules import Reason


@dataclass(frozen=True)
class MemberFacts:
    """What the station knows about one household member (None: not recorded)."""

    person_id: str
    birth_date: dt.date
    sex: str
    disability: bool | None = None
    employment: str | None = None
    is_head: bool = False


@dataclass(frozen=True)
class HouseholdFacts:
    """A household, its latest vulnerability assessment (if any) and its members."""

    household_id: str
    members: tuple[MemberFacts, ...]
    poverty_level: str | None = None
    pmt_score: float | None = None


@dataclass(frozen=True)
class Verdict:
    """A proposal's or refusal's reason in structured form, for views that speak other
    languages; :attr:`english` is the ``reason`` string stored, audited and synced.

    ``kind`` is "eligible" (proposed), "not_eligible" or "not_proposed" (eligible but blocked:
    ``blocker`` says why, "member", "excluded" by ``excluded_by``, or "household").
    """

    kind: Literal["eligible", "not_eligible", "not_proposed"]
    reasons: tuple[Reason, ...] = ()
    blocker: Literal["member", "excluded", "household"] | None = None
    excluded_by: str = ""
    one_per_household: bool = False

    @property
    def english(self) -> str:
        text = " and ".join(r.english for r in self.reasons)
        if self.kind == "not_eligible":
            return f"not eligible: {text}"
        if self.kind == "not_proposed":
            why = {"member": "already a member",
                   "excluded": f"already in {self.excluded_by}, which excludes it",
                   "household": "the household already has one member in it"}
            return f"eligible, not proposed: {why[self.blocker or 'household']}"
        suffix = " (one member per household)" if self.one_per_household else ""
        return f"eligible because {text}{suffix}"


@dataclass(frozen=True)
class Consideration:
    """One member x programme: eligible or not, proposed or not, and the reason in words
    (``why``: the same reason in structured form; not stored)."""

    person_id: str
    programme_code: str
    eligible: bool
    proposed: bool
    reason: str
    why: Verdict | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Proposal:
    """A membership the clerk may confirm: programme, person, dates and the reason."""

    person_id: str
    programme_code: str
    programme_name: str
    reason: str
    start_date: dt.date
    end_date: dt.date | None
    rules_version: str
    why: Verdict | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Package:
    """A household's combined package under one rules version."""

    household_id: str
    rules_version: str
    proposals: tuple[Proposal, ...]
    considered: tuple[Consideration, ...] = field(default=())

    @property
    def programme_codes(self) -> frozenset[str]:
        return frozenset(p.programme_code for p in self.proposals)


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Completed years of age on ``day``."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


def member_facts(member: MemberFacts, household: HouseholdFacts,
                 today: dt.date) -> dict[str, FactValue]:
    """The facts the rules test for ``member`` of ``household`` on ``today``."""
    ages = [age_on(m.birth_date, today) for m in household.members]
    return {
        "age": age_on(member.birth_date, today),
        "sex": member.sex,
        "disability": member.disability,
        "employment": member.employment,
        "is_head": member.is_head,
        "poverty_level": household.poverty_level,
        "pmt_score": household.pmt_score,
        "household_size": len(household.members),
        "children_under_16": sum(a < 16 for a in ages),
        "elderly_members": sum(a >= 60 for a in ages),
        "disabled_members": sum(bool(m.disability) for m in household.members),
    }


def propose_package(catalogue: Catalogue, household: HouseholdFacts, *, today: dt.date,
                    current: Iterable[tuple[str, str]] = (), explain: bool = True) -> Package:
    """Evaluate every programme for every member and propose the combined package.

    Parameters
    ----------
    catalogue : the programmes and rules in force.
    household : the household's facts.
    today : the evaluation date (ages, membership start).
    current : (person_id, programme_code) memberships already active; they are not proposed
        again and still count for exclusions.

    Programmes are taken in catalogue order; one excluded by a programme the person already
    holds or was just proposed is not proposed (the reason says which). A ``household`` unit
    programme goes to one member only: the head if eligible, otherwise the eldest eligible.
    With ``explain=False`` (bulk use: demo data) only proposals get a reason and
    ``considered`` stays empty; the proposals are the same.
    """
    held: dict[str, set[str]] = {m.person_id: set() for m in household.members}
    for person_id, code in current:
        held.setdefault(person_id, set()).add(code)
    members = sorted(household.members, key=lambda m: (not m.is_head, m.birth_date))
    facts = {m.person_id: member_facts(m, household, today) for m in members}
    proposals: list[Proposal] = []
    considered: list[Consideration] = []
    for programme in catalogue.programmes:
        household_taken = programme.unit == "household" and any(
            programme.code in held[m.person_id] for m in members)
        for member in members:
            if not explain and not programme.rule.holds(facts[member.person_id]):
                continue
            outcome = programme.rule.evaluate(facts[member.person_id])
            if not outcome.holds:
                why = Verdict("not_eligible", outcome.details)
                considered.append(Consideration(member.person_id, programme.code, False, False,
                                                f"not eligible: {outcome.text}", why))
                continue
            blocker = _blocker(programme, held[member.person_id], catalogue)
            if blocker or household_taken:
                said = blocker or "the household already has one member in it"
                considered.append(Consideration(member.person_id, programme.code, True, False,
                                                f"eligible, not proposed: {said}",
                                                _blocked(blocker)))
                continue
            why = Verdict("eligible", outcome.details,
                          one_per_household=programme.unit == "household")
            reason = f"eligible because {outcome.text}"
            if programme.unit == "household":
                reason += " (one member per household)"
                household_taken = True
            considered.append(Consideration(member.person_id, programme.code, True, True, reason,
                                            why))
            held[member.person_id].add(programme.code)
            proposals.append(Proposal(
                person_id=member.person_id, programme_code=programme.code,
                programme_name=programme.name, reason=reason, start_date=today,
                end_date=programme.term.end_date(today, member.birth_date),
                rules_version=catalogue.rules_version, why=why))
    return Package(household.household_id, catalogue.rules_version, tuple(proposals),
                   tuple(considered) if explain else ())


def _blocker(programme: Programme, held: set[str], catalogue: Catalogue) -> str | None:
    """Why ``programme`` cannot be added to what the person holds, or None."""
    if programme.code in held:
        return "already a member"
    for code in sorted(held):
        other = _maybe(catalogue, code)
        if code in programme.excludes or (other and programme.code in other.excludes):
            return f"already in {code}, which excludes it"
    return None


def _blocked(blocker: str | None) -> Verdict:
    """The structured form of a :func:`_blocker` sentence (None: the household has one)."""
    if blocker is None:
        return Verdict("not_proposed", blocker="household")
    if blocker == "already a member":
        return Verdict("not_proposed", blocker="member")
    code = blocker.removeprefix("already in ").removesuffix(", which excludes it")
    return Verdict("not_proposed", blocker="excluded", excluded_by=code)


def _maybe(catalogue: Catalogue, code: str) -> Programme | None:
    return next((p for p in catalogue.programmes if p.code == code), None)


def explain(package: Package) -> Mapping[str, list[str]]:
    """Per person, the lines a clerk reads: ``CODE: reason`` for every programme considered."""
    lines: dict[str, list[str]] = {}
    for item in package.considered:
        lines.setdefault(item.person_id, []).append(f"{item.programme_code}: {item.reason}")
    return lines
