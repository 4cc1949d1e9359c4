"""The gazetteer: names of the administrative areas behind the address codes.

Records keep codes (province > district > commune > village), which stay stable when a name
is respelt; people read names. The gazetteer is master data like the programme catalogue: the
station ships a demo file (``station/data/locations.json``) and a station may be given its own
(``SWS_HOME/locations.json``, written from the central registry's master data). A code the
gazetteer does not know is still a valid code: villages are added faster than lists are
updated, so the form accepts a typed code and shows the code where no name is known.

File format (``format: sws-locations``, ``format_version: 1``)::

    {"format": "sws-locations", "format_version": 1, "version": "...",
     "levels": ["province", "district", "commune", "village"],
     "areas": [{"code": "12", "name": "..."}, {"code": "1203", "parent": "12", "name": "..."},
               {"code": "120399", "parent": "1203", "name": "...", "retired": true}]}

Each area's level is its depth below a province; a parent must come before its children.
The rules a list must keep are :mod:`sync.gazetteer_rules`, the centre's as well: it takes
no list that a station would refuse.

An area may carry its name in the desk languages, ``"names": {"km": "..."}`` (the same key
as the programme catalogue's): a station working in Khmer shows and prints that name
(:meth:`Gazetteer.in_language`), and a clerk may type either name. Where a language has no
name, the area's ``name`` is shown. Lists without the key read as before.

An area marked ``"retired": true`` (a commune merged into another, say) stays in the list: the
records and reports that name it keep its name, but it is no longer offered
(:meth:`Gazetteer.children`, ``sws places``) and no new household (nor a person without one)
is registered in it or in an area inside it (:meth:`Gazetteer.retired_in`). Lists without the
key read as before, and a station that does not know the key still reads the list (it offers
the area as before).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from station.errors import InvalidDemographics, InvalidGazetteer
from sync.gazetteer_rules import FORMAT as FORMAT  # the rules' own, read here too
from sync.gazetteer_rules import FORMAT_VERSION as FORMAT_VERSION
from sync.gazetteer_rules import LEVELS

FILE_NAME = "locations.json"


class RetiredPlace(InvalidDemographics):
    """A new household asked for in an area the list of places marks retired."""

    def __init__(self, code: str, name: str, level: str) -> None:
        super().__init__(f"{name} ({code}) is a retired {level} in the list of places: no new "
                         f"household is registered there; choose the {level} that replaced it",
                         field=level)
        self.code, self.name, self.level = code, name, level


@dataclass(frozen=True)
class Area:
    """One administrative area: its code, level, name and the code of the area it is in."""

    code: str
    level: str
    name: str
    parent: str | None = None
    #: Kept for the records that name it; not offered, no new household in it.
    retired: bool = False
    #: The name in other languages, (language code, name) pairs: ``names`` in the file.
    names: tuple[tuple[str, str], ...] = ()

    def name_in(self, language: str) -> str:
        """The area's name in ``language`` where the list gives one, else its ``name``."""
        return next((n for code, n in self.names if code == language), self.name)

    @property
    def listed_name(self) -> str:
        """The list's own ``name``, also where a desk shows the area in another language."""
        return self.name_in("")

    @property
    def every_name(self) -> tuple[str, ...]:
        """The names a clerk may type for it: the one shown first, then the list's others."""
        return (self.name, *(n for _, n in self.names if n != self.name))


