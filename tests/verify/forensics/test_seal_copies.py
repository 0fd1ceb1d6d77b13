"""One seal impression on two scanned pages: a paste, unless the pages are one scan filed twice."""

from __future__ import annotations

import cv2
import numpy as np

from jianzheng.verify.forensics.seal_copies import crop_ink, same_impression

SIDE = 240
BOX = (60, 60, 180, 180)


def _paper(rng: np.random.Generator, text_at: int) -> np.ndarray:
    """A grey-white scanned paper with a line of black print near the seal, noisy like a scan."""
    page = np.full((SIDE, SIDE, 3), 236, np.uint8)
    cv2.putText(page, "ABC 123 XYZ", (10, text_at), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (20, 20, 20), 2)
    return page.astype(np.float32) + rng.normal(0, 4, (SIDE, SIDE, 1))


def _impression(rng: np.random.Generator, angle: float) -> tuple[np.ndarray, np.ndarray]:
    """A red ring with a star, mottled ink; the mask of where the ink lies and its colour."""
    mask = np.zeros((SIDE, SIDE), np.uint8)
    cv2.circle(mask, (120, 120), 55, 255, 5)
    cv2.putText(mask, "SEAL", (80, 130), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 255, 3)
    turn = cv2.getRotationMatrix2D((120, 120), angle, 1.0)
    mask = cv2.warpAffine(mask, turn, (SIDE, SIDE))
    ink = np.zeros((SIDE, SIDE, 3), np.float32)
    ink[:, :] = (205, 40, 45)
    ink += rng.normal(0, 14, (SIDE, SIDE, 1))  # ink load varies over the impression
    return mask > 128, ink


def _stamp(page: np.ndarray, mask: np.ndarray, ink: np.ndarray) -> np.ndarray:
    stamped = page.copy()
    stamped[mask] = ink[mask]
    return np.clip(stamped, 0, 255).astype(np.uint8)


def _ink(page: np.ndarray):
    found = crop_ink(page, BOX, 200.0)
    assert found is not None
    return found


def test_a_seal_lifted_onto_another_scan_is_one_impression() -> None:
    rng = np.random.default_rng(1)
    mask, ink = _impression(rng, 3.0)
    contract = _stamp(_paper(rng, 40), mask, ink)
    report = _paper(rng, 210).clip(0, 255).astype(np.uint8)
    report[mask] = contract[mask]  # the forger's paste: the contract's red pixels, as they are
    assert same_impression(_ink(contract), _ink(report))


def test_two_impressions_of_one_seal_are_not() -> None:
    rng = np.random.default_rng(2)
    first = _stamp(_paper(rng, 40), *_impression(rng, 3.0))
    second = _stamp(_paper(rng, 210), *_impression(rng, 3.0))
    assert not same_impression(_ink(first), _ink(second))


def test_one_scan_filed_twice_is_no_paste() -> None:
    rng = np.random.default_rng(3)
    page = _stamp(_paper(rng, 40), *_impression(rng, 8.0))
    assert not same_impression(_ink(page), _ink(page.copy()))


def test_flat_ink_of_a_render_proves_nothing() -> None:
    rng = np.random.default_rng(4)
    mask, _ = _impression(rng, 0.0)
    flat = np.zeros((SIDE, SIDE, 3), np.float32)
    flat[:, :] = (220, 30, 30)
    contract = _stamp(np.full((SIDE, SIDE, 3), 255, np.float32), mask, flat)
    report = np.full((SIDE, SIDE, 3), 255, np.uint8)
    cv2.putText(report, "OTHER TEXT", (10, 210), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (20, 20, 20), 2)
    report[mask] = contract[mask]
    assert not same_impression(_ink(contract), _ink(report))
