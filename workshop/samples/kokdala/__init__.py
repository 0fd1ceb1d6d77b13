"""Family ``kokdala``: 弱电智能化 / 安防监控 works of firms in 可克达拉市 (第四师), 伊宁县 and 霍城县, inspection year 2024.

Each filing: a GF-2017-0201 建设工程施工合同 (协议书 with 签约合同价 and its 安全文明施工费 / 专业工程暂估价 / 暂列金额,
通用条款 excerpt, 专用条款 with 预付款 30 % and 质保金 3 %, 工程量清单投标报价汇总表), a 工程竣工验收报告 with a
五方签章表 (five round seals on one page), a 工程竣工结算审核报告 (审定金额 below the contract price), paper
增值税专用发票 (建筑服务 9 %), the 营业执照 and a 合并及母公司 audit report in 元; everything scanned at 400 dpi grey,
JPEG 50–60 saved twice. See README.md.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from . import papers
from .filing import Filing, Sheet, write_declaration_json, write_declaration_xlsx
from .model import FEE_ROWS, Invoice, Project
from .world import (
    AUDIT_FIRMS,
    CENT,
    CLIENTS,
    COST_FIRMS,
    DESIGNERS,
    SUPERVISORS,
    TESTERS,
    Client,
    Firm,
    capital,
    credit_code,
    m2,
    make_firm,
    person,
    workday,
)

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


@dataclass(frozen=True)
class Knobs:
    name: str
    place: str
    clients: tuple[str, str]
    """Short names of P1's and P2's clients."""
    xlsx: bool = False
    grade: str = "丁"
    bundle: bool = True
    """P1's contract, acceptance, 结算 report and invoices in one PDF (else one file each)."""
    spread: bool = False
    audit_scanned: bool = False
    plant: str | None = None


SCENARIOS: tuple[Knobs, ...] = (
    Knobs("kd01_shishi_gongan_clean", "kkdl", ("师市公安局", "县医院")),
    Knobs(
        "kd02_yining_spread_clean",
        "yining",
        ("县三中", "六十六团"),
        xlsx=True,
        grade="丙",
        spread=True,
        bundle=False,
    ),
    Knobs(
        "kd03_huocheng_hospital_clean", "huocheng", ("县医院", "县公安局"), bundle=False, audit_scanned=True
    ),
    Knobs("kd04_tuan66_xlsx_clean", "kkdl", ("六十六团", "师市教育局"), xlsx=True),
    Knobs("kd05_fee_split", "yining", ("县教育局", "县二中"), plant="FEE_MISMATCH"),
    Knobs("kd06_amount", "huocheng", ("县公安局", "六十四团"), plant="AMOUNT_MISMATCH", bundle=False),
    Knobs("kd07_sister_party", "kkdl", ("师市住建局", "县三中"), plant="PARTY_MISMATCH"),
    Knobs("kd08_accept_2025", "yining", ("县二中", "县医院"), plant="ACCEPTANCE_OUT_OF_PERIOD", bundle=False),
    Knobs(
        "kd09_audit_qualified",
        "huocheng",
        ("六十六团", "县教育局"),
        plant="AUDIT_OPINION_NOT_CLEAN",
        audit_scanned=True,
    ),
    Knobs("kd10_pasted_amount", "kkdl", ("师市教育局", "县公安局"), plant="IMAGE_TAMPERED", bundle=False),
)


def _client(short: str) -> Client:
    for c in CLIENTS:
        if c.short == short:
            return c
    raise KeyError(short)


def _money(rng: random.Random, lo: int, hi: int, cents: bool) -> Decimal:
    v = Decimal(rng.randint(lo, hi))
    if not cents:
        return (v / 100).quantize(Decimal(1)) * 100
    return v + Decimal(rng.randint(0, 99)) / 100


