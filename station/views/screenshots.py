"""The screenshot tour: drive every mode and main dialog with DEMO data and save PNGs.

``sws station --screenshots DIR`` runs it. It builds its own throw-away registry (never the
station's real one), a DEMO PKI and software-made card dumps, then walks through a clerk's
enrolment (search, form, capture, no-duplicate, receipt, then a duplicate), the hospital's
green and red verdicts, the auditor's checks, the supervisor's queue and charts, and the
clerk's form in each shipped language.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from station.capture.base import Finger
from station.i18n import apply_language
from station.model.ui_capture import MAX_ATTEMPTS
from station.model.ui_context import StationContext
from station.model.ui_session import Mode, OperatorSession
from station.views.clerk.page import ClerkPage
from station.views.main_window import MainWindow
from station.views.tables import select_row

if TYPE_CHECKING:
    from station.views.services import PaymentsPanel

SIZE = (1280, 820)
#: A fixed demo moment, so the pictures do not change from run to run.
TOUR_TIME = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
DEMO_PERSON = {"local_name": "សុខ ដារា", "latin_name": "Sok Dara", "sex": "F",
               "birth_date": "1958-04-12", "province": "12", "district": "1203",
               "commune": "120304", "village": "12030405", "phone": "+855 12 345 678",
               "national_id": "010203040", "consent": "self"}


#: The file name of each mode's inner tab, whatever the tour's language (the tab's title
#: gave names in Khmer or Urdu script, with the mnemonic, at those desks).
PANEL_FILES = {"ProgrammesPanel": "household-programmes", "GrievancesPanel": "grievances",
               "CasesPanel": "case-follow-ups", "OperatorsPage": "operators",
               "PaymentsPanel": "payments", "CasePlanPanel": "case-plan",
               "HouseholdReviewPanel": "households-to-review",
               "CardReviewPanel": "cards-to-replace"}


def panel_file_name(panel: QWidget | None, index: int) -> str:
    return PANEL_FILES.get(type(panel).__name__, f"tab-{index}")


def settle(ms: int = 30) -> None:
    """Let Qt lay out and paint, and deliver queued worker results."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for _ in range(4):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, ms)


def wait_until(condition: Callable[[], bool], timeout_s: float = 120.0) -> bool:
    """Process events until ``condition()`` holds (False after ``timeout_s``)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        settle()
        if condition():
            return True
        time.sleep(0.02)
    return False


def save(widget: QWidget, folder: Path, name: str) -> Path:
    """Grab ``widget`` as it is on screen and write ``folder/name.png``."""
    settle()
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def captured(clerk: ClerkPage, count: int) -> Callable[[], bool]:
    """A condition: ``count`` fingers accepted, or the capture screen shows an error."""
    def done() -> bool:
        return len(clerk.capture.sheet.accepted()) >= count or bool(clerk.capture.error.text())
    return done


def attempts(clerk: ClerkPage) -> int:
    """Every touch the capture screen has taken so far."""
    return sum(entry.attempts for entry in clerk.capture.sheet.fingers.values())


def capture_two(clerk: ClerkPage) -> None:
    """Capture until two fingers are accepted, as a clerk pressing Space would: Space moves
    on after a good print, and retries one with few ridge details (up to the last try)."""
    page = clerk.capture
    for _ in range(2 * MAX_ATTEMPTS):
        if len(page.sheet.accepted()) >= 2 or page.error.text():
            return
        before = attempts(clerk)
        page.capture_next()
        wait_until(lambda n=before: attempts(clerk) > n or bool(page.error.text()))  # type: ignore[misc]


def _paying_membership(station: Any) -> str | None:
    """The membership of the demo's newest contribution (None when none was paid)."""
    import sqlalchemy as sa

    from station.registry.models_services import ContributionPayment

    with station.reading() as session:
        found = session.scalar(sa.select(ContributionPayment.membership_id)
                               .where(ContributionPayment.amount_minor > 0)
                               .order_by(ContributionPayment.paid_at.desc()).limit(1))
    return str(found) if found else None


