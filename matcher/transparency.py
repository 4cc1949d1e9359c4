"""Transparency: stages publish intermediate results to an optional, context-local sink.

Modelled on SourceAFIS's ``FingerprintTransparency``: stage code never takes a logging
parameter; it calls :func:`publish` with a key, and whatever sink the caller installed with
:func:`capture` (a ``contextvars`` variable, so threads and asyncio tasks stay apart) receives
the value if its ``accepts(key)`` says so. With no sink installed publishing costs one lookup.

Keys published by :func:`matcher.extract`: ``image`` (the 500 dpi input), ``mask``,
``orientation``, ``coherence``, ``frequency``, ``enhanced``, ``binary``, ``skeleton``,
``minutiae_raw`` and ``minutiae`` (arrays of shape (N, 5) in the Template layout).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Protocol

import numpy as np

KEYS = (
    "image",
    "mask",
    "orientation",
    "coherence",
    "frequency",
    "enhanced",
    "binary",
    "skeleton",
    "minutiae_raw",
    "minutiae",
)


class Sink(Protocol):
    """What a transparency receiver implements."""

    def accepts(self, key: str) -> bool:
        """Whether the sink wants the value published under ``key``."""
        ...

    def take(self, key: str, value: Any) -> None:
        """Receive one intermediate result (the sink must not mutate it)."""
        ...


_SINK: ContextVar[Sink | None] = ContextVar("matcher_transparency_sink", default=None)


@contextmanager
def capture(sink: Sink) -> Iterator[Sink]:
    """Install ``sink`` for the current context for the duration of the ``with`` block."""
    token = _SINK.set(sink)
    try:
        yield sink
    finally:
        _SINK.reset(token)


def accepts(key: str) -> bool:
    """True when a sink is installed and wants ``key`` (lets a stage skip costly copies)."""
    sink = _SINK.get()
    return sink is not None and sink.accepts(key)


def publish(key: str, value: Any | Callable[[], Any]) -> None:
    """Hand ``value`` (or the result of calling it, computed only if wanted) to the sink."""
    sink = _SINK.get()
    if sink is None or not sink.accepts(key):
        return
    if callable(value):
        value = value()
    if isinstance(value, np.ndarray):
        value = value.copy()
    sink.take(key, value)


class Recorder:
    """A ready-made sink that keeps the latest value of each wanted key in ``self.data``.

    Examples
    --------
    >>> rec = Recorder({"mask", "skeleton"})
    >>> with capture(rec):
    ...     template = extract(image)          # doctest: +SKIP
    >>> rec.data["mask"].shape                  # doctest: +SKIP
    """

    def __init__(self, keys: set[str] | frozenset[str] | None = None) -> None:
        self.keys = frozenset(keys) if keys is not None else frozenset(KEYS)
        self.data: dict[str, Any] = {}

    def accepts(self, key: str) -> bool:
        return key in self.keys

    def take(self, key: str, value: Any) -> None:
        self.data[key] = value
