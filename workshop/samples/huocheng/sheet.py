"""PyMuPDF pages that remember what they print: text runs, wrapped paragraphs, ruled tables, seals.

Every string drawn is recorded per page (``Sheet.lines``) so that printed.json can say what each
page shows, and the selfcheck can find every truth value on its page.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

import pymupdf

A4 = (595.0, 842.0)
FONT = pymupdf.Font("cjk")
RED = (0.82, 0.1, 0.12)
BLACK = (0.0, 0.0, 0.0)
GREY = (0.35, 0.35, 0.35)

NOBREAK_OPEN = "⟦"
NOBREAK_CLOSE = "⟧"
"""Marks a run a paragraph never wraps inside (an amount in capital numerals, a project name)."""


_ADVANCE: dict[str, float] = {}


def text_width(text: str, size: float) -> float:
    total = 0.0
    for ch in text:
        w = _ADVANCE.get(ch)
        if w is None:
            w = _ADVANCE[ch] = FONT.glyph_advance(ord(ch))
        total += w
    return total * size


@dataclass
class Sheet:
    """One page and what was printed on it."""

    doc: pymupdf.Document
    pno: int
    lines: list[str] = field(default_factory=list)
    seals: list[str] = field(default_factory=list)
    _page: pymupdf.Page | None = None
    _writers: dict[tuple[tuple[float, float, float], float], pymupdf.TextWriter] = field(default_factory=dict)

    @classmethod
    def new(cls, doc: pymupdf.Document, size: tuple[float, float] = A4) -> Sheet:
        page = doc.new_page(width=size[0], height=size[1])
        return cls(doc, page.number if page.number is not None else len(doc) - 1, _page=page)

    def _writer(self, color: tuple[float, float, float], opacity: float = 1.0) -> pymupdf.TextWriter:
        key = (color, opacity)
        if key not in self._writers:
            self._writers[key] = pymupdf.TextWriter(self.page.rect)
        return self._writers[key]

    def flush(self) -> None:
        """Write the text runs gathered so far onto the page (one writer per colour)."""
        for (color, opacity), writer in self._writers.items():
            writer.write_text(self.page, color=color, opacity=opacity)
        self._writers.clear()

    @property
    def page(self) -> pymupdf.Page:
        """The page (reloaded when PyMuPDF has let an older page object go)."""
        if self._page is None or self._page.parent is None:
            self._page = self.doc[self.pno]
        return self._page

    @property
    def width(self) -> float:
        return float(self.page.rect.width)

    @property
    def height(self) -> float:
        return float(self.page.rect.height)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        *,
        align: str = "left",
        color: tuple[float, float, float] = BLACK,
        record: bool = True,
    ) -> float:
        """Draw one run with its baseline at y; returns its width."""
        w = text_width(s, size)
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        if x < 4 or x + w > self.width - 4:
            raise ValueError(f"text runs off the page: {s!r} at x={x:.0f}, width {w:.0f}")
        self._writer(color).append((x, y), s, font=FONT, fontsize=size)
        if record and s.strip():
            self.lines.append(s)
        return w

    def hline(self, x0: float, x1: float, y: float, width: float = 0.6) -> None:
        self.page.draw_line((x0, y), (x1, y), color=BLACK, width=width)

    def rect(self, r: Sequence[float], width: float = 0.6) -> None:
        self.page.draw_rect(pymupdf.Rect(*r), color=BLACK, width=width)

    def table(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        *,
        size: float = 9.0,
        row_h: float = 18.0,
        aligns: Sequence[str] | None = None,
        bold_rows: Sequence[int] = (),
    ) -> float:
        """A ruled table; a cell's text is wrapped inside its column. Returns the y under it."""
        aligns = aligns or ["left"] * len(widths)
        top = y
        for r_i, row in enumerate(rows):
            wrapped = [wrap(cell, w - 6, size) for cell, w in zip(row, widths, strict=True)]
            n = max(1, max(len(c) for c in wrapped))
            h = max(row_h, n * (size + 3.5) + 6)
            cx = x
            for cell_lines, w, al in zip(wrapped, widths, aligns, strict=True):
                ty = y + (h - len(cell_lines) * (size + 3.5)) / 2 + size
                for line in cell_lines:
                    if al == "right":
                        self.text(cx + w - 3, ty, line, size, align="right")
                    elif al == "center":
                        self.text(cx + w / 2, ty, line, size, align="center")
                    else:
                        self.text(cx + 3, ty, line, size)
                    ty += size + 3.5
                cx += w
            y += h
            self.hline(x, x + sum(widths), y, 1.0 if r_i in bold_rows else 0.5)
        self.hline(x, x + sum(widths), top, 0.8)
        cx = x
        for w in [0.0, *widths]:
            cx += w
            self.page.draw_line((cx, top), (cx, y), color=BLACK, width=0.5)
        return y

    def seal(
        self, cx: float, cy: float, name: str, kind: str = "合同专用章", r: float = 46.0, tilt: float = 0.0
    ) -> None:
        """A red round seal stamped as an image (so its characters never join the text layer)."""
        pix = seal_pixmap(name, kind, r, tilt)
        self.page.insert_image(pymupdf.Rect(cx - r - 4, cy - r - 4, cx + r + 4, cy + r + 4), pixmap=pix)
        self.seals.append(name)

    def signature(self, x: float, y: float, name: str, rng: random.Random) -> None:
        """A hand-signed name, as an image: a slanted run with a pen stroke under it."""
        size = 13.0
        w = text_width(name, size) + 16
        pix = signature_pixmap(name, size, rng.randrange(1 << 20))
        self.page.insert_image(pymupdf.Rect(x - 6, y - size - 4, x - 6 + w, y + 8), pixmap=pix)


