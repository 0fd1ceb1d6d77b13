"""Assemble drawn documents into the files of a submission and record where each page landed.

A file is digital (vector PDF pages copied as drawn), a scanned PDF (every page rendered,
aged by a scanner profile, stored as a JPEG image page), a single JPEG/PNG, or a
multi-page TIFF. Each placement reports the 1-based pages its document occupies.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image

from . import scan
from .canvas import save_pdf
from .world import Built


@dataclass
class Placement:
    """One document put into a file, with the project it backs and per-page treatment."""

    built: Built
    project_id: str | None = None
    turns: dict[int, int] = field(default_factory=dict)
    """Page index → quarter turns (1: fed sideways, 2: upside down)."""
    duplex: bool = False
    """Scanned duplex: a blank back follows each page (it belongs to the same sheet, so to the document)."""
    tamper: Built | None = None
    """For a scanned placement: the original this page was scanned from; the ``amount`` box of
    ``built`` is pasted over the scan (IMAGE_TAMPERED)."""
    pages: list[int] = field(default_factory=list)
    """Filled on writing: 1-based pages in the file."""
    file: str = ""


@dataclass
class FileSpec:
    """One attachment file."""

    name: str
    kind: str
    """``pdf`` (digital), ``scan`` (scanned PDF), ``jpg``, ``png`` or ``tiff``."""
    parts: list[Placement]
    profile: scan.Profile = scan.GREY_300


def write(spec: FileSpec, folder: Path, rng: random.Random) -> None:
    """Write ``spec`` under ``folder`` and fill each placement's pages."""
    path = folder / spec.name
    path.parent.mkdir(parents=True, exist_ok=True)
    if spec.kind == "pdf":
        _write_digital(spec, path)
        return
    images = _scanned_pages(spec, rng)
    if spec.kind == "scan":
        out = pymupdf.open()
        for img in images:
            h, w = img.shape[:2]
            width, height = w * 72 / spec.profile.dpi, h * 72 / spec.profile.dpi
            page = out.new_page(width=width, height=height)
            page.insert_image(page.rect, stream=scan.jpeg_bytes(img, spec.profile.jpeg))
        save_pdf(out, path, producer="Canon iR-ADV C3520 PDF")
    elif spec.kind == "tiff":
        frames = [Image.fromarray(img) for img in images]
        frames[0].save(
            path, save_all=True, append_images=frames[1:], compression="tiff_lzw", dpi=(spec.profile.dpi,) * 2
        )
    elif spec.kind in ("jpg", "png"):
        (img,) = images
        image = Image.fromarray(img)
        if spec.kind == "jpg":
            image.save(path, format="JPEG", quality=spec.profile.jpeg, dpi=(spec.profile.dpi,) * 2)
        else:
            image.save(path, format="PNG", dpi=(spec.profile.dpi,) * 2)
    else:
        raise ValueError(f"unknown file kind {spec.kind!r}")


def _write_digital(spec: FileSpec, path: Path) -> None:
    out = pymupdf.open()
    for part in spec.parts:
        start = out.page_count
        out.insert_pdf(part.built.doc)
        part.pages = list(range(start + 1, out.page_count + 1))
        part.file = spec.name
    save_pdf(out, path)


def _scanned_pages(spec: FileSpec, rng: random.Random) -> list[np.ndarray]:
    images: list[np.ndarray] = []
    for part in spec.parts:
        part.file = spec.name
        part.pages = []
        for index, page in enumerate(part.built.doc.pages()):
            img = _scan_page(part, index, page, spec.profile, rng)
            images.append(scan.turn(img, part.turns.get(index, 0)))
            part.pages.append(len(images))
            if part.duplex:
                h, w = img.shape[:2]
                images.append(scan.blank_back((w, h), img, spec.profile, rng))
                part.pages.append(len(images))
    return images


def _scan_page(
    part: Placement, index: int, page: pymupdf.Page, profile: scan.Profile, rng: random.Random
) -> np.ndarray:
    if part.tamper is None or part.built.marks.get("amount") != index:
        return scan.age(scan.render(page, profile.dpi), profile, rng)
    original = scan.render(part.tamper.doc[index], profile.dpi)
    aged = scan.age(original, _unskewed(profile), rng)
    clean = scan.render(page, profile.dpi)
    box = part.built.rects["amount"]
    k = profile.dpi / 72
    pixel_box = (
        int((box.x0 - 6) * k),
        int((box.y0 - 4) * k),
        int((page.rect.width - 50) * k),
        int((box.y1 + 4) * k),
    )
    return scan.paste_patch(aged, clean, pixel_box, tint=6)


def _unskewed(profile: scan.Profile) -> scan.Profile:
    """The profile without rotation, so a pasted box lines up with the scan."""
    from dataclasses import replace

    return replace(profile, skew=0.0)


def fix_zip_times(path: Path) -> None:
    """Rewrite a .docx/.xlsx so that its entries and core properties carry a fixed time."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-05T09:30:00Z", data
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)
    path.write_bytes(buffer.getvalue())
