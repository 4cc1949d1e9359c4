"""`sws enrol`, `sws search IMAGE`, `sws person
show|death|undo-death|correct|consent|record|erase-fingerprints|add-fingerprints ID`."""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
from pathlib import Path
from typing import Any

from station.cli._common import (
    add_json,
    add_login,
    add_paper_language,
    desk_today,
    emit,
    finger_arg,
    logged_in,
    now_utc,
    open_station,
    parse_date,
    record_id,
)
from station.errors import EXIT_DUPLICATE, EXIT_OK, BadInput

#: A household member's relation to its head, as the window offers them.
RELATIONS = ("spouse", "child", "parent", "other")


def _other_id(text: str) -> tuple[str, str]:
    scheme, sep, number = text.partition("=")
    if not sep or not scheme or not number:
        raise argparse.ArgumentTypeError(f"expected SCHEME=NUMBER, got {text!r}")
    return scheme, number


def register(subparsers: Any) -> None:
    """Add the people commands to ``sws``."""
    p = subparsers.add_parser("enrol", help="register a person (exit 3 when the fingers "
                              "match someone already registered)")
    p.add_argument("--local-name", required=True, help="full name in the local script")
    p.add_argument("--latin-name", required=True, help="the name in Latin transliteration")
    p.add_argument("--sex", required=True, help="F, M or X")
    p.add_argument("--born", help="date of birth, YYYY-MM-DD")
    p.add_argument("--age", help="estimated age in years, when the date is unknown")
    p.add_argument("--province", required=True, help="province code (find codes with "
                   "`sws places NAME`)")
    p.add_argument("--district", required=True, help="district code")
    p.add_argument("--commune", required=True, help="commune code")
    p.add_argument("--village", required=True, help="village code (a village the list of "
                   "places does not know yet is accepted)")
    p.add_argument("--phone", help="e.g. +855 12 345 678")
    p.add_argument("--other-id", type=_other_id, action="append", default=[],
                   metavar="SCHEME=NUMBER", help="another id number (repeatable)")
    p.add_argument("--household", type=record_id, help="add to this existing household id")
    p.add_argument("--new-household", action="store_true",
                   help="start a new household with this person as its head")
    p.add_argument("--relation", choices=RELATIONS,
                   help="a member's relation to the household head (with --household)")
    p.add_argument("--consent", choices=("self", "guardian"),
                   help="who agreed to the registration after the privacy notice was read "
                   "to them (`sws privacy-notice`): the person, or a parent or guardian "
                   "(for a child under 18: a guardian); required")
    p.add_argument("--guardian", metavar="NAME",
                   help="the parent or guardian who agreed (with --consent guardian)")
    p.add_argument("--finger", type=finger_arg, action="append", default=[],
                   metavar="FINGER=PATH", help="e.g. right-index=r2.png (repeatable)")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_enrol)

    p = subparsers.add_parser(
        "privacy-notice", help="the notice read to a person before they are registered",
        description="What the station records, why, who sees it and the person's rights: "
                    "read to each person (or a child's parent or guardian) before `sws "
                    "enrol --consent ...`. Its version is kept with the consent.")
    p.add_argument("--language", choices=("en", "km", "ur", "id"), default="en",
                   help="the language to read it in (default en)")
    add_json(p)
    p.set_defaults(handler=cmd_privacy_notice)

    p = subparsers.add_parser("search", help="1:N search: who do these fingerprints belong to")
    p.add_argument("image", type=Path, help="fingerprint image (PNG/TIFF/BMP/WSQ)")
    p.add_argument("--finger", default="right-index",
                   help="which finger the image shows (default right-index)")
    p.add_argument("--top", type=int, default=10,
                   help="how many candidates to list, best first (default 10)")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_search)

    person = subparsers.add_parser("person", help="look people up").add_subparsers(
        dest="person_command", metavar="PERSON_COMMAND")
    person.required = True
    p = person.add_parser("show", help="a person's record (no biometric data)")
    p.add_argument("person_id", type=record_id,
                   help="the id `sws enrol` printed (or `sws search` lists)")
    add_json(p)
    p.set_defaults(handler=cmd_person_show)
    p = person.add_parser("death", help="record that a person died (supervisor): ends their "
                          "programmes, revokes their card, tells the centre")
    p.add_argument("person_id", type=record_id)
    p.add_argument("--on", required=True, dest="died_on", metavar="YYYY-MM-DD",
                   help="the date of death")
    p.add_argument("--source", required=True,
                   help='where it is known from, e.g. "death certificate 123/2026, Batheay '
                        'commune"')
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_person_death)
    p = person.add_parser("undo-death", help="withdraw a death recorded by mistake "
                          "(supervisor); programmes and cards are not reinstated")
    p.add_argument("person_id", type=record_id)
    p.add_argument("--reason", required=True, help="why the death is withdrawn")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_person_undo_death)
    p = person.add_parser("correct", help="correct a person's details (a name, sex, birth "
                          "date or id number: supervisor; phone, address, relation: any "
                          "clerk); the centre is told")
    p.add_argument("person_id", type=record_id)
    p.add_argument("--reason", required=True,
                   help='why, e.g. "birth certificate 42/1991 gives the date"')
    p.add_argument("--local-name", help="full name in the local script")
    p.add_argument("--latin-name", help="the name in Latin transliteration")
    p.add_argument("--sex", help="F, M or X")
    p.add_argument("--born", "--birth-date", dest="born", metavar="YYYY-MM-DD",
                   help="date of birth")
    p.add_argument("--estimated", action="store_true",
                   help="the date of birth given is an estimate (with --born)")
    p.add_argument("--phone", help='e.g. +855 12 345 678 ("" clears it)')
    p.add_argument("--province", help="province code (from the commune when not given)")
    p.add_argument("--district", help="district code (from the commune when not given)")
    p.add_argument("--commune", help="commune code (a move: with --village)")
    p.add_argument("--village", help="village code")
    p.add_argument("--whole-household", action="store_true",
                   help="the household and its other living members move too (with a new "
                   "address)")
    p.add_argument("--other-id", type=_other_id, action="append", default=[],
                   metavar="SCHEME=NUMBER", help="another id number (repeatable; replaces "
                   "the ids on file)")
    p.add_argument("--relation", choices=RELATIONS,
                   help="a member's relation to the household head")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_person_correct)
    p = person.add_parser("consent", help="record a registered person's consent again: "
                          "after a new privacy notice, once a child is of age, or for someone "
                          "registered before consent was recorded (`person show` says when)")
    p.add_argument("person_id", type=record_id)
    _consent_args(p, "")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_person_consent)
    p = person.add_parser("consent-due", help="list the living people whose consent is due "
                          "again (never asked, a new privacy notice, a child now of age), to "
                          "ask at their next visit; the coverage report counts them")
    p.add_argument("--commune", metavar="CODE", help="only the people living in this commune")
    add_json(p)
    p.set_defaults(handler=cmd_person_consent_due)
    p = person.add_parser("erase-fingerprints", help="erase a person's fingerprints at their "
                          "request (supervisor): they withdraw their consent to them; the "
                          "centre is told and erases its copies. The registration stays")
    p.add_argument("person_id", type=record_id)
    p.add_argument("--asked-by", required=True, choices=("self", "guardian"),
                   help="who asks: the person, or a parent or guardian (for a child under "
                   "18: a guardian)")
    p.add_argument("--guardian", metavar="NAME",
                   help="the parent or guardian who asks (with --asked-by guardian)")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_person_erase_fingerprints)
    p = person.add_parser("add-fingerprints", help="add fingerprints to a registered person "
                          "who has none on file for those fingers (after consent given "
                          "again): searched 1:N first, exit 3 when they match someone else")
    p.add_argument("person_id", type=record_id)
    p.add_argument("--finger", type=finger_arg, action="append", default=[],
                   metavar="FINGER=PATH", help="e.g. right-index=r2.png (repeatable)")
    _consent_args(p, " to the fingerprints")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_person_add_fingerprints)
    p = person.add_parser("replace-fingerprints", help="capture again fingers already on "
                          "file (a poor print the hospital's check keeps failing): presence is "
                          "shown by a capture that matches a print on file (a supervisor may "
                          "replace without one); searched 1:N first, exit 3 when they match "
                          "someone else")
    p.add_argument("person_id", type=record_id)
    p.add_argument("--finger", type=finger_arg, action="append", default=[],
                   metavar="FINGER=PATH", help="a finger to replace and its new capture, "
                   "e.g. right-index=r2.png (repeatable)")
    p.add_argument("--check", type=finger_arg, action="append", default=[],
                   metavar="FINGER=PATH", help="a capture of another finger on file, not "
                   "replaced, to show the person is the one registered when the old prints "
                   "are too poor to match their new captures (repeatable)")
    p.add_argument("--reason", required=True, help="why the prints are replaced (kept in the "
                   "audit trail and sent to the centre)")
    _consent_args(p, " to the new fingerprints")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_person_replace_fingerprints)
    p = person.add_parser("record", help="give a person what the registry holds about them "
                          "(the privacy notice's right to see it): details, consent, fingers "
                          "recorded (never the prints), programmes, cards, payments, visits, "
                          "grievances, what the office did; recorded in the audit trail")
    p.add_argument("person_id", type=record_id)
    p.add_argument("--format", choices=("pdf", "json", "csv"), default="pdf",
                   help="a PDF to print (default), or JSON or CSV")
    p.add_argument("--output", "-o", type=Path, metavar="FILE",
                   help="where to write it (default: records/record-PERSON-DAY.FORMAT in "
                   "the station's data folder)")
    add_paper_language(p)
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_person_record)


