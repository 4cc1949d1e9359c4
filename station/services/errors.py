"""Errors of the Single Window services: one base, specific kinds carrying what went wrong.

They are :class:`station.errors.StationError` subclasses, so the ``sws`` command and the GUI
turn them into one plain sentence and the documented exit code (4, bad input).
"""

from __future__ import annotations

import datetime as dt

from station.errors import StationError


class ServiceError(StationError):
    """Base of every error raised on purpose by :mod:`station.services`."""


class RulesError(ServiceError):
    """A rules, catalogue or questionnaire file is malformed; ``where`` points into it."""

    def __init__(self, message: str, *, where: str = "") -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where


class AnswerError(ServiceError):
    """A questionnaire answer is missing or not one the question accepts."""

    def __init__(self, question: str, message: str) -> None:
        super().__init__(f"question {question!r}: {message}")
        self.question = question


class Unanswered(AnswerError):
    """A question of the questionnaire left without an answer."""

    def __init__(self, question: str) -> None:
        super().__init__(question, "has no answer")


#: What a step asked for (an action or a status), as the words that end "cannot be ...".
STEP_WORDS = {"refer": "referred", "resolve": "resolved", "appeal": "appealed",
              "close": "closed", "withdraw": "withdrawn", "in_progress": "put in progress",
              "done": "marked done"}


class InvalidTransition(ServiceError):
    """A grievance, case or action cannot go from its current state to the one asked for.

    The sentence is the clerk's ("the grievance is received and cannot be closed"); the data
    (``what``, ``current``: the status code, ``wanted``: the action or status asked for) stay
    as they were for the window, which says the same in the desk's language.
    """

    def __init__(self, what: str, current: str, wanted: str, *, why: str = "") -> None:
        tail = f" ({why})" if why else ""
        asked = STEP_WORDS.get(wanted, wanted.replace("_", " "))
        super().__init__(f"{what} is {current.replace('_', ' ')} and cannot be {asked}{tail}")
        self.what = what
        self.current = current
        self.wanted = wanted


class AppealTooLate(InvalidTransition):
    """A resolved grievance's appeal window closed on ``closed_on``."""

    def __init__(self, closed_on: dt.date) -> None:
        super().__init__("the grievance", "resolved", "appealed",
                         why=f"the appeal window closed on {closed_on.isoformat()}")
        self.closed_on = closed_on


class AppealsUsed(InvalidTransition):
    """A grievance appealed as many times as the policy allows."""

    def __init__(self, appeals: int) -> None:
        super().__init__("the grievance", "resolved", "appealed",
                         why=f"it was already appealed {appeals} time(s)")
        self.appeals = appeals


#: :class:`TextMissing` ``what`` -> its sentence (the window says each in the desk's language).
MISSING_TEXT = {
    "grievance": "describe the grievance in a few words",
    "resolution": "say how the grievance was resolved",
    "plan item": "describe the plan item in a few words",
    "referral service": "a referral must name the service it goes to",
    "appeal": "say why the resolution is appealed",
    "refund reason": "say why the credit is given back (e.g. who came for it)",
}


class TextMissing(ServiceError):
    """Something the clerk must write was left empty: ``what`` is a key of
    :data:`MISSING_TEXT` (the grievance, its resolution, a plan item, a referral's service)."""

    def __init__(self, what: str) -> None:
        super().__init__(MISSING_TEXT[what])
        self.what = what


class CardOfAnotherPerson(ServiceError):
    """The card tapped for a grievance is not the card of the person named with it."""

    def __init__(self, serial: str, holder: str, named: str) -> None:
        super().__init__("the card tapped belongs to another person")
        self.serial, self.holder, self.named = serial, holder, named


class RulesChanged(ServiceError):
    """A package proposed under programme rules the station no longer has."""

    def __init__(self, proposed: str, current: str) -> None:
        super().__init__(f"the package was proposed under rules {proposed} but the station "
                         f"now has {current}; propose again")
        self.proposed, self.current = proposed, current


