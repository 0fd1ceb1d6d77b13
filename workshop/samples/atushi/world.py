"""Building one filing's world from its spec: the firm and its registration, the books, the audit
reports, the licence papers, the projects, the declaration, and the one planted cause."""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass
from decimal import Decimal

import pymupdf

from jianzheng.models import Certificate, Declaration, Enterprise, Fees, FinanceYear, Project, Staff

from .audit import AuditPlan, draw_report
from .books import Books, make_books
from .filing import Attachment, Filing, Paper, Plant
from .licence import Registration, copy_marks, electronic, gsxt_printout, horizontal, vertical
from .people import (
    CLIENTS,
    PLACES,
    TOPICS,
    AuditFirm,
    Firm,
    cpa_number,
    field_of,
    han_person,
    make_audit_firm,
    make_firm,
    person,
)
from .projects import ProjectPaper, acceptance, contract
from .scanner import ScanStyle, scan
from .sheet import A4, Sheet

YEAR = 2025
"""The inspection year: the 2025 finance year and the projects accepted in it."""

CERTIFICATES = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
)
"""Titles from seed 000's table of valid certificates."""

AUDIT_SCOPE = (
    "审查企业会计报表，出具审计报告；验证企业资本，出具验资报告；办理企业合并、分立、清算事宜中的审计业务，出具有关报告；"
    "基本建设年度财务决算审计；代理记账；会计咨询、税务咨询、管理咨询、会计培训；法律、法规规定的其他业务。"
    "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
)


@dataclass(frozen=True)
class AuditStyle:
    """How one audit report looks and arrives."""

    year: int
    file: str
    unit: str = "元"
    columns: tuple[str, str] = ("本期金额", "上期金额")
    small: bool = False
    delivery: str = "born"
    emphasis: bool = False
    contents: bool = True
    subsegments: bool = False
    cpa_certificates: bool = False
    opinion: str = "unqualified"
    extent: float = 0.5


@dataclass(frozen=True)
class Spec:
    """One scenario: the firm's place and grade, its papers, and the planted cause (None: clean)."""

    name: str
    place: str
    grade: str
    finance_years: tuple[int, ...]
    audits: tuple[AuditStyle, ...]
    licences: tuple[tuple[str, str], ...]
    projects: int
    project_delivery: str
    plant: str | None = None


def _date(rng: random.Random, year: int, months: tuple[int, int]) -> dt.date:
    return dt.date(year, rng.randint(*months), rng.randint(1, 28))


def firm_registration(
    rng: random.Random, firm: Firm, capital_yuan: Decimal, term_end: dt.date | None
) -> Registration:
    region = PLACES[firm.place][0]
    return Registration(
        name=firm.name,
        credit_code=firm.credit_code,
        kind=firm.company_type,
        head_label="法定代表人",
        head=firm.legal_rep,
        capital_label="注册资本",
        capital_yuan=capital_yuan,
        established=firm.established,
        term_end=term_end,
        address_label="住所",
        address=firm.address,
        scope=firm.scope,
        authority=firm.authority,
        issued=_date(rng, rng.randint(2021, 2024), (1, 12)),
        number=f"{region}{rng.randint(10**9, 10**10 - 1)}",
    )


def auditor_registration(rng: random.Random, auditor: AuditFirm) -> Registration:
    partnership = "合伙" in auditor.name
    kind = (
        "特殊普通合伙企业"
        if "特殊普通合伙" in auditor.name
        else "普通合伙企业"
        if partnership
        else "有限责任公司(自然人投资或控股)"
    )
    city_authority = {
        "乌鲁木齐": "乌鲁木齐市市场监督管理局",
        "喀什": "喀什地区市场监督管理局",
        "阿图什": "阿图什市市场监督管理局",
    }
    return Registration(
        name=auditor.name,
        credit_code=auditor.credit_code,
        kind=kind,
        head_label="执行事务合伙人" if partnership else "法定代表人",
        head=auditor.partner,
        capital_label="出资额" if partnership else "注册资本",
        capital_yuan=Decimal(rng.choice([30, 50, 100, 200])) * 10000,
        established=dt.date(*auditor.established),
        term_end=None,
        address_label="主要经营场所" if partnership else "住所",
        address=auditor.address,
        scope=AUDIT_SCOPE,
        authority=city_authority[auditor.city],
        issued=_date(rng, rng.randint(2020, 2024), (1, 12)),
        number=f"6501{rng.randint(10**11, 10**12 - 1)}",
    )


