"""`sws household show|assess|situation|propose|confirm|head|move`: the household at the counter.

``assess`` scores the vulnerability questionnaire (answers from a JSON file) and records the
score, the poverty level and the questionnaire's version; ``situation`` records a member's
disability and employment (facts the rules test); ``propose`` shows the combined package with
the reason for every proposal; ``confirm`` records the clerk's decisions as memberships with
start and end dates; ``end-membership`` ends one before its term (moved, no longer eligible,
at the person's request, or held twice), with a reason from the list, and
``withdraw-membership`` withdraws one not begun yet; ``show`` lists the members, the newest
assessment and the memberships (with the ids `sws payment` and ``end-membership`` take, and
why one ended). The rules live in ``station/data/*.json`` (see
docs/services.md). ``head`` gives the household another head (the head died or handed over)
and ``move`` takes members out of it, to start a household of their own or to join another
(:mod:`station.services.household_changes`; a supervisor's steps).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from station.cli._common import (
    add_json,
    add_login,
    desk_today,
    emit,
    logged_in,
    now_utc,
    open_station,
    parse_date,
    record_id,
)
from station.errors import EXIT_OK, BadInput


def register(subparsers: Any) -> None:
    """Add ``sws household ...`` to the command line."""
    household = subparsers.add_parser(
        "household", help="assess a household, propose and confirm its programmes; a new "
                           "head, members leaving to start or join a household",
        description="Vulnerability assessment, combined package proposal and confirmation."
    ).add_subparsers(dest="household_command", metavar="HOUSEHOLD_COMMAND")
    household.required = True

    p = household.add_parser("show", help="members, newest assessment, memberships")
    p.add_argument("household_id", type=record_id)
    add_json(p)
    p.set_defaults(handler=cmd_show)

    p = household.add_parser(
        "review", help="households a supervisor has to mend: no living head, two heads, a "
                       "household programme held twice",
        description="The households whose composition needs a supervisor's step, each with "
                    "the command that mends it: left without a living head (the head died "
                    "or left), two living members recorded as head, a programme of one "
                    "member a household (public works) held by two members. Each stays "
                    "listed until it is mended.")
    add_json(p)
    p.set_defaults(handler=cmd_review)

    p = household.add_parser("assess", help="score the vulnerability questionnaire")
    p.add_argument("household_id", type=record_id)
    p.add_argument("--answers", type=Path, required=True,
                   help="JSON file {question id: answer} (see station/data/vulnerability.json)")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_assess)

    p = household.add_parser("situation", help="record a member's disability and employment")
    p.add_argument("person_id", type=record_id)
    p.add_argument("--disability", choices=("yes", "no", "unknown"),
                   help="not given: as recorded (unknown clears it)")
    p.add_argument("--employment", help="employed, self_employed, informal, unemployed, "
                   "student, retired, inactive or child (not given: as recorded)")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_situation)

    p = household.add_parser("propose", help="the combined package, with the reason for each")
    p.add_argument("household_id", type=record_id)
    p.add_argument("--date", help="evaluate on this date YYYY-MM-DD (default today)")
    p.add_argument("--all", action="store_true",
                   help="also list what was considered but not proposed, and why")
    add_json(p)
    p.set_defaults(handler=cmd_propose)

    p = household.add_parser("confirm", help="record the clerk's decisions on the package")
    p.add_argument("household_id", type=record_id)
    p.add_argument("--programme", action="append", default=[], metavar="CODE",
                   help="confirm this programme (repeatable; none given: confirm every "
                   "proposal); the other proposals are recorded as declined")
    p.add_argument("--person", type=record_id, help="only for this member (with --programme)")
    p.add_argument("--start", help="start date YYYY-MM-DD (default today)")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_confirm)

    p = household.add_parser(
        "end-membership", help="end a membership before its term (with the reason)",
        description="End a programme membership on its last day (today or earlier): the "
                    "person moved, is no longer eligible, asked to leave, or holds the "
                    "programme twice. The membership stays on file with its end date; the "
                    "centre is told. (A death ends memberships itself: `sws person death`.)")
    p.add_argument("membership_id", type=record_id,
                   help="the membership's id (`sws household show` lists them)")
    p.add_argument("--reason", required=True, metavar="REASON",
                   help="moved, not_eligible, own_request or recorded_twice")
    p.add_argument("--on", help="its last day YYYY-MM-DD (default today)")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_end_membership)

    p = household.add_parser(
        "withdraw-membership", help="withdraw a membership that has not begun yet",
        description="Withdraw a programme membership that begins after today (the person "
                    "left before it began): it never runs, so it leaves the household's "
                    "memberships; the audit trail keeps it with the reason, and the centre "
                    "is told. A membership that has begun is ended instead "
                    "(`sws household end-membership`). One with contributions paid "
                    "towards it is withdrawn with --refund: everything paid is given back "
                    "on a refund receipt, in the same step.")
    p.add_argument("membership_id", type=record_id,
                   help="the membership's id (`sws household show` lists them)")
    p.add_argument("--reason", required=True, metavar="REASON",
                   help="moved, not_eligible, own_request or recorded_twice (a holder "
                   "who died before it began: 'holder deceased', with --refund)")
    p.add_argument("--refund", action="store_true",
                   help="refund everything paid towards it (printed receipt) and withdraw "
                   "it, in one step")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_withdraw_membership)

    p = household.add_parser(
        "head", help="make another living member the household's head",
        description="A new head for a household (its head died, left or handed over): a "
                    "supervisor's step. The former head, if alive, needs --relation to the "
                    "new one; other members keep their relation unless given.")
    p.add_argument("household_id", type=record_id)
    p.add_argument("person_id", type=record_id, help="the member who heads it now")
    _add_change_options(p)
    p.set_defaults(handler=cmd_head)

    p = household.add_parser(
        "move", help="members leave their household: to start a new one, or to join another",
        description="Living members of one household leave it: with --head they start a new "
                    "household headed by that one of them (at their address, or at "
                    "--commune/--village), with --into they join that household (its head "
                    "and address). Every mover but a new head needs --relation to the head. "
                    "A head leaves only when nobody living stays (else `sws household head` "
                    "first). A supervisor's step.")
    p.add_argument("person_ids", type=record_id, nargs="+", metavar="PERSON_ID")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--head", type=record_id, metavar="PERSON_ID",
                       help="start a new household headed by this mover")
    where.add_argument("--into", type=record_id, metavar="HOUSEHOLD_ID",
                       help="join this household")
    p.add_argument("--commune", help="a new household's commune code (with --village)")
    p.add_argument("--village", help="a new household's village code")
    _add_change_options(p)
    p.set_defaults(handler=cmd_move)


def _add_change_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--relation", action="append", default=[], metavar="PERSON_ID=RELATION",
                   help="a member's relation to the head: spouse, child, parent or other "
                   "(repeatable)")
    p.add_argument("--reason", required=True, help="why (the form or document that shows it)")
    add_login(p)
    add_json(p)


def _read_answers(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise BadInput(f"cannot read the answers file {path}: {err.strerror}",
                       field="answers") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise BadInput(f"the answers file {path} is not JSON: {err}", field="answers") from None
    if not isinstance(data, dict):
        raise BadInput(f"the answers file {path} must hold an object {{question: answer}}",
                       field="answers")
    return data


def cmd_assess(args: argparse.Namespace) -> int:
    from station.services.households import assess_household

    answers = _read_answers(args.answers)
    station = open_station()
    operator = logged_in(station, args)
    assessment_id, result = assess_household(station, args.household_id, answers,
                                             operator=operator, now=now_utc())
    data = {"assessment_id": assessment_id, "household_id": args.household_id,
            "score": result.score, "poverty_level": result.poverty_level,
            "questionnaire_version": result.questionnaire_version}
    emit(args, data, f"household {args.household_id}: score {result.score:g}, "
                     f"{result.poverty_level.replace('_', ' ')} "
                     f"(questionnaire {result.questionnaire_version}; assessment {assessment_id})")
    return EXIT_OK


def cmd_situation(args: argparse.Namespace) -> int:
    from station.services.households import KEEP, record_situation

    if args.disability is None and args.employment is None:  # nothing to record: an empty
        # situation would have erased both facts
        raise BadInput("say what to record: --disability, --employment or both")
    disability = KEEP if args.disability is None else {
        "yes": True, "no": False, "unknown": None}[args.disability]
    station = open_station()
    operator = logged_in(station, args)
    has, works = record_situation(station, args.person_id, disability=disability,
                                  employment=KEEP if args.employment is None
                                  else args.employment, operator=operator, now=now_utc())
    data = {"person_id": args.person_id, "disability": has, "employment": works}
    said = {True: "yes", False: "no", None: "unknown"}[has]
    emit(args, data, f"person {args.person_id}: disability {said}, "
                     f"employment {works or 'not recorded'}")
    return EXIT_OK


def _proposal_dict(p: Any) -> dict[str, Any]:
    return {"person_id": p.person_id, "programme": p.programme_code,
            "programme_name": p.programme_name, "reason": p.reason,
            "start_date": p.start_date, "end_date": p.end_date}


def _package_text(package: Any, show_all: bool) -> str:
    lines = [f"household {package.household_id} (rules {package.rules_version}): "
             f"{len(package.proposals)} proposal(s)"]
    for p in package.proposals:
        until = f" until {p.end_date}" if p.end_date else ""
        lines.append(f"  {p.person_id}  {p.programme_code} ({p.programme_name})  "
                     f"from {p.start_date}{until}: {p.reason}")
    if not package.considered:
        lines.append("  the household has no living members: nothing can be proposed")
    if show_all:
        lines.append("considered, not proposed:")
        lines.extend(f"  {c.person_id}  {c.programme_code}: {c.reason}"
                     for c in package.considered if not c.proposed)
    return "\n".join(lines)


def cmd_propose(args: argparse.Namespace) -> int:
    from station.services.memberships import propose

    today = parse_date(args.date, "--date") or desk_today(now_utc())
    station = open_station()
    package = propose(station, args.household_id, today=today)
    data: dict[str, Any] = {"household_id": package.household_id,
                            "rules_version": package.rules_version,
                            "proposals": [_proposal_dict(p) for p in package.proposals]}
    if args.all:
        data["considered"] = [{"person_id": c.person_id, "programme": c.programme_code,
                               "eligible": c.eligible, "proposed": c.proposed,
                               "reason": c.reason} for c in package.considered]
    emit(args, data, _package_text(package, args.all))
    return EXIT_OK


def _chosen(package: Any, programmes: list[str], person: str | None) -> set[tuple[str, str]]:
    """The (person, programme) pairs the options name; each must be among the proposals."""
    if person is not None and not programmes:
        raise BadInput("--person needs --programme: say which programme to confirm",
                       field="person")
    chosen: set[tuple[str, str]] = set()
    for code in programmes:
        pairs = {(p.person_id, p.programme_code) for p in package.proposals
                 if p.programme_code == code and person in (None, p.person_id)}
        if not pairs:
            who = f" for person {person}" if person else ""
            raise BadInput(f"{code} was not proposed{who} in household "
                           f"{package.household_id}; see `sws household propose`",
                           field="programme")
        chosen |= pairs
    return chosen


def _nothing_proposed(station: Any, package: Any) -> BadInput:
    """Why a household has nothing to confirm: facts missing (assess it first), or its
    members hold, or are not eligible for, every programme (confirmed at another desk, or
    the command run twice: assessing it again would change nothing)."""
    from station.services.households import household_facts

    household_id = package.household_id
    with station.reading() as session:
        facts = household_facts(session, household_id)
    missing = facts.poverty_level is None or any(
        m.disability is None or m.employment is None for m in facts.members)
    if missing:
        return BadInput(f"nothing is proposed for household {household_id}; assess it and "
                        "record its members' situation first")
    held = any(c.eligible for c in package.considered)
    return BadInput(f"nothing is proposed for household {household_id}: its members "
                    + ("already hold every programme they are eligible for" if held else
                       "are eligible for no programme on this date")
                    + f" (`sws household propose {household_id} --all` says why for each)")


def cmd_confirm(args: argparse.Namespace) -> int:
    from station.services.memberships import confirm, propose

    now = now_utc()
    start = parse_date(args.start, "--start") or desk_today(now)
    station = open_station()
    operator = logged_in(station, args)
    package = propose(station, args.household_id, today=start)
    if not package.considered:
        raise BadInput(f"household {args.household_id} has no living members: nothing can "
                       "be proposed")
    if not package.proposals:
        raise _nothing_proposed(station, package)
    accepted = _chosen(package, args.programme, args.person) if args.programme else None
    done = confirm(station, package, accepted=accepted, operator=operator, now=now)
    by_key = {(p.person_id, p.programme_code): p for p in package.proposals}
    joined = [{**_proposal_dict(by_key[key]), "membership_id": mid}
              for key, mid in sorted(done.memberships.items())]
    declined = [{"person_id": k[0], "programme": k[1]} for k in done.declined]
    lines = [f"household {args.household_id}: {len(joined)} membership(s) recorded, "
             f"{len(declined)} proposal(s) declined"]
    lines.extend(f"  {j['membership_id']}  {j['person_id']}  {j['programme']}  "
                 f"from {j['start_date']}" + (f" until {j['end_date']}" if j["end_date"] else "")
                 for j in joined)
    lines.extend(f"  declined: {d['person_id']}  {d['programme']}" for d in declined)
    emit(args, {"household_id": args.household_id, "rules_version": package.rules_version,
                "memberships": joined, "declined": declined}, "\n".join(lines))
    return EXIT_OK


def _station_for_ending() -> Any:
    """The station, or, where migration ``mem01`` stopped at memberships whose dates meet,
    the registry as it stands (ending one of each pair is how it is resolved)."""
    from station.errors import MembershipsMeet
    from station.registry.migrate import current_revision

    try:
        return open_station()
    except MembershipsMeet as stopped:
        station = open_station(migrate=False)
        if current_revision(station.engine) != stopped.stays_at:
            raise
        return station


def cmd_end_membership(args: argparse.Namespace) -> int:
    from station.services.memberships import end_membership

    now = now_utc()
    on = parse_date(args.on, "--on") or desk_today(now)
    station = _station_for_ending()
    operator = logged_in(station, args)
    ended = end_membership(station, args.membership_id, reason=args.reason.strip(),
                           end_date=on, operator=operator, now=now)
    data = {"membership_id": ended.membership_id, "person_id": ended.person_id,
            "programme": ended.programme_code, "start_date": ended.start_date,
            "end_date": ended.end_date, "previous_end_date": ended.previous_end_date,
            "reason": ended.reason, "cards_claiming": list(ended.cards_claiming)}
    emit(args, data, f"membership {ended.membership_id} ({ended.person_id} in "
                     f"{ended.programme_code}) ends on {ended.end_date}: "
                     f"{ended.reason.replace('_', ' ')}"
                     + _cards_claiming(ended.cards_claiming, ended.programme_code))
    return EXIT_OK


def _cards_claiming(serials: tuple[str, ...], programme: str) -> str:
    """The line that says which card still claims the programme (a hospital reads the card
    alone), or nothing."""
    return "".join(f"\ncard {serial} still claims {programme}: issue a new card "
                   "(sws card issue)" for serial in serials)


def cmd_withdraw_membership(args: argparse.Namespace) -> int:
    from station.services.memberships import withdraw_membership
    from station.services.payments import refund_and_withdraw

    now = now_utc()
    station = _station_for_ending()
    operator = logged_in(station, args)
    refund: dict[str, Any] | None = None
    said = ""
    if args.refund:
        receipt = refund_and_withdraw(station, args.membership_id,
                                      reason=args.reason.strip(), operator=operator, now=now)
        done = receipt.withdrawn
        # a holder who died before it began: the money goes to the family
        to_family = receipt.refundable.deceased
        refund = {"receipt_no": receipt.receipt_no, "refund_id": receipt.refund_id,
                  "amount_minor": receipt.amount_minor, "currency": receipt.currency,
                  "to_family": to_family}
        said = (f"refund receipt {receipt.receipt_no}: {receipt.amount_minor} "
                f"{receipt.currency} refunded to "
                f"{'the family of ' if to_family else ''}{done.person_id}\n")
    else:
        done = withdraw_membership(station, args.membership_id, reason=args.reason.strip(),
                                   operator=operator, now=now)
    data = {"membership_id": done.membership_id, "person_id": done.person_id,
            "programme": done.programme_code, "start_date": done.start_date,
            "withdrawn": True, "previous_end_date": done.previous_end_date,
            "reason": done.reason, "cards_claiming": list(done.cards_claiming),
            "refund": refund}
    emit(args, data, f"{said}membership {done.membership_id} ({done.person_id} in "
                     f"{done.programme_code}, to begin on {done.start_date}) withdrawn: "
                     f"{done.reason.replace('_', ' ')}"
                     + _cards_claiming(done.cards_claiming, done.programme_code))
    return EXIT_OK


def _household_data(station: Any, household_id: str) -> dict[str, Any]:
    import sqlalchemy as sa

    from station.registry.models import Person, ProgrammeMembership
    from station.services.households import held_twice, household_facts, latest_assessment
    from station.services.memberships import end_reasons, refunds_owed
    from station.services.payments import credits_owed

    with station.reading() as session:
        facts = household_facts(session, household_id)  # the living (what the rules see)
        latest = latest_assessment(session, household_id)
        # members whose death was recorded stay on the household's record, marked so, with
        # the memberships that ended at their death: the history is not lost from view
        deceased = session.execute(
            sa.select(Person.id, Person.sex, Person.birth_date, Person.relation_to_head,
                      Person.died_on)
            .where(Person.household_id == household_id, Person.died_on.is_not(None))
            .order_by(Person.birth_date, Person.id)).all()
        # each member's relation to the head (what `sws household head|move` asks for)
        relations = {r.id: r.relation_to_head for r in session.execute(
            sa.select(Person.id, Person.relation_to_head)
            .where(Person.household_id == household_id))}
        rows = session.scalars(sa.select(ProgrammeMembership).where(
            ProgrammeMembership.person_id.in_([m.person_id for m in facts.members]
                                              + [d.id for d in deceased]))
            .order_by(ProgrammeMembership.person_id, ProgrammeMembership.start_date)).all()
        why = end_reasons(session, [r.id for r in rows if r.end_date is not None])
        held = [{"membership_id": r.id, "person_id": r.person_id,
                 "programme": r.programme_code, "start_date": r.start_date,
                 "end_date": r.end_date, "end_reason": why.get(r.id)} for r in rows]
        # a programme of one member a household that two members hold (members joined
        # with theirs): one of them is to end
        twice = held_twice(session, household_id, desk_today(now_utc()))
    return {
        "household_id": household_id,
        "members": [{"person_id": m.person_id, "birth_date": m.birth_date, "sex": m.sex,
                     "is_head": m.is_head, "relation": relations.get(m.person_id),
                     "disability": m.disability,
                     "employment": m.employment} for m in facts.members],
        "deceased_members": [{"person_id": d.id, "birth_date": d.birth_date, "sex": d.sex,
                              "is_head": d.relation_to_head == "head",
                              "relation": d.relation_to_head,
                              "died_on": d.died_on} for d in deceased],
        "assessment": None if latest is None else {
            "score": latest.score, "poverty_level": latest.poverty_level,
            "questionnaire_version": latest.questionnaire_version,
            "assessed_at": latest.assessed_at},
        "memberships": held,
        "held_twice": [h.as_record() for h in twice],
        # a deceased member's membership that was to begin after the death, with money
        # paid towards it: owed to the family (withdraw-membership --refund)
        "refunds_owed": [{"membership_id": o.membership_id, "person_id": o.person_id,
                          "programme": o.programme_code, "start_date": o.start_date,
                          "paid_minor": o.paid_minor}
                         for o in refunds_owed(station, household_id)],
        # an ended membership with more paid than it was charged: its credit is given
        # back (sws payment refund-credit)
        "credits_refundable": [{"membership_id": c.membership_id, "person_id": c.person_id,
                                "programme": c.programme_code, "start_date": c.start_date,
                                "end_date": c.end_date, "credit_minor": c.amount_minor,
                                "currency": c.currency, "to_family": c.deceased,
                                "never_ran": c.never_ran}
                               for c in credits_owed(station, household_id,
                                                     today=desk_today(now_utc()))],
    }


def cmd_show(args: argparse.Namespace) -> int:
    station = open_station()
    data = _household_data(station, args.household_id)
    a = data["assessment"]
    lines = [f"household {args.household_id}: " + (
        f"score {a['score']:g}, {a['poverty_level'].replace('_', ' ')} "
        f"({a['questionnaire_version']}, {a['assessed_at']:%Y-%m-%d})" if a else "not assessed")]
    for m in data["members"]:
        disability = {True: "yes", False: "no", None: "unknown"}[m["disability"]]
        lines.append(f"  {m['person_id']}  {m['sex']}  born {m['birth_date']}"
                     f"  ({m['relation'] or 'relation not recorded'})  disability {disability}, "
                     f"employment {m['employment'] or 'not recorded'}")
    lines.extend(f"  {d['person_id']}  {d['sex']}  born {d['birth_date']}"
                 f"  ({d['relation'] or 'relation not recorded'})  DECEASED on {d['died_on']}"
                 for d in data["deceased_members"])
    lines.append(f"memberships ({len(data['memberships'])}):")
    lines.extend(f"  {h['membership_id']}  {h['person_id']}  {h['programme']}  "
                 f"from {h['start_date']}" + (f" until {h['end_date']}" if h["end_date"] else "")
                 + (f" (ended: {h['end_reason'].replace('_', ' ')})" if h["end_reason"] else "")
                 for h in data["memberships"])
    lines.extend(twice_lines(args.household_id, data["held_twice"]))
    lines.extend(f"refund owed to the family: {o['paid_minor']} paid towards "
                 f"{o['membership_id']} ({o['person_id']} in {o['programme']}, to begin on "
                 f"{o['start_date']}): sws household withdraw-membership {o['membership_id']} "
                 "--reason 'holder deceased' --refund" for o in data["refunds_owed"])
    lines.extend(f"refundable credit: {c['credit_minor']} {c['currency']} paid towards "
                 f"{c['membership_id']} ({c['person_id']} in {c['programme']}, "
                 + ("never ran" if c["never_ran"] else f"ended on {c['end_date']}")
                 + (", to the family" if c["to_family"] else "")
                 + f"): sws payment refund-credit {c['membership_id']} --reason ..."
                 for c in data["credits_refundable"])
    emit(args, data, "\n".join(lines))
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    from station.services.households import households_to_review

    station = open_station()
    listed = households_to_review(station, desk_today(now_utc()))
    lines = [_review_line(r) for r in listed] or ["no household to review"]
    emit(args, {"households": [r.as_record() for r in listed]}, "\n".join(lines))
    return EXIT_OK


def _review_line(r: Any) -> str:
    """One household to review, by the member it is known by, and the step that mends it."""
    who = f"household {r.household_id} ({r.latin_name}, {r.person_id}, village {r.village_code})"
    if r.kind == "no_head":
        return (f"{who}: no living head: name one (sws household head {r.household_id} "
                "PERSON_ID --reason ...)")
    if r.kind == "two_heads":
        return (f"{who}: two living members are recorded as head: name the one who heads it "
                f"(sws household head {r.household_id} PERSON_ID --relation OTHER_ID=RELATION "
                "--reason ...)")
    return (f"{who}: holds {r.programme_code} twice (one member a household): end one (sws "
            f"household show {r.household_id})")


def _relations(pairs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        pid, sep, relation = pair.partition("=")
        if not sep or not pid.strip():
            raise BadInput(f"--relation takes PERSON_ID=RELATION, not {pair!r}",
                           field="relation")
        out[pid.strip()] = relation.strip()
    return out


def _change_text(done: Any) -> str:
    """What changed, then what the clerk still has to do about it."""
    if not done.moved:
        text = f"household {done.household_id}: {done.head_id} heads it now"
    elif done.new_household:
        text = (f"new household {done.household_id}, headed by {done.head_id}: "
                f"{', '.join(done.moved)} left household {done.left_household_id}")
    else:
        text = f"{', '.join(done.moved)} joined household {done.household_id}"
    others = {p: r for p, r in done.relations.items() if r != "head"}
    if others:
        text += "; relations: " + ", ".join(f"{p} {r}" for p, r in others.items())
    if done.unassessed:
        text += (". The household has no vulnerability assessment: assess it before its "
                 "programmes are proposed (sws household assess)")
    if done.memberships:
        text += (f". Programme memberships kept: "
                 f"{', '.join(f'{p} {c}' for p, c in done.memberships)} (review them with the "
                 "household's proposal)")
    if done.cards_to_replace:
        text += (f". The card {', '.join(done.cards_to_replace)} shows the old village: "
                 "issue a new card (sws card issue)")
    text += "".join(f". {line}" for line in twice_lines(
        done.household_id, [h.as_record() for h in done.held_twice]))
    return text


def twice_lines(household_id: str, found: list[dict[str, Any]]) -> list[str]:
    """What to say of each programme of one member a household that ``household_id`` holds
    twice (:meth:`station.services.households.HeldTwice.as_record`), with the commands that
    end the extra memberships (withdrawn when they have not begun)."""
    today = desk_today(now_utc()).isoformat()
    lines = []
    for twice in found:
        steps = "; ".join(
            f"sws household {'withdraw' if e['start_date'] > today else 'end'}-membership "
            f"{e['membership_id']} --reason not_eligible" for e in twice["to_end"])
        others = "the other" if len(twice["to_end"]) == 1 else "the others"
        lines.append(f"Household {household_id} now holds {twice['programme']} twice (one "
                     f"member a household): it stays with {twice['kept']['person_id']}; end "
                     f"{others} ({steps})")
    return lines


def cmd_head(args: argparse.Namespace) -> int:
    from station.services.household_changes import change_head

    station = open_station()
    operator = logged_in(station, args)
    done = change_head(station, args.household_id, args.person_id,
                       relations=_relations(args.relation), reason=args.reason,
                       operator=operator, now=now_utc())
    emit(args, {"status": "changed", **done.as_record()}, _change_text(done))
    return EXIT_OK


def cmd_move(args: argparse.Namespace) -> int:
    from station.model.demographics import Address
    from station.model.persons import get_person
    from station.services.household_changes import move_members

    if (args.commune or args.village) and args.into:
        raise BadInput("a household joined keeps its address: --commune and --village go "
                       "with --head", field="commune")
    if bool(args.commune) != bool(args.village):
        raise BadInput("a new address needs both --commune and --village", field="village")
    station = open_station()
    operator = logged_in(station, args)
    address = None
    if args.commune:
        from station.cli.people import moved_to

        current = get_person(station, args.head)["address"]
        address = Address(**moved_to({"commune": args.commune, "village": args.village},
                                      current))
    done = move_members(station, args.person_ids, into=args.into, head=args.head,
                        relations=_relations(args.relation), address=address,
                        reason=args.reason, operator=operator, now=now_utc())
    emit(args, {"status": "moved", **done.as_record()}, _change_text(done))
    return EXIT_OK
