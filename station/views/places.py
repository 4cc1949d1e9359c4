"""Names for the address codes in every view: the open station's gazetteer, else the demo one."""

from __future__ import annotations

from functools import lru_cache

from station.model.locations import Gazetteer, load_gazetteer


@lru_cache(maxsize=1)
def demo_gazetteer() -> Gazetteer:
    """The gazetteer delivered with the station (when no station service is open)."""
    return load_gazetteer()


def gazetteer_of(services: object) -> Gazetteer:
    """The open station's gazetteer (``services.locations()``), else the demo one."""
    locations = getattr(services, "locations", None)
    if callable(locations):
        found = locations()
        if isinstance(found, Gazetteer):
            return found
    return demo_gazetteer()
