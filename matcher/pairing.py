"""Which minutiae of two prints correspond: the pairing drawn in the clerk's duplicate view.

This is the *display* pairing. Scores, thresholds and every decision come from
:func:`matcher.compare` (MCC with LSS-R); this module only answers "which minutia of the
applicant's print is which minutia of the registered one", so that a clerk can see where two
prints agree. It uses the classic rigid-alignment idea: every candidate pair of minutiae
proposes a rotation (the difference of their directions) and a translation (what moves one
onto the other after that rotation); the proposal most pairs agree on is the alignment, and
minutiae that land close to each other with similar directions under it are paired.

References
----------
.. [1] N. K. Ratha, K. Karu, S. Chen, A. K. Jain, "A real-time matching system for large
   fingerprint databases", IEEE TPAMI 18(8), 1996 (Hough-transform alignment of minutiae).
.. [2] D. Maltoni, D. Maio, A. K. Jain, S. Prabhakar, *Handbook of Fingerprint Recognition*,
   2nd ed., Springer, 2009, section 4.3 (global minutiae matching by alignment voting).
"""

from __future__ import annotations

import math

import numpy as np

from matcher.errors import InvalidTemplate
from matcher.template import Template

TWO_PI = 2.0 * math.pi
ANGLE_BINS = 16  # rotation bins of 22.5 degrees
SHIFT_BIN = 16.0  # translation bins in pixels
TOP_BINS = 6  # best vote bins tried before keeping the alignment that pairs the most


