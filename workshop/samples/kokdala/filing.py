"""Writes one submission: scanned PDFs (JPEG-only pages), the born-digital audit report, the licence JPEG, the
declaration (json or xlsx) and truth.json, recording every attachment page as it is written."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.truth import Truth

from . import scan
from .paint import A4, done

A3_LANDSCAPE = (1190.55, 841.89)

SCANNERS = [
    "Canon iR-ADV C3530 III",
    "KONICA MINOLTA bizhub C300i",
    "RICOH IM C3000",
    "EPSON DS-1630",
    "Kyocera TASKalfa 3253ci",
]


@dataclass
class Sheet:
    """One output page: a scan of one source page, or an A3 spread of two."""

    src: list[tuple[pymupdf.Document, int]]
    """(source document, page index): one page, or two for an A3 spread."""
    doc: str
    stain: bool = False
    fold: bool = False
    paste: tuple[pymupdf.Document, pymupdf.Rect] | None = None
    """(page drawn with the forged block, block rectangle in points): pasted after the first JPEG save."""
    no_skew: bool = False


@dataclass
class TruthDoc:
    id: str
    type: str
    project_id: str | None
    fields: dict[str, Any]
    file: str = ""
    pages: list[int] = field(default_factory=list)
    scanned: bool = False


class Filing:
    def __init__(self, root: Path, name: str, seed: int, rng: random.Random) -> None:
        self.root = root / name
        self.sub = self.root / "submission"
        self.sub.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.seed = seed
        self.rng = rng
        self.docs: dict[str, TruthDoc] = {}
        self.pages: list[dict[str, Any]] = []
        self.findings: list[dict[str, Any]] = []
        self.stamp = dt.datetime(
            2025,
            rng.randint(1, 2),
            rng.randint(3, 27),
            rng.randint(9, 17),
            rng.randint(0, 59),
            rng.randint(0, 59),
        )

    def doc(self, doc_id: str, type_: str, project_id: str | None, fields: dict[str, Any]) -> str:
        self.docs[doc_id] = TruthDoc(doc_id, type_, project_id, fields)
        return doc_id

    def _record(self, file: str, page: int, doc_id: str, scanned: bool) -> None:
        d = self.docs[doc_id]
        if d.file and d.file != file:
            raise ValueError(f"document {doc_id} spans two files")
        d.file = file
        d.pages.append(page)
        d.scanned = scanned if len(d.pages) == 1 else (d.scanned and scanned)
        self.pages.append(
            {"file": file, "page": page, "type": d.type, "document": doc_id, "scanned": scanned}
        )

    def _meta(self, out: pymupdf.Document, producer: str, creator: str) -> None:
        stamp = "D:" + self.stamp.strftime("%Y%m%d%H%M%S") + "+08'00'"
        out.set_metadata(
            {
                "producer": producer,
                "creator": creator,
                "creationDate": stamp,
                "modDate": stamp,
                "title": "",
                "author": "",
            }
        )

    def scanned_pdf(self, rel: str, sheets: list[Sheet]) -> None:
        done()
        out = pymupdf.open()
        for n, sh in enumerate(sheets, start=1):
            st = scan.settings(self.rng, stain=sh.stain, fold=sh.fold)
            if sh.no_skew:
                st.skew = 0.0
            if len(sh.src) == 2:
                left, right = (scan.render(d.load_page(i)) for d, i in sh.src)
                img = scan.degrade(scan.spread(left, right, st.paper), st, self.rng)
                size = A3_LANDSCAPE
            else:
                d, i = sh.src[0]
                img = scan.degrade(scan.render(d.load_page(i)), st, self.rng)
                size = A4
            if sh.paste is not None:
                pdoc, rect = sh.paste
                pix = pdoc.load_page(0).get_pixmap(
                    dpi=scan.DPI, clip=rect, colorspace=pymupdf.csGRAY, alpha=False
                )
                import numpy as np

                block = np.frombuffer(pix.samples, np.uint8).reshape(pix.h, pix.w)
                scan.paste(img, block, round(rect.x0 * scan.DPI / 72), round(rect.y0 * scan.DPI / 72))
            data = scan.jpeg(img, st.q2)
            pg = out.new_page(width=size[0], height=size[1])
            pg.insert_image(pg.rect, stream=data)
            self._record(rel, n, sh.doc, True)
        self._meta(out, self.rng.choice(SCANNERS), "Scan to PDF")
        path = self.sub / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        out.save(path, garbage=3, deflate=True)
        out.close()

    def text_pdf(self, rel: str, src: pymupdf.Document, doc_ids: list[str], producer: str) -> None:
        done()
        self._meta(src, producer, "Microsoft® Word 2016")
        for n, doc_id in enumerate(doc_ids, start=1):
            self._record(rel, n, doc_id, False)
        path = self.sub / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        src.save(path, garbage=3, deflate=True)

    def jpeg_file(self, rel: str, page: pymupdf.Page, doc_id: str) -> None:
        done()
        st = scan.settings(self.rng)
        img = scan.degrade(scan.render(page), st, self.rng)
        path = self.sub / rel
        path.write_bytes(scan.jpeg(img, st.q2))
        self._record(rel, 1, doc_id, True)

    def plant(self, code: str, project_id: str | None, file: str | None, page: int | None, note: str) -> None:
        self.findings.append(
            {"code": code, "project_id": project_id, "file": file, "page": page, "note": note}
        )

    def write_truth(self, clean: bool) -> None:
        docs = []
        for d in self.docs.values():
            docs.append(
                {
                    "id": d.id,
                    "file": d.file,
                    "pages": d.pages,
                    "type": d.type,
                    "scanned": d.scanned,
                    "project_id": d.project_id,
                    "fields": d.fields,
                }
            )
        truth = Truth.model_validate(
            {
                "schema": "jianzheng.truth/1",
                "name": self.name,
                "seed": self.seed,
                "clean": clean,
                "pages": self.pages,
                "documents": docs,
                "findings": self.findings,
            }
        )
        (self.root / "truth.json").write_text(
            truth.model_dump_json(by_alias=True, indent=2, exclude_none=True) + "\n", encoding="utf-8"
        )


def write_declaration_json(sub: Path, decl: dict[str, Any]) -> None:
    (sub / "declaration.json").write_text(
        json.dumps(decl, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


XLSX_HEADERS = [
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
    "合同金额",
]
XLSX_KEYS = [
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
    None,
    "self_made_hardware",
    "hardware_purchase",
    "software_purchase",
    "other",
    "contract_amount",
]


def write_declaration_xlsx(sub: Path, decl: dict[str, Any]) -> None:
    """The reviewers' export: 企业信息 (字段/值), 经营情况, 项目汇总 (amounts in 元, numbers), 持证人员."""
    from openpyxl import Workbook

    e = decl["enterprise"]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    ws.append(["字段", "值"])
    for k, v in (
        ("企业名称", e["name"]),
        ("统一社会信用代码", e["credit_code"]),
        ("法定代表人", e["legal_representative"]),
        ("注册资本（元）", float(Decimal(e["registered_capital"]))),
        ("成立日期", e["established_on"]),
        ("资质等级", e["grade"]),
        ("年检年度", e["inspection_year"]),
        ("技术人员总数", e["staff"]["technical_total"]),
        ("持证人员总数", e["staff"]["certified_total"]),
    ):
        ws.append([k, v])
    fs = wb.create_sheet("经营情况")
    fs.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for f in decl["finance"]:
        fs.append(
            [
                f["year"],
                float(Decimal(f["operating_revenue"])),
                float(Decimal(f["system_integration_revenue"])),
                float(Decimal(f["net_profit"])),
            ]
        )
    ps = wb.create_sheet("项目汇总")
    ps.append(XLSX_HEADERS)
    for i, p in enumerate(decl["projects"], start=1):
        row: list[Any] = [
            i,
            p["name"],
            p["client"],
            p["signed_on"],
            p["accepted_on"],
            p["field"],
            p["location"],
        ]
        for key in XLSX_KEYS:
            if key is None:
                row.append(float(Decimal(p["services_total"])))
            elif key == "contract_amount":
                row.append(float(Decimal(p["contract_amount"])))
            else:
                row.append(float(Decimal(p["fees"][key])))
        ps.append(row)
    for col in range(8, 20):
        for cell in ps.iter_cols(min_col=col, max_col=col, min_row=2):
            for c in cell:
                c.number_format = "0.00"
    cs = wb.create_sheet("持证人员")
    cs.append(["姓名", "证书名称", "等级", "证书编号"])
    for c in e["staff"]["certificates"]:
        cs.append([c["holder"], c["certificate"], c["level"], c["number"]])
    wb.save(sub / "declaration.xlsx")


