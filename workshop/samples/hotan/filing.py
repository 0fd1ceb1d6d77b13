"""One filing on disk: documents placed into files through devices, with their truth."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf

from jianzheng.models import Truth

from . import devices as dv
from .devices import Device


@dataclass
class Doc:
    """A paper document drawn as vector pages, with what a reviewer reads on it."""

    type: str
    src: pymupdf.Document
    fields: dict[str, Any] = field(default_factory=dict)
    project_id: str | None = None
    text_swap: dict[int, dict[str, str]] = field(default_factory=dict)
    """Per source page: words whose hidden OCR layer says something else (TEXT_LAYER_MISMATCH)."""
    patch: dict[int, pymupdf.Document] = field(default_factory=dict)
    """Per source page: an altered twin page whose region ``patch_rect`` is pasted from another scan."""
    patch_rect: pymupdf.Rect | None = None
    sign_page: int = 0
    """Source page index of the signature page (contracts)."""
    money_page: int = 1

    @property
    def n(self) -> int:
        return len(self.src)


@dataclass
class Placed:
    doc: Doc
    id: str
    file: str
    pages: list[int]
    """Output page (1-based) of each source page."""


@dataclass
class Part:
    doc: Doc
    dev: Device


class Filing:
    def __init__(self, out: Path, name: str, seed: int, rng: random.Random, clean: bool) -> None:
        self.root = out / name
        if self.root.exists():
            shutil.rmtree(self.root)
        self.sub = self.root / "submission"
        self.sub.mkdir(parents=True)
        self.name = name
        self.seed = seed
        self.rng = rng
        self.clean = clean
        self.pages: list[dict[str, Any]] = []
        self.documents: list[dict[str, Any]] = []
        self.findings: list[dict[str, Any]] = []
        self._n = 0

    def _new_id(self) -> str:
        self._n += 1
        return f"T{self._n}"

    def _record(self, doc: Doc, file: str, pages: list[int], scanned: bool) -> Placed:
        did = self._new_id()
        uniq = sorted(set(pages))
        self.documents.append(
            {
                "id": did,
                "file": file,
                "pages": uniq,
                "type": doc.type,
                "scanned": scanned,
                "project_id": doc.project_id,
                "fields": doc.fields,
            }
        )
        for p in uniq:
            self.pages.append(
                {"file": file, "page": p, "type": doc.type, "document": did, "scanned": scanned}
            )
        return Placed(doc, did, file, pages)

    # files -------------------------------------------------------------------------------------
    def pdf(self, name: str, parts: list[Part]) -> list[Placed]:
        """A PDF holding several documents one after another, each through its own device."""
        out = pymupdf.open()
        placed = []
        producer = parts[0].dev.producer
        for part in parts:
            first = len(out) + 1
            if part.dev.kind == "digital":
                out.insert_pdf(part.doc.src)
                pages = list(range(first, first + part.doc.n))
            else:
                pages = self._scan_into(out, part.doc, part.dev)
            placed.append(self._record(part.doc, name, pages, part.dev.kind != "digital"))
        if any(p.dev.kind == "digital" for p in parts):
            out.subset_fonts()
        (self.sub / name).parent.mkdir(parents=True, exist_ok=True)
        (self.sub / name).write_bytes(dv.save_pdf(out, producer))
        return placed

    def _images(self, doc: Doc, dev: Device) -> list[tuple[np.ndarray, int]]:
        """Scanned images of a document: (image, source page index of its first page)."""
        renders = []
        for i in range(doc.n):
            img = dv.raster(doc.src[i], dev.dpi)
            if i in doc.patch:
                img = self._paste(img, doc, i, dev)
            renders.append(img)
        sheets: list[tuple[np.ndarray, int]] = []
        if dev.two_up:
            for i in range(0, len(renders), 2):
                right = renders[i + 1] if i + 1 < len(renders) else None
                sheets.append((dv.two_up(renders[i], right), i))
        else:
            sheets = [(img, i) for i, img in enumerate(renders)]
        result = []
        for k, (img, i) in enumerate(sheets):
            back = sheets[k + 1][0] if k + 1 < len(sheets) else None
            out = dv.degrade(img, dev, self.rng, back)
            out = dv.finish_image(out, dev, k)
            result.append((out, i))
        return result

    def _paste(self, img: np.ndarray, doc: Doc, i: int, dev: Device) -> np.ndarray:
        """Paste the region of the altered twin, scanned on another machine, into this page."""
        twin = doc.patch[i]
        assert doc.patch_rect is not None
        other = dv.Device(
            kind="copier", dpi=dev.dpi, gray=False, quality=96, blur=0.2, noise=0.3, tint=(255, 255, 255)
        )
        tw_img = dv.raster(twin[0], dev.dpi)
        tw_img = dv.degrade(tw_img, other, self.rng)
        tw_img = np.asarray(dv.Image.open(dv.io.BytesIO(dv.encode(tw_img, 97))).convert("RGB"))
        z = dev.dpi / 72
        r = doc.patch_rect
        y0, y1, x0, x1 = int(r.y0 * z), int(r.y1 * z), int(r.x0 * z), int(r.x1 * z)
        out = img.copy()
        out[y0:y1, x0:x1] = tw_img[y0:y1, x0:x1]
        return out

    def _scan_into(self, out: pymupdf.Document, doc: Doc, dev: Device) -> list[int]:
        pages = []
        for img, i in self._images(doc, dev):
            h, w = img.shape[:2]
            pw = 595.0 if w <= h else 842.0
            ph = pw * h / w
            page = out.new_page(width=pw, height=ph)
            page.insert_image(page.rect, stream=dv.encode(img, dev.quality))
            if dev.text_layer and not dev.two_up and not dev.skew and not dev.landscape:
                words = [(w_[0], w_[1], w_[2], w_[3], w_[4]) for w_ in doc.src[i].get_text("words")]
                dv.hidden_words(page, words, doc.text_swap.get(i, {}))
            pages.append(len(out))
            if dev.two_up and i + 1 < doc.n:
                pages.append(len(out))
        return pages

    def image(self, name: str, doc: Doc, dev: Device, fmt: str = "JPEG") -> Placed:
        """A one-page document as an image file (photo, WeChat forward, screenshot)."""
        assert doc.n == 1 or dev.two_up, "an image file holds one page"
        img, _ = self._images(doc, dev)[0]
        (self.sub / name).parent.mkdir(parents=True, exist_ok=True)
        (self.sub / name).write_bytes(dv.encode(img, dev.quality, fmt))
        return self._record(doc, name, [1], True)

    def tiff(self, name: str, doc: Doc, dev: Device) -> Placed:
        frames = [dv.Image.fromarray(img) for img, _ in self._images(doc, dev)]
        buf = dv.io.BytesIO()
        frames[0].save(
            buf,
            "TIFF",
            save_all=True,
            append_images=frames[1:],
            compression="tiff_deflate",
            dpi=(dev.dpi, dev.dpi),
        )
        (self.sub / name).write_bytes(buf.getvalue())
        return self._record(doc, name, list(range(1, len(frames) + 1)), True)

    # truth -------------------------------------------------------------------------------------
    def plant(
        self, code: str, placed: Placed, src_page: int, note: str, project_id: str | None = None
    ) -> None:
        self.findings.append(
            {
                "code": code,
                "project_id": project_id if project_id is not None else placed.doc.project_id,
                "file": placed.file,
                "page": placed.pages[src_page],
                "note": note,
            }
        )

    def plant_plain(
        self,
        code: str,
        note: str,
        project_id: str | None = None,
        file: str | None = None,
        page: int | None = None,
    ) -> None:
        self.findings.append(
            {"code": code, "project_id": project_id, "file": file, "page": page, "note": note}
        )

    def write_truth(self) -> None:
        data = {
            "schema": "jianzheng.truth/1",
            "name": self.name,
            "seed": self.seed,
            "clean": self.clean,
            "pages": sorted(self.pages, key=lambda p: (p["file"], p["page"])),
            "documents": self.documents,
            "findings": self.findings,
        }
        Truth.model_validate(data)
        (self.root / "truth.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
