"""Phone photos of a page: find the sheet on the desk and flatten it to a rectangle.

A photo taken at a slant turns the page's rectangle into a quadrilateral:
lines of text tilt one way at the top and another at the bottom, so no
single deskew angle straightens them, and a label's value drifts off its
label's line. The sheet is brighter than the desk around it; its outline,
simplified to four corners, gives the perspective transform (OpenCV's
getPerspectiveTransform) that makes it a rectangle again; the page is then
read, and its boxes given, on that rectangle (Page.sheet keeps the corners).

A scan fills its image edge to edge: no quadrilateral is found inside it
and nothing changes.
"""

from __future__ import annotations

import cv2
import numpy as np

from .reading_rules import PhotoRules

_WORK_SIDE = 640  # the outline is found on a thumbnail: a sheet is a big, simple shape


def page_quad(gray: np.ndarray, rules: PhotoRules) -> np.ndarray | None:
    """Corners (top-left, top-right, bottom-right, bottom-left; float32 pixels) of a photographed sheet.

    None unless the whole sheet lies inside the picture with desk on every side:
    a sheet cut by the frame, a screenshot or a scan gives no four corners to trust.
    """
    if min(gray.shape) < rules.min_side_px:
        return None
    scale = min(1.0, _WORK_SIDE / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    small = cv2.GaussianBlur(small, (5, 5), 0)
    _, bright = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # Closing fills the text and rules inside the sheet, so its outline is the sheet's edge.
    size = max(3, int(0.03 * max(small.shape)) | 1)
    bright = cv2.morphologyEx(
        bright, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size))
    )
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    sheet = cv2.convexHull(max(contours, key=cv2.contourArea))
    share = cv2.contourArea(sheet) / float(small.shape[0] * small.shape[1])
    if not rules.min_page_share <= share <= rules.max_page_share:
        return None
    corners = cv2.approxPolyDP(sheet, 0.02 * cv2.arcLength(sheet, True), True)
    if len(corners) != 4:
        return None
    quad = _ordered(corners.reshape(4, 2).astype(np.float32) / scale)
    margin = rules.min_margin_share * np.array([gray.shape[1], gray.shape[0]], np.float32)
    far = np.array([gray.shape[1] - 1, gray.shape[0] - 1], np.float32) - margin
    if (
        (quad < margin).any()
        or (quad > far).any()
        or not _square_corners(quad, rules.max_corner_deviation_deg)
    ):
        return None
    if not _darker_around(gray, quad, rules.min_contrast):
        return None
    return quad


def _square_corners(quad: np.ndarray, max_deviation: float) -> bool:
    """Whether every corner's angle is within ``max_deviation`` degrees of a right angle."""
    for i in range(4):
        a, b = quad[i - 1] - quad[i], quad[(i + 1) % 4] - quad[i]
        cosine = float(np.dot(a, b) / max(np.linalg.norm(a) * np.linalg.norm(b), 1e-6))
        if abs(np.degrees(np.arccos(np.clip(cosine, -1.0, 1.0))) - 90.0) > max_deviation:
            return False
    return True


def _ordered(points: np.ndarray) -> np.ndarray:
    """Corners as top-left, top-right, bottom-right, bottom-left."""
    total, diff = points.sum(axis=1), np.diff(points, axis=1).ravel()
    return np.array(
        [
            points[np.argmin(total)],
            points[np.argmin(diff)],
            points[np.argmax(total)],
            points[np.argmax(diff)],
        ],
        dtype=np.float32,
    )


def _darker_around(gray: np.ndarray, quad: np.ndarray, contrast: float) -> bool:
    """Whether the sheet is clearly brighter than what lies outside it (a desk, not a margin)."""
    mask = np.zeros(gray.shape, np.uint8)
    cv2.fillConvexPoly(mask, quad.astype(np.int32), 255)
    outside = gray[mask == 0]
    if outside.size < 0.02 * gray.size:
        return False
    return float(np.median(gray[mask > 0])) - float(np.median(outside)) >= contrast


def flatten(image: np.ndarray, quad: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The sheet warped to a rectangle of its own size, and the 3×3 transform that did it."""
    tl, tr, br, bl = quad
    width = round(float(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))))
    height = round(float(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))))
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(quad, target)
    border = (255, 255, 255) if image.ndim == 3 else 255
    flat = cv2.warpPerspective(image, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=border)
    return flat, matrix
