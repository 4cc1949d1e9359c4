"""Who is at the station and which modes they may open: a Qt-free view-model.

The station's operator roles are clerk, supervisor and auditor (see the registry). Hospital
focal-point verification needs no registry write beyond the service-use record, so every
signed-in role may open it. The supervisor may open everything, to help at the counter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Mode(Enum):
    """The four working modes of the station window, in tab order."""

    CLERK = "clerk"
    HOSPITAL = "hospital"
    AUDITOR = "auditor"
    SUPERVISOR = "supervisor"


_MODES_BY_ROLE: dict[str, tuple[Mode, ...]] = {
    "clerk": (Mode.CLERK, Mode.HOSPITAL),
    "supervisor": (Mode.CLERK, Mode.HOSPITAL, Mode.AUDITOR, Mode.SUPERVISOR),
    "auditor": (Mode.AUDITOR, Mode.HOSPITAL),
}


@dataclass(frozen=True)
class OperatorSession:
    """A signed-in operator as the header shows them."""

    username: str
    role: str
    display_name: str = ""
    #: The services' own operator record (``OperatorInfo``), passed back on every write.
    operator: Any = field(default=None, compare=False, repr=False)

    @property
    def modes(self) -> tuple[Mode, ...]:
        """The modes this operator may open, in tab order."""
        return modes_for(self.role)

    @property
    def shown_name(self) -> str:
        return self.display_name or self.username


def modes_for(role: str) -> tuple[Mode, ...]:
    """Modes a role may open; an unknown role gets only hospital verification."""
    return _MODES_BY_ROLE.get(role.lower(), (Mode.HOSPITAL,))
