"""Images from files at another resolution than 500 dpi: a 1000 ppi scan is a good print.

The file scanner (the window's "files" source) and ``sws enrol --finger F=PATH`` both read the
resolution the file declares and bring the image to the 500 dpi every scanner hands over; a
file read at the wrong resolution is refused with a message that names the resolution.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

import matcher
from station.capture.base import CaptureFailed, Finger
from station.capture.files import FileScanner
from station.errors import ImageRejected
from station.model.biometrics import CapturePolicy, check_finger
from station.model.fingers import Finger as ModelFinger

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "fingerprints" / "sample" / "101_1.png"


@pytest.fixture(scope="module")
def print_500() -> np.ndarray:
    return matcher.load_image(SAMPLE)


def _save_1000_ppi(print_500: np.ndarray, path: Path, declare: bool = True) -> None:
    """The generator's print as a 1000 ppi scanner would give it: twice the pixels."""
    h, w = print_500.shape
    big = cv2.resize(print_500, (2 * w, 2 * h), interpolation=cv2.INTER_CUBIC)
    if declare:
        Image.fromarray(big).save(path, dpi=(1000, 1000))
    else:
        Image.fromarray(big).save(path)


def test_file_scanner_brings_a_1000_ppi_scan_to_500_dpi(
    tmp_path: Path, print_500: np.ndarray
) -> None:
    path = tmp_path / "right-index.png"
    _save_1000_ppi(print_500, path)
    image = FileScanner(tmp_path).capture(Finger.RIGHT_INDEX)
    assert image.dtype == np.uint8 and image.shape == print_500.shape
    same = matcher.compare(matcher.extract(image), matcher.extract(print_500))
    assert same >= matcher.threshold_for_fmr(1e-4)


def test_file_scanner_refuses_a_huge_file_in_one_line(tmp_path: Path) -> None:
    """The engine's decoder judges the size from the header; nothing is decoded."""
    path = tmp_path / "right-index.png"
    Image.new("L", (9000, 400), 255).save(path)
    with pytest.raises(CaptureFailed) as caught:
        FileScanner(path).capture(Finger.RIGHT_INDEX)
    assert "far larger than a fingerprint" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_enrolment_from_a_1000_ppi_file_extracts_at_500_dpi(
    tmp_path: Path, print_500: np.ndarray
) -> None:
    path = tmp_path / "scan.png"
    _save_1000_ppi(print_500, path)
    checked = check_finger(ModelFinger.RIGHT_INDEX, path, CapturePolicy(), keep_image=True)
    reference = matcher.extract(print_500)
    assert checked.template.width == reference.width
    assert checked.template.height == reference.height
    assert matcher.compare(checked.template, reference) >= matcher.threshold_for_fmr(1e-4)
    assert checked.image_png is not None  # the stored image shares the minutiae's geometry
    stored = cv2.imdecode(np.frombuffer(checked.image_png, np.uint8), cv2.IMREAD_GRAYSCALE)
    assert stored is not None and stored.shape == print_500.shape


def test_a_scan_read_at_the_wrong_resolution_names_it(
    tmp_path: Path, print_500: np.ndarray
) -> None:
    """Without the resolution in the file, 1000 ppi ridges look twice as far apart."""
    path = tmp_path / "scan.png"
    _save_1000_ppi(print_500, path, declare=False)
    with pytest.raises(ImageRejected) as caught:
        check_finger(ModelFinger.RIGHT_INDEX, path, CapturePolicy())
    message = str(caught.value)
    assert "at 500 dpi" in message and "resolution" in message
    assert "\n" not in message


def test_a_print_given_by_path_is_opened_once(tmp_path: Path, print_500: np.ndarray,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """`read_image` (the file scanner, `sws enrol --finger F=PATH`) opens the file once: it
    opened it twice (`matcher.load_image` for the pixels, then `matcher.image_resolution` for
    the header), and a file being rewritten (a scanner's output folder) could give the pixels
    of one scan and the resolution of the next."""
    from PIL import Image as PILImage

    from station.capture.files import read_image

    path = tmp_path / "scan.png"
    _save_1000_ppi(print_500, path)
    opened: list[object] = []
    real_open = PILImage.open

    def counting_open(fp: object, *args: object, **kwargs: object) -> PILImage.Image:
        opened.append(fp)
        return real_open(fp, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(PILImage, "open", counting_open)
    assert read_image(path).shape == print_500.shape
    assert len(opened) == 1
