"""Write one filing: attachments in several file kinds, the declaration, and truth.json as it goes."""

from __future__ import annotations

import io
import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pymupdf as fitz
from PIL import Image

from jianzheng.models import Truth

from . import scan as sc
from .docs import Doc
from .sheet import Sheet, put_text, text_width


@dataclass
class Way:
    """How one document's pages are made: born digital, scanned by a device, or one of the odd paths."""

    how: str = "scan"  # digital, scan, photocopy, fax, glass, resave
    dev: sc.Device | None = None
    rotate: bool = False
    text_layer: dict[str, str] | None = None  # hidden OCR layer over a scan; tag -> text it claims
    overlay: dict[str, str] | None = None  # digital: tag -> text painted over a white box
    tamper: dict[str, str] | None = None  # scan: tag -> the text the page showed before a patch


@dataclass
class Filing:
    name: str
    root: Path
    seed: int
    rng: random.Random
    pages: list[dict] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)
    _pdfs: dict[str, fitz.Document] = field(default_factory=dict)
    _tiffs: dict[str, list[Image.Image]] = field(default_factory=dict)

    @property
    def sub(self) -> Path:
        return self.root / self.name / "submission"

    def start(self) -> None:
        target = self.root / self.name
        if target.exists():
            shutil.rmtree(target)
        self.sub.mkdir(parents=True)

    # -- pages ------------------------------------------------------------------------------------
    def _image(self, sheet: Sheet, way: Way, back: Sheet | None) -> tuple[np.ndarray, bytes, int]:
        rng = self.rng
        dev = way.dev or sc.draw_device(rng)
        if way.how == "photocopy":
            img = sc.photocopy(sheet, rng)
            return img, sc.jpeg(img, 70), 200
        if way.how == "fax":
            img = sc.fax(sheet, rng)
            return img, sc.encode(img, sc.Device(mode="bilevel", fax=True)), 200
        if way.how == "glass":
            img = sc.glass_photo(sheet, rng)
            return img, sc.jpeg(img, 85), 0
        base = sheet
        tamper = {t: v for t, v in (way.tamper or {}).items() if t in sheet.boxes}
        if tamper:
            base = _variant(sheet, tamper)
        img = sc.scan(base, dev, rng, back)
        if tamper:
            box = _union([sheet.boxes[t] for t in tamper], pad=3)
            img = sc.paste_patch(img, sheet, box, dev.dpi, rng)
        if way.how == "resave":
            return img, sc.resaved(img, rng.randint(70, 85), rng.randint(60, 80)), dev.dpi
        return img, sc.encode(img, dev), dev.dpi

    def add(
        self, file: str, doc: Doc, way: Way, project_id: str | None = None, fields: dict | None = None
    ) -> str:
        """Append ``doc`` to ``file`` (.pdf, .tif, .jpg, .png); returns the truth document id."""
        suffix = Path(file).suffix.lower()
        doc_id = f"D{len(self.documents) + 1}"
        numbers = []
        scanned = way.how != "digital"
        for index, sheet in enumerate(doc.pages):
            back = doc.pages[index + 1] if index + 1 < len(doc.pages) else None
            if suffix == ".pdf":
                pdf = self._pdfs.setdefault(file, fitz.open())
                if scanned:
                    img, data, _ = self._image(sheet, way, back)
                    _scan_page(pdf, sheet, img, data, way)
                else:
                    page = pdf.new_page(width=sheet.width, height=sheet.height)
                    overlay = {t: v for t, v in (way.overlay or {}).items() if t in sheet.boxes}
                    if overlay:
                        _variant(sheet, overlay).paint(page)
                        _paint_overlay(page, sheet, overlay)
                    else:
                        sheet.paint(page)
                numbers.append(len(pdf))
            elif suffix in (".tif", ".tiff"):
                img, data, dpi = self._image(sheet, way, back)
                frames = self._tiffs.setdefault(file, [])
                frame = Image.open(io.BytesIO(data))
                frame.info["dpi"] = (dpi, dpi)
                frames.append(frame.convert("1") if frame.mode == "1" else frame.convert("L"))
                numbers.append(len(frames))
            else:
                img, data, dpi = self._image(sheet, way, back)
                if suffix == ".png":
                    data = sc.png(img, dpi or None)
                (self.sub / file).parent.mkdir(parents=True, exist_ok=True)
                (self.sub / file).write_bytes(data)
                numbers.append(1)
        for n in numbers:
            self.pages.append(
                {"file": file, "page": n, "type": doc.type, "document": doc_id, "scanned": scanned}
            )
        self.documents.append(
            {
                "id": doc_id,
                "file": file,
                "pages": numbers,
                "type": doc.type,
                "scanned": scanned,
                "project_id": project_id,
                "fields": fields if fields is not None else dict(doc.fields),
            }
        )
        return doc_id

    def page_of(self, doc_id: str, index: int = 0) -> tuple[str, int]:
        d = next(d for d in self.documents if d["id"] == doc_id)
        return d["file"], d["pages"][index]

    def finding(
        self,
        code: str,
        project_id: str | None = None,
        file: str | None = None,
        page: int | None = None,
        note: str = "",
    ) -> None:
        row: dict[str, object] = {"code": code, "note": note}
        if project_id:
            row["project_id"] = project_id
        if file:
            row["file"] = file
        if page:
            row["page"] = page
        self.findings.append(row)

    # -- finish -----------------------------------------------------------------------------------
    def close(self, clean: bool) -> Truth:
        for file, pdf in self._pdfs.items():
            path = self.sub / file
            path.parent.mkdir(parents=True, exist_ok=True)
            pdf.set_metadata({"producer": "Turpan office scanner", "creator": "TP-Scan 3.2"})
            pdf.save(path, garbage=3, deflate=True)
        for file, frames in self._tiffs.items():
            path = self.sub / file
            path.parent.mkdir(parents=True, exist_ok=True)
            bilevel = all(f.mode == "1" for f in frames)
            frames[0].save(
                path,
                save_all=True,
                append_images=frames[1:],
                compression="group4" if bilevel else "tiff_lzw",
                dpi=frames[0].info.get("dpi", (200, 200)),
            )
        truth = Truth.model_validate(
            {
                "schema": "jianzheng.truth/1",
                "name": self.name,
                "seed": self.seed,
                "clean": clean,
                "pages": self.pages,
                "documents": self.documents,
                "findings": self.findings,
            }
        )
        (self.root / self.name / "truth.json").write_text(
            truth.model_dump_json(by_alias=True, indent=2, exclude_none=True), encoding="utf-8"
        )
        return truth

    def declaration(self, data: dict) -> None:
        (self.sub / "declaration.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8"
        )


