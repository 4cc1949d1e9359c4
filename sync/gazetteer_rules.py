"""The rules of a list of places (the gazetteer): one set, for the centre and the stations.

A station reads the list with :func:`check` (``station.model.locations.parse_gazetteer``)
and refuses the whole list when it breaks any rule, keeping the one it has; the centre runs
the same :func:`check` on the operator's file before it sends it (``sws central
master-data``) and on every ``PUT /v1/master-data``, so it never takes, and passes on to
every station, a list that no station would read. Plain Python: no Qt, no database.

The document (``format: sws-locations``, ``format_version: 1``)::

    {"format": "sws-locations", "format_version": 1, "version": "...",
     "areas": [{"code": "12", "name": "..."}, {"code": "1203", "parent": "12", "name": "...",
               "names": {"km": "..."}, "retired": true}]}

Each area has a code (:data:`CODE`), a name of 1 to :data:`NAME_MAX` characters, names in
other languages (``names``: language code -> name, optional), ``retired`` (true or false,
optional) and, below a province, a parent listed before it; its level is its depth
(:data:`LEVELS`), nothing below a village.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

FORMAT = "sws-locations"
FORMAT_VERSION = 1
LEVELS = ("province", "district", "commune", "village")
#: An area's code.
CODE = re.compile(r"^[A-Za-z0-9_-]{1,16}$")
#: A place name's language in ``names``: an interface language code (km, ur, id, ...).
LANGUAGE = re.compile(r"[a-z]{2,3}")
#: The longest name of a place in one language.
NAME_MAX = 100


class GazetteerRuleBroken(ValueError):
    """A list of places breaks a rule: its message is one sentence, ``WHERE: ...`` naming
    the area (``areas[i]`` and its code) and the rule."""


@dataclass(frozen=True)
class CheckedArea:
    """One area as the rules read it: its level is its depth below a province."""

    code: str
    level: str
    name: str
    parent: str | None
    retired: bool
    #: (language code, name) pairs, sorted.
    names: tuple[tuple[str, str], ...]


def check(data: Any, where: str) -> list[CheckedArea]:
    """The areas of a decoded list of places, in its order; :class:`GazetteerRuleBroken`
    (``where: ...``, one sentence) at the first rule it breaks."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise GazetteerRuleBroken(f"{where}: not a list of places (format must be {FORMAT!r})")
    if data.get("format_version") != FORMAT_VERSION:
        raise GazetteerRuleBroken(f"{where}: format_version {data.get('format_version')!r} is "
                                  f"not supported (this station reads {FORMAT_VERSION})")
    entries = data.get("areas")
    if not isinstance(entries, list):
        raise GazetteerRuleBroken(f"{where}: areas must be a list")
    known: dict[str, CheckedArea] = {}
    for i, entry in enumerate(entries):
        area = _area(entry, known, f"{where}: areas[{i}]")
        known[area.code] = area
    return list(known.values())


def problem(data: Any, where: str) -> str | None:
    """The sentence :func:`check` raises for ``data``, or None when it keeps every rule."""
    try:
        check(data, where)
    except GazetteerRuleBroken as error:
        return str(error)
    return None


def _names_problem(area: Mapping[str, Any]) -> str | None:
    """What is wrong with an area's ``names`` (language code -> its name there, 1 to
    :data:`NAME_MAX` characters; no key: none), or None."""
    names = area.get("names", {})
    if isinstance(names, Mapping) and all(
            isinstance(k, str) and LANGUAGE.fullmatch(k) and isinstance(v, str)
            and v.strip() and len(v) <= NAME_MAX for k, v in names.items()):
        return None
    return (f"names of {area.get('code')} must map language codes (km, ur, id, ...) to "
            f"names of 1-{NAME_MAX} characters")


def _area(entry: Any, known: Mapping[str, CheckedArea], where: str) -> CheckedArea:
    if not isinstance(entry, Mapping):
        raise GazetteerRuleBroken(f"{where} must be an object")
    code, name, parent = entry.get("code"), entry.get("name"), entry.get("parent")
    retired = entry.get("retired", False)
    if not isinstance(code, str) or not CODE.match(code):
        raise GazetteerRuleBroken(f"{where}: code {code!r} is not valid (1-16 letters, "
                                  "digits, - _)")
    if code in known:
        raise GazetteerRuleBroken(f"{where}: code {code} appears twice")
    if not isinstance(name, str) or not name.strip() or len(name) > NAME_MAX:
        raise GazetteerRuleBroken(f"{where}: the name of {code} must be 1-{NAME_MAX} "
                                  "characters")
    if not isinstance(retired, bool):
        raise GazetteerRuleBroken(f"{where}: retired of {code} must be true or false, not "
                                  f"{retired!r}")
    if (wrong := _names_problem(entry)) is not None:
        raise GazetteerRuleBroken(f"{where}: {wrong}")
    names = tuple(sorted((k, v.strip()) for k, v in entry.get("names", {}).items()))
    if parent is None:
        return CheckedArea(code, LEVELS[0], name.strip(), None, retired, names)
    above = known.get(parent) if isinstance(parent, str) else None
    if above is None:
        raise GazetteerRuleBroken(f"{where}: parent {parent!r} of {code} is not listed "
                                  "before it")
    depth = LEVELS.index(above.level) + 1
    if depth >= len(LEVELS):
        raise GazetteerRuleBroken(f"{where}: {code} is below a village")
    return CheckedArea(code, LEVELS[depth], name.strip(), parent, retired, names)
