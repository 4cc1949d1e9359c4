"""QApplication start-up: build the station context, apply the language, open the main window.

``sws station`` calls :func:`main`; ``sws station --screenshots DIR`` drives every mode with
demo data, saves PNGs and exits (see :mod:`station.views.screenshots`).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLoggingCategory, QThreadPool
from PySide6.QtWidgets import QApplication

from station.config import load_settings
from station.i18n import apply_language
from station.model.ui_context import StationContext
from station.views.collector import GuiThreadCollector
from station.views.main_window import MainWindow

if TYPE_CHECKING:
    from station.capture.base import Scanner
    from station.config import Settings
    from station.model.station import Station

log = logging.getLogger(__name__)


def _scanner(scanner_path: Path | None) -> Scanner | None:
    """The capture device: ``--scanner libfprint`` or a file/folder path when given; else a
    connected libfprint image device; else the demo generator (synthetic fingers)."""
    from station.capture.files import FileScanner
    from station.capture.libfprint import LibfprintScanner

    if scanner_path is not None:
        if str(scanner_path) == "libfprint":
            return LibfprintScanner()
        return FileScanner(scanner_path)
    device = LibfprintScanner()
    if device.available():
        return device
    if importlib.util.find_spec("station.capture.demo") is not None:
        demo = importlib.import_module("station.capture.demo")
        # a different synthetic person each time the window opens, so the first enrolment
        # is not a duplicate of the first one of the last session (the clerk page moves on
        # to a new person for each enrolment and can bring an earlier one back)
        first = random.SystemRandom().randrange(1, 900_000)
        scanner: Scanner = demo.DemoScanner(person_seed=first)
        return scanner
    return None


def _card_verifier(station: Station) -> object | None:
    """Offline card verification from this station's trust anchors and revocation list
    (see :mod:`station.model.trust`). When either is missing or does not verify, hospital
    and auditor modes say so.
    """
    from datetime import UTC, datetime

    from station.model.trust import revocation_list_file, trust_anchor_files
    from station.model.ui_cards import CardVerifier

    now = datetime.now(UTC)
    try:
        anchors = trust_anchor_files(station.settings)
        crl = revocation_list_file(station, now)
        if not (crl.is_file() and all(a.is_file() for a in anchors)):
            return None
        return CardVerifier.from_files(
            anchors, crl, now=now, list_source=lambda when: revocation_list_file(station, when),
            template_key=station.settings.card_template_key_file)
    except Exception as err:  # a broken or expired list: the modes show "not set up"
        log.warning("card verification disabled: %s", err)
        return None


def station_title(settings: Settings) -> str:
    """What the header and the receipts call this station: ``SWS_STATION_NAME`` if set, else
    the office named in its card-signer certificate, else "Single Window station"."""
    named = os.environ.get("SWS_STATION_NAME", "").strip()
    if named:
        return named
    from station.model.central_link import issuing_office

    office = issuing_office(settings)
    return office or "Single Window station"


def light_context(demo: bool = False) -> StationContext:
    """The settings the window needs to appear; no registry is opened yet (fast)."""
    from datetime import datetime

    settings = load_settings()
    zone = settings.office_zone  # the window's "today" is the office's date, not UTC's
    return StationContext(
        station_name=station_title(settings),
        station_id=settings.station_id,
        clock=lambda: datetime.now(zone),
        output_dir=settings.data_dir / "receipts",
        demo=demo,
        idle_lock_minutes=settings.idle_lock_minutes,
    )


def open_registry(ctx: StationContext, start_sync: bool = False) -> StationContext:
    """Open the registry into ``ctx`` (what sign-in needs: SQLAlchemy and the schema check,
    one query when the database is already at head). Safe in a worker thread.

    Without a key file (``sws init`` not run) the station service stays out of
    ``ctx.services``; the sign-in page then says so.
    """
    settings = load_settings()
    if settings.key_file.exists():
        from station.model.station import Station
        from station.model.ui_services import StationServices

        station = Station(settings)
        station.start_gallery()  # the 1:N gallery loads (sealed cache) while the clerk signs in
        services = StationServices(station)
        ctx.services["station"] = services
        if start_sync:
            from datetime import UTC, datetime

            from station.model.ui_services import start_sync_worker
            from station.model.ui_supervisor import CentreClock

            centre_clock = CentreClock()  # the supervisor page says when ours is off
            ctx.services["centre_clock"] = centre_clock
            try:
                worker = start_sync_worker(services.station, clock=lambda: datetime.now(UTC),
                                           centre_clock=centre_clock)
            except Exception as err:  # a broken link file must not stop the station
                log.warning("background sync not started: %s", err)
                worker = None
            if worker is not None:
                ctx.services["sync_worker"] = worker
    return ctx


def open_devices(ctx: StationContext, scanner_path: Path | None = None) -> StationContext:
    """Open the card verifier and the scanner into ``ctx`` (cardio, the Numba-backed demo
    scanner: not needed to sign in, so the window opens them while the operator types).
    Safe in a worker thread; needs :func:`open_registry` first for the revocation list.
    """
    station_services = ctx.services.get("station")
    verifier = _card_verifier(station_services.station) if station_services else None
    if verifier is not None:
        ctx.services["cards"] = verifier
    ctx.scanner = _scanner(scanner_path)
    return ctx


def open_services(ctx: StationContext, scanner_path: Path | None = None,
                  start_sync: bool = False) -> StationContext:
    """:func:`open_registry` then :func:`open_devices` (the slow part, in one go).

    A service whose package or files are absent stays out of ``ctx.services``; its screen
    then says so.
    """
    return open_devices(open_registry(ctx, start_sync), scanner_path)


def build_context(scanner_path: Path | None = None, demo: bool = False) -> StationContext:
    """:func:`light_context` + :func:`open_services`, synchronously (tests, tools)."""
    return open_services(light_context(demo), scanner_path)


#: Qt messages that say nothing a clerk or an administrator can act on. Qt's font database
#: tells (at info level) of each font it tries for Khmer ("OpenType support missing for "Noto
#: Sans", script 32") before it falls back to a Khmer font, which then draws the text: some
#: twenty lines on the terminal of every ``./run``. Its warnings stay on.
#: ``QT_LOGGING_RULES`` set by the user wins.
QUIET_QT_RULES = "qt.text.font.db.info=false"


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication (created on first call)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if not os.environ.get("QT_LOGGING_RULES"):
        QLoggingCategory.setFilterRules(QUIET_QT_RULES)
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("sws-station")
    app.setOrganizationName("Single Window Service")
    return app


def open_window(ctx: StationContext, language: str = "en") -> MainWindow:
    """Apply ``language`` and show a main window over ``ctx``."""
    application()
    lang = apply_language(language).code
    window = MainWindow(ctx, language=lang)
    window.show()
    return window


def main(language: str | None = None, screenshots: Path | None = None,
         scanner_path: Path | None = None) -> int:
    """Run the station until its window closes (or, with ``screenshots``, until they are saved)."""
    app = application()
    language = language or os.environ.get("SWS_LANGUAGE", "en")
    if screenshots is not None:  # a DEMO tour in a throw-away registry, never the real one
        from station.views.screenshots import take_screenshots

        for path in take_screenshots(screenshots, language):
            print(path)
        return 0
    # cyclic garbage (closed widgets' Qt objects among it) is freed in the GUI thread,
    # never in a worker that happens to allocate past the threshold
    collector = GuiThreadCollector(app)
    collector.start()
    window = start(language, scanner_path)
    window.raise_()
    code = int(app.exec())
    # a task still under way (a write, a card, a search) ends before the registry closes
    # under it: a transaction is never cut by our own exit
    QThreadPool.globalInstance().waitForDone(30000)
    collector.stop()
    services = window.ctx.services.get("station")
    if services is not None:  # saves the gallery cache if this session changed the gallery
        services.station.close()
    return code


def start(language: str = "en", scanner_path: Path | None = None) -> MainWindow:
    """Show the window at once; the registry opens in a worker meanwhile (the operator can
    type their name while the sign-in button waits for it), then the scanner and the card
    verifier (the modes open once they are there)."""
    ctx = light_context()
    application()
    window = MainWindow(ctx, language=apply_language(language).code)
    # the worker starts before the first paint, so the registry opens while Qt shows the window
    window.load_services(lambda: open_registry(ctx, start_sync=True),
                         devices=lambda: open_devices(ctx, scanner_path))
    window.show()
    return window
