"""Run inside a real X server (Xvfb) by test_xvfb.py: drive the station window end to end.

sign in from the keyboard -> enrol a person, confirm programmes, issue the card in the
reader named by SWS_E2E_READER (the project's virtual card behind the real pcscd) -> the
same fingers again are a duplicate -> the clerk decides -> a second supervisor approves ->
hospital mode reads and verifies the card and checks a finger 1:1 -> sign out.
Prints one line per step and "E2E OK" at the end; any failure exits non-zero.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

import cardio
from station.app import application
from station.i18n import apply_language
from station.model.ui_context import StationContext
from station.model.ui_demo import demo_station, demo_verifier
from station.model.ui_services import StationServices
from station.model.ui_session import Mode, OperatorSession
from station.views.clerk.page import ClerkPage
from station.views.hospital import HospitalPage
from station.views.main_window import MainWindow
from station.views.screenshots import captured, wait_until
from station.views.supervisor import SupervisorPage
from tests.gui.conftest import FIXED_NOW, SeededScanner, seeded_extract

PERSON = {"local_name": "សុខ ដារា", "latin_name": "Sok Dara", "sex": "F",
          "birth_date": "1948-04-12", "province": "12", "district": "1203",
          "commune": "120304", "village": "12030405", "consent": "self"}


def step(text: str) -> None:
    print(text, flush=True)


def check(condition: bool, what: str) -> None:
    if not condition:
        print(f"FAILED: {what}", flush=True)
        sys.exit(1)


def enrol(clerk: ClerkPage, fields: dict[str, str]) -> None:
    clerk.search.new_button.click()
    clerk.person.fill(fields)
    clerk.next_button.click()
    for wanted in (1, 2):
        QTest.keyClick(clerk.capture.fingers, Qt.Key.Key_Space)
        check(wait_until(captured(clerk, wanted), 30), "a finger was captured with Space")
    clerk.next_button.click()
    check(wait_until(lambda: clerk.dedup.result is not None, 180), "the duplicate check answered")


def main() -> int:
    app = application(["xvfb-e2e"])
    check(QGuiApplication.platformName() == "xcb", "running on a real X server")
    apply_language("en")
    with tempfile.TemporaryDirectory() as tmp:
        demo = demo_station(Path(tmp), now=FIXED_NOW)
        pki = cardio.Pki.load(demo.station.settings.issuing_dir)
        reader = os.environ["SWS_E2E_READER"]
        ctx = StationContext(station_name="Xvfb office", scanner=SeededScanner(1),
                             capture=seeded_extract, clock=lambda: FIXED_NOW,
                             services={"station": StationServices(demo.station),
                                       "cards": demo_verifier(
                                           pki, FIXED_NOW, template_key=demo.station.settings
                                           .card_template_key_file)},
                             output_dir=Path(tmp) / "receipts")
        window = MainWindow(ctx)
        window.resize(1280, 820)
        window.show()
        check(QTest.qWaitForWindowExposed(window, 10000), "the window is exposed")
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 5000)
        step("window open")
        QTest.keyClicks(window.login.username, "demo-supervisor")
        QTest.keyClick(window.login.username, Qt.Key.Key_Return)
        QTest.keyClicks(window.login.password, "demo-password-1")
        QTest.keyClick(window.login.password, Qt.Key.Key_Return)
        check(wait_until(lambda: window.session is not None, 30), "signed in from the keyboard")
        step("signed in")
        clerk = window.page(Mode.CLERK)
        assert isinstance(clerk, ClerkPage)
        enrol(clerk, PERSON)
        check("No duplicate found" in clerk.dedup.banner.text(), "first enrolment registered")
        person_id = clerk.dedup.result.person_id
        step(f"enrolled {person_id}")
        clerk.next_button.click()
        check(wait_until(clerk.programmes.confirm_button.isEnabled, 30), "programmes proposed")
        clerk.programmes.confirm_button.click()
        check(wait_until(lambda: clerk.programmes.done, 30), "programmes confirmed")
        clerk.next_button.click()
        check(wait_until(lambda: clerk.card.reader.findText(reader) >= 0, 30),
              f"the card step lists {reader}")
        clerk.card.reader.setCurrentText(reader)
        clerk.card.issue_button.click()
        check(wait_until(lambda: clerk.card.result is not None
                         or "#c62828" in clerk.card.outcome.verdict.styleSheet(), 90)
              and clerk.card.result is not None,
              f"the card was issued: {clerk.card.outcome.verdict.text()}")
        step(f"card issued {clerk.card.result.serial}")
        clerk.restart()
        enrol(clerk, dict(PERSON, latin_name="Dara Sok", local_name="ដារា"))
        check("Possible duplicate" in clerk.dedup.banner.text(), "second enrolment is a hit")
        step("duplicate hit")
        clerk.dedup.decision.different_button.click()
        check(wait_until(lambda: "Recorded" in clerk.dedup.banner.text(), 30), "decided")
        step("clerk decided: different people")

        window.end_session()
        window.start_session(OperatorSession("demo-supervisor-2", "supervisor",
                                             operator=demo.second_supervisor))
        QTest.keyClick(window.tabs, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        check(window.current_mode() is Mode.SUPERVISOR, "Ctrl+4 opens Supervisor mode")
        boss = window.page(Mode.SUPERVISOR)
        assert isinstance(boss, SupervisorPage)
        check(wait_until(lambda: boss.table.rowCount() == 1, 30), "the case is in the queue")
        boss.table.selectRow(0)
        boss.approve_button.click()
        check(wait_until(lambda: "registered as person" in boss.message.text(), 30),
              "approval registered the applicant")
        step("supervisor approved")

        QTest.keyClick(window.tabs, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        hospital = window.page(Mode.HOSPITAL)
        assert isinstance(hospital, HospitalPage)
        hospital.choose_reader(reader)
        QTest.keyClick(hospital.read_button, Qt.Key.Key_Return)
        check(wait_until(lambda: hospital.outcome is not None, 30)
              and hospital.view.verdict.text() == "VALID CARD — Dara Sok",
              f"the card verifies: {hospital.view.verdict.text()}")
        hospital.check_finger()
        check(wait_until(lambda: "MATCHES" in hospital.finger_result.text(), 180),
              "the finger matches the card")
        step("hospital: valid card, finger matches")
        image = window.grab()
        check(not image.isNull() and image.width() >= 1000, "the window can be captured")
        window.header.sign_out.click()
        check(window.session is None, "signed out")
        window.close()
        demo.station.close()
    app.processEvents()
    print("E2E OK", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
