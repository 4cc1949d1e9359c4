"""Template-level synthetic fingers for large galleries (no images): minutiae only.

A simple, documented stand-in until the fixtures generator offers minutiae directly. Each
synthetic finger gets an elliptical print area, an orientation field from the zero-pole model
(one core and one delta, or none, as in arch/loop patterns) and 35-70 minutiae at least 9 px
apart whose directions follow that field (either sense), with uniform reliabilities.

References
----------
B. G. Sherlock, D. M. Monro, "A model for interpreting fingerprint topology", Pattern
Recognition 26(7), 1993 (zero-pole orientation model).
"""

from __future__ import annotations

import math

import numpy as np

from matcher.template import Template


def synthetic_template(rng: np.random.Generator, width: int = 360, height: int = 420) -> Template:
    """One synthetic finger view at 500 dpi."""
    cx, cy = width / 2 + rng.normal(0, 15), height / 2 + rng.normal(0, 15)
    ax, ay = rng.uniform(0.32, 0.45) * width, rng.uniform(0.36, 0.46) * height
    core = complex(cx + rng.normal(0, 30), cy - rng.uniform(0, 60))
    delta = core + complex(rng.normal(0, 60), rng.uniform(80, 160))
    has_singular = rng.random() < 0.9
    base = rng.normal(0, 0.2)
    n = int(rng.integers(35, 71))
    pts = np.empty((0, 2))
    tries = 0
    while pts.shape[0] < n and tries < 20 * n:
        tries += 1
        t, r = rng.uniform(0, 2 * math.pi), math.sqrt(rng.uniform(0, 1))
        p = np.array([cx + ax * r * math.cos(t), cy + ay * r * math.sin(t)])
        if pts.shape[0] and np.min(np.hypot(*(pts - p).T)) < 9:
            continue
        pts = np.vstack([pts, p])
    z = pts[:, 0] + 1j * pts[:, 1]
    if has_singular:
        flow = base + 0.5 * (np.angle(z - core) - np.angle(z - delta))
    else:
        flow = base + 0.4 * np.sin((pts[:, 0] - cx) / ax * math.pi) * (pts[:, 1] < cy)
    flow = flow + rng.normal(0, 0.08, pts.shape[0])
    angle = (-flow + math.pi * rng.integers(0, 2, pts.shape[0])) % (2 * math.pi)
    m = np.column_stack(
        [
            np.clip(pts[:, 0], 0, width - 1),
            np.clip(pts[:, 1], 0, height - 1),
            np.where(angle >= 2 * math.pi, 0.0, angle),
            rng.integers(1, 3, pts.shape[0]),
            rng.uniform(0.05, 1.0, pts.shape[0]),
        ]
    ).astype(np.float32)
    return Template(m, width, height, dpi=500)
