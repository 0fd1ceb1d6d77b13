"""What a forger does to a scan (and an honest hand never does): a figure replaced by a pasted patch, a seal
copied from one place of the page to another.

Both work on the decoded scan in the sheet's own pixel grid (the pages they touch are scanned without
skew), and both update the sheet's record so the selfcheck knows what is visible now.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np

from .sheet import Run, Sheet


@dataclass
class Patch:
    """Lines to print afresh over the scan: (x mm, y mm, text, size pt)."""

    lines: list[tuple[float, float, str, float]]
    box: tuple[float, float, float, float]
    """The pasted rectangle, mm."""


def paste_patch(pixels: np.ndarray, sheet: Sheet, patch: Patch, rng: random.Random) -> np.ndarray:
    """Cover ``patch.box`` with a rectangle of cleaner, sharper, flatter 'paper' carrying ``patch.lines``.

    The forger typed the new figures in an editor and pasted the snippet: no sensor grain, no optical
    blur, a paper tone a few levels off the scan's, hard edges. The printed runs under it are hidden
    and the new ones recorded as kind ``patch``.
    """
    fresh = Sheet(sheet.width, sheet.height, sheet.dpi)
    tone = np.median(pixels.reshape(-1, 3), axis=0).astype(np.float32) / 255.0
    fresh.pixels[:] = np.clip(tone + rng.uniform(0.012, 0.025), 0, 1)
    for x, y, text, size in patch.lines:
        fresh.text(x, y, text, size, record=False)
    x0, y0, x1, y1 = (sheet.px(v) for v in patch.box)
    out = pixels.copy()
    out[y0:y1, x0:x1] = fresh.image()[y0:y1, x0:x1]
    sheet.hide_runs(patch.box)
    for x, y, text, size in patch.lines:
        probe = Sheet(10, 10, 50)
        box = probe.text(0, 0, text, size, record=False)
        sheet.runs.append(Run(text, "patch", (x, y, x + box[2], y + box[3])))
    sheet.mark("pasted_patch", patch.box)
    return out


def red_mask(pixels: np.ndarray) -> np.ndarray:
    """Where the seal ink is: red clearly above green and blue."""
    rgb = pixels.astype(np.int16)
    red = (rgb[:, :, 0] - (rgb[:, :, 1] + rgb[:, :, 2]) // 2) > 28
    return cv2.dilate(red.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)


def clone_seal(
    pixels: np.ndarray, sheet: Sheet, source: tuple[float, float, float, float], centre: tuple[float, float]
) -> np.ndarray:
    """Copy the seal's red pixels inside ``source`` (mm) so that they are centred on ``centre`` (mm).

    The copied pixels are opaque: whatever was printed under the new place is cut where the red lies,
    and the two impressions are the same pixels, worn patches and grain included.
    """
    x0, y0, x1, y1 = (sheet.px(v) for v in source)
    H, W = pixels.shape[:2]
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(W, x1), min(H, y1)
    region = pixels[y0:y1, x0:x1]
    mask = red_mask(region)
    h, w = mask.shape
    dx0 = sheet.px(centre[0]) - w // 2
    dy0 = sheet.px(centre[1]) - h // 2
    out = pixels.copy()
    target = out[dy0 : dy0 + h, dx0 : dx0 + w]
    target[mask] = region[mask]
    half_w, half_h = w / 2 / sheet.px_per_mm, h / 2 / sheet.px_per_mm
    source_seal = next(m for m in sheet.marks if m.kind == "seal" and _inside(m.box, source))
    info = dict(source_seal.info)
    info["cloned_from"] = list(source_seal.box)
    sheet.mark(
        "seal", (centre[0] - half_w, centre[1] - half_h, centre[0] + half_w, centre[1] + half_h), **info
    )
    return out


def _inside(box: tuple[float, float, float, float], area: tuple[float, float, float, float]) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return area[0] <= cx <= area[2] and area[1] <= cy <= area[3]
