"""Operators: scrypt passwords, lockout after repeated failures, roles."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from station.errors import AccountLocked, BadInput, LoginFailed, PermissionDenied
from station.model.enrolment import enrol
from station.model.operators import (
    OperatorInfo,
    create_operator,
    hash_password,
    login,
    unlock,
    verify_password,
)
from station.model.station import Station
from station.registry.models import Operator
from tests.station.helpers import (
    NOW,
    PASSWORD,
    POLICY,
    demographics,
    person_fingers,
    sqlite_registry,  # noqa: F401 - SQLite only
)


def test_password_hash_is_salted_scrypt() -> None:
    a, b = hash_password("s3cret-pass"), hash_password("s3cret-pass")
    assert a != b and a.startswith("scrypt$")
    assert verify_password("s3cret-pass", a)
    assert not verify_password("s3cret-pasS", a)
    assert not verify_password("s3cret-pass", "garbage")


def test_the_account_locks_after_too_many_failures(station: Station,
                                                   clerk: OperatorInfo) -> None:
    limit = station.settings.max_failed_logins
    for n in range(limit - 1):
        with pytest.raises(LoginFailed) as err:
            login(station, "clerk1", "wrong password", now=NOW)
        assert err.value.remaining == limit - n - 1
    with pytest.raises(AccountLocked):
        login(station, "clerk1", "wrong password", now=NOW)
    with pytest.raises(AccountLocked):  # even the right password no longer works
        login(station, "clerk1", PASSWORD, now=NOW)
    supervisor = login(station, "super", PASSWORD, now=NOW)
    unlock(station, "clerk1", by=supervisor, now=NOW)
    assert login(station, "clerk1", PASSWORD, now=NOW).role == "clerk"


def test_a_success_resets_the_failure_count(station: Station, clerk: OperatorInfo) -> None:
    with pytest.raises(LoginFailed):
        login(station, "clerk1", "nope nope", now=NOW)
    login(station, "clerk1", PASSWORD, now=NOW)
    with station.reading() as session:
        assert session.scalar(sa.select(Operator.failed_logins)
                              .where(Operator.username == "clerk1")) == 0


def test_unknown_user_and_wrong_password_read_the_same(station: Station) -> None:
    with pytest.raises(LoginFailed) as a:
        login(station, "nobody", PASSWORD, now=NOW)
    with pytest.raises(LoginFailed) as b:
        login(station, "super", "wrong one!", now=NOW)
    assert str(a.value) == str(b.value)


def test_roles_limit_what_an_operator_may_do(station: Station, supervisor: OperatorInfo,
                                             clerk: OperatorInfo) -> None:
    auditor = create_operator(station, username="aud", full_name="A", role="auditor",
                              password=PASSWORD, now=NOW, by=supervisor)
    with pytest.raises(PermissionDenied):
        create_operator(station, username="x2", full_name="X", role="clerk",
                        password=PASSWORD, now=NOW, by=clerk)
    with pytest.raises(PermissionDenied):
        enrol(station, demographics(), person_fingers(1), operator=auditor, now=NOW,
              policy=POLICY)
    with pytest.raises(BadInput, match="at least 8"):
        create_operator(station, username="x3", full_name="X", role="clerk",
                        password="short", now=NOW, by=supervisor)
    with pytest.raises(BadInput, match="already exists"):
        create_operator(station, username="clerk1", full_name="X", role="clerk",
                        password=PASSWORD, now=NOW, by=supervisor)


@pytest.mark.parametrize("username", ["សុខា", "سوخا", "sok dara", "sok@office", ""])
def test_a_user_name_is_latin_letters_digits_and_dot_dash_underscore(
        station: Station, supervisor: OperatorInfo, username: str) -> None:
    """Typed at every sign-in, on whatever keyboard the desk has; the full name takes any
    script. Khmer used to be refused with a message that said "letters" were allowed."""
    with pytest.raises(BadInput, match="Latin letters a-z, digits") as err:
        create_operator(station, username=username, full_name="សុខា ចាន់", role="clerk",
                        password=PASSWORD, now=NOW, by=supervisor)
    assert "the full name may be in any script" in str(err.value)
    made = create_operator(station, username="sok.dara_2-b", full_name="សុខា ចាន់",
                           role="clerk", password=PASSWORD, now=NOW, by=supervisor)
    assert made.username == "sok.dara_2-b"
