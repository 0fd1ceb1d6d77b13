"""The seal-recall measure: seals stamped red or pale, scanned, and looked for by the reader."""

from __future__ import annotations

from jianzheng_workshop.forensics.matrix import corpus_pages
from jianzheng_workshop.forensics.seal_recall import CELLS, INKS, run_cell, table


def test_a_grey_scan_keeps_red_and_pale_seals_and_shows_none_where_none_was_stamped(samples_dir):
    grey = next(c for c in CELLS if c.mode == "grey")
    result = run_cell(grey, corpus_pages(samples_dir, limit=1), seed=5)
    assert result.stamped == dict.fromkeys(INKS, 1) and result.unstamped == 1
    assert result.found == dict.fromkeys(INKS, 1)
    assert result.false_seals == 0 and result.believed_unstamped == 0
    assert "| grey (one-channel JPEG) | 1/1 | 1/1 | 0/2 | 0/1 |" in table([(grey, result)])


def test_the_cells_cover_every_image_mode_and_a_photo():
    assert {c.mode for c in CELLS} == {"colour", "grey", "grey_rgb", "bilevel"}
    assert any(c.photo for c in CELLS) and len({c.name for c in CELLS}) == len(CELLS)
