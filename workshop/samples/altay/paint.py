"""A page as a list of drawing operations in PDF points, rendered to pixels (for scans) or to a vector PDF page.

One layout, two outputs: scanned pages are rasterised at the scan's dpi, born-digital pages are
drawn with PyMuPDF, and a page's text can also be written as an invisible OCR layer.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFont

A4 = (595.0, 842.0)
RED = (205, 30, 35)
INK = (18, 18, 18)
BLUE_INK = (25, 40, 120)


@lru_cache(maxsize=1)
def _font_bytes() -> bytes:
    buf = pymupdf.Font("china-s").buffer
    return bytes(buf)


@lru_cache(maxsize=1)
def _measure() -> pymupdf.Font:
    return pymupdf.Font("china-s")


@lru_cache(maxsize=256)
def pil_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(_font_bytes()), max(px, 4))


def width(s: str, size: float) -> float:
    return float(_measure().text_length(s, fontsize=size))


@dataclass
class Text:
    x: float
    y: float
    s: str
    size: float = 10.5
    color: tuple[int, int, int] = INK
    bold: bool = False
    tag: str = ""


@dataclass
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    w: float = 0.7
    color: tuple[int, int, int] = INK


@dataclass
class Box:
    x0: float
    y0: float
    x1: float
    y1: float
    w: float = 0.7
    color: tuple[int, int, int] | None = INK
    fill: tuple[int, int, int] | None = None
    tag: str = ""


@dataclass
class Picture:
    x0: float
    y0: float
    x1: float
    y1: float
    img: Image.Image
    tag: str = ""


Op = Text | Line | Box | Picture


@dataclass
class Sheet:
    w: float = A4[0]
    h: float = A4[1]
    ops: list[Op] = field(default_factory=list)

    def text(self, x: float, y: float, s: str, size: float = 10.5, **kw: object) -> Text:
        t = Text(x, y, s, size, **kw)  # type: ignore[arg-type]
        self.ops.append(t)
        return t

    def center(self, y: float, s: str, size: float = 10.5, **kw: object) -> Text:
        return self.text((self.w - width(s, size)) / 2, y, s, size, **kw)

    def right(self, x: float, y: float, s: str, size: float = 10.5, **kw: object) -> Text:
        return self.text(x - width(s, size), y, s, size, **kw)

    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.7) -> None:
        self.ops.append(Line(x0, y0, x1, y1, w))

    def box(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.7, **kw: object) -> None:
        self.ops.append(Box(x0, y0, x1, y1, w, **kw))  # type: ignore[arg-type]

    def picture(self, x: float, y: float, img: Image.Image, w_pt: float, tag: str = "") -> None:
        h_pt = w_pt * img.height / img.width
        self.ops.append(Picture(x, y, x + w_pt, y + h_pt, img, tag))

    def para(
        self, x: float, y: float, s: str, size: float = 10.5, right: float | None = None, lead: float = 1.65
    ) -> float:
        """Wrapped paragraph; returns the y below it. Never breaks inside a run of digits."""
        limit = (right if right is not None else self.w - 60) - x
        line = ""
        tokens: list[str] = []
        buf = ""
        for ch in s:
            if ch.isdigit() or ch in ".,¥%":
                buf += ch
            else:
                if buf:
                    tokens.append(buf)
                    buf = ""
                tokens.append(ch)
        if buf:
            tokens.append(buf)
        for tok in tokens:
            if width(line + tok, size) > limit and line:
                self.text(x, y, line, size)
                y += size * lead
                line = tok.lstrip() if tok != " " else ""
            else:
                line += tok
        if line:
            self.text(x, y, line, size)
            y += size * lead
        return y

    def grid(
        self,
        x: float,
        y: float,
        cols: list[float],
        rows: list[list[str]],
        size: float = 10.0,
        rh: float = 22.0,
    ) -> float:
        """A ruled table; returns its bottom."""
        xs = [x]
        for c in cols:
            xs.append(xs[-1] + c)
        for r, row in enumerate(rows):
            top = y + r * rh
            for i, cell in enumerate(row):
                if not cell:
                    continue
                if cell.startswith(">"):
                    cell = cell[1:]
                    self.right(xs[i + 1] - 4, top + (rh - size) / 2, cell, size)
                else:
                    self.text(xs[i] + 4, top + (rh - size) / 2, cell, size)
        bottom = y + len(rows) * rh
        for r in range(len(rows) + 1):
            self.line(x, y + r * rh, xs[-1], y + r * rh)
        for xx in xs:
            self.line(xx, y, xx, bottom)
        return bottom


# --- pictures: seals and handwriting -------------------------------------------------------------


def seal(name: str, bottom: str, rng: random.Random, px: int = 460, oval: bool = False) -> Image.Image:
    """A red round seal (company name around the top, star, bottom line), RGBA."""
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    color = (*RED, 255)
    ring = px * 0.035
    d.ellipse((ring, ring, px - ring, px - ring), outline=color, width=int(ring))
    cx = cy = px / 2
    r = px / 2 - ring * 2.9
    n = len(name)
    span = min(250.0, 16.0 * n + 40)
    fs = int(min(px * 0.14, 2 * math.pi * r * span / 360 / max(n, 1) * 0.95))
    font = pil_font(fs)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        tile = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fs / 2, fs / 2), ch, font=font, fill=color)
        tile = tile.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        rr = r - fs * 0.55
        x = cx + rr * math.cos(math.radians(ang)) - fs
        y = cy + rr * math.sin(math.radians(ang)) - fs
        img.alpha_composite(tile, (int(x), int(y)))
    star_r = px * 0.13
    pts = []
    for k in range(10):
        a = math.radians(-90 + k * 36)
        rad = star_r if k % 2 == 0 else star_r * 0.4
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    d.polygon(pts, fill=color)
    if bottom:
        bf = pil_font(int(px * 0.085))
        bw = d.textlength(bottom, font=bf)
        d.text((cx - bw / 2, cy + px * 0.2), bottom, font=bf, fill=color)
    # uneven ink
    arr = np.array(img)
    noise = np.random.default_rng(rng.randint(0, 2**31)).uniform(0.55, 1.0, arr.shape[:2])
    arr[..., 3] = (arr[..., 3] * noise).astype(np.uint8)
    out = Image.fromarray(arr)
    return out.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)


def hand(s: str, rng: random.Random, px: int = 64, color: tuple[int, int, int] = BLUE_INK) -> Image.Image:
    """Handwriting-like text: each glyph jittered in size, angle and baseline, RGBA."""
    w = int(px * (len(s) + 1) * 1.05)
    img = Image.new("RGBA", (w, int(px * 1.8)), (0, 0, 0, 0))
    x = px * 0.2
    for ch in s:
        fs = int(px * rng.uniform(0.85, 1.12))
        tile = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text(
            (fs / 3, fs / 3),
            ch,
            font=pil_font(fs),
            fill=(*color, 235),
            stroke_width=max(1, fs // 28),
            stroke_fill=(*color, 200),
        )
        tile = tile.rotate(rng.uniform(-9, 9), resample=Image.Resampling.BICUBIC)
        tile = tile.transform(
            tile.size,
            Image.Transform.AFFINE,
            (1, rng.uniform(-0.25, 0.05), 0, 0, 1, 0),
            resample=Image.Resampling.BICUBIC,
        )
        img.alpha_composite(tile, (int(x), int(px * 0.25 + rng.uniform(-px * 0.08, px * 0.08))))
        step = 0.55 if ch.isascii() else 0.95
        x += fs * rng.uniform(step - 0.05, step + 0.05)
    return img.crop((0, 0, min(w, int(x + px * 0.5)), img.height))


def signature(name: str, rng: random.Random) -> Image.Image:
    """A hurried signature: the name with heavy slant and a flourish."""
    img = hand(name, rng, px=70, color=(15, 15, 30))
    d = ImageDraw.Draw(img)
    y = img.height * rng.uniform(0.7, 0.85)
    d.line([(img.width * 0.1, y), (img.width * 0.95, y - img.height * 0.15)], fill=(15, 15, 30, 200), width=3)
    return img


# --- rendering ------------------------------------------------------------------------------------


def raster(sheet: Sheet, dpi: int, paper: tuple[int, int, int] = (255, 255, 255)) -> Image.Image:
    k = dpi / 72.0
    img = Image.new("RGB", (round(sheet.w * k), round(sheet.h * k)), paper)
    d = ImageDraw.Draw(img)
    for op in sheet.ops:
        if isinstance(op, Box):
            if op.fill is not None:
                d.rectangle((op.x0 * k, op.y0 * k, op.x1 * k, op.y1 * k), fill=op.fill)
            if op.color is not None and op.w > 0:
                d.rectangle(
                    (op.x0 * k, op.y0 * k, op.x1 * k, op.y1 * k),
                    outline=op.color,
                    width=max(1, round(op.w * k)),
                )
        elif isinstance(op, Line):
            d.line((op.x0 * k, op.y0 * k, op.x1 * k, op.y1 * k), fill=op.color, width=max(1, round(op.w * k)))
        elif isinstance(op, Text):
            f = pil_font(round(op.size * k))
            d.text(
                (op.x * k, op.y * k),
                op.s,
                font=f,
                fill=op.color,
                stroke_width=1 if op.bold else 0,
                stroke_fill=op.color,
            )
    base = np.asarray(img).astype(np.float32) / 255.0
    for op in sheet.ops:
        if isinstance(op, Picture):
            w = max(1, round((op.x1 - op.x0) * k))
            h = max(1, round((op.y1 - op.y0) * k))
            pic = (
                np.asarray(op.img.convert("RGBA").resize((w, h), Image.Resampling.LANCZOS)).astype(np.float32)
                / 255.0
            )
            x0, y0 = round(op.x0 * k), round(op.y0 * k)
            x1, y1 = min(x0 + w, base.shape[1]), min(y0 + h, base.shape[0])
            pic = pic[: y1 - y0, : x1 - x0]
            a = pic[..., 3:4]
            region = base[y0:y1, x0:x1]
            # ink multiplies with what is under it (a seal over text leaves the text visible)
            base[y0:y1, x0:x1] = region * (1 - a) + region * pic[..., :3] * a
    return Image.fromarray((base * 255).clip(0, 255).astype(np.uint8))


def vector(sheet: Sheet, page: pymupdf.Page) -> None:
    """Draw the sheet as a born-digital page (text in an embedded CJK font, subset when saved)."""
    page.insert_font(fontname="dsf", fontbuffer=_font_bytes())
    for op in sheet.ops:
        if isinstance(op, Box):
            page.draw_rect(
                pymupdf.Rect(op.x0, op.y0, op.x1, op.y1),
                color=None if op.color is None or op.w == 0 else tuple(c / 255 for c in op.color),
                fill=None if op.fill is None else tuple(c / 255 for c in op.fill),
                width=op.w,
            )
        elif isinstance(op, Line):
            page.draw_line((op.x0, op.y0), (op.x1, op.y1), color=tuple(c / 255 for c in op.color), width=op.w)
        elif isinstance(op, Text):
            page.insert_text(
                (op.x, op.y + op.size * 0.88),
                op.s,
                fontname="dsf",
                fontsize=op.size,
                color=tuple(c / 255 for c in op.color),
            )
        elif isinstance(op, Picture):
            buf = io.BytesIO()
            op.img.save(buf, "PNG")
            page.insert_image(pymupdf.Rect(op.x0, op.y0, op.x1, op.y1), stream=buf.getvalue())


def ocr_layer(sheet: Sheet, page: pymupdf.Page, replace: dict[str, str] | None = None) -> None:
    """Invisible text (render mode 3) at each text op's place, as OCR software writes under a scan."""
    sx = page.rect.width / sheet.w
    sy = page.rect.height / sheet.h
    for op in sheet.ops:
        if isinstance(op, Text):
            s = op.s
            for old, new in (replace or {}).items():
                s = s.replace(old, new)
            page.insert_text(
                (op.x * sx, (op.y + op.size * 0.88) * sy),
                s,
                fontname="china-s",
                fontsize=op.size * sy,
                render_mode=3,
            )
