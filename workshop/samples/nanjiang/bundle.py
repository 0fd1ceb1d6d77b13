"""Lay papers out into the files an enterprise uploads, scanned or not, and record the truth."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf
from PIL import Image

from jianzheng.models.truth import TruthDocument, TruthPage

from . import scanners
from .model import Paper
from .paper import FONT

SCANNED_MODES = {"flatbed", "mfp", "mfp_tiff", "phone", "camera", "camera_jpg", "glass_jpg", "flatbed_jpg"}

CREATORS = [
    ("WPS 文字", "WPS 文字"),
    ("Microsoft® Word 2016", "Microsoft® Word 2016"),
    ("WPS Office", "WPS Office"),
]


def _pdf_date(t: dt.datetime) -> str:
    return f"D:{t:%Y%m%d%H%M%S}+08'00'"


@dataclass
class Upload:
    """One uploaded file: the papers in it, in order, and how it was produced."""

    name: str
    papers: list[Paper]
    mode: str = "text"
    upside_down: set[tuple[int, int]] = field(default_factory=set)
    """(paper index in this file, page index in the paper) fed the wrong way round."""
    skew: float | None = None
    """Fixed skew in degrees; None draws one per page (±2°)."""
    tamper: tuple[int, str] | None = None
    """(paper index, anchor name): a region pasted back in after scanning (IMAGE_TAMPERED)."""
    edit: tuple[int, list[tuple[str, str]]] | None = None
    """(paper index, [(printed, edited)]): an incremental revision by an editing tool (PDF_EDITED)."""
    frame: tuple[int, int] = (1944, 2592)
    finger: bool = True


class Binder:
    """Writes uploads into a submission folder and collects truth pages and documents."""

    def __init__(self, root: Path, rng: random.Random):
        self.root = root
        self.rng = rng
        self.pages: list[TruthPage] = []
        self.documents: list[TruthDocument] = []
        self._cache: dict[tuple[int, int, str], tuple[Image.Image, int]] = {}
        self._ids = 0

    def _next_id(self) -> str:
        self._ids += 1
        return f"D{self._ids}"

    def write(self, up: Upload) -> None:
        path = self.root / up.name
        path.parent.mkdir(parents=True, exist_ok=True)
        merged = pymupdf.open()
        spans: list[tuple[Paper, int, int]] = []
        for paper in up.papers:
            start = merged.page_count
            merged.insert_pdf(paper.pdf)
            spans.append((paper, start, merged.page_count))
        scanned = up.mode in SCANNED_MODES
        if scanned:
            self._write_scanned(up, merged, spans, path)
        else:
            self._write_text(up, merged, spans, path)
        for paper, start, end in spans:
            doc_id = self._next_id()
            pages = list(range(start + 1, end + 1))
            for p in pages:
                self.pages.append(
                    TruthPage(file=up.name, page=p, type=paper.type, document=doc_id, scanned=scanned)
                )
            self.documents.append(
                TruthDocument(
                    id=doc_id,
                    file=up.name,
                    pages=pages,
                    type=paper.type,
                    scanned=scanned,
                    project_id=paper.project_id,
                    fields=dict(paper.fields),
                )
            )

    # -- text-layer PDFs ---------------------------------------------------
    def _write_text(self, up: Upload, doc: pymupdf.Document, spans, path: Path) -> None:
        creator, producer = self.rng.choice(CREATORS)
        made = dt.datetime(2025, 1, self.rng.randint(3, 25), self.rng.randint(9, 18), self.rng.randint(0, 59))
        for i in range(doc.page_count):
            doc[i].clean_contents()
        doc.subset_fonts()
        doc.set_metadata(
            {
                "creator": creator,
                "producer": producer,
                "creationDate": _pdf_date(made),
                "modDate": _pdf_date(made),
                "title": "",
            }
        )
        doc.save(path, garbage=3, deflate=True)
        doc.close()
        if up.edit:
            self._edit(up, spans, path, made)

    def _edit(self, up: Upload, spans, path: Path, made: dt.datetime) -> None:
        assert up.edit is not None
        index, swaps = up.edit
        _, start, _ = spans[index]
        doc = pymupdf.open(path)
        page = doc[start]
        xref = page.get_contents()[0]
        stream = doc.xref_stream(xref).decode("latin-1")

        def gids(s: str) -> list[str]:
            return [f"{FONT.has_glyph(ord(c)):04X}" for c in s]

        def fix(m: re.Match[str]) -> str:
            glyphs = [m.group(1)[i : i + 4] for i in range(0, len(m.group(1)), 4)]
            for old, new in swaps:
                og, ng = gids(old), gids(new)
                for i in range(len(glyphs) - len(og) + 1):
                    if glyphs[i : i + len(og)] == og:
                        glyphs[i : i + len(og)] = ng
            return "<" + "".join(glyphs) + ">"

        new = re.sub(r"<([0-9A-F]+)>", fix, stream)
        assert new != stream, "planted edit found nothing to change"
        doc.update_stream(xref, new.encode("latin-1"))
        later = made + dt.timedelta(days=self.rng.randint(20, 60), hours=3)
        meta = doc.metadata or {}
        meta.update({"producer": "Adobe Acrobat Pro (64-bit) 24.2.20759", "modDate": _pdf_date(later)})
        doc.set_metadata(meta)
        doc.save(path, incremental=True, encryption=getattr(pymupdf, "PDF_ENCRYPT_KEEP", 1))
        doc.close()

    # -- scans ---------------------------------------------------------------
    def _scan(
        self, up: Upload, doc: pymupdf.Document, pi: int, paper_index: int, page_in_paper: int, paper: Paper
    ) -> tuple[Image.Image, int]:
        key = (id(paper), page_in_paper, up.mode)
        if key in self._cache and up.tamper is None:
            return self._cache[key]
        r = random.Random(self.rng.randrange(1 << 30))
        page = doc[pi]
        skew = up.skew if up.skew is not None else r.uniform(-2.0, 2.0)
        upside = (paper_index, page_in_paper) in up.upside_down
        mode = up.mode
        if mode in ("flatbed", "flatbed_jpg"):
            tampered = (
                up.tamper is not None
                and up.tamper[0] == paper_index
                and paper.anchors.get(up.tamper[1], (-1,))[0] == page_in_paper
            )
            img, dpi = scanners.flatbed(page, r, 0.0 if tampered else skew, upside)
            if tampered:
                assert up.tamper is not None
                rect = paper.anchors[up.tamper[1]][1]
                img = scanners.paste_clean_patch(img, page, rect, dpi)
        elif mode in ("mfp", "mfp_tiff"):
            img, dpi = scanners.mfp_bilevel(page, r, skew)
        elif mode == "phone":
            img, dpi = scanners.phone_app(page, r, skew=skew * 0.5)
        elif mode in ("camera", "camera_jpg"):
            frame = up.frame if page.rect.height > page.rect.width else (up.frame[1], up.frame[0])
            img, dpi = scanners.doc_camera(page, r, frame, up.finger, skew)
        elif mode == "glass_jpg":
            img, dpi = scanners.glass_photo(page, r)
        else:
            raise ValueError(mode)
        if upside and mode not in ("flatbed", "flatbed_jpg"):
            img = img.rotate(180)
        self._cache[key] = (img, dpi)
        return img, dpi

    def _write_scanned(self, up: Upload, doc: pymupdf.Document, spans, path: Path) -> None:
        images: list[tuple[Image.Image, int]] = []
        for paper_index, (paper, start, end) in enumerate(spans):
            for pi in range(start, end):
                images.append(self._scan(up, doc, pi, paper_index, pi - start, paper))
        if up.mode in ("camera_jpg", "glass_jpg", "flatbed_jpg"):
            assert len(images) == 1, "an image file holds one page"
            img, dpi = images[0]
            q = self.rng.randint(84, 92)
            img.save(path, format="JPEG", quality=q, dpi=(dpi, dpi))
            return
        if up.mode == "mfp_tiff":
            first, dpi = images[0]
            first.save(
                path,
                format="TIFF",
                compression="group4",
                dpi=(dpi, dpi),
                save_all=True,
                append_images=[i for i, _ in images[1:]],
            )
            return
        out = pymupdf.open()
        for img, dpi in images:
            w, h = img.width * 72 / dpi, img.height * 72 / dpi
            page = out.new_page(width=w, height=h)
            if img.mode == "1":
                import io

                buf = io.BytesIO()
                img.save(buf, format="PNG")
                data = buf.getvalue()
            else:
                q = self.rng.randint(70, 85) if up.mode == "phone" else self.rng.randint(82, 90)
                data = scanners.jpeg(img, q)
            page.insert_image(page.rect, stream=data)
        producer = {
            "phone": "Intsig PDF Library",
            "mfp": "KONICA MINOLTA bizhub C266",
            "flatbed": "Canon LiDE Scan",
            "camera": "高拍仪 VideoScan 5.0",
        }[up.mode]
        out.set_metadata({"producer": producer, "creator": producer})
        out.save(path, garbage=3, deflate=True)
        out.close()
