"""The centre knows a station's card signer before any card is delivered: a laptop stolen on
its first day is revoked with its signer on the list every desk pulls.

Real processes: the central server, `sws init --central` and `sws sync`.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from cryptography import x509

import cardio
from cardio.binding import sign_binding
from station.config import load_settings
from sync.client import CentralClient, register_station
from sync.keys import b64, load_or_create_station_key, public_bytes
from sync.registration import SignerBinding
from sync.uploader import StationIdentity, Uploader
from sync.worker import SyncWorker
from tests._cli import sws as _sws
from tests.sync._support import T0, make_station
from tests.sync.conftest import ADMIN_TOKEN, CentralProcess

PASSWORD = "correct horse battery staple 42"


def _init(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, home: Path,
          station_id: str, url: str) -> None:
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SWS_HOME", str(home))
    monkeypatch.setenv("SWS_STATION_ID", station_id)
    code, _, err = _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                        "--central", url)
    assert code == 0, err


def _signer(home: Path) -> str:
    cert = x509.load_pem_x509_certificate((home / "issuing" / "signer.pem").read_bytes())
    return cardio.signer_fingerprint(cert)


def _on_record(url: str, station_id: str) -> list[str]:
    master = httpx.get(f"{url}/v1/master-data").json()
    return [s for entry in master["stations"] if entry["station_id"] == station_id
            for s in entry["signers"]]


def _revoke(url: str, station_id: str) -> list[str]:
    answer = httpx.post(f"{url}/v1/stations/{station_id}/revoke",
                        headers={"X-Admin-Token": ADMIN_TOKEN}, json={"reason": "stolen"})
    assert answer.status_code == 200, answer.text
    listed = httpx.get(f"{url}/v1/revocations").json()["stations"]
    return [s["sha256"] for entry in listed if entry["station_id"] == station_id
            for s in entry["signers"]]


@pytest.mark.slow
def test_a_station_revoked_before_delivering_a_card_has_its_signer_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    home = tmp_path / "laptop"
    _init(capsys, monkeypatch, home, "st-first-day", central.url)
    assert _on_record(central.url, "st-first-day") == [_signer(home)]
    # stolen the same day, not a single card delivered
    assert _revoke(central.url, "st-first-day") == [_signer(home)]


@pytest.mark.slow
def test_a_station_registered_before_signers_were_sent_declares_it_at_its_next_sync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    central_factory: Callable[..., CentralProcess],
) -> None:
    db = tmp_path / "central.sqlite3"
    central = central_factory(f"sqlite:///{db}")
    home = tmp_path / "office"
    _init(capsys, monkeypatch, home, "st-older", central.url)
    # what a centre holds for a station registered by an earlier version: no signer
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE stations SET signers = NULL WHERE id = 'st-older'")
    assert _on_record(central.url, "st-older") == []
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0, err
    assert json.loads(out)["signer_declared"] is True
    assert _on_record(central.url, "st-older") == [_signer(home)]
    code, out, err = _sws(capsys, "sync", "--json")  # known now: not sent again
    assert code == 0, err
    assert json.loads(out)["signer_declared"] is False
    assert _revoke(central.url, "st-older") == [_signer(home)]


@pytest.mark.slow
def test_a_station_cannot_put_another_stations_signer_on_its_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    home = tmp_path / "office"
    _init(capsys, monkeypatch, home, "st-honest", central.url)
    settings = load_settings()
    key = load_or_create_station_key(settings.station_key_file)
    public = public_bytes(key.public_key())
    now = dt.datetime.now(dt.UTC)
    other = cardio.make_demo_chain(now, office="Elsewhere")

    def declare(binding: bytes, signature: bytes) -> httpx.Response:
        return httpx.post(f"{central.url}/v1/stations/st-honest/signers",
                          json={"binding": b64(binding), "signature": b64(signature)})

    # a binding naming another station, even signed by both keys: refused
    elsewhere = sign_binding(other, "st-other", public, now)
    assert declare(elsewhere, key.sign(elsewhere)).status_code == 400
    # a binding for this station that its own key did not sign: refused
    binding = sign_binding(other, "st-honest", public, now)
    assert declare(binding, b"\0" * 64).status_code == 400
    assert _on_record(central.url, "st-honest") == [_signer(home)]
    # signed by both keys and naming this station: its second signer is on record
    answer = declare(binding, key.sign(binding))
    assert answer.status_code == 200, answer.text
    assert sorted(_on_record(central.url, "st-honest")) == sorted(
        [_signer(home), cardio.signer_fingerprint(other.signer_cert)])


@pytest.mark.slow
def test_the_windows_sync_worker_declares_the_signer_too(
    tmp_path: Path, central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    station = make_station(tmp_path / "outbox.sqlite3", "st-window")
    client = CentralClient(central.url)
    # registered as an earlier version did: no signer sent
    registered = register_station(central.url, station.key, "st-window", client=client)
    assert _on_record(central.url, "st-window") == []
    pki = cardio.make_demo_chain(T0)
    binding = sign_binding(pki, "st-window", public_bytes(station.key.public_key()), T0)
    signer = SignerBinding(binding, station.key.sign(binding),
                           cardio.signer_fingerprint(pki.signer_cert))
    uploader = Uploader(station.engine, station.table,
                        StationIdentity("st-window", station.key, registered.central_key),
                        client, station.at_rest.unseal, rng=random.Random(1))
    SyncWorker(uploader, lambda: T0, signer=lambda: signer).run_round()
    client.close()
    assert _on_record(central.url, "st-window") == [signer.sha256]
