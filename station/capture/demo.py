"""The demo scanner: synthetic fingers, so the station enrols a person without hardware.

Each demo person is a seed; each of their ten fingers is a synthetic master finger
(:mod:`fixtures.fingerprints`) drawn from ``(person_seed, finger)``, and each capture is a new
impression of it (attempt 1, 2, ...), so retries differ the way real touches do while the
same person always has the same fingers: enrolling demo person 42 twice is a duplicate.

The scanner stands for whoever is at the counter: :meth:`DemoScanner.switch_person` puts
another synthetic person there (the clerk window moves to a new person for each new enrolment
and lets the clerk choose an earlier one to demonstrate a duplicate). A person who comes back
gives new impressions: attempts are counted per person and finger for the scanner's life.

No Qt here: the headless ``sws`` command uses it too.
"""

from __future__ import annotations

import numpy as np

from station.capture.base import Finger, GreyImage, Scanner, ScannerError

#: Mixed into every seed so demo fingers never coincide with a generated benchmark set.
_DEMO_TAG = 0x5D3E


class InvalidDemoPerson(ScannerError):
    """The demo person's seed is not a non-negative integer."""

    def __init__(self, person_seed: object) -> None:
        super().__init__(f"demo person {person_seed!r} is not a non-negative whole number")
        self.person_seed = person_seed


class DemoScanner(Scanner):
    """Synthetic captures of one demo person's ten fingers.

    Parameters
    ----------
    person_seed
        Identifies the demo person: the same seed gives the same fingers.
    size
        Image (width, height) in pixels at 500 dpi.

    Examples
    --------
    >>> scanner = DemoScanner(person_seed=42)
    >>> image = scanner.capture(Finger.RIGHT_INDEX)   # doctest: +SKIP
    >>> image.dtype, image.ndim                        # doctest: +SKIP
    (dtype('uint8'), 2)
    """

    def __init__(self, person_seed: int, *, size: tuple[int, int] = (320, 400)) -> None:
        from fixtures.fingerprints.impression import ImpressionParams

        self._params = ImpressionParams(width=size[0], height=size[1])
        self._attempts: dict[tuple[int, Finger], int] = {}
        self.switch_person(person_seed)

    def switch_person(self, person_seed: int) -> None:
        """Put demo person ``person_seed`` at the scanner (their own ten fingers)."""
        if isinstance(person_seed, bool) or not isinstance(person_seed, int) or person_seed < 0:
            raise InvalidDemoPerson(person_seed)
        self.person_seed = person_seed
        self.name = f"demo scanner (synthetic person {person_seed})"
        # only the current person's master fingers are kept (each is a few hundred KB)
        self._masters: dict[Finger, object] = {}

    def available(self) -> bool:
        """Always: the demo scanner needs no device."""
        return True

    def capture(self, finger: Finger | int | str) -> GreyImage:
        """The next impression of ``finger`` of the person at the scanner (attempt 1, 2, ...
        for this person and finger over the scanner object's life)."""
        f = finger if isinstance(finger, Finger) else Finger.parse(finger)
        key = (self.person_seed, f)
        attempt = self._attempts.get(key, 0) + 1
        self._attempts[key] = attempt
        return self.capture_attempt(f, attempt)

    def capture_attempt(self, finger: Finger | int | str, attempt: int) -> GreyImage:
        """Impression number ``attempt`` (>= 1) of ``finger``, independent of earlier calls."""
        from fixtures.fingerprints.impression import make_impression
        from fixtures.fingerprints.master import MasterFinger, MasterParams, make_master

        f = finger if isinstance(finger, Finger) else Finger.parse(finger)
        master = self._masters.get(f)
        if not isinstance(master, MasterFinger):
            rng = np.random.default_rng([_DEMO_TAG, self.person_seed, int(f)])
            master = make_master(MasterParams(), rng)
            self._masters[f] = master
        rng = np.random.default_rng([_DEMO_TAG, self.person_seed, int(f), max(int(attempt), 1)])
        image, _info = make_impression(master, self._params, rng)
        return image
