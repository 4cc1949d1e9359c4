"""The vulnerability questionnaire as a form, generated from ``station/data/vulnerability.json``.

One row per question, in the interface language (:mod:`.questionnaire_words`): a choice is a
drop-down of its options, yes/no a drop-down, a number a spin box. Every field starts
unanswered ("—"); :meth:`AssessmentForm.answers` returns only the answered ones, so the
service's own check names the first question left open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QSpinBox, QWidget

from station.services.questionnaire import Answer, Question, Questionnaire
from station.views.services.questionnaire_words import (
    answer_text,
    question_label,
    question_text,
)

UNANSWERED = "—"


class AssessmentForm(QWidget):
    """Fields named after the question ids (``objectName`` = id), answers read back as data."""

    def __init__(self, questionnaire: Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.fields: dict[str, QWidget] = {}
        layout = QFormLayout(self)
        # twelve rows at their full height in the scrolling tab: no margin, little spacing
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(3)
        for question in questionnaire.questions:
            field = self._field(question)
            field.setObjectName(question.id)
            field.setToolTip(question_text(question.id, question.text))  # not the English
            self.fields[question.id] = field
            # the label's Alt letter takes the keyboard to the answer (the clerk asks the
            # questions in the household's order, not the form's)
            layout.addRow(question_label(question.id, question.text), field)

    @staticmethod
    def _field(question: Question) -> QWidget:
        if question.type == "number":
            box = QSpinBox()
            low = int(question.minimum if question.minimum is not None else 0)
            box.setRange(low - 1, int(question.maximum if question.maximum is not None
                                      else 1_000_000))
            box.setSpecialValueText(UNANSWERED)  # shown at the minimum: not answered yet
            box.setValue(low - 1)
            return box
        combo = QComboBox()
        combo.addItem(UNANSWERED, None)
        if question.type == "yes_no":
            combo.addItem(answer_text("yes"), True)
            combo.addItem(answer_text("no"), False)
        else:
            for value in question.options:
                combo.addItem(answer_text(value), value)
        return combo

    def answers(self) -> dict[str, Answer]:
        """The answered questions as the service takes them (unanswered ones left out)."""
        found: dict[str, Answer] = {}
        for qid, field in self.fields.items():
            if isinstance(field, QSpinBox):
                if field.value() != field.minimum():
                    found[qid] = field.value()
            elif isinstance(field, QComboBox) and field.currentData() is not None:
                found[qid] = field.currentData()
        return found

    def set_answers(self, answers: dict[str, Any]) -> None:
        """Fill the form (e.g. from the household's last assessment)."""
        for qid, value in answers.items():
            field = self.fields.get(qid)
            if isinstance(field, QSpinBox):
                field.setValue(int(value))
            elif isinstance(field, QComboBox):
                index = field.findData(value)
                if index >= 0:
                    field.setCurrentIndex(index)
