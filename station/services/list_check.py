"""A programme's own beneficiary list checked against the registry.

The Single Window exists because programmes keep their own lists: people are missed, others
are paid twice, and nobody knows who receives what. Before a programme's payments move onto
the registry (and after, at each payment round), an office is handed the programme's list, a
spreadsheet saved as CSV, and asked what the registry says about it. :func:`read_list`
reads that file; :func:`check_list` matches each line to the registered people by what the
line gives (an identity number, the name in either script, sex, birth date or year, village)
and sorts what needs doing into tables of a :class:`~station.services.report_model.Report`:

- **after death**: the line's person died on or before the date checked (stop the payment);
- **more than once**: one person on several lines, lines with the same details that name
  no one surely, or one beneficiary number on several lines;
- **not in the programme**: registered, but the registry holds no membership of the
  programme on that date (the programme pays someone the package does not place in it, or
  the office never enrolled them: either is a question to settle);
- **to check**: a line that fits more than one registered person, or one only in part;
- **not registered**: no one fits: invite them to the office to be registered;
- **in the programme, not on the list**: members of the programme here, alive, that no line
  names, in the communes the list covers: missed by the programme's payroll;
- **not read**: lines the file holds but the station could not read, each with why.

How a line is matched (one rule, fixed here, not learned): a registered person whose
identity number of the same kind equals the line's is the same person, unless their names
share nothing (then the line is to be checked); a different number of the same kind rules a
person out. Otherwise the evidence adds up in points:

- the name (in Latin letters, word order and accents aside; or in the local script) equal 4,
  nearly equal 3 or 2 (similarity 0.92 or 0.85: romanisations of one name differ by a letter
  or two), among people born within two years who share a word of the name (or anyone of
  the line's village, where the line gives no birth);
- two birth dates equal 3, in the same year 0, in different years -3; where one side
  estimates it or gives only the year: the same year 1.5, within two years 0.5, else -3;
- sex equal 1, different -4; the same village 1.

Seven points or more is the same person (the name and the birth date; or a nearly equal
name, the birth date and sex), 4.5 or more fits only in part (the line is to be checked), and
two people within two points of each other above 4.5 are both offered to be checked.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import hashlib
import io
import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from station.errors import BadInput
from station.model.demographics import SEX_ALIASES
from station.model.operators import OperatorInfo
from station.model.station import Station
from station.registry.models import Person, Programme
from station.services.catalogue import programme_names
from station.services.report_model import Area, Report, Table
from station.services.report_render import FORMATS, Localiser, unused_path, write_recorded
from station.services.reports import running_on

#: The report kind (the localiser's key for its title and tables).
KIND = "list_check"
TITLE = "A programme's list checked against the registry"
#: The audit event that records a list checked (counts and the list's digest, no names).
LIST_CHECKED = "programme.list_checked"
#: Where the station saves the reports it writes (in its data folder).
FOLDER = "reports"
#: A list larger than this is refused (a spreadsheet of a district is a few megabytes).
MAX_BYTES = 64 * 1024 * 1024
NOTE = ("Each line of the list is matched to the registered people by what it gives: an "
        "identity number, the name, sex, birth date or year, village. 'To check' lines fit "
        "more than one person or one only in part: ask the person before acting on them.")

#: Points (see the module's docstring), and the two decision levels.
NAME_EQUAL, NAME_NEAR, NAME_CLOSE = 4.0, 3.0, 2.0
NEAR, CLOSE = 0.92, 0.85
BORN_EQUAL, YEAR_EQUAL, YEAR_NEAR, BORN_APART = 3.0, 1.5, 0.5, -3.0
SEX_EQUAL, SEX_APART, VILLAGE_EQUAL = 1.0, -4.0, 1.0
SAME, PARTLY, MARGIN = 7.0, 4.5, 2.0
#: The sexes as the report writes them.
SEX_WORDS = {"F": "female", "M": "male", "X": "other"}
#: How far an estimated birth year may be from the line's.
YEARS = 2

#: Column names a list may use (compared lower-case, spaces and hyphens as underscores).
COLUMNS = {
    "beneficiary_id": "list_id", "beneficiary_no": "list_id", "list_id": "list_id",
    "id": "list_id", "no": "list_id",
    "name": "latin_name", "latin_name": "latin_name", "name_latin": "latin_name",
    "full_name": "latin_name",
    "local_name": "local_name", "name_local": "local_name",
    "sex": "sex", "gender": "sex",
    "birth_date": "birth", "date_of_birth": "birth", "dob": "birth", "born": "birth",
    "birth_year": "birth", "year_of_birth": "birth",
    "village": "village", "village_code": "village", "village_name": "village",
    "national_id": "id:national_id", "nid": "id:national_id", "id_number": "id:national_id",
}


@dataclass(frozen=True)
class ListRow:
    """One line of a programme's list, as read."""

    line: int
    #: The programme's own number for the line ("" where the list has none).
    list_id: str
    latin_name: str = ""
    local_name: str = ""
    sex: str | None = None
    born: dt.date | None = None
    #: The birth year where the line gives only a year (or a date: then its year).
    year: int | None = None
    village: str = ""
    #: Identity numbers by kind, normalised (no spaces or hyphens, upper case).
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.latin_name or self.local_name

    @cached_property
    def keys(self) -> tuple[str, str]:
        """The names as they are compared (:func:`latin_key`, :func:`local_key`)."""
        return latin_key(self.latin_name), local_key(self.local_name)


