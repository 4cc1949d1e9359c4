"""The file scanner: named files per finger, folders as a stream, clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import wsq  # noqa: F401 - registers the WSQ codec
from PIL import Image

from station.capture.base import CaptureFailed, Finger, ScannerUnavailable
from station.capture.files import FileScanner
from station.errors import StationError
from tests._shared import shared_set


def _print(seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:300, 0:260]
    ridges = 127 + 100 * np.sin((x + 0.3 * y) / 4.0 + rng.uniform(0, 6))
    return ridges.astype(np.uint8)


def test_folder_gives_each_finger_its_named_file(tmp_path: Path) -> None:
    Image.fromarray(_print(1)).save(tmp_path / "P01_right_index.png")
    Image.fromarray(_print(2)).save(tmp_path / "P01-left-thumb.tif")
    scanner = FileScanner(tmp_path)
    assert scanner.available()
    assert np.array_equal(scanner.capture(Finger.RIGHT_INDEX), _print(1))
    assert np.array_equal(scanner.capture(Finger.LEFT_THUMB), _print(2))


def test_unnamed_folder_hands_out_images_in_order_and_wraps(tmp_path: Path) -> None:
    for i in range(2):
        Image.fromarray(_print(10 + i)).save(tmp_path / f"10{i}_1.png")
    scanner = FileScanner(tmp_path)
    got = [scanner.capture(Finger.RIGHT_INDEX) for _ in range(3)]
    assert np.array_equal(got[0], _print(10))
    assert np.array_equal(got[1], _print(11))
    assert np.array_equal(got[2], _print(10))


@pytest.mark.shared
def test_reads_wsq_and_tiff(tmp_path: Path) -> None:
    tif = shared_set("FVC2002_DB1_B") / "101_1.tif"
    original = FileScanner(tif).capture(Finger.LEFT_INDEX)
    Image.fromarray(original).save(tmp_path / "one.wsq")
    image = FileScanner(tmp_path / "one.wsq").capture(Finger.LEFT_INDEX)
    assert image.shape == original.shape and image.dtype == np.uint8
    # WSQ is lossy: close to, not equal to, the original
    assert np.abs(image.astype(int) - original.astype(int)).mean() < 8


def test_a_file_that_is_not_an_image_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "right-index.png"
    bad.write_text("not a picture")
    with pytest.raises(CaptureFailed, match=r"right index finger: right-index\.png is not"):
        FileScanner(tmp_path).capture(Finger.RIGHT_INDEX)


def test_an_empty_folder_is_unavailable(tmp_path: Path) -> None:
    scanner = FileScanner(tmp_path)
    assert not scanner.available()
    with pytest.raises(ScannerUnavailable) as err:
        scanner.capture(Finger.RIGHT_INDEX)
    assert isinstance(err.value, StationError)
    assert "holds no PNG" in str(err.value)


def test_finger_names_parse_and_unknown_ones_are_refused() -> None:
    assert Finger.parse("left-little") is Finger.LEFT_LITTLE
    assert Finger.parse(2) is Finger.RIGHT_INDEX
    assert Finger.RIGHT_INDEX.slug == "right-index"
    with pytest.raises(StationError, match="unknown finger 'nose'"):
        Finger.parse("nose")
