"""Pages as recorded drawing operations, and the exporters that turn them into PDF pages.

A ``Sheet`` records what a page shows (text runs, rules, boxes, pictures, watermarks). A page is then
written the way a real program would:

- ``runs``: one text object per run; body text in an embedded subset of Droid Sans Fallback (``F1``),
  titles and labels in a second embedded copy (``F2``, a font of its own, as 黑体 beside 宋体);
- ``glyphs``: a PDF printer that writes each glyph as its own positioned text object, line by line but
  CJK glyphs before the digits and Latin of the same line, spaces not written at all;
- ``outline``: every glyph drawn as a vector path, so the page has no text layer;
- a file's font map (``remap``): ``kangxi`` or ``compat`` rewrites the body font's ToUnicode so that every
  glyph with a Kangxi-radical (U+2F00 block) or CJK-compatibility twin extracts as the twin, as some
  WPS and Word exports do: the page looks the same, the text reads ``⼈民币`` / ``⾦额`` / ``2025年1⽉9⽇``.

Nothing is ever hidden: the watermark is visible light-grey text over the page, and it is in the text
layer because it is drawn as text.
"""

from __future__ import annotations

import functools
import io
import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np
import pymupdf as fitz
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .world import COMPAT, KANGXI

FONT = fitz.Font("china-s")
DROID = FONT.buffer
DROID_TITLES = DROID + b"\0\0\0\0"
"""The same face embedded a second time for titles and labels (a font of its own, as 黑体 beside 宋体):
four bytes of padding give it another digest, so PyMuPDF does not merge it with the body font."""
BLACK = (0.0, 0.0, 0.0)
GREY = (0.35, 0.35, 0.35)
RED = (0.8, 0.08, 0.1)
A4 = (595.0, 842.0)

NO_LINE_START = set("，。、；：）》”’！？")


_ADV: dict[str, float] = {}
_GID: dict[str, int] = {}


def adv(ch: str) -> float:
    v = _ADV.get(ch)
    if v is None:
        v = _ADV[ch] = float(FONT.glyph_advance(ord(ch)))
    return v


def gid(ch: str) -> int:
    g = _GID.get(ch)
    if g is None:
        g = _GID[ch] = int(FONT.has_glyph(ord(ch)))
        if not g:
            raise ValueError(f"no glyph for {ch!r} (U+{ord(ch):04X})")
    return g


def width(s: str, size: float) -> float:
    return size * sum(adv(c) for c in s)


def spaced(s: str, gap: int = 1) -> str:
    """Letter-spacing typed with real spaces: 合 同 金 额."""
    return (" " * gap).join(s)


@dataclass
class Text:
    x: float
    y: float
    s: str
    size: float
    role: str = "body"  # body | title
    color: tuple[float, float, float] = BLACK
    bold: bool = False


@dataclass
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    w: float = 0.6
    color: tuple[float, float, float] = BLACK


@dataclass
class Box:
    rect: tuple[float, float, float, float]
    w: float = 0.6
    color: tuple[float, float, float] | None = BLACK
    fill: tuple[float, float, float] | None = None


@dataclass
class Picture:
    rect: tuple[float, float, float, float]
    png: bytes


@dataclass
class Mark:
    """A diagonal watermark: visible, light grey, semi-transparent text over the page."""

    s: str
    size: float
    angle: float
    points: list[tuple[float, float]]
    color: tuple[float, float, float] = (0.62, 0.62, 0.62)
    opacity: float = 0.45


