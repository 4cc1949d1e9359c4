"""A stolen laptop's card signer: when the centre revokes the station, every desk that pulls the
revocation list refuses the cards that signer makes after the revocation, and keeps accepting
(with a word in the verdict) the cards it made before.

Real processes: the central server, `sws sync` and `sws card verify` at a hospital desk; the
stolen station is an outbox that delivered one card_issue (its credential names the signer).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

import cardio
from cardio import layout
from cardio.credential import Claims, sign_credential, template_digest
from cardio.pki import issue_signer
from sync.client import CentralClient, register_station
from sync.outbox import enqueue
from sync.uploader import StationIdentity, Uploader
from tests._cli import sws as _sws
from tests.sync._support import T0, make_station
from tests.sync.conftest import ADMIN_TOKEN, REPO, CentralProcess

PASSWORD = "correct horse battery staple 42"
TEMPLATES = cardio.pack_templates({2: b"\x01\x02\x03" * 40})


def _dump(pki: cardio.Pki, serial: str, issued_at: dt.datetime, folder: Path) -> Path:
    """A card dump (as `sws card dump` writes it) of a card ``pki`` signed at ``issued_at``,
    with the card's own answer to a challenge."""
    card_key = ec.generate_private_key(ec.SECP256R1())
    point = card_key.public_key().public_bytes(serialization.Encoding.X962,
                                               serialization.PublicFormat.UncompressedPoint)
    holder = cardio.Holder("KH-2026-000777", "Dara", "Sok", 2, dt.date(1990, 4, 12),
                           "12040103")
    credential = sign_credential(Claims(
        holder=holder, entitlements=(), issuer=pki.signer_cert.subject.rfc4514_string(),
        card_serial=serial, issued_at=issued_at, expires_at=issued_at + dt.timedelta(days=900),
        template_digest=template_digest(TEMPLATES), card_public_key=point), pki)
    challenge = os.urandom(16)
    signature = card_key.sign(layout.AUTH_PREFIX + challenge, ec.ECDSA(hashes.SHA256()))
    dump = cardio.CardDump(serial=serial, credential=credential, templates=TEMPLATES,
                           challenge=challenge, signature=signature)
    path = folder / f"{serial}.json"
    path.write_text(dump.to_json(), encoding="utf-8")
    return path


def _deliver_then_revoke(central: CentralProcess, dump: Path, issued_at: dt.datetime,
                         folder: Path) -> None:
    """Station ``st-stolen`` (an outbox in ``folder``) delivers the card ``dump`` (issued at
    ``issued_at``) to ``central``, which so learns its signer; then the centre revokes the
    station ("laptop stolen")."""
    serial = cardio.CardDump.from_json(dump.read_text()).serial
    stolen = make_station(folder / "stolen.sqlite3", "st-stolen")
    with stolen.engine.begin() as conn:
        enqueue(conn, stolen.table, kind="card_issue", record_id=serial, now=T0,
                sealed_biometrics=None,
                payload={"serial": serial, "card_id": serial, "person_id": "p-1",
                         "issued_at": issued_at.isoformat(), "replaces": [],
                         "station_id": "st-stolen",
                         "credential": cardio.CardDump.from_json(dump.read_text()).credential})
    client = CentralClient(central.url)
    registered = register_station(central.url, stolen.key, "st-stolen", client=client)
    uploader = Uploader(stolen.engine, stolen.table,
                        StationIdentity("st-stolen", stolen.key, registered.central_key),
                        client, stolen.at_rest.unseal, rng=random.Random(1))
    assert uploader.sync(lambda: T0).acknowledged == 1
    client.close()
    answer = httpx.post(f"{central.url}/v1/stations/st-stolen/revoke",
                        headers={"X-Admin-Token": ADMIN_TOKEN},
                        json={"reason": "laptop stolen"})
    assert answer.status_code == 200, answer.text


@pytest.mark.slow
def test_cards_a_revoked_station_signs_afterwards_fail_at_every_desk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    now = dt.datetime.now(dt.UTC)  # `sws` and the centre run on the real clock
    national = cardio.make_demo_chain(now - dt.timedelta(days=2), office="National office")
    laptop = issue_signer(national, now - dt.timedelta(days=2))  # the station's card signer
    before = _dump(laptop, "00AA000000000001", now - dt.timedelta(days=1), tmp_path)

    # The laptop's station delivered the card it issued (the centre learns its signer), then
    # the laptop is stolen: the centre revokes the station.
    _deliver_then_revoke(central, before, now - dt.timedelta(days=1), tmp_path)
    listed = httpx.get(f"{central.url}/v1/revocations").json()["stations"]
    assert [s["signers"][0]["sha256"] for s in listed] == [
        cardio.signer_fingerprint(laptop.signer_cert)]
    # ... and the thief goes on issuing cards with the laptop's signer.
    after = _dump(laptop, "00AA000000000002", dt.datetime.now(dt.UTC), tmp_path)

    # A hospital desk pulls the list at its next sync and checks both cards offline.
    home = tmp_path / "desk"
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SWS_HOME", str(home))
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", central.url)[0] == 0
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0, err
    assert json.loads(out)["revoked_stations"] == 1
    roots = tmp_path / "national-root.pem"
    roots.write_bytes(national.root_cert.public_bytes(serialization.Encoding.PEM))
    # the desk trusts the national root and its own (demo) one, which signs its list
    anchors = ["--anchor", str(roots), "--anchor", str(home / "issuing" / "root.pem")]
    env = {**os.environ, "SWS_HOME": str(home)}
    refused = subprocess.run([sys.executable, "-m", "station.cli", "card", "verify", "--dump",
                              str(after), *anchors, "--json"], cwd=REPO, env=env, text=True,
                             capture_output=True, timeout=120)
    verdict = json.loads(refused.stdout)
    assert "valid" in verdict, (verdict, refused.stderr)
    assert refused.returncode == 5, refused.stderr
    assert (verdict["valid"], verdict["reason"]) == (False, "signer_revoked")
    assert verdict["holder"]["id_number"] == "KH-2026-000777"  # whose card it claims to be
    assert "laptop stolen" in verdict["detail"] and "st-stolen" in verdict["detail"]
    kept = subprocess.run([sys.executable, "-m", "station.cli", "card", "verify", "--dump",
                           str(before), *anchors, "--json"], cwd=REPO, env=env, text=True,
                          capture_output=True, timeout=120)
    verdict = json.loads(kept.stdout)
    assert kept.returncode == 0, verdict
    assert verdict["valid"] is True
    assert any("before its card signer was revoked" in w and "laptop stolen" in w
               for w in verdict["warnings"])
