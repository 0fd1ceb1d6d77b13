"""A PyMuPDF page that records every run of text it prints (for the truth and the selfcheck), with
ruled tables whose narrow cells wrap names over two lines, round seals and pen signatures as images."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pymupdf
from PIL import Image

A4 = (595.0, 842.0)
FONT = "china-s"
_FONT = pymupdf.Font(FONT)
RED = (0.86, 0.09, 0.12)
INK = (0.08, 0.08, 0.1)


LATIN = "helv"
"""ASCII (figures, codes, Latin names) is set in a Latin face, as word processors do beside a CJK face."""
_LATIN = pymupdf.Font(LATIN)


def segments(text: str) -> list[tuple[str, str]]:
    """The text cut into runs of one face: (font name, text)."""
    out: list[tuple[str, str]] = []
    for ch in text:
        font = LATIN if ord(ch) < 128 else FONT
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def width(text: str, size: float) -> float:
    return sum(
        float((_LATIN if f == LATIN else _FONT).text_length(t, fontsize=size)) for f, t in segments(text)
    )


@dataclass
class Run:
    text: str
    bbox: tuple[float, float, float, float]
    size: float

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "bbox": [round(v, 1) for v in self.bbox], "size": self.size}


@dataclass
class Mark:
    kind: str
    """seal, signature, qr"""
    text: str
    bbox: tuple[float, float, float, float]

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "bbox": [round(v, 1) for v in self.bbox]}


@dataclass
class Sheet:
    """One page being drawn; ``doc`` owns it."""

    doc: pymupdf.Document
    rng: random.Random
    size: tuple[float, float] = A4
    runs: list[Run] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    page: pymupdf.Page = field(init=False)

    def __post_init__(self) -> None:
        self.page = self.doc.new_page(width=self.size[0], height=self.size[1])
        self.page.insert_font(fontname=FONT)

    # text -----------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        bold: bool = False,
        color: tuple[float, float, float] = INK,
    ) -> float:
        """Print ``s`` with its top-left at (x, y); returns the x after it."""
        if not s:
            return x
        baseline = y + size * 0.88
        cx = x
        for font, seg in segments(s):
            self.page.insert_text(
                (cx, baseline),
                seg,
                fontname=font,
                fontsize=size,
                color=color,
                render_mode=2 if bold else 0,
                border_width=0.03 if bold else 0.05,
            )
            cx += width(seg, size)
        self.runs.append(Run(s, (x, y, cx, y + size * 1.1), size))
        return cx

    def spaced(self, x: float, y: float, label: str, span: float, size: float = 11.0) -> None:
        """A label whose characters are spread over ``span`` points (名    称), one run per character."""
        if len(label) == 1:
            self.text(x, y, label, size)
            return
        step = (span - size) / (len(label) - 1)
        for i, ch in enumerate(label):
            self.text(x + i * step, y, ch, size)

    def center(
        self, y: float, s: str, size: float = 10.5, bold: bool = False, x0: float = 0, x1: float | None = None
    ) -> None:
        right = self.size[0] if x1 is None else x1
        self.text(x0 + (right - x0 - width(s, size)) / 2, y, s, size, bold)

    def right(self, x1: float, y: float, s: str, size: float = 10.5) -> None:
        self.text(x1 - width(s, size), y, s, size)

    def wrap(self, s: str, w: float, size: float) -> list[str]:
        lines: list[str] = []
        cur = ""
        for ch in s:
            if width(cur + ch, size) > w and cur:
                # keep closing punctuation on the line it closes
                if ch in "，。、；：”）)":
                    cur += ch
                    lines.append(cur)
                    cur = ""
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(
        self,
        x: float,
        y: float,
        w: float,
        s: str,
        size: float = 10.5,
        leading: float = 1.65,
        indent: bool = False,
    ) -> float:
        """A wrapped paragraph; returns the y under it."""
        first = "\u3000\u3000" if indent else ""
        for line in self.wrap(first + s, w, size):
            self.text(x, y, line, size)
            y += size * leading
        return y

    # lines and tables ------------------------------------------------------
    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=INK, width=w)

    def box(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6) -> None:
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=INK, width=w)

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 9.5,
        pad: float = 3.5,
        min_h: float = 20.0,
    ) -> tuple[float, list[list[tuple[float, float, float, float]]]]:
        """A ruled table; a cell too narrow for its text wraps it (a name broken over two lines).
        Returns the y under it and each cell's rectangle."""
        lead = size * 1.35
        cells: list[list[tuple[float, float, float, float]]] = []
        for row in rows:
            wrapped = [
                self.wrap(cell, w - 2 * pad, size) if cell else []
                for cell, w in zip(row, widths, strict=True)
            ]
            h = max(min_h, max((len(c) for c in wrapped), default=1) * lead + 2 * pad)
            cx = x
            rects = []
            for lines, w in zip(wrapped, widths, strict=True):
                self.box(cx, y, cx + w, y + h)
                ty = y + (h - len(lines) * lead) / 2 + (lead - size) / 2
                for ln in lines:
                    self.text(cx + pad, ty, ln, size)
                    ty += lead
                rects.append((cx, y, cx + w, y + h))
                cx += w
            cells.append(rects)
            y += h
        return y, cells

    # images: seals, signatures, QR -----------------------------------------
    def image(self, rect: tuple[float, float, float, float], png: bytes) -> None:
        self.page.insert_image(pymupdf.Rect(*rect), stream=png, overlay=True)

    def seal(
        self,
        cx: float,
        cy: float,
        name: str,
        inner: str = "",
        diameter: float = 118.0,
        code: str = "",
        kind: str = "seal",
    ) -> None:
        png = seal_png(name, inner, code, self.rng)
        r = diameter / 2
        jitter = self.rng.uniform(-3, 3)
        rect = (cx - r + jitter, cy - r - jitter, cx + r + jitter, cy + r - jitter)
        self.image(rect, png)
        self.marks.append(Mark(kind, name + (inner and f"|{inner}"), rect))

    def signature(self, x: float, y: float, name: str, size: float = 16.0) -> None:
        png = signature_png(name, self.rng)
        w = size * len(name) * 1.05 + 8
        rect = (x, y - 4, x + w, y + size + 6)
        self.image(rect, png)
        self.marks.append(Mark("signature", name, rect))

    def qr(self, rect: tuple[float, float, float, float], payload: str) -> None:
        import zxingcpp

        img = zxingcpp.write_barcode_to_image(
            zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode), scale=6
        )
        buf = io.BytesIO()
        Image.fromarray(np.asarray(img)).save(buf, format="PNG")
        self.image(rect, buf.getvalue())
        self.marks.append(Mark("qr", payload, rect))

    def record(self) -> dict[str, Any]:
        return {
            "runs": [r.as_json() for r in self.runs],
            "marks": [m.as_json() for m in self.marks],
            "size": list(self.size),
        }


