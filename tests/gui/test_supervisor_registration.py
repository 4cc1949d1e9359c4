"""The supervisor page says until when the centre approved this station, warns a month ahead
and says, once expired, that the records are kept until the centre renews it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from sync import registration
from tests.gui.conftest import FIXED_NOW
from tests.gui.test_adjudication import _supervisor

pytestmark = pytest.mark.gui


def _kept(ctx: StationContext, days: float, *, expired: bool = False) -> None:
    """What the sync worker keeps after a pull: the centre's word on this station."""
    station = ctx.services["station"].station
    registration.save(station.settings.config_dir / registration.FILE_NAME,
                      registration.Standing("st-1", "active", FIXED_NOW + timedelta(days=days),
                                            expired, FIXED_NOW))


def shown(qtbot: QtBot, page: object, before: str, label: str = "registration_label") -> str:
    """Refresh the supervisor page and return ``label``'s text once it differs from
    ``before`` (the page reads in the background)."""
    page.refresh()  # type: ignore[attr-defined]
    page.wait()  # type: ignore[attr-defined]
    widget = getattr(page, label)
    qtbot.waitUntil(lambda: widget.text() != before, timeout=10000)
    return str(widget.text())


def test_the_supervisor_sees_the_registration_and_when_to_renew_it(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    boss = _supervisor(qtbot, live_ctx)
    assert boss.registration_label.text() == ""  # never synced: the centre has not said
    locale = boss.locale()

    def day(days: float) -> str:
        from PySide6.QtCore import QDate, QLocale

        moment = (FIXED_NOW + timedelta(days=days)).date()
        return locale.toString(QDate(moment.year, moment.month, moment.day),
                               QLocale.FormatType.ShortFormat)

    _kept(live_ctx, 200)
    text = shown(qtbot, boss, "")
    assert text == f"Registration valid until {day(200)}"
    assert boss.registration_label.styleSheet() == ""

    _kept(live_ctx, 12.5)
    text = shown(qtbot, boss, text)
    assert text == (f"Registration valid until {day(12.5)}\n"
                    "expires in 13 days — ask the centre to renew")
    assert "b00020" in boss.registration_label.styleSheet()

    # the centre's clock says it has passed, even if this computer's does not yet
    _kept(live_ctx, 0.5, expired=True)
    text = shown(qtbot, boss, text)
    assert text == (f"Registration expired on {day(0.5)}: records are kept here until the "
                    "centre renews it")
    assert "b00020" in boss.registration_label.styleSheet()


def test_the_header_says_why_the_centre_holds_the_records_back(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """The clerk sees the header all day: records that wait because the station's approval
    expired (or it is pending, revoked, or suspended as a suspected copy of another station)
    must not read like an ordinary queue."""
    from types import SimpleNamespace

    from station.model.ui_session import OperatorSession
    from station.views.main_window import MainWindow
    from tests.gui.conftest import PASSWORD

    station = live_ctx.services["station"].station
    kept = station.settings.config_dir / registration.FILE_NAME
    # what the header reads of the running worker: its last round and the standing it keeps
    live_ctx.services["sync_worker"] = SimpleNamespace(last_report=None, registration_file=kept)
    window = MainWindow(live_ctx)
    qtbot.addWidget(window)
    window.show()
    services = live_ctx.services["station"]
    window.start_session(OperatorSession("super", "supervisor", operator=services.login(
        "super", PASSWORD, now=FIXED_NOW)))
    label = window.header.sync_label
    qtbot.waitUntil(lambda: label.text() == "Sync: 0 waiting", timeout=10000)
    for standing, text in (
            (registration.Standing("st-1", "active", FIXED_NOW - timedelta(days=1), False,
                                   FIXED_NOW), "approval expired, ask the centre to renew"),
            (registration.Standing("st-1", "pending", None, False, FIXED_NOW),
             "not yet approved by the centre"),
            (registration.Standing("st-1", "revoked", None, False, FIXED_NOW),
             "station revoked by the centre"),
            (registration.Standing("st-1", "suspended", None, False, FIXED_NOW),
             "suspended by the centre (a copy of this station suspected)"),
            (registration.Standing("st-1", "active", FIXED_NOW + timedelta(days=90), False,
                                   FIXED_NOW), "")):
        registration.save(kept, standing)
        window.refresh_sync()
        window.wait()
        expected = f"Sync: 0 waiting — {text}" if text else "Sync: 0 waiting"
        qtbot.waitUntil(lambda e=expected: label.text() == e, timeout=10000)  # type: ignore[misc]


def test_a_revoked_or_pending_station_is_not_told_its_registration_is_valid(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """The centre revoked the station (or has not approved it yet): the supervisor page said
    "Registration valid until DATE" from the date alone."""
    boss = _supervisor(qtbot, live_ctx)
    station = live_ctx.services["station"].station
    kept = station.settings.config_dir / registration.FILE_NAME
    registration.save(kept, registration.Standing("st-1", "revoked",
                                                  FIXED_NOW + timedelta(days=200), False,
                                                  FIXED_NOW))
    text = shown(qtbot, boss, "")
    assert text.startswith("The centre has revoked this station")
    assert "b00020" in boss.registration_label.styleSheet()
    registration.save(kept, registration.Standing("st-1", "pending", None, False, FIXED_NOW))
    text = shown(qtbot, boss, text)
    assert text.startswith("The centre has not approved this station yet")
