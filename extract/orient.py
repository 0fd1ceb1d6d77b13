"""Turning page images upright: quarter turns, and the small skew of a hand-fed scan."""

from __future__ import annotations

import cv2
import numpy as np

from jianzheng.models import BBox

_SKEW_SIDE = 800  # the skew search runs on a thumbnail: lines stay lines, and 42 warps cost ~40 ms


def rotate_quarter(image: np.ndarray, degrees: int) -> np.ndarray:
    """The image turned clockwise by 0, 90, 180 or 270 degrees."""
    turns = {
        90: cv2.ROTATE_90_CLOCKWISE,
        180: cv2.ROTATE_180,
        270: cv2.ROTATE_90_COUNTERCLOCKWISE,
    }
    return cv2.rotate(image, turns[degrees]) if degrees in turns else image


def to_gray(image: np.ndarray) -> np.ndarray:
    """Grayscale of an RGB (or already gray) image."""
    return image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)


_INK_BELOW_PAPER = 40
"""Grey levels below the paper at which a pixel is ink, not grain or show-through."""


def has_ink(gray: np.ndarray) -> bool:
    """Whether a page image holds ink: pixels well below its paper, not grain or show-through
    (a duplex scanner's blank back has none)."""
    paper = float(np.percentile(gray, 90))
    return bool(np.count_nonzero(gray < paper - _INK_BELOW_PAPER) >= 0.002 * gray.size)


def measure_skew(gray: np.ndarray, max_deg: float = 10.0) -> float:
    """The angle (degrees, counter-clockwise positive) by which the page's text lines are tilted.

    Projection-profile search: rotating the ink so that lines are level makes
    the row sums most uneven (peaks on lines, zeros between them). A coarse
    1° scan over ±max_deg, then 0.1° around the best. Pages without ink give 0.
    """
    scale = min(1.0, _SKEW_SIDE / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    # Ink is what stands well below the paper: Otsu splits any page in two, and on a blank back
    # (a duplex scanner keeps them) it splits the paper's own grain into "lines" at any angle.
    if not has_ink(small):
        return 0.0
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    angle = _best_angle(ink, max_deg)
    if abs(angle) > max_deg - 1:
        # The best tilt at the edge of the search: no text line peaked inside it. Under uneven
        # light (a photo's glare, a shadow) Otsu takes the dark half of the sheet for ink, and
        # turning that blob scores ever higher; levelled against its own background first, the
        # ink is the print again.
        background = cv2.medianBlur(cv2.dilate(small, np.ones((15, 15), np.uint8)), 31)
        levelled = cv2.divide(small, background, scale=255)
        _, ink = cv2.threshold(levelled, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
        angle = _best_angle(ink, max_deg)
    return angle


def _best_angle(ink: np.ndarray, max_deg: float) -> float:
    """The tilt that makes the ink's row sums most uneven: 1° steps over ±max_deg, then 0.1°."""

    def score(angle: float) -> float:
        centre = (ink.shape[1] / 2, ink.shape[0] / 2)
        matrix = cv2.getRotationMatrix2D(centre, -angle, 1.0)
        turned = cv2.warpAffine(ink, matrix, (ink.shape[1], ink.shape[0]), flags=cv2.INTER_NEAREST)
        rows = cv2.reduce(turned, 1, cv2.REDUCE_SUM, dtype=cv2.CV_32S)  # ~3x numpy's sum, same integers
        return float(np.var(rows, dtype=np.float64))

    coarse = max(np.arange(-max_deg, max_deg + 0.01, 1.0), key=score)
    fine = max(np.arange(coarse - 0.9, coarse + 0.91, 0.1), key=score)
    return round(float(fine), 1)


def deskew_matrix(shape: tuple[int, ...], angle: float) -> np.ndarray:
    """The 2×3 affine matrix that deskew() applies to an image of this shape."""
    height, width = shape[:2]
    return cv2.getRotationMatrix2D((width / 2, height / 2), -angle, 1.0)


def deskew(image: np.ndarray, angle: float) -> np.ndarray:
    """The image rotated by -angle about its centre (same size, white where nothing was)."""
    height, width = image.shape[:2]
    matrix = deskew_matrix(image.shape, angle)
    border = (255, 255, 255) if image.ndim == 3 else 255
    return cv2.warpAffine(
        image,
        matrix,
        (width, height),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=border,
    )


def bbox_on_file_page(bbox: BBox, rotation: int, width: float, height: float) -> BBox:
    """A box on the upright page (``width`` x ``height``, after turning it ``rotation`` degrees clockwise)
    placed back on the page as the file holds it, where a viewer draws it."""
    x0, y0, x1, y1 = bbox
    if rotation == 90:
        return (y0, width - x1, y1, width - x0)
    if rotation == 180:
        return (width - x1, height - y1, width - x0, height - y0)
    if rotation == 270:
        return (height - y1, x0, height - y0, x1)
    return bbox
