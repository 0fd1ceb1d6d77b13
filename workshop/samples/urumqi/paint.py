"""Vector drawing on PyMuPDF pages: CJK text, wrapped paragraphs, tables, seals, pen signatures."""

from __future__ import annotations

import io
import math
import random
from collections.abc import Sequence

import cv2
import numpy as np
import pymupdf

A4 = (595.28, 841.89)
A4_LAND = (841.89, 595.28)
SONG = "china-ss"
HEI = "china-s"
RED = (0.85, 0.1, 0.1)
BLACK = (0, 0, 0)
_FONTS: dict[str, pymupdf.Font] = {}


def font(name: str) -> pymupdf.Font:
    if name not in _FONTS:
        _FONTS[name] = pymupdf.Font(name)
    return _FONTS[name]


LATIN = {SONG: "tiro", HEI: "helv"}
"""The Latin face set beside each CJK face: digits and ASCII are typeset in it, as word processors do."""


def runs(s: str, fontname: str) -> list[tuple[str, str]]:
    """Split a line into (font, chunk) runs: ASCII in the Latin face, the rest in the CJK face."""
    out: list[tuple[str, str]] = []
    for ch in s:
        fn = LATIN.get(fontname, fontname) if ord(ch) < 128 else fontname
        if out and out[-1][0] == fn:
            out[-1] = (fn, out[-1][1] + ch)
        else:
            out.append((fn, ch))
    return out


def width(s: str, size: float, fontname: str = SONG) -> float:
    return sum(float(font(fn).text_length(chunk, fontsize=size)) for fn, chunk in runs(s, fontname))


def text(
    page: pymupdf.Page,
    x: float,
    y: float,
    s: str,
    size: float = 10.5,
    fontname: str = SONG,
    color: Sequence[float] = BLACK,
    align: str = "left",
) -> float:
    """Write one line with its baseline at ``y``; returns the x where it ends."""
    w = width(s, size, fontname)
    if align == "center":
        x -= w / 2
    elif align == "right":
        x -= w
    cx = x
    for fn, chunk in runs(s, fontname):
        page.insert_text((cx, y), chunk, fontname=fn, fontsize=size, color=color)
        cx += float(font(fn).text_length(chunk, fontsize=size))
    return x + w


def wrap(s: str, size: float, max_w: float, fontname: str = SONG) -> list[str]:
    lines, cur = [], ""
    for ch in s:
        if width(cur + ch, size, fontname) > max_w and cur:
            if ch in "，。；：、）》”":
                cur += ch
                lines.append(cur)
                cur = ""
                continue
            lines.append(cur)
            cur = ""
        cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(
    page: pymupdf.Page,
    x: float,
    y: float,
    max_w: float,
    s: str,
    size: float = 10.5,
    leading: float = 1.75,
    indent: bool = True,
    fontname: str = SONG,
) -> float:
    """A wrapped paragraph whose first baseline is ``y``; returns the baseline after the last line."""
    for i, line in enumerate(wrap(("　　" if indent else "") + s, size, max_w, fontname)):
        text(page, x, y + i * size * leading, line, size, fontname)
        y_last = y + i * size * leading
    return y_last + size * leading


def title(page: pymupdf.Page, y: float, s: str, size: float = 18, spaced: bool = False) -> None:
    if spaced:
        s = " ".join(s)
    text(page, page.rect.width / 2, y, s, size, HEI, align="center")


def table(
    page: pymupdf.Page,
    x: float,
    y: float,
    cols: Sequence[float],
    rows: Sequence[Sequence[str]],
    row_h: float = 22,
    size: float = 10,
    align: Sequence[str] | None = None,
    bold_first: bool = False,
) -> float:
    """A ruled table; cells are single lines (long ones are wrapped inside the row height)."""
    total_w = sum(cols)
    shape = page.new_shape()
    for r, row in enumerate(rows):
        top = y + r * row_h
        shape.draw_line((x, top), (x + total_w, top))
        cx = x
        for c, cell in enumerate(row):
            w = cols[c]
            a = align[c] if align else "left"
            f = HEI if bold_first and r == 0 else SONG
            lines = wrap(cell, size, w - 8, f) if cell else []
            n = len(lines)
            base = top + row_h / 2 - (n - 1) * size * 0.6 + size * 0.35
            for i, line in enumerate(lines):
                tx = cx + 4 if a == "left" else cx + w / 2 if a == "center" else cx + w - 4
                text(page, tx, base + i * size * 1.2, line, size, f, align=a)
            cx += w
    bottom = y + len(rows) * row_h
    shape.draw_line((x, bottom), (x + total_w, bottom))
    cx = x
    for w in [*cols, 0]:
        shape.draw_line((cx, y), (cx, bottom))
        cx += w
    shape.finish(color=BLACK, width=0.7)
    shape.commit()
    return bottom