def seal_png(name: str, inner: str, code: str, rng: random.Random, px: int = 420) -> bytes:
    """A round company seal: ring, star, the name on the upper arc, the use (合同专用章) under the
    star and, on some, the credit code's digits along the lower arc; red ink of uneven load."""
    size = 200.0
    doc = pymupdf.open()
    page = doc.new_page(width=size, height=size)
    page.insert_font(fontname=FONT)
    c = pymupdf.Point(size / 2, size / 2)
    page.draw_circle(c, size / 2 - 5, color=RED, width=5.5)
    # five-pointed star
    pts = []
    for i in range(10):
        rad = 26 if i % 2 == 0 else 10.5
        a = math.radians(-90 + i * 36)
        pts.append(pymupdf.Point(c.x + rad * math.cos(a), c.y + rad * math.sin(a)))
    page.draw_polyline([*pts, pts[0]], color=RED, fill=RED, width=0.5, closePath=True)
    n = len(name)
    fs = 24 if n <= 12 else 21 if n <= 16 else 18 if n <= 20 else 16
    span = min(250.0, 14.5 * n + 40)
    radius = size / 2 - 13 - fs * 0.5
    tilt = rng.uniform(-12, 12)
    for i, ch in enumerate(name):
        phi = -span / 2 + span * (i + 0.5) / n + tilt
        a = math.radians(phi)
        pos = pymupdf.Point(c.x + radius * math.sin(a), c.y - radius * math.cos(a))
        page.insert_text(
            pymupdf.Point(pos.x - fs / 2, pos.y + fs * 0.36),
            ch,
            fontname=FONT,
            fontsize=fs,
            color=RED,
            morph=(pos, pymupdf.Matrix(-phi)),
            render_mode=2,
            border_width=0.04,
        )
    if inner:
        ifs = 15
        page.insert_text(
            pymupdf.Point(c.x - width(inner, ifs) / 2, c.y + 50),
            inner,
            fontname=FONT,
            fontsize=ifs,
            color=RED,
            render_mode=2,
            border_width=0.04,
        )
    if code:
        cs = 8.5
        m = len(code)
        for i, ch in enumerate(code):
            phi = 180 + 55 - 110 * (i + 0.5) / m + tilt
            a = math.radians(phi)
            pos = pymupdf.Point(c.x + (size / 2 - 14) * math.sin(a), c.y - (size / 2 - 14) * math.cos(a))
            page.insert_text(
                pymupdf.Point(pos.x - cs / 3, pos.y + cs * 0.35),
                ch,
                fontname=FONT,
                fontsize=cs,
                color=RED,
                morph=(pos, pymupdf.Matrix(180 - phi)),
            )
    pix = page.get_pixmap(dpi=int(72 * px / size), alpha=True)
    arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 4).copy()
    # ink load: a smooth random field thins the ink in patches, speckle takes some pixels out
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w] / max(h, w)
    load = 0.78 + 0.22 * np.sin(6.0 * xx * rng.uniform(0.6, 1.4) + rng.uniform(0, 6)) * np.cos(
        5.0 * yy * rng.uniform(0.6, 1.4) + rng.uniform(0, 6)
    )
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    speck = nrng.random((h, w)) > 0.07
    alpha = arr[:, :, 3].astype(float) * np.clip(load, 0.35, 1.0) * speck * rng.uniform(0.78, 0.93)
    arr[:, :, 3] = alpha.astype(np.uint8)
    img = Image.fromarray(arr, "RGBA").rotate(rng.uniform(-8, 8), resample=Image.Resampling.BICUBIC)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    doc.close()
    return buf.getvalue()


