"""Fingerprint image -> template -> scores. No Qt, no database.

The public surface (see ``matcher.api``): ``load_image``, ``image_resolution`` (the
resolution a file declares), ``read_print`` (both from one opening), ``resample`` (to 500 dpi
as ``extract`` does), ``extract``, ``quality``, ``Template``, ``compare``,
``compare_many`` (one probe against many templates, in parallel),
``threshold_for_fmr``, ``threshold_for_fused_fmr`` (for ``Gallery.search_person`` scores),
``Gallery``, ``Candidate`` and the errors. Names resolve lazily so that importing ``matcher``
does not compile any Numba kernel.
"""

from __future__ import annotations

import importlib
from typing import Any

from matcher.errors import InvalidTemplate, MatcherError, NotAFingerprint, UnsupportedImage

_LAZY = {
    "load_image": "matcher.api",
    "read_print": "matcher.api",
    "resample": "matcher.api",
    "image_resolution": "matcher.api",
    "extract": "matcher.api",
    "quality": "matcher.api",
    "Template": "matcher.template",
    "compare": "matcher.api",
    "compare_many": "matcher.api",
    "threshold_for_fmr": "matcher.api",
    "threshold_for_fused_fmr": "matcher.calibration",
    "Gallery": "matcher.gallery",
    "Candidate": "matcher.gallery",
    "match_pairs": "matcher.pairing",
}

__all__ = [
    "Candidate",
    "Gallery",
    "InvalidTemplate",
    "MatcherError",
    "NotAFingerprint",
    "Template",
    "UnsupportedImage",
    "compare",
    "compare_many",
    "extract",
    "image_resolution",
    "load_image",
    "match_pairs",
    "quality",
    "read_print",
    "resample",
    "threshold_for_fmr",
    "threshold_for_fused_fmr",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'matcher' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
