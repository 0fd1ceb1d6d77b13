"""The alar family: filings of firms in 阿拉尔市 (第一师), 温宿县 and 阿瓦提县 for the 2024 inspection.

Written independently of the checker and of every other family (see README.md). ``generate`` writes
``out/<scenario>/submission/`` and ``out/<scenario>/truth.json`` for each scenario.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS

from .filing import SCANNER, TAX, WPS, Filing
from .papers import (
    Books,
    Deal,
    Invoice,
    Paper,
    PriceRow,
    acceptance,
    audit,
    contract,
    invoice,
    licence,
    make_books,
    notice,
)
from .world import CLIENTS, SUPERVISORS, Client, Firm, gov_code, make_firm, person, rand_date, s2

YEAR = 2024
LOT_TITLES = {
    "hardware_purchase": "硬件设备采购及安装",
    "software_development": "软件平台开发及运维服务",
    "software_purchase": "商用软件采购",
    "integration_implementation": "系统集成实施",
}
RECOGNISED = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("软件设计师", "中级"),
    ("信息系统监理师", "中级"),
)


def client(name: str) -> Client:
    return next(c for c in CLIENTS if c.name == name)


def project_title(c: Client, rng: random.Random) -> str:
    base = rng.choice(c.projects)
    if c.name.startswith("第一师阿拉尔市"):
        head = "第一师阿拉尔市"
    else:
        head = c.name
    if head.endswith("医院") and base.startswith("医院"):
        base = base[2:]
    return f"{head}{rng.choice(('', '2024年'))}{base}"


def split(total: Decimal, n: int, rng: random.Random, unit: Decimal = Decimal(100)) -> list[Decimal]:
    weights = [rng.uniform(0.5, 1.5) for _ in range(n)]
    s = sum(weights)
    parts = [(total * Decimal(w / s) / unit).to_integral_value() * unit for w in weights[:-1]]
    parts.append(total - sum(parts, Decimal(0)))
    return parts


def draw_total(rng: random.Random, lo: int, hi: int, unit: int = 100) -> Decimal:
    return Decimal(rng.randint(lo // unit, hi // unit) * unit)


def make_deal(
    rng: random.Random,
    pid: str,
    c: Client,
    lots: list[list[str]],
    lo: int,
    hi: int,
    *,
    name: str | None = None,
    itemised: bool = True,
    supervisor: bool = False,
    signed: dt.date | None = None,
    unit: Decimal = Decimal(100),
    lot_numbers: list[int] | None = None,
) -> Deal:
    total = draw_total(rng, lo, hi)
    lot_totals = split(total, len(lots), rng, unit)
    rows: list[PriceRow] = []
    numbers = lot_numbers or list(range(1, len(lots) + 1))
    for n, fees, lt in zip(numbers, lots, lot_totals, strict=True):
        for fee, amount in zip(fees, split(lt, len(fees), rng, unit), strict=True):
            rows.append(PriceRow(n, fee, amount))
    signed = signed or rand_date(rng, dt.date(2024, 2, 20), dt.date(2024, 7, 15))
    note = signed - dt.timedelta(days=rng.randint(8, 25))
    accepted = rand_date(
        rng, signed + dt.timedelta(days=75), min(signed + dt.timedelta(days=200), dt.date(2024, 12, 20))
    )
    return Deal(
        pid=pid,
        name=name or project_title(c, rng),
        client=c,
        contract_no=rng.choice(
            (
                f"ALE-ZC-2024-{rng.randint(30, 980):04d}",
                f"一师采〔2024〕{rng.randint(10, 300)}号",
                f"HT{YEAR}{rng.randint(100, 999)}-{rng.randint(1, 9):02d}",
            )
        ),
        proc_no=rng.choice(
            (f"BTZC2024-{rng.randint(1000, 9999)}", f"ALE-GK-2024-{rng.randint(10, 199):03d}")
        ),
        lots=[(n, LOT_TITLES.get(fees[0], "信息化建设")) for n, fees in zip(numbers, lots, strict=True)],
        rows=rows,
        signed=signed,
        accepted=accepted,
        notice=note,
        itemised=itemised,
        supervisor=rng.choice(SUPERVISORS) if supervisor else None,
        method=rng.choice(("公开招标", "公开招标", "竞争性磋商")),
        agency=rng.choice(
            (
                "新疆兵团公共资源交易中心第一师分中心",
                "新疆恒远招标代理有限公司",
                "阿拉尔市瑞达工程招标咨询有限公司",
            )
        ),
        client_code=gov_code(rng),
        client_legal=person(rng),
        client_bank=rng.choice(
            (
                "中国农业银行股份有限公司阿拉尔分行",
                "国家金库阿拉尔市支库",
                "中国建设银行股份有限公司阿拉尔分行",
            )
        ),
        client_account="".join(rng.choice("0123456789") for _ in range(19)),
        client_phone=f"0997-{rng.randint(4600000, 4699999)}",
        agent_a=person(rng),
        agent_b=person(rng),
        scope="",
    )


def finish(deal: Deal) -> Deal:
    titles = "、".join(t for _, t in deal.lots)
    deal.scope = (
        f"乙方按照采购文件及投标文件要求，为甲方实施“{deal.name}”（{deal.lot_text()}：{titles}），"
        "内容包括设备及软件供货、安装调试、系统部署与联调、数据迁移、人员培训以及质保期内的技术支持服务，"
        "具体清单以分项报价表及投标文件技术响应为准。"
    )
    return deal


def lot_of(deal: Deal, n: int) -> Deal:
    """Restrict a deal to its lot ``n`` (for a procurement whose lots are signed as separate contracts)."""
    rows = [r for r in deal.rows if r.lot == n]
    d = Deal(**{**deal.__dict__, "rows": rows, "lots": [lt for lt in deal.lots if lt[0] == n]})
    return finish(d)


def invoices_for(deal: Deal, rng: random.Random, shares: tuple[str, ...]) -> list[Invoice]:
    out = []
    day = deal.signed + dt.timedelta(days=rng.randint(6, 20))
    main = max(deal.rows, key=lambda r: r.gross)
    for share in shares:
        gross = (deal.total * Decimal(share)).quantize(Decimal("0.01"))
        number = "24652" + "".join(rng.choice("0123456789") for _ in range(15))
        out.append(Invoice(number, day, gross, main.rate, f"*信息技术服务*{deal.name[-12:]}"))
        day = max(deal.accepted + dt.timedelta(days=rng.randint(3, 9)), day + dt.timedelta(days=30))
        day = min(day, dt.date(2024, 12, 30))
    return out


def staff(rng: random.Random, grade: str) -> tuple[dict[str, Any], list[dict[str, str]]]:
    n_tech = {"乙": rng.randint(32, 44), "丙": rng.randint(22, 29), "丁": rng.randint(8, 18)}[grade]
    n_cert = {"乙": rng.randint(8, 11), "丙": rng.randint(5, 7), "丁": rng.randint(1, 4)}[grade]
    certs = []
    for _ in range(n_cert):
        title, level = rng.choice(RECOGNISED)
        certs.append(
            {
                "holder": person(rng),
                "certificate": title,
                "level": level,
                "number": f"{rng.choice(('S', 'C'))}{rng.randint(2016, 2023)}{rng.randint(1000000, 9999999)}",
            }
        )
    return {"technical_total": n_tech, "certified_total": n_cert, "certificates": certs}, certs


def declared_row(
    pid: str, deals: list[Deal], *, amount: Decimal | None = None, client_name: str | None = None
) -> dict[str, Any]:
    """A project row from its contract(s): fees are the sums over the contracts (CONTRACT 1.1 merged rows)."""
    fees = {k: Decimal(0) for k in FEE_KEYS}
    for d in deals:
        for k, v in d.fees().items():
            fees[k] += v
    total = sum(fees.values(), Decimal(0))
    if amount is not None and amount != total:
        # the row's own figures: the fees scaled to the declared amount, the last fee taking the rest
        keys = [k for k in FEE_KEYS if fees[k]]
        scaled = {k: (fees[k] * amount / total).quantize(Decimal(1)) for k in keys[:-1]}
        scaled[keys[-1]] = amount - sum(scaled.values(), Decimal(0))
        fees = {k: scaled.get(k, Decimal(0)) for k in FEE_KEYS}
        total = amount
    d0 = deals[0]
    services = sum((fees[k] for k in SERVICE_FEE_KEYS), Decimal(0))
    return {
        "id": pid,
        "name": d0.name,
        "client": client_name or d0.party_a,
        "signed_on": d0.signed.isoformat(),
        "accepted_on": max(d.accepted for d in deals).isoformat(),
        "field": d0.client.field,
        "location": d0.client.location,
        "fees": {k: s2(v) for k, v in fees.items()},
        "services_total": s2(services),
        "contract_amount": s2(total),
    }


def declaration(
    firm: Firm,
    staff_block: dict[str, Any],
    books: Books,
    rows: list[dict[str, Any]],
    *,
    capital: Decimal | None = None,
    revenue: Decimal | None = None,
) -> dict[str, Any]:
    return {
        "enterprise": {
            "name": firm.name,
            "credit_code": firm.code,
            "legal_representative": firm.legal,
            "registered_capital": s2(capital if capital is not None else firm.capital),
            "established_on": firm.established.isoformat(),
            "grade": firm.grade,
            "inspection_year": YEAR,
            "staff": staff_block,
        },
        "finance": [
            {
                "year": YEAR,
                "operating_revenue": s2(revenue if revenue is not None else books.revenue[1]),
                "system_integration_revenue": s2(books.si_revenue),
                "net_profit": s2(books.net_profit(1)),
            }
        ],
        "projects": rows,
    }


def base(
    rng: random.Random, where: str, grade: str, deals_total: Decimal, *, subsidiary: bool = False
) -> tuple[Firm, Books, dict[str, Any], list[dict[str, str]]]:
    firm = make_firm(rng, where)
    firm.grade = grade
    if subsidiary:
        firm.subsidiary = f"{firm.place.county}{firm.short}智联运维服务有限公司"
    st, certs = staff(rng, grade)
    rev = max(deals_total * Decimal(rng.uniform(1.35, 1.9)), Decimal(3_200_000))
    books = make_books(rng, rev, firm.capital)
    return firm, books, st, certs


# ---- scenarios ----------------------------------------------------------------------------------


def al01_lots_merged_clean(seed: int, rng: random.Random) -> Filing:
    """Clean. P1: one procurement won in two lots, signed as two contracts (第1包, 第2包) and declared as one
    merged row; one 中标通知书 names both lots; each contract with its 项目验收单; all in one scanned file.
    P2: 塔里木大学 born-digital WPS contract with two 数电票 (30 % and 60 %), no acceptance."""
    c1 = client(
        rng.choice(("第一师阿拉尔市教育局", "第一师阿拉尔市公安局", "第一师阿拉尔市政务服务和数据管理局"))
    )
    both = finish(
        make_deal(
            rng,
            "P1",
            c1,
            [
                ["hardware_purchase", "integration_implementation"],
                ["software_development", "operation_maintenance"],
            ],
            1_400_000,
            3_200_000,
            supervisor=True,
        )
    )
    lot1, lot2 = lot_of(both, 1), lot_of(both, 2)
    lot2.contract_no = (
        lot1.contract_no + "-2"
        if not lot1.contract_no.endswith("号")
        else lot1.contract_no.replace("号", "-2号")
    )
    lot1.supervisor = both.supervisor
    lot2.supervisor = None
    p2 = finish(
        make_deal(
            rng,
            "P2",
            client("塔里木大学"),
            [["software_development", "software_purchase", "integration_implementation"]],
            380_000,
            900_000,
        )
    )
    firm, books, st, _certs = base(rng, "alar", "丁", both.total + p2.total)
    f = Filing("al01_lots_merged_clean", seed, rng)
    f.pdf(
        "P1_第1包第2包合同及验收单.pdf",
        [
            (notice([lot1, lot2], firm, rng), True),
            (contract(lot1, firm, rng), True),
            (acceptance(lot1, firm, rng), True),
            (contract(lot2, firm, rng), True),
            (acceptance(lot2, firm, rng), True),
        ],
        SCANNER,
    )
    f.pdf("P2_合同.pdf", [(contract(p2, firm, rng), False)], WPS)
    for k, inv in enumerate(invoices_for(p2, rng, ("0.3", "0.6")), start=1):
        f.pdf(f"P2_发票{k}.pdf", [(invoice(inv, p2, firm, rng), False)], TAX)
    f.jpg("营业执照.jpg", licence(firm, rng), "仅供年检使用")
    f.pdf("2024年度审计报告.pdf", [(audit(firm, books, rng)[0], False)], WPS)
    f.declaration = declaration(firm, st, books, [declared_row("P1", [lot1, lot2]), declared_row("P2", [p2])])
    return f


def al02_one_contract_two_lots_clean(seed: int, rng: random.Random) -> Filing:
    """Clean, declaration.xlsx. P1: one contract covering 第1包 and 第2包 (per-lot 小计 rows and a 合计), declared as
    one row; born-digital contract, and a scanned file holding the 中标通知书 (both lots) and the 验收单 with its
    监理 row. P2: 十二团 scanned contract + 验收单. Audit scanned."""
    p1 = finish(
        make_deal(
            rng,
            "P1",
            client("新疆生产建设兵团第一师医院"),
            [
                ["hardware_purchase", "software_purchase", "integration_implementation"],
                ["software_development", "operation_maintenance"],
            ],
            900_000,
            2_600_000,
            supervisor=True,
        )
    )
    p2 = finish(
        make_deal(
            rng,
            "P2",
            client("第一师十二团"),
            [["hardware_purchase", "integration_implementation"]],
            260_000,
            700_000,
        )
    )
    firm, books, st, certs = base(rng, "awati", "丁", p1.total + p2.total)
    f = Filing("al02_one_contract_two_lots_clean", seed, rng, xlsx=True, certificates=certs)
    f.pdf("P1_合同（第1包、第2包）.pdf", [(contract(p1, firm, rng), False)], WPS)
    f.pdf(
        "P1_中标通知书及验收单.pdf",
        [(notice([p1], firm, rng), True), (acceptance(p1, firm, rng), True)],
        SCANNER,
    )
    f.pdf("P2_合同及验收.pdf", [(contract(p2, firm, rng), True), (acceptance(p2, firm, rng), True)], SCANNER)
    f.jpg("营业执照正本.jpg", licence(firm, rng), "仅供年检使用")
    f.pdf("审计报告.pdf", [(audit(firm, books, rng)[0], True)], SCANNER)
    f.declaration = declaration(firm, st, books, [declared_row("P1", [p1]), declared_row("P2", [p2])])
    return f


def al03_large_contract_clean(seed: int, rng: random.Random) -> Filing:
    """Clean, grade 乙. P1: a 1.01–1.09 亿 hospital contract whose 合同总价 reads 壹亿零…; born-digital, with a scanned
    验收单 (监理 row) and one 数电票 for 30 %. P2: 塔里木大学 scanned contract + 验收单."""
    c1 = client(rng.choice(("新疆生产建设兵团第一师医院", "第一师阿拉尔医院")))
    p1 = finish(
        make_deal(
            rng,
            "P1",
            c1,
            [
                [
                    "hardware_purchase",
                    "software_purchase",
                    "software_development",
                    "integration_implementation",
                ]
            ],
            101_000_000,
            109_900_000,
            supervisor=True,
            unit=Decimal(1000),
        )
    )
    p2 = finish(
        make_deal(
            rng,
            "P2",
            client("塔里木大学"),
            [["hardware_purchase", "integration_implementation", "operation_maintenance"]],
            500_000,
            1_500_000,
        )
    )
    firm, books, st, _certs = base(rng, "alar", "乙", p1.total + p2.total)
    firm.capital = Decimal(rng.choice((2000, 3000, 5000))) * 10000
    f = Filing("al03_large_contract_clean", seed, rng)
    f.pdf("P1_智慧医院合同.pdf", [(contract(p1, firm, rng), False)], WPS)
    f.pdf("P1_验收单.pdf", [(acceptance(p1, firm, rng), True)], SCANNER)
    inv = invoices_for(p1, rng, ("0.3",))[0]
    f.pdf("P1_数电票.pdf", [(invoice(inv, p1, firm, rng), False)], TAX)
    f.pdf(
        "P2_合同及验收单.pdf", [(contract(p2, firm, rng), True), (acceptance(p2, firm, rng), True)], SCANNER
    )
    f.jpg("营业执照.jpg", licence(firm, rng), "仅供年检使用")
    f.pdf("2024年审计报告.pdf", [(audit(firm, books, rng)[0], False)], WPS)
    f.declaration = declaration(firm, st, books, [declared_row("P1", [p1]), declared_row("P2", [p2])])
    return f


def al04_wensu_scanned_clean(seed: int, rng: random.Random) -> Filing:
    """Clean, a 温宿县 firm, everything on paper: P1 十团 contract (amounts to the yuan) + 验收单 with 监理 in one
    scan; P2 一团 scanned contract + a 数电票 for 30 %; audit scanned; licence photo."""
    p1 = finish(
        make_deal(
            rng,
            "P1",
            client("第一师十团"),
            [["hardware_purchase", "software_development", "integration_implementation"]],
            420_000,
            1_300_000,
            supervisor=True,
            unit=Decimal(1),
        )
    )
    p2 = finish(
        make_deal(
            rng,
            "P2",
            client("第一师一团"),
            [["hardware_purchase", "integration_implementation"]],
            200_000,
            600_000,
        )
    )
    firm, books, st, _certs = base(rng, "wensu", "丁", p1.total + p2.total)
    f = Filing("al04_wensu_scanned_clean", seed, rng)
    f.pdf(
        "十团项目合同及验收单.pdf",
        [(contract(p1, firm, rng), True), (acceptance(p1, firm, rng), True)],
        SCANNER,
    )
    f.pdf("一团项目合同.pdf", [(contract(p2, firm, rng), True)], SCANNER)
    inv = invoices_for(p2, rng, ("0.3",))[0]
    f.pdf("一团项目发票.pdf", [(invoice(inv, p2, firm, rng), False)], TAX)
    f.jpg("营业执照.jpg", licence(firm, rng), "仅供年检使用")
    f.pdf("审计报告2024.pdf", [(audit(firm, books, rng)[0], True)], SCANNER)
    f.declaration = declaration(firm, st, books, [declared_row("P1", [p1]), declared_row("P2", [p2])])
    return f


def _clean_p2(rng: random.Random) -> Deal:
    c = client(rng.choice(("第一师阿拉尔市水利局", "第一师阿拉尔市卫生健康委员会", "第一师十二团")))
    return finish(make_deal(rng, "P2", c, [["software_development", "hardware_purchase"]], 220_000, 680_000))


def al05_amount_mismatch(seed: int, rng: random.Random) -> Filing:
    """Plants AMOUNT_MISMATCH: P1 公安局 contract states one 含税 total (no 分项 table) on page 2; the row declares
    6–15 % more (fees summing to the declared figure); the 验收单 prints the contract's amount."""
    p1 = finish(
        make_deal(
            rng,
            "P1",
            client("第一师阿拉尔市公安局"),
            [["hardware_purchase", "software_development", "integration_implementation"]],
            600_000,
            1_800_000,
            itemised=False,
        )
    )
    p2 = _clean_p2(rng)
    firm, books, st, _certs = base(rng, "alar", "丁", p1.total + p2.total)
    declared = (p1.total * Decimal(rng.uniform(1.06, 1.15)) / 1000).quantize(Decimal(1)) * 1000
    f = Filing("al05_amount_mismatch", seed, rng)
    c1 = contract(p1, firm, rng)
    f.pdf("P1_合同及验收单.pdf", [(c1, True), (acceptance(p1, firm, rng), True)], SCANNER)
    f.pdf("P2_合同.pdf", [(contract(p2, firm, rng), False)], WPS)
    f.pdf("P2_发票.pdf", [(invoice(invoices_for(p2, rng, ("0.3",))[0], p2, firm, rng), False)], TAX)
    f.jpg("营业执照.jpg", licence(firm, rng), "仅供年检使用")
    f.pdf("2024年度审计报告.pdf", [(audit(firm, books, rng)[0], False)], WPS)
    f.declaration = declaration(
        firm, st, books, [declared_row("P1", [p1], amount=declared), declared_row("P2", [p2])]
    )
    f.plant("AMOUNT_MISMATCH", "P1", c1, 1, f"declared {s2(declared)}, contract {s2(p1.total)}")
    return f


