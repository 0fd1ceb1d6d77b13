"""A PyMuPDF page that records every run it prints: text, ruled tables, round and CPA seals, signatures, QR.

Coordinates are PDF points from the top left. CJK runs use the embedded Droid Sans Fallback (the only CJK
face on the machine); runs of ASCII figures use Times, as Word-made audit reports do.
"""

from __future__ import annotations

import functools
import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pymupdf
import zxingcpp
from PIL import Image

A4W, A4H = 595.28, 841.89
BLACK = (0.0, 0.0, 0.0)
RED = (0.84, 0.1, 0.12)
INK = (0.08, 0.12, 0.42)
GREY = (0.35, 0.35, 0.35)

CJK = pymupdf.Font("cjk")
TIMES = pymupdf.Font("tiro")
FONT_NAME = "gl-cjk"


@functools.lru_cache(maxsize=8192)
def _advance(c: str, ascii_run: bool) -> float:
    font = TIMES if ascii_run else CJK
    return float(font.glyph_advance(ord(c)))


def text_width(s: str, size: float) -> float:
    """Width of ``s`` in points as ``Sheet.text`` prints it (Times for pure ASCII runs, else the CJK face)."""
    ascii_run = s.isascii()
    return sum(_advance(c, ascii_run) for c in s) * size


