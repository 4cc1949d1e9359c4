"""Review of the refund-and-withdraw merge (refund10): what the money trail must still hold
now that a payment no longer has a foreign key to its membership."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from station.config import load_settings
from station.model.operators import OperatorInfo, create_operator, login
from station.model.station import Station
from station.services import memberships, payments
from station.services.errors import MembershipWithdrawn
from tests.services.conftest import (
    NOW,
    PASSWORD,
    STATION_ID,
    Family,
    make_family,
    make_station,
)
from tests.services.test_refund10_refunds import _paid_not_begun


@pytest.fixture
def pg_station(tmp_path: Path, new_database_url: Callable[[], str]) -> Iterator[Station]:
    """A registry on a real PostgreSQL server (where two desks really run at once)."""
    st = make_station(load_settings({"SWS_HOME": str(tmp_path), "SWS_STATION_ID": STATION_ID,
                                     "SWS_DATABASE_URL": new_database_url()}))
    yield st
    st.close()


def _pg_clerk(station: Station) -> OperatorInfo:
    boss = login(station, "super", PASSWORD, now=NOW)
    return create_operator(station, username="clerk1", full_name="Chan Clerk", role="clerk",
                           password=PASSWORD, now=NOW, by=boss)


def _waiting_on_a_lock(station: Station) -> bool:
    with station.engine.connect() as conn:
        return bool(conn.scalar(sa.text(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND datname = current_database()")))


def _desk_b_meanwhile(station: Station, desk_a: sa.Connection,
                      call: Callable[[], object]) -> object:
    """Desk B runs ``call`` while desk A's transaction (``desk_a``, its writes made, not
    committed) holds its locks: A commits once B waits on one (or B is done); what B was
    told comes back (its answer or its error)."""
    outcome: list[object] = []

    def desk_b() -> None:
        try:
            outcome.append(call())
        except Exception as err:  # the test reads what B was told
            outcome.append(err)

    b = threading.Thread(target=desk_b)
    b.start()
    while b.is_alive() and not _waiting_on_a_lock(station):
        b.join(0.05)
    desk_a.commit()
    b.join()
    (told,) = outcome
    return told


@pytest.mark.postgres
def test_a_payment_at_another_desk_during_a_refund_is_refused_not_orphaned(
        pg_station: Station) -> None:
    """Desk A is refunding and withdrawing the membership (its transaction holds the row and
    has written the refund); desk B takes a payment towards it at the same moment. Without
    the foreign key nothing stopped B: its payment went in against a membership that was
    gone, money held for nothing and counted nowhere. B now waits for A and is told the
    membership was withdrawn and refunded; no payment is written."""
    station = pg_station
    family: Family = make_family(station)
    clerk = _pg_clerk(station)
    membership = _paid_not_begun(station, family, clerk)
    with station.engine.connect() as desk_a:  # the refund's own writes, not yet committed
        desk_a.execute(sa.text("SELECT id FROM programme_membership WHERE id = :m FOR UPDATE"),
                       {"m": membership})
        desk_a.execute(sa.text(
            "INSERT INTO contribution_payment (id, membership_id, amount_minor, currency, "
            "receipt_no, paid_at, station_id) VALUES ('refund-a', :m, -4500, 'XSP', "
            "'station-demo-1-20261122-R00001', :at, :st)"),
            {"m": membership, "at": NOW.replace(tzinfo=None), "st": STATION_ID})
        desk_a.execute(sa.text("UPDATE eligibility_decision SET membership_id = NULL "
                               "WHERE membership_id = :m"), {"m": membership})
        desk_a.execute(sa.text("DELETE FROM programme_membership WHERE id = :m"),
                       {"m": membership})
        told = _desk_b_meanwhile(station, desk_a, lambda: payments.record_payment(
            station, membership, 100, operator=clerk, now=NOW))
    assert isinstance(told, MembershipWithdrawn), told
    with station.reading() as session:
        assert memberships.paid_towards(session, membership) == 0
    assert [p.amount_minor for p in payments.payment_history(station, membership)] == [
        1500, 3000, 4500]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def both(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Station]:
    """A registry on SQLite and on a real PostgreSQL server."""
    env = {"SWS_HOME": str(tmp_path), "SWS_STATION_ID": STATION_ID}
    if request.param == "postgresql":
        env["SWS_DATABASE_URL"] = request.getfixturevalue("new_database_url")()
    st = make_station(load_settings(env))
    yield st
    st.close()


def _payments_on_file(station: Station) -> list[tuple[str, int]]:
    with station.engine.connect() as conn:
        return [(r[0][-6:], r[1]) for r in conn.execute(sa.text(
            "SELECT receipt_no, amount_minor FROM contribution_payment ORDER BY receipt_no"))]


def test_pay01_goes_back_and_forth_with_payments_on_both_backends(both: Station) -> None:
    """Payments only (no refund): pay01 goes down (the foreign key and the old check come
    back) and up again, every payment kept as it was."""
    from alembic import command

    from station.registry.migrate import alembic_config, current_revision, head_revision

    clerk = _pg_clerk(both)
    _paid_not_begun(both, make_family(both), clerk)
    before = _payments_on_file(both)
    command.downgrade(alembic_config(both.engine), "mem01")
    assert current_revision(both.engine) == "mem01"
    assert _payments_on_file(both) == before
    command.upgrade(alembic_config(both.engine), "head")
    assert current_revision(both.engine) == head_revision()
    assert _payments_on_file(both) == before


def test_pay01_down_stops_on_refunds_in_one_line_and_keeps_them(both: Station) -> None:
    """A refund (a negative row) and the payments of the membership it withdrew cannot go
    back under the old constraints: the downgrade stops with one sentence that says why and
    how many, the registry stays at pay01 with every row, instead of a database error about
    a CHECK or FOREIGN KEY constraint."""
    from alembic import command

    from station.errors import IntegrityFailure
    from station.registry.migrate import alembic_config, current_revision, head_revision

    clerk = _pg_clerk(both)
    membership = _paid_not_begun(both, make_family(both), clerk)
    payments.refund_and_withdraw(both, membership, reason="moved", operator=clerk, now=NOW)
    before = _payments_on_file(both)
    with pytest.raises(IntegrityFailure) as stopped:
        command.downgrade(alembic_config(both.engine), "mem01")
    said = str(stopped.value)
    assert "\n" not in said and "1 refund" in said and "3 payment" in said, said
    # pay02 (64-bit amounts) and those after it went down first: SQLite kept those steps,
    # PostgreSQL undid the whole run (one transaction); pay01 stands either way
    assert current_revision(both.engine) in ("pay01", "pay02", head_revision())
    assert _payments_on_file(both) == before


def test_a_refund_gives_back_the_amount_confirmed_or_nothing(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    """The clerk confirmed "give back 4,500"; meanwhile another desk took 100 more towards
    the membership. The refund wrote 4,600 on the receipt while the clerk handed over the
    4,500 asked about: the books and the cash drawer disagreed. A refund made with the
    amount confirmed now gives back exactly that, or nothing (a typed refusal with both
    amounts, the membership still on file), and the clerk asks again."""
    from station.services.errors import RefundChanged

    membership = _paid_not_begun(station, family, clerk)
    quote = payments.refundable(station, membership, today=NOW.date())
    payments.record_payment(station, membership, 100, operator=clerk, now=NOW)  # desk B
    with pytest.raises(RefundChanged) as changed:
        payments.refund_and_withdraw(station, membership, reason="moved", operator=clerk,
                                     now=NOW, confirmed_minor=quote.amount_minor)
    assert (changed.value.confirmed_minor, changed.value.paid_minor) == (4500, 4600)
    assert "\n" not in str(changed.value)
    assert [p.refund for p in payments.payment_history(station, membership)] == [
        False, False, False]
    again = payments.refundable(station, membership, today=NOW.date())
    done = payments.refund_and_withdraw(station, membership, reason="moved", operator=clerk,
                                        now=NOW, confirmed_minor=again.amount_minor)
    assert done.amount_minor == 4600


def test_an_undone_death_leaves_the_refund_to_the_living(
        station: Station, family: Family, clerk: OperatorInfo,
        supervisor: OperatorInfo) -> None:
    """A death recorded by mistake kept the paid membership (ended on its start date) as
    owed to the family; undone, it is owed to nobody's family any more, and while its start
    date is ahead it is refunded with a clerk's reason (not the death's), as the undo's
    docstring says."""
    from station.model.deaths import record_death, undo_death
    from station.services.errors import NotInList

    kept = _paid_not_begun(station, family, clerk)
    record_death(station, family.mother, died_on=NOW.date(), source="certificate 1/2026",
                 by=supervisor, now=NOW)
    undo_death(station, family.mother, reason="another Sok", by=supervisor, now=NOW)
    assert memberships.refunds_owed(station, family.household_id) == []
    with pytest.raises(NotInList):
        payments.refund_and_withdraw(station, kept, reason=payments.DECEASED, operator=clerk,
                                     now=NOW)
    done = payments.refund_and_withdraw(station, kept, reason="own_request", operator=clerk,
                                        now=NOW)
    assert done.amount_minor == 4500 and not done.refundable.deceased


@pytest.mark.postgres
def test_two_desks_refunding_at_once_take_two_refund_numbers(pg_station: Station) -> None:
    """Desk A's refund (of another membership) has taken R00001 and not committed yet;
    desk B refunds the mother's at the same moment, counts the same day's refunds, takes
    R00001 too and waits on the unique receipt number. When A commits, B counts again (the
    retry loop payments have) and prints R00002: no refund is lost, no number is printed
    twice."""
    station = pg_station
    family: Family = make_family(station)
    clerk = _pg_clerk(station)
    membership = _paid_not_begun(station, family, clerk)
    with station.engine.connect() as desk_a:
        desk_a.execute(sa.text(
            "INSERT INTO contribution_payment (id, membership_id, amount_minor, currency, "
            "receipt_no, paid_at, station_id) VALUES ('refund-a', 'another-membership', "
            "-100, 'XSP', 'station-demo-1-20261122-R00001', :at, :st)"),
            {"at": NOW.replace(tzinfo=None), "st": STATION_ID})
        told = _desk_b_meanwhile(station, desk_a, lambda: payments.refund_and_withdraw(
            station, membership, reason="moved", operator=clerk, now=NOW))
    assert isinstance(told, payments.RefundReceipt), told
    assert told.receipt_no == "station-demo-1-20261122-R00002"
