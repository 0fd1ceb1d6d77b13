"""IMAGE_TAMPERED by uniform runs: a clean line pasted into a compressed scan, found by its flat paper."""

from __future__ import annotations

import cv2
import numpy as np

from jianzheng.verify.forensics import jpeg_blocks
from jianzheng.verify.forensics.image_tamper import tampered_regions
from jianzheng.verify.forensics.uniform_runs import uniform_runs

PASTE = (300, 596, 900, 636)  # x0, y0, x1, y1 of the pasted line, in pixels


def _text(page: np.ndarray, y: int, x0: int = 120, x1: int = 1100) -> None:
    for x in range(x0, x1, 26):
        cv2.putText(page, "8", (x, y), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (20, 20, 20), 2, cv2.LINE_AA)


def _page(paste: bool, illumination: bool = False, seed: int = 4) -> bytes:
    """A 150-dpi page of text lines, tinted, with scanner noise, saved as JPEG quality 64.

    With ``paste`` one line's box is replaced by a clean render of it: the same text on
    paper without noise, one grey level lighter (a scan's red channel clips, a render's
    paper does not), as an editor pastes it before the page is saved again.
    """
    rng = np.random.default_rng(seed)
    drawn = np.full((1755, 1240, 3), 255, np.uint8)
    for y in range(160, 1600, 92):
        _text(drawn, y)
    clean = drawn.astype(np.float32)
    tint = np.array([1.0, 0.98, 0.93], np.float32)
    page = clean * tint
    if illumination:  # light falls off smoothly down the page: a few grey levels
        page *= np.linspace(1.0, 0.97, page.shape[0], dtype=np.float32)[:, None, None]
    page += rng.normal(0, 2.2, page.shape[:2])[..., None].astype(np.float32)
    page = np.clip(page, 0, 255)
    if paste:
        x0, y0, x1, y1 = PASTE
        page[y0:y1, x0:x1] = np.clip(clean[y0:y1, x0:x1] * tint + 1.5, 0, 255)
    ok, data = cv2.imencode(".jpg", page.astype(np.uint8)[:, :, ::-1], [cv2.IMWRITE_JPEG_QUALITY, 64])
    assert ok
    return data.tobytes()


def _regions(data: bytes):
    rgb = cv2.cvtColor(cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    return tampered_regions(rgb, jpeg_blocks.decoded_ycc(data))


def test_a_pasted_clean_line_is_found_where_it_was_pasted():
    [region] = _regions(_page(paste=True))
    x0, y0, x1, y1 = region.box
    px0, py0, px1, py1 = PASTE
    assert x0 < px1 and x1 > px0 and y0 < py1 and y1 > py0
    assert "平整" in region.reason


def test_a_clean_page_with_smooth_illumination_says_nothing():
    assert _regions(_page(paste=False)) == []
    assert _regions(_page(paste=False, illumination=True)) == []


def test_a_flat_run_is_scored_against_the_paper_around_it():
    data = _page(paste=True)
    runs = uniform_runs(jpeg_blocks.decoded_ycc(data))
    assert runs and all(run.score >= 32 and not run.papers_own for run in runs)
    assert uniform_runs(jpeg_blocks.decoded_ycc(_page(paste=False))) == []


def test_only_jpeg_has_decoded_planes():
    ok, png = cv2.imencode(".png", np.full((64, 64, 3), 250, np.uint8))
    assert ok and jpeg_blocks.decoded_ycc(png.tobytes()) is None
    assert jpeg_blocks.decoded_ycc(b"not an image") is None


def _app_page() -> np.ndarray:
    """A phone app's contrast push: paper lifted past the white clip in its top half and in one
    thin stripe below, grainy just under white elsewhere (its light is uneven)."""
    rng = np.random.default_rng(7)
    page = np.full((1755, 1240), 253.0, np.float32)
    for y in range(160, 1600, 92):
        for x in range(120, 1100, 26):
            page[y - 14 : y, x : x + 14] = 30
    page[:800] += 6
    page[1256:1272, 300:900] += 6  # a patch of light in a blank gap between two lines
    return np.clip(page + rng.normal(0, 1.5, page.shape), 0, 255).astype(np.uint8)


def test_runs_at_a_level_the_page_flattened_its_paper_to_are_its_paper():
    ok, data = cv2.imencode(".jpg", _app_page(), [cv2.IMWRITE_JPEG_QUALITY, 80])
    assert ok
    ycc = jpeg_blocks.decoded_ycc(data.tobytes())
    assert ycc is not None
    runs = uniform_runs(ycc, cleaned=True)
    assert runs and all(run.papers_own for run in runs)
    rgb = cv2.cvtColor(cv2.imdecode(data, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    assert tampered_regions(rgb, ycc) == []