class AlreadyMember(ServiceError):
    """The person already holds the programme over these dates (another desk confirmed it,
    or the same confirmation ran twice); ``membership_id`` is the one held."""

    def __init__(self, person_id: str, programme: str, membership_id: str,
                 start_date: dt.date, end_date: dt.date | None) -> None:
        until = f" to {end_date.isoformat()}" if end_date else ""
        super().__init__(f"person {person_id} already holds {programme} (membership "
                         f"{membership_id}, from {start_date.isoformat()}{until}); "
                         "propose again")
        self.person_id, self.programme, self.membership_id = person_id, programme, membership_id
        self.start_date, self.end_date = start_date, end_date


class PaymentError(ServiceError):
    """A contribution payment is not acceptable (amount, receipt, scheme)."""


#: What :class:`NoFreeNumber` says for each kind of number.
NUMBER_NOUNS = {"receipt": "receipt number", "grievance": "grievance reference"}


class NoFreeNumber(ServiceError):
    """Other desks took every number tried for a new record at the same moment (PostgreSQL:
    both counted before either committed), several times in a row; nothing was recorded.
    ``what``: "receipt" (a payment's or refund's number) or "grievance" (its reference)."""

    def __init__(self, what: str) -> None:
        super().__init__(f"no free {NUMBER_NOUNS.get(what, what)} after several tries; "
                         "nothing was recorded, try again")
        self.what = what


class NoFreeReceipt(NoFreeNumber, PaymentError):
    """No free receipt number (a payment refused like the others: a PaymentError)."""

    def __init__(self) -> None:
        super().__init__("receipt")


class NotAnAmount(PaymentError):
    """A payment amount that is not a positive whole number (of the currency's minor unit)."""

    def __init__(self, amount: object) -> None:
        super().__init__(f"a payment must be a positive whole amount, not {amount!r}")
        self.amount = amount


class NoContributions(PaymentError):
    """A payment on a membership of a programme that collects no contributions."""

    def __init__(self, programme: str, name: str = "") -> None:
        # named as people read it ("Old-age social pension"), with its code
        called = f"{name} ({programme})" if name and name != programme else programme
        super().__init__(f"{called} does not collect contributions: there is nothing to pay")
        self.programme = programme


class UnknownRecord(ServiceError):
    """A person, household, programme, case or grievance asked for by id does not exist.

    ``key`` names what the clerk typed when it is not an id (an operator's "user name"), so
    the sentence repeats it as typed; ``record_id`` holds the typed value either way.
    """

    def __init__(self, kind: str, record_id: str, *, key: str = "id") -> None:
        super().__init__(f"no {kind} with {key} {record_id!r}")
        self.kind = kind
        self.record_id = record_id
        self.key = key


class DeceasedPerson(ServiceError):
    """A person whose death is recorded cannot get new facts, cases or programmes."""

    def __init__(self, person_id: str, died_on: dt.date, doing: str) -> None:
        super().__init__(f"person {person_id} died on {died_on.isoformat()}: "
                         f"cannot {doing}")
        self.person_id = person_id
        self.died_on = died_on


class MembershipEnded(PaymentError):
    """A payment on a membership that has ended: only what it still owes can be taken."""

    def __init__(self, membership_id: str, end_date: dt.date, owed_minor: int,
                 amount_minor: int) -> None:
        owes = (f"only its arrears of {owed_minor} can be paid, not {amount_minor}"
                if owed_minor else "nothing is owed on it, so no payment can be taken")
        super().__init__(f"membership {membership_id} ended on {end_date.isoformat()}: {owes}")
        self.membership_id = membership_id
        self.end_date = end_date
        self.owed_minor = owed_minor
        self.amount_minor = amount_minor