def _split(rng: random.Random, amount: Decimal) -> tuple[Decimal, Decimal, Decimal, dict[str, Decimal]]:
    """安全文明施工费, 专业工程暂估价, 暂列金额 and the 报价汇总表 split (summing to amount)."""
    safety = (amount * Decimal(str(rng.uniform(0.015, 0.024)))).quantize(CENT)
    specialist = (
        (amount * Decimal(str(rng.uniform(0.04, 0.07)))).quantize(Decimal(100))
        if rng.random() < 0.6
        else Decimal(0)
    )
    provisional = (amount * Decimal(str(rng.uniform(0.03, 0.05)))).quantize(Decimal(1000))
    other = safety + specialist + provisional
    software = (amount * Decimal(str(rng.uniform(0.05, 0.1)))).quantize(CENT)
    design = (amount * Decimal(str(rng.uniform(0.012, 0.025)))).quantize(CENT)
    integ = (amount * Decimal(str(rng.uniform(0.16, 0.26)))).quantize(CENT)
    hardware = amount - other - software - design - integ
    fees = {
        "hardware_purchase": hardware,
        "software_purchase": software,
        "consulting_design": design,
        "integration_implementation": integ,
        "other": other,
    }
    return safety, specialist, provisional, fees


def _declared_fees(fees: dict[str, Decimal]) -> dict[str, Decimal]:
    out = {k: Decimal(0) for k in FEE_KEYS}
    for k, v in fees.items():
        out[k] = v
    return out


def _invoice(rng: random.Random, total: Decimal, on: dt.date, stage: str) -> Invoice:
    """A 专票 near ``total`` (价税合计): 金额 = total / 1.09 to the fen, 税额 = 金额 × 9 % to the fen, 价税合计 their sum."""
    net = (total / Decimal("1.09")).quantize(CENT)
    tax = (net * Decimal("0.09")).quantize(CENT)
    return Invoice(
        code=f"6500{on.year % 100:02d}{rng.choice(['31', '33'])}{rng.randint(10, 99)}",
        number=f"{rng.randint(0, 99999999):08d}",
        issued_on=on,
        net=net,
        tax=tax,
        stage=stage,
    )


def _project(rng: random.Random, k: Knobs, firm: Firm, pid: str, client: Client, big: bool) -> Project:
    cents = rng.random() < 0.6
    if k.grade == "丙":
        amount = _money(rng, 3_300_000, 4_200_000, cents) if big else _money(rng, 1_800_000, 2_400_000, cents)
    else:
        amount = _money(rng, 1_300_000, 3_600_000, cents) if big else _money(rng, 420_000, 1_150_000, cents)
    safety, specialist, provisional, fees = _split(rng, amount)
    late = k.plant == "ACCEPTANCE_OUT_OF_PERIOD" and big
    if late:
        signed = workday(rng, dt.date(2024, 6, 3), dt.date(2024, 7, 31))
        start = signed + dt.timedelta(days=rng.randint(7, 14))
        finish = workday(rng, dt.date(2024, 12, 16), dt.date(2024, 12, 27))
        accepted = workday(rng, dt.date(2025, 1, 6), dt.date(2025, 1, 22))
    else:
        signed = workday(rng, dt.date(2024, 2, 26), dt.date(2024, 6, 14))
        start = signed + dt.timedelta(days=rng.randint(7, 15))
        finish = start + dt.timedelta(days=rng.randint(90, 150))
        accepted = workday(rng, finish + dt.timedelta(days=8), finish + dt.timedelta(days=24))
    year = signed.year
    prefix = {"kkdl": "KKDL", "yining": "YNX", "huocheng": "HCX"}[k.place]
    number = f"{prefix}-SG-{year}-{rng.randint(100, 999)}"
    head = "12" if any(t in client.name for t in ("中学", "医院")) else "11"
    region = (
        "659008"
        if "可克达拉" in client.location or "第四师" in client.name
        else ("654021" if "伊宁县" in client.location else "654023")
    )
    p = Project(
        pid=pid,
        client=client,
        name=f"{year}年{rng.choice(client.works)}",
        contract_number=number,
        signed_on=signed,
        start_on=start,
        finish_on=finish,
        accepted_on=accepted,
        amount=amount,
        safety=safety,
        specialist=specialist,
        provisional=provisional,
        fees=fees,
        itemised=big,
        supervisor=rng.choice(SUPERVISORS),
        designer=rng.choice(DESIGNERS),
        tester=rng.choice(TESTERS),
        manager=person(rng),
        client_rep=person(rng),
        client_code=credit_code(rng, region, head),
        party_b=firm.sister if (k.plant == "PARTY_MISMATCH" and big) else firm.name,
        full=big,
    )
    if big:
        cut = (amount * Decimal(str(rng.uniform(0.012, 0.03)))).quantize(CENT)
        cut = max(cut, provisional + Decimal(rng.randint(3000, 20000)))
        p.settlement = amount - cut
        p.settlement_firm = rng.choice(COST_FIRMS)
        p.settlement_no = f"伊{rng.choice(['华信', '恒立', '中审', '兴业'])}造审字〔{accepted.year}〕第{rng.randint(12, 199):03d}号"
        p.settlement_on = accepted + dt.timedelta(days=rng.randint(14, 36))
        adv = (amount * Decimal("0.30")).quantize(CENT)
        prog_base = p.settlement if p.settlement else amount
        prog = (prog_base * Decimal(str(rng.uniform(0.35, 0.45)))).quantize(Decimal(100))
        p.invoices = [
            _invoice(rng, adv, signed + dt.timedelta(days=rng.randint(5, 15)), "预付款"),
            _invoice(
                rng,
                prog,
                min(finish - dt.timedelta(days=rng.randint(5, 20)), dt.date(2024, 12, 20)),
                "进度款",
            ),
        ]
    else:
        share = (amount * Decimal(str(rng.uniform(0.6, 0.8)))).quantize(Decimal(100))
        p.invoices = [
            _invoice(
                rng,
                share,
                min(accepted + dt.timedelta(days=rng.randint(3, 20)), dt.date(2024, 12, 27)),
                "工程款",
            )
        ]
    p.declared_amount = amount
    p.declared_fees = _declared_fees(fees)
    return p


