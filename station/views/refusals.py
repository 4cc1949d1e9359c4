"""The model's refusals a desk meets on a normal day, said in the interface language.

The services and the model refuse in English: an unknown household or person id, a grievance
step the grievance's state does not allow, an appeal after its window, a case another
supervisor decided first, a death recorded twice, an empty description, a password or an
operator account refused, a value outside its list, a membership ended on a day it cannot
end... The sentence is the
model's (and the English desk keeps it, since it names the details); at a Khmer, Urdu or
Indonesian desk :func:`refusal` says the same in the interface language, from the error's type
and data (its attributes), never from its English wording: a reworded message still reads
right, and an error of a base type with the same English (an unforeseen one) keeps its English:
a sentence, never nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from station.views.formats import isolated, short_date
from station.views.value_words import status_words

Sayer = Callable[[BaseException], str | None]


def refusal(exc: BaseException) -> str | None:
    """``exc``'s sentence in the interface language, or None when it is not an everyday one."""
    for kind, sayer in _table():
        if isinstance(exc, kind):
            said = sayer(exc)
            if said is not None:
                return said
    return None


def _tr(text: object) -> str:
    return QCoreApplication.translate("Errors", str(text))


def _fill(pattern: object, *args: str) -> str:
    """``%1``, ``%2``... replaced in one pass (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: args[int(m.group(1)) - 1], _tr(pattern))


def _fixed(text: object) -> Sayer:
    return lambda _exc: _tr(text)


def _day(value: object) -> str:
    return short_date(value) if isinstance(value, dt.date) else ""


# ``UnknownRecord.kind`` -> its sentence (%1: the id the clerk typed)
UNKNOWN = {
    "person": QT_TRANSLATE_NOOP("Errors", "No person has the id %1: check it and try again."),
    "household": QT_TRANSLATE_NOOP("Errors", "No household has the id %1: check it and try "
                                             "again."),
    "card": QT_TRANSLATE_NOOP("Errors", "No card with the number %1 was issued here."),
    "grievance": QT_TRANSLATE_NOOP("Errors", "No grievance has the reference or id %1: "
                                              "check the slip and try again."),
    "case": QT_TRANSLATE_NOOP("Errors", "No case has the id %1."),
    "plan item": QT_TRANSLATE_NOOP("Errors", "No plan item has the id %1."),
    "membership": QT_TRANSLATE_NOOP("Errors", "No programme membership has the id %1."),
    "operator": QT_TRANSLATE_NOOP("Errors", "No operator has the user name %1."),
    "receipt": QT_TRANSLATE_NOOP("Errors", "No payment or refund has the receipt number %1."),
}
# what the Payments tab was given, read as none of a membership id, a receipt number or a
# card serial (:data:`station.services.membership_lookup.ANY_KEY`)
UNKNOWN_ANY = QT_TRANSLATE_NOOP("Errors", "No membership, receipt or card has the number %1: "
                                          "check it and try again.")
# what the Case plan tab was given, read as neither a person id nor a card serial
# (:data:`station.services.cases.PERSON_OR_CARD`)
UNKNOWN_PERSON_OR_CARD = QT_TRANSLATE_NOOP("Errors", "No person has the id or card %1: "
                                                     "check it and try again.")

def _unknown(exc: BaseException) -> str | None:
    from station.services.cases import PERSON_OR_CARD
    from station.services.membership_lookup import ANY_KEY

    key = getattr(exc, "key", "")
    text = (UNKNOWN_ANY if key == ANY_KEY else UNKNOWN_PERSON_OR_CARD if key == PERSON_OR_CARD
            else UNKNOWN.get(str(getattr(exc, "kind", ""))))
    return None if text is None else _fill(text, str(getattr(exc, "record_id", "")))


def _transition(exc: BaseException) -> str | None:
    what, current = str(getattr(exc, "what", "")), str(getattr(exc, "current", ""))
    state = status_words().get(current)
    if state is None:
        return None
    sentence = {
        "the grievance": QT_TRANSLATE_NOOP("Errors", "This grievance is %1: that step is not "
                                                     "possible now."),
        "the case": QT_TRANSLATE_NOOP("Errors", "This case is %1: it can no longer be "
                                                "changed."),
        "the plan item": QT_TRANSLATE_NOOP("Errors", "This plan item is %1: it can no longer "
                                                     "be changed."),
    }.get(what)
    return None if sentence is None else _fill(sentence, state)


def _already_dead(exc: BaseException) -> str | None:
    died_on = getattr(exc, "died_on", None)
    if not isinstance(died_on, dt.date):
        return None
    return _fill(QT_TRANSLATE_NOOP("Errors", "This death was already recorded (died on %1, "
                                             "recorded by %2)."),
                 short_date(died_on), str(getattr(exc, "by", "")))


def _unanswered(exc: BaseException) -> str | None:
    from station.views.services.questionnaire_words import question_text

    question = str(getattr(exc, "question", ""))
    return _fill(QT_TRANSLATE_NOOP("Errors", "Answer this question first: %1"),
                 question_text(question, question))


def _case_step(exc: BaseException) -> str | None:
    """A case not in the step the act needs: what happened to it since the list was read
    (another clerk decided it, another supervisor approved it or sent it back)."""
    step = (str(getattr(exc, "needed", "")), str(getattr(exc, "status", "")))
    sentence = {
        ("open", "decided"): QT_TRANSLATE_NOOP(
            "Errors", "This case was already decided (perhaps at another desk): refresh the "
                      "list."),
        ("open", "approved"): QT_TRANSLATE_NOOP(
            "Errors", "This case was already approved: refresh the list."),
        ("decided", "approved"): QT_TRANSLATE_NOOP(
            "Errors", "This case was already approved (perhaps by another supervisor): "
                      "refresh the list."),
        ("decided", "open"): QT_TRANSLATE_NOOP(
            "Errors", "This case waits for the clerk's decision (perhaps another supervisor "
                      "sent it back): refresh the list."),
    }.get(step)
    return None if sentence is None else _tr(sentence)


def _deceased(exc: BaseException) -> str | None:
    died = getattr(exc, "died_on", None)
    return _fill(QT_TRANSLATE_NOOP("Errors", "Person %1 died on %2: nothing new can be "
                                             "recorded for them."),
                 str(getattr(exc, "person_id", "")),
                 short_date(died) if isinstance(died, dt.date) else "")


def _membership_ended(exc: BaseException) -> str | None:
    end = getattr(exc, "end_date", None)
    ended = short_date(end) if isinstance(end, dt.date) else ""
    owed = int(getattr(exc, "owed_minor", 0) or 0)
    if owed:
        return _fill(QT_TRANSLATE_NOOP("Errors", "This membership ended on %1: only its "
                                                 "arrears of %2 can be paid."),
                     ended, QLocale().toString(owed))
    return _fill(QT_TRANSLATE_NOOP("Errors", "This membership ended on %1 and nothing is owed "
                                             "on it: no payment can be taken."), ended)


def _refund_changed(exc: BaseException) -> str | None:
    # both amounts as the desk writes numbers: what the clerk said Yes to, what is paid now
    return _fill(QT_TRANSLATE_NOOP("Errors", "Nothing was refunded: %1 was confirmed, but %2 "
                                             "is paid towards this membership now (a payment "
                                             "at another desk). Refund again to give back "
                                             "%2."),
                 QLocale().toString(int(getattr(exc, "confirmed_minor", 0) or 0)),
                 QLocale().toString(int(getattr(exc, "paid_minor", 0) or 0)))


def _credit_changed(exc: BaseException) -> str | None:
    # both amounts as the desk writes numbers: the credit the clerk said Yes to, and now
    return _fill(QT_TRANSLATE_NOOP("Errors", "Nothing was refunded: a credit of %1 was "
                                             "confirmed, but it is %2 now (a payment or a "
                                             "refund at another desk). Give it back again to "
                                             "give back %2."),
                 QLocale().toString(int(getattr(exc, "confirmed_minor", 0) or 0)),
                 QLocale().toString(int(getattr(exc, "paid_minor", 0) or 0)))


def _credit_not_ended(exc: BaseException) -> str | None:
    end = getattr(exc, "end_date", None)
    if isinstance(end, dt.date):
        return _fill(QT_TRANSLATE_NOOP("Errors", "This membership runs until %1: its credit "
                                                 "pays its next periods. Only an ended "
                                                 "membership's credit is given back."),
                     short_date(end))
    return _fill(QT_TRANSLATE_NOOP("Errors", "This membership has not ended: its credit pays "
                                             "its next periods. Only an ended membership's "
                                             "credit is given back."))


# ``TextMissing.what`` -> its sentence
MISSING_TEXT = {
    "grievance": QT_TRANSLATE_NOOP("Errors", "Describe the grievance in a few words."),
    "resolution": QT_TRANSLATE_NOOP("Errors", "Say how the grievance was resolved (in the "
                                              "note)."),
    "plan item": QT_TRANSLATE_NOOP("Errors", "Describe the plan item in a few words."),
    "referral service": QT_TRANSLATE_NOOP("Errors", "A referral must name the service it goes "
                                                    "to."),
    "appeal": QT_TRANSLATE_NOOP("Errors", "Say why the resolution is appealed (in the note)."),
    "refund reason": QT_TRANSLATE_NOOP("Errors", "Say why the credit is given back, or who "
                                                 "came for it."),
}


def _missing(exc: BaseException) -> str | None:
    text = MISSING_TEXT.get(str(getattr(exc, "what", "")))
    return None if text is None else _tr(text)


def _no_contributions(exc: BaseException) -> str:
    """A payment on a programme that collects none: named as the desk names programmes."""
    from station.i18n import current_language
    from station.services.catalogue import programme_names

    code = str(getattr(exc, "programme", ""))
    return _fill(QT_TRANSLATE_NOOP("Errors", "%1 does not collect contributions."),
                 programme_names(current_language()).get(code, code))


def _already_member(exc: BaseException) -> str:
    """Another desk (or the same confirmation twice) recorded the programme first."""
    from station.i18n import current_language
    from station.services.catalogue import programme_names

    code = str(getattr(exc, "programme", ""))
    return _fill(QT_TRANSLATE_NOOP("Errors", "Person %1 already holds %2 (since %3), "
                                             "perhaps recorded at another desk: propose "
                                             "again."),
                 str(getattr(exc, "person_id", "")),
                 programme_names(current_language()).get(code, code),
                 _day(getattr(exc, "start_date", None)))


def _same_status(exc: BaseException) -> str | None:
    """A card given the status it has: since when (its first change stands)."""
    sentence = {
        "revoked": QT_TRANSLATE_NOOP("Errors", "This card was already revoked on %1: nothing "
                                               "changed."),
        "lost": QT_TRANSLATE_NOOP("Errors", "This card was already reported lost on %1: "
                                            "nothing changed."),
    }.get(str(getattr(exc, "status", "")))
    return None if sentence is None else _fill(sentence, _day(getattr(exc, "since", None)))


def _programme(exc: BaseException) -> str:
    """The error's ``programme`` as the desk names programmes (the catalogue's name)."""
    from station.i18n import current_language
    from station.services.catalogue import programme_names

    code = str(getattr(exc, "programme", ""))
    return programme_names(current_language()).get(code, code)


# ``NotInList.what`` -> its sentence (%1: the value given)
NOT_IN_LIST = {
    "employment": QT_TRANSLATE_NOOP("Errors", "“%1” is not an employment status the "
                                              "station knows: choose one from the list."),
    "item kind": QT_TRANSLATE_NOOP("Errors", "“%1” is not a kind of plan item: choose one "
                                             "from the list."),
    "service": QT_TRANSLATE_NOOP("Errors", "“%1” is not a service a referral can go to: "
                                           "choose one from the list."),
    "item status": QT_TRANSLATE_NOOP("Errors", "“%1” is not a status of a plan item: "
                                               "choose one from the list."),
    "end reason": QT_TRANSLATE_NOOP("Errors", "“%1” is not a reason a membership ends: "
                                              "choose one from the list."),
}


def _not_in_list(exc: BaseException) -> str | None:
    text = NOT_IN_LIST.get(str(getattr(exc, "what", "")))
    return None if text is None else _fill(text, str(getattr(exc, "value", "")))


def _membership_dates(text: object) -> Sayer:
    """A proposal confirmed on a day its dates do not allow: %1 the programme as the desk
    names it, %2 the person, %3 its start, %4 its end (dates as the desk writes them)."""
    def say(exc: BaseException) -> str:
        return _fill(text, _programme(exc), str(getattr(exc, "person_id", "")),
                     _day(getattr(exc, "start_date", None)),
                     _day(getattr(exc, "end_date", None)))
    return say


def _with(text: object, *names: str) -> Sayer:
    """The sentence ``text`` with the error's attributes ``names`` as %1, %2... (dates as
    the desk writes them; a name or id set apart, :func:`isolated`: an Urdu refusal that
    began with a Khmer name was laid out left to right)."""
    def say(exc: BaseException) -> str:
        values = [getattr(exc, name, "") for name in names]
        return _fill(text, *(_day(v) if isinstance(v, dt.date) else isolated(str(v))
                             for v in values))
    return say


# ``NoFreeNumber.what`` -> its sentence: other desks took the numbers tried, nothing recorded
NO_FREE_NUMBER = {
    "receipt": QT_TRANSLATE_NOOP("Errors", "Other desks took every receipt number tried at "
                                           "the same moment: nothing was recorded. Try again."),
    "grievance": QT_TRANSLATE_NOOP("Errors", "Other desks took every grievance reference "
                                             "tried at the same moment: nothing was recorded. "
                                             "Try again."),
}


def _no_free_number(exc: BaseException) -> str | None:
    text = NO_FREE_NUMBER.get(str(getattr(exc, "what", "")))
    return _tr(text) if text is not None else None


def _table() -> tuple[tuple[type[BaseException], Sayer], ...]:
    """(error type, its sentence from its data), most specific first."""
    from station.errors import (
        CaseNotFound,
        CaseNotInStep,
        HouseholdGone,
        NotACandidate,
        OwnCaseRefused,
        PrintsReleased,
        UnknownHousehold,
        UnknownPerson,
    )
    from station.model.adjudication import NewCandidatesSinceOpened
    from station.model.cards import AlreadyInStatus
    from station.model.deaths import (
        AlreadyRecorded,
        DeathBeforeBirth,
        DeathInFuture,
        NoDeathOnFile,
        NoDeathSource,
        NoUndoReason,
    )
    from station.model.fingers_added import FingersMatchOthers
    from station.model.fingers_replaced import NotShownPresent
    from station.model.locations import RetiredPlace
    from station.model.operators import (
        InvalidUserName,
        LastSupervisor,
        OperatorExists,
        OwnAccount,
        PasswordIsUserName,
        PasswordTooShort,
        PasswordUnchanged,
    )
    from station.model.ui_capture import CaptureRejected
    from station.services.errors import (
        AlreadyBegun,
        AlreadyEnds,
        AlreadyMember,
        AlreadyOver,
        AppealsUsed,
        AppealTooLate,
        BeginsLater,
        CardOfAnotherPerson,
        ContributionsPaid,
        CreditChanged,
        CreditNotEnded,
        DeceasedPerson,
        EndBeforeStart,
        EndInFuture,
        FollowUpInPast,
        InvalidTransition,
        MembershipEnded,
        MembershipWithdrawn,
        NoContributions,
        NoContributoryMembership,
        NoCredit,
        NoFreeNumber,
        NotACaseManager,
        NotAnAmount,
        NotBegunYet,
        NothingToRefund,
        NotInList,
        NotProposed,
        RefundAfterStart,
        RefundChanged,
        RulesChanged,
        SeveralMemberships,
        TextMissing,
        Unanswered,
        UnknownRecord,
    )
    from station.services.household_changes import HeadWouldLeave, WholeHouseholdLeaving
    from station.services.payments import TotalPastLimit
    from station.views.fingers import finger_name

    return (
        (UnknownRecord, _unknown),
        # a capture that gave an image but no usable print (the hospital's finger check; the
        # clerk's capture step says it itself)
        (CaptureRejected, lambda e: _fill(QT_TRANSLATE_NOOP(
            "Errors", "%1: the scanner image shows no fingerprint. Place the finger flat on "
                      "the glass and retry."), finger_name(e.finger))),
        # adjudication: from the errors' data (which case, where it stands, what was needed)
        (NewCandidatesSinceOpened, lambda e: _fill(QT_TRANSLATE_NOOP(
            "Errors", "Not approved: people enrolled since this case was opened match the "
                      "applicant's fingers (%1). The case went back to the clerk to compare "
                      "them."), ", ".join(str(getattr(c, "person_id", c))
                                          for c in getattr(e, "candidates", ())))),
        # fingerprints added to a registered person that match someone else
        (FingersMatchOthers, lambda e: _fill(QT_TRANSLATE_NOOP(
            "Errors", "Not added: these fingers match other registered people (%1). They may "
                      "be one person registered twice, or the capture was someone else's: a "
                      "supervisor compares the prints.") if getattr(e, "done", "") != "replaced"
            else QT_TRANSLATE_NOOP(
            "Errors", "Not replaced: these fingers match other registered people (%1). They "
                      "may be one person registered twice, or the capture was someone "
                      "else's: a supervisor compares the prints."),
            ", ".join(str(c.person_id) for c in getattr(e, "candidates", ())))),
        # prints replaced (station.model.fingers_replaced): no capture matched those on file
        (NotShownPresent, lambda e: _fill(QT_TRANSLATE_NOOP(
            "Errors", "Not replaced: no finger captured matches the print on file (%1). "
                      "Capture another finger on file as a check, or a supervisor replaces "
                      "them, saying why."),
            ", ".join(finger_name(f) for f in getattr(e, "tried", ())))),
        (CaseNotFound, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "This adjudication case no longer exists: refresh the list."))),
        (CaseNotInStep, _case_step),
        (HouseholdGone, _with(QT_TRANSLATE_NOOP(
            "Errors", "The household %1 the applicant was to join no longer exists: send the "
                      "case back to the clerk to register them in another household."),
            "household_id")),
        (UnknownHousehold, _with(UNKNOWN["household"], "household_id")),
        (NotACandidate, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "Choose the candidate who is the same person first."))),
        (PrintsReleased, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "This case no longer holds the applicant's fingerprints."))),
        (OwnCaseRefused, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "You opened this case yourself: another supervisor approves it."))),
        (DeceasedPerson, _deceased),
        (MembershipEnded, _membership_ended),
        (Unanswered, _unanswered),
        (AppealTooLate, _with(QT_TRANSLATE_NOOP("Errors", "The time to appeal ended on %1."),
                              "closed_on")),
        (AppealsUsed, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "This grievance cannot be appealed again."))),
        (InvalidTransition, _transition),
        # deaths
        (AlreadyRecorded, _already_dead),
        (NoDeathSource, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "Say where the death is known from (e.g. the death certificate number "
                      "and commune)."))),
        (DeathInFuture, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "The date of death cannot be in the future."))),
        (DeathBeforeBirth, _with(QT_TRANSLATE_NOOP(
            "Errors", "The date of death is before the person's birth (%1)."), "born")),
        (NoUndoReason, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "Give the reason the death is withdrawn."))),
        (NoDeathOnFile, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "No death is recorded for this person."))),
        (UnknownPerson, _with(UNKNOWN["person"], "person_id")),
        # operators' accounts and passwords
        (PasswordTooShort, _with(QT_TRANSLATE_NOOP(
            "Errors", "The password must have at least %1 characters."), "minimum")),
        (PasswordIsUserName, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "The password must not be the user name."))),
        (PasswordUnchanged, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "The new password must differ from the old one."))),
        (OperatorExists, _with(QT_TRANSLATE_NOOP(
            "Errors", "An operator named %1 already exists."), "username")),
        (InvalidUserName, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "This user name is not valid: use Latin letters a-z, digits and . - _ "
                      "(the full name may be in any script)."))),
        (OwnAccount, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "You cannot disable your own account."))),
        (LastSupervisor, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "This is the last enabled supervisor: the account stays enabled."))),
        # payments and the counter's services
        (TotalPastLimit, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "This payment would take what is paid towards the membership past the "
                      "most the registry keeps as one amount: nothing was recorded."))),
        (NotAnAmount, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "A payment must be a positive whole amount."))),
        (NoContributions, _no_contributions),
        (NoContributoryMembership, _with(QT_TRANSLATE_NOOP(
            "Errors", "%1 holds no contributory membership."),
            "holder")),
        (SeveralMemberships, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "This card's holder has several contributory memberships: press Enter "
                      "in the field to list them, and choose one."))),
        (TextMissing, _missing),
        (CardOfAnotherPerson, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "The card belongs to another person than the one named."))),
        (RulesChanged, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "The programme rules changed since this package was proposed: propose "
                      "again."))),
        (AlreadyMember, _already_member),
        (AlreadyInStatus, _same_status),
        # who belongs to a household (the household dialog checks the rest itself)
        (HeadWouldLeave, _with(QT_TRANSLATE_NOOP(
            "Errors", "%1 heads this household and other living members stay: choose its "
                      "new head first (New head)."), "head_name")),
        (WholeHouseholdLeaving, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "Every living member would leave: that is the household moving. Correct "
                      "the address with Correct details... and tick that the whole household "
                      "moves."))),
        (RetiredPlace, _with(QT_TRANSLATE_NOOP(
            "Errors", "%1 (%2) is retired from the list of places: register new households in "
                      "the place that replaced it."), "name", "code")),
        (NotInList, _not_in_list),
        (NotProposed, lambda e: _fill(QT_TRANSLATE_NOOP(
            "Errors", "%1 was not proposed for person %2: propose again."),
            _programme(e), str(getattr(e, "person_id", "")))),
        (NotBegunYet, _membership_dates(QT_TRANSLATE_NOOP(
            "Errors", "%1 for person %2 would start on %3, after today: confirm it on the day "
                      "it starts."))),
        (AlreadyOver, _membership_dates(QT_TRANSLATE_NOOP(
            "Errors", "%1 for person %2 would end on %4, before today: confirm it from a "
                      "later start date."))),
        (NotACaseManager, _with(QT_TRANSLATE_NOOP(
            "Errors", "%1 cannot manage cases: choose a clerk or a supervisor."), "username")),
        (EndBeforeStart, _with(QT_TRANSLATE_NOOP(
            "Errors", "This membership starts on %1: it cannot end before it starts."),
            "start_date")),
        (EndInFuture, _with(QT_TRANSLATE_NOOP(
            "Errors", "The end date %1 is after today: end the membership on or after its "
                      "last day."), "asked")),
        (AlreadyEnds, _with(QT_TRANSLATE_NOOP(
            "Errors", "This membership already ends on %1: nothing changed."), "end_date")),
        (BeginsLater, _with(QT_TRANSLATE_NOOP(
            "Errors", "This membership begins on %1, after today: withdraw it instead."),
            "start_date")),
        (AlreadyBegun, _with(QT_TRANSLATE_NOOP(
            "Errors", "This membership began on %1: end it on its last day instead."),
            "start_date")),
        (ContributionsPaid, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "Contributions were paid towards this membership: refund them and "
                      "withdraw it in one step (Refund and withdraw)."))),
        (RefundAfterStart, _with(QT_TRANSLATE_NOOP(
            "Errors", "This membership began on %1: only contributions towards a membership "
                      "not begun yet are refunded at the counter."), "start_date")),
        (CreditChanged, _credit_changed),
        (RefundChanged, _refund_changed),
        (CreditNotEnded, _credit_not_ended),
        (NoCredit, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "Nothing is paid towards this membership beyond what it owed: there is "
                      "no credit to give back."))),
        (NothingToRefund, _fixed(QT_TRANSLATE_NOOP(
            "Errors", "Nothing is paid towards this membership: there is nothing to refund "
                      "(withdraw it instead)."))),
        (MembershipWithdrawn, _with(QT_TRANSLATE_NOOP(
            "Errors", "This membership was withdrawn before it began and what was paid "
                      "towards it refunded (receipt %1)."), "receipt_no")),
        (NoFreeNumber, _no_free_number),
        (FollowUpInPast, _with(QT_TRANSLATE_NOOP(
            "Errors", "The follow-up date %1 is in the past: choose today (%2) or a later "
                      "day."), "follow_up_date", "today")),
    )
