"""One filing's world: the declaring firm, its licence and audit report, and multi-party projects.

Every project builder returns the declared row, the files that carry its papers, and the plants it holds
(a finding pinned to a paper and a named page of it, resolved to a file page when the files are laid out).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from . import papers as P
from .people import AGENCIES, COUNTIES, SI_CERTS, WORKS, Org, company, credit_code, org, person
from .scan import ScanSettings, settings

YEAR = 2025
CENT = Decimal("0.01")


@dataclass
class FileSpec:
    name: str
    papers: list[P.Paper]
    mode: str  # digital | scan | jpg
    scan: ScanSettings | None = None


@dataclass
class Plant:
    code: str
    project_id: str | None
    paper: P.Paper
    mark: str
    note: str


@dataclass
class Filing:
    name: str
    clean: bool
    declaration: dict[str, Any]
    files: list[FileSpec]
    plants: list[Plant]
    facts: dict[str, Any] = field(default_factory=dict)


def money(rng: random.Random, low: int, high: int) -> Decimal:
    """A contract price: whole hundreds of yuan, now and then to the yuan."""
    value = rng.randint(low // 100, high // 100) * 100
    if rng.random() < 0.3:
        value += rng.randint(1, 99)
    return Decimal(value).quantize(CENT)


def split(rng: random.Random, total: Decimal, keys: list[str], weights: list[float]) -> dict[str, Decimal]:
    """Fees that add up to ``total`` exactly (whole yuan, the last takes the remainder)."""
    out: dict[str, Decimal] = {}
    left = total
    norm = sum(weights)
    for key, w in zip(keys[:-1], weights[:-1], strict=True):
        part = (total * Decimal(w / norm * rng.uniform(0.9, 1.1))).quantize(Decimal(1))
        out[key] = Decimal(part).quantize(CENT)
        left -= out[key]
    out[keys[-1]] = left.quantize(CENT)
    return out


def row(
    pid: str,
    name: str,
    client: str,
    signed: dt.date,
    accepted: dt.date,
    fld: str,
    county: str,
    fees: dict[str, Decimal],
) -> dict[str, Any]:
    keys = P.FEE_LABELS.keys()
    full = {k: fees.get(k, Decimal(0)).quantize(CENT) for k in keys}
    services = sum((full[k] for k in list(keys)[:6]), Decimal(0))
    total = sum(full.values(), Decimal(0))
    return {
        "id": pid,
        "name": name,
        "client": client,
        "signed_on": signed.isoformat(),
        "accepted_on": accepted.isoformat(),
        "field": fld,
        "location": f"新疆维吾尔自治区喀什地区{county}",
        "fees": {k: f"{v:.2f}" for k, v in full.items()},
        "services_total": f"{services:.2f}",
        "contract_amount": f"{total:.2f}",
    }


class World:
    """The declaring firm and the draws every project of the filing shares."""

    def __init__(self, rng: random.Random, county: str | None = None):
        self.rng = rng
        self.county = county or rng.choice(list(COUNTIES))
        self.taken: set[str] = set()
        name = company(rng, self.county, "it", self.taken)
        self.firm: Org = org(rng, name, self.county)
        self.code = credit_code(rng, COUNTIES[self.county])
        self.firm.tax_id = self.code
        self.capital_wan = rng.choice([200, 300, 500, 600, 800, 1000])
        self.established = dt.date(rng.randint(2011, 2020), rng.randint(1, 12), rng.randint(1, 28))
        self.used_clients: set[str] = set()
        self.numbers = 0

    # people and organisations -------------------------------------------------------------------
    def client(self, county: str | None = None) -> tuple[Org, str, str]:
        """A county agency as client: (organisation, field, a works phrase)."""
        for _ in range(100):
            c = county or self.rng.choice(list(COUNTIES))
            agency, fld = self.rng.choice(AGENCIES)
            name = c + agency
            if name not in self.used_clients:
                self.used_clients.add(name)
                works = WORKS.get(fld, WORKS["党政"])
                return org(self.rng, name, c), fld, self.rng.choice(works)
        raise RuntimeError("clients exhausted")

    def other(self, kind: str, county: str | None = None) -> Org:
        c = county or self.rng.choice(list(COUNTIES))
        return org(self.rng, company(self.rng, c, kind, self.taken), c)

    def number(self, prefix: str) -> str:
        self.numbers += 1
        styles = [
            f"{prefix}-{YEAR}-{self.rng.randint(10, 299):03d}",
            f"{prefix}〔{YEAR}〕{self.rng.randint(1, 99)}号",
            f"{prefix}{YEAR}{self.rng.randint(1, 12):02d}{self.rng.randint(1, 999):03d}",
        ]
        return self.rng.choice(styles)

    def dates(self) -> tuple[dt.date, dt.date]:
        signed = dt.date(YEAR, 2, 10) + dt.timedelta(days=self.rng.randint(0, 140))
        accepted = signed + dt.timedelta(days=self.rng.randint(70, 170))
        return signed, min(accepted, dt.date(YEAR, 12, 19))

    def standard_fees(self, amount: Decimal) -> dict[str, Decimal]:
        return split(
            self.rng,
            amount,
            ["hardware_purchase", "software_purchase", "software_development", "integration_implementation"],
            [0.45, 0.08, 0.27, 0.20],
        )

    def scan(self, grey: bool | None = None) -> ScanSettings:
        return settings(self.rng, grey)

    # the firm's own papers ----------------------------------------------------------------------
    def licence_file(self) -> FileSpec:
        paper = P.licence(
            self.rng,
            org=self.firm,
            code=self.code,
            kind="有限责任公司(自然人投资或控股)",
            capital_wan=self.capital_wan,
            established=self.established,
            scope="许可项目：建筑智能化系统设计；建设工程施工。一般项目：信息系统集成服务；软件开发；信息技术咨询服务；"
            "计算机系统服务；网络技术服务；安全技术防范系统设计施工服务；数据处理服务；计算机软硬件及辅助设备零售。"
            "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
            authority=f"{self.county}市场监督管理局",
            issued=self.established + dt.timedelta(days=self.rng.randint(400, 2400)),
        )
        if self.rng.random() < 0.5:
            return FileSpec(
                self.rng.choice(["营业执照副本.jpg", "营业执照.jpg", "01营业执照.jpg"]),
                [paper],
                "jpg",
                self.scan(),
            )
        return FileSpec(
            self.rng.choice(["营业执照（副本）.pdf", "附件1-营业执照.pdf"]), [paper], "scan", self.scan()
        )

    def audit_file(self, projects_total: Decimal) -> tuple[FileSpec, dict[str, Any]]:
        rng = self.rng
        si = (projects_total / Decimal("1.06") * Decimal(rng.uniform(1.1, 1.6))).quantize(CENT)
        other_it = (si * Decimal(rng.uniform(0.03, 0.12))).quantize(CENT)
        non_it = (si * Decimal(rng.uniform(0.0, 0.05))).quantize(CENT)
        revenue = si + other_it + non_it
        cost = (revenue * Decimal(rng.uniform(0.72, 0.82))).quantize(CENT)
        profit = (revenue * Decimal(rng.uniform(0.04, 0.09))).quantize(CENT)
        last_rev = (revenue * Decimal(rng.uniform(0.7, 1.1))).quantize(CENT)
        last = {
            "revenue": last_rev,
            "cost": (last_rev * Decimal("0.78")).quantize(CENT),
            "profit": (last_rev * Decimal("0.05")).quantize(CENT),
            "si": (last_rev * Decimal("0.86")).quantize(CENT),
            "non_it": (last_rev * Decimal("0.03")).quantize(CENT),
        }
        firm = (
            rng.choice(["新疆天正", "喀什中信达", "新疆华夏天山", "新疆瑞丰", "喀什丝路"])
            + "会计师事务所（普通合伙）"
        )
        abbrev = firm[2:4]
        number = f"{abbrev}审字〔{YEAR + 1}〕第{rng.randint(10, 999):04d}号"
        paper = P.audit_report(
            rng,
            company=self.firm.name,
            firm=firm,
            number=number,
            year=YEAR,
            revenue=revenue,
            si_revenue=si,
            other_it=other_it,
            cost=cost,
            profit=profit,
            last=last,
            cpas=(person(rng), person(rng)),
            signed=dt.date(YEAR + 1, rng.randint(2, 4), rng.randint(1, 28)),
        )
        finance = {
            "year": YEAR,
            "operating_revenue": f"{revenue:.2f}",
            "system_integration_revenue": f"{si:.2f}",
            "net_profit": f"{profit:.2f}",
        }
        mode = "digital" if rng.random() < 0.6 else "scan"
        name = rng.choice([f"{YEAR}年度审计报告.pdf", "审计报告.pdf", f"财务审计报告{YEAR}.pdf"])
        return FileSpec(name, [paper], mode, self.scan() if mode == "scan" else None), finance

    def enterprise(self) -> dict[str, Any]:
        rng = self.rng
        certs = []
        for _ in range(rng.randint(2, 4)):
            title, level = rng.choice(SI_CERTS)
            certs.append(
                {
                    "holder": person(rng),
                    "certificate": title,
                    "level": level,
                    "number": f"{rng.choice(['S', ''])}{rng.randint(2016, 2024)}{rng.randint(10**7, 10**8 - 1)}",
                }
            )
        return {
            "name": self.firm.name,
            "credit_code": self.code,
            "legal_representative": self.firm.representative,
            "registered_capital": f"{Decimal(self.capital_wan) * 10000:.2f}",
            "established_on": self.established.isoformat(),
            "grade": "丁",
            "inspection_year": YEAR,
            "staff": {
                "technical_total": rng.randint(8, 16),
                "certified_total": len(certs),
                "certificates": certs,
            },
        }

    def invoice(self, buyer: Org, seller: Org, item: str, amount: Decimal, day: dt.date, pid: str) -> P.Paper:
        number = f"{YEAR % 100}65{self.rng.randint(10**15, 10**16 - 1)}"
        return P.invoice(
            self.rng,
            number=number,
            day=day,
            buyer=buyer,
            seller=seller,
            item=item,
            amount=amount,
            project_id=pid,
        )
