"""The supervisor's "Erase the fingerprints" dialog: a person withdraws their consent to
fingerprints. It says what follows, asks who asks (the person, or a child's parent or
guardian, named) and checks what the model checks; :func:`station.model.erasure.
erase_fingerprints` does the work (and refuses what it must: a duplicate case still open,
nothing left to erase)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from station.model.erasure import ErasureRefused, check_request
from station.views.dialog_parts import FormDialog, add_error_and_buttons, buddy_label
from station.views.formats import isolated, short_date


class ErasureDialog(FormDialog):
    """Who asks for a person's fingerprints to be erased, after what it means was said."""

    def __init__(self, name: str, born: dt.date, today: dt.date, fingers: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._born, self._today = born, today
        self.setWindowTitle(self.tr("Erase the fingerprints"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        who = QLabel(self.tr("%1, born %2").replace("%1", isolated(name))
                     .replace("%2", short_date(born)))
        form.addRow(who)
        intro = QLabel(self.tr(
            "The person withdraws their consent to fingerprints. Their %n finger(s) are "
            "erased here, and the central registry erases its copies. They stay registered "
            "in their programmes.", "", fingers))
        intro.setWordWrap(True)
        form.addRow(intro)
        told = QLabel(self.tr(
            "Tell them first: the registry can no longer find them by their fingers, and a "
            "hospital cannot check their finger against the card. A card they hold keeps "
            "the prints it was written with until a new card replaces it."))
        told.setObjectName("erasureTold")
        told.setWordWrap(True)
        told.setStyleSheet("font-weight: bold;")
        form.addRow(told)
        self.asked = QComboBox()
        self.asked.setObjectName("erasureAskedBy")
        for code, label in (("", self.tr("— choose —")),
                            ("self", self.tr("The person")),
                            ("guardian", self.tr("A parent or guardian"))):
            self.asked.addItem(label, code)
        form.addRow(buddy_label(self.tr("&Asked by:"), self.asked), self.asked)
        self.guardian = QLineEdit()
        self.guardian.setObjectName("erasureGuardian")
        self.guardian.setPlaceholderText(self.tr("the parent's or guardian's name"))
        form.addRow(buddy_label(self.tr("&Guardian:"), self.guardian), self.guardian)
        self.error, self.ok = add_error_and_buttons(
            form, self, error_name="erasureError", ok_name="erasureOk", check=self._check,
            ok_text=self.tr("&Erase the fingerprints"))
        self.asked.currentIndexChanged.connect(self._on_asked)
        self.guardian.textEdited.connect(lambda _text: self.error.clear())
        self._on_asked()
        self.asked.setFocus()

    def typed(self) -> bool:
        return bool(self.asked.currentData()) or bool(self.guardian.text().strip())

    def chosen(self) -> tuple[str, str | None]:
        """Who asks ("self" or "guardian") and the guardian's name (once accepted)."""
        asked_by = str(self.asked.currentData() or "")
        return asked_by, (self.guardian.text().strip() or None
                          if asked_by == "guardian" else None)

    def _on_asked(self) -> None:
        self.error.clear()
        self.guardian.setEnabled(self.asked.currentData() == "guardian")

    def _check(self) -> None:
        asked_by, guardian = self.chosen()
        if not asked_by:
            self.error.setText(self.tr("Choose who asks for the fingerprints to be erased."))
            self.asked.setFocus()
            return
        try:
            check_request(asked_by, guardian, self._born, self._today)
        except ErasureRefused as refused:
            if refused.field == "guardian":
                self.error.setText(self.tr("Name the parent or guardian who asks."))
                self.guardian.setFocus()
            else:
                self.error.setText(self.tr("The person is a child: a parent or guardian "
                                           "asks for them."))
                self.asked.setFocus()
            return
        self.accept()
