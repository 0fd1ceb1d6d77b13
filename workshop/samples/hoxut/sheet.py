"""One A4 page drawn as vector PDF that remembers every line of text it printed.

CJK runs use PyMuPDF's built-in ``china-s`` face, ASCII runs Helvetica, as office software exports them.
Seals, handwritten signatures, tick boxes, QR codes and the CMA / CNAS marks of a testing lab are drawn
here too; none of them is recorded as a printed line (they are marks, not text the page states).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import numpy as np
import pymupdf

A4 = (595.0, 842.0)
CJK = "cjk"
LATIN = "helv"
_CJK_FONT = pymupdf.Font("china-s")
"""The Droid Sans Fallback face PyMuPDF ships: embedded in every born-digital file, subset when it is saved."""
_LATIN_FONT = pymupdf.Font("helv")
RED = (0.82, 0.08, 0.1)
BLUE_INK = (0.1, 0.15, 0.45)
BLACK = (0, 0, 0)


def _runs(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for ch in text:
        face = LATIN if ord(ch) < 0x2000 and ch != "·" else CJK
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + ch)
        else:
            out.append((face, ch))
    return out


_ADVANCE: dict[str, float] = {}


def _advance(ch: str) -> float:
    """Advance of one character at size 1 in the face that draws it (cached: wrapping asks often)."""
    adv = _ADVANCE.get(ch)
    if adv is None:
        font = _LATIN_FONT if ord(ch) < 0x2000 and ch != "·" else _CJK_FONT
        adv = _ADVANCE[ch] = font.text_length(ch, 1.0)
    return adv


def width(text: str, size: float) -> float:
    return sum(_advance(ch) for ch in text) * size


@dataclass
class Line:
    text: str
    bbox: tuple[float, float, float, float]


@dataclass
class Sheet:
    """A page being drawn; ``lines`` are what it printed, in order."""

    w: float = A4[0]
    h: float = A4[1]
    lines: list[Line] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.doc = pymupdf.open()
        self.page = self.doc.new_page(width=self.w, height=self.h)
        self._writers: dict[bool, pymupdf.TextWriter] = {}
        self._stamps: list[tuple[pymupdf.Rect, bytes]] = []
        self._done = False

    def finish(self) -> pymupdf.Page:
        """Write the text (regular and bold runs, one embedded face each), then the seals over it."""
        if not self._done:
            for bold, tw in self._writers.items():
                tw.write_text(self.page, color=BLACK, render_mode=2 if bold else 0)
            for rect, png in self._stamps:
                self.page.insert_image(rect, stream=png)
            self._done = True
        return self.page

    # --- text -------------------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        bold: bool = False,
        record: bool = True,
    ) -> float:
        """Draw ``s`` with its baseline at ``y``; returns the x after it."""
        assert not self._done, "sheet already finished"
        tw = self._writers.setdefault(bold, pymupdf.TextWriter(self.page.rect))
        cx = x
        for face, run in _runs(s):
            font = _LATIN_FONT if face == LATIN else _CJK_FONT
            tw.append((cx, y), run, font=font, fontsize=size)
            cx += width(run, size)
        if record and s.strip():
            self.lines.append(Line(s, (x, y - size * 0.88, cx, y + size * 0.2)))
        return cx

    def center(
        self, y: float, s: str, size: float = 10.5, bold: bool = False, x0: float = 0, x1: float = 0
    ) -> None:
        x1 = x1 or self.w
        self.text(x0 + (x1 - x0 - width(s, size)) / 2, y, s, size, bold)

    def right(self, x_right: float, y: float, s: str, size: float = 10.5) -> None:
        self.text(x_right - width(s, size), y, s, size)

    def para(
        self,
        x: float,
        y: float,
        w: float,
        s: str,
        size: float = 10.5,
        leading: float = 1.6,
        indent: bool = True,
    ) -> float:
        """Wrap ``s`` into ``w`` points; returns the baseline below the last line."""
        line = "　　" if indent else ""
        for ch in s:
            if width(line + ch, size) > w:
                self.text(x, y, line, size)
                y += size * leading
                line = ""
            line += ch
        if line.strip():
            self.text(x, y, line, size)
            y += size * leading
        return y

    # --- tables -----------------------------------------------------------------------------
    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 10,
        row_h: float = 22,
        heights: list[float] | None = None,
        center_cols: set[int] | None = None,
    ) -> float:
        """A ruled grid; each cell's text on one or more wrapped lines. Returns y below the table."""
        center_cols = center_cols or set()
        top = y
        for r, row in enumerate(rows):
            h = heights[r] if heights else row_h
            cx = x
            for c, cell in enumerate(row):
                cw = widths[c]
                self.page.draw_rect(pymupdf.Rect(cx, y, cx + cw, y + h), color=BLACK, width=0.6)
                if cell:
                    chunks = self._wrap(cell, cw - 8, size)
                    ty = y + (h - len(chunks) * size * 1.35) / 2 + size * 1.05
                    for chunk in chunks:
                        tx = cx + (cw - width(chunk, size)) / 2 if c in center_cols else cx + 4
                        self.text(tx, ty, chunk, size)
                        ty += size * 1.35
                cx += cw
            y += h
        _ = top
        return y

    @staticmethod
    def _wrap(s: str, w: float, size: float) -> list[str]:
        out = [""]
        for ch in s:
            if width(out[-1] + ch, size) > w and out[-1]:
                out.append("")
            out[-1] += ch
        return out

    def hline(self, x0: float, y: float, x1: float, w: float = 0.6) -> None:
        self.page.draw_line((x0, y), (x1, y), color=BLACK, width=w)

    def box(self, x: float, y: float, size: float, checked: bool) -> None:
        """A tick box whose top-left is (x, y); a pen tick when checked."""
        self.page.draw_rect(pymupdf.Rect(x, y, x + size, y + size), color=BLACK, width=0.7)
        if checked:
            self.page.draw_polyline(
                [(x + 1.5, y + size * 0.5), (x + size * 0.42, y + size - 1.5), (x + size + 2, y - 2)],
                color=BLUE_INK,
                width=1.4,
            )

    def ticks(self, x: float, y: float, options: list[str], chosen: str, size: float = 10.5) -> str:
        """A row of tick boxes; returns the line as a reader would write it (☑ chosen, □ others)."""
        cx = x
        said = []
        for opt in options:
            self.box(cx, y - size * 0.85, size * 0.9, opt == chosen)
            cx = self.text(cx + size * 1.2, y, opt, size, record=False) + size * 1.2
            said.append(("☑" if opt == chosen else "□") + opt)
        line = " ".join(said)
        self.lines.append(Line(line, (x, y - size, cx, y + size * 0.2)))
        return line

    # --- marks ------------------------------------------------------------------------------
    def seal(
        self,
        cx: float,
        cy: float,
        name: str,
        rng: random.Random,
        r: float = 42,
        inner: str = "",
        star: bool = True,
    ) -> None:
        """A round red seal laid over the page as an image (as e-seals and stamped scans are): ring, the unit's
        name arced over the top, a star, an optional bottom word. Not recorded: a seal is a mark."""
        png = seal_png(name, rng, inner, star)
        self._stamps.append((pymupdf.Rect(cx - r, cy - r, cx + r, cy + r), png))

    def signature(
        self, x: float, y: float, w: float, rng: random.Random, color: tuple[float, float, float] = BLUE_INK
    ) -> None:
        """A handwritten-looking scribble on baseline y, about w wide."""
        strokes = rng.randint(2, 4)
        cx = x
        for _ in range(strokes):
            seg = w / strokes * rng.uniform(0.7, 1.1)
            ts = np.linspace(0, 1, 40)
            amp = rng.uniform(5, 10)
            freq = rng.uniform(0.8, 2.0)
            phase = rng.uniform(0, 3)
            slant = rng.uniform(0.1, 0.35)
            pts = [
                (
                    cx + t * seg + slant * amp * math.sin(freq * 2 * math.pi * t + phase),
                    y
                    - amp * (0.5 + 0.5 * math.sin(freq * 2 * math.pi * t + phase))
                    - 3 * t * rng.uniform(-1, 1),
                )
                for t in ts
            ]
            self.page.draw_polyline(pts, color=color, width=rng.uniform(0.8, 1.3))
            cx += seg * rng.uniform(0.85, 1.05)

    def qr(self, x: float, y: float, size: float, payload: str) -> None:
        import cv2

        enc = cv2.QRCodeEncoder.create()
        img = enc.encode(payload)
        n = img.shape[0]
        cell = size / n
        shape = self.page.new_shape()
        for r in range(n):
            for c in range(n):
                if img[r, c] == 0:
                    shape.draw_rect(
                        pymupdf.Rect(x + c * cell, y + r * cell, x + (c + 1) * cell, y + (r + 1) * cell)
                    )
        shape.finish(color=None, fill=BLACK, width=0)
        shape.commit()

    def lab_marks(self, x: float, y: float, cma: str, cnas: str) -> None:
        """The CMA (资质认定) and CNAS (认可) marks a testing lab prints at the top of its reports."""
        self.page.draw_rect(pymupdf.Rect(x, y, x + 46, y + 30), color=(0.1, 0.3, 0.6), width=1.2)
        self.page.insert_text((x + 6, y + 20), "CMA", fontname="hebo", fontsize=15, color=(0.1, 0.3, 0.6))
        self.text(x - 4, y + 42, cma.replace("CMA ", ""), 7)
        self.page.draw_oval(pymupdf.Rect(x + 70, y, x + 126, y + 30), color=(0.1, 0.3, 0.6), width=1.2)
        self.page.insert_text((x + 77, y + 20), "CNAS", fontname="hebo", fontsize=13, color=(0.1, 0.3, 0.6))
        self.text(x + 72, y + 42, cnas.replace("CNAS ", ""), 7)

    def page_number(self, n: int, total: int) -> None:
        self.center(self.h - 28, f"第 {n} 页 共 {total} 页", 8)

    def pdf(self) -> pymupdf.Document:
        self.finish()
        return self.doc


