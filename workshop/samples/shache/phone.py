"""How a page reaches the reviewer through a phone: app screenshots, long screenshots, photos of a monitor or of
paper on a desk, the chat app's recompression, and the enterprise's own 仅供年检使用 watermark."""

from __future__ import annotations

import io
import math
import random
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .sheet import _font_bytes

W = 1080
APPS = {
    "wechat": {
        "bar": (237, 237, 237),
        "ink": (25, 25, 25),
        "viewer": (230, 230, 230),
        "tool": "用其他应用打开",
    },
    "dingtalk": {
        "bar": (255, 255, 255),
        "ink": (23, 26, 29),
        "viewer": (242, 243, 245),
        "tool": "转发   下载   更多",
    },
    "wps": {
        "bar": (250, 250, 250),
        "ink": (30, 30, 30),
        "viewer": (82, 86, 89),
        "tool": "编辑   工具   分享   批注",
    },
}


def _font(px: int):
    from PIL import ImageFont

    return ImageFont.truetype(io.BytesIO(_font_bytes()), px)


def status_bar(rng: random.Random, clock: str, dark: bool = False) -> Image.Image:
    bg = (20, 20, 20) if dark else (246, 246, 246)
    ink = (240, 240, 240) if dark else (20, 20, 20)
    im = Image.new("RGB", (W, 84), bg)
    d = ImageDraw.Draw(im)
    d.text((48, 42), clock, font=_font(38), fill=ink, anchor="lm")
    x = 760
    for i in range(4):  # signal bars
        h = 10 + i * 7
        d.rectangle(
            [x + i * 12, 56 - h, x + i * 12 + 7, 56], fill=ink if i < rng.randint(2, 4) else (150, 150, 150)
        )
    d.text((825, 42), rng.choice(["5G", "4G", "5G"]), font=_font(26), fill=ink, anchor="lm")
    d.arc([880, 24, 920, 64], 220, 320, fill=ink, width=5)  # wifi
    d.arc([890, 34, 910, 54], 220, 320, fill=ink, width=5)
    level = rng.randint(12, 96)
    d.rounded_rectangle([940, 28, 1012, 58], 6, outline=ink, width=3)
    d.rectangle(
        [944, 32, 944 + int(64 * level / 100), 54], fill=(60, 180, 70) if level > 20 else (220, 50, 40)
    )
    d.text((976, 43), str(level), font=_font(20), fill=(255, 255, 255) if level > 50 else ink, anchor="mm")
    return im


