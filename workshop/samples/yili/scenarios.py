"""The twelve filings of the yili family (inspection year 2025)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .binder import FileSpec, Part, Planted
from .papers import AcceptSpec, AuditSpec, ContractSpec, FormSpec, InvoiceSpec, LicenseSpec, Org
from .scanner import BROTHER_GREY, CANON_GREY, FAX, HP_COLOUR, KONICA_COLOUR, PHONE, RICOH_LOW
from .world import client, company, day, declaration, money, row, split

D = dt.date
Y = 2025


@dataclass
class Scenario:
    name: str
    decl: dict[str, Any]
    fmt: str
    files: list[FileSpec]
    planted: list[Planted] = field(default_factory=list)
    clean: bool = False


@dataclass
class Firm:
    org: Org
    capital: Decimal
    established: D
    revenue: Decimal
    si: Decimal
    profit: Decimal
    license: LicenseSpec
    audit: AuditSpec


FIRMS = (
    ("伊犁正信会计师事务所有限责任公司", "伊正信审字"),
    ("新疆天恒信会计师事务所有限公司伊犁分所", "天恒信伊审字"),
    ("奎屯华诚联合会计师事务所（普通合伙）", "奎华诚审字"),
)


def firm(
    rng: random.Random,
    name: str,
    region: str,
    address: str,
    legal: str,
    authority: str,
    area: str = "0999",
    unit: str = "元",
    revenue: tuple[int, int] = (8_000_000, 15_000_000),
) -> Firm:
    org = company(rng, name, region, address, legal, area)
    capital = Decimal(rng.choice((500, 1000, 1200, 2000, 3000))) * 10000
    established = D(rng.randrange(2009, 2019), rng.randrange(1, 13), rng.randrange(1, 28))
    rev = Decimal(rng.randrange(*revenue)) + Decimal(rng.randrange(100)) / 100
    si = (rev * Decimal(rng.uniform(0.55, 0.8))).quantize(Decimal("0.01"))
    profit = (rev * Decimal(rng.uniform(0.03, 0.09))).quantize(Decimal("0.01"))
    audit_firm, prefix = rng.choice(FIRMS)
    audit = AuditSpec(
        org,
        audit_firm,
        f"{prefix}〔2026〕第{rng.randrange(20, 400):04d}号",
        Y,
        rev,
        si,
        profit,
        unit=unit,
        issued=day(rng, D(2026, 2, 10), 40),
    )
    lic = LicenseSpec(
        org, capital, established, None, authority=authority, issued=day(rng, D(2021, 1, 1), 900)
    )
    return Firm(org, capital, established, rev, si, profit, lic, audit)


def hundred(v: Decimal) -> Decimal:
    """To the nearest hundred yuan (a figure typed in 万元 with two decimals)."""
    return (v / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP) * 100


def decl_of(
    f: Firm, grade: str, tech: int, cert: int, projects: list[dict[str, Any]], rng: random.Random
) -> dict[str, Any]:
    if f.audit.unit == "万元":
        # Declared from the audit report printed in 万元: to the nearest hundred yuan it states.
        rev, si, pr = (hundred(v) for v in (f.revenue, f.si, f.profit))
    else:
        rev, si, pr = f.revenue, f.si, f.profit
    return declaration(f.org, f.capital, f.established, grade, tech, cert, (rev, si, pr), projects, rng)


def kit(f: Firm, license_fmt: str, license_scan: Any, audit_scan: Any = None) -> list[FileSpec]:
    ext = {"jpg": "jpg", "png": "png", "pdf": "pdf", "tif": "tif"}[license_fmt]
    return [
        FileSpec(f"营业执照副本.{ext}", [Part("license", f.license, scan=license_scan)], fmt=license_fmt),
        FileSpec(
            "财务/2025年度审计报告.pdf",
            [Part("audit", f.audit, scan=audit_scan)],
            producer="Microsoft® Word 2016",
        ),
    ]


def _inv_no(rng: random.Random) -> str:
    return "25652000000" + "".join(str(rng.randrange(10)) for _ in range(9))


# ---------------------------------------------------------------- clean filings


def yl01_yining_clean(rng: random.Random) -> Scenario:
    """JSON; bid notice bound before an itemised contract, certificate-style acceptance scanned grey; a 运维
    service contract with its 数电票; licence photographed with glare."""
    f = firm(
        rng,
        "伊犁天马云链信息技术有限公司",
        "654002",
        "新疆伊犁州伊宁市经济合作区福州路创业大厦7楼",
        "哈力木拉提·赛力克",
        "伊宁市市场监督管理局",
    )
    a1 = client(rng, "伊犁哈萨克自治州友谊医院", "654002", "伊宁市斯大林街92号", "吴立新")
    amt = money(rng, 2_200_000, 3_600_000, 1000)
    fees = split(
        rng,
        amt,
        ["software_development", "integration_implementation", "hardware_purchase", "software_purchase"],
    )
    signed = day(rng, D(Y, 3, 1), 60)
    acc = day(rng, D(Y, 9, 1), 60)
    name1 = "伊犁州友谊医院智慧病房及护理信息系统建设项目"
    c1 = ContractSpec(
        name1,
        f"YLYY-{Y}-HT{rng.randrange(10, 99)}",
        a1,
        f.org,
        amt,
        signed,
        style="grouped",
        fees=fees,
        notice="zhongbiao",
        notice_date=signed - dt.timedelta(days=12),
        location="新疆伊犁州伊宁市",
    )
    ac1 = AcceptSpec(name1, a1, f.org, acc, style="certificate")
    a2 = client(rng, "伊宁市人民政府办公室", "654002", "伊宁市新华西路", "艾尔肯·吐尔地")
    annual = money(rng, 360_000, 560_000, 10_000)
    name2 = "伊宁市政务外网及视频会议系统运维服务项目"
    c2 = ContractSpec(
        name2,
        f"YNZW-YW-{Y}-{rng.randrange(1, 30):03d}",
        a2,
        f.org,
        annual,
        D(Y - 1, 12, 26),
        style="wan",
        kind="service",
        period=(D(Y, 1, 1), D(Y, 12, 31)),
    )
    inv = InvoiceSpec(_inv_no(rng), D(Y, 12, 22), a2, f.org, annual)
    projects = [
        row("P1", name1, a1.name, signed, acc, "医疗卫生", "新疆维吾尔自治区伊犁哈萨克自治州伊宁市", fees),
        row(
            "P2",
            name2,
            a2.name,
            c2.signed,
            D(Y, 12, 31),
            "党政",
            "新疆维吾尔自治区伊犁哈萨克自治州伊宁市",
            {"operation_maintenance": annual},
        ),
    ]
    files = [
        *kit(f, "jpg", PHONE),
        FileSpec(
            "项目一/友谊医院合同及验收.pdf",
            [
                Part("notice", c1, "P1"),
                Part("contract", c1, "P1"),
                Part("acceptance", ac1, "P1", scan=CANON_GREY),
            ],
        ),
        FileSpec(
            "项目二/运维服务合同.pdf",
            [Part("contract", c2, "P2", scan=KONICA_COLOUR)],
            producer="KONICA MINOLTA bizhub C368",
        ),
        FileSpec(
            "项目二/发票.pdf", [Part("invoice", inv, "P2")], producer="国家税务总局全国统一发票服务平台"
        ),
    ]
    return Scenario("yl01_yining_clean", decl_of(f, "丁", 24, 5, projects, rng), "json", files, clean=True)


def yl02_kuitun_clean_xlsx(rng: random.Random) -> Scenario:
    """XLSX in 万元; a contract whose 补充协议 raises the price (declared at the new price) with a 验收报告 and
    its 验收组成员签字表 scanned at 150 dpi with a staple; a wrapped-name table contract for the second row;
    the audit report in 万元, scanned."""
    f = firm(
        rng,
        "奎屯博远智能科技有限公司",
        "654003",
        "新疆伊犁州奎屯市北京西路12号",
        "孙国庆",
        "奎屯市市场监督管理局",
        area="0992",
        unit="万元",
    )
    a1 = client(rng, "奎屯市教育局", "654003", "奎屯市乌鲁木齐东路", "马文斌")
    old = money(rng, 1_400_000, 2_000_000, 10_000)
    new = old + money(rng, 120_000, 300_000, 10_000)
    signed = day(rng, D(Y, 2, 20), 40)
    name1 = "奎屯市中小学智慧教室建设项目"
    c1 = ContractSpec(
        name1,
        f"KTJY{Y}-{rng.randrange(100, 999)}",
        a1,
        f.org,
        old,
        signed,
        style="plain",
        supplement=(new, signed + dt.timedelta(days=rng.randrange(60, 100))),
        location="新疆伊犁州奎屯市",
    )
    acc1 = day(rng, D(Y, 10, 8), 40)
    ac1 = AcceptSpec(name1, a1, f.org, acc1, style="report", tick=False)
    a2 = client(rng, "奎屯市人民医院", "654003", "奎屯市北京东路", "刘卫东")
    amt2 = (
        money(rng, 700_000, 990_000, 100)
        + Decimal(rng.randrange(1, 50))
        + Decimal(rng.randrange(1, 99)) / 100
    )
    name2 = "奎屯市人民医院数据中心机房动力环境监控及网络安全等级保护整改项目"
    signed2 = day(rng, D(Y, 4, 1), 30)
    c2 = ContractSpec(
        name2,
        f"KTRY-XX-{Y}{rng.randrange(10, 99)}",
        a2,
        f.org,
        amt2,
        signed2,
        style="capital",
        wrap_table=True,
        location="新疆伊犁州奎屯市",
    )
    acc2 = day(rng, D(Y, 8, 1), 50)
    ac2 = AcceptSpec(name2, a2, f.org, acc2, style="certificate")
    declared2 = hundred(amt2)
    projects = [
        row(
            "P1",
            name1,
            a1.name,
            signed,
            acc1,
            "教育",
            "新疆维吾尔自治区伊犁哈萨克自治州奎屯市",
            split(rng, new, ["software_development", "integration_implementation", "hardware_purchase"], 100),
        ),
        row(
            "P2",
            name2,
            a2.name,
            signed2,
            acc2,
            "医疗卫生",
            "新疆维吾尔自治区伊犁哈萨克自治州奎屯市",
            split(
                rng, declared2, ["integration_implementation", "self_made_hardware", "hardware_purchase"], 100
            ),
        ),
    ]
    files = [
        *kit(f, "png", HP_COLOUR, audit_scan=BROTHER_GREY),
        FileSpec(
            "合同/智慧教室合同+补充协议+验收报告.pdf",
            [Part("contract", c1, "P1", scan=RICOH_LOW), Part("acceptance", ac1, "P1", scan=RICOH_LOW)],
            producer="RICOH MP 2014",
        ),
        FileSpec(
            "合同/人民医院机房等保.pdf",
            [Part("contract", c2, "P2"), Part("acceptance", ac2, "P2", scan=HP_COLOUR)],
        ),
    ]
    files[1].producer = "Brother MFC-7860DW"
    return Scenario(
        "yl02_kuitun_clean_xlsx", decl_of(f, "丁", 22, 6, projects, rng), "xlsx", files, clean=True
    )


def yl03_huoerguosi_clean_tiff(rng: random.Random) -> Scenario:
    """JSON; one multi-page TIFF holds a 成交通知书, a contract priced in 大写 with 角/分 and a third-party test
    report faxed as a bilevel page; a second contract with its 数电票 in one born-digital PDF."""
    f = firm(
        rng,
        "霍尔果斯丝路数通科技有限公司",
        "654004",
        "新疆伊犁州霍尔果斯市亚欧路88号中哈合作中心综合楼",
        "周海涛",
        "霍尔果斯市市场监督管理局",
    )
    a1 = client(rng, "霍尔果斯市公安局", "654004", "霍尔果斯市友谊西路", "努尔兰·哈森")
    amt = money(rng, 1_300_000, 2_300_000, 1) + Decimal(rng.randrange(1, 99)) / 100
    signed = day(rng, D(Y, 3, 10), 50)
    name1 = "霍尔果斯市公安局口岸区域视频监控联网平台建设项目"
    c1 = ContractSpec(
        name1,
        f"HEGS-GA-{Y}-{rng.randrange(10, 99)}",
        a1,
        f.org,
        amt,
        signed,
        style="capital",
        notice="chengjiao",
        location="新疆伊犁州霍尔果斯市",
    )
    acc = day(rng, D(Y, 9, 15), 50)
    ac1 = AcceptSpec(name1, a1, f.org, acc, style="thirdparty", lab="新疆天山软件测评中心有限公司")
    a2 = client(rng, "霍尔果斯市第一中学", "654004", "霍尔果斯市天山路", "王红梅")
    amt2 = money(rng, 420_000, 690_000, 1000)
    signed2 = day(rng, D(Y, 5, 1), 40)
    name2 = "霍尔果斯市第一中学校园网升级改造项目"
    c2 = ContractSpec(
        name2,
        f"HEGSYZ{Y}{rng.randrange(10, 99)}",
        a2,
        f.org,
        amt2,
        signed2,
        style="grouped",
        location="新疆伊犁州霍尔果斯市",
    )
    inv = InvoiceSpec(
        _inv_no(rng),
        day(rng, D(Y, 8, 1), 40),
        a2,
        f.org,
        (amt2 * Decimal("0.6")).quantize(Decimal("1")),
        item="*信息系统集成服务*校园网升级改造",
        rate=Decimal("0.06"),
    )
    projects = [
        row(
            "P1",
            name1,
            a1.name,
            signed,
            acc,
            "党政",
            "新疆维吾尔自治区伊犁哈萨克自治州霍尔果斯市",
            split(rng, amt, ["software_development", "integration_implementation", "hardware_purchase"], 1),
        ),
        row(
            "P2",
            name2,
            a2.name,
            signed2,
            inv.issued,
            "教育",
            "新疆维吾尔自治区伊犁哈萨克自治州霍尔果斯市",
            split(rng, amt2, ["integration_implementation", "hardware_purchase"]),
        ),
    ]
    files = [
        *kit(f, "jpg", KONICA_COLOUR),
        FileSpec(
            "扫描件/公安视频监控.tif",
            [
                Part("notice", c1, "P1", scan=BROTHER_GREY),
                Part("contract", c1, "P1", scan=BROTHER_GREY),
                Part("acceptance", ac1, "P1", scan=FAX),
            ],
            fmt="tif",
        ),
        FileSpec("扫描件/一中校园网合同及发票.pdf", [Part("contract", c2, "P2"), Part("invoice", inv, "P2")]),
    ]
    return Scenario(
        "yl03_huoerguosi_clean_tiff", decl_of(f, "丁", 12, 3, projects, rng), "json", files, clean=True
    )


def yl04_chabuchaer_clean_merged(rng: random.Random) -> Scenario:
    """JSON; one declared row merges two contracts of the same kind (their amounts add up to it); a phone photo of
    an acceptance certificate; the stamped declaration form (申报表盖章版) agreeing with the filing."""
    f = firm(
        rng,
        "伊犁锡都网络工程有限公司",
        "654022",
        "新疆伊犁州察布查尔锡伯自治县察布查尔镇锡伯大街21号",
        "关宏伟",
        "察布查尔锡伯自治县市场监督管理局",
    )
    a1 = client(rng, "察布查尔锡伯自治县教育局", "654022", "察布查尔镇团结路", "佟振华")
    parts_amt = [money(rng, 380_000, 620_000, 1000), money(rng, 300_000, 520_000, 1000)]
    schools = ["察布查尔县第一中学", "察布查尔县第三中学"]
    contracts = []
    accepts = []
    # Two lots (标段) of one procurement: signed the same day, accepted together.
    sg = day(rng, D(Y, 4, 1), 30)
    batch_acc = day(rng, D(Y, 8, 20), 20)
    for i, (sch, amt) in enumerate(zip(schools, parts_amt, strict=True)):
        nm = f"{sch}校园安防监控及广播系统建设项目"
        c = ContractSpec(
            nm,
            f"CBCE-JY-{Y}-{i + 1:02d}",
            a1,
            f.org,
            amt,
            sg,
            style="grouped" if i == 0 else "wan",
            location="新疆伊犁州察布查尔锡伯自治县",
        )
        contracts.append(c)
        accepts.append(AcceptSpec(nm, a1, f.org, batch_acc, style="certificate"))
    total = sum(parts_amt, Decimal(0))
    name1 = "察布查尔县第一中学、第三中学校园安防监控及广播系统建设项目"
    signed1 = min(c.signed for c in contracts)
    acc1 = max(a.on for a in accepts)
    a2 = client(rng, "察布查尔锡伯自治县自然资源局", "654022", "察布查尔镇锡伯大街", "赵永刚")
    amt2 = money(rng, 600_000, 900_000, 1000)
    signed2 = day(rng, D(Y, 3, 1), 40)
    name2 = "察布查尔县不动产登记信息管理平台建设项目"
    c2 = ContractSpec(
        name2,
        f"CBCE-ZR-{Y}-{rng.randrange(10, 99)}",
        a2,
        f.org,
        amt2,
        signed2,
        style="plain",
        fees=split(rng, amt2, ["software_development", "data_processing", "hardware_purchase"]),
        location="新疆伊犁州察布查尔锡伯自治县",
    )
    acc2 = day(rng, D(Y, 10, 1), 40)
    ac2 = AcceptSpec(name2, a2, f.org, acc2, style="certificate")
    projects = [
        row(
            "P1",
            name1,
            a1.name,
            signed1,
            acc1,
            "教育",
            "新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县",
            split(rng, total, ["integration_implementation", "hardware_purchase"]),
        ),
        row(
            "P2",
            name2,
            a2.name,
            signed2,
            acc2,
            "党政",
            "新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县",
            c2.fees or {},
        ),
    ]
    decl = decl_of(f, "丁", 9, 2, projects, rng)
    form = FormSpec(
        f.org,
        "丁",
        9,
        2,
        [
            (
                Y,
                Decimal(decl["finance"][0]["operating_revenue"]),
                Decimal(decl["finance"][0]["system_integration_revenue"]),
                Decimal(decl["finance"][0]["net_profit"]),
            )
        ],
        [(p["name"], p["client"], Decimal(p["contract_amount"])) for p in projects],
    )
    files = [
        *kit(f, "pdf", CANON_GREY),
        FileSpec(
            "项目/两校安防合同及验收.pdf",
            [
                Part("contract", contracts[0], "P1"),
                Part("acceptance", accepts[0], "P1", scan=CANON_GREY),
                Part("contract", contracts[1], "P1"),
                Part("acceptance", accepts[1], "P1", scan=CANON_GREY),
            ],
        ),
        FileSpec("项目/不动产平台合同.pdf", [Part("contract", c2, "P2")]),
        FileSpec("项目/不动产平台验收证书.jpg", [Part("acceptance", ac2, "P2", scan=PHONE)], fmt="jpg"),
        FileSpec(
            "申报表盖章版.pdf",
            [Part("form", form, scan=KONICA_COLOUR)],
            producer="KONICA MINOLTA bizhub C368",
        ),
    ]
    files[0].producer = "Canon iR-ADV 4525"
    return Scenario("yl04_chabuchaer_clean_merged", decl, "json", files, clean=True)


# ---------------------------------------------------------------- planted causes


def _simple(
    rng: random.Random,
    f: Firm,
    pid: str,
    name: str,
    buyer: Org,
    lo: int,
    hi: int,
    field_: str,
    place: str,
    style: str,
    acc_style: str = "certificate",
    scan: Any = CANON_GREY,
    fees_in_contract: bool = False,
) -> tuple[ContractSpec, AcceptSpec, dict[str, Any], dict[str, Decimal]]:
    amt = money(rng, lo, hi, 1000)
    signed = day(rng, D(Y, 2, 15), 90)
    acc = day(rng, D(Y, 8, 1), 100)
    fees = split(rng, amt, ["software_development", "integration_implementation", "hardware_purchase"])
    c = ContractSpec(
        name,
        f"YL-{pid}-{Y}{rng.randrange(100, 999)}",
        buyer,
        f.org,
        amt,
        signed,
        style=style,
        fees=fees if fees_in_contract else None,
        location=f"新疆伊犁州{place}",
    )
    a = AcceptSpec(name, buyer, f.org, acc, style=acc_style)
    r = row(pid, name, buyer.name, signed, acc, field_, f"新疆维吾尔自治区伊犁哈萨克自治州{place}", fees)
    return c, a, r, fees


def yl05_xinyuan_amount(rng: random.Random) -> Scenario:
    """P1 declared 10万 above what the contract says (AMOUNT_MISMATCH); P2's services_total does not add up
    (DECLARED_SUM_MISMATCH)."""
    f = firm(
        rng,
        "新源县那拉提信息科技有限公司",
        "654025",
        "新疆伊犁州新源县新源镇交通路18号",
        "杨建平",
        "新源县市场监督管理局",
    )
    a1 = client(rng, "新源县人民医院", "654025", "新源县新源镇则克台路", "陈立军")
    c1, ac1, r1, fees1 = _simple(
        rng,
        f,
        "P1",
        "新源县人民医院医共体信息化平台建设项目",
        a1,
        1_500_000,
        2_400_000,
        "医疗卫生",
        "新源县",
        "wan",
    )
    fees1 = dict(fees1)
    fees1["software_development"] += Decimal(100_000)
    r1 = row(
        "P1",
        c1.project,
        a1.name,
        c1.signed,
        ac1.on,
        "医疗卫生",
        "新疆维吾尔自治区伊犁哈萨克自治州新源县",
        fees1,
    )
    a2 = client(rng, "那拉提旅游风景区管理委员会", "654025", "新源县那拉提镇", "木拉提·加尔肯")
    c2, ac2, r2, fees2 = _simple(
        rng,
        f,
        "P2",
        "那拉提景区智慧旅游票务及客流监测系统项目",
        a2,
        800_000,
        1_300_000,
        "文化、体育、娱乐",
        "新源县",
        "grouped",
        acc_style="report",
    )
    r2 = row(
        "P2",
        c2.project,
        a2.name,
        c2.signed,
        ac2.on,
        "文化、体育、娱乐",
        "新疆维吾尔自治区伊犁哈萨克自治州新源县",
        fees2,
        services_delta=Decimal(50_000),
        amount_delta=Decimal(0),
    )
    f1 = FileSpec(
        "新源县人民医院医共体项目.pdf",
        [Part("contract", c1, "P1", scan=CANON_GREY), Part("acceptance", ac1, "P1", scan=CANON_GREY)],
        producer="Canon iR-ADV 4525",
    )
    f2 = FileSpec(
        "那拉提智慧旅游项目.pdf", [Part("contract", c2, "P2"), Part("acceptance", ac2, "P2", scan=HP_COLOUR)]
    )
    planted = [
        Planted(
            "AMOUNT_MISMATCH",
            "P1",
            f1,
            f1.parts[0],
            "key",
            "contract states the amount 10万 below the declared contract_amount",
        ),
        Planted(
            "DECLARED_SUM_MISMATCH",
            "P2",
            note="services_total declared 50000 above the sum of the six service fees",
        ),
    ]
    files = [*kit(f, "jpg", PHONE), f1, f2]
    return Scenario("yl05_xinyuan_amount", decl_of(f, "丁", 21, 5, [r1, r2], rng), "json", files, planted)


def yl06_tekesi_words_fee(rng: random.Random) -> Scenario:
    """P1's capital numerals spell another amount than its figures (AMOUNT_WORDS_MISMATCH); P2's contract
    itemises fees that the declaration moved between software development and integration (FEE_MISMATCH)."""
    f = firm(
        rng,
        "特克斯县八卦城智能工程有限公司",
        "654027",
        "新疆伊犁州特克斯县特克斯镇阿扎提街三环",
        "吐尔逊江·买买提",
        "特克斯县市场监督管理局",
    )
    a1 = client(rng, "特克斯县八卦城景区管理中心", "654027", "特克斯县特克斯镇", "叶尔波拉提")
    c1, ac1, r1, _ = _simple(
        rng,
        f,
        "P1",
        "特克斯县八卦城景区智慧安防系统建设项目",
        a1,
        1_100_000,
        1_400_000,
        "文化、体育、娱乐",
        "特克斯县",
        "grouped",
    )
    # 1,356,000 written as 壹佰伍拾叁万陆仟: two digits swapped in the capital numerals.
    text = f"{int(c1.amount):d}"
    swapped = (
        text[0] + text[2] + text[1] + text[3:]
        if text[1] != text[2]
        else text[0] + str((int(text[1]) + 2) % 10) + text[2:]
    )
    c1 = replace(c1, words_amount=Decimal(swapped))
    a2 = client(rng, "特克斯县自然资源局", "654027", "特克斯县特克斯镇", "李云飞")
    c2, ac2, r2, fees2 = _simple(
        rng,
        f,
        "P2",
        "特克斯县自然资源一张图信息平台建设项目",
        a2,
        900_000,
        1_500_000,
        "党政",
        "特克斯县",
        "plain",
        fees_in_contract=True,
        acc_style="report",
    )
    moved = dict(fees2)
    shift = Decimal(100_000)
    moved["software_development"] += shift
    moved["integration_implementation"] -= shift
    r2 = row(
        "P2",
        c2.project,
        a2.name,
        c2.signed,
        ac2.on,
        "党政",
        "新疆维吾尔自治区伊犁哈萨克自治州特克斯县",
        moved,
    )
    f1 = FileSpec(
        "合同扫描/八卦城智慧安防.pdf",
        [Part("contract", c1, "P1", scan=BROTHER_GREY), Part("acceptance", ac1, "P1", scan=BROTHER_GREY)],
        producer="Brother MFC-7860DW",
    )
    f2 = FileSpec(
        "合同扫描/自然资源一张图.pdf",
        [Part("contract", c2, "P2"), Part("acceptance", ac2, "P2", scan=CANON_GREY)],
    )
    planted = [
        Planted(
            "AMOUNT_WORDS_MISMATCH",
            "P1",
            f1,
            f1.parts[0],
            "key",
            f"figures {c1.amount}, capital numerals spell {swapped}",
        ),
        Planted(
            "FEE_MISMATCH",
            "P2",
            f2,
            f2.parts[0],
            "fees",
            "software_development and integration_implementation differ by 100000 from the contract's itemised table",
        ),
    ]
    files = [*kit(f, "png", KONICA_COLOUR), f1, f2]
    return Scenario("yl06_tekesi_words_fee", decl_of(f, "丁", 23, 5, [r1, r2], rng), "json", files, planted)


def yl07_zhaosu_party_name(rng: random.Random) -> Scenario:
    """P1's contract and acceptance name another company as 乙方 (PARTY_MISMATCH); P2's contract carries a
    name far from the declared one (PROJECT_NAME_MISMATCH)."""
    f = firm(
        rng,
        "昭苏县天马数码科技有限公司",
        "654026",
        "新疆伊犁州昭苏县昭苏镇解放路66号",
        "赛力克·别克",
        "昭苏县市场监督管理局",
    )
    other = company(rng, "新疆金驹网络科技有限公司", "650104", "乌鲁木齐市新市区北京南路", "高翔", "0991")
    a1 = client(rng, "昭苏县人民政府办公室", "654026", "昭苏县昭苏镇", "阿依登")
    c1, ac1, r1, _ = _simple(
        rng,
        f,
        "P1",
        "昭苏县“互联网+政务服务”一体化平台建设项目",
        a1,
        900_000,
        1_300_000,
        "党政",
        "昭苏县",
        "grouped",
    )
    c1 = replace(c1, b=other)
    ac1 = replace(ac1, b=other)
    a2 = client(rng, "昭苏县农业农村局", "654026", "昭苏县昭苏镇", "马俊")
    c2, ac2, r2, _fees2 = _simple(
        rng,
        f,
        "P2",
        "昭苏县农业农村局高标准农田物联网监测及数据中心设备采购安装项目",
        a2,
        700_000,
        1_000_000,
        "农林牧渔、水利",
        "昭苏县",
        "wan",
        acc_style="thirdparty",
    )
    r2 = dict(r2)
    r2["name"] = "昭苏县智慧农业综合服务平台"
    f1 = FileSpec(
        "政务服务平台.pdf",
        [Part("contract", c1, "P1", scan=CANON_GREY), Part("acceptance", ac1, "P1", scan=CANON_GREY)],
        producer="Canon iR-ADV 4525",
    )
    f2 = FileSpec(
        "农田物联网.pdf",
        [Part("contract", c2, "P2", scan=HP_COLOUR), Part("acceptance", ac2, "P2", scan=HP_COLOUR)],
        producer="HP LaserJet MFP M227",
    )
    planted = [
        Planted(
            "PARTY_MISMATCH",
            "P1",
            f1,
            f1.parts[0],
            "first",
            "乙方 is 新疆金驹网络科技有限公司, not the declaring enterprise",
        ),
        Planted(
            "PROJECT_NAME_MISMATCH",
            "P2",
            f2,
            note="declared 昭苏县智慧农业综合服务平台; contract names the 高标准农田物联网监测 project",
        ),
    ]
    files = [*kit(f, "jpg", PHONE), f1, f2]
    return Scenario("yl07_zhaosu_party_name", decl_of(f, "丁", 8, 2, [r1, r2], rng), "json", files, planted)


def yl08_nileke_acceptance(rng: random.Random) -> Scenario:
    """XLSX; P1's 验收报告 ticks 不予通过验收 (ACCEPTANCE_NOT_PASSED); P2's certificate is dated weeks after the
    declared acceptance date (DATE_MISMATCH)."""
    f = firm(
        rng,
        "尼勒克县喀什河电子工程有限公司",
        "654028",
        "新疆伊犁州尼勒克县尼勒克镇团结东路9号",
        "唐明",
        "尼勒克县市场监督管理局",
        unit="元",
    )
    a1 = client(rng, "尼勒克县水利局", "654028", "尼勒克县尼勒克镇", "热合木江")
    c1, ac1, r1, _ = _simple(
        rng,
        f,
        "P1",
        "尼勒克县喀什河灌区信息化及闸门远程控制系统项目",
        a1,
        1_000_000,
        1_800_000,
        "农林牧渔、水利",
        "尼勒克县",
        "grouped",
        acc_style="report",
    )
    ac1 = replace(ac1, passed=False, tick=True)
    a2 = client(rng, "尼勒克县第一中学", "654028", "尼勒克县尼勒克镇", "苏力坦")
    c2, ac2, r2, _fees2 = _simple(
        rng,
        f,
        "P2",
        "尼勒克县第一中学录播教室及多媒体系统建设项目",
        a2,
        500_000,
        800_000,
        "教育",
        "尼勒克县",
        "plain",
    )
    declared_acc = ac2.on - dt.timedelta(days=rng.randrange(30, 50))
    r2 = dict(r2)
    r2["accepted_on"] = declared_acc.isoformat()
    f1 = FileSpec(
        "P1灌区信息化.pdf", [Part("contract", c1, "P1"), Part("acceptance", ac1, "P1", scan=BROTHER_GREY)]
    )
    f2 = FileSpec(
        "P2录播教室.pdf",
        [Part("contract", c2, "P2", scan=RICOH_LOW), Part("acceptance", ac2, "P2", scan=RICOH_LOW)],
        producer="RICOH MP 2014",
    )
    planted = [
        Planted("ACCEPTANCE_NOT_PASSED", "P1", f1, f1.parts[1], "first", "结论 ticks 不予通过验收"),
        Planted(
            "DATE_MISMATCH",
            "P2",
            f2,
            f2.parts[1],
            "first",
            f"declared accepted_on {declared_acc}, certificate {ac2.on}",
        ),
    ]
    files = [*kit(f, "pdf", CANON_GREY), f1, f2]
    return Scenario("yl08_nileke_acceptance", decl_of(f, "丁", 20, 5, [r1, r2], rng), "xlsx", files, planted)


def yl09_gongliu_license(rng: random.Random) -> Scenario:
    """The only licence uploaded is the old one (注册号, no credit code): its term ended mid-2025
    (LICENSE_EXPIRED) and it carries the company's former name (LICENSE_NAME_MISMATCH)."""
    f = firm(
        rng,
        "伊犁天山智联信息技术有限公司",
        "654024",
        "新疆伊犁州巩留县巩留镇东环路20号",
        "王立军",
        "巩留县工商行政管理局",
    )
    old_org = replace(f.org, name="巩留县天山电子工程有限责任公司")
    f.license = LicenseSpec(
        old_org,
        f.capital,
        D(2005, 6, 30),
        D(2025, 6, 29),
        old=True,
        reg_no=f"654024{rng.randrange(10**8, 10**9)}",
        company_type="有限责任公司",
        authority="巩留县工商行政管理局",
        issued=D(2012, 4, 9),
    )
    f.established = D(2005, 6, 30)
    a1 = client(rng, "巩留县卫生健康委员会", "654024", "巩留县巩留镇", "哈那提")
    c1, ac1, r1, _ = _simple(
        rng,
        f,
        "P1",
        "巩留县基层医疗卫生机构信息系统建设项目",
        a1,
        800_000,
        1_200_000,
        "医疗卫生",
        "巩留县",
        "wan",
    )
    a2 = client(rng, "巩留县公安局", "654024", "巩留县巩留镇", "孙强")
    c2, ac2, r2, _ = _simple(
        rng,
        f,
        "P2",
        "巩留县公安局指挥中心大屏及会商系统项目",
        a2,
        500_000,
        800_000,
        "党政",
        "巩留县",
        "grouped",
    )
    lic_file = FileSpec("营业执照（旧）.jpg", [Part("license", f.license, scan=PHONE)], fmt="jpg")
    files = [
        lic_file,
        FileSpec("财务/2025年度审计报告.pdf", [Part("audit", f.audit)], producer="Microsoft® Word 2016"),
        FileSpec(
            "项目/卫健信息系统.pdf",
            [Part("contract", c1, "P1", scan=CANON_GREY), Part("acceptance", ac1, "P1", scan=CANON_GREY)],
        ),
        FileSpec(
            "项目/公安大屏.pdf", [Part("contract", c2, "P2"), Part("acceptance", ac2, "P2", scan=HP_COLOUR)]
        ),
    ]
    planted = [
        Planted("LICENSE_EXPIRED", None, lic_file, lic_file.parts[0], "first", "营业期限 至 2025年06月29日"),
        Planted(
            "LICENSE_NAME_MISMATCH",
            None,
            lic_file,
            lic_file.parts[0],
            "first",
            "licence names 巩留县天山电子工程有限责任公司",
        ),
    ]
    return Scenario("yl09_gongliu_license", decl_of(f, "丁", 10, 2, [r1, r2], rng), "json", files, planted)


