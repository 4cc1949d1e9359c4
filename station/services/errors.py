"""Errors of the Single Window services: one base, specific kinds carrying what went wrong.

They are :class:`station.errors.StationError` subclasses, so the ``sws`` command and the GUI
turn them into one plain sentence and the documented exit code (4, bad input).
"""

from __future__ import annotations

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


class InvalidTransition(ServiceError):
    """A grievance, case or action cannot go from its current state to the one asked for."""

    def __init__(self, what: str, current: str, wanted: str, *, why: str = "") -> None:
        tail = f" ({why})" if why else ""
        super().__init__(f"{what} is {current!r} and cannot become {wanted!r}{tail}")
        self.what = what
        self.current = current
        self.wanted = wanted


class PaymentError(ServiceError):
    """A contribution payment is not acceptable (amount, receipt, scheme)."""


class UnknownRecord(ServiceError):
    """A person, household, programme, case or grievance asked for by id does not exist."""

    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"no {kind} with id {record_id!r}")
        self.kind = kind
        self.record_id = record_id


class ReportError(ServiceError):
    """A report cannot be produced in the format asked for (e.g. an unknown format)."""
