"""The `sws` command line run in-process, as the CLI tests read it."""

from __future__ import annotations

import pytest

from station.cli import main


def sws(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``sws ARGV`` (a usage error's exit 2 included)."""
    capsys.readouterr()
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