def _angle_gap(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Absolute difference of two direction arrays, modulo 2*pi, in ``[0, pi]``."""
    d = np.abs((a - b) % TWO_PI)
    return np.minimum(d, TWO_PI - d)


def _transform(m: np.ndarray, theta: float, tx: float, ty: float) -> np.ndarray:
    """Rotate minutiae by ``theta`` (counter-clockwise on screen) then shift by (tx, ty).

    Works in pixel coordinates where y grows downwards, so a counter-clockwise turn on screen
    is ``x' = x cos - (-y) sin``, ``-y' = x sin + (-y) cos``.
    """
    c, s = math.cos(theta), math.sin(theta)
    x, y = m[:, 0].astype(np.float64), m[:, 1].astype(np.float64)
    out = np.empty((m.shape[0], 3))
    out[:, 0] = c * x + s * y + tx
    out[:, 1] = -s * x + c * y + ty
    out[:, 2] = (m[:, 2] + theta) % TWO_PI
    return out


def _greedy_pairs(ta: np.ndarray, b: np.ndarray, max_distance: float,
                  max_angle: float) -> list[tuple[int, int]]:
    """One-to-one pairs, closest first, among those within both tolerances."""
    dx = ta[:, 0, None] - b[None, :, 0]
    dy = ta[:, 1, None] - b[None, :, 1]
    dist = np.hypot(dx, dy)
    ok = (dist <= max_distance) & (_angle_gap(ta[:, 2, None], b[None, :, 2]) <= max_angle)
    ia, ib = np.nonzero(ok)
    order = np.argsort(dist[ia, ib], kind="stable")
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for k in order:
        i, j = int(ia[k]), int(ib[k])
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
    return pairs


def _fit(a: np.ndarray, b: np.ndarray,
         pairs: list[tuple[int, int]]) -> tuple[float, float, float]:
    """Least-squares rigid motion (rotation, tx, ty) taking the paired points of a onto b.

    The 2-D case of Kabsch / Procrustes, in the y-up frame so that the rotation has the
    same sense as the minutia directions.
    """
    ia = [i for i, _ in pairs]
    ib = [j for _, j in pairs]
    pa = a[ia, :2].astype(np.float64)
    pb = b[ib, :2].astype(np.float64)
    ua, va = pa[:, 0] - pa[:, 0].mean(), -(pa[:, 1] - pa[:, 1].mean())
    ub, vb = pb[:, 0] - pb[:, 0].mean(), -(pb[:, 1] - pb[:, 1].mean())
    theta = math.atan2(float((ua * vb - va * ub).sum()), float((ua * ub + va * vb).sum()))
    c, s = math.cos(theta), math.sin(theta)
    ax, ay = float(pa[:, 0].mean()), float(pa[:, 1].mean())
    tx = float(pb[:, 0].mean()) - (c * ax + s * ay)
    ty = float(pb[:, 1].mean()) - (-s * ax + c * ay)
    return theta, tx, ty


def _votes(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rotation and translation proposed by every (a_i, b_j) pair, flattened."""
    theta = ((b[None, :, 2] - a[:, None, 2]) % TWO_PI).ravel().astype(np.float64)
    c, s = np.cos(theta), np.sin(theta)
    ax = np.repeat(a[:, 0].astype(np.float64), b.shape[0])
    ay = np.repeat(a[:, 1].astype(np.float64), b.shape[0])
    bx = np.tile(b[:, 0].astype(np.float64), a.shape[0])
    by = np.tile(b[:, 1].astype(np.float64), a.shape[0])
    tx = bx - (c * ax + s * ay)
    ty = by - (-s * ax + c * ay)
    return theta, tx, ty


def match_pairs(a: Template, b: Template, *, max_distance: float = 15.0,
                max_angle: float = math.radians(25)) -> list[tuple[int, int]]:
    """Indices ``(i, j)`` of the minutiae of ``a`` and ``b`` that correspond, for display.

    Not a score: use :func:`matcher.compare` for that. The alignment is found by voting:
    each candidate pair proposes a rotation (direction difference) and a translation; the
    proposals fall into coarse bins (22.5 degrees, 16 px), the best few bins are refined to
    the mean of their votes (circular mean for the rotation), ``a`` is moved by each refined
    alignment and paired one-to-one with ``b``, closest first, within the tolerances; the
    alignment that pairs the most wins.

    Parameters
    ----------
    a, b : Template
        The two minutiae sets (``a`` is moved onto ``b``; image size and dpi are not used).
    max_distance : float
        Largest distance in pixels between a moved minutia of ``a`` and its mate.
    max_angle : float
        Largest direction difference in radians (taken modulo 2*pi).

    Returns
    -------
    list of (int, int)
        Row index in ``a.minutiae``, row index in ``b.minutiae``; each index at most once,
        sorted by the index in ``a``. Empty when either template has no minutiae.

    Raises
    ------
    InvalidTemplate
        When an argument is not a :class:`Template` or a tolerance is not positive.

    References
    ----------
    .. [1] Ratha et al., IEEE TPAMI 18(8), 1996; Maltoni et al., Handbook of Fingerprint
       Recognition, 2009, section 4.3.

    Examples
    --------
    >>> import numpy as np
    >>> t = Template(np.array([[10, 20, 0.5, 1, 0.9], [60, 80, 2.0, 2, 0.8]], np.float32), 100, 100)
    >>> match_pairs(t, t)
    [(0, 0), (1, 1)]
    """
    if not isinstance(a, Template) or not isinstance(b, Template):
        raise InvalidTemplate("match_pairs needs two Template objects")
    if not (max_distance > 0 and max_angle > 0):
        raise InvalidTemplate("match_pairs tolerances must be positive")
    ma, mb = a.minutiae, b.minutiae
    if ma.shape[0] == 0 or mb.shape[0] == 0:
        return []
    theta, tx, ty = _votes(ma, mb)
    k_theta = np.floor(theta / (TWO_PI / ANGLE_BINS)).astype(np.int64) % ANGLE_BINS
    k_x = np.floor(tx / SHIFT_BIN).astype(np.int64)
    k_y = np.floor(ty / SHIFT_BIN).astype(np.int64)
    keys = np.stack([k_theta, k_x, k_y], axis=1)
    _, inverse, counts = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
    inverse = inverse.ravel()
    best: list[tuple[int, int]] = []
    for bin_index in np.argsort(-counts, kind="stable")[:TOP_BINS]:
        members = inverse == bin_index
        mean_theta = math.atan2(float(np.sin(theta[members]).mean()),
                                float(np.cos(theta[members]).mean()))
        pairs = _greedy_pairs(_transform(ma, mean_theta, float(tx[members].mean()),
                                         float(ty[members].mean())),
                              mb, max_distance, max_angle)
        if len(pairs) >= 2:  # one least-squares refit on the pairs found, then pair again
            refit = _greedy_pairs(_transform(ma, *_fit(ma, mb, pairs)), mb, max_distance,
                                  max_angle)
            pairs = refit if len(refit) >= len(pairs) else pairs
        if len(pairs) > len(best):
            best = pairs
    return sorted(best)
