"""The ten filings: four clean ones full of figures that are not the contract amount, six with one
planted problem each. Roles and plants are fixed; the seed only changes names, amounts and looks."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .filing import SCANNER_META, WPS_META, Expect, Filing, OutFile, Part
from .papers import Enterprise, Finance, audit_paper, license_paper
from .projects import Options, Project, declared_row, make_project, pick_client
from .world import PLACE_BY_NAME, credit_code, firm_name, person, plain, q2

CAPITALS = (
    Decimal(1000000),
    Decimal(2060000),
    Decimal(3000000),
    Decimal(5000000),
    Decimal(5080000),
    Decimal(10000000),
    Decimal(10050000),
)
SCOPE = (
    "许可项目：建设工程施工。一般项目：信息系统集成服务；软件开发；信息技术咨询服务；数据处理和存储支持服务；"
    "安全技术防范系统设计施工服务；计算机软硬件及辅助设备零售；网络设备销售；办公设备耗材销售。"
    "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
)
AUDIT_FIRMS = (
    "伊犁天正会计师事务所有限责任公司",
    "新疆金诚信会计师事务所（普通合伙）",
    "伊犁恒信联合会计师事务所（普通合伙）",
    "新疆天山正信会计师事务所有限公司",
)
CERTS = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
)
ROADS = ("解放西路", "团结路", "亚欧路", "友谊西路", "锡伯古街", "工业园区纬一路", "卡拉苏大道")


@dataclass
class Layout:
    """How one project's papers are bound into files."""

    contract: str = "text"
    """text, scan, sigscan (the signature page scanned), mixed (every third page scanned)."""
    acceptance: str = "bound"
    """bound (scanned, after the contract in its file) or separate (its own scanned PDF)."""
    invoices: str = "separate"
    """separate (one born-digital PDF each) or together (one PDF)."""


@dataclass
class Spec:
    place: str
    grade: str
    projects: list[tuple[Options, Layout, tuple[str, ...] | None]]
    clean: bool = True
    xlsx: bool = False
    license_jpg: bool = True
    audit_scanned: bool = False
    plant: Callable[[Filing, list[Project]], None] | None = None
    notes: dict[str, Any] = field(default_factory=dict)


def _enterprise(rng: random.Random, place_name: str) -> Enterprise:
    place = PLACE_BY_NAME[place_name]
    town = rng.choice(place.towns)
    return Enterprise(
        name=firm_name(rng, place),
        code=credit_code(rng, place.code),
        legal_rep=person(rng),
        capital=rng.choice(CAPITALS),
        established=dt.date(rng.randint(2012, 2021), rng.randint(1, 12), rng.randint(1, 28)),
        address=f"新疆伊犁州{place.name}{town}{rng.choice(ROADS)}{rng.randint(2, 199)}号",
        company_type="有限责任公司（自然人投资或控股）",
        scope=SCOPE,
        regulator=place.regulator,
        place=place.name,
        region=place.code,
    )


def _finance(rng: random.Random, projects: list[Project]) -> Finance:
    contracts = sum((Decimal(p.row["contract_amount"]) for p in projects), Decimal(0))
    si = q2(contracts * Decimal(rng.randint(115, 160)) / 100 + Decimal(rng.randint(0, 99999)) / 100)
    revenue = q2(si * Decimal(rng.randint(105, 130)) / 100)
    net = q2(revenue * Decimal(rng.randint(4, 11)) / 100)
    cost = q2(revenue * Decimal(rng.randint(62, 74)) / 100)
    firm = rng.choice(AUDIT_FIRMS)
    tag = (
        "伊天正"
        if "天正" in firm
        else "新金诚"
        if "金诚" in firm
        else "伊恒信"
        if "恒信" in firm
        else "新天正"
    )
    return Finance(
        year=2025,
        revenue=revenue,
        si_revenue=si,
        net_profit=net,
        cost=cost,
        firm=firm,
        report_no=f"{tag}审字〔2026〕第{rng.randint(12, 480):04d}号",
        cpas=(person(rng, 0.1), person(rng, 0.1)),
        signed=dt.date(2026, rng.randint(1, 2), rng.randint(5, 25)),
    )


