"""A page to be drawn: its painter and its size in points."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .sheet import Sheet

A4 = (595.28, 841.89)
A4_LANDSCAPE = (841.89, 595.28)
EINVOICE = (595.28, 396.85)
"""A 数电票 PDF page: 210 × 140 mm."""


@dataclass
class PageSpec:
    paint: Callable[[Sheet], None]
    size: tuple[float, float] = A4
    latin: str = "tiro"
