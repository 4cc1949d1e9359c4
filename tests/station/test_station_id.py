"""Each installation gets its own station id, kept across starts: records, receipts and sync
packets carry it and the central registry keeps one signing key per id."""

from __future__ import annotations

import re
from pathlib import Path

from station.config import LEGACY_STATION_ID, STATION_ID_FILE, load_settings


def test_made_once_kept_and_distinct_per_installation(tmp_path: Path) -> None:
    first = load_settings({"SWS_HOME": str(tmp_path / "a")}).station_id
    again = load_settings({"SWS_HOME": str(tmp_path / "a")}).station_id
    other = load_settings({"SWS_HOME": str(tmp_path / "b")}).station_id
    assert re.fullmatch(r"station-[0-9a-f]{8}", first)
    assert again == first  # a restart keeps it
    assert other != first  # a second station does not share it
    assert (tmp_path / "a" / STATION_ID_FILE).read_text().strip() == first


def test_environment_overrides_and_nothing_is_written(tmp_path: Path) -> None:
    settings = load_settings({"SWS_HOME": str(tmp_path), "SWS_STATION_ID": "office-12"})
    assert settings.station_id == "office-12"
    assert not (tmp_path / STATION_ID_FILE).exists()


def test_an_existing_id_is_never_replaced(tmp_path: Path) -> None:
    (tmp_path / STATION_ID_FILE).write_text("kampong-cham-3\n")
    assert load_settings({"SWS_HOME": str(tmp_path)}).station_id == "kampong-cham-3"


def test_an_installation_from_before_keeps_the_id_its_records_carry(tmp_path: Path) -> None:
    registered = tmp_path / "registered"
    registered.mkdir()
    (registered / "central.json").write_text('{"url": "http://c", "station_id": "st-77"}')
    assert load_settings({"SWS_HOME": str(registered)}).station_id == "st-77"
    keys_only = tmp_path / "keys-only"
    keys_only.mkdir()
    (keys_only / "at-rest-keys.json").write_text("{}")
    assert load_settings({"SWS_HOME": str(keys_only)}).station_id == LEGACY_STATION_ID
    assert (keys_only / STATION_ID_FILE).read_text().strip() == LEGACY_STATION_ID
