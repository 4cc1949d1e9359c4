"""Walk 13: the contribution receipt and the grievance slip as an Urdu desk prints them.

Each line of these papers is a label and its value. At an Urdu desk the label stood at the
page's left and the value at its right, so a clerk reading from the right read the value
before the label; and the time read "AM 9:30" (its two pieces laid right to left) where the
screen says 9:30 AM."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from station.views.grievance_slip import GrievanceSlip, write_grievance_slip_pdf
from station.views.receipt import PaymentReceipt, write_payment_receipt_pdf

pytestmark = pytest.mark.gui

AT = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)</word>')


def _words(pdf: Path) -> list[tuple[float, float, float, str]]:
    """Each word drawn on the page: its left, top, right and text (an Arabic letter is a
    word of its own to pdftotext)."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [(float(x0), float(y0), float(x1), text) for x0, y0, x1, text in WORD.findall(html)]


def _line_of(words: list[tuple[float, float, float, str]],
             text: str) -> tuple[tuple[float, float, float, str],
                                 list[tuple[float, float, float, str]]]:
    """The word ``text`` and the other words on its line."""
    found = next(w for w in words if w[3] == text)
    return found, [w for w in words if abs(w[1] - found[1]) < 2 and w is not found]


def _label_right_of_value(pdf: Path, value: str) -> None:
    word, line = _line_of(_words(pdf), value)
    label = [w for w in line if not w[3].isascii()]  # the Urdu label's letters
    assert label, line
    assert min(w[0] for w in label) > word[2], (word, label)


def _money_reads_left_to_right(pdf: Path) -> None:
    """"1,500 XSP" as the screen writes it, not "XSP 1,500"."""
    amount, line = _line_of(_words(pdf), "1,500")
    currency = [w for w in line if w[3] == "XSP"]
    assert currency and currency[0][0] > amount[2], (amount, line)


def _time_reads_left_to_right(pdf: Path) -> None:
    words = _words(pdf)
    hour, line = _line_of(words, "9:30")
    marker = [w for w in line if w[3] == "AM"]
    assert marker and marker[0][0] > hour[2], (hour, line)  # 9:30 AM, not AM 9:30


def test_an_urdu_contribution_receipt_reads_label_then_number(
        qtbot: QtBot, tmp_path: Path) -> None:
    from station.i18n import apply_language

    apply_language("ur")
    receipt = PaymentReceipt(
        station_name="DEMO office", operator="Sok Chenda", issued_at=AT,
        receipt_no="demo-20261123-R01001", holder="Chan Bora", programme="Health insurance",
        amount_minor=1500, currency="XSP", paid_until=dt.date(2026, 12, 15), arrears_minor=0)
    pdf = write_payment_receipt_pdf(receipt, tmp_path / "receipt.pdf")
    _label_right_of_value(pdf, "demo-20261123-R01001")
    _time_reads_left_to_right(pdf)
    _money_reads_left_to_right(pdf)


def test_an_urdu_grievance_slip_reads_label_then_reference(
        qtbot: QtBot, tmp_path: Path) -> None:
    from station.i18n import apply_language

    apply_language("ur")
    slip = GrievanceSlip(
        station_name="DEMO office", operator="Sok Chenda", issued_at=AT,
        reference="demo-office-1-20261123-G1001", category="card", holder="Chan Bora",
        service="social assistance", deadline=dt.date(2026, 12, 23), appeal_window_days=30)
    pdf = write_grievance_slip_pdf(slip, tmp_path / "slip.pdf")
    _label_right_of_value(pdf, "demo-office-1-20261123-G1001")
    _time_reads_left_to_right(pdf)


def test_an_urdu_statement_reads_its_columns_from_the_right(
        qtbot: QtBot, tmp_path: Path) -> None:
    """The statement's table (date, receipt, amount) kept its left-to-right columns under
    the mirrored lines: an Urdu reader met the amount first."""
    from station.i18n import apply_language
    from station.views.statement_pdf import StatementLine, StatementPaper, write_statement_pdf

    apply_language("ur")
    paper = StatementPaper(
        station_name="DEMO office", operator="Sok Chenda", issued_at=AT, holder="Chan Bora",
        programme="Health insurance", membership_id="m-1", standing="active",
        lines=(StatementLine("23/11/2026", "demo-20261123-01001", "1,500 XSP"),))
    pdf = write_statement_pdf(paper, tmp_path / "statement.pdf")
    _label_right_of_value(pdf, "m-1")
    words = _words(pdf)
    number, line = _line_of(words, "demo-20261123-01001")
    day = next(w for w in line if w[3] == "23/11/2026")
    amount = next(w for w in line if w[3] == "1,500")
    assert day[0] > number[2] > number[0] > amount[2], (day, number, amount)
    _money_reads_left_to_right(pdf)
