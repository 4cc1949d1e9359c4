"""Desk 9 at the auditor's desk: the ``demo.populate`` event names what it added in words
(and in the desk's language), not by the summary's keys (assessments, case_items...)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from pytestqt.qtbot import QtBot

from station.i18n import apply_language
from station.model.audit_log import AuditRow
from station.model.ui_context import StationContext
from station.model.ui_session import OperatorSession
from station.services.demo import DemoSummary
from station.views.auditor import AuditorPage

pytestmark = pytest.mark.gui

AT = dt.datetime(2026, 11, 22, 9, 30, tzinfo=dt.UTC)
# what populate writes as the event's details, a count for each kind of row
SUMMARY = dataclasses.replace(DemoSummary(seed=7), households=3, persons=12, assessments=3,
                              memberships=9, declined=2, payments=4, cards=5,
                              duplicates_prevented=1, cases=2, case_items=6,
                              grievances=1).as_dict()


def _said(qtbot: QtBot, ctx: StationContext) -> str:
    page = AuditorPage(ctx, OperatorSession("aud", "auditor"))
    qtbot.addWidget(page)
    page._on_events([AuditRow(seq=1, at=AT, operator="super", station_id="s1",
                              action="demo.populate", subject_type="registry",
                              subject_id="demo-seed-7", details=SUMMARY)])
    item = page.events.item(0, page.events.columnCount() - 1)
    assert item is not None
    return item.text()


def test_the_demo_event_names_its_counts_in_words(qtbot: QtBot, ctx: StationContext) -> None:
    assert _said(qtbot, ctx) == (
        "assessments: 3 · cards: 5 · case plan items: 6 · cases: 2 · programmes declined: 2 · "
        "duplicates prevented: 1 · grievances: 1 · households: 3 · memberships: 9 · "
        "payments: 4 · people: 12 · demo seed: 7")


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_the_demo_event_reads_in_the_desks_language(qtbot: QtBot, ctx: StationContext,
                                                    language: str) -> None:
    apply_language(language)
    said = _said(qtbot, ctx)
    for key in SUMMARY:
        assert re.search(rf"(?<![\w]){key}:", said) is None, (key, said)
