"""urumqi: ten filings of larger Urumqi firms (inspection year 2024), written without reading the checker.

Scenario *i* draws from ``random.Random(seed * 1000 + i)``; the planted causes and their pages do not vary.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from jianzheng.models.finding import Code

from . import acceptance as A
from . import contracts as C
from . import papers
from .filing import Doc, Filing
from .people import (
    CERTIFICATES,
    DISTRICTS,
    Firm,
    day_in,
    firm,
    money,
    party,
    person,
    round_to,
    split,
    words,
    workday,
)
from .scan import Scanner, random_scanner

YEAR = 2024

CLIENT_KINDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "政务服务和数据管理局",
        "党政",
        ("政务云平台扩容", "一网通办综合受理平台", "城市运行管理服务平台", "数据共享交换平台"),
    ),
    ("教育局", "教育", ("智慧校园基础网络", "教育城域网升级改造", "中小学录播教室", "教育资源公共服务平台")),
    ("卫生健康委员会", "医疗卫生", ("区域全民健康信息平台", "基层医疗机构信息化", "公共卫生应急指挥系统")),
    (
        "城市管理局（行政执法局）",
        "公用事业",
        ("智慧城管综合指挥平台", "数字化城市管理系统升级", "市政设施物联感知"),
    ),
    ("公安分局", "党政", ("视频监控联网共享平台", "社会治安防控体系", "指挥中心融合通信")),
)


def prefix(district: str) -> str:
    if district.startswith("高新区"):
        return "乌鲁木齐高新技术产业开发区（新市区）"
    if district.startswith("经开区"):
        return "乌鲁木齐经济技术开发区（头屯河区）"
    return "乌鲁木齐市" + district


def client(rng: random.Random, district_index: int | None = None) -> tuple[Firm, str, str, str]:
    """A government client: (party, field, project title without 建设项目, procurement-number abbreviation)."""
    d = DISTRICTS[rng.randrange(len(DISTRICTS)) if district_index is None else district_index]
    kind, fld, topics = rng.choice(CLIENT_KINDS)
    return party(rng, prefix(d[0]) + kind), fld, prefix(d[0]) + rng.choice(topics), d[2]


def amount(rng: random.Random, lo: int, hi: int) -> Decimal:
    """A contract price between lo and hi yuan, in whole hundreds, sometimes with odd yuan."""
    v = Decimal(rng.randint(lo // 100, hi // 100) * 100)
    if rng.random() < 0.3:
        v += Decimal(rng.randint(1, 99))
    return v


def dates(rng: random.Random) -> tuple[dt.date, dt.date]:
    signed = workday(day_in(rng, dt.date(YEAR, 1, 8), dt.date(YEAR, 7, 31)))
    accepted = workday(signed + dt.timedelta(days=rng.randint(70, 150)))
    return signed, min(accepted, dt.date(YEAR, 12, 20))


def number(rng: random.Random, abbr: str, year: int = YEAR) -> str:
    style = rng.randrange(3)
    if style == 0:
        return f"{abbr}采〔{year}〕{rng.randint(3, 160)}号"
    if style == 1:
        return f"{abbr}采购（{year}）{rng.randint(10, 99)}-{rng.randint(1, 9):02d}号"
    return f"HT-{year}{rng.randint(1, 12):02d}-{rng.randint(1, 999):04d}"


# ---- declaration ----------------------------------------------------------------------------------------


def enterprise(f: Firm, grade: str, rng: random.Random, certified: int, technical: int) -> dict[str, Any]:
    certs = []
    for k in range(certified):
        name, level = (
            CERTIFICATES[k % len(CERTIFICATES)] if k < len(CERTIFICATES) else rng.choice(CERTIFICATES)
        )
        certs.append(
            {
                "holder": person(rng),
                "certificate": name,
                "level": level,
                "number": f"{rng.choice(('S', 'HW', 'ITSS'))}{rng.randint(2016, 2023)}{rng.randint(10**7, 10**8 - 1)}",
            }
        )
    return {
        "name": f.name,
        "credit_code": f.code,
        "legal_representative": f.legal,
        "registered_capital": money(f.capital),
        "established_on": f.established.isoformat(),
        "grade": grade,
        "inspection_year": YEAR,
        "staff": {"technical_total": technical, "certified_total": certified, "certificates": certs},
    }


def row(deal: C.Deal, fld: str, location: str = "新疆维吾尔自治区乌鲁木齐市") -> dict[str, Any]:
    fees = {k: money(deal.fees.get(k, Decimal(0))) for k in papers_fee_keys()}
    services = sum((deal.fees.get(k, Decimal(0)) for k in papers_fee_keys()[:6]), Decimal(0))
    total = sum(deal.fees.values(), Decimal(0))
    assert total == deal.amount, (deal.pid, total, deal.amount)
    return {
        "id": deal.pid,
        "name": deal.name,
        "client": deal.client.name,
        "signed_on": deal.signed.isoformat(),
        "accepted_on": deal.accepted.isoformat(),
        "field": fld,
        "location": location,
        "fees": fees,
        "services_total": money(services),
        "contract_amount": money(deal.amount),
    }


def papers_fee_keys() -> tuple[str, ...]:
    from jianzheng.models.declaration import FEE_KEYS

    return FEE_KEYS


def finance(b: papers.Books, share: float) -> dict[str, Any]:
    return {
        "year": b.year,
        "operating_revenue": money(b.revenue),
        "system_integration_revenue": money(round_to(b.revenue * Decimal(share), 1)),
        "net_profit": money(b.profit),
    }


def books(
    rng: random.Random, year: int, lo: int, hi: int, group: bool, prior: papers.Books | None = None
) -> papers.Books:
    rev = Decimal(rng.randint(lo, hi)) + Decimal(rng.randint(0, 99)) / 100
    profit = round_to(rev * Decimal(rng.uniform(0.03, 0.11)), 1) + Decimal(rng.randint(0, 99)) / 100
    b = papers.Books(year, rev, profit)
    if group:
        b.group_revenue = (
            round_to(rev * Decimal(rng.uniform(1.15, 1.6)), 1) + Decimal(rng.randint(0, 99)) / 100
        )
        b.group_profit = (
            round_to(profit * Decimal(rng.uniform(1.05, 1.4)), 1) + Decimal(rng.randint(0, 99)) / 100
        )
    if prior:
        b.prior_revenue, b.prior_profit = prior.revenue, prior.profit
    else:
        b.prior_revenue = round_to(rev * Decimal(rng.uniform(0.75, 1.05)), 1) + Decimal("0.37")
        b.prior_profit = round_to(profit * Decimal(rng.uniform(0.6, 1.2)), 1) + Decimal("0.18")
    return b


def deal_for(
    rng: random.Random,
    f: Firm,
    pid: str,
    lo: int,
    hi: int,
    keys: list[str],
    district_index: int | None = None,
) -> tuple[C.Deal, str]:
    cl, fld, topic, abbr = client(rng, district_index)
    signed, accepted = dates(rng)
    amt = amount(rng, lo, hi)
    name = f"{topic}建设项目"
    deal = C.Deal(pid, name, number(rng, abbr), cl, f, amt, signed, accepted, split(rng, amt, keys))
    return deal, fld


def standard_contract(deal: C.Deal, rng: random.Random, doc_id: str, **kw: Any) -> Doc:
    return C.contract(
        deal,
        rng,
        doc_id=doc_id,
        heading=f"{deal.name}合同书",
        parties=[("甲方（采购人）", deal.client), ("乙方（供应商）", deal.firm)],
        intro=f"根据《中华人民共和国民法典》《中华人民共和国政府采购法》及该项目采购文件，甲乙双方经协商一致，就{deal.name}签订本合同，共同遵守。",
        **kw,
    )


def basics(
    fl: Filing,
    rng: random.Random,
    f: Firm,
    vertical: bool,
    licence_scanner: Scanner,
    licence_name: str,
    **lic: Any,
) -> None:
    doc = papers.licence(f, rng, vertical, **lic)
    if licence_name.endswith(".jpg"):
        fl.image(licence_name, doc, licence_scanner)
    else:
        fl.scanned(licence_name, [doc], licence_scanner)


# ---- scenarios ------------------------------------------------------------------------------------------


def uq01_consortium_yi(fl: Filing, rng: random.Random) -> tuple[dict[str, Any], bool]:
    """Clean, 乙: a 联合体 contract of 1–2 亿 (甲方, 乙方 联合体牵头人 = the firm, 联合体成员), born digital with
    pasted seals and signatures; 第三方软件测评报告 (CNAS/CMA) + the client's 验收证书 naming the lab, one 300 dpi
    colour JPEG scan; horizontal licence JPEG; audits with 合并 and 母公司 columns, 2024 in 万元, 2023 in 元."""
    taken: set[str] = set()
    f = firm(rng, 0, taken)
    member = firm(rng, None, taken)
    deal, fld = deal_for(
        rng,
        f,
        "P1",
        105_000_000,
        190_000_000,
        ["software_development", "integration_implementation", "hardware_purchase", "software_purchase"],
        0,
    )
    deal.number = f"乌高新采〔{YEAR}〕{rng.randint(5, 60)}号"
    basics(fl, rng, f, False, Scanner(dpi=300, quality=85, blur=0.5, skew=0.3), "营业执照（正本）.jpg")
    b23 = books(rng, 2023, 260_000_000, 420_000_000, True)
    b24 = books(rng, 2024, 300_000_000, 520_000_000, True, prior=b23)
    fl.scanned(
        "2024年度审计报告.pdf", [papers.audit(f, b24, rng, unit="万元")], random_scanner(rng, colour="grey")
    )
    fl.digital(
        "2023年度审计报告.pdf",
        [papers.audit(f, b23, rng, unit="元")],
        producer="WPS Office",
        made=dt.date(2024, 4, 2),
    )
    contract = C.contract(
        deal,
        rng,
        doc_id="D-P1-contract",
        heading=f"{deal.name}政府采购合同",
        parties=[("甲方", deal.client), ("乙方（联合体牵头人）", f), ("乙方（联合体成员）", member)],
        intro=f"乙方由{f.name}（牵头人）与{member.name}（成员）组成联合体参加本项目采购并中标。"
        "联合体各方就本合同的履行向甲方承担连带责任。根据《中华人民共和国民法典》及采购文件，经协商一致，签订本合同。",
        extra_clauses=(
            f"联合体分工：{f.name}负责总体设计、软件开发及系统集成，{member.name}负责机房及网络硬件设备供货与安装；合同价款由甲方支付至牵头人账户。",
        ),
        pasted=True,
    )
    fl.digital("城市项目合同（联合体）.pdf", [contract], made=deal.signed)
    lab = rng.choice(A.LABS)
    report_no = f"XJRC-{YEAR}-{rng.randint(100, 999)}"
    issued = deal.accepted - dt.timedelta(days=rng.randint(8, 20))
    fl.scanned(
        "测评报告及验收证书.pdf",
        [
            A.test_report(deal, lab, report_no, issued, rng, "D-P1-test"),
            A.certificate(deal, rng, "D-P1-accept", (lab, report_no)),
        ],
        Scanner(dpi=300, quality=85, blur=rng.uniform(0.4, 0.7), skew=rng.uniform(-0.8, 0.8)),
    )
    decl = {
        "enterprise": enterprise(f, "乙", rng, rng.randint(8, 10), rng.randint(32, 48)),
        "finance": [finance(b23, 0.72), finance(b24, 0.7)],
        "projects": [row(deal, fld)],
    }
    return decl, True


def uq02_subcontract(fl: Filing, rng: random.Random) -> tuple[dict[str, Any], bool]:
    """Clean, 丁: the firm is the 分包方; the declared client is the 总包方; the end user is in the project name.
    Grey scan saved as RGB with chroma noise: 分包合同 + 竣工验收报告 with 监理 sign-off; licence 副本 (vertical)
    at 150 dpi greyscale."""
    f = firm(rng, 1)
    builder = party(
        rng,
        rng.choice(
            ("新疆天筑建设（集团）有限责任公司", "新疆昆仑建工集团有限公司", "新疆亚欧城建工程有限公司")
        ),
    )
    user = party(
        rng, prefix(DISTRICTS[1][0]) + rng.choice(("人民医院", "第一中学", "政务服务中心", "图书馆"))
    )
    supervisor = party(rng, rng.choice(("新疆诚远工程建设监理有限公司", "新疆天衡工程项目管理有限公司")))
    signed, accepted = dates(rng)
    amt = amount(rng, 3_000_000, 9_000_000)
    building = rng.choice(("新院区", "综合楼", "迁建"))
    deal = C.Deal(
        "P1",
        f"{user.name}{building}建设项目智能化系统专业分包工程",
        f"TZJ-FB-{YEAR}-{rng.randint(10, 99):03d}",
        builder,
        f,
        amt,
        signed,
        accepted,
        split(rng, amt, ["integration_implementation", "hardware_purchase"]),
    )
    basics(
        fl, rng, f, True, Scanner(dpi=150, colour="grey", quality=82, blur=0.6, skew=-0.6), "营业执照副本.pdf"
    )
    b = books(rng, 2024, 40_000_000, 90_000_000, False)
    fl.digital(
        "审计报告（2024）.pdf",
        [papers.audit(f, b, rng)],
        producer="Microsoft® Excel 2016",
        made=dt.date(2025, 3, 18),
    )
    contract = C.contract(
        deal,
        rng,
        doc_id="D-P1-contract",
        heading="建设工程专业分包合同",
        parties=[("甲方（总包方）", builder), ("乙方（分包方）", f)],
        intro=f"甲方承建{user.name}{building}建设项目（以下简称总包工程）。经建设单位同意，甲方将总包工程中的智能化系统专业工程分包给乙方施工。"
        "根据《中华人民共和国民法典》《中华人民共和国建筑法》，双方经协商一致，订立本合同。",
    )
    s = random_scanner(rng, colour="grey_rgb", dpi=200)
    fl.scanned(
        "分包合同及竣工验收.pdf", [contract, A.completion(deal, user, supervisor, rng, "D-P1-accept")], s
    )
    decl = {
        "enterprise": enterprise(f, "丁", rng, rng.randint(1, 3), rng.randint(10, 26)),
        "finance": [finance(b, 0.8)],
        "projects": [row(deal, "医疗卫生" if "医院" in user.name else "房地产、建筑")],
    }
    return decl, True


def uq03_techdev(fl: Filing, rng: random.Random) -> tuple[dict[str, Any], bool]:
    """Clean, 丁: 科技部 技术开发（委托）合同 born digital with pasted seals and signatures (研究开发经费和报酬);
    验收意见 says 基本合格，同意通过验收，限期整改 (a pass); a VAT-exempt 数电票 for 40 % (first instalment)."""
    f = firm(rng, 2)
    deal, fld = deal_for(rng, f, "P1", 800_000, 2_600_000, ["software_development"], 2)
    deal.name = deal.name.replace("建设项目", "研究开发项目")
    basics(fl, rng, f, False, random_scanner(rng, colour="grey", dpi=200), "营业执照.jpg")
    b = books(rng, 2024, 15_000_000, 40_000_000, False)
    fl.scanned("2024审计报告.pdf", [papers.audit(f, b, rng)], random_scanner(rng))
    fl.digital(
        "技术开发合同.pdf", [C.techdev(deal, rng, "D-P1-contract")], producer="WPS Office", made=deal.signed
    )
    fl.scanned("验收意见.pdf", [A.opinion(deal, rng, "D-P1-accept")], random_scanner(rng, colour="rgb"))
    paid = round_to(deal.amount * Decimal("0.4"), 1)
    issued = workday(deal.signed + dt.timedelta(days=rng.randint(5, 14)))
    inv_no = f"24652000000{rng.randint(10**8, 10**9 - 1)}"
    fl.digital(
        "首付款发票.pdf",
        [A.e_invoice(deal, paid, inv_no, issued, "*研发和技术服务*技术开发服务", "D-P1-invoice")],
        producer="国家税务总局全国统一电子发票服务平台",
        made=issued,
    )
    decl = {
        "enterprise": enterprise(f, "丁", rng, rng.randint(1, 3), rng.randint(8, 20)),
        "finance": [finance(b, 0.75)],
        "projects": [row(deal, fld)],
    }
    return decl, True


def uq04_om_and_price_table(fl: Filing, rng: random.Random) -> tuple[dict[str, Any], bool]:
    """Clean, 丁: P1 运维服务 contract (annual fee × 3 years, signed 2021, accepted at the end of the term in
    2024) scanned with pages 2–3 as one landscape spread and page 1 saved twice; P2 乌高新采〔2024〕 contract whose
    价款构成 table separates 设备费/软件费/集成费/税金 with a 合计 row, colour 300 dpi."""
    f = firm(rng, 3)
    basics(fl, rng, f, True, random_scanner(rng, colour="rgb", dpi=200), "营业执照副本.jpg")
    b = books(rng, 2024, 30_000_000, 70_000_000, False)
    fl.digital(
        "2024年度审计报告.pdf", [papers.audit(f, b, rng)], producer="WPS Office", made=dt.date(2025, 3, 26)
    )
    # P1: three-year O&M
    cl, fld1, _, abbr = client(rng, 3)
    annual = amount(rng, 300_000, 900_000)
    total = annual * 3
    start = dt.date(2021, rng.choice((3, 4, 7)), 1)
    end = dt.date(2024, start.month, 1) - dt.timedelta(days=1)
    signed = workday(start - dt.timedelta(days=rng.randint(10, 25)))
    accepted = workday(end + dt.timedelta(days=rng.randint(10, 30)))
    om = C.Deal(
        "P1",
        f"{cl.name}信息系统运维服务项目",
        number(rng, abbr, 2021),
        cl,
        f,
        total,
        signed,
        accepted,
        {"operation_maintenance": total},
    )
    om_doc = C.contract(
        om,
        rng,
        doc_id="D-P1-contract",
        heading=f"{om.name}服务合同",
        parties=[("甲方（采购人）", cl), ("乙方（服务商）", f)],
        intro="甲方委托乙方对其机房基础设施、网络及安全设备、业务应用系统提供运行维护服务。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。",
        amount_lines=[
            f"本合同服务期三年，自{start.year}年{start.month}月{start.day}日起至{end.year}年{end.month}月{end.day}日止。",
            f"年度运维服务费为人民币{annual:,.2f}元，服务期三年合同总金额为人民币（大写）{words(total)}（小写：¥{total:,.2f}元）。运维服务费按年度考核后支付。",
        ],
    )
    om_doc.sheets[0].scanner = random_scanner(rng, colour="rgb", dpi=200, resaves=2)
    om_doc.sheets[1].with_next = True
    om_doc.fields["amount_in_words"] = words(total)
    fl.scanned(
        "运维服务合同及验收.pdf",
        [om_doc, A.certificate(om, rng, "D-P1-accept", cn_date=False)],
        random_scanner(rng, colour="rgb", dpi=200),
    )
    # P2: price table
    cl2, fld2, title2, _ = client(rng, 0)
    signed2, accepted2 = dates(rng)
    amt2 = amount(rng, 2_000_000, 6_000_000)
    tax = round_to(amt2 * Decimal("0.13") / Decimal("1.13"), 1)
    parts = split(rng, amt2 - tax, ["hardware_purchase", "software_purchase", "integration_implementation"])
    parts["other"] = tax
    p2 = C.Deal(
        "P2",
        f"{title2}建设项目",
        f"乌高新采〔{YEAR}〕{rng.randint(5, 99)}号",
        cl2,
        f,
        amt2,
        signed2,
        accepted2,
        parts,
    )
    labels = [
        ("设备费（硬件设备购置）", "hardware_purchase"),
        ("软件费（商用软件购置）", "software_purchase"),
        ("集成费（系统集成及安装调试）", "integration_implementation"),
        ("税金", "other"),
    ]
    rows = [["序号", "费用名称", "金额（元）", "备注"]]
    rows += [
        [str(i + 1), lab, f"{parts[k]:,.2f}", "含运输、保险" if i == 0 else ""]
        for i, (lab, k) in enumerate(labels)
    ]
    rows.append(["", "合计", f"{amt2:,.2f}", ""])
    p2_doc = standard_contract(
        p2, rng, "D-P2-contract", table=("合同价款构成", [40.0, 200.0, 120.0, 91.0], rows), fees=parts
    )
    fl.scanned(
        "高新区项目合同及验收证书.pdf",
        [p2_doc, A.certificate(p2, rng, "D-P2-accept")],
        Scanner(dpi=300, quality=85, blur=rng.uniform(0.4, 0.9), skew=rng.uniform(-1, 1)),
    )
    decl = {
        "enterprise": enterprise(f, "丁", rng, rng.randint(1, 3), rng.randint(8, 20)),
        "finance": [finance(b, 0.7)],
        "projects": [row(om, fld1), row(p2, fld2)],
    }
    return decl, True


def _single(
    fl: Filing, rng: random.Random, district: int, keys: list[str]
) -> tuple[Firm, C.Deal, str, papers.Books]:
    f = firm(rng, district)
    deal, fld = deal_for(rng, f, "P1", 1_200_000, 8_000_000, keys, district)
    b = books(rng, 2024, 20_000_000, 80_000_000, False)
    return f, deal, fld, b


def _decl(f: Firm, rng: random.Random, b: papers.Books, deals: list[tuple[C.Deal, str]]) -> dict[str, Any]:
    return {
        "enterprise": enterprise(f, "丁", rng, rng.randint(1, 3), rng.randint(8, 22)),
        "finance": [finance(b, 0.7)],
        "projects": [row(d, fld) for d, fld in deals],
    }


def uq05_fee_split(fl: Filing, rng: random.Random) -> tuple[dict[str, Any], bool]:
    """FEE_MISMATCH: the contract's 分项报价 table moves 15–30 万 from 硬件设备购置费 to 软件开发费 (total unchanged)."""
    keys = ["software_development", "integration_implementation", "hardware_purchase"]
    f, deal, fld, b = _single(fl, rng, 4, keys)
    hw = round_to(deal.amount * Decimal(rng.uniform(0.4, 0.55)), 100)
    integ = round_to(deal.amount * Decimal(rng.uniform(0.1, 0.2)), 100)
    deal.fees = {
        "software_development": deal.amount - hw - integ,
        "integration_implementation": integ,
        "hardware_purchase": hw,
    }
    moved = Decimal(rng.randint(15, 30) * 10000)
    printed = dict(deal.fees)
    printed["software_development"] += moved
    printed["hardware_purchase"] -= moved
    labels = [
        ("软件开发费", "software_development"),
        ("系统集成实施费", "integration_implementation"),
        ("硬件设备购置费", "hardware_purchase"),
    ]
    rows = [["序号", "分项名称", "金额（元）", "说明"]]
    rows += [[str(i + 1), lab, f"{printed[k]:,.2f}", ""] for i, (lab, k) in enumerate(labels)]
    rows.append(["", "合计", f"{deal.amount:,.2f}", "含税"])
    basics(fl, rng, f, True, random_scanner(rng, dpi=200), "营业执照.jpg")
    fl.digital("审计报告.pdf", [papers.audit(f, b, rng)], producer="WPS Office", made=dt.date(2025, 3, 20))
    doc = standard_contract(
        deal, rng, "D-P1-contract", table=("分项报价表", [40.0, 200.0, 120.0, 91.0], rows), fees=printed
    )
    fl.scanned(
        "合同及验收证书.pdf",
        [doc, A.certificate(deal, rng, "D-P1-accept")],
        random_scanner(rng, colour="rgb", skew=0.4),
    )
    fl.plant(
        Code.FEE_MISMATCH,
        "D-P1-contract",
        1,
        "P1",
        f"分项报价表: 软件开发费 +{moved} / 硬件设备购置费 -{moved} vs the row",
    )
    return _decl(f, rng, b, [(deal, fld)]), False


