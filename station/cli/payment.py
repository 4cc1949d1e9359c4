"""`sws payment record|arrears|history`: contributions at the counter, with a receipt.

Amounts are whole minor units of the scheme's currency (e.g. riel, cents), as the services
keep them; a payment covers the oldest unpaid periods first. The receipt number printed is
unique per station. A refund (of a membership that never began: `sws household
withdraw-membership --refund`; of an ended membership's unused credit: `sws payment
refund-credit`) has a receipt of its own (``...-RNNNNN``); the history lists it as a refund.

Each command names the membership by what the member brings: its id, the number of any of
its receipts (a refund's too) or the holder's card serial
(:func:`station.services.membership_lookup.find_memberships`). A card whose holder has several
contributory memberships is refused with each one's id, to give instead.
"""

from __future__ import annotations

import argparse
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
)
from station.errors import EXIT_OK, BadInput

MEMBERSHIP_HELP = "the membership id, the number of one of its receipts, or the card serial"


def register(subparsers: Any) -> None:
    """Add ``sws payment ...`` to the command line."""
    payment = subparsers.add_parser(
        "payment", help="record contribution payments, show arrears",
        description="Contributions of contributory memberships (e.g. voluntary health "
                    "insurance)."
    ).add_subparsers(dest="payment_command", metavar="PAYMENT_COMMAND")
    payment.required = True

    p = payment.add_parser("record", help="record a payment and print its receipt")
    p.add_argument("membership_id", metavar="MEMBERSHIP", help=MEMBERSHIP_HELP)
    p.add_argument("--amount", required=True,
                   help="amount paid, in whole minor units of the scheme's currency")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_record)

    p = payment.add_parser("arrears", help="the membership's statement: arrears and status")
    p.add_argument("membership_id", metavar="MEMBERSHIP", help=MEMBERSHIP_HELP)
    p.add_argument("--date", help="as of this date YYYY-MM-DD (default today)")
    add_json(p)
    p.set_defaults(handler=cmd_arrears)

    p = payment.add_parser(
        "refund-credit", help="give back the unused credit of an ended membership",
        description="Give back, on a refund receipt (...-RNNNNN), what was paid towards a "
                    "membership that has ended beyond every period charged before its end "
                    "(paid ahead, then moved away or died: no period starts after the end). "
                    "A running membership's credit pays its next periods. One a death kept "
                    "for its money never ran: all of it is given back and it is withdrawn. "
                    "`sws household show` lists the credits refundable.")
    p.add_argument("membership_id", metavar="MEMBERSHIP", help=MEMBERSHIP_HELP)
    p.add_argument("--reason", required=True, metavar="REASON",
                   help="why it is given back, in a few words (e.g. who came for it)")
    p.add_argument("--amount", metavar="MINOR",
                   help="the credit the member was told (whole minor units): given back "
                        "exactly, or nothing when it changed meanwhile (default: the "
                        "credit as it stands)")
    add_login(p)
    add_json(p)
    p.set_defaults(handler=cmd_refund_credit)

    p = payment.add_parser("history", help="every payment and refund of a membership")
    p.add_argument("membership_id", metavar="MEMBERSHIP", help=MEMBERSHIP_HELP)
    add_json(p)
    p.set_defaults(handler=cmd_history)


def _membership(station: Any, typed: str) -> str:
    """The id of the membership ``typed`` names (an id, a receipt number, a card serial):
    a one-line error when it names none, or several (each listed with its id)."""
    from station.services.membership_lookup import find_memberships, one_membership

    found = find_memberships(station, typed, today=desk_today(now_utc()))
    return one_membership(found, typed)


def _amount(text: str) -> int:
    # the registry's limit, the service's own (a 64-bit column since migration pay02)
    from station.services.payments import MAX_AMOUNT

    try:
        amount = int(text)
    except ValueError:
        raise BadInput(f"--amount must be a whole number of minor units, not {text!r}",
                       field="amount") from None
    if amount <= 0:
        raise BadInput(f"--amount must be positive, not {amount}", field="amount")
    if amount > MAX_AMOUNT:
        raise BadInput(f"--amount {amount} is more than one payment can be ({MAX_AMOUNT} "
                       "minor units)", field="amount")
    return amount


def statement_dict(s: Any) -> dict[str, Any]:
    return {"as_of": s.as_of, "due_minor": s.due_minor, "paid_minor": s.paid_minor,
            "arrears_minor": s.arrears_minor, "credit_minor": s.credit_minor,
            "periods_due": s.periods_due, "periods_overdue": s.periods_overdue,
            "paid_until": s.paid_until, "status": s.status, "ended_on": s.ended_on,
            "currency": s.currency, "standing": s.standing, "holder": s.holder,
            "programme_code": s.programme_code}


