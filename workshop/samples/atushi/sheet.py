"""A PyMuPDF page that remembers what was printed on it: text, tables, seals, signatures, QR blocks.

Every readable string goes to ``lines`` (what the selfcheck looks for); seal ring texts go to
``stamps``. Coordinates are PDF points from the top left; ``y`` of a text call is its baseline.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

import cv2
import numpy as np
import pymupdf

A4 = (595.0, 842.0)
BLACK = (0.0, 0.0, 0.0)
GREY = (0.35, 0.35, 0.35)
RED = (0.86, 0.1, 0.12)
INK = (0.08, 0.12, 0.35)
CJK = "china-s"
CJK_FONT = pymupdf.Font(CJK)
NUM = "tiro"
NUM_FONT = pymupdf.Font("tiro")


LATIN = "helv"
LATIN_FONT = pymupdf.Font("helv")
FONTS = {CJK: CJK_FONT, NUM: NUM_FONT, LATIN: LATIN_FONT}


def runs(text: str) -> list[tuple[str, bool]]:
    """Split a line into CJK and Latin runs (ASCII and ¥ go to the Latin font, as office fonts do)."""
    out: list[tuple[str, bool]] = []
    for ch in text:
        latin = ord(ch) < 128 or ch == "¥"
        if out and out[-1][1] == latin:
            out[-1] = (out[-1][0] + ch, latin)
        else:
            out.append((ch, latin))
    return out


_ADVANCES: dict[tuple[str, str], float] = {}


def _advance(font: str, ch: str) -> float:
    """Width of one character at size 1, remembered (measuring is the slow part of drawing)."""
    key = (font, ch)
    if key not in _ADVANCES:
        _ADVANCES[key] = FONTS.get(font, LATIN_FONT).text_length(ch, 1.0)
    return _ADVANCES[key]


def text_width(text: str, size: float, font: str = CJK) -> float:
    if font != CJK:
        return sum(_advance(font, ch) for ch in text) * size
    return sum(_advance(LATIN if (ord(ch) < 128 or ch == "¥") else CJK, ch) for ch in text) * size


class Sheet:
    """One page being drawn; ``lines`` and ``stamps`` are what it shows."""

    def __init__(self, page: pymupdf.Page, rng: random.Random) -> None:
        self.doc = page.parent
        self.number = page.number
        self._page = page
        self.rng = rng
        self.lines: list[str] = []
        self.stamps: list[str] = []
        self.width = page.rect.width
        self.height = page.rect.height

    @property
    def page(self) -> pymupdf.Page:
        """The page, loaded again when PyMuPDF has let go of it (a later new_page orphans earlier ones)."""
        if self._page.parent is None:
            self._page = self.doc[self.number]
        return self._page

    # text -------------------------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 10.5,
        font: str = CJK,
        color: Sequence[float] = BLACK,
        bold: bool = False,
        record: bool = True,
        opacity: float = 1.0,
    ) -> float:
        """Print one line at baseline y; returns its width."""
        if not text:
            return 0.0
        parts = runs(text) if font == CJK else [(text, False)]
        cx = x
        for seg, latin in parts:
            name = LATIN if latin else font
            self.page.insert_text(
                (cx, y),
                seg,
                fontname=name,
                fontsize=size,
                color=color,
                render_mode=2 if bold else 0,
                border_width=0.03 if bold else 0.05,
                fill_opacity=opacity,
                stroke_opacity=opacity,
            )
            cx += text_width(seg, size, name)
        if record:
            self.lines.append(text)
        return text_width(text, size, font)

    def center(
        self, y: float, text: str, size: float = 10.5, bold: bool = False, x0: float = 0, x1: float = 0
    ) -> None:
        x1 = x1 or self.width
        w = text_width(text, size)
        self.text(x0 + (x1 - x0 - w) / 2, y, text, size, bold=bold)

    def right(self, x: float, y: float, text: str, size: float = 10.5, font: str = CJK) -> None:
        self.text(x - text_width(text, size, font), y, text, size, font=font)

    def spaced(
        self, x: float, y: float, text: str, width: float, size: float = 10.5, bold: bool = False
    ) -> None:
        """Characters spread evenly over ``width`` (名    称); recorded as the plain word."""
        if len(text) < 2:
            self.text(x, y, text, size, bold=bold)
            return
        size = min(size, width / len(text))  # a long label (执行事务合伙人) is set tight, not spread
        step = (width - size) / (len(text) - 1)
        for i, ch in enumerate(text):
            self.text(x + i * step, y, ch, size, bold=bold, record=False)
        self.lines.append(text)

    def para(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        size: float = 10.5,
        leading: float = 1.75,
        indent: int = 2,
    ) -> float:
        """A wrapped paragraph; returns the baseline after its last line."""
        for line in wrap(text, width, size, indent):
            offset = size * indent if line.startswith("\u3000" * indent) else 0
            self.text(x + offset, y, line.lstrip("\u3000"), size)
            y += size * leading
        return y

    # tables -----------------------------------------------------------------------------------
    def table(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        size: float = 9.0,
        row_h: float = 17.0,
        aligns: str = "",
        header: int = 1,
        grid: bool = True,
        numeric_font: bool = True,
    ) -> float:
        """Ruled table; returns y under it. aligns: one of l/c/r per column (default l then r)."""
        total = sum(widths)
        aligns = aligns or "l" + "r" * (len(widths) - 1)
        top = y
        for r, row in enumerate(rows):
            cx = x
            for c, cell in enumerate(row):
                w = widths[c]
                align = "c" if r < header else aligns[c]
                font = NUM if numeric_font and r >= header and is_figure(cell) else CJK
                size_c = size
                cw = text_width(cell, size, font)
                if cw > w - 4:  # squeeze a long cell rather than overflow its column
                    size_c = size * (w - 4) / cw
                    cw = text_width(cell, size_c, font)
                if align == "r":
                    tx = cx + w - 3 - cw
                elif align == "c":
                    tx = cx + (w - cw) / 2
                else:
                    tx = cx + 3
                self.text(tx, y + row_h * 0.7, cell, size_c, font=font)
                cx += w
            y += row_h
        if grid:
            shape = self.page.new_shape()
            for i in range(len(rows) + 1):
                yy = top + i * row_h
                shape.draw_line((x, yy), (x + total, yy))
            cx = x
            for w in [0.0, *widths]:
                cx += w
                shape.draw_line((cx, top), (cx, y))
            shape.finish(color=BLACK, width=0.5)
            shape.commit()
        return y

    def rule(
        self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6, color: Sequence[float] = BLACK
    ) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=width)

    def box(
        self, rect: Sequence[float], color: Sequence[float] = BLACK, width: float = 0.6, fill=None
    ) -> None:
        self.page.draw_rect(pymupdf.Rect(*rect), color=color, width=width, fill=fill)

    # marks ------------------------------------------------------------------------------------
    def round_seal(
        self, cx: float, cy: float, r: float, ring: str, middle: str = "", color: Sequence[float] = RED
    ) -> None:
        """A round red seal: double ring, the name along the upper arc, a star, an optional middle line."""
        opacity = self.rng.uniform(0.7, 0.9)
        cx += self.rng.uniform(-3, 3)
        cy += self.rng.uniform(-3, 3)
        tilt = self.rng.uniform(-12, 12)
        shape = self.page.new_shape()
        shape.draw_circle((cx, cy), r)
        shape.finish(color=color, width=max(1.6, r * 0.05), stroke_opacity=opacity)
        shape.draw_circle((cx, cy), r * 0.93)
        shape.finish(color=color, width=0.5, stroke_opacity=opacity)
        star = []
        for k in range(10):
            rad = r * (0.24 if k % 2 == 0 else 0.1)
            ang = math.radians(-90 + k * 36 + tilt)
            star.append(pymupdf.Point(cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
        shape.draw_polyline([*star, star[0]])
        shape.finish(color=color, fill=color, width=0.3, fill_opacity=opacity, stroke_opacity=opacity)
        shape.commit()
        n = len(ring)
        span = min(250.0, 18.0 * n)
        size = min(r * 0.26, 2 * math.pi * r * 0.78 * span / 360 / max(n, 1))
        for i, ch in enumerate(ring):
            ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n + tilt)
            px = cx + r * 0.76 * math.cos(ang)
            py = cy + r * 0.76 * math.sin(ang)
            rot = pymupdf.Matrix(-(math.degrees(ang) + 90))
            self.page.insert_text(
                (px - size / 2, py + size / 2),
                ch,
                fontname=CJK,
                fontsize=size,
                color=color,
                fill_opacity=opacity,
                morph=(pymupdf.Point(px, py), rot),
            )
        if middle:
            size_m = min(r * 0.22, r * 1.4 / max(len(middle), 1))
            w = text_width(middle, size_m)
            self.page.insert_text(
                (cx - w / 2, cy + r * 0.55),
                middle,
                fontname=CJK,
                fontsize=size_m,
                color=color,
                fill_opacity=opacity,
            )
        self.stamps.append(ring + (" " + middle if middle else ""))

    def rect_seal(self, x: float, y: float, lines: Sequence[str], size: float = 8.0, color=RED) -> None:
        """A rectangular seal (a CPA's practising seal, 与原件一致, 仅供…使用)."""
        opacity = self.rng.uniform(0.7, 0.9)
        w = max(text_width(t, size) for t in lines) + size * 1.6
        h = len(lines) * size * 1.5 + size * 0.8
        self.page.draw_rect(pymupdf.Rect(x, y, x + w, y + h), color=color, width=1.3, stroke_opacity=opacity)
        for i, t in enumerate(lines):
            tw = text_width(t, size)
            self.text(
                x + (w - tw) / 2,
                y + size * 1.45 * (i + 1),
                t,
                size,
                color=color,
                record=False,
                opacity=opacity,
            )
        self.stamps.append(" ".join(lines))

    def signature(self, x: float, y: float, name: str, size: float = 15.0, color=INK) -> None:
        """A hand signature: slanted, jittered characters and a flourish; not a readable line."""
        cx = x
        for ch in name.replace("·", ""):
            s = size * self.rng.uniform(0.85, 1.15)
            rot = pymupdf.Matrix(self.rng.uniform(-14, 4))
            yy = y + self.rng.uniform(-2.5, 2.5)
            self.page.insert_text(
                (cx, yy), ch, fontname=CJK, fontsize=s, color=color, morph=(pymupdf.Point(cx, yy), rot)
            )
            cx += s * self.rng.uniform(0.62, 0.8)
        pts = [pymupdf.Point(x - 4, y + 3)]
        for k in range(1, 6):
            pts.append(pymupdf.Point(x + (cx - x) * k / 5 + 6, y + 3 + self.rng.uniform(-5, 4)))
        self.page.draw_polyline(pts, color=color, width=0.9)
        self.stamps.append("signature " + name)

    def qr(self, x: float, y: float, size: float, payload: str) -> None:
        """A real QR code (OpenCV's encoder) drawn as an image."""
        code = cv2.QRCodeEncoder.create().encode(payload)
        modules = np.pad(np.where(code > 0, 255, 0).astype(np.uint8), 2, constant_values=255)
        big = cv2.resize(
            modules, (modules.shape[1] * 8, modules.shape[0] * 8), interpolation=cv2.INTER_NEAREST
        )
        ok, png = cv2.imencode(".png", big)
        assert ok
        self.page.insert_image(pymupdf.Rect(x, y, x + size, y + size), stream=png.tobytes())
        self.stamps.append("qr " + payload)

    def wave_border(self, rect: Sequence[float], color=(0.55, 0.55, 0.3), bands: int = 3) -> None:
        """A guilloche-like frame of sine bands, as licence paper has."""
        x0, y0, x1, y1 = rect
        for b in range(bands):
            inset = 6 + b * 3.5
            amp = 2.2
            period = 9 + b * 2
            for side in range(4):
                pts = []
                steps = 160
                for k in range(steps + 1):
                    t = k / steps
                    if side == 0:
                        px, py = x0 + inset + t * (x1 - x0 - 2 * inset), y0 + inset
                    elif side == 1:
                        px, py = x1 - inset, y0 + inset + t * (y1 - y0 - 2 * inset)
                    elif side == 2:
                        px, py = x1 - inset - t * (x1 - x0 - 2 * inset), y1 - inset
                    else:
                        px, py = x0 + inset, y1 - inset - t * (y1 - y0 - 2 * inset)
                    off = amp * math.sin(2 * math.pi * k * (x1 - x0) / steps / period + b)
                    if side in (0, 2):
                        py += off
                    else:
                        px += off
                    pts.append(pymupdf.Point(px, py))
                self.page.draw_polyline(pts, color=color, width=0.45)


def is_figure(cell: str) -> bool:
    s = cell.replace(",", "").replace(".", "").replace("-", "").replace("%", "").strip()
    return bool(s) and s.isdigit()


def _numeric(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in ".,%-")


def wrap(text: str, width: float, size: float, indent: int = 2) -> list[str]:
    """Break a paragraph into lines that fit ``width``; no line starts with a closing mark."""
    closing = "，。、；：）》”！？"
    lines: list[str] = []
    current = "\u3000" * indent
    used = text_width("中" * indent, size)
    for ch in text:
        w = text_width(ch, size)
        if used + w > width and current.strip():
            if ch in closing:
                current += ch
                used += w
                continue
            carry = ""
            if _numeric(ch):  # never break inside a figure (514,484.00): carry its start over
                while current and _numeric(current[-1]):
                    carry = current[-1] + carry
                    current = current[:-1]
                if not current.strip():
                    current, carry = current + carry, ""
            lines.append(current)
            current = carry + ch
            used = text_width(current, size)
        else:
            current += ch
            used += w
    if current.strip():
        lines.append(current)
    return lines