def _staff(rng: random.Random, grade: str) -> dict[str, Any]:
    if grade == "丙":
        tech = rng.randint(21, 29)
        n = rng.randint(5, 6)
    else:
        tech = rng.randint(7, 16)
        n = 2
    certs = []
    for title, level in rng.sample(CERTS, n):
        certs.append(
            {
                "holder": person(rng),
                "certificate": title,
                "level": level,
                "number": f"{rng.randint(2016, 2023)}{rng.choice('HZ')}{rng.randint(10000000, 99999999)}",
            }
        )
    return {"technical_total": tech, "certified_total": n, "certificates": certs}


def build(spec: Spec, name: str, seed: int, index: int) -> Filing:
    rng = random.Random(seed * 1000 + index)
    ent = _enterprise(rng, spec.place)
    used: set[str] = set()
    projects: list[Project] = []
    for i, (opts, _layout, kinds) in enumerate(spec.projects, start=1):
        client = pick_client(rng, used, kinds)
        projects.append(make_project(rng, f"P{i}", ent, client, opts))
    fin = _finance(rng, projects)
    staff = _staff(rng, spec.grade)
    if spec.xlsx:
        staff["certificates"] = []
    declaration: dict[str, Any] = {
        "enterprise": {
            "name": ent.name,
            "credit_code": ent.code,
            "legal_representative": ent.legal_rep,
            "registered_capital": plain(ent.capital),
            "established_on": ent.established.isoformat(),
            "grade": spec.grade,
            "inspection_year": 2025,
            "staff": staff,
        },
        "finance": [
            {
                "year": fin.year,
                "operating_revenue": plain(fin.revenue),
                "system_integration_revenue": plain(fin.si_revenue),
                "net_profit": plain(fin.net_profit),
            }
        ],
        "projects": [p.row for p in projects],
    }
    license_ = license_paper(ent, rng)
    audit = audit_paper(ent, fin, rng)
    files: list[OutFile] = []

    def later(day: dt.date, lo: int = 1, hi: int = 6) -> dt.date:
        return day + dt.timedelta(days=rng.randint(lo, hi))

    filed = dt.date(2026, 2, rng.randint(2, 20))
    if spec.license_jpg:
        files.append(OutFile("01营业执照副本.jpg", [Part(license_, True)], image=True))
    else:
        files.append(OutFile("01营业执照.pdf", [Part(license_, True)], meta=dict(SCANNER_META), when=filed))
    files.append(
        OutFile(
            f"02审计报告{fin.year}.pdf",
            [Part(audit, spec.audit_scanned)],
            meta=dict(SCANNER_META if spec.audit_scanned else WPS_META),
            when=later(fin.signed),
        )
    )
    n = 3
    for project, (_opts, layout, _kinds) in zip(projects, spec.projects, strict=True):
        pages = len(project.contract.sheets)
        if layout.contract == "scan":
            flags: list[bool] | bool = True
        elif layout.contract == "sigscan":
            sig = project.contract.anchors["signature"]
            flags = [i == sig for i in range(pages)]
        elif layout.contract == "supscan":
            start = project.contract.anchors["supplement_from"]
            flags = [i >= start for i in range(pages)]
        elif layout.contract == "mixed":
            flags = [i % 3 == 2 for i in range(pages)]
        else:
            flags = False
        parts = [Part(project.contract, flags)]
        all_scan = flags is True
        meta = SCANNER_META if all_scan else WPS_META
        accepted = dt.date.fromisoformat(project.row["accepted_on"])
        contract_day = (
            project.spec.supplement.signed_on if project.spec.supplement else project.spec.signed_on
        )
        if layout.acceptance == "bound":
            parts.append(Part(project.acceptance, True))
            files.append(
                OutFile(f"{n:02d}{project.row['name']}.pdf", parts, meta=dict(meta), when=later(accepted))
            )
            n += 1
        else:
            files.append(
                OutFile(
                    f"{n:02d}{project.row['name']}合同.pdf", parts, meta=dict(meta), when=later(contract_day)
                )
            )
            n += 1
            files.append(
                OutFile(
                    f"{n:02d}{project.pid}验收报告.pdf",
                    [Part(project.acceptance, True)],
                    meta=dict(SCANNER_META),
                    when=later(accepted),
                )
            )
            n += 1
        if project.invoices:
            if layout.invoices == "together":
                last = max(dt.date.fromisoformat(inv.fields["issued_on"]) for inv in project.invoices)
                files.append(
                    OutFile(
                        f"{n:02d}{project.pid}发票.pdf",
                        [Part(inv) for inv in project.invoices],
                        meta=dict(WPS_META),
                        when=later(last, 0, 3),
                    )
                )
                n += 1
            else:
                for k, inv in enumerate(project.invoices, start=1):
                    meta_inv = {"creator": "数电发票服务平台", "producer": "数电发票服务平台"}
                    issued = dt.date.fromisoformat(inv.fields["issued_on"])
                    files.append(
                        OutFile(f"{n:02d}{project.pid}发票{k}.pdf", [Part(inv)], meta=meta_inv, when=issued)
                    )
                    n += 1
    filing = Filing(
        name=name, seed=seed, clean=spec.clean, declaration=declaration, files=files, xlsx=spec.xlsx
    )
    if spec.plant:
        spec.plant(filing, projects)
    return filing


