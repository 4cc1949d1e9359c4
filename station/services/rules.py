"""A small, safe condition language for eligibility rules, evaluated with human reasons.

A condition is JSON, never code, and is checked against :data:`station.services.facts.FACTS`
when the rules file is loaded::

    {"fact": "age", "op": ">=", "value": 60}
    {"all": [cond, ...]}      every one holds
    {"any": [cond, ...]}      at least one holds
    {"not": cond}             the condition does not hold

Operators: ``== != < <= > >=`` (numbers; ordinal facts compare by their declared order),
``in`` / ``not_in`` (a list of values). Evaluation returns the outcome *and* the reasons
that decided it ("age 67 >= 60"), so the clerk sees why a programme is proposed or not.
Each reason is kept in structured form (:class:`Reason`: fact, operator, values) so the window
can say it in the clerk's language; its English wording is the record that is stored.
Nothing is ever passed to ``eval``; an unknown fact, operator or value is a load-time error.

References
----------
M. Fowler, "Specification" pattern; openIMIS and OpenSPP eligibility managers (rules over
registry attributes, with a record of which rule version decided).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from station.services.errors import RulesError
from station.services.facts import FACTS, Fact, FactValue

_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt,
    "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}
_NEGATED = {"==": "!=", "!=": "==", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}
OPERATORS = (*_COMPARE, "in", "not_in")
# Ordinal facts run from the poorest up: "<=" reads "at or below".
_ORDINAL_WORDS = {"==": "exactly", "!=": "other than", "<": "below", "<=": "at or below",
                  ">": "above", ">=": "at or above"}


ReasonKind = Literal["not_recorded", "compare", "ordinal", "enum_is", "enum_is_not", "bool",
                     "in", "not_in"]


@dataclass(frozen=True)
class Reason:
    """One reason in structured form, so a view can say it in the interface language.

    ``kind`` picks the sentence; ``op`` is the operator as stated (already negated when the
    comparison failed); ``actual`` is the person's value (None when not recorded) and
    ``wanted`` the rule's value(s). :attr:`english` is the stored, audited English wording.
    """

    kind: ReasonKind
    fact: str
    op: str = ""
    actual: FactValue = None
    wanted: tuple[FactValue, ...] = ()

    @property
    def english(self) -> str:
        label, shown = FACTS[self.fact].label, _show(self.actual)
        wanted = ", ".join(_show(v) for v in self.wanted)
        return {
            "not_recorded": f"{label} is not recorded",
            "bool": f"{label}: {shown}",
            "in": f"{label} {shown} is one of {wanted}",
            "not_in": f"{label} {shown} is not one of {wanted}",
            "enum_is": f"{label} is {wanted}",
            "enum_is_not": f"{label} is {shown}, not {wanted}",
            "ordinal": f"{label} {shown} is {_ORDINAL_WORDS.get(self.op, self.op)} {wanted}",
            "compare": f"{label} {shown} {self.op} {wanted}",
        }[self.kind]


@dataclass(frozen=True)
class Outcome:
    """Whether a condition holds, and the reasons that decided it (structured and in words)."""

    holds: bool
    details: tuple[Reason, ...]

    @property
    def reasons(self) -> tuple[str, ...]:
        """The reasons in English, as stored and audited."""
        return tuple(r.english for r in self.details)

    @property
    def text(self) -> str:
        return " and ".join(self.reasons)


def _once(reasons: Iterable[Reason]) -> tuple[Reason, ...]:
    """Each reason once, in order: two branches that both lack a fact say so one time (two
    reasons are the same when their stored English wording is)."""
    first: dict[str, Reason] = {}
    for reason in reasons:
        first.setdefault(reason.english, reason)
    return tuple(first.values())


@dataclass(frozen=True)
class Leaf:
    """``fact op value``: one comparison of a fact with a constant from the rules file."""

    fact: Fact
    op: str
    value: Any

    def evaluate(self, facts: Mapping[str, FactValue]) -> Outcome:
        actual = facts.get(self.fact.name)
        if actual is None:
            return Outcome(False, (Reason("not_recorded", self.fact.name),))
        holds = self._holds(actual)
        return Outcome(holds, (self._describe(actual, holds),))

    def holds(self, facts: Mapping[str, FactValue]) -> bool:
        """The outcome alone, without composing reasons (bulk evaluation)."""
        actual = facts.get(self.fact.name)
        return actual is not None and self._holds(actual)

    def _holds(self, actual: FactValue) -> bool:
        if self.op in ("in", "not_in"):
            return (actual in self.value) == (self.op == "in")
        if self.fact.type == "ordinal":
            order = self.fact.values
            return _COMPARE[self.op](order.index(str(actual)), order.index(self.value))
        return _COMPARE[self.op](actual, self.value)

    def _describe(self, actual: FactValue, holds: bool) -> Reason:
        name = self.fact.name
        if self.fact.type == "bool" and self.op in ("==", "!="):
            return Reason("bool", name, actual=actual)
        if self.op in ("in", "not_in"):
            inside = (self.op == "in") == holds
            return Reason("in" if inside else "not_in", name, self.op, actual, tuple(self.value))
        if self.fact.type == "enum":  # == or !=
            is_equal = (self.op == "==") == holds
            return Reason("enum_is" if is_equal else "enum_is_not", name, self.op, actual,
                          (self.value,))
        op = self.op if holds else _NEGATED[self.op]
        kind: ReasonKind = "ordinal" if self.fact.type == "ordinal" else "compare"
        return Reason(kind, name, op, actual, (self.value,))


@dataclass(frozen=True)
class AllOf:
    items: tuple[Condition, ...]

    def evaluate(self, facts: Mapping[str, FactValue]) -> Outcome:
        outcomes = [item.evaluate(facts) for item in self.items]
        failed = [o for o in outcomes if not o.holds]
        chosen = failed or outcomes
        return Outcome(not failed, _once(r for o in chosen for r in o.details))

    def holds(self, facts: Mapping[str, FactValue]) -> bool:
        return all(item.holds(facts) for item in self.items)


@dataclass(frozen=True)
class AnyOf:
    items: tuple[Condition, ...]

    def evaluate(self, facts: Mapping[str, FactValue]) -> Outcome:
        outcomes = [item.evaluate(facts) for item in self.items]
        passed = [o for o in outcomes if o.holds]
        if passed:
            return Outcome(True, passed[0].details)
        return Outcome(False, _once(r for o in outcomes for r in o.details))

    def holds(self, facts: Mapping[str, FactValue]) -> bool:
        return any(item.holds(facts) for item in self.items)


@dataclass(frozen=True)
class Not:
    item: Condition

    def evaluate(self, facts: Mapping[str, FactValue]) -> Outcome:
        inner = self.item.evaluate(facts)
        return Outcome(not inner.holds, inner.details)

    def holds(self, facts: Mapping[str, FactValue]) -> bool:
        return not self.item.holds(facts)


Condition = Leaf | AllOf | AnyOf | Not


def shown(value: Any) -> str:
    """A fact's value as the English reasons write it ("yes", "20.25", "extreme poor")."""
    return _show(value)


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("_", " ") if isinstance(value, str) else str(value)


