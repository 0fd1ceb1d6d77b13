"""Drawing a paper on a PyMuPDF page: Chinese text (Droid Sans Fallback, embedded and subset on save),
Arabic-script lines through ``insert_htmlbox`` (MuPDF's HTML engine shapes them with HarfBuzz and lays them
out right to left), ruled tables, tick boxes, and stamps (seals, signatures) kept beside the page so that a
born-digital file can place them as images and a scan can press them into the pixels as ink.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pymupdf
from PIL import Image

from . import ink

A4 = (595.28, 841.89)
CJK = "cjk"
BLACK = (0, 0, 0)
RED = (0.82, 0.08, 0.1)
GREY = (0.35, 0.35, 0.35)

_ARCHIVE = pymupdf.Archive("/usr/share/fonts/truetype/dejavu")
_CSS = (
    "@font-face {font-family: dvs; src: url(DejaVuSans.ttf);}"
    "@font-face {font-family: dvs; font-weight: bold; src: url(DejaVuSans-Bold.ttf);}"
    "p {font-family: dvs; margin: 0; padding: 0; line-height: 1.2;}"
)


@lru_cache(maxsize=1)
def cjk_font() -> pymupdf.Font:
    return pymupdf.Font("china-s")


def width(s: str, size: float) -> float:
    return cjk_font().text_length(s, fontsize=size)


def arabic_width(s: str, size: float, bold: bool = False) -> float:
    """Width in points of a shaped Arabic-script line (measured by Raqm at 10x, DejaVu Sans)."""
    font = ink.arabic_font(int(size * 10), bold)
    return font.getlength(s, direction="rtl") / 10


_FONT_XREF: dict[int, int] = {}
"""id(document) → xref of its embedded CJK font (cleared by ``forget``)."""


_GLYPHS: list[tuple[int, float]] | None = None


def _prime_widths(doc: pymupdf.Document, xref: int) -> None:
    """PyMuPDF measures a font's glyphs up to the highest code written so far, again each time a higher code
    comes (a full-width colon after a full-width bracket measures 65 000 glyphs twice). Measure the BMP once
    per process and hand that table to each new document's font record."""
    global _GLYPHS
    if _GLYPHS is None:
        _GLYPHS = doc.get_char_widths(xref, 65536)
        return
    info = pymupdf.CheckFontInfo(doc, xref)
    if info is not None:
        info[1]["glyphs"] = _GLYPHS


def _add_font_ref(doc: pymupdf.Document, page_xref: int, font_xref: int) -> None:
    """Put /cjk → font_xref into the page's /Resources /Font, following indirect dictionaries."""
    target, path = page_xref, "Resources"
    kind, val = doc.xref_get_key(target, path)
    if kind == "xref":
        target, path = int(val.split()[0]), ""
    font_path = f"{path}/Font" if path else "Font"
    kind, val = doc.xref_get_key(target, font_path)
    if kind == "xref":
        target, font_path = int(val.split()[0]), ""
    key = f"{font_path}/{CJK}" if font_path else CJK
    doc.xref_set_key(target, key, f"{font_xref} 0 R")


def forget(doc: pymupdf.Document) -> None:
    _FONT_XREF.pop(id(doc), None)


@dataclass
class Stamp:
    rect: pymupdf.Rect
    image: Image.Image
    kind: str
    """seal or sign"""


