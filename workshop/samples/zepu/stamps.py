"""Rubber stamps in red ink: round seals (company, 合同专用章, audit firm, 登记机关), 骑缝章 slices across the
edges of consecutive pages, and the small rectangular stamps offices keep (与原件一致, 仅供年检使用, 校对章).

Every impression is struck afresh: its angle, offset, ink load and worn patches are drawn from the
generator, so two impressions of one seal are alike to the eye and never the same pixels. A faint
impression (dry pad) and a double strike (the hand moved as it lifted) are options.
"""

from __future__ import annotations

import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw

from .pen import _smooth_noise
from .sheet import SEAL_RED, Sheet, text_mask


def _rotated_char(char: str, px: int, angle: float) -> np.ndarray:
    mask = text_mask(char, px)
    image = Image.fromarray((mask * 255).astype(np.uint8))
    return (
        np.asarray(image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True), dtype=np.float32)
        / 255
    )


def _paste_max(target: np.ndarray, piece: np.ndarray, cx: float, cy: float) -> None:
    h, w = piece.shape
    x0, y0 = round(cx - w / 2), round(cy - h / 2)
    H, W = target.shape
    xa, ya, xb, yb = max(0, x0), max(0, y0), min(W, x0 + w), min(H, y0 + h)
    if xa < xb and ya < yb:
        region = target[ya:yb, xa:xb]
        np.maximum(region, piece[ya - y0 : yb - y0, xa - x0 : xb - x0], out=region)


def seal_design(name: str, centre: str, code: str, diameter_mm: float, px_per_mm: float) -> np.ndarray:
    """The rubber of a round seal (coverage 0..1): ring, star, ``name`` on the upper arc, ``centre`` under
    the star and ``code`` (the 13-digit 防伪编码) on the lower arc."""
    size = round(diameter_mm * px_per_mm) + 4
    canvas = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(canvas)
    c = size / 2
    radius = diameter_mm * px_per_mm / 2
    ring = max(2, round(radius * 0.055))
    draw.ellipse((c - radius, c - radius, c + radius, c + radius), outline=255, width=ring)
    star_r = radius * 0.27
    points = []
    for k in range(10):
        r = star_r if k % 2 == 0 else star_r * 0.38
        phi = math.radians(90 + k * 36)
        points.append((c + r * math.cos(phi), c - r * math.sin(phi)))
    draw.polygon(points, fill=255)
    mask = np.asarray(canvas, dtype=np.float32) / 255
    span = min(250.0, 40.0 + 15.0 * len(name))
    char_px = round(radius * 0.29)
    for _ in range(6):  # shrink the characters until they fit the arc side by side
        text_r = radius - ring - char_px * 0.78
        fit = 0.95 * math.radians(span) * text_r / len(name)
        if char_px <= fit:
            break
        char_px = round(fit)
    text_r = radius - ring - char_px * 0.78
    for i, char in enumerate(name):
        phi = 90 + span / 2 - span * (i + 0.5) / len(name)
        glyph = _rotated_char(char, char_px, phi - 90)
        rad = math.radians(phi)
        _paste_max(mask, glyph, c + text_r * math.cos(rad), c - text_r * math.sin(rad))
    if centre:
        centre_px = round(radius * 0.2)
        glyph = text_mask(centre, centre_px)
        _paste_max(mask, glyph, c, c + radius * 0.5)
    if code:
        code_px = round(radius * 0.13)
        code_span = 7.5 * len(code)
        code_r = radius - ring - code_px * 0.75
        for i, char in enumerate(code):
            phi = 270 - code_span / 2 + code_span * (i + 0.5) / len(code)
            glyph = _rotated_char(char, code_px, phi - 270)
            rad = math.radians(phi)
            _paste_max(mask, glyph, c + code_r * math.cos(rad), c - code_r * math.sin(rad))
    return cv2.dilate(mask, np.ones((2, 2), np.uint8))


