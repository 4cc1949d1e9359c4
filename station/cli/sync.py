"""`sws sync`: deliver the outbox to the central registry, pull statuses and revocations.

Exit 0 when everything due was delivered and the statuses and the revocation list were
pulled; exit 4 (one line on stderr, nothing lost: what was not delivered waits for the next
sync) when the centre could not be reached or refused, when this station is revoked at the
centre, when its approval there has expired (its records wait until the centre renews it),
or when the URL is not one; exit 5 when a queued record could not be read (its sealed
biometrics do not open): it is not sent, and `sws db check --deep` says more. One sync of a
station runs at a time (`sync.lock`, shared with the window's worker): another one still
running after `--wait` seconds is exit 4.

Each run keeps what the centre says of this station's registration (status, expiry) in
``<config>/central-registration.json`` and prints until when it is valid.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import random
import re
import sys
from datetime import UTC, datetime
from typing import Any

from station.cli._common import add_json, add_login, emit, logged_in, now_utc, open_station
from station.errors import EXIT_BAD_INPUT, EXIT_INTEGRITY, EXIT_OK, BadInput
from station.model import ui_supervisor

_URL = re.compile(r"^https?://[^/\s]+(/\S*)?$")
#: A station clock further than this from the centre's is reported at each sync (cards are
#: checked against the clock of whoever reads them, see cardio.verify.CLOCK_LEEWAY); the
#: supervisor's page uses the same bound.
CLOCK_WARN_S = ui_supervisor.CLOCK_WARN_S
#: How long `sws sync` waits by default for another sync of the same station to finish.
WAIT_S = 10.0
#: How long `sws sync` waits by default for each answer of the central registry.
TIMEOUT_S = 30.0


def register(subparsers: Any) -> None:
    """Add ``sws sync`` to ``sws``."""
    p = subparsers.add_parser(
        "sync", help="send queued records to the central registry",
        description="Send queued records, then pull the centre's decisions and the "
        "revocation list. Exit 0: done; 4: the centre was not reached or refused, or this "
        "station is revoked, not approved yet, unknown or expired there (one line on "
        "stderr; nothing is lost, the records wait); "
        "5: a queued record could not be read (see `sws db check --deep`). One sync of a "
        "station runs at a time: another one still running after --wait seconds is exit 4.")
    p.add_argument("--central", metavar="URL", help="central registry URL (default: the one "
                   "this station registered with, `sws init --central URL`)")
    p.add_argument("--batch", type=int, default=200, help="records per request (1-1000)")
    p.add_argument("--wait", type=float, default=WAIT_S, metavar="SECONDS",
                   help="how long to wait for another sync of this station (another `sws "
                   "sync` or the window's) to finish before giving up with exit 4 "
                   f"(default {WAIT_S:g})")
    p.add_argument("--timeout", type=float, default=TIMEOUT_S, metavar="SECONDS",
                   help="how long to wait for each answer of the central registry (1-600; "
                   f"default {TIMEOUT_S:g}): longer over a slow satellite or mobile link. A "
                   "centre that does not answer in time ends the sync at the first request; "
                   "the records wait for the next one")
    add_json(p)
    p.set_defaults(handler=cmd_sync)
    # `sws sync export-undelivered FILE`; plain `sws sync` stays the delivery
    commands = p.add_subparsers(dest="sync_command", required=False, metavar="COMMAND")
    export = commands.add_parser(
        "export-undelivered", help="write this station's undelivered records to one signed "
        "file for the centre (supervisors)",
        description="For an installation superseded by a restore (the old laptop found "
        "again): writes every record not yet delivered, signed by this station as a sync "
        "would send it, sealed to the centre's key, with a signed manifest, so the "
        "centre's operator can import them (`sws central import-superseded FILE`). Works "
        "while the centre suspends this station; the outbox is not changed. Exit 4: nothing "
        "undelivered, or FILE cannot be written.")
    export.add_argument("file", help="the file to write (an existing one is refused "
                        "without --force)")
    export.add_argument("--force", action="store_true",
                        help="replace FILE if it is an earlier export")
    add_login(export)
    add_json(export)
    export.set_defaults(handler=cmd_export_undelivered)


def cmd_sync(args: argparse.Namespace) -> int:
    from sync import lock

    if not 0 <= args.wait <= 3600:
        raise BadInput(f"--wait must be 0 to 3600 seconds, not {args.wait:g}", field="wait")
    _check_args(args)
    station = open_station(init="sws init --central URL")
    # one sync per station home at a time (this command, another one, the window's worker):
    # two at once would send the same items and both count them
    with lock.exclusive(station.settings.config_dir / lock.FILE_NAME, wait_s=args.wait):
        return _sync(args, station)


def cmd_export_undelivered(args: argparse.Namespace) -> int:
    """`sws sync export-undelivered FILE`: the undelivered outbox, signed, in one file (the
    supervisor's page exports with the same ``ui_supervisor.export_undelivered``)."""
    from pathlib import Path

    station = open_station(init="sws init --central URL")
    try:
        by = logged_in(station, args)
        written = ui_supervisor.export_undelivered(station, Path(args.file), by=by,
                                                   now=now_utc(), force=args.force)
    finally:
        station.close()
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(written.kinds.items()))
    emit(args, {"file": str(written.path), "station_id": written.station_id,
                "epoch": written.epoch, "records": written.count,
                "first_position": written.first_seq, "last_position": written.last_seq,
                "kinds": written.kinds, "sha256": written.sha256},
         f"{written.count} undelivered record(s) of station {written.station_id} ({kinds}; "
         f"positions {written.first_seq}-{written.last_seq}) written to {written.path}, "
         f"signed by this station; sha256 {written.sha256}\n"
         "they stay queued here; the centre's operator imports the file with `sws central "
         "import-superseded FILE`")
    return EXIT_OK


