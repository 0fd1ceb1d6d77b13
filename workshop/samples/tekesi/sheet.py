"""A vector sheet in millimetres that records every line it prints (for the selfcheck).

CJK text uses PyMuPDF's built-in ``china-s`` font; figures may use Helvetica or Times. A sheet
is one PyMuPDF page; it can be saved as a text PDF page or rendered to pixels for a capture.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pymupdf
import zxingcpp

MM = 72 / 25.4

RED = (0.86, 0.08, 0.1)
BLACK = (0.05, 0.05, 0.05)
GOLD = (0.72, 0.52, 0.12)


class Sheet:
    """One page, sized in mm; ``lines`` holds every text line printed, in order."""

    def __init__(self, width_mm: float, height_mm: float) -> None:
        self.doc = pymupdf.open()
        self.page = self.doc.new_page(width=width_mm * MM, height=height_mm * MM)
        self.w = width_mm
        self.h = height_mm
        self.lines: list[str] = []
        self.seals: list[str] = []
        self._fonts: dict[str, pymupdf.Font] = {}
        self.latin = "tiro"

    # --- text ---------------------------------------------------------------------------------

    def _f(self, font: str) -> pymupdf.Font:
        if font not in self._fonts:
            self._fonts[font] = pymupdf.Font(font)
        return self._fonts[font]

    def runs(self, text: str, font: str) -> list[tuple[str, str]]:
        """Split ``text`` into (run, font): ASCII in the Latin font, the rest in ``china-s``."""
        if font != "china-s":
            return [(text, font)]
        out: list[tuple[str, str]] = []
        for ch in text:
            f = self.latin if ord(ch) < 128 else "china-s"
            if out and out[-1][1] == f:
                out[-1] = (out[-1][0] + ch, f)
            else:
                out.append((ch, f))
        return out

    def width(self, text: str, size: float, font: str = "china-s") -> float:
        """Width in mm of ``text`` at ``size`` pt."""
        return sum(self._f(f).text_length(run, fontsize=size) for run, f in self.runs(text, font)) / MM

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 10.5,
        *,
        font: str = "china-s",
        color: tuple[float, float, float] = BLACK,
        bold: bool = False,
        align: str = "left",
        spacing: float = 0.0,
        record: bool = True,
        opacity: float = 1.0,
    ) -> float:
        """Print one line with its baseline at ``y``; returns the x where it ends. ``spacing`` in mm between characters."""
        if spacing:
            total = sum(self.width(c, size, font) for c in text) + spacing * (len(text) - 1)
        else:
            total = self.width(text, size, font)
        if align == "center":
            x -= total / 2
        elif align == "right":
            x -= total
        kwargs: dict = {"fontsize": size, "color": color, "fill_opacity": opacity}
        if bold:
            kwargs.update(render_mode=2, border_width=0.025, stroke_opacity=opacity, fill=color)
        pieces = [(c, f) for c in text for _, f in self.runs(c, font)] if spacing else self.runs(text, font)
        cx = x
        for piece, f in pieces:
            self.page.insert_text((cx * MM, y * MM), piece, fontname=f, **kwargs)
            cx += self.width(piece, size, f) + spacing
        if record:
            self.lines.append(text)
        return x + total

    def wrap(self, text: str, size: float, width_mm: float) -> list[str]:
        """Break ``text`` into lines no wider than ``width_mm``; closing punctuation never starts a line."""
        out: list[str] = []
        line = ""
        for ch in text:
            if line and self.width(line + ch, size) > width_mm and ch not in "，。、；：）)》":
                out.append(line)
                line = ch
            else:
                line += ch
        if line:
            out.append(line)
        return out

    def paragraph(self, x: float, y: float, text: str, size: float, width_mm: float, leading: float) -> float:
        """Print a wrapped paragraph; the whole paragraph is recorded as one line. Returns the next baseline."""
        for part in self.wrap(text, size, width_mm):
            self.text(x, y, part, size, record=False)
            y += leading
        self.lines.append(text)
        return y

    def rotated(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        angle: float,
        *,
        color: tuple[float, float, float] = RED,
        opacity: float = 1.0,
        record: bool = False,
        bold: bool = False,
    ) -> None:
        """Text turned by ``angle`` degrees (counter-clockwise on the page) about its start point."""
        point = pymupdf.Point(x * MM, y * MM)
        kwargs: dict = {"fontsize": size, "fontname": "china-s", "color": color, "fill_opacity": opacity}
        if bold:
            kwargs.update(render_mode=2, border_width=0.025, stroke_opacity=opacity, fill=color)
        self.page.insert_text(point, text, morph=(point, pymupdf.Matrix(angle)), **kwargs)
        if record:
            self.lines.append(text)

    # --- drawing ------------------------------------------------------------------------------

    def line(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.5, color=BLACK) -> None:
        self.page.draw_line((x0 * MM, y0 * MM), (x1 * MM, y1 * MM), color=color, width=width)

    def rect(
        self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6, color=BLACK, fill=None
    ) -> None:
        self.page.draw_rect(
            pymupdf.Rect(x0 * MM, y0 * MM, x1 * MM, y1 * MM), color=color, fill=fill, width=width
        )

    def fill(self, x0: float, y0: float, x1: float, y1: float, color, opacity: float = 1.0) -> None:
        self.page.draw_rect(
            pymupdf.Rect(x0 * MM, y0 * MM, x1 * MM, y1 * MM),
            color=None,
            fill=color,
            fill_opacity=opacity,
            width=0,
        )

    def guilloche(self, margin: float, band: float, color=(0.45, 0.52, 0.42)) -> None:
        """The licence's patterned frame: two rules and a band of interlaced loops between them."""
        x0, y0, x1, y1 = margin, margin, self.w - margin, self.h - margin
        self.rect(x0, y0, x1, y1, 0.9, color)
        self.rect(x0 + band, y0 + band, x1 - band, y1 - band, 0.6, color)
        r = band / 2
        step = band * 0.55
        shape = self.page.new_shape()
        for side in range(4):
            if side in (0, 1):
                length = x1 - x0
            else:
                length = y1 - y0
            n = int(length / step)
            for i in range(n + 1):
                t = i * step
                if side == 0:
                    cx, cy = x0 + t, y0 + r
                elif side == 1:
                    cx, cy = x0 + t, y1 - r
                elif side == 2:
                    cx, cy = x0 + r, y0 + t
                else:
                    cx, cy = x1 - r, y0 + t
                shape.draw_circle((cx * MM, cy * MM), r * 0.8 * MM)
        shape.finish(color=color, width=0.25)
        shape.commit()

    def fret(self, margin: float, band: float, color=GOLD) -> None:
        """A 回纹 frame of square hooks (the vertical 2017 layout)."""
        x0, y0, x1, y1 = margin, margin, self.w - margin, self.h - margin
        self.rect(x0, y0, x1, y1, 1.0, color)
        self.rect(x0 + band, y0 + band, x1 - band, y1 - band, 0.7, color)
        s = band * 0.6
        shape = self.page.new_shape()
        for horizontal, fixed in (
            (True, y0 + band / 2),
            (True, y1 - band / 2),
            (False, x0 + band / 2),
            (False, x1 - band / 2),
        ):
            length = (x1 - x0) if horizontal else (y1 - y0)
            start = x0 if horizontal else y0
            t = band
            while t < length - band:
                a = start + t
                if horizontal:
                    pts = [
                        (a, fixed + s / 2),
                        (a, fixed - s / 2),
                        (a + s, fixed - s / 2),
                        (a + s, fixed),
                        (a + s / 2, fixed),
                    ]
                else:
                    pts = [
                        (fixed + s / 2, a),
                        (fixed - s / 2, a),
                        (fixed - s / 2, a + s),
                        (fixed, a + s),
                        (fixed, a + s / 2),
                    ]
                shape.draw_polyline([(px * MM, py * MM) for px, py in pts])
                t += s * 1.5
        shape.finish(color=color, width=0.45)
        shape.commit()

    def emblem(self, cx: float, cy: float, r: float) -> None:
        """A simplified national emblem: gold ring, red field, five stars, a gate and a wheel."""
        shape = self.page.new_shape()
        shape.draw_circle((cx * MM, cy * MM), r * MM)
        shape.finish(color=GOLD, fill=(0.93, 0.75, 0.25), width=0.8)
        shape.draw_circle((cx * MM, cy * MM), r * 0.74 * MM)
        shape.finish(color=GOLD, fill=(0.83, 0.1, 0.1), width=0.5)
        shape.commit()
        self.star(cx, cy - r * 0.35, r * 0.2, (1.0, 0.85, 0.2))
        for k, dx in enumerate((-0.32, -0.12, 0.12, 0.32)):
            self.star(
                cx + dx * r, cy - r * (0.5 if k in (1, 2) else 0.38) + r * 0.28, r * 0.07, (1.0, 0.85, 0.2)
            )
        self.fill(cx - r * 0.42, cy + r * 0.12, cx + r * 0.42, cy + r * 0.38, (1.0, 0.82, 0.25))
        self.fill(cx - r * 0.3, cy + r * 0.02, cx + r * 0.3, cy + r * 0.14, (1.0, 0.82, 0.25))
        for k in range(5):
            x = cx - r * 0.3 + k * r * 0.15
            self.fill(x, cy + r * 0.18, x + r * 0.06, cy + r * 0.34, (0.83, 0.1, 0.1))
        shape = self.page.new_shape()
        shape.draw_circle((cx * MM, (cy + r * 0.62) * MM), r * 0.14 * MM)
        shape.finish(color=(1.0, 0.82, 0.25), width=1.0)
        shape.commit()

    def star(self, cx: float, cy: float, r: float, color) -> None:
        pts = []
        for k in range(10):
            a = -math.pi / 2 + k * math.pi / 5
            rr = r if k % 2 == 0 else r * 0.4
            pts.append(((cx + rr * math.cos(a)) * MM, (cy + rr * math.sin(a)) * MM))
        shape = self.page.new_shape()
        shape.draw_polyline([*pts, pts[0]])
        shape.finish(color=None, fill=color, closePath=True, width=0)
        shape.commit()

    def seal(
        self,
        cx: float,
        cy: float,
        r: float,
        name: str,
        rng: random.Random,
        *,
        bottom: str = "",
        color=RED,
        opacity: float = 0.82,
    ) -> None:
        """A round red seal: ring, the name along the upper arc, a star, an optional bottom line."""
        shape = self.page.new_shape()
        shape.draw_circle((cx * MM, cy * MM), r * MM)
        shape.finish(color=color, width=r * 0.09 * MM, stroke_opacity=opacity)
        shape.commit()
        self.star(cx, cy, r * 0.3, color)
        n = len(name)
        spread = min(250.0, 20.0 * n + 30)
        size = min(r * 0.55 * MM * 0.9, (2 * math.pi * r * 0.78 * spread / 360) / n * MM * 0.95)
        for i, ch in enumerate(name):
            ang = -90 - spread / 2 + spread * (i + 0.5) / n
            a = math.radians(ang)
            rr = r * 0.78
            px, py = cx + rr * math.cos(a), cy + rr * math.sin(a)
            # character upright towards the centre: rotate by ang + 90
            rot = ang + 90
            w = size / MM / 2
            ox = px - w * math.cos(math.radians(rot)) - (size / MM * 0.35) * math.sin(math.radians(rot))
            oy = py - w * math.sin(math.radians(rot)) + (size / MM * 0.35) * math.cos(math.radians(rot))
            point = pymupdf.Point(ox * MM, oy * MM)
            self.page.insert_text(
                point,
                ch,
                fontsize=size,
                fontname="china-s",
                color=color,
                fill_opacity=opacity,
                morph=(point, pymupdf.Matrix(-rot)),
            )
        if bottom:
            self.text(
                cx, cy + r * 0.62, bottom, r * 0.22 * MM * 0.9, color=color, align="center", record=False
            )
        self.seals.append(name)

    def signature(self, x: float, y: float, name: str, rng: random.Random, size: float = 13.0) -> None:
        """A hand signature: the name slanted and a little irregular, in blue-black ink."""
        cx = x
        for ch in name:
            if ch == "·":
                continue
            point = pymupdf.Point(cx * MM, (y + rng.uniform(-0.8, 0.8)) * MM)
            self.page.insert_text(
                point,
                ch,
                fontsize=size * rng.uniform(0.9, 1.1),
                fontname="china-s",
                color=(0.1, 0.12, 0.35),
                morph=(point, pymupdf.Matrix(1, 0, 0.3, 1, 0, 0) * pymupdf.Matrix(rng.uniform(-4, 8))),
            )
            cx += size / MM * 0.95

    def qr(self, x: float, y: float, size: float, payload: str) -> None:
        """A real QR code of ``payload`` (zxing-cpp), ``size`` mm square, top-left at (x, y)."""
        code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
        img = np.array(code.to_image(scale=8, add_quiet_zones=False))
        pix = pymupdf.Pixmap(pymupdf.csGRAY, img.shape[1], img.shape[0], img.tobytes(), False)
        self.page.insert_image(pymupdf.Rect(x * MM, y * MM, (x + size) * MM, (y + size) * MM), pixmap=pix)

    # --- output -------------------------------------------------------------------------------

    def pixels(self, dpi: int) -> np.ndarray:
        """The sheet rendered to an RGB array."""
        pix = self.page.get_pixmap(dpi=dpi, alpha=False)
        return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()
