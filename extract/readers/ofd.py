"""OFD (GB/T 33190, the national e-document format of e-invoices): text objects of each page.

Why by hand: the maintained PyPI reader (easyofd) converts OFD to PDF or
images through reportlab and pulls in four more dependencies; we only need
the text objects with their positions, which the OFD XML states directly
(TextObject Boundary + TextCode X/Y, in millimetres). A page whose text is
drawn as paths gives no words; it is then reported as such, not guessed.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from xml.etree import ElementTree as ET

import numpy as np
from PIL import Image

from jianzheng.models import PageCode, TextSource, Word
from jianzheng.models.errors import UnreadableFile

from ..qr import decode_codes
from ..reading_rules import ReadingRules
from .pdf import text_usable
from .source import SourcePage

_PT_PER_MM = 72.0 / 25.4
_A4_MM = (210.0, 297.0)


def iter_ofd(data: bytes, rules: ReadingRules) -> Iterator[SourcePage]:
    """Yield the pages of the first document of an OFD package."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError) as exc:
        raise UnreadableFile(f"OFD 文件损坏（{exc}）") from exc
    with archive:
        _check_bomb(archive, rules)
        package = _Package(archive, rules)
        root = package.xml("OFD.xml")
        doc_root = _text(root, "DocBody/DocRoot")
        if not doc_root:
            raise UnreadableFile("OFD 缺少 DocRoot")
        doc_path = doc_root.lstrip("/")
        document = package.xml(doc_path)
        base = posixpath.dirname(doc_path)
        default_box = _box(_text(document, "CommonData/PageArea/PhysicalBox")) or (0, 0, *_A4_MM)
        media = _media(package, document, base)
        templates = {
            t.get("ID", ""): posixpath.join(base, t.get("BaseLoc", ""))
            for t in _find_all(document, "CommonData/TemplatePage")
        }
        pages = _find_all(document, "Pages/Page")
        if not pages:
            raise UnreadableFile("OFD 没有页面")
        if len(pages) > rules.limits.max_pages:
            raise UnreadableFile(f"OFD 页数异常（{len(pages)} 页）")
        for number, entry in enumerate(pages, start=1):
            page_path = posixpath.join(base, entry.get("BaseLoc", ""))
            content = package.xml(page_path)
            box = _box(_text(content, "Area/PhysicalBox")) or default_box
            words: list[Word] = []
            layers = [content]
            for template in _find_all(content, "Template"):
                path = templates.get(template.get("TemplateID", ""))
                # A template is background (labels, lines); one that is missing loses labels only.
                if path and package.has(path):
                    layers.insert(0, package.xml(path))
            for layer in layers:
                words += _words(layer)
            width, height = box[2] * _PT_PER_MM, box[3] * _PT_PER_MM
            yield SourcePage(
                number=number,
                width=width,
                height=height,
                words=words,
                text_usable=text_usable("".join(w.text for w in words), rules) or bool(words),
                codes=[code for layer in layers for code in _codes(package, layer, media)],
            )


def _media(package: _Package, document: ET.Element, base: str) -> dict[str, str]:
    """Image resource ID -> its file in the package, from the document's DocumentRes and PublicRes."""
    found: dict[str, str] = {}
    for kind in ("DocumentRes", "PublicRes"):
        for entry in _find_all(document, f"CommonData/{kind}"):
            path = posixpath.join(base, (entry.text or "").strip())
            if not package.has(path):
                continue
            res = package.xml(path)
            folder = posixpath.join(posixpath.dirname(path), res.get("BaseLoc", ""))
            for item in res.iter():
                name = _text(item, "MediaFile") if _local(item.tag) == "MultiMedia" else ""
                if name:
                    found[item.get("ID", "")] = (
                        name.lstrip("/") if name.startswith("/") else posixpath.join(folder, name)
                    )
    return found


def _codes(package: _Package, layer: ET.Element, media: dict[str, str]) -> list[PageCode]:
    """QR codes in the layer's small pictures (an e-invoice's QR code is a PNG resource), boxed in points."""
    codes = []
    for obj in layer.iter():
        path = media.get(obj.get("ResourceID", "")) if _local(obj.tag) == "ImageObject" else None
        boundary = _box(obj.get("Boundary", ""))
        # A QR code is a few centimetres across; photos and page backgrounds are not decoded.
        if not path or boundary is None or max(boundary[2], boundary[3]) > 60 or not package.has(path):
            continue
        pixels = package.image(path)
        if pixels is None:
            continue
        dpi = pixels.shape[1] / (boundary[2] / 25.4)
        x0, y0 = boundary[0] * _PT_PER_MM, boundary[1] * _PT_PER_MM
        for code in decode_codes(pixels, dpi):
            bbox = (code.bbox[0] + x0, code.bbox[1] + y0, code.bbox[2] + x0, code.bbox[3] + y0)
            codes.append(code.model_copy(update={"bbox": bbox}))
    return codes


