"""The family's scanner and copier: how a printed sheet lands on the glass and is stored.

A ``Shot`` is one stored page: one paper flat on the glass, two A4 pages side by side on the A3 glass
(flat or as an open book with its gutter), one half of a folded A3 sheet, a small paper on a big glass,
or the blank back of a duplex pass. Then skew, an offset with the lid open (black glass) or a cut
margin, a quarter or half turn in the pixels (no /Rotate), and the sensor (tone, blur, noise, JPEG).
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image, ImageFilter

from .paper import A3_LAND, A4, Paper

MODES = ("flat", "twoup", "book", "half_left", "half_right", "small", "back")


@dataclass
class Shot:
    parts: list[Paper]
    mode: str = "flat"
    turn: int = 0
    """Clockwise quarter turns of the stored pixels: 0, 90, 180 or 270."""
    skew: float = 0.0
    """Degrees, counter-clockwise positive."""
    shift: tuple[float, float] = (0.0, 0.0)
    """Offset of the paper on the glass in mm (x, y); uncovered glass is black when ``lid_open``."""
    lid_open: bool = False
    cut: tuple[str, float] | None = None
    """A margin lost past the glass edge: (side, mm), side one of left/right/top/bottom."""
    glass: tuple[float, float] | None = None
    """The glass area stored (mm); defaults to the paper's size (A3 for two-up)."""
    grey: bool = True
    dpi: int = 200
    showthrough: Paper | None = None
    """For a blank back: the front whose print shows through, mirrored."""
    place_turn: int = 0
    """For a small paper: laid on the glass turned by this many degrees (90: sideways)."""
    notes: list[str] = field(default_factory=list)

    def describe(self) -> dict[str, object]:
        return {
            "mode": self.mode,
            "turn": self.turn,
            "skew": round(self.skew, 2),
            "shift_mm": [round(self.shift[0], 1), round(self.shift[1], 1)],
            "lid_open": self.lid_open,
            "cut": list(self.cut) if self.cut else None,
            "grey": self.grey,
            "dpi": self.dpi,
            "place_turn": self.place_turn,
            "glass_mm": list(_glass_for(self)),
        }


def _px(mm: float, dpi: int) -> int:
    return round(mm / 25.4 * dpi)


def _paper_tone(img: Image.Image, rng: random.Random) -> Image.Image:
    tint = (rng.uniform(246, 253), rng.uniform(244, 251), rng.uniform(236, 247))
    bands = [
        band.point([round(v * t / 255) for v in range(256)])
        for band, t in zip(img.split(), tint, strict=True)
    ]
    return Image.merge("RGB", bands)


def _rotate(img: Image.Image, degrees: float, fill: tuple[int, int, int]) -> Image.Image:
    """Counter-clockwise rotation with the canvas grown to hold the whole paper (OpenCV: fast)."""
    arr = np.asarray(img)
    h, w = arr.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    border = fill if arr.ndim == 3 else fill[0]
    out = cv2.warpAffine(arr, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=border)
    return Image.fromarray(out)


def _glass_for(shot: Shot) -> tuple[float, float]:
    if shot.glass:
        return shot.glass
    if shot.mode in ("twoup", "book"):
        return A3_LAND
    if shot.mode in ("half_left", "half_right", "back", "small"):
        return A4
    return (shot.parts[0].w, shot.parts[0].h)