@dataclass(frozen=True)
class ListRead:
    """A list read: its lines, the lines that could not be read (line, why), its digest."""

    name: str
    sha256: str
    rows: list[ListRow]
    not_read: list[tuple[int, str]]


def read_list(data: bytes, name: str) -> ListRead:
    """The lines of a list saved as CSV (UTF-8; comma, semicolon, tab or bar between
    columns; the first line names the columns, :data:`COLUMNS`, and ``id:KIND`` for an
    identity number of that kind). A line it cannot read is kept in ``not_read`` with why;
    a file that is not such a list raises :class:`BadInput` in one line."""
    if len(data) > MAX_BYTES:
        raise BadInput(f"the list {name} is larger than {MAX_BYTES // 2**20} MB: split it",
                       field="list")
    if data[:4] == b"PK\x03\x04" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise BadInput(f"the list {name} is a spreadsheet, not a CSV file: save it as 'CSV "
                       "UTF-8' (File, Save as), then check it again", field="list")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadInput(f"the list {name} is not UTF-8 text (byte {error.start}): save it as "
                       "'CSV UTF-8', then check it again", field="list") from None
    if "\x00" in text:
        raise BadInput(f"the list {name} is not a CSV text file", field="list")
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise BadInput(f"the list {name} is empty", field="list")
    header_line = next(line for line in lines if line.strip())
    try:
        dialect: Any = csv.Sniffer().sniff(header_line, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header: list[str] | None = None
    rows: list[ListRow] = []
    not_read: list[tuple[int, str]] = []
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = [_column(c) for c in cells]
            if not ({"latin_name", "local_name"} & set(header)
                    or any(h.startswith("id:") for h in header)):
                raise BadInput(f"the first line of {name} names no name or identity number "
                               "column (expected e.g. name,sex,birth_date,village)",
                               field="list")
            continue
        try:
            rows.append(_row(line, dict(zip(header, cells, strict=False))))
        except ValueError as error:
            not_read.append((line, str(error)))
    if header is None:  # pragma: no cover - a non-blank line always becomes the header
        raise BadInput(f"the list {name} is empty", field="list")
    return ListRead(name, hashlib.sha256(data).hexdigest(), rows, not_read)


def _column(text: str) -> str:
    key = re.sub(r"[\s-]+", "_", text.strip().lower())
    if key.startswith("id:") and len(key) > 3:
        return key
    return COLUMNS.get(key, f"?{key}")


def _row(line: int, cells: dict[str, str]) -> ListRow:
    value = {k: v.strip() for k, v in cells.items() if v and v.strip()}
    if any(unicodedata.category(c) == "Cc" for v in value.values() for c in v):
        raise ValueError("a value spans lines or holds control characters")
    ids = {k[3:]: re.sub(r"[\s-]", "", v).upper() for k, v in value.items()
           if k.startswith("id:")}
    latin, local = value.get("latin_name", ""), value.get("local_name", "")
    if not (latin or local or ids):
        raise ValueError("no name and no identity number")
    if len(latin) > 200 or len(local) > 200:
        raise ValueError("a name longer than 200 characters")
    sex = None
    if "sex" in value:
        sex = SEX_ALIASES.get(value["sex"].lower())
        if sex is None:
            raise ValueError(f"sex {value['sex']!r} is not F, M or X")
    born, year = _birth(value.get("birth", ""))
    return ListRow(line=line, list_id=value.get("list_id", ""), latin_name=latin,
                   local_name=local, sex=sex, born=born, year=year,
                   village=value.get("village", ""), ids=ids)


def _birth(text: str) -> tuple[dt.date | None, int | None]:
    """A birth date (YYYY-MM-DD, or day first: DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY) or a
    year alone."""
    if not text:
        return None, None
    if re.fullmatch(r"\d{4}", text):
        return None, _year(int(text), text)
    day_first = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    try:
        if day_first:
            born = dt.date(int(day_first[3]), int(day_first[2]), int(day_first[1]))
        else:
            born = dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"birth {text!r} is not a date (YYYY-MM-DD or DD/MM/YYYY) or a "
                         "year") from None
    return born, _year(born.year, text)


