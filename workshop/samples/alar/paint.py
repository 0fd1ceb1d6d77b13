"""Vector drawing on PyMuPDF pages (the "WPS export" look) and raster ink: seals, signatures, QR codes."""

from __future__ import annotations

import io
import math
import random
from collections.abc import Sequence
from functools import lru_cache

import cv2
import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFont

A4 = (595.0, 842.0)
A4_LAND = (842.0, 595.0)


@lru_cache(maxsize=1)
def font_buffer() -> bytes:
    return bytes(pymupdf.Font("cjk").buffer)


@lru_cache(maxsize=1)
def measure_font() -> pymupdf.Font:
    return pymupdf.Font(fontbuffer=font_buffer())


@lru_cache(maxsize=16)
def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(font_buffer()), size)


_ADV: dict[str, float] = {}


def width(s: str, size: float) -> float:
    total = 0.0
    for ch in s:
        adv = _ADV.get(ch)
        if adv is None:
            adv = _ADV[ch] = measure_font().glyph_advance(ord(ch))
        total += adv
    return total * size


Cell = str | tuple[str, int]
_OPEN: dict[int, list[Sheet]] = {}


def flush(doc: pymupdf.Document) -> None:
    """Write the text of every sheet drawn into ``doc`` (call once the paper is complete)."""
    for sheet in _OPEN.pop(id(doc), []):
        sheet.flush()


class Sheet:
    """One page being drawn."""

    def __init__(self, doc: pymupdf.Document, size: tuple[float, float] = A4) -> None:
        self.page = doc.new_page(width=size[0], height=size[1])
        self.doc, self.pno = doc, self.page.number
        self.w, self.h = size
        self.writers: dict[tuple[tuple[float, float, float], bool], pymupdf.TextWriter] = {}
        _OPEN.setdefault(id(doc), []).append(self)

    def flush(self) -> None:
        page = self.doc[self.pno]
        for (color, bold), tw in self.writers.items():
            tw.write_text(page, color=color, render_mode=2 if bold else 0)
        self.writers = {}

    # ---- text
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        bold: bool = False,
        color: tuple[float, float, float] = (0, 0, 0),
    ) -> None:
        if not s:
            return
        key = (color, bold)
        tw = self.writers.get(key)
        if tw is None:
            tw = self.writers[key] = pymupdf.TextWriter(self.page.rect)
        tw.append((x, y), s, font=measure_font(), fontsize=size)

    def center(
        self, y: float, s: str, size: float = 10.5, bold: bool = False, x0: float = 0, x1: float = 0
    ) -> None:
        x1 = x1 or self.w
        self.text(x0 + (x1 - x0 - width(s, size)) / 2, y, s, size, bold)

    def right(self, x1: float, y: float, s: str, size: float = 10.5, bold: bool = False) -> None:
        self.text(x1 - width(s, size), y, s, size, bold)

    def spaced(self, y: float, s: str, size: float, gap: float, bold: bool = True) -> None:
        """A heading with letter spacing, centred (each character its own run)."""
        total = sum(width(c, size) for c in s) + gap * (len(s) - 1)
        x = (self.w - total) / 2
        for c in s:
            self.text(x, y, c, size, bold)
            x += width(c, size) + gap

    def wrap(self, s: str, w: float, size: float) -> list[str]:
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if width(cur + ch, size) > w and cur:
                # keep a figure run together
                if ch.isdigit() or ch in ",.%":
                    k = len(cur)
                    while k > 0 and (cur[k - 1].isdigit() or cur[k - 1] in ",.¥￥"):
                        k -= 1
                    if 0 < k < len(cur):
                        lines.append(cur[:k])
                        cur = cur[k:] + ch
                        continue
                if ch in "，。、；：）”":
                    cur += ch
                    lines.append(cur)
                    cur = ""
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(
        self,
        x: float,
        y: float,
        w: float,
        s: str,
        size: float = 10.5,
        leading: float = 1.75,
        indent: bool = True,
    ) -> float:
        """Paragraph with a two-character first-line indent; returns the next baseline."""
        lines = self.wrap(("\u3000\u3000" if indent else "") + s, w, size)
        for line in lines:
            self.text(x, y, line, size)
            y += size * leading
        return y

    # ---- lines and tables
    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=(0, 0, 0), width=w)

    def rect(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6) -> None:
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=(0, 0, 0), width=w)

    def table(
        self,
        x: float,
        y: float,
        cols: Sequence[float],
        rows: Sequence[Sequence[Cell]],
        size: float = 9.5,
        min_h: float = 20,
        align: list[str] | None = None,
        bold_rows: tuple[int, ...] = (),
    ) -> float:
        """A ruled table; a cell ``(text, span)`` spans columns; numbers align right by ``align``."""
        align = align or ["l"] * len(cols)
        top = y
        for ri, row in enumerate(rows):
            cells: list[tuple[str, float, float, str]] = []
            cx, ci = x, 0
            for cell in row:
                text, span = (cell, 1) if isinstance(cell, str) else cell
                w = sum(cols[ci : ci + span])
                cells.append((text, cx, w, align[ci] if span == 1 else "l"))
                cx += w
                ci += span
            wrapped = [self.wrap(t, w - 8, size) or [""] for t, _, w, _ in cells]
            h = max(min_h, max(len(lines) for lines in wrapped) * size * 1.45 + 8)
            for (_, cx0, w, al), lines in zip(cells, wrapped, strict=True):
                self.rect(cx0, y, cx0 + w, y + h)
                ty = y + (h - len(lines) * size * 1.45) / 2 + size * 1.05
                for ln in lines:
                    if al == "r":
                        self.right(cx0 + w - 4, ty, ln, size, ri in bold_rows)
                    elif al == "c":
                        self.center(ty, ln, size, ri in bold_rows, cx0, cx0 + w)
                    else:
                        self.text(cx0 + 4, ty, ln, size, ri in bold_rows)
                    ty += size * 1.45
            y += h
        self.rect(x, top, x + sum(cols), y, 1.0)
        return y

    # ---- raster ink
    def png(self, rect: tuple[float, float, float, float], data: bytes) -> None:
        self.page.insert_image(pymupdf.Rect(*rect), stream=data, overlay=True)

    def seal(
        self,
        cx: float,
        cy: float,
        name: str,
        rng: random.Random,
        r: float = 60,
        bottom: str = "",
        star: bool = True,
    ) -> None:
        data = seal_png(name, rng, bottom, star)
        self.png((cx - r, cy - r, cx + r, cy + r), data)

    def sign(self, x: float, y: float, rng: random.Random, w: float = 70, h: float = 24) -> None:
        self.png((x, y - h * 0.8, x + w, y + h * 0.2), scrawl_png(rng))

    def qr(self, rect: tuple[float, float, float, float], payload: str) -> None:
        self.png(rect, qr_png(payload))


