"""Request and answer shapes of the central registry API (they make the OpenAPI document)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

Id = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.:-]{1,64}$")]
Base64 = Annotated[str, Field(pattern=r"^[A-Za-z0-9_=-]*$", max_length=6_000_000)]


class PacketBatch(BaseModel):
    """Up to 1,000 packets, each the base64url of its CBOR bytes."""

    packets: Annotated[list[Base64], Field(max_length=1000)]


class SignedBatch(BaseModel):
    """Bare packet bodies under one station signature over their digests (sync.batch)."""

    manifest: Annotated[Base64, Field(max_length=100_000)]
    signature: Annotated[Base64, Field(max_length=200)]
    bodies: Annotated[list[Base64], Field(max_length=1000)]


class SinglePacket(BaseModel):
    packet: Base64


class PacketResult(BaseModel):
    id: str | None
    status: str = Field(description="received (sync protocol 2: stored, 1:N decision to "
                        "come, pull it with /v1/statuses) | accepted | duplicate_suspected | "
                        "rejected | conflict")
    reason: str | None = None
    person_id: str | None = None
    candidates: list[str] = []


class BatchAnswer(BaseModel):
    results: list[PacketResult]


class StationRegistration(BaseModel):
    station_id: Id
    public_key: Annotated[Base64, Field(min_length=43, max_length=44)]
    name: Annotated[str, Field(max_length=200)] = ""
    office: Annotated[str, Field(max_length=200)] = ""
    signer_binding: Annotated[Base64 | None, Field(max_length=20_000, description=(
        "the station's card signer bound to its id and key (cardio.binding: COSE_Sign1 by "
        "the signer key), so the centre can list it if it revokes the station"))] = None
    signer_signature: Annotated[Base64 | None, Field(max_length=200, description=(
        "the station key's Ed25519 signature over signer_binding"))] = None
    time_zone: Annotated[str | None, Field(max_length=200, description=(
        "the office's time zone (IANA name, e.g. Asia/Phnom_Penh): the reports count the "
        "station's records on the office's days; a name the centre does not know is not "
        "kept (logged bad_time_zone; the station registered on UTC days)"))] = None


class TimeZoneDeclaration(BaseModel):
    """A station's office zone, said at a sync when the centre holds another."""

    time_zone: Annotated[str, Field(max_length=200, description="IANA name, e.g. "
                                    "Asia/Phnom_Penh")]
    was: Annotated[str | None, Field(max_length=200, description="the zone the master "
                                     "data listed for the station when it said this one "
                                     "(null: none); taken only while the centre still holds "
                                     "it (409 otherwise: an old declaration sent again)")] = None
    version: Annotated[int | None, Field(ge=1, le=2**31 - 1, description=(
        "the station's next zone version: the zone_version the master data listed for it, "
        "plus one; taken only when it is the one after the centre's (409 stale_time_zone "
        "otherwise: a declaration sent again, even after the zone came back to was). Null "
        "or absent (stations from before versions): taken only as the station's first "
        "zone, while the centre holds none (409 otherwise: update the station)"))] = None
    signature: Annotated[Base64, Field(max_length=200, description="the station key's "
                                       "Ed25519 signature over sync.registration."
                                       "zone_message(station id, time_zone, was, version)")]


class StationZone(BaseModel):
    station_id: str
    time_zone: str
    zone_version: int = Field(default=0, description="the version it holds now (the "
                              "next declaration is signed over the one after it)")


class SignerDeclaration(BaseModel):
    """A station's card signer, declared at a sync when the centre does not list it yet."""

    binding: Annotated[Base64, Field(max_length=20_000, description="cardio.binding: "
                                     "COSE_Sign1 by the card-signer key over the station's "
                                     "id and Ed25519 key")]
    signature: Annotated[Base64, Field(max_length=200, description="the station key's "
                                       "Ed25519 signature over the binding")]


class StationSigners(BaseModel):
    station_id: str
    signers: list[str] = Field(description="hex SHA-256 of each card-signer certificate on "
                               "record for the station")


class RegistrationAnswer(BaseModel):
    station_id: str
    status: str = Field(description="active | pending (awaiting a supervisor) | revoked")
    central_public_key: str