def _demographics(args: argparse.Namespace) -> Any:
    """The window's person form rules (:func:`build_demographics`), for the options given:
    the same names, dates and places are accepted or refused as at the counter."""
    from dataclasses import replace

    from station.config import load_settings
    from station.errors import InvalidDemographics
    from station.model.locations import load_for_home
    from station.model.ui_person_form import build_demographics

    values = {"local_name": args.local_name, "latin_name": args.latin_name, "sex": args.sex,
              "birth_date": args.born, "age": args.age, "province": args.province,
              "district": args.district, "commune": args.commune, "village": args.village,
              "phone": args.phone, "household_id": args.household,
              "relation_to_head": args.relation, "consent": args.consent,
              "guardian": args.guardian}
    form = build_demographics(values, today=desk_today(now_utc()),
                              gazetteer=load_for_home(load_settings().config_dir))
    if form.demographics is None:
        if form.field == "consent" and not args.consent:  # where the command line says it
            raise InvalidDemographics(
                "read the privacy notice (sws privacy-notice) to the person, then say who "
                "agreed: --consent self, or --consent guardian --guardian NAME",
                field="consent")
        raise InvalidDemographics(form.message, field=form.field)
    return replace(form.demographics, other_ids=_other_ids(args.other_id))


def _other_ids(given: list[tuple[str, str]]) -> dict[str, str]:
    """``--other-id`` options as {scheme: number}; a scheme given twice with two numbers is
    refused (a dict kept only the last one: the first number typed was lost silently)."""
    numbers: dict[str, list[str]] = {}
    for scheme, number in given:
        numbers.setdefault(scheme, [])
        if number not in numbers[scheme]:
            numbers[scheme].append(number)
    for scheme, values in numbers.items():
        if len(values) > 1:
            raise BadInput(f"--other-id {scheme} is given twice, with different numbers "
                           f"({', '.join(values)}): give each kind of id once",
                           field="other_ids")
    return {scheme: values[0] for scheme, values in numbers.items()}


