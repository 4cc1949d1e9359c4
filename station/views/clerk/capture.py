"""Fingerprint capture, finger by finger: live image, quality, minutiae, guidance, exceptions.

Keyboard: Space or Alt+C captures (then moves to the next finger), Alt+R retries, Alt+A marks
the finger not available, the finger list moves with the arrow keys. Capture and extraction
run in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station.capture.base import Finger, Scanner, SyntheticPeople
from station.model.ui_capture import (
    GOOD_QUALITY,
    MAX_ATTEMPTS,
    MIN_QUALITY,
    UNAVAILABLE_REASONS,
    CaptureRejected,
    CaptureSheet,
    FingerCapture,
    FingerStatus,
    capture_and_extract,
    few_ridge_details,
    guidance,
    minutiae_of,
)
from station.views.dialog_parts import FormDialog
from station.views.fingerprint import FingerprintView
from station.views.fingers import finger_name
from station.views.workers import TaskRunner

CaptureFn = Callable[[Scanner, Finger], tuple[Any, Any]]

GREEN, AMBER, RED = "#2e7d32", "#f9a825", "#c62828"


def few_details(entry: FingerCapture) -> bool:
    """A print that rates well but carries too few minutiae to be matched later: the
    guidance asks for a flatter touch, so nothing on the screen may call it good."""
    return few_ridge_details(minutiae_of(entry.template), entry.quality)


def done_with(entry: FingerCapture) -> bool:
    """The guidance says to go on to the next finger: a good print, or, after the last
    try, an acceptable one (keep the best print; with few ridge details, capture more
    fingers), or a finger declared not available."""
    if entry.status is FingerStatus.UNAVAILABLE:
        return True
    if not entry.accepted:
        return False
    if entry.attempts >= MAX_ATTEMPTS:
        return True
    return (entry.quality or 0) >= GOOD_QUALITY and not few_details(entry)


def quality_colour(entry: FingerCapture) -> str:
    """Green only for a print the guidance calls good; amber for one it keeps but asks
    to retry (few ridge details included); red for one it does not keep."""
    q = entry.quality or 0
    if q < MIN_QUALITY:
        return RED
    return GREEN if q >= GOOD_QUALITY and not few_details(entry) else AMBER


def reason_words() -> dict[str, str]:
    """The "finger not available" reasons by their recorded code, in the interface language."""
    translate = QCoreApplication.translate
    return dict(zip(UNAVAILABLE_REASONS, (
        translate("UnavailableDialog", "Amputated"),
        translate("UnavailableDialog", "Injured or bandaged"),
        translate("UnavailableDialog", "Worn or scarred"),
        translate("UnavailableDialog", "Other")), strict=True))


def reason_shown(reason: str) -> str:
    """A recorded reason ("injured or bandaged: old injury") with its code in the interface
    language's words; the clerk's note, or a reason worded elsewhere, as it was typed."""
    code, sep, note = reason.partition(": ")
    label = reason_words().get(code)
    return reason if label is None else label + sep + note


class UnavailableDialog(FormDialog):
    """Asks why a finger cannot be captured; the reason is recorded with the enrolment."""

    def __init__(self, finger: Finger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Finger not available"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Why can the %1 not be captured?").replace(
            "%1", finger_name(finger).lower())))
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        for code, label in reason_words().items():
            self.reason.addItem(label, code)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def typed(self) -> bool:
        return bool(self.note.text().strip())

    def reason_text(self) -> str:
        code = str(self.reason.currentData())
        note = self.note.text().strip()
        return f"{code}: {note}" if note else code


class CapturePage(QWidget):
    """Shows the :class:`CaptureSheet` and drives the scanner; holds no domain state itself."""

    changed = Signal()
    #: Enter on the finger list: the clerk means Next
    submitted = Signal()

    def __init__(self, scanner: Scanner | None, sheet: CaptureSheet | None = None,
                 capture: CaptureFn = capture_and_extract,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scanner = scanner
        self._capture = capture
        self.sheet = sheet or CaptureSheet()
        self._runner = TaskRunner(self)
        self._runner.busy_changed.connect(self._on_busy)

        self.fingers = QListWidget()
        self.fingers.setObjectName("fingers")
        self.fingers.setMaximumWidth(260)
        self.fingers.setAccessibleName(self.tr("Fingers"))
        for finger in self.sheet.fingers:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, int(finger))
            self.fingers.addItem(item)
        self.fingers.currentRowChanged.connect(self._on_select)

        self.view = FingerprintView()
        self.view.setObjectName("print")
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.quality_bar = QProgressBar()
        self.quality_bar.setObjectName("quality")
        self.quality_bar.setRange(0, 100)
        self.quality_bar.setFormat(self.tr("Quality %v / 100"))
        self.minutiae_label = QLabel()
        self.guidance = QLabel()
        self.guidance.setObjectName("guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setStyleSheet("font-size: 12pt;")
        self.error = QLabel()
        self.error.setObjectName("captureError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-size: 11pt;")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.capture_button = QPushButton(self.tr("&Capture (Space)"))
        self.capture_button.setObjectName("capture")
        self.capture_button.clicked.connect(self.capture_next)
        self.retry_button = QPushButton(self.tr("&Retry this finger"))
        self.retry_button.setObjectName("retry")
        self.retry_button.clicked.connect(self.capture_selected)
        self.unavailable_button = QPushButton(self.tr("Finger not &available..."))
        self.unavailable_button.setObjectName("unavailable")
        self.unavailable_button.clicked.connect(self._on_unavailable)
        self.scanner_label = QLabel()
        self.scanner_label.setStyleSheet("color: #555;")
        # the demo scanner: which synthetic person is at the counter (a new one per
        # enrolment; an earlier number brings that person back, to show a duplicate)
        self.demo_person = QSpinBox()
        self.demo_person.setObjectName("demoPerson")
        self.demo_person.setRange(0, 999_999)
        self.demo_person.setPrefix(self.tr("Demo person at the scanner: "))
        self.demo_person.setToolTip(self.tr("Synthetic fingers: another number is another "
                                            "person; an earlier number brings that person "
                                            "back (a duplicate)."))
        self.demo_person.setVisible(isinstance(scanner, SyntheticPeople))
        if isinstance(scanner, SyntheticPeople):
            self.demo_person.setValue(scanner.person_seed)
        self.demo_person.valueChanged.connect(self._on_demo_person)

        side = QVBoxLayout()
        side.addWidget(self.title)
        side.addWidget(self.quality_bar)
        side.addWidget(self.minutiae_label)
        side.addWidget(self.guidance)
        side.addWidget(self.error)
        side.addWidget(self.busy)
        side.addStretch(1)
        side.addWidget(self.capture_button)
        side.addWidget(self.retry_button)
        side.addWidget(self.unavailable_button)
        side.addWidget(self.scanner_label)
        side.addWidget(self.demo_person)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMaximumWidth(340)
        row = QHBoxLayout(self)
        row.addWidget(self.fingers)
        row.addWidget(self.view, 1)
        row.addWidget(side_box)

        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.capture_next)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter on the list: Next
            QShortcut(QKeySequence(key), self.fingers, self.submitted.emit,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self._refresh_all()
        self.fingers.setCurrentRow(0)
        if scanner is None or not scanner.available():
            self.capture_button.setEnabled(False)
            self.error.setText(self.tr("No scanner is connected. Connect one, or start the "
                                       "station with --scanner FOLDER."))
        self.setFocusProxy(self.fingers)

    # -- public ---------------------------------------------------------------------------
    def selected(self) -> Finger:
        item = self.fingers.currentItem() or self.fingers.item(0)
        assert item is not None
        return Finger(int(item.data(Qt.ItemDataRole.UserRole)))

    def select(self, finger: Finger) -> None:
        self.fingers.setCurrentRow(list(self.sheet.fingers).index(finger))

    def capture_next(self) -> None:
        """Capture the selected finger, or, once the guidance says to go on (:func:`done_with`:
        a good print, the last try's acceptable one, or the finger not available), the next
        pending one."""
        entry = self.sheet[self.selected()]
        if done_with(entry):
            nxt = self.sheet.next_pending(after=entry.finger)
            if nxt is None:
                return
            self.select(nxt)
        if self.sheet[self.selected()].status is FingerStatus.UNAVAILABLE:
            return
        self.capture_selected()

    def capture_selected(self) -> None:
        """Capture and extract the selected finger in a worker thread."""
        if self.scanner is None or self._runner.busy:
            return
        finger, scanner, capture = self.selected(), self.scanner, self._capture

        def attempt(_progress: Any) -> Any:
            # a print rejected comes back as itself (typed), to be said in the desk's words
            try:
                return capture(scanner, finger)
            except CaptureRejected as rejected:
                return rejected

        self.error.clear()
        self._runner.start(attempt, lambda result: self._on_captured(finger, result),
                           self.error.setText)

    def mark_unavailable(self, finger: Finger, reason: str) -> None:
        self.sheet.mark_unavailable(finger, reason)
        self._refresh_all()
        self._show(finger)
        self.changed.emit()

    def wait(self) -> None:
        self._runner.wait()

    # -- slots ------------------------------------------------------------------------------
    def _on_captured(self, finger: Finger, result: tuple[Any, Any] | CaptureRejected) -> None:
        if isinstance(result, CaptureRejected):
            self._on_rejected(finger)
            return
        image, template = result
        quality = int(getattr(template, "quality", 0))
        self.sheet.record(finger, image, template, quality)
        self._refresh_all()
        self.select(finger)
        self._show(finger)
        self.changed.emit()

    def _on_rejected(self, finger: Finger) -> None:
        """Say why the attempt gave no print (:class:`CaptureRejected`: an image, but no
        usable print in it), in the interface language; a scanner's or matcher's other
        errors come as the worker says them (``plain_message``)."""
        self.error.setText(self.tr("%1: the scanner image shows no fingerprint. Place the "
                                   "finger flat on the glass and retry.")
                           .replace("%1", finger_name(finger)))

    def _on_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        ok = not busy and self.scanner is not None
        self.capture_button.setEnabled(ok)
        self.retry_button.setEnabled(ok)

    def _on_select(self, _row: int) -> None:
        self._show(self.selected())

    def _on_unavailable(self) -> None:
        finger = self.selected()
        dialog = UnavailableDialog(finger, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.mark_unavailable(finger, dialog.reason_text())

    def _guidance_tr(self) -> dict[str, str]:
        """The model's guidance sentences in the interface language."""
        return {
            "Place the finger flat on the scanner and press Capture.":
                self.tr("Place the finger flat on the scanner and press Capture."),
            "Good print. Continue with the next finger.":
                self.tr("Good print. Continue with the next finger."),
            "Still poor after several tries: keep the best print, or mark the finger not "
            "available with a reason.":
                self.tr("Still poor after several tries: keep the best print, or mark the "
                        "finger not available with a reason."),
            "Acceptable. A retry may give a better print: roll less, press evenly.":
                self.tr("Acceptable. A retry may give a better print: roll less, press "
                        "evenly."),
            "Few ridge details found: press the whole fingertip flat (not just the tip), "
            "then retry.":
                self.tr("Few ridge details found: press the whole fingertip flat (not just "
                        "the tip), then retry."),
            "Few ridge details even after several tries: keep the best print and capture "
            "more fingers, or mark it not available.":
                self.tr("Few ridge details even after several tries: keep the best print and "
                        "capture more fingers, or mark it not available."),
            "Poor print: wipe the finger and the glass, place the finger flat and centred, "
            "press gently, then retry.":
                self.tr("Poor print: wipe the finger and the glass, place the finger flat and "
                        "centred, press gently, then retry."),
        }

    # -- drawing ------------------------------------------------------------------------------
    def _item_text(self, finger: Finger) -> str:
        entry = self.sheet[finger]
        if entry.status is FingerStatus.CAPTURED:
            mark = "✔" if entry.accepted else "✖"
            return f"{mark} {finger_name(finger)} — {entry.quality}"
        if entry.status is FingerStatus.UNAVAILABLE:
            missing = self.tr("not available")  # lupdate reads no tr() inside an f-string
            return f"— {finger_name(finger)} ({missing})"
        return f"○ {finger_name(finger)}"

    def _on_demo_person(self, seed: int) -> None:
        if isinstance(self.scanner, SyntheticPeople) and seed != self.scanner.person_seed:
            self.scanner.switch_person(seed)
            self._refresh_all()

    def _refresh_all(self) -> None:
        for row in range(self.fingers.count()):
            item = self.fingers.item(row)
            if item is not None:
                item.setText(self._item_text(Finger(int(item.data(Qt.ItemDataRole.UserRole)))))
        name = self.scanner.name if self.scanner is not None else self.tr("none")
        if isinstance(self.scanner, SyntheticPeople):  # its name is the generator's English
            name = self.tr("demo scanner (synthetic person %1)").replace(
                "%1", str(self.scanner.person_seed))
        self.scanner_label.setText(self.tr("Scanner: %1").replace("%1", name))

    def _show(self, finger: Finger) -> None:
        entry = self.sheet[finger]
        self.title.setText(finger_name(finger))
        nxt = self.sheet.next_pending(after=finger) if done_with(entry) else None
        if nxt is not None:
            self.capture_button.setText(
                self.tr("Ne&xt finger: %1 (Space)").replace("%1", finger_name(nxt)))
        else:
            self.capture_button.setText(self.tr("&Capture (Space)"))
        self.retry_button.setVisible(entry.status is FingerStatus.CAPTURED)
        minutiae = None if entry.template is None else entry.template.minutiae
        self.view.show_print(entry.image, minutiae)
        q = entry.quality or 0
        self.quality_bar.setValue(q)
        self.quality_bar.setStyleSheet(
            f"QProgressBar::chunk {{ background: {quality_colour(entry)}; }}")
        self.quality_bar.setVisible(entry.status is FingerStatus.CAPTURED)
        self.minutiae_label.setText(
            self.tr("%1 minutiae").replace("%1", str(self.view.minutiae_count))
            if entry.status is FingerStatus.CAPTURED else "")
        if entry.status is FingerStatus.UNAVAILABLE:
            self.guidance.setText(self.tr("Not available: %1").replace(
                "%1", reason_shown(entry.reason)))
        else:
            text = guidance(entry.quality, entry.attempts, minutiae_of(entry.template))
            self.guidance.setText(self._guidance_tr().get(text, text))
