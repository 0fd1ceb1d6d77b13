"""Vector pages drawn with PyMuPDF's built-in CJK font, seals, signatures, QR codes, and scanner effects."""

from __future__ import annotations

import io
import math
import random

import cv2
import numpy as np
import pymupdf
from PIL import Image

A4 = (595.0, 842.0)
SERIF, SANS = "china-s", "china-ss"
RED = (0.85, 0.1, 0.1)
INK = (0.08, 0.1, 0.35)
LATIN = {SERIF: "tiro", SANS: "helv"}
"""ASCII runs are set in a Latin base-14 font (the CJK font would print them full width)."""


def runs(s: str) -> list[tuple[bool, str]]:
    """Split ``s`` into (is_ascii, text) runs."""
    out: list[tuple[bool, str]] = []
    for ch in s:
        a = ord(ch) < 128
        if out and out[-1][0] == a:
            out[-1] = (a, out[-1][1] + ch)
        else:
            out.append((a, ch))
    return out


def width(s: str, size: float, font: str = SERIF) -> float:
    return sum(
        pymupdf.get_text_length(t, fontname=LATIN[font], fontsize=size) if a else size * len(t)
        for a, t in runs(s)
    )


def put(
    page: pymupdf.Page,
    x: float,
    y: float,
    s: str,
    size: float = 10.5,
    font: str = SERIF,
    color: tuple[float, float, float] = (0, 0, 0),
) -> float:
    """Write ``s`` with its baseline at y, CJK in the CJK font and ASCII in a Latin one; returns the end x."""
    for a, t in runs(s):
        page.insert_text((x, y), t, fontsize=size, fontname=LATIN[font] if a else font, color=color)
        x += width(t, size, font)
    return x


class Sheet:
    """One page of a paper, drawn in PDF points from the top left."""

    def __init__(
        self, doc: pymupdf.Document, landscape: bool = False, size: tuple[float, float] | None = None
    ) -> None:
        w, h = size or A4
        self.page = doc.new_page(width=h if landscape else w, height=w if landscape else h)
        self.w, self.h = self.page.rect.width, self.page.rect.height

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10.5,
        font: str = SERIF,
        color: tuple[float, float, float] = (0, 0, 0),
        align: str = "left",
    ) -> float:
        tw = width(s, size, font)
        if align == "center":
            x -= tw / 2
        elif align == "right":
            x -= tw
        return put(self.page, x, y, s, size, font, color)

    def para(self, x: float, y: float, w: float, s: str, size: float = 10.5, lead: float = 1.75) -> float:
        """Wrap ``s`` into lines of width ``w`` (first line indented two characters); returns the next y."""
        line, first = "", True
        avail = w - 2 * size
        for ch in s:
            if width(line + ch, size) > avail:
                self.text(x + (2 * size if first else 0), y, line, size)
                y += size * lead
                line, first, avail = "", False, w
            line += ch
        if line:
            self.text(x + (2 * size if first else 0), y, line, size)
            y += size * lead
        return y

    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6) -> None:
        self.page.draw_line((x0, y0), (x1, y1), color=(0, 0, 0), width=w)

    def table(
        self, x: float, y: float, cols: list[float], rows: list[list[str]], size: float = 9.5, rh: float = 22
    ) -> float:
        for r, row in enumerate(rows):
            cx = x
            for c, cell in enumerate(row):
                self.page.draw_rect(pymupdf.Rect(cx, y, cx + cols[c], y + rh), color=(0, 0, 0), width=0.6)
                s = cell
                while s and width(s, size) > cols[c] - 6:
                    s = s[:-1]
                if cell and s != cell:  # wrap a long cell onto a second line inside the row
                    self.text(cx + 3, y + rh / 2 - 1, s, size)
                    self.text(cx + 3, y + rh / 2 + size, cell[len(s) :], size)
                else:
                    self.text(cx + 3, y + rh / 2 + size * 0.38, cell, size, font=SANS if r == 0 else SERIF)
                cx += cols[c]
            y += rh
        return y

    def seal(self, cx: float, cy: float, name: str, bottom: str = "合同专用章", r: float = 44) -> None:
        seal(self.page, cx, cy, name, bottom, r)

    def sign(self, x: float, y: float, name: str, rng: random.Random) -> None:
        """A pen signature: the name in ink, slanted and spaced unevenly."""
        for i, ch in enumerate(name.replace("·", "")):
            p = pymupdf.Point(x + i * 13 + rng.uniform(-1.5, 1.5), y + rng.uniform(-2, 2))
            m = pymupdf.Matrix(1, 0, -0.25, 1, 0, 0) * pymupdf.Matrix(rng.uniform(-12, 8))
            self.page.insert_text(p, ch, fontsize=rng.uniform(13, 16), fontname=SANS, color=INK, morph=(p, m))

    def png(self, rect: tuple[float, float, float, float], data: bytes) -> None:
        self.page.insert_image(pymupdf.Rect(*rect), stream=data)


