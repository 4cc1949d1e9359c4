"""The centre refuses a list of places its stations would refuse: one rule set, both sides.

The centre checked only some of the station's rules (a code and a name, unique codes, the
retired flag, the ``names`` map), so a list with, say, a parent listed after its child, an
area below a village, a code with a space or a version it does not know was taken, and then
every station refused it at every sync and kept its old list: a new commune never reached an
office and nobody at the centre was told. Now the operator's `sws central master-data` refuses
such a list before it asks the service, and the service (`PUT /v1/master-data`, whoever
calls it) refuses it too, each in one line naming the area and the rule, replacing nothing;
a good list still reaches a station (`sws sync`, then `sws places`).

A real central server (its own process, SQLite), the operator's real command, the station's
real parser and a real station home."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from station.errors import InvalidGazetteer
from station.model.locations import parse_gazetteer
from sync.client import gazetteer_digest
from tests._cli import sws as _sws
from tests.station.helpers import PASSWORD
from tests.sync.conftest import ADMIN_TOKEN, CentralProcess, free_port

PROVINCE = {"code": "12", "name": "Kampong Cham"}
DISTRICT = {"code": "1201", "parent": "12", "name": "Kampong Siem"}
AMPIL = {"code": "120101", "parent": "1201", "name": "Ampil"}
VILLAGE = {"code": "12010101", "parent": "120101", "name": "Phum Ampil"}
ROWS = [{"code": "120101", "province": "Kampong Cham", "district": "Kampong Siem",
         "commune": "Ampil"}]


def _doc(*areas: Any, **top: Any) -> dict[str, Any]:
    return {"format": "sws-locations", "format_version": 1, "version": "v1",
            "areas": [PROVINCE, DISTRICT, AMPIL, VILLAGE, *areas], **top}


def _without(document: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != key}


GOOD = _doc()

#: (the rule, a list breaking it, what the one line must name: the area and the rule's words)
BROKEN: list[tuple[str, dict[str, Any], tuple[str, ...]]] = [
    ("format", _doc(format="places"), ("format must be 'sws-locations'",)),
    ("format-missing", _without(GOOD, "format"), ("format must be 'sws-locations'",)),
    ("format-version", _doc(format_version=2), ("format_version 2 is not supported",)),
    ("format-version-missing", _without(GOOD, "format_version"),
     ("format_version None is not supported",)),
    ("areas-not-a-list", {**GOOD, "areas": {"12": PROVINCE}}, ("areas must be a list",)),
    ("area-not-an-object", _doc("120102"), ("areas[4] must be an object",)),
    ("code-with-a-space", _doc({"code": "12 01 02", "parent": "1201", "name": "Baka"}),
     ("areas[4]", "code '12 01 02' is not valid (1-16 letters, digits, - _)")),
    ("code-too-long", _doc({"code": "1" * 17, "parent": "1201", "name": "Baka"}),
     ("areas[4]", f"code '{'1' * 17}' is not valid")),
    ("code-not-text", _doc({"code": 120102, "parent": "1201", "name": "Baka"}),
     ("areas[4]", "code 120102 is not valid")),
    ("code-missing", _doc({"parent": "1201", "name": "Baka"}),
     ("areas[4]", "code None is not valid")),
    ("code-twice", _doc({"code": "120101", "parent": "1201", "name": "Baka"}),
     ("areas[4]", "code 120101 appears twice")),
    ("name-blank", _doc({"code": "120102", "parent": "1201", "name": "  "}),
     ("areas[4]", "the name of 120102 must be 1-100 characters")),
    ("name-too-long", _doc({"code": "120102", "parent": "1201", "name": "B" * 101}),
     ("areas[4]", "the name of 120102 must be 1-100 characters")),
    ("name-missing", _doc({"code": "120102", "parent": "1201"}),
     ("areas[4]", "the name of 120102 must be 1-100 characters")),
    ("retired", _doc({"code": "120102", "parent": "1201", "name": "Baka", "retired": "yes"}),
     ("areas[4]", "retired of 120102 must be true or false, not 'yes'")),
    ("names", _doc({"code": "120102", "parent": "1201", "name": "Baka", "names": {"km": ""}}),
     ("areas[4]", "names of 120102 must map language codes")),
    ("parent-unknown", _doc({"code": "120102", "parent": "1299", "name": "Baka"}),
     ("areas[4]", "parent '1299' of 120102 is not listed before it")),
    ("parent-after-child", {**GOOD, "areas": [PROVINCE, AMPIL, DISTRICT, VILLAGE]},
     ("areas[1]", "parent '1201' of 120101 is not listed before it")),
    ("parent-not-text", _doc({"code": "120102", "parent": 1201, "name": "Baka"}),
     ("areas[4]", "parent 1201 of 120102 is not listed before it")),
    ("below-a-village", _doc({"code": "1201010101", "parent": "12010101", "name": "Krom"}),
     ("areas[4]", "1201010101 is below a village")),
]


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralProcess]:
    """One real central server for the module, holding :data:`GOOD`."""
    folder = tmp_path_factory.mktemp("central")
    proc = CentralProcess(f"sqlite:///{folder / 'central.sqlite3'}", folder / "central.pem",
                          folder / "central.log")
    proc.start()
    try:
        assert _put(proc, GOOD).status_code == 200
        yield proc
    finally:
        proc.stop()


def _put(central: CentralProcess, document: Any, *, dry_run: bool = False) -> httpx.Response:
    """`PUT /v1/master-data` as another client than the operator's command would."""
    return httpx.put(f"{central.url}/v1/master-data", params={"dry_run": dry_run},
                     headers={"X-Admin-Token": ADMIN_TOKEN}, timeout=30,
                     json={"programmes": [{"code": "HEF", "name": "Health"}],
                           "locations": ROWS, "gazetteer": document})