def _year(year: int, text: str) -> int:
    if not 1890 <= year <= 2100:
        raise ValueError(f"birth {text!r} is not a plausible year")
    return year


def latin_key(name: str) -> str:
    """A Latin-letter name compared: case, accents, punctuation and word order aside."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFKD", name.casefold()):
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue  # an accent on a Latin letter; a script's own vowel signs stay
        kept.append(char)
    words = re.sub(r"[^\w]+", " ", "".join(kept)).split()
    return " ".join(sorted(words))


def local_key(name: str) -> str:
    """A local-script name compared: its words in order of their letters, spaces aside."""
    return " ".join(sorted(unicodedata.normalize("NFC", name).casefold().split()))


@dataclass(frozen=True)
class _Known:
    """A registered person, as the matching reads them."""

    id: str
    latin_name: str
    local_name: str
    latin: str
    local: str
    sex: str
    born: dt.date
    estimated: bool
    village: str
    commune: str
    died_on: dt.date | None
    ids: dict[str, str]


@dataclass(frozen=True)
class Match:
    """What one line matched: ``kind`` "same", "check" (``people``: those that fit) or
    "none"."""

    row: ListRow
    kind: str
    people: tuple[_Known, ...] = ()
    #: What agreed with each of ``people`` (the report's words, comma-separated).
    how: tuple[str, ...] = ()


class _Registry:
    """The registered people, indexed for the lines of one list."""

    def __init__(self, people: Iterable[_Known], village_names: dict[str, set[str]]) -> None:
        self.people = list(people)
        self.by_id: dict[tuple[str, str], list[_Known]] = defaultdict(list)
        self.by_name: dict[str, list[_Known]] = defaultdict(list)
        self.by_word: dict[tuple[str, int], list[_Known]] = defaultdict(list)
        self.by_village: dict[str, list[_Known]] = defaultdict(list)
        self.village_names = village_names
        for p in self.people:
            for kind, number in p.ids.items():
                self.by_id[kind, number].append(p)
            for key in {p.latin, p.local} - {""}:
                self.by_name[key].append(p)
            for word in set(p.latin.split()) | set(p.local.split()):
                self.by_word[word, p.born.year].append(p)
            self.by_village[p.village].append(p)

    def villages(self, text: str) -> set[str]:
        """Village codes a line's village may mean (its code, or its name in any language)."""
        return {text} | self.village_names.get(text.casefold(), set()) if text else set()

    def candidates(self, row: ListRow, villages: set[str], near: _Near) -> dict[str, _Known]:
        found: dict[str, _Known] = {}
        for kind, number in row.ids.items():
            found.update((p.id, p) for p in self.by_id.get((kind, number), ()))
        for key in set(row.keys) - {""}:
            found.update((p.id, p) for p in self.by_name.get(key, ()))
        if row.year is not None:  # people of about that age who share a word of the name
            words = {word for key in row.keys for word in key.split()}
            pool: Iterable[_Known] = (p for y in range(row.year - YEARS, row.year + YEARS + 1)
                                      for w in words for p in self.by_word.get((w, y), ()))
        else:
            pool = (p for v in villages for p in self.by_village.get(v, ()))
        for p in pool:
            if p.id not in found and (row.sex is None or p.sex == row.sex) \
                    and near(p) >= CLOSE:
                found[p.id] = p  # another sex loses more points than a near name earns
        return found