class NothingToRefund(PaymentError):
    """A refund asked for a membership towards which nothing (net) is paid."""

    def __init__(self, membership_id: str) -> None:
        super().__init__(f"nothing is paid towards membership {membership_id}: there is "
                         "nothing to refund")
        self.membership_id = membership_id


class RefundAfterStart(PaymentError):
    """A refund asked for a membership that began on ``start_date`` (on or before
    ``today``): contributions towards cover that ran are not refunded at the counter."""

    def __init__(self, membership_id: str, start_date: dt.date, today: dt.date) -> None:
        super().__init__(f"membership {membership_id} began on {start_date.isoformat()}: "
                         "only contributions towards a membership not begun yet are refunded "
                         "at the counter")
        self.membership_id = membership_id
        self.start_date = start_date
        self.today = today


class RefundChanged(PaymentError):
    """A refund confirmed for ``confirmed_minor`` while ``paid_minor`` is now paid towards
    the membership (a payment at another desk meanwhile): nothing is refunded, the clerk
    asks again with the new amount."""

    def __init__(self, membership_id: str, confirmed_minor: int, paid_minor: int) -> None:
        super().__init__(f"what is paid towards membership {membership_id} changed since the "
                         f"refund was confirmed ({confirmed_minor} then, {paid_minor} now): "
                         "nothing was refunded; confirm the refund again")
        self.membership_id = membership_id
        self.confirmed_minor = confirmed_minor
        self.paid_minor = paid_minor


class CreditNotEnded(PaymentError):
    """A credit refund asked for a membership that has not ended before ``today``
    (``end_date`` None: open-ended): a running membership's credit pays its next periods."""

    def __init__(self, membership_id: str, end_date: dt.date | None, today: dt.date) -> None:
        runs = (f"runs until {end_date.isoformat()}" if end_date is not None
                else "has not ended")
        super().__init__(f"membership {membership_id} {runs}: its credit pays its next "
                         "periods; only an ended membership's credit is given back")
        self.membership_id = membership_id
        self.end_date = end_date
        self.today = today


class NoCredit(PaymentError):
    """A credit refund asked for an ended membership towards which nothing is paid beyond
    what it owed (or its credit was given back already)."""

    def __init__(self, membership_id: str, end_date: dt.date | None) -> None:
        ended = f" ended on {end_date.isoformat()}" if end_date is not None else ""
        super().__init__(f"membership {membership_id}{ended} has no credit: nothing is paid "
                         "towards it beyond what it owed")
        self.membership_id = membership_id
        self.end_date = end_date


class CreditChanged(RefundChanged):
    """A credit refund confirmed for ``confirmed_minor`` while the credit is now
    ``paid_minor`` (a payment or a refund at another desk meanwhile): nothing is refunded."""

    def __init__(self, membership_id: str, confirmed_minor: int, credit_minor: int) -> None:
        PaymentError.__init__(
            self, f"the credit of membership {membership_id} changed since its refund was "
                  f"confirmed ({confirmed_minor} then, {credit_minor} now): nothing was "
                  "refunded; confirm the refund again")
        self.membership_id = membership_id
        self.confirmed_minor = confirmed_minor
        self.paid_minor = credit_minor


class MembershipWithdrawn(PaymentError):
    """A membership withdrawn before it began, its contributions refunded on ``receipt_no``:
    it has no statement and takes no payment any more (its history still reads)."""

    def __init__(self, membership_id: str, receipt_no: str) -> None:
        super().__init__(f"membership {membership_id} was withdrawn before it began and what "
                         f"was paid towards it refunded (receipt {receipt_no})")
        self.membership_id = membership_id
        self.receipt_no = receipt_no


class NoContributoryMembership(PaymentError):
    """A card (``serial``, its ``card_status``) whose holder holds no membership of a
    programme that collects contributions: there is nothing to pay for."""

    def __init__(self, holder: str, person_id: str, serial: str, card_status: str) -> None:
        super().__init__(f"{holder or person_id} holds no contributory membership")
        self.holder, self.person_id = holder, person_id
        self.serial, self.card_status = serial, card_status


