"""The sixth day at the counter: the services and `sws` commands a clerk, a supervisor or
support met on a busy day, each asserted as they see it (one plain line, the documented exit
code, nothing lost)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.test_cli_counter import LOGIN, home, run, run_json

__all__ = ["home"]  # the fixture, shared with the counter's CLI tests


# -- an appeal of a grievance that does not exist --------------------------------------------


def test_an_appeal_of_an_unknown_grievance_says_so_before_asking_why(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sws grievance appeal WRONG-ID` asked for the reason first (--reason was required,
    and an empty one was refused before the grievance was looked up): the clerk wrote the
    person's reason, ran it again and only then learnt the id was mistyped. The id is now
    checked first; the reason is asked for only of a grievance that can be appealed."""
    assert run(["grievance", "appeal", "no-such-grievance", *LOGIN]) == 4
    assert capsys.readouterr().err == ("sws: error: no grievance with id "
                                       "'no-such-grievance'\n")
    assert run(["grievance", "appeal", "no-such-grievance", "--reason", " ", *LOGIN]) == 4
    assert capsys.readouterr().err == ("sws: error: no grievance with id "
                                       "'no-such-grievance'\n")
    g = run_json(["grievance", "open", "--category", "payment", "--person", "p-mother",
                  "--description", "benefit paid late", *LOGIN], capsys)["id"]
    # not resolved yet: that is what the clerk needs to hear, not "say why"
    assert run(["grievance", "appeal", g, *LOGIN]) == 4
    assert "is received and cannot be appealed" in capsys.readouterr().err
    run_json(["grievance", "resolve", g, "--resolution", "paid on 20 November", *LOGIN],
             capsys)
    assert run(["grievance", "appeal", g, *LOGIN]) == 4
    assert capsys.readouterr().err == "sws: error: say why the resolution is appealed\n"
    assert run_json(["grievance", "show", g], capsys)["status"] == "resolved"
