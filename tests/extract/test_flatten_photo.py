"""Phone photos: the sheet is found on the desk and read flattened."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from jianzheng.extract.flatten import flatten, page_quad
from jianzheng.extract.reading_rules import rules


def _photo_of_a_sheet() -> tuple[np.ndarray, np.ndarray]:
    """A 1200×1600 grey photo: a dark desk and a white sheet seen at a slant, with ruled lines."""
    import cv2

    photo = np.full((1600, 1200), 80, np.uint8)
    corners = np.array([[150, 120], [1080, 60], [1120, 1500], [90, 1540]], np.float32)
    cv2.fillConvexPoly(photo, corners.astype(np.int32), 235)
    for t in np.linspace(0.1, 0.9, 12):  # "text lines" following the sheet's slant
        inset = np.array([60, 0], np.float32)
        left = corners[0] + t * (corners[3] - corners[0]) + inset
        right = corners[1] + t * (corners[2] - corners[1]) - inset
        cv2.line(photo, (int(left[0]), int(left[1])), (int(right[0]), int(right[1])), 30, 6)
    return photo, corners


def test_a_slanted_sheet_on_a_desk_is_found_and_flattened():
    photo, corners = _photo_of_a_sheet()
    quad = page_quad(photo, rules().photo)
    assert quad is not None and np.abs(quad - corners).max() < 15
    flat, _ = flatten(photo, quad)
    # On the flattened sheet each text line is level: its ink spans few rows.
    rows = np.where((flat < 100).sum(axis=1) > 0.5 * flat.shape[1])[0]
    runs = np.split(rows, np.where(np.diff(rows) > 1)[0] + 1)
    assert len(runs) == 12 and max(len(r) for r in runs) < 20


def test_scans_screenshots_and_cut_sheets_are_left_alone(samples_dir: Path, real_docs: Path):
    scans = [
        samples_dir / "s03_clean_mixed" / "submission" / "营业执照.png",
        real_docs / "business_license" / "bl_0437.jpg",  # a license inside an app screenshot
        real_docs / "business_license" / "bl_0034.jpg",  # a photo whose sheet runs off the frame
        real_docs / "invoice" / "henan_vat_e_invoice_render.png",
    ]
    for path in scans:
        gray = np.asarray(Image.open(path).convert("L"))
        assert page_quad(gray, rules().photo) is None, path.name
