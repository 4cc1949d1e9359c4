"""National 1:N deduplication with the matcher's packed ``Gallery``.

Each probe finger is searched among enrolled templates of the same finger position; a person
is a suspected duplicate when their best single finger reaches the threshold calibrated for
the chosen false match rate, and is ranked by the sum of their per-finger scores (the same
rule the station applies locally, so the centre and the station agree).

References
----------
J. Kittler et al., "On combining classifiers", IEEE TPAMI 20(3), 1998 (sum rule).
"""

from __future__ import annotations

from sync.central.dedup import Hit
from sync.errors import PacketError


class GalleryDeduplicator:
    """:class:`~sync.central.dedup.Deduplicator` backed by ``matcher.Gallery``."""

    def __init__(self, fmr: float = 1e-4, top: int = 10) -> None:
        import matcher

        self._matcher = matcher
        self._gallery = matcher.Gallery()
        self._threshold = float(matcher.threshold_for_fmr(fmr))
        self._top = top
        self._persons: set[str] = set()

    def _templates(self, templates: list[tuple[int, bytes]]) -> list[tuple[int, object]]:
        try:
            return [(finger, self._matcher.Template.from_iso19794_2(data))
                    for finger, data in templates]
        except self._matcher.MatcherError as error:
            raise PacketError(f"a template is not a valid ISO/IEC 19794-2 record: {error}",
                              reason="bad_biometrics") from error

    def search(self, templates: list[tuple[int, bytes]]) -> list[Hit]:
        if not self._persons:
            self._templates(templates)  # still refuse invalid records
            return []
        per_person: dict[str, dict[int, float]] = {}
        for finger, template in self._templates(templates):
            for cand in self._gallery.search(template, top=self._top, finger=finger):
                scores = per_person.setdefault(str(cand.key), {})
                scores[finger] = max(scores.get(finger, 0.0), float(cand.score))
        hits = [Hit(person_id=key, score=sum(s.values()))
                for key, s in per_person.items() if max(s.values()) >= self._threshold]
        return sorted(hits, key=lambda h: -h.score)[: self._top]

    def add(self, person_id: str, templates: list[tuple[int, bytes]]) -> None:
        for finger, template in self._templates(templates):
            self._gallery.add(person_id, finger, template)
        self._persons.add(person_id)

    def __len__(self) -> int:
        return len(self._persons)
