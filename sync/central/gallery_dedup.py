"""National 1:N deduplication with the matcher's packed ``Gallery``.

Each probe finger is searched among enrolled templates of the same finger position, every
returned person is scored on all the probe fingers and the fingers are fused by calibrated
evidence (``Gallery.search_person``). A person is a suspected duplicate when the fused
evidence passes the threshold for a person-level false match rate of
``min(fmr, fpir / persons)``: the same rule the station applies locally
(``station.model.gallery_sync.duplicate_rule``), so the centre and the station agree, and the
national false alarm rate per enrolment stays near ``fpir`` as the registry grows.

References
----------
R. A. Fisher, "Statistical Methods for Research Workers", 1925 (summing -ln p);
P. Grother, M. Ngan, K. Hanaoka, NISTIR 8271, 2019 (thresholds set for a target FPIR).
"""

from __future__ import annotations

from sync.central.dedup import Hit
from sync.errors import PacketError


class GalleryDeduplicator:
    """:class:`~sync.central.dedup.Deduplicator` backed by ``matcher.Gallery``."""

    def __init__(self, fmr: float = 1e-4, fpir: float = 1e-3, top: int = 10) -> None:
        import matcher

        self._matcher = matcher
        self._gallery = matcher.Gallery()
        self._fmr, self._fpir = fmr, fpir
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
        probes = dict(self._templates(templates))
        from matcher.calibration import person_fmr_for_fpir

        person_fmr = person_fmr_for_fpir(self._fpir, len(self._persons), self._fmr)
        threshold = self._matcher.threshold_for_fused_fmr(person_fmr, len(probes))
        found = self._gallery.search_person(probes, top=self._top)
        return [Hit(person_id=str(c.key), score=float(c.score))
                for c in found if c.score >= threshold]

    def add(self, person_id: str, templates: list[tuple[int, bytes]]) -> None:
        for finger, template in self._templates(templates):
            self._gallery.add(person_id, finger, template)
        self._persons.add(person_id)

    def remove(self, person_id: str) -> None:
        if person_id in self._persons:
            self._gallery.remove(person_id)
            self._persons.discard(person_id)

    def __len__(self) -> int:
        return len(self._persons)
