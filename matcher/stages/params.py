"""Every tunable of the extraction pipeline, in one frozen dataclass passed to the stages.

Values are in pixels at 500 dpi (the pipeline resamples other resolutions first). They were
chosen from the literature (ridge period 7-12 px at 500 dpi, Hong et al. 1998) and checked on
the FVC sample sets; none is tuned to a single set.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Params:
    """Tunables of :func:`matcher.extract` (all lengths in pixels at 500 dpi)."""

    dpi: int = 500
    min_side: int = 100
    max_side: int = 2000

    # segmentation
    seg_window: int = 17  # box window for gradient energy
    seg_threshold: float = 0.25  # fraction of the robust energy maximum
    seg_close: int = 15  # closing kernel (and opening kernel unless seg_open is wider)
    # opening kernel: foreground thinner than this is not a finger but a line in the image
    # (the edges of the sensor's window in FVC2004 DB2) that would add false minutiae
    seg_open: int = 23
    seg_erode: int = 6  # shrink the mask away from the finger's edge
    min_foreground: float = 0.08  # fraction of the image below which it is not a finger

    # orientation field
    grad_sigma: float = 1.0
    orient_sigma: float = 5.0  # smoothing of the gradient tensor
    orient_wide_sigma: float = 13.0  # second, wider smoothing used where coherence is low
    min_mean_coherence: float = 0.20  # below this over the foreground: noise, not ridges

    # ridge frequency
    freq_block: int = 16
    freq_window: int = 32  # length across the ridges of the x-signature
    min_period: float = 4.0
    max_period: float = 16.0
    min_valid_frequency: float = 0.60  # fraction of foreground blocks with a ridge period
    # mean coherence + valid-period fraction: real prints score >= 1.15 on the FVC sets,
    # printed text about 0.85
    min_ridge_evidence: float = 1.0

    # enhancement (oriented Gabor, separable in the ridge frame)
    along_sigma: float = 3.5
    along_radius: int = 7
    across_sigma_factor: float = 0.45  # sigma across ridges, in ridge periods
    across_radius: int = 7

    # minutiae filtering
    border_distance: float = 10.0
    spur_length: float = 12.0
    short_ridge: float = 14.0
    bridge_length: float = 10.0
    # dry and creased prints break ridges over gaps of one to two ridge periods (8-11 px);
    # 15-20 px all help FVC2004 DB2-DB4 and leave FVC2002 DB1 as it was, 17 is the middle
    break_distance: float = 17.0
    break_angle: float = 0.9  # radians; endings facing each other within this
    cluster_radius: float = 7.0
    max_minutiae: int = 100  # per template, and per record with the supplement
    min_reliability: float = 0.0  # drop minutiae less reliable than this
    trace_length: int = 12  # pixels traced to find the direction of a minutia

    # supplementary minutiae, for other comparators: bozorth3 (NBIS) scores better with more
    # minutiae than our MCC comparator wants. When on, the candidates that survive these
    # looser rules but not the strict ones above go into Template.supplement: written in the
    # ISO record (rated 1 of 100) for other comparators, never compared by ours.
    supplementary: bool = True
    # measured from the edge of the whole finger area (Analysis.wide), not the shrunk mask
    loose_border_distance: float = 5.0
    loose_spur_length: float = 6.0
    loose_short_ridge: float = 8.0
    loose_bridge_length: float = 5.0
    loose_break_distance: float = 10.0
    loose_cluster_radius: float = 4.0
    # a supplementary minutia is kept only where the ridges are clearly enhanced (clarity_map):
    # where they are not (smudges, dry patches, a sensor window's edge) the looser rules keep
    # mostly false minutiae
    loose_clarity: float = 0.4

    def loosened(self) -> Params:
        """These parameters with the looser filtering rules of the supplementary minutiae."""
        return replace(
            self,
            border_distance=self.loose_border_distance,
            spur_length=self.loose_spur_length,
            short_ridge=self.loose_short_ridge,
            bridge_length=self.loose_bridge_length,
            break_distance=self.loose_break_distance,
            cluster_radius=self.loose_cluster_radius,
        )
