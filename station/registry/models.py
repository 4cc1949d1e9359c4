"""The registry's tables as SQLAlchemy 2 typed models.

Ids are UUID strings (portable across SQLite and PostgreSQL, and the same ids travel in sync
packets). Timestamps are naive UTC. Biometric columns hold ciphertexts sealed by
:mod:`station.registry.crypto` (AES-GCM, key outside the database), never plaintext.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from station.registry.base import Base

ID = sa.String(36)

ROLES = ("clerk", "supervisor", "auditor")
CARD_STATUSES = ("issued", "revoked", "lost", "replaced")
ENROLMENT_STATUSES = ("completed", "pending_adjudication", "cancelled")
SEXES = ("F", "M", "X")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Household(Base):
    """A household: the unit social protection programmes often register."""

    __tablename__ = "household"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    province_code: Mapped[str] = mapped_column(sa.String(16))
    district_code: Mapped[str] = mapped_column(sa.String(16))
    commune_code: Mapped[str] = mapped_column(sa.String(16))
    village_code: Mapped[str] = mapped_column(sa.String(16))
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    members: Mapped[list[Person]] = relationship(back_populates="household")


class Person(Base):
    """A registered person. Names are kept in the local script and in Latin transliteration."""

    __tablename__ = "person"
    __table_args__ = (
        sa.CheckConstraint(_in("sex", SEXES), name="sex"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    household_id: Mapped[str | None] = mapped_column(sa.ForeignKey("household.id"), index=True)
    relation_to_head: Mapped[str | None] = mapped_column(sa.String(32))
    local_name: Mapped[str] = mapped_column(sa.String(200))
    latin_name: Mapped[str] = mapped_column(sa.String(200), index=True)
    sex: Mapped[str] = mapped_column(sa.String(1))
    birth_date: Mapped[dt.date] = mapped_column(sa.Date)
    #: True when ``birth_date`` was derived from an estimated age (mid-year of the birth year).
    birth_date_estimated: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    province_code: Mapped[str] = mapped_column(sa.String(16))
    district_code: Mapped[str] = mapped_column(sa.String(16))
    commune_code: Mapped[str] = mapped_column(sa.String(16))
    village_code: Mapped[str] = mapped_column(sa.String(16))
    phone: Mapped[str | None] = mapped_column(sa.String(32))
    #: Other identity numbers, e.g. {"national_id": "...", "passport": "..."}.
    other_ids: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    #: Date of death, once a supervisor recorded it (``station.model.deaths``); the person is
    #: never deleted: their fingers stay in the 1:N gallery, flagged.
    died_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    #: Where the death is known from, e.g. "death certificate 123/2026, Batheay commune".
    death_source: Mapped[str | None] = mapped_column(sa.Text)
    #: The operator id of the supervisor who recorded the death, and when (naive UTC).
    death_recorded_by: Mapped[str | None] = mapped_column(sa.String(36))
    death_recorded_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    household: Mapped[Household | None] = relationship(back_populates="members")
    fingerprints: Mapped[list[Fingerprint]] = relationship(
        back_populates="person", order_by="Fingerprint.position")


class Fingerprint(Base):
    """One finger of one person: the encrypted ISO/IEC 19794-2 template and its provenance."""

    __tablename__ = "fingerprint"
    __table_args__ = (
        sa.UniqueConstraint("person_id", "position", name="uq_fingerprint_person_position"),
        sa.CheckConstraint("position BETWEEN 1 AND 10", name="position"),
        sa.CheckConstraint("quality BETWEEN 0 AND 100", name="quality"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    person_id: Mapped[str] = mapped_column(sa.ForeignKey("person.id"), index=True)
    #: ISO/IEC 19794-2 finger position, 1 right thumb ... 10 left little.
    position: Mapped[int] = mapped_column(sa.Integer)
    template_format: Mapped[str] = mapped_column(sa.String(32), default="iso19794-2:2005")
    #: AES-GCM ciphertext of the template record; see station.registry.crypto.
    template_sealed: Mapped[bytes] = mapped_column(sa.LargeBinary)
    key_id: Mapped[str] = mapped_column(sa.String(32), index=True)
    quality: Mapped[int] = mapped_column(sa.Integer)
    #: SHA-256 of the captured image file/array, hex.
    image_sha256: Mapped[str] = mapped_column(sa.String(64))
    #: Encrypted raw image (PNG bytes), only when the station is configured to keep them.
    image_sealed: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    person: Mapped[Person] = relationship(back_populates="fingerprints")


class Operator(Base):
    """A station user: clerk, supervisor or auditor; scrypt password hash; lockout counter."""

    __tablename__ = "operator"
    __table_args__ = (sa.CheckConstraint(_in("role", ROLES), name="role"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    username: Mapped[str] = mapped_column(sa.String(64), unique=True)
    full_name: Mapped[str] = mapped_column(sa.String(200))
    role: Mapped[str] = mapped_column(sa.String(16))
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    failed_logins: Mapped[int] = mapped_column(sa.Integer, default=0)
    locked: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    #: Set when a supervisor disabled the account (never deleted: its history names it).
    disabled_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    disabled_by: Mapped[str | None] = mapped_column(sa.String(36))
    #: The password was set by a supervisor: the operator must choose their own first.
    must_change_password: Mapped[bool] = mapped_column(sa.Boolean, default=False,
                                                       server_default=sa.false())


class Enrolment(Base):
    """One enrolment session: who registered whom, where and when, and how it ended."""

    __tablename__ = "enrolment"
    __table_args__ = (sa.CheckConstraint(_in("status", ENROLMENT_STATUSES), name="status"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    person_id: Mapped[str] = mapped_column(sa.ForeignKey("person.id"), index=True)
    operator_id: Mapped[str] = mapped_column(sa.ForeignKey("operator.id"))
    station_id: Mapped[str] = mapped_column(sa.String(64))
    started_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    status: Mapped[str] = mapped_column(sa.String(24))
    adjudication_id: Mapped[str | None] = mapped_column(sa.ForeignKey("adjudication.id"))


class Card(Base):
    """A smart card issued to a person, with its signed credential and life-cycle status."""

    __tablename__ = "card"
    __table_args__ = (sa.CheckConstraint(_in("status", CARD_STATUSES), name="status"),)
    serial: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    person_id: Mapped[str] = mapped_column(sa.ForeignKey("person.id"), index=True)
    credential: Mapped[bytes] = mapped_column(sa.LargeBinary)
    status: Mapped[str] = mapped_column(sa.String(16), default="issued")
    issued_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    status_changed_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    status_reason: Mapped[str | None] = mapped_column(sa.Text)
    replaced_by: Mapped[str | None] = mapped_column(sa.String(64))


class Programme(Base):
    """A social protection or employment programme a person can be a member of."""

    __tablename__ = "programme"
    code: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))


class ProgrammeMembership(Base):
    """A person's membership of a programme, open-ended while ``end_date`` is NULL.

    The dates of two memberships of one person in one programme never meet
    (:mod:`station.services.memberships`); the database holds the two cases a concurrent
    double confirmation makes (migration ``mem01``): one open-ended membership per person
    and programme, and never two that start on the same day.
    """

    __tablename__ = "programme_membership"
    __table_args__ = (
        sa.CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
        sa.Index("uq_programme_membership_open", "person_id", "programme_code", unique=True,
                 sqlite_where=sa.text("end_date IS NULL"),
                 postgresql_where=sa.text("end_date IS NULL")),
        sa.Index("uq_programme_membership_start", "person_id", "programme_code",
                 "start_date", unique=True),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    person_id: Mapped[str] = mapped_column(sa.ForeignKey("person.id"), index=True)
    programme_code: Mapped[str] = mapped_column(sa.ForeignKey("programme.code"))
    start_date: Mapped[dt.date] = mapped_column(sa.Date)
    end_date: Mapped[dt.date | None] = mapped_column(sa.Date)


class Adjudication(Base):
    """A suspected duplicate: the candidates, the clerk's decision, the supervisor's approval.

    ``applicant`` holds the applicant's demographics (JSON, no biometrics) and
    ``probe_sealed`` the probe templates (encrypted) so that an approved "not a duplicate"
    can complete the enrolment without a new capture.
    """

    __tablename__ = "adjudication"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    operator_id: Mapped[str] = mapped_column(sa.ForeignKey("operator.id"))
    station_id: Mapped[str] = mapped_column(sa.String(64))
    applicant: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    probe_sealed: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    key_id: Mapped[str | None] = mapped_column(sa.String(32))
    #: [{"person_id": ..., "score": ..., "fingers": {...}}], best first.
    candidates: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON)
    #: open -> decided (clerk) -> approved / rejected (supervisor).
    status: Mapped[str] = mapped_column(sa.String(16), default="open")
    clerk_decision: Mapped[str | None] = mapped_column(sa.String(16))
    matched_person_id: Mapped[str | None] = mapped_column(sa.String(36))
    decided_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    supervisor_id: Mapped[str | None] = mapped_column(sa.ForeignKey("operator.id"))
    approved_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    note: Mapped[str | None] = mapped_column(sa.Text)


class AuditEvent(Base):
    """One row of the hash-chained audit log (see :mod:`station.registry.audit`)."""

    __tablename__ = "audit_event"
    seq: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    operator_id: Mapped[str | None] = mapped_column(sa.String(36))
    station_id: Mapped[str] = mapped_column(sa.String(64))
    #: Indexed (num01): every paper number reads the restores (``registry.restore``).
    action: Mapped[str] = mapped_column(sa.String(48), index=True)
    subject_type: Mapped[str] = mapped_column(sa.String(32))
    #: Indexed (aud01): a person's consent and a record's own event are read by it.
    subject_id: Mapped[str] = mapped_column(sa.String(64), index=True)
    #: Canonical JSON text (sorted keys), hashed exactly as stored.
    details: Mapped[str] = mapped_column(sa.Text)
    prev_hash: Mapped[str] = mapped_column(sa.String(64))
    hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    #: HMAC-SHA256 of ``hash`` under the audit key kept in the key file, outside the DB.
    mac: Mapped[str] = mapped_column(sa.String(64))


class AuditHead(Base):
    """Single-row table: the last sequence number and hash, updated with every event.

    Deleting the newest audit rows would leave a chain that is consistent but short; the
    head row (MAC'd with the key outside the database) lets `sws db check` notice that.
    """

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(sa.Integer)
    hash: Mapped[str] = mapped_column(sa.String(64))
    mac: Mapped[str] = mapped_column(sa.String(64))
