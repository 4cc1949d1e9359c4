"""The fifth day at the counter, on the command line: what a clerk, a supervisor or an office
manager met running `sws` on a busy day, each asserted as they see it (one plain line, the
exit code `sws --help` documents, nothing lost)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from fixtures.fingerprints import sample_images
from tests._cli import sws as _sws
from tests.station.helpers import PASSWORD, use_home
from tests.station.test_first_day_ops import ADMIN_TOKEN, central
from tests.station.test_third_day_ops import _in_read_only, _snapshot, read_only

__all__ = ["central", "read_only"]  # the fixtures, shared with the first and third days


# -- signing in to a read-only home ---------------------------------------------------------


def test_signing_in_to_a_read_only_home_reads_and_says_so_once(read_only: Path) -> None:
    """A backup mounted read-only for an audit: every command that signs in failed with "the
    station's home is read-only" because the sign-in writes the operator's last sign-in time,
    so nobody could even list the accounts. Now the sign-in reads only: the command works and
    one note (after its output) says the home is read-only; a write is still refused in one
    line (no note beside it); a wrong password is still refused; nothing is written."""
    home = read_only
    before = _snapshot(home)
    listed = _in_read_only(home, "operator", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [row["username"] for row in json.loads(listed.stdout)] == ["super"]
    assert listed.stderr == (f"sws: note: the station's home is read-only: {home}; signed in "
                             "to read only (nothing can be recorded here)\n")
    log = _in_read_only(home, "audit", "log")
    assert log.returncode == 0, log.stderr
    assert log.stderr.count("read-only") == 1
    write = _in_read_only(home, "operator", "add", "clerk2", "--full-name", "Chan Clerk",
                          "--role", "clerk", "--new-password", "longenough-pass2")
    assert write.returncode == 4
    assert write.stderr.startswith(f"sws: error: the station's home is read-only: {home} ")
    assert len(write.stderr.splitlines()) == 1
    wrong = _in_read_only(home, "operator", "list", "--password", "not-the-password")
    assert wrong.returncode == 4
    assert wrong.stderr == "sws: error: wrong user name or password\n"
    assert _snapshot(home) == before


# -- a commune retired from the list of places -----------------------------------------------

PROVINCE = [{"code": "12", "name": "Kampong Cham"},
            {"code": "1201", "parent": "12", "name": "Kampong Siem"}]
AMPIL = [{"code": "120101", "parent": "1201", "name": "Ampil"},
         {"code": "12010101", "parent": "120101", "name": "Phum Ampil"}]
BAKA = [{"code": "120102", "parent": "1201", "name": "Baka"},
        {"code": "12010201", "parent": "120102", "name": "Phum Baka"}]


def _master_data(capsys: pytest.CaptureFixture[str], central: str, folder: Path,
                 *areas: dict[str, object]) -> tuple[int, str, str]:
    """`sws central master-data` with a gazetteer of ``areas`` below the one district."""
    places, catalogue = folder / "locations.json", folder / "programmes.json"
    places.write_text(json.dumps({"format": "sws-locations", "format_version": 1,
                                  "version": f"v{len(areas)}",
                                  "areas": [*PROVINCE, *areas]}))
    catalogue.write_text(json.dumps({"programmes": [{"code": "HEF", "name": "Health"}]}))
    return _sws(capsys, "central", "master-data", "--locations", str(places),
                "--programmes", str(catalogue), "--central", central)


def _enrol(capsys: pytest.CaptureFixture[str], commune: str, village: str,
           print_: tuple[int, int]) -> tuple[int, str, str]:
    return _sws(capsys, "enrol", "--consent", "self",
                "--local-name", "សុខ ដារា", "--latin-name", "Sok Dara",
                "--sex", "F", "--born", "1990-04-12", "--province", "12", "--district", "1201",
                "--commune", commune, "--village", village, "--new-household",
                "--finger", f"right-index={sample_images()[print_]}", "--json")


def test_a_commune_in_use_is_retired_not_dropped(
        central: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A commune merged into another could not leave the master data while records named it
    (refused: "drops a commune records are registered in"), and there was no other way to
    stop new households being registered there. Now the centre's list marks it
    ``"retired": true``: the centre takes it (its records keep their place in reports), the
    station that pulls it stops offering it (`sws places`) and refuses a new household there
    in one line, while its people keep their place's name; a file with a wrong mark is
    refused in one line."""
    monkeypatch.setenv("SWS_CENTRAL_ADMIN_TOKEN", ADMIN_TOKEN)
    folder = tmp_path / "master"
    folder.mkdir()
    assert _master_data(capsys, central, folder, *AMPIL, *BAKA)[0] == 0
    home = tmp_path / "station"
    use_home(monkeypatch, home)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD,
                "--central", central)[0] == 0
    assert _sws(capsys, "sync")[0] == 0  # approved (demo), the list of places pulled
    code, out, err = _enrol(capsys, "120101", "12010101", (101, 1))
    assert code == 0, err
    person = json.loads(out)["person_id"]
    code, out, err = _sws(capsys, "sync", "--json")
    assert code == 0, err

    code, _, err = _master_data(capsys, central, folder, *BAKA)  # Ampil left out: refused
    assert code == 4 and "120101 Ampil (" in err and '"retired": true' in err
    code, _, err = _master_data(capsys, central, folder,
                                {**AMPIL[0], "retired": "yes"}, AMPIL[1], *BAKA)
    assert code == 4 and len(err.splitlines()) == 1
    assert "retired of 120101 must be true or false, not 'yes'" in err

    code, _, err = _master_data(capsys, central, folder, {**AMPIL[0], "retired": True},
                                AMPIL[1], *BAKA)
    assert code == 0, err
    assert "120101" in [loc["code"] for loc in httpx.get(
        f"{central}/v1/master-data").json()["locations"]]  # the centre keeps it
    assert _sws(capsys, "sync")[0] == 0  # the station pulls the new list

    code, out, _ = _sws(capsys, "places", "a", "--json")
    names = {row["name"] for row in json.loads(out)["places"]}
    assert "Baka" in names and "Ampil" not in names and "Phum Ampil" not in names
    code, out, err = _enrol(capsys, "120101", "12010101", (102, 1))
    assert code == 4
    assert err == ("sws: error: Ampil (120101) is a retired commune in the list of places: "
                   "no new household is registered there; choose the commune that replaced "
                   "it\n")
    assert json.loads(out)["kind"] == "RetiredPlace"
    assert _enrol(capsys, "120102", "12010201", (102, 1))[0] == 0  # Baka is open
    code, out, _ = _sws(capsys, "person", "show", person, "--json")
    assert code == 0 and json.loads(out)["address"]["commune"] == "120101"
    code, out, err = _sws(capsys, "report", "coverage", "--commune", "120101", "--format",
                          "json")
    assert code == 0, err  # its records keep their place and its name
    assert "Ampil" in json.loads(out)["area"]


