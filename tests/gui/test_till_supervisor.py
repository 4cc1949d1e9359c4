"""The supervisor's page saves the day's till report (the PDF of `sws report till` for the
office's today) in the station's data folder, and says where; keyboard only, in every
language of the desk, with an Alt letter of its own; a folder that cannot be written: one
line saying which."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.config import today_at
from station.model.operators import login
from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.registry.models import ProgrammeMembership
from station.services import memberships, payments
from station.services.catalogue import load_catalogue
from station.views.supervisor import SupervisorPage
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_first_day_gui import _signed_in, alt_letter
from tests.gui.test_tidy10_alt_letters import _clashes, _letters, _settle
from tests.services.conftest import add_household

pytestmark = pytest.mark.gui
WAIT = 20000


def _paid(station: Any) -> str:
    """One contribution taken by clerk1 at FIXED_NOW; its receipt number."""
    add_household(station, "hh-till", [("p-till", "F", dt.date(1990, 5, 1), "head")])
    with station.transaction() as session:
        memberships.sync_catalogue(session, load_catalogue())
        session.add(ProgrammeMembership(id="m-till", person_id="p-till",
                                        programme_code="HEALTH_VOLUNTARY",
                                        start_date=dt.date(2026, 11, 1)))
    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    return payments.record_payment(station, "m-till", 4500, operator=clerk,
                                   now=FIXED_NOW).receipt_no


def _page(qtbot: QtBot, ctx: StationContext, language: str) -> tuple[Any, SupervisorPage]:
    window = _signed_in(qtbot, ctx)
    window.set_language(language)
    window.resize(1024, 700)
    window.switch_to(Mode.SUPERVISOR)
    page = window.page(Mode.SUPERVISOR)
    assert isinstance(page, SupervisorPage)
    page.wait()
    _settle()
    return window, page


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_alt_letter_saves_todays_till_in_the_data_folder(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    station = live_ctx.services["station"].station
    receipt = _paid(station)
    window, page = _page(qtbot, live_ctx, language)
    button = page.till_button
    assert button.isVisible() and button.isEnabled()
    assert not button.visibleRegion().isEmpty()  # on screen at 1024x700, not cut off
    assert _clashes(_letters(window)) == [], _letters(window)
    assert (window.width(), window.height()) == (1024, 700)
    letter = alt_letter(button.text())
    assert letter
    window.activateWindow()
    qtbot.keyClick(window, letter.upper(), Qt.KeyboardModifier.AltModifier)
    day = today_at(FIXED_NOW, station.settings.office_zone)
    pdf = Path(station.settings.data_dir) / "reports" / f"till-{day.isoformat()}.pdf"
    # the line that says where it went (the worker's "done" reaches the runner and the page
    # as two separate deliveries: "not busy" alone can be seen before the page is told)
    qtbot.waitUntil(lambda: pdf.is_file() and str(pdf) in page.message.text(), timeout=WAIT)
    text = _pdf_text(pdf)
    assert receipt in text and "clerk1" in text and "4500" in text


def test_a_folder_that_cannot_be_written_is_said_in_one_line(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    folder = Path(station.settings.data_dir) / "reports"
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder goes")
    _window, page = _page(qtbot, live_ctx, "en")
    page.till_button.click()
    qtbot.waitUntil(lambda: not page._runner.busy and page.till_button.isEnabled(),
                    timeout=WAIT)
    said = page.message.text()
    assert said.startswith("The till report could not be saved in ") and str(folder) in said
    assert "\n" not in said and "Errno" not in said

