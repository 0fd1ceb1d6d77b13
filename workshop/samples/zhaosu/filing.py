"""One submission on disk: attachment PDFs, the declaration (json or a reviewer's messy xlsx), truth.json."""

from __future__ import annotations

import json
import random
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pymupdf as fitz
from openpyxl import Workbook

from jianzheng.models import (
    FEE_KEYS,
    SERVICE_FEE_KEYS,
    DocType,
    Truth,
    TruthDocument,
    TruthFinding,
    TruthPage,
)

from .papers import Drawn, Firm
from .scan import Look, look_for, scanned_page

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
MONEY_HEADERS = XLSX_HEADERS[7:]
FULLWIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


@dataclass
class Row:
    """A declared project row (what the web form holds)."""

    pid: str
    name: str
    client: str
    signed: Any
    accepted: Any
    field: str
    location: str
    fees: dict[str, Decimal]

    @property
    def services(self) -> Decimal:
        return sum((self.fees[k] for k in SERVICE_FEE_KEYS), Decimal(0))

    @property
    def total(self) -> Decimal:
        return sum((self.fees[k] for k in FEE_KEYS), Decimal(0))


@dataclass
class XlsxStyle:
    """What this reviewer's workbook looks like (all within CONTRACT 1.2)."""

    wan: bool = False
    amounts: str = "number"  # number | comma_text | fullwidth | trailing_space
    formulas: bool = False
    hidden_rows: bool = False
    title_row: bool = False
    group_row: bool = False
    extra_sheets: bool = False
    wan_decimals: int = 2


