"""Scanners and cameras: how a paper page becomes the image an enterprise uploads.

Each ``Scanner`` is one device setting, drawn per seed: a fax-like 1-bit scan at 200 dpi, a grey
scan saved as an RGB JPEG (with the colour noise cheap sensors add), a colour scan at 150 dpi, a
page saved as JPEG twice, and a phone photo of a paper on a desk (perspective, shadow, glare).
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
import pymupdf
from PIL import Image


@dataclass(frozen=True)
class Scanner:
    kind: str
    """'fax' (1-bit), 'grey_rgb', 'colour', 'twice' (JPEG saved twice), 'phone'."""
    dpi: int
    quality: int = 80
    skew: float = 0.0
    """Degrees, counter-clockwise."""
    noise: float = 0.0
    threshold: int = 150
    tint: tuple[int, int, int] = (255, 255, 255)
    seed: int = 0

    def describe(self) -> str:
        return f"{self.kind} {self.dpi} dpi q{self.quality} skew {self.skew:+.2f}°"


def fax(rng: random.Random) -> Scanner:
    return Scanner(
        "fax",
        200,
        skew=rng.uniform(-0.6, 0.6),
        noise=rng.uniform(6, 14),
        threshold=rng.randint(150, 175),
        seed=rng.randrange(1 << 30),
    )


def grey_rgb(rng: random.Random) -> Scanner:
    return Scanner(
        "grey_rgb",
        rng.choice((200, 240, 300)),
        quality=rng.randint(62, 78),
        skew=rng.uniform(-0.8, 0.8),
        noise=rng.uniform(3.0, 6.0),
        seed=rng.randrange(1 << 30),
    )


def colour(rng: random.Random, dpi: int = 150) -> Scanner:
    tint = (rng.randint(244, 252), rng.randint(240, 249), rng.randint(228, 240))
    return Scanner(
        "colour",
        dpi,
        quality=rng.randint(72, 86),
        skew=rng.uniform(-0.5, 0.5),
        noise=rng.uniform(1.5, 3.5),
        tint=tint,
        seed=rng.randrange(1 << 30),
    )


def twice(rng: random.Random) -> Scanner:
    return Scanner(
        "twice",
        rng.choice((200, 220)),
        quality=rng.randint(68, 76),
        skew=rng.uniform(0.5, 1.4) * rng.choice((-1, 1)),
        noise=2.0,
        seed=rng.randrange(1 << 30),
    )


def phone(rng: random.Random) -> Scanner:
    return Scanner(
        "phone",
        170,
        quality=rng.randint(80, 90),
        skew=rng.uniform(-4, 4),
        noise=rng.uniform(2, 4),
        seed=rng.randrange(1 << 30),
    )


# ---- rendering --------------------------------------------------------------------------------
def render(page: pymupdf.Page, dpi: int, grey: bool = False) -> Image.Image:
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY if grey else pymupdf.csRGB, alpha=False)
    mode = "L" if grey else "RGB"
    return Image.frombytes(mode, (pix.width, pix.height), pix.samples)


def _rotate(img: Image.Image, deg: float, fill: int | tuple[int, ...]) -> Image.Image:
    """Turn a page by ``deg`` degrees (counter-clockwise) about its centre, keeping its size."""
    if abs(deg) < 0.01:
        return img
    a = np.asarray(img)
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    border = fill if isinstance(fill, int) else tuple(int(v) for v in fill)
    out = cv2.warpAffine(
        a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )
    return Image.fromarray(out, img.mode)


def _blur(img: Image.Image, sigma: float) -> Image.Image:
    a = cv2.GaussianBlur(np.asarray(img), (0, 0), sigma)
    return Image.fromarray(a, img.mode)


def _noise(a: np.ndarray, sigma: float, gen: np.random.Generator) -> np.ndarray:
    """Sensor noise: a 256x256 tile of gaussian noise laid over the page from a random offset
    (as good as fresh noise for any reader, and a tenth of the time)."""
    shape = a.shape
    tile = gen.standard_normal((256, 256, *shape[2:]), dtype=np.float32) * sigma
    reps = (shape[0] // 256 + 2, shape[1] // 256 + 2) + (1,) * (len(shape) - 2)
    big = np.tile(tile, reps)
    oy, ox = int(gen.integers(0, 256)), int(gen.integers(0, 256))
    return a.astype(np.float32) + big[oy : oy + shape[0], ox : ox + shape[1]]


def scan_page(page: pymupdf.Page, sc: Scanner, page_index: int = 0) -> Image.Image:
    """The image a scanner makes of one page (the page's own size at ``sc.dpi``)."""
    gen = np.random.default_rng(sc.seed + page_index * 7919)
    rng = random.Random(sc.seed + page_index)
    skew = sc.skew + rng.uniform(-0.15, 0.15)
    if sc.kind == "fax":
        img = _blur(render(page, sc.dpi, grey=True), 0.7)
        img = _rotate(img, skew, 255)
        a = _noise(np.asarray(img), sc.noise, gen)
        # toner dropout and dust, the marks of a worn fax or an office MFP in 1-bit mode
        dust = gen.random(a.shape, dtype=np.float32) < 0.0004
        a[dust] = 0
        bits = a > sc.threshold
        return Image.fromarray((bits * 255).astype(np.uint8)).convert("1", dither=Image.Dither.NONE)
    if sc.kind == "grey_rgb":
        img = _blur(render(page, sc.dpi, grey=True), 0.5)
        img = _rotate(img, skew, 250)
        a = np.asarray(img).astype(np.float32) * 0.96 + 6
        rgb = _noise(np.stack([a, a, a], axis=-1), sc.noise, gen)  # independent per channel: chroma noise
        rgb = rgb + _noise(np.zeros(a.shape, np.float32), sc.noise * 0.6, gen)[..., None]
        return Image.fromarray(rgb.clip(0, 255).astype(np.uint8), "RGB")
    if sc.kind in ("colour", "twice"):
        img = _blur(render(page, sc.dpi), 0.45)
        a = np.asarray(img).astype(np.float32)
        tint = np.array(sc.tint, dtype=np.float32) / 255.0
        a = a * tint
        a = _noise(a, sc.noise, gen)
        img = Image.fromarray(a.clip(0, 255).astype(np.uint8), "RGB")
        img = _rotate(img, skew, tuple(int(t * 0.97) for t in sc.tint))
        if sc.kind == "twice":
            first = io.BytesIO()
            img.save(first, format="JPEG", quality=min(95, sc.quality + 15))
            img = Image.open(io.BytesIO(first.getvalue())).convert("RGB")
            # the second save after a crop by a few pixels shifts the 8x8 grid
            w, h = img.size
            img = img.crop((3, 2, w, h)).resize((w, h), Image.Resampling.BICUBIC)
        return img
    if sc.kind == "phone":
        return photo(render(page, 200), sc, gen, rng)
    raise ValueError(sc.kind)


def photo(
    flat: Image.Image, sc: Scanner, gen: np.random.Generator, rng: random.Random, glare: bool = True
) -> Image.Image:
    """A phone photo of the flat page: on a desk, seen a little from the side, shadowed, with
    a glare spot from a window or a ceiling light."""
    src = np.asarray(flat.convert("RGB"))
    h, w = src.shape[:2]
    margin = int(0.09 * max(w, h))
    out_w, out_h = w + 2 * margin, h + 2 * margin
    desk = np.array(
        rng.choice(((118, 92, 70), (150, 150, 146), (92, 78, 66), (186, 176, 160))), dtype=np.float32
    )
    base = np.ones((out_h, out_w, 3), np.float32) * desk
    base = _noise(base, 6, gen)
    jit = 0.035
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = []
    for cx, cy in corners:
        dx = rng.uniform(-jit, jit) * w
        dy = rng.uniform(-jit, jit) * h
        dst.append([cx + margin + dx, cy + margin + dy])
    dst_np = np.array(dst, dtype=np.float32)
    m = cv2.getPerspectiveTransform(corners, dst_np)
    paper = src.astype(np.float32) * np.array([0.97, 0.96, 0.93], np.float32)
    warped = cv2.warpPerspective(paper, m, (out_w, out_h), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (out_w, out_h), flags=cv2.INTER_LINEAR)[
        ..., None
    ]
    img = base * (1 - mask) + warped * mask
    # light falls off across the frame and a soft shadow (the phone, a hand) lies over one side
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = (
        1.0
        - 0.18 * ((xx / out_w - 0.5) * gx + (yy / out_h - 0.5) * gy)
        - 0.12 * ((xx / out_w - 0.5) ** 2 + (yy / out_h - 0.5) ** 2)
    )
    sx = rng.uniform(0.55, 0.95) * out_w
    shadow = 1.0 - 0.28 / (1.0 + np.exp(-(xx - sx) / (0.03 * out_w)))
    img = img * (light * shadow)[..., None]
    if glare:
        gxc, gyc = rng.uniform(0.25, 0.8) * out_w, rng.uniform(0.15, 0.45) * out_h
        r = rng.uniform(0.05, 0.09) * out_w
        g = np.exp(-(((xx - gxc) ** 2) / (2 * r * r) + ((yy - gyc) ** 2) / (2 * (r * 0.6) ** 2)))
        img = img + 95 * g[..., None]
    img = _noise(img, sc.noise, gen)
    out = _blur(Image.fromarray(img.clip(0, 255).astype(np.uint8), "RGB"), 0.8)
    return out.rotate(
        sc.skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=tuple(int(v) for v in desk)
    )


# ---- encoding -----------------------------------------------------------------------------------
def encode(img: Image.Image, sc: Scanner) -> tuple[bytes, str]:
    """The bytes a device stores for one page image, and their format ('png' or 'jpeg')."""
    buf = io.BytesIO()
    if img.mode == "1":
        img.save(buf, format="PNG", optimize=False)
        return buf.getvalue(), "png"
    img.save(buf, format="JPEG", quality=sc.quality, dpi=(sc.dpi, sc.dpi))
    return buf.getvalue(), "jpeg"


def image_page(
    doc: pymupdf.Document, img: Image.Image, sc: Scanner, size: tuple[float, float] | None = None
) -> pymupdf.Page:
    """A PDF page carrying one scanned image; sized from the image and its dpi unless given."""
    data, _ = encode(img, sc)
    if size is None:
        size = (img.width * 72.0 / sc.dpi, img.height * 72.0 / sc.dpi)
    page = doc.new_page(width=size[0], height=size[1])
    page.insert_image(page.rect, stream=data)
    return page
