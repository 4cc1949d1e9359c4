"""`sws central import-superseded` when the centre refuses some of the file's records
(money11): it imported the rest, listed the refused ones, and exited 0, so a script running
it could not tell a whole import from a partial one. It now exits 3 (done, but look at what
was refused), still importing what it can and listing what it refused; ``--json`` keeps its
keys.

In one process: the central service on SQLite (FastAPI's TestClient), a station's outbox,
its restore announced by the restored copy (``sync.restored``), the old installation's
export (``sync.export``) with a revocation that names no card (the centre refuses it, as it
refuses it from any sync), and the centre's own command line on its database.
"""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives import serialization
from fastapi.testclient import TestClient

from sync import restored
from sync.central import operators
from sync.central.app import CentralConfig, create_app
from sync.central.cli import main
from sync.client import CentralClient, register_station
from sync.export import export_undelivered
from sync.outbox import enqueue
from sync.uploader import StationIdentity, Uploader
from tests.sync._support import T0, Station, make_station


@pytest.fixture
def central(tmp_path: Path) -> Iterator[tuple[TestClient, str, Path]]:
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    key = tmp_path / "central.pem"
    app = create_app(CentralConfig(db_url=url, key_path=key, admin_token="secret",
                                   dedup="exact"), clock=lambda: T0)
    with TestClient(app) as http:
        yield http, url, key


def _queue(station: Station, kind: str, record_id: str, payload: dict[str, object]) -> None:
    with station.engine.begin() as conn:
        enqueue(conn, station.table, kind=kind, record_id=record_id, now=T0,
                sealed_biometrics=None, payload=payload)


def _superseded_export(http: TestClient, tmp_path: Path) -> Path:
    """The old installation's undelivered records (a service use, and a revocation that
    names no card), exported after a restore of its backup was announced."""
    client = CentralClient("http://testserver", http=http)
    home = tmp_path / "old.sqlite3"
    old = make_station(home, "st-1")
    registered = register_station("http://testserver", old.key, "st-1", client=client)

    def uploader(station: Station) -> Uploader:
        return Uploader(station.engine, station.table,
                        StationIdentity("st-1", station.key, registered.central_key),
                        client, station.at_rest.unseal, rng=random.Random(1))

    def clock() -> datetime:
        return datetime.now(UTC)

    _queue(old, "service_use", "use-1", {"facility": "Hospital A", "card_id": "C1"})
    assert uploader(old).sync(clock).acknowledged == 1
    backup = tmp_path / "backup.sqlite3"
    shutil.copy(home, backup)
    _queue(old, "service_use", "use-2", {"facility": "Hospital A", "card_id": "C2"})
    _queue(old, "revocation", "rev-1", {"reason": "lost"})  # no card_id: refused
    copy = make_station(backup, "st-1", key_bytes=old.key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption()))
    marker = tmp_path / "config" / restored.FILE_NAME
    marker.parent.mkdir()
    restored.save(marker, restored.mark(backup, None, backup_created_at="", now=T0))
    assert restored.resume(uploader(copy), marker, clock) is None  # announced, taken
    target = tmp_path / "old-laptop.sws"
    export_undelivered(old.engine, old.table,
                       StationIdentity("st-1", old.key, registered.central_key),
                       old.at_rest.unseal, target, epoch="", now=T0)
    return target


@pytest.mark.parametrize("as_json", [False, True])
def test_a_partial_import_exits_3_and_lists_what_was_refused(
        central: tuple[TestClient, str, Path], tmp_path: Path, as_json: bool,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    http, url, key = central
    target = _superseded_export(http, tmp_path)
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        token = operators.add_operator(conn, "ana", "admin", T0.replace(tzinfo=None))
    engine.dispose()
    monkeypatch.setenv("SWS_CENTRAL_ADMIN_TOKEN", token)
    argv = ["import-superseded", str(target), "--key", str(key), "--db", url,
            "--operator", "ana", "--reason", "old laptop found again",
            *(["--json"] if as_json else [])]

    assert main(argv) == 3
    out = capsys.readouterr().out
    if as_json:  # the same keys as a whole import's
        report = json.loads(out)
        assert set(report) == {"station_id", "epoch", "operator", "file_sha256", "imported",
                               "already_held", "rejected", "awaiting_decision"}
        assert (report["imported"], report["already_held"]) == (1, 0)
        assert [r["reason"] for r in report["rejected"]] == ["revocation_without_card_id"]
    else:
        assert "1 record(s) imported, 0 already held, 1 refused" in out
        assert "refused " in out and "revocation_without_card_id" in out
    # the service use was imported all the same
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        statuses = {str(r[0]): str(r[1]) for r in conn.execute(sa.text(
            "SELECT record_id, status FROM packets WHERE record_id IN ('use-2', 'rev-1')"))}
    engine.dispose()
    assert statuses["use-2"] != "rejected" and statuses["rev-1"] == "rejected"


def test_the_help_says_what_the_exit_codes_mean(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import-superseded", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "exit 3" in said and "refused" in said
