"""What a hand does to a sheet: writing, signatures, ticks, strike-throughs, red fingerprints, highlighter,
white-out and sticky notes.

Handwriting is the CJK face pushed about glyph by glyph (size, angle, shear, baseline, spacing) and bent by a
smooth random displacement field, in ballpoint blue or black with uneven pressure: a person reads it at
once, a template matcher does not.
"""

from __future__ import annotations

import itertools
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw

from .sheet import SEAL_RED, Run, Sheet, font, text_mask


def _smooth_noise(rng: random.Random, shape: tuple[int, int], sigma: float) -> np.ndarray:
    gen = np.random.default_rng(rng.randrange(2**32))
    raw = gen.standard_normal(shape).astype(np.float32)
    field = np.asarray(cv2.GaussianBlur(raw, (0, 0), sigma), dtype=np.float32)
    return field / (float(np.abs(field).max()) + 1e-6)


def _glyph(char: str, px: int, rng: random.Random, wobble: float) -> np.ndarray:
    mask = text_mask(char, px)
    pad = px // 3 + 2
    mask = np.pad(mask, pad)
    h, w = mask.shape
    angle = rng.uniform(-6, 6) * wobble
    scale = rng.uniform(0.88, 1.1)
    shear = rng.uniform(0.05, 0.22) * wobble
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, scale)
    matrix[0, 1] -= shear
    matrix[0, 2] += shear * h / 2
    mask = cv2.warpAffine(mask, matrix, (w, h), flags=cv2.INTER_LINEAR)
    amp = px * 0.05 * wobble
    dx = _smooth_noise(rng, (h, w), px / 5) * amp
    dy = _smooth_noise(rng, (h, w), px / 5) * amp
    grid_x, grid_y = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    mask = cv2.remap(mask, grid_x + dx, grid_y + dy, cv2.INTER_LINEAR)
    return np.clip(mask * 1.15, 0, 1)


def hand(
    sheet: Sheet,
    x: float,
    y: float,
    text: str,
    rng: random.Random,
    size: float = 4.6,
    colour: tuple[float, float, float] = (0.16, 0.22, 0.62),
    kind: str = "hand",
    wobble: float = 1.25,
    spacing: float = 0.92,
    record: bool = True,
) -> tuple[float, float, float, float]:
    """Write ``text`` by hand, ``size`` mm high, top left near (x, y) mm; returns its box."""
    px = max(6, sheet.px(size))
    pressure = rng.uniform(0.78, 0.95)
    cursor = sheet.px(x)
    baseline = sheet.px(y)
    drift = rng.uniform(-0.04, 0.04)
    top = bottom = baseline
    left = cursor
    for index, char in enumerate(text):
        if char == " ":
            cursor += px // 3
            continue
        glyph = _glyph(char, px, rng, wobble) * pressure * rng.uniform(0.9, 1.05)
        pad = px // 3 + 2
        advance = font(px).getlength(char)
        gy = baseline + round(index * px * drift + rng.uniform(-0.06, 0.06) * px * wobble) - pad
        gx = cursor - pad
        sheet.ink(glyph, gx, gy, colour)
        top, bottom = min(top, gy + pad), max(bottom, gy + pad + px)
        cursor += round(advance * (spacing if not char.isascii() else 1.0) * rng.uniform(0.95, 1.05))
    box = (left / sheet.px_per_mm, top / sheet.px_per_mm, cursor / sheet.px_per_mm, bottom / sheet.px_per_mm)
    if record:
        sheet.runs.append(Run(text, kind, box))
    return box


def _stroke(
    points: list[tuple[float, float]], width_px: int, box_px: tuple[int, int, int, int]
) -> np.ndarray:
    """Anti-aliased polyline coverage inside ``box_px`` (x0, y0, x1, y1), drawn at 3× and reduced."""
    x0, y0, x1, y1 = box_px
    scale = 3
    canvas = Image.new("L", ((x1 - x0) * scale, (y1 - y0) * scale), 0)
    draw = ImageDraw.Draw(canvas)
    pts = [((px - x0) * scale, (py - y0) * scale) for px, py in points]
    draw.line(pts, fill=255, width=max(1, width_px * scale), joint="curve")
    small = canvas.resize((x1 - x0, y1 - y0), Image.Resampling.LANCZOS)
    return np.asarray(small, dtype=np.float32) / 255.0