def yl10_yining_seal_dup(rng: random.Random) -> Scenario:
    """P1's acceptance certificate carries no seal (SEAL_MISSING); P2's certificate is uploaded twice, scanned
    once grey inside the project file and again as a colour JPEG (DUPLICATE_DOCUMENT)."""
    f = firm(
        rng,
        "伊宁市丝路云图信息技术有限公司",
        "654002",
        "新疆伊犁州伊宁市解放西路218号金融大厦15楼",
        "张志远",
        "伊宁市市场监督管理局",
    )
    a1 = client(rng, "伊宁市应急管理局", "654002", "伊宁市解放南路", "阿不都热依木")
    c1, ac1, r1, _ = _simple(
        rng, f, "P1", "伊宁市应急指挥调度系统建设项目", a1, 1_000_000, 1_600_000, "党政", "伊宁市", "grouped"
    )
    ac1 = replace(ac1, seal=False)
    a2 = client(rng, "伊宁市第二人民医院", "654002", "伊宁市新华东路", "蒋文")
    c2, ac2, r2, _ = _simple(
        rng,
        f,
        "P2",
        "伊宁市第二人民医院PACS影像系统升级项目",
        a2,
        700_000,
        1_100_000,
        "医疗卫生",
        "伊宁市",
        "capital",
    )
    f1 = FileSpec(
        "项目资料/应急指挥调度.pdf",
        [Part("contract", c1, "P1", scan=CANON_GREY), Part("acceptance", ac1, "P1", scan=CANON_GREY)],
    )
    f2 = FileSpec(
        "项目资料/PACS升级.pdf", [Part("contract", c2, "P2"), Part("acceptance", ac2, "P2", scan=CANON_GREY)]
    )
    f3 = FileSpec("补充材料/PACS验收证书.jpg", [Part("acceptance", ac2, "P2", scan=HP_COLOUR)], fmt="jpg")
    planted = [
        Planted(
            "SEAL_MISSING", "P1", f1, f1.parts[1], "first", "acceptance certificate: both 盖章 blocks empty"
        ),
        Planted(
            "DUPLICATE_DOCUMENT",
            "P2",
            f3,
            f3.parts[0],
            "first",
            "same certificate as 项目资料/PACS升级.pdf's acceptance page",
        ),
    ]
    files = [*kit(f, "png", HP_COLOUR), f1, f2, f3]
    return Scenario("yl10_yining_seal_dup", decl_of(f, "丁", 26, 6, [r1, r2], rng), "json", files, planted)