def read_declaration_xlsx(path: Path) -> dict[str, Any]:
    """Read the workbook back into the declaration dict (for the selfcheck)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    info = {str(r[0]): r[1] for r in wb["企业信息"].iter_rows(min_row=2, values_only=True)}

    def money(v: Any) -> str:
        return f"{Decimal(str(v)).quantize(Decimal('0.01'))}"

    certs = [
        {"holder": r[0], "certificate": r[1], "level": r[2], "number": r[3]}
        for r in wb["持证人员"].iter_rows(min_row=2, values_only=True)
    ]
    ent = {
        "name": info["企业名称"],
        "credit_code": info["统一社会信用代码"],
        "legal_representative": info["法定代表人"],
        "registered_capital": money(info["注册资本（元）"]),
        "established_on": info["成立日期"],
        "grade": info["资质等级"],
        "inspection_year": int(str(info["年检年度"])),
        "staff": {
            "technical_total": info["技术人员总数"],
            "certified_total": info["持证人员总数"],
            "certificates": certs,
        },
    }
    finance = [
        {
            "year": int(r[0]),
            "operating_revenue": money(r[1]),
            "system_integration_revenue": money(r[2]),
            "net_profit": money(r[3]),
        }
        for r in wb["经营情况"].iter_rows(min_row=2, values_only=True)
    ]
    projects = []
    for r in wb["项目汇总"].iter_rows(min_row=2, values_only=True):
        fees = {}
        for k, key in enumerate(XLSX_KEYS):
            if key and key != "contract_amount":
                fees[key] = money(r[7 + k])
        projects.append(
            {
                "id": f"P{r[0]}",
                "name": r[1],
                "client": r[2],
                "signed_on": r[3],
                "accepted_on": r[4],
                "field": r[5],
                "location": r[6],
                "fees": fees,
                "services_total": money(r[13]),
                "contract_amount": money(r[18]),
            }
        )
    return {"enterprise": ent, "finance": finance, "projects": projects}
