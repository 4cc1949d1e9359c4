"""The fingerprint template: minutiae plus the little that is needed to compare and encode them.

A :class:`Template` is what extraction produces, what the comparator and the gallery consume,
what the registry stores (as an ISO/IEC 19794-2:2005 record) and what the card carries (in the
standard's compact card form). The byte formats live in :mod:`matcher.iso19794`; this module
keeps the in-memory form and its validation.

Conventions (the same everywhere in ``matcher``)
------------------------------------------------
``minutiae`` is a C-ordered ``float32`` array of shape ``(N, 5)``; the columns are

0. ``x``: column in pixels at ``dpi``, origin at the top-left pixel, increasing to the right;
1. ``y``: row in pixels at ``dpi``, origin at the top-left pixel, increasing *downwards*;
2. ``angle``: minutia direction in radians in ``[0, 2*pi)``, following ISO/IEC 19794-2:2005:
   measured from the positive x axis (pointing right) and increasing *counter-clockwise as
   the image is seen on screen*. Because y grows downwards, the unit vector of a direction
   ``angle`` in pixel coordinates is ``(cos(angle), -sin(angle))``; ``angle = pi/2`` points
   up the image. For a ridge ending the direction points from the end along the ridge it
   terminates; for a bifurcation it points into the valley between the two branches
   (the ridge-ending direction of the dual image), as the standard defines it;
3. ``kind``: 1 ridge ending, 2 bifurcation, 0 other/unknown (the ISO type codes);
4. ``reliability``: the extractor's confidence in the minutia, 0 (none) to 1 (certain).

``quality`` is the overall sample quality 0-100 (NFIQ 2 scale, 0 unknown).

``supplement`` holds, in the same layout, minutiae that only looser false-minutiae rules keep
(rated :data:`SUPPLEMENT_RELIABILITY`). Our comparator, the gallery and the compact card
format use ``minutiae`` alone; the ISO records also carry the supplement, for comparators
that want more minutiae than ours (NIST bozorth3 scores better with them). In a record a
supplementary minutia is rated 1 of 100 and a strict one at least 2 (strict minutiae are
rated at least :data:`MIN_RELIABILITY`), so :meth:`Template.from_iso19794_2` can put each
back where it came from.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from matcher.errors import InvalidTemplate

KIND_OTHER = 0
KIND_ENDING = 1
KIND_BIFURCATION = 2
MAX_MINUTIAE = 255  # the ISO view header counts minutiae in one byte
MAX_SIDE = 16383  # 14-bit coordinates in the ISO minutia record
MIN_DPI, MAX_DPI = 100, 2000
TWO_PI = 2.0 * math.pi
SUPPLEMENT_RELIABILITY = 0.01  # ISO minutia quality 1: a supplementary minutia
MIN_RELIABILITY = 0.02  # what extraction rates its least reliable strict minutia (quality 2)
_SUPPLEMENT_QUALITY = 1


@dataclass(frozen=True, eq=False)
class Template:
    """Minutiae of one finger view with the image geometry they refer to.

    Parameters
    ----------
    minutiae : numpy.ndarray
        ``float32`` array ``(N, 5)``: x, y, angle, kind, reliability (see the module docstring
        for the exact coordinate and angle conventions).
    width, height : int
        Size of the image the minutiae were found in, in pixels at ``dpi``.
    dpi : int
        Resolution in pixels per inch (500 nominal).
    quality : int
        Overall sample quality 0-100 (0 when unknown).
    supplement : numpy.ndarray, optional
        ``float32`` ``(M, 5)``, same layout: minutiae for other comparators only (see the
        module docstring); empty by default.

    Examples
    --------
    >>> import numpy as np
    >>> t = Template(np.array([[10, 20, 0.5, 1, 0.9]], dtype=np.float32), 300, 400)
    >>> Template.from_iso19794_2(t.to_iso19794_2()).minutiae.shape
    (1, 5)
    """

    minutiae: np.ndarray = field(repr=False)
    width: int
    height: int
    dpi: int = 500
    quality: int = 0
    supplement: np.ndarray = field(default_factory=lambda: np.zeros((0, 5), np.float32),
                                   repr=False)

    def __post_init__(self) -> None:
        for name in ("minutiae", "supplement"):
            value = getattr(self, name)
            if value is None:
                value = np.zeros((0, 5), np.float32)
            array = np.ascontiguousarray(np.asarray(value, dtype=np.float32))
            if array.ndim == 2 and array.shape[1] == 5:
                array = array.copy()
                array.setflags(write=False)
            object.__setattr__(self, name, array)

    def __len__(self) -> int:
        return int(self.minutiae.shape[0])

    def __eq__(self, other: object) -> bool:
        """Equal when the minutiae arrays hold the same values (same shape; NaN never equal)
        and the size, resolution and quality are the same. Not a biometric comparison: two
        captures of one finger are never equal; use :func:`matcher.compare` for that."""
        if not isinstance(other, Template):
            return NotImplemented
        return (
            (self.width, self.height, self.dpi, self.quality)
            == (other.width, other.height, other.dpi, other.quality)
            and self.minutiae.shape == other.minutiae.shape
            and bool(np.array_equal(self.minutiae, other.minutiae))
            and self.supplement.shape == other.supplement.shape
            and bool(np.array_equal(self.supplement, other.supplement))
        )

    # Unhashable on purpose: equality is by array value, and a hash of biometric content
    # would be a (weak) template fingerprint; key dictionaries by person and finger instead.
    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:  # never prints minutiae: templates are biometric data
        return (
            f"Template({len(self)} minutiae, {self.width}x{self.height} px, "
            f"{self.dpi} dpi, quality {self.quality})"
        )

    def validate(self) -> Template:
        """Check every field; raise :class:`InvalidTemplate` with one plain sentence if wrong.

        Returns the template itself so decoders can write ``return Template(...).validate()``.
        """
        for name in ("width", "height", "dpi", "quality"):
            if not isinstance(getattr(self, name), int | np.integer):
                raise InvalidTemplate(f"template {name} must be an integer")
        if not (1 <= self.width <= MAX_SIDE and 1 <= self.height <= MAX_SIDE):
            raise InvalidTemplate(f"image size {self.width}x{self.height} is outside 1..{MAX_SIDE}")
        if not MIN_DPI <= self.dpi <= MAX_DPI:
            raise InvalidTemplate(f"resolution {self.dpi} dpi is outside {MIN_DPI}..{MAX_DPI}")
        if not 0 <= self.quality <= 100:
            raise InvalidTemplate(f"quality {self.quality} is outside 0..100")
        self._check_rows(self.minutiae, "minutiae")
        self._check_rows(self.supplement, "supplementary minutiae")
        total = self.minutiae.shape[0] + self.supplement.shape[0]
        if total > MAX_MINUTIAE:
            raise InvalidTemplate(f"{total} minutiae exceed the maximum of {MAX_MINUTIAE}")
        return self

    def _check_rows(self, m: np.ndarray, what: str) -> None:
        if m.ndim != 2 or m.shape[1] != 5:
            raise InvalidTemplate(f"{what} must be an (N, 5) array, got shape {m.shape}")
        if m.shape[0] == 0:
            return
        if not np.isfinite(m).all():
            raise InvalidTemplate(f"{what} contain a value that is not a finite number")
        x, y, a, k, r = m.T
        if x.min() < 0 or x.max() >= self.width or y.min() < 0 or y.max() >= self.height:
            raise InvalidTemplate("a minutia lies outside the image")
        if a.min() < 0 or a.max() >= TWO_PI:
            raise InvalidTemplate("a minutia angle is outside [0, 2*pi) radians")
        if not np.isin(k, (KIND_OTHER, KIND_ENDING, KIND_BIFURCATION)).all():
            raise InvalidTemplate("a minutia kind is not 0 (other), 1 (ending) or 2 (bifurcation)")
        if r.min() < 0 or r.max() > 1:
            raise InvalidTemplate("a minutia reliability is outside 0..1")

    # --- byte forms (implemented in matcher.iso19794) ------------------------------------
    def to_iso19794_2(self, finger_position: int = 0) -> bytes:
        """Encode as an ISO/IEC 19794-2:2005 finger minutiae record with one finger view."""
        from matcher import iso19794

        return iso19794.encode_record(self._with_supplement(), finger_position=finger_position)

    @classmethod
    def from_iso19794_2(cls, data: bytes) -> Template:
        """Decode an ISO/IEC 19794-2:2005 record (first finger view); validated."""
        from matcher import iso19794

        return iso19794.decode_record(data)._split_supplement()

    def to_compact(self, cap: int | None = None) -> bytes:
        """Encode the most reliable minutiae in the standard's compact card format (3 B each)."""
        from matcher import iso19794

        return iso19794.encode_compact(self, cap=cap)

    @classmethod
    def from_compact(
        cls, data: bytes, *, width: int | None = None, height: int | None = None, dpi: int = 500
    ) -> Template:
        """Decode compact card minutiae; the card format carries no image size, so pass it."""
        from matcher import iso19794

        return iso19794.decode_compact(data, width=width, height=height, dpi=dpi)

    def to_nbis_iso(self) -> bytes:
        """Encode in the non-conforming variant that ``nbis-py`` 0.1.3 reads and writes."""
        from matcher import iso19794

        return iso19794.encode_nbis(self._with_supplement())

    @classmethod
    def from_nbis_iso(cls, data: bytes, *, dpi: int = 500) -> Template:
        """Decode the ``nbis-py`` 0.1.3 variant (its header states no resolution: pass it)."""
        from matcher import iso19794

        return iso19794.decode_nbis(data, dpi=dpi)

    # --- the supplement in records ------------------------------------------------------
    def _with_supplement(self) -> Template:
        """One template holding the minutiae and the supplement (x then y, as mindtct
        orders them: bozorth3 stops pairing a minutia once x differences exceed its window)."""
        if self.supplement.shape[0] == 0:
            return self
        rows = np.concatenate([self.minutiae, self.supplement])
        rows = rows[np.lexsort((rows[:, 1], rows[:, 0]))]
        return Template(rows, self.width, self.height, self.dpi, self.quality)

    def _split_supplement(self) -> Template:
        """Rows rated 1 of 100 (SUPPLEMENT_RELIABILITY) back into the supplement."""
        m = self.minutiae
        extra = np.round(m[:, 4] * 100) == _SUPPLEMENT_QUALITY
        if not extra.any() or extra.all():  # all rated 1: not our split, keep them compared
            return self
        return Template(m[~extra], self.width, self.height, self.dpi, self.quality,
                        supplement=m[extra]).validate()
