"""Builds one filing from knobs: the firm, its projects, the papers, and the files they go into."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS

from . import papers as pp
from .filing import Filing, Slot
from .model import Firm, Invoice, Payment, Proj
from .people import (
    AGENTS,
    AUDITORS,
    BANKS,
    CERTS_OK,
    CLIENTS,
    EXPERT_UNITS,
    SUPERVISORS,
    TITLES,
    credit_code,
    person,
    plain,
    q2,
    rand_date,
    workday,
)
from .people import (
    firm as make_firm_names,
)
from .scan import Profile, profile

D = Decimal
OFFICES = {
    "五家渠": "五家渠市市场监督管理局",
    "阜康": "阜康市市场监督管理局",
    "米东": "乌鲁木齐市米东区市场监督管理局",
}
REGION = {"五家渠": "659004", "阜康": "652302", "米东": "650109"}


def make_firm(rng: random.Random, grade: str, place: str | None = None) -> Firm:
    while True:
        names = make_firm_names(rng)
        if place is None or names["short"] == place:
            break
    technical = {"乙": rng.randint(32, 40), "丙": rng.randint(22, 30), "丁": rng.randint(8, 18)}[grade]
    n_certs = {"乙": rng.randint(9, 11), "丙": rng.randint(6, 8), "丁": rng.randint(2, 4)}[grade]
    certs = []
    for k in range(n_certs):
        title, level = CERTS_OK[k % len(CERTS_OK)] if k < 3 else rng.choice(CERTS_OK)
        number = f"{'S' if level == '高级' else 'M'}{rng.randint(2016, 2023)}{rng.randint(10**9, 10**10 - 1)}"
        certs.append((person(rng), title, level, number))
    return Firm(
        name=names["name"],
        code=names["code"],
        address=names["address"],
        legal=person(rng),
        capital=D(rng.choice([200, 300, 500, 600, 1000, 1200, 2000])) * 10000,
        established=dt.date(rng.randint(2009, 2019), rng.randint(1, 12), rng.randint(1, 28)),
        grade=grade,
        technical=technical,
        certificates=certs,
        place=names["short"],
        bank=f"{rng.choice(BANKS)}{names['short']}{rng.choice(['支行', '分行营业部'])}",
        account=f"{rng.randint(10**15, 10**16 - 1)}{rng.randint(100, 999)}",
        short=names["short"],
        brand=names["brand"],
        licence_office=OFFICES[names["short"]],
    )


HEAVY = {
    "software": [
        ("software_development", 0.55),
        ("integration_implementation", 0.15),
        ("hardware_purchase", 0.2),
        ("software_purchase", 0.1),
    ],
    "hardware": [
        ("hardware_purchase", 0.6),
        ("integration_implementation", 0.2),
        ("software_purchase", 0.12),
        ("consulting_design", 0.08),
    ],
    "service": [
        ("software_development", 0.35),
        ("operation_maintenance", 0.25),
        ("integration_implementation", 0.2),
        ("hardware_purchase", 0.2),
    ],
}


def split_fees(rng: random.Random, amount: Decimal, unit: Decimal, kind: str) -> dict[str, Decimal]:
    parts = HEAVY[kind]
    weights = [share * rng.uniform(0.8, 1.2) for _, share in parts]
    fees: dict[str, Decimal] = {}
    left = amount
    for (key, _), wt in zip(parts[:-1], weights, strict=False):
        v = (amount * D(wt / sum(weights)) / unit).quantize(D(1)) * unit
        fees[key] = v
        left -= v
    fees[parts[-1][0]] = left
    assert left > 0 and sum(fees.values()) == amount
    return fees


@dataclass
class Knobs:
    lo: int = 60
    hi: int = 180
    """Contract amount range in 万元."""
    unit: Decimal = field(default_factory=lambda: D(1))
    cents: bool = False
    initial: bool = True
    supervisor: bool = False
    notice: bool = False
    itemised: bool = False
    supplement: bool = False
    provisional: bool = False
    e_invoices: int = 0
    paper_invoices: int = 0
    payments: int = 0
    invoice_share: float = 0.7
    kind: str = "software"
    client: int | None = None
    declare_original: bool = False
    """With a 补充协议: declare the price before it (the AMOUNT_MISMATCH plant)."""
    final_2025: bool = False
    """初验 in late 2024, 终验 in January 2025 (the ACCEPTANCE_OUT_OF_PERIOD plant)."""


def make_project(rng: random.Random, firm: Firm, pid: str, used: set[int], k: Knobs) -> Proj:
    pool = [i for i in range(len(CLIENTS)) if i not in used]
    ci = k.client if k.client is not None and k.client not in used else rng.choice(pool)
    used.add(ci)
    client, _short, fld, location, titles = CLIENTS[ci]
    title = rng.choice(titles)
    short = client.replace("新疆生产建设兵团", "")
    name = f"{short}{title}"
    amount = D(rng.randint(k.lo * 10000, k.hi * 10000))
    amount = (amount / k.unit).quantize(D(1)) * k.unit
    if k.cents and k.unit == 1:
        amount += D(rng.randint(1, 99)) / 100
    signed = workday(rand_date(rng, dt.date(2024, 1, 8), dt.date(2024, 5, 31)))
    initial = workday(signed + dt.timedelta(days=rng.randint(75, 130))) if k.initial else None
    final = workday((initial or signed) + dt.timedelta(days=rng.randint(35, 80)))
    if final > dt.date(2024, 12, 20):
        final = workday(dt.date(2024, 12, rng.randint(2, 16)))
    if k.final_2025:
        signed = workday(rand_date(rng, dt.date(2024, 5, 6), dt.date(2024, 7, 31)))
        initial = workday(rand_date(rng, dt.date(2024, 11, 4), dt.date(2024, 12, 10)))
        final = workday(rand_date(rng, dt.date(2025, 1, 6), dt.date(2025, 1, 22)))
    number = rng.choice(
        [
            f"WJQ-XX-2024-{rng.randint(10, 199):03d}",
            f"LSJ-CG-{signed.year}-{rng.randint(1, 99):04d}",
            f"HT{signed.strftime('%Y%m%d')}{rng.randint(1, 30):02d}",
            f"FKZC[{signed.year}]{rng.randint(10, 300)}号",
        ]
    )
    p = Proj(
        id=pid,
        name=name,
        client=client,
        client_declared=client,
        field=fld,
        location=location,
        signed=signed,
        initial=initial,
        final=final,
        amount=amount,
        declared_amount=amount,
        fees={},
        number=number,
        party_b=firm.name,
        tax_rate=rng.choice([6, 9, 13]) if not k.itemised else 9,
        itemised=k.itemised,
        supervisor=rng.choice(SUPERVISORS) if k.supervisor else None,
        notice=k.notice,
        agent=rng.choice(AGENTS) if k.notice or rng.random() < 0.5 else "",
        procurement_no=f"{rng.choice(['BT6S', 'FKCG', 'MDQ-ZFCG'])}-2024-{rng.randint(1, 199):03d}",
        experts=[(person(rng), rng.choice(EXPERT_UNITS), rng.choice(TITLES)) for _ in range(5)],
    )
    if k.supplement:
        raise_by = (amount * D(rng.uniform(0.06, 0.12)) / 100).quantize(D(1)) * 100
        p.original = amount
        p.amount = amount + raise_by
        p.declared_amount = amount if k.declare_original else p.amount
        p.supplement_on = workday(signed + dt.timedelta(days=rng.randint(25, 50)))
    if k.provisional:
        p.settled = (amount * D(rng.uniform(0.93, 0.985))).quantize(D(1))
    p.fees = split_fees(rng, p.declared_amount, k.unit, k.kind)
    # invoices: a share of the amount in effect (the whole 结算价 of a provisional contract)
    base = p.settled if p.settled is not None else p.amount
    total_inv = q2(base * D(k.invoice_share)) if p.settled is None else base
    n_inv = k.e_invoices + k.paper_invoices
    if n_inv:
        shares = [rng.uniform(0.7, 1.3) for _ in range(n_inv)]
        amounts = [q2(total_inv * D(s / sum(shares))) for s in shares]
        amounts[-1] = total_inv - sum(amounts[:-1])
        when = final
        for j, a in enumerate(amounts):
            kind = "e" if j < k.e_invoices else "paper"
            d = workday(
                rand_date(
                    rng,
                    signed + dt.timedelta(days=10),
                    min(final + dt.timedelta(days=10), dt.date(2024, 12, 27)),
                )
            )
            when = max(when, d)
            if kind == "e":
                inv = Invoice("e", a, d, f"24652000000{rng.randint(10**8, 10**9 - 1)}")
            else:
                inv = Invoice(
                    "paper",
                    a,
                    d,
                    f"{rng.randint(10**7, 10**8 - 1)}",
                    code=f"0650024{rng.randint(10**4, 10**5 - 1)}",
                )
            inv.seller = p.party_b
            inv.seller_code = firm.code
            p.invoices.append(inv)
        p.invoices.sort(key=lambda x: x.issued_on)
    if k.payments:
        # the first payment follows the signed contract (before any 补充协议), the second the 初验
        pays = [q2((p.original or base) * D("0.3")), q2(base * D("0.4"))][: k.payments]
        for j, a in enumerate(pays):
            d = signed + dt.timedelta(days=20) if j == 0 else (initial or final) + dt.timedelta(days=15)
            p.payments.append(Payment(a, workday(d), f"{rng.randint(10**13, 10**14 - 1)}"))
    return p


def finance(rng: random.Random, projs: list[Proj]) -> tuple[Decimal, Decimal, Decimal]:
    total = sum((p.declared_amount for p in projs), D(0))
    si = (total * D(rng.uniform(1.05, 1.4))).quantize(D(1))
    revenue = (si * D(rng.uniform(1.15, 1.5))).quantize(D(1))
    profit = (revenue * D(rng.uniform(0.03, 0.08))).quantize(D(1))
    out = []
    for v in (revenue, si, profit):
        if v % 10 == 5:
            v += 1
        out.append(v)
    return out[0], out[1], out[2]


def declaration(firm: Firm, projs: list[Proj], fin: tuple[Decimal, Decimal, Decimal]) -> dict[str, Any]:
    rows = []
    for p in projs:
        fees = {k: plain(p.fees.get(k, D(0))) for k in FEE_KEYS}
        services = sum((p.fees.get(k, D(0)) for k in SERVICE_FEE_KEYS), D(0))
        assert sum(p.fees.values()) == p.declared_amount
        rows.append(
            {
                "id": p.id,
                "name": p.name,
                "client": p.client_declared,
                "signed_on": p.signed.isoformat(),
                "accepted_on": p.final.isoformat(),
                "field": p.field,
                "location": p.location,
                "fees": fees,
                "services_total": plain(services),
                "contract_amount": plain(p.declared_amount),
            }
        )
    return {
        "enterprise": {
            "name": firm.name,
            "credit_code": firm.code,
            "legal_representative": firm.legal,
            "registered_capital": plain(firm.capital),
            "established_on": firm.established.isoformat(),
            "grade": firm.grade,
            "inspection_year": 2024,
            "staff": {
                "technical_total": firm.technical,
                "certified_total": len(firm.certificates),
                "certificates": [
                    {"holder": h, "certificate": c, "level": lv, "number": n}
                    for h, c, lv, n in firm.certificates
                ],
            },
        },
        "finance": [
            {
                "year": 2024,
                "operating_revenue": plain(fin[0]),
                "system_integration_revenue": plain(fin[1]),
                "net_profit": plain(fin[2]),
            }
        ],
        "projects": rows,
    }


# ---------------------------------------------------------------------- layout


@dataclass
class Layout:
    turns: dict[tuple[str, str, int], int] = field(default_factory=dict)
    """(project id, paper kind, page index) → quarter turns of the stored scan."""
    twoup_receipts: bool = False
    twoup_final: str | None = None
    """Project whose 终验报告 pages 1–2 are reduced 2-up onto one landscape sheet."""
    scanned_contract: set[str] = field(default_factory=set)
    """Projects whose contract is scanned throughout; the others' body pages (1–2) are Word exports merged into
    the bundle, their signature page and 补充协议 scanned."""
    licence: str = "grey150"
    audit: str = "digital"
    notice_photo: str | None = None
    bundle_name: str = "合同及验收资料.pdf"


@dataclass
class Built:
    papers: dict[tuple[str, str], pp.Paper] = field(default_factory=dict)
    licence: pp.Paper | None = None
    audit: pp.Paper | None = None


def _client_code(rng: random.Random, p: Proj) -> str:
    region = (
        "659004"
        if "第六师" in p.client or "五家渠" in p.client
        else ("652302" if "阜康" in p.client else "650109")
    )
    return credit_code(rng, region, "11" if "局" in p.client or "委员会" in p.client else "12")


def lay_out(
    f: Filing,
    firm: Firm,
    projs: list[Proj],
    fin: tuple[Decimal, Decimal, Decimal],
    lay: Layout,
    qualified: bool = False,
) -> Built:
    rng = f.rng
    built = Built()
    base = profile(rng)

    def sc(turn: int = 0, **over: Any) -> Profile:
        pr = copy.copy(base)
        pr.skew = rng.uniform(-1.5, 1.5)
        pr.turn = turn
        pr.holes = rng.random() < 0.2
        pr.staple = rng.random() < 0.15
        for key, v in over.items():
            setattr(pr, key, v)
        return pr

    bundle: list[Slot] = []
    entries: list[tuple[pp.Paper, str]] = []
    for p in projs:
        if not p.bundled:
            continue
        buyer = _client_code(rng, p)
        items: list[tuple[str, pp.Paper]] = []
        if p.notice:
            items.append(("notice", pp.notice(rng, p)))
        items.append(("contract", pp.contract(rng, firm, p)))
        if p.initial:
            items.append(("initial", pp.initial_acceptance(rng, p)))
        items.append(("final", pp.final_acceptance(rng, p)))
        if p.payments:
            items.append(("receipts", pp.receipts(rng, firm, p, p.payments)))
        for j, inv in enumerate(p.invoices):
            if inv.kind == "paper":
                items.append((f"pinv{j}", pp.paper_invoice(rng, p, inv, buyer)))
            else:
                built.papers[(p.id, f"einv{j}")] = pp.e_invoice(rng, p, inv, buyer)
        for kind, paper in items:
            built.papers[(p.id, kind)] = paper
            if kind == "notice" and lay.notice_photo == p.id:
                continue
            first = len(bundle)
            if kind == "receipts" and lay.twoup_receipts and paper.count == 2:
                bundle.append(Slot(paper, (0, 1), "scan", sc()))
            elif kind == "final" and lay.twoup_final == p.id:
                bundle.append(Slot(paper, (0, 1), "scan", sc()))
                for i in range(2, paper.count):
                    bundle.append(Slot(paper, (i,), "scan", sc(lay.turns.get((p.id, kind, i), 0))))
            else:
                for i in range(paper.count):
                    turn = lay.turns.get((p.id, kind, i), 0)
                    if kind == "contract" and p.id not in lay.scanned_contract and i < 2 and not turn:
                        bundle.append(Slot(paper, (i,), "digital"))
                    elif kind == "notice":  # the 中标通知书 went through the office's 300 dpi grey flatbed
                        bundle.append(
                            Slot(paper, (i,), "scan", sc(turn, dpi=300, grey=True, jpeg=62, noise=1.5))
                        )
                    elif kind.startswith("pinv"):
                        bundle.append(Slot(paper, (i,), "scan", sc(turn, grey=False, dpi=200)))
                    else:
                        bundle.append(Slot(paper, (i,), "scan", sc(turn)))
            label = {
                "notice": "中标通知书",
                "contract": "合同书" + ("及补充协议" if p.original is not None else ""),
                "initial": "初步验收报告",
                "final": "竣工（终验）验收报告" + ("及监理意见" if p.supervisor else ""),
                "receipts": "付款凭证（银行回单）",
            }.get(kind, "增值税普通发票")
            entries.append((paper, f"{p.id[1:]}. {p.name[:16]}… {label}"))
            assert len(bundle) > first
    # 封面 + 目录: page numbers from the layout (two pages ahead of everything)
    toc: list[tuple[str, int, int]] = []
    for paper, label in entries:
        idx = [n for n, s in enumerate(bundle, start=3) if s.paper is paper]
        toc.append((label, idx[0], idx[-1]))
    cover = pp.cover_and_toc(rng, firm, toc)
    built.papers[("", "cover")] = cover
    slots = [Slot(cover, (0,), "digital"), Slot(cover, (1,), "digital"), *bundle]
    f.add(
        lay.bundle_name, slots, producer=rng.choice(["Adobe Acrobat Pro DC 2021", "WPS PDF", "福昕PDF编辑器"])
    )
    for p in projs:
        if lay.notice_photo == p.id:
            f.add(f"{p.id}中标通知书.jpg", [Slot(built.papers[(p.id, "notice")], (0,), "photo")])
        for j, inv in enumerate(p.invoices):
            if inv.kind == "e":
                f.add(
                    f"发票/{p.id}_数电票{j + 1}.pdf",
                    [Slot(built.papers[(p.id, f"einv{j}")], (0,), "digital")],
                    producer="国家税务总局全国统一电子发票服务平台",
                )
    lic = pp.licence(rng, firm)
    built.licence = lic
    if lay.licence == "photo":
        f.add("营业执照.jpg", [Slot(lic, (0,), "photo")])
    else:
        f.add(
            "营业执照副本.jpg",
            [
                Slot(
                    lic,
                    (0,),
                    "scan",
                    profile(
                        rng,
                        dpi=150,
                        grey=True,
                        holes=False,
                        staple=False,
                        show_through=0.0,
                        jpeg=rng.randint(65, 75),
                    ),
                )
            ],
        )
    aud = pp.audit(rng, firm, rng.choice(AUDITORS), fin[0], fin[1], fin[2], qualified)
    built.audit = aud
    if lay.audit == "digital":
        f.add("2024年度审计报告.pdf", [Slot(aud, (i,), "digital") for i in range(aud.count)])
    else:
        ap = profile(rng, dpi=200, grey=True)
        f.add(
            "2024年度审计报告.pdf",
            [
                Slot(aud, (i,), "scan", dataclasses.replace(ap, skew=rng.uniform(-1.2, 1.2)))
                for i in range(aud.count)
            ],
            producer="Canon iR-ADV C3525",
        )
    f.declaration = declaration(firm, projs, fin)
    return built
