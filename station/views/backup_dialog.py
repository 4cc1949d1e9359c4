"""The supervisor's backup dialog: where to write the file, and its passphrase (twice)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from station.model.backup import MIN_PASSPHRASE
from station.views.dialog_parts import add_error_and_buttons
from station.views.file_dialogs import choose_folder


class BackupDialog(QDialog):
    """Asks for a folder (a USB stick) and a passphrase; checks them before it closes."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up the station"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        intro = QLabel(self.tr(
            "The backup holds the whole station: its people, fingerprints, keys and the "
            "records not yet sent to the centre. Another computer can become this station "
            "from it. Keep the passphrase apart from the file."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.folder = QLineEdit(str(folder))
        self.folder.setObjectName("backupFolder")
        choose = QPushButton(self.tr("C&hoose..."))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        label = QLabel(self.tr("Save in &folder"))
        label.setBuddy(self.folder)  # a row holding a layout gets no buddy by itself
        form.addRow(label, row)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("backupPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("backupAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.tr("&Again"), self.again)
        self.error, _ok = add_error_and_buttons(
            form, self, error_name="backupError", ok_name="backupOk", check=self._check,
            ok_text=self.tr("&Back up"))
        for field in (self.folder, self.passphrase, self.again):
            field.textEdited.connect(lambda _text: self.error.clear())

    def chosen(self) -> tuple[Path, str]:
        """The folder and the passphrase (valid once the dialog was accepted)."""
        return Path(self.folder.text().strip()).expanduser(), self.passphrase.text()

    def _choose(self) -> None:
        found = choose_folder(self, self.tr("Save the backup in"), self.folder.text())
        if found:
            self.folder.setText(found)
            self.error.clear()

    def _check(self) -> None:
        folder, passphrase = self.chosen()
        if not folder.is_dir():
            self.error.setText(self.tr("The folder %1 does not exist.").replace(
                "%1", str(folder)))
        elif len(passphrase) < MIN_PASSPHRASE:
            self.error.setText(self.tr("The passphrase needs at least %1 characters.")
                               .replace("%1", str(MIN_PASSPHRASE)))
        elif self.again.text() != passphrase:
            self.error.setText(self.tr("The two passphrases differ."))
        else:
            self.accept()
