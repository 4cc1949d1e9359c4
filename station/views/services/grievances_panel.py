"""Grievances at the counter: intake, the work list with status and deadline, the next step.

Intake takes the category (the service and deadline follow from it), the person (or the
serial of the card tapped, or nobody for an anonymous report) and a description. The person
is the one opened from the Enrolment search (:meth:`GrievancesPanel.take_for_person`), or an
id typed; their name shows beside the field. The list shows grievances nearest deadline
first, overdue ones in red, each by its reference (``STATION-YYYYMMDD-G001``, what the
person's slip says); "Find" shows the grievance with the reference typed, or every grievance
of the holder of the card whose serial is typed, closed ones too.
The selected one can be referred, resolved, appealed, closed or withdrawn, with the text in
the "Note" field as the resolution, the appeal reason or the note. The life-cycle itself is
the service's (:mod:`station.services.grievances`): a refused step shows why and writes
nothing.

Every grievance taken is acknowledged in writing: once the intake is recorded, a small dialog
offers its slip (:mod:`station.views.grievance_slip`: save as PDF or print); for a grievance
chosen in the list, "A copy of its acknowledgement" gives the slip again, marked as a copy,
with its status now.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.i18n import current_language
from station.model.adjudication import names_of
from station.model.audit_log import GRIEVANCE_SLIP_COPY, record_copy
from station.registry.models import Operator
from station.registry.models_services import Grievance
from station.services import grievances
from station.services.errors import UnknownRecord
from station.services.grievance_rules import OPEN_STATUSES, GrievancePolicy, load_policy
from station.views.formats import isolated, short_date
from station.views.grievance_slip import GrievanceSlip, GrievanceSlipDialog
from station.views.receipt import CopyMark
from station.views.services.panel import Clock, ServicePanel
from station.views.tables import select_row
from station.views.value_words import grievance_words, service_words, status_words

COLUMNS = ("reference", "status", "category", "deadline", "responsible_service", "person_id",
           "description")


def _day(iso: object) -> str:
    """A stored deadline (ISO day) as the window writes dates."""
    try:
        return short_date(dt.date.fromisoformat(str(iso)[:10]))
    except ValueError:
        return str(iso)


class GrievancesPanel(ServicePanel):
    """Intake form, grievance list (status, deadline) and refer/resolve/appeal/close."""

    def __init__(self, station: Any, operator: Any, clock: Clock,
                 policy: GrievancePolicy | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(station, operator, clock, parent)
        self.policy = policy or load_policy()
        words = grievance_words() if current_language() != "en" else {}
        self._categories = {c.code: words.get(c.code, c.label) for c in self.policy.categories}
        self._services = service_words()
        self._states = status_words()  # the stored codes in the clerk's words
        self.rows: list[dict[str, Any]] = []
        outer = QVBoxLayout(self)

        intake = QGroupBox(self.tr("New grievance"))
        form = QFormLayout(intake)
        self.category = QComboBox()
        self.category.setObjectName("category")
        for c in self.policy.categories:
            self.category.addItem(self.tr("%1 (%n day(s))", "", c.days)
                                  .replace("%1", self._categories[c.code]), c.code)
        self.person = QLineEdit()
        self.person.setObjectName("personId")
        self.person.setPlaceholderText(self.tr("person id (empty: anonymous)"))
        # whom the id names: the name and birth date, read when the id is given
        self.person_name = QLabel()
        self.person_name.setObjectName("grievancePersonName")
        self.card = QLineEdit()
        self.card.setObjectName("cardSerial")
        self.card.setPlaceholderText(self.tr("serial of the card tapped (optional)"))
        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.intake_button = QPushButton(self.tr("&Take the grievance"))
        self.intake_button.setObjectName("intake")
        # Alt letters to every field (a label's "&" is its buddy's): reached only by Tab
        form.addRow(self.tr("&Category"), self.category)
        person_label = QLabel(self.tr("&Person"))
        person_label.setBuddy(self.person)  # a row of two: the form sets no buddy itself
        whom = QHBoxLayout()
        whom.addWidget(self.person, 1)
        whom.addWidget(self.person_name, 1)
        form.addRow(person_label, whom)
        form.addRow(self.tr("Car&d"), self.card)
        form.addRow(self.tr("What &happened"), self.description)
        form.addRow(self.intake_button)
        outer.addWidget(intake)

        self.work = QGroupBox(self.tr("Grievances (nearest deadline first)"))
        wlay = QVBoxLayout(self.work)
        self.open_only = QCheckBox(self.tr("&Open ones only"))  # Alt+O: keyboard only
        self.open_only.setObjectName("openOnly")
        self.open_only.setChecked(True)
        # the grievance a person comes back about, by the reference on their slip (or by
        # their card, the slip lost)
        self.find_box = QLineEdit()
        self.find_box.setObjectName("findReference")
        self.find_box.setPlaceholderText(self.tr("reference on the slip, or card serial; "
                                                 "then Enter"))
        find_label = QLabel(self.tr("F&ind:"))
        find_label.setBuddy(self.find_box)
        # the slip of the grievance chosen, given again (marked as a copy)
        self.slip_button = QPushButton(self.tr("A copy of its ac&knowledgement..."))
        self.slip_button.setObjectName("slipCopy")
        self.slip_button.setEnabled(False)
        self.slip_dialog: GrievanceSlipDialog | None = None  # the last slip offered
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("grievances")
        self.table.setHorizontalHeaderLabels([
            self.tr("Reference"), self.tr("Status"), self.tr("Category"), self.tr("Deadline"),
            self.tr("Service"), self.tr("Person"), self.tr("Description")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("resolution, appeal reason or note"))
        buttons = QHBoxLayout()
        self.step_buttons: dict[str, QPushButton] = {}
        for action, text in (("refer", self.tr("Re&fer")), ("resolve", self.tr("Re&solve")),
                             ("appeal", self.tr("&Appeal")), ("close", self.tr("C&lose")),
                             ("withdraw", self.tr("&Withdraw"))):
            button = QPushButton(text)
            button.setObjectName(action)
            button.clicked.connect(lambda _=False, a=action: self._on_step(a))
            self.step_buttons[action] = button
            buttons.addWidget(button)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refresh")
        buttons.addWidget(self.refresh_button)
        above = QHBoxLayout()
        above.addWidget(self.open_only)
        above.addSpacing(12)
        above.addWidget(find_label)
        # the box takes the room (no stretch beside it): its Indonesian hint was cut short
        above.addWidget(self.find_box, 1)
        above.addWidget(self.slip_button)
        wlay.addLayout(above)
        wlay.addWidget(self.table, 1)
        noting = QHBoxLayout()
        said = QLabel(self.tr("&Note:"))
        said.setBuddy(self.note)
        noting.addWidget(said)
        noting.addWidget(self.note, 1)
        wlay.addLayout(noting)
        wlay.addLayout(buttons)
        outer.addWidget(self.work, 1)
        self.message.setObjectName("grievancesMessage")
        outer.addWidget(self.message)

        self.intake_button.clicked.connect(self._on_intake)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_only.toggled.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._offer_copy)
        self.slip_button.clicked.connect(self.give_copy)
        self.find_box.returnPressed.connect(self._on_find)
        self.person.editingFinished.connect(self._name_person)
        self.person.textEdited.connect(lambda _text: self.person_name.clear())

    def action_buttons(self) -> list[QWidget]:
        return [self.intake_button, self.refresh_button, *self.step_buttons.values()]

    def _on_busy(self, busy: bool) -> None:
        super()._on_busy(busy)
        self._offer_copy()

    def _offer_copy(self) -> None:
        """A copy of the slip: while a grievance is chosen (and no call runs)."""
        self.slip_button.setEnabled(self.selected() is not None and not self.runner.busy)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def take_for_card(self, card_serial: str) -> None:
        """Start an intake for the card just tapped (the person comes from the card)."""
        self.card.setText(card_serial)
        self.person.clear()
        self.person_name.clear()
        self.description.setFocus()

    def take_for_person(self, person_id: str) -> None:
        """The person opened from the Enrolment search is the next grievance's: their id in
        the field (what is recorded), their name beside it."""
        self.person.setText(person_id)
        self.card.clear()
        self._name_person()

    def _name_person(self) -> None:
        person_id = self.person.text().strip()
        self.person_name.clear()
        if not person_id:
            return
        station = self.station

        def named(names: dict[str, dict[str, str]]) -> None:
            if self.person.text().strip() == person_id:  # not another typed meanwhile
                self.person_name.setText(self._whom(names.get(person_id)))

        self.runner.start(lambda _progress: names_of(station, [person_id]), named,
                          lambda _error: None)  # the intake says what is wrong with the id

    def _whom(self, person: dict[str, str] | None) -> str:
        """"Name, born 01/05/1990" (the local and Latin names where they differ)."""
        if person is None:
            return self.tr("no person has this id")
        names = [n for n in (person.get("local_name"), person.get("latin_name")) if n]
        born = person.get("birth_date")
        return self.tr("%1, born %2").replace(
            "%1", isolated(" / ".join(dict.fromkeys(names)))).replace(
            "%2", short_date(dt.date.fromisoformat(born)) if born else "?")

    def _on_find(self) -> None:
        """The grievance with the reference (or id) typed, or those of the card's holder,
        alone in the list whatever their status (:func:`grievances.find`); the list stays as
        it was when none has it."""
        typed = self.find_box.text().strip()
        if not typed:
            self.refresh()
            return
        station = self.station
        self.call(lambda: grievances.find(station, typed),
                  lambda rows: self._on_found(typed, rows))

    def _on_found(self, typed: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            self.show_error(self.tr("No grievance has the reference or card %1.")
                            .replace("%1", isolated(typed)))
            return
        self.table.setCurrentCell(-1, -1)  # what was found is chosen afresh, not kept
        self._show(rows)
        if len(rows) > 1:  # the card holder's: the clerk picks the one they come about
            self.show_info(self.tr("%n grievance(s) of this card's holder: choose one.", "",
                                   len(rows)))
            return
        select_row(self.table, 0)
        g = rows[0]
        self.show_info(self.tr("Grievance %1: %2, deadline %3.")
                       .replace("%1", isolated(str(g["reference"])))
                       .replace("%2", self._states.get(g["status"], str(g["status"])))
                       .replace("%3", _day(g["deadline"])))

    def refresh(self) -> None:
        station, open_only = self.station, self.open_only.isChecked()
        self.call(lambda: grievances.listing(station, open_only=open_only), self._show,
                  quiet=True)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        chosen = self.selected()
        self.rows = rows
        today = self.today()
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)  # a row is chosen by its grievance, not its place
        self.table.setRowCount(len(rows))
        for r, g in enumerate(rows):
            overdue = (g["status"] in OPEN_STATUSES
                       and dt.date.fromisoformat(g["deadline"]) < today)
            category = self._categories.get(g["category"], g["category"])
            cells = {"category": category, "deadline": _day(g["deadline"]),
                     "status": self._states.get(g["status"], g["status"]),
                     "responsible_service": self._services.get(
                         g["responsible_service"], str(g["responsible_service"]).replace("_", " ")),
                     "person_id": (g.get("person_name") or g["person_id"] or
                                   self.tr("anonymous"))}
            for c, key in enumerate(COLUMNS):
                item = QTableWidgetItem(str(cells.get(key, g[key])))
                if key == "person_id" and g["person_id"]:
                    item.setToolTip(str(g["person_id"]))  # the id, for a look-up
                if overdue:
                    item.setForeground(QColor("#a00"))
                self.table.setItem(r, c, item)
        for column in range(len(COLUMNS) - 1):  # whole categories; the description the rest
            self.table.resizeColumnToContents(column)
        self.work.setTitle(self.tr("Grievances, nearest deadline first ({0} shown)")
                           .format(len(rows)))
        # the grievance chosen before stays chosen; one that left the list leaves none: the
        # one that moved into its row is not the one the clerk chose
        kept = [r for r, g in enumerate(rows) if chosen is not None and g["id"] == chosen["id"]]
        if kept:
            select_row(self.table, kept[0])

    def selected(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _on_intake(self) -> None:
        station, operator, now = self.station, self.operator, self.clock()
        category = str(self.category.currentData())
        description = self.description.text()
        person = self.person.text().strip() or None
        card = self.card.text().strip() or None

        def take() -> dict[str, Any]:
            gid = grievances.intake(station, category=category, description=description,
                                    operator=operator, now=now, person_id=person,
                                    card_serial=card)
            return grievances.listing(station, grievance_id=gid)[0]

        self.call(take, self._on_taken)

    def _on_taken(self, g: dict[str, Any]) -> None:
        self.description.clear()
        self.person.clear()
        self.person_name.clear()
        self.card.clear()
        grievance_id = str(g["id"])
        said = self.tr("Grievance {0} received.").format(isolated(str(g["reference"])))
        self.show_info(said)
        self.changed.emit()
        self.refresh()
        station = self.station

        def unprepared(error: str) -> None:  # recorded all the same: its copy can be given
            self.show_error(said + " " + self.tr("Its acknowledgement could not be prepared: "
                                                 "{0}").format(error))

        self.runner.start(lambda _progress: _on_file(station, grievance_id),
                          lambda found: self._offer_slip(found, copy=False), unprepared)

    def give_copy(self) -> None:
        """The slip of the grievance chosen, again, marked as a copy printed now."""
        chosen = self.selected()
        if chosen is None:
            self.show_error(self.tr("Select a grievance in the list first."))
            return
        station, gid = self.station, str(chosen["id"])
        self.call(lambda: _on_file(station, gid),
                  lambda found: self._offer_slip(found, copy=True))

    def slip(self, found: tuple[dict[str, Any], str, str], *, copy: bool) -> GrievanceSlip:
        """The slip of the grievance ``found`` (its row, whom it concerns, who took it), in
        the desk's words; ``copy``: printed now by the operator signed in."""
        from station.app import station_title

        g, holder, received_by = found
        zone = self.station.settings.office_zone

        def office(iso: str) -> dt.datetime:  # stored UTC, naive
            at = dt.datetime.fromisoformat(iso)
            return (at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)).astimezone(zone)

        operator = self.operator
        now_by = str(getattr(operator, "full_name", "") or getattr(operator, "username", ""))
        mark = CopyMark(printed_at=office(self.clock().isoformat()), printed_by=now_by)
        resolved = g.get("resolved_at")
        return GrievanceSlip(
            station_name=station_title(self.station.settings),
            operator=received_by if copy else (now_by or received_by),
            issued_at=office(str(g["received_at"])), reference=str(g["reference"]),
            category=self._categories.get(g["category"], str(g["category"])),
            holder=holder,
            service=self._services.get(g["responsible_service"],
                                       str(g["responsible_service"]).replace("_", " ")),
            deadline=dt.date.fromisoformat(str(g["deadline"])[:10]),
            appeal_window_days=self.policy.appeal_window_days,
            copy=mark if copy else None,
            status=self._states.get(g["status"], str(g["status"])) if copy else "",
            resolved_on=(office(str(resolved)).date() if copy and resolved else None))

    def _offer_slip(self, found: tuple[dict[str, Any], str, str], *, copy: bool) -> None:
        if copy:
            self.show_info("")
        if self.slip_dialog is not None:  # the previous one's, if still open
            self.slip_dialog.close()
            self.slip_dialog.deleteLater()
        station, operator, clock = self.station, self.operator, self.clock
        gid, reference = found[0]["id"], found[0]["reference"]

        def log_copy(where: dict[str, str]) -> None:
            record_copy(station, action=GRIEVANCE_SLIP_COPY, record_id=str(gid),
                        details={"reference": str(reference), **where}, by=operator,
                        now=clock())

        self.slip_dialog = GrievanceSlipDialog(
            self.slip(found, copy=copy), Path(self.station.settings.data_dir) / "receipts",
            self, log_copy=log_copy)
        self.slip_dialog.open()  # window-modal; the grievance is recorded already

    def _on_step(self, action: str) -> None:
        chosen = self.selected()
        if chosen is None:
            self.show_error(self.tr("Select a grievance in the list first."))
            return
        station, operator, now = self.station, self.operator, self.clock()
        gid, note = chosen["id"], self.note.text().strip()
        steps = {
            "refer": lambda: grievances.refer(station, gid, operator=operator, now=now,
                                              note=note or None),
            "resolve": lambda: grievances.resolve(station, gid, note, operator=operator,
                                                  now=now),
            "appeal": lambda: grievances.appeal(station, gid, note, operator=operator, now=now),
            "close": lambda: grievances.close(station, gid, operator=operator, now=now,
                                              note=note or None),
            "withdraw": lambda: grievances.withdraw(station, gid, operator=operator, now=now,
                                                    note=note or None),
        }
        self.call(steps[action], self._on_stepped)

    def _on_stepped(self, g: dict[str, Any]) -> None:
        self.note.clear()
        self.show_info(self.tr("Grievance {0} is now {1} (deadline {2}).").format(
            isolated(str(g["reference"])), self._states.get(g["status"], g["status"]),
            _day(g["deadline"])))
        self.changed.emit()
        self.refresh()


def _on_file(station: Any, grievance_id: str) -> tuple[dict[str, Any], str, str]:
    """What the slip says of a grievance: its row (:func:`grievances.listing`), whom it
    concerns ("local (Latin)" as the receipts name a person; "" when anonymous) and the
    full name of the clerk who took it ("" when not on file)."""
    rows = grievances.listing(station, grievance_id=grievance_id)
    if not rows:
        raise UnknownRecord("grievance", grievance_id)
    g = rows[0]
    holder = ""
    if g["person_id"]:
        names = names_of(station, [str(g["person_id"])]).get(str(g["person_id"]), {})
        local, latin = names.get("local_name", ""), names.get("latin_name", "")
        holder = (f"{local} ({latin})" if local and latin and local != latin
                  else local or latin or str(g["person_id"]))
    with station.reading() as session:
        received_by = session.scalar(
            sa.select(Operator.full_name).join(Grievance, Grievance.operator_id == Operator.id)
            .where(Grievance.id == grievance_id))
    return g, holder, str(received_by or "")
