"""Writing one scenario: attachments (image PDFs, JPEGs, a born-digital invoice), declaration.json, truth.json."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pymupdf
from PIL import Image

from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from .paint import DPI


class Builder:
    def __init__(self, out: Path, name: str, seed: int):
        self.root = out / name
        if self.root.exists():
            shutil.rmtree(self.root)
        self.sub = self.root / "submission"
        self.sub.mkdir(parents=True)
        self.name, self.seed = name, seed
        self.pdfs: dict[str, list[tuple[Image.Image, int]]] = {}
        self.pages: list[TruthPage] = []
        self.docs: list[TruthDocument] = []
        self.findings: list[TruthFinding] = []

    def _doc(self, file, pages, doctype, fields, project_id, scanned):
        doc_id = f"T{len(self.docs) + 1}"
        self.docs.append(
            TruthDocument(
                id=doc_id,
                file=file,
                pages=pages,
                type=doctype,
                scanned=scanned,
                project_id=project_id,
                fields=fields,
            )
        )
        for p in pages:
            self.pages.append(TruthPage(file=file, page=p, type=doctype, document=doc_id, scanned=scanned))
        return doc_id

    def pdf(self, file, images, doctype, fields, project_id=None, quality=80) -> list[int]:
        """Scanned pages appended to an image PDF; returns their page numbers."""
        seq = self.pdfs.setdefault(file, [])
        start = len(seq) + 1
        seq.extend((im, quality) for im in images)
        pages = list(range(start, start + len(images)))
        self._doc(file, pages, doctype, fields, project_id, True)
        return pages

    def jpg(self, file, image, doctype, fields, project_id=None, quality=85) -> None:
        path = self.sub / file
        path.parent.mkdir(parents=True, exist_ok=True)
        image.convert("RGB").save(path, "JPEG", quality=quality)
        self._doc(file, [1], doctype, fields, project_id, True)

    def native(self, file, writer, doctype, fields, project_id=None) -> None:
        path = self.sub / file
        path.parent.mkdir(parents=True, exist_ok=True)
        writer(path)
        self._doc(file, [1], doctype, fields, project_id, False)

    def plant(self, code, file, page, project_id=None, note=""):
        self.findings.append(TruthFinding(code=code, file=file, page=page, project_id=project_id, note=note))

    def finish(self, declaration: dict) -> str:
        for file, seq in self.pdfs.items():
            path = self.sub / file
            path.parent.mkdir(parents=True, exist_ok=True)
            doc = pymupdf.open()
            for im, q in seq:
                w, h = im.size
                page = doc.new_page(width=w * 72 / DPI, height=h * 72 / DPI)
                buf = io.BytesIO()
                im.convert("RGB").save(buf, "JPEG", quality=q)
                page.insert_image(page.rect, stream=buf.getvalue())
            doc.set_metadata({"producer": "Scanner PDF", "creator": "Scan"})
            doc.save(path, garbage=3, deflate=True)
            doc.close()
        (self.sub / "declaration.json").write_text(
            json.dumps(declaration, ensure_ascii=False, indent=2), "utf-8"
        )
        truth = Truth(
            name=self.name,
            seed=self.seed,
            clean=not self.findings,
            pages=self.pages,
            documents=self.docs,
            findings=self.findings,
        )
        (self.root / "truth.json").write_text(truth.model_dump_json(by_alias=True, indent=2), "utf-8")
        return self.name
