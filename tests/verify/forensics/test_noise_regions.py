"""The noise sign: a large clean block (a clause rewritten, about 2 x 2 inches) pasted into a scan
whose paper noise survived its JPEG. Only this sign finds it: the block is too large for a quiet
band, its paper keeps no exactly flat run at an odd level, and the page is not blurred, so its print
is no sharper than the page's (workshop matrix: blocks found only by this sign on JPEG q95 and
noise-5 scans)."""

from __future__ import annotations

import io

import numpy as np
import pymupdf
from PIL import Image

from jianzheng.verify.forensics import jpeg_blocks
from jianzheng.verify.forensics.image_tamper import every_sign, tampered_regions
from jianzheng.verify.forensics.regions import Region

BLOCK = (150, 400, 450, 700)  # x0, y0, x1, y1 in pixels of a 150-dpi page


def _jpeg(page: np.ndarray, quality: int) -> bytes:
    out = io.BytesIO()
    Image.fromarray(np.clip(page, 0, 255).astype(np.uint8)).save(out, "JPEG", quality=quality)
    return out.getvalue()


def _scan(paste: bool, quality: int = 85) -> bytes:
    """Lines of a contract at 150 dpi, dimmed, with paper noise σ 4, saved at ``quality``.

    With ``paste`` the block is put back from the clean render (compressed at 97 first).
    """
    doc = pymupdf.open()
    page = doc.new_page()
    for i in range(24):
        page.insert_text(
            (60, 80 + 28 * i), f"合同条款第 {i + 1} 条：金额 1,{i:03d},500.00 元", fontname="china-s"
        )
    pix = page.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
    clean = np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w).astype(np.float32) * 0.92 + 10
    scan = clean + np.random.default_rng(1).normal(0, 4, clean.shape)
    if paste:
        x0, y0, x1, y1 = BLOCK
        scan[y0:y1, x0:x1] = np.asarray(Image.open(io.BytesIO(_jpeg(clean[y0:y1, x0:x1], 97))))
    return _jpeg(scan, quality)


def _signs(data: bytes) -> tuple[list[Region], list[Region]]:
    """Every sign's regions, each looking alone, and what the report says."""
    rgb = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
    ycc = jpeg_blocks.decoded_ycc(data)
    return every_sign(rgb, ycc), tampered_regions(rgb, ycc)


def test_a_large_clean_block_on_a_noisy_scan_is_found_by_its_missing_noise_alone():
    found, said = _signs(_scan(paste=True))
    assert found and {r.detector for r in found} == {"noise"} and said == found
    x0, y0, x1, y1 = found[0].box
    bx0, by0, bx1, by1 = BLOCK
    assert x0 < bx1 and x1 > bx0 and y0 < by1 and y1 > by0


def test_the_same_scan_without_the_block_says_nothing():
    assert _signs(_scan(paste=False)) == ([], [])