class Gazetteer:
    """Areas by code and by parent, read-only once built (but for the cache of the same
    areas named in a desk language, :meth:`in_language`)."""

    def __init__(self, areas: Iterable[Area], version: str = "", language: str = "") -> None:
        self.version = version
        #: The language whose names :attr:`Area.name` holds ("" for the list's own names).
        self.language = language
        self._by_code: dict[str, Area] = {}
        self._children: dict[str | None, list[Area]] = {}
        self._by_name: dict[tuple[str, str], list[Area]] = {}  # (level, casefolded name)
        self._languages: dict[str, Gazetteer] = {}
        self._base = self  # the list's own names (a localised one keeps its source)
        for area in areas:
            self._by_code[area.code] = area
            self._children.setdefault(area.parent, []).append(area)
            # every name a clerk may type: the one shown and the list's others
            for name in set(area.every_name):
                self._by_name.setdefault((area.level, name.casefold()), []).append(area)
        for kids in self._children.values():
            kids.sort(key=lambda a: (a.name.casefold(), a.code))

    def in_language(self, language: str) -> Gazetteer:
        """The same areas named in ``language`` where the list gives a name in it (the
        others keep their own): what a desk working in that language shows and prints.
        Codes, levels and retirements are the same, and a name typed in any of the list's
        languages is found (:meth:`named`)."""
        base = self._base
        if language == base.language or not any(
                code == language for a in base._by_code.values() for code, _ in a.names):
            return base
        if language not in base._languages:
            localised = Gazetteer(
                [replace(a, name=a.name_in(language), names=(*a.names, ("", a.name)))
                 for a in base._by_code.values()],
                version=base.version, language=language)
            localised._base = base
            base._languages[language] = localised
        return base._languages[language]

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str) -> Area | None:
        """The area with this code, or None when the gazetteer does not know it."""
        return self._by_code.get(code)

    def named(self, name: str, level: str) -> list[Area]:
        """Areas of ``level`` called ``name`` in any of the list's languages
        (case-insensitive; names repeat across districts)."""
        return list(self._by_name.get((level, name.strip().casefold()), ()))

    def children(self, parent: str | None, *, retired: bool = False) -> list[Area]:
        """Areas directly inside ``parent`` (the provinces for None), sorted by name: the
        areas offered, so without the retired ones unless ``retired``."""
        return [a for a in self._children.get(parent, ()) if retired or not a.retired]

    def retired_in(self, codes: Mapping[str, str]) -> Area | None:
        """The widest retired area among ``codes`` (level -> code), or None when every
        known one is open (a code the gazetteer does not know is open)."""
        for level in LEVELS:
            area = self._by_code.get(codes.get(level, ""))
            if area is not None and area.retired:
                return area
        return None

    def name(self, code: str) -> str:
        """The area's name (in :attr:`language`, where the list gives one), or the code
        itself where no name is known (never empty for a code)."""
        area = self._by_code.get(code)
        return area.name if area is not None else code

    def place(self, codes: Mapping[str, str]) -> str:
        """A person's place for people to read: "village, commune, district" (known parts)."""
        parts = [self.name(codes[level]) for level in ("village", "commune", "district")
                 if codes.get(level)]
        return ", ".join(parts)

    def inconsistency(self, codes: Mapping[str, str]) -> tuple[str, str] | None:
        """``(level, sentence)`` when a known area is not inside the area given above it."""
        for upper, lower in itertools.pairwise(LEVELS):
            area = self._by_code.get(codes.get(lower, ""))
            above = codes.get(upper, "")
            if area is not None and above and area.parent is not None and area.parent != above:
                return lower, (f"{area.name} ({area.code}) is not in the {upper} "
                               f"{self.name(above)} ({above})")
        return None


def default_path() -> Path:
    """The demo gazetteer delivered with the station."""
    return Path(str(resources.files("station.data").joinpath(FILE_NAME)))


def station_path(home: Path) -> Path:
    """Where a station keeps the gazetteer it was given (replaces the demo one)."""
    return home / FILE_NAME


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Read and check a gazetteer file; raise :class:`InvalidGazetteer` naming the problem."""
    path = path or default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InvalidGazetteer(f"cannot read the list of places {path}: {error}") from error
    return parse_gazetteer(data, where=path.name)


def load_for_home(home: Path | None) -> Gazetteer:
    """The station's own gazetteer when it has one, else the demo one."""
    if home is not None and station_path(home).is_file():
        return load_gazetteer(station_path(home))
    return load_gazetteer()


def kept_digest(home: Path) -> str:
    """The digest of the list of places this station keeps as its own ("" for none: the
    demo list is not the centre's), which it sends so the centre only answers with a
    different list."""
    from sync.client import gazetteer_digest

    try:
        kept = json.loads(station_path(home).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return gazetteer_digest(kept) if isinstance(kept, dict) else ""


def adopt_from_master_data(home: Path, master: Mapping[str, Any]) -> str | None:
    """Keep the central registry's gazetteer (``master["gazetteer"]``, pulled with the
    master data) as this station's own list of places when it differs from the one kept.

    Returns the version written, or None when the centre sent none or the same one. A
    document that does not parse is :class:`InvalidGazetteer` and nothing is written: the
    station keeps the list it has. An open window reads the new list when it next names a place.
    """
    from station.model.files import write_text_atomic

    document = master.get("gazetteer")
    if not isinstance(document, Mapping):
        return None
    places = parse_gazetteer(document, where="the central registry's list of places")
    path = station_path(home)
    try:
        if json.loads(path.read_text(encoding="utf-8")) == document:
            return None
    except (OSError, ValueError):
        pass  # none kept yet, or unreadable: the centre's replaces it
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    return places.version or "(no version)"


def parse_gazetteer(data: Any, where: str = "locations") -> Gazetteer:
    """Build a :class:`Gazetteer` from the decoded JSON document; :class:`InvalidGazetteer`
    naming the area and the rule it breaks. The rules are the centre's too
    (:func:`sync.gazetteer_rules.check`): it takes no list that a station would refuse."""
    from sync.gazetteer_rules import GazetteerRuleBroken, check

    try:
        checked = check(data, where)
    except GazetteerRuleBroken as error:
        raise InvalidGazetteer(str(error)) from error
    return Gazetteer([Area(a.code, a.level, a.name, a.parent, a.retired, a.names)
                      for a in checked], version=str(data.get("version") or ""))
