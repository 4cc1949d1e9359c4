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
from tests.sync.conftest import CentralProcess

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


def test_the_api_keeps_its_published_contract(api_schema: object) -> None:
    """Every operation, a bounded number of generated requests each (12 examples)."""
    tried = []
    for result in api_schema.get_all_operations():  # type: ignore[attr-defined]
        operation = result.ok()
        tried.append(operation.label)

        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case: schemathesis.Case) -> None:
            # A schema-valid body may still be an invalid packet (random base64 is not a
            # signed packet), so "positive data acceptance" does not apply; every other
            # default check (no 5xx, status codes, content types, response schemas) does.
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        check()
    assert len(tried) >= 12
