"""HTTP client of the central registry, used by the uploader and by station registration.

Every network failure, timeout or 5xx becomes :class:`CentralUnreachable` (retry later);
every other refusal becomes :class:`CentralRefused` with the server's one-line detail.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import cbor2
import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from sync.errors import CentralRefused, CentralUnreachable, RegistrationError, SyncError
from sync.keys import b64, central_public_key, public_bytes, unb64
from sync.registration import SignerBinding

#: The sync protocol this station speaks (see ``sync.central.app.PROTOCOLS``).
PROTOCOL, PROTOCOL_HEADER = 4, "X-SWS-Sync-Protocol"



def gazetteer_digest(document: Mapping[str, Any]) -> str:
    """The digest that names a gazetteer's content, the same at the centre and a station
    whatever the file's layout (keys sorted, no spaces)."""
    text = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()

def _date_of(answer: httpx.Response) -> datetime | None:
    """The time an HTTP answer's ``Date`` header gives (RFC 9110 5.6.7), or None."""
    try:
        moment = parsedate_to_datetime(answer.headers.get("date", ""))
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo is not None else None


class CentralClient:
    """Talks JSON to one central registry at ``base_url``."""

    def __init__(self, base_url: str, *, timeout_s: float = 30.0,
                 http: httpx.Client | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._http = http or httpx.Client(base_url=self.base_url, timeout=timeout_s)
        #: seconds waited for each answer (said in the error when none came)
        self.timeout_s = self._http.timeout.read or timeout_s
        #: The centre's clock at its last answer (its HTTP ``Date`` header, to the second;
        #: None before any answer or without the header): a station compares its own.
        self.server_time: datetime | None = None

    def close(self) -> None:
        self._http.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        # this station takes ``received`` (stored, decision to come) for an answer; a centre
        # from before the staged dedup ignores the header and answers final statuses
        kwargs["headers"] = {**kwargs.get("headers", {}), PROTOCOL_HEADER: str(PROTOCOL)}
        try:
            answer = self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as error:  # a link or a proxy that swallows requests
            raise CentralUnreachable(
                f"the central registry at {self.base_url} did not answer within "
                f"{self.timeout_s:g} s") from error
        except httpx.HTTPError as error:
            raise CentralUnreachable(
                f"the central registry at {self.base_url} did not answer "
                f"({type(error).__name__})") from error
        self.server_time = _date_of(answer) or self.server_time
        if answer.status_code >= 500:
            said = _failure_detail(answer)
            raise CentralUnreachable(
                f"the central registry answered {answer.status_code}"
                + (f" ({said})" if said else ""), status_code=answer.status_code, detail=said)
        try:
            body = answer.json()
        except ValueError as error:
            raise CentralUnreachable("the central registry answered something that is not "
                                     "JSON", status_code=answer.status_code) from error
        if answer.status_code >= 400 and answer.status_code != 409:
            detail = body.get("detail", "") if isinstance(body, dict) else ""
            raise CentralRefused(f"the central registry refused the request: {detail}",
                                 status_code=answer.status_code, detail=str(detail))
        return body

    def post_packets(self, packets: list[bytes]) -> list[dict[str, Any]]:
        """Deliver packets; one answer per packet, in order."""
        body = self._call("POST", "/v1/packets", json={"packets": [b64(p) for p in packets]})
        results = body.get("results") if isinstance(body, dict) else None
        if not isinstance(results, list) or len(results) != len(packets):
            raise CentralUnreachable("the central registry's answer does not cover the batch")
        return results

    def post_batch(self, manifest: bytes, signature: bytes,
                   bodies: list[bytes]) -> list[dict[str, Any]]:
        """Deliver bodies under one signed manifest; one answer per body, in order."""
        payload = cbor2.dumps({"manifest": manifest, "signature": signature, "bodies": bodies})
        body = self._call("POST", "/v1/batches/cbor", content=payload,
                          headers={"content-type": "application/cbor"})
        results = body.get("results") if isinstance(body, dict) else None
        if not isinstance(results, list) or len(results) != len(bodies):
            raise CentralUnreachable("the central registry's answer does not cover the batch")
        return results

    def position(self, station_id: str) -> dict[str, Any] | None:
        """The highest outbox position the centre holds from ``station_id`` and its current
        restore epoch (``position``, ``epoch``); None from a centre that does not say (one
        from before restores announced themselves)."""
        try:
            answer = self._call("GET", f"/v1/stations/{station_id}/position")
        except CentralRefused as error:
            if _no_such_route(error):
                return None
            raise
        if not isinstance(answer, dict) or type(answer.get("position")) is not int:
            raise CentralUnreachable("the central registry's answer holds no position")
        return answer

    def erasures(self, station_id: str, persons: list[str]) -> list[dict[str, Any]] | None:
        """The fingerprint erasures the centre took from ``station_id`` for ``persons``
        (at most 1,000 ids a call): ``person_id``, ``erased_at``, ``asked_by``, ``guardian``,
        ``fingers``, ``erased_by``. None from a centre that does not say (one from before
        erasures)."""
        try:
            answer = self._call("POST", f"/v1/stations/{station_id}/erasures",
                                json={"persons": persons})
        except CentralRefused as error:
            if _no_such_route(error):
                return None
            raise
        found = answer.get("erasures") if isinstance(answer, dict) else None
        if not isinstance(found, list) or not all(
                isinstance(e, dict) and isinstance(e.get("person_id"), str) for e in found):
            raise CentralUnreachable("the central registry's answer holds no list of erasures")
        return found

    def statuses(self, ids: list[str]) -> list[dict[str, Any]]:
        """The centre's current answer for earlier packets."""
        return list(self._call("POST", "/v1/statuses", json={"ids": ids})["statuses"])

    def revocations(self, since: int) -> dict[str, Any]:
        """Revoked cards after position ``since`` and revoked stations."""
        return dict(self._call("GET", "/v1/revocations", params={"since": since}))

    def declare_signer(self, station_id: str, signer: SignerBinding) -> list[str]:
        """Put this station's card signer on record at the centre; the SHA-256 of every
        signer it now holds for the station."""
        body = self._call("POST", f"/v1/stations/{station_id}/signers",
                          json={"binding": b64(signer.binding),
                                "signature": b64(signer.signature)})
        return [str(s) for s in body["signers"]]

    def declare_time_zone(self, station_id: str, time_zone: str, was: str | None,
                          signature: bytes, version: int | None = None) -> str:
        """Put this office's time zone on record at the centre in place of ``was`` (the
        zone its master data listed) as zone ``version`` (the next of the version it
        listed; None: a centre that lists none); ``signature``: the station key's over
        :func:`sync.registration.zone_message`. The zone it now holds."""
        request: dict[str, Any] = {"time_zone": time_zone, "was": was,
                                   "signature": b64(signature)}
        if version is not None:
            request["version"] = version
        body = self._call("POST", f"/v1/stations/{station_id}/time-zone", json=request)
        if not isinstance(body, dict) or not isinstance(body.get("time_zone"), str):
            # 409 (the zone it replaces changed meanwhile) comes back as a body, not raised
            detail = str(body.get("detail", "")) if isinstance(body, dict) else ""
            raise CentralRefused(f"the central registry refused the request: {detail}",
                                 status_code=409, detail=detail)
        return str(body["time_zone"])

    def master_data(self, have_gazetteer: str | None = None) -> dict[str, Any]:
        """Programmes, locations, station keys and the centre's public key.

        The centre's list of places (``gazetteer``, megabytes for a country) comes only to a
        station that asks with ``have_gazetteer``: the :func:`gazetteer_digest` of the list
        it keeps ("" for none), and only when the centre's differs.
        """
        params = {"have_gazetteer": have_gazetteer} if have_gazetteer is not None else None
        return dict(self._call("GET", "/v1/master-data", params=params))

    def adjudications(self, admin_token: str) -> list[dict[str, Any]]:
        """Every open adjudication case at the centre, one entry per candidate (an admin
        call; the listing of centres from before :meth:`case_page`)."""
        body = self._call("GET", "/v1/adjudications", headers={"X-Admin-Token": admin_token})
        return list(body["cases"])

    def case_page(self, admin_token: str, *, after: str | None = None,
                  limit: int | None = None) -> dict[str, Any]:
        """A page of the open cases, oldest first, one per applicant with its candidates
        (``cases``, ``total``, ``before``, ``next_after``; an admin call)."""
        params: dict[str, Any] = {"after": after, "limit": limit}
        return dict(self._call("GET", "/v2/adjudications", headers={
            "X-Admin-Token": admin_token},
            params={k: v for k, v in params.items() if v is not None}))

    def decide(self, packet_id: str, decision: str, admin_token: str,
               by: str | None = None) -> dict[str, Any]:
        """Decide the held enrolment ``packet_id``: ``different`` or ``same_person`` (admin);
        ``by`` names the adjudicator in the centre's events."""
        return dict(self._call("POST", f"/v1/adjudications/{packet_id}",
                               json={"decision": decision, "by": by},
                               headers={"X-Admin-Token": admin_token}))

    def put_master_data(self, programmes: list[dict[str, str]],
                        locations: list[dict[str, str]], admin_token: str,
                        gazetteer: dict[str, Any] | None = None, *,
                        dry_run: bool = False) -> dict[str, Any]:
        """Replace the centre's programmes and locations (admin); with ``gazetteer``, also
        the whole list of places stations pull. ``dry_run``: the centre runs the real
        run's checks, reading only (no token needed, nothing written), refusing what the
        real run would refuse."""
        body: dict[str, Any] = {"programmes": programmes, "locations": locations}
        if gazetteer is not None:
            body["gazetteer"] = gazetteer
        return dict(self._call("PUT", "/v1/master-data", json=body,
                               params={"dry_run": "true"} if dry_run else None,
                               headers={"X-Admin-Token": admin_token} if admin_token else {}))

    def set_station(self, station_id: str, action: str, admin_token: str,
                    reason: str | None = None, *, valid_days: int | None = None
                    ) -> dict[str, Any]:
        """``approve``, ``renew`` (for ``valid_days``, the centre's default when None) or
        ``revoke`` a station (admin); the answer has the new ``expires_at``."""
        body = {"reason": reason} if action == "revoke" else None
        params = {"valid_days": valid_days} if valid_days is not None else None
        return dict(self._call("POST", f"/v1/stations/{station_id}/{action}", json=body,
                               params=params, headers={"X-Admin-Token": admin_token}))

    def register(self, station_id: str, public_key: bytes, name: str,
                 office: str, signer: SignerBinding | None = None,
                 time_zone: str | None = None) -> dict[str, Any]:
        request = {"station_id": station_id, "public_key": b64(public_key), "name": name,
                   "office": office}
        if time_zone is not None:
            request["time_zone"] = time_zone
        if signer is not None:
            request.update(signer_binding=b64(signer.binding),
                           signer_signature=b64(signer.signature))
        answer = self._call("POST", "/v1/stations", json=request)
        if isinstance(answer, dict) and "central_public_key" not in answer:  # 409 passes
            detail = str(answer.get("detail", ""))  # through _call for packet conflicts
            raise CentralRefused(f"the central registry refused the request: {detail}",
                                 status_code=409, detail=detail)
        return dict(answer)


@dataclass(frozen=True)
class Registration:
    """What a station keeps after registering: its status and the centre's public key."""

    station_id: str
    status: str
    central_key: X25519PublicKey

    @property
    def central_key_bytes(self) -> bytes:
        return public_bytes(self.central_key)


def register_station(
    central_url: str,
    station_key: Ed25519PrivateKey,
    station_id: str,
    *,
    name: str = "",
    office: str = "",
    signer: SignerBinding | None = None,
    client: CentralClient | None = None,
    time_zone: str | None = None,
) -> Registration:
    """Register this station's signing key with the central registry.

    In demo mode the centre activates the station at once; in production the answer is
    ``pending`` until a supervisor approves it. Keep ``central_key_bytes``: packets are
    encrypted to it. ``signer`` (the station's card signer bound to its id and key) puts that
    signer on record, so that revoking the station lists it even before a card is delivered.
    ``time_zone`` (the office's IANA zone) lets the centre count its records on the office's
    days; one the centre does not know is not kept (its syncs say it again, a warning).
    """
    own = client is None
    api = client or CentralClient(central_url)
    try:
        answer = api.register(station_id, public_bytes(station_key.public_key()), name, office,
                              signer, time_zone)
        key = central_public_key(unb64(str(answer["central_public_key"])))
        return Registration(station_id=station_id, status=str(answer["status"]),
                            central_key=key)
    except CentralRefused as error:
        raise RegistrationError(f"the central registry refused station {station_id}: "
                                f"{error.detail}") from error
    except (KeyError, TypeError, SyncError) as error:
        if isinstance(error, CentralUnreachable):
            raise
        raise RegistrationError("the central registry's registration answer is "
                                "malformed") from error
    finally:
        if own:
            api.close()


def _no_such_route(error: CentralRefused) -> bool:
    """A 404 that is not about the station: a centre older than the route asked."""
    return error.status_code == 404 and "unknown station" not in error.detail


def _failure_detail(answer: httpx.Response) -> str:
    """A failing service's own one-line word on it (``{"detail": "..."}``, as the centre
    answers 503 when its database cannot be reached), at most 200 characters; "" for a
    proxy's HTML page or anything else."""
    try:
        body = answer.json()
    except ValueError:
        return ""
    detail = body.get("detail") if isinstance(body, dict) else None
    if not isinstance(detail, str):
        return ""
    line = " ".join(detail.split())
    return line if len(line) <= 200 else line[:199] + "…"
