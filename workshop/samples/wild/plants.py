"""Forgeries as people make them: an amount block pasted from another scan, a seal cloned within
a page (copy-move), a PDF edited and saved again by an editor."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import cv2
import numpy as np
import pymupdf

from .scanner import Profile, scan


def _box_px(
    rect: pymupdf.Rect, dpi: int, shape: tuple[int, ...], grow: float = 3.0
) -> tuple[int, int, int, int]:
    k = dpi / 72
    x0, y0 = max(0, int((rect.x0 - grow) * k)), max(0, int((rect.y0 - grow) * k))
    x1, y1 = min(shape[1], int((rect.x1 + grow) * k)), min(shape[0], int((rect.y1 + grow) * k))
    return x0, y0, x1, y1


def paste_block(
    img: np.ndarray, forged: pymupdf.Page, rect: pymupdf.Rect, profile: Profile, rng: random.Random
) -> np.ndarray:
    """Replace ``rect`` with the same place of another scan of the forged page (sharper, other noise,
    its own JPEG history), as when an amount line is cut from one scan and pasted over another."""
    donor_profile = Profile(
        dpi=profile.dpi,
        mode=profile.mode,
        tint=profile.tint,
        blur=0.2,
        noise=0.5,
        skew=profile.skew,
        quality=95,
    )
    donor: Any = scan(forged, donor_profile, rng)
    _ok, buf = cv2.imencode(".jpg", donor, [cv2.IMWRITE_JPEG_QUALITY, 97])
    donor = cv2.imdecode(buf, cv2.IMREAD_UNCHANGED)
    if donor.ndim == 3:
        donor = cv2.cvtColor(donor, cv2.COLOR_BGR2RGB)
    x0, y0, x1, y1 = _box_px(rect, profile.dpi, img.shape)
    out = img.copy()
    out[y0:y1, x0:x1] = donor[y0:y1, x0:x1]
    return out


def clone_block(img: np.ndarray, src: pymupdf.Rect, dst: pymupdf.Point, dpi: int) -> np.ndarray:
    """Copy-move: the block at ``src`` copied to ``dst`` (top left) on the same page."""
    x0, y0, x1, y1 = _box_px(src, dpi, img.shape, 0)
    dx, dy = int(dst.x * dpi / 72), int(dst.y * dpi / 72)
    h, w = y1 - y0, x1 - x0
    out = img.copy()
    patch = img[y0:y1, x0:x1]
    out[dy : dy + h, dx : dx + w] = patch[: out.shape[0] - dy, : out.shape[1] - dx]
    return out


def edit_pdf(path: str, page_no: int, rect: pymupdf.Rect, forged: pymupdf.Document, forged_page: int) -> None:
    """Open the issued PDF at ``path`` in an editor, replace what ``rect`` shows by the forged
    page's, and save incrementally with the editor's producer and a new modification date."""
    doc = pymupdf.open(path)
    page = doc[page_no]
    area = pymupdf.Rect(rect.x0 - 1, rect.y0 - 1, rect.x1 + 1, rect.y1 - 4)  # the next line starts at y1
    page.add_redact_annot(area, fill=False)  # type: ignore[arg-type]  # False: no white box
    page.apply_redactions(images=0)
    page.show_pdf_page(area, forged, forged_page, clip=area)
    meta = dict(doc.metadata or {})
    meta["producer"] = "Adobe Acrobat Pro DC 21.1.20155"
    meta["modDate"] = dt.datetime(2025, 2, 11, 16, 42, 5).strftime("D:%Y%m%d%H%M%S+08'00'")
    doc.set_metadata(meta)
    doc.save(path, incremental=True, encryption=pymupdf.mupdf.PDF_ENCRYPT_KEEP, no_new_id=True)
    doc.close()
