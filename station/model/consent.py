"""A person's consent to be registered, fingerprints included, after the privacy notice.

Fingerprints are sensitive data: data protection laws (Indonesia's Law 27/2022 on personal
data protection, the draft laws of Cambodia and Pakistan) and the ID4D Principles ask that a
person is told what is recorded, why, who sees it and what their rights are, and agrees,
before their biometrics are taken; MOSIP's registration client records the resident's
consent in the registration packet. The station did not: nothing said the person was told.

The clerk reads the privacy notice (:func:`privacy_notice`, in ``station/data/
privacy_notice.json``: one text per desk language, under a version) and records who agreed:
the person, or for a child (under :data:`ADULT_AGE`) or an adult who cannot decide, a parent
or guardian, named. :class:`Consent` travels with the demographics: the enrolment's audit
event (hash-chained, so it is evidence an auditor can rely on) and the packet for the central
registry keep it, and an adjudication case keeps it until the enrolment is decided. Enrolment
refuses a person without it (:func:`check_consent`), and a child's own.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from station.errors import InvalidDemographics

#: Who agreed: the person, or a parent or guardian (named).
GIVEN_BY = ("self", "guardian")
#: Below this age a parent or guardian agrees for the person.
ADULT_AGE = 18


@dataclass(frozen=True)
class Notice:
    """The privacy notice in force: its version and its text in each desk language."""

    version: str
    texts: Mapping[str, str]

    def text(self, language: str | None) -> str:
        """The text in ``language`` (English where it has none)."""
        return self.texts.get(language or "en") or self.texts["en"]


@lru_cache(maxsize=1)
def privacy_notice() -> Notice:
    """The notice delivered with the station (``station/data/privacy_notice.json``)."""
    path = resources.files("station.data").joinpath("privacy_notice.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return Notice(str(data["version"]), dict(data["texts"]))


def guardian_name_ok(name: object) -> bool:
    """A parent's or guardian's name as the station keeps it: one line, 1-200 characters."""
    return (isinstance(name, str) and bool(name.strip()) and len(name) <= 200
            and not any(unicodedata.category(c) == "Cc" for c in name))


@dataclass(frozen=True)
class Consent:
    """Who agreed to the registration after the notice ``notice`` (its version) was read."""

    given_by: str
    notice: str
    #: The parent's or guardian's name (``given_by`` "guardian" only).
    guardian: str | None = None

    def __post_init__(self) -> None:
        if self.given_by not in GIVEN_BY:
            raise InvalidDemographics(f"consent is given by the person (self) or a guardian, "
                                      f"not {self.given_by!r}", field="consent")
        if not str(self.notice or "").strip():
            raise InvalidDemographics("say which privacy notice was read", field="consent")
        name = self.guardian
        if self.given_by == "guardian":
            if not guardian_name_ok(name):
                raise InvalidDemographics("name the parent or guardian who agreed (one line, "
                                          "1-200 characters)", field="guardian")
        elif name:
            raise InvalidDemographics("a guardian is named only when the guardian agreed",
                                      field="guardian")

    def as_record(self) -> dict[str, Any]:
        return {"given_by": self.given_by, "notice": self.notice, "guardian": self.guardian}

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Consent:
        return cls(given_by=str(record.get("given_by") or ""),
                   notice=str(record.get("notice") or ""), guardian=record.get("guardian"))


def consent_of(given_by: str, guardian: str | None = None) -> Consent:
    """The consent recorded after the notice in force was read."""
    named = (guardian or "").strip() or None
    return Consent(given_by, privacy_notice().version,
                   named if given_by == "guardian" else None)


def check_consent(consent: Consent | None, birth_date: dt.date, today: dt.date) -> None:
    """Refuse a registration nobody agreed to, or a child's own agreement (one line, the
    field at fault)."""
    if consent is None:
        raise InvalidDemographics("read the privacy notice to the person and record who "
                                  "agreed (the person, or a parent or guardian)",
                                  field="consent")
    if consent.given_by == "self" and age_on(birth_date, today) < ADULT_AGE:
        raise InvalidDemographics(f"a person under {ADULT_AGE} does not agree alone: a parent "
                                  "or guardian agrees for them", field="consent")


def age_on(born: dt.date, today: dt.date) -> int:
    """Completed years of age on ``today``."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


