"""1:1 comparison: MCC bit cylinders with LSS-R and a global consolidation, and the
calibrated threshold.

``compare(a, b)`` returns a similarity in [0, 1] (higher means more alike), the scale that
``Gallery.search`` reports too. ``compare_many(probe, templates)`` gives the same scores for
one probe against many templates in one parallel kernel call (no Python per pair).
``threshold_for_fmr(fmr)`` reads the calibration table made on real impostor comparisons
(see :mod:`matcher.calibration`).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from matcher.calibration import threshold_for_fmr
from matcher.errors import InvalidTemplate
from matcher.mcc import DEFAULT, Cylinders, MccParams, encode_cached
from matcher.template import Template

if TYPE_CHECKING:
    from matcher._kernels.mcc_match import Scratch as _Scratch

__all__ = [
    "PackedCylinders",
    "compare",
    "compare_cylinders",
    "compare_many",
    "pack_cylinders",
    "score_packed",
    "threshold_for_fmr",
]

_local = threading.local()  # per-thread kernel buffers for compare_cylinders


def _scratch(n: int, length: int, words: int) -> _Scratch:
    size = getattr(_local, "size", None)  # (cylinders, value words, mask words) of held
    if size is None or size[0] < n or size[1:] != (length, words):
        from matcher._kernels.mcc_match import make_scratch

        _local.scratch = make_scratch(max(n, 64), length, words)
        _local.size = (max(n, 64), length, words)
    return _local.scratch  # type: ignore[no-any-return]


def compare_cylinders(a: Cylinders, b: Cylinders, params: MccParams = DEFAULT) -> float:
    """Similarity of two encoded templates (see :func:`compare`)."""
    from matcher._kernels.mcc_match import score_pair

    scratch = _scratch(max(len(a), len(b)), a.values.shape[1], a.mask.shape[1])
    score = score_pair(
        a.values, a.mask, a.theta, a.ok, a.x, a.y,
        b.values, b.mask, b.theta, b.ok, b.x, b.y,
        params.nd, params.max_rotation, params.min_matchable_cells,
        params.relax_iterations, params.relax_weight, scratch,
    )  # fmt: skip
    return float(score)


@dataclass(frozen=True)
class PackedCylinders:
    """Many templates' cylinders in one set of arrays: template ``q`` owns rows
    ``offsets[q]:offsets[q + 1]`` (the layout :func:`score_packed` reads), and the first
    ``hull_count[q]`` of those rows of ``hull_x``, ``hull_y`` hold the convex hull of its
    minutiae, made once here rather than in every comparison."""

    values: np.ndarray  # (rows, nd * words) uint64
    mask: np.ndarray  # (rows, words) uint64
    ok: np.ndarray  # (rows,) bool
    x: np.ndarray  # (rows,) float64
    y: np.ndarray  # (rows,) float64
    theta: np.ndarray  # (rows,) float64
    offsets: np.ndarray  # (count + 1,) int64
    hull_x: np.ndarray  # (rows,) float64
    hull_y: np.ndarray  # (rows,) float64
    hull_count: np.ndarray  # (count,) int64

    def __len__(self) -> int:
        return int(self.offsets.shape[0] - 1)


def pack_cylinders(items: Sequence[Cylinders], params: MccParams = DEFAULT) -> PackedCylinders:
    """Concatenate encoded templates for :func:`score_packed` (pack once, score many times)."""
    counts = np.array([len(c) for c in items], dtype=np.int64)
    offsets = np.zeros(counts.shape[0] + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    length, words = params.nd * params.words, params.words
    if not items:
        return PackedCylinders(
            np.zeros((0, length), np.uint64), np.zeros((0, words), np.uint64),
            np.zeros(0, np.bool_), np.zeros(0), np.zeros(0), np.zeros(0), offsets,
            np.zeros(0), np.zeros(0), np.zeros(0, np.int64),
        )  # fmt: skip
    for c in items:
        if c.values.shape[1] != length or c.mask.shape[1] != words:
            raise InvalidTemplate("cylinders encoded with other MCC parameters than these")
    from matcher._kernels.mcc_consolidate import pack_hulls

    x = np.ascontiguousarray(np.concatenate([c.x for c in items]), dtype=np.float64)
    y = np.ascontiguousarray(np.concatenate([c.y for c in items]), dtype=np.float64)
    hull_x, hull_y = np.zeros_like(x), np.zeros_like(y)
    hull_count = np.zeros(counts.shape[0], dtype=np.int64)
    pack_hulls(x, y, offsets, hull_x, hull_y, hull_count)
    return PackedCylinders(
        np.ascontiguousarray(np.concatenate([c.values for c in items])),
        np.ascontiguousarray(np.concatenate([c.mask for c in items])),
        np.ascontiguousarray(np.concatenate([c.ok for c in items])),
        x,
        y,
        np.ascontiguousarray(np.concatenate([c.theta for c in items])),
        offsets,
        hull_x,
        hull_y,
        hull_count,
    )


def score_packed(
    probe: Cylinders, packed: PackedCylinders, params: MccParams = DEFAULT
) -> np.ndarray:
    """Scores of ``probe`` against every packed template, in parallel over cores.

    Equal to ``compare_cylinders(probe, t)`` for each template ``t`` (same kernel, same
    arithmetic); Numba's thread count (``numba.set_num_threads``) sets the parallelism.
    """
    import numba

    from matcher._kernels.mcc_match import score_many

    out = np.zeros(len(packed), dtype=np.float64)
    if probe.values.shape[1] != packed.values.shape[1]:
        raise InvalidTemplate("cylinders encoded with other MCC parameters than these")
    score_many(
        probe.values, probe.mask, probe.theta, probe.ok, probe.x, probe.y,
        packed.values, packed.mask, packed.ok, packed.x, packed.y, packed.theta,
        packed.offsets, packed.hull_x, packed.hull_y, packed.hull_count, params.nd,
        params.max_rotation, params.min_matchable_cells, params.relax_iterations,
        params.relax_weight, 4 * numba.get_num_threads(), out,
    )  # fmt: skip
    return out


def compare(a: Template, b: Template) -> float:
    """Similarity of two templates in [0, 1]; symmetric up to ties.

    Each template is encoded as Minutia Cylinder-Code bit cylinders of its most reliable
    minutiae; cylinder pairs are scored by the bit similarity and consolidated by LSS-R, whose
    score is then scaled by how much of the two prints' common region pairs up under one
    rigid alignment (:mod:`matcher._kernels.mcc_consolidate`).
    Compare the result with ``threshold_for_fmr(fmr)``. Each template's cylinders are
    encoded on first use and kept with the template (:func:`matcher.mcc.encode_cached`).

    References
    ----------
    R. Cappelli, M. Ferrara, D. Maltoni, "Minutia Cylinder-Code", IEEE TPAMI 32(12), 2010.
    A. M. Bazen, S. H. Gerez, "Fingerprint matching by thin-plate spline modelling of elastic
    deformations", Pattern Recognition 36(8), 2003.
    """
    return compare_cylinders(encode_cached(a), encode_cached(b))


def compare_many(probe: Template, templates: Sequence[Template]) -> np.ndarray:
    """``compare(probe, t)`` for every template ``t``, as a float64 array, in one call.

    The scores equal :func:`compare`'s; the pairs run in one compiled loop spread over the
    cores (Numba threads), without a Python call per pair, so scoring a probe against a
    list of references (verification against several fingers, a re-check of candidates)
    costs little more than the comparisons themselves. Templates are encoded once and kept
    (:func:`matcher.mcc.encode_cached`), as with ``compare``.

    Raises
    ------
    InvalidTemplate
        ``probe`` or an element of ``templates`` is not a valid :class:`Template`.

    Examples
    --------
    >>> scores = compare_many(probe, [left_index, right_index])   # doctest: +SKIP
    >>> scores.shape                                               # doctest: +SKIP
    (2,)
    """
    for t in (probe, *templates):
        if not isinstance(t, Template):
            raise InvalidTemplate("compare_many takes matcher.Template objects")
    packed = pack_cylinders([encode_cached(t) for t in templates])
    return score_packed(encode_cached(probe), packed)