# --- plants -----------------------------------------------------------------------------------


def _set_row(filing: Filing, project: Project, fees: dict[str, Decimal]) -> dict[str, Any]:
    p = project
    row = declared_row(
        p.pid,
        p.row["name"],
        p.client,
        dt.date.fromisoformat(p.row["signed_on"]),
        dt.date.fromisoformat(p.row["accepted_on"]),
        fees,
    )
    rows = filing.declaration["projects"]
    rows[[r["id"] for r in rows].index(p.pid)] = row
    return row


def plant_pretax(filing: Filing, projects: list[Project]) -> None:
    """P1 (a software contract with one fee) declared at its 不含税 price."""
    p = projects[0]
    pretax = p.spec.pretax
    _set_row(filing, p, {p.spec.item_key: pretax})
    filing.plant = {
        "kind": "pretax",
        "project_id": p.pid,
        "declared": plain(pretax),
        "contract_amount": plain(p.spec.total),
    }
    filing.expects.append(
        Expect(
            "AMOUNT_MISMATCH",
            p.pid,
            p.contract,
            "price",
            f"declared {plain(pretax)} = the 不含税金额 (clause 三 and 附件1 小计), contract total (含税) {plain(p.spec.total)}",
        )
    )


def plant_instalment(filing: Filing, projects: list[Project]) -> None:
    """P2 (an O&M contract) declared at its second instalment (50 %)."""
    p = projects[1]
    amount = p.spec.instalments()[1][2]
    _set_row(filing, p, {p.spec.item_key: amount})
    filing.plant = {
        "kind": "instalment",
        "project_id": p.pid,
        "declared": plain(amount),
        "contract_amount": plain(p.spec.total),
    }
    filing.expects.append(
        Expect(
            "AMOUNT_MISMATCH",
            p.pid,
            p.contract,
            "price",
            f"declared {plain(amount)} = the 50% 进度款 of 支付方式, contract total {plain(p.spec.total)}",
        )
    )


