"""A filing on disk: the attachments (born digital or scanned), declaration.json, truth.json and
printed.json (what every page prints, for the selfcheck)."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pymupdf

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS

from .facts import Books, Deal, Firm, Paper
from .scanner import ScanSettings, scan

CERTIFICATES = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("数据库系统工程师", "中级"),
)


@dataclass
class Attachment:
    name: str
    """Path under submission/."""
    papers: list[tuple[Paper, bool]]
    """Each paper and whether it is scanned."""
    jpeg: bool = False
    """A single scanned page stored as a JPEG picture, not a PDF."""
    photo: bool = False


@dataclass
class Plant:
    code: str
    project_id: str | None
    paper: Paper | None = None
    sheet: int | None = None
    """Index of the page inside ``paper`` the finding sits on; None: the file, no page."""
    attachment: str | None = None
    """For a finding on a file with no page (ACCEPTANCE_MISSING: the project's file)."""
    note: str = ""


@dataclass
class Filing:
    name: str
    seed: int
    firm: Firm
    books: list[Books]
    deals: list[Deal]
    people: list[str]
    attachments: list[Attachment] = field(default_factory=list)
    plants: list[Plant] = field(default_factory=list)
    grade: str = "丁"
    technical: int = 12

    def declaration(self) -> dict[str, object]:
        certs = [
            {
                "holder": who,
                "certificate": title,
                "level": level,
                "number": f"S{2016 + i}{(i + 3) * 7919 % 100000:05d}",
            }
            for i, (who, (title, level)) in enumerate(zip(self.people, CERTIFICATES, strict=False))
        ]
        return {
            "enterprise": {
                "name": self.firm.org.name,
                "credit_code": self.firm.org.code,
                "legal_representative": self.firm.legal,
                "registered_capital": f"{self.firm.capital:.2f}",
                "established_on": self.firm.established.isoformat(),
                "grade": self.grade,
                "inspection_year": 2025,
                "staff": {
                    "technical_total": self.technical,
                    "certified_total": len(certs),
                    "certificates": certs,
                },
            },
            "finance": [
                {
                    "year": b.year,
                    "operating_revenue": f"{b.revenue:.2f}",
                    "system_integration_revenue": f"{b.integration:.2f}",
                    "net_profit": f"{b.net_profit:.2f}",
                }
                for b in self.books
            ],
            "projects": [_row(deal) for deal in self.deals],
        }


def _row(deal: Deal) -> dict[str, object]:
    fees = {k: f"{deal.fees.get(k, Decimal(0)):.2f}" for k in FEE_KEYS}
    services = sum((deal.fees.get(k, Decimal(0)) for k in SERVICE_FEE_KEYS), Decimal(0))
    return {
        "id": deal.id,
        "name": deal.name,
        "client": deal.client.name,
        "signed_on": deal.declare.get("signed_on", deal.signed).isoformat(),
        "accepted_on": deal.declare.get("accepted_on", deal.accepted).isoformat(),
        "field": deal.client.field,
        "location": f"新疆维吾尔自治区喀什地区{deal.client.county}",
        "fees": fees,
        "services_total": f"{services:.2f}",
        "contract_amount": f"{deal.amount:.2f}",
    }


def write(filing: Filing, out: Path) -> None:
    """Write ``out/<name>/submission/``, ``truth.json`` and ``printed.json``."""
    root = out / filing.name
    if root.exists():
        shutil.rmtree(root)
    sub = root / "submission"
    sub.mkdir(parents=True)
    rng = random.Random(filing.seed * 7 + 3)
    (sub / "declaration.json").write_text(
        json.dumps(filing.declaration(), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    pages: list[dict[str, object]] = []
    documents: list[dict[str, object]] = []
    printed: dict[str, object] = {"files": {}, "documents": {}}
    starts: dict[int, tuple[str, int]] = {}
    for att in filing.attachments:
        path = sub / att.name
        path.parent.mkdir(parents=True, exist_ok=True)
        settings = ScanSettings.draw(rng, photo=att.photo)
        out_doc = pymupdf.open()
        records: list[dict[str, object]] = []
        for paper, scanned in att.papers:
            first = len(records) + 1
            starts[id(paper)] = (att.name, first)
            for sheet in paper.sheets:
                if scanned:
                    jpeg = scan(sheet.page, settings, rng)
                    if att.jpeg:
                        path.write_bytes(jpeg)
                    else:
                        w, h = sheet.size
                        out_doc.new_page(width=w, height=h).insert_image(
                            pymupdf.Rect(0, 0, w, h), stream=jpeg
                        )
                else:
                    out_doc.insert_pdf(sheet.doc)
                records.append(sheet.record() | {"scanned": scanned})
            doc_id = f"D{len(documents) + 1}"
            numbers = list(range(first, len(records) + 1))
            for n in numbers:
                pages.append(
                    {"file": att.name, "page": n, "type": paper.type, "document": doc_id, "scanned": scanned}
                )
            documents.append(
                {
                    "id": doc_id,
                    "file": att.name,
                    "pages": numbers,
                    "type": paper.type,
                    "scanned": scanned,
                    "project_id": paper.project_id,
                    "fields": paper.fields,
                }
            )
            printed["documents"][doc_id] = {  # type: ignore[index]
                "label": paper.label,
                "field_page": {k: first + v for k, v in paper.field_page.items()},
            }
        if not att.jpeg:
            out_doc.subset_fonts()
            out_doc.set_metadata(
                {
                    "producer": "maigaiti sample family",
                    "creator": "Scanner" if any(s for _, s in att.papers) else "WPS Office",
                }
            )
            out_doc.save(path, garbage=3, deflate=True)
        printed["files"][att.name] = {"pages": records, "jpeg": att.jpeg}  # type: ignore[index]
    findings = []
    for plant in filing.plants:
        if plant.paper is not None:
            file, first = starts[id(plant.paper)]
            page = None if plant.sheet is None else first + plant.sheet
        else:
            file, page = plant.attachment or "", None
        item: dict[str, object] = {
            "code": plant.code,
            "project_id": plant.project_id,
            "file": file,
            "note": plant.note,
        }
        if page is not None:
            item["page"] = page
        findings.append(item)
    truth = {
        "schema": "jianzheng.truth/1",
        "name": filing.name,
        "seed": filing.seed,
        "clean": not filing.plants,
        "pages": pages,
        "documents": documents,
        "findings": findings,
    }
    printed["deals"] = [
        {"id": d.id, "signed": d.signed.isoformat(), "accepted": d.accepted.isoformat(), "looks": d.looks}
        for d in filing.deals
    ]
    (root / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2), encoding="utf-8")
    (root / "printed.json").write_text(json.dumps(printed, ensure_ascii=False, indent=1), encoding="utf-8")
