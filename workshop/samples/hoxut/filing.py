"""A filing under construction: papers laid into files, per-page truth, the declaration, and the writer."""

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

from jianzheng.models import Code, Declaration, Truth, TruthDocument, TruthFinding, TruthPage

from . import scan
from .papers import Paper
from .plan import FEE_KEYS, Project
from .world import YEAR, Firm, money

SCANNER = "Canon iR-ADV C5540 PDF"
OFFICE = "WPS 文字"


@dataclass
class Placed:
    paper: Paper
    doc_id: str
    file: str
    first_page: int
    scanned: bool


@dataclass
class _File:
    name: str
    kind: str  # pdf | jpg
    items: list[tuple[Paper, bool]]
    style: scan.ScanStyle | None


@dataclass
class Filing:
    name: str
    seed: int
    rng: random.Random
    firm: Firm
    grade: str
    technical_total: int
    certificates: list[tuple[str, str, str, str]]
    finance: dict[str, Decimal]
    projects: list[Project]
    declaration_format: str = "json"
    files: list[_File] = field(default_factory=list)
    placed: list[Placed] = field(default_factory=list)
    findings: list[TruthFinding] = field(default_factory=list)
    plants: list[dict[str, Any]] = field(default_factory=list)
    story: str = ""

    # --- laying papers into files ---------------------------------------------------------------
    def pdf(self, name: str, items: list[tuple[Paper, bool]]) -> None:
        """One PDF; each paper born digital (False) or scanned (True) with the file's one scanner style."""
        st = scan.style(self.rng) if any(sc for _, sc in items) else None
        self._place(name, items)
        self.files.append(_File(name, "pdf", items, st))

    def photo(self, name: str, paper: Paper) -> None:
        """A one-page paper photographed by phone, uploaded as JPEG."""
        assert len(paper.sheets) == 1
        self._place(name, [(paper, True)])
        self.files.append(_File(name, "jpg", [(paper, True)], None))

    def _place(self, name: str, items: list[tuple[Paper, bool]]) -> None:
        page = 1
        for paper, scanned in items:
            self.placed.append(Placed(paper, f"D{len(self.placed) + 1}", name, page, scanned))
            page += len(paper.sheets)

    def where(self, paper: Paper, sheet: int = 0) -> tuple[str, int]:
        for pl in self.placed:
            if pl.paper is paper:
                return pl.file, pl.first_page + sheet
        raise KeyError(paper.label)

    def plant(
        self, code: Code, note: str, project_id: str | None, paper: Paper | None, sheet: int | None = 0
    ) -> None:
        """Record an expected finding at the paper's page (``sheet`` None: file only)."""
        file = page = None
        if paper is not None:
            file, page = self.where(paper, sheet or 0)
            if sheet is None:
                page = None
        self.findings.append(TruthFinding(code=code, project_id=project_id, file=file, page=page, note=note))
        self.plants.append(
            {"code": str(code), "project_id": project_id, "file": file, "page": page, "note": note}
        )

    # --- the declaration ----------------------------------------------------------------------------
    def declaration(self) -> dict[str, Any]:
        f = self.firm
        rows = []
        for p in self.projects:
            rows.append(
                {
                    "id": p.pid,
                    "name": p.name,
                    "client": p.client,
                    "signed_on": p.stages.signed.isoformat(),
                    "accepted_on": (p.declared_accepted or p.final_date()).isoformat(),
                    "field": p.field,
                    "location": p.location,
                    "fees": {k: money(p.fees[k]) for k in FEE_KEYS},
                    "services_total": money(p.services),
                    "contract_amount": money(p.amount),
                }
            )
        staff: dict[str, Any] = {"technical_total": self.technical_total}
        if self.declaration_format == "json":
            staff["certified_total"] = len(self.certificates)
            staff["certificates"] = [
                {"holder": h, "certificate": c, "level": lv, "number": n} for h, c, lv, n in self.certificates
            ]
        return {
            "enterprise": {
                "name": f.name,
                "credit_code": f.credit_code,
                "legal_representative": f.legal_rep,
                "registered_capital": money(f.capital),
                "established_on": f.established.isoformat(),
                "grade": self.grade,
                "inspection_year": YEAR,
                "staff": staff,
            },
            "finance": [
                {
                    "year": YEAR,
                    "operating_revenue": money(self.finance["operating_revenue"]),
                    "system_integration_revenue": money(self.finance["system_integration_revenue"]),
                    "net_profit": money(self.finance["net_profit"]),
                }
            ],
            "projects": rows,
        }

    def _write_xlsx(self, path: Path, decl: dict[str, Any]) -> None:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.title = "企业信息"
        e = decl["enterprise"]
        ws.append(["字段", "值"])
        for k, v in [
            ("企业名称", e["name"]),
            ("统一社会信用代码", e["credit_code"]),
            ("法定代表人", e["legal_representative"]),
            ("注册资本（元）", float(e["registered_capital"])),
            ("成立日期", e["established_on"]),
            ("资质等级", e["grade"]),
            ("年检年度", e["inspection_year"]),
            ("技术人员总数", e["staff"]["technical_total"]),
        ]:
            ws.append([k, v])
        ws2 = wb.create_sheet("经营情况")
        ws2.append(["年度", "营业收入", "系统集成收入", "净利润"])
        for r in decl["finance"]:
            ws2.append(
                [
                    r["year"],
                    float(r["operating_revenue"]),
                    float(r["system_integration_revenue"]),
                    float(r["net_profit"]),
                ]
            )
        ws3 = wb.create_sheet("项目汇总")
        ws3.append(
            [
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
            ]
        )
        for i, r in enumerate(decl["projects"], 1):
            fees = r["fees"]
            ws3.append(
                [
                    i,
                    r["name"],
                    r["client"],
                    dt.date.fromisoformat(r["signed_on"]),
                    dt.date.fromisoformat(r["accepted_on"]),
                    r["field"],
                    r["location"],
                ]
                + [float(fees[k]) for k in FEE_KEYS[:6]]
                + [float(r["services_total"])]
                + [float(fees[k]) for k in FEE_KEYS[6:]]
                + [float(r["contract_amount"])]
            )
            for c in (4, 5):
                ws3.cell(row=i + 1, column=c).number_format = "yyyy-mm-dd"
        wb.save(path)

    # --- writing ------------------------------------------------------------------------------------
    def write(self, out: Path) -> None:
        root = out / self.name
        if root.exists():
            shutil.rmtree(root)
        sub = root / "submission"
        sub.mkdir(parents=True)
        decl = self.declaration()
        Declaration.model_validate(decl)
        if self.declaration_format == "xlsx":
            self._write_xlsx(sub / "declaration.xlsx", decl)
        else:
            (sub / "declaration.json").write_text(
                json.dumps(decl, ensure_ascii=False, indent=2), encoding="utf-8"
            )

        pages: list[TruthPage] = []
        printed: dict[str, list[dict[str, Any]]] = {}
        stamp = dt.datetime(
            YEAR + 1,
            self.rng.randint(1, 2),
            self.rng.randint(1, 27),
            self.rng.randint(8, 18),
            self.rng.randint(0, 59),
        )
        for fl in self.files:
            target = sub / fl.name
            target.parent.mkdir(parents=True, exist_ok=True)
            printed[fl.name] = []
            if fl.kind == "jpg":
                paper, _ = fl.items[0]
                target.write_bytes(scan.phone_photo(paper.sheets[0].finish(), self.rng))
            else:
                doc = pymupdf.open()
                for paper, scanned in fl.items:
                    for sheet in paper.sheets:
                        if scanned:
                            assert fl.style is not None
                            scan.scanned_page(doc, sheet.finish(), fl.style, self.rng)
                        else:
                            doc.insert_pdf(sheet.pdf())
                when = stamp.strftime("D:%Y%m%d%H%M%S+08'00'")
                maker = SCANNER if all(sc for _, sc in fl.items) else OFFICE
                if not all(sc for _, sc in fl.items):
                    doc.subset_fonts()
                doc.set_metadata(
                    {"creator": maker, "producer": maker, "creationDate": when, "modDate": when, "title": ""}
                )
                doc.save(target, garbage=3, deflate=True)
                doc.close()
            for paper, scanned in fl.items:
                pl = next(p for p in self.placed if p.paper is paper)
                for i, sheet in enumerate(paper.sheets):
                    n = pl.first_page + i
                    pages.append(
                        TruthPage(file=fl.name, page=n, type=paper.type, document=pl.doc_id, scanned=scanned)
                    )  # type: ignore[arg-type]
                    printed[fl.name].append(
                        {
                            "page": n,
                            "document": pl.doc_id,
                            "label": paper.label,
                            "scanned": scanned,
                            "lines": [ln.text for ln in sheet.lines],
                        }
                    )
        documents = [
            TruthDocument(
                id=pl.doc_id,
                file=pl.file,
                pages=list(range(pl.first_page, pl.first_page + len(pl.paper.sheets))),
                type=pl.paper.type,  # type: ignore[arg-type]
                scanned=pl.scanned,
                project_id=pl.paper.project_id,
                fields=pl.paper.fields,
            )
            for pl in self.placed
        ]
        truth = Truth(
            name=self.name,
            seed=self.seed,
            clean=not any(f.note.startswith(("error", "warning")) for f in self.findings),
            pages=pages,
            documents=documents,
            findings=self.findings,
        )
        Truth.model_validate(truth.model_dump(by_alias=True))
        (root / "truth.json").write_text(
            json.dumps(truth.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2),
            encoding="utf-8",
        )
        (root / "printed.json").write_text(
            json.dumps(
                {
                    "declaration": decl,
                    "declaration_format": self.declaration_format,
                    "story": self.story,
                    "plants": self.plants,
                    "labels": {pl.doc_id: pl.paper.label for pl in self.placed},
                    "files": printed,
                },
                ensure_ascii=False,
                indent=2,
            ),
            encoding="utf-8",
        )
