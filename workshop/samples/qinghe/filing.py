"""One submission on disk: attachments registered page by page, declaration (json or xlsx), truth and printed.json."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from jianzheng.models import Declaration, Truth, TruthDocument, TruthFinding, TruthPage

from .docs import Paper
from .world import World

XLSX_PROJECT_HEADERS = (
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
FEE_COLUMNS = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
)
GOODS_COLUMNS = ("self_made_hardware", "hardware_purchase", "software_purchase", "other")
ENTERPRISE_LABELS = (
    ("企业名称", "name"),
    ("统一社会信用代码", "credit_code"),
    ("法定代表人", "legal_representative"),
    ("注册资本（元）", "registered_capital"),
    ("成立日期", "established_on"),
    ("资质等级", "grade"),
    ("年检年度", "inspection_year"),
)


@dataclass
class Filing:
    root: Path
    world: World
    seed: int
    pages: list[TruthPage] = field(default_factory=list)
    documents: list[TruthDocument] = field(default_factory=list)
    findings: list[TruthFinding] = field(default_factory=list)
    printed: dict[str, Any] = field(default_factory=lambda: {"files": {}, "documents": {}, "unreadable": {}})
    _where: dict[int, tuple[str, int]] = field(default_factory=dict)

    @property
    def sub(self) -> Path:
        return self.root / "submission"

    def path(self, rel: str) -> Path:
        p = self.sub / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def register(
        self, rel: str, papers: list[Paper], scanned: bool | list[bool], form: dict[str, Any]
    ) -> None:
        """Record that file ``rel`` holds ``papers`` page after page; ``form`` says how the file stores them."""
        n = 0
        flags: list[bool] = []
        file_pages: list[dict[str, Any]] = []
        for paper in papers:
            first = n + 1
            doc_id = f"D{len(self.documents) + 1}"
            self._where[id(paper)] = (rel, first)
            doc_scanned: list[bool] = []
            for sheet in paper.sheets:
                n += 1
                flag = scanned[n - 1] if isinstance(scanned, list) else scanned
                flags.append(flag)
                doc_scanned.append(flag)
                self.pages.append(TruthPage(file=rel, page=n, type=paper.kind, document=doc_id, scanned=flag))  # type: ignore[arg-type]
                file_pages.append(
                    {
                        "page": n,
                        "document": doc_id,
                        "size": list(sheet.size),
                        "lines": sheet.lines,
                        "marks": sheet.marks,
                        "scanned": flag,
                    }
                )
            self.documents.append(
                TruthDocument(
                    id=doc_id,
                    file=rel,
                    pages=list(range(first, n + 1)),
                    type=paper.kind,  # type: ignore[arg-type]
                    scanned=all(doc_scanned),
                    project_id=paper.project,
                    fields=paper.fields,
                )
            )
            self.printed["documents"][doc_id] = {
                "file": rel,
                "type": paper.kind,
                "project": paper.project,
                "fields": paper.fields,
                "field_pages": {k: first + v for k, v in paper.key_page.items()},
            }
        self.printed["files"][rel] = {"form": form, "pages": file_pages}

    def unreadable(self, rel: str, form: dict[str, Any], note: str) -> None:
        self.printed["unreadable"][rel] = {"form": form, "note": note}
        self.finding("FILE_UNREADABLE", None, rel, None, note)

    def page_of(self, paper: Paper, sheet_index: int) -> tuple[str, int]:
        rel, first = self._where[id(paper)]
        return rel, first + sheet_index

    def finding(self, code: str, project: str | None, rel: str | None, page: int | None, note: str) -> None:
        self.findings.append(TruthFinding(code=code, project_id=project, file=rel, page=page, note=note))  # type: ignore[arg-type]

    def plant(self, code: str, paper: Paper, sheet_index: int, note: str) -> None:
        rel, page = self.page_of(paper, sheet_index)
        self.finding(code, paper.project, rel, page, note)

    def write(self) -> None:
        decl = self.world.declaration()
        Declaration.model_validate(decl)
        if self.world.fmt == "xlsx":
            write_xlsx(decl, self.sub / "declaration.xlsx")
        else:
            (self.sub / "declaration.json").write_text(
                json.dumps(decl, ensure_ascii=False, indent=2), encoding="utf-8"
            )
        truth = Truth(
            name=self.root.name,
            seed=self.seed,
            clean=not self.findings,
            pages=self.pages,
            documents=self.documents,
            findings=self.findings,
        )
        (self.root / "truth.json").write_text(
            truth.model_dump_json(by_alias=True, indent=2), encoding="utf-8"
        )
        self.printed["declaration"] = decl
        self.printed["declaration_file"] = (
            "declaration.xlsx" if self.world.fmt == "xlsx" else "declaration.json"
        )
        (self.root / "printed.json").write_text(
            json.dumps(self.printed, ensure_ascii=False, indent=1), encoding="utf-8"
        )


def fresh(root: Path) -> None:
    if root.exists():
        shutil.rmtree(root)
    (root / "submission").mkdir(parents=True)


def write_xlsx(decl: dict[str, Any], path: Path) -> None:
    """CONTRACT 1.2: 企业信息 (字段, 值), 经营情况, 项目汇总 (money in 元), and the certificates the form lists."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    ws.append(["字段", "值"])
    ent = decl["enterprise"]
    for label, key in ENTERPRISE_LABELS:
        value = ent[key]
        ws.append([label, float(Decimal(value)) if key == "registered_capital" else value])
    ws.append(["技术人员总数", ent["staff"]["technical_total"]])
    ws.append(["持证人员总数", ent["staff"]["certified_total"]])
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 44
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", "营业收入（元）", "系统集成收入（元）", "净利润（元）"])
    for year in decl["finance"]:
        fin.append(
            [
                year["year"],
                float(Decimal(year["operating_revenue"])),
                float(Decimal(year["system_integration_revenue"])),
                float(Decimal(year["net_profit"])),
            ]
        )
    pr = wb.create_sheet("项目汇总")
    pr.append([h if i < 7 else f"{h}（元）" for i, h in enumerate(XLSX_PROJECT_HEADERS)])
    for i, p in enumerate(decl["projects"], start=1):
        fees = p["fees"]
        signed, accepted = (dt.date.fromisoformat(p[k]) for k in ("signed_on", "accepted_on"))
        row: list[Any] = [i, p["name"], p["client"], signed, accepted, p["field"], p["location"]]
        row += [float(Decimal(fees[k])) for k in FEE_COLUMNS]
        row.append(float(Decimal(p["services_total"])))
        row += [float(Decimal(fees[k])) for k in GOODS_COLUMNS]
        row.append(float(Decimal(p["contract_amount"])))
        pr.append(row)
    for col in "BC":
        pr.column_dimensions[col].width = 40
    certs = wb.create_sheet("持证人员")
    certs.append(["序号", "姓名", "证书名称", "等级", "证书编号"])
    for i, c in enumerate(ent["staff"]["certificates"], start=1):
        certs.append([i, c["holder"], c["certificate"], c["level"], c["number"]])
    wb.save(path)


