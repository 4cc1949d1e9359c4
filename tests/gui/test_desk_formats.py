"""Numbers and dates on screen in the desk's own format, not the English one."""

from __future__ import annotations

import pytest

from station.i18n import apply_language

pytestmark = pytest.mark.gui


def test_the_odds_of_a_coincidence_are_grouped_as_the_desk_writes_numbers(qapp: object) -> None:
    """At an Indonesian desk "1 banding 3,000" reads as 1 in 3 (the comma is the decimal
    mark there): the duplicate check writes 3.000, as the rest of the window does."""
    from station.views.clerk.duplicates import odds_words

    assert odds_words(1 / 3000) == "3,000"
    apply_language("id")
    assert odds_words(1 / 3000) == "3.000"
    assert odds_words(0.05) == "20"
    assert odds_words(1e-13) == "> 10¹²"


@pytest.mark.parametrize("code", ["km", "ur", "id"])
def test_qts_own_buttons_are_in_the_desks_language(qapp: object, code: str) -> None:
    """Qt ships no Khmer, Urdu or Indonesian words for its standard buttons: the sign-out
    question said Yes / No and Compare the prints said Close in English at those desks."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    apply_language(code)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close)
    question = QMessageBox(QMessageBox.Icon.Question, "", "Sign out?",
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    shown = [b.text() for b in box.buttons()] + [b.text() for b in question.buttons()]
    assert len(shown) == 5
    english = {"Cancel", "Close", "&Yes", "&No"} | ({"OK"} if code != "id" else set())
    assert not english & set(shown), shown  # Indonesian writes OK as English does


@pytest.mark.parametrize("code", ["en", "km"])
def test_a_long_address_and_several_programmes_wrap_on_the_printed_receipt(
        qapp: object, tmp_path: object, code: str) -> None:
    """A household in four programmes, a long address: the A5 receipt cut each line at the
    right margin (two programmes of four printed, the province lost), and in Khmer, which
    puts no spaces between words, the closing sentence too. Every word stays inside the
    page's margins and every programme is printed."""
    import datetime as dt
    import re
    import shutil
    import subprocess
    from pathlib import Path

    from station.model.ui_receipt import Receipt
    from station.views.receipt import write_receipt_pdf

    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    apply_language(code)
    programmes = ("ធានារ៉ាប់រងសុខភាពដែលរដ្ឋឧបត្ថម្ភ", "ប្រាក់សោធនសង្គមសម្រាប់មនុស្សចាស់",
                  "Disability allowance", "Public works programme")
    receipt = Receipt(station_name="Kampong Cham SWS office", operator="clerk1",
                      issued_at=dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC),
                      person_id="9fdec260-63dc-4a92-996d-a41288da72fa",
                      local_name="សុខ ដារា", latin_name="Sok Dara",
                      household_id="6e12c676-b74e-4a7a-b02b-e0d2b9e63b87",
                      address="Cheung Prey Kraom, Cheung Prey, Batheay, Kampong Cham Province",
                      programmes=programmes, card_serial="0A0B0C0D")
    path = write_receipt_pdf(receipt, Path(str(tmp_path)) / "receipt.pdf")
    html = subprocess.run([pdftotext, "-bbox", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))  # points
    margin = 12 / 25.4 * 72 - 1.0  # 12 mm, less a point for rounding
    words = re.findall(r'<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)</word>', html)
    assert words
    outside = [text for x0, x1, text in words
               if float(x1) > width - margin or float(x0) < margin]
    assert not outside, outside
    text = " ".join(w for _a, _b, w in words)
    for word in ("Province", "allowance", "works"):
        assert word in text


@pytest.mark.parametrize("code", ["km", "ur", "id"])
def test_the_card_issue_steps_are_said_in_the_desks_language(qtbot: object, code: str) -> None:
    """While a card is written the page says each step the model reports ("Writing the
    card", "Reading the card back", "Verifying the card"...): they were English at every
    desk. Every step issue_card reports is said in the desk's language."""
    from station.model.ui_cards import ISSUE_STEPS
    from station.views.clerk.card import CardPage

    apply_language(code)
    page = CardPage()
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    shown = []
    for percent, step in zip((5, 20, 70, 85, 95, 100), ISSUE_STEPS, strict=True):
        page._on_progress(percent, step)  # the slot the worker's progress reaches
        shown.append(page.step_label.text())
        assert page.progress.value() == percent
    assert not set(shown) & set(ISSUE_STEPS), shown
    assert all(shown)


@pytest.mark.parametrize("code", ["en", "km"])
def test_date_fields_show_the_year_in_full_in_the_desks_order(qtbot: object, code: str) -> None:
    """The death dialog's date showed 22/11/26 (a death in 1926 or 2026?) and the next
    follow-up date 2026-12-06, beside dates the window writes 22/11/2026 elsewhere."""
    import datetime as dt

    from station.views.death_dialog import DeathDialog
    from station.views.formats import short_date

    apply_language(code)
    today = dt.date(2026, 11, 22)
    dialog = DeathDialog("Sok Dara", dt.date(1950, 1, 1), today)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.date.text() == short_date(today)
    assert "2026" in dialog.date.text()
