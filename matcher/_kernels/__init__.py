"""Numba kernels of the matcher; this module chooses where their compiled code is cached.

Numba keys a cached function on the source file that defines it, and only that file: a
kernel that calls or inlines a helper from another module (``mcc_bits.popcount``, the
consolidation in ``mcc_consolidate``) keeps its stale machine code when only the helper's
file changes, and would silently compute the old scores after an upgrade. So the cache
lives in a folder named after a digest of every kernel source of this package
(``__pycache__/numba-<digest>``): any change to any kernel starts from a fresh folder.
Each start touches its folder; folders of other sources untouched for a week are removed.
``NUMBA_CACHE_DIR`` set by the caller wins (the accuracy benchmark's cold-start row uses
it). Imported before any kernel module, because Numba picks a function's cache folder when
the function is decorated.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "numba-"
STALE_AFTER_S = 7 * 24 * 3600.0  # folders of other sources older than this are removed


def source_digest(folder: Path = HERE) -> str:
    """Hex digest (16 characters) of the names and contents of the ``*.py`` in ``folder``."""
    h = hashlib.sha256()
    for path in sorted(folder.glob("*.py")):
        h.update(path.name.encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:16]


def cache_dir(folder: Path = HERE) -> Path:
    """The cache folder for the kernels in ``folder`` as they are now."""
    return folder / "__pycache__" / f"{PREFIX}{source_digest(folder)}"


def _use_versioned_cache() -> None:
    if os.environ.get("NUMBA_CACHE_DIR"):
        return
    import numba

    target = cache_dir()
    try:
        target.mkdir(parents=True, exist_ok=True)
        os.utime(target)
    except OSError:  # read-only install: Numba falls back to its own locations
        return
    numba.config.CACHE_DIR = str(target)  # type: ignore[attr-defined]
    week_ago = time.time() - STALE_AFTER_S
    for old in target.parent.glob(f"{PREFIX}*"):
        try:
            stale = old != target and old.stat().st_mtime < week_ago
        except OSError:
            continue
        if stale:  # not touched for a week: no process of those sources can still run
            shutil.rmtree(old, ignore_errors=True)


_use_versioned_cache()
