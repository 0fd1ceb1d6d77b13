"""Writing one filing: attachments (scanned PDFs, born-digital PDFs, JPEGs), declaration, truth.json, printed.json."""

from __future__ import annotations

import io
import json
import random
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from jianzheng.models import Declaration, Truth

from .model import Attachment, Paper
from .scan import digital_pdf, scanned_jpeg, scanned_pdf

FEE_COLUMNS = (
    ("软件开发费", "software_development"),
    ("咨询设计费", "consulting_design"),
    ("集成实施费", "integration_implementation"),
    ("运行维护费", "operation_maintenance"),
    ("数据处理费", "data_processing"),
    ("运营服务费", "operation_service"),
)
GOODS_COLUMNS = (
    ("自制硬件费", "self_made_hardware"),
    ("硬件购置费", "hardware_purchase"),
    ("软件购置费", "software_purchase"),
    ("其他", "other"),
)


@dataclass
class Plant:
    """A finding truth expects: its code, project, and the paper (and page within it) where a reviewer sees it."""

    code: str
    project_id: str | None
    paper: Paper | None = None
    page: int = 1
    note: str = ""


@dataclass
class Output:
    name: str
    seed: int
    declaration: dict[str, Any]
    attachments: list[Attachment]
    plants: list[Plant]
    clean: bool
    xlsx: bool = False
    stamp: str = "20260115100000"
    facts: dict[str, Any] = field(default_factory=dict)


