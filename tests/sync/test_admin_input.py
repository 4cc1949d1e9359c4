"""Operator calls with text the database cannot store are refused in one line (4xx), never a
500 after the call was taken: the real server process on a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from tests.sync.conftest import ADMIN_TOKEN, CentralProcess

pytestmark = pytest.mark.postgres

ADMIN = {"X-Admin-Token": ADMIN_TOKEN, "Content-Type": "application/json"}
PLACES = {"programmes": [{"code": "CT", "name": "Cash transfer"}],
          "locations": [{"code": "120401", "province": "Kampong Cham", "district": "Batheay",
                         "commune": "Chbar Ampov"}]}


def test_text_the_database_cannot_hold_is_refused_and_nothing_changes(
    postgres_url: str, central_factory: Callable[..., CentralProcess],
) -> None:
    central = central_factory(postgres_url)
    url = f"{central.url}/v1/master-data"
    assert httpx.put(url, headers=ADMIN, json=PLACES).status_code == 200
    # A NUL in a name (a file saved as UTF-16, a pasted control character): PostgreSQL's
    # text refuses it.
    nul = {**PLACES, "programmes": [{"code": "CT", "name": "Cash\x00transfer"}]}
    answer = httpx.put(url, headers=ADMIN, json=nul)
    assert answer.status_code == 400, answer.text
    assert answer.json()["detail"].startswith("the master data holds a character that cannot")
    # A code longer than the centre keeps is refused by the document's own limit.
    long = {**PLACES, "programmes": [{"code": "C" * 33, "name": "Cash transfer"}]}
    assert httpx.put(url, headers=ADMIN, json=long).status_code == 422
    # Half of a UTF-16 pair, as JSON allows it: the validation answer echoes the input and
    # could not be written; it is a 422 like any other invalid body.
    half = b'{"programmes": [{"code": "C\\udb8d", "name": "x"}], "locations": []}'
    answer = httpx.put(url, headers=ADMIN, content=half)
    assert answer.status_code == 422, answer.text
    assert httpx.get(url).json()["programmes"] == PLACES["programmes"]  # nothing replaced

    held = httpx.post(f"{central.url}/v1/stations/st-x/revoke", headers=ADMIN,
                      json={"reason": "stolen\x00"})
    assert held.status_code == 400 and "the reason holds" in held.json()["detail"]
    decided = httpx.post(f"{central.url}/v1/adjudications/p-1", headers=ADMIN,
                         json={"decision": "different", "by": "Am\x00ara"})
    assert decided.status_code == 400 and "by (the adjudicator" in decided.json()["detail"]