#: The audit events that record a person's consent: their enrolment, and each consent asked
#: again since (:mod:`station.model.reconsent`).
CONSENT_ACTIONS = ("person.enrol", "person.consent")
#: Why a registered person is asked for their consent again (:func:`consent_due`): none was
#: recorded (registered before the station asked), the privacy notice changed since, or a
#: parent or guardian agreed for a child who is now of age.
NOT_RECORDED, NOTICE_CHANGED, CAME_OF_AGE = "not_recorded", "notice_changed", "came_of_age"


@dataclass(frozen=True)
class OnFile:
    """A registered person's consent as the registry keeps it."""

    #: The newest consent recorded (:meth:`Consent.as_record`'s shape), or None.
    consent: dict[str, Any] | None
    #: The day it was recorded (UTC, from its audit event), or None.
    recorded_on: dt.date | None
    #: Why it should be asked again (:func:`consent_due`), or None: it stands.
    due: str | None

    def as_record(self) -> dict[str, Any]:
        return {"consent": self.consent, "due": self.due,
                "recorded_on": self.recorded_on.isoformat() if self.recorded_on else None}


def consent_due(consent: Mapping[str, Any] | None, recorded_on: dt.date | None,
                birth_date: dt.date, today: dt.date, notice: str | None = None) -> str | None:
    """Why ``consent`` (recorded on ``recorded_on``) should be asked again ``today``, or None.

    A person agrees to what the notice they heard said: when the notice in force (``notice``,
    by default :func:`privacy_notice`'s version) is another, they are read the new one at
    their next visit. A parent or guardian agrees for a child; once the child is of age
    (:data:`ADULT_AGE`) they are asked themselves. A guardian who agreed for an adult (who
    could not decide) stays on file.
    """
    if not consent:
        return NOT_RECORDED
    if (consent.get("given_by") == "guardian" and recorded_on is not None
            and age_on(birth_date, recorded_on) < ADULT_AGE <= age_on(birth_date, today)):
        return CAME_OF_AGE
    if str(consent.get("notice") or "") != (notice or privacy_notice().version):
        return NOTICE_CHANGED
    return None


def _newest_consent(session: Any, person_id: str) -> tuple[dict[str, Any] | None,
                                                            dt.date | None]:
    from station.model.audit_log import newest_details

    for details, at in newest_details(session, CONSENT_ACTIONS, person_id,
                                      subject_type="person"):
        consent = details.get("consent")
        if isinstance(consent, dict):
            return dict(consent), at.date()
    return None, None


def recorded_consent(session: Any, person_id: str) -> dict[str, Any] | None:
    """The newest consent kept for the person (their ``person.enrol`` audit event's, or a
    ``person.consent`` event's since), or None for a person registered before consent was
    recorded."""
    return _newest_consent(session, person_id)[0]


def consent_on_file(session: Any, person_id: str, birth_date: dt.date,
                    today: dt.date) -> OnFile:
    """The person's newest consent, when it was recorded and why it is due again (if it is)."""
    consent, recorded_on = _newest_consent(session, person_id)
    return OnFile(consent, recorded_on, consent_due(consent, recorded_on, birth_date, today))


@dataclass(frozen=True)
class Due:
    """A registered person to ask for their consent again, and why (:func:`consent_due`)."""

    person_id: str
    reason: str
    #: the day the consent on file was recorded (None: none is)
    recorded_on: dt.date | None


def _living_consents(today: dt.date, people: Any, *columns: Any) -> Any:
    """A select of each living person's id and birth date and ``columns`` (of the
    ``audit_event`` table) of their newest consent event, NULL where they have none:
    ``people`` (a sub-select of person ids, or None for everyone) who have no death recorded
    on or before ``today``."""
    import sqlalchemy as sa

    from station.registry.models import AuditEvent, Person

    ev = AuditEvent.__table__.c
    newest = (sa.select(ev.subject_id.label("pid"), sa.func.max(ev.seq).label("last"))
              .where(ev.action.in_(CONSENT_ACTIONS), ev.subject_type == "person")
              .group_by(ev.subject_id).subquery("newest_consent"))
    query = (sa.select(Person.id, Person.birth_date, *columns)
             .select_from(Person).outerjoin(newest, newest.c.pid == Person.id)
             .outerjoin(AuditEvent.__table__, ev.seq == newest.c.last)
             .where(sa.or_(Person.died_on.is_(None), Person.died_on > today)))
    return query if people is None else query.where(Person.id.in_(people))