def plant_discount(filing: Filing, projects: list[Project]) -> None:
    """P1's row follows the appendix's lines (before the 商务优惠); its sum is printed nowhere."""
    p = projects[0]
    fees: dict[str, Decimal] = {}
    for line in p.spec.lines:
        fees[line.key] = fees.get(line.key, Decimal(0)) + line.incl
    _set_row(filing, p, fees)
    filing.plant = {
        "kind": "discount",
        "project_id": p.pid,
        "declared": plain(p.spec.listed),
        "contract_amount": plain(p.spec.total),
        "discount": plain(p.spec.discount),
    }
    filing.expects.append(
        Expect(
            "AMOUNT_MISMATCH",
            p.pid,
            p.contract,
            "price",
            f"declared {plain(p.spec.listed)} = sum of 附件1's lines before the 商务优惠 of {plain(p.spec.discount)}; "
            f"contract total {plain(p.spec.total)}",
        )
    )


def plant_words(filing: Filing, projects: list[Project]) -> None:
    """P1's clause 三 words were drawn with two digits swapped (Options.swap_words); the row follows the figures."""
    p = projects[0]
    filing.plant = {
        "kind": "words",
        "project_id": p.pid,
        "figures": plain(p.spec.total),
        "words": p.spec.total_words,
    }
    filing.expects.append(
        Expect(
            "AMOUNT_WORDS_MISMATCH",
            p.pid,
            p.contract,
            "price",
            f"clause 三 prints ¥{plain(p.spec.total)} beside words that read two digits swapped",
        )
    )


def plant_invoices(filing: Filing, projects: list[Project]) -> None:
    """P1's four invoices (30 %, 40 %, 25 % and an 增补 one) add up to more than the contract."""
    p = projects[0]
    filing.plant = {
        "kind": "invoices",
        "project_id": p.pid,
        "invoices": [plain(t) for t in p.invoice_totals],
        "contract_amount": plain(p.spec.total),
    }
    filing.expects.append(
        Expect(
            "INVOICE_EXCEEDS_CONTRACT",
            p.pid,
            p.invoices[-1],
            0,
            f"invoices {sum(p.invoice_totals)} > contract {plain(p.spec.total)}; the last (增补) invoice crosses it",
        )
    )


def plant_fees(filing: Filing, projects: list[Project]) -> None:
    """P1 declares part of its 硬件购置费 as 软件开发费; the total is unchanged."""
    p = projects[0]
    fees = dict(p.spec.fees)
    shift = min(
        fees["hardware_purchase"] - Decimal(10000),
        Decimal(random.Random(p.spec.number).randint(6, 12) * 10000),
    )
    fees["hardware_purchase"] -= shift
    fees["software_development"] += shift
    _set_row(filing, p, fees)
    filing.plant = {
        "kind": "fees",
        "project_id": p.pid,
        "shift": plain(shift),
        "declared_fees": {k: plain(v) for k, v in fees.items()},
    }
    filing.expects.append(
        Expect(
            "FEE_MISMATCH",
            p.pid,
            p.contract,
            "fees",
            f"{plain(shift)} moved from 硬件购置费 to 软件开发费 (附件1 分项报价表); contract_amount unchanged",
        )
    )


