"""Hospital and auditor modes: green/red verdicts with reasons, finger check, dumps, audit log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from station.model.ui_cards import CardOutcome, CardVerifier
from station.model.ui_context import StationContext
from station.model.ui_session import OperatorSession
from station.views.auditor import AuditorPage
from station.views.hospital import HospitalPage
from tests.gui.cards import make_dump, make_pki, revocation_list
from tests.gui.conftest import FIXED_NOW, SeededScanner, seeded_extract

pytestmark = pytest.mark.gui
SESSION = OperatorSession("nurse", "clerk")


class ReaderWithCard(CardVerifier):
    """The verifier, with a card 'in the reader' given as a dump."""

    def __init__(self, anchors: Any, crl: Any, dump: Any) -> None:
        super().__init__(anchors, crl)
        self.dump = dump

    def read_and_verify(self, reader: str | None, *, now: dt.datetime) -> CardOutcome:
        return self.verify_dump(self.dump, now=now, source="test reader")


def _hospital(qtbot: QtBot, ctx: StationContext, verifier: Any) -> HospitalPage:
    ctx.services["cards"] = verifier
    ctx.scanner, ctx.capture = SeededScanner(1), seeded_extract
    page = HospitalPage(ctx, SESSION)
    qtbot.addWidget(page)
    page.show()
    return page


def _read(qtbot: QtBot, page: HospitalPage) -> None:
    page.read_button.click()
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=10000)


def test_valid_card_is_green_with_person_entitlements_and_a_finger_match(
        qtbot: QtBot, ctx: StationContext) -> None:
    pki = make_pki()
    page = _hospital(qtbot, ctx, ReaderWithCard([pki.root_cert], revocation_list(pki),
                                                make_dump(pki)))
    _read(qtbot, page)
    assert page.view.verdict.text() == "VALID CARD — Sokha Chan"
    assert "#2e7d32" in page.view.verdict.styleSheet()
    assert "KH-2026-000123" in page.view.person.text()
    rows = [getattr(page.view.entitlements.item(i), "text", str)()
            for i in range(page.view.entitlements.count())]
    # programme names from the catalogue, and what each means today (FIXED_NOW is in 2026)
    assert rows[0].startswith("Subsidised health insurance: covered today, until")
    assert rows[1].startswith("Old-age social pension: not yet, from")
    assert "lives in Hanchey Kandal" in page.view.person.text()  # the holder's village, by name
    assert page.check_button.isEnabled() and page.finger_box.count() == 2
    page.check_button.click()
    qtbot.waitUntil(lambda: "card" in page.finger_result.text().lower(), timeout=90000)
    assert page.finger_result.text() == "Finger MATCHES the card"
    assert not page.visit_button.isEnabled()  # no registry on this station: nothing to record

    # The next person's card is revoked: nothing of the previous person stays on screen.
    page.verifier = ReaderWithCard([pki.root_cert], revocation_list(pki, ("0A0B0C0D",)),
                                   make_dump(pki))
    page.outcome = None
    _read(qtbot, page)
    assert page.view.verdict.text().startswith("NOT VALID — ")
    assert page.finger_result.text() == ""


def test_someone_elses_finger_does_not_match(qtbot: QtBot, ctx: StationContext) -> None:
    pki = make_pki()
    page = _hospital(qtbot, ctx, ReaderWithCard([pki.root_cert], revocation_list(pki),
                                                make_dump(pki, seed=1)))
    _read(qtbot, page)
    ctx.scanner = SeededScanner(2)
    page.check_button.click()
    qtbot.waitUntil(lambda: "card" in page.finger_result.text().lower(), timeout=90000)
    assert page.finger_result.text() == ("Finger does NOT match the card. Try again, or "
                                         "another finger; no visit is recorded for a finger "
                                         "that does not match.")
    # a second miss on the same card: the print on the card may be poor
    page.finger_result.clear()
    page.check_button.click()
    qtbot.waitUntil(lambda: "card" in page.finger_result.text().lower(), timeout=90000)
    assert page.finger_result.text().endswith("the Single Window office captures it again "
                                              "and issues a new card.")


def test_no_visit_is_offered_after_a_finger_that_does_not_match(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """As `sws card visit` does: a visit was recorded as "not matched" after a failed finger
    check; now Record visit waits for a finger that matches (or no check at all)."""
    pki = make_pki()
    page = _hospital(qtbot, live_ctx, ReaderWithCard([pki.root_cert], revocation_list(pki),
                                                     make_dump(pki, seed=1)))
    _read(qtbot, page)
    assert page.visit_button.isEnabled()  # the finger check is optional
    live_ctx.scanner = SeededScanner(2)
    page.check_button.click()
    qtbot.waitUntil(lambda: "NOT match" in page.finger_result.text(), timeout=90000)
    assert not page.visit_button.isEnabled()
    live_ctx.scanner = SeededScanner(1)  # the holder's own finger this time
    page.check_button.click()
    qtbot.waitUntil(lambda: "MATCHES" in page.finger_result.text(), timeout=90000)
    assert page.visit_button.isEnabled()


@pytest.mark.parametrize(("make", "words", "holder"), [
    (lambda pki: (revocation_list(pki, ("0A0B0C0D",)), make_dump(pki)), "has been revoked",
     True),
    (lambda pki: (revocation_list(pki),
                  make_dump(pki, expires=FIXED_NOW - dt.timedelta(days=1))), "has expired",
     True),
    (lambda pki: (revocation_list(pki), make_dump(make_pki())), "not issued by a recognised",
     False),
])
def test_bad_cards_are_red_with_the_reason(qtbot: QtBot, ctx: StationContext,
                                           make: Any, words: str, holder: bool) -> None:
    pki = make_pki()
    crl, dump = make(pki)
    page = _hospital(qtbot, ctx, ReaderWithCard([pki.root_cert], crl, dump))
    _read(qtbot, page)
    assert page.view.verdict.text().startswith("NOT VALID — ")
    assert words in page.view.verdict.text()
    assert "#c62828" in page.view.verdict.styleSheet()
    assert not page.check_button.isEnabled()
    # A card our offices signed says whose it is (so the desk can send them to the office),
    # never its programmes; a card from an unknown issuer shows nobody.
    if holder:
        assert page.view.person.text().startswith("This card is in the name of Sokha Chan.")
        assert "KH-2026-000123" in page.view.person.text()
        assert "valid until" not in page.view.person.text()
    else:
        assert page.view.person.text() == ""
    assert page.view.entitlements.count() == 0 and not page.visit_button.isEnabled()
    page.clear_button.click()
    assert page.view.verdict.text().startswith("Waiting for a card")


def test_no_trust_material_says_so(qtbot: QtBot, ctx: StationContext) -> None:
    page = _hospital(qtbot, ctx, None)
    assert not page.read_button.isEnabled()
    assert "not set up" in page.view.verdict.text()


def test_auditor_verifies_a_folder_of_dumps(qtbot: QtBot, ctx: StationContext,
                                            tmp_path: Path) -> None:
    pki = make_pki()
    good, bad = make_dump(pki, serial="0000AAAA"), make_dump(pki, serial="0000BBBB")
    (tmp_path / "a.json").write_text(good.to_json())
    tampered = type(bad)(bad.serial, bad.credential, bad.templates + b"x", bad.challenge,
                         bad.signature)
    (tmp_path / "b.json").write_text(tampered.to_json())
    (tmp_path / "c.json").write_text("{not json")
    ctx.services["cards"] = CardVerifier([pki.root_cert], revocation_list(pki))
    page = AuditorPage(ctx, OperatorSession("aud", "auditor"))
    qtbot.addWidget(page)
    page.verify_folder(tmp_path)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=10000)
    cells = [[getattr(page.table.item(r, c), "text", str)() for c in range(4)]
             for r in range(3)]
    assert cells[0][:3] == ["a.json", "0000AAAA", "valid"]
    assert cells[1][2] == "NOT VALID" and "altered" in cells[1][3]
    assert cells[2][2] == "NOT VALID" and "cannot be read" in cells[2][3]
    assert page.card_view.verdict.text() == "Valid: 1 of 3 card dumps."


def test_auditor_verifies_the_audit_chain(qtbot: QtBot, live_ctx: StationContext) -> None:
    page = AuditorPage(live_ctx, OperatorSession("aud", "auditor"))
    qtbot.addWidget(page)
    page.audit_button.click()
    qtbot.waitUntil(lambda: "Audit chain intact" in page.audit_result.text(), timeout=10000)


def test_an_edited_audit_row_turns_the_check_red(qtbot: QtBot, live_ctx: StationContext,
                                                 station: Any) -> None:
    import sqlalchemy as sa

    from station.registry.models import AuditEvent

    with station.transaction() as session:
        session.execute(sa.update(AuditEvent).where(AuditEvent.seq == 1)
                        .values(action="operator.tampered"))
    page = AuditorPage(live_ctx, OperatorSession("aud", "auditor"))
    qtbot.addWidget(page)
    page.audit_button.click()
    qtbot.waitUntil(lambda: "BROKEN" in page.audit_result.text(), timeout=10000)
    assert "#c62828" in page.audit_result.styleSheet()


def test_events_listed_from_a_tampered_log_say_the_chain_is_broken(
        qtbot: QtBot, live_ctx: StationContext, station: Any, tmp_path: Path) -> None:
    """An auditor who lists (and exports) the events without pressing "Verify" first read a
    tampered log as evidence with no word of it; ``sws audit log`` says so above and below
    its listing. The window says it beside the listing, in red, and on the check's line."""
    import sqlalchemy as sa

    from station.model.operators import OperatorInfo
    from station.registry.models import AuditEvent

    with station.transaction() as session:
        session.execute(sa.update(AuditEvent).where(AuditEvent.seq == 1)
                        .values(action="operator.tampered"))
    reader = OperatorInfo("a1", "aud", "An Auditor", "auditor")
    page = AuditorPage(live_ctx, OperatorSession("aud", "auditor", operator=reader))
    qtbot.addWidget(page)
    page.show_events_button.click()
    qtbot.waitUntil(lambda: page.events.rowCount() > 0, timeout=10000)
    assert "AUDIT CHAIN BROKEN" in page.events_status.text()
    assert "event 1" in page.events_status.text()
    assert "#b00020" in page.events_status.styleSheet()
    assert "AUDIT CHAIN BROKEN" in page.audit_result.text()
    page.export_events(tmp_path / "events.csv")
    assert "AUDIT CHAIN BROKEN" in page.events_status.text()

    with station.transaction() as session:  # repaired (a restored backup): said no more
        session.execute(sa.update(AuditEvent).where(AuditEvent.seq == 1)
                        .values(action="operator.create"))
    page.show_events_button.click()
    qtbot.waitUntil(lambda: "newest first" in page.events_status.text()
                    and "BROKEN" not in page.events_status.text(), timeout=10000)
    assert page.events_status.text() == f"{page.events.rowCount()} events, newest first"
    assert "#b00020" not in page.events_status.styleSheet()


