"""Cheaper first dispatch of Numba kernels in a fresh process (with a filled cache).

Why: with every kernel already in the on-disk cache, a fresh process still spent about
1.5 s before its first template, and most of it was not our code. Numba's first dispatch
"refreshes" its target context, which imports every implementation registry, and two of
those imports are expensive and useless to us:

* ``numba.np.arraymath`` checks at import time that BLAS is available by importing
  ``scipy.linalg.cython_blas``. Importing that submodule runs ``scipy.linalg/__init__``,
  which pulls in SciPy's array-API compatibility layer, which touches every attribute of
  NumPy and so imports ``numpy.f2py`` and friends (about 0.6 s here). The check only needs
  the two Cython extension modules, which load on their own in a few milliseconds.
* ``numba.core.typing.cffi_utils`` builds a ``cffi.FFI()`` (a C parser from pycparser,
  about 0.2 s) so that jitted code could call cffi functions. No kernel of this project
  does.

:func:`prepare_numba` therefore (1) loads ``cython_blas`` / ``cython_lapack`` as plain
extension modules under their usual names, so Numba's check and its later BLAS/LAPACK
pointer look-ups find them without running ``scipy.linalg``'s package initialiser, and
(2) performs Numba's context refresh once, with ``import cffi`` failing in the refreshing
thread only (a meta-path finder), so Numba records "cffi not supported" and never builds
the parser. ``cffi`` itself stays importable for every other thread, and for this one
afterwards; only Numba's own cffi support (calling cffi functions from jitted code, which
no kernel here does) is off in the process. Both steps are best effort: if anything
differs from what is expected (another SciPy layout, Numba already refreshed, cffi already
imported), the step is skipped and Numba behaves exactly as without this module, only
slower.

Importing this module calls it (``matcher.pipeline`` imports it before any kernel module);
calling it again does nothing.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import threading

_LOCK = threading.Lock()
_DONE = False


def _load_extension_alone(name: str) -> None:
    """Load ``scipy.linalg.<leaf>`` without importing the ``scipy.linalg`` package."""
    if name in sys.modules or "scipy.linalg" in sys.modules:
        return
    spec = importlib.util.find_spec("scipy")
    if spec is None or not spec.submodule_search_locations:
        return
    folder = os.path.join(next(iter(spec.submodule_search_locations)), "linalg")
    leaf = name.rsplit(".", 1)[1]
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = os.path.join(folder, leaf + suffix)
        if not os.path.exists(path):
            continue
        ext_spec = importlib.util.spec_from_file_location(name, path)
        if ext_spec is None or ext_spec.loader is None:
            return
        module = importlib.util.module_from_spec(ext_spec)
        sys.modules[name] = module
        try:
            ext_spec.loader.exec_module(module)
        except Exception:  # fall back to the ordinary import later
            del sys.modules[name]
        return


class _RefuseCffiHere(importlib.abc.MetaPathFinder):
    """Meta-path finder that makes ``import cffi`` fail in one thread only.

    Other threads importing cffi at the same moment are not affected (they fall through to
    the ordinary finders), unlike a ``sys.modules['cffi'] = None`` block.
    """

    def __init__(self, thread: int) -> None:
        self.thread = thread

    def find_spec(self, fullname: str, path: object = None,
                  target: object = None) -> importlib.machinery.ModuleSpec | None:
        if fullname == "cffi" and threading.get_ident() == self.thread:
            raise ModuleNotFoundError("cffi is hidden during Numba's first refresh", name=fullname)
        return None


def _refresh_without_cffi() -> None:
    """Run Numba's one-off registry refresh while ``import cffi`` fails in this thread."""
    if "cffi" in sys.modules or "numba.core.typing.cffi_utils" in sys.modules:
        return  # someone already imported it: nothing to save, do not interfere
    import numba  # noqa: F401  (the whole package first: its submodules import each other)
    from numba.core.registry import cpu_target

    finder = _RefuseCffiHere(threading.get_ident())
    sys.meta_path.insert(0, finder)
    try:
        cpu_target.typing_context.refresh()
        cpu_target.target_context.refresh()
    finally:
        sys.meta_path.remove(finder)


def prepare_numba() -> None:
    """Make the first kernel dispatch of this process cheap (idempotent, thread-safe)."""
    global _DONE
    with _LOCK:
        if _DONE:
            return
        _DONE = True
        _load_extension_alone("scipy.linalg.cython_blas")
        _load_extension_alone("scipy.linalg.cython_lapack")
        _refresh_without_cffi()


prepare_numba()
