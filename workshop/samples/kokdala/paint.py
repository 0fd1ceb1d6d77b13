"""Vector drawing on PyMuPDF pages: mixed CJK / Latin text runs, wrapped paragraphs, ruled tables, seals, pen strokes.

Chinese runs use the reserved ``china-s`` font (one em per character), digits and Latin use Helvetica, so the
figures keep their proportional look and the text layer reads in order.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

import pymupdf

A4 = (595.28, 841.89)
BLACK = (0, 0, 0)
RED = (0.85, 0.1, 0.12)
SEAL_RED = (0.86, 0.12, 0.14)


def _is_latin(ch: str) -> bool:
    return ord(ch) < 0x2000 and ch not in "¥"


def _runs(text: str) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for ch in text:
        latin = _is_latin(ch)
        if out and out[-1][1] == latin:
            out[-1] = (out[-1][0] + ch, latin)
        else:
            out.append((ch, latin))
    return out


_CHAR_W: dict[str, float] = {}


def _char_w(ch: str) -> float:
    """Advance of one character at size 1 (Helvetica for Latin, one em for CJK)."""
    w = _CHAR_W.get(ch)
    if w is None:
        w = pymupdf.get_text_length(ch, fontname="helv", fontsize=1.0) if _is_latin(ch) else 1.0
        _CHAR_W[ch] = w
    return w


def width(text: str, size: float) -> float:
    return sum(_char_w(ch) for ch in text) * size


_SHAPES: dict[int, pymupdf.Shape] = {}


def sh(page: pymupdf.Page) -> pymupdf.Shape:
    """The page's pending shape: every drawing goes through one shape, committed once by ``done``."""
    key = id(page)
    shape = _SHAPES.get(key)
    if shape is None:
        shape = page.new_shape()
        _SHAPES[key] = shape
    return shape


def done() -> None:
    """Commit every pending shape (before a document gains a page, which invalidates its page objects)."""
    while _SHAPES:
        _key, shape = _SHAPES.popitem()
        shape.commit()


def text(
    page: pymupdf.Page,
    x: float,
    y: float,
    s: str,
    size: float = 10.5,
    color: Sequence[float] = BLACK,
    bold: bool = False,
    align: str = "left",
    morph: tuple[pymupdf.Point, pymupdf.Matrix] | None = None,
) -> pymupdf.Rect:
    """Write one line with its baseline at y; returns its box."""
    w = width(s, size)
    if align == "center":
        x -= w / 2
    elif align == "right":
        x -= w
    cx = x
    for run, latin in _runs(s):
        kwargs: dict[str, object] = {"fontsize": size, "color": color}
        if bold:
            kwargs.update(render_mode=2, border_width=0.04 if not latin else 0.03, fill=color)
        if morph is not None:
            kwargs["morph"] = morph
        sh(page).insert_text((cx, y), run, fontname="helv" if latin else "china-s", **kwargs)  # type: ignore[arg-type]
        cx += width(run, size)
    return pymupdf.Rect(x, y - size * 0.88, x + w, y + size * 0.2)