def _audit(rng: random.Random, firm: Firm, projects: list[Project], qualified: bool) -> dict[str, Any]:
    """Finance figures: 母公司 (the firm) and 合并 columns, this year and last, all consistent."""
    base = sum((p.amount for p in projects), Decimal(0))
    rev = (base * Decimal(str(rng.uniform(1.5, 2.6)))).quantize(CENT)
    si = (rev * Decimal(str(rng.uniform(0.62, 0.78)))).quantize(CENT)
    om = (rev * Decimal(str(rng.uniform(0.08, 0.14)))).quantize(CENT)
    goods = rev - si - om
    net = (rev * Decimal(str(rng.uniform(0.035, 0.08)))).quantize(CENT)
    sub_rev = (rev * Decimal(str(rng.uniform(0.1, 0.22)))).quantize(CENT)
    sub_net = (sub_rev * Decimal(str(rng.uniform(0.02, 0.06)))).quantize(CENT)
    prev_rev = (rev * Decimal(str(rng.uniform(0.78, 0.95)))).quantize(CENT)
    prev_net = (prev_rev * Decimal(str(rng.uniform(0.03, 0.07)))).quantize(CENT)
    prev_sub_rev = (sub_rev * Decimal(str(rng.uniform(0.8, 0.95)))).quantize(CENT)
    prev_sub_net = (prev_sub_rev * Decimal(str(rng.uniform(0.02, 0.05)))).quantize(CENT)

    def income(r: Decimal, n: Decimal) -> dict[str, Decimal]:
        tax = (n * Decimal("0.12")).quantize(CENT)
        total = n + tax
        other_in = (r * Decimal("0.002")).quantize(CENT)
        other_out = (r * Decimal("0.001")).quantize(CENT)
        op = total - other_in + other_out
        surtax = (r * Decimal("0.004")).quantize(CENT)
        sell = (r * Decimal("0.018")).quantize(CENT)
        admin = (r * Decimal("0.052")).quantize(CENT)
        rd = (r * Decimal("0.021")).quantize(CENT)
        fin = (r * Decimal("0.003")).quantize(CENT)
        cost = r - surtax - sell - admin - rd - fin - op
        return {
            "rev": r,
            "cost": cost,
            "surtax": surtax,
            "sell": sell,
            "admin": admin,
            "rd": rd,
            "fin": fin,
            "op": op,
            "oin": other_in,
            "oout": other_out,
            "total": total,
            "tax": tax,
            "net": n,
        }

    cols = [
        income(rev + sub_rev, net + sub_net),
        income(rev, net),
        income(prev_rev + prev_sub_rev, prev_net + prev_sub_net),
        income(prev_rev, prev_net),
    ]
    labels = [
        ("一、营业收入", "rev"),
        ("减：营业成本", "cost"),
        ("税金及附加", "surtax"),
        ("销售费用", "sell"),
        ("管理费用", "admin"),
        ("研发费用", "rd"),
        ("财务费用", "fin"),
        ("二、营业利润（亏损以“－”号填列）", "op"),
        ("加：营业外收入", "oin"),
        ("减：营业外支出", "oout"),
        ("三、利润总额（亏损总额以“－”号填列）", "total"),
        ("减：所得税费用", "tax"),
        ("四、净利润（净亏损以“－”号填列）", "net"),
    ]
    inc = [(lab, [c[key] for c in cols]) for lab, key in labels]

    def balance(r: Decimal) -> dict[str, Decimal]:
        """The parent's balance sheet: paid-in capital (认缴 may exceed 实缴) at most the registered capital and small
        enough that 未分配利润 stays positive."""
        cash = (r * Decimal(str(rng.uniform(0.16, 0.26)))).quantize(CENT)
        recv = (r * Decimal(str(rng.uniform(0.3, 0.42)))).quantize(CENT)
        stock = (r * Decimal(str(rng.uniform(0.04, 0.09)))).quantize(CENT)
        cassets = (r * Decimal(str(rng.uniform(0.05, 0.1)))).quantize(CENT)
        fixed = (r * Decimal(str(rng.uniform(0.03, 0.07)))).quantize(CENT)
        invest = Decimal(500_000)
        pay = (r * Decimal(str(rng.uniform(0.15, 0.22)))).quantize(CENT)
        clia = (r * Decimal(str(rng.uniform(0.03, 0.06)))).quantize(CENT)
        taxes = (r * Decimal(str(rng.uniform(0.01, 0.02)))).quantize(CENT)
        return _close(
            {
                "cash": cash,
                "recv": recv,
                "stock": stock,
                "cassets": cassets,
                "invest": invest,
                "fixed": fixed,
            },
            {"pay": pay, "clia": clia, "taxes": taxes},
            r,
        )

    def _close(assets_in: dict[str, Decimal], liab_in: dict[str, Decimal], r: Decimal) -> dict[str, Decimal]:
        out = dict(assets_in) | dict(liab_in)
        out["cur"] = assets_in["cash"] + assets_in["recv"] + assets_in["stock"] + assets_in["cassets"]
        out["noncur"] = assets_in["invest"] + assets_in["fixed"]
        out["assets"] = out["cur"] + out["noncur"]
        out["liab"] = liab_in["pay"] + liab_in["clia"] + liab_in["taxes"]
        room = out["assets"] - out["liab"]
        out["paid"] = min(firm.capital, (room * Decimal("0.6") / 10000).quantize(Decimal(1)) * 10000)
        out["surplus"] = (r * Decimal("0.008")).quantize(CENT)
        out["undist"] = room - out["paid"] - out["surplus"]
        out["eq"] = out["paid"] + out["surplus"] + out["undist"]
        out["total"] = out["liab"] + out["eq"]
        return out

    def consolidated(parent: dict[str, Decimal], factor: Decimal, r: Decimal) -> dict[str, Decimal]:
        """The group: the parent's operating lines grown by the subsidiary's share, the investment eliminated, the
        parent's paid-in capital."""
        a = {k: (parent[k] * factor).quantize(CENT) for k in ("cash", "recv", "stock", "cassets", "fixed")}
        a["invest"] = Decimal(0)
        li = {k: (parent[k] * factor).quantize(CENT) for k in ("pay", "clia", "taxes")}
        out = _close(a, li, r)
        out["paid"] = parent["paid"]
        out["undist"] = out["assets"] - out["liab"] - out["paid"] - out["surplus"]
        out["eq"] = out["paid"] + out["surplus"] + out["undist"]
        out["total"] = out["liab"] + out["eq"]
        return out

    parent_now, parent_prev = balance(rev), balance(prev_rev)
    bcols = [
        consolidated(parent_now, (rev + sub_rev) / rev, rev + sub_rev),
        parent_now,
        consolidated(parent_prev, (prev_rev + prev_sub_rev) / prev_rev, prev_rev + prev_sub_rev),
        parent_prev,
    ]
    blabels = [
        ("货币资金", "cash"),
        ("应收账款", "recv"),
        ("存货", "stock"),
        ("合同资产", "cassets"),
        ("流动资产合计", "cur"),
        ("长期股权投资", "invest"),
        ("固定资产", "fixed"),
        ("非流动资产合计", "noncur"),
        ("资产总计", "assets"),
        ("应付账款", "pay"),
        ("合同负债", "clia"),
        ("应交税费", "taxes"),
        ("负债合计", "liab"),
        ("实收资本", "paid"),
        ("盈余公积", "surplus"),
        ("未分配利润", "undist"),
        ("所有者权益合计", "eq"),
        ("负债和所有者权益总计", "total"),
    ]
    bs = [(lab, [c[key] for c in bcols]) for lab, key in blabels]

    def split_costs(r: Decimal, cost: Decimal, rows: list[tuple[str, Decimal]]) -> list[tuple[str, Decimal]]:
        out = []
        left = cost
        for n, (lab, v) in enumerate(rows):
            c = left if n == len(rows) - 1 else (cost * v / r).quantize(CENT)
            left -= c
            out.append((lab, c))
        return out

    prev_si = (prev_rev * si / rev).quantize(CENT)
    prev_om = (prev_rev * om / rev).quantize(CENT)
    p_rows = [
        ("系统集成收入", si, prev_si),
        ("运维服务收入", om, prev_om),
        ("设备销售收入", goods, prev_rev - prev_si - prev_om),
    ]
    pc = split_costs(rev, cols[1]["cost"], [(a, b) for a, b, _ in p_rows])
    ppc = split_costs(prev_rev, cols[3]["cost"], [(a, c) for a, _, c in p_rows])
    rev_p = [[lab, cur, pc[n][1], prev, ppc[n][1]] for n, (lab, cur, prev) in enumerate(p_rows)]
    rev_p.append(["合计", rev, cols[1]["cost"], prev_rev, cols[3]["cost"]])
    c_rows = [
        ("系统集成收入", si + sub_rev, prev_si + prev_sub_rev),
        ("运维服务收入", om, prev_om),
        ("设备销售收入", goods, prev_rev - prev_si - prev_om),
    ]
    cc = split_costs(rev + sub_rev, cols[0]["cost"], [(a, b) for a, b, _ in c_rows])
    pcc = split_costs(prev_rev + prev_sub_rev, cols[2]["cost"], [(a, c) for a, _, c in c_rows])
    rev_c = [[lab, cur, cc[n][1], prev, pcc[n][1]] for n, (lab, cur, prev) in enumerate(c_rows)]
    rev_c.append(["合计", rev + sub_rev, cols[0]["cost"], prev_rev + prev_sub_rev, cols[2]["cost"]])
    return {
        "firm": rng.choice(AUDIT_FIRMS),
        "number": f"新{rng.choice(['驰远', '天信', '宏昌', '华晟'])}审字〔2025〕第{rng.randint(20, 480):04d}号",
        "qualified": qualified,
        "date": workday(rng, dt.date(2025, 3, 3), dt.date(2025, 4, 18)),
        "subsidiary": f"伊犁{firm.trade}运维服务有限公司",
        "cpas": [person(rng), person(rng)],
        "cfo": person(rng),
        "overdue": (rev * Decimal(str(rng.uniform(0.04, 0.07)))).quantize(CENT),
        "bs": bs,
        "inc": inc,
        "rev_c": rev_c,
        "rev_p": rev_p,
        "revenue": rev,
        "net": net,
        "si": si,
    }