class StationStanding(BaseModel):
    station_id: str
    status: str = Field(description="active | revoked")
    expires_at: str | None = Field(default=None, description="until when the approval holds "
                                   "(UTC, ISO 8601); null for a revoked station")


class StationRevocation(BaseModel):
    reason: Annotated[str, Field(max_length=500)] = ""


class StatusQuery(BaseModel):
    ids: Annotated[list[Id], Field(max_length=1000)]


class ErasureQuery(BaseModel):
    persons: Annotated[list[Id], Field(max_length=1000,
                                       description="person ids the station holds prints of")]


class Erasure(BaseModel):
    person_id: str
    erased_at: str = Field(description="when the station recorded it (ISO time, UTC)")
    asked_by: str = Field(description="self | guardian")
    guardian: str | None = None
    fingers: list[int] = Field(description="ISO/IEC 19794-2 finger positions erased")
    erased_by: str = Field(description="the station operator id of the supervisor")


class Erasures(BaseModel):
    erasures: list[Erasure]


class PacketStatus(BaseModel):
    id: str
    status: str = Field(description="received (1:N decision to come) | accepted | "
                        "duplicate_suspected | rejected")
    reason: str | None = None
    person_id: str | None = None


class Decision(BaseModel):
    decision: Literal["different", "same_person"]
    by: Annotated[str | None, Field(max_length=48, description="the adjudicator's name, "
                                    "kept with the decision in the centre's events")] = None


class PersonSummary(BaseModel):
    """What an adjudicator reads beside the fingerprints (empty where not delivered)."""

    latin_name: str
    local_name: str
    sex: str
    birth_date: str
    birth_date_estimated: bool = Field(description="derived from an estimated age")
    province: str
    district: str
    commune: str
    place_name: str = Field(description="commune, district, province from the master data")
    station_id: str
    station_name: str


class AdjudicationCase(BaseModel):
    packet_id: str
    candidate_person_id: str
    score: float
    opened_at: str
    station_id: str
    record_id: str
    applicant: PersonSummary
    candidate: PersonSummary


class AdjudicationCases(BaseModel):
    """Every open case, one entry per candidate (``/v1``, kept for `sws` built before
    ``/v2/adjudications``)."""

    cases: list[AdjudicationCase]


class CaseCandidate(BaseModel):
    person_id: str = Field(description="the person enrolled before whom the applicant matched")
    score: float
    person: PersonSummary


class HeldCase(BaseModel):
    """One held enrolment (one applicant) and every person it matched: decided once."""

    packet_id: str = Field(description="what `decide` takes")
    opened_at: str
    station_id: str
    record_id: str
    applicant: PersonSummary
    candidates: list[CaseCandidate] = Field(description="best score first")


class CasePage(BaseModel):
    """A page of the open cases, oldest first."""

    cases: list[HeldCase]
    total: int = Field(description="open cases in all")
    before: int = Field(description="open cases ahead of this page")
    next_after: str | None = Field(description="ask the next page with after=this; null on "
                                   "the last page")


class StatusAnswer(BaseModel):
    statuses: list[PacketStatus]


class RevokedCard(BaseModel):
    seq: int
    card_id: str
    reason: str | None
    revoked_at: str


class SignerCertificate(BaseModel):
    sha256: str = Field(description="hex SHA-256 of the certificate's DER encoding")
    subject: str


class RevokedStation(BaseModel):
    station_id: str
    reason: str | None
    revoked_at: str | None
    signers: list[SignerCertificate] = Field(
        default_factory=list, description="the station's card-signer certificates: cards "
        "they sign at or after revoked_at are refused by card checks")
    delivered_cards: str = Field(
        default="", description="base64url of the sorted, concatenated 8-byte tags "
        "(first 8 bytes of the SHA-256 of the credential) of every card the centre received "
        "from the station: its signers' other cards are refused whatever date they carry")


class RevocationList(BaseModel):
    cards: list[RevokedCard]
    stations: list[RevokedStation]
    next: int = Field(description="pass as ?since= next time to get only newer revocations")


#: A programme's or a commune's code: the centre keeps 32 characters (``schema.programmes``,
#: ``schema.locations``); a longer one was a 500 from the database.
Code = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.:-]{1,32}$")]


class Programme(BaseModel):
    code: Code
    name: Annotated[str, Field(max_length=200)]