def parse_condition(data: Any, where: str = "rule") -> Condition:
    """Build a condition from its JSON form; raise :class:`RulesError` saying where it is wrong."""
    if not isinstance(data, Mapping) or len(data) == 0:
        raise RulesError("a condition must be a non-empty JSON object", where=where)
    keys = set(data)
    if keys == {"all"} or keys == {"any"}:
        kind = "all" if "all" in keys else "any"
        items = data[kind]
        if not isinstance(items, list) or not items:
            raise RulesError(f"{kind!r} needs a non-empty list of conditions", where=where)
        parsed = tuple(parse_condition(c, f"{where}.{kind}[{i}]") for i, c in enumerate(items))
        return AllOf(parsed) if kind == "all" else AnyOf(parsed)
    if keys == {"not"}:
        return Not(parse_condition(data["not"], f"{where}.not"))
    if keys == {"fact", "op", "value"}:
        return _parse_leaf(data, where)
    raise RulesError(f"unknown condition keys {sorted(keys)}; expected all, any, not or "
                     "fact/op/value", where=where)


def _parse_leaf(data: Mapping[str, Any], where: str) -> Leaf:
    name, op, value = data["fact"], data["op"], data["value"]
    fact = FACTS.get(name) if isinstance(name, str) else None
    if fact is None:
        raise RulesError(f"unknown fact {name!r}; known facts: {', '.join(sorted(FACTS))}",
                         where=where)
    if op not in OPERATORS:
        raise RulesError(f"unknown operator {op!r}; use one of {' '.join(OPERATORS)}",
                         where=where)
    if op in ("in", "not_in"):
        if not isinstance(value, list) or not value:
            raise RulesError(f"{op!r} needs a non-empty list of values", where=where)
        for item in value:
            _check_value(fact, item, where)
        return Leaf(fact, op, tuple(value))
    if fact.type in ("bool", "enum") and op not in ("==", "!="):
        raise RulesError(f"{fact.name} is {fact.type}: only == != in not_in apply", where=where)
    _check_value(fact, value, where)
    return Leaf(fact, op, value)


def _check_value(fact: Fact, value: Any, where: str) -> None:
    ok = {
        "int": isinstance(value, int) and not isinstance(value, bool),
        "float": isinstance(value, int | float) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
        "enum": value in fact.values,
        "ordinal": value in fact.values,
    }[fact.type]
    if not ok:
        expected = f"one of {', '.join(fact.values)}" if fact.values else f"a {fact.type}"
        raise RulesError(f"value {value!r} for {fact.name} must be {expected}", where=where)
