"""Firms, their projects and books, and the declaration they file (CONTRACT 1.1)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .filing import Filing
from .papers import Books, Project, acceptance, audit_report, books, contract
from .world import COUNTIES, INDUSTRY, TRADE_WORDS, County, day_in, people, person

YEAR = 2025

AGENCIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "教育局": ("教育", ("中小学智慧校园建设项目", "教育城域网升级改造项目", "中小学录播教室建设项目")),
    "人民医院": (
        "医疗卫生",
        ("医院信息系统升级改造项目", "网络安全等级保护建设项目", "远程会诊系统建设项目"),
    ),
    "自然资源局": ("党政", ("不动产登记信息平台升级项目", "国土空间基础信息平台建设项目")),
    "公安局": ("党政", ("视频监控联网平台扩容项目", "智慧安防小区建设项目")),
    "融媒体中心": ("文化、体育、娱乐", ("融媒体指挥调度平台建设项目", "演播室高清化改造项目")),
    "农业农村局": ("农林牧渔、水利", ("智慧畜牧监管平台建设项目", "高标准农田信息化监测项目")),
    "水利局": ("农林牧渔、水利", ("水资源监测信息化建设项目", "灌区量测水设施信息化项目")),
    "应急管理局": ("党政", ("应急指挥信息平台建设项目", "森林草原防火监测系统建设项目")),
    "卫生健康委员会": ("医疗卫生", ("全民健康信息平台建设项目", "乡镇卫生院信息化提升项目")),
    "文化体育广播电视和旅游局": (
        "文化、体育、娱乐",
        ("智慧旅游服务平台建设项目", "景区视频监控及客流统计系统项目"),
    ),
    "政务服务和公共资源交易中心": ("党政", ("政务服务大厅智能化改造项目", "电子政务外网升级改造项目")),
}

CERTIFICATES = (
    ("系统集成项目管理工程师", "中级"),
    ("信息系统项目管理师", "高级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("信息系统监理师", "中级"),
    ("数据库系统工程师", "中级"),
)

SCOPE_ITEMS = (
    "计算机信息系统集成服务",
    "信息技术咨询服务",
    "软件开发",
    "网络与信息安全软件开发",
    "安全技术防范系统设计施工服务",
    "计算机软硬件及辅助设备批发",
    "计算机软硬件及辅助设备零售",
    "通讯设备销售",
    "办公设备销售",
    "数据处理和存储支持服务",
    "智能控制系统集成",
    "物联网技术服务",
    "信息系统运行维护服务",
    "数字视频监控系统销售",
    "网络设备销售",
    "电子产品销售",
    "广告设计、代理",
    "五金产品零售",
)
OLD_ITEMS = (
    "计算机软硬件开发、销售",
    "计算机系统集成",
    "网络工程设计、施工",
    "安防监控工程",
    "办公自动化设备、通讯器材的销售",
    "电子产品的销售",
    "计算机技术咨询服务",
    "综合布线",
)


def scope(rng: random.Random, style: str) -> str:
    """经营范围 in the style of the licence's year: ``2021`` (一般项目/许可项目), ``2016``, ``old`` (pre-2014)."""
    if style == "old":
        items = rng.sample(OLD_ITEMS, rng.randint(5, 7))
        return (
            "许可经营项目：无。一般经营项目："
            + "；".join(items)
            + "。（国家法律、行政法规有专项审批的项目除外）"
        )
    items = ["计算机信息系统集成服务", *rng.sample(SCOPE_ITEMS[1:], rng.randint(8, 13))]
    if style == "2016":
        return "；".join(items) + "。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    return (
        "一般项目："
        + "；".join(items)
        + "。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）许可项目：建设工程施工；第二类增值电信业务。"
        + "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
    )


def firm_name(rng: random.Random, county: County, suffix: str = "有限公司", prefix: str | None = None) -> str:
    head = prefix if prefix is not None else rng.choice((county.name, "新疆", "伊犁", county.name))
    middle = rng.choice(INDUSTRY) if suffix == "有限公司" else ""
    return f"{head}{rng.choice(TRADE_WORDS)}{middle}{suffix}"


@dataclass
class Firm:
    """What the enterprise is and declares (the declaration's enterprise block)."""

    county: County
    name: str
    code: str
    person: str
    capital: Decimal | None
    established: dt.date
    staff: dict[str, Any] = field(default_factory=dict)


def staff(rng: random.Random) -> dict[str, Any]:
    holders = people(rng, rng.randint(2, 4))
    certs = []
    for h in holders:
        title, level = rng.choice(CERTIFICATES)
        certs.append(
            {
                "holder": h,
                "certificate": title,
                "level": level,
                "number": f"{rng.randint(2016, 2024)}H{rng.randint(1, 2)}{rng.randint(10**9, 10**10 - 1)}",
            }
        )
    return {"technical_total": rng.randint(7, 16), "certified_total": len(certs), "certificates": certs}


