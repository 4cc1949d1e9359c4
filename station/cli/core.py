"""`sws init`, `sws db check|rotate-key|backup|restore`, and the `sws operator` group (its
commands are in :mod:`station.cli.operators`)."""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
from pathlib import Path
from typing import Any

from station.cli import operators
from station.cli._common import add_json, add_login, emit, logged_in, now_utc, open_station
from station.errors import EXIT_OK, BadInput


def register(subparsers: Any) -> None:
    """Add the core commands to ``sws``."""
    p = subparsers.add_parser("init", help="create the registry, the first supervisor and "
                              "demo keys")
    p.add_argument("--username", default="supervisor", help="first supervisor's user name")
    p.add_argument("--full-name", default="First supervisor")
    p.add_argument("--password", help="first supervisor's password (or SWS_INIT_PASSWORD, "
                   "or asked for)")
    p.add_argument("--central", metavar="URL", help="also register this station with the "
                   "central registry at URL")
    p.add_argument("--demo", action="store_true", help="on a new registry, make DEMO operators "
                   "(one per role) with a printed demo password, as ./run does")
    add_json(p)
    p.set_defaults(handler=cmd_init)

    db = subparsers.add_parser("db", help="registry maintenance").add_subparsers(
        dest="db_command", metavar="DB_COMMAND")
    db.required = True
    p = db.add_parser("check", help="verify the schema version and the audit chain")
    p.add_argument("--deep", action="store_true", help="also decrypt every stored template")
    add_json(p)
    p.set_defaults(handler=cmd_db_check)
    p = db.add_parser("rotate-key", help="re-encrypt all templates under a new at-rest key")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_rotate_key)
    p = db.add_parser("backup", help="write the whole station (registry, keys, settings) to "
                      "one file encrypted under a passphrase (supervisors; SWS_BACKUP_PASSPHRASE "
                      "or asked twice)")
    p.add_argument("file", help="the backup file to write (or a folder: a new name "
                   "with the station id, the time and a counter is made there)")
    p.add_argument("--force", action="store_true", help="replace FILE when it is an older "
                   "backup (without it, an existing FILE is refused)")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_backup)
    p = db.add_parser("restore", help="put a station saved by `sws db backup` in this place "
                      "(empty, or with a station that recorded nothing yet), after checking "
                      "all of it; the passphrase comes from SWS_BACKUP_PASSPHRASE or is asked")
    p.add_argument("file", type=Path)
    add_json(p)
    p.set_defaults(handler=cmd_restore)

    ops = subparsers.add_parser("operator", help="station users").add_subparsers(
        dest="operator_command", metavar="OPERATOR_COMMAND")
    ops.required = True
    operators.register(ops)


def _init_password(args: argparse.Namespace) -> str:
    password = args.password or os.environ.get("SWS_INIT_PASSWORD")
    if password:
        return str(password)
    if not sys.stdin.isatty():
        raise BadInput("no password for the first supervisor: pass --password "
                       "(or set SWS_INIT_PASSWORD)")
    first = getpass.getpass("password for the first supervisor: ")
    if getpass.getpass("again: ") != first:
        raise BadInput("the two passwords differ")
    return first


def cmd_init(args: argparse.Namespace) -> int:
    from station.model.operators import count_operators
    from station.model.setup import DEMO_PASSWORD, initialise, initialise_demo

    if args.demo and (args.username != "supervisor" or args.password
                      or args.full_name != "First supervisor"):
        raise BadInput("--demo makes the DEMO operators (demo-supervisor, demo-clerk, ...) "
                       "with the printed demo password; --username, --full-name and "
                       "--password are for a real first supervisor, without --demo")
    if args.central is not None and not re.match(r"^https?://[^/\s]+(/\S*)?$", args.central):
        # before anything is made: "did not answer (UnsupportedProtocol)" hid the slip
        raise BadInput(f"--central must be a URL like http://host:8700, not {args.central!r}",
                       field="central")
    station = open_station(create=True)
    if args.demo:
        result = initialise_demo(station, now=now_utc())
    else:
        # the password is only needed while there is no operator yet (init is idempotent)
        password = _init_password(args) if count_operators(station) == 0 else ""
        result = initialise(station, username=args.username, full_name=args.full_name,
                            password=password, now=now_utc())
    if args.central:
        result["central"] = _register_with_central(station, args.central)
        lines_central = f"central: {args.central} ({result['central']['status']})"
    else:
        lines_central = ""
    lines = [f"registry: {result['database']}",
             f"keys: {result['key_file']}" + ("  (DEMO keys: not for production)"
                                               if result["demo_keys"] else ""),
             f"card issuing keys: {result['issuing_dir'] or 'card layer not installed'}"
             + ("  (DEMO chain)" if result["issuing_dir"] and result["demo_keys"] else ""),
             f"card template key: {result['card_template_key_file'] or 'card layer not installed'}"
             "  (copy it to every desk that checks fingers against cards)",
             f"supervisor: {result['supervisor'] or 'already present'}"]
    if result.get("demo_operators"):
        lines.append(f"DEMO operators: {', '.join(result['demo_operators'])} "
                     f"(password: {DEMO_PASSWORD})")
    if lines_central:
        lines.append(lines_central)
    emit(args, result, "\n".join(lines))
    return EXIT_OK


