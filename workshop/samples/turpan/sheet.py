"""A page as a list of drawing operations, painted onto PyMuPDF pages (visible or as a hidden text layer)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import pymupdf as fitz

FONT = "china-s"
A4 = (595.0, 842.0)
RED = (0.86, 0.1, 0.1)
BLACK = (0, 0, 0)


LATIN = "helv"


def _runs(text: str) -> list[tuple[bool, str]]:
    """Split into (is_latin, run) pieces: Latin runs use a proportional font, the rest the CJK font."""
    runs: list[tuple[bool, str]] = []
    for ch in text:
        latin = ord(ch) < 0x80
        if runs and runs[-1][0] == latin:
            runs[-1] = (latin, runs[-1][1] + ch)
        else:
            runs.append((latin, ch))
    return runs


def text_width(text: str, size: float) -> float:
    return sum(
        fitz.get_text_length(run, LATIN, size) if latin else size * len(run) for latin, run in _runs(text)
    )


def put_text(page, x: float, y: float, s: str, size: float, color=BLACK, render_mode: int = 0, **kw) -> None:
    for latin, run in _runs(s):
        page.insert_text(
            (x, y),
            run,
            fontname=LATIN if latin else FONT,
            fontsize=size,
            color=color,
            render_mode=render_mode,
            **kw,
        )
        x += fitz.get_text_length(run, LATIN, size) if latin else size * len(run)


@dataclass
class Sheet:
    width: float = A4[0]
    height: float = A4[1]
    ops: list[tuple] = field(default_factory=list)
    boxes: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)

    # -- text ---------------------------------------------------------------------------------
    def text(
        self, x: float, y: float, s: str, size: float = 10.5, *, tag: str | None = None, color=BLACK
    ) -> float:
        """Write ``s`` with its baseline at ``y``; returns the x where it ends."""
        self.ops.append(("text", x, y, s, size, color, tag))
        end = x + text_width(s, size)
        if tag:
            self.boxes[tag] = (x, y - size, end, y + size * 0.25)
        return end

    def center(self, y: float, s: str, size: float = 16, **kw) -> None:
        self.text((self.width - text_width(s, size)) / 2, y, s, size, **kw)

    def para(
        self,
        x: float,
        y: float,
        width: float,
        s: str,
        size: float = 10.5,
        lead: float = 1.7,
        indent: bool = True,
    ) -> float:
        """Wrap ``s`` inside ``width``; returns the baseline after the last line."""
        line, cur = "", ("\u3000\u3000" if indent else "")
        for ch in s:
            if text_width(cur + ch, size) > width:
                self.text(x, y, cur, size)
                y += size * lead
                cur = ""
            cur += ch
        line = cur
        if line:
            self.text(x, y, line, size)
            y += size * lead
        return y

    # -- shapes -------------------------------------------------------------------------------
    def line(self, x0, y0, x1, y1, width: float = 0.7, color=BLACK) -> None:
        self.ops.append(("line", x0, y0, x1, y1, width, color))

    def rect(self, x0, y0, x1, y1, width: float = 0.7, color=BLACK, fill=None) -> None:
        self.ops.append(("rect", x0, y0, x1, y1, width, color, fill))

    def grid(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        height: float = 22,
        size: float = 9.5,
        tags: dict | None = None,
    ) -> float:
        """A ruled table; ``tags`` maps (row, col) to a field tag. Returns the y under it."""
        tags = tags or {}
        total = sum(widths)
        for r, row in enumerate(rows):
            top = y + r * height
            self.line(x, top, x + total, top)
            cx = x
            for c, w in enumerate(widths):
                cell = row[c] if c < len(row) else ""
                if cell:
                    self.text(cx + 4, top + height / 2 + size * 0.4, cell, size, tag=tags.get((r, c)))
                cx += w
        bottom = y + len(rows) * height
        self.line(x, bottom, x + total, bottom)
        cx = x
        for w in [0, *widths]:
            cx += w
            self.line(cx, y, cx, bottom)
        return bottom

    def tick(self, x: float, y: float, checked: bool, size: float = 10) -> None:
        self.rect(x, y - size * 0.85, x + size * 0.85, y)
        if checked:
            self.ops.append(("tickmark", x, y, size))

    def seal(
        self, cx: float, cy: float, name: str, r: float = 44, inner: str = "", oval: bool = False, color=RED
    ) -> None:
        self.ops.append(("seal", cx, cy, r, name, inner, oval, color))

    def emblem(self, cx: float, cy: float, r: float = 26) -> None:
        self.ops.append(("emblem", cx, cy, r))

    def qr(self, x: float, y: float, size: float, payload: str) -> None:
        self.ops.append(("qr", x, y, size, payload))

    def signature(self, x: float, y: float, name: str) -> None:
        self.ops.append(("sign", x, y, name))

    # -- painting -----------------------------------------------------------------------------
    def paint(
        self,
        page: fitz.Page,
        *,
        hidden: bool = False,
        subst: dict[str, str] | None = None,
        dy: float = 0.0,
        dx: float = 0.0,
    ) -> None:
        subst = subst or {}
        shape = page.new_shape()
        texts: list[tuple] = []
        for op in self.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, size, color, tag = op
                if tag in subst:
                    s = subst[tag]
                texts.append((x + dx, y + dy, s, size, color))
            elif hidden:
                continue
            elif kind == "line":
                _, x0, y0, x1, y1, w, color = op
                shape.draw_line((x0 + dx, y0 + dy), (x1 + dx, y1 + dy))
                shape.finish(width=w, color=color)
            elif kind == "rect":
                _, x0, y0, x1, y1, w, color, fill = op
                shape.draw_rect(fitz.Rect(x0 + dx, y0 + dy, x1 + dx, y1 + dy))
                shape.finish(width=w, color=color, fill=fill)
            elif kind == "tickmark":
                _, x, y, size = op
                shape.draw_polyline(
                    [
                        (x + 1 + dx, y - size * 0.45 + dy),
                        (x + size * 0.35 + dx, y - 1 + dy),
                        (x + size + dx, y - size * 1.1 + dy),
                    ]
                )
                shape.finish(width=1.4, color=BLACK)
            elif kind == "sign":
                _, x, y, name = op
                pts = [(x + i * 4 + dx, y + dy + 5 * math.sin(i * 1.3 + len(name))) for i in range(12)]
                shape.draw_polyline(pts)
                shape.finish(width=1.1, color=(0.1, 0.1, 0.35))
        shape.commit()
        for x, y, s, size, color in texts:
            put_text(page, x, y, s, size, color, render_mode=3 if hidden else 0)
        if hidden:
            return
        for op in self.ops:
            if op[0] == "seal":
                cx, cy, r, name, inner, oval, color = op[1:8]
                _seal(page, cx, cy, r, name, inner, oval, color, dx=dx, dy=dy)
            elif op[0] == "emblem":
                _emblem(page, op[1] + dx, op[2] + dy, op[3])
            elif op[0] == "qr":
                _qr(page, op[1] + dx, op[2] + dy, op[3], op[4])


def _star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    pts = []
    for i in range(10):
        rad = r if i % 2 == 0 else r * 0.4
        ang = -math.pi / 2 + i * math.pi / 5
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    pts.append(pts[0])
    return pts


def _seal(page, cx, cy, r, name, inner, oval, color, dx=0.0, dy=0.0) -> None:
    cx, cy = cx + dx, cy + dy
    shape = page.new_shape()
    ry = r * (0.72 if oval else 1.0)
    shape.draw_oval(fitz.Rect(cx - r, cy - ry, cx + r, cy + ry))
    shape.finish(width=2.4, color=color, stroke_opacity=0.8)
    if not oval:
        shape.draw_polyline(_star(cx, cy, r * 0.27))
        shape.finish(width=0.5, color=color, fill=color, fill_opacity=0.8, stroke_opacity=0.8)
    shape.commit()
    n = len(name)
    span = min(250.0, 26.0 * n) if not oval else min(150.0, 17.0 * n)
    rad0 = r * 0.78
    size = min(r * 0.27, rad0 * math.radians(span) / max(n - 1, 1) * 0.92)
    rad = r - size * 0.75
    start = 90 + span / 2
    for i, ch in enumerate(name):
        ang = math.radians(start - i * span / max(n - 1, 1))
        px = cx + rad * math.cos(ang)
        py = cy - rad * math.sin(ang) * (ry / r)
        mat = fitz.Matrix(90 - math.degrees(ang))
        page.insert_text(
            (px - size / 2, py + size * 0.4),
            ch,
            fontname=FONT,
            fontsize=size,
            color=color,
            morph=(fitz.Point(px, py), mat),
            fill_opacity=0.8,
        )
    if inner:
        w = text_width(inner, r * 0.2)
        put_text(
            page, cx - w / 2, cy + r * (0.62 if not oval else 0.3), inner, r * 0.2, color, fill_opacity=0.8
        )


def _emblem(page, cx, cy, r) -> None:
    """A placeholder national emblem: ringed disc, five stars, a gate outline."""
    shape = page.new_shape()
    shape.draw_circle((cx, cy), r)
    shape.finish(width=1.5, color=RED, fill=(0.95, 0.75, 0.3))
    shape.draw_circle((cx, cy), r * 0.8)
    shape.finish(width=0.8, color=RED)
    shape.draw_polyline(_star(cx - r * 0.25, cy - r * 0.35, r * 0.2))
    shape.finish(width=0.3, color=(0.8, 0.6, 0.1), fill=(0.95, 0.85, 0.3))
    for k in range(4):
        a = -math.pi / 2 + (k - 1.5) * 0.55
        shape.draw_polyline(
            _star(
                cx - r * 0.25 + r * 0.45 * math.cos(a) + r * 0.2,
                cy - r * 0.35 + r * 0.45 * math.sin(a) + r * 0.25,
                r * 0.08,
            )
        )
        shape.finish(width=0.2, color=(0.8, 0.6, 0.1), fill=(0.95, 0.85, 0.3))
    shape.draw_rect(fitz.Rect(cx - r * 0.45, cy + r * 0.1, cx + r * 0.45, cy + r * 0.45))
    shape.finish(width=1, color=RED, fill=RED)
    shape.commit()


def _qr(page, x, y, size, payload) -> None:
    matrix = cv2.QRCodeEncoder.create().encode(payload)
    n = matrix.shape[0]
    cell = size / n
    shape = page.new_shape()
    for r in range(n):
        for c in range(n):
            if matrix[r, c] == 0:
                shape.draw_rect(
                    fitz.Rect(
                        x + c * cell, y + r * cell, x + (c + 1) * cell + 0.05, y + (r + 1) * cell + 0.05
                    )
                )
    shape.finish(width=0, color=None, fill=BLACK)
    shape.commit()


def variant(sheet: Sheet, subst: dict[str, str]) -> Sheet:
    """The same page with the tagged texts replaced (another version of the paper)."""
    ops = [(*op[:3], subst[op[6]], *op[4:]) if op[0] == "text" and op[6] in subst else op for op in sheet.ops]
    return Sheet(sheet.width, sheet.height, ops, dict(sheet.boxes))


def tagged(sheet: Sheet, tag: str) -> str | None:
    for op in sheet.ops:
        if op[0] == "text" and op[6] == tag:
            return op[3]
    return None
