"""How paper reaches the upload: flatbed scans, phone photos sent through WeChat, PDF-viewer screenshots."""

from __future__ import annotations

import io
import random

import cv2
import numpy as np
import pymupdf
from PIL import Image, ImageDraw

from .paint import pil_font


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(1 << 30))


def jpeg(img: np.ndarray, quality: int) -> bytes:
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(img, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return buf.tobytes()


def png(img: np.ndarray) -> bytes:
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="PNG", optimize=False, compress_level=6)
    return out.getvalue()


def scan(img: np.ndarray, rng: random.Random, grey: bool) -> np.ndarray:
    """A flatbed scan: paper tint, a small skew, sensor noise, soft focus (uint8 throughout, for speed)."""
    h, w = img.shape[:2]
    tint = np.array([rng.uniform(242, 252), rng.uniform(240, 250), rng.uniform(232, 246)])
    if grey:
        out = cv2.convertScaleAbs(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY), alpha=float(tint.mean()) / 255.0)
        border: tuple[float, ...] = (float(tint.mean()),)
    else:
        out = cv2.transform(img, np.diag(tint / 255.0))
        border = tuple(float(v) for v in tint)
    angle = rng.uniform(-0.7, 0.7)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    out = cv2.warpAffine(
        out, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.35, 0.7))
    noise = np.zeros(out.shape, np.int16)
    cv2.setRNGSeed(rng.randrange(1 << 30))
    cv2.randn(noise, np.array([0.0]), np.array([rng.uniform(2.0, 4.0)]))
    out = np.clip(out.astype(np.int16) + noise, 0, 255).astype(np.uint8)
    if grey:
        return cv2.cvtColor(out, cv2.COLOR_GRAY2RGB)
    return out


def printout(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """A laser printout scanned in grey: toner a little heavier, red and brown turned grey."""
    grey = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY).astype(np.float32)
    grey = np.clip((grey - 255) * rng.uniform(1.05, 1.2) + 255, 0, 255)
    back = cv2.cvtColor(grey.astype(np.uint8), cv2.COLOR_GRAY2RGB)
    return scan(back, rng, grey=True)


def phone_photo(img: np.ndarray, rng: random.Random, long_side: int = 1280) -> np.ndarray:
    """A phone photo of a sheet on a desk: perspective, uneven light, the shadow of a hand and phone, WeChat size."""
    g = _np_rng(rng)
    h, w = img.shape[:2]
    pad_x, pad_y = w * rng.uniform(0.06, 0.12), h * rng.uniform(0.05, 0.09)
    scale = long_side / max(w + 2 * pad_x, h + 2 * pad_y)
    cw, ch = round((w + 2 * pad_x) * scale), round((h + 2 * pad_y) * scale)
    desk_colour = rng.choice([(120, 92, 64), (150, 146, 138), (92, 84, 78), (176, 160, 132)])
    desk = np.zeros((ch, cw, 3), np.float32) + np.array(desk_colour, np.float32)
    grain = cv2.GaussianBlur(g.standard_normal((ch, cw), dtype=np.float32) * 12, (0, 0), 2)
    desk += grain[:, :, None]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    j = 0.045

    def jit(v: float, span: float) -> float:
        return (v + rng.uniform(-j, j) * span) * scale

    dst = np.array(
        [
            [jit(pad_x, w), jit(pad_y, h)],
            [jit(pad_x + w, w), jit(pad_y, h)],
            [jit(pad_x + w, w), jit(pad_y + h, h)],
            [jit(pad_x, w), jit(pad_y + h, h)],
        ],
        dtype=np.float32,
    )
    m = cv2.getPerspectiveTransform(src, dst)
    small = cv2.resize(
        img, None, fx=min(1.0, scale * 1.5), fy=min(1.0, scale * 1.5), interpolation=cv2.INTER_AREA
    )
    m_small = m @ np.diag([1 / min(1.0, scale * 1.5), 1 / min(1.0, scale * 1.5), 1.0])
    sheet = cv2.warpPerspective(small, m_small, (cw, ch), flags=cv2.INTER_LINEAR).astype(np.float32)
    mask = cv2.warpPerspective(np.ones(small.shape[:2], np.float32), m_small, (cw, ch))
    mask = cv2.GaussianBlur(mask, (0, 0), 0.8)[:, :, None]
    out = sheet * mask + desk * (1 - mask)
    # light: a gradient from one side plus vignetting
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    grad = (np.cos(ang) * (xx / cw - 0.5) + np.sin(ang) * (yy / ch - 0.5)) * rng.uniform(0.18, 0.32)
    vign = ((xx / cw - 0.5) ** 2 + (yy / ch - 0.5) ** 2) * rng.uniform(0.25, 0.5)
    light = np.clip(1.0 - grad - vign + 0.06, 0.55, 1.08)
    # the shadow of the hand holding the phone, entering from one edge (drawn small, blurred, enlarged)
    sw, sh_ = cw // 4, ch // 4
    shadow = Image.new("L", (sw, sh_), 0)
    d = ImageDraw.Draw(shadow)
    side = rng.choice(["bottom", "right", "left"])
    if side == "bottom":
        x0 = rng.uniform(0.25, 0.6) * sw
        d.ellipse((x0, sh_ * rng.uniform(0.72, 0.82), x0 + sw * rng.uniform(0.35, 0.5), sh_ * 1.25), fill=255)
    elif side == "right":
        y0 = rng.uniform(0.45, 0.7) * sh_
        d.ellipse((sw * rng.uniform(0.78, 0.86), y0, sw * 1.3, y0 + sh_ * 0.4), fill=255)
    else:
        y0 = rng.uniform(0.5, 0.75) * sh_
        d.ellipse((-sw * 0.3, y0, sw * rng.uniform(0.14, 0.22), y0 + sh_ * 0.35), fill=255)
    shade = cv2.GaussianBlur(np.asarray(shadow, np.float32) / 255.0, (0, 0), sw * 0.04)
    shade = cv2.resize(shade, (cw, ch), interpolation=cv2.INTER_LINEAR)
    light = light * (1 - shade * rng.uniform(0.3, 0.45))
    warm = np.array([rng.uniform(1.0, 1.05), 1.0, rng.uniform(0.88, 0.96)], np.float32)
    out = out * light[:, :, None] * warm
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.4, 0.7))
    out += g.standard_normal(out.shape, dtype=np.float32) * np.float32(rng.uniform(2.5, 5.0))
    return np.clip(out, 0, 255).astype(np.uint8)


