"""Planted forgeries and broken files: the spot auditor's cases.

Each function changes a rendered document or a written file the way a
forger or a broken upload would, and returns nothing; the scenario records
the finding it should cause in the truth.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import numpy as np
import pymupdf

from . import scan
from .draw import CJK_FONTS, EMBEDDED, Mark, _cjk_buffer, run_width, split_runs

EDITOR_PRODUCERS = (
    "Adobe Acrobat Pro DC 21.1.20155",
    "Foxit PhantomPDF 10.1.0",
    "WPS PDF 编辑器 11.1",
)


def _replace_text(
    page: pymupdf.Page,
    old: str,
    new: str,
    font: str,
    latin: str,
    size: float,
    white_box: bool,
    force_latin: bool = False,
    latin_scale: float = 1.0,
) -> None:
    """Replace ``old`` by ``new`` on the page: remove it (redaction) or paint over it (white box).

    The new text is set like the generator sets text (CJK runs in ``font``,
    Latin runs in ``latin`` beside a referenced CJK font); ``force_latin``
    puts the Latin runs in ``latin`` whatever the CJK font is.
    """
    hits = page.search_for(old)
    if not hits:
        raise ValueError(f"text to replace not found on page: {old!r}")
    rect = hits[0]
    for extra in hits[1:]:
        if abs(extra.y0 - rect.y0) < 2:
            rect |= extra
    if white_box:
        page.draw_rect(
            pymupdf.Rect(rect.x0 - 1, rect.y0 - 1, rect.x1 + 1, rect.y1 + 1),
            color=(1, 1, 1),
            fill=(1, 1, 1),
            overlay=True,
        )
    else:
        page.add_redact_annot(rect, fill=(1, 1, 1))
        # images=0 is PDF_REDACT_IMAGE_NONE: leave images alone.
        page.apply_redactions(images=0)
    if font == EMBEDDED:
        page.insert_font(fontname=EMBEDDED, fontbuffer=_cjk_buffer())
    baseline = rect.y1 - size * 0.22
    x = rect.x0
    for is_latin, run in split_runs(new):
        f = latin if is_latin and (force_latin or font in CJK_FONTS) else font
        run_size = size * latin_scale if is_latin else size
        page.insert_text((x, baseline), run, fontname=f, fontsize=run_size)
        x += run_width(run, run_size, f)


def edit_incrementally(path: Path, page_index: int, old: str, new: str, mark: Mark, producer: str) -> None:
    """PDF_EDITED: change a text with an editor and save incrementally, leaving the editor's name.

    The mark's font must be a referenced (not embedded) one: a subset font
    has no glyphs for new characters.
    """
    if mark.font not in CJK_FONTS:
        raise ValueError("an incremental edit needs a referenced CJK font")
    doc = pymupdf.open(path)
    page = doc[page_index]
    _replace_text(page, old, new, mark.font, mark.latin, mark.size, white_box=False)
    meta = dict(doc.metadata or {})
    meta["producer"] = producer
    # Edited three weeks after creation (a fixed offset keeps the corpus reproducible).
    created = meta.get("creationDate") or "D:20250110090000+08'00'"
    stamp = dt.datetime.strptime(created[2:16], "%Y%m%d%H%M%S") + dt.timedelta(days=21, hours=5)
    meta["modDate"] = pdf_date(stamp)
    doc.set_metadata(meta)
    doc.saveIncr()
    doc.close()
    _fix_revision_id(path)


def _fix_revision_id(path: Path) -> None:
    """Make the file IDs MuPDF writes at an incremental save (random) hashes of the file instead,
    for a reproducible corpus. Each ID is 32 hex digits, so every byte offset stays valid."""
    data = path.read_bytes()
    start = data.rfind(b"/ID[<")
    if start < 0 or data[start + 37 : start + 39] != b"><" or data[start + 71 : start + 72] != b">":
        return
    first = hashlib.md5(data[:start]).hexdigest().upper().encode()
    second = hashlib.md5(first + b"revision").hexdigest().upper().encode()
    path.write_bytes(data[: start + 5] + first + b"><" + second + data[start + 71 :])


def overlay(doc: pymupdf.Document, page_index: int, old: str, new: str, mark: Mark) -> None:
    """OVERLAY_DETECTED: a white box over the printed amount and new text on top (old text stays beneath)."""
    _replace_text(doc[page_index], old, new, mark.font, mark.latin, mark.size, white_box=True)


def retype(doc: pymupdf.Document, page_index: int, old: str, new: str, mark: Mark) -> None:
    """Replace a line with the same fonts (the edit itself leaves no font trace)."""
    _replace_text(doc[page_index], old, new, mark.font, mark.latin, mark.size, white_box=False)


def restyle(doc: pymupdf.Document, page_index: int, old: str, new: str, mark: Mark) -> None:
    """FONT_INCONSISTENT: the amount's figures re-typed in Courier, 15 % larger than their line."""
    _replace_text(
        doc[page_index], old, new, mark.font, "cour", mark.size * 1.15, white_box=False, force_latin=True
    )


def tamper_image(
    original: np.ndarray,
    patched: np.ndarray,
    box: tuple[int, int, int, int],
    params: scan.ScanParams,
    rng: np.random.Generator,
) -> bytes:
    """IMAGE_TAMPERED: a scanned page whose amount region is pasted from a cleaner, differently compressed image.

    The page is degraded as a scan; the pasted block carries no scan noise and
    was compressed at another JPEG quality before being pasted, as an image
    editor's paste leaves it.
    """
    page = scan.degrade(original, params, rng)
    x0, y0, x1, y1 = box
    block = patched[y0:y1, x0:x1].astype(np.float32) * np.array(params.tint, dtype=np.float32)
    block_jpeg = scan.jpeg(np.clip(block, 0, 255).astype(np.uint8), 97)
    page[y0:y1, x0:x1] = scan.decode(block_jpeg)
    return scan.jpeg(page, params.quality)


def corrupt_pdf(data: bytes) -> bytes:
    """A PDF cut off half-way with its cross-reference lost (a broken upload)."""
    return data[: len(data) // 3]


def encrypt_pdf(doc: pymupdf.Document, path: Path) -> None:
    """Save with a user password, so the file cannot be opened without it."""
    aes256 = pymupdf.PDF_ENCRYPT_AES_256  # type: ignore[attr-defined]
    doc.save(path, garbage=3, deflate=True, encryption=aes256, user_pw="xj2024", owner_pw="owner2024")


def pdf_date(d: dt.datetime) -> str:
    """A PDF date string (D:YYYYMMDDHHmmSS+08'00')."""
    return d.strftime("D:%Y%m%d%H%M%S+08'00'")
