"""A page described in millimetres (text runs, rules, images), drawn to PDF with PyMuPDF or to OFD.

Every text run is recorded with its box so that the selfcheck can compare a file's text layer (or an OFD's
TextCode) with what was meant to be printed. Chinese and Latin text use Droid Sans Fallback, the CJK face
PyMuPDF carries (no CJK font is installed on the machine), embedded as a subset; the 密码区 uses Courier.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from functools import cache

import pymupdf
from PIL import Image

MM = 72 / 25.4  # points per millimetre
BLACK = (0, 0, 0)
BROWN = (0.5, 0.18, 0.1)  # the printed form colour of 数电票 / 增值税发票
FORM_RED = (0.62, 0.1, 0.08)
BLUE = (0.05, 0.15, 0.55)
GREY = (0.35, 0.35, 0.35)


@cache
def font(name: str) -> pymupdf.Font:
    return pymupdf.Font("cour" if name == "mono" else "cjk")


@cache
def font_bytes() -> bytes:
    return bytes(font("cjk").buffer)


@cache
def _advance(face: str, ch: str) -> float:
    return float(font(face).text_length(ch, fontsize=1))


def text_width(text: str, size: float, face: str = "cjk") -> float:
    return sum(_advance(face, ch) for ch in text) * size


def advances(text: str, size: float, face: str = "cjk") -> list[float]:
    return [_advance(face, ch) * size for ch in text]


@dataclass
class Text:
    x: float
    y: float  # top of the line box, mm
    text: str
    size: float  # em size in mm
    color: tuple[float, float, float] = BLACK
    face: str = "cjk"
    role: str = ""
    bold: bool = False

    @property
    def width(self) -> float:
        return text_width(self.text, self.size, self.face)

    @property
    def baseline(self) -> float:
        return self.y + 0.86 * self.size

    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x, self.y, self.x + self.width, self.y + self.size)


@dataclass
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.25
    color: tuple[float, float, float] = BLACK
    fill: tuple[float, float, float] | None = None
    box: bool = False  # a rectangle rather than a line


@dataclass
class Picture:
    x0: float
    y0: float
    x1: float
    y1: float
    png: bytes
    kind: str  # qr, seal, sign, stamp
    note: str = ""  # the QR payload, the seal's owner


@dataclass
class Sheet:
    """One page: size in mm and what is drawn on it, in drawing order (rules, text, then pictures)."""

    width: float
    height: float
    texts: list[Text] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    title: str = ""

    # ------------------------------------------------------------ text
    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 3.2,
        color: tuple[float, float, float] = BLACK,
        *,
        face: str = "cjk",
        role: str = "",
        align: str = "l",
        bold: bool = False,
    ) -> Text:
        w = text_width(text, size, face)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        t = Text(x, y, text, size, color, face, role, bold)
        if text:
            self.texts.append(t)
        return t

    def spaced(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        gap: float,
        color: tuple[float, float, float] = BLACK,
    ) -> None:
        """Letter-spaced heading, each character its own run (as many forms print titles)."""
        for i, ch in enumerate(text):
            self.text(x + i * (size + gap), y, ch, size, color)

    def wrap(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        size: float = 3.4,
        leading: float = 1.55,
        color: tuple[float, float, float] = BLACK,
        indent: int = 2,
        role: str = "",
    ) -> float:
        """A paragraph broken to ``width``; figures and dates are kept whole. Returns the y below it."""
        tokens: list[str] = []
        buf = ""
        for ch in text:
            if ch.isascii() and (ch.isalnum() or ch in ".,:-/%¥()"):
                buf += ch
            else:
                if buf:
                    tokens.append(buf)
                    buf = ""
                tokens.append(ch)
        if buf:
            tokens.append(buf)
        lines: list[str] = []
        cur = "\u3000" * indent
        for tok in tokens:
            if text_width(cur + tok, size) > width and cur.strip():
                if tok in "，。、；：）」》" and len(tok) == 1:
                    cur += tok
                    continue
                lines.append(cur)
                cur = tok
            else:
                cur += tok
        if cur:
            lines.append(cur)
        for line in lines:
            self.text(x, y, line.rstrip(), size, color, role=role)
            y += size * leading
        return y

    # ------------------------------------------------------------ rules
    def hline(
        self, x0: float, x1: float, y: float, width: float = 0.25, color: tuple[float, float, float] = BLACK
    ) -> None:
        self.rules.append(Rule(x0, y, x1, y, width, color))

    def vline(
        self, x: float, y0: float, y1: float, width: float = 0.25, color: tuple[float, float, float] = BLACK
    ) -> None:
        self.rules.append(Rule(x, y0, x, y1, width, color))

    def box(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        width: float = 0.25,
        color: tuple[float, float, float] = BLACK,
        fill: tuple[float, float, float] | None = None,
    ) -> None:
        self.rules.append(Rule(x0, y0, x1, y1, width, color, fill, box=True))

    def picture(
        self, x0: float, y0: float, w: float, h: float, png: bytes, kind: str, note: str = ""
    ) -> None:
        self.pictures.append(Picture(x0, y0, x0 + w, y0 + h, png, kind, note))

    # ------------------------------------------------------------ records
    def lines(self) -> list[dict[str, object]]:
        """Every run as printed: text, box in PDF points (top-left origin), role."""
        return [
            {
                "text": t.text,
                "bbox": [round(v * MM, 1) for v in t.bbox()],
                **({"role": t.role} if t.role else {}),
            }
            for t in self.texts
        ]

    def all_text(self) -> str:
        return "".join(t.text for t in self.texts)


# ---------------------------------------------------------------- PDF


def draw_pdf_page(doc: pymupdf.Document, sheet: Sheet) -> pymupdf.Page:
    page = doc.new_page(width=sheet.width * MM, height=sheet.height * MM)
    shape = page.new_shape()
    for r in sheet.rules:
        if r.box:
            shape.draw_rect(pymupdf.Rect(r.x0 * MM, r.y0 * MM, r.x1 * MM, r.y1 * MM))
        else:
            shape.draw_line((r.x0 * MM, r.y0 * MM), (r.x1 * MM, r.y1 * MM))
        shape.finish(color=r.color, fill=r.fill, width=r.width * MM)
    shape.commit()
    writers: dict[tuple[tuple[float, float, float], str, bool], pymupdf.TextWriter] = {}
    for t in sheet.texts:
        key = (t.color, t.face, t.bold)
        tw = writers.get(key)
        if tw is None:
            tw = writers[key] = pymupdf.TextWriter(page.rect)
        tw.append((t.x * MM, t.baseline * MM), t.text, font=font(t.face), fontsize=t.size * MM)
    for (color, _face, bold), tw in writers.items():
        # faux bold is fill + stroke of the same run (render mode 2), never the text written twice
        tw.write_text(page, color=color, render_mode=2 if bold else 0)
    for p in sheet.pictures:
        page.insert_image(
            pymupdf.Rect(p.x0 * MM, p.y0 * MM, p.x1 * MM, p.y1 * MM), stream=p.png, keep_proportion=False
        )
    return page


def new_pdf(title: str, producer: str, created: str) -> pymupdf.Document:
    doc = pymupdf.open()
    doc.set_metadata(
        {
            "title": title,
            "producer": producer,
            "creator": producer,
            "creationDate": created,
            "modDate": created,
        }
    )
    return doc


def pdf_bytes(doc: pymupdf.Document) -> bytes:
    """Subset the fonts and write; the file /ID is derived from the metadata so the same seed gives the same bytes."""
    doc.subset_fonts()
    meta = doc.metadata or {}
    ident = (
        hashlib.md5(f"{meta.get('title')}|{meta.get('creationDate')}|{len(doc)}".encode()).hexdigest().upper()
    )
    doc.xref_set_key(-1, "ID", f"[<{ident}><{ident}>]")
    return bytes(doc.tobytes(garbage=3, deflate=True, no_new_id=True))


def sheets_to_pdf(sheets: list[Sheet], title: str, producer: str, created: str) -> bytes:
    doc = new_pdf(title, producer, created)
    for s in sheets:
        draw_pdf_page(doc, s)
    return pdf_bytes(doc)


def render(sheet: Sheet, dpi: int, angle: float = 0.0) -> Image.Image:
    """The sheet as an RGB image at ``dpi`` (the page a scanner or a printer sees), turned ``angle`` degrees
    counter-clockwise about its centre and cropped to its own size."""
    doc = pymupdf.open()
    page = draw_pdf_page(doc, sheet)
    zoom = dpi / 72
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom).prerotate(-angle), alpha=False)
    img = Image.frombytes("RGB", (pix.width, pix.height), pix.samples)
    if angle:
        w, h = round(page.rect.width * zoom), round(page.rect.height * zoom)
        left, top = (img.width - w) // 2, (img.height - h) // 2
        img = img.crop((left, top, left + w, top + h))
    return img


def png_of(image: object) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")  # type: ignore[attr-defined]
    return buf.getvalue()
