"""Ink on a raster page: seals, 骑缝章 halves, copy stamps, handwriting, ticks, highlighter.

Marks are drawn on a transparent layer at the page's pixel scale and multiplied onto the
page, so red ink darkens the black print beneath it instead of covering it, as a real
seal pressed over a printed amount does.
"""

from __future__ import annotations

import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw

from .canvas import Ink
from .text import pil_font

RED = (205, 28, 36)
BLUE_BLACK = (28, 36, 92)
BLUE = (30, 60, 170)


def _glyph(ch: str, px: int, color: tuple[int, int, int]) -> Image.Image:
    font = pil_font(px)
    img = Image.new("RGBA", (int(px * 1.4), int(px * 1.4)), (0, 0, 0, 0))
    ImageDraw.Draw(img).text((px * 0.2, px * 0.05), ch, font=font, fill=(*color, 255))
    return img


def _paste_rotated(layer: Image.Image, glyph: Image.Image, cx: float, cy: float, deg: float) -> None:
    g = glyph.rotate(deg, resample=Image.Resampling.BICUBIC, expand=True)
    layer.alpha_composite(g, (int(cx - g.width / 2), int(cy - g.height / 2)))


def seal(
    layer: Image.Image,
    cx: float,
    cy: float,
    r: float,
    name: str,
    sub: str,
    rng: random.Random,
    code: str = "",
) -> None:
    """A round seal of radius ``r`` px: rim, five-pointed star, name on the upper arc, ``sub`` across.

    Contract seals say 合同专用章 across; a company seal leaves ``sub`` empty; the small
    number on the lower arc is the seal's registration code, as public-security seals carry.
    """
    d = ImageDraw.Draw(layer)
    rim = max(2, int(r * 0.055))
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(*RED, 255), width=rim)
    # star
    pts = []
    for k in range(10):
        rad = r * (0.24 if k % 2 == 0 else 0.095)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    d.polygon(pts, fill=(*RED, 255))
    # name along the upper arc, spread over about 240 degrees
    n = len(name)
    span = min(250.0, 24.0 * n)
    px = int(r * min(0.34, 5.2 / max(n, 1)))
    px = max(px, int(r * 0.2))
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        rr = r - rim - px * 0.62
        _paste_rotated(layer, _glyph(ch, px, RED), cx + rr * math.cos(a), cy + rr * math.sin(a), -(ang + 90))
    if sub:
        spx = int(r * 0.2)
        total = spx * len(sub) * 0.98
        x0 = cx - total / 2
        for i, ch in enumerate(sub):
            _paste_rotated(layer, _glyph(ch, spx, RED), x0 + spx * 0.49 + i * spx * 0.98, cy + r * 0.5, 0)
    if code:
        cpx = max(6, int(r * 0.12))
        m = len(code)
        for i, ch in enumerate(code):
            ang = 90 + 40 - 80 * (i + 0.5) / m
            a = math.radians(ang)
            rr = r - rim - cpx * 0.7
            _paste_rotated(
                layer, _glyph(ch, cpx, RED), cx + rr * math.cos(a), cy + rr * math.sin(a), 90 - ang
            )


def square_seal(layer: Image.Image, cx: float, cy: float, s: float, name: str) -> None:
    """A small square personal seal (私章), used to initial a handwritten correction."""
    d = ImageDraw.Draw(layer)
    d.rectangle(
        (cx - s / 2, cy - s / 2, cx + s / 2, cy + s / 2), outline=(*RED, 255), width=max(1, int(s / 14))
    )
    chars = (name + "印")[:4] if len(name) < 4 else name[:4]
    px = int(s * 0.4)
    # read right column first, top to bottom, as seal script is laid out
    for i, ch in enumerate(chars):
        col, row = divmod(i, 2)
        x = cx + s * 0.22 - col * s * 0.44
        y = cy - s * 0.2 + row * s * 0.42
        _paste_rotated(layer, _glyph(ch, px, RED), x, y, 0)


