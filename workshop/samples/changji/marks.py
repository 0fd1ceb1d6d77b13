"""Marks that are drawn rather than typeset: seals, pen writing, ticks, QR codes, licence frames.

Each function returns an RGBA picture at the asked resolution and the top-left corner
it goes to, in points, so that the bitmap renderer and the PDF writer place it alike.
"""

from __future__ import annotations

import io
import math
import random
import zlib
from functools import lru_cache

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .layout import SEAL_RED, Emblem, Guilloche, Qr, Seal, Signature, Text, Tick, font_bytes, width_of

Sprite = tuple[Image.Image, float, float]


@lru_cache(maxsize=64)
def pil_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(font_bytes()), max(px, 4))


def _px(points: float, dpi: float) -> int:
    return max(1, round(points * dpi / 72))


def _glyph(ch: str, px: int, colour: tuple[int, int, int], bold: int = 0) -> Image.Image:
    face = pil_font(px)
    side = int(px * 1.6) + 2 * bold + 4
    im = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    ImageDraw.Draw(im).text(
        (side / 2, side / 2),
        ch,
        font=face,
        fill=(*colour, 255),
        anchor="mm",
        stroke_width=bold,
        stroke_fill=(*colour, 255),
    )
    return im


def seal(item: Seal, dpi: float) -> Sprite:
    """A round (or oval) red seal, unevenly inked."""
    rng = random.Random(item.seed)
    rx = item.radius * (1.45 if item.oval else 1.0)
    ry = item.radius
    w, h = _px(2 * rx + 8, dpi), _px(2 * ry + 8, dpi)
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(im)
    cx, cy = w / 2, h / 2
    ring = max(2, _px(item.radius * 0.055, dpi))
    prx, pry = _px(rx, dpi), _px(ry, dpi)
    draw.ellipse((cx - prx, cy - pry, cx + prx, cy + pry), outline=(*SEAL_RED, 255), width=ring)
    if item.oval:
        inner = ring // 2 + 1
        draw.ellipse(
            (cx - prx + ring * 2.2, cy - pry + ring * 2.2, cx + prx - ring * 2.2, cy + pry - ring * 2.2),
            outline=(*SEAL_RED, 255),
            width=inner,
        )
    else:
        star = pry * 0.27
        points = []
        for k in range(10):
            r = star if k % 2 == 0 else star * 0.4
            a = -math.pi / 2 + k * math.pi / 5
            points.append((cx + r * math.cos(a), cy - pry * 0.05 + r * math.sin(a)))
        draw.polygon(points, fill=(*SEAL_RED, 255))
    # The name round the rim, upright at the top.
    name = item.name
    char_px = _px(item.radius * (0.27 if len(name) <= 14 else 0.23), dpi)
    sweep = min(250.0, 17.0 * len(name) + 30) if not item.oval else min(200.0, 14.0 * len(name) + 30)
    start = -90 - sweep / 2
    for i, ch in enumerate(name):
        a = math.radians(start + sweep * (i + 0.5) / len(name))
        gx = cx + (prx - ring * 1.6 - char_px * 0.62) * math.cos(a)
        gy = cy + (pry - ring * 1.6 - char_px * 0.62) * math.sin(a)
        glyph = _glyph(ch, char_px, SEAL_RED, bold=max(1, char_px // 18)).rotate(
            -math.degrees(a) - 90, resample=Image.Resampling.BICUBIC
        )
        im.alpha_composite(glyph, (int(gx - glyph.width / 2), int(gy - glyph.height / 2)))
    if item.foot:
        face = pil_font(_px(item.radius * (0.19 if not item.oval else 0.2), dpi))
        y = cy + pry * (0.45 if not item.oval else 0.12)
        draw.text((cx, y), item.foot, font=face, fill=(*SEAL_RED, 255), anchor="mm")
    if item.code:
        face = pil_font(_px(item.radius * (0.12 if not item.oval else 0.17), dpi))
        y = cy + pry * (0.72 if not item.oval else -0.18)
        draw.text((cx, y), item.code, font=face, fill=(*SEAL_RED, 255), anchor="mm")
    # Uneven ink: a smooth random field that thins the colour, a few dry spots.
    alpha = np.asarray(im.getchannel("A"), dtype=np.float32) / 255.0
    field = np.asarray(
        Image.fromarray(
            np.uint8(np.random.default_rng(item.seed).uniform(0, 255, (max(h // 12, 2), max(w // 12, 2))))
        ).resize((w, h), Image.Resampling.BICUBIC),
        dtype=np.float32,
    )
    thin = 0.62 + 0.5 * field / 255.0
    grain = np.random.default_rng(item.seed + 1).uniform(0.8, 1.0, (h, w))
    alpha = np.clip(alpha * thin * grain * item.strength * rng.uniform(0.85, 1.0), 0, 0.93)
    im.putalpha(Image.fromarray(np.uint8(alpha * 255)))
    im = im.filter(ImageFilter.GaussianBlur(0.5 * dpi / 150))
    angle = rng.uniform(-18, 18)
    im = im.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    return im, item.cx - im.width * 36 / dpi, item.cy - im.height * 36 / dpi


def hand(item: Text, dpi: float) -> Sprite:
    """Pen writing: each character tilted, shifted and sized a little differently."""
    rng = random.Random(item.seed or zlib.crc32(item.text.encode()))
    px = _px(item.size * 1.1, dpi)
    width = _px(width_of(item.text, item.size * 1.25) + item.size * 2, dpi)
    height = px * 2
    im = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    x = px * 0.3
    for ch in item.text:
        scale = rng.uniform(0.88, 1.12)
        glyph = _glyph(ch, int(px * scale), item.colour, bold=max(0, px // 30))
        glyph = glyph.transform(
            glyph.size,
            Image.Transform.AFFINE,
            (1, 0.18, -glyph.height * 0.09, 0, 1, 0),
            Image.Resampling.BICUBIC,
        )
        glyph = glyph.rotate(rng.uniform(-7, 7), resample=Image.Resampling.BICUBIC)
        advance = (pil_font(px).getlength(ch) or px * 0.5) * scale * rng.uniform(0.92, 1.06)
        im.alpha_composite(
            glyph,
            (
                int(x + advance / 2 - glyph.width / 2),
                int(height * 0.55 - glyph.height / 2 + rng.uniform(-1.5, 1.5) * px / 20),
            ),
        )
        x += advance
    return im, item.x - px * 0.3 * 72 / dpi, item.y - height * 0.55 * 72 / dpi - item.size * 0.35


def signature(item: Signature, dpi: float) -> Sprite:
    """A quick signature: the name in a hurried hand and one flourish under it."""
    sprite, x, y = hand(Text(item.x, item.y, item.name, item.size, colour=item.colour, seed=item.seed), dpi)
    rng = random.Random(item.seed)
    draw = ImageDraw.Draw(sprite)
    w, h = sprite.size
    pts = []
    for k in range(24):
        t = k / 23
        pts.append((w * (0.05 + 0.85 * t), h * (0.78 + 0.1 * math.sin(t * math.pi * rng.uniform(1.2, 2.4)))))
    draw.line(pts, fill=(*item.colour, 230), width=max(1, _px(0.9, dpi)), joint="curve")
    return sprite, x, y


def tick(item: Tick, dpi: float) -> Sprite:
    s = _px(item.size, dpi)
    pad = s // 2
    im = Image.new("RGBA", (s + 2 * pad, s + 2 * pad), (0, 0, 0, 0))
    draw = ImageDraw.Draw(im)
    draw.rectangle((pad, pad, pad + s, pad + s), outline=(20, 20, 24, 255), width=max(1, _px(0.6, dpi)))
    if item.ticked:
        rng = random.Random(item.seed)
        j = [rng.uniform(-0.08, 0.08) * s for _ in range(6)]
        pts = [
            (pad + 0.1 * s + j[0], pad + 0.5 * s + j[1]),
            (pad + 0.42 * s + j[2], pad + 0.9 * s + j[3]),
            (pad + 1.15 * s + j[4], pad - 0.25 * s + j[5]),
        ]
        draw.line(pts, fill=(28, 38, 112, 255), width=max(2, _px(1.3, dpi)), joint="curve")
    return im, item.x - pad * 72 / dpi, item.y - pad * 72 / dpi


def qr(item: Qr, dpi: float) -> Sprite:
    modules = cv2.QRCodeEncoder.create().encode(item.payload)
    side = _px(item.size, dpi)
    im = Image.fromarray(modules).convert("L").resize((side, side), Image.Resampling.NEAREST)
    rgba = Image.new("RGBA", im.size, (0, 0, 0, 0))
    rgba.putalpha(Image.eval(im, lambda v: 255 - v))
    return rgba, item.x, item.y


def emblem(item: Emblem, dpi: float) -> Sprite:
    r = _px(item.radius, dpi)
    im = Image.new("RGBA", (2 * r + 4, 2 * r + 4), (0, 0, 0, 0))
    draw = ImageDraw.Draw(im)
    c = r + 2
    draw.ellipse(
        (c - r, c - r, c + r, c + r),
        fill=(214, 40, 40, 255),
        outline=(226, 180, 60, 255),
        width=max(2, r // 14),
    )
    for k, (dx, dy, s) in enumerate(
        ((0, -0.35, 0.3), (-0.42, -0.12, 0.12), (-0.3, 0.12, 0.12), (0.3, 0.12, 0.12), (0.42, -0.12, 0.12))
    ):
        pts = []
        for i in range(10):
            rr = s * r if i % 2 == 0 else s * r * 0.4
            a = -math.pi / 2 + i * math.pi / 5 + k * 0.1
            pts.append((c + dx * r + rr * math.cos(a), c + dy * r + rr * math.sin(a)))
        draw.polygon(pts, fill=(248, 214, 80, 255))
    draw.rectangle((c - 0.5 * r, c + 0.35 * r, c + 0.5 * r, c + 0.55 * r), fill=(248, 214, 80, 255))
    return im, item.cx - item.radius - 2 * 72 / dpi, item.cy - item.radius - 2 * 72 / dpi


def guilloche(item: Guilloche, dpi: float) -> Sprite:
    w, h = _px(item.x1 - item.x0, dpi), _px(item.y1 - item.y0, dpi)
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(im)
    band = _px(16, dpi)
    colour = (*item.colour, 255)
    line = max(1, _px(0.5, dpi))
    for phase in (0.0, math.pi / 2, math.pi, 3 * math.pi / 2):
        for edge in ("top", "bottom", "left", "right"):
            length = w if edge in ("top", "bottom") else h
            pts: list[tuple[float, float]] = []
            for k in range(0, length, max(1, _px(1.5, dpi))):
                off = band / 2 + band * 0.42 * math.sin(k / band * 2.2 + phase)
                if edge == "top":
                    pts.append((k, off))
                elif edge == "bottom":
                    pts.append((k, h - off))
                elif edge == "left":
                    pts.append((off, k))
                else:
                    pts.append((w - off, k))
            draw.line(pts, fill=colour, width=line)
    draw.rectangle((band + 2, band + 2, w - band - 2, h - band - 2), outline=colour, width=line)
    return im, item.x0, item.y0
