"""Attachment files: PDFs of born-digital and scanned pages, multi-page TIFF, JPEG photos, bad files."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pymupdf
from PIL import Image, TiffImagePlugin

from .draw import A4, ImagePainter, PdfPainter, Run, mu_font
from .scan import jpeg_bytes


class PdfFile:
    """A PDF being assembled page by page; ``add_*`` return the new page's 1-based number."""

    def __init__(self, name: str):
        self.name = name
        self.doc = pymupdf.open()

    @property
    def count(self) -> int:
        return self.doc.page_count

    def vector(
        self, template: Callable[..., None], *args, size: tuple[float, float] = A4, **kw
    ) -> PdfPainter:
        p = PdfPainter(self.doc, size)
        template(p, *args, **kw)
        p.finish()
        return p

    def scanned(
        self, img: Image.Image, dpi: int, quality: int = 78, ocr: list[Run] | None = None, ocr_k: float = 1.0
    ) -> int:
        """Add one scanned sheet at its physical size; a 1-bit sheet is stored CCITT G4, others JPEG.

        ``ocr`` writes an invisible text layer (render mode 3), as scanner software does for a
        searchable PDF; ``ocr_k`` scales its coordinates onto the page."""
        w_pt, h_pt = img.width * 72 / dpi, img.height * 72 / dpi
        page = self.doc.new_page(width=w_pt, height=h_pt)
        if img.mode == "1":
            _insert_ccitt(self.doc, page, img)
        else:
            page.insert_image(page.rect, stream=jpeg_bytes(img, quality))
        if ocr:
            tw = pymupdf.TextWriter(page.rect)
            for r in ocr:
                tw.append(
                    (r.x * ocr_k, (r.y + r.size * 0.88) * ocr_k),
                    r.text,
                    font=mu_font(),
                    fontsize=r.size * ocr_k,
                )
            tw.write_text(page, render_mode=3)
        return self.count

    def save(self, folder: Path) -> Path:
        path = folder / self.name
        path.parent.mkdir(parents=True, exist_ok=True)
        self.doc.subset_fonts()
        self.doc.save(path, garbage=3, deflate=True)
        return path


def _insert_ccitt(doc: pymupdf.Document, page: pymupdf.Page, img: Image.Image) -> None:
    """Embed a 1-bit image as a CCITT Group 4 stream, the way fax-mode scanners write PDFs."""
    buf = io.BytesIO()
    img.save(buf, "TIFF", compression="group4", strip_size=1 << 30)
    data = buf.getvalue()
    t = Image.open(io.BytesIO(data))
    assert isinstance(t, TiffImagePlugin.TiffImageFile)
    off, n = t.tag_v2[273][0], t.tag_v2[279][0]
    black_is_1 = "true" if t.tag_v2.get(262) == 1 else "false"
    placeholder = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 1, 1), False)
    xref = page.insert_image(page.rect, pixmap=placeholder, keep_proportion=False)
    doc.update_stream(xref, data[off : off + n], compress=0)
    w, h = img.size
    for key, value in (
        ("Width", str(w)),
        ("Height", str(h)),
        ("BitsPerComponent", "1"),
        ("ColorSpace", "/DeviceGray"),
        ("Filter", "/CCITTFaxDecode"),
        ("DecodeParms", f"<< /K -1 /Columns {w} /Rows {h} /BlackIs1 {black_is_1} >>"),
    ):
        doc.xref_set_key(xref, key, value)


def sheet(
    template: Callable[..., None], *args, size: tuple[float, float] = A4, dpi: int = 200, **kw
) -> ImagePainter:
    """Draw a template on paper (a raster sheet) ready for the scanner."""
    p = ImagePainter(size, dpi)
    template(p, *args, **kw)
    return p


def save_tiff(pages: list[Image.Image], path: Path, dpi: int) -> None:
    """A multi-page TIFF as office scanners write it: G4 for 1-bit frames, LZW otherwise."""
    path.parent.mkdir(parents=True, exist_ok=True)
    comp = "group4" if all(p.mode == "1" for p in pages) else "tiff_lzw"
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:], compression=comp, dpi=(dpi, dpi))


def save_jpeg(img: Image.Image, path: Path, quality: int, dpi: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    img.convert("RGB").save(path, "JPEG", quality=quality, dpi=(dpi, dpi))


def save_encrypted(pdf: PdfFile, folder: Path, password: str) -> Path:
    """A PDF locked with a user password the reviewer was never given."""
    path = folder / pdf.name
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.doc.subset_fonts()
    # PyMuPDF defines the PDF_ENCRYPT_* constants at run time; its type stubs do not list them.
    aes_256 = pymupdf.PDF_ENCRYPT_AES_256  # type: ignore[attr-defined]
    pdf.doc.save(path, encryption=aes_256, user_pw=password, owner_pw=password + "!", permissions=0)
    return path
