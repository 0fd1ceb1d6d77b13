"""Writing a filing: attachments in their upload form (text PDF, scanned PDF, JPEG photos, PNG screenshots),
declaration.json / declaration.xlsx, and truth.json."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf
from openpyxl import Workbook

from jianzheng.models.declaration import FEE_KEYS
from jianzheng.models.document import DocType
from jianzheng.models.finding import Code
from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from . import camera
from .paint import flush, render
from .people import plain


@dataclass
class Part:
    """One paper (a truth document) drawn as vector pages, before it is printed, scanned or photographed."""

    type: DocType
    project_id: str | None
    fields: dict[str, Any]
    doc: pymupdf.Document = field(default_factory=pymupdf.open)


@dataclass
class Filing:
    name: str
    seed: int
    clean: bool
    root: Path
    rng: random.Random
    pages: list[TruthPage] = field(default_factory=list)
    documents: list[TruthDocument] = field(default_factory=list)
    findings: list[TruthFinding] = field(default_factory=list)

    @property
    def sub(self) -> Path:
        return self.root / "submission"

    def _doc(self, rel: str, part: Part, first: int, count: int, scanned: bool) -> str:
        doc_id = f"D{len(self.documents) + 1}"
        pages = list(range(first, first + count))
        self.documents.append(
            TruthDocument(
                id=doc_id,
                file=rel,
                pages=pages,
                type=part.type,
                scanned=scanned,
                project_id=part.project_id,
                fields=part.fields,
            )
        )
        for p in pages:
            self.pages.append(TruthPage(file=rel, page=p, type=part.type, document=doc_id, scanned=scanned))
        return doc_id

    def _write(self, rel: str, data: bytes) -> None:
        path = self.sub / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    def pdf(self, rel: str, parts: list[tuple[Part, str]], dpi: int | None = None) -> list[str]:
        """One PDF of several papers; mode per paper: text, grey, colour (scans) or printout (a scanned print)."""
        out = pymupdf.open()
        ids = []
        page_no = 1
        scan_dpi = dpi or self.rng.choice([150, 200, 200, 240])
        for part, mode in parts:
            flush(part.doc)
            n = part.doc.page_count
            if mode == "text":
                out.insert_pdf(part.doc)
            else:
                for index in range(n):
                    page = part.doc[index]
                    img = render(page, scan_dpi)
                    if mode == "printout":
                        img = camera.printout(img, self.rng)
                    else:
                        img = camera.scan(img, self.rng, grey=mode == "grey")
                    data = camera.jpeg(img, self.rng.randint(70, 88))
                    new = out.new_page(width=page.rect.width, height=page.rect.height)
                    new.insert_image(new.rect, stream=data)
            ids.append(self._doc(rel, part, page_no, n, scanned=mode != "text"))
            page_no += n
        scanned_only = all(mode != "text" for _, mode in parts)
        if scanned_only:
            out.set_metadata({"producer": "Scan2PDF 3.1", "creator": "FUJIFILM Apeos 2560"})
        else:
            out.set_metadata({"producer": "SiluSign PDF Engine 2.4", "creator": "丝路云签"})
        self._write(rel, out.tobytes(garbage=3, deflate=True))
        out.close()
        return ids

    def image(self, rel: str, part: Part, page: int, kind: str) -> str:
        """One page of a paper as an image file: a phone photo (JPEG), a flatbed scan (JPEG) or a viewer screenshot (PNG)."""
        flush(part.doc)
        src = part.doc[page]
        if kind == "photo":
            img = camera.phone_photo(render(src, 150), self.rng)
            data = camera.phone_jpeg(img, self.rng)
        elif kind == "scan":
            img = camera.scan(render(src, self.rng.choice([200, 240])), self.rng, grey=False)
            data = camera.jpeg(img, self.rng.randint(78, 90))
        elif kind == "grey":
            img = camera.scan(render(src, 200), self.rng, grey=True)
            data = camera.jpeg(img, self.rng.randint(78, 90))
        elif kind == "screenshot":
            img = camera.viewer_screenshot(
                render(src, 100), self.rng, Path(rel).stem.replace("截图", "") + ".pdf", part.doc.page_count
            )
            data = camera.png(img)
        else:
            raise ValueError(kind)
        self._write(rel, data)
        return self._doc(rel, part, 1, 1, scanned=True)

    def raw(self, rel: str, part: Part, data: bytes) -> str:
        self._write(rel, data)
        return self._doc(rel, part, 1, 1, scanned=True)

    def plant(self, code: Code, project_id: str | None, rel: str | None, page: int | None, note: str) -> None:
        self.findings.append(TruthFinding(code=code, project_id=project_id, file=rel, page=page, note=note))

    def truth(self) -> None:
        t = Truth(
            name=self.name,
            seed=self.seed,
            clean=self.clean,
            pages=self.pages,
            documents=self.documents,
            findings=self.findings,
        )
        (self.root / "truth.json").write_text(
            json.dumps(t.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2),
            encoding="utf-8",
        )


def write_json(filing: Filing, decl: dict[str, Any]) -> None:
    filing.sub.mkdir(parents=True, exist_ok=True)
    (filing.sub / "declaration.json").write_text(
        json.dumps(decl, ensure_ascii=False, indent=2), encoding="utf-8"
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
    "合同金额",
)


def write_xlsx(filing: Filing, decl: dict[str, Any], unit: str) -> None:
    """declaration.xlsx (CONTRACT 1.2): 企业信息, 经营情况, 项目汇总 with money headers in （元） or （万元）, 持证人员."""
    e = decl["enterprise"]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    ws.append(["字段", "值"])
    for label, value in (
        ("企业名称", e["name"]),
        ("统一社会信用代码", e["credit_code"]),
        ("法定代表人", e["legal_representative"]),
        ("注册资本", e["registered_capital"]),
        ("成立日期", e["established_on"]),
        ("资质等级", e["grade"]),
        ("年检年度", e["inspection_year"]),
        ("技术人员总数", e["staff"]["technical_total"]),
        ("持证人员总数", e["staff"]["certified_total"]),
    ):
        ws.append([label, value])
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 44
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
    proj = wb.create_sheet("项目汇总")
    money_cols = set(XLSX_HEADERS[7:])
    proj.append([h + (f"（{unit}）" if h in money_cols else "") for h in XLSX_HEADERS])
    factor = Decimal(10000) if unit == "万元" else Decimal(1)
    for i, p in enumerate(decl["projects"], start=1):
        fees = p["fees"]
        values = [Decimal(fees[k]) for k in FEE_KEYS]
        money = [*values[:6], Decimal(p["services_total"]), *values[6:], Decimal(p["contract_amount"])]
        proj.append(
            [
                i,
                p["name"],
                p["client"],
                p["signed_on"],
                p["accepted_on"],
                p["field"],
                p["location"],
                *[float((m / factor).quantize(Decimal("0.01"))) for m in money],
            ]
        )
    certs = wb.create_sheet("持证人员")
    certs.append(["序号", "姓名", "证书名称", "级别", "证书编号"])
    for i, c in enumerate(e["staff"]["certificates"], start=1):
        certs.append([i, c["holder"], c["certificate"], c["level"], c["number"]])
    filing.sub.mkdir(parents=True, exist_ok=True)
    wb.save(filing.sub / "declaration.xlsx")


def money_str(value: Decimal) -> str:
    return plain(value)
