"""An office ADF scanner fed in a hurry: duplex backs with show-through, pages fed upside down or
sideways, per-page skew, re-feeds; and what the paper brings with it (staples, punched holes, a fold,
a sticky note, a paper clip, a receipt on the A4 bed, an A3 sheet)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageDraw

from .sheet import A4, BLUE, DPI, Sheet, font, px


@dataclass
class Feed:
    """How one side went through the machine and what is on the paper besides print."""

    rotate: int = 0
    """Clockwise quarter turns as fed: 0, 90, 180 or 270 degrees."""
    skew: float = 0.0
    colour: bool = False
    holes: bool = False
    staple: bool = False
    clip: bool = False
    crease: float | None = None
    """A fold across the sheet at this fraction of its height (of its width when ``fold_vertical``)."""
    fold_vertical: bool = False
    sticky: tuple[float, float, str] | None = None
    """A 便利贴 at (x, y) mm with its scribble."""
    show_through: Sheet | None = None
    """The other side of the sheet (a back page shows its front faintly, mirrored)."""
    bed: tuple[float, float] | None = None
    """Scan area when the paper is smaller (a 241 × 140 mm invoice on an A4 bed)."""


def _grey(arr: np.ndarray) -> np.ndarray:
    return arr[..., 0] * 0.299 + arr[..., 1] * 0.587 + arr[..., 2] * 0.114


def _marks(arr: np.ndarray, feed: Feed, rng: random.Random, size: tuple[float, float]) -> np.ndarray:
    h, w = arr.shape[:2]
    if feed.show_through is not None:
        front: np.ndarray = _grey(np.asarray(feed.show_through.image, dtype=np.float32))[:, ::-1]
        front = cv2.resize(front, (w, h))
        front = cv2.GaussianBlur(front, (0, 0), 2.2)
        depth = rng.uniform(0.06, 0.13)
        arr *= (1 - depth * (1 - front / 255.0))[..., None]
    if feed.crease is not None:
        if feed.fold_vertical:
            arr = np.ascontiguousarray(np.swapaxes(arr, 0, 1))
            h, w = w, h
        y = int(h * feed.crease)
        band = px(4)
        ramp = np.linspace(0, 1, band, dtype=np.float32)
        arr[y - band : y] *= (1 - 0.07 * ramp)[:, None, None]
        arr[y : y + band] *= (1 + 0.03 * ramp[::-1])[:, None, None]
        arr[y : y + 2] *= 0.78
        np.clip(arr, 0, 255, out=arr)
        if feed.fold_vertical:
            arr = np.ascontiguousarray(np.swapaxes(arr, 0, 1))
            h, w = w, h
    if feed.holes:
        for dy in (-40, 40):
            cy, cx, r = px(size[1] / 2 + dy), px(11), px(3)
            cv2.circle(arr, (cx + 3, cy + 3), r + 2, (200, 200, 200), -1)
            cv2.circle(arr, (cx, cy), r, (58, 58, 62), -1)
    if feed.staple:
        x0, y0 = px(rng.uniform(8, 12)), px(rng.uniform(9, 13))
        x1, y1 = x0 + px(11), y0 - px(rng.uniform(2, 5))
        shadow: np.ndarray = np.zeros((h, w), np.float32)
        cv2.line(shadow, (x0 + 5, y0 + 6), (x1 + 5, y1 + 6), 1.0, px(1.2))
        shadow = cv2.GaussianBlur(shadow, (0, 0), 4)
        arr *= (1 - 0.35 * shadow)[..., None]
        cv2.line(arr, (x0, y0), (x1, y1), (105, 105, 110), px(0.7))
        cv2.line(arr, (x0, y0 + 2), (x1, y1 + 2), (190, 190, 195), 1)
    if feed.clip:
        cx = px(rng.uniform(60, 130))
        shadow = np.zeros((h, w), np.float32)
        for inset, length in ((0, 32), (px(1.8), 24)):
            cv2.rectangle(shadow, (cx + inset, -px(8)), (cx + px(8) - inset, px(length) - inset), 1.0, 3)
        shadow = cv2.GaussianBlur(shadow, (0, 0), 3)
        arr *= (1 - 0.45 * np.clip(shadow * 2, 0, 1))[..., None]
    if feed.sticky is not None:
        sx, sy, scribble = feed.sticky
        x0, y0, x1, y1 = px(sx), px(sy), px(sx + 38), px(sy + 34)
        shade: np.ndarray = np.zeros((h, w), np.float32)
        cv2.rectangle(shade, (x0 + 6, y0 + 8), (x1 + 6, y1 + 8), 1.0, -1)
        shade = cv2.GaussianBlur(shade, (0, 0), 5)
        arr *= (1 - 0.25 * shade)[..., None]
        arr[y0:y1, x0:x1] = (252, 236, 128)
        arr[y0 : y0 + px(6), x0:x1] *= 0.97
        note = Image.fromarray(arr[y0:y1, x0:x1].astype(np.uint8))
        ImageDraw.Draw(note).text((px(3), px(9)), scribble, font=font(12), fill=BLUE)
        arr[y0:y1, x0:x1] = np.asarray(note, dtype=np.float32)
    return arr


def scan(sheet: Sheet, feed: Feed, rng: random.Random) -> tuple[np.ndarray, tuple[float, float]]:
    """The page image as the scanner saves it, and the PDF page size in points."""
    arr: np.ndarray = np.asarray(sheet.image, dtype=np.float32).copy()
    tone = np.array(
        [rng.uniform(0.955, 0.985), rng.uniform(0.95, 0.98), rng.uniform(0.93, 0.965)], np.float32
    )
    arr *= tone
    arr = _marks(arr, feed, rng, sheet.size)
    if feed.bed is not None:
        bed = np.full((px(feed.bed[1]), px(feed.bed[0]), 3), 250.0, np.float32)
        oy, ox = px(rng.uniform(1.5, 5)), px(rng.uniform(1.5, 6))
        hh, ww = min(arr.shape[0], bed.shape[0] - oy), min(arr.shape[1], bed.shape[1] - ox)
        edge = np.zeros(bed.shape[:2], np.float32)
        cv2.rectangle(edge, (ox, oy), (ox + ww, oy + hh), 1.0, 2)
        bed *= (1 - 0.25 * cv2.GaussianBlur(edge, (0, 0), 1.5))[..., None]
        bed[oy : oy + hh, ox : ox + ww] = arr[:hh, :ww]
        arr = bed
    if not feed.colour:
        arr = _grey(arr)
    if feed.rotate == 180:
        arr = arr[::-1, ::-1]
    if feed.skew:
        h, w = arr.shape[:2]
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), feed.skew, 1.0)
        border = (236.0, 236.0, 236.0) if feed.colour else 236.0
        arr = cv2.warpAffine(
            np.ascontiguousarray(arr),
            matrix,
            (w, h),
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=border,
        )
    if feed.rotate == 90:
        arr = np.rot90(arr, 3)
    elif feed.rotate == 270:
        arr = np.rot90(arr, 1)
    arr = np.asarray(cv2.GaussianBlur(np.ascontiguousarray(arr), (0, 0), rng.uniform(0.5, 0.8)), np.float32)
    gen = np.random.default_rng(rng.randrange(1 << 30))
    noise = gen.standard_normal(arr.shape[:2], dtype=np.float32) * rng.uniform(2.0, 4.0)
    arr = arr + (noise[..., None] if arr.ndim == 3 else noise)
    gamma = rng.uniform(0.9, 1.05)
    table = np.clip(255.0 * np.power(np.arange(256) / 255.0, gamma), 0, 255).astype(np.uint8)
    out = cv2.LUT(np.clip(arr, 0, 255).astype(np.uint8), table)
    h, w = out.shape[:2]
    return out, (w * 72 / DPI, h * 72 / DPI)


def jpeg(image: np.ndarray, quality: int) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(image).save(buffer, "JPEG", quality=quality, optimize=False)
    return buffer.getvalue()


def back_of(front: Sheet, note: str | None = None, page_no: str | None = None) -> Sheet:
    """The reverse of a single-sided sheet: blank, or with 此页无正文 or a page number on it."""
    back = Sheet(front.size)
    back.blank = True
    if note:
        back.centre(front.size[1] / 2, note, 12)
    if page_no:
        back.centre(front.size[1] - 14, page_no, 9)
    return back


__all__ = ["A4", "Feed", "back_of", "jpeg", "scan"]
