"""IMAGE_TAMPERED signs in the scan's noise: a patch pasted from elsewhere carries another.

A scan carries sensor and paper noise everywhere. The page is cut into cells; each cell's noise
is the spread of the residual (image minus its 3x3 median) over its flat paper pixels (the clone
search's gate, clones.py). Two signs:

* quiet_bands: a line-wide band of paper with no noise at all, where a JPEG left the page a
  little noise in almost every 8x8 block.
* noisy_patches: the mirror on a 1-bit page stored losslessly: every pixel is exactly black or
  white, save in one line-wide area whose black and white carry levels of their own.

A second sign, cells far quieter than the page's level, was removed on 2026-12-03: scanners clip
bright paper to white, and where uneven light lifts the paper to the clip its noise is gone (4
clean pages of 57 of an unseen scanner warned), while it found 2 of 384 matrix plants no other
sign found.
"""

from __future__ import annotations

import cv2
import numpy as np
from scipy import ndimage

from .config import thresholds
from .regions import Region, beside, surroundings


def paper_mask(image: np.ndarray, gray: np.ndarray) -> np.ndarray:
    """Pixels that may be blank paper: near the page's light level and without colour."""
    light = gray >= float(np.percentile(gray, 90)) - 50
    if image.ndim == 3 and image.shape[2] >= 3:
        saturation = cv2.cvtColor(image[:, :, :3].astype(np.uint8), cv2.COLOR_RGB2HSV)[:, :, 1]
        return light & (saturation < 50)
    return light


