"""Drawing pages: A4 sheets with CJK text, ruled tables, red seals, tick boxes and QR codes (PyMuPDF, Pillow)."""

from __future__ import annotations

import io
import math
import random
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFont

A4 = (595.0, 842.0)
FONT = "F0"
RED = (0.82, 0.08, 0.1)
BLUE = (0.1, 0.15, 0.55)


@lru_cache(maxsize=1)
def cjk_buffer() -> bytes:
    """The CJK font PyMuPDF carries (Droid Sans Fallback); no CJK font is assumed on disk."""
    return bytes(pymupdf.Font("cjk").buffer)


@lru_cache(maxsize=1)
def _font() -> pymupdf.Font:
    return pymupdf.Font(fontbuffer=cjk_buffer())


def text_length(s: str, size: float) -> float:
    return float(_font().text_length(s, fontsize=size))


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(cjk_buffer()), size)


class Sheet:
    """One page being written top to bottom, with a little layout jitter per seed."""

    def __init__(
        self,
        doc: pymupdf.Document,
        rng: random.Random,
        size: tuple[float, float] = A4,
        margin: float | None = None,
    ) -> None:
        self.page = doc.new_page(width=size[0], height=size[1])
        self.page.insert_font(fontname=FONT, fontbuffer=cjk_buffer())
        self.rng = rng
        self.w, self.h = size
        self.left = margin if margin is not None else 62 + rng.uniform(-8, 10)
        self.right = self.w - self.left + rng.uniform(-6, 6)
        self.y = 70 + rng.uniform(-10, 14)
        self.size = rng.choice((10.5, 11.0, 11.5))
        self.lead = rng.uniform(1.55, 1.85)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float | None = None,
        color: tuple[float, float, float] = (0, 0, 0),
    ) -> None:
        self.page.insert_text((x, y), s, fontname=FONT, fontsize=size or self.size, color=color)

    def width(self, s: str, size: float | None = None) -> float:
        return text_length(s, size or self.size)

    def title(self, s: str, size: float = 18, gap: float = 18) -> None:
        self.y += size
        self.text((self.w - self.width(s, size)) / 2, self.y, s, size)
        self.y += gap

    def center(self, s: str, size: float | None = None) -> None:
        sz = size or self.size
        self.y += sz * self.lead
        self.text((self.w - self.width(s, sz)) / 2, self.y, s, sz)

    def right_text(self, s: str, size: float | None = None) -> None:
        sz = size or self.size
        self.y += sz * self.lead
        self.text(self.right - self.width(s, sz), self.y, s, sz)

    def line(self, s: str, indent: float = 0, size: float | None = None) -> None:
        """A paragraph, wrapped to the text width."""
        sz = size or self.size
        avail = self.right - self.left - indent
        cur = ""
        for ch in s:
            if self.width(cur + ch, sz) > avail:
                self.y += sz * self.lead
                self.text(self.left + indent, self.y, cur, sz)
                cur = ""
                indent = 0
                avail = self.right - self.left
            cur += ch
        self.y += sz * self.lead
        self.text(self.left + indent, self.y, cur, sz)

    def para(self, s: str) -> None:
        self.line(s, indent=2 * self.size)

    def gap(self, h: float = 8) -> None:
        self.y += h

    def table(
        self,
        rows: Sequence[Sequence[str | tuple[str, int]]],
        widths: Sequence[float],
        size: float | None = None,
        row_h: float | None = None,
    ) -> None:
        """A ruled table; widths are fractions of the text width; a cell ("text", n) spans n columns."""
        sz = size or self.size - 1
        rh = row_h or sz * 2.1
        total = self.right - self.left
        xs = [self.left]
        for f in widths:
            xs.append(xs[-1] + f * total)
        top = self.y + 4
        shape = self.page.new_shape()
        for r, row in enumerate(rows):
            y0 = top + r * rh
            c = 0
            for cell in row:
                text, span = (cell, 1) if isinstance(cell, str) else cell
                x0, x1 = xs[c], xs[min(c + span, len(xs) - 1)]
                c += span
                shape.draw_rect(pymupdf.Rect(x0, y0, x1, y0 + rh))
                lines = _wrap(text, x1 - x0 - 6, sz)
                ty = y0 + (rh - len(lines) * sz * 1.15) / 2 + sz * 0.95
                numeric = bool(text) and all(ch in "0123456789,.-()（）" for ch in text)
                for ln in lines:
                    tx = x1 - 3 - self.width(ln, sz) if numeric else x0 + 3
                    self.text(tx, ty, ln, sz)
                    ty += sz * 1.15
        shape.finish(color=(0, 0, 0), width=0.6)
        shape.commit()
        self.y = top + len(rows) * rh + 6

    def tick(self, x: float, y: float, checked: bool, label: str) -> float:
        """A tick box with its label at baseline y; returns the x after it."""
        bw = self.size * 0.9
        self.page.draw_rect(pymupdf.Rect(x, y - bw, x + bw, y), color=(0, 0, 0), width=0.7)
        if checked:
            self.page.draw_polyline(
                [(x + bw * 0.15, y - bw * 0.5), (x + bw * 0.42, y - 1.5), (x + bw * 1.05, y - bw * 1.15)],
                color=(0.05, 0.05, 0.2),
                width=1.5,
            )
        self.text(x + self.size + 2, y, label)
        return x + self.size + 6 + self.width(label)

    def seal(
        self,
        cx: float,
        cy: float,
        name: str,
        rng: random.Random,
        radius: float = 58,
        kind: str = "合同专用章",
    ) -> None:
        """A red round seal picture centred at (cx, cy) in points."""
        png = seal_png(name, kind, rng.random() * 1000)
        ang = rng.uniform(-18, 18)
        r = radius
        self.page.insert_image(
            pymupdf.Rect(cx - r, cy - r, cx + r, cy + r), stream=png, rotate=0, overlay=True
        )
        del ang

    def signature(self, x: float, y: float, who: str) -> None:
        """A hand signature in blue, slanted."""
        self.page.insert_text(
            (x, y),
            who,
            fontname=FONT,
            fontsize=self.size * 1.3,
            color=BLUE,
            morph=(pymupdf.Point(x, y), pymupdf.Matrix(1, 0, -0.25, 1, 0, 0)),
        )

    def qr(self, x: float, y: float, payload: str, side: float = 62) -> None:
        import zxingcpp

        img = np.array(
            zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode).to_image(
                scale=4, add_quiet_zones=True
            )
        )
        buf = io.BytesIO()
        Image.fromarray(img).save(buf, "PNG")
        self.page.insert_image(pymupdf.Rect(x, y, x + side, y + side), stream=buf.getvalue())

    def box(
        self,
        rect: tuple[float, float, float, float],
        color: tuple[float, float, float] = (0, 0, 0),
        width: float = 0.8,
    ) -> None:
        self.page.draw_rect(pymupdf.Rect(*rect), color=color, width=width)

    def hline(self, y: float, color: tuple[float, float, float] = (0, 0, 0), width: float = 0.8) -> None:
        self.page.draw_line((self.left, y), (self.right, y), color=color, width=width)

    def footer(self, s: str) -> None:
        self.text((self.w - self.width(s, 9)) / 2, self.h - 34, s, 9)