def seal_png(name: str, rng: random.Random, inner: str = "", star: bool = True, px: int = 360) -> bytes:
    """The seal as an RGBA PNG, ``px`` square: red ink of uneven density, characters facing outwards."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    ink = (int(210 + rng.uniform(-20, 20)), int(rng.uniform(10, 40)), int(rng.uniform(20, 50)))
    alpha = int(255 * rng.uniform(0.75, 0.92))
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = px / 2
    ring = px * 0.03
    d.ellipse((ring, ring, px - ring, px - ring), outline=(*ink, alpha), width=int(ring * 1.4))
    n = max(len(name), 1)
    span = min(260.0, 24.0 * n)
    radius = px * 0.36
    size = int(min(px * 0.15, (2 * math.pi * radius * span / 360) / n * 0.92))
    font = ImageFont.truetype(io.BytesIO(_CJK_FONT.buffer), size)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        glyph = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((size, size), ch, font=font, fill=(*ink, alpha), anchor="mm")
        glyph = glyph.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        gx = c + radius * math.cos(math.radians(ang)) - size
        gy = c + radius * math.sin(math.radians(ang)) - size
        img.alpha_composite(glyph, (int(gx), int(gy)))
    if star:
        pts = []
        for k in range(10):
            rr = px * (0.14 if k % 2 == 0 else 0.055)
            a = math.radians(-90 + 36 * k)
            pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
        d.polygon(pts, fill=(*ink, alpha))
    if inner:
        f2 = ImageFont.truetype(io.BytesIO(_CJK_FONT.buffer), int(px * 0.085))
        d.text((c, c + px * 0.27), inner, font=f2, fill=(*ink, alpha), anchor="mm")
    # uneven ink: thin out random speckles
    arr = np.asarray(img).copy()
    np_rng = np.random.default_rng(rng.randint(0, 2**31))
    mask = np_rng.random(arr.shape[:2]) < 0.12
    arr[..., 3] = np.where(mask, (arr[..., 3] * 0.45).astype(np.uint8), arr[..., 3])
    out = io.BytesIO()
    Image.fromarray(arr, "RGBA").save(out, "PNG")
    return out.getvalue()
