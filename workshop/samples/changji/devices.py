"""How paper becomes pixels: flatbed scanners, copier-scanners, a fax and a phone camera.

Every device is a plain record of settings; ``capture`` renders the page at the
device's resolution and spoils it the way that kind of device does. The result is
the encoded file content (JPEG, PNG or bilevel TIFF) ready to be written or put
into a PDF unchanged.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, replace

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from . import raster
from .layout import Page
from .marks import pil_font


@dataclass(frozen=True)
class Device:
    """One scanning or photographing set-up."""

    name: str
    dpi: int = 200
    mode: str = "colour"
    """colour, grey, grey_rgb (grey saved as an RGB JPEG with colour noise), bilevel or photo."""
    quality: int | None = 85
    """JPEG quality; None keeps the picture lossless (PNG, or G4 for bilevel)."""
    resave: int | None = None
    """A second JPEG quality: the file was opened and saved again."""
    blur: float = 0.6
    noise: float = 2.0
    skew: float = 0.0
    tint: tuple[int, int, int] = (252, 250, 244)
    shadow: float = 0.0
    glare: float = 0.0
    tilt: float = 0.0
    """Photo only: how far the corners move, as a fraction of the sheet."""


@dataclass(frozen=True)
class Shot:
    """An encoded page picture."""

    data: bytes
    kind: str
    """jpeg, png or tiff."""
    width: int
    height: int
    dpi: int

    @property
    def points(self) -> tuple[float, float]:
        return self.width * 72 / self.dpi, self.height * 72 / self.dpi


def _paper(im: Image.Image, tint: tuple[int, int, int], rng: random.Random) -> np.ndarray:
    arr = np.asarray(im, dtype=np.float32)
    h, w = arr.shape[:2]
    small = (
        np.random.default_rng(rng.randrange(1 << 30))
        .normal(0, 1, (max(h // 64, 2), max(w // 64, 2)))
        .astype(np.float32)
    )
    mottle = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)[..., None]
    paper = np.array(tint, dtype=np.float32)[None, None, :] * (1 + 0.006 * mottle)
    return arr / 255.0 * paper


def _noise(arr: np.ndarray, sigma: float, rng: random.Random, per_channel: bool = True) -> np.ndarray:
    if sigma <= 0:
        return arr
    gen = np.random.default_rng(rng.randrange(1 << 30))
    shape = arr.shape if per_channel or arr.ndim == 2 else (*arr.shape[:2], 1)
    noise = gen.standard_normal(shape, dtype=np.float32)
    noise *= sigma
    return arr + noise


def _skew(im: Image.Image, degrees: float, fill: tuple[int, ...] | int) -> Image.Image:
    if abs(degrees) < 0.01:
        return im
    return im.rotate(degrees, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=fill)


def encode(im: Image.Image, device: Device, dpi: int) -> Shot:
    """The picture as the device's software saves it."""
    buffer = io.BytesIO()
    if im.mode == "1":
        im.save(buffer, format="TIFF", compression="group4", dpi=(dpi, dpi))
        return Shot(buffer.getvalue(), "tiff", im.width, im.height, dpi)
    if device.quality is None:
        im.save(buffer, format="PNG", dpi=(dpi, dpi), compress_level=1)
        return Shot(buffer.getvalue(), "png", im.width, im.height, dpi)
    im.save(buffer, format="JPEG", quality=device.quality, dpi=(dpi, dpi))
    data = buffer.getvalue()
    if device.resave:
        again = Image.open(io.BytesIO(data))
        again.load()
        buffer = io.BytesIO()
        again.save(buffer, format="JPEG", quality=device.resave, dpi=(dpi, dpi))
        data = buffer.getvalue()
    return Shot(data, "jpeg", im.width, im.height, dpi)


def scan_image(page: Page, device: Device, rng: random.Random) -> Image.Image:
    """The page as a flatbed or sheet-fed scanner sees it, before encoding."""
    if device.mode == "photo":
        return photograph(page, device, rng)
    clean = raster.render(page, device.dpi)
    arr = _paper(clean, device.tint, rng)
    im = Image.fromarray(np.uint8(np.clip(arr, 0, 255)))
    im = _skew(im, device.skew, fill=(238, 238, 236))
    if device.blur > 0:
        im = im.filter(ImageFilter.GaussianBlur(device.blur))
    if device.mode in ("grey", "grey_rgb", "bilevel"):
        grey = np.asarray(im.convert("L"), dtype=np.float32)
        grey = _noise(grey, device.noise, rng)
        if device.mode == "bilevel":
            return (
                Image.fromarray(np.uint8(np.clip(grey, 0, 255)))
                .point(lambda v: 255 if v > 150 else 0)
                .convert("1")
            )
        if device.mode == "grey":
            return Image.fromarray(np.uint8(np.clip(grey, 0, 255)))
        rgb = np.repeat(grey[..., None], 3, axis=2)
        rgb = _noise(rgb, device.noise * 0.8, rng, per_channel=True)
        return Image.fromarray(np.uint8(np.clip(rgb, 0, 255)))
    arr = _noise(np.asarray(im, dtype=np.float32), device.noise, rng)
    return Image.fromarray(np.uint8(np.clip(arr, 0, 255)))


