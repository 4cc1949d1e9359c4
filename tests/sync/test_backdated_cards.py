"""A thief with a stolen station's card signer dates new cards before the revocation: every
desk that pulled the list refuses them, since the centre never received them from the station;
the cards the station did deliver before stay valid (with a word in the verdict).

Real processes: the central server, `sws sync` and `sws card verify` at a hospital desk.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

import cardio
from cardio.pki import issue_signer
from sync.keys import b64
from sync.revocations import NationalRevocations, delivered_tags
from tests._cli import sws as _sws
from tests.sync.conftest import REPO, CentralProcess
from tests.sync.test_signer_revocation import PASSWORD, _deliver_then_revoke, _dump


@pytest.mark.slow
def test_a_card_backdated_with_a_stolen_signer_fails_at_every_desk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    now = dt.datetime.now(dt.UTC)  # `sws` and the centre run on the real clock
    national = cardio.make_demo_chain(now - dt.timedelta(days=3), office="National office")
    laptop = issue_signer(national, now - dt.timedelta(days=3))
    issued = now - dt.timedelta(days=1)
    delivered = _dump(laptop, "00AA000000000001", issued, tmp_path)

    _deliver_then_revoke(central, delivered, issued, tmp_path)
    # the thief signs a new card and dates it the day before the theft; and another with
    # the serial of a card the station did deliver (its chip copied, or a QR code)
    backdated = _dump(laptop, "00AA000000000002", issued, tmp_path)
    (tmp_path / "copy").mkdir()
    reused = _dump(laptop, "00AA000000000001", issued, tmp_path / "copy")

    home = tmp_path / "desk"
    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SWS_HOME", str(home))
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", central.url)[0] == 0
    code, _, err = _sws(capsys, "sync", "--json")
    assert code == 0, err
    roots = tmp_path / "national-root.pem"
    roots.write_bytes(national.root_cert.public_bytes(serialization.Encoding.PEM))
    anchors = ["--anchor", str(roots), "--anchor", str(home / "issuing" / "root.pem")]
    env = {**os.environ, "SWS_HOME": str(home)}

    def verify(dump: Path) -> tuple[int, dict[str, object]]:
        done = subprocess.run([sys.executable, "-m", "station.cli", "card", "verify",
                               "--dump", str(dump), *anchors, "--json"], cwd=REPO, env=env,
                              text=True, capture_output=True, timeout=120)
        return done.returncode, json.loads(done.stdout)

    for forged in (backdated, reused):
        code, verdict = verify(forged)
        assert (code, verdict["valid"], verdict["reason"]) == (5, False, "signer_revoked"), \
            verdict
        assert "never reached the central registry" in str(verdict["detail"])
    code, verdict = verify(delivered)
    assert (code, verdict["valid"]) == (0, True), verdict
    assert any("before its card signer was revoked" in w
               for w in verdict["warnings"])  # type: ignore[attr-defined]


def test_a_station_keeps_the_delivered_cards_only_when_the_centre_says_them_right() -> None:
    kept = NationalRevocations()
    tags = bytes(range(16))
    kept.merge({"cards": [], "next": 0, "stations": [
        {"station_id": "a", "revoked_at": "2026-11-20T00:00:00Z", "delivered_cards": b64(tags)},
        {"station_id": "b", "revoked_at": "2026-11-20T00:00:00Z"},  # an earlier centre
        {"station_id": "c", "revoked_at": "2026-11-20T00:00:00Z",
         "delivered_cards": b64(tags[:7])},  # not whole tags: as if not said
        {"station_id": "d", "revoked_at": "2026-11-20T00:00:00Z", "delivered_cards": ""}]})
    assert delivered_tags(kept.stations["a"]) == {tags[:8], tags[8:]}
    assert delivered_tags(kept.stations["b"]) is None
    assert delivered_tags(kept.stations["c"]) is None
    assert delivered_tags(kept.stations["d"]) == frozenset()  # none delivered: all refused
