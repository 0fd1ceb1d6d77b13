"""Things put on paper by hand: round red seals, signatures, handwritten dates.

Each is drawn as vector art on a scratch page, rasterised with transparency, then given
uneven ink and a tilt, so that a text-layer PDF carries it as an image (as e-signed and
printed-then-stamped documents do) and a scan carries it as pixels.
"""

from __future__ import annotations

import math
import random
from typing import Any

import cv2
import numpy as np
import pymupdf

from .page import BODY

RED = (0.86, 0.08, 0.1)
INK = (0.08, 0.1, 0.35)


def _to_png(doc: pymupdf.Document, rng: random.Random, tilt: float, fade: float, dpi: int = 150) -> bytes:
    pix = doc[0].get_pixmap(dpi=dpi, alpha=True)
    rgba: Any = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 4).copy()
    h, w = rgba.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), tilt, 1.0)
    rgba = cv2.warpAffine(rgba, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0, 0))
    # ink pressure: a smooth random field thins the stamp on one side, as a hand press does
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    field = cv2.GaussianBlur(nrng.random((h, w)).astype(np.float32), (0, 0), max(h, w) / 12)
    field = (field - field.min()) / (np.ptp(field) + 1e-6)
    speck = nrng.random((h, w)) > 0.08
    alpha = rgba[:, :, 3].astype(np.float32) * (1 - fade * field) * speck
    rgba[:, :, 3] = np.clip(alpha * 0.92, 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(".png", cv2.cvtColor(rgba, cv2.COLOR_RGBA2BGRA))
    assert ok
    return buf.tobytes()


def seal(name: str, rng: random.Random, bottom: str = "", oval: bool = False) -> bytes:
    """A round (or oval, for some contract seals) red seal with the name around the rim."""
    size = 160.0
    doc = pymupdf.open()
    page = doc.new_page(width=size, height=size)
    c = pymupdf.Point(size / 2, size / 2)
    radius = size / 2 - 6
    shape = page.new_shape()
    if oval:
        shape.draw_oval(pymupdf.Rect(8, 24, size - 8, size - 24))
    else:
        shape.draw_circle(c, radius)
    shape.finish(color=RED, width=3.2)
    star = [
        pymupdf.Point(
            c.x + math.cos(math.radians(-90 + k * 36)) * (18 if k % 2 == 0 else 7.5),
            c.y + math.sin(math.radians(-90 + k * 36)) * (18 if k % 2 == 0 else 7.5),
        )
        for k in range(10)
    ]
    shape.draw_polyline([*star, star[0]])
    shape.finish(color=RED, fill=RED, width=0.5)
    shape.commit()
    chars = list(name)
    span = min(250.0, 14.5 * len(chars))
    fs = max(9.0, min(17.0, 250 / max(len(chars), 1) * 0.85))
    start = -90 - span / 2
    for k, ch in enumerate(chars):
        angle = start + span * (k + 0.5) / len(chars)
        rad = math.radians(angle)
        ring = radius - fs - 3 if not oval else radius - fs - 10
        p = pymupdf.Point(c.x + math.cos(rad) * ring, c.y + math.sin(rad) * ring * (0.72 if oval else 1))
        mat = pymupdf.Matrix(-(angle + 90))
        page.insert_text(p - (fs / 2, -fs / 2.6), ch, fontname=BODY, fontsize=fs, color=RED, morph=(p, mat))
    if bottom:
        bs = 11.0
        wdt = bs * len(bottom)
        page.insert_text((c.x - wdt / 2, c.y + 40), bottom, fontname=BODY, fontsize=bs, color=RED)
    return _to_png(doc, rng, rng.uniform(-25, 25), rng.uniform(0.1, 0.4))


def signature(rng: random.Random) -> bytes:
    """A scribbled signature: a few fast Bézier strokes."""
    doc = pymupdf.open()
    page = doc.new_page(width=120, height=45)
    shape = page.new_shape()
    x = 6.0
    for _ in range(rng.randint(2, 4)):
        p0 = pymupdf.Point(x, rng.uniform(15, 35))
        p3 = pymupdf.Point(x + rng.uniform(18, 34), rng.uniform(12, 36))
        shape.draw_bezier(
            p0, (x + rng.uniform(0, 20), rng.uniform(0, 45)), (x + rng.uniform(5, 30), rng.uniform(0, 45)), p3
        )
        x = p3.x - rng.uniform(0, 8)
    shape.finish(color=INK, width=rng.uniform(1.0, 1.8), closePath=False, lineCap=1)
    shape.commit()
    return _to_png(doc, rng, rng.uniform(-8, 8), 0.2, dpi=200)


def handwriting(text: str, rng: random.Random, size: float = 13.0) -> bytes:
    """Text written by hand (a date beside a seal): each character tilted and offset."""
    doc = pymupdf.open()
    w = size * (len(text) * 0.8 + 2)
    page = doc.new_page(width=w, height=size * 2.4)
    x = size * 0.5
    for ch in text:
        s = size * rng.uniform(0.85, 1.15)
        p = pymupdf.Point(x, size * 1.6 + rng.uniform(-2, 2))
        page.insert_text(
            p,
            ch,
            fontname="helv" if ch.isascii() else BODY,
            fontsize=s,
            color=INK,
            morph=(p, pymupdf.Matrix(rng.uniform(-12, 12))),
            render_mode=2,
            border_width=0.04,
        )
        x += s * (0.55 if ch.isascii() else 0.95) + rng.uniform(-1, 1.5)
    return _to_png(doc, rng, rng.uniform(-4, 4), 0.1, dpi=200)
