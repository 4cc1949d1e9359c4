"""Master data files the operator loads into the centre: the gazetteer and the programmes.

The station ships both as JSON (``station/data/locations.json``: areas with a ``code``, a
``name`` and a ``parent``, four levels province > district > commune > village;
``station/data/programmes.json``: ``programmes`` with ``code`` and ``name``). The centre keeps
one row per commune with the names of its province, district and commune, which its reports
and adjudication cases print (``place_name``), and the programme names (``programme_name``).
Reading here needs nothing of the station package.

A place that closes (a commune merged into another) is marked ``"retired": true`` in the
gazetteer rather than left out: it stays one of the centre's communes, so the records
registered in it keep their place in reports and the centre's refusal of master data that
drops a commune in use does not apply, and the stations that pull the list stop offering it
for new households. A file without the key reads as before.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sync.errors import CentralConfigError

#: The format of a list of places (the station's ``station.model.locations.FORMAT``).
FORMAT = "sws-locations"


#: A place name's language in ``names``: an interface language code (km, ur, id, ...).
_LANGUAGE = re.compile(r"[a-z]{2,3}")
#: The longest name of a place in one language.
NAME_MAX = 100


def names_problem(area: Mapping[str, Any]) -> str | None:
    """What is wrong with an area's ``names`` (language code -> its name there, 1 to
    :data:`NAME_MAX` characters; no key: none), or None. The stations read them with this
    rule (``station.model.locations``) and refuse a whole list that breaks it, so the centre
    refuses such a list too, before it passes it on."""
    names = area.get("names", {})
    if isinstance(names, Mapping) and all(
            isinstance(k, str) and _LANGUAGE.fullmatch(k) and isinstance(v, str)
            and v.strip() and len(v) <= NAME_MAX for k, v in names.items()):
        return None
    return (f"names of {area.get('code')} must map language codes (km, ur, id, ...) to "
            f"names of 1-{NAME_MAX} characters")


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:  # its reason once: the error's own text repeats the path
        raise CentralConfigError(f"cannot read {path}: {error.strerror or error}") from error
    except ValueError as error:
        raise CentralConfigError(f"cannot read {path}: {error}") from error


def _named_entries(data: Any, key: str) -> list[dict[str, Any]] | None:
    """``data[key]`` when it is a list of objects that each have a ``code`` and a ``name``."""
    listed = data.get(key) if isinstance(data, dict) else None
    if isinstance(listed, list) and all(
            isinstance(e, dict) and isinstance(e.get("code"), str)
            and isinstance(e.get("name"), str) for e in listed):
        return listed
    return None


def gazetteer(path: Path) -> dict[str, Any]:
    """The gazetteer file as a document (stations pull it back as their list of places):
    areas, each with a code and a name."""
    data = _read(path)
    areas = _named_entries(data, "areas")
    if areas is None:
        raise CentralConfigError(f"{path} is not a gazetteer (areas with code and name)")
    if data.get("format") != FORMAT:  # the centre refuses any other (stations read only it)
        raise CentralConfigError(f"{path} is not a list of places: its format must be "
                                 f"{FORMAT!r} (as station/data/locations.json)")
    _once(path, [a["code"] for a in areas], "area")
    for area in areas:
        if not isinstance(area.get("retired", False), bool):
            raise CentralConfigError(f"{path}: retired of {area['code']} must be true or "
                                     f"false, not {area['retired']!r}")
        if (problem := names_problem(area)) is not None:
            raise CentralConfigError(f"{path}: {problem}")
    return dict(data)


def communes(document: dict[str, Any], path: Path) -> list[dict[str, str]]:
    """The communes of a :func:`gazetteer` document (read from ``path``), each with its
    province, district and commune names; retired ones too (their records keep their names)."""
    areas: list[dict[str, Any]] = document["areas"]
    by_code = {a["code"]: a for a in areas}

    def chain(area: dict[str, Any]) -> list[dict[str, Any]]:
        line = [area]
        while isinstance(line[-1].get("parent"), str) and line[-1]["parent"] in by_code:
            line.append(by_code[line[-1]["parent"]])
            if len(line) > 8:
                raise CentralConfigError(f"{path}: the parents of {area['code']} loop")
        return line

    rows = []
    for area in areas:
        line = chain(area)
        if len(line) == 3:  # commune < district < province
            commune, district, province = line
            rows.append({"code": commune["code"], "province": province["name"][:100],
                         "district": district["name"][:100], "commune": commune["name"][:100]})
    if not rows:
        raise CentralConfigError(f"{path} names no commune (province > district > commune)")
    return rows


def programmes(path: Path) -> list[dict[str, str]]:
    """Code and name of each programme in a programme catalogue file."""
    listed = _named_entries(_read(path), "programmes")
    if listed is None:
        raise CentralConfigError(f"{path} is not a programme catalogue (programmes with code "
                                 "and name)")
    _once(path, [p["code"] for p in listed], "programme")
    return [{"code": p["code"], "name": p["name"][:200]} for p in listed]


def _once(path: Path, codes: list[str], what: str) -> None:
    """Refuse a file that gives a code twice (the centre would refuse it, nothing replaced;
    a --dry-run must refuse it as well, not show a plan that silently keeps one of them)."""
    twice = sorted(code for code, n in Counter(codes).items() if n > 1)
    if twice:
        raise CentralConfigError(f"{path} gives {what} code(s) twice: {', '.join(twice[:5])}"
                                 + (" ..." if len(twice) > 5 else ""))


def changes(now: list[dict[str, Any]], then: list[dict[str, Any]]) -> dict[str, Any]:
    """What replacing the rows ``now`` (each with a ``code``) by ``then`` would do: how many
    before and after, and the codes added, removed and changed (another name), sorted."""
    old = {row["code"]: row for row in now}
    new = {row["code"]: row for row in then}
    return {"now": len(old), "then": len(new),
            "added": sorted(new.keys() - old.keys()),
            "removed": sorted(old.keys() - new.keys()),
            "changed": sorted(c for c in old.keys() & new.keys()
                              if {k: old[c].get(k) for k in new[c]} != new[c])}
