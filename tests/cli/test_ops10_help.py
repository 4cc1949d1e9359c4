"""`--help` as a new operator at the centre reads it: every `sws central`, `sws adjudication`
and `sws operator` command says what it does, and every argument what it is."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from station.cli import build_parser


def _subcommands(parser: argparse.ArgumentParser, path: str
                 ) -> Iterator[tuple[str, argparse.ArgumentParser, str | None]]:
    """Each command under ``parser``: its path, its parser and its one-line help."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                yield f"{path} {name}", sub, helps.get(name)
                yield from _subcommands(sub, f"{path} {name}")


def _top(name: str) -> argparse.ArgumentParser:
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices[name]
    raise AssertionError("sws has no subcommands")


@pytest.mark.parametrize("top", ["central", "adjudication", "operator"])
def test_every_command_and_argument_says_what_it_is(top: str) -> None:
    missing = []
    for path, parser, line in [(f"sws {top}", _top(top), "top"),
                               *_subcommands(_top(top), f"sws {top}")]:
        if not line:
            missing.append(f"{path}: no one-line help in the list of commands")
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
                continue
            if not action.help:
                missing.append(f"{path} {'/'.join(action.option_strings) or action.dest}")
    assert not missing, "without help:\n" + "\n".join(missing)
