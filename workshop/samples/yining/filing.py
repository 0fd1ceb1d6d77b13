"""Writes one submission: the attachment files (scanned or born digital), declaration.json or
declaration.xlsx, and truth.json beside the submission folder. Truth pages and documents are recorded as the
pages are written, so they cannot drift from the files.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pymupdf

from jianzheng.models import FEE_KEYS, Code, DocType, Truth, TruthDocument, TruthFinding, TruthPage

from . import accept, contract, corp
from .canvas import Sheet, forget, place_stamps_digital
from .model import Filing, Invoice, Project, services_total
from .numerals import money_str, wan
from .scan import SCANNERS, Scanner, scan

Builder = Callable[[pymupdf.Document, random.Random], tuple[list[Sheet], dict[str, Any]]]


@dataclass
class Part:
    doc_type: DocType
    build: Builder
    project: Project | None = None
    tag: str = ""
    """contract, acceptance, invoice, licence, audit"""


@dataclass
class FileSpec:
    path: str
    scanned: bool
    parts: list[Part]
    jpg: bool = False
    when: dt.date = dt.date(2026, 2, 10)


@dataclass
class Written:
    truth_pages: list[TruthPage] = field(default_factory=list)
    documents: list[TruthDocument] = field(default_factory=list)
    where: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)
    """(project id or '-', tag) → (file, first page); (project id, 'tag:mark') → (file, the marked page)"""


def _pdf_date(d: dt.date, rng: random.Random) -> str:
    return f"D:{d:%Y%m%d}{rng.randint(8, 18):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}+08'00'"


def _save(doc: pymupdf.Document, target: Path, rng: random.Random) -> None:
    """Save with a file identifier drawn from the scenario's stream, so a seed gives the same bytes."""
    ident = f"{rng.getrandbits(128):032X}"
    doc.xref_set_key(-1, "ID", f"[<{ident}><{ident}>]")
    doc.save(target, garbage=3, deflate=True, no_new_id=True)


def write_file(root: Path, spec: FileSpec, rng: random.Random, dev: Scanner, out: Written) -> None:
    vec = pymupdf.open()
    built: list[tuple[Part, list[Sheet], dict[str, Any]]] = []
    for part in spec.parts:
        sheets, fields = part.build(vec, rng)
        built.append((part, sheets, fields))
    target = root / spec.path
    target.parent.mkdir(parents=True, exist_ok=True)
    page_no = 1
    for part, sheets, fields in built:
        doc_id = f"D{len(out.documents) + 1}"
        pages = list(range(page_no, page_no + len(sheets)))
        for n in pages:
            out.truth_pages.append(
                TruthPage(file=spec.path, page=n, type=part.doc_type, document=doc_id, scanned=spec.scanned)
            )
        out.documents.append(
            TruthDocument(
                id=doc_id,
                file=spec.path,
                pages=pages,
                type=part.doc_type,
                scanned=spec.scanned,
                project_id=part.project.pid if part.project else None,
                fields=fields,
            )
        )
        pid = part.project.pid if part.project else "-"
        out.where.setdefault((pid, part.tag), (spec.path, page_no))
        for i, sheet in enumerate(sheets):
            for mark in sheet.marks:
                out.where[(pid, f"{part.tag}:{mark}")] = (spec.path, page_no + i)
        page_no += len(sheets)
    sheets_all = [s for _, sheets, _ in built for s in sheets]
    stamp = _pdf_date(spec.when, rng)
    if spec.jpg:
        target.write_bytes(scan(sheets_all[0], rng, dev))
        forget(vec)
        return
    if spec.scanned:
        doc = pymupdf.open()
        for s in sheets_all:
            data = scan(s, rng, dev)
            page = doc.new_page(width=s.w, height=s.h)
            page.insert_image(page.rect, stream=data)
        doc.set_metadata(
            {
                "producer": dev.producer,
                "creator": dev.producer,
                "creationDate": stamp,
                "modDate": stamp,
                "title": "",
                "author": "",
                "subject": "",
                "keywords": "",
            }
        )
        _save(doc, target, rng)
        doc.close()
    else:
        for s in sheets_all:
            place_stamps_digital(s)
        vec.subset_fonts()
        creator = "Microsoft® Word 2019" if spec.parts[0].tag != "invoice" else "电子发票服务平台"
        vec.set_metadata(
            {
                "producer": creator if spec.parts[0].tag != "invoice" else "Suwell OFD Convertor",
                "creator": creator,
                "creationDate": stamp,
                "modDate": stamp,
                "title": "",
                "author": "",
                "subject": "",
                "keywords": "",
            }
        )
        _save(vec, target, rng)
    forget(vec)
    vec.close()


# ---------------------------------------------------------------- which papers go where