def cmd_privacy_notice(args: argparse.Namespace) -> int:
    from station.model.consent import privacy_notice

    notice = privacy_notice()
    text = notice.text(args.language)
    emit(args, {"version": notice.version, "language": args.language, "text": text},
         f"Privacy notice (version {notice.version})\n\n{text}")
    return EXIT_OK


def cmd_enrol(args: argparse.Namespace) -> int:
    from station.model.enrolment import Enrolled, enrol

    demographics = _demographics(args)
    fingers = _finger_paths(args)
    station = open_station()
    station.start_gallery()  # loads (from the sealed cache) while the images are extracted
    operator = logged_in(station, args)
    outcome = enrol(station, demographics, fingers, operator=operator, now=now_utc(),
                    new_household=args.new_household)
    if isinstance(outcome, Enrolled):
        emit(args, {"status": "enrolled", "person_id": outcome.person_id,
                    "enrolment_id": outcome.enrolment_id, "outbox_id": outcome.outbox_id,
                    "qualities": outcome.qualities}, outcome.person_id)
        return EXIT_OK
    from station.model.adjudication import names_of
    from station.model.deaths import deceased_among
    from station.model.fingers import Finger
    from station.model.ui_duplicates import odds_text

    ids = [c.person_id for c in outcome.candidates]
    died = deceased_among(station, ids)
    # the clerk recognises a name and a birth date; the id stays beside them
    named = names_of(station, ids)
    unknown = {"latin_name": "", "local_name": "", "birth_date": ""}
    rows = [c.as_record() | named.get(c.person_id, unknown)
            | {"died_on": died[c.person_id].isoformat() if c.person_id in died else None}
            for c in outcome.candidates]
    text = "\n".join(
        [f"possible duplicate (adjudication {outcome.adjudication_id}):"]
        + [f"  {_who(named.get(c.person_id, unknown))} (person {c.person_id})  "
           f"chance it is someone else: 1 in {odds_text(c.coincidence)}; "
           f"fingers that match: {', '.join(Finger(f).label for f in c.matching) or 'none alone'}"
           + (f"; RECORDED AS DECEASED on {died[c.person_id].isoformat()}"
              if c.person_id in died else "")
           for c in outcome.candidates])
    emit(args, {"status": "duplicate_suspected", "adjudication_id": outcome.adjudication_id,
                "candidates": rows}, text)
    return EXIT_DUPLICATE


