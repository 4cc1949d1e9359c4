"""CSV cells a spreadsheet will not run: the reports and the audit log are opened in Excel or
LibreOffice by supervisors and auditors, and some cells hold text people typed (names,
facilities, grievance notes, notes on decisions).

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
formula by spreadsheet programs ("CSV injection": ``=HYPERLINK(...)`` in a name becomes a
link that sends data away when clicked). Such text gets a leading apostrophe, which the
programs show as plain text; numbers (``-3``, ``+2.5``) and a lone ``-`` are left as they are.

References
----------
OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection).
"""

from __future__ import annotations

import re
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")


def cell(value: Any) -> Any:
    """``value`` as it may be written to a CSV cell (only text is ever changed)."""
    if (isinstance(value, str) and value.startswith(_FORMULA_START) and value != "-"
            and not _NUMBER.fullmatch(value)):
        return "'" + value
    return value


def row(values: Any) -> list[Any]:
    """:func:`cell` applied to every value of a row."""
    return [cell(v) for v in values]
