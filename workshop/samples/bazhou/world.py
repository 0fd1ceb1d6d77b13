"""The firm, its staff, its deals and its declaration, shared by every scenario."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .ids import PLACES, Firm, day, make_firm, money, person
from .papers import Books, Deal, make_books

THRESHOLDS = {
    "甲": (40, 12, 30_000_000),
    "乙": (30, 8, 10_000_000),
    "丙": (20, 5, 5_000_000),
    "丁": (6, 0, 0),
}
"""Technical staff, certified staff, three-year project total per grade (seed 000, 填报说明 1 and 3)."""

CERTS = [
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("HCIP 高级网络工程师", "高级"),
    ("信息系统监理师", "中级"),
]

CLIENTS = [
    ("库尔勒市教育局", "教育", "库尔勒"),
    ("巴音郭楞蒙古自治州人民医院", "医疗卫生", "库尔勒"),
    ("轮台县人民医院", "医疗卫生", "轮台"),
    ("尉犁县公安局", "党政", "尉犁"),
    ("若羌县自然资源局", "党政", "若羌"),
    ("且末县水利局", "农林牧渔、水利", "且末"),
    ("焉耆回族自治县农业农村局", "农林牧渔、水利", "焉耆"),
    ("和静县人民政府办公室", "党政", "和静"),
    ("博湖县卫生健康委员会", "医疗卫生", "博湖"),
    ("中国移动通信集团新疆有限公司巴音郭楞分公司", "电信", "库尔勒"),
    ("国网新疆电力有限公司巴州供电公司", "能源", "库尔勒"),
    ("巴音郭楞蒙古自治州政务服务和公共资源交易中心", "党政", "库尔勒"),
]
SYSTEMS = [
    "智慧校园综合管理平台",
    "医共体信息化平台",
    "视频监控联网平台",
    "自然资源一张图系统",
    "智慧水利监测平台",
    "农业大数据平台",
    "政务外网升级改造",
    "数据中心机房改造",
    "营业厅智能化改造",
    "网络安全等级保护建设",
]


@dataclass
class World:
    name: str
    seed: int
    rng: random.Random
    firm: Firm
    grade: str
    technical: int
    certified: int
    certificates: list[dict[str, Any]]
    books: Books
    deals: list[Deal] = field(default_factory=list)


def make_world(name: str, seed: int, town: str, grade: str, group: bool = False) -> World:
    rng = random.Random(f"bazhou/{name}/{seed}")
    firm = make_firm(rng, town)
    staff_min, cert_min, _ = THRESHOLDS[grade]
    technical = staff_min + rng.randint(2, 15)
    certified = cert_min + rng.randint(1, 4)
    certs = []
    for _ in range(certified):
        c, lvl = rng.choice(CERTS)
        certs.append(
            {
                "holder": person(rng),
                "certificate": c,
                "level": lvl,
                "number": f"{rng.choice(['S', 'T'])}{rng.randint(2015, 2023)}{rng.randint(10**8, 10**9 - 1)}",
            }
        )
    revenue = Decimal(rng.randint(1_800_000_000, 6_500_000_000)) / 100
    books = make_books(rng, 2024, revenue, group)
    return World(name, seed, rng, firm, grade, technical, certified, certs, books)


def round_to(v: Decimal, q: int) -> Decimal:
    return (v / q).quantize(Decimal(1)) * q


def make_deal(
    w: World,
    pid: str,
    amount: Decimal,
    client_idx: int | None = None,
    accepted: dt.date | None = None,
    itemised: bool = False,
) -> Deal:
    rng = w.rng
    client, fld, town = CLIENTS[client_idx if client_idx is not None else rng.randrange(len(CLIENTS))]
    county = PLACES[town][1]
    signed = day(rng, dt.date(2023, 3, 1), dt.date(2024, 5, 31))
    acc = accepted or day(
        rng, max(signed + dt.timedelta(days=90), dt.date(2024, 1, 10)), dt.date(2024, 12, 20)
    )
    system = rng.choice(SYSTEMS)
    short = client.replace("蒙古自治州", "州").replace("回族自治县", "县")
    name = f"{short[:8] if len(short) > 12 else short}{system}{rng.choice(['建设项目', '项目', '（一期）建设项目', '采购项目'])}"
    # fees: three services and two purchases, to the hundred yuan
    sw = round_to(amount * Decimal(str(round(rng.uniform(0.25, 0.4), 3))), 100)
    ii = round_to(amount * Decimal(str(round(rng.uniform(0.1, 0.2), 3))), 100)
    om = round_to(amount * Decimal(str(round(rng.uniform(0.03, 0.08), 3))), 100)
    sp = round_to(amount * Decimal(str(round(rng.uniform(0.05, 0.1), 3))), 100)
    hw = amount - sw - ii - om - sp
    fees = {
        k: Decimal(0)
        for k in (
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
    }
    fees.update(
        software_development=sw,
        integration_implementation=ii,
        operation_maintenance=om,
        hardware_purchase=hw,
        software_purchase=sp,
    )
    keys = (
        "software_development",
        "integration_implementation",
        "operation_maintenance",
        "hardware_purchase",
        "software_purchase",
    )
    number = f"BZ{rng.choice(['ZC', 'XM', 'HT'])}-{signed.year}-{rng.randint(1, 399):03d}"
    d = Deal(
        pid,
        name,
        client,
        w.firm.name,
        number,
        signed,
        acc,
        amount,
        fees,
        keys if itemised else (),
        fld,
        f"新疆维吾尔自治区巴音郭楞蒙古自治州{county}",
        person(rng),
        w.firm.legal_rep,
    )
    d.extra["client_code"] = f"11652800{rng.randint(10**9, 10**10 - 1)}"
    d.extra["vendor_code"] = w.firm.credit_code
    return d


def amounts_for(w: World, n: int) -> list[Decimal]:
    """n contract amounts that together meet the grade's project total, with room to spare."""
    need = THRESHOLDS[w.grade][2]
    floor = max(need * Decimal("1.15") / n, Decimal(400_000))
    return [
        round_to(floor * Decimal(str(round(w.rng.uniform(1.0, 1.6), 3))), 100)
        + Decimal(w.rng.choice((0, 0, 60, 800)))
        for _ in range(n)
    ]