def _star(cx: float, cy: float, r: float) -> list[pymupdf.Point]:
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.4
        a = -math.pi / 2 + i * math.pi / 5
        pts.append(pymupdf.Point(cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def seal(
    page: pymupdf.Page, cx: float, cy: float, name: str, label: str = "", r: float = 44, opacity: float = 0.85
) -> None:
    """A round red company seal: ring, star, the name along the upper arc, a label under the star."""
    shape = page.new_shape()
    shape.draw_circle((cx, cy), r)
    shape.finish(color=RED, width=2.2, stroke_opacity=opacity)
    shape.draw_polyline(_star(cx, cy, r * 0.28))
    shape.finish(color=RED, fill=RED, closePath=True, fill_opacity=opacity, stroke_opacity=opacity)
    shape.commit()
    n = len(name)
    span = min(250.0, 14.0 * n + 40)
    size = min(r * 0.3, (2 * math.pi * r * 0.78 * span / 360) / max(n, 1) * 0.95)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        rad = math.radians(ang)
        rr = r * 0.78
        px, py = cx + rr * math.cos(rad), cy + rr * math.sin(rad)
        # glyph upright toward the centre: rotate by ang + 90 degrees
        pt = pymupdf.Point(px - size / 2, py + size / 2.6)
        mat = pymupdf.Matrix(-(ang + 90))
        page.insert_text(
            pt,
            ch,
            fontname=HEI,
            fontsize=size,
            color=RED,
            morph=(pymupdf.Point(px, py), mat),
            fill_opacity=opacity,
        )
    if label:
        ls = min(r * 0.2, r * 1.2 / max(len(label), 1))
        page.insert_text(
            (cx - width(label, ls, HEI) / 2, cy + r * 0.58),
            label,
            fontname=HEI,
            fontsize=ls,
            color=RED,
            fill_opacity=opacity,
        )


def pen(
    page: pymupdf.Page,
    x: float,
    y: float,
    w: float,
    rng: random.Random,
    color: Sequence[float] = (0.05, 0.08, 0.35),
) -> None:
    """A hand signature: a few quick connected strokes."""
    shape = page.new_shape()
    pts = []
    n = rng.randint(14, 22)
    for i in range(n):
        px = x + w * i / (n - 1) + rng.uniform(-3, 3)
        py = y + rng.uniform(-9, 5) * (1 if i % 2 else -1) * 0.7
        pts.append(pymupdf.Point(px, py))
    shape.draw_polyline(pts)
    shape.draw_bezier(pts[-1], (x + w * 0.6, y - 14), (x + w * 0.2, y + 10), (x + w * 0.9, y + 2))
    shape.finish(color=color, width=1.1, closePath=False, lineCap=1, lineJoin=1)
    shape.commit()


def stamp_image(name: str, label: str, r: float = 44) -> bytes:
    """The seal drawn on a transparent PNG (an electronic seal pasted into a born-digital page)."""
    doc = pymupdf.open()
    p = doc.new_page(width=2 * r + 8, height=2 * r + 8)
    seal(p, r + 4, r + 4, name, label, r, opacity=0.9)
    png: bytes = p.get_pixmap(dpi=220, alpha=True).tobytes("png")
    doc.close()
    return png


def signature_image(rng: random.Random, w: float = 70) -> bytes:
    doc = pymupdf.open()
    p = doc.new_page(width=w + 10, height=34)
    pen(p, 5, 18, w, rng)
    png: bytes = p.get_pixmap(dpi=200, alpha=True).tobytes("png")
    doc.close()
    return png


def paste(page: pymupdf.Page, rect: tuple[float, float, float, float], png: bytes) -> None:
    page.insert_image(pymupdf.Rect(*rect), stream=png, overlay=True)


def qr_png(payload: str, px: int = 4) -> bytes:
    enc = cv2.QRCodeEncoder.create()
    img = enc.encode(payload)
    img = cv2.resize(img, (img.shape[1] * px, img.shape[0] * px), interpolation=cv2.INTER_NEAREST)
    ok, buf = cv2.imencode(".png", img)
    assert ok
    return bytes(buf)


def emblem(page: pymupdf.Page, cx: float, cy: float, r: float) -> None:
    """A stand-in for the national emblem: red disc, gold stars."""
    shape = page.new_shape()
    shape.draw_circle((cx, cy), r)
    shape.finish(color=RED, fill=RED)
    shape.draw_polyline(_star(cx, cy - r * 0.2, r * 0.35))
    shape.finish(color=(0.95, 0.8, 0.1), fill=(0.95, 0.8, 0.1), closePath=True)
    for k in range(4):
        a = math.radians(-150 + k * 40)
        shape.draw_polyline(
            _star(cx + r * 0.62 * math.cos(a), cy - r * 0.1 + r * 0.62 * math.sin(a), r * 0.12)
        )
        shape.finish(color=(0.95, 0.8, 0.1), fill=(0.95, 0.8, 0.1), closePath=True)
    shape.commit()


def border(page: pymupdf.Page, margin: float, color: Sequence[float] = (0.55, 0.45, 0.3)) -> None:
    r = page.rect
    shape = page.new_shape()
    for k, wdt in ((0, 3.0), (6, 0.8)):
        shape.draw_rect(pymupdf.Rect(margin + k, margin + k, r.width - margin - k, r.height - margin - k))
        shape.finish(color=color, width=wdt)
    shape.commit()


def png_bytes(arr: np.ndarray) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "PNG")
    return buf.getvalue()
