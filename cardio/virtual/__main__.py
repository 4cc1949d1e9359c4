"""``python -m cardio.virtual --state FILE [--port 35963]``: put a virtual card in a reader.

The card connects to vpcd (vsmartcard) on 127.0.0.1:PORT; port 35963 is reader
"Virtual PCD 00 00", 35964 is "Virtual PCD 00 01". The state file is created blank when
absent and updated atomically after every change, so the card can be carried to another
process. SIGUSR1 or SIGTERM pulls the card out (the socket closes).
"""

from __future__ import annotations

import argparse
import secrets
import signal
import sys
from pathlib import Path
from types import FrameType

from cardio import layout
from cardio.virtual.card import FOREIGN_AID, VirtualCard
from cardio.virtual.faults import MALICIOUS_MODES
from cardio.virtual.link import Faults, Pulled, connect_to_vpcd, make_atr, serve
from cardio.virtual.state import CardState


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m cardio.virtual", description=__doc__)
    p.add_argument("--state", type=Path, required=True, help="card state file (JSON)")
    p.add_argument("--port", type=int, default=35963, help="vpcd port (35963 or 35964)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--pin", default="123456", help="issuer PIN of a new blank card")
    p.add_argument("--serial", default=None, help="serial of a new blank card (16 hex digits)")
    p.add_argument("--t0", action="store_true", help="answer like a T=0 card (61xx, 6Cxx)")
    p.add_argument(
        "--pull-after-bytes",
        type=int,
        default=None,
        help="pull the card after this many UPDATE BINARY data bytes",
    )
    p.add_argument(
        "--clone",
        choices=("nokey", "newkey"),
        default=None,
        help="a clone: the same files without the original key (never saved)",
    )
    p.add_argument(
        "--malicious",
        choices=MALICIOUS_MODES,
        default=None,
        help="answer with malformed or oversized responses",
    )
    p.add_argument(
        "--foreign",
        action="store_true",
        help="another scheme's card (a bank card, say): it holds no SWS application",
    )
    p.add_argument(
        "--fsync",
        action="store_true",
        help="fsync the state file on every change (survives a host power cut)",
    )
    p.add_argument("--connect-timeout", type=float, default=10.0)
    return p


def _load(args: argparse.Namespace) -> CardState:
    if args.state.exists():
        return CardState.load(args.state)
    state = CardState.new(args.pin, args.serial)
    state.save(args.state)
    return state


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        state = _load(args)
    except (OSError, ValueError, KeyError) as exc:
        print(f"virtual card: cannot use state file {args.state}: {exc}", file=sys.stderr)
        return 2
    persist = (lambda: state.save(args.state, args.fsync)) if args.clone is None else (lambda: None)
    if args.clone == "nokey":
        state.private_key = b""
    elif args.clone == "newkey":
        state.private_key = secrets.token_bytes(31).rjust(32, b"\x01")
    card = VirtualCard(state, persist, t0=args.t0,
                       aid=FOREIGN_AID if args.foreign else layout.AID)

    def _pull(_signum: int, _frame: FrameType | None) -> None:
        raise Pulled()

    signal.signal(signal.SIGUSR1, _pull)
    signal.signal(signal.SIGTERM, _pull)
    try:
        sock = connect_to_vpcd(args.host, args.port, args.connect_timeout)
    except OSError as exc:
        print(
            f"virtual card: vpcd not reachable on {args.host}:{args.port}: {exc}", file=sys.stderr
        )
        return 3
    print(f"virtual card {state.serial} in reader on port {args.port}", flush=True)
    faults = Faults(args.pull_after_bytes, args.malicious)
    try:
        serve(sock, card, make_atr(args.t0), faults)
    except (Pulled, KeyboardInterrupt):
        pass
    except OSError as exc:
        print(f"virtual card: link lost: {exc}", file=sys.stderr)
    finally:
        sock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
