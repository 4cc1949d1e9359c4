"""What a focal point reads for a card's entitlements: programme names and today's cover."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import cardio
from station.model.ui_cards import entitlement_views


def test_entitlements_read_as_names_and_todays_cover_covered_first() -> None:
    claims = SimpleNamespace(entitlements=(
        cardio.Entitlement("CHILD_BENEFIT", dt.date(2020, 1, 1), dt.date(2025, 12, 31)),
        cardio.Entitlement("OLD_AGE_PENSION", dt.date(2027, 1, 1), dt.date(2030, 12, 31)),
        cardio.Entitlement("HEALTH_SUBSIDY", dt.date(2026, 1, 1), dt.date(2026, 11, 22)),
        cardio.Entitlement("LOCAL_SCHEME", dt.date(2026, 1, 1), dt.date(2027, 1, 1)),
    ))
    views = entitlement_views(claims, dt.date(2026, 11, 22))
    assert [v.line() for v in views] == [
        "Subsidised health insurance: covered today, until 2026-11-22",  # last day counts
        "LOCAL_SCHEME: covered today, until 2027-01-01",  # not in the catalogue: its code
        "Old-age social pension: not yet, from 2027-01-01",
        "Child benefit: ended on 2025-12-31",
    ]
