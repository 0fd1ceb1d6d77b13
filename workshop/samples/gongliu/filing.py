"""Writing one filing: attachment files (born-digital or scanned), truth.json, printed.json and the
declaration (JSON, or the reviewers' workbook with 经营情况 in 万元)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pymupdf

from jianzheng.models import Declaration, Truth

from .scan import Device, capture, jpeg, scanned_pdf
from .sheet import Sheet

WORD = "Microsoft® Word 2016"
MFP = ["Canon iR-ADV C5535 PDF", "KONICA MINOLTA bizhub C300i", "RICOH MP C3004ex", "SHARP MX-M3551"]


def _pdf_date(when: dt.datetime) -> str:
    return when.strftime("D:%Y%m%d%H%M%S+08'00'")


@dataclass
class Filing:
    """What one submission is being assembled from."""

    name: str
    seed: int
    root: Path
    clean: bool
    pages: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    printed: dict[str, Any] = field(default_factory=lambda: {"files": {}, "audits": [], "plants": []})

    @property
    def submission(self) -> Path:
        return self.root / "submission"

    def _target(self, rel: str) -> Path:
        path = self.submission / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def write_pdf(
        self,
        rel: str,
        doc: pymupdf.Document,
        sheets: list[Sheet],
        roles: list[str],
        *,
        device: Device | None,
        when: dt.datetime,
        seed: int,
    ) -> None:
        """Save ``doc`` born digital (device None) or as the MFP's image-only PDF; record its pages."""
        stamp = _pdf_date(when)
        # a fixed file identifier, so that a seed writes the same bytes every time
        digest = hashlib.md5(f"{self.name}/{rel}/{self.seed}".encode()).hexdigest().upper()
        file_id = f"[<{digest}><{digest}>]"
        if device is None:
            doc.subset_fonts()
            doc.set_metadata({"creator": WORD, "producer": WORD, "creationDate": stamp, "modDate": stamp})
            doc.xref_set_key(-1, "ID", file_id)
            doc.save(self._target(rel), garbage=3, deflate=True, no_new_id=True)
        else:
            rng = random.Random(seed)
            out = scanned_pdf(doc, list(range(len(doc))), device, seed, rng.choice(MFP))
            meta = dict(out.metadata or {})
            meta.update({"creationDate": stamp, "modDate": stamp})
            out.set_metadata(meta)
            out.xref_set_key(-1, "ID", file_id)
            out.save(self._target(rel), garbage=3, deflate=True, no_new_id=True)
            out.close()
        self.printed["files"][rel] = [
            {
                **s.record(),
                "role": role,
                "scanned": device is not None,
                "device": device.describe() if device else None,
            }
            for s, role in zip(sheets, roles, strict=True)
        ]

    def write_jpeg(self, rel: str, sheet: Sheet, role: str, device: Device, seed: int) -> None:
        img = capture(sheet.page, device, seed)
        self._target(rel).write_bytes(jpeg(img, device.quality))
        self.printed["files"][rel] = [
            {**sheet.record(), "role": role, "scanned": True, "device": device.describe()}
        ]

    def document(
        self,
        rel: str,
        pages: list[int],
        doc_type: str,
        fields: dict[str, Any],
        *,
        scanned: bool,
        project_id: str | None = None,
    ) -> str:
        doc_id = f"D{len(self.documents) + 1}"
        self.documents.append(
            {
                "id": doc_id,
                "file": rel,
                "pages": pages,
                "type": doc_type,
                "scanned": scanned,
                "project_id": project_id,
                "fields": fields,
            }
        )
        for p in pages:
            self.pages.append(
                {"file": rel, "page": p, "type": doc_type, "document": doc_id, "scanned": scanned}
            )
        return doc_id

    def finding(self, code: str, file: str | None = None, page: int | None = None, note: str = "") -> None:
        self.findings.append({"code": code, "project_id": None, "file": file, "page": page, "note": note})

    def write_truth(self) -> None:
        truth = Truth.model_validate(
            {
                "schema": "jianzheng.truth/1",
                "name": self.name,
                "seed": self.seed,
                "clean": self.clean,
                "pages": self.pages,
                "documents": self.documents,
                "findings": self.findings,
            }
        )
        (self.root / "truth.json").write_text(
            json.dumps(truth.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2),
            encoding="utf-8",
        )
        (self.root / "printed.json").write_text(
            json.dumps(self.printed, ensure_ascii=False, indent=1), encoding="utf-8"
        )


# ---- the declaration ---------------------------------------------------------------------------


