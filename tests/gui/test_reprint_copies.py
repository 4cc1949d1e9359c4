"""A copy of any past receipt or refund voucher, from the Payments tab's history.

Once the clerk had moved on (the voucher's dialog closed, another membership opened, the
printer jammed, the member lost the paper) no paper could be given again: the history only
listed the lines. A line selected now gives a copy (Save a copy as PDF, Print a copy...,
or Enter on it, which asks for the printer first): a payment's contribution receipt, a
refund's voucher, each marked "COPY — printed <when> by <clerk>; the original was issued
<when>", holding what the registry keeps of that row (who took the money, the original's
date in the office's zone; a payment's paid-until and arrears are left to the statement;
a voucher's copy has no signature lines). It is saved beside the original, never over it
(``receipt-<number>-copy-<n>.pdf``), and every copy given is in the audit trail."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from station.errors import PermissionDenied
from station.model.audit_log import RECEIPT_COPY, VOUCHER_COPY, AuditFilter, read_events
from station.model.operators import OperatorInfo, create_operator, login
from station.model.ui_context import StationContext
from station.registry.models import AuditEvent, Operator
from station.registry.models_services import ContributionPayment
from station.services import payments
from station.views.audit_words import action_words, detail_words
from station.views.receipt import issued_when
from station.views.services import PaymentsPanel
from station.views.workers import plain_message
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_credit10_gui import _paid_ahead_then_moved
from tests.gui.test_first_day_gui import alt_letter
from tests.gui.test_payrcpt_payment_receipt import WAIT, _paid
from tests.gui.test_refund10_gui import _paid_not_begun
from tests.gui.test_services_panels import clerk, household
from tests.gui.test_tidy10_alt_letters import _clashes, _letters, _unreached

__all__ = ["clerk", "household"]  # the fixtures, shared with the services panels' tests

pytestmark = pytest.mark.gui

EARLIER = dt.datetime(2026, 11, 3, 2, 15, tzinfo=dt.UTC)


def _words(pdf: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())


def _copies(station: Any, receipt_no: str) -> list[tuple[str, str | None, dict[str, Any]]]:
    """The copy events of the payment or refund ``receipt_no``: (action, operator, details)."""
    with station.reading() as session:
        record_id = session.scalar(sa.select(ContributionPayment.id).where(
            ContributionPayment.receipt_no == receipt_no))
        rows = session.execute(sa.select(AuditEvent.action, AuditEvent.operator_id,
                                         AuditEvent.details)
                               .where(AuditEvent.subject_id == record_id,
                                      AuditEvent.action.in_([RECEIPT_COPY, VOUCHER_COPY]))
                               .order_by(AuditEvent.seq)).all()
    return [(a, o, json.loads(d)) for a, o, d in rows]


def _operator_id(station: Any, username: str) -> str:
    with station.reading() as session:
        return str(session.scalar(sa.select(Operator.id).where(Operator.username == username)))


def _office(station: Any, at: dt.datetime) -> str:
    """``at`` as a receipt writes it, on the office's clock."""
    return issued_when(SimpleNamespace(issued_at=at.astimezone(station.settings.office_zone)),
                       QLocale())


def _select(panel: PaymentsPanel, receipt_no: str) -> None:
    row = next(i for i, p in enumerate(panel._paid_rows) if p.receipt_no == receipt_no)
    panel.history.setCurrentRow(row)


def _saved(qtbot: QtBot, panel: PaymentsPanel) -> Path:
    panel.save_copy_button.click()
    qtbot.waitUntil(lambda: panel.message.text().startswith("Saved: ")
                    and not panel.runner.busy, timeout=WAIT)
    return Path(panel.message.text().removeprefix("Saved: "))


def _supervisors_earlier_payment(qtbot: QtBot, panel: PaymentsPanel) -> str:
    """A payment of 700 the supervisor took on 3 November, shown in the history; its
    receipt number."""
    station = panel.station
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    membership = panel.membership.text().strip()
    receipt = payments.record_payment(station, membership, 700, operator=boss, now=EARLIER)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.history.count() == 2 and not panel.runner.busy,
                    timeout=WAIT)
    return receipt.receipt_no



