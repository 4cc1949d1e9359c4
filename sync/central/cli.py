"""Command line of the central registry: ``serve``, ``stats``, ``report``, ``cases``,
``decide``, ``stations``, ``approve``, ``renew``, ``revoke``, ``master-data``, ``operator``,
``import-superseded``.

``sws central ...`` (station/cli/central.py) and ``python -m sync.central ...`` both land here.
``serve``, ``stats``, ``report``, ``operator`` and ``import-superseded`` work on the database
(``--db``); ``cases``, ``decide`` and the station and master-data calls ask the running
service (``--central URL``), because a decision must reach the national gallery that lives in
that process. Every failure
is one line and exit code 4, or 5 for a database at another schema version;
``import-superseded`` exits 3 when the centre refused some of the records it imported the
rest of.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any

from sync.central.expiry import GRACE_DAYS
from sync.central.schema import DEFAULT_VALID_DAYS
from sync.errors import CentralConfigError, CentralUnreachable, PacketError, SyncError

DEFAULT_DB = "sqlite:///sws-central.sqlite3"
DEFAULT_URL = "http://127.0.0.1:8700"
ADMIN_TOKEN_ENV = "SWS_CENTRAL_ADMIN_TOKEN"
_PACKET_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_URL = re.compile(r"^https?://[^/\s]+(/\S*)?$")


_SQLITE_MAGIC = b"SQLite format 3\x00"
#: ``import-superseded``: done, but the centre refused some records (listed): a person looks
#: at them, as the station's exit 3 asks a person to look at a possible duplicate.
EXIT_SOME_REFUSED = 3


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, metavar="URL",
                        help="the central database's SQLAlchemy URL, e.g. postgresql+psycopg:"
                        f"//user@host/sws (default {DEFAULT_DB})")


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help="print JSON on stdout (errors too)")


def _central(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--central", default=DEFAULT_URL, metavar="URL",
                        help=f"the running service's URL (default {DEFAULT_URL})")


def _station_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("station_id", help="the station's id (`sws central stations` lists "
                        "them)")


def add_commands(parser: argparse.ArgumentParser) -> None:
    """Add the central sub-commands to ``parser``."""
    from sync.central.adjudication import MAX_PAGE, PAGE
    from sync.central.reports import REPORTS

    commands = parser.add_subparsers(dest="central_command", required=True)
    serve = commands.add_parser(
        "serve", help="run the central registry service",
        description="Runs the central registry (ASGI, OpenAPI at /openapi.json) until Ctrl-C: "
        "stations deliver to it and `sws central cases|decide|stations|approve|renew|revoke|"
        "master-data` ask it. Makes or migrates the database's tables. "
        f"{ADMIN_TOKEN_ENV}, when set, is the bootstrap admin token (to set up the first "
        "operators, and for scripts).")
    _db(serve)
    serve.add_argument("--port", type=int, default=8700, help="TCP port (default 8700)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default "
                       "127.0.0.1, this computer only; 0.0.0.0 for every network)")
    serve.add_argument("--key", type=Path, default=Path("central-key.pem"),
                       help="the centre's X25519 private key (created if missing)")
    serve.add_argument("--dedup", choices=("gallery", "exact"), default="gallery",
                       help="1:N engine: the matcher's Gallery, or byte-identical templates")
    serve.add_argument("--require-approval", action="store_true",
                       help="new stations wait for a supervisor (default: demo auto-approve)")
    serve.add_argument("--grace-days", type=int, default=GRACE_DAYS, metavar="N",
                       help="after a station's approval expires, days during which its "
                       f"records dated before the expiry are still taken (default {GRACE_DAYS})")
    stats = commands.add_parser(
        "stats", help="print persons, packets, duplicates, rejected",
        description="The centre's figures read from the database: persons, packets, "
        "suspected and confirmed duplicates, refusals, stations; suspended and restored "
        "stations, each on a line of its own.")
    _db(stats)
    _json(stats)
    report = commands.add_parser(
        "report", help="a national report as JSON or CSV",
        description="coverage (persons per province/district/commune and programme), "
        "duplicates (prevented, per province/district), cards (issued, revoked), "
        "service-uses (per facility), stations (expired, then expiring soonest, then the "
        "longest silent first); read "
        "from the database.")
    report.add_argument("name", choices=REPORTS, help="which report: " + ", ".join(REPORTS))
    _db(report)
    report.add_argument("--format", choices=("json", "csv"), default="json",
                        help="json (default) or csv (a spreadsheet's columns)")
    report.add_argument("--output", "-o", type=Path, metavar="FILE",
                        help="write to this file, not stdout")
    report.add_argument("--json", action="store_true", help="with --output: print what was "
                        "written as JSON (a CSV report then needs --output)")
    for level in ("province", "district", "commune"):
        report.add_argument(f"--{level}", metavar="CODE", help=f"only this {level} (coverage "
                            "and duplicates; the code from the list of places)")
    report.add_argument("--since", metavar="YYYY-MM-DD", help="only records made on or after "
                        "this day at their station (each office's own day, in the time zone "
                        "it told the centre; UTC for one that never did; all reports but "
                        "stations)")
    report.add_argument("--until", metavar="YYYY-MM-DD", help="... and on or before this day; "
                        "coverage counts members and deaths as they stood on it (default: "
                        "today, UTC)")
    cases = commands.add_parser(
        "cases", help="enrolments held as suspected duplicates, for a person to decide",
        description=f"Open adjudication cases of the running service (needs {ADMIN_TOKEN_ENV}).")
    _central(cases)
    cases.add_argument("--after", metavar="PACKET_ID", help="start after this case (the "
                       "`next: --after` of the page before)")
    cases.add_argument("--limit", type=int, default=PAGE, metavar="N",
                       help=f"cases on a page, 1 to {MAX_PAGE} (default {PAGE})")
    _json(cases)
    decide = commands.add_parser(
        "decide", help="decide a held enrolment: same_person (refused) or different (accepted)",
        description="The station learns the decision at its next `sws sync` "
        f"(needs {ADMIN_TOKEN_ENV}).")
    decide.add_argument("packet_id", help="the case's packet id (`sws central cases`)")
    decide.add_argument("decision", choices=("same_person", "different"),
                        help="same_person: the applicant is the candidate, the enrolment is "
                        "refused (for fingerprints added to a registered person: the prints "
                        "are refused and the person is counted as registered twice); "
                        "different: a new person, the enrolment (or the prints) accepted")
    decide.add_argument("--by", metavar="NAME",
                        help="who decides: needed only with the service's bootstrap admin "
                        "token; an operator's own token records their name")
    _central(decide)
    _json(decide)
    stations = commands.add_parser(
        "stations", help="registered stations and their status",
        description="Every station the running service knows: id, status (pending, active, "
        "suspended, revoked), until when it is approved, name and office; expired stations "
        "first, then those expiring soonest. Needs no token.")
    _central(stations)
    _json(stations)
    approve = commands.add_parser("approve", help="approve a pending, revoked or suspended "
                                  "(clone suspected) station",
                                  description="The approval holds --valid-days days, then "
                                  "the station's records wait until it is renewed. Needs "
                                  f"{ADMIN_TOKEN_ENV}.")
    _station_id(approve)
    approve.add_argument("--valid-days", type=int, default=DEFAULT_VALID_DAYS, metavar="N",
                         help=f"days the approval holds (default {DEFAULT_VALID_DAYS})")
    _central(approve)
    _json(approve)
    renew = commands.add_parser("renew", help="extend an active station's approval",
                                description="Valid --valid-days days from now; records that "
                                "waited at the station since its expiry are taken at its "
                                f"next sync. Needs {ADMIN_TOKEN_ENV}.")
    _station_id(renew)
    renew.add_argument("--valid-days", type=int, default=DEFAULT_VALID_DAYS, metavar="N",
                       help=f"days from now (default {DEFAULT_VALID_DAYS})")
    _central(renew)
    _json(renew)
    revoke = commands.add_parser("revoke", help="revoke a station: its records are refused",
                                 description="Its records wait at the station until it is "
                                 f"approved again. Needs {ADMIN_TOKEN_ENV}.")
    _station_id(revoke)
    revoke.add_argument("--reason", required=True, metavar="TEXT",
                        help="why (the station and the operator trail show it)")
    revoke.add_argument("--dry-run", action="store_true",
                        help="only show the station and what revoking it would do; changes "
                        "nothing and needs no token")
    _central(revoke)
    _json(revoke)
    master = commands.add_parser(
        "master-data", help="load the gazetteer and the programme catalogue into the centre",
        description="Replaces the centre's locations (one per commune, with the names of its "
        "province, district and commune) and programmes; reports and cases then name them. "
        f"The files are the station's own formats. Needs {ADMIN_TOKEN_ENV}.")
    master.add_argument("--locations", type=Path, required=True, metavar="FILE",
                        help="gazetteer JSON (areas with code, name, parent)")
    master.add_argument("--programmes", type=Path, required=True, metavar="FILE",
                        help="programme catalogue JSON (programmes with code and name)")
    master.add_argument("--dry-run", action="store_true",
                        help="only show what would change (programmes and communes added, "
                        "removed, renamed); the service checks it as the real run (a "
                        "commune records are registered in is refused the same way, each "
                        "with its records); replaces nothing and needs no token")
    _central(master)
    _json(master)
    people = commands.add_parser(
        "operator", help="the centre's operators: named tokens for admins and adjudicators",
        description="Works on the database (--db). Each operator gets their own token, shown "
        "once: they set it as SWS_CENTRAL_ADMIN_TOKEN on their own machine. Their calls are "
        "recorded under their name (`operator trail`).").add_subparsers(
        dest="operator_command", required=True)
    add = people.add_parser("add", help="make an operator and print their token (once)",
                            description="The token is printed only now and kept only as its "
                            "hash: give it to the operator, who sets it as "
                            f"{ADMIN_TOKEN_ENV} on their own machine.")
    add.add_argument("name", help="the operator's name, as the trail shows it (letters, "
                     "digits, '.', '_', '@', '-'; at most 48)")
    add.add_argument("--role", choices=("admin", "adjudicator"), required=True,
                     help="admin: everything; adjudicator: cases and decisions only")
    _db(add)
    _json(add)
    gone = people.add_parser("revoke", help="revoke an operator's token at once",
                             description="Their token stops working at once; their past "
                             "actions stay in the trail. A revoked name is not reused.")
    gone.add_argument("name", help="the operator (`sws central operator list`)")
    gone.add_argument("--dry-run", action="store_true",
                      help="only show the operator who would be revoked; changes nothing")
    _db(gone)
    _json(gone)
    listed = people.add_parser("list", help="operators, roles, revoked or not",
                               description="Every operator: name, role, since when, and "
                               "when revoked (times in UTC).")
    _db(listed)
    _json(listed)
    trail = people.add_parser("trail", help="who did what at the centre, oldest first",
                              description="Every call an operator made (approvals, "
                              "revocations, decisions, master data, imports), oldest first; "
                              "times in UTC.")
    _db(trail)
    trail.add_argument("--format", choices=("text", "json", "csv"), default="text",
                       help="text (default), json or csv")
    trail.add_argument("--json", action="store_true", help="the same as --format json")
    imported = commands.add_parser(
        "import-superseded", help="take the undelivered records of an installation a "
        "restore superseded (the old laptop found again), from its export file",
        description="FILE is written at the old installation by `sws sync "
        "export-undelivered`. Every packet is checked against the station's key, the file's "
        "signed manifest and the station's restores (only an epoch a later restore "
        "superseded is taken); nothing is stored unless all pass. Packets the centre holds "
        "are skipped (importing twice adds nothing); enrolments go through the national "
        "dedup stage like any delivery. The station's standing is not changed. Works on the "
        f"database (--db); --operator is an admin whose own token is in {ADMIN_TOKEN_ENV}. "
        "Exit 0 when every record is taken (imported or already held); exit "
        f"{EXIT_SOME_REFUSED} when the centre refused some (the rest are imported, the "
        "refused ones listed with why, as `rejected` with --json); exit 4, or 5 for a "
        "failed signature or digest check, when nothing is imported.")
    imported.add_argument("file", type=Path, help="the file `sws sync export-undelivered` "
                          "wrote at the old installation")
    _db(imported)
    imported.add_argument("--key", type=Path, default=Path("central-key.pem"),
                          help="the centre's X25519 private key (the one `serve` uses)")
    imported.add_argument("--operator", required=True, metavar="NAME",
                          help="the admin who vouches for the import (their own token)")
    imported.add_argument("--reason", required=True, metavar="TEXT",
                          help="why: kept in the operator trail")
    _json(imported)


def execute(args: argparse.Namespace) -> int:
    """Run the parsed central command; :class:`SyncError` on a bad database, key or URL."""
    command = args.central_command
    if command == "serve":
        return _serve(args)
    if command in ("cases", "decide", "stations", "approve", "renew", "revoke", "master-data"):
        return _administer(args)
    if command == "operator":
        return _operators(args)
    if command == "import-superseded":
        return _import_superseded(args)
    from sync.central.database import existing_engine
    from sync.central.reports import DATED, DAYS, as_of, csv_text, report, stats

    scope = _scope(args) if command == "report" else None
    now = _now()
    engine = existing_engine(args.db)  # read only: never create or migrate
    try:
        with engine.connect() as conn:
            figures: Any = (stats(conn) if scope is None else
                            report(conn, args.name, now=now, scope=scope))
    finally:
        engine.dispose()
    if command == "stats":
        if getattr(args, "json", False):
            print(json.dumps(figures))
        else:
            for name, value in figures.items():
                if name not in ("stations_suspended", "stations_restored"):
                    print(f"{name.replace('_', ' ')}: {value}")
            for done in figures.get("stations_restored", []):
                print(f"station {done['station_id']} restored from a backup of "
                      f"{done['backup_created_at'] or 'unknown date'}, announced {done['at']}: "
                      f"its new records follow position {done['floor']} (restore "
                      f"{done['epoch']})")
            for held in figures.get("stations_suspended", []):
                print(f"station {held['station_id']} SUSPENDED since {held['since']}: "
                      f"{held['reason']}; its packets are refused until `sws central "
                      f"approve {held['station_id']}` or `revoke`")
        return 0
    filters: dict[str, str] = scope.filters if scope is not None else {}
    # the day the figures stand on: a saved or printed copy is not read as today's
    day = as_of(args.name, scope, now).isoformat() if scope is not None else ""
    if args.json and args.format == "csv" and args.output is None:
        raise CentralConfigError("--json prints JSON on stdout, so a csv report needs "
                                 "--output FILE")
    text = (csv_text(args.name, figures) if args.format == "csv"
            else json.dumps({"report": args.name, "as_of": day,
                             **({"days": DAYS} if args.name in DATED else {}),
                             "filters": filters, "rows": figures}, indent=2) + "\n")
    if args.output is None:
        sys.stdout.write(text)
    else:
        _write(args.output, text, csv_file=args.format == "csv")
        narrowed = "".join(f", {k} {v}" for k, v in filters.items()).replace(", ", "; ", 1)
        print(json.dumps({"report": args.name, "format": args.format,
                          "output": str(args.output), "rows": len(figures),
                          "as_of": day, "filters": filters})
              if args.json else f"{args.name} report ({args.format}, {len(figures)} rows"
              f"{narrowed}; as of {day}) written to {args.output}")
    return 0


def _scope(args: argparse.Namespace) -> Any:
    """The report's filters from ``--province/--district/--commune/--since/--until``."""
    from datetime import date

    from sync.central.reports import Scope

    def day(option: str) -> date | None:
        text = getattr(args, option)
        if text is None:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise CentralConfigError(f"--{option} is a day as YYYY-MM-DD, not {text!r}") \
                from None

    return Scope(args.province, args.district, args.commune, day("since"), day("until"))


