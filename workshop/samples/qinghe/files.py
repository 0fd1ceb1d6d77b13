"""File writers: multi-page TIFF, JPEG (progressive, CMYK, EXIF orientation), PNG, BMP and image PDFs built object
by object (DCT, 1-bit Flate, CCITT G4 images; /Rotate, CropBox, strips), OCR-layered and mixed PDFs, encryption,
truncation and incremental revisions."""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pikepdf
import pymupdf
from PIL import Image

from .paper import Sheet, draw

PDF_DATE = "D:{y}{m:02d}{d:02d}{hh:02d}{mm:02d}{ss:02d}+08'00'"


# ---------------------------------------------------------------- images


def tiff(path: Path, frames: list[Image.Image], kind: str, dpi: int) -> None:
    """kind: g4 (bilevel CCITT Group 4), lzw (grey LZW) or jpeg (colour JPEG-in-TIFF)."""
    conv = {"g4": "1", "lzw": "L", "jpeg": "RGB"}[kind]
    comp = {"g4": "group4", "lzw": "tiff_lzw", "jpeg": "jpeg"}[kind]
    imgs = [f.convert(conv) for f in frames]
    extra = {"quality": 80} if kind == "jpeg" else {}
    imgs[0].save(
        path, "TIFF", save_all=True, append_images=imgs[1:], compression=comp, dpi=(dpi, dpi), **extra
    )


def jpeg(
    path: Path,
    img: Image.Image,
    quality: int = 85,
    progressive: bool = False,
    cmyk: bool = False,
    orientation: int = 1,
    dpi: int | None = None,
    camera: bool = False,
) -> None:
    """``img`` is the upright picture; with orientation 6 or 8 it is stored sideways and the EXIF tag turns it back."""
    stored = img
    if orientation == 6:
        stored = img.rotate(90, expand=True)  # the viewer turns it 90° clockwise
    elif orientation == 8:
        stored = img.rotate(270, expand=True)  # the viewer turns it 90° counter-clockwise
    elif orientation == 3:
        stored = img.rotate(180)
    exif = Image.Exif()
    if camera or orientation != 1:
        exif[0x0112] = orientation
        exif[0x010F] = "HUAWEI"
        exif[0x0110] = "ALN-AL00"
        exif[0x0131] = "ALN-AL00 4.2.0.168"
    if cmyk:
        stored = stored.convert("RGB").convert("CMYK")
    elif stored.mode not in ("RGB", "L"):
        stored = stored.convert("RGB")
    kw: dict[str, object] = {"quality": quality, "progressive": progressive, "optimize": progressive}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    if len(exif):
        kw["exif"] = exif.tobytes()
    stored.save(path, "JPEG", **kw)


def png(path: Path, img: Image.Image, variant: str, dpi: int | None = None) -> None:
    """variant: palette (256 colours), alpha (RGBA), grey16 (16-bit grey) or rgb."""
    if variant == "palette":
        out = img.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    elif variant == "alpha":
        out = img.convert("RGBA")
    elif variant == "grey16":
        out = img.convert("L").point(lambda v: v * 257, mode="I").convert("I;16")
    else:
        out = img.convert("RGB")
    kw: dict[str, object] = {"optimize": False}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    out.save(path, "PNG", **kw)


def bmp(path: Path, img: Image.Image) -> None:
    img.convert("RGB").save(path, "BMP")