def wrap(s: str, size: float, max_w: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    cur_w = 0.0
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur, cur_w = "", 0.0
            continue
        cw = _char_w(ch) * size
        if cur_w + cw > max_w and cur:
            if ch in "，。；：、）》”":
                lines.append(cur + ch)
                cur, cur_w = "", 0.0
                continue
            lines.append(cur)
            cur, cur_w = ch, cw
        else:
            cur += ch
            cur_w += cw
    if cur:
        lines.append(cur)
    return lines


def para(
    page: pymupdf.Page,
    x: float,
    y: float,
    s: str,
    max_w: float,
    size: float = 10.5,
    lead: float = 1.75,
    indent: bool = True,
    color: Sequence[float] = BLACK,
) -> float:
    """A paragraph with a two-character first-line indent; returns the baseline after it."""
    first = ("\u3000\u3000" if indent else "") + s
    for line in wrap(first, size, max_w):
        text(page, x, y, line, size, color)
        y += size * lead
    return y


def hline(page: pymupdf.Page, x0: float, x1: float, y: float, w: float = 0.6) -> None:
    rule(page, (x0, y), (x1, y), BLACK, w)


def rule(
    page: pymupdf.Page,
    a: tuple[float, float],
    b: tuple[float, float],
    color: Sequence[float] = BLACK,
    w: float = 0.6,
) -> None:
    shape = sh(page)
    shape.draw_line(a, b)
    shape.finish(color=color, width=w)


def rect(
    page: pymupdf.Page,
    r: pymupdf.Rect,
    color: Sequence[float] = BLACK,
    w: float = 0.6,
    fill: Sequence[float] | None = None,
) -> None:
    shape = sh(page)
    shape.draw_rect(r)
    shape.finish(color=color, fill=fill, width=w)


def table(
    page: pymupdf.Page,
    x: float,
    y: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    size: float = 9.5,
    row_h: float = 20.0,
    aligns: Sequence[str] | None = None,
    bold_rows: Sequence[int] = (),
    heights: Sequence[float] | None = None,
) -> list[list[pymupdf.Rect]]:
    """A ruled table; cells wrap. Returns each cell's rectangle."""
    total_w = sum(widths)
    rects: list[list[pymupdf.Rect]] = []
    cy = y
    for r, row in enumerate(rows):
        cells = []
        lines_per = []
        for c, cell in enumerate(row):
            lines_per.append(wrap(cell, size, widths[c] - 6) if cell else [""])
        need = max(len(ls) for ls in lines_per) * size * 1.35 + 8
        h = max(row_h, need) if heights is None else heights[r]
        cx = x
        for c, lines in enumerate(lines_per):
            rect = pymupdf.Rect(cx, cy, cx + widths[c], cy + h)
            cells.append(rect)
            block_h = len(lines) * size * 1.35
            ty = cy + (h - block_h) / 2 + size * 1.0
            align = aligns[c] if aligns else "left"
            for line in lines:
                if align == "right":
                    text(page, rect.x1 - 4, ty, line, size, bold=r in bold_rows, align="right")
                elif align == "center":
                    text(page, (rect.x0 + rect.x1) / 2, ty, line, size, bold=r in bold_rows, align="center")
                else:
                    text(page, rect.x0 + 4, ty, line, size, bold=r in bold_rows)
                ty += size * 1.35
            cx += widths[c]
        rects.append(cells)
        hline(page, x, x + total_w, cy)
        cy += h
    hline(page, x, x + total_w, cy)
    cx = x
    for w in [*widths, 0]:
        rule(page, (cx, y), (cx, cy))
        cx += w
    return rects


def seal(
    page: pymupdf.Page,
    cx: float,
    cy: float,
    name: str,
    rng: random.Random,
    bottom: str = "",
    r: float = 40.0,
    code: str = "",
) -> pymupdf.Rect:
    """A round red seal: double ring, five-pointed star, the name on the upper arc, a line under the star."""
    color = SEAL_RED
    opacity = rng.uniform(0.72, 0.92)
    shape = sh(page)
    shape.draw_circle((cx, cy), r)
    shape.finish(color=color, width=r * 0.055, stroke_opacity=opacity)
    shape.draw_circle((cx, cy), r * 0.9)
    shape.finish(color=color, width=0.5, stroke_opacity=opacity)
    star = []
    sr = r * 0.24
    for k in range(10):
        ang = math.pi / 2 + k * math.pi / 5
        rad = sr if k % 2 == 0 else sr * 0.4
        star.append((cx + rad * math.cos(ang), cy - rad * math.sin(ang)))
    shape.draw_polyline([*star, star[0]])
    shape.finish(color=color, fill=color, width=0.3, stroke_opacity=opacity, fill_opacity=opacity)
    n = len(name)
    span = 250.0 if n > 9 else (215.0 if n > 5 else 160.0)
    arc = r * 0.7
    size = min(r * 0.27, 0.92 * arc * math.radians(span) / max(n, 1))
    start = 90 + span / 2
    for k, ch in enumerate(name):
        ang = start - (span * (k + 0.5) / n)
        rad = math.radians(ang)
        px = cx + arc * math.cos(rad)
        py = cy - arc * math.sin(rad)
        rot = pymupdf.Matrix(ang - 90)
        # the glyph's centre on the arc, its top pointing outwards
        anchor = pymupdf.Point(px - size / 2, py + size * 0.38)
        shape.insert_text(
            anchor,
            ch,
            fontname="china-s",
            fontsize=size,
            color=color,
            morph=(pymupdf.Point(px, py), rot),
            fill_opacity=opacity,
        )
    if bottom:
        bs = r * 0.2
        text(page, cx, cy + r * 0.55, bottom, bs, color, align="center")
    if code:
        cs = r * 0.11
        text(page, cx, cy + r * 0.78, code, cs, color, align="center")
    return pymupdf.Rect(cx - r, cy - r, cx + r, cy + r)


def oval_seal(page: pymupdf.Page, cx: float, cy: float, name: str, code: str, rng: random.Random) -> None:
    """The 发票专用章: an oval with the name on the arc, the tax number across, 发票专用章 below."""
    color = SEAL_RED
    rx, ry = 52.0, 34.0
    shape = sh(page)
    shape.draw_oval(pymupdf.Rect(cx - rx, cy - ry, cx + rx, cy + ry))
    shape.finish(color=color, width=1.6, stroke_opacity=0.85)
    n = len(name)
    size = min(8.0, 300 / max(n, 1) / 4)
    span = 200.0
    for k, ch in enumerate(name):
        ang = 90 + span / 2 - span * (k + 0.5) / n
        rad = math.radians(ang)
        px = cx + rx * 0.8 * math.cos(rad)
        py = cy - ry * 0.78 * math.sin(rad)
        shape.insert_text(
            pymupdf.Point(px - size / 2, py + size * 0.38),
            ch,
            fontname="china-s",
            fontsize=size,
            color=color,
            morph=(pymupdf.Point(px, py), pymupdf.Matrix(ang - 90)),
        )
    text(page, cx, cy + 3, code, 6.5, color, align="center")
    text(page, cx, cy + 18, "发票专用章", 8, color, align="center")


def square_seal(page: pymupdf.Page, x: float, y: float, lines: Sequence[str]) -> None:
    """A rectangular CPA seal (中国注册会计师 / name / number)."""
    w, h = 78.0, 12.0 * len(lines) + 8
    shape = sh(page)
    shape.draw_rect(pymupdf.Rect(x, y, x + w, y + h))
    shape.finish(color=SEAL_RED, width=1.2, stroke_opacity=0.85)
    for k, line in enumerate(lines):
        text(page, x + w / 2, y + 13 + 12 * k, line, 8, SEAL_RED, align="center")


def scrawl(
    page: pymupdf.Page,
    x: float,
    y: float,
    rng: random.Random,
    w: float = 55.0,
    color: Sequence[float] = (0.08, 0.1, 0.3),
) -> None:
    """A pen signature: a few connected loops."""
    pts = []
    n = rng.randint(9, 16)
    for k in range(n):
        px = x + w * k / (n - 1)
        py = y - rng.uniform(-7, 7) - (5 if k % 3 == 0 else 0)
        pts.append(pymupdf.Point(px, py))
    shape = sh(page)
    for k in range(0, len(pts) - 3, 3):
        shape.draw_bezier(pts[k], pts[k + 1] + (0, -8), pts[k + 2] + (0, 8), pts[k + 3])
    shape.finish(color=color, width=rng.uniform(0.9, 1.3), closePath=False)


def qr(page: pymupdf.Page, rect: pymupdf.Rect, payload: str) -> None:
    """A QR code drawn as filled squares (OpenCV's encoder)."""
    import cv2

    enc = cv2.QRCodeEncoder.create()
    img = enc.encode(payload)
    n = img.shape[0]
    cell = rect.width / n
    shape = sh(page)
    for yy in range(n):
        for xx in range(n):
            if img[yy, xx] == 0:
                shape.draw_rect(
                    pymupdf.Rect(
                        rect.x0 + xx * cell,
                        rect.y0 + yy * cell,
                        rect.x0 + (xx + 1) * cell,
                        rect.y0 + (yy + 1) * cell,
                    )
                )
    shape.finish(color=None, fill=BLACK, width=0)
