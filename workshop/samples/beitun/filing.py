"""One submission on disk: attachments (born digital, scanned, photographed), truth and declaration."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from pathlib import Path
from typing import Any

import pymupdf
from openpyxl import Workbook

from jianzheng.models.declaration import FEE_KEYS, Declaration
from jianzheng.models.truth import Truth

from . import scanner
from .scanner import ScanSpec

Part = tuple[pymupdf.Document, str, dict[str, Any], str | None]
"""(source document, truth type, truth fields, project id)."""

SCAN_PRODUCERS = ("Canon iR-ADV C3530 PDF", "KYOCERA ECOSYS M5526cdn", "EPSON Scan 2", "RICOH MP C2004")
DIGITAL = {
    "word": ("Microsoft® Word 2019", "Microsoft® Word 2019"),
    "libre": ("Writer", "LibreOffice 7.6"),
    "chrome": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0.0.0", "Skia/PDF m120"),
    "report": ("FastReport", "iText® 7.2.5 ©2000-2023 iText Group NV"),
}


def _pdf_date(t: dt.datetime) -> str:
    return t.strftime("D:%Y%m%d%H%M%S+08'00'")


class Filing:
    def __init__(self, out: Path, name: str, seed: int, rng: random.Random):
        self.name, self.seed, self.rng = name, seed, rng
        self.dir = out / name
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.sub = self.dir / "submission"
        self.sub.mkdir(parents=True)
        self.pages: list[dict[str, Any]] = []
        self.docs: list[dict[str, Any]] = []
        self.findings: list[dict[str, Any]] = []

    def _record(
        self,
        file: str,
        first: int,
        n: int,
        dtype: str,
        fields: dict[str, Any],
        pid: str | None,
        scanned: bool,
    ) -> None:
        did = f"T{len(self.docs) + 1}"
        pages = list(range(first, first + n))
        clean = {k: v for k, v in fields.items() if not k.startswith("_")}
        self.docs.append(
            {
                "id": did,
                "file": file,
                "pages": pages,
                "type": dtype,
                "scanned": scanned,
                "project_id": pid,
                "fields": clean,
            }
        )
        for p in pages:
            self.pages.append({"file": file, "page": p, "type": dtype, "document": did, "scanned": scanned})

    def digital(self, file: str, parts: list[Part], producer: str, created: dt.datetime) -> None:
        out = pymupdf.open()
        for src, dtype, fields, pid in parts:
            first = out.page_count + 1
            out.insert_pdf(src)
            self._record(file, first, src.page_count, dtype, fields, pid, False)
        creator, prod = DIGITAL[producer]
        out.subset_fonts()
        stamp = _pdf_date(created)
        out.set_metadata(
            {
                "creator": creator,
                "producer": prod,
                "creationDate": stamp,
                "modDate": stamp,
                "title": "",
                "author": self.rng.choice(("Administrator", "user", "admin")),
            }
        )
        path = self.sub / file
        path.parent.mkdir(parents=True, exist_ok=True)
        out.save(path, garbage=4, deflate=True)

    def scanned(self, file: str, parts: list[Part], spec: ScanSpec, created: dt.datetime) -> None:
        """An image-only PDF from the scanner, one image per page."""
        out = pymupdf.open()
        for src, dtype, fields, pid in parts:
            first = out.page_count + 1
            for index in range(src.page_count):
                page = src[index]
                data, _ = scanner.scan(page, spec, self.rng)
                new = out.new_page(width=page.rect.width, height=page.rect.height)
                new.insert_image(new.rect, stream=data)
            self._record(file, first, src.page_count, dtype, fields, pid, True)
        stamp = _pdf_date(created)
        prod = self.rng.choice(SCAN_PRODUCERS)
        out.set_metadata({"creator": prod, "producer": prod, "creationDate": stamp, "modDate": stamp})
        path = self.sub / file
        path.parent.mkdir(parents=True, exist_ok=True)
        out.save(path, garbage=3, deflate=True)

    def image(self, file: str, part: Part, spec: ScanSpec | None = None, photo: bool = False) -> None:
        """A one-page document as an image file: a scan (JPEG/PNG by spec) or a phone photo."""
        src, dtype, fields, pid = part
        assert src.page_count == 1
        data = (
            scanner.photo(src[0], self.rng)
            if photo
            else scanner.scan(src[0], spec or ScanSpec(), self.rng)[0]
        )
        path = self.sub / file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self._record(file, 1, 1, dtype, fields, pid, True)

    def plant(self, code: str, file: str, page: int, pid: str | None, note: str) -> None:
        self.findings.append({"code": code, "file": file, "page": page, "project_id": pid, "note": note})

    def write(self, declaration: dict[str, Any], xlsx: bool = False) -> None:
        decl = Declaration.model_validate(declaration)
        if xlsx:
            write_xlsx(decl, self.sub / "declaration.xlsx")
        else:
            (self.sub / "declaration.json").write_text(
                json.dumps(decl.model_dump(mode="json"), ensure_ascii=False, indent=2), encoding="utf-8"
            )
        truth = Truth.model_validate(
            {
                "schema": "jianzheng.truth/1",
                "name": self.name,
                "seed": self.seed,
                "clean": not self.findings,
                "pages": self.pages,
                "documents": self.docs,
                "findings": self.findings,
            }
        )
        (self.dir / "truth.json").write_text(
            json.dumps(truth.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2),
            encoding="utf-8",
        )


XLSX_HEADERS = (
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


def write_xlsx(decl: Declaration, path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    e = decl.enterprise
    ws.append(["字段", "值"])
    for k, v in (
        ("企业名称", e.name),
        ("统一社会信用代码", e.credit_code),
        ("法定代表人", e.legal_representative),
        ("注册资本", str(e.registered_capital)),
        ("成立日期", e.established_on.isoformat() if e.established_on else ""),
        ("资质等级", e.grade.value if e.grade else ""),
        ("年检年度", e.inspection_year),
        ("技术人员总数", e.staff.technical_total),
        ("持证人员总数", e.staff.certified_total),
    ):
        ws.append([k, v])
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for f in decl.finance:
        fin.append(
            [
                f.year,
                float(f.operating_revenue or 0),
                float(f.system_integration_revenue or 0),
                float(f.net_profit or 0),
            ]
        )
    pr = wb.create_sheet("项目汇总")
    pr.append(list(XLSX_HEADERS))
    for i, p in enumerate(decl.projects, start=1):
        fees = [float(getattr(p.fees, k)) for k in FEE_KEYS]
        pr.append(
            [
                i,
                p.name,
                p.client,
                p.signed_on.isoformat() if p.signed_on else "",
                p.accepted_on.isoformat() if p.accepted_on else "",
                p.field,
                p.location,
                *fees[:6],
                float(p.services_total or 0),
                *fees[6:],
                float(p.contract_amount or 0),
            ]
        )
    wb.save(path)