def cancel_next_dialog() -> list[str]:
    """Cancel the next modal dialog as soon as it opens (a print dialog); returns the list
    its title is put in."""
    asked: list[str] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            asked.append(dialog.windowTitle())
            dialog.reject()
        else:
            QTimer.singleShot(50, cancel)

    QTimer.singleShot(0, cancel)
    return asked

def test_a_past_payment_gives_a_copy_of_its_receipt_marked_as_one(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    payments_tab = _paid(qtbot, live_ctx)
    station = payments_tab.station
    number = _supervisors_earlier_payment(qtbot, payments_tab)
    _select(payments_tab, number)
    assert payments_tab.save_copy_button.isEnabled()
    pdf = _saved(qtbot, payments_tab)
    assert pdf == payments_tab.receipts_folder() / f"receipt-{number}-copy-1.pdf"
    text = _words(pdf)
    # marked as a copy, by whom and when, and when the original was issued
    assert "Contribution receipt — COPY" in text, text
    assert (f"COPY — printed {_office(station, FIXED_NOW)} by Chan Clerk; the original was "
            f"issued {_office(station, EARLIER)}") in text, text
    # what the registry keeps of that payment: its number, date, amount, who took it
    assert number in text and "700 XSP" in text and "1,500" not in text, text
    assert f"Date {_office(station, EARLIER)}" in text, text
    assert "Received by Sok Supervisor" in text, text
    assert "p-mother" in text and "Voluntary health insurance" in text, text
    # where it stood after that payment is not invented
    assert "see the statement" in text and "Arrears" not in text, text
    # a second copy: a file of its own
    assert _saved(qtbot, payments_tab) == pdf.with_name(f"receipt-{number}-copy-2.pdf")
    assert pdf.is_file()


def test_a_copy_says_unknown_when_the_operator_who_took_it_is_not_on_file(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """A row whose operator account is not in this registry (a restored backup) is not
    given a made-up name."""
    payments_tab = _paid(qtbot, live_ctx)
    with payments_tab.station.transaction() as session:
        session.execute(sa.update(ContributionPayment).values(operator_id="no-such-operator"))
    text = _words(_saved(qtbot, payments_tab))
    assert "Received by unknown" in text and "COPY — printed" in text, text


def test_a_copy_never_writes_over_the_originals_file(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    payments_tab = _paid(qtbot, live_ctx)
    payments_tab.save_button.click()  # the original, just paid
    original = payments_tab.receipts_folder() / f"receipt-{payments_tab.paid.receipt_no}.pdf"
    before = original.read_bytes()
    assert payments_tab.history.currentRow() == 0  # the payment just taken, selected
    copy = _saved(qtbot, payments_tab)
    assert copy != original and original.read_bytes() == before
    assert "COPY" in _words(copy) and "COPY" not in _words(original)


def test_every_copy_given_is_in_the_audit_trail_in_the_auditors_words(
        qtbot: QtBot, live_ctx: StationContext, tmp_path: Path) -> None:
    payments_tab = _paid(qtbot, live_ctx)
    station = payments_tab.station
    number = payments_tab.paid.receipt_no
    assert _copies(station, number) == []
    pdf = _saved(qtbot, payments_tab)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    payments_tab.print_copy(printer)
    qtbot.waitUntil(lambda: payments_tab.message.text() == f"Sent to {tmp_path / 'printed.pdf'}.",
                    timeout=WAIT)
    assert "Contribution receipt — COPY" in _words(tmp_path / "printed.pdf")
    clerk_id = _operator_id(station, "clerk1")
    membership = payments_tab.membership.text().strip()
    assert _copies(station, number) == [
        (RECEIPT_COPY, clerk_id, {"receipt_no": number, "membership_id": membership,
                                  "file": str(pdf)}),
        (RECEIPT_COPY, clerk_id, {"receipt_no": number, "membership_id": membership,
                                  "printer": str(tmp_path / "printed.pdf")})]
    # the auditor finds them by action, with who asked for each
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    found = read_events(station, AuditFilter(action=RECEIPT_COPY), by=boss)
    assert [(r.operator, r.details["receipt_no"]) for r in found] == [("clerk1", number)] * 2
    words, details = action_words(), detail_words()
    assert words[RECEIPT_COPY] == "copy of a contribution receipt given"
    assert words[VOUCHER_COPY] == "copy of a refund voucher given"
    assert details["receipt_no"] == "receipt number" and details["printer"] == "printer"


def test_a_folder_that_cannot_be_written_says_so_in_one_line_and_logs_nothing(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    payments_tab = _paid(qtbot, live_ctx)
    number = payments_tab.paid.receipt_no
    folder = payments_tab.receipts_folder()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")  # the receipts folder cannot be made
    payments_tab.save_copy_button.click()
    qtbot.waitUntil(lambda: not payments_tab.runner.busy
                    and "could not" in payments_tab.message.text(), timeout=WAIT)
    said = payments_tab.message.text()
    assert said.startswith(f"The copy could not be saved in {folder}") and "\n" not in said
    assert _copies(payments_tab.station, number) == []  # no copy given, none logged
    # nothing lost: the line still selected, the copy saved once the folder can be written
    assert payments_tab.save_copy_button.isEnabled()
    folder.unlink()
    assert _saved(qtbot, payments_tab) == folder / f"receipt-{number}-copy-1.pdf"
    assert len(_copies(payments_tab.station, number)) == 1


def test_a_copy_the_trail_refuses_leaves_no_file(
        qtbot: QtBot, station: Any, clerk: OperatorInfo, household: str) -> None:
    """An auditor may not give copies: refused in one line, and no unlogged file left."""
    membership = _paid_not_begun(station, clerk, household)
    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    create_operator(station, username="audit1", full_name="Auditor", role="auditor",
                    password=PASSWORD, now=FIXED_NOW, by=boss)
    auditor = login(station, "audit1", PASSWORD, now=FIXED_NOW)
    panel = PaymentsPanel(station, auditor, lambda: FIXED_NOW)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_membership(membership)
    qtbot.waitUntil(lambda: panel.history.count() == 1 and not panel.runner.busy,
                    timeout=WAIT)
    panel.save_copy_button.click()
    qtbot.waitUntil(lambda: not panel.runner.busy and panel.message.text() != "Working...",
                    timeout=WAIT)
    assert panel.message.text() == plain_message(
        PermissionDenied("give a copy of a receipt", "auditor"))
    assert not panel.receipts_folder().exists() or not any(panel.receipts_folder().iterdir())
    assert _copies(station, panel._paid_rows[0].receipt_no) == []


def _history_panel(qtbot: QtBot, station: Any, clerk: OperatorInfo,
                   membership: str) -> PaymentsPanel:
    panel = PaymentsPanel(station, clerk, lambda: FIXED_NOW)
    qtbot.addWidget(panel)
    panel.resize(1000, 640)
    panel.show()
    panel.set_membership(membership)
    qtbot.waitUntil(lambda: panel.history.count() >= 2 and not panel.runner.busy,
                    timeout=WAIT)
    return panel


def test_a_past_refund_gives_a_copy_of_its_voucher_without_signature_lines(
        qtbot: QtBot, station: Any, clerk: OperatorInfo, household: str) -> None:
    membership = _paid_not_begun(station, clerk, household)
    refund = payments.refund_and_withdraw(station, membership, reason="moved",
                                          operator=clerk, now=FIXED_NOW)
    panel = _history_panel(qtbot, station, clerk, membership)  # withdrawn: its history
    _select(panel, refund.receipt_no)
    pdf = _saved(qtbot, panel)
    assert pdf == panel.receipts_folder() / f"refund-{refund.receipt_no}-copy-1.pdf"
    text = _words(pdf)
    assert "Refund voucher — COPY" in text, text
    assert f"the original was issued {_office(station, FIXED_NOW)}" in text, text
    assert refund.receipt_no in text and "4,500 XSP" in text, text
    assert "p-mother" in text and "Voluntary health insurance" in text, text  # withdrawn
    assert "Withdrawal with refund of the contributions paid" in text, text
    assert "Reason moved away" in text, text  # the end reason stored, in words
    assert "Paid out by Chan Clerk" in text, text
    assert "signature" not in text, text  # the cash left once, on the signed original
    action, who, details = _copies(station, refund.receipt_no)[0]
    assert (action, who, details["receipt_no"]) == (VOUCHER_COPY, clerk.id, refund.receipt_no)


def test_a_credit_refunds_copy_says_the_clerks_words(
        qtbot: QtBot, station: Any, clerk: OperatorInfo, household: str) -> None:
    membership = _paid_ahead_then_moved(station, clerk, household)
    credit = payments.refundable_credit(station, membership, today=FIXED_NOW.date())
    refund = payments.refund_credit(station, membership, confirmed_minor=credit.amount_minor,
                                    reason="her son came for it", operator=clerk,
                                    now=FIXED_NOW)
    panel = _history_panel(qtbot, station, clerk, membership)
    _select(panel, refund.receipt_no)
    text = _words(_saved(qtbot, panel))
    assert "Refund of the credit after the membership ended" in text, text
    assert "her son came for it" in text and "15,000 XSP" in text, text


def test_no_line_selected_no_copy_to_give(qtbot: QtBot, live_ctx: StationContext) -> None:
    payments_tab = _paid(qtbot, live_ctx)
    buttons = (payments_tab.save_copy_button, payments_tab.print_copy_button)
    assert all(b.isEnabled() for b in buttons)  # the payment just taken is selected
    payments_tab.history.clearSelection()
    assert not any(b.isEnabled() for b in buttons)
    payments_tab.save_copy()  # called anyway: said, nothing written
    assert "Select the line" in payments_tab.message.text()
    assert not payments_tab.receipts_folder().exists()
    payments_tab.history.setCurrentRow(0)
    assert all(b.isEnabled() for b in buttons)
    payments_tab.set_membership("no-such-membership")  # no history: nothing to select
    qtbot.waitUntil(lambda: "No membership" in payments_tab.message.text(), timeout=WAIT)
    assert payments_tab.history.count() == 0 and not any(b.isEnabled() for b in buttons)


def test_enter_on_a_line_asks_for_the_printer_and_cancel_gives_nothing(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    payments_tab = _paid(qtbot, live_ctx)
    number = payments_tab.paid.receipt_no
    asked = cancel_next_dialog()
    payments_tab.history.setFocus()
    qtbot.keyClick(payments_tab.history, Qt.Key.Key_Return)
    assert asked == [f"Print a copy of {number}"]
    assert _copies(payments_tab.station, number) == []


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_copy_buttons_have_alt_letters_of_their_own_and_fit(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    payments_tab = _paid(qtbot, live_ctx, language)
    window = payments_tab.window()
    for button in (payments_tab.save_copy_button, payments_tab.print_copy_button):
        assert button.isVisible() and button.isEnabled()
        assert not button.visibleRegion().isEmpty()  # on screen, not cut off
    assert (_unreached(payments_tab), _clashes(_letters(window))) == ([], []), _letters(window)
    assert (window.width(), window.height()) == (1024, 700)
    # keyboard only: the Save a copy button's own letter saves the selected line's copy
    letter = alt_letter(payments_tab.save_copy_button.text())
    assert letter
    window.activateWindow()
    qtbot.keyClick(window, letter.upper(), Qt.KeyboardModifier.AltModifier)
    copy = payments_tab.receipts_folder() / f"receipt-{payments_tab.paid.receipt_no}-copy-1.pdf"
    qtbot.waitUntil(lambda: copy.is_file() and not payments_tab.runner.busy, timeout=WAIT)
