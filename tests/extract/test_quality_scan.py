"""Page quality (DPI, blur, skew) and the SCAN_QUALITY_LOW check."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from jianzheng.extract.orient import deskew, measure_skew
from jianzheng.extract.quality import assess
from jianzheng.extract.reading_rules import load_rules, rules
from jianzheng.models import Code, Page, PageQuality
from jianzheng.verify.registry import CheckContext, run_checks


def _text_image(width: int = 1654, height: int = 1200) -> np.ndarray:
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    for row in range(40, height - 60, 45):
        for col in range(80, width - 200, 130):
            draw.rectangle((col, row, col + 100, row + 22), fill=0)
            draw.rectangle((col + 10, row + 5, col + 90, row + 17), fill=255)
    return np.asarray(image)


def test_sharp_page_at_200_dpi_is_readable():
    quality = assess(_text_image(), dpi=200, skew_deg=0.0, rules=rules().quality)
    assert quality.readable and quality.blur is not None and quality.blur < 0.5


def test_blurred_page_is_not_readable():
    blurred = cv2.GaussianBlur(_text_image(), (0, 0), 6)
    quality = assess(blurred, dpi=200, skew_deg=0.0, rules=rules().quality)
    assert not quality.readable and any("模糊" in r for r in quality.reasons)


def test_a_blank_back_with_its_punch_holes_is_no_blurred_page():
    # A duplex scan's empty back: two soft dark punch holes and paper, nothing to read.
    image = Image.new("L", (1240, 1755), 246)
    draw = ImageDraw.Draw(image)
    for y in (620, 1100):
        draw.ellipse((40, y, 80, y + 40), fill=60)
    blank = cv2.GaussianBlur(np.asarray(image), (0, 0), 3)
    quality = assess(blank, dpi=150, skew_deg=0.0, rules=rules().quality)
    assert quality.readable


def test_low_resolution_is_not_readable():
    quality = assess(_text_image(), dpi=72, skew_deg=0.0, rules=rules().quality)
    assert not quality.readable and any("分辨率" in r for r in quality.reasons)


def test_skew_is_measured_and_straightened():
    image = _text_image()
    tilted = deskew(image, -4.0)  # deskew(x, a) turns by -a: this tilts the lines by +4°
    measured = measure_skew(tilted)
    assert abs(measured - 4.0) <= 0.3
    assert abs(measure_skew(deskew(tilted, measured))) <= 0.3


def test_a_photo_darkened_towards_one_corner_is_still_level():
    # A sheet with little print, its light falling off from a glare in one corner: the dark side
    # of the paper is no ink.
    page = Image.new("L", (1654, 1200), 255)
    draw = ImageDraw.Draw(page)
    for row in range(200, 1000, 70):
        for col in range(300, 1254, 60):
            draw.rectangle((col, row, col + 40, row + 20), outline=0, width=2)
    light = np.fromfunction(lambda y, x: 0.5 + 0.5 * (x / 1654 + 1.0 - y / 1200) / 2, (1200, 1654))
    shaded = (np.asarray(page, dtype=np.float32) * light).astype(np.uint8)
    assert abs(measure_skew(shaded)) <= 0.3
    assert abs(measure_skew(deskew(shaded, -4.0)) - 4.0) <= 0.3


def test_thresholds_file_is_validated(tmp_path):
    bad = tmp_path / "reading.toml"
    bad.write_text("[limits]\nmax_pages = 'many'\n", encoding="utf-8")
    import pytest

    from jianzheng.models.errors import RuleError

    with pytest.raises(RuleError, match=r"reading\.toml"):
        load_rules(bad)


def test_scan_quality_low_check_warns_once_per_bad_page():
    bad = PageQuality(
        dpi=72, blur=0.1, skew_deg=0, readable=False, reasons=["分辨率过低（约 72 DPI，低于 100 DPI）"]
    )
    pages = {
        ("scan.pdf", 1): Page(file="scan.pdf", number=1, width=595, height=842, quality=bad),
        ("scan.pdf", 2): Page(file="scan.pdf", number=2, width=595, height=842, quality=PageQuality()),
    }
    findings = [
        f
        for f in run_checks(CheckContext(declaration=None, documents=[], pages=pages))
        if f.code == Code.SCAN_QUALITY_LOW
    ]
    assert len(findings) == 1
    (evidence,) = findings[0].evidence
    assert (evidence.file, evidence.page) == ("scan.pdf", 1) and "分辨率" in evidence.text
    assert findings[0].severity == "warning"


def test_a_blank_back_with_show_through_has_no_skew():
    # A duplex scanner keeps the blank back of each sheet: paper grain and faint show-through,
    # no ink. Otsu would split the grain into 'lines' at any angle (10.9° on a real run).
    rng = np.random.default_rng(3)
    back = np.clip(239 + rng.normal(0, 3, (1754, 1240)), 0, 255).astype(np.uint8)
    back[400:420, 200:1000] -= 8  # a line of the front's print showing through
    assert measure_skew(back) == 0.0


def _words(confidences: list[float]):
    from jianzheng.models import TextSource, Word

    return [
        Word(
            text="验收合格同意", bbox=(40, 40 + 20 * i, 160, 52 + 20 * i), source=TextSource.ocr, confidence=c
        )
        for i, c in enumerate(confidences)
    ]


def test_a_low_resolution_page_read_with_confidence_is_readable_down_to_a_floor():
    from jianzheng.extract.quality import read_confidently

    q = rules().quality
    sure = read_confidently(_words([0.999] * 36 + [0.93] * 4), q)
    assert sure
    # A phone photo forwarded at 96 DPI whose every line OCR read surely: the DPI foretold a loss
    # that did not happen.
    assert assess(_text_image(), dpi=96, skew_deg=0.0, rules=q, confident=sure).readable
    # Below the floor, or read unsurely, or too little read to tell: still too coarse.
    assert not assess(_text_image(), dpi=72, skew_deg=0.0, rules=q, confident=sure).readable
    assert not read_confidently(_words([0.999] * 30 + [0.6] * 10), q)
    assert not read_confidently(_words([0.999] * 5), q)
