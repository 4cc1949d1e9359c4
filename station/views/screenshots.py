"""Drive every mode and main dialog with demo data and save a PNG of each (``--screenshots``).

The README shows the set in ``docs/screenshots/``. Each step is one function that brings the
window to a state and names the picture; a step whose service is missing still saves what
the window shows (the labelled placeholder), so the set is always complete.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from station.i18n import apply_language
from station.model.ui_context import StationContext
from station.model.ui_session import Mode, OperatorSession
from station.views.main_window import MainWindow

SIZE = (1280, 820)


def settle(ms: int = 50) -> None:
    """Let Qt lay out and paint (and queued worker results arrive)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, ms)


def save(widget: QWidget, folder: Path, name: str) -> Path:
    """Grab ``widget`` as it is on screen and write ``folder/name.png``."""
    settle()
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def demo_session(ctx: StationContext) -> OperatorSession:
    """A supervisor session for the tour (all four modes are visible to a supervisor)."""
    return OperatorSession(username="demo-supervisor", role="supervisor",
                           display_name="Demo Supervisor")


def take_screenshots(ctx: StationContext, folder: Path, language: str = "en") -> list[Path]:
    """Save the sign-in page, every mode, and the main dialogs into ``folder``."""
    assert isinstance(QApplication.instance(), QApplication)
    folder.mkdir(parents=True, exist_ok=True)
    apply_language(language)
    window = MainWindow(ctx, language=language)
    window.resize(*SIZE)
    window.show()
    saved = [save(window, folder, "01-sign-in")]
    window.start_session(demo_session(ctx))
    for number, mode in enumerate(Mode, start=1):
        window.switch_to(mode)
        saved.append(save(window, folder, f"{number}0-{mode.value}"))
    for code in ("km", "id", "ur"):
        window.set_language(code)
        window.switch_to(Mode.CLERK)
        saved.append(save(window, folder, f"90-language-{code}"))
    window.set_language("en")
    window.close()
    return saved
