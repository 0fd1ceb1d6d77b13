"""A PyMuPDF page writer that records what it prints: every line, every seal, every signature block.

Text is drawn in the built-in CJK face (its Latin and figures included); seals and signatures are small
rendered images, as an electronic seal or a scanned impression is, so they never enter the text layer.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import pymupdf
from PIL import Image

FONT = "china-s"  # seals and signatures: rendered to images, never embedded
TEXT_FONT = "cjk"  # page text: Droid Sans Fallback embedded (subset), with its real, proportional widths
_MEASURE = pymupdf.Font(TEXT_FONT)
_BUFFER = _MEASURE.buffer
BLACK = (0, 0, 0)
RED = (0.86, 0.08, 0.1)
INK = (0.08, 0.1, 0.32)
A4 = (595.0, 842.0)
CLOSING = "，。、；：）》”’%！？)"
"""Punctuation that never opens a line (it hangs into the margin instead)."""


def width(text: str, size: float) -> float:
    return float(_MEASURE.text_length(text, fontsize=size))


@dataclass
class PageRecord:
    """What one page shows: its lines with boxes, the seals on it, the signature blocks and who sealed them."""

    lines: list[dict[str, Any]] = field(default_factory=list)
    seals: list[dict[str, Any]] = field(default_factory=list)
    blocks: list[dict[str, Any]] = field(default_factory=list)

    def text(self) -> str:
        return "\n".join(line["text"] for line in self.lines)

    def dump(self) -> dict[str, Any]:
        return {"lines": self.lines, "seals": self.seals, "blocks": self.blocks}


class Flow:
    """Writes paragraphs, tables and blocks down A4 pages of one paper, opening a page when one is full."""

    def __init__(self, rng: random.Random, margin: float = 64.0, size: float = 10.5, lead: float = 1.75):
        self.rng = rng
        self.doc = pymupdf.open()
        self.records: list[PageRecord] = []
        self.margin = margin + rng.uniform(-4, 6)
        self.size = size
        self.lead = lead + rng.uniform(-0.08, 0.12)
        self.page: pymupdf.Page
        self.y = 0.0
        self.new_page()

    # pages ------------------------------------------------------------------------------------------
    def new_page(self, top: float = 72.0, size: tuple[float, float] = A4) -> None:
        self.page = self.doc.new_page(width=size[0], height=size[1])
        self.page.insert_font(fontname=TEXT_FONT, fontbuffer=_BUFFER)
        self.records.append(PageRecord())
        self.y = top + self.rng.uniform(-3, 5)

    def finish(self, numbers: bool = True) -> None:
        """Page numbers at the foot (第 i 页 共 n 页), when the paper has more than one page."""
        n = len(self.records)
        if numbers and n > 1:
            for i in range(n):
                page = self.doc[i]
                text = f"第 {i + 1} 页 共 {n} 页"
                x = (page.rect.width - width(text, 8.5)) / 2
                page.insert_text(
                    (x, page.rect.height - 40), text, fontname=TEXT_FONT, fontsize=8.5, color=BLACK
                )
                box = [
                    round(x, 1),
                    round(page.rect.height - 48, 1),
                    round(x + width(text, 8.5), 1),
                    round(page.rect.height - 38, 1),
                ]
                self.records[i].lines.append({"text": text, "bbox": box})

    @property
    def index(self) -> int:
        """0-based index of the page being written."""
        return len(self.records) - 1

    @property
    def right(self) -> float:
        return self.page.rect.width - self.margin

    @property
    def bottom(self) -> float:
        return self.page.rect.height - 70

    def need(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.new_page()

    # text -------------------------------------------------------------------------------------------
    def put(
        self,
        x: float,
        baseline: float,
        text: str,
        size: float | None = None,
        bold: bool = False,
        color: tuple[float, float, float] = BLACK,
    ) -> tuple[float, float, float, float]:
        """One run of text at a baseline; recorded with its box."""
        size = size or self.size
        kwargs: dict[str, Any] = {"fontname": TEXT_FONT, "fontsize": size, "color": color}
        if bold:
            kwargs.update(render_mode=2, border_width=0.025)
        self.page.insert_text((x, baseline), text, **kwargs)
        box = (
            round(x, 1),
            round(baseline - size * 0.9, 1),
            round(x + width(text, size), 1),
            round(baseline + size * 0.2, 1),
        )
        self.records[-1].lines.append({"text": text, "bbox": list(box)})
        return box

    def line(
        self,
        text: str,
        size: float | None = None,
        x: float | None = None,
        align: str = "left",
        bold: bool = False,
        gap: float | None = None,
    ) -> int:
        """A single line at the cursor; returns the 0-based page it landed on."""
        size = size or self.size
        step = size * (gap or self.lead)
        self.need(step)
        w = width(text, size)
        if align == "center":
            x0 = (self.page.rect.width - w) / 2
        elif align == "right":
            x0 = self.right - w
        else:
            x0 = self.margin if x is None else x
        self.put(x0, self.y + size, text, size, bold)
        self.y += step
        return self.index

    def para(self, text: str, size: float | None = None, indent: int = 2, hang: float = 0.0) -> int:
        """A wrapped paragraph (first line indented by ``indent`` characters); returns the page of its first line."""
        size = size or self.size
        left = self.margin + hang
        avail = self.right - left
        first_page = -1
        line = ""
        first = True
        lines: list[tuple[str, float]] = []
        for ch in text:
            room = avail - (indent * size if first else 0)
            if width(line + ch, size) > room and ch not in CLOSING:
                lines.append((line, indent * size if first else 0))
                line, first = ch, False
            else:
                line += ch
        if line:
            lines.append((line, indent * size if first else 0))
        for run, off in lines:
            page = self.line(run, size, x=left + off)
            if first_page < 0:
                first_page = page
        return first_page

    def skip(self, height: float) -> None:
        self.y += height

    def table(
        self,
        rows: list[list[str]],
        widths: list[float],
        size: float | None = None,
        row_height: float | None = None,
        header: bool = False,
    ) -> list[int]:
        """A ruled table; long cells wrap inside their column. Returns the page of each row."""
        size = size or self.size - 1
        pages = []
        total = sum(widths)
        x_start = self.margin + (self.right - self.margin - total) / 2
        for r, row in enumerate(rows):
            wrapped = [self._wrap(cell, w - 8, size) for cell, w in zip(row, widths, strict=True)]
            height = max(row_height or 0, max(len(c) for c in wrapped) * size * 1.45 + 9)
            self.need(height)
            x = x_start
            for cell_lines, w in zip(wrapped, widths, strict=True):
                self.page.draw_rect(pymupdf.Rect(x, self.y, x + w, self.y + height), color=BLACK, width=0.6)
                ty = self.y + (height - len(cell_lines) * size * 1.45) / 2 + size
                for text in cell_lines:
                    if text:
                        self.put(x + 4, ty, text, size, bold=header and r == 0)
                    ty += size * 1.45
                x += w
            pages.append(self.index)
            self.y += height
        self.y += 6
        return pages

    @staticmethod
    def _wrap(text: str, avail: float, size: float) -> list[str]:
        out: list[str] = []
        for part in text.split("\n"):
            line = ""
            for ch in part:
                if width(line + ch, size) > avail and line and ch not in CLOSING:
                    out.append(line)
                    line = ch
                else:
                    line += ch
            out.append(line)
        return out

    # marks ------------------------------------------------------------------------------------------
    def seal(
        self, cx: float, cy: float, owner: str, label: str = "", role: str = "", radius: float = 40.0
    ) -> None:
        """A red round seal of ``owner`` centred at (cx, cy), as an image."""
        angle = self.rng.uniform(-18, 18)
        png = seal_png(owner, label, round(angle), self.rng.randint(0, 9999))
        r = radius + self.rng.uniform(-2, 2)
        self.page.insert_image(pymupdf.Rect(cx - r, cy - r, cx + r, cy + r), stream=png, overlay=True)
        self.records[-1].seals.append(
            {
                "owner": owner,
                "label": label,
                "role": role,
                "bbox": [round(cx - r, 1), round(cy - r, 1), round(cx + r, 1), round(cy + r, 1)],
            }
        )

    def signature(self, x: float, baseline: float, name: str) -> None:
        """A hand signature (an image of slanted strokes), never in the text layer."""
        png = signature_png(name, self.rng.randint(0, 9999))
        w = 18 * max(2, len(name.replace("·", ""))) * 0.75 + 10
        self.page.insert_image(pymupdf.Rect(x, baseline - 20, x + w, baseline + 4), stream=png, overlay=True)

    def block(self, role: str, party: str, sealed: bool, signed: bool) -> None:
        self.records[-1].blocks.append({"role": role, "party": party, "sealed": sealed, "signed": signed})

    def qr(self, x: float, y: float, payload: str, side: float = 62) -> None:
        import zxingcpp

        img = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode).to_image(scale=4)
        buf = io.BytesIO()
        Image.fromarray(np.asarray(img)).save(buf, format="PNG")
        self.page.insert_image(pymupdf.Rect(x, y, x + side, y + side), stream=buf.getvalue())

    def bytes(self) -> bytes:
        self.doc.subset_fonts()
        return bytes(self.doc.tobytes(garbage=3, deflate=True))


@lru_cache(maxsize=256)
def seal_png(owner: str, label: str, angle: int, grain: int) -> bytes:
    """Round official seal: the owner's name along the upper arc, a star, the label below; worn ink."""
    size = 200.0
    doc = pymupdf.open()
    page = doc.new_page(width=size, height=size)
    c = pymupdf.Point(size / 2, size / 2)
    page.draw_circle(c, 94, color=RED, width=5.5)
    chars = list(owner)
    n = len(chars)
    span = min(250.0, 16.0 * n + 40)
    fs = min(26.0, max(15.0, 300.0 / max(n, 1)))
    for i, ch in enumerate(chars):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        p = pymupdf.Point(c.x + 72 * math.cos(a), c.y + 72 * math.sin(a))
        rot = math.degrees(a) + 90
        m = pymupdf.Matrix(-rot)
        page.insert_text(
            pymupdf.Point(p.x - fs / 2, p.y + fs / 3), ch, fontname=FONT, fontsize=fs, color=RED, morph=(p, m)
        )
    star = [
        pymupdf.Point(
            c.x + 26 * math.cos(math.radians(-90 + k * 144)),
            c.y - 4 + 26 * math.sin(math.radians(-90 + k * 144)),
        )
        for k in range(5)
    ]
    page.draw_polyline([*star, star[0]], color=RED, fill=RED, width=1)
    if label:
        lw = width(label, 16)
        page.insert_text((c.x - lw / 2, c.y + 52), label, fontname=FONT, fontsize=16, color=RED)
    pix = page.get_pixmap(dpi=144, alpha=True)
    arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n).copy()
    rng = np.random.default_rng(grain)
    alpha = arr[:, :, 3].astype(np.float32)
    alpha *= rng.uniform(0.55, 1.0, size=alpha.shape) * rng.uniform(0.78, 0.95)
    arr[:, :, 3] = alpha.clip(0, 255).astype(np.uint8)
    img = Image.fromarray(arr, "RGBA").rotate(angle, resample=Image.Resampling.BICUBIC)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


@lru_cache(maxsize=256)
def signature_png(name: str, grain: int) -> bytes:
    """A quick hand signature: the name slanted and joined by a trailing stroke, in blue-black ink."""
    rng = random.Random(grain)
    text = name.replace("·", "")[:4]
    w = 18 * max(2, len(text)) + 14
    doc = pymupdf.open()
    page = doc.new_page(width=w, height=32)
    x = 4.0
    for ch in text:
        fs = rng.uniform(16, 20)
        p = pymupdf.Point(x, 25 + rng.uniform(-2, 2))
        page.insert_text(
            p,
            ch,
            fontname=FONT,
            fontsize=fs,
            color=INK,
            morph=(p, pymupdf.Matrix(1, 0, -0.35, 1, 0, 0)),
            render_mode=2,
            border_width=0.04,
        )
        x += fs * 0.82
    pts = [pymupdf.Point(4 + k * (x - 4) / 6, 27 + rng.uniform(-4, 4)) for k in range(7)]
    page.draw_polyline(pts, color=INK, width=0.9)
    pix = page.get_pixmap(dpi=144, alpha=True)
    return bytes(pix.tobytes("png"))