def _rgba(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=1)
    return buf.getvalue()


@lru_cache(maxsize=64)
def _seal_base(name: str, bottom: str, star: bool, px: int) -> np.ndarray:
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (212, 28, 34, 235)
    c = px / 2
    d.ellipse((6, 6, px - 6, px - 6), outline=red, width=int(px * 0.035))
    n = len(name)
    fs = int(px * (0.15 if n <= 10 else 0.13 if n <= 14 else 0.105))
    font = pil_font(fs)
    span = min(250.0, 20.0 * n + 40)
    rad = px / 2 - 10 - fs * 0.95
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        tile = Image.new("RGBA", (fs + 8, fs + 8), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((4, 2), ch, font=font, fill=red)
        tile = tile.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC, expand=True)
        x = c + rad * math.cos(a) - tile.width / 2
        y = c + rad * math.sin(a) - tile.height / 2
        img.alpha_composite(tile, (int(x), int(y)))
    if star:
        r1, r2 = px * 0.13, px * 0.052
        pts = []
        for k in range(10):
            rr = r1 if k % 2 == 0 else r2
            a = math.radians(-90 + 36 * k)
            pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
        d.polygon(pts, fill=red)
    if bottom:
        bf = pil_font(int(px * 0.085))
        bw = d.textlength(bottom, font=bf)
        d.text((c - bw / 2, c + px * 0.17), bottom, font=bf, fill=red)
    return np.array(img)


def seal_png(name: str, rng: random.Random, bottom: str = "", star: bool = True, px: int = 300) -> bytes:
    """A round red seal: ring, the name along the upper arc, a star, an optional bottom line; inked unevenly."""
    arr = _seal_base(name, bottom, star, px).copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    noise = gen.random(arr.shape[:2])
    blot = cv2.resize(gen.random((12, 12)).astype(np.float32), (px, px), interpolation=cv2.INTER_CUBIC)
    blot = np.clip(blot, 0, 1)
    keep = (noise > 0.1) & (blot > 0.1)
    arr[..., 3] = np.where(keep, (arr[..., 3] * (0.6 + 0.4 * blot)).astype(np.uint8), 0)
    m = cv2.getRotationMatrix2D((px / 2, px / 2), rng.uniform(-25, 25), 1.0)
    arr = cv2.warpAffine(arr, m, (px, px), flags=cv2.INTER_LINEAR)
    ok, buf = cv2.imencode(".png", cv2.cvtColor(arr, cv2.COLOR_RGBA2BGRA), [cv2.IMWRITE_PNG_COMPRESSION, 1])
    assert ok
    return buf.tobytes()


def scrawl_png(rng: random.Random, w: int = 280, h: int = 96) -> bytes:
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    ink = rng.choice(((20, 20, 30, 235), (25, 35, 110, 235)))
    x = rng.uniform(8, 20)
    for _ in range(rng.randint(2, 4)):
        pts = []
        y0 = rng.uniform(h * 0.35, h * 0.65)
        for k in range(rng.randint(10, 18)):
            pts.append(
                (x + k * rng.uniform(4, 9), y0 + math.sin(k * rng.uniform(0.8, 1.9)) * rng.uniform(8, 26))
            )
        d.line(pts, fill=ink, width=rng.randint(3, 5), joint="curve")
        x = pts[-1][0] + rng.uniform(2, 12)
        if x > w - 40:
            break
    return _rgba(img)


def qr_png(payload: str) -> bytes:
    enc = cv2.QRCodeEncoder.create()
    img = enc.encode(payload)
    img = cv2.resize(img, (img.shape[1] * 8, img.shape[0] * 8), interpolation=cv2.INTER_NEAREST)
    ok, buf = cv2.imencode(".png", img)
    assert ok
    return buf.tobytes()
