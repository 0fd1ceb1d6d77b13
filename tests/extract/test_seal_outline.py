"""Seals on grey pages, found by their round outline."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from jianzheng.extract.quality import print_scale
from jianzheng.extract.reading_rules import rules
from jianzheng.extract.seal_outline import find_outline_seals, print_shrink
from jianzheng.models import TextSource, Word

DPI = 200.0


def _mm(value: float) -> int:
    return round(value / 25.4 * DPI)


def grey_page(seal_at: tuple[int, int] | None = None) -> np.ndarray:
    """An A4 page at 200 DPI with lines of "text" and, where asked, a 42 mm grey seal."""
    page = np.full((_mm(297), _mm(210)), 235, np.uint8)
    for row in range(_mm(30), _mm(260), _mm(8)):
        for col in range(_mm(20), _mm(180), _mm(5)):
            cv2.rectangle(page, (col, row), (col + _mm(3.5), row + _mm(3.5)), 40, 1)
    if seal_at is not None:
        centre, radius = seal_at, _mm(21)
        cv2.circle(page, centre, radius, 110, _mm(1.0))
        for angle in np.deg2rad(np.arange(200, 340, 14)):  # ring text
            x = int(centre[0] + 0.78 * radius * np.cos(angle))
            y = int(centre[1] + 0.78 * radius * np.sin(angle))
            cv2.rectangle(page, (x - 8, y - 8), (x + 8, y + 8), 110, -1)
        cv2.drawMarker(page, centre, 110, cv2.MARKER_STAR, _mm(12), 6)
    return page


def test_a_grey_seal_stamped_over_text_is_found_where_it_is():
    page = grey_page(seal_at=(_mm(150), _mm(240)))
    [seal], _ = find_outline_seals(page, DPI, rules().seal)
    x0, y0, x1, y1 = seal.bbox  # points
    assert abs((x0 + x1) / 2 - 150 / 25.4 * 72) < 6 and abs((y0 + y1) / 2 - 240 / 25.4 * 72) < 6
    assert 100 < x1 - x0 < 140  # 42 mm is 119 pt


def test_text_and_ruled_tables_are_no_seals(real_docs: Path):
    assert find_outline_seals(grey_page(), DPI, rules().seal) == ([], False)
    form = np.asarray(Image.open(real_docs / "other" / "tsr_blank_account_summary_form.jpg").convert("L"))
    assert find_outline_seals(form, 96.0, rules().seal)[0] == []


def test_the_seals_of_a_grey_tiff_acceptance_report(samples_dir: Path):
    with Image.open(samples_dir / "s03_clean_mixed" / "submission" / "扫描_37.tif") as tiff:
        tiff.seek(3)
        page = np.asarray(tiff.convert("L"))
    assert len(find_outline_seals(page, DPI, rules().seal)[0]) == 2


def test_lifting_a_red_seal_keeps_the_black_strokes_that_cross_it():
    from jianzheng.extract.seal_mask import lift_seals, red_mask

    page = np.full((60, 60, 3), 250, np.uint8)
    page[:, 28:32] = (20, 20, 20)  # a black stroke
    page[28:32, :] = (220, 30, 40)  # a red ring stroke across it
    page[28:32, 28:32] = (15, 10, 10)  # where they cross, black over red stays dark
    clean = lift_seals(page, red_mask(page, rules().seal.red_margin))
    assert clean[30, 5].min() > 200  # the seal's red is gone
    assert clean[:, 28:32].max() < 60  # the black stroke is whole, also beside the red
    assert page[30, 5, 1] == 30  # the input is unchanged


def test_the_rows_a_seal_covers_are_what_is_detected_again():
    from jianzheng.extract.scan import seal_rows
    from jianzheng.models import Seal

    seals = [
        Seal(bbox=(100, 360, 220, 480)),
        Seal(bbox=(350, 370, 470, 490)),
        Seal(bbox=(100, 700, 200, 800)),
    ]
    # 72 DPI: points are pixels; two seals side by side share one band, each padded by a fifth.
    assert seal_rows(seals, 72.0, 842) == [(336, 515), (680, 821)]


def test_a_pale_grey_seal_a_dry_stamp_pad_left_is_found_too():
    # A seal stamped with little ink, scanned in grey: 60 levels under the paper, not 125.
    page = grey_page()
    centre, radius = (_mm(60), _mm(240)), _mm(21)
    cv2.circle(page, centre, radius, 180, _mm(1.0))
    [seal], _ = find_outline_seals(page, DPI, rules().seal)
    assert abs((seal.bbox[0] + seal.bbox[2]) / 2 - 60 / 25.4 * 72) < 6


def test_a_seal_over_a_ruled_table_is_at_least_a_doubt():
    # Table rules cross the paper just outside the ring as often as the ring itself: the outline
    # is not confirmed as a seal, but the page no longer says for sure that it has none.
    page = grey_page()
    for y in range(_mm(190), _mm(290), _mm(4)):
        cv2.line(page, (_mm(15), y), (_mm(195), y), 30, 2)
    for x in (_mm(15), _mm(70), _mm(195)):
        cv2.line(page, (x, _mm(190)), (x, _mm(289)), 30, 2)
    assert find_outline_seals(page, DPI, rules().seal) == ([], False)
    cv2.circle(page, (_mm(100), _mm(240)), _mm(21), 100, _mm(1.0))
    assert find_outline_seals(page, DPI, rules().seal) == ([], True)


def test_a_small_pale_seal_over_a_signature_table_is_found():
    # A 28 mm seal stamped pale (about 200 on paper at 235) across a signature table's rows.
    page = np.full((_mm(297), _mm(210)), 238, np.uint8)
    for y in range(_mm(200), _mm(270), _mm(12)):
        cv2.line(page, (_mm(15), y), (_mm(195), y), 60, 2)
    for x in (_mm(15), _mm(105), _mm(195)):
        cv2.line(page, (x, _mm(200)), (x, _mm(260)), 60, 2)
    for y in range(_mm(204), _mm(260), _mm(12)):
        for col in range(_mm(18), _mm(90), _mm(4)):
            cv2.rectangle(page, (col, y), (col + _mm(3), y + _mm(3)), 50, 1)
    centre, radius = (_mm(55), _mm(230)), _mm(14)
    cv2.circle(page, centre, radius, 200, _mm(0.8))
    cv2.drawMarker(page, centre, 200, cv2.MARKER_STAR, _mm(8), 4)
    seals, _ = find_outline_seals(page, DPI, rules().seal)
    assert any(abs((s.bbox[0] + s.bbox[2]) / 2 - 55 / 25.4 * 72) < 6 for s in seals)


def test_a_red_seal_the_scans_edge_cut_leaves_the_page_unsure_of_its_seals():
    from jianzheng.extract.scan import page_seals

    dpi = 200.0
    page = np.full((1600, 1200, 3), 255, np.uint8)
    cv2.putText(page, "signature block", (100, 1400), cv2.FONT_HERSHEY_SIMPLEX, 1.5, (0, 0, 0), 3)
    # A 40 mm red ring whose centre lies below the sheet: only its cap shows at the bottom edge.
    radius = int(20 * dpi / 25.4)
    cv2.circle(page, (600, 1600 + radius - 60), radius, (30, 30, 220)[::-1], 8)
    seals, _, unsure = page_seals(page, cv2.cvtColor(page, cv2.COLOR_RGB2GRAY), dpi, rules().seal)
    assert seals == [] and unsure
    # The same page without the cap: no seal, and nothing to doubt.
    blank = np.full((1600, 1200, 3), 255, np.uint8)
    seals, _, unsure = page_seals(blank, cv2.cvtColor(blank, cv2.COLOR_RGB2GRAY), dpi, rules().seal)
    assert seals == [] and not unsure


def _line(text: str, x: float, y: float, pitch: float) -> Word:
    return Word(text=text, bbox=(x, y, x + pitch * len(text), y + 14.0), source=TextSource.ocr)


def test_a_2up_pages_text_tells_how_much_its_print_was_shrunk():
    body = [_line("委托方法定代表人签字", 60, 100 + 20 * i, 10.5) for i in range(5)]
    two_up = [_line("委托方法定代表人签字", 60, 100 + 20 * i, 7.4) for i in range(5)]
    invoice = [_line("信息技术服务费用", 60, 100 + 20 * i, 8.5) for i in range(5)]

    def shrink(words):
        return print_shrink(print_scale(words, rules().quality), rules().seal)

    assert shrink(body) == 1.0
    assert shrink(invoice) == 1.0  # small print, not a shrunk page
    assert abs(shrink(two_up) - 7.4 / 10.5) < 0.01
    assert shrink(two_up[:2]) == 1.0  # too few lines to tell


def test_a_seal_shrunk_with_its_2up_page_is_found_at_the_shrunk_size():
    page = np.full((_mm(210), _mm(297)), 235, np.uint8)  # A4 landscape holding two A4 pages
    centre, radius = (_mm(80), _mm(60)), _mm(10)  # a small seal printed at 0.7 of its size: 20 mm across
    cv2.circle(page, centre, radius, 110, _mm(0.7))
    cv2.drawMarker(page, centre, 110, cv2.MARKER_STAR, _mm(6), 4)
    assert find_outline_seals(page, DPI, rules().seal)[0] == []
    [seal], _ = find_outline_seals(page, DPI, rules().seal, shrink=0.7)
    assert 50 < seal.bbox[2] - seal.bbox[0] < 65  # 20 mm is 57 pt
    assert find_outline_seals(grey_page(), DPI, rules().seal, shrink=0.7) == ([], False)