def _head_died(station: Any, supervisor: Any, now: dt.datetime) -> None:
    """A demo household's head dies (the first head by id of a household of three or more
    living members): the supervisor's *Households to review* then has a household to show,
    as an office has after a death is recorded and before a new head is named."""
    import sqlalchemy as sa

    from station.model.deaths import record_death
    from station.registry.models import Person

    with station.reading() as session:
        living = Person.died_on.is_(None)
        big = (sa.select(Person.household_id).where(living)
               .group_by(Person.household_id).having(sa.func.count() >= 3))
        head = session.scalar(sa.select(Person.id).where(
            living, Person.relation_to_head == "head", Person.household_id.in_(big))
            .order_by(Person.id).limit(1))
    if head is not None:
        record_death(station, str(head), died_on=now.date() - dt.timedelta(days=3),
                     source="death certificate 31/2026 (demo)", by=supervisor, now=now)


def _card_outdated(station: Any, supervisor: Any, now: dt.datetime) -> None:
    """A demo member's card is written for their programmes (a DEMO-signed credential, made
    in software as the hospital's demo card is), then one of them ends (the first running
    membership by id; the person moved away): the supervisor's *Cards to replace* then has a
    card that still claims it to show."""
    import sqlalchemy as sa

    from station.model.cards import record_issued
    from station.model.persons import get_person
    from station.model.ui_cards import card_entitlements, holder_for
    from station.model.ui_demo import demo_credential, demo_pki
    from station.registry.models import Person, ProgrammeMembership
    from station.services.memberships import end_membership

    m = ProgrammeMembership
    with station.reading() as session:
        running = session.execute(
            sa.select(m.id, m.person_id).join(Person, Person.id == m.person_id)
            .where(Person.died_on.is_(None), m.end_date.is_(None),
                   m.start_date < now.date())
            .order_by(m.id).limit(1)).first()
    if running is None:
        return
    person = get_person(station, str(running.person_id))
    credential = demo_credential(demo_pki(now), holder_for(person),
                                 card_entitlements(station, person, now=now),
                                 serial="0A0B0C11", issued_at=now,
                                 expires_at=now + dt.timedelta(days=5 * 365))
    record_issued(station, person_id=str(running.person_id), serial="0A0B0C11",
                  credential=credential, by=supervisor, now=now)
    end_membership(station, str(running.id), reason="moved", end_date=now.date(),
                   operator=supervisor, now=now)


def _payment_taken(window: QWidget, panel: PaymentsPanel, folder: Path) -> list[Path]:
    """A month's contribution taken at the counter: the tab with its receipt's buttons, and
    the receipt saved as a PDF (empty when the payment was refused)."""
    panel.amount.setValue(1500)
    panel.pay_button.click()
    if not wait_until(lambda: panel.paid is not None and not panel.runner.busy):
        return []
    paid = panel.paid
    assert paid is not None
    panel.save_statement()  # the whole statement too, beside the PNGs
    for pdf in panel.receipts_folder().glob("statement-*.pdf"):
        shutil.copyfile(pdf, folder / "50-clerk-statement.pdf")
    panel.save_receipt()
    settle()
    shots = [save(window, folder, "50-clerk-payment-receipt")]
    pdf = panel.receipts_folder() / f"receipt-{paid.receipt_no}.pdf"
    if pdf.exists():  # the tour's registry is thrown away: the receipt goes beside the PNGs
        shots.append(Path(shutil.copyfile(pdf, folder / "50-clerk-payment-receipt.pdf")))
    return shots


