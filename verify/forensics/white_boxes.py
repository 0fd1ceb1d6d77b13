"""IMAGE_TAMPERED sign: a white box over a key field on a scan whose paper is not white.

The plainest forgery of a scanned amount: an image editor paints a white rectangle over the
figure and types another on it. A scanner never makes that white: it sees the paper, which on a
scan stays some levels below the clip (yellowed, recycled, or simply the scanner's gain), while
the painted box is exactly white, and its edges are straight and sharp against the page's paper
around it. Light that lifts a stretch of paper to the clip does so gradually: the paper around
such a stretch is lifted too.

Only boxes holding a key field are judged (its figures, or its whole place where it has none, as
an amount in capital numerals): a white sticker or a label elsewhere on a page is no reviewer's
concern, and a reviewer is shown the field it covers. A patch cut from a cleaner, whiter scan is
such a box too.
No library finds this, hence numpy and scipy.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from .config import thresholds
from .regions import Region

Box = tuple[int, int, int, int]


def white_boxes(gray: np.ndarray, paper: np.ndarray, flat: np.ndarray, fields: list[Box]) -> list[Region]:
    """White boxes over the key ``fields`` (pixel boxes: their figures, or their whole places) of a
    page whose paper is not white. A patch cut from a cleaner, whiter scan is such a box too
    (turpan seed 3: an amount block at 254 on paper at 246).

    ``paper`` marks pixels that may be blank paper, ``flat`` those of it away from any edge
    (noise_signs.residual_and_flat): the page's paper level is measured on the latter.
    """
    rules = thresholds().image
    if not fields or not flat.any():
        return []
    level = float(np.median(gray[flat]))
    if level > 255 - rules.white_min_step:
        return []  # white paper already: a white box shows nothing against it
    white = gray >= level + rules.white_min_step
    if float(white[paper].mean()) > rules.white_max_page_share:
        return []  # much of the page lit to the clip (glare, a cleaned scan): nothing stands out
    labels, _ = ndimage.label(white, np.ones((3, 3), bool))
    dpi_scale = gray.shape[1] / 1654.0  # page widths at 200 DPI, A4 portrait
    regions = []
    for index, sl in enumerate(ndimage.find_objects(labels), start=1):
        if sl is None:
            continue
        y0, y1, x0, x1 = sl[0].start, sl[0].stop, sl[1].start, sl[1].stop
        if x1 - x0 < rules.white_min_width_px * dpi_scale or y1 - y0 < rules.white_min_height_px * dpi_scale:
            continue
        if not any(_covers((x0, y0, x1, y1), field) for field in fields):
            continue
        own = labels[sl] == index
        # Glyphs typed on the box are its holes: filled, a painted box is a rectangle.
        if float(ndimage.binary_fill_holes(own).mean()) < rules.white_min_fill:
            continue
        pad = max(4, int(8 * dpi_scale))
        ring = np.zeros(gray.shape, bool)
        ring[max(y0 - pad, 0) : y1 + pad, max(x0 - pad, 0) : x1 + pad] = True
        ring[y0:y1, x0:x1] = False
        ring &= paper
        if ring.sum() < 50 or float(np.median(gray[ring])) > level + rules.white_max_ring_lift:
            continue  # the paper around is lifted too: light, not a box
        regions.append(
            Region(
                (x0, y0, x1, y1),
                "关键字段处有一块边缘整齐的矩形，明显白于整页纸色（疑似涂白或贴上另一扫描件后重新录入）",
                "white_boxes",
            )
        )
    return regions if len(regions) <= rules.white_max_boxes else []


def _covers(box: Box, field: Box) -> bool:
    """Whether the box holds most of the field's area."""
    x0, y0, x1, y1 = (
        max(box[0], field[0]),
        max(box[1], field[1]),
        min(box[2], field[2]),
        min(box[3], field[3]),
    )
    area = max(1, (field[2] - field[0]) * (field[3] - field[1]))
    return x1 > x0 and y1 > y0 and (x1 - x0) * (y1 - y0) >= 0.5 * area
