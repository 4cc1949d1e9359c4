"""The station's exceptions: one base, specific kinds that carry what went wrong.

Every message is one plain sentence a clerk can act on. The CLI and the GUI turn a
:class:`StationError` into that sentence (never a traceback); ``exit_code`` says which
documented exit status the ``sws`` command returns for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, ClassVar

# Exit codes documented in `sws --help`.
EXIT_OK = 0
EXIT_USAGE = 2
EXIT_DUPLICATE = 3
EXIT_BAD_INPUT = 4
EXIT_INTEGRITY = 5
EXIT_NO_MATCH = 6  # a finger checked 1:1 against a card does not match its template


class StationError(Exception):
    """Base of every error the station raises on purpose; ``str(err)`` is one plain sentence."""

    exit_code: ClassVar[int] = EXIT_BAD_INPUT


# -- bad input (exit 4) ---------------------------------------------------------------------


class BadInput(StationError):
    """Something the user typed or gave is not acceptable."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class InvalidDemographics(BadInput):
    """A name, date, sex or address field is missing or impossible."""


class UnknownHousehold(InvalidDemographics):
    """No household has the id a person is to join (``household_id``: as given)."""

    def __init__(self, household_id: str, message: str | None = None) -> None:
        super().__init__(message or f"no household with id {household_id}",
                         field="household_id")
        self.household_id = household_id


class HouseholdGone(UnknownHousehold):
    """Approving case ``case_id`` ("not a duplicate"): the household its applicant was to
    join (``household_id``) no longer exists. Nothing is written; the case stays decided,
    for the supervisor to send back to the clerk."""

    def __init__(self, case_id: str, household_id: str) -> None:
        super().__init__(household_id, f"case {case_id}: the household {household_id} the "
                         "applicant was to join no longer exists: send the case back to the "
                         "clerk")
        self.case_id = case_id


class InvalidGazetteer(BadInput):
    """The list of administrative areas (master data) cannot be read or is inconsistent."""


class UnknownFinger(BadInput):
    """A finger name or ISO/IEC 19794-2 position the station does not know."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"unknown finger {name!r}: use e.g. right-index, left-thumb (or a position 1-10)",
            field="finger",
        )
        self.name = name


class ImageRejected(BadInput):
    """A fingerprint image could not be read, is not a fingerprint, or is of too low quality."""

    def __init__(self, message: str, *, finger: str | None = None,
                 quality: int | None = None) -> None:
        super().__init__(message, field="finger")
        self.finger = finger
        self.quality = quality


class NotFound(BadInput):
    """A person, operator or record asked for by id does not exist."""


class UnknownPerson(NotFound):
    """No person has the id ``person_id`` (as typed)."""

    def __init__(self, person_id: str) -> None:
        super().__init__(f"no person with id {person_id}", field="person_id")
        self.person_id = person_id


# -- adjudication refusals (exit 4) -----------------------------------------------------------


class CaseNotFound(NotFound):
    """No adjudication case has this id (removed since the list was read)."""

    def __init__(self, case_id: str) -> None:
        super().__init__(f"no adjudication case with id {case_id}", field="case_id")
        self.case_id = case_id


class CaseNotInStep(BadInput):
    """The case is not in the step the act needs: ``status`` is where it is now, ``needed``
    where it must be (``open`` to decide, ``decided`` to approve or send back). Met when
    another desk acted on it first: another clerk decided it, another supervisor approved
    it or sent it back."""

    def __init__(self, case_id: str, status: str, needed: str) -> None:
        if needed == "open":
            message = f"case {case_id} is {status}, not open"
        else:
            message = f"case {case_id} is {status}: only {needed} cases are approved"
        super().__init__(message)
        self.case_id = case_id
        self.status = status
        self.needed = needed


class NotACandidate(BadInput):
    """A "same person" decision names nobody, or someone who is not among the case's
    candidates (``named``: what was given, None when nothing was)."""

    def __init__(self, case_id: str, named: str | None) -> None:
        super().__init__("a duplicate decision must name one of the candidates",
                         field="matched_person_id")
        self.case_id = case_id
        self.named = named


class PrintsReleased(BadInput):
    """The case no longer holds the applicant's prints (they go when it is approved)."""

    def __init__(self, case_id: str) -> None:
        super().__init__(f"case {case_id} no longer holds the applicant's fingerprints")
        self.case_id = case_id


# -- duplicates (exit 3) --------------------------------------------------------------------


class DuplicateSuspected(StationError):
    """The 1:N search found candidates: a person must adjudicate (never a silent merge)."""

    exit_code = EXIT_DUPLICATE

    def __init__(self, candidates: Sequence[Any], *, adjudication_id: str | None = None) -> None:
        super().__init__(
            f"possible duplicate: {len(candidates)} registered person(s) match these fingerprints"
        )
        self.candidates = list(candidates)
        self.adjudication_id = adjudication_id