def uq06_words(fl: Filing, rng: random.Random) -> tuple[dict[str, Any], bool]:
    """AMOUNT_WORDS_MISMATCH: born-digital contract (pasted seals), figures = declared, capital numerals 10–40 万 less."""
    f, deal, fld, b = _single(
        fl, rng, 5, ["software_development", "integration_implementation", "hardware_purchase"]
    )
    wrong = deal.amount - Decimal(rng.randint(1, 4) * 100_000)
    basics(fl, rng, f, False, random_scanner(rng, dpi=200), "营业执照.jpg")
    fl.scanned("审计报告2024.pdf", [papers.audit(f, b, rng)], random_scanner(rng))
    doc = standard_contract(deal, rng, "D-P1-contract", pasted=True, printed_words=words(wrong))
    fl.digital("项目合同.pdf", [doc], made=deal.signed)
    fl.scanned("验收证书.pdf", [A.certificate(deal, rng, "D-P1-accept")], random_scanner(rng))
    fl.plant(
        Code.AMOUNT_WORDS_MISMATCH,
        "D-P1-contract",
        0,
        "P1",
        f"大写 {words(wrong)} vs 小写 {deal.amount:,.2f}",
    )
    return _decl(f, rng, b, [(deal, fld)]), False


def uq07_accept_before_signing(fl: Filing, rng: random.Random) -> tuple[dict[str, Any], bool]:
    """ACCEPTANCE_BEFORE_SIGNING: 验收证书 dated 40–120 days before the contract's signing (both 2024, both declared)."""
    f, deal, fld, b = _single(fl, rng, 0, ["software_development", "hardware_purchase"])
    deal.signed = workday(day_in(rng, dt.date(YEAR, 6, 3), dt.date(YEAR, 9, 30)))
    deal.accepted = workday(deal.signed - dt.timedelta(days=rng.randint(40, 120)))
    basics(fl, rng, f, True, random_scanner(rng, dpi=200), "营业执照副本.jpg")
    fl.digital("审计报告.pdf", [papers.audit(f, b, rng)], producer="WPS Office", made=dt.date(2025, 3, 12))
    fl.scanned(
        "合同关键页及验收证书.pdf",
        [standard_contract(deal, rng, "D-P1-contract"), A.certificate(deal, rng, "D-P1-accept")],
        random_scanner(rng, colour="grey"),
    )
    fl.plant(
        Code.ACCEPTANCE_BEFORE_SIGNING, "D-P1-accept", 0, "P1", f"验收 {deal.accepted} < 签订 {deal.signed}"
    )
    return _decl(f, rng, b, [(deal, fld)]), False