def al06_party_mismatch(seed: int, rng: random.Random) -> Filing:
    """Plants PARTY_MISMATCH: P1's contract (采购人（甲方） = 第一师十团, on page 1 and in the 信息表) is declared with
    the client 第一师阿拉尔市农业农村局 (the 团场's supervising bureau)."""
    p1 = finish(
        make_deal(
            rng,
            "P1",
            client("第一师十团"),
            [["hardware_purchase", "integration_implementation"], ["software_development"]],
            700_000,
            1_900_000,
            name="第一师十团高标准农田智慧灌溉物联网建设项目",
        )
    )
    p2 = _clean_p2(rng)
    firm, books, st, _certs = base(rng, "awati", "丁", p1.total + p2.total)
    f = Filing("al06_party_mismatch", seed, rng)
    c1 = contract(p1, firm, rng)
    f.pdf("P1_合同.pdf", [(c1, True)], SCANNER)
    f.pdf("P1_验收单.pdf", [(acceptance(p1, firm, rng), True)], SCANNER)
    f.pdf("P2_合同及验收单.pdf", [(contract(p2, firm, rng), False), (acceptance(p2, firm, rng), True)], WPS)
    f.jpg("营业执照.jpg", licence(firm, rng), "仅供年检使用")
    f.pdf("2024年度审计报告.pdf", [(audit(firm, books, rng)[0], True)], SCANNER)
    f.declaration = declaration(
        firm,
        st,
        books,
        [declared_row("P1", [p1], client_name="第一师阿拉尔市农业农村局"), declared_row("P2", [p2])],
    )
    f.plant(
        "PARTY_MISMATCH", "P1", c1, 0, "采购人（甲方） 第一师十团, declared client 第一师阿拉尔市农业农村局"
    )
    return f


