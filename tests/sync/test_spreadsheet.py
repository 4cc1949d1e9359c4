"""CSV cells that a spreadsheet would run as a formula get a leading apostrophe."""

from __future__ import annotations

import pytest

from sync.spreadsheet import cell, row


@pytest.mark.parametrize(("value", "written"), [
    ('=HYPERLINK("http://x.invalid","click")', '\'=HYPERLINK("http://x.invalid","click")'),
    ("+1+1", "'+1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("-2+3", "'-2+3"), ("\tx", "'\tx"),
    ("-3", "-3"), ("+2.5", "+2.5"), ("-", "-"), ("Kampong Cham", "Kampong Cham"), (7, 7),
    (None, None),
])
def test_cells(value: object, written: object) -> None:
    assert cell(value) == written


def test_rows() -> None:
    assert row(["=1", 2, "ok"]) == ["'=1", 2, "ok"]


def test_the_centres_csv_reports_write_typed_text_as_text() -> None:
    from sync.central.reports import to_csv

    text = to_csv([{"facility": '=HYPERLINK("http://x.invalid","ok")', "service_uses": 3}])
    assert text.splitlines()[1] == '"\'=HYPERLINK(""http://x.invalid"",""ok"")",3'
