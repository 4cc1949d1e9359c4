"""The accounts an office runs: list, disable (never delete), reset, change passwords."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from station.cli import main
from station.errors import BadInput, LoginFailed, PermissionDenied
from station.model.enrolment import enrol
from station.model.integrity import check
from station.model.operators import (
    AccountDisabled,
    OperatorInfo,
    change_password,
    create_operator,
    disable_operator,
    enable_operator,
    list_operators,
    login,
    reset_password,
)
from station.model.station import Station
from station.registry.migrate import alembic_config, current_revision, head_revision
from station.registry.models import AuditEvent, Operator
from tests.station.helpers import (
    NOW,
    PASSWORD,
    POLICY,
    demographics,
    person_fingers,
    sqlite_registry,  # noqa: F401 - SQLite only
)
from tests.station.test_cli import home, sws  # noqa: F401 - the CLI fixture

LATER = NOW + timedelta(hours=1)
TEMPORARY = "temporary-0042"
CHOSEN = "my own words 7"


@pytest.fixture
def boss(station: Station) -> OperatorInfo:
    return login(station, "super", PASSWORD, now=NOW)


@pytest.fixture
def clerk(station: Station, boss: OperatorInfo) -> OperatorInfo:
    return create_operator(station, username="clerk1", full_name="Chan Clerk", role="clerk",
                           password=PASSWORD, now=NOW, by=boss)


def test_a_disabled_account_cannot_sign_in_and_keeps_its_row(
        station: Station, boss: OperatorInfo, clerk: OperatorInfo) -> None:
    disable_operator(station, "clerk1", by=boss, now=LATER)
    with pytest.raises(AccountDisabled) as err:
        login(station, "clerk1", PASSWORD, now=LATER)
    assert str(err.value) == "account 'clerk1' disabled on 2026-11-22 by super"
    # without the password nobody learns that the account exists, let alone its state
    with pytest.raises(LoginFailed):
        login(station, "clerk1", "not the password", now=LATER)
    rows = {r.username: r for r in list_operators(station)}
    assert rows["clerk1"].status == "disabled" and rows["clerk1"].disabled_by == "super"
    assert rows["super"].status == "active" and rows["super"].last_login_at is not None
    enable_operator(station, "clerk1", by=boss, now=LATER)
    assert login(station, "clerk1", PASSWORD, now=LATER).role == "clerk"


def test_the_list_never_carries_a_password_hash(station: Station, clerk: OperatorInfo) -> None:
    for row in list_operators(station):
        assert "scrypt" not in repr(row) and "scrypt" not in repr(row.as_record())
        assert not hasattr(row, "password_hash")


def test_nobody_disables_themselves_or_the_last_supervisor(
        station: Station, boss: OperatorInfo, clerk: OperatorInfo) -> None:
    with pytest.raises(BadInput, match="your own account"):
        disable_operator(station, "super", by=boss, now=LATER)
    second = create_operator(station, username="super2", full_name="Second", role="supervisor",
                             password=PASSWORD, now=NOW, by=boss)
    disable_operator(station, "super", by=second, now=LATER)  # another supervisor stays
    with pytest.raises(AccountDisabled):
        login(station, "super", PASSWORD, now=LATER)
    enable_operator(station, "super", by=second, now=LATER)


def test_the_last_enabled_supervisor_stays_enabled(
        station: Station, boss: OperatorInfo) -> None:
    second = create_operator(station, username="super2", full_name="Second", role="supervisor",
                             password=PASSWORD, now=NOW, by=boss)
    disable_operator(station, "super2", by=boss, now=LATER)
    enable_operator(station, "super2", by=boss, now=LATER)
    disable_operator(station, "super", by=second, now=LATER)
    with pytest.raises(BadInput, match="last enabled supervisor"):
        disable_operator(station, "super2", by=boss, now=LATER)


def test_clerks_may_not_manage_accounts(station: Station, clerk: OperatorInfo) -> None:
    with pytest.raises(PermissionDenied):
        disable_operator(station, "super", by=clerk, now=LATER)
    with pytest.raises(PermissionDenied):
        reset_password(station, "super", TEMPORARY, by=clerk, now=LATER)


def test_reset_unlocks_and_forces_a_change(station: Station, boss: OperatorInfo,
                                           clerk: OperatorInfo) -> None:
    for _ in range(station.settings.max_failed_logins):
        with pytest.raises(Exception):  # noqa: B017 - LoginFailed, then AccountLocked
            login(station, "clerk1", "wrong password", now=NOW)
    reset_password(station, "clerk1", TEMPORARY, by=boss, now=LATER)
    me = login(station, "clerk1", TEMPORARY, now=LATER)
    assert me.must_change_password
    assert {r.username: r.status for r in list_operators(station)}["clerk1"] == \
        "must change password"
    after = change_password(station, "clerk1", TEMPORARY, CHOSEN, now=LATER)
    assert not after.must_change_password
    assert not login(station, "clerk1", CHOSEN, now=LATER).must_change_password
    with pytest.raises(LoginFailed):
        login(station, "clerk1", TEMPORARY, now=LATER)


@pytest.mark.parametrize(("new", "why"), [
    ("short", "at least 10 characters"),
    ("clerk1", "at least 10 characters"),
    (PASSWORD, "must differ from the old one"),
])
def test_the_password_rule_says_why_in_one_line(station: Station, clerk: OperatorInfo,
                                                new: str, why: str) -> None:
    with pytest.raises(BadInput, match=why) as err:
        change_password(station, "clerk1", PASSWORD, new, now=LATER)
    assert "\n" not in str(err.value)
    assert login(station, "clerk1", PASSWORD, now=LATER)  # nothing changed


def test_the_user_name_is_not_a_password(station: Station, boss: OperatorInfo) -> None:
    create_operator(station, username="amara.longname", full_name="A", role="clerk",
                    password=PASSWORD, now=NOW, by=boss)
    with pytest.raises(BadInput, match="must not be the user name"):
        change_password(station, "amara.longname", PASSWORD, "Amara.LongName", now=LATER)


def test_a_wrong_old_password_changes_nothing(station: Station, clerk: OperatorInfo) -> None:
    with pytest.raises(LoginFailed):
        change_password(station, "clerk1", "not my password", CHOSEN, now=LATER)
    assert login(station, "clerk1", PASSWORD, now=LATER)


def test_every_change_is_audited_without_any_password(
        station: Station, boss: OperatorInfo, clerk: OperatorInfo) -> None:
    disable_operator(station, "clerk1", by=boss, now=LATER)
    enable_operator(station, "clerk1", by=boss, now=LATER)
    reset_password(station, "clerk1", TEMPORARY, by=boss, now=LATER)
    change_password(station, "clerk1", TEMPORARY, CHOSEN, now=LATER)
    check(station)  # the chain verifies
    with station.reading() as session:
        events = list(session.scalars(sa.select(AuditEvent)))
        hashes = list(session.scalars(sa.select(Operator.password_hash)))
    actions = [e.action for e in events]
    for action in ("operator.disable", "operator.enable", "operator.password_reset",
                   "operator.password_change"):
        assert action in actions
    for e in events:
        for secret in (PASSWORD, TEMPORARY, CHOSEN, "scrypt", *hashes):
            assert secret not in e.details


def test_a_registry_at_dth01_is_upgraded(station: Station, clerk: OperatorInfo,
                                         settings: object) -> None:
    # an enrolment points at the clerk: the operator table cannot be copied and dropped
    enrol(station, demographics("Sok Dara"), person_fingers(7), operator=clerk, now=NOW,
          policy=POLICY)
    command.downgrade(alembic_config(station.engine), "dth01")
    with station.engine.connect() as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("operator")}
    assert "must_change_password" not in columns
    station.close()
    again = Station(settings)  # type: ignore[arg-type]
    try:
        assert current_revision(again.engine) == head_revision()
        rows = {r.username: r for r in list_operators(again)}
        assert rows["clerk1"].status == "active"
        assert not login(again, "clerk1", PASSWORD, now=LATER).must_change_password
    finally:
        again.close()


# -- the command line --------------------------------------------------------------------


def test_cli_reset_then_must_change_then_passwd(
        home: Path, capsys: pytest.CaptureFixture[str],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert sws(capsys, "operator", "add", "clerk1", "--new-password", PASSWORD)[0] == 0
    monkeypatch.setenv("SWS_NEW_PASSWORD", TEMPORARY)
    code, out, _ = sws(capsys, "operator", "reset-password", "clerk1")
    assert code == 0 and "must choose a new one" in out
    monkeypatch.setenv("SWS_OPERATOR", "clerk1")
    monkeypatch.setenv("SWS_PASSWORD", TEMPORARY)
    code, _, err = sws(capsys, "audit", "log")
    assert code == 4
    assert err.strip() == "sws: error: change your password first: sws operator passwd"
    monkeypatch.setenv("SWS_NEW_PASSWORD", "short")
    code, _, err = sws(capsys, "operator", "passwd")
    assert code == 4 and "at least 10 characters" in err and len(err.splitlines()) == 1
    monkeypatch.setenv("SWS_NEW_PASSWORD", CHOSEN)
    code, out, _ = sws(capsys, "operator", "passwd", "--json")
    assert code == 0 and '"changed": "clerk1"' in out
    monkeypatch.setenv("SWS_PASSWORD", CHOSEN)
    code, _, err = sws(capsys, "audit", "log")
    assert "change your password" not in err


def test_cli_list_disable_enable(home: Path, capsys: pytest.CaptureFixture[str],  # noqa: F811
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    assert sws(capsys, "operator", "add", "clerk1", "--full-name", "Chan Clerk",
               "--new-password", PASSWORD)[0] == 0
    code, out, _ = sws(capsys, "operator", "disable", "clerk1")
    assert code == 0
    code, out, _ = sws(capsys, "operator", "list")
    line = next(x for x in out.splitlines() if x.startswith("clerk1"))
    assert "disabled" in line and "by super" in line and "Chan Clerk" in line
    code, out, _ = sws(capsys, "operator", "list", "--json")
    assert code == 0 and "scrypt" not in out and '"status": "disabled"' in out
    code, _, err = sws(capsys, "operator", "disable", "super")
    assert code == 4 and "your own account" in err
    code, _, err = sws(capsys, "operator", "disable", "nobody")
    assert code == 4 and "no operator named 'nobody'" in err
    monkeypatch.setenv("SWS_OPERATOR", "clerk1")
    code, _, err = sws(capsys, "operator", "list")
    assert code == 4 and "disabled on" in err
    monkeypatch.setenv("SWS_OPERATOR", "super")
    assert sws(capsys, "operator", "enable", "clerk1")[0] == 0
    monkeypatch.setenv("SWS_OPERATOR", "clerk1")
    code, _, err = sws(capsys, "operator", "list")  # the supervisor chose this password
    assert code == 4 and "change your password first" in err
    monkeypatch.setenv("SWS_NEW_PASSWORD", CHOSEN)
    assert sws(capsys, "operator", "passwd")[0] == 0
    monkeypatch.setenv("SWS_PASSWORD", CHOSEN)
    code, _, err = sws(capsys, "operator", "list")
    assert code == 4 and "a clerk may not list operators" in err
    assert main(["operator", "passwd", "--password", "wrong one"]) == 4
