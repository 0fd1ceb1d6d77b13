"""One submission on disk: scanned PDFs, the declaration, truth.json and printed.json (for the selfcheck)."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf as fitz

from jianzheng.models.truth import Truth, TruthDocument, TruthFinding, TruthPage

from .papers import Paper
from .scanner import Feed, jpeg, scan
from .sheet import Sheet
from .world import Deal, Firm

FEE_KEYS = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
    "self_made_hardware",
    "hardware_purchase",
    "software_purchase",
    "other",
)
SCANNERS = (
    ("Canon iR-ADV C3530 III", "Canon iR-ADV C3530 III PDF"),
    ("RICOH MP C3004exSP", "RICOH Network Scanner"),
    ("KONICA MINOLTA bizhub C300i", "KONICA MINOLTA bizhub C300i"),
    ("Brother ADS-2700W", "Brother iPrint&Scan"),
    ("HP LaserJet MFP M436", "HP Scan"),
)


@dataclass
class Spec:
    paper: Paper
    sheet: Sheet
    feed: Feed
    refeed: bool = False


@dataclass
class Filing:
    name: str
    seed: int
    rng: random.Random
    firm: Firm
    deals: list[Deal]
    year: int = 2025
    clean: bool = True
    files: dict[str, list[Spec]] = field(default_factory=dict)
    findings: list[TruthFinding] = field(default_factory=list)
    finance: dict[str, Decimal] = field(default_factory=dict)
    declared: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Per project id, values the row declares other than the papers (a plant)."""
    xlsx: bool = False

    def put(self, file: str, paper: Paper, sheet: Sheet, feed: Feed, refeed: bool = False) -> int:
        """Append one scanned side to ``file``; returns its 1-based page number."""
        self.files.setdefault(file, []).append(Spec(paper, sheet, feed, refeed))
        return len(self.files[file])

    def plant(self, code: str, project_id: str | None, file: str, page: int, note: str) -> None:
        self.clean = False
        self.findings.append(TruthFinding(code=code, project_id=project_id, file=file, page=page, note=note))

    # writing ----------------------------------------------------------------------------------
    def write(self, out: Path) -> None:
        folder = out / self.name
        sub = folder / "submission"
        sub.mkdir(parents=True, exist_ok=True)
        scanner, creator = self.rng.choice(SCANNERS)
        when = dt.datetime(
            self.year + 1,
            self.rng.randint(1, 2),
            self.rng.randint(3, 26),
            self.rng.randint(8, 18),
            self.rng.randint(0, 59),
            self.rng.randint(0, 59),
        )
        pages: list[TruthPage] = []
        documents: list[TruthDocument] = []
        printed: dict[str, list[dict[str, Any]]] = {}
        for file, specs in self.files.items():
            doc = fitz.open()
            info: list[dict[str, Any]] = []
            previous: Paper | None = None
            current: TruthDocument | None = None
            for number, spec in enumerate(specs, start=1):
                image, (w, h) = scan(spec.sheet, spec.feed, self.rng)
                page = doc.new_page(width=w, height=h)
                page.insert_image(page.rect, stream=jpeg(image, self.rng.randint(72, 86)))
                if spec.paper is not previous:
                    current = TruthDocument(
                        id=f"D{len(documents) + 1}",
                        file=file,
                        pages=[],
                        type=spec.paper.type,
                        scanned=True,
                        project_id=spec.paper.project_id,
                        fields=dict(spec.paper.fields),
                    )
                    documents.append(current)
                    previous = spec.paper
                assert current is not None
                current.pages.append(number)
                pages.append(
                    TruthPage(file=file, page=number, type=spec.paper.type, document=current.id, scanned=True)
                )
                info.append(
                    {
                        "document": current.id,
                        "lines": spec.sheet.lines,
                        "facts": spec.sheet.facts,
                        "seals": spec.sheet.seals,
                        "blank": spec.sheet.blank,
                        "rotate": spec.feed.rotate,
                        "skew": round(spec.feed.skew, 2),
                        "size_pt": [round(w, 1), round(h, 1)],
                        "paper_mm": list(spec.sheet.size),
                        "colour": spec.feed.colour,
                        "refeed": spec.refeed,
                        "marks": [m for m in ("holes", "staple", "clip") if getattr(spec.feed, m)]
                        + (["crease"] if spec.feed.crease is not None else [])
                        + (["sticky"] if spec.feed.sticky is not None else []),
                    }
                )
            stamp = f"D:{when:%Y%m%d%H%M%S}+08'00'"
            doc.set_metadata(
                {
                    "producer": scanner,
                    "creator": creator,
                    "creationDate": stamp,
                    "modDate": stamp,
                    "title": "",
                    "author": "",
                    "subject": "",
                    "keywords": "",
                }
            )
            target = sub / file
            target.parent.mkdir(parents=True, exist_ok=True)
            doc.save(target, garbage=3, deflate=True, no_new_id=True)
            doc.close()
            printed[file] = info
            when += dt.timedelta(minutes=self.rng.randint(1, 6), seconds=self.rng.randint(0, 59))
        declaration = self.declaration()
        if self.xlsx:
            write_xlsx(declaration, sub / "declaration.xlsx")
        else:
            (sub / "declaration.json").write_text(
                json.dumps(declaration, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        truth = Truth(
            name=self.name,
            seed=self.seed,
            clean=self.clean,
            pages=pages,
            documents=documents,
            findings=self.findings,
        )
        (folder / "truth.json").write_text(
            truth.model_dump_json(by_alias=True, indent=2) + "\n", encoding="utf-8"
        )
        (folder / "printed.json").write_text(
            json.dumps(printed, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )

    def declaration(self) -> dict[str, Any]:
        firm = self.firm
        certs = []
        names = {firm.legal_rep}
        pool = (
            "系统集成项目管理工程师",
            "网络工程师",
            "信息系统项目管理师",
            "信息安全工程师",
            "系统规划与管理师",
        )
        levels = {"信息系统项目管理师": "高级", "系统规划与管理师": "高级"}
        for k in range(self.rng.randint(1, 3)):
            from .world import person

            holder = person(self.rng)
            while holder in names:
                holder = person(self.rng)
            names.add(holder)
            title = pool[(self.seed + k) % len(pool)]
            certs.append(
                {
                    "holder": holder,
                    "certificate": title,
                    "level": levels.get(title, "中级"),
                    "number": f"{self.year - self.rng.randint(1, 6)}{self.rng.randint(10**9, 10**10 - 1)}",
                }
            )
        projects = []
        for deal in self.deals:
            services = sum((deal.fees[k] for k in FEE_KEYS[:6]), Decimal(0))
            row: dict[str, Any] = {
                "id": deal.pid,
                "name": deal.name,
                "client": deal.client,
                "signed_on": deal.signed_on.isoformat(),
                "accepted_on": deal.accepted_on.isoformat(),
                "field": deal.field,
                "location": deal.location,
                "fees": {k: f"{deal.fees[k]:.2f}" for k in FEE_KEYS},
                "services_total": f"{services:.2f}",
                "contract_amount": f"{deal.amount:.2f}",
            }
            row.update(self.declared.get(deal.pid, {}))
            projects.append(row)
        return {
            "enterprise": {
                "name": firm.name,
                "credit_code": firm.code,
                "legal_representative": firm.legal_rep,
                "registered_capital": f"{firm.capital:.2f}",
                "established_on": firm.established.isoformat(),
                "grade": "丁",
                "inspection_year": self.year,
                "staff": {
                    "technical_total": firm.staff,
                    "certified_total": len(certs),
                    "certificates": certs,
                },
            },
            "finance": [
                {
                    "year": self.year,
                    "operating_revenue": f"{self.finance['revenue']:.2f}",
                    "system_integration_revenue": f"{self.finance['si']:.2f}",
                    "net_profit": f"{self.finance['profit']:.2f}",
                }
            ],
            "projects": projects,
        }


def write_xlsx(declaration: dict[str, Any], path: Path) -> None:
    """CONTRACT 1.2: 企业信息 / 经营情况 / 项目汇总, amounts in yuan (headers say 元)."""
    from openpyxl import Workbook

    book = Workbook()
    info = book.active
    assert info is not None
    info.title = "企业信息"
    ent = declaration["enterprise"]
    info.append(["字段", "值"])
    for label, value in (
        ("企业名称", ent["name"]),
        ("统一社会信用代码", ent["credit_code"]),
        ("法定代表人", ent["legal_representative"]),
        ("注册资本", ent["registered_capital"]),
        ("成立日期", ent["established_on"]),
        ("资质等级", ent["grade"]),
        ("年检年度", ent["inspection_year"]),
        ("技术人员总数", ent["staff"]["technical_total"]),
        ("持证人员总数", ent["staff"]["certified_total"]),
    ):
        info.append([label, value])
    fin = book.create_sheet("经营情况")
    fin.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for row in declaration["finance"]:
        fin.append(
            [
                row["year"],
                float(row["operating_revenue"]),
                float(row["system_integration_revenue"]),
                float(row["net_profit"]),
            ]
        )
    sheet = book.create_sheet("项目汇总")
    sheet.append(
        [
            "序号",
            "项目名称",
            "甲方单位",
            "合同签订日期",
            "验收日期",
            "项目所属领域",
            "项目实施地",
            "软件开发费（元）",
            "咨询设计费（元）",
            "集成实施费（元）",
            "运行维护费（元）",
            "数据处理费（元）",
            "运营服务费（元）",
            "软件和信息技术服务费合计（元）",
            "自制硬件费（元）",
            "硬件购置费（元）",
            "软件购置费（元）",
            "其他（元）",
            "合同金额（元）",
        ]
    )
    for n, p in enumerate(declaration["projects"], start=1):
        f = p["fees"]
        sheet.append(
            [n, p["name"], p["client"], p["signed_on"], p["accepted_on"], p["field"], p["location"]]
            + [float(f[k]) for k in FEE_KEYS[:6]]
            + [float(p["services_total"])]
            + [float(f[k]) for k in FEE_KEYS[6:]]
            + [float(p["contract_amount"])]
        )
    book.save(path)
