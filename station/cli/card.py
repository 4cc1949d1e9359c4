"""`sws card issue|read|verify|visit|revoke|install-keys|audit`: smart cards from the command line.

``issue`` writes a registered person's card (PIN from ``--pin`` or SWS_CARD_PIN), reads it
back and verifies it before recording it; ``read`` saves what a card holds as a JSON dump;
``verify`` checks a card in a reader, or a dump (``--dump``), offline: exit 0 when valid, 5
with the reason on one line when not; with ``--finger FINGER=IMAGE`` it also compares that
print 1:1 with the card's template of the finger (exit 6 when it does not match), as the
hospital focal point's window does. ``visit`` records a service use at a facility for the
card in the reader (audit event + outbox item for the central registry), after the same
checks: a finger that does not match records nothing (exit 6). ``revoke`` marks a card
revoked and re-signs this office's revocation list; ``audit`` verifies a folder of dumps.
``install-keys FOLDER`` (supervisors) puts in place the new card-signing certificates an
issuing authority delivered (``office.pem``, ``signer.pem``, ``signer.key``) once they are
checked: the key fits, the chain leads to a root this station trusts, and a card signed
today would be valid a year at least; the old folder is kept. All take ``--json``.

Trust anchors default to this office's root certificate, and the revocation list to the one
``revoke`` keeps in the issuing folder (``revocations.cbor``); auditors pass their own with
``--anchor`` and ``--crl``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

from station.cli._common import (
    add_json,
    add_login,
    card_serial,
    desk_today,
    emit,
    finger_arg,
    logged_in,
    now_utc,
    open_station,
    record_id,
)
from station.errors import EXIT_INTEGRITY, EXIT_NO_MATCH, EXIT_OK, BadInput


def register(subparsers: Any) -> None:
    """Add ``sws card`` and its subcommands."""
    p = subparsers.add_parser("card", help="issue, read, verify, revoke and audit cards",
                              description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="card_command", metavar="SUBCOMMAND")
    sub.required = True

    s = sub.add_parser("issue", help="write a registered person's card")
    s.add_argument("person_id", type=record_id)
    _reader(s)
    s.add_argument("--pin", default=None, help="issuer PIN of the card (or SWS_CARD_PIN)")
    add_login(s)
    add_json(s)
    s.set_defaults(handler=cmd_issue)

    s = sub.add_parser("read", help="read a card's files into a JSON dump")
    _reader(s)
    s.add_argument("--out", type=Path, help="write the dump to this file (default stdout)")
    add_json(s)
    s.set_defaults(handler=cmd_read)

    s = sub.add_parser("verify", help="verify a card (reader or --dump) offline")
    _reader(s)
    s.add_argument("--dump", type=Path, help="a dump file written by `sws card read`")
    _finger(s)
    _trust(s)
    add_json(s)
    s.set_defaults(handler=cmd_verify)

    s = sub.add_parser("visit", help="record a service use (hospital visit) for the card "
                       "in the reader")
    _reader(s)
    s.add_argument("--facility", default=os.environ.get("SWS_STATION_NAME"),
                   help="the facility's name (default SWS_STATION_NAME)")
    _finger(s, ": the visit is not recorded")
    s.add_argument("--again", action="store_true",
                   help="record a second visit of the same card on the same office day (a "
                   "re-admission); without it such a visit is refused, exit 4, as the "
                   "hospital desk's window asks first")
    _trust(s)
    add_login(s)
    add_json(s)
    s.set_defaults(handler=cmd_visit)

    s = sub.add_parser("revoke", help="revoke a card and re-sign the revocation list")
    s.add_argument("serial", type=card_serial,
                   help="the card's serial, as `sws card read` or `sws person show` prints it")
    s.add_argument("--reason", required=True, help='e.g. "reported stolen"')
    add_login(s)
    add_json(s)
    s.set_defaults(handler=cmd_revoke)

    s = sub.add_parser("to-replace", help="the cards in use that no longer say what the "
                       "registry says (details, programmes ended or joined since, expired), "
                       "each with the step: a new card")
    add_login(s)
    add_json(s)
    s.set_defaults(handler=cmd_to_replace)

    s = sub.add_parser("install-keys", help="install new card-signing certificates "
                       "(checked first; supervisors)")
    s.add_argument("folder", type=Path,
                   help="holds office.pem, signer.pem and signer.key from the authority")
    add_login(s)
    add_json(s)
    s.set_defaults(handler=cmd_install_keys)

    s = sub.add_parser("audit", help="verify every card dump (*.json) in a folder")
    s.add_argument("folder", type=Path)
    _trust(s)
    add_json(s)
    s.set_defaults(handler=cmd_audit)


def _reader(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reader", default=None,
                   help="PC/SC reader name or part of it (default: the first with a card)")


def _finger(p: argparse.ArgumentParser, when_not: str = "") -> None:
    p.add_argument("--finger", type=finger_arg, metavar="FINGER=IMAGE",
                   help="also check this print 1:1 against the card's template of that "
                   f"finger, e.g. right-index=live.png (exit 6 when it does not match{when_not})")


def _trust(p: argparse.ArgumentParser) -> None:
    p.add_argument("--anchor", type=Path, action="append",
                   help="trust anchor PEM (repeatable; default: this office's root.pem)")
    p.add_argument("--crl", type=Path, help="signed revocation list (default: this office's)")


def _reader_name(args: argparse.Namespace) -> str:
    from station.model.ui_cards import reader_with_card

    return str(args.reader) if args.reader else reader_with_card()


def _verifier(args: argparse.Namespace, now: dt.datetime) -> Any:
    """Trust anchors and a verified revocation list from the options or the station."""
    from station.config import card_template_key_file
    from station.model.trust import revocation_list_file, trust_anchor_files
    from station.model.ui_cards import CardVerifier

    anchors: list[Path] = list(args.anchor or [])
    crl: Path | None = args.crl
    if not anchors or crl is None:
        station = open_station(migrate=False)
        anchors = anchors or trust_anchor_files(station.settings)
        crl = crl or revocation_list_file(station, now)
    for path in (*anchors, crl):
        if not path.is_file():
            raise BadInput(f"{path} does not exist", field="anchor/crl")
    return CardVerifier.from_files(anchors, crl, now=now,
                                   template_key=card_template_key_file())


def _outcome_record(outcome: Any) -> dict[str, Any]:
    record: dict[str, Any] = {"valid": outcome.ok, "source": outcome.source,
                              "serial": outcome.serial, "message": outcome.message,
                              "reason": outcome.reason, "detail": outcome.detail,
                              "warnings": list(outcome.warnings)}
    claims = outcome.claims
    if claims is not None:
        h = claims.holder
        record["holder"] = {"id_number": h.id_number, "given_name": h.given_name,
                            "family_name": h.family_name, "sex": h.sex,
                            "date_of_birth": h.date_of_birth.isoformat(),
                            "address_code": h.address_code}
        from station.model.ui_cards import entitlement_views

        if outcome.ok:  # a refused card's holder is shown, its programmes never
            record["entitlements"] = [{"programme": e.code, "name": e.name, "state": e.state,
                                       "valid_from": e.valid_from.isoformat(),
                                       "valid_until": e.valid_until.isoformat()}
                                      for e in entitlement_views(claims, desk_today(now_utc()))]
        record["issuer"] = claims.issuer
        record["expires_at"] = claims.expires_at.isoformat()
    return record


def _outcome_line(outcome: Any, *, entitlements: bool = True) -> str:
    if not outcome.ok:
        line = f"INVALID {outcome.source}: {outcome.message} ({outcome.detail})"
        if outcome.claims is not None:  # signed, then refused: whose card it is
            h = outcome.claims.holder
            line += f"; card of {h.id_number} {h.family_name} {h.given_name}"
        return line
    from station.model.ui_cards import entitlement_views

    h = outcome.claims.holder
    text = (f"VALID card {outcome.serial}: {h.id_number} {h.family_name} {h.given_name}, "
            f"expires {outcome.claims.expires_at:%Y-%m-%d}")
    lines = ["; ".join([text, *outcome.warnings])]
    if not entitlements:  # a list of many cards: one line each
        return lines[0]
    views = entitlement_views(outcome.claims, desk_today(now_utc()))
    lines += [f"  {v.line()}" for v in views] or ["  no programme on this card"]
    return "\n".join(lines)


def cmd_issue(args: argparse.Namespace) -> int:
    from station.model.ui_cards import DEFAULT_PIN, issue_card

    now = now_utc()
    station = open_station()
    operator = logged_in(station, args)
    pin = args.pin or os.environ.get("SWS_CARD_PIN") or DEFAULT_PIN
    issued = issue_card(station, args.person_id, reader=_reader_name(args), operator=operator,
                        now=now, verifier=None, pin=pin)
    emit(args, {"serial": issued.serial, "person_id": args.person_id,
                "credential_bytes": len(issued.credential)},
         f"card {issued.serial} issued to {args.person_id}")
    return EXIT_OK


def cmd_read(args: argparse.Namespace) -> int:
    import cardio

    if args.out is not None:  # before the card is read: nothing to lose yet
        from station.config import load_settings
        from station.model.files import refuse_own_file

        refuse_own_file(args.out, load_settings())
    reader = _reader_name(args)
    with cardio.session(reader) as channel:
        dump = cardio.read_card(channel)
    text = dump.to_json()
    if args.out is not None:
        from station.model.files import write_text_atomic

        write_text_atomic(args.out, text)
        emit(args, {"serial": dump.serial, "out": str(args.out)},
             f"card {dump.serial} saved to {args.out}")
    else:
        sys.stdout.write(text + "\n")
    return EXIT_OK


def _finger_check(outcome: Any, spec: tuple[str, str] | None) -> Any:
    """The 1:1 check of ``--finger FINGER=IMAGE`` against a verified card, or None.

    The image goes through the same quality gate as at enrolment (a blurred or partial
    capture is refused with "capture it again", exit 4, rather than reported as no match).
    """
    if spec is None:
        return None
    from station.model.biometrics import CapturePolicy
    from station.model.biometrics import check_finger as checked_capture
    from station.model.fingers import Finger, parse_finger
    from station.model.ui_cards import check_finger, fingers_on_card

    name, path = spec
    finger = parse_finger(name)
    if not outcome.templates:  # sealed prints and no template key at this desk
        raise BadInput("the card's fingerprints are sealed and this desk holds no template "
                       "key (SWS_CARD_TEMPLATE_KEY): the finger check is not possible here",
                       field="finger")
    on_card = fingers_on_card(outcome.templates)
    if int(finger) not in on_card:
        held = ", ".join(Finger(f).slug for f in on_card) or "none"
        raise BadInput(f"the card holds no {finger.slug} template (it holds: {held})",
                       field="finger")
    probe = checked_capture(finger, Path(path), CapturePolicy()).template
    return check_finger(outcome, int(finger), probe)


def _check_record(check: Any) -> dict[str, Any]:
    from station.model.fingers import Finger

    return {"finger": Finger(check.finger).slug, "matched": check.matched,
            "score": round(check.score, 4), "threshold": round(check.threshold, 4)}


def _check_line(check: Any) -> str:
    from station.model.fingers import Finger

    verdict = "matches" if check.matched else "does NOT match"
    return (f"{Finger(check.finger).slug}: {verdict} the card's template "
            f"(score {check.score:.3f}, threshold {check.threshold:.3f})")


def _verified(args: argparse.Namespace, now: dt.datetime, *, dump: Path | None) -> Any:
    if dump is not None and not dump.exists():  # a typo, not a card that fails its checks
        raise BadInput(f"{dump} does not exist", field="dump")
    verifier = _verifier(args, now)
    if dump is not None:
        return verifier.verify_file(dump, now=now)
    return verifier.read_and_verify(_reader_name(args), now=now)


def _invalid(args: argparse.Namespace, outcome: Any) -> int:
    emit(args, _outcome_record(outcome), _outcome_line(outcome))
    if not args.json:
        print(f"sws: invalid card: {outcome.message}", file=sys.stderr)
    return EXIT_INTEGRITY


def _emit_checked(args: argparse.Namespace, outcome: Any, check: Any,
                  extra: dict[str, Any] | None = None, tail: str | None = None) -> int:
    """Print a valid card's outcome, the finger check (when done) and ``tail``; exit 6 when
    the finger does not match the card, else 0."""
    record, lines = {**_outcome_record(outcome), **(extra or {})}, [_outcome_line(outcome)]
    if check is not None:
        record["finger_check"] = _check_record(check)
        lines.append(_check_line(check))
    if tail is not None:
        lines.append(tail)
    emit(args, record, "\n".join(lines))
    if check is None or check.matched:
        return EXIT_OK
    if not args.json:
        print("sws: the finger does not match the card: check the holder's identity "
              "another way (if their own fingers keep failing, the card's print may be poor: "
              "the office captures it again, `sws person replace-fingerprints`, and issues a "
              "new card)", file=sys.stderr)
    return EXIT_NO_MATCH


def cmd_verify(args: argparse.Namespace) -> int:
    now = now_utc()
    outcome = _verified(args, now, dump=args.dump)
    if not outcome.ok:
        return _invalid(args, outcome)
    return _emit_checked(args, outcome, _finger_check(outcome, args.finger))


def cmd_visit(args: argparse.Namespace) -> int:
    from station.model.ui_cards import record_visit

    if not args.facility:
        raise BadInput("no facility given: pass --facility NAME (or set SWS_STATION_NAME)",
                       field="facility")
    now = now_utc()
    station = open_station()
    operator = logged_in(station, args)
    outcome = _verified(args, now, dump=None)
    if not outcome.ok:
        return _invalid(args, outcome)
    check = _finger_check(outcome, args.finger)
    if check is not None and not check.matched:
        # exit 6 means nothing was recorded: a script or a second try cannot double a visit
        # by someone whose finger did not match; the desk checks the identity another way
        # and records the visit then (without --finger)
        return _emit_checked(args, outcome, check, {"visit_id": None, "facility": args.facility},
                             "visit not recorded: the finger does not match the card")
    from station.model.visits import earlier_visit

    earlier = earlier_visit(station, outcome.claims.card_serial, now=now)
    if earlier is not None and not args.again:  # usually a mistake: the window asks too
        at = earlier.at.astimezone(station.settings.office_zone)
        raise BadInput(f"card {outcome.claims.card_serial} was already used today at "
                       f"{at:%H:%M} (recorded by {earlier.operator or 'unknown'}): pass "
                       "--again to record another visit", field="again")
    record_id = record_visit(station, outcome, facility=args.facility, operator=operator,
                             now=now, finger_check=check, repeat=earlier is not None)
    return _emit_checked(args, outcome, check,
                         {"visit_id": record_id, "facility": args.facility},
                         f"visit {record_id} recorded at {args.facility} (queued for the "
                         "central registry)")


def cmd_revoke(args: argparse.Namespace) -> int:
    from station.model.cards import revoked_serials, set_status
    from station.model.trust import revocation_list_file

    now = now_utc()
    station = open_station()
    operator = logged_in(station, args)
    record = set_status(station, args.serial, "revoked", reason=args.reason, by=operator,
                        now=now)
    path = revocation_list_file(station, now)
    count = len(revoked_serials(station))
    emit(args, {"serial": record.serial, "status": record.status, "revocation_list": str(path),
                "revoked_count": count},
         f"card {record.serial} revoked; revocation list of {count} card(s) at {path}")
    return EXIT_OK


def cmd_to_replace(args: argparse.Namespace) -> int:
    from station.services.card_review import cards_to_replace

    station = open_station()
    logged_in(station, args).require("clerk", "supervisor", action="list the cards to replace")
    rows = cards_to_replace(station, desk_today(now_utc()))
    lines = [f"{r.serial}  {r.latin_name}  (village {r.village_code or '-'}"
             f"{', phone ' + r.phone if r.phone else ''}): {_replace_why(r)}; "
             f"issue a new card: sws card issue {r.person_id}" for r in rows]
    emit(args, {"cards": [r.as_record() for r in rows]},
         "\n".join([f"{len(rows)} card(s) to replace", *lines]) if rows
         else "no card to replace: every card in use says what the registry says")
    return EXIT_OK


def _replace_why(row: Any) -> str:
    """Why a card is to be replaced, in English (the window translates its own)."""
    said = {"details": f"shows old details ({', '.join(row.fields)})",
            "claims": f"claims {', '.join(row.claims)} on days no membership covers",
            "lacks": f"does not show {', '.join(row.lacks)}",
            "expired": f"expired on {row.expires_on}",
            "unreadable": "its stored credential does not read"}
    return "; ".join(said[r] for r in row.reasons)


def cmd_install_keys(args: argparse.Namespace) -> int:
    from station.model.signing_keys import install_signing_keys

    now = now_utc()
    station = open_station()
    operator = logged_in(station, args)
    done = install_signing_keys(station, args.folder, by=operator, now=now)
    emit(args, done.as_record(),
         f"card-signing certificates installed ({done.subject}, serial {done.serial}); "
         f"they end on {done.chain_ends:%Y-%m-%d}, cards issued now are valid until "
         f"{done.card_until:%Y-%m-%d}"
         + (f"; the previous ones are kept in {done.replaced}" if done.replaced else ""))
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    if not args.folder.is_dir():
        raise BadInput(f"{args.folder} is not a folder", field="folder")
    if not any(args.folder.glob("*.json")):  # "0 of 0 valid", exit 0, read as a clean audit
        raise BadInput(f"{args.folder} holds no card dumps (*.json from sws card read --out)",
                       field="folder")
    now = now_utc()
    outcomes = _verifier(args, now).verify_folder(args.folder, now=now)
    valid = sum(o.ok for o in outcomes)
    lines = [_outcome_line(o, entitlements=False) for o in outcomes]
    lines.append(f"{valid} of {len(outcomes)} card dump(s) valid")
    emit(args, {"checked": len(outcomes), "valid": valid,
                "cards": [_outcome_record(o) for o in outcomes]}, "\n".join(lines))
    return EXIT_OK if valid == len(outcomes) else EXIT_INTEGRITY