def _serve(args: argparse.Namespace) -> int:
    from sync.central.app import CentralConfig, serve

    if not 0 <= args.grace_days <= 365:
        raise CentralConfigError("--grace-days is 0 to 365")
    _check_key_file(args.key)
    if not args.key.exists() and (used := _in_use(args.db)):
        # serve makes a key only for a new registry: stations seal their records to the
        # centre's public key, and a new key opens none of them (and would be left lying
        # beside the real one)
        raise CentralConfigError(f"there is no centre key at {args.key}, and this database "
                                 f"already {used}: give --key, the file the service used "
                                 "before")
    config = CentralConfig(
        db_url=args.db, key_path=args.key,
        admin_token=os.environ.get(ADMIN_TOKEN_ENV) or None,
        auto_approve=not args.require_approval, dedup=args.dedup,
        grace_days=args.grace_days)
    # a centre that takes any station that registers must say so where it starts
    stations = ("new stations wait for an operator (`sws central approve`)"
                if args.require_approval else "new stations are approved at once (demo: "
                "give --require-approval in production)")
    try:
        serve(config, host=args.host, port=args.port,
              announce=lambda line: print(f"{line}; {stations}", file=sys.stderr, flush=True))
    except PacketError as error:
        if error.reason != "bad_envelope":
            raise
        raise CentralConfigError(f"the centre key {args.key} does not open the records this "
                                 "database holds: give --key, the file the service used "
                                 "before") from error
    return 0


