"""Drawing a paper page with PyMuPDF: text with the CJK font, wrapped paragraphs, tables, and
the things pasted on paper (seals, handwriting, QR codes) as images.

A ``Sheet`` logs every string it prints with its place, so that a scanned copy can be given a
hidden OCR text layer that says the same, or, when a scenario plants it, something else.
Seals and handwriting are drawn as images, never as text: on a born-digital PDF they carry no
text layer, as on real papers.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pymupdf
from PIL import Image, ImageFilter

FONT = pymupdf.Font("china-s")
FONT_NAME = "hmcjk"
A4 = (595.0, 842.0)
RED = (0.86, 0.11, 0.12)
INK = (0.05, 0.05, 0.06)
BLUE_INK = (0.08, 0.13, 0.42)


@dataclass
class Printed:
    """One string as printed: baseline origin, size, the text."""

    x: float
    y: float
    size: float
    text: str


@dataclass
class Sheet:
    doc: pymupdf.Document
    index: int
    log: list[Printed] = field(default_factory=list)
    _page: pymupdf.Page | None = None
    _count: int = -1

    @classmethod
    def new(cls, doc: pymupdf.Document, size: tuple[float, float] = A4) -> Sheet:
        page = doc.new_page(width=size[0], height=size[1])
        use_font(doc, page)
        return cls(doc, doc.page_count - 1)

    @property
    def page(self) -> pymupdf.Page:
        """The page, loaded again whenever the document gained pages (PyMuPDF then drops the
        page objects it handed out)."""
        if self._page is None or self._count != self.doc.page_count:
            self._page = self.doc.load_page(self.index)
            self._count = self.doc.page_count
        return self._page

    @property
    def width(self) -> float:
        return float(self.page.rect.width)

    @property
    def height(self) -> float:
        return float(self.page.rect.height)

    # ---- text -------------------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        color: tuple[float, float, float] = INK,
        bold: bool = False,
        opacity: float = 1.0,
        log: bool = True,
    ) -> float:
        """Print ``s`` with its baseline at y; returns the width."""
        if not s:
            return 0.0
        kw: dict[str, object] = {}
        if bold:
            kw = {"render_mode": 2, "border_width": 0.035}
        self.page.insert_text(
            (x, y),
            s,
            fontname=FONT_NAME,
            fontsize=size,
            color=color,
            fill=color,
            fill_opacity=opacity,
            stroke_opacity=opacity,
            **kw,  # type: ignore[arg-type]
        )
        if log:
            self.log.append(Printed(x, y, size, s))
        return width(s, size)

    def center(
        self,
        y: float,
        s: str,
        size: float = 10.5,
        x0: float | None = None,
        x1: float | None = None,
        **kw: object,
    ) -> None:
        x0 = 0.0 if x0 is None else x0
        x1 = self.width if x1 is None else x1
        self.text((x0 + x1 - width(s, size)) / 2, y, s, size, **kw)  # type: ignore[arg-type]

    def right(self, x1: float, y: float, s: str, size: float = 10.5, **kw: object) -> None:
        self.text(x1 - width(s, size), y, s, size, **kw)  # type: ignore[arg-type]

    def spread(self, x0: float, x1: float, y: float, s: str, size: float = 10.5, **kw: object) -> None:
        """Characters spread evenly from x0 to x1 (the 名　　称 labels of certificates)."""
        if len(s) == 1:
            self.text(x0, y, s, size, **kw)  # type: ignore[arg-type]
            return
        step = (x1 - x0 - size) / (len(s) - 1)
        for i, ch in enumerate(s):
            self.text(x0 + i * step, y, ch, size, **kw)  # type: ignore[arg-type]

    def para(
        self,
        x: float,
        y: float,
        w: float,
        s: str,
        size: float = 10.5,
        leading: float = 1.75,
        indent: int = 0,
        **kw: object,
    ) -> float:
        """A wrapped paragraph from baseline y; returns the baseline after its last line."""
        lines = wrap(s, w, size, indent)
        for i, line in enumerate(lines):
            dx = indent * size if i == 0 else 0
            self.text(x + dx, y, line, size, **kw)  # type: ignore[arg-type]
            y += size * leading
        return y

    # ---- lines and boxes --------------------------------------------------------------------
    def line(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        w: float = 0.6,
        color: tuple[float, float, float] = INK,
    ) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=w)

    def box(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        w: float = 0.6,
        color: tuple[float, float, float] = INK,
        fill: tuple[float, float, float] | None = None,
    ) -> None:
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=color, width=w, fill=fill)

    def grid(
        self, x: float, y: float, cols: Sequence[float], rows: Sequence[float], w: float = 0.6
    ) -> list[list[pymupdf.Rect]]:
        """A ruled table; returns the cell rectangles by row and column."""
        xs = [x]
        for c in cols:
            xs.append(xs[-1] + c)
        ys = [y]
        for r in rows:
            ys.append(ys[-1] + r)
        for yy in ys:
            self.line(xs[0], yy, xs[-1], yy, w)
        for xx in xs:
            self.line(xx, ys[0], xx, ys[-1], w)
        return [
            [pymupdf.Rect(xs[j], ys[i], xs[j + 1], ys[i + 1]) for j in range(len(cols))]
            for i in range(len(rows))
        ]

    def rows(
        self, x: float, y: float, spec: list[tuple[float, list[float]]], w: float = 0.6
    ) -> list[list[pymupdf.Rect]]:
        """A table whose rows each have their own cell widths (merged cells); spec: (height, widths)."""
        out = []
        for h, widths in spec:
            xx = x
            row = []
            for cw in widths:
                r = pymupdf.Rect(xx, y, xx + cw, y + h)
                self.page.draw_rect(r, color=INK, width=w)
                row.append(r)
                xx += cw
            out.append(row)
            y += h
        return out

    def cell(
        self,
        r: pymupdf.Rect,
        s: str,
        size: float = 9.5,
        align: str = "left",
        pad: float = 4.0,
        leading: float = 1.35,
        **kw: object,
    ) -> None:
        """Text inside a cell, wrapped, vertically centred."""
        lines = wrap(s, r.width - 2 * pad, size)
        total = size * leading * (len(lines) - 1) + size
        y = r.y0 + (r.height - total) / 2 + size * 0.88
        for line in lines:
            lw = width(line, size)
            if align == "center":
                xx = r.x0 + (r.width - lw) / 2
            elif align == "right":
                xx = r.x1 - pad - lw
            else:
                xx = r.x0 + pad
            self.text(xx, y, line, size, **kw)  # type: ignore[arg-type]
            y += size * leading

    def checkbox(self, x: float, y: float, ticked: bool, size: float = 9.0) -> None:
        """A □ at baseline y, ticked with a drawn √ when ``ticked``."""
        self.box(x, y - size * 0.85, x + size * 0.85, y, w=0.6)
        if ticked:
            s = size
            self.page.draw_polyline(
                [(x + 0.12 * s, y - 0.45 * s), (x + 0.38 * s, y - 0.1 * s), (x + 1.05 * s, y - 1.15 * s)],
                color=BLUE_INK,
                width=1.3,
            )

    # ---- things pasted on ---------------------------------------------------------------------
    def image(self, rect: pymupdf.Rect, png: bytes) -> None:
        self.page.insert_image(rect, stream=png, keep_proportion=True, overlay=True)

    def seal(self, cx: float, cy: float, png: bytes, diameter: float) -> None:
        r = diameter / 2
        self.image(pymupdf.Rect(cx - r, cy - r, cx + r, cy + r), png)

    def hand(
        self,
        x: float,
        y: float,
        s: str,
        size: float,
        rng: random.Random,
        color: tuple[float, float, float] = BLUE_INK,
    ) -> float:
        """Handwriting with its baseline near y; returns its width."""
        png, w_pt, h_pt = handwriting(s, size, rng, color)
        self.image(pymupdf.Rect(x, y - h_pt * 0.78, x + w_pt, y + h_pt * 0.22), png)
        return w_pt

    def qr(self, rect: pymupdf.Rect, payload: str) -> None:
        import zxingcpp

        code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
        img = Image.fromarray(np.array(code.to_image(scale=6, add_quiet_zones=True)))
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        self.page.insert_image(rect, stream=buf.getvalue())

    def watermark(
        self, s: str, size: float, angle: float, color: tuple[float, float, float], opacity: float
    ) -> None:
        """Big text across the page at ``angle`` degrees (副本 仅供年检使用), drawn, never logged."""
        w = width(s, size)
        c = pymupdf.Point(self.width / 2, self.height / 2)
        origin = pymupdf.Point(c.x - w / 2, c.y + size * 0.35)
        self.page.insert_text(
            origin,
            s,
            fontname=FONT_NAME,
            fontsize=size,
            color=color,
            fill=color,
            fill_opacity=opacity,
            stroke_opacity=opacity,
            render_mode=2,
            border_width=0.02,
            morph=(c, pymupdf.Matrix(-angle)),
        )


# ---- the font, embedded once per document ----------------------------------------------------------
_FONT_XREF: dict[int, tuple[pymupdf.Document, int]] = {}


def use_font(doc: pymupdf.Document, page: pymupdf.Page) -> None:
    """Make the CJK font available on ``page`` as FONT_NAME. The first page of a document embeds
    it; later pages point their resources at that one copy (PyMuPDF would embed, and measure, a
    new copy per page: seconds per paper)."""
    known = _FONT_XREF.get(id(doc))
    if known is None or known[0] is not doc:
        xref = page.insert_font(fontname=FONT_NAME, fontbuffer=FONT.buffer)
        _FONT_XREF[id(doc)] = (doc, xref)
        return
    xref = known[1]
    kind, value = doc.xref_get_key(page.xref, "Resources")
    if kind == "xref":
        doc.xref_set_key(int(value.split()[0]), f"Font/{FONT_NAME}", f"{xref} 0 R")
    else:
        doc.xref_set_key(page.xref, f"Resources/Font/{FONT_NAME}", f"{xref} 0 R")


def forget(doc: pymupdf.Document) -> None:
    """Drop a finished document from the font table (it holds a reference to the document)."""
    _FONT_XREF.pop(id(doc), None)


_SCRATCH = pymupdf.open()


def scratch_page(w: float, h: float) -> pymupdf.Page:
    """A page of the shared scratch document, for drawing ink before it is rasterised."""
    while _SCRATCH.page_count:
        _SCRATCH.delete_page(0)
    page = _SCRATCH.new_page(width=w, height=h)
    use_font(_SCRATCH, page)
    return _SCRATCH[0]


# ---- measuring and wrapping ---------------------------------------------------------------------
NO_LINE_START = set("，。、；：？！）》」』”’%,.;:)．")


def width(s: str, size: float) -> float:
    return float(FONT.text_length(s, fontsize=size))


WORD_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.,¥/%")
"""A run of these (a number, an amount, a contract number) is never broken across lines."""


def wrap(s: str, w: float, size: float, indent: int = 0) -> list[str]:
    lines: list[str] = []
    cur = ""
    limit = w - indent * size
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            limit = w
            continue
        if width(cur + ch, size) > limit and cur:
            if ch in NO_LINE_START:
                cur += ch
                continue
            carry = ""
            if ch in WORD_CHARS:
                k = len(cur)
                while k > 0 and cur[k - 1] in WORD_CHARS:
                    k -= 1
                if 0 < k and len(cur) - k < 24:
                    cur, carry = cur[:k], cur[k:]
                    if len(cur) > 1 and cur[-1] in "（“《(":
                        cur, carry = cur[:-1], cur[-1] + carry
            lines.append(cur)
            cur = carry + ch
            limit = w
        else:
            cur += ch
    if cur or not lines:
        lines.append(cur)
    return lines


# ---- images of ink ------------------------------------------------------------------------------
def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _ink_texture(img: Image.Image, rng: random.Random, strength: float) -> Image.Image:
    """Uneven stamp ink: the alpha channel thinned by smooth noise and a few pale patches."""
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    gen = np.random.default_rng(rng.randrange(1 << 30))
    coarse = gen.random((max(2, h // 24), max(2, w // 24))).astype(np.float32)
    noise = (
        np.asarray(
            Image.fromarray((coarse * 255).astype(np.uint8)).resize((w, h), Image.Resampling.BICUBIC)
        ).astype(np.float32)
        / 255
    )
    fine = gen.random((h, w)).astype(np.float32)
    factor = np.clip(1.0 - strength * (noise**2) - 0.25 * strength * fine, 0.15, 1.0)
    a[..., 3] *= factor
    return Image.fromarray(a.clip(0, 255).astype(np.uint8), "RGBA")


def seal_png(
    name: str,
    rng: random.Random,
    bottom: str = "",
    number: str = "",
    color: tuple[float, float, float] = RED,
    dpi: int = 220,
    star: bool = True,
    ring: float = 2.2,
    oval: bool = False,
) -> bytes:
    """A round red seal: the name along the upper arc, a star, a bottom line (合同专用章) and
    the seal's number along the lower rim. Returned as an RGBA PNG (transparent paper)."""
    d = 120.0
    page = scratch_page(d + 8, (d * 0.72 if oval else d) + 8)
    c = pymupdf.Point(page.rect.width / 2, page.rect.height / 2)
    r = d / 2
    if oval:
        page.draw_oval(pymupdf.Rect(4, 4, 4 + d, 4 + d * 0.72), color=color, width=ring)
    else:
        page.draw_circle(c, r, color=color, width=ring)
    n = len(name)
    span = max(150.0, min(240.0, 15.0 * n + 70.0)) if not oval else min(200.0, 18.0 * n)
    size = min(16.0, 2 * math.pi * (r - 14) * span / 360 / max(n, 1) * 0.95)
    rad = r - 5 - size * 0.9
    for i, ch in enumerate(name):
        theta = -span / 2 + span * (i + 0.5) / n  # degrees from the top, clockwise
        t = math.radians(theta)
        ry = rad * (0.72 if oval else 1.0)
        px, py = c.x + rad * math.sin(t), c.y - ry * math.cos(t)
        # a glyph's origin is its baseline left; centre it on (px, py) and turn it by theta
        m = pymupdf.Matrix(-theta)
        origin = pymupdf.Point(px - size / 2, py + size * 0.38)
        page.insert_text(
            origin,
            ch,
            fontname=FONT_NAME,
            fontsize=size,
            color=color,
            fill=color,
            morph=(pymupdf.Point(px, py), m),
        )
    if star and not oval:
        pts = []
        sr = r * 0.28
        for k in range(10):
            rr = sr if k % 2 == 0 else sr * 0.4
            a = math.radians(-90 + 36 * k)
            pts.append((c.x + rr * math.cos(a), c.y + rr * math.sin(a)))
        pts.append(pts[0])
        page.draw_polyline(pts, color=color, fill=color, width=0.5)
    if bottom:
        bs = min(10.5, (d * 0.56) / max(len(bottom), 1))
        bw = width(bottom, bs)
        page.insert_text(
            (c.x - bw / 2, c.y + r * (0.52 if not oval else 0.2)),
            bottom,
            fontname=FONT_NAME,
            fontsize=bs,
            color=color,
            fill=color,
        )
    if number:
        ns = 5.2
        nw = width(number, ns)
        page.insert_text(
            (c.x - nw / 2, c.y + r * 0.84), number, fontname=FONT_NAME, fontsize=ns, color=color, fill=color
        )
    pix = page.get_pixmap(dpi=dpi, alpha=True)
    img = Image.frombytes("RGBA", (pix.width, pix.height), pix.samples)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = _ink_texture(img, rng, strength=rng.uniform(0.35, 0.7))
    img = img.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC, expand=False)
    return _png(img)