def al07_accept_before_signing(seed: int, rng: random.Random) -> Filing:
    """Plants ACCEPTANCE_BEFORE_SIGNING: P1 数据局 contract signed August–September 2024 (born digital); its scanned
    项目验收单 is dated 50–110 days earlier; the row declares both dates as printed."""
    p1 = finish(
        make_deal(
            rng,
            "P1",
            client("第一师阿拉尔市政务服务和数据管理局"),
            [["software_development", "hardware_purchase", "operation_maintenance"]],
            500_000,
            1_500_000,
            signed=rand_date(rng, dt.date(2024, 8, 5), dt.date(2024, 9, 25)),
            supervisor=True,
        )
    )
    p1.accepted = rand_date(rng, p1.signed - dt.timedelta(days=110), p1.signed - dt.timedelta(days=50))
    p2 = _clean_p2(rng)
    firm, books, st, _certs = base(rng, "alar", "丁", p1.total + p2.total)
    f = Filing("al07_accept_before_signing", seed, rng)
    f.pdf("P1_合同.pdf", [(contract(p1, firm, rng), False)], WPS)
    a1 = acceptance(p1, firm, rng)
    f.pdf("P1_验收单.pdf", [(a1, True)], SCANNER)
    f.pdf(
        "P2_合同及验收单.pdf", [(contract(p2, firm, rng), True), (acceptance(p2, firm, rng), True)], SCANNER
    )
    f.jpg("营业执照.jpg", licence(firm, rng), "仅供年检使用")
    f.pdf("2024年度审计报告.pdf", [(audit(firm, books, rng)[0], False)], WPS)
    f.declaration = declaration(firm, st, books, [declared_row("P1", [p1]), declared_row("P2", [p2])])
    f.plant("ACCEPTANCE_BEFORE_SIGNING", "P1", a1, 0, f"验收 {p1.accepted}, signed {p1.signed}")
    return f