def _check_key_file(path: Path) -> None:
    """Refuse a centre key file that other users of this computer may read or write (it
    opens every template delivered), as ssh refuses such a private key."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise CentralConfigError(f"cannot use the centre key {path}: "
                                 f"{error.strerror or error}") from None
    if stat.S_ISDIR(mode):
        raise CentralConfigError(f"--key {path} is a folder: give the centre's key file "
                                 "(central-key.pem in it?)")
    mode &= 0o777
    if mode & 0o077:
        raise CentralConfigError(f"the centre key {path} is open to other users of this "
                                 f"computer (mode {mode:04o}): `chmod 600 {path}`, then "
                                 "start again")


def _in_use(db_url: str) -> str:
    """What makes the central database at ``db_url`` need the key it was served with:
    "holds delivered records", "has registered stations" (they hold its public key), or ""
    for a new one (no database, no tables, none of either), at any schema version."""
    import sqlalchemy as sa

    from sync.central import schema

    try:
        url = sa.engine.make_url(db_url)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:") \
                and not Path(str(url.database)).is_file():
            return ""
        engine = sa.create_engine(db_url, hide_parameters=True)
    except (sa.exc.ArgumentError, ImportError):
        return ""  # serve refuses the URL itself, saying why
    try:
        with engine.connect() as conn:
            tables = sa.inspect(conn).get_table_names()
            for table, said in ((schema.packets, "holds delivered records"),
                                (schema.stations, "has registered stations (they seal "
                                 "their records to its key)")):
                if table.name in tables and conn.execute(
                        sa.select(sa.literal(1)).select_from(table).limit(1)).first():
                    return said
    except sa.exc.DBAPIError:
        return ""  # serve opens it first and refuses it itself, saying why
    finally:
        engine.dispose()
    return ""


def _administer(args: argparse.Namespace) -> int:
    """The commands that ask the running service (admin calls but ``stations``)."""
    from sync.central.adjudication import MAX_PAGE
    from sync.client import CentralClient

    command = args.central_command
    token = os.environ.get(ADMIN_TOKEN_ENV, "")
    if not token and command != "stations" and not getattr(args, "dry_run", False):
        raise CentralConfigError(f"set {ADMIN_TOKEN_ENV} to the service's admin token: "
                                 f"`{command}` is an admin call")
    if not _URL.match(args.central):
        raise CentralConfigError(f"--central must be a URL like {DEFAULT_URL}, "
                                 f"not {args.central!r}")
    if command == "cases" and not 1 <= args.limit <= MAX_PAGE:
        raise CentralConfigError(f"--limit is 1 to {MAX_PAGE} cases on a page")
    if command == "cases" and args.after is not None and not _PACKET_ID.match(args.after):
        raise CentralConfigError(f"{args.after!r} is not a packet id (the `next: --after` "
                                 "of the page before)")
    if command in ("approve", "renew", "revoke") and not _PACKET_ID.match(args.station_id):
        raise CentralConfigError(f"{args.station_id!r} is not a station id "
                                 "(`sws central stations` lists them)")
    days = getattr(args, "valid_days", None)
    if days is not None and not 1 <= days <= 3660:
        raise CentralConfigError("--valid-days is 1 to 3660")
    if command == "revoke" and not args.reason.strip():  # --dry-run too: it looks at this
        # the station is told the reason, and the operator trail keeps it
        raise CentralConfigError("--reason must say why the station is revoked (the "
                                 "station and the operator trail show it)")
    if command == "master-data":  # read both files before anything is replaced
        from sync.central import masterdata

        document = masterdata.gazetteer(args.locations)
        places = masterdata.communes(document, args.locations)
        offered = masterdata.programmes(args.programmes)
    client = CentralClient(args.central, timeout_s=60.0)
    try:
        if command == "master-data":  # the look and the run: one plan, the same keys
            held = client.master_data()
            seen = {"dry_run": args.dry_run, "programmes": len(offered),
                    "locations": len(places), "areas": len(document.get("areas", [])),
                    "changes": {
                        "programmes": masterdata.changes(held["programmes"], offered),
                        "locations": masterdata.changes(held["locations"], places)}}
            # the look too: the service runs the real run's check on a read connection
            # (registry.check_master_data), so a commune the real run refuses (records
            # registered in it) is refused here in the same words, with how many records each
            # (never with the token: a centre from before dry runs would take the call
            # as the real one; without the token it refuses it, replacing nothing)
            seen |= client.put_master_data(offered, places, "" if args.dry_run else token,
                                           document, dry_run=args.dry_run)
            seen["dry_run"] = args.dry_run
            print(json.dumps(seen) if args.json else _master_data_text(seen))
            return 0
        if command == "stations":
            listed = _by_expiry(client.master_data().get("stations", []), _now())
            print(json.dumps({"stations": listed}, indent=2) if args.json else
                  "\n".join(_station_line(s) for s in listed) or "no stations")
            return 0
        if command == "revoke":  # the look and the run: the station as it stands first
            station = _station(client.master_data().get("stations", []), args.station_id)
            if station.get("status") == "revoked":
                # the service refuses it too (409: the first revocation's day stands); the
                # look says so first, with --dry-run as without
                raise CentralConfigError(f"station {args.station_id} is already revoked; its "
                                         "revocation stands as it was (`sws central "
                                         "approve` takes it back)")
        if command == "revoke" and args.dry_run:
            print(json.dumps({"dry_run": True, "action": "revoke", **station}) if args.json
                  else _revoke_text(station))
            return 0
        if command in ("approve", "renew", "revoke"):
            answer = client.set_station(args.station_id, command, token,
                                        getattr(args, "reason", None), valid_days=days)
            ends = str(answer.get("expires_at") or "?")[:10]
            if args.json:
                print(json.dumps({"station_id": args.station_id, "action": command,
                                  "dry_run": False, **answer}))
                return 0
            print(f"station {args.station_id}: " + {
                "approve": f"approved until {ends}; its records are taken from now on",
                "renew": f"renewed until {ends}; records that waited at the station are "
                         "taken at its next sync",
                "revoke": "revoked; its records are refused (they wait at the station)"}[command])
            return 0
        if command == "cases":
            page = _case_page(client, token, args)
            if args.json:
                print(json.dumps(page, indent=2))
                return 0
            # a station without a name is known by its office (the service's public list)
            offices = {str(s.get("station_id")): str(s.get("office") or "")
                       for s in client.master_data().get("stations", [])}
            print(_cases_text(page, args.after, offices))
            return 0
        if not _PACKET_ID.match(args.packet_id):
            raise CentralConfigError(f"{args.packet_id!r} is not a packet id "
                                     "(`sws central cases` lists them)")
        by = args.by.strip() if args.by is not None else None
        if by is not None and not 0 < len(by) <= 48:
            raise CentralConfigError("--by names the adjudicator: 1 to 48 characters")
        answer = client.decide(args.packet_id, args.decision, token, by=by)
    except CentralUnreachable as error:
        if (error.status_code or 0) < 500:
            raise
        # the service answered but failed: what went wrong is in its own log, not here
        said = f", saying: {error.detail}" if error.detail else ""
        raise CentralUnreachable(
            f"the central registry at {args.central} failed on its side (it answered "
            f"{error.status_code}{said}): its own log, where `sws central serve` runs, says "
            "why (its database down or damaged, ...)", status_code=error.status_code,
            detail=error.detail) from error
    finally:
        client.close()
    outcome = ("refused as the same person as the one enrolled before"
               if args.decision == "same_person" else "accepted as a new person")
    # a script reads the case as `cases --json` names it, and what was decided
    print(json.dumps({"packet_id": args.packet_id, "decision": args.decision, **answer})
          if args.json else
          f"case {args.packet_id}: {outcome}; the station learns it at its next sync")
    return 0


def _operators(args: argparse.Namespace) -> int:
    """``sws central operator add|revoke|list|trail`` on the database."""
    from sync.central import operators
    from sync.central.database import existing_engine
    from sync.central.reports import to_csv

    command = args.operator_command
    now = _now()
    engine = existing_engine(args.db)
    looking = command == "revoke" and args.dry_run
    try:
        # a look reads in a transaction that is rolled back, never committed
        with engine.connect() if looking else engine.begin() as conn:
            if command == "add":
                token = operators.add_operator(conn, args.name, args.role, now)
            elif looking:
                who = operators.active_operator(conn, args.name)
            elif command == "revoke":
                who = operators.revoke_operator(conn, args.name, now)
            elif command == "list":
                found = operators.list_operators(conn)
            else:
                trail = operators.actions(conn)
    finally:
        engine.dispose()
    if command == "add":
        print(json.dumps({"name": args.name, "role": args.role, "token": token})
              if args.json else
              f"operator {args.name} ({args.role}) made; their token, shown only now:\n"
              f"{token}\nthey set it as {ADMIN_TOKEN_ENV} for `sws central` calls")
    elif command == "revoke":  # the look and the run say the same keys
        print(json.dumps({"name": args.name, "role": who["role"], "dry_run": looking,
                          "revoked": not looking}) if args.json else
              f"operator {args.name} ({who['role']}, since {_utc(who['created_at'])}): "
              "revoking would stop their token at once; their past actions stay in the "
              "trail. Nothing changed (without --dry-run it is)." if looking else
              f"operator {args.name}: token revoked; their past actions stay in the trail")
    elif command == "list":
        wide = max((len(o["name"]) for o in found), default=0)
        print(json.dumps({"operators": found}, indent=2) if args.json else "\n".join(
            f"{o['name']:{wide}}  {o['role']:11}  since {_utc(o['created_at'])}"
            + (f"  revoked {_utc(o['revoked_at'])}" if o["revoked_at"] else "")
            for o in found) or "no operators")
    elif args.format == "json" or args.json:
        print(json.dumps({"actions": trail}, indent=2))
    elif args.format == "csv":
        sys.stdout.write(to_csv(trail, ("at", "operator", "action", "subject", "detail")))
    else:
        print("\n".join(f"{_utc(a['at'])}  {a['operator']}  {a['action']}  {a['subject']}  "
                        f"{a['detail']}".rstrip() for a in trail) or "no actions yet")
    return 0


def _import_superseded(args: argparse.Namespace) -> int:
    """``sws central import-superseded FILE``: an old installation's undelivered records."""
    from sync.central.database import existing_engine
    from sync.central.imports import import_superseded
    from sync.keys import load_or_create_central_key

    token = os.environ.get(ADMIN_TOKEN_ENV, "")
    if not token:
        raise CentralConfigError(f"set {ADMIN_TOKEN_ENV} to your own operator token: an "
                                 "import is vouched for by a named admin")
    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise CentralConfigError(f"cannot read {args.file}: {error.strerror or error}") \
            from None
    _check_key_file(args.key)
    if not args.key.is_file():  # never made here: a new key would open nothing
        raise CentralConfigError(f"there is no centre key at {args.key}: give --key, the "
                                 "file `sws central serve` uses")
    central_key = load_or_create_central_key(args.key)
    engine = existing_engine(args.db)
    try:
        done = import_superseded(engine, data, central_key, operator=args.operator,
                                 token=token, reason=args.reason, now=_now())
    finally:
        engine.dispose()
    # a script tells a partial import from a whole one by the exit code
    code = EXIT_SOME_REFUSED if done.rejected else 0
    if args.json:
        print(json.dumps(done.as_json()))
        return code
    refused = "".join(f"\n  refused {packet_id}: {why}" for packet_id, why in done.rejected)
    print(f"station {done.station_id}, superseded epoch {done.epoch or '(none)'}: "
          f"{len(done.imported)} record(s) imported, {len(done.already_held)} already held, "
          f"{len(done.rejected)} refused; {done.awaiting_decision} enrolment(s) go through "
          f"national dedup now (possible duplicates to `sws central cases`); recorded under "
          f"{done.operator} in the operator trail{refused}")
    return code


