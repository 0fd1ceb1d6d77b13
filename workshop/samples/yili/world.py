"""People, companies and money of the Ili Kazakh Autonomous Prefecture, drawn from a seeded generator."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from .numerals import CODE_CHARS, credit_code, yuan
from .papers import FEE_LABELS, Org

FEE_KEYS = list(FEE_LABELS)
SERVICE_KEYS = FEE_KEYS[:6]

BANKS = (
    "中国建设银行股份有限公司伊宁解放路支行",
    "中国工商银行股份有限公司伊犁分行营业部",
    "中国农业银行股份有限公司奎屯北京路支行",
    "伊犁农村商业银行股份有限公司霍城县支行",
    "中国银行股份有限公司霍尔果斯分行",
    "新疆银行股份有限公司伊犁分行",
)

CERTS = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("信息系统监理师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
)
HOLDERS = (
    "李建华",
    "阿依古丽·吐尔逊",
    "张伟",
    "叶尔兰·努尔兰",
    "王海燕",
    "马晓东",
    "巴合提别克",
    "赵磊",
    "韩雪",
    "周志强",
)


def company(rng: random.Random, name: str, region: str, address: str, legal: str, area: str = "0999") -> Org:
    body = "MA" + "".join(rng.choice(CODE_CHARS[:30]) for _ in range(6))
    return Org(
        name=name,
        credit=credit_code(region, body),
        address=address,
        legal=legal,
        bank=rng.choice(BANKS),
        account="".join(str(rng.randrange(10)) for _ in range(19)),
        phone=f"{area}-{rng.randrange(8000000, 8999999)}",
    )


def client(rng: random.Random, name: str, region: str, address: str, legal: str) -> Org:
    """A public-sector buyer: 12 + region + code (government bodies' codes start with 11/12)."""
    org = company(rng, name, region, address, legal)
    org.credit = "1" + rng.choice("12") + org.credit[2:]
    org.account = "".join(str(rng.randrange(10)) for _ in range(20))
    return org


def money(rng: random.Random, lo: int, hi: int, step: int = 1000) -> Decimal:
    return Decimal(rng.randrange(lo // step, hi // step + 1) * step)


def split(rng: random.Random, total: Decimal, keys: list[str], step: int = 1000) -> dict[str, Decimal]:
    """Divide a total into fees in whole steps; the last key takes the rest."""
    out: dict[str, Decimal] = {}
    rest = total
    for k in keys[:-1]:
        share = Decimal(int(rest * Decimal(rng.uniform(0.25, 0.55)) / step) * step)
        out[k] = share
        rest -= share
    out[keys[-1]] = rest
    return out


def day(rng: random.Random, start: dt.date, span: int) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(span))


def row(
    pid: str,
    name: str,
    client_name: str,
    signed: dt.date,
    accepted: dt.date,
    field: str,
    location: str,
    fees: dict[str, Decimal],
    services_delta: Decimal = Decimal(0),
    amount_delta: Decimal = Decimal(0),
) -> dict[str, Any]:
    full = {k: fees.get(k, Decimal(0)) for k in FEE_KEYS}
    services = sum((full[k] for k in SERVICE_KEYS), Decimal(0))
    total = sum(full.values(), Decimal(0))
    return {
        "id": pid,
        "name": name,
        "client": client_name,
        "signed_on": signed.isoformat(),
        "accepted_on": accepted.isoformat(),
        "field": field,
        "location": location,
        "fees": {k: yuan(v) for k, v in full.items()},
        "services_total": yuan(services + services_delta),
        "contract_amount": yuan(total + amount_delta),
    }


def declaration(
    org: Org,
    capital: Decimal,
    established: dt.date,
    grade: str,
    technical: int,
    certified: int,
    finance: tuple[Decimal, Decimal, Decimal],
    projects: list[dict[str, Any]],
    rng: random.Random,
) -> dict[str, Any]:
    certs = []
    for i in range(certified):
        title, level = CERTS[i % len(CERTS)]
        certs.append(
            {
                "holder": HOLDERS[(i * 3 + rng.randrange(3)) % len(HOLDERS)],
                "certificate": title,
                "level": level,
                "number": f"{'S' if level == '高级' else 'M'}{2016 + i}{rng.randrange(10**8, 10**9)}",
            }
        )
    return {
        "enterprise": {
            "name": org.name,
            "credit_code": org.credit,
            "legal_representative": org.legal,
            "registered_capital": yuan(capital),
            "established_on": established.isoformat(),
            "grade": grade,
            "inspection_year": 2025,
            "staff": {"technical_total": technical, "certified_total": certified, "certificates": certs},
        },
        "finance": [
            {
                "year": 2025,
                "operating_revenue": yuan(finance[0]),
                "system_integration_revenue": yuan(finance[1]),
                "net_profit": yuan(finance[2]),
            }
        ],
        "projects": projects,
    }
