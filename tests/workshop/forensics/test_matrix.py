"""The scan-condition matrix and the conditions it scans under."""

from __future__ import annotations

import numpy as np

from jianzheng.verify.forensics.image_tamper import DETECTORS
from jianzheng_workshop.forensics import conditions
from jianzheng_workshop.forensics.matrix import CONDITIONS, corpus_pages, detector_table, run_cell, table


def test_the_cells_vary_one_or_two_axes_from_the_base_and_are_named_once():
    names = [c.name for c in CONDITIONS]
    assert 15 <= len(names) <= 25 and len(set(names)) == len(names)
    modes = {c.mode for c in CONDITIONS}
    assert modes == {"colour", "grey", "grey_rgb", "bilevel"}
    assert any(c.photo for c in CONDITIONS) and any(c.seals >= 2 and c.signature for c in CONDITIONS)


def test_corpus_pages_are_text_pages_with_a_figure_run(samples_dir):
    pages = corpus_pages(samples_dir, limit=3)
    assert len(pages) == 3
    assert all(p.path.suffix == ".pdf" and p.words and p.field[2] > p.field[0] for p in pages)


def test_a_grey_page_stored_as_rgb_is_not_warned_and_a_colour_paste_in_it_is_found(samples_dir):
    # The held-out scans' chroma noise (colour fringes either side of each stroke) once read as
    # a tinted paste on most grey pages; a paste from a colour render still is one.
    grey_rgb = next(c for c in CONDITIONS if c.mode == "grey_rgb")
    result = run_cell(grey_rgb, corpus_pages(samples_dir, limit=2), seed=9)
    assert result.clean == 2 and sum(result.warned.values()) == 0
    assert result.found["paste"] >= 1
    assert "grey saved as RGB" in table([(grey_rgb, result)], ocr=False)
    # Each plant records the signs that found it, each looking alone; a reported find has one.
    assert len(result.found_by["paste"]) == result.planted["paste"] == 2
    assert sum(bool(finders) for finders in result.found_by["paste"]) >= result.found["paste"]
    rows = detector_table([(grey_rgb, result)]).splitlines()[2:]
    assert [row.split(" | ")[0].lstrip("| ") for row in rows] == list(DETECTORS)


def test_grey_as_rgb_has_colour_noise_around_grey_strokes():
    grey = np.full((64, 64), 235, np.uint8)
    grey[20:44, 30:34] = 20
    rgb = conditions.grey_as_rgb(grey, np.random.default_rng(1))
    assert rgb.shape == (64, 64, 3)
    fringe = rgb[20:44, 29:36].astype(int)
    assert np.abs(fringe[..., 0] - fringe[..., 2]).max() >= 8  # red and blue part at the stroke's sides