def impression(design: np.ndarray, rng: random.Random, faint: bool = False) -> tuple[np.ndarray, dict]:
    """One strike of ``design``: turned, inked unevenly, worn; returns coverage and its fingerprint."""
    angle = rng.uniform(-16, 16)
    h, w = design.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    turned = cv2.warpAffine(design, matrix, (w, h), flags=cv2.INTER_LINEAR)
    load = rng.uniform(0.3, 0.45) if faint else rng.uniform(0.62, 0.92)
    seed = rng.randrange(2**31)
    wear_rng = random.Random(seed)
    patches = np.clip(0.62 + 0.55 * _smooth_noise(wear_rng, (h, w), w / 14), 0.12, 1.0)
    grain = np.clip(0.85 + 0.3 * _smooth_noise(wear_rng, (h, w), 1.2), 0.4, 1.0)
    side = np.linspace(rng.uniform(0.75, 1.0), rng.uniform(0.75, 1.0), w, dtype=np.float32)[None, :]
    coverage = np.clip(turned * patches * grain * side * load * 1.25, 0, 0.97).astype(np.float32)
    return coverage, {"angle": round(angle, 2), "load": round(load, 3), "wear_seed": seed}


def stamp(
    sheet: Sheet,
    cx: float,
    cy: float,
    design: np.ndarray,
    rng: random.Random,
    owner: str,
    faint: bool = False,
    double: bool = False,
) -> tuple[float, float, float, float]:
    """Press ``design`` centred at (cx, cy) mm; a double strike adds a lighter ghost 0.5–1.3 mm away."""
    coverage, info = impression(design, rng, faint)
    h, w = coverage.shape
    left, top = sheet.px(cx) - w // 2, sheet.px(cy) - h // 2
    sheet.ink(coverage, left, top, SEAL_RED)
    if double:
        dx, dy = sheet.px(rng.uniform(0.5, 1.3)), sheet.px(rng.uniform(-0.9, 0.9))
        ghost, ghost_info = impression(design, rng, faint=True)
        sheet.ink(ghost * 0.7, left + dx, top + dy, SEAL_RED)
        info["ghost"] = ghost_info
    half = w / 2 / sheet.px_per_mm
    box = (cx - half, cy - half, cx + half, cy + half)
    sheet.mark("seal", box, owner=owner, faint=faint, double=double, **info)
    return box


def seam_stamp(sheets: list[Sheet], cy: float, design: np.ndarray, rng: random.Random, owner: str) -> None:
    """A 骑缝章: one strike on the fanned right edges of ``sheets``, each keeping one vertical slice."""
    coverage, info = impression(design, rng)
    h, w = coverage.shape
    count = len(sheets)
    for index, sheet in enumerate(sheets):
        x_from, x_to = w * index // count, w * (index + 1) // count
        piece = coverage[:, x_from:x_to]
        right = sheet.pixels.shape[1]
        left = right - piece.shape[1] + sheet.px(rng.uniform(-0.4, 0.4))
        top = sheet.px(cy) - h // 2
        sheet.ink(piece, left, top, SEAL_RED)
        box = (left / sheet.px_per_mm, top / sheet.px_per_mm, sheet.width, (top + h) / sheet.px_per_mm)
        sheet.mark("seam_seal", box, owner=owner, slice=index, of=count, **info)


def box_stamp(
    sheet: Sheet,
    x: float,
    y: float,
    lines: list[str],
    rng: random.Random,
    owner: str,
    kind: str,
    size_mm: float = 5.0,
    colour: tuple[float, float, float] = SEAL_RED,
) -> tuple[float, float, float, float]:
    """A rectangular stamp (border and lines of text) with its top left at (x, y) mm, slightly turned."""
    px_per_mm = sheet.px_per_mm
    char_px = round(size_mm * px_per_mm)
    masks = [text_mask(line, char_px) for line in lines]
    pad = round(1.6 * px_per_mm)
    width = max(m.shape[1] for m in masks) + 2 * pad
    height = sum(m.shape[0] for m in masks) + 2 * pad
    design = np.zeros((height + 8, width + 8), np.float32)
    border = max(2, round(0.5 * px_per_mm))
    design[4 : 4 + border, 4 : 4 + width] = 1
    design[4 + height - border : 4 + height, 4 : 4 + width] = 1
    design[4 : 4 + height, 4 : 4 + border] = 1
    design[4 : 4 + height, 4 + width - border : 4 + width] = 1
    top = 4 + pad
    for mask in masks:
        left = 4 + (width - mask.shape[1]) // 2
        region = design[top : top + mask.shape[0], left : left + mask.shape[1]]
        np.maximum(region, mask, out=region)
        top += mask.shape[0]
    coverage, info = impression(design, rng)
    sheet.ink(coverage, sheet.px(x), sheet.px(y), colour)
    box = (x, y, x + design.shape[1] / px_per_mm, y + design.shape[0] / px_per_mm)
    sheet.mark(kind, box, owner=owner, lines=lines, **info)
    return box
