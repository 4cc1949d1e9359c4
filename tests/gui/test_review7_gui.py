"""Review of the seventh day's second merges: what a clerk, auditor or supervisor still met."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.test_seventh_day_gui import busy_ctx

__all__ = ["busy_ctx"]  # the fixture, shared with the seventh day's receipt test

pytestmark = pytest.mark.gui


@pytest.mark.postgres
def test_a_receipt_read_again_no_longer_says_the_registry_is_busy(
        qtbot: Any, busy_ctx: Any) -> None:
    """Once "Read the record again" had read the record, the receipt was there but the line
    below still said the registry was busy, as if the receipt shown had failed. The line
    now says nothing once the record is read."""
    import psycopg
    from PySide6.QtCore import Qt
    from sqlalchemy.engine import make_url

    from station.views.clerk.page import RECEIPT
    from tests.gui.test_clerk_flow import _clerk

    page = _clerk(qtbot, busy_ctx)
    receipt = page.receipt_page
    page.card_person = "p-1"
    page.go(RECEIPT)
    url = make_url(busy_ctx.services["station"].station.settings.database_url)
    holder = psycopg.connect(url.set(drivername="postgresql").render_as_string(
        hide_password=False))
    try:
        holder.execute("LOCK TABLE person IN ACCESS EXCLUSIVE MODE")
        page._fill_receipt()
        qtbot.waitUntil(lambda: "busy" in page.message.text(), timeout=10000)
    finally:
        holder.rollback()
        holder.close()
    qtbot.mouseClick(receipt.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.receipt is not None, timeout=10000)
    assert "p-1" in receipt.summary.text()
    assert page.message.text() == "", page.message.text()
