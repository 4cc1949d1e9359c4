"""Helpers shared by the command modules: --json, output, login, turning errors into one line."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from station.errors import EXIT_BAD_INPUT, EXIT_INTEGRITY, BadInput, StationError

Handler = Callable[[argparse.Namespace], int]

#: What the command says once at its end (``sws: note: ...`` on stderr), e.g. that it signed
#: in to a read-only home; :func:`station.cli.main` prints and clears them.
_notes: list[str] = []


def note_once(text: str) -> None:
    """Say ``text`` once, on stderr, when the command ends (after its output)."""
    if text not in _notes:
        _notes.append(text)


def take_notes() -> list[str]:
    """The notes left so far (and none after)."""
    taken = list(_notes)
    _notes.clear()
    return taken


def add_json(parser: argparse.ArgumentParser) -> None:
    """Every subcommand takes --json: machine-readable output on stdout."""
    parser.add_argument("--json", action="store_true", help="print JSON on stdout")


def add_paper_language(parser: argparse.ArgumentParser) -> None:
    """--language: the words of a PDF the command writes (CSV and JSON keep codes)."""
    parser.add_argument("--language", choices=("en", "km", "ur", "id"), default="en",
                        help="the PDF's language (default en; CSV and JSON keep English "
                        "codes)")


def add_login(parser: argparse.ArgumentParser) -> None:
    """Options for commands that act as an operator (recorded in the audit chain)."""
    parser.add_argument("--operator", default=os.environ.get("SWS_OPERATOR"),
                        help="operator user name (or SWS_OPERATOR)")
    parser.add_argument("--password", default=None,
                        help="operator password (or SWS_PASSWORD, or asked for)")


def operator_command(parser: argparse.ArgumentParser, handler: Handler) -> None:
    """A subcommand that acts as an operator: login options, --json, and its handler."""
    add_login(parser)
    add_json(parser)
    parser.set_defaults(handler=handler)


def finger_arg(text: str) -> tuple[str, str]:
    """argparse type of ``--finger FINGER=PATH`` (e.g. ``right-index=r2.png``)."""
    name, sep, path = text.partition("=")
    if not sep or not name or not path:
        raise argparse.ArgumentTypeError(f"expected FINGER=PATH (e.g. right-index=r2.png), "
                                         f"got {text!r}")
    return name, path


def card_serial(text: str) -> str:
    """argparse type of a card serial: hex digits as the card reports them, in capitals
    (``sws card read`` prints them so; a serial copied by hand is often in small letters)."""
    return text.strip().upper()


def record_id(text: str) -> str:
    """argparse type of a person or household id: the registry's ids are UUIDs in small
    letters; one pasted from a report or a spreadsheet often carries spaces or capitals."""
    return text.strip().lower()


def login_credentials(args: argparse.Namespace) -> tuple[str, str]:
    """The operator name and password from flags, environment or an interactive prompt."""
    username = args.operator
    password = args.password or os.environ.get("SWS_PASSWORD")
    if not username:
        raise BadInput("no operator given: pass --operator NAME (or set SWS_OPERATOR)")
    if password is None:
        if not sys.stdin.isatty():
            raise BadInput("no password given: pass --password (or set SWS_PASSWORD)")
        password = getpass.getpass(f"password for {username}: ")
    return username, password


def parse_date(text: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option value, or a one-line :class:`BadInput` naming the option (exit 4,
    like every other bad value; argparse's own type errors would be usage errors, exit 2)."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{option} must be a date YYYY-MM-DD, not {text!r}",
                       field=option.lstrip("-").replace("-", "_")) from None


def now_utc() -> datetime:
    """The one place the CLI reads the clock; services get it as ``now=``."""
    return datetime.now(UTC)


def desk_today(now: datetime) -> date:
    """"Today" at the office at ``now``: its date in ``SWS_TIME_ZONE`` (else the machine's
    zone), the default of every date option (UTC's date is yesterday before 07:00 in
    Phnom Penh)."""
    from station.config import office_zone, today_at

    return today_at(now, office_zone())


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print ``data`` as JSON when --json was given, else the human ``text``."""
    if getattr(args, "json", False):
        print(json.dumps(data, indent=2, sort_keys=True, default=str))
    else:
        print(text)


def _known_exit_code(err: Exception) -> int | None:
    """The exit code for errors of any of the project's hierarchies, None for unknown ones."""
    if isinstance(err, StationError):
        return err.exit_code
    if isinstance(err, OSError) and err.filename is not None:
        return EXIT_BAD_INPUT  # a folder or file of the environment (SWS_HOME, a disk)
    module = type(err).__module__
    package = module.split(".")[0]
    if package == "matcher" or module.startswith("station.capture"):
        return EXIT_BAD_INPUT
    if package in {"cardio", "sync"}:
        code = getattr(err, "exit_code", None)
        if isinstance(code, int):
            return code
        # a credential that does not verify is an integrity failure; a missing reader,
        # an unreachable centre or a refused registration is an environment problem
        return EXIT_INTEGRITY if type(err).__name__ == "InvalidCredential" else EXIT_BAD_INPUT
    return None


def report_error(err: Exception, *, as_json: bool) -> int:
    """Write ``err`` as one line on stderr (and JSON on stdout with --json); return its code."""
    code = _known_exit_code(err)
    if code is None:
        raise err
    if isinstance(err, OSError) and err.filename is not None:
        message = f"cannot use {err.filename}: {err.strerror or type(err).__name__}"
    else:
        message = str(err).splitlines()[0] if str(err) else type(err).__name__
    if as_json:
        print(json.dumps({"error": message, "kind": type(err).__name__, "exit_code": code}))
    print(f"sws: error: {message}", file=sys.stderr)
    return code


def open_station(*, migrate: bool = True, create: bool = False,
                 init: str = "sws init") -> Any:
    """The station from the environment's settings (imported late: `sws --help` stays fast).

    A home where `sws init` never ran (a mistyped SWS_HOME) is refused with
    :class:`~station.errors.NotInitialised` before anything is made there; only `sws init`
    passes ``create``; ``init`` is the command the refusal names."""
    from station.model.setup import require_initialised
    from station.model.station import Station

    if not create:
        require_initialised(init=init)
    return Station(migrate=migrate)


def logged_in(station: Any, args: argparse.Namespace) -> Any:
    """Log the operator given on the command line in; returns their ``OperatorInfo``.

    An operator whose password a supervisor reset is refused until `sws operator passwd`."""
    from station.errors import NotInitialised
    from station.model.operators import PasswordChangeRequired, login
    from station.registry.db import read_only_home, safe_url

    username, password = login_credentials(args)
    if not station.holds_records():  # `sws init` never ran here (a mistyped SWS_HOME): not
        # "wrong user name or password", nor a traceback where the tables are missing
        raise NotInitialised(f"the registry at {safe_url(station.url)} is empty; run "
                             "`sws init` first")
    info = login(station, username, password, now=now_utc())
    folder = read_only_home(station.url)
    if folder is not None:  # signed in without keeping the sign-in: reading works, writing not
        note_once(f"the station's home is read-only: {folder}; signed in to read only "
                  "(nothing can be recorded here)")
    if info.must_change_password:  # a supervisor's temporary password opens only `passwd`
        raise PasswordChangeRequired()
    return info
