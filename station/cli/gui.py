"""``sws station``: open the station window (what ``./run`` ends with).

``sws station --screenshots DIR`` drives each mode with demo data, saves a PNG of every mode and
main dialog in DIR and exits; ``--lang`` picks the interface language (en, km, id, ur);
``--scanner PATH`` captures from an image file or folder, ``--scanner libfprint`` from a USB
scanner through libfprint; by default a connected libfprint device is used, else the demo
generator (synthetic fingers).
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path
from typing import Any


def _languages() -> list[str]:
    """The interface languages shipped (``station/i18n/sws_<code>.ts``), found without
    importing :mod:`station.i18n`: it loads Qt, which every headless `sws` command would
    then pay for, and Qt's import hook turns a Ctrl-C while it loads into an abort."""
    spec = importlib.util.find_spec("station.i18n")
    folders = spec.submodule_search_locations if spec is not None else None
    return sorted(ts.stem.removeprefix("sws_") for folder in folders or []
                  for ts in Path(folder).glob("sws_*.ts"))


def register(subparsers: Any) -> None:
    """Add the ``station`` subcommand to the ``sws`` parser."""
    parser = subparsers.add_parser("station", help="open the station window",
                                   description=__doc__,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--screenshots", type=Path, metavar="DIR",
                        help="save a screenshot of every mode and main dialog in DIR, then exit")
    parser.add_argument("--lang", choices=_languages(), default=None,
                        help="interface language (default: SWS_LANGUAGE or en)")
    parser.add_argument("--scanner", type=Path, metavar="PATH",
                        help="capture from an image file or folder (PNG, TIFF, WSQ), or "
                        "'libfprint' for a USB scanner")
    parser.add_argument("--json", action="store_true", help="accepted for uniformity; unused")
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from station.app import main

    return main(language=args.lang, screenshots=args.screenshots, scanner_path=args.scanner)
