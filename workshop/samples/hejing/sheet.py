"""A page drawn with PyMuPDF that remembers every run of text it printed.

Coordinates are PDF points from the page's top left; ``y`` is the top of a line. The CJK face is
PyMuPDF's own Droid Sans Fallback (embedded, subset when the file is written); Latin runs may use the
Base-14 faces (Helvetica, Times) that every PDF reader has.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import pymupdf

A4 = (595.28, 841.89)
INVOICE_SIZE = (683.15, 396.85)
"""A 数电票 page: 241 × 140 mm, landscape."""
CJK = pymupdf.Font("cjk")
BASE14 = {
    "helv": "Helvetica",
    "hebo": "Helvetica-Bold",
    "tiro": "Times-Roman",
    "tibo": "Times-Bold",
    "cour": "Courier",
}
BLACK = (0.0, 0.0, 0.0)
INVOICE_BROWN = (0.55, 0.27, 0.07)


@dataclass
class Run:
    """One run of text as drawn: what a reader of the page should find there."""

    text: str
    bbox: tuple[float, float, float, float]
    font: str
    size: float
    hand: bool = False
    """Written by pen on the paper (signature, correction), not printed."""
    hidden: bool = False
    """Printed but covered afterwards (under a white box)."""

    def as_json(self) -> dict[str, object]:
        return asdict(self)


def text_width(text: str, size: float, font: str = "song") -> float:
    if font == "song":
        return CJK.text_length(text, fontsize=size)
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


@dataclass
class Sheet:
    """One page of a paper, drawn in its own one-page document."""

    width: float = A4[0]
    height: float = A4[1]
    runs: list[Run] = field(default_factory=list)
    doc: pymupdf.Document = field(init=False)
    page: pymupdf.Page = field(init=False)

    def __post_init__(self) -> None:
        self.doc = pymupdf.open()
        self.page = self.doc.new_page(width=self.width, height=self.height)
        self.page.insert_font(fontname="song", fontbuffer=CJK.buffer)

    # text -----------------------------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 10.5,
        font: str = "song",
        color: tuple[float, float, float] = BLACK,
    ) -> tuple[float, float, float, float]:
        """Draw ``text`` with its top-left at (x, y); returns its box."""
        if font in BASE14:
            self.page.insert_text((x, y + size * 0.78), text, fontname=font, fontsize=size, color=color)
        else:
            self.page.insert_text((x, y + size * 0.88), text, fontname=font, fontsize=size, color=color)
        box = (x, y, x + text_width(text, size, font), y + size * 1.12)
        self.runs.append(Run(text, box, BASE14.get(font, "DroidSansFallback"), size))
        return box

    def centre(
        self,
        y: float,
        text: str,
        size: float = 10.5,
        font: str = "song",
        x0: float = 0.0,
        x1: float | None = None,
    ) -> tuple[float, float, float, float]:
        right = self.width if x1 is None else x1
        return self.text((x0 + right - text_width(text, size, font)) / 2, y, text, size, font)

    def right(
        self, x1: float, y: float, text: str, size: float = 10.5, font: str = "song"
    ) -> tuple[float, float, float, float]:
        return self.text(x1 - text_width(text, size, font), y, text, size, font)

    def runs_in_line(
        self, x: float, y: float, parts: list[tuple[str, str, float]]
    ) -> list[tuple[float, float, float, float]]:
        """Several runs on one line, each in its own face and size: (text, font, size)."""
        boxes = []
        for text, font, size in parts:
            lift = (10.5 - size) * 0.5 if size != 10.5 else 0.0
            boxes.append(self.text(x, y + lift, text, size, font))
            x = boxes[-1][2]
        return boxes

    def paragraph(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        size: float = 10.5,
        leading: float = 1.75,
        indent: bool = True,
    ) -> float:
        """Wrap ``text`` character by character inside ``width``; returns the y below it."""
        line = "　　" if indent else ""
        for char in text:
            if text_width(line + char, size) > width:
                self.text(x, y, line, size)
                y += size * leading
                line = ""
            line += char
        if line:
            self.text(x, y, line, size)
            y += size * leading
        return y

    # lines and boxes -----------------------------------------------------------------------------
    def rule(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        width: float = 0.6,
        color: tuple[float, float, float] = BLACK,
    ) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=width)

    def frame(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        width: float = 0.6,
        color: tuple[float, float, float] = BLACK,
    ) -> None:
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=color, width=width)

    def white_box(self, box: tuple[float, float, float, float]) -> None:
        """A filled white rectangle without border, drawn over what is there."""
        self.page.draw_rect(pymupdf.Rect(*box), color=None, fill=(1, 1, 1), width=0)
        for run in self.runs:
            if pymupdf.Rect(*box).contains(pymupdf.Rect(*run.bbox)) or pymupdf.Rect(*box).intersects(
                pymupdf.Rect(*run.bbox)
            ):
                inner = pymupdf.Rect(*run.bbox) & pymupdf.Rect(*box)
                if inner.get_area() > 0.6 * pymupdf.Rect(*run.bbox).get_area():
                    run.hidden = True

    def tick_box(self, x: float, y: float, ticked: bool, size: float = 9.0) -> None:
        self.frame(x, y, x + size, y + size, 0.7)
        if ticked:
            self.page.draw_polyline(
                [(x + 1.6, y + size * 0.5), (x + size * 0.42, y + size - 1.6), (x + size - 1.2, y + 1.2)],
                color=BLACK,
                width=1.1,
            )

    def grid(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        height: float = 22.0,
        size: float = 10.0,
        centred: tuple[int, ...] = (),
    ) -> float:
        """A ruled table, one text line per cell; a cell of "" after a text cell is merged into it."""
        total = sum(widths)
        top = y
        for row in rows:
            self.rule(x, y, x + total, y)
            cx = x
            spans: list[tuple[float, float, str]] = []
            for index, cell in enumerate(row):
                if index and cell == "" and spans:
                    start, _, content = spans[-1]
                    spans[-1] = (start, cx + widths[index], content)
                else:
                    spans.append((cx, cx + widths[index], cell))
                cx += widths[index]
            for number, (left, right_edge, content) in enumerate(spans):
                if number:
                    self.rule(left, y, left, y + height)
                if content:
                    if number in centred:
                        self.centre(y + (height - size * 1.12) / 2, content, size, x0=left, x1=right_edge)
                    else:
                        self.text(left + 4, y + (height - size * 1.12) / 2, content, size)
            y += height
        self.rule(x, y, x + total, y)
        self.rule(x, top, x, y)
        self.rule(x + total, top, x + total, y)
        return y

    def image(self, box: tuple[float, float, float, float], png: bytes) -> None:
        self.page.insert_image(pymupdf.Rect(*box), stream=png)

    def run_boxes(self, needle: str) -> list[tuple[float, float, float, float]]:
        return [run.bbox for run in self.runs if needle in run.text]
