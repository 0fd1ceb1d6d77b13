"""A small page-layout layer over PyMuPDF, and the ink the fresh family stamps on paper:
round company seals, oval invoice seals, pen signatures and QR codes (drawn as images, as
e-seals and scans put them on real pages)."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pymupdf as fitz
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "F0"
A4 = (595.0, 842.0)
BLACK = (0, 0, 0)


@lru_cache(maxsize=1)
def _font() -> fitz.Font:
    return fitz.Font("china-s")


@lru_cache(maxsize=32)
def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(_font().buffer), size)


def width_of(text: str, size: float) -> float:
    return float(_font().text_length(text, fontsize=size))


NO_LINE_START = "，。；：、）》”！？.,;:)"


def wrap(text: str, size: float, width: float) -> list[str]:
    """Break text into lines no wider than ``width`` (character by character, as CJK wraps)."""
    lines, current = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(current)
            current = ""
            continue
        if width_of(current + ch, size) > width and current and ch not in NO_LINE_START:
            lines.append(current)
            current = ch
        else:
            current += ch
    if current:
        lines.append(current)
    return lines


@dataclass
class Sheet:
    """One page with a writing cursor."""

    doc: fitz.Document
    width: float = A4[0]
    height: float = A4[1]
    left: float = 68.0
    right: float = 68.0
    top: float = 62.0
    page: fitz.Page = field(init=False)
    y: float = field(init=False)

    def __post_init__(self) -> None:
        self.page = self.doc.new_page(width=self.width, height=self.height)
        self.page.insert_font(fontname=FONT, fontbuffer=_font().buffer)
        self.y = self.top

    @property
    def inner(self) -> float:
        return self.width - self.left - self.right

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        color: tuple[float, ...] = BLACK,
        bold: bool = False,
    ) -> fitz.Rect:
        """Write ``s`` with its top-left corner at (x, y)."""
        baseline = y + size * 0.88
        if bold:
            self.page.insert_text(
                (x, baseline), s, fontname=FONT, fontsize=size, color=color, render_mode=2, border_width=0.04
            )
        else:
            self.page.insert_text((x, baseline), s, fontname=FONT, fontsize=size, color=color)
        return fitz.Rect(x, y, x + width_of(s, size), y + size * 1.1)

    def line(
        self,
        s: str,
        size: float = 10.5,
        indent: float = 0.0,
        align: str = "left",
        gap: float = 0.55,
        bold: bool = False,
        color: tuple[float, ...] = BLACK,
    ) -> fitz.Rect:
        w = width_of(s, size)
        if align == "center":
            x = self.left + (self.inner - w) / 2
        elif align == "right":
            x = self.width - self.right - w - indent
        else:
            x = self.left + indent
        rect = self.text(x, self.y, s, size, color, bold)
        self.y += size * (1 + gap)
        return rect

    def para(self, s: str, size: float = 10.5, first: int = 2, indent: float = 0.0, gap: float = 0.6) -> None:
        """A paragraph whose first line is indented by ``first`` characters."""
        lead = "\u3000" * first
        lines = wrap(lead + s, size, self.inner - indent)
        for ln in lines:
            self.text(self.left + indent, self.y, ln, size)
            self.y += size * (1 + gap)

    def skip(self, points: float) -> None:
        self.y += points

    def rule(
        self, y: float | None = None, width: float = 0.8, x0: float | None = None, x1: float | None = None
    ) -> None:
        yy = self.y if y is None else y
        self.page.draw_line((x0 or self.left, yy), (x1 or self.width - self.right, yy), width=width)

    def table(
        self,
        rows: list[list[str]],
        widths: list[float],
        size: float = 9.5,
        row_h: float | None = None,
        aligns: str | None = None,
        bold_rows: tuple[int, ...] = (0,),
        x: float | None = None,
        border: float = 0.6,
    ) -> list[list[fitz.Rect]]:
        """A ruled table; cell text wraps inside its cell. Returns the cell rectangles."""
        x0 = self.left if x is None else x
        scale = (self.inner if x is None else sum(widths)) / sum(widths)
        widths = [w * scale for w in widths]
        base_h = row_h or size * 2.1
        cells: list[list[fitz.Rect]] = []
        for r, row in enumerate(rows):
            wrapped = [wrap(str(cell), size, w - 6) for cell, w in zip(row, widths, strict=True)]
            height = max(base_h, max(len(w) for w in wrapped) * size * 1.3 + 8)
            xx = x0
            rects = []
            for c, (lines, w) in enumerate(zip(wrapped, widths, strict=True)):
                rect = fitz.Rect(xx, self.y, xx + w, self.y + height)
                self.page.draw_rect(rect, width=border)
                align = (aligns or "l" * len(row))[c]
                block_h = len(lines) * size * 1.3
                ty = self.y + (height - block_h) / 2 + size * 0.15
                for ln in lines:
                    lw = width_of(ln, size)
                    tx = xx + 3 if align == "l" else xx + w - lw - 3 if align == "r" else xx + (w - lw) / 2
                    self.text(tx, ty, ln, size, bold=r in bold_rows)
                    ty += size * 1.3
                rects.append(rect)
                xx += w
            cells.append(rects)
            self.y += height
        return cells

    def image(self, rect: fitz.Rect, png: bytes) -> None:
        self.page.insert_image(rect, stream=png, overlay=True)

    def stamp(self, center: tuple[float, float], png: bytes, diameter: float) -> fitz.Rect:
        """Put a seal image centred on ``center`` (points)."""
        img = Image.open(io.BytesIO(png))
        ratio = img.height / img.width
        w = diameter
        h = diameter * ratio
        rect = fitz.Rect(center[0] - w / 2, center[1] - h / 2, center[0] + w / 2, center[1] + h / 2)
        self.image(rect, png)
        return rect


# ── ink ──────────────────────────────────────────────────────────────────


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _ink(img: Image.Image, rng: random.Random, colour: tuple[int, int, int], strength: float) -> Image.Image:
    """Turn a white-on-black mask into uneven ink: alpha varies, a few spots missing."""
    mask = np.asarray(img.convert("L"), dtype=np.float32) / 255.0
    h, w = mask.shape
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    low = nrng.random((max(2, h // 24), max(2, w // 24))).astype(np.float32)
    low_img = Image.fromarray((low * 255).astype(np.uint8)).resize((w, h), Image.Resampling.BICUBIC)
    texture = 0.55 + 0.45 * np.asarray(low_img, dtype=np.float32) / 255.0
    speck = nrng.random((h, w)) > 0.06
    alpha = np.clip(mask * texture * speck * strength, 0, 1)
    out = np.zeros((h, w, 4), dtype=np.uint8)
    out[..., 0], out[..., 1], out[..., 2] = colour
    out[..., 3] = (alpha * 255).astype(np.uint8)
    return Image.fromarray(out, "RGBA").filter(ImageFilter.GaussianBlur(0.6))


def _arc_text(
    draw_img: Image.Image, text: str, cx: float, cy: float, radius: float, size: int, start: float, end: float
) -> None:
    """Characters along an arc from angle ``start`` to ``end`` (degrees, 0 = up, clockwise)."""
    font = pil_font(size)
    n = len(text)
    for i, ch in enumerate(text):
        ang = start + (end - start) * (i / (n - 1) if n > 1 else 0.5)
        rad = math.radians(ang)
        x = cx + radius * math.sin(rad)
        y = cy - radius * math.cos(rad)
        glyph = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(glyph).text((size // 2, size // 2), ch, fill=255, font=font)
        glyph = glyph.rotate(-ang, resample=Image.Resampling.BICUBIC)
        draw_img.paste(255, (int(x - size), int(y - size)), glyph)


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else r * 0.382
        a = math.radians(-90 + 36 * k)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    draw.polygon(pts, fill=255)


def round_seal(name: str, rng: random.Random, label: str = "", serial: bool = True) -> bytes:
    """A round company seal: name along the upper arc, a star, an optional purpose line
    (合同专用章), and the 13-digit filing number at the bottom."""
    s = 420
    img = Image.new("L", (s, s), 0)
    draw = ImageDraw.Draw(img)
    c = s / 2
    draw.ellipse((8, 8, s - 8, s - 8), outline=255, width=13)
    n = len(name)
    span = min(250.0, 95 + n * 11.5)
    size = int(min(50, 760 / max(n, 8)))
    _arc_text(img, name, c, c, c - 26 - size * 0.55, size, -span / 2, span / 2)
    _star(draw, c, c, 52)
    if label:
        f = pil_font(36)
        w = draw.textlength(label, font=f)
        draw.text((c - w / 2, c + 70), label, fill=255, font=f)
    if serial:
        digits = "".join(str(rng.randrange(10)) for _ in range(13))
        _arc_text(img, digits, c, c, c - 34, 17, 205, 155)
    img = img.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    return _png(_ink(img, rng, (214, 34, 40), rng.uniform(0.75, 0.95)))


def oval_seal(name: str, tax_id: str, rng: random.Random) -> bytes:
    """The oval 发票专用章: seller name on the arc, tax number across, 发票专用章 below."""
    w, h = 480, 320
    img = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(img)
    draw.ellipse((6, 6, w - 6, h - 6), outline=255, width=9)
    # name along the upper half of the oval: approximate with points on the ellipse
    font_size = int(min(38, 560 / max(len(name), 8)))
    font = pil_font(font_size)
    n = len(name)
    a, b = w / 2 - 40, h / 2 - 36
    for i, ch in enumerate(name):
        t = math.radians(-155 + 130 * (i / (n - 1) if n > 1 else 0.5))
        x = w / 2 + a * math.cos(t)
        y = h / 2 + b * math.sin(t)
        nx, ny = math.cos(t) / a, math.sin(t) / b
        ang = math.degrees(math.atan2(nx, -ny))
        glyph = Image.new("L", (font_size * 2, font_size * 2), 0)
        ImageDraw.Draw(glyph).text((font_size // 2, font_size // 2), ch, fill=255, font=font)
        glyph = glyph.rotate(-ang, resample=Image.Resampling.BICUBIC)
        img.paste(255, (int(x - font_size), int(y - font_size)), glyph)
    f = pil_font(30)
    tw = draw.textlength(tax_id, font=f)
    draw.text((w / 2 - tw / 2, h / 2 - 12), tax_id, fill=255, font=f)
    f2 = pil_font(34)
    lw = draw.textlength("发票专用章", font=f2)
    draw.text((w / 2 - lw / 2, h / 2 + 42), "发票专用章", fill=255, font=f2)
    return _png(_ink(img, rng, (205, 30, 45), rng.uniform(0.7, 0.9)))


def signature(name: str, rng: random.Random) -> bytes:
    """A pen signature: the name in a slanted, uneven hand, blue-black."""
    size = 64
    font = pil_font(size)
    w = int(size * (len(name) + 1) * 1.0)
    img = Image.new("L", (w, size * 2), 0)
    draw = ImageDraw.Draw(img)
    x = 10.0
    for ch in name:
        glyph = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(glyph).text((size // 3, size // 3), ch, fill=255, font=font)
        glyph = glyph.rotate(rng.uniform(-14, 6), resample=Image.Resampling.BICUBIC)
        img.paste(255, (int(x), int(rng.uniform(-6, 10))), glyph)
        x += size * rng.uniform(0.72, 0.9)
    # a flourish under the name
    pts = [(10 + i * (x / 12), size * 1.35 + rng.uniform(-8, 8)) for i in range(13)]
    draw.line(pts, fill=255, width=3)
    img = img.transform(img.size, Image.Transform.AFFINE, (1, 0.35, -20, 0, 1, 0), Image.Resampling.BICUBIC)
    img = img.filter(ImageFilter.MaxFilter(3)) if rng.random() < 0.5 else img
    colour = rng.choice(((20, 30, 90), (25, 25, 35), (30, 45, 120)))
    return _png(_ink(img, rng, colour, 0.95))


def qr_png(payload: str, scale: int = 6) -> bytes:
    image = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode).to_image(scale=scale)
    return _png(Image.fromarray(np.asarray(image)))
