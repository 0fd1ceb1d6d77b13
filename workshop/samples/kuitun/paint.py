"""Vector drawing on PyMuPDF pages: mixed CJK/Latin text, wrapped paragraphs, ruled tables, seals and pen marks.

CJK runs use the built-in ``china-ss`` font reference (not embedded, so files stay small), Latin runs
(digits, letters, ¥) use Helvetica, as word processors mix a Chinese and a Western font.
"""

from __future__ import annotations

import functools
import io
import math
import random
from collections.abc import Sequence

import pymupdf
from PIL import Image, ImageDraw, ImageFont

CJK = "china-ss"
LATIN = "helv"
RED = (0.85, 0.1, 0.12)
BLACK = (0, 0, 0)
INK = (0.1, 0.15, 0.45)
A4 = (595.0, 842.0)


def _is_latin(ch: str) -> bool:
    return ord(ch) < 128


def runs(s: str) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for ch in s:
        lat = _is_latin(ch)
        if out and out[-1][1] == lat:
            out[-1] = (out[-1][0] + ch, lat)
        else:
            out.append((ch, lat))
    return out


def width(s: str, size: float, latin_font: str = LATIN) -> float:
    total = 0.0
    for text, lat in runs(s):
        total += (
            pymupdf.get_text_length(text, fontname=latin_font, fontsize=size) if lat else size * len(text)
        )
    return total


def text(
    page: pymupdf.Page,
    x: float,
    y: float,
    s: str,
    size: float = 10.5,
    *,
    bold: bool = False,
    align: str = "left",
    color: Sequence[float] = BLACK,
    latin_font: str = LATIN,
) -> float:
    """Write one line with its baseline at y; returns the x after it."""
    w = width(s, size, latin_font)
    if align == "center":
        x -= w / 2
    elif align == "right":
        x -= w
    for chunk, lat in runs(s):
        kw: dict[str, object] = {}
        if bold:
            kw = {"render_mode": 2, "border_width": 0.04}
        page.insert_text((x, y), chunk, fontname=latin_font if lat else CJK, fontsize=size, color=color, **kw)  # type: ignore[arg-type]
        x += pymupdf.get_text_length(chunk, fontname=latin_font, fontsize=size) if lat else size * len(chunk)
    return x


def wrap(s: str, w: float, size: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if width(cur + ch, size) > w and cur:
            if ch in "，。；：、）》”":
                cur += ch
                lines.append(cur)
                cur = ""
                continue
            lines.append(cur)
            cur = ""
        cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(
    page: pymupdf.Page,
    x: float,
    y: float,
    w: float,
    s: str,
    size: float = 10.5,
    leading: float = 1.65,
    indent: bool = True,
) -> float:
    """A wrapped paragraph from baseline y; returns the baseline after it."""
    body = ("\u3000\u3000" if indent else "") + s
    for line in wrap(body, w, size):
        text(page, x, y, line, size)
        y += size * leading
    return y


def title(page: pymupdf.Page, y: float, s: str, size: float = 18, spaced: bool = False) -> float:
    if spaced:
        s = " ".join(s)
    text(page, page.rect.width / 2, y, s, size, bold=True, align="center")
    return y + size * 2


def table(
    page: pymupdf.Page,
    x: float,
    y: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    size: float = 10,
    min_h: float = 22,
    pad: float = 4,
    heights: dict[int, float] | None = None,
    line: float = 0.7,
) -> tuple[float, list[list[pymupdf.Rect]]]:
    """Ruled table; cell text wraps inside its cell. Returns the bottom y and every cell's rect."""
    rects: list[list[pymupdf.Rect]] = []
    for r, row in enumerate(rows):
        lines = [wrap(str(c), wd - 2 * pad, size) for c, wd in zip(row, widths, strict=False)]
        h = max(min_h, max((len(ls) for ls in lines), default=1) * size * 1.35 + 2 * pad)
        if heights and r in heights:
            h = max(h, heights[r])
        cx = x
        row_rects = []
        for ls, wd in zip(lines, widths, strict=False):
            rect = pymupdf.Rect(cx, y, cx + wd, y + h)
            page.draw_rect(rect, color=BLACK, width=line)
            block = len(ls) * size * 1.35
            ty = y + (h - block) / 2 + size * 1.05
            for ln in ls:
                text(page, cx + pad, ty, ln, size)
                ty += size * 1.35
            row_rects.append(rect)
            cx += wd
        rects.append(row_rects)
        y += h
    return y, rects


def hline(page: pymupdf.Page, x0: float, x1: float, y: float, w: float = 0.6) -> None:
    page.draw_line((x0, y), (x1, y), color=BLACK, width=w)


# -- seals and pen marks ----------------------------------------------------------------------------


@functools.cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(pymupdf.Font(CJK).buffer), size)


