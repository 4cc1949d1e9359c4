"""Decode a fingerprint image file into a 2-D ``uint8`` array.

Pillow reads PNG, TIFF, BMP and JPEG; the ``wsq`` package registers a Pillow plugin for WSQ
(the FBI's wavelet scalar quantisation format used for 500 dpi fingerprints). Anything that
cannot be decoded completely, truncated files included, raises ``UnsupportedImage`` with one
plain sentence; a half-decoded image is never returned.
"""

from __future__ import annotations

import contextlib
import os
import warnings
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageFile, UnidentifiedImageError

from matcher.errors import UnsupportedImage

with contextlib.suppress(ImportError):  # registers the WSQ codec with Pillow
    import wsq  # noqa: F401

ImageFile.LOAD_TRUNCATED_IMAGES = False

#: Larger than any fingerprint image: a four-finger slap at 1000 ppi is about 3,200 x 3,000
#: pixels. Checked from the file's header, before anything is decoded, so a huge or hostile
#: file costs no memory (Pillow would warn at 89 Mpx and decode up to 179 Mpx).
MAX_SIDE = 8000
MAX_PIXELS = 40_000_000


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
        The file is missing, unreadable, not an image, truncated, empty, or far larger than
        a fingerprint image (``MAX_SIDE``, ``MAX_PIXELS``).
    """
    p = Path(path)
    if not p.is_file():
        raise UnsupportedImage(f"{p} is not a readable file")
    try:
        with warnings.catch_warnings():  # sizes Pillow warns about are refused below
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(p)
        with img:
            width, height = img.size
            if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
                raise UnsupportedImage(_too_large(p, f"{width} x {height} pixels"))
            img.load()
            return _to_gray8(img)
    except UnsupportedImage:
        raise
    except Image.DecompressionBombError:  # Pillow refuses even to open it
        raise UnsupportedImage(_too_large(p, "more than 179 million pixels")) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UnsupportedImage(f"cannot decode {p.name} as an image: {reason}") from exc
    except Exception as exc:  # decoders of damaged files raise odd types; keep it one line
        raise UnsupportedImage(
            f"cannot decode {p.name} as an image: {type(exc).__name__}"
        ) from exc


def _too_large(p: Path, size: str) -> str:
    return (f"{p.name} is {size}, far larger than a fingerprint image (at most {MAX_SIDE} "
            "pixels a side)")


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