class _Near:
    """How similar one line's names are to each registered person's (0-1): the line's
    side prepared once, as :class:`difflib.SequenceMatcher` keeps its second sequence."""

    def __init__(self, latin: str, local: str) -> None:
        self.sides = [(key, difflib.SequenceMatcher(None, "", key, autojunk=False))
                      for key in (latin, local)]

    def __call__(self, p: _Known, floor: float = CLOSE) -> float:
        """The similarity, or 0 where it is below ``floor`` (cheap bounds rule most out)."""
        best = 0.0
        for (key, matcher), theirs in zip(self.sides, (p.latin, p.local), strict=True):
            if not key or not theirs:
                continue
            if key == theirs:
                return 1.0
            matcher.set_seq1(theirs)
            if matcher.real_quick_ratio() >= floor and matcher.quick_ratio() >= floor:
                best = max(best, matcher.ratio())  # cheap upper bounds first
        return best


def score(row: ListRow, villages: set[str], p: _Known, near: _Near) -> tuple[float, str]:
    """The points a registered person ``p`` earns for ``row`` (the module's rule), and what
    agreed (the report's words, comma-separated); ``near``: the row's names prepared."""
    points: list[float] = []
    agreed: list[str] = []

    def add(value: float, word: str = "") -> None:
        points.append(value)
        if word:
            agreed.append(word)

    similar = near(p)
    if similar == 1.0:
        add(NAME_EQUAL, "name")
    elif similar >= CLOSE:
        add(NAME_NEAR if similar >= NEAR else NAME_CLOSE, "name nearly")
    if row.year is not None:
        apart = abs(row.year - p.born.year)
        if row.born is not None and not p.estimated:  # two dates
            if row.born == p.born:
                add(BORN_EQUAL, "birth date")
            elif apart:
                add(BORN_APART)  # the same year on another day: no points either way
        elif apart == 0:
            add(YEAR_EQUAL, "birth year")
        else:
            add(YEAR_NEAR if apart <= YEARS else BORN_APART)
    if row.sex is not None:
        add(*((SEX_EQUAL, "sex") if row.sex == p.sex else (SEX_APART, "")))
    if p.village in villages:
        add(VILLAGE_EQUAL, "village")
    return sum(points), ", ".join(agreed)


