"""What a scenario is: a filing, its files, the findings it plants; helpers to build one."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

import pymupdf

from . import ink
from .canvas import CJK, measure_font
from .output import FileSpec, Placement
from .world import Built, Filing


@dataclass
class Expect:
    """A planted finding: its code and the placement/page whose content shows it."""

    code: str
    project_id: str | None
    where: Placement | None
    page: int | None = None
    """0-based page inside the placed document; None: the document's first page."""
    note: str = ""


@dataclass
class Scenario:
    """One submission to write."""

    name: str
    filing: Filing
    files: list[FileSpec]
    expects: list[Expect] = field(default_factory=list)
    declaration_format: str = "json"

    @property
    def clean(self) -> bool:
        """Nothing planted."""
        return not self.expects


def amount(rng: random.Random, lo: int, hi: int, step: int = 100) -> Decimal:
    """A random amount in yuan between ``lo`` and ``hi``, a multiple of ``step``."""
    return Decimal(rng.randrange(lo // step, hi // step) * step)


def day_in(rng: random.Random, year: int, first_month: int, last_month: int) -> dt.date:
    """A working day in the given months."""
    while True:
        day = dt.date(year, rng.randint(first_month, last_month), rng.randint(1, 28))
        if day.weekday() < 5:
            return day


def annotate(built: Built, page_index: int, rng: random.Random, initials: str = "核") -> None:
    """Blue-ink review marks: ticks beside two paragraphs and an initial in the margin."""
    page = built.doc[page_index]
    for y in (rng.uniform(180, 260), rng.uniform(420, 520)):
        page.insert_image(pymupdf.Rect(28, y, 52, y + 24), stream=ink.tick(rng), overlay=True)
    page.insert_image(pymupdf.Rect(500, 40, 570, 68), stream=ink.handwriting(initials, rng), overlay=True)


def overlay_amount(built: Built, new_line: str) -> None:
    """Cover the printed price line with a white box and type another one over it (OVERLAY_DETECTED)."""
    page = built.doc[built.marks["amount"]]
    box = built.rects["amount"]
    cover = pymupdf.Rect(box.x0 - 1, box.y0 - 1, page.rect.width - 52, box.y1 + 1)
    page.draw_rect(cover, color=None, fill=(1, 1, 1), overlay=True)
    writer = pymupdf.TextWriter(page.rect)
    writer.append((box.x0, box.y1 - 10.5 * 0.25), new_line, font=measure_font(CJK), fontsize=10.5)
    writer.write_text(page)
