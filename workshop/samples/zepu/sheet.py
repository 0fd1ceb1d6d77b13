"""A sheet of paper as a raster in millimetres that records everything printed or written on it.

The sheet holds reflectance (1.0 = white) per RGB channel; every mark multiplies into it the way ink
absorbs light, so a seal over printed text leaves the text dark under the red, and two seals overlap
darker. Each text run is recorded with its box and kind (``print``, ``hand``, ``stamp``) for the
selfcheck; marks (seals, fingerprints, highlighter, white-out) are recorded with their boxes too.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFont

INK_BLACK = (0.10, 0.10, 0.12)
PEN_BLUE = (0.16, 0.22, 0.62)
PEN_BLACK = (0.13, 0.13, 0.16)
SEAL_RED = (0.86, 0.13, 0.17)


@lru_cache(maxsize=1)
def _cjk_bytes() -> bytes:
    return bytes(pymupdf.Font("china-s").buffer)


@lru_cache(maxsize=64)
def font(px: int) -> ImageFont.FreeTypeFont:
    """PyMuPDF's built-in CJK face (Droid Sans Fallback) at ``px`` pixels."""
    return ImageFont.truetype(io.BytesIO(_cjk_bytes()), max(4, px))


def text_mask(text: str, px: int) -> np.ndarray:
    """Coverage (0..1) of ``text`` in the CJK face at ``px`` pixels, tightly cropped to the advance box."""
    face = font(px)
    width = max(1, int(face.getlength(text)) + 2)
    height = int(px * 1.25) + 2
    image = Image.new("L", (width, height), 0)
    ImageDraw.Draw(image).text((1, 1), text, font=face, fill=255)
    return np.asarray(image, dtype=np.float32) / 255.0


@dataclass
class Run:
    text: str
    kind: str
    box: tuple[float, float, float, float]
    """x0, y0, x1, y1 in mm from the sheet's top left."""
    visible: bool = True


@dataclass
class Mark:
    kind: str
    box: tuple[float, float, float, float]
    info: dict[str, Any] = field(default_factory=dict)