SCENARIOS: dict[str, Spec] = {
    "hc01_tax_split_clean": Spec(
        place="霍城县",
        grade="丙",
        projects=[
            (
                Options(
                    pages=24,
                    price_page=6,
                    provisional=True,
                    invoices=2,
                    acceptance_amount=True,
                    min_total=Decimal(3_600_000),
                ),
                Layout("text", "bound", "separate"),
                ("hospital",),
            ),
            (
                Options(kind="om", pages=10, price_page=4, invoices=1, min_total=Decimal(800_000)),
                Layout("scan", "separate"),
                None,
            ),
            (
                Options(
                    kind="software",
                    pages=11,
                    price_page=5,
                    invoices=0,
                    cumulative=True,
                    min_total=Decimal(1_000_000),
                ),
                Layout("text", "bound"),
                None,
            ),
        ],
    ),
    "hc02_wan_body_clean": Spec(
        place="察布查尔锡伯自治县",
        grade="丁",
        license_jpg=False,
        projects=[
            (
                Options(
                    pages=21,
                    price_page=7,
                    body_unit="wan",
                    lean=True,
                    end="正",
                    amount_on_cover=True,
                    numbering="、",
                    supervisor=True,
                    invoices=1,
                ),
                Layout("sigscan", "separate"),
                None,
            ),
            (
                Options(kind="software", pages=9, price_page=4, invoices=1, lean=True),
                Layout("scan", "bound"),
                None,
            ),
        ],
    ),
    "hc03_supplement_clean": Spec(
        place="伊宁县",
        grade="丁",
        audit_scanned=True,
        projects=[
            (
                Options(pages=16, price_page=6, supplement=True, invoices=2, acceptance_amount=True),
                Layout("supscan", "bound", "together"),
                None,
            ),
            (
                Options(kind="om", pages=9, price_page=4, invoices=1, numbering="、"),
                Layout("text", "bound"),
                None,
            ),
        ],
    ),
    "hc04_xlsx_cents_clean": Spec(
        place="霍尔果斯市",
        grade="丁",
        xlsx=True,
        projects=[
            (
                Options(pages=13, price_page=5, cents=True, cumulative=True, invoices=1, provisional=True),
                Layout("scan", "separate"),
                None,
            ),
            (
                Options(kind="software", pages=12, price_page=6, invoices=1, numbering="、"),
                Layout("mixed", "bound"),
                None,
            ),
            (Options(kind="om", pages=8, price_page=4, invoices=0), Layout("text", "bound"), None),
        ],
    ),
    "hc05_pretax_declared": Spec(
        place="霍城县",
        grade="丁",
        clean=False,
        plant=plant_pretax,
        projects=[
            (Options(kind="software", pages=12, price_page=6, invoices=1), Layout("text", "bound"), None),
            (Options(pages=14, price_page=5, invoices=1), Layout("sigscan", "separate"), None),
        ],
    ),
    "hc06_progress_payment_declared": Spec(
        place="察布查尔锡伯自治县",
        grade="丁",
        clean=False,
        audit_scanned=True,
        plant=plant_instalment,
        projects=[
            (Options(pages=15, price_page=6, invoices=1, provisional=True), Layout("text", "bound"), None),
            (
                Options(kind="om", pages=10, price_page=5, invoices=1, numbering="、"),
                Layout("scan", "separate"),
                None,
            ),
        ],
    ),
    "hc07_fee_table_before_discount": Spec(
        place="伊宁县",
        grade="丁",
        clean=False,
        plant=plant_discount,
        projects=[
            (Options(pages=16, price_page=6, discount=True, invoices=1), Layout("text", "bound"), None),
            (Options(kind="software", pages=9, price_page=4, invoices=1), Layout("scan", "bound"), None),
        ],
    ),
    "hc08_words_transposed": Spec(
        place="霍尔果斯市",
        grade="丁",
        clean=False,
        plant=plant_words,
        projects=[
            (Options(pages=14, price_page=6, invoices=1, swap_words=True), Layout("text", "bound"), None),
            (Options(kind="om", pages=9, price_page=4, invoices=1), Layout("text", "separate"), None),
        ],
    ),
    "hc09_invoices_exceed": Spec(
        place="霍城县",
        grade="丁",
        clean=False,
        license_jpg=False,
        plant=plant_invoices,
        projects=[
            (
                Options(pages=13, price_page=5, invoices=4, extra_invoice=True),
                Layout("text", "bound", "together"),
                None,
            ),
            (Options(kind="software", pages=10, price_page=5, invoices=1), Layout("scan", "bound"), None),
        ],
    ),
    "hc10_fee_shifted": Spec(
        place="察布查尔锡伯自治县",
        grade="丁",
        clean=False,
        plant=plant_fees,
        projects=[
            (Options(pages=15, price_page=6, invoices=1, supervisor=True), Layout("text", "separate"), None),
            (Options(kind="om", pages=9, price_page=4, invoices=1), Layout("scan", "bound"), None),
        ],
    ),
}