def _consent_args(p: argparse.ArgumentParser, to: str) -> None:
    """``--consent self|guardian`` (required) and ``--guardian NAME``: who agreed (``to``:
    to what, said in the help)."""
    p.add_argument("--consent", required=True, choices=("self", "guardian"),
                   help=f"who agreed{to} after the privacy notice in force was read "
                   "(`sws privacy-notice`): the person, or a parent or guardian (for a child "
                   "under 18: a guardian)")
    p.add_argument("--guardian", metavar="NAME",
                   help="the parent or guardian who agreed (with --consent guardian)")


def _finger_paths(args: argparse.Namespace, option: str = "finger", *,
                  needed: bool = True) -> dict[Any, Path]:
    """``--finger FINGER=PATH`` (or ``option``) given at least once (unless not ``needed``),
    each finger once: finger -> image."""
    from station.model.fingers import parse_finger

    given = getattr(args, option)
    if not given and needed:
        raise BadInput(f"at least one --{option} FINGER=PATH is needed")
    fingers: dict[Any, Path] = {}
    for name, path in given:
        finger = parse_finger(name)
        if finger in fingers:
            raise BadInput(f"{finger.slug} is given twice")
        fingers[finger] = Path(path)
    return fingers


def _who(person: dict[str, str]) -> str:
    """``Sok Dara / សុខ ដារា, born 1990-04-12`` (``?`` for a name not on file)."""
    names = " / ".join(n for n in (person["latin_name"], person["local_name"]) if n) or "?"
    return f"{names}, born {person['birth_date'] or '?'}"


