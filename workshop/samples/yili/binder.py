"""Binding papers into the files an enterprise uploads, and writing the truth beside them."""

from __future__ import annotations

import io
import json
import random
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
from PIL import Image

from jianzheng.models.truth import Truth

from . import papers
from .scanner import Model, jpeg_bytes, png_bytes, scan

FIXED_DATE = "D:20260220103000+08'00'"

KIND_TYPE = {
    "contract": "contract",
    "notice": "other",
    "acceptance": "acceptance_report",
    "license": "business_license",
    "audit": "audit_report",
    "invoice": "invoice",
    "form": "declaration_form",
}


@dataclass
class Part:
    kind: str
    spec: Any
    project: str | None = None
    scan: Model | None = None
    tamper: tuple[Any, Model] | None = None
    """For a scanned contract whose ``spec`` is what the page now shows: (the contract as it was signed, the
    device of the donor scan). The first page is a scan of the signed paper with the amount lines of a
    scan of ``spec`` pasted over it (a region from another scan)."""


@dataclass
class FileSpec:
    path: str
    parts: list[Part]
    fmt: str = "pdf"
    producer: str = "WPS 文字"


@dataclass
class Planted:
    code: str
    project: str | None = None
    spec: FileSpec | None = None
    part: Part | None = None
    where: str = ""
    """"" (file only), "first" (the part's first page), "key" (its amount page) or an extra page name (note)."""
    note: str = ""


@dataclass
class Built:
    """What binding a part produced: its pages in the file and its truth fields."""

    first: int
    count: int
    fields: dict[str, Any]
    key_page: int = 1
    extra: dict[str, int] = field(default_factory=dict)


def _draw(doc: pymupdf.Document, part: Part, rng: random.Random) -> Built:
    first = doc.page_count
    extra: dict[str, int] = {}
    key = 1
    if part.kind == "contract":
        n, f, key, fees_page = papers.contract(doc, part.spec, rng)
        if fees_page:
            extra = {"fees": fees_page}
    elif part.kind == "notice":
        n, f = papers.notice(doc, part.spec, rng), {}
    elif part.kind == "acceptance":
        n, f = papers.acceptance(doc, part.spec, rng)
    elif part.kind == "license":
        n, f = 1, papers.license_page(doc, part.spec, rng)
    elif part.kind == "audit":
        n, f, st, note = papers.audit_report(doc, part.spec, rng)
        extra = {"statement": st, "note": note}
    elif part.kind == "invoice":
        n, f = 1, papers.invoice(doc, part.spec, rng)
    elif part.kind == "form":
        n, f = 1, papers.declaration_form(doc, part.spec, rng)
    else:
        raise ValueError(part.kind)
    return Built(first, n, f, key, extra)


def _tampered(src_page: pymupdf.Page, part: Part, rng_seed: int, model: Model, page_seed: int) -> Image.Image:
    """The scan of the paper as it was, with the amount lines of another scan (of the page as it is now
    shown, ``src_page``) pasted over it."""
    assert part.tamper is not None
    original, donor_model = part.tamper
    paper = pymupdf.open()
    papers.contract(paper, original, random.Random(rng_seed))
    base = scan(paper[0], model, page_seed)
    donor = scan(src_page, donor_model, page_seed + 991)
    heading = src_page.search_for("第二条")[0]
    scale = model.dpi / 72.0
    y0 = int((heading.y1 + 3) * scale)
    y1 = int((heading.y1 + 3 + 40) * scale)
    x0, x1 = int(66 * scale), int((src_page.rect.width - 66) * scale)
    arr = np.array(base)
    patch = np.array(donor.convert(base.mode))
    arr[y0:y1, x0:x1] = patch[y0:y1, x0:x1]
    return Image.fromarray(arr)


def bind(sub: Path, spec: FileSpec, seed: int) -> tuple[list[Built], list[Part]]:
    """Write one attachment file; returns where each part landed."""
    rng = random.Random(seed)
    src = pymupdf.open()
    built: list[Built] = []
    seeds: list[int] = []
    for part in spec.parts:
        part_seed = rng.randrange(1 << 30)
        seeds.append(part_seed)
        built.append(_draw(src, part, random.Random(part_seed)))
    src.subset_fonts()
    target = sub / spec.path
    target.parent.mkdir(parents=True, exist_ok=True)
    images: list[tuple[Image.Image, Model]] = []
    page_owner: list[int] = []
    for index, b in enumerate(built):
        page_owner += [index] * b.count
    if spec.fmt == "pdf":
        out = pymupdf.open()
        for i in range(src.page_count):
            part = spec.parts[page_owner[i]]
            if part.scan is None:
                out.insert_pdf(src, from_page=i, to_page=i)
                continue
            model = part.scan
            if part.tamper is not None and i == built[page_owner[i]].first:
                img = _tampered(src[i], part, seeds[page_owner[i]], model, seed * 31 + i)
            else:
                img = scan(src[i], model, seed * 31 + i)
            w, h = img.size
            page = out.new_page(width=w * 72.0 / model.dpi, height=h * 72.0 / model.dpi)
            data = png_bytes(img) if img.mode == "1" else jpeg_bytes(img, model.quality)
            page.insert_image(page.rect, stream=data)
        scanned = any(p.scan for p in spec.parts)
        producer = (
            spec.producer if not scanned or all(p.scan for p in spec.parts) else "Adobe Acrobat Pro 2020"
        )
        out.set_metadata(
            {
                "producer": producer,
                "creator": producer,
                "creationDate": FIXED_DATE,
                "modDate": FIXED_DATE,
                "title": "",
                "author": "",
            }
        )
        out.save(target, garbage=3, deflate=True, no_new_id=True)
    else:
        for i in range(src.page_count):
            part = spec.parts[page_owner[i]]
            assert part.scan is not None, "image files hold scans"
            images.append((scan(src[i], part.scan, seed * 31 + i), part.scan))
        first, model = images[0]
        dpi = (model.dpi, model.dpi)
        if spec.fmt == "jpg":
            assert len(images) == 1
            first.save(target, "JPEG", quality=model.quality, dpi=dpi)
        elif spec.fmt == "png":
            assert len(images) == 1
            first.save(target, "PNG", dpi=dpi)
        elif spec.fmt == "tif":
            frames = [im if im.mode != "1" else im.convert("L") for im, _ in images]
            frames[0].save(
                target, "TIFF", save_all=True, append_images=frames[1:], compression="tiff_deflate", dpi=dpi
            )
        else:
            raise ValueError(spec.fmt)
    return built, spec.parts


