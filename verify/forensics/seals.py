"""Red seals: find them on a page image, fingerprint them, read the name on their ring.

The checks take the seals extraction found (``Page.seals``, extract/seal_mask.py)
on extraction's renders; ``detect_seals`` and ``load_rgb`` remain only for the
workshop's forensic matrix (matrix.py) and its tests. The ring text is read by
unwrapping the ring to a straight strip (``cv2.warpPolar``) and running the
project's OCR engine on it: OCR models read straight lines, not arcs.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import cv2
import imagehash
import numpy as np
from PIL import Image
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from jianzheng.extract.fields.labels import vocabulary

from .config import thresholds

if TYPE_CHECKING:  # the OCR engine is only passed in
    from jianzheng.extract.ocr import OcrEngine

_NOT_NAME = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9（）()]")
_SEAL_KIND = re.compile(r"(合同|财务|发票|业务|项目|公章|专用|验收)*专用章$|公章$")


@dataclass(frozen=True)
class SealShape:
    """A red round or oval seal on a page image, in pixels."""

    box: tuple[int, int, int, int]
    centre: tuple[float, float]
    axes: tuple[float, float]
    """Half-widths of the fitted ellipse along x and y (pixels)."""


def red_mask(rgb: np.ndarray) -> np.ndarray:
    """Pixels of red ink (uint8 0/255)."""
    rules = thresholds().seals
    hsv = cv2.cvtColor(rgb[:, :, :3].astype(np.uint8), cv2.COLOR_RGB2HSV)
    hue, sat, val = hsv[:, :, 0], hsv[:, :, 1], hsv[:, :, 2]
    red = ((hue <= rules.red_hue_low) | (hue >= rules.red_hue_high)) & (sat >= rules.min_saturation)
    return ((red & (val >= rules.min_value)) * 255).astype(np.uint8)


def detect_seals(rgb: np.ndarray) -> list[SealShape]:
    """Round and oval red seals on an RGB page image, largest first."""
    rules = thresholds().seals
    mask = red_mask(rgb)
    side = min(mask.shape[:2])
    kernel = max(3, side // 100) | 1
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((kernel, kernel), np.uint8))
    contours, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    seals = []
    for contour in contours:
        x, y, w, h = cv2.boundingRect(contour)
        diameter = max(w, h)
        if not rules.min_diameter_share * side <= diameter <= rules.max_diameter_share * side:
            continue
        if max(w, h) / max(min(w, h), 1) > rules.max_aspect or len(contour) < 5:
            continue
        ellipse_area = np.pi * w * h / 4
        # The outline is closed: the contour encloses about the whole ellipse.
        if cv2.contourArea(contour) < 0.6 * ellipse_area:
            continue
        # Ring, text and star: red over part of the disc, not a solid blob (an emblem, a logo).
        density = float((mask[y : y + h, x : x + w] > 0).mean())
        if not 0.05 <= density <= 0.6:
            continue
        seals.append(SealShape(box=(x, y, x + w, y + h), centre=(x + w / 2, y + h / 2), axes=(w / 2, h / 2)))
    return sorted(seals, key=lambda s: -(s.box[2] - s.box[0]) * (s.box[3] - s.box[1]))


def seal_hash(rgb: np.ndarray, shape: SealShape) -> str:
    """Perceptual hash (phash + dhash, hex) of the seal's ink, for pixel-identical reuse."""
    x0, y0, x1, y1 = shape.box
    crop = red_mask(rgb[y0:y1, x0:x1])
    image = Image.fromarray(crop).resize((256, 256), Image.Resampling.BILINEAR)
    # 256-bit hashes: at 64 bits every round seal (ring and star) looks alike whatever its text.
    return f"{imagehash.phash(image, hash_size=16)}{imagehash.dhash(image, hash_size=16)}"


def hash_distance(a: str, b: str) -> int:
    """Hamming distance between two seal hashes (the larger of the phash and dhash distances)."""
    half = len(a) // 2
    pa, da = imagehash.hex_to_hash(a[:half]), imagehash.hex_to_hash(a[half:])
    pb, db = imagehash.hex_to_hash(b[:half]), imagehash.hex_to_hash(b[half:])
    return max(pa - pb, da - db)


def unwrap_ring(rgb: np.ndarray, shape: SealShape) -> np.ndarray:
    """The seal's outer text band as a straight strip, text upright, reading left to right.

    An oval is first stretched to a circle. The polar image has one row per
    angle (clockwise from 3 o'clock) and one column per radius; turning it a
    quarter left puts the rim at the top and the angles left to right, which
    is how the name runs clockwise around the top. The strip starts at 6
    o'clock so the name, centred on 12 o'clock, is never cut.
    """
    x0, y0, x1, y1 = shape.box
    mask = red_mask(rgb[y0:y1, x0:x1])
    size = 256
    disc = cv2.resize(255 - mask, (size, size), interpolation=cv2.INTER_AREA)
    radius = size / 2
    angles = int(2 * np.pi * radius * 0.72)
    polar = cv2.warpPolar(
        disc, (int(radius), angles), (radius, radius), radius, cv2.WARP_POLAR_LINEAR + cv2.WARP_FILL_OUTLIERS
    )
    band = polar[:, int(radius * 0.5) : int(radius * 0.95)]
    band = np.roll(band, -angles // 4, axis=0)  # start at 6 o'clock (90° clockwise from 3 o'clock)
    strip = cv2.rotate(band, cv2.ROTATE_90_COUNTERCLOCKWISE)
    return cv2.cvtColor(strip, cv2.COLOR_GRAY2RGB)


def read_ring(rgb: np.ndarray, shape: SealShape, engine: OcrEngine) -> tuple[str, float]:
    """The text on a seal's ring and the OCR confidence (0 when nothing was read)."""
    lines = engine.recognize(unwrap_ring(rgb, shape))
    text = "".join(line.text for line in lines)
    confidence = min((line.confidence for line in lines), default=0.0)
    return _NOT_NAME.sub("", text), confidence


def names_party(ring_text: str, names: list[str]) -> bool | None:
    """Whether the ring text names one of ``names``; None when the reading cannot say for sure."""
    rules = thresholds().seals
    text = _SEAL_KIND.sub("", _NOT_NAME.sub("", ring_text))
    if len(text) < rules.min_ring_chars:
        return None
    cleaned = [c for c in (_NOT_NAME.sub("", name) for name in names) if c]
    if any(fuzz.partial_ratio(c, text) >= rules.party_similarity for c in cleaned):
        return True
    # Another party only when the reading looks like one: it ends as an organisation's name does.
    # Ring OCR that garbled a long curved name (群布森尔樓但自名為农业衣村綫 for 察布查尔锡伯自治县
    # 农业农村局: huocheng seed 1) names nobody.
    if not text.endswith(tuple(vocabulary().org_suffixes)):
        return None
    # Plain ratio for "another company": a partial match of the shared suffix (有限公司) says nothing.
    # And most of what the ring reading kept must stand in no party's name: ring OCR drops and
    # misreads characters of a long curved name (巴台创技术育公司 for 巴音郭楞…云创信息技术有限责任公司).
    if all(
        fuzz.ratio(c, text) < rules.party_mismatch_below
        and LCSseq.similarity(c, text) < rules.ring_max_shared * len(text)
        for c in cleaned
    ):
        return False
    return None


def load_rgb(data: bytes) -> np.ndarray:
    """An image file's first frame as RGB uint8."""
    with Image.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("RGB"))
