"""New card-signing certificates from the issuing authority: checked in full before anything
changes, swapped in at once, the old folder kept, the revocation list re-signed, audited."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.serialization import Encoding

import cardio
from cardio.errors import PkiError, SigningCertificateError
from cardio.pki import issue_signer
from station.errors import BadInput, PermissionDenied
from station.model.operators import OperatorInfo
from station.model.signing_keys import install_signing_keys
from station.model.station import Station
from station.model.trust import CRL_FILE, trust_anchor_files
from station.model.ui_services import StationServices
from station.registry.models import AuditEvent
from tests.station.helpers import NOW, POLICY
from tests.station.test_cli import home  # noqa: F401 - the CLI's initialised station


@pytest.fixture
def authority(station: Station) -> cardio.Pki:
    """The issuing authority: a chain whose CA keys the test holds, given to this station as
    its current one (``sws init`` keeps no CA key)."""
    pki = cardio.make_demo_chain(NOW - dt.timedelta(days=3 * 365), signer_days=3 * 365 + 30)
    pki.save(station.settings.issuing_dir)
    return pki


def _delivered(pki: cardio.Pki, folder: Path) -> Path:
    pki.save(folder)
    (folder / "root.pem").unlink()  # the authority delivers office, signer and key
    return folder


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def test_new_signer_is_installed_and_the_old_folder_kept(
        station: Station, supervisor: OperatorInfo, authority: cardio.Pki,
        tmp_path: Path) -> None:
    services = StationServices(station, POLICY)
    before = services.card_signing(NOW)
    assert before is not None and before.cut_short  # 30 days left: cards cut short
    assert before.card_until is None  # ... too short to issue at all
    fresh = issue_signer(authority, NOW - dt.timedelta(days=1))
    done = install_signing_keys(station, _delivered(fresh, tmp_path / "delivery"),
                                by=supervisor, now=NOW)
    issuing = station.settings.issuing_dir
    assert cardio.Pki.load(issuing).signer_cert == fresh.signer_cert
    assert done.replaced is not None and (done.replaced / "signer.pem").read_bytes() == (
        authority.signer_cert.public_bytes(Encoding.PEM))
    assert (issuing / "signer.key").stat().st_mode & 0o077 == 0
    after = services.card_signing(NOW)
    assert after is not None and not after.cut_short
    assert after.card_until == NOW + cardio.CARD_VALIDITY
    # the office's list is signed by the new signer and still checks under the same root
    listing = cardio.load_revocation_list((issuing / CRL_FILE).read_bytes(),
                                          [authority.root_cert], NOW)
    assert listing is not None
    with station.reading() as session:
        event = session.scalars(sa.select(AuditEvent).where(
            AuditEvent.action == "card.signer_install")).one()
    assert done.serial in event.details


@pytest.mark.parametrize("case", ["wrong key", "foreign root", "too short", "missing file"])
def test_a_bad_delivery_changes_nothing(
        station: Station, supervisor: OperatorInfo, authority: cardio.Pki, tmp_path: Path,
        case: str) -> None:
    issuing = station.settings.issuing_dir
    before = _digests(issuing)
    good = issue_signer(authority, NOW - dt.timedelta(days=1))
    folder = tmp_path / "delivery"
    if case == "wrong key":
        _delivered(good, folder)
        other = issue_signer(authority, NOW - dt.timedelta(days=1))
        other.save(tmp_path / "other")
        (folder / "signer.key").write_bytes((tmp_path / "other" / "signer.key").read_bytes())
        expected: tuple[type[Exception], str] = (PkiError, "not the key of signer.pem")
    elif case == "foreign root":
        _delivered(cardio.make_demo_chain(NOW, office="Rogue office"), folder)
        expected = (PkiError, "root this station already trusts")
    elif case == "too short":
        _delivered(issue_signer(authority, NOW - dt.timedelta(days=1), days=200), folder)
        expected = (SigningCertificateError, "valid less than 365 days")
    else:
        _delivered(good, folder)
        (folder / "office.pem").unlink()
        expected = (BadInput, "lacks office.pem")
    with pytest.raises(expected[0], match=expected[1]):
        install_signing_keys(station, folder, by=supervisor, now=NOW)
    assert _digests(issuing) == before
    assert not list(issuing.parent.glob(f"{issuing.name}.*"))  # nothing staged or moved


def test_only_a_supervisor_installs_signing_keys(
        station: Station, clerk: OperatorInfo, authority: cardio.Pki, tmp_path: Path) -> None:
    folder = _delivered(issue_signer(authority, NOW - dt.timedelta(days=1)), tmp_path / "d")
    with pytest.raises(PermissionDenied):
        install_signing_keys(station, folder, by=clerk, now=NOW)
    assert trust_anchor_files(station.settings)  # untouched: still the station's anchors
    assert cardio.Pki.load(station.settings.issuing_dir).signer_cert == authority.signer_cert


def test_sws_card_install_keys(home: Path,  # noqa: F811 - the CLI's initialised station
                               tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from station.config import load_settings
    from tests.station.test_cli import sws

    settings = load_settings({"SWS_HOME": str(home)})
    current = cardio.make_demo_chain(dt.datetime.now(dt.UTC) - dt.timedelta(days=1))
    current.save(settings.issuing_dir)
    fresh = issue_signer(current, dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))
    folder = _delivered(fresh, tmp_path / "delivery")
    code, out, err = sws(capsys, "card", "install-keys", str(folder), "--json")
    assert code == 0, err
    assert json.loads(out)["serial"] == format(fresh.signer_cert.serial_number, "x")
    (folder / "signer.key").unlink()
    code, out, err = sws(capsys, "card", "install-keys", str(folder))
    assert code == 4 and err.strip().endswith(
        "lacks signer.key: the issuing authority delivers office.pem, signer.pem, signer.key")
    assert cardio.Pki.load(settings.issuing_dir).signer_cert == fresh.signer_cert