def residual_and_flat(gray: np.ndarray, paper: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The noise residual (image minus its 3×3 median) and the flat paper pixels to measure it on.

    ``paper`` marks the pixels that may be blank paper (light, unsaturated); printed
    colour areas (emblems, gold lettering, seals) have an ink texture of their own.
    """
    img = gray.astype(np.float32)
    residual = img - cv2.medianBlur(gray, 3).astype(np.float32)
    gx = cv2.Sobel(img, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(img, cv2.CV_32F, 0, 1, ksize=3)
    # Flat: no edge nearby, so the residual is noise rather than glyph outline. Faint
    # watermarks are edges too, so the edge threshold is low, but well above what the
    # page's own noise makes of the gradient (its median over a page of mostly paper).
    magnitude = np.abs(gx) + np.abs(gy)
    threshold = max(30.0, 3.0 * float(np.median(magnitude[::4, ::4])))  # a sample is enough
    flat = cv2.dilate((magnitude > threshold).astype(np.uint8), np.ones((5, 5), np.uint8)) == 0
    if paper is not None:
        flat &= paper
    return residual, flat


def noise_cells(residual: np.ndarray, flat: np.ndarray, cell: int) -> tuple[np.ndarray, np.ndarray]:
    """Per-cell noise level and whether the cell has enough flat paper pixels to measure it."""
    rows, cols = residual.shape[0] // cell, residual.shape[1] // cell
    h, w = rows * cell, cols * cell

    def per_cell(a: np.ndarray) -> np.ndarray:
        return a[:h, :w].reshape(rows, cell, cols, cell).sum(axis=(1, 3))

    count = per_cell(flat.astype(np.float32))
    valid = count >= 0.3 * cell * cell
    # Mean absolute residual over the flat pixels (x1.25 makes it a Gaussian sigma): sums
    # per cell are cheap, and the flat mask already keeps glyph outlines out.
    sigma = (1.2533 * per_cell(np.abs(residual) * flat) / np.maximum(count, 1)).astype(np.float32)
    return sigma, valid


def quiet_bands(residual: np.ndarray, flat: np.ndarray, gray: np.ndarray) -> list[Region]:
    """Wide bands of paper with no noise at all on a page whose paper is noisy elsewhere.

    After JPEG compression a scan keeps a little noise on its paper: some
    residual pixels are non-zero in almost every 8×8 block. A block of text
    pasted from a clean render keeps none, over the width of a line of text.
    Pages with many such bands (smoothed phone photos, saturated white scans)
    are not judged, nor a band whose surrounding paper is itself lit brighter
    than the page's (_lit_to_the_clip), nor one beside the scan's dark surroundings (a lid's
    shadow): there the bed or a white lid shows beyond the paper's edge, flat (karamay seed 2).
    """
    rules = thresholds().image
    cell = 8
    rows, cols = residual.shape[0] // cell, residual.shape[1] // cell

    def per_cell(a: np.ndarray) -> np.ndarray:
        return a[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell).sum(axis=(1, 3))

    flat_count = per_cell(flat)
    valid = flat_count >= 32
    density = np.where(valid, per_cell((residual != 0) & flat) / np.maximum(flat_count, 1), 0.0)
    if valid.sum() < 100:
        return []
    median = float(np.median(density[valid]))
    if median < rules.quiet_min_density:
        return []
    quiet = valid & (density < rules.low_ratio * median)
    window = np.ones((1, 8))
    quiet_run = ndimage.convolve(quiet.astype(float), window, mode="constant")
    valid_run = ndimage.convolve(valid.astype(float), window, mode="constant")
    band = (valid_run >= 5) & (quiet_run >= valid_run - 0.5)
    cell_means = per_cell(gray.astype(np.float32)) / (cell * cell)
    outside = surroundings(cell_means, float(np.percentile(cell_means, 75)))
    labels, _ = ndimage.label(band)
    regions = []
    for sl in ndimage.find_objects(labels):
        if sl is None:
            continue
        r0, r1, c0, c1 = sl[0].start, sl[0].stop, sl[1].start, sl[1].stop
        if r1 - r0 < rules.quiet_min_rows or c1 - c0 < rules.quiet_min_cols:
            continue
        if r0 == 0 or c0 == 0 or r1 >= rows or c1 >= cols:
            return []  # margins and borders: the page is not even enough to judge
        if beside(outside, r0, c0, r1, c1):
            continue  # the scanner's bed (or a white lid clipped flat) beyond the paper's edge
        if (r1 - r0) * (c1 - c0) > rules.max_region_share * rows * cols / 3:
            return []
        box = (c0 * cell, r0 * cell, c1 * cell, r1 * cell)
        if _lit_to_the_clip(gray, flat, box):
            continue
        regions.append(Region(box, "一行宽的区域完全没有扫描噪声（疑似粘贴的干净图块）", "quiet_bands"))
    return regions if len(regions) <= rules.quiet_max_bands else []


def _lit_to_the_clip(gray: np.ndarray, flat: np.ndarray, box: tuple[int, int, int, int]) -> bool:
    """Whether the paper around a quiet band is lit brighter than the page's paper.

    Uneven light lifts a stretch of paper to the scanner's white clip, which erases its noise as
    a clean paste would; but the paper around such a band is lifted too, while the paper around
    a paste lies at the page's own level (fresh seed 2: a band at 252 in paper at 251, the page's
    at 245).
    """
    x0, y0, x1, y1 = box
    pad = 24
    ring = np.zeros(flat.shape, bool)
    ring[max(y0 - pad, 0) : y1 + pad, max(x0 - pad, 0) : x1 + pad] = True
    ring[y0:y1, x0:x1] = False
    ring &= flat
    if ring.sum() < 100 or not flat.any():
        return False
    lift = float(np.median(gray[ring])) - float(np.median(gray[flat]))
    return lift >= thresholds().image.quiet_max_lift


def noisy_patches(gray: np.ndarray) -> list[Region]:
    """Areas of other levels on a page whose pixels are otherwise exactly its two levels.

    A 1-bit scan stored losslessly (PNG, Flate, G4) holds its black and its white and nothing
    between. A patch taken from another scan, another render or an editor's brush brings its own
    near-black and near-white pixels (its noise, its smoothing). Judged only where the page's
    other pixels keep exactly to the two levels: a page resampled or blended as a whole has
    such pixels everywhere and tells nothing. Call only on a lossless page (a JPEG's rounding
    puts other levels along every stroke).
    """
    rules = thresholds().image
    counts = np.bincount(gray.ravel(), minlength=256)  # one pass, where np.unique sorts the page
    off = ~np.isin(gray, np.argsort(counts)[-2:])
    total = int(off.sum())
    if total == 0 or total > rules.noisy_max_page_share * gray.size:
        return []
    cell = rules.cell_px
    rows, cols = gray.shape[0] // cell, gray.shape[1] // cell
    per_cell = off[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell).sum(axis=(1, 3))
    noisy = per_cell >= rules.noisy_cell_min_share * cell * cell
    # A patch's noise is sparse: neighbouring noisy cells with a quiet one between are one patch.
    labels, _ = ndimage.label(noisy | ndimage.binary_closing(noisy, np.ones((3, 3), bool)))
    regions, inside = [], 0
    for sl in ndimage.find_objects(labels):
        if sl is None:
            continue
        r0, r1, c0, c1 = sl[0].start, sl[0].stop, sl[1].start, sl[1].stop
        if c1 - c0 < rules.noisy_min_cols or (r1 - r0) * (c1 - c0) > rules.max_region_share * rows * cols:
            continue
        inside += int(off[r0 * cell : r1 * cell, c0 * cell : c1 * cell].sum())
        regions.append(
            Region(
                (c0 * cell, r0 * cell, c1 * cell, r1 * cell),
                "黑白扫描页中局部出现其他灰度级（其余页面只有纯黑纯白），疑似从另一图像粘贴的图块",
                "noisy_patches",
            )
        )
    # Other levels scattered over the page besides the areas: the page's own processing.
    if inside < rules.noisy_min_inside_share * total:
        return []
    return regions if len(regions) <= rules.quiet_max_bands else []
