"""Three scanners, written from scratch: a sheet-fed duplex 高速扫描仪 (300 dpi grey, blank backs kept),
a phone photo (perspective, shadow, JPEG) and an MFP colour scan (200 dpi, skew, dark border strip)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
import pymupdf
from PIL import Image


def render(page: pymupdf.Page, dpi: int, grey: bool = False) -> np.ndarray:
    pm = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY if grey else pymupdf.csRGB, alpha=False)
    a = np.frombuffer(pm.samples, np.uint8).reshape(pm.height, pm.width, pm.n)
    return a[..., 0].copy() if grey else a.copy()


def jpeg(a: np.ndarray, quality: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, "JPEG", quality=quality, dpi=(300, 300))
    return buf.getvalue()


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(1 << 31))


def _rotate(a: np.ndarray, deg: float, fill: int | tuple[int, int, int]) -> np.ndarray:
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    return cv2.warpAffine(
        a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=fill
    )


@dataclass
class Scan:
    """One scanned page: the JPEG and the page size in points it is placed on."""

    data: bytes
    size: tuple[float, float]
    blank: bool = False


class Duplex:
    """Sheet-fed duplex 高速扫描仪: 300 dpi greyscale, the back of every sheet kept as a page."""

    dpi = 300

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.gamma = rng.uniform(0.85, 1.0)
        self.quality = rng.randint(60, 75)

    def front(self, page: pymupdf.Page) -> np.ndarray:
        a: np.ndarray = render(page, self.dpi, grey=True).astype(np.float32)
        r = _np_rng(self.rng)
        a = 255 * (a / 255) ** (1 / self.gamma)
        a = a * 0.93 + 10 + r.normal(0, 3.0, a.shape)
        a = np.clip(a, 0, 255).astype(np.uint8)
        return _rotate(a, self.rng.uniform(-0.35, 0.35), 236)

    def back(self, front: np.ndarray) -> np.ndarray:
        """A near-blank back: paper tone, faint mirrored show-through, sensor noise."""
        r = _np_rng(self.rng)
        ghost = cv2.GaussianBlur(255 - front[:, ::-1], (0, 0), 3)
        a = 238 - ghost.astype(np.float32) * self.rng.uniform(0.012, 0.025) + r.normal(0, 2.5, front.shape)
        return np.clip(a, 0, 255).astype(np.uint8)

    def scan(self, page: pymupdf.Page, with_back: bool = True) -> list[Scan]:
        size = (page.rect.width, page.rect.height)
        f = self.front(page)
        out = [Scan(jpeg(f, self.quality), size)]
        if with_back:
            out.append(Scan(jpeg(self.back(f), self.quality), size, blank=True))
        return out


class Mfp:
    """Office MFP colour scan: 200 dpi, slight skew, a dark strip where the lid did not cover the glass."""

    dpi = 200

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.side = rng.choice(("left", "top", "right"))
        self.quality = rng.randint(70, 85)

    def scan(self, page: pymupdf.Page) -> list[Scan]:
        a = render(page, self.dpi).astype(np.float32)
        r = _np_rng(self.rng)
        a = a * np.array([0.95, 0.94, 0.91]) + np.array([8, 8, 10]) + r.normal(0, 2.5, a.shape)
        a = np.clip(a, 0, 255).astype(np.uint8)
        a = _rotate(a, self.rng.choice((-1, 1)) * self.rng.uniform(0.6, 1.3), (40, 40, 42))
        h, w = a.shape[:2]
        k = int(self.rng.uniform(0.012, 0.025) * (w if self.side != "top" else h))
        shade = np.linspace(30, 120, k)[:, None]
        if self.side == "left":
            a[:, :k] = np.minimum(a[:, :k], shade.T[..., None].astype(np.uint8).repeat(h, 0))
        elif self.side == "right":
            a[:, w - k :] = np.minimum(a[:, w - k :], shade[::-1].T[..., None].astype(np.uint8).repeat(h, 0))
        else:
            a[:k] = np.minimum(a[:k], shade[:, :, None].astype(np.uint8).repeat(w, 1))
        return [Scan(jpeg(a, self.quality), (page.rect.width, page.rect.height))]


class Phone:
    """A phone photo of a paper on a desk: perspective, a soft shadow, warm light, JPEG."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def photo(self, page: pymupdf.Page, dpi: int = 170) -> bytes:
        rng = self.rng
        a = render(page, dpi)
        h, w = a.shape[:2]
        pad = int(0.12 * max(w, h))
        W, H = w + 2 * pad, h + 2 * pad
        r = _np_rng(rng)
        desk = np.zeros((H, W, 3), np.float32)
        desk[:] = (rng.uniform(90, 130), rng.uniform(70, 100), rng.uniform(50, 75))
        desk += r.normal(0, 6, desk.shape)
        j = 0.06
        src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
        dst = np.array(
            [
                [pad + rng.uniform(-j, j) * w, pad + rng.uniform(0, j) * h],
                [pad + w - rng.uniform(0, j) * w, pad + rng.uniform(-j, j) * h],
                [pad + w + rng.uniform(-j / 2, j / 2) * w, pad + h - rng.uniform(0, j) * h],
                [pad + rng.uniform(-j / 2, j / 2) * w, pad + h + rng.uniform(-j / 2, j / 2) * h],
            ],
            dtype=np.float32,
        )
        m = cv2.getPerspectiveTransform(src, dst)
        paper = cv2.warpPerspective(a, m, (W, H), flags=cv2.INTER_LINEAR).astype(np.float32)
        mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (W, H)).astype(np.float32) / 255
        # drop shadow of the sheet on the desk
        sh = cv2.GaussianBlur(np.roll(mask, (int(0.01 * H), int(0.012 * W)), (0, 1)), (0, 0), 0.01 * W)
        desk *= (1 - 0.45 * sh)[..., None]
        img = desk * (1 - mask[..., None]) + paper * mask[..., None]
        # light falloff and a hand/phone shadow across one corner
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        cx, cy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.3, 0.7) * H
        light = 1.05 - 0.28 * (((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
        sx = rng.uniform(0.55, 0.8) * W
        band = 1 - 0.22 / (1 + np.exp(-(xx + 0.5 * yy - sx - 0.3 * H) / (0.03 * W)))
        img = img * (light * band)[..., None] * np.array([1.02, 0.99, 0.93])
        img = cv2.GaussianBlur(np.clip(img, 0, 255).astype(np.uint8), (0, 0), 0.7)
        img = np.clip(img.astype(np.float32) + r.normal(0, 3.5, img.shape), 0, 255).astype(np.uint8)
        return jpeg(img, rng.randint(80, 90))


def pdf_of(scans: list[Scan], dpi: int) -> bytes:
    """Pack scanned JPEGs into a PDF, one page per image, sized as the paper."""
    doc = pymupdf.open()
    for sc in scans:
        p = doc.new_page(width=sc.size[0], height=sc.size[1])
        p.insert_image(p.rect, stream=sc.data)
    doc.set_metadata({"producer": "Kodak Capture Pro Software", "creator": "Kodak Capture Pro"})
    return doc.tobytes(garbage=3, deflate=True)
