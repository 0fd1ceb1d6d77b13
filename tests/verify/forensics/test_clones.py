"""Copy-move clones: an area of a scan copied elsewhere on the same page is found; repeated print,
a clean render and a photo's background are not clones."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from jianzheng.verify.forensics.clones import clone_regions


def _scan(seed: int = 3, noise: float = 4.0) -> np.ndarray:
    """A grey A4 page at 200 DPI: lines of print and a ring seal, with scanner noise, saved as JPEG."""
    rng = np.random.default_rng(seed)
    page = np.full((2339, 1654), 236, np.uint8)
    for row in range(12):
        y = 200 + row * 70
        cv2.putText(
            page, f"CONTRACT ITEM {row:02d} AMOUNT 1,234,567.89", (120, y), 0, 1.3, 30, 3, cv2.LINE_AA
        )
    cv2.circle(page, (450, 1500), 170, 90, 9, cv2.LINE_AA)
    cv2.putText(page, "SEAL OF THE CLIENT", (300, 1510), 0, 1.0, 90, 3, cv2.LINE_AA)
    noisy = np.clip(page + rng.normal(0, noise, page.shape), 0, 255).astype(np.uint8)
    return _jpeg(noisy)


def _jpeg(image: np.ndarray, quality: int = 85) -> np.ndarray:
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)


def test_a_seal_copied_to_another_place_on_the_scan_is_found():
    page = _scan()
    copied = page.copy()
    copied[1300:1700, 1003:1403] = page[1300:1700, 250:650]  # the client's seal, stamped again
    found = clone_regions(_jpeg(copied), page_noise=4.0)
    assert len(found) == 1
    x0, y0, x1, y1 = found[0].box
    assert 1003 <= (x0 + x1) / 2 <= 1403 and 1300 <= (y0 + y1) / 2 <= 1700
    assert "复制" in found[0].reason


def test_the_same_scan_without_a_copy_has_no_clone():
    assert clone_regions(_scan(), page_noise=4.0) == []


@pytest.mark.parametrize("noise", [2.0, 4.0])
def test_the_same_words_rendered_on_whole_pixels_are_no_clone(noise):
    # Twelve identical lines drawn at the same x: their glyphs are the same pixels, only the
    # scanner's noise differs, so only that noise tells two prints from a copy.
    page = np.full((2339, 1654), 236, np.uint8)
    for row in range(12):
        cv2.putText(page, "THE SAME CLAUSE ON EVERY LINE", (120, 200 + row * 140), 0, 1.3, 30, 3, cv2.LINE_AA)
    rng = np.random.default_rng(7)
    noisy = _jpeg(np.clip(page + rng.normal(0, noise, page.shape), 0, 255).astype(np.uint8))
    assert clone_regions(noisy, page_noise=noise) == []


def test_on_a_page_without_noise_a_copied_seal_is_still_a_copy():
    # A smoothing scanner leaves no noise to compare, but two impressions of one seal are never
    # the same pixels: the ring stamped again, pixel for pixel, is a copy.
    page = _scan(noise=0.0)
    copied = page.copy()
    copied[1300:1700, 1003:1403] = page[1300:1700, 250:650]
    [found] = clone_regions(copied, page_noise=0.5)
    assert "印章" in found.reason
    assert clone_regions(page, page_noise=0.5) == []


def test_on_a_page_without_noise_two_seals_with_one_centre_are_no_copy():
    # Two parties' seals share their star and the date printed under them; their ring text differs.
    page = np.full((2339, 1654), 236, np.uint8)
    for cx, name in ((450, "SEAL OF THE CLIENT"), (1150, "CONTRACTOR CO LTD")):
        cv2.circle(page, (cx, 1500), 170, 90, 9, cv2.LINE_AA)
        cv2.putText(page, name, (cx - 150, 1420), 0, 0.9, 90, 3, cv2.LINE_AA)
        cv2.drawMarker(page, (cx, 1500), 90, cv2.MARKER_STAR, 90, 8)
        cv2.putText(page, "2025-12-08", (cx - 90, 1600), 0, 1.0, 30, 3, cv2.LINE_AA)
    assert clone_regions(page, page_noise=0.5) == []


def test_on_a_page_without_noise_repeated_print_is_no_clone():
    # Without scan noise repeated glyphs are identical pixels, and print is no seal: no verdict.
    page = _scan(noise=0.0)
    copied = page.copy()
    copied[150:500, 1003:1403] = page[150:500, 120:520]  # lines of print, no ring
    assert clone_regions(copied, page_noise=0.5) == []


def test_a_repeating_background_off_the_paper_is_no_clone():
    # A phone photo's desk: a tiled texture repeats exactly, but it is no ink on paper.
    rng = np.random.default_rng(1)
    tile = rng.integers(40, 90, (64, 64), dtype=np.uint8)
    page = np.tile(tile, (37, 26))[:2339, :1654].copy()
    page[200:2100, 500:1500] = _scan()[200:2100, 500:1500]
    assert clone_regions(_jpeg(page), page_noise=4.0) == []


def _colour_page(seals: list[tuple[int, str]], noise: float = 3.0, seed: int = 5) -> np.ndarray:
    """A colour A4 page at 200 DPI with red ring seals (centre x, ring text) on one row."""
    page = np.full((2339, 1654, 3), 238, np.uint8)
    for row in range(10):
        cv2.putText(page, f"ACCEPTANCE ITEM {row:02d} PASSED", (120, 200 + row * 70), 0, 1.3, (30, 30, 30), 3)
    for cx, name in seals:
        cv2.circle(page, (cx, 1500), 170, (205, 40, 45), 9, cv2.LINE_AA)
        cv2.putText(page, name, (cx - 150, 1420), 0, 0.9, (205, 40, 45), 3, cv2.LINE_AA)
        cv2.drawMarker(page, (cx, 1500), (205, 40, 45), cv2.MARKER_STAR, 90, 8)
    rng = np.random.default_rng(seed)
    return np.clip(page + rng.normal(0, noise, page.shape), 0, 255).astype(np.uint8)


def _colour_jpeg(image: np.ndarray, quality: int = 85) -> np.ndarray:
    ok, data = cv2.imencode(".jpg", image[:, :, ::-1], [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_COLOR)[:, :, ::-1].copy()


def _red(image: np.ndarray) -> np.ndarray:
    from jianzheng.verify.forensics.seals import red_mask

    return red_mask(image)


def test_a_seal_cut_out_and_pasted_over_handwriting_is_found_on_a_colour_scan():
    # zepu seed 1: the client's seal lifted off its signature block (its white made clear) and
    # multiplied over the blue handwriting of the 验收意见 box.
    page = _colour_page([(450, "SEAL OF THE CLIENT")])
    cv2.putText(page, "AGREED  SIGNED", (1000, 1530), 0, 1.6, (40, 50, 160), 4)  # the pen
    target = page[1300:1700, 1003:1403].astype(np.float32)
    source = page[1300:1700, 250:650].astype(np.float32)
    page[1300:1700, 1003:1403] = (target * source / 238.0).clip(0, 255).astype(np.uint8)
    scan = _colour_jpeg(page)
    gray = cv2.cvtColor(scan, cv2.COLOR_RGB2GRAY)
    [found] = clone_regions(gray, page_noise=3.0, red=_red(scan))
    assert "印章" in found.reason
    # In grey alone, other ink over a seal cannot be told from the seal's own: no verdict.
    assert clone_regions(gray, page_noise=3.0) == []


def test_two_seals_of_one_maker_sharing_ring_and_star_are_no_paste():
    # Two parties' seals drawn from one maker's parts: ring and star the same pixels, ring text not.
    scan = _colour_jpeg(_colour_page([(450, "SEAL OF THE CLIENT"), (1150, "CONTRACTOR CO LTD")]))
    gray = cv2.cvtColor(scan, cv2.COLOR_RGB2GRAY)
    assert clone_regions(gray, page_noise=3.0, red=_red(scan)) == []
