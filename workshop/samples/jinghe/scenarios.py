"""The ten filings. Each is one enterprise of 精河县, 博乐市, 阿拉山口市 or 温泉县 whose papers name the
parties in more than one way; six of them plant one problem about who a party is."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal

from . import docs
from .facts import Deal, books, day, declaration, invoice_for, new_deal
from .filing import Filing, Link
from .names import (
    AUDIT_FIRMS,
    LOOKALIKE_TRADE,
    PLACES,
    TRADE_NAMES,
    TRADE_SWAP,
    TRADES,
    Client,
    Firm,
    Place,
    break_check,
    clients_of,
    compose,
    county_prefixed,
    credit_code,
    person,
    reformed_clients,
)
from .paper import Binder, Part

Y = 2025


# the firm and its usual papers -------------------------------------------------------------------------
def make_firm(
    rng: random.Random,
    place: Place | None = None,
    prefix: str | None = None,
    form: str | None = None,
    industry: str | None = None,
) -> Firm:
    place = place or rng.choice(PLACES)
    est = dt.date(rng.randint(2011, 2020), rng.randint(1, 12), rng.randint(1, 28))
    return Firm(
        trade=rng.choice(TRADE_NAMES),
        industry=industry or rng.choice(TRADES),
        place=place,
        form=form or rng.choice(("有限公司", "有限公司", "有限责任公司")),
        prefix=prefix if prefix is not None else rng.choice(("新疆", "")),
        credit_code=credit_code(rng, place.region),
        legal_rep=person(rng),
        capital=rng.choice((3_000_000, 5_000_000, 10_000_000, 8_000_000, 20_000_000)),
        established=est.isoformat(),
        address=docs.address(rng, place),
    )


def add_branch(rng: random.Random, firm: Firm) -> None:
    firm.branch_place = rng.choice([p for p in PLACES if p is not firm.place])
    firm.branch_code = credit_code(rng, firm.branch_place.region)
    firm.branch_head = person(rng)


def plain_client(rng: random.Random, place: Place | None = None, avoid: tuple[str, ...] = ()) -> Client:
    place = place or rng.choice(PLACES)
    return rng.choice([c for c in clients_of(place) if c.name not in avoid])


def licence(
    f: Filing,
    firm: Firm,
    *,
    name: str | None = None,
    code: str | None = None,
    issued: dt.date | None = None,
    mode: str | None = None,
    file: str | None = None,
) -> tuple[Binder, Part]:
    rng = f.rng
    mode = mode or rng.choice(("scan", "phone", "jpg"))
    ext = "pdf" if mode == "scan" else "jpg"
    b = f.binder(file or rng.choice((f"营业执照副本.{ext}", f"01营业执照.{ext}", f"执照.{ext}")), mode)
    if issued is None:
        est = dt.date.fromisoformat(firm.established)
        issued = day(rng, max(est, dt.date(2019, 1, 1)), dt.date(2024, 12, 20))
    part = f.add(
        b,
        "business_license",
        None,
        docs.license_page,
        firm,
        name or firm.name,
        code or firm.credit_code,
        issued,
        rng,
    )
    return b, part


def audit(f: Filing, name: str, fin: dict[str, Decimal], former: str | None = None) -> None:
    rng = f.rng
    b = f.binder(
        rng.choice(("2025年度审计报告.pdf", "审计报告（2025）.pdf", "02 财务审计报告.pdf")),
        rng.choice(("pdf", "scan")),
    )
    f.add(b, "audit_report", None, docs.audit_report, name, fin, rng.choice(AUDIT_FIRMS), rng, former)


def bundle(
    f: Filing,
    deal: Deal,
    idx: int,
    *,
    firm_seal: str | None,
    mode: str | None = None,
    accept: bool = True,
    before: Callable[[Binder], None] | None = None,
    after: Callable[[Binder], None] | None = None,
) -> tuple[Binder, Part]:
    """A project's scan as the instructions ask: contract key pages + acceptance report in one file;
    or a born-digital contract with the acceptance scanned on its own."""
    rng = f.rng
    mode = mode or rng.choice(("scan", "scan", "pdf"))
    short = deal.a_accept
    addr_a = docs.address(rng, deal.client.place)
    addr_b = docs.address(rng, rng.choice(PLACES))
    if mode == "scan":
        b = f.binder(
            rng.choice(
                (
                    f"项目{'一二三'[idx]}_{short}合同及验收.pdf",
                    f"P{idx + 1} {deal.name}.pdf",
                    f"{idx + 1}.{short}-合同关键页+验收报告.pdf",
                )
            ),
            "scan",
        )
        if before:
            before(b)
        part = f.add(b, "contract", deal.pid, docs.contract, deal, rng, addr_a, addr_b)
        if accept:
            f.add(b, "acceptance_report", deal.pid, docs.acceptance, deal, rng, firm_seal)
        if after:
            after(b)
        return b, part
    folder = rng.choice((f"项目{idx + 1}/", f"{short}/", ""))
    if before:
        pre = f.binder(f"{folder}授权及说明.pdf", "scan")
        before(pre)
    b = f.binder(
        f"{folder}{rng.choice(('合同', '合同电子版', deal.number.replace('/', '-') + '合同'))}.pdf", "pdf"
    )
    part = f.add(b, "contract", deal.pid, docs.contract, deal, rng, addr_a, addr_b)
    if accept:
        a = f.binder(
            f"{folder}{rng.choice(('验收报告.jpg', '验收单扫描.jpg', '终验报告.jpg'))}",
            rng.choice(("jpg", "phone")),
        )
        f.add(a, "acceptance_report", deal.pid, docs.acceptance, deal, rng, firm_seal)
    if after:
        extra = f.binder(f"{folder}附件.pdf", "scan")
        after(extra)
    return b, part


def invoices(f: Filing, deal: Deal, shares: tuple[str, ...], seller: str, seller_code: str) -> None:
    rng = f.rng
    issued = day(rng, deal.signed + dt.timedelta(days=10), deal.signed + dt.timedelta(days=40))
    if issued.year < Y:
        issued = day(rng, dt.date(Y, 1, 6), dt.date(Y, 3, 20))
    for i, share in enumerate(shares):
        when = issued if i == 0 else day(rng, deal.accepted, deal.accepted + dt.timedelta(days=12))
        if when.year > Y:
            when = dt.date(Y, 12, 29)
        buyer = deal.a_accept if deal.client.former and when.year >= Y else deal.a_body
        inv = invoice_for(rng, deal, Decimal(share), when, seller, seller_code, buyer)
        deal.invoices.append(inv)
        b = f.binder(f"发票/dzfp_{inv.number}_{when:%Y%m%d}.pdf", "pdf")
        f.add(b, "invoice", deal.pid, docs.invoice, inv, rng)


def finish(
    f: Filing,
    firm: Firm,
    deals: list[Deal],
    *,
    declared_name: str | None = None,
    declared_code: str | None = None,
    audit_name: str | None = None,
    former_in_audit: str | None = None,
) -> None:
    fin = books(f.rng, deals)
    audit(f, audit_name or firm.name, fin, former_in_audit)
    f.declaration = declaration(
        declared_name or firm.name, declared_code or firm.credit_code, firm, deals, f.rng, fin
    )
    f.facts.update(
        {
            "firm": firm.name,
            "credit_code": firm.credit_code,
            "former_name": firm.former_name,
            "branch": firm.branch_name if firm.branch_place else None,
            "branch_code": firm.branch_code,
        }
    )


def two_deals(
    f: Filing,
    firm: Firm,
    c1: Client | None = None,
    c2: Client | None = None,
    signed_from: dt.date = dt.date(Y, 1, 8),
    signed_to: dt.date = dt.date(Y, 6, 30),
) -> list[Deal]:
    rng = f.rng
    c1 = c1 or plain_client(rng)
    c2 = c2 or plain_client(rng, avoid=(c1.name,))
    return [
        new_deal(rng, "P1", firm, c1, signed_from=signed_from, signed_to=signed_to),
        new_deal(rng, "P2", firm, c2, signed_from=signed_from, signed_to=signed_to),
    ]


# the clean filings --------------------------------------------------------------------------------------
def jh01_renamed_firm_clean(f: Filing) -> None:
    """The enterprise changed its name in 2024: P1's contract is signed under the former name (with
    the same credit code), everything after under the new one; the registrar's notice is filed."""
    rng = f.rng
    firm = make_firm(rng, prefix="新疆", industry="数智科技")
    old_industry = rng.choice(("网络科技", "信息技术", "电子科技"))
    firm.former_name = compose(firm.trade, old_industry, firm.place, "有限公司", "")
    renamed = day(rng, dt.date(2024, 7, 1), dt.date(2024, 11, 15))
    firm.renamed_on = renamed.isoformat()
    c1, c2 = plain_client(rng), None
    d1 = new_deal(
        rng,
        "P1",
        firm,
        c1,
        signed_from=dt.date(2024, 2, 20),
        signed_to=renamed - dt.timedelta(days=25),
        accept_by=dt.date(Y, 9, 30),
    )
    d1.b_contract = firm.former_name
    d1.b_seal = firm.former_name
    d2 = new_deal(
        rng,
        "P2",
        firm,
        c2 or plain_client(rng, avoid=(c1.name,)),
        signed_from=dt.date(Y, 1, 10),
        signed_to=dt.date(Y, 5, 30),
    )
    lic_b, _ = licence(f, firm, issued=renamed, mode="scan", file="营业执照及名称变更通知书.pdf")
    notice = f.add(
        lic_b, "other", None, docs.change_notice, firm, firm.former_name, renamed, rng, rng.randrange(2)
    )
    f.links.append(Link("former_name", firm.former_name, firm.name, notice.id))
    bundle(f, d1, 0, firm_seal=firm.name, mode="scan")
    bundle(f, d2, 1, firm_seal=firm.name)
    invoices(f, d2, ("0.3",), firm.name, firm.credit_code)
    finish(f, firm, [d1, d2], former_in_audit=firm.former_name if rng.random() < 0.5 else None)


