"""This family's own capture devices: a flatbed/ADF office scanner and a phone held over the desk.

Before the glass, the paper's own history: staple and its holes, two punched holes, fold creases. Then the
device: paper tone and uneven light, a small skew, soft optics, sensor grain, colour or grey, JPEG. The
phone adds perspective, a desk around the sheet and light falling off across it.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from .pen import _smooth_noise
from .sheet import Sheet


@dataclass
class Capture:
    """One device's settings for one file."""

    dpi: int = 200
    colour: bool = True
    quality: int = 82
    skew: float = 0.0
    blur: float = 0.6
    grain: float = 2.5
    phone: bool = False
    producer: str = "Canon iR-ADV C5535"
    marks: list[str] = field(default_factory=list)
    """Paper history of the file's sheets: ``staple`` (first sheet), ``holes``, ``crease_h``, ``crease_v``."""


def staple(sheet: Sheet, rng: random.Random) -> None:
    """A staple through the top-left corner, at an angle, with its shadow."""
    x, y = rng.uniform(8, 13), rng.uniform(7, 11)
    length = sheet.px(12)
    thick = max(2, sheet.px(0.7))
    bar = np.zeros((thick * 4, length + 8), np.float32)
    bar[thick : 2 * thick, 4 : 4 + length] = 1.0
    shadow = cv2.GaussianBlur(np.roll(bar, thick, axis=0), (0, 0), thick)
    angle = rng.uniform(30, 50)
    h, w = bar.shape
    size = int(np.hypot(h, w)) + 2
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    rot[0, 2] += (size - w) / 2
    rot[1, 2] += (size - h) / 2
    bar_r = cv2.warpAffine(bar, rot, (size, size))
    shadow_r = cv2.warpAffine(shadow, rot, (size, size))
    sheet.ink(shadow_r * 0.35, sheet.px(x), sheet.px(y), (0.3, 0.3, 0.3))
    sheet.cover(bar_r, sheet.px(x), sheet.px(y), (0.58, 0.6, 0.62))
    sheet.mark("staple", (x, y, x + size / sheet.px_per_mm, y + size / sheet.px_per_mm))


def punch_holes(sheet: Sheet, rng: random.Random) -> None:
    """Two 6 mm holes 80 mm apart in the left margin: the dark lid shows through them."""
    x = rng.uniform(9, 12)
    mid = sheet.height / 2 + rng.uniform(-3, 3)
    radius = sheet.px(3.0)
    disc = np.zeros((2 * radius + 3, 2 * radius + 3), np.float32)
    cv2.circle(disc, (radius + 1, radius + 1), radius, 1.0, -1, lineType=cv2.LINE_AA)
    for cy in (mid - 40, mid + 40):
        sheet.cover(disc, sheet.px(x) - radius, sheet.px(cy) - radius, (0.16, 0.16, 0.17))
        sheet.mark("punch_hole", (x - 3, cy - 3, x + 3, cy + 3))


def crease(sheet: Sheet, rng: random.Random, vertical: bool) -> None:
    """A fold line across the sheet: a thin dark ridge with a lit side and a shaded side."""
    H, W = sheet.pixels.shape[:2]
    position = sheet.px((sheet.width if vertical else sheet.height) * rng.uniform(0.45, 0.55))
    across = W if vertical else H
    coords = np.arange(across, dtype=np.float32) - position
    profile = -0.07 * np.exp(-((coords / 1.6) ** 2)) + 0.03 * np.tanh(coords / sheet.px(4)) * np.exp(
        -np.abs(coords) / sheet.px(9)
    )
    wobble = 1.0 + 0.3 * _smooth_noise(rng, (1, H if vertical else W), 60)[0]
    if vertical:
        factor = 1.0 + profile[None, :] * wobble[:, None]
    else:
        factor = 1.0 + profile[:, None] * wobble[None, :]
    sheet.pixels *= factor[:, :, None].astype(np.float32)
    if vertical:
        sheet.mark("crease", (position / sheet.px_per_mm, 0, position / sheet.px_per_mm, sheet.height))
    else:
        sheet.mark("crease", (0, position / sheet.px_per_mm, sheet.width, position / sheet.px_per_mm))


