"""The address picker: province > district > commune > village by name, kept as codes.

Each level is a labelled, editable drop-down, two levels a line (the labels' Alt letters take
the keyboard to them, the form's own label to the province), of the areas inside the one
chosen above it, shown as
"Name (code)" and searchable by any part of the name or the code. A clerk may also type a
code the gazetteer does not list yet (a new village): it is kept as typed and checked as a
code when the form is validated. The record stores codes only (see
:mod:`station.model.locations`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QGridLayout, QWidget

from station.model.locations import LEVELS, Area, Gazetteer
from station.views.dialog_parts import buddy_label


def area_label(area: Area) -> str:
    return f"{_names(area)} ({area.code})"


def _names(area: Area) -> str:
    # at a desk showing the list's names in its own language, the list's name too: a clerk
    # may type either, and the name in the records and reports of other desks is that one
    if area.listed_name != area.name:
        return f"{area.name} · {area.listed_name}"
    return area.name


def _show_start(box: QComboBox) -> None:
    # a label longer than its box shows its start, the name, not its end (a Khmer desk's
    # "Khmer · Latin (code)" read as the Latin name alone)
    edit = box.lineEdit()
    if edit is not None:
        edit.setCursorPosition(0)


class AddressPicker(QWidget):
    """Four linked drop-downs; :meth:`codes` gives what the record stores."""

    changed = Signal()

    def __init__(self, gazetteer: Gazetteer, hints: dict[str, str],
                 parent: QWidget | None = None, labels: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.gazetteer = gazetteer
        self.boxes: dict[str, QComboBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for at, level in enumerate(LEVELS):
            box = QComboBox()
            box.setObjectName(level)
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            edit = box.lineEdit()
            assert edit is not None  # an editable combo box always has one
            edit.setPlaceholderText(hints.get(level, level))
            completer = QCompleter(box.model(), box)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            box.setCompleter(completer)
            box.activated.connect(lambda _i, lv=level: self._chosen(lv))
            box.currentIndexChanged.connect(lambda _i, b=box: _show_start(b))
            edit.editingFinished.connect(lambda lv=level: self._chosen(lv))
            box.editTextChanged.connect(self.changed)
            self.boxes[level] = box
            # each level named beside its box (the hint is gone once a place is chosen)
            grid.addWidget(buddy_label((labels or {}).get(level, level), box), at // 2,
                           at % 2 * 2)
            grid.addWidget(box, at // 2, at % 2 * 2 + 1)
        self._fill(LEVELS[0], None)
        self._refill_below(LEVELS[0])

    # -- public ---------------------------------------------------------------------------
    def code(self, level: str) -> str:
        """The code at ``level``: the listed area whose label, name or code was typed or
        picked; else an area of that level with the typed name elsewhere in the gazetteer
        (the form's check then says it is not inside the area above); else the text itself,
        taken as a code the gazetteer does not list yet."""
        box = self.boxes[level]
        text = box.currentText().strip()
        if not text:
            return ""
        wanted = text.casefold()
        for i in range(box.count()):
            code = str(box.itemData(i))
            area = self.gazetteer.get(code)
            names = area.every_name if area is not None else ()
            if wanted in (box.itemText(i).casefold(), code.casefold(),
                          *(n.casefold() for n in names)):
                return code
        named = self.gazetteer.named(text, level)
        return named[0].code if named else text

    def codes(self) -> dict[str, str]:
        return {level: self.code(level) for level in LEVELS}

    def set_codes(self, codes: dict[str, str]) -> None:
        """Show the areas with these codes (unknown ones as typed codes), top level first."""
        for level in LEVELS:
            if level in codes:
                self._show(level, codes[level])
                self._refill_below(level)

    # -- helpers --------------------------------------------------------------------------
    def _show(self, level: str, code: str) -> None:
        box = self.boxes[level]
        index = box.findData(code)
        area = self.gazetteer.get(code)
        if index < 0 and area is not None and area.retired:
            index = self._add_retired(box, area)
        if index >= 0:
            box.setCurrentIndex(index)
        else:
            box.setCurrentIndex(-1)
            box.setEditText(area_label(area) if area is not None else code)
        _show_start(box)

    def _add_retired(self, box: QComboBox, area: Area) -> int:
        """The record's own retired area, listed (marked retired) only while it is shown:
        without it the box would show a label that reads as no code at all."""
        above = LEVELS[LEVELS.index(area.level) - 1] if area.level != LEVELS[0] else None
        if above is not None and area.parent != self.code(above):
            return -1  # not inside the area shown above: shown as typed, the form says so
        box.blockSignals(True)
        # the area's name and code, then that the list of places retired it
        box.addItem(self.tr("%1 (%2), retired").replace("%1", _names(area))
                    .replace("%2", area.code), area.code)
        index = box.count() - 1
        box.setItemData(index, self.tr("Retired from the list of places: kept for the records "
                                       "that name it; no new household is registered here."),
                        Qt.ItemDataRole.ToolTipRole)
        box.blockSignals(False)
        return index

    def _chosen(self, level: str) -> None:
        """A level was picked or typed: offer the areas inside it one level down (and no
        longer a retired area the record had there once another is chosen)."""
        box = self.boxes[level]
        for i in reversed(range(box.count())):
            area = self.gazetteer.get(str(box.itemData(i)))
            if area is not None and area.retired and i != box.currentIndex():
                box.blockSignals(True)
                box.removeItem(i)
                box.blockSignals(False)
        self._refill_below(level)

    def _refill_below(self, level: str) -> None:
        at = LEVELS.index(level)
        if at + 1 >= len(LEVELS):
            return
        below = LEVELS[at + 1]
        parent = self.code(level)
        previous = self.code(below)
        self._fill(below, parent or None)
        kids = {a.code for a in self.gazetteer.children(parent)} if parent else set()
        if previous and (previous in kids or self.gazetteer.get(previous) is None):
            self._show(below, previous)  # still inside the new parent, or a typed code
        self._refill_below(below)

    def _fill(self, level: str, parent: str | None) -> None:
        box = self.boxes[level]
        box.blockSignals(True)
        box.clear()
        if parent is not None or level == LEVELS[0]:
            for area in self.gazetteer.children(parent):
                box.addItem(area_label(area), area.code)
        box.setCurrentIndex(0 if box.count() == 1 else -1)  # the only choice is the choice
        if box.count() != 1:
            box.setEditText("")
        box.blockSignals(False)
        _show_start(box)


def form_address(places: Gazetteer) -> AddressPicker:
    """An address picker in the enrolment form's own translated words, for the dialogs that
    change where people live (a correction, a household's new address)."""
    translate = QCoreApplication.translate
    return AddressPicker(places, {
        "province": translate("PersonFormPage", "province"),
        "district": translate("PersonFormPage", "district"),
        "commune": translate("PersonFormPage", "commune"),
        "village": translate("PersonFormPage", "village (name or code)")},
        labels={"province": translate("PersonFormPage", "Province:"),
                "district": translate("PersonFormPage", "Dist&rict:"),
                "commune": translate("PersonFormPage", "&Commune:"),
                "village": translate("PersonFormPage", "&Village:")})