def _variant(sheet: Sheet, subst: dict[str, str]) -> Sheet:
    from .sheet import variant

    return variant(sheet, subst)


def _union(
    boxes: list[tuple[float, float, float, float]], pad: float = 0
) -> tuple[float, float, float, float]:
    return (
        min(b[0] for b in boxes) - pad,
        min(b[1] for b in boxes) - pad,
        max(b[2] for b in boxes) + pad,
        max(b[3] for b in boxes) + pad,
    )


def _scan_page(pdf: fitz.Document, sheet: Sheet, img: np.ndarray, data: bytes, way: Way) -> None:
    if way.rotate:
        # stored landscape, shown upright through /Rotate 90 (how some feeders save portrait pages)
        rotated = np.ascontiguousarray(np.rot90(img, 1))
        data = sc.jpeg(rotated, 80) if not data.startswith(b"\x89PNG") else sc.png(rotated)
        page = pdf.new_page(width=sheet.height, height=sheet.width)
        page.insert_image(page.rect, stream=data)
        page.set_rotation(90)
        return
    page = pdf.new_page(width=sheet.width, height=sheet.height)
    page.insert_image(page.rect, stream=data)
    if way.text_layer is not None:
        sheet.paint(page, hidden=True, subst=way.text_layer)


def _paint_overlay(page: fitz.Page, sheet: Sheet, overlay: dict[str, str]) -> None:
    """White boxes over the original figures, the retyped text on top (what the page now shows)."""
    for tag, _old in overlay.items():
        x0, y0, x1, y1 = sheet.boxes[tag]
        new = next(op[3] for op in sheet.ops if op[0] == "text" and op[6] == tag)
        size = next(op[4] for op in sheet.ops if op[0] == "text" and op[6] == tag)
        width = max(x1, x0 + text_width(new, size))
        page.draw_rect(fitz.Rect(x0 - 1, y0 - 1, width + 2, y1 + 1), color=(1, 1, 1), fill=(1, 1, 1), width=0)
        put_text(page, x0, y1 - size * 0.25, new, size)
