"""What an office's devices do to a page: flatbed scans (grey or colour) and phone photos."""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np
import pymupdf as fitz


@dataclass(frozen=True)
class Device:
    """One scanner's settings for a whole file (every page of a batch scan looks alike)."""

    dpi: int
    colour: bool
    blur: float
    """Gaussian sigma in pixels."""
    noise: float
    quality: int
    skew: float
    """Largest skew in degrees; each page draws its own within it."""
    tint: tuple[int, int, int]
    """Paper tone (RGB) the white of the page takes."""
    producer: str


def flatbed(rng: random.Random, colour: bool) -> Device:
    if colour:
        return Device(
            200,
            True,
            rng.uniform(0.45, 0.8),
            rng.uniform(2.0, 4.0),
            rng.randint(68, 82),
            rng.uniform(0.2, 0.7),
            (rng.randint(238, 250), rng.randint(236, 247), rng.randint(222, 238)),
            rng.choice(("RICOH MP C2011SP PDF", "Canon iR-ADV C3525 PDF", "KONICA MINOLTA bizhub C266")),
        )
    return Device(
        rng.choice((200, 240)),
        False,
        rng.uniform(0.4, 0.75),
        rng.uniform(2.5, 5.0),
        rng.randint(60, 75),
        rng.uniform(0.15, 0.6),
        (rng.randint(232, 246),) * 3,
        rng.choice(("HP Scanjet Pro 3000 s3", "Brother ADS-2700W", "EPSON Scan")),
    )


def _render(page: fitz.Page, dpi: int, colour: bool) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, colorspace=fitz.csRGB if colour else fitz.csGRAY, alpha=False)
    arr = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n)
    return arr.copy() if colour else arr[..., 0].copy()


def _tone(arr: np.ndarray, rng: random.Random, tint: tuple[int, int, int], colour: bool) -> np.ndarray:
    """Map white to the paper tone and black to a not-quite-black ink (a lookup table per channel), then
    darken toward one edge as a scanner lamp falls off."""
    ink = rng.uniform(18, 40)
    ramp = np.linspace(256.0, 256.0 * rng.uniform(0.93, 0.99), arr.shape[1])
    if rng.random() < 0.5:
        ramp = ramp[::-1]
    levels = np.arange(256, dtype=np.float32) / 255.0
    if colour:
        luts = [np.clip(ink + levels * (t - ink), 0, 255).astype(np.uint8) for t in tint]
        toned = cv2.merge([cv2.LUT(arr[..., c].copy(), luts[c]) for c in range(3)])
        out = (toned.astype(np.uint16) * ramp.astype(np.uint16)[None, :, None]) >> 8
    else:
        toned = cv2.LUT(arr, np.clip(ink + levels * (tint[0] - ink), 0, 255).astype(np.uint8))
        out = (toned.astype(np.uint16) * ramp.astype(np.uint16)[None, :]) >> 8
    return out.astype(np.uint8)


def _finish(img: np.ndarray, rng: random.Random, device: Device, skew: float) -> np.ndarray:
    """Optics, sensor noise, skew and dust on a uint8 image (OpenCV's saturating arithmetic throughout)."""
    h, w = img.shape[:2]
    if device.blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), device.blur)
    noise = np.empty(img.shape, np.int16)
    cv2.setRNGSeed(rng.randrange(2**31))
    channels = img.shape[2] if img.ndim == 3 else 1
    cv2.randn(noise, np.zeros(channels), np.full(channels, device.noise))
    img = cv2.add(img, noise, dtype=cv2.CV_8U)
    if abs(skew) > 0.01:
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        border = tuple(int(v) for v in device.tint) if device.colour else int(device.tint[0])
        img = cv2.warpAffine(img, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    for _ in range(rng.randint(0, 6)):
        # dust on the glass
        cv2.circle(
            img,
            (rng.randrange(w), rng.randrange(h)),
            rng.randint(1, 3),
            (60, 60, 60) if device.colour else 60,
            -1,
        )
    return img


def scan(page: fitz.Page, rng: random.Random, device: Device) -> bytes:
    """The page as the device's JPEG."""
    arr = _render(page, device.dpi, device.colour)
    img = _tone(arr, rng, device.tint, device.colour)
    skew = rng.uniform(-device.skew, device.skew)
    out = _finish(img, rng, device, skew)
    if device.colour:
        out = cv2.cvtColor(out, cv2.COLOR_RGB2BGR)
    ok, data = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, device.quality])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return bytes(data)


def photo(page: fitz.Page, rng: random.Random, long_side: int = 2000) -> bytes:
    """A phone photo of the printed page lying on a desk: perspective, uneven light, a shadow, JPEG 85."""
    dpi = int(long_side / (max(page.rect.width, page.rect.height) / 72) * 0.86)
    arr = _render(page, dpi, True)
    paper = _tone(arr, rng, (rng.randint(236, 248), rng.randint(234, 246), rng.randint(226, 240)), True)
    ph, pw = paper.shape[:2]
    out_w, out_h = (long_side * pw // ph, long_side) if ph >= pw else (long_side, long_side * ph // pw)
    out_w, out_h = int(out_w * 1.06), int(out_h * 1.04)
    margin_x, margin_y = out_w * 0.05, out_h * 0.04

    def jitter(scale: float) -> float:
        return rng.uniform(-scale, scale)

    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], dtype=np.float32)
    dst = np.array(
        [
            [margin_x + jitter(out_w * 0.025), margin_y + jitter(out_h * 0.02)],
            [out_w - margin_x + jitter(out_w * 0.025), margin_y + jitter(out_h * 0.02)],
            [out_w - margin_x + jitter(out_w * 0.02), out_h - margin_y + jitter(out_h * 0.015)],
            [margin_x + jitter(out_w * 0.02), out_h - margin_y + jitter(out_h * 0.015)],
        ],
        dtype=np.float32,
    )
    matrix = cv2.getPerspectiveTransform(src, dst)
    base = (rng.randint(90, 150), rng.randint(70, 120), rng.randint(50, 90))
    desk = np.empty((out_h, out_w, 3), np.uint8)
    desk[:] = base
    img = cv2.warpPerspective(
        paper, matrix, (out_w, out_h), dst=desk, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT
    )
    # light: brighter near one spot, a soft shadow of the phone across one corner (computed small, scaled up)
    small_w, small_h = 64, int(64 * out_h / out_w)
    yy, xx = np.mgrid[0:small_h, 0:small_w].astype(np.float32)
    cx, cy = rng.uniform(0.3, 0.7) * small_w, rng.uniform(0.2, 0.6) * small_h
    light = 1.05 - 0.25 * (((xx - cx) / small_w) ** 2 + ((yy - cy) / small_h) ** 2)
    if rng.random() < 0.7:
        light *= 1 - np.clip((xx / small_w + yy / small_h - rng.uniform(1.3, 1.6)) * 4, 0, 1) * 0.22
    light = cv2.resize(light, (out_w, out_h), interpolation=cv2.INTER_LINEAR)
    img = cv2.multiply(img, cv2.merge([light, light, light]), dtype=cv2.CV_8U)
    device = Device(0, True, rng.uniform(0.6, 1.0), rng.uniform(3, 6), 85, 0.0, (0, 0, 0), "")
    out = _finish(img, rng, device, 0.0)
    ok, data = cv2.imencode(".jpg", cv2.cvtColor(out, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 85])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return bytes(data)