class SeveralMemberships(PaymentError):
    """What was typed (a card's serial) finds several contributory memberships: one must be
    named by its id. ``listed`` holds (membership id, holder, programme code) of each."""

    def __init__(self, typed: str, listed: tuple[tuple[str, str, str], ...]) -> None:
        names = "; ".join(f"{code} ({holder}): {membership_id}"
                          for membership_id, holder, code in listed)
        super().__init__(f"{typed} finds {len(listed)} contributory memberships, give the id "
                         f"of one: {names}")
        self.typed, self.listed = typed, listed


class ReportError(ServiceError):
    """A report cannot be produced in the format asked for (e.g. an unknown format)."""


class FollowUpInPast(ServiceError):
    """A plan item's follow-up date before today: nobody can follow up on a day gone."""

    def __init__(self, follow_up_date: dt.date, today: dt.date) -> None:
        super().__init__(f"the follow-up date {follow_up_date.isoformat()} is in the past: "
                         f"choose today ({today.isoformat()}) or a later day")
        self.follow_up_date = follow_up_date
        self.today = today


class NotInList(ServiceError):
    """A value outside the list it must come from (an employment status, a plan item's kind,
    service or status, a membership's end reason): ``what`` names the list (a key of
    :data:`LIST_NAMES`), ``value`` is what was given, ``allowed`` the list."""

    def __init__(self, what: str, value: object, allowed: tuple[str, ...]) -> None:
        super().__init__(f"{LIST_NAMES.get(what, what)} must be one of {', '.join(allowed)}, "
                         f"not {value!r}")
        self.what = what
        self.value = value
        self.allowed = allowed


#: :class:`NotInList` ``what`` -> the words the English sentence starts with.
LIST_NAMES = {"employment": "employment", "item kind": "a plan item's kind",
              "service": "service", "item status": "status", "end reason": "the end reason"}


class MembershipEndRefused(ServiceError):
    """A membership that cannot end on the date asked for; carries its id and dates."""

    def __init__(self, message: str, *, membership_id: str, start_date: dt.date,
                 end_date: dt.date | None, asked: dt.date) -> None:
        super().__init__(message)
        self.membership_id = membership_id
        self.start_date, self.end_date, self.asked = start_date, end_date, asked


class EndBeforeStart(MembershipEndRefused):
    """An end date before the membership's start (``start_date``)."""

    def __init__(self, membership_id: str, start_date: dt.date, end_date: dt.date | None,
                 asked: dt.date) -> None:
        super().__init__(f"membership {membership_id} starts on {start_date.isoformat()}: it "
                         f"cannot end on {asked.isoformat()}, before it starts",
                         membership_id=membership_id, start_date=start_date,
                         end_date=end_date, asked=asked)


class EndInFuture(MembershipEndRefused):
    """An end date after today (``today``): a membership is ended on or after its last day."""

    def __init__(self, membership_id: str, start_date: dt.date, end_date: dt.date | None,
                 asked: dt.date, today: dt.date) -> None:
        super().__init__(f"the end date {asked.isoformat()} is after today "
                         f"({today.isoformat()}): end the membership on or after its last day",
                         membership_id=membership_id, start_date=start_date,
                         end_date=end_date, asked=asked)
        self.today = today


class AlreadyEnds(MembershipEndRefused):
    """The membership already ends on ``end_date``, on or before the day asked for."""

    def __init__(self, membership_id: str, start_date: dt.date, end_date: dt.date,
                 asked: dt.date) -> None:
        super().__init__(f"membership {membership_id} already ends on {end_date.isoformat()}: "
                         "nothing changed", membership_id=membership_id,
                         start_date=start_date, end_date=end_date, asked=asked)


