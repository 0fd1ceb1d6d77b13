"""Puts a scenario on disk: the attachments (text PDFs, scans, photos, .docx), the declaration
(JSON or workbook), and truth.json derived from the same papers."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import numpy as np
import openpyxl
import pymupdf
from PIL import Image

from jianzheng.models import Truth
from jianzheng.models.declaration import FEE_KEYS

from . import plants
from .page import Paper
from .scanner import Profile, encode, scan, to_pdf_page


@dataclass
class Plant:
    """A forgery on one page of one paper of a file."""

    kind: str
    """paste (block from a forged twin), clone (copy-move), edit (PDF edited and saved again)."""
    paper: int
    page: int
    mark: str = ""
    twin: Paper | None = None
    to: tuple[float, float] = (0.0, 0.0)


@dataclass
class File:
    """One attachment: the papers it holds, in order, and how it was made."""

    path: str
    papers: list[Paper]
    how: str = "text"
    """text (PDF text layer), scan (scanned PDF), jpg, png, tif, docx."""
    profile: Profile | None = None
    plants: list[Plant] = field(default_factory=list)


@dataclass
class Scenario:
    """A submission ready to write."""

    name: str
    declaration: dict
    files: list[File]
    findings: list[dict] = field(default_factory=list)
    clean: bool = False
    xlsx_wan: bool | None = None
    """None: declaration.json; False/True: declaration.xlsx with amounts in 元 / 万元."""


def _scanned_images(f: File, rng: random.Random) -> list[np.ndarray]:
    profile = f.profile or Profile()
    images = []
    for n, paper in enumerate(f.papers):
        for k in range(len(paper.pdf)):
            page = paper.pdf[k]
            img = scan(page, profile, rng)
            for plant in f.plants:
                if plant.paper == n and plant.page == k and plant.kind == "paste" and plant.twin is not None:
                    img = plants.paste_block(img, plant.twin.pdf[k], paper.marks[k][plant.mark], profile, rng)
                if plant.paper == n and plant.page == k and plant.kind == "clone":
                    img = plants.clone_block(
                        img, paper.marks[k][plant.mark], pymupdf.Point(*plant.to), profile.dpi
                    )
            images.append(img)
    return images


def write_file(f: File, root: Path, rng: random.Random) -> int:
    """Write one attachment under ``root``; returns its page count."""
    target = root / f.path
    target.parent.mkdir(parents=True, exist_ok=True)
    if f.how == "docx":
        assert len(f.papers) == 1 and f.papers[0].docx is not None
        target.write_bytes(fixed_zip(f.papers[0].docx))
        return len(f.papers[0].pdf)
    if f.how == "text":
        out = pymupdf.open()
        for paper in f.papers:
            out.insert_pdf(paper.pdf)
        out.set_metadata(
            {
                "creator": "Microsoft® Word 2016",
                "producer": "Microsoft® Word 2016",
                "creationDate": "D:20240612101500+08'00'",
                "modDate": "D:20240612101500+08'00'",
            }
        )
        out.save(target, garbage=3, deflate=True, no_new_id=True)
        for plant in f.plants:
            if plant.kind == "edit" and plant.twin is not None:
                first = sum(len(p.pdf) for p in f.papers[: plant.paper])
                plants.edit_pdf(
                    str(target),
                    first + plant.page,
                    f.papers[plant.paper].marks[plant.page][plant.mark],
                    plant.twin.pdf,
                    plant.page,
                )
        return len(out)
    profile = f.profile or Profile()
    images = _scanned_images(f, rng)
    if f.how == "scan":
        out = pymupdf.open()
        for img in images:
            to_pdf_page(out, encode(img, profile), img, profile.dpi)
        out.set_metadata(
            {"creator": rng.choice(["Canon iR-ADV C5535", "EPSON Scan", "HP Scan"]), "producer": "PDF Scan"}
        )
        out.save(target, garbage=3, deflate=True, no_new_id=True)
        return len(images)
    if f.how == "tif":
        frames = [Image.fromarray(img) for img in images]
        buf = io.BytesIO()
        frames[0].save(
            buf,
            format="TIFF",
            save_all=True,
            append_images=frames[1:],
            compression="jpeg",
            quality=profile.quality,
            dpi=(profile.dpi, profile.dpi),
        )
        target.write_bytes(buf.getvalue())
        return len(images)
    assert len(images) == 1, f"{f.path}: one page per image file"
    target.write_bytes(encode(images[0], profile, "png" if f.how == "png" else "jpg"))
    return 1


def truth_of(sc: Scenario, pages_per_file: list[int], seed: int) -> Truth:
    """Every page's type and document, every document's fields, the planted findings."""
    pages, documents = [], []
    n = 0
    for f, count in zip(sc.files, pages_per_file, strict=True):
        start = 1
        scanned = f.how not in ("text", "docx")
        for paper in f.papers:
            n += 1
            span = (
                list(range(start, start + len(paper.pdf))) if f.how != "docx" else list(range(1, count + 1))
            )
            doc_id = f"T{n}"
            documents.append(
                {
                    "id": doc_id,
                    "file": f.path,
                    "pages": span,
                    "type": paper.type,
                    "scanned": scanned,
                    "project_id": paper.project_id,
                    "fields": paper.fields,
                }
            )
            pages += [
                {"file": f.path, "page": p, "type": paper.type, "document": doc_id, "scanned": scanned}
                for p in span
            ]
            start += len(paper.pdf)
    return Truth.model_validate(
        {
            "name": sc.name,
            "seed": seed,
            "clean": sc.clean,
            "pages": pages,
            "documents": documents,
            "findings": sc.findings,
        }
    )


ENTERPRISE_ROWS = [
    ("企业名称", "name"),
    ("统一社会信用代码", "credit_code"),
    ("法定代表人", "legal_representative"),
    ("注册资本", "registered_capital"),
    ("成立日期", "established_on"),
    ("资质等级", "grade"),
    ("年检年度", "inspection_year"),
    ("技术人员总数", "technical_total"),
    ("持证人员总数", "certified_total"),
]
PROJECT_HEADERS = ["序号", "项目名称", "甲方单位", "合同签订日期", "验收日期", "项目所属领域", "项目实施地"]
FEE_HEADERS = [
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


STAMP = (2025, 3, 1, 9, 30, 0)
"""The one time an Office file of this family says it was written (openpyxl and python-docx
stamp the clock into their zip entries and core properties; a seed must give the same bytes)."""


def fixed_zip(data: bytes) -> bytes:
    """An Office file re-zipped with fixed entry times and a fixed dcterms:modified."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = dt.datetime(*STAMP).strftime("%Y-%m-%dT%H:%M:%SZ")
                body = re.sub(
                    rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), body
                )
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=STAMP), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def write_xlsx(decl: dict, path: Path, wan: bool) -> None:
    """CONTRACT 1.2 workbook, money columns in 元 or 万元 (as the header says)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业信息"
    ws.append(["字段", "值"])
    e = decl["enterprise"]
    for label, key in ENTERPRISE_ROWS:
        value = e["staff"].get(key) if key in ("technical_total", "certified_total") else e.get(key)
        ws.append([label, value])
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for row in decl["finance"]:
        fin.append(
            [row["year"], row["operating_revenue"], row["system_integration_revenue"], row["net_profit"]]
        )
    unit = "（万元）" if wan else "（元）"
    pj = wb.create_sheet("项目汇总")
    pj.append(PROJECT_HEADERS + [h + unit for h in FEE_HEADERS])
    for n, p in enumerate(decl["projects"], 1):
        money = (
            [p["fees"][k] for k in FEE_KEYS[:6]]
            + [p["services_total"]]
            + [p["fees"][k] for k in FEE_KEYS[6:]]
        )
        money.append(p["contract_amount"])
        if wan:
            money = [float((Decimal(v) / 10000).quantize(Decimal("0.000001"))) for v in money]
        else:
            money = [float(Decimal(v)) for v in money]
        pj.append(
            [n, p["name"], p["client"], p["signed_on"], p["accepted_on"], p["field"], p["location"], *money]
        )
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue()))


def write(sc: Scenario, out: Path, seed: int) -> Truth:
    """Write ``out/<name>/submission`` and ``out/<name>/truth.json``."""
    root = out / sc.name
    if root.exists():
        shutil.rmtree(root)
    sub = root / "submission"
    sub.mkdir(parents=True)
    rng = random.Random(seed)
    counts = [write_file(f, sub, rng) for f in sc.files]
    if sc.xlsx_wan is None:
        (sub / "declaration.json").write_text(
            json.dumps(sc.declaration, ensure_ascii=False, indent=2), encoding="utf-8"
        )
    else:
        write_xlsx(sc.declaration, sub / "declaration.xlsx", sc.xlsx_wan)
    truth = truth_of(sc, counts, seed)
    (root / "truth.json").write_text(
        truth.model_dump_json(by_alias=True, indent=2, exclude_none=True), encoding="utf-8"
    )
    return truth