def match(row: ListRow, registry: _Registry) -> Match:
    """The registered person ``row`` names, the people it may name, or no one."""
    villages = registry.villages(row.village)
    near = _Near(*row.keys)
    found = registry.candidates(row, villages, near)
    by_number = [p for p in found.values()
                 if any(p.ids.get(kind) == number for kind, number in row.ids.items())]
    if by_number:
        named = [p for p in by_number if not (row.latin_name or row.local_name)
                 or near(p, floor=0.5) >= 0.5]
        if len(by_number) == 1 and named:
            return Match(row, "same", (by_number[0],), ("identity number",))
        return Match(row, "check", tuple(by_number),
                     tuple("identity number" if p in named else "identity number, another name"
                           for p in by_number))
    scored = sorted(((*score(row, villages, p, near), p) for p in found.values()
                     if not any(kind in p.ids and p.ids[kind] != number
                                for kind, number in row.ids.items())),
                    key=lambda s: (-s[0], s[2].id))
    fits = [(points, how, p) for points, how, p in scored if points >= PARTLY]
    if not fits:
        return Match(row, "none")
    best, how, person = fits[0]
    close = [p for points, _, p in fits if points > best - MARGIN]
    if best >= SAME and len(close) == 1:
        return Match(row, "same", (person,), (how,))
    return Match(row, "check", tuple(p for _, _, p in fits[:5]),
                 tuple(h for _, h, _ in fits[:5]))


def load_registry(session: Session, places: Any) -> _Registry:
    """Every registered person (names, sex, birth, village, identity numbers, death)."""
    rows = session.execute(sa.select(
        Person.id, Person.latin_name, Person.local_name, Person.sex, Person.birth_date,
        Person.birth_date_estimated, Person.village_code, Person.commune_code,
        Person.died_on, Person.other_ids)).all()
    people = [_Known(r.id, r.latin_name, r.local_name, latin_key(r.latin_name),
                     local_key(r.local_name), r.sex, r.birth_date,
                     bool(r.birth_date_estimated), r.village_code, r.commune_code, r.died_on,
                     {str(k): re.sub(r"[\s-]", "", str(v)).upper()
                      for k, v in (r.other_ids or {}).items()}) for r in rows]
    names: dict[str, set[str]] = defaultdict(set)
    if places is not None:
        for code in {p.village for p in people}:
            area = places.get(code)
            for name in (area.every_name if area is not None else ()):
                names[name.casefold()].add(code)
    return _Registry(people, names)


