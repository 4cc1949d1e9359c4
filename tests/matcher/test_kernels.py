"""Each Numba kernel against a small plain-NumPy reference of the same computation."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from scipy import ndimage

from matcher._kernels.enhance import (
    across_offsets,
    along_offsets,
    gabor_across,
    gabor_bank,
    orientation_bins,
    smooth_along,
)
from matcher._kernels.frequency import block_periods, signature_period, x_signature
from matcher._kernels.minutiae import STOP_ENDING, STOP_JUNCTION, STOP_LIMIT, detect, trace_all
from matcher._kernels.sampling import bilinear
from matcher._kernels.thinning import crossing_number, zhang_suen

RNG = np.random.default_rng(3)


def test_bilinear_matches_scipy_order_1() -> None:
    img = RNG.random((20, 30)).astype(np.float32)
    ys = RNG.uniform(0, 19, 50)
    xs = RNG.uniform(0, 29, 50)
    ref = ndimage.map_coordinates(img, [ys, xs], order=1)
    got = np.array([bilinear(img, y, x) for y, x in zip(ys, xs, strict=True)])
    np.testing.assert_allclose(got, ref, atol=1e-5)


def _cn_reference(img: np.ndarray, y: int, x: int) -> int:
    ring = [img[y - 1, x], img[y - 1, x + 1], img[y, x + 1], img[y + 1, x + 1],
            img[y + 1, x], img[y + 1, x - 1], img[y, x - 1], img[y - 1, x - 1]]
    return sum(abs(int(ring[k]) - int(ring[(k + 1) % 8])) for k in range(8)) // 2


def test_crossing_number_matches_its_definition() -> None:
    for _ in range(200):
        patch = RNG.integers(0, 2, (3, 3)).astype(np.uint8)
        patch[1, 1] = 1
        assert crossing_number(patch, 1, 1) == _cn_reference(patch, 1, 1)


def _zhang_suen_reference(binary: np.ndarray) -> np.ndarray:
    """Textbook Zhang-Suen in plain Python/NumPy (no staircase pass)."""
    img = np.pad(binary.astype(np.uint8), 1)
    changed = True
    while changed:
        changed = False
        for step in range(2):
            remove = []
            for y, x in zip(*np.nonzero(img), strict=True):
                p = [img[y - 1, x], img[y - 1, x + 1], img[y, x + 1], img[y + 1, x + 1],
                     img[y + 1, x], img[y + 1, x - 1], img[y, x - 1], img[y - 1, x - 1]]
                b = sum(p)
                a = sum(p[k] == 0 and p[(k + 1) % 8] == 1 for k in range(8))
                if not (2 <= b <= 6 and a == 1):
                    continue
                if step == 0 and (p[0] * p[2] * p[4] or p[2] * p[4] * p[6]):
                    continue
                if step == 1 and (p[0] * p[2] * p[6] or p[0] * p[4] * p[6]):
                    continue
                remove.append((y, x))
            for y, x in remove:
                img[y, x] = 0
            changed |= bool(remove)
    return img[1:-1, 1:-1]


def _blobs() -> np.ndarray:
    img = np.zeros((40, 60), np.uint8)
    cv2.line(img, (5, 5), (55, 30), 1, 5)
    cv2.circle(img, (20, 28), 8, 1, 3)
    cv2.line(img, (40, 5), (40, 35), 1, 4)
    return img.astype(bool)


def test_thinning_keeps_the_reference_skeleton_and_only_drops_staircase_corners() -> None:
    binary = _blobs()
    ref = _zhang_suen_reference(binary)
    got = zhang_suen(binary)
    assert ((got == 1) <= (ref == 1)).all(), "only removes pixels from the Zhang-Suen result"
    assert (ref.sum() - got.sum()) < 0.2 * ref.sum()
    # same connectivity as the input, and no 2x2 block left
    n_in, _ = cv2.connectedComponents(binary.astype(np.uint8), connectivity=8)
    n_out, _ = cv2.connectedComponents(got, connectivity=8)
    assert n_in == n_out
    blocks = got[:-1, :-1] & got[1:, :-1] & got[:-1, 1:] & got[1:, 1:]
    assert not blocks.any()


def test_thick_bar_thins_to_a_line_with_two_endings() -> None:
    bar = np.zeros((20, 60), bool)
    bar[7:13, 5:55] = True
    skel = zhang_suen(bar)
    rows = np.nonzero(skel.any(axis=1))[0]
    assert len(rows) <= 2
    found = detect(skel, np.ones_like(bar))
    assert sorted(found[:, 2].tolist()) == [1, 1]


def test_detect_and_trace_a_y_junction() -> None:
    img = np.zeros((40, 40), np.uint8)
    img[20, 5:21] = 1  # stem from x=5 to the junction at x=20
    for k in range(1, 15):
        img[20 - k, 20 + k] = 1
        img[20 + k, 20 + k] = 1
    mask = np.ones_like(img, bool)
    pts = detect(img, mask)
    kinds = {(int(y), int(x)): int(c) for y, x, c in pts}
    assert kinds[(20, 5)] == 1 and kinds[(20, 20)] == 3
    assert sum(1 for c in kinds.values() if c == 1) == 3
    length, stop, end, head = trace_all(img, pts, 40, 5)
    i = next(k for k, (y, x, _) in enumerate(pts) if (y, x) == (20, 5))
    assert stop[i, 0] == STOP_JUNCTION and length[i, 0] == 15
    assert tuple(end[i, 0]) == (20, 20)
    assert tuple(head[i, 0]) == (20.0, 10.0)
    j = next(k for k, (y, x, _) in enumerate(pts) if (y, x) == (20, 20))
    assert sorted(stop[j].tolist()) == [STOP_ENDING] * 3
    short, stop_short, _, _ = trace_all(img, pts, 6, 3)
    assert stop_short[i, 0] == STOP_LIMIT and short[i, 0] == 6


def test_x_signature_and_period_of_a_grating() -> None:
    period, theta = 9.0, 0.3
    y, x = np.mgrid[0:64, 0:64].astype(np.float32)
    across = -np.sin(theta) * x + np.cos(theta) * y
    img = (np.cos(2 * np.pi * across / period) * 50 + 100).astype(np.float32)
    sig = x_signature(img, 32.0, 32.0, theta, 16, 32)
    ref = np.array([
        np.mean([ndimage.map_coordinates(
            img, [[32 + (k - 15.5) * np.cos(theta) + (t - 7.5) * np.sin(theta)],
                  [32 - (k - 15.5) * np.sin(theta) + (t - 7.5) * np.cos(theta)]], order=1)[0]
            for t in range(16)]) for k in range(32)])
    np.testing.assert_allclose(sig, ref, atol=1e-3)
    assert signature_period(sig, 4.0, 16.0) == pytest.approx(period, abs=0.6)
    thetas = np.full(img.shape, theta, np.float32)
    blocks = block_periods(img, thetas, np.ones(img.shape, bool), 16, 32, 4.0, 16.0)
    assert np.median(blocks[1:-1, 1:-1]) == pytest.approx(period, abs=0.6)


def _reference_oriented(padded: np.ndarray, y: int, x: int, pad: int, offsets: np.ndarray,
                        weights: np.ndarray | None, taps: np.ndarray) -> float:
    flat = padded.ravel()
    c = (y + pad) * padded.shape[1] + (x + pad)
    if weights is None:
        return float(sum(taps[i] * flat[c + offsets[i]] for i in range(len(taps))))
    w = padded.shape[1]
    total = 0.0
    for i in range(len(taps)):
        k = c + offsets[i]
        value = (weights[i, 0] * flat[k] + weights[i, 1] * flat[k + 1]
                 + weights[i, 2] * flat[k + w] + weights[i, 3] * flat[k + w + 1])
        total += taps[i] * value
    return float(total)


def test_oriented_passes_match_a_per_pixel_reference() -> None:
    h, w, pad, radius, n_bins = 24, 30, 9, 7, 16
    img = RNG.random((h, w)).astype(np.float32)
    padded = np.pad(img, pad, mode="reflect").astype(np.float32)
    theta = RNG.uniform(0, np.pi, (h, w)).astype(np.float32)
    bins = orientation_bins(theta, n_bins)
    np.testing.assert_array_equal(bins, np.round(theta / np.pi * n_bins).astype(int) % n_bins)
    mask = np.ones((h, w), bool)
    taps = np.exp(-0.5 * (np.arange(-radius, radius + 1) / 3.0) ** 2).astype(np.float32)
    taps /= taps.sum()
    along_off = along_offsets(n_bins, radius, padded.shape[1])
    along = smooth_along(padded, bins, mask, along_off, taps, pad)
    periods = np.array([8.0, 9.0, 10.0], np.float32)
    bank = gabor_bank(periods, 0.45, radius)
    np.testing.assert_allclose(bank.sum(axis=1), 0.0, atol=1e-5)
    off, wts = across_offsets(n_bins, radius, padded.shape[1])
    period = np.full((h, w), 9.0, np.float32)
    out = gabor_across(along, bins, period, mask, bank, 8.0, 1.0, off, wts, pad)
    for y, x in [(0, 0), (5, 7), (12, 20), (23, 29)]:
        b = bins[y, x]
        ref_along = _reference_oriented(padded, y, x, pad, along_off[b], None, taps)
        assert along[y + pad, x + pad] == pytest.approx(ref_along, abs=1e-5)
        ref = _reference_oriented(along, y, x, pad, off[b], wts[b], bank[1])
        assert out[y, x] == pytest.approx(ref, abs=1e-5)
