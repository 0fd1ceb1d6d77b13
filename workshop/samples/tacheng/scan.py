"""Scanner and phone-camera models: paper tone, noise, skew, grey or 1-bit output, rotation, photos."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw, ImageFilter


@dataclass
class ScanSettings:
    """How one page went through the scanner."""

    mode: str = "grey"  # "grey", "colour" or "bw" (1-bit, fax-like)
    dpi: int = 200
    rotate: int = 0  # 0, 90, 180, 270: the page lay rotated on the glass
    skew: float = 0.0  # degrees of small misfeed
    noise: float = 6.0
    quality: int = 80  # JPEG quality for grey and colour pages


def settings_for(
    rng: random.Random, mode: str | None = None, rotate: int = 0, dpi: int | None = None
) -> ScanSettings:
    mode = mode or rng.choice(["grey", "grey", "colour"])
    return ScanSettings(
        mode=mode,
        dpi=dpi or (200 if mode == "bw" else rng.choice([150, 200, 200])),
        rotate=rotate,
        skew=rng.uniform(-1.2, 1.2),
        noise=rng.uniform(3, 9),
        quality=rng.randint(62, 85),
    )


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(1 << 30))


def degrade(img: Image.Image, rng: random.Random, s: ScanSettings) -> Image.Image:
    """Paper tone, uneven lighting, sensor noise and a slight blur; then skew. Same size out."""
    nr = _np_rng(rng)
    a: npt.NDArray[np.floating[Any]] = np.asarray(img, dtype=np.float32)
    h, w = a.shape[:2]
    tone = np.array([rng.uniform(236, 250), rng.uniform(233, 247), rng.uniform(222, 240)], dtype=np.float32)
    a = a / 255.0 * tone
    yy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    xx = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    light = 1 - 0.06 * ((xx - rng.uniform(0.2, 0.8)) ** 2 + (yy - rng.uniform(0.2, 0.8)) ** 2)
    a = a * light[..., None]
    a += nr.standard_normal((h, w, 1), dtype=np.float32) * np.float32(s.noise)
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(rng.uniform(0.35, 0.7))
    )
    if abs(s.skew) > 0.05:
        out = out.rotate(
            s.skew, resample=Image.Resampling.BICUBIC, fillcolor=tuple(int(t) for t in tone), expand=False
        )
    return out


def finish(img: Image.Image, s: ScanSettings) -> Image.Image:
    """Apply the scanner's output mode and the page's rotation on the glass."""
    if s.mode == "grey":
        img = img.convert("L")
    elif s.mode == "bw":
        g = np.asarray(img.convert("L"), dtype=np.float32)
        thr = 165 + np.random.default_rng(int(g.sum()) % (1 << 30)).normal(0, 18, g.shape)
        img = Image.fromarray(np.where(g < thr, 0, 255).astype(np.uint8)).convert("1")
    if s.rotate:
        img = img.rotate(s.rotate, expand=True)
    return img


def scan(img: Image.Image, rng: random.Random, s: ScanSettings) -> Image.Image:
    return finish(degrade(img, rng, s), s)


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def photograph(sheet: Image.Image, rng: random.Random, sideways: bool = True) -> Image.Image:
    """A phone photo of a licence on a desk: perspective, glare, a cable and a thumb at the edge."""
    nr = _np_rng(rng)
    sw, sh = sheet.size
    W, H = round(sw * 1.18), round(sh * 1.22)
    desk = np.ones((H, W, 3), dtype=np.float32) * np.array(
        [rng.uniform(95, 130), rng.uniform(80, 105), rng.uniform(60, 80)]
    )
    desk += nr.normal(0, 7, (H, W, 1))
    base = Image.fromarray(desk.clip(0, 255).astype(np.uint8))
    ox, oy = (W - sw) // 2, (H - sh) // 2
    base.paste(sheet, (ox, oy))
    d = ImageDraw.Draw(base)
    # a charging cable along one edge
    cy = rng.uniform(0.75, 0.92) * H
    pts = [(0, cy)] + [(W * t, cy + rng.uniform(-25, 25) * t) for t in (0.1, 0.2, 0.3)]
    d.line(pts, fill=(245, 245, 245), width=max(6, W // 120), joint="curve")
    # a thumb holding the corner
    tx, ty = rng.uniform(0.05, 0.2) * W, H - rng.uniform(0.02, 0.08) * H
    d.ellipse([tx - W * 0.06, ty - H * 0.09, tx + W * 0.06, ty + H * 0.12], fill=(214, 170, 140))
    # perspective
    m = [rng.uniform(0.0, 0.04) for _ in range(8)]
    quad = (m[0] * W, m[1] * H, m[2] * W, H - m[3] * H, W - m[4] * W, H - m[5] * H, W - m[6] * W, m[7] * H)
    base = base.transform((W, H), Image.Transform.QUAD, quad, resample=Image.Resampling.BICUBIC)
    a = np.asarray(base, dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(0.6, 0.8) * W, rng.uniform(0.1, 0.2) * H
    glare = np.exp(-(((xx - gx) / (W * 0.16)) ** 2 + ((yy - gy) / (H * 0.12)) ** 2))
    a = a + glare[..., None] * 70
    vign = 1 - 0.25 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    a = a * vign[..., None] + nr.normal(0, 4, (H, W, 1))
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    if sideways:
        out = out.rotate(90, expand=True)
    return out


def paste_patch(img: Image.Image, box_px: tuple[int, int, int, int], patch: Image.Image) -> Image.Image:
    """Paste a cleaner patch (another paper, no scanner noise) over a region: a local edit."""
    out = img.copy()
    out.paste(patch.convert(out.mode).resize((box_px[2] - box_px[0], box_px[3] - box_px[1])), box_px[:2])
    return out
