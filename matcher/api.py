"""The matcher's public surface: the names the station, benchmarks and evaluations call.

``load_image``, ``extract`` and ``quality`` are the extraction side (this package's
stages); ``compare``, ``compare_many`` and ``threshold_for_fmr`` are the comparator's
(:mod:`matcher.comparator`), re-exported here through thin wrappers (importing this module
compiles nothing).
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

import numpy as np
from numpy.typing import NDArray

from matcher.io import image_resolution, load_image, read_print
from matcher.template import Template

if TYPE_CHECKING:
    from matcher.stages.params import Params

ImageT = TypeVar("ImageT", bound=np.generic)

_comparison = importlib.import_module("matcher.comparator")  # compiles nothing: kernels are lazy

__all__ = [
    "Template",
    "compare",
    "compare_many",
    "extract",
    "image_resolution",
    "load_image",
    "quality",
    "read_print",
    "resample",
    "threshold_for_fmr",
]


def resample(image: NDArray[ImageT], dpi: int, to: int = 500) -> NDArray[ImageT]:
    """``image`` scanned at ``dpi``, resampled to ``to`` dpi exactly as :func:`extract` does
    (area averaging when shrinking, bicubic when enlarging); same element type.

    Raises
    ------
    UnsupportedImage
        Not a 2-D array, or a resolution outside 100..2000 dpi.
    """
    from matcher.stages.prepare import resample as _resample  # OpenCV only when needed

    return _resample(image, dpi, to)


def extract(image: NDArray[np.generic], dpi: int = 500, params: Params | None = None) -> Template:
    """Find the minutiae of one fingerprint image.

    Parameters
    ----------
    image
        2-D grayscale array (uint8 preferred; other numeric types are rescaled), dark ridges
        on a light background, about 150 to 1000 px a side.
    dpi
        Resolution of ``image``; anything other than 500 is resampled to 500 dpi first, and
        the template is expressed at 500 dpi.
    params
        Tunables (:class:`matcher.stages.params.Params`); the defaults suit 500 dpi sensors.

    Returns
    -------
    Template
        Minutiae (ordered by x then y, as NBIS orders them; bozorth3 relies on it), the
        500 dpi image size and the quality.

    Raises
    ------
    UnsupportedImage
        Not a 2-D numeric array, or a size or resolution out of range.
    NotAFingerprint
        Blank, noise or an image without a ridge pattern.

    Examples
    --------
    >>> t = extract(load_image("101_1.tif"))       # doctest: +SKIP
    >>> t.minutiae.shape[1]                          # doctest: +SKIP
    5
    """
    from matcher.pipeline import DEFAULT_PARAMS
    from matcher.pipeline import extract as _extract

    return _extract(image, dpi, params or DEFAULT_PARAMS)


def quality(image: NDArray[np.generic], dpi: int = 500, params: Params | None = None) -> int:
    """Sample quality 0 (unusable) to 100 (excellent), in the spirit of NFIQ 2.

    Raises the same errors as :func:`extract` (``NotAFingerprint`` for a non-finger image).
    """
    from matcher.pipeline import DEFAULT_PARAMS
    from matcher.scoring import quality as _quality

    return _quality(image, dpi, params or DEFAULT_PARAMS)


def compare(a: Template, b: Template) -> float:
    """1:1 similarity of two templates, higher means more alike (see ``matcher.comparator``)."""
    return float(_comparison.compare(a, b))


def compare_many(probe: Template, templates: Sequence[Template]) -> NDArray[np.float64]:
    """``compare(probe, t)`` for each template, in one parallel call (see ``matcher.comparator``).

    Examples
    --------
    >>> compare_many(probe, [t1, t2, t3])      # doctest: +SKIP
    array([0.41, 0.012, 0.009])
    """
    return np.asarray(_comparison.compare_many(probe, templates), dtype=np.float64)


def threshold_for_fmr(fmr: float) -> float:
    """Decision threshold giving false match rate ``fmr`` (see ``matcher.comparator``)."""
    return float(_comparison.threshold_for_fmr(fmr))