def _now() -> Any:
    """The centre's clock for a command (naive UTC, as the tables hold it)."""
    from datetime import UTC, datetime

    return datetime.now(UTC).replace(tzinfo=None)


def _master_data_text(seen: dict[str, Any]) -> str:
    """``master-data`` (and its ``--dry-run``, line by line what would change) as an
    operator reads it."""
    if not seen["dry_run"]:
        return (f"master data replaced: {seen['locations']} communes, {seen['programmes']} "
                f"programmes; the list of places ({seen['areas']} areas) goes to the stations")
    lines = []
    for what, label in (("programmes", "programmes"), ("locations", "communes")):
        change = seen["changes"][what]
        parts = [f"{key}: {', '.join(change[key])}" for key in ("added", "removed", "changed")
                 if change[key]]
        lines.append(f"{label}: {change['now']} now, {change['then']} after"
                     + (f" ({'; '.join(parts)})" if parts else " (no change)"))
    lines.append(f"the list of places: {seen['areas']} areas; nothing replaced (without "
                 "--dry-run it is: the centre checked it as it would then)")
    return "\n".join(lines)


def _station(listed: list[dict[str, Any]], station_id: str) -> dict[str, Any]:
    """The entry of ``station_id`` in the service's list (without its public key)."""
    for entry in listed:
        if entry.get("station_id") == station_id:
            return {k: v for k, v in entry.items() if k != "public_key"}
    raise CentralConfigError(f"no station {station_id} is registered (`sws central "
                             "stations` lists them)")


