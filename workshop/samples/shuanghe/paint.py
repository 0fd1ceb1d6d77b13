"""Drawing: text pages with PyMuPDF's CJK face, and seals, signatures, QR codes as Pillow images."""

from __future__ import annotations

import io
import math
import random
from collections.abc import Sequence
from functools import lru_cache

import cv2
import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "china-s"
A4 = (595.0, 842.0)
BLACK = (0.0, 0.0, 0.0)
SEAL_RED = (228, 0, 24)
INK_RED = (206, 38, 42)


@lru_cache(maxsize=1)
def _font() -> pymupdf.Font:
    return pymupdf.Font(FONT)


@lru_cache(maxsize=64)
def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(_font().buffer), size)


LATIN = "helv"
"""ASCII runs are set in Helvetica (as Word sets Latin text in a Latin face), CJK in the CJK face."""


def runs(text: str) -> list[tuple[str, bool]]:
    """Split text into (run, is_ascii) pieces."""
    out: list[tuple[str, bool]] = []
    for ch in text:
        asc = ch.isascii()
        if out and out[-1][1] == asc:
            out[-1] = (out[-1][0] + ch, asc)
        else:
            out.append((ch, asc))
    return out


@lru_cache(maxsize=8192)
def _advance(ch: str) -> float:
    """Advance of one character at size 1."""
    if ch.isascii():
        return float(pymupdf.get_text_length(ch, fontname=LATIN, fontsize=1))
    return 1.0  # the CJK face is set as a CID font whose every glyph advances one em (quotes included)


def width(text: str, size: float) -> float:
    return sum(_advance(ch) for ch in text) * size


def wrap(text: str, size: float, max_w: float, indent: int = 0) -> list[str]:
    """Break text into lines no wider than max_w (character by character, keeping ASCII runs whole)."""
    lines: list[str] = []
    line = "　" * indent
    line_w = width(line, size)
    tokens: list[str] = []
    run = ""
    for ch in text:
        if ch.isascii() and not ch.isspace():
            run += ch
            continue
        if run:
            tokens.append(run)
            run = ""
        tokens.append(ch)
    if run:
        tokens.append(run)
    for tok in tokens:
        if tok == "\n":
            lines.append(line)
            line, line_w = "", 0.0
            continue
        tw = width(tok, size)
        if line_w + tw > max_w and line:
            if tok in "，。、；：）」”》":  # no punctuation at a line start
                lines.append(line + tok)
                line, line_w = "", 0.0
                continue
            lines.append(line)
            line, line_w = ("", 0.0) if tok.isspace() else (tok, tw)
        else:
            line += tok
            line_w += tw
    if line:
        lines.append(line)
    return lines


_PENDING: dict[int, Sheet] = {}
"""Per document, the page still being drawn (its vector shape not yet committed)."""


def flush(doc: pymupdf.Document) -> None:
    """Commit the last page drawn on doc (call before reading or rendering the document)."""
    sheet = _PENDING.pop(id(doc), None)
    if sheet is not None:
        sheet.commit()


class Sheet:
    """One PDF page with coordinates in points from the top left.

    Text and rules go into one shape committed at once (fast); images (seals, signatures, QR codes) are placed
    after it, so that seals lie on top of the text as ink does."""

    def __init__(self, doc: pymupdf.Document, w: float = A4[0], h: float = A4[1]) -> None:
        flush(doc)
        self.page = doc.new_page(width=w, height=h)
        self.shape = self.page.new_shape()
        self.images: list[tuple[pymupdf.Rect, bytes]] = []
        self.w = w
        self.h = h
        _PENDING[id(doc)] = self

    def commit(self) -> None:
        self.shape.commit()
        for rect, data in self.images:
            self.page.insert_image(rect, stream=data, keep_proportion=True, overlay=True)
        self.images = []

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        color: tuple[float, float, float] = BLACK,
        bold: bool = False,
        align: str = "left",
        box_w: float = 0.0,
    ) -> float:
        """Write one line whose top is y; returns the line's right edge."""
        tw = width(s, size)
        if align == "center":
            x = x + (box_w - tw) / 2 if box_w else x - tw / 2
        elif align == "right":
            x = x + box_w - tw if box_w else x - tw
        cx = x
        for run, asc in runs(s):
            self.shape.insert_text(
                (cx, y + size * 0.88),
                run,
                fontname=LATIN if asc else FONT,
                fontsize=size,
                color=color,
                render_mode=2 if bold else 0,
                border_width=0.03 if bold else 0.05,
            )
            cx += width(run, size)
        return x + tw

    def para(
        self,
        x: float,
        y: float,
        w: float,
        s: str,
        size: float = 10.5,
        leading: float = 1.7,
        indent: int = 2,
        color: tuple[float, float, float] = BLACK,
    ) -> float:
        """Write a wrapped paragraph; returns the y below it."""
        for line in wrap(s, size, w, indent):
            self.text(x, y, line, size, color)
            y += size * leading
        return y

    def line(self, x0: float, y0: float, x1: float, y1: float, lw: float = 0.6, color=BLACK) -> None:
        self.shape.draw_line((x0, y0), (x1, y1))
        self.shape.finish(color=color, width=lw)

    def rect(
        self, x0: float, y0: float, x1: float, y1: float, lw: float = 0.6, color=BLACK, fill=None
    ) -> None:
        self.shape.draw_rect(pymupdf.Rect(x0, y0, x1, y1))
        self.shape.finish(color=color, width=lw, fill=fill)

    def circle(self, cx: float, cy: float, r: float, lw: float = 0.6, color=BLACK) -> None:
        self.shape.draw_circle((cx, cy), r)
        self.shape.finish(color=color, width=lw)

    def image(self, x0: float, y0: float, x1: float, y1: float, png: bytes) -> None:
        self.images.append((pymupdf.Rect(x0, y0, x1, y1), png))

    def table(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        rows: list[list[str]],
        size: float = 10.0,
        min_h: float = 22.0,
        header: int = 0,
        aligns: list[str] | None = None,
        lw: float = 0.6,
        color=BLACK,
        shade: tuple[float, float, float] | None = None,
    ) -> float:
        """A ruled table; cells wrap; returns the bottom y."""
        aligns = aligns or ["left"] * len(widths)
        for r, row in enumerate(rows):
            wrapped = [
                wrap(cell, size, wd - 8) if cell else [""] for cell, wd in zip(row, widths, strict=True)
            ]
            h = max(min_h, max(len(c) for c in wrapped) * size * 1.35 + 8)
            cx = x
            for c, (lines, wd) in enumerate(zip(wrapped, widths, strict=True)):
                if r < header and shade:
                    self.rect(cx, y, cx + wd, y + h, lw, color, fill=shade)
                else:
                    self.rect(cx, y, cx + wd, y + h, lw, color)
                ty = y + (h - len(lines) * size * 1.35) / 2 + size * 0.15
                align = "center" if r < header else aligns[c]
                for ln in lines:
                    self.text(cx + 4, ty, ln, size, BLACK, bold=r < header, align=align, box_w=wd - 8)
                    ty += size * 1.35
                cx += wd
            y += h
        return y


