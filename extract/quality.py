"""Page quality of a scan: effective DPI, blur, skew, and whether it is readable by the thresholds."""

from __future__ import annotations

import cv2
import numpy as np

from jianzheng.models import PageQuality

from .reading_rules import QualityRules

_BLUR_DPI = (
    150.0  # sharpness is measured at one scale, so that a 300-DPI scan is not "sharper" by resolution alone
)
_TILE = 48


def sharpness(gray: np.ndarray, dpi: float) -> float:
    """90th percentile of the Laplacian variance over tiles, at a 150-DPI scale (text tiles dominate it)."""
    scale = min(1.0, _BLUR_DPI / max(dpi, 1.0))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    lap = cv2.Laplacian(small, cv2.CV_32F)
    rows, cols = lap.shape[0] // _TILE, lap.shape[1] // _TILE
    if rows == 0 or cols == 0:
        return float(lap.var())
    tiles = lap[: rows * _TILE, : cols * _TILE].reshape(rows, _TILE, cols, _TILE)
    return float(np.percentile(tiles.var(axis=(1, 3)), 90))


def assess(gray: np.ndarray, *, dpi: float | None, skew_deg: float, rules: QualityRules) -> PageQuality:
    """The page's quality and the reasons (in Chinese, for the reviewer) it is not readable, if any."""
    blur = max(0.0, min(1.0, 1.0 - sharpness(gray, dpi or _BLUR_DPI) / rules.sharp_reference))
    reasons = []
    if dpi is not None and dpi < rules.min_dpi:
        reasons.append(f"分辨率过低（约 {dpi:.0f} DPI，低于 {rules.min_dpi:.0f} DPI）")
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