def handwriting(
    s: str, size: float, rng: random.Random, color: tuple[float, float, float] = BLUE_INK
) -> tuple[bytes, float, float]:
    """Pen strokes of ``s``: each character a little off in size, height and angle. Returns the PNG
    and its width and height in points."""
    w_pt = width(s, size) * 1.1 + size
    h_pt = size * 1.6
    page = scratch_page(w_pt, h_pt)
    x = size * 0.3
    base = h_pt * 0.74
    slant = rng.uniform(-8, -3)
    for ch in s:
        cs = size * rng.uniform(0.88, 1.12)
        y = base + rng.uniform(-0.08, 0.08) * size
        m = pymupdf.Matrix(slant + rng.uniform(-5, 5))
        page.insert_text(
            (x, y),
            ch,
            fontname=FONT_NAME,
            fontsize=cs,
            color=color,
            fill=color,
            render_mode=2,
            border_width=0.02,
            morph=(pymupdf.Point(x, y), m),
        )
        x += width(ch, cs) * rng.uniform(0.98, 1.12)
    pix = page.get_pixmap(dpi=200, alpha=True)
    img = Image.frombytes("RGBA", (pix.width, pix.height), pix.samples).filter(ImageFilter.GaussianBlur(0.4))
    return _png(img), w_pt, h_pt
