"""Tables of the Single Window services (issue 9), on the registry's declarative ``Base``.

Person and household facts the eligibility rules need (disability, employment, the household's
vulnerability assessment), the clerk's decisions on proposed programmes, contribution payments,
case files with their plan items, and grievances with every step they went through. Ids are
UUID strings and timestamps naive UTC, like the rest of the registry; every write also appends
an audit event and an outbox item in the same transaction (:mod:`station.services`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from station.registry.base import Base

ID = sa.String(36)

DECISIONS = ("confirmed", "declined")
CASE_STATUSES = ("open", "closed")
ITEM_KINDS = ("goal", "action", "referral")
ITEM_STATUSES = ("planned", "in_progress", "done", "cancelled")
GRIEVANCE_STATUSES = ("received", "referred", "resolved", "appealed", "closed")
CHANNELS = ("counter", "card")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class PersonSituation(Base):
    """Disability and employment of a person, as last recorded by a clerk."""

    __tablename__ = "person_situation"
    person_id: Mapped[str] = mapped_column(sa.ForeignKey("person.id"), primary_key=True)
    disability: Mapped[bool | None] = mapped_column(sa.Boolean)
    employment: Mapped[str | None] = mapped_column(sa.String(16))
    updated_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)


class VulnerabilityAssessment(Base):
    """One scored questionnaire for a household; the newest one is the household's level."""

    __tablename__ = "vulnerability_assessment"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    household_id: Mapped[str] = mapped_column(sa.ForeignKey("household.id"), index=True)
    questionnaire_version: Mapped[str] = mapped_column(sa.String(32))
    score: Mapped[float] = mapped_column(sa.Float)
    poverty_level: Mapped[str] = mapped_column(sa.String(16))
    answers: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    assessed_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    operator_id: Mapped[str | None] = mapped_column(sa.String(36))


class EligibilityDecision(Base):
    """The clerk's answer to one proposal, with the reason and rules version that produced it."""

    __tablename__ = "eligibility_decision"
    __table_args__ = (sa.CheckConstraint(_in("decision", DECISIONS), name="decision"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    household_id: Mapped[str | None] = mapped_column(sa.String(36), index=True)
    person_id: Mapped[str] = mapped_column(sa.ForeignKey("person.id"), index=True)
    programme_code: Mapped[str] = mapped_column(sa.ForeignKey("programme.code"))
    rules_version: Mapped[str] = mapped_column(sa.String(32))
    reason: Mapped[str] = mapped_column(sa.Text)
    decision: Mapped[str] = mapped_column(sa.String(12))
    membership_id: Mapped[str | None] = mapped_column(
        sa.ForeignKey("programme_membership.id"))
    decided_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    operator_id: Mapped[str | None] = mapped_column(sa.String(36))


class ContributionPayment(Base):
    """A payment towards a contributory membership, with its printed receipt number; a
    refund of what was paid is a row of its own with a negative amount and a refund receipt
    number (migration ``pay01``). Amounts are 64-bit (migration ``pay02``): in riel or
    rupiah minor units a year's premium passes 2^31.

    ``membership_id`` is not a foreign key: a membership refunded before it began is then
    withdrawn (its row goes, as any withdrawal's), and the money trail stays with its id, as
    the audit trail names it.
    """

    __tablename__ = "contribution_payment"
    __table_args__ = (sa.CheckConstraint("amount_minor <> 0", name="amount"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    membership_id: Mapped[str] = mapped_column(ID, index=True)
    amount_minor: Mapped[int] = mapped_column(sa.BigInteger)  # 64-bit: pay02
    currency: Mapped[str] = mapped_column(sa.String(8))
    receipt_no: Mapped[str] = mapped_column(sa.String(96), unique=True)
    paid_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    operator_id: Mapped[str | None] = mapped_column(sa.String(36))
    station_id: Mapped[str] = mapped_column(sa.String(64))


class CaseFile(Base):
    """A person's case: the case manager in charge and whether it is still open."""

    __tablename__ = "case_file"
    __table_args__ = (sa.CheckConstraint(_in("status", CASE_STATUSES), name="status"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    person_id: Mapped[str] = mapped_column(sa.ForeignKey("person.id"), index=True)
    manager_id: Mapped[str] = mapped_column(sa.ForeignKey("operator.id"), index=True)
    status: Mapped[str] = mapped_column(sa.String(12))
    summary: Mapped[str] = mapped_column(sa.Text)
    opened_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)


class CaseItem(Base):
    """One entry of a personal plan: a goal, an action or a referral, with its follow-up date."""

    __tablename__ = "case_item"
    __table_args__ = (
        sa.CheckConstraint(_in("kind", ITEM_KINDS), name="kind"),
        sa.CheckConstraint(_in("status", ITEM_STATUSES), name="status"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    case_id: Mapped[str] = mapped_column(sa.ForeignKey("case_file.id"), index=True)
    kind: Mapped[str] = mapped_column(sa.String(12))
    description: Mapped[str] = mapped_column(sa.Text)
    service: Mapped[str | None] = mapped_column(sa.String(32))
    status: Mapped[str] = mapped_column(sa.String(12))
    due_date: Mapped[dt.date | None] = mapped_column(sa.Date)
    follow_up_date: Mapped[dt.date | None] = mapped_column(sa.Date, index=True)
    note: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)


class Grievance(Base):
    """A complaint or appeal: who, how it came in, which service handles it, by when."""

    __tablename__ = "grievance"
    __table_args__ = (
        sa.CheckConstraint(_in("status", GRIEVANCE_STATUSES), name="status"),
        sa.CheckConstraint(_in("channel", CHANNELS), name="channel"),
    )
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    # What the person quotes (STATION-YYYYMMDD-G001): the id is 36 characters nobody reads out.
    reference: Mapped[str] = mapped_column(sa.String(96), index=True, unique=True)
    person_id: Mapped[str | None] = mapped_column(sa.ForeignKey("person.id"), index=True)
    channel: Mapped[str] = mapped_column(sa.String(8))
    card_serial: Mapped[str | None] = mapped_column(sa.String(64))
    category: Mapped[str] = mapped_column(sa.String(32))
    description: Mapped[str] = mapped_column(sa.Text)
    responsible_service: Mapped[str] = mapped_column(sa.String(64))
    status: Mapped[str] = mapped_column(sa.String(12), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    deadline: Mapped[dt.date] = mapped_column(sa.Date)
    referred_to: Mapped[str | None] = mapped_column(sa.String(64))
    resolution: Mapped[str | None] = mapped_column(sa.Text)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    appeals: Mapped[int] = mapped_column(sa.Integer, default=0)
    appeal_reason: Mapped[str | None] = mapped_column(sa.Text)
    closed_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    operator_id: Mapped[str | None] = mapped_column(sa.String(36))


class GrievanceStep(Base):
    """One step of a grievance's life (intake, referral, resolution, appeal, closure)."""

    __tablename__ = "grievance_step"
    __table_args__ = (sa.UniqueConstraint("grievance_id", "seq",
                                          name="uq_grievance_step_grievance_seq"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    grievance_id: Mapped[str] = mapped_column(sa.ForeignKey("grievance.id"), index=True)
    seq: Mapped[int] = mapped_column(sa.Integer)
    at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    action: Mapped[str] = mapped_column(sa.String(16))
    from_status: Mapped[str | None] = mapped_column(sa.String(12))
    to_status: Mapped[str] = mapped_column(sa.String(12))
    note: Mapped[str | None] = mapped_column(sa.Text)
    operator_id: Mapped[str | None] = mapped_column(sa.String(36))
