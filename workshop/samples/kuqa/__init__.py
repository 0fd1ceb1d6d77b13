"""kuqa: filings of firms in 库车市 / 沙雅县 / 新和县 (阿克苏地区), inspection year 2024.

科技部 技术服务 / 技术开发（委托） contracts with the 技术合同登记 stamp, 运维服务合同 with a quarterly fee,
验收意见 letters, third-party 软件测试报告 + 验收确认单, paper 增值税专用发票, all through one sheet-fed
scanner (300 dpi grey as RGB JPEG). Scenario *i* draws from ``random.Random(seed * 1000 + i)``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import acceptance, contracts, corp
from .filing import Attachment, Filing, Plant, write
from .model import Deal, Paper
from .scan import draw_scanner
from .world import (
    CLIENTS,
    COUNTIES,
    FEN,
    RECOGNISED,
    TEST_CENTRES,
    Client,
    Firm,
    between,
    client_address,
    credit_code,
    make_firm,
    money,
    person,
    workday,
)

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
SERVICE_KEYS = FEE_KEYS[:6]

_KIND_WORDS = {"service": ("技术服务",), "develop": ("技术开发",), "om": ("运维服务", "运行维护服务")}


# ---------------------------------------------------------------- deals


def _amount(rng: random.Random, lo: int, hi: int, exact: bool) -> Decimal:
    value = Decimal(rng.randint(lo, hi))
    if exact:
        return value + Decimal(rng.randint(0, 99)) / 100
    return (value / 100).quantize(Decimal(1)) * 100


def _pick_client(rng: random.Random, kind: str, county: str | None, used: set[str]) -> tuple[Client, str]:
    pool = [
        (cl, stem)
        for cl in CLIENTS
        for stem in cl.projects
        if any(w in stem for w in _KIND_WORDS[kind])
        and cl.name not in used
        and (county is None or county in cl.location)
    ]
    if not pool:
        pool = [
            (cl, s)
            for cl in CLIENTS
            for s in cl.projects
            if any(w in s for w in _KIND_WORDS[kind]) and cl.name not in used
        ]
    client, stem = rng.choice(pool)
    used.add(client.name)
    return client, stem


def _system(stem: str) -> str:
    for word in ("技术开发", "技术服务", "运行维护服务", "运维服务"):
        stem = stem.replace(word, "")
    stem = stem.replace("（一期）", "")
    return stem if stem.endswith(("系统", "平台", "）")) else stem + "系统"


def make_deal(
    rng: random.Random,
    pid: str,
    kind: str,
    firm: Firm,
    used: set[str],
    *,
    county: str | None = None,
    acceptance_kind: str = "letter",
    in_wan: bool = False,
    invoices: int = 2,
    client_name: str | None = None,
) -> Deal:
    if client_name:
        client = next(c for c in CLIENTS if c.name == client_name)
        stem = rng.choice([s for s in client.projects if any(w in s for w in _KIND_WORDS[kind])])
        used.add(client.name)
    else:
        client, stem = _pick_client(rng, kind, county, used)
    name = f"{client.short}{stem}项目"
    fees = dict.fromkeys(FEE_KEYS, Decimal(0))
    if kind == "om":
        quarter = (
            Decimal(rng.randint(3, 12) * 10000)
            if in_wan
            else _amount(rng, 45_000, 160_000, rng.random() < 0.5)
        )
        if not in_wan and rng.random() < 0.5:
            quarter += Decimal(rng.choice((25, 50, 75))) / 100
        amount = quarter * 4
        signed = dt.date(2024, 1, rng.randint(2, 10))
        start, end = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
        accepted = workday(dt.date(2024, 12, rng.randint(16, 24)))
        fees["operation_maintenance"] = amount
        instalments: list[tuple[str, int]] = []
    else:
        signed = workday(between(rng, dt.date(2024, 2, 20), dt.date(2024, 6, 28)))
        start = signed
        end = signed + dt.timedelta(days=rng.randint(110, 170))
        accepted = workday(min(end + dt.timedelta(days=rng.randint(3, 20)), dt.date(2024, 12, 18)))
        if kind == "develop":
            exact = rng.random() < 0.5
            fees["software_development"] = _amount(rng, 600_000, 2_200_000, exact)
            fees["integration_implementation"] = _amount(rng, 80_000, 400_000, False)
            fees["hardware_purchase"] = _amount(rng, 150_000, 1_200_000, exact)
            if rng.random() < 0.6:
                fees["software_purchase"] = _amount(rng, 50_000, 300_000, False)
            amount = sum(fees.values(), Decimal(0))
            instalments = rng.choice(
                (
                    [("合同签订后十五个工作日内", 30), ("系统部署上线试运行后", 40), ("项目通过验收后", 30)],
                    [
                        ("合同签订后十个工作日内", 20),
                        ("完成系统开发并通过初验后", 50),
                        ("项目通过终验后", 30),
                    ],
                )
            )
        else:
            amount = _amount(rng, 380_000, 1_800_000, rng.random() < 0.5)
            fees["integration_implementation"] = amount
            instalments = rng.choice(
                (
                    [("合同签订后十五个工作日内", 30), ("服务中期经甲方确认后", 40), ("项目通过验收后", 30)],
                    [("合同签订后十个工作日内", 50), ("项目通过验收后", 50)],
                    [("合同签订后十五个工作日内", 40), ("项目通过验收后", 60)],
                )
            )
    centre = rng.choice(TEST_CENTRES)
    county_name = next(c.name for c in COUNTIES if c.name in client.location)
    deal = Deal(
        pid=pid,
        kind=kind,
        name=name,
        client=client,
        client_rep=person(rng),
        client_contact=person(rng),
        client_address=client_address(rng, client),
        amount=amount,
        signed=signed,
        accepted=accepted,
        declared_accepted=accepted,
        fees=fees,
        acceptance=acceptance_kind,
        in_wan=in_wan,
        reg_no=(
            f"2024{firm.county.region}0{rng.randint(1, 9999999):07d}"
            if kind != "om" and rng.random() < 0.85
            else ""
        ),
        number="",
        place=f"新疆阿克苏地区{county_name}",
        service_start=start,
        service_end=end,
        instalments=instalments,
        test_centre=centre,
        test_report_no=f"{centre[1]}-2024-RT-{rng.randint(30, 980):04d}",
        test_issued=workday(accepted - dt.timedelta(days=rng.randint(4, 12))),
        system=_system(f"{client.short}{stem}"),
    )
    if kind == "om":
        deal.number = (
            f"KCYW-2024-{rng.randint(1, 180):03d}"
            if "库车" in county_name
            else f"YW{rng.randint(2024001, 2024180)}"
        )
    deal.invoices = _invoice_plan(rng, deal, invoices)
    return deal


def _invoice_plan(rng: random.Random, deal: Deal, count: int) -> list[tuple[dt.date, Decimal]]:
    if count == 0:
        return []
    if deal.kind == "om":
        quarter = deal.amount / 4
        ends = (dt.date(2024, 3, 25), dt.date(2024, 6, 24), dt.date(2024, 9, 23), dt.date(2024, 12, 20))
        return [
            (workday(ends[k] + dt.timedelta(days=rng.randint(0, 4))), quarter) for k in range(min(count, 4))
        ]
    parts = contracts._instalment_amounts(deal)
    dates = []
    for k in range(len(parts)):
        if k == 0:
            dates.append(workday(deal.signed + dt.timedelta(days=rng.randint(8, 25))))
        elif k == len(parts) - 1:
            dates.append(workday(deal.accepted + dt.timedelta(days=rng.randint(3, 20))))
        else:
            dates.append(workday(deal.signed + (deal.accepted - deal.signed) / 2))
    return [(dates[k], parts[k][2]) for k in range(min(count, len(parts)))]


# ---------------------------------------------------------------- papers of a deal


def contract_paper(rng: random.Random, deal: Deal, firm: Firm) -> Paper:
    paper = Paper("contract", deal.pid, {}, rng)
    if deal.kind == "om":
        contracts.om_contract(deal, firm, paper)
    else:
        contracts.tech_contract(deal, firm, paper)
    return paper


def acceptance_papers(rng: random.Random, deal: Deal, firm: Firm) -> list[Paper]:
    if deal.acceptance == "letter":
        paper = Paper("acceptance_report", deal.pid, {}, rng)
        acceptance.letter(deal, firm, paper)
        return [paper]
    report = Paper("acceptance_report", deal.pid, {}, rng)
    acceptance.test_report(deal, firm, report)
    out = [report]
    if deal.confirm:
        confirm = Paper("acceptance_report", deal.pid, {}, rng)
        acceptance.confirmation(deal, firm, confirm)
        out.append(confirm)
    return out


def invoice_papers(rng: random.Random, deal: Deal, firm: Firm) -> list[Paper]:
    out = []
    kind = "医疗" if deal.client.kind in ("hospital", "school") else "机关"
    buyer_code = credit_code(
        rng,
        next(c.region for c in COUNTIES if c.name in deal.client.location),
        "12" if kind == "医疗" else "11",
    )
    item = {
        "om": "*信息技术服务*运行维护服务费",
        "develop": "*研发和技术服务*技术开发费",
        "service": "*信息技术服务*技术服务费",
    }[deal.kind]
    for issued, total in deal.invoices:
        paper = Paper("invoice", deal.pid, {}, rng)
        corp.invoice(
            paper,
            seller=firm,
            buyer=deal.client.name,
            buyer_code=buyer_code,
            buyer_address=deal.client_address,
            item=item,
            total=total,
            issued=issued,
            project=deal.name,
        )
        out.append(paper)
    return out


# ---------------------------------------------------------------- declaration


def _row(deal: Deal, declared_fees: dict[str, Decimal] | None = None) -> dict[str, Any]:
    fees = declared_fees or deal.fees
    services = sum((fees[k] for k in SERVICE_KEYS), Decimal(0))
    total = sum(fees.values(), Decimal(0))
    if deal.in_wan:
        # a row of whole 万元 figures, typed as JSON integers (yuan)
        return {
            "id": deal.pid,
            "name": deal.name,
            "client": deal.client.name,
            "signed_on": deal.signed.isoformat(),
            "accepted_on": deal.declared_accepted.isoformat(),
            "field": deal.client.field,
            "location": deal.client.location,
            "fees": {k: int(v) for k, v in fees.items()},
            "services_total": int(services),
            "contract_amount": int(total),
        }
    return {
        "id": deal.pid,
        "name": deal.name,
        "client": deal.client.name,
        "signed_on": deal.signed.isoformat(),
        "accepted_on": deal.declared_accepted.isoformat(),
        "field": deal.client.field,
        "location": deal.client.location,
        "fees": {k: money(v) for k, v in fees.items()},
        "services_total": money(services),
        "contract_amount": money(total),
    }


def declaration(
    rng: random.Random,
    firm: Firm,
    books: corp.Books,
    rows: list[dict[str, Any]],
    grade: str,
) -> dict[str, Any]:
    certified = rng.randint(5, 7) if grade == "丙" else rng.randint(1, 4)
    technical = rng.randint(21, 28) if grade == "丙" else rng.randint(8, 18)
    certs = []
    for _ in range(certified):
        title, level = rng.choice(RECOGNISED)
        certs.append(
            {
                "holder": person(rng),
                "certificate": title,
                "level": level,
                "number": f"{rng.choice(('S', 'R'))}{rng.randint(2016, 2023)}{rng.randint(10**9, 10**10 - 1)}",
            }
        )
    return {
        "enterprise": {
            "name": firm.name,
            "credit_code": firm.credit_code,
            "legal_representative": firm.legal_rep,
            "registered_capital": money(firm.capital),
            "established_on": firm.established.isoformat(),
            "grade": grade,
            "inspection_year": 2024,
            "staff": {"technical_total": technical, "certified_total": certified, "certificates": certs},
        },
        "finance": [
            {
                "year": 2024,
                "operating_revenue": money(books.revenue),
                "system_integration_revenue": money(books.si_revenue),
                "net_profit": money(books.net_profit),
            }
        ],
        "projects": rows,
    }


# ---------------------------------------------------------------- assembling a filing


def _scan_name(rng: random.Random, t: dt.datetime, model: str) -> str:
    t = t + dt.timedelta(minutes=rng.randint(0, 600), seconds=rng.randint(0, 59))
    if model.startswith("PaperStream"):
        return f"{t:%Y%m%d%H%M%S}.pdf"
    if model.startswith("Canon"):
        return f"{t:%Y%m%d_%H%M%S}.pdf"
    if model.startswith("Epson"):
        return f"img{t:%Y%m%d_%H%M%S}.pdf"
    return f"扫描件{t:%m%d%H%M}.pdf"


def assemble(
    name: str,
    seed: int,
    rng: random.Random,
    firm: Firm,
    deals: list[Deal],
    grade: str = "丁",
    declared_fees: dict[str, dict[str, Decimal]] | None = None,
) -> tuple[Filing, dict[str, list[Paper]]]:
    """The standard filing: licence JPEG, born-digital audit, one scan per project (contract + acceptance),
    one scan of each project's invoices. Returns the filing and each project's papers by role."""
    scanner = draw_scanner(rng)
    projects_total = sum((d.amount for d in deals), Decimal(0))
    books = corp.make_books(rng, projects_total)
    rows = [_row(d, (declared_fees or {}).get(d.pid)) for d in deals]
    decl = declaration(rng, firm, books, rows, grade)
    filing = Filing(name, seed, rng, firm, scanner, decl, deals=deals)
    lic = Paper("business_license", None, {}, rng)
    corp.licence(firm, lic, between(rng, dt.date(2021, 3, 1), dt.date(2023, 12, 20)))
    audit = Paper("audit_report", None, {}, rng, born_digital=True)
    corp.audit_report(firm, books, audit, rng)
    filing.attachments.append(
        Attachment(rng.choice(("营业执照副本.jpg", "营业执照.jpg", "执照副本扫描.jpg")), [lic], jpeg=True)
    )
    filing.attachments.append(Attachment("2024年度审计报告.pdf", [audit], scanned=False))
    t = dt.datetime(2025, 3, rng.randint(3, 20), rng.randint(9, 11), rng.randint(0, 59))
    filing.stamp = t
    roles: dict[str, list[Paper]] = {}
    for deal in deals:
        contract = contract_paper(rng, deal, firm)
        accepts = acceptance_papers(rng, deal, firm)
        roles[f"{deal.pid}.contract"] = [contract]
        roles[f"{deal.pid}.acceptance"] = accepts
        filing.attachments.append(Attachment(_scan_name(rng, t, scanner.model), [contract, *accepts]))
        invoices = invoice_papers(rng, deal, firm)
        roles[f"{deal.pid}.invoices"] = invoices
        if invoices:
            filing.attachments.append(Attachment(f"发票/{deal.pid}_增值税专用发票.pdf", invoices))
    return filing, roles


# ---------------------------------------------------------------- scenarios


def kq01_kuche_service_clean(seed: int, rng: random.Random) -> Filing:
    """库车市 firm: 技术服务合同 (registered, stamp on the cover) + 验收意见 + two 专票; a hospital 运维服务合同
    (annual fee paid quarterly) + 验收意见 + two quarterly 专票."""
    firm = make_firm(rng, COUNTIES[0])
    used: set[str] = set()
    p1 = make_deal(rng, "P1", "service", firm, used, county="库车市", invoices=2)
    p2 = make_deal(
        rng,
        "P2",
        "om",
        firm,
        used,
        invoices=2,
        client_name=rng.choice(("库车市人民医院", "库车市维吾尔医医院")),
    )
    filing, _ = assemble("kq01_kuche_service_clean", seed, rng, firm, [p1, p2])
    return filing


def kq02_shaya_develop_test_clean(seed: int, rng: random.Random) -> Filing:
    """沙雅县 firm, grade 丙: 技术开发（委托）合同 with its 经费构成 table + CMA 软件测试报告 + 验收确认单 + three
    专票 adding up to the contract; a 技术服务合同 + 测试报告 + 确认单 + one 专票."""
    firm = make_firm(rng, COUNTIES[1])
    used: set[str] = set()
    p1 = make_deal(rng, "P1", "develop", firm, used, county="沙雅县", acceptance_kind="test", invoices=3)
    p2 = make_deal(rng, "P2", "service", firm, used, acceptance_kind="test", invoices=1)
    # grade 丙 needs 500万 of projects in the period
    while p1.amount + p2.amount < Decimal(5_000_000):
        p1.fees["hardware_purchase"] += Decimal(500_000)
        p1.amount += Decimal(500_000)
    p1.invoices = _invoice_plan(rng, p1, 3)
    filing, _ = assemble("kq02_shaya_develop_test_clean", seed, rng, firm, [p1, p2], grade="丙")
    return filing


def kq03_xinhe_wan_clean(seed: int, rng: random.Random) -> Filing:
    """新和县 firm: the 县人民政府办公室's 运维服务合同 in whole 万元 (printed ¥120.00万元, quarterly ¥30.00万元,
    declared as JSON integers in 元) + 验收意见 + two 专票; a 技术开发合同 + 验收意见 + one 专票."""
    firm = make_firm(rng, COUNTIES[2])
    used: set[str] = set()
    p1 = make_deal(rng, "P1", "om", firm, used, in_wan=True, invoices=2, client_name="新和县人民政府办公室")
    p2 = make_deal(rng, "P2", "develop", firm, used, county="新和县", invoices=1)
    filing, _ = assemble("kq03_xinhe_wan_clean", seed, rng, firm, [p1, p2])
    return filing


def kq04_kuche_resaved_clean(seed: int, rng: random.Random) -> Filing:
    """库车市 firm, a school: 技术服务合同 + 测试报告 + 确认单 + two 专票, every scanned page JPEG-saved twice at
    quality 55–60 with a wide edge shadow."""
    firm = make_firm(rng, COUNTIES[0])
    used: set[str] = set()
    p1 = make_deal(
        rng, "P1", "service", firm, used, acceptance_kind="test", invoices=2, client_name="库车市第二中学"
    )
    filing, _ = assemble("kq04_kuche_resaved_clean", seed, rng, firm, [p1])
    sc = filing.scanner
    filing.scanner = type(sc)(
        **{**sc.__dict__, "quality": rng.randint(55, 60), "resave": 1.0, "shadow_px": rng.randint(60, 80)}
    )
    return filing


def kq05_words_mismatch(seed: int, rng: random.Random) -> Filing:
    """The 技术服务合同's 报酬 article prints figures equal to the row but capital numerals for another amount."""
    firm = make_firm(rng, rng.choice(COUNTIES))
    used: set[str] = set()
    p1 = make_deal(rng, "P1", "service", firm, used, invoices=1)
    p1.words_amount = p1.amount + Decimal(rng.choice((-1, 1)) * rng.choice((10_000, 30_000, 100_000)))
    p2 = make_deal(rng, "P2", "om", firm, used, invoices=2)
    filing, roles = assemble("kq05_words_mismatch", seed, rng, firm, [p1, p2])
    filing.plants.append(
        Plant(
            "AMOUNT_WORDS_MISMATCH",
            roles["P1.contract"][0],
            "amount",
            "P1",
            "大写 differs from the figures in the 报酬 article",
        )
    )
    return filing