def _compose(shot: Shot, rng: random.Random) -> Image.Image:
    dpi = shot.dpi
    if shot.mode == "back":
        img = Image.new("RGB", (_px(A4[0], dpi), _px(A4[1], dpi)), (255, 255, 255))
        if shot.showthrough is not None:
            front = shot.showthrough.render(dpi).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
            front = front.resize(img.size).filter(ImageFilter.GaussianBlur(2.2))
            depth = rng.uniform(0.06, 0.12)
            arr = 255 - (255 - np.asarray(front).astype(np.float32)) * depth
            img = Image.fromarray(arr.astype(np.uint8))
        return _paper_tone(img, rng)
    if shot.mode in ("twoup", "book"):
        left, right = (_paper_tone(p.render(dpi), rng) for p in shot.parts)
        w, h = _px(A3_LAND[0], dpi), _px(A3_LAND[1], dpi)
        canvas = Image.new("RGB", (w, h), (250, 250, 248))
        canvas.paste(left, (0, 0))
        canvas.paste(right, (w - right.width, 0))
        if shot.mode == "book":
            arr = np.asarray(canvas).astype(np.float32)
            xs = np.arange(w, dtype=np.float32)
            centre = w / 2 + rng.uniform(-0.01, 0.01) * w
            band = _px(rng.uniform(9, 16), dpi)
            shade = 1 - rng.uniform(0.55, 0.8) * np.exp(-(((xs - centre) / band) ** 2))
            edge = 1 - 0.12 * (
                np.exp(-((xs / (band * 0.6)) ** 2)) + np.exp(-(((w - xs) / (band * 0.6)) ** 2))
            )
            arr *= (shade * edge)[None, :, None]
            canvas = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        else:
            arr = np.asarray(canvas).copy()
            mid = w // 2
            arr[:, mid - 1 : mid + 1] = (arr[:, mid - 1 : mid + 1] * 0.8).astype(np.uint8)
            canvas = Image.fromarray(arr)
        return canvas
    if shot.mode in ("half_left", "half_right"):
        sheet = _paper_tone(shot.parts[0].render(dpi), rng)
        w, h = sheet.size
        half = _px(A4[0], dpi)
        overlap = _px(rng.uniform(4, 9), dpi)
        if shot.mode == "half_left":
            crop = sheet.crop((0, 0, half, h))
        else:
            crop = sheet.crop((w - half - overlap, 0, w - overlap, h))
        arr = np.asarray(crop).astype(np.float32)
        xs = np.arange(crop.width, dtype=np.float32)
        fold_x = crop.width - 1 if shot.mode == "half_left" else overlap
        shade = 1 - 0.35 * np.exp(-(((xs - fold_x) / _px(3, dpi)) ** 2))
        arr *= shade[None, :, None]
        return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if shot.mode == "small":
        paper = _paper_tone(shot.parts[0].render(dpi), rng)
        if shot.place_turn:
            paper = paper.rotate(shot.place_turn, expand=True)
        gw, gh = _glass_for(shot)
        canvas = Image.new("RGB", (_px(gw, dpi), _px(gh, dpi)), (252, 252, 252))
        x = _px(rng.uniform(4, 14), dpi)
        y = _px(rng.uniform(4, 14), dpi)
        # the paper's edge shows as a faint grey outline against the white lid
        edge = Image.new("RGB", (paper.width + 4, paper.height + 4), (205, 205, 205))
        canvas.paste(edge, (x - 2, y - 2))
        canvas.paste(paper, (x, y))
        return canvas
    return _paper_tone(shot.parts[0].render(dpi), rng)


def _place(img: Image.Image, shot: Shot, rng: random.Random) -> Image.Image:
    """Skew, shift and cut the paper on the glass; the uncovered glass is the lid (white) or black."""
    dpi = shot.dpi
    bg = (18, 18, 18) if shot.lid_open else (250, 250, 250)
    if shot.skew:
        img = _rotate(img, shot.skew, bg)
    gw, gh = _glass_for(shot)
    canvas = Image.new(img.mode, (_px(gw, dpi), _px(gh, dpi)), bg if img.mode == "RGB" else bg[0])
    x = (canvas.width - img.width) // 2 + _px(shot.shift[0], dpi)
    y = (canvas.height - img.height) // 2 + _px(shot.shift[1], dpi)
    canvas.paste(img, (x, y))
    if shot.cut:
        side, mm = shot.cut
        cut = _px(mm, dpi)
        arr = np.asarray(canvas).copy()
        dark: object = (30, 30, 30) if shot.lid_open else (250, 250, 250)
        if arr.ndim == 2:
            dark = 30 if shot.lid_open else 250
        if side == "left":
            arr[:, :cut] = dark
        elif side == "right":
            arr[:, -cut:] = dark
        elif side == "top":
            arr[:cut, :] = dark
        else:
            arr[-cut:, :] = dark
        canvas = Image.fromarray(arr)
    return canvas


def _sensor(img: Image.Image, shot: Shot, rng: random.Random) -> Image.Image:
    arr = cv2.GaussianBlur(np.asarray(img), (0, 0), rng.uniform(0.4, 0.8))
    noise = np.random.default_rng(rng.randint(0, 2**31)).standard_normal(arr.shape[:2], dtype=np.float32)
    noise *= rng.uniform(2.0, 4.5)
    if arr.ndim == 3:
        noise = noise[..., None]
    arr = cv2.add(arr.astype(np.float32), noise) if arr.ndim == 2 else arr.astype(np.float32) + noise
    gamma = rng.uniform(0.9, 1.1)
    lut = np.array([255 * (v / 255) ** gamma for v in range(256)], dtype=np.uint8)
    return Image.fromarray(lut[np.clip(arr, 0, 255).astype(np.uint8)])


def scan(shot: Shot, rng: random.Random) -> tuple[bytes, int, int]:
    """Return the stored JPEG and its pixel size."""
    img = _compose(shot, rng)
    if shot.grey:
        img = img.convert("L")
    img = _place(img, shot, rng)
    if shot.turn:
        img = img.rotate(-shot.turn, expand=True)
    img = _sensor(img, shot, rng)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randint(70, 84), dpi=(shot.dpi, shot.dpi))
    return buf.getvalue(), img.width, img.height