def _revoke_text(station: dict[str, Any]) -> str:
    """What ``revoke --dry-run`` tells: the station, and what revoking it would do."""
    until = str(station.get("expires_at") or "")
    signers = len(station.get("signers") or [])
    return (f"station {station['station_id']} ({station.get('name') or 'no name'}, "
            f"{station.get('office') or 'no office'}) is {station['status']}"
            + (f", approved until {_utc(until)}" if until else "")
            + f". Revoking it would refuse its records (they wait at the station) and revoke "
            f"its {signers} card signer(s): cards it signs from then on, or had not "
            "delivered, are refused at every desk that pulls the list. Nothing changed "
            "(without --dry-run it is).")


def _utc(text: str) -> str:
    """ISO 8601 UTC text (``...Z``) as a person reads it: ``2026-11-23 23:58 UTC``."""
    return f"{text[:16].replace('T', ' ')} UTC"


def _by_expiry(listed: list[dict[str, Any]], now: Any) -> list[dict[str, Any]]:
    """Stations with their ``registration`` (expired, expiring, valid, open): expired first,
    then expiring soonest first, then the rest by id (the order of the stations report)."""
    from sync.central import expiry

    def ends(entry: dict[str, Any]) -> Any:
        text = entry.get("expires_at")
        return expiry.parse_iso(text) if isinstance(text, str) else None

    out = [{**s, "registration": expiry.registration(str(s.get("status")), ends(s), now)}
           for s in listed]
    return sorted(out, key=lambda s: (
        *expiry.renewal_first(s["registration"], str(s.get("expires_at") or "")),
        str(s.get("station_id"))))


