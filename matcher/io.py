"""Decode a fingerprint image file into a 2-D ``uint8`` array.

Pillow reads PNG, TIFF, BMP and JPEG; the ``wsq`` package registers a Pillow plugin for WSQ
(the FBI's wavelet scalar quantisation format used for 500 dpi fingerprints). Anything that
cannot be decoded completely, truncated files included, raises ``UnsupportedImage`` with one
plain sentence; a half-decoded image is never returned.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageFile, UnidentifiedImageError

from matcher.errors import UnsupportedImage

with contextlib.suppress(ImportError):  # registers the WSQ codec with Pillow
    import wsq  # noqa: F401

ImageFile.LOAD_TRUNCATED_IMAGES = False


def load_image(path: str | os.PathLike[str]) -> NDArray[np.uint8]:
    """Read one fingerprint image file as a 2-D ``uint8`` grayscale array.

    Parameters
    ----------
    path
        A PNG, TIFF, BMP, JPEG or WSQ file.

    Returns
    -------
    numpy.ndarray
        C-contiguous ``uint8`` array of shape ``(height, width)``; colour images are
        converted to luminance, 16-bit images are scaled to 8 bits.

    Raises
    ------
    UnsupportedImage
        The file is missing, unreadable, not an image, truncated or empty.
    """
    p = Path(path)
    if not p.is_file():
        raise UnsupportedImage(f"{p} is not a readable file")
    try:
        with Image.open(p) as img:
            img.load()
            return _to_gray8(img)
    except UnsupportedImage:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UnsupportedImage(f"cannot decode {p.name} as an image: {reason}") from exc
    except Exception as exc:  # decoders of damaged files raise odd types; keep it one line
        raise UnsupportedImage(
            f"cannot decode {p.name} as an image: {type(exc).__name__}"
        ) from exc


def _to_gray8(img: Image.Image) -> NDArray[np.uint8]:
    """Convert any decoded Pillow image to 2-D uint8, scaling deeper samples."""
    if img.mode.startswith("I;16"):
        # 16-bit samples span 0..65535: scale, do not stretch (keeps contrast comparable)
        wide = np.asarray(img, dtype=np.float64)
        out = np.clip(np.rint(wide / 257.0), 0, 255).astype(np.uint8)
    elif img.mode in ("I", "F"):
        arr = np.asarray(img, dtype=np.float64)
        lo, hi = float(arr.min()), float(arr.max())
        scale = 255.0 / (hi - lo) if hi > lo else 0.0
        out = np.clip((arr - lo) * scale, 0, 255).astype(np.uint8)
    else:
        if img.mode != "L":
            img = img.convert("L")
        out = np.asarray(img, dtype=np.uint8)
    if out.ndim != 2 or out.size == 0:
        raise UnsupportedImage("the decoded image is empty or not two-dimensional")
    return np.ascontiguousarray(out)
