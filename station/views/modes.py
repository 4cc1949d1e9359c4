"""Which widget shows each mode; a mode whose service has not landed shows a placeholder."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from station.model.ui_context import StationContext
from station.model.ui_session import Mode, OperatorSession
from station.views.placeholder import Placeholder


def _clerk(ctx: StationContext, session: OperatorSession) -> QWidget:
    from station.views.clerk.page import ClerkPage

    if ctx.service("station") is None:
        return Placeholder("Clerk", "the registry (run 'sws init')")
    return ClerkPage(ctx, session)


def _hospital(ctx: StationContext, session: OperatorSession) -> QWidget:
    from station.views.hospital import HospitalPage

    return HospitalPage(ctx, session)


def _auditor(ctx: StationContext, session: OperatorSession) -> QWidget:
    from station.views.auditor import AuditorPage

    return AuditorPage(ctx, session)


def _supervisor(ctx: StationContext, session: OperatorSession) -> QWidget:
    from station.views.supervisor import SupervisorPage

    if ctx.service("station") is None:
        return Placeholder("Supervisor", "the registry (run 'sws init')")
    return SupervisorPage(ctx, session)


MODE_FACTORIES: dict[Mode, Callable[[StationContext, OperatorSession], QWidget]] = {
    Mode.CLERK: _clerk,
    Mode.HOSPITAL: _hospital,
    Mode.AUDITOR: _auditor,
    Mode.SUPERVISOR: _supervisor,
}