def _check_args(args: argparse.Namespace) -> None:
    if not 1 <= args.timeout <= 600:
        raise BadInput(f"--timeout must be 1 to 600 seconds, not {args.timeout:g}",
                       field="timeout")
    if not 1 <= args.batch <= 1000:
        raise BadInput(f"--batch must be 1 to 1000 records per request, not {args.batch}",
                       field="batch")
    if args.central is not None and not _URL.match(args.central):
        raise BadInput(f"--central must be a URL like http://host:8700, not {args.central!r}",
                       field="central")


def _sync(args: argparse.Namespace, station: Any) -> int:
    from station.model.central_link import load_link, signer_binding, station_key
    from station.model.erasure import FingerprintsErased, after_restore
    from station.registry.base import OUTBOX
    from station.registry.db import translated
    from sync import registration, restored, revocations
    from sync.client import CentralClient
    from sync.errors import CentralUnreachable, SyncError
    from sync.keys import central_public_key, unb64
    from sync.uploader import StationIdentity, SyncReport, Uploader

    link = load_link(station.settings)
    identity = StationIdentity(link.station_id, station_key(station.settings),
                               central_public_key(unb64(link.central_public_key_b64)))
    client = CentralClient(args.central or link.url, timeout_s=args.timeout)
    uploader = Uploader(station.engine, OUTBOX, identity, client, station.unseal_outbox,
                        rng=random.Random(), batch_size=args.batch)
    refused_before = _refused_ids(station.engine, OUTBOX)
    national_file = station.settings.config_dir / revocations.FILE_NAME
    national = revocations.load(national_file)  # a damaged file: one line, before sending
    pulled, listing, problem, new_cards, declared = False, {}, None, 0, False
    zone_warning: str | None = None
    places: str | None = None
    standing: str | None = "active"  # until the centre says otherwise
    kept_file = station.settings.config_dir / registration.FILE_NAME
    kept = registration.load(kept_file)  # shown when the centre cannot be asked
    again: list[FingerprintsErased] = []  # erased again after a restore (sync.restored)
    try:
        # the answers are written by the uploader's own threads: a full or locked registry
        # is one line here too (what the centre stored is sent again and answered a replay)
        with translated(station.url):
            # a station restored from a backup first tells the centre (sync.restored)
            held = restored.resume(uploader, station.settings.config_dir / restored.FILE_NAME,
                                   now_utc, reapply=after_restore(station, now_utc, again))
            silent: str | None = None
            if held is None and uploader.pending():
                # the centre dates each record in the zone it holds when it stores it: ours
                # first (a refusal is said after the upload, where it is tried again)
                try:
                    registration.declare_time_zone_first(
                        client, link.station_id, identity.signing_key,
                        registration.zone_name(station.settings.office_zone))
                except CentralUnreachable as error:
                    # down or silent: the upload would wait out a second timeout for nothing
                    # (a 5xx answer is tried past: the upload may still be taken)
                    silent = str(error) if error.status_code is None else None
                except SyncError:
                    pass
            if silent is None:
                report = uploader.sync(now_utc, ignore_backoff=True)  # the operator asked
            else:
                report = SyncReport(sent=0, acknowledged=0, duplicates=0, rejected=0,
                                    failed_batches=1, pending=uploader.pending(),
                                    last_error=silent)
        if held is not None:
            report = dataclasses.replace(report, failed_batches=1, last_error=held)
        cleared = 0
        if report.failed_batches:
            problem = f"{report.last_error}; {report.pending} records wait for the next sync"
        else:
            try:
                with translated(station.url):
                    cleared = uploader.pull_statuses(now_utc())
                listing = uploader.pull_revocations(national.next)
                new_cards = national.merge(listing)
                revocations.save(national_file, national)
                from station.model.locations import kept_digest

                master = client.master_data(kept_digest(station.settings.config_dir))
                kept = registration.from_master_data(master, link.station_id, now_utc())
                registration.save(kept_file, kept)
                standing = kept.status
                places = _adopt_places(station, master)
                pulled = True
                # the centre lists the card signers it knows us by: declare ours if missing
                ours = signer_binding(station.settings, link.station_id, identity.signing_key,
                                      now_utc())
                try:
                    declared = registration.declare_signer(client, master, link.station_id,
                                                           ours)
                except SyncError as error:
                    problem = ("the central registry did not take this station's card "
                               f"signer: {error}")
                # the centre counts our records on the office's days: say ours if it differs
                # (a refusal is a warning: the records went up, only their days are at stake)
                try:
                    registration.declare_time_zone(
                        client, master, link.station_id, identity.signing_key,
                        registration.zone_name(station.settings.office_zone))
                except SyncError as error:
                    zone_warning = ("the central registry did not take this office's time "
                                    f"zone (SWS_TIME_ZONE): {error}; it counts this "
                                    "station's records on the days of the zone it holds "
                                    "until it does")
            except SyncError as error:
                problem = f"statuses and revocations not pulled: {error}"
    finally:
        client.close()
    offset = _clock_offset(client.server_time)
    if offset is not None:  # the supervisor's page shows it too (and the window's worker's)
        with contextlib.suppress(BadInput):  # a read-only home: the warning below still says it
            ui_supervisor.save_clock_off(station.settings.config_dir,
                                         ui_supervisor.ClockOff(offset, now_utc()))
    counts = uploader.counts()
    revoked = _own_revocation(listing, link.station_id)
    waiting = counts.get("pending", 0) + counts.get("sent", 0)
    if revoked is not None:
        problem = (f"the central registry revoked this station ({revoked}): it refuses its "
                   f"records until it approves the station again; {waiting} records wait")
    elif standing == "suspended":
        problem = (f"the central registry suspended this station ({link.station_id}): it "
                   "received records from two installations using this station's identity "
                   "(a copied station home, or this laptop after another was restored from "
                   "its backup: then `sws sync export-undelivered FILE` takes what waits here "
                   "to the centre's operator); it takes none until an operator there decides; "
                   f"{waiting} records wait here, nothing is lost")
    elif standing == "pending":
        problem = (f"the central registry has not approved this station "
                   f"({link.station_id}) yet; {waiting} records wait until it does")
    elif standing is None:
        problem = (f"the central registry at {client.base_url} does not know this station "
                   f"({link.station_id}); {waiting} records wait: ask the centre")
    elif pulled and kept is not None and kept.expired:
        problem = (f"the central registry's approval of this station ({link.station_id}) "
                   f"expired on {_day(kept.expires_at)}: it takes no new records from it "
                   f"until it renews it (`sws central renew {link.station_id}` at the "
                   f"centre); {waiting} records wait here, nothing is lost")
    result = {**report.as_json(), "central": client.base_url, "states": counts,
              # after the pull: what still waits for the centre's 1:N decision
              "awaiting_decision": counts.get("received", 0),
              "statuses_updated": cleared, "revocations_pulled": pulled,
              "revoked_cards": len(national.cards), "revoked_cards_new": new_cards,
              "revoked_stations": len(national.stations), "revocation_file": str(national_file),
              "station_revoked": revoked is not None, "places_updated": places,
              "places_refused": _places_refused(station),
              "signer_declared": declared,
              # the office's zone the centre did not take (a warning; None: nothing refused)
              "time_zone_refused": zone_warning,
              "station_status": "revoked" if revoked is not None else standing,
              "registration": _registration(kept),
              "clock_offset_s": None if offset is None else round(offset),
              "fingerprints_erased_again": [e.person_id for e in again]}
    refused = _refused_since(station.engine, OUTBOX, refused_before)
    result["refused_now"] = [{"kind": r.kind, "record_id": r.record_id,
                              "reason": r.central_reason or r.last_error} for r in refused]
    result["cards_to_revoke"] = _cards_of_double_identities(station, refused)
    emit(args, result, _summary(result, refused))
    for card in result["cards_to_revoke"]:
        print(f"sws: warning: card {card['serial']} of {card['person_id']} is still valid, "
              "but the central registry found this person already enrolled at another "
              "station (one person, one card): a supervisor revokes it with `sws card revoke "
              f"{card['serial']} --reason \"national duplicate\"`", file=sys.stderr)
    if zone_warning is not None:
        print(f"sws: warning: {zone_warning}", file=sys.stderr)
    if offset is not None and abs(offset) > CLOCK_WARN_S:
        print(f"sws: warning: this computer's clock is {_duration(abs(offset))} "
              f"{'ahead of' if offset > 0 else 'behind'} the central registry's: records "
              "are dated wrong and cards issued here may be refused elsewhere as not yet "
              "valid; set the date and time", file=sys.stderr)
    # items the station itself could not read (never sent): an integrity failure, exit 5
    unreadable = [r for r in refused if r.central_status is None and r.central_reason is None]
    if unreadable:
        first = unreadable[0]
        problem = (f"{len(unreadable)} queued record(s) could not be read and were not sent "
                   f"(first: {first.kind} {first.record_id}: {first.last_error}); run "
                   "`sws db check --deep`")
    # after the figures are out: a registry too busy for the audit row still shows them
    _audit(station, result, problem, refused)
    if problem is not None:
        print(f"sws: error: {problem}", file=sys.stderr)
        return EXIT_INTEGRITY if unreadable else EXIT_BAD_INPUT
    return EXIT_OK


