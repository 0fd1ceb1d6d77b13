"""The ten filings of the zhaosu family: what each declares, which papers back it, what is planted where."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from jianzheng.models import FEE_KEYS

from .filing import Filing, Row, XlsxStyle
from .papers import (
    AuditFacts,
    Deal,
    Drawn,
    Firm,
    FormRow,
    acceptance_paper,
    audit_paper,
    contract_paper,
    declaration_form_paper,
    framework_paper,
    invoice_paper,
    license_paper,
)
from .scan import look_for
from .world import (
    CERTS_NOT_ON_LIST,
    CERTS_OK,
    COUNTIES,
    FIRM_STEMS,
    FIRM_TAILS,
    REGIMENTS,
    credit_code,
    person,
    rand_date,
)

YEAR = 2025
D = Decimal

# (client pattern, project pattern, field): {c} is the county, {r} a regiment
WORK = (
    ("{c}教育局", "{c}中小学智慧校园网络升级改造项目", "教育"),
    ("{c}农业农村局", "{c}高标准农田信息化监测平台建设项目", "农林牧渔、水利"),
    ("{c}畜牧兽医发展中心", "{c}草原畜牧业数字化管理系统项目", "农林牧渔、水利"),
    ("{c}文化体育广播电视和旅游局", "{c}全域旅游智慧服务平台建设项目", "文化、体育、娱乐"),
    ("{c}人民医院", "{c}人民医院医院信息系统（HIS）升级项目", "医疗卫生"),
    ("{c}第一中学", "{c}第一中学录播教室及校园安防系统项目", "教育"),
    ("{c}自然资源局", "{c}自然资源一张图数据治理项目", "党政"),
    ("{c}中医医院", "{c}中医医院机房及网络安全等级保护建设项目", "医疗卫生"),
    ("新疆生产建设兵团第四师{r}", "第四师{r}连队视频监控及应急广播系统项目", "党政"),
    ("新疆生产建设兵团第四师{r}", "第四师{r}智慧农业水肥一体化控制系统项目", "农林牧渔、水利"),
    ("{c}融媒体中心", "{c}融媒体中心演播室及存储系统集成项目", "文化、体育、娱乐"),
    ("{c}应急管理局", "{c}应急指挥调度平台建设项目", "党政"),
    ("{c}市场监督管理局", "{c}智慧市场监管视频联网项目", "党政"),
    ("{c}水利局", "{c}灌区量测水自动化系统项目", "农林牧渔、水利"),
)


@dataclass
class Plan:
    """One declared row and the deals (contracts or orders) behind it."""

    row: Row
    deals: list[Deal]
    framework: Drawn | None = None
    evidence: str = "acceptance"  # acceptance | invoices | none


def make_firm(
    rng: random.Random, county: str, grade: str, technical: int, certified: int, bad_certs: int = 0
) -> Firm:
    code = credit_code(rng, COUNTIES[county]["code"])
    name = county.replace("县", "") + rng.choice(FIRM_STEMS) + rng.choice(FIRM_TAILS)
    certs = []
    for _ in range(certified - bad_certs):
        c, lv = rng.choice(CERTS_OK)
        certs.append(
            (
                person(rng),
                c,
                lv,
                f"{rng.choice(['S', 'C', 'H', 'J'])}{rng.randint(2015, 2024)}{rng.randint(10**6, 10**7 - 1)}",
            )
        )
    for _ in range(bad_certs):
        c, lv = rng.choice(CERTS_NOT_ON_LIST)
        certs.append((person(rng), c, lv, f"{rng.randint(10**6, 10**7 - 1)}"))
    rng.shuffle(certs)
    return Firm(
        name=name,
        code=code,
        county=county,
        legal=person(rng),
        capital=D(rng.choice((500, 1000, 2000, 3000, 5010))) * 10000,
        established=rand_date(rng, dt.date(2009, 1, 1), dt.date(2019, 12, 31)),
        address=f"新疆伊犁州{county}{COUNTIES[county]['street']}{rng.randint(3, 188)}号",
        grade=grade,
        technical=technical,
        certified=certified,
        certificates=certs,
    )


def split_fees(rng: random.Random, total: Decimal, step: Decimal) -> dict[str, Decimal]:
    """A total split into a plausible fee mix, every fee a multiple of ``step``."""
    shares = {
        "software_development": rng.uniform(0.05, 0.3),
        "integration_implementation": rng.uniform(0.05, 0.2),
        "consulting_design": rng.choice((0, 0, rng.uniform(0.02, 0.06))),
        "operation_maintenance": rng.choice((0, rng.uniform(0.02, 0.08))),
        "hardware_purchase": rng.uniform(0.3, 0.6),
        "software_purchase": rng.choice((0, rng.uniform(0.03, 0.1))),
    }
    s = sum(shares.values())
    fees = {k: D(0) for k in FEE_KEYS}
    for k, v in shares.items():
        fees[k] = (total * D(v / s) / step).quantize(D(1)) * step
    fees["hardware_purchase"] += total - sum(fees.values())
    return fees


def make_plans(
    rng: random.Random,
    firm: Firm,
    n: int,
    lo: int,
    hi: int,
    *,
    wan: bool = False,
    merged: int | None = None,
    framework: int | None = None,
    earlier: tuple[int, ...] = (),
    invoices: tuple[int, ...] = (),
) -> list[Plan]:
    """``n`` rows (P1…Pn) of ``lo``–``hi`` thousand yuan. ``wan``: declared fees are whole hundreds (a 万元 form
    with two decimals) and the papers carry the exact yuan and fen, off by less than 50 yuan in total."""
    county = firm.county
    regiment = rng.sample(REGIMENTS, 2)
    works = rng.sample(WORK, n) if n <= len(WORK) else [*WORK, *rng.sample(WORK, n - len(WORK))]
    plans: list[Plan] = []
    for i, (cl, nm, fld) in enumerate(works, 1):
        reg = regiment[i % 2]
        client, name = cl.format(c=county, r=reg), nm.format(c=county, r=reg)
        if i > len(WORK) or any(p.row.name == name for p in plans):
            name = name.replace("项目", "（二期）项目")
        step = D(100) if wan else D("0.01")
        total = D(rng.randint(lo, hi)) * 1000 + (D(0) if wan else D(rng.randint(0, 99999)) / 100)
        fees = split_fees(rng, total, step)
        if i in earlier:
            signed = rand_date(rng, dt.date(YEAR - 1, 8, 1), dt.date(YEAR - 1, 12, 20))
        else:
            signed = rand_date(rng, dt.date(YEAR, 1, 6), dt.date(YEAR, 7, 31))
        accepted = min(signed + dt.timedelta(days=rng.randint(60, 200)), dt.date(YEAR, 12, 26))
        if accepted.year < YEAR:
            accepted = rand_date(rng, dt.date(YEAR, 3, 1), dt.date(YEAR, 6, 30))
        place = f"新疆伊犁州{county}" if "兵团" not in client else f"第四师{reg}"
        row = Row(f"P{i}", name, client, signed, accepted, fld, place, fees)
        exact = dict(fees)
        if wan:
            exact["integration_implementation"] += D(rng.randint(-4899, 4899)) / 100
        amount = sum(exact.values(), D(0))
        number = f"{county[:2]}{rng.choice(['ZC', 'CG', 'XX', 'HT'])}-{signed.year}-{rng.randint(1, 399):03d}"
        plan = Plan(row, [], evidence="invoices" if i in invoices else "acceptance")
        if i == merged:
            a1 = (amount * D("0.56")).quantize(D("0.01"))
            for lot, a in ((1, a1), (2, amount - a1)):
                plan.deals.append(
                    Deal(
                        row.pid,
                        f"{name}（第{lot}包）",
                        client,
                        f"{number}-{lot}",
                        a,
                        signed,
                        accepted,
                        place,
                        title="政府采购合同",
                    )
                )
        elif i == framework:
            fw_signed = rand_date(rng, dt.date(YEAR - 1, 11, 1), dt.date(YEAR - 1, 12, 28))
            row.signed = fw_signed
            fw_name = name.replace("项目", "运维服务框架协议")
            plan.framework = framework_paper(
                firm,
                row.pid,
                name,
                client,
                f"{number}-KJ",
                fw_signed,
                f"{YEAR}年1月1日至{YEAR}年12月31日",
                rng,
            )
            a1 = (amount * D("0.4")).quantize(D("0.01"))
            for k, a in ((1, a1), (2, amount - a1)):
                s = dt.date(YEAR, 2 + 4 * (k - 1), rng.randint(3, 25))
                acc = s + dt.timedelta(days=rng.randint(70, 110))
                plan.deals.append(
                    Deal(
                        row.pid,
                        f"{name}第{k}号订单",
                        client,
                        f"{number}-DD{k}",
                        a,
                        s,
                        acc,
                        place,
                        title="服务订单",
                        framework=fw_name,
                    )
                )
            row.accepted = max(d.accepted for d in plan.deals)
        else:
            itemise = rng.random() < 0.4
            plan.deals.append(
                Deal(
                    row.pid,
                    name,
                    client,
                    number,
                    amount,
                    signed,
                    accepted,
                    place,
                    fees=exact if itemise else None,
                    title=rng.choice(("合同书", "采购合同", "项目合同")),
                )
            )
        plans.append(plan)
    return plans


def finance_of(
    rng: random.Random, years: tuple[int, ...], base: int
) -> list[tuple[int, Decimal, Decimal, Decimal]]:
    out = []
    for k, y in enumerate(years):
        rev = D(base) * D(1 + 0.12 * k) * 1000 + D(rng.randint(0, 99999)) / 100
        rev = rev.quantize(D("0.01"))
        si = (rev * D(rng.uniform(0.62, 0.86))).quantize(D("0.01"))
        prof = (rev * D(rng.uniform(0.03, 0.09))).quantize(D("0.01"))
        out.append((y, rev, si, prof))
    return out


def attach_projects(
    f: Filing, plans: list[Plan], rng: random.Random, scan_share: float = 0.3, top: int | None = None
) -> None:
    """One file per row (contract key pages + acceptance or invoices); ``top``: only the largest rows."""
    ranked = sorted(plans, key=lambda p: -p.row.total)
    keep = {id(p) for p in ranked[: top or len(plans)]}
    for p in plans:
        if id(p) not in keep:
            continue
        look = look_for(rng) if rng.random() < scan_share else None
        items: list[tuple[Drawn, object]] = []
        if p.framework:
            items.append((p.framework, look))
        for d in p.deals:
            items.append((contract_paper(f.firm, d, rng), look))
        for d in p.deals:
            if p.evidence == "invoices":
                items.append(
                    (invoice_paper(f.firm, d, D("0.30"), d.signed + dt.timedelta(days=9), rng), None)
                )
                items.append(
                    (invoice_paper(f.firm, d, D("0.65"), d.accepted + dt.timedelta(days=12), rng), None)
                )
            else:
                items.append((acceptance_paper(f.firm, d, rng), look))
        short = p.row.client.replace("新疆生产建设兵团", "").replace(f.firm.county, "")[:8]
        name = rng.choice(
            (f"{p.row.pid}_{short}.pdf", f"{p.row.pid}-合同及验收.pdf", f"项目{p.row.pid[1:]}{short}.pdf")
        )
        f.add(name, items)  # type: ignore[arg-type]


def form_rows(f: Filing) -> list[FormRow]:
    return [FormRow(r.name, r.client, r.total, r.signed, r.accepted) for r in f.rows]


def standard(
    f: Filing,
    plans: list[Plan],
    audits: list[AuditFacts],
    rng: random.Random,
    wan_form: bool,
    form: Drawn | None = None,
    camera: bool = False,
    top: int | None = None,
) -> Drawn:
    """Licence, audit reports, the stamped form (scanned), the project files."""
    f.add("营业执照副本.pdf", [(license_paper(f.firm, rng), look_for(rng))])
    for a in audits:
        f.add(
            f"{a.year}年度审计报告.pdf",
            [(audit_paper(f.firm, a, rng), look_for(rng) if rng.random() < 0.5 else None)],
        )
    form = form or declaration_form_paper(f.firm, YEAR, f.finance, form_rows(f), wan_form, rng)
    f.add("申报表盖章版.pdf", [(form, look_for(rng, camera=camera))])
    attach_projects(f, plans, rng, top=top)
    return form


# ---- the ten filings --------------------------------------------------------------------------------------


def zs01_many_rows_clean(seed: int) -> Filing:
    rng = random.Random(seed)
    firm = make_firm(rng, "昭苏县", "乙", 30, 8)
    plans = make_plans(rng, firm, 8, 1150, 2300, merged=3, earlier=(6,), invoices=(5,))
    fin = finance_of(rng, (2023, 2024, 2025), 15000)
    f = Filing("zs01_many_rows_clean", seed, firm, YEAR, fin, [p.row for p in plans])
    audits = [
        AuditFacts(2023, *fin[0][1:], unit="千元"),
        AuditFacts(2024, *fin[1][1:], unit="元"),
        AuditFacts(
            2025,
            *fin[2][1:],
            unit="万元",
            group_revenue=fin[2][1] * D("1.21"),
            group_profit=fin[2][3] * D("1.09"),
        ),
    ]
    standard(f, plans, audits, rng, wan_form=False)
    return f


def zs02_wan_workbook_clean(seed: int) -> Filing:
    rng = random.Random(seed)
    firm = make_firm(rng, "特克斯县", "丙", 20, 5)
    plans = make_plans(rng, firm, 7, 600, 1400, wan=True, framework=4, earlier=(2,))
    fin = finance_of(rng, (2025,), 9000)
    style = XlsxStyle(
        wan=True, amounts="comma_text", title_row=True, group_row=True, hidden_rows=True, extra_sheets=True
    )
    f = Filing("zs02_wan_workbook_clean", seed, firm, YEAR, fin, [p.row for p in plans], xlsx=style)
    standard(f, plans, [AuditFacts(2025, *fin[0][1:], unit="千元")], rng, wan_form=True)
    return f


def zs03_formula_workbook_clean(seed: int) -> Filing:
    rng = random.Random(seed)
    firm = make_firm(rng, "新源县", "丁", 6, 2)
    plans = make_plans(rng, firm, 10, 180, 900, merged=6, earlier=(2, 9), invoices=(4, 8))
    fin = finance_of(rng, (2025,), 6500)
    style = XlsxStyle(formulas=True, hidden_rows=True, extra_sheets=True)
    f = Filing("zs03_formula_workbook_clean", seed, firm, YEAR, fin, [p.row for p in plans], xlsx=style)
    audits = [
        AuditFacts(
            2025,
            *fin[0][1:],
            unit="元",
            group_revenue=fin[0][1] * D("1.34"),
            group_profit=fin[0][3] * D("0.82"),
        )
    ]
    standard(f, plans, audits, rng, wan_form=False, camera=True)
    return f


def zs04_fullwidth_twelve_clean(seed: int) -> Filing:
    rng = random.Random(seed)
    firm = make_firm(rng, "巩留县", "丙", 21, 5)
    plans = make_plans(rng, firm, 12, 380, 1100, merged=2, earlier=(11,))
    fin = finance_of(rng, (2025,), 11000)
    style = XlsxStyle(wan=True, wan_decimals=6, amounts="fullwidth", title_row=True)
    f = Filing("zs04_fullwidth_twelve_clean", seed, firm, YEAR, fin, [p.row for p in plans], xlsx=style)
    standard(f, plans, [AuditFacts(2025, *fin[0][1:], unit="万元")], rng, wan_form=True, top=10)
    for p in sorted(plans, key=lambda p: -p.row.total)[10:]:
        f.plants.append(
            {
                "code": "PROJECT_EVIDENCE_MISSING",
                "severity": "info",
                "project_id": p.row.pid,
                "note": "info: outside the ten largest rows, no papers uploaded (CONTRACT 1.1)",
            }
        )
    return f


def zs05_sum_typo(seed: int) -> Filing:
    rng = random.Random(seed)
    firm = make_firm(rng, "尼勒克县", "丁", 9, 3)
    plans = make_plans(rng, firm, 8, 200, 900, invoices=(2,))
    for d in plans[3].deals:
        d.fees = None
    fin = finance_of(rng, (2025,), 5200)
    style = XlsxStyle(amounts="trailing_space", extra_sheets=True)
    f = Filing("zs05_sum_typo", seed, firm, YEAR, fin, [p.row for p in plans], xlsx=style)
    typo = D(rng.choice((10000, 20000, 90000)))
    f.overrides["P4.software_development"] = typo
    standard(f, plans, [AuditFacts(2025, *fin[0][1:], unit="元")], rng, wan_form=False)
    f.plants.append(
        {
            "code": "DECLARED_SUM_MISMATCH",
            "severity": "error",
            "project_id": "P4",
            "note": f"项目汇总 row 4: 软件开发费 typed {typo} too high; 合计 and 合同金额 as on the contract",
        }
    )
    return f


def zs06_form_printed_early(seed: int) -> Filing:
    rng = random.Random(seed)
    firm = make_firm(rng, "昭苏县", "丁", 11, 2)
    plans = make_plans(rng, firm, 7, 250, 1200, merged=5)
    fin = finance_of(rng, (2024, 2025), 8000)
    f = Filing("zs06_form_printed_early", seed, firm, YEAR, fin, [p.row for p in plans])
    y, rev, si, pr = fin[1]
    old = rev - D(rng.choice((460000, 385000, 512000)))
    form_fin = [fin[0], (y, old, si, pr)]
    form = declaration_form_paper(firm, YEAR, form_fin, form_rows(f), False, rng)
    audits = [AuditFacts(2024, *fin[0][1:], unit="元"), AuditFacts(2025, *fin[1][1:], unit="万元")]
    standard(f, plans, audits, rng, wan_form=False, form=form)
    f.plants.append(
        {
            "code": "DECLARATION_FORM_MISMATCH",
            "severity": "error",
            "drawn": form,
            "page_index": 1,
            "note": f"stamped form's 2025 营业收入 {old} (printed before the correction) vs declared {rev}",
        }
    )
    return f


def zs07_consolidated_declared(seed: int) -> Filing:
    rng = random.Random(seed)
    firm = make_firm(rng, "特克斯县", "丁", 14, 4)
    plans = make_plans(rng, firm, 6, 300, 1300, earlier=(3,))
    fin = finance_of(rng, (2025,), 12000)
    y, rev, si, pr = fin[0]
    group_rev = (rev * D("1.27")).quantize(D("0.01"))
    from .papers import shown

    declared_rev = shown(group_rev, "万元")[1]
    f = Filing("zs07_consolidated_declared", seed, firm, YEAR, fin, [p.row for p in plans])
    f.overrides["F2025.operating_revenue"] = declared_rev
    f.finance = [(y, declared_rev, si, pr)]
    audit = AuditFacts(2025, rev, si, pr, group_revenue=group_rev, group_profit=(pr * D("1.3")), unit="万元")
    audit_drawn = audit_paper(firm, audit, rng)
    f.add("营业执照副本.pdf", [(license_paper(firm, rng), look_for(rng))])
    f.add("审计报告2025.pdf", [(audit_drawn, look_for(rng))])
    f.add(
        "申报表盖章版.pdf",
        [(declaration_form_paper(firm, YEAR, f.finance, form_rows(f), False, rng), look_for(rng))],
    )
    attach_projects(f, plans, rng)
    f.plants.append(
        {
            "code": "AUDIT_FIGURE_MISMATCH",
            "severity": "error",
            "drawn": audit_drawn,
            "page_index": 1,
            "note": f"declared 营业收入 {declared_rev} is the 合并 column; the declaring company's own "
            f"(母公司) figure is {shown(rev, '万元')[1]} (seed 001: 合并的数据不作为评审依据)",
        }
    )
    return f


def zs08_staff_below_bing(seed: int) -> Filing:
    rng = random.Random(seed)
    firm = make_firm(rng, "新源县", "丙", 19, 5)
    plans = make_plans(rng, firm, 6, 900, 1600, invoices=(6,))
    fin = finance_of(rng, (2025,), 10500)
    f = Filing("zs08_staff_below_bing", seed, firm, YEAR, fin, [p.row for p in plans], money_as_numbers=True)
    standard(f, plans, [AuditFacts(2025, *fin[0][1:], unit="千元")], rng, wan_form=True)
    f.plants.append(
        {
            "code": "GRADE_THRESHOLD_NOT_MET",
            "severity": "warning",
            "note": "丙级 needs 技术人员 ≥ 20 (seed 000); declared and stamped 19",
        }
    )
    return f


def zs09_audit_year_missing(seed: int) -> Filing:
    rng = random.Random(seed)
    firm = make_firm(rng, "巩留县", "丁", 8, 1)
    plans = make_plans(rng, firm, 6, 150, 700, merged=2)
    fin = finance_of(rng, (2023, 2024, 2025), 4200)
    f = Filing("zs09_audit_year_missing", seed, firm, YEAR, fin, [p.row for p in plans])
    audits = [AuditFacts(2024, *fin[1][1:], unit="元"), AuditFacts(2025, *fin[2][1:], unit="元")]
    standard(f, plans, audits, rng, wan_form=False)
    f.plants.append(
        {
            "code": "AUDIT_REPORT_MISSING",
            "severity": "warning",
            "note": "three finance years declared (2023–2025), audit reports for 2024 and 2025 only",
        }
    )
    return f


def zs10_one_row_of_eleven(seed: int) -> Filing:
    rng = random.Random(seed)
    firm = make_firm(rng, "尼勒克县", "丁", 12, 3, bad_certs=1)
    plans = make_plans(rng, firm, 11, 200, 800, merged=9, earlier=(4,), invoices=(10,))
    p7 = plans[6]
    p7.deals[0].fees = None
    big = max(p.row.total for p in plans)
    # P7 is the largest row; its contract says 90 000 less than the row (a slip typing the price)
    p7.row.fees["hardware_purchase"] += big - p7.row.total + D(150000)
    gap = D(rng.choice((90000, 60000, 180000)))
    p7.deals[0].amount = p7.row.total - gap
    fin = finance_of(rng, (2025,), 7600)
    f = Filing("zs10_one_row_of_eleven", seed, firm, YEAR, fin, [p.row for p in plans])
    standard(f, plans, [AuditFacts(2025, *fin[0][1:], unit="元")], rng, wan_form=False, top=10)
    contract = next(
        d for name, items in f.files for d, _ in items if d.type == "contract" and d.project_id == "P7"
    )
    f.plants.append(
        {
            "code": "AMOUNT_MISMATCH",
            "severity": "error",
            "project_id": "P7",
            "drawn": contract,
            "page_index": 0,
            "note": f"declared {p7.row.total}, contract {p7.deals[0].amount}",
        }
    )
    bad = next(c for c in firm.certificates if c[1] in {n for n, _ in CERTS_NOT_ON_LIST})
    f.plants.append(
        {
            "code": "CERTIFICATE_NOT_RECOGNISED",
            "severity": "warning",
            "note": f"certificate row {bad[0]} {bad[1]} is not on seed 000's list; certified_total 3 counts it",
        }
    )
    smallest = min(plans, key=lambda p: p.row.total)
    f.plants.append(
        {
            "code": "PROJECT_EVIDENCE_MISSING",
            "severity": "info",
            "project_id": smallest.row.pid,
            "note": "info: the eleventh row by amount, outside the ten largest (CONTRACT 1.1)",
        }
    )
    return f


SCENARIOS: tuple[Callable[[int], Filing], ...] = (
    zs01_many_rows_clean,
    zs02_wan_workbook_clean,
    zs03_formula_workbook_clean,
    zs04_fullwidth_twelve_clean,
    zs05_sum_typo,
    zs06_form_printed_early,
    zs07_consolidated_declared,
    zs08_staff_below_bing,
    zs09_audit_year_missing,
    zs10_one_row_of_eleven,
)
