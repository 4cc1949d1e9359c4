"""Input stage: check the array once, resample to 500 dpi, normalise to float32."""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

from matcher.errors import UnsupportedImage
from matcher.stages.params import Params


def prepare(image: NDArray[np.generic], dpi: int, params: Params) -> NDArray[np.float32]:
    """Return the image as C-ordered float32 in [0, 255] at ``params.dpi``.

    Raises
    ------
    UnsupportedImage
        Not a 2-D numeric array, a resolution outside 100..2000 dpi, or a side outside
        ``params.min_side``..``params.max_side`` once resampled.
    """
    arr = np.asarray(image)
    if arr.ndim == 3 and arr.shape[2] in (3, 4):
        arr = arr[..., :3].astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)
    if arr.ndim != 2:
        raise UnsupportedImage(f"expected a 2-D grayscale image, got shape {arr.shape}")
    if arr.dtype == np.bool_ or not np.issubdtype(arr.dtype, np.number):
        raise UnsupportedImage(f"expected a numeric image, got dtype {arr.dtype}")
    if not 100 <= int(dpi) <= 2000:
        raise UnsupportedImage(f"resolution {dpi} dpi is outside 100..2000 dpi")
    img = arr.astype(np.float32, copy=False)
    if not np.isfinite(img).all():
        raise UnsupportedImage("the image holds NaN or infinite values")
    if arr.dtype != np.uint8:
        lo, hi = float(img.min()), float(img.max())
        img = (img - lo) * (255.0 / (hi - lo)) if hi > lo else np.zeros_like(img)
    if int(dpi) != params.dpi:
        scale = params.dpi / float(dpi)
        h, w = img.shape
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
        img = np.asarray(cv2.resize(img, size, interpolation=interp), np.float32)
    h, w = img.shape
    if min(h, w) < params.min_side or max(h, w) > params.max_side:
        raise UnsupportedImage(
            f"image of {w}x{h} px at {params.dpi} dpi is outside "
            f"{params.min_side}..{params.max_side} px a side"
        )
    return np.ascontiguousarray(img, dtype=np.float32)
