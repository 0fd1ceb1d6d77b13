"""A filing on disk: files made of papers, scanned or born digital, the declaration, the truth.

``Filing`` collects ``FileSpec``s (which papers go into which file, on which device) and
planted findings pointing at a paper's named spot; ``write`` renders everything and
resolves each spot to the file and page where a reviewer sees it.
"""

from __future__ import annotations

import io
import json
import random
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf
from docx import Document as DocxDocument
from docx.shared import Pt
from PIL import Image

from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from . import scan
from .canvas import Paper, Sheet, render_print
from .marks import ink_layers

FIXED_ZIP_TIME = (2026, 2, 12, 9, 30, 0)


@dataclass
class Device:
    """How a file was captured: resolution, colour, JPEG quality, the effects every page gets."""

    dpi: int = 200
    mode: str = "color"
    """color | grey (saved as RGB JPEG) | bilevel (fax TIFF) | phone."""
    quality: int = 80
    times: int = 1
    fx: tuple[str, ...] = ("skew",)
    skew: float = 0.8


@dataclass
class Paste:
    """A forged region: the same region of ``donor`` (the paper reprinted with another amount),
    scanned apart, pasted over this page. ``key`` names the region in both papers' ``boxes``."""

    original: Paper
    donor: Paper
    key: str = "amount"


@dataclass
class FileSpec:
    """One attachment: its path under submission/, its kind and its papers in order."""

    path: str
    kind: str
    """scan_pdf | digital_pdf | jpg | png | tif | docx."""
    papers: list[Paper]
    device: Device = field(default_factory=Device)
    two_up: bool = False
    """Pairs of A5 sheets share one scanned A4 page."""
    pastes: dict[int, Paste] = field(default_factory=dict)
    """By 0-based page index of the file: a forged paste on that page."""
    creator: str = "WPS 文字"
    producer: str = "WPS 文字"


@dataclass
class Plant:
    """A planted finding: code, project and the paper spot where it shows."""

    code: str
    paper: Paper | None
    spot: str | None
    project_id: str | None = None
    note: str = ""
    file: FileSpec | None = None
    """For a paper placed in two files (a duplicate), which file's copy carries it."""


