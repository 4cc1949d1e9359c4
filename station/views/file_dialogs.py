"""Choosing a folder or a file name in the desk's language.

Qt ships no Khmer, Urdu or Indonesian translation of its base library (no ``qtbase_km.qm``,
``qtbase_ur.qm``, ``qtbase_id.qm`` beside PySide6), and a desktop's native dialog speaks the
computer's language, not the desk's. At a desk in another language than English the window
therefore uses Qt's own file dialog, whose words go through the translators: Qt's where it
ships one, ours otherwise (the words are marked in :mod:`station.views.qt_words`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

from station.i18n import current_language


def _dialog(parent: QWidget | None, title: str, start: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, start)
    if current_language() != "en":  # the native one speaks the computer's language
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


def folder_dialog(parent: QWidget | None, title: str, start: str = "") -> QFileDialog:
    """A dialog that picks an existing folder, starting in ``start``."""
    dialog = _dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return dialog


def save_dialog(parent: QWidget | None, title: str, start: str, name_filter: str
                ) -> QFileDialog:
    """A dialog that names a file to write, proposing ``start`` (a folder and file name)."""
    dialog = _dialog(parent, title, start)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    return dialog


def open_dialog(parent: QWidget | None, title: str, start: str, name_filter: str
                ) -> QFileDialog:
    """A dialog that picks an existing file to read, starting in ``start``."""
    dialog = _dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    return dialog


def _chosen(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return ""
        files = dialog.selectedFiles()
        return files[0] if files else ""
    finally:
        dialog.deleteLater()


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    """The folder chosen, or "" when the dialog was cancelled."""
    return _chosen(folder_dialog(parent, title, start))


def choose_save_file(parent: QWidget | None, title: str, start: str, name_filter: str) -> str:
    """The file name chosen to write, or "" when the dialog was cancelled."""
    return _chosen(save_dialog(parent, title, start, name_filter))


def choose_open_file(parent: QWidget | None, title: str, start: str, name_filter: str) -> str:
    """The existing file chosen to read, or "" when the dialog was cancelled."""
    return _chosen(open_dialog(parent, title, start, name_filter))