def test_auditor_reads_filters_and_exports_the_log(qtbot: QtBot, live_ctx: StationContext,
                                                   tmp_path: Path) -> None:
    from station.model.operators import OperatorInfo

    reader = OperatorInfo("a1", "aud", "An Auditor", "auditor")
    page = AuditorPage(live_ctx, OperatorSession("aud", "auditor", operator=reader))
    qtbot.addWidget(page)
    page.show_events_button.click()
    qtbot.waitUntil(lambda: page.events.rowCount() > 0, timeout=10000)
    actions = [getattr(page.events.item(r, 4), "text", str)()  # the code column
               for r in range(page.events.rowCount())]
    assert "operator.create" in actions and page.export_button.isEnabled()
    assert page.events_status.text() == f"{len(actions)} events, newest first"

    page.action_filter.setText("nothing.like.this")
    page.show_events_button.click()
    qtbot.waitUntil(lambda: page.events.rowCount() == 0, timeout=10000)
    assert not page.export_button.isEnabled()

    page.action_filter.setText("operator")
    page.show_events_button.click()
    qtbot.waitUntil(lambda: page.events.rowCount() > 0, timeout=10000)
    target = tmp_path / "events.csv"
    page.export_events(target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 as Excel recognises it
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("seq,at_utc") and len(lines) == page.events.rowCount() + 1


def test_a_clerk_cannot_read_the_log(qtbot: QtBot, live_ctx: StationContext) -> None:
    page = AuditorPage(live_ctx, OperatorSession("c", "clerk"))
    qtbot.addWidget(page)
    assert not page.show_events_button.isEnabled()
    assert page.events_status.text() == "Only auditors and supervisors can read the audit log."


def test_a_khmer_desk_reads_the_programmes_in_khmer(qtbot: QtBot, ctx: StationContext) -> None:
    """Programme names come from the catalogue, not from tr(): they stayed English at a
    Khmer desk, where the beneficiary reads the screen too."""
    from station.i18n import apply_language

    apply_language("km")
    pki = make_pki()
    page = _hospital(qtbot, ctx, ReaderWithCard([pki.root_cert], revocation_list(pki),
                                                make_dump(pki)))
    _read(qtbot, page)
    rows = [page.view.entitlements.item(i).text() for i in range(page.view.entitlements.count())]
    assert rows[0].startswith("ធានារ៉ាប់រងសុខភាពដែលរដ្ឋឧបត្ថម្ភ")  # subsidised health insurance
    assert rows[1].startswith("ប្រាក់សោធនសង្គមសម្រាប់មនុស្សចាស់")  # old-age social pension


def test_a_khmer_desk_reads_the_cards_warnings_in_khmer(qtbot: QtBot, ctx: StationContext
                                                       ) -> None:
    """A valid card read with an out-of-date revocation list: the amber note under the
    verdict was the card layer's English ("the revocation list is out of date")."""
    import dataclasses
    import re

    from station.i18n import apply_language

    apply_language("km")
    pki = make_pki()
    later = dataclasses.replace(ctx, clock=lambda: FIXED_NOW + dt.timedelta(days=40))
    page = _hospital(qtbot, later, ReaderWithCard([pki.root_cert], revocation_list(pki),
                                                  make_dump(pki)))
    _read(qtbot, page)
    assert page.outcome is not None and page.outcome.ok and page.outcome.warnings
    note = page.view.warnings.text()
    assert note and re.search("[A-Za-z]", note) is None, note


class SlowReader(ReaderWithCard):
    """A card that takes its time to answer (a slow reader, a card held at the edge)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        import threading

        self.release = threading.Event()

    def read_and_verify(self, reader: str | None, *, now: dt.datetime) -> CardOutcome:
        self.release.wait(10)
        return super().read_and_verify(reader, now=now)


def test_next_person_during_a_slow_read_does_not_show_the_old_card(
        qtbot: QtBot, ctx: StationContext) -> None:
    """Esc (Next person) while a card was still being read: the earlier card's green verdict
    then appeared on the cleared screen, in front of the next person. Enter meanwhile did
    nothing at all; it now says the reader is still busy."""
    pki = make_pki()
    slow = SlowReader([pki.root_cert], revocation_list(pki), make_dump(pki))
    page = _hospital(qtbot, ctx, slow)
    page.read_button.click()
    page.clear_button.click()  # Esc: the next person steps up
    page.read_button.click()  # their card, while the reader is still busy
    assert "still" in page.view.verdict.text().lower(), page.view.verdict.text()
    slow.release.set()
    page.wait()
    qtbot.wait(50)
    assert page.outcome is None
    assert "VALID" not in page.view.verdict.text()
    assert not page.visit_button.isEnabled()
    page.read_button.click()  # read again: now it is the card on the reader
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=10000)
    assert page.view.verdict.text() == "VALID CARD — Sokha Chan"


def test_a_busy_registry_is_not_reported_as_a_broken_audit_chain(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """The chain check failed on a registry busy with another program, and the auditor read
    "AUDIT CHAIN BROKEN" in red: a false alarm about tampering. Only a fault the check found
    says BROKEN; anything else says the check could not be done."""
    from station.errors import DatabaseBusy

    services = live_ctx.services["station"]

    def busy(*, deep: bool = False) -> Any:
        raise DatabaseBusy("sqlite:///registry.sqlite3")

    services.check_registry = busy
    page = AuditorPage(live_ctx, OperatorSession("aud", "auditor"))
    qtbot.addWidget(page)
    page.audit_button.click()
    qtbot.waitUntil(lambda: "Verifying" not in page.audit_result.text(), timeout=10000)
    said = page.audit_result.text()
    assert "BROKEN" not in said and "busy" in said, said
    assert "#c62828" not in page.audit_result.styleSheet()


def test_the_auditors_other_checks_wait_for_the_one_running(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """While a card was being read, "Verify the audit log chain" or "Show events" looked
    ready and did nothing when pressed: they are greyed out until the card is done."""
    pki = make_pki()
    slow = SlowReader([pki.root_cert], revocation_list(pki), make_dump(pki))
    live_ctx.services["cards"] = slow
    boss = live_ctx.services["station"].login("super", "correct horse 42", now=FIXED_NOW)
    page = AuditorPage(live_ctx, OperatorSession("super", "supervisor", operator=boss))
    qtbot.addWidget(page)
    page.reader_button.click()
    waiting = [page.audit_button, page.show_events_button, page.reader_button,
               page.folder_button]
    assert not any(b.isEnabled() for b in waiting)
    slow.release.set()
    qtbot.waitUntil(lambda: all(b.isEnabled() for b in waiting), timeout=10000)
    assert not page.export_button.isEnabled()  # nothing listed yet
    page.show_events_button.click()
    qtbot.waitUntil(page.export_button.isEnabled, timeout=10000)


@pytest.mark.parametrize("outcome", ["recorded", "refused"])
def test_a_visit_answered_after_next_person_is_not_shown_as_theirs(
        qtbot: QtBot, live_ctx: StationContext, outcome: str) -> None:
    """Record the visit, then Esc for the next person while the registry was slow: "Visit
    recorded" appeared under the next person's empty screen, as if theirs were. A visit that
    failed meanwhile is still said, as the previous card's."""
    import threading

    from station.errors import DatabaseBusy

    pki = make_pki()
    page = _hospital(qtbot, live_ctx, ReaderWithCard([pki.root_cert], revocation_list(pki),
                                                     make_dump(pki)))
    services = live_ctx.services["station"]
    release = threading.Event()

    def slow_visit(*args: Any, **kwargs: Any) -> str:
        release.wait(10)
        if outcome == "refused":
            raise DatabaseBusy("sqlite:///registry.sqlite3")
        return "visit-1"

    services.record_visit = slow_visit
    _read(qtbot, page)
    assert page.visit_button.isEnabled()
    page.visit_button.click()
    page.clear_button.click()  # Esc: the next person
    release.set()
    page.wait()
    qtbot.wait(50)
    said = page.visit_result.text()
    if outcome == "recorded":
        assert said == ""
    else:
        assert "previous card" in said and "busy" in said, said
    assert not page.visit_button.isEnabled()


def test_a_khmer_auditor_reads_why_each_dump_was_refused_in_khmer(
        qtbot: QtBot, ctx: StationContext, tmp_path: Path) -> None:
    """The folder check's Reason column was the card layer's English at every desk, while the
    same refusal for a single card was translated."""
    import re

    from station.i18n import apply_language

    pki = make_pki()
    (tmp_path / "a.json").write_text(make_dump(pki, serial="0000DEAD").to_json())
    (tmp_path / "b.json").write_text("{not json")
    ctx.services["cards"] = CardVerifier([pki.root_cert], revocation_list(pki, ("0000DEAD",)))
    apply_language("km")
    page = AuditorPage(ctx, OperatorSession("aud", "auditor"))
    qtbot.addWidget(page)
    page.verify_folder(tmp_path)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10000)
    reasons = [getattr(page.table.item(r, 3), "text", str)() for r in range(2)]
    assert all(reasons) and [t for t in reasons if re.search("[A-Za-z]", t)] == [], reasons