def al08_consolidated_only(seed: int, rng: random.Random) -> Filing:
    """Plants AUDIT_CONSOLIDATED_ONLY: a 温宿县 firm with a subsidiary attaches a scanned 合并 audit report whose
    合并资产负债表 / 合并利润表 carry only the group's columns (no 母公司 figures); the declaration carries the
    合并 figures."""
    p1 = finish(
        make_deal(
            rng,
            "P1",
            client("塔里木大学"),
            [["hardware_purchase", "software_development", "integration_implementation"]],
            500_000,
            1_600_000,
            supervisor=True,
        )
    )
    p2 = _clean_p2(rng)
    firm, books, st, _certs = base(rng, "wensu", "丁", p1.total + p2.total, subsidiary=True)
    f = Filing("al08_consolidated_only", seed, rng)
    f.pdf(
        "P1_合同及验收单.pdf", [(contract(p1, firm, rng), True), (acceptance(p1, firm, rng), True)], SCANNER
    )
    f.pdf("P2_合同.pdf", [(contract(p2, firm, rng), False)], WPS)
    f.pdf("P2_发票.pdf", [(invoice(invoices_for(p2, rng, ("0.3",))[0], p2, firm, rng), False)], TAX)
    f.jpg("营业执照.jpg", licence(firm, rng), "仅供年检使用")
    report, roles = audit(firm, books, rng, consolidated=True)
    f.pdf("2024年度合并审计报告.pdf", [(report, True)], SCANNER)
    f.declaration = declaration(firm, st, books, [declared_row("P1", [p1]), declared_row("P2", [p2])])
    f.plant("AUDIT_CONSOLIDATED_ONLY", None, report, roles["income"], "合并利润表 only; no 母公司 column")
    return f


