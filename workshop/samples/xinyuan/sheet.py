"""A PyMuPDF page that records what it prints: Chinese runs in the embedded CJK face (Droid Sans Fallback, which
PyMuPDF ships), Arabic-script runs (Uyghur, Kazakh) in DejaVu Sans laid out by MuPDF's HTML engine, which shapes
them with HarfBuzz (joining forms, lam-alef, right to left), images (seals, signatures, QR) as marks."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pymupdf

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
DEJAVU = DEJAVU_DIR / "DejaVuSans.ttf"
DEJAVU_BOLD = DEJAVU_DIR / "DejaVuSans-Bold.ttf"

BLACK = (0.0, 0.0, 0.0)
INK = (0.08, 0.08, 0.1)
RED = (0.78, 0.08, 0.1)
GREY = (0.45, 0.45, 0.45)

NO_LINE_START = "，。、；：？！）》」』”’%‰"

A4 = (595.28, 841.89)
A4_LANDSCAPE = (841.89, 595.28)
MM = 72 / 25.4


@functools.cache
def cjk_font() -> pymupdf.Font:
    return pymupdf.Font("cjk")


@functools.cache
def cjk_buffer() -> bytes:
    return bytes(cjk_font().buffer)


@functools.cache
def _advance(ch: str) -> float:
    return cjk_font().text_length(ch, fontsize=1.0)


@functools.cache
def latin_font() -> pymupdf.Font:
    return pymupdf.Font(fontfile=str(DEJAVU))


@functools.cache
def arabic_archive() -> pymupdf.Archive:
    return pymupdf.Archive(str(DEJAVU_DIR))


ARABIC_CSS = (
    "@font-face {font-family: dv; src: url(DejaVuSans.ttf);}"
    "@font-face {font-family: dv; src: url(DejaVuSans-Bold.ttf); font-weight: bold;}"
    "body {font-family: dv; margin: 0; padding: 0;} p {margin: 0; padding: 0;}"
)


def has_fonts() -> bool:
    return DEJAVU.exists() and DEJAVU_BOLD.exists()


class Sheet:
    """One page of a paper; every run and mark is recorded in page points (top-left origin)."""

    def __init__(self, doc: pymupdf.Document, size: tuple[float, float] = A4) -> None:
        self.page = doc.new_page(width=size[0], height=size[1])
        self.doc = doc
        self.number = self.page.number
        self.width, self.height = size
        self._writers: dict[tuple[tuple[float, float, float], bool], pymupdf.TextWriter] = {}
        self.runs: list[dict[str, Any]] = []
        self.marks: list[dict[str, Any]] = []

    # ------------------------------------------------------------ Chinese (and figures)

    @staticmethod
    def measure(text: str, size: float) -> float:
        return sum(_advance(ch) for ch in text) * size

    def zh(
        self,
        x: float,
        baseline: float,
        text: str,
        size: float = 10.5,
        *,
        bold: bool = False,
        color: tuple[float, float, float] = INK,
        align: str = "left",
        tag: str = "",
    ) -> pymupdf.Rect:
        """Print a Chinese run with its baseline at ``baseline``; ``x`` is its left, centre or right edge."""
        width = self.measure(text, size)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        self._writer(color, bold).append((x, baseline), text, font=cjk_font(), fontsize=size)
        box = pymupdf.Rect(x, baseline - size * 0.9, x + width, baseline + size * 0.2)
        self.runs.append({"text": text, "lang": "zh", "box": _box(box), "tag": tag})
        return box

    def symbol(self, x: float, baseline: float, text: str, size: float = 10.5, tag: str = "") -> pymupdf.Rect:
        """Print a symbol the CJK face lacks (☑ ☐) in DejaVu."""
        self._writer(INK, False).append((x, baseline), text, font=latin_font(), fontsize=size)
        width = latin_font().text_length(text, fontsize=size)
        box = pymupdf.Rect(x, baseline - size * 0.9, x + width, baseline + size * 0.2)
        self.runs.append({"text": text, "lang": "sym", "box": _box(box), "tag": tag})
        return box

    def wrap(
        self,
        x: float,
        baseline: float,
        width: float,
        text: str,
        size: float = 10.5,
        leading: float = 1.7,
        *,
        indent: float = 0.0,
        tag: str = "",
    ) -> float:
        """Print a paragraph wrapped at ``width``; returns the baseline after its last line."""
        lines: list[str] = []
        line = ""
        limit = width - indent
        for ch in text:
            # no line opens with closing punctuation (禁则): it stays, a little over the edge, on its line
            if self.measure(line + ch, size) > limit and ch not in NO_LINE_START:
                lines.append(line)
                line = ""
                limit = width
            line += ch
        if line:
            lines.append(line)
        for i, one in enumerate(lines):
            self.zh(x + (indent if i == 0 else 0), baseline, one, size, tag=tag)
            baseline += size * leading
        return baseline

    def _writer(self, color: tuple[float, float, float], bold: bool) -> pymupdf.TextWriter:
        key = (color, bold)
        if key not in self._writers:
            self._writers[key] = pymupdf.TextWriter(self.page.rect, color=color)
        return self._writers[key]

    def flush(self) -> None:
        """Write the pending Chinese runs (bold ones filled and stroked) onto the page."""
        if not self._writers:
            return
        page = self.doc[self.number]
        for (_, bold), writer in self._writers.items():
            writer.write_text(page, render_mode=2 if bold else 0)
        self._writers = {}

    # ------------------------------------------------------------ Arabic script

    def arabic(
        self,
        rect: pymupdf.Rect | tuple[float, float, float, float],
        text: str,
        size: float = 8.0,
        *,
        align: str = "right",
        lang: str = "ug",
        bold: bool = False,
        color: str = "#141418",
        tag: str = "",
    ) -> float:
        """Print a Uyghur or Kazakh run (shaped, right to left) in ``rect``; returns the height used."""
        rect = pymupdf.Rect(rect)
        weight = "bold" if bold else "normal"
        # MuPDF reads text-align as start/end inside a right-to-left paragraph: swap left and right so that
        # ``align`` keeps its visual meaning; dir=rtl keeps a line that opens with figures (a date) in order.
        css_align = {"right": "left", "left": "right"}.get(align, align)
        html = (
            f'<p dir="rtl" style="text-align:{css_align}; font-size:{size:.2f}px; font-weight:{weight}; color:{color};'
            f' line-height:1.25">{_escape(text)}</p>'
        )
        spare, scale = self.page.insert_htmlbox(
            rect, html, css=ARABIC_CSS, archive=arabic_archive(), scale_low=0.6
        )
        used = rect.height - spare if spare >= 0 else rect.height
        self.runs.append(
            {"text": text, "lang": lang, "box": _box(rect), "tag": tag, "scale": round(scale, 3)}
        )
        return used

    # ------------------------------------------------------------ drawing

    def line(self, p0: tuple[float, float], p1: tuple[float, float], width: float = 0.6, color=INK) -> None:
        self.page.draw_line(p0, p1, color=color, width=width)

    def rect(self, rect: tuple[float, float, float, float], width: float = 0.6, color=INK, fill=None) -> None:
        self.page.draw_rect(pymupdf.Rect(rect), color=color, width=width, fill=fill)

    def image(self, rect: tuple[float, float, float, float], png: bytes, kind: str, **info: Any) -> None:
        """Place an image (seal, signature, QR, emblem) over what is printed so far and record it as a mark."""
        self.flush()
        self.page.insert_image(pymupdf.Rect(rect), stream=png, keep_proportion=False)
        self.marks.append({"kind": kind, "box": _box(pymupdf.Rect(rect)), **info})

    def record(self) -> dict[str, Any]:
        return {"runs": self.runs, "marks": self.marks}


def _box(rect: pymupdf.Rect) -> list[float]:
    return [round(rect.x0, 2), round(rect.y0, 2), round(rect.x1, 2), round(rect.y1, 2)]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Paper:
    """One paper (a document of one type) built page by page, with the fields a reviewer reads from it."""

    def __init__(self, type_: str, *, project_id: str | None = None) -> None:
        self.type = type_
        self.project_id = project_id
        self.doc = pymupdf.open()
        self.sheets: list[Sheet] = []
        self.fields: dict[str, Any] = {}
        self.facts: dict[str, Any] = {}
        """What the paper prints where a plant or the selfcheck needs it (Uyghur lines, seal owners)."""

    def finish(self) -> None:
        for one in self.sheets:
            one.flush()

    def sheet(self, size: tuple[float, float] = A4) -> Sheet:
        self.finish()
        one = Sheet(self.doc, size)
        self.sheets.append(one)
        return one
