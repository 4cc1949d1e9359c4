"""Regenerate the translation sources and compiled files: ``python -m station.i18n.build``.

Runs Qt's own tools shipped with PySide6: ``pyside6-lupdate`` collects every ``tr()`` string
of the views into ``sws_<lang>.ts`` (keeping the existing translations; translators edit
these in Qt Linguist), then ``pyside6-lrelease`` compiles them to the ``.qm`` files the
station loads. English, the source language, gets a file too, holding only the plural forms
of the ``%n`` messages.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from station.i18n import HERE, LANGUAGES

ROOT = HERE.parents[1]


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships Qt's translation tools)")
    return found


def sources() -> list[Path]:
    """Every Python file whose strings appear on screen."""
    return sorted([*(ROOT / "station" / "views").rglob("*.py"), ROOT / "station" / "app.py"])


def main() -> int:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for code in LANGUAGES:
        ts = HERE / f"sws_{code}.ts"
        # English needs only its plural forms ("1 person found", "2 people found")
        only = ["-pluralonly"] if code == "en" else []
        subprocess.run([_tool("pyside6-lupdate"), *files, "-target-language", code, *only,
                        "-no-obsolete", "-locations", "none", "-ts", str(ts)],
                       check=True, cwd=ROOT)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