def kq06_date_mismatch(seed: int, rng: random.Random) -> Filing:
    """The 验收意见 letter is dated 5–8 weeks after the accepted_on the row declares (both in 2024)."""
    firm = make_firm(rng, rng.choice(COUNTIES))
    used: set[str] = set()
    p1 = make_deal(rng, "P1", "develop", firm, used, invoices=2)
    p1.declared_accepted = p1.accepted
    p1.accepted = workday(p1.declared_accepted + dt.timedelta(days=rng.randint(35, 56)))
    if p1.accepted > dt.date(2024, 12, 27):
        shift = p1.accepted - dt.date(2024, 12, 20)
        p1.accepted -= shift
        p1.declared_accepted -= shift
    p1.invoices = _invoice_plan(rng, p1, 2)
    filing, roles = assemble("kq06_date_mismatch", seed, rng, firm, [p1])
    filing.plants.append(
        Plant(
            "DATE_MISMATCH",
            roles["P1.acceptance"][0],
            "verdict",
            "P1",
            "验收意见 dated weeks after the declared accepted_on",
        )
    )
    return filing


def kq07_fee_mismatch(seed: int, rng: random.Random) -> Filing:
    """The row moves 80–250 thousand yuan from 硬件设备购置费 to 软件开发费; the contract's 经费构成 table and the
    total agree with each other and with the row's contract_amount."""
    firm = make_firm(rng, rng.choice(COUNTIES))
    used: set[str] = set()
    p1 = make_deal(rng, "P1", "develop", firm, used, acceptance_kind="test", invoices=1)
    shift = Decimal(rng.randint(8, 25) * 10_000)
    while p1.fees["hardware_purchase"] <= shift:
        shift /= 2
    declared = dict(p1.fees)
    declared["software_development"] += shift
    declared["hardware_purchase"] -= shift
    filing, roles = assemble("kq07_fee_mismatch", seed, rng, firm, [p1], declared_fees={"P1": declared})
    filing.plants.append(
        Plant(
            "FEE_MISMATCH",
            roles["P1.contract"][0],
            "fees",
            "P1",
            "software_development / hardware_purchase differ from the 经费构成 table",
        )
    )
    return filing


