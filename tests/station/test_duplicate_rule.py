"""The station's 1:N duplicate rule: a calibrated person-level threshold that follows the
registry's size, or a fixed per-finger score when the policy sets one."""

from __future__ import annotations

import pytest

from matcher.calibration import threshold_for_fmr, threshold_for_fused_fmr
from station.model.biometrics import CapturePolicy
from station.model.fingers import Finger
from station.model.gallery_sync import duplicate_rule, search_person
from tests.station.helpers import ExactGallery, make_template


def test_the_threshold_rises_with_the_registry_so_false_alarms_stay_rare() -> None:
    policy = CapturePolicy(duplicate_fpir=1e-3, duplicate_fmr=1e-4)
    small = duplicate_rule(policy, persons=5, fingers=2)
    large = duplicate_rule(policy, persons=100_000, fingers=2)
    assert small.person_fmr == 1e-4  # capped by duplicate_fmr in a small registry
    assert large.person_fmr == pytest.approx(1e-8)  # 0.1 % spread over 100,000 people
    assert large.fused == pytest.approx(threshold_for_fused_fmr(1e-8, 2))
    assert small.fused is not None and large.fused is not None and small.fused < large.fused
    # more fingers: the same false match rate needs more summed evidence
    three = duplicate_rule(policy, persons=100_000, fingers=3)
    assert three.fused is not None and three.fused > large.fused
    assert large.suspects(large.fused, {2: 0.1}) and not large.suspects(large.fused - 0.01, {})


def test_a_fixed_score_applies_to_any_single_finger() -> None:
    rule = duplicate_rule(CapturePolicy(duplicate_score=0.5), persons=1_000_000, fingers=2)
    assert rule.fused is None and rule.finger == 0.5
    assert rule.suspects(0.0, {2: 0.1, 7: 0.5})
    assert not rule.suspects(1e9, {2: 0.49})


def test_search_marks_suspects_and_names_the_matching_fingers() -> None:
    gallery = ExactGallery()
    a, b = make_template(1), make_template(2)
    gallery.add("p-1", int(Finger.RIGHT_INDEX), a)
    gallery.add("p-1", int(Finger.LEFT_INDEX), b)
    gallery.add("p-2", int(Finger.RIGHT_INDEX), make_template(3))
    probes = {Finger.RIGHT_INDEX: a, Finger.LEFT_INDEX: make_template(4)}
    policy = CapturePolicy()
    found = search_person(gallery, probes, policy)
    assert [c.person_id for c in found] == ["p-1"]
    assert found[0].suspected and found[0].matching == (int(Finger.RIGHT_INDEX),)
    assert found[0].fingers[int(Finger.RIGHT_INDEX)] >= threshold_for_fmr(policy.duplicate_fmr)
    record = found[0].as_record()
    assert record["suspected"] is True and record["matching"] == [int(Finger.RIGHT_INDEX)]
    strict = CapturePolicy(duplicate_fpir=1e-300, duplicate_fmr=1e-300)
    assert search_person(gallery, probes, strict) == []  # 50 evidence is not 1e-300
    kept = search_person(gallery, probes, strict, keep_all=True)
    assert [(c.person_id, c.suspected) for c in kept] == [("p-1", False)]


def test_the_clerk_reads_the_fused_score_as_odds_of_a_coincidence() -> None:
    from matcher.calibration import fused_fmr_at
    from station.model.ui_duplicates import odds_text

    for fmr, fingers in ((1e-8, 2), (1e-4, 1), (1e-6, 3)):
        assert fused_fmr_at(threshold_for_fused_fmr(fmr, fingers), fingers) == pytest.approx(fmr)
    assert fused_fmr_at(0.0, 2) == 1.0 and fused_fmr_at(5.0, 1) < fused_fmr_at(5.0, 2)
    assert [odds_text(p) for p in (0.05, 1 / 3000, 1.5e-9, 1e-13, 0.0, 1.0)] == [
        "20", "3,000", "10⁸", "> 10¹²", "> 10¹²", "1"]
    gallery = ExactGallery()
    a = make_template(5)
    gallery.add("p-9", int(Finger.RIGHT_INDEX), a)
    (found,) = search_person(gallery, {Finger.RIGHT_INDEX: a}, CapturePolicy())
    assert found.coincidence == pytest.approx(fused_fmr_at(found.score, 1))
    assert found.as_record()["coincidence"] == pytest.approx(found.coincidence, rel=1e-2)


def test_a_finger_of_few_minutiae_is_not_named_matching_on_the_typical_threshold() -> None:
    """A pair whose sparser print has few minutiae scores high by chance more often: the
    fingers listed as matching on their own use the sparse pairs' stricter threshold."""
    from dataclasses import dataclass

    from matcher.calibration import sparse_below, threshold_for_pair_fmr

    policy = CapturePolicy()
    plain = threshold_for_fmr(policy.duplicate_fmr)
    sparse = threshold_for_pair_fmr(policy.duplicate_fmr, sparse_below() - 1)
    assert sparse > plain
    between = (plain + sparse) / 2

    @dataclass(frozen=True)
    class Found:
        key: str
        score: float
        fingers: tuple[tuple[int, float], ...]
        minutiae: int

    class Gallery:
        persons = 1

        def __init__(self, minutiae: int) -> None:
            self.minutiae = minutiae

        def search_person(self, probes: dict[int, object], top: int) -> list[Found]:
            return [Found("p-1", 1e3, ((int(Finger.RIGHT_INDEX), between),), self.minutiae)]

    probe = {Finger.RIGHT_INDEX: make_template(1)}
    typical = search_person(Gallery(40), probe, policy, keep_all=True)
    few = search_person(Gallery(sparse_below() - 1), probe, policy, keep_all=True)
    assert typical[0].matching == (int(Finger.RIGHT_INDEX),)
    assert few[0].matching == ()
