"""Ink drawn as images: round seals (bilingual for public bodies, Chinese only for firms), the CPA's
square seal, pen signatures, QR codes.

Seals are RGBA images at 300 dpi (alpha = ink density). Chinese characters on an arc are drawn one by one,
each turned to face the centre. Arabic-script text on an arc is first shaped as one horizontal line by
Pillow's Raqm layout (HarfBuzz + FriBidi: joining forms, right to left) in DejaVu Sans Bold, then bent onto
the ring with an inverse polar map (OpenCV ``remap``), so the letters keep their joins.
"""

from __future__ import annotations

import io
import math
import random
from functools import lru_cache

import cv2
import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

DPI = 300
MM = DPI / 25.4
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


@lru_cache(maxsize=1)
def cjk_bytes() -> bytes:
    return bytes(pymupdf.Font("china-s").buffer)


@lru_cache(maxsize=64)
def cjk_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(cjk_bytes()), px)


@lru_cache(maxsize=64)
def arabic_font(px: int, bold: bool = True) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(DEJAVU_BOLD if bold else DEJAVU, px, layout_engine=ImageFont.Layout.RAQM)


def shaped_strip(text: str, px: int, lang: str = "ug") -> np.ndarray:
    """One line of Arabic-script text shaped right to left, as an alpha mask (uint8, text = 255)."""
    font = arabic_font(px)
    language = "kk" if lang == "kk" else "ug"
    width = int(font.getlength(text, direction="rtl", language=language)) + 4
    ascent, descent = font.getmetrics()
    img = Image.new("L", (width, ascent + descent + 4), 0)
    ImageDraw.Draw(img).text((2, 2), text, font=font, fill=255, direction="rtl", language=language)
    return np.asarray(img)


def _glyph(ch: str, px: int) -> Image.Image:
    font = cjk_font(px)
    img = Image.new("L", (int(px * 1.25), int(px * 1.25)), 0)
    ImageDraw.Draw(img).text((img.width / 2, img.height / 2), ch, font=font, fill=255, anchor="mm")
    return img


def _arc_chars(
    mask: Image.Image,
    text: str,
    c: float,
    radius: float,
    px: int,
    span_deg: float,
    *,
    top: bool = True,
    squeeze: float = 1.0,
) -> None:
    """Place characters on an arc, centred on the top (or bottom), upright toward the centre."""
    n = len(text)
    if n == 0:
        return
    step = span_deg / max(n - 1, 1)
    for i, ch in enumerate(text):
        a = -span_deg / 2 + i * step if n > 1 else 0.0
        g = _glyph(ch, px)
        if squeeze != 1.0:
            g = g.resize((max(1, int(g.width * squeeze)), g.height), Image.Resampling.LANCZOS)
        if top:
            rot = g.rotate(-a, resample=Image.Resampling.BICUBIC, expand=True)
            x = c + radius * math.sin(math.radians(a))
            y = c - radius * math.cos(math.radians(a))
        else:
            rot = g.rotate(a, resample=Image.Resampling.BICUBIC, expand=True)
            x = c + radius * math.sin(math.radians(a))
            y = c + radius * math.cos(math.radians(a))
        mask.paste(255, (int(x - rot.width / 2), int(y - rot.height / 2)), rot)


def _bend(
    strip: np.ndarray, size: int, r_in: float, r_out: float, span_deg: float, *, top: bool
) -> np.ndarray:
    """Map a horizontal strip onto a ring sector: the top arc (glyph tops outward) or the bottom arc (glyph
    tops toward the centre); the strip's left edge goes to the sector's left end either way."""
    h, w = strip.shape
    c = (size - 1) / 2
    ys, xs = np.mgrid[0:size, 0:size].astype(np.float32)
    dx, dy = xs - c, ys - c
    r = np.hypot(dx, dy)
    span = math.radians(span_deg)
    if top:
        ang = np.arctan2(dx, -dy)  # 0 at the top, growing to the right
        v = (r_out - r) / (r_out - r_in) * (h - 1)  # the strip's top edge on the outer radius
    else:
        ang = np.arctan2(dx, dy)  # 0 at the bottom, growing to the right
        v = (r - r_in) / (r_out - r_in) * (h - 1)  # the strip's top edge on the inner radius
    u = (ang + span / 2) / span * (w - 1)
    map_x = u.astype(np.float32)
    map_y = v.astype(np.float32)
    return cv2.remap(
        strip, map_x, map_y, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0
    )