def _check_bomb(archive: zipfile.ZipFile, rules: ReadingRules) -> None:
    infos = archive.infolist()
    if len(infos) > rules.limits.max_zip_members:
        raise UnreadableFile(f"OFD 内文件数异常（{len(infos)}）")
    if sum(i.file_size for i in infos) > rules.limits.max_unzipped_bytes:
        raise UnreadableFile("OFD 解压后体积异常（疑似压缩炸弹）")


class _Package:
    """Reads XML members of the zip, refusing oversized ones and broken XML."""

    def __init__(self, archive: zipfile.ZipFile, rules: ReadingRules) -> None:
        self.archive = archive
        self.limit = rules.limits.max_xml_bytes
        # Producers disagree on the case of paths (Tpls vs TPLS); zip names are matched without it.
        self.names = {n.lstrip("/").lower(): n for n in archive.namelist()}

    def has(self, path: str) -> bool:
        return posixpath.normpath(path).lstrip("/").lower() in self.names

    def image(self, path: str) -> np.ndarray | None:
        """A small picture of the package as gray pixels; None when it is not a decodable image."""
        name = self.names.get(posixpath.normpath(path).lstrip("/").lower())
        if name is None or self.archive.getinfo(name).file_size > self.limit:
            return None
        try:
            with Image.open(io.BytesIO(self.archive.read(name))) as picture:
                if picture.width * picture.height > 16_000_000:
                    return None
                return np.asarray(picture.convert("L"))
        except (
            OSError,
            ValueError,
            SyntaxError,
            EOFError,
            zipfile.BadZipFile,
            zlib.error,
            Image.DecompressionBombError,
        ):
            return None  # a damaged picture costs its QR code, not the page

    def xml(self, path: str) -> ET.Element:
        name = self.names.get(posixpath.normpath(path).lstrip("/").lower())
        if name is None:
            raise UnreadableFile(f"OFD 缺少 {path}")
        try:
            if self.archive.getinfo(name).file_size > self.limit:
                raise UnreadableFile(f"OFD 中 {path} 体积异常")
            raw = self.archive.read(name)
            return ET.fromstring(raw.lstrip(b"\xef\xbb\xbf"))
        except (
            zipfile.BadZipFile,
            zlib.error,
            NotImplementedError,
            OSError,
            ValueError,
            EOFError,
            ET.ParseError,
        ) as exc:
            raise UnreadableFile(f"OFD 中 {path} 损坏（{exc}）") from exc


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _find_all(element: ET.Element, path: str) -> list[ET.Element]:
    """Children along a path of local names (OFD files use the ofd: namespace, or none)."""
    current = [element]
    for step in path.split("/"):
        current = [child for node in current for child in node if _local(child.tag) == step]
    return current


def _text(element: ET.Element, path: str) -> str:
    found = _find_all(element, path)
    return (found[0].text or "").strip() if found else ""


def _box(text: str) -> tuple[float, float, float, float] | None:
    try:
        values = tuple(float(v) for v in text.split())
    except ValueError:
        return None
    if len(values) != 4 or values[2] <= 0 or values[3] <= 0:
        return None
    return values  # type: ignore[return-value]


def _words(content: ET.Element) -> list[Word]:
    """One word per TextCode, boxed in points (the glyph advance is estimated from the font size)."""
    words: list[Word] = []
    for obj in content.iter():
        if _local(obj.tag) != "TextObject":
            continue
        boundary = _box(obj.get("Boundary", "")) or None
        if boundary is None:
            continue
        try:
            size = float(obj.get("Size", "3.5"))
        except ValueError:
            size = 3.5
        for code in obj:
            if _local(code.tag) != "TextCode" or not (code.text or "").strip():
                continue
            try:
                x = float(code.get("X", "0"))
                y = float(code.get("Y", "0"))
            except ValueError:
                x, y = 0.0, 0.0
            text = code.text.strip() if code.text else ""
            x0 = boundary[0] + x
            y1 = boundary[1] + y
            x1 = min(x0 + _advance(text, size), boundary[0] + boundary[2] + size)
            words.append(
                Word(
                    text=text,
                    bbox=(
                        x0 * _PT_PER_MM,
                        (y1 - size) * _PT_PER_MM,
                        x1 * _PT_PER_MM,
                        (y1 + 0.2 * size) * _PT_PER_MM,
                    ),
                    size=size * _PT_PER_MM,
                    source=TextSource.text,
                )
            )
    return words


def _advance(text: str, size: float) -> float:
    """Width of a run: CJK glyphs are one em, Latin and digits about half."""
    return sum(size if ord(ch) > 0x2E80 else size * 0.5 for ch in text)
