"""Marks that go on paper by hand: round seals, pen signatures, pen corrections, and QR codes.

Every stamp is made afresh from the stream it is given: its angle, ink load, worn patches and edge
all differ, so two impressions of one seal are alike to the eye but never the same pixels. A mark is
an RGBA raster at a stated resolution; a born-digital paper embeds it as a PNG, a scan multiplies it
into the page raster.
"""

from __future__ import annotations

import hashlib
import io
import math
import random
from dataclasses import dataclass
from functools import cache

import cv2
import numpy as np
import pymupdf
import zxingcpp
from PIL import Image

from .sheet import CJK

SEAL_RED = (205, 32, 40)
PEN_BLUE = (28, 38, 105)
PEN_BLACK = (25, 25, 30)


@dataclass
class Mark:
    """A hand-made mark: its raster, where its centre goes on the page (points) and what it says."""

    rgba: np.ndarray
    dpi: int
    centre: tuple[float, float]
    kind: str
    """"seal", "signature", "correction", "strike" or "qr"."""
    text: str = ""

    @property
    def size_pt(self) -> tuple[float, float]:
        return self.rgba.shape[1] * 72 / self.dpi, self.rgba.shape[0] * 72 / self.dpi

    @property
    def box(self) -> tuple[float, float, float, float]:
        w, h = self.size_pt
        return (
            self.centre[0] - w / 2,
            self.centre[1] - h / 2,
            self.centre[0] + w / 2,
            self.centre[1] + h / 2,
        )

    def png(self) -> bytes:
        buffer = io.BytesIO()
        Image.fromarray(self.rgba, "RGBA").save(buffer, "PNG")
        return buffer.getvalue()

    def fingerprint(self) -> str:
        return hashlib.sha1(self.rgba.tobytes()).hexdigest()[:16]


@cache
def glyph(char: str, px: int) -> np.ndarray:
    """Coverage (0..1) of one CJK or Latin character drawn ``px`` pixels high."""
    doc = pymupdf.open()
    page = doc.new_page(width=px * 1.2, height=px * 1.2)
    page.insert_font(fontname="song", fontbuffer=CJK.buffer)
    page.insert_text((px * 0.1, px * 0.98), char, fontname="song", fontsize=px)
    pix = page.get_pixmap(dpi=72, colorspace=pymupdf.csGRAY)
    gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
    return 1.0 - gray.astype(np.float32) / 255.0


def _paste(canvas: np.ndarray, piece: np.ndarray, cx: float, cy: float) -> None:
    h, w = piece.shape
    x0, y0 = round(cx - w / 2), round(cy - h / 2)
    xa, ya = max(x0, 0), max(y0, 0)
    xb, yb = min(x0 + w, canvas.shape[1]), min(y0 + h, canvas.shape[0])
    if xb > xa and yb > ya:
        region = canvas[ya:yb, xa:xb]
        np.maximum(region, piece[ya - y0 : yb - y0, xa - x0 : xb - x0], out=region)


def _rotate(alpha: np.ndarray, degrees: float) -> np.ndarray:
    h, w = alpha.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(alpha, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=0.0)