def photograph(page: Page, device: Device, rng: random.Random) -> Image.Image:
    """A phone photo of the sheet on a desk: perspective, a hand's shadow, lamp glare."""
    sheet = np.asarray(raster.render(page, device.dpi), dtype=np.float32) / 255.0
    sheet = sheet * np.array(device.tint, dtype=np.float32)[None, None, :]
    h, w = sheet.shape[:2]
    out_w, out_h = (int(w * 1.18), int(h * 1.16))
    desk_colour = rng.choice(((118, 92, 66), (92, 96, 104), (168, 160, 150), (70, 58, 50)))
    desk = np.ones((out_h, out_w, 3), dtype=np.float32) * np.array(desk_colour, dtype=np.float32)
    gen = np.random.default_rng(rng.randrange(1 << 30))
    grain = cv2.resize(gen.normal(0, 1, (out_h // 40, out_w // 40)).astype(np.float32), (out_w, out_h))
    desk = desk * (1 + 0.06 * grain[..., None])
    mx, my = (out_w - w) / 2, (out_h - h) / 2
    t = device.tilt
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = np.array(
        [
            [mx + rng.uniform(-t, t) * w, my + rng.uniform(-t, t) * h],
            [mx + w + rng.uniform(-t, t) * w, my + rng.uniform(-t, t) * h],
            [mx + w + rng.uniform(-t, t) * w, my + h + rng.uniform(-t, t) * h],
            [mx + rng.uniform(-t, t) * w, my + h + rng.uniform(-t, t) * h],
        ],
        dtype=np.float32,
    )
    matrix = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(sheet, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), matrix, (out_w, out_h), flags=cv2.INTER_LINEAR)
    img = desk * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    # Light falls off towards the corners; one side lies in the photographer's shadow.
    vignette = 1 - 0.22 * (((xx - out_w / 2) / out_w) ** 2 + ((yy - out_h / 2) / out_h) ** 2) * 3
    angle = rng.uniform(0, 2 * math.pi)
    ramp = (np.cos(angle) * (xx / out_w - 0.5) + np.sin(angle) * (yy / out_h - 0.5)) * 2
    shade = 1 - device.shadow * np.clip(ramp, 0, 1)
    img = img * (vignette * shade)[..., None]
    if device.glare > 0:
        gx, gy = rng.uniform(0.3, 0.7) * out_w, rng.uniform(0.25, 0.6) * out_h
        sx, sy = out_w * rng.uniform(0.08, 0.16), out_h * rng.uniform(0.05, 0.1)
        spot = np.exp(-(((xx - gx) / sx) ** 2 + ((yy - gy) / sy) ** 2))
        img = img + device.glare * 255 * spot[..., None]
    img = _noise(img, device.noise, rng)
    im = Image.fromarray(np.uint8(np.clip(img, 0, 255)))
    return im.filter(ImageFilter.GaussianBlur(device.blur)) if device.blur > 0 else im


def capture(page: Page, device: Device, rng: random.Random) -> Shot:
    """Render, spoil and encode one page."""
    return encode(scan_image(page, device, rng), device, 72 if device.mode == "photo" else device.dpi)


def watermark(im: Image.Image, text: str, rng: random.Random) -> Image.Image:
    """Words laid diagonally across a picture before upload (仅供年检使用 and the like)."""
    layer = Image.new("RGBA", (im.width * 2, im.height * 2), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    px = max(24, im.width // 14)
    face = pil_font(px)
    colour = rng.choice(((120, 120, 120, 92), (200, 60, 60, 80), (60, 90, 170, 84)))
    step_y = int(px * 3.2)
    for row, y in enumerate(range(0, layer.height, step_y)):
        x = -px * 4 if row % 2 else 0
        while x < layer.width:
            draw.text((x, y), text, font=face, fill=colour)
            x += int(face.getlength(text) + px * 2.5)
    layer = layer.rotate(rng.uniform(24, 38), resample=Image.Resampling.BICUBIC)
    layer = layer.crop((im.width // 2, im.height // 2, im.width // 2 + im.width, im.height // 2 + im.height))
    base = im.convert("RGBA")
    base.alpha_composite(layer)
    return base.convert("RGB")


def paste_region(target: Image.Image, donor: Image.Image, box: tuple[int, int, int, int]) -> Image.Image:
    """``donor``'s pixels inside ``box`` laid into ``target``: a patch cut from another scan."""
    out = target.copy()
    out.paste(donor.crop(box).convert(out.mode), box[:2])
    return out


def variant(device: Device, **changes: object) -> Device:
    return replace(device, **changes)  # type: ignore[arg-type]
