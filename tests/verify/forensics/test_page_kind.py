"""Page kinds told from the image itself: a phone photo, a bilevel page, a flatbed scan."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from jianzheng.verify.forensics.image_tamper import tampered_regions, to_gray
from jianzheng.verify.forensics.page_kind import (
    has_glare,
    is_bilevel,
    is_cleaned,
    is_photo,
    paper_light_range,
)
from jianzheng_workshop.forensics import conditions


def _page() -> np.ndarray:
    rng = np.random.default_rng(3)
    page = np.full((1400, 1000, 3), 240, np.uint8)
    for row in range(120, 1300, 40):  # lines of 'text'
        for col in range(100, 900, 28):
            if rng.random() < 0.85:
                page[row : row + 20, col : col + 18] = 30
    return page


def test_a_phone_photo_is_told_from_a_flatbed_scan_by_its_light():
    page = _page()
    scanned, _ = conditions.degrade(page, conditions.BASE, np.random.default_rng(1))
    photo, _ = conditions.phone_photo(page, np.random.default_rng(2))
    assert not is_photo(to_gray(scanned))
    assert is_photo(to_gray(photo))


def test_light_falling_off_from_the_middle_makes_a_photo():
    # A sheet on a dark desk lit from above its middle: every edge is dimmer, so a plane fitted to
    # the paper lies nearly flat (bortala seed 3's clean licence photo), a curved surface does not.
    page = _page().astype(np.float32)
    yy, xx = np.mgrid[0 : page.shape[0], 0 : page.shape[1]]
    r2 = ((yy - 700) / 1400.0) ** 2 + ((xx - 500) / 1000.0) ** 2
    dimmed = np.clip(page * (0.97 - 0.55 * r2)[..., None], 0, 255).astype(np.uint8)
    gray = to_gray(dimmed)
    assert paper_light_range(gray) < 25 and is_photo(gray)
    assert not is_photo(to_gray(conditions.degrade(_page(), conditions.BASE, np.random.default_rng(1))[0]))


def test_a_bilevel_page_is_bilevel_and_not_judged():
    grey = to_gray(_page())
    bilevel = np.where(grey > 128, 255, 0).astype(np.uint8)
    assert is_bilevel(bilevel) and not is_bilevel(
        to_gray(conditions.degrade(_page(), conditions.BASE, np.random.default_rng(1))[0])
    )
    bilevel[500:540, 300:700] = 255 - bilevel[500:540, 300:700]  # any change: nothing to compare
    assert tampered_regions(bilevel) == []


def _tinted(rng_seed: int = 4) -> np.ndarray:
    rng = np.random.default_rng(rng_seed)
    grey = to_gray(_page()).astype(np.float32) - 8  # paper at about 232
    return np.clip(grey + rng.normal(0, 3, grey.shape), 0, 255)


def test_a_lamps_glare_makes_a_photo():
    # A round blob burnt to white, fading into the paper: no scanner lights a page so.
    page = _tinted()
    yy, xx = np.mgrid[0 : page.shape[0], 0 : page.shape[1]]
    glow = 60 * np.exp(-(((yy - 700) ** 2 + (xx - 450) ** 2) / (2 * 150.0**2)))
    glared = np.clip(page + glow, 0, 255).astype(np.uint8)
    assert has_glare(glared) and is_photo(glared)
    assert not has_glare(page.astype(np.uint8))


def test_a_glare_on_near_white_paper_makes_a_photo():
    # Paper photographed at about 250 (the wild family's invoice photo): the glare burns it out by
    # only a few levels, but it still fades into the paper over a hundred pixels.
    page = _tinted() + 14  # paper at about 246, its 95th percentile at about 250
    yy, xx = np.mgrid[0 : page.shape[0], 0 : page.shape[1]]
    glow = 40 * np.exp(-(((yy - 700) ** 2 + (xx - 450) ** 2) / (2 * 150.0**2)))
    assert has_glare(np.clip(page + glow, 0, 255).astype(np.uint8))


def test_a_clean_band_pasted_over_near_white_paper_is_no_glare():
    page = _tinted() + 14  # paper at about 246, its 95th percentile at about 250
    page[528:645, 168:1000] = 255
    page[560:590, 300:700] = 30
    assert not has_glare(np.clip(ndimage.gaussian_filter(page, 1.0), 0, 255).astype(np.uint8))


def test_a_white_block_pasted_over_a_line_is_no_glare():
    page = _tinted()
    page[640:700, 100:900] = 255  # a clean render's white paper over one line
    assert not has_glare(page.astype(np.uint8))


def test_a_clean_band_pasted_over_lightly_tinted_paper_is_no_glare():
    # Two lines from a clean render pasted over a scan whose paper is barely tinted (changji's
    # pasted amount): partly covered cells around it sit between the paper and white, as a glare's
    # ramp would at 64 px, but half a line away the paper is the paper's.
    page = _tinted() + 15  # paper at about 247
    page[528:645, 168:1000] = 255  # its lower edge five pixels into the next row of cells
    page[560:590, 300:700] = 30  # the pasted line's print
    scanned = ndimage.gaussian_filter(page, 1.0)  # the scan's optics soften the paste's edges
    assert not has_glare(np.clip(scanned, 0, 255).astype(np.uint8))


def test_a_page_cleaned_to_white_is_told_from_a_scan_that_keeps_its_grain():
    # A scanning app's background removal: paper pushed to flat 255 wherever its light allowed.
    page = _page().astype(np.float32)
    rng = np.random.default_rng(5)
    page += rng.normal(0, 2.0, page.shape[:2])[..., None]
    lifted = np.clip(page * 1.1, 0, 255).astype(np.uint8)  # contrast pushed: paper 264 clips to 255
    scanned, _ = conditions.degrade(_page(), conditions.BASE, np.random.default_rng(1))
    assert is_cleaned(to_gray(lifted))
    assert not is_cleaned(to_gray(scanned))
