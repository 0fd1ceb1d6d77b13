"""Drawing primitives on PyMuPDF pages: text in CJK fonts, tables, red seals, QR codes.

Every generated document is drawn through a ``Pen`` so that templates say
what goes where and a style (fonts, sizes) varies how it looks.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pymupdf
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

A4 = (595.0, 842.0)
RED = (0.86, 0.1, 0.1)
BLACK = (0.0, 0.0, 0.0)

CJK_FONTS = ("china-s", "china-ss")
"""PyMuPDF's built-in simplified-Chinese font references (not embedded: small files).
china-t/china-ts are Big5 and cannot encode simplified characters."""
LATIN_FONTS = ("helv", "tiro")
"""Fonts for runs of Latin letters and digits beside a referenced CJK font, as
word processors set digits in a Latin face."""
EMBEDDED = "cjkemb"
"""Name under which the embedded (subset) CJK font is inserted."""


@dataclass
class Style:
    """How a document looks: its fonts and base size."""

    font: str = "china-s"
    title_font: str = "china-ss"
    size: float = 11.0
    latin: str = "helv"
    """Font for runs of Latin letters and digits when the CJK font is a reference."""

    @classmethod
    def pick(cls, rng: random.Random) -> Style:
        """A random but plausible style."""
        # Embedding costs size and time; most generated files reference the font.
        font = EMBEDDED if rng.random() < 0.2 else rng.choice(CJK_FONTS)
        return cls(
            font=font,
            title_font=rng.choice([*CJK_FONTS, font]),
            size=rng.choice([10.5, 11.0, 12.0]),
            latin=rng.choice(LATIN_FONTS),
        )


@dataclass
class Mark:
    """Where a key value was drawn: page index and box, for planting and for truth."""

    page: int
    rect: pymupdf.Rect
    text: str
    font: str
    size: float
    latin: str = "helv"


@dataclass
class Pen:
    """Draws on the pages of one document and remembers where key values went."""

    doc: pymupdf.Document
    style: Style
    marks: dict[str, Mark] = field(default_factory=dict)
    page: pymupdf.Page | None = None

    def new_page(self, size: tuple[float, float] = A4) -> pymupdf.Page:
        self.page = self.doc.new_page(width=size[0], height=size[1])
        if self.style.font == EMBEDDED or self.style.title_font == EMBEDDED:
            self.page.insert_font(fontname=EMBEDDED, fontbuffer=_cjk_buffer())
        return self.page

    @property
    def p(self) -> pymupdf.Page:
        assert self.page is not None, "new_page() first"
        return self.page

    @property
    def page_index(self) -> int:
        return self.p.number if self.p.number is not None else 0

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float | None = None,
        font: str | None = None,
        color: tuple[float, float, float] = BLACK,
        key: str | None = None,
    ) -> float:
        """Draw one line with its baseline at y; returns its width. ``key`` records a Mark.

        Runs of Latin letters and digits go in the style's Latin font when the
        CJK font is a non-embedded reference (whose Latin glyphs are full-width).
        """
        size = size or self.style.size
        font = font or self.style.font
        cx = x
        for latin, run in split_runs(s):
            run_font = font
            if latin and font in CJK_FONTS:
                run_font = self.style.latin
            self.p.insert_text((cx, y), run, fontname=run_font, fontsize=size, color=color)
            cx += run_width(run, size, run_font)
        width = cx - x
        if key:
            rect = pymupdf.Rect(x, y - size * 0.9, cx, y + size * 0.25)
            self.marks[key] = Mark(self.page_index, rect, s, font, size, self.style.latin)
        return width

    def width(self, s: str, size: float | None = None, font: str | None = None) -> float:
        """Width of a line as ``text`` would draw it."""
        size = size or self.style.size
        font = font or self.style.font
        total = 0.0
        for latin, run in split_runs(s):
            total += run_width(run, size, self.style.latin if latin and font in CJK_FONTS else font)
        return total

    def center(
        self, y: float, s: str, size: float | None = None, font: str | None = None, key: str | None = None
    ) -> None:
        size = size or self.style.size
        font = font or self.style.title_font
        w = self.width(s, size, font)
        self.text((self.p.rect.width - w) / 2, y, s, size=size, font=font, key=key)

    def labelled(
        self, x: float, y: float, label: str, value: str, key: str | None = None, size: float | None = None
    ) -> float:
        """``label`` then ``value`` on one line; the Mark (if any) covers the value only."""
        w = self.text(x, y, label, size=size)
        return w + self.text(x + w, y, value, size=size, key=key)

    def wrap(
        self, x: float, y: float, width: float, s: str, size: float | None = None, leading: float = 1.6
    ) -> float:
        """Wrapped paragraph starting at baseline y; returns the next free baseline."""
        size = size or self.style.size
        for line in wrap_lines(s, width, size):
            self.text(x, y, line, size=size)
            y += size * leading
        return y

    def line(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6) -> None:
        self.p.draw_line((x0, y0), (x1, y1), color=BLACK, width=width)

    def rect(self, r: tuple[float, float, float, float], width: float = 0.6, color=BLACK, fill=None) -> None:
        self.p.draw_rect(pymupdf.Rect(r), color=color, width=width, fill=fill)

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        row_h: float = 20.0,
        size: float | None = None,
        keys: dict[tuple[int, int], str] | None = None,
        align_right: set[int] | None = None,
    ) -> float:
        """A ruled table; returns the y below it. ``keys`` maps (row, col) to a Mark name."""
        size = size or self.style.size - 1
        keys = keys or {}
        align_right = align_right or set()
        total = sum(widths)
        for r, row in enumerate(rows):
            top = y + r * row_h
            self.line(x, top, x + total, top)
            cx = x
            for c, cell in enumerate(row):
                w = widths[c]
                tw = self.width(cell, size)
                tx = cx + w - tw - 4 if c in align_right else cx + 4
                self.text(tx, top + row_h * 0.68, cell, size=size, key=keys.get((r, c)))
                cx += w
        bottom = y + len(rows) * row_h
        self.line(x, bottom, x + total, bottom)
        cx = x
        for w in [0.0, *widths]:
            cx += w
            self.line(cx, y, cx, bottom)
        return bottom

    def seal(
        self,
        cx: float,
        cy: float,
        text: str,
        center: str = "",
        radius: float = 62.0,
        rng: random.Random | None = None,
    ) -> None:
        """A red round seal (company name on the ring, a star in the middle), as an image."""
        variant = rng.randrange(4) if rng else 0
        png = seal_png(text, center, variant)
        r = pymupdf.Rect(cx - radius, cy - radius, cx + radius, cy + radius)
        self.p.insert_image(r, stream=png, overlay=True)

    def watermark(self, text: str, color: tuple[float, float, float] = (0.55, 0.62, 0.78)) -> None:
        """A diagonal pale line across the page (此复印件仅供年检使用), as uploads often carry."""
        r = self.p.rect
        n = max(len(text), 1)
        # Fit the line's 30-degree run inside the page: its width spans 3/4 of the page,
        # its rise at most 3/5 of the height.
        length = min(0.75 * r.width / math.cos(math.radians(30)), 0.6 * r.height / math.sin(math.radians(30)))
        size = length / n
        start = pymupdf.Point(r.width * 0.12, r.height * 0.5 + length * 0.25)
        self.p.insert_text(
            start, text, fontname=CJK_FONTS[0], fontsize=size, color=color,
            morph=(start, pymupdf.Matrix(30)), fill_opacity=0.45,
        )  # fmt: skip

    def qr(self, x: float, y: float, side: float, payload: str) -> None:
        """A QR code image whose content is ``payload``."""
        self.p.insert_image(pymupdf.Rect(x, y, x + side, y + side), stream=qr_png(payload))


def split_runs(s: str) -> list[tuple[bool, str]]:
    """Split a line into runs of (is_latin, text); Latin means printable ASCII."""
    runs: list[tuple[bool, str]] = []
    for ch in s:
        latin = " " <= ch <= "~"
        if runs and runs[-1][0] == latin:
            runs[-1] = (latin, runs[-1][1] + ch)
        else:
            runs.append((latin, ch))
    return runs


def run_width(run: str, size: float, font: str) -> float:
    """Width of a run in a given font (base-14 metrics, or the CJK font's own)."""
    if font in ("helv", "tiro", "cour", "hebo", "tibo"):
        return pymupdf.get_text_length(run, fontname=font, fontsize=size)
    if font == EMBEDDED:
        return _cjk_font().text_length(run, fontsize=size)
    return size * len(run)


@lru_cache(maxsize=1)
def _cjk_font() -> pymupdf.Font:
    return pymupdf.Font("cjk")


def text_width(s: str, size: float) -> float:
    """Approximate width of a line: CJK characters are one em, others about half."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.55 for ch in s)


_NO_LINE_START = "，。；、）”：！？》〉"


def wrap_lines(s: str, width: float, size: float) -> list[str]:
    """Split text into lines no wider than ``width`` (character wrapping, as CJK text wraps)."""
    lines, cur = [], ""
    for ch in s:
        # Closing punctuation never starts a line (kinsoku): it may overhang instead.
        if text_width(cur + ch, size) > width and ch not in _NO_LINE_START:
            lines.append(cur)
            cur = ""
        cur += ch
    if cur:
        lines.append(cur)
    return lines


@lru_cache(maxsize=1)
def _cjk_buffer() -> bytes:
    return bytes(pymupdf.Font("cjk").buffer)


@lru_cache(maxsize=8)
def _pil_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(_cjk_buffer()), px)


@lru_cache(maxsize=64)
def seal_png(text: str, center: str = "", variant: int = 0) -> bytes:
    """PNG (with alpha) of a round red seal: ring, name around the top, star, optional bottom label."""
    size = 400
    ink = (210 + 10 * (variant % 2), 20 + 8 * variant, 30, 230)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    d.ellipse((8, 8, size - 8, size - 8), outline=ink, width=14)
    # Star in the middle: five outer and five inner points.
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = 62 if i % 2 == 0 else 25
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=ink)
    n = len(text)
    span = min(250.0, 20.0 * n + 40)
    font = _pil_font(44 if n <= 14 else 36)
    for i, ch in enumerate(text):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        rad = math.radians(ang)
        glyph = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((30, 30), ch, font=font, fill=ink, anchor="mm")
        glyph = glyph.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        gx = c + 145 * math.cos(rad) - 30
        gy = c + 145 * math.sin(rad) - 30
        img.alpha_composite(glyph, (int(gx), int(gy)))
    if center:
        d.text((c, c + 105), center, font=_pil_font(34), fill=ink, anchor="mm")
    # Uneven ink: fade random speckles so the seal is not a perfect vector shape.
    arr = np.asarray(img).copy()
    rs = np.random.default_rng(variant + len(text))
    fade = rs.random(arr.shape[:2]) < 0.06
    arr[fade, 3] = (arr[fade, 3] * 0.35).astype(np.uint8)
    # A small palette image keeps every seal a few kilobytes.
    small = Image.fromarray(arr).resize((260, 260), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.quantize(colors=6, method=Image.Quantize.FASTOCTREE).save(out, format="PNG", optimize=True)
    return out.getvalue()


@lru_cache(maxsize=64)
def qr_png(payload: str) -> bytes:
    """PNG of a QR code with the given content (zxing-cpp)."""
    img = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode).to_image(
        scale=4, add_quiet_zones=True
    )
    out = io.BytesIO()
    Image.fromarray(np.asarray(img)).save(out, format="PNG")
    return out.getvalue()
