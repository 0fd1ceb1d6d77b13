"""The forensics thresholds and vocabularies, loaded from thresholds.toml into pydantic."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from jianzheng.models.rules_file import load_rules_file

THRESHOLDS_FILE = Path(__file__).with_name("thresholds.toml")


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MetadataRules(_Section):
    editing_tools: list[str]
    moddate_gap_days: float


class RevisionRules(_Section):
    max_revisions: int


class OverlayRules(_Section):
    cover_ratio: float
    min_box_side: float
    stack_ratio: float
    min_fill_opacity: float
    watermark_min_angle_deg: float
    watermark_max_opacity: float
    web_margin_share: float
    web_max_box_width: float
    web_max_box_height: float


class FontRules(_Section):
    size_ratio: float
    min_context_digits: int


class ImageRules(_Section):
    cell_px: int
    max_region_share: float
    low_ratio: float
    quiet_min_density: float
    quiet_min_rows: int
    quiet_min_cols: int
    quiet_max_bands: int
    quiet_max_lift: float
    bilevel_max_grey_share: float
    noisy_max_page_share: float
    noisy_cell_min_share: float
    noisy_min_cols: int
    noisy_min_inside_share: float
    photo_min_light_range: float
    photo_min_curved_range: float
    photo_glare_min_cells: int
    photo_glare_min_fade: float
    photo_glare_max_paper: float
    clone_max_mad: float
    clone_min_blocks: int
    clone_min_shift_px: int
    clone_min_noise: float
    clone_min_noise_corr: float
    clone_paste_min_overlap: float
    clone_paste_max_mad: float
    clone_paste_max_lone: float
    white_min_step: float
    white_max_page_share: float
    white_min_width_px: int
    white_min_height_px: int
    white_min_fill: float
    white_max_ring_lift: float
    white_max_boxes: int
    block_window_rows: int
    block_window_cols: int
    grey_min_chroma: float
    grey_min_blocks: int
    grey_max_tinted_share: float
    grey_min_tint: float
    grey_min_coherence: float
    grey_noise_ratio: float
    grey_seal_hue_ratio: float
    tint_min_page: float
    tint_min_diff: float
    tint_min_share: float
    sharp_min_blocks: int
    sharp_ratio: float
    sharp_ring_ratio: float
    sharp_min_level: float
    sharp_line_min_level: float
    sharp_max_share: float
    sharp_fine_min_ratio: float
    colour_ink_chroma: int
    field_window_rows: int
    field_window_cols: int
    field_min_blocks: int
    field_min_level: float
    field_min_z: float
    field_max_peer: float
    fringe_min_share: float
    figures_min_z: float
    figures_min_level: float
    figures_max_sharp_share: float
    figures_min_blocks: int
    figures_min_reference: int
    uniform_min_blocks: int
    uniform_min_score: float
    uniform_max_level_share: float
    uniform_min_paper_share: float
    uniform_max_runs: int
    uniform_page_level_share: float
    cleaned_min_share: float
    render_max_noise: float


class SealRules(_Section):
    red_hue_low: int
    red_hue_high: int
    min_saturation: int
    min_value: int
    min_diameter_share: float
    max_diameter_share: float
    max_aspect: float
    same_seal_hash_distance: int
    party_similarity: float
    party_mismatch_below: float
    ring_max_shared: float
    min_ring_chars: int


class SealCopyRules(_Section):
    margin_px: int
    min_correlation: float
    ink_redness: float
    min_ink_px: int
    texture_levels: float
    min_textured_share: float
    max_median_difference: float
    max_p90_difference: float
    max_size_ratio: float
    print_below: int
    min_print_px: int


class DuplicateRules(_Section):
    render_dpi: int
    shingle: int
    minhash_perm: int
    minhash_bands: int
    text_jaccard: float
    figure_overlap: float
    refed_overlap: float
    numbered_apart_below: float
    min_text_chars: int
    image_only_phash_distance: int
    invoice_min_confidence: float


class Thresholds(_Section):
    metadata: MetadataRules
    revisions: RevisionRules
    overlay: OverlayRules
    fonts: FontRules
    image: ImageRules
    seals: SealRules
    seal_copies: SealCopyRules
    duplicates: DuplicateRules


def load_thresholds(path: Path = THRESHOLDS_FILE) -> Thresholds:
    """Read a thresholds file; raise RuleError naming the file and key when it is malformed."""
    return load_rules_file(path, Thresholds)


@cache
def thresholds() -> Thresholds:
    """The shipped thresholds, read once (at the latest when the pipeline starts)."""
    return load_thresholds(THRESHOLDS_FILE)
