"""One drawing surface, two back ends: a born-digital PDF page and a raster sheet for scanning.

Templates draw in PDF points from the top left of the sheet; both painters record every text run
with its box (``runs``) so a searchable-scan text layer can be written from the same drawing, and
templates name the places that matter (``marks``), for overlays and pasted patches.
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
A4_LANDSCAPE = (842.0, 595.0)
INK = (0.08, 0.08, 0.1)
RED = (200, 30, 35)


@lru_cache(maxsize=1)
def font_bytes() -> bytes:
    """The CJK font MuPDF ships (Droid Sans Fallback), embedded in every born-digital PDF."""
    return pymupdf.Font("cjk").buffer


@lru_cache(maxsize=1)
def mu_font() -> pymupdf.Font:
    return pymupdf.Font(fontbuffer=font_bytes())


@lru_cache(maxsize=64)
def pil_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(font_bytes()), max(px, 4))


def text_width(s: str, size: float) -> float:
    return mu_font().text_length(s, fontsize=size)


@dataclass
class Run:
    x: float
    y: float
    text: str
    size: float

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x, self.y, self.x + text_width(self.text, self.size), self.y + self.size * 1.1)


@dataclass
class Painter:
    """Common drawing helpers; subclasses implement the primitives."""

    size: tuple[float, float] = A4
    runs: list[Run] = field(default_factory=list)
    marks: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)

    # primitives -------------------------------------------------------
    def _text(self, x: float, y: float, s: str, size: float, color: tuple[float, float, float]) -> None:
        raise NotImplementedError

    def line(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.7) -> None:
        raise NotImplementedError

    def fill(self, x0: float, y0: float, x1: float, y1: float, color: tuple[float, float, float]) -> None:
        raise NotImplementedError

    def image(self, rect: tuple[float, float, float, float], img: Image.Image) -> None:
        raise NotImplementedError

    # helpers ----------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        align: str = "l",
        color: tuple[float, float, float] = INK,
        mark: str | None = None,
    ) -> tuple[float, float, float, float]:
        w = text_width(s, size)
        if align == "c":
            x -= w / 2
        elif align == "r":
            x -= w
        self._text(x, y, s, size, color)
        run = Run(x, y, s, size)
        self.runs.append(run)
        if mark:
            self.marks[mark] = run.bbox
        return run.bbox

    def wrap(self, x: float, y: float, s: str, width: float, size: float = 10.5, lead: float = 1.6) -> float:
        """Write ``s`` wrapped to ``width``; returns the y below the last line."""
        line = ""
        for ch in s:
            if text_width(line + ch, size) > width and line:
                self.text(x, y, line, size)
                y += size * lead
                line = ""
            line += ch
        if line:
            self.text(x, y, line, size)
            y += size * lead
        return y

    def rect(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.7) -> None:
        self.line(x0, y0, x1, y0, width)
        self.line(x1, y0, x1, y1, width)
        self.line(x1, y1, x0, y1, width)
        self.line(x0, y1, x0, y0, width)

    def grid(self, x: float, y: float, widths: list[float], heights: list[float], width: float = 0.7) -> None:
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        ys = [y]
        for h in heights:
            ys.append(ys[-1] + h)
        for yy in ys:
            self.line(xs[0], yy, xs[-1], yy, width)
        for xx in xs:
            self.line(xx, ys[0], xx, ys[-1], width)


class PdfPainter(Painter):
    """Draws onto a new page of a PyMuPDF document, with the CJK font embedded.

    Text goes through one TextWriter per colour (far faster than ``insert_text``); ``finish``
    writes it out, and must be called again after anything drawn later should cover it."""

    def __init__(self, doc: pymupdf.Document, size: tuple[float, float] = A4):
        super().__init__(size=size)
        self.page = doc.new_page(width=size[0], height=size[1])
        self.writers: dict[tuple[float, float, float], pymupdf.TextWriter] = {}

    def _text(self, x, y, s, size, color):
        tw = self.writers.get(color)
        if tw is None:
            tw = self.writers[color] = pymupdf.TextWriter(self.page.rect)
        tw.append((x, y + size * 0.88), s, font=mu_font(), fontsize=size)

    def finish(self) -> None:
        for color, tw in self.writers.items():
            tw.write_text(self.page, color=color)
        self.writers = {}

    def line(self, x0, y0, x1, y1, width=0.7):
        self.page.draw_line((x0, y0), (x1, y1), color=INK, width=width)

    def fill(self, x0, y0, x1, y1, color):
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=None, fill=color, width=0)

    def image(self, rect, img):
        buf = io.BytesIO()
        img.save(buf, "PNG")
        self.page.insert_image(pymupdf.Rect(*rect), stream=buf.getvalue(), keep_proportion=False)


class ImagePainter(Painter):
    """Draws onto a white raster sheet at ``dpi``; images (seals, ink) are multiplied in."""

    def __init__(self, size: tuple[float, float] = A4, dpi: int = 200):
        super().__init__(size=size)
        self.k = dpi / 72.0
        self.img = Image.new("RGB", (round(size[0] * self.k), round(size[1] * self.k)), "white")
        self.draw = ImageDraw.Draw(self.img)

    def _text(self, x, y, s, size, color):
        c = tuple(int(v * 255) for v in color)
        self.draw.text(
            (x * self.k, (y + size * 0.88) * self.k),
            s,
            font=pil_font(round(size * self.k)),
            fill=c,
            anchor="ls",
        )

    def line(self, x0, y0, x1, y1, width=0.7):
        self.draw.line(
            [(x0 * self.k, y0 * self.k), (x1 * self.k, y1 * self.k)],
            fill=(25, 25, 30),
            width=max(1, round(width * self.k)),
        )

    def fill(self, x0, y0, x1, y1, color):
        c = tuple(int(v * 255) for v in color)
        self.draw.rectangle([x0 * self.k, y0 * self.k, x1 * self.k, y1 * self.k], fill=c)

    def image(self, rect, img):
        x0, y0, x1, y1 = (round(v * self.k) for v in rect)
        ink = img.convert("RGBA").resize((max(1, x1 - x0), max(1, y1 - y0)), Image.Resampling.LANCZOS)
        multiply(self.img, ink, (x0, y0))


def multiply(base: Image.Image, ink: Image.Image, at: tuple[int, int]) -> None:
    """Lay translucent ink over paper the way ink does: darken, never lighten."""
    x0, y0 = at
    w, h = ink.size
    bx0, by0 = max(0, x0), max(0, y0)
    bx1, by1 = min(base.width, x0 + w), min(base.height, y0 + h)
    if bx1 <= bx0 or by1 <= by0:
        return
    region = np.asarray(base.crop((bx0, by0, bx1, by1)), dtype=np.float32)
    ik = np.asarray(ink, dtype=np.float32)[by0 - y0 : by1 - y0, bx0 - x0 : bx1 - x0]
    a = ik[..., 3:4] / 255.0
    out = region * (1 - a) + region * (ik[..., :3] / 255.0) * a
    base.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), (bx0, by0))


# ink: seals, signatures, handwriting ---------------------------------------------------------


def seal(
    name: str, rng: random.Random, caption: str = "", px: int = 420, color: tuple[int, int, int] = RED
) -> Image.Image:
    """A round red company seal: name on the upper arc, a star, an optional caption, uneven ink."""
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = px / 2
    ring = px * 0.035
    d.ellipse([ring / 2, ring / 2, px - ring / 2, px - ring / 2], outline=(*color, 255), width=round(ring))
    # star
    r_out, r_in = px * 0.13, px * 0.05
    pts = []
    for i in range(10):
        r = r_out if i % 2 == 0 else r_in
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=(*color, 255))
    # name on the arc
    n = len(name)
    span = min(250.0, 14.5 * n + 40) if n > 3 else 120.0
    ch_px = round(min(px * 0.13, px * 2.6 / max(n, 6)))
    font = pil_font(ch_px)
    radius = c - ring - ch_px * 0.75
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        t = math.radians(ang)
        tile = Image.new("RGBA", (ch_px * 2, ch_px * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((ch_px, ch_px), ch, font=font, fill=(*color, 255), anchor="mm")
        tile = tile.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        img.alpha_composite(
            tile, (round(c + radius * math.cos(t) - ch_px), round(c + radius * math.sin(t) - ch_px))
        )
    if caption:
        f2 = pil_font(round(px * 0.085))
        d.text((c, c + px * 0.25), caption, font=f2, fill=(*color, 255), anchor="mm")
    digits = "".join(rng.choice("0123456789") for _ in range(13))
    d.text((c, c + px * 0.38), digits, font=pil_font(round(px * 0.04)), fill=(*color, 255), anchor="mm")
    # uneven ink: fade a random blotch pattern
    arr = np.asarray(img).copy()
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    noise = nrng.random((px // 12 + 1, px // 12 + 1))
    noise = (
        np.asarray(
            Image.fromarray((noise * 255).astype(np.uint8)).resize((px, px), Image.Resampling.BILINEAR),
            dtype=np.float32,
        )
        / 255
    )
    speck = nrng.random((px, px)) > 0.08
    arr[..., 3] = (arr[..., 3] * (0.55 + 0.45 * noise) * speck).astype(np.uint8)
    return Image.fromarray(arr).rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)


def handwriting(
    text: str, rng: random.Random, px: int = 60, color: tuple[int, int, int] = (25, 35, 110)
) -> Image.Image:
    """Text as if written with a ball pen: each character tilted, shifted and sized a little apart."""
    w = round(px * (len(text) * 0.95 + 1))
    img = Image.new("RGBA", (w, round(px * 1.8)), (0, 0, 0, 0))
    x = px * 0.3
    for ch in text:
        cp = round(px * rng.uniform(0.85, 1.1))
        tile = Image.new("RGBA", (cp * 2, cp * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text(
            (cp, cp),
            ch,
            font=pil_font(cp),
            fill=(*color, 235),
            anchor="mm",
            stroke_width=max(1, cp // 30),
            stroke_fill=(*color, 235),
        )
        tile = tile.transform(
            tile.size,
            Image.Transform.AFFINE,
            (1, rng.uniform(0.15, 0.35), -cp * 0.25, 0, 1, 0),
            resample=Image.Resampling.BICUBIC,
        )
        tile = tile.rotate(rng.uniform(-8, 8), resample=Image.Resampling.BICUBIC)
        img.alpha_composite(
            tile, (round(x - cp * 0.5), round(px * 0.9 - cp + rng.uniform(-px * 0.08, px * 0.08)))
        )
        adv = 0.62 if ch.isascii() else 0.92
        x += cp * adv * rng.uniform(0.9, 1.05)
    return img.crop((0, 0, min(w, round(x + px * 0.3)), img.height))


def signature(name: str, rng: random.Random, px: int = 50) -> Image.Image:
    """A quick signature: the name written fast and joined by a flourish."""
    img = handwriting(name, rng, px=px, color=(15, 15, 25))
    d = ImageDraw.Draw(img)
    w, h = img.size
    pts = [(w * 0.05, h * 0.75)]
    for i in range(1, 7):
        pts.append((w * (0.05 + 0.15 * i), h * rng.uniform(0.55, 0.9)))
    d.line(pts, fill=(15, 15, 25, 220), width=max(2, px // 22), joint="curve")
    return img


def qr_image(payload: str, scale: int = 6) -> Image.Image:
    import zxingcpp

    bc = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
    arr = np.asarray(bc.to_image(scale=scale))
    rgb = Image.fromarray(arr).convert("RGBA")
    a = np.asarray(rgb).copy()
    a[..., 3] = np.where(a[..., 0] < 128, 255, 0)
    return Image.fromarray(a)