def cmd_search(args: argparse.Namespace) -> int:
    from station.model.biometrics import CapturePolicy
    from station.model.fingers import parse_finger
    from station.model.search import search

    finger = parse_finger(args.finger)
    station = open_station()
    station.start_gallery()
    operator = logged_in(station, args)
    hits = search(station, {finger: args.image}, policy=CapturePolicy(top=args.top),
                  operator=operator, now=now_utc())
    from station.model.ui_duplicates import odds_text

    rows = [h.as_record() for h in hits]
    text = "\n".join(f"{h.person_id}  1 in {odds_text(h.coincidence):>8}  "
                     f"{'MATCH' if h.above_threshold else '    -'}"
                     f"  {h.latin_name}  ({h.birth_date})" for h in hits) or "no candidates"
    emit(args, {"candidates": rows}, text)
    return EXIT_OK


def cmd_person_show(args: argparse.Namespace) -> int:
    from station.model.consent import consent_on_file
    from station.model.locations import load_for_home
    from station.model.persons import get_person, national_check_of

    station = open_station()
    person = get_person(station, args.person_id)
    person["national"] = national_check_of(station, args.person_id)
    today = desk_today(now_utc())
    with station.reading() as session:
        on_file = consent_on_file(session, args.person_id,
                                  dt.date.fromisoformat(person["birth_date"]), today)
    person["consent"], person["consent_due"] = on_file.consent, on_file.due
    person["consent_recorded_on"] = (on_file.recorded_on.isoformat() if on_file.recorded_on
                                     else None)
    codes = dict(person["address"])
    places = load_for_home(station.settings.config_dir)
    fingers = ", ".join(f"{f['finger']} (q{f['quality']})" for f in person["fingers"])
    household = (f"{person['household_id']} ({person['relation_to_head'] or 'member'})"
                 if person["household_id"] else "none")
    text = "\n".join([
        f"{person['person_id']}",
        f"  name: {person['local_name']} / {person['latin_name']}",
        f"  sex: {person['sex']}  born: {person['birth_date']}"
        + (" (estimated)" if person["birth_date_estimated"] else ""),
        f"  address: {places.place(codes) or '-'}  ({'/'.join(codes.values())})",
        f"  household: {household}",
        f"  programmes: {_programmes_text(person['programmes'], today)}",
        f"  fingers: {fingers or _no_fingers(person.get('fingerprints_erased'))}",
        f"  cards: {', '.join(c['serial'] + ' ' + c['status'] for c in person['cards']) or 'none'}",
        f"  national check: {_national_text(person['national'])}",
        f"  consent: {_consent_text(on_file, dead=bool(person.get('death')))}",
    ] + ([f"  DECEASED on {death['died_on']} ({death['source']}; recorded by "
           f"{death['recorded_by']})"] if (death := person.get("death")) else []))
    emit(args, person, text)
    return EXIT_OK


def _national_text(national: dict[str, Any] | None) -> str:
    """The centre's answer about the enrolment, and about prints added later when it has
    not refused the person as someone enrolled elsewhere already (then that is all)."""
    from station.model.persons import NATIONAL_TEXT

    if national is None:
        return "nothing queued"
    added = national.get("fingerprints_added")
    if added is None or national["same_person"]:
        return str(national["text"])
    said = ("refused by the central registry" if added == "rejected"
            else NATIONAL_TEXT.get(added, added))
    return f"{national['text']}; fingerprints added later: {said}"


def _no_fingers(erased: dict[str, Any] | None) -> str:
    if not erased:
        return "none"
    who = ("the person" if erased["asked_by"] == "self"
           else f"{erased['guardian']} (parent or guardian)")
    return f"none: erased on {erased['on']} by {erased['by']}, asked by {who}"


def _consent_text(on_file: Any, *, dead: bool) -> str:
    """Who agreed after which notice, and on a living person's line, why to ask again."""
    from station.model.consent import CAME_OF_AGE, NOTICE_CHANGED, privacy_notice

    agreed = on_file.consent
    if agreed is None:
        text = "not recorded (registered before consent was recorded)"
    else:
        who = ("the person" if agreed["given_by"] == "self"
               else f"{agreed['guardian']} (parent or guardian)")
        text = f"{who}, after privacy notice {agreed['notice']} ({on_file.recorded_on})"
    if on_file.due is None or dead:
        return text
    why = {CAME_OF_AGE: "they are of age: ask them themselves",
           NOTICE_CHANGED: f"the privacy notice is now {privacy_notice().version}"}
    return (f"{text}; ask again ({why.get(on_file.due, 'read them the notice')}): "
            "sws person consent")


