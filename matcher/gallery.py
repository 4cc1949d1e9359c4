"""1:N search over packed templates: pre-selection, coarse MCC, then the 1:1 comparator.

A :class:`Gallery` keeps every entry in a few fixed-width NumPy arrays (about 1.9 KB per
entry, see :data:`ENTRY_BYTES`): the 64 most reliable minutiae at 500 dpi, 8 x 8 x 6 bit
cylinders of the 24 most reliable ones, and a 1024-bit signature of hashed cylinder bits.

``search`` runs three stages, each on fewer entries:

1. every live entry (of the requested finger): shared signature bits with the probe;
2. the best ``preselect`` fraction (at least ``min_preselect`` entries): coarse MCC bit
   similarity with one-to-one LSS consolidation (the mean of the n_P best pairs, each
   cylinder used once) of the probe's ``probe_minutiae`` coarse cylinders against the
   entry's 24, parallel over cores;
3. the best ``relax`` of those: coarse MCC with LSS-R (relaxation) consolidation;
4. the best ``shortlist`` of those: the full 1:1 comparator (:func:`matcher.compare`'s
   scores, in one parallel call of its batch kernel), whose score every
   :class:`Candidate` carries, so ``threshold_for_fmr`` applies to it.

Concurrency: one writer and many readers. Writers serialise on a lock and publish a new
immutable :class:`_State` (arrays plus the row count); a reader works on the state it read
first, so it never sees a half-written entry. Removal clears an entry's ``alive`` byte.
"""

from __future__ import annotations

import json
import math
import os
import struct
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from matcher.errors import InvalidTemplate, MatcherError
from matcher.mcc import COARSE, DEFAULT, Cylinders, encode
from matcher.template import Template

FULL = DEFAULT.max_minutiae  # minutiae kept per entry for the final comparison
K = COARSE.max_minutiae  # coarse cylinders per entry
ND = COARSE.nd
SIG_WORDS = 16  # 1024-bit signature
HASHES, HASH_BITS = 8, 6
ANGLE_SCALE = 2.0 * math.pi / 65536.0
RELAX_ITERATIONS = DEFAULT.relax_iterations
# Of the pre-selected entries, re-ranked with LSS-R. On 120 real FVC probes among 100,000
# synthetic distractors of their finger, 6 % (3,000) instead of 2 % and a short list of 60
# instead of 30 put the mate in the short list for 85.0 % of searches instead of 81.7 %
# (100: 85.8 %, but each short-listed entry costs an encoding of about 1.5 ms, the largest
# part of a search in a small gallery); bench/dedup.py measures the end result.
RELAX_FRACTION = 0.06
FORMAT = "sws-gallery-1"
_MAGIC = b"SWSGALB1"  # to_bytes / from_bytes
ENTRY_BYTES = K * ND * 8 + K * 8 + FULL * 3 * 2 + SIG_WORDS * 8 + 3
# Short lists at least this long are encoded on several threads (the cylinder kernel
# releases the GIL): on 2 cores a 10,000-entry search spends most of its time there.
PARALLEL_ENCODE_MIN = 8
_pool_lock = threading.Lock()
_pool: ThreadPoolExecutor | None = None


