"""What every table of the window needs beyond Qt's own: a row selected in either direction,
and the read-only lists of the supervisor's tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView, QTableWidget


def select_row(table: QTableView, row: int) -> None:
    """Make ``row`` the current row, selected whole (the tables select by rows).

    ``QTableView.selectRow`` takes the row's cell at the viewport's leading edge; right to
    left it looks past the last column and selects nothing, which left Urdu desks with no
    found person, candidate or case selected (and the buttons that act on one greyed out).
    """
    model = table.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    table.setCurrentIndex(model.index(row, 0))


def list_table(name: str, headers: list[str]) -> QTableWidget:
    """A read-only list named ``name`` with ``headers``: one whole row selected at a time,
    the last column taking the width left (what needs doing, what is wrong)."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table
