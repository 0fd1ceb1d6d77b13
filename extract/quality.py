"""Page quality of a scan: effective DPI, blur, skew, and whether it is readable by the thresholds."""

from __future__ import annotations

import re

import cv2
import numpy as np

from jianzheng.models import PageQuality, Word

from .reading_rules import QualityRules

# Sharpness is measured at one scale, so that a 300-DPI scan is not "sharper" by resolution alone.
_BLUR_DPI = 150.0
_TILE = 32
_INK_VARIANCE = 400.0  # a tile whose gray values vary less (std < 20) is paper, not text
# Fewer tiles of ink than this are no text to judge: a duplex scan's blank back shows only its
# punch holes and the faint mirror of the front (about 8 tiles of 2,000 at 150 DPI); the
# sparsest printed page (a signature page, a cover) holds several times as many.
_MIN_INK_TILES = 20
_HAN = re.compile(r"[\u4e00-\u9fff]")


def sharpness(gray: np.ndarray, dpi: float) -> float | None:
    """Median, over tiles holding ink, of Laplacian variance / gray variance at a 150-DPI scale.

    Dividing by the tile's own contrast makes the measure independent of how
    much text a page holds and how dark it is printed: only how steep the edges
    are counts. None for a page without ink (nothing to judge).
    """
    scale = min(1.0, _BLUR_DPI / max(dpi, 1.0))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    values = small.astype(np.float32)
    lap = cv2.Laplacian(values, cv2.CV_32F)
    rows, cols = values.shape[0] // _TILE, values.shape[1] // _TILE
    if rows == 0 or cols == 0:
        return None
    shape = (rows, _TILE, cols, _TILE)
    contrast = values[: rows * _TILE, : cols * _TILE].reshape(shape).var(axis=(1, 3))
    edges = lap[: rows * _TILE, : cols * _TILE].reshape(shape).var(axis=(1, 3))
    ink = contrast > _INK_VARIANCE
    if int(ink.sum()) < _MIN_INK_TILES:
        return None
    return float(np.median(edges[ink] / contrast[ink]))


def print_scale(words: list[Word], rules: QualityRules) -> float | None:
    """The page's print size against body text's: its Chinese lines' median character pitch over
    ``body_pitch_pt``; None where fewer than ``pitch_min_lines`` lines of six characters tell.

    The pitch, not the line height, is measured: OCR boxes are padded by a near-constant margin,
    their width per character is not.
    """
    pitches = [
        (w.bbox[2] - w.bbox[0]) / len(w.text)
        for w in words
        if len(w.text) >= 6 and len(_HAN.findall(w.text)) >= 0.8 * len(w.text)
    ]
    if len(pitches) < rules.pitch_min_lines:
        return None
    return float(np.median(pitches)) / rules.body_pitch_pt


def read_confidently(words: list[Word], rules: QualityRules) -> bool:
    """Whether OCR read the page's lines with a confidence that shows no stroke was lost:
    ``confident_min_lines`` lines of four characters or more, their median and tenth percentile
    confidence at least ``confident_median`` and ``confident_low``."""
    confidences = sorted(w.confidence for w in words if w.confidence is not None and len(w.text) >= 4)
    if len(confidences) < rules.confident_min_lines:
        return False
    return (
        float(np.median(confidences)) >= rules.confident_median
        and confidences[len(confidences) // 10] >= rules.confident_low
    )


def assess(
    gray: np.ndarray,
    *,
    dpi: float | None,
    skew_deg: float,
    rules: QualityRules,
    image_dpi: float | None = None,
    confident: bool = False,
) -> PageQuality:
    """The page's quality and the reasons (in Chinese, for the reviewer) it is not readable, if any.

    ``dpi`` is the scan's effective resolution; ``image_dpi`` that of ``gray``
    (a 150-DPI scan rendered at 200 DPI), which sets the scale blur is measured at.
    ``confident``: OCR read the page confidently (read_confidently), which makes a resolution
    down to ``confident_min_dpi`` readable.
    """
    sharp = sharpness(gray, image_dpi or dpi or _BLUR_DPI)
    blur = 0.0 if sharp is None else max(0.0, min(1.0, 1.0 - sharp / rules.sharp_reference))
    reasons = []
    least = rules.confident_min_dpi if confident else rules.min_dpi
    if dpi is not None and dpi < least:
        reasons.append(f"分辨率过低（约 {dpi:.0f} DPI，低于 {least:.0f} DPI）")
    if blur > rules.max_blur:
        reasons.append(f"图像模糊（模糊度 {blur:.2f}，高于 {rules.max_blur:.2f}）")
    if abs(skew_deg) > rules.max_skew_deg:
        reasons.append(f"页面倾斜过大（{skew_deg:.1f}°）")
    return PageQuality(
        dpi=round(dpi, 1) if dpi is not None else None,
        blur=round(blur, 3),
        skew_deg=round(skew_deg, 1),
        readable=not reasons,
        reasons=reasons,
    )