@dataclass
class Filing:
    """One scenario's submission and truth."""

    name: str
    seed: int
    declaration: dict[str, Any]
    decl_format: str = "json"
    """json | xlsx_yuan | xlsx_wan."""
    files: list[FileSpec] = field(default_factory=list)
    plants: list[Plant] = field(default_factory=list)

    def plant(
        self,
        code: str,
        paper: Paper | None,
        spot: str | None,
        project_id: str | None = None,
        note: str = "",
        file: FileSpec | None = None,
    ) -> None:
        """Record a planted finding at ``paper``'s ``spot`` (resolved to file and page on write)."""
        self.plants.append(Plant(code, paper, spot, project_id, note, file))

    @property
    def clean(self) -> bool:
        """Nothing planted."""
        return not self.plants

    # ------------------------------------------------------------------ writing
    def write(self, out: Path) -> None:
        """Render the submission and truth.json under ``out/<name>``."""
        root = out / self.name
        sub = root / "submission"
        sub.mkdir(parents=True, exist_ok=True)
        from .declaration import write_declaration

        write_declaration(self.declaration, sub, self.decl_format)
        pages: list[TruthPage] = []
        docs: list[TruthDocument] = []
        seen: dict[int, list[tuple[FileSpec, int]]] = {}
        for index, spec in enumerate(self.files):
            frng = random.Random(self.seed * 1000 + 10 + index)
            starts = _write_file(spec, sub, frng)
            scanned = spec.kind not in ("digital_pdf", "docx")
            for paper, (first, count) in zip(spec.papers, starts, strict=True):
                doc_id = f"D{len(docs) + 1}"
                nums = list(range(first, first + count))
                docs.append(
                    TruthDocument(
                        id=doc_id,
                        file=spec.path,
                        pages=nums,
                        type=paper.type,  # type: ignore[arg-type]
                        scanned=scanned,
                        project_id=paper.project_id,
                        fields=paper.fields,
                    )
                )
                for n in nums:
                    if any(p.file == spec.path and p.page == n for p in pages):
                        continue  # a two-up page shared with the document before: typed once
                    pages.append(
                        TruthPage(file=spec.path, page=n, type=paper.type, document=doc_id, scanned=scanned)
                    )  # type: ignore[arg-type]
                seen.setdefault(id(paper), []).append((spec, first))
        findings = []
        for pl in self.plants:
            f, pg = None, None
            if pl.paper is not None:
                spec, first = next(((s, p) for s, p in seen[id(pl.paper)] if pl.file is None or s is pl.file))
                step = 2 if spec.two_up else 1
                offset = pl.paper.spots.get(pl.spot or "", 0) if pl.spot else 0
                f, pg = spec.path, first + offset // step
            findings.append(
                TruthFinding(code=pl.code, project_id=pl.project_id, file=f, page=pg, note=pl.note)
            )  # type: ignore[arg-type]
        truth = Truth(
            name=self.name, seed=self.seed, clean=self.clean, pages=pages, documents=docs, findings=findings
        )
        (root / "truth.json").write_text(
            json.dumps(truth.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )


# ---------------------------------------------------------------------- files
def _write_file(spec: FileSpec, sub: Path, rng: random.Random) -> list[tuple[int, int]]:
    """Write one attachment; returns (first page, page count) of each paper in it."""
    path = sub / spec.path
    path.parent.mkdir(parents=True, exist_ok=True)
    starts: list[tuple[int, int]] = []
    n = 0
    for paper in spec.papers:
        if spec.two_up:
            # sheets pair up across papers: sheet i of the file lies on page i // 2 + 1
            first, last = n // 2 + 1, (n + len(paper.sheets) - 1) // 2 + 1
            starts.append((first, last - first + 1))
        else:
            starts.append((n + 1, 1 if spec.kind == "docx" else len(paper.sheets)))
        n += 1 if spec.kind == "docx" else len(paper.sheets)
    if spec.kind == "digital_pdf":
        path.write_bytes(_digital_pdf(spec, rng))
    elif spec.kind == "docx":
        path.write_bytes(_docx(spec.papers[0]))
    else:
        images = _scan_pages(spec, rng)
        if spec.kind == "scan_pdf":
            path.write_bytes(scan.image_pdf(images, creator=spec.creator, producer=spec.producer))
        elif spec.kind == "tif":
            path.write_bytes(scan.tiff_bytes([s.img for s in images], images[0].dpi))
        elif spec.kind in ("jpg", "png"):
            assert len(images) == 1, spec.path
            buf = io.BytesIO()
            s = images[0]
            if spec.kind == "jpg":
                s.img.save(buf, "JPEG", quality=s.quality, dpi=(s.dpi, s.dpi))
            else:
                s.img.save(buf, "PNG", dpi=(s.dpi, s.dpi))
            path.write_bytes(buf.getvalue())
        else:
            raise ValueError(spec.kind)
    return starts


def _digital_pdf(spec: FileSpec, rng: random.Random) -> bytes:
    """A born-digital PDF: real text; seals (electronic) laid over as transparent images."""
    doc = pymupdf.open()
    for paper in spec.papers:
        for sheet in paper.sheets:
            page = render_print(sheet, doc)
            if sheet.ink:
                scale = 150 / 72
                size = (int(sheet.size[0] * scale), int(sheet.size[1] * scale))
                stamps, pens = ink_layers(size, sheet.ink, scale, rng)
                stamps.alpha_composite(pens)
                buf = io.BytesIO()
                stamps.save(buf, "PNG")
                page.insert_image(page.rect, stream=buf.getvalue(), overlay=True)
    doc.subset_fonts()
    scan.fixed_metadata(doc, spec.creator, spec.producer)
    data = scan.save_pdf(doc)
    doc.close()
    return data


def _effect(
    name: str, img: Image.Image, rng: random.Random, back: Image.Image | None, dev: Device
) -> Image.Image:
    if name == "skew":
        return scan.rotate(img, rng.uniform(-dev.skew, dev.skew))
    if name == "flip":
        return img.transpose(Image.Transpose.ROTATE_180)
    if name == "turn":
        return scan.portrait_holder(img, clockwise=rng.random() < 0.5)
    if name == "show" and back is not None:
        return scan.show_through(img, back, rng)
    table = {"staple": scan.staple, "holes": scan.punch_holes, "fold": scan.fold, "lid": scan.lid_border}
    if name in table:
        return table[name](img, rng)
    if name in ("show", "noglare"):
        return img  # no back page to show through; noglare is read by the phone step
    raise ValueError(name)


def _scan_pages(spec: FileSpec, rng: random.Random) -> list[scan.Scanned]:
    """Rasterise and 'scan' every sheet of the file, page by page."""
    dev = spec.device
    sheets = [s for p in spec.papers for s in p.sheets]
    raw = [
        scan.rasterise(s, dev.dpi, rng) if not s.blank else Image.new("RGB", _px(s, dev.dpi), "white")
        for s in sheets
    ]
    groups: list[list[int]] = (
        [[i, i + 1] if i + 1 < len(sheets) else [i] for i in range(0, len(sheets), 2)]
        if spec.two_up
        else [[i] for i in range(len(sheets))]
    )
    out: list[scan.Scanned] = []
    for page_idx, grp in enumerate(groups):
        sheet = sheets[grp[0]]
        img = scan.two_up(raw[grp[0]], raw[grp[1]], rng) if len(grp) == 2 else raw[grp[0]]
        img = scan.paper(img, rng)
        back = raw[grp[-1] + 1] if grp[-1] + 1 < len(raw) and not sheets[grp[-1] + 1].blank else None
        for name in (*dev.fx, *sheet.fx):
            img = _effect(name, img, rng, back, dev)
        if page_idx in spec.pastes:
            img = _paste(img, spec.pastes[page_idx], dev, rng)
        if dev.mode == "grey":
            img = scan.grey_rgb(img, rng)
        elif dev.mode == "phone":
            img = scan.phone_photo(img, rng, glare="noglare" not in sheet.fx)
        if dev.mode == "bilevel":
            out.append(scan.Scanned(scan.bilevel(img, rng), dev.dpi))
            continue
        img = scan.jpeg(img, dev.quality, dev.times) if dev.times > 1 else img
        out.append(scan.Scanned(img, dev.dpi, dev.quality))
    return out


def _px(sheet: Sheet, dpi: int) -> tuple[int, int]:
    return int(sheet.size[0] * dpi / 72), int(sheet.size[1] * dpi / 72)


def _paste(img: Image.Image, paste: Paste, dev: Device, rng: random.Random) -> Image.Image:
    """Paste the donor's box, from a scan at another resolution and quality, over ``img``."""
    donor_dpi = 150 if dev.dpi >= 200 else 300
    page, _box = paste.original.boxes[paste.key]
    d = scan.paper(scan.rasterise(paste.donor.sheets[page], donor_dpi, rng), rng, tone=3)
    d = scan.jpeg(d, 55)
    k = donor_dpi / 72
    a, b = paste.original.boxes[paste.key][1], paste.donor.boxes[paste.key][1]
    x0, y0, x1, y1 = min(a[0], b[0]) - 2, min(a[1], b[1]) - 2, max(a[2], b[2]) + 2, max(a[3], b[3]) + 2
    crop = d.crop((int(x0 * k), int(y0 * k), int(x1 * k), int(y1 * k)))
    s = dev.dpi / 72
    crop = crop.resize((int((x1 - x0) * s), int((y1 - y0) * s)), Image.Resampling.BILINEAR)
    img = img.copy()
    img.paste(crop, (int(x0 * s), int(y0 * s)))
    return img


def _docx(paper: Paper) -> bytes:
    """The paper's text as a Word document (its ``docx`` lines), with fixed dates and zip times."""
    d = DocxDocument()
    for text, size, bold in paper.lines:
        para = d.add_paragraph()
        run = para.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold
    import datetime as dt

    d.core_properties.created = dt.datetime(2026, 2, 12, 9, 30)
    d.core_properties.modified = dt.datetime(2026, 2, 12, 9, 30)
    d.core_properties.last_modified_by = ""
    d.core_properties.author = ""
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


def normalise_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed entry times and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-02-12T09:30:00Z", body)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, body)
    return out.getvalue()


def dec(v: Decimal) -> str:
    """Money as the declaration writes it."""
    return f"{v:.2f}"