# -- operators and permissions (exit 4) ------------------------------------------------------


class AuthError(StationError):
    """Login or permission problem."""


class LoginFailed(AuthError):
    """Wrong user name or password (deliberately does not say which)."""

    def __init__(self, remaining: int | None = None) -> None:
        super().__init__("wrong user name or password")
        self.remaining = remaining


class AccountLocked(AuthError):
    """Too many failed logins; a supervisor must unlock the account."""

    def __init__(self, username: str) -> None:
        super().__init__(f"account {username!r} is locked after too many failed logins; "
                         "ask a supervisor to unlock it")
        self.username = username


class PermissionDenied(AuthError):
    """The operator's role may not do this."""

    def __init__(self, action: str, role: str) -> None:
        article = "an" if role[:1].lower() in "aeiou" else "a"  # an auditor, a clerk
        super().__init__(f"{article} {role} may not {action}")
        self.action = action
        self.role = role


class OwnCaseRefused(PermissionDenied):
    """A supervisor may not approve (or send back) a case they opened themselves: the
    second pair of eyes must be someone else's."""

    def __init__(self, case_id: str, role: str) -> None:
        super().__init__("approve a case they opened themselves", role)
        self.case_id = case_id


# -- storage (exit 4: the input was fine, the environment is not) ----------------------------


class StorageError(StationError):
    """The registry could not be read or written."""


class NotInitialised(StorageError):
    """No registry or no key file yet: run `sws init` first."""


class DatabaseBusy(StorageError):
    """Another program holds the registry's write lock; nothing was written.

    The sentence names no database: a file path or server address is noise at the desk and
    shows the office's file layout. ``url`` (passwords masked) stays on the error, and
    ``station.registry.db`` logs it where it finds the lock, for support.
    """

    def __init__(self, url: str) -> None:
        super().__init__("the registry is busy (locked by another program): nothing was "
                         "written, try again in a moment")
        self.url = url


class StorageFull(StorageError):
    """The disk (or the database's size limit) is full; nothing was written."""

    def __init__(self, url: str) -> None:
        super().__init__(f"the disk holding the registry is full: {url}; nothing was written")
        self.url = url


class MatcherUnavailable(StationError):
    """The fingerprint matcher (or its 1:N gallery) is not installed in this build."""


class KeyProblem(StorageError):
    """The at-rest key file is missing, unreadable, has loose permissions or lacks a key id."""


# -- integrity (exit 5) ---------------------------------------------------------------------


class IntegrityFailure(StationError):
    """Stored data does not verify: the audit chain, a ciphertext or the schema version."""

    exit_code = EXIT_INTEGRITY


class AuditChainBroken(IntegrityFailure):
    """An audit row was edited, inserted or deleted."""

    def __init__(self, message: str, *, seq: int) -> None:
        super().__init__(message)
        self.seq = seq


class SchemaMismatch(IntegrityFailure):
    """The database schema is not at the version this program expects."""

    def __init__(self, found: str | None, expected: str) -> None:
        super().__init__(f"registry schema is at {found or 'no version'}, "
                         f"this program expects {expected}")
        self.found = found
        self.expected = expected


class MembershipsMeet(IntegrityFailure):
    """The registry holds pairs of programme memberships (one person, one programme) whose
    dates meet in a way migration ``mem01``'s indexes forbid (both open-ended, or from the
    same day with other ends): the migration stops, the registry stays at ``stays_at``.

    ``endings`` holds the memberships to end, each once with the day to end it on, that
    resolve the ``pairs`` (as many as ``endings`` when not given; ``sws household
    end-membership``, which works on the registry as it stands): the earlier of two open ones
    the day before the later starts; of two from the same day, the longer on the shorter's
    end (the two are then copies, made one by the migration)."""

    def __init__(self, endings: Sequence[tuple[str, str, str, date]], *, stays_at: str,
                 shown: int = 5, pairs: int | None = None) -> None:
        n = len(endings) if pairs is None else pairs
        commands = "; ".join(
            f"{person} in {programme}: `sws household end-membership {mid} --reason "
            f"recorded_twice --on {on.isoformat()}`"
            for person, programme, mid, on in endings[:shown])
        more = (f"; and {len(endings) - shown} more membership(s) to end"
                if len(endings) > shown else "")
        super().__init__(
            f"the registry holds {n} {'pair' if n == 1 else 'pairs'} of programme memberships "
            f"whose dates meet: end one of each pair ({commands}{more}), then open the "
            "station again (the command works on the registry as it stands; the station's "
            "previous version still opens it meanwhile)")
        self.endings = list(endings)
        self.stays_at = stays_at


class DecryptionFailed(IntegrityFailure):
    """A ciphertext does not decrypt under its key (tampered, moved to another row, wrong key)."""