def pen_line(
    sheet: Sheet,
    points_mm: list[tuple[float, float]],
    rng: random.Random,
    colour: tuple[float, float, float] = (0.16, 0.22, 0.62),
    width: float = 0.4,
) -> None:
    """A hand-drawn polyline through ``points_mm`` with a little tremor."""
    pts = []
    for (xa, ya), (xb, yb) in itertools.pairwise(points_mm):
        steps = max(2, int(math.hypot(xb - xa, yb - ya) / 1.5))
        for k in range(steps):
            t = k / steps
            pts.append(
                (
                    sheet.px(xa + (xb - xa) * t) + rng.uniform(-0.6, 0.6),
                    sheet.px(ya + (yb - ya) * t) + rng.uniform(-0.6, 0.6),
                )
            )
    pts.append((sheet.px(points_mm[-1][0]), sheet.px(points_mm[-1][1])))
    margin = sheet.px(width) + 3
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    box = (int(min(xs)) - margin, int(min(ys)) - margin, int(max(xs)) + margin, int(max(ys)) + margin)
    coverage = _stroke(pts, max(1, sheet.px(width)), box) * rng.uniform(0.8, 0.95)
    sheet.ink(coverage, box[0], box[1], colour)


def tick(
    sheet: Sheet, x: float, y: float, rng: random.Random, size: float = 4.0, colour=(0.16, 0.22, 0.62)
) -> None:
    """A ✓ whose short stroke starts near (x, y) mm."""
    a = (x + rng.uniform(-0.3, 0.3), y + size * 0.45)
    b = (x + size * 0.35, y + size * rng.uniform(0.85, 1.0))
    c = (x + size * rng.uniform(0.95, 1.15), y - size * rng.uniform(0.15, 0.35))
    pen_line(sheet, [a, b, c], rng, colour, 0.45)
    sheet.mark("tick", (x, y - size * 0.35, x + size * 1.15, y + size))


def strike(
    sheet: Sheet, box: tuple[float, float, float, float], rng: random.Random, double: bool, colour
) -> None:
    """Strike a run through with one or two pen lines, as a correction is made."""
    x0, y0, x1, y1 = box
    mid = (y0 + y1) / 2
    offsets = (-0.5, 0.5) if double else (0.0,)
    for off in offsets:
        pen_line(
            sheet, [(x0 - 0.8, mid + off + rng.uniform(-0.3, 0.3)), (x1 + 0.8, mid + off)], rng, colour, 0.35
        )
    sheet.mark("strike", box, double=double)


def signature(
    sheet: Sheet, x: float, y: float, name: str, rng: random.Random, colour=(0.13, 0.13, 0.16)
) -> tuple[float, float, float, float]:
    """A fast signature: the name squeezed and slanted, with a flourish under it."""
    box = hand(sheet, x, y, name.replace("·", ""), rng, size=rng.uniform(5.5, 7.0), colour=colour,
               kind="signature", wobble=1.8, spacing=0.72)  # fmt: skip
    x0, y0, x1, y1 = box
    pts = [(x0 + rng.uniform(-1, 1), y1 - 0.5)]
    for k in range(1, 5):
        pts.append((x0 + (x1 - x0 + 6) * k / 4, y1 - 0.5 + rng.uniform(-2.2, 1.2)))
    pen_line(sheet, pts, rng, colour, 0.35)
    sheet.mark("signature", (x0, y0, x1 + 6, y1 + 2), name=name)
    return box