def jh02_client_reform_clean(f: Filing) -> None:
    """Two clients renamed by 机构改革: the contracts carry the old bodies, the acceptances the new;
    P1 declares the new name (the acceptance prints （原…）), P2 the old one (its successor's
    情况说明 is filed behind the acceptance)."""
    rng = f.rng
    firm = make_firm(rng)
    p1, p2 = rng.sample(PLACES, 2)
    c1 = rng.choice([reformed_clients(p1)[0], reformed_clients(p1)[2]])
    c2 = reformed_clients(p2)[1]
    d1 = new_deal(rng, "P1", firm, c1, signed_from=dt.date(2024, 3, 1), signed_to=dt.date(2024, 10, 30))
    d2 = new_deal(rng, "P2", firm, c2, signed_from=dt.date(2024, 4, 1), signed_to=dt.date(2024, 11, 20))
    assert c1.former and c2.former
    d1.accept_note = f"（原{c1.former}）"
    d2.declared_client = c2.former
    licence(f, firm)
    _, _ = bundle(f, d1, 0, firm_seal=firm.name, mode="scan")
    p1_accept = f.binders[-1].parts[-1]
    f.links.append(Link("client_successor", c1.former, c1.name, p1_accept.id))
    note_when = d2.accepted - dt.timedelta(days=rng.randint(3, 20))
    holder: list[Part] = []

    def note(b: Binder) -> None:
        holder.append(f.add(b, "other", d2.pid, docs.reform_note, d2, rng, note_when))

    bundle(f, d2, 1, firm_seal=firm.name, mode="scan", after=note)
    f.links.append(Link("client_successor", c2.former, c2.name, holder[0].id))
    finish(f, firm, [d1, d2])