def title_bar(app: str, title: str) -> Image.Image:
    spec = APPS[app]
    im = Image.new("RGB", (W, 120), spec["bar"])  # type: ignore[arg-type]
    d = ImageDraw.Draw(im)
    d.line([(52, 60), (72, 40), (52, 60), (72, 80)], fill=spec["ink"], width=5)  # type: ignore[arg-type]
    short = title if len(title) <= 16 else title[:15] + "…"
    d.text((W // 2, 60), short, font=_font(38), fill=spec["ink"], anchor="mm")  # type: ignore[arg-type]
    for i in range(3):
        d.ellipse([980 + i * 22, 54, 992 + i * 22, 66], fill=spec["ink"])  # type: ignore[arg-type]
    if app == "dingtalk":
        d.line([(0, 118), (W, 118)], fill=(226, 228, 232), width=2)
    return im


def tool_bar(app: str) -> Image.Image:
    spec = APPS[app]
    im = Image.new("RGB", (W, 150), (248, 248, 248))
    d = ImageDraw.Draw(im)
    d.line([(0, 0), (W, 0)], fill=(215, 215, 215), width=2)
    d.text((W // 2, 60), str(spec["tool"]), font=_font(34), fill=(40, 40, 40), anchor="mm")
    d.rounded_rectangle([W // 2 - 70, 128, W // 2 + 70, 136], 4, fill=(30, 30, 30))  # gesture bar
    return im


def _fit(page: Image.Image, width: int) -> Image.Image:
    return page.resize((width, round(page.height * width / page.width)), Image.Resampling.LANCZOS)


def screenshot(
    pages: list[Image.Image], app: str, title: str, rng: random.Random, clock: str, offset: float = 0.0
) -> Image.Image:
    """A 1080×2400 screenshot of the viewer: one page smaller than the screen with margins, or (two pages) the end
    of one page, a gap and the start of the next, scrolled by ``offset`` (fraction of the first page)."""
    spec = APPS[app]
    top = [status_bar(rng, clock, dark=app == "wps"), title_bar(app, title)]
    bottom = tool_bar(app)
    h = 2400 - sum(t.height for t in top) - bottom.height
    view = Image.new("RGB", (W, h), spec["viewer"])  # type: ignore[arg-type]
    margin = rng.randint(36, 70)
    width = W - 2 * margin
    if len(pages) > 1:  # zoomed out so that both pages show, with the viewer's gap between them
        width = min(width, int((h - 120) / 2 * pages[0].width / pages[0].height))
        margin = (W - width) // 2
    y = 40 - round(offset * pages[0].height * width / pages[0].width)
    for p in pages:
        fitted = _fit(p, width)
        view.paste(fitted, (margin, y))
        ImageDraw.Draw(view).rectangle(
            [margin - 1, y - 1, margin + width, y + fitted.height], outline=(200, 200, 200)
        )
        y += fitted.height + rng.randint(24, 40)
    if len(pages) > 1 or app == "wps":
        d = ImageDraw.Draw(view)
        d.rounded_rectangle([W - 150, h - 110, W - 40, h - 60], 20, fill=(60, 60, 60))
        d.text(
            (W - 95, h - 85),
            f"{1 if offset < 0.5 else 2}/{len(pages)}",
            font=_font(26),
            fill=(255, 255, 255),
            anchor="mm",
        )
    out = Image.new("RGB", (W, 2400))
    y = 0
    for part in [*top, view, bottom]:
        out.paste(part, (0, y))
        y += part.height
    return out


def long_screenshot(
    pages: list[Image.Image], app: str, title: str, rng: random.Random, clock: str
) -> Image.Image:
    """A 长截图: the phone stitched every page of the document, one under the other, into one tall image."""
    spec = APPS[app]
    top = [status_bar(rng, clock), title_bar(app, title)]
    margin = rng.randint(16, 30)
    width = W - 2 * margin
    fitted = [_fit(p, width) for p in pages]
    gap = rng.randint(20, 34)
    h = sum(f.height for f in fitted) + gap * (len(fitted) + 1)
    view = Image.new("RGB", (W, h), spec["viewer"])  # type: ignore[arg-type]
    y = gap
    for f in fitted:
        view.paste(f, (margin, y))
        y += f.height + gap
    bottom = tool_bar(app)
    out = Image.new("RGB", (W, sum(t.height for t in top) + h + bottom.height))
    y = 0
    for part in [*top, view, bottom]:
        out.paste(part, (0, y))
        y += part.height
    return out


def _warp(
    img: np.ndarray, size: tuple[int, int], quad: list[tuple[float, float]], border: tuple[int, int, int]
) -> np.ndarray:
    h, w = img.shape[:2]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, np.array(quad, dtype=np.float32))
    return cv2.warpPerspective(
        img, m, size, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )


def _quad(
    rng: random.Random, x0: float, y0: float, x1: float, y1: float, k: float
) -> list[tuple[float, float]]:
    j = lambda: rng.uniform(-k, k)  # noqa: E731
    top_in = rng.uniform(0, k)  # keystone: the top edge a little narrower
    return [
        (x0 + top_in + j(), y0 + j()),
        (x1 - top_in + j(), y0 + j()),
        (x1 + j(), y1 + j()),
        (x0 + j(), y1 + j()),
    ]


def monitor_photo(page: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of a monitor showing the page in a desktop viewer: bezel, keystone, moiré, soft focus."""
    screen_h = 1500
    fitted = (
        _fit(page, round(page.width * (screen_h - 120) / page.height))
        if page.height > page.width
        else _fit(page, 1700)
    )
    sw = max(2000, fitted.width + 260)
    sh = max(screen_h, fitted.height + 120)
    screen = Image.new("RGB", (sw, sh), (72, 74, 78))
    ImageDraw.Draw(screen).rectangle([0, 0, sw, 44], fill=(45, 47, 50))
    ImageDraw.Draw(screen).text(
        (20, 22), "文件  编辑  视图  窗口  帮助", font=_font(24), fill=(220, 220, 220), anchor="lm"
    )
    screen.paste(fitted, ((sw - fitted.width) // 2, 70))
    arr = np.asarray(screen).astype(np.float32)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    f1, f2, rot = rng.uniform(0.011, 0.02), rng.uniform(0.004, 0.012), rng.uniform(0.3, 1.2)
    phase = 2 * math.pi * (f1 * (xx * math.cos(rot) + yy * math.sin(rot)) + f2 * yy + 0.000004 * xx * yy)
    for c, shift in enumerate((0.0, 2.1, 4.2)):
        arr[..., c] *= 1 + 0.06 * np.sin(phase + shift)
    out_w, out_h = round(sw * 1.08), round(sh * 1.16)
    bx, by = (out_w - sw) / 2, (out_h - sh) / 2
    quad = _quad(rng, bx, by, bx + sw, by + sh, 40)
    photo = _warp(np.clip(arr, 0, 255).astype(np.uint8), (out_w, out_h), quad, (18, 18, 20))
    photo = cv2.GaussianBlur(photo, (0, 0), rng.uniform(0.6, 0.9))
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 4, photo.shape)
    photo = np.clip(photo.astype(np.float32) * rng.uniform(0.9, 1.02) + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(photo)


def desk_photo(page: Image.Image, rng: random.Random, fingers: bool = True) -> Image.Image:
    """A phone photo of the paper on a desk: wood, slight perspective, a light falloff, fingers holding an edge."""
    scale = 1.35
    pw, ph = round(page.width * scale), round(page.height * scale)
    out_w, out_h = round(pw * 1.14), round(ph * 1.12)
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    grain = 0.5 + 0.5 * np.sin(xx * 0.01 + 7 * np.sin(yy * 0.004 + rng.random() * 6))
    wood = np.stack([120 + 40 * grain, 80 + 25 * grain, 50 + 15 * grain], axis=-1)
    big = np.asarray(page.resize((pw, ph), Image.Resampling.BICUBIC))
    x0, y0 = (out_w - pw) / 2, (out_h - ph) / 2
    quad = _quad(rng, x0, y0, x0 + pw, y0 + ph, 28)
    mask = _warp(np.full((ph, pw), 255, np.uint8), (out_w, out_h), quad, (0, 0, 0))
    paper = _warp(big, (out_w, out_h), quad, (0, 0, 0)).astype(np.float32)
    shadow = cv2.GaussianBlur(np.roll(mask, (14, 10), (0, 1)).astype(np.float32) / 255, (0, 0), 12)[..., None]
    base = wood * (1 - 0.45 * shadow)
    m = (mask.astype(np.float32) / 255)[..., None]
    img = base * (1 - m) + paper * m
    light = 1.04 - 0.16 * (
        ((xx - out_w * rng.uniform(0.3, 0.7)) / out_w) ** 2 + ((yy - out_h * 0.35) / out_h) ** 2
    )
    img *= light[..., None]
    pil = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    if fingers:
        d = ImageDraw.Draw(pil, "RGBA")
        skin = (rng.randint(196, 226), rng.randint(150, 176), rng.randint(120, 142), 255)
        for corner in rng.sample([(0, 1), (1, 1), (0, 0.55), (1, 0.5)], 2):
            fx = quad[0][0] - 12 if corner[0] == 0 else quad[1][0] + 12
            fy = y0 + ph * corner[1] * 0.93
            for k in range(rng.choice([1, 2])):
                ox = -150 if corner[0] == 0 else 150
                cy = fy - k * 70
                d.rounded_rectangle(
                    [min(fx, fx + ox) - 60, cy - 30, max(fx, fx + ox) + 60, cy + 30], 30, fill=skin
                )
                nail = fx + (45 if corner[0] == 0 else -45)
                d.ellipse([nail - 22, cy - 20, nail + 22, cy + 20], fill=(236, 200, 190, 255))
        pil = pil.filter(ImageFilter.GaussianBlur(0.7))
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 3.5, (pil.height, pil.width, 3))
    return Image.fromarray(np.clip(np.asarray(pil).astype(np.float32) + noise, 0, 255).astype(np.uint8))


def watermark(
    img: Image.Image, text: str, rng: random.Random, alpha: int = 60, red: bool = False
) -> Image.Image:
    """The enterprise's diagonal, semi-transparent 仅供年检使用 repeated across the image."""
    size = max(56, img.width // 12)
    f = _font(size)
    tile_w = int(size * (len(text) + 3))
    tile = Image.new("RGBA", (tile_w, size * 4), (0, 0, 0, 0))
    colour = (200, 40, 40, alpha) if red else (110, 110, 110, alpha)
    ImageDraw.Draw(tile).text((size, size * 2), text, font=f, fill=colour, anchor="lm")
    tile = tile.rotate(rng.choice([30, 35, 40]), expand=True, resample=Image.Resampling.BICUBIC)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    for y in range(-tile.height // 2, img.height, int(tile.height * 0.75)):
        for x in range(-tile.width // 2 + (y // 7) % 200, img.width, int(tile.width * 0.8)):
            layer.alpha_composite(tile, (max(x, 0), max(y, 0)), (max(-x, 0), max(-y, 0)))
    out = img.convert("RGBA")
    out.alpha_composite(layer)
    return out.convert("RGB")


def chat_recompress(img: Image.Image, rng: random.Random) -> tuple[Image.Image, int]:
    """What WeChat does to a forwarded image: 1080 px wide, JPEG quality 60–75."""
    if img.width > W:
        img = _fit(img, W)
    return img, rng.randint(60, 75)


def save(img: Image.Image, path: Path, quality: int | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".png":
        img.save(path, optimize=False, compress_level=6)
    else:
        img.save(path, quality=quality or 88, subsampling=2)
