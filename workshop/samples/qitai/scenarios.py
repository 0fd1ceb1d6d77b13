"""The ten filings: four clean, six with one planted cause each (see README)."""

from __future__ import annotations

import copy
import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from .filing import FEE_KEYS, Filing
from .papers import Paper, acceptance, audit, breakdown, contract, invoice, licence, supplement
from .scanner import Feed, back_of
from .words import credit_code
from .world import AUDITORS, PLACES, Deal, Firm, clients, make_firm, person

YEAR = 2025
HUNDRED = Decimal(100)


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low // 100, high // 100)) * HUNDRED


def make_deals(rng: random.Random, firm: Firm, count: int) -> list[Deal]:
    place = firm.place
    rows = rng.sample(clients(place), count)
    deals = []
    for n, (client, kind, fieldname, stems) in enumerate(rows, start=1):
        items = [
            (
                rng.choice(("核心交换机 S6730-H24X6C", "汇聚交换机 S5735-L48T4X", "接入交换机 S5735-S24T4X")),
                rng.randint(2, 6),
                _money(rng, 8000, 42000),
            ),
            (
                rng.choice(("网络硬盘录像机 32路", "机架式服务器 2U双路", "防火墙 USG6525F")),
                rng.randint(1, 3),
                _money(rng, 18000, 68000),
            ),
            (
                rng.choice(("室外高清球机 400万像素", "无线AP 室内放装型", "高清枪机 400万像素")),
                rng.randint(8, 40),
                _money(rng, 900, 4600),
            ),
        ]
        items = items[: rng.randint(2, 3)]
        fees = {k: Decimal(0) for k in FEE_KEYS}
        fees["hardware_purchase"] = sum((Decimal(q) * p for _, q, p in items), Decimal(0))
        fees["integration_implementation"] = _money(rng, 60000, 260000)
        fees["software_development"] = _money(rng, 80000, 420000) if rng.random() < 0.7 else Decimal(0)
        fees["consulting_design"] = _money(rng, 20000, 60000) if rng.random() < 0.4 else Decimal(0)
        fees["software_purchase"] = _money(rng, 15000, 90000) if rng.random() < 0.6 else Decimal(0)
        fees["operation_maintenance"] = _money(rng, 20000, 80000) if rng.random() < 0.4 else Decimal(0)
        amount = sum(fees.values(), Decimal(0))
        signed = dt.date(YEAR, rng.randint(3, 7), rng.randint(1, 28))
        accepted = min(signed + dt.timedelta(days=rng.randint(70, 150)), dt.date(YEAR, 12, 19))
        short = client.replace(place.county, "")
        name = f"{place.county}{short}{rng.choice(stems)}项目"
        code = credit_code(rng, place.region, kind)
        advance = (amount * Decimal("0.3")).quantize(Decimal("0.01"))
        second = (amount * Decimal("0.65")).quantize(Decimal("0.01"))
        invoices = [
            (f"{rng.randint(10**7, 10**8 - 1):08d}", signed + dt.timedelta(days=rng.randint(4, 20)), advance),
            (
                f"{rng.randint(10**7, 10**8 - 1):08d}",
                min(accepted + dt.timedelta(days=rng.randint(3, 15)), dt.date(YEAR, 12, 30)),
                second,
            ),
        ]
        deal = Deal(
            pid=f"P{n}",
            name=name,
            client=client,
            client_code=code,
            field=fieldname,
            location=f"新疆维吾尔自治区昌吉回族自治州{place.county}",
            contract_no=f"{place.short[:2].upper()}{YEAR}-{rng.choice(('XX', 'JC', 'ZH'))}-{rng.randint(1, 160):03d}",
            signed_on=signed,
            accepted_on=accepted,
            fees=fees,
            amount=amount,
            invoices=invoices,
            deliver_to=f"{place.county}{rng.choice(place.streets)}{rng.randint(2, 120)}号{short}",
            days=rng.choice((60, 90, 120)),
        )
        deal.items = items  # type: ignore[attr-defined]
        deals.append(deal)
    return deals