def yl11_huocheng_tamper_invoice(rng: random.Random) -> Scenario:
    """P1's scanned contract has its amount lines pasted in from another scan (IMAGE_TAMPERED; the pasted figure
    is the declared one); P2's two invoices add up to more than its contract (INVOICE_EXCEEDS_CONTRACT)."""
    f = firm(
        rng,
        "霍城县薰衣草数字科技有限公司",
        "654023",
        "新疆伊犁州霍城县清水河镇江苏大道56号",
        "刘海波",
        "霍城县市场监督管理局",
    )
    a1 = client(rng, "霍城县教育局", "654023", "霍城县水定镇", "努尔买买提")
    c1, ac1, r1, _fees1 = _simple(
        rng,
        f,
        "P1",
        "霍城县义务教育学校智慧课堂建设项目",
        a1,
        900_000,
        1_200_000,
        "教育",
        "霍城县",
        "grouped",
    )
    real = c1.amount - money(rng, 200_000, 350_000, 10_000)
    original = replace(c1, amount=real)
    a2 = client(rng, "霍城县文化体育广播电视和旅游局", "654023", "霍城县水定镇", "韩冰")
    c2, ac2, r2, _ = _simple(
        rng,
        f,
        "P2",
        "霍城县薰衣草景区游客服务中心信息化项目",
        a2,
        400_000,
        600_000,
        "文化、体育、娱乐",
        "霍城县",
        "plain",
    )
    i1 = (c2.amount * Decimal("0.7")).quantize(Decimal("1"))
    i2 = (c2.amount * Decimal("0.45")).quantize(Decimal("1"))
    inv1 = InvoiceSpec(
        _inv_no(rng), day(rng, D(Y, 6, 1), 30), a2, f.org, i1, item="*信息系统集成服务*游客服务中心信息化"
    )
    inv2 = InvoiceSpec(
        _inv_no(rng), day(rng, D(Y, 10, 1), 30), a2, f.org, i2, item="*信息系统集成服务*游客服务中心信息化"
    )
    donor = replace(CANON_GREY, skew=0.0, quality=93, noise=1.2, tint=(249, 247, 241))
    base = replace(CANON_GREY, skew=0.0, quality=70, noise=4.0)
    f1 = FileSpec(
        "P1智慧课堂合同及验收.pdf",
        [
            Part("contract", c1, "P1", scan=base, tamper=(original, donor)),
            Part("acceptance", ac1, "P1", scan=base),
        ],
        producer="Canon iR-ADV 4525",
    )
    f2 = FileSpec(
        "P2游客服务中心.pdf",
        [
            Part("contract", c2, "P2"),
            Part("acceptance", ac2, "P2", scan=HP_COLOUR),
            Part("invoice", inv1, "P2"),
            Part("invoice", inv2, "P2"),
        ],
    )
    planted = [
        Planted(
            "IMAGE_TAMPERED",
            "P1",
            f1,
            f1.parts[0],
            "first",
            f"amount lines pasted from another scan: shows {c1.amount}, the paper said {real}",
        ),
        Planted("INVOICE_EXCEEDS_CONTRACT", "P2", note=f"invoices {i1} + {i2} > contract {c2.amount}"),
    ]
    files = [*kit(f, "jpg", KONICA_COLOUR), f1, f2]
    return Scenario(
        "yl11_huocheng_tamper_invoice", decl_of(f, "丁", 11, 3, [r1, r2], rng), "json", files, planted
    )