def plan(f: Filing, rng: random.Random, licence_jpg: bool, audit_scanned: bool) -> list[FileSpec]:
    files: list[FileSpec] = []
    lic = Part(DocType.business_license, lambda d, r: corp.licence(d, r, f), tag="licence")
    files.append(
        FileSpec(
            "营业执照副本.jpg" if licence_jpg else "营业执照.pdf",
            True,
            [lic],
            jpg=licence_jpg,
            when=dt.date(2026, 1, rng.randint(6, 25)),
        )
    )
    aud = Part(DocType.audit_report, lambda d, r: corp.audit_report(d, r, f), tag="audit")
    files.append(
        FileSpec(
            f"{f.year}年度审计报告.pdf",
            audit_scanned,
            [aud],
            when=f.audit.date + dt.timedelta(days=rng.randint(0, 3)),
        )
    )
    for p in f.projects:
        maker = (
            contract.procurement_contract if p.contract_layout == "procurement" else contract.cover_contract
        )
        con = Part(DocType.contract, (lambda pp, mk: lambda d, r: mk(d, r, f, pp))(p, maker), p, "contract")
        acc: Part | None = None
        if p.acceptance != "none":
            am = accept.report if p.acceptance == "report" else accept.opinion
            acc = Part(
                DocType.acceptance_report,
                (lambda pp, mk: lambda d, r: mk(d, r, f, pp))(p, am),
                p,
                "acceptance",
            )
        short = p.name if len(p.name) <= 22 else p.name[:22]
        if p.contract_digital:
            files.append(FileSpec(f"{p.pid}_{short}_电子合同.pdf", False, [con], when=p.signed))
            if acc:
                files.append(
                    FileSpec(
                        f"{p.pid}_{short}_验收报告.pdf",
                        True,
                        [acc],
                        when=p.accepted + dt.timedelta(days=rng.randint(2, 30)),
                    )
                )
        else:
            parts = [con] + ([acc] if acc else [])
            name = rng.choice(
                (
                    f"{p.pid}_{short}合同及验收资料.pdf",
                    f"{p.pid}_合同关键页+验收报告.pdf",
                    f"SKM_C300i{26}{rng.randint(1, 2):02d}{rng.randint(10, 28)}{rng.randint(100000, 199999)}.pdf",
                )
            )
            if not acc:
                name = f"{p.pid}_{short}合同.pdf"
            files.append(FileSpec(name, True, parts, when=dt.date(2026, 1, rng.randint(5, 28))))
        for inv in p.invoices:
            ip = Part(
                DocType.invoice,
                (lambda pp, ii: lambda d, r: corp.invoice(d, r, f, pp, ii))(p, inv),
                p,
                "invoice",
            )
            files.append(FileSpec(f"发票/{p.pid}_{inv.number}.pdf", False, [ip], when=inv.issued))
    return files


