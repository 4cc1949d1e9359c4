"""The old laptop's way out, in the window: a supervisor whose station the centre suspended
(a backup of it was restored on a new laptop, and this one synced again) reads why, that
nothing is lost and what to do, and exports the undelivered records to a file for the
centre's operator without a shell; the other standings `sws sync` knows are said there too,
in the desk's language.

Real parts: the central server on a real PostgreSQL, the stations' own `sws` commands (init,
grievances, sync, an encrypted backup and its restore), the centre's import as a subprocess,
the supervisor page offscreen with the real folder dialog.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from station.i18n import apply_language
from station.model.ui_context import StationContext
from station.model.ui_session import Mode, OperatorSession
from sync import registration
from tests._cli import sws as _sws
from tests.station.helpers import PASSWORD
from tests.sync.conftest import CentralProcess
from tests.sync.conftest import central_factory as central_factory  # the real server
from tests.sync.test_superseded_import import _central, _grievance, _home, _outbox

pytestmark = pytest.mark.gui


def _now() -> datetime:
    """Real time: the `sws` commands that made the station ran on it."""
    return datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def opened() -> Iterator[Callable[[Path], StationContext]]:
    """Open the station at a home the `sws` commands made, as the window does."""
    from station.config import load_settings
    from station.model.station import Station
    from station.model.ui_services import StationServices

    stations: list[Any] = []

    def open_(home: Path) -> StationContext:
        station = Station(load_settings({"SWS_HOME": str(home)}))
        stations.append(station)
        moment = _now()  # the window's clock, fixed once the station is made
        return StationContext(station_name="District office", clock=lambda: moment,
                              output_dir=home / "receipts",
                              services={"station": StationServices(station)})

    yield open_
    for station in stations:
        station.close()


def _page(qtbot: QtBot, ctx: StationContext) -> Any:
    from station.views.supervisor import SupervisorPage

    services = ctx.services["station"]
    boss = services.login("super", PASSWORD, now=ctx.clock())
    page = SupervisorPage(ctx, OperatorSession("super", "supervisor", operator=boss))
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    page.wait()
    qtbot.waitUntil(lambda: bool(page.totals.text()), timeout=10000)
    return page


def _answer_folder_dialog(folder: Path) -> None:
    """Choose ``folder`` in the folder dialog the page opens next (the real one), as a
    supervisor does: gone into it, then Choose."""
    tries = [200]  # 10 s at most: never a timer left to answer a later test's dialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(50, answer)  # not open yet
            return
        dialog.setDirectory(str(folder))  # opened there, nothing typed: Choose
        dialog.accept()

    QTimer.singleShot(50, answer)


def _export(qtbot: QtBot, page: Any, folder: Path) -> str:
    """Alt+X, the folder chosen; the line the page says once the worker is done."""
    box = page.undelivered
    before = box.result.text()
    _answer_folder_dialog(folder)
    page.activateWindow()  # back from the dialog: Alt letters reach the active window
    qtbot.waitUntil(page.isActiveWindow, timeout=10000)
    qtbot.keyClick(page, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not box.busy and box.result.text() not in (before, ""),
                    timeout=30000)
    qtbot.waitUntil(lambda: "Writing" not in box.result.text(), timeout=30000)
    return str(box.result.text())


@pytest.mark.postgres
@pytest.mark.slow
def test_a_suspended_old_laptop_says_why_and_exports_its_records_from_the_window(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], new_database_url: Callable[[], str],
    central_factory: Callable[..., CentralProcess],
    opened: Callable[[Path], StationContext],
) -> None:
    db_url = new_database_url()
    central = central_factory(db_url)
    old, new, usb = tmp_path / "old-laptop", tmp_path / "new-laptop", tmp_path / "usb"
    usb.mkdir()

    # the office's laptop delivers, is backed up, records more, breaks
    _home(monkeypatch, old)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", central.url)[0] == 0
    _grievance(capsys, "delivered before the backup")
    assert _sws(capsys, "sync")[0] == 0
    code, _, err = _sws(capsys, "db", "backup", f"{usb}/")
    assert code == 0, err
    (backup,) = usb.glob("*.swsbak")
    _grievance(capsys, "recorded after the backup, before the laptop broke")
    # the new laptop: the backup restored, announced at its first sync
    _home(monkeypatch, new)
    code, _, err = _sws(capsys, "db", "restore", str(backup))
    assert code == 0, err
    code, _, err = _sws(capsys, "sync")
    assert code == 0, err
    # the old laptop is found and synced: the centre suspends the station
    _home(monkeypatch, old)
    _sws(capsys, "sync")
    for number in range(2):
        _grievance(capsys, f"recorded on the old laptop after it was superseded ({number})")
    code, _, err = _sws(capsys, "sync")
    assert code == 4 and "suspended this station" in err
    waiting = {i for i, state in _outbox(old).items() if state in ("pending", "sent")}
    assert len(waiting) >= 2

    # the supervisor opens the window on the old laptop
    page = _page(qtbot, opened(old))
    said = page.registration_label.text()
    assert said.startswith("The centre has suspended this station")
    assert f"{len(waiting)} records wait on this computer" in said
    assert "Nothing is lost" in said and "export them" in said
    assert "b00020" in page.registration_label.styleSheet()
    assert page.undelivered.isVisible() and page.undelivered.button.isEnabled()

    # Export: the folder chosen, the file written by the worker, where and how many said
    stick = tmp_path / "stick"
    stick.mkdir()
    before = _outbox(old)
    line = _export(qtbot, page, stick)
    (written,) = stick.glob("*.sws")
    assert line == (f"{len(waiting)} undelivered records written to {written}, signed by "
                    "this station. They also stay here. Give the file to the central "
                    "registry's operator, who imports it.")
    assert page.undelivered.result.styleSheet() == ""
    assert _outbox(old) == before  # nothing changed at the station
    with page.services.station.reading() as session:
        from station.registry.models import AuditEvent

        (event,) = session.execute(sa.select(AuditEvent).where(
            AuditEvent.action == "sync.export")).scalars()
        assert json.loads(event.details)["records"] == len(waiting)

    # the centre's admin imports the very file the window wrote
    made = _central("operator", "add", "ana", "--role", "admin", "--db", db_url, "--json")
    token = json.loads(made.stdout)["token"]
    done = _central("import-superseded", str(written), "--key", str(central.key_path),
                    "--db", db_url, "--operator", "ana", "--reason", "old laptop found",
                    "--json", token=token)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["imported"] + json.loads(done.stdout)[
        "already_held"] == len(waiting)

    # refused in one line, red, nothing replaced: the same file again (same minute) ...
    data = written.read_bytes()
    line = _export(qtbot, page, stick)
    assert line == (f"{written} already exists: nothing was written. Choose another folder, "
                    "or move that file away first.")
    assert "b00020" in page.undelivered.result.styleSheet() and "\n" not in line
    assert written.read_bytes() == data
    # ... and a USB stick taken out after it was chosen
    gone = tmp_path / "gone"
    gone.mkdir()
    page.undelivered.choose_folder = lambda: gone  # chosen, then the stick is pulled
    shutil.rmtree(gone)
    line = _export(qtbot, page, gone)
    assert line.startswith(f"{gone / written.name} cannot be written: the folder is gone")
    assert "\n" not in line


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralProcess]:
    """One real centre (SQLite behind it) for the tests that only need their station
    registered: each test registers a station of its own (its own id and home), and none
    reads what the centre holds of the others."""
    folder = tmp_path_factory.mktemp("centre")
    central = CentralProcess(f"sqlite:///{folder / 'central.sqlite3'}", folder / "central.pem",
                             folder / "central.log")
    central.start()
    yield central
    central.stop()


def _registered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                capsys: pytest.CaptureFixture[str],
                central_factory: Callable[..., CentralProcess] | CentralProcess) -> Path:
    """A station registered with a real centre (SQLite behind it), nothing recorded yet:
    the given centre, or a new one from ``central_factory``."""
    central = (central_factory if isinstance(central_factory, CentralProcess)
               else central_factory(f"sqlite:///{tmp_path / 'central.sqlite3'}"))
    home = tmp_path / "station"
    _home(monkeypatch, home)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", central.url)[0] == 0
    return home


def _kept(home: Path, status: str | None, **kw: Any) -> str:
    """What the sync keeps of the centre's word on this station; returns its id."""
    from station.config import load_settings

    settings = load_settings({"SWS_HOME": str(home)})
    station_id = json.loads(settings.central_file.read_text(encoding="utf-8"))["station_id"]
    config = settings.config_dir
    registration.save(config / registration.FILE_NAME, registration.Standing(
        station_id, status, kw.get("expires_at"), kw.get("expired", False), _now()))
    return str(station_id)


