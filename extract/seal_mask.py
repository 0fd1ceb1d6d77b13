"""Red seals: find them (round or oval red blobs of a seal's size) and lift them off the black text.

Why by colour: a seal stamped over a signature line or an amount hides the
black text from the OCR detector, which then drops or garbles the line. Seal
ink is red (R well above G and B); printed text is black or dark blue, also
where it lies under the seal (ink over ink darkens). Whitening the red
pixels inside each seal leaves the text alone for the recogniser.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from jianzheng.models import Seal

from .reading_rules import SealRules


def red_mask(image: np.ndarray, margin: int) -> np.ndarray:
    """uint8 mask (255) of pixels whose red exceeds both green and blue by ``margin`` (>= 0)."""
    # OpenCV's saturating uint8 arithmetic: ~5x numpy's in int16, the same mask for a margin >= 0.
    red, green, blue = cv2.split(np.ascontiguousarray(image))
    excess = cv2.subtract(red, cv2.max(green, blue))
    return cv2.threshold(excess, margin, 255, cv2.THRESH_BINARY)[1]


def red_blobs(
    image: np.ndarray, dpi: float, rules: SealRules
) -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    """The red mask and the (x, y, w, h) pixel boxes of its blobs, a seal's parts joined into one."""
    mask = red_mask(image, rules.red_margin)
    if cv2.countNonZero(mask) == 0:
        return mask, []
    px_per_mm = dpi / 25.4
    # Closing by ~2 mm joins a seal's ring, star and characters into one blob.
    size = max(3, int(2 * px_per_mm) | 1)
    # The closing and the blobs lie within the red pixels' extent (plus a kernel):
    # working there alone gives the same blobs at a fraction of a page's cost.
    left, top, right, bottom = _around(cv2.boundingRect(mask), size + 1, mask.shape)
    joined = cv2.morphologyEx(
        mask[top:bottom, left:right],
        cv2.MORPH_CLOSE,
        cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size)),
    )
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    boxes = []
    for label in range(1, count):
        x, y, w, h, _ = (int(v) for v in stats[label])
        boxes.append((x + left, y + top, w, h))
    return mask, boxes


def find_seals(image: np.ndarray, dpi: float, rules: SealRules) -> tuple[list[Seal], np.ndarray]:
    """Seals on an RGB page image (bboxes in points) and the red mask inside them."""
    mask, boxes = red_blobs(image, dpi, rules)
    return seals_among(mask, boxes, dpi, rules)


def seals_among(
    mask: np.ndarray, boxes: list[tuple[int, int, int, int]], dpi: float, rules: SealRules
) -> tuple[list[Seal], np.ndarray]:
    """The red blobs (red_blobs) that are seals, in points, and the red mask inside them."""
    inside = np.zeros_like(mask)
    px_per_mm = dpi / 25.4
    seals = []
    to_pt = 72.0 / dpi
    for x, y, w, h in boxes:
        w_mm, h_mm = w / px_per_mm, h / px_per_mm
        if not (rules.min_size_mm <= min(w_mm, h_mm) and max(w_mm, h_mm) <= rules.max_size_mm):
            continue
        if max(w, h) / max(min(w, h), 1) > rules.max_aspect:
            continue
        fill = cv2.countNonZero(mask[y : y + h, x : x + w]) / float(w * h)
        if fill < rules.min_red_fill:
            continue
        inside[y : y + h, x : x + w] = mask[y : y + h, x : x + w]
        seals.append(
            Seal(bbox=(x * to_pt, y * to_pt, (x + w) * to_pt, (y + h) * to_pt), confidence=min(1.0, fill * 4))
        )
    return _outermost(seals), inside


def seal_cut_at_edge(
    mask: np.ndarray, boxes: list[tuple[int, int, int, int]], dpi: float, rules: SealRules
) -> bool:
    """Whether a red blob (red_blobs) of at least half a seal's size runs off the image's edge: a
    seal the scan cut, which the round-blob test cannot confirm and a reviewer still sees."""
    px_per_mm = dpi / 25.4
    edge = int(2 * px_per_mm)
    height, width = mask.shape[:2]
    for x, y, w, h in boxes:
        touches = x <= edge or y <= edge or x + w >= width - edge or y + h >= height - edge
        # What the edge left of it may be a cap of half a seal's least size.
        if not touches or not rules.min_size_mm / 2 <= max(w, h) / px_per_mm <= rules.max_size_mm:
            continue
        if cv2.countNonZero(mask[y : y + h, x : x + w]) / float(w * h) >= rules.min_red_fill:
            return True
    return False


def _around(rect: Sequence[int], margin: int, shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of an (x, y, w, h) rectangle grown by ``margin``, within the image."""
    x, y, w, h = rect
    return (
        max(0, x - margin),
        max(0, y - margin),
        min(shape[1], x + w + margin),
        min(shape[0], y + h + margin),
    )


def _outermost(seals: list[Seal]) -> list[Seal]:
    """Drop blobs inside another (a seal's inner ring or star apart from its outer ring)."""

    def within(a: Seal, b: Seal) -> bool:
        return (
            a is not b
            and b.bbox[0] <= a.bbox[0]
            and b.bbox[1] <= a.bbox[1]
            and a.bbox[2] <= b.bbox[2]
            and a.bbox[3] <= b.bbox[3]
        )

    return [s for s in seals if not any(within(s, other) for other in seals)]


def lift_seals(image: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """A copy of the image with the seal's red read away; the input is unchanged.

    Around the masked pixels each pixel becomes the grey of its red channel:
    seal ink (and its pinkish anti-aliased rim) has a high red value and turns
    near white, while black text, also where it crosses the seal's strokes,
    keeps its low red value and stays dark. Whitening the masked pixels
    outright would also cut the black strokes they touch.
    """
    if not mask.any():
        return image
    # Grow by a pixel: the anti-aliased rim of the seal ink is pinkish, not red enough for the mask.
    grown = cv2.dilate(mask, np.ones((3, 3), np.uint8)) > 0
    clean = image.copy()
    clean[grown] = image[grown][:, :1]
    return clean