def _declaration(firm: Firm, projects: list[Project], audit: dict[str, Any]) -> dict[str, Any]:
    rows = []
    for p in projects:
        fees = p.declared_fees
        services = sum((fees[k] for k in FEE_KEYS[:6]), Decimal(0))
        total = sum((fees[k] for k in FEE_KEYS), Decimal(0))
        assert total == p.declared_amount, (p.pid, total, p.declared_amount)
        rows.append(
            {
                "id": p.pid,
                "name": p.name,
                "client": p.client.name,
                "signed_on": p.signed_on.isoformat(),
                "accepted_on": p.accepted_on.isoformat(),
                "field": p.client.field,
                "location": p.client.location,
                "fees": {k: m2(fees[k]) for k in FEE_KEYS},
                "services_total": m2(services),
                "contract_amount": m2(total),
            }
        )
    return {
        "enterprise": {
            "name": firm.name,
            "credit_code": firm.credit_code,
            "legal_representative": firm.legal_rep,
            "registered_capital": m2(firm.capital),
            "established_on": firm.established.isoformat(),
            "grade": firm.grade,
            "inspection_year": 2024,
            "staff": {
                "technical_total": firm.technical_total,
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
                "operating_revenue": m2(audit["revenue"]),
                "system_integration_revenue": m2(audit["si"]),
                "net_profit": m2(audit["net"]),
            }
        ],
        "projects": rows,
    }