def read_xlsx(path: Path) -> dict[str, Any]:
    """The declaration read back from the workbook (for the selfcheck)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    info = {str(r[0]): r[1] for r in list(wb["企业信息"].iter_rows(values_only=True))[1:]}
    by_label = dict(ENTERPRISE_LABELS)
    ent: dict[str, Any] = {by_label[k]: v for k, v in info.items() if k in by_label}
    ent["registered_capital"] = f"{Decimal(str(ent['registered_capital'])):.2f}"
    certs = [
        {"holder": r[1], "certificate": r[2], "level": r[3], "number": str(r[4])}
        for r in list(wb["持证人员"].iter_rows(values_only=True))[1:]
    ]
    ent["staff"] = {
        "technical_total": info["技术人员总数"],
        "certified_total": info["持证人员总数"],
        "certificates": certs,
    }
    money = lambda v: f"{Decimal(str(v)):.2f}"  # noqa: E731
    finance = [
        {
            "year": r[0],
            "operating_revenue": money(r[1]),
            "system_integration_revenue": money(r[2]),
            "net_profit": money(r[3]),
        }
        for r in list(wb["经营情况"].iter_rows(values_only=True))[1:]
    ]
    projects = []
    for r in list(wb["项目汇总"].iter_rows(values_only=True))[1:]:
        fees = {k: money(r[7 + i]) for i, k in enumerate(FEE_COLUMNS)}
        fees.update({k: money(r[14 + i]) for i, k in enumerate(GOODS_COLUMNS)})
        projects.append(
            {
                "id": f"P{r[0]}",
                "name": r[1],
                "client": r[2],
                "signed_on": _iso(r[3]),
                "accepted_on": _iso(r[4]),
                "field": r[5],
                "location": r[6],
                "fees": fees,
                "services_total": money(r[13]),
                "contract_amount": money(r[18]),
            }
        )
    return {"enterprise": ent, "finance": finance, "projects": projects}


def _iso(v: Any) -> str:
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)
