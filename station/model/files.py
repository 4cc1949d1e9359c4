"""Files the station writes for people (exports, card dumps): whole or not at all.

No Qt here: the window and the ``sws`` command both call it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from station.errors import BadInput


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file beside it, renamed over
    it, so a reader never sees half a file. A folder, a missing folder, a read-only place or
    a full disk is :class:`BadInput` with one plain line, and no temporary file is left.
    """
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
