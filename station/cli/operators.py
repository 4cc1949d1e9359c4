"""`sws operator add|unlock|list|disable|enable|reset-password|passwd`: the accounts an office
runs.

New passwords for ``reset-password`` and ``passwd`` come from ``SWS_NEW_PASSWORD`` (scripts)
or are asked twice with getpass; they are never taken from the command line, where other
users of the computer could read them (``add`` takes its first password the same way;
its ``--new-password`` predates this: the password it sets only lets its owner choose their
own).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

from station.cli._common import (
    add_json,
    emit,
    logged_in,
    login_credentials,
    now_utc,
    open_station,
    operator_command,
)
from station.errors import EXIT_OK, BadInput


def register(ops: Any) -> None:
    """Add the account commands to ``sws operator``."""
    p = ops.add_parser("add", help="add a clerk, supervisor or auditor (supervisors only)")
    p.add_argument("username", help="the new account's user name")
    p.add_argument("--role", choices=("clerk", "supervisor", "auditor"), default="clerk",
                   help="what the account may do (default clerk)")
    p.add_argument("--full-name", default="", metavar="NAME",
                   help="the person's name, as lists show it")
    p.add_argument("--new-password", metavar="PASSWORD",
                   help="the first password (its owner changes it at the first sign-in); "
                   "better SWS_NEW_PASSWORD or being asked twice: other users of the computer "
                   "read a command line")
    operator_command(p, cmd_add)
    p = ops.add_parser("unlock", help="unlock an account locked by failed logins")
    p.add_argument("username", help="the account (`sws operator list`)")
    operator_command(p, cmd_unlock)
    p = ops.add_parser("list", help="every account: role, status, last sign-in (supervisors)")
    operator_command(p, cmd_list)
    p = ops.add_parser("disable", help="stop an account signing in at once; its history "
                       "stays (supervisors)")
    p.add_argument("username", help="the account (`sws operator list`)")
    operator_command(p, cmd_disable)
    p = ops.add_parser("enable", help="let a disabled account sign in again (supervisors)")
    p.add_argument("username", help="the account (`sws operator list`)")
    operator_command(p, cmd_enable)
    p = ops.add_parser("reset-password", help="give an account a temporary password that "
                       "its owner must change at the next sign-in (supervisors; "
                       "SWS_NEW_PASSWORD or asked twice)")
    p.add_argument("username", help="the account (`sws operator list`)")
    operator_command(p, cmd_reset)
    p = ops.add_parser("passwd", help="change your own password (old one from --password / "
                       "SWS_PASSWORD or asked; new one from SWS_NEW_PASSWORD or asked twice)")
    p.add_argument("--operator", default=os.environ.get("SWS_OPERATOR"),
                   help="your user name (or SWS_OPERATOR)")
    p.add_argument("--password", default=None,
                   help="your current password (or SWS_PASSWORD, or asked for)")
    add_json(p)
    p.set_defaults(handler=cmd_passwd)


def new_password(prompt: str) -> str:
    """A new password: SWS_NEW_PASSWORD, else asked twice in a terminal."""
    given = os.environ.get("SWS_NEW_PASSWORD")
    if given:
        return given
    if not sys.stdin.isatty():
        raise BadInput("no new password: set SWS_NEW_PASSWORD or run in a terminal")
    first = getpass.getpass(prompt)
    if getpass.getpass("again: ") != first:
        raise BadInput("the two passwords differ")
    return first


def _when(value: Any) -> str:
    """A stored (UTC) time as the list says it, with its zone."""
    return f"{value:%Y-%m-%d %H:%M} UTC" if value is not None else "never"


def cmd_list(args: argparse.Namespace) -> int:
    from station.model.adjudication import utc_text
    from station.model.operators import list_operators

    station = open_station()
    by = logged_in(station, args)
    by.require("supervisor", action="list operators")
    rows = list_operators(station)
    table = [("USER", "ROLE", "STATUS", "LAST SIGN-IN", "NAME")]
    for r in rows:
        status = (f"disabled {r.disabled_at:%Y-%m-%d} by {r.disabled_by or '?'}"
                  if r.disabled_at else r.status)
        table.append((r.username, r.role, status, _when(r.last_login_at), r.full_name))
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    lines = ["  ".join([*(cell.ljust(w) for cell, w in zip(row[:4], widths, strict=True)),
                        row[4]]) for row in table]
    # times as ISO 8601 UTC with Z, as adjudication list and the centre's JSON write them
    records = [{k: utc_text(v) if isinstance(v, datetime) else v
                for k, v in r.as_record().items()} for r in rows]
    emit(args, records, "\n".join(lines))
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from station.model.operators import OperatorExists, create_operator, list_operators

    station = open_station()
    by = logged_in(station, args)
    by.require("supervisor", action="create operators")  # before a password is asked for
    taken = next((r.username for r in list_operators(station)
                  if r.username.lower() == args.username.lower()), None)
    if taken is not None:  # and a name taken (in any capitals), as create_operator says it
        raise OperatorExists(taken)
    first = (args.new_password if args.new_password is not None
             else new_password(f"first password for {args.username}: "))
    info = create_operator(station, username=args.username, full_name=args.full_name,
                           role=args.role, password=first, now=now_utc(), by=by,
                           must_change_password=True)
    emit(args, {"id": info.id, "username": info.username, "role": info.role,
                "must_change_password": True},
         f"operator {info.username} ({info.role}) added; they choose their own password at "
         "the first sign-in")
    return EXIT_OK


def _account_action(args: argparse.Namespace, action: Callable[..., None], key: str,
                    text: str) -> int:
    """Run ``action(station, username, by=, now=)`` as the signed-in operator; report it as
    ``{key: username}`` and ``text`` (with ``{user}``)."""
    station = open_station()
    by = logged_in(station, args)
    action(station, args.username, by=by, now=now_utc())
    emit(args, {key: args.username}, text.format(user=args.username))
    return EXIT_OK


def cmd_unlock(args: argparse.Namespace) -> int:
    from station.model.operators import unlock

    return _account_action(args, unlock, "unlocked", "operator {user} unlocked")


def cmd_disable(args: argparse.Namespace) -> int:
    from station.model.operators import disable_operator

    return _account_action(args, disable_operator, "disabled",
                           "operator {user} disabled: they can no longer sign in")


def cmd_enable(args: argparse.Namespace) -> int:
    from station.model.operators import enable_operator

    return _account_action(args, enable_operator, "enabled", "operator {user} enabled")


def cmd_reset(args: argparse.Namespace) -> int:
    from station.model.operators import check_password_rule, reset_password

    station = open_station()
    by = logged_in(station, args)
    by.require("supervisor", action="reset passwords")
    temporary = new_password(f"temporary password for {args.username}: ")
    check_password_rule(args.username, temporary)
    reset_password(station, args.username, temporary, by=by, now=now_utc())
    emit(args, {"reset": args.username, "must_change_password": True},
         f"password of {args.username} reset: they must choose a new one at the next sign-in")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    from station.model.operators import change_password

    station = open_station()
    username, old = login_credentials(args)
    new = new_password("new password: ")
    change_password(station, username, old, new, now=now_utc())
    emit(args, {"changed": username}, f"password of {username} changed")
    return EXIT_OK