def write(
    f: Filing,
    out_dir: Path,
    rng: random.Random,
    *,
    licence_jpg: bool,
    audit_scanned: bool,
    decl: str,
    seed: int,
    plant: tuple[Code, str | None, str, str] | None,
) -> Truth:
    """Write SET/<name>/submission and SET/<name>/truth.json; ``plant`` = (code, project id, where, note) with
    ``where`` a paper tag (its first page) or ``tag:mark`` (the page a paper marked, e.g. contract:amount)."""
    sub = out_dir / f.name / "submission"
    sub.mkdir(parents=True, exist_ok=True)
    dev = rng.choice(SCANNERS)
    written = Written()
    for spec in plan(f, rng, licence_jpg, audit_scanned):
        write_file(sub, spec, rng, dev, written)
    if decl == "xlsx":
        write_xlsx(f, sub / "declaration.xlsx")
    else:
        (sub / "declaration.json").write_text(
            json.dumps(declaration(f), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    findings: list[TruthFinding] = []
    if plant:
        code, pid, tag, note = plant
        file, page = written.where[(pid or "-", tag)]
        findings.append(TruthFinding(code=code, project_id=pid, file=file, page=page, note=note))
    truth = Truth(
        name=f.name,
        seed=seed,
        clean=plant is None,
        pages=written.truth_pages,
        documents=written.documents,
        findings=findings,
    )
    (out_dir / f.name / "truth.json").write_text(
        json.dumps(truth.model_dump(mode="json", by_alias=True), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    return truth


# ---------------------------------------------------------------- declaration


def declaration(f: Filing) -> dict[str, Any]:
    dot = f.dots["declaration"]
    firm = f.firm
    a = f.audit
    return {
        "enterprise": {
            "name": firm.name,
            "credit_code": firm.code,
            "legal_representative": firm.legal.name(dot),
            "registered_capital": money_str(Decimal(firm.capital_wan) * 10000),
            "established_on": firm.established,
            "grade": f.grade,
            "inspection_year": f.year,
            "staff": {
                "technical_total": f.staff.technical_total,
                "certified_total": len(f.staff.certificates),
                "certificates": [
                    {"holder": h.name(dot), "certificate": t, "level": lv, "number": n}
                    for h, t, lv, n in f.staff.certificates
                ],
            },
        },
        "finance": [
            {
                "year": f.year,
                "operating_revenue": money_str(a.revenue),
                "system_integration_revenue": money_str(a.si_revenue),
                "net_profit": money_str(a.net_profit),
            }
        ],
        "projects": [project_row(p) for p in f.projects],
    }


def project_row(p: Project) -> dict[str, Any]:
    fees = p.decl_fees
    return {
        "id": p.pid,
        "name": p.name,
        "client": p.declared_client,
        "signed_on": p.signed.isoformat(),
        "accepted_on": p.accepted.isoformat(),
        "field": p.client.field,
        "location": p.location,
        "fees": {k: money_str(fees[k]) for k in FEE_KEYS},
        "services_total": money_str(services_total(fees)),
        "contract_amount": money_str(p.decl_amount),
    }


XLSX_HEADS = (
    "序号",
    "项目名称",
    "甲方单位",
    "合同签订日期",
    "验收日期",
    "项目所属领域",
    "项目实施地",
    "软件开发费（万元）",
    "咨询设计费（万元）",
    "集成实施费（万元）",
    "运行维护费（万元）",
    "数据处理费（万元）",
    "运营服务费（万元）",
    "软件和信息技术服务费合计（万元）",
    "自制硬件费（万元）",
    "硬件购置费（万元）",
    "软件购置费（万元）",
    "其他（万元）",
    "合同金额（万元）",
)


def write_xlsx(f: Filing, path: Path) -> None:
    """declaration.xlsx as reviewers export it (CONTRACT 1.2); project money in 万元 with two decimals."""
    decl = declaration(f)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    ent = decl["enterprise"]
    ws.append(["字段", "值"])
    for label, value in (
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
        ws.append([label, value])
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
    pj = wb.create_sheet("项目汇总")
    pj.append(list(XLSX_HEADS))
    for i, row in enumerate(decl["projects"], start=1):
        fees = row["fees"]
        money = (
            [fees[k] for k in FEE_KEYS[:6]]
            + [row["services_total"]]
            + [fees[k] for k in FEE_KEYS[6:]]
            + [row["contract_amount"]]
        )
        pj.append(
            [
                i,
                row["name"],
                row["client"],
                row["signed_on"],
                row["accepted_on"],
                row["field"],
                row["location"],
            ]
            + [float(wan(Decimal(m))) for m in money]
        )
    certs = wb.create_sheet("持证人员")
    certs.append(["姓名", "证书名称", "级别", "证书编号"])
    for c in ent["staff"]["certificates"]:
        certs.append([c["holder"], c["certificate"], c["level"], c["number"]])
    fixed = dt.datetime(2026, 2, 12, 10, 30, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    # the zip entries carry the time of writing: rewrite them with the fixed time so a seed gives the same bytes
    with (
        zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=fixed.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the saving time as 'modified'
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-02-12T10:30:00Z", data)
            dst.writestr(entry, data)


def read_xlsx(path: Path) -> dict[str, Any]:
    """Read declaration.xlsx back into the JSON shape (万元 columns to yuan), for the selfcheck."""
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    info = {str(r[0]): r[1] for r in wb["企业信息"].iter_rows(min_row=2, values_only=True)}
    certs = [
        {"holder": r[0], "certificate": r[1], "level": r[2], "number": r[3]}
        for r in wb["持证人员"].iter_rows(min_row=2, values_only=True)
    ]
    finance = [
        {
            "year": int(r[0]),
            "operating_revenue": f"{Decimal(str(r[1])):.2f}",
            "system_integration_revenue": f"{Decimal(str(r[2])):.2f}",
            "net_profit": f"{Decimal(str(r[3])):.2f}",
        }
        for r in wb["经营情况"].iter_rows(min_row=2, values_only=True)
    ]
    projects = []
    for r in wb["项目汇总"].iter_rows(min_row=2, values_only=True):
        vals = [Decimal(str(v)) * 10000 for v in r[7:]]
        fees = dict(zip(FEE_KEYS[:6], vals[:6], strict=True)) | dict(
            zip(FEE_KEYS[6:], vals[7:11], strict=True)
        )
        projects.append(
            {
                "id": f"P{r[0]}",
                "name": r[1],
                "client": r[2],
                "signed_on": r[3],
                "accepted_on": r[4],
                "field": r[5],
                "location": r[6],
                "fees": {k: f"{v:.2f}" for k, v in fees.items()},
                "services_total": f"{vals[6]:.2f}",
                "contract_amount": f"{vals[11]:.2f}",
            }
        )
    return {
        "enterprise": {
            "name": info["企业名称"],
            "credit_code": info["统一社会信用代码"],
            "legal_representative": info["法定代表人"],
            "registered_capital": info["注册资本（元）"],
            "established_on": info["成立日期"],
            "grade": info["资质等级"],
            "inspection_year": int(info["年检年度"]),
            "staff": {
                "technical_total": int(info["技术人员总数"]),
                "certified_total": int(info["持证人员总数"]),
                "certificates": certs,
            },
        },
        "finance": finance,
        "projects": projects,
    }


__all__ = ["Invoice", "declaration", "plan", "read_xlsx", "write", "write_xlsx"]
