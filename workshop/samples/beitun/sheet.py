"""Drawing on PyMuPDF pages in three "producer" styles, with seals, tick boxes and QR codes.

- ``builtin``: text in PyMuPDF's reserved CJK font (not embedded, as many office exporters do);
- ``ttf``: Droid Sans Fallback embedded as a TrueType font with ``insert_font`` (subset on save);
- ``chars``: the embedded font, but every character set as its own text object at its own
  position (as some report generators write), so a line is a row of one-glyph spans.
"""

from __future__ import annotations

import io
import itertools
import math
import random

import cv2
import numpy as np
import pymupdf
from PIL import Image

_FONT = pymupdf.Font("cjk")
RED = (0.86, 0.08, 0.1)
BLACK = (0, 0, 0)
A4 = (595.0, 842.0)


def text_width(s: str, size: float) -> float:
    return float(_FONT.text_length(s, size))


def _runs(s: str) -> list[tuple[bool, str]]:
    """Split a line into (latin, text) runs: ASCII in Helvetica, the rest in the CJK font."""
    out: list[tuple[bool, str]] = []
    for ch in s:
        latin = ord(ch) < 128
        if out and out[-1][0] == latin:
            out[-1] = (latin, out[-1][1] + ch)
        else:
            out.append((latin, ch))
    return out


def builtin_width(s: str, size: float) -> float:
    return sum(
        float(pymupdf.get_text_length(t, "helv", size)) if latin else size * len(t) for latin, t in _runs(s)
    )


class Sheet:
    def __init__(
        self,
        doc: pymupdf.Document,
        style: str = "builtin",
        landscape: bool = False,
        size: tuple[float, float] = A4,
    ):
        self.doc = doc
        self.size = size
        self.style = style
        self.landscape = landscape
        self._writers: dict[tuple[tuple[float, ...], bool], pymupdf.TextWriter] = {}
        self.page: pymupdf.Page = self.new_page()

    def flush(self) -> None:
        """Write the buffered text (embedded-font styles) onto the page."""
        for (color, bold), tw in self._writers.items():
            # bold as fill + stroke (render mode 2): one text object, never the same text twice
            tw.write_text(self.page, color=color, render_mode=2 if bold else 0)
        self._writers = {}

    def finish(self) -> pymupdf.Document:
        self.flush()
        return self.doc

    def new_page(self) -> pymupdf.Page:
        if getattr(self, "page", None) is not None:
            self.flush()
        w, h = self.size
        if self.landscape:
            w, h = h, w
        page = self.doc.new_page(width=w, height=h)
        if self.style != "builtin":
            page.insert_font(fontname="F0", fontbuffer=_FONT.buffer)  # the seals' ring text
        self.page = page
        return page

    def tw(self, s: str, size: float) -> float:
        return builtin_width(s, size) if self.style == "builtin" else text_width(s, size)

    @property
    def width(self) -> float:
        return float(self.page.rect.width)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        color=BLACK,
        align: str = "l",
        bold: bool = False,
    ) -> float:
        """Write one line with its baseline at y; returns its width."""
        w = self.tw(s, size)
        if align == "c":
            x -= w / 2
        elif align == "r":
            x -= w
        if self.style == "builtin":
            cx = x
            for latin, run in _runs(s):
                if run.strip():
                    self.page.insert_text(
                        (cx, y),
                        run,
                        fontname="helv" if latin else "china-ss",
                        fontsize=size,
                        color=color,
                        fill=color,
                        render_mode=2 if bold else 0,
                        border_width=0.03,
                    )
                cx += float(pymupdf.get_text_length(run, "helv", size)) if latin else size * len(run)
            return w
        key = (tuple(float(c) for c in color), bold)
        if key not in self._writers:
            self.flush()  # another colour or weight: keep the content stream in drawing order
        tw = self._writers.get(key)
        if tw is None:
            tw = self._writers[key] = pymupdf.TextWriter(self.page.rect)
        if self.style == "chars":
            cx = x
            for ch in s:
                if ch != " ":
                    tw.append((cx, y), ch, font=_FONT, fontsize=size)
                cx += text_width(ch, size)
        else:
            tw.append((x, y), s, font=_FONT, fontsize=size)
        return w

    def wrap(self, s: str, width: float, size: float) -> list[str]:
        lines, cur = [], ""
        for ch in s:
            if self.tw(cur + ch, size) > width and cur:
                if ch in "，。、；：）」”":
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
        s: str,
        width: float,
        size: float = 10.5,
        lead: float = 1.7,
        indent: bool = True,
    ) -> float:
        """A wrapped paragraph starting at baseline y; returns the baseline after it."""
        body = ("\u3000\u3000" if indent else "") + s
        for line in self.wrap(body, width, size):
            self.text(x, y, line, size)
            y += size * lead
        return y

    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, color=BLACK) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=w)

    def rect(
        self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, fill=None, color=BLACK
    ) -> None:
        if fill is not None:
            self.flush()  # a filled box covers what was written before it
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=color, fill=fill, width=w)

    def grid(
        self,
        x: float,
        y: float,
        cols: list[float],
        rows: list[list[str]],
        h: float = 22.0,
        size: float = 10.0,
        center: set[int] | None = None,
        heights: list[float] | None = None,
    ) -> float:
        """Ruled table; cells wrap; returns the y under it."""
        center = center or set()
        top = y
        xs = [x]
        for c in cols:
            xs.append(xs[-1] + c)
        for r, row in enumerate(rows):
            rh = heights[r] if heights else h
            wrapped = [self.wrap(cell, cols[i] - 8, size) if cell else [] for i, cell in enumerate(row)]
            need = max((len(w) for w in wrapped), default=1) * size * 1.45 + 8
            rh = max(rh, need)
            for i, lines in enumerate(wrapped):
                ty = y + (rh - len(lines) * size * 1.45) / 2 + size * 1.05
                for ln in lines:
                    if i in center:
                        self.text((xs[i] + xs[i + 1]) / 2, ty, ln, size, align="c")
                    else:
                        self.text(xs[i] + 4, ty, ln, size)
                    ty += size * 1.45
            self.line(xs[0], y + rh, xs[-1], y + rh)
            y += rh
        self.line(xs[0], top, xs[-1], top)
        for xv in xs:
            self.line(xv, top, xv, y)
        return y

    def tick_box(self, x: float, y: float, label: str, ticked: bool, size: float = 10.5) -> float:
        """A tick box before a label, baseline y: a ruled square with a √ when ticked, □ when not."""
        if ticked:
            self.rect(x, y - size * 0.85, x + size * 0.9, y + size * 0.05, w=0.7)
            self.text(x + 0.5, y - 0.5, "√", size * 0.95)
        else:
            self.text(x, y, "□", size)
        return self.text(x + size * 1.1, y, label, size) + size * 1.1

    def seal(
        self,
        cx: float,
        cy: float,
        name: str,
        inner: str = "",
        r: float = 42.0,
        raster: bool = False,
        rng: random.Random | None = None,
    ) -> None:
        """Round red seal: ring, star, the name on the arc, an inner line. Raster: drawn as an image."""
        if raster:
            self.page.insert_image(
                pymupdf.Rect(cx - r, cy - r, cx + r, cy + r),
                stream=raster_seal(name, inner, rng or random.Random(0)),
            )
            return
        draw_seal(self.page, cx, cy, name, inner, r, self.style)

    def qr(self, x: float, y: float, size: float, payload: str) -> None:
        self.page.insert_image(pymupdf.Rect(x, y, x + size, y + size), stream=qr_png(payload))

    def signature(self, x: float, y: float, name: str, rng: random.Random) -> None:
        """A pen scrawl (vector path, no text) standing for a handwritten signature."""
        pts = []
        n = max(3, len(name) * 4)
        for i in range(n):
            pts.append(pymupdf.Point(x + i * 30.0 / n * len(name) / 2, y - 6 + rng.uniform(-6, 6)))
        shape = self.page.new_shape()
        for a, b in itertools.pairwise(pts):
            mid = pymupdf.Point((a.x + b.x) / 2, (a.y + b.y) / 2 + rng.uniform(-5, 5))
            shape.draw_curve(a, mid, b)
        shape.finish(color=(0.1, 0.1, 0.35), width=0.9, closePath=False)
        shape.commit()


