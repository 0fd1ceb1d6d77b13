"""IMAGE_TAMPERED on planted scans, and its false-positive rate on real scans."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from forensics_planted import (
    compressed_scan_with_clean_line,
    pasted_scan_jpeg,
    scan_jpeg,
    scan_pdf,
    scanned_page,
)
from PIL import Image

from jianzheng.models import Code
from jianzheng.verify.forensics.image_tamper import (
    block_regions,
    clone_regions,
    image_file_signals,
    pdf_image_signals,
    tampered_regions,
)


def test_a_clean_scan_says_nothing():
    assert image_file_signals(scan_jpeg(), "scan.jpg") == []


def test_a_pasted_clean_patch_is_found_where_it_was_pasted():
    [signal] = image_file_signals(pasted_scan_jpeg(), "scan.jpg", page_width_pt=595.0)
    assert signal.code == Code.IMAGE_TAMPERED and "噪声" in signal.message
    # The patch sits at pixels (405..705, 303..363) of a 150-dpi page: points = px * 0.48.
    x0, y0, x1, y1 = signal.bbox
    assert x0 < 405 * 0.48 + 20 and x1 > 705 * 0.48 - 20 and y0 < 303 * 0.48 + 10 and y1 > 363 * 0.48 - 10


def test_a_scan_inside_a_pdf_is_examined_in_page_points():
    [signal] = pdf_image_signals(scan_pdf(pasted_scan_jpeg()), "scan.pdf")
    assert signal.page == 1 and 150 < signal.bbox[0] < 260
    assert pdf_image_signals(scan_pdf(scan_jpeg()), "scan.pdf") == []


def test_a_clean_line_pasted_into_a_heavily_compressed_scan_is_a_quiet_band():
    [signal] = image_file_signals(compressed_scan_with_clean_line(), "scan.jpg", page_width_pt=595.0)
    assert "没有扫描噪声" in signal.message
    assert image_file_signals(compressed_scan_with_clean_line(paste=False), "scan.jpg") == []


def test_a_cloned_area_on_a_noisy_scan():
    page = scanned_page(seed=3)
    page[600:700, 500:700] = page[200:300, 100:300]
    assert clone_regions(page, page_noise=3.0)
    assert clone_regions(scanned_page(seed=3), page_noise=3.0) == []


def test_tiny_or_blank_images_are_not_judged():
    assert tampered_regions(np.full((100, 100), 255, np.uint8)) == []
    assert tampered_regions(np.full((2000, 1500), 255, np.uint8)) == []


@pytest.mark.slow
def test_real_scans_raise_at_most_two_percent_false_alarms(real_docs):
    images = sorted(p for p in real_docs.rglob("*") if p.suffix.lower() in {".jpg", ".jpeg", ".png"})
    flagged = [p.name for p in images if tampered_regions(np.asarray(Image.open(p).convert("RGB")))]
    assert len(flagged) <= 0.02 * len(images) + 1e-9, flagged


# JPEG-block signs (jpeg_blocks.py): pages whose noise a quality-60 JPEG has erased, as scanners save them.


def _jpeg_rgb(rgb: np.ndarray, quality: int) -> np.ndarray:
    out = io.BytesIO()
    Image.fromarray(rgb).save(out, "JPEG", quality=quality)
    return np.asarray(Image.open(io.BytesIO(out.getvalue())).convert("RGB"))


def _soft_scan(
    paste: bool = False,
    grey: bool = False,
    sharp_paste: bool = True,
    paste_x1: int = 700,
    paste_x0: int = 100,
) -> np.ndarray:
    """A 150-dpi page softened by the scanner's optics, a little noise, saved at JPEG quality 60.

    ``paste`` puts the amount line back from a clean render (sharp edges, the page's tint),
    compressed on its own first, before the page is saved, as an image editor leaves it.
    """
    render = scanned_page(seed=5).astype(np.float32)  # grey render with noise σ 4
    clean = np.clip((render - 10) / 0.92, 0, 255)  # the render before the 'scanner' (about)
    tint = np.array([1.0, 0.98, 0.92], np.float32)
    colour = np.clip(cv2.GaussianBlur(clean, (0, 0), 0.8)[..., None] * tint, 0, 255)
    page = np.repeat(colour.mean(axis=2, keepdims=True), 3, axis=2) if grey else colour
    page = page.astype(np.uint8)
    if paste:
        # The line "合同金额：…" (the fifth line).
        y0, y1, x0, x1 = 376, 424, paste_x0, paste_x1
        block = np.clip(clean[y0:y1, x0:x1, None] * tint, 0, 255).astype(np.uint8)
        if not sharp_paste:
            block = colour[y0:y1, x0:x1].astype(np.uint8)  # as soft as the page, but tinted
        page[y0:y1, x0:x1] = _jpeg_rgb(block, 97)
    return _jpeg_rgb(page, 60)


def test_a_render_sharp_line_pasted_into_a_soft_scan_is_found_at_the_line():
    [region] = block_regions(_soft_scan(paste=True))
    assert "锐利" in region.reason and "JPEG" in region.reason
    x0, y0, x1, y1 = region.box
    assert x0 < 700 and x1 > 100 and y0 < 424 and y1 > 376 and y1 - y0 < 160


def test_a_line_cut_from_a_sharper_scan_is_found_too():
    # Not a render: the forger scanned the forged page on a sharper scanner (blur 0.25 px) and cut
    # the amount line from it into a page scanned at 0.9 px, saved at quality 63 (wild seed 9's own
    # page: tests/workshop/test_wild_paste_from_a_sharper_scan.py).
    render = scanned_page(seed=5).astype(np.float32)
    clean = np.clip((render - 10) / 0.92, 0, 255)
    page = cv2.GaussianBlur(clean, (0, 0), 0.9)
    donor = cv2.GaussianBlur(clean, (0, 0), 0.25)
    y0, y1, x0, x1 = 376, 424, 100, 700
    page[y0:y1, x0:x1] = donor[y0:y1, x0:x1]
    rgb = np.repeat(np.clip(page, 0, 255).astype(np.uint8)[..., None], 3, axis=2)
    regions = block_regions(_jpeg_rgb(rgb, 63))
    assert regions and all("锐利" in r.reason for r in regions)
    assert any(r.box[1] < y1 and r.box[3] > y0 for r in regions)
    clean_page = np.repeat(
        np.clip(cv2.GaussianBlur(clean, (0, 0), 0.9), 0, 255).astype(np.uint8)[..., None], 3, axis=2
    )
    assert block_regions(_jpeg_rgb(clean_page, 63)) == []


def test_only_the_amount_pasted_into_a_soft_scan_is_found_at_the_amount():
    # "204.50" alone, about a twelfth of its line: too little to lift a line-wide window.
    [region] = block_regions(_soft_scan(paste=True, paste_x0=305, paste_x1=400))
    assert "锐利" in region.reason
    x0, y0, x1, y1 = region.box
    assert 280 <= x0 < 400 and 305 < x1 <= 440 and y0 < 424 and y1 > 376


def test_the_same_soft_scan_without_a_paste_says_nothing():
    assert block_regions(_soft_scan()) == []
    assert tampered_regions(_soft_scan()) == []


def test_a_whole_page_compressed_twice_is_no_paste():
    # Uploads are often re-saved as a whole: every block went through both compressions alike.
    twice = _jpeg_rgb(_jpeg_rgb(_soft_scan(), 85), 60)
    assert block_regions(twice) == []


def test_a_tinted_paste_on_a_grey_scan_is_colour_where_the_page_has_none():
    [region] = block_regions(_soft_scan(paste=True, grey=True, sharp_paste=False))
    assert "颜色" in region.reason
    x0, y0, x1, y1 = region.box
    assert x0 < 700 and x1 > 100 and y0 < 424 and y1 > 376
    assert block_regions(_soft_scan(grey=True)) == []


def _cream_scan(white_line: bool = False, seal: bool = False, shaded: bool = False) -> np.ndarray:
    """A soft scan on cream paper; ``white_line``: the amount line pasted from another, white
    scan (as soft as the page); ``seal``: a red stamp; ``shaded``: a grey-shaded table cell."""
    render = scanned_page(seed=5).astype(np.float32)
    clean = np.clip((render - 10) / 0.92, 0, 255)
    soft = cv2.GaussianBlur(clean, (0, 0), 0.8)
    if shaded:
        soft[520:600, 100:700] *= 0.85
    page = np.clip(soft[..., None] * np.array([1.0, 0.96, 0.88], np.float32), 0, 255).astype(np.uint8)
    if white_line:
        y0, y1, x0, x1 = 376, 424, 100, 700
        page[y0:y1, x0:x1] = _jpeg_rgb(np.repeat(soft[y0:y1, x0:x1, None], 3, axis=2).astype(np.uint8), 85)
    if seal:
        cv2.circle(page, (500, 620), 90, (200, 30, 40), 6)
        cv2.putText(page, "SEAL", (440, 630), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (200, 30, 40), 3)
    return _jpeg_rgb(page, 70)


def test_a_white_line_pasted_on_cream_paper_is_paper_of_another_colour():
    regions = [r for r in block_regions(_cream_scan(white_line=True)) if r.detector == "paper_tint"]
    assert len(regions) == 1 and "纸色" in regions[0].reason
    x0, y0, x1, y1 = regions[0].box
    assert x0 < 700 and x1 > 100 and y0 < 424 and y1 > 376


def test_cream_paper_with_a_red_seal_or_a_shaded_cell_is_no_paste():
    for page in (_cream_scan(), _cream_scan(seal=True), _cream_scan(shaded=True)):
        assert [r for r in block_regions(page) if r.detector == "paper_tint"] == []


def _under_a_lid(page: np.ndarray) -> np.ndarray:
    """The cream page scanned under a dark lid, laid a little askew: at its top right a wedge of
    the bed's neutral white shows between the lid and the paper's edge."""
    height, width = page.shape[:2]
    out = np.full((height + 120, width + 40, 3), 68, np.uint8)  # the lid's shadow
    out[60 : 60 + height, 20 : 20 + width] = page
    out[60:90, 20 + width // 2 : 20 + width] = 236
    return out


def test_the_scanners_bed_beside_the_paper_is_no_paper_of_another_colour():
    assert [
        r for r in block_regions(_jpeg_rgb(_under_a_lid(_cream_scan()), 70)) if r.detector == "paper_tint"
    ] == []
    pasted = _jpeg_rgb(_under_a_lid(_cream_scan(white_line=True)), 70)
    assert [r for r in block_regions(pasted) if r.detector == "paper_tint"]


def test_a_grey_scan_that_kept_its_red_seal_is_no_coloured_paste():
    # An MFP's colour-drop spares red: the seal keeps its colour and, blurred, bleeds it into the
    # paper between its strokes, which is neither paper nor a paste.
    from jianzheng.verify.forensics import jpeg_blocks

    grey = jpeg_blocks.to_ycc(_soft_scan(grey=True))
    strokes = np.zeros(grey.shape[:2], bool)
    for row in range(572, 672, 12):  # the seal's ring and characters, coloured ink
        strokes[row : row + 3, 432:590] = True
    red, brownish = grey.copy(), grey.copy()
    red[560:680, 420:600, 2], red[560:680, 420:600, 1] = 138, 124  # the red halo on the paper
    # Its hue is a seal's: no paper's tint, even where the ink is too pale to be masked.
    assert jpeg_blocks.colour_on_grey(red, jpeg_blocks.BlockStats(red)) == []
    # Ink of another hue (a brown seal pad) is told by the ink mask around it.
    brownish[560:680, 420:600, 2], brownish[560:680, 420:600, 1] = 134, 122
    stats = jpeg_blocks.BlockStats(brownish)
    assert jpeg_blocks.colour_on_grey(brownish, stats)  # as paper alone it looks like a tinted paste ...
    assert jpeg_blocks.colour_on_grey(brownish, stats, strokes) == []  # ... but it lies around the seal


def test_a_picture_whose_coloured_ink_leaves_no_paper_is_judged_no_paste():
    # A screenshot or close-up whose every block lies by coloured ink: no paper left to judge.
    from jianzheng.verify.forensics import jpeg_blocks

    ycc = jpeg_blocks.to_ycc(_soft_scan(grey=True))
    assert jpeg_blocks.colour_on_grey(ycc, jpeg_blocks.BlockStats(ycc), np.ones(ycc.shape[:2], bool)) == []


def test_a_grey_scan_with_colour_on_much_of_its_paper_is_a_colour_page():
    # The whole line holds about 1.3% of the page's paper blocks (a gate at 1% once waved such
    # pastes through as a colour page); a quarter of the page in colour is no grey scan.
    from jianzheng.verify.forensics import jpeg_blocks

    page = _soft_scan(grey=True).copy()
    tint = np.array([1.0, 0.98, 0.92], np.float32)
    page[600:1100] = np.clip(page[600:1100].astype(np.float32) * tint, 0, 255).astype(np.uint8)
    ycc = jpeg_blocks.to_ycc(page)
    assert jpeg_blocks.colour_on_grey(ycc, jpeg_blocks.BlockStats(ycc)) == []


@pytest.mark.parametrize(
    "name",
    [
        "business_license/bl_0163.jpg",  # a 300-dpi scan: bold printed labels, thin filled-in text
        "business_license/bl_0437.jpg",  # a phone photo whose focus drifts across the page
    ],
)
def test_real_photos_and_scans_are_no_paste(real_docs, name):
    path = real_docs / name
    if not path.is_file():
        pytest.skip(f"{name} is not among the real documents")
    assert block_regions(np.asarray(Image.open(path).convert("RGB"))) == []


def test_a_lossless_image_is_not_judged_by_jpeg_blocks():
    # JPEG-block signs need JPEG blocks: a PNG (a license exported as an image, its emblem and seal
    # in colour on an otherwise grey page) has none, and once gave four false pastes.
    grey_with_colour = _soft_scan(paste=True, grey=True, sharp_paste=False)
    buffer = io.BytesIO()
    Image.fromarray(grey_with_colour).save(buffer, format="PNG")
    assert block_regions(grey_with_colour)  # as pixels it looks like a tinted paste ...
    assert image_file_signals(buffer.getvalue(), "营业执照.png") == []  # ... but it is no JPEG


def test_phone_screenshots_of_documents_in_apps_are_no_paste(tmp_path):
    # Renders without sensor noise (a chat app's viewer, a long screenshot, recompressed): their flat
    # bands are the app's layout. The shache family's clean filing sh02 draws them.
    from jianzheng_workshop.samples.shache import generate

    generate(tmp_path, 1, ["sh02_app_clean"])
    shots = sorted(p for p in tmp_path.rglob("*") if p.name.startswith(("Screenshot_", "mmexport")))
    assert shots
    for shot in shots:
        assert image_file_signals(shot.read_bytes(), shot.name) == [], shot.name
