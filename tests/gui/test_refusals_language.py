"""The model's everyday refusals at a Khmer, Urdu or Indonesian desk: an unknown household id,
a grievance step its state does not allow, a late appeal, a case decided at another desk, a
death recorded twice... reached the clerk in the model's English. English keeps the model's own
sentence; an error nobody foresaw keeps its English (never nothing)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
import sqlalchemy as sa

from station.errors import (
    BadInput,
    CaseNotFound,
    CaseNotInStep,
    NotACandidate,
    NotFound,
    OwnCaseRefused,
    PrintsReleased,
    UnknownPerson,
)
from station.i18n import apply_language
from station.model.cards import AlreadyInStatus
from station.model.deaths import AlreadyRecorded, DeathBeforeBirth, DeathInFuture, DeathRefused
from station.model.operators import (
    LastSupervisor,
    OwnAccount,
    PasswordIsUserName,
    PasswordTooShort,
    PasswordUnchanged,
    login,
)
from station.services import cases, grievances, payments
from station.services.errors import (
    AlreadyMember,
    FollowUpInPast,
    InvalidTransition,
    NoFreeNumber,
    NotAnAmount,
    PaymentError,
    ServiceError,
    TextMissing,
    UnknownRecord,
)
from station.services.grievance_rules import check_appeal, load_policy, next_status
from station.services.household_changes import HeadWouldLeave, WholeHouseholdLeaving
from station.views.workers import plain_message
from tests.gui.conftest import FIXED_NOW, PASSWORD

pytestmark = pytest.mark.gui

LATIN = re.compile("[A-Za-z]{3,}")  # a Latin word (the ids used hold none)
ENGLISH = {"the", "is", "has", "no", "not", "with", "this", "was", "case", "person",
           "grievance", "death", "payment", "household", "cannot", "be", "appeal", "already"}


def _raised(fn: Any) -> BaseException:
    try:
        fn()
    except Exception as exc:
        return exc
    raise AssertionError("no refusal")


def _everyday(station: Any) -> list[BaseException]:
    """Refusals raised by the real services (their English is the model's)."""
    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    policy = load_policy()
    from station.model.operators import create_operator
    from station.services import households

    boss = login(station, "super", PASSWORD, now=FIXED_NOW)
    return [
        _raised(lambda: create_operator(station, username="clerk1", full_name="x",
                                        role="clerk", password=PASSWORD, now=FIXED_NOW,
                                        by=boss)),
        _raised(lambda: create_operator(station, username="no body", full_name="x",
                                        role="clerk", password=PASSWORD, now=FIXED_NOW,
                                        by=boss)),
        PasswordTooShort(10),
        PasswordIsUserName(),
        PasswordUnchanged(),
        OwnAccount(),
        LastSupervisor("super"),
        _raised(lambda: households.record_situation(station, "404-404", disability=True,
                                                    employment=None, operator=clerk,
                                                    now=FIXED_NOW)),
        _raised(lambda: grievances.intake(station, category=policy.categories[0].code,
                                          description="  ", operator=clerk, now=FIXED_NOW)),
        _raised(lambda: grievances.grievance_id_of(station, "STATION-20261122-G404")),
        # the Case plan tab's field, given what is neither a person id nor a card serial
        _raised(lambda: cases.find_person(station, "hh-1234")),
        _raised(lambda: next_status("closed", "resolve")),
        _raised(lambda: check_appeal(policy, resolved_on=dt.date(2026, 1, 5),
                                     today=dt.date(2026, 11, 22), appeals_so_far=0)),
        _raised(lambda: check_appeal(policy, resolved_on=dt.date(2026, 11, 20),
                                     today=dt.date(2026, 11, 22),
                                     appeals_so_far=policy.max_appeals)),
        InvalidTransition("the case", "closed", "changed"),
        UnknownRecord("household", "hh-1234"),
        AlreadyRecorded("p-1", dt.date(2026, 10, 1), "សុខ", None),
        DeathInFuture("p-1", dt.date(2027, 1, 1)),
        DeathBeforeBirth("p-1", dt.date(1950, 1, 1), dt.date(1960, 2, 3)),
        UnknownPerson("p-1"),
        CaseNotInStep("4f2a", "decided", "open"),
        CaseNotInStep("4f2a", "approved", "decided"),
        CaseNotInStep("4f2a", "open", "decided"),
        NotACandidate("4f2a", None),
        PrintsReleased("4f2a"),
        CaseNotFound("4f2a"),
        OwnCaseRefused("4f2a", "supervisor"),
        NotAnAmount(-5),
        TextMissing("resolution"),
        TextMissing("appeal"),
        FollowUpInPast(dt.date(2026, 11, 20), dt.date(2026, 11, 22)),
        AlreadyMember("p-1", "OLD_AGE_PENSION", "m-1", dt.date(2026, 11, 22), None),
        AlreadyInStatus("0A05", "revoked", dt.datetime(2026, 11, 20, 9, 0), "stolen"),
        # two counters numbering at the same moment, too many times in a row (PostgreSQL)
        _raised(lambda: payments._numbered(_taken)),
        NoFreeNumber("grievance"),
        # the household dialog's refusals it cannot foresee itself (the service's)
        HeadWouldLeave("សុខ", "hh-1234", 3),
        WholeHouseholdLeaving(),
    ]


def _taken() -> None:
    """A write whose number another counter took first."""
    raise sa.exc.IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed"))


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_everyday_refusals_are_said_in_the_desks_language(qapp: Any, station: Any,
                                                         language: str) -> None:
    refusals = _everyday(station)
    english = [plain_message(exc) for exc in refusals]
    apply_language(language)
    for exc, said_in_english in zip(refusals, english, strict=True):
        said = plain_message(exc)
        assert said and said != said_in_english, (type(exc).__name__, said)
        bare = (said.replace("hh-1234", "").replace("clerk1", "")  # ids and names stay
                .replace("STATION-20261122-G404", ""))
        assert not set(re.findall(r"[a-z]+", bare.lower())) & ENGLISH, said
        if language != "id":
            assert LATIN.search(bare) is None, said
    # the appeal's last day is a date of the desk, not an ISO string
    appeal = next(e for e in refusals if "appeal window" in str(e))
    assert "2026-" not in plain_message(appeal)


def test_an_unanswered_question_is_named_as_the_clerk_reads_it(qapp: Any) -> None:
    """"Question 'toilet': has no answer" named the question by its id, in English."""
    from station.services.errors import Unanswered
    from station.views.services.questionnaire_words import question_text

    apply_language("km")
    said = plain_message(Unanswered("toilet"))
    assert "toilet" not in said and question_text("toilet", "") in said, said


def test_the_english_desk_keeps_the_models_sentence(station: Any) -> None:
    for exc in _everyday(station):
        text = str(exc)
        assert plain_message(exc) == text[:1].upper() + text[1:]


def test_an_unforeseen_refusal_keeps_its_english(qapp: Any) -> None:
    apply_language("km")
    assert plain_message(ServiceError("the moon is full")) == "The moon is full"
    assert plain_message(UnknownRecord("spaceship", "x1")) == "No spaceship with id 'x1'"
    assert plain_message(InvalidTransition("the rocket", "flying", "landed")) == (
        "The rocket is flying and cannot be landed")


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_adjudication_refusals_say_what_happened_to_the_case(qapp: Any,
                                                             language: str) -> None:
    """Read from the errors' data, not their English: a case another supervisor approved
    first is not "decide it first", a case sent back is not "approved", and a supervisor's
    own case is not "your role may not do this" (their role may: the case is theirs)."""
    from PySide6.QtCore import QCoreApplication

    from station.errors import PermissionDenied
    from station.views.workers import _everyday_errors

    apply_language(language)
    approved = plain_message(CaseNotInStep("4f2a", "approved", "decided"))
    sent_back = plain_message(CaseNotInStep("4f2a", "open", "decided"))
    taken = plain_message(CaseNotInStep("4f2a", "decided", "open"))
    own = plain_message(OwnCaseRefused("4f2a", "supervisor"))
    role = dict(_everyday_errors())
    assert len({approved, sent_back, taken, own}) == 4
    assert own != QCoreApplication.translate("Errors", str(role[PermissionDenied]))
    # the same English without the data is an unforeseen refusal: it keeps its English
    assert plain_message(BadInput("case 4f2a is decided, not open")) == (
        "Case 4f2a is decided, not open")


def test_adjudication_refusals_in_english_read_as_the_cli_writes_them(qapp: Any) -> None:
    assert plain_message(OwnCaseRefused("4f2a", "supervisor")) == (
        "A supervisor may not approve a case they opened themselves")
    assert plain_message(CaseNotInStep("4f2a", "approved", "decided")) == (
        "Case 4f2a is approved: only decided cases are approved")


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_the_dead_and_an_ended_membership_are_refused_in_the_desks_language(
        qapp: Any, language: str) -> None:
    """The services refuse new facts for a dead person and a payment beyond an ended
    membership's arrears, with their data: the window says both without English."""
    from station.services.errors import DeceasedPerson, MembershipEnded
    from station.views.refusals import refusal

    errors = (DeceasedPerson("P-0042", dt.date(2026, 3, 1), "open a case"),
              MembershipEnded("M-7", dt.date(2026, 6, 30), 1500, 9000),
              MembershipEnded("M-7", dt.date(2026, 6, 30), 0, 100))
    apply_language("en")
    english = [refusal(e) for e in errors]
    try:
        apply_language(language)
        died, owes, none = (refusal(e) for e in errors)
        for said, words in zip((died, owes, none), english, strict=True):
            assert said and words and said != words, said
            assert "membership" not in said and "died" not in said
        assert died is not None and "P-0042" in died
        assert owes is not None and owes != none
    finally:
        apply_language("en")


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_refusals_are_said_from_their_type_never_their_english(qapp: Any,
                                                              language: str) -> None:
    """Deaths, operators' accounts, payments and the services' refusals were recognised by
    matching their English: a reworded message fell back to English at a translated desk, and
    any error of the base type that happened to read the same was said as that refusal. Now
    the type and its data decide: an error of the base type with the very same English is an
    unforeseen refusal and keeps its English."""
    from station.services.errors import AnswerError

    typed_and_untyped = [
        (DeathInFuture("p-1", dt.date(2027, 1, 1)),
         DeathRefused("the date of death 2027-01-01 is in the future", person_id="p-1")),
        (UnknownPerson("p-1"), NotFound("no person with id p-1", field="person_id")),
        (PasswordIsUserName(), BadInput("the password must not be the user name")),
        (LastSupervisor("super"),
         BadInput("'super' is the last enabled supervisor and stays enabled")),
        (NotAnAmount(-5), PaymentError("a payment must be a positive whole amount, not -5")),
        (TextMissing("grievance"), ServiceError("describe the grievance in a few words")),
        (FollowUpInPast(dt.date(2026, 11, 20), dt.date(2026, 11, 22)),
         ServiceError("the follow-up date 2026-11-20 is in the past: choose today "
                      "(2026-11-22) or a later day")),
    ]
    apply_language(language)
    try:
        for typed, untyped in typed_and_untyped:
            assert str(typed) == str(untyped)
            english = str(untyped)[:1].upper() + str(untyped)[1:]
            assert plain_message(untyped) == english
            assert plain_message(typed) != english, plain_message(typed)
        said = plain_message(FollowUpInPast(dt.date(2026, 11, 20), dt.date(2026, 11, 22)))
        assert "2026-" not in said  # the desk's dates
        assert plain_message(AnswerError("toilet", "has no answer")) == (
            "Question 'toilet': has no answer")
    finally:
        apply_language("en")


def test_a_programme_without_contributions_is_named_as_the_desk_names_it(qapp: Any) -> None:
    """A payment refused because the programme collects no contributions named the
    programme by its code (OLD_AGE_PENSION) at every desk, where "already holds" names it
    in the desk's language: both now read the catalogue's name."""
    from station.i18n import current_language
    from station.services.catalogue import programme_names
    from station.services.errors import NoContributions
    from station.views.refusals import refusal

    try:
        for language in ("en", "km"):
            apply_language(language)
            said = refusal(NoContributions("OLD_AGE_PENSION"))
            name = programme_names(current_language())["OLD_AGE_PENSION"]
            assert said is not None and name in said and "OLD_AGE_PENSION" not in said
    finally:
        apply_language("en")
