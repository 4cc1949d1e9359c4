"""Schemathesis against the published OpenAPI document of the real central server process:
no input makes it fail (5xx), and every answer matches the document."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import cbor2
import psycopg
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.fixtures_pg import PostgresServer
from tests.sync.conftest import ADMIN_TOKEN, CentralProcess

pytestmark = pytest.mark.postgres


@schemathesis.serializer("application/cbor")
def _cbor(ctx: object, value: object) -> bytes:
    """Generated bodies for the CBOR batch endpoint: bytes as they are, anything else as CBOR."""
    return value if isinstance(value, bytes) else cbor2.dumps(value)


@pytest.fixture(scope="module")
def api_schema(postgres_server: PostgresServer,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    name = f"sws_schema_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_server.dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    folder: Path = tmp_path_factory.mktemp("central-schema")
    central = CentralProcess(postgres_server.url(name), folder / "key.pem",
                             folder / "server.log")
    central.start()
    try:
        yield schemathesis.openapi.from_url(f"{central.url}/openapi.json")
    finally:
        central.stop()
        with psycopg.connect(postgres_server.dsn(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_the_api_keeps_its_published_contract(
    api_schema: object, tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Every operation, a bounded number of generated requests each (12 examples); the
    operator's calls with a valid token too, so that their answers beyond 403 are checked."""
    tried = []
    for result in api_schema.get_all_operations():  # type: ignore[attr-defined]
        operation = result.ok()
        tried.append(operation.label)
        admin = any(p.name.lower() == "x-admin-token" for p in operation.headers)

        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case: schemathesis.Case) -> None:
            # A schema-valid body may still be an invalid packet (random base64 is not a
            # signed packet), so "positive data acceptance" does not apply; every other
            # default check (no 5xx, status codes, content types, response schemas) does.
            if admin:  # noqa: B023 (the check runs in this iteration)
                # the admin and adjudicator calls answer more than "403" with a valid token:
                # their other answers (400, 404...) must be in the document too
                case.headers = {**(case.headers or {}), "x-admin-token": ADMIN_TOKEN}
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        check()
    # every route of the service is in the document, and so was tried
    from fastapi.routing import APIRoute

    from sync.central.app import CentralConfig, create_app

    folder = tmp_path_factory.mktemp("routes")
    app = create_app(CentralConfig(db_url=f"sqlite:///{folder / 'c.sqlite3'}",
                                   key_path=folder / "k.pem", dedup="exact"))
    routes = {f"{method} {r.path}" for r in app.routes if isinstance(r, APIRoute)
              for method in r.methods}
    assert routes == set(tried)
