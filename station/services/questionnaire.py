"""The vulnerability questionnaire: answers -> proxy-means-test score and poverty level.

A proxy means test (PMT) estimates a household's welfare from observable characteristics
(dwelling, assets, demography) instead of its income. Here each answer carries points; the score
is the intercept plus the points, clamped to 0..100, and the poverty level is the first band
whose ``below`` cut-off the score falls under. Weights and cut-offs are *data*
(``station/data/vulnerability.json``), and each assessment records the questionnaire version.

References
----------
M. Grosh and J. Baker, "Proxy Means Tests for Targeting Social Programs", World Bank LSMS
Working Paper 118 (1995).
P. Kidd and E. Wylde, "Targeting the Poorest: An assessment of the proxy means test
methodology", AusAID (2011).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from station.services.errors import AnswerError, RulesError, Unanswered
from station.services.facts import POVERTY_LEVELS

FORMAT = "sws-questionnaire"
FORMAT_VERSION = 1
QUESTION_TYPES = ("choice", "yes_no", "number")
Answer = str | bool | int | float


@dataclass(frozen=True)
class Question:
    """One question and how its answers turn into points."""

    id: str
    text: str
    type: str
    options: Mapping[str, float]  # choice: value -> points; yes_no: "yes"/"no" -> points
    bands: tuple[tuple[float | None, float], ...] = ()  # number: (max or None, points)
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False

    def points(self, answer: Any) -> float:
        """Points for ``answer``; raise :class:`AnswerError` when it is not acceptable."""
        if self.type == "choice":
            if not isinstance(answer, str) or answer not in self.options:
                raise AnswerError(self.id, f"{answer!r} is not one of {', '.join(self.options)}")
            return self.options[answer]
        if self.type == "yes_no":
            if not isinstance(answer, bool):
                raise AnswerError(self.id, f"expected yes or no (true/false), got {answer!r}")
            return self.options["yes" if answer else "no"]
        return self._number_points(answer)

    def _number_points(self, answer: Any) -> float:
        if isinstance(answer, bool) or not isinstance(answer, int | float):
            raise AnswerError(self.id, f"expected a number, got {answer!r}")
        if self.integer and answer != int(answer):
            raise AnswerError(self.id, f"expected a whole number, got {answer!r}")
        if (self.minimum is not None and answer < self.minimum) or (
                self.maximum is not None and answer > self.maximum):
            raise AnswerError(self.id, f"{answer!r} is outside {self.minimum:g}..{self.maximum:g}")
        for upper, points in self.bands:
            if upper is None or answer <= upper:
                return points
        raise AssertionError("the last band is open-ended")  # pragma: no cover


@dataclass(frozen=True)
class Questionnaire:
    """A versioned questionnaire with its intercept and poverty-level cut-offs."""

    version: str
    title: str
    intercept: float
    levels: tuple[tuple[str, float | None], ...]
    questions: tuple[Question, ...]

    def score(self, answers: Mapping[str, Answer]) -> Assessment:
        """Score a complete set of answers; unknown or missing answers are refused."""
        known = {q.id for q in self.questions}
        extra = sorted(set(answers) - known)
        if extra:
            raise AnswerError(extra[0], "is not a question of this questionnaire "
                              f"({self.version})")
        lines: list[tuple[str, Answer, float]] = []
        for question in self.questions:
            if question.id not in answers:
                raise Unanswered(question.id)
            answer = answers[question.id]
            lines.append((question.id, answer, question.points(answer)))
        raw = self.intercept + sum(points for _, _, points in lines)
        score = round(min(100.0, max(0.0, raw)), 2)
        return Assessment(self.version, score, self.level_of(score), tuple(lines))

    def level_of(self, score: float) -> str:
        for level, below in self.levels:
            if below is None or score < below:
                return level
        raise AssertionError("the last level is open-ended")  # pragma: no cover


@dataclass(frozen=True)
class Assessment:
    """The result: version, score 0..100, poverty level, and the points each answer gave."""

    questionnaire_version: str
    score: float
    poverty_level: str
    lines: tuple[tuple[str, Answer, float], ...]

    @property
    def answers(self) -> dict[str, Answer]:
        return {qid: answer for qid, answer, _ in self.lines}


def default_path() -> Path:
    return Path(str(resources.files("station.data").joinpath("vulnerability.json")))


def load_questionnaire(path: Path | None = None) -> Questionnaire:
    """Read and check a questionnaire file; raise :class:`RulesError` naming the faulty entry."""
    path = path or default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RulesError(f"cannot read the questionnaire {path}: {error}") from error
    return parse_questionnaire(data, where=path.name)


def parse_questionnaire(data: Any, where: str = "questionnaire") -> Questionnaire:
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise RulesError(f"not a questionnaire (format must be {FORMAT!r})", where=where)
    if data.get("format_version") != FORMAT_VERSION:
        raise RulesError(f"format_version {data.get('format_version')!r} is not supported",
                         where=where)
    version = data.get("version")
    if not isinstance(version, str) or not version:
        raise RulesError("version must be a non-empty string", where=where)
    levels = _levels(data.get("levels"), f"{where}: levels")
    entries = data.get("questions")
    if not isinstance(entries, list) or not entries:
        raise RulesError("questions must be a non-empty list", where=where)
    questions = tuple(_question(e, f"{where}: questions[{i}]") for i, e in enumerate(entries))
    if len({q.id for q in questions}) != len(questions):
        raise RulesError("question ids must be unique", where=where)
    return Questionnaire(version, str(data.get("title", "")), _number(data.get("intercept", 0),
                         f"{where}: intercept"), levels, questions)


def _levels(data: Any, where: str) -> tuple[tuple[str, float | None], ...]:
    if not isinstance(data, list) or not data:
        raise RulesError("must be a non-empty list", where=where)
    levels: list[tuple[str, float | None]] = []
    for i, entry in enumerate(data):
        level = entry.get("level") if isinstance(entry, Mapping) else None
        if level not in POVERTY_LEVELS:
            raise RulesError(f"[{i}] level must be one of {', '.join(POVERTY_LEVELS)}",
                             where=where)
        below = entry.get("below")
        levels.append((level, None if below is None else _number(below, f"{where}[{i}]")))
    finite = [b for _, b in levels[:-1] if b is not None]
    if levels[-1][1] is not None or len(finite) != len(levels) - 1 or finite != sorted(finite):
        raise RulesError("cut-offs must increase and only the last level be open-ended",
                         where=where)
    return tuple(levels)


def _question(entry: Any, where: str) -> Question:
    if not isinstance(entry, Mapping) or not isinstance(entry.get("id"), str):
        raise RulesError("a question needs a string id", where=where)
    kind = entry.get("type")
    if kind not in QUESTION_TYPES:
        raise RulesError(f"type must be one of {', '.join(QUESTION_TYPES)}", where=where)
    qid, text = entry["id"], str(entry.get("text", entry["id"]))
    if kind == "choice":
        options = entry.get("options")
        if not isinstance(options, list) or not options:
            raise RulesError("a choice question needs options", where=where)
        table = {str(o.get("value")): _number(o.get("points"), where) for o in options}
        return Question(qid, text, kind, table)
    if kind == "yes_no":
        table = {"yes": _number(entry.get("yes"), where), "no": _number(entry.get("no"), where)}
        return Question(qid, text, kind, table)
    bands = entry.get("bands")
    if not isinstance(bands, list) or not bands or "max" in bands[-1]:
        raise RulesError("a number question needs bands, the last without max", where=where)
    parsed = tuple((None if "max" not in b else _number(b["max"], where),
                    _number(b.get("points"), where)) for b in bands)
    return Question(qid, text, kind, {}, parsed, _number(entry.get("min", 0), where),
                    _number(entry.get("max", 1e9), where), bool(entry.get("integer", False)))


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RulesError(f"expected a number, got {value!r}", where=where)
    return float(value)