def truncate(path: Path, keep: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


# ---------------------------------------------------------------- image PDFs


@dataclass
class Encoded:
    data: bytes
    width: int
    height: int
    filter: str
    colorspace: str
    bpc: int = 8
    parms: dict[str, object] | None = None
    decode: list[int] | None = None


def dct(img: Image.Image, quality: int = 80) -> Encoded:
    img = img if img.mode in ("RGB", "L", "CMYK") else img.convert("RGB")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    cs = {"RGB": "/DeviceRGB", "L": "/DeviceGray", "CMYK": "/DeviceCMYK"}[img.mode]
    decode = [1, 0, 1, 0, 1, 0, 1, 0] if img.mode == "CMYK" else None  # Adobe-style inverted CMYK JPEG
    return Encoded(buf.getvalue(), img.width, img.height, "/DCTDecode", cs, 8, None, decode)


def flate1(img: Image.Image) -> Encoded:
    """A bilevel image, 1 bit per pixel, Flate-compressed (0 = black)."""
    b = img.convert("1")
    return Encoded(zlib.compress(b.tobytes(), 9), b.width, b.height, "/FlateDecode", "/DeviceGray", 1)


def ccitt(img: Image.Image) -> Encoded:
    """A bilevel image as CCITT Group 4 (the strip a fax-mode scanner writes)."""
    b = img.convert("1")
    buf = io.BytesIO()
    b.save(buf, "TIFF", compression="group4", strip_size=2**30)
    buf.seek(0)
    with Image.open(buf) as t:
        tags = t.tag_v2  # type: ignore[attr-defined]
        offsets, counts = tags[273], tags[279]
        photometric = tags.get(262, 0)
    assert len(offsets) == 1, "one strip expected"
    data = buf.getvalue()[offsets[0] : offsets[0] + counts[0]]
    black_is_1 = photometric == 1
    parms = {"/K": -1, "/Columns": b.width, "/Rows": b.height, "/BlackIs1": black_is_1}
    return Encoded(data, b.width, b.height, "/CCITTFaxDecode", "/DeviceGray", 1, parms)


@dataclass
class Placed:
    image: Encoded
    rect: tuple[float, float, float, float]
    """x0, y0, x1, y1 in PDF user space (origin bottom left)."""


@dataclass
class ImagePage:
    width: float
    height: float
    placed: list[Placed] = field(default_factory=list)
    rotate: int = 0
    crop: tuple[float, float, float, float] | None = None


def stored_for_rotate(img: Image.Image, rotate: int) -> Image.Image:
    """The picture a page with /Rotate ``rotate`` must hold so that a viewer shows ``img`` upright."""
    return img.rotate(rotate, expand=True) if rotate else img


def page_of(
    img: Image.Image,
    size: tuple[float, float],
    enc: str = "dct",
    rotate: int = 0,
    strips: int = 1,
    quality: int = 80,
) -> ImagePage:
    """A full-page scan: ``img`` upright fills ``size`` (points, upright); stored turned for ``rotate``."""
    stored = stored_for_rotate(img, rotate)
    w, h = (size[1], size[0]) if rotate in (90, 270) else size
    page = ImagePage(w, h, rotate=rotate)
    n = max(1, strips)
    step = -(-stored.height // n)
    for i in range(n):
        top = i * step
        bottom = min(stored.height, top + step)
        if top >= bottom:
            break
        part = stored.crop((0, top, stored.width, bottom))
        e = {"dct": lambda p: dct(p, quality), "flate1": flate1, "ccitt": ccitt}[enc](part)
        y1 = h - h * top / stored.height
        y0 = h - h * bottom / stored.height
        page.placed.append(Placed(e, (0.0, y0, w, y1)))
    return page


def bed_page(
    img: Image.Image,
    size: tuple[float, float],
    dpi: int,
    margin_pt: tuple[float, float, float, float],
    quality: int = 80,
) -> ImagePage:
    """A scan of the whole bed (a dark lid around the sheet) with a CropBox around the sheet.

    margin_pt: left, top, right, bottom margins of the bed around the sheet, in points."""
    left, top, right, bottom = margin_pt
    bed_w = size[0] + left + right
    bed_h = size[1] + top + bottom
    px = lambda v: round(v * dpi / 72)  # noqa: E731
    bed = Image.new(img.mode, (px(bed_w), px(bed_h)), (38, 38, 40) if img.mode == "RGB" else 40)
    bed.paste(img.resize((px(size[0]), px(size[1]))), (px(left), px(top)))
    page = ImagePage(bed_w, bed_h)
    page.placed.append(Placed(dct(bed, quality), (0.0, 0.0, bed_w, bed_h)))
    page.crop = (left, bottom, left + size[0], bottom + size[1])
    return page


def _xobject(pdf: pikepdf.Pdf, e: Encoded) -> pikepdf.Stream:
    st = pikepdf.Stream(pdf, e.data)
    st.Type = pikepdf.Name.XObject
    st.Subtype = pikepdf.Name.Image
    st.Width = e.width
    st.Height = e.height
    st.ColorSpace = pikepdf.Name(e.colorspace)
    st.BitsPerComponent = e.bpc
    st.Filter = pikepdf.Name(e.filter)
    if e.parms:
        st.DecodeParms = pikepdf.Dictionary(
            {k: (pikepdf.Name(v) if isinstance(v, str) else v) for k, v in e.parms.items()}
        )
    if e.decode:
        st.Decode = pikepdf.Array(e.decode)
    return st


def meta(
    pdf: pikepdf.Pdf, producer: str, creator: str, when: tuple[int, int, int, int, int, int], title: str = ""
) -> None:
    y, m, d, hh, mm, ss = when
    stamp = PDF_DATE.format(y=y, m=m, d=d, hh=hh, mm=mm, ss=ss)
    pdf.docinfo[pikepdf.Name.Producer] = producer
    pdf.docinfo[pikepdf.Name.Creator] = creator
    pdf.docinfo[pikepdf.Name.CreationDate] = stamp
    pdf.docinfo[pikepdf.Name.ModDate] = stamp
    if title:
        pdf.docinfo[pikepdf.Name.Title] = title


def image_pdf(pages: list[ImagePage]) -> pikepdf.Pdf:
    pdf = pikepdf.new()
    for ip in pages:
        res = pikepdf.Dictionary()
        content = []
        for i, pl in enumerate(ip.placed):
            name = f"/Im{i}"
            res[name] = _xobject(pdf, pl.image)
            x0, y0, x1, y1 = pl.rect
            content.append(f"q {x1 - x0:.4f} 0 0 {y1 - y0:.4f} {x0:.4f} {y0:.4f} cm {name} Do Q")
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=pikepdf.Array([0, 0, ip.width, ip.height]),
            Resources=pikepdf.Dictionary(XObject=res),
            Contents=pikepdf.Stream(pdf, "\n".join(content).encode()),
        )
        if ip.rotate:
            page.Rotate = ip.rotate
        if ip.crop:
            page.CropBox = pikepdf.Array(list(ip.crop))
        pdf.pages.append(pikepdf.Page(page))
    return pdf


def save_pdf(
    pdf: pikepdf.Pdf,
    path: Path,
    version: str | None = None,
    linearize: bool = False,
    password: str | None = None,
) -> None:
    kw: dict[str, Any] = {"linearize": linearize, "deterministic_id": not password}
    if version:
        kw["force_version"] = version
        kw["object_stream_mode"] = pikepdf.ObjectStreamMode.disable
    if password:
        kw["encryption"] = pikepdf.Encryption(user=password, owner=password + "-owner", R=6)
    pdf.save(path, **kw)


# ---------------------------------------------------------------- PDFs with text


def ocr_pdf(
    path: Path,
    pairs: list[tuple[Sheet, Image.Image]],
    producer: str,
    when: tuple[int, int, int, int, int, int],
) -> None:
    """Scanner output with an invisible OCR text layer that says what the image shows (ABBYY / scanner style)."""
    doc = pymupdf.open()
    for sheet, img in pairs:
        page = doc.new_page(width=sheet.size[0], height=sheet.size[1])
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=78)
        page.insert_image(page.rect, stream=buf.getvalue())
        hidden = Sheet(sheet.size)
        hidden.ops = [op for op in sheet.ops if op[0] == "text"]
        draw(hidden, page, text_layer=False)
    _fitz_meta(doc, producer, producer, when)
    doc.save(path, garbage=3, deflate=True)
    doc.close()