def audit_paper(
    rng: random.Random,
    style: AuditStyle,
    firm: Firm,
    auditor: AuditFirm,
    reg: Registration,
    books: Books,
    clients: list[str],
) -> Paper:
    signed = _date(rng, style.year + 1, (1, 3))
    bracket = rng.choice(["〔{}〕", "[{}]", "（{}）"]).format(signed.year)
    cpas = (han_person(rng), han_person(rng))
    while cpas[1] == cpas[0]:
        cpas = (cpas[0], han_person(rng))
    share = rng.choice([51, 60, 70, 80, 90])
    plan = AuditPlan(
        company=firm,
        short=firm.short,
        auditor=auditor,
        auditor_reg=reg,
        books=books,
        year=style.year,
        unit=style.unit,
        columns=style.columns,
        small=style.small,
        opinion=style.opinion,
        emphasis=style.emphasis,
        report_no=f"{auditor.abbrev}{bracket}第{rng.randint(20, 999):04d}号",
        code="新"
        + str(signed.year)[2:]
        + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8)),
        signed=signed,
        filed=signed + dt.timedelta(days=rng.randint(1, 6)),
        cpas=((cpas[0], cpa_number(rng)), (cpas[1], cpa_number(rng))),
        signers=(firm.legal_rep, han_person(rng), han_person(rng)),
        owners=((firm.legal_rep, share), (person(rng), 100 - share)),
        clients=tuple(clients),
        extent=style.extent,
        contents=style.contents,
        subsegments=style.subsegments,
        cpa_certificates=style.cpa_certificates,
        zero=rng.choice(["", "-"]),
    )
    pages = draw_report(plan, rng)
    field_pages = dict(pages.field_pages)
    if style.opinion == "unqualified":
        field_pages["opinion"] = pages.where["filing_cover"]  # 无保留意见 is printed there only
    return Paper(
        doc_type="audit_report",
        doc=pages.doc,
        sheets=pages.sheets,
        fields=pages.fields,
        field_pages=field_pages,
        raster=style.delivery,
        paper_pages=set(pages.paper_pages),
        marks=dict(pages.where),
        precision="0.01" if style.unit == "元" else "100",
    )


def licence_paper(rng: random.Random, form: str, reg: Registration, firm: Firm) -> Paper:
    doc = pymupdf.open()
    fields: dict[str, object] = dict(reg.truth_fields(scope=form != "electronic"))
    raster = {
        "horizontal": "colour",
        "vertical": rng.choice(["colour", "grey"]),
        "copy": "colour",
        "electronic": "screenshot",
        "gsxt": "born",
    }[form]
    cap_style = rng.choice(["numerals", "wan", "paren"])
    if form == "horizontal":
        sheet = Sheet(doc.new_page(width=A4[1], height=A4[0]), rng)
        horizontal(sheet, reg, cap_style)
    elif form == "vertical":
        sheet = Sheet(doc.new_page(width=A4[0], height=A4[1]), rng)
        vertical(sheet, reg, cap_style)
        if rng.random() < 0.5:
            sheet.rect_seal(300, 700, [f"仅供{YEAR}年度年检使用"], 11, color=(0.15, 0.25, 0.6))
    elif form == "copy":
        inner = pymupdf.open()
        original = Sheet(inner.new_page(width=A4[0], height=A4[1]), rng)
        vertical(original, reg, cap_style)
        page = doc.new_page(width=A4[0], height=A4[1])
        # a grey photocopy of the original, then stamped and signed in colour on top
        copy = scan(original.page, ScanStyle("photocopy", 150, rng.uniform(-0.8, 0.8), 0.4, 80, 3.0), rng)
        page.insert_image(pymupdf.Rect(50, 40, 545, 740), stream=copy)
        sheet = Sheet(page, rng)
        sheet.lines = list(original.lines)
        sheet.stamps = list(original.stamps)
        # the stamps and the signature land across 经营范围, under 营业期限
        copy_marks(sheet, firm.name, firm.legal_rep, f"仅供{YEAR}年度年检使用", 300, rng.uniform(480, 520))
    elif form == "electronic":
        sheet = Sheet(doc.new_page(width=360, height=780), rng)
        electronic(
            sheet,
            reg,
            dt.datetime(
                YEAR + 1,
                rng.randint(1, 2),
                rng.randint(1, 28),
                rng.randint(8, 19),
                rng.randint(0, 59),
                rng.randint(0, 59),
            ),
        )
    else:
        sheet = Sheet(doc.new_page(width=A4[0], height=A4[1]), rng)
        gsxt_printout(
            sheet,
            reg,
            dt.datetime(
                YEAR + 1, rng.randint(1, 2), rng.randint(1, 28), rng.randint(8, 19), rng.randint(0, 59)
            ),
        )
    return Paper("business_license", doc, [sheet], fields, dict.fromkeys(fields, 1), raster=raster)


