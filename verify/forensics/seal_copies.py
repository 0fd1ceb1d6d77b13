"""IMAGE_TAMPERED: one seal impression on two papers (a seal lifted from one scan and pasted on another).

A forger who lacks the client's seal on an acceptance report lifts it from the contract's
signature page and drops it on the report's scan. Two impressions of one seal are never the same
pixels: ink load, pressure, angle and the scanner's noise differ every time, so at the scan's own
resolution their ink differs by tens of grey levels pixel for pixel. A pasted copy equals its
source to a level or two over the whole ring.

clones.py looks for a copy on the same page; this looks across pages, on the seals extraction
found (the repeats scan, repeats.py). It is written here because no library compares stamp
impressions: OpenCV's template matching aligns the two crops and the rest is a pixel difference.

Precision first (issue 14 item 6): only scans count (an e-seal is the same image by design), only
ink with texture (a clean render's flat red is identical by construction), and never two scans of
one page (the duplicate check's business).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .config import thresholds

NATIVE_DPI_CAP = 300.0
"""Crops are taken at the scan's own resolution (pixel identity survives no resampling), up to this."""


@dataclass(frozen=True)
class Ink:
    """A seal on a scan at the scan's own resolution: the crop around it (RGB uint8, the seal's box
    widened by half its size each way) and the seal's box inside the crop (pixels)."""

    rgb: np.ndarray
    seal: tuple[int, int, int, int]
    dpi: float


def crop_ink(rgb: np.ndarray, box: tuple[int, int, int, int], dpi: float) -> Ink | None:
    """The seal at ``box`` (pixels of ``rgb``) with its surroundings; None when it lies off the image."""
    x0, y0, x1, y1 = box
    pad_x, pad_y = (x1 - x0) // 2, (y1 - y0) // 2
    cx0, cy0 = max(0, x0 - pad_x), max(0, y0 - pad_y)
    cx1, cy1 = min(rgb.shape[1], x1 + pad_x), min(rgb.shape[0], y1 + pad_y)
    if x1 - x0 < 8 or y1 - y0 < 8 or x0 < cx0 or y0 < cy0 or x1 > cx1 or y1 > cy1:
        return None
    crop = np.ascontiguousarray(rgb[cy0:cy1, cx0:cx1, :3])
    return Ink(crop, (x0 - cx0, y0 - cy0, x1 - cx0, y1 - cy0), dpi)


def redness(rgb: np.ndarray) -> np.ndarray:
    """How red each pixel is: red above the mean of green and blue (float32, 0 for paper and black)."""
    pixels = rgb.astype(np.float32)
    return np.clip(pixels[:, :, 0] - (pixels[:, :, 1] + pixels[:, :, 2]) / 2, 0, 255)


def _equal(first: np.ndarray, second: np.ndarray) -> bool:
    """Whether two sets of pixels (N x 3) are equal up to a compression's rounding."""
    rules = thresholds().seal_copies
    difference = np.abs(first.astype(np.float32) - second.astype(np.float32)).mean(axis=1)
    return (
        float(np.median(difference)) <= rules.max_median_difference
        and float(np.percentile(difference, 90)) <= rules.max_p90_difference
    )


def same_impression(a: Ink, b: Ink) -> bool:
    """Whether ``b`` holds ``a``'s seal impression pasted: its textured ink equal to a grey level or
    two, while what surrounds the two seals differs (else it is one scan filed twice)."""
    rules = thresholds().seal_copies
    ax0, ay0, ax1, ay1 = a.seal
    bx0, by0, bx1, by1 = b.seal
    ratio = max(
        (ax1 - ax0) / (bx1 - bx0),
        (bx1 - bx0) / (ax1 - ax0),
        (ay1 - ay0) / (by1 - by0),
        (by1 - by0) / (ay1 - ay0),
    )
    if abs(a.dpi - b.dpi) > 0.5 or ratio > rules.max_size_ratio:
        return False
    m = rules.margin_px
    template = a.rgb[ay0 + m : ay1 - m, ax0 + m : ax1 - m]
    if (
        template.shape[0] > b.rgb.shape[0]
        or template.shape[1] > b.rgb.shape[1]
        or min(template.shape[:2]) < 8
    ):
        return False
    scores = cv2.matchTemplate(redness(b.rgb), redness(template), cv2.TM_CCOEFF_NORMED)
    if float(scores.max()) < rules.min_correlation:
        return False
    y, x = np.unravel_index(int(scores.argmax()), scores.shape)
    dy, dx = int(y) - (ay0 + m), int(x) - (ax0 + m)  # a's pixel (r, c) lies on b's (r + dy, c + dx)
    window = b.rgb[y : y + template.shape[0], x : x + template.shape[1]]
    core = (redness(template) >= rules.ink_redness) & (redness(window) >= rules.ink_redness)
    if int(core.sum()) < rules.min_ink_px:
        return False
    ink = template[core].astype(np.float32)
    # Flat ink (a render, an e-seal) is identical by construction: only textured ink proves a copy.
    spread = np.abs(ink - np.median(ink, axis=0)).mean(axis=1)
    if float(np.mean(spread >= rules.texture_levels)) < rules.min_textured_share or not _equal(
        template[core], window[core]
    ):
        return False
    return not _same_surroundings(a, b, dy, dx)


def _same_surroundings(a: Ink, b: Ink, dy: int, dx: int) -> bool:
    """Whether the print around the two seals is one scan's too (one page filed twice), or there
    is too little of it to tell."""
    rules = thresholds().seal_copies
    top, left = max(0, -dy), max(0, -dx)
    bottom, right = min(a.rgb.shape[0], b.rgb.shape[0] - dy), min(a.rgb.shape[1], b.rgb.shape[1] - dx)
    if bottom - top < 8 or right - left < 8:
        return True
    mine = a.rgb[top:bottom, left:right]
    theirs = b.rgb[top + dy : bottom + dy, left + dx : right + dx]
    ax0, ay0, ax1, ay1 = a.seal
    outside = np.ones(mine.shape[:2], bool)
    outside[max(0, ay0 - top) : max(0, ay1 - top), max(0, ax0 - left) : max(0, ax1 - left)] = False
    # Print, not paper: a scanner that whitens its paper makes any two blank margins equal.
    printed = outside & ((mine.min(axis=2) < rules.print_below) | (theirs.min(axis=2) < rules.print_below))
    if int(printed.sum()) < rules.min_print_px:
        return True
    return _equal(mine[printed], theirs[printed])