def test_an_expired_card_says_when_it_expired(qtbot: QtBot, ctx: StationContext) -> None:
    """"The card has expired" and nothing more: the focal point could not tell the holder
    since when (yesterday, or years ago), which decides where they go to renew it."""
    from station.views.formats import short_date

    pki = make_pki()
    expires = FIXED_NOW - dt.timedelta(days=3)
    dump = make_dump(pki, expires=expires)
    page = _hospital(qtbot, ctx, ReaderWithCard([pki.root_cert], revocation_list(pki), dump))
    page.ctx.clock = lambda: FIXED_NOW
    _read(qtbot, page)
    assert page.outcome is not None and page.outcome.reason == "expired_card"
    assert f"expired on {short_date(expires.date())}" in page.view.person.text()


def test_the_visit_waits_for_the_finger_check_instead_of_ignoring_the_click(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """While the finger check waited for the finger, "Record the visit" (and Check again,
    Find readers) looked ready and silently did nothing when pressed."""
    import threading

    pki = make_pki()
    page = _hospital(qtbot, live_ctx, ReaderWithCard([pki.root_cert], revocation_list(pki),
                                                     make_dump(pki)))
    release = threading.Event()

    def slow_capture(scanner: Any, finger: Any) -> Any:
        release.wait(10)
        return seeded_extract(scanner, finger)

    page.ctx.capture = slow_capture
    _read(qtbot, page)
    assert page.visit_button.isEnabled() and page.check_button.isEnabled()
    page.check_button.click()
    busy = [page.visit_button, page.check_button, page.find_button]
    assert not any(b.isEnabled() for b in busy)
    release.set()
    qtbot.waitUntil(lambda: page.finger_check_result is not None, timeout=90000)
    qtbot.waitUntil(lambda: all(b.isEnabled() for b in busy), timeout=10000)
    page.visit_button.click()
    qtbot.waitUntil(lambda: "Visit recorded" in page.visit_result.text(), timeout=10000)
    assert not page.visit_button.isEnabled()  # one visit per reading


def test_enter_on_a_focused_button_presses_it_and_does_not_read_the_card_again(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """Enter reads the card, anywhere on the page: a focal point working by keyboard who
    tabbed to "Record the visit" and pressed Enter got the card read again, the verdict
    cleared, and no visit recorded. On a focused button Enter presses that button."""
    from PySide6.QtCore import Qt

    pki = make_pki()
    page = _hospital(qtbot, live_ctx, ReaderWithCard([pki.root_cert], revocation_list(pki),
                                                     make_dump(pki, seed=1)))
    page.window().activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=10000)  # shortcuts work in the active one
    page.read_button.setFocus()
    qtbot.keyClick(page.read_button, Qt.Key.Key_Return)  # Enter on Read: reads the card
    qtbot.waitUntil(lambda: page.outcome is not None, timeout=10000)
    first = page.outcome
    page.visit_button.setFocus()
    qtbot.keyClick(page.visit_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Visit recorded" in page.visit_result.text(), timeout=10000)
    assert page.outcome is first  # the same reading, not a new one
    page.clear()
    page.clear_button.setFocus()
    qtbot.keyClick(page.clear_button, Qt.Key.Key_Enter)  # the keypad's Enter on Next person
    assert page.outcome is None and not page._runner.busy
