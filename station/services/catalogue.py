"""The programme catalogue and its eligibility rules, loaded from a versioned JSON file.

The file (``station/data/programmes.json`` by default) is master data: the central office
publishes a new ``rules_version`` and stations receive it with their master-data sync. Every
proposal and membership records the version that produced it, so an auditor can tell which
rules applied on the day. See ``docs/services.md`` for the format.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from station.services.errors import RulesError
from station.services.rules import Condition, parse_condition

FORMAT = "sws-programmes"
FORMAT_VERSION = 1
UNITS = ("person", "household")


@dataclass(frozen=True)
class Term:
    """How long a membership lasts: a number of months and/or until an age is reached."""

    months: int | None = None
    until_age: int | None = None

    def end_date(self, start: dt.date, birth_date: dt.date | None) -> dt.date | None:
        """The last day of membership starting on ``start``, or None when open-ended."""
        ends: list[dt.date] = []
        if self.months is not None:
            ends.append(add_months(start, self.months) - dt.timedelta(days=1))
        if self.until_age is not None and birth_date is not None:
            birthday = _replace_year(birth_date, birth_date.year + self.until_age)
            ends.append(max(start, birthday - dt.timedelta(days=1)))
        return min(ends) if ends else None


@dataclass(frozen=True)
class ContributionScheme:
    """What a contributory programme collects: an amount per period, in minor currency units."""

    amount_minor: int
    period_months: int
    grace_days: int
    suspend_after_periods: int
    currency: str


@dataclass(frozen=True)
class Programme:
    """One programme of the catalogue with the rule that makes a person or household eligible."""

    code: str
    name: str
    unit: str
    service: str
    rule: Condition
    term: Term
    excludes: tuple[str, ...] = ()
    contribution: ContributionScheme | None = None
    #: The name in other interface languages (code -> name); ``name`` where one is missing.
    names: Mapping[str, str] = field(default_factory=dict)

    def title(self, language: str | None = None) -> str:
        """The programme's name in ``language`` (an interface language code), else ``name``."""
        return self.names.get(language or "", self.name)


@dataclass(frozen=True)
class Catalogue:
    """A versioned programme catalogue: ``programmes`` in priority order."""

    rules_version: str
    valid_from: dt.date
    programmes: tuple[Programme, ...]

    def get(self, code: str) -> Programme:
        for programme in self.programmes:
            if programme.code == code:
                return programme
        raise RulesError(f"programme {code!r} is not in catalogue {self.rules_version}")


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months, clamped to the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def _replace_year(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a common year
        return dt.date(year, 3, 1)


def default_path() -> Path:
    """The catalogue delivered with the station's master data."""
    return Path(str(resources.files("station.data").joinpath("programmes.json")))


@lru_cache(maxsize=8)
def programme_names(language: str | None = None) -> dict[str, str]:
    """Programme code -> name from the station's catalogue, in ``language`` where the
    catalogue has it (English otherwise), for screens and receipts that show programmes to
    people ({} if it cannot be read: codes are then shown as they are)."""
    try:
        return {p.code: p.title(language) for p in load_catalogue().programmes}
    except RulesError:
        return {}


def load_catalogue(path: Path | None = None) -> Catalogue:
    """Read and check a catalogue file; raise :class:`RulesError` naming the faulty entry."""
    path = path or default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RulesError(f"cannot read the programme catalogue {path}: {error}") from error
    return parse_catalogue(data, where=path.name)


def parse_catalogue(data: Any, where: str = "catalogue") -> Catalogue:
    """Build a :class:`Catalogue` from the decoded JSON document."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise RulesError(f"not a programme catalogue (format must be {FORMAT!r})", where=where)
    if data.get("format_version") != FORMAT_VERSION:
        raise RulesError(f"format_version {data.get('format_version')!r} is not supported "
                         f"(this station reads {FORMAT_VERSION})", where=where)
    version = data.get("rules_version")
    if not isinstance(version, str) or not version:
        raise RulesError("rules_version must be a non-empty string", where=where)
    try:
        valid_from = dt.date.fromisoformat(str(data.get("valid_from")))
    except ValueError as error:
        raise RulesError("valid_from must be a date YYYY-MM-DD", where=where) from error
    entries = data.get("programmes")
    if not isinstance(entries, list) or not entries:
        raise RulesError("programmes must be a non-empty list", where=where)
    programmes = tuple(_programme(e, f"{where}: programmes[{i}]") for i, e in enumerate(entries))
    codes = [p.code for p in programmes]
    if len(set(codes)) != len(codes):
        raise RulesError("programme codes must be unique", where=where)
    for programme in programmes:
        unknown = set(programme.excludes) - set(codes)
        if unknown:
            raise RulesError(f"{programme.code} excludes unknown programme(s) "
                             f"{sorted(unknown)}", where=where)
    return Catalogue(version, valid_from, programmes)


def _programme(entry: Any, where: str) -> Programme:
    if not isinstance(entry, Mapping):
        raise RulesError("a programme must be a JSON object", where=where)
    missing = {"code", "name", "unit", "service", "rule"} - set(entry)
    if missing:
        raise RulesError(f"missing field(s) {sorted(missing)}", where=where)
    if entry["unit"] not in UNITS:
        raise RulesError(f"unit must be one of {UNITS}", where=where)
    code = str(entry["code"])
    if not code or len(code) > 32:
        raise RulesError("code must be 1 to 32 characters", where=where)
    term = entry.get("term", {})
    if not isinstance(term, Mapping) or set(term) - {"months", "until_age"}:
        raise RulesError("term may only hold months and until_age", where=where)
    for key in ("months", "until_age"):
        if key in term and (not isinstance(term[key], int) or term[key] <= 0):
            raise RulesError(f"term.{key} must be a positive whole number", where=where)
    return Programme(
        code=code,
        name=str(entry["name"]),
        unit=str(entry["unit"]),
        service=str(entry["service"]),
        rule=parse_condition(entry["rule"], f"{where}.rule"),
        term=Term(term.get("months"), term.get("until_age")),
        excludes=tuple(str(c) for c in entry.get("excludes", [])),
        contribution=_scheme(entry.get("contribution"), f"{where}.contribution"),
        names=_names(entry.get("names", {}), f"{where}.names"),
    )


def _names(data: Any, where: str) -> dict[str, str]:
    """``{"km": "...", ...}``: the programme's name per interface language."""
    if not isinstance(data, Mapping) or any(
            not isinstance(k, str) or not re.fullmatch(r"[a-z]{2,3}", k)
            or not isinstance(v, str) or not v.strip() for k, v in data.items()):
        raise RulesError("names must map language codes (e.g. km) to non-empty names",
                         where=where)
    return {k: v.strip() for k, v in data.items()}


def _scheme(data: Any, where: str) -> ContributionScheme | None:
    if data is None:
        return None
    fields = ("amount_minor", "period_months", "grace_days", "suspend_after_periods")
    if not isinstance(data, Mapping) or any(
            not isinstance(data.get(f), int) or data[f] < 0 for f in fields):
        raise RulesError(f"a contribution needs whole numbers {', '.join(fields)}", where=where)
    if 0 in (data["amount_minor"], data["period_months"], data["suspend_after_periods"]):
        raise RulesError("amount, period and suspension threshold must be above zero", where=where)
    return ContributionScheme(data["amount_minor"], data["period_months"], data["grace_days"],
                              data["suspend_after_periods"], str(data.get("currency", "")))
