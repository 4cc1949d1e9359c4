"""Walk 8 at the auditor's desk: an event's details say their values in words (decisions,
roles, fingers, yes/no, dates), not the codes the log stores; the tooltip keeps the codes."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pytestqt.qtbot import QtBot

from station.i18n import apply_language
from station.model.audit_log import AuditRow
from station.model.ui_context import StationContext
from station.model.ui_session import OperatorSession
from station.views.auditor import AuditorPage
from station.views.formats import short_date

pytestmark = pytest.mark.gui

AT = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC)


def _row(seq: int, action: str, details: dict[str, object]) -> AuditRow:
    return AuditRow(seq=seq, at=AT, operator="super", station_id="s1", action=action,
                    subject_type="x", subject_id="c6d6a72e-5469-482d-b51f-9d87530a1ef7",
                    details=details)


ROWS = [
    _row(1, "adjudication.decide", {"decision": "not_duplicate", "matched_person_id": None}),
    _row(2, "operator.create", {"role": "clerk", "username": "clerk1"}),
    _row(3, "programme.join", {"decision": "confirmed", "start_date": "2026-11-22"}),
    _row(4, "person.search", {"fingers": [2, 7]}),
    _row(5, "person.death", {"undone": True}),
    _row(6, "card.status", {"from": "issued", "to": "revoked"}),
]


def _details(qtbot: QtBot, ctx: StationContext) -> list[str]:
    page = AuditorPage(ctx, OperatorSession("aud", "auditor"))
    qtbot.addWidget(page)
    page._on_events(ROWS)
    column = page.events.columnCount() - 1
    items = [page.events.item(r, column) for r in range(page.events.rowCount())]
    return [item.text() for item in items if item is not None]


def test_the_details_say_values_in_words(qtbot: QtBot, ctx: StationContext) -> None:
    said = _details(qtbot, ctx)
    assert said[0] == "decision: not the same person · same person as: -"
    assert said[1] == "role: clerk · user name: clerk1"
    assert said[2] == f"decision: joined · first day: {short_date(dt.date(2026, 11, 22))}"
    assert said[3] == "fingers: Right index, Left index"
    assert said[4] == "withdrawn: yes"
    assert said[5] == "from: issued · to: revoked"


def test_a_khmer_auditor_reads_no_english_codes_in_the_values(
        qtbot: QtBot, ctx: StationContext) -> None:
    apply_language("km")
    said = _details(qtbot, ctx)
    for text, code in zip(said, ("not_duplicate", "clerk ", "confirmed", "Right", "True",
                                 "revoked"), strict=True):
        assert code not in text, text
    assert "បុគ្គលិកចុះឈ្មោះ" in said[1]  # the role in Khmer
    assert "2026-11-22" not in said[2]
    assert re.search(r"[a-z]{4,}", said[0]) is None, said[0]


def test_at_1024_the_details_are_on_screen_beside_a_long_subject_id(
        qtbot: QtBot, ctx: StationContext) -> None:
    """At 1024x700 in Khmer the subject's full 36-character id pushed the Details column,
    what the auditor reads, off the right edge: a horizontal scroll to see each event."""
    apply_language("km")
    page = AuditorPage(ctx, OperatorSession("aud", "auditor"))
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    page._on_events(ROWS)
    details = page.events.columnCount() - 1
    room = page.events.viewport().width() - page.events.columnViewportPosition(details)
    assert room >= page.events.fontMetrics().horizontalAdvance("0" * 30), room
    subject = page.events.item(0, 5)
    assert subject is not None and subject.toolTip() == ROWS[0].subject_id  # whole on hover


def test_a_khmer_auditor_reads_the_sync_and_visit_details_named_in_khmer(
        qtbot: QtBot, ctx: StationContext) -> None:
    """Every sync and every hospital visit wrote details named only by their English keys
    ('sent: 3 · pending: 0 · decisions_pulled: 1') at a Khmer desk."""
    apply_language("km")
    page = AuditorPage(ctx, OperatorSession("aud", "auditor"))
    qtbot.addWidget(page)
    page._on_events([
        _row(1, "sync.run", {"sent": 3, "pending": 0, "acknowledged": 3, "refused": 0,
                             "decisions_pulled": 1, "revoked_cards_new": 0}),
        _row(2, "service.use", {"facility": "", "finger_check": True, "issued_at": None,
                                "recorded_at": None, "recorded_by": None}),
        _row(3, "card.issue", {"serial": "", "replaces": [], "card_id": None}),
    ])
    column = page.events.columnCount() - 1
    for r in range(page.events.rowCount()):
        item = page.events.item(r, column)
        assert item is not None
        assert re.search("[A-Za-z]", item.text()) is None, item.text()
