"""Seventh day at the desk: what `sws card verify` and `sws card issue` say and write.

Card dumps are made in software (tests/gui/cards.py): no reader, no pcscd.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests._cli import sws


def _revoked_station(tmp_path: Path, now: dt.datetime) -> dict[str, Path]:
    """Trust anchor and revocation list files revoking station st-7's signer 6 hours before
    ``now``, and two of its card dumps: issued before the revocation but never delivered to
    the centre, and signed after the revocation."""
    import cardio
    from cardio.pki import issue_signer
    from tests.gui.cards import make_dump

    pki = cardio.make_demo_chain(now - dt.timedelta(days=2))
    stolen = issue_signer(pki, now - dt.timedelta(days=1))
    revoked_at = now - dt.timedelta(hours=6)
    entry = cardio.SignerRevocation(cardio.signer_fingerprint(stolen.signer_cert), revoked_at,
                                    "station st-7 revoked: laptop stolen", frozenset())
    crl = tmp_path / "revocations.cbor"
    crl.write_bytes(cardio.sign_revocation_list([], pki, now, dt.timedelta(days=30),
                                                signers=[entry]))
    pki.save(tmp_path / "pki")
    files = {"anchor": tmp_path / "pki" / "root.pem", "crl": crl}
    for name, issued in (("undelivered", revoked_at - dt.timedelta(hours=12)),
                         ("after", revoked_at + dt.timedelta(hours=1))):
        dump = make_dump(stolen, serial="0A02" if name == "undelivered" else "0A03",
                         issued=issued, expires=now + dt.timedelta(days=365))
        files[name] = tmp_path / f"{name}.json"
        files[name].write_text(dump.to_json(), encoding="utf-8")
    return files


def test_card_verify_says_a_never_delivered_card_is_dated_before_the_revocation(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`sws card verify` said "signed after its issuing station was revoked" of a genuine
    card issued before the revocation that its station never delivered: untrue, and the
    holder was taken for the holder of a thief's card. It now says what is known (the
    window already did); a card signed after the revocation keeps its sentence."""
    files = _revoked_station(tmp_path, dt.datetime.now(dt.UTC))
    trust = ["--anchor", str(files["anchor"]), "--crl", str(files["crl"])]
    code, out, err = sws(capsys, "card", "verify", "--dump", str(files["undelivered"]), *trust)
    assert code == 5, (out, err)
    assert "signed after" not in out + err
    assert "before" in err and "never delivered" in err, err
    code, out, _ = sws(capsys, "card", "verify", "--dump", str(files["undelivered"]), *trust,
                       "--json")
    said = json.loads(out)
    assert said["reason"] == "signer_revoked" and "signed after" not in said["message"]
    code, out, err = sws(capsys, "card", "verify", "--dump", str(files["after"]), *trust)
    assert code == 5 and "signed after" in err, err


def test_the_models_reason_text_tells_the_two_cards_apart(tmp_path: Path) -> None:
    """ui_cards' outcome message (what the CLI and the auditor's English list show)."""
    from station.model.ui_cards import NEVER_DELIVERED_TEXT, CardVerifier

    now = dt.datetime.now(dt.UTC)
    files = _revoked_station(tmp_path, now)
    verifier = CardVerifier.from_files([files["anchor"]], files["crl"], now=now)
    undelivered = verifier.verify_file(files["undelivered"], now=now)
    after = verifier.verify_file(files["after"], now=now)
    assert undelivered.reason == after.reason == "signer_revoked"
    assert undelivered.message.lower().startswith(NEVER_DELIVERED_TEXT[:20].lower())
    assert "signed after" in after.message and "signed after" not in undelivered.message


def test_card_issue_ends_open_ended_entitlements_on_the_offices_date(tmp_path: Path) -> None:
    """`sws card issue` (and the window's issue, which calls the same model) ran an
    open-ended membership on the card for five years from UTC's date: at 06:30 in Phnom Penh
    on 23 November UTC's date is still the 22nd, so the card's entitlement ended a day short,
    while the rest of the desk dates by the office (SWS_TIME_ZONE). It now ends five years
    from the office's date."""
    from station.config import load_settings
    from station.model.station import Station
    from station.model.ui_cards import card_entitlements
    from tests.station.helpers import ExactGallery

    settings = load_settings({"SWS_HOME": str(tmp_path),
                              "SWS_DATABASE_URL": f"sqlite:///{tmp_path / 'r.sqlite3'}",
                              "SWS_TIME_ZONE": "Asia/Phnom_Penh"})
    office = Station(settings, gallery_factory=ExactGallery)
    try:
        dawn = dt.datetime(2026, 11, 22, 23, 30, tzinfo=dt.UTC)  # 06:30 on the 23rd there
        person = {"programmes": [
            {"programme": "HEALTH_SUBSIDY", "start_date": "2026-11-23", "end_date": None},
            {"programme": "CHILD_BENEFIT", "start_date": "2026-01-01",
             "end_date": "2027-06-30"}]}
        got = {e.programme: (e.valid_from, e.valid_until)
               for e in card_entitlements(office, person, now=dawn)}
        assert got["HEALTH_SUBSIDY"] == (dt.date(2026, 11, 23), dt.date(2031, 11, 23))
        assert got["CHILD_BENEFIT"] == (dt.date(2026, 1, 1), dt.date(2027, 6, 30))
    finally:
        office.close()