def uq08_qualified_opinion(fl: Filing, rng: random.Random) -> tuple[dict[str, Any], bool]:
    """AUDIT_OPINION_NOT_CLEAN: 审计报告 headed 一、保留意见 (receivables not confirmed); figures match."""
    f, deal, fld, b = _single(fl, rng, 1, ["software_development", "integration_implementation"])
    basics(fl, rng, f, False, random_scanner(rng, dpi=200), "营业执照.jpg")
    fl.scanned(
        "2024年度审计报告.pdf", [papers.audit(f, b, rng, qualified=True)], random_scanner(rng, skew=0.3)
    )
    fl.scanned(
        "合同及验收.pdf",
        [standard_contract(deal, rng, "D-P1-contract"), A.certificate(deal, rng, "D-P1-accept")],
        random_scanner(rng),
    )
    fl.plant(Code.AUDIT_OPINION_NOT_CLEAN, "D-audit-2024", 0, None, "保留意见")
    return _decl(f, rng, b, [(deal, fld)]), False


def uq09_licence_capital(fl: Filing, rng: random.Random) -> tuple[dict[str, Any], bool]:
    """LICENSE_FIELD_MISMATCH: the licence prints a 注册资本 other than the declared one (an older licence)."""
    f, deal, fld, b = _single(fl, rng, 2, ["software_development", "hardware_purchase"])
    f.capital = Decimal(rng.choice((8000, 10000, 12000))) * 10000
    old = f.capital - Decimal(rng.choice((3000, 5000))) * 10000
    basics(
        fl, rng, f, True, Scanner(dpi=300, quality=85, blur=0.5, skew=0.2), "营业执照副本.jpg", capital=old
    )
    fl.digital("审计报告.pdf", [papers.audit(f, b, rng)], producer="WPS Office", made=dt.date(2025, 3, 14))
    fl.scanned(
        "合同及验收.pdf",
        [standard_contract(deal, rng, "D-P1-contract"), A.certificate(deal, rng, "D-P1-accept")],
        random_scanner(rng),
    )
    fl.plant(
        Code.LICENSE_FIELD_MISMATCH,
        "D-licence",
        0,
        None,
        f"注册资本 {old} on the licence vs {f.capital} declared",
    )
    return _decl(f, rng, b, [(deal, fld)]), False


