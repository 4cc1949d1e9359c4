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
    return read_print(path)[0]


def read_print(path: str | os.PathLike[str]) -> tuple[NDArray[np.uint8], int | None]:
    """:func:`load_image` and :func:`image_resolution` of one file, opened once.

    What a caller that honours the declared resolution wants: ``image, dpi = read_print(p)``,
    then ``extract(image, dpi or 500)`` (or :func:`matcher.resample` to show the print at
    500 dpi). Same errors as :func:`load_image`.
    """
    p = Path(path)
    try:
        with _open(p) as img:  # sizes Pillow warns about are refused here
            width, height = img.size
            if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
                raise UnsupportedImage(_too_large(p, f"{width} x {height} pixels"))
            dpi = _declared(p, img)
            img.load()
            return _to_gray8(img), dpi
    except UnsupportedImage:
        raise
    except Image.DecompressionBombError:  # Pillow refuses even to open it
        raise UnsupportedImage(_too_large(p, "more than 179 million pixels")) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise UnsupportedImage(_undecodable(p, exc)) from exc
    except Exception as exc:  # decoders of damaged files raise odd types; keep it one line
        raise UnsupportedImage(f"{p.name} is not a readable image ({type(exc).__name__})") from exc


#: Resolutions a file may declare and be believed: fingerprint sensors capture at about 250 to
#: 1000 ppi (ISO/IEC 19794-4 allows up to 1000 ppi and more); lower values are what image
#: software writes when it knows nothing (72 or 96 dpi), and FVC's TIFFs say 1 dpi.
DECLARED_DPI_RANGE = (250, 2000)


def image_resolution(path: str | os.PathLike[str]) -> int | None:
    """The resolution, in dots per inch, that an image file declares for itself, if plausible.

    Read from the file's header only (PNG ``pHYs``, TIFF ``XResolution``, JPEG JFIF or Exif
    density, BMP; for WSQ the ``PPI`` line of the NIST comment). ``None`` when the file
    declares nothing, declares different horizontal and vertical resolutions, or declares a
    value outside ``DECLARED_DPI_RANGE`` (72 or 96 dpi is image software's default, not a
    sensor's): the caller then assumes 500 dpi, as for an array without metadata.

    Pass the result to :func:`matcher.extract` (``dpi=image_resolution(path) or 500``) so that a
    1000 ppi scan is resampled to the 500 dpi geometry the engine works in, rather than read
    as a finger with ridges twice as far apart.

    Raises
    ------
    UnsupportedImage
        When the file is missing or cannot be identified as an image.
    """
    p = Path(path)
    try:
        with _open(p) as img:
            return _declared(p, img)
    except Image.DecompressionBombError:
        return None  # load_image refuses such a file with its own message
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise UnsupportedImage(_undecodable(p, exc)) from exc


def _declared(p: Path, img: Image.Image) -> int | None:
    """The plausible resolution ``img`` (opened from ``p``, header read) declares, or None."""
    if img.format == "WSQ":
        return _plausible(_nistcom_ppi(p))
    try:
        x, y = (float(v) for v in img.info.get("dpi"))  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return None
    if abs(x - y) > 0.02 * max(x, y, 1.0):
        return None
    return _plausible(round(x))


def _plausible(dpi: int | None) -> int | None:
    lo, hi = DECLARED_DPI_RANGE
    return dpi if dpi is not None and lo <= dpi <= hi else None


def _nistcom_ppi(p: Path) -> int | None:
    """``PPI`` from a WSQ file's NIST comment (``NIST_COM`` block), when it gives one."""
    with p.open("rb") as f:
        head = f.read(8192)
    at = head.find(b"NIST_COM")
    if at < 0:
        return None
    for line in head[at:at + 2048].split(b"\n"):
        key, _, value = line.strip().partition(b" ")
        if key == b"PPI":
            try:
                return int(value.strip())
            except ValueError:
                return None
    return None


def _open(p: Path) -> Image.Image:
    """``Image.open`` (header only) of an existing file, without Pillow's size warning: the
    callers judge the size themselves. The decoding errors are theirs to word."""
    if not p.is_file():
        raise UnsupportedImage(f"{p} is not a readable file")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        return Image.open(p)


def _undecodable(p: Path, exc: BaseException) -> str:
    """One line for a file Pillow cannot decode (its own messages repeat the full path)."""
    if isinstance(exc, UnidentifiedImageError):
        reason = "not a PNG, TIFF, BMP, JPEG or WSQ file"
    else:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return f"{p.name} is not a readable image ({reason})"


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