def handwriting(
    layer: Image.Image,
    x: float,
    y: float,
    text: str,
    px: float,
    rng: random.Random,
    color: tuple[int, int, int] = BLUE_BLACK,
) -> None:
    """Handwritten text: each glyph drawn from the face, then leaned, bounced and squeezed.

    Starts at ``x`` with the text's middle at ``y``; Droid's regular face is the only one
    available, so the hand comes from the jitter, not from a script font.
    """
    cx = x
    slant = rng.uniform(-14, -4)
    for ch in text:
        size = int(px * rng.uniform(0.85, 1.15))
        g = _glyph(ch, size, color)
        g = g.transform(
            g.size,
            Image.Transform.AFFINE,
            (1, math.tan(math.radians(slant)) * 0.4, 0, 0, 1, 0),
            resample=Image.Resampling.BILINEAR,
        )
        _paste_rotated(layer, g, cx + size * 0.5, y + rng.uniform(-px * 0.12, px * 0.12), rng.uniform(-8, 8))
        cx += size * (0.55 if ch.isascii() else rng.uniform(0.78, 0.95))


def signature(layer: Image.Image, x: float, y: float, name: str, px: float, rng: random.Random) -> None:
    """A signature: the name written fast and large, with a trailing flourish stroke."""
    handwriting(layer, x, y, name, px * 1.2, rng)
    d = ImageDraw.Draw(layer)
    end = x + px * 1.05 * len(name)
    pts = [(end + k * px * 0.25, y + math.sin(k * 1.3) * px * 0.25 + rng.uniform(-2, 2)) for k in range(6)]
    d.line(pts, fill=(*BLUE_BLACK, 230), width=max(1, int(px / 12)))


def tick(layer: Image.Image, x: float, y: float, px: float, color: tuple[int, int, int] = BLUE_BLACK) -> None:
    """A pen tick ✓ with its bottom near (x, y)."""
    d = ImageDraw.Draw(layer)
    d.line(
        [(x - px * 0.35, y - px * 0.3), (x, y), (x + px * 0.6, y - px * 0.9)],
        fill=(*color, 240),
        width=max(2, int(px / 7)),
        joint="curve",
    )


def copy_stamp(layer: Image.Image, x: float, y: float, px: float, rng: random.Random, blue: bool) -> None:
    """The boxed 此复印件与原件一致 stamp the company's clerk presses on every copied page."""
    color = BLUE if blue else RED
    w, h = px * 9.6, px * 1.9
    box = Image.new("RGBA", (int(w + 8), int(h + 8)), (0, 0, 0, 0))
    d = ImageDraw.Draw(box)
    d.rectangle((3, 3, w + 3, h + 3), outline=(*color, 255), width=max(2, int(px / 8)))
    d.text((px * 0.55, (h - px) / 2), "此复印件与原件一致", font=pil_font(int(px)), fill=(*color, 255))
    _paste_rotated(layer, box, x + w / 2, y + h / 2, rng.uniform(-4, 4))


def highlight(layer: Image.Image, x0: float, y0: float, x1: float, y1: float) -> None:
    """A yellow highlighter stroke (drawn semi-transparent, multiplied like ink)."""
    d = ImageDraw.Draw(layer)
    d.rectangle((x0, y0, x1, y1), fill=(255, 236, 60, 150))


def strike(layer: Image.Image, x0: float, y: float, x1: float, px: float) -> None:
    """A pen line through a printed word (a correction)."""
    ImageDraw.Draw(layer).line([(x0, y), (x1, y + 1)], fill=(*BLUE_BLACK, 235), width=max(1, int(px / 10)))


