"""matcher.load_image: the formats a station meets, and one clear error for everything else."""

from __future__ import annotations

import struct
import warnings
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from matcher import api
from matcher.errors import UnsupportedImage
from tests.matcher.synthetic import phase_pattern


@pytest.fixture(scope="module")
def pattern() -> np.ndarray:
    return phase_pattern(size=200)


@pytest.mark.parametrize("ext", ["png", "tif", "bmp"])
def test_lossless_formats_round_trip_exactly(tmp_path: Path, pattern: np.ndarray, ext: str) -> None:
    path = tmp_path / f"finger.{ext}"
    Image.fromarray(pattern).save(path)
    loaded = api.load_image(path)
    assert loaded.dtype == np.uint8 and loaded.shape == pattern.shape
    np.testing.assert_array_equal(loaded, pattern)


def test_jpeg_is_close(tmp_path: Path, pattern: np.ndarray) -> None:
    path = tmp_path / "finger.jpg"
    Image.fromarray(pattern).save(path, quality=95)
    loaded = api.load_image(path)
    assert np.abs(loaded.astype(int) - pattern).mean() < 4


def test_wsq_decodes_through_the_plugin(tmp_path: Path, pattern: np.ndarray) -> None:
    path = tmp_path / "finger.wsq"
    try:
        Image.fromarray(pattern).save(path, format="WSQ")
    except (KeyError, OSError) as exc:  # pragma: no cover - depends on the wsq build
        pytest.skip(f"this wsq build cannot encode: {exc}")
    loaded = api.load_image(path)
    assert loaded.shape == pattern.shape
    assert np.abs(loaded.astype(int) - pattern).mean() < 10


def test_colour_and_16_bit_images_become_8_bit_gray(tmp_path: Path, pattern: np.ndarray) -> None:
    rgb = tmp_path / "rgb.png"
    Image.fromarray(np.dstack([pattern] * 3)).save(rgb)
    np.testing.assert_array_equal(api.load_image(rgb), pattern)
    deep = tmp_path / "deep.png"
    Image.fromarray(pattern.astype(np.uint16) * 257).save(deep)
    loaded = api.load_image(deep)
    assert loaded.dtype == np.uint8
    assert np.abs(loaded.astype(int) - pattern).max() <= 1


