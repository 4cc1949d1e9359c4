"""Who belongs to a household: a new head after a death, a son starting his own household, a
widow joining her daughter's. Each is one transaction with an event and a ``person_update`` per
person changed; a headless household, a missing relation, the dead and the wrong role are
refused in one line with nothing written. On SQLite and on a real PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import cbor2
import pytest
import sqlalchemy as sa

from station.cli.household import _change_text, _household_data, twice_lines
from station.errors import BadInput, PermissionDenied, UnknownHousehold
from station.model.cards import record_issued
from station.model.deaths import record_death
from station.model.demographics import Address
from station.model.enrolment import Enrolled, enrol
from station.model.operators import OperatorInfo
from station.model.persons import get_person
from station.model.station import Station
from station.registry.base import OUTBOX
from station.registry.models import Household, Person
from station.services.household_changes import change_head, move_members
from station.services.households import HeldTwice, held_twice, households_to_review
from tests.station.helpers import NOW, POLICY, demographics, join_programme, person_fingers
from tests.station.test_cli import home  # noqa: F401 - the CLI's initialised station

ELSEWHERE = Address("12", "1204", "120402", "12040203")  # Kang Ta Noeng, Kandal


def _enrol(station: Station, clerk: OperatorInfo, name: str, seed: int, **kw: Any) -> str:
    out = enrol(station, demographics(name, **kw), person_fingers(seed), operator=clerk,
                now=NOW, policy=POLICY, new_household="household_id" not in kw)
    assert isinstance(out, Enrolled)
    return out.person_id


def _enrol_alone(station: Station, operator: OperatorInfo) -> str:
    """Another household, of one person: its id."""
    pid = _enrol(station, operator, "Lim Chea", 90)
    return str(get_person(station, pid)["household_id"])


@pytest.fixture
def family(station: Station, clerk: OperatorInfo) -> dict[str, str]:
    """Sok Dara heads a household of her husband, her son, his wife and their child."""
    head = _enrol(station, clerk, "Sok Dara", 3)
    hh = get_person(station, head)["household_id"]
    ids = {"head": head, "household": hh}
    for i, (name, relation) in enumerate((("Chan Veasna", "spouse"), ("Chan Rith", "child"),
                                          ("Keo Sophea", "other"), ("Chan Nita", "other"))):
        ids[name.split()[1].lower()] = _enrol(station, clerk, name, 40 + 10 * i,
                                              household_id=hh, relation_to_head=relation)
    return ids


def _outbox(station: Station) -> list[tuple[str, str, dict[str, Any]]]:
    with station.reading() as s:
        return [(r.kind, r.record_id, cbor2.loads(r.payload)) for r in s.execute(
            sa.select(OUTBOX.c.kind, OUTBOX.c.record_id, OUTBOX.c.payload)
            .order_by(OUTBOX.c.seq))]


def _events(station: Station, action: str) -> list[tuple[str, dict[str, Any]]]:
    with station.reading() as s:
        rows = s.execute(sa.text("SELECT subject_id, details FROM audit_event WHERE action = :a "
                                 "ORDER BY seq"), {"a": action}).all()
    return [(sid, json.loads(d) if isinstance(d, str) else d) for sid, d in rows]


def _state(station: Station, family: dict[str, str]) -> tuple[Any, ...]:
    with station.reading() as s:
        audit = s.execute(sa.text("SELECT count(*) FROM audit_event")).scalar_one()
        households = s.execute(sa.text("SELECT count(*) FROM household")).scalar_one()
    people = [json.dumps(get_person(station, pid), sort_keys=True)
              for key, pid in sorted(family.items()) if key != "household"]
    return (*people, audit, households, len(_outbox(station)))


def _relation(station: Station, pid: str) -> tuple[str, str | None]:
    person = get_person(station, pid)
    return person["household_id"], person["relation_to_head"]


def test_the_widow_heads_the_household_after_her_husbands_death(
        station: Station, family: dict[str, str], supervisor: OperatorInfo) -> None:
    """The head died: the household kept a dead head on every paper and nobody could be
    made head, since a correction never changes who heads a household."""
    hh = family["household"]
    died = record_death(station, family["head"], died_on=dt.date(2026, 11, 1),
                        source="certificate 9", by=supervisor, now=NOW)
    assert died.headed == hh  # the death says the household needs a new head
    before = len(_outbox(station))

    done = change_head(station, hh, family["veasna"], reason="head died (certificate 9)",
                       operator=supervisor, now=NOW)

    assert done.head_id == family["veasna"] and done.relations == {family["veasna"]: "head"}
    assert _relation(station, family["veasna"]) == (hh, "head")
    assert _relation(station, family["head"]) == (hh, "head")  # the dead keep their relation
    assert [(k, r) for k, r, _ in _outbox(station)[before:]] == [
        ("person_update", family["veasna"])]
    payload = _outbox(station)[-1][2]
    assert payload["fields"] == ["relation_to_head"]
    assert payload["demographics"]["relation_to_head"] == "head"
    [(subject, details)] = _events(station, "household.head")
    assert subject == family["veasna"] and details["relation"] == ["spouse", "head"]
    assert details["reason"] == "head died (certificate 9)"
    # the Find step names the living head, not the dead one who keeps the relation
    from station.model.ui_lookup import find_people

    assert {r.head_name for r in find_people(station, "Chan Rith")} == {"Chan Veasna"}
    # and the new head leaves only with everyone: the dead head does not count as one
    with pytest.raises(BadInput, match="Chan Veasna heads household"):
        move_members(station, [family["veasna"]], into=_enrol_alone(station, supervisor),
                     relations={family["veasna"]: "other"}, reason="remarried (form 5)",
                     operator=supervisor, now=NOW)


def test_a_living_former_head_says_how_they_are_related_to_the_new_one(
        station: Station, family: dict[str, str], supervisor: OperatorInfo) -> None:
    hh, state = family["household"], _state(station, family)
    with pytest.raises(BadInput, match="say how Sok Dara, who headed the household until "
                                       "now, is related to Chan Rith"):
        change_head(station, hh, family["rith"], reason="mother too old (form 3)",
                    operator=supervisor, now=NOW)
    with pytest.raises(BadInput, match="must be one of spouse, child, parent, other"):
        change_head(station, hh, family["rith"], relations={family["head"]: "mother"},
                    reason="mother too old (form 3)", operator=supervisor, now=NOW)
    assert _state(station, family) == state

    done = change_head(station, hh, family["rith"],
                       relations={family["head"]: "parent", family["veasna"]: "parent",
                                  family["sophea"]: "spouse", family["nita"]: "child"},
                       reason="mother too old (form 3)", operator=supervisor, now=NOW)

    assert done.relations == {family["rith"]: "head", family["head"]: "parent",
                              family["veasna"]: "parent", family["sophea"]: "spouse",
                              family["nita"]: "child"}
    heads = [pid for key, pid in family.items() if key != "household"
             and _relation(station, pid)[1] == "head"]
    assert heads == [family["rith"]]  # exactly one head
    assert len(_events(station, "household.head")) == 5


@pytest.mark.parametrize(("who", "words"), [
    ("head", "already heads household"),
    ("nobody", "no person with id"),
])
def test_a_new_head_must_be_another_living_member(
        station: Station, family: dict[str, str], supervisor: OperatorInfo, clerk: OperatorInfo,
        who: str, words: str) -> None:
    pid = family.get(who, "00000000-0000-0000-0000-000000000000")
    state = _state(station, family)
    with pytest.raises(BadInput, match=words) as caught:
        change_head(station, family["household"], pid, relations={}, reason="form 3",
                    operator=supervisor, now=NOW)
    assert "\n" not in str(caught.value)
    outsider = _enrol(station, clerk, "Lim Chea", 90)
    with pytest.raises(BadInput, match="is not a member of household"):
        change_head(station, family["household"], outsider, reason="form 3",
                    operator=supervisor, now=NOW)
    with pytest.raises(PermissionDenied, match="a clerk may not change who heads"):
        change_head(station, family["household"], family["veasna"],
                    relations={family["head"]: "spouse"}, reason="form 3", operator=clerk,
                    now=NOW)
    assert _state(station, family)[:-3] == state[:-3]  # the family is as it was


def test_the_son_starts_his_own_household_with_his_wife_and_child(
        station: Station, family: dict[str, str], supervisor: OperatorInfo,
        clerk: OperatorInfo) -> None:
    old = family["household"]
    record_issued(station, person_id=family["rith"], serial="0C07", credential=b"cose",
                  by=clerk, now=NOW)
    before = len(_outbox(station))

    done = move_members(station, [family["rith"], family["sophea"], family["nita"]],
                        head=family["rith"], relations={family["sophea"]: "spouse",
                                                        family["nita"]: "child"},
                        address=ELSEWHERE, reason="married, own house (form 5)",
                        operator=supervisor, now=NOW)

    new = done.household_id
    assert done.new_household and new != old and done.left_household_id == old
    assert done.head_id == family["rith"] and done.unassessed
    assert done.cards_to_replace == ("0C07",)  # his card shows the old village
    assert _relation(station, family["rith"]) == (new, "head")
    assert _relation(station, family["sophea"]) == (new, "spouse")
    assert _relation(station, family["nita"]) == (new, "child")
    assert get_person(station, family["nita"])["address"]["village"] == ELSEWHERE.village
    assert _relation(station, family["head"]) == (old, "head")  # the mother stays
    with station.reading() as s:
        row = s.get(Household, new)
        assert row is not None and row.village_code == ELSEWHERE.village
    updates = _outbox(station)[before:]
    assert sorted(r for _, r, _ in updates) == sorted(done.moved)
    for _, _, payload in updates:
        assert payload["household_id"] == new
        assert payload["fields"] == ["household_id", "relation_to_head", "address"]
    events = _events(station, "household.move")
    assert [sid for sid, _ in events] == list(done.moved)
    assert all(d["from"] == old and d["to"] == new and d["new"] for _, d in events)


def test_the_widow_joins_her_daughters_household(
        station: Station, family: dict[str, str], supervisor: OperatorInfo,
        clerk: OperatorInfo) -> None:
    daughter = _enrol(station, clerk, "Chan Srey", 80, address=ELSEWHERE)
    theirs = get_person(station, daughter)["household_id"]
    old = family["household"]
    died = record_death(station, family["veasna"], died_on=dt.date(2026, 11, 1),
                        source="certificate 9", by=supervisor, now=NOW)
    assert died.headed is None  # a member, not the head
    # she heads her household: the others stay, so someone else heads it first
    with pytest.raises(BadInput, match=r"Sok Dara heads household .* and 3 living members "
                                       r"stay: choose its new head first"):
        move_members(station, [family["head"]], into=theirs,
                     relations={family["head"]: "parent"}, reason="lives with daughter",
                     operator=supervisor, now=NOW)
    change_head(station, old, family["rith"],
                relations={family["head"]: "parent"}, reason="mother moves out (form 3)",
                operator=supervisor, now=NOW)

    done = move_members(station, [family["head"]], into=theirs,
                        relations={family["head"]: "parent"}, reason="lives with daughter",
                        operator=supervisor, now=NOW)

    assert not done.new_household and done.household_id == theirs and done.head_id == daughter
    assert _relation(station, family["head"]) == (theirs, "parent")
    assert get_person(station, family["head"])["address"] == get_person(
        station, daughter)["address"]  # she lives where the household lives
    assert done.unassessed  # nobody assessed the daughter's household yet
    alone = record_death(station, daughter, died_on=dt.date(2026, 11, 2), source="cert 10",
                         by=supervisor, now=NOW)
    assert alone.headed == theirs  # her mother lives on in it


@pytest.mark.parametrize(("kwargs", "words"), [
    ({"head": "rith", "relations": {"sophea": "spouse"}}, "say how .* is related"),
    ({"head": "rith", "relations": {"sophea": "spouse", "nita": "child", "head": "parent"}},
     "is not one of the persons who move"),
    ({"head": None, "relations": {"sophea": "spouse", "nita": "child"}},
     "headed by one of the persons who start it"),
    ({"into": "household", "relations": {"rith": "child", "sophea": "other", "nita": "other"}},
     "members of household .* already"),
    ({"into": "nowhere", "relations": {"rith": "child", "sophea": "other", "nita": "other"}},
     "no household with id nowhere"),
    ({"head": "rith", "relations": {"sophea": "spouse", "nita": "child"}, "reason": "x"},
     "give the reason"),
    ({"head": "rith", "relations": {"sophea": "wife", "nita": "child"}},
     "must be one of spouse"),
])
def test_refused_moves_change_nothing(station: Station, family: dict[str, str],
                                      supervisor: OperatorInfo, kwargs: dict[str, Any],
                                      words: str) -> None:
    def pid(key: str) -> str:
        return family.get(key, key)

    args: dict[str, Any] = {"reason": "married (form 5)", **kwargs}
    args["relations"] = {pid(k): v for k, v in args["relations"].items()}
    if args.get("head"):
        args["head"] = pid(args["head"])
    if "into" in args:
        args["into"] = pid(args["into"])
    state = _state(station, family)
    with pytest.raises(BadInput, match=words) as caught:
        move_members(station, [pid("rith"), pid("sophea"), pid("nita")], operator=supervisor,
                     now=NOW, **args)
    assert "\n" not in str(caught.value)
    assert _state(station, family) == state


def test_a_person_registered_on_their_own_joins_a_household(
        station: Station, family: dict[str, str], supervisor: OperatorInfo,
        clerk: OperatorInfo) -> None:
    alone = _enrol(station, clerk, "Lim Chea", 90, household_id=None, address=ELSEWHERE)
    with pytest.raises(BadInput, match="belongs to no household"):
        move_members(station, [alone], head=alone, reason="form 5", operator=supervisor,
                     now=NOW)
    done = move_members(station, [alone], into=family["household"],
                        relations={alone: "other"}, reason="lodger (form 5)",
                        operator=supervisor, now=NOW)
    assert done.left_household_id is None and done.head_id == family["head"]
    assert _relation(station, alone) == (family["household"], "other")
    assert get_person(station, alone)["address"]["village"] == "12040103"


def test_joining_a_household_that_holds_its_household_programme_names_the_second(
        station: Station, family: dict[str, str], supervisor: OperatorInfo,
        clerk: OperatorInfo) -> None:
    """Public works goes to one member a household. The son held it in his parents'
    household, his wife's mother in hers; when he and his wife join her mother's household,
    that household has it twice: one family, paid twice, and nothing said so."""
    mother = _enrol(station, clerk, "Keo Phalla", 80, address=ELSEWHERE)
    theirs = get_person(station, mother)["household_id"]
    kept = join_programme(station, mother, "PUBLIC_WORKS", dt.date(2026, 6, 1))
    extra = join_programme(station, family["rith"], "PUBLIC_WORKS", dt.date(2026, 5, 1))
    join_programme(station, mother, "HEALTH_SUBSIDY", dt.date(2026, 1, 1))  # one a person: fine
    join_programme(station, family["rith"], "HEALTH_SUBSIDY", dt.date(2026, 1, 1))
    join_programme(station, family["sophea"], "PUBLIC_WORKS", dt.date(2025, 1, 1),
               dt.date(2025, 6, 30))  # ended long ago: not held
    change_head(station, family["household"], family["veasna"],
                relations={family["head"]: "spouse", family["rith"]: "child"},
                reason="form 3", operator=supervisor, now=NOW)
    alone = move_members(station, [family["nita"]], head=family["nita"], reason="form 5",
                         operator=supervisor, now=NOW)
    assert alone.held_twice == ()  # a household of one holds nothing twice

    done = move_members(station, [family["rith"], family["sophea"]], into=theirs,
                        relations={family["rith"]: "other", family["sophea"]: "child"},
                        reason="live with her mother (form 5)", operator=supervisor, now=NOW)

    # the head's stays (the rules give it to the head first), though his began earlier
    assert done.held_twice == (HeldTwice("PUBLIC_WORKS", (mother, kept),
                                         ((family["rith"], extra, dt.date(2026, 5, 1)),)),)
    assert done.as_record()["held_twice"] == [{
        "programme": "PUBLIC_WORKS", "kept": {"person_id": mother, "membership_id": kept},
        "to_end": [{"person_id": family["rith"], "membership_id": extra,
                    "start_date": "2026-05-01"}]}]
    text = _change_text(done)
    assert text.endswith(
        f". Household {theirs} now holds PUBLIC_WORKS twice (one member a household): it "
        f"stays with {mother}; end the other (sws household end-membership {extra} --reason "
        "not_eligible)")
    with station.reading() as s:
        assert held_twice(s, theirs, dt.date(2026, 11, 22)) == done.held_twice
        assert held_twice(s, family["household"], dt.date(2026, 11, 22)) == ()
    shown = _household_data(station, theirs)  # what `sws household show` says
    assert shown["held_twice"] == done.as_record()["held_twice"]
    assert twice_lines(theirs, shown["held_twice"]) == [text.rsplit(". ", 1)[1]]


def test_a_household_is_not_split_into_itself_nor_by_the_dead_or_a_clerk(
        station: Station, family: dict[str, str], supervisor: OperatorInfo,
        clerk: OperatorInfo) -> None:
    everyone = [family[k] for k in ("head", "veasna", "rith", "sophea", "nita")]
    relations = {p: "other" for p in everyone[1:]}
    state = _state(station, family)
    with pytest.raises(BadInput, match="every living member would leave"):
        move_members(station, everyone, head=family["head"], relations=relations,
                     reason="form 5", operator=supervisor, now=NOW)
    with pytest.raises(PermissionDenied, match="a clerk may not change who belongs"):
        move_members(station, [family["nita"]], head=family["nita"], reason="form 5",
                     operator=clerk, now=NOW)
    assert _state(station, family) == state
    record_death(station, family["nita"], died_on=dt.date(2026, 11, 1), source="certificate",
                 by=supervisor, now=NOW)
    with pytest.raises(BadInput, match="the dead do not move household"):
        move_members(station, [family["nita"]], head=family["nita"], reason="form 5",
                     operator=supervisor, now=NOW)
    with pytest.raises(UnknownHousehold):
        change_head(station, "nowhere", family["rith"], reason="form 5",
                    operator=supervisor, now=NOW)


def test_sws_household_head_and_move(home: Path,  # noqa: F811 - the CLI's station
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from station.config import load_settings
    from station.model.operators import login
    from tests.station.helpers import PASSWORD, ExactGallery, sws_in

    st = Station(load_settings(), gallery_factory=ExactGallery)
    try:
        ids = {}
        with_household: dict[str, Any] = {}
        for i, (key, relation) in enumerate((("head", None), ("son", "child"),
                                             ("wife", "other"))):
            out = enrol(st, demographics(f"Chan {key.title()}", relation_to_head=relation,
                                         **with_household),
                        person_fingers(3 + 10 * i), now=NOW, policy=POLICY,
                        operator=login(st, "super", PASSWORD, now=NOW),
                        new_household=not with_household)
            assert isinstance(out, Enrolled)
            ids[key] = out.person_id
            with_household = {"household_id": get_person(st, out.person_id)["household_id"]}
    finally:
        st.close()
    hh, sws = with_household["household_id"], sws_in(capsys)

    code, _, err = sws("household", "head", hh, ids["son"], "--reason", "father too ill")
    assert code == 4 and err.strip() == (
        "sws: error: say how Chan Head, who headed the household until now, is related to "
        "Chan Son")
    code, _, err = sws("household", "move", ids["son"], ids["wife"], "--head", ids["son"],
                       "--relation", ids["wife"], "--reason", "married (form 5)")
    assert code == 4 and "--relation takes PERSON_ID=RELATION" in err
    code, _, err = sws("household", "move", ids["son"], "--into", hh, "--commune", "120402",
                       "--relation", f"{ids['son']}=child", "--reason", "married (form 5)")
    assert code == 4 and "keeps its address" in err

    code, text, _ = sws("household", "move", ids["son"], ids["wife"], "--head", ids["son"],
                        "--relation", f"{ids['wife']}=spouse", "--commune", "120402",
                        "--village", "12040203", "--reason", "married (form 5)", "--json")
    got = json.loads(text)
    assert code == 0 and got["new_household"] and got["left_household_id"] == hh
    assert got["relations"] == {ids["son"]: "head", ids["wife"]: "spouse"}
    assert got["unassessed"] is True
    code, text, _ = sws("household", "show", got["household_id"], "--json")
    members = json.loads(text)["members"]
    assert code == 0 and {m["person_id"] for m in members} == {ids["son"], ids["wife"]}
    code, text, _ = sws("household", "head", got["household_id"], ids["wife"], "--relation",
                        f"{ids['son']}=spouse", "--reason", "he works abroad (form 3)")
    assert code == 0 and text.strip() == (
        f"household {got['household_id']}: {ids['wife']} heads it now; relations: "
        f"{ids['son']} spouse")
    code, text, _ = sws("household", "show", got["household_id"])
    assert code == 0 and f"{ids['wife']}  F  born 1990-04-12  (head)" in text
    assert f"{ids['son']}  F  born 1990-04-12  (spouse)" in text  # the helper's sex and date
    code, text, _ = sws("person", "death", ids["wife"], "--on", "2026-11-20", "--source",
                        "certificate 12")
    assert code == 0 and text.strip().endswith(
        f"They headed household {got['household_id']}, where living members stay: name its "
        f"new head (sws household head {got['household_id']} PERSON_ID)")
    code, text, _ = sws("household", "review")
    assert code == 0 and text.strip() == (
        f"household {got['household_id']} (Chan Son, {ids['son']}, village 12040203): no "
        f"living head: name one (sws household head {got['household_id']} PERSON_ID "
        "--reason ...)")
    code, text, _ = sws("household", "review", "--json")
    assert [(h["household_id"], h["kind"]) for h in json.loads(text)["households"]] == [
        (got["household_id"], "no_head")]


@pytest.mark.parametrize("here", ["head", "move"])
def test_two_desks_changing_one_household_at_once_leave_it_one_head(
        station: Station, family: dict[str, str], supervisor: OperatorInfo,
        monkeypatch: pytest.MonkeyPatch, here: str) -> None:
    """Another desk makes the son head while this desk's change (another head, or the son
    leaving to start his own household) has read the members: without the household's row
    locked (PostgreSQL reads do not block), both committed and the household had two living
    heads, or the son left it as its head with the others behind. The other desk now waits
    and is told the registry is busy (one line: try again); this desk's change alone lands."""
    import station.services.household_changes as module
    from station.errors import DatabaseBusy
    from tests.station.helpers import ExactGallery

    other = Station(station.settings, gallery_factory=ExactGallery)
    real = module._members
    other_desk: list[str] = []

    def members_then_the_other_desk(session: Any, household_id: str) -> Any:
        found = real(session, household_id)
        if not other_desk:
            other_desk.append("started")
            try:
                change_head(other, household_id, family["rith"],
                            relations={family["head"]: "parent"}, reason="form 3 (desk 2)",
                            operator=supervisor, now=NOW)
                other_desk.append("committed")
            except DatabaseBusy:
                other_desk.append("busy")
        return found

    monkeypatch.setattr(module, "_members", members_then_the_other_desk)
    try:
        if here == "head":
            change_head(station, family["household"], family["veasna"],
                        relations={family["head"]: "spouse"}, reason="form 3 (desk 1)",
                        operator=supervisor, now=NOW)
        else:
            move_members(station, [family["rith"], family["sophea"]], head=family["rith"],
                         relations={family["sophea"]: "spouse"}, reason="form 5 (desk 1)",
                         operator=supervisor, now=NOW)
    finally:
        other.close()
    assert other_desk == ["started", "busy"]
    heads = [key for key in ("head", "veasna", "rith", "sophea", "nita")
             if _relation(station, family[key])[0] == family["household"]
             and _relation(station, family[key])[1] == "head"]
    assert heads == (["veasna"] if here == "head" else ["head"])


