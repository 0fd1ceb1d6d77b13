"""The speed-ups of the page path give the same answers as the plain computations they replace."""

from __future__ import annotations

import numpy as np
import pytest
from rapidocr.ch_ppocr_det.utils import DetPreProcess

from jianzheng.extract.ocr.rapid_tuned import Float32DetPreProcess, rec_batches
from jianzheng.extract.reading_rules import rules
from jianzheng.extract.seal_mask import find_seals, red_mask


def test_rec_batches_group_lines_of_one_width():
    ratios = [9.0, 1.0, 0.5, 1.1, 30.0, 9.5, 1.05, 0.8, 1.12, 1.14, 1.13]
    batches = rec_batches(ratios, size=4, spread=1.15)
    assert sorted(i for batch in batches for i in batch) == list(range(len(ratios)))
    for batch in batches:
        widths = [max(ratios[i], 1.0) for i in batch]  # narrower lines are padded to a square
        assert len(batch) <= 4 and max(widths) <= 1.15 * min(widths)
    assert [4] in batches  # a very long line is not padded onto short ones
    assert rec_batches([], size=6, spread=1.15) == []


def test_float32_detection_input_is_rapidocrs():
    image = np.random.default_rng(0).integers(0, 256, (333, 517, 3), dtype=np.uint8)
    ours = Float32DetPreProcess(320, "max", [0.5] * 3, [0.5] * 3)(image)
    theirs = DetPreProcess(320, "max", [0.5] * 3, [0.5] * 3)(image)
    assert ours is not None and theirs is not None
    assert ours.dtype == np.float32 and ours.shape == theirs.shape
    assert np.abs(ours - theirs).max() < 1e-6


@pytest.mark.parametrize("margin", [0, 1, 60, 255])
def test_red_mask_is_the_plain_difference(margin):
    image = np.random.default_rng(margin).integers(0, 256, (120, 160, 3), dtype=np.uint8)
    rgb = image.astype(np.int16)
    plain = ((rgb[:, :, 0] - np.maximum(rgb[:, :, 1], rgb[:, :, 2])) > margin).astype(np.uint8) * 255
    assert np.array_equal(red_mask(image, margin), plain)


def _page_with_seal(x: int, y: int) -> np.ndarray:
    """A white 200-DPI page with a red ring of a seal's size (40 mm) whose box starts at (x, y)."""
    import cv2

    page = np.full((1000, 800, 3), 255, np.uint8)
    radius = int(20 * 200 / 25.4)
    cv2.circle(page, (x + radius, y + radius), radius, (220, 30, 30), 12)
    cv2.putText(page, "SEAL", (x + radius - 60, y + radius), cv2.FONT_HERSHEY_SIMPLEX, 1.5, (220, 30, 30), 5)
    return page


@pytest.mark.parametrize("corner", [(0, 0), (300, 400), (800 - 316, 1000 - 316)])
def test_seal_found_where_it_is_also_at_the_page_edge(corner):
    page = _page_with_seal(*corner)
    seals, inside = find_seals(page, 200.0, rules().seal)
    (seal,) = seals
    to_px = 200 / 72
    x0, y0 = seal.bbox[0] * to_px, seal.bbox[1] * to_px
    assert abs(x0 - corner[0]) <= 8 and abs(y0 - corner[1]) <= 8
    assert inside.shape == page.shape[:2] and inside.any()


def test_seal_search_near_the_red_gives_what_the_whole_page_gives(monkeypatch):
    from jianzheng.extract import seal_mask

    page = _page_with_seal(200, 300)
    rng = np.random.default_rng(3)
    for y, x in zip(rng.integers(250, 800, 40), rng.integers(100, 700, 40), strict=True):
        page[y : y + 3, x : x + 3] = (230, 20, 20)  # red specks around the seal, not the whole page
    near = find_seals(page, 200.0, rules().seal)
    monkeypatch.setattr(seal_mask, "_around", lambda rect, margin, shape: (0, 0, shape[1], shape[0]))
    whole = find_seals(page, 200.0, rules().seal)
    assert near[0] == whole[0] and len(near[0]) == 1
    assert np.array_equal(near[1], whole[1])


