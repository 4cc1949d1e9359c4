"""A scanner that reads fingerprint images from files: one image, or a folder of them.

Offices that receive prints from another system (or a scanner that saves files), tests and
demos use it. PNG, TIFF, BMP, JPEG and WSQ are read (by the engine's decoder,
:func:`matcher.load_image`); a file that declares another resolution than 500 dpi (a 1000 ppi
scan) is resampled to 500 dpi, as scanners deliver.

Folder rule: a file whose name contains the finger's slug (``right-index.png``,
``P001_left_thumb.wsq``) is that finger's image; when no file is named for the finger, the
folder's images are handed out in name order, one per capture, wrapping around (an FVC
folder then behaves like a stream of live captures).
"""

from __future__ import annotations

import re
from pathlib import Path

from station.capture.base import (
    CaptureFailed,
    Finger,
    GreyImage,
    Scanner,
    ScannerUnavailable,
    as_grey,
)

#: The resolution every scanner hands over (see :class:`~station.capture.base.Scanner`).
NOMINAL_DPI = 500

IMAGE_SUFFIXES = frozenset({".png", ".tif", ".tiff", ".bmp", ".wsq", ".jpg", ".jpeg", ".pgm"})


def read_image(path: Path) -> GreyImage:
    """Decode one image file to grey ``uint8`` at 500 dpi.

    The file is opened once by :func:`matcher.read_print` (the engine's own decoder: WSQ,
    16-bit and colour images, and its refusal of truncated files and of images far larger than
    a finger, judged from the header before anything is decoded), which also gives the
    resolution the file declares. Another plausible resolution (e.g. a 1000 ppi scan) is
    resampled by :func:`matcher.resample` to the 500 dpi that every scanner hands over; a file
    that declares none is taken as 500 dpi.

    Raises
    ------
    CaptureFailed
        With the file name and the reason, when the file is missing or not an image.
    """
    import matcher
    from matcher.errors import UnsupportedImage

    if not path.is_file():
        raise CaptureFailed(Finger.RIGHT_INDEX, f"{path} does not exist")
    try:
        grey, dpi = matcher.read_print(path)  # pixels and declared resolution, one opening
        if dpi is not None and dpi != NOMINAL_DPI:
            grey = matcher.resample(grey, dpi, NOMINAL_DPI)  # the engine's own rule
    except UnsupportedImage as exc:
        raise CaptureFailed(Finger.RIGHT_INDEX, str(exc)) from None
    return as_grey(grey)


class FileScanner(Scanner):
    """Images from a file or a folder, following the folder rule of this module."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.name = f"files: {self.path.name or self.path}"
        self._cursor = 0

    def available(self) -> bool:
        """True when the path is an image file or a folder holding at least one image."""
        if self.path.is_file():
            return True
        return bool(self._images())

    def capture(self, finger: Finger) -> GreyImage:
        """The finger's named file, else the next file in name order."""
        target = self._pick(finger)
        try:
            return read_image(target)
        except CaptureFailed as exc:
            raise CaptureFailed(finger, exc.reason) from None

    def _images(self) -> list[Path]:
        if not self.path.is_dir():
            return []
        return sorted(
            p for p in self.path.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
        )

    def _pick(self, finger: Finger) -> Path:
        if self.path.is_file():
            return self.path
        images = self._images()
        if not images:
            reason = f"{self.path} holds no PNG, TIFF, BMP or WSQ images"
            raise ScannerUnavailable(self.name, reason)
        named = [p for p in images if _names_finger(p.stem, finger)]
        if named:
            return named[0]
        chosen = images[self._cursor % len(images)]
        self._cursor += 1
        return chosen


def _names_finger(stem: str, finger: Finger) -> bool:
    low = stem.lower().replace("_", "-").replace(" ", "-")
    return re.search(rf"(^|[^a-z]){finger.slug}($|[^a-z])", low) is not None
