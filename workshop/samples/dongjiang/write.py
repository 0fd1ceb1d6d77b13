"""Writing a submission folder and its truth.json: files of one or more papers, born digital or scanned."""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymupdf as fitz
from PIL import Image

from .model import Doc
from .scan import Scanner

PagePost = Callable[[int, Image.Image], Image.Image]


class Submission:
    """One scenario's folder: attachments are added paper by paper; ``finish`` writes truth.json."""

    def __init__(self, out: Path, name: str, seed: int):
        self.name = name
        self.seed = seed
        self.root = out / name
        if self.root.exists():
            shutil.rmtree(self.root)
        self.dir = self.root / "submission"
        self.dir.mkdir(parents=True)
        self.pages: list[dict[str, Any]] = []
        self.documents: list[dict[str, Any]] = []
        self.findings: list[dict[str, Any]] = []
        self.where: dict[int, tuple[str, list[int], str]] = {}
        """id(doc) -> (file, 1-based pages in file, truth document id)."""

    # ------------------------------------------------------------------ recording
    def _record(self, doc: Doc, file: str, pages: list[int], scanned: bool) -> str:
        did = f"D{len(self.documents) + 1}"
        for p in pages:
            self.pages.append(
                {"file": file, "page": p, "type": doc.type, "document": did, "scanned": scanned}
            )
        entry: dict[str, Any] = {
            "id": did,
            "file": file,
            "pages": pages,
            "type": doc.type,
            "scanned": scanned,
            "fields": doc.fields,
        }
        if doc.project_id:
            entry["project_id"] = doc.project_id
        self.documents.append(entry)
        self.where[id(doc)] = (file, pages, did)
        return did

    def key_page(self, doc: Doc, which: int = 0) -> tuple[str, int]:
        file, pages, _ = self.where[id(doc)]
        kp = doc.key_pages[which] if doc.key_pages else 0
        return file, pages[kp] if kp < len(pages) else pages[0]

    def finding(
        self,
        code: str,
        doc: Doc | None = None,
        project_id: str | None = None,
        note: str = "",
        page: bool = True,
        which: int = 0,
        at: int | None = None,
    ) -> None:
        """A planted cause; ``at`` is a 0-based page of ``doc``, else its key page number ``which``."""
        f: dict[str, Any] = {"code": code, "note": note}
        if project_id:
            f["project_id"] = project_id
        if doc is not None:
            file, pg = self.key_page(doc, which)
            if at is not None:
                pg = self.where[id(doc)][1][at]
            f["file"] = file
            if page:
                f["page"] = pg
        self.findings.append(f)

    # ------------------------------------------------------------------ attachments
    def _scan_pages(
        self, doc: Doc, scanner: Scanner, rng: random.Random, post: PagePost | None
    ) -> list[tuple[bytes, str, fitz.Rect, Image.Image]]:
        out = []
        for i in range(doc.pdf.page_count):
            page = doc.pdf[i]
            im = scanner.apply(page, rng)
            if post is not None:
                im = post(i, im)
            data, ext = scanner.encode(im)
            rect = page.rect
            if scanner.kind == "phone":
                rect = fitz.Rect(0, 0, rect.width * 1.25, rect.height * 1.18)
            out.append((data, ext, rect, im))
        return out

    def pdf(
        self,
        file: str,
        docs: list[Doc],
        rng: random.Random,
        scanner: Scanner | None = None,
        post: dict[int, PagePost] | None = None,
        hidden_text: dict[int, dict[str, str]] | None = None,
        producer: str = "",
    ) -> Path:
        """One PDF holding ``docs`` in order: vector pages when ``scanner`` is None, otherwise page images.

        ``hidden_text`` (by id(doc)) adds an invisible OCR-style text layer over the scanned pages
        of that paper, with the given replacements applied to its words.
        """
        path = self.dir / file
        path.parent.mkdir(parents=True, exist_ok=True)
        out = fitz.open()
        n = 0
        for doc in docs:
            first = n + 1
            if scanner is None:
                out.insert_pdf(doc.pdf)
            else:
                scans = self._scan_pages(doc, scanner, rng, (post or {}).get(id(doc)))
                for k, (data, _ext, rect, _im) in enumerate(scans):
                    src = doc.pdf[k]
                    page = out.new_page(width=rect.width, height=rect.height)
                    page.insert_image(page.rect, stream=data, keep_proportion=False)
                    repl = (hidden_text or {}).get(id(doc))
                    if repl is not None:
                        _invisible_layer(page, src, repl)
            n += doc.pdf.page_count
            self._record(doc, file, list(range(first, n + 1)), scanner is not None)
        meta = {
            "producer": producer or ("PyMuPDF" if scanner is None else "Scanner PDF"),
            "creator": ""
            if scanner is None
            else rng.choice(["EPSON Scan", "Canon MF Scan Utility", "HP Scan", "Kyocera Command Center"]),
        }
        out.set_metadata(meta)
        out.save(path, garbage=3, deflate=True)
        return path

    def images(
        self,
        stem: str,
        doc: Doc,
        rng: random.Random,
        scanner: Scanner,
        fmt: str | None = None,
        post: PagePost | None = None,
    ) -> list[str]:
        """A one-page paper as one image file (stem.jpg or stem.png)."""
        assert doc.pdf.page_count == 1, "one image file holds one page"
        scans = self._scan_pages(doc, scanner, rng, post)
        files = []
        for i, (data, ext, _rect, im) in enumerate(scans, 1):
            name = stem if len(scans) == 1 else f"{stem}-{i}"
            if fmt == "png" and ext != "png":
                path = self.dir / f"{name}.png"
                path.parent.mkdir(parents=True, exist_ok=True)
                im.save(path, format="PNG", dpi=(scanner.dpi, scanner.dpi))
                ext = "png"
            else:
                path = self.dir / f"{name}.{ext}"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            files.append(str(path.relative_to(self.dir)))
        self._record(doc, files[0], [1], True)
        return files

    def copy_of(self, src: str, dst: str, doc: Doc) -> None:
        """The same scanned file uploaded a second time under another name (a reused paper)."""
        target = self.dir / dst
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.dir / src, target)
        twin = Doc(doc.type, doc.pdf, doc.fields, doc.project_id, key_pages=doc.key_pages)
        self._record(twin, dst, list(range(1, doc.pdf.page_count + 1)), True)

    def extra_file(self, name: str, data: bytes) -> None:
        path = self.dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    # ------------------------------------------------------------------ declaration and truth
    def declaration_json(self, decl: dict[str, Any]) -> None:
        (self.dir / "declaration.json").write_text(
            json.dumps(decl, ensure_ascii=False, indent=2), encoding="utf-8"
        )

    def finish(self, clean: bool) -> str:
        truth = {
            "schema": "jianzheng.truth/1",
            "name": self.name,
            "seed": self.seed,
            "clean": clean,
            "pages": self.pages,
            "documents": self.documents,
            "findings": self.findings,
        }
        assert clean == (not self.findings), self.name
        (self.root / "truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        return self.name


def _invisible_layer(page: fitz.Page, src: fitz.Page, repl: dict[str, str]) -> None:
    """An OCR-style invisible text layer from the source page's lines, with replacements applied."""
    sx = page.rect.width / src.rect.width
    sy = page.rect.height / src.rect.height
    for block in src.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            text = "".join(span["text"] for span in line["spans"]).strip()
            if not text:
                continue
            for old, new in repl.items():
                text = text.replace(old, new)
            span = line["spans"][0]
            x, y = span["origin"]
            page.insert_text(
                fitz.Point(x * sx, y * sy),
                text,
                fontsize=span["size"] * sy,
                fontname="china-s",
                render_mode=3,
            )
