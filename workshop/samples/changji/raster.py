"""A page description drawn onto a bitmap, as the paper would look before any scanner."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from . import marks
from .layout import Box, Emblem, Guilloche, Page, Qr, Rule, Seal, Signature, Text, Tick

SPRITES = {
    Seal: marks.seal,
    Signature: marks.signature,
    Tick: marks.tick,
    Qr: marks.qr,
    Emblem: marks.emblem,
    Guilloche: marks.guilloche,
}


def multiply(base: Image.Image, sprite: Image.Image, x: int, y: int) -> None:
    """Lay ink over the page the way ink lies over paper and print: it only darkens."""
    left, top = max(x, 0), max(y, 0)
    right, bottom = min(x + sprite.width, base.width), min(y + sprite.height, base.height)
    if right <= left or bottom <= top:
        return
    crop = sprite.crop((left - x, top - y, right - x, bottom - y))
    ink = np.asarray(crop, dtype=np.float32) / 255.0
    region = np.asarray(base.crop((left, top, right, bottom)), dtype=np.float32)
    alpha = ink[..., 3:4]
    out = region * (1 - alpha + alpha * ink[..., :3])
    base.paste(Image.fromarray(np.uint8(np.clip(out, 0, 255))), (left, top))


def render(page: Page, dpi: float) -> Image.Image:
    """The page at ``dpi`` on white paper; text, rules and marks in the order given."""
    scale = dpi / 72
    im = Image.new("RGB", (round(page.width * scale), round(page.height * scale)), (255, 255, 255))
    draw = ImageDraw.Draw(im)
    for item in page.items:
        if isinstance(item, Text):
            if item.hand:
                sprite, x, y = marks.hand(item, dpi)
                multiply(im, sprite, round(x * scale), round(y * scale))
                continue
            px = max(4, round(item.size * scale))
            face = marks.pil_font(px)
            stroke = max(1, px // 28) if item.bold else 0
            if item.spacing:
                cx = item.x * scale
                for ch in item.text:
                    draw.text(
                        (cx, item.y * scale),
                        ch,
                        font=face,
                        fill=item.colour,
                        anchor="ls",
                        stroke_width=stroke,
                        stroke_fill=item.colour,
                    )
                    cx += face.getlength(ch) + item.spacing * scale
            else:
                draw.text(
                    (item.x * scale, item.y * scale),
                    item.text,
                    font=face,
                    fill=item.colour,
                    anchor="ls",
                    stroke_width=stroke,
                    stroke_fill=item.colour,
                )
        elif isinstance(item, Rule):
            draw.line(
                (item.x0 * scale, item.y0 * scale, item.x1 * scale, item.y1 * scale),
                fill=item.colour,
                width=max(1, round(item.width * scale)),
            )
        elif isinstance(item, Box):
            draw.rectangle(
                (item.x0 * scale, item.y0 * scale, item.x1 * scale, item.y1 * scale),
                outline=item.colour,
                fill=item.fill,
                width=max(1, round(item.width * scale)),
            )
        else:
            maker = SPRITES[type(item)]
            sprite, x, y = maker(item, dpi)  # type: ignore[operator]
            multiply(im, sprite, round(x * scale), round(y * scale))
    return im
