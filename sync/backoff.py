"""Exponential backoff with jitter for retries to the central registry.

"Equal jitter": the delay doubles with each attempt up to a cap, and a random half of it is
drawn so that many stations coming back online at once do not retry in lock-step.

References
----------
M. Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Backoff:
    """Delay before retry ``attempts`` (1-based): half fixed, half random, capped."""

    base_s: float = 2.0
    cap_s: float = 3600.0

    def delay(self, attempts: int, rng: random.Random) -> float:
        ceiling = min(self.cap_s, self.base_s * 2.0 ** max(0, min(attempts, 60) - 1))
        return ceiling / 2.0 + rng.uniform(0.0, ceiling / 2.0)
