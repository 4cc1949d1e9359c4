"""Grievance categories (data) and the life-cycle every grievance follows (a transition table).

::

    received --refer--> referred --resolve--> resolved --close--> closed
    received --resolve--> resolved            resolved --appeal--> appealed
    appealed --refer--> referred  /  appealed --resolve--> resolved
    received | referred | appealed --withdraw--> closed

A category names the responsible service and how many days it has; an appeal must come within
``appeal_window_days`` of the resolution and reopens the grievance with a new deadline.

References
----------
World Bank, "Grievance Redress Mechanisms in social protection" (GRM how-to notes): intake,
referral, resolution within a deadline, appeal, and reporting by status and age.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from station.services.errors import AppealsUsed, AppealTooLate, InvalidTransition, RulesError

FORMAT = "sws-grievances"

#: (status, action) -> new status.
TRANSITIONS: dict[tuple[str, str], str] = {
    ("received", "refer"): "referred",
    ("received", "resolve"): "resolved",
    ("referred", "resolve"): "resolved",
    ("resolved", "appeal"): "appealed",
    ("resolved", "close"): "closed",
    ("appealed", "refer"): "referred",
    ("appealed", "resolve"): "resolved",
    ("received", "withdraw"): "closed",
    ("referred", "withdraw"): "closed",
    ("appealed", "withdraw"): "closed",
}
OPEN_STATUSES = ("received", "referred", "appealed")


@dataclass(frozen=True)
class Category:
    code: str
    label: str
    service: str
    days: int


@dataclass(frozen=True)
class GrievancePolicy:
    """Categories and appeal rules, from ``station/data/grievances.json``."""

    version: str
    categories: tuple[Category, ...]
    appeal_window_days: int
    appeal_deadline_days: int
    max_appeals: int

    def category(self, code: str) -> Category:
        for category in self.categories:
            if category.code == code:
                return category
        known = ", ".join(c.code for c in self.categories)
        raise RulesError(f"unknown grievance category {code!r}; use one of {known}")

    def deadline(self, code: str, received: dt.date) -> dt.date:
        return received + dt.timedelta(days=self.category(code).days)


def next_status(current: str, action: str) -> str:
    """The status after ``action``; raise :class:`InvalidTransition` if it is not allowed."""
    try:
        return TRANSITIONS[(current, action)]
    except KeyError:
        allowed = sorted(a for (s, a) in TRANSITIONS if s == current) or ["nothing"]
        raise InvalidTransition("the grievance", current, action,
                                why=f"allowed now: {', '.join(allowed)}") from None


def check_appeal(policy: GrievancePolicy, *, resolved_on: dt.date, today: dt.date,
                 appeals_so_far: int) -> None:
    """Raise :class:`InvalidTransition` if an appeal is too late or one too many."""
    if appeals_so_far >= policy.max_appeals:
        raise AppealsUsed(appeals_so_far)
    last_day = resolved_on + dt.timedelta(days=policy.appeal_window_days)
    if today > last_day:
        raise AppealTooLate(last_day)


def default_path() -> Path:
    return Path(str(resources.files("station.data").joinpath("grievances.json")))


def load_policy(path: Path | None = None) -> GrievancePolicy:
    path = path or default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RulesError(f"cannot read the grievance categories {path}: {error}") from error
    return parse_policy(data, where=path.name)


def parse_policy(data: Any, where: str = "grievances") -> GrievancePolicy:
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise RulesError(f"not a grievance policy (format must be {FORMAT!r})", where=where)
    entries = data.get("categories")
    if not isinstance(entries, list) or not entries:
        raise RulesError("categories must be a non-empty list", where=where)
    categories = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("days"), int) \
                or entry["days"] <= 0 or not entry.get("code") or not entry.get("service"):
            raise RulesError(f"categories[{i}] needs code, service and days > 0", where=where)
        categories.append(Category(str(entry["code"]), str(entry.get("label", entry["code"])),
                                   str(entry["service"]), entry["days"]))
    window, deadline, appeals = (_whole(data, k, where) for k in
                                 ("appeal_window_days", "appeal_deadline_days", "max_appeals"))
    return GrievancePolicy(str(data.get("version", "")), tuple(categories), window, deadline,
                           appeals)


def _whole(data: Mapping[str, Any], key: str, where: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise RulesError(f"{key} must be a whole number >= 0", where=where)
    return value
