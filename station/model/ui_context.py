"""Everything the station window is given at start-up: a Qt-free bundle of settings and services.

The window never builds services itself: ``station.app`` assembles this context (registry,
scanner, card layer, sync) and hands it to the views. A service that is ``None`` is shown as a
clearly labelled "not available" panel, never replaced by stand-in logic in a view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from station.config import IDLE_LOCK_MINUTES

if TYPE_CHECKING:
    from station.capture.base import Scanner


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class StationContext:
    """Settings and services for one station window.

    Attributes
    ----------
    station_name, station_id
        Shown in the header and written into records.
    scanner
        The capture device (demo generator, file folder or libfprint device).
    services
        Named service objects from the model/registry/cardio/sync packages, e.g.
        ``services["auth"]``; absent names are shown as "not available".
    clock
        The one place the GUI reads time; tests pass a fixed clock.
    capture
        Replaces scanner + extraction (tests derive templates without the matcher).
    output_dir
        Where receipts (PDF) are written.
    """

    station_name: str = "Single Window station"
    station_id: str = "station-demo-1"
    scanner: Scanner | None = None
    services: dict[str, Any] = field(default_factory=dict)
    clock: Callable[[], datetime] = _utc_now
    output_dir: Path = field(default_factory=lambda: Path.cwd())
    demo: bool = False
    #: Minutes without a key or a click before the window locks (Settings.idle_lock_minutes).
    idle_lock_minutes: int = IDLE_LOCK_MINUTES
    #: One capture attempt ``(scanner, finger) -> (image, template)``; None = scanner +
    #: ``matcher.extract`` (see :func:`station.model.ui_capture.capture_and_extract`).
    capture: Callable[[Scanner, Any], tuple[Any, Any]] | None = None

    def service(self, name: str) -> Any | None:
        """The named service, or None when it is not part of this station."""
        return self.services.get(name)