def to_png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=1)
    return buf.getvalue()


def _ink(img: Image.Image, rng: random.Random, strength: float) -> Image.Image:
    """Uneven stamp ink: thin out the alpha channel in blotches."""
    if strength <= 0:
        return img
    a = np.asarray(img.split()[3]).astype(np.float32)
    noise = np.asarray(
        Image.fromarray(
            np.uint8(np.random.default_rng(rng.randrange(1 << 30)).integers(0, 255, (24, 24)))
        ).resize(img.size, Image.Resampling.BICUBIC),
        dtype=np.float32,
    )
    speck = np.random.default_rng(rng.randrange(1 << 30)).random(a.shape) < strength * 0.25
    factor = np.clip(0.55 + noise / 255.0 * 0.6, 0.0, 1.0)
    factor[speck] *= 0.3
    a = a * (1 - strength + strength * factor)
    out = img.copy()
    out.putalpha(Image.fromarray(np.uint8(np.clip(a, 0, 255))))
    return out


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, fill) -> None:
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.382
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    draw.polygon(pts, fill=fill)


def round_seal(
    name: str,
    rng: random.Random,
    label: str = "",
    code: str = "",
    px: int = 320,
    electronic: bool = False,
    color: tuple[int, int, int] = SEAL_RED,
) -> Image.Image:
    """A round company seal: name on the upper arc, a star, a label (合同专用章) and an optional code on the lower arc.

    An electronic seal is the crisp image; a paper one is turned and inked unevenly."""
    img = _round_seal(name, label, code, px, color)
    if not electronic:
        img = img.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
        img = _ink(img, rng, rng.uniform(0.25, 0.5))
    return img


