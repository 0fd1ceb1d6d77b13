"""IMAGE_TAMPERED on the JPEG block grid: blank paper flat at one exact level along a line (a pasted render's margin).

See jpeg_blocks.py for the block-grid signs; this one reads the JPEG's own
decoded YCbCr, where a block whose AC coefficients were all quantised to zero
is exactly constant.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
from scipy import ndimage

from .config import thresholds
from .jpeg_blocks import block_box, blocks


def _rect_sums(a: np.ndarray) -> np.ndarray:
    c = np.zeros((a.shape[0] + 1, a.shape[1] + 1))
    c[1:, 1:] = a.astype(np.float64).cumsum(0).cumsum(1)
    return c


def _rect(c: np.ndarray, r0: int, r1: int, c0: int, c1: int) -> float:
    rows, cols = c.shape[0] - 1, c.shape[1] - 1
    r0, r1, c0, c1 = max(r0, 0), min(r1, rows), max(c0, 0), min(c1, cols)
    if r1 <= r0 or c1 <= c0:
        return 0.0
    return float(c[r1, c1] - c[r0, c1] - c[r1, c0] + c[r0, c0])


_BAND = (2, 9)  # reference rows: 2..8 block rows above and below a run (past the line's own ink)
_BAND_COLS = 8  # and this many block columns beyond its ends
_BAND_MIN = 20  # blank blocks each reference band needs


def _page_levels(level: np.ndarray, min_share: float) -> set[int]:
    """The levels a page's processing flattened its paper to: each taken, exactly flat, by at least
    ``min_share`` of the page's blocks.

    A phone scanning app pushes contrast until paper turns flat white wherever its light lifts it
    to the clip (nanjiang seed 1: 47% of a page's blocks flat at 255 and 11% at 254, in runs beside
    paper that is not flat). A run at such a level is the page's own paper, not a level the paper
    rarely takes; a white paste there could not be told from it.
    """
    values, counts = np.unique(level[level >= 0], return_counts=True)
    return {int(v) for v, n in zip(values, counts, strict=True) if n >= min_share * level.size}


class Run(NamedTuple):
    """A run of blank blocks flat at one level: where, how unlikely, and whether it is the paper's
    own: at a level the page's processing flattened its paper to (_page_levels), or at one the
    paper around takes too often for a paste to be told from it (uniform_max_level_share)."""

    box: tuple[int, int, int, int]
    score: float
    """-n·ln p."""
    papers_own: bool


def uniform_runs(ycc: np.ndarray, *, cleaned: bool = False) -> list[Run]:
    """Runs of blank blocks along a row, exactly flat at one level that the paper around rarely takes.

    ``ycc`` is the JPEG's decoded YCbCr (decoded_ycc). A run that is the paper's own (Run) is
    returned too, marked: it is no sign, but it tells the page's processing (image_tamper counts
    every run against uniform_max_runs). Only a ``cleaned`` page (page_kind.is_cleaned)
    has such levels: elsewhere a paste may lie at the paper's common level (a 600-dpi scan's
    paper is flat in most blocks) and still be a level the paper around it rarely takes.
    """
    rules = thresholds().image
    planes = [blocks(ycc[:, :, k].astype(np.int16)) for k in range(3)]
    spread = np.stack([p.max(axis=(2, 3)) - p.min(axis=(2, 3)) for p in planes], axis=2)
    mean = planes[0].mean(axis=(2, 3))[..., None]
    rows, cols = spread.shape[:2]
    if rows < 3 * _BAND[1] or cols < 4 * _BAND_COLS:
        return []
    paper_level = float(np.percentile(mean[..., 0], 75))
    blank = (spread[..., 0] <= 12) & (np.abs(mean[..., 0] - paper_level) <= 6)
    # Paper away from any ink: what the page's own noise leaves on its paper.
    paper = ndimage.binary_erosion(blank, np.ones((3, 3), bool))
    if paper.mean() < rules.uniform_min_paper_share:
        return []
    # Exactly flat luma (the JPEG kept no AC coefficient) and flat chroma.
    flat = blank & (spread[..., 0] == 0) & (spread[..., 1] <= 1) & (spread[..., 2] <= 1)
    level = np.where(flat, np.round(mean[..., 0]).astype(np.int32), -1)
    own = _page_levels(level, rules.uniform_page_level_share) if cleaned else set()
    paper_sums = _rect_sums(paper)
    level_sums: dict[int, np.ndarray] = {}
    out: list[tuple[tuple[int, int, int, int], float, int, bool]] = []
    for r in range(_BAND[1], rows - _BAND[1]):
        c = 0
        while c < cols:
            value = int(level[r, c])
            if value < 0:
                c += 1
                continue
            # The run: blocks at this exact level, skipping ink (a glyph's blocks), ended by any
            # other blank block.
            start, end, n, j = c, c + 1, 1, c + 1
            while j < cols and (not blank[r, j] or level[r, j] == value):
                if blank[r, j]:
                    n, end = n + 1, j + 1
                j += 1
            c = j
            if n < rules.uniform_min_blocks or start <= 1 or end >= cols - 1:
                continue
            if value not in level_sums:
                level_sums[value] = _rect_sums(paper & (level == value))
            p = 0.0
            for r0, r1 in ((r - _BAND[1] + 1, r - _BAND[0] + 1), (r + _BAND[0], r + _BAND[1])):
                c0, c1 = start - _BAND_COLS, end + _BAND_COLS
                total = _rect(paper_sums, r0, r1, c0, c1)
                if total < _BAND_MIN:
                    p = 1.0
                    break
                # The more frequent side: a level step at a band's edge is not the run's doing.
                p = max(p, (_rect(level_sums[value], r0, r1, c0, c1) + 0.5) / (total + 1))
            score = -n * math.log(min(p, 0.999))
            # A level the paper around takes often is the paper's own, however long the run along
            # it: smooth paper under strong compression lies flat in long runs (kashi seed 1).
            # Such a run still tells the page's processing, as a flattened level's does.
            if score >= rules.uniform_min_score:
                common = p > rules.uniform_max_level_share
                out.append((block_box(r, start, r + 1, end), score, value, common))
    return [Run(box, score, value in own or common) for box, score, value, common in out]
