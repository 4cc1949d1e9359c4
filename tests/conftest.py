"""Fixtures shared by every test folder: a real PostgreSQL server (tests/fixtures_pg.py) and
the real pcscd + vpcd + virtual card (tests/fixtures_card.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest_plugins = ["tests.fixtures_pg", "tests.fixtures_card"]

#: scrypt's cost (N) for the passwords and backups the tests' own process makes. The station
#: uses 2**14 (passwords) and 2**15 (backups): tens of milliseconds a hash, paid for every
#: operator made and every sign-in (a CLI test signs in at each command), about a tenth of the
#: suite's time. The algorithm, salt, r, p and every check stay the same, and the stored hash or
#: backup header names its N, so what this process writes is read by any `sws` subprocess and
#: what those write (at the real cost) is read here.
TEST_SCRYPT_N = 2**10


@pytest.fixture(autouse=True, scope="session")
def _cheap_scrypt() -> Iterator[None]:
    import station.model.backup as backup
    import station.model.operators as operators

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(operators, "SCRYPT_N", TEST_SCRYPT_N)
        patch.setattr(backup, "SCRYPT_N", TEST_SCRYPT_N)
        yield
