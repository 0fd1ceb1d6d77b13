"""What a page holds, in PDF points from the top left: text, rules, boxes and marks.

A page is drawn twice over by the same description: onto a bitmap for paper that is
later scanned or photographed (``raster.py``) and into a PDF page with a text layer
for born-digital files (``born_digital.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pymupdf

A4 = (595.0, 842.0)
A4_LANDSCAPE = (842.0, 595.0)

Colour = tuple[int, int, int]
BLACK: Colour = (20, 20, 24)
INK_BLUE: Colour = (28, 38, 112)
SEAL_RED: Colour = (206, 34, 44)


@dataclass(frozen=True)
class Text:
    """A line of text; ``y`` is its baseline. ``hand`` writes it as by pen (a mark, not a font)."""

    x: float
    y: float
    text: str
    size: float = 10.5
    bold: bool = False
    colour: Colour = BLACK
    hand: bool = False
    seed: int = 0
    spacing: float = 0.0
    """Extra points between characters (titles spaced out like 营 业 执 照)."""


@dataclass(frozen=True)
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.6
    colour: Colour = BLACK


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.6
    colour: Colour = BLACK
    fill: Colour | None = None


@dataclass(frozen=True)
class Seal:
    """A red stamp: an organisation's name round the rim, a star, a foot line."""

    cx: float
    cy: float
    radius: float
    name: str
    foot: str = ""
    code: str = ""
    oval: bool = False
    seed: int = 0
    strength: float = 1.0


@dataclass(frozen=True)
class Signature:
    """A pen signature: the name written fast and slanted, with a flourish."""

    x: float
    y: float
    name: str
    size: float = 15.0
    seed: int = 0
    colour: Colour = INK_BLUE


@dataclass(frozen=True)
class Tick:
    """A printed check box, ticked by pen or left empty."""

    x: float
    y: float
    size: float
    ticked: bool
    seed: int = 0


@dataclass(frozen=True)
class Qr:
    x: float
    y: float
    size: float
    payload: str


@dataclass(frozen=True)
class Emblem:
    """The red emblem above a licence title (drawn as a plain device, not the real arms)."""

    cx: float
    cy: float
    radius: float


@dataclass(frozen=True)
class Guilloche:
    """The wavy printed frame of a licence."""

    x0: float
    y0: float
    x1: float
    y1: float
    colour: Colour = (150, 150, 95)


Item = Text | Rule | Box | Seal | Signature | Tick | Qr | Emblem | Guilloche


@dataclass
class Page:
    width: float
    height: float
    items: list[Item] = field(default_factory=list)

    def add(self, *items: Item) -> None:
        self.items.extend(items)


@lru_cache(maxsize=1)
def font() -> pymupdf.Font:
    """The one CJK face every renderer uses (MuPDF's built-in Droid Sans Fallback)."""
    return pymupdf.Font("cjk")


@lru_cache(maxsize=1)
def font_bytes() -> bytes:
    return bytes(font().buffer)


def width_of(text: str, size: float, spacing: float = 0.0) -> float:
    return float(font().text_length(text, fontsize=size)) + spacing * max(len(text) - 1, 0)


def _tokens(text: str) -> list[str]:
    """Break points: every CJK character alone, runs of Latin letters and figures together."""
    out: list[str] = []
    run = ""
    for ch in text:
        if ch.isascii() and not ch.isspace():
            run += ch
            continue
        if run:
            out.append(run)
            run = ""
        out.append(ch)
    if run:
        out.append(run)
    return out


def wrap(text: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width`` at ``size``; no line starts with a closing mark."""
    lines: list[str] = []
    line = ""
    for token in _tokens(text):
        if line and width_of(line + token, size) > width and token not in "，。、；：）》”":
            lines.append(line)
            line = token.lstrip()
        else:
            line += token
    if line:
        lines.append(line)
    return lines or [""]
