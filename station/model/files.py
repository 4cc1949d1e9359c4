"""Files the station writes for people (exports, card dumps): whole or not at all, and never
over the station's own files.

No Qt here: the window and the ``sws`` command both call it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from station.errors import BadInput

SQLITE_MAGIC = b"SQLite format 3\x00"


def own_files(settings: Any) -> set[Path]:
    """The files that make the station (registry, keys, identity, what the centre said):
    replacing one by a report loses records or keys."""
    from station.config import STATION_ID_FILE

    files = {Path(settings.key_file), Path(settings.station_key_file),
             Path(getattr(settings, "card_template_key_file", settings.key_file)),
             Path(settings.central_file), Path(settings.config_dir) / STATION_ID_FILE,
             Path(settings.config_dir) / "central-revocations.json",
             Path(settings.config_dir) / "central-registration.json"}
    if getattr(settings, "is_sqlite", False):
        from sqlalchemy.engine import make_url

        database = make_url(settings.database_url).database
        if database and database != ":memory:":
            files |= {Path(database + suffix) for suffix in ("", "-wal", "-shm", "-journal")}
    issuing = Path(settings.issuing_dir)
    if issuing.is_dir():
        files |= {p for p in issuing.rglob("*") if p.is_file()}
    return {p.expanduser().resolve() for p in files}


def refuse_own_file(path: Path, settings: Any) -> None:
    """:class:`BadInput` when writing to ``path`` would replace one of the station's own
    files (:func:`own_files`) or any SQLite database: ``-o registry.sqlite3`` typed for
    ``-o report.csv`` must not destroy the registry."""
    target = path.expanduser()
    if not target.is_file():
        return
    with contextlib.suppress(OSError), target.open("rb") as f:
        if f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
            raise BadInput(f"{path} is a database: choose another file name for the output",
                           field="output")
    if target.resolve() in own_files(settings):
        raise BadInput(f"{path} is one of this station's own files (registry, keys, "
                       "identity): choose another file name for the output", field="output")


#: What a CSV *file* starts with: the UTF-8 byte-order mark, without which Excel reads the
#: file in the computer's legacy code page and shows Khmer or Urdu names as mojibake
#: (LibreOffice, Python's ``utf-8-sig`` and pandas skip it). Standard output gets none.
CSV_FILE_PREFIX = "\ufeff"


def write_text_atomic(path: Path, text: str, *, bom: bool = False) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file beside it, renamed over
    it, so a reader never sees half a file. A folder, a missing folder, a read-only place or
    a full disk is :class:`BadInput` with one plain line, and no temporary file is left.
    ``bom`` starts the file with :data:`CSV_FILE_PREFIX` (CSV files for spreadsheets).
    """
    if bom and not text.startswith(CSV_FILE_PREFIX):
        text = CSV_FILE_PREFIX + text
    if path.is_dir():
        raise BadInput(f"{path} is a folder: give a file name", field="output")
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as err:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise BadInput(f"cannot write {path}: {err.strerror or err}", field="output") from None
