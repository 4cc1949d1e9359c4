"""A list of places whose ``names`` a station cannot read is refused at the centre, in one
line, as the station would refuse it. The centre passed any ``names`` through, and since the
stations read them (place names in the desk's language) every station refused the whole list
at every sync ("the station keeps its list of places"): a new commune in it never reached
them. The real app (SQLite), the operator's real file reader and the station's real parser."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from station.errors import InvalidGazetteer
from station.model.locations import parse_gazetteer
from sync.central import masterdata
from sync.errors import CentralConfigError
from tests.sync.test_office_days import centre, db_url  # noqa: F401 (fixtures)
from tests.sync.test_places_in_use import AMPIL, PROVINCE

BAD_NAMES: list[Any] = [{"km": ""}, {"pt-BR": "Ampil"}, {"km": 12}, ["km", "អំពិល"],
                        {"km": "x" * 101}]


def _document(names: object) -> dict[str, Any]:
    return {"format": "sws-locations", "format_version": 1, "version": "v2",
            "areas": [*PROVINCE, {**AMPIL, "names": names}]}


@pytest.mark.parametrize("names", BAD_NAMES)
def test_the_operators_file_with_names_a_station_refuses_is_refused_in_one_line(
        names: object, tmp_path: Path) -> None:
    with pytest.raises(InvalidGazetteer):  # what every station would say
        parse_gazetteer(_document(names))
    path = tmp_path / "locations.json"
    path.write_text(json.dumps(_document(names)), encoding="utf-8")
    with pytest.raises(CentralConfigError) as refused:
        masterdata.gazetteer(path)
    assert "120101" in str(refused.value) and "\n" not in str(refused.value)


@pytest.mark.parametrize("names", BAD_NAMES)
def test_the_centre_refuses_a_list_with_names_a_station_refuses_and_keeps_its_own(
        names: object, centre: TestClient) -> None:  # noqa: F811
    def put(document: dict[str, Any]) -> Any:
        return centre.put("/v1/master-data", headers={"X-Admin-Token": "secret"}, json={
            "programmes": [{"code": "HEF", "name": "Health"}],
            "locations": [{"code": "120101", "province": "Kampong Cham",
                           "district": "Kampong Siem", "commune": "Ampil"}],
            "gazetteer": document})

    good = _document({"km": "អំពិល"})
    parse_gazetteer(good)  # a station reads it
    assert put(good).status_code == 200
    held = centre.get("/v1/master-data", params={"have_gazetteer": ""}).json()["gazetteer"]
    answer = put(_document(names))
    assert answer.status_code == 400, answer.text
    assert "120101" in answer.json()["detail"]
    assert centre.get("/v1/master-data", params={"have_gazetteer": ""}).json()[
        "gazetteer"] == held
