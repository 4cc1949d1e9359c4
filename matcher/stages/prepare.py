"""Input stage: check the array once, resample to 500 dpi, normalise to float32."""

from __future__ import annotations

from typing import TypeVar

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
        img = np.asarray(resample(img, int(dpi), params.dpi), np.float32)
    h, w = img.shape
    if min(h, w) < params.min_side or max(h, w) > params.max_side:
        raise UnsupportedImage(
            f"image of {w}x{h} px at {params.dpi} dpi is outside "
            f"{params.min_side}..{params.max_side} px a side"
        )
    return np.ascontiguousarray(img, dtype=np.float32)


ImageT = TypeVar("ImageT", bound=np.generic)


def resample(image: NDArray[ImageT], dpi: int, to: int = 500) -> NDArray[ImageT]:
    """``image``, scanned at ``dpi``, at ``to`` dots per inch (the same element type).

    Area averaging when shrinking (no aliasing of a 1000 ppi scan's ridges), bicubic when
    enlarging: the rule :func:`extract` applies, public so that a caller who shows or stores
    the print at the engine's resolution resamples exactly as the engine does.

    Raises
    ------
    UnsupportedImage
        Not a 2-D array, or a resolution outside 100..2000 dpi.
    """
    if image.ndim != 2:
        raise UnsupportedImage(f"expected a 2-D grayscale image, got shape {image.shape}")
    for value in (dpi, to):
        if not 100 <= int(value) <= 2000:
            raise UnsupportedImage(f"resolution {value} dpi is outside 100..2000 dpi")
    if int(dpi) == int(to):
        return image
    scale = int(to) / float(dpi)
    h, w = image.shape
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    out = cv2.resize(np.asarray(image), size, interpolation=interp)  # type: ignore[arg-type]
    return np.ascontiguousarray(out, dtype=image.dtype)
