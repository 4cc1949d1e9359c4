"""Interface languages: Qt .ts sources and compiled .qm files, one per language.

English is the source language (the strings in the code). Khmer, Indonesian and Urdu are
shipped; Urdu lays the window out right to left. Dates and numbers follow the language's
QLocale. Regenerate after changing visible strings::

    .venv/bin/python -m station.i18n.build
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QGuiApplication

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Language:
    """One interface language."""

    code: str
    native_name: str
    locale: str
    right_to_left: bool = False


LANGUAGES: dict[str, Language] = {
    "en": Language("en", "English", "en_GB"),
    "km": Language("km", "ភាសាខ្មែរ", "km_KH"),
    "id": Language("id", "Bahasa Indonesia", "id_ID"),
    "ur": Language("ur", "اردو", "ur_PK", right_to_left=True),
}

#: Font families tried in order, so Latin, Khmer and Arabic-script text all render.
FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Khmer OS System", "Noto Sans Khmer",
                 "Noto Naskh Arabic", "Noto Sans Arabic"]

_installed: list[QTranslator] = []
_current = ["en"]  # the code apply_language last applied


def current_language() -> str:
    """The interface language's code ("en", "km", "ur", "id"), as last applied: for text
    that comes from data rather than from tr() (programme names in the catalogue)."""
    return _current[0]


def qm_path(code: str) -> Path:
    """The compiled translation file of a language."""
    return HERE / f"sws_{code}.qm"


def apply_language(code: str) -> Language:
    """Install ``code``'s translations, locale, layout direction and fonts in the running app.

    Unknown codes fall back to English. Returns the language actually applied.
    """
    lang = LANGUAGES.get(code, LANGUAGES["en"])
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    ours = QTranslator()  # English too: its plural forms
    if ours.load(str(qm_path(lang.code))):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    if lang.code != "en":
        qt_own = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{lang.code}", qt_dir):
            QCoreApplication.installTranslator(qt_own)
            _installed.append(qt_own)
    QLocale.setDefault(QLocale(lang.locale))
    _current[0] = lang.code
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if lang.right_to_left else Qt.LayoutDirection.LeftToRight
        )
        font = QFont(app.font())
        font.setFamilies(FONT_FAMILIES)
        app.setFont(font)
    return lang
