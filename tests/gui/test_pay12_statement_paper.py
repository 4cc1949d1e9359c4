"""A membership's statement of contributions on paper (Payments tab): what a member who lost a
receipt, or an office asking for proof of cover, is given. Checked in the PDF's own text
(pdftotext), page by page."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.services import payments
from tests.gui.test_payrcpt_payment_receipt import WAIT, _paid
from tests.gui.test_tidy10_alt_letters import _clashes, _letters

pytestmark = pytest.mark.gui

BIDI = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))  # isolates around amounts


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [" ".join(page.translate(BIDI).split()) for page in text.split("\f") if page.strip()]


def _saved(payments_tab: object) -> Path:
    message = payments_tab.message.text().translate(BIDI)  # type: ignore[attr-defined]
    assert message.startswith("Saved: "), message
    return Path(message.removeprefix("Saved: "))


def test_the_statement_lists_every_payment_on_numbered_pages(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    tab = _paid(qtbot, live_ctx)
    membership = tab._membership_id()
    assert membership is not None and tab.paid is not None
    holder = tab.paid.holder
    # five years of monthly payments: more than one A5 page
    for n in range(60):
        payments.record_payment(station, membership, 100, operator=tab.operator,
                                now=dt.datetime(2021 + n // 12, n % 12 + 1, 5, 8, 0,
                                                tzinfo=dt.UTC))
    tab.refresh()
    qtbot.waitUntil(lambda: tab.history.count() == 61 and not tab.runner.busy, timeout=WAIT)
    assert tab.save_statement_button.isVisible() and tab.print_statement_button.isVisible()
    assert not _clashes(_letters(tab.window())), _letters(tab.window())
    tab.save_statement_button.click()
    pdf = _saved(tab)
    assert pdf.parent == tab.receipts_folder() and membership in pdf.name
    pages = _pages(pdf)
    assert len(pages) >= 3, len(pages)
    first = pages[0]
    assert "Statement of contributions" in first
    assert "Voluntary health insurance" in first and "Chan Clerk" in first
    assert membership in first
    assert tab.statement.text().translate(BIDI) in first  # where it stands today
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        if number > 1:  # a loose sheet still says whose it is
            assert "Statement of contributions (continued)" in page
            assert holder in page
    everything = " ".join(pages)
    for n, row in enumerate(payments.payment_history(station, membership)):
        assert row.receipt_no in everything, (n, row.receipt_no)
    assert everything.count(" 100 XSP") == 60 and "1,500 XSP" in everything


def test_the_statement_goes_to_the_printer_and_says_a_refund_as_one(
        qtbot: QtBot, live_ctx: StationContext, tmp_path: Path) -> None:
    tab = _paid(qtbot, live_ctx)
    qtbot.waitUntil(lambda: tab.save_statement_button.isVisible(), timeout=WAIT)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "statement.pdf"))
    assert tab.print_statement(printer)
    assert tab.message.text() == f"Sent to {tmp_path / 'statement.pdf'}."
    pages = _pages(tmp_path / "statement.pdf")
    assert len(pages) == 1 and "Page 1 of 1" in pages[0]
    assert tab.paid.receipt_no in pages[0]


def test_a_statement_that_cannot_be_saved_is_one_line_and_can_be_saved_again(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    tab = _paid(qtbot, live_ctx)
    qtbot.waitUntil(lambda: tab.save_statement_button.isVisible(), timeout=WAIT)
    folder = tab.receipts_folder()
    if folder.exists():
        for f in folder.iterdir():
            f.unlink()
        folder.rmdir()
    folder.write_text("not a folder")
    tab.save_statement_button.click()
    said = tab.message.text()
    assert said.startswith("The statement could not be saved in") and "\n" not in said
    folder.unlink()
    tab.save_statement_button.click()
    assert _saved(tab).exists()


def test_another_membership_asked_for_hides_the_statement_paper(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    tab = _paid(qtbot, live_ctx)
    qtbot.waitUntil(lambda: tab.save_statement_button.isVisible(), timeout=WAIT)
    tab.set_membership("no-such-membership")
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=WAIT)
    assert not tab.save_statement_button.isVisible()
    assert not tab.print_statement_button.isVisible()


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_the_statement_buttons_have_their_own_alt_letter_at_every_desk(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    tab = _paid(qtbot, live_ctx, language)
    qtbot.waitUntil(lambda: tab.save_statement_button.isVisible(), timeout=WAIT)
    letters = _letters(tab.window())
    assert not _clashes(letters), letters
    assert tab.save_statement_button.text() != "Save the s&tatement as PDF"  # translated
    tab.save_statement_button.click()
    assert list(tab.receipts_folder().glob("statement-*.pdf")), tab.message.text()