def _programmes_text(programmes: list[dict[str, Any]], today: Any) -> str:
    """A person's memberships in one line, the running ones first: "CODE from A until B";
    one already over says "ended B"."""
    def line(m: dict[str, Any]) -> str:
        end = m.get("end_date")
        if end and str(end) < today.isoformat():
            return f"{m['programme']} ended {end}"
        return f"{m['programme']} from {m['start_date']}" + (f" until {end}" if end else "")

    ordered = sorted(programmes, key=lambda m: (bool(m.get("end_date"))
                                                and str(m["end_date"]) < today.isoformat(),
                                                m["programme"], str(m["start_date"])))
    return "; ".join(line(m) for m in ordered) or "none"


def cmd_person_death(args: argparse.Namespace) -> int:
    from station.model.deaths import record_death

    died_on = parse_date(args.died_on, "--on")
    assert died_on is not None  # --on is required
    station = open_station()
    operator = logged_in(station, args)
    done = record_death(station, args.person_id, died_on=died_on, source=args.source,
                        by=operator, now=now_utc())
    text = (f"recorded: {done.person_id} died on {done.died_on.isoformat()}; "
            f"programmes ended: {len(done.memberships_ended)}; cards revoked: "
            f"{', '.join(done.cards_revoked) or 'none'}")
    if done.headed:
        text += (f". They headed household {done.headed}, where living members stay: name its "
                 f"new head (sws household head {done.headed} PERSON_ID)")
    emit(args, {"status": "recorded", **done.as_record()}, text)
    return EXIT_OK


def cmd_person_undo_death(args: argparse.Namespace) -> int:
    from station.model.deaths import undo_death

    station = open_station()
    operator = logged_in(station, args)
    done = undo_death(station, args.person_id, reason=args.reason, by=operator, now=now_utc())
    text = (f"withdrawn: the death of {done.person_id} on {done.was_died_on.isoformat()}. "
            "Programmes and cards are not reinstated: propose the programmes again and "
            "issue a new card.")
    emit(args, {"status": "withdrawn", **done.as_record()}, text)
    return EXIT_OK


def _corrections(args: argparse.Namespace, current: dict[str, Any]) -> dict[str, Any]:
    """The options given as :func:`station.model.corrections.correct_person`'s changes."""
    changes: dict[str, Any] = {}
    for option, name in (("local_name", "local_name"), ("latin_name", "latin_name"),
                         ("sex", "sex"), ("phone", "phone"), ("relation", "relation_to_head")):
        if getattr(args, option) is not None:
            changes[name] = getattr(args, option)
    if args.born is not None:
        changes["birth_date"] = parse_date(args.born, "--born")
        changes["birth_date_estimated"] = args.estimated
    elif args.estimated:
        raise BadInput("--estimated goes with --born (the estimated date)", field="born")
    if args.other_id:
        changes["other_ids"] = _other_ids(args.other_id)
    given = {level: getattr(args, level) for level in ("province", "district", "commune",
                                                        "village")
             if getattr(args, level) is not None}
    if given:
        changes["address"] = moved_to(given, current["address"])
    return changes


def moved_to(given: dict[str, str], current: dict[str, str]) -> dict[str, str]:
    """The new address: the levels given, those above them from the list of places (a
    commune knows its district and province), the rest as on file."""
    from station.config import load_settings
    from station.errors import InvalidGazetteer
    from station.model.locations import load_for_home

    address, given = {**current, **given}, dict(given)
    try:
        places = load_for_home(load_settings().config_dir)
    except InvalidGazetteer:
        return address
    levels = ("province", "district", "commune", "village")
    for upper, lower in reversed(list(itertools.pairwise(levels))):
        area = places.get(address[lower])
        if lower in given and upper not in given and area is not None and area.parent:
            address[upper] = given[upper] = area.parent
    return address


