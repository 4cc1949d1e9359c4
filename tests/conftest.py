"""Fixtures shared by every test folder: a real PostgreSQL server (tests/fixtures_pg.py) and
the real pcscd + vpcd + virtual card (tests/fixtures_card.py)."""

pytest_plugins = ["tests.fixtures_pg", "tests.fixtures_card"]