def write(out: Path, filing: Output, rng: random.Random) -> None:
    root = out / filing.name
    if root.exists():
        shutil.rmtree(root)
    sub = root / "submission"
    sub.mkdir(parents=True)
    Declaration.model_validate(filing.declaration)
    if filing.xlsx:
        write_xlsx(sub / "declaration.xlsx", filing.declaration, filing.stamp)
    else:
        (sub / "declaration.json").write_text(
            json.dumps(filing.declaration, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    pages: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    printed: dict[str, Any] = {"files": {}, "documents": {}, "plants": [], "facts": filing.facts}
    where: dict[int, tuple[str, int]] = {}
    doc_no = 0
    for attachment in filing.attachments:
        target = sub / attachment.path
        target.parent.mkdir(parents=True, exist_ok=True)
        sheets = [sheet for paper in attachment.papers for sheet in paper.sheets]
        if attachment.mode == "scan":
            assert attachment.device is not None
            data = scanned_pdf(sheets, attachment.device, rng, filing.stamp)
        elif attachment.mode == "digital":
            data = digital_pdf(sheets, attachment.producer, filing.stamp)
        else:
            assert attachment.device is not None and len(sheets) == 1
            data = scanned_jpeg(sheets[0], attachment.device, rng)
        target.write_bytes(data)
        printed["files"][attachment.path] = [sheet.record() for sheet in sheets]
        page = 1
        for paper in attachment.papers:
            doc_no += 1
            doc_id = f"D{doc_no}"
            numbers = list(range(page, page + len(paper.sheets)))
            where[id(paper)] = (attachment.path, page)
            scanned = attachment.mode != "digital"
            for number in numbers:
                pages.append(
                    {
                        "file": attachment.path,
                        "page": number,
                        "type": paper.type,
                        "document": doc_id,
                        "scanned": scanned,
                    }
                )
            document: dict[str, Any] = {
                "id": doc_id,
                "file": attachment.path,
                "pages": numbers,
                "type": paper.type,
                "scanned": scanned,
                "fields": paper.fields,
            }
            if paper.project_id:
                document["project_id"] = paper.project_id
            documents.append(document)
            printed["documents"][doc_id] = {
                "role": paper.role,
                "project_id": paper.project_id,
                "facts": paper.facts,
            }
            page += len(paper.sheets)
    findings = []
    for plant in filing.plants:
        finding: dict[str, Any] = {"code": plant.code, "note": plant.note}
        if plant.project_id:
            finding["project_id"] = plant.project_id
        if plant.paper is not None:
            path, first = where[id(plant.paper)]
            finding["file"] = path
            finding["page"] = first + plant.page - 1
        findings.append(finding)
        printed["plants"].append(finding)
    truth = {
        "schema": "jianzheng.truth/1",
        "name": filing.name,
        "seed": filing.seed,
        "clean": filing.clean,
        "pages": pages,
        "documents": documents,
        "findings": findings,
    }
    Truth.model_validate(truth)
    (root / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (root / "printed.json").write_text(
        json.dumps(printed, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def _wan(value: str) -> float:
    return float(Decimal(value) / Decimal(10000))


def write_xlsx(path: Path, decl: dict[str, Any], stamp: str = "20260115100000") -> None:
    """The reviewers' workbook: 企业信息, 经营情况 and 项目汇总 (money in 万元, two decimals)."""
    from openpyxl import Workbook

    book = Workbook()
    info = book.active
    assert info is not None
    info.title = "企业信息"
    ent = decl["enterprise"]
    info.append(["字段", "值"])
    for label, value in (
        ("企业名称", ent["name"]),
        ("统一社会信用代码", ent["credit_code"]),
        ("法定代表人", ent["legal_representative"]),
        ("注册资本（元）", float(Decimal(ent["registered_capital"]))),
        ("成立日期", ent["established_on"]),
        ("资质等级", ent["grade"]),
        ("年检年度", ent["inspection_year"]),
        ("技术人员总数", ent["staff"]["technical_total"]),
        ("持证人员总数", ent["staff"]["certified_total"]),
    ):
        info.append([label, value])
    certs = book.create_sheet("管理人员证书")
    certs.append(["序号", "姓名", "证书名称", "等级", "证书编号"])
    for k, cert in enumerate(ent["staff"].get("certificates", []), start=1):
        certs.append([k, cert["holder"], cert["certificate"], cert["level"], cert["number"]])
    money = book.create_sheet("经营情况")
    money.append(["年度", "营业收入（元）", "系统集成收入（元）", "净利润（元）"])
    for row in decl["finance"]:
        money.append(
            [
                row["year"],
                float(row["operating_revenue"]),
                float(row["system_integration_revenue"]),
                float(row["net_profit"]),
            ]
        )
    rows = book.create_sheet("项目汇总")
    headers = ["序号", "项目名称", "甲方单位", "合同签订日期", "验收日期", "项目所属领域", "项目实施地"]
    headers += [f"{label}(万元)" for label, _ in FEE_COLUMNS]
    headers += ["软件和信息技术服务费合计(万元)"]
    headers += [f"{label}(万元)" for label, _ in GOODS_COLUMNS]
    headers += ["合同金额(万元)"]
    rows.append(headers)
    for k, project in enumerate(decl["projects"], start=1):
        fees = project["fees"]
        line: list[Any] = [
            k,
            project["name"],
            project["client"],
            project["signed_on"],
            project["accepted_on"],
            project["field"],
            project["location"],
        ]
        line += [round(_wan(fees[key]), 2) for _, key in FEE_COLUMNS]
        line += [round(_wan(project["services_total"]), 2)]
        line += [round(_wan(fees[key]), 2) for _, key in GOODS_COLUMNS]
        line += [round(_wan(project["contract_amount"]), 2)]
        rows.append(line)
    for sheet in book.worksheets:
        sheet.column_dimensions["A"].width = 18
        sheet.column_dimensions["B"].width = 44
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(_fixed_zip(buffer.getvalue(), stamp))


def _fixed_zip(data: bytes, stamp: str) -> bytes:
    """The workbook with its save time and member times set to ``stamp``, so a seed gives the same bytes."""
    when = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[8:10]}:{stamp[10:12]}:{stamp[12:14]}Z"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                    rb"\g<1>" + when.encode() + rb"\g<2>",
                    content,
                )
            fixed = zipfile.ZipInfo(
                info.filename,
                date_time=(
                    int(stamp[:4]),
                    int(stamp[4:6]),
                    int(stamp[6:8]),
                    int(stamp[8:10]),
                    int(stamp[10:12]),
                    0,
                ),
            )
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, content)
    return out.getvalue()


def read_xlsx(path: Path) -> dict[str, Any]:
    """This family's own reader of its workbook (for the selfcheck): back to the declaration's shape, in yuan."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    info = {str(r[0]): r[1] for r in list(book["企业信息"].iter_rows(values_only=True))[1:]}

    def yuan(value: Any) -> str:
        return f"{(Decimal(str(value)) * 10000).quantize(Decimal('0.01'))}"

    certificates = [
        {"holder": r[1], "certificate": r[2], "level": r[3], "number": str(r[4])}
        for r in list(book["管理人员证书"].iter_rows(values_only=True))[1:]
    ]
    staff = {
        "technical_total": int(info["技术人员总数"]),
        "certified_total": int(info["持证人员总数"]),
        "certificates": certificates,
    }
    enterprise = {
        "name": info["企业名称"],
        "credit_code": info["统一社会信用代码"],
        "legal_representative": info["法定代表人"],
        "registered_capital": f"{Decimal(str(info['注册资本（元）'])):.2f}",
        "established_on": str(info["成立日期"]),
        "grade": info["资质等级"],
        "inspection_year": int(info["年检年度"]),
        "staff": staff,
    }

    def plain(value: Any) -> str:
        return f"{Decimal(str(value)).quantize(Decimal('0.01'))}"

    finance = [
        {
            "year": int(r[0]),
            "operating_revenue": plain(r[1]),
            "system_integration_revenue": plain(r[2]),
            "net_profit": plain(r[3]),
        }
        for r in list(book["经营情况"].iter_rows(values_only=True))[1:]
    ]
    projects = []
    for r in list(book["项目汇总"].iter_rows(values_only=True))[1:]:
        fees = {key: yuan(r[7 + k]) for k, (_, key) in enumerate(FEE_COLUMNS)}
        fees |= {key: yuan(r[14 + k]) for k, (_, key) in enumerate(GOODS_COLUMNS)}
        projects.append(
            {
                "id": f"P{r[0]}",
                "name": r[1],
                "client": r[2],
                "signed_on": str(r[3]),
                "accepted_on": str(r[4]),
                "field": r[5],
                "location": r[6],
                "fees": fees,
                "services_total": yuan(r[13]),
                "contract_amount": yuan(r[18]),
            }
        )
    return {"enterprise": enterprise, "finance": finance, "projects": projects}