@dataclass
class Filing:
    name: str
    seed: int
    firm: Firm
    year: int
    finance: list[tuple[int, Decimal, Decimal, Decimal]]
    rows: list[Row]
    xlsx: XlsxStyle | None = None
    money_as_numbers: bool = False
    overrides: dict[str, Decimal] = field(default_factory=dict)
    """Declared values that differ from ``rows`` (plants): 'P4.services_total' → value."""
    files: list[tuple[str, list[tuple[Drawn, Look | None]]]] = field(default_factory=list)
    plants: list[dict[str, Any]] = field(default_factory=list)
    """{code, project_id?, drawn?, page_index?, note}: drawn resolves to file and page."""
    producer: str = "Microsoft: Print To PDF"

    def add(self, filename: str, items: list[tuple[Drawn, Look | None]]) -> None:
        self.files.append((filename, items))

    def write(self, out: Path, rng: random.Random) -> None:
        root = out / self.name
        if root.exists():
            shutil.rmtree(root)
        sub = root / "submission"
        sub.mkdir(parents=True)
        truth = Truth(
            name=self.name,
            seed=self.seed,
            clean=not any(p["severity"] in ("error", "warning") for p in self.plants),
        )
        printed: dict[str, list[str]] = {}
        where: dict[int, tuple[str, int]] = {}
        n = 0
        for filename, items in self.files:
            target = sub / filename
            target.parent.mkdir(parents=True, exist_ok=True)
            pdf = fitz.open()
            for drawn, look in items:
                n += 1
                doc_id = f"T{n}"
                first = pdf.page_count + 1
                for i, sheet in enumerate(drawn.paper.sheets):
                    if look is None:
                        pdf.insert_pdf(drawn.paper.doc, from_page=i, to_page=i)
                    else:
                        scanned_page(pdf, drawn.paper.doc[i], look, rng)
                    printed[f"{filename}#{pdf.page_count}"] = sheet.lines
                pages = list(range(first, pdf.page_count + 1))
                where[id(drawn)] = (filename, first)
                for p in pages:
                    truth.pages.append(
                        TruthPage(
                            file=filename,
                            page=p,
                            type=DocType(drawn.type),
                            document=doc_id,
                            scanned=look is not None,
                        )
                    )
                truth.documents.append(
                    TruthDocument(
                        id=doc_id,
                        file=filename,
                        pages=pages,
                        type=DocType(drawn.type),
                        scanned=look is not None,
                        project_id=drawn.project_id,
                        fields=drawn.fields,
                    )
                )
            when = "D:20260118093012+08'00'"
            pdf.set_metadata(
                {
                    "producer": self.producer if not any(lk for _, lk in items) else "RICOH MP C3004",
                    "creator": "",
                    "creationDate": when,
                    "modDate": when,
                }
            )
            pdf.save(target, garbage=3, deflate=True)
        for plant in self.plants:
            finding: dict[str, Any] = {"code": plant["code"], "note": plant["note"]}
            if plant.get("project_id"):
                finding["project_id"] = plant["project_id"]
            if plant.get("drawn") is not None:
                file, first = where[id(plant["drawn"])]
                finding["file"], finding["page"] = file, first + plant.get("page_index", 0)
            truth.findings.append(TruthFinding.model_validate(finding))
        decl = self.declaration()
        if self.xlsx:
            write_xlsx(decl, sub / "declaration.xlsx", self.xlsx)
        else:
            (sub / "declaration.json").write_text(json.dumps(decl, ensure_ascii=False, indent=2), "utf-8")
        (root / "truth.json").write_text(truth.model_dump_json(by_alias=True, indent=2), "utf-8")
        meta = {"printed": printed, "declared": decl, "xlsx": self.xlsx.__dict__ if self.xlsx else None}
        (root / "printed.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=1, default=str), "utf-8"
        )

    def money(self, v: Decimal) -> Any:
        v = v.quantize(Decimal("0.01"))
        return float(v) if self.money_as_numbers and v == v.quantize(Decimal("0.1")) else f"{v:.2f}"

    def declaration(self) -> dict[str, Any]:
        f = self.firm
        ent: dict[str, Any] = {
            "name": f.name,
            "credit_code": f.code,
            "legal_representative": f.legal,
            "registered_capital": f"{f.capital:.2f}",
            "established_on": f.established.isoformat(),
            "grade": f.grade,
            "inspection_year": self.year,
            "staff": {
                "technical_total": f.technical,
                "certified_total": f.certified,
                "certificates": [
                    {"holder": h, "certificate": c, "level": lv, "number": no}
                    for h, c, lv, no in f.certificates
                ],
            },
        }
        fin = [
            {
                "year": y,
                "operating_revenue": self.money(self.overrides.get(f"F{y}.operating_revenue", r)),
                "system_integration_revenue": self.money(s),
                "net_profit": self.money(p),
            }
            for y, r, s, p in self.finance
        ]
        projects = []
        for r in self.rows:
            fees = {k: r.fees[k] + self.overrides.get(f"{r.pid}.{k}", Decimal(0)) for k in FEE_KEYS}
            projects.append(
                {
                    "id": r.pid,
                    "name": r.name,
                    "client": r.client,
                    "signed_on": r.signed.isoformat(),
                    "accepted_on": r.accepted.isoformat(),
                    "field": r.field,
                    "location": r.location,
                    "fees": {k: self.money(v) for k, v in fees.items()},
                    "services_total": self.money(self.overrides.get(f"{r.pid}.services_total", r.services)),
                    "contract_amount": self.money(self.overrides.get(f"{r.pid}.contract_amount", r.total)),
                }
            )
        return {"enterprise": ent, "finance": fin, "projects": projects}


def _cell_money(v: Decimal, style: XlsxStyle) -> Any:
    if style.wan:
        q = Decimal(1).scaleb(-style.wan_decimals)
        w = (v / 10000).quantize(q, rounding=ROUND_HALF_UP)
        text = f"{w:,.{style.wan_decimals}f}"
        num: Any = float(w)
    else:
        text = f"{v:,.2f}"
        num = float(v)
    if style.amounts == "comma_text":
        return text
    if style.amounts == "fullwidth":
        return text.replace(",", "").translate(FULLWIDTH)
    if style.amounts == "trailing_space":
        return text.replace(",", "") + "  "
    return num


