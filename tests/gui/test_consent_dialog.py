"""The clerk asks a registered person for their consent again from the search: the button is
marked when it is due (a new privacy notice here), the dialog shows what is on file, why to
ask and the notice in force, refuses inside itself what enrolment would refuse, and the
answer goes to the audit trail and the centre; marked no more afterwards."""

from __future__ import annotations

import datetime as dt
from typing import Any

import cbor2
import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from station.model import consent as consent_module
from station.model.consent import CAME_OF_AGE, Notice, OnFile, privacy_notice
from station.model.ui_context import StationContext
from station.registry.base import OUTBOX
from station.views import consent_dialog
from station.views.consent_dialog import ConsentDialog
from tests.gui.conftest import FIXED_NOW
from tests.gui.test_deaths import _person, _search

pytestmark = pytest.mark.gui


def _updates(station: Any) -> list[dict[str, Any]]:
    with station.reading() as s:
        return [cbor2.loads(p) for (p,) in s.execute(
            sa.select(OUTBOX.c.payload).where(OUTBOX.c.kind == "person_update"))]


def test_a_new_notice_marks_the_person_and_the_clerk_records_their_consent(
        qtbot: QtBot, live_ctx: StationContext, station: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _person(station)  # agreed after the notice delivered with the station
    page = _search(qtbot, live_ctx, station, "clerk1")
    page.table.selectRow(0)
    assert page.consent_button.isVisible() and page.consent_button.isEnabled()
    assert page.consent_button.icon().isNull()  # the consent on file stands
    newer = Notice("2099-01", {"en": "The new notice, read to the person."})
    for module in (consent_module, consent_dialog):  # the notice in force: a new one
        monkeypatch.setattr(module, "privacy_notice", lambda: newer)
    page.table.clearSelection()
    page.table.selectRow(0)
    assert not page.consent_button.icon().isNull()  # due: the clerk asks now
    page.consent_button.click()
    dialog = page.consent_dialog
    assert dialog is not None and dialog.isVisible()
    try:
        assert "the person agreed after privacy notice" in dialog.findChild(
            type(dialog.due), "consentOnFile").text()
        assert "the privacy notice has changed since (now version 2099-01)" in \
            dialog.due.text()
        assert dialog.notice.toPlainText() == "The new notice, read to the person."
        dialog.ok.click()  # nobody chosen
        assert dialog.isVisible() and "choose who agreed" in dialog.error.text()
        dialog.agreed.setCurrentIndex(dialog.agreed.findData("guardian"))
        dialog.ok.click()  # a guardian, unnamed
        assert dialog.isVisible() and "Name the parent or guardian" in dialog.error.text()
        dialog.agreed.setCurrentIndex(dialog.agreed.findData("self"))
        dialog.ok.click()
    finally:
        if dialog.isVisible():
            dialog.reject()
    qtbot.waitUntil(lambda: "Consent recorded for" in page.status.text(), timeout=10000)
    assert "(privacy notice 2099-01)" in page.status.text()
    updates = _updates(station)
    assert len(updates) == 1 and updates[0]["fields"] == ["consent"]
    assert updates[0]["demographics"]["consent"]["notice"] == "2099-01"
    qtbot.waitUntil(lambda: page.consent_button.isEnabled(), timeout=10000)
    assert page.consent_button.icon().isNull()  # asked: marked no more


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_a_child_does_not_agree_alone_and_every_alt_letter_is_the_dialogs_own(
        qtbot: QtBot, language: str) -> None:

    from station.i18n import apply_language
    from tests.gui.test_first_day_gui import dialog_alt_letters

    apply_language(language)
    on_file = OnFile({"given_by": "guardian", "notice": privacy_notice().version,
                      "guardian": "Chan Sophea"},
                     dt.date(2026, 11, 22), CAME_OF_AGE)
    child = ConsentDialog("Chan Nita", dt.date(2015, 6, 1), FIXED_NOW.date(), on_file)
    qtbot.addWidget(child)  # never shown
    try:
        letters = dialog_alt_letters(child)
        assert len(letters) == len(set(letters)), letters
        assert child.due.text() and child.due.styleSheet()  # said, in bold
        child.agreed.setCurrentIndex(child.agreed.findData("self"))
        child.ok.click()  # 11 years old
        assert child.result() == 0 and child.error.text()
        assert not child.guardian.isEnabled()
        child.agreed.setCurrentIndex(child.agreed.findData("guardian"))
        assert child.guardian.isEnabled() and not child.error.text()
        child.guardian.setText("Chan Sophea")
        child.ok.click()  # the same guardian after the same notice: already on file
        assert child.result() == 0 and child.error.text()
    finally:
        apply_language("en")


def test_the_privacy_dialog_gives_the_person_their_record_on_paper(
        qtbot: QtBot, live_ctx: StationContext, station: Any) -> None:
    """The notice says "you may see your record": its dialog writes what the registry
    holds about the person as a PDF (in the records folder, in the audit trail) and says
    where; the dialog stays open to record a consent after."""
    import subprocess
    from pathlib import Path

    from station.registry.models import AuditEvent

    person_id = _person(station)
    page = _search(qtbot, live_ctx, station, "clerk1")
    page.table.selectRow(0)
    page.consent_button.click()
    dialog = page.consent_dialog
    assert dialog is not None and dialog.isVisible()
    try:
        dialog.record_button.click()
        qtbot.waitUntil(lambda: "Saved as" in dialog.record_said.text(), timeout=20000)
        assert dialog.record_button.isEnabled() and dialog.isVisible()
    finally:
        dialog.reject()
    [path] = (Path(station.settings.data_dir) / "records").glob("record-*.pdf")
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "What the registry holds about you" in text and person_id in text
    with station.reading() as s:
        given = s.scalars(sa.select(AuditEvent.subject_id).where(
            AuditEvent.action == "person.record_given")).all()
    assert given == [person_id]