def uq10_overlay(fl: Filing, rng: random.Random) -> tuple[dict[str, Any], bool]:
    """OVERLAY_DETECTED: born-digital contract; white boxes hide the original amount (6–30 万 lower, words and
    figures) and the declared amount is typed on top in the same font; saved once, no incremental update."""
    f, deal, fld, b = _single(
        fl, rng, 3, ["software_development", "integration_implementation", "hardware_purchase"]
    )
    original = deal.amount - Decimal(rng.randint(6, 30) * 10000)
    basics(fl, rng, f, False, random_scanner(rng, dpi=200), "营业执照.jpg")
    fl.digital("审计报告.pdf", [papers.audit(f, b, rng)], producer="WPS Office", made=dt.date(2025, 3, 10))
    doc = standard_contract(deal, rng, "D-P1-contract", pasted=True, overlay=C.Overlay(original))
    fl.digital("合同电子版.pdf", [doc], made=deal.signed)
    fl.scanned("验收证书.pdf", [A.certificate(deal, rng, "D-P1-accept")], random_scanner(rng))
    fl.plant(
        Code.OVERLAY_DETECTED, "D-P1-contract", 0, "P1", f"white boxes over {original} (words and figures)"
    )
    return _decl(f, rng, b, [(deal, fld)]), False


Scenario = Callable[[Filing, random.Random], tuple[dict[str, Any], bool]]

SCENARIOS: tuple[Scenario, ...] = (
    uq01_consortium_yi,
    uq02_subcontract,
    uq03_techdev,
    uq04_om_and_price_table,
    uq05_fee_split,
    uq06_words,
    uq07_accept_before_signing,
    uq08_qualified_opinion,
    uq09_licence_capital,
    uq10_overlay,
)


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write the scenarios (or those in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i, scenario in enumerate(SCENARIOS, start=1):
        name = scenario.__name__
        if only and name not in only:
            continue
        rng = random.Random(seed * 1000 + i)
        fl = Filing(out, name, seed, rng)
        fl.reset()
        decl, clean = scenario(fl, rng)
        fl.write(decl, clean)
        written.append(name)
    return written