def jh03_branch_authorised_clean(f: Filing) -> None:
    """P1 signed by the enterprise's own 分公司 under the head office's 授权委托书 (filed in front of
    the contract); P2 on the firm's bilingual letterhead, the preamble abbreviating it as “某某公司”."""
    rng = f.rng
    firm = make_firm(rng)
    add_branch(rng, firm)
    assert firm.branch_place and firm.branch_code and firm.branch_head
    c1 = plain_client(rng, firm.branch_place)
    d1, d2 = two_deals(f, firm, c1)
    d1.b_contract = d1.b_seal = firm.branch_name
    d1.b_code, d1.b_rep = firm.branch_code, firm.branch_head
    d1.b_accept = firm.branch_name
    d2.letterhead = firm.english
    d2.b_short = firm.short
    licence(f, firm)
    holder: list[Part] = []

    def auth(b: Binder) -> None:
        holder.append(
            f.add(b, "other", d1.pid, docs.authorisation, firm, d1, rng, d1.signed - dt.timedelta(days=6))
        )

    bundle(f, d1, 0, firm_seal=firm.branch_name, before=auth)
    f.links.append(Link("branch", firm.branch_name, firm.name, holder[0].id))
    bundle(f, d2, 1, firm_seal=firm.name)
    finish(f, firm, [d1, d2])


