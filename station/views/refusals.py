"""The model's refusals a desk meets on a normal day, said in the interface language.

The services and the model refuse in English: an unknown household or person id, a grievance
step the grievance's state does not allow, an appeal after its window, a case another
supervisor decided first, a death recorded twice, an empty description, a password or an
operator account refused... The sentence is the
model's (and the English desk keeps it, since it names the details); at a Khmer, Urdu or
Indonesian desk :func:`refusal` says the same in the interface language, from the error's type
and data (its attributes; the English message's fixed wording only for the errors of other
packages that carry no more yet: deaths, operators' passwords, services). An error not
listed here keeps its English: a sentence, never nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from station.views.formats import short_date
from station.views.value_words import status_words

Sayer = Callable[[BaseException, "re.Match[str]"], str | None]


def refusal(exc: BaseException) -> str | None:
    """``exc``'s sentence in the interface language, or None when it is not an everyday one."""
    text = str(exc)
    for kind, pattern, sayer in _table():
        if isinstance(exc, kind):
            found = re.search(pattern, text)
            if found is not None:
                said = sayer(exc, found)
                if said is not None:
                    return said
    return None


def _tr(text: object) -> str:
    return QCoreApplication.translate("Errors", str(text))


def _fill(pattern: object, *args: str) -> str:
    """``%1``, ``%2``... replaced in one pass (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: args[int(m.group(1)) - 1], _tr(pattern))


def _fixed(text: object) -> Sayer:
    return lambda _exc, _found: _tr(text)


def _date(value: str) -> str:
    try:
        return short_date(dt.date.fromisoformat(value))
    except ValueError:
        return value


# ``UnknownRecord.kind`` -> its sentence (%1: the id the clerk typed)
UNKNOWN = {
    "person": QT_TRANSLATE_NOOP("Errors", "No person has the id %1: check it and try again."),
    "household": QT_TRANSLATE_NOOP("Errors", "No household has the id %1: check it and try "
                                             "again."),
    "card": QT_TRANSLATE_NOOP("Errors", "No card with the number %1 was issued here."),
    "grievance": QT_TRANSLATE_NOOP("Errors", "No grievance has the id %1."),
    "case": QT_TRANSLATE_NOOP("Errors", "No case has the id %1."),
    "plan item": QT_TRANSLATE_NOOP("Errors", "No plan item has the id %1."),
    "membership": QT_TRANSLATE_NOOP("Errors", "No programme membership has the id %1."),
    "operator": QT_TRANSLATE_NOOP("Errors", "No operator has the user name %1."),
}

def _unknown(exc: BaseException, _found: re.Match[str]) -> str | None:
    text = UNKNOWN.get(str(getattr(exc, "kind", "")))
    return None if text is None else _fill(text, str(getattr(exc, "record_id", "")))


def _transition(exc: BaseException, found: re.Match[str]) -> str | None:
    what, current = str(getattr(exc, "what", "")), str(getattr(exc, "current", ""))
    state = status_words().get(current)
    if what == "the grievance" and "appeal window closed on" in found.string:
        day = re.search(r"closed on (\d{4}-\d\d-\d\d)", found.string)
        return _fill(QT_TRANSLATE_NOOP("Errors", "The time to appeal ended on %1."),
                     _date(day.group(1) if day else ""))
    if what == "the grievance" and "already appealed" in found.string:
        return _tr(QT_TRANSLATE_NOOP("Errors", "This grievance cannot be appealed again."))
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


def _already_dead(exc: BaseException, _found: re.Match[str]) -> str | None:
    died_on = getattr(exc, "died_on", None)
    if not isinstance(died_on, dt.date):
        return None
    return _fill(QT_TRANSLATE_NOOP("Errors", "This death was already recorded (died on %1, "
                                             "recorded by %2)."),
                 short_date(died_on), str(getattr(exc, "by", "")))


def _unanswered(exc: BaseException, _found: re.Match[str]) -> str | None:
    from station.views.services.questionnaire_words import question_text

    question = str(getattr(exc, "question", ""))
    return _fill(QT_TRANSLATE_NOOP("Errors", "Answer this question first: %1"),
                 question_text(question, question))


def _case_step(exc: BaseException, _found: re.Match[str]) -> str | None:
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


def _deceased(exc: BaseException, _found: re.Match[str]) -> str | None:
    died = getattr(exc, "died_on", None)
    return _fill(QT_TRANSLATE_NOOP("Errors", "Person %1 died on %2: nothing new can be "
                                             "recorded for them."),
                 str(getattr(exc, "person_id", "")),
                 short_date(died) if isinstance(died, dt.date) else "")


def _membership_ended(exc: BaseException, _found: re.Match[str]) -> str | None:
    end = getattr(exc, "end_date", None)
    ended = short_date(end) if isinstance(end, dt.date) else ""
    owed = int(getattr(exc, "owed_minor", 0) or 0)
    if owed:
        return _fill(QT_TRANSLATE_NOOP("Errors", "This membership ended on %1: only its "
                                                 "arrears of %2 can be paid."),
                     ended, QLocale().toString(owed))
    return _fill(QT_TRANSLATE_NOOP("Errors", "This membership ended on %1 and nothing is owed "
                                             "on it: no payment can be taken."), ended)


def _table() -> tuple[tuple[type[BaseException], str, Sayer], ...]:
    """(error type, what its English says, the sentence), most specific first."""
    from station.errors import (
        BadInput,
        CaseNotFound,
        CaseNotInStep,
        NotACandidate,
        NotFound,
        OwnCaseRefused,
        PrintsReleased,
    )
    from station.model.adjudication import NewCandidatesSinceOpened
    from station.model.deaths import AlreadyRecorded, DeathRefused
    from station.services.errors import (
        AnswerError,
        DeceasedPerson,
        InvalidTransition,
        MembershipEnded,
        PaymentError,
        ServiceError,
        UnknownRecord,
    )

    return (
        (UnknownRecord, "", _unknown),
        # adjudication: from the errors' data (which case, where it stands, what was needed)
        (NewCandidatesSinceOpened, "", lambda e, _m: _fill(QT_TRANSLATE_NOOP(
            "Errors", "Not approved: people enrolled since this case was opened match the "
                      "applicant's fingers (%1). The case went back to the clerk to compare "
                      "them."), ", ".join(str(getattr(c, "person_id", c))
                                          for c in getattr(e, "candidates", ())))),
        (CaseNotFound, "", _fixed(QT_TRANSLATE_NOOP(
            "Errors", "This adjudication case no longer exists: refresh the list."))),
        (CaseNotInStep, "", _case_step),
        (NotACandidate, "", _fixed(QT_TRANSLATE_NOOP(
            "Errors", "Choose the candidate who is the same person first."))),
        (PrintsReleased, "", _fixed(QT_TRANSLATE_NOOP(
            "Errors", "This case no longer holds the applicant's fingerprints."))),
        (OwnCaseRefused, "", _fixed(QT_TRANSLATE_NOOP(
            "Errors", "You opened this case yourself: another supervisor approves it."))),
        (DeceasedPerson, "", _deceased),
        (MembershipEnded, "", _membership_ended),
        (AnswerError, ": has no answer$", _unanswered),
        (InvalidTransition, "", _transition),
        (AlreadyRecorded, "", _already_dead),
        (DeathRefused, "^say where the death is known from", _fixed(QT_TRANSLATE_NOOP(
            "Errors", "Say where the death is known from (e.g. the death certificate number "
                      "and commune)."))),
        (DeathRefused, "is in the future$", _fixed(QT_TRANSLATE_NOOP(
            "Errors", "The date of death cannot be in the future."))),
        (DeathRefused, r"is before the person's birth \((\d{4}-\d\d-\d\d)\)$",
         lambda _e, m: _fill(QT_TRANSLATE_NOOP(
             "Errors", "The date of death is before the person's birth (%1)."),
             _date(m.group(1)))),
        (DeathRefused, "^give the reason the death is withdrawn", _fixed(QT_TRANSLATE_NOOP(
            "Errors", "Give the reason the death is withdrawn."))),
        (DeathRefused, "^no death is recorded for", _fixed(QT_TRANSLATE_NOOP(
            "Errors", "No death is recorded for this person."))),
        (NotFound, r"^no person with id (\S+)$", lambda _e, m: _fill(UNKNOWN["person"],
                                                                     m.group(1))),
        (BadInput, r"^the password must have at least (\d+) characters", lambda _e, m: _fill(
            QT_TRANSLATE_NOOP("Errors", "The password must have at least %1 characters."),
            m.group(1))),
        (BadInput, "^the password must not be the user name", _fixed(QT_TRANSLATE_NOOP(
            "Errors", "The password must not be the user name."))),
        (BadInput, "^the new password must differ from the old one", _fixed(
            QT_TRANSLATE_NOOP("Errors", "The new password must differ from the old one."))),
        (BadInput, r"^an operator named '(.+)' already exists$", lambda _e, m: _fill(
            QT_TRANSLATE_NOOP("Errors", "An operator named %1 already exists."), m.group(1))),
        (BadInput, r"^user name .* is not valid", _fixed(QT_TRANSLATE_NOOP(
            "Errors", "This user name is not valid: use Latin letters a-z, digits and . - _ "
                      "(the full name may be in any script)."))),
        (BadInput, "^you cannot disable your own account", _fixed(QT_TRANSLATE_NOOP(
            "Errors", "You cannot disable your own account."))),
        (BadInput, "is the last enabled supervisor and stays enabled$", _fixed(
            QT_TRANSLATE_NOOP("Errors", "This is the last enabled supervisor: the account "
                                        "stays enabled."))),
        (PaymentError, "^a payment must be a positive whole amount", _fixed(
            QT_TRANSLATE_NOOP("Errors", "A payment must be a positive whole amount."))),
        (PaymentError, r"^(\S+) does not collect contributions$", lambda _e, m: _fill(
            QT_TRANSLATE_NOOP("Errors", "%1 does not collect contributions."), m.group(1))),
        (ServiceError, "^describe the grievance in a few words$", _fixed(QT_TRANSLATE_NOOP(
            "Errors", "Describe the grievance in a few words."))),
        (ServiceError, "^the card tapped belongs to another person$", _fixed(
            QT_TRANSLATE_NOOP("Errors", "The card belongs to another person than the one "
                                        "named."))),
        (ServiceError, "^say how the grievance was resolved$", _fixed(QT_TRANSLATE_NOOP(
            "Errors", "Say how the grievance was resolved (in the note)."))),
        (ServiceError, "^describe the plan item in a few words$", _fixed(QT_TRANSLATE_NOOP(
            "Errors", "Describe the plan item in a few words."))),
        (ServiceError, "^a referral must name the service it goes to$", _fixed(
            QT_TRANSLATE_NOOP("Errors", "A referral must name the service it goes to."))),
        (ServiceError, "^the package was proposed under rules", _fixed(QT_TRANSLATE_NOOP(
            "Errors", "The programme rules changed since this package was proposed: propose "
                      "again."))),
    )