@dataclass
class Sheet:
    w: float = A4[0]
    h: float = A4[1]
    texts: list[Text] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    paths: list[tuple[list[tuple[float, float]], tuple[float, float, float], float]] = field(
        default_factory=list
    )

    # -- text --
    def text(self, x: float, y: float, s: str, size: float = 10.5, **kw: object) -> float:
        if s:
            self.texts.append(Text(x, y, s, size, **kw))  # type: ignore[arg-type]
        return x + width(s, size)

    def right(self, xr: float, y: float, s: str, size: float = 10.5, **kw: object) -> None:
        self.text(xr - width(s, size), y, s, size, **kw)

    def center(self, cx: float, y: float, s: str, size: float = 10.5, **kw: object) -> None:
        self.text(cx - width(s, size) / 2, y, s, size, **kw)

    def para(
        self,
        x: float,
        y: float,
        w: float,
        s: str,
        size: float = 10.5,
        lead: float = 1.75,
        indent: bool = True,
        **kw: object,
    ) -> float:
        """Wrapped paragraph; returns the baseline below the last line."""
        lines = wrap(("\u3000\u3000" if indent else "") + s, w, size)
        for ln in lines:
            self.text(x, y, ln, size, **kw)
            y += size * lead
        return y

    # -- rules --
    def hline(
        self, x0: float, x1: float, y: float, w: float = 0.6, color: tuple[float, float, float] = BLACK
    ) -> None:
        self.lines.append(Line(x0, y, x1, y, w, color))

    def vline(self, x: float, y0: float, y1: float, w: float = 0.6) -> None:
        self.lines.append(Line(x, y0, x, y1, w))

    def box(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6, **kw: object) -> None:
        self.boxes.append(Box((x0, y0, x1, y1), w, **kw))  # type: ignore[arg-type]

    def tick(self, x: float, y: float, checked: bool, size: float = 9) -> None:
        """A printed check box (□ or ☑ drawn as a square with a tick)."""
        self.box(x, y - size + 1, x + size, y + 1, 0.6)
        if checked:
            self.paths.append(
                (
                    [(x + 1.5, y - size * 0.45), (x + size * 0.42, y - 1), (x + size + 1.5, y - size - 1)],
                    BLACK,
                    1.1,
                )
            )

    def picture(self, x: float, y: float, w: float, h: float, png: bytes) -> None:
        self.pictures.append(Picture((x, y, x + w, y + h), png))

    def watermark(
        self, s: str, size: float = 40, angle: float = 35, rows: int = 3, cols: int = 1, **kw: object
    ) -> None:
        pts = []
        for r in range(rows):
            for c in range(cols):
                px = self.w * ((c + 0.5) / cols)
                py = self.h * ((r + 0.5) / rows) + 20
                pts.append((px, py))
        self.marks.append(Mark(s, size, angle, pts, **kw))  # type: ignore[arg-type]

    # -- frame --
    def header(self, left: str, right: str, size: float = 8.5) -> None:
        self.text(56, 40, left, size, color=GREY)
        self.right(self.w - 56, 40, right, size, color=GREY)
        self.hline(56, self.w - 56, 45, 0.5, GREY)

    def footer(self, s: str, size: float = 9) -> None:
        self.center(self.w / 2, self.h - 34, s, size, color=GREY)


def _tokens(s: str) -> list[str]:
    return re.findall(r"[0-9A-Za-z０-９,，.．:：%／/\-－()（）￥¥]+(?<![，（）：])|.", s)


def wrap(s: str, w: float, size: float) -> list[str]:
    """Break a string into lines of at most ``w`` points; numbers never break, no line starts with a closing mark."""
    lines: list[str] = []
    cur = ""
    for tok in _tokens(s):
        if width(cur + tok, size) <= w or not cur:
            cur += tok
            continue
        if tok[0] in NO_LINE_START:
            # pull the last char down instead of starting a line with punctuation
            cur, carry = cur[:-1], cur[-1]
            lines.append(cur)
            cur = carry + tok
            continue
        lines.append(cur)
        cur = tok
    if cur:
        lines.append(cur)
    return lines


def flow(
    columns: Sequence[tuple[float, float, float, float]],
    paras: list[tuple[str, bool]],
    size: float,
    lead: float = 1.7,
) -> tuple[list[Text], list[tuple[str, bool]]]:
    """Lay paragraphs (text, is_heading) through column boxes; returns the texts and what did not fit."""
    out: list[Text] = []
    todo = list(paras)
    for x0, y0, x1, y1 in columns:
        y = y0
        while todo:
            s, head = todo[0]
            lines = wrap(s if head else "\u3000\u3000" + s, x1 - x0, size)
            need = len(lines) * size * lead
            if y + need > y1:
                room = int((y1 - y) // (size * lead))
                if head or room < 2:
                    break
                for ln in lines[:room]:
                    out.append(Text(x0, y, ln, size, "title" if head else "body", BLACK, head))
                    y += size * lead
                todo[0] = (_rest(s, lines[:room]), False)
                break
            for ln in lines:
                out.append(Text(x0, y, ln, size, "title" if head else "body", BLACK, head))
                y += size * lead
            todo.pop(0)
            y += size * 0.35
    return out, todo


def _rest(s: str, used: list[str]) -> str:
    n = sum(len(u) for u in used) - 2  # the two-character indent
    return s[n:]


def pad_row(cells: list[tuple[str, float, str]], size: float, origin: float) -> str:
    """One row of a table without rules, typed from ``origin``: cells (text, x, align 'l'|'r') joined by real spaces."""
    sw = width(" ", size)
    out = ""
    for text, x, align in cells:
        start = (x if align == "l" else x - width(text, size)) - origin
        n = max(1 if out else 0, round((start - width(out, size)) / sw))
        out += " " * n + text
    return out


# -- pictures ---------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=32)
def _pil_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(DROID), px)


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", compress_level=6)
    return buf.getvalue()


