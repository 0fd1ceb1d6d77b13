"""One submission on disk: files made of papers (text PDF, scanned PDF, images, Word), and its truth.json."""

from __future__ import annotations

import io
import json
import random
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
from PIL import Image

from .paper import pil_font
from .papers import Paper
from .scan import Scanner, degrade, encode, images_to_pdf, render, two_up


class Filing:
    def __init__(self, out: Path, name: str, seed: int) -> None:
        self.name = name
        self.seed = seed
        self.root = out / name
        if self.root.exists():
            shutil.rmtree(self.root)
        self.sub = self.root / "submission"
        self.sub.mkdir(parents=True)
        self.pages: list[dict[str, Any]] = []
        self.documents: list[dict[str, Any]] = []
        self.findings: list[dict[str, Any]] = []
        self.rng = random.Random(f"{name}/{seed}/files")

    def _record(self, fname: str, paper: Paper, pages: list[int], scanned: bool) -> str:
        did = f"D{len(self.documents) + 1}"
        doc: dict[str, Any] = {
            "id": did,
            "file": fname,
            "pages": sorted(pages),
            "type": paper.type,
            "scanned": scanned,
            "fields": paper.fields,
        }
        if paper.project_id and paper.type in ("contract", "acceptance_report", "invoice", "other"):
            doc["project_id"] = paper.project_id
        self.documents.append(doc)
        for p in sorted(set(pages)):
            self.pages.append(
                {"file": fname, "page": p, "type": paper.type, "document": did, "scanned": scanned}
            )
        return did

    def text_pdf(
        self, fname: str, papers: list[Paper], producer: str = "Microsoft® Word 2019"
    ) -> dict[int, int]:
        """Born-digital PDF; returns for each paper index its first page (1-based)."""
        out = pymupdf.open()
        firsts = {}
        for i, p in enumerate(papers):
            firsts[i] = len(out) + 1
            self._record(fname, p, list(range(len(out) + 1, len(out) + len(p.doc) + 1)), False)
            out.insert_pdf(p.doc)
        out.set_metadata(
            {
                "producer": producer,
                "creator": producer,
                "creationDate": "D:20250112093000+08'00'",
                "modDate": "D:20250112093000+08'00'",
            }
        )
        out.subset_fonts()
        (self.sub / fname).parent.mkdir(parents=True, exist_ok=True)
        out.save(self.sub / fname, garbage=3, deflate=True)
        return firsts

    def page_images(self, paper: Paper, sc: Scanner, rng: random.Random) -> list[np.ndarray]:
        out = []
        for i in range(len(paper.doc)):
            dpi = sc.per_page_dpi.get(i, sc.dpi)
            rot = sc.per_page_rotate.get(i)
            out.append(degrade(render(paper.doc[i], dpi), sc, rng, rotate=rot))
        return out

    def scan_pdf(
        self,
        fname: str,
        papers: list[tuple[Paper, Scanner]],
        reverse: set[int] | None = None,
        twoup: set[int] | None = None,
        producer: str = "Canon DR-C240 ScanFront",
        tamper: Any = None,
    ) -> dict[int, list[int]]:
        """A scanned PDF. reverse: paper indexes whose pages lie in reverse order; twoup: papers scanned two pages per sheet.
        Returns for each paper index its 1-based pages in the file."""
        images: list[tuple[bytes, int, int, int]] = []
        placed: dict[int, list[int]] = {}
        for i, (p, sc) in enumerate(papers):
            imgs = self.page_images(p, sc, self.rng)
            dpis = [sc.per_page_dpi.get(k, sc.dpi) for k in range(len(imgs))]
            if tamper is not None and tamper[0] == i:
                imgs[tamper[1]] = tamper[2](imgs[tamper[1]], dpis[tamper[1]])
            order = list(range(len(imgs)))
            if reverse and i in reverse:
                order.reverse()
            sheets: list[tuple[np.ndarray, int, list[int]]] = []
            if twoup and i in twoup:
                for k in range(0, len(order), 2):
                    pair = order[k : k + 2]
                    img = two_up(imgs[pair[0]], imgs[pair[1]]) if len(pair) == 2 else imgs[pair[0]]
                    sheets.append((img, dpis[pair[0]], pair))
            else:
                sheets = [(imgs[k], dpis[k], [k]) for k in order]
            pages = []
            for img, dpi, _ in sheets:
                images.append((encode(img, sc.jpeg), img.shape[1], img.shape[0], dpi))
                pages.append(len(images))
            placed[i] = pages
            self._record(fname, p, pages, True)
        (self.sub / fname).parent.mkdir(parents=True, exist_ok=True)
        (self.sub / fname).write_bytes(images_to_pdf(images, producer))
        return placed

    def image(self, fname: str, paper: Paper, sc: Scanner) -> None:
        """One page as a JPEG/PNG; a multi-page paper as a multi-frame TIFF."""
        imgs = self.page_images(paper, sc, self.rng)
        path = self.sub / fname
        path.parent.mkdir(parents=True, exist_ok=True)
        if fname.lower().endswith((".tif", ".tiff")):
            frames = [Image.fromarray(i).convert("L") for i in imgs]
            frames[0].save(
                path, save_all=True, append_images=frames[1:], compression="tiff_lzw", dpi=(sc.dpi, sc.dpi)
            )
        elif fname.lower().endswith(".png"):
            Image.fromarray(imgs[0]).save(path, "PNG", dpi=(sc.dpi, sc.dpi))
        else:
            path.write_bytes(encode(imgs[0], sc.jpeg))
        self._record(fname, paper, list(range(1, len(imgs) + 1)), True)

    def raw(self, fname: str, data: bytes, paper: Paper, scanned: bool) -> None:
        (self.sub / fname).parent.mkdir(parents=True, exist_ok=True)
        (self.sub / fname).write_bytes(data)
        self._record(fname, paper, [1], scanned)

    def finding(
        self,
        code: str,
        project_id: str | None = None,
        file: str | None = None,
        page: int | None = None,
        note: str = "",
    ) -> None:
        f: dict[str, Any] = {"code": code, "note": note}
        if project_id:
            f["project_id"] = project_id
        if file:
            f["file"] = file
        if page:
            f["page"] = page
        self.findings.append(f)

    def declaration_json(self, data: dict[str, Any]) -> None:
        (self.sub / "declaration.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8"
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
        (self.root / "truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        return self.name


def paste_lines(lines: list[tuple[float, float, str, float]], box: tuple[float, float, float, float]) -> Any:
    """An IMAGE_TAMPERED edit: a clean patch (no scan noise, flat paper tone, slightly heavier glyphs) over ``box`` (points)
    of the scanned page, with ``lines`` (x, baseline y, text, size in points) typeset anew on it."""

    def edit(img: np.ndarray, dpi: int) -> np.ndarray:
        from PIL import ImageDraw

        k = dpi / 72
        x0, y0, x1, y1 = (int(v * k) for v in box)
        patch = Image.new("RGB", (x1 - x0, y1 - y0), (252, 252, 250))
        d = ImageDraw.Draw(patch)
        for x, y, text, size in lines:
            font = pil_font(int(size * k))
            d.text(
                ((x - box[0]) * k, (y - box[1]) * k),
                text,
                font=font,
                fill=(8, 8, 8),
                anchor="ls",
                stroke_width=1 if dpi >= 200 else 0,
                stroke_fill=(8, 8, 8),
            )
        out = img.copy()
        out[y0:y1, x0:x1] = np.array(patch)
        return out

    return edit


def docx_bytes(
    title: str, paras: list[str], table: list[list[str]] | None, seal_png: bytes | None, seal_after: int = -1
) -> bytes:
    """A Word document: title, paragraphs, an optional table, and the seal picture where the signatures are."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    h = d.add_paragraph()
    run = h.add_run(title)
    run.font.size = Pt(18)
    run.bold = True
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    for i, p in enumerate(paras):
        d.add_paragraph(p)
        if seal_png is not None and i == seal_after:
            d.add_picture(io.BytesIO(seal_png), width=Cm(3.8))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