def _summary(result: dict[str, Any], refused: list[Any]) -> str:
    """The text form: this run's figures, what came back, what the outbox holds now."""
    states = result["states"]
    lines = [f"sent {result['sent']}, acknowledged {result['acknowledged']}, duplicates "
             f"suspected {result['duplicates']}, rejected {result['rejected']}, pending "
             f"{result['pending']}, awaiting decision {result['awaiting_decision']}",
             # the centre decides after it acknowledged: what came back and what is held
             f"decisions pulled {result['statuses_updated']}; held as possible duplicates "
             f"(adjudication at the centre) {states.get('duplicate', 0)}; refused for good so "
             f"far {states.get('rejected', 0)}"]
    if result["revocations_pulled"]:
        lines.append(f"revocation list: {result['revoked_cards']} cards "
                     f"({result['revoked_cards_new']} new), {result['revoked_stations']} "
                     "stations")
    lines.append(_registration_line(result["registration"]))
    again = result.get("fingerprints_erased_again")
    if again:
        lines.append(f"fingerprints erased again after the restore: {len(again)} "
                     f"{'person' if len(again) == 1 else 'persons'} (the backup was made "
                     "before they withdrew their consent; the audit trail names each)")
    if result.get("places_updated"):
        lines.append(f"list of places updated from the centre (version "
                     f"{result['places_updated']})")
    refused_list = result.get("places_refused")
    if refused_list:  # kept since this run or an earlier one (the window's, too)
        since = datetime.fromisoformat(refused_list["at"]).astimezone(UTC)
        kept = (f" (version {refused_list['kept_version']})"
                if refused_list.get("kept_version") else "")
        lines.append(f"list of places from the centre (version {refused_list['version']}) "
                     f"not used since {since:%Y-%m-%d %H:%M} UTC: {refused_list['reason']}; "
                     f"this station keeps its list{kept}: update the station")
    lines += [f"refused: {r.kind} {r.record_id} ({r.central_reason or r.last_error})"
              for r in refused[:20]]
    if len(refused) > 20:
        lines.append(f"... and {len(refused) - 20} more (`sws audit log --action "
                     "sync.refused`)")
    return "\n".join(lines)