class Location(BaseModel):
    code: Code
    province: Annotated[str, Field(max_length=100)]
    district: Annotated[str, Field(max_length=100)]
    commune: Annotated[str, Field(max_length=100)]


class StationInfo(BaseModel):
    station_id: str
    public_key: str
    status: str
    office: str
    name: str = ""
    expires_at: str | None = Field(default=None, description="until when the station's "
                                   "approval holds (UTC, ISO 8601; null: pending, revoked or "
                                   "no expiry); renewed by the centre's operators")
    expired: bool = Field(default=False, description="the approval has ended on the centre's "
                          "clock: the station's records are refused (station_expired) and "
                          "wait at the station until a renewal")
    signers: list[str] = Field(default_factory=list, description="hex SHA-256 of the "
                               "card-signer certificates on record for the station (listed "
                               "if it is revoked); a station whose signer is missing declares "
                               "it (POST /v1/stations/{id}/signers)")
    time_zone: str | None = Field(default=None, description="the office's time zone on record "
                                  "(the records it delivers are counted on its days); null: "
                                  "UTC, until the station says (POST "
                                  "/v1/stations/{id}/time-zone)")
    zone_version: int = Field(default=0, description="how many times its zone was put on "
                              "record since its registration: a change is signed over the "
                              "next one (POST /v1/stations/{id}/time-zone, version)")


class MasterData(BaseModel):
    central_public_key: str
    programmes: list[Programme]
    locations: list[Location]
    stations: list[StationInfo]
    gazetteer_digest: str | None = Field(
        default=None, description="digest of the stations' list of places the centre holds")
    gazetteer: dict[str, Any] | None = Field(
        default=None, description="the stations' list of places (format sws-locations: "
        "areas with code, name and parent, down to villages), as the operator loaded it; "
        "only when the request's have_gazetteer digest differs from gazetteer_digest")


class MasterDataUpdate(BaseModel):
    programmes: Annotated[list[Programme], Field(max_length=10_000)]
    locations: Annotated[list[Location], Field(max_length=100_000)]
    gazetteer: dict[str, Any] | None = Field(
        default=None, description="the whole gazetteer the locations came from (replaced "
        "when given, kept when absent)")


class SuspendedStation(BaseModel):
    station_id: str
    since: str | None
    reason: str | None


class RestoredStation(BaseModel):
    station_id: str
    at: str
    epoch: str
    backup_position: int | None
    floor: int | None
    backup_created_at: str | None


class Stats(BaseModel):
    persons: int
    deceased: int = Field(description="of the persons, those whose station recorded a death "
                          "(not withdrawn since)")
    fingerprints_erased: int = Field(0, description="persons whose station erased their "
                                     "fingerprints at their request (their envelopes deleted "
                                     "here, out of the national gallery)")
    packets: int
    awaiting_decision: int = Field(description="enrolments received, 1:N decision to come")
    duplicates_suspected: int
    duplicates_confirmed: int = Field(description="enrolments an adjudicator found to be a "
                                      "person enrolled before (refused)")
    rejected: int = Field(description="packets refused and not stored since, each once "
                          "however often it was retried, plus refused requests naming no packet")
    refusals: int = Field(description="every refusal in the security log, retries included")
    conflicts: int
    replays: int
    stations: int
    clones_suspected: int = Field(0, description="packets that claimed an outbox position "
                                  "where the centre held another packet of the same station")
    stations_suspended: list[SuspendedStation] = Field(
        default_factory=list, description="stations whose packets are refused until an "
        "operator approves or revokes them (a clone suspected)")
    stations_restored: list[RestoredStation] = Field(
        default_factory=list, description="restores from a backup that stations announced, "
        "oldest first: their new records follow the position the centre held (floor)")


class ReportRows(BaseModel):
    report: str
    as_of: str = Field(description="the day (YYYY-MM-DD) the report stands on: until, "
                       "or the centre's UTC date when later or not given")
    days: str | None = Field(default=None, description="how records are given their day: "
                             "each office's local days (a record's instant in its station's "
                             "time zone; UTC for a station that never said its zone); null "
                             "for the stations report")
    filters: dict[str, str] = Field(description="the filters the rows hold to (place codes, "
                                    "since, until); empty for the whole country, every day")
    rows: list[dict[str, Any]]
