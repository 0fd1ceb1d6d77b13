"""One printed page: a PyMuPDF page that remembers every line it prints, with its box in points.

Text is set in Droid Sans Fallback (PyMuPDF's ``china-s`` face, written with a TextWriter,
embedded and subset when the file is saved) so that the text layer of a born-digital page says exactly what it shows.
Uyghur lines go through PyMuPDF's HTML box (HarfBuzz shaping, right to left) in DejaVu Sans.
Seals, handwriting, date stamps and e-signature boxes are pictures placed on the page; what
they say is recorded as a line of its own kind ("hand", "stamp", "esign").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pymupdf

A4 = (595.0, 842.0)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@cache
def cjk_font() -> pymupdf.Font:
    return pymupdf.Font("china-s")


def width(text: str, size: float) -> float:
    """Advance width of ``text`` in points."""
    return cjk_font().text_length(text, fontsize=size)


@dataclass
class Line:
    text: str
    bbox: tuple[float, float, float, float]
    kind: str = "print"
    """print (typeset), hand (written by hand), stamp (a date stamp), esign (an e-signature box), ug (Uyghur)."""

    def as_json(self) -> dict[str, object]:
        return {"text": self.text, "bbox": [round(v, 1) for v in self.bbox], "kind": self.kind}


@dataclass
class Sheet:
    """A page being printed, and the record of what is on it."""

    size: tuple[float, float] = A4
    lines: list[Line] = field(default_factory=list)
    seals: list[str] = field(default_factory=list)
    """Owners of the seals impressed on the page."""
    footer: str = ""

    def __post_init__(self) -> None:
        self.doc = pymupdf.open()
        self.page = self.doc.new_page(width=self.size[0], height=self.size[1])

    # text -----------------------------------------------------------------------------------
    def text(
        self, x: float, y: float, s: str, size: float = 10.5, color: tuple[float, float, float] = (0, 0, 0)
    ) -> tuple[float, float, float, float]:
        """Print ``s`` with its top-left at (x, y); returns its box."""
        writer = pymupdf.TextWriter(self.page.rect, color=color)
        writer.append((x, y + size * 0.88), s, font=cjk_font(), fontsize=size)
        writer.write_text(self.page)
        box = (x, y, x + width(s, size), y + size * 1.12)
        self.lines.append(Line(s, box))
        return box

    def center(self, y: float, s: str, size: float = 16.0, x0: float = 0.0, x1: float | None = None) -> float:
        right = self.size[0] if x1 is None else x1
        self.text(x0 + (right - x0 - width(s, size)) / 2, y, s, size)
        return y + size * 1.7

    def right(self, x1: float, y: float, s: str, size: float = 10.5) -> float:
        self.text(x1 - width(s, size), y, s, size)
        return y + size * 1.7

    def para(
        self,
        x: float,
        y: float,
        w: float,
        s: str,
        size: float = 10.5,
        lead: float = 1.75,
        indent: bool = True,
    ) -> float:
        """A wrapped paragraph (CJK breaks anywhere; a run of digits or Latin stays whole); returns the next y."""
        first = "　　" if indent else ""
        rest = first + s
        while rest:
            cut = len(rest)
            while width(rest[:cut], size) > w:
                cut -= 1
            if cut < len(rest):
                back = cut
                while (
                    back > 1 and rest[back - 1].isascii() and rest[back].isascii() and rest[back] not in " "
                ):
                    back -= 1
                cut = back if back > 1 else cut
            line, rest = rest[:cut], rest[cut:]
            if line.strip():
                self.text(x, y, line.rstrip(), size)
            y += size * lead
        return y

    def uyghur(self, x0: float, y: float, x1: float, s: str, size: float = 10.0) -> float:
        """A right-to-left Uyghur line between x0 and x1."""
        css = f"@font-face {{font-family: dv; src: url(DejaVuSans.ttf);}} p {{font-family: dv; font-size: {size}px; margin: 0;}}"
        rect = pymupdf.Rect(x0, y, x1, y + size * 2.2)
        self.page.insert_htmlbox(rect, f'<p dir="rtl">{s}</p>', css=css, archive=pymupdf.Archive(str(DEJAVU)))
        self.lines.append(Line(s, (x0, y, x1, y + size * 1.4), "ug"))
        return y + size * 1.9

    # drawing --------------------------------------------------------------------------------
    def rule(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=(0, 0, 0), width=w)

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 9.5,
        h: float = 20.0,
    ) -> float:
        """A ruled table; cells are single lines, left-aligned; returns the y below it."""
        total = sum(widths)
        for r, row in enumerate(rows):
            top = y + r * h
            self.rule(x, top, x + total, top)
            cx = x
            for cell, cw in zip(row, widths, strict=True):
                if cell:
                    self.text(cx + 4, top + (h - size * 1.12) / 2, cell, size)
                cx += cw
        bottom = y + len(rows) * h
        self.rule(x, bottom, x + total, bottom)
        cx = x
        for cw in [0.0, *widths]:
            cx += cw
            self.rule(cx, y, cx, bottom)
        return bottom + 8

    def picture(self, rect: tuple[float, float, float, float], png: bytes) -> None:
        self.page.insert_image(pymupdf.Rect(*rect), stream=png, overlay=True)

    def mark(self, rect: tuple[float, float, float, float], png: bytes, text: str, kind: str) -> None:
        """A picture that says ``text`` (handwriting, a date stamp, an e-signature box)."""
        self.picture(rect, png)
        self.lines.append(Line(text, rect, kind))

    def seal(self, cx: float, cy: float, owner: str, png: bytes, radius: float = 42.0) -> None:
        self.picture((cx - radius, cy - radius, cx + radius, cy + radius), png)
        self.seals.append(owner)

    def finish_footer(self, s: str, size: float = 7.5) -> None:
        """A footer line (page number, print date) at the foot of the page."""
        self.footer = s
        self.text(self.size[0] / 2 - width(s, size) / 2, self.size[1] - 36, s, size)

    def record(self) -> dict[str, object]:
        return {"lines": [line.as_json() for line in self.lines], "seals": list(self.seals)}