def fingerprint(sheet: Sheet, cx: float, cy: float, rng: random.Random) -> None:
    """A red 手印 (finger pressed on an ink pad) centred at (cx, cy) mm: ridged oval, uneven ink."""
    a, b = sheet.px(rng.uniform(6.5, 8.0)), sheet.px(rng.uniform(8.5, 10.5))
    size = 2 * b + 4
    yy, xx = np.mgrid[-size // 2 : size // 2, -size // 2 : size // 2].astype(np.float32)
    angle = math.radians(rng.uniform(-25, 25))
    xr = xx * math.cos(angle) + yy * math.sin(angle)
    yr = -xx * math.sin(angle) + yy * math.cos(angle)
    radius = np.sqrt((xr / a) ** 2 + (yr / b) ** 2)
    theta = np.arctan2(yr, xr)
    warp = _smooth_noise(rng, radius.shape, size / 10) * 0.22 + 0.06 * np.sin(2 * theta + rng.uniform(0, 6))
    ridge_px = max(2.0, sheet.px(0.45))
    ridges = 0.5 + 0.5 * np.sin((radius + warp) * b / ridge_px * 2 * math.pi / 2)
    edge = np.clip((1.0 - radius) * 6, 0, 1)
    patchy = np.clip(0.65 + 0.5 * _smooth_noise(rng, radius.shape, size / 6), 0.25, 1)
    coverage = (ridges**1.5 * edge * patchy * rng.uniform(0.55, 0.8)).astype(np.float32)
    sheet.ink(coverage, sheet.px(cx) - size // 2, sheet.px(cy) - size // 2, SEAL_RED)
    half_w, half_h = size / 2 / sheet.px_per_mm, size / 2 / sheet.px_per_mm
    sheet.mark("fingerprint", (cx - half_w, cy - half_h, cx + half_w, cy + half_h))


def highlight(sheet: Sheet, box: tuple[float, float, float, float], rng: random.Random) -> None:
    """A yellow highlighter stroke over ``box``, slightly off its line and with soft, streaky edges."""
    x0, y0, x1, y1 = box
    w, h = sheet.px(x1 - x0 + 3), sheet.px(y1 - y0 + 1.5)
    streak = np.clip(0.75 + 0.25 * _smooth_noise(rng, (h, w), 3), 0, 1)
    ramp = (
        np.minimum(np.linspace(0, 1, w) * 8, 1)[None, :] * np.minimum(np.linspace(1, 0, w) * 12, 1)[None, :]
    )
    coverage = (streak * ramp * rng.uniform(0.7, 0.85)).astype(np.float32)
    sheet.ink(coverage, sheet.px(x0 - 1.5), sheet.px(y0 - 0.6 + rng.uniform(-0.4, 0.4)), (1.0, 0.93, 0.25))
    sheet.mark("highlighter", box)


def white_out(sheet: Sheet, box: tuple[float, float, float, float], rng: random.Random) -> None:
    """修正液 brushed over ``box``: a matt white patch with a raised edge, the text under it gone."""
    x0, y0, x1, y1 = box
    w, h = sheet.px(x1 - x0 + 2), sheet.px(y1 - y0 + 1.6)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    rx, ry = (w - 1) / 2, (h - 1) / 2
    blob = ((xx - rx) / rx) ** 4 + ((yy - ry) / ry) ** 4
    rough = _smooth_noise(rng, (h, w), 2) * 0.15
    coverage = np.clip((1.0 - blob + rough) * 8, 0, 1).astype(np.float32)
    left, top = sheet.px(x0 - 1), sheet.px(y0 - 0.8)
    sheet.cover(coverage, left, top, (0.985, 0.985, 0.975))
    rim = np.clip(coverage - cv2.erode(coverage, np.ones((3, 3), np.uint8)), 0, 1) * 0.18
    sheet.ink(rim.astype(np.float32), left, top, (0.55, 0.55, 0.55))
    sheet.hide_runs(box)
    sheet.mark("white_out", (x0 - 1, y0 - 0.8, x1 + 1, y1 + 0.8))


def sticky_note(sheet: Sheet, x: float, y: float, lines: list[str], rng: random.Random) -> None:
    """A yellow 便利贴 stuck on at (x, y) mm with a scribbled note; it hides what is under it."""
    w_mm, h_mm = 52.0, 8.0 + 7.0 * len(lines)
    w, h = sheet.px(w_mm), sheet.px(h_mm)
    offset = np.zeros((h + 6, w + 6), np.float32)
    offset[4:, 4:] = 0.25
    shadow = np.asarray(cv2.GaussianBlur(offset, (0, 0), 2.5), dtype=np.float32)
    sheet.ink(shadow, sheet.px(x), sheet.px(y), (0.4, 0.4, 0.4))
    sheet.hide_runs((x, y, x + w_mm, y + h_mm))
    sheet.cover(np.ones((h, w), np.float32), sheet.px(x), sheet.px(y), (1.0, 0.94, 0.52))
    for i, line in enumerate(lines):
        hand(sheet, x + 3, y + 4 + 7 * i, line, rng, size=4.2, colour=(0.12, 0.12, 0.15), kind="note")
    sheet.mark("sticky_note", (x, y, x + w_mm, y + h_mm), lines=lines)
