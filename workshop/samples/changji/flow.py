"""Pages built top to bottom: headings, paragraphs and ruled tables that break onto new pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .layout import A4, BLACK, Box, Colour, Item, Page, Rule, Text, width_of, wrap


@dataclass(frozen=True)
class Cell:
    """A table cell: text, alignment, and how many columns it spans."""

    text: str
    align: str = "left"
    span: int = 1
    bold: bool = False
    hand: bool = False


CellLike = Cell | str


class Flow:
    """A cursor down a stack of pages; every call writes below the last."""

    def __init__(
        self,
        size: tuple[float, float] = A4,
        margins: tuple[float, float, float, float] = (70.0, 64.0, 70.0, 64.0),
        body: float = 10.5,
        footer: str = "",
    ) -> None:
        self.width, self.height = size
        self.left, self.top, self.right, self.bottom = margins
        self.body = body
        self.footer = footer
        self.pages: list[Page] = []
        self.marks: dict[str, tuple[int, float]] = {}
        """Named places: (1-based page, y in points), for locating findings and edits."""
        self.y = 0.0
        self.new_page()

    @property
    def page(self) -> Page:
        return self.pages[-1]

    @property
    def inner(self) -> float:
        return self.width - self.left - self.right

    def new_page(self) -> Page:
        if self.pages and self.footer:
            self._footer(self.pages[-1], len(self.pages))
        self.pages.append(Page(self.width, self.height))
        self.y = self.top
        return self.page

    def finish(self) -> list[Page]:
        if self.footer:
            self._footer(self.pages[-1], len(self.pages))
            self.footer = ""
        return self.pages

    def _footer(self, page: Page, number: int) -> None:
        text = self.footer.format(n=number)
        size = 8.5
        page.add(Text((self.width - width_of(text, size)) / 2, self.height - 34, text, size))

    def mark(self, key: str) -> None:
        self.marks[key] = (len(self.pages), self.y)

    def need(self, height: float) -> None:
        if self.y + height > self.height - self.bottom:
            self.new_page()

    def space(self, height: float) -> None:
        self.y += height

    def place(self, *items: Item) -> None:
        self.page.add(*items)

    def title(self, text: str, size: float = 18.0, spacing: float = 0.0, gap: float = 14.0) -> None:
        self.need(size * 2)
        self.y += size
        x = (self.width - width_of(text, size, spacing)) / 2
        self.page.add(Text(x, self.y, text, size, bold=True, spacing=spacing))
        self.y += gap

    def line(
        self,
        text: str,
        size: float | None = None,
        *,
        x: float | None = None,
        align: str = "left",
        bold: bool = False,
        colour: Colour = BLACK,
        lead: float = 1.75,
    ) -> tuple[float, float]:
        """One unwrapped line; returns its (x, baseline)."""
        size = size or self.body
        self.need(size * lead)
        self.y += size * lead * 0.8
        w = width_of(text, size)
        if align == "center":
            left = (self.width - w) / 2
        elif align == "right":
            left = self.width - self.right - w
        else:
            left = self.left if x is None else x
        self.page.add(Text(left, self.y, text, size, bold=bold, colour=colour))
        baseline = self.y
        self.y += size * lead * 0.2
        return left, baseline

    def para(
        self,
        text: str,
        size: float | None = None,
        *,
        indent: float = 2.0,
        lead: float = 1.75,
        bold: bool = False,
    ) -> None:
        """A paragraph wrapped to the text width; ``indent`` in characters on its first line."""
        size = size or self.body
        first = indent * size
        lines = wrap(text, size, self.inner - first)
        if len(lines) > 1:
            rest = wrap(text[len(lines[0]) :].lstrip(), size, self.inner)
            lines = [lines[0], *rest]
        for index, line in enumerate(lines):
            self.line(line, size, x=self.left + (first if index == 0 else 0), bold=bold, lead=lead)

    def pairs(self, rows: Sequence[tuple[str, str]], label_width: float, size: float | None = None) -> None:
        """Unruled ``label：value`` lines with the values aligned (a contract's party block)."""
        size = size or self.body
        for label, value in rows:
            lines = wrap(value, size, self.inner - label_width)
            for index, text in enumerate(lines):
                self.need(size * 1.7)
                self.y += size * 1.4
                if index == 0:
                    self.page.add(Text(self.left, self.y, label, size))
                self.page.add(Text(self.left + label_width, self.y, text, size))
                self.y += size * 0.3

    def table(
        self,
        widths: Sequence[float],
        rows: Sequence[Sequence[CellLike]],
        size: float | None = None,
        *,
        header_rows: int = 0,
        pad: float = 4.0,
        min_height: float = 0.0,
        line_width: float = 0.7,
    ) -> list[tuple[float, float]]:
        """A ruled table; widths are fractions of the text width. Returns each row's (top, bottom)."""
        size = size or self.body
        total = sum(widths)
        cols = [w / total * self.inner for w in widths]
        edges = [self.left]
        for w in cols:
            edges.append(edges[-1] + w)
        spans: list[tuple[float, float]] = []
        for row_index, row in enumerate(rows):
            cells = [c if isinstance(c, Cell) else Cell(c) for c in row]
            placed: list[tuple[Cell, float, float, list[str]]] = []
            col = 0
            for cell in cells:
                x0, x1 = edges[col], edges[min(col + cell.span, len(cols))]
                placed.append((cell, x0, x1, wrap(cell.text, size, x1 - x0 - 2 * pad)))
                col += cell.span
            lines = max(len(p[3]) for p in placed)
            height = max(lines * size * 1.45 + 2 * pad, min_height)
            self.need(height)
            top = self.y
            for cell, x0, x1, texts in placed:
                block = len(texts) * size * 1.45
                y = top + (height - block) / 2 + size * 1.1
                for text in texts:
                    w = width_of(text, size)
                    if cell.align == "center":
                        x = (x0 + x1 - w) / 2
                    elif cell.align == "right":
                        x = x1 - pad - w
                    else:
                        x = x0 + pad
                    bold = cell.bold or row_index < header_rows
                    self.page.add(Text(x, y, text, size, bold=bold, hand=cell.hand, seed=int(x * 7 + y)))
                    y += size * 1.45
                self.page.add(Rule(x0, top, x0, top + height, line_width))
            self.page.add(Rule(edges[-1], top, edges[-1], top + height, line_width))
            self.page.add(Rule(self.left, top, edges[-1], top, line_width))
            self.page.add(Rule(self.left, top + height, edges[-1], top + height, line_width))
            spans.append((top, top + height))
            self.y = top + height
        return spans

    def frame(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.8) -> None:
        self.page.add(Box(x0, y0, x1, y1, width))
