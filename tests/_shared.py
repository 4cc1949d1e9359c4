"""Where the real fingerprint sets live (../shared/fingerprints), never copied into the repo."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_FINGERPRINTS = Path(
    os.environ.get("SWS_SHARED_FINGERPRINTS", REPO.parent / "shared" / "fingerprints")
)
REAL_SETS = ("FVC2002_DB1_B", "FVC2004_DB2_B", "FVC2004_DB3_B", "FVC2004_DB4_B")


def shared_set(name: str) -> Path:
    """The folder of one FVC set, or skip the test cleanly when ../shared is absent."""
    folder = SHARED_FINGERPRINTS / name
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent (real fingerprint sets live beside the repo)")
    return folder
