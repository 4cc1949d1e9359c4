"""Place names in the desk's language: the list of places may name an area in Khmer (``names``,
as the programme catalogue does), a Khmer desk shows that name, and either name finds it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from station.errors import InvalidGazetteer
from station.model.locations import FORMAT, load_for_home, load_gazetteer, parse_gazetteer
from tests._cli import sws
from tests.station.helpers import PASSWORD, use_home
from tests.station.test_first_day_ops import ADMIN_TOKEN, central

__all__ = ["central"]  # the fixture: a real central registry on a real port


def _doc(*areas: dict[str, object]) -> dict[str, object]:
    return {"format": FORMAT, "format_version": 1, "version": "t1", "areas": list(areas)}


def test_the_demo_list_names_every_area_in_khmer_and_a_khmer_desk_reads_them() -> None:
    places = load_gazetteer()
    assert all(dict(places.get(code).names).get("km")  # type: ignore[union-attr]
               for code in ("12", "1203", "120304", "12030405"))
    khmer = places.in_language("km")
    assert khmer.name("12") == "កំពង់ចាម" and places.name("12") == "Kampong Cham"
    assert khmer.place({"village": "12030405", "commune": "120304", "district": "1203"}) == (
        "ជើងព្រៃក្រោម, ជើងព្រៃ, បាធាយ")
    # the same areas, codes, levels and nesting; only the names shown differ
    assert len(khmer) == len(places)
    assert [a.code for a in khmer.children("1203")] != []
    assert {a.code for a in khmer.children("1203")} == {a.code for a in places.children("1203")}
    area = khmer.get("120304")
    assert area is not None and (area.level, area.parent) == ("commune", "1203")
    assert area.listed_name == "Cheung Prey" and area.every_name == ("ជើងព្រៃ", "Cheung Prey")
    # a clerk may type either name, at either desk
    for gazetteer in (places, khmer):
        assert [a.code for a in gazetteer.named("Kampong Cham", "province")] == ["12"]
        assert [a.code for a in gazetteer.named("កំពង់ចាម", "province")] == ["12"]


def test_a_language_the_list_does_not_name_reads_the_lists_own_names() -> None:
    places = load_gazetteer()
    khmer = places.in_language("km")
    assert places.in_language("ur") is places and places.in_language("en") is places
    assert khmer.in_language("ur") is places  # not the Khmer names as the fallback
    assert khmer.in_language("km") is khmer and places.in_language("km") is khmer
    assert khmer.in_language("") is places


def test_an_area_named_in_some_languages_only_keeps_its_own_name_in_the_others() -> None:
    places = parse_gazetteer(_doc({"code": "1", "name": "North", "names": {"km": "ខាងជើង"}},
                                  {"code": "2", "name": "South"}))
    khmer = places.in_language("km")
    assert (khmer.name("1"), khmer.name("2")) == ("ខាងជើង", "South")


@pytest.mark.parametrize("names", [["km", "x"], {"km": ""}, {"Khmer": "x"}, {"km": 3},
                                   {"km": "x" * 101}])
def test_bad_names_are_refused_with_one_sentence(names: object) -> None:
    with pytest.raises(InvalidGazetteer) as info:
        parse_gazetteer(_doc({"code": "1", "name": "North", "names": names}))
    assert str(info.value) == ("locations: areas[0]: names of 1 must map language codes (km, "
                               "ur, id, ...) to names of 1-100 characters")



def test_khmer_names_travel_from_the_centres_master_data_to_the_station(
        central: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The centre's list of places is passed to the stations whole: an area it names in
    Khmer is found and shown in Khmer at the station that pulls it."""
    monkeypatch.setenv("SWS_CENTRAL_ADMIN_TOKEN", ADMIN_TOKEN)
    folder = tmp_path / "master"
    folder.mkdir()
    places, catalogue = folder / "locations.json", folder / "programmes.json"
    places.write_text(json.dumps(_doc(
        {"code": "12", "name": "Kampong Cham", "names": {"km": "កំពង់ចាម"}},
        {"code": "1201", "parent": "12", "name": "Kampong Siem"},
        {"code": "120102", "parent": "1201", "name": "Baka", "names": {"km": "បាកា"}})))
    catalogue.write_text(json.dumps({"programmes": [{"code": "HEF", "name": "Health"}]}))
    assert sws(capsys, "central", "master-data", "--locations", str(places), "--programmes",
               str(catalogue), "--central", central)[0] == 0
    home = tmp_path / "station"
    use_home(monkeypatch, home)
    assert sws(capsys, "init", "--username", "super", "--password", PASSWORD,
               "--central", central)[0] == 0
    assert sws(capsys, "sync")[0] == 0  # pulls the centre's list
    code, out, err = sws(capsys, "places", "បាកា", "--json")
    assert code == 0, err
    assert json.loads(out)["places"] == [{
        "code": "120102", "level": "commune", "name": "Baka", "names": {"km": "បាកា"},
        "parent": "1201", "in": "Kampong Siem, Kampong Cham"}]
    kept = load_for_home(home).in_language("km")
    assert (kept.name("120102"), kept.name("1201")) == ("បាកា", "Kampong Siem")