@dataclass
class Sheet:
    """One page being drawn, with the stamps to press on it."""

    doc: pymupdf.Document
    number: int
    stamps: list[Stamp] = field(default_factory=list)
    marks: dict[str, str] = field(default_factory=dict)
    """What the page shows, for the truth (e.g. 'amount': the amount line's text)."""

    @classmethod
    def new(cls, doc: pymupdf.Document, landscape: bool = False, size: tuple[float, float] = A4) -> Sheet:
        w, h = size
        page = doc.new_page(width=h if landscape else w, height=w if landscape else h)
        xref = _FONT_XREF.get(id(doc))
        if xref is None:
            # embedding the font measures all its glyphs: do it once per document, then point each new page's
            # resources at the same font object (PyMuPDF then finds it and skips the measuring)
            xref = page.insert_font(fontname=CJK, fontbuffer=ink.cjk_bytes())
            _FONT_XREF[id(doc)] = xref
            _prime_widths(doc, xref)
        else:
            _add_font_ref(doc, page.xref, xref)
        return cls(doc, page.number)

    @property
    def page(self) -> pymupdf.Page:
        """The page, fetched afresh (PyMuPDF invalidates page objects when pages are added)."""
        return self.doc[self.number]

    @property
    def w(self) -> float:
        return self.page.rect.width

    @property
    def h(self) -> float:
        return self.page.rect.height

    # ------------------------------------------------------------ text

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        color: tuple[float, ...] = BLACK,
        bold: bool = False,
        spacing: float = 0.0,
    ) -> float:
        """Write one line with its baseline at y; returns the x where it ends."""
        if spacing:
            for ch in s:
                self.text(x, y, ch, size, color, bold)
                x += width(ch, size) + spacing
            return x
        if bold:
            self.page.insert_text(
                (x, y),
                s,
                fontname=CJK,
                fontsize=size,
                render_mode=2,
                border_width=0.025,
                color=color,
                fill=color,
            )
        else:
            self.page.insert_text((x, y), s, fontname=CJK, fontsize=size, color=color)
        return x + width(s, size)

    def center(
        self, y: float, s: str, size: float = 10.5, x0: float | None = None, x1: float | None = None, **kw
    ) -> None:
        x0 = 0 if x0 is None else x0
        x1 = self.w if x1 is None else x1
        sp = kw.get("spacing", 0.0)
        wd = width(s, kw.get("size", size)) + sp * max(len(s) - 1, 0)
        self.text((x0 + x1 - wd) / 2, y, s, size, **kw)

    def right(self, x1: float, y: float, s: str, size: float = 10.5, **kw) -> None:
        self.text(x1 - width(s, size), y, s, size, **kw)

    def wrap(self, s: str, size: float, avail: float, indent: float = 0.0) -> list[str]:
        """Break a paragraph into lines; runs of digits, Latin letters and money punctuation stay whole."""
        tokens = re.findall(r"[0-9A-Za-z¥￥.,:%/\-]+|.", s)
        lines: list[str] = []
        cur, cur_w, first = "", indent, True
        for tok in tokens:
            tw = width(tok, size)
            if cur and cur_w + tw > avail and tok not in "，。；：、）”":
                lines.append(cur)
                cur, cur_w, first = "", 0.0, False
            cur += tok
            cur_w += tw
        if cur:
            lines.append(cur)
        del first
        return lines

    def para(
        self,
        x0: float,
        x1: float,
        y: float,
        s: str,
        size: float = 10.5,
        indent: int = 2,
        leading: float = 1.75,
        color: tuple[float, ...] = BLACK,
    ) -> float:
        """A paragraph with a first-line indent of ``indent`` characters; returns the next baseline."""
        ind = indent * size
        for i, line in enumerate(self.wrap(s, size, x1 - x0, ind)):
            self.text(x0 + (ind if i == 0 else 0), y, line, size, color)
            y += size * leading
        return y

    def arabic(
        self,
        x0: float,
        x1: float,
        y_top: float,
        s: str,
        size: float = 10.0,
        align: str = "right",
        bold: bool = False,
        color: str = "#000000",
    ) -> None:
        """One Arabic-script line (Uyghur or Kazakh) shaped by HarfBuzz, right-aligned or centred in [x0, x1];
        a line too long for the box is set smaller rather than wrapped."""
        need = arabic_width(s, size, bold)
        if need > (x1 - x0) - 4:
            size = max(size * 0.55, size * ((x1 - x0) - 4) / need)
        style = f"font-size:{size}pt;color:{color};" + ("font-weight:bold;" if bold else "")
        if align == "center":
            html = f'<p dir="rtl" style="{style}text-align:center">{s}</p>'
        elif align == "left":
            html = f'<p dir="rtl" style="{style}text-align:right">{s}</p>'  # MuPDF mirrors sides in rtl
        else:
            html = f'<p dir="rtl" style="{style}">{s}</p>'
        rect = pymupdf.Rect(x0, y_top, x1, y_top + size * 2.2)
        self.page.insert_htmlbox(rect, html, css=_CSS, archive=_ARCHIVE, scale_low=0.6)

    # ------------------------------------------------------------ lines and boxes

    def line(
        self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, color: tuple[float, ...] = BLACK
    ) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=w)

    def box(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        w: float = 0.6,
        fill: tuple[float, ...] | None = None,
        color: tuple[float, ...] | None = BLACK,
    ) -> None:
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=color, fill=fill, width=w)

    def tick_box(self, x: float, y_base: float, size: float, ticked: bool) -> float:
        """A square tick box sitting on the baseline; returns the x after it."""
        s = size * 0.85
        self.box(x, y_base - s, x + s, y_base, w=0.7)
        if ticked:
            self.page.draw_polyline(
                [
                    (x + s * 0.18, y_base - s * 0.5),
                    (x + s * 0.42, y_base - s * 0.18),
                    (x + s * 0.9, y_base - s * 1.05),
                ],
                color=BLACK,
                width=1.2,
            )
        return x + s + size * 0.3

    def grid(
        self, x: list[float], y: list[float], w: float = 0.6, skip: set[tuple[int, int]] | None = None
    ) -> None:
        """Ruled grid; ``skip`` holds (row, col) pairs whose left border is left out (merged cells)."""
        skip = skip or set()
        for yy in y:
            self.line(x[0], yy, x[-1], yy, w)
        for ci, xx in enumerate(x):
            for ri in range(len(y) - 1):
                if (ri, ci) in skip:
                    continue
                self.line(xx, y[ri], xx, y[ri + 1], w)

    def cell(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        s: str,
        size: float = 10.0,
        align: str = "left",
        pad: float = 4.0,
    ) -> None:
        """Text in a cell, wrapped, vertically centred."""
        lines = self.wrap(s, size, x1 - x0 - 2 * pad)
        lead = size * 1.35
        total = lead * (len(lines) - 1) + size
        y = (y0 + y1) / 2 - total / 2 + size * 0.86
        for line in lines:
            if align == "center":
                self.center(y, line, size, x0, x1)
            elif align == "right":
                self.right(x1 - pad, y, line, size)
            else:
                self.text(x0 + pad, y, line, size)
            y += lead

    # ------------------------------------------------------------ stamps

    def stamp(self, img: Image.Image, cx: float, cy: float, kind: str = "seal") -> pymupdf.Rect:
        """Place an ink image (300 dpi) centred at (cx, cy) in points."""
        wpt = img.width * 72 / ink.DPI
        hpt = img.height * 72 / ink.DPI
        rect = pymupdf.Rect(cx - wpt / 2, cy - hpt / 2, cx + wpt / 2, cy + hpt / 2)
        self.stamps.append(Stamp(rect, img, kind))
        return rect

    def sign(self, img: Image.Image, x0: float, y_base: float) -> None:
        wpt = img.width * 72 / ink.DPI
        hpt = img.height * 72 / ink.DPI
        self.stamps.append(
            Stamp(pymupdf.Rect(x0, y_base - hpt * 0.8, x0 + wpt, y_base + hpt * 0.2), img, "sign")
        )

    def image(self, rect: pymupdf.Rect, png: bytes) -> None:
        self.page.insert_image(rect, stream=png)


def place_stamps_digital(sheet: Sheet) -> None:
    """A born-digital file: the seals are electronic seal images laid over the text."""
    for st in sheet.stamps:
        sheet.page.insert_image(st.rect, stream=ink.png_bytes(st.image), overlay=True)