def test_truncated_png_is_refused(tmp_path: Path, pattern: np.ndarray) -> None:
    full = tmp_path / "full.png"
    Image.fromarray(pattern).save(full)
    cut = tmp_path / "cut.png"
    cut.write_bytes(full.read_bytes()[: len(full.read_bytes()) // 2])
    with pytest.raises(UnsupportedImage, match=r"cut\.png"):
        api.load_image(cut)


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.tif"
    junk.write_bytes(np.random.default_rng(1).integers(0, 256, 4096, dtype=np.uint8).tobytes())
    with pytest.raises(UnsupportedImage) as info:
        api.load_image(junk)
    assert "\n" not in str(info.value)


def test_missing_file_and_empty_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedImage):
        api.load_image(tmp_path / "absent.png")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(UnsupportedImage):
        api.load_image(empty)


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares ``width`` x ``height`` pixels and holds none (a hostile file)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grayscale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


@pytest.mark.parametrize(("width", "height"), [(14000, 14000), (9000, 300), (7000, 7000)])
def test_an_image_far_larger_than_a_finger_is_refused_from_its_header(
        tmp_path: Path, width: int, height: int) -> None:
    """Refused in one line before decoding: no Pillow warning, no gigabytes allocated."""
    huge = tmp_path / "huge.png"
    huge.write_bytes(_png_header_only(width, height))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Pillow's DecompressionBombWarning would fail here
        with pytest.raises(UnsupportedImage) as info:
            api.load_image(huge)
    assert str(info.value).startswith("huge.png is ")
    assert str(info.value).endswith("far larger than a fingerprint image (at most 8000 pixels "
                                    "a side)")


# --- the resolution a file declares ---------------------------------------------------------


@pytest.mark.parametrize(("ext", "dpi"), [("png", 1000), ("tif", 1000), ("jpg", 1000),
                                          ("bmp", 1000), ("png", 508), ("tif", 500)])
def test_a_declared_sensor_resolution_is_read_from_the_header(
    tmp_path: Path, pattern: np.ndarray, ext: str, dpi: int
) -> None:
    path = tmp_path / f"finger.{ext}"
    Image.fromarray(pattern).save(path, dpi=(dpi, dpi))
    assert api.image_resolution(path) == dpi


@pytest.mark.parametrize("dpi", [(72, 72), (96, 96), (1, 1), (500, 250), (5000, 5000)])
def test_software_defaults_and_odd_resolutions_count_as_undeclared(
    tmp_path: Path, pattern: np.ndarray, dpi: tuple[int, int]
) -> None:
    """72/96 dpi is image software's default, FVC's TIFFs say 1 dpi: the caller assumes 500."""
    path = tmp_path / "finger.tif"
    Image.fromarray(pattern).save(path, dpi=dpi)
    assert api.image_resolution(path) is None


def test_a_file_without_resolution_declares_none(tmp_path: Path, pattern: np.ndarray) -> None:
    path = tmp_path / "finger.png"
    Image.fromarray(pattern).save(path)
    assert api.image_resolution(path) is None


def test_wsq_resolution_comes_from_its_nist_comment(tmp_path: Path, pattern: np.ndarray) -> None:
    path = tmp_path / "finger.wsq"
    try:
        Image.fromarray(pattern).save(path, format="WSQ")
    except (KeyError, OSError) as exc:  # pragma: no cover - depends on the wsq build
        pytest.skip(f"this wsq build cannot encode: {exc}")
    assert b"PPI 500" in path.read_bytes()  # what the encoder wrote, read independently
    assert api.image_resolution(path) == 500
    path.write_bytes(path.read_bytes().replace(b"PPI 500", b"PPI 999", 1))
    assert api.image_resolution(path) == 999


def test_resolution_of_what_is_not_an_image_is_one_clear_error(tmp_path: Path) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    with pytest.raises(UnsupportedImage, match=r"notes\.png"):
        api.image_resolution(text)
    with pytest.raises(UnsupportedImage, match="not a readable file"):
        api.image_resolution(tmp_path / "missing.png")


# --- one opening for both, and the engine's resampling in public ----------------------------


@pytest.mark.parametrize(("ext", "dpi"), [("png", 1000), ("tif", None), ("jpg", 508)])
def test_read_print_gives_the_image_and_its_declared_resolution_at_once(
    tmp_path: Path, pattern: np.ndarray, ext: str, dpi: int | None
) -> None:
    path = tmp_path / f"finger.{ext}"
    Image.fromarray(pattern).save(path, **({} if dpi is None else {"dpi": (dpi, dpi)}))
    image, declared = api.read_print(path)
    np.testing.assert_array_equal(image, api.load_image(path))
    assert declared == api.image_resolution(path) == dpi


def test_read_print_refuses_what_load_image_refuses(tmp_path: Path) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    with pytest.raises(UnsupportedImage, match=r"notes\.png is not a readable image"):
        api.read_print(text)
    huge = tmp_path / "huge.png"
    huge.write_bytes(_png_header_only(9000, 100))
    with pytest.raises(UnsupportedImage, match="far larger than a fingerprint image"):
        api.read_print(huge)


def test_resample_halves_a_1000_ppi_scan_and_keeps_its_type(pattern: np.ndarray) -> None:
    """A 1000 ppi print shown at 500 dpi is half the size each way and still uint8; the
    engine extracts the same minutiae from the file's pixels at 1000 dpi as from the
    resampled pixels at 500 dpi (one rule, not two)."""
    doubled = np.kron(pattern, np.ones((2, 2), np.uint8))
    half = api.resample(doubled, 1000)
    assert half.dtype == np.uint8 and half.shape == pattern.shape
    assert api.resample(pattern, 500) is pattern
    a, b = api.extract(doubled, dpi=1000), api.extract(half)
    assert a.minutiae.shape == b.minutiae.shape
    np.testing.assert_array_equal(a.minutiae, b.minutiae)


@pytest.mark.parametrize(("shape", "dpi"), [((10, 10, 3), 500), ((50, 50), 50), ((50, 50), 9000)])
def test_resample_refuses_odd_input_in_one_line(shape: tuple[int, ...], dpi: int) -> None:
    with pytest.raises(UnsupportedImage):
        api.resample(np.zeros(shape, np.uint8), dpi)
