"""The in-memory 1:N gallery kept in step with the registry.

At start-up every stored template is decrypted and added to a ``matcher.Gallery`` (keyed by
person id and finger position); enrolment adds the new person's fingers after its transaction
commits. Searches return person-level candidates whose fused score passes the threshold for
the configured false match rate.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from station.model.biometrics import CapturePolicy, CheckedFinger, decode_template
from station.model.fingers import Finger
from station.registry.crypto import fingerprint_aad
from station.registry.models import Fingerprint

if TYPE_CHECKING:
    from station.model.station import Station


@dataclass(frozen=True)
class PersonCandidate:
    """A registered person whose fingers match the probe: fused score and per-finger scores."""

    person_id: str
    score: float
    fingers: dict[int, float]

    def as_record(self) -> dict[str, Any]:
        return {"person_id": self.person_id, "score": round(float(self.score), 4),
                "fingers": {str(k): round(float(v), 4) for k, v in self.fingers.items()}}


def build_gallery(station: Station, gallery: Any, *, batch: int = 2000) -> Any:
    """Fill ``gallery`` with every fingerprint in the registry (decrypted in memory only)."""
    cipher = station.cipher
    with station.reading() as session:
        rows = session.execute(
            sa.select(Fingerprint.person_id, Fingerprint.position, Fingerprint.template_sealed)
            .order_by(Fingerprint.person_id, Fingerprint.position)
            .execution_options(yield_per=batch))
        for person_id, position, sealed in rows:
            record = cipher.open(sealed, fingerprint_aad(person_id, position))
            gallery.add(person_id, int(position), decode_template(record))
    return gallery


def add_person(gallery: Any, person_id: str, fingers: Mapping[Finger, CheckedFinger]) -> None:
    """Make a newly committed person searchable."""
    for finger, checked in fingers.items():
        gallery.add(person_id, int(finger), checked.template)


def duplicate_threshold(policy: CapturePolicy) -> float:
    """The comparison score above which a candidate is a suspected duplicate."""
    if policy.duplicate_score is not None:
        return policy.duplicate_score
    import matcher

    return float(matcher.threshold_for_fmr(policy.duplicate_fmr))


def search_person(gallery: Any, probes: Mapping[Finger, Any], policy: CapturePolicy,
                  *, threshold: float | None = None) -> list[PersonCandidate]:
    """Person-level candidates for a set of probe fingers, best first.

    Each probe finger is searched among the gallery's entries of the same finger position
    (``Gallery.search(probe, top, finger)``); a person's fused score is the sum of their
    per-finger scores (the sum rule, Kittler et al., IEEE TPAMI 20(3), 1998). A person is
    kept when their best single finger reaches the threshold calibrated for
    ``policy.duplicate_fmr`` (so with k probe fingers the person-level false match rate is
    at most about k times that). ``threshold=-inf`` keeps the top candidates whatever their
    score (``sws search``).
    """
    if len(gallery) == 0:
        return []
    limit = duplicate_threshold(policy) if threshold is None else threshold
    per_person: dict[str, dict[int, float]] = {}
    for finger, template in probes.items():
        for cand in gallery.search(template, top=policy.top, finger=int(finger)):
            scores = per_person.setdefault(str(cand.key), {})
            scores[int(finger)] = max(scores.get(int(finger), 0.0), float(cand.score))
    people = [PersonCandidate(person_id=key, score=sum(scores.values()), fingers=scores)
              for key, scores in per_person.items() if max(scores.values()) >= limit]
    people.sort(key=lambda c: -c.score)
    return people[:policy.top]
