"""Real templates for the dedup benchmark: the shared FVC sets through NIST NBIS (nbis-py).

NBIS is the peer here, and the extractor until ``matcher.extract`` is measured on its own:
minutiae come from mindtct, are read into :class:`matcher.Template` and kept beside NBIS's own
minutiae object so that bozorth3 can score exactly the same prints.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from matcher.template import Template

SHARED = Path(__file__).resolve().parents[2] / "shared" / "fingerprints"
SETS = {"FVC2002_DB1_B": 500, "FVC2004_DB2_B": 500, "FVC2004_DB3_B": 512, "FVC2004_DB4_B": 500}


@dataclass(frozen=True)
class RealPrint:
    set_name: str
    finger: int  # unique across sets: set index * 1000 + FVC finger number
    impression: int
    template: Template
    nbis: Any  # nbis.Minutiae, for bozorth3


def load_real(root: Path = SHARED) -> list[RealPrint]:
    """Every image of every shared set, with NBIS minutiae (empty when the sets are absent)."""
    import nbis

    prints: list[RealPrint] = []
    for index, (name, dpi) in enumerate(SETS.items()):
        folder = root / name
        if not folder.is_dir():
            continue
        settings = nbis.NbisExtractorSettings(
            min_quality=0.0,
            get_center=False,
            check_fingerprint=False,
            compute_nfiq2=False,
            ppi=float(dpi),
        )
        extractor = nbis.new_nbis_extractor(settings)
        for path in sorted(folder.glob("*.tif")):
            found = extractor.extract_minutiae_from_image_file(str(path))
            width, height = Image.open(path).size
            rows = [
                (
                    p.x(),
                    p.y(),
                    math.radians(p.angle()) % (2 * math.pi),
                    1 if "RIDGE" in str(p.kind()) else 2,
                    min(1.0, max(0.0, p.reliability())),
                )
                for p in found.get()
            ]
            m = np.array(rows, dtype=np.float32).reshape(-1, 5)
            m[:, 2] = np.where(m[:, 2] >= 2 * math.pi, 0.0, m[:, 2])
            finger, impression = (int(v) for v in path.stem.split("_"))
            template = Template(m, width, height, dpi=dpi).validate()
            prints.append(RealPrint(name, index * 1000 + finger, impression, template, found))
    return prints


# The matching side of the package: changing these does not change extracted templates.
_NOT_EXTRACTION = ("calibration", "comparator", "gallery", "mcc", "match_gallery", "pairing")


def extractor_digest() -> str:
    """A short digest of the extraction code (every ``matcher`` source file but the matching
    side's), so that templates cached by one branch's extractor are never read by another's."""
    import hashlib

    root = Path(__file__).resolve().parents[1] / "matcher"
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        if not path.stem.startswith(_NOT_EXTRACTION):
            h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:12]


OURS_CACHE = Path(f"/tmp/sws-dedup-ours-{extractor_digest()}.npz")


def load_ours(root: Path = SHARED, cache: Path = OURS_CACHE) -> list[RealPrint]:
    """Every image of every shared set with minutiae from OUR extractor (``matcher.extract``).

    Extraction takes a while on a loaded machine, so the templates are cached in ``cache``
    (outside the repository; biometric data never goes into it). ``nbis`` is ``None``.
    """
    if cache.exists():
        with np.load(cache, allow_pickle=False) as data:
            meta = data["meta"]
            prints = []
            for i, row in enumerate(meta):
                set_index, finger, impression, width, height, dpi, quality = (int(v) for v in row)
                template = Template(data[f"m{i}"], width, height, dpi=dpi, quality=quality)
                name = list(SETS)[set_index]
                prints.append(RealPrint(name, finger, impression, template, None))
            return prints
    from matcher.api import extract, load_image

    prints = []
    for index, (name, dpi) in enumerate(SETS.items()):
        folder = root / name
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.tif")):
            template = extract(load_image(path), dpi=dpi)
            finger, impression = (int(v) for v in path.stem.split("_"))
            prints.append(RealPrint(name, index * 1000 + finger, impression, template, None))
    if prints:
        arrays = {f"m{i}": p.template.minutiae for i, p in enumerate(prints)}
        meta = np.array(
            [
                [list(SETS).index(p.set_name), p.finger, p.impression, p.template.width,
                 p.template.height, p.template.dpi, p.template.quality]
                for p in prints
            ],
            dtype=np.int64,
        )  # fmt: skip
        payload: dict[str, Any] = {"meta": meta, **arrays}
        np.savez(cache, **payload)
    return prints