class Sheet:
    """One side of a paper, ``width`` × ``height`` mm, rasterised at ``dpi``."""

    def __init__(self, width: float, height: float, dpi: int, tone: tuple[float, float, float] = (1, 1, 1)):
        self.width, self.height, self.dpi = width, height, dpi
        self.px_per_mm = dpi / 25.4
        w, h = self.px(width), self.px(height)
        self.pixels = np.empty((h, w, 3), dtype=np.float32)
        self.pixels[:] = np.asarray(tone, dtype=np.float32)
        self.runs: list[Run] = []
        self.marks: list[Mark] = []

    def px(self, mm: float) -> int:
        """Millimetres to whole pixels."""
        return round(mm * self.px_per_mm)

    def ink(self, coverage: np.ndarray, x_px: int, y_px: int, colour: tuple[float, float, float]) -> None:
        """Multiply ink of ``colour`` into the sheet where ``coverage`` (0..1) lies, top left at (x, y) px."""
        h, w = coverage.shape
        H, W = self.pixels.shape[:2]
        x0, y0, x1, y1 = max(0, x_px), max(0, y_px), min(W, x_px + w), min(H, y_px + h)
        if x0 >= x1 or y0 >= y1:
            return
        cov = coverage[y0 - y_px : y1 - y_px, x0 - x_px : x1 - x_px, None]
        absorb = 1.0 - np.asarray(colour, dtype=np.float32)
        self.pixels[y0:y1, x0:x1] *= 1.0 - cov * absorb

    def cover(self, coverage: np.ndarray, x_px: int, y_px: int, colour: tuple[float, float, float]) -> None:
        """Paint opaque material (white-out, a sticky note) of ``colour`` over the sheet."""
        h, w = coverage.shape
        H, W = self.pixels.shape[:2]
        x0, y0, x1, y1 = max(0, x_px), max(0, y_px), min(W, x_px + w), min(H, y_px + h)
        if x0 >= x1 or y0 >= y1:
            return
        cov = coverage[y0 - y_px : y1 - y_px, x0 - x_px : x1 - x_px, None]
        region = self.pixels[y0:y1, x0:x1]
        self.pixels[y0:y1, x0:x1] = region * (1 - cov) + np.asarray(colour, dtype=np.float32) * cov

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size_pt: float = 10.5,
        colour: tuple[float, float, float] = INK_BLACK,
        align: str = "left",
        bold: bool = False,
        record: bool = True,
        kind: str = "print",
    ) -> tuple[float, float, float, float]:
        """Print ``text`` with its top at ``y`` mm; ``x`` is the left, centre or right per ``align``."""
        px = max(4, round(size_pt * 0.3528 * self.px_per_mm))
        mask = text_mask(text, px)
        if bold:
            mask = np.maximum(mask, np.roll(mask, 1, axis=1))
        width_mm = mask.shape[1] / self.px_per_mm
        left = {"left": x, "center": x - width_mm / 2, "right": x - width_mm}[align]
        self.ink(mask, self.px(left), self.px(y), colour)
        box = (left, y, left + width_mm, y + mask.shape[0] / self.px_per_mm)
        if record:
            self.runs.append(Run(text, kind, box))
        return box

    def line(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.25) -> None:
        """A printed rule (table lines), ``width`` mm thick."""
        thick = max(1, self.px(width))
        xa, ya, xb, yb = self.px(x0), self.px(y0), self.px(x1), self.px(y1)
        left, top = min(xa, xb) - thick, min(ya, yb) - thick
        w, h = abs(xb - xa) + 2 * thick + 1, abs(yb - ya) + 2 * thick + 1
        canvas = Image.new("L", (w, h), 0)
        ImageDraw.Draw(canvas).line((xa - left, ya - top, xb - left, yb - top), fill=255, width=thick)
        self.ink(np.asarray(canvas, dtype=np.float32) / 255.0, left, top, INK_BLACK)

    def rect(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.25) -> None:
        """An empty printed rectangle."""
        self.line(x0, y0, x1, y0, width)
        self.line(x0, y1, x1, y1, width)
        self.line(x0, y0, x0, y1, width)
        self.line(x1, y0, x1, y1, width)

    def grid(
        self, x: float, y: float, widths: list[float], heights: list[float], width: float = 0.25
    ) -> None:
        """A ruled table with the given column widths and row heights (mm)."""
        total_w, total_h = sum(widths), sum(heights)
        cy = y
        for h in [0.0, *heights]:
            cy += h
            self.line(x, cy, x + total_w, cy, width)
        cx = x
        for w in [0.0, *widths]:
            cx += w
            self.line(cx, y, cx, y + total_h, width)

    def wrap(
        self, x: float, y: float, text: str, width: float, size_pt: float = 10.5, leading: float = 1.7
    ) -> float:
        """Print a paragraph wrapped at ``width`` mm (CJK wraps per character); returns the y below it."""
        px = max(4, round(size_pt * 0.3528 * self.px_per_mm))
        face = font(px)
        line = ""
        step = size_pt * 0.3528 * leading
        for char in text:
            if face.getlength(line + char) / self.px_per_mm > width and line:
                self.text(x, y, line, size_pt)
                y += step
                line = ""
            line += char
        if line:
            self.text(x, y, line, size_pt)
            y += step
        return y

    def mark(self, kind: str, box: tuple[float, float, float, float], **info: Any) -> None:
        """Record a non-text mark (seal, fingerprint, highlighter …) for the selfcheck."""
        self.marks.append(Mark(kind, box, dict(info)))

    def hide_runs(self, box: tuple[float, float, float, float]) -> None:
        """Mark the runs that ``box`` covers as no longer visible (white-out, a pasted patch)."""
        for run in self.runs:
            x0, y0, x1, y1 = run.box
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            if box[0] <= cx <= box[2] and box[1] <= cy <= box[3]:
                run.visible = False

    def image(self) -> np.ndarray:
        """The sheet as 8-bit RGB."""
        return (np.clip(self.pixels, 0, 1) * 255 + 0.5).astype(np.uint8)
