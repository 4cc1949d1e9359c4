"""Issuing and verifying a card through pcscd, beside the floor of the same work, in one run.

The card is our virtual card behind the real pcscd + vsmartcard vpcd (a contact card on a
physical reader pays more per APDU, so APDU counts are reported too). For each operation:

* ours: ``cardio.issue_card`` (two fingers, sealed to the programme's template key as the
  station writes them) / ``cardio.read_card`` + ``cardio.verify_card`` + opening the sealed
  prints (what a desk that checks fingers does);
* floor: the same bytes moved with bare ``smartcard.scard.SCardTransmit`` calls (the minimal
  APDU sequence of the profile, pre-encoded) plus one signature: ECDSA signing of the
  credential for issue, one ECDSA verification of it for verify.

"Tap to answer" is what the hospital clerk waits for: connect to the card just put in the
reader, read, challenge and verify, until the claims are on screen.

The revocation list a desk loads grows with a revoked (stolen) station's delivered cards,
8 bytes each (``cardio.revocation``, key 6): its size, the time to load (verify and decode)
it, and the time to verify one card of that signer against it, at 0 to 100,000 cards.

Usage::

    nice .venv/bin/python -m bench.cards [--reps 40]     # -> bench/results/cards.md (+ .png)
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import serialization as cose_encoding
from cryptography.hazmat.primitives.asymmetric import ec
from smartcard import scard

import cardio
from cardio import cose, layout
from cardio.apdu import Command
from cardio.transport import Channel
from tests.fixtures_card import PCSCD_SOCKET, VirtualCards

RESULTS = Path(__file__).resolve().parent / "results"
NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)
PIN = "123456"
#: The programme's template key: the station seals the prints it writes (cardio.sealing); our
#: verify and tap rows open them too, as a desk that checks fingers does.
SEALING = cardio.TemplateKey.generate()


def _bare(channel: Channel, apdus: list[bytes]) -> int:
    """Send pre-encoded APDUs with raw SCardTransmit; return how many went out."""
    handle, protocol = channel._handle, channel._protocol  # the floor uses the raw handle
    for raw in apdus:
        hresult, answer = scard.SCardTransmit(handle, protocol, list(raw))
        if hresult != scard.SCARD_S_SUCCESS or bytes(answer[-2:]) != b"\x90\x00":
            raise RuntimeError(f"floor APDU {raw[:4].hex()} failed: {bytes(answer).hex()}")
    return len(apdus)


def _templates() -> dict[int, bytes]:
    """Two compact templates of typical size (about 40-50 minutiae each)."""
    return {
        2: bytes((i * 37) % 256 for i in range(3 * 45 + 4)),
        7: bytes((i * 91 + 5) % 256 for i in range(3 * 50 + 4)),
    }


def _timed(fn: Callable[[], int], reps: int) -> tuple[list[float], int]:
    times, count = [], 0
    for _ in range(reps):
        start = time.perf_counter()
        count = fn()
        times.append((time.perf_counter() - start) * 1000)
    return times, count


def run(reps: int) -> str:
    pki = cardio.make_demo_chain(NOW - dt.timedelta(days=1))
    anchors = [pki.root_cert]
    crl = cardio.load_revocation_list(
        cardio.sign_revocation_list([], pki, NOW, dt.timedelta(days=30)), anchors, NOW
    )
    holder = cardio.Holder("KH-2026-000123", "Sokha", "Chan", 2, dt.date(1990, 5, 17), "12010203")
    ents = [
        cardio.Entitlement("HEF", dt.date(2026, 1, 1), dt.date(2028, 12, 31)),
        cardio.Entitlement("CASH-PREG", dt.date(2026, 6, 1), dt.date(2027, 5, 31)),
    ]
    templates = _templates()
    rows: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        cards = VirtualCards(Path(tmp))
        try:
            for label, extra in (
                ("extended-length T=1 card", ()),
                ("short-APDU T=0 card", ("--t0",)),
            ):
                card = cards.start(None, *extra)
                rows[label] = _measure(
                    card.reader, reps, pki, anchors, crl, holder, ents, templates, floor=not extra
                )
                card.pull()
        finally:
            cards.stop_all()
    return _report(rows, reps)


def _measure(reader, reps, pki, anchors, crl, holder, ents, templates, floor: bool) -> dict:
    counter = cardio.ApduCounter()
    out: dict[str, object] = {}
    with cardio.session(reader, [counter]) as channel:

        def issue() -> int:
            counter.commands = 0
            cardio.issue_card(
                channel,
                holder=holder,
                entitlements=ents,
                templates=templates,
                pki=pki,
                pin=PIN,
                now=NOW,
                seal_for=SEALING.public,  # as the station writes them: prints sealed
            )
            return counter.commands

        def verify() -> int:
            counter.commands = 0
            dump = cardio.read_card(channel)
            cardio.verify_card(dump, anchors, crl, NOW + dt.timedelta(days=1))
            cardio.open_templates(dump.templates, SEALING, serial=dump.serial)  # a finger desk
            return counter.commands

        issue()  # warm up; leaves an issued card to read
        dump = cardio.read_card(channel)
        packed = dump.templates  # the floor moves the same (sealed) bytes
        payload = cose.decode_sign1(dump.credential).payload
        key = pki.signer_key

        def issue_floor() -> int:
            n = _bare(
                channel,
                [
                    Command(0, 0xA4, 4, 0x0C, layout.AID).to_bytes(),
                    Command(0, 0x20, 0, 0x81, PIN.encode()).to_bytes(),
                    Command(0x80, 0xE0).to_bytes(),
                ],
            )
            _, answer = scard.SCardTransmit(
                channel._handle,
                channel._protocol,
                list(Command(0, 0x46, 0, 0, b"", 256).to_bytes()),
            )
            point = bytes(answer[-67:-2])
            key.sign(payload, ec.ECDSA(hashes.SHA256()))  # the one signature
            files = {layout.EF_CREDENTIAL: dump.credential, layout.EF_TEMPLATES: packed}
            return (
                1
                + n
                + _bare(
                    channel,
                    [
                        Command(0, 0xD6, 0x82, 0, dump.credential).to_bytes(),
                        Command(0, 0xD6, 0x83, 0, packed).to_bytes(),
                        Command(0x80, 0xE2, 0, 0, layout.commit_digest(files, point)).to_bytes(),
                    ],
                )
            )

        signer_public = key.public_key()
        envelope = cose.decode_sign1(dump.credential)
        der = cose.encode_dss_signature(
            int.from_bytes(envelope.signature[:32], "big"),
            int.from_bytes(envelope.signature[32:], "big"),
        )

        def verify_floor() -> int:
            handle, proto = channel._handle, channel._protocol
            for raw in (
                Command(0, 0xA4, 4, 0x0C, layout.AID).to_bytes(),
                Command(0, 0xB0, 0x82, 0, b"", 65536).to_bytes(),
                Command(0, 0xB0, 0x83, 0, b"", 65536).to_bytes(),
                Command(0, 0x88, 0, 0, bytes(32), 256).to_bytes(),
            ):
                scard.SCardTransmit(handle, proto, list(raw))
            signer_public.verify(der, envelope.to_be_signed(), ec.ECDSA(hashes.SHA256()))
            return 4

        pairs = [("issue", issue, issue_floor), ("verify", verify, verify_floor)]
        for name, ours_fn, floor_fn in pairs:
            ours_t, ours_n = [], 0
            floor_t, floor_n = [], 0
            for _ in range(reps):  # interleaved, so drift hits both alike
                t, ours_n = _timed(ours_fn, 1)
                ours_t += t
                if floor:
                    t, floor_n = _timed(floor_fn, 1)
                    floor_t += t
            out[name] = (ours_t, ours_n, floor_t, floor_n)
            if name == "issue":
                issue()  # the floor wrote a credential that names an older card key
    taps = []
    for _ in range(reps):
        start = time.perf_counter()
        with cardio.session(reader) as channel:
            tapped = cardio.read_card(channel)
            cardio.verify_card(tapped, anchors, crl, NOW + dt.timedelta(days=1))
            cardio.open_templates(tapped.templates, SEALING, serial=tapped.serial)
        taps.append((time.perf_counter() - start) * 1000)
    out["tap"] = taps
    return out


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 2 else values[0]


def _stats(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} / {_p(values, 90):.1f} / {min(values):.1f}"


def _report(rows: dict[str, dict], reps: int) -> str:
    lines = [
        "# Cards: issue and verify through pcscd, beside the floor (bench/cards.py)",
        "",
        f"{reps} repetitions each, ours and floor interleaved in one run; times in ms "
        "(median / p90 / min; the machine is shared, so the min shows the cost without "
        "scheduling noise). Ours seals the prints at issue and opens them at verify and tap "
        "(cardio.sealing: X25519 + HKDF + AES-GCM). Floor = the same bytes (the sealed file "
        "included) with bare `SCardTransmit` + one ECDSA "
        "signature (issue: sign; verify: check). The virtual card saves its state file "
        "(write + rename, no fsync) after each state change, as a real card writes EEPROM; "
        "that cost is inside both columns.",
        "",
        "| card | operation | ours ms | floor ms | ours / floor | APDUs ours | APDUs floor |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, row in rows.items():
        for name in ("issue", "verify"):
            ours_t, ours_n, floor_t, floor_n = row[name]
            ours = _stats(ours_t)
            if floor_t:
                fl = _stats(floor_t)
                ratio = f"{statistics.median(ours_t) / statistics.median(floor_t):.2f}"
            else:
                fl, ratio, floor_n = "-", "-", "-"
            lines.append(f"| {label} | {name} | {ours} | {fl} | {ratio} | {ours_n} | {floor_n} |")
    lines += ["", "| card | tap to answer (connect + read + challenge + verify) ms |", "|---|---|"]
    for label, row in rows.items():
        taps = row["tap"]
        lines.append(f"| {label} | {_stats(taps)} |")
    lines += _revocation_rows(reps)
    lines += [
        "",
        "Targets: issue and verify at most 1.5x their floor; tap to answer well under 300 ms.",
        "",
    ]
    _plot(rows)
    return "\n".join(lines)


def _revocation_rows(reps: int) -> list[str]:
    """A list naming one revoked signer with ``n`` delivered cards: bytes, load, verify."""
    from cardio.credential import Claims, sign_credential, template_digest
    from cardio.pki import issue_signer
    from cardio.revocation import credential_tag

    pki = cardio.make_demo_chain(NOW - dt.timedelta(days=1))
    stolen = issue_signer(pki, NOW - dt.timedelta(days=1))
    anchors = [pki.root_cert]
    holder = cardio.Holder("KH-2026-000123", "Sokha", "Chan", 2, dt.date(1990, 5, 17), "1201")
    point = ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(
        cose_encoding.Encoding.X962, cose_encoding.PublicFormat.UncompressedPoint)
    card = sign_credential(Claims(
        holder=holder, entitlements=(), issuer=stolen.signer_cert.subject.rfc4514_string(),
        card_serial="00AA000000000001", issued_at=NOW - dt.timedelta(hours=3),
        expires_at=NOW + dt.timedelta(days=900), template_digest=template_digest(b""),
        card_public_key=point), stolen)
    lines = ["", "A stolen station's signer on the revocation list, with the cards the centre "
             "received from it (8 bytes each): the list's size, loading it (signature check "
             "and decoding, once per list) and verifying one card of that signer against it "
             "(no card: the credential alone).", "",
             "| delivered cards of a revoked signer | list bytes | load ms | verify one "
             "of its cards ms |", "|---|---|---|---|"]
    for n in (0, 1_000, 10_000, 100_000):
        tags = frozenset({credential_tag(card)} | {i.to_bytes(8, "big") for i in range(n - 1)}
                         ) if n else frozenset()
        entry = cardio.SignerRevocation(cardio.signer_fingerprint(stolen.signer_cert),
                                        NOW - dt.timedelta(hours=1), "stolen", tags)
        data = cardio.sign_revocation_list([], pki, NOW, dt.timedelta(days=7), signers=[entry])
        load, _ = _timed(lambda data=data: len(  # type: ignore[misc]
            cardio.load_revocation_list(data, anchors, NOW).signers), max(3, reps // 4))
        crl = cardio.load_revocation_list(data, anchors, NOW)

        def check(crl: cardio.RevocationList = crl) -> int:
            try:
                cardio.verify(card, anchors, crl, NOW)
            except cardio.InvalidCredential:
                return 0  # n = 0: no card delivered, refused (the same work)
            return 1

        verify, _ = _timed(check, reps)
        lines.append(f"| {n:,} | {len(data):,} | {_stats(load)} | {_stats(verify)} |")
    return lines


def _plot(rows: dict[str, dict]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    row = next(iter(rows.values()))
    names = ["issue", "verify"]
    ours = [statistics.median(row[n][0]) for n in names]
    floor = [statistics.median(row[n][2]) for n in names]
    fig, ax = plt.subplots(figsize=(5, 3))
    xs = range(len(names))
    ax.bar([x - 0.2 for x in xs], ours, 0.4, label="ours")
    ax.bar([x + 0.2 for x in xs], floor, 0.4, label="floor (bare APDUs + 1 signature)")
    ax.set_xticks(list(xs), names)
    ax.set_ylabel("median ms")
    ax.legend()
    fig.tight_layout()
    fig.savefig(RESULTS / "cards.png", dpi=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=40)
    args = parser.parse_args()
    if not PCSCD_SOCKET.exists():
        raise SystemExit("pcscd is not running: start it with `setsid pcscd --foreground &`")
    text = run(args.reps)
    (RESULTS / "cards.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