def _held(central: CentralProcess) -> tuple[str | None, Any]:
    answer = httpx.get(f"{central.url}/v1/master-data", params={"have_gazetteer": ""},
                       timeout=30).json()
    return answer["gazetteer_digest"], answer["gazetteer"]


def _master_data(capsys: pytest.CaptureFixture[str], folder: Path, url: str,
                 document: Any) -> tuple[int, str, str]:
    """The operator's `sws central master-data` with ``document`` as its list of places."""
    places, catalogue = folder / "locations.json", folder / "programmes.json"
    places.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    catalogue.write_text(json.dumps({"programmes": [{"code": "HEF", "name": "Health"}]}),
                         encoding="utf-8")
    return _sws(capsys, "central", "master-data", "--locations", str(places),
                "--programmes", str(catalogue), "--central", url)


def _one_line(text: str, words: tuple[str, ...]) -> None:
    assert len(text.strip().splitlines()) == 1, text
    for word in words:
        assert word in text, (word, text)


@pytest.mark.parametrize(("rule", "document", "words"), BROKEN, ids=[c[0] for c in BROKEN])
def test_a_list_every_station_refuses_is_refused_by_the_operators_command_before_asking(
        rule: str, document: dict[str, Any], words: tuple[str, ...], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InvalidGazetteer):  # what every station says of it at every sync
        parse_gazetteer(copy.deepcopy(document))
    monkeypatch.setenv("SWS_CENTRAL_ADMIN_TOKEN", ADMIN_TOKEN)
    nobody = f"http://127.0.0.1:{free_port()}"  # no service there: refused before asking it
    code, out, err = _master_data(capsys, tmp_path, nobody, document)
    assert code == 4, (out, err)
    _one_line(err, words)
    assert err.startswith(f"sws: error: {tmp_path / 'locations.json'}: "), err
    assert "127.0.0.1" not in err  # the file's fault, not the network's


