"""Writes one filing: attachment files (born-digital WPS PDFs, flatbed scans, a licence photo), the
declaration (JSON or workbook) and truth.json with every page, document and planted finding."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pymupdf

from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from .papers import Paper
from .scan import flatbed, photo

WPS = {"creator": "WPS 文字", "producer": "WPS 文字"}
SCANNER = {"creator": "EPSON Scan", "producer": "EPSON Scan"}
TAX = {"creator": "国家税务总局电子发票服务平台", "producer": "国家税务总局电子发票服务平台"}


def _pdfdate(d: dt.datetime) -> str:
    return d.strftime("D:%Y%m%d%H%M%S+08'00'")


@dataclass
class Plant:
    code: str
    project_id: str | None
    paper_key: str | None  # None: a project-level finding without a file
    page_offset: int = 0
    note: str = ""


@dataclass
class Filing:
    name: str
    seed: int
    rng: random.Random
    files: list[tuple[str, str, list[tuple[Paper, list[bool]]], dict[str, str]]] = field(default_factory=list)
    plants: list[Plant] = field(default_factory=list)
    declaration: dict[str, Any] = field(default_factory=dict)
    xlsx: bool = False
    certificates: list[dict[str, str]] = field(default_factory=list)

    def pdf(self, fname: str, parts: list[tuple[Paper, bool | list[bool]]], meta: dict[str, str]) -> None:
        norm = []
        for paper, scanned in parts:
            flags = scanned if isinstance(scanned, list) else [scanned] * paper.doc.page_count
            assert len(flags) == paper.doc.page_count
            norm.append((paper, flags))
        self.files.append((fname, "pdf", norm, meta))

    def jpg(self, fname: str, paper: Paper, watermark: str = "") -> None:
        self.files.append((fname, "photo", [(paper, [True])], {"watermark": watermark}))

    def plant(
        self, code: str, project_id: str | None, paper: Paper | None, page_offset: int = 0, note: str = ""
    ) -> None:
        self.plants.append(Plant(code, project_id, paper.key if paper else None, page_offset, note))

    # ---- writing
    def write(self, out: Path) -> Truth:
        root = out / self.name
        if root.exists():
            shutil.rmtree(root)
        sub = root / "submission"
        sub.mkdir(parents=True)
        pages: list[TruthPage] = []
        docs: list[TruthDocument] = []
        where: dict[str, tuple[str, int]] = {}
        stamp = dt.datetime(2025, 3, 1, 9, 0) + dt.timedelta(minutes=self.rng.randint(0, 60 * 24 * 40))
        for fname, kind, parts, meta in self.files:
            path = sub / fname
            path.parent.mkdir(parents=True, exist_ok=True)
            if kind == "photo":
                paper = parts[0][0]
                path.write_bytes(photo(paper.doc[0], self.rng, meta.get("watermark", "")))
                page_no = 1
                docs.append(self._doc(len(docs) + 1, fname, [1], paper, True))
                pages.append(
                    TruthPage(file=fname, page=1, type=paper.type, document=docs[-1].id, scanned=True)
                )
                where[paper.key] = (fname, 1)
                continue
            out_doc = pymupdf.open()
            page_no = 0
            any_text = False
            for paper, flags in parts:
                first = page_no + 1
                for i, scanned in enumerate(flags):
                    src = paper.doc[i]
                    if scanned:
                        data = flatbed(src, self.rng)
                        pg = out_doc.new_page(width=src.rect.width, height=src.rect.height)
                        pg.insert_image(pg.rect, stream=data)
                    else:
                        out_doc.insert_pdf(paper.doc, from_page=i, to_page=i)
                        any_text = True
                    page_no += 1
                nums = list(range(first, page_no + 1))
                docs.append(self._doc(len(docs) + 1, fname, nums, paper, all(flags)))
                for n, scanned in zip(nums, flags, strict=True):
                    pages.append(
                        TruthPage(file=fname, page=n, type=paper.type, document=docs[-1].id, scanned=scanned)
                    )
                where[paper.key] = (fname, first)
            if any_text:
                out_doc.subset_fonts()
            stamp += dt.timedelta(minutes=self.rng.randint(3, 200))
            out_doc.set_metadata(
                {
                    "creator": meta["creator"],
                    "producer": meta["producer"],
                    "creationDate": _pdfdate(stamp),
                    "modDate": _pdfdate(stamp),
                    "title": Path(fname).stem,
                    "author": "",
                    "subject": "",
                    "keywords": "",
                }
            )
            out_doc.save(path, garbage=3, deflate=True, no_new_id=True)
            out_doc.close()
        findings = []
        for p in self.plants:
            if p.paper_key is None:
                findings.append(TruthFinding(code=p.code, project_id=p.project_id, note=p.note))  # type: ignore[arg-type]
                continue
            fname, first = where[p.paper_key]
            findings.append(
                TruthFinding(
                    code=p.code,  # type: ignore[arg-type]
                    project_id=p.project_id,
                    file=fname,
                    page=first + p.page_offset,
                    note=p.note,
                )
            )
        truth = Truth(
            name=self.name, seed=self.seed, clean=not findings, pages=pages, documents=docs, findings=findings
        )
        (root / "truth.json").write_text(
            json.dumps(truth.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
        if self.xlsx:
            write_xlsx(self.declaration, self.certificates, sub / "declaration.xlsx")
        else:
            (sub / "declaration.json").write_text(
                json.dumps(self.declaration, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        return truth

    @staticmethod
    def _doc(n: int, fname: str, nums: list[int], paper: Paper, scanned: bool) -> TruthDocument:
        return TruthDocument(
            id=f"D{n}",
            file=fname,
            pages=nums,
            type=paper.type,  # type: ignore[arg-type]
            scanned=scanned,
            project_id=paper.project_id,
            fields=paper.fields,
        )


# ---- declaration.xlsx ---------------------------------------------------------------------------

ENTERPRISE_LABELS = (
    ("企业名称", "name"),
    ("统一社会信用代码", "credit_code"),
    ("法定代表人", "legal_representative"),
    ("注册资本", "registered_capital"),
    ("成立日期", "established_on"),
    ("资质等级", "grade"),
    ("年检年度", "inspection_year"),
    ("技术人员总数", "technical_total"),
    ("持证人员总数", "certified_total"),
)
PROJECT_HEADERS = (
    ("序号", None),
    ("项目名称", "name"),
    ("甲方单位", "client"),
    ("合同签订日期", "signed_on"),
    ("验收日期", "accepted_on"),
    ("项目所属领域", "field"),
    ("项目实施地", "location"),
    ("软件开发费", "software_development"),
    ("咨询设计费", "consulting_design"),
    ("集成实施费", "integration_implementation"),
    ("运行维护费", "operation_maintenance"),
    ("数据处理费", "data_processing"),
    ("运营服务费", "operation_service"),
    ("软件和信息技术服务费合计", "services_total"),
    ("自制硬件费", "self_made_hardware"),
    ("硬件购置费", "hardware_purchase"),
    ("软件购置费", "software_purchase"),
    ("其他", "other"),
    ("合同金额（元）", "contract_amount"),
)


def _num(v: str) -> float:
    return float(Decimal(v))


def write_xlsx(decl: dict[str, Any], certs: list[dict[str, str]], path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    ws.append(["字段", "值"])
    ent = decl["enterprise"]
    for label, key in ENTERPRISE_LABELS:
        if key in ("technical_total", "certified_total"):
            ws.append([label, ent["staff"][key]])
        elif key == "registered_capital":
            ws.append([label, _num(ent[key])])
        elif key == "established_on":
            ws.append([label, dt.date.fromisoformat(ent[key])])
        else:
            ws.append([label, ent[key]])
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 46
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for row in decl["finance"]:
        fin.append(
            [
                row["year"],
                _num(row["operating_revenue"]),
                _num(row["system_integration_revenue"]),
                _num(row["net_profit"]),
            ]
        )
    pr = wb.create_sheet("项目汇总")
    pr.append([h for h, _ in PROJECT_HEADERS])
    for i, p in enumerate(decl["projects"], start=1):
        cells: list[Any] = []
        for _, pkey in PROJECT_HEADERS:
            if pkey is None:
                cells.append(i)
            elif pkey in ("name", "client", "field", "location"):
                cells.append(p[pkey])
            elif pkey in ("signed_on", "accepted_on"):
                cells.append(dt.date.fromisoformat(p[pkey]))
            elif pkey in ("services_total", "contract_amount"):
                cells.append(_num(p[pkey]))
            else:
                cells.append(_num(p["fees"][pkey]))
        pr.append(cells)
    for r in pr.iter_rows(min_row=2):
        for c in r:
            if isinstance(c.value, float):
                c.number_format = "0.00"
            elif isinstance(c.value, dt.date):
                c.number_format = "yyyy-mm-dd"
    if certs:
        cs = wb.create_sheet("持证人员")
        cs.append(["姓名", "证书名称", "级别", "证书编号"])
        for c in certs:
            cs.append([c["holder"], c["certificate"], c.get("level", ""), c.get("number", "")])
    wb.properties.creator = "jianzheng-alar"
    wb.properties.created = dt.datetime(2025, 2, 20, 10, 0)
    wb.properties.modified = dt.datetime(2025, 2, 20, 10, 0)
    wb.save(path)


def read_xlsx(path: Path) -> dict[str, Any]:
    """Read the workbook back into the declaration dict (for the selfcheck)."""
    wb = openpyxl.load_workbook(path, data_only=True)

    def money(v: Any) -> str:
        return f"{Decimal(str(v)).quantize(Decimal('0.01'))}"

    def iso(v: Any) -> str:
        return v.date().isoformat() if isinstance(v, dt.datetime) else str(v)

    info = {r[0]: r[1] for r in wb["企业信息"].iter_rows(min_row=2, values_only=True)}
    lab = dict(ENTERPRISE_LABELS)
    ent: dict[str, Any] = {"staff": {}}
    for label, value in info.items():
        key = lab[str(label)]
        if key in ("technical_total", "certified_total"):
            ent["staff"][key] = int(value)
        elif key == "registered_capital":
            ent[key] = money(value)
        elif key == "established_on":
            ent[key] = iso(value)
        else:
            ent[key] = value
    if "持证人员" in wb.sheetnames:
        ent["staff"]["certificates"] = [
            {"holder": r[0], "certificate": r[1], "level": r[2] or None, "number": r[3] or None}
            for r in wb["持证人员"].iter_rows(min_row=2, values_only=True)
        ]
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
    keys = [k for _, k in PROJECT_HEADERS]
    for r in wb["项目汇总"].iter_rows(min_row=2, values_only=True):
        vals = dict(zip(keys, r, strict=True))
        fees = {
            k: money(vals[k])
            for k in keys
            if k
            not in (
                None,
                "name",
                "client",
                "signed_on",
                "accepted_on",
                "field",
                "location",
                "services_total",
                "contract_amount",
            )
        }
        projects.append(
            {
                "id": f"P{r[0]}",
                "name": vals["name"],
                "client": vals["client"],
                "signed_on": iso(vals["signed_on"]),
                "accepted_on": iso(vals["accepted_on"]),
                "field": vals["field"],
                "location": vals["location"],
                "fees": fees,
                "services_total": money(vals["services_total"]),
                "contract_amount": money(vals["contract_amount"]),
            }
        )
    return {"enterprise": ent, "finance": finance, "projects": projects}