@functools.cache
def seal_png(name: str, label: str = "", px: int = 360, seed: int = 0, oval: bool = False) -> bytes:
    """A red round (or oval) seal with the name along the top arc, a star and a label, as RGBA PNG."""
    rng = random.Random(seed)
    w, h = (px, int(px * 0.7)) if oval else (px, px)
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (206, 28, 36, 225)
    lw = max(3, px // 45)
    d.ellipse((lw, lw, w - lw, h - lw), outline=red, width=lw)
    cx, cy = w / 2, h / 2
    if not oval:
        r = px * 0.13
        pts = []
        for k in range(10):
            a = -math.pi / 2 + k * math.pi / 5
            rr = r if k % 2 == 0 else r * 0.4
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        d.polygon(pts, fill=red)
    n = len(name)
    fs = int(px * (0.14 if n <= 12 else 0.115 if n <= 18 else 0.095))
    font = _font(fs)
    span = min(250.0, 14.0 * n + 60)
    rx, ry = (w / 2 - lw - fs * 0.75), (h / 2 - lw - fs * 0.75)
    for i, ch in enumerate(name):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        gx, gy = cx + rx * math.cos(a), cy + ry * math.sin(a)
        glyph = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((fs / 2, fs / 2), ch, font=font, fill=red)
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        img.alpha_composite(glyph, (int(gx - fs), int(gy - fs)))
    if label:
        lf = _font(int(px * 0.085))
        lwid = d.textlength(label, font=lf)
        d.text((cx - lwid / 2, cy + (px * 0.2 if not oval else -px * 0.05)), label, font=lf, fill=red)
    # uneven ink: knock out a few specks
    px_a = img.load()
    assert px_a is not None
    for _ in range(px * 3):
        x, y = rng.randrange(w), rng.randrange(h)
        p = px_a[x, y]
        if isinstance(p, tuple) and p[3]:
            px_a[x, y] = (p[0], p[1], p[2], int(p[3] * rng.uniform(0.2, 0.7)))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def seal(
    page: pymupdf.Page, cx: float, cy: float, name: str, label: str = "", r: float = 60, seed: int = 0
) -> None:
    rect = pymupdf.Rect(cx - r, cy - r, cx + r, cy + r)
    page.insert_image(rect, stream=seal_png(name, label, seed=seed % 5))


def signature(page: pymupdf.Page, x: float, y: float, rng: random.Random, w: float = 60) -> None:
    """A fast pen scribble starting at (x, y)."""
    pts = []
    cx = x
    for _ in range(rng.randint(9, 16)):
        cx += rng.uniform(2, w / 8)
        pts.append((cx, y + rng.uniform(-9, 5)))
    page.draw_polyline(pts, color=INK, width=rng.uniform(0.8, 1.3))
    page.draw_line(pts[0], (pts[-1][0] + 6, pts[-1][1] - rng.uniform(2, 8)), color=INK, width=0.7)


def handwrite(page: pymupdf.Page, x: float, y: float, s: str, size: float = 11) -> None:
    """A hand-filled value: ink colour, a little slanted."""
    page.insert_text(
        (x, y),
        s,
        fontname=CJK,
        fontsize=size,
        color=INK,
        morph=((x, y), pymupdf.Matrix(1, 0, -0.12, 1, 0, 0)),
    )