def _fees(rng: random.Random) -> dict[str, Decimal]:
    total = Decimal(rng.randrange(380000, 2600000, 100))
    if rng.random() < 0.4:
        total += Decimal(rng.randint(1, 99)) + Decimal(rng.randint(0, 99)) / 100
    keys = ["software_development", "integration_implementation", "hardware_purchase"]
    keys += rng.sample(
        ["consulting_design", "operation_maintenance", "software_purchase", "data_processing"], 2
    )
    weights = [rng.uniform(0.5, 1.5) for _ in keys]
    weights[2] *= 2.2
    parts = [(total * Decimal(w / sum(weights))).quantize(Decimal("100")) for w in weights]
    parts[2] += total - sum(parts)
    fees = {
        k: Decimal("0.00")
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
    for k, v in zip(keys, parts, strict=True):
        fees[k] = v.quantize(Decimal("0.01"))
    return fees


def projects(rng: random.Random, county: County, n: int) -> list[Project]:
    agencies = rng.sample(list(AGENCIES), n)
    out = []
    for i, agency in enumerate(agencies, start=1):
        fld, stems = AGENCIES[agency]
        signed = day_in(rng, dt.date(YEAR, 2, 10), dt.date(YEAR, 6, 30))
        accepted = signed + dt.timedelta(days=rng.randint(60, 150))
        client = f"{county.name}{agency}"
        short = county.name[:-1] if agency not in ("人民医院",) else county.name
        out.append(
            Project(
                id=f"P{i}",
                name=f"{short}{rng.choice(stems)}",
                client=client,
                location=f"新疆维吾尔自治区伊犁哈萨克自治州{county.name}",
                field=fld,
                number=f"{county.name[:2]}{rng.choice(('CG', 'ZFCG', 'XM', 'HT'))}-{YEAR}-{rng.randint(1, 180):03d}",
                fees=_fees(rng),
                signed=signed,
                accepted=accepted,
                client_person=person(rng),
                firm_person=person(rng),
            )
        )
    return out


def ordinary(f: Filing, firm: Firm, rng: random.Random, *, n_projects: int = 2) -> dict[str, Any]:
    """The audit report and the projects' contract key pages with their acceptance reports (text PDFs).

    Returns the declaration (enterprise, finance, projects) that agrees with all of them.
    """
    ps = projects(rng, firm.county, n_projects)
    b: Books = books(rng, YEAR, sum((p.amount for p in ps), Decimal(0)))
    firms = (
        ("伊犁恒信会计师事务所有限责任公司", "伊恒会审字"),
        ("新疆天衡信会计师事务所有限公司", "新天衡审字"),
        ("伊犁华夏天山会计师事务所（普通合伙）", "伊华天审字"),
        ("新疆正信达会计师事务所有限公司", "新正信审字"),
    )
    audit_firm, prefix = rng.choice(firms)
    number = f"{prefix}〔{YEAR + 1}〕第{rng.randint(10, 480):04d}号"
    signed = day_in(rng, dt.date(YEAR + 1, 1, 12), dt.date(YEAR + 1, 2, 20))
    sheets, fields = audit_report(firm.name, audit_firm, number, tuple(people(rng, 2)), signed, b, rng)  # type: ignore[arg-type]
    audit_file = rng.choice((f"{YEAR}年度审计报告.pdf", "审计报告.pdf", f"财务审计报告{YEAR}.pdf"))
    f.text_pdf(audit_file, sheets, "Microsoft® Word 2019", dt.datetime.combine(signed, dt.time(16, 20)))
    f.document("D_audit", "audit_report", audit_file, [1, 2, 3], fields, scanned=False)
    rows = []
    for i, p in enumerate(ps, start=1):
        c_sheets, c_fields = contract(p, firm.name, rng)
        a_sheet, a_fields = acceptance(p, firm.name, people(rng, 3), rng)
        name = rng.choice((f"项目{i}-{p.name}.pdf", f"{i}.{p.name}合同及验收报告.pdf", f"{p.number}.pdf"))
        f.text_pdf(name, [*c_sheets, a_sheet], "WPS 文字", dt.datetime.combine(p.accepted, dt.time(10, 5)))
        f.document(f"D_{p.id}_c", "contract", name, [1, 2, 3], c_fields, scanned=False, project_id=p.id)
        f.document(f"D_{p.id}_a", "acceptance_report", name, [4], a_fields, scanned=False, project_id=p.id)
        rows.append(
            {
                "id": p.id,
                "name": p.name,
                "client": p.client,
                "signed_on": p.signed.isoformat(),
                "accepted_on": p.accepted.isoformat(),
                "field": p.field,
                "location": p.location,
                "fees": {k: f"{v:.2f}" for k, v in p.fees.items()},
                "services_total": f"{p.services:.2f}",
                "contract_amount": f"{p.amount:.2f}",
            }
        )
    return {
        "enterprise": {
            "name": firm.name,
            "credit_code": firm.code,
            "legal_representative": firm.person,
            "registered_capital": None if firm.capital is None else f"{firm.capital:.2f}",
            "established_on": firm.established.isoformat(),
            "grade": "丁",
            "inspection_year": YEAR,
            "staff": firm.staff,
        },
        "finance": [
            {
                "year": YEAR,
                "operating_revenue": f"{b.revenue:.2f}",
                "system_integration_revenue": f"{b.si_revenue:.2f}",
                "net_profit": f"{b.net_profit:.2f}",
            }
        ],
        "projects": rows,
    }


def county(name: str) -> County:
    return COUNTIES[name]
