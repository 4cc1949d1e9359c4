"""The ``sws`` command: the station's services, headless.

Each command module exposes ``register(subparsers) -> None``; its handlers take the parsed
arguments and return an exit code. Known errors (:class:`station.errors.StationError`, the
matcher's, the card layer's, sync's) become one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence

from station.cli._common import report_error

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
  4  bad input (unreadable or non-fingerprint image, impossible date, unknown finger,
     busy or full registry, login refused, not found)
  5  integrity failure (audit chain broken, schema version wrong, ciphertext tampered)
  6  the finger does not match the card (`sws card verify|visit --finger`)

environment: SWS_HOME (one folder for registry + keys), SWS_DATABASE_URL, SWS_KEY_FILE,
SWS_OPERATOR / SWS_PASSWORD (login for commands that write), SWS_INIT_PASSWORD.
"""

def build_parser() -> argparse.ArgumentParser:
    """The whole ``sws`` argument parser, with every present command module registered."""
    parser = argparse.ArgumentParser(
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
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except KeyboardInterrupt:
        print("sws: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader (e.g. `| head`) went away: not an error of ours
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the flush at exit
        return 0
    except Exception as err:  # known errors become one line; unknown ones re-raise
        code = report_error(err, as_json=getattr(args, "json", False))
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
