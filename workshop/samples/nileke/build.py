"""A filing under construction: the firm, its clients and people, dates, devices, declared rows and attachments."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from .acceptance import acceptance
from .corp import audit_report, draw_accounts, invoice, licence
from .filing import Output, Plant
from .model import Attachment, Item, Paper, client_kind, draw_items, fees_of, total_of
from .numerals import yuan_str
from .papers import Client, Signing, contract
from .scan import Device, office_device
from .world import CERTIFICATES, PREFECTURE, Place, credit_code, make_firm, person, place_by_code

YEAR = 2025
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
COUNTY_ABBR = {"654028": "NLK", "654021": "YNX", "654022": "CBCE", "654023": "HC"}
CLIENT_ABBR = {
    "教育局": "JY",
    "人民医院": "RMYY",
    "水利局": "SL",
    "公安局": "GA",
    "自然资源局": "ZR",
    "融媒体中心": "RMT",
}
SUPERVISORS = ("伊犁恒信工程监理有限公司", "新疆天诚建设监理咨询有限公司", "伊犁州宏远工程项目管理有限公司")


def between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def add_days(day: dt.date, lo: int, hi: int, rng: random.Random, cap: dt.date | None = None) -> dt.date:
    out = day + dt.timedelta(days=rng.randint(lo, hi))
    return min(out, cap) if cap else out


class Build:
    """What one scenario draws from its seed."""

    def __init__(self, name: str, seed: int, index: int, county: str, grade: str = "丁") -> None:
        self.name = name
        self.seed = seed
        self.rng = random.Random(seed * 1000 + index)
        self.place = place_by_code(county)
        self.firm = make_firm(self.rng, self.place)
        self.grade = grade
        self.rows: list[dict[str, Any]] = []
        self.attachments: list[Attachment] = []
        self.plants: list[Plant] = []
        self.facts: dict[str, Any] = {}
        self.pm = person(self.rng, self.place)
        self.numbers: set[str] = set()

    # ------------------------------------------------------------ people, clients, numbers

    def client(self, word: str, place: Place | None = None, name: str | None = None) -> Client:
        place = place or self.place
        full = name or f"{place.county}{word}"
        kind = "12" if any(w in full for w in ("医院", "中心", "学")) else "11"
        address = f"{place.county}{place.seat}{self.rng.choice(place.streets)}{self.rng.randint(1, 99)}号"
        return Client(
            full,
            address,
            person(self.rng, place),
            f"{place.phone}{self.rng.randint(10000, 99999)}",
            credit_code(self.rng, kind, place.code),
        )

    def signing(self, day: dt.date) -> Signing:
        return Signing(
            person(self.rng, self.place), self.firm.legal_rep if self.rng.random() < 0.5 else self.pm, day
        )

    def number(self, client: Client, word: str, year: int = YEAR, tag: str = "HT") -> str:
        prefix = COUNTY_ABBR.get(client.code[2:8], "YL") + CLIENT_ABBR.get(word, "ZF")
        while True:
            style = self.rng.random()
            if style < 0.4:
                value = f"{prefix}-{year}-{tag}{self.rng.randint(1, 89):03d}"
            elif style < 0.7:
                value = f"YLZC{year}-{self.rng.randint(100, 999)}-{self.rng.randint(1, 9)}"
            else:
                value = f"{prefix}{tag}〔{year}〕{self.rng.randint(1, 60)}号"
            if value not in self.numbers:
                self.numbers.add(value)
                return value

    def members(self, client: Client) -> list[str]:
        del client
        return [person(self.rng, self.place), person(self.rng, self.place), self.pm]

    # ------------------------------------------------------------ devices and files

    def device(self, colour: bool | None = None, dpi: int | None = None) -> Device:
        return office_device(self.rng, colour, dpi)

    def scan(self, path: str, papers: list[Paper], device: Device | None = None) -> Attachment:
        attachment = Attachment(path, papers, "scan", device or self.device())
        self.attachments.append(attachment)
        return attachment

    def digital(self, path: str, papers: list[Paper], producer: str | None = None) -> Attachment:
        producer = producer or self.rng.choice(("Microsoft® Word 2019", "WPS Office", "Microsoft® Word 2016"))
        attachment = Attachment(path, papers, "digital", producer=producer)
        self.attachments.append(attachment)
        return attachment

    # ------------------------------------------------------------ rows

    def row(
        self,
        pid: str,
        name: str,
        client: str,
        signed: dt.date,
        accepted: dt.date,
        field: str,
        fees: dict[str, Decimal],
        location: str,
    ) -> dict[str, Any]:
        full = {key: yuan_str(fees.get(key, Decimal(0))) for key in FEE_KEYS}
        services = sum((fees.get(k, Decimal(0)) for k in SERVICE_KEYS), Decimal(0))
        amount = sum(fees.values(), Decimal(0))
        row = {
            "id": pid,
            "name": name,
            "client": client,
            "signed_on": signed.isoformat(),
            "accepted_on": accepted.isoformat(),
            "field": field,
            "location": f"新疆维吾尔自治区{PREFECTURE}{location}",
            "fees": full,
            "services_total": yuan_str(services),
            "contract_amount": yuan_str(amount),
        }
        self.rows.append(row)
        return row

    # ------------------------------------------------------------ common papers

    def items(self, client: Client, lo: int, hi: int) -> list[Item]:
        return draw_items(self.rng, client_kind(client.name), lo, hi)

    def plain_project(
        self,
        pid: str,
        place: Place,
        word: str,
        lo: int,
        hi: int,
        *,
        fee_table: bool = False,
        bundle: bool = True,
        invoices: bool = False,
        style: str = "合同书",
    ) -> Paper:
        """A project backed the ordinary way: contract key pages and an acceptance (one scan or two), maybe an
        invoice; declared exactly as the papers say."""
        client = self.client(word, place)
        stem = self.rng.choice(next(c for c in _client_stems() if c[0] == word)[1])
        project = f"{client.name}{stem}"
        items = self.items(client, lo, hi)
        signed = between(self.rng, dt.date(YEAR, 2, 10), dt.date(YEAR, 6, 30))
        accepted = add_days(signed, 75, 160, self.rng, dt.date(YEAR, 12, 15))
        finished = accepted - dt.timedelta(days=self.rng.randint(5, 20))
        number = self.number(client, word)
        paper = contract(
            self.rng,
            firm=self.firm,
            client=client,
            project=project,
            number=number,
            items=items,
            signing=self.signing(signed),
            location=f"{PREFECTURE}{place.county}",
            fee_table=fee_table,
            style=style,
        )
        paper.project_id = pid
        check = acceptance(
            self.rng,
            style=self.rng.choice(("report", "form")),
            firm=self.firm,
            client=client,
            project=project,
            number=number,
            started=signed,
            finished=finished,
            accepted=accepted,
            members=self.members(client),
            scope=_scope(items),
        )
        check.project_id = pid
        short = client.name.replace(place.county, "")
        if bundle:
            self.scan(f"{pid}_{short}_合同及验收资料.pdf", [paper, check])
        else:
            self.scan(f"{pid}_{short}_合同关键页.pdf", [paper])
            self.scan(f"{pid}_{short}_验收报告.pdf", [check])
        if invoices:
            total = (total_of(items) * Decimal("0.3")).quantize(Decimal("0.01"))
            self.digital(
                f"发票/{pid}_预付款发票.pdf",
                [
                    invoice(
                        self.rng,
                        firm=self.firm,
                        buyer=client.name,
                        buyer_code=client.code,
                        item=_invoice_item(items),
                        total=total,
                        rate=Decimal("0.06") if "运维" in project else Decimal("0.13"),
                        issued=add_days(signed, 7, 25, self.rng),
                        project=project,
                        project_id=pid,
                    )
                ],
                "电子发票服务平台",
            )
        self.row(
            pid, project, client.name, signed, accepted, _field(client.name), fees_of(items), place.county
        )
        return paper

    def corporate(self, licence_jpeg: bool = True, audit_digital: bool = True) -> None:
        """Licence and audit report first in the listing (they are added last, when the rows are known)."""
        issued = between(self.rng, dt.date(2022, 3, 1), dt.date(2024, 10, 30))
        lic = licence(self.rng, self.firm, issued)
        floor = sum((Decimal(r["contract_amount"]) for r in self.rows), Decimal(0))
        self.accounts = draw_accounts(self.rng, max(floor, Decimal(1500000)))
        audit = audit_report(
            self.rng,
            self.firm,
            YEAR,
            self.accounts,
            between(self.rng, dt.date(YEAR + 1, 1, 8), dt.date(YEAR + 1, 2, 12)),
        )
        front: list[Attachment] = []
        if licence_jpeg:
            front.append(Attachment("营业执照副本.jpg", [lic], "jpeg", self.device(colour=True, dpi=200)))
        else:
            front.append(Attachment("营业执照.pdf", [lic], "scan", self.device(colour=True)))
        if audit_digital:
            front.append(
                Attachment(f"{YEAR}年度审计报告.pdf", [audit], "digital", producer="Microsoft® Word 2019")
            )
        else:
            front.append(Attachment(f"{YEAR}年度审计报告（扫描件）.pdf", [audit], "scan", self.device()))
        self.attachments = front + self.attachments

    def declaration(self) -> dict[str, Any]:
        grade = self.grade
        technical = self.rng.randint(8, 16) if grade == "丁" else self.rng.randint(22, 32)
        n_cert = self.rng.randint(2, 4) if grade == "丁" else self.rng.randint(5, 7)
        certs = []
        for k in range(n_cert):
            title, level = CERTIFICATES[k % len(CERTIFICATES)] if k < 2 else self.rng.choice(CERTIFICATES)
            certs.append(
                {
                    "holder": person(self.rng, self.place),
                    "certificate": title,
                    "level": level,
                    "number": f"{self.rng.randint(2016, 2024)}{self.rng.randint(10, 65)}"
                    f"{self.rng.randint(100000, 999999)}",
                }
            )
        acc = self.accounts
        return {
            "enterprise": {
                "name": self.firm.name,
                "credit_code": self.firm.code,
                "legal_representative": self.firm.legal_rep,
                "registered_capital": yuan_str(Decimal(self.firm.capital_wan) * 10000),
                "established_on": dt.date(*self.firm.established).isoformat(),
                "grade": grade,
                "inspection_year": YEAR,
                "staff": {"technical_total": technical, "certified_total": len(certs), "certificates": certs},
            },
            "finance": [
                {
                    "year": YEAR,
                    "operating_revenue": yuan_str(acc.revenue),
                    "system_integration_revenue": yuan_str(acc.si_revenue),
                    "net_profit": yuan_str(acc.net_profit),
                }
            ],
            "projects": self.rows,
        }

    def output(
        self, clean: bool, xlsx: bool = False, licence_jpeg: bool = True, audit_digital: bool = True
    ) -> Output:
        self.corporate(licence_jpeg, audit_digital)
        stamp = between(self.rng, dt.date(YEAR + 1, 2, 14), dt.date(YEAR + 1, 2, 26))
        return Output(
            self.name,
            self.seed,
            self.declaration(),
            self.attachments,
            self.plants,
            clean,
            xlsx,
            stamp.strftime("%Y%m%d") + f"{self.rng.randint(8, 18):02d}{self.rng.randint(0, 59):02d}00",
            self.facts,
        )


def _client_stems() -> list[tuple[str, tuple[str, ...]]]:
    from .world import EDU_STEMS, HOSPITAL_STEMS, LAND_STEMS, MEDIA_STEMS, POLICE_STEMS, WATER_STEMS

    return [
        ("教育局", EDU_STEMS),
        ("人民医院", HOSPITAL_STEMS),
        ("水利局", WATER_STEMS),
        ("公安局", POLICE_STEMS),
        ("自然资源局", LAND_STEMS),
        ("融媒体中心", MEDIA_STEMS),
    ]


def _field(client: str) -> str:
    for word, field in (
        ("教育", "教育"),
        ("学", "教育"),
        ("医院", "医疗卫生"),
        ("水利", "农林牧渔、水利"),
        ("融媒体", "文化、体育、娱乐"),
    ):
        if word in client:
            return field
    return "党政"


def _scope(items: list[Item]) -> str:
    goods = "、".join(dict.fromkeys(i.name for i in items if i.unit != "项"))
    return f"按合同约定完成{goods}等设备的供货、安装及系统调试，完成用户培训；系统试运行期间运行正常，竣工文档资料齐全。"


def _invoice_item(items: list[Item]) -> str:
    if any(i.fee == "operation_maintenance" for i in items):
        return "*信息技术服务*运行维护服务费"
    return "*信息系统集成服务*系统集成服务"


def field_of(client: str) -> str:
    return _field(client)


def scope_of(items: list[Item]) -> str:
    return _scope(items)
