"""A white box painted over a key field of a scan whose paper is not white; white paper, light lifted
to the clip and a box over no key field are not."""

from __future__ import annotations

import cv2
import numpy as np

from jianzheng.verify.forensics.image_tamper import every_sign, tampered_regions
from jianzheng.verify.forensics.noise_signs import paper_mask, residual_and_flat
from jianzheng.verify.forensics.white_boxes import white_boxes

AMOUNT = (560, 700, 760, 740)  # the located figures "152.52" (pixels)
OTHER = (300, 1100, 420, 1140)  # figures of another line


def _scan(paper: int = 246, seed: int = 2) -> np.ndarray:
    """A grey A4 page at 200 DPI: lines of print on paper at ``paper``, a little noise, JPEG 80."""
    rng = np.random.default_rng(seed)
    page = np.full((2339, 1654), paper, np.uint8)
    for row in range(14):
        y = 300 + row * 70
        cv2.putText(
            page, f"ITEM {row:02d} CONTRACT AMOUNT 1,234,567.89", (140, y), 0, 1.2, 30, 3, cv2.LINE_AA
        )
    noisy = page + rng.normal(0, 2.0, page.shape)
    return _jpeg(np.clip(noisy, 0, 255).astype(np.uint8))


def _jpeg(image: np.ndarray, quality: int = 80) -> np.ndarray:
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)


def _painted(page: np.ndarray, box: tuple[int, int, int, int] = (530, 684, 800, 750)) -> np.ndarray:
    """The page with a white box painted over ``box`` and new figures typed on it, saved again."""
    out = page.copy()
    x0, y0, x1, y1 = box
    out[y0:y1, x0:x1] = 255
    cv2.putText(out, "152.52", (x0 + 20, y1 - 18), 0, 1.2, 10, 3, cv2.LINE_AA)
    return _jpeg(out)


def _boxes(gray: np.ndarray, fields: list[tuple[int, int, int, int]]) -> list:
    paper = paper_mask(gray, gray)
    _, flat = residual_and_flat(gray, paper)
    return white_boxes(gray, paper, flat, fields)


def test_a_white_box_with_new_figures_over_the_amount_is_found():
    [region] = _boxes(_painted(_scan()), [AMOUNT])
    assert region.detector == "white_boxes" and "明显白于整页纸色" in region.reason
    x0, y0, x1, y1 = region.box
    assert x0 <= 540 and y0 <= 690 and x1 >= 790 and y1 >= 745
    # The same page through the whole sign set, as the check runs it: one region says so (here the
    # box's noiseless paper speaks first).
    [said] = tampered_regions(_painted(_scan()), figures=([AMOUNT], [OTHER]))
    assert said.box[0] <= AMOUNT[0] and said.box[2] >= AMOUNT[2]


def test_an_amount_in_capital_numerals_is_judged_by_its_place():
    # No figures to place: the key field's whole place is where the box is looked for.
    painted = _painted(_scan())
    assert "white_boxes" in [r.detector for r in every_sign(painted, figures=([], [OTHER]), areas=[AMOUNT])]
    assert every_sign(_scan(), figures=([], [OTHER]), areas=[AMOUNT]) == []


def test_the_clean_scan_and_a_box_over_no_key_field_say_nothing():
    assert _boxes(_scan(), [AMOUNT]) == []
    assert _boxes(_painted(_scan()), [OTHER]) == []
    assert every_sign(_scan(), figures=([AMOUNT], [OTHER])) == []


def test_a_white_box_on_white_paper_shows_nothing():
    assert _boxes(_painted(_scan(paper=252)), [AMOUNT]) == []


def test_light_lifting_the_paper_to_the_clip_is_no_box():
    # Uneven light: the paper rises smoothly to white around the amount, the paper around it lifted too.
    page = _scan().astype(np.float32)
    yy, xx = np.mgrid[: page.shape[0], : page.shape[1]]
    page += 14.0 * np.exp(-(((yy - 715) / 60.0) ** 2 + ((xx - 660) / 160.0) ** 2))
    assert _boxes(_jpeg(np.clip(page, 0, 255).astype(np.uint8)), [AMOUNT]) == []
