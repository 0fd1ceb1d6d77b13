"""Bind papers into the uploaded files, and write the declaration, truth.json and printed.json."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.declaration import Declaration
from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from .papers import Paper
from .scan import ScanStyle, scan_image, scanned_page, style

SCANNER_META = {"creator": "Canon iR-ADV C5560 PDF", "producer": "Canon iR-ADV C5560 PDF"}
WORD_META = {"creator": "Microsoft® Word 2019", "producer": "Microsoft® Word 2019"}
WPS_META = {"creator": "WPS 文字", "producer": "WPS 文字"}


@dataclass
class Part:
    paper: Paper
    scanned: list[bool] | bool = False
    """Per page of the paper (or one value for all): bound as a scan."""

    def scanned_at(self, i: int) -> bool:
        return self.scanned[i] if isinstance(self.scanned, list) else self.scanned


@dataclass
class OutFile:
    name: str
    parts: list[Part]
    meta: dict[str, str] = field(default_factory=lambda: dict(WORD_META))
    image: bool = False
    """Written as a single JPEG (a one-page scanned paper)."""
    when: dt.date | None = None
    """The day the file was made (its PDF creation date)."""


@dataclass
class Expect:
    code: str
    project_id: str | None = None
    paper: Paper | None = None
    anchor: str | int | None = None
    """Where the finding sits: an anchor name of the paper, or a 0-based page index of it."""
    note: str = ""


@dataclass
class Filing:
    name: str
    seed: int
    clean: bool
    declaration: dict[str, Any]
    files: list[OutFile]
    expects: list[Expect] = field(default_factory=list)
    xlsx: bool = False
    plant: dict[str, Any] = field(default_factory=dict)


def _meta(meta: dict[str, str], when: str) -> dict[str, str]:
    return {"creator": meta["creator"], "producer": meta["producer"], "creationDate": when, "modDate": when}


def write_filing(filing: Filing, out: Path, rng: random.Random) -> None:
    root = out / filing.name
    if root.exists():
        shutil.rmtree(root)
    sub = root / "submission"
    sub.mkdir(parents=True)
    pages: list[TruthPage] = []
    documents: list[TruthDocument] = []
    printed_files: dict[str, list[dict[str, Any]]] = {}
    where: dict[int, tuple[str, int]] = {}
    """id(paper) → (file, 1-based first page)."""
    doc_ids: dict[int, str] = {}
    contracts: dict[str, Any] = {}
    n_doc = 0
    for f in filing.files:
        printed_files[f.name] = []
        out_doc = pymupdf.open()
        page_no = 0
        for part in f.parts:
            paper = part.paper
            n_doc += 1
            doc_id = f"D{n_doc}"
            doc_ids[id(paper)] = doc_id
            first = page_no + 1
            where[id(paper)] = (f.name, first)
            st: ScanStyle | None = None
            flags = []
            for i, sheet in enumerate(paper.sheets):
                sheet.flush()
                scanned = part.scanned_at(i)
                flags.append(scanned)
                page_no += 1
                if f.image:
                    st = st or style(rng)
                    data = scan_image(sheet.page, st, rng.randrange(1 << 30))
                    (sub / f.name).write_bytes(data)
                elif scanned:
                    st = st or style(rng)
                    scanned_page(out_doc, sheet.page, st, rng.randrange(1 << 30), color=bool(sheet.seals))
                else:
                    out_doc.insert_pdf(paper.doc, from_page=i, to_page=i)
                pages.append(
                    TruthPage(file=f.name, page=page_no, type=paper.type, document=doc_id, scanned=scanned)  # type: ignore[arg-type]
                )
                printed_files[f.name].append(
                    {
                        "page": page_no,
                        "document": doc_id,
                        "type": paper.type,
                        "scanned": scanned,
                        "lines": sheet.lines,
                        "seals": sheet.seals,
                    }
                )
            documents.append(
                TruthDocument(
                    id=doc_id,
                    file=f.name,
                    pages=list(range(first, page_no + 1)),
                    type=paper.type,  # type: ignore[arg-type]
                    scanned=all(flags),
                    project_id=paper.project_id,
                    fields=paper.fields,
                )
            )
            if paper.type == "contract":
                contracts[doc_id] = {
                    "file": f.name,
                    "first_page": first,
                    "anchors": {k: first + v for k, v in paper.anchors.items()},
                    **paper.facts,
                }
        if not f.image:
            day = f.when or dt.date(2026, 2, rng.randint(1, 20))
            when = f"D:{day:%Y%m%d}{rng.randint(8, 19):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}+08'00'"
            out_doc.set_metadata(_meta(f.meta, when))
            out_doc.subset_fonts()
            out_doc.save(sub / f.name, garbage=3, deflate=True)
        out_doc.close()
    findings = []
    for e in filing.expects:
        file = page = None
        if e.paper is not None:
            file, first = where[id(e.paper)]
            if e.anchor is not None:
                index = e.paper.anchors[e.anchor] if isinstance(e.anchor, str) else e.anchor
                page = first + index
        findings.append(
            TruthFinding(code=e.code, project_id=e.project_id, file=file, page=page, note=e.note)  # type: ignore[arg-type]
        )
    Declaration.model_validate(filing.declaration)
    if filing.xlsx:
        write_xlsx(filing.declaration, sub / "declaration.xlsx")
    else:
        (sub / "declaration.json").write_text(
            json.dumps(filing.declaration, ensure_ascii=False, indent=2), encoding="utf-8"
        )
    truth = Truth(
        name=filing.name,
        seed=filing.seed,
        clean=filing.clean,
        pages=pages,
        documents=documents,
        findings=findings,
    )
    (root / "truth.json").write_text(
        truth.model_dump_json(by_alias=True, indent=2, exclude_none=True), encoding="utf-8"
    )
    printed = {
        "files": printed_files,
        "declaration": filing.declaration,
        "declaration_file": "declaration.xlsx" if filing.xlsx else "declaration.json",
        "contracts": contracts,
        "plant": filing.plant,
    }
    (root / "printed.json").write_text(json.dumps(printed, ensure_ascii=False, indent=1), encoding="utf-8")


# --- the reviewers' workbook ----------------------------------------------------------------

PROJECT_HEADERS = (
    "序号",
    "项目名称",
    "甲方单位",
    "合同签订日期",
    "验收日期",
    "项目所属领域",
    "项目实施地",
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
    "合同金额（元）",
)
FEE_ORDER = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
)
GOODS_ORDER = ("self_made_hardware", "hardware_purchase", "software_purchase", "other")


def write_xlsx(decl: dict[str, Any], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    e = decl["enterprise"]
    ws.append(["字段", "值"])
    rows = [
        ("企业名称", e["name"]),
        ("统一社会信用代码", e["credit_code"]),
        ("法定代表人", e["legal_representative"]),
        ("注册资本（元）", float(Decimal(e["registered_capital"]))),
        ("成立日期", e["established_on"]),
        ("资质等级", e["grade"]),
        ("年检年度", e["inspection_year"]),
        ("技术人员总数", e["staff"]["technical_total"]),
        ("持证人员总数", e["staff"]["certified_total"]),
    ]
    for label, value in rows:
        ws.append([label, value])
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 44
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for f in decl["finance"]:
        fin.append(
            [
                f["year"],
                float(Decimal(f["operating_revenue"])),
                float(Decimal(f["system_integration_revenue"])),
                float(Decimal(f["net_profit"])),
            ]
        )
    proj = wb.create_sheet("项目汇总")
    proj.append(list(PROJECT_HEADERS))
    for i, p in enumerate(decl["projects"], start=1):
        fees = p["fees"]
        line: list[Any] = [
            i,
            p["name"],
            p["client"],
            p["signed_on"],
            p["accepted_on"],
            p["field"],
            p["location"],
        ]
        line += [float(Decimal(fees[k])) for k in FEE_ORDER]
        line.append(float(Decimal(p["services_total"])))
        line += [float(Decimal(fees[k])) for k in GOODS_ORDER]
        line.append(float(Decimal(p["contract_amount"])))
        proj.append(line)
    for col in "HIJKLMNOPQRS":
        for cell in proj[col][1:]:
            cell.number_format = "#,##0.00"
    wb.save(path)
