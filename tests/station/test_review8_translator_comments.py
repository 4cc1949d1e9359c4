"""Code comments of the services panels and the supervisor page do not reach translators:
lupdate takes a ``#:`` comment as the translator's note of the next string, so "The item
data role holding a membership's first day" stood beside "Household id" in Khmer, Urdu and
Indonesian."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ROOT / "station" / "views"
#: The contexts of those files in the translation sources.
CONTEXTS = {"ProgrammesPanel", "ServicePanel", "SupervisorPage", "GrievancesPanel",
            "CasesPanel", "CasePlanPanel", "PaymentsPanel"}


def test_no_code_comment_is_marked_for_translators() -> None:
    files = [*sorted((VIEWS / "services").glob("*.py")), VIEWS / "supervisor.py"]
    marked = [f"{path.relative_to(ROOT)}:{n}" for path in files
              for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if line.lstrip().startswith("#:")]
    assert marked == []


@pytest.mark.parametrize("language", ["km", "ur", "id"])
def test_no_translator_note_there_is_a_code_comment(language: str) -> None:
    root = ET.parse(ROOT / "station" / "i18n" / f"sws_{language}.ts").getroot()
    notes = [(ctx.findtext("name"), m.findtext("source"), m.findtext("extracomment"))
             for ctx in root.iter("context") if ctx.findtext("name") in CONTEXTS
             for m in ctx.iter("message") if m.find("extracomment") is not None]
    assert notes == []