@dataclass
class Sheet:
    """One page being drawn, and the record of what is on it."""

    doc: pymupdf.Document
    width: float = A4W
    height: float = A4H
    runs: list[dict[str, Any]] = field(default_factory=list)
    marks: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._page = self.doc.new_page(width=self.width, height=self.height)
        self.index = self._page.number
        self._page.insert_font(fontname=FONT_NAME, fontbuffer=CJK.buffer)

    @property
    def page(self) -> pymupdf.Page:
        """The page; PyMuPDF orphans page objects when pages are added, so fetch it again then."""
        if self._page.parent is None:
            self._page = self.doc[self.index]
        return self._page

    # ---- text -------------------------------------------------------------------------------

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        *,
        bold: bool = False,
        color: tuple[float, float, float] = BLACK,
        align: str = "left",
        kind: str = "print",
        record: bool = True,
    ) -> float:
        """Print ``s`` with its baseline at ``y``; returns the width."""
        if not s:
            return 0.0
        width = text_width(s, size)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        fontname = "tiro" if s.isascii() else FONT_NAME
        self.page.insert_text(
            (x, y),
            s,
            fontname=fontname,
            fontsize=size,
            color=color,
            render_mode=2 if bold else 0,
            border_width=0.035 if bold else 0.05,
        )
        if record:
            self.runs.append(
                {
                    "text": s,
                    "bbox": [round(x, 1), round(y - size, 1), round(x + width, 1), round(y + 2, 1)],
                    "kind": kind,
                }
            )
        return width

    def spaced(self, cx: float, y: float, s: str, size: float, gap: float, *, bold: bool = True) -> None:
        """A title with its characters spread apart (审 计 报 告), recorded as one run."""
        total = sum(text_width(c, size) for c in s) + gap * (len(s) - 1)
        x = cx - total / 2
        for c in s:
            self.text(x, y, c, size, bold=bold, record=False)
            x += text_width(c, size) + gap
        self.runs.append(
            {
                "text": s,
                "bbox": [round(cx - total / 2, 1), round(y - size, 1), round(cx + total / 2, 1), y + 2],
                "kind": "title",
            }
        )

    def paragraph(
        self,
        x: float,
        y: float,
        width: float,
        s: str,
        size: float = 10.5,
        leading: float = 1.75,
        indent: int = 2,
    ) -> float:
        """A wrapped paragraph, first line indented by ``indent`` characters; returns the next baseline."""
        tokens: list[str] = []
        buf = ""
        for c in s:
            if c.isascii() and c not in " ":
                buf += c
                continue
            if buf:
                tokens.append(buf)
                buf = ""
            tokens.append(c)
        if buf:
            tokens.append(buf)
        line = ""
        avail = width - indent * size
        lines: list[tuple[str, float]] = []
        first = True
        for tok in tokens:
            if text_width(line + tok, size) > avail and line:
                if tok in "，。；：、）”":  # no line starts with closing punctuation
                    line += tok
                    tok = ""
                lines.append((line, indent * size if first else 0.0))
                first = False
                line = tok
                avail = width
            else:
                line += tok
        if line:
            lines.append((line, indent * size if first else 0.0))
        for text, offset in lines:
            self.text(x + offset, y, text, size)
            y += size * leading
        return y

    # ---- tables -----------------------------------------------------------------------------

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        *,
        size: float = 9.0,
        row_h: float = 17.0,
        aligns: str | None = None,
        header_rows: int = 1,
        line_w: float = 0.6,
        indents: list[int] | None = None,
        spans: dict[int, list[tuple[int, int]]] | None = None,
    ) -> tuple[float, list[float]]:
        """A ruled table; cell text ``""`` is blank; ``spans`` merges header cells (row -> [(c0, c1)]).

        Returns the bottom and each row's baseline.
        """
        aligns = aligns or "l" + "r" * (len(widths) - 1)
        spans = spans or {}
        xs = [x]
        for w in widths:
            xs.append(xs[-1] + w)
        baselines = []
        shape = self.page.new_shape()
        for r, row in enumerate(rows):
            top = y + r * row_h
            base = top + row_h / 2 + size * 0.36
            baselines.append(base)
            merged = {c0: c1 for c0, c1 in spans.get(r, [])}
            inner = {b for c0, c1 in merged.items() for b in range(c0 + 1, c1 + 1)}
            for b, xx in enumerate(xs):
                if b not in inner:
                    shape.draw_line((xx, top), (xx, top + row_h))
            for c, cell in enumerate(row):
                if not cell:
                    continue
                if r < header_rows:
                    right = xs[merged.get(c, c) + 1]
                    self.text((xs[c] + right) / 2, base, cell, size, align="center", bold=True)
                elif aligns[c] == "r":
                    self.text(xs[c + 1] - 4, base, cell, size, align="right")
                elif aligns[c] == "c":
                    self.text((xs[c] + xs[c + 1]) / 2, base, cell, size, align="center")
                else:
                    pad = 4 + (indents[r] * size if indents and c == 0 else 0)
                    self.text(xs[c] + pad, base, cell, size)
        bottom = y + len(rows) * row_h
        for r in range(len(rows) + 1):
            yy = y + r * row_h
            if 0 < r < header_rows and any(r - 1 == k for k in spans):
                # under a row with merged cells, rule only the merged cells (项目 spans both header rows)
                for c0, c1 in spans.get(r - 1, []):
                    shape.draw_line((xs[c0], yy), (xs[c1 + 1], yy))
                continue
            shape.draw_line((xs[0], yy), (xs[-1], yy))
        shape.finish(color=BLACK, width=line_w)
        shape.commit()
        return bottom, baselines

    def rule(self, x0: float, y: float, x1: float, width: float = 0.8) -> None:
        self.page.draw_line((x0, y), (x1, y), color=BLACK, width=width)

    # ---- seals, signatures, codes -----------------------------------------------------------

    def round_seal(
        self,
        cx: float,
        cy: float,
        name: str,
        *,
        r: float = 60.0,
        bottom: str = "",
        code: str = "",
        rng: random.Random | None = None,
        star: bool = True,
    ) -> None:
        """A round red seal: ring, star, the name on the upper arc, an optional line below the star."""
        rng = rng or random.Random(0)
        turn = rng.uniform(-12, 12)
        self.page.draw_circle((cx, cy), r, color=RED, width=r * 0.055)
        if star:
            pts = []
            for k in range(10):
                ang = math.radians(-90 + k * 36 + turn)
                rad = r * (0.24 if k % 2 == 0 else 0.1)
                pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
            self.page.draw_polyline([*pts, pts[0]], color=RED, fill=RED, width=0.1)
        n = len(name)
        span = min(230.0 if bottom else 280.0, 26.0 * n)
        rr = r * 0.72
        size = min(r * 0.28, rr * math.radians(span) / max(n, 1) * 0.92)
        for i, ch in enumerate(name):
            ang = -90 - span / 2 + span * (i + 0.5) / n + turn
            rad = math.radians(ang)
            px, py = cx + rr * math.cos(rad), cy + rr * math.sin(rad)
            w = text_width(ch, size)
            point = pymupdf.Point(px - w / 2, py + size * 0.35)
            rot = pymupdf.Matrix(-(ang + 90))
            self.page.insert_text(
                point, ch, fontname=FONT_NAME, fontsize=size, color=RED, morph=(pymupdf.Point(px, py), rot)
            )
        if bottom:
            self.text(cx, cy + r * 0.52, bottom, r * 0.2, color=RED, align="center", record=False)
        if code:
            self.text(cx, cy + r * 0.8, code, r * 0.11, color=RED, align="center", record=False)
        self.marks.append(
            {"kind": "seal", "text": name, "bbox": [cx - r, cy - r, cx + r, cy + r], "sub": bottom}
        )

    def cpa_seal(self, x: float, y: float, name: str, number: str) -> None:
        """The 中国注册会计师 name seal: a red rectangle with title, name and certificate number."""
        w, h = 92.0, 46.0
        self.page.draw_rect(pymupdf.Rect(x, y, x + w, y + h), color=RED, width=1.4)
        self.page.draw_rect(pymupdf.Rect(x + 2.5, y + 2.5, x + w - 2.5, y + h - 2.5), color=RED, width=0.5)
        self.text(x + w / 2, y + 12, "中国注册会计师", 7.5, color=RED, align="center", record=False)
        self.text(
            x + w / 2, y + 28, name, 11 if len(name) < 5 else 8, color=RED, align="center", record=False
        )
        self.text(x + w / 2, y + 40, number, 7, color=RED, align="center", record=False)
        self.marks.append({"kind": "cpa_seal", "text": name, "number": number, "bbox": [x, y, x + w, y + h]})

    def signature(self, x: float, y: float, rng: random.Random, width: float = 60.0) -> None:
        """A pen scrawl: a few joined curves."""
        shape = self.page.new_shape()
        px, py = x, y
        steps = rng.randint(4, 7)
        for _ in range(steps):
            nx = px + width / steps * rng.uniform(0.8, 1.3)
            ny = y + rng.uniform(-9, 6)
            c1 = (px + rng.uniform(0, 10), py - rng.uniform(4, 14))
            c2 = (nx - rng.uniform(0, 10), ny + rng.uniform(4, 14))
            shape.draw_bezier((px, py), c1, c2, (nx, ny))
            px, py = nx, ny
        shape.finish(color=INK, width=1.1, closePath=False)
        shape.commit()
        self.marks.append({"kind": "signature", "bbox": [x, y - 14, x + width * 1.3, y + 14]})

    def qr(self, x: float, y: float, size: float, payload: str) -> None:
        code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
        arr = np.array(code.to_image(scale=8, add_quiet_zones=True))
        buf = io.BytesIO()
        Image.fromarray(arr).save(buf, format="PNG")
        self.page.insert_image(pymupdf.Rect(x, y, x + size, y + size), stream=buf.getvalue())
        self.marks.append({"kind": "qr", "payload": payload, "bbox": [x, y, x + size, y + size]})

    def record(self) -> dict[str, Any]:
        return {"runs": self.runs, "marks": self.marks}