def draw_seal(page: pymupdf.Page, cx: float, cy: float, name: str, inner: str, r: float, style: str) -> None:
    page.draw_circle((cx, cy), r, color=RED, width=r * 0.06)
    star = []
    for k in range(10):
        rr = r * (0.2 if k % 2 == 0 else 0.08)
        a = math.radians(90 + k * 36)
        star.append(pymupdf.Point(cx + rr * math.cos(a), cy - rr * math.sin(a)))
    page.draw_polyline([*star, star[0]], color=RED, fill=RED, width=0.2)
    font = "china-ss" if style == "builtin" else "F0"
    n = len(name)
    span = min(250.0, 22.0 * n)
    size = min(r * 0.3, 2 * math.pi * r * 0.75 * span / 360 / max(n, 1) * 1.05)
    for i, ch in enumerate(name):
        a = math.radians(90 + span / 2 - i * span / max(n - 1, 1))
        rr = r * 0.78
        px, py = cx + rr * math.cos(a), cy - rr * math.sin(a)
        rot = pymupdf.Matrix(math.degrees(a) - 90)
        pt = pymupdf.Point(px - size / 2, py + size / 2)
        page.insert_text(pt, ch, fontname=font, fontsize=size, color=RED, morph=(pymupdf.Point(px, py), rot))
    if inner:
        isz = r * 0.2
        page.insert_text(
            (cx - text_width(inner, isz) / 2, cy + r * 0.55), inner, fontname=font, fontsize=isz, color=RED
        )


def raster_seal(name: str, inner: str, rng: random.Random) -> bytes:
    """The seal drawn on a scratch page, rendered, inked unevenly and returned as an RGBA PNG."""
    doc = pymupdf.open()
    page = doc.new_page(width=100, height=100)
    draw_seal(page, 50, 50, name, inner, 46, "builtin")
    pix = page.get_pixmap(dpi=180, alpha=False)
    img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).astype(np.float32)
    ink = 1.0 - img.mean(axis=2) / 255.0
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    field = cv2.GaussianBlur(nrng.uniform(0.55, 1.0, ink.shape).astype(np.float32), (0, 0), 6)
    alpha = np.clip(ink * 1.6 * field, 0, 1)
    rgba = np.zeros((*ink.shape, 4), dtype=np.uint8)
    rgba[..., 0], rgba[..., 1], rgba[..., 2] = 205, 30, 35
    rgba[..., 3] = (alpha * 235).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(rgba, "RGBA").save(buf, "PNG", optimize=True)
    return buf.getvalue()


def qr_png(payload: str) -> bytes:
    enc = cv2.QRCodeEncoder.create()
    m = enc.encode(payload)
    m = cv2.resize(m, (m.shape[1] * 8, m.shape[0] * 8), interpolation=cv2.INTER_NEAREST)
    m = cv2.copyMakeBorder(m, 16, 16, 16, 16, cv2.BORDER_CONSTANT, value=255)
    ok, png = cv2.imencode(".png", m)
    assert ok
    return png.tobytes()