def project_row(
    d: Deal,
    amount: Decimal | None = None,
    fees: dict[str, Decimal] | None = None,
    signed: dt.date | None = None,
    accepted: dt.date | None = None,
    client: str | None = None,
) -> dict[str, Any]:
    f = fees or d.fees
    services = sum(
        (
            f[k]
            for k in (
                "software_development",
                "consulting_design",
                "integration_implementation",
                "operation_maintenance",
                "data_processing",
                "operation_service",
            )
        ),
        Decimal(0),
    )
    return {
        "id": d.pid,
        "name": d.name,
        "client": client or d.client,
        "signed_on": (signed or d.signed).isoformat(),
        "accepted_on": (accepted or d.accepted).isoformat(),
        "field": d.field_,
        "location": d.location,
        "fees": {k: money(v) for k, v in f.items()},
        "services_total": money(services),
        "contract_amount": money(amount if amount is not None else sum(f.values(), Decimal(0))),
    }


def declaration(
    w: World, rows: list[dict[str, Any]], revenue: Decimal | None = None, credit_code: str | None = None
) -> dict[str, Any]:
    b = w.books
    return {
        "enterprise": {
            "name": w.firm.name,
            "credit_code": credit_code or w.firm.credit_code,
            "legal_representative": w.firm.legal_rep,
            "registered_capital": money(Decimal(w.firm.capital_wan) * 10000),
            "established_on": w.firm.established.isoformat(),
            "grade": w.grade,
            "inspection_year": 2024,
            "staff": {
                "technical_total": w.technical,
                "certified_total": w.certified,
                "certificates": w.certificates,
            },
        },
        "finance": [
            {
                "year": 2024,
                "operating_revenue": money(revenue if revenue is not None else b.revenue),
                "system_integration_revenue": money(b.si_revenue),
                "net_profit": money(b.net_profit),
            }
        ],
        "projects": rows,
    }


