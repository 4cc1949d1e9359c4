"""A real minutiae matcher (NIST NBIS: mindtct + bozorth3) tells sample fingers apart.

NBIS is the benchmark peer (``bench`` extra); the test skips when it is not installed.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from fixtures.fingerprints import sample_images

nbis = pytest.importorskip("nbis")


@pytest.fixture(scope="module")
def templates() -> dict[tuple[int, int], object]:
    settings = nbis.NbisExtractorSettings(
        min_quality=0.0, get_center=False, check_fingerprint=False, compute_nfiq2=False, ppi=500.0
    )
    extractor = nbis.new_nbis_extractor(settings)
    return {
        key: extractor.extract_minutiae(Path(path).read_bytes())
        for key, path in sample_images().items()
    }


def test_nbis_finds_a_realistic_number_of_minutiae(templates: dict) -> None:
    counts = [len(t.get()) for t in templates.values()]
    # NBIS finds 19..137 minutiae per image on the FVC2002/2004 B sets, medians 47..89; the
    # sample's smooth arch finger gives fewer, so the lower bound per image is looser
    assert all(8 <= c <= 140 for c in counts), counts
    assert 30 <= float(np.median(counts)) <= 95


def test_mated_impressions_score_above_different_fingers(templates: dict) -> None:
    genuine: list[int] = []
    impostor: list[int] = []
    for a, b in itertools.combinations(sorted(templates), 2):
        score = templates[a].compare(templates[b])
        (genuine if a[0] == b[0] else impostor).append(score)
    assert np.median(genuine) > np.percentile(impostor, 95)
    # but not trivially: some impostor scores are non-zero, like on real sets
    assert max(impostor) > 0