def _ink(img: Image.Image, rng: random.Random, strength: float = 0.35) -> Image.Image:
    """Uneven stamp ink: alpha modulated by blotchy noise."""
    a = np.asarray(img.getchannel("A"), dtype=np.float32)
    h, w = a.shape
    noise = np.asarray(
        Image.fromarray(
            (np.random.default_rng(rng.randrange(1 << 30)).random((h // 12 + 1, w // 12 + 1)) * 255).astype(
                np.uint8
            )
        ).resize((w, h), Image.Resampling.BICUBIC),
        dtype=np.float32,
    )
    fine = np.random.default_rng(rng.randrange(1 << 30)).random((h, w)).astype(np.float32)
    k = 1 - strength * (noise / 255) - 0.25 * (fine > 0.93)
    a = np.clip(a * k * rng.uniform(0.82, 0.95), 0, 255).astype(np.uint8)
    img.putalpha(Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6)))
    return img


def seal(name: str, bottom: str, rng: random.Random, px: int = 320, code: str = "") -> bytes:
    """A round red seal: ring, star, the name on the upper arc, the seal's use under the star."""
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (rng.randrange(200, 225), rng.randrange(10, 40), rng.randrange(20, 45), 255)
    c = px / 2
    ring = px * 0.035
    d.ellipse([ring / 2, ring / 2, px - ring / 2, px - ring / 2], outline=red, width=int(ring))
    r5 = px * 0.15
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = r5 if i % 2 == 0 else r5 * 0.38
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    n = len(name)
    span = min(250.0, 18.0 * n + 20)
    fs = int(px * (0.13 if n <= 12 else 0.11 if n <= 16 else 0.095))
    font = _pil_font(fs)
    rad = px / 2 - ring - fs * 0.62
    for i, ch in enumerate(name):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        tile = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fs, fs), ch, font=font, fill=red, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.Resampling.BICUBIC)
        x = c + rad * math.cos(ang) - fs
        y = c + rad * math.sin(ang) - fs
        img.alpha_composite(tile, (int(x), int(y)))
    if bottom:
        bf = _pil_font(int(px * 0.085))
        d.text((c, c + px * 0.27), bottom, font=bf, fill=red, anchor="mm")
    if code:
        cf = _pil_font(int(px * 0.05))
        for i, ch in enumerate(code):
            ang = math.radians(90 + 50 - 100 * (i + 0.5) / len(code))
            x = c + (px / 2 - ring - px * 0.05) * math.cos(ang)
            y = c + (px / 2 - ring - px * 0.05) * math.sin(ang)
            d.text((x, y), ch, font=cf, fill=red, anchor="mm")
    img = img.rotate(rng.uniform(-14, 14), resample=Image.Resampling.BICUBIC)
    return _png(_ink(img, rng))


def emblem(px: int = 300) -> bytes:
    """A simplified emblem above the licence title: gold ring, red disc, five gold stars."""
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    gold = (214, 170, 60, 255)
    d.ellipse([4, 4, px - 4, px - 4], fill=gold)
    d.ellipse([px * 0.12, px * 0.12, px * 0.88, px * 0.88], fill=(205, 30, 30, 255))

    def star(cx: float, cy: float, r: float) -> None:
        pts = []
        for i in range(10):
            ang = -math.pi / 2 + i * math.pi / 5
            rr = r if i % 2 == 0 else r * 0.38
            pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
        d.polygon(pts, fill=gold)

    star(px * 0.38, px * 0.36, px * 0.12)
    for ang in (-50, -20, 10, 40):
        a = math.radians(ang)
        star(px * 0.38 + px * 0.22 * math.cos(a), px * 0.36 + px * 0.2 * math.sin(a), px * 0.045)
    d.rectangle([px * 0.3, px * 0.6, px * 0.7, px * 0.7], fill=gold)
    return _png(img)


