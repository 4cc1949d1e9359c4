"""The station's main window: header, sign-in, then one tab per mode the operator may use.

Ctrl+1..Ctrl+4 switch modes; every control is reachable with Tab and has a mnemonic.
Changing the interface language rebuilds the window's widgets (the session is kept).
After ``ctx.idle_lock_minutes`` (:data:`IDLE_LOCK_MINUTES` unless SWS_IDLE_LOCK_MINUTES says
otherwise) without a key or a click the window locks: the sign-in page
hides the work, the same operator's password brings it back as it was, another operator
starts afresh.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station.i18n import apply_language
from station.model.ui_context import StationContext
from station.model.ui_session import Mode, OperatorSession
from station.views.formats import without_mnemonic
from station.views.header import Header
from station.views.login import LoginPage
from station.views.placeholder import Placeholder
from station.views.workers import TaskRunner

log = logging.getLogger(__name__)

_ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)

ModeFactory = Callable[[StationContext, OperatorSession], QWidget]


def _default_factories() -> dict[Mode, ModeFactory]:
    from station.views.modes import MODE_FACTORIES

    return MODE_FACTORIES


class MainWindow(QMainWindow):
    """Header + (sign-in page | mode tabs)."""

    #: The services opened in the background are in ``ctx`` (see :meth:`load_services`).
    services_ready = Signal()
    #: The scanner and the card verifier are in ``ctx`` too (after :attr:`services_ready`).
    devices_ready = Signal()

    def __init__(self, ctx: StationContext, language: str = "en",
                 factories: dict[Mode, ModeFactory] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.session: OperatorSession | None = None
        self.services_loading = False
        self.services_error: str | None = None
        self.devices_loading = False
        self._devices: Callable[[], object] | None = None
        self._waiting_session: OperatorSession | None = None
        self._runner = TaskRunner(self)
        self._device_runner = TaskRunner(self)
        self._sync_timer = QTimer(self)
        self._sync_timer.setInterval(15000)
        self._sync_timer.timeout.connect(self.refresh_sync)
        self._sync_again = False  # a read asked for while one was under way
        self.language = language
        self._factories = factories or _default_factories()
        self.mode_widgets: dict[Mode, QWidget] = {}
        #: Asks a yes/no question (a message box; tests answer it themselves).
        self.ask: Callable[[str], bool] = self._ask
        self.locked = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(ctx.idle_lock_minutes * 60_000)
        self.idle_timer.timeout.connect(self.lock)
        app = QCoreApplication.instance()
        if app is not None:  # any key or click in the application counts as use
            app.installEventFilter(self)
        self.resize(1280, 820)
        self._build()

    # -- public -------------------------------------------------------------------------
    def start_session(self, session: OperatorSession) -> None:
        """Show the modes ``session`` may use; the first one is selected. While the scanner
        and card verifier are still opening, the modes wait for them (they are built with
        what ``ctx`` holds)."""
        if self.devices_loading:
            self._waiting_session = session
            self.login.show_opening_devices()
            return
        resumed = self.locked and self.session is not None \
            and session.username == self.session.username
        self.locked = False
        self.idle_timer.start()
        if resumed:  # the same operator unlocks: their work as they left it
            self.pages.setCurrentWidget(self.tabs)
            current = self.tabs.currentWidget()
            if current is not None:
                current.setFocus()
            return
        self.session = session
        self.header.show_session(session)
        self._fill_tabs()
        self.pages.setCurrentWidget(self.tabs)
        first = self.tabs.widget(0)
        if first is not None:
            first.setFocus()

    def lock(self) -> None:
        """Hide the work behind the sign-in page (the station was left alone)."""
        if self.session is None or self.locked:
            return
        self.locked = True
        # a dialog left open (a person's death, a backup, a file chooser) would stay on top
        # of the sign-in page with what it shows: it is cancelled, as Esc would
        while (dialog := QApplication.activeModalWidget()) is not None:
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()
            if QApplication.activeModalWidget() is dialog:  # refused to close: stop trying
                dialog.hide()
                break
        self.login.show_locked(self.session.username, self.ctx.idle_lock_minutes)
        self.pages.setCurrentWidget(self.login)
        self.login.password.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.session is not None and not self.locked:
            self.idle_timer.start()  # from zero again
        return super().eventFilter(watched, event)

    def end_session(self) -> None:
        """Back to the sign-in page; the mode widgets (and what they held) are dropped."""
        self.session = None
        self._waiting_session = None
        self.locked = False
        self.idle_timer.stop()
        self.header.show_session(None)
        self._clear_tabs()
        self.pages.setCurrentWidget(self.login)
        self.login.setFocus()

    def current_mode(self) -> Mode | None:
        if self.pages.currentWidget() is not self.tabs:
            return None
        widget = self.tabs.currentWidget()
        return next((m for m, w in self.mode_widgets.items() if w is widget), None)

    def page(self, mode: Mode) -> QWidget | None:
        """The mode's main page (inside its tabs when the mode also shows service panels)."""
        widget = self.mode_widgets.get(mode)
        return getattr(widget, "main_page", widget)

    def switch_to(self, mode: Mode) -> bool:
        """Select ``mode``'s tab; False when the operator may not use it."""
        widget = self.mode_widgets.get(mode)
        if widget is None:
            return False
        self.tabs.setCurrentWidget(widget)
        widget.setFocus()
        return True

    def load_services(self, opener: Callable[[], object],
                      devices: Callable[[], object] | None = None) -> None:
        """Run ``opener`` (which fills ``ctx.services``) in a worker; sign-in waits for it.
        Then ``devices`` (scanner, card verifier) opens in a worker while the operator signs
        in; the modes appear once it is done."""
        self.services_loading = True
        self.devices_loading = devices is not None
        self._devices = devices
        self.login.show_loading()
        self._runner.start(lambda _p: opener(), lambda _r: self._on_services(None),
                           self._on_services)

    def _on_services(self, error: str | None) -> None:
        self.services_loading = False
        self.services_error = error
        self.login.set_auth(self.ctx.service("station"), error)
        devices, self._devices = self._devices, None
        if devices is not None:
            self._device_runner.start(lambda _p: devices(), lambda _r: self._on_devices(None),
                                      self._on_devices)
        self.refresh_sync()
        self._sync_timer.start()
        self.services_ready.emit()

    def _on_devices(self, error: str | None) -> None:
        if error is not None:  # the modes say "no scanner" / "not set up" themselves
            log.warning("scanner or card verifier not opened: %s", error)
        self.devices_loading = False
        self.devices_ready.emit()
        waiting, self._waiting_session = self._waiting_session, None
        if waiting is not None:
            self.start_session(waiting)

    def wait(self) -> None:
        """Let the header's last read finish and show (tests, screenshots), with the one
        asked for meanwhile, if any."""
        for _ in range(3):
            self._runner.wait()
            QCoreApplication.processEvents()
            if not self._runner.busy:
                break

    def refresh_sync(self) -> None:
        """Update the header's sync line (queue length, last error) in a worker."""
        services = self.ctx.service("station")
        if services is None:
            return
        if self._runner.busy:  # a read under way may predate the record: read once more
            self._sync_again = True
            return
        self._sync_again = False
        from station.model.ui_services import sync_summary

        worker = self.ctx.service("sync_worker")
        clock = self.ctx.clock
        self._runner.start(lambda _p: sync_summary(services, worker, clock), self._on_read,
                           lambda _m: self._sync_read())

    def _on_read(self, summary: dict[str, object]) -> None:
        self._on_sync(summary)
        self._sync_read()

    def _sync_read(self) -> None:
        """A read of the queue ended: the one asked for meanwhile starts now."""
        if self._sync_again:
            self.refresh_sync()

    def _on_sync(self, summary: dict[str, object]) -> None:
        waiting = self.locale().toString(int(str(summary["waiting"])))
        held = {"expired": self.tr("Sync: %1 waiting — approval expired, ask the centre to "
                                   "renew"),
                "pending": self.tr("Sync: %1 waiting — not yet approved by the centre"),
                "revoked": self.tr("Sync: %1 waiting — station revoked by the centre"),
                "suspended": self.tr("Sync: %1 waiting — suspended by the centre (a copy of "
                                     "this station suspected)"),
                }.get(str(summary.get("held")))
        if summary.get("key_lost"):  # registered, but nothing can be signed: see Supervisor
            text = self.tr("Sync: %1 waiting — stopped, signing key lost").replace(
                "%1", waiting)
        elif not summary["configured"]:
            text = self.tr("Sync: %1 waiting (no central registry set)").replace("%1", waiting)
        elif held is not None:  # the centre takes none of them until it says otherwise
            text = held.replace("%1", waiting)
        elif summary["error"]:
            text = self.tr("Sync: %1 waiting — offline, will retry").replace("%1", waiting)
            self.header.sync_label.setToolTip(str(summary["error"]))
        else:
            text = self.tr("Sync: %1 waiting").replace("%1", waiting)
        self.header.show_sync(text)

    def set_language(self, code: str) -> None:
        """Switch language and rebuild the widgets, keeping the session and the mode."""
        mode = self.current_mode()
        locked, self.locked = self.locked, False
        self.language = apply_language(code).code
        # the widgets take their number and date forms from the window's locale, fixed
        # when it was made: the language chosen now gives them its own (1.500 in Indonesian)
        self.setLocale(QLocale())
        self._build()
        self.refresh_sync()
        if self.session is not None:
            self.start_session(self.session)
            if mode is not None:
                self.switch_to(mode)
            if locked:  # a language chosen at the locked window does not unlock it
                self.lock()

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self.tr("Single Window station — %1").replace(
            "%1", self.ctx.station_name))
        root = QWidget()
        layout = QVBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = Header(self.ctx.station_name, self.language)
        self.header.language_requested.connect(self._on_language)
        self.header.sign_out_requested.connect(self._on_sign_out)
        self.header.change_password_requested.connect(self._change_password)
        layout.addWidget(self.header)
        self.pages = QStackedWidget()
        self.login = LoginPage(self.ctx)
        self.login.signed_in.connect(self.start_session)
        if self.services_loading:
            self.login.show_loading()
        elif self.services_error:
            self.login.set_auth(None, self.services_error)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("modes")
        # the queue length follows the work: a mode switch reads it again, not only the timer
        self.tabs.currentChanged.connect(lambda _index: self.refresh_sync())
        self.pages.addWidget(self.login)
        self.pages.addWidget(self.tabs)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(root)
        self.mode_widgets = {}
        for i in range(4):
            sc = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), root)
            sc.activated.connect(lambda i=i: self._switch_index(i))
        self.pages.setCurrentWidget(self.login)

    def _work_in_progress(self) -> bool:
        """An enrolment is under way (typed, captured, or being written)."""
        return any(bool(getattr(self.page(mode), "work_in_progress", False))
                   for mode in self.mode_widgets)

    def _ask(self, text: str) -> bool:
        # No is the default: Enter must not drop an enrolment or end a session
        answer = QMessageBox.question(self, self.windowTitle(), text,
                                      defaultButton=QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _on_sign_out(self) -> None:
        if self._work_in_progress() and not self.ask(self.tr(
                "Sign out? The enrolment in progress will be lost: what was typed and the "
                "fingerprints captured.")):
            return
        self.end_session()

    def _on_language(self, code: str) -> None:
        """The header's language box: the window is rebuilt, so a clerk's enrolment in
        progress would be dropped; ask first, and put the box back on No."""
        if code != self.language and self._work_in_progress() and not self.ask(self.tr(
                "Change the language? The enrolment in progress starts again: what was typed "
                "and the fingerprints captured will be lost.")):
            box = self.header.language_box
            box.setCurrentIndex(box.findData(self.language))
            return
        self.set_language(code)

    def _change_password(self) -> None:
        self.login.change_own_password(self.session)

    def _mode_title(self, mode: Mode) -> str:
        # no Alt letter: the modes switch with Ctrl+1..4 (the tab's tooltip says which), and
        # their letters would take the ones every step needs (Alt+A, Alt+C, Alt+H, Alt+P)
        return without_mnemonic({
            Mode.CLERK: self.tr("&Clerk"),
            Mode.HOSPITAL: self.tr("&Hospital focal point"),
            Mode.AUDITOR: self.tr("&Auditor"),
            Mode.SUPERVISOR: self.tr("Su&pervisor"),
        }[mode])

    def _fill_tabs(self) -> None:
        self._clear_tabs()
        assert self.session is not None
        for mode in self.session.modes:
            factory = self._factories.get(mode)
            widget = (factory(self.ctx, self.session) if factory is not None
                      else Placeholder(self._mode_title(mode),
                                       self.tr("this mode")))
            widget.setObjectName(f"mode-{mode.value}")
            self.mode_widgets[mode] = widget
            self._watch_records(widget)
            index = self.tabs.addTab(widget, self._mode_title(mode))
            self.tabs.setTabToolTip(index, f"Ctrl+{index + 1}")

    def _watch_records(self, widget: QWidget) -> None:
        """Read the queue for the header again when a mode writes a record for the centre
        (the pages' ``recorded`` signal, a services panel's ``changed``), not 15 s later.

        The pages are named, not looked for by attribute: asking every child's type for a
        ``recorded`` attribute made PySide 6.12 crash as the program ended."""
        from station.views.clerk.page import ClerkPage
        from station.views.hospital import HospitalPage
        from station.views.services.panel import ServicePanel
        from station.views.supervisor import SupervisorPage

        for part in (widget, *widget.findChildren(QWidget)):
            if isinstance(part, ServicePanel):
                part.changed.connect(self.refresh_sync)
            elif isinstance(part, (ClerkPage, HospitalPage, SupervisorPage)):
                part.recorded.connect(self.refresh_sync)

    def _clear_tabs(self) -> None:
        while self.tabs.count():
            w = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if w is not None:
                w.deleteLater()
        self.mode_widgets = {}

    def _switch_index(self, index: int) -> None:
        if self.pages.currentWidget() is self.tabs and index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