def _ink(
    alpha: np.ndarray, colour: tuple[int, int, int], rng: random.Random, load: float, wear: float
) -> np.ndarray:
    """Turn coverage into an inked impression: uneven load, worn patches, a soft edge."""
    h, w = alpha.shape
    noise = np.random.default_rng(rng.getrandbits(32))
    coarse = noise.random((max(h // 24, 2), max(w // 24, 2))).astype(np.float32)
    patches = cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC)
    grain = noise.random((h, w)).astype(np.float32)
    level = load * (1.0 - wear * np.clip(patches - 0.35, 0, 1) * 1.6) * (0.82 + 0.18 * grain)
    alpha = cv2.GaussianBlur(alpha, (0, 0), 0.6) * np.clip(level, 0.0, 1.0)
    rgba = np.zeros((h, w, 4), dtype=np.uint8)
    rgba[..., 0], rgba[..., 1], rgba[..., 2] = colour
    rgba[..., 3] = np.clip(alpha * 255, 0, 255).astype(np.uint8)
    return rgba


def round_seal(
    rng: random.Random,
    name: str,
    dpi: int,
    centre: tuple[float, float],
    bottom: str = "",
    diameter_mm: float = 42.0,
    code: str = "",
) -> Mark:
    """A round seal: ring, star, the name along the upper arc, an optional word under the star."""
    px = round(diameter_mm / 25.4 * dpi)
    size = px + 8
    alpha = np.zeros((size, size), dtype=np.float32)
    c = size / 2
    radius = px / 2
    cv2.circle(
        alpha,
        (round(c), round(c)),
        round(radius - px * 0.018),
        1.0,
        thickness=max(2, round(px * 0.032)),
        lineType=cv2.LINE_AA,
    )
    star_r = px * 0.15
    points = []
    for k in range(10):
        r = star_r if k % 2 == 0 else star_r * 0.4
        angle = -math.pi / 2 + k * math.pi / 5
        points.append((c + r * math.cos(angle), c + r * math.sin(angle)))
    cv2.fillPoly(alpha, [np.array(points, dtype=np.int32)], 1.0, lineType=cv2.LINE_AA)
    span = min(262.0, 16.0 * len(name) + 40)
    room = (radius - px * 0.13) * math.radians(span) / len(name)
    char_px = round(min(px * 0.15, room * 0.95))
    arc_r = radius - px * 0.05 - char_px * 0.55
    for index, char in enumerate(name):
        theta = -span / 2 + span * (index + 0.5) / len(name)
        piece = _rotate_padded(glyph(char, char_px), -theta)
        _paste(
            alpha, piece, c + arc_r * math.sin(math.radians(theta)), c - arc_r * math.cos(math.radians(theta))
        )
    if bottom:
        small = round(px * 0.1)
        total = small * len(bottom)
        for index, char in enumerate(bottom):
            _paste(alpha, glyph(char, small), c - total / 2 + small * (index + 0.5), c + px * 0.27)
    if code:
        tiny = round(px * 0.06)
        span_code = 60.0
        for index, char in enumerate(code):
            theta = 180 + span_code / 2 - span_code * (index + 0.5) / len(code)
            piece = _rotate_padded(glyph(char, tiny), -theta + 180)
            _paste(
                alpha,
                piece,
                c + (radius - px * 0.09) * math.sin(math.radians(theta)),
                c - (radius - px * 0.09) * math.cos(math.radians(theta)),
            )
    alpha = _rotate(alpha, rng.uniform(-14, 14))
    rgba = _ink(alpha, SEAL_RED, rng, rng.uniform(0.78, 0.95), rng.uniform(0.25, 0.6))
    return Mark(rgba, dpi, centre, "seal", name)


def square_seal(rng: random.Random, lines: list[str], dpi: int, centre: tuple[float, float]) -> Mark:
    """A rectangular name seal (a CPA's 注册会计师 stamp)."""
    char_px = round(3.6 / 25.4 * dpi)
    width = char_px * max(len(line) for line in lines) + char_px
    height = round(char_px * (len(lines) * 1.35 + 0.9))
    alpha = np.zeros((height, width), dtype=np.float32)
    cv2.rectangle(alpha, (2, 2), (width - 3, height - 3), 1.0, thickness=max(2, char_px // 8))
    for row, line in enumerate(lines):
        y = char_px * (0.95 + row * 1.35)
        x0 = (width - char_px * len(line)) / 2
        for index, char in enumerate(line):
            _paste(alpha, glyph(char, char_px), x0 + char_px * (index + 0.5), y)
    alpha = _rotate_padded(alpha, rng.uniform(-4, 4))
    return Mark(
        _ink(alpha, SEAL_RED, rng, rng.uniform(0.8, 0.95), rng.uniform(0.2, 0.45)),
        dpi,
        centre,
        "seal",
        "".join(lines),
    )


def _rotate_padded(alpha: np.ndarray, degrees: float) -> np.ndarray:
    h, w = alpha.shape
    pad = round(max(h, w) * 0.25)
    padded = np.pad(alpha, pad)
    return _rotate(padded, degrees)


def handwriting(
    rng: random.Random,
    text: str,
    dpi: int,
    centre: tuple[float, float],
    height_mm: float = 6.0,
    colour: tuple[int, int, int] = PEN_BLUE,
    kind: str = "signature",
) -> Mark:
    """Pen writing: each character leaning, bobbing and sized on its own, strokes thickened."""
    px = round(height_mm / 25.4 * dpi)
    advance = [px * (0.62 if ch.isascii() else 0.92) * rng.uniform(0.85, 1.05) for ch in text]
    width = round(sum(advance) + px * 1.2)
    alpha = np.zeros((round(px * 2.0), width), dtype=np.float32)
    x = px * 0.6
    slant = rng.uniform(-12, 4)
    for char, step in zip(text, advance, strict=True):
        if char.strip():
            upright = glyph(char, round(px * rng.uniform(0.88, 1.08)))
            shear = np.array([[1, math.tan(math.radians(-slant)), 0], [0, 1, 0]], dtype=np.float32)
            leaning = np.asarray(
                cv2.warpAffine(
                    upright, shear, (upright.shape[1] + px // 3, upright.shape[0]), borderValue=0.0
                )
            )
            _paste(
                alpha,
                _rotate_padded(leaning, rng.uniform(-7, 7)),
                x + step / 2,
                px * 1.0 + rng.uniform(-px * 0.08, px * 0.08),
            )
        x += step
    thick = np.asarray(cv2.dilate(alpha, np.ones((2, 2), np.uint8)), dtype=np.float32)
    rgba = _ink(thick, colour, rng, rng.uniform(0.85, 0.97), 0.1)
    return Mark(rgba, dpi, centre, kind, text)


def strike(
    rng: random.Random,
    width_pt: float,
    dpi: int,
    centre: tuple[float, float],
    colour: tuple[int, int, int] = PEN_BLUE,
) -> Mark:
    """Two pen lines through a printed word (a correction's strike-through)."""
    w = round((width_pt + 6) / 72 * dpi)
    h = round(12 / 72 * dpi)
    alpha = np.zeros((h, w), dtype=np.float32)
    for offset in (-0.12, 0.12):
        y0 = h / 2 + offset * h + rng.uniform(-1.5, 1.5)
        y1 = h / 2 + offset * h + rng.uniform(-2.5, 2.5)
        cv2.line(
            alpha, (2, round(y0)), (w - 3, round(y1)), 1.0, thickness=max(2, dpi // 110), lineType=cv2.LINE_AA
        )
    return Mark(_ink(alpha, colour, rng, 0.92, 0.05), dpi, centre, "strike")


def qr_mark(payload: str, dpi: int, centre: tuple[float, float], size_mm: float = 22.0) -> Mark:
    """A QR code, black on transparent, ``size_mm`` wide."""
    barcode = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
    modules = np.asarray(barcode.to_image(scale=1, add_quiet_zones=False))
    px = round(size_mm / 25.4 * dpi)
    scaled = cv2.resize(modules, (px, px), interpolation=cv2.INTER_NEAREST)
    rgba = np.zeros((px, px, 4), dtype=np.uint8)
    rgba[..., 3] = 255 - scaled
    return Mark(rgba, dpi, centre, "qr", payload)