def _statement_text(s: Any) -> str:
    """The statement as the window says it (``PaymentsPanel.statement_text``): a running
    membership's status; an ended one's end, arrears and credit to give back (never
    "status active" beside it); one that never ran, the refund owed."""
    if s.standing == "never_ran":
        return ("never ran: " + ("the holder died before it began; " if s.holder_died else
                                 "a death recorded before it began kept it; ")
                + f"{s.credit_minor} {s.currency} to refund"
                + (" to the family" if s.holder_died else ""))
    if s.standing == "ended":
        until = f"paid until {s.paid_until}" if s.paid_until else "nothing paid"
        head, charged = f"ended on {s.ended_on}", "charged"
        credit = (f", credit {s.credit_minor} {s.currency} to give back"
                  + (" to the family" if s.holder_died else "") if s.credit_minor else "")
    else:
        until = f"paid until {s.paid_until}" if s.paid_until else "nothing paid yet"
        head, charged = f"status {s.status.replace('_', ' ')}", "due"
        credit = f", credit {s.credit_minor} {s.currency}" if s.credit_minor else ""
    return (f"{head}: arrears {s.arrears_minor} {s.currency}, {s.periods_overdue} "
            f"period(s) overdue of {s.periods_due} {charged}, {until}{credit}")


def cmd_record(args: argparse.Namespace) -> int:
    from station.services.payments import record_payment

    amount = _amount(args.amount)
    station = open_station()
    operator = logged_in(station, args)
    membership_id = _membership(station, args.membership_id)
    receipt = record_payment(station, membership_id, amount, operator=operator,
                             now=now_utc())
    data = {"receipt_no": receipt.receipt_no, "payment_id": receipt.payment_id,
            "membership_id": membership_id, "amount_minor": receipt.amount_minor,
            "currency": receipt.currency, "statement": statement_dict(receipt.statement)}
    emit(args, data, f"receipt {receipt.receipt_no}: {receipt.amount_minor} "
                     f"{receipt.currency} received\n{_statement_text(receipt.statement)}")
    return EXIT_OK


def cmd_arrears(args: argparse.Namespace) -> int:
    from station.services.payments import contribution_statement

    today = parse_date(args.date, "--date") or desk_today(now_utc())
    station = open_station()
    membership_id = _membership(station, args.membership_id)
    s = contribution_statement(station, membership_id, today=today)
    emit(args, {"membership_id": membership_id, **statement_dict(s)},
         f"membership {membership_id} on {s.as_of} ({s.holder}, {s.programme_code}): "
         f"{_statement_text(s)}")
    return EXIT_OK


def cmd_refund_credit(args: argparse.Namespace) -> int:
    from station.services.payments import (
        contribution_statement,
        refund_credit,
        refundable_credit,
    )

    confirmed = None if args.amount is None else _amount(args.amount)
    now = now_utc()
    station = open_station()
    operator = logged_in(station, args)
    membership_id = _membership(station, args.membership_id)
    if confirmed is None:  # the credit as it stands, read as the clerk would read it out
        confirmed = refundable_credit(station, membership_id,
                                      today=desk_today(now)).amount_minor
    receipt = refund_credit(station, membership_id, confirmed_minor=confirmed,
                            reason=args.reason, operator=operator, now=now)
    credit = receipt.refundable
    # withdrawn (it never ran): no statement any more; else the statement at credit 0
    after = (None if receipt.withdrawn is not None else
             contribution_statement(station, membership_id, today=desk_today(now)))
    data = {"receipt_no": receipt.receipt_no, "refund_id": receipt.refund_id,
            "membership_id": membership_id, "person_id": credit.person_id,
            "programme": credit.programme_code, "amount_minor": receipt.amount_minor,
            "currency": receipt.currency, "to_family": credit.deceased,
            "withdrawn": receipt.withdrawn is not None,
            "statement": None if after is None else statement_dict(after)}
    text = (f"refund receipt {receipt.receipt_no}: {receipt.amount_minor} {receipt.currency} "
            f"refunded to {'the family of ' if credit.deceased else ''}{credit.person_id}\n"
            + (f"membership {membership_id} withdrawn (it never ran)" if after is None
               else _statement_text(after)))
    emit(args, data, text)
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    from station.services.payments import payment_history

    station = open_station()
    membership_id = _membership(station, args.membership_id)
    lines = payment_history(station, membership_id)
    data = {"membership_id": membership_id, "payments": [
        {"receipt_no": p.receipt_no, "paid_at": p.paid_at, "amount_minor": p.amount_minor,
         "currency": p.currency, "refund": p.refund} for p in lines]}
    text = "\n".join(f"{p.receipt_no}  {p.paid_at:%Y-%m-%d %H:%M}  {p.amount_minor} "
                     f"{p.currency} {'refunded' if p.refund else 'paid'}" for p in lines)
    emit(args, data, text or f"membership {membership_id}: nothing paid")
    return EXIT_OK
