"""Cash refunded at the counter leaves the till on a signed paper voucher.

The Programmes tab said only "Refund receipt ...-R00001: 4,500 XSP given back" on screen:
the cashier and the auditor had nothing signed by whoever took the cash. Each refund (Refund
and withdraw, a deceased member's refund to the family, Give back the credit) now opens a
small dialog of its own (the tab has no Alt letter left) that saves the refund voucher as an
A5 PDF in the station's receipts folder (``refund-<number>.pdf``) or prints it: number,
station, date, holder, programme, amount and currency, the kind of refund and why, the clerk,
and two signature lines ("Received by (name and signature)", "Paid out by"); a relative's
name is left to be written by hand."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from station.i18n import apply_language
from station.model.deaths import record_death
from station.model.operators import OperatorInfo, login
from station.registry.models import Person
from station.views.receipt import RefundVoucher
from station.views.services.refund_voucher import RefundVoucherDialog
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_credit10_gui import _paid_ahead_then_moved
from tests.gui.test_first_day_gui import alt_letter
from tests.gui.test_refund10_gui import _choose, _paid_not_begun
from tests.gui.test_services_panels import WAIT, clerk, household
from tests.gui.test_seventh_day_gui import _programmes_panel
from tests.gui.test_tidy10_alt_letters import _clashes, _letters
from tests.services._db import audit_actions

__all__ = ["clerk", "household"]  # the fixtures, shared with the services panels' tests

pytestmark = pytest.mark.gui


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def _words(pdf: Path) -> str:
    return " ".join(_text(pdf).split())


def _refunded(qtbot: Any, station: Any, clerk: OperatorInfo, household: str,
              monkeypatch: pytest.MonkeyPatch, *, died: bool = False) -> Any:
    """The Programmes tab just after Refund and withdraw of the mother's insurance (4,500
    XSP paid, not begun); ``died``: she died before it began (the family's refund)."""
    membership = _paid_not_begun(station, clerk, household)
    if died:
        boss = login(station, "super", PASSWORD, now=FIXED_NOW)
        record_death(station, "p-mother", died_on=FIXED_NOW.date(), source="certificate 9",
                     by=boss, now=FIXED_NOW)
    panel = _programmes_panel(qtbot, station, clerk, household)
    # its line, whatever the desk's language calls the programme
    panel.held.setCurrentRow(next(
        i for i in range(panel.held.count())
        if panel.held.item(i).data(Qt.ItemDataRole.UserRole) == membership
        and ("(deceased)" in panel.held.item(i).text()) == died))
    monkeypatch.setattr(panel, "_confirm_refund", lambda quote: True)
    assert panel.voucher_dialog is None  # nothing refunded, no voucher
    panel.refund_button.click()
    qtbot.waitUntil(lambda: panel.voucher_dialog is not None
                    and panel.voucher_dialog.isVisible(), timeout=WAIT)
    return panel


def _saved(dialog: RefundVoucherDialog) -> Path:
    dialog.save_button.click()
    pdf = Path(dialog.folder) / f"refund-{dialog.voucher.receipt_no}.pdf"
    assert dialog.message.text() == f"Saved: {pdf}"
    return pdf


def test_a_refund_opens_its_voucher_which_is_saved_as_a_pdf(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _refunded(qtbot, station, clerk, household, monkeypatch)
    dialog = panel.voucher_dialog
    voucher = dialog.voucher
    assert voucher.receipt_no.endswith("-R00001") and voucher.kind == "withdrawal"
    said = dialog.findChild(type(dialog.message), "refundVoucherSaid").text()
    assert said == (f"Refund recorded: receipt {voucher.receipt_no}, 4,500 XSP. Give the "
                    "person the voucher to sign."), said
    assert dialog.folder == Path(station.settings.data_dir) / "receipts"
    pdf = _saved(dialog)
    text = _words(pdf)
    assert "Refund voucher" in text and voucher.receipt_no in text, text
    assert "4,500 XSP" in text and "Voluntary health insurance" in text, text
    assert "Withdrawal with refund of the contributions paid" in text, text
    assert voucher.reason and voucher.reason in text, text  # the end reason, in words
    assert "Received by (name and signature)" in text and "Paid out by" in text, text
    assert "Chan Clerk" in text and voucher.station_name in text, text
    # the holder on her line and, printed, under the line she signs on
    assert voucher.holder == voucher.recipient == "p-mother"
    assert text.count("p-mother") == 2, text
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    assert "Refund voucher" in info
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_the_familys_voucher_leaves_the_relatives_name_to_be_written(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _refunded(qtbot, station, clerk, household, monkeypatch, died=True)
    voucher = panel.voucher_dialog.voucher
    assert (voucher.kind, voucher.recipient) == ("family", "")
    text = _words(_saved(panel.voucher_dialog))
    assert "Refund to the family of a member who died" in text, text
    assert "Received by (name and signature)" in text and "Paid out by" in text, text
    assert text.count("p-mother") == 1, text  # only as the holder: a relative signs


def test_a_credit_given_back_opens_its_voucher_with_the_clerks_words(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _paid_ahead_then_moved(station, clerk, household)
    panel = _programmes_panel(qtbot, station, clerk, household)
    _choose(panel, "credit of")
    panel.credit_reason.setText("her  son came, ID 42")
    monkeypatch.setattr(panel, "_confirm_credit", lambda quote: True)
    panel.credit_button.click()
    qtbot.waitUntil(lambda: panel.voucher_dialog is not None
                    and panel.voucher_dialog.isVisible(), timeout=WAIT)
    voucher = panel.voucher_dialog.voucher
    assert (voucher.kind, voucher.amount_minor, voucher.reason) == (
        "credit", 15000, "her son came, ID 42")
    text = _words(_saved(panel.voucher_dialog))
    assert "Refund of the credit after the membership ended" in text, text
    assert "15,000 XSP" in text and "her son came, ID 42" in text, text
    assert "contribution.refund" in audit_actions(station)


def test_the_voucher_goes_to_the_printer(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    dialog = _refunded(qtbot, station, clerk, household, monkeypatch).voucher_dialog
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # Qt's own "print to file"
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer)
    assert dialog.message.text() == f"Sent to {tmp_path / 'printed.pdf'}."
    text = _words(tmp_path / "printed.pdf")
    assert dialog.voucher.receipt_no in text and "Paid out by" in text, text


def test_a_voucher_that_cannot_be_saved_says_so_and_can_be_saved_again(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _refunded(qtbot, station, clerk, household, monkeypatch).voucher_dialog
    folder = Path(station.settings.data_dir) / "receipts"
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")  # the receipts folder cannot be made
    dialog.save_button.click()
    said = dialog.message.text()
    assert said.startswith(f"The voucher could not be saved in {folder}"), said
    assert "\n" not in said and "Errno" not in said, said
    assert dialog.isVisible()  # nothing lost: the voucher is still there to save
    folder.unlink()
    assert _saved(dialog).is_file()


def test_enter_closes_the_voucher_dialog(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _refunded(qtbot, station, clerk, household, monkeypatch).voucher_dialog
    assert dialog.close_button.isDefault()
    assert not dialog.save_button.isDefault() and not dialog.print_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert not list((Path(station.settings.data_dir) / "receipts").glob("refund-*.pdf"))


def test_a_khmer_desk_writes_the_khmer_voucher_with_the_khmer_name(
        qtbot: Any, station: Any, clerk: OperatorInfo, household: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with station.transaction() as session:
        mother = session.get(Person, "p-mother")
        mother.local_name, mother.latin_name = "សុខ ដារា", "Sok Dara"
    apply_language("km")
    title = QCoreApplication.translate("Receipt", "Refund voucher")
    assert title != "Refund voucher"  # translated
    panel = _refunded(qtbot, station, clerk, household, monkeypatch)
    dialog = panel.voucher_dialog
    assert dialog.voucher.holder == "សុខ ដារា (Sok Dara)"
    assert dialog.save_button.text() != "Save as P&DF"
    dialog.save_button.click()
    pdf = Path(dialog.folder) / f"refund-{dialog.voucher.receipt_no}.pdf"
    text = _text(pdf)
    assert "Sok Dara" in text and "សុខ" in text and dialog.voucher.receipt_no in text, text
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                           text=True).stdout
    assert "Khmer" in fonts, fonts  # drawn in a Khmer font, not boxes


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_voucher_dialog_fits_and_has_its_own_alt_letters(
        qtbot: Any, language: str, tmp_path: Path) -> None:
    import datetime as dt

    apply_language(language)
    voucher = RefundVoucher(
        station_name="Test office", operator="Chan Clerk",
        issued_at=dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC),
        receipt_no="st-20261122-R00001", holder="សុខ ដារា (Sok Dara)",
        programme="Voluntary health insurance", amount_minor=4500, currency="XSP",
        kind="withdrawal", reason="moved away", recipient="សុខ ដារា (Sok Dara)")
    dialog = RefundVoucherDialog(voucher, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    letters = _letters(dialog)
    buttons = (dialog.save_button, dialog.print_button, dialog.close_button)
    assert len(letters) == len(buttons) and _clashes(letters) == [], letters
    hint = dialog.sizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700, hint
    assert dialog.width() <= 1024 and dialog.height() <= 700, dialog.size()
    # keyboard only: the Save button's own letter saves the voucher
    letter = alt_letter(dialog.save_button.text())
    assert letter
    dialog.activateWindow()
    qtbot.keyClick(dialog, letter.upper(), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: (tmp_path / f"refund-{voucher.receipt_no}.pdf").is_file(),
                    timeout=WAIT)
