"""The reading rules (limits, thresholds) of extract/reading.toml, loaded into pydantic."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, NonNegativeInt

from jianzheng.models.rules_file import load_rules_file

RULES_FILE = Path(__file__).with_name("reading.toml")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Limits(_Frozen):
    max_file_bytes: int
    max_image_pixels: int
    max_pages: int
    max_page_side_pt: float
    max_frames: int
    max_unzipped_bytes: int
    max_zip_members: int
    max_xml_bytes: int
    max_office_xml_bytes: int
    max_sheet_cells: int
    convert_timeout_s: float


class TextLayerRules(_Frozen):
    min_real_chars: int
    min_real_ratio: float
    scan_image_cover: float
    hidden_min_chars: int


class RenderRules(_Frozen):
    dpi: int
    max_pixels: int
    max_ocr_pixels: int
    qr_dpi: int
    max_regions: int


class OrientationRules(_Frozen):
    max_skew_deg: float
    min_correct_deg: float


class PhotoRules(_Frozen):
    min_side_px: int
    min_page_share: float
    max_page_share: float
    min_margin_share: float
    max_corner_deviation_deg: float
    min_contrast: float


class QualityRules(_Frozen):
    min_dpi: float
    confident_min_dpi: float
    confident_median: float
    confident_low: float
    confident_min_lines: int
    sharp_reference: float
    max_blur: float
    max_skew_deg: float
    body_pitch_pt: float
    pitch_min_lines: int


class SealRules(_Frozen):
    min_size_mm: float
    max_size_mm: float
    max_aspect: float
    red_margin: NonNegativeInt  # red_mask() saturates at 0
    min_red_fill: float
    outline_work_dpi: float
    outline_min_mm: float
    outline_max_mm: float
    outline_ink_contrast: int
    outline_min_coverage: float
    outline_min_contrast: float
    outline_shrunk_min_coverage: float
    shrunk_max_scale: float


class ReadingRules(_Frozen):
    limits: Limits
    text_layer: TextLayerRules
    render: RenderRules
    orientation: OrientationRules
    photo: PhotoRules
    quality: QualityRules
    seal: SealRules


def load_rules(path: Path = RULES_FILE) -> ReadingRules:
    """Load and validate a reading-rules file; RuleError names the file and key when it is malformed."""
    return load_rules_file(path, ReadingRules)


@cache
def rules() -> ReadingRules:
    """The project's reading rules (loaded once, at the latest when the pipeline starts)."""
    return load_rules(RULES_FILE)
