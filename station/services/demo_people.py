"""Synthetic households for demos, screenshots, tests and benchmarks: plain rows, no database.

Distributions are those of a rural commune in a lower-middle-income country (household sizes
averaging about 4.5, a young age pyramid, a quarter of households headed by women, disability
rising with age, most work informal); they are illustrative, not statistics of any real place.
Everything is drawn from one ``random.Random`` (fast per draw), so a seed gives the same
commune.

References
----------
UN DESA, "Household Size and Composition Around the World" (2017); WHO/World Bank, "World
Report on Disability" (2011) for the age gradient of disability prevalence.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from station.services.questionnaire import Answer, Questionnaire

SIZES = range(1, 11)
SIZE_P = (0.06, 0.12, 0.17, 0.20, 0.17, 0.12, 0.07, 0.04, 0.03, 0.02)
# names common in Cambodia (Khmer script, Latin as the station writes them): pools large enough
# that a demo commune of a thousand people is not a crowd of namesakes
GIVEN_F = [("ស្រីមុំ", "Sreymom"), ("សុភា", "Sophea"), ("ធីតា", "Thida"), ("ពិសី", "Pisey"),
           ("ចាន់ធា", "Chantha"), ("សុខា", "Sokha"), ("រតនា", "Rotana"), ("ម៉ាលី", "Maly"),
           ("បុប្ផា", "Bopha"), ("ដាវី", "Davy"), ("ស្រីនាង", "Sreyneang"),
           ("សុភាព", "Sopheap"), ("ចន្ទ្រា", "Chantrea"), ("រស្មី", "Raksmey"),
           ("ណារី", "Neary"), ("កញ្ញា", "Kanha"), ("ស្រីពៅ", "Sreypov"), ("វណ្ណី", "Vanny")]
GIVEN_M = [("ដារ៉ា", "Dara"), ("វណ្ណា", "Vanna"), ("សំណាង", "Samnang"), ("បូរ៉ា", "Bora"),
           ("វិចិត្រ", "Vichet"), ("សុផល", "Sophal"), ("រិទ្ធី", "Rithy"), ("ពៅ", "Pov"),
           ("សុវណ្ណ", "Sovann"), ("វិបុល", "Vibol"), ("សម្បត្តិ", "Sambath"),
           ("ពិសិដ្ឋ", "Piseth"), ("វីរៈ", "Virak"), ("ចំរើន", "Chamroeun"), ("បញ្ញា", "Panha"),
           ("មករា", "Makara"), ("ឧត្តម", "Oudom"), ("រតនៈ", "Rathanak")]
FAMILY = [("សុខ", "Sok"), ("ចាន់", "Chan"), ("ហេង", "Heng"), ("លី", "Ly"), ("កែវ", "Keo"),
          ("ញឹម", "Nhim"), ("សៀង", "Seang"), ("ម៉ៅ", "Mao"), ("ឈឹម", "Chhim"), ("ទេព", "Tep"),
          ("ឡុង", "Long"), ("ប៊ុន", "Bun"), ("ម៉ម", "Mom"), ("អ៊ុក", "Ouk"), ("ពេជ្រ", "Pech"),
          ("ខៀវ", "Khiev"), ("ស៊ុន", "Sun"), ("យឹម", "Yim"), ("ទូច", "Touch"), ("សេង", "Seng")]
# employment by age band: (values, probabilities)
WORK = {
    "youth": (("student", "unemployed", "informal", "employed", "inactive"),
              (0.45, 0.15, 0.25, 0.10, 0.05)),
    "adult": (("employed", "self_employed", "informal", "unemployed", "inactive"),
              (0.25, 0.15, 0.35, 0.12, 0.13)),
    "old": (("retired", "informal", "inactive", "self_employed"), (0.50, 0.20, 0.25, 0.05)),
}


@dataclass(frozen=True)
class DemoPerson:
    id: str
    local_name: str
    latin_name: str
    sex: str
    birth_date: dt.date
    relation: str
    disability: bool
    employment: str


@dataclass(frozen=True)
class DemoHousehold:
    id: str
    village: str
    members: tuple[DemoPerson, ...]
    wealth: float
    answers: dict[str, Answer] | None


def new_id(rng: random.Random) -> str:
    """A UUID4 drawn from ``rng`` (deterministic ids for a given seed)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _sex(rng: random.Random) -> str:
    return "F" if rng.random() < 0.5 else "M"