def _contract_fields(p: Project, amount: Decimal) -> dict[str, Any]:
    f: dict[str, Any] = {
        "project_name": p.name,
        "contract_number": p.contract_number,
        "party_a": p.client.name,
        "party_b": p.party_b,
        "contract_amount": m2(amount),
        "amount_in_words": capital(amount),
        "signed_on": p.signed_on.isoformat(),
    }
    if p.itemised:
        f["fees"] = {k: m2(p.fees.get(k, Decimal(0))) for k in FEE_KEYS}
    return f


def _acceptance_fields(p: Project) -> dict[str, Any]:
    return {
        "project_name": p.name,
        "party_a": p.client.name,
        "party_b": p.party_b,
        "accepted_on": p.accepted_on.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
        "third_party": p.supervisor,
    }


def _invoice_fields(p: Project, inv: Invoice) -> dict[str, Any]:
    return {
        "invoice_number": inv.number,
        "issued_on": inv.issued_on.isoformat(),
        "buyer": p.client.name,
        "seller": p.party_b,
        "total_amount": m2(inv.total),
    }


def build(out: Path, seed: int, index: int, k: Knobs) -> None:
    rng = random.Random(seed * 1000 + index)
    firm = make_firm(rng, k.place, k.grade)
    p1 = _project(rng, k, firm, "P1", _client(k.clients[0]), True)
    p2 = _project(rng, k, firm, "P2", _client(k.clients[1]), False)
    projects = [p1, p2]
    fil = Filing(out, k.name, seed, rng)

    # -- the plants that change the data ------------------------------------------------------------
    if k.plant == "FEE_MISMATCH":
        moved = (p1.fees["hardware_purchase"] * Decimal(str(rng.uniform(0.12, 0.2)))).quantize(Decimal(1000))
        p1.declared_fees["hardware_purchase"] -= moved
        p1.declared_fees["integration_implementation"] += moved
    if k.plant == "AMOUNT_MISMATCH":
        p1.itemised = False
        p1.declared_amount = (p1.amount * Decimal(str(rng.uniform(1.07, 1.14)))).quantize(Decimal(100))
        scale = p1.declared_amount / p1.amount
        dec = {key: (v * scale).quantize(CENT) for key, v in p1.fees.items()}
        dec["hardware_purchase"] += p1.declared_amount - sum(dec.values(), Decimal(0))
        p1.declared_fees = _declared_fees(dec)
    if k.plant == "IMAGE_TAMPERED":
        p1.itemised = False
        p1.payment_amounts = False
        p1.settlement = None
        p1.original_amount = (p1.amount * Decimal(str(rng.uniform(0.86, 0.93)))).quantize(Decimal(100))
        for inv in p1.invoices:
            assert inv.total < p1.original_amount

    audit = _audit(rng, firm, projects, k.plant == "AUDIT_OPINION_NOT_CLEAN")
    decl = _declaration(firm, projects, audit)
    if k.xlsx:
        write_declaration_xlsx(fil.sub, decl)
    else:
        write_declaration_json(fil.sub, decl)

    # -- licence --------------------------------------------------------------------------------------
    src = pymupdf.open()
    issued = firm.established + dt.timedelta(days=rng.randint(400, 2200))
    papers.licence(src, firm, rng, min(issued, dt.date(2024, 3, 1)))
    fil.doc(
        "licence",
        "business_license",
        None,
        {
            "company_name": firm.name,
            "credit_code": firm.credit_code,
            "legal_representative": firm.legal_rep,
            "registered_capital": m2(firm.capital),
            "company_type": "有限责任公司（自然人投资或控股）",
            "established_on": firm.established.isoformat(),
            "valid_until": "长期",
            "address": firm.address,
        },
    )
    fil.jpeg_file("营业执照副本.jpg", src[0], "licence")

    # -- audit ----------------------------------------------------------------------------------------
    asrc = pymupdf.open()
    papers.audit_pages(asrc, firm, audit, rng)
    fil.doc(
        "audit",
        "audit_report",
        None,
        {
            "audit_firm": audit["firm"],
            "report_number": audit["number"],
            "fiscal_year": 2024,
            "opinion": "qualified" if audit["qualified"] else "unqualified",
            "operating_revenue": m2(audit["revenue"]),
            "net_profit": m2(audit["net"]),
            "system_integration_revenue": m2(audit["si"]),
            "consolidated": True,
        },
    )
    audit_file = "2024年度审计报告.pdf"
    if k.audit_scanned:
        fil.scanned_pdf(audit_file, [Sheet([(asrc, n)], "audit", fold=(n == 0)) for n in range(len(asrc))])
    else:
        fil.text_pdf(audit_file, asrc, ["audit"] * len(asrc), "Microsoft® Word 2016")
    if k.plant == "AUDIT_OPINION_NOT_CLEAN":
        fil.plant(
            "AUDIT_OPINION_NOT_CLEAN", None, audit_file, 1, "审计报告 一、保留意见 (应收账款未计提坏账准备)"
        )

    # -- projects -------------------------------------------------------------------------------------
    for p in projects:
        _project_files(fil, firm, p, k, rng)

    fil.write_truth(clean=k.plant is None)


