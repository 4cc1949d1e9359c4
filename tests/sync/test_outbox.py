"""The outbox item lives and dies with the record's transaction."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import cbor2
import pytest
import sqlalchemy as sa

from sync.errors import OutboxError
from sync.outbox import counts, enqueue, outbox_table

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def _setup() -> tuple[sa.Engine, sa.Table, sa.Table]:
    metadata = sa.MetaData()
    people = sa.Table("people", metadata, sa.Column("id", sa.String, primary_key=True))
    outbox = outbox_table(metadata)
    assert outbox_table(metadata) is outbox
    engine = sa.create_engine("sqlite://")
    metadata.create_all(engine)
    return engine, people, outbox


def test_item_is_written_with_the_record_and_rolled_back_with_it() -> None:
    engine, people, outbox = _setup()
    with engine.begin() as conn:
        conn.execute(people.insert().values(id="p1"))
        packet_id = enqueue(conn, outbox, kind="enrolment", record_id="p1",
                            payload={"name": "Ana", "at": NOW}, sealed_biometrics=b"sealed",
                            now=NOW)
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.execute(people.insert().values(id="p2"))
        enqueue(conn, outbox, kind="enrolment", record_id="p2", payload={},
                sealed_biometrics=None, now=NOW)
        raise RuntimeError("the enrolment failed after the outbox write")
    with engine.connect() as conn:
        rows = conn.execute(sa.select(outbox)).mappings().all()
        assert counts(conn, outbox)["pending"] == 1
    assert [r["id"] for r in rows] == [packet_id]
    assert cbor2.loads(rows[0]["payload"])["name"] == "Ana"
    assert rows[0]["created_at"] == datetime(2026, 11, 22, 9, 0)


def test_sequence_follows_insertion_order() -> None:
    engine, _, outbox = _setup()
    with engine.begin() as conn:
        ids = [enqueue(conn, outbox, kind="service_use", record_id=f"r{i}", payload={"i": i},
                       sealed_biometrics=None, now=NOW) for i in range(5)]
    with engine.connect() as conn:
        got = conn.execute(sa.select(outbox.c.id).order_by(outbox.c.seq)).scalars().all()
    assert got == ids


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": "selfie"}, "unknown outbox kind"),
        ({"record_id": ""}, "record id"),
        ({"record_id": "a b"}, "record id"),
        ({"payload": {"x": object()}}, "cannot be encoded"),
        ({"sealed_biometrics": "not bytes"}, "must be bytes"),
    ],
)
def test_bad_items_are_refused_with_a_plain_message(kwargs: dict, message: str) -> None:
    engine, _, outbox = _setup()
    args: dict[str, Any] = {"kind": "enrolment", "record_id": "p1", "payload": {},
                            "sealed_biometrics": None}
    args.update(kwargs)
    with engine.begin() as conn, pytest.raises(OutboxError, match=message):
        enqueue(conn, outbox, now=NOW, **args)
