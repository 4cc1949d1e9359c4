"""The enrolment receipt given again, from the search, to a registered person.

Once the clerk had moved on from the enrolment's last step, a person who lost the paper (or
whose programmes or card changed since) could not get it again: the search opened a person
and issued a card, nothing more. Now the selected person's receipt is printed again (through
the print dialog) or saved again as a PDF beside the original (``receipt-<person>-copy-<n>``,
never over it), built from the registry as it stands today by the enrolment step's own
function, marked "COPY — printed <when> by <clerk>; registered on <day>", and written to the
audit trail. A deceased person's, or one no longer on file, is refused in one line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from station.model.audit_log import ENROLMENT_RECEIPT_COPY
from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.registry.models import AuditEvent, Card, Operator, Programme, ProgrammeMembership
from station.views.audit_words import action_words
from station.views.clerk.page import FIND, ClerkPage
from station.views.clerk.search import SearchPage
from station.views.places import gazetteer_of
from station.views.receipt import issued_when
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_first_day_gui import _signed_in, alt_letter
from tests.gui.test_reprint_copies import cancel_next_dialog
from tests.gui.test_tidy10_alt_letters import _clashes, _letters, _settle
from tests.station.helpers import POLICY, demographics, person_fingers

pytestmark = pytest.mark.gui

WAIT = 20000
REGISTERED = dt.datetime(2026, 11, 3, 2, 15, tzinfo=dt.UTC)


def _words(pdf: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())


def _registered(station: Any) -> str:
    """Sok Dara, registered by the supervisor on 3 November; since then: her child benefit
    ended, her health subsidy runs, her first card was replaced by 0A0B0C0E."""
    from station.model.enrolment import Enrolled, enrol
    from station.model.operators import login

    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    out = enrol(station, demographics("Sok Dara"), person_fingers(3), now=REGISTERED,
                operator=boss, policy=POLICY)
    assert isinstance(out, Enrolled)
    person = str(out.person_id)
    with station.transaction() as session:
        for code, name in (("HEALTH_SUBSIDY", "Subsidised health insurance"),
                           ("CHILD_BENEFIT", "Child benefit")):
            if session.get(Programme, code) is None:
                session.add(Programme(code=code, name=name))
        session.flush()
        session.add_all([
            ProgrammeMembership(id="m-health", person_id=person, programme_code="HEALTH_SUBSIDY",
                                start_date=dt.date(2026, 11, 3), end_date=None),
            ProgrammeMembership(id="m-child", person_id=person, programme_code="CHILD_BENEFIT",
                                start_date=dt.date(2026, 11, 3), end_date=dt.date(2026, 11, 10)),
            Card(serial="0A0B0C0D", person_id=person, credential=b"", status="replaced",
                 issued_at=REGISTERED.replace(tzinfo=None), replaced_by="0A0B0C0E"),
            Card(serial="0A0B0C0E", person_id=person, credential=b"", status="issued",
                 issued_at=(FIXED_NOW - dt.timedelta(days=2)).replace(tzinfo=None))])
    return person


def _search(qtbot: QtBot, live_ctx: StationContext, user: str = "clerk1",
            language: str = "en") -> tuple[Any, SearchPage]:
    window = _signed_in(qtbot, live_ctx, user)
    window.set_language(language)
    window.resize(1024, 700)
    window.switch_to(Mode.CLERK)
    page: Any = window.page(Mode.CLERK)
    assert isinstance(page, ClerkPage) and page.step == FIND
    search = page.search
    search.query.setText("Sok Dara")
    search.search()
    qtbot.waitUntil(lambda: search.table.rowCount() == 1 and not search._runner.busy,
                    timeout=WAIT)
    _settle()
    return window, search


def _done(qtbot: QtBot, search: SearchPage, start: str) -> str:
    """The status line once it starts with ``start`` and the copy's work is over."""
    qtbot.waitUntil(lambda: search.status.text().startswith(start)
                    and not search._papers.busy, timeout=WAIT)
    return search.status.text()


def _refused(qtbot: QtBot, search: SearchPage, words: str) -> str:
    qtbot.waitUntil(lambda: words in search.status.text() and not search._papers.busy,
                    timeout=WAIT)
    return search.status.text()


