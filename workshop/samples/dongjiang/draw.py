"""Drawing on PDF pages with PyMuPDF: text, wrapped text, tables, seals, signatures, handwriting.

The only CJK face available everywhere is the Droid Sans Fallback that PyMuPDF ships (``china-s``);
pages vary it with faux bold (fill plus stroke), size, spacing and Latin faces for figures
(Times for the "serif" contracts, Courier for invoice cipher areas).
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Sequence

import numpy as np
import pymupdf as fitz

CJK = "china-s"
BLACK = (0.05, 0.05, 0.07)
RED = (0.86, 0.12, 0.14)
BLUE_INK = (0.08, 0.16, 0.55)
BROWN = (0.55, 0.33, 0.12)
GREY = (0.45, 0.45, 0.45)

A4 = (595.0, 842.0)


class Sheet:
    """One page with a pen: default size, face and colour, plus a seeded hand for jitter."""

    def __init__(self, doc: fitz.Document, rng: random.Random, landscape: bool = False, size: float = 10.5):
        w, h = A4
        if landscape:
            w, h = h, w
        self.page = doc.new_page(width=w, height=h)
        self.w, self.h = w, h
        self.rng = rng
        self.size = size
        self.jx = rng.uniform(-6, 6)
        self.jy = rng.uniform(-6, 6)

    # -- text
    latin = "helv"

    def _runs(self, s: str, font: str) -> list[tuple[str, str]]:
        """Split into CJK and Latin runs: the CJK face's Latin glyphs are full-width."""
        if font != CJK:
            return [(s, font)]
        runs: list[tuple[str, str]] = []
        for ch in s:
            f = self.latin if ord(ch) < 256 and ch != "¥" else CJK
            if runs and runs[-1][1] == f:
                runs[-1] = (runs[-1][0] + ch, f)
            else:
                runs.append((ch, f))
        return runs

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float | None = None,
        bold: bool = False,
        color: tuple[float, float, float] = BLACK,
        font: str = CJK,
        opacity: float = 1.0,
    ) -> float:
        """Draw ``s`` with its baseline at y; returns the x after it."""
        size = size or self.size
        for run, f in self._runs(s, font):
            p = fitz.Point(x + self.jx, y + self.jy)
            kwargs: dict = {"fontsize": size, "fontname": f, "color": color, "fill_opacity": opacity}
            if bold:
                kwargs.update(render_mode=2, border_width=0.02, fill=color, stroke_opacity=opacity)
            self.page.insert_text(p, run, **kwargs)
            x += self._w(run, size, f)
        return x

    @staticmethod
    def _w(s: str, size: float, font: str) -> float:
        if font == CJK:
            return size * len(s)
        return fitz.get_text_length(s, fontname=font, fontsize=size)

    def width(self, s: str, size: float | None = None, font: str = CJK) -> float:
        size = size or self.size
        return sum(self._w(run, size, f) for run, f in self._runs(s, font))

    def center(self, y: float, s: str, size: float | None = None, bold: bool = False, **kw: object) -> None:
        size = size or self.size
        self.text((self.w - self.width(s, size)) / 2, y, s, size, bold, **kw)  # type: ignore[arg-type]

    def spaced(self, x: float, y: float, s: str, size: float, gap: float, bold: bool = False) -> None:
        for ch in s:
            self.text(x, y, ch, size, bold)
            x += size + gap

    def wrap(self, s: str, width: float, size: float | None = None) -> list[str]:
        size = size or self.size
        lines, cur, cw = [], "", 0.0
        for ch in s:
            w = self.width(ch, size)
            if cw + w > width and cur:
                lines.append(cur)
                cur, cw = "", 0.0
            cur += ch
            cw += w
        if cur:
            lines.append(cur)
        return lines

    def para(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        size: float | None = None,
        lead: float = 1.65,
        indent: bool = True,
        bold: bool = False,
    ) -> float:
        """A wrapped paragraph starting at baseline y; returns the baseline after it."""
        size = size or self.size
        s = ("\u3000\u3000" + s) if indent else s
        for line in self.wrap(s, width, size):
            self.text(x, y, line, size, bold)
            y += size * lead
        return y

    # -- lines and tables
    def line(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        width: float = 0.6,
        color: tuple[float, float, float] = BLACK,
    ) -> None:
        self.page.draw_line(
            fitz.Point(x0 + self.jx, y0 + self.jy),
            fitz.Point(x1 + self.jx, y1 + self.jy),
            color=color,
            width=width,
        )

    def rect(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        width: float = 0.6,
        color: tuple[float, float, float] = BLACK,
        fill: tuple[float, float, float] | None = None,
    ) -> None:
        r = fitz.Rect(x0 + self.jx, y0 + self.jy, x1 + self.jx, y1 + self.jy)
        self.page.draw_rect(r, color=color, width=width, fill=fill)

    def table(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        rows: list[list[str]],
        row_h: float = 22,
        size: float | None = None,
        bold_first: bool = False,
        align: list[str] | None = None,
        color: tuple[float, float, float] = BLACK,
    ) -> float:
        """A ruled grid; a cell wraps onto extra lines inside the row when it must. Returns the y below it."""
        size = size or self.size
        align = align or ["l"] * len(widths)
        top = y
        for r, row in enumerate(rows):
            lines = [self.wrap(cell, w - 6, size) for cell, w in zip(row, widths, strict=True)]
            h = max(row_h, max(len(ls) for ls in lines) * size * 1.35 + 8)
            cx = x
            for cell_lines, w, a in zip(lines, widths, align, strict=True):
                ty = y + (h - len(cell_lines) * size * 1.35) / 2 + size
                for ln in cell_lines:
                    lw = self.width(ln, size)
                    tx = cx + 4 if a == "l" else cx + w - lw - 4 if a == "r" else cx + (w - lw) / 2
                    self.text(tx, ty, ln, size, bold_first and r == 0, color=color)
                    ty += size * 1.35
                cx += w
            self.line(x, y, x + sum(widths), y, color=color)
            y += h
        self.line(x, y, x + sum(widths), y, color=color)
        cx = x
        for w in [0, *widths]:
            cx += w
            self.line(cx, top, cx, y, color=color)
        return y

    # -- seals, signatures, handwriting
    def seal(
        self,
        cx: float,
        cy: float,
        name: str,
        sub: str = "",
        r: float = 46,
        color: tuple[float, float, float] = RED,
        oval: bool = False,
    ) -> None:
        """A round (or oval) company seal: double ring, star, name on an arc, an optional bottom label."""
        rng = self.rng
        cx += self.jx
        cy += self.jy
        rot = rng.uniform(-14, 14)
        op = rng.uniform(0.7, 0.9)
        rx, ry = (r * 1.35, r) if oval else (r, r)
        shape = self.page.new_shape()
        shape.draw_oval(fitz.Rect(cx - rx, cy - ry, cx + rx, cy + ry))
        shape.finish(color=color, width=r * 0.06, stroke_opacity=op)
        shape.draw_oval(
            fitz.Rect(cx - rx + r * 0.09, cy - ry + r * 0.09, cx + rx - r * 0.09, cy + ry - r * 0.09)
        )
        shape.finish(color=color, width=r * 0.015, stroke_opacity=op)
        if not oval:
            pts = []
            for k in range(10):
                a = math.radians(-90 + k * 36 + rot)
                rr = r * (0.3 if k % 2 == 0 else 0.12)
                pts.append(fitz.Point(cx + rr * math.cos(a), cy + rr * math.sin(a)))
            shape.draw_polyline([*pts, pts[0]])
            shape.finish(color=color, fill=color, width=0.2, fill_opacity=op, stroke_opacity=op)
        shape.commit()
        n = len(name)
        span = min(250.0, 22.0 * n)
        fs = r * (0.28 if n <= 14 else 0.22)
        for i, ch in enumerate(name):
            ang = -90 - span / 2 + span * (i + 0.5) / n + rot
            a = math.radians(ang)
            rad = (r if not oval else ry) * 0.68
            px = cx + rad * math.cos(a) * (rx / ry)
            py = cy + rad * math.sin(a)
            p = fitz.Point(px - fs / 2, py + fs / 2.6)
            self.page.insert_text(
                p,
                ch,
                fontsize=fs,
                fontname=CJK,
                color=color,
                fill_opacity=op,
                morph=(fitz.Point(px, py), fitz.Matrix(-(ang + 90))),
            )
        if sub:
            fs2 = r * 0.2
            self.page.insert_text(
                fitz.Point(cx - fs2 * len(sub) / 2, cy + r * 0.62),
                sub,
                fontsize=fs2,
                fontname=CJK,
                color=color,
                fill_opacity=op,
            )
        if oval:
            fs3 = r * 0.24
            self.page.insert_text(
                fitz.Point(cx - fs3 * 2, cy + fs3 * 0.4),
                "发票专用章",
                fontsize=fs3 * 0.8,
                fontname=CJK,
                color=color,
                fill_opacity=op,
            )

    def signature(
        self, x: float, y: float, length: float = 60, color: tuple[float, float, float] = BLUE_INK
    ) -> None:
        rng = self.rng
        x += self.jx
        y += self.jy
        pts = []
        for i in range(26):
            t = i / 25
            pts.append(
                fitz.Point(
                    x + t * length + rng.uniform(-2, 2),
                    y - 5 * math.sin(t * rng.uniform(8, 15)) + rng.uniform(-3, 3),
                )
            )
        shape = self.page.new_shape()
        shape.draw_polyline(pts)
        shape.finish(color=color, width=rng.uniform(0.8, 1.4), closePath=False)
        shape.commit()

    def handwrite(
        self, x: float, y: float, s: str, size: float = 13, color: tuple[float, float, float] = BLUE_INK
    ) -> None:
        """Hand-looking text: each character jittered in place, size and slant."""
        rng = self.rng
        for ch in s:
            fs = size * rng.uniform(0.88, 1.12)
            p = fitz.Point(x + self.jx, y + self.jy + rng.uniform(-1.8, 1.8))
            f = CJK if ord(ch) > 255 else "helv"
            self.page.insert_text(
                p, ch, fontsize=fs, fontname=f, color=color, morph=(p, fitz.Matrix(rng.uniform(-9, 9)))
            )
            x += self._w(ch, fs, f) * (0.95 if f == CJK else 1.05) + rng.uniform(-0.5, 1.2)

    def qr(self, x: float, y: float, size: float, payload: str) -> None:
        import zxingcpp
        from PIL import Image

        code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
        img = Image.fromarray(np.asarray(code.to_image(scale=6, add_quiet_zones=True)))
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        self.page.insert_image(
            fitz.Rect(x + self.jx, y + self.jy, x + size + self.jx, y + size + self.jy), stream=buf.getvalue()
        )

    def watermark(
        self,
        s: str,
        size: float = 40,
        opacity: float = 0.22,
        color: tuple[float, float, float] = GREY,
        angle: float = 30,
    ) -> None:
        for k in range(-1, 3):
            p = fitz.Point(self.w * 0.12 + k * 40, self.h * (0.35 + 0.3 * k))
            self.page.insert_text(
                p,
                s,
                fontsize=size,
                fontname=CJK,
                color=color,
                fill_opacity=opacity,
                morph=(p, fitz.Matrix(angle)),
            )


def mixed(page: fitz.Page, x: float, y: float, s: str, size: float, latin: str = "helv") -> None:
    """Text on an existing page, CJK in the CJK face and Latin in ``latin`` (as Sheet.text draws it)."""
    for ch_run, f in _split(s, latin):
        page.insert_text(fitz.Point(x, y), ch_run, fontsize=size, fontname=f, color=BLACK)
        x += size * len(ch_run) if f == CJK else fitz.get_text_length(ch_run, fontname=f, fontsize=size)


def _split(s: str, latin: str) -> list[tuple[str, str]]:
    runs: list[tuple[str, str]] = []
    for ch in s:
        f = latin if ord(ch) < 256 and ch != "¥" else CJK
        if runs and runs[-1][1] == f:
            runs[-1] = (runs[-1][0] + ch, f)
        else:
            runs.append((ch, f))
    return runs