def jh04_spellings_clean(f: Filing) -> None:
    """One name, many spellings: （新疆） on the licence, (新疆) in the declaration and P2's contract,
    a 合同信息表 whose narrow cells break both parties' names over two lines, clients written with
    新疆维吾尔自治区 or the prefecture in front, seals reading …有限公司 合同专用章 / 财务专用章."""
    rng = f.rng
    firm = make_firm(rng, prefix="(新疆)", form="有限责任公司")
    half = firm.name.replace("（", "(").replace("）", ")")
    seal_name = firm.name.replace("有限责任公司", "有限公司")
    d1, d2 = two_deals(f, firm)
    d1.info_table = True
    d1.a_contract = county_prefixed(d1.client.name, d1.client.place, "autonomous")
    d1.b_seal = seal_name
    d2.a_contract = county_prefixed(d2.client.name, d2.client.place, rng.choice(("prefecture", "xinjiang")))
    d2.b_contract = half
    d2.b_short = firm.short
    d2.b_seal = seal_name
    licence(f, firm)
    bundle(f, d1, 0, firm_seal=seal_name, mode="scan")
    paid = (d2.amount * Decimal("0.3")).quantize(Decimal("0.01"))

    def rec(b: Binder) -> None:
        f.add(
            b,
            "other",
            d2.pid,
            docs.receipt,
            d2,
            firm.name,
            paid,
            d2.signed + dt.timedelta(days=rng.randint(12, 30)),
            rng,
        )

    bundle(f, d2, 1, firm_seal=seal_name, after=rec)
    finish(f, firm, [d1, d2], declared_name=half)


# the planted filings ------------------------------------------------------------------------------------
def jh05_lookalike_party_b(f: Filing) -> None:
    """P1's contract is signed by another firm whose 字号 differs by one similar character and whose
    credit code differs; its acceptance names no builder."""
    rng = f.rng
    firm = make_firm(rng)
    d1, d2 = two_deals(f, firm)
    other = compose(LOOKALIKE_TRADE[firm.trade], firm.industry, firm.place, firm.form, firm.prefix)
    d1.b_contract = d1.b_seal = other
    d1.b_code = credit_code(rng, firm.place.region)
    d1.b_rep = person(rng)
    d1.b_accept = None
    licence(f, firm)
    b, part = bundle(f, d1, 0, firm_seal=None)
    f.plant(
        "PARTY_MISMATCH",
        "P1",
        b,
        part,
        f"乙方 is {other} ({d1.b_code}), not {firm.name} ({firm.credit_code})",
    )
    bundle(f, d2, 1, firm_seal=firm.name)
    invoices(f, d2, ("0.3",), firm.name, firm.credit_code)
    f.facts["lookalike"] = other
    finish(f, firm, [d1, d2])


