"""Files the station keeps from the centre (revocation list, registration standing) and
writes for it (an export of undelivered records): written whole or not at all."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def replace_bytes(path: Path, data: bytes, *, mode: int = 0o666) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it (created with ``mode``,
    less the umask), flushed to disk and renamed over it, so a crash leaves the previous file
    and a reader never sees half of one. Raises :class:`OSError` with no temporary file
    left."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode), "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def replace_text(path: Path, text: str) -> None:
    """:func:`replace_bytes` of ``text`` in UTF-8."""
    replace_bytes(path, text.encode("utf-8"))
