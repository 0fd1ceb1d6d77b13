"""The office devices of this family: an MFP scanning paper into image-only PDF pages or JPEGs."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import pymupdf

from .sheet import Sheet


@dataclass(frozen=True)
class Device:
    producer: str
    dpi: int
    colour: bool
    blur: float
    noise: float
    jpeg: int
    skew: float
    tint: tuple[float, float, float]


PRODUCERS = (
    "Canon iR-ADV C3530 PDF",
    "RICOH IM C2000",
    "KONICA MINOLTA bizhub C300i",
    "Kyocera TASKalfa 2554ci",
    "HP Digital Sending Device",
    "SHARP MX-C3082R",
)


def office_device(rng: random.Random, colour: bool | None = None, dpi: int | None = None) -> Device:
    tint = (rng.uniform(0.95, 0.99), rng.uniform(0.94, 0.98), rng.uniform(0.9, 0.96))
    return Device(
        producer=rng.choice(PRODUCERS),
        dpi=dpi or rng.choice((200, 200, 240)),
        colour=rng.random() < 0.6 if colour is None else colour,
        blur=rng.uniform(0.45, 0.8),
        noise=rng.uniform(2.5, 5.0),
        jpeg=rng.randint(72, 86),
        skew=rng.uniform(0.15, 0.85),
        tint=tint,
    )


def raster(sheet: Sheet, device: Device, rng: random.Random) -> np.ndarray:
    """The sheet as the device sees it: paper tone, uneven light, soft optics, skew, sensor grain."""
    pix = sheet.page.get_pixmap(dpi=device.dpi, alpha=False)
    img: Any = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[..., :3]
    img = img.astype(np.float32)
    h, w = img.shape[:2]
    np_rng = np.random.default_rng(rng.randrange(2**32))
    light: Any = (np_rng.random((3, 3)) * 0.05 + 0.95).astype(np.float32)
    light = cv2.resize(light, (w, h), interpolation=cv2.INTER_CUBIC)
    gain = cv2.merge([light * float(t) for t in device.tint])
    img = cv2.multiply(img, gain)
    img = cv2.GaussianBlur(img, (0, 0), device.blur * device.dpi / 200)
    angle = rng.uniform(-device.skew, device.skew)
    paper = [float(v) for v in (np.array(device.tint) * 245)]
    matrix: Any = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    matrix[:, 2] += np.array([rng.uniform(-4, 4), rng.uniform(-4, 4)])
    img = cv2.warpAffine(
        img, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=paper
    )
    grain: Any = np.empty((h, w), dtype=np.float32)
    cv2.setRNGSeed(rng.randrange(2**31))
    cv2.randn(grain, np.array([0.0]), np.array([float(device.noise)]))
    img = cv2.add(img, cv2.merge([grain, grain, grain]))
    out: Any = np.clip(img, 0, 255).astype(np.uint8)
    if not device.colour:
        grey = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
        out = np.stack([grey] * 3, axis=-1)
    return np.asarray(out)


def jpeg(img: np.ndarray, device: Device) -> bytes:
    if device.colour:
        ok, data = cv2.imencode(
            ".jpg", cv2.cvtColor(img, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, device.jpeg]
        )
    else:
        ok, data = cv2.imencode(".jpg", img[..., 0], [cv2.IMWRITE_JPEG_QUALITY, device.jpeg])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return data.tobytes()


def _pdf_date(stamp: str) -> str:
    return f"D:{stamp}+08'00'"


def scanned_pdf(sheets: list[Sheet], device: Device, rng: random.Random, stamp: str) -> bytes:
    """An image-only PDF: one JPEG per page, page size as the paper, the scanner's producer, one save."""
    out = pymupdf.open()
    for sheet in sheets:
        data = jpeg(raster(sheet, device, rng), device)
        page = out.new_page(width=sheet.width, height=sheet.height)
        page.insert_image(page.rect, stream=data)
    out.set_metadata(
        {
            "producer": device.producer,
            "creator": device.producer,
            "creationDate": _pdf_date(stamp),
            "modDate": _pdf_date(stamp),
            "title": "",
            "author": "",
        }
    )
    return out.tobytes(garbage=3, deflate=True, no_new_id=True)


def digital_pdf(sheets: list[Sheet], producer: str, stamp: str, title: str = "") -> bytes:
    """A born-digital PDF (text layer) from the sheets, saved once."""
    out = pymupdf.open()
    for sheet in sheets:
        out.insert_pdf(sheet.doc)
    out.subset_fonts()
    out.set_metadata(
        {
            "producer": producer,
            "creator": producer.split(" ")[0],
            "creationDate": _pdf_date(stamp),
            "modDate": _pdf_date(stamp),
            "title": title,
            "author": "",
        }
    )
    return out.tobytes(garbage=3, deflate=True, no_new_id=True)


def scanned_jpeg(sheet: Sheet, device: Device, rng: random.Random) -> bytes:
    return jpeg(raster(sheet, device, rng), device)