def write_xlsx(path: Path, decl: dict[str, Any]) -> None:
    """The declaration as a reviewer's export (CONTRACT 1.2), money in 万元, byte-identical for a seed."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    e = decl["enterprise"]
    ws.append(["字段", "值"])
    for k, v in (
        ("企业名称", e["name"]),
        ("统一社会信用代码", e["credit_code"]),
        ("法定代表人", e["legal_representative"]),
        ("注册资本", e["registered_capital"]),
        ("成立日期", e["established_on"]),
        ("评估等级", e["grade"]),
        ("年检年度", e["inspection_year"]),
        ("技术人员总数", e["staff"]["technical_total"]),
        ("持证人员总数", e["staff"]["certified_total"]),
    ):
        ws.append([k, v])
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for row in decl["finance"]:
        fin.append(
            [
                row["year"],
                float(row["operating_revenue"]),
                float(row["system_integration_revenue"]),
                float(row["net_profit"]),
            ]
        )
    pr = wb.create_sheet("项目汇总")
    keys = list(papers.FEE_LABELS)
    heads = ["序号", "项目名称", "甲方单位", "合同签订日期", "验收日期", "项目所属领域", "项目实施地"]
    fee_heads = [
        "软件开发费",
        "咨询设计费",
        "集成实施费",
        "运行维护费",
        "数据处理费",
        "运营服务费",
        "软件和信息技术服务费合计",
        "自制硬件费",
        "硬件购置费",
        "软件购置费",
        "其他",
        "合同金额",
    ]
    pr.append(heads + [f"{h}(万元)" for h in fee_heads])
    for p in decl["projects"]:
        fees = p["fees"]
        money = (
            [fees[k] for k in keys[:6]]
            + [p["services_total"]]
            + [fees[k] for k in keys[6:]]
            + [p["contract_amount"]]
        )
        vals = [float(Decimal(m) / 10000) for m in money]
        pr.append(
            [
                p["id"],
                p["name"],
                p["client"],
                p["signed_on"],
                p["accepted_on"],
                p["field"],
                p["location"],
                *vals,
            ]
        )
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re

                data = re.sub(
                    rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                    rb"<dcterms:\1\2>2026-02-20T10:30:00Z<",
                    data,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 20, 10, 30, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(fixed, data)


def _finding(f: Planted, files: list[tuple[FileSpec, list[Built]]]) -> dict[str, Any]:
    out: dict[str, Any] = {"code": f.code}
    if f.project:
        out["project_id"] = f.project
    if f.spec is not None:
        out["file"] = f.spec.path
        if f.part is not None and f.where:
            for spec, built in files:
                if spec is not f.spec:
                    continue
                for part, b in zip(spec.parts, built, strict=True):
                    if part is f.part:
                        if f.where == "first":
                            out["page"] = b.first + 1
                        elif f.where == "key":
                            out["page"] = b.first + b.key_page
                        else:
                            out["page"] = b.first + b.extra[f.where]
    if f.note:
        out["note"] = f.note
    return out


def write_truth(
    root: Path,
    name: str,
    seed: int,
    clean: bool,
    files: list[tuple[FileSpec, list[Built]]],
    planted: list[Planted],
) -> None:
    pages: list[dict[str, Any]] = []
    docs: list[dict[str, Any]] = []
    n = 0
    for spec, built in files:
        for part, b in zip(spec.parts, built, strict=True):
            n += 1
            doc_id = f"D{n}"
            nums = list(range(b.first + 1, b.first + b.count + 1))
            kind = KIND_TYPE[part.kind]
            scanned = part.scan is not None
            docs.append(
                {
                    "id": doc_id,
                    "file": spec.path,
                    "pages": nums,
                    "type": kind,
                    "scanned": scanned,
                    "project_id": part.project,
                    "fields": b.fields,
                }
            )
            for p in nums:
                pages.append(
                    {"file": spec.path, "page": p, "type": kind, "document": doc_id, "scanned": scanned}
                )
    truth = {
        "schema": "jianzheng.truth/1",
        "name": name,
        "seed": seed,
        "clean": clean,
        "pages": pages,
        "documents": docs,
        "findings": [_finding(f, files) for f in planted],
    }
    Truth.model_validate(truth)
    (root / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
