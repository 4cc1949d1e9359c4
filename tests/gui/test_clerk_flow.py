"""The clerk's enrolment against a real registry: sign-in, search, form, capture, dedup, receipt."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.model.ui_session import Mode
from station.views.clerk.page import (
    DEDUP,
    FIND,
    FINGERS,
    PERSON,
    PROGRAMMES,
    RECEIPT,
    ClerkPage,
)
from station.views.main_window import MainWindow
from tests.gui.conftest import PASSWORD, SeededScanner

pytestmark = pytest.mark.gui

PERSON_FIELDS = {"local_name": "សុខ ដារា", "latin_name": "Sok Dara", "sex": "F",
                 "birth_date": "1988-04-12", "province": "12", "district": "1203",
                 "commune": "120304", "village": "12030405", "phone": "+855 12 345 678",
                 "consent": "self"}


def _sign_in(qtbot: QtBot, window: MainWindow, user: str, password: str) -> None:
    window.login.username.setText(user)
    window.login.password.setText(password)
    window.login.button.click()


def _window(qtbot: QtBot, ctx: StationContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _clerk(qtbot: QtBot, ctx: StationContext) -> ClerkPage:
    window = _window(qtbot, ctx)
    _sign_in(qtbot, window, "clerk1", PASSWORD)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    page = window.page(Mode.CLERK)
    assert isinstance(page, ClerkPage)
    return page


def _enrol(qtbot: QtBot, page: ClerkPage, fields: dict[str, str]) -> Any:
    page.search.new_button.click()
    assert page.step == PERSON
    page.person.fill(fields)
    page.next_button.click()
    assert page.step == FINGERS, page.person.error.text()
    for _ in range(2):
        with qtbot.waitSignal(page.capture.changed, timeout=10000):
            page.capture.capture_next()
        assert not page.capture.error.text()
    page.next_button.click()
    assert page.step == DEDUP
    with qtbot.waitSignal(page.dedup.finished, timeout=60000):
        pass
    return page.dedup.result


def test_wrong_password_is_refused_with_a_plain_message(qtbot: QtBot,
                                                        live_ctx: StationContext) -> None:
    window = _window(qtbot, live_ctx)
    _sign_in(qtbot, window, "clerk1", "wrong")
    qtbot.waitUntil(lambda: window.login.message.text() == "Wrong user name or password",
                    timeout=20000)
    assert window.session is None


def test_account_locks_after_repeated_failures(qtbot: QtBot, live_ctx: StationContext) -> None:
    window = _window(qtbot, live_ctx)
    for _ in range(5):
        _sign_in(qtbot, window, "clerk1", "wrong")
        qtbot.waitUntil(window.login.button.isEnabled, timeout=20000)
    assert "locked" in window.login.message.text()
    _sign_in(qtbot, window, "clerk1", PASSWORD)
    qtbot.waitUntil(window.login.button.isEnabled, timeout=20000)
    assert "locked" in window.login.message.text() and window.session is None


def to_receipt(qtbot: QtBot, page: ClerkPage) -> None:
    """From the duplicate check of a person just registered: confirm the proposed
    programmes, pass the card step, and wait until the receipt step has read the record."""
    page.next_button.click()  # programmes
    qtbot.waitUntil(page.programmes.confirm_button.isEnabled, timeout=20000)
    page.programmes.confirm_button.click()
    qtbot.waitUntil(lambda: page.programmes.done, timeout=20000)
    page.next_button.click()  # card
    page.next_button.click()  # receipt
    assert page.step == RECEIPT
    qtbot.waitUntil(lambda: page.receipt is not None, timeout=20000)  # read in a worker


def test_enrol_then_receipt_then_the_same_fingers_are_a_duplicate(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    page = _clerk(qtbot, live_ctx)
    elder = dict(PERSON_FIELDS, birth_date="1948-04-12")  # eligible for the old-age pension
    result = _enrol(qtbot, page, elder)
    assert getattr(result, "person_id", None), page.dedup.banner.text()
    assert "No duplicate found" in page.dedup.banner.text()
    page.next_button.click()  # programmes
    page.next_button.click()  # refused until the programmes are confirmed
    assert page.step == PROGRAMMES and "Confirm the programmes" in page.message.text()
    qtbot.waitUntil(page.programmes.confirm_button.isEnabled, timeout=20000)
    proposed = page.programmes.proposals.count()
    page.programmes.confirm_button.click()
    qtbot.waitUntil(lambda: page.programmes.done, timeout=20000)
    assert f"{proposed} programme{'s' if proposed != 1 else ''} joined" in \
        page.programmes.status.text()
    page.next_button.click()  # card
    page.next_button.click()  # receipt
    assert page.step == RECEIPT
    qtbot.waitUntil(lambda: page.receipt is not None, timeout=20000)  # read in a worker
    assert "Sok Dara" in page.receipt_page.summary.text()
    page.receipt_page.save_button.click()
    pdf = live_ctx.output_dir / f"receipt-{result.person_id}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    # what the person takes home names places and programmes, not codes
    assert "Lives in: Cheung Prey Kraom, Cheung Prey, Batheay" in page.receipt_page.summary.text()
    assert page.receipt is not None and len(page.receipt.programmes) == proposed > 0, \
        page.programmes.status.text()
    assert all(not name.isupper() for name in page.receipt.programmes), page.receipt.programmes
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()  # the Print button's dialog hands over a printer like this one
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = live_ctx.output_dir / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert page.print_receipt(printer)
    assert printed.read_bytes().startswith(b"%PDF")
    assert page.receipt_page.saved.text() == f"Sent to {printed}."

    # The search now finds her, in either script.
    page.restart()
    assert page.step == FIND
    page.search.query.setText("ដារា")
    page.search.search()
    qtbot.waitUntil(lambda: page.search.table.rowCount() == 1, timeout=10000)
    village = page.search.table.item(0, 4)  # namesakes are told apart by where they live
    assert village is not None and village.text() == "Cheung Prey Kraom"
    card = page.search.table.item(0, 5)
    assert card is not None and card.text() == "none"  # no card yet
    household = page.search.table.item(0, 6)  # households by their head, not an id fragment
    assert household is not None and household.text() == "Sok Dara"

    # Same fingers, another name: a possible duplicate, and nothing is registered.
    other = dict(PERSON_FIELDS, local_name="ដារា", latin_name="Dara Sok")
    second = _enrol(qtbot, page, other)
    assert getattr(second, "person_id", None) is None
    assert "Possible duplicate" in page.dedup.banner.text()
    assert page.dedup.table.rowCount() == 1
    cell = page.dedup.table.item(0, 1)
    assert cell is not None and cell.text() == "Sok Dara"
    where = page.dedup.table.item(0, 3)  # the adjudicator sees where the candidate lives
    assert where is not None and where.text() == "Cheung Prey Kraom"
    page.next_button.click()
    assert page.step == DEDUP and "not registered" in page.message.text()


def test_different_fingers_are_not_a_duplicate(qtbot: QtBot, live_ctx: StationContext) -> None:
    page = _clerk(qtbot, live_ctx)
    _enrol(qtbot, page, PERSON_FIELDS)
    page.restart()
    assert isinstance(live_ctx.scanner, SeededScanner)
    live_ctx.scanner.seed = 2
    result = _enrol(qtbot, page, dict(PERSON_FIELDS, latin_name="Chan Vy", local_name="ចាន់ វី"))
    assert getattr(result, "person_id", None)


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"latin_name": ""}, "latin_name", "Latin letters"),
    ({"latin_name": "សុខ"}, "latin_name", "letters A to Z only"),
    ({"birth_date": "2030-01-01"}, "birth_date", "in the future"),
    ({"village": "bad code!"}, "village", "choose the village"),
    ({"sex": ""}, "sex", "choose the person's sex"),
])
def test_the_form_names_the_field_at_fault(qtbot: QtBot, live_ctx: StationContext,
                                          change: dict[str, str], field: str,
                                          words: str) -> None:
    page = _clerk(qtbot, live_ctx)
    page.search.new_button.click()
    page.person.fill(dict(PERSON_FIELDS, **change))
    page.next_button.click()
    assert page.step == PERSON
    assert words.lower() in page.person.error.text().lower()
    assert "border" in page.person.inputs[field].styleSheet()


def test_a_finger_not_available_keeps_its_reason_in_the_record_sent_to_the_centre(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    import cbor2
    import sqlalchemy as sa

    from station.model.fingers import Finger
    from station.registry.base import OUTBOX

    page = _clerk(qtbot, live_ctx)
    page.capture.mark_unavailable(Finger.LEFT_LITTLE, "Amputated")
    result = _enrol(qtbot, page, PERSON_FIELDS)
    person_id = getattr(result, "person_id", None)
    assert person_id
    station = live_ctx.services["station"].station
    with station.reading() as s:
        item = s.execute(sa.select(OUTBOX).where(OUTBOX.c.record_id == person_id)).one()
    payload = cbor2.loads(item.payload)
    assert payload["missing_fingers"] == {str(int(Finger.LEFT_LITTLE)): "Amputated"}


def test_household_programmes_tab_opens_on_the_household_just_enrolled(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    from station.views.modes import ModeTabs

    window = _window(qtbot, live_ctx)
    _sign_in(qtbot, window, "clerk1", PASSWORD)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    page = window.page(Mode.CLERK)
    assert isinstance(page, ClerkPage)
    result = _enrol(qtbot, page, PERSON_FIELDS)
    page.next_button.click()
    assert page.step == PROGRAMMES
    household = live_ctx.services["station"].person(result.person_id)["household_id"]
    assert household
    qtbot.waitUntil(lambda: page.household_id == household, timeout=20000)  # read aside
    tabs = window.mode_widgets[Mode.CLERK]
    assert isinstance(tabs, ModeTabs)
    tabs.setCurrentIndex(1)
    panel = tabs.currentWidget()
    assert panel.household.text() == household  # type: ignore[attr-defined]


def test_each_new_enrolment_brings_a_new_demo_person(qtbot: QtBot,
                                                     live_ctx: StationContext) -> None:
    from tests.gui.test_capture_page import PeopleScanner

    live_ctx.scanner = PeopleScanner(5)
    page = _clerk(qtbot, live_ctx)
    page.restart()
    assert live_ctx.scanner.person_seed == 6 and page.capture.demo_person.value() == 6
