"""The sync package's exceptions: one base, specific kinds that carry what went wrong.

The CLI and the GUI turn any of them into one plain sentence (``str(error)``); none of them
ever carries biometric data in its message or attributes.
"""

from __future__ import annotations


class SyncError(Exception):
    """Base of every error the sync package raises; its message is one plain sentence."""


class OutboxError(SyncError):
    """An outbox item cannot be written or read (bad kind, payload not encodable...)."""


class PacketError(SyncError):
    """A packet is malformed, tampered with, or signed by a key that does not verify.

    ``reason`` is a short machine-readable code (``bad_signature``, ``malformed``, ...)
    that the central service records and returns to the station.
    """

    def __init__(self, message: str, *, reason: str = "malformed", packet_id: str | None = None):
        super().__init__(message)
        self.reason = reason
        self.packet_id = packet_id


class CentralUnreachable(SyncError):
    """The central registry did not answer (network down, timeout, 5xx): retry later."""

    def __init__(self, message: str, *, status_code: int | None = None,
                 detail: str = "") -> None:
        super().__init__(message)
        self.status_code = status_code
        #: What a failing service said of its failure (a 5xx answer's one-line ``detail``),
        #: "" when it said nothing readable.
        self.detail = detail


class CentralRefused(SyncError):
    """The central registry answered but refused the request (4xx other than a conflict)."""

    def __init__(self, message: str, *, status_code: int, detail: str = "") -> None:
        super().__init__(message)
        self.status_code = status_code
        self.detail = detail


class RegistrationError(SyncError):
    """A station could not be registered with the central registry."""


class AlreadyRevoked(RegistrationError):
    """A revoked station was revoked again: its first revocation (its day and reason) stands,
    since cards its signer signed before that day pass and those after it do not."""


class CentralConfigError(SyncError):
    """The central service cannot start: bad database URL, unreadable key file..."""


class CentralSchemaError(CentralConfigError):
    """The central database was made by another version of the schema than this program's."""

    def __init__(self, found: int, expected: int) -> None:
        advice = ("update this program (a newer one migrated the database)" if found > expected
                  else "migrate the database first (sync/README.md)")
        super().__init__(f"the central database has schema version {found}, this program "
                         f"needs {expected}: {advice}")
        self.found = found
        self.expected = expected


class SyncBusy(SyncError):
    """Another sync of this station (``sws sync`` or the window's worker) is running now.

    ``pid`` is the process that holds the lock (None when unknown); ``exit_code`` 4 like
    every other "not now, nothing lost" outcome of ``sws sync``."""

    exit_code = 4

    def __init__(self, pid: int | None, path: object) -> None:
        who = f" (process {pid})" if pid else ""
        super().__init__(f"another sync of this station is already running{who}; nothing "
                         "was sent by this one: try again when it has finished")
        self.pid = pid
        self.path = path


class PlacesInUse(SyncError):
    """New master data would drop communes that records at the centre are registered in.

    ``in_use`` maps each such commune code to ``(name, records)``."""

    def __init__(self, in_use: dict[str, tuple[str, int]]) -> None:
        listed = ", ".join(f"{code}{' ' + name if name else ''} ({count} records)"
                           for code, (name, count) in sorted(in_use.items()))
        super().__init__(f"the new list of places drops {len(in_use)} commune(s) that "
                         f"records are registered in: {listed}; nothing was replaced: keep "
                         "them in the list (stations would hold records pointing at nothing), "
                         "marked \"retired\": true to close them to new households")
        self.in_use = in_use
