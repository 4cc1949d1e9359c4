"""1:N search without enrolling: which registered people do these fingers belong to?"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from station.model.biometrics import CapturePolicy, FingerInput, check_fingers
from station.model.gallery_sync import PersonCandidate, search_person
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.models import Person


@dataclass(frozen=True)
class SearchHit:
    """A candidate with the names a clerk needs to recognise them."""

    person_id: str
    score: float
    above_threshold: bool
    latin_name: str
    local_name: str
    birth_date: str
    fingers: dict[int, float]
    #: The chance that someone else scores this high (see ``PersonCandidate.coincidence``).
    coincidence: float = 1.0

    def as_record(self) -> dict[str, Any]:
        return {"person_id": self.person_id, "score": round(self.score, 4),
                "above_threshold": self.above_threshold, "latin_name": self.latin_name,
                "local_name": self.local_name, "birth_date": self.birth_date,
                "fingers": {str(k): round(v, 4) for k, v in self.fingers.items()},
                "coincidence": float(f"{self.coincidence:.3g}")}


def search(station: Station, fingers: Mapping[Any, FingerInput], *,
           policy: CapturePolicy | None = None, operator: OperatorInfo | None = None,
           now: datetime, audit: bool = True) -> list[SearchHit]:
    """The top candidates for these fingers, best first, each flagged above/below threshold.

    Searches are audited (who looked for whom) when an operator is given.
    """
    policy = policy or CapturePolicy()
    checked = check_fingers(fingers, policy)
    found = search_person(station.current_gallery(),
                          {f: c.template for f, c in checked.items()}, policy, keep_all=True)
    hits = _with_names(station, found)
    if audit and operator is not None:
        with station.transaction() as session:
            station.audit(session, action="person.search", subject_type="search",
                          subject_id="-", details={"candidates": [h.person_id for h in hits]},
                          operator_id=operator.id, now=now)
    return hits


def _with_names(station: Station, found: list[PersonCandidate]) -> list[SearchHit]:
    if not found:
        return []
    with station.reading() as session:
        people = {p.id: p for p in session.scalars(
            sa.select(Person).where(Person.id.in_([c.person_id for c in found])))}
    hits: list[SearchHit] = []
    for c in found:
        p = people.get(c.person_id)
        if p is None:
            continue
        hits.append(SearchHit(person_id=c.person_id, score=c.score,
                              above_threshold=c.suspected, latin_name=p.latin_name,
                              local_name=p.local_name, birth_date=p.birth_date.isoformat(),
                              fingers=c.fingers, coincidence=c.coincidence))
    return hits
