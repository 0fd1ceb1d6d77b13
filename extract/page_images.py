"""The submission's attachments as extraction holds them: their bytes and page images, each made once.

Later stages never open a submission file or render a page themselves: the
pipeline hands them one ``PageImages`` (through verify's CheckContext), and
every render of a (file, page, DPI) is made here once and kept while memory
allows. Pages are rendered by the same readers that read them (readers/pdf.py,
readers/image.py), so a page looks the same to every stage.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path

import numpy as np
from PIL import Image

from jianzheng.models.errors import UnreadableFile

from .read import read_bytes
from .readers.image import iter_image
from .readers.pdf import open_pdf, render_page
from .readers.sniff import FileKind, sniff
from .reading_rules import ReadingRules, rules
from .submission import Submission

log = logging.getLogger(__name__)

Render = tuple[np.ndarray, float]
"""An image of a page and the DPI it has (an image file keeps its own, whatever was asked)."""

# Renders a check asks for are small (36 DPI fingerprints, 100 DPI seal crops), but a submission may
# hold hundreds of pages; the cache keeps the latest ones within this budget, the bytes of the
# latest files within the other. Checks walk the documents file by file, so recent is what is asked.
RENDER_BUDGET_BYTES = 256 * 1024 * 1024
FILES_KEPT = 16


class PageImages:
    """Bytes and page images of a submission's attachments, by the names the pages carry.

    ``render(file, page, dpi)`` gives the page as RGB (``gray`` as one channel) with
    the DPI it has; None where the file has no picture to give (an OFD, XML or
    Office file, a file gone or unreadable). ``data(file)`` gives the file's bytes,
    for forensics that read the file's own encoding (PDF revisions, fonts, a
    scan's JPEG blocks), never its pixels.
    """

    def __init__(self, files: Mapping[str, Path | bytes], reading: ReadingRules | None = None) -> None:
        self._files = dict(files)
        self._reading = reading
        self._bytes: OrderedDict[str, bytes | None] = OrderedDict()
        self._kinds: dict[str, FileKind | None] = {}
        self._renders: OrderedDict[tuple[str, int, float, bool], Render | None] = OrderedDict()
        self._render_bytes = 0

    @classmethod
    def of(cls, submission: Submission) -> PageImages:
        """The attachments of a submission folder, named as read_pages names them."""
        return cls({submission.relative(p): p for p in submission.attachments})

    @property
    def rules(self) -> ReadingRules:
        """The reading rules the readers apply (limits, render bounds)."""
        if self._reading is None:
            self._reading = rules()
        return self._reading

    def files(self) -> list[str]:
        """The names of every attachment held."""
        return list(self._files)

    def data(self, file: str) -> bytes | None:
        """The file's bytes; None when it is not held, gone, or larger than any real attachment."""
        if file in self._bytes:
            self._bytes.move_to_end(file)
            return self._bytes[file]
        source = self._files.get(file)
        data: bytes | None
        if isinstance(source, bytes) or source is None:
            data = source
        else:
            data = self._read(source)
        self._bytes[file] = data
        while len(self._bytes) > FILES_KEPT:
            self._bytes.popitem(last=False)
        return data

    def _read(self, path: Path) -> bytes | None:
        try:
            return read_bytes(path, self.rules)
        except UnreadableFile as exc:
            log.info("cannot read %s again: %s", path, exc)
            return None

    def kind(self, file: str) -> FileKind | None:
        """The kind of file its bytes show; None when it is not held or of no known kind."""
        if file not in self._kinds:
            data = self.data(file)
            try:
                self._kinds[file] = sniff(data) if data is not None else None
            except UnreadableFile:
                self._kinds[file] = None
        return self._kinds[file]

    def render(self, file: str, page: int, dpi: float) -> Render | None:
        """The page as RGB uint8 at ``dpi`` (an image file at its own), rendered once."""
        return self._cached(file, page, dpi, gray=False)

    def gray(self, file: str, page: int, dpi: float) -> Render | None:
        """The page as one grey channel (uint8) at ``dpi`` (an image file at its own), rendered once."""
        return self._cached(file, page, dpi, gray=True)

    def _cached(self, file: str, page: int, dpi: float, *, gray: bool) -> Render | None:
        key = (file, page, float(dpi), gray)
        if key in self._renders:
            self._renders.move_to_end(key)
            return self._renders[key]
        try:
            made = self._make(file, page, dpi, gray=gray)
        except UnreadableFile as exc:
            # The reading stage said so already (FILE_UNREADABLE); a later stage just gets no image.
            log.info("no image of %s page %s: %s", file, page, exc)
            made = None
        self._renders[key] = made
        self._render_bytes += made[0].nbytes if made else 0
        while self._render_bytes > RENDER_BUDGET_BYTES and len(self._renders) > 1:
            _, dropped = self._renders.popitem(last=False)
            self._render_bytes -= dropped[0].nbytes if dropped else 0
        return made

    def _make(self, file: str, page: int, dpi: float, *, gray: bool) -> Render | None:
        kind = self.kind(file)
        data = self.data(file)
        if data is None or kind not in (FileKind.pdf, FileKind.image) or page < 1:
            return None
        if kind == FileKind.pdf:
            with open_pdf(data, self.rules) as doc:
                if page > doc.page_count:
                    return None
                return render_page(doc[page - 1], dpi, self.rules.render.max_pixels, gray=gray)
        for number, source in enumerate(iter_image(data, self.rules), start=1):
            if number == page and source.render is not None:
                rgb, own_dpi = source.render(dpi)
                return (np.asarray(Image.fromarray(rgb).convert("L")), own_dpi) if gray else (rgb, own_dpi)
        return None
