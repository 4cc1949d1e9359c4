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
from collections import Counter
from pathlib import Path
from typing import Any

from sync import gazetteer_rules
from sync.errors import CentralConfigError


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
    """The gazetteer file as a document (stations pull it back as their list of places),
    refused in one line (the area and the rule) where it breaks a rule the stations read it
    with (:func:`sync.gazetteer_rules.check`): every station would refuse it, at every sync,
    and keep its old list."""
    data = _read(path)
    try:
        gazetteer_rules.check(data, str(path))
    except gazetteer_rules.GazetteerRuleBroken as error:
        raise CentralConfigError(str(error)) from error
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