# -- a registry that already holds a programme twice ------------------------------------------


@contextmanager
def _before_mem01(station: Any, programme: str) -> Iterator[Any]:
    """A registry taken back to before migration mem01, holding one person of one household
    and the programme ``programme``: the session to add memberships in (committed after)."""
    import datetime as dt

    from alembic import command

    from station.registry.migrate import alembic_config
    from station.registry.models import Household, Person, Programme

    command.downgrade(alembic_config(station.engine), "ops01")  # mem01 and after undone
    with station.transaction() as session:
        session.add(Household(id="hh-1", province_code="12", district_code="1203",
                              commune_code="120301", village_code="12030101",
                              created_at=dt.datetime(2026, 11, 1)))
        session.add(Programme(code=programme, name=programme.title()))
        session.add(Person(id="p-1", household_id="hh-1", relation_to_head="head",
                           local_name="p", latin_name="p", sex="F",
                           birth_date=dt.date(1950, 1, 1), birth_date_estimated=False,
                           other_ids={}, created_at=dt.datetime(2026, 11, 1),
                           province_code="12", district_code="1203",
                           commune_code="120301", village_code="12030101"))
        session.flush()
        yield session


def test_mem01_names_memberships_held_twice_and_changes_nothing(settings: Any,
                                                                 station: Any) -> None:
    """A registry where the race already wrote a programme twice: the migration that makes
    the database hold the rule cannot create its index there. It names the people and
    programmes in one line (an integrity failure) instead of SQL's "UNIQUE constraint
    failed", and leaves the rows and the schema as they were: which to end is a clerk's
    decision."""
    import datetime as dt

    import sqlalchemy as sa

    from station.errors import IntegrityFailure
    from station.model.station import Station
    from station.registry.migrate import current_revision
    from station.registry.models import ProgrammeMembership

    day = dt.date(2026, 11, 1)
    with _before_mem01(station, "OLD_AGE_PENSION") as session:
        for mid, start in (("m-1", day), ("m-2", day + dt.timedelta(days=3))):
            session.add(ProgrammeMembership(id=mid, person_id="p-1",
                                            programme_code="OLD_AGE_PENSION",
                                            start_date=start, end_date=None))
    before = current_revision(station.engine)
    with pytest.raises(IntegrityFailure) as refused:
        Station(settings)
    assert str(refused.value).startswith(  # one pair, and the end that resolves it
        "the registry holds 1 pair of programme memberships whose dates meet: end one of "
        "each pair (p-1 in OLD_AGE_PENSION: `sws household end-membership m-1 --reason "
        "recorded_twice --on 2026-11-03`), then open the station again ")
    assert current_revision(station.engine) == before
    with station.reading() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(
            ProgrammeMembership)) == 2