def check_list(session: Session, listed: ListRead, *, programme: str, as_of: dt.date,
               station_id: str, places: Any, communes: Collection[str] | None = None,
               programme_name: str | None = None) -> Report:
    """``listed`` checked against the registry for ``programme`` on ``as_of``: the report of
    the module's docstring. ``communes``: where to look for members the list leaves out
    (default: the communes of the people the list names); ``programme_name``: its name in
    the reader's language (default: the registry's); ``places``: the gazetteer naming the
    villages, in that language."""
    catalogue = programme_names()  # a programme no one holds yet has no registry row
    known = session.get(Programme, programme)
    if known is None and programme not in catalogue:
        codes = ", ".join(sorted({*catalogue, *session.scalars(sa.select(Programme.code))}))
        raise BadInput(f"unknown programme {programme!r}; the registry knows {codes or 'none'}",
                       field="programme")
    title = programme_name or (known.name if known is not None else catalogue[programme])
    registry = load_registry(session, places)
    held = _held_on(session, as_of)
    members = {person for person, codes in held.items() if programme in codes}
    matches = [match(row, registry) for row in listed.rows]
    same = [m for m in matches if m.kind == "same"]
    dead = [m for m in same if _dead(m.people[0], as_of)]
    alive = [m for m in same if not _dead(m.people[0], as_of)]
    outside = [m for m in alive if m.people[0].id not in members]
    checks = [m for m in matches if m.kind == "check"]
    unknown = [m for m in matches if m.kind == "none"]
    # a member a line may name (to check) is not reported missing from the list as well
    named = {p.id for m in matches for p in m.people}
    area = set(communes) if communes is not None else {m.people[0].commune for m in same}
    missing = sorted((p for p in registry.people if p.id in members and p.id not in named
                      and p.commune in area and not _dead(p, as_of)),
                     key=lambda p: (p.village, p.latin, p.id))
    twice = _twice(matches)
    tables = [
        Table("summary", "Summary", ("measure", "value"), [
            ("programme", title),
            ("programme code", programme),
            ("list", listed.name),
            ("lines read", len(listed.rows)),
            ("lines not read", len(listed.not_read)),
            ("found in the registry", len(same)),
            ("found, and in the programme on the date", len(alive) - len(outside)),
            ("after death", len(dead)),
            ("more than once", len(twice)),
            ("registered, not in the programme", len(outside)),
            ("to check", len(checks)),
            ("not registered", len(unknown)),
            ("in the programme, not on the list", len(missing)),
        ]),
        Table("dead", "On the list after their death: stop the payment",
              ("line", "list_id", "name_on_list", "person_id", "registered_name", "died_on"),
              [(m.row.line, m.row.list_id, m.row.name, p.id, p.latin_name, _iso(p.died_on))
               for m in dead for p in m.people]),
        Table("twice", "On the list more than once", ("why", "lines", "list_ids",
                                                      "person_id"), twice),
        Table("not_member", "Registered, but not in the programme on the date",
              ("line", "list_id", "name_on_list", "person_id", "programmes_held"),
              [(m.row.line, m.row.list_id, m.row.name, m.people[0].id,
                " ".join(held.get(m.people[0].id, ())) or "-") for m in outside]),
        Table("check", "To check with the person: the line fits more than one person, or "
                       "one only in part",
              ("line", "list_id", "name_on_list", "may_be", "registered_name", "born",
               "agreeing"),
              [(m.row.line, m.row.list_id, m.row.name, p.id, p.latin_name, p.born.isoformat(),
                how) for m in checks for p, how in zip(m.people, m.how, strict=True)]),
        Table("not_registered", "Not registered: invite them to the office",
              ("line", "list_id", "name_on_list", "sex", "birth", "village"),
              [(m.row.line, m.row.list_id, m.row.name, SEX_WORDS.get(m.row.sex or "", ""),
                _iso(m.row.born) or (str(m.row.year) if m.row.year else ""), m.row.village)
               for m in unknown]),
        Table("missing", "In the programme here, not on the list",
              ("person_id", "name", "born", "village"),
              [(p.id, p.latin_name, p.born.isoformat(),
                places.name(p.village) if places is not None else p.village)
               for p in missing]),
        Table("not_read", "Lines not read", ("line", "why"), listed.not_read),
    ]
    return Report(kind=KIND, title=TITLE, area=Area(name=f"{title}: {listed.name}"),
                  as_of=as_of, station_id=station_id, tables=tables, notes=(NOTE,),
                  flow=True)


def _dead(p: _Known, as_of: dt.date) -> bool:
    return p.died_on is not None and p.died_on <= as_of


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _held_on(session: Session, as_of: dt.date) -> dict[str, list[str]]:
    """The programmes each person holds on ``as_of`` (codes, sorted): one read of the
    memberships running that day (:func:`~station.services.reports.running_on`)."""
    running = running_on(as_of)
    held: dict[str, list[str]] = defaultdict(list)
    for person, code in session.execute(sa.select(running.c.person_id,
                                                  running.c.programme_code)
                                        .order_by(running.c.programme_code)):
        held[person].append(code)
    return held


