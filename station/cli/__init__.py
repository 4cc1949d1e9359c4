"""The ``sws`` command: the station's services, headless.

Each command module exposes ``register(subparsers) -> None``; its handlers take the parsed
arguments and return an exit code. Known errors (:class:`station.errors.StationError`, the
matcher's, the card layer's, sync's) become one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from station.cli._common import report_error, take_notes

#: Ctrl-C (SIGINT), as shells report a command a signal 2 ended.
EXIT_INTERRUPTED = 130

#: The command modules of ``sws``, in the order ``sws --help`` lists them.
_COMMAND_MODULES = (
    "station.cli.core", "station.cli.people", "station.cli.adjudication",
    "station.cli.household", "station.cli.payment", "station.cli.grievance", "station.cli.case",
    "station.cli.card", "station.cli.audit", "station.cli.sync", "station.cli.central",
    "station.cli.report", "station.cli.demo", "station.cli.places", "station.cli.gui",
)

EPILOG = """\
exit codes:
  0  ok
  2  usage error (unknown command or option)
  3  duplicate found: the fingerprints match registered person(s), adjudicate them
  4  bad input or environment (unreadable or non-fingerprint image, impossible date,
     unknown finger, login refused, not found; busy, full or read-only registry, missing
     key file, no card in the reader, central registry not reached)
  5  integrity failure (audit chain broken, schema version wrong, ciphertext tampered,
     a card that does not verify: forged, revoked, expired)
  6  the finger does not match the card (`sws card verify|visit --finger`)
  130 interrupted (Ctrl-C): a record is written whole or not at all

environment: SWS_HOME (one folder for registry + keys), SWS_DATABASE_URL, SWS_KEY_FILE,
SWS_OPERATOR / SWS_PASSWORD (login for commands that act as an operator), SWS_INIT_PASSWORD,
SWS_NEW_PASSWORD, SWS_BACKUP_PASSPHRASE, SWS_CARD_PIN, SWS_STATION_ID (each command's --help
says which it reads), SWS_TIME_ZONE (the office's zone, e.g. Asia/Phnom_Penh: its date is
"today"; the machine's own when unset).
"""

class _JsonUsageParser(argparse.ArgumentParser):
    """A parser whose usage errors also print the JSON error record on stdout (for a command
    line with --json: a script reads stdout as JSON whatever went wrong); its subcommands'
    parsers are of the same class."""

    def error(self, message: str) -> NoReturn:
        print(json.dumps({"error": message, "kind": "UsageError", "exit_code": 2}))
        super().error(message)


def build_parser(*, json_errors: bool = False) -> argparse.ArgumentParser:
    """The whole ``sws`` argument parser, with every present command module registered;
    ``json_errors`` makes usage errors print their JSON record on stdout too."""
    parser_class = _JsonUsageParser if json_errors else argparse.ArgumentParser
    parser = parser_class(
        prog="sws",
        description="Single Window enrolment station: registry, enrolment, 1:N search, cards.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in _COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``sws`` console script; returns the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    wants_json = "--json" in argv
    for stream in (sys.stdout, sys.stderr):  # a console without Khmer: "?" for what it lacks
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
    args: argparse.Namespace | None = None
    take_notes()  # none left by an earlier in-process run
    try:
        args = build_parser(json_errors=wants_json).parse_args(argv)
        code: int = args.handler(args)
        _say_notes(None)
    except KeyboardInterrupt:
        if getattr(args, "json", wants_json):
            print(json.dumps({"error": "interrupted", "kind": "KeyboardInterrupt",
                              "exit_code": EXIT_INTERRUPTED}))
        print("sws: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader (e.g. `| head`) went away: not an error of ours
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the flush at exit
        return 0
    except Exception as err:  # known errors become one line; unknown ones re-raise
        _say_notes(err)
        code = report_error(err, as_json=getattr(args, "json", wants_json))
    return code


def _say_notes(err: Exception | None) -> None:
    """The command's notes on stderr, each once; none beside the refusal of a write in a
    read-only home, which says the same itself (one line, not two)."""
    notes = take_notes()
    if err is not None and notes:
        from station.registry.db import ReadOnlyHome

        if isinstance(err, ReadOnlyHome):
            return
    for text in notes:
        print(f"sws: note: {text}", file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
