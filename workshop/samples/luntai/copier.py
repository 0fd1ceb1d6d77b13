"""What an office's machines do to a page: photocopy generations, fax, B/W reprint of a colour scan, final scan.

Arrays are uint8, 255 = white. A photocopy is grey; a fax is bilevel at 204 x 196 (or 204 x 98 lines
per inch, stretched back by doubling rows); a final scan is grey or colour at the page's resolution.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageDraw

from .sheet import MM_PER_INCH, font

FAX_DPI_X = 204
FAX_WIDTH_PX = 1728
"""The standard G3 scan line: 1728 pixels across 215 mm at 204 dpi."""


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**32))


def mm(value: float, dpi: float) -> int:
    return round(value * dpi / MM_PER_INCH)


def to_grey(image: Image.Image) -> np.ndarray:
    """Luminance as a B/W copier or scanner sees it: a red seal comes out mid grey."""
    return np.asarray(image.convert("L"), dtype=np.uint8).copy()


def smooth_field(rng: random.Random, shape: tuple[int, int], cells: int = 8) -> np.ndarray:
    """Low-frequency noise in [0, 1] (paper tone, toner density, lamp)."""
    small = _np_rng(rng).random((cells, cells)).astype(np.float32)
    mid = cv2.resize(
        small, (max(cells, shape[1] // 8), max(cells, shape[0] // 8)), interpolation=cv2.INTER_CUBIC
    )
    return cv2.resize(mid, (shape[1], shape[0]), interpolation=cv2.INTER_LINEAR).clip(0, 1)


# On the original, before it goes on the glass --------------------------------------------------


def punch_holes(grey: np.ndarray, dpi: int, rng: random.Random, side: str = "left") -> np.ndarray:
    """装订孔: two 6 mm holes 80 mm apart, 12 mm from the edge; on a copy they print dark."""
    out = grey.copy()
    h, _w = out.shape
    r = mm(3.0, dpi)
    for offset in (-40, 40):
        centre_along = h // 2 + mm(offset + rng.uniform(-1.5, 1.5), dpi)
        inset = mm(12 + rng.uniform(-1, 1), dpi)
        centre = (inset, centre_along) if side == "left" else (centre_along, inset)
        cv2.circle(out, centre, r, 38, -1, lineType=cv2.LINE_AA)
        cv2.circle(out, (centre[0] + 2, centre[1] + 2), r, 90, 2, lineType=cv2.LINE_AA)
    return out


def staple(grey: np.ndarray, dpi: int, rng: random.Random) -> np.ndarray:
    """A staple in the top-left corner at about 45°, with its shadow and the two pierced points."""
    out = grey.copy()
    x0, y0 = mm(rng.uniform(6, 10), dpi), mm(rng.uniform(12, 16), dpi)
    length = mm(12, dpi)
    dx = dy = int(length / 1.414)
    cv2.line(out, (x0 + 3, y0 + 3), (x0 + dx + 3, y0 - dy + 3), 150, max(2, mm(1.2, dpi)), cv2.LINE_AA)
    cv2.line(out, (x0, y0), (x0 + dx, y0 - dy), 55, max(2, mm(0.7, dpi)), cv2.LINE_AA)
    for px, py in ((x0, y0), (x0 + dx, y0 - dy)):
        cv2.circle(out, (px, py), max(1, mm(0.5, dpi)), 25, -1)
    return out


# The photocopier ------------------------------------------------------------------------------


@dataclass
class CopySettings:
    """One pass through a copier."""

    scale: float = 1.0
    rotate_deg: float = 0.0
    shift_mm: tuple[float, float] = (0.0, 0.0)
    border: int = 255
    """What the copier prints where the glass held no paper: 255 with the lid closed, dark when open."""
    lid_band: str | None = None
    """An edge ('left', 'right', 'top', 'bottom') darkened where the lid stood open."""
    darkness: float = 1.25
    """Gamma of the tone curve: above 1 greys go darker and strokes thicker."""
    thicken: float = 0.4
    """How much of a one-pixel erosion (text thickening) is blended in."""
    speckles: float = 1.0
    """Toner speckle density (about 300 dots per page at 1.0)."""
    patches: float = 0.0
    """Strength of grey background patches (a dirty drum, uneven fusing)."""
    streak: bool = False
    """A faint vertical drum streak."""


def _tone_table(darkness: float) -> np.ndarray:
    """The copier's tone curve as a lookup table: greys darkened, light ground dropped to white."""
    v = 255.0 * (np.arange(256, dtype=np.float32) / 255.0) ** darkness
    return np.where(v > 205, 255.0, v * (255.0 / 205.0)).clip(0, 255).astype(np.uint8)


