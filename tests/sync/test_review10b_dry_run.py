"""A --dry-run of `sws central revoke` and `master-data` says what the real run would say:
what the real run refuses, the look refuses too, before any service is asked. A look that
answered 'would revoke' or 'would replace' for an order the real run then refused misled
the operator who checked first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sync.central.cli import main

NOWHERE = "http://127.0.0.1:9"  # no service: whatever is refused here is refused first


def _places(path: Path, communes: dict[str, str], *, fmt: str = "sws-locations") -> Path:
    areas = [{"code": "12", "name": "Kampong Cham", "parent": None},
             {"code": "1204", "name": "Batheay", "parent": "12"},
             *({"code": code, "name": name, "parent": "1204"}
               for code, name in communes.items())]
    path.write_text(json.dumps({"format": fmt, "format_version": 1,
                                "areas": areas}), encoding="utf-8")
    return path


def _catalogue(path: Path, *programmes: tuple[str, str]) -> Path:
    path.write_text(json.dumps({"programmes": [{"code": c, "name": n}
                                               for c, n in programmes]}), encoding="utf-8")
    return path


def _refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    err = capsys.readouterr().err
    assert code == 4, err
    (line,) = err.splitlines()
    assert "cannot reach" not in line and "127.0.0.1:9" not in line, line
    return line


@pytest.mark.parametrize("dry_run", [("--dry-run",), ()])
def test_revoke_without_a_reason_is_refused_looking_or_not(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        dry_run: tuple[str, ...]) -> None:
    monkeypatch.setenv("SWS_CENTRAL_ADMIN_TOKEN", "t" * 32)
    line = _refused(capsys, "revoke", "st-1234abcd", "--reason", "  ", "--central", NOWHERE,
                    *dry_run)
    assert "--reason" in line


@pytest.mark.parametrize("dry_run", [("--dry-run",), ()])
def test_master_data_with_a_code_twice_is_refused_looking_or_not(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        dry_run: tuple[str, ...]) -> None:
    monkeypatch.setenv("SWS_CENTRAL_ADMIN_TOKEN", "t" * 32)
    places = _places(tmp_path / "a.json", {"120401": "Batheay"})
    twice = _catalogue(tmp_path / "p.json", ("health", "Health care"), ("health", "Health"))
    line = _refused(capsys, "master-data", "--central", NOWHERE, "--locations", str(places),
                    "--programmes", str(twice), *dry_run)
    assert "health" in line and "twice" in line, line
    places = _places(tmp_path / "b.json", {"120401": "Batheay"})
    doubled = places.read_text(encoding="utf-8").replace('"1204",', '"1204",', 1)
    data = json.loads(doubled)
    data["areas"].append({"code": "120401", "name": "Batheay again", "parent": "1204"})
    places.write_text(json.dumps(data), encoding="utf-8")
    line = _refused(capsys, "master-data", "--central", NOWHERE, "--locations", str(places),
                    "--programmes", str(_catalogue(tmp_path / "q.json", ("health", "H"))),
                    *dry_run)
    assert "120401" in line and "twice" in line, line


@pytest.mark.parametrize("dry_run", [("--dry-run",), ()])
def test_master_data_with_a_file_that_is_no_list_of_places_is_refused_looking_or_not(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        dry_run: tuple[str, ...]) -> None:
    monkeypatch.setenv("SWS_CENTRAL_ADMIN_TOKEN", "t" * 32)
    places = _places(tmp_path / "a.json", {"120401": "Batheay"}, fmt="something-else")
    line = _refused(capsys, "master-data", "--central", NOWHERE, "--locations", str(places),
                    "--programmes", str(_catalogue(tmp_path / "p.json", ("health", "H"))),
                    *dry_run)
    assert "sws-locations" in line, line
