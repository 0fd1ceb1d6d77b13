"""A 1-bit page stored losslessly is exactly black and white; a paragraph pasted into it from
another scan brings near-black and near-white pixels of its own (the wild family's amount line)."""

from __future__ import annotations

import io

import numpy as np
import pymupdf
from PIL import Image

from jianzheng.verify.forensics import jpeg_blocks
from jianzheng.verify.forensics.image_tamper import every_sign, tampered_regions


def _bilevel_contract() -> np.ndarray:
    """A contract page at 200 dpi, thresholded to exactly 0 and 255 (a fax or an MFP's 1-bit mode)."""
    doc = pymupdf.open()
    page = doc.new_page()
    for i in range(24):
        page.insert_text(
            (60, 80 + 28 * i), f"合同条款第 {i + 1} 条：金额 1,{i:03d},500.00 元", fontname="china-s"
        )
    pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    grey = np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w)
    return np.where(grey < 160, 0, 255).astype(np.uint8)


def _png(page: np.ndarray) -> np.ndarray:
    """The page saved and read back as a PNG, as an RGB array (how a scan arrives)."""
    out = io.BytesIO()
    Image.fromarray(page).save(out, "PNG")
    return np.asarray(Image.open(io.BytesIO(out.getvalue())).convert("RGB"))


def _with_a_pasted_line(page: np.ndarray) -> np.ndarray:
    """The page with one line replaced by a patch whose black and white carry a little noise."""
    pasted = page.copy()
    rows, cols = slice(600, 680), slice(150, 1400)
    noise = np.random.default_rng(3).integers(0, 6, pasted[rows, cols].shape)
    sparse = np.random.default_rng(4).random(pasted[rows, cols].shape) < 0.05
    patch = pasted[rows, cols].astype(int)
    patch = np.where(sparse, np.where(patch == 0, patch + noise, patch - noise), patch)
    pasted[rows, cols] = patch.astype(np.uint8)
    return pasted


def test_a_clean_bilevel_page_is_not_judged():
    assert every_sign(_png(_bilevel_contract())) == []


def test_a_line_pasted_with_noise_of_its_own_is_found_where_it_lies():
    regions = tampered_regions(_png(_with_a_pasted_line(_bilevel_contract())))
    assert [r.detector for r in regions] == ["noisy_patches"]
    x0, y0, x1, y1 = regions[0].box
    assert y0 <= 600 and y1 >= 680 and x0 <= 160 and x1 >= 1300


def test_noise_over_the_whole_page_is_its_processing():
    page = _bilevel_contract()
    rng = np.random.default_rng(5)
    speckled = np.where(rng.random(page.shape) < 0.01, np.where(page == 0, 3, 252), page).astype(np.uint8)
    assert every_sign(_png(speckled)) == []


def test_a_jpeg_bilevel_page_is_not_judged_by_its_levels():
    pasted = _with_a_pasted_line(_bilevel_contract())
    out = io.BytesIO()
    Image.fromarray(pasted).save(out, "JPEG", quality=95)
    data = out.getvalue()
    rgb = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
    assert [r for r in every_sign(rgb, jpeg_blocks.decoded_ycc(data)) if r.detector == "noisy_patches"] == []
