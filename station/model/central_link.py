"""The station's link to the central registry: its signing key and its registration.

The signing key (Ed25519, PEM, mode 0600, ``settings.station_key_file``) signs every sync
packet; `sws init` creates it. `sws init --central URL` registers it with the central
registry and keeps the answer (URL, status, the centre's X25519 public key that packets'
biometrics are encrypted to) in ``settings.central_file``. The registration also binds the
station's card signer to it (:func:`signer_binding`), and every sync declares it again when
the centre does not list it (``sync.registration.declare_signer``): a station revoked before
it delivered any card still has its signer on the revocation list.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from station.config import Settings
from station.errors import KeyProblem, NotInitialised, StorageError

if TYPE_CHECKING:
    from sync.registration import SignerBinding


@dataclass(frozen=True)
class CentralLink:
    """What the uploader needs to talk to the centre."""

    url: str
    station_id: str
    status: str
    central_public_key_b64: str


def station_key(settings: Settings, *, create: bool = False) -> Any:
    """The station's Ed25519 signing key; ``create`` (`sws init`) makes it when absent.

    A key that is missing once the station registered with a centre is never replaced: the
    centre knows the station by it and would refuse every record signed by a new one
    ("bad_signature", for good), so :class:`KeyProblem` says to restore it instead.
    """
    from sync.keys import load_or_create_station_key

    path = settings.station_key_file
    if not path.exists() and (not create or settings.central_file.exists()):
        raise KeyProblem(f"the station's signing key {path} is missing: the central registry "
                         "knows this station by it and would refuse every record signed by a "
                         "new one; restore it from the station's backup (`sws db restore`)")
    return load_or_create_station_key(path)


def register(settings: Settings, url: str, *, name: str = "", office: str = "",
             now: datetime) -> CentralLink:
    """Register this station with the central registry at ``url`` and remember the answer.

    ``name`` and ``office`` are what the centre's operators see beside the station id (by
    default the window's ``SWS_STATION_NAME`` and the issuing office of its card signer). The
    station's card signer, if it has one, goes with it (:func:`signer_binding`, signed at
    ``now``), and the office's time zone (``SWS_TIME_ZONE``: the centre counts the station's
    records on the office's days)."""
    from sync.client import register_station
    from sync.keys import b64
    from sync.registration import zone_name

    key = station_key(settings, create=True)
    answer = register_station(url, key, settings.station_id,
                              name=name or os.environ.get("SWS_STATION_NAME", ""),
                              office=office or issuing_office(settings),
                              signer=signer_binding(settings, settings.station_id, key, now),
                              time_zone=zone_name(settings.office_zone))
    link = CentralLink(url=url, station_id=answer.station_id, status=answer.status,
                       central_public_key_b64=b64(answer.central_key_bytes))
    path = settings.central_file
    _forget_another_centre(settings, link)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(asdict(link), indent=2), encoding="utf-8")
    os.replace(tmp, path)
    return link


def signer_binding(settings: Settings, station_id: str, key: Any,
                   now: datetime) -> SignerBinding | None:
    """This station's card signer (``settings.issuing_dir``) bound to ``station_id`` and its
    packet key ``key``, signed by both keys; None where no card signer is installed (a desk
    that only checks cards) or the card layer is absent."""
    try:
        import cardio
        from cardio.binding import sign_binding
    except ImportError:
        return None
    from sync.keys import public_bytes
    from sync.registration import SignerBinding

    try:
        pki = cardio.Pki.load(settings.issuing_dir)
    except cardio.CardError:
        return None
    binding = sign_binding(pki, station_id, public_bytes(key.public_key()), now)
    return SignerBinding(binding, key.sign(binding), cardio.signer_fingerprint(pki.signer_cert))


def _forget_another_centre(settings: Settings, link: CentralLink) -> None:
    """Drop what another centre said (its revocation-list position, this station's standing
    there) when the station now reports to a different one (another key, not a moved URL):
    the next sync pulls the new centre's whole list instead of what follows the old
    position in it."""
    from sync import registration, revocations

    try:
        before = json.loads(settings.central_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        before = None
    if isinstance(before, dict) and before.get("central_public_key_b64") in (
            None, link.central_public_key_b64):
        return
    if before is None and not settings.central_file.exists():
        return  # first registration: nothing kept from anyone
    for name in (revocations.FILE_NAME, registration.FILE_NAME):
        (settings.config_dir / name).unlink(missing_ok=True)


def issuing_office(settings: Settings) -> str:
    """The office named in this station's card-signer certificate ("" without one)."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    try:
        cert = x509.load_pem_x509_certificate((settings.issuing_dir / "signer.pem").read_bytes())
    except (OSError, ValueError):
        return ""
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    common = str(names[0].value) if names else ""
    return common.removesuffix(" card signer")


def load_link(settings: Settings) -> CentralLink:
    """The saved registration; :class:`NotInitialised` when the station never registered."""
    path = settings.central_file
    if not path.exists():
        raise NotInitialised("this station is not registered with a central registry; "
                             "run `sws init --central URL`")
    try:
        return CentralLink(**json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError) as err:  # cut short, or not the fields of a link
        raise StorageError(f"the registration file {path} is damaged ({type(err).__name__}): "
                           "register this station again with `sws init --central URL`"
                           ) from None
