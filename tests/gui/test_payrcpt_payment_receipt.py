"""A member who pays a contribution at the counter takes a paper receipt home.

The Payments tab said only "Receipt STATION-…: 1,500 XSP received." on screen: no paper.
After a payment it now offers the receipt as an A5 PDF (saved in the station's receipts
folder, named by the receipt number, the path said) and to the printer, as the enrolment's
receipt is; the buttons are there only for the payment just recorded."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.registry.models import Person
from station.views.services import PaymentsPanel, ProgrammesPanel
from tests.gui.test_counter_tabs import _household_with_a_contribution
from tests.gui.test_first_day_gui import _signed_in
from tests.gui.test_tidy10_alt_letters import _clashes, _letters, _show, _unreached

pytestmark = pytest.mark.gui

WAIT = 20000


def _paid(qtbot: QtBot, live_ctx: StationContext, language: str = "en", *,
          names: tuple[str, str] | None = None) -> Any:
    """The Payments tab of the mother's voluntary health insurance, 1,500 XSP just paid
    (``names``: her local and Latin names)."""
    station = live_ctx.services["station"].station
    household = _household_with_a_contribution(station)
    if names is not None:
        with station.transaction() as session:
            mother = session.get(Person, "p-mother")
            mother.local_name, mother.latin_name = names
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.set_language(language)
    window.resize(1024, 700)
    programmes = _show(window, Mode.CLERK, ProgrammesPanel)
    programmes.set_household(household)
    qtbot.waitUntil(lambda: programmes.held.count() > 0, timeout=WAIT)
    payments = _show(window, Mode.CLERK, PaymentsPanel)
    qtbot.waitUntil(lambda: payments.statement.text() != "" and not payments.runner.busy,
                    timeout=WAIT)
    # nothing paid yet: no receipt to give
    assert not payments.save_button.isVisible() and not payments.print_button.isVisible()
    payments.amount.setValue(1500)
    payments.pay_button.click()
    qtbot.waitUntil(lambda: payments.paid is not None and not payments.runner.busy,
                    timeout=WAIT)
    return payments


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def _title(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    return next(line.split(":", 1)[1].strip() for line in info.splitlines()
                if line.startswith("Title:"))


def test_a_payment_saves_its_receipt_as_a_pdf_and_says_where(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    payments = _paid(qtbot, live_ctx)
    assert payments.save_button.isVisible() and payments.print_button.isVisible()
    number = payments.paid.receipt_no
    assert number in payments.receipt.text()
    payments.save_button.click()
    folder = Path(payments.station.settings.data_dir) / "receipts"
    pdf = folder / f"receipt-{number}.pdf"
    assert payments.message.text() == f"Saved: {pdf}"
    text = _text(pdf)
    assert "Contribution receipt" in text and number in text, text
    assert "1,500 XSP" in text, text
    assert "p-mother" in text and payments.paid.holder in " ".join(text.split()), text
    assert "Voluntary health insurance" in text and "Chan Clerk" in text, text
    # no ligatures: "office" and a receipt number with "ff" in it read (and copy) letter by letter
    assert payments.paid.station_name in " ".join(text.split()), text
    assert _title(pdf) == "Contribution receipt"


def test_a_payment_receipt_goes_to_the_printer(
        qtbot: QtBot, live_ctx: StationContext, tmp_path: Path) -> None:
    payments = _paid(qtbot, live_ctx)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # Qt's own "print to file"
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert payments.print_receipt(printer)
    assert payments.message.text() == f"Sent to {tmp_path / 'printed.pdf'}."
    assert payments.paid.receipt_no in _text(tmp_path / "printed.pdf")


def test_a_khmer_desk_prints_the_khmer_title(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    payments = _paid(qtbot, live_ctx, "km")
    title = QCoreApplication.translate("Receipt", "Contribution receipt")
    assert title != "Contribution receipt"  # translated
    payments.save_button.click()
    pdf = Path(payments.station.settings.data_dir) / "receipts" / \
        f"receipt-{payments.paid.receipt_no}.pdf"
    assert pdf.is_file()
    assert _title(pdf) == title
    assert "1,500 XSP" in _text(pdf) or "១,៥០០ XSP" in _text(pdf)


def test_another_membership_shown_takes_the_receipt_buttons_away(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    payments = _paid(qtbot, live_ctx)
    payments.set_membership("no-such-membership")
    qtbot.waitUntil(lambda: "No membership" in payments.message.text(), timeout=WAIT)
    assert not payments.save_button.isVisible() and not payments.print_button.isVisible()
    assert payments.paid is None


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_receipt_buttons_have_alt_letters_of_their_own(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    payments = _paid(qtbot, live_ctx, language)
    window = payments.window()
    assert payments.save_button.isVisible()
    assert (_unreached(payments), _clashes(_letters(window))) == ([], []), _letters(window)
    assert (window.width(), window.height()) == (1024, 700)


def test_a_receipt_that_cannot_be_saved_says_so_and_can_be_saved_again(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    payments = _paid(qtbot, live_ctx)
    folder = Path(payments.station.settings.data_dir) / "receipts"
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")  # the receipts folder cannot be made
    payments.save_button.click()
    assert payments.message.text().startswith(f"The receipt could not be saved in {folder}")
    assert "\n" not in payments.message.text()
    assert payments.save_button.isVisible() and payments.paid is not None  # nothing lost
    folder.unlink()
    payments.save_button.click()
    assert payments.message.text() == f"Saved: {folder / f'receipt-{payments.paid.receipt_no}.pdf'}"


def test_the_receipt_names_the_holder_in_her_script_and_in_latin(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    payments = _paid(qtbot, live_ctx, names=("សុខ ដារា", "Sok Dara"))
    assert payments.paid.holder == "សុខ ដារា (Sok Dara)"
    payments.save_button.click()
    text = _text(Path(payments.station.settings.data_dir) / "receipts"
                 / f"receipt-{payments.paid.receipt_no}.pdf")
    assert "Sok Dara" in text and "សុខ" in text, text