def _fees(rng: random.Random, total_wan: float) -> dict[str, Decimal]:
    """A contract's fee split, each a multiple of 100 yuan."""
    total = Decimal(int(total_wan * 100)) * 100
    keys = ["software_development", "integration_implementation", "hardware_purchase"]
    keys += rng.sample(["consulting_design", "operation_maintenance", "software_purchase"], rng.randint(0, 2))
    weights = [rng.uniform(0.5, 1.5) for _ in keys]
    weights[keys.index("hardware_purchase")] *= 2
    s = sum(weights)
    fees = {
        k: Decimal(int(total * Decimal(str(w / s)) / 100)) * 100 for k, w in zip(keys, weights, strict=True)
    }
    fees["hardware_purchase"] += total - sum(fees.values(), Decimal(0))
    order = (
        "software_development",
        "consulting_design",
        "integration_implementation",
        "operation_maintenance",
        "hardware_purchase",
        "software_purchase",
    )
    return {k: fees[k] for k in order if k in fees}


LOCATION = {
    "阿图什市": "新疆维吾尔自治区克孜勒苏柯尔克孜自治州阿图什市",
    "阿克陶县": "新疆维吾尔自治区克孜勒苏柯尔克孜自治州阿克陶县",
    "阿合奇县": "新疆维吾尔自治区克孜勒苏柯尔克孜自治州阿合奇县",
    "乌恰县": "新疆维吾尔自治区克孜勒苏柯尔克孜自治州乌恰县",
    "喀什经济开发区": "新疆维吾尔自治区喀什地区喀什市",
}


def project_papers(rng: random.Random, firm: Firm, count: int, grade: str) -> list[ProjectPaper]:
    clients = rng.sample(CLIENTS[firm.place], count)
    out = []
    for i, client in enumerate(clients, start=1):
        topic = rng.choice(TOPICS[field_of(client)])
        total = rng.uniform(260, 420) if grade == "丙" else rng.uniform(45, 160)
        signed = _date(rng, YEAR, (2, 6))
        accepted = signed + dt.timedelta(days=rng.randint(70, 170))
        out.append(
            ProjectPaper(
                pid=f"P{i}",
                name=f"{client}{topic}",
                client=client,
                vendor=firm.name,
                number=f"KZ-{YEAR}-{rng.choice(['XX', 'JC', 'HT'])}{rng.randint(1000, 9999)}",
                fees=_fees(rng, total),
                signed=signed,
                accepted=accepted,
                location=LOCATION[firm.place],
                client_rep=person(rng),
                vendor_rep=firm.legal_rep,
            )
        )
    return out


def project_attachment(rng: random.Random, p: ProjectPaper, delivery: str) -> Attachment:
    doc = pymupdf.open()
    first = Sheet(doc.new_page(width=A4[0], height=A4[1]), rng)
    second = Sheet(doc.new_page(width=A4[0], height=A4[1]), rng)
    pages = contract(first, second, p, rng)
    c = Paper("contract", doc, [first, second], p.contract_fields(), pages, project_id=p.pid, raster=delivery)
    c.field_pages["has_seal"] = 2
    doc2 = pymupdf.open()
    sheet = Sheet(doc2.new_page(width=A4[0], height=A4[1]), rng)
    acceptance(sheet, p, rng, [person(rng) for _ in range(3)])
    fields = p.acceptance_fields()
    a = Paper(
        "acceptance_report",
        doc2,
        [sheet],
        fields,
        dict.fromkeys(fields, 1),
        project_id=p.pid,
        raster=delivery,
    )
    name = rng.choice(
        [f"{p.pid}合同及验收报告.pdf", f"项目{p.pid[1:]}_合同关键页+验收报告.pdf", f"{p.client}项目资料.pdf"]
    )
    return Attachment(name, [c, a])


def staff(rng: random.Random, grade: str) -> Staff:
    technical = {"丙": rng.randint(22, 34), "丁": rng.randint(8, 19)}[grade]
    count = {"丙": rng.randint(5, 7), "丁": rng.randint(2, 4)}[grade]
    certs = []
    for _ in range(count):
        title, level = rng.choice(CERTIFICATES)
        certs.append(
            Certificate(
                holder=person(rng),
                certificate=title,
                level=level,
                number=f"{rng.randint(2012, 2023)}{rng.randint(10**7, 10**8 - 1)}",
            )
        )
    return Staff(technical_total=technical, certified_total=count, certificates=certs)