def _shown(qtbot: QtBot, page: Any) -> str:
    page.refresh()
    page.wait()
    qtbot.waitUntil(lambda: not page._runner.busy, timeout=10000)
    return str(page.registration_label.text())


def test_nothing_undelivered_is_one_line_and_only_a_suspended_station_offers_the_export(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    centre: CentralProcess,
    opened: Callable[[Path], StationContext],
) -> None:
    home = _registered(tmp_path, monkeypatch, capsys, centre)
    page = _page(qtbot, opened(home))
    assert page.undelivered.isHidden()  # never synced: nothing to offer
    for status in ("active", "pending", "revoked", None):
        _kept(home, status, expires_at=_now() + timedelta(days=100))
        _shown(qtbot, page)
        assert page.undelivered.isHidden(), status
    _kept(home, "suspended")
    assert "suspended" in _shown(qtbot, page)
    assert page.undelivered.isVisible()
    stick = tmp_path / "stick"
    stick.mkdir()
    line = _export(qtbot, page, stick)
    assert line == ("Nothing to export: every record of this station reached the central "
                    "registry.")
    assert list(stick.iterdir()) == []


def test_a_clerk_cannot_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str],
                               centre: CentralProcess,
                               ) -> None:
    """The model refuses anyone but a supervisor (the page is a supervisor's only)."""
    from station.config import load_settings
    from station.errors import PermissionDenied
    from station.model.operators import create_operator, login
    from station.model.station import Station
    from station.model.ui_supervisor import export_undelivered

    home = _registered(tmp_path, monkeypatch, capsys, centre)
    _grievance(capsys, "queued")
    station = Station(load_settings({"SWS_HOME": str(home)}))
    try:
        boss = login(station, "super", PASSWORD, now=_now())
        create_operator(station, username="clerk1", full_name="Chan Clerk", role="clerk",
                        password=PASSWORD, now=_now(), by=boss)
        clerk = login(station, "clerk1", PASSWORD, now=_now())
        with pytest.raises(PermissionDenied):
            export_undelivered(station, tmp_path / "x.sws", by=clerk, now=_now())
        assert not (tmp_path / "x.sws").exists()
    finally:
        station.close()


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_every_standing_the_sync_knows_is_said_in_the_desks_language(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    centre: CentralProcess,
    opened: Callable[[Path], StationContext], language: str,
) -> None:
    """Revoked, not approved yet, suspended, unknown to the centre, approval expired: each
    in red, in the desk's language (a suspended one said "Registration valid until", an
    unknown one nothing at all); the export's words too."""
    home = _registered(tmp_path, monkeypatch, capsys, centre)
    apply_language(language)
    page = _page(qtbot, opened(home))
    seen = []
    for status, kw in (("revoked", {}), ("pending", {}), ("suspended", {}), (None, {}),
                       ("active", {"expires_at": _now() - timedelta(days=1), "expired": True})):
        station_id = _kept(home, status, **kw)
        text = _shown(qtbot, page)
        assert text and text not in seen, status
        seen.append(text)
        assert "b00020" in page.registration_label.styleSheet(), status
        text = text.replace(station_id, "")
        latin = re.findall("[A-Za-z]{2,}", text)
        assert language == "id" or latin == [], (status, latin)
        if language == "id":  # Latin script: not the English sentence
            assert "station" not in text.lower() and "centre" not in text.lower(), text
    _kept(home, "suspended")
    _shown(qtbot, page)
    words = [page.undelivered.button.text(), page.undelivered.button.toolTip(),
             page.undelivered.refusal(_nothing())]
    for word in words:
        assert word and "undelivered" not in word.lower() and "record" not in word.lower()


