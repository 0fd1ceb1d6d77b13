"""Born-digital PDF building: page text with an embedded CJK font, ruled tables with merged cells, and a second
pass (pikepdf) that adds what office tools put around the text: form widgets with their own appearance streams,
Stamp annotations carrying seals, /Rotate, CropBox, heading fonts without ToUnicode, embedded files."""

from __future__ import annotations

import io
import math
import zlib
from dataclasses import dataclass
from typing import Any

import numpy as np
import pikepdf
import pymupdf

CJK = pymupdf.Font("cjk")
HEAD_BUFFER = CJK.buffer + b"\0\0\0\0fukang-heading"
"""The same face embedded a second time for headings, so that its ToUnicode map can be dropped alone."""
RED = (0.86, 0.08, 0.1)
A4 = (595.0, 842.0)


@dataclass
class Widget:
    page: int
    rect: tuple[float, float, float, float]
    name: str
    value: str
    shown: str | None = None
    """What the appearance stream draws; None: the value."""
    kind: str = "text"
    checked: bool = False
    flatten: bool = False
    size: float = 10.5
    latin: bool = False
    """Drawn in Helvetica (not embedded), as form tools do for figures."""


@dataclass
class Seal:
    name: str
    bottom: str = ""
    number: str = ""
    radius: float = 42.0


@dataclass
class Stamp:
    page: int
    center: tuple[float, float]
    seal: Seal
    image: bool = False
    annotation: bool = True
    """False: the seal is drawn as vector paths in the page content."""


@dataclass
class PageSpec:
    width: float
    height: float
    rotate: int = 0
    bleed: float = 0.0


@dataclass
class Built:
    data: bytes
    pages: int


def put(
    page: pymupdf.Page,
    pos: tuple[float, float],
    text: str,
    size: float,
    color: tuple[float, float, float] = (0, 0, 0),
    opacity: float = 1.0,
    morph: tuple[pymupdf.Point, pymupdf.Matrix] | None = None,
    render_mode: int = 0,
    oc: int = 0,
    font: pymupdf.Font = CJK,
) -> None:
    """Text with an embedded font through a TextWriter (insert_text measures every glyph of a CJK font per document)."""
    tw = pymupdf.TextWriter(page.rect)
    tw.append(pos, text, font=font, fontsize=size)
    tw.write_text(page, color=color, opacity=opacity, morph=morph, render_mode=render_mode, oc=oc)


def _seal_page(doc: pymupdf.Document, seal: Seal, scale: float = 1.0) -> pymupdf.Page:
    r = seal.radius
    size = 2 * r + 6
    page = doc.new_page(width=size, height=size)
    draw_seal(page, (size / 2, size / 2), seal)
    return page