def _wrap(s: str, width: float, size: float) -> list[str]:
    out, cur = [], ""
    for ch in s:
        if ch == "\n":
            out.append(cur)
            cur = ""
            continue
        if text_length(cur + ch, size) > width and cur:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return out


@lru_cache(maxsize=64)
def seal_png(name: str, kind: str, salt: float) -> bytes:
    """A round red seal: ring, the organisation's name along the arc, a star, the seal's kind below."""
    rng = random.Random(salt)
    size = 420
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (rng.randint(200, 230), rng.randint(20, 50), rng.randint(25, 55), 215)
    c = size / 2
    d.ellipse((10, 10, size - 10, size - 10), outline=red, width=12)
    n = len(name)
    fsize = max(26, min(48, int(900 / max(n, 1))))
    font = pil_font(fsize)
    span = min(250.0, 14.0 * n + 60)
    for i, ch in enumerate(name):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        rr = c - 30 - fsize / 2
        x, y = c + rr * math.cos(a), c + rr * math.sin(a)
        glyph = Image.new("RGBA", (fsize + 8, fsize + 8), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((4, 0), ch, font=font, fill=red)
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        img.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    pts = []
    for k in range(10):
        rad = 58 if k % 2 == 0 else 23
        a = math.radians(-90 + 36 * k)
        pts.append((c + rad * math.cos(a), c + rad * math.sin(a)))
    d.polygon(pts, fill=red)
    kf = pil_font(34)
    tw = d.textlength(kind, font=kf)
    d.text((c - tw / 2, c + 70), kind, font=kf, fill=red)
    arr = np.array(img)
    # ink is uneven on a real seal: thin it in patches
    noise = np.random.default_rng(int(salt)).random(arr.shape[:2])
    arr[..., 3] = (arr[..., 3] * np.clip(0.55 + noise * 0.6, 0, 1)).astype(np.uint8)
    img = Image.fromarray(arr).rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def stamp_box_png(lines: Sequence[str], color: tuple[int, int, int] = (200, 30, 40)) -> bytes:
    """A rectangular ink stamp (年报 stamp, 复印件 note)."""
    font = pil_font(40)
    w = int(max(font.getlength(s) for s in lines) + 40)
    h = 56 * len(lines) + 24
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rectangle((3, 3, w - 4, h - 4), outline=(*color, 220), width=6)
    for i, s in enumerate(lines):
        d.text((20, 14 + 56 * i), s, font=font, fill=(*color, 220))
    img = img.rotate(
        random.Random(len(lines[0])).uniform(-8, 8), expand=True, resample=Image.Resampling.BICUBIC
    )
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()
