"""A scan's paper lifted to the scanner's white clip by uneven light has lost its noise there, as a
clean paste has: no sign may take that for a paste (the noise sign, cells quieter than the page,
was removed for it; noise_signs.py)."""

from __future__ import annotations

import io

import numpy as np
import pymupdf
from PIL import Image

from jianzheng.verify.forensics import jpeg_blocks
from jianzheng.verify.forensics.image_tamper import every_sign


def _contract() -> np.ndarray:
    """Lines of a contract rendered grey at 150 dpi, paper at 245 (as a scanner's gain leaves it)."""
    doc = pymupdf.open()
    page = doc.new_page()
    for i in range(24):
        page.insert_text(
            (60, 80 + 28 * i), f"合同条款第 {i + 1} 条：金额 1,{i:03d},500.00 元", fontname="china-s"
        )
    pix = page.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
    return np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w).astype(np.float32) * 0.92 + 10


def _scan_with_a_bright_patch(quality: int = 85) -> bytes:
    """Lines of a contract at 150 dpi, paper at 246 with noise σ 4, a region of the page lit 5%
    brighter (clipped at 255), saved at ``quality``."""
    clean = _contract()
    light = np.ones_like(clean)
    light[400:700, 150:450] = 1.05  # uneven illumination: brighter here, so the paper clips
    scan = np.clip(clean * light + np.random.default_rng(1).normal(0, 4, clean.shape), 0, 255)
    out = io.BytesIO()
    Image.fromarray(scan.astype(np.uint8)).save(out, "JPEG", quality=quality)
    return out.getvalue()


def test_paper_clipped_to_white_in_one_region_is_no_paste():
    data = _scan_with_a_bright_patch()
    rgb = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
    assert every_sign(rgb, jpeg_blocks.decoded_ycc(data)) == []


def _under_a_lid(bed: bool) -> bytes:
    """The contract scanned under a dark lid (noisy, at 60), with a flat, noiseless strip of the
    scanner's bed (235) between the lid and the paper's top edge when ``bed``."""
    clean = _contract()
    rng = np.random.default_rng(2)
    paper = np.clip(clean + rng.normal(0, 4, clean.shape), 0, 255)
    height, width = clean.shape
    scan = np.clip(60 + rng.normal(0, 3, (height + 80, width + 60)), 0, 255)
    scan[50 : 50 + height, 30 : 30 + width] = paper
    if bed:
        scan[50:90, 30 : 30 + width] = 235
    out = io.BytesIO()
    Image.fromarray(scan.astype(np.uint8)).save(out, "JPEG", quality=85)
    return out.getvalue()


def test_the_scanners_flat_bed_beside_the_lid_is_no_paste():
    for bed in (False, True):
        data = _under_a_lid(bed)
        rgb = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
        assert every_sign(rgb, jpeg_blocks.decoded_ycc(data)) == []