def cmd_person_consent(args: argparse.Namespace) -> int:
    from station.model.consent import consent_of
    from station.model.reconsent import record_consent

    station = open_station()
    operator = logged_in(station, args)
    done = record_consent(station, args.person_id, consent_of(args.consent, args.guardian),
                          operator=operator, now=now_utc())
    agreed = done.consent
    who = "the person" if agreed.given_by == "self" else f"{agreed.guardian} (parent or guardian)"
    emit(args, {"status": "recorded", **done.as_record()},
         f"consent recorded: {done.person_id}: {who}, after privacy notice {agreed.notice}")
    return EXIT_OK


def cmd_person_consent_due(args: argparse.Namespace) -> int:
    import sqlalchemy as sa

    from station.model.consent import consents_due
    from station.model.locations import load_for_home
    from station.registry.models import Person
    from station.services.reports import CONSENT_REASONS

    station = open_station()
    today = desk_today(now_utc())
    area = (None if args.commune is None
            else sa.select(Person.id).where(Person.commune_code == args.commune))
    with station.reading() as session:
        due = consents_due(session, today, area)
        people = {p.id: p for p in session.scalars(
            sa.select(Person).where(Person.id.in_([d.person_id for d in due])))}
    places = load_for_home(station.settings.config_dir)
    rows = [{"person_id": d.person_id, "latin_name": people[d.person_id].latin_name,
             "local_name": people[d.person_id].local_name,
             "household_id": people[d.person_id].household_id,
             "village": places.name(people[d.person_id].village_code) or
             people[d.person_id].village_code,
             "why": d.reason,
             "recorded_on": d.recorded_on.isoformat() if d.recorded_on else None}
            for d in due]
    counts = {code: sum(1 for d in due if d.reason == code) for code in CONSENT_REASONS}
    lines = [f"{len(rows)} people to ask for their consent again on {today}"
             + "".join(f"; {n} {CONSENT_REASONS[code].split(' (')[0]}"
                       for code, n in counts.items() if n)]
    lines += [f"{r['person_id']}  {r['latin_name']}  {r['village']}  "
              f"{CONSENT_REASONS[r['why']]}"
              + (f", consent of {r['recorded_on']}" if r["recorded_on"] else "")
              for r in rows]
    emit(args, {"as_of": today.isoformat(), "people": rows, "by_reason": counts},
         "\n".join(lines))
    return EXIT_OK


def cmd_person_erase_fingerprints(args: argparse.Namespace) -> int:
    from station.model.erasure import erase_fingerprints
    from station.model.fingers import Finger

    station = open_station()
    operator = logged_in(station, args)
    done = erase_fingerprints(station, args.person_id, asked_by=args.asked_by,
                              guardian=args.guardian, by=operator, now=now_utc())
    fingers = ", ".join(Finger(f).slug for f in done.fingers)
    cards = (f"; card(s) {', '.join(done.cards_holding)} still carry them: issue a new card "
             "to replace them" if done.cards_holding else "")
    emit(args, {"status": "erased", **done.as_record()},
         f"fingerprints erased: {done.person_id}: {fingers}; the centre is told{cards}")
    return EXIT_OK


def cmd_person_add_fingerprints(args: argparse.Namespace) -> int:
    from station.model.consent import consent_of
    from station.model.fingers_added import FingersMatchOthers, add_fingerprints

    fingers = _finger_paths(args)
    station = open_station()
    station.start_gallery()  # loads (from the sealed cache) while the images are extracted
    operator = logged_in(station, args)
    try:
        done = add_fingerprints(station, args.person_id, fingers,
                                consent=consent_of(args.consent, args.guardian),
                                operator=operator, now=now_utc())
    except FingersMatchOthers as found:
        return _matches_others(args, station, found, "added")
    cards = (f"; card(s) {', '.join(done.cards_without)} were written without them: issue "
             "a new card to carry them" if done.cards_without else "")
    qualities = ", ".join(f"{slug} (quality {q})" for slug, q in done.qualities.items())
    emit(args, {"status": "added", **done.as_record()},
         f"fingerprints added: {done.person_id}: {qualities}; the centre checks them "
         f"nationally at the next sync{cards}")
    return EXIT_OK