def seal_pixmap(name: str, kind: str, r: float, tilt: float = 0.0) -> pymupdf.Pixmap:
    """Draw a seal on a scratch page and render it with a transparent background."""
    side = 2 * r + 8
    doc = pymupdf.open()
    page = doc.new_page(width=side, height=side)
    cx = cy = side / 2
    red = RED
    page.draw_circle((cx, cy), r, color=red, width=2.2, stroke_opacity=0.85)
    star = []
    for k in range(10):
        rad = r * (0.26 if k % 2 == 0 else 0.11)
        ang = math.pi / 2 + k * math.pi / 5 + math.radians(tilt)
        star.append(pymupdf.Point(cx + rad * math.cos(ang), cy - rad * math.sin(ang)))
    page.draw_polyline([*star, star[0]], color=red, fill=red, width=0.5, fill_opacity=0.85)
    chars = list(name)
    n = len(chars)
    span = min(math.radians(232), math.radians(24) * max(n - 1, 1))
    ring = r * 0.74
    size = min(r * 0.27, ring * span / max(n - 1, 1) * 0.92)
    for i, ch in enumerate(chars):
        ang = math.pi / 2 + span / 2 - (span * i / max(1, n - 1)) + math.radians(tilt)
        px = cx + ring * math.cos(ang)
        py = cy - ring * math.sin(ang)
        rot = math.degrees(ang) - 90
        writer = pymupdf.TextWriter(page.rect)
        writer.append((px - size / 2, py + size * 0.4), ch, font=FONT, fontsize=size)
        writer.write_text(page, color=red, opacity=0.85, morph=(pymupdf.Point(px, py), pymupdf.Matrix(rot)))
    if kind:
        ks = size * 0.85
        writer = pymupdf.TextWriter(page.rect)
        writer.append((cx - text_width(kind, ks) / 2, cy + r * 0.62), kind, font=FONT, fontsize=ks)
        writer.write_text(page, color=red, opacity=0.85, morph=(pymupdf.Point(cx, cy), pymupdf.Matrix(-tilt)))
    pix = page.get_pixmap(dpi=200, alpha=True)
    doc.close()
    return pix


def signature_pixmap(name: str, size: float, seed: int) -> pymupdf.Pixmap:
    rng = random.Random(seed)
    w = text_width(name, size) + 16
    doc = pymupdf.open()
    page = doc.new_page(width=w, height=size + 12)
    x, y = 6.0, size + 4
    ink = (0.08, 0.1, 0.35)
    writer = pymupdf.TextWriter(page.rect)
    writer.append((x, y), name, font=FONT, fontsize=size)
    writer.write_text(page, color=ink, morph=(pymupdf.Point(x, y), pymupdf.Matrix(1, 0, -0.25, 1, 0, 0)))
    pts = [pymupdf.Point(x - 4 + i * (w - 6) / 6, y + 3 + rng.uniform(-2, 2)) for i in range(7)]
    page.draw_polyline(pts, color=ink, width=0.7)
    pix = page.get_pixmap(dpi=200, alpha=True)
    doc.close()
    return pix


def tokens(text: str) -> list[str]:
    """Split a paragraph into unbreakable tokens: a CJK char, an ASCII run, or a ⟦marked⟧ run."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == NOBREAK_OPEN:
            j = text.index(NOBREAK_CLOSE, i)
            out.append(text[i + 1 : j])
            i = j + 1
            continue
        if ch.isascii() and not ch.isspace():
            j = i
            while j < len(text) and text[j].isascii() and not text[j].isspace():
                j += 1
            out.append(text[i:j])
            i = j
            continue
        if out and ch in "，。；：、）》”％‰" and len(out[-1]) < 40:
            out[-1] += ch
        else:
            out.append(ch)
        i += 1
    return out


def wrap(text: str, width: float, size: float, first_indent: float = 0.0) -> list[str]:
    lines: list[str] = []
    cur = ""
    avail = width - first_indent
    for tok in tokens(text):
        if cur and text_width(cur + tok, size) > avail:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
            avail = width
        else:
            cur += tok
    if cur.strip():
        lines.append(cur.rstrip())
    return lines or [""]


def clean(text: str) -> str:
    """The text as printed (no-break marks removed)."""
    return text.replace(NOBREAK_OPEN, "").replace(NOBREAK_CLOSE, "")