def _copies(station: Any, person: str) -> list[tuple[str, str, dict[str, Any]]]:
    with station.reading() as session:
        rows = session.execute(
            sa.select(AuditEvent.subject_type, Operator.username, AuditEvent.details)
            .join(Operator, Operator.id == AuditEvent.operator_id)
            .where(AuditEvent.subject_id == person,
                   AuditEvent.action == ENROLMENT_RECEIPT_COPY)
            .order_by(AuditEvent.seq)).all()
    return [(s, u, json.loads(d)) for s, u, d in rows]


def _office(station: Any, at: dt.datetime) -> str:
    """``at`` as a receipt writes it, on the office's clock."""
    return issued_when(SimpleNamespace(issued_at=at.astimezone(station.settings.office_zone)),
                       QLocale())


def test_the_copy_says_todays_record_and_that_it_is_a_copy(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    person = _registered(station)
    _window, search = _search(qtbot, live_ctx)
    assert search.save_receipt_button.isVisible() and search.save_receipt_button.isEnabled()
    assert search.print_receipt_button.isVisible() and search.print_receipt_button.isEnabled()
    original = live_ctx.output_dir / f"receipt-{person}.pdf"
    original.parent.mkdir(parents=True, exist_ok=True)
    original.write_bytes(b"the original, given on the day")
    search.save_receipt_button.click()
    said = _done(qtbot, search, "Saved: ")
    pdf = live_ctx.output_dir / f"receipt-{person}-copy-1.pdf"
    assert said == f"Saved: {pdf}"
    text = _words(pdf)
    assert "Enrolment receipt — COPY" in text, text
    day = REGISTERED.astimezone(station.settings.office_zone)
    registered_on = QLocale().toString(QDate(day.year, day.month, day.day),
                                       QLocale.FormatType.LongFormat)
    assert (f"COPY — printed {_office(station, FIXED_NOW)} by Chan Clerk; registered on "
            f"{registered_on}") in text, text
    assert person in text and "Sok Dara" in text and "Test office" in text, text
    # today's record: the programme that runs, the card in use; who registered her
    assert "Subsidised health insurance" in text and "Child benefit" not in text, text
    assert "0A0B0C0E" in text and "0A0B0C0D" not in text, text
    assert "Registered by Sok Supervisor" in text, text
    address = gazetteer_of(live_ctx.services["station"]).place(
        {"province": "12", "district": "1204", "commune": "120401", "village": "12040103"})
    assert address and " ".join(address.split()) in text, (address, text)
    # again: a file of its own; the original's is never written over
    search.save_receipt_button.click()
    assert _done(qtbot, search, "Saved: ") == f"Saved: {pdf.with_name(pdf.name[:-5] + '2.pdf')}"
    assert original.read_bytes() == b"the original, given on the day" and pdf.is_file()


def test_the_copy_built_by_the_enrolment_steps_own_function(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """The search's copy and the enrolment step's receipt come from one function: the same
    lines but for the copy's mark."""
    station = live_ctx.services["station"].station
    person = _registered(station)
    window, search = _search(qtbot, live_ctx)
    page: Any = window.page(Mode.CLERK)
    page.card_person = person  # the enrolment step's receipt of the same person
    page._fill_receipt()
    qtbot.waitUntil(lambda: page.receipt is not None, timeout=WAIT)
    search.save_receipt_button.click()
    _done(qtbot, search, "Saved: ")
    copy = search.receipt_copy
    assert copy is not None and copy.copy is not None
    assert dataclasses.replace(copy, copy=None, registered_at=None,
                               operator=page.receipt.operator) == page.receipt


def test_a_printed_copy_and_a_saved_one_are_in_the_audit_trail(
        qtbot: QtBot, live_ctx: StationContext, tmp_path: Path) -> None:
    station = live_ctx.services["station"].station
    person = _registered(station)
    _window, search = _search(qtbot, live_ctx)
    assert _copies(station, person) == []
    search.save_receipt_button.click()
    saved = Path(_done(qtbot, search, "Saved: ").removeprefix("Saved: "))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    search.print_receipt_copy(printer)
    assert _done(qtbot, search, "Sent to ") == f"Sent to {tmp_path / 'printed.pdf'}."
    printed = _words(tmp_path / "printed.pdf")
    assert "Enrolment receipt — COPY" in printed and "0A0B0C0E" in printed, printed
    assert _copies(station, person) == [
        ("person", "clerk1", {"file": str(saved), "serial": "0A0B0C0E"}),
        ("person", "clerk1", {"printer": str(tmp_path / "printed.pdf"),
                              "serial": "0A0B0C0E"})]
    assert action_words()[ENROLMENT_RECEIPT_COPY] == "copy of an enrolment receipt given"
    from station.i18n import apply_language

    for language in ("km", "ur", "id"):  # the auditor's words in the desk's language
        apply_language(language)
        assert action_words()[ENROLMENT_RECEIPT_COPY] not in (
            "", "copy of an enrolment receipt given", ENROLMENT_RECEIPT_COPY), language


def test_a_deceased_persons_receipt_is_refused_in_one_line(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    from station.model.deaths import record_death
    from station.model.operators import login

    station = live_ctx.services["station"].station
    person = _registered(station)
    _window, search = _search(qtbot, live_ctx)
    # recorded by another desk after this list was read: the registry says so, not the row
    record_death(station, person, died_on=dt.date(2026, 11, 20), source="certificate 1/2026",
                 by=login(station, "super", PASSWORD, now=FIXED_NOW), now=FIXED_NOW)
    for click in (search.save_receipt_button.click,
                  lambda: search.print_receipt_copy(QPrinter())):
        search.status.clear()
        click()
        said = _refused(qtbot, search, "died on")
        assert said.startswith("សុខ ដារា (Sok Dara) died on") and "\n" not in said, said
    search.search()  # the row says it now; the refusal is the same
    qtbot.waitUntil(lambda: "deceased" in search.table.item(0, 7).text(), timeout=WAIT)
    search.save_receipt_button.click()
    assert _refused(qtbot, search, "died on").startswith("សុខ ដារា (Sok Dara) died on")
    assert _copies(station, person) == []
    assert list(live_ctx.output_dir.glob("receipt-*")) == []


def test_a_person_no_longer_on_file_is_refused_in_one_line(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    _registered(station)
    _window, search = _search(qtbot, live_ctx)
    # a list read before the registry was restored from an older backup
    search._rows = [dataclasses.replace(search._rows[0], person_id="p-gone")]
    search.save_receipt_button.click()
    said = _done(qtbot, search, "No person")
    assert "p-gone" in said and "\n" not in said, said
    assert list(live_ctx.output_dir.glob("receipt-*")) == []


def test_a_folder_that_cannot_be_written_says_so_in_one_line_and_logs_nothing(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    person = _registered(station)
    _window, search = _search(qtbot, live_ctx)
    folder = live_ctx.output_dir
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")  # the receipts folder cannot be made
    search.save_receipt_button.click()
    said = _done(qtbot, search, "The copy could not be saved")
    assert said.startswith(f"The copy could not be saved in {folder}") and "\n" not in said
    assert _copies(station, person) == []
    assert folder.read_text() == "not a folder"


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
@pytest.mark.parametrize("user", ["clerk1", "super"])
def test_the_buttons_have_their_own_alt_letters_and_fit_1024_by_700(
        qtbot: QtBot, live_ctx: StationContext, language: str, user: str) -> None:
    person = _registered(live_ctx.services["station"].station)
    window, search = _search(qtbot, live_ctx, user, language)
    buttons = (search.print_receipt_button, search.save_receipt_button)
    assert all(b.isVisible() and b.isEnabled() and alt_letter(b.text()) for b in buttons)
    assert all(not b.visibleRegion().isEmpty() for b in buttons)  # on screen, not cut off
    assert _clashes(_letters(window)) == [], _letters(window)
    assert (window.width(), window.height()) == (1024, 700)
    if language != "en":  # said in the desk's language, not left in English
        assert "receipt" not in " ".join(b.text() for b in buttons).lower()
    # keyboard only: the Save button's own letter saves the selected person's copy
    letter = alt_letter(search.save_receipt_button.text())
    assert letter
    window.activateWindow()
    qtbot.keyClick(window, letter.upper(), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: search.status.text().startswith(
        search.tr("Saved: %1").split("%1")[0]) and not search._papers.busy, timeout=WAIT)
    assert [p.name for p in live_ctx.output_dir.iterdir()] == [f"receipt-{person}-copy-1.pdf"]


def test_print_asks_for_the_printer_first_and_cancel_gives_nothing(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    person = _registered(station)
    _window, search = _search(qtbot, live_ctx)
    asked = cancel_next_dialog()
    search.print_receipt_button.click()
    assert asked == ["Print a copy of the receipt"]
    assert _copies(station, person) == [] and not search._papers.busy
