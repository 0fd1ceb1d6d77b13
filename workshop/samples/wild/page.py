"""A thin drawing layer over PyMuPDF: text with CJK wrapping, ruled tables, images, and the
places of key fields (``marks``) that plants need later.

All coordinates are PDF points from the page's top left; ``y`` in ``text`` is the top of the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pymupdf

BODY = "china-ss"
"""PyMuPDF's built-in CJK font (Droid Sans Fallback); the page's only face, as on many scans."""

A4 = (595.0, 842.0)
A4_LANDSCAPE = (842.0, 595.0)
LATIN = "helv"
"""Digits and Latin letters in Helvetica: the CJK face would print them one em wide."""
_FONT = pymupdf.Font(BODY)
_LATIN = pymupdf.Font(LATIN)


def runs(text: str) -> list[tuple[str, str]]:
    """``text`` split into (font name, run) pieces: ASCII in the Latin face, the rest in CJK."""
    out: list[tuple[str, str]] = []
    for ch in text:
        name = LATIN if ch.isascii() else BODY
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return out


def width(text: str, size: float) -> float:
    """Printed width of ``text`` at ``size`` points."""
    return sum((_LATIN if name == LATIN else _FONT).text_length(run, size) for name, run in runs(text))


_TOKEN = re.compile(r"[0-9A-Za-z,.¥%/\-]+|.")


def wrap(text: str, size: float, room: float) -> list[str]:
    """Break ``text`` into lines no wider than ``room``: between any two CJK characters, as CJK
    setters do, but never inside a number or a Latin word."""
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for token in _TOKEN.findall(para):
            if line and width(line + token, size) > room:
                lines.append(line)
                line = token
            else:
                line += token
        lines.append(line)
    return lines


@dataclass
class Sheet:
    """One page being drawn."""

    page: pymupdf.Page
    marks: dict[str, pymupdf.Rect] = field(default_factory=dict)
    y: float = 60.0
    left: float = 64.0
    right: float = 531.0

    @classmethod
    def new(cls, doc: pymupdf.Document, size: tuple[float, float] = A4, margin: float = 64.0) -> Sheet:
        """A fresh page of ``doc``."""
        page = doc.new_page(width=size[0], height=size[1])
        return cls(page, left=margin, right=size[0] - margin, y=margin - 4)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        color: tuple[float, float, float] = (0, 0, 0),
        mark: str | None = None,
        bold: bool = False,
    ) -> pymupdf.Rect:
        """One line at (x, top y); returns its box (also kept under ``mark``)."""
        cx = x
        for name, run in runs(s):
            self.page.insert_text(
                (cx, y + size * 0.88),
                run,
                fontname=name,
                fontsize=size,
                color=color,
                render_mode=2 if bold else 0,
                border_width=0.035 if bold else 0.05,
            )
            cx += width(run, size)
        box = pymupdf.Rect(x, y, x + width(s, size), y + size * 1.1)
        if mark:
            self.marks[mark] = box
        return box

    def center(
        self, s: str, size: float = 16, bold: bool = True, gap: float = 1.8, mark: str | None = None
    ) -> None:
        """A centred heading line at the running ``y``."""
        mid = (self.left + self.right) / 2
        self.text(mid - width(s, size) / 2, self.y, s, size, bold=bold, mark=mark)
        self.y += size * gap

    def para(
        self, s: str, size: float = 10.5, indent: bool = True, lead: float = 1.75, mark: str | None = None
    ) -> None:
        """A wrapped paragraph at the running ``y``; the first line indented two characters."""
        prefix = "\u3000\u3000" if indent else ""
        lines = wrap(prefix + s, size, self.right - self.left)
        top = self.y
        for line in lines:
            self.text(self.left, self.y, line, size)
            self.y += size * lead
        if mark:
            self.marks[mark] = pymupdf.Rect(self.left, top, self.right, self.y)

    def line(
        self, s: str, size: float = 10.5, x: float | None = None, lead: float = 1.75, mark: str | None = None
    ) -> pymupdf.Rect:
        """One unwrapped line at the running ``y``."""
        box = self.text(self.left if x is None else x, self.y, s, size, mark=mark)
        self.y += size * lead
        return box

    def table(
        self,
        widths: list[float],
        rows: list[list[str]],
        size: float = 10.0,
        pad: float = 4.0,
        marks: dict[tuple[int, int], str] | None = None,
        x: float | None = None,
        min_h: float = 0.0,
    ) -> None:
        """A ruled table at the running ``y``; a cell's text wraps inside it; "" spans nothing."""
        x0 = self.left if x is None else x
        shape = self.page.new_shape()
        for r, row in enumerate(rows):
            wrapped = [wrap(cell, size, w - 2 * pad) for cell, w in zip(row, widths, strict=False)]
            height = max(max(len(c) for c in wrapped) * size * 1.45 + 2 * pad, min_h)
            cx = x0
            for c, (cell, w) in enumerate(zip(wrapped, widths, strict=False)):
                shape.draw_rect(pymupdf.Rect(cx, self.y, cx + w, self.y + height))
                ty = self.y + (height - len(cell) * size * 1.45) / 2
                for n, text in enumerate(cell):
                    box = self.text(cx + pad, ty + n * size * 1.45, text, size)
                    if marks and (r, c) in marks:
                        key = marks[(r, c)]
                        self.marks[key] = self.marks[key] | box if n and key in self.marks else box
                cx += w
            self.y += height
        shape.finish(color=(0, 0, 0), width=0.7)
        shape.commit()
        self.y += 8

    def image(self, rect: pymupdf.Rect, png: bytes, mark: str | None = None) -> None:
        """Place a PNG (seal, signature, handwriting) over the page content."""
        self.page.insert_image(rect, stream=png, overlay=True)
        if mark:
            self.marks[mark] = rect


@dataclass
class Paper:
    """A rendered document: its PDF pages, truth type and fields, and its key-field places per page."""

    type: str
    pdf: pymupdf.Document
    fields: dict
    project_id: str | None = None
    marks: list[dict[str, pymupdf.Rect]] = field(default_factory=list)
    docx: bytes | None = None
    """For a contract written as .docx: the file's bytes (its pages are then the docx's page breaks)."""

    @classmethod
    def of(
        cls, type_: str, doc: pymupdf.Document, sheets: list[Sheet], fields: dict, pid: str | None = None
    ) -> Paper:
        """Gather a finished document."""
        return cls(type_, doc, fields, pid, [s.marks for s in sheets])


def watermark(sheet: Sheet, text: str, color: tuple[float, float, float] = (0.6, 0.6, 0.6)) -> None:
    """A diagonal repeated watermark (仅供年检使用) over the page."""
    page = sheet.page
    for k in range(3):
        p = pymupdf.Point(page.rect.width * 0.18, page.rect.height * (0.35 + 0.25 * k))
        page.insert_text(
            p, text, fontname=BODY, fontsize=30, color=color, fill_opacity=0.35, morph=(p, pymupdf.Matrix(25))
        )
