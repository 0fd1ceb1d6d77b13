"""A page description written into a PDF page with a real text layer (e-contracts, exported reports)."""

from __future__ import annotations

import io

import pymupdf

from . import marks
from .layout import Box, Page, Rule, Text, font
from .raster import SPRITES

SPRITE_DPI = 200


def _rgb(colour: tuple[int, int, int]) -> tuple[float, float, float]:
    return (colour[0] / 255, colour[1] / 255, colour[2] / 255)


def _png(image: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)  # type: ignore[attr-defined]
    return buffer.getvalue()


def write_page(doc: pymupdf.Document, page: Page) -> None:
    """Append ``page`` to ``doc`` as vector text, rules and placed pictures of the marks."""
    out = doc.new_page(width=page.width, height=page.height)
    face = font()
    # One writer per colour and weight: text of a page goes out in a few text objects.
    writers: dict[tuple[tuple[int, int, int], bool], pymupdf.TextWriter] = {}
    for item in page.items:
        if isinstance(item, Text) and not item.hand:
            writer = writers.setdefault((item.colour, item.bold), pymupdf.TextWriter(out.rect))
            if item.spacing:
                x = item.x
                for ch in item.text:
                    writer.append((x, item.y), ch, font=face, fontsize=item.size)
                    x += face.text_length(ch, fontsize=item.size) + item.spacing
            else:
                writer.append((item.x, item.y), item.text, font=face, fontsize=item.size)
        elif isinstance(item, Rule):
            out.draw_line((item.x0, item.y0), (item.x1, item.y1), color=_rgb(item.colour), width=item.width)
        elif isinstance(item, Box):
            out.draw_rect(
                pymupdf.Rect(item.x0, item.y0, item.x1, item.y1),
                color=_rgb(item.colour),
                fill=_rgb(item.fill) if item.fill else None,
                width=item.width,
            )
        else:
            if isinstance(item, Text):
                sprite, x, y = marks.hand(item, SPRITE_DPI)
            else:
                sprite, x, y = SPRITES[type(item)](item, SPRITE_DPI)  # type: ignore[operator]
            w, h = sprite.width * 72 / SPRITE_DPI, sprite.height * 72 / SPRITE_DPI
            out.insert_image(pymupdf.Rect(x, y, x + w, y + h), stream=_png(sprite))
    for (colour, bold), writer in writers.items():
        writer.write_text(out, color=_rgb(colour), render_mode=2 if bold else 0)