def signature_png(name: str, rng: random.Random) -> bytes:
    """A pen signature: the name slanted, run together, in blue-black."""
    size = 22.0
    wd = size * len(name) * 1.05 + 8
    doc = pymupdf.open()
    page = doc.new_page(width=wd, height=size + 10)
    page.insert_font(fontname="china-ss")
    x = 4.0
    slant = pymupdf.Matrix(1, 0, -0.28, 1, 0, 0)
    for ch in name:
        p = pymupdf.Point(x, size + 2 + rng.uniform(-2, 2))
        page.insert_text(
            p,
            ch,
            fontname="china-ss",
            fontsize=size * rng.uniform(0.9, 1.08),
            color=(0.1, 0.12, 0.35),
            morph=(p, slant),
        )
        x += size * rng.uniform(0.78, 0.95)
    pix = page.get_pixmap(dpi=220, alpha=True)
    png = pix.tobytes("png")
    doc.close()
    return bytes(png)


@dataclass
class Part:
    """One document inside a file: its type, project, truth fields and pages (0-based in the file)."""

    id: str
    type: str
    project_id: str | None
    fields: dict[str, Any]
    pages: list[int]


@dataclass
class Binder:
    """One uploaded file being put together: born-digital ``pdf``, a flatbed ``scan`` (image-only
    PDF), or a one-page ``jpg`` from a flatbed or a ``phone``."""

    name: str
    mode: str
    rng: random.Random
    sheets: list[Sheet] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    doc: pymupdf.Document = field(default_factory=pymupdf.open)

    def sheet(self, size: tuple[float, float] = A4) -> Sheet:
        s = Sheet(self.doc, self.rng, size)
        self.sheets.append(s)
        return s

    @property
    def scanned(self) -> bool:
        return self.mode != "pdf"
