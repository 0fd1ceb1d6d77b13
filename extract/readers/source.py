"""What a reader hands on for one page, before OCR: text-layer words and a way to get pixels."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from jianzheng.models import BBox, PageCode, Seal, Word

Renderer = Callable[[float], tuple[np.ndarray, float]]
"""render(dpi) -> (RGB uint8 image, the DPI it actually has). Image files ignore the asked DPI."""

RegionRenderer = Callable[[float, BBox], np.ndarray]
"""render_region(dpi, bbox in points) -> RGB uint8 image of that part of the page at that DPI."""


@dataclass
class SourcePage:
    """One page as a reader sees it.

    ``words`` are the page's own text (PDF text layer, OFD text objects, XML
    fields) in points; ``text_usable`` says whether they can stand for the page
    without OCR. ``scan`` is set when a picture covers the page (a scanned PDF
    page or an image file); ``effective_dpi`` is that picture's resolution.
    """

    number: int
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    text_usable: bool = False
    scan: bool = False
    has_images: bool = False
    effective_dpi: float | None = None
    paper_scale: float = 1.0
    """Page points per point of the paper it shows: 1 but for a photo put on a page far larger
    than any paper (an image-to-PDF tool's 72 dpi makes a phone photo's page 50 cm tall), where
    the sheet is taken to be A4 for what depends on real size (resolution, blur)."""
    dpi_guessed: bool = False
    """``effective_dpi`` is a guess (an image file without a plausible DPI tag, taken as A4): the
    text's own size is the truer measure of the resolution OCR meets."""
    bilevel: bool = False
    """The picture is 1-bit (a fax, an MFP's black-and-white mode): a red seal on it came out black,
    or not at all where its ink was light."""
    render: Renderer | None = None
    image_regions: list[BBox] = field(default_factory=list)
    """Where the page's embedded pictures are (points), largest first: seals and QR codes of text pages."""
    render_region: RegionRenderer | None = None
    hidden_words: list[Word] = field(default_factory=list)
    """Text-layer words a viewer cannot see (under an opaque picture, invisible, white on white); when
    set, the page is rendered and read for what it shows, and these are kept apart."""
    vector_seals: list[Seal] = field(default_factory=list)
    """Seals drawn as vector shapes (a PDF's red ring with a star or red text), found by the reader."""
    codes: list[PageCode] = field(default_factory=list)
    """Codes the file states outright (an XML invoice's QR payload), beside those decoded from pictures."""
