"""The command line writes an FVC-style set; the demo scanner gives repeatable fingers."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from fixtures.fingerprints import SampleMissing
from fixtures.fingerprints.cli import main
from station.capture.base import Finger, ScannerError, UnknownFinger
from station.capture.demo import DemoScanner, InvalidDemoPerson


def _run(out: Path, seed: int, fingers: int = 2) -> dict:
    args = ["generate", "--fingers", str(fingers), "--impressions", "2", "--seed", str(seed)]
    assert main([*args, "--size", "200x240", str(out)]) == 0
    return json.loads((out / "manifest.json").read_text())


def test_generate_writes_fvc_named_pngs_and_a_manifest(tmp_path: Path) -> None:
    manifest = _run(tmp_path / "a", seed=3)
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == ["101_1.png", "101_2.png", "102_1.png", "102_2.png", "manifest.json"]
    assert manifest["seed"] == 3 and manifest["fingers"] == 2 and manifest["impressions"] == 2
    for finger in ("101", "102"):
        entry = manifest["files"][finger]
        assert entry["class"] in {"arch", "tented_arch", "left_loop", "right_loop", "whorl"}
        assert set(entry["impressions"]) == {"1", "2"}
        assert "distortion" in entry["impressions"]["1"]


def test_same_seed_same_bytes_other_seed_other_images(tmp_path: Path) -> None:
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        _run(tmp_path / name, seed=seed, fingers=1)
    a = (tmp_path / "a" / "101_2.png").read_bytes()
    assert a == (tmp_path / "b" / "101_2.png").read_bytes()
    assert a != (tmp_path / "c" / "101_2.png").read_bytes()


def test_bad_arguments_give_one_line_and_no_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bad"
    assert main(["generate", "--fingers", "0", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: fingers=0") and "\n" not in err
    assert not out.exists()


def test_sample_missing_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from fixtures.fingerprints import sample

    monkeypatch.setattr(sample, "SAMPLE_DIR", tmp_path)
    with pytest.raises(SampleMissing, match=r"python -m fixtures\.fingerprints sample"):
        sample.sample_images()


def test_demo_scanner_same_person_same_finger_new_touch_each_time() -> None:
    scanner = DemoScanner(person_seed=42, size=(200, 240))
    first = scanner.capture(Finger.RIGHT_INDEX)
    second = scanner.capture(Finger.RIGHT_INDEX)
    assert first.dtype == np.uint8 and first.shape == (240, 200)
    assert not np.array_equal(first, second)  # a retry is a new impression
    again = DemoScanner(person_seed=42, size=(200, 240)).capture("right-index")
    assert np.array_equal(first, again)  # the same person has the same finger
    other = DemoScanner(person_seed=43, size=(200, 240)).capture_attempt(Finger.RIGHT_INDEX, 1)
    assert not np.array_equal(first, other)
    assert scanner.available() and "demo" in scanner.name


def test_switching_people_and_a_returning_person_gives_new_impressions() -> None:
    scanner = DemoScanner(person_seed=7, size=(200, 240))
    first = scanner.capture(Finger.LEFT_INDEX)
    scanner.switch_person(8)
    assert scanner.person_seed == 8 and "person 8" in scanner.name
    assert np.array_equal(scanner.capture(Finger.LEFT_INDEX),
                          DemoScanner(person_seed=8, size=(200, 240)).capture(Finger.LEFT_INDEX))
    scanner.switch_person(7)  # the first person comes back: a second touch, not a copy
    assert np.array_equal(scanner.capture(Finger.LEFT_INDEX),
                          scanner.capture_attempt(Finger.LEFT_INDEX, 2))
    assert not np.array_equal(first, scanner.capture_attempt(Finger.LEFT_INDEX, 2))
    with pytest.raises(InvalidDemoPerson):
        scanner.switch_person(-3)


def test_demo_scanner_rejects_bad_people_and_fingers() -> None:
    with pytest.raises(InvalidDemoPerson):
        DemoScanner(person_seed=-1)
    with pytest.raises(ScannerError):
        DemoScanner(person_seed="x")  # type: ignore[arg-type]
    with pytest.raises(UnknownFinger):
        DemoScanner(person_seed=1).capture("left-toe")


def test_an_output_path_that_is_a_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "taken"
    target.write_text("not a folder")
    assert main(["generate", "--fingers", "1", str(target)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: cannot write the set to {target}") and "\n" not in err
    assert target.read_text() == "not a folder"