def draw_seal(page: pymupdf.Page, center: tuple[float, float], seal: Seal, opacity: float = 0.88) -> None:
    """A round red seal as vector paths and glyphs: ring, star, the name on the upper arc, a bottom line."""
    cx, cy = center
    r = seal.radius
    shape = page.new_shape()
    shape.draw_circle(pymupdf.Point(cx, cy), r - 1.5)
    shape.finish(color=RED, width=2.6, stroke_opacity=opacity, fill=None)
    pts = []
    star_r = r * 0.26
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rad = star_r if i % 2 == 0 else star_r * 0.42
        pts.append(pymupdf.Point(cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    shape.draw_polyline([*pts, pts[0]])
    shape.finish(color=RED, fill=RED, width=0.3, fill_opacity=opacity, stroke_opacity=opacity)
    shape.commit()
    name = seal.name
    n = len(name)
    span = min(250.0, 18.0 * n + 30)
    size = min(r * 0.30, (2 * math.pi * (r - 9) * span / 360) / max(n, 1) * 0.92)
    for i, ch in enumerate(name):
        deg = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(deg)
        rr = r - 6 - size * 0.85
        px, py = cx + rr * math.cos(a), cy + rr * math.sin(a)
        rot = -(deg + 90)
        origin = (px - size / 2, py + size * 0.38)
        put(page, origin, ch, size, RED, opacity, morph=(pymupdf.Point(px, py), pymupdf.Matrix(rot)))
    if seal.bottom:
        bs = r * 0.2
        width = CJK.text_length(seal.bottom, bs)
        put(page, (cx - width / 2, cy + r * 0.55), seal.bottom, bs, RED, opacity)
    if seal.number:
        ns = r * 0.14
        width = CJK.text_length(seal.number, ns)
        put(page, (cx - width / 2, cy + r * 0.80), seal.number, ns, RED, opacity)


class Canvas:
    """One page, drawn in points from the top left of the visible (cropped) area."""

    def __init__(self, builder: PdfBuilder, page: pymupdf.Page, index: int, spec: PageSpec) -> None:
        self.b = builder
        self.page = page
        self.index = index
        self.spec = spec
        self.ox = spec.bleed
        self.oy = spec.bleed
        if builder.heading_font:
            page.insert_font(fontname="hd", fontbuffer=HEAD_BUFFER)

    @property
    def width(self) -> float:
        return self.spec.width

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        align: str = "left",
        color: tuple[float, float, float] = (0, 0, 0),
        heading: bool = False,
        glyphs: bool | None = None,
        oc: int = 0,
        render_mode: int = 0,
    ) -> float:
        """Baseline at y; returns the width drawn."""
        width = CJK.text_length(s, size)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        per_glyph = self.b.per_glyph if glyphs is None else glyphs
        if heading and self.b.heading_font:
            self.page.insert_text(
                (x + self.ox, y + self.oy), s, fontname="hd", fontsize=size, color=color, oc=oc
            )
        elif per_glyph:
            cx = x
            for ch in s:
                if ch != " ":
                    put(
                        self.page,
                        (cx + self.ox, y + self.oy),
                        ch,
                        size,
                        color,
                        oc=oc,
                        render_mode=render_mode,
                    )
                cx += CJK.text_length(ch, size)
        else:
            put(self.page, (x + self.ox, y + self.oy), s, size, color, oc=oc, render_mode=render_mode)
        return width

    def outline_text(self, x: float, y: float, s: str, size: float = 10.5) -> float:
        """Text drawn as filled glyph outlines (no text layer), as a 'print as image/curves' export leaves it."""
        width = CJK.text_length(s, size) + 2
        tmp = pymupdf.open()
        tp = tmp.new_page(width=width, height=size * 1.6)
        put(tp, (1, size * 1.15), s, size)
        svg = tp.get_svg_image(text_as_path=True)
        vec = pymupdf.open("pdf", pymupdf.open("svg", svg.encode()).convert_to_pdf())
        top = y - size * 1.15
        self.page.show_pdf_page(
            pymupdf.Rect(x - 1 + self.ox, top + self.oy, x - 1 + width + self.ox, top + size * 1.6 + self.oy),
            vec,
            0,
        )
        return width - 2

    def para(self, x: float, y: float, w: float, s: str, size: float = 10.5, leading: float = 1.65) -> float:
        """Wrapped paragraph from baseline y; returns the baseline after it."""
        line = ""
        for ch in s:
            if CJK.text_length(line + ch, size) > w and ch not in "，。；、）：":
                self.text(x, y, line, size)
                y += size * leading
                line = ""
            line += ch
        if line:
            self.text(x, y, line, size)
            y += size * leading
        return y

    def line(
        self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6, color: Any = (0, 0, 0)
    ) -> None:
        self.page.draw_line(
            (x0 + self.ox, y0 + self.oy), (x1 + self.ox, y1 + self.oy), color=color, width=width
        )

    def rect(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.6, fill: Any = None) -> None:
        self.page.draw_rect(
            pymupdf.Rect(x0 + self.ox, y0 + self.oy, x1 + self.ox, y1 + self.oy),
            color=(0, 0, 0),
            width=width,
            fill=fill,
        )

    def table(
        self,
        x: float,
        y: float,
        cols: list[float],
        rows: list[list[str | None]],
        row_h: float = 22.0,
        size: float = 9.5,
        spans: dict[tuple[int, int], tuple[int, int]] | None = None,
        aligns: list[str] | None = None,
    ) -> float:
        """Ruled table; ``spans[(r, c)] = (rowspan, colspan)`` merges cells (the covered cells are None)."""
        spans = spans or {}
        xs = [x]
        for w in cols:
            xs.append(xs[-1] + w)
        covered: set[tuple[int, int]] = set()
        for (r, c), (rs, cs) in spans.items():
            for i in range(r, r + rs):
                for j in range(c, c + cs):
                    if (i, j) != (r, c):
                        covered.add((i, j))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if (r, c) in covered:
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                x0, x1 = xs[c], xs[c + cs]
                y0, y1 = y + r * row_h, y + (r + rs) * row_h
                self.rect(x0, y0, x1, y1, width=0.5)
                if cell:
                    align = (aligns or ["left"] * len(cols))[c]
                    base = (y0 + y1) / 2 + size * 0.36
                    if align == "right":
                        self.text(x1 - 4, base, cell, size, align="right")
                    elif align == "center":
                        self.text((x0 + x1) / 2, base, cell, size, align="center")
                    else:
                        self.text(x0 + 4, base, cell, size)
        return y + len(rows) * row_h

    def header_footer(self, left: str, right: str, number: int, total: int, style: str = "wps") -> None:
        w, h = self.spec.width, self.spec.height
        self.text(56, 40, left, 8.5, color=(0.35, 0.35, 0.35))
        self.text(w - 56, 40, right, 8.5, align="right", color=(0.35, 0.35, 0.35))
        self.line(56, 45, w - 56, 45, 0.5, (0.4, 0.4, 0.4))
        foot = f"第 {number} 页 共 {total} 页" if style == "wps" else f"{number} / {total}"
        self.text(w / 2, h - 34, foot, 8.5, align="center", color=(0.3, 0.3, 0.3))

    def seal(self, x: float, y: float, seal: Seal, image: bool = False, annotation: bool = True) -> None:
        if annotation:
            self.b.stamps.append(Stamp(self.index, (x + self.ox, y + self.oy), seal, image=image))
        else:
            draw_seal(self.page, (x + self.ox, y + self.oy), seal)

    def widget(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        name: str,
        value: str,
        shown: str | None = None,
        flatten: bool = False,
        size: float = 10.5,
        latin: bool = False,
    ) -> None:
        rect = (x0 + self.ox, y0 + self.oy, x1 + self.ox, y1 + self.oy)
        self.b.widgets.append(
            Widget(self.index, rect, name, value, shown, "text", False, flatten, size, latin)
        )

    def checkbox(self, x: float, y: float, name: str, checked: bool, flatten: bool = False) -> None:
        self.b.widgets.append(
            Widget(
                self.index,
                (x + self.ox, y + self.oy, x + 11 + self.ox, y + 11 + self.oy),
                name,
                "",
                None,
                "check",
                checked,
                flatten,
            )
        )

    def signature(self, x: float, y: float, name: str) -> None:
        """A pen-drawn signature: a loose polyline over the name's width."""
        pts = []
        n = max(3, len(name)) * 6
        for i in range(n):
            t = i / (n - 1)
            pts.append(
                pymupdf.Point(
                    x + self.ox + t * 16 * len(name) + 3 * math.sin(t * 31),
                    y + self.oy - 4 * math.sin(t * 17 + len(name)) - 2 * math.cos(t * 43),
                )
            )
        self.page.draw_polyline(pts, color=(0.05, 0.1, 0.35), width=1.0)


def _annots(page: pikepdf.Page) -> pikepdf.Array:
    if "/Annots" not in page.obj:
        page.obj.Annots = pikepdf.Array()
    return page.obj.Annots  # type: ignore[return-value]


class PdfBuilder:
    def __init__(
        self,
        title: str,
        producer: str = "WPS 文字",
        creator: str = "WPS 文字",
        when: str = "D:20250612093015+08'00'",
        heading_font: bool = False,
        per_glyph: bool = False,
    ) -> None:
        self.doc = pymupdf.open()
        self.title = title
        self.producer = producer
        self.creator = creator
        self.when = when
        self.heading_font = heading_font
        self.per_glyph = per_glyph
        self.specs: list[PageSpec] = []
        self.widgets: list[Widget] = []
        self.stamps: list[Stamp] = []
        self.attachments: list[tuple[str, bytes, str]] = []
        self.pdfa = False
        self._ocg: int | None = None

    def page(
        self, width: float = A4[0], height: float = A4[1], rotate: int = 0, bleed: float = 0.0
    ) -> Canvas:
        spec = PageSpec(width, height, rotate, bleed)
        self.specs.append(spec)
        p = self.doc.new_page(width=width + 2 * bleed, height=height + 2 * bleed)
        c = Canvas(self, p, len(self.specs) - 1, spec)
        if bleed:
            self._printer_marks(c)
        return c

    def _printer_marks(self, c: Canvas) -> None:
        b = c.spec.bleed
        W, H = c.spec.width + 2 * b, c.spec.height + 2 * b
        for x in (b, W - b):
            for y0, y1 in ((0, b - 4), (H - b + 4, H)):
                c.page.draw_line((x, y0), (x, y1), color=(0, 0, 0), width=0.3)
        for y in (b, H - b):
            for x0, x1 in ((0, b - 4), (W - b + 4, W)):
                c.page.draw_line((x0, y), (x1, y), color=(0, 0, 0), width=0.3)
        put(c.page, (b + 10, H - 4), "+ + + 印刷裁切线 + + +", 5, (0.5, 0.5, 0.5))

    def draft_layer(self, label: str = "草稿水印") -> int:
        if self._ocg is None:
            self._ocg = self.doc.add_ocg(label, on=False)
        return self._ocg

    def attach(self, name: str, data: bytes, desc: str) -> None:
        self.attachments.append((name, data, desc))

    # --- second pass -------------------------------------------------------------------------------------

    def build(self) -> bytes:
        self.doc.subset_fonts()
        base = self.doc.tobytes(garbage=3, deflate=True)
        assets = pymupdf.open()
        seal_index: dict[int, int] = {}
        for k, st in enumerate(self.stamps):
            _seal_page(assets, st.seal)
            seal_index[k] = assets.page_count - 1
        widget_index: dict[int, int] = {}
        for k, w in enumerate(self.widgets):
            x0, y0, x1, y1 = w.rect
            ap = assets.new_page(width=x1 - x0, height=y1 - y0)
            widget_index[k] = assets.page_count - 1
            if w.kind == "text":
                shown = w.value if w.shown is None else w.shown
                at = (2, (y1 - y0) / 2 + w.size * 0.36)
                if w.latin:
                    ap.insert_text(at, shown, fontname="helv", fontsize=w.size, color=(0, 0, 0.15))
                else:
                    put(ap, at, shown, w.size, (0, 0, 0.15))
            else:
                ap.draw_rect(pymupdf.Rect(0.5, 0.5, x1 - x0 - 0.5, y1 - y0 - 0.5), color=(0, 0, 0), width=0.8)
                ap2 = assets.new_page(width=x1 - x0, height=y1 - y0)
                ap2.draw_rect(
                    pymupdf.Rect(0.5, 0.5, x1 - x0 - 0.5, y1 - y0 - 0.5), color=(0, 0, 0), width=0.8
                )
                ap2.draw_polyline([(2.2, 5.8), (4.6, 8.6), (9.0, 2.2)], color=(0, 0, 0), width=1.4)
        if assets.page_count:
            assets.subset_fonts()
        pdf = pikepdf.open(io.BytesIO(base))
        src = pikepdf.open(io.BytesIO(assets.tobytes(garbage=3, deflate=True))) if assets.page_count else None
        forms: dict[int, pikepdf.Object] = {}

        def form(i: int) -> pikepdf.Object:
            assert src is not None
            if i not in forms:
                forms[i] = pdf.copy_foreign(src.pages[i].as_form_xobject())
            return forms[i]

        fields = pikepdf.Array()
        for k, st in enumerate(self.stamps):
            page = pdf.pages[st.page]
            H = float(page.mediabox[3])
            cx, cy = st.center
            r = st.seal.radius + 3
            rect = [cx - r, H - cy - r, cx + r, H - cy + r]
            ap = self._image_form(pdf, assets[seal_index[k]]) if st.image else form(seal_index[k])  # type: ignore[assignment]
            annot = pdf.make_indirect(
                pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot,
                    Subtype=pikepdf.Name.Stamp,
                    Rect=pikepdf.Array(rect),
                    F=4,
                    Name=pikepdf.Name("/Approved"),
                    Contents=pikepdf.String(f"电子印章：{st.seal.name}"),
                    T=pikepdf.String(st.seal.name),
                    AP=pikepdf.Dictionary(N=ap),
                    P=page.obj,
                )
            )
            _annots(page).append(annot)
        for k, w in enumerate(self.widgets):
            page = pdf.pages[w.page]
            H = float(page.mediabox[3])
            x0, y0, x1, y1 = w.rect
            wrect = pikepdf.Array([x0, H - y1, x1, H - y0])
            if w.flatten:
                f = form(widget_index[k] + (1 if w.kind == "check" and w.checked else 0))
                name = f"/FkW{k}"
                res = page.obj.Resources
                if "/XObject" not in res:
                    res.XObject = pikepdf.Dictionary()
                res.XObject[name] = f
                page.contents_add(
                    pikepdf.Stream(pdf, f"q 1 0 0 1 {x0:.2f} {H - y1:.2f} cm {name} Do Q".encode()),
                    prepend=False,
                )
                continue
            if w.kind == "text":
                d = pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot,
                    Subtype=pikepdf.Name.Widget,
                    FT=pikepdf.Name.Tx,
                    T=pikepdf.String(w.name),
                    V=pikepdf.String(w.value),
                    DA=pikepdf.String(f"/FkF {w.size} Tf 0 0 0.15 rg"),
                    Rect=wrect,
                    F=4,
                    Ff=1,
                    AP=pikepdf.Dictionary(N=form(widget_index[k])),
                    P=page.obj,
                )
            else:
                state = pikepdf.Name.Yes if w.checked else pikepdf.Name.Off
                d = pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot,
                    Subtype=pikepdf.Name.Widget,
                    FT=pikepdf.Name.Btn,
                    T=pikepdf.String(w.name),
                    V=state,
                    AS=state,
                    Rect=wrect,
                    F=4,
                    Ff=1,
                    MK=pikepdf.Dictionary(CA=pikepdf.String("4")),
                    AP=pikepdf.Dictionary(
                        N=pikepdf.Dictionary(Off=form(widget_index[k]), Yes=form(widget_index[k] + 1))
                    ),
                    P=page.obj,
                )
            ref = pdf.make_indirect(d)
            _annots(page).append(ref)
            fields.append(ref)
        if len(fields):
            pdf.Root.AcroForm = pdf.make_indirect(
                pikepdf.Dictionary(
                    Fields=fields,
                    NeedAppearances=False,
                    DA=pikepdf.String("/FkF 10.5 Tf 0 g"),
                    DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(FkF=self._any_font(pdf))),
                )
            )
        for i, spec in enumerate(self.specs):
            page = pdf.pages[i]
            if spec.rotate:
                W, H = spec.width, spec.height  # drawn landscape: W > H
                page.obj.MediaBox = pikepdf.Array([0, 0, H, W])
                m = (
                    b"q 0 1 -1 0 %d 0 cm\n" % round(H)
                    if spec.rotate == 90
                    else b"q 0 -1 1 0 0 %d cm\n" % round(W)
                )
                page.contents_add(pikepdf.Stream(pdf, m), prepend=True)
                page.contents_add(pikepdf.Stream(pdf, b"\nQ"), prepend=False)
                page.obj.Rotate = spec.rotate
            if spec.bleed:
                b = spec.bleed
                page.obj.CropBox = pikepdf.Array([b, b, b + spec.width, b + spec.height])
        if self.heading_font:
            for font in self._fonts(pdf):
                if "/ToUnicode" in font and self._is_heading(font):
                    del font["/ToUnicode"]
        for name, data, desc in self.attachments:
            spec_f = pikepdf.AttachedFileSpec(  # type: ignore[call-arg]
                pdf, data, description=desc, filename=name, mime_type="text/xml"
            )
            pdf.attachments[name] = spec_f
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = self.title
            meta["pdf:Producer"] = self.producer
            meta["xmp:CreatorTool"] = self.creator
            if self.pdfa:
                meta["pdfaid:part"] = "3"
                meta["pdfaid:conformance"] = "B"
        pdf.docinfo["/Title"] = pikepdf.String(self.title)
        pdf.docinfo["/Producer"] = pikepdf.String(self.producer)
        pdf.docinfo["/Creator"] = pikepdf.String(self.creator)
        pdf.docinfo["/CreationDate"] = pikepdf.String(self.when)
        pdf.docinfo["/ModDate"] = pikepdf.String(self.when)
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, compress_streams=True)
        return out.getvalue()

    @staticmethod
    def _fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
        seen: dict[tuple[int, int], pikepdf.Dictionary] = {}
        for page in pdf.pages:
            fonts = page.obj.get("/Resources", pikepdf.Dictionary()).get("/Font", pikepdf.Dictionary())
            for key in fonts.keys():
                f = fonts[key]
                if f.is_indirect:
                    seen[f.objgen] = f  # type: ignore[assignment]
                    seen[f.objgen]["/FkResName"] = pikepdf.Name(key)
        return list(seen.values())

    @staticmethod
    def _is_heading(font: pikepdf.Dictionary) -> bool:
        ok = str(font.get("/FkResName", "")) == "/hd"
        if "/FkResName" in font:
            del font["/FkResName"]
        return ok

    @staticmethod
    def _any_font(pdf: pikepdf.Pdf) -> pikepdf.Object:
        for page in pdf.pages:
            fonts = page.obj.get("/Resources", pikepdf.Dictionary()).get("/Font", pikepdf.Dictionary())
            for key in fonts.keys():
                return fonts[key]
        return pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
            )
        )

    @staticmethod
    def _image_form(pdf: pikepdf.Pdf, page: pymupdf.Page) -> pikepdf.Object:
        pix = page.get_pixmap(dpi=216, alpha=True)
        w, h = pix.width, pix.height
        arr = np.frombuffer(pix.samples, dtype=np.uint8).reshape(h, w, 4)
        rgb = arr[:, :, :3].tobytes()
        alpha = arr[:, :, 3].tobytes()
        smask = pikepdf.Stream(
            pdf,
            zlib.compress(bytes(alpha)),
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Image,
            Width=w,
            Height=h,
            ColorSpace=pikepdf.Name.DeviceGray,
            BitsPerComponent=8,
            Filter=pikepdf.Name.FlateDecode,
        )
        img = pikepdf.Stream(
            pdf,
            zlib.compress(bytes(rgb)),
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Image,
            Width=w,
            Height=h,
            ColorSpace=pikepdf.Name.DeviceRGB,
            BitsPerComponent=8,
            Filter=pikepdf.Name.FlateDecode,
            SMask=smask,
        )
        pw, ph = page.rect.width, page.rect.height
        f = pikepdf.Stream(
            pdf,
            f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode(),
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Form,
            BBox=pikepdf.Array([0, 0, pw, ph]),
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=img)),
        )
        return pdf.make_indirect(f)