def start(
    name: str, seed: int, rng: random.Random, place: str, count: int = 2, established: dt.date | None = None
) -> tuple[Filing, Firm, list[Deal]]:
    firm = make_firm(rng, PLACES[place], established)
    deals = make_deals(rng, firm, count)
    total = sum((d.amount for d in deals), Decimal(0))
    revenue = (
        (total * Decimal(rng.uniform(1.25, 1.7)) / HUNDRED).quantize(Decimal(1)) * HUNDRED
        + Decimal(rng.randint(0, 99))
        + Decimal(rng.randint(0, 99)) / HUNDRED
    )
    si = (total / Decimal("1.06")).quantize(Decimal("0.01"))
    profit = (revenue * Decimal(rng.uniform(0.04, 0.09))).quantize(Decimal("0.01"))
    filing = Filing(
        name=name,
        seed=seed,
        rng=rng,
        firm=firm,
        deals=deals,
        finance={"revenue": revenue, "si": si, "profit": profit},
    )
    return filing, firm, deals


def audit_paper(filing: Filing, rng: random.Random) -> Paper:
    f = filing.finance
    return audit(filing.firm, rng.choice(AUDITORS), rng, YEAR, f["revenue"], f["si"], f["profit"])


def skew(rng: random.Random) -> float:
    return rng.choice((-1, 1)) * rng.uniform(0.5, 3.0)


def with_fees(paper: Paper, deal: Deal) -> None:
    paper.fields["fees"] = {k: f"{deal.fees[k]:.2f}" for k in FEE_KEYS}


def duplex(
    filing: Filing,
    file: str,
    paper: Paper,
    rng: random.Random,
    *,
    notes: dict[int, str] | None = None,
    numbered: bool = False,
    **marks: Any,
) -> None:
    """Each sheet front then its blank reverse (show-through; 此页无正文 or a page number on some)."""
    notes = notes or {}
    for k, sheet in enumerate(paper.sheets):
        front_marks = dict(marks)
        if k > 0:
            front_marks.pop("staple", None)
        filing.put(file, paper, sheet, Feed(skew=skew(rng), **front_marks))
        back = back_of(sheet, notes.get(k), f"— {2 * k + 2} —" if numbered else None)
        filing.put(file, paper, back, Feed(skew=skew(rng), show_through=sheet))


def simplex(
    filing: Filing,
    file: str,
    paper: Paper,
    rng: random.Random,
    feeds: dict[int, Feed] | None = None,
    **marks: Any,
) -> None:
    feeds = feeds or {}
    for k, sheet in enumerate(paper.sheets):
        feed = feeds.get(k) or Feed(
            skew=skew(rng), **{m: v for m, v in marks.items() if k == 0 or m != "staple"}
        )
        filing.put(file, paper, sheet, feed)


def receipts(filing: Filing, file: str, deal: Deal, rng: random.Random, count: int = 2) -> list[int]:
    pages = []
    for k in range(count):
        paper = invoice(deal, filing.firm, rng, k)
        pages.append(
            filing.put(
                file,
                paper,
                paper.sheets[0],
                Feed(skew=skew(rng) / 2, bed=(297.0, 210.0), colour=rng.random() < 0.5),
            )
        )
    return pages


def licence_colour(filing: Filing, file: str, rng: random.Random, issued: dt.date) -> Paper:
    paper = licence(filing.firm, rng, issued)
    filing.put(file, paper, paper.sheets[0], Feed(skew=skew(rng), colour=True))
    filing.put(file, paper, paper.sheets[1], Feed(skew=skew(rng), colour=True, show_through=paper.sheets[0]))
    return paper


def issued_on(filing: Filing, rng: random.Random) -> dt.date:
    return filing.firm.established + dt.timedelta(days=rng.randint(400, 2400))