def phone_jpeg(img: np.ndarray, rng: random.Random) -> bytes:
    """WeChat-style re-compression of a phone photo."""
    return jpeg(img, rng.randint(72, 82))


def viewer_screenshot(page_img: np.ndarray, rng: random.Random, file_name: str, pages: int) -> np.ndarray:
    """A 2560×1440 screenshot of a desktop PDF viewer showing one page at about 100 dpi on grey."""
    sw, sh = 2560, 1440
    screen = Image.new("RGB", (sw, sh), (82, 86, 89))
    d = ImageDraw.Draw(screen)
    d.rectangle((0, 0, sw, 56), fill=(50, 54, 57))
    font = pil_font(22)
    d.text((70, 28), file_name, font=font, fill=(241, 241, 241), anchor="lm")
    d.text((sw / 2 - 120, 28), f"1  /  {pages}", font=font, fill=(241, 241, 241), anchor="lm")
    d.text((sw / 2 + 40, 28), "—    100%    +", font=font, fill=(241, 241, 241), anchor="lm")
    for i, x in enumerate((sw - 190, sw - 130, sw - 70)):
        d.rectangle((x, 18, x + 22, 40), outline=(200, 200, 200), width=2)
        if i == 1:
            d.line((x + 11, 20, x + 11, 36), fill=(200, 200, 200), width=2)
    for i in range(3):
        d.line((20, 20 + i * 8, 44, 20 + i * 8), fill=(220, 220, 220), width=3)
    page = Image.fromarray(page_img)
    px = (sw - page.width) // 2
    py = 56 + max(8, (sh - 56 - page.height) // 2)
    shadow = Image.new("RGB", (page.width + 12, page.height + 12), (60, 63, 65))
    screen.paste(shadow, (px - 2, py + 2))
    screen.paste(page, (px, py))
    # mouse pointer somewhere on the grey
    cx, cy = rng.randint(px + page.width + 60, sw - 120), rng.randint(300, 1200)
    d.polygon(
        [
            (cx, cy),
            (cx, cy + 30),
            (cx + 8, cy + 23),
            (cx + 14, cy + 35),
            (cx + 18, cy + 33),
            (cx + 12, cy + 21),
            (cx + 22, cy + 21),
        ],
        fill=(255, 255, 255),
        outline=(0, 0, 0),
    )
    return np.asarray(screen)


def image_pdf(pages: list[tuple[bytes, float, float]]) -> bytes:
    """A PDF of image pages (JPEG bytes, page width and height in points), as a scanner writes it."""
    doc = pymupdf.open()
    for data, w, h in pages:
        page = doc.new_page(width=w, height=h)
        page.insert_image(page.rect, stream=data)
    doc.set_metadata({"producer": "Scan2PDF 3.1", "creator": "FUJIFILM Apeos 2560"})
    out = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return out
