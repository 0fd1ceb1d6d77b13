"""Turning drawn sheets into files: born-digital PDF, ADF or flatbed scans, phone photos, 2-up sheets."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pymupdf
from PIL import Image

from .sheet import Sheet, put

SCANNERS = (
    "Canon iR-ADV C5540 III",
    "RICOH MP 2555SP",
    "Kodak Capture Pro",
    "EPSON DS-530",
    "FUJI XEROX DocuCentre",
)


@dataclass
class Profile:
    """How one file was produced."""

    kind: str = "scan"
    """digital | scan | photo | twoup"""
    dpi: int = 200
    skew: float = 0.0
    streaks: int = 0
    lid: bool = False
    holes: bool = False
    grey: bool = False
    low_contrast: bool = False
    quality: int = 80
    ocr_layer: bool = False
    shadow: bool = False

    @property
    def scanned(self) -> bool:
        return self.kind != "digital"


def scan_profile(rng: random.Random, **over: object) -> Profile:
    """A scanner setting drawn per seed; ``over`` pins the traits a scenario plants."""
    p = Profile(
        kind="scan",
        dpi=rng.choice((200, 240, 300)),
        skew=rng.uniform(-1.2, 1.2),
        quality=rng.randint(60, 90),
        grey=rng.random() < 0.5,
    )
    for k, v in over.items():
        setattr(p, k, v)
    return p


def _raster(sheet: Sheet, dpi: int) -> np.ndarray:
    pix = sheet.page.get_pixmap(dpi=dpi, alpha=False)
    arr = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n)[..., :3].copy()
    return arr


def _paper(arr: np.ndarray, rng: random.Random, nrng: np.random.Generator) -> np.ndarray:
    tint = np.array([rng.uniform(0.95, 1.0), rng.uniform(0.95, 1.0), rng.uniform(0.92, 0.99)], np.float32)
    out = arr.astype(np.float32) * tint
    out += (nrng.standard_normal(out.shape[:2], dtype=np.float32) * np.float32(3.0))[..., None]
    return out


def _rotate(arr: np.ndarray, deg: float, fill: float, tx: float, ty: float) -> tuple[np.ndarray, np.ndarray]:
    h, w = arr.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    m[0, 2] += tx
    m[1, 2] += ty
    out = cv2.warpAffine(arr, m, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(fill, fill, fill))
    return out, np.asarray(m, np.float64)


def _scan_effects(
    arr: np.ndarray, p: Profile, rng: random.Random, nrng: np.random.Generator, shift: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """Returns the image and the 2x3 affine map from page raster pixels to its pixels."""
    img = _paper(arr, rng, nrng)
    h, w = img.shape[:2]
    mm = p.dpi / 25.4
    if p.low_contrast:
        img = 95 + img * 0.5
    if p.holes:
        for cy in (h / 2 - 40 * mm, h / 2 + 40 * mm):
            cv2.circle(img, (int(12 * mm), int(cy)), int(3 * mm), (70, 70, 72), -1, lineType=cv2.LINE_AA)
    # where the sheet lay on the glass: a few millimetres off, per page
    tx, ty = (rng.uniform(-3, 3) * mm, rng.uniform(-3, 3) * mm) if shift else (0.0, 0.0)
    mat = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    if p.skew or tx or ty:
        img, mat = _rotate(img, p.skew, 235.0, tx, ty)
    for _ in range(p.streaks):
        x = rng.randrange(int(w * 0.05), int(w * 0.95))
        band = rng.randint(1, 3)
        img[:, x : x + band] *= rng.uniform(0.55, 0.8)
    if p.lid:
        left, top = int(rng.uniform(3, 9) * mm), int(rng.uniform(2, 7) * mm)
        right, bottom = int(rng.uniform(0, 5) * mm), int(rng.uniform(4, 12) * mm)
        canvas = np.full((h + top + bottom, w + left + right, 3), rng.uniform(35, 70), np.float32)
        canvas += (nrng.standard_normal(canvas.shape[:2], dtype=np.float32) * np.float32(4.0))[..., None]
        canvas[top : top + h, left : left + w] = img
        img = canvas
        mat[0, 2] += left
        mat[1, 2] += top
    return img, mat


def _photo(arr: np.ndarray, rng: random.Random, nrng: np.random.Generator) -> np.ndarray:
    img = _paper(arr, rng, nrng)
    h, w = img.shape[:2]
    pad = int(w * 0.08)
    bg = np.empty((h + 2 * pad, w + 2 * pad, 3), np.float32)
    bg[:] = (rng.uniform(90, 130), rng.uniform(80, 110), rng.uniform(60, 90))
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)

    def j() -> float:
        return rng.uniform(-0.025, 0.025) * w

    dst = np.array(
        [
            [pad + j(), pad + j()],
            [pad + w + j(), pad + j()],
            [pad + w + j(), pad + h + j()],
            [pad + j(), pad + h + j()],
        ],
        np.float32,
    )
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(img, m, (bg.shape[1], bg.shape[0]), borderMode=cv2.BORDER_TRANSPARENT)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (bg.shape[1], bg.shape[0]))
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0 : out.shape[0], 0 : out.shape[1]].astype(np.float32)
    ang = rng.uniform(0, 2 * np.pi)
    ramp = np.cos(ang) * xx / out.shape[1] + np.sin(ang) * yy / out.shape[0]
    ramp = (ramp - ramp.min()) / (np.ptp(ramp) + 1e-6)
    out *= (0.62 + 0.38 * ramp)[..., None]
    out *= np.array([1.0, 0.97, 0.9])
    out = cv2.GaussianBlur(out, (3, 3), 0.8)
    return out


def _encode(img: np.ndarray, grey: bool, quality: int, dpi: int | None) -> bytes:
    """JPEG bytes; a scanner writes its resolution into the file, a phone does not."""
    img8 = np.clip(img, 0, 255).astype(np.uint8)
    if grey:
        img8 = cv2.cvtColor(img8, cv2.COLOR_RGB2GRAY)
    pic = Image.fromarray(img8)
    buf = io.BytesIO()
    if dpi:
        pic.save(buf, format="JPEG", quality=quality, dpi=(dpi, dpi))
    else:
        pic.save(buf, format="JPEG", quality=quality)
    return buf.getvalue()


def _twoup(a: np.ndarray, b: np.ndarray | None) -> np.ndarray:
    h, w = a.shape[:2]
    sheet = np.full((w, h, 3), 255, np.uint8)  # landscape: width h, height w
    scale = min((h / 2 - 20) / w, (w - 20) / h)
    sw, sh = int(w * scale), int(h * scale)
    for i, part in enumerate((a, b)):
        if part is None:
            continue
        small = cv2.resize(part, (sw, sh), interpolation=cv2.INTER_AREA)
        x = int(h / 4 - sw / 2 + i * h / 2)
        y = int((w - sh) / 2)
        sheet[y : y + sh, x : x + sw] = small
    cv2.line(sheet, (h // 2, 0), (h // 2, w), (200, 200, 200), 1)
    return sheet


def images(
    sheets: list[Sheet], p: Profile, rng: random.Random
) -> list[tuple[bytes, int, int, np.ndarray | None]]:
    """(jpeg, width px, height px, page-to-image pixel map) per output page."""
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    out: list[tuple[bytes, int, int, np.ndarray | None]] = []
    dpi = None if p.kind == "photo" else p.dpi
    if p.kind == "twoup":
        rasters = [_raster(s, p.dpi) for s in sheets]
        for i in range(0, len(rasters), 2):
            pair = _twoup(rasters[i], rasters[i + 1] if i + 1 < len(rasters) else None)
            img, _ = _scan_effects(pair, p, rng, nrng)
            out.append((_encode(img, p.grey, p.quality, dpi), img.shape[1], img.shape[0], None))
        return out
    for s in sheets:
        arr = _raster(s, p.dpi)
        if p.kind == "photo":
            img = _photo(arr, rng, nrng)
            mat: np.ndarray | None = None
        else:
            img, mat = _scan_effects(arr, p, rng, nrng, shift=s.raster_edit is None)
        if s.raster_edit is not None:  # pasted into the finished scan (the page sits at offset 0, unrotated)
            img = s.raster_edit(img, p.dpi / 72.0)
        out.append((_encode(img, p.grey, p.quality, dpi), img.shape[1], img.shape[0], mat))
    return out


def write(path: Path, sheets: list[Sheet], p: Profile, rng: random.Random) -> int:
    """Write ``sheets`` to ``path`` (.pdf or an image suffix) as ``p`` says; returns the file's page count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if p.kind == "digital":
        out = pymupdf.open()
        for s in sheets:
            out.insert_pdf(s.doc)
        out.subset_fonts()
        tool = rng.choice(("Microsoft® Word 2016", "WPS 文字", "Microsoft® Word for Microsoft 365"))
        out.set_metadata({"creator": tool, "producer": tool, "title": ""})
        out.save(path, garbage=3, deflate=True)
        n = out.page_count
        out.close()
        return n
    pages = images(sheets, p, rng)
    if path.suffix.lower() in (".jpg", ".jpeg"):
        assert len(pages) == 1, path
        path.write_bytes(pages[0][0])
        return 1
    out = pymupdf.open()
    for i, (jpg, wpx, hpx, mat) in enumerate(pages):
        k = 72.0 / p.dpi
        page = out.new_page(width=wpx * k, height=hpx * k)
        page.insert_image(page.rect, stream=jpg)
        if p.ocr_layer and p.kind == "scan" and mat is not None:
            s = sheets[i]
            for sp in s.spans:
                t = s.layer_swap.get(sp.text, sp.text)
                x, y = mat @ np.array([sp.x / k, sp.y / k, 1.0]) * k  # where the line landed on the scan
                put(page, float(x), float(y), t, sp.size, render_mode=3)
    if p.ocr_layer:
        out.subset_fonts()
    out.set_metadata(
        {"creator": rng.choice(SCANNERS), "producer": rng.choice(SCANNERS) + " PDF", "title": ""}
    )
    out.save(path, garbage=3, deflate=True)
    n = out.page_count
    out.close()
    return n
