"""Seals, signatures, QR codes and the license emblem, drawn as RGBA images."""

from __future__ import annotations

import io
import itertools
import math
import random

import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .paper import FONT

SEAL_RED = (205, 30, 38)


def font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(FONT.buffer), px)


def _char(ch: str, px: int, color: tuple[int, int, int], sx: float = 1.0) -> Image.Image:
    f = font(px)
    box = f.getbbox(ch)
    w, h = box[2] - box[0] + 4, box[3] - box[1] + 4
    im = Image.new("RGBA", (max(int(w), 1), max(int(h), 1)), (0, 0, 0, 0))
    ImageDraw.Draw(im).text((2 - box[0], 2 - box[1]), ch, font=f, fill=(*color, 255))
    if sx != 1.0:
        im = im.resize((max(1, int(im.width * sx)), im.height), Image.Resampling.LANCZOS)
    return im


def _ink(im: Image.Image, rng: random.Random, strength: float = 0.25) -> Image.Image:
    """Uneven stamp ink: blotchy alpha, a lighter side, soft edge."""
    a = np.asarray(im.getchannel("A")).astype(np.float32) / 255.0
    h, w = a.shape
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    noise = nrng.random((h // 8 + 1, w // 8 + 1)).astype(np.float32)
    noise = np.asarray(
        Image.fromarray((noise * 255).astype(np.uint8)).resize((w, h), Image.Resampling.BILINEAR), np.float32
    ) / np.float32(255.0)
    ang = rng.uniform(0, 2 * math.pi)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    side = ((xx - w / 2) * math.cos(ang) + (yy - h / 2) * math.sin(ang)) / max(w, h)
    keep = 1.0 - strength * (noise * 0.8 + side + 0.5).clip(0, 1.2)
    speck = nrng.random((h, w)) < 0.04 * strength
    a = a * keep.clip(0.35, 1.0)
    a[speck] *= 0.2
    out = im.copy()
    out.putalpha(
        Image.fromarray((a * 235).clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    )
    return out


def _star(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, color) -> None:
    pts = []
    for i in range(10):
        rad = r if i % 2 == 0 else r * 0.38
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    d.polygon(pts, fill=color)


def round_seal(
    name: str, rng: random.Random, bottom: str = "", code: str = "", size: int = 520, color=SEAL_RED
) -> Image.Image:
    """A 42 mm company seal: ring, star, name round the top arc, a horizontal line below."""
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    ring = size * 0.045
    d.ellipse((ring / 2, ring / 2, size - ring / 2, size - ring / 2), outline=(*color, 255), width=int(ring))
    _star(d, c, c, size * 0.14, (*color, 255))
    n = len(name)
    px = int(size * (0.13 if n <= 14 else 0.11 if n <= 18 else 0.095))
    span = min(250.0, 14.0 * n + 40)
    r_text = c - ring - px * 0.62
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        g = _char(ch, px, color, 0.78)
        g = g.rotate(-(ang + 90), expand=True, resample=Image.Resampling.BICUBIC)
        x = c + r_text * math.cos(math.radians(ang)) - g.width / 2
        y = c + r_text * math.sin(math.radians(ang)) - g.height / 2
        im.alpha_composite(g, (int(x), int(y)))
    if bottom:
        f = font(int(size * 0.085))
        tw = d.textlength(bottom, font=f)
        d.text((c - tw / 2, c + size * 0.2), bottom, font=f, fill=(*color, 255))
    if code:
        f = font(int(size * 0.05))
        cw = d.textlength(code, font=f)
        d.text((c - cw / 2, size - ring - size * 0.12), code, font=f, fill=(*color, 255))
    return _ink(im.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC), rng)


def oval_seal(
    name: str, code: str, rng: random.Random, w: int = 560, h: int = 380, color=SEAL_RED
) -> Image.Image:
    """The invoice seal: 40x30 mm oval, seller name on the arc, tax id across, 发票专用章 below."""
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    lw = int(h * 0.03)
    d.ellipse((lw, lw, w - lw, h - lw), outline=(*color, 255), width=lw)
    n = len(name)
    px = int(h * (0.13 if n <= 14 else 0.11))
    a, b = w / 2 - lw - px * 0.75, h / 2 - lw - px * 0.75
    span = min(200.0, 11.0 * n + 40)
    for i, ch in enumerate(name):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x, y = w / 2 + a * math.cos(ang), h / 2 + b * math.sin(ang)
        tang = math.degrees(math.atan2(b * math.cos(ang), -a * math.sin(ang)))
        g = _char(ch, px, color, 0.8).rotate(-tang, expand=True, resample=Image.Resampling.BICUBIC)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    f = font(int(h * 0.1))
    tw = d.textlength(code, font=f)
    d.text((w / 2 - tw / 2, h * 0.45), code, font=f, fill=(*color, 255))
    f2 = font(int(h * 0.12))
    tw = d.textlength("发票专用章", font=f2)
    d.text((w / 2 - tw / 2, h * 0.64), "发票专用章", font=f2, fill=(*color, 255))
    return _ink(im.rotate(rng.uniform(-8, 8), resample=Image.Resampling.BICUBIC, expand=True), rng, 0.18)


def signature(rng: random.Random, w: int = 360, h: int = 130, color=(20, 30, 70)) -> Image.Image:
    """Pen strokes: a few smooth cursive loops and a trailing flourish."""
    im = Image.new("RGBA", (w * 2, h * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    x = rng.uniform(20, 50)
    for _glyph in range(rng.randint(2, 3)):
        length = rng.uniform(150, 230)
        f1, f2 = rng.uniform(2.5, 4.5), rng.uniform(5, 9)
        a1, a2 = rng.uniform(35, 60), rng.uniform(10, 25)
        ph = rng.uniform(0, 6.3)
        pts = []
        for k in range(90):
            t = k / 89
            pts.append(
                (
                    x + t * length + 28 * math.sin(t * f2 + ph),
                    h + a1 * math.sin(t * f1 * math.pi + ph) + a2 * math.cos(t * f2 * 2) - 20 * t,
                )
            )
        width = rng.randint(5, 7)
        for i, (p, q) in enumerate(itertools.pairwise(pts)):
            d.line([p, q], fill=(*color, 255), width=max(2, int(width * (1 - 0.5 * i / 90))))
        x = pts[-1][0] + rng.uniform(10, 30)
    y0 = h + rng.uniform(20, 40)
    tail = [(x - 60 + k * 3.0, y0 - 25 * math.sin(k / 12)) for k in range(40)]
    d.line(tail, fill=(*color, 255), width=3, joint="curve")
    im = im.filter(ImageFilter.GaussianBlur(1.0)).resize((w, h), Image.Resampling.LANCZOS)
    return im


def qr(payload: str, px: int = 300) -> Image.Image:
    bc = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
    arr = np.asarray(bc.to_image(scale=8, add_quiet_zones=True))
    return Image.fromarray(arr).convert("L").resize((px, px), Image.Resampling.NEAREST)


def emblem(size: int = 300) -> Image.Image:
    """A plain red-and-gold round device standing in for the national emblem."""
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    gold, red = (214, 170, 40, 255), (200, 25, 30, 255)
    d.ellipse((4, 4, size - 4, size - 4), fill=gold)
    d.ellipse((size * 0.1, size * 0.1, size * 0.9, size * 0.9), fill=red)
    _star(d, size / 2, size * 0.35, size * 0.14, gold)
    for i in range(4):
        a = math.radians(200 + i * 35)
        _star(
            d,
            size / 2 + size * 0.26 * math.cos(a) + size * 0.05,
            size * 0.38 + size * 0.22 * math.sin(a),
            size * 0.05,
            gold,
        )
    d.rectangle((size * 0.3, size * 0.58, size * 0.7, size * 0.68), fill=gold)
    return im


def watermark(size: tuple[int, int], text: str, color=(120, 120, 120), alpha: int = 70) -> Image.Image:
    """Diagonal repeated text such as 仅供资质年检使用, as enterprises stamp copies."""
    w, h = size
    layer = Image.new("RGBA", (w * 2, h * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    f = font(max(24, w // 18))
    step_y = int(w / 5)
    tw = int(d.textlength(text, font=f))
    for j, y in enumerate(range(0, h * 2, step_y)):
        for x in range(-tw + (j % 2) * tw // 2, w * 2, tw + w // 6):
            d.text((x, y), text, font=f, fill=(*color, alpha))
    layer = layer.rotate(30, resample=Image.Resampling.BICUBIC)
    return layer.crop((w // 2, h // 2, w // 2 + w, h // 2 + h))