def _report_saved(window: QWidget | None, supervisor: Any, station: Any, folder: Path,
                  now: dt.datetime, prefix: str) -> list[Path]:
    """The supervisor's *Reports...*: its dialog (when ``window`` is given) and the coverage
    report it saves, as a PDF in the desk's words, written to ``folder/PREFIX-report-
    coverage.pdf`` (the same call the dialog's Save makes, without the worker)."""
    from station.services.reports import save_report
    from station.views.report_words import report_localiser
    from station.views.reports_dialog import ReportsDialog

    shots: list[Path] = []
    if window is not None:
        dialog = ReportsDialog(station.settings.today(now), supervisor._communes, window)
        dialog.show()
        shots.append(save(dialog, folder, f"{prefix}-dialog-reports"))
        dialog.done(QDialog.DialogCode.Rejected)
    pdf = save_report(station, "coverage", "pdf", as_of=station.settings.today(now), now=now,
                      localise=report_localiser())
    shots.append(Path(shutil.copyfile(pdf, folder / f"{prefix}-report-coverage.pdf")))
    return shots


def _erasure_asked(search: Any, person_id: str, folder: Path) -> list[Path]:
    """The supervisor's *Privacy and consent...* for a person just enrolled (two fingers on
    file), then *Erase their fingerprints...*: its dialog shown, not confirmed."""
    search.query.setText(DEMO_PERSON["latin_name"])
    search.search()
    wait_until(lambda: search.select_person(person_id))
    search.consent_button.click()
    consent = getattr(search, "consent_dialog", None)
    if consent is None or not consent.erase_button.isEnabled():
        return []
    settle()
    shots = [save(consent, folder, "10-dialog-consent-fingerprints")]
    consent.erase_button.click()  # closes the consent dialog, opens the erasure's
    erasure = getattr(search, "erasure_dialog", None)
    if erasure is None:
        return shots
    erasure.asked.setCurrentIndex(erasure.asked.findData("self"))
    settle()
    shots.append(save(erasure, folder, "10-dialog-erase-fingerprints"))
    erasure.done(QDialog.DialogCode.Rejected)  # shown, not done
    return shots + _addition_asked(search, folder)


def _addition_asked(search: Any, folder: Path) -> list[Path]:
    """*Privacy and consent...* again, then *Add fingerprints...*: the fingers with no print
    on file, one captured, who agreed chosen; shown, not confirmed."""
    adding = _opened_from_consent(search, "add_button", "add_fingers_dialog")
    if adding is None:
        return []
    adding.capture.capture_selected()
    wait_until(lambda: bool(adding.captured()))
    return [_agreed_and_shown(adding, folder, "10-dialog-add-fingerprints"),
            *_replacement_asked(search, folder)]


def _replacement_asked(search: Any, folder: Path) -> list[Path]:
    """*Privacy and consent...* again, then *Replace fingerprints...*: the fingers on file,
    the right index captured again and ticked, a reason, who agreed; shown, not confirmed."""
    from station.capture.base import Finger

    replacing = _opened_from_consent(search, "replace_button", "replace_fingers_dialog")
    if replacing is None:
        return []
    replacing.capture.select(Finger.RIGHT_INDEX)
    replacing.capture.capture_selected()
    wait_until(lambda: bool(replacing.captured()))
    box = replacing.replace_boxes.get(Finger.RIGHT_INDEX)
    if box is not None:
        box.setChecked(True)
    replacing.reason.setText("the hospital's finger check fails: the print is smeared")
    return [_agreed_and_shown(replacing, folder, "10-dialog-replace-fingerprints")]


def _opened_from_consent(search: Any, button: str, dialog: str) -> Any:
    """*Privacy and consent...*, then its ``button``, which closes it and opens the search
    page's ``dialog``: that dialog, or None when the button is off."""
    search.consent_button.click()
    consent = getattr(search, "consent_dialog", None)
    if consent is None or not getattr(consent, button).isEnabled():
        return None
    getattr(consent, button).click()
    return getattr(search, dialog, None)


def _agreed_and_shown(dialog: Any, folder: Path, name: str) -> Path:
    """The person agreeing themselves, the dialog saved as ``name``, then closed unconfirmed."""
    dialog.agreed.setCurrentIndex(dialog.agreed.findData("self"))
    settle()
    shot = save(dialog, folder, name)
    dialog.done(QDialog.DialogCode.Rejected)
    return shot