def commas(decl: dict[str, Any]) -> dict[str, Any]:
    """The same declaration with every money string written with thousands separators ("2,450,000.00")."""

    def fmt(v: str) -> str:
        return f"{Decimal(v):,.2f}"

    e = decl["enterprise"]
    e["registered_capital"] = fmt(e["registered_capital"])
    for fy in decl["finance"]:
        for k in ("operating_revenue", "system_integration_revenue", "net_profit"):
            fy[k] = fmt(fy[k])
    for p in decl["projects"]:
        p["fees"] = {k: fmt(v) for k, v in p["fees"].items()}
        p["services_total"] = fmt(p["services_total"])
        p["contract_amount"] = fmt(p["contract_amount"])
    return decl


def declaration_xlsx(decl: dict[str, Any], style: str) -> bytes:
    """CONTRACT 1.2 workbook. style: title (an extra title row above the headers) or merged (title row and a two-level
    header whose fee group is one merged cell)."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    e = decl["enterprise"]
    ws.append(["字段", "值"])
    for k, v in (
        ("企业名称", e["name"]), ("统一社会信用代码", e["credit_code"]), ("法定代表人", e["legal_representative"]),
        ("注册资本", e["registered_capital"]), ("成立日期", e["established_on"]), ("资质等级", e["grade"]),
        ("年检年度", e["inspection_year"]), ("技术人员总数", e["staff"]["technical_total"]), ("持证人员总数", e["staff"]["certified_total"]),
    ):  # fmt: skip
        ws.append([k, v])
    ws2 = wb.create_sheet("经营情况")
    ws2.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for fy in decl["finance"]:
        ws2.append(
            [
                fy["year"],
                float(fy["operating_revenue"]),
                float(fy["system_integration_revenue"]),
                float(fy["net_profit"]),
            ]
        )
    ws3 = wb.create_sheet("项目汇总")
    heads = [
        "序号",
        "项目名称",
        "甲方单位",
        "合同签订日期",
        "验收日期",
        "项目所属领域",
        "项目实施地",
        "软件开发费",
        "咨询设计费",
        "集成实施费",
        "运行维护费",
        "数据处理费",
        "运营服务费",
        "软件和信息技术服务费合计",
        "自制硬件费",
        "硬件购置费",
        "软件购置费",
        "其他",
        "合同金额（元）",
    ]
    ws3.append(["2024年度计算机信息系统集成项目汇总表"] + [None] * (len(heads) - 1))
    ws3.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(heads))
    ws3.cell(1, 1).font = Font(bold=True, size=14)
    ws3.cell(1, 1).alignment = Alignment(horizontal="center")
    if style == "merged":
        group: list[str | None] = [None] * len(heads)
        group[7] = "软件和信息技术服务费"
        group[14] = "硬件及其他"
        ws3.append(group)
        ws3.merge_cells(start_row=2, start_column=8, end_row=2, end_column=14)
        ws3.merge_cells(start_row=2, start_column=15, end_row=2, end_column=18)
        ws3.append(heads)
        for col in (1, 2, 3, 4, 5, 6, 7, 19):
            ws3.cell(2, col).value = heads[col - 1]
            ws3.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    else:
        ws3.append(heads)
    keys = [
        "software_development",
        "consulting_design",
        "integration_implementation",
        "operation_maintenance",
        "data_processing",
        "operation_service",
    ]
    hw = ["self_made_hardware", "hardware_purchase", "software_purchase", "other"]
    for i, p in enumerate(decl["projects"], start=1):
        ws3.append(
            [i, p["name"], p["client"], p["signed_on"], p["accepted_on"], p["field"], p["location"]]
            + [float(p["fees"][k]) for k in keys] + [float(p["services_total"])] + [float(p["fees"][k]) for k in hw] + [float(p["contract_amount"])]
        )  # fmt: skip
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def audit_firm(rng: random.Random) -> tuple[str, str]:
    firm = rng.choice(
        [
            "新疆天正有限责任会计师事务所",
            "巴州华誉会计师事务所（普通合伙）",
            "新疆驰远天合有限责任会计师事务所",
            "库尔勒信达会计师事务所有限公司",
        ]
    )
    return firm, f"{rng.choice(['巴华', '新天正', '驰远', '库信'])}审字〔2025〕第{rng.randint(10, 999):03d}号"
