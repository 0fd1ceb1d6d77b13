"""Drawing one project's facts: parties, dates, prices, settlement, invoices in instalments, payments."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from . import codes
from .catalogue import BILL_SECTIONS
from .deal import (
    Invoice,
    InvoiceLine,
    PaymentRequest,
    Project,
    Receipt,
    Settlement,
    draw_bill,
    draw_price_list,
    fees_of_bill,
    fees_of_price_list,
    settle_bill,
)
from .people import people
from .places import CLIENT_LOCATIONS, COST_FIRMS, SUPERVISORS, TENDER_AGENTS, Client, Party
from .spelling import cents

D = Decimal
PAPER_UNTIL = dt.date(2024, 6, 30)
"""After this the firms of the family issue 数电票 only."""


@dataclass(frozen=True)
class Shape:
    """What a scenario asks of one project (the causes stay fixed; values come from the seed)."""

    kind: str
    """``bill`` or ``lump``."""
    sections: int = 3
    invoice_styles: tuple[str, ...] = ("e_special", "e_special", "e_special")
    red: bool = False
    whole_yuan: bool = False
    minimum: int = 0
    maximum: int = 10**9
    settle_up: bool = False
    """Settlement above the contract (a 设计变更 adds cameras)."""
    accepted: str = "passed"
    """``passed``, ``failed`` or ``2023`` (accepted in December 2023)."""
    request: bool = False
    """Attach a 工程款支付申请（核准）表."""
    scale: int = 1


def _day(rng: random.Random, start: dt.date, low: int, high: int) -> dt.date:
    return start + dt.timedelta(days=rng.randint(low, high))


def _style(style: str, day: dt.date) -> str:
    if style.startswith("paper") and day > PAPER_UNTIL:
        return "e_special" if style == "paper_special" else "e_normal"
    return style


def _number(rng: random.Random, style: str, day: dt.date) -> tuple[str, str]:
    if style.startswith("e_"):
        return codes.einvoice_number(rng, day.year), ""
    return codes.digits(rng, 8), codes.paper_invoice_code(rng, day.year)


def _people(rng: random.Random, place: str) -> dict[str, str]:
    keys = (
        "pm",
        "firm_rep",
        "cost",
        "client_rep",
        "client_it",
        "client_cost",
        "supervisor",
        "expert",
        "auditor",
        "drawer",
        "payee",
        "checker",
    )
    return dict(zip(keys, people(rng, len(keys), place), strict=True))


def new_project(
    rng: random.Random,
    pid: str,
    shape: Shape,
    client: Client,
    client_party: Party,
    firm_party: Party,
    stem: str,
    place: str,
) -> Project:
    year = 2023 if shape.accepted == "2023" else 2024
    if shape.kind == "bill":
        award = (
            dt.date(year, 3, 1) + dt.timedelta(days=rng.randint(0, 70))
            if year == 2024
            else dt.date(2023, 7, 1) + dt.timedelta(days=rng.randint(0, 20))
        )
        signed = _day(rng, award, 7, 20)
        started = _day(rng, signed, 3, 10)
        finished = _day(rng, started, 60, 110)
        accepted = _day(rng, finished, 5, 15)
    else:
        award = None
        signed = (
            dt.date(year, 4, 1) + dt.timedelta(days=rng.randint(0, 100))
            if year == 2024
            else dt.date(2023, 9, 1) + dt.timedelta(days=rng.randint(0, 20))
        )
        started = signed
        finished = _day(rng, signed, 45, 80)
        accepted = _day(rng, finished, 3, 10)
    if year == 2023:
        if accepted.month < 12:
            accepted = dt.date(2023, 12, rng.randint(5, 22))
        accepted = min(max(accepted, finished + dt.timedelta(days=3)), dt.date(2023, 12, 28))
    prefix = {"xinxing": "XX", "yizhou": "YZ", "barkol": "BLK", "yiwu": "YW"}[place]
    p = Project(
        pid=pid,
        name=f"{client.user or client.name}{stem}",
        kind=shape.kind,
        client=client.name,
        client_party=client_party,
        firm_party=firm_party,
        sector=client.field,
        location=CLIENT_LOCATIONS[client.place],
        contract_no=f"{prefix}{'GC' if shape.kind == 'bill' else 'CG'}-{signed.year}-{rng.randint(11, 198):03d}",
        tender_no=f"{prefix}ZFCG-{signed.year}-{rng.randint(1001, 1899)}",
        signed_on=signed,
        started_on=started,
        finished_on=finished,
        accepted_on=accepted,
        award_on=award,
        total=D(0),
        supervisor=rng.choice(SUPERVISORS),
        agent=rng.choice(TENDER_AGENTS),
        people=_people(rng, place),
    )
    p.acceptance_passed = shape.accepted != "failed"
    if shape.kind == "bill":
        names = list(BILL_SECTIONS)
        while True:
            chosen = sorted(rng.sample(range(len(names)), shape.sections))
            bill = draw_bill(rng, [names[i] for i in chosen], shape.whole_yuan, shape.scale)
            if shape.minimum <= bill.total <= shape.maximum:
                break
        p.bill = bill
        p.total = bill.total
        p.declared_fees = fees_of_bill(bill, p.total, D(1) if shape.whole_yuan else D("0.01"))
    else:
        while True:
            prices = draw_price_list(rng)
            total = sum((line.amount for line in prices), D(0))
            if shape.minimum <= total <= shape.maximum:
                break
        p.prices = prices
        p.total = total
        p.printed_fees = fees_of_price_list(prices)
        p.declared_fees = dict(p.printed_fees)
    p.declared_amount = p.total
    p.declared_client = p.client
    p.declared_accepted_on = p.accepted_on
    return p


def settle(rng: random.Random, p: Project, up: bool) -> None:
    """The 结算审定单: 审定 from the as-built bill, 送审 1–3 % above it."""
    assert p.bill is not None
    while True:
        settled = settle_bill(rng, p.bill, up)
        if up or settled.total < p.total:
            break
    p.settled = settled
    approved = settled.total
    submitted = cents(approved * D(1 + rng.uniform(0.01, 0.03)))
    note = (
        f"设计变更单（编号BG-{rng.randint(1, 9):02d}）新增网络枪型摄像机{settled.sections[-1].lines[-1].qty:g}台，按合同综合单价计入；"
        if up
        else "部分线缆、点位按实际敷设及安装数量核减；"
    )
    dated = _day(rng, p.accepted_on, 10, 22)
    p.settlement = Settlement(
        f"JS-{dated.year}-{rng.randint(21, 96):03d}", dated, submitted, approved, rng.choice(COST_FIRMS), note
    )


def _works_invoice(
    rng: random.Random, p: Project, style: str, day: dt.date, amount: Decimal, purpose: str
) -> Invoice:
    style = _style(style, day)
    number, code = _number(rng, style, day)
    note = f"建筑服务发生地：{p.location}；建筑项目名称：{p.name}；{purpose}"
    line = InvoiceLine("*建筑服务*智能化安装工程", "", "", None, amount, D("0.09"))
    return Invoice(number, day, style, [line], note, purpose, code=code)


def _red(rng: random.Random, blue: Invoice, day: dt.date) -> Invoice:
    lines = [
        InvoiceLine(li.item, li.spec, li.unit, None if li.qty is None else -li.qty, -li.gross, li.tax_rate)
        for li in blue.lines
    ]
    confirmation = codes.red_confirmation_number(rng, day)
    if blue.digital:
        note = f"被红冲蓝字数电发票号码：{blue.number}　红字发票信息确认单编号：{confirmation}"
    else:
        note = f"被红冲蓝字发票代码：{blue.code}　号码：{blue.number}　红字发票信息确认单编号：{confirmation}"
    blue.voided = True
    number, _ = _number(rng, "e_special", day)
    style = "e_special" if blue.style in ("e_special", "paper_special") else "e_normal"
    return Invoice(number, day, style, lines, note, "红冲", red_of=blue, red_confirmation=confirmation)


def bill_money(rng: random.Random, p: Project, shape: Shape) -> None:
    """Instalments of a works contract: 预付款 30 %, 进度款 to 70 %, then the settlement's rest (or, without a
    settlement, nothing more), with receipts of what was paid."""
    t = p.total
    styles = list(shape.invoice_styles)
    advance = cents(t * D("0.3"))
    progress = cents(t * D("0.7")) - advance
    day1 = _day(rng, p.signed_on, 3, 10)
    inv = [_works_invoice(rng, p, styles[0], day1, advance, "预付款（合同暂定总价的30%）")]
    req_day = _day(rng, p.started_on, 35, 50)
    done = cents(t * D(rng.uniform(0.88, 0.95)))
    p.request = PaymentRequest(
        f"ZF-{rng.randint(1, 3):02d}", req_day, t, done, D("0.8"), D("0.7"), advance, progress
    )
    day2 = _day(rng, req_day, 1, 4)
    if shape.red:
        wrong = _works_invoice(rng, p, styles[1], day2, cents(t * D("0.7")), "进度款")
        red_day = _day(rng, day2, 4, 9)
        inv += [
            wrong,
            _red(rng, wrong, red_day),
            _works_invoice(
                rng,
                p,
                "e_special" if styles[1] == "e_special" else "e_normal",
                red_day,
                progress,
                "进度款（累计支付至合同暂定总价的70%）",
            ),
        ]
    else:
        inv.append(_works_invoice(rng, p, styles[1], day2, progress, "进度款（累计支付至合同暂定总价的70%）"))
    payments = [(_day(rng, day1, 5, 12), advance, "预付款"), (_day(rng, req_day, 8, 14), progress, "进度款")]
    if p.settlement is not None:
        rest = p.settlement.approved - advance - progress
        final_day = _day(rng, p.settlement.dated, 2, 6)
        if len(styles) > 3:
            first = cents(rest * D("0.6"))
            inv.append(_works_invoice(rng, p, styles[2], final_day, first, "结算款"))
            inv.append(
                _works_invoice(
                    rng, p, styles[3], _day(rng, final_day, 1, 3), rest - first, "结算款（含质量保证金）"
                )
            )
        else:
            inv.append(_works_invoice(rng, p, styles[2], final_day, rest, "结算款（含质量保证金5%）"))
        payments.append(
            (
                _day(rng, final_day, 3, 8),
                cents(p.settlement.approved * D("0.95")) - advance - progress,
                "结算款",
            )
        )
    p.invoices = inv
    p.receipts = [_receipt(rng, p, day, amount, purpose) for day, amount, purpose in payments]


def lump_money(rng: random.Random, p: Project, shape: Shape) -> None:
    """A purchase in two invoices: goods and software at 13 % on delivery, services at 6 % after acceptance;
    with ``red`` the services were first billed at 13 % by mistake, offset by a red invoice and billed again."""
    goods = [line for line in p.prices if line.tax_rate == D("0.13")]
    services = [line for line in p.prices if line.tax_rate == D("0.06")]
    styles = list(shape.invoice_styles)
    delivered = _day(rng, p.signed_on, 20, 35)

    def issue(style: str, day: dt.date, lines: list, rate_override: Decimal | None, purpose: str) -> Invoice:
        style = _style(style, day)
        number, code = _number(rng, style, day)
        items = [
            InvoiceLine(
                li.invoice_item, li.spec[:16], li.unit, li.qty, li.amount, rate_override or li.tax_rate
            )
            for li in lines
        ]
        return Invoice(
            number, day, style, items, f"项目名称：{p.name}；合同编号：{p.contract_no}", purpose, code=code
        )

    inv = [issue(styles[0], delivered, goods, None, "货物")]
    day2 = _day(rng, p.accepted_on, 2, 6)
    if shape.red:
        wrong = issue(styles[1], day2, services, D("0.13"), "服务")
        red_day = _day(rng, day2, 3, 9)
        inv += [
            wrong,
            _red(rng, wrong, red_day),
            issue("e_special" if styles[1] != "e_normal" else "e_normal", red_day, services, None, "服务"),
        ]
    else:
        inv.append(issue(styles[1], day2, services, None, "服务"))
    p.invoices = inv
    first = cents(p.total * D("0.3"))
    p.receipts = [_receipt(rng, p, _day(rng, p.signed_on, 5, 12), first, "合同款（首付30%）")]


def _receipt(rng: random.Random, p: Project, day: dt.date, amount: Decimal, purpose: str) -> Receipt:
    when = dt.datetime(
        day.year, day.month, day.day, rng.randint(9, 18), rng.randint(0, 59), rng.randint(0, 59)
    )
    payer, payee = p.client_party, p.firm_party
    return Receipt(
        serial=f"{day:%Y%m%d}{codes.digits(rng, 12)}",
        receipt_no=codes.digits(rng, 16),
        paid_on=when,
        amount=amount,
        purpose=f"{p.name}{purpose}",
        bank=payer.bank,
        payer_name=payer.name,
        payer_account=payer.account,
        payer_branch=payer.branch,
        payee_name=payee.name,
        payee_account=payee.account,
        payee_branch=payee.branch,
    )
