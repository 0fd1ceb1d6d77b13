"""Drawing on PDF pages: the embedded CJK font, text, wrapped paragraphs, tables, seals, signatures."""

from __future__ import annotations

import io
import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

A4 = (595.0, 842.0)
A4_LAND = (842.0, 595.0)
FONT = "bjsong"
INK = (0.08, 0.08, 0.1)
RED = (0.86, 0.12, 0.12)


@lru_cache(maxsize=1)
def font_buffer() -> bytes:
    """Droid Sans Fallback, the CJK font PyMuPDF ships; embedded (subset on save) in every PDF."""
    return bytes(pymupdf.Font("cjk").buffer)


@lru_cache(maxsize=1)
def _measure() -> pymupdf.Font:
    return pymupdf.Font(fontbuffer=font_buffer())


@lru_cache(maxsize=64)
def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(font_buffer()), size)


def width(text: str, size: float) -> float:
    return float(_measure().text_length(text, fontsize=size))


class Sheet:
    """One page being written; coordinates in points from the top left."""

    def __init__(
        self, doc: pymupdf.Document, size: tuple[float, float] = A4, rng: random.Random | None = None
    ):
        self.doc = doc
        self.pno = doc.page_count
        page = doc.new_page(width=size[0], height=size[1])
        page.insert_font(fontname=FONT, fontbuffer=font_buffer())
        self._page = page
        self.w, self.h = size
        self.rng = rng or random.Random(0)

    @property
    def page(self) -> pymupdf.Page:
        if self._page.parent is None:
            self._page = self.doc[self.pno]
        return self._page

    def text(self, x: float, y: float, s: str, size: float = 10.5, color=INK, bold: bool = False) -> float:
        """Write one line with its baseline at y; returns the x after it."""
        if bold:
            self.page.insert_text(
                (x, y),
                s,
                fontname=FONT,
                fontsize=size,
                color=color,
                render_mode=2,
                border_width=0.025,
                fill=color,
            )
        else:
            self.page.insert_text((x, y), s, fontname=FONT, fontsize=size, color=color)
        return x + width(s, size)

    def center(
        self,
        y: float,
        s: str,
        size: float = 16,
        bold: bool = True,
        color=INK,
        x0: float = 0,
        x1: float | None = None,
    ) -> None:
        x1 = self.w if x1 is None else x1
        self.text(x0 + (x1 - x0 - width(s, size)) / 2, y, s, size, color=color, bold=bold)

    def right(self, x1: float, y: float, s: str, size: float = 10.5) -> None:
        self.text(x1 - width(s, size), y, s, size)

    def para(
        self,
        x: float,
        y: float,
        w: float,
        s: str,
        size: float = 10.5,
        lead: float = 1.75,
        indent: bool = True,
    ) -> float:
        """A wrapped paragraph; returns the y below it."""
        lines, line = [], ("\u3000\u3000" if indent else "")
        for tok in _tokens(s):
            if width(line + tok, size) > w and line.strip() and tok[0] not in "，。；：、）”":
                lines.append(line)
                line = ""
            line += tok
        lines.append(line)
        for ln in lines:
            self.text(x, y, ln, size)
            y += size * lead
        return y

    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, color=INK) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=w)

    def box(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, color=INK) -> None:
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=color, width=w)

    def table(
        self,
        x: float,
        y: float,
        cols: Sequence[float],
        rows: list[list[str]],
        size: float = 9.5,
        row_h: float = 20,
        align: list[str] | None = None,
        heights: list[float] | None = None,
    ) -> float:
        """A ruled table; cells wrap inside their column. Returns the y below it."""
        total = sum(cols)
        ys = [y]
        for r, row in enumerate(rows):
            h = heights[r] if heights else row_h
            cx = x
            for c, cell in enumerate(row):
                cw = cols[c]
                a = (align[c] if align else "l") if r else "c"
                lines = _wrap(cell, cw - 6, size)
                ty = y + (h - len(lines) * size * 1.3) / 2 + size
                for ln in lines:
                    if a == "r":
                        tx = cx + cw - 3 - width(ln, size)
                    elif a == "c":
                        tx = cx + (cw - width(ln, size)) / 2
                    else:
                        tx = cx + 3
                    self.text(tx, ty, ln, size)
                    ty += size * 1.3
                cx += cw
            y += h
            ys.append(y)
        for yy in ys:
            self.line(x, yy, x + total, yy, 0.6)
        cx = x
        for cw in [0.0, *cols]:
            cx += cw
            self.line(cx, ys[0], cx, y, 0.6)
        return y

    def image(self, rect: tuple[float, float, float, float], png: bytes) -> None:
        self.page.insert_image(pymupdf.Rect(*rect), stream=png, overlay=True)

    def seal(self, cx: float, cy: float, png: bytes, d: float = 118) -> None:
        self.image((cx - d / 2, cy - d / 2, cx + d / 2, cy + d / 2), png)

    def signature(self, x: float, y: float, w: float = 60, color=(0.1, 0.12, 0.35)) -> None:
        """A pen scrawl about w wide, its baseline near y."""
        r = self.rng
        strokes = r.randint(2, 4)
        px = x
        for _ in range(strokes):
            pts = []
            sw = w / strokes * r.uniform(0.8, 1.3)
            n = 14
            amp = r.uniform(5, 10)
            fq = r.uniform(1.5, 3.2)
            ph = r.uniform(0, 6)
            for i in range(n):
                t = i / (n - 1)
                pts.append(
                    (
                        px + sw * t + r.uniform(-1, 1),
                        y - amp * (0.5 + 0.5 * math.sin(ph + fq * 6.28 * t)) + r.uniform(-1, 1),
                    )
                )
            self.page.draw_polyline(pts, color=color, width=r.uniform(0.9, 1.4))
            px += sw * 0.8
        self.page.draw_line((x - 3, y + 2), (px + 6, y - r.uniform(2, 6)), color=color, width=0.8)

    def footer(self, i: int, n: int) -> None:
        self.center(self.h - 30, f"第 {i} 页 共 {n} 页", 9, bold=False)