def _clip(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def _birth(rng: random.Random, age: int, today: dt.date) -> dt.date:
    return today - dt.timedelta(days=int(age * 365.25 + rng.randrange(365)))


def _person(rng: random.Random, *, sex: str, age: int, relation: str, family: int,
            today: dt.date, taken: tuple[str, ...] = ()) -> DemoPerson:
    names = GIVEN_F if sex == "F" else GIVEN_M
    pick = rng.randrange(len(names))
    for _ in names:  # no two members of a household share a given name while names remain:
        if names[pick][1] not in taken:  # the next one, so the random stream stays as it was
            break
        pick = (pick + 1) % len(names)
    local, latin = names[pick]
    fam_local, fam_latin = FAMILY[family]
    disability_rate = 0.03 if age < 18 else 0.06 if age < 60 else 0.20
    band = "youth" if age < 25 else "adult" if age < 60 else "old"
    values, p = WORK[band]
    employment = "child" if age < 15 else rng.choices(values, p)[0]
    return DemoPerson(new_id(rng), f"{fam_local} {local}", f"{fam_latin} {latin}", sex,
                      _birth(rng, age, today), relation, rng.random() < disability_rate,
                      employment)


def _members(rng: random.Random, size: int, today: dt.date) -> list[DemoPerson]:
    family = rng.randrange(len(FAMILY))
    head_age = _clip(round(rng.gauss(45, 13)), 20, 85)
    head_sex = "F" if rng.random() < 0.25 else "M"
    people = [_person(rng, sex=head_sex, age=head_age, relation="head", family=family,
                      today=today)]
    if size >= 2 and rng.random() < 0.8:
        age = _clip(head_age + rng.randrange(-6, 4), 18, 90)
        people.append(_person(rng, sex="M" if head_sex == "F" else "F", age=age,
                              relation="spouse", family=family, today=today,
                              taken=_given(people)))
    if size >= 4 and rng.random() < 0.3:
        age = _clip(head_age + rng.randrange(22, 32), 60, 95)
        people.append(_person(rng, sex=_sex(rng), age=age, relation="parent",
                              family=family, today=today, taken=_given(people)))
    born: list[int] = []  # the children's ages so far
    eldest = _clip(head_age - 18, 0, 30)  # a child is at most the head's age less 18
    while len(people) < size:
        age = head_age - rng.randrange(18, 40)
        if age < 0:  # a young head: folded into the years since they were 18, not all 0
            age = -age % (eldest + 1)
        # siblings two years apart where the years allow (no draw: the stream stays)
        age = min(range(eldest + 1), key=lambda a: (
            any(abs(a - other) < 2 for other in born), abs(a - min(age, eldest)), a))
        born.append(age)
        people.append(_person(rng, sex=_sex(rng), age=age, relation="child",
                              family=family, today=today, taken=_given(people)))
    return people


def _given(people: list[DemoPerson]) -> tuple[str, ...]:
    """The given names (Latin) a household's members already have."""
    return tuple(p.latin_name.split(" ", 1)[1] for p in people)


def _answers(rng: random.Random, questionnaire: Questionnaire, wealth: float,
             size: int) -> dict[str, Answer]:
    """Answers consistent with a latent wealth (better-off households answer higher options)."""
    answers: dict[str, Answer] = {}
    for question in questionnaire.questions:
        signal = wealth + rng.gauss(0, 0.8)
        if question.type == "number":
            answers[question.id] = size
        elif question.type == "yes_no":
            good = question.options["yes"] >= question.options["no"]
            answers[question.id] = bool((signal > 0.3) == good)
        else:
            options = sorted(question.options, key=lambda v: question.options[v])
            index = _clip(round((signal + 1.6) / 3.2 * (len(options) - 1)), 0, len(options) - 1)
            answers[question.id] = options[index]
    return answers


def households(rng: random.Random, count: int, *, villages: list[str],
               questionnaire: Questionnaire, today: dt.date,
               assessed_share: float = 0.9) -> list[DemoHousehold]:
    """``count`` households spread over ``villages``; ``assessed_share`` have answers."""
    out = []
    for _ in range(count):
        size = rng.choices(SIZES, SIZE_P)[0]
        members = _members(rng, size, today)
        wealth = rng.gauss(0.4, 1.0)
        answers = (_answers(rng, questionnaire, wealth, len(members))
                   if rng.random() < assessed_share else None)
        out.append(DemoHousehold(new_id(rng), villages[rng.randrange(len(villages))],
                                 tuple(members), wealth, answers))
    return out