def signature(rng: random.Random, w: int = 360, h: int = 120) -> bytes:
    """A pen signature: a few connected loops in blue-black ink."""
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    ink = (20, 25, 70, 235)
    x = 12.0
    for _ in range(rng.randrange(2, 4)):
        pts = []
        amp = rng.uniform(18, 38)
        step = rng.uniform(55, 95)
        for t in range(48):
            f = t / 47
            pts.append(
                (
                    x + step * f + 9 * math.sin(f * 9 + rng.random()),
                    h / 2 + amp * math.sin(f * math.pi * rng.uniform(2.5, 4.5)) * (1 - 0.4 * f),
                )
            )
        d.line(pts, fill=ink, width=rng.choice([3, 4]), joint="curve")
        x += step + rng.uniform(8, 24)
    d.line([(10, h * 0.8), (x, h * rng.uniform(0.6, 0.85))], fill=ink, width=2)
    return _png(img.filter(ImageFilter.GaussianBlur(0.5)))


def qr_png(payload: str, scale: int = 6) -> bytes:
    enc = cv2.QRCodeEncoder.create()
    m = enc.encode(payload)
    m = cv2.resize(m, (m.shape[1] * scale, m.shape[0] * scale), interpolation=cv2.INTER_NEAREST)
    ok, buf = cv2.imencode(".png", m)
    assert ok
    return bytes(buf)


# -- exporters --------------------------------------------------------------------------------------

BODY = "F1"
HEAD = "F2"


def _is_latin(ch: str) -> bool:
    return ch.isascii() or "\uff01" <= ch <= "\uff5e" or ch in "￥¥"


def _append(page: fitz.Page, content: str) -> None:
    """Add a content stream of our own after the page's others (PDF text operators written directly:
    the fonts are Identity-H, so the codes are the glyph ids)."""
    doc = page.parent
    x = doc.get_new_xref()
    doc.update_object(x, "<<>>")
    doc.update_stream(x, content.encode())
    conts = [*page.get_contents(), x]
    doc.xref_set_key(page.xref, "Contents", "[" + " ".join(f"{c} 0 R" for c in conts) + "]")


def _op(t: Text, x: float, s: str, h: float, used: set[str]) -> str:
    font = HEAD if t.role == "title" else BODY
    if font == BODY:
        used.update(s)
    r, g, b = t.color
    bold = f"2 Tr {t.size * 0.035:.3f} w {r:.3f} {g:.3f} {b:.3f} RG " if t.bold else ""
    hexs = "".join(f"{gid(c):04X}" for c in s)
    return f"BT /{font} {t.size:g} Tf {r:.3f} {g:.3f} {b:.3f} rg {bold}1 0 0 1 {x:.2f} {h - t.y:.2f} Tm <{hexs}> Tj ET\n"


def paint(page: fitz.Page, sheet: Sheet, mode: str, used: set[str]) -> None:
    """Draw the sheet on the page: ``runs`` (one text object per run) or ``glyphs`` (one per glyph)."""
    page.insert_font(fontname=BODY, fontbuffer=DROID)
    page.insert_font(fontname=HEAD, fontbuffer=DROID_TITLES)
    sh = page.new_shape()
    for b in sheet.boxes:
        sh.draw_rect(fitz.Rect(b.rect))
        sh.finish(color=b.color, fill=b.fill, width=b.w)
    for ln in sheet.lines:
        sh.draw_line((ln.x0, ln.y0), (ln.x1, ln.y1))
        sh.finish(color=ln.color, width=ln.w)
    for pts, col, w in sheet.paths:
        sh.draw_polyline(pts)
        sh.finish(color=col, width=w, closePath=False, lineCap=1, lineJoin=1)
    sh.commit()
    ops = ["q\n"]
    if mode == "glyphs":
        ops += _glyphs(sheet, used)
    else:
        ops += [_op(t, t.x, t.s, sheet.h, used) for t in sheet.texts]
    ops.append("Q\n")
    _append(page, "".join(ops))
    for p in sheet.pictures:
        page.insert_image(fitz.Rect(p.rect), stream=p.png, keep_proportion=False)


def _glyphs(sheet: Sheet, used: set[str]) -> list[str]:
    """A PDF printer's stream: every glyph its own text object; per line the CJK glyphs first, then the
    digits and Latin; spaces are not written (the printer only positions)."""
    items: list[tuple[float, int, float, Text, str]] = []
    for t in sheet.texts:
        x = t.x
        for ch in t.s:
            if not ch.isspace() and ch != "\u3000":
                items.append((round(t.y, 1), 1 if _is_latin(ch) else 0, x, t, ch))
            x += adv(ch) * t.size
    items.sort(key=lambda it: (it[0], it[1], it[2]))
    return [_op(t, x, ch, sheet.h, used) for _y, _c, x, t, ch in items]