def scan_name(rng: random.Random, style: int) -> str:
    day = dt.datetime(
        YEAR + 1,
        rng.randint(1, 2),
        rng.randint(3, 26),
        rng.randint(8, 18),
        rng.randint(0, 59),
        rng.randint(0, 59),
    )
    return (
        f"{day:%Y%m%d%H%M%S}.pdf",
        f"SCAN{rng.randint(1, 999):04d}.pdf",
        f"doc{rng.randint(10000, 99999)}{day:%Y%m%d}.pdf",
        f"扫描全能王 {day:%Y-%m-%d %H.%M}.pdf",
    )[style % 4]


# -- clean ------------------------------------------------------------------------------------


def qt01_duplex_clean(seed: int, rng: random.Random) -> Filing:
    """奇台: everything through a duplex ADF; backs with show-through; contract p2 fed upside down."""
    f, firm, deals = start("qt01_duplex_clean", seed, rng, "qitai")
    licence_colour(f, "营业执照副本（正反面）.pdf", rng, issued_on(f, rng))
    duplex(
        f, "2025年度审计报告.pdf", audit_paper(f, rng), rng, notes={2: "此页无正文"}, holes=True, staple=True
    )
    for n, deal in enumerate(deals):
        file = f"{deal.pid}_{scan_name(rng, n)}"
        paper = contract(deal, firm, rng, no_text_note=True)
        paper.sheets.append(breakdown(deal, rng))
        with_fees(paper, deal)
        for k, sheet in enumerate(paper.sheets):
            f.put(
                file,
                paper,
                sheet,
                Feed(skew=skew(rng), rotate=180 if k == 1 else 0, holes=True, staple=k == 0),
            )
            if k == 1:
                f.put(file, paper, back_of(sheet, "此页无正文"), Feed(skew=skew(rng), show_through=sheet))
        acc = acceptance(deal, firm, rng)
        f.put(file, acc, acc.sheets[0], Feed(skew=skew(rng), holes=True))
        f.put(file, acc, back_of(acc.sheets[0]), Feed(skew=skew(rng), show_through=acc.sheets[0]))
        if n == 1:
            receipts(f, file, deal, rng, 1)
    return f


def qt02_order_clean(seed: int, rng: random.Random) -> Filing:
    """吉木萨尔: acceptance before its contract; A3 fee table folded in; 补充协议 (schedule) after the contract."""
    f, firm, deals = start("qt02_order_clean", seed, rng, "jimsar")
    lic = licence(firm, rng, issued_on(f, rng))
    f.put("营业执照.pdf", lic, lic.sheets[0], Feed(skew=skew(rng)))
    simplex(f, "审计报告2025.pdf", audit_paper(f, rng), rng, staple=True)
    for n, deal in enumerate(deals):
        file = scan_name(rng, n + 1)
        acc = acceptance(deal, firm, rng)
        f.put(file, acc, acc.sheets[0], Feed(skew=skew(rng), clip=True))
        paper = contract(deal, firm, rng)
        if n == 0:
            paper.sheets.append(breakdown(deal, rng, wide=True, items=deal.items))  # type: ignore[attr-defined]
        else:
            paper.sheets.append(breakdown(deal, rng))
        with_fees(paper, deal)
        for _k, sheet in enumerate(paper.sheets):
            wide = sheet.size[0] > 300
            f.put(
                file,
                paper,
                sheet,
                Feed(skew=skew(rng) / (2 if wide else 1), crease=0.5 if wide else None, fold_vertical=wide),
            )
        if n == 0:
            extra = supplement(
                deal, firm, rng, deal.signed_on + dt.timedelta(days=deal.days - 12), change="schedule"
            )
            f.put(file, extra, extra.sheets[0], Feed(skew=skew(rng)))
        receipts(f, file, deal, rng, 2)
    return f


