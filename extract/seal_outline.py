"""Seals on grey pages: found by their round outline where no red is left to find.

A seal scanned or photocopied in grey has lost the colour that find_seals()
looks for, yet a reviewer still sees it: a dark circle of a seal's size
around its ring text. OpenCV's Hough transform proposes circles; a proposal
counts as a seal only when dark ink lies on (nearly) every ray of its
outline, which a table cell, a text block or a logo does not give.

Oval seals (invoice seals) are not looked for here: they are found by colour
on the e-invoices that carry them, and are rarely the seal a check needs.
"""

from __future__ import annotations

import cv2
import numpy as np

from jianzheng.models import Seal

from .reading_rules import SealRules

_RAYS = np.deg2rad(np.arange(0, 360, 3))
# The outline lies within this share of the proposed radius (Hough radii are a few per cent off).
_BAND = np.linspace(0.93, 1.07, 6)
# A ring just outside the seal: on a seal mostly paper (or the text it is stamped over); on a
# ruled table or a dense text block as inked as the "outline" itself.
_OUTSIDE = np.linspace(1.18, 1.32, 6)  # as wide as _BAND, so that both meet a ruling alike


def find_outline_seals(
    gray: np.ndarray, dpi: float, rules: SealRules, shrink: float = 1.0
) -> tuple[list[Seal], bool]:
    """Round seals on a grey page image (bboxes in points), by the coverage of their outline; and
    whether an outline inked on nearly every ray was left unconfirmed because the paper around it
    is inked as much (a seal stamped over a ruled table, or a table that looks like one).

    ``shrink`` < 1: the page's print was shrunk by that much (print_shrink), its seals with it;
    they are looked for at that size, and must be inked on more of their outline (a shrunk
    table's cells come nearer a seal's size)."""
    scale = min(1.0, rules.outline_work_dpi / dpi)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    px_per_mm = dpi * scale * shrink / 25.4
    min_coverage = rules.outline_min_coverage if shrink >= 1.0 else rules.outline_shrunk_min_coverage
    r_min = max(4, int(rules.outline_min_mm / 2 * px_per_mm))
    r_max = int(rules.outline_max_mm / 2 * px_per_mm) + 1
    blurred = cv2.GaussianBlur(small, (3, 3), 0)
    found = [
        cv2.HoughCircles(
            blurred,
            cv2.HOUGH_GRADIENT,
            dp=1,
            minDist=r_min,
            param1=80,
            param2=18,
            minRadius=r_min,
            maxRadius=r_max,
        ),
        # The refined variant proposes a faint ring stamped over a ruled table that the classic
        # one misses among the table's stronger edges (the yili family's pale grey seals); both
        # kinds of proposal must pass the same outline test below.
        cv2.HoughCircles(
            blurred,
            cv2.HOUGH_GRADIENT_ALT,
            dp=1.5,
            minDist=r_min,
            param1=100,
            param2=0.5,
            minRadius=r_min,
            maxRadius=r_max,
        ),
    ]
    proposed = [c[0] for c in found if c is not None]
    if not proposed:
        return [], False
    circles = np.concatenate(proposed)[None]
    dark = small < float(np.percentile(small, 90)) - rules.outline_ink_contrast
    seals: list[Seal] = []
    unconfirmed = False
    to_pt = 72.0 / (dpi * scale)
    scored = sorted(((_coverage(dark, cx, cy, r), cx, cy, r) for cx, cy, r in circles[0]), reverse=True)
    for coverage, cx, cy, r in scored:
        if coverage < min_coverage:
            break
        if coverage - _coverage(dark, cx, cy, r, _OUTSIDE) < rules.outline_min_contrast:
            unconfirmed = True
            continue
        box = ((cx - r) * to_pt, (cy - r) * to_pt, (cx + r) * to_pt, (cy + r) * to_pt)
        if any(_centre_inside(box, s.bbox) for s in seals):
            continue  # the same seal proposed twice (its outer and inner ring)
        seals.append(Seal(bbox=box, confidence=round(float(coverage), 3)))
    return seals, unconfirmed


def print_shrink(scale: float | None, rules: SealRules) -> float:
    """How much a page's print was shrunk (1.0: not, or not plainly), from its print size against
    body text's (quality.print_scale), where that is under ``shrunk_max_scale``.

    Two pages printed on one sheet (2-up) or a page fitted onto a smaller one shrink the seals
    with the text: hotan's 2-up grey contract carried 20 mm seals, under the outline search's
    24 mm minimum (false SEAL_MISSING).
    """
    if scale is None or scale >= rules.shrunk_max_scale:
        return 1.0
    return max(scale, 0.5)


def _coverage(dark: np.ndarray, cx: float, cy: float, r: float, band: np.ndarray = _BAND) -> float:
    """Share of rays from the centre that meet ink within ``band`` (shares of ``r``)."""
    xs = np.rint(cx + np.outer(np.cos(_RAYS), band * r)).astype(int)
    ys = np.rint(cy + np.outer(np.sin(_RAYS), band * r)).astype(int)
    h, w = dark.shape
    inside = (xs >= 0) & (xs < w) & (ys >= 0) & (ys < h)
    hit = np.zeros(xs.shape, bool)
    hit[inside] = dark[ys[inside], xs[inside]]
    return float(hit.any(axis=1).mean())


def _centre_inside(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    cx, cy = (a[0] + a[2]) / 2, (a[1] + a[3]) / 2
    return b[0] <= cx <= b[2] and b[1] <= cy <= b[3]
