"""Test helpers: Pages built from strings with synthetic boxes, and from a real PDF's text layer.

``page_of(lines)``: one string per visual line; two or more spaces end a
cell (a wide gap, as between a label column and its value or between table
cells), a ``|`` splits a word with no gap (a PDF span boundary). ``ocr=True``
makes one word per cell with OCR confidences, like an OCR line detector.
With ``columns`` (the x of each column), a cell ``~`` is an empty table cell.
"""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf

from jianzheng.models import Page, TextSource, Word

CJK_WIDTH, LATIN_WIDTH, HEIGHT, LEADING, CELL_GAP = 10.0, 5.5, 10.0, 20.0, 40.0


def _width(text: str) -> float:
    return sum(LATIN_WIDTH if ord(ch) < 0x2E80 else CJK_WIDTH for ch in text)


def page_of(
    lines: list[str],
    *,
    number: int = 1,
    file: str = "doc.pdf",
    ocr: bool = False,
    top: float = 60.0,
    columns: list[float] | None = None,
    **extra: object,
) -> Page:
    """A page whose lines are the given strings, left-aligned at x = 60 pt.

    ``columns``: the x of each cell (a table's columns), instead of packing
    the cells one after the other.
    """
    words: list[Word] = []
    source = TextSource.ocr if ocr else TextSource.text
    for index, line in enumerate(lines):
        y0 = top + index * LEADING
        x = 60.0
        for column, cell in enumerate(re.split(r"\s{2,}", line.strip())):
            if columns is not None and column < len(columns):
                x = max(x, columns[column])
            if cell == "~":  # an empty table cell
                continue
            parts = [cell.replace("|", "")] if ocr else cell.split("|")
            for part in parts:
                if part:
                    width = _width(part)
                    words.append(
                        Word(
                            text=part,
                            bbox=(x, y0, x + width, y0 + HEIGHT),
                            confidence=0.93 if ocr else 1.0,
                            source=source,
                        )
                    )
                    x += width
            x += CELL_GAP
    return Page(file=file, number=number, width=595.0, height=842.0, words=words, text_source=source, **extra)  # type: ignore[arg-type]


def pdf_pages(path: Path) -> list[Page]:
    """The pages of a text-layer PDF, one word per span, as the text reader gives them."""
    pages = []
    with pymupdf.open(path) as doc:
        for index, pdf_page in enumerate(doc):
            words = [
                Word(text=span["text"], bbox=tuple(span["bbox"]), font=span["font"], size=span["size"])
                for block in pdf_page.get_text("dict")["blocks"]
                for line in block.get("lines", [])
                for span in line["spans"]
                if span["text"].strip()
            ]
            pages.append(
                Page(
                    file=path.name,
                    number=index + 1,
                    width=pdf_page.rect.width,
                    height=pdf_page.rect.height,
                    words=words,
                )
            )
    return pages