def _nothing() -> BaseException:
    from sync.export import NothingUndelivered

    return NothingUndelivered("nothing to export")


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", "km", "ur", "id"])
def test_the_alt_letters_of_the_suspended_supervisor_page_are_unique(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    centre: CentralProcess,
    opened: Callable[[Path], StationContext], language: str,
) -> None:
    """Keyboard-only: every Alt letter on the overview (its inner tabs included) reaches one
    control, the export button's too, at 1024x700 with nothing cut off sideways."""
    from station.views.modes import MODE_FACTORIES

    home = _registered(tmp_path, monkeypatch, capsys, centre)
    _kept(home, "suspended")
    apply_language(language)
    ctx = opened(home)
    boss = ctx.services["station"].login("super", PASSWORD, now=ctx.clock())
    widget = MODE_FACTORIES[Mode.SUPERVISOR](ctx, OperatorSession("super", "supervisor",
                                                                  operator=boss))
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    page = widget.main_page  # type: ignore[attr-defined]
    page.wait()
    qtbot.waitUntil(lambda: page.undelivered.isVisible(), timeout=10000)
    letters = [_mnemonic(b.text()) for b in widget.findChildren(QAbstractButton)
               if b.isVisible()]
    for bar in widget.findChildren(QTabBar):
        letters += [_mnemonic(bar.tabText(i)) for i in range(bar.count())]
    letters = [x for x in letters if x]
    assert _mnemonic(page.undelivered.button.text()) in letters
    assert len(letters) == len(set(letters)), letters
    button: QWidget = page.undelivered.button
    assert button.width() >= button.minimumSizeHint().width()
    assert button.mapTo(page, button.rect().topRight()).x() <= page.width()