class BeginsLater(MembershipEndRefused):
    """A membership that begins after today (``today``) cannot be ended (no last day is both
    on or after its start and not after today): it is withdrawn instead."""

    def __init__(self, membership_id: str, start_date: dt.date, end_date: dt.date | None,
                 asked: dt.date, today: dt.date) -> None:
        super().__init__(f"membership {membership_id} begins on {start_date.isoformat()}, "
                         f"after today ({today.isoformat()}): withdraw it instead "
                         "(sws household withdraw-membership)", membership_id=membership_id,
                         start_date=start_date, end_date=end_date, asked=asked)
        self.today = today


class AlreadyBegun(MembershipEndRefused):
    """A withdrawal of a membership that began on or before today (``today``): it ran, so
    it is ended on its last day instead."""

    def __init__(self, membership_id: str, start_date: dt.date, end_date: dt.date | None,
                 today: dt.date) -> None:
        super().__init__(f"membership {membership_id} began on {start_date.isoformat()}: "
                         "only a membership not begun yet can be withdrawn; end it on its "
                         "last day instead (sws household end-membership)",
                         membership_id=membership_id, start_date=start_date,
                         end_date=end_date, asked=today)
        self.today = today


class ContributionsPaid(MembershipEndRefused):
    """A withdrawal of a membership towards which contributions were paid (``paid_minor``):
    the money is owed back first, and the membership stays on file."""

    def __init__(self, membership_id: str, start_date: dt.date, end_date: dt.date | None,
                 today: dt.date, paid_minor: int) -> None:
        super().__init__(f"membership {membership_id} has {paid_minor} paid towards it: "
                         "refund it and withdraw the membership in one step (sws household "
                         "withdraw-membership --refund)",
                         membership_id=membership_id, start_date=start_date,
                         end_date=end_date, asked=today)
        self.paid_minor = paid_minor


class NotProposed(ServiceError):
    """A confirmation of a (person, programme) the package did not propose: the rules decide
    what can be offered, the clerk only what is taken."""

    def __init__(self, person_id: str, programme: str) -> None:
        super().__init__(f"{programme} was not proposed for person {person_id}")
        self.person_id, self.programme = person_id, programme


class MembershipDatesRefused(ServiceError):
    """A proposal confirmed on a day its dates do not allow; carries them and ``today``."""

    def __init__(self, message: str, *, person_id: str, programme: str, start_date: dt.date,
                 end_date: dt.date | None, today: dt.date) -> None:
        super().__init__(message)
        self.person_id, self.programme = person_id, programme
        self.start_date, self.end_date, self.today = start_date, end_date, today


class NotBegunYet(MembershipDatesRefused):
    """A membership that would start after today: it would be judged on facts (age, poverty
    level) of a day not come."""

    def __init__(self, person_id: str, programme: str, start_date: dt.date,
                 end_date: dt.date | None, today: dt.date) -> None:
        super().__init__(f"{programme} for person {person_id} would start on "
                         f"{start_date.isoformat()}, after today ({today.isoformat()}): "
                         "confirm it on the day it starts", person_id=person_id,
                         programme=programme, start_date=start_date, end_date=end_date,
                         today=today)


class AlreadyOver(MembershipDatesRefused):
    """A membership whose term would be over before it is recorded."""

    def __init__(self, person_id: str, programme: str, start_date: dt.date,
                 end_date: dt.date, today: dt.date) -> None:
        super().__init__(f"{programme} for person {person_id} would run from "
                         f"{start_date.isoformat()} to {end_date.isoformat()}, already over "
                         f"on {today.isoformat()}: confirm it from a later start date",
                         person_id=person_id, programme=programme, start_date=start_date,
                         end_date=end_date, today=today)


class NotACaseManager(ServiceError):
    """An operator named as case manager whose role (``role``: an auditor, a hospital focal
    point) does not manage cases."""

    def __init__(self, username: str, role: str) -> None:
        article = "an" if role[:1].lower() in "aeiou" else "a"
        super().__init__(f"{username} is {article} {role} and cannot manage cases")
        self.username, self.role = username, role