def paint_marks(page: fitz.Page, sheet: Sheet, used: set[str]) -> None:
    """The sheet's watermarks: visible text, light grey, semi-transparent, turned by the mark's angle."""
    if not sheet.marks:
        return
    doc = page.parent
    page.insert_font(fontname=BODY, fontbuffer=DROID)
    kind, val = doc.xref_get_key(page.xref, "Resources")
    ops = []
    for k, m in enumerate(sheet.marks):
        gs = f"GSwm{k}"
        if kind == "xref":
            doc.xref_set_key(
                int(val.split()[0]), f"ExtGState/{gs}", f"<</ca {m.opacity:.2f}/CA {m.opacity:.2f}>>"
            )
        else:
            doc.xref_set_key(
                page.xref, f"Resources/ExtGState/{gs}", f"<</ca {m.opacity:.2f}/CA {m.opacity:.2f}>>"
            )
        used.update(m.s)
        w = width(m.s, m.size)
        a = math.radians(m.angle)
        ca, sa = math.cos(a), math.sin(a)
        hexs = "".join(f"{gid(c):04X}" for c in m.s)
        r, g, b = m.color
        for px, py in m.points:
            x = px - w / 2 * ca
            y = (sheet.h - py) - w / 2 * sa
            ops.append(
                f"q /{gs} gs BT /{BODY} {m.size:g} Tf {r:.3f} {g:.3f} {b:.3f} rg "
                f"{ca:.4f} {sa:.4f} {-sa:.4f} {ca:.4f} {x:.2f} {y:.2f} Tm <{hexs}> Tj ET Q\n"
            )
    _append(page, "".join(ops))


def outline(page: fitz.Page, sheet: Sheet) -> None:
    """Draw the sheet with every glyph as a vector path: the page has no text layer."""
    scratch = fitz.open()
    sp = scratch.new_page(width=sheet.w, height=sheet.h)
    bare = Sheet(sheet.w, sheet.h, sheet.texts, sheet.lines, sheet.boxes, [], [], sheet.paths)
    paint(sp, bare, "runs", set())
    svg = sp.get_svg_image(text_as_path=True)
    vec = fitz.open(stream=svg.encode(), filetype="svg")
    pdf = fitz.open("pdf", vec.convert_to_pdf())
    page.show_pdf_page(page.rect, pdf, 0)
    for p in sheet.pictures:
        page.insert_image(fitz.Rect(p.rect), stream=p.png, keep_proportion=False)


def render(sheet: Sheet, dpi: int) -> np.ndarray:
    """The sheet as an RGB image (for the scanner)."""
    scratch = fitz.open()
    sp = scratch.new_page(width=sheet.w, height=sheet.h)
    paint(sp, sheet, "runs", set())
    paint_marks(sp, sheet, set())
    pix = sp.get_pixmap(dpi=dpi, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n).copy()


def tounicode(used: set[str], font: fitz.Font, table: dict[str, str]) -> bytes:
    """A ToUnicode CMap for the glyphs of ``used``, sending each to its twin in ``table`` where it has one."""
    pairs = []
    for ch in sorted(used):
        gid = font.has_glyph(ord(ch))
        if gid:
            pairs.append((gid, table.get(ch, ch)))
    pairs.sort()
    out = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo <</Registry(Adobe)/Ordering(UCS)/Supplement 0>> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    for i in range(0, len(pairs), 100):
        chunk = pairs[i : i + 100]
        out.append(f"{len(chunk)} beginbfchar")
        for gid, u in chunk:
            out.append(f"<{gid:04X}> <{''.join(f'{ord(c):04X}' for c in u)}>")
        out.append("endbfchar")
    out += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(out).encode()


def remap(doc: fitz.Document, used: set[str], mode: str) -> int:
    """Rewrite the embedded body font's ToUnicode map for a kangxi or compat export; returns how many glyphs moved."""
    table = KANGXI if mode == "kangxi" else COMPAT if mode == "compat" else {}
    if not table:
        return 0
    done: set[int] = set()
    for pno in range(doc.page_count):
        for xref, _ext, _typ, basefont, name, _enc in doc.get_page_fonts(pno):
            if xref in done or name != BODY or "Droid" not in basefont:
                continue
            done.add(xref)
            kind, val = doc.xref_get_key(xref, "ToUnicode")
            if kind == "xref":
                tu = int(val.split()[0])
                doc.update_stream(tu, tounicode(used, FONT, table))
            else:
                tu = doc.get_new_xref()
                doc.update_object(tu, "<<>>")
                doc.update_stream(tu, tounicode(used, FONT, table))
                doc.xref_set_key(xref, "ToUnicode", f"{tu} 0 R")
    return sum(1 for ch in used if ch in table)