def _station_line(entry: dict[str, Any]) -> str:
    flag = {"expired": "  EXPIRED: its records wait; `sws central renew`",
            "expiring": "  expires within 30 days: renew it"}.get(entry["registration"], "")
    # only an active station's approval runs: a revoked or suspended one is approved anew
    until = str(entry.get("expires_at") or "")[:10] if entry.get("status") == "active" else ""
    return (f"{entry['station_id']}  {entry['status']:8}  "
            f"{('until ' + until) if until else '-':16}  {entry.get('name') or '-'}  "
            f"{entry.get('office') or '-'}{flag}")


def _person_line(person: dict[str, Any], offices: dict[str, str] | None = None) -> str:
    names = " / ".join(n for n in (person.get("latin_name"), person.get("local_name")) if n)
    place = person.get("place_name") or "/".join(
        p for p in (person.get("province"), person.get("district"), person.get("commune")) if p)
    station_id = str(person.get("station_id") or "")
    known_as = person.get("station_name") or (offices or {}).get(station_id, "")
    station = (f"{known_as} ({station_id})" if known_as and station_id else
               known_as or station_id or "?")
    born = str(person.get("birth_date") or "?")
    if person.get("birth_date_estimated") and born[:4].isdigit():
        born = f"about {born[:4]} (estimated)"
    return (f"{names or '(no name delivered)'}, {person.get('sex') or '?'}, born {born}, "
            f"{place or 'place ?'}, station {station}")