def _adopt_places(station: Any, master: dict[str, Any]) -> str | None:
    """The centre's list of places, kept as this station's (None: unchanged). One it cannot
    use is a warning: the station keeps its list, the sync goes on, and the refusal is kept
    for the supervisor's page as the window's sync worker keeps it
    (``ui_supervisor.adopt_places``; ``places_refused`` in ``--json``)."""
    from station.errors import StationError

    try:
        return ui_supervisor.adopt_places(station.settings.config_dir, master, now=now_utc())
    except StationError as error:
        print(f"sws: warning: {error}; the station keeps its list of places", file=sys.stderr)
        return None


def _places_refused(station: Any) -> dict[str, Any] | None:
    """The centre's list of places this station keeps not using, as ``--json`` says it."""
    refused = ui_supervisor.places_refused(station.settings.config_dir)
    return None if refused is None else refused.as_json()


def _cards_of_double_identities(station: Any, refused: list[Any]) -> list[dict[str, str]]:
    """Cards still issued to people whose enrolment (or prints added later) the centre refused
    in this run as the same person as one enrolled elsewhere (the supervisor page's list,
    this run's part): named, not revoked here: revoking is a supervisor's act."""
    people = [r.record_id for r in refused
              if r.kind in ui_supervisor.REFUSED_KINDS
              and r.central_reason == ui_supervisor.SAME_PERSON]
    return [{"serial": c.serial, "person_id": c.person_id}
            for c in ui_supervisor.cards_to_revoke(station, among=people)]


