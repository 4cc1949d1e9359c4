"""ISO/IEC 19794-2:2005 conformance: hand-built vectors and an independent reader.

The reader below is written from the standard's field table with plain slicing, not from
``matcher.iso19794``; our encoder's output must satisfy it, and our decoder must read the
hand-built vectors in ``vectors/`` to the values stated in their comments.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from matcher.errors import InvalidTemplate
from matcher.template import Template

VECTORS = Path(__file__).parent / "vectors"


def load_vector(name: str) -> tuple[bytes, dict[str, float], list[dict[str, float]]]:
    """Bytes of a .hex vector plus its 'expect' lines as dictionaries."""
    header: dict[str, float] = {}
    minutiae: list[dict[str, float]] = []
    hex_text = []
    for line in (VECTORS / name).read_text().splitlines():
        if line.startswith("# expect minutia:"):
            minutiae.append({k: float(v) for k, v in (f.split("=") for f in line.split()[3:])})
        elif line.startswith("# expect:"):
            header = {k: float(v) for k, v in (f.split("=") for f in line.split()[2:])}
        elif not line.startswith("#"):
            hex_text.append(line)
    return bytes.fromhex(" ".join(hex_text)), header, minutiae


def independent_read(data: bytes) -> dict[str, object]:
    """A minimal ISO/IEC 19794-2:2005 reader: fields by offset, as the standard lists them."""

    def u(offset: int, size: int) -> int:
        return int.from_bytes(data[offset : offset + size], "big")

    rec: dict[str, object] = {
        "magic": data[0:4],
        "version": data[4:8],
        "length": u(8, 4),
        "width": u(14, 2),
        "height": u(16, 2),
        "xres_ppcm": u(18, 2),
        "yres_ppcm": u(20, 2),
        "views": u(22, 1),
        "finger": u(24, 1),
        "quality": u(26, 1),
    }
    count = u(27, 1)
    minutiae = []
    for i in range(count):
        o = 28 + 6 * i
        minutiae.append(
            {
                "type": u(o, 2) >> 14,
                "x": u(o, 2) & 0x3FFF,
                "y": u(o + 2, 2) & 0x3FFF,
                "angle_deg": u(o + 4, 1) * 360 / 256,
                "quality": u(o + 5, 1),
            }
        )
    rec["minutiae"] = minutiae
    rec["extended_length"] = u(28 + 6 * count, 2)
    return rec


def _check(t: Template, header: dict[str, float], expected: list[dict[str, float]]) -> None:
    for key in ("width", "height", "dpi", "quality"):
        if key in header:
            assert getattr(t, key) == header[key], key
    assert len(t) == len(expected)
    unit = t.dpi / 25.4 * 0.1
    for row, exp in zip(t.minutiae, expected, strict=True):
        x = exp["x"] if "x" in exp else exp["x_mm"] * 10 * unit
        y = exp["y"] if "y" in exp else exp["y_mm"] * 10 * unit
        assert row[0] == pytest.approx(x, abs=1e-3)
        assert row[1] == pytest.approx(y, abs=1e-3)
        assert math.degrees(row[2]) == pytest.approx(exp["angle_deg"], abs=1e-3)
        assert row[3] == exp["kind"]
        if "reliability" in exp:
            assert row[4] == pytest.approx(exp["reliability"], abs=1e-6)


@pytest.mark.parametrize("name", ["iso_two_minutiae.hex", "iso_extended_data.hex"])
def test_decoder_reads_hand_built_records(name: str) -> None:
    data, header, expected = load_vector(name)
    _check(Template.from_iso19794_2(data), header, expected)


def test_nbis_variant_is_read_through_the_adapter_only() -> None:
    data, header, expected = load_vector("nbis_variant.hex")
    _check(Template.from_nbis_iso(data), header, expected)
    with pytest.raises(InvalidTemplate):
        Template.from_iso19794_2(data)


def test_compact_vector_decodes_to_millimetre_positions() -> None:
    data, header, expected = load_vector("compact_two_minutiae.hex")
    t = Template.from_compact(data, dpi=int(header["dpi"]))
    _check(t, header, expected)


def test_encoder_output_satisfies_the_independent_reader() -> None:
    m = np.array([[10, 20, math.pi / 2, 1, 0.9], [299, 399, math.pi, 2, 0.5]], np.float32)
    t = Template(m, 300, 400, dpi=500, quality=60)
    data = t.to_iso19794_2(finger_position=3)
    rec = independent_read(data)
    assert rec["magic"] == b"FMR\x00" and rec["version"] == b" 20\x00"
    assert rec["length"] == len(data) == 24 + 4 + 2 * 6 + 2
    assert (rec["width"], rec["height"]) == (300, 400)
    assert rec["xres_ppcm"] == rec["yres_ppcm"] == 197  # 500 dpi in pixels per centimetre
    assert rec["views"] == 1 and rec["finger"] == 3 and rec["quality"] == 60
    assert rec["extended_length"] == 0
    assert rec["minutiae"] == [
        {"type": 1, "x": 10, "y": 20, "angle_deg": 90.0, "quality": 90},
        {"type": 2, "x": 299, "y": 399, "angle_deg": 180.0, "quality": 50},
    ]
    assert data == load_vector("iso_two_minutiae.hex")[0]


def test_nbis_variant_round_trips_through_nbis_itself() -> None:
    nbis = pytest.importorskip("nbis")
    m = np.array([[100, 203, math.radians(67.5), 1, 0.07], [50, 60, 1.0, 2, 0.3]], np.float32)
    t = Template(m, 388, 374)
    settings = nbis.NbisExtractorSettings(
        min_quality=0.0, get_center=False, check_fingerprint=False, compute_nfiq2=False, ppi=None
    )
    loaded = nbis.new_nbis_extractor(settings).load_iso_19794_2_2005(t.to_nbis_iso())
    got = sorted((p.x(), p.y(), p.angle()) for p in loaded.get())
    assert [g[:2] for g in got] == [(50, 60), (100, 203)]
    # NBIS keeps directions in its own 11.25-degree steps internally
    assert got[0][2] == pytest.approx(math.degrees(1.0), abs=5.7)
    assert got[1][2] == pytest.approx(67.5, abs=5.7)
    back = Template.from_nbis_iso(loaded.to_iso_19794_2_2005())
    assert np.allclose(np.sort(back.minutiae[:, 0]), [50, 100])


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: b"XMR\x00" + d[4:], "FMR"),
        (lambda d: d[:4] + b" 21\x00" + d[8:], "version"),
        (lambda d: d[:-1], "long"),
        (lambda d: d[:8] + (999).to_bytes(4, "big") + d[12:], "long"),
        (lambda d: d[:18] + b"\x00\x00\x00\x00" + d[22:], "resolution"),
        (lambda d: d[:22] + b"\x00" + d[23:], "no finger view"),
        (lambda d: d[:28] + bytes([0xC0]) + d[29:], "reserved type"),
        (lambda d: d[:33] + bytes([101]) + d[34:], "quality"),
        (lambda d: d[:34] + bytes([0x41, 0x2C]) + d[36:], "outside the image"),
    ],
)
def test_malformed_records_raise_one_clear_error(mutate, message: str) -> None:  # type: ignore[no-untyped-def]
    data = load_vector("iso_two_minutiae.hex")[0]
    with pytest.raises(InvalidTemplate, match=message):
        Template.from_iso19794_2(mutate(data))