def test_a_long_line_goes_to_the_angle_classifier_in_pieces_of_its_input_shape():
    from jianzheng.extract.ocr.rapid import classifier_pieces

    line = np.zeros((60, 1300, 3), np.uint8)
    pieces = classifier_pieces(line)
    assert len(pieces) == 3
    assert all(p.shape[:2] == (60, 240) for p in pieces)  # 4:1, the classifier's 48x192
    assert pieces[0] is not pieces[-1]
    short = np.zeros((60, 300, 3), np.uint8)
    assert classifier_pieces(short)[0] is short  # already about its shape: left whole


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_a_box_on_the_turned_page_goes_back_to_where_it_is_on_the_file_page(rotation):
    from jianzheng.extract.orient import bbox_on_file_page, rotate_quarter

    stored = np.zeros((60, 100), np.uint8)
    stored[10:20, 30:50] = 255  # a word at x 30-50, y 10-20 of the page as the file holds it
    upright = rotate_quarter(stored, rotation)
    ys, xs = np.nonzero(upright)
    box = (float(xs.min()), float(ys.min()), float(xs.max() + 1), float(ys.max() + 1))
    assert bbox_on_file_page(box, rotation, upright.shape[1], upright.shape[0]) == (30, 10, 50, 20)


def test_a_light_grey_watermark_is_faded_for_the_detector_and_the_ink_is_kept():
    from jianzheng.extract.ocr.rapid import fade_light_grey

    page = np.full((200, 300, 3), 248, np.uint8)
    page[20:30, 20:280] = 30  # a line of ink
    page[60:140, 100:110] = 205  # a stroke of a light grey watermark
    faded = fade_light_grey(page)
    assert (faded[60:140, 100:110] == 255).all()
    assert (faded[20:30, 20:280] == 30).all()
    assert (page[60:140, 100:110] == 205).all()  # the page itself is not changed


def test_a_faint_page_is_left_as_it_is():
    from jianzheng.extract.ocr.rapid import fade_light_grey

    faint = np.full((200, 300, 3), 230, np.uint8)
    faint[20:30, 20:280] = 180  # pale print on grey paper: no contrast to tell ink from a watermark
    assert fade_light_grey(faint) is faint


def test_a_page_without_a_watermark_goes_to_the_detector_unchanged():
    from jianzheng.extract.ocr.rapid import fade_light_grey

    page = np.full((200, 300, 3), 248, np.uint8)
    for y in range(20, 180, 20):
        page[y : y + 8, 20:280] = 30
        page[y - 1, 20:280] = 160  # the anti-aliased rims of the ink: light grey, a pixel wide
        page[y + 8, 20:280] = 160
    assert fade_light_grey(page) is page


def _box(x0: float, y0: float, x1: float, y1: float, rise: float = 0.0) -> list[list[float]]:
    return [[x0, y0], [x1, y0 + rise], [x1, y1 + rise], [x0, y1]]


def test_a_faint_line_only_the_unfaded_page_shows_comes_back():
    from jianzheng.extract.ocr.rapid import faint_lines

    faded = np.array([_box(10, 10, 200, 30)], np.float32)  # 成立日期 (dark print)
    plain = np.array([_box(10, 10, 200, 30), _box(220, 10, 400, 30)], np.float32)  # + its faint date
    got = faint_lines(faded, plain)
    assert len(got) == 2
    assert got[1].min(axis=0).tolist() == [220, 10]


def test_a_diagonal_watermark_and_a_wider_copy_of_a_line_add_nothing():
    from jianzheng.extract.ocr.rapid import faint_lines

    faded = np.array([_box(10, 10, 200, 30)], np.float32)
    plain = np.array(
        [
            _box(5, 8, 210, 32),  # the same line, a few pixels wider: the faded box stays
            _box(250, 100, 450, 120, rise=-80),  # 仅供年检使用 across the page
        ],
        np.float32,
    )
    assert faint_lines(faded, plain).tolist() == faded.tolist()