def _refused_ids(engine: Any, table: Any) -> set[str]:
    import sqlalchemy as sa

    with engine.connect() as conn:
        return set(conn.execute(sa.select(table.c.id).where(table.c.state == "rejected"))
                   .scalars())


def _refused_since(engine: Any, table: Any, before: set[str]) -> list[Any]:
    """Outbox items the centre refused in this run (final ``rejected`` state)."""
    import sqlalchemy as sa

    c = table.c
    with engine.connect() as conn:
        rows = conn.execute(sa.select(c.id, c.kind, c.record_id, c.central_status,
                                      c.central_reason, c.last_error)
                            .where(c.state == "rejected").order_by(c.seq)).all()
    return [r for r in rows if r.id not in before]


def _audit(station: Any, result: dict[str, Any], problem: str | None,
           refused: list[Any]) -> None:
    """One ``sync.run`` event for a run that moved anything or failed, and one
    ``sync.refused`` event per record the centre refused for good in it: the station's own
    trail of what left it, what came back, and when it could not reach the centre."""
    moved = (result["sent"] or result["statuses_updated"] or result.get("revoked_cards_new")
             or refused)
    if not moved and problem is None:
        return
    now = now_utc()
    with station.transaction() as session:
        station.audit(session, action="sync.run", subject_type="central",
                      subject_id=result["central"],
                      details={"sent": result["sent"], "acknowledged": result["acknowledged"],
                               "decisions_pulled": result["statuses_updated"],
                               "refused": len(refused), "pending": result["pending"],
                               "revoked_cards_new": result.get("revoked_cards_new", 0),
                               "error": problem},
                      operator_id=None, now=now)
        for row in refused:
            station.audit(session, action="sync.refused", subject_type=row.kind,
                          subject_id=row.record_id,
                          details={"item": row.id, "reason": row.central_reason
                                   or row.last_error},
                          operator_id=None, now=now)


def _registration(kept: Any) -> dict[str, Any] | None:
    """The registration as ``--json`` carries it: expiry, the centre's verdict, whole days
    left on this station's clock, state, and when the centre was last asked."""
    if kept is None:
        return None
    now = now_utc()
    return {**kept.as_json(), "days_left": kept.days_left(now) if kept.expires_at else None,
            "state": kept.state(now)}


def _registration_line(entry: dict[str, Any] | None) -> str:
    """One line on the registration: revoked or not approved yet (whatever the expiry), until
    when, a month's warning, or expired."""
    if entry is not None and entry.get("status") == "revoked":
        return ("registration: revoked by the central registry; records are kept here "
                "until it approves this station again")
    if entry is not None and entry.get("status") == "suspended":
        return ("registration: suspended by the central registry (a copy of this station "
                "suspected); records are kept here until it decides")
    if entry is not None and entry.get("status") == "pending":
        return "registration: not approved by the central registry yet"
    if entry is None or not entry.get("expires_at"):
        return "registration: no expiry known yet (the centre has not said)"
    day = str(entry["expires_at"])[:10]
    asked = str(entry.get("checked_at") or "")[:10]
    if entry["state"] == "expired":
        return (f"registration expired on {day}: records are kept here until the centre "
                f"renews it (as of {asked})")
    if entry["state"] == "expiring":
        return (f"registration valid until {day}: expires in {entry['days_left']} day(s), "
                "ask the centre to renew it")
    return f"registration valid until {day}"


def _clock_offset(server_time: Any) -> float | None:
    """Seconds this computer's clock is ahead of the centre's (negative: behind), from the
    centre's last answer; None when it gave no time."""
    if server_time is None:
        return None
    return float((now_utc() - server_time).total_seconds())


def _duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    return f"{minutes // 60} h {minutes % 60} min"


def _day(moment: Any) -> str:
    return moment.date().isoformat() if moment is not None else "?"


def _own_revocation(listing: dict[str, Any], station_id: str) -> str | None:
    """The reason the centre gives for revoking this station, or None when it did not."""
    for entry in listing.get("stations", []):
        if isinstance(entry, dict) and entry.get("station_id") == station_id:
            return str(entry.get("reason") or "no reason given")
    return None
