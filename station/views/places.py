"""Names for the address codes in every view: the open station's gazetteer, else the demo one,
named in the desk's language where the list gives names in it (``names`` in the file)."""

from __future__ import annotations

from functools import lru_cache

from station.i18n import current_language
from station.model.locations import Gazetteer, load_gazetteer


@lru_cache(maxsize=1)
def _demo() -> Gazetteer:
    return load_gazetteer()


def demo_gazetteer() -> Gazetteer:
    """The gazetteer delivered with the station (when no station service is open)."""
    return _demo().in_language(current_language())


def gazetteer_of(services: object) -> Gazetteer:
    """The open station's gazetteer (``services.locations()``), else the demo one."""
    locations = getattr(services, "locations", None)
    if callable(locations):
        found = locations()
        if isinstance(found, Gazetteer):
            return found.in_language(current_language())
    return demo_gazetteer()