def cmd_person_replace_fingerprints(args: argparse.Namespace) -> int:
    from station.model.consent import consent_of
    from station.model.fingers_added import FingersMatchOthers
    from station.model.fingers_replaced import replace_fingerprints

    fingers = _finger_paths(args)
    check = _finger_paths(args, "check", needed=False)
    station = open_station()
    station.start_gallery()  # loads (from the sealed cache) while the images are extracted
    operator = logged_in(station, args)
    try:
        done = replace_fingerprints(station, args.person_id, fingers, check=check,
                                    reason=args.reason,
                                    consent=consent_of(args.consent, args.guardian),
                                    operator=operator, now=now_utc())
    except FingersMatchOthers as found:
        return _matches_others(args, station, found, "replaced")
    cards = (f"; card(s) {', '.join(done.cards_with_old)} carry the old prints: issue a new "
             "card to replace them" if done.cards_with_old else "")
    qualities = ", ".join(f"{slug} (quality {q}, was {done.before.get(slug, '?')})"
                          for slug, q in done.qualities.items())
    shown = (f"shown present by {', '.join(done.matched)}" if done.matched else
             "no finger matched the prints on file: replaced on a supervisor's decision")
    emit(args, {"status": "replaced", **done.as_record()},
         f"fingerprints replaced: {done.person_id}: {qualities}; {shown}; the centre checks "
         f"them nationally at the next sync{cards}")
    return EXIT_OK


def _matches_others(args: argparse.Namespace, station: Any, found: Any, done: str) -> int:
    """Say who the fingers given match (an addition or a replacement refused): exit 3."""
    from station.model.adjudication import names_of

    named = names_of(station, [c.person_id for c in found.candidates])
    unknown = {"latin_name": "", "local_name": "", "birth_date": ""}
    emit(args, {"status": "matches_others", "person_id": args.person_id,
                "candidates": [c.as_record() | named.get(c.person_id, unknown)
                               for c in found.candidates]},
         "\n".join([f"not {done}: {found}"] + [
             f"  {_who(named.get(c.person_id, unknown))} (person {c.person_id})"
             for c in found.candidates]))
    return EXIT_DUPLICATE


def cmd_person_record(args: argparse.Namespace) -> int:
    from station.cli.report import localiser_for, refuse_language_off_pdf
    from station.model.files import refuse_own_file
    from station.services.own_record import give_person_record

    refuse_language_off_pdf(args.language, args.format, "record")
    station = open_station()
    operator = logged_in(station, args)
    if args.output is not None:
        refuse_own_file(args.output, station.settings)
    localise = localiser_for(args.language, None) if args.format == "pdf" else None
    given = give_person_record(station, args.person_id, by=operator, now=now_utc(),
                               fmt=args.format, path=args.output, language=args.language,
                               localise=localise)
    emit(args, {"status": "given", "person_id": given.person_id, "format": given.format,
                "output": str(given.path), "bytes": given.bytes},
         f"record of {given.person_id} ({given.format}, {given.bytes} bytes) written to "
         f"{given.path}: give it to the person")
    return EXIT_OK


def cmd_person_correct(args: argparse.Namespace) -> int:
    from station.model.corrections import correct_person
    from station.model.persons import get_person

    station = open_station()
    operator = logged_in(station, args)
    changes = _corrections(args, get_person(station, args.person_id))
    done = correct_person(station, args.person_id, changes, reason=args.reason,
                          operator=operator, now=now_utc(),
                          whole_household=args.whole_household)
    text = f"corrected: {done.person_id}: {', '.join(done.fields)}"
    if done.moved_with:
        text += f"; moved with them: {', '.join(done.moved_with)}"
    if done.cards_to_replace:
        text += (f". The card {', '.join(done.cards_to_replace)} shows the old details: "
                 "issue a new card (sws card issue)")
    emit(args, {"status": "corrected", **done.as_record()}, text)
    return EXIT_OK