def build(spec: Spec, seed: int, index: int) -> Filing:
    rng = random.Random(seed * 1000 + index)
    capital_wan = rng.choice([200, 300, 500, 800, 1000])
    expired = spec.plant == "licence_expired"
    if expired:
        established = dt.date(2005, rng.randint(1, 9), rng.randint(2, 28))
        term_end: dt.date | None = dt.date(2025, established.month, established.day - 1)
    else:
        established = _date(rng, rng.randint(2009, 2019), (1, 12))
        term_end = None
    firm = make_firm(rng, spec.place, capital_wan, established)
    auditor = make_audit_firm(rng, (index - 1 + seed) % 12)
    auditor_reg = auditor_registration(rng, auditor)
    declared_capital = Decimal(capital_wan) * 10000
    licence_capital = declared_capital / 2 if spec.plant == "licence_capital" else declared_capital
    reg = firm_registration(rng, firm, licence_capital, term_end)
    years = sorted({*spec.finance_years, *(a.year for a in spec.audits)})
    revenue_wan = rng.uniform(1800, 4200) if spec.grade == "丙" else rng.uniform(700, 2400)
    books = make_books(
        rng, years[0] - 1, years[-1], Decimal(int(revenue_wan * 10000 * 100)) / 100, declared_capital
    )
    projects = project_papers(rng, firm, spec.projects, spec.grade)
    other_clients = [c for place, cs in CLIENTS.items() for c in cs if place != spec.place]
    clients = [p.client for p in projects] + rng.sample(other_clients, 5 - len(projects))
    attachments: list[Attachment] = []
    plants: list[Plant] = []
    licence_papers = []
    for form, file in spec.licences:
        paper = licence_paper(rng, form, reg, firm)
        licence_papers.append(paper)
        attachments.append(Attachment(file, [paper]))
    audit_papers = []
    for k, style_ in enumerate(spec.audits):
        if k:
            # a firm that changed auditors; a firm no other filing of the seed uses (so that its
            # licence copy is never the same page twice in one filing or one corpus)
            auditor = make_audit_firm(rng, (seed + 9 + k) % 12)
            auditor_reg = auditor_registration(rng, auditor)
        paper = audit_paper(rng, style_, firm, auditor, auditor_reg, books, clients)
        audit_papers.append(paper)
        attachments.append(Attachment(style_.file, [paper]))
    for p in projects:
        attachments.append(project_attachment(rng, p, spec.project_delivery))
    finance = []
    for y in spec.finance_years:
        book = books.years[y]
        revenue, si = book.revenue, book.si
        if spec.plant == "prior_year_revenue" and y == YEAR:
            revenue = books.years[y - 1].revenue
            plants.append(
                Plant(
                    "AUDIT_FIGURE_MISMATCH",
                    audit_papers[-1],
                    "income",
                    "营业收入 declared = the 利润表's 上期金额 (last year's column)",
                )
            )
        if spec.plant == "si_total_it" and y == YEAR:
            si = book.si + book.other_it
            plants.append(
                Plant(
                    "AUDIT_FIGURE_MISMATCH",
                    audit_papers[-1],
                    "segment",
                    "系统集成收入 declared = 系统集成 + 其他IT类 of the 附注 table",
                )
            )
        finance.append(
            FinanceYear(
                year=y, operating_revenue=revenue, system_integration_revenue=si, net_profit=book.net_profit
            )
        )
    if spec.plant == "wrong_year":
        plants.append(
            Plant(
                "AUDIT_REPORT_MISSING",
                note=f"the only audit report is for {spec.audits[0].year}; {YEAR} is declared",
            )
        )
    if spec.plant == "qualified":
        plants.append(Plant("AUDIT_OPINION_NOT_CLEAN", audit_papers[-1], "opinion", "保留意见"))
    if spec.plant == "licence_expired":
        plants.append(Plant("LICENSE_EXPIRED", licence_papers[0], 1, f"营业期限 ends {term_end}"))
    if spec.plant == "licence_capital":
        plants.append(
            Plant(
                "LICENSE_FIELD_MISMATCH",
                licence_papers[0],
                1,
                "registered capital on the licence is half the declared",
            )
        )
    declaration = Declaration(
        enterprise=Enterprise(
            name=firm.name,
            credit_code=firm.credit_code,
            legal_representative=firm.legal_rep,
            registered_capital=declared_capital,
            established_on=established,
            grade=spec.grade,
            inspection_year=YEAR,
            staff=staff(rng, spec.grade),
        ),
        finance=finance,
        projects=[
            Project(
                id=p.pid,
                name=p.name,
                client=p.client,
                signed_on=p.signed,
                accepted_on=p.accepted,
                field=field_of(p.client),
                location=p.location,
                fees=Fees(**p.fees),
                services_total=Fees(**p.fees).services_sum(),
                contract_amount=p.amount,
            )
            for p in projects
        ],
    )
    return Filing(spec.name, seed, declaration, attachments, plants)