def consents_due(session: Any, today: dt.date, people: Any = None) -> list[Due]:
    """Every living registered person whose consent is due again ``today``, by person id:
    :func:`consent_on_file`'s answer for each, read in one query (the newest consent event
    of every person, then one JSON decode each) instead of one query a person.

    ``people``: a sub-select of person ids to consider (an area's, say); every person when
    None. A person whose death is recorded on or before ``today`` is not asked.
    """
    from station.model.audit_log import details_of
    from station.registry.models import AuditEvent, Person

    ev = AuditEvent.__table__.c
    query = _living_consents(today, people, ev.details, ev.at).order_by(Person.id)
    notice = privacy_notice().version
    out = []
    for person_id, born, details, at in session.execute(query):
        consent = details_of(details).get("consent") if details else None
        if details and not isinstance(consent, dict):
            # the newest event carries none (an enrolment written before consent was
            # recorded has no newer one, but read it as consent_on_file does)
            on_file = consent_on_file(session, person_id, born, today)
            consent, recorded_on = on_file.consent, on_file.recorded_on
        else:
            recorded_on = at.date() if at is not None else None
        why = consent_due(consent, recorded_on, born, today, notice)
        if why is not None:
            out.append(Due(str(person_id), why, recorded_on))
    return out


def count_consents_due(session: Any, today: dt.date, people: Any = None) -> dict[str, int]:
    """How many of :func:`consents_due`'s people are due for each reason, counted in SQL
    (the coverage report's figure: a registry of 100,000 people is not read row by row).

    The consent is read out of the newest consent event's JSON by the database (SQLite's
    ``json_extract``, PostgreSQL's ``jsonb_extract_path_text``) and counted in one grouped
    query; only the people a parent or guardian agreed for who may be of age now come back
    one by one (was the consent given while they were a child?). A newest event that
    carries no consent counts as none recorded (only an enrolment written before consent
    was recorded has none, and no event comes after it).
    """
    import sqlalchemy as sa

    from station.registry.models import AuditEvent

    ev = AuditEvent.__table__.c
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import JSONB

        def field(name: str) -> Any:
            return sa.func.jsonb_extract_path_text(sa.cast(ev.details, JSONB), "consent", name)
    else:
        def field(name: str) -> Any:  # one json_extract a field (SQLAlchemy's JSON nests two)
            return sa.func.json_extract(ev.details, f"$.consent.{name}")
    c = _living_consents(today, people, field("given_by").label("given_by"),
                         field("notice").label("notice"), ev.at.label("at")
                         ).subquery("consents").c
    version = privacy_notice().version
    # one pass, grouped: the people a parent or guardian agreed for who may be of age now
    # (born by the end of the year ADULT_AGE years ago) keep their birth date and consent
    # day, to be checked below; everyone else falls into a few groups
    maybe_grown = sa.and_(c.given_by == "guardian",
                          c.birth_date <= dt.date(today.year - ADULT_AGE, 12, 31))
    never = c.given_by.is_(None).label("never")
    other = sa.or_(c.notice.is_(None), c.notice != version).label("other")
    born = sa.case((maybe_grown, c.birth_date)).label("born")
    at = sa.case((maybe_grown, c.at)).label("on")
    counts = {NOT_RECORDED: 0, NOTICE_CHANGED: 0, CAME_OF_AGE: 0}
    for unrecorded, changed, birth, recorded, n in session.execute(
            sa.select(never, other, born, at, sa.func.count()).group_by(never, other, born, at)):
        if unrecorded:
            counts[NOT_RECORDED] += int(n)
        elif birth is not None and consent_due(
                {"given_by": "guardian", "notice": version}, recorded.date(),
                birth, today, version) == CAME_OF_AGE:  # before a changed notice
            counts[CAME_OF_AGE] += int(n)
        elif changed:
            counts[NOTICE_CHANGED] += int(n)
    return counts