def seal(page: pymupdf.Page, cx: float, cy: float, name: str, bottom: str, r: float) -> None:
    """A round red seal: double ring, star, the name along the upper arc, the purpose below."""
    page.draw_circle((cx, cy), r, color=RED, width=2.4)
    page.draw_circle((cx, cy), r - 3.5, color=RED, width=0.6)
    star = [
        (cx + r * 0.26 * math.cos(math.radians(-90 + k * 36)) * (1 if k % 2 == 0 else 0.4),
         cy + r * 0.26 * math.sin(math.radians(-90 + k * 36)) * (1 if k % 2 == 0 else 0.4))
        for k in range(10)
    ]  # fmt: skip
    page.draw_polyline([*star, star[0]], color=RED, fill=RED, width=0.3)
    n = len(name)
    span = min(250.0, 22.0 * n)
    size = min(11.0, r * 0.3)
    for i, ch in enumerate(name):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        px, py = cx + (r - 6 - size) * math.cos(a), cy + (r - 6 - size) * math.sin(a)
        p = pymupdf.Point(px - size / 2, py + size / 2)
        m = pymupdf.Matrix(-math.degrees(a) - 90)
        page.insert_text(p, ch, fontsize=size, fontname=SANS, color=RED, morph=(pymupdf.Point(px, py), m))
    bw = width(bottom, size * 0.9, SANS)
    page.insert_text((cx - bw / 2, cy + r * 0.62), bottom, fontsize=size * 0.9, fontname=SANS, color=RED)


def seal_png(name: str, bottom: str, px: int = 240) -> bytes:
    """A seal as a transparent PNG (for Word files)."""
    doc = pymupdf.open()
    page = doc.new_page(width=100, height=100)
    seal(page, 50, 50, name, bottom, 46)
    pix = page.get_pixmap(dpi=int(px * 72 / 100), alpha=True)
    return bytes(pix.tobytes("png"))


def qr_png(payload: str, scale: int = 6) -> bytes:
    img = cv2.QRCodeEncoder.create().encode(payload)
    img = np.pad(img, 4, constant_values=255)
    img = cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_NEAREST)
    ok, buf = cv2.imencode(".png", img)
    assert ok
    return bytes(buf.tobytes())


# --- scanning -----------------------------------------------------------------------------------


def raster(page: pymupdf.Page, dpi: int) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).copy()


def _punch_and_staple(img: np.ndarray, rng: random.Random, dpi: int) -> None:
    h = img.shape[0]
    k = dpi / 72
    x = int(rng.uniform(22, 30) * k)
    for yy in (h / 2 - 40 * k, h / 2 + 40 * k):
        c = (x, int(yy + rng.uniform(-4, 4) * k))
        cv2.circle(img, c, int(8.5 * k), (70, 70, 70), -1, lineType=cv2.LINE_AA)
        cv2.circle(img, (c[0] + int(1.5 * k), c[1] + int(1.5 * k)), int(8.5 * k), (40, 40, 40), int(1.2 * k))
    sx, sy = int(rng.uniform(30, 45) * k), int(rng.uniform(22, 34) * k)
    ang = math.radians(rng.uniform(25, 50))
    ex, ey = int(sx + 26 * k * math.cos(ang)), int(sy - 26 * k * math.sin(ang))
    cv2.line(img, (sx + 2, sy + 3), (ex + 2, ey + 3), (150, 150, 150), int(2.6 * k), cv2.LINE_AA)
    cv2.line(img, (sx, sy), (ex, ey), (55, 55, 60), int(1.6 * k), cv2.LINE_AA)


def effects(
    img: np.ndarray,
    rng: random.Random,
    dpi: int,
    grey: bool,
    skew: float = 0.0,
    punch: bool = False,
    rot180: bool = False,
) -> np.ndarray:
    img = img.astype(np.float32)
    tone = np.array([rng.uniform(236, 250), rng.uniform(234, 248), rng.uniform(226, 242)], np.float32)
    img = img / 255.0 * tone + (1 - img / 255.0) * rng.uniform(18, 40)
    img += np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(3, 7), img.shape[:2])[
        ..., None
    ]
    img = np.clip(img, 0, 255).astype(np.uint8)
    if punch:
        _punch_and_staple(img, rng, dpi)
    if abs(skew) > 0.01:
        h, w = img.shape[:2]
        m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), borderValue=tuple(int(t) for t in tone))
    img = cv2.GaussianBlur(img, (3, 3), rng.uniform(0.3, 0.7))
    if grey:
        g = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
        img = np.stack([g, g, g], axis=-1)
    if rot180:
        img = img[::-1, ::-1].copy()
    return img


def jpeg(img: np.ndarray, quality: int, grey: bool) -> bytes:
    im = Image.fromarray(img[..., 0] if grey else img)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def two_up(left: np.ndarray, right: np.ndarray | None) -> np.ndarray:
    """Two A4 pages reduced side by side on one landscape A4 sheet."""
    h, w = left.shape[:2]
    sheet = np.full((w, h, 3), 255, np.uint8)  # landscape: width h, height w
    sw = int(h / 2 - 0.03 * h)
    sh = int(sw * h / w)
    if sh > w - 20:
        sh = w - 20
        sw = int(sh * w / h)
    top = (w - sh) // 2
    for i, im in enumerate((left, right)):
        if im is None:
            continue
        small = cv2.resize(im, (sw, sh), interpolation=cv2.INTER_AREA)
        x0 = int(h / 2 * i + (h / 2 - sw) / 2)
        sheet[top : top + sh, x0 : x0 + sw] = small
        cv2.rectangle(sheet, (x0, top), (x0 + sw - 1, top + sh - 1), (200, 200, 200), 1)
    return sheet