def kq08_test_failed(seed: int, rng: random.Random) -> Filing:
    """P1's only acceptance paper is the 软件测试报告 concluding 不通过 (no 验收确认单); the row declares the
    report's 签发日期 as accepted_on. P2 is a clean 运维 row."""
    firm = make_firm(rng, rng.choice(COUNTIES))
    used: set[str] = set()
    p1 = make_deal(rng, "P1", "service", firm, used, acceptance_kind="test", invoices=1)
    p1.test_passed = False
    p1.confirm = False
    assert p1.test_issued is not None
    p1.declared_accepted = p1.test_issued
    p2 = make_deal(rng, "P2", "om", firm, used, invoices=1)
    filing, roles = assemble("kq08_test_failed", seed, rng, firm, [p1, p2])
    filing.plants.append(
        Plant("ACCEPTANCE_NOT_PASSED", roles["P1.acceptance"][0], "verdict", "P1", "测试结论：不通过")
    )
    return filing


def kq09_seal_missing(seed: int, rng: random.Random) -> Filing:
    """The 运维服务合同's signature page is signed and dated by both sides but carries no seal at all."""
    firm = make_firm(rng, rng.choice(COUNTIES))
    used: set[str] = set()
    p1 = make_deal(rng, "P1", "om", firm, used, invoices=2)
    p1.sealed = False
    p2 = make_deal(rng, "P2", "service", firm, used, invoices=1)
    filing, roles = assemble("kq09_seal_missing", seed, rng, firm, [p1, p2])
    filing.plants.append(
        Plant("SEAL_MISSING", roles["P1.contract"][0], "signature", "P1", "signature page without any seal")
    )
    return filing