def paper_history(sheets: list[Sheet], marks: list[str], rng: random.Random) -> None:
    """Apply the marks named in ``marks``: the staple on the first sheet, holes and folds through them all."""
    if "staple" in marks:
        staple(sheets[0], rng)
    for sheet in sheets:
        if "holes" in marks:
            punch_holes(sheet, rng)
        if "crease_h" in marks:
            crease(sheet, rng, vertical=False)
        if "crease_v" in marks:
            crease(sheet, rng, vertical=True)


def scan(sheet: Sheet, capture: Capture, rng: random.Random) -> np.ndarray:
    """The sheet as the device records it: 8-bit RGB (grey in all three channels for a mono scan)."""
    image = sheet.pixels.copy()
    H, W = image.shape[:2]
    light = 1.0 - 0.035 * (_smooth_noise(rng, (H // 16 + 1, W // 16 + 1), 6) + 1) / 2
    image *= cv2.resize(light, (W, H))[:, :, None]
    if capture.phone:
        return _phone(image, capture, rng)
    if capture.skew:
        matrix = cv2.getRotationMatrix2D((W / 2, H / 2), capture.skew, 1.0)
        image = np.asarray(
            cv2.warpAffine(image, matrix, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0.97, 0.97, 0.97)),
            dtype=np.float32,
        )
    return _sensor(image, capture, rng)


def _sensor(image: np.ndarray, capture: Capture, rng: random.Random) -> np.ndarray:
    if capture.blur:
        image = cv2.GaussianBlur(image, (0, 0), capture.blur)
    gen = np.random.default_rng(rng.randrange(2**32))
    image = image * 255.0 + gen.normal(0, capture.grain, image.shape[:2])[:, :, None]
    image = 255.0 * np.clip(image / 255.0, 0, 1) ** 1.08
    if not capture.colour:
        grey = image @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
        image = np.repeat(grey[:, :, None], 3, axis=2)
    return np.clip(image + 0.5, 0, 255).astype(np.uint8)


def _phone(image: np.ndarray, capture: Capture, rng: random.Random) -> np.ndarray:
    H, W = image.shape[:2]
    margin_x, margin_y = int(W * 0.08), int(H * 0.06)
    out_w, out_h = W + 2 * margin_x, H + 2 * margin_y
    jitter = [rng.uniform(-0.025, 0.025) * W for _ in range(8)]
    src = np.array([[0, 0], [W, 0], [W, H], [0, H]], dtype=np.float32)
    dst = np.array(
        [
            [margin_x + jitter[0], margin_y + jitter[1]],
            [margin_x + W + jitter[2], margin_y + jitter[3]],
            [margin_x + W + jitter[4], margin_y + H + jitter[5]],
            [margin_x + jitter[6], margin_y + H + jitter[7]],
        ],
        dtype=np.float32,
    )
    matrix = cv2.getPerspectiveTransform(src, dst)
    desk = np.empty((out_h, out_w, 3), np.float32)
    desk[:] = np.asarray(rng.choice([(0.55, 0.42, 0.3), (0.45, 0.46, 0.48), (0.7, 0.66, 0.6)]), np.float32)
    desk *= (0.9 + 0.1 * _smooth_noise(rng, (out_h, out_w), 30))[:, :, None]
    warped = cv2.warpPerspective(
        image, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR, borderValue=(-1, -1, -1)
    )
    paper = warped[:, :, 0] >= 0
    desk[paper] = warped[paper]
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    gx, gy = rng.uniform(-0.2, 0.2), rng.uniform(-0.15, 0.15)
    fall = 1.0 + gx * (xx / out_w - 0.5) + gy * (yy / out_h - 0.5)
    vignette = 1.0 - 0.12 * (((xx / out_w - 0.5) ** 2 + (yy / out_h - 0.5) ** 2) * 2)
    desk *= (fall * vignette)[:, :, None]
    return _sensor(desk, capture, rng)


def jpeg(pixels: np.ndarray, quality: int, dpi: int, grey: bool) -> bytes:
    """Encode as JPEG (a grey scan as one channel), with the scan resolution in the JFIF header."""
    image = Image.fromarray(pixels)
    if grey:
        image = image.convert("L")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality, dpi=(dpi, dpi), optimize=True)
    return buffer.getvalue()


def decode(data: bytes) -> np.ndarray:
    """A JPEG back to 8-bit RGB."""
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))