def test_mem01_makes_one_membership_of_what_the_race_wrote_twice(settings: Any,
                                                                station: Any) -> None:
    """The race writes the same membership twice (same person, programme and dates). The
    migration used to refuse to open such a registry and told the clerk to end the extra one
    with the previous version, which has no command for it: the station could not be
    upgraded. Now the copies are made one again: the first by id stays, the eligibility
    decision and the payments of the other move onto it (no payment lost), the station
    opens and holds the rule."""
    import datetime as dt

    import sqlalchemy as sa

    from station.model.station import Station
    from station.registry.models import ProgrammeMembership
    from station.registry.models_services import ContributionPayment, EligibilityDecision

    day = dt.date(2026, 11, 1)
    with _before_mem01(station, "HEALTH") as session:
        for mid in ("m-2", "m-1"):  # two desks, one package
            session.add(ProgrammeMembership(id=mid, person_id="p-1", programme_code="HEALTH",
                                            start_date=day, end_date=None))
            session.flush()
            session.add(EligibilityDecision(
                id=f"d-{mid}", household_id="hh-1", person_id="p-1", programme_code="HEALTH",
                rules_version="1", reason="eligible", decision="confirmed",
                membership_id=mid, decided_at=dt.datetime(2026, 11, 1, 9)))
            session.add(ContributionPayment(
                id=f"pay-{mid}", membership_id=mid, amount_minor=500, currency="KHR",
                receipt_no=f"R-{mid}", paid_at=dt.datetime(2026, 11, 2, 10),
                station_id="st-1"))
    Station(settings)  # opens: migrated to head
    with station.reading() as session:
        assert session.scalars(sa.select(ProgrammeMembership.id)).all() == ["m-1"]
        assert sorted(session.execute(sa.select(ContributionPayment.id,
                                                ContributionPayment.membership_id)).all()) \
            == [("pay-m-1", "m-1"), ("pay-m-2", "m-1")]
        assert set(session.scalars(sa.select(EligibilityDecision.membership_id))) == {"m-1"}
    with pytest.raises(sa.exc.IntegrityError), station.transaction() as session:
        session.add(ProgrammeMembership(id="m-3", person_id="p-1", programme_code="HEALTH",
                                        start_date=day + dt.timedelta(days=1), end_date=None))


def test_a_person_without_a_household_is_not_registered_in_a_retired_commune(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A commune merged into another is closed to new registrations, but `sws enrol` without
    --household or --new-household (a person registered on their own) still registered
    them there: the refusal looked only at new households. Now the same one line refuses it
    and nothing is written (the same fingers then enrol in the open commune, no case)."""
    from station.model.locations import station_path

    home = tmp_path / "station"
    use_home(monkeypatch, home)
    assert _sws(capsys, "init", "--username", "super", "--password", PASSWORD)[0] == 0
    station_path(home).write_text(json.dumps({
        "format": "sws-locations", "format_version": 1, "version": "v-retired",
        "areas": [*PROVINCE, {**AMPIL[0], "retired": True}, AMPIL[1], *BAKA]}))
    code, out, err = _sws(capsys, "enrol", "--consent", "self",
                          "--local-name", "សុខ ដារា", "--latin-name",
                          "Sok Dara", "--sex", "F", "--born", "1990-04-12", "--province", "12",
                          "--district", "1201", "--commune", "120101", "--village", "12010101",
                          "--finger", f"right-index={sample_images()[(101, 1)]}", "--json")
    assert code == 4, out
    assert json.loads(out)["kind"] == "RetiredPlace"
    assert err == ("sws: error: Ampil (120101) is a retired commune in the list of places: "
                   "no new household is registered there; choose the commune that replaced "
                   "it\n")
    code, out, err = _sws(capsys, "enrol", "--consent", "self",
                          "--local-name", "សុខ ដារា", "--latin-name",
                          "Sok Dara", "--sex", "F", "--born", "1990-04-12", "--province", "12",
                          "--district", "1201", "--commune", "120102", "--village", "12010201",
                          "--finger", f"right-index={sample_images()[(101, 1)]}", "--json")
    assert code == 0, err
    assert "person_id" in json.loads(out), out