def al09_audit_figure_mismatch(seed: int, rng: random.Random) -> Filing:
    """Plants AUDIT_FIGURE_MISMATCH: the declared 2024 operating revenue is 7–15 % above the 利润表's 本期金额
    (which stands right of 上期金额, in 万元); net profit and 系统集成收入 agree."""
    p1 = finish(
        make_deal(
            rng,
            "P1",
            client("第一师阿拉尔市卫生健康委员会"),
            [["software_development", "hardware_purchase"], ["operation_maintenance"]],
            450_000,
            1_400_000,
        )
    )
    p2 = finish(
        make_deal(
            rng,
            "P2",
            client("第一师一团"),
            [["hardware_purchase", "integration_implementation"]],
            200_000,
            600_000,
        )
    )
    firm, books, st, _certs = base(rng, "alar", "丁", p1.total + p2.total)
    declared = (books.revenue[1] * Decimal(rng.uniform(1.07, 1.15)) / 100).quantize(Decimal(1)) * 100
    f = Filing("al09_audit_figure_mismatch", seed, rng)
    f.pdf("P1_合同及验收单.pdf", [(contract(p1, firm, rng), False), (acceptance(p1, firm, rng), True)], WPS)
    f.pdf(
        "P2_合同及验收单.pdf", [(contract(p2, firm, rng), True), (acceptance(p2, firm, rng), True)], SCANNER
    )
    f.jpg("营业执照.jpg", licence(firm, rng), "仅供年检使用")
    report, roles = audit(firm, books, rng)
    f.pdf("2024年度审计报告.pdf", [(report, False)], WPS)
    f.declaration = declaration(
        firm, st, books, [declared_row("P1", [p1]), declared_row("P2", [p2])], revenue=declared
    )
    f.plant(
        "AUDIT_FIGURE_MISMATCH",
        None,
        report,
        roles["income"],
        f"declared revenue {s2(declared)}, audit {s2(books.revenue[1])}",
    )
    return f