def qt03_marks_clean(seed: int, rng: random.Random) -> Filing:
    """木垒: sideways pages, a 便利贴 in a margin, a fold through the fee table, highlighter and a tick on the price."""
    f, firm, deals = start("qt03_marks_clean", seed, rng, "mori")
    lic = licence(firm, rng, issued_on(f, rng))
    f.put("执照.pdf", lic, lic.sheets[0], Feed(skew=skew(rng), rotate=90, colour=True))
    duplex(f, "审计报告.pdf", audit_paper(f, rng), rng, numbered=True, clip=True)
    for n, deal in enumerate(deals):
        file = f"{deal.pid}-{scan_name(rng, 2)}"
        paper = contract(deal, firm, rng)
        box = paper.sheets[0].boxes["amount"]
        paper.sheets[0].highlight(box)
        paper.sheets[0].tick(box[2] + 4, box[1] - 1)
        paper.sheets.append(breakdown(deal, rng))
        with_fees(paper, deal)
        feeds = [
            Feed(skew=skew(rng), colour=True, sticky=(166.0, 252.0, "复印2份\n交财务"), holes=True),
            Feed(skew=skew(rng), rotate=90 if n == 0 else 270, holes=True),
            Feed(skew=skew(rng), holes=True),
            Feed(skew=skew(rng), crease=0.38, holes=True),
        ]
        for sheet, feed in zip(paper.sheets, feeds, strict=True):
            f.put(file, paper, sheet, feed)
        acc = acceptance(deal, firm, rng)
        f.put(file, acc, acc.sheets[0], Feed(skew=skew(rng), rotate=270 if n == 0 else 0, clip=True))
        f.put(file, acc, back_of(acc.sheets[0]), Feed(skew=skew(rng), show_through=acc.sheets[0]))
    return f


def qt04_interleaved_clean(seed: int, rng: random.Random) -> Filing:
    """阜康 (declaration.xlsx): invoices between the signature page and the 报价明细; skew up to 3°."""
    f, firm, deals = start("qt04_interleaved_clean", seed, rng, "fukang")
    f.xlsx = True
    licence_colour(f, "营业执照副本.pdf", rng, issued_on(f, rng))
    duplex(f, "审计报告（2025年度）.pdf", audit_paper(f, rng), rng, staple=True, holes=True)
    for n, deal in enumerate(deals):
        file = scan_name(rng, n)
        paper = contract(deal, firm, rng)
        simplex(f, file, paper, rng, staple=True)
        receipts(f, file, deal, rng, 2)
        appendix = Paper(
            f"{deal.pid}-appendix",
            "contract",
            [breakdown(deal, rng)],
            {"project_name": deal.name, "contract_number": deal.contract_no},
            deal.pid,
        )
        with_fees(appendix, deal)
        f.put(file, appendix, appendix.sheets[0], Feed(skew=skew(rng)))
        acc = acceptance(deal, firm, rng)
        f.put(file, acc, acc.sheets[0], Feed(skew=skew(rng), rotate=180 if n == 1 else 0))
    return f


# -- planted ----------------------------------------------------------------------------------


def qt05_fee_appendix(seed: int, rng: random.Random) -> Filing:
    """奇台: the row moves money from hardware_purchase to software_development; the A3 报价明细 shows the truth."""
    f, firm, deals = start("qt05_fee_appendix", seed, rng, "qitai")
    licence_colour(f, "营业执照副本.pdf", rng, issued_on(f, rng))
    simplex(f, "审计报告.pdf", audit_paper(f, rng), rng, holes=True)
    deal = deals[0]
    moved = _money(rng, 30000, 120000)
    declared = dict(deal.fees)
    declared["hardware_purchase"] -= moved
    declared["software_development"] += moved
    services = sum((declared[k] for k in FEE_KEYS[:6]), Decimal(0))
    f.declared["P1"] = {
        "fees": {k: f"{declared[k]:.2f}" for k in FEE_KEYS},
        "services_total": f"{services:.2f}",
    }
    for n, d in enumerate(deals):
        file = f"{d.pid}_{scan_name(rng, 3)}"
        paper = contract(d, firm, rng)
        paper.sheets.append(breakdown(d, rng, wide=True, items=d.items))  # type: ignore[attr-defined]
        with_fees(paper, d)
        for k, sheet in enumerate(paper.sheets):
            wide = sheet.size[0] > 300
            page = f.put(
                file,
                paper,
                sheet,
                Feed(
                    skew=skew(rng) / (2 if wide else 1),
                    crease=0.5 if wide else None,
                    fold_vertical=wide,
                    staple=k == 0,
                ),
            )
            if wide and n == 0:
                f.plant(
                    "FEE_MISMATCH",
                    "P1",
                    file,
                    page,
                    f"A3 报价明细: 硬件购置费 {d.fees['hardware_purchase']:.2f}, the row declares "
                    f"{declared['hardware_purchase']:.2f} (and software_development {moved} more); same total",
                )
        acc = acceptance(d, firm, rng)
        f.put(file, acc, acc.sheets[0], Feed(skew=skew(rng)))
        f.put(file, acc, back_of(acc.sheets[0]), Feed(skew=skew(rng), show_through=acc.sheets[0]))
    return f


