"""Master data files the operator loads into the centre: the gazetteer and the programmes.

The station ships both as JSON (``station/data/locations.json``: areas with a ``code``, a
``name`` and a ``parent``, four levels province > district > commune > village;
``station/data/programmes.json``: ``programmes`` with ``code`` and ``name``). The centre keeps
one row per commune with the names of its province, district and commune, which its reports
and adjudication cases print (``place_name``), and the programme names (``programme_name``).
Reading here needs nothing of the station package.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sync.errors import CentralConfigError


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CentralConfigError(f"cannot read {path}: {error}") from error


def gazetteer(path: Path) -> dict[str, Any]:
    """The whole gazetteer document (stations pull it back as their list of places); call
    :func:`communes` first, which checks it."""
    return dict(_read(path))


def communes(path: Path) -> list[dict[str, str]]:
    """The communes of a gazetteer file, each with its province, district and commune names."""
    data = _read(path)
    areas = data.get("areas") if isinstance(data, dict) else None
    if not isinstance(areas, list) or not all(
            isinstance(a, dict) and isinstance(a.get("code"), str)
            and isinstance(a.get("name"), str) for a in areas):
        raise CentralConfigError(f"{path} is not a gazetteer (areas with code and name)")
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
    data = _read(path)
    listed = data.get("programmes") if isinstance(data, dict) else None
    if not isinstance(listed, list) or not all(
            isinstance(p, dict) and isinstance(p.get("code"), str)
            and isinstance(p.get("name"), str) for p in listed):
        raise CentralConfigError(f"{path} is not a programme catalogue (programmes with code "
                                 "and name)")
    return [{"code": p["code"], "name": p["name"][:200]} for p in listed]
