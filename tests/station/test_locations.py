"""The gazetteer: names behind address codes, its file checks, and the station's own copy."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from station.errors import InvalidGazetteer
from station.model.locations import (
    FORMAT,
    load_for_home,
    load_gazetteer,
    parse_gazetteer,
    station_path,
)
from station.model.ui_person_form import build_demographics


def _doc(*areas: dict[str, str]) -> dict[str, object]:
    return {"format": FORMAT, "format_version": 1, "version": "t1", "areas": list(areas)}


def test_the_demo_gazetteer_names_every_area_the_demo_commune_uses() -> None:
    places = load_gazetteer()
    assert places.name("12") == "Kampong Cham"
    areas = [places.get(code) for code in ("12", "1203", "120304", "12030405")]
    assert [a.level if a else None for a in areas] == ["province", "district", "commune",
                                                       "village"]
    communes = places.children("1203")
    assert len(communes) == 12 and all(a.parent == "1203" for a in communes)
    assert [a.name for a in communes] == sorted(a.name for a in communes)
    for commune in communes:  # `sws demo populate` puts ten villages in each commune
        assert len(places.children(commune.code)) == 10


def test_an_unknown_code_reads_as_the_code_and_a_place_reads_as_names() -> None:
    places = load_gazetteer()
    assert places.name("99887766") == "99887766"
    assert places.place({"village": "12030405", "commune": "120304", "district": "1203"}) == \
        "Cheung Prey Kraom, Cheung Prey, Batheay"


def test_a_village_of_another_commune_is_named_as_the_field_at_fault() -> None:
    values = {"local_name": "សុខ", "latin_name": "Sok", "sex": "F", "birth_date": "1990-01-01",
              "province": "12", "district": "1203", "commune": "120304", "village": "12040103",
              "consent": "self"}
    result = build_demographics(values, today=dt.date(2026, 11, 22), gazetteer=load_gazetteer())
    assert result.demographics is None and result.field == "village"
    assert "is not in the commune Cheung Prey (120304)" in result.message
    # codes the gazetteer does not list yet (a new village) pass
    values["village"] = "12030499"
    assert build_demographics(values, today=dt.date(2026, 11, 22),
                              gazetteer=load_gazetteer()).demographics is not None


@pytest.mark.parametrize(("areas", "words"), [
    ([{"code": "12", "name": "A"}, {"code": "12", "name": "B"}], "appears twice"),
    ([{"code": "1201", "parent": "12", "name": "A"}], "not listed before it"),
    ([{"code": "bad code", "name": "A"}], "is not valid"),
    ([{"code": "12", "name": " "}], "1-100 characters"),
    ([{"code": "1", "name": "a"}, {"code": "2", "parent": "1", "name": "b"},
      {"code": "3", "parent": "2", "name": "c"}, {"code": "4", "parent": "3", "name": "d"},
      {"code": "5", "parent": "4", "name": "e"}], "below a village"),
])
def test_a_broken_gazetteer_is_one_line_naming_the_entry(areas: list[dict[str, str]],
                                                         words: str) -> None:
    with pytest.raises(InvalidGazetteer, match=words) as caught:
        parse_gazetteer(_doc(*areas), where="locations.json")
    assert "\n" not in str(caught.value) and "locations.json: areas[" in str(caught.value)


def test_a_file_that_is_not_a_gazetteer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "locations.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidGazetteer, match="cannot read the list of places"):
        load_gazetteer(path)
    path.write_text(json.dumps({"format": "other"}), encoding="utf-8")
    with pytest.raises(InvalidGazetteer, match="not a list of places"):
        load_gazetteer(path)


def test_a_station_with_its_own_gazetteer_uses_it_instead_of_the_demo(tmp_path: Path) -> None:
    assert load_for_home(tmp_path).name("12") == "Kampong Cham"  # none of its own yet
    station_path(tmp_path).write_text(json.dumps(_doc({"code": "12", "name": "Province Twelve"})),
                                      encoding="utf-8")
    assert load_for_home(tmp_path).name("12") == "Province Twelve"


def test_the_centres_list_of_places_is_kept_only_when_it_parses(tmp_path: Path) -> None:
    from station.model.locations import adopt_from_master_data

    good = _doc({"code": "12", "name": "Province Twelve"})
    assert adopt_from_master_data(tmp_path, {"gazetteer": good}) == "t1"
    assert load_for_home(tmp_path).name("12") == "Province Twelve"
    assert adopt_from_master_data(tmp_path, {"gazetteer": good}) is None  # unchanged
    assert adopt_from_master_data(tmp_path, {}) is None  # the centre sent none
    broken = _doc({"code": "1201", "parent": "12", "name": "orphan"})
    with pytest.raises(InvalidGazetteer, match="central registry's list of places"):
        adopt_from_master_data(tmp_path, {"gazetteer": broken})
    assert load_for_home(tmp_path).name("12") == "Province Twelve"  # the kept list stays


def test_an_open_window_names_places_from_the_list_the_sync_worker_just_kept(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from types import SimpleNamespace

    from station.model.locations import adopt_from_master_data
    from station.model.ui_services import StationServices

    services = StationServices(SimpleNamespace(settings=SimpleNamespace(config_dir=tmp_path)))
    assert services.locations().name("12") == "Kampong Cham"  # the demo list
    adopt_from_master_data(tmp_path, {"gazetteer": _doc({"code": "12", "name": "Province Twelve"})})
    assert services.locations().name("12") == "Province Twelve"  # no restart needed
    # someone breaks the file by hand: the window keeps the list it had, and says why in the log
    station_path(tmp_path).write_text("{not json", encoding="utf-8")
    assert services.locations().name("12") == "Province Twelve"
    assert "cannot be read" in caplog.text
