"""Contributions at the counter: a membership's statement, a payment, the receipt number.

The clerk picks the membership among the contributory ones of the household open in the
Household programmes tab ("person — programme"), double-clicks it there, or types what the
member brought: the number of an old receipt, the card's serial, or the membership's id
(:func:`station.services.membership_lookup.find_memberships`). A card whose holder has several
contributory memberships fills the list with them, to choose from; a card revoked, lost or
replaced still finds its holder (paying is not a card check), and the message line says so.
Where the desk has a card reader (the ``cards`` service the Hospital tab reads cards with),
Read the card puts the serial of the card on the reader in the field, and shows the same
(:mod:`station.views.services.card_reader`, as the Case plan tab reads it).
The panel shows the statement
(status, arrears, periods overdue, paid until) from
:func:`station.services.payments.contribution_statement`, and records a payment in whole minor
units with :func:`station.services.payments.record_payment`, which returns the receipt.
Below, every payment and refund (:func:`station.services.payments.payment_history`), a refund
said as one; a membership withdrawn with its money refunded has no statement any more, and
the panel says so with its refund receipt, its history still shown.

Any line of the history can be given again on paper (Save a copy as PDF, Print a copy...,
or Enter / double-click on the line, which asks for the printer first): a payment's
contribution receipt, a refund's voucher, each marked as a copy
(:class:`station.views.receipt.CopyMark`) and holding only what the registry keeps of the
row (:func:`station.services.payments.on_file`). Each copy given is written to the audit
trail (:func:`station.model.audit_log.record_copy`) with the receipt number and where it went.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station.model.audit_log import RECEIPT_COPY, VOUCHER_COPY, record_copy
from station.services import membership_lookup, payments
from station.services.catalogue import load_catalogue
from station.services.errors import MembershipWithdrawn, RulesError
from station.views.dialog_parts import buddy_label
from station.views.formats import isolated, office_date_time, short_date, with_money
from station.views.receipt import (
    CopyMark,
    PaymentReceipt,
    RefundKind,
    RefundVoucher,
    copy_path,
    paint_payment_receipt,
    paint_refund_voucher,
    save_logged_copy,
    write_payment_receipt_pdf,
    write_refund_voucher_pdf,
)
from station.views.services.card_reader import read_button, read_serial
from station.views.services.panel import Clock, ServicePanel
from station.views.statement_pdf import (
    StatementLine,
    StatementPaper,
    paint_statement,
    write_statement_pdf,
)

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def contributory_programmes() -> frozenset[str]:
    """The codes of the catalogue's programmes that collect contributions (none when the
    catalogue cannot be read: the membership id is then typed or double-clicked)."""
    try:
        return frozenset(p.code for p in load_catalogue().programmes
                         if p.contribution is not None)
    except RulesError:
        return frozenset()


def _paper_row(outer: QVBoxLayout, save: tuple[str, str],
               send: tuple[str, str]) -> tuple[QPushButton, QPushButton]:
    """A row of two buttons, Save as PDF and Print, each (text, object name), at the end of
    ``outer``."""
    row = QHBoxLayout()
    buttons = []
    for text, name in (save, send):
        button = QPushButton(text)
        button.setObjectName(name)
        row.addWidget(button)
        buttons.append(button)
    row.addStretch(1)
    outer.addLayout(row)
    return buttons[0], buttons[1]


class PaymentsPanel(ServicePanel):
    """Statement of one contributory membership and the payment form."""

    def __init__(self, station: Any, operator: Any, clock: Clock,
                 parent: QWidget | None = None, *, cards: Any = None) -> None:
        super().__init__(station, operator, clock, parent)
        # the desk's card reader (a CardVerifier, as the Hospital tab's); None: no button
        self.cards = cards
        outer = QVBoxLayout(self)
        row = QHBoxLayout()
        self.membership = QLineEdit()
        self.membership.setObjectName("membershipId")
        self.membership.setPlaceholderText(self.tr("receipt number, card serial or "
                                                   "membership id"))
        self.membership.setToolTip(self.tr("The number of one of the member's receipts, the "
                                           "serial of their card, or the membership's id. Or "
                                           "double-click the membership in the Household "
                                           "programmes tab."))
        self.show_button = QPushButton(self.tr("S&how the statement"))
        self.show_button.setObjectName("statement")
        row.addWidget(buddy_label(self.tr("Mem&bership, card or receipt:"), self.membership))
        row.addWidget(self.membership, 1)
        row.addWidget(self.show_button)
        self.read_button = read_button(self.tr("Read the &card"), "readPayerCard", cards)
        row.addWidget(self.read_button)
        outer.addLayout(row)
        # the contributory memberships of the household open in Household programmes, by
        # holder and programme: no id to copy (hidden when that household has none); or
        # those of the card just typed, when its holder has several
        pick = QHBoxLayout()
        self.chooser = QComboBox()
        self.chooser.setObjectName("householdMemberships")
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # none picked (a membership of another household asked for): said, not a blank box
        self.chooser.setPlaceholderText(self.tr("choose a membership"))
        self.chooser_label = buddy_label(self._of_household(), self.chooser)
        pick.addWidget(self.chooser_label)
        pick.addWidget(self.chooser, 1)
        outer.addLayout(pick)
        self._show_chooser(False)
        # whose membership, of which programme: said before any amount is taken
        self.whose = QLabel()
        self.whose.setObjectName("whose")
        self.whose.setStyleSheet("font-weight: bold;")
        outer.addWidget(self.whose)
        self.statement = QLabel()
        self.statement.setObjectName("statementText")
        self.statement.setWordWrap(True)
        outer.addWidget(self.statement)
        form = QFormLayout()
        self.amount = QSpinBox()
        self.amount.setObjectName("amount")
        self.amount.setRange(0, 2**31 - 1)  # a spin box's own limit
        self.amount.setGroupSeparatorShown(True)  # 150,000 as the statement writes it
        self.pay_button = QPushButton(self.tr("&Record the payment"))
        self.pay_button.setObjectName("pay")
        # amounts are whole units of the programme's currency, shown after it once known
        self.amount_label = buddy_label(self.tr("A&mount:"), self.amount)
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.pay_button)
        outer.addLayout(form)
        self.receipt = QLabel()
        self.receipt.setObjectName("receipt")
        outer.addWidget(self.receipt)
        # the member's paper: offered once a payment is recorded, for that payment only
        self.paid: PaymentReceipt | None = None
        self.save_button, self.print_button = _paper_row(
            outer, (self.tr("Save the receipt as P&DF"), "savePaymentReceipt"),
            (self.tr("Pr&int the receipt..."), "printPaymentReceipt"))
        self._offer_paper(None)
        self.history = QListWidget()
        self.history.setObjectName("paymentHistory")
        self.history.setMaximumHeight(140)
        self.history.setToolTip(self.tr("Select a line to give a copy of its receipt or "
                                        "voucher; Enter prints one."))
        outer.addWidget(self.history)
        # a copy of the paper of the line selected: marked as a copy, written to the log
        self.save_copy_button, self.print_copy_button = _paper_row(
            outer, (self.tr("Save a cop&y as PDF"), "saveReceiptCopy"),
            (self.tr("Print a co&py..."), "printReceiptCopy"))
        # the whole statement on paper: what a member who lost a receipt, or an office
        # asking for proof of cover, is given (offered once a statement is shown)
        self._paid_rows: list[Any] = []
        self._shown: Any = None  # the statement (or the withdrawal) shown
        # the id of the membership whose statement is shown, and the text that asked for
        # it (a receipt number or a card serial finds it; the payment goes to this one)
        self._shown_id: str | None = None
        self._asked = ""
        self.save_statement_button, self.print_statement_button = _paper_row(
            outer, (self.tr("Save the s&tatement as PDF"), "saveStatement"),
            (self.tr("Print the statement..."), "printStatement"))
        self._offer_statement(False)
        self.message.setObjectName("paymentsMessage")
        outer.addWidget(self.message)
        outer.addStretch(1)
        self.show_button.clicked.connect(self.refresh)
        self.read_button.clicked.connect(self.read_card)
        self.membership.returnPressed.connect(self.refresh)
        self.pay_button.clicked.connect(self._on_pay)
        self.chooser.activated.connect(self._on_chosen)
        self.save_button.clicked.connect(self.save_receipt)
        self.print_button.clicked.connect(self._choose_printer)
        self.save_statement_button.clicked.connect(self.save_statement)
        self.print_statement_button.clicked.connect(self._choose_statement_printer)
        self.save_copy_button.clicked.connect(self.save_copy)
        self.print_copy_button.clicked.connect(self._choose_copy_printer)
        self.history.itemSelectionChanged.connect(self._offer_copy)
        # Enter or a double-click: the print dialog first, so a stray click gives nothing
        self.history.itemActivated.connect(lambda _item: self._choose_copy_printer())
        self._offer_copy()

    def set_choices(self, held: list[tuple[str, str, str]]) -> None:
        """The memberships of the household now open in Household programmes, as
        (membership id, holder's name, programme code): its contributory ones are listed."""
        from station.i18n import current_language
        from station.services.catalogue import programme_names

        titles, paid = programme_names(current_language()), contributory_programmes()
        self.chooser_label.setText(self._of_household())
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for membership_id, name, code in held:
            if code in paid:
                self.chooser.addItem(self._holder_and_programme(name, code, titles),
                                     membership_id)
        self._select_chosen()
        self.chooser.blockSignals(False)
        self._show_chooser(self.chooser.count() > 0)
        if self.isVisible():
            self._show_first()

    def _of_household(self) -> str:
        return self.tr("&Of the household:")

    def _offer_choice(self, found: membership_lookup.Found) -> None:
        """The card holder's contributory memberships in the list (one of a programme held
        before said with its end, one not begun with its start), none picked: the clerk
        chooses which is paid for."""
        from station.i18n import current_language
        from station.services.catalogue import programme_names

        titles, today = programme_names(current_language()), self.today()
        self.chooser_label.setText(self.tr("&Of the card holder:"))
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for held in found.memberships:
            text = self._holder_and_programme(held.holder, held.programme_code, titles)
            end, start = held.end_date, held.start_date
            if end is not None and end < today:
                text = self.tr("%1 (ended %2)").replace("%2", short_date(end)).replace(
                    "%1", text)
            elif start is not None and start > today:
                text = self.tr("%1 (from %2)").replace("%2", short_date(start)).replace(
                    "%1", text)
            self.chooser.addItem(text, held.membership_id)
        self.chooser.setCurrentIndex(-1)
        self.chooser.blockSignals(False)
        self._show_chooser(True)
        said = self.tr("This card's holder has several contributory memberships: choose one "
                       "in the list.")
        self.show_info(" ".join(filter(None, (said, self._card_note(found)))))
        self.chooser.setFocus()

    def _card_note(self, found: membership_lookup.Found) -> str:
        """What the message line says of a card that is not in use any more ("" for one in
        use, or no card): the payment is taken all the same, paying is not a card check."""
        if found.by != "card":
            return ""
        return {
            "revoked": self.tr("This card is revoked; the payment is taken all the same."),
            "lost": self.tr("This card was reported lost; the payment is taken all the "
                            "same."),
            "replaced": self.tr("This card was replaced by a newer one; the payment is taken "
                                "all the same."),
        }.get(found.card_status, "")

    def _show_chooser(self, shown: bool) -> None:
        self.chooser.setVisible(shown)
        self.chooser_label.setVisible(shown)

    def _select_chosen(self) -> None:
        """The list's line of the membership asked for (none when it is not the household's)."""
        self.chooser.setCurrentIndex(self.chooser.findData(self.membership.text().strip()))

    def _show_first(self) -> None:
        """Nothing asked for yet: the household's first contributory membership."""
        if not self.membership.text().strip() and self.chooser.count():
            self.set_membership(str(self.chooser.itemData(0)))

    def _on_chosen(self, index: int) -> None:
        membership_id = self.chooser.itemData(index)
        if membership_id:
            self.set_membership(str(membership_id))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_first()

    def action_buttons(self) -> list[QWidget]:
        return [self.show_button, self.read_button, self.pay_button]

    def read_card(self) -> None:
        """Read the card on the reader (in the worker, as the Hospital tab does) and show
        what its serial finds. A card refused (revoked, expired) still gives its serial:
        paying is not a card check."""
        read_serial(self, self.cards, self._on_card_read)

    def _on_card_read(self, serial: str) -> None:
        self.membership.setText(serial)
        self.refresh()

    def _on_busy(self, busy: bool) -> None:
        super()._on_busy(busy)
        self._offer_copy()

    def set_membership(self, membership_id: str) -> None:
        self.membership.setText(membership_id)
        self.refresh()

    def _membership_id(self) -> str | None:
        """What the clerk typed (a receipt number, a card serial, a membership id), or None
        said in the message line."""
        text = self.membership.text().strip()
        if not text:
            self.show_error(self.tr("Enter a receipt number, the card serial or the "
                                    "membership id first."))
        return text or None

    def refresh(self) -> None:
        typed = self._membership_id()
        if typed is None:
            return
        station, today = self.station, self.today()
        self._shown_id, self._asked = None, typed
        self.chooser.blockSignals(True)
        self._select_chosen()  # the list says whose it is, or nothing for another id
        self.chooser.blockSignals(False)
        # nothing of the membership shown before stays beside another's answer or refusal
        for label in (self.whose, self.statement, self.receipt):
            label.clear()
        self._offer_paper(None)  # the receipt of another membership's payment is not this one's
        self._offer_statement(False)  # nor its statement
        self._show_history([])  # nor its payments: no copy of another's receipt to give
        self.amount.setSuffix("")  # its currency comes with the statement

        def load() -> tuple[membership_lookup.Found, Any, list[Any]]:
            found = membership_lookup.find_memberships(station, typed, today=today)
            if len(found.memberships) > 1:  # a card's holder with several: the clerk chooses
                return found, None, []
            membership_id = found.memberships[0].membership_id
            history = payments.payment_history(station, membership_id)
            try:
                return found, payments.contribution_statement(station, membership_id,
                                                              today=today), history
            except MembershipWithdrawn as gone:  # refunded: no statement, its history
                return found, gone, history

        # an answer about a membership no longer asked for is dropped
        self.call(load, lambda loaded: (self._show(loaded) if self.membership.text().strip()
                                        == typed else None))

    def statement_text(self, s: Any) -> str:
        """The statement in one line, as the clerk reads it to the member, in the desk's
        language (amounts and the date as the desk writes them). Its first words say what
        is true: a running membership's status; an ended one's end, what it still owes and
        the credit to give back (never "active" beside it); one that never ran (a death
        before it began), the refund owed."""
        locale = self.locale()

        # an amount is read out with its currency, as the receipt and the history say it
        def money(minor: int) -> str:
            return isolated(f"{locale.toString(int(minor))} {s.currency}".strip())

        if s.standing == "never_ran":
            text = (self.tr("Never ran: the holder died before it began; %1 to refund to "
                            "the family") if s.holder_died else
                    self.tr("Never ran: a death recorded before it began kept it; %1 to "
                            "refund"))
            return text.replace("%1", money(s.credit_minor))
        if s.standing == "ended":
            text = (self.tr("Ended on %1: arrears %2, %n period(s) overdue of %3 charged, "
                            "paid until %4", "", s.periods_overdue) if s.paid_until else
                    self.tr("Ended on %1: arrears %2, %n period(s) overdue of %3 charged, "
                            "nothing paid", "", s.periods_overdue))
            text = text.replace("%1", short_date(s.ended_on))
        else:
            states = {"active": self.tr("active"), "in_arrears": self.tr("in arrears"),
                      "suspended": self.tr("suspended")}
            text = (self.tr("Status %1: arrears %2, %n period(s) overdue of %3 due, paid "
                            "until %4", "", s.periods_overdue) if s.paid_until else
                    self.tr("Status %1: arrears %2, %n period(s) overdue of %3 due, nothing "
                            "paid yet", "", s.periods_overdue))
            text = text.replace("%1", states.get(s.status, s.status.replace("_", " ")))
        text = (text.replace("%2", money(s.arrears_minor))
                .replace("%3", locale.toString(int(s.periods_due)))
                .replace("%4", short_date(s.paid_until) if s.paid_until else ""))
        if s.credit_minor and s.standing == "ended":  # no period can use it: given back
            text += (self.tr(", credit %1 to give back to the family") if s.holder_died
                     else self.tr(", credit %1 to give back")).replace("%1",
                                                                       money(s.credit_minor))
        elif s.credit_minor:  # pays the next periods
            text += self.tr(", credit %1").replace("%1", money(s.credit_minor))
        return text

    def whose_text(self, s: Any) -> str:
        """"Holder — Programme" (the programme as the desk names it), or "" when unknown."""
        from station.i18n import current_language
        from station.services.catalogue import programme_names

        holder, code = getattr(s, "holder", ""), getattr(s, "programme_code", "")
        if not holder or not code:
            return ""
        return self._holder_and_programme(holder, code, programme_names(current_language()))

    def _holder_and_programme(self, holder: str, code: str, titles: dict[str, str]) -> str:
        """"Holder — Programme", as the list and the line above the statement both say it."""
        return self.tr("%1 — %2").replace("%1", isolated(holder)).replace(
            "%2", titles.get(code, code))

    def _show(self, loaded: tuple[membership_lookup.Found, Any, list[Any]]) -> None:
        found, s, history = loaded
        if s is None:
            self._offer_choice(found)
            return
        self._shown_id = found.memberships[0].membership_id
        self.chooser.blockSignals(True)  # the list says whose it is, when it lists it
        self.chooser.setCurrentIndex(self.chooser.findData(self._shown_id))
        self.chooser.blockSignals(False)
        self._show_history(history)
        if isinstance(s, MembershipWithdrawn):
            from station.views.workers import plain_message

            self.statement.setText(plain_message(s))
        else:
            self.statement.setText(self.statement_text(s))
            self.amount.setSuffix(f" {s.currency}" if s.currency else "")
        self.whose.setText(self.whose_text(s))
        self._shown = s
        self._offer_statement(True)
        self.show_info(self._card_note(found))

    def _show_history(self, history: list[Any]) -> None:
        """One line per payment or refund, oldest first: receipt, when, how much."""
        self._paid_rows = list(history)
        self.history.clear()
        locale, zone = self.locale(), self.station.settings.office_zone
        for p in history:
            text = (self.tr("%1 (%2): %3 %4 refunded") if p.refund
                    else self.tr("%1 (%2): %3 %4 paid"))
            self.history.addItem(with_money(
                text.replace("%1", isolated(str(p.receipt_no)))
                .replace("%2", office_date_time(p.paid_at, zone, locale)), "%3", "%4",
                locale.toString(int(p.amount_minor)), str(p.currency)))
        if self.history.count():  # the newest (the payment just taken) in sight, not below
            self.history.setCurrentRow(self.history.count() - 1)
            self.history.scrollToBottom()

    def _on_pay(self) -> None:
        typed = self._membership_id()
        if typed is None:
            return
        amount = self.amount.value()
        station, operator, now, today = self.station, self.operator, self.clock(), self.today()
        # the membership whose statement is shown; one typed since is found first (a card
        # with several is refused, to be shown and chosen)
        shown = self._shown_id if typed == self._asked else None

        def pay() -> tuple[Any, str]:
            membership_id = shown or membership_lookup.one_membership(
                membership_lookup.find_memberships(station, typed, today=today), typed)
            return payments.record_payment(station, membership_id, amount,
                                           operator=operator, now=now), membership_id

        self.call(pay, lambda paid: self._on_paid(*paid))

    def _on_paid(self, receipt: Any, membership_id: str) -> None:
        # its statement is shown now: a next payment, the field unchanged, goes to it
        self._shown_id, self._asked = membership_id, self.membership.text().strip()
        self.receipt.setText(with_money(
            self.tr("Receipt %1: %2 %3 received.").replace("%1", isolated(str(receipt.receipt_no))),
            "%2", "%3", self.locale().toString(int(receipt.amount_minor)), str(receipt.currency)))
        self.statement.setText(self.statement_text(receipt.statement))
        self.whose.setText(self.whose_text(receipt.statement))
        self.amount.setValue(0)
        self._offer_paper(self.payment_receipt(receipt))
        self.show_info(self.tr("Payment recorded."))
        self.changed.emit()
        station = self.station
        self.call(lambda: payments.payment_history(station, membership_id),
                  self._show_history, quiet=True)

    def payment_receipt(self, receipt: Any) -> PaymentReceipt:
        """What the member's paper says of ``receipt`` (:func:`payments.record_payment`'s),
        with the station's name and the operator, as the enrolment receipt says them."""
        from station.app import station_title
        from station.i18n import current_language
        from station.services.catalogue import programme_names

        s, operator = receipt.statement, self.operator
        code = str(getattr(s, "programme_code", ""))
        return PaymentReceipt(
            station_name=station_title(self.station.settings),
            operator=str(getattr(operator, "full_name", "") or getattr(operator, "username", "")),
            issued_at=self.clock(), receipt_no=str(receipt.receipt_no),
            holder=str(getattr(s, "holder", "")),
            programme=programme_names(current_language()).get(code, code),
            amount_minor=int(receipt.amount_minor), currency=str(receipt.currency),
            paid_until=s.paid_until, arrears_minor=int(s.arrears_minor))

    def _offer_paper(self, paid: PaymentReceipt | None) -> None:
        """Save and Print are shown for the payment just recorded, hidden otherwise."""
        self.paid = paid
        self.save_button.setVisible(paid is not None)
        self.print_button.setVisible(paid is not None)

    def receipts_folder(self) -> Path:
        """Where the enrolment receipts go (the station's data folder's ``receipts``)."""
        return Path(self.station.settings.data_dir) / "receipts"

    def save_receipt(self) -> None:
        """Write the payment's receipt as a PDF named by its number; say where it went."""
        paid = self.paid
        if paid is None:
            return
        self._write_paper(
            self.receipts_folder() / f"receipt-{paid.receipt_no}.pdf",
            lambda path: write_payment_receipt_pdf(paid, path),
            self.tr("The receipt could not be saved in %1: check that this folder can be "
                    "written (the USB stick plugged in, space left), then save again."))

    def _write_paper(self, path: Path, write: Callable[[Path], object], unsaved: str) -> bool:
        """``write`` the paper at ``path``, said in the message line; ``unsaved`` (its %1:
        the folder) when the folder cannot be written."""
        try:
            write(path)
        except OSError as err:  # the OS's own words (English, an errno) are for the log
            log.warning("%s not saved in %s: %s", path.name, path.parent, err)
            self.show_error(unsaved.replace("%1", isolated(str(path.parent))))
            return False
        self.show_info(self.tr("Saved: %1").replace("%1", isolated(str(path))))
        return True

    def _send_paper(self, printer: QPrinter,
                    paint: Callable[[QPrinter, str], None]) -> bool:
        """``paint`` the paper on ``printer``, said in the message line."""
        try:
            paint(printer, self.tr("The printer could not be started."))
        except OSError as err:
            self.show_error(str(err))
            return False
        self.show_info(self.tr("Sent to %1.").replace(
            "%1", printer.printerName() or printer.outputFileName() or self.tr("the printer")))
        return True

    def print_receipt(self, printer: QPrinter) -> bool:
        """Send the payment's receipt to ``printer``; say in the message line what happened."""
        paid = self.paid
        if paid is None:
            return False
        return self._send_paper(printer, lambda device, failure: paint_payment_receipt(
            paid, device, failure))

    def _offer_statement(self, shown: bool) -> None:
        """Save and Print of the statement, shown while a membership's statement is."""
        self.save_statement_button.setVisible(shown)
        self.print_statement_button.setVisible(shown)

    def statement_paper(self) -> StatementPaper:
        """The statement shown, with every payment and refund, as the paper says it."""
        from station.app import station_title
        from station.i18n import current_language
        from station.services.catalogue import programme_names

        locale, zone = self.locale(), self.station.settings.office_zone
        code = str(getattr(self._shown, "programme_code", ""))
        lines = tuple(StatementLine(
            when=office_date_time(p.paid_at, zone, locale), receipt_no=str(p.receipt_no),
            amount=f"{locale.toString(int(p.amount_minor))} {p.currency}".strip(),
            refund=bool(p.refund)) for p in self._paid_rows)
        operator = self.operator
        return StatementPaper(
            station_name=station_title(self.station.settings),
            operator=str(getattr(operator, "full_name", "") or getattr(operator, "username", "")),
            issued_at=self.clock(), holder=str(getattr(self._shown, "holder", "")),
            programme=programme_names(current_language()).get(code, code),
            membership_id=self._shown_id or self.membership.text().strip(),
            standing=self.statement.text(),
            lines=lines)

    def save_statement(self) -> None:
        """Write the statement shown as a PDF in the receipts folder; say where it went."""
        if not self.save_statement_button.isVisible():
            return
        paper = self.statement_paper()
        day = self.today().isoformat()
        self._write_paper(
            self.receipts_folder() / f"statement-{paper.membership_id}-{day}.pdf",
            lambda path: write_statement_pdf(paper, path),
            self.tr("The statement could not be saved in %1: check that this folder can be "
                    "written (the USB stick plugged in, space left), then save again."))

    def print_statement(self, printer: QPrinter) -> bool:
        """Send the statement shown to ``printer``; say in the message line what happened."""
        if not self.save_statement_button.isVisible():
            return False
        paper = self.statement_paper()
        return self._send_paper(printer, lambda device, failure: paint_statement(
            paper, device, failure))

    def _choose_statement_printer(self) -> None:
        self._print_to_chosen(self.tr("Print the statement"), self.print_statement)

    def _choose_printer(self) -> None:
        self._print_to_chosen(self.tr("Print the receipt"), self.print_receipt)

    def _print_to_chosen(self, title: str, send: Callable[[QPrinter], object]) -> None:
        """The print dialog titled ``title``; ``send`` to the printer chosen, if one is."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(title)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            send(printer)

    # -- a copy of a past receipt or voucher ---------------------------------------------

    def chosen_paid(self) -> Any | None:
        """The payment or refund of the history line selected, or None."""
        rows = [i.row() for i in self.history.selectedIndexes()]
        return self._paid_rows[rows[0]] if rows and rows[0] < len(self._paid_rows) else None

    def _offer_copy(self) -> None:
        """Save and Print a copy: enabled while a history line is selected (and no call runs:
        one click, one copy)."""
        chosen = self.chosen_paid() is not None and not self.runner.busy
        self.save_copy_button.setEnabled(chosen)
        self.print_copy_button.setEnabled(chosen)

    def save_copy(self) -> None:
        """Write a copy of the selected line's paper as a PDF beside the original's (never
        over it), write it to the audit trail, and say where it went."""
        self._give_copy(None)

    def print_copy(self, printer: QPrinter) -> None:
        """Write a copy of the selected line's paper to the audit trail, then send it to
        ``printer``; say in the message line what happened."""
        self._give_copy(printer)

    def _choose_copy_printer(self) -> None:
        paid = self.chosen_paid()
        if paid is None or not self.print_copy_button.isEnabled():
            return
        self._print_to_chosen(self.tr("Print a copy of %1").replace("%1", str(paid.receipt_no)),
                              self.print_copy)

    def _give_copy(self, printer: QPrinter | None) -> None:
        paid = self.chosen_paid()
        if paid is None:
            self.show_error(self.tr("Select the line of the history to give a copy of first."))
            return
        station, receipt_no = self.station, str(paid.receipt_no)
        self.call(lambda: payments.on_file(station, receipt_no),
                  lambda found: self._copy_found(found, printer))

    def copy_paper(self, found: Any) -> PaymentReceipt | RefundVoucher:
        """The copy of the paper of ``found`` (:class:`payments.OnFile`): what the registry
        keeps of it, its original moment in the office's zone, marked as a copy printed
        now by this operator."""
        from station.app import station_title
        from station.i18n import current_language
        from station.services.catalogue import programme_names

        settings, operator = self.station.settings, self.operator
        zone = settings.office_zone

        def office(moment: dt.datetime) -> dt.datetime:
            aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
            return aware.astimezone(zone)

        mark = CopyMark(printed_at=office(self.clock()), printed_by=str(
            getattr(operator, "full_name", "") or getattr(operator, "username", "")))
        code = str(found.programme_code)
        common: dict[str, Any] = {
            # a row taken at another station (a restored backup) names that station
            "station_name": (station_title(settings) if found.station_id
                             == settings.station_id else str(found.station_id)),
            "operator": str(found.received_by), "issued_at": office(found.paid_at),
            "receipt_no": str(found.receipt_no), "holder": str(found.holder),
            "programme": programme_names(current_language()).get(code, code),
            "amount_minor": int(found.amount_minor), "currency": str(found.currency),
            "copy": mark}
        if not found.refund:
            return PaymentReceipt(**common, paid_until=None, arrears_minor=0)
        kind, reason = self._refund_kind(found)
        return RefundVoucher(**common, kind=kind, reason=reason, recipient="")

    @staticmethod
    def _refund_kind(found: Any) -> tuple[RefundKind | None, str]:
        """A refund's kind and why, as its audit event recorded them (none when it is not
        on file): a withdrawal's end reason (the death's: to the family), or a credit's
        refund with the clerk's words."""
        from station.views.value_words import end_reason_words

        if found.credit is None:
            return None, ""
        if found.credit:
            return "credit", str(found.reason)
        if found.reason == payments.DECEASED:
            return "family", ""
        return "withdrawal", end_reason_words().get(str(found.reason), "")

    def _copy_found(self, found: Any, printer: QPrinter | None) -> None:
        paper = self.copy_paper(found)
        action = VOUCHER_COPY if found.refund else RECEIPT_COPY
        facts = {"receipt_no": str(found.receipt_no), "membership_id": str(found.membership_id)}
        station, operator, now = self.station, self.operator, self.clock()
        if printer is not None:  # in the log first: no copy leaves the desk unwritten
            where = printer.printerName() or printer.outputFileName()
            self.call(lambda: record_copy(station, action=action, record_id=found.record_id,
                                          details={**facts, "printer": where}, by=operator,
                                          now=now),
                      lambda _done: self._paint_copy(paper, printer))
            return
        path = self._copy_path(paper)

        def write(to: Path) -> None:
            if isinstance(paper, RefundVoucher):
                write_refund_voucher_pdf(paper, to)
            else:
                write_payment_receipt_pdf(paper, to)

        def logged(where: dict[str, str], then: Callable[[Any], None],
                   failed: Callable[[str], None]) -> None:
            self.show_info(self.tr("Working..."))
            self.runner.start(lambda _progress: record_copy(
                station, action=action, record_id=found.record_id,
                details={**facts, **where}, by=operator, now=now), then, failed)

        save_logged_copy(
            path, write, logged,
            saved=lambda to: self.show_info(self.tr("Saved: %1").replace(
                "%1", isolated(str(to)))),
            refused=self.show_error,
            unsaved=self.tr(
                "The copy could not be saved in %1: check that this folder can be written "
                "(the USB stick plugged in, space left), then save again.")
            .replace("%1", isolated(str(path.parent))))

    def _copy_path(self, paper: PaymentReceipt | RefundVoucher) -> Path:
        """``receipt-<number>-copy-<n>.pdf`` (``refund-`` for a voucher), n the first not
        taken: neither the original's file nor an earlier copy is written over."""
        kind = "refund" if isinstance(paper, RefundVoucher) else "receipt"
        return copy_path(self.receipts_folder(), f"{kind}-{paper.receipt_no}")

    def _paint_copy(self, paper: PaymentReceipt | RefundVoucher, printer: QPrinter) -> None:
        failure = self.tr("The printer could not be started.")
        try:
            if isinstance(paper, RefundVoucher):
                paint_refund_voucher(paper, printer, failure)
            else:
                paint_payment_receipt(paper, printer, failure)
        except OSError as err:
            self.show_error(str(err))
            return
        self.show_info(self.tr("Sent to %1.").replace(
            "%1", printer.printerName() or printer.outputFileName() or self.tr("the printer")))
