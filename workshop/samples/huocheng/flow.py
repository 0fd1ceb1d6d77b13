"""A long document laid out page after page: headings, paragraphs and tables that flow, anchors that
remember on which page a clause landed, and 第 i 页 共 n 页 footers written once the length is known."""

from __future__ import annotations

from collections.abc import Sequence

import pymupdf

from .sheet import Sheet, clean, text_width, wrap

MARGIN_X = 64.0
TOP = 70.0
BOTTOM = 772.0


class Flow:
    def __init__(
        self,
        doc: pymupdf.Document,
        header: str = "",
        size: float = 10.5,
        leading: float = 1.75,
        margin: float = MARGIN_X,
    ):
        self.doc = doc
        self.header = header
        self.size = size
        self.leading = leading
        self.sheets: list[Sheet] = []
        self.anchors: dict[str, int] = {}
        self.y = BOTTOM + 1
        self.x0 = margin
        self.x1 = 595.0 - margin

    # --- pages -------------------------------------------------------------------------
    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    @property
    def page_index(self) -> int:
        """0-based index of the page being written, within this flow."""
        return len(self.sheets) - 1

    def new_page(self, header: bool = True) -> Sheet:
        sheet = Sheet.new(self.doc)
        self.sheets.append(sheet)
        self.y = TOP
        if header and self.header:
            sheet.text(self.x1, 46, self.header, 8.5, align="right")
            sheet.hline(self.x0, self.x1, 50, 0.4)
        return sheet

    def ensure(self, h: float) -> None:
        if not self.sheets or self.y + h > BOTTOM:
            self.new_page()

    def mark(self, name: str) -> None:
        self.anchors[name] = self.page_index

    def space(self, h: float) -> None:
        self.y += h

    # --- text --------------------------------------------------------------------------
    def heading(self, text: str, size: float = 12.0, center: bool = False, gap: float = 6.0) -> None:
        """A heading, shrunk to fit the line (down to 11 pt) and wrapped beyond that."""
        width = self.x1 - self.x0
        while size > 11 and text_width(text, size) > width:
            size -= 0.5
        lines = wrap(text, width, size)
        self.ensure(size * 1.9 * len(lines) + gap + self.size * self.leading * 2)
        self.y += gap
        for line in lines:
            if center:
                self.sheet.text((self.x0 + self.x1) / 2, self.y + size, line, size, align="center")
            else:
                self.sheet.text(self.x0, self.y + size, line, size)
            self.y += size * 1.9

    def para(self, text: str, indent: bool = True, size: float | None = None, mark: str = "") -> None:
        size = size or self.size
        ind = 2 * size if indent else 0.0
        lines = wrap(text, self.x1 - self.x0, size, first_indent=ind)
        step = size * self.leading
        for i, line in enumerate(lines):
            self.ensure(step)
            if mark and i == 0:
                self.mark(mark)
            self.sheet.text(self.x0 + (ind if i == 0 else 0), self.y + size, clean(line), size)
            self.y += step
        self.y += size * 0.35

    def table(
        self,
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        *,
        size: float = 9.0,
        aligns: Sequence[str] | None = None,
        mark: str = "",
    ) -> None:
        scale = (self.x1 - self.x0) / sum(widths)
        widths = [w * scale for w in widths]
        height = table_height(widths, rows, size)
        self.ensure(min(height, BOTTOM - TOP))
        if mark:
            self.mark(mark)
        self.y = self.sheet.table(self.x0, self.y, widths, rows, size=size, aligns=aligns) + 8

    def finish(self, footer: str = "第 {i} 页 共 {n} 页", skip_first: bool = False) -> list[Sheet]:
        n = len(self.sheets)
        for i, sheet in enumerate(self.sheets, start=1):
            if skip_first and i == 1:
                continue
            sheet.text(297.5, 806, footer.format(i=i, n=n), 8.5, align="center")
        return self.sheets


def table_height(
    widths: Sequence[float], rows: Sequence[Sequence[str]], size: float, row_h: float = 18.0
) -> float:
    total = 0.0
    for row in rows:
        n = max(len(wrap(cell, w - 6, size)) for cell, w in zip(row, widths, strict=True))
        total += max(row_h, n * (size + 3.5) + 6)
    return total


def fits(text: str, width: float, size: float) -> bool:
    return text_width(text, size) <= width
