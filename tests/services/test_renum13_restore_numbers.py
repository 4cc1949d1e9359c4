"""A station restored from an older backup never gives out a receipt number, refund voucher
or grievance reference a second time.

The laptop that broke at 15:00 had given out receipts after the 10:00 backup; the registry
restored from that backup did not know them, and counted the day's receipts again from where
the backup stood: two people held the same receipt number for different payments. Now the
office days from the backup's through the restore's are numbered from a block no earlier
installation used (``-01001``, ``-R01001``, ``-G1001``), and continue inside it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from station.config import load_settings
from station.model.backup import make_backup, restore_backup
from station.model.operators import OperatorInfo, create_operator, login
from station.model.station import Station
from station.registry.models_services import ContributionPayment, Grievance
from station.services import grievances, membership_lookup, payments
from station.services.errors import UnknownRecord
from sync.restored import FILE_NAME as RESTORE_FILE
from sync.restored import Restore
from sync.restored import save as save_marker
from tests.services.conftest import NOW, PASSWORD, STATION_ID, TODAY, Family, make_family
from tests.services.test_eighth_day_ops import _begins_later
from tests.services.test_memberships import _voluntary_membership

PASSPHRASE = "a long backup passphrase"
ZONE = ZoneInfo("Asia/Phnom_Penh")  # UTC+7: the office's day starts at 17:00 UTC
DAY = dt.timedelta(days=1)


def _at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """An instant in November 2026, UTC."""
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=dt.UTC)


def _pay(station: Station, membership: str, clerk: OperatorInfo, now: dt.datetime) -> str:
    return payments.record_payment(station, membership, 1500, operator=clerk,
                                   now=now).receipt_no


def _grievance(station: Station, clerk: OperatorInfo, now: dt.datetime) -> str:
    gid = grievances.intake(station, category="card", description="card does not read",
                            operator=clerk, now=now)
    return str(grievances.listing(station, grievance_id=gid)[0]["reference"])


def _refund(station: Station, membership: str, clerk: OperatorInfo, now: dt.datetime) -> str:
    return payments.refund_and_withdraw(station, membership, reason="moved", operator=clerk,
                                        now=now).receipt_no


@pytest.fixture
def places(tmp_path: Path) -> Iterator[list[Station]]:
    """The stations opened on other laptops, closed at the end."""
    opened: list[Station] = []
    yield opened
    for station in opened:
        station.close()


def _restored(tmp_path: Path, name: str, backup: Path, now: dt.datetime,
              opened: list[Station]) -> Station:
    """The station of ``backup`` restored on another laptop (``name``) at ``now``."""
    env = {"SWS_HOME": str(tmp_path / name), "SWS_TIME_ZONE": "Asia/Phnom_Penh"}
    restore_backup(load_settings(env), backup, PASSPHRASE, now=now)
    station = Station(load_settings(env), gallery_factory=lambda: None)
    opened.append(station)
    return station


def _backup(station: Station, tmp_path: Path, now: dt.datetime) -> Path:
    usb = tmp_path / f"usb-{now:%d%H%M}"
    usb.mkdir()
    return make_backup(station.settings, usb, PASSPHRASE, now=now, made_by="super").path


def test_numbers_after_a_restore_never_repeat_those_given_before_it(
        station: Station, family: Family, clerk: OperatorInfo, tmp_path: Path,
        places: list[Station]) -> None:
    """Office in Phnom Penh. Backup at 23:00 on the 22nd (office time); the laptop gives out
    receipts, a refund and a grievance until 00:30 on the 23rd, then breaks; the backup is
    restored at 01:30 on the 23rd. The 22nd and the 23rd are numbered from 1001 after it;
    the 24th, which no restore covers, from 1."""
    station.settings = dataclasses.replace(station.settings, office_zone=ZONE)
    membership = _voluntary_membership(station, family, clerk)
    _begins_later(station, membership, TODAY + 10 * DAY)  # so that it can be refunded
    given = [_pay(station, membership, clerk, NOW), _pay(station, membership, clerk, NOW),
             _grievance(station, clerk, NOW)]
    backup = _backup(station, tmp_path, _at(22, 16))  # 23:00 on the 22nd at the office
    given += [_pay(station, membership, clerk, _at(22, 16, 30)),  # 23:30 on the 22nd
              _pay(station, membership, clerk, _at(22, 17, 30)),  # 00:30 on the 23rd
              _grievance(station, clerk, _at(22, 17, 30)),
              _refund(station, membership, clerk, _at(22, 17, 30))]
    assert given[3:] == [f"{STATION_ID}-20261122-00003", f"{STATION_ID}-20261123-00001",
                         f"{STATION_ID}-20261123-G001", f"{STATION_ID}-20261123-R00001"]

    restored = _restored(tmp_path, "new-laptop", backup, _at(22, 18, 30), places)
    after = [_pay(restored, membership, clerk, _at(22, 19)),  # 02:00 on the 23rd
             _pay(restored, membership, clerk, _at(22, 19)),
             _grievance(restored, clerk, _at(22, 19)),
             _pay(restored, membership, clerk, _at(22, 16, 45))]  # a clock set back: 22nd
    next_day = [_pay(restored, membership, clerk, _at(24, 3)),
                _grievance(restored, clerk, _at(24, 3))]
    after.append(_refund(restored, membership, clerk, _at(22, 19, 30)))
    assert not set(after) & set(given)
    assert after == [f"{STATION_ID}-20261123-01001", f"{STATION_ID}-20261123-01002",
                     f"{STATION_ID}-20261123-G1001", f"{STATION_ID}-20261122-01001",
                     f"{STATION_ID}-20261123-R01001"]
    assert next_day == [f"{STATION_ID}-20261124-00001", f"{STATION_ID}-20261124-G001"]

    # the longer numbers are found as the shorter ones are, typed in any case
    assert payments.on_file(restored, after[0]).receipt_no == after[0]
    assert payments.on_file(restored, after[-1]).refund
    found = membership_lookup.find_memberships(restored, after[-1].lower(), today=TODAY)
    assert (found.by, found.memberships[0].membership_id) == ("receipt", membership)
    with pytest.raises(UnknownRecord) as unknown:
        membership_lookup.find_memberships(restored, f"{STATION_ID}-20261123-01009",
                                           today=TODAY)
    assert unknown.value.kind == "receipt"
    history = payments.payment_history(restored, membership)
    assert [p.refund for p in history if p.receipt_no == after[-1]] == [True]
    assert grievances.grievance_id_of(restored, f" {after[2].lower()} ") == \
        grievances.find(restored, after[2])[0]["id"]


def test_a_second_restore_from_a_restored_station_takes_the_next_block(
        station: Station, family: Family, clerk: OperatorInfo, tmp_path: Path,
        places: list[Station]) -> None:
    """Restored once, backed up, broken again and restored from that backup: the day is
    numbered from 2001, past what the first restored laptop gave out in its own block."""
    membership = _voluntary_membership(station, family, clerk)
    given = [_pay(station, membership, clerk, NOW)]
    first_backup = _backup(station, tmp_path, NOW + dt.timedelta(hours=1))
    given.append(_pay(station, membership, clerk, NOW + dt.timedelta(hours=1)))
    first = _restored(tmp_path, "second-laptop", first_backup, NOW + dt.timedelta(hours=2),
                      places)
    given.append(_pay(first, membership, clerk, NOW + dt.timedelta(hours=2)))
    given.append(_grievance(first, clerk, NOW + dt.timedelta(hours=2)))
    second_backup = _backup(first, tmp_path, NOW + dt.timedelta(hours=3))
    given.append(_pay(first, membership, clerk, NOW + dt.timedelta(hours=3)))
    given.append(_grievance(first, clerk, NOW + dt.timedelta(hours=3)))
    assert given == [f"{STATION_ID}-20261122-00001", f"{STATION_ID}-20261122-00002",
                     f"{STATION_ID}-20261122-01001", f"{STATION_ID}-20261122-G1001",
                     f"{STATION_ID}-20261122-01002", f"{STATION_ID}-20261122-G1002"]

    second = _restored(tmp_path, "third-laptop", second_backup, NOW + dt.timedelta(hours=4),
                       places)
    after = [_pay(second, membership, clerk, NOW + dt.timedelta(hours=4)),
             _pay(second, membership, clerk, NOW + dt.timedelta(hours=4)),
             _grievance(second, clerk, NOW + dt.timedelta(hours=4))]
    assert after == [f"{STATION_ID}-20261122-02001", f"{STATION_ID}-20261122-02002",
                     f"{STATION_ID}-20261122-G2001"]


def test_a_restore_marker_without_its_audit_event_still_takes_a_block(
        station: Station, family: Family, clerk: OperatorInfo) -> None:
    """A restore whose audit event was never written (the process ended right after the
    registry was put in place) is known from the marker beside the registry."""
    membership = _voluntary_membership(station, family, clerk)
    assert _pay(station, membership, clerk, NOW) == f"{STATION_ID}-20261122-00001"
    save_marker(station.settings.config_dir / RESTORE_FILE, Restore(
        epoch="e1", restored_at="2026-11-22T10:00:00Z",
        backup_created_at="2026-11-21T18:00:00+00:00", backup_position=3))
    assert _pay(station, membership, clerk, NOW + dt.timedelta(hours=2)) == \
        f"{STATION_ID}-20261122-01001"
    assert _grievance(station, clerk, NOW + DAY) == f"{STATION_ID}-20261123-G001"


def test_numbering_continues_past_the_highest_on_both_backends(any_station: Station) -> None:
    """The day's next number is the highest + 1, a restored block's included, on SQLite and
    PostgreSQL (whose retry on a clash counts again the same way)."""
    station = any_station
    supervisor = login(station, "super", PASSWORD, now=NOW)
    clerk = create_operator(station, username="clerk1", full_name="Chan Clerk", role="clerk",
                            password=PASSWORD, now=NOW, by=supervisor)
    membership = _voluntary_membership(station, make_family(station), clerk)
    first = _pay(station, membership, clerk, NOW)
    gid = grievances.intake(station, category="card", description="card does not read",
                            operator=clerk, now=NOW)
    with station.transaction() as session:  # as a restored block numbered them
        session.execute(sa.update(ContributionPayment).where(
            ContributionPayment.receipt_no == first).values(
            receipt_no=f"{STATION_ID}-20261122-01001"))
        session.execute(sa.update(Grievance).where(Grievance.id == gid).values(
            reference=f"{STATION_ID}-20261122-G1001"))
    assert _pay(station, membership, clerk, NOW) == f"{STATION_ID}-20261122-01002"
    assert _grievance(station, clerk, NOW) == f"{STATION_ID}-20261122-G1002"
    assert _pay(station, membership, clerk, NOW + DAY) == f"{STATION_ID}-20261123-00001"