def _tokens(s: str) -> list[str]:
    """Characters, except that a run of Latin letters, digits and their punctuation stays whole."""
    return re.findall(r"[A-Za-z0-9¥.,%/\-]+|.", s, re.S)


def _wrap(s: str, w: float, size: float) -> list[str]:
    out, line = [], ""
    for tok in _tokens(s):
        if tok == "\n":
            out.append(line)
            line = ""
            continue
        if width(line + tok, size) > w and line:
            out.append(line)
            line = ""
        line += tok
    out.append(line)
    return out


# ---- seals and stamps (PNG with alpha) ----


@dataclass
class SealSpec:
    org: str
    bottom: str = ""
    code: str = ""
    oval: bool = False


def seal_png(spec: SealSpec, rng: random.Random, px: int = 520) -> bytes:
    """A red round (or oval 发票专用章) seal: ring, arc text, star, bottom line; uneven ink."""
    wpx = px if not spec.oval else int(px * 1.5)
    img = Image.new("L", (wpx, px), 0)
    d = ImageDraw.Draw(img)
    cx, cy = wpx / 2, px / 2
    rx, ry = wpx / 2 - 8, px / 2 - 8
    d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), outline=255, width=int(px * 0.035))
    org = spec.org
    fs = int(px * (0.115 if len(org) <= 14 else 0.095 if len(org) <= 20 else 0.08))
    f = pil_font(fs)
    span = math.radians(230 if not spec.oval else 200)
    n = len(org)
    for k, ch in enumerate(org):
        a = -math.pi / 2 - span / 2 + span * (k + 0.5) / n
        r_x, r_y = rx - fs * 0.95, ry - fs * 0.95
        tx, ty = cx + r_x * math.cos(a), cy + r_y * math.sin(a)
        glyph = Image.new("L", (fs + 8, fs + 8), 0)
        ImageDraw.Draw(glyph).text((4, 2), ch, font=f, fill=255)
        rot = glyph.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC, expand=True)
        img.paste(255, (int(tx - rot.width / 2), int(ty - rot.height / 2)), rot)
    if spec.oval:
        fc = pil_font(int(px * 0.075))
        d.text((cx, cy - px * 0.02), spec.code, font=fc, fill=255, anchor="mm")
    else:
        star = []
        rs = px * 0.15
        for k in range(10):
            rr = rs if k % 2 == 0 else rs * 0.4
            a = -math.pi / 2 + k * math.pi / 5
            star.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        d.polygon(star, fill=255)
    if spec.bottom:
        fb = pil_font(int(px * 0.085))
        d.text((cx, cy + ry * 0.55), spec.bottom, font=fb, fill=255, anchor="mm")
    return _redden(img, rng)