def _twice(matches: Sequence[Match]) -> list[tuple[str, str, str, str]]:
    """One person on several lines; lines with the same details (name, sex, birth, village)
    that name no one surely (to check, or not registered); one beneficiary number on
    several lines."""
    by_person: dict[str, list[ListRow]] = defaultdict(list)
    by_details: dict[tuple[Any, ...], list[ListRow]] = defaultdict(list)
    by_number: dict[str, list[ListRow]] = defaultdict(list)
    for m in matches:
        row = m.row
        if m.kind == "same":
            by_person[m.people[0].id].append(row)
        else:
            by_details[(*row.keys, row.sex, row.born or row.year,
                        row.village.casefold())].append(row)
        if row.list_id:
            by_number[row.list_id].append(row)
    found = [("same person", _lines(rows), _ids(rows), person)
             for person, rows in by_person.items() if len(rows) > 1]
    found += [("same details", _lines(rows), _ids(rows), "")
              for rows in by_details.values() if len(rows) > 1]
    found += [("same number", _lines(rows), number, "")
              for number, rows in by_number.items() if len(rows) > 1]
    return found


def _ids(rows: Sequence[ListRow]) -> str:
    return " ".join(r.list_id for r in rows)


def _lines(rows: Sequence[ListRow]) -> str:
    return " ".join(str(r.line) for r in rows)


@dataclass(frozen=True)
class ListChecked:
    """What :func:`check_programme_list` wrote, and its summary's counts."""

    path: Path
    format: str
    bytes: int
    counts: dict[str, int]


def report_path(data_dir: Path, programme: str, as_of: dt.date, fmt: str) -> Path:
    """``reports/list-check-<programme>-<day>[-n].<fmt>`` in the data folder (never over an
    earlier one: each is in the audit trail)."""
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", programme):
        raise BadInput(f"{programme!r} is not a programme code", field="programme")
    return unused_path(Path(data_dir) / FOLDER, f"list-check-{programme}-{as_of.isoformat()}",
                       fmt)


def check_programme_list(station: Station, list_path: Path, *, programme: str,
                         by: OperatorInfo, now: dt.datetime, as_of: dt.date | None = None,
                         fmt: str = "pdf", path: Path | None = None, language: str = "en",
                         localise: Localiser | None = None, places: Any = None,
                         communes: Collection[str] | None = None) -> ListChecked:
    """Check the list at ``list_path`` (:func:`read_list`) for ``programme`` on ``as_of``
    (default: the office's today), write the report as ``fmt`` to ``path`` (default
    :func:`report_path`), then record it in the audit trail (:data:`LIST_CHECKED`: the list's
    name, digest and counts; no names). The report names people, so supervisors and
    auditors only; a report the trail refuses is not left on disk.

    Raises PermissionDenied, BadInput for a list that cannot be read or an unknown
    programme, ReportError for a format it does not write, ReportNotWritten.
    """
    from station.model.locations import load_for_home
    from station.services.errors import ReportError

    by.require("supervisor", "auditor", action="check a programme's list")
    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        data = Path(list_path).read_bytes()
    except OSError as error:
        raise BadInput(f"cannot read the list {list_path}: {error.strerror or error}",
                       field="list") from None
    listed = read_list(data, Path(list_path).name)
    settings = station.settings
    if places is None:
        places = load_for_home(settings.config_dir).in_language(language)
    day = as_of or settings.today(now)
    with station.reading() as session:
        report = check_list(session, listed, programme=programme, as_of=day,
                            station_id=settings.station_id, places=places, communes=communes,
                            programme_name=programme_names(language).get(programme))
    counts = {str(measure): int(value) for measure, value in report.table("summary").rows
              if isinstance(value, int)}
    target = path if path is not None else report_path(Path(settings.data_dir), programme,
                                                      day, fmt)

    def record() -> None:
        with station.transaction() as session:
            station.audit(session, action=LIST_CHECKED, subject_type="programme",
                          subject_id=programme, operator_id=by.id, now=now,
                          details={"list": listed.name, "sha256": listed.sha256,
                                   "as_of": day.isoformat(), "format": fmt,
                                   "file": str(target), "counts": counts})

    written = write_recorded(report, fmt, target, generated_at=now, localise=localise,
                             record=record)
    return ListChecked(target, fmt, len(written), counts)