def write_xlsx(decl: dict[str, Any], path: Path, style: XlsxStyle) -> None:
    """Sheets 企业信息 / 经营情况 / 项目汇总 (CONTRACT 1.2), the way a reviewer's export comes back."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    ent = decl["enterprise"]
    ws.append(["字段", "值"])
    for k, v in (
        ("企业名称", ent["name"]),
        ("统一社会信用代码", ent["credit_code"]),
        ("法定代表人", ent["legal_representative"]),
        ("注册资本（元）", ent["registered_capital"]),
        ("成立日期", ent["established_on"]),
        ("资质等级", ent["grade"]),
        ("年检年度", ent["inspection_year"]),
        ("技术人员总数", ent["staff"]["technical_total"]),
        ("持证人员总数", ent["staff"]["certified_total"]),
    ):
        ws.append([k, v])
    fs = wb.create_sheet("经营情况")
    fs.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for r in decl["finance"]:
        fs.append(
            [
                r["year"],
                *[
                    (f"{Decimal(r[k]):,.2f}" if style.amounts == "comma_text" else float(Decimal(r[k])))
                    for k in ("operating_revenue", "system_integration_revenue", "net_profit")
                ],
            ]
        )
    ps = wb.create_sheet("项目汇总")
    unit = "（万元）" if style.wan else "（元）"
    headers = [h + unit if h in MONEY_HEADERS else h for h in XLSX_HEADERS]
    r0 = 1
    if style.title_row:
        ps.cell(1, 1, f"{ent['inspection_year']}年度计算机信息系统集成项目汇总表")
        ps.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        r0 = 2
    if style.group_row:
        ps.cell(r0, 8, "软件和信息技术服务费")
        ps.merge_cells(start_row=r0, start_column=8, end_row=r0, end_column=14)
        ps.cell(r0, 15, "硬件及其他")
        ps.merge_cells(start_row=r0, start_column=15, end_row=r0, end_column=18)
        r0 += 1
    for c, h in enumerate(headers, 1):
        ps.cell(r0, c, h)
    cached: dict[str, str] = {}
    r = r0 + 1
    for i, p in enumerate(decl["projects"], 1):
        if style.hidden_rows and i in (3, 7):
            ps.row_dimensions[r].hidden = True
            r += 1
        vals = [i, p["name"], p["client"], p["signed_on"], p["accepted_on"], p["field"], p["location"]]
        for c, v in enumerate(vals, 1):
            ps.cell(r, c, v)
        for c, k in enumerate(FEE_KEYS[:6], 8):
            ps.cell(r, c, _cell_money(Decimal(p["fees"][k]), style))
        for c, k in enumerate(FEE_KEYS[6:], 15):
            ps.cell(r, c, _cell_money(Decimal(p["fees"][k]), style))
        st, ca = (
            _cell_money(Decimal(p["services_total"]), style),
            _cell_money(Decimal(p["contract_amount"]), style),
        )
        if style.formulas and style.amounts == "number":
            ps.cell(r, 14, f"=SUM(H{r}:M{r})")
            ps.cell(r, 19, f"=N{r}+SUM(O{r}:R{r})")
            cached[f"N{r}"], cached[f"S{r}"] = repr(st), repr(ca)
        else:
            ps.cell(r, 14, st)
            ps.cell(r, 19, ca)
        r += 1
    if style.extra_sheets:
        notes = wb.create_sheet("填表说明", 0)
        notes.append(["1. 软件和信息技术服务费合计、合同金额由系统自动计算。"])
        notes.append(["2. 同类型项目可合并为一行填报，总额与完成项目总值一致。"])
        wb.create_sheet("Sheet1")
    wb.save(path)
    if cached:
        _cache_formulas(path, wb.sheetnames.index("项目汇总") + 1, cached)


def _cache_formulas(path: Path, sheet_no: int, cached: dict[str, str]) -> None:
    """Write the values Excel would have cached beside each formula (openpyxl writes none)."""
    name = f"xl/worksheets/sheet{sheet_no}.xml"
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == name:
                xml = data.decode("utf-8")
                for ref, val in cached.items():
                    pattern = rf'(<c r="{ref}"[^>]*>)<f>([^<]*)</f><v\s*/?>(</v>)?'
                    xml = re.sub(pattern, rf"\1<f>\2</f><v>{val}</v>", xml)
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    tmp.replace(path)


__all__ = ["Filing", "Row", "XlsxStyle", "look_for"]