def _register_with_central(station: Any, url: str) -> Any:
    """Register the station's signing key with the central registry (sync's client)."""
    from dataclasses import asdict

    from station.model.central_link import register

    return asdict(register(station.settings, url, now=now_utc()))


def cmd_db_check(args: argparse.Namespace) -> int:
    from station.model.integrity import check

    station = open_station(migrate=False)
    report = check(station, deep=args.deep)
    text = (f"ok: schema {report.schema_revision}, audit chain of {report.audit_events} "
            f"events verified" + (f", {report.ciphertexts_checked} ciphertexts opened"
                                  if args.deep else ""))
    emit(args, report.as_record(), "\n".join([text, *(f"warning: {w}" for w in report.warnings)]))
    return EXIT_OK


def cmd_rotate_key(args: argparse.Namespace) -> int:
    from station.model.keys import rotate_key

    station = open_station()
    by = logged_in(station, args)
    report = rotate_key(station, by=by, now=now_utc())
    emit(args, report.as_record(),
         f"new at-rest key {report.new_key_id}: {report.rewrapped} records re-encrypted, "
         f"{len(report.retired)} old key(s) retired")
    return EXIT_OK


def _passphrase(*, twice: bool) -> str:
    """The backup passphrase: SWS_BACKUP_PASSPHRASE, else asked for (twice for a new one)."""
    given = os.environ.get("SWS_BACKUP_PASSPHRASE")
    if given:
        return given
    if not sys.stdin.isatty():
        raise BadInput("no backup passphrase: set SWS_BACKUP_PASSPHRASE or run in a terminal")
    first = getpass.getpass("backup passphrase: ")
    if twice and getpass.getpass("again: ") != first:
        raise BadInput("the two passphrases differ")
    return first


def cmd_backup(args: argparse.Namespace) -> int:
    from station.model.backup import backup_station, check_passphrase

    target = Path(args.file)
    if args.file.endswith(("/", os.sep)) and not target.is_dir():
        # a trailing slash names a folder (a USB stick not mounted): never a file beside it
        raise BadInput(f"the folder {args.file} does not exist", field="file")
    station = open_station()
    by = logged_in(station, args)
    by.require("supervisor", action="back up the station")
    passphrase = _passphrase(twice=True)
    check_passphrase(passphrase)
    report = backup_station(station, target, passphrase, by=by, now=now_utc(),
                            force=args.force)
    station.close()
    emit(args, report.as_record(),
         f"backup of {report.station_id} written to {report.path} "
         f"({report.persons} people, {report.waiting_to_sync} records not yet acknowledged "
         f"by the centre, {report.bytes / 1e6:.1f} MB)\n"
         "keep the passphrase apart from the file: with both, anyone can be this station")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from station.config import load_settings
    from station.model.backup import restore_backup

    passphrase = _passphrase(twice=False)
    # a station id forced from the environment must be the backup's own
    report = restore_backup(load_settings(), args.file, passphrase, now=now_utc(),
                            expect=os.environ.get("SWS_STATION_ID") or None)
    lines = [f"restored {report.station_id} from its backup of {report.created_at}: "
             f"{report.persons} people, audit chain of {report.audit_events} events and "
             f"{report.templates_opened} templates verified, registry {report.database}",
             f"{report.waiting_to_sync} records wait for the centre: `sws sync` sends them (the "
             "centre answers those it already has as replays), after telling the centre of "
             f"this restore ({report.restore_epoch}), so that what is recorded from now on "
             "follows what it holds",
             "receipts, refund vouchers and grievance references of the days from the "
             "backup's through today go on from a higher block (...-01001, ...-R01001, "
             "...-G1001): none given out before the restore is given out again",
             "do not use the old computer as this station again: records made on both would "
             "carry the same station id"]
    if report.replaced:
        lines.append(f"the unused station that was here was moved to {report.replaced}")
    emit(args, report.as_record(), "\n".join(lines))
    return EXIT_OK
