"""What kind of page image this is, told from the image itself: a bilevel page, a photo.

Some signs of IMAGE_TAMPERED presuppose a flatbed scan: paper lit evenly,
one level of sensor noise, the JPEG's grey levels. A detector that cannot
hold its precision on a kind of page stays silent there (issue 14):

* bilevel (1-bit fax or "black and white" scans): no noise and no grey level
  is left to compare, so no sign applies;
* a phone photo: the light falls off across the sheet (shadow, glare) and the
  focus drifts, which the noise and sharpness signs read as local edits (two
  of four clean photographed pages of the matrix were warned);
* a cleaned page (a scanning app's or an MFP's background removal): the paper
  was pushed to flat white and the print sharpened, so edge steepness is the
  processing's, not the optics' (the sharpness signs warned three clean pages
  of the nanjiang family's phone app on its first run).
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from .config import thresholds

_CELL = 64
_FINE = 16  # a glare's edge is judged at a quarter cell: a paste steps within one


def is_cleaned(gray: np.ndarray) -> bool:
    """Whether the page's paper was cleaned to white: at least image.cleaned_min_share of its
    8x8 blocks exactly 255. A scan keeps its paper's grain below the white clip; background
    removal (a phone scanning app, an MFP's 'remove background') leaves it flat white, and
    sharpens the print with it."""
    rows, cols = gray.shape[0] // 8, gray.shape[1] // 8
    if rows == 0 or cols == 0:
        return False
    cells = gray[: rows * 8, : cols * 8].reshape(rows, 8, cols, 8)
    white = (cells.min(axis=(1, 3)) == 255).mean()
    return bool(white >= thresholds().image.cleaned_min_share)


def is_bilevel(gray: np.ndarray) -> bool:
    """Whether the page's ink is black without grey edges: a 1-bit scan, whatever format stores it.

    A grey scan's optics leave grey levels along every stroke; a 1-bit page has
    none. A bright, sparse grey page is mostly white too, so the ink's edges decide.
    """
    sample = gray[::2, ::2]
    ink = sample < 247
    if not ink.any():
        return False
    mid = ink & (sample > 8)
    return float(mid.sum()) <= thresholds().image.bilevel_max_grey_share * float(ink.sum())


def _paper_levels(gray: np.ndarray) -> np.ndarray | None:
    """Each 64-pixel cell's paper level (its 95th percentile, on a sample); None on a page of
    fewer than 4 cells a side."""
    if gray.shape[0] // _CELL < 4 or gray.shape[1] // _CELL < 4:
        return None
    return _levels(gray, _CELL, every=7)


def _levels(gray: np.ndarray, size: int, every: int) -> np.ndarray:
    """Each ``size``-pixel cell's 95th percentile, on every ``every``-th of its pixels."""
    rows, cols = gray.shape[0] // size, gray.shape[1] // size
    cells = gray[: rows * size, : cols * size].reshape(rows, size, cols, size).transpose(0, 2, 1, 3)
    return np.percentile(cells.reshape(rows, cols, -1)[:, :, ::every], 95, axis=2)


def paper_light_range(gray: np.ndarray, curved: bool = False) -> float:
    """How far the paper's light level drifts across the page (grey levels), by a plane fitted to it
    (or, ``curved``, a quadratic surface: light falling off from the middle of the sheet to all its
    edges, which a plane fits flat).

    Each 64-pixel cell's paper level is its 95th percentile; cells that are
    mostly content (a photo, an emblem, a dark desk border) are outliers of
    the page's paper and are left out before the surface is fitted. A flatbed
    lights the page evenly (a drift of a few levels); a phone's light falls
    off across it by tens.
    """
    level = _paper_levels(gray)
    return 0.0 if level is None else _drift(level, curved)


def _drift(level: np.ndarray, curved: bool) -> float:
    """The drift of a surface fitted to the cells' paper levels (paper_light_range)."""
    rows, cols = level.shape
    yy, xx = np.mgrid[0:rows, 0:cols]
    x, y = xx / cols, yy / rows
    # The desk around a photographed sheet is dark: it takes part in the fit, since a photo
    # shows the sheet's own light falling off towards it too.
    keep = level >= float(np.median(level)) - 120
    terms = [x, y, np.ones_like(x)] + ([x * x, y * y, x * y] if curved else [])
    a = np.stack([t[keep] for t in terms], axis=1)
    coef, *_ = np.linalg.lstsq(a, level[keep].astype(np.float64), rcond=None)
    surface = sum(c * t for c, t in zip(coef, terms, strict=True))
    # A curved surface is judged only where it was fitted: beyond that (a dark border, an emblem)
    # it would bend away on its own.
    if curved:
        surface = surface[keep]
    return float(surface.max() - surface.min())


def has_glare(gray: np.ndarray) -> bool:
    """Whether a lamp's glare burns out a patch of the sheet: a blob of paper cells at full white,
    at least ``photo_glare_min_cells`` 64-px cells each way, that fades into the paper.

    A scanner's lid light is even; a photo's glare is a bright blob whose light falls off into
    the paper over a hundred pixels or more (a clean license photo with one was read as a line
    with no scan noise). A clean block pasted over a tinted scan is white too, but it steps from
    the paper to white within a pixel or two: half a line beside it, the paper is the paper's.
    """
    rules = thresholds().image
    level = _paper_levels(gray)
    if level is None:
        return False
    paper_level = float(np.median(level))
    burnt = (level >= paper_level - 40) & (level >= 254)
    if paper_level > rules.photo_glare_max_paper or not burnt.any():
        return False  # white paper scanned white: nothing burns out
    labels, _ = ndimage.label(burnt)
    blob = rules.photo_glare_min_cells
    big = [
        n + 1
        for n, sl in enumerate(ndimage.find_objects(labels))
        if sl is not None and sl[0].stop - sl[0].start >= blob and sl[1].stop - sl[1].start >= blob
    ]
    if not big:
        return False
    return _fade(gray, np.isin(labels, big)) >= rules.photo_glare_min_fade


def _fade(gray: np.ndarray, blobs: np.ndarray) -> float:
    """How far the paper just outside burnt blobs is still lit: the mean paper level of 16-px
    cells 32-48 px outside them, as a share of the way from the paper 96-160 px out to white.

    A glare fades (wild, yili, dongjiang, hami and changji photos: 0.34-0.82); a pasted block
    steps (changji seed 1's pasted band: -0.02). Paper that is mostly ink is left out on both sides.
    """
    level = _levels(gray, _FINE, every=3)
    rows, cols = level.shape
    scale = _CELL // _FINE
    inside = np.kron(blobs, np.ones((scale, scale), bool))[:rows, :cols]
    inside = np.pad(inside, ((0, rows - inside.shape[0]), (0, cols - inside.shape[1])))
    away = ndimage.distance_transform_edt(~(inside & (level >= 254)))
    paper = level >= float(np.median(level)) - 40
    near, far = paper & (away >= 2) & (away <= 3), paper & (away >= 6) & (away <= 10)
    if not near.any() or not far.any():
        return 0.0
    far_level = float(level[far].mean())
    return (float(level[near].mean()) - far_level) / max(1.0, 255.0 - far_level)


def is_photo(gray: np.ndarray) -> bool:
    """Whether the page was photographed rather than scanned: its paper's light drifts across it
    (along one side, or from the middle to every edge), or a glare burns out part of it."""
    rules = thresholds().image
    level = _paper_levels(gray)  # once for both fits
    if level is not None and (
        _drift(level, curved=False) >= rules.photo_min_light_range
        or _drift(level, curved=True) >= rules.photo_min_curved_range
    ):
        return True
    return has_glare(gray)
