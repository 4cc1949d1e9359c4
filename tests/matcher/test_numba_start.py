"""The fast-start shim of matcher._kernels._numba_start leaves Numba, SciPy and cffi usable.

Each case runs in a fresh interpreter, because the shim acts once per process, before
Numba's first dispatch.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_SCRIPT = """
import sys
import matcher.pipeline  # imports the shim first, then every kernel module
import numpy as np
from numba import njit

skipped_scipy_linalg = "scipy.linalg" not in sys.modules
skipped_cffi = "cffi" not in sys.modules

@njit(cache=False)
def dot(a, b):
    return np.dot(a, b)

a = np.arange(6.0).reshape(2, 3)
assert np.allclose(dot(a, a.T), a @ a.T), "BLAS through Numba broke"

import cffi  # still importable by anyone else in the process
cffi.FFI()
import scipy.linalg
assert np.allclose(scipy.linalg.inv(np.eye(2) * 2.0), np.eye(2) * 0.5)
print(skipped_scipy_linalg, skipped_cffi)
"""


def test_first_dispatch_skips_scipy_linalg_and_cffi_but_both_still_work() -> None:
    out = subprocess.run([sys.executable, "-c", _SCRIPT], cwd=REPO, capture_output=True,
                         text=True, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["True", "True"]