def _redden(mask: Image.Image, rng: random.Random) -> bytes:
    a = np.asarray(mask, dtype=np.float32) / 255.0
    h, w = a.shape
    noise = (
        np.asarray(
            Image.fromarray(
                (np.random.default_rng(rng.randrange(1 << 30)).random((h // 8 + 1, w // 8 + 1)) * 255).astype(
                    np.uint8
                )
            ).resize((w, h), Image.Resampling.BILINEAR),
            dtype=np.float32,
        )
        / 255.0
    )
    alpha = np.clip(a * (0.55 + 0.5 * noise), 0, 1) * rng.uniform(0.8, 0.95)
    rgba = np.zeros((h, w, 4), np.uint8)
    rgba[..., 0] = 215
    rgba[..., 1] = 30
    rgba[..., 2] = 40
    rgba[..., 3] = (alpha * 255).astype(np.uint8)
    im = Image.fromarray(rgba, "RGBA").filter(ImageFilter.GaussianBlur(0.8))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def copy_stamp_png(rng: random.Random, px: int = 560) -> bytes:
    """The rectangular 复印件与原件一致 stamp."""
    h = int(px * 0.36)
    img = Image.new("L", (px, h), 0)
    d = ImageDraw.Draw(img)
    d.rectangle((6, 6, px - 6, h - 6), outline=255, width=int(px * 0.018))
    d.text((px / 2, h / 2), "复印件与原件一致", font=pil_font(int(px * 0.095)), fill=255, anchor="mm")
    return _redden(img, rng)


def strip(png: bytes, i: int, n: int) -> bytes:
    """The i-th of n vertical strips of a seal (a 骑缝章 split across the sheets' edges)."""
    im = Image.open(io.BytesIO(png))
    x0 = im.width * i // n
    x1 = im.width * (i + 1) // n
    buf = io.BytesIO()
    im.crop((x0, 0, x1, im.height)).save(buf, "PNG")
    return buf.getvalue()


def qr_png(payload: str, scale: int = 4) -> bytes:
    import zxingcpp

    bc = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
    arr = np.asarray(bc.to_image(scale=scale))
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "PNG")
    return buf.getvalue()


def new_doc() -> pymupdf.Document:
    return pymupdf.open()


def finish(
    doc: pymupdf.Document, producer: str = "WPS 文字", creator: str = "WPS 文字", when: str | None = None
) -> bytes:
    """Subset the embedded font and write; ``when`` (ISO date) becomes the creation and modification date."""
    meta = {"producer": producer, "creator": creator}
    if when:
        stamp = f"D:{when.replace('-', '')}{random.Random(when).randint(9, 18):02d}2411+08'00'"
        meta.update({"creationDate": stamp, "modDate": stamp})
    doc.set_metadata(meta)
    doc.subset_fonts()
    return doc.tobytes(garbage=4, deflate=True)