def qt06_supplement_no_seal(seed: int, rng: random.Random) -> Filing:
    """吉木萨尔: the 补充协议 (delivery place) bound after the contract is signed but carries no seal."""
    f, firm, deals = start("qt06_supplement_no_seal", seed, rng, "jimsar")
    licence_colour(f, "营业执照.pdf", rng, issued_on(f, rng))
    duplex(f, "2025审计报告.pdf", audit_paper(f, rng), rng, staple=True)
    for n, d in enumerate(deals):
        file = scan_name(rng, 0 if n == 0 else 2)
        paper = contract(d, firm, rng)
        paper.sheets.append(breakdown(d, rng))
        with_fees(paper, d)
        simplex(f, file, paper, rng, holes=True)
        if n == 0:
            old = d.deliver_to
            d.deliver_to = (
                f"{firm.place.county}{firm.place.towns[2]}{d.client.replace(firm.place.county, '')}新址"
            )
            extra = supplement(
                d,
                firm,
                rng,
                d.signed_on + dt.timedelta(days=rng.randint(10, 30)),
                change="place",
                seals=False,
            )
            d.deliver_to = old
            page = f.put(file, extra, extra.sheets[0], Feed(skew=skew(rng), holes=True))
            f.plant(
                "SEAL_MISSING",
                "P1",
                file,
                page,
                "补充协议 signed by both representatives, no seal of either party",
            )
        acc = acceptance(d, firm, rng)
        f.put(file, acc, acc.sheets[0], Feed(skew=skew(rng), rotate=90 if n == 1 else 0))
        receipts(f, file, d, rng, 1)
    return f


def qt07_accept_before_sign(seed: int, rng: random.Random) -> Filing:
    """木垒: P1's acceptance (filed first, fed upside down) is dated before the contract was signed."""
    f, firm, deals = start("qt07_accept_before_sign", seed, rng, "mori")
    lic = licence(firm, rng, issued_on(f, rng))
    f.put("营业执照副本.pdf", lic, lic.sheets[0], Feed(skew=skew(rng)))
    duplex(f, "审计报告.pdf", audit_paper(f, rng), rng, holes=True)
    d = deals[0]
    d.accepted_on = d.signed_on - dt.timedelta(days=rng.randint(12, 40))
    d.invoices[1] = (d.invoices[1][0], d.signed_on + dt.timedelta(days=rng.randint(30, 60)), d.invoices[1][2])
    for n, deal in enumerate(deals):
        file = f"{deal.pid}合同验收-{scan_name(rng, 1)}"
        acc = acceptance(deal, firm, rng)
        page = f.put(file, acc, acc.sheets[0], Feed(skew=skew(rng), rotate=180 if n == 0 else 0))
        if n == 0:
            f.plant(
                "ACCEPTANCE_BEFORE_SIGNING",
                "P1",
                file,
                page,
                f"验收日期 {deal.accepted_on} before 签订日期 {deal.signed_on} (the row declares both)",
            )
        paper = contract(deal, firm, rng)
        paper.sheets.append(breakdown(deal, rng))
        with_fees(paper, deal)
        simplex(f, file, paper, rng, staple=True)
        receipts(f, file, deal, rng, 1)
    return f