def write_json(path: Path, data: dict[str, Any]) -> None:
    Declaration.model_validate(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


ENTERPRISE_LABELS = [
    ("企业名称", "name"),
    ("统一社会信用代码", "credit_code"),
    ("法定代表人", "legal_representative"),
    ("注册资本（元）", "registered_capital"),
    ("成立日期", "established_on"),
    ("资质等级", "grade"),
    ("年检年度", "inspection_year"),
    ("技术人员总数", "technical_total"),
]
PROJECT_HEADERS = [
    ("序号", None),
    ("项目名称", "name"),
    ("甲方单位", "client"),
    ("合同签订日期", "signed_on"),
    ("验收日期", "accepted_on"),
    ("项目所属领域", "field"),
    ("项目实施地", "location"),
    ("软件开发费（元）", "software_development"),
    ("咨询设计费（元）", "consulting_design"),
    ("集成实施费（元）", "integration_implementation"),
    ("运行维护费（元）", "operation_maintenance"),
    ("数据处理费（元）", "data_processing"),
    ("运营服务费（元）", "operation_service"),
    ("软件和信息技术服务费合计（元）", "services_total"),
    ("自制硬件费（元）", "self_made_hardware"),
    ("硬件购置费（元）", "hardware_purchase"),
    ("软件购置费（元）", "software_purchase"),
    ("其他（元）", "other"),
    ("合同金额（元）", "contract_amount"),
]
FINANCE_HEADERS = ["年度", "营业收入（万元）", "系统集成收入（万元）", "净利润（万元）"]
FINANCE_KEYS = ["operating_revenue", "system_integration_revenue", "net_profit"]


def wan(value: str) -> Decimal:
    """A yuan figure typed in 万元 with two decimals, as the workbook holds it."""
    return (Decimal(value) / 10000).quantize(Decimal("0.01"))


def write_xlsx(path: Path, data: dict[str, Any]) -> None:
    """The workbook a reviewer exports: 企业信息, 经营情况 (in 万元), 项目汇总 (in 元)."""
    Declaration.model_validate(data)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    ws.append(["字段", "值"])
    ent = data["enterprise"]
    for label, key in ENTERPRISE_LABELS:
        value = ent["staff"].get(key) if key == "technical_total" else ent.get(key)
        if key == "established_on":
            value = dt.date.fromisoformat(value)
        elif key == "registered_capital":
            value = float(Decimal(value))
        ws.append([label, value])
    fin = wb.create_sheet("经营情况")
    fin.append(FINANCE_HEADERS)
    for year_row in data["finance"]:
        fin.append([year_row["year"], *[float(wan(year_row[k])) for k in FINANCE_KEYS]])
    for cells in fin.iter_rows(min_row=2, min_col=2):
        for cell in cells:
            cell.number_format = "0.00"
    proj = wb.create_sheet("项目汇总")
    proj.append([h for h, _ in PROJECT_HEADERS])
    for k, p in enumerate(data["projects"], start=1):
        row: list[Any] = []
        for _header, pkey in PROJECT_HEADERS:
            if pkey is None:
                row.append(k)
            elif pkey in ("signed_on", "accepted_on"):
                row.append(dt.date.fromisoformat(p[pkey]))
            elif pkey in ("name", "client", "field", "location"):
                row.append(p[pkey])
            elif pkey in ("services_total", "contract_amount"):
                row.append(float(Decimal(p[pkey])))
            else:
                row.append(float(Decimal(p["fees"][pkey])))
        proj.append(row)
    wb.save(path)


def read_xlsx(path: Path) -> tuple[Declaration, dict[str, Decimal]]:
    """The workbook back as a Declaration, and the precision of each finance figure (100 yuan in 万元)."""
    wb = openpyxl.load_workbook(path, data_only=True)
    info = {str(r[0]): r[1] for r in wb["企业信息"].iter_rows(min_row=2, values_only=True)}
    labels = dict(ENTERPRISE_LABELS)
    ent: dict[str, Any] = {"staff": {}}
    for label, value in info.items():
        key = labels[label]
        if isinstance(value, dt.datetime):
            value = value.date()
        if key == "technical_total":
            ent["staff"][key] = value
        elif key == "registered_capital":
            ent[key] = f"{Decimal(str(value)):.2f}"
        else:
            ent[key] = value
    finance = []
    precision: dict[str, Decimal] = {}
    fin_rows = list(wb["经营情况"].iter_rows(values_only=True))
    assert list(fin_rows[0]) == FINANCE_HEADERS, fin_rows[0]
    for row in fin_rows[1:]:
        year = int(str(row[0]))
        item: dict[str, Any] = {"year": year}
        for key, value in zip(FINANCE_KEYS, row[1:], strict=True):
            item[key] = f"{Decimal(str(value)) * 10000:.2f}"
            precision[f"finance.{year}.{key}"] = Decimal(100)
        finance.append(item)
    projects = []
    rows = list(wb["项目汇总"].iter_rows(values_only=True))
    headers = [h for h, _ in PROJECT_HEADERS]
    assert list(rows[0]) == headers, rows[0]
    for k, cells_row in enumerate(rows[1:], start=1):
        p: dict[str, Any] = {"id": f"P{k}", "fees": {}}
        for (_header, field_key), value in zip(PROJECT_HEADERS, cells_row, strict=True):
            if field_key is None:
                continue
            if isinstance(value, dt.datetime):
                value = value.date()
            if field_key in ("name", "client", "field", "location", "signed_on", "accepted_on"):
                p[field_key] = value
            elif field_key in ("services_total", "contract_amount"):
                p[field_key] = f"{Decimal(str(value)):.2f}"
            else:
                p["fees"][field_key] = f"{Decimal(str(value)):.2f}"
        projects.append(p)
    decl = Declaration.model_validate({"enterprise": ent, "finance": finance, "projects": projects})
    return decl, precision


def read_declaration(submission: Path) -> tuple[Declaration, dict[str, Decimal]]:
    js = submission / "declaration.json"
    if js.exists():
        return Declaration.model_validate_json(js.read_text(encoding="utf-8")), {}
    return read_xlsx(submission / "declaration.xlsx")
