"""Card issue from the clerk's workflow, then verification in hospital mode: real pcscd, the
vpcd reader driver and the project's virtual card process."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import cardio
from station.model.ui_cards import CardVerifier
from station.model.ui_context import StationContext
from station.model.ui_session import OperatorSession
from station.views.clerk.page import CARD, RECEIPT
from station.views.hospital import HospitalPage
from tests.gui.conftest import FIXED_NOW
from tests.gui.test_clerk_flow import PERSON_FIELDS, _clerk, _enrol

pytestmark = [pytest.mark.gui, pytest.mark.card]


def test_issue_the_card_then_the_hospital_verifies_it(
        qtbot: QtBot, live_ctx: StationContext, station: Any, virtual_cards: Any) -> None:
    card = virtual_cards.start()
    pki = cardio.Pki.load(station.settings.issuing_dir)
    crl = cardio.load_revocation_list(
        cardio.sign_revocation_list([], pki, FIXED_NOW, dt.timedelta(days=30)),
        [pki.root_cert], FIXED_NOW)
    # the desk holds the programme's template key (made by the station's first issue)
    live_ctx.services["cards"] = CardVerifier([pki.root_cert], crl,
                                              template_key=station.settings.card_template_key_file)

    page = _clerk(qtbot, live_ctx)
    result = _enrol(qtbot, page, dict(PERSON_FIELDS, birth_date="1950-02-03"))
    person_id = result.person_id
    page.next_button.click()
    qtbot.waitUntil(page.programmes.confirm_button.isEnabled, timeout=20000)
    page.programmes.confirm_button.click()
    qtbot.waitUntil(lambda: page.programmes.done, timeout=20000)
    page.next_button.click()
    assert page.step == CARD
    qtbot.waitUntil(lambda: page.card.reader.findText(card.reader) >= 0, timeout=20000)
    page.card.reader.setCurrentText(card.reader)
    page.card.issue_button.click()
    qtbot.waitUntil(lambda: page.card.result is not None
                    or "#c62828" in page.card.outcome.verdict.styleSheet(), timeout=60000)
    assert page.card.result is not None, page.card.outcome.verdict.text()
    assert page.card.outcome.verdict.text() == "VALID CARD — Dara Sok"
    serial = page.card.result.serial
    page.next_button.click()
    assert page.step == RECEIPT
    qtbot.waitUntil(lambda: page.receipt is not None, timeout=10000)  # read in a worker
    assert serial in str(page.receipt)
    assert live_ctx.services["station"].person(person_id)["cards"][0]["serial"] == serial

    hospital = HospitalPage(live_ctx, OperatorSession("nurse", "clerk"))
    qtbot.addWidget(hospital)
    hospital.choose_reader(card.reader)  # the other vpcd slot may hold another test's card
    hospital.read_button.click()
    qtbot.waitUntil(lambda: hospital.outcome is not None
                    or "#c62828" in hospital.view.verdict.styleSheet()
                    or "rror" in hospital.view.verdict.text(), timeout=30000)
    assert hospital.view.verdict.text() == "VALID CARD — Dara Sok", hospital.view.verdict.text()
    rows = [hospital.view.entitlements.item(i) for i in range(hospital.view.entitlements.count())]
    assert any(r.text().startswith("Old-age social pension: covered today")
               for r in rows if r is not None)
    hospital.check_finger()
    qtbot.waitUntil(lambda: "card" in hospital.finger_result.text().lower(), timeout=60000)
    assert hospital.finger_result.text() == "Finger MATCHES the card"
    before = live_ctx.services["station"].outbox_counts()["pending"]
    assert hospital.visit_button.isEnabled()
    hospital.visit_button.click()
    qtbot.waitUntil(lambda: "Visit recorded" in hospital.visit_result.text(), timeout=20000)
    assert live_ctx.services["station"].outbox_counts()["pending"] == before + 1
    assert not hospital.visit_button.isEnabled()  # one visit per tap

    # A desk without the template key: the card still verifies, its prints stay sealed.
    live_ctx.services["cards"] = CardVerifier([pki.root_cert], crl)
    keyless = HospitalPage(live_ctx, OperatorSession("nurse", "clerk"))
    qtbot.addWidget(keyless)
    keyless.choose_reader(card.reader)
    keyless.read_button.click()
    qtbot.waitUntil(lambda: keyless.outcome is not None, timeout=30000)
    assert keyless.view.verdict.text() == "VALID CARD — Dara Sok"
    assert "holds no template key" in keyless.view.warnings.text()
    assert not keyless.check_button.isEnabled()
    live_ctx.services["cards"] = CardVerifier([pki.root_cert], crl,
                                              template_key=station.settings.card_template_key_file)

    # The card is lost. Weeks later the person comes back: the clerk finds them and issues
    # a new card from the search, without enrolling anyone again.
    card.pull()
    fresh = virtual_cards.start()
    page.restart()
    page.search.query.setText("Sok Dara")
    page.search.search()
    qtbot.waitUntil(page.search.card_button.isEnabled, timeout=10000)
    held = page.search.table.item(0, 5)
    assert held is not None and held.text() == serial  # the card they hold, in the search
    page.search.card_button.click()
    assert page.step == CARD
    qtbot.waitUntil(lambda: f"The card {serial} they hold now will be replaced"
                    in page.card.intro.text(), timeout=10000)  # the record read in a worker
    qtbot.waitUntil(lambda: page.card.reader.findText(fresh.reader) >= 0, timeout=20000)
    qtbot.waitUntil(page.card.issue_button.isEnabled, timeout=20000)  # readers listed again
    page.card.reader.setCurrentText(fresh.reader)
    page.card.issue_button.click()
    qtbot.waitUntil(lambda: page.card.result is not None
                    or "#c62828" in page.card.outcome.verdict.styleSheet(), timeout=60000)
    assert page.card.result is not None, page.card.outcome.verdict.text()
    second = page.card.result.serial
    page.next_button.click()
    assert page.step == RECEIPT
    qtbot.waitUntil(lambda: page.receipt is not None, timeout=10000)  # read in a worker
    assert second in str(page.receipt) and serial not in str(page.receipt)
    cards = live_ctx.services["station"].person(person_id)["cards"]
    assert {c["serial"]: c["status"] for c in cards} == {serial: "replaced", second: "issued"}
    # the next enrolment starts clean: no card for the previous person
    page.restart()
    assert page.card_person is None
