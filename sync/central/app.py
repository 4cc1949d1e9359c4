"""The central registry's HTTP API (FastAPI): packets in, statuses, revocations, reports out.

``create_app`` builds the ASGI app from a :class:`CentralConfig`; ``serve`` runs it under
uvicorn. The OpenAPI document is published at ``/openapi.json``. Admin calls (approve or
revoke a station, replace master data) need the ``X-Admin-Token`` header.
"""

from __future__ import annotations

import errno
import gc
import json
import logging
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

import cbor2
import sqlalchemy as sa
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel

from sync import gazetteer_rules
from sync.central import (
    adjudication,
    expiry,
    operators,
    registry,
    reports,
    schema,
    signers,
)
from sync.central import models as m
from sync.central.database import serving_engine, shown
from sync.central.dedup import Deduplicator, ExactDeduplicator
from sync.central.ingest import CONFLICT, REJECTED, Ingest, Result
from sync.central.processor import DedupWorker
from sync.errors import (
    AlreadyRevoked,
    CentralConfigError,
    PacketError,
    PlacesInUse,
    RegistrationError,
    SyncError,
)
from sync.keys import b64, load_or_create_central_key, public_bytes, unb64
from sync.outbox import utc_naive
from sync.packets import peek

log = logging.getLogger("sync.central")

_MAX_CBOR_BATCH = 64 * 1024 * 1024
_STATION_REASONS = {"unknown_station", "station_revoked", "station_not_approved",
                    "station_expired", "station_suspended"}

#: The sync protocol a station declares in this header. 2: it understands ``received``
#: (stored, decision to come; it pulls the final status later). Without the header (protocol
#: 1, stations built before the staged centre) the request waits for the dedup stage and gets
#: final answers, as it always did. 3: it knows the refusal ``station_expired`` (its records
#: wait); a station of protocol 1 or 2 would take that unknown reason as a refusal for good,
#: so it is told ``station_not_approved`` instead, which it retries (:func:`for_protocol`).
#: 4: it knows ``station_suspended`` (a clone suspected, :mod:`sync.central.clones`; its
#: records wait); older stations are told ``station_not_approved`` instead.
PROTOCOL_HEADER = "X-SWS-Sync-Protocol"
PROTOCOLS = (1, 2, 3, 4)
Protocol = Annotated[str | None, Header(alias=PROTOCOL_HEADER)]
ValidDays = Annotated[int, Query(ge=1, le=3660, description="days the approval holds")]
ReportName = Annotated[str, PathParam(description="coverage, duplicates, cards, service-uses or "
                                 "stations", examples=["coverage"])]
PlaceCode = Annotated[str | None, Query(pattern=r"^[A-Za-z0-9_.-]{1,32}$")]


def report_scope(province: PlaceCode = None, district: PlaceCode = None,
                 commune: PlaceCode = None,
                 since: Annotated[date | None, Query(description="first day (YYYY-MM-DD, "
                                                     "the office's own day) the records were "
                                                     "made at their station")] = None,
                 until: Annotated[date | None, Query(description="last day, included; also "
                                                     "the day coverage is counted on "
                                                     "(default: today, UTC)")] = None,
                 ) -> reports.Scope:
    """The report filters of a request (place codes; the office days records were made)."""
    return reports.Scope(province, district, commune, since, until)


ReportScope = Annotated[reports.Scope, Depends(report_scope)]


class Refusal(BaseModel):
    """What a refused call answers: one sentence saying why (FastAPI's ``detail``)."""

    detail: str


def refused(description: str) -> dict[str, Any]:
    """An error answer of the OpenAPI document: its meaning, and the :class:`Refusal` body."""
    return {"model": Refusal, "description": description}