def _fitz_meta(
    doc: pymupdf.Document, producer: str, creator: str, when: tuple[int, int, int, int, int, int]
) -> None:
    y, m, d, hh, mm, ss = when
    stamp = PDF_DATE.format(y=y, m=m, d=d, hh=hh, mm=mm, ss=ss)
    doc.set_metadata(
        {
            "producer": producer,
            "creator": creator,
            "creationDate": stamp,
            "modDate": stamp,
            "title": "",
            "author": "",
        }
    )


def mixed_pdf(
    path: Path,
    parts: list[tuple[Sheet, Image.Image | None]],
    producer: str,
    creator: str,
    when: tuple[int, int, int, int, int, int],
) -> None:
    """Born-digital pages (image None) and scanned pages (an upright picture) in one PDF, as a merge tool writes it."""
    doc = pymupdf.open()
    for sheet, img in parts:
        page = doc.new_page(width=sheet.size[0], height=sheet.size[1])
        if img is None:
            draw(sheet, page)
        else:
            buf = io.BytesIO()
            img.convert("RGB").save(buf, "JPEG", quality=82)
            page.insert_image(page.rect, stream=buf.getvalue())
    _fitz_meta(doc, producer, creator, when)
    doc.save(path, garbage=3, deflate=True)
    doc.close()


def digital_pdf(
    path: Path, sheets: list[Sheet], producer: str, creator: str, when: tuple[int, int, int, int, int, int]
) -> None:
    doc = pymupdf.open()
    for sheet in sheets:
        page = doc.new_page(width=sheet.size[0], height=sheet.size[1])
        draw(sheet, page)
    _fitz_meta(doc, producer, creator, when)
    doc.save(path, garbage=3, deflate=True)
    doc.close()


def add_bookmarks(path: Path, titles: list[tuple[str, int]]) -> None:
    """Append a second revision that adds only an outline (bookmarks): the pages are untouched."""
    doc = pymupdf.open(path)
    doc.set_toc([[1, t, p] for t, p in titles])
    doc.saveIncr()
    doc.close()
