"""The supervisor's page says when the centre's list of places was not used.

The window's background sync refused such a list (a format newer than the station reads, a
broken entry) with a line in the log only: the clerks registered against the old list and
the supervisor had nothing to tell the office's IT contact. The page now says it in one line,
in the desk's language, the reason as the rules give it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from station.errors import InvalidGazetteer
from station.model.locations import FORMAT
from station.model.ui_context import StationContext
from station.model.ui_supervisor import adopt_places
from sync.client import gazetteer_digest
from tests.gui.conftest import FIXED_NOW
from tests.gui.test_adjudication import _supervisor
from tests.gui.test_supervisor_notices import (
    _reload,
    _texts,
    three_notices_on_a_small_screen,
)

pytestmark = pytest.mark.gui

NEWER = {"format": FORMAT, "format_version": 2, "version": "2026.12-1",
         "areas": [{"code": "12", "name": "Province Twelve"}]}
GOOD = {**NEWER, "format_version": 1, "version": "2026.12-3"}
REASON = "format_version 2 is not supported"


def _refused(station: Any) -> None:
    """What a sync round keeps when the centre hands out a list this station cannot read."""
    with pytest.raises(InvalidGazetteer):
        adopt_places(station.settings.config_dir,
                     {"gazetteer": NEWER, "gazetteer_digest": gazetteer_digest(NEWER)},
                     now=FIXED_NOW)


def test_a_refused_list_of_places_is_one_line_until_a_list_is_adopted(
        qtbot: QtBot, live_ctx: StationContext) -> None:
    station = live_ctx.services["station"].station
    page = _supervisor(qtbot, live_ctx)
    assert page.notices.count() == 0

    _refused(station)
    _reload(qtbot, page, lambda texts: len(texts) == 1)
    (text,) = _texts(page)
    assert text.startswith("The centre's list of places (version 2026.12-1) was not used: ")
    assert REASON in text
    assert ("This station keeps its list (version demo-2026-11). Ask the office's IT "
            "contact to update the station.") in text
    assert "\n" not in text
    assert not page.notices_box.isHidden()
    assert not page.revoke_button.isEnabled()  # nothing to revoke on this line
    page.notices.setCurrentRow(0)
    assert not page.revoke_button.isEnabled()

    # the station is updated, the centre's next list is read and kept: the line goes
    adopt_places(station.settings.config_dir,
                 {"gazetteer": GOOD, "gazetteer_digest": gazetteer_digest(GOOD)},
                 now=FIXED_NOW + dt.timedelta(days=1))
    _reload(qtbot, page, lambda texts: texts == [])
    assert page.notices_box.isHidden()


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_the_refused_list_line_is_in_the_desks_language(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    """The sentence is translated; the reason stays as the rules say it."""
    from station.i18n import apply_language

    _refused(live_ctx.services["station"].station)
    apply_language(language)
    page = _supervisor(qtbot, live_ctx)
    _reload(qtbot, page, lambda texts: len(texts) == 1)
    (text,) = _texts(page)
    assert "2026.12-1" in text and REASON in text and "demo-2026-11" in text
    rest = text.split("2026.12-1")[0] + text.split("demo-2026-11")[1]
    english = {"centre's", "list", "places", "version", "used", "station", "keeps", "ask",
               "office's", "contact", "update"}
    assert not set(rest.lower().replace(".", " ").split()) & english, text


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_refused_list_line_keeps_the_window_on_a_small_screen(
        qtbot: QtBot, live_ctx: StationContext, language: str) -> None:
    """With the other long notices (a lost key, the clock) the window still fits 1024x700."""
    _refused(live_ctx.services["station"].station)
    three_notices_on_a_small_screen(qtbot, live_ctx, language)
