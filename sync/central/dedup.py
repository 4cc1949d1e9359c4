"""National 1:N deduplication behind a small interface.

The central registry asks "is any enrolled person already holding these fingers?" before it
accepts an enrolment. :class:`GalleryDeduplicator` answers with the matcher's ``Gallery``
(minutiae matching, score fusion); :class:`ExactDeduplicator` only finds byte-identical
templates and serves tests and the benchmark floor where real matching is not the point.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Hit:
    """One enrolled person whose templates match the probe, with the fused score."""

    person_id: str
    score: float


class Deduplicator(Protocol):
    """What the central ingest needs from a 1:N engine."""

    def search(self, templates: list[tuple[int, bytes]]) -> list[Hit]:
        """Enrolled persons matching ``templates`` above the operating threshold."""
        ...

    def add(self, person_id: str, templates: list[tuple[int, bytes]]) -> None:
        """Enrol a person's templates so that later searches find them; a finger the person
        already has takes the new template in the old one's place (prints replaced)."""
        ...

    def remove(self, person_id: str) -> None:
        """Forget a person's templates (their fingerprints erased); nothing if unknown."""
        ...

    def __len__(self) -> int: ...


class ExactDeduplicator:
    """A person is a duplicate when one of their template records is byte-identical."""

    def __init__(self) -> None:
        self._owner: dict[bytes, str] = {}
        self._persons: set[str] = set()
        self._held: dict[tuple[str, int], bytes] = {}  # (person, finger) -> its key
        # the keys of the last search: ingest adds the very templates it just searched
        self._last: tuple[list[tuple[int, bytes]], list[bytes]] | None = None

    def search(self, templates: list[tuple[int, bytes]]) -> list[Hit]:
        keys = self._keys(templates)
        self._last = (templates, keys)
        owner = self._owner
        found = {owner[k] for k in keys if k in owner}
        if not found:
            return []
        return [Hit(person_id=p, score=1.0) for p in sorted(found)]

    def add(self, person_id: str, templates: list[tuple[int, bytes]]) -> None:
        last = self._last
        keys = last[1] if last is not None and last[0] is templates else self._keys(templates)
        self._last = None
        owner, held = self._owner, self._held
        for (finger, _), key in zip(templates, keys, strict=True):
            old = held.get((person_id, finger))
            if old is not None and old != key and owner.get(old) == person_id:
                del owner[old]  # the finger's print replaced: anyone else's with it stays
                other = next((p for (p, _), k in held.items() if k == old and p != person_id),
                             None)
                if other is not None:
                    owner[old] = other
            held[(person_id, finger)] = key
            owner.setdefault(key, person_id)
        self._persons.add(person_id)

    def remove(self, person_id: str) -> None:
        if person_id in self._persons:
            self._persons.discard(person_id)
            self._owner = {k: p for k, p in self._owner.items() if p != person_id}
            self._held = {k: v for k, v in self._held.items() if k[0] != person_id}

    def __len__(self) -> int:
        return len(self._persons)

    @staticmethod
    def _keys(templates: list[tuple[int, bytes]]) -> list[bytes]:
        sha256 = hashlib.sha256
        return [sha256(data).digest() for _, data in templates]
