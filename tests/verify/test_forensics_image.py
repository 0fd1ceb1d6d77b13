"""IMAGE_TAMPERED on planted scans, and its false-positive rate on real scans."""

from __future__ import annotations

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
