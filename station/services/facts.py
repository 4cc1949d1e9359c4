"""The facts eligibility rules may test, with their types and the words used in reasons.

The set is fixed by code (the station computes each fact from the registry); a rules file that
names any other fact is refused when it is loaded, not when a clerk is at the counter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: Poverty levels from the poorest to the best off; ordinal comparisons follow this order,
#: so ``poverty_level <= poor`` means "poor or poorer".
POVERTY_LEVELS = ("extreme_poor", "poor", "near_poor", "non_poor")

#: Employment situations a clerk records for a person of working age.
EMPLOYMENT = ("employed", "self_employed", "informal", "unemployed", "student", "retired",
              "inactive", "child")

SEXES = ("F", "M", "X")

FactType = Literal["int", "float", "bool", "enum", "ordinal"]
FactValue = int | float | bool | str | None


@dataclass(frozen=True)
class Fact:
    """One testable fact: its name in rules files, its type, and its label in reasons."""

    name: str
    type: FactType
    label: str
    values: tuple[str, ...] = ()


FACTS: dict[str, Fact] = {
    fact.name: fact
    for fact in (
        Fact("age", "int", "age"),
        Fact("sex", "enum", "sex", SEXES),
        Fact("disability", "bool", "disability"),
        Fact("employment", "enum", "employment", EMPLOYMENT),
        Fact("is_head", "bool", "head of household"),
        Fact("poverty_level", "ordinal", "household poverty level", POVERTY_LEVELS),
        Fact("pmt_score", "float", "household PMT score"),
        Fact("household_size", "int", "household size"),
        Fact("children_under_16", "int", "children under 16 in the household"),
        Fact("elderly_members", "int", "members aged 60 or more in the household"),
        Fact("disabled_members", "int", "members with a disability in the household"),
    )
}
