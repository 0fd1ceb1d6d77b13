"""kizilsu: ten filings of invented firms in 克孜勒苏柯尔克孜自治州 (阿图什市, 阿克陶县, 阿合奇县, 乌恰县), 2024.

Written from CONTRACT.md, DESIGN.md, the seeds and models/ only, without reading the checker or any
other family's code; it measures how the checker generalises. Scenario *i* draws from
``random.Random(seed * 1000 + i)``; the planted causes and the pages they sit on do not change with
the seed. The docstring of each scenario says what it shows and what it plants.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from jianzheng.models import Code, DocType

from . import people
from .acceptance import acceptance_form, acceptance_letter, test_report
from .contracts import award_notice, gov_contract, project_contract
from .corp import Bill, Books, audit_report, digital_invoice, license_new, license_old, vat_paper
from .filing import Filing, Sheet
from .people import Client, Firm, cn_date, day_in
from .scan import Scanner
from .world import (
    AID_TOPICS,
    TOPICS,
    YEAR,
    Company,
    bilevel,
    cents,
    colour,
    company,
    dates,
    deal,
    declaration,
    finance_row,
    grey,
    lab,
    panel,
    project_row,
)

# ------------------------------------------------------------------ shared pieces


def _start(seed: int, i: int, name: str, clean: bool, county: str, grade: str, old: bool = False):
    rng = random.Random(seed * 1000 + i)
    firm = people.firm(rng, county, old=old)
    return rng, Filing(name, seed, rng, clean), company(firm, grade, rng)


def _license(f: Filing, firm: Firm, how: str, fname: str, rng: random.Random) -> None:
    issued = day_in(rng, dt.date(2019, 3, 1), dt.date(2023, 10, 31))
    sheet, fields = license_new("D-license", firm, issued, watermark=how == "photo")
    f.doc("D-license", DocType.business_license, **fields)
    if how == "photo":
        f.photo(fname, sheet)
    else:
        scanner = {"grey": grey, "bilevel": bilevel, "colour": colour}[how](rng)
        f.pdf(fname, [sheet], scanner)


def _audit(
    f: Filing,
    firm: Firm,
    books: Books,
    rng: random.Random,
    fname: str,
    scanner: Scanner | None,
    unit: str = "元",
    doc: str = "D-audit",
) -> None:
    audit_firm, prefix = rng.choice(
        (
            ("新疆天正华信会计师事务所（普通合伙）", "新天正"),
            ("克州帕米尔会计师事务所有限责任公司", "克帕会"),
            ("新疆昆仑信达会计师事务所有限公司", "昆信达"),
        )
    )
    number = f"{prefix}审字〔{books.year + 1}〕第{rng.randrange(12, 480):03d}号"
    signed = day_in(rng, dt.date(books.year + 1, 1, 8), dt.date(books.year + 1, 2, 20))
    sheets, fields = audit_report(doc, firm, books, audit_firm, number, signed, unit, rng)  # type: ignore[arg-type]
    f.doc(doc, DocType.audit_report, **fields)
    f.pdf(
        fname,
        sheets,
        scanner,
        producer="Microsoft Word",
        created=dt.datetime.combine(signed, dt.time(16, 20)),
    )


def _books(rng: random.Random, year: int, revenue: Decimal) -> tuple[Books, Decimal]:
    profit = (revenue * Decimal(rng.uniform(0.04, 0.09))).quantize(Decimal("0.01"))
    prior = (revenue * Decimal(rng.uniform(0.75, 0.95))).quantize(Decimal("0.01"))
    return Books(year, revenue, profit, prior, (prior * Decimal("0.05")).quantize(Decimal("0.01"))), profit


def _bill(
    rng: random.Random, firm: Firm, client: Client, item: str, total: Decimal, after: dt.date, digital: bool
) -> Bill:
    number = f"24652000000{rng.randrange(10**8, 10**9)}" if digital else f"{rng.randrange(10**7, 10**8)}"
    issued = min(after + dt.timedelta(days=rng.randrange(5, 40)), dt.date(YEAR, 12, 28))
    return Bill(
        number, issued, client.full, people.tax_code_like(rng), firm, item, total, 6 if "服务" in item else 13
    )


def _topic(rng: random.Random, bureau: str) -> tuple[str, str, tuple[str, ...]]:
    return rng.choice(TOPICS[bureau])


def _number(rng: random.Random, county: str) -> str:
    abbr = {"阿图什市": "ATS", "阿克陶县": "AKT", "阿合奇县": "AHQ", "乌恰县": "WQ"}[county]
    return f"{abbr}-{YEAR}-{rng.choice(('XX', 'ZC', 'HT', 'JS'))}{rng.randrange(1, 200):03d}"


def _invoice_part(amount: Decimal, rng: random.Random) -> Decimal:
    return (amount * Decimal(rng.uniform(0.3, 0.6)) / 100).quantize(Decimal(1)) * 100


# ------------------------------------------------------------------ scenarios


def kz01_atush_jiangsu_award(out: Path, seed: int) -> None:
    """Clean. 阿图什市, 丙. Licence: phone photo (perspective, uneven light, watermark 仅供年检使用).

    P1 江苏援疆 project, client the 江苏 前方指挥部: one grey 200 dpi JPEG scan holding the 中标（成交）通知书,
    the 政府采购合同 (amount in capital numerals only: 合同金额：叁佰…元整), the CMA 检测报告 and a 验收单 naming the
    lab; a scanned paper 增值税专用发票 for 30–60 %. P2 county bureau 项目合同书 with the price in 万元 only
    (合同总价 328.50 万元（含税）), 验收意见 of a 5-member 验收小组, a 数电票. Audit 2024 born digital, in 元.
    """
    county = "阿图什市"
    rng, f, comp = _start(seed, 1, "kz01_atush_jiangsu_award", True, county, "丙")
    firm = comp.firm
    _license(f, firm, "photo", "营业执照.jpg", rng)
    revenue = cents(rng, 9_000_000, 16_000_000)
    books, profit = _books(rng, YEAR, revenue)
    _audit(f, firm, books, rng, "2024年度审计报告.pdf", None)

    aid = people.aid_hq(rng, county)
    stem, field1, scope1 = rng.choice(AID_TOPICS)
    title1 = f"{aid.aid}{county}{stem}"
    amt1 = people.round_amount(rng, 3_200_000, 5_600_000, 1000)
    d1 = deal(rng, "P1", title1, _number(rng, county), aid, firm, amt1, dates(rng), county, scope1)
    issued = d1.signed - dt.timedelta(days=rng.randrange(7, 20))
    f.doc("D-award", DocType.other, "P1")
    c_sheets, c_fields = gov_contract("D-contract-P1", d1, "capital")
    f.doc("D-contract-P1", DocType.contract, "P1", **c_fields)
    lab1 = lab(rng, d1.accepted)
    f.doc("D-test-P1", DocType.other, "P1")
    a_sheets, a_fields = acceptance_form("D-accept-P1", d1, "passed", panel(rng, aid, county, 4), lab1)
    f.doc("D-accept-P1", DocType.acceptance_report, "P1", **a_fields)
    f.pdf(
        "江苏援疆项目/中标通知书+合同+验收.pdf",
        [
            *award_notice("D-award", d1, "竞争性磋商", issued),
            *c_sheets,
            *test_report("D-test-P1", d1, lab1, aid.full),
            *a_sheets,
        ],
        grey(rng),
    )
    bill1 = _bill(rng, firm, aid, "智能化系统设备", _invoice_part(amt1, rng), d1.signed, digital=False)
    inv_sheet, inv_fields = vat_paper("D-invoice-P1", bill1, f"6500{rng.randrange(100000, 999999)}", rng)
    f.doc("D-invoice-P1", DocType.invoice, "P1", **inv_fields)
    f.pdf("江苏援疆项目/进度款发票.pdf", [inv_sheet], grey(rng))

    bureau = people.bureau(rng, county, rng.choice(("教育局", "农业农村局", "公安局")))
    stem2, field2, scope2 = _topic(rng, bureau.full.removeprefix(county))
    amt2 = people.round_amount(rng, 1_800_000, 3_600_000, 100)
    d2 = deal(
        rng, "P2", f"{county}{stem2}", _number(rng, county), bureau, firm, amt2, dates(rng), county, scope2
    )
    c2, c2f = project_contract("D-contract-P2", d2, "wan")
    f.doc("D-contract-P2", DocType.contract, "P2", **c2f)
    l2, l2f = acceptance_letter("D-accept-P2", d2, panel(rng, bureau, county, 5))
    f.doc("D-accept-P2", DocType.acceptance_report, "P2", **l2f)
    f.pdf(f"{d2.title}合同及验收意见.pdf", [*c2, *l2], grey(rng))
    bill2 = _bill(rng, firm, bureau, "信息系统集成服务", _invoice_part(amt2, rng), d2.accepted, digital=True)
    i2, i2f = digital_invoice("D-invoice-P2", bill2)
    f.doc("D-invoice-P2", DocType.invoice, "P2", **i2f)
    f.pdf(
        "数电票.pdf", [i2], None, producer="国家税务总局全国统一电子发票服务平台", created=_noon(bill2.issued)
    )

    rows = [
        project_row("P1", title1, aid.declared, d1.signed, d1.accepted, field1, county, amt1, "build", rng),
        project_row(
            "P2", d2.title, bureau.declared, d2.signed, d2.accepted, field2, county, amt2, "build", rng
        ),
    ]
    f.write(out, declaration(comp, [finance_row(YEAR, revenue, 0.7, profit)], rows))


def kz02_akto_jiangxi_bilevel(out: Path, seed: int) -> None:
    """Clean. 阿克陶县, 乙, three finance years. Every scan bilevel 300 dpi.

    P1 江西援疆 project over 1 亿 (合同总价：人民币壹亿…元整（¥…）), client the 江西 前方指挥部, 验收意见 of a 6-member
    验收小组, a 数电票 for 30–60 %. P2 county 政府采购合同 (words and figures) + 验收单 with the lab named and its
    检测报告. Audits 2022 (bilevel, 元), 2023 (bilevel, **千元**), 2024 (born digital, 元).
    """
    county = "阿克陶县"
    rng, f, comp = _start(seed, 2, "kz02_akto_jiangxi_bilevel", True, county, "乙")
    firm = comp.firm
    _license(f, firm, "bilevel", "营业执照副本.pdf", rng)
    finance = []
    revenue = cents(rng, 150_000_000, 190_000_000)
    for year, unit, scanner in ((2022, "元", bilevel(rng)), (2023, "千元", bilevel(rng)), (2024, "元", None)):
        r = (revenue * Decimal(rng.uniform(0.55, 0.8)) if year < 2024 else revenue).quantize(Decimal("0.01"))
        books, profit = _books(rng, year, r)
        _audit(f, firm, books, rng, f"审计报告/{year}年度审计报告.pdf", scanner, unit, doc=f"D-audit-{year}")
        finance.append(finance_row(year, r, 0.8, profit))

    aid = people.aid_hq(rng, county)
    stem, field1, scope1 = rng.choice(AID_TOPICS)
    title1 = f"{aid.aid}{county}{stem}"
    amt1 = people.round_amount(rng, 101_000_000, 135_000_000, 10_000)
    d1 = deal(rng, "P1", title1, _number(rng, county), aid, firm, amt1, dates(rng, 5), county, scope1)
    c1, c1f = project_contract("D-contract-P1", d1, "both")
    f.doc("D-contract-P1", DocType.contract, "P1", **c1f)
    l1, l1f = acceptance_letter("D-accept-P1", d1, panel(rng, aid, county, 6))
    f.doc("D-accept-P1", DocType.acceptance_report, "P1", **l1f)
    f.pdf("P1合同及验收.pdf", [*c1, *l1], bilevel(rng))
    bill1 = _bill(rng, firm, aid, "信息系统集成服务", _invoice_part(amt1, rng), d1.signed, digital=True)
    i1, i1f = digital_invoice("D-invoice-P1", bill1)
    f.doc("D-invoice-P1", DocType.invoice, "P1", **i1f)
    f.pdf(
        "P1发票.pdf", [i1], None, producer="国家税务总局全国统一电子发票服务平台", created=_noon(bill1.issued)
    )

    bureau = people.bureau(rng, county, rng.choice(("自然资源局", "人民医院", "文化体育广播电视和旅游局")))
    stem2, field2, scope2 = _topic(rng, bureau.full.removeprefix(county))
    amt2 = people.round_amount(rng, 2_000_000, 6_000_000, 500)
    d2 = deal(
        rng, "P2", f"{county}{stem2}", _number(rng, county), bureau, firm, amt2, dates(rng), county, scope2
    )
    c2, c2f = gov_contract("D-contract-P2", d2, "both")
    f.doc("D-contract-P2", DocType.contract, "P2", **c2f)
    lab2 = lab(rng, d2.accepted)
    f.doc("D-test-P2", DocType.other, "P2")
    a2, a2f = acceptance_form("D-accept-P2", d2, "passed", panel(rng, bureau, county, 5), lab2)
    f.doc("D-accept-P2", DocType.acceptance_report, "P2", **a2f)
    f.pdf("P2合同验收检测.pdf", [*c2, *a2, *test_report("D-test-P2", d2, lab2, bureau.full)], bilevel(rng))

    rows = [
        project_row(
            "P1", title1, aid.declared, d1.signed, d1.accepted, field1, county, amt1, "software", rng
        ),
        project_row(
            "P2", d2.title, bureau.declared, d2.signed, d2.accepted, field2, county, amt2, "build", rng
        ),
    ]
    f.write(out, declaration(comp, finance, rows))


def kz03_akqi_handwritten(out: Path, seed: int) -> None:
    """Clean. 阿合奇县, 丁. Colour 150 dpi scans blurred 0.5–1 px (licence, audit, contract bundle).

    P1 county 项目合同书 (words and figures) + 验收意见 whose date is **handwritten** (``2024.M.D``) beside the
    client's seal; a 数电票 (普通发票) for 30–60 %. Mostly Kyrgyz names.
    """
    county = "阿合奇县"
    rng, f, comp = _start(seed, 3, "kz03_akqi_handwritten", True, county, "丁")
    firm = comp.firm
    _license(f, firm, "colour", "营业执照.pdf", rng)
    revenue = cents(rng, 3_000_000, 7_000_000)
    books, profit = _books(rng, YEAR, revenue)
    _audit(f, firm, books, rng, "审计报告.pdf", colour(rng))

    bureau = people.bureau(rng, county, rng.choice(("教育局", "卫生健康委员会", "农业农村局")))
    stem, field1, scope1 = _topic(rng, bureau.full.removeprefix(county))
    amt = people.round_amount(rng, 600_000, 2_400_000, 500)
    d1 = deal(
        rng, "P1", f"{county}{stem}", _number(rng, county), bureau, firm, amt, dates(rng), county, scope1
    )
    c1, c1f = project_contract("D-contract-P1", d1, "both")
    f.doc("D-contract-P1", DocType.contract, "P1", **c1f)
    l1, l1f = acceptance_letter("D-accept-P1", d1, panel(rng, bureau, county, 4), hand_date=True)
    f.doc("D-accept-P1", DocType.acceptance_report, "P1", **l1f)
    f.pdf("项目合同及验收意见（扫描件）.pdf", [*c1, *l1], colour(rng))
    bill = _bill(rng, firm, bureau, "信息系统集成服务", _invoice_part(amt, rng), d1.accepted, digital=True)
    i1, i1f = digital_invoice("D-invoice-P1", bill, "普通发票")
    f.doc("D-invoice-P1", DocType.invoice, "P1", **i1f)
    f.pdf(
        f"dzfp_{bill.number}.pdf",
        [i1],
        None,
        producer="国家税务总局全国统一电子发票服务平台",
        created=_noon(bill.issued),
    )

    rows = [
        project_row(
            "P1", d1.title, bureau.declared, d1.signed, d1.accepted, field1, county, amt, "build", rng
        )
    ]
    f.write(out, declaration(comp, [finance_row(YEAR, revenue, 0.75, profit)], rows))


def kz04_wuqia_merged(out: Path, seed: int) -> None:
    """Clean. 乌恰县, 丁. Grey 200 dpi scans, skew up to 1.5°.

    P1 a **merged row**: two 运维服务 contracts (一标段, 二标段) of the 乌恰县卫生健康委员会, same dates, amounts add up
    to the row; each with its 验收单 (all four papers in one scan). P2 江苏援疆 project whose client is a county
    bureau (援疆 named in the title only): 政府采购合同 (words and figures) + 验收单 + CMA 检测报告.
    """
    county = "乌恰县"
    rng, f, comp = _start(seed, 4, "kz04_wuqia_merged", True, county, "丁")
    firm = comp.firm
    _license(f, firm, "grey", "营业执照.pdf", rng)
    revenue = cents(rng, 4_000_000, 9_000_000)
    books, profit = _books(rng, YEAR, revenue)
    _audit(f, firm, books, rng, "2024审计报告.pdf", None)

    health = people.bureau(rng, county, "卫生健康委员会")
    stem = "乡镇卫生院信息系统运维服务项目"
    signed, accepted = dates(rng, 5)
    parts = [people.round_amount(rng, 380_000, 900_000, 100) for _ in range(2)]
    sheets: list[Sheet] = []
    scope = ("HIS及公卫系统日常运维", "网络及终端设备巡检维护", "数据备份与安全加固")
    for k, (lot, amount) in enumerate(zip(("一标段", "二标段"), parts, strict=True), start=1):
        dk = deal(
            rng,
            "P1",
            f"{county}{stem}（{lot}）",
            _number(rng, county),
            health,
            firm,
            amount,
            (signed, accepted),
            county,
            scope,
        )
        ck, ckf = project_contract(f"D-contract-P1-{k}", dk, "both", kind="运维服务")
        f.doc(f"D-contract-P1-{k}", DocType.contract, "P1", **ckf)
        ak, akf = acceptance_form(f"D-accept-P1-{k}", dk, "passed", panel(rng, health, county, 3))
        f.doc(f"D-accept-P1-{k}", DocType.acceptance_report, "P1", **akf)
        sheets += [*ck, *ak]
    scanner = grey(rng)
    f.pdf("运维合同两份及验收单.pdf", sheets, replace(scanner, skew=1.5))

    bureau = people.bureau(rng, county, rng.choice(("教育局", "文化体育广播电视和旅游局")))
    stem2, field2, scope2 = _topic(rng, bureau.full.removeprefix(county))
    title2 = f"江苏援疆{county}{stem2}"
    amt2 = people.round_amount(rng, 900_000, 2_800_000, 500)
    d2 = deal(rng, "P2", title2, _number(rng, county), bureau, firm, amt2, dates(rng), county, scope2)
    c2, c2f = gov_contract("D-contract-P2", d2, "both")
    f.doc("D-contract-P2", DocType.contract, "P2", **c2f)
    lab2 = lab(rng, d2.accepted)
    a2, a2f = acceptance_form("D-accept-P2", d2, "passed", panel(rng, bureau, county, 4), lab2)
    f.doc("D-accept-P2", DocType.acceptance_report, "P2", **a2f)
    f.doc("D-test-P2", DocType.other, "P2")
    f.pdf("江苏援疆项目资料.pdf", [*c2, *a2, *test_report("D-test-P2", d2, lab2, bureau.full)], grey(rng))

    merged = sum(parts, Decimal(0))
    rows = [
        project_row(
            "P1",
            f"{county}{stem}（一标段、二标段合并）",
            health.declared,
            signed,
            accepted,
            "医疗卫生",
            county,
            merged,
            "om",
            rng,
        ),
        project_row(
            "P2", title2, bureau.declared, d2.signed, d2.accepted, field2, county, amt2, "build", rng
        ),
    ]
    f.write(out, declaration(comp, [finance_row(YEAR, revenue, 0.6, profit)], rows))


def kz05_atush_amount(out: Path, seed: int) -> None:
    """Plants AMOUNT_MISMATCH (P1, contract page 1).

    阿图什市, 丁. P1 项目合同书 prints its price in 万元 only (合同总价 NNN.NN 万元（含税）); the row declares 12–30 万
    more (a multiple of 100 yuan, far beyond the 100-yuan precision of the printed figure). 验收单 passed, no amount
    on it. P2 clean: 政府采购合同 in capital numerals only + 数电票. Grey 200 dpi; licence colour.
    """
    county = "阿图什市"
    rng, f, comp = _start(seed, 5, "kz05_atush_amount", False, county, "丁")
    firm = comp.firm
    _license(f, firm, "colour", "营业执照.pdf", rng)
    revenue = cents(rng, 5_000_000, 9_000_000)
    books, profit = _books(rng, YEAR, revenue)
    _audit(f, firm, books, rng, "审计报告2024.pdf", None)

    bureau = people.bureau(rng, county, rng.choice(("公安局", "自然资源局", "人民医院")))
    stem, field1, scope1 = _topic(rng, bureau.full.removeprefix(county))
    amt = people.round_amount(rng, 1_500_000, 3_500_000, 100)
    declared = amt + people.round_amount(rng, 120_000, 300_000, 100)
    d1 = deal(
        rng, "P1", f"{county}{stem}", _number(rng, county), bureau, firm, amt, dates(rng), county, scope1
    )
    c1, c1f = project_contract("D-contract-P1", d1, "wan")
    f.doc("D-contract-P1", DocType.contract, "P1", **c1f)
    a1, a1f = acceptance_form("D-accept-P1", d1, "passed", panel(rng, bureau, county, 4))
    f.doc("D-accept-P1", DocType.acceptance_report, "P1", **a1f)
    f.pdf("合同及验收单.pdf", [*c1, *a1], grey(rng))
    f.plant(
        Code.AMOUNT_MISMATCH,
        "D-contract-P1",
        1,
        "P1",
        f"合同总价 {people.wan(amt)} 万元；申报 {people.wan(declared)} 万元",
    )

    b2 = people.bureau(rng, county, "教育局")
    stem2, field2, scope2 = _topic(rng, "教育局")
    amt2 = people.round_amount(rng, 500_000, 1_500_000, 1000)
    d2 = deal(rng, "P2", f"{county}{stem2}", _number(rng, county), b2, firm, amt2, dates(rng), county, scope2)
    c2, c2f = gov_contract("D-contract-P2", d2, "capital")
    f.doc("D-contract-P2", DocType.contract, "P2", **c2f)
    f.pdf("P2政府采购合同.pdf", c2, grey(rng))
    bill = _bill(rng, firm, b2, "智慧校园设备及安装", _invoice_part(amt2, rng), d2.accepted, digital=True)
    i2, i2f = digital_invoice("D-invoice-P2", bill)
    f.doc("D-invoice-P2", DocType.invoice, "P2", **i2f)
    f.pdf(
        "P2发票.pdf", [i2], None, producer="国家税务总局全国统一电子发票服务平台", created=_noon(bill.issued)
    )

    rows = [
        project_row(
            "P1", d1.title, bureau.declared, d1.signed, d1.accepted, field1, county, declared, "build", rng
        ),
        project_row("P2", d2.title, b2.declared, d2.signed, d2.accepted, field2, county, amt2, "build", rng),
    ]
    f.write(out, declaration(comp, [finance_row(YEAR, revenue, 0.7, profit)], rows))


def kz06_akto_rework(out: Path, seed: int) -> None:
    """Plants ACCEPTANCE_NOT_PASSED (P1, 验收单 = page 3 of P1's scan).

    阿克陶县, 丁. P1 政府采购合同 + 验收单 whose 验收结论 ticks ☑整改后复验 (□合格 □不合格 unticked; the last content
    row ticked 不符合; 验收意见: 本次不予通过验收 … 整改完成后由验收小组组织复验); no 复验 result anywhere, the row
    still declares the 验收单's date as accepted_on. P2 clean: 项目合同书 + 验收意见 + scanned paper 增值税专用发票.
    """
    county = "阿克陶县"
    rng, f, comp = _start(seed, 6, "kz06_akto_rework", False, county, "丁")
    firm = comp.firm
    _license(f, firm, "grey", "营业执照.pdf", rng)
    revenue = cents(rng, 4_000_000, 8_000_000)
    books, profit = _books(rng, YEAR, revenue)
    _audit(f, firm, books, rng, "审计报告.pdf", grey(rng))

    bureau = people.bureau(rng, county, rng.choice(("教育局", "公安局")))
    stem, field1, scope1 = _topic(rng, bureau.full.removeprefix(county))
    amt = people.round_amount(rng, 800_000, 2_600_000, 500)
    d1 = deal(
        rng, "P1", f"{county}{stem}", _number(rng, county), bureau, firm, amt, dates(rng), county, scope1
    )
    c1, c1f = gov_contract("D-contract-P1", d1, "both")
    f.doc("D-contract-P1", DocType.contract, "P1", **c1f)
    a1, a1f = acceptance_form("D-accept-P1", d1, "rework", panel(rng, bureau, county, 4))
    f.doc("D-accept-P1", DocType.acceptance_report, "P1", **a1f)
    f.pdf("P1合同+验收单.pdf", [*c1, *a1], grey(rng))
    f.plant(Code.ACCEPTANCE_NOT_PASSED, "D-accept-P1", 1, "P1", "验收结论 ☑整改后复验；无复验结果")

    b2 = people.bureau(rng, county, "农业农村局")
    stem2, field2, scope2 = _topic(rng, "农业农村局")
    amt2 = people.round_amount(rng, 600_000, 1_800_000, 500)
    d2 = deal(rng, "P2", f"{county}{stem2}", _number(rng, county), b2, firm, amt2, dates(rng), county, scope2)
    c2, c2f = project_contract("D-contract-P2", d2, "both")
    f.doc("D-contract-P2", DocType.contract, "P2", **c2f)
    l2, l2f = acceptance_letter("D-accept-P2", d2, panel(rng, b2, county, 5))
    f.doc("D-accept-P2", DocType.acceptance_report, "P2", **l2f)
    bill = _bill(rng, firm, b2, "物联网监测设备", _invoice_part(amt2, rng), d2.signed, digital=False)
    inv, invf = vat_paper("D-invoice-P2", bill, f"6500{rng.randrange(100000, 999999)}", rng)
    f.doc("D-invoice-P2", DocType.invoice, "P2", **invf)
    f.pdf("P2合同验收发票.pdf", [*c2, *l2, inv], grey(rng))

    rows = [
        project_row(
            "P1", d1.title, bureau.declared, d1.signed, d1.accepted, field1, county, amt, "build", rng
        ),
        project_row("P2", d2.title, b2.declared, d2.signed, d2.accepted, field2, county, amt2, "build", rng),
    ]
    f.write(out, declaration(comp, [finance_row(YEAR, revenue, 0.7, profit)], rows))


def kz07_wuqia_old_license(out: Path, seed: int) -> None:
    """Plants LICENSE_EXPIRED (企业法人营业执照.pdf, page 1).

    乌恰县, 丁. The licence is the **old-format** 企业法人营业执照 (副本) with a 15-digit 注册号 and no credit code;
    its 营业期限 runs twenty years from the founding in 2004 and ends in 2024 (营业期限 2004年…至2024年…).
    Grey 200 dpi. P1 clean: 政府采购合同 (words and figures) + 验收单.
    """
    county = "乌恰县"
    rng, f, comp = _start(seed, 7, "kz07_wuqia_old_license", False, county, "丁", old=True)
    firm = comp.firm
    est = day_in(rng, dt.date(2004, 1, 10), dt.date(2004, 11, 20))
    firm = Firm(**{**firm.__dict__, "established": est})
    comp = Company(firm, comp.grade, comp.technical, comp.certificates)
    until = dt.date(2024, est.month, est.day) - dt.timedelta(days=1)
    sheet, fields = license_old(
        "D-license", firm, until, day_in(rng, dt.date(2010, 3, 1), dt.date(2013, 6, 30))
    )
    f.doc("D-license", DocType.business_license, **fields)
    f.pdf("企业法人营业执照.pdf", [sheet], grey(rng))
    f.plant(Code.LICENSE_EXPIRED, "D-license", 1, note=f"营业期限至{cn_date(until, pad=True)}")
    revenue = cents(rng, 3_000_000, 6_000_000)
    books, profit = _books(rng, YEAR, revenue)
    _audit(f, firm, books, rng, "2024年审计报告.pdf", None)

    bureau = people.bureau(rng, county, rng.choice(("卫生健康委员会", "自然资源局")))
    stem, field1, scope1 = _topic(rng, bureau.full.removeprefix(county))
    amt = people.round_amount(rng, 500_000, 1_900_000, 500)
    d1 = deal(
        rng, "P1", f"{county}{stem}", _number(rng, county), bureau, firm, amt, dates(rng), county, scope1
    )
    c1, c1f = gov_contract("D-contract-P1", d1, "both")
    f.doc("D-contract-P1", DocType.contract, "P1", **c1f)
    a1, a1f = acceptance_form("D-accept-P1", d1, "passed", panel(rng, bureau, county, 3))
    f.doc("D-accept-P1", DocType.acceptance_report, "P1", **a1f)
    f.pdf("合同及验收.pdf", [*c1, *a1], grey(rng))

    rows = [
        project_row(
            "P1", d1.title, bureau.declared, d1.signed, d1.accepted, field1, county, amt, "build", rng
        )
    ]
    f.write(out, declaration(comp, [finance_row(YEAR, revenue, 0.65, profit)], rows))


def kz08_akqi_party(out: Path, seed: int) -> None:
    """Plants PARTY_MISMATCH (P1, contract page 1: 乙方 is another company).

    阿合奇县, 丁. P1's 项目合同书 is signed by another firm (乙方 and its 合同专用章, a different name and county);
    the 验收意见 names that firm as 承建单位 too. Client, amount and dates equal the row. Colour 150 dpi, blurred.
    P2 clean: 政府采购合同 + 验收单 of the declaring firm.
    """
    county = "阿合奇县"
    rng, f, comp = _start(seed, 8, "kz08_akqi_party", False, county, "丁")
    firm = comp.firm
    other = people.firm(rng, "阿图什市")
    while other.name == firm.name:
        other = people.firm(rng, "阿图什市")
    _license(f, firm, "colour", "营业执照.pdf", rng)
    revenue = cents(rng, 3_000_000, 7_000_000)
    books, profit = _books(rng, YEAR, revenue)
    _audit(f, firm, books, rng, "审计报告.pdf", None)

    bureau = people.bureau(rng, county, rng.choice(("教育局", "文化体育广播电视和旅游局")))
    stem, field1, scope1 = _topic(rng, bureau.full.removeprefix(county))
    amt = people.round_amount(rng, 700_000, 2_000_000, 500)
    d1 = deal(
        rng, "P1", f"{county}{stem}", _number(rng, county), bureau, other, amt, dates(rng), county, scope1
    )
    c1, c1f = project_contract("D-contract-P1", d1, "both")
    f.doc("D-contract-P1", DocType.contract, "P1", **c1f)
    l1, l1f = acceptance_letter("D-accept-P1", d1, panel(rng, bureau, county, 4))
    f.doc("D-accept-P1", DocType.acceptance_report, "P1", **l1f)
    f.pdf("P1项目合同及验收.pdf", [*c1, *l1], colour(rng))
    f.plant(Code.PARTY_MISMATCH, "D-contract-P1", 1, "P1", f"乙方：{other.name}（申报企业：{firm.name}）")

    b2 = people.bureau(rng, county, "卫生健康委员会")
    stem2, field2, scope2 = _topic(rng, "卫生健康委员会")
    amt2 = people.round_amount(rng, 400_000, 1_200_000, 500)
    d2 = deal(rng, "P2", f"{county}{stem2}", _number(rng, county), b2, firm, amt2, dates(rng), county, scope2)
    c2, c2f = gov_contract("D-contract-P2", d2, "both")
    f.doc("D-contract-P2", DocType.contract, "P2", **c2f)
    a2, a2f = acceptance_form("D-accept-P2", d2, "passed", panel(rng, b2, county, 3))
    f.doc("D-accept-P2", DocType.acceptance_report, "P2", **a2f)
    f.pdf("P2合同及验收单.pdf", [*c2, *a2], colour(rng))

    rows = [
        project_row(
            "P1", d1.title, bureau.declared, d1.signed, d1.accepted, field1, county, amt, "build", rng
        ),
        project_row("P2", d2.title, b2.declared, d2.signed, d2.accepted, field2, county, amt2, "build", rng),
    ]
    f.write(out, declaration(comp, [finance_row(YEAR, revenue, 0.7, profit)], rows))


def kz09_atush_duplicate(out: Path, seed: int) -> None:
    """Plants DUPLICATE_DOCUMENT (P2's file, page 3: P1's 验收单 scanned again).

    阿图什市, 丁. P1 政府采购合同 + 验收单 (grey 200 dpi). P2 项目合同书 for another project of another bureau, and
    behind it the **same** 验收单 of P1 (same project name, parties, date and panel signatures) re-scanned
    (colour 150 dpi, other skew), then a 数电票 of P2 in the same file.
    """
    county = "阿图什市"
    rng, f, comp = _start(seed, 9, "kz09_atush_duplicate", False, county, "丁")
    firm = comp.firm
    _license(f, firm, "grey", "营业执照扫描件.pdf", rng)
    revenue = cents(rng, 4_000_000, 8_000_000)
    books, profit = _books(rng, YEAR, revenue)
    _audit(f, firm, books, rng, "审计报告.pdf", None)

    b1 = people.bureau(rng, county, "卫生健康委员会")
    stem, field1, scope1 = _topic(rng, "卫生健康委员会")
    amt1 = people.round_amount(rng, 700_000, 2_000_000, 500)
    d1 = deal(rng, "P1", f"{county}{stem}", _number(rng, county), b1, firm, amt1, dates(rng), county, scope1)
    c1, c1f = gov_contract("D-contract-P1", d1, "both")
    f.doc("D-contract-P1", DocType.contract, "P1", **c1f)
    team = panel(rng, b1, county, 4)
    a1, a1f = acceptance_form("D-accept-P1", d1, "passed", team)
    ink = rng.randrange(2**31)
    a1 = [replace(a1[0], ink=ink)]
    f.doc("D-accept-P1", DocType.acceptance_report, "P1", **a1f)
    f.pdf("P1合同及验收单.pdf", [*c1, *a1], grey(rng))

    b2 = people.bureau(rng, county, rng.choice(("农业农村局", "文化体育广播电视和旅游局")))
    stem2, field2, scope2 = _topic(rng, b2.full.removeprefix(county))
    amt2 = people.round_amount(rng, 500_000, 1_500_000, 500)
    d2 = deal(rng, "P2", f"{county}{stem2}", _number(rng, county), b2, firm, amt2, dates(rng), county, scope2)
    c2, c2f = project_contract("D-contract-P2", d2, "both")
    f.doc("D-contract-P2", DocType.contract, "P2", **c2f)
    # the very same paper as D-accept-P1: same draw function, so same text, ticks and seals; only the scan differs
    f.doc("D-accept-P1-copy", DocType.acceptance_report, "P1", **a1f)
    copy = [Sheet("D-accept-P1-copy", a1[0].draw, a1[0].size, ink=ink)]
    bill = _bill(rng, firm, b2, "信息系统集成服务", _invoice_part(amt2, rng), d2.accepted, digital=True)
    i2, i2f = digital_invoice("D-invoice-P2", bill, "普通发票")
    f.doc("D-invoice-P2", DocType.invoice, "P2", **i2f)
    f.pdf("P2项目资料.pdf", [*c2, *copy, i2], colour(rng))
    f.plant(
        Code.DUPLICATE_DOCUMENT,
        "D-accept-P1-copy",
        1,
        note="P1合同及验收单.pdf 第3页的验收单再次扫描，放入P2的资料",
    )

    rows = [
        project_row("P1", d1.title, b1.declared, d1.signed, d1.accepted, field1, county, amt1, "build", rng),
        project_row("P2", d2.title, b2.declared, d2.signed, d2.accepted, field2, county, amt2, "build", rng),
    ]
    f.write(out, declaration(comp, [finance_row(YEAR, revenue, 0.7, profit)], rows))


def kz10_akto_audit(out: Path, seed: int) -> None:
    """Plants AUDIT_FIGURE_MISMATCH (审计报告.pdf, page 3: the 利润表).

    阿克陶县, 丁. Audit scanned grey 200 dpi, in 元; the declaration's 2024 营业收入 is 3–8 million higher than the
    利润表's 本期 营业收入 (net profit agrees). P1 clean: 江西援疆 project of the 前方指挥部, 政府采购合同 in capital
    numerals only + 验收意见 + 数电票.
    """
    county = "阿克陶县"
    rng, f, comp = _start(seed, 10, "kz10_akto_audit", False, county, "丁")
    firm = comp.firm
    _license(f, firm, "grey", "营业执照.pdf", rng)
    revenue = cents(rng, 5_000_000, 9_000_000)
    books, profit = _books(rng, YEAR, revenue)
    declared_revenue = revenue + Decimal(rng.randrange(3_000_000, 8_000_000))
    _audit(f, firm, books, rng, "审计报告.pdf", grey(rng))
    f.plant(
        Code.AUDIT_FIGURE_MISMATCH,
        "D-audit",
        3,
        note=f"利润表 营业收入 {people.figures(revenue)}；申报 {people.figures(declared_revenue)}",
    )

    aid = people.aid_hq(rng, county)
    stem, field1, scope1 = rng.choice(AID_TOPICS)
    title = f"{aid.aid}{county}{stem}"
    amt = people.round_amount(rng, 1_500_000, 4_000_000, 1000)
    d1 = deal(rng, "P1", title, _number(rng, county), aid, firm, amt, dates(rng), county, scope1)
    c1, c1f = gov_contract("D-contract-P1", d1, "capital")
    f.doc("D-contract-P1", DocType.contract, "P1", **c1f)
    l1, l1f = acceptance_letter("D-accept-P1", d1, panel(rng, aid, county, 5))
    f.doc("D-accept-P1", DocType.acceptance_report, "P1", **l1f)
    f.pdf("援疆项目合同及验收意见.pdf", [*c1, *l1], grey(rng))
    bill = _bill(rng, firm, aid, "信息系统集成服务", _invoice_part(amt, rng), d1.accepted, digital=True)
    i1, i1f = digital_invoice("D-invoice-P1", bill)
    f.doc("D-invoice-P1", DocType.invoice, "P1", **i1f)
    f.pdf("发票.pdf", [i1], None, producer="国家税务总局全国统一电子发票服务平台", created=_noon(bill.issued))

    rows = [project_row("P1", title, aid.declared, d1.signed, d1.accepted, field1, county, amt, "build", rng)]
    f.write(out, declaration(comp, [finance_row(YEAR, declared_revenue, 0.7, profit)], rows))


def _noon(d: dt.date) -> dt.datetime:
    return dt.datetime.combine(d, dt.time(12, 0))


SCENARIOS: tuple[Callable[[Path, int], None], ...] = (
    kz01_atush_jiangsu_award,
    kz02_akto_jiangxi_bilevel,
    kz03_akqi_handwritten,
    kz04_wuqia_merged,
    kz05_atush_amount,
    kz06_akto_rework,
    kz07_wuqia_old_license,
    kz08_akqi_party,
    kz09_atush_duplicate,
    kz10_akto_audit,
)


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for scenario in SCENARIOS:
        if only and scenario.__name__ not in only:
            continue
        scenario(out, seed)
        written.append(scenario.__name__)
    return written


__all__ = ["SCENARIOS", "generate"]