def yl12_kuitun_audit_form(rng: random.Random) -> Scenario:
    """The audit report's revenue note states a system-integration revenue 100万 below the declared one
    (AUDIT_FIGURE_MISMATCH); the stamped declaration form prints another technical-staff count
    (DECLARATION_FORM_MISMATCH)."""
    f = firm(
        rng,
        "奎屯天北数智工程有限公司",
        "654003",
        "新疆伊犁州奎屯市天北新区长江路9号",
        "范立国",
        "奎屯市市场监督管理局",
        area="0992",
        revenue=(12_000_000, 20_000_000),
    )
    a1 = client(rng, "奎屯市公安局", "654003", "奎屯市北京东路", "沙吾提")
    c1, ac1, r1, _ = _simple(
        rng,
        f,
        "P1",
        "奎屯市雪亮工程二期视频监控扩容项目",
        a1,
        3_600_000,
        4_400_000,
        "党政",
        "奎屯市",
        "wan",
        acc_style="thirdparty",
    )
    a2 = client(rng, "奎屯市第一高级中学", "654003", "奎屯市团结街", "刘敏")
    c2, ac2, r2, _ = _simple(
        rng,
        f,
        "P2",
        "奎屯市第一高级中学智慧校园二期项目",
        a2,
        1_500_000,
        2_000_000,
        "教育",
        "奎屯市",
        "grouped",
    )
    decl = decl_of(f, "丙", 25, 5, [r1, r2], rng)
    f.audit.si_revenue = f.si - Decimal(1_000_000)
    fin = decl["finance"][0]
    form = FormSpec(
        f.org,
        "丙",
        28,
        5,
        [
            (
                Y,
                Decimal(fin["operating_revenue"]),
                Decimal(fin["system_integration_revenue"]),
                Decimal(fin["net_profit"]),
            )
        ],
        [(p["name"], p["client"], Decimal(p["contract_amount"])) for p in [r1, r2]],
    )
    audit_file = FileSpec(
        "财务/2025年度审计报告.pdf",
        [Part("audit", f.audit, scan=BROTHER_GREY)],
        producer="Brother MFC-7860DW",
    )
    form_file = FileSpec(
        "申报表（盖章）.pdf", [Part("form", form, scan=CANON_GREY)], producer="Canon iR-ADV 4525"
    )
    files = [
        FileSpec("营业执照.jpg", [Part("license", f.license, scan=PHONE)], fmt="jpg"),
        audit_file,
        FileSpec(
            "项目/雪亮工程二期.pdf",
            [Part("contract", c1, "P1"), Part("acceptance", ac1, "P1", scan=KONICA_COLOUR)],
        ),
        FileSpec(
            "项目/智慧校园二期.pdf",
            [Part("contract", c2, "P2", scan=CANON_GREY), Part("acceptance", ac2, "P2", scan=CANON_GREY)],
        ),
        form_file,
    ]
    planted = [
        Planted(
            "AUDIT_FIGURE_MISMATCH",
            None,
            audit_file,
            audit_file.parts[0],
            "note",
            "系统集成收入 in the revenue note is 100万 below the declared figure",
        ),
        Planted(
            "DECLARATION_FORM_MISMATCH",
            None,
            form_file,
            form_file.parts[0],
            "first",
            "form prints 技术人员总数 28, declared 25",
        ),
    ]
    return Scenario("yl12_kuitun_audit_form", decl, "json", files, planted)


SCENARIOS: tuple[Callable[[random.Random], Scenario], ...] = (
    yl01_yining_clean,
    yl02_kuitun_clean_xlsx,
    yl03_huoerguosi_clean_tiff,
    yl04_chabuchaer_clean_merged,
    yl05_xinyuan_amount,
    yl06_tekesi_words_fee,
    yl07_zhaosu_party_name,
    yl08_nileke_acceptance,
    yl09_gongliu_license,
    yl10_yining_seal_dup,
    yl11_huocheng_tamper_invoice,
    yl12_kuitun_audit_form,
)