def _encode_pool() -> ThreadPoolExecutor:
    """One process-wide pool of worker threads for short-list encodings, made on first use."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(
                max_workers=max(1, min(8, os.cpu_count() or 1)), thread_name_prefix="sws-mcc"
            )
        return _pool


def _encode_full(templates: list[Template]) -> list[Cylinders]:
    """Full-size cylinders of each template, in order (threads for long lists)."""
    if len(templates) < PARALLEL_ENCODE_MIN or (os.cpu_count() or 1) < 2:
        return [encode(t, DEFAULT) for t in templates]
    return list(_encode_pool().map(encode, templates))


def _hash_taps() -> np.ndarray:
    """Fixed bit positions for the signature hashes: cells near the cylinder centre (always
    valid), spread over the direction sections. A constant of the format, not a tunable."""
    rng = np.random.default_rng(20100901)
    ns = COARSE.ns
    centre = [
        i * ns + j
        for i in range(ns)
        for j in range(ns)
        if math.hypot(i - (ns - 1) / 2, j - (ns - 1) / 2) <= ns / 4
    ]
    taps = np.empty((HASHES, HASH_BITS), dtype=np.int64)
    for h in range(HASHES):
        cells = rng.choice(centre, HASH_BITS, replace=False)
        sections = rng.integers(0, ND, HASH_BITS)
        taps[h] = sections * 64 + cells  # word k of a cylinder holds section k
    return taps


TAPS = _hash_taps()


class GalleryError(MatcherError):
    """A gallery operation failed (bad key, finger, file); the message says which."""


@dataclass(frozen=True)
class Candidate:
    """One search result: who, which finger, and the score on the ``compare`` scale."""

    key: str
    finger: int
    score: float
    #: For person-level candidates (:meth:`Gallery.search_person`): each probe finger's
    #: ``compare`` score against this person's entry of that finger, ``(finger, score)``.
    fingers: tuple[tuple[int, float], ...] = ()
    #: The fewer of the probe's and the entry's minutiae (as the gallery keeps them, at most
    #: 64): below ``matcher.calibration.sparse_below()`` the score is weighed by the sparse
    #: pairs' impostor tail (:func:`fuse`, ``threshold_for_pair_fmr``). For person-level
    #: candidates, the fewest of any fused finger.
    minutiae: int = FULL


@dataclass(frozen=True)
class _State:
    n: int
    values: np.ndarray  # (cap, K, ND) uint64
    mask: np.ndarray  # (cap, K) uint64, 0 for invalid cylinders
    xy: np.ndarray  # (cap, FULL, 3) uint16: x, y (pixels at 500 dpi), angle (2*pi/65536)
    counts: np.ndarray  # (cap,) uint8: minutiae kept
    sigs: np.ndarray  # (cap, SIG_WORDS) uint64
    fingers: np.ndarray  # (cap,) int8
    alive: np.ndarray  # (cap,) uint8

    @staticmethod
    def empty(cap: int) -> _State:
        return _State(
            0,
            np.zeros((cap, K, ND), np.uint64),
            np.zeros((cap, K), np.uint64),
            np.zeros((cap, FULL, 3), np.uint16),
            np.zeros(cap, np.uint8),
            np.zeros((cap, SIG_WORDS), np.uint64),
            np.zeros(cap, np.int8),
            np.zeros(cap, np.uint8),
        )

    def arrays(self) -> dict[str, np.ndarray]:
        names = ("values", "mask", "xy", "counts", "sigs", "fingers", "alive")
        return {name: getattr(self, name) for name in names}


@dataclass(frozen=True)
class _Packed:
    xy: np.ndarray
    count: int
    values: np.ndarray
    mask: np.ndarray
    sig: np.ndarray


def _pack(template: Template) -> _Packed:
    """Entry form of a template: quantised minutiae, coarse cylinders, signature."""
    from matcher._kernels.match_gallery import signature

    if not isinstance(template, Template):
        raise InvalidTemplate("a gallery entry or probe must be a matcher.Template")
    template.validate()
    m = template.minutiae
    order = np.argsort(-m[:, 4], kind="stable")[:FULL]
    scale = 500.0 / template.dpi
    xy = np.zeros((FULL, 3), np.uint16)
    n = order.shape[0]
    xy[:n, 0] = np.clip(np.rint(m[order, 0] * scale), 0, 65535)
    xy[:n, 1] = np.clip(np.rint(m[order, 1] * scale), 0, 65535)
    xy[:n, 2] = np.rint(m[order, 2] / ANGLE_SCALE).astype(np.int64) % 65536
    coarse = encode(_unpack(xy, min(n, K)), COARSE)
    values = np.zeros((K, ND), np.uint64)
    mask = np.zeros(K, np.uint64)
    kept = len(coarse)
    values[:kept] = coarse.values
    mask[:kept] = np.where(coarse.ok, coarse.mask[:, 0], np.uint64(0))
    sig = signature(values, mask, TAPS, SIG_WORDS)
    return _Packed(xy, n, values, mask, sig)


def _unpack(xy: np.ndarray, count: int) -> Template:
    """A 500 dpi template from stored minutiae (reliability follows the stored order)."""
    rows = np.zeros((count, 5), np.float32)
    rows[:, 0] = xy[:count, 0]
    rows[:, 1] = xy[:count, 1]
    rows[:, 2] = xy[:count, 2] * ANGLE_SCALE
    rows[:, 3] = 0
    rows[:, 4] = np.linspace(1.0, 0.0, count) if count > 1 else 1.0
    width = int(rows[:, 0].max()) + 1 if count else 1
    height = int(rows[:, 1].max()) + 1 if count else 1
    return Template(rows, width, height, dpi=500)


class Gallery:
    """Packed 1:N gallery of finger templates keyed by person.

    Parameters
    ----------
    preselect : float
        Fraction of entries that pass the signature stage to the coarse MCC stage.
    min_preselect : int
        ... but never fewer than this many entries. The signature stage is the weakest
        filter: among 100,000 synthetic distractors per finger, letting all of them through
        (100,000 instead of 50,000) cut the one-finger FNIR at the calibrated threshold from
        25.4 % to 21.8 % (280 real FVC searches; mates missing from the short list 15.7 % ->
        12.5 %) for about 1.7 times the search CPU; a 1,000,000-entry gallery still passes
        only a fifth of its entries per finger (``bench/results/dedup.md``).
    relax : int
        Entries re-ranked by coarse MCC with LSS-R (at least; 6 % of the pre-selected).
    shortlist : int
        Entries re-scored with the full comparator (at least ``top``).
    probe_minutiae : int
        Coarse cylinders of the probe (its most reliable minutiae, at most ``FULL``) scored
        against each entry's ``K``. Entries keep ``K`` for memory; the probe is not bound by
        memory, and a dry or partial probe's ``K`` most reliable minutiae often miss the
        region its mate's ``K`` come from. 48 instead of 24 put the mate in the short list
        for 91.4 % of 280 real FVC searches among 100,000 distractors of the finger instead
        of 87.5 %, and cut the two-finger FNIR at a person-level FMR of 1e-8 from 5.0 % to
        3.6 %, for about a third more search CPU (``bench/results/dedup.md``).
    """

    def __init__(
        self,
        *,
        preselect: float = 0.05,
        min_preselect: int = 100_000,
        relax: int = 200,
        shortlist: int = 60,
        probe_minutiae: int = 48,
    ) -> None:
        self.preselect = preselect
        self.min_preselect = min_preselect
        self.relax = relax
        self.shortlist = shortlist
        self.probe_minutiae = probe_minutiae
        self._lock = threading.Lock()
        self._state = _State.empty(1024)
        self._keys: list[str] = []  # row -> key, append-only
        self._rows: dict[str, dict[int, int]] = {}  # key -> finger -> row

    def __len__(self) -> int:
        return sum(len(fingers) for fingers in self._rows.values())

    @property
    def persons(self) -> int:
        """How many distinct keys (persons) hold at least one entry."""
        return len(self._rows)

    @property
    def nbytes(self) -> int:
        """Bytes held by the packed entry arrays (capacity included)."""
        return sum(a.nbytes for a in self._state.arrays().values())

    # --- writer ---------------------------------------------------------------------------
    def add(self, key: str, finger: int, template: Template) -> None:
        """Add (or replace) the template of ``finger`` (ISO position 0-10) of person ``key``."""
        if not isinstance(key, str) or not key:
            raise GalleryError("a gallery key must be a non-empty string")
        if not isinstance(finger, int) or not 0 <= finger <= 10:
            raise GalleryError(f"finger position {finger!r} is outside 0..10")
        packed = _pack(template)
        with self._lock:
            self._writable()
            old = self._rows.get(key, {}).get(finger)
            state = self._state
            if state.n == state.values.shape[0]:
                state = self._grown(state)
            r = state.n
            state.values[r] = packed.values
            state.mask[r] = packed.mask
            state.xy[r] = packed.xy
            state.counts[r] = packed.count
            state.sigs[r] = packed.sig
            state.fingers[r] = finger
            state.alive[r] = 1
            self._keys.append(key)
            self._rows.setdefault(key, {})[finger] = r
            if old is not None:
                state.alive[old] = 0
            self._state = _State(r + 1, *list(state.arrays().values()))

    def add_many(
        self, keys: Sequence[str], fingers: Sequence[int], templates: Sequence[Template]
    ) -> None:
        """Add many entries in one call: the same result as ``add`` for each triple in order.

        Every template is checked and packed before anything is written, so a bad key,
        finger or template raises :class:`GalleryError` / ``InvalidTemplate`` and leaves the
        gallery unchanged. The arrays grow once and are filled with one copy per array, and
        the lock is taken once (a cold build of the station's gallery uses this in chunks).
        """
        if not len(keys) == len(fingers) == len(templates):
            raise GalleryError(
                f"add_many needs as many keys, fingers and templates "
                f"({len(keys)}, {len(fingers)}, {len(templates)})"
            )
        for key, finger in zip(keys, fingers, strict=True):
            if not isinstance(key, str) or not key:
                raise GalleryError("a gallery key must be a non-empty string")
            if not isinstance(finger, int | np.integer) or not 0 <= finger <= 10:
                raise GalleryError(f"finger position {finger!r} is outside 0..10")
        m = len(templates)
        if m == 0:
            return
        values = np.zeros((m, K, ND), np.uint64)
        mask = np.zeros((m, K), np.uint64)
        xy = np.zeros((m, FULL, 3), np.uint16)
        counts = np.zeros(m, np.uint8)
        sigs = np.zeros((m, SIG_WORDS), np.uint64)
        for i, template in enumerate(templates):
            packed = _pack(template)
            values[i], mask[i], xy[i] = packed.values, packed.mask, packed.xy
            counts[i], sigs[i] = packed.count, packed.sig
        with self._lock:
            self._writable()
            state = self._state
            if state.n + m > state.values.shape[0]:
                state = self._grown(state, state.n + m)
            r0 = state.n
            state.values[r0 : r0 + m] = values
            state.mask[r0 : r0 + m] = mask
            state.xy[r0 : r0 + m] = xy
            state.counts[r0 : r0 + m] = counts
            state.sigs[r0 : r0 + m] = sigs
            state.fingers[r0 : r0 + m] = np.asarray(fingers, np.int8)
            state.alive[r0 : r0 + m] = 1
            for i, (key, finger) in enumerate(zip(keys, fingers, strict=True)):
                held = self._rows.setdefault(key, {})
                old = held.get(int(finger))
                if old is not None:
                    state.alive[old] = 0
                held[int(finger)] = r0 + i
            self._keys.extend(keys)
            self._state = _State(r0 + m, *list(state.arrays().values()))

    def remove(self, key: str) -> None:
        """Remove every finger of ``key``; unknown keys raise :class:`GalleryError`."""
        with self._lock:
            self._writable()
            fingers = self._rows.pop(key, None)
            if fingers is None:
                raise GalleryError(f"no gallery entry has the key {key!r}")
            for r in fingers.values():
                self._state.alive[r] = 0

    def _grown(self, state: _State, need: int = 0) -> _State:
        bigger = _State.empty(max(1024, 2 * state.values.shape[0], need))
        for name, array in state.arrays().items():
            getattr(bigger, name)[: state.n] = array[: state.n]
        return _State(state.n, *list(bigger.arrays().values()))

    # --- readers --------------------------------------------------------------------------
    def search(self, probe: Template, top: int = 10, finger: int | None = None) -> list[Candidate]:
        """The ``top`` most similar entries (of ``finger`` only, when given), best first."""
        if top < 1:
            raise GalleryError(f"top must be at least 1, got {top}")
        state = self._state
        if state.n == 0:
            return []
        p = _pack(probe)
        rows = self._shortlist(state, p, finger, max(self.shortlist, top))
        results = self._scored(state, p, rows)
        results.sort(key=lambda c: -c.score)
        return results[:top]

    def _shortlist(self, state: _State, p: _Packed, finger: int | None, size: int) -> list[int]:
        """Stages 1-3: the live rows of ``state`` that reach the full comparator."""
        from matcher._kernels.match_gallery import coarse_scores, signature_scores

        sig = signature_scores(
            state.sigs, state.alive, state.fingers, -1 if finger is None else finger, p.sig, state.n
        )
        live = int((sig >= 0).sum())
        if live == 0:
            return []
        keep = min(live, max(self.min_preselect, math.ceil(self.preselect * live)))
        rows = (
            np.argpartition(-sig, keep - 1)[:keep]
            if keep < sig.shape[0]
            else np.arange(sig.shape[0])
        )
        rows = rows[sig[rows] >= 0]
        n_probe = min(p.count, max(K, self.probe_minutiae))
        coarse = encode(_unpack(p.xy, n_probe), replace(COARSE, max_minutiae=n_probe))
        pm = np.where(coarse.ok, coarse.mask[:, 0], np.uint64(0))
        c = COARSE
        relax = max(self.relax, math.ceil(RELAX_FRACTION * rows.shape[0]))
        for iterations, keep_n in ((0, relax), (RELAX_ITERATIONS, size)):
            scores = coarse_scores(
                rows.astype(np.int64), state.values, state.mask, state.xy, state.counts,
                np.ascontiguousarray(coarse.values), pm, coarse.x, coarse.y, coarse.theta,
                c.nd, c.max_rotation, c.min_matchable_cells, iterations, c.relax_weight,
                ANGLE_SCALE,
            )  # fmt: skip
            rows = rows[np.argsort(-scores, kind="stable")[: min(rows.shape[0], keep_n)]]
        return [r for r in rows.tolist() if state.alive[r]]

    def _scored(self, state: _State, p: _Packed, rows: list[int]) -> list[Candidate]:
        """Candidates for ``rows`` of ``state`` with the full comparator's scores."""
        from matcher.comparator import pack_cylinders, score_packed

        if not rows:
            return []
        full_probe = encode(_unpack(p.xy, p.count), DEFAULT)
        entries = _encode_full([_unpack(state.xy[r], int(state.counts[r])) for r in rows])
        scores = score_packed(full_probe, pack_cylinders(entries, DEFAULT), DEFAULT)
        return [
            Candidate(self._keys[r], int(state.fingers[r]), float(score),
                      minutiae=min(p.count, int(state.counts[r])))
            for r, score in zip(rows, scores.tolist(), strict=True)
        ]  # fmt: skip

    def search_person(self, probes: Mapping[int, Template], top: int = 10) -> list[Candidate]:
        """Search several fingers of one person; fuse per person by calibrated evidence.

        Each finger is searched among entries of the same finger position (short list of
        ``max(top, shortlist)``). Every person who reached any finger's short list is then
        scored on *all* the probe fingers with the full comparator: a finger whose mate
        missed its own short list (a dry or partial print) still adds its evidence, which
        is what fusion is for. See :func:`fuse` for the fused score, which is compared with
        ``matcher.calibration.threshold_for_fused_fmr(fmr, len(probes))``. Candidates carry
        finger -1 (several fingers) and each finger's score in ``fingers``.
        """
        if not probes:
            raise GalleryError("search_person needs at least one finger template")
        if top < 1:
            raise GalleryError(f"top must be at least 1, got {top}")
        state = self._state  # one snapshot for every finger
        if state.n == 0:
            return []
        size = max(top, self.shortlist)
        packed = {int(f): _pack(t) for f, t in probes.items()}
        rows = {f: self._shortlist(state, p, f, size) for f, p in packed.items()}
        people = {self._keys[r] for found in rows.values() for r in found}
        lists = []
        for finger, p in packed.items():
            wanted = rows[finger]
            for key in sorted(people - {self._keys[r] for r in wanted}):
                r = self._rows.get(key, {}).get(finger)
                if r is not None and r < state.n and state.alive[r]:
                    wanted.append(r)
            lists.append(self._scored(state, p, wanted))  # short list and the rest, one call
        return fuse(lists)[:top]

    # --- files ----------------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        """Write the gallery to the folder ``path`` (one .npy per array, plus keys.json)."""
        folder = Path(path)
        with self._lock:
            state = self._state
            try:
                folder.mkdir(parents=True, exist_ok=True)
                for name, array in state.arrays().items():
                    np.save(folder / f"{name}.npy", np.ascontiguousarray(array[: state.n]))
                meta = {"format": FORMAT, "n": state.n, "keys": self._keys[: state.n]}
                (folder / "keys.json").write_text(json.dumps(meta))
            except OSError as exc:
                raise GalleryError(f"cannot write the gallery to {folder}: {exc}") from exc

    @classmethod
    def load(cls, path: str | Path, **options: float) -> Gallery:
        """Open a saved gallery; entry arrays are memory-mapped until the first change."""
        folder = Path(path)
        try:
            meta = json.loads((folder / "keys.json").read_text())
            arrays = {
                name: np.load(folder / f"{name}.npy", mmap_mode="r")
                for name in ("values", "mask", "xy", "counts", "sigs", "fingers", "alive")
            }
        except (OSError, ValueError) as exc:
            raise GalleryError(f"cannot read a gallery from {folder}: {exc}") from exc
        if meta.get("format") != FORMAT or len(meta.get("keys", ())) != meta.get("n"):
            raise GalleryError(f"{folder} does not hold a gallery in format {FORMAT}")
        n = int(meta["n"])
        if any(a.shape[0] != n for a in arrays.values()):
            raise GalleryError(f"the gallery arrays in {folder} disagree on the entry count")
        gallery = cls(**options)  # type: ignore[arg-type]
        gallery._keys = list(meta["keys"])
        alive = np.asarray(arrays["alive"])
        fingers = np.asarray(arrays["fingers"])
        for r in np.flatnonzero(alive).tolist():
            gallery._rows.setdefault(gallery._keys[r], {})[int(fingers[r])] = r
        # read-only maps: the first add or remove copies them into memory (_writable)
        gallery._state = _State(n, *arrays.values())
        gallery._mapped = True
        return gallery

    def to_bytes(self) -> bytes:
        """The gallery as one byte string (no file system): what ``from_bytes`` reads.

        Layout: ``MAGIC | header length (4 bytes, big-endian) | header (JSON: format, n,
        keys, array names/dtypes/shapes) | padding to 8 bytes | each array's bytes``, each
        array padded to 8 bytes so ``from_bytes`` can view them in place.
        """
        with self._lock:
            state = self._state
            keys = self._keys[: state.n]
        arrays = [(name, np.ascontiguousarray(a[: state.n])) for name, a in state.arrays().items()]
        meta = {
            "format": FORMAT, "n": state.n, "keys": keys,
            "arrays": [[name, a.dtype.str, list(a.shape)] for name, a in arrays],
        }  # fmt: skip
        head = json.dumps(meta, separators=(",", ":")).encode()
        start = _align(len(_MAGIC) + 4 + len(head))
        parts = [_MAGIC, struct.pack(">I", len(head)), head]
        parts.append(b"\0" * (start - len(_MAGIC) - 4 - len(head)))
        for _, a in arrays:
            data = a.tobytes()
            parts.append(data)
            parts.append(b"\0" * (_align(len(data)) - len(data)))
        return b"".join(parts)

    @classmethod
    def from_bytes(cls, buf: bytes | bytearray | memoryview, **options: float) -> Gallery:
        """A gallery from ``to_bytes`` output, without any file.

        The entry arrays are read-only views of ``buf`` where it is 8-byte aligned (copied
        otherwise), and copied into private memory at the first change, as with ``load``.
        Raises :class:`GalleryError` for anything that is not a whole gallery.
        """
        view = memoryview(buf).cast("B")
        if len(view) < len(_MAGIC) + 4 or bytes(view[: len(_MAGIC)]) != _MAGIC:
            raise GalleryError("these bytes do not hold a gallery (no gallery header)")
        (size,) = struct.unpack(">I", view[len(_MAGIC) : len(_MAGIC) + 4])
        at = len(_MAGIC) + 4
        try:
            meta = json.loads(bytes(view[at : at + size]))
            n = int(meta["n"])
            keys = [str(k) for k in meta["keys"]]
            specs = [(str(a), np.dtype(d), tuple(int(x) for x in s)) for a, d, s in meta["arrays"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise GalleryError(f"the gallery header is malformed ({exc})") from None
        names = ("values", "mask", "xy", "counts", "sigs", "fingers", "alive")
        if meta.get("format") != FORMAT or len(keys) != n or tuple(s[0] for s in specs) != names:
            raise GalleryError(f"these bytes do not hold a gallery in format {FORMAT}")
        empty = _State.empty(0).arrays()
        at = _align(at + size)
        arrays = []
        for name, dtype, shape in specs:
            if dtype != empty[name].dtype or shape != (n, *empty[name].shape[1:]):
                raise GalleryError(f"the gallery array {name} has the wrong type or shape")
            nbytes = int(np.prod(shape)) * dtype.itemsize
            if at + nbytes > len(view):
                raise GalleryError("the gallery bytes are truncated")
            a = np.frombuffer(view, dtype, int(np.prod(shape)), at).reshape(shape)
            if a.ctypes.data % dtype.alignment:
                a = a.copy()
            a.setflags(write=False)
            arrays.append(a)
            at += _align(nbytes)
        if at != len(view):
            raise GalleryError("the gallery bytes have data after the last array")
        gallery = cls(**options)  # type: ignore[arg-type]
        gallery._keys = keys
        alive, fingers = np.asarray(arrays[6]), np.asarray(arrays[5])
        for r in np.flatnonzero(alive).tolist():
            gallery._rows.setdefault(keys[r], {})[int(fingers[r])] = r
        gallery._state = _State(n, *arrays)
        gallery._mapped = True  # read-only views: the first change copies them (_writable)
        return gallery

    _mapped = False

    def _writable(self) -> None:
        if self._mapped:
            state = self._state
            cap = max(1024, 2 * state.n)
            bigger = _State.empty(cap)
            for name, array in state.arrays().items():
                getattr(bigger, name)[: state.n] = array[: state.n]
            self._state = _State(state.n, *list(bigger.arrays().values()))
            self._mapped = False


def _align(size: int) -> int:
    return (size + 7) // 8 * 8


def fuse(per_finger: list[list[Candidate]]) -> list[Candidate]:
    """Person-level candidates from per-finger search results, best first.

    A person's fused score is the sum, over the probe fingers, of the calibrated evidence
    ``-ln FMR(score)`` of their best entry in that finger's results
    (:func:`matcher.calibration.evidence`, given the pair's minutiae count: a sparse pair's
    score is rated by the heavier impostor tail of sparse pairs, so a probe or entry of a
    handful of minutiae cannot by chance carry a duplicate decision on its own, while a
    genuine sparse match still adds evidence to the other fingers'); a finger where the
    person was not returned adds
    nothing (:meth:`Gallery.search_person` scores every finger of every person it returns,
    so there only a finger the gallery holds no entry for adds nothing). Unlike the raw sum
    of ``compare`` scores this weighs a finger by how rare its score is among impostors, so
    a clear match on one finger is not diluted by a weak one, and the fused threshold has a
    stated false match rate
    (:func:`matcher.calibration.threshold_for_fused_fmr`).

    References
    ----------
    J. Kittler et al., "On combining classifiers", IEEE TPAMI 20(3), 1998 (sum rule);
    R. A. Fisher, "Statistical Methods for Research Workers", 1925 (summing -ln p).
    """
    from matcher.calibration import evidence

    fused: dict[str, float] = {}
    fingers: dict[str, list[tuple[int, float]]] = {}
    fewest: dict[str, int] = {}
    for hits in per_finger:
        best: dict[str, tuple[float, Candidate]] = {}
        for cand in hits:
            e = evidence(cand.score, cand.minutiae)
            if cand.key not in best or e > best[cand.key][0]:
                best[cand.key] = (e, cand)
        for key, (e, cand) in best.items():
            fused[key] = fused.get(key, 0.0) + e
            fingers.setdefault(key, []).append((cand.finger, cand.score))
            fewest[key] = min(fewest.get(key, FULL), cand.minutiae)
    ranked = sorted(fused.items(), key=lambda kv: -kv[1])
    return [
        Candidate(key, -1, score, tuple(sorted(fingers[key])), fewest[key])
        for key, score in ranked
    ]
