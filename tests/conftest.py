"""Fixtures shared by every test folder: a real PostgreSQL server (tests/fixtures_pg.py)."""

pytest_plugins = ["tests.fixtures_pg"]
