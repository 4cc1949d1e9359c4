"""Qt's own words on the window's standard buttons, translated in our .ts files.

Qt ships no Khmer, Urdu or Indonesian translation of its base library, so the buttons it
names itself (OK, Cancel and Close in the dialogs, Yes and No in the questions the window
asks) stayed English at those desks. Qt looks these words up in the "QPlatformTheme"
context; marking them here puts them in ``sws_<lang>.ts`` beside the station's own strings,
and the station's translator answers for them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)