def jh06_old_licence(f: Filing) -> None:
    """Renamed early in 2025 and declared under the new name, but the licence uploaded is the one
    issued before the change (former name, same credit code); no change notice is filed."""
    rng = f.rng
    firm = make_firm(rng, prefix="新疆")
    firm.former_name = compose(
        firm.trade, rng.choice([t for t in TRADES if t != firm.industry]), firm.place, "有限公司", ""
    )
    renamed = day(rng, dt.date(Y, 1, 6), dt.date(Y, 2, 20))
    firm.renamed_on = renamed.isoformat()
    d1, d2 = two_deals(f, firm, signed_from=renamed + dt.timedelta(days=10), signed_to=dt.date(Y, 6, 30))
    est = dt.date.fromisoformat(firm.established)
    old_issue = day(rng, max(est, dt.date(2019, 1, 1)), dt.date(2024, 6, 30))
    b, part = licence(f, firm, name=firm.former_name, issued=old_issue)
    f.plant(
        "LICENSE_NAME_MISMATCH",
        None,
        b,
        part,
        f"licence (issued {old_issue}) names {firm.former_name}; declared {firm.name}",
    )
    bundle(f, d1, 0, firm_seal=firm.name)
    bundle(f, d2, 1, firm_seal=firm.name)
    finish(f, firm, [d1, d2])


def jh07_bad_check_char(f: Filing) -> None:
    """The credit code on the licence, the declaration, the contracts and the invoices is the same, and
    its check character is wrong (no single reading confusion repairs it)."""
    rng = f.rng
    firm = make_firm(rng)
    firm.credit_code = break_check(firm.credit_code, rng)
    p = rng.choice(PLACES)
    c1 = rng.choice([reformed_clients(p)[0], reformed_clients(p)[2]])
    d1 = new_deal(rng, "P1", firm, c1, signed_from=dt.date(2024, 5, 1), signed_to=dt.date(2024, 11, 30))
    assert c1.former
    d1.accept_note = f"（原{c1.former}）"
    d2 = new_deal(
        rng, "P2", firm, plain_client(rng), signed_from=dt.date(Y, 1, 8), signed_to=dt.date(Y, 6, 30)
    )
    b, part = licence(f, firm)
    f.plant("CREDIT_CODE_INVALID", None, b, part, f"{firm.credit_code}: GB 32100 check character is wrong")
    bundle(f, d1, 0, firm_seal=firm.name)
    f.links.append(Link("client_successor", c1.former, c1.name, f.binders[-1].parts[-1].id))
    bundle(f, d2, 1, firm_seal=firm.name)
    invoices(f, d2, ("0.3", "0.6"), firm.name, firm.credit_code)
    finish(f, firm, [d1, d2])


