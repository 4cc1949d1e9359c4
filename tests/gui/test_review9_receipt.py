"""Review 9: the bidi isolates an Urdu desk draws around names stay on the screen."""

from __future__ import annotations

import dataclasses
import re

import pytest
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from tests.gui.test_clerk_flow import PERSON_FIELDS, _clerk, _enrol, to_receipt

pytestmark = pytest.mark.gui

ISOLATES = re.compile("[\u2066-\u2069]")


def test_an_urdu_receipt_saves_and_prints_names_without_isolates(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """formats.isolated sets names, ids and paths apart on the Urdu screen; what is saved
    (the receipt's record, its file's name) must carry the name as registered, or a search,
    a printed receipt or a file copied elsewhere would hold invisible characters."""
    from station.i18n import apply_language

    apply_language("ur")
    try:
        page = _clerk(qtbot, live_ctx)
        page.window().resize(1280, 820)
        result = _enrol(qtbot, page, PERSON_FIELDS)
        to_receipt(qtbot, page)
        assert ISOLATES.search(page.receipt_page.summary.text())  # the screen isolates
        receipt = page.receipt
        assert receipt is not None
        for name, value in dataclasses.asdict(receipt).items():
            assert not ISOLATES.search(str(value)), (name, ascii(value))
        assert receipt.local_name == "សុខ ដារា" and receipt.person_id == str(result.person_id)
        page.receipt_page.save_button.click()
        saved = list(live_ctx.output_dir.glob("receipt-*.pdf"))
        assert [p.name for p in saved] == [f"receipt-{result.person_id}.pdf"]
    finally:
        apply_language("en")


def test_the_receipt_says_who_agreed_after_which_notice(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """The person leaves with the paper that says who agreed to the registration and after
    which privacy notice: their proof, and the version to ask about."""
    import subprocess

    from station.model.consent import privacy_notice

    page = _clerk(qtbot, live_ctx)
    page.window().resize(1280, 820)
    _enrol(qtbot, page, dict(PERSON_FIELDS, consent="guardian", guardian="Chan Sophea"))
    to_receipt(qtbot, page)
    receipt = page.receipt
    assert receipt is not None and receipt.consent == {
        "given_by": "guardian", "notice": privacy_notice().version, "guardian": "Chan Sophea"}
    page.receipt_page.save_button.click()
    saved = next(live_ctx.output_dir.glob("receipt-*.pdf"))
    text = subprocess.run(["pdftotext", str(saved), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert (f"Chan Sophea, parent or guardian (privacy notice {privacy_notice().version})"
            in " ".join(text.split())), text