def al10_licence_capital(seed: int, rng: random.Random) -> Filing:
    """Plants LICENSE_FIELD_MISMATCH: the licence 正本 photo prints a 注册资本 half (or a fifth) of the declared
    figure (the capital increase is declared, the old licence attached); name, code, legal representative and
    establishment date agree."""
    p1 = finish(
        make_deal(
            rng,
            "P1",
            client("第一师阿拉尔市教育局"),
            [["hardware_purchase", "integration_implementation"], ["software_development"]],
            500_000,
            1_500_000,
            supervisor=True,
        )
    )
    p2 = _clean_p2(rng)
    firm, books, st, _certs = base(rng, "alar", "丁", p1.total + p2.total)
    firm.capital = Decimal(rng.choice((1000, 2000))) * 10000
    old_cap = firm.capital / rng.choice((2, 5))
    f = Filing("al10_licence_capital", seed, rng)
    f.pdf(
        "P1_合同及验收单.pdf", [(contract(p1, firm, rng), True), (acceptance(p1, firm, rng), True)], SCANNER
    )
    f.pdf("P2_合同及验收单.pdf", [(contract(p2, firm, rng), False), (acceptance(p2, firm, rng), True)], WPS)
    lic = licence(firm, rng, capital=old_cap)
    f.jpg("营业执照.jpg", lic, "仅供年检使用")
    f.pdf("2024年度审计报告.pdf", [(audit(firm, books, rng)[0], False)], WPS)
    f.declaration = declaration(firm, st, books, [declared_row("P1", [p1]), declared_row("P2", [p2])])
    f.plant(
        "LICENSE_FIELD_MISMATCH", None, lic, 0, f"注册资本 licence {s2(old_cap)}, declared {s2(firm.capital)}"
    )
    return f


SCENARIOS: tuple[Callable[[int, random.Random], Filing], ...] = (
    al01_lots_merged_clean,
    al02_one_contract_two_lots_clean,
    al03_large_contract_clean,
    al04_wensu_scanned_clean,
    al05_amount_mismatch,
    al06_party_mismatch,
    al07_accept_before_signing,
    al08_consolidated_only,
    al09_audit_figure_mismatch,
    al10_licence_capital,
)


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i, scenario in enumerate(SCENARIOS, start=1):
        if only and scenario.__name__ not in only:
            continue
        rng = random.Random(seed * 1000 + i)
        filing = scenario(seed, rng)
        filing.write(out)
        written.append(filing.name)
    return written


__all__ = ["SCENARIOS", "Paper", "generate"]