def jh08_other_client(f: Filing) -> None:
    """P1 declares one county body as client; its contract is signed with another body of the same
    county (its invoice is made out to that body); no acceptance is filed for it."""
    rng = f.rng
    firm = make_firm(rng)
    place = rng.choice(PLACES)
    declared, actual = rng.sample(clients_of(place), 2)
    d1 = new_deal(rng, "P1", firm, declared, signed_from=dt.date(Y, 1, 8), signed_to=dt.date(Y, 6, 10))
    d1.a_contract = d1.a_accept = d1.a_body = actual.name
    d2 = new_deal(
        rng,
        "P2",
        firm,
        plain_client(rng, avoid=(declared.name, actual.name)),
        signed_from=dt.date(Y, 1, 8),
        signed_to=dt.date(Y, 6, 30),
    )
    d2.a_contract = county_prefixed(d2.client.name, d2.client.place, "xinjiang")
    licence(f, firm)
    b, part = bundle(f, d1, 0, firm_seal=firm.name, accept=False)
    invoices(f, d1, ("0.3", "0.6"), firm.name, firm.credit_code)
    f.plant("PARTY_MISMATCH", "P1", b, part, f"甲方 is {actual.name}; declared client {declared.name}")
    bundle(f, d2, 1, firm_seal=firm.name)
    f.facts["other_client"] = actual.name
    finish(f, firm, [d1, d2])


def jh09_lookalike_branch(f: Filing) -> None:
    """P1 is signed by the firm's own branch under its 授权委托书 (fine); P2 by the branch of another
    firm whose name differs from the enterprise's by one word, with no authorisation."""
    rng = f.rng
    firm = make_firm(rng)
    add_branch(rng, firm)
    assert firm.branch_place and firm.branch_code and firm.branch_head
    d1, d2 = two_deals(f, firm, plain_client(rng, firm.branch_place))
    d1.b_contract = d1.b_seal = d1.b_accept = firm.branch_name
    d1.b_code, d1.b_rep = firm.branch_code, firm.branch_head
    other_head = compose(firm.trade, TRADE_SWAP[firm.industry], firm.place, firm.form, firm.prefix)
    other_branch = other_head + firm.branch_place.short + "分公司"
    d2.b_contract = d2.b_seal = other_branch
    d2.b_code = credit_code(rng, firm.branch_place.region)
    d2.b_rep = person(rng)
    d2.b_accept = None
    licence(f, firm)
    holder: list[Part] = []

    def auth(b: Binder) -> None:
        holder.append(
            f.add(b, "other", d1.pid, docs.authorisation, firm, d1, rng, d1.signed - dt.timedelta(days=4))
        )

    bundle(f, d1, 0, firm_seal=firm.branch_name, before=auth, mode="scan")
    f.links.append(Link("branch", firm.branch_name, firm.name, holder[0].id))
    b, part = bundle(f, d2, 1, firm_seal=None)
    f.plant(
        "PARTY_MISMATCH",
        "P2",
        b,
        part,
        f"乙方 is {other_branch}, a branch of {other_head}, not of {firm.name}",
    )
    f.facts["lookalike"] = other_branch
    finish(f, firm, [d1, d2])


def jh10_branch_code_declared(f: Filing) -> None:
    """The declaration carries the credit code of the enterprise's branch; the licence (the head
    office's) carries its own. Both codes are valid."""
    rng = f.rng
    firm = make_firm(rng)
    add_branch(rng, firm)
    assert firm.branch_code
    d1, d2 = two_deals(f, firm)
    d1.letterhead = firm.english
    d1.b_short = firm.short
    b, part = licence(f, firm)
    f.plant(
        "CREDIT_CODE_MISMATCH",
        None,
        b,
        part,
        f"licence {firm.credit_code}; declared {firm.branch_code} (the {firm.branch_name}'s code)",
    )
    bundle(f, d1, 0, firm_seal=firm.name)
    bundle(f, d2, 1, firm_seal=firm.name)
    invoices(f, d2, ("0.4",), firm.name, firm.credit_code)
    finish(f, firm, [d1, d2], declared_code=firm.branch_code)


SCENARIOS: tuple[Callable[[Filing], None], ...] = (
    jh01_renamed_firm_clean,
    jh02_client_reform_clean,
    jh03_branch_authorised_clean,
    jh04_spellings_clean,
    jh05_lookalike_party_b,
    jh06_old_licence,
    jh07_bad_check_char,
    jh08_other_client,
    jh09_lookalike_branch,
    jh10_branch_code_declared,
)