def _seam(layer: Image.Image, name: str, r: float, i: int, n: int, cy: float, rng: random.Random) -> None:
    """Slice ``i`` of ``n`` of a 骑缝章: the seal was pressed across the fanned right edges of the
    stacked pages, so each page carries one vertical strip of it at its right edge."""
    size = int(2 * r + 8)
    full = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    seal(full, size / 2, size / 2, r, name, "", random.Random(7))
    x0, x1 = int(size * i / n), int(size * (i + 1) / n)
    strip = full.crop((x0, 0, max(x1, x0 + 1), size))
    layer.alpha_composite(strip, (layer.width - strip.width, int(cy - size / 2)))


def _ink_texture(layer: Image.Image, rng: random.Random) -> Image.Image:
    """Uneven ink: a stamp never inks evenly, so alpha varies in soft blotches."""
    box = layer.getbbox()
    seed = rng.randrange(2**32)
    if box is None:
        return layer
    a = np.asarray(layer.crop(box), dtype=np.float32)
    nrng = np.random.default_rng(seed)
    h, w = a.shape[:2]
    small = nrng.uniform(0.45, 1.0, size=(max(2, h // 24), max(2, w // 24))).astype(np.float32)
    a[..., 3] *= cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC).clip(0, 1)
    a = np.asarray(cv2.GaussianBlur(a, (0, 0), 0.6), dtype=np.float32)
    out = Image.new("RGBA", layer.size, (0, 0, 0, 0))
    out.paste(Image.fromarray(a.clip(0, 255).astype(np.uint8), "RGBA"), box[:2])
    return out


def ink_layers(
    size: tuple[int, int], ink: list[Ink], scale: float, rng: random.Random
) -> tuple[Image.Image, Image.Image]:
    """The stamp layer and the pen layer (RGBA) of ``ink`` at ``scale`` px/pt."""
    stamps = Image.new("RGBA", size, (0, 0, 0, 0))
    pens = Image.new("RGBA", size, (0, 0, 0, 0))
    for m in ink:
        x, y, a = m.x * scale, m.y * scale, m.args
        if m.kind == "seal":
            seal(stamps, x, y, a.get("r", 58) * scale, a["name"], a.get("sub", ""), rng, a.get("code", ""))
        elif m.kind == "seam":
            _seam(stamps, a["name"], a.get("r", 58) * scale, a["i"], a["n"], y, rng)
        elif m.kind == "square_seal":
            square_seal(stamps, x, y, a.get("s", 22) * scale, a["name"])
        elif m.kind == "copy":
            copy_stamp(stamps, x, y, a.get("px", 11) * scale, rng, a.get("blue", False))
        elif m.kind == "hand":
            handwriting(pens, x, y, a["text"], a.get("px", 12) * scale, rng)
        elif m.kind == "sign":
            signature(pens, x, y, a["name"], a.get("px", 14) * scale, rng)
        elif m.kind == "tick":
            tick(pens, x, y, a.get("px", 12) * scale)
        elif m.kind == "highlight":
            highlight(pens, x, y, a["x1"] * scale, a["y1"] * scale)
        elif m.kind == "strike":
            strike(pens, x, y, a["x1"] * scale, 10 * scale)
        else:
            raise ValueError(m.kind)
    return _ink_texture(stamps, rng), pens


def apply_ink(page: Image.Image, ink: list[Ink], scale: float, rng: random.Random) -> Image.Image:
    """Draw every mark of ``ink`` (positions in points) onto ``page`` (RGB) at ``scale`` px/pt."""
    if not ink:
        return page
    out = page.convert("RGB")
    for lay in ink_layers(page.size, ink, scale, rng):
        box = lay.getbbox()
        if box is None:
            continue
        # multiply only where there is ink: whole-page float maths is the slow part
        base = np.asarray(out.crop(box), dtype=np.float32) / 255.0
        arr = np.asarray(lay.crop(box), dtype=np.float32) / 255.0
        alpha = arr[..., 3:4]
        base = base * (1 - alpha) + base * arr[..., :3] * alpha
        out.paste(Image.fromarray((base * 255).clip(0, 255).astype(np.uint8), "RGB"), box[:2])
    return out
