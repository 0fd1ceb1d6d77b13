"""Invented firms, deals, books and invoices for one filing, drawn from one random stream."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS

from .model import Books, Deal, Firm, Invoice
from .people import (
    CLIENTS,
    GOODS,
    PLACES,
    STREETS,
    credit_code_check,
    firm_name,
    money,
    person,
    plain,
    rand_date,
    split,
    workday,
)

YEAR = 2024
CENT = Decimal("0.01")
EXPERT_UNITS = (
    ("新疆大学计算机科学与技术学院", "教授"),
    ("博尔塔拉职业技术学院", "副教授"),
    ("兵团第五师医院信息科", "高级工程师"),
    ("第五师双河市数据局", "信息中心主任"),
    ("精河县工业和信息化局", "工程师"),
    ("博州大数据发展中心", "高级工程师"),
    ("中国电信博州分公司政企部", "高级工程师"),
    ("新疆生产建设兵团第五师财政局", "会计师"),
)
CERTS = (
    ("系统集成项目管理工程师", "中级"),
    ("信息系统项目管理师", "高级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
)
AUDIT_FIRMS = (
    ("新疆天衡信达会计师事务所（特殊普通合伙）", "天衡信达"),
    ("新疆博信联合会计师事务所有限公司", "博信"),
    ("新疆西域华正会计师事务所（普通合伙）", "西华"),
    ("博尔塔拉恒信会计师事务所有限责任公司", "博恒信"),
)


def code_with(rng: random.Random, prefix: str, region: str) -> str:
    body = prefix + region + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    return body + credit_code_check(body)


def make_firm(
    rng: random.Random, city: str, established: dt.date | None = None, term_years: int | None = None
) -> Firm:
    from .people import credit_code

    _prefix, region, _full, authority = PLACES[city]
    est = established or rand_date(rng, dt.date(2011, 3, 1), dt.date(2020, 10, 31))
    valid = None
    if term_years:
        valid = est.replace(year=est.year + term_years) - dt.timedelta(days=1)
    street = rng.choice(STREETS[city])
    building = rng.choice(["创业大厦", "科技孵化园", "金融大厦", "商务中心", "电子商务产业园"])
    head = "新疆博尔塔拉蒙古自治州" if city != "双河市" else "新疆"
    address = (
        f"{head}{street}{rng.randint(3, 288)}号{building}{rng.randint(2, 12)}楼{rng.randint(1, 20):02d}室"
    )
    if city == "双河市":
        authority = "第五师双河市市场监督管理局"
    return Firm(
        name=firm_name(rng, city),
        city=city,
        credit_code=credit_code(rng, region),
        legal_rep=person(rng),
        capital=Decimal(rng.choice([100, 200, 300, 500, 600, 800, 1000, 1200, 2000]) * 10000).quantize(CENT),
        established=est,
        valid_until=valid,
        address=address,
        authority=authority,
        licence_issued=max(est, rand_date(rng, dt.date(2021, 1, 5), dt.date(2023, 12, 20))),
        phone=f"0909-{rng.randint(2100000, 8999999)}",
    )


def client_address(client: str, rng: random.Random) -> str:
    if "双河" in client or "八十九团" in client or "八十六团" in client:
        if "团" in client and "双河" not in client:
            return f"新疆生产建设兵团第五师{client[3:]}团部{rng.choice(['行政办公楼', '综合楼'])}"
        return f"新疆双河市{rng.choice(['博河大道', '五台路', '政务服务中心'])}{rng.randint(1, 99)}号"
    if "精河" in client:
        return (
            f"新疆博尔塔拉蒙古自治州精河县{rng.choice(['乌兰路', '团结路', '东风路'])}{rng.randint(1, 199)}号"
        )
    return (
        f"新疆博尔塔拉蒙古自治州博乐市{rng.choice(['红星路', '北京路', '青得里大街'])}{rng.randint(1, 299)}号"
    )


def make_deal(
    rng: random.Random,
    firm: Firm,
    pid: str,
    client_idx: int,
    kind: str = "service",
    itemised: bool = True,
    step: int = 1,
    low: int = 380_000,
    high: int = 2_600_000,
    used: set[str] | None = None,
) -> Deal:
    client, location, fld, names = CLIENTS[client_idx]
    used = used if used is not None else set()
    name = next((n for n in rng.sample(list(names), len(names)) if n not in used), names[0])
    used.add(name)
    goods: list[tuple[str, str, str, int, Decimal]] = []
    if kind == "goods":
        picks = rng.sample(list(GOODS), rng.randint(3, 5))
        for g_name, model, unit in picks:
            price = Decimal(rng.randint(120, 8600) * 10).quantize(CENT)
            goods.append((g_name, model, unit, rng.randint(2, 30), price))
        gsum = sum((p * q for *_x, q, p in goods), Decimal(0))
        install = (gsum * Decimal(rng.uniform(0.02, 0.05)) / 100).quantize(Decimal(1)) * 100
        amount = (gsum + install).quantize(CENT)
        fees = {
            "hardware_purchase": gsum.quantize(CENT),
            "integration_implementation": install.quantize(CENT),
        }
    else:
        amount = money(rng, low, high, step)
        if step == 1 and rng.random() < 0.4:
            amount += Decimal(rng.randint(1, 99)) / 100
        keys = ["software_development", "integration_implementation", "hardware_purchase"]
        keys += rng.sample(
            ["consulting_design", "operation_maintenance", "software_purchase", "data_processing"], 2
        )
        keys = [k for k in FEE_KEYS if k in keys]
        fees = split(rng, amount, keys, 100)
    signed = workday(rand_date(rng, dt.date(YEAR, 2, 26), dt.date(YEAR, 7, 20)))
    t_a = dt.datetime.combine(signed, dt.time(rng.randint(9, 15), rng.randint(0, 59), rng.randint(0, 59)))
    t_b = t_a + dt.timedelta(minutes=rng.randint(3, 140), seconds=rng.randint(0, 59))
    if t_b.date() != signed:
        t_b = t_a + dt.timedelta(minutes=5)
    if rng.random() < 0.5:
        t_a, t_b = t_b, t_a  # either party may sign first
    duration = rng.choice([60, 75, 90, 120])
    accepted = workday(signed + dt.timedelta(days=duration + rng.randint(8, 40)))
    if accepted > dt.date(YEAR, 12, 20):
        accepted = workday(dt.date(YEAR, 12, rng.randint(2, 16)))
    experts = []
    for unit, title in rng.sample(list(EXPERT_UNITS), rng.randint(3, 5)):
        experts.append((person(rng), unit, title))
    prefix = {"第五师": "SH", "精河县": "JH", "博乐市": "BL"}
    tag = next((v for k, v in prefix.items() if client.startswith(k)), "XJ")
    number = rng.choice(
        [
            f"{tag}CG-{YEAR}-{rng.randint(10, 320):03d}",
            f"{tag}{YEAR}{rng.randint(1, 12):02d}{rng.randint(100, 999)}",
            f"{tag}-HT-{YEAR}-{rng.randint(1, 99):02d}",
        ]
    )
    return Deal(
        pid=pid,
        name=name,
        client=client,
        location=location,
        field=fld,
        kind=kind,
        number=number,
        amount=amount,
        fees={k: v for k, v in fees.items() if v},
        itemised=itemised,
        signed=signed,
        sign_a=t_a,
        sign_b=t_b,
        accepted=accepted,
        client_contact=person(rng),
        client_address=client_address(client, rng),
        firm_contact=person(rng),
        experts=experts,
        goods=goods,
        duration_days=duration,
    )


def make_invoices(rng: random.Random, deal: Deal, shares: list[float], issuer: str) -> None:
    """数电票 for parts of the contract amount (each share of the amount, whole yuan)."""
    rate = 13 if deal.kind == "goods" else 6
    day = deal.signed + dt.timedelta(days=rng.randint(6, 20))
    for share in shares:
        total = (deal.amount * Decimal(share)).quantize(Decimal(1)).quantize(CENT)
        net = (total / (1 + Decimal(rate) / 100)).quantize(CENT)
        tax = total - net
        item = (
            "*信息系统服务*信息系统集成服务"
            if deal.kind == "service"
            else "*计算机网络设备*信息化教学及网络设备"
        )
        number = f"{YEAR % 100}652000000{rng.randint(100_000_000, 999_999_999)}"
        check = "".join(rng.choice("0123456789ABCDEF") for _ in range(4))
        issued = min(workday(day), dt.date(YEAR, 12, 30))
        deal.invoices.append(Invoice(number, issued, item, rate, net, tax, issuer, check))
        day = issued + dt.timedelta(days=rng.randint(20, 60))


def make_books(rng: random.Random) -> Books:
    def one() -> dict[str, Decimal]:
        rev = money(rng, 6_000_000, 32_000_000) + Decimal(rng.randint(0, 99)) / 100

        def part(lo: float, hi: float) -> Decimal:
            return (rev * Decimal(rng.uniform(lo, hi))).quantize(CENT)

        return {
            "revenue": rev,
            "cost": part(0.64, 0.74),
            "taxes": part(0.003, 0.006),
            "selling": part(0.02, 0.04),
            "admin": part(0.05, 0.08),
            "rnd": part(0.02, 0.045),
            "finance": part(0.0005, 0.002),
            "other_income": part(0.001, 0.004),
            "non_op_in": part(0.0, 0.001),
            "non_op_out": part(0.0, 0.0008),
        }

    cur = one()
    b = Books(
        year=YEAR,
        revenue=cur["revenue"],
        cost=cur["cost"],
        taxes=cur["taxes"],
        selling=cur["selling"],
        admin=cur["admin"],
        rnd=cur["rnd"],
        finance=cur["finance"],
        other_income=cur["other_income"],
        non_op_in=cur["non_op_in"],
        non_op_out=cur["non_op_out"],
        income_tax=Decimal(0),
    )
    b.income_tax = (b.total_profit * Decimal(rng.uniform(0.05, 0.12))).quantize(CENT)
    prev = one()
    tp = (
        prev["revenue"]
        - prev["cost"]
        - prev["taxes"]
        - prev["selling"]
        - prev["admin"]
        - prev["rnd"]
        - prev["finance"]
        + prev["other_income"]
        + prev["non_op_in"]
        - prev["non_op_out"]
    )
    prev["income_tax"] = (tp * Decimal(rng.uniform(0.05, 0.12))).quantize(CENT)
    b.prior = prev
    from .papers import prior_column

    prior_column(b)
    return b


def staff(rng: random.Random) -> dict[str, Any]:
    rows = []
    for cert, level in rng.sample(list(CERTS), rng.randint(2, 4)):
        rows.append(
            {
                "holder": person(rng),
                "certificate": cert,
                "level": level,
                "number": f"{'S' if level == '高级' else 'C'}{rng.randint(2016, 2023)}{rng.randint(1_000_000, 9_999_999)}",
            }
        )
    return {"technical_total": rng.randint(8, 19), "certified_total": len(rows), "certificates": rows}


def project_row(deal: Deal, amount: Decimal | None = None, signed: dt.date | None = None) -> dict[str, Any]:
    """A declaration row from what the papers say; amount/signed override what is declared."""
    fees = {k: deal.fees.get(k, Decimal(0)) for k in FEE_KEYS}
    if amount is not None and amount != deal.amount:
        # the firm's own (declared) split: scale the fees to the declared amount, the last fee absorbing the rest
        keys = [k for k in FEE_KEYS if fees[k]]
        new = {k: (fees[k] * amount / deal.amount / 100).quantize(Decimal(1)) * 100 for k in keys[:-1]}
        new[keys[-1]] = amount - sum(new.values(), Decimal(0))
        fees = {k: new.get(k, Decimal(0)) for k in FEE_KEYS}
    total = sum(fees.values(), Decimal(0))
    services = sum((fees[k] for k in SERVICE_FEE_KEYS), Decimal(0))
    return {
        "id": deal.pid,
        "name": deal.name,
        "client": deal.client,
        "signed_on": (signed or deal.signed).isoformat(),
        "accepted_on": deal.accepted.isoformat(),
        "field": deal.field,
        "location": deal.location,
        "fees": {k: plain(v) for k, v in fees.items()},
        "services_total": plain(services),
        "contract_amount": plain(total),
    }


def declaration(
    firm: Firm, books: Books, rows: list[dict[str, Any]], staff_block: dict[str, Any], sys_share: float
) -> dict[str, Any]:
    return {
        "enterprise": {
            "name": firm.name,
            "credit_code": firm.credit_code,
            "legal_representative": firm.legal_rep,
            "registered_capital": plain(firm.capital),
            "established_on": firm.established.isoformat(),
            "grade": "丁",
            "inspection_year": YEAR,
            "staff": staff_block,
        },
        "finance": [
            {
                "year": YEAR,
                "operating_revenue": plain(books.revenue),
                "system_integration_revenue": plain((books.revenue * Decimal(sys_share)).quantize(CENT)),
                "net_profit": plain(books.net_profit),
            }
        ],
        "projects": rows,
    }
