"""A suspicious region of a page image, as the IMAGE_TAMPERED signs return it."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import ndimage


@dataclass(frozen=True)
class Region:
    """A suspicious region in pixels (x0, y0, x1, y1), why, and which sign found it.

    ``detector`` is a short name of the sign (image_tamper.DETECTORS), for measuring what
    each sign contributes; it never reaches the report, whose words are ``reason``.
    """

    box: tuple[int, int, int, int]
    reason: str
    detector: str


def surroundings(cell_means: np.ndarray, paper: float) -> np.ndarray:
    """Cells beyond the paper: far darker than it (a lid's shadow, the desk) and reaching the
    image's edge. Beside them a strip of the scanner's bed may show between the lid and the
    paper's edge, flat and of its own colour: no part of the page."""
    labels, _ = ndimage.label(cell_means < paper - 100)
    edge = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    return np.isin(labels, edge[edge > 0])


def beside(mask: np.ndarray, r0: int, c0: int, r1: int, c1: int, reach: int = 2) -> bool:
    """Whether any cell of ``mask`` lies within ``reach`` cells of the box (cell units)."""
    return bool(mask[max(r0 - reach, 0) : r1 + reach, max(c0 - reach, 0) : c1 + reach].any())
