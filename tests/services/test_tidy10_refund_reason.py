"""A credit refund that withdraws a membership a death kept (it never ran) codes the
withdrawal as every other withdrawal is coded.

Before, when the death had been undone since, the clerk's free words ("death recorded by
mistake") became the ``programme.withdraw`` reason: sent to the centre in the
``programme_registration`` item and shown untranslated on the auditor's page, which words
reasons by code. The death is why it never ran: the withdrawal is ``holder deceased``, and
the clerk's words stay on the refund (its ``contribution.refund`` detail)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import sqlalchemy as sa

from station.model.deaths import record_death, undo_death
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.models import AuditEvent
from station.services import memberships, payments
from tests.services._db import outbox_items
from tests.services.conftest import NOW, TODAY, Family
from tests.services.test_refund10_refunds import START, _paid_not_begun

DAY = dt.timedelta(days=1)
WORDS = "death recorded by mistake; the son came"


def _details(station: Station, subject_id: str, action: str) -> list[dict[str, object]]:
    with station.reading() as session:
        rows = session.scalars(sa.select(AuditEvent.details).where(
            AuditEvent.subject_id == subject_id, AuditEvent.action == action)
            .order_by(AuditEvent.seq)).all()
    return [json.loads(d) for d in rows]


@pytest.mark.parametrize("undone", [True, False], ids=["death-undone", "death-stands"])
def test_the_withdrawal_of_a_kept_membership_is_coded_and_the_words_stay_on_the_refund(
        station: Station, family: Family, clerk: OperatorInfo, supervisor: OperatorInfo,
        undone: bool) -> None:
    kept = _paid_not_begun(station, family, clerk)
    record_death(station, family.mother, died_on=TODAY, source="certificate 1/2026",
                 by=supervisor, now=NOW)
    if undone:
        undo_death(station, family.mother, reason="another Sok", by=supervisor, now=NOW)
    later = dt.datetime.combine(START + 5 * DAY, NOW.timetz())
    done = payments.refund_credit(station, kept, confirmed_minor=4500, reason=WORDS,
                                  operator=clerk, now=later)
    assert done.withdrawn is not None
    assert done.withdrawn.reason == payments.DECEASED

    (withdraw,) = _details(station, kept, "programme.withdraw")
    assert withdraw["reason"] == payments.DECEASED
    (refund,) = _details(station, done.refund_id, "contribution.refund")
    assert refund["reason"] == WORDS

    items = {i["payload"]["action"]: i["payload"] for i in outbox_items(station)
             if i["record_id"] in (kept, done.refund_id)}
    assert items["programme.withdraw"]["reason"] == payments.DECEASED
    assert items["programme.withdraw"]["withdrawn"] is True
    assert items["contribution.refund"]["reason"] == WORDS

    # read back from the trail, the membership ended for the death (a coded reason)
    with station.reading() as session:
        assert memberships.end_reasons(session, [kept]) == {kept: payments.DECEASED}