def _star(draw: ImageDraw.ImageDraw, c: float, r: float) -> None:
    pts = []
    for k in range(10):
        rad = r if k % 2 == 0 else r * 0.382
        a = math.radians(-90 + k * 36)
        pts.append((c + rad * math.cos(a), c + rad * math.sin(a)))
    draw.polygon(pts, fill=255)


def _inked(mask: Image.Image, rng: random.Random, color: tuple[int, int, int], rotate: float) -> Image.Image:
    """Turn a mask into red ink: uneven pressure, speckles where the ink did not take, a soft edge."""
    m = np.asarray(mask.filter(ImageFilter.GaussianBlur(0.7)), dtype=np.float32) / 255
    h, w = m.shape
    seed = rng.randrange(1 << 30)
    nrng = np.random.default_rng(seed)
    low: np.ndarray = cv2.resize(
        nrng.random((6, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
    )
    pressure = 0.62 + 0.38 * np.clip(low, 0, 1)
    # one side pressed harder, as a hand stamps
    gx = np.linspace(-1, 1, w, dtype=np.float32)[None, :] * rng.uniform(-0.18, 0.18)
    speck: np.ndarray = (nrng.random((h, w)) > rng.uniform(0.04, 0.12)).astype(np.float32)
    speck = cv2.GaussianBlur(speck, (0, 0), 0.8)
    alpha = np.clip(m * np.clip(pressure + gx, 0.35, 1) * (0.55 + 0.45 * speck), 0, 1)
    rgba = np.zeros((h, w, 4), dtype=np.uint8)
    rgba[..., 0], rgba[..., 1], rgba[..., 2] = color
    rgba[..., 3] = (alpha * 255).astype(np.uint8)
    img = Image.fromarray(rgba, "RGBA")
    if rotate:
        img = img.rotate(rotate, resample=Image.Resampling.BICUBIC, expand=False)
    return img


def seal_red(rng: random.Random) -> tuple[int, int, int]:
    return (rng.randint(196, 228), rng.randint(18, 48), rng.randint(30, 62))


def body_seal(
    rng: random.Random,
    cn: str,
    second: str,
    lang: str,
    *,
    layout: str,
    diameter_mm: float = 42.0,
    rotate: float | None = None,
) -> Image.Image:
    """A public body's round seal with a star: ``lower`` puts Chinese on the upper arc and the second
    language on the lower arc; ``outer`` puts the second language round the outer ring and Chinese on an
    inner arc."""
    size = int(diameter_mm * MM) + 8
    c = (size - 1) / 2
    R = diameter_mm * MM / 2
    ring = 1.1 * MM
    mask = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(mask)
    d.ellipse((c - R, c - R, c + R, c + R), outline=255, width=int(ring))
    if layout == "outer":
        # second language outside, a thin inner ring, Chinese inside it
        d.ellipse(
            (c - R + 7.0 * MM, c - R + 7.0 * MM, c + R - 7.0 * MM, c + R - 7.0 * MM),
            outline=255,
            width=max(2, int(0.35 * MM)),
        )
        span = 300.0
        r_out, r_in = R - ring - 0.5 * MM, R - 6.4 * MM
        arc_len = math.radians(span) * (r_out + r_in) / 2
        px = int(4.6 * MM)
        strip = shaped_strip(second, px, lang)
        while strip.shape[1] > arc_len and px > 14:
            px -= 2
            strip = shaped_strip(second, px, lang)
        if strip.shape[1] < arc_len * 0.8:  # a short name: a narrower span, letters not stretched
            span = math.degrees(strip.shape[1] / ((r_out + r_in) / 2)) * 1.05
        bent = _bend(strip, size, r_in, r_out, span, top=True)
        mask = Image.fromarray(np.maximum(np.asarray(mask), bent))
        inner_r = R - 7.0 * MM - 3.0 * MM
        cpx = int(min(4.4 * MM, math.radians(230) * inner_r / max(len(cn), 1) * 0.92))
        _arc_chars(mask, cn, c, inner_r - 0.2 * MM, cpx, min(230.0, 19.0 * len(cn)), squeeze=0.82)
        _star(ImageDraw.Draw(mask), c, 4.6 * MM)
    else:
        n = len(cn)
        span = min(232.0, max(176.0, 150.0 + 4.5 * n))
        r_char = R - ring - 3.6 * MM
        cpx = int(min(6.0 * MM, math.radians(span) * r_char / max(n, 1) * 0.95))
        _arc_chars(mask, cn, c, r_char, cpx, span - span / n if n > 1 else 0, squeeze=0.78)
        low_span = 360.0 - span - 34.0
        r_out, r_in = R - ring - 0.6 * MM, R - ring - 5.2 * MM
        arc_len = math.radians(low_span) * (r_out + r_in) / 2
        px = int(4.2 * MM)
        strip = shaped_strip(second, px, lang)
        while strip.shape[1] > arc_len and px > 12:
            px -= 2
            strip = shaped_strip(second, px, lang)
        used = math.degrees(strip.shape[1] / ((r_out + r_in) / 2))
        bent = _bend(strip, size, r_in, r_out, used, top=False)
        mask = Image.fromarray(np.maximum(np.asarray(mask), bent))
        _star(ImageDraw.Draw(mask), c, 6.2 * MM)
    if rotate is None:
        rotate = rng.uniform(-14, 14)
    return _inked(mask, rng, seal_red(rng), rotate)


def firm_seal(
    rng: random.Random,
    name: str,
    *,
    use: str = "",
    number: str | None = None,
    diameter_mm: float = 40.0,
    rotate: float | None = None,
) -> Image.Image:
    """A firm's round seal, Chinese only: name on the arc, star, the use (合同专用章) below, and the
    13-digit registration number of the seal along the bottom inside the ring."""
    size = int(diameter_mm * MM) + 8
    c = (size - 1) / 2
    R = diameter_mm * MM / 2
    ring = 1.0 * MM
    mask = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(mask)
    d.ellipse((c - R, c - R, c + R, c + R), outline=255, width=int(ring))
    n = len(name)
    span = min(262.0, 16.5 * n + 40)
    r_char = R - ring - 3.3 * MM
    cpx = int(min(5.6 * MM, math.radians(span) * r_char / max(n, 1) * 0.98))
    _arc_chars(mask, name, c, r_char, cpx, span - span / n, squeeze=0.72)
    _star(ImageDraw.Draw(mask), c, 5.6 * MM if not use else 5.0 * MM)
    if use:
        f = cjk_font(int(3.6 * MM))
        ImageDraw.Draw(mask).text((c, c + 9.6 * MM), use, font=f, fill=255, anchor="mm")
    if number:
        small = int(1.9 * MM)
        digits_span = 58.0
        step = digits_span / max(len(number) - 1, 1)
        for i, ch in enumerate(number):
            a = -digits_span / 2 + i * step
            g = _glyph(ch, small)
            rot = g.rotate(a, resample=Image.Resampling.BICUBIC, expand=True)
            rr = R - ring - 1.6 * MM
            x = c + rr * math.sin(math.radians(a))
            y = c + rr * math.cos(math.radians(a))
            mask.paste(255, (int(x - rot.width / 2), int(y - rot.height / 2)), rot)
    if rotate is None:
        rotate = rng.uniform(-12, 12)
    return _inked(mask, rng, seal_red(rng), rotate)


def cpa_seal(rng: random.Random, name: str, number: str) -> Image.Image:
    """The CPA's rectangular seal: 中国注册会计师 / name / 证书编号."""
    w, h = int(30 * MM), int(17 * MM)
    mask = Image.new("L", (w + 8, h + 8), 0)
    d = ImageDraw.Draw(mask)
    d.rectangle((4, 4, w + 3, h + 3), outline=255, width=int(0.8 * MM))
    d.line((4, 4 + h * 0.38, w + 3, 4 + h * 0.38), fill=255, width=int(0.4 * MM))
    d.text((4 + w / 2, 4 + h * 0.2), "中国注册会计师", font=cjk_font(int(3.4 * MM)), fill=255, anchor="mm")
    d.text((4 + w / 2, 4 + h * 0.58), name, font=cjk_font(int(4.0 * MM)), fill=255, anchor="mm")
    d.text((4 + w / 2, 4 + h * 0.84), number, font=cjk_font(int(2.6 * MM)), fill=255, anchor="mm")
    return _inked(mask, rng, seal_red(rng), rng.uniform(-4, 4))


def oval_seal(rng: random.Random, lines: tuple[str, ...], w_mm: float = 40, h_mm: float = 28) -> Image.Image:
    """The invoice's oval 监制章 / 发票专用章 with horizontal lines of text."""
    w, h = int(w_mm * MM), int(h_mm * MM)
    mask = Image.new("L", (w + 8, h + 8), 0)
    d = ImageDraw.Draw(mask)
    d.ellipse((4, 4, w + 3, h + 3), outline=255, width=int(0.8 * MM))
    n = len(lines)
    for i, line in enumerate(lines):
        px = int((3.2 if i != n // 2 else 3.8) * MM)
        d.text((4 + w / 2, 4 + h * (i + 1) / (n + 1)), line, font=cjk_font(px), fill=255, anchor="mm")
    return _inked(mask, rng, seal_red(rng), 0)


def signature(
    rng: random.Random, w_mm: float = 26, h_mm: float = 10, *, color: tuple[int, int, int] | None = None
) -> Image.Image:
    """A fast pen signature: a few connected loops drawn along a smooth random path."""
    w, h = int(w_mm * MM), int(h_mm * MM)
    scale = 3
    img = Image.new("L", (w * scale, h * scale), 0)
    d = ImageDraw.Draw(img)
    strokes = rng.randint(2, 3)
    x = rng.uniform(0.04, 0.12) * w
    for _ in range(strokes):
        length = rng.uniform(0.25, 0.45) * w
        pts = []
        n = rng.randint(24, 40)
        phase = rng.uniform(0, 6.28)
        freq = rng.uniform(2.0, 4.5)
        amp = rng.uniform(0.18, 0.38) * h
        base = rng.uniform(0.45, 0.6) * h
        slope = rng.uniform(-0.15, 0.05) * h
        for k in range(n):
            t = k / (n - 1)
            px = x + t * length + 0.06 * w * math.sin(2 * math.pi * freq * t + phase)
            py = base + slope * t - amp * math.sin(2 * math.pi * freq * t * 1.07 + phase * 0.5)
            pts.append((px * scale, py * scale))
        d.line(pts, fill=255, width=int(rng.uniform(0.45, 0.65) * MM * scale / 2), joint="curve")
        x += length * rng.uniform(0.75, 1.0)
    # an underline flourish, sometimes
    if rng.random() < 0.5:
        y = rng.uniform(0.75, 0.9) * h
        d.line(
            [
                (0.1 * w * scale, y * scale),
                (min(x, 0.95 * w) * scale, (y - rng.uniform(0, 0.15) * h) * scale),
            ],
            fill=255,
            width=int(0.35 * MM * scale / 2),
        )
    img = img.resize((w, h), Image.Resampling.LANCZOS).filter(ImageFilter.GaussianBlur(0.4))
    a = np.asarray(img, dtype=np.float32) / 255
    rgba = np.zeros((h, w, 4), dtype=np.uint8)
    rgba[..., 0], rgba[..., 1], rgba[..., 2] = color or rng.choice(
        ((22, 30, 80), (25, 25, 30), (20, 40, 110))
    )
    rgba[..., 3] = np.clip(a * 1.15 * 255, 0, 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")


def qr_png(payload: str, module_px: int = 6) -> bytes:
    """A QR code (OpenCV's encoder) as PNG bytes, with its quiet zone."""
    enc = cv2.QRCodeEncoder.create()
    q = enc.encode(payload)
    q = cv2.resize(q, (q.shape[1] * module_px, q.shape[0] * module_px), interpolation=cv2.INTER_NEAREST)
    ok, buf = cv2.imencode(".png", q)
    if not ok:
        raise RuntimeError("QR encode failed")
    return buf.tobytes()


def png_bytes(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=False, compress_level=3)
    return out.getvalue()