def storable(value: Any, what: str) -> None:
    """400 when text in ``value`` (strings, nested in lists and dicts) cannot be stored: a
    NUL character (PostgreSQL text refuses it) or half of a UTF-16 pair (not UTF-8). Such
    a request was a 500 from the database driver, after the operator's call was taken."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                bad = True
            else:
                bad = "\x00" in item
            if bad:
                raise HTTPException(400, f"{what} holds a character that cannot be stored (a "
                                    "NUL, or half of a UTF-16 pair): check the text")


async def _invalid_request(_: Request, error: Exception) -> Response:
    """FastAPI's 422 answer, written as ASCII JSON: the input it echoes may hold half of a
    UTF-16 pair (JSON allows ``\\udXXX`` alone), which the default answer cannot encode
    (it was a 500 instead of the 422)."""
    errors = error.errors() if isinstance(error, RequestValidationError) else []
    return Response(json.dumps({"detail": jsonable_encoder(errors)}), status_code=422,
                    media_type="application/json")


_PROTOCOL = "unknown sync protocol (X-SWS-Sync-Protocol)"
#: The answer of every call that needs an operator's token (``X-Admin-Token``).
_NOT_ALLOWED = refused("no valid X-Admin-Token, or its operator's role may not make this call")
_REPORT_ERRORS: dict[int | str, dict[str, Any]] = {
    400: refused("a filter this report does not take, a range that ends before it starts, or "
                 "two places that cannot both hold (a commune of another district than the "
                 "one named)"),
    404: refused("no such report, or a place code the centre does not know")}


def protocol_version(declared: str | None) -> int:
    """The sync protocol a request declares (1 without the header); 400 for an unknown one,
    before anything is stored."""
    try:
        version = int(declared) if declared is not None else 1
    except ValueError:
        version = 0
    if version not in PROTOCOLS:
        raise HTTPException(400, f"unknown sync protocol {declared!r}: this central registry "
                            f"speaks {PROTOCOLS[0]} to {PROTOCOLS[-1]}; update the station")
    return version


def for_protocol(results: list[Result], version: int) -> list[Result]:
    """``results`` as a station of sync protocol ``version`` understands them: before 3 a
    ``station_expired`` refusal, and before 4 a ``station_suspended`` one, is answered as
    ``station_not_approved`` (retried there, so its records wait instead of being marked
    refused for good)."""
    unknown = {"station_suspended"} if version >= 3 else {"station_suspended",
                                                          "station_expired"}
    if version >= 4:
        return results
    return [Result(r.id, r.status, "station_not_approved", r.person_id, r.candidates)
            if r.reason in unknown else r for r in results]


@dataclass(frozen=True)
class CentralConfig:
    """How to run the central registry.

    ``dedup`` picks the 1:N engine: ``gallery`` (the matcher's Gallery) or ``exact``.
    ``auto_approve`` registers stations as active at once (demo); production leaves it off
    so a supervisor approves each station. ``dedup_worker`` runs the dedup stage in a thread
    while the app runs (off: only :meth:`Ingest.process_pending` calls decide, e.g. a test).
    ``grace_days``: after a station's approval expires, how long packets it dated before the
    expiry are still taken (:mod:`sync.central.expiry`).
    """

    db_url: str
    key_path: Path
    admin_token: str | None = None
    auto_approve: bool = True
    dedup: str = "gallery"
    dedup_worker: bool = True
    grace_days: int = expiry.GRACE_DAYS


def dedup_factory(name: str) -> Callable[[], Deduplicator]:
    """The factory of the 1:N engine called ``name``."""
    if name == "exact":
        return ExactDeduplicator
    if name == "gallery":
        from sync.central.gallery_dedup import GalleryDeduplicator

        return GalleryDeduplicator
    raise CentralConfigError(f"unknown dedup engine {name!r}; use 'gallery' or 'exact'")


def make_engine(db_url: str, *, now: datetime | None = None) -> sa.Engine:
    """An engine for ``db_url`` (tables created or migrated, ``now`` dating what a migration
    sets); a bad URL is a :class:`CentralConfigError` that shows the URL without its
    password."""
    return serving_engine(db_url, now=now)


def create_app(config: CentralConfig, *, clock: Callable[[], datetime] | None = None) -> FastAPI:
    """Build the central registry's ASGI app (opens the database, loads the gallery)."""
    now_of = clock or (lambda: datetime.now(UTC))
    engine = make_engine(config.db_url, now=now_of())
    central_key = load_or_create_central_key(config.key_path)
    central_public = public_bytes(central_key.public_key())
    ingest = Ingest(engine, central_key, dedup_factory(config.dedup), clock=now_of)
    ingest.grace_days = config.grace_days
    ingest.load_gallery()
    worker = DedupWorker.for_engine(ingest, config.dedup)  # chunk sizes and why: there

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if config.dedup_worker:
            worker.start()
        try:
            yield
        finally:
            worker.stop()

    app = FastAPI(title="Single Window central registry", version="2", lifespan=lifespan,
                  exception_handlers={RequestValidationError: _invalid_request})
    app.state.ingest = ingest

    def answers(results: list[Result], version: int) -> list[Result]:
        """Final answers for protocol 1 stations (they would take ``received`` for a
        refusal); protocol 2 and later get them as they are; before 3 an expiry is told as
        ``station_not_approved`` (:func:`for_protocol`)."""
        return for_protocol(results if version >= 2 else ingest.settle(results), version)

    @contextmanager
    def tx() -> Iterator[sa.Connection]:
        with engine.begin() as conn:
            yield conn

    def require(token: str | None, role: str) -> operators.Operator:
        """The operator whose token came in ``X-Admin-Token``, if their role allows ``role``'s
        calls; 403 otherwise."""
        try:
            with tx() as conn:
                who = operators.authenticate(conn, token, config.admin_token)
        except sa.exc.OperationalError as error:
            # the database is down or gone: one line in the service's log, not a traceback
            # per call, and the operator is told the failure is the service's
            first = str(error.orig or error).strip().splitlines()[0]
            log.warning("an operator's call failed: the central database cannot be "
                        "reached: %s", first)
            raise HTTPException(503, "the central database cannot be reached (the "
                                "service's log says why)") from None
        if who is None:
            # the operator set SWS_CENTRAL_ADMIN_TOKEN, which `sws central` sends as the
            # header: name both, and where to see whether theirs was revoked
            raise HTTPException(403, "no valid X-Admin-Token: the token given "
                                "(SWS_CENTRAL_ADMIN_TOKEN for `sws central`) is none of "
                                "this centre's active operator tokens: mistyped, or revoked "
                                "(`sws central operator list`)")
        if not who.may(role):
            raise HTTPException(403, f"operator {who.name} ({who.role}) may not make this "
                                f"call: it needs the {role} role")
        return who

    def decode_all(texts: list[str]) -> list[bytes]:
        out = []
        for text in texts:
            try:
                out.append(unb64(text))
            except SyncError:
                out.append(b"")  # refused per packet as malformed
        return out

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/packets", response_model=m.BatchAnswer,
              responses={400: refused(_PROTOCOL)})
    def post_packets(batch: m.PacketBatch, protocol: Protocol = None) -> dict[str, Any]:
        """Deliver a batch; one answer per packet, in order. Replays are harmless."""
        version = protocol_version(protocol)
        results = answers(ingest.ingest(decode_all(batch.packets)), version)
        return {"results": [r.as_json() for r in results]}

    @app.post("/v1/batches", response_model=m.BatchAnswer,
              responses={400: refused(f"manifest or signature not base64; {_PROTOCOL}")})
    def post_batch(batch: m.SignedBatch, protocol: Protocol = None) -> dict[str, Any]:
        """Deliver bodies under one signed manifest; one answer per body, in order."""
        version = protocol_version(protocol)
        try:
            manifest, signature = unb64(batch.manifest), unb64(batch.signature)
        except SyncError as error:
            raise HTTPException(400, str(error)) from error
        results = answers(ingest.ingest_batch(manifest, signature, decode_all(batch.bodies)),
                          version)
        return {"results": [r.as_json() for r in results]}

    @app.post("/v1/batches/cbor", response_model=m.BatchAnswer,
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/cbor": {"schema": {"type": "string", "format": "binary"}}}}},
              responses={400: refused(f"not a CBOR batch; {_PROTOCOL}"),
                         413: refused("batch too large (64 MiB at most)")})
    async def post_batch_cbor(request: Request, protocol: Protocol = None) -> Response:
        """The same as ``/v1/batches``, as one CBOR map ``{manifest, signature, bodies}``
        (no base64, no JSON parsing: the uploader's fast path)."""
        version = protocol_version(protocol)
        raw = await request.body()
        if len(raw) > _MAX_CBOR_BATCH:
            raise HTTPException(413, "a batch is at most 64 MiB")
        try:
            value = cbor2.loads(raw)
            manifest, signature, bodies = value["manifest"], value["signature"], value["bodies"]
            ok = (isinstance(manifest, bytes) and isinstance(signature, bytes)
                  and isinstance(bodies, list) and len(bodies) <= 1000
                  and all(isinstance(b, bytes) for b in bodies))
        except (cbor2.CBORDecodeError, KeyError, TypeError, ValueError, IndexError) as error:
            raise HTTPException(400, "the body is not a CBOR batch map") from error
        if not ok:
            raise HTTPException(400, "the CBOR batch needs bytes manifest, signature, bodies")
        results = await run_in_threadpool(ingest.ingest_batch, manifest, signature, bodies)
        results = await run_in_threadpool(answers, results, version)
        return Response(json.dumps({"results": [r.as_json() for r in results]}),
                        media_type="application/json")

    @app.put("/v1/packets/{packet_id}", response_model=m.PacketResult,
             responses={400: {"description": "packet rejected (its answer), or the "
                              "packet's id is not the URL's, or an unknown sync protocol "
                              "(a detail sentence)"},
                        403: {"description": "station unknown, pending, revoked or its "
                              "approval expired"},
                        409: {"description": "this id was delivered with other content"}})
    def put_packet(packet_id: Annotated[str, m.Id], body: m.SinglePacket,
                   response: Response, protocol: Protocol = None) -> dict[str, Any]:
        """Deliver one packet under its id (ODK Central style: 409 on a conflict)."""
        version = protocol_version(protocol)
        blob = decode_all([body.packet])[0]
        try:
            named = peek(blob)[0]["id"]
        except PacketError:
            named = None  # malformed: ingest refuses and logs it
        if named is not None and named != packet_id:
            raise HTTPException(400, "the packet id does not match the URL")
        result = answers(ingest.ingest([blob]), version)[0]
        if result.status == CONFLICT:
            response.status_code = 409
        elif result.status == REJECTED:
            response.status_code = 403 if result.reason in _STATION_REASONS else 400
        return result.as_json()

    @app.post("/v1/statuses", response_model=m.StatusAnswer)
    def post_statuses(query: m.StatusQuery) -> dict[str, Any]:
        """The centre's current answer for packets a station delivered earlier."""
        with tx() as conn:
            return {"statuses": registry.statuses(conn, query.ids) if query.ids else []}

    @app.post("/v1/stations", response_model=m.RegistrationAnswer,
              responses={400: {"description": "malformed key"},
                         409: {"description": "station id registered with another key"}})
    def post_station(reg: m.StationRegistration) -> dict[str, Any]:
        """Register a station's signing key (active at once in demo mode), its card signer
        when the station binds it (``signer_binding``: kept for its revocation), and its
        office's time zone when the centre knows it (else logged ``bad_time_zone`` and the
        station registered on UTC days: its syncs say the zone again)."""
        if reg.time_zone is not None:
            try:
                registry.check_time_zone(reg.time_zone)
            except registry.UnknownTimeZone:
                refuse(reg.station_id, "bad_time_zone")
        try:
            key = unb64(reg.public_key)
            declared = None
            if reg.signer_binding is not None:
                declared = signers.signer_of_binding(
                    unb64(reg.signer_binding), unb64(reg.signer_signature or ""),
                    reg.station_id, key)
            with tx() as conn:
                status = registry.register_station(
                    conn, station_id=reg.station_id, public_key=key, name=reg.name,
                    office=reg.office, auto_approve=config.auto_approve,
                    now=utc_naive(now_of()), time_zone=reg.time_zone)
                if declared is not None:
                    signers.remember(conn, {reg.station_id: [declared]})
        except RegistrationError as error:
            code = 409 if "another key" in str(error) else 400
            raise HTTPException(code, str(error)) from error
        except (SyncError, signers.BindingRefused) as error:
            raise HTTPException(400, str(error)) from error
        return {"station_id": reg.station_id, "status": status,
                "central_public_key": b64(central_public)}

    @app.post("/v1/stations/{station_id}/signers", response_model=m.StationSigners,
              responses={400: {"description": "the binding does not verify"},
                         404: {"description": "no such station"}})
    def post_station_signer(station_id: Annotated[str, m.Id],
                            body: m.SignerDeclaration) -> dict[str, Any]:
        """A station declares its card signer (its registration predates it, or new
        certificates were installed): kept once the signer key's binding names this station
        and its key, and the station's key signed it."""
        try:
            binding, signature = unb64(body.binding), unb64(body.signature)
        except SyncError as error:
            raise HTTPException(400, str(error)) from error
        with tx() as conn:
            row = conn.execute(sa.select(schema.stations.c.public_key)
                               .where(schema.stations.c.id == station_id)).first()
            if row is None:
                raise HTTPException(404, f"no station {station_id} is registered")
            try:
                declared = signers.signer_of_binding(binding, signature, station_id,
                                                     bytes(row.public_key))
            except signers.BindingRefused as error:
                raise HTTPException(400, str(error)) from error
            signers.remember(conn, {station_id: [declared]})
            listed = conn.execute(sa.select(schema.stations.c.signers)
                                  .where(schema.stations.c.id == station_id)).scalar()
        return {"station_id": station_id,
                "signers": [s["sha256"] for s in signers.parse(listed)]}

    def refuse(station_id: str, reason: str) -> None:
        """Keep a refused station call in the security log, as refused packets are."""
        with tx() as conn:
            conn.execute(schema.events.insert().values(
                at=utc_naive(now_of()), event="rejected", reason=reason,
                station_id=station_id))

    def refuse_daily(station_id: str, reason: str) -> None:
        """:func:`refuse`, once a day per station and reason: a station whose zone the
        centre's tzdata lacks says it at every sync (a request each time, not a row)."""
        now = utc_naive(now_of())
        e = schema.events.c
        with tx() as conn:
            seen = conn.execute(sa.select(e.id).where(
                e.event == "rejected", e.reason == reason, e.station_id == station_id,
                e.at > now - timedelta(days=1)).limit(1)).first()
        if seen is None:
            refuse(station_id, reason)

    @app.post("/v1/stations/{station_id}/time-zone", response_model=m.StationZone,
              responses={400: refused("a time zone the centre does not know"),
                         403: refused("the station's key did not sign it, or the station "
                                      "is revoked or suspended"),
                         404: refused("no such station"),
                         409: refused("another zone version than the next, or the centre "
                                      "no longer holds the zone it replaces (an old "
                                      "declaration sent again)")})
    def post_station_zone(station_id: Annotated[str, m.Id],
                          body: m.TimeZoneDeclaration) -> dict[str, Any]:
        """A station says its office's time zone (registered before it said one, or its
        ``SWS_TIME_ZONE`` changed): kept once the station's key signed it over the next
        zone version (``version``) and the zone it replaces (``was``) is still on record,
        unless the station is revoked or suspended; the records it delivers from then on
        are counted on that office's days (those stored before keep theirs)."""
        try:
            signature = unb64(body.signature)
            with tx() as conn:
                zone, version = registry.set_time_zone(
                    conn, station_id, body.time_zone, body.was, signature, body.version,
                    now=utc_naive(now_of()))
        except registry.UnknownTimeZone as error:
            refuse_daily(station_id, "bad_time_zone")
            raise HTTPException(400, str(error)) from error
        except registry.BadZoneSignature as error:
            refuse(station_id, "bad_signature")
            raise HTTPException(403, str(error)) from error
        except registry.StationBarred as error:
            refuse(station_id, f"station_{error.status}")
            raise HTTPException(403, str(error)) from error
        except registry.ZoneUnversioned as error:
            # a station from before versions says it at every sync: one row a day
            refuse_daily(station_id, "stale_time_zone")
            raise HTTPException(409, str(error)) from error
        except registry.ZoneChanged as error:
            refuse(station_id, "stale_time_zone")
            raise HTTPException(409, str(error)) from error
        except RegistrationError as error:
            raise HTTPException(404, str(error)) from error
        except SyncError as error:
            raise HTTPException(400, str(error)) from error
        return {"station_id": station_id, "time_zone": zone, "zone_version": version}

    def set_status(station_id: str, status: str, reason: str | None,
                   token: str | None, valid_days: int = schema.DEFAULT_VALID_DAYS
                   ) -> dict[str, Any]:
        who = require(token, operators.ADMIN)
        try:
            with tx() as conn:
                now = utc_naive(now_of())
                ends = registry.set_station_status(conn, station_id, status, reason=reason,
                                                   now=now, valid_days=valid_days)
                action = "station_approve" if status == "active" else "station_revoke"
                detail = reason if ends is None else f"valid until {expiry.iso(ends)}"
                operators.record(conn, who, action, station_id, detail, now)
        except AlreadyRevoked as error:
            raise HTTPException(409, str(error)) from error
        except RegistrationError as error:
            raise HTTPException(404, str(error)) from error
        return {"station_id": station_id, "status": status, "expires_at": expiry.iso(ends)}

    @app.post("/v1/stations/{station_id}/approve", response_model=m.StationStanding,
              responses={403: _NOT_ALLOWED, 404: refused("no such station")})
    def approve_station(station_id: Annotated[str, m.Id],
                        x_admin_token: Annotated[str | None, Header()] = None,
                        valid_days: ValidDays = schema.DEFAULT_VALID_DAYS) -> dict[str, Any]:
        """A supervisor approves a pending, revoked or suspended (clone suspected) station
        for ``valid_days``."""
        return set_status(station_id, "active", None, x_admin_token, valid_days)

    @app.post("/v1/stations/{station_id}/renew", response_model=m.StationStanding,
              responses={400: refused("the station is not active: approve it instead"),
                         403: _NOT_ALLOWED, 404: refused("no such station")})
    def renew_station(station_id: Annotated[str, m.Id],
                      x_admin_token: Annotated[str | None, Header()] = None,
                      valid_days: ValidDays = schema.DEFAULT_VALID_DAYS) -> dict[str, Any]:
        """Extend an active station's approval to ``valid_days`` from now; its records that
        waited since the expiry are taken at its next sync."""
        who = require(x_admin_token, operators.ADMIN)
        try:
            with tx() as conn:
                now = utc_naive(now_of())
                ends = registry.renew_station(conn, station_id, now=now, valid_days=valid_days)
                operators.record(conn, who, "station_renew", station_id,
                                 f"valid until {expiry.iso(ends)}", now)
        except RegistrationError as error:
            code = 404 if "no station" in str(error) else 400
            raise HTTPException(code, str(error)) from error
        return {"station_id": station_id, "status": "active", "expires_at": expiry.iso(ends)}

    @app.post("/v1/stations/{station_id}/revoke", response_model=m.StationStanding,
              responses={403: _NOT_ALLOWED, 404: refused("no such station"),
                         409: refused("already revoked: the first revocation stands")})
    def revoke_station(station_id: Annotated[str, m.Id], body: m.StationRevocation,
                       x_admin_token: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        """Revoke a station: its packets are refused from now on."""
        storable(body.reason, "the reason")
        return set_status(station_id, "revoked", body.reason, x_admin_token)

    @app.get("/v1/adjudications", response_model=m.AdjudicationCases, deprecated=True,
             responses={403: _NOT_ALLOWED})
    def get_adjudications(x_admin_token: Annotated[str | None, Header()] = None
                          ) -> dict[str, Any]:
        """Every open case, one entry per candidate (adjudicators and admins): what `sws`
        built before ``/v2/adjudications`` reads (it groups the entries per applicant). It
        stopped at 500 entries without saying so; now it holds them all. Use
        ``/v2/adjudications``: one case per applicant, a page at a time."""
        require(x_admin_token, operators.ADJUDICATOR)
        with tx() as conn:
            return {"cases": adjudication.open_cases(conn)}

    @app.get("/v2/adjudications", response_model=m.CasePage,
             responses={403: _NOT_ALLOWED,
                        404: refused("``after`` names no case this centre ever opened")})
    def get_case_page(x_admin_token: Annotated[str | None, Header()] = None,
                      after: Annotated[str | None, Query(
                          pattern=r"^[A-Za-z0-9_.:-]{1,64}$",
                          description="the last case of the page before (its next_after)")
                      ] = None,
                      limit: Annotated[int, Query(ge=1, le=adjudication.MAX_PAGE,
                                                  description="cases on the page")
                                       ] = adjudication.PAGE) -> dict[str, Any]:
        """Open cases, oldest first, a page at a time: one per held enrolment (applicant),
        its candidates inside (adjudicators and admins). ``total`` counts the open cases
        in all and ``next_after`` says where the next page starts (null on the last)."""
        require(x_admin_token, operators.ADJUDICATOR)
        try:
            with tx() as conn:
                return adjudication.case_page(conn, after=after, limit=limit)
        except adjudication.AdjudicationError as error:
            raise HTTPException(404, str(error)) from error

    @app.post("/v1/adjudications/{packet_id}", response_model=m.PacketStatus,
              responses={400: refused("the service's admin token without ``by`` (who "
                                      "decides), or ``by`` naming another operator than "
                                      "the token's"),
                         403: _NOT_ALLOWED,
                         404: refused("no open case for this packet: unknown, or decided "
                                      "already (the answer says how, by whom and when)")})
    def post_adjudication(packet_id: Annotated[str, m.Id], body: m.Decision,
                          x_admin_token: Annotated[str | None, Header()] = None
                          ) -> dict[str, Any]:
        """Decide a case: ``different`` accepts the enrolment, ``same_person`` refuses it.

        The decision is recorded under the operator whose token made the call; with the
        service's bootstrap admin token ``by`` must name the adjudicator (kept as given)."""
        who = require(x_admin_token, operators.ADJUDICATOR)
        storable(body.by, "by (the adjudicator's name)")
        if who.bootstrap:
            if not body.by:
                raise HTTPException(400, "with the service's admin token, name the adjudicator "
                                    "(by; `sws central decide ... --by NAME`); an operator's "
                                    "own token names them itself")
            by = f"{body.by} (as given)"
        elif body.by and body.by != who.name:
            raise HTTPException(400, f"this token is operator {who.name}'s: the decision is "
                                f"recorded under that name, not {body.by!r}")
        else:
            by = who.name
        try:
            return adjudication.decide_case(ingest, packet_id, body.decision,
                                            utc_naive(now_of()), by=by, who=who)
        except adjudication.AdjudicationError as error:
            raise HTTPException(404, str(error)) from error

    @app.get("/v1/revocations", response_model=m.RevocationList)
    def get_revocations(since: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0) -> dict[str, Any]:
        """Revoked cards after position ``since``, and all revoked stations."""
        with tx() as conn:
            return registry.revocation_list(conn, since)

    @app.get("/v1/stations/{station_id}/position", responses={404: {}})
    def get_position(station_id: Annotated[str, m.Id]) -> dict[str, Any]:
        """The highest outbox position this centre holds from the station, and its current
        restore epoch: what a station restored from a backup asks before it records past
        it (``sync.restored``)."""
        from sync.central import clones

        with tx() as conn:
            if not conn.execute(sa.select(schema.stations.c.id)
                                .where(schema.stations.c.id == station_id)).first():
                raise HTTPException(404, f"unknown station {station_id}")
            return {"station_id": station_id,
                    "position": clones.position(conn, station_id),
                    "epoch": (clones.epochs(conn, {station_id}).get(station_id) or [""])[-1]}

    @app.post("/v1/stations/{station_id}/erasures", response_model=m.Erasures,
              responses={404: {}})
    def post_erasures(station_id: Annotated[str, m.Id], query: m.ErasureQuery
                      ) -> dict[str, Any]:
        """Which of these persons' fingerprints the station had erased (withdrawn consent):
        what a station restored from an older backup erases again before it sends anything
        (``sync.restored``): the prints it holds from before ``erased_at``. Only erasures this
        station delivered; one per person, the newest."""
        with tx() as conn:
            if not conn.execute(sa.select(schema.stations.c.id)
                                .where(schema.stations.c.id == station_id)).first():
                raise HTTPException(404, f"unknown station {station_id}")
            return {"erasures": registry.erasures(conn, station_id, query.persons)
                    if query.persons else []}

    @app.get("/v1/master-data", response_model=m.MasterData)
    def get_master_data(have_gazetteer: str | None = None) -> dict[str, Any]:
        """Programmes, locations, station keys and the centre's public key; the list of
        places too when ``have_gazetteer`` (the digest of the station's, "" for none) differs.
        """
        with tx() as conn:
            return registry.master_data(conn, central_public, have_gazetteer,
                                        now=utc_naive(now_of()))

    @app.put("/v1/master-data", responses={
        400: refused("codes not unique, a gazetteer that breaks a rule the stations read "
                     "it with (the area and the rule), or a commune dropped that records "
                     "are registered in (nothing replaced)"),
        403: _NOT_ALLOWED})
    def put_master_data(body: m.MasterDataUpdate,
                        x_admin_token: Annotated[str | None, Header()] = None,
                        dry_run: bool = False) -> dict[str, int | bool]:
        """Replace programmes and locations (admin). Refused (400, nothing replaced) when
        the new locations drop a commune that delivered records are registered in.
        ``dry_run``: the same checks, reading only (no token needed, nothing written, nothing
        in the operator trail): what the real run would be refused, the look is refused in
        the same words."""
        who = None if dry_run else require(x_admin_token, operators.ADMIN)
        storable(body.model_dump(), "the master data")
        codes = [p.code for p in body.programmes], [loc.code for loc in body.locations]
        if any(len(set(c)) != len(c) for c in codes):
            raise HTTPException(400, "programme and location codes must be unique")
        places = body.gazetteer
        # the stations' own rules: a list they would all refuse (and keep their old one) is
        # refused here, in their words, before anything is replaced
        if places is not None and (problem := gazetteer_rules.problem(
                places, "gazetteer")) is not None:
            raise HTTPException(400, problem)
        locations = [loc.model_dump() for loc in body.locations]
        try:
            if who is None:  # a look: the real run's check, and no write (anyone may ask)
                with engine.connect() as conn:
                    registry.check_master_data(conn, locations)
            else:
                with tx() as conn:
                    registry.put_master_data(conn, [p.model_dump() for p in body.programmes],
                                             locations, places)
                    operators.record(conn, who, "master_data", None,
                                     f"{len(body.programmes)} programmes, "
                                     f"{len(body.locations)} locations"
                                     + (", gazetteer" if places is not None else ""),
                                     utc_naive(now_of()))
        except PlacesInUse as error:  # nothing replaced: the transaction rolled back
            raise HTTPException(400, str(error)) from error
        return {"programmes": len(body.programmes), "locations": len(body.locations),
                "dry_run": dry_run}

    @app.get("/v1/stats", response_model=m.Stats)
    def get_stats() -> dict[str, Any]:
        """Persons, packets, duplicates suspected, rejected, conflicts, replays, stations."""
        with tx() as conn:
            return reports.stats(conn)

    def report_rows(name: str, scope: reports.Scope,
                    now: datetime | None = None) -> list[dict[str, Any]]:
        if name not in reports.REPORTS:
            raise HTTPException(404, f"no report {name!r}; try {', '.join(reports.REPORTS)}")
        try:
            with tx() as conn:
                return reports.report(conn, name, now=now or utc_naive(now_of()), scope=scope)
        except reports.ReportError as error:
            raise HTTPException(404 if error.unknown else 400, str(error)) from error

    @app.get("/v1/reports/{name}", response_model=m.ReportRows, responses=_REPORT_ERRORS)
    def get_report(name: ReportName, scope: ReportScope) -> dict[str, Any]:
        """A report as JSON: coverage, duplicates, cards, service-uses or stations, for the
        whole country or narrowed to a place (coverage, duplicates) and to the days the
        records were made (all but stations; ``days``: each office's local days, a record's
        instant in its station's time zone); ``filters`` repeats the filters it holds to,
        ``as_of`` the day it stands on (``until``, held back to the latest day begun
        anywhere; the centre's UTC date when not given: :func:`reports.as_of`): a saved
        copy is not read as today's."""
        now = utc_naive(now_of())
        rows = report_rows(name, scope, now)
        return {"report": name, "as_of": reports.as_of(name, scope, now).isoformat(),
                "days": reports.DAYS if name in reports.DATED else None,
                "filters": scope.filters, "rows": rows}

    @app.get("/v1/reports/{name}/csv", responses={
        200: {"content": {"text/csv": {"schema": {"type": "string"}}},
              "description": "the report as a CSV file"}, **_REPORT_ERRORS})
    def get_report_csv(name: ReportName, scope: ReportScope) -> Response:
        """A report as a CSV file (header line first), the rows of ``/v1/reports/{name}``.

        UTF-8 with a byte-order mark, so that a spreadsheet opens Khmer and Urdu names
        right; text a spreadsheet would run as a formula starts with an apostrophe. Text
        cells are quoted, numbers are not; coverage and duplicates end with ``place_codes``
        (the row's codes as "01 > 0102 > 010203": a spreadsheet keeps their leading zeros).
        The file's name holds the filters and ``as-of-DAY`` (``as_of`` of the JSON)."""
        now = utc_naive(now_of())
        text = reports.csv_text(name, report_rows(name, scope, now))
        # the file's name says what it covers and the day it stands on (the CSV has no room
        # for it): two districts' downloads are two files, and last month's is not today's
        named = "-".join(["sws", name, *(f"{k}-{v}" for k, v in scope.filters.items()),
                          "as-of", reports.as_of(name, scope, now).isoformat()])
        return Response("\ufeff" + text, media_type="text/csv; charset=utf-8", headers={
            "Content-Disposition": f'attachment; filename="{named}.csv"'})

    return app


#: Allocations between two young-generation collections in the server (CPython's default is
#: 700). A batch allocates tens of thousands of short-lived containers (decoded bodies,
#: payloads, rows) that are freed with the batch; at 700 the collector runs a few hundred
#: times per 10,000 records and scans them, at this threshold hardly ever. Cycles (rare
#: here) are still collected, a little later.
GC_THRESHOLD = (20_000, 20, 50)


def tune_gc() -> None:
    """Collector settings for a long-running ingest server (process-wide; call once at start).

    The start-up heap (modules, SQLAlchemy metadata, the loaded gallery) is frozen so that
    full collections no longer walk it, and the young generation is collected less often.

    References
    ----------
    CPython ``gc.freeze`` (3.7+), introduced for long-running servers (Instagram, "Dismissing
    Python Garbage Collection at Instagram", 2017).
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)


def listen(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port``, opened before the database and the gallery are
    loaded, so that a port in use is one line at once; :class:`CentralConfigError` if not."""
    try:
        return socket.create_server((host, port), backlog=2048)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            why = "is in use (another central registry or program listens there)"
        elif error.errno == errno.EACCES:
            why = "needs privileges this user lacks (use a port above 1023)"
        else:
            raise CentralConfigError(f"cannot listen on {host} port {port}: "
                                     f"{error.strerror or error}; check --host") from error
        raise CentralConfigError(f"port {port} on {host} {why}; pick another with "
                                 "--port") from error


def serve(config: CentralConfig, *, host: str = "127.0.0.1", port: int = 8700,
          announce: Callable[[str], None] | None = None) -> None:
    """Run the central registry under uvicorn until interrupted.

    The port is taken first (:func:`listen`), then the database is opened and the gallery
    loaded; ``announce`` receives one line saying where the service listens once it does.
    """
    import uvicorn

    if not 0 < port < 65536:
        raise CentralConfigError(f"--port must be 1-65535, not {port}")
    sock = listen(host, port)
    try:
        app = create_app(config)
        tune_gc()
        if announce is not None:
            announce(f"central registry listening on http://{host}:{port} (database "
                     f"{shown(config.db_url)}, "
                     f"1:N {config.dedup}, {len(app.state.ingest.dedup)} persons in the "
                     "gallery); OpenAPI at /openapi.json; Ctrl-C stops it")
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        server.run(sockets=[sock])
    finally:
        sock.close()
