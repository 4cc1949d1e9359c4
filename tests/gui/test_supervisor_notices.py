"""The supervisor page lists what `sws sync` tells on the command line, with the act each
needs: cards to revoke (issued before the centre found a double identity), a station clock
minutes off the centre's, and a lost packet-signing key (nothing can be sent)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from station.model.ui_context import StationContext
from station.model.ui_supervisor import CentreClock, cards_to_revoke
from tests.gui.conftest import FIXED_NOW, PASSWORD
from tests.gui.test_adjudication import _supervisor
from tests.station.helpers import POLICY, demographics, person_fingers

pytestmark = pytest.mark.gui


def _texts(page: Any) -> list[str]:
    return [page.notices.item(i).text() for i in range(page.notices.count())]


def _refused_as_double(station: Any, name: str, seed: int, serial: str) -> str:
    """Enrol ``name``, record a card for them, then store what the sync stores when the
    centre refuses the enrolment as the same person as one enrolled elsewhere."""
    from station.model.cards import record_issued
    from station.model.enrolment import Enrolled, enrol
    from station.model.operators import login
    from station.registry.base import OUTBOX

    clerk = login(station, "clerk1", PASSWORD, now=FIXED_NOW)
    done = enrol(station, demographics(name), person_fingers(seed), operator=clerk,
                 now=FIXED_NOW, policy=POLICY)
    assert isinstance(done, Enrolled)
    record_issued(station, person_id=done.person_id, serial=serial, credential=b"x",
                  by=clerk, now=FIXED_NOW)
    with station.engine.begin() as conn:
        conn.execute(sa.update(OUTBOX)
                     .where(OUTBOX.c.kind == "enrolment",
                            OUTBOX.c.record_id == done.person_id)
                     .values(state="rejected", central_status="rejected",
                             central_reason="adjudicated_same_person"))
    return done.person_id


def _registered(station: Any) -> None:
    """The link `sws init --central URL` keeps (the key itself is written beside it)."""
    settings = station.settings
    settings.central_file.write_text(json.dumps({
        "url": "http://centre.invalid:8700", "station_id": "st-1", "status": "active",
        "central_public_key_b64": "AA"}), encoding="utf-8")


def _reload(qtbot: QtBot, page: Any, until: Any) -> None:
    page.refresh()
    page.wait()
    # the read's answer is delivered to the page after the pool is done
    qtbot.waitUntil(lambda: not page._runner.busy and until(_texts(page)), timeout=10000)


def test_a_card_issued_before_the_centre_found_a_double_identity_is_revoked_from_the_page(
        qtbot: QtBot, live_ctx: StationContext, monkeypatch: pytest.MonkeyPatch) -> None:
    station = live_ctx.services["station"].station
    person = _refused_as_double(station, "Sok Dara", 1, "0000CAFE")
    _refused_as_double(station, "Chan Vanna", 2, "0000BEEF")
    page = _supervisor(qtbot, live_ctx)
    _reload(qtbot, page, lambda texts: len(texts) == 2)
    texts = _texts(page)
    assert "card 0000BEEF of Chan Vanna" in texts[0]
    assert "card 0000CAFE of Sok Dara" in texts[1]
    assert "already enrolled at another station" in texts[1]
    assert "revoke" in texts[1].lower()
    assert not page.notices_box.isHidden()

    page.notices.setCurrentRow(1)
    assert page.revoke_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(page, "_confirm_revoke", lambda card: asked.append(card.serial))
    page.revoke_button.click()  # the supervisor says no: nothing happens
    assert asked == ["0000CAFE"]
    assert cards_to_revoke(station)[1].serial == "0000CAFE"
    monkeypatch.setattr(page, "_confirm_revoke", lambda card: True)
    page.revoke_button.click()
    qtbot.waitUntil(lambda: "0000CAFE revoked" in page.message.text(), timeout=10000)
    qtbot.waitUntil(lambda: len(_texts(page)) == 1, timeout=10000)
    assert "0000BEEF" in _texts(page)[0]
    from station.model.cards import get_card

    card = get_card(station, "0000CAFE")
    assert (card.status, card.person_id) == ("revoked", person)
    assert [c.serial for c in cards_to_revoke(station)] == ["0000BEEF"]


def test_nothing_to_act_on_shows_no_notice_box(qtbot: QtBot,
                                               live_ctx: StationContext) -> None:
    page = _supervisor(qtbot, live_ctx)
    assert page.notices.count() == 0
    assert page.notices_box.isHidden()


def test_a_lost_packet_signing_key_says_sync_stopped_and_to_restore_it(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    _registered(station)
    page = _supervisor(qtbot, live_ctx)
    assert page.notices.count() == 0  # `sws init` made the key: all is well
    station.settings.station_key_file.unlink()  # lost (a disk swapped, a folder cleaned)
    _reload(qtbot, page, lambda texts: len(texts) == 1)
    text = _texts(page)[0]
    assert "signing key" in text and "missing" in text
    assert "nothing is sent" in text and "restore" in text.lower()

    station.settings.station_key_file.write_text("not a key", encoding="utf-8")
    _reload(qtbot, page, lambda texts: bool(texts) and "damaged" in texts[0])

    from sync.keys import load_or_create_station_key

    station.settings.station_key_file.unlink()
    load_or_create_station_key(station.settings.station_key_file)  # restored
    _reload(qtbot, page, lambda texts: texts == [])
    assert page.notices_box.isHidden()


def test_a_clock_off_the_centres_says_by_how_much_and_to_set_it(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    clock = CentreClock()
    live_ctx.services["centre_clock"] = clock
    clock.observe(FIXED_NOW - dt.timedelta(seconds=30), FIXED_NOW)  # half a minute: fine
    page = _supervisor(qtbot, live_ctx)
    assert page.notices.count() == 0

    clock.observe(FIXED_NOW - dt.timedelta(hours=1, minutes=5), FIXED_NOW)
    _reload(qtbot, page, lambda texts: len(texts) == 1)
    assert "1 h 5 min ahead of the central registry" in _texts(page)[0]
    assert "set the date and time" in _texts(page)[0]

    clock.observe(FIXED_NOW + dt.timedelta(minutes=20), FIXED_NOW)
    _reload(qtbot, page, lambda texts: bool(texts) and "behind" in texts[0])
    assert "0 h 20 min behind" in _texts(page)[0]


def test_the_centre_clock_ignores_a_round_without_an_answer() -> None:
    """The worker reports the centre's last time after every round; a round the centre did
    not answer leaves it unchanged, and the time since must not read as a drifting clock."""
    clock = CentreClock()
    assert clock.last is None
    clock.observe(None, FIXED_NOW)
    assert clock.last is None
    clock.observe(FIXED_NOW, FIXED_NOW + dt.timedelta(seconds=2))
    clock.observe(FIXED_NOW, FIXED_NOW + dt.timedelta(hours=3))  # no answer since
    seen = clock.last
    assert seen is not None and seen.offset_s == 2 and seen.ahead


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_the_notices_are_in_the_desks_language(qtbot: QtBot, live_ctx: StationContext,
                                               language: str) -> None:
    from station.i18n import apply_language

    station = live_ctx.services["station"].station
    _refused_as_double(station, "Sok Dara", 1, "0000CAFE")
    _registered(station)
    station.settings.station_key_file.unlink()
    clock = CentreClock()
    live_ctx.services["centre_clock"] = clock
    clock.observe(FIXED_NOW - dt.timedelta(hours=2), FIXED_NOW)
    apply_language(language)
    page = _supervisor(qtbot, live_ctx)
    _reload(qtbot, page, lambda texts: len(texts) == 3)
    english = {"card", "the", "station", "clock", "key", "revoke", "missing", "central"}
    for text in _texts(page):
        words = set(text.lower().replace("0000cafe", "").replace("sok dara", "").split())
        assert not words & english, text


def three_notices_on_a_small_screen(qtbot: QtBot, live_ctx: StationContext,
                                    language: str) -> Any:
    """The supervisor's page at a ``language`` desk with three notices: the one the caller
    set up, a lost signing key and the centre's clock two hours off. Checks the notices show
    and the window still fits 1024x700; returns the page."""
    from station.views.modes import Mode
    from station.views.supervisor import SupervisorPage
    from tests.gui.test_first_day_gui import _fits, _signed_in

    station = live_ctx.services["station"].station
    _registered(station)
    station.settings.station_key_file.unlink()
    clock = CentreClock()
    live_ctx.services["centre_clock"] = clock
    clock.observe(FIXED_NOW - dt.timedelta(hours=2), FIXED_NOW)
    window = _signed_in(qtbot, live_ctx)
    window.set_language(language)
    window.switch_to(Mode.SUPERVISOR)
    page = window.page(Mode.SUPERVISOR)
    assert isinstance(page, SupervisorPage)
    _reload(qtbot, page, lambda texts: len(texts) == 3)
    assert page.notices_box.isVisible()
    assert _fits(window), (window.width(), window.height())
    return page


@pytest.mark.parametrize("language", ["en", "km", "ur"])
def test_the_notices_keep_the_window_on_a_small_screen(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    """Three long notices (a key, the clock, a card) wrap inside the page: the window still
    fits 1024x700 with the supervisor's overview shown, and nothing below them is cut (the
    sync figures were squeezed to two lines and the backup button fell off a Khmer screen):
    the page scrolls instead."""
    from station.views.vertical_scroll import VerticalScroll

    station = live_ctx.services["station"].station
    _refused_as_double(station, "Sok Dara", 1, "0000CAFE")
    page = three_notices_on_a_small_screen(qtbot, live_ctx, language)
    label = page.sync_label
    assert label.height() >= label.heightForWidth(label.width()), "sync figures cut"
    scroll = page.findChild(VerticalScroll)
    assert scroll is not None
    body = scroll.widget()
    assert body is not None
    bottom = page.backup_button.mapTo(body, page.backup_button.rect().bottomLeft()).y()
    assert bottom <= body.height(), "the backup button is below the page's end"


def test_the_header_says_sync_stopped_when_the_signing_key_is_lost(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    """Without its key the window's sync worker cannot start, and the header said "no
    central registry set" of a station registered with one: every desk now reads that sync
    stopped, and the supervisor's page says what to do. The line stays short: a long one
    wrapped the header onto two lines at a Khmer desk."""
    from tests.gui.test_first_day_gui import _signed_in

    station = live_ctx.services["station"].station
    _registered(station)
    station.settings.station_key_file.unlink()
    window = _signed_in(qtbot, live_ctx, "clerk1")
    window.refresh_sync()
    window.wait()
    qtbot.waitUntil(lambda: "stopped" in window.header.sync_label.text(), timeout=10000)
    text = window.header.sync_label.text()
    assert "no central registry" not in text and "signing key" in text, text
