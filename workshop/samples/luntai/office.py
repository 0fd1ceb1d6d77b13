"""How a paper travels from the archive to the upload: copied, faxed, reprinted, certified, scanned.

A ``Route`` names the path and its knobs; ``deliver`` runs a paper's sheets along it and returns the
uploaded page images with their resolution.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from . import copier, ink
from .copier import CopySettings, ScanSettings
from .model import Paper
from .sheet import Sheet
from .spelling import date_text


@dataclass
class Certify:
    """The firm's certification of a copy: a rectangular stamp, a pen signature and date, maybe its seal."""

    lines: tuple[str, ...] = ("此复印件与原件一致",)
    colour: tuple[int, int, int] = ink.RED
    signer: str = ""
    on: dt.date | None = None
    seal: str | None = None
    """The firm whose round seal goes half over the stamp (None: no seal)."""
    where: tuple[float, float] = (150.0, 250.0)
    """Centre of the stamp in mm; over text when the clerk was careless."""
    pages: str = "all"
    """'all', 'first' or 'last'."""


@dataclass
class FaxHeader:
    when: dt.datetime
    number: str
    sender: str
    style: int = 0


@dataclass
class Route:
    kind: str = "copy"
    """'scan' (the original on a flatbed), 'copy', 'reprint' (colour scan printed B/W, scanned again),
    'fax' (the fax server's file), 'fax_print' (a received fax printed, then scanned)."""
    passes: list[CopySettings] = field(default_factory=list)
    page_passes: dict[int, list[CopySettings]] = field(default_factory=dict)
    """Passes for single sheets that went through the copier differently (a 95 % copy, an open lid)."""
    holes: bool = False
    staple: bool = False
    certify: Certify | None = None
    riding_seal: str | None = None
    """A 骑缝章 of this name stamped across the fanned edges of the copies."""
    riding_on_original: str | None = None
    """A 骑缝章 stamped across the originals (it is copied with them)."""
    fax: FaxHeader | None = None
    fax_fine: list[bool] | None = None
    """Per page: fine (196 lines) or standard (98 lines, stretched)."""
    fax_first_page: int = 1
    fax_total: int | None = None
    scan: ScanSettings = field(default_factory=ScanSettings)


@dataclass
class PageImage:
    image: Image.Image
    dpi: tuple[float, float]
    bilevel: bool = False


def _riding(images: list[Image.Image], name: str, dpi: int, rng: random.Random) -> None:
    seal = ink.round_seal(name, dpi, rng, 40)
    y = images[0].height // 2 + rng.randrange(-dpi, dpi)
    count = len(images)
    for k, page in enumerate(images):
        part = ink.strip(seal, k, count)
        ink.multiply(page, part, page.width - part.width, y - part.height // 2)


def _fax_header_text(h: FaxHeader, page: int, total: int) -> str:
    t = h.when + dt.timedelta(seconds=40 * (page - 1))
    if h.style == 0:
        return f"{t:%Y-%m-%d %H:%M}\tFROM:{h.number}\t{h.sender}\tP.{page:03d}/{total:03d}"
    if h.style == 1:
        return f"{t:%m/%d/%Y %H:%M}\t{h.number.replace('-', '')}\t{h.sender}\tPAGE {page:02d}"
    return f"{t.year}年{t.month:02d}月{t.day:02d}日 {t:%H:%M}\t发自：{h.number}\t第 {page} 页 共 {total} 页"


def _certify(page: Image.Image, c: Certify, dpi: int, rng: random.Random) -> None:
    sheet = Sheet.__new__(Sheet)
    sheet.dpi, sheet.image = dpi, page
    x, y = c.where[0] + rng.uniform(-6, 6), c.where[1] + rng.uniform(-5, 5)
    stamp = ink.certified_stamp(c.lines, dpi, rng, c.colour)
    sheet.paste(stamp, x, y)
    below = y + stamp.height * 25.4 / dpi / 2 + 6
    if c.signer:
        sheet.paste(ink.signature(c.signer, dpi, rng, ink.PEN_BLUE), x - 12, below)
    if c.on:
        sheet.paste(ink.handwriting(date_text(c.on, "dot"), dpi, rng, 4.5, ink.PEN_BLUE), x + 20, below)
    if c.seal:
        sheet.paste(ink.round_seal(c.seal, dpi, rng, 40), x + rng.uniform(8, 22), y + rng.uniform(-8, 8))


def deliver(paper: Paper, route: Route, rng: random.Random, dpi: int) -> list[PageImage]:
    """The uploaded images of a paper's sheets."""
    originals = [s.image.copy() for s in paper.sheets]
    if route.riding_on_original:
        _riding(originals, route.riding_on_original, dpi, rng)
    if route.kind == "scan":
        return [PageImage(copier.scan(img, dpi, rng, route.scan), (dpi, dpi)) for img in originals]
    if route.kind == "fax":
        return _fax_pages(originals, route, rng, dpi)
    greys: list[np.ndarray] = []
    for k, img in enumerate(originals):
        if route.kind == "reprint":
            grey = copier.bw_reprint(img, dpi, rng)
        elif route.kind == "fax_print":
            bits = _fax_pages([img], route, rng, dpi, k, pre_copy=False)[0].image
            grey = np.asarray(bits.convert("L").resize(img.size, Image.Resampling.BILINEAR))
        else:
            grey = copier.to_grey(img)
        if route.holes:
            grey = copier.punch_holes(grey, dpi, rng)
        if route.staple and k == 0:
            grey = copier.staple(grey, dpi, rng)
        greys.append(copier.generations(grey, dpi, rng, route.page_passes.get(k, route.passes)))
    pages = [Image.fromarray(g).convert("RGB") for g in greys]
    if route.riding_seal:
        _riding(pages, route.riding_seal, dpi, rng)
    if route.certify:
        c = route.certify
        chosen = range(len(pages)) if c.pages == "all" else [0] if c.pages == "first" else [len(pages) - 1]
        for k in chosen:
            _certify(pages[k], c, dpi, rng)
    return [PageImage(copier.scan(p, dpi, rng, route.scan), (dpi, dpi)) for p in pages]


def _fax_pages(
    originals: list[Image.Image],
    route: Route,
    rng: random.Random,
    dpi: int,
    offset: int = 0,
    pre_copy: bool = True,
) -> list[PageImage]:
    """Fax pages; with ``pre_copy`` the route's copier passes happen before sending (a copy was faxed)."""
    total = route.fax_total or len(originals)
    out = []
    for k, img in enumerate(originals):
        grey = copier.to_grey(img)
        passes = route.page_passes.get(offset + k, route.passes) if pre_copy else []
        if passes:
            grey = copier.generations(grey, dpi, rng, passes)
        number = route.fax_first_page + offset + k
        fine = route.fax_fine[offset + k] if route.fax_fine else True
        header = (
            _fax_header_text(route.fax, number, total) if route.fax else ""
        )  # no header: an MFP's B/W scan
        bits = copier.fax(grey, dpi, rng, header, fine)
        out.append(PageImage(Image.fromarray(bits).convert("1"), (copier.FAX_DPI_X, 196), bilevel=True))
    return out