def qt08_licence_expired(seed: int, rng: random.Random) -> Filing:
    """阜康: a firm of 2005 whose licence 副本 (colour, both sides) ends its term in 2025."""
    established = dt.date(2005, rng.randint(1, 12), rng.randint(1, 28))
    f, firm, deals = start("qt08_licence_expired", seed, rng, "fukang", established=established)
    firm.valid_until = dt.date(2025, rng.randint(3, 10), rng.randint(1, 28))
    licence_colour(f, "营业执照副本正反面.pdf", rng, dt.date(2019, rng.randint(1, 12), rng.randint(1, 28)))
    f.plant("LICENSE_EXPIRED", None, "营业执照副本正反面.pdf", 1, f"营业期限 ends {firm.valid_until}")
    simplex(f, "审计报告.pdf", audit_paper(f, rng), rng, staple=True)
    for deal in deals:
        file = f"{deal.pid}_{scan_name(rng, 0)}"
        paper = contract(deal, firm, rng)
        simplex(f, file, paper, rng, holes=True)
        acc = acceptance(deal, firm, rng)
        f.put(file, acc, acc.sheets[0], Feed(skew=skew(rng)))
    return f


def qt09_reused_acceptance(seed: int, rng: random.Random) -> Filing:
    """奇台: P1's acceptance is scanned again (upside down) into P2's file."""
    f, firm, deals = start("qt09_reused_acceptance", seed, rng, "qitai")
    licence_colour(f, "营业执照副本.pdf", rng, issued_on(f, rng))
    duplex(f, "审计报告.pdf", audit_paper(f, rng), rng, notes={1: "此页无正文"})
    first = acceptance(deals[0], firm, rng)
    for n, deal in enumerate(deals):
        file = f"{deal.pid}_{scan_name(rng, 2)}"
        paper = contract(deal, firm, rng)
        paper.sheets.append(breakdown(deal, rng))
        with_fees(paper, deal)
        simplex(f, file, paper, rng, holes=True, staple=True)
        if n == 0:
            f.put(file, first, first.sheets[0], Feed(skew=skew(rng)))
        else:
            again = copy.copy(first)
            page = f.put(file, again, first.sheets[0], Feed(skew=skew(rng), rotate=180, holes=True))
            f.plant(
                "DUPLICATE_DOCUMENT", None, file, page, "P1's acceptance report filed again among P2's papers"
            )
            receipts(f, file, deal, rng, 2)
    return f


def qt10_refeed(seed: int, rng: random.Random) -> Filing:
    """阜康: the operator re-fed P1's price page; it is in the file twice in a row."""
    f, firm, deals = start("qt10_refeed", seed, rng, "fukang", count=1)
    licence_colour(f, "营业执照副本.pdf", rng, issued_on(f, rng))
    duplex(f, "审计报告.pdf", audit_paper(f, rng), rng, staple=True, holes=True)
    deal = deals[0]
    file = scan_name(rng, 1)
    paper = contract(deal, firm, rng)
    paper.sheets.append(breakdown(deal, rng))
    with_fees(paper, deal)
    for k, sheet in enumerate(paper.sheets):
        f.put(file, paper, sheet, Feed(skew=skew(rng), staple=k == 0))
        if k == 0:
            page = f.put(file, paper, sheet, Feed(skew=skew(rng), staple=True), refeed=True)
            f.plant("DUPLICATE_DOCUMENT", None, file, page, "contract p1 (the price) scanned twice in a row")
    acc = acceptance(deal, firm, rng)
    f.put(file, acc, acc.sheets[0], Feed(skew=skew(rng)))
    receipts(f, file, deal, rng, 2)
    return f


SCENARIOS: tuple[Callable[[int, random.Random], Filing], ...] = (
    qt01_duplex_clean,
    qt02_order_clean,
    qt03_marks_clean,
    qt04_interleaved_clean,
    qt05_fee_appendix,
    qt06_supplement_no_seal,
    qt07_accept_before_sign,
    qt08_licence_expired,
    qt09_reused_acceptance,
    qt10_refeed,
)

__all__ = ["SCENARIOS", "person"]