def _project_files(fil: Filing, firm: Firm, p: Project, k: Knobs, rng: random.Random) -> None:
    src = pymupdf.open()
    cid = fil.doc(f"{p.pid}_contract", "contract", p.pid, _contract_fields(p, p.amount))
    aid = fil.doc(f"{p.pid}_acceptance", "acceptance_report", p.pid, _acceptance_fields(p))
    contract: list[Sheet] = []
    paste = None
    # 协议书 page 1 (with the pasted block in the tamper plant)
    if p.original_amount is not None:
        scratch = pymupdf.open()
        h_forged = papers.agreement_p1(scratch, p, p.party_b, p.amount)["amount"]
        h_orig = papers.agreement_p1(scratch, p, p.party_b, p.original_amount)["amount"]
        reserve = max(h_forged.height, h_orig.height) + 8
        papers.agreement_p1(src, p, p.party_b, p.original_amount, reserve=reserve)
        forged = pymupdf.open()
        rect = papers.agreement_p1(forged, p, p.party_b, p.amount, reserve=reserve)["amount"]
        rect = pymupdf.Rect(rect.x0, rect.y0, rect.x1, rect.y0 + reserve - 6)
        paste = (forged, rect)
    else:
        papers.agreement_p1(src, p, p.party_b, p.amount)
    papers.agreement_p2(src, p, firm, p.party_b, rng)
    n = 2
    if p.full:
        papers.general_terms(src, n + 1)
        n += 1
    papers.special_terms(src, p, n + 1)
    n += 1
    if p.itemised:
        papers.price_summary(src, p, n + 1)
        n += 1
    if k.spread and p.full:
        contract.append(Sheet([(src, 0), (src, 1)], cid))
        rest = range(2, n)
    else:
        contract.append(Sheet([(src, 0)], cid, paste=paste, no_skew=paste is not None))
        contract.append(Sheet([(src, 1)], cid))
        rest = range(2, n)
    for i in rest:
        contract.append(
            Sheet([(src, i)], cid, stain=(i == 2 and k.spread), fold=(i == n - 1 and p.full and not k.bundle))
        )
    # acceptance
    a_first = len(src)
    if p.full:
        papers.acceptance_report(src, p, rng)
        papers.five_party_table(src, p, rng)
    else:
        papers.five_party_table(src, p, rng, single=True)
    acceptance = [
        Sheet([(src, i)], aid, stain=(i == a_first and k.name.startswith("kd03")))
        for i in range(a_first, len(src))
    ]
    # 结算审核报告
    others: list[Sheet] = []
    if p.settlement is not None:
        sid = fil.doc(f"{p.pid}_settlement", "other", p.pid, {})
        papers.settlement_report(src, p, rng)
        others.append(Sheet([(src, len(src) - 1)], sid))
    # invoices
    invoices: list[Sheet] = []
    for j, inv in enumerate(p.invoices, start=1):
        iid = fil.doc(f"{p.pid}_invoice{j}", "invoice", p.pid, _invoice_fields(p, inv))
        papers.vat_special_invoice(src, p, inv, p.client_code, firm, rng)
        invoices.append(Sheet([(src, len(src) - 1)], iid))

    def where(sheets: list[Sheet], target: Sheet, offset: int) -> int:
        return offset + sheets.index(target) + 1

    if p.full and k.bundle:
        rel = f"{p.pid}_施工合同及竣工验收资料.pdf"
        allsheets = contract + acceptance + others + invoices
        fil.scanned_pdf(rel, allsheets)
        files = {"contract": (rel, 0), "acceptance": (rel, len(contract))}
    elif p.full:
        rc = f"{p.pid}_建设工程施工合同.pdf"
        ra = f"{p.pid}_竣工验收报告及结算审核报告.pdf"
        ri = f"{p.pid}_增值税专用发票.pdf"
        fil.scanned_pdf(rc, contract)
        fil.scanned_pdf(ra, acceptance + others)
        fil.scanned_pdf(ri, invoices)
        files = {"contract": (rc, 0), "acceptance": (ra, 0)}
    else:
        rel = f"{p.pid}_合同验收发票.pdf"
        fil.scanned_pdf(rel, contract + acceptance + invoices)
        files = {"contract": (rel, 0), "acceptance": (rel, len(contract))}

    cfile, coff = files["contract"]
    afile, aoff = files["acceptance"]
    if p.pid != "P1" or k.plant is None:
        return
    if k.plant == "FEE_MISMATCH":
        fil.plant(
            "FEE_MISMATCH",
            "P1",
            cfile,
            coff + len(contract),
            "报价汇总表: 设备及材料购置费 / 安装调试及系统集成费 differ from the declared hardware_purchase / integration_implementation (same total)",
        )
    elif k.plant == "AMOUNT_MISMATCH":
        fil.plant(
            "AMOUNT_MISMATCH",
            "P1",
            cfile,
            coff + 1,
            "协议书 签约合同价 is 7–14 % below the declared contract_amount",
        )
    elif k.plant == "PARTY_MISMATCH":
        fil.plant("PARTY_MISMATCH", "P1", cfile, coff + 1, "承包人（全称） is the firm's sister company")
    elif k.plant == "ACCEPTANCE_OUT_OF_PERIOD":
        fil.plant("ACCEPTANCE_OUT_OF_PERIOD", "P1", afile, aoff + 1, "竣工验收日期 in January 2025")
    elif k.plant == "IMAGE_TAMPERED":
        fil.plant(
            "IMAGE_TAMPERED",
            "P1",
            cfile,
            coff + 1,
            "签约合同价 block pasted clean (white ground, sharp, single-compressed) over the scan",
        )


def generate(out: Path, seed: int, only: list[str] | None) -> list[str]:
    """Write the family's scenarios (or those named in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, k in enumerate(SCENARIOS, start=1):
        if only and k.name not in only:
            continue
        target = out / k.name
        if target.exists():
            shutil.rmtree(target)
        build(out, seed, index, k)
        written.append(k.name)
    return written


__all__ = ["FEE_ROWS", "SCENARIOS", "generate"]