def kq10_invoice_exceeds(seed: int, rng: random.Random) -> Filing:
    """Three 专票 of P1 (40 % + 40 % + 28–35 %) add up to more than the contract; the third crosses it."""
    firm = make_firm(rng, rng.choice(COUNTIES))
    used: set[str] = set()
    p1 = make_deal(rng, "P1", "service", firm, used, invoices=0)
    first = (p1.amount * Decimal("0.4")).quantize(FEN)
    third = (p1.amount * Decimal(rng.randint(28, 35)) / 100).quantize(FEN)
    d1 = workday(p1.signed + dt.timedelta(days=rng.randint(8, 20)))
    d2 = workday(p1.signed + (p1.accepted - p1.signed) / 2)
    d3 = workday(p1.accepted + dt.timedelta(days=rng.randint(3, 12)))
    p1.invoices = [(d1, first), (d2, first), (d3, third)]
    filing, roles = assemble("kq10_invoice_exceeds", seed, rng, firm, [p1])
    filing.plants.append(
        Plant(
            "INVOICE_EXCEEDS_CONTRACT",
            roles["P1.invoices"][2],
            0,
            "P1",
            "the third invoice takes the sum past the contract amount",
        )
    )
    return filing


SCENARIOS: tuple[Callable[[int, random.Random], Filing], ...] = (
    kq01_kuche_service_clean,
    kq02_shaya_develop_test_clean,
    kq03_xinhe_wan_clean,
    kq04_kuche_resaved_clean,
    kq05_words_mismatch,
    kq06_date_mismatch,
    kq07_fee_mismatch,
    kq08_test_failed,
    kq09_seal_missing,
    kq10_invoice_exceeds,
)


def generate(out: Path, seed: int, only: list[str] | None) -> list[str]:
    """Write the scenarios (or those named in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, scenario in enumerate(SCENARIOS, start=1):
        if only and scenario.__name__ not in only:
            continue
        rng = random.Random(seed * 1000 + index)
        filing = scenario(seed, rng)
        write(filing, out)
        written.append(filing.name)
    return written