def test_a_new_household_is_not_started_in_a_retired_commune(
        station: Station, family: dict[str, str], supervisor: OperatorInfo) -> None:
    """The centre merged the family's commune into another: enrolment refuses a new household
    there, and so does a son starting his own where he lives now (a family already there
    stays, and may still take in a member)."""
    from station.model.locations import RetiredPlace
    from tests.station.test_sixth_day_ops import _retire

    _retire(station, "120401")
    state = _state(station, family)
    with pytest.raises(RetiredPlace):
        move_members(station, [family["rith"], family["sophea"]], head=family["rith"],
                     relations={family["sophea"]: "spouse"}, reason="married (form 5)",
                     operator=supervisor, now=NOW)
    assert _state(station, family) == state
    done = move_members(station, [family["rith"], family["sophea"]], head=family["rith"],
                        relations={family["sophea"]: "spouse"}, address=ELSEWHERE,
                        reason="married (form 5)", operator=supervisor, now=NOW)
    assert done.new_household


def test_households_to_review_lists_what_a_message_line_said_once(
        station: Station, family: dict[str, str], supervisor: OperatorInfo,
        clerk: OperatorInfo) -> None:
    """A head's death, a join that doubled public works: each was said once, in a message
    line, and then nothing kept it in view. The list keeps each household until it is
    mended; a household with one living head and nothing twice is not in it."""
    today = dt.date(2026, 11, 22)
    assert households_to_review(station, today) == []
    lone = _enrol(station, clerk, "Keo Phalla", 80, address=ELSEWHERE)
    theirs = get_person(station, lone)["household_id"]
    record_death(station, family["head"], died_on=dt.date(2026, 11, 1), source="cert 9",
                 by=supervisor, now=NOW)
    join_programme(station, lone, "PUBLIC_WORKS", dt.date(2026, 6, 1))
    join_programme(station, family["nita"], "PUBLIC_WORKS", dt.date(2026, 5, 1))
    move_members(station, [family["nita"]], into=theirs, relations={family["nita"]: "other"},
                 reason="form 5", operator=supervisor, now=NOW)
    with station.transaction() as s:  # a record from before the household lock
        s.execute(sa.update(Person).where(Person.id == family["rith"])
                  .values(relation_to_head="head"))
        s.execute(sa.update(Person).where(Person.id == family["veasna"])
                  .values(relation_to_head="head"))

    listed = households_to_review(station, today)

    assert [(r.household_id, r.kind, r.person_id, r.programme_code) for r in listed] == [
        (family["household"], "two_heads", min(family["rith"], family["veasna"],
                                               key=_born_then_id(station)), None),
        (theirs, "held_twice", lone, "PUBLIC_WORKS")]
    assert listed[1].latin_name == "Keo Phalla" and listed[1].village_code == "12040203"
    # naming one of the two heads mends it (he "already heads" it, but not alone)
    done = change_head(station, family["household"], family["veasna"],
                       relations={family["rith"]: "child"}, reason="form 3",
                       operator=supervisor, now=NOW)
    assert done.relations == {family["rith"]: "child"}
    assert [r.kind for r in households_to_review(station, today)] == ["held_twice"]
    with pytest.raises(BadInput, match="Chan Veasna already heads household"):
        change_head(station, family["household"], family["veasna"],
                    relations={family["rith"]: "child"}, reason="form 3",
                    operator=supervisor, now=NOW)
    record_death(station, family["veasna"], died_on=dt.date(2026, 11, 2), source="cert 10",
                 by=supervisor, now=NOW)
    assert [(r.household_id, r.kind, r.person_id) for r in households_to_review(
        station, today)] == [
        (family["household"], "no_head", min(family["rith"], family["sophea"],
                                             key=_born_then_id(station))),
        (theirs, "held_twice", lone)]


def _born_then_id(station: Station) -> Any:
    def key(pid: str) -> tuple[str, str]:
        return (get_person(station, pid)["birth_date"], pid)
    return key