def _case_page(client: Any, token: str, args: argparse.Namespace) -> dict[str, Any]:
    """A page of the open cases (``/v2/adjudications``); from a centre built before it
    (no such route), its whole list grouped per applicant the same way."""
    from sync.errors import CentralRefused

    try:
        return dict(client.case_page(token, after=args.after, limit=args.limit))
    except CentralRefused as error:
        if error.status_code != 404 or error.detail != "Not Found" or args.after:
            raise
    from sync.central.adjudication import group_cases

    entries = client.adjudications(token)
    cases = group_cases(entries)
    # such a centre stopped at 500 entries without saying so: say it here
    return {"cases": cases, "total": len(cases), "before": 0,
            "next_after": None, "capped": len(entries) >= _OLD_CAP}


#: The entries a centre from before ``/v2/adjudications`` listed at most.
_OLD_CAP = 500


_DECIDE = "decide with `sws central decide PACKET_ID same_person|different`"


def _cases_text(page: dict[str, Any], after: str | None = None,
                offices: dict[str, str] | None = None) -> str:
    """A page of open cases as an adjudicator reads it: one block per held enrolment, its
    applicant once and every candidate it matched (one decision settles them all); the
    last line says how many cases there are in all and where the next page starts."""
    cases, total = list(page["cases"]), int(page["total"])
    if not cases:
        return (f"no open cases after {after} ({total} open in all: leave out --after to "
                "start from the oldest)" if after and total else "no open cases")
    lines = []
    for case in cases:
        found = list(case["candidates"])
        matched = (f"score {found[0]['score']:.1f}" if len(found) == 1 else
                   f"{len(found)} candidates")
        opened = str(case["opened_at"])[:16].replace("T", " ")
        lines += [f"case {case['packet_id']} (opened {opened} UTC, {matched})",
                  f"  applicant  {_person_line(case.get('applicant') or {}, offices)}"]
        lines += [f"  candidate  {_person_line(c.get('person') or {}, offices)}  "
                  f"[person {c['person_id']}"
                  + ("]" if len(found) == 1 else f", score {c['score']:.1f}]")
                  for c in found]
    if page.get("capped"):
        lines.append(f"{len(cases)} open case(s) shown, maybe not all: this central registry "
                     f"(older than this program) lists {_OLD_CAP} candidates at most; update "
                     "it to see the whole queue")
        return "\n".join(lines)
    first = int(page.get("before") or 0) + 1
    shown = f"showing cases {first}-{first + len(cases) - 1} of {total} open"
    if page.get("next_after"):
        lines.append(f"{shown} ({_DECIDE}); next: --after {page['next_after']}")
    elif first == 1 and len(cases) == total:
        lines.append(f"{total} open case(s); {_DECIDE}")
    else:
        lines.append(f"{shown}; the end of the queue; {_DECIDE}")
    return "\n".join(lines)