@pytest.mark.parametrize(("rule", "document", "words"), BROKEN, ids=[c[0] for c in BROKEN])
def test_a_list_every_station_refuses_is_refused_by_the_service_replacing_nothing(
        rule: str, document: dict[str, Any], words: tuple[str, ...],
        central: CentralProcess) -> None:
    before = _held(central)
    for dry_run in (True, False):  # the look is refused as the real run is
        answer = _put(central, document, dry_run=dry_run)
        assert answer.status_code == 400, answer.text
        detail = answer.json()["detail"]
        assert isinstance(detail, str) and detail.startswith("gazetteer: "), detail
        _one_line(detail, words)
    assert _held(central) == before  # nothing replaced


@pytest.mark.parametrize(("rule", "document", "words"), BROKEN, ids=[c[0] for c in BROKEN])
def test_the_centre_and_the_stations_say_the_same_rule_in_the_same_words(
        rule: str, document: dict[str, Any], words: tuple[str, ...],
        central: CentralProcess) -> None:
    with pytest.raises(InvalidGazetteer) as station:
        parse_gazetteer(copy.deepcopy(document), where="gazetteer")
    assert _put(central, document).json()["detail"] == str(station.value)


def test_a_good_list_still_passes_and_reaches_a_station(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, central: CentralProcess) -> None:
    """A new commune (with a village, a retired one and names in Khmer) goes from the
    operator's file to the centre, and from there to a station's `sws places`. A list the
    centre holds that a station cannot read (loaded before the centre checked every rule)
    is said in one line by `sws sync`, and the station keeps its list."""
    monkeypatch.setenv("SWS_CENTRAL_ADMIN_TOKEN", ADMIN_TOKEN)
    folder = tmp_path / "master"
    folder.mkdir()
    baka = [{"code": "120102", "parent": "1201", "name": "Baka", "names": {"km": "បាកា"}},
            {"code": "12010201", "parent": "120102", "name": "Phum Baka"},
            {"code": "120103", "parent": "1201", "name": "Chas", "retired": True}]
    good = _doc(*baka, version="v2")
    code, out, err = _master_data(capsys, folder, central.url, good)
    assert code == 0, err
    assert "3 communes" in out
    assert _held(central) == (gazetteer_digest(good), good)

    for name in ("SWS_DATABASE_URL", "SWS_KEY_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SWS_HOME", str(tmp_path / "station"))
    monkeypatch.setenv("SWS_OPERATOR", "super")
    monkeypatch.setenv("SWS_PASSWORD", PASSWORD)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", central.url)[0] == 0
    code, out, err = _sws(capsys, "sync")
    assert code == 0, err
    assert "list of places updated from the centre (version v2)" in out
    code, out, err = _sws(capsys, "places", "baka", "--json")
    assert code == 0, err
    assert {row["code"] for row in json.loads(out)["places"]} == {"120102", "12010201"}

    # A list the centre took before it checked every rule: the station says so and keeps its.
    broken = {**good, "version": "v3",
              "areas": [PROVINCE, DISTRICT, AMPIL, VILLAGE,
                        {"code": "120104", "parent": "1299", "name": "Dong"}]}
    engine = sa.create_engine(central.db_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("UPDATE gazetteer SET version = :v, document = :d"),
                         {"v": gazetteer_digest(broken), "d": json.dumps(broken)})
    finally:
        engine.dispose()
    code, out, err = _sws(capsys, "sync")
    assert code == 0, err
    warned = [line for line in err.splitlines() if "list of places" in line]
    assert warned == ["sws: warning: the central registry's list of places: areas[4]: parent "
                      "'1299' of 120104 is not listed before it; the station keeps its list "
                      "of places"], err
    code, out, err = _sws(capsys, "places", "baka", "--json")
    assert code == 0 and {row["code"] for row in json.loads(out)["places"]} == {
        "120102", "12010201"}
    _put(central, GOOD)  # the module's other tests start from it
