"""What a report is, independent of its format: titled tables, some of them drawn as charts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

ChartKind = Literal["bar", "barh", "stacked", "stackedh"]


@dataclass(frozen=True)
class Chart:
    """How to draw a table: ``label`` column on one axis, ``values`` columns as bars."""

    kind: ChartKind
    label: str
    values: tuple[str, ...]
    ylabel: str = ""


@dataclass(frozen=True)
class Table:
    """One section of a report: a name (CSV/JSON key), a title, columns and rows."""

    name: str
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    chart: Chart | None = None

    def column(self, name: str) -> list[Any]:
        index = self.columns.index(name)
        return [row[index] for row in self.rows]

    def as_records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class Area:
    """The commune or district a report covers (None: the whole registry)."""

    district: str | None = None
    commune: str | None = None
    #: The area's name (from the gazetteer), shown before its code when known.
    name: str | None = None

    @property
    def label(self) -> str:
        code = self.commune or self.district
        kind = "commune" if self.commune else "district"
        if code is None:  # the whole registry, or what a report names instead (the till's)
            return self.name or "whole registry"
        return f"{kind} {self.name} ({code})" if self.name and self.name != code else \
            f"{kind} {code}"


@dataclass(frozen=True)
class Report:
    """A report for an area on a date; ``tables`` in reading order; ``notes``: the rules a
    reader needs to make the figures add up (printed under the title in every format)."""

    kind: str
    title: str
    area: Area
    as_of: dt.date
    station_id: str
    tables: list[Table] = field(default_factory=list)
    notes: tuple[str, ...] = ()
    #: The PDF lays the tables one under another, a new page only where the next does not
    #: fit (a short paper of many small tables: a person's record), instead of one page each.
    flow: bool = False

    def table(self, name: str) -> Table:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)
