"""Family ``shuanghe``: filings of invented firms in 双河市 (第五师), 博乐市 and 精河县, inspection year 2024.

E-signed contracts with a platform evidence page, contracts photographed page by page, a PDF-viewer screenshot
of an acceptance report, 数电票 as PDFs and scanned printouts, an 电子营业执照 app screenshot, xlsx declarations.
Scenario *i* draws from ``random.Random(seed * 1000 + i)``.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PIL import Image

from jianzheng.models.declaration import FEE_KEYS
from jianzheng.models.document import DocType
from jianzheng.models.finding import Code

from . import camera
from .build import Filing, Part, write_json, write_xlsx
from .contracts import e_contract, paper_contract
from .model import Books, Deal, Firm, Invoice
from .papers import acceptance_report, audit_report, e_invoice, goods_receipt, licence_copy
from .people import CLIENTS, capital, person, plain
from .phone import elicence_screenshot
from .world import (
    AUDIT_FIRMS,
    YEAR,
    code_with,
    declaration,
    make_books,
    make_deal,
    make_firm,
    make_invoices,
    project_row,
    staff,
)

C = {client[0]: i for i, client in enumerate(CLIENTS)}
"""Client index by name."""


# ---------------------------------------------------------------- truth fields


def contract_fields(firm: Firm, deal: Deal, parts: str = "all") -> dict[str, Any]:
    """Fields of a contract document; parts narrows them to what one photographed page shows."""
    f: dict[str, Any] = {}
    if parts in ("all", "cover", "terms"):
        f.update(project_name=deal.name, contract_number=deal.number, party_a=deal.client, party_b=firm.name)
    if parts in ("all", "terms"):
        f.update(contract_amount=plain(deal.amount), amount_in_words=capital(deal.amount))
    if parts in ("all", "cover", "sign"):
        f["signed_on"] = deal.signed.isoformat()
    if parts == "sign":
        f.update(party_a=deal.client, party_b=firm.name)
    if parts in ("all", "fees") and deal.itemised and deal.kind == "service":
        f["fees"] = {k: plain(deal.fees.get(k, Decimal(0))) for k in FEE_KEYS}
    return f


def acceptance_fields(firm: Firm, deal: Deal) -> dict[str, Any]:
    return {
        "project_name": deal.name,
        "party_a": deal.client,
        "party_b": firm.name,
        "accepted_on": deal.accepted.isoformat(),
        "conclusion": "passed" if deal.passed else "failed",
        "has_seal": True,
    }


def invoice_fields(firm: Firm, deal: Deal, inv: Invoice) -> dict[str, Any]:
    return {
        "invoice_number": inv.number,
        "issued_on": inv.issued.isoformat(),
        "buyer": deal.client,
        "seller": firm.name,
        "total_amount": plain(inv.total),
        "qr": inv.qr,
    }


def licence_fields(firm: Firm) -> dict[str, Any]:
    return {
        "company_name": firm.name,
        "credit_code": firm.credit_code,
        "legal_representative": firm.legal_rep,
        "registered_capital": plain(firm.capital),
        "company_type": firm.company_type,
        "established_on": firm.established.isoformat(),
        "valid_until": "长期" if firm.valid_until is None else firm.valid_until.isoformat(),
        "address": firm.address,
    }


# ---------------------------------------------------------------- papers of a filing


def licence(f: Filing, firm: Firm, kind: str, rel: str) -> None:
    part = Part(DocType.business_license, None, licence_fields(firm))
    if kind == "app":
        f.raw(rel, part, camera.png(elicence_screenshot(firm, f.rng)))
        return
    licence_copy(part.doc, firm, f.rng)
    if kind == "pdf":
        f.pdf(rel, [(part, "grey")], dpi=200)
    else:
        f.image(rel, part, 0, kind)


def audit(f: Filing, firm: Firm, books: Books, mode: str, rel: str) -> None:
    audit_firm, abbr = f.rng.choice(AUDIT_FIRMS)
    number = f"{abbr}审字〔{YEAR + 1}〕第{f.rng.randint(12, 460):03d}号"
    part = Part(
        DocType.audit_report,
        None,
        {
            "audit_firm": audit_firm,
            "report_number": number,
            "fiscal_year": YEAR,
            "opinion": "unqualified",
            "operating_revenue": plain(books.revenue),
            "net_profit": plain(books.net_profit),
            "consolidated": False,
        },
    )
    audit_report(
        part.doc, firm, books, f.rng, audit_firm, number, [person(f.rng), person(f.rng), person(f.rng)]
    )
    f.pdf(rel, [(part, mode)], dpi=200)


def contract_part(
    firm: Firm, deal: Deal, rng: random.Random, electronic: bool, style: str, long: bool = False
) -> Part:
    part = Part(DocType.contract, deal.pid, contract_fields(firm, deal))
    if electronic:
        e_contract(part.doc, firm, deal, rng, style)
    else:
        paper_contract(part.doc, firm, deal, rng, long, style)
    return part


def acceptance_part(firm: Firm, deal: Deal, rng: random.Random, style: str, compact: bool = False) -> Part:
    part = Part(DocType.acceptance_report, deal.pid, acceptance_fields(firm, deal))
    if deal.kind == "goods":
        goods_receipt(part.doc, firm, deal, rng, style)
    else:
        acceptance_report(part.doc, firm, deal, rng, style, compact)
    return part


def invoice_parts(firm: Firm, deal: Deal, rng: random.Random) -> list[Part]:
    region = "659007" if "第五师" in deal.client else "652722" if "精河" in deal.client else "652701"
    prefix = "11" if deal.client.endswith(("局", "团", "委员会")) else "12"
    buyer = code_with(rng, prefix, region)
    parts = []
    for inv in deal.invoices:
        part = Part(DocType.invoice, deal.pid, invoice_fields(firm, deal, inv))
        e_invoice(part.doc, firm, deal, inv, buyer)
        parts.append(part)
    return parts


def base(
    f: Filing, city: str, licence_kind: str, licence_rel: str, audit_mode: str, **firm_kw: Any
) -> tuple[Firm, Books]:
    firm = make_firm(f.rng, city, **firm_kw)
    books = make_books(f.rng)
    licence(f, firm, licence_kind, licence_rel)
    audit(
        f,
        firm,
        books,
        audit_mode,
        f.rng.choice(["2024年度审计报告.pdf", "审计报告2024.pdf", "财务审计报告（2024年度）.pdf"]),
    )
    return firm, books


def finish(f: Filing, firm: Firm, books: Books, rows: list[dict[str, Any]], fmt: str = "json") -> None:
    decl = declaration(firm, books, rows, staff(f.rng), f.rng.uniform(0.55, 0.85))
    if fmt == "json":
        write_json(f, decl)
    else:
        write_xlsx(f, decl, fmt)
    f.truth()


# ---------------------------------------------------------------- scenarios


def sh01_shuanghe_esign_clean(f: Filing) -> None:
    r = f.rng
    firm, books = base(f, "双河市", "scan", "营业执照副本.jpg", "text")
    used: set[str] = set()
    p1 = make_deal(r, firm, "P1", C["第五师双河市数据局"], used=used, low=900_000, high=2_600_000)
    make_invoices(r, p1, [r.choice([0.3, 0.4, 0.6])], person(r))
    p2 = make_deal(r, firm, "P2", C["精河县高级中学"], used=used, low=300_000, high=900_000)
    f.pdf("项目1_电子合同.pdf", [(contract_part(firm, p1, r, True, "dash"), "text")])
    f.pdf("项目1_验收报告.pdf", [(acceptance_part(firm, p1, r, "dash"), "grey")])
    f.pdf("项目1_数电票.pdf", [(p, "text") for p in invoice_parts(firm, p1, r)])
    f.pdf(
        "项目2_合同及验收报告.pdf",
        [(contract_part(firm, p2, r, False, "cn"), "grey"), (acceptance_part(firm, p2, r, "cn"), "grey")],
    )
    finish(f, firm, books, [project_row(p1), project_row(p2)])


def sh02_bole_photos_xlsx_clean(f: Filing) -> None:
    r = f.rng
    firm, books = base(f, "博乐市", "app", "电子营业执照.png", "grey")
    used: set[str] = set()
    p1 = make_deal(r, firm, "P1", C["精河县人民医院"], used=used, low=600_000, high=1_900_000)
    p2 = make_deal(r, firm, "P2", C["第五师双河市卫生健康委员会"], used=used, itemised=False)
    paper = Part(DocType.contract, "P1", {})
    paper_contract(paper.doc, firm, p1, r, long=True, style="slash")
    views = ["cover", "terms", "fees", "none", "sign"]
    for i, view in enumerate(views):
        page_part = Part(DocType.contract, "P1", contract_fields(firm, p1, view) if view != "none" else {})
        page_part.doc = paper.doc
        f.image(f"合同照片/合同{i + 1}.jpg", page_part, i, "photo")
    acc = acceptance_part(firm, p1, r, "dash", compact=True)
    f.image("验收报告截图.png", acc, 0, "screenshot")
    f.pdf("P2_电子合同.pdf", [(contract_part(firm, p2, r, True, "slash"), "text")])
    f.pdf("P2_验收报告.pdf", [(acceptance_part(firm, p2, r, "slash"), "colour")])
    finish(f, firm, books, [project_row(p1), project_row(p2)], "元")


def sh03_jinghe_goods_invoices_clean(f: Filing) -> None:
    r = f.rng
    firm, books = base(f, "精河县", "pdf", "营业执照副本.pdf", "text")
    used: set[str] = set()
    p1 = make_deal(r, firm, "P1", C["精河县第一小学"], kind="goods", used=used)
    make_invoices(r, p1, [0.3, r.choice([0.4, 0.45]), r.choice([0.2, 0.25])], person(r))
    p2 = make_deal(r, firm, "P2", C["第五师八十九团"], used=used)
    f.pdf("设备采购合同（电子签章版）.pdf", [(contract_part(firm, p1, r, True, "dash"), "text")])
    f.image("到货验收单.jpg", acceptance_part(firm, p1, r, "dash"), 0, "photo")
    inv = invoice_parts(firm, p1, r)
    f.pdf("发票/数电票1.pdf", [(inv[0], "text")])
    f.pdf("发票/数电票2.pdf", [(inv[1], "text")])
    f.pdf("发票/数电票3（打印件扫描）.pdf", [(inv[2], "printout")], dpi=200)
    f.pdf(
        "八十九团项目合同及验收.pdf",
        [
            (contract_part(firm, p2, r, True, "slash"), "text"),
            (acceptance_part(firm, p2, r, "slash"), "colour"),
        ],
    )
    finish(f, firm, books, [project_row(p1), project_row(p2)])


def sh04_tuanchang_xlsx_wan_clean(f: Filing) -> None:
    r = f.rng
    firm, books = base(f, "双河市", "scan", "营业执照（副本）.jpg", "grey")
    used: set[str] = set()
    p1 = make_deal(r, firm, "P1", C["第五师八十六团"], used=used, step=100, low=800_000, high=2_400_000)
    make_invoices(r, p1, [0.5], person(r))
    p2 = make_deal(r, firm, "P2", C["博乐市第七中学"], used=used, step=100, low=300_000, high=800_000)
    f.pdf("八十六团合同.pdf", [(contract_part(firm, p1, r, True, "slash"), "text")])
    f.pdf("八十六团验收报告.pdf", [(acceptance_part(firm, p1, r, "slash"), "grey")])
    f.pdf("八十六团发票.pdf", [(p, "printout") for p in invoice_parts(firm, p1, r)], dpi=200)
    f.pdf(
        "七中项目资料.pdf",
        [(contract_part(firm, p2, r, False, "cn"), "colour"), (acceptance_part(firm, p2, r, "cn"), "colour")],
    )
    finish(f, firm, books, [project_row(p1), project_row(p2)], "万元")


def sh05_esign_date(f: Filing) -> None:
    r = f.rng
    firm, books = base(f, "双河市", "scan", "营业执照副本.jpg", "text")
    p1 = make_deal(r, firm, "P1", C["第五师双河市公安局"])
    declared = p1.signed + dt.timedelta(days=r.randint(25, 55))
    assert declared < p1.accepted
    f.pdf("公安局项目电子合同.pdf", [(contract_part(firm, p1, r, True, "dash"), "text")])
    f.pdf("公安局项目验收报告.pdf", [(acceptance_part(firm, p1, r, "dash"), "grey")])
    f.plant(
        Code.DATE_MISMATCH,
        "P1",
        "公安局项目电子合同.pdf",
        3,
        f"declared signed_on {declared}; both e-seals stamped {p1.signed} (signature page, evidence report p4)",
    )
    finish(f, firm, books, [project_row(p1, signed=declared)])


def sh06_amount(f: Filing) -> None:
    r = f.rng
    firm, books = base(f, "精河县", "scan", "营业执照.jpg", "grey")
    p1 = make_deal(r, firm, "P1", C["精河县中医医院"], itemised=False)
    declared = ((p1.amount * Decimal(r.uniform(1.08, 1.2))) / 100).quantize(Decimal(1)) * 100
    f.pdf("中医医院项目合同.pdf", [(contract_part(firm, p1, r, True, "dash"), "text")])
    f.pdf("中医医院项目验收报告.pdf", [(acceptance_part(firm, p1, r, "dash"), "colour")])
    f.plant(
        Code.AMOUNT_MISMATCH,
        "P1",
        "中医医院项目合同.pdf",
        1,
        f"declared {plain(declared)}; contract 第二条 states {plain(p1.amount)} in words and figures",
    )
    finish(f, firm, books, [project_row(p1, amount=declared.quantize(Decimal("0.01")))])


def sh07_rectify(f: Filing) -> None:
    r = f.rng
    firm, books = base(f, "博乐市", "scan", "营业执照副本扫描件.jpg", "text")
    used: set[str] = set()
    p1 = make_deal(r, firm, "P1", C["博乐市人民医院"], used=used)
    p1.passed = False
    p1.issues = r.sample(
        [
            "部分接口与医保结算平台联调未完成",
            "系统等级保护测评整改项尚未全部落实",
            "用户操作手册及运维文档不完整",
            "数据迁移后部分历史病历检索响应时间超过合同要求",
            "机房精密空调告警未接入动环监控平台",
        ],
        3,
    )
    p2 = make_deal(r, firm, "P2", C["第五师双河市教育局"], used=used)
    f.pdf("合同.pdf", [(contract_part(firm, p1, r, False, "cn"), "grey")])
    f.pdf("验收报告.pdf", [(acceptance_part(firm, p1, r, "cn"), "grey")])
    f.pdf(
        "教育局项目合同及验收.pdf",
        [(contract_part(firm, p2, r, True, "dash"), "text"), (acceptance_part(firm, p2, r, "dash"), "grey")],
    )
    f.plant(
        Code.ACCEPTANCE_NOT_PASSED,
        "P1",
        "验收报告.pdf",
        2,
        "验收结论：基本合格，限期整改；本次验收暂不予通过",
    )
    finish(f, firm, books, [project_row(p1), project_row(p2)])


def sh08_missing_contract(f: Filing) -> None:
    r = f.rng
    firm, books = base(f, "双河市", "scan", "营业执照副本.jpg", "grey")
    used: set[str] = set()
    p1 = make_deal(r, firm, "P1", C["第五师双河市数据局"], used=used, low=400_000, high=1_000_000)
    p2 = make_deal(r, firm, "P2", C["第五师双河市教育局"], used=used, low=1_400_000, high=2_800_000)
    p3 = make_deal(r, firm, "P3", C["第五师八十九团"], used=used, low=300_000, high=900_000)
    make_invoices(r, p3, [0.6], person(r))
    f.pdf("数据局项目合同.pdf", [(contract_part(firm, p1, r, True, "dash"), "text")])
    f.pdf("数据局项目验收报告.pdf", [(acceptance_part(firm, p1, r, "dash"), "grey")])
    f.pdf("八十九团项目合同.pdf", [(contract_part(firm, p3, r, True, "slash"), "text")])
    f.pdf("八十九团项目发票.pdf", [(p, "text") for p in invoice_parts(firm, p3, r)])
    f.plant(
        Code.PROJECT_EVIDENCE_MISSING,
        "P2",
        None,
        None,
        "P2 (the largest row) has no contract or any paper attached",
    )
    finish(f, firm, books, [project_row(p1), project_row(p2), project_row(p3)])


def sh09_duplicate_photo(f: Filing) -> None:
    r = f.rng
    firm, books = base(f, "精河县", "scan", "营业执照副本.jpg", "text")
    used: set[str] = set()
    p1 = make_deal(r, firm, "P1", C["精河县高级中学"], used=used)
    p2 = make_deal(r, firm, "P2", C["精河县人民医院"], used=used)
    make_invoices(r, p2, [0.4], person(r))
    f.pdf("P1_合同.pdf", [(contract_part(firm, p1, r, True, "dash"), "text")])
    acc = acceptance_part(firm, p1, r, "dash", compact=True)
    f.image("P1_验收报告照片.jpg", acc, 0, "photo")
    f.pdf("P2_合同.pdf", [(contract_part(firm, p2, r, True, "slash"), "text")])
    f.pdf("P2_发票.pdf", [(p, "text") for p in invoice_parts(firm, p2, r)])
    # the same photo, sent again through WeChat for the second project: resized and re-compressed
    first = Image.open(io.BytesIO((f.sub / "P1_验收报告照片.jpg").read_bytes())).convert("RGB")
    w, h = first.size
    scale = r.uniform(0.8, 0.9)
    again = first.resize((round(w * scale), round(h * scale)), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    again.save(buf, format="JPEG", quality=r.randint(62, 70))
    copy = Part(DocType.acceptance_report, "P1", acceptance_fields(firm, p1))
    f.raw("P2_验收报告照片.jpg", copy, buf.getvalue())
    f.plant(
        Code.DUPLICATE_DOCUMENT,
        None,
        "P2_验收报告照片.jpg",
        1,
        "the P1 acceptance photo (P1_验收报告照片.jpg) filed again, resized and re-compressed, for P2",
    )
    finish(f, firm, books, [project_row(p1), project_row(p2)])


def sh10_licence_expired(f: Filing) -> None:
    r = f.rng
    est = dt.date(2004, r.randint(2, 9), r.randint(1, 28))
    firm, books = base(f, "博乐市", "grey", "营业执照副本.jpg", "grey", established=est, term_years=20)
    assert firm.valid_until is not None and firm.valid_until.year == YEAR
    p1 = make_deal(r, firm, "P1", C["博乐市第七中学"])
    make_invoices(r, p1, [0.3], person(r))
    f.pdf("七中项目合同.pdf", [(contract_part(firm, p1, r, True, "dash"), "text")])
    f.pdf(
        "七中项目验收及发票.pdf",
        [
            (acceptance_part(firm, p1, r, "dash"), "colour"),
            *((p, "printout") for p in invoice_parts(firm, p1, r)),
        ],
    )
    f.plant(Code.LICENSE_EXPIRED, None, "营业执照副本.jpg", 1, f"营业期限 ends {firm.valid_until}")
    finish(f, firm, books, [project_row(p1)])


SCENARIOS: tuple[tuple[Callable[[Filing], None], bool], ...] = (
    (sh01_shuanghe_esign_clean, True),
    (sh02_bole_photos_xlsx_clean, True),
    (sh03_jinghe_goods_invoices_clean, True),
    (sh04_tuanchang_xlsx_wan_clean, True),
    (sh05_esign_date, False),
    (sh06_amount, False),
    (sh07_rectify, False),
    (sh08_missing_contract, False),
    (sh09_duplicate_photo, False),
    (sh10_licence_expired, False),
)


def generate(out: Path, seed: int, only: list[str] | None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, (scenario, clean) in enumerate(SCENARIOS, start=1):
        name = scenario.__name__
        if only and name not in only:
            continue
        root = out / name
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(parents=True)
        filing = Filing(name=name, seed=seed, clean=clean, root=root, rng=random.Random(seed * 1000 + index))
        scenario(filing)
        written.append(name)
    return written