def _write(path: Path, text: str, *, csv_file: bool = False) -> None:
    """Write ``text`` to ``path`` whole or not at all (temp file, then rename); never over a
    database: ``-o central.db`` typed for ``--db central.db`` must not replace the registry."""
    try:
        with path.open("rb") as existing:
            if existing.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC:
                raise CentralConfigError(f"{path} is a database: choose another file name "
                                         "for the report")
    except OSError:
        pass  # nothing there (or not readable): the write below says what is wrong
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        # a CSV file starts with the UTF-8 byte-order mark: Excel reads it as UTF-8 then
        # (without it, Khmer facility and station names come out as mojibake)
        tmp.write_text(("\ufeff" if csv_file else "") + text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise CentralConfigError(f"cannot write {path}: {error.strerror or error}") from error


def run(args: argparse.Namespace) -> int:
    """:func:`execute`, with errors as one line on stderr (and as JSON on stdout with
    ``--json``) and their exit code (4, or 5 for a database at another schema version), as
    `sws central` gives them."""
    try:
        return execute(args)
    except SyncError as error:
        code = getattr(error, "exit_code", 4)
        code = code if isinstance(code, int) else 4
        if getattr(args, "json", False):  # as `sws central --json` says it: on stdout
            print(json.dumps({"error": str(error), "kind": type(error).__name__,
                              "exit_code": code}))
        # and the line for a person, on stderr, as scripts of this command already read it
        print(f"sws central: error: {error}", file=sys.stderr)
        return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sync.central")
    add_commands(parser)
    return run(parser.parse_args(argv))