@lru_cache(maxsize=128)
def _round_seal(name: str, label: str, code: str, px: int, color: tuple[int, int, int]) -> Image.Image:
    scale = 2
    size = px * scale
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    c = size / 2
    ring = size * 0.035
    rgba = (*color, 255)
    draw.ellipse((ring / 2, ring / 2, size - ring / 2, size - ring / 2), outline=rgba, width=int(ring))
    _star(draw, c, c, size * 0.16, rgba)
    n = len(name)
    char_px = int(size * (0.15 if n <= 12 else 0.13 if n <= 16 else 0.11))
    font = pil_font(char_px)
    radius = c - ring - char_px * 0.62
    sweep = min(250.0, 18.0 * n + 40)
    for i, ch in enumerate(name):
        ang = -90 - sweep / 2 + sweep * (i + 0.5) / n
        rad = math.radians(ang)
        tile = Image.new("RGBA", (char_px * 2, char_px * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((char_px, char_px), ch, font=font, fill=rgba, anchor="mm")
        tile = tile.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        x = c + radius * math.cos(rad) - char_px
        y = c + radius * math.sin(rad) - char_px
        img.alpha_composite(tile, (int(x), int(y)))
    if label:
        lf = pil_font(int(size * 0.085))
        draw.text((c, c + size * 0.27), label, font=lf, fill=rgba, anchor="mm")
    if code:
        cf = pil_font(int(size * 0.05))
        m = len(code)
        for i, ch in enumerate(code):
            ang = 90 + 40 - 80 * (i + 0.5) / m
            rad = math.radians(ang)
            tile = Image.new("RGBA", (int(size * 0.1), int(size * 0.1)), (0, 0, 0, 0))
            ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=cf, fill=rgba, anchor="mm")
            tile = tile.rotate(-(ang - 90), resample=Image.Resampling.BICUBIC)
            r2 = c - ring - size * 0.045
            img.alpha_composite(
                tile,
                (int(c + r2 * math.cos(rad) - tile.width / 2), int(c + r2 * math.sin(rad) - tile.height / 2)),
            )
    return img.resize((px, px), Image.Resampling.LANCZOS)


def square_seal(lines: list[str], rng: random.Random, px: int = 170) -> Image.Image:
    """A CPA's rectangular seal: 中国注册会计师 / name / number."""
    w, h = px * 3, int(px * 1.9)
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    rgba = (*SEAL_RED, 255)
    d.rectangle((6, 6, w - 6, h - 6), outline=rgba, width=10)
    f = pil_font(int(h / (len(lines) + 1.9)))
    for i, ln in enumerate(lines):
        d.text((w / 2, h * (i + 0.85) / (len(lines) + 0.7)), ln, font=f, fill=rgba, anchor="mm")
    img = img.resize((px, int(px * 1.9 / 3)), Image.Resampling.LANCZOS).rotate(
        rng.uniform(-6, 6), expand=True
    )
    return _ink(img, rng, 0.3)


def signature(name: str, rng: random.Random, px: int = 90, color=(20, 30, 90)) -> Image.Image:
    """A quick handwritten name: sheared, jittered, joined by thin strokes; a person signs alike every time."""
    return _signature(name, px, tuple(color))


@lru_cache(maxsize=256)
def _signature(name: str, px: int, color: tuple[int, ...]) -> Image.Image:
    rng = random.Random(name)
    name = name.split("·")[0]
    f = pil_font(px)
    w = int(px * (len(name) * 0.95 + 0.8))
    img = Image.new("RGBA", (w, int(px * 1.6)), (0, 0, 0, 0))
    x = px * 0.3
    for ch in name:
        tile = Image.new("RGBA", (px * 2, px * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((px, px), ch, font=f, fill=(*color, 235), anchor="mm")
        tile = tile.rotate(rng.uniform(-14, 8), resample=Image.Resampling.BICUBIC)
        tile = tile.resize((int(px * 2 * rng.uniform(0.85, 1.1)), int(px * 2 * rng.uniform(0.9, 1.15))))
        img.alpha_composite(tile, (int(x - px * 0.55), int(rng.uniform(-px * 0.5, -px * 0.25))))
        x += px * rng.uniform(0.7, 0.9)
    d = ImageDraw.Draw(img)
    y = img.height * rng.uniform(0.55, 0.7)
    d.line(
        (px * 0.2, y, x + px * 0.3, y - px * rng.uniform(0.1, 0.4)),
        fill=(*color, 180),
        width=max(2, px // 18),
    )
    img = img.transform(
        img.size, Image.Transform.AFFINE, (1, 0.35, -px * 0.25, 0, 1, 0), resample=Image.Resampling.BICUBIC
    )
    return img.filter(ImageFilter.GaussianBlur(0.6))


def qr_image(payload: str, module_px: int = 8, border: int = 2) -> Image.Image:
    """A QR code (OpenCV's encoder) as a black-on-white image."""
    code = cv2.QRCodeEncoder.create().encode(payload)
    code = cv2.copyMakeBorder(code, border, border, border, border, cv2.BORDER_CONSTANT, value=255)
    code = cv2.resize(code, None, fx=module_px, fy=module_px, interpolation=cv2.INTER_NEAREST)
    return Image.fromarray(code).convert("RGB")


def emblem(px: int = 200) -> Image.Image:
    """A simplified national emblem (red disc, gold ring and stars) for licence headers."""
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    gold = (214, 170, 60, 255)
    red = (205, 25, 30, 255)
    d.ellipse((2, 2, px - 2, px - 2), fill=gold)
    d.ellipse((px * 0.1, px * 0.1, px * 0.9, px * 0.9), fill=red)
    _star(d, px * 0.4, px * 0.38, px * 0.14, gold)
    for i in range(4):
        ang = math.radians(-60 + i * 30)
        _star(
            d, px * 0.4 + px * 0.26 * math.cos(ang), px * 0.38 + px * 0.26 * math.sin(ang), px * 0.045, gold
        )
    d.rectangle((px * 0.28, px * 0.62, px * 0.72, px * 0.7), fill=gold)
    d.polygon(
        [(px * 0.2, px * 0.74), (px * 0.8, px * 0.74), (px * 0.7, px * 0.8), (px * 0.3, px * 0.8)], fill=gold
    )
    return img


def render(page: pymupdf.Page, dpi: int) -> np.ndarray:
    """A page as an RGB array."""
    pix = page.get_pixmap(dpi=dpi, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[:, :, :3].copy()