def photocopy(grey: np.ndarray, dpi: int, rng: random.Random, s: CopySettings) -> np.ndarray:
    """One copy generation of a grey page."""
    h, w = grey.shape
    nr = _np_rng(rng)
    matrix = cv2.getRotationMatrix2D((0, 0), s.rotate_deg, s.scale)
    matrix[0, 2] += mm(s.shift_mm[0], dpi)
    matrix[1, 2] += mm(s.shift_mm[1], dpi)
    page: np.ndarray = cv2.warpAffine(
        grey, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=s.border
    )
    if s.border < 128:
        # the paper's own edge casts a soft dark rim against the black
        paper = cv2.warpAffine(np.full((h, w), 255, np.uint8), matrix, (w, h), borderValue=0)
        rim = cv2.GaussianBlur(paper, (0, 0), max(1.0, dpi / 100)).astype(np.float32) / 255.0
        page = (page * (0.55 + 0.45 * rim) + s.border * (1 - rim) * 0.45).clip(0, 255).astype(np.uint8)
    page = cv2.GaussianBlur(page, (0, 0), 0.55 * dpi / 200)
    tone = cv2.LUT(page, _tone_table(s.darkness))
    if s.thicken > 0:
        eroded = cv2.erode(tone, np.ones((2, 2), np.uint8))
        tone = cv2.addWeighted(tone, 1 - s.thicken, eroded, s.thicken, 0)
    shade = np.ones((h, w), np.float32)
    if s.patches > 0:
        field = smooth_field(rng, (h, w), 7)
        patch = np.clip((field - 0.55) / 0.45, 0, 1)
        shade -= s.patches * patch * (0.2 + 0.03 * nr.random((h, w), dtype=np.float32))
    if s.lid_band:
        depth = mm(rng.uniform(6, 16), dpi)
        ramp = np.clip(1 - np.arange(depth, dtype=np.float32) / depth, 0, 1) ** 1.6 * 0.9
        if s.lid_band == "left":
            shade[:, :depth] -= ramp[None, :]
        elif s.lid_band == "right":
            shade[:, w - depth :] -= ramp[::-1][None, :]
        elif s.lid_band == "top":
            shade[:depth, :] -= ramp[:, None]
        else:
            shade[h - depth :, :] -= ramp[::-1][:, None]
    if s.streak:
        x = int(nr.integers(w // 6, w * 5 // 6))
        shade[:, x : x + max(1, dpi // 150)] *= 0.8
    if s.patches > 0 or s.lid_band or s.streak:
        tone = (tone * shade.clip(0, 1)).astype(np.uint8)
    if s.speckles > 0:
        count = int(300 * s.speckles * (w * h) / (1654 * 2339))
        ys = nr.integers(0, h, count)
        xs = nr.integers(0, w, count)
        radius = nr.integers(0, 2, count) + (1 if dpi > 250 else 0)
        shades = nr.integers(40, 140, count)
        for y, x, r, v in zip(ys, xs, radius, shades, strict=True):
            cv2.circle(tone, (int(x), int(y)), int(r), int(v), -1)
    return tone


def generations(grey: np.ndarray, dpi: int, rng: random.Random, passes: list[CopySettings]) -> np.ndarray:
    for settings in passes:
        grey = photocopy(grey, dpi, rng, settings)
    return grey


def bw_reprint(image: Image.Image, dpi: int, rng: random.Random) -> np.ndarray:
    """A colour scan printed on a B/W laser printer and scanned again: colours become screened greys."""
    grey = to_grey(image).astype(np.float32)
    h, w = grey.shape
    period = max(3, round(dpi / 75))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u = (xx + yy) * (np.pi / period) / 1.414
    v = (xx - yy) * (np.pi / period) / 1.414
    screen = (np.cos(u) * np.cos(v) + 1) / 2 * 255  # a 45° clustered-dot screen
    halftoned = np.where(grey > 235, 255.0, np.where(grey < 40, grey, np.where(grey > screen, 255.0, 40.0)))
    halftoned = cv2.GaussianBlur(halftoned, (0, 0), period * 0.45)
    out = 0.25 * grey + 0.75 * halftoned
    out = out * (0.97 + 0.03 * smooth_field(rng, (h, w), 5))
    return out.clip(0, 255).astype(np.uint8)


# The fax machine ------------------------------------------------------------------------------

BAYER = (
    np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]], dtype=np.float32) + 0.5
) / 16.0


def fax(
    grey: np.ndarray,
    dpi: int,
    rng: random.Random,
    header: str,
    fine: bool = True,
    noise: float = 1.0,
) -> np.ndarray:
    """Send a grey page by fax: 204 dpi across, 196 (fine) or 98 (standard) lines, bilevel.

    Mid greys (seals, grey copies) are dithered into dots; text is thresholded. A standard-mode
    page is stretched back to 196 lines by doubling rows, as fax servers do. The sending machine's
    header line is printed across the top. Returns a 0/255 array at 204 x 196 dpi.
    """
    lines_per_inch = 196 if fine else 98
    h, w = grey.shape
    new_w = round(w * FAX_DPI_X / dpi)
    new_h = round(h * lines_per_inch / dpi)
    small = cv2.resize(grey, (new_w, new_h), interpolation=cv2.INTER_AREA).astype(np.float32)
    canvas = np.full((new_h, FAX_WIDTH_PX), 255.0, np.float32)
    left = max(0, (FAX_WIDTH_PX - new_w) // 2)
    canvas[:, left : left + min(new_w, FAX_WIDTH_PX)] = small[:, :FAX_WIDTH_PX]
    threshold = np.tile(BAYER, (new_h // 4 + 1, FAX_WIDTH_PX // 4 + 1))[:new_h, :FAX_WIDTH_PX] * 255
    bits = np.where(
        canvas < 80, 0, np.where(canvas > 215, 255, np.where(canvas < threshold * 0.9 + 30, 0, 255))
    )
    nr = _np_rng(rng)
    salt = nr.random(bits.shape) < 0.00006 * noise
    bits[salt] = 0
    for _ in range(int(nr.integers(0, 3) * noise)):  # a line or two garbled in transmission
        row = int(nr.integers(new_h // 5, new_h - 10))
        bits[row] = np.where(nr.random(FAX_WIDTH_PX) < 0.25, 0, bits[row])
    if not fine:
        bits = np.repeat(bits, 2, axis=0)
    page = bits.astype(np.uint8)
    if header:
        _header(page, header)
    return page


def _header(page: np.ndarray, text: str) -> None:
    """The sender's header line, printed by the fax machine in its own small face."""
    size = 24
    strip = Image.new("L", (FAX_WIDTH_PX, size + 10), 255)
    draw = ImageDraw.Draw(strip)
    x = 30
    for part in filter(None, text.split("\t")):
        face = font("cour" if part.isascii() else "cjk", size)
        draw.text((x, 4), part, font=face, fill=0)
        x += int(face.getlength(part)) + 48
    bits = (np.asarray(strip) > 128).astype(np.uint8) * 255
    page[8 : 8 + bits.shape[0], :] = np.minimum(page[8 : 8 + bits.shape[0], :], bits)


# The final scanner ----------------------------------------------------------------------------


@dataclass
class ScanSettings:
    colour: bool = False
    blur: float = 0.5
    noise: float = 2.0
    tint: tuple[int, int, int] = (250, 248, 242)
    jpeg: int = 75
    rotate_deg: float = 0.0


def scan(image: np.ndarray | Image.Image, dpi: int, rng: random.Random, s: ScanSettings) -> Image.Image:
    """The office scanner that turns the paper copy into the uploaded file."""
    arr: np.ndarray = np.asarray(image, dtype=np.uint8)
    if arr.ndim == 2 and s.colour:
        arr = cv2.cvtColor(arr, cv2.COLOR_GRAY2RGB)
    if arr.ndim == 3 and not s.colour:
        arr = cv2.cvtColor(arr, cv2.COLOR_RGB2GRAY)
    h, w = arr.shape[:2]
    if s.rotate_deg:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), s.rotate_deg, 1.0)
        arr = cv2.warpAffine(arr, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
    if s.blur:
        arr = cv2.GaussianBlur(arr, (0, 0), s.blur * dpi / 200)
    # lamp fall-off and paper tone as one gain per pixel (and per channel), sensor noise on top
    gain = (0.96 + 0.04 * smooth_field(rng, (h, w), 4)).astype(np.float32)
    noise = _np_rng(rng).standard_normal((h, w), dtype=np.float32) * s.noise
    if arr.ndim == 3:
        channels = [
            (c.astype(np.float32) * (gain * (t / 255.0)) + noise).clip(0, 255).astype(np.uint8)
            for c, t in zip(cv2.split(arr), s.tint, strict=True)
        ]
        out = cv2.merge(channels)
    else:
        out = (arr.astype(np.float32) * (gain * (sum(s.tint) / 765.0)) + noise).clip(0, 255).astype(np.uint8)
    page = Image.fromarray(out, "RGB" if out.ndim == 3 else "L")
    page.info["quality"] = s.jpeg
    return page
