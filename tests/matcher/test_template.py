"""Template validation, round trips through every byte form, and fuzzing of the decoders."""

from __future__ import annotations

import contextlib
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher.errors import InvalidTemplate
from matcher.iso19794 import COMPACT_CAP
from matcher.template import Template


def random_template(rng: np.random.Generator, n: int = 40, w: int = 320, h: int = 400) -> Template:
    m = np.column_stack(
        [
            rng.integers(0, w, n),
            rng.integers(0, h, n),
            rng.integers(0, 256, n) * (2 * math.pi / 256),
            rng.integers(0, 3, n),
            rng.integers(0, 101, n) / 100,
        ]
    ).astype(np.float32)
    return Template(m, w, h, dpi=500, quality=int(rng.integers(0, 101)))


def test_iso_round_trip_is_exact_on_the_record_grid() -> None:
    t = random_template(np.random.default_rng(1))
    back = Template.from_iso19794_2(t.to_iso19794_2())
    assert (back.width, back.height, back.dpi, back.quality) == (320, 400, 500, t.quality)
    assert np.allclose(back.minutiae, t.minutiae, atol=1e-5)


def test_nbis_variant_round_trip() -> None:
    t = random_template(np.random.default_rng(2))
    back = Template.from_nbis_iso(t.to_nbis_iso())
    assert np.allclose(back.minutiae, t.minutiae, atol=1e-5)


def test_compact_keeps_the_most_reliable_minutiae_within_a_card_sized_record() -> None:
    t = random_template(np.random.default_rng(3), n=100)
    data = t.to_compact()
    assert len(data) == 3 * COMPACT_CAP
    back = Template.from_compact(data, width=t.width, height=t.height)
    assert len(back) == COMPACT_CAP
    threshold = np.sort(t.minutiae[:, 4])[::-1][COMPACT_CAP - 1]
    unit = 500 / 25.4 * 0.1
    for x, y, a, k, _ in back.minutiae:
        d = np.hypot(t.minutiae[:, 0] - x, t.minutiae[:, 1] - y)
        i = int(np.argmin(d))
        assert d[i] <= unit * 0.71 + 1e-3  # half a 0.1 mm cell in each axis
        assert t.minutiae[i, 4] >= threshold - 1e-6
        assert t.minutiae[i, 3] == k
        da = abs((t.minutiae[i, 2] - a + math.pi) % (2 * math.pi) - math.pi)
        assert da <= math.pi / 64 + 1e-4  # half a 5.625-degree step


def test_repr_never_shows_minutiae() -> None:
    t = random_template(np.random.default_rng(4), n=3)
    assert "minutiae" in repr(t) and str(float(t.minutiae[0, 0])) not in repr(t)


@pytest.mark.parametrize(
    "minutiae, kwargs, message",
    [
        (np.zeros((2, 4)), {}, "shape"),
        ([[1, 1, 7.0, 1, 0.5]], {}, "angle"),
        ([[1, 1, 1.0, 5, 0.5]], {}, "kind"),
        ([[1, 1, 1.0, 1, 1.5]], {}, "reliability"),
        ([[500, 1, 1.0, 1, 0.5]], {}, "outside the image"),
        ([[np.nan, 1, 1.0, 1, 0.5]], {}, "finite"),
        ([[1, 1, 1.0, 1, 0.5]], {"dpi": 10}, "resolution"),
        ([[1, 1, 1.0, 1, 0.5]], {"quality": 101}, "quality"),
        (np.zeros((256, 5)), {}, "maximum"),
    ],
)
def test_validate_names_the_problem(minutiae, kwargs, message: str) -> None:  # type: ignore[no-untyped-def]
    t = Template(np.asarray(minutiae, dtype=np.float32), 300, 400, **kwargs)
    with pytest.raises(InvalidTemplate, match=message):
        t.validate()


def test_minutiae_are_read_only() -> None:
    t = random_template(np.random.default_rng(5), n=2)
    with pytest.raises(ValueError):
        t.minutiae[0, 0] = 3


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_fuzz_iso_decoder_raises_only_invalid_template(data: bytes) -> None:
    for decode in (Template.from_iso19794_2, Template.from_nbis_iso, Template.from_compact):
        with contextlib.suppress(InvalidTemplate):
            decode(data)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_fuzz_mutated_valid_records(data: st.DataObject) -> None:
    t = random_template(np.random.default_rng(6), n=8)
    raw = bytearray(t.to_iso19794_2())
    for _ in range(data.draw(st.integers(1, 4))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    with contextlib.suppress(InvalidTemplate):
        Template.from_iso19794_2(bytes(raw)).validate()


def test_equality_is_by_value_and_templates_are_unhashable() -> None:
    rows = np.array([[10, 20, 0.5, 1, 0.9], [40, 60, 1.5, 2, 0.4]], dtype=np.float32)
    a = Template(rows, 300, 400, quality=60)
    assert a == Template(rows.copy(), 300, 400, quality=60)
    assert Template.from_iso19794_2(a.to_iso19794_2()) != a  # quantised on the record grid
    for other in (
        Template(rows, 300, 401, quality=60),
        Template(rows, 300, 400, dpi=1000, quality=60),
        Template(rows, 300, 400),
        Template(rows[:1], 300, 400, quality=60),
    ):
        assert a != other
    assert a != "not a template"
    with pytest.raises(TypeError):
        hash(a)
