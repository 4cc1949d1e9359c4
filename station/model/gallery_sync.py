"""The in-memory 1:N gallery kept in step with the registry.

At start-up the gallery is loaded from its encrypted cache (:mod:`station.model.gallery_cache`)
and brought up to date with the fingerprint rows added or removed since it was saved; without
a usable cache every stored template is decrypted and added to a ``matcher.Gallery`` (keyed by
person id and finger position), and the cache is written for next time. The load may run in a
background thread (:meth:`GalleryKeeper.start`); a search waits for it. Enrolment adds the new
person's fingers after its transaction commits. Searches return person-level candidates whose
fused score passes the threshold of the duplicate rule (:func:`duplicate_rule`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from station.model.biometrics import CapturePolicy, CheckedFinger, decode_template
from station.model.fingers import Finger
from station.model.gallery_cache import (
    CacheInvalid,
    Index,
    cache_aad,
    discard,
    legacy_cache_aad,
    read_cache,
    seal_gallery,
    write_cache,
)
from station.registry.crypto import fingerprint_aad
from station.registry.models import Fingerprint

if TYPE_CHECKING:
    from station.model.station import Station


@dataclass(frozen=True)
class PersonCandidate:
    """A registered person returned by the 1:N search.

    ``score`` is the fused evidence of all probe fingers (``matcher.Gallery.search_person``:
    the sum of ``-ln FMR`` of each finger's score, so 23 means about a 1 in 10^10 chance for
    one other person); ``fingers`` holds each probe finger's ``compare`` score against this
    person's print of that finger; ``suspected`` says whether the duplicate rule in force
    (:func:`duplicate_rule`) holds this person for a possible duplicate.
    """

    person_id: str
    score: float
    fingers: dict[int, float]
    suspected: bool = True
    #: The probe fingers that match on their own (score at the policy's per-finger rate).
    matching: tuple[int, ...] = ()
    #: How often one person who is not this one would score this high on these fingers
    #: (``matcher.calibration.fused_fmr_at``): what the clerk reads as "1 in 10^n".
    coincidence: float = 1.0

    def as_record(self) -> dict[str, Any]:
        return {"person_id": self.person_id, "score": round(float(self.score), 4),
                "fingers": {str(k): round(float(v), 4) for k, v in self.fingers.items()},
                "matching": list(self.matching), "suspected": self.suspected,
                "coincidence": float(f"{self.coincidence:.3g}")}


@dataclass(frozen=True)
class DuplicateRule:
    """When a 1:N candidate is a suspected duplicate (made by :func:`duplicate_rule`).

    Exactly one of the thresholds is set: ``fused`` on :attr:`PersonCandidate.score` (the
    calibrated default), or ``finger`` on any single finger's ``compare`` score (a fixed
    ``CapturePolicy.duplicate_score``).
    """

    fused: float | None
    finger: float | None
    person_fmr: float | None

    def suspects(self, score: float, fingers: Mapping[int, float]) -> bool:
        if self.finger is not None:
            return max(fingers.values(), default=0.0) >= self.finger
        assert self.fused is not None
        return score >= self.fused


log = logging.getLogger("station.gallery")


def build_gallery(station: Station, gallery: Any, *, batch: int = 5000) -> Any:
    """Fill ``gallery`` with every fingerprint in the registry (decrypted in memory only)."""
    build_indexed(station, gallery, batch=batch)
    return gallery


def build_indexed(station: Station, gallery: Any, *, batch: int = 5000) -> Index:
    """Fill ``gallery`` from the registry; the fingerprint rows it now holds.

    Rows are decrypted and decoded ``batch`` at a time (bounding the decoded templates held)
    and added with one ``add_many`` call per batch.
    """
    cipher = station.cipher
    rows: dict[str, tuple[str, int]] = {}
    with station.reading() as session:
        found = session.execute(
            sa.select(Fingerprint.id, Fingerprint.person_id, Fingerprint.position,
                      Fingerprint.template_sealed)
            .order_by(Fingerprint.person_id, Fingerprint.position)
            .execution_options(yield_per=batch))
        for chunk in found.partitions(batch):
            keys, fingers, templates = [], [], []
            for row_id, person_id, position, sealed in chunk:
                record = cipher.open(sealed, fingerprint_aad(person_id, position))
                keys.append(person_id)
                fingers.append(int(position))
                templates.append(decode_template(record))
                rows[row_id] = (person_id, int(position))
            _add_batch(gallery, keys, fingers, templates)
    return Index(rows)


def _add_batch(gallery: Any, keys: list[str], fingers: list[int], templates: list[Any]) -> None:
    """One ``add_many`` call (``matcher.Gallery``), or ``add`` per entry for a stand-in."""
    add_many = getattr(gallery, "add_many", None)
    if add_many is not None:
        add_many(keys, fingers, templates)
        return
    for key, finger, template in zip(keys, fingers, templates, strict=True):
        gallery.add(key, finger, template)


@dataclass(frozen=True)
class Delta:
    """What :func:`apply_delta` changed: fingerprint rows added and removed."""

    added: int
    removed: int

    @property
    def total(self) -> int:
        return self.added + self.removed


def apply_delta(station: Station, gallery: Any, index: Index, *,
                present: frozenset[str] = frozenset(), batch: int = 500) -> Delta:
    """Bring ``gallery`` (holding ``index``'s rows) up to the registry's fingerprint rows.

    Rows added since are decrypted and added, except those of ``present`` persons (already
    added in memory by this process); a person who lost a row is removed and their remaining
    rows added again. ``index`` is updated to the rows now held. Only the row ids are read
    for the comparison (the primary key's index covers it); full rows only for what changed.
    """
    with station.reading() as session:
        current = set(session.connection().exec_driver_sql("SELECT id FROM fingerprint")
                      .scalars())
    gone = [row_id for row_id in index.rows if row_id not in current]
    new = list(current.difference(index.rows))
    touched = {index.rows[row_id][0] for row_id in gone}
    for row_id in gone:
        del index.rows[row_id]
    for person_id in touched:
        with contextlib.suppress(Exception):  # matcher.GalleryError: not in the gallery
            gallery.remove(person_id)
    rows = _row_keys(station, new, touched, batch)
    index.rows.update(rows)
    wanted = [row_id for row_id, (person_id, _) in rows.items()
              if person_id in touched or person_id not in present]
    _add_rows(station, gallery, wanted, batch)
    return Delta(added=len(new), removed=len(gone))


def _row_keys(station: Station, new: list[str], touched: set[str],
              batch: int) -> dict[str, tuple[str, int]]:
    """Person and position of the ``new`` rows and of every row of the ``touched`` persons."""
    if not new and not touched:
        return {}
    query = sa.select(Fingerprint.id, Fingerprint.person_id, Fingerprint.position)
    if len(new) + len(touched) <= batch:
        query = query.where(sa.or_(Fingerprint.id.in_(new),
                                   Fingerprint.person_id.in_(sorted(touched))))
    wanted = set(new)
    with station.reading() as session:  # a large delta: one pass over every row's key
        return {row_id: (person_id, int(position))
                for row_id, person_id, position in session.execute(query)
                if row_id in wanted or person_id in touched}


def _add_rows(station: Station, gallery: Any, row_ids: list[str], batch: int) -> None:
    cipher = station.cipher
    for start in range(0, len(row_ids), batch):
        chunk = row_ids[start:start + batch]
        with station.reading() as session:
            found = session.execute(
                sa.select(Fingerprint.person_id, Fingerprint.position,
                          Fingerprint.template_sealed).where(Fingerprint.id.in_(chunk)))
            keys, fingers, templates = [], [], []
            for person_id, position, sealed in found:
                record = cipher.open(sealed, fingerprint_aad(person_id, position))
                keys.append(person_id)
                fingers.append(int(position))
                templates.append(decode_template(record))
        _add_batch(gallery, keys, fingers, templates)


_KEEPERS: weakref.WeakKeyDictionary[Any, GalleryKeeper] = weakref.WeakKeyDictionary()


def add_person(gallery: Any, person_id: str, fingers: Mapping[Finger, CheckedFinger]) -> None:
    """Make a newly committed person searchable."""
    for finger, checked in fingers.items():
        gallery.add(person_id, int(finger), checked.template)
    keeper = _keeper_of(gallery)
    if keeper is not None:
        keeper.note_added(person_id)


def remove_person(gallery: Any, person_id: str) -> None:
    """Take a person out of 1:N searches (removed or merged into another record)."""
    gallery.remove(person_id)
    keeper = _keeper_of(gallery)
    if keeper is not None:
        keeper.note_removed(person_id)


def _keeper_of(gallery: Any) -> GalleryKeeper | None:
    try:
        return _KEEPERS.get(gallery)
    except TypeError:  # a stand-in gallery that cannot be weakly referenced
        return None


class GalleryKeeper:
    """The station's gallery: loaded (cache + delta, or built) once, kept, saved.

    Parameters
    ----------
    station
        The open station (registry, cipher, settings).
    factory
        Makes an empty gallery.
    cache
        The cache file, or ``None`` to always build from the registry.
    load
        Accepted for callers that pass the old path loader (``matcher.Gallery.load``): it
        only switches the cache on; the cache is opened with ``from_bytes``.
    from_bytes
        The gallery class's loader from bytes (default ``matcher.Gallery.from_bytes``); the
        cache is used when this or ``load`` is given.
    save_every
        Write the cache again after this many in-memory changes, and at start-up when the
        delta was at least this large (small deltas are cheaper to re-apply than to save).
    """

    def __init__(self, station: Station, factory: Callable[[], Any], *,
                 cache: Path | None = None, load: Callable[[Path], Any] | None = None,
                 from_bytes: Callable[[memoryview], Any] | None = None,
                 save_every: int = 500) -> None:
        self._station = station
        self._factory = factory
        cached = load is not None or from_bytes is not None
        self._cache = cache if cached else None
        self._from_bytes = from_bytes or _matcher_from_bytes
        self.save_every = save_every
        self._state_lock = threading.Lock()  # the loader thread
        self._save_lock = threading.Lock()  # one cache writer at a time
        self._ready = threading.Event()
        self._loader: threading.Thread | None = None
        self._background: list[threading.Thread] = []  # started loader and cache writers
        self._gallery: Any = None
        self._error: BaseException | None = None
        self._index = Index({})
        self._pending: set[str] = set()
        self._changes = 0
        self._identity: str | None = None  # the registry's (registry_identity), read once
        #: How the gallery was obtained: "built", "cache" or "cache+delta" (for logs, bench).
        self.source = ""

    # -- loading -----------------------------------------------------------------------------
    def start(self) -> None:
        """Load in a background thread now, so that the first search finds it ready."""
        with self._state_lock:
            if self._loader is None and not self._ready.is_set():
                loader = threading.Thread(target=self._run, name="sws-gallery-loader",
                                          daemon=True)
                self._loader = loader
                self._background.append(loader)
                loader.start()

    def gallery(self) -> Any:
        """The loaded gallery; waits for the background load, or loads here if none started."""
        if not self._ready.is_set():
            with self._state_lock:
                run_here = self._loader is None and not self._ready.is_set()
                if run_here:
                    self._loader = threading.current_thread()
            if run_here:
                self._run()
            self._ready.wait()
        if self._error is not None:
            raise self._error
        return self._gallery

    def loaded(self) -> bool:
        return self._ready.is_set() and self._error is None

    def _run(self) -> None:
        try:
            gallery, save = self._open()
            with contextlib.suppress(TypeError):  # a stand-in without weak references
                _KEEPERS[gallery] = self
            self._gallery = gallery
        except BaseException as err:  # handed to whoever waits for the gallery
            self._error = err
            save = False
        finally:
            self._ready.set()
        if save:
            self._save_in_background()

    def _open(self) -> tuple[Any, bool]:
        if self._cache is None:
            gallery = self._factory()
            self._index = build_indexed(self._station, gallery)
            self.source = "built"
            return gallery, False
        cipher = self._station.cipher
        try:
            gallery, index, kid, legacy = self._read(cipher)
        except CacheInvalid as err:
            if err.reason != "there is none yet":
                log.warning("gallery cache %s discarded (%s); rebuilding from the registry",
                            self._cache, err.reason)
                discard(self._cache)
            gallery = self._factory()
            self._index = build_indexed(self._station, gallery)
            self.source = "built"
            return gallery, True
        delta = apply_delta(self._station, gallery, index)
        self._index = index
        self.source = "cache+delta" if delta.total else "cache"
        return gallery, (delta.total >= self.save_every or kid != cipher.active_key_id
                         or legacy)

    def _read(self, cipher: Any) -> tuple[Any, Index, str, bool]:
        """The cache under the current binding, else under the legacy one (a cache of the
        previous version, in place): ``(gallery, index, key id, legacy?)``. When neither
        opens, the current binding's reason is raised (altered bytes read as they did)."""
        assert self._cache is not None
        try:
            return (*read_cache(self._cache, cipher, self._aad(), self._from_bytes), False)
        except CacheInvalid as err:
            if err.reason == "there is none yet":
                raise
            settings = self._station.settings
            try:
                return (*read_cache(self._cache, cipher, legacy_cache_aad(
                    settings.station_id, settings.database_url), self._from_bytes), True)
            except CacheInvalid:
                raise err from None

    def _aad(self) -> bytes:
        if self._identity is None:  # read once: the first audit event never changes
            self._identity = registry_identity(self._station)
        return cache_aad(self._station.settings.station_id, self._identity)

    # -- keeping current ---------------------------------------------------------------------
    def note_added(self, person_id: str) -> None:
        self._note(person_id, added=True)

    def note_removed(self, person_id: str) -> None:
        self._note(person_id, added=False)

    def _note(self, person_id: str, *, added: bool) -> None:
        with self._state_lock:
            if added:
                self._pending.add(person_id)
            else:
                self._pending.discard(person_id)
            self._changes += 1
            due = self._cache is not None and self._changes >= self.save_every
            if due:
                self._changes = 0
        if due:
            self._save_in_background()

    def refresh(self) -> Delta:
        """Apply the rows other processes added or removed since the load (or last save)."""
        gallery = self.gallery()
        with self._save_lock:
            with self._state_lock:
                present = frozenset(self._pending)
                self._pending.clear()
                self._changes = 0
            return apply_delta(self._station, gallery, self._index, present=present)

    def save(self) -> None:
        """Write the cache now (delta applied first, so it matches the rows it names)."""
        if self._cache is None or not self.loaded():
            return
        if not os.access(self._cache.parent, os.W_OK):  # a read-only home: the command that
            log.info("gallery cache not written: %s is read-only", self._cache.parent)
            return  # tried to write says so in its own words (station.registry.db.ReadOnlyHome)
        try:
            self.refresh()
            self._write(self._cache)
        except Exception as err:  # best effort: the station works on without a cache
            log.warning("gallery cache not written (%s: %s); the next start does more work",
                        type(err).__name__, err)

    def purge(self) -> None:
        """Rows deleted for good (a person's fingerprints erased): out of the gallery now, and
        out of the cache file, written again at once, or deleted when it cannot be (the next
        start builds it from the registry). A process that never loaded the gallery loads it
        (cache and delta) only when there is a cache file to rewrite."""
        cache = self._cache
        if cache is None or not cache.exists():
            if self.loaded():
                self.refresh()
            return
        try:
            self.gallery()
            self.refresh()
            self._write(cache)
        except Exception as err:
            log.warning("gallery cache deleted after fingerprints were deleted, not "
                        "rewritten (%s: %s)", type(err).__name__, err)
            discard(cache)

    def _write(self, cache: Path) -> None:
        with self._save_lock:
            write_cache(cache, seal_gallery(self._gallery, self._index, self._station.cipher,
                                            self._aad()))

    def _save_in_background(self) -> None:
        # not a daemon thread: a process that exits meanwhile finishes writing first
        writer = threading.Thread(target=self.save, name="sws-gallery-cache-writer")
        with self._state_lock:
            self._background.append(writer)
            writer.start()

    def close(self) -> None:
        """Finish pending writes; save when this process changed the gallery."""
        while True:
            with self._state_lock:
                running = [t for t in self._background
                           if t.is_alive() and t is not threading.current_thread()]
            if not running:
                break
            for thread in running:
                thread.join()
        with self._state_lock:
            changed = self._changes > 0 or bool(self._pending)
        if changed:
            self.save()


def _matcher_from_bytes(buf: memoryview) -> Any:
    from matcher import Gallery

    return Gallery.from_bytes(buf)


def duplicate_rule(policy: CapturePolicy, persons: int, fingers: int) -> DuplicateRule:
    """The duplicate rule for a search of ``fingers`` probe fingers among ``persons`` people.

    Calibrated default: a person is a suspected duplicate when the fused evidence of the
    probe fingers passes the threshold for a person-level false match rate of
    ``min(policy.duplicate_fmr, policy.duplicate_fpir / persons)``. So the chance that
    enrolling someone new raises a false alarm stays near ``duplicate_fpir`` however large
    the registry grows (at 100,000 people and 0.1 %: 1e-8 per person), instead of growing
    with it as a fixed per-finger threshold would (1e-4 per finger would flag about 20
    innocent people per enrolment there). ``policy.duplicate_score`` replaces this with a
    fixed threshold on any single finger's ``compare`` score.

    References
    ----------
    ISO/IEC 19795-1:2021, biometric performance testing (FPIR, FNIR of identification);
    P. Grother, M. Ngan, K. Hanaoka, "FRVT Part 2: Identification", NISTIR 8271, 2019
    (thresholds set for a target FPIR as the enrolled population grows).
    """
    if policy.duplicate_score is not None:
        return DuplicateRule(fused=None, finger=float(policy.duplicate_score), person_fmr=None)
    import matcher
    from matcher.calibration import person_fmr_for_fpir

    person_fmr = person_fmr_for_fpir(policy.duplicate_fpir, persons, policy.duplicate_fmr)
    fused = float(matcher.threshold_for_fused_fmr(person_fmr, max(1, fingers)))
    return DuplicateRule(fused=fused, finger=None, person_fmr=person_fmr)


def search_person(gallery: Any, probes: Mapping[Finger, Any], policy: CapturePolicy,
                  *, keep_all: bool = False) -> list[PersonCandidate]:
    """Person-level candidates for a set of probe fingers, best first.

    ``gallery.search_person`` searches each probe finger among the entries of the same
    finger position, scores every returned person on all the probe fingers and fuses the
    fingers by calibrated evidence; :func:`duplicate_rule` marks the suspected duplicates.
    Only those are returned, unless ``keep_all`` (``sws search``: the top candidates whatever
    their score, each still marked).
    """
    if not probes or gallery.persons == 0:
        return []
    from matcher.calibration import fused_fmr_at, threshold_for_pair_fmr

    rule = duplicate_rule(policy, gallery.persons, len(probes))
    found = gallery.search_person({int(f): t for f, t in probes.items()}, top=policy.top)
    people = []
    for cand in found:
        # which fingers match on their own: a pair of few minutiae needs the sparse pairs'
        # stricter threshold (the candidate carries the fewest of its fingers: conservative)
        one_finger = (rule.finger if rule.finger is not None
                      else float(threshold_for_pair_fmr(policy.duplicate_fmr,
                                                        getattr(cand, "minutiae", None))))
        fingers = {int(f): float(score) for f, score in cand.fingers}
        suspected = rule.suspects(float(cand.score), fingers)
        if suspected or keep_all:
            people.append(PersonCandidate(
                person_id=str(cand.key), score=float(cand.score), fingers=fingers,
                suspected=suspected,
                matching=tuple(f for f, score in sorted(fingers.items()) if score >= one_finger),
                coincidence=fused_fmr_at(float(cand.score), len(probes))))
    return people


def reseal_cache(station: Station) -> bool:
    """Re-encrypt the station's gallery cache under the active key.

    For ``sws db rotate-key``: call it after the rows are re-encrypted and before the old
    keys are retired, so the next start still finds a usable cache (otherwise it is rebuilt
    once). Returns whether a cache was re-sealed.
    """
    from station.model.gallery_cache import cache_path, reseal

    settings = station.settings
    return reseal(cache_path(settings.data_dir), station.cipher,
                  cache_aad(settings.station_id, registry_identity(station)),
                  legacy_cache_aad(settings.station_id, settings.database_url))


def registry_identity(station: Station) -> str:
    """The registry's own identity: the hash of its first audit event (``sws init`` writes
    it; the chain makes it unique to this registry and it never changes). It stays the same
    when the home moves or the database URL changes, and differs for any other registry."""
    from station.registry.models import AuditEvent

    with station.reading() as session:
        first = session.scalar(sa.select(AuditEvent.hash).where(AuditEvent.seq == 1))
    return str(first or "")