def _demo_list(station: Any, path: Path) -> None:
    """A programme's own list as one arrives at an office: the child benefit's first dozen
    members (one name misspelled, some with the birth year only, one on two lines), the
    head who died this week, two children no one registered, and a date no one can read."""
    import sqlalchemy as sa

    from station.registry.models import Person, ProgrammeMembership

    with station.reading() as session:
        rows = session.execute(
            sa.select(Person.latin_name, Person.sex, Person.birth_date, Person.village_code)
            .join(ProgrammeMembership, ProgrammeMembership.person_id == Person.id)
            .where(ProgrammeMembership.programme_code == "CHILD_BENEFIT")
            .order_by(Person.id).limit(12)).all()
        dead = session.execute(
            sa.select(Person.latin_name, Person.sex, Person.birth_date, Person.village_code)
            .where(Person.died_on.is_not(None)).order_by(Person.id).limit(1)).all()
    lines = ["Beneficiary ID;Name;Sex;Date of birth;Village code"]
    for n, (name, sex, born, village) in enumerate([*rows, *dead, rows[0]], start=1):
        name = name + "h" if n == 2 else name  # a letter more, as the programme typed it
        day = str(born.year) if n % 3 == 0 else born.strftime("%d/%m/%Y")
        lines.append(f"CB-{n:04d};{name};{sex};{day};{village}")
    lines += ["CB-0101;Yim Sreyleak;F;2019-02-12;", "CB-0102;Touch Rachana;F;2021-07-30;",
              "CB-0103;Meas Kosal;M;31/02/2018;"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _list_checked(window: QWidget, station: Any, supervisor: Any, folder: Path, tmp: Path,
                  now: dt.datetime) -> list[Path]:
    """The supervisor's *Check a programme's list...*: its dialog with a list chosen, and the
    report it writes (the same call the dialog's Check makes, without the worker)."""
    from station.services.list_check import check_programme_list
    from station.views.list_check_dialog import ListCheckDialog
    from station.views.report_words import report_localiser

    path = tmp / "child-benefit-payroll-2026-11.csv"
    _demo_list(station, path)
    dialog = ListCheckDialog(station.settings.today(now), [
        ("CHILD_BENEFIT", "Child benefit")], tmp, window)
    dialog.path.setText(str(path))
    dialog.show()
    shots = [save(dialog, folder, "45-dialog-check-list")]
    dialog.done(QDialog.DialogCode.Rejected)
    done = check_programme_list(station, path, programme="CHILD_BENEFIT", by=supervisor,
                                now=now, localise=report_localiser())
    shots.append(Path(shutil.copyfile(done.path, folder / "45-report-list-check.pdf")))
    return shots


def take_screenshots(folder: Path, language: str = "en",
                     now: dt.datetime | None = None) -> list[Path]:
    """Run the tour in a throw-away registry and return the PNGs written to ``folder``."""
    assert isinstance(QApplication.instance(), QApplication)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sws-tour-") as tmp:
        return _tour(folder, Path(tmp), language, now or TOUR_TIME)


def _tour(folder: Path, tmp: Path, language: str, now: dt.datetime) -> list[Path]:
    from station.capture.demo import DemoScanner
    from station.model.ui_demo import demo_card_dump, demo_pki, demo_station, demo_verifier
    from station.model.ui_services import StationServices
    from station.views.auditor import AuditorPage
    from station.views.clerk.capture import UnavailableDialog
    from station.views.hospital import HospitalPage
    from station.views.services import CasePlanPanel, PaymentsPanel, ProgrammesPanel
    from station.views.supervisor import SupervisorPage

    demo = demo_station(tmp / "registry", now=now, households=400)
    pki = demo_pki(now)
    ctx = StationContext(station_name="DEMO Kampong Cham SWS office",
                         station_id="demo-office-1", scanner=DemoScanner(person_seed=1),
                         services={"station": StationServices(demo.station),
                                   "cards": demo_verifier(
                                       pki, now, revoked=("0000DEAD",),
                                       template_key=demo.station.settings.card_template_key_file)},
                         clock=lambda: now, output_dir=tmp / "receipts", demo=True)
    apply_language(language)
    window = MainWindow(ctx, language=language)
    window.resize(*SIZE)
    window.show()
    saved: list[Path] = []
    window.login.username.setText("demo-clerk")
    window.login.password.setText("password")
    saved.append(save(window, folder, "01-sign-in"))
    window.refresh_sync()
    window.start_session(OperatorSession("demo-supervisor", "supervisor",
                                         "Sok Chenda (DEMO)", operator=demo.supervisor))

    clerk = window.page(Mode.CLERK)
    assert isinstance(clerk, ClerkPage)
    window.switch_to(Mode.CLERK)
    clerk.search.query.setText("Sok")
    clerk.search.search()
    wait_until(lambda: bool(clerk.search.status.text())
               and not clerk.search.status.text().endswith("..."))
    saved.append(save(window, folder, "10-clerk-search"))
    clerk.search.correct_button.click()  # the first person found, a supervisor signed in
    correction = getattr(clerk.search, "correction_dialog", None)
    if correction is not None:
        correction.latin_name.setText("Chan Sokhar")
        correction.reason.setText("typed wrongly at enrolment; birth certificate seen")
        settle()
        saved.append(save(correction, folder, "10-dialog-correct-details"))
        correction.done(QDialog.DialogCode.Rejected)
    clerk.search.household_button.click()  # the same person's household, a supervisor's
    household = getattr(clerk.search, "household_dialog", None)
    if household is not None:
        if household.start_choice.isEnabled():  # a son leaving to start his own household
            household.start_choice.setChecked(True)
            household.tick(household.person_id)
        household.reason.setText("married, own house (commune letter 12/2026)")
        settle()
        saved.append(save(household, folder, "10-dialog-household"))
        household.done(QDialog.DialogCode.Rejected)
    clerk.search.consent_button.click()  # a demo person, registered before consent was asked
    consent = getattr(clerk.search, "consent_dialog", None)
    if consent is not None:
        consent.agreed.setCurrentIndex(consent.agreed.findData("self"))
        consent.record_button.click()  # what the registry holds about them, on paper
        wait_until(lambda: consent.record_button.isEnabled(), 60.0)
        settle()
        saved.append(save(consent, folder, "10-dialog-consent-again"))
        consent.done(QDialog.DialogCode.Rejected)
        if clerk.search.record_given is not None:
            saved.append(Path(shutil.copyfile(clerk.search.record_given,
                                              folder / "10-person-record.pdf")))
    clerk.search.new_button.click()
    clerk.person.fill(dict(DEMO_PERSON, birth_date="2031-04-12"))
    clerk.next_button.click()
    saved.append(save(window, folder, "11-clerk-form-error"))
    clerk.person.fill(DEMO_PERSON)
    saved.append(save(window, folder, "12-clerk-form"))
    clerk.person.notice_button.click()  # read to the person before the prints are taken
    if clerk.person.notice is not None:
        saved.append(save(clerk.person.notice, folder, "12-dialog-privacy-notice"))
        clerk.person.notice.done(0)
    clerk.next_button.click()
    capture_two(clerk)
    dialog = UnavailableDialog(Finger.LEFT_LITTLE, window)
    dialog.note.setText("old injury")
    dialog.show()
    saved.append(save(dialog, folder, "14-dialog-finger-not-available"))
    dialog.done(QDialog.DialogCode.Accepted)
    clerk.capture.mark_unavailable(Finger.LEFT_LITTLE, dialog.reason_text())
    clerk.capture.select(Finger.RIGHT_INDEX)
    saved.append(save(window, folder, "13-clerk-capture"))
    templates = {int(c.finger): c.template.to_iso19794_2(int(c.finger))
                 for c in clerk.capture.sheet.accepted()}
    clerk.next_button.click()
    wait_until(lambda: clerk.dedup.result is not None or "rror" in clerk.dedup.banner.text())
    saved.append(save(window, folder, "15-clerk-no-duplicate"))
    clerk.next_button.click()
    wait_until(clerk.programmes.confirm_button.isEnabled)
    saved.append(save(window, folder, "16-clerk-programmes"))
    clerk.programmes.confirm()
    wait_until(lambda: clerk.programmes.done or "rror" in clerk.programmes.status.text())
    clerk.next_button.click()
    saved.append(save(window, folder, "17-clerk-card"))
    clerk.next_button.click()
    wait_until(lambda: clerk.receipt is not None)  # the record is read in a worker
    clerk.save_receipt()
    saved.append(save(window, folder, "18-clerk-receipt"))
    for pdf in (tmp / "receipts").glob("receipt-*.pdf"):
        saved.append(Path(shutil.copyfile(pdf, folder / "18-clerk-receipt.pdf")))

    first_household = clerk.household_id
    first_person = getattr(clerk.dedup.result, "person_id", None)
    clerk.restart()  # the demo scanner moves on to a new synthetic person...
    if first_person is not None:
        saved.extend(_erasure_asked(clerk.search, first_person, folder))
    clerk.capture.demo_person.setValue(1)  # ...but the first one comes back (new touches)
    clerk.search.new_button.click()
    clerk.person.fill(dict(DEMO_PERSON, local_name="ដារា សុខ", latin_name="Dara Sok",
                           birth_date="1959-01-01"))
    clerk.next_button.click()
    capture_two(clerk)
    clerk.next_button.click()
    wait_until(lambda: clerk.dedup.result is not None or "rror" in clerk.dedup.banner.text())
    saved.append(save(window, folder, "19-clerk-duplicate"))
    if clerk.dedup.decision.isVisible():
        clerk.dedup.decision.different_button.click()
        wait_until(lambda: not clerk.dedup.busy)  # any language: not the banner's words

    window.switch_to(Mode.HOSPITAL)
    hospital = window.page(Mode.HOSPITAL)
    assert isinstance(hospital, HospitalPage)
    verifier = ctx.services["cards"]
    good = demo_card_dump(pki, serial="0A0B0C0D", templates=templates, now=now)
    hospital.show_outcome(verifier.verify_dump(good, now=now, source="DEMO card"))
    hospital.check_finger()
    hospital.wait()  # the finger check (the result's words depend on the language)
    settle()  # the check's answer delivered: the visit can be recorded
    hospital.record_visit()  # the visit, listed under the check
    wait_until(lambda: hospital.visits.table.rowCount() > 0, timeout_s=30)
    hospital.wait()
    settle()
    saved.append(save(window, folder, "20-hospital-valid"))
    lost = demo_card_dump(pki, serial="0000DEAD", templates=templates, now=now)
    hospital.show_outcome(verifier.verify_dump(lost, now=now, source="DEMO card"))
    saved.append(save(window, folder, "21-hospital-revoked"))

    window.switch_to(Mode.AUDITOR)
    auditor = window.page(Mode.AUDITOR)
    assert isinstance(auditor, AuditorPage)
    dumps = tmp / "dumps"
    dumps.mkdir()
    (dumps / "card-0A0B0C0D.json").write_text(good.to_json())
    (dumps / "card-0000DEAD.json").write_text(lost.to_json())
    other = demo_card_dump(demo_pki(now), serial="0C0FFEE0", templates=templates, now=now)
    (dumps / "card-0C0FFEE0.json").write_text(other.to_json())
    auditor.verify_folder(dumps)
    wait_until(lambda: auditor.table.rowCount() == 3)
    auditor.verify_audit()
    auditor.wait()
    settle()
    auditor.show_events()
    wait_until(lambda: auditor.events.rowCount() > 0 or "rror" in auditor.events_status.text())
    saved.append(save(window, folder, "30-auditor"))

    # the case above was opened by demo-supervisor at the counter: a supervisor may not
    # decide their own, so the second supervisor signs in to review it
    window.start_session(OperatorSession("demo-supervisor-2", "supervisor", "Kim Rith (DEMO)",
                                         operator=demo.second_supervisor))
    window.switch_to(Mode.SUPERVISOR)
    window.wait()  # the header's queue length, read again on the switch
    supervisor = window.page(Mode.SUPERVISOR)
    assert isinstance(supervisor, SupervisorPage)
    supervisor.refresh()
    supervisor.wait()  # the reload the switch started, and this one: the buttons follow it
    settle()
    wait_until(lambda: bool(supervisor.totals.text()))
    if supervisor.table.rowCount():
        select_row(supervisor.table, 0)
    settle()
    saved.append(save(window, folder, "40-supervisor"))
    if supervisor.compare_button.isEnabled():  # the case the clerk decided above
        supervisor.compare_button.click()
        wait_until(lambda: supervisor.prints_dialog is not None)
        settle()
        saved.append(save(supervisor.prints_dialog, folder, "43-dialog-compare-prints"))
        supervisor.prints_dialog.done(QDialog.DialogCode.Rejected)
    from station.views.backup_dialog import BackupDialog

    backup = BackupDialog(Path("/media/usb-stick"), window)
    backup.passphrase.setText("a passphrase")
    backup.again.setText("a passphrase")
    backup.show()
    saved.append(save(backup, folder, "42-dialog-backup"))
    backup.done(QDialog.DialogCode.Rejected)
    saved += _report_saved(window, supervisor, demo.station, folder, now, "44")

    _head_died(demo.station, demo.supervisor, now)
    saved += _list_checked(window, demo.station, demo.supervisor, folder, tmp, now)
    for mode, prefix in ((Mode.CLERK, "50-clerk"), (Mode.SUPERVISOR, "41-supervisor")):
        if mode is Mode.SUPERVISOR:  # after the clerk's tabs, which show that household
            _card_outdated(demo.station, demo.supervisor, now)
        window.switch_to(mode)
        tabs = window.mode_widgets[mode]
        if isinstance(tabs, QTabWidget):
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                panel = tabs.widget(index)
                if first_household and isinstance(panel, ProgrammesPanel):
                    panel.set_household(first_household)  # the household enrolled above
                elif isinstance(panel, PaymentsPanel):
                    # the person enrolled above pays nothing (a pension): a demo member who
                    # paid contributions, with a statement and its history
                    paying = _paying_membership(demo.station)
                    if paying:
                        panel.set_membership(paying)
                elif isinstance(panel, CasePlanPanel) and first_person:
                    panel.set_person(str(first_person))  # as opened from the search
                settle()  # a page that reads its rows when shown starts its worker here
                runner = getattr(panel, "runner", None) or getattr(panel, "_runner", None)
                if runner is not None:
                    wait_until(lambda runner=runner: not runner.busy)  # type: ignore[misc]
                settle(100)  # the rows in, the header's columns sized to them
                saved.append(save(window, folder, f"{prefix}-{panel_file_name(panel, index)}"))
                if isinstance(panel, PaymentsPanel) and panel.statement.text():
                    saved += _payment_taken(window, panel, folder)
            tabs.setCurrentIndex(0)

    for code in ("km", "id", "ur"):
        window.set_language(code)
        window.switch_to(Mode.CLERK)
        page = window.page(Mode.CLERK)
        assert isinstance(page, ClerkPage)
        page.search.new_button.click()
        page.person.fill(DEMO_PERSON)
        saved.append(save(window, folder, f"90-language-{code}"))
        if code == "km":  # a supervisor's report at a Khmer desk: in Khmer, columns aligned
            saved += _report_saved(None, supervisor, demo.station, folder, now, "90-language-km")
    window.set_language(language)
    window.close()
    QTimer.singleShot(0, lambda: None)
    settle()
    demo.station.close()
    return saved
