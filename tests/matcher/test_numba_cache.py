"""The kernels' compiled code is cached per version of all kernel sources together, so a
change to a helper module (which Numba does not track) never runs stale machine code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import matcher._kernels as kernels


def test_the_cache_folder_follows_every_kernel_source(tmp_path: Path) -> None:
    (tmp_path / "kernel.py").write_text("def f():\n    return helper()\n")
    (tmp_path / "helper.py").write_text("def helper():\n    return 1\n")
    before = kernels.cache_dir(tmp_path)
    assert before.parent == tmp_path / "__pycache__" and before.name.startswith("numba-")
    (tmp_path / "helper.py").write_text("def helper():\n    return 2\n")  # helper only
    assert kernels.cache_dir(tmp_path) != before
    (tmp_path / "helper.py").write_text("def helper():\n    return 1\n")
    assert kernels.cache_dir(tmp_path) == before  # same sources, same cached code


def test_a_fresh_process_compiles_into_the_versioned_folder() -> None:
    env = {k: v for k, v in os.environ.items() if k != "NUMBA_CACHE_DIR"}
    code = "import matcher._kernels as k, numba; print(numba.config.CACHE_DIR)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == str(kernels.cache_dir())
    env["NUMBA_CACHE_DIR"] = "/tmp/elsewhere"  # the caller's choice wins
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == "/tmp/elsewhere"
