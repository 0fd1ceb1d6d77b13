"""One declared project with its papers: the long contract, the acceptance report, the invoices, and
the declared row that agrees with them (a scenario may then plant a disagreement)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .contract import ContractSpec, FeeLine, Gear, ItemLine, Supplement, build_contract
from .papers import Acceptance, Enterprise, Invoice, Paper, acceptance_paper, invoice_paper
from .texts import BANKS, EQUIPMENT, TOPICS, bank_account, phone
from .world import (
    CLIENTS,
    PLACE_BY_NAME,
    Client,
    credit_code,
    day_in,
    person,
    plain,
    q2,
    read_upper,
    upper,
    workday,
)

ABBR = {"霍城县": "HC", "察布查尔锡伯自治县": "CBCE", "伊宁县": "YN", "霍尔果斯市": "HGS"}
SUPERVISORS = ("新疆天衡信息工程监理有限公司", "伊犁正泰工程项目管理有限公司", "新疆信通建设监理有限公司")
ACCEPT_TITLES = ("项目验收报告", "竣工验收报告", "项目终验报告", "验收证书")

PLAN_INTEGRATION = [
    ("合同签订且乙方提交履约保证金后十个工作日内", 30),
    ("设备到货并安装调试完毕后", 40),
    ("项目终验合格后", 25),
    ("质保期满且无质量问题后", 5),
]
PLAN_SOFTWARE = [
    ("合同签订后十五个工作日内", 30),
    ("系统上线试运行满一个月后", 35),
    ("项目终验合格后", 30),
    ("质保期满后", 5),
]
PLAN_OM = [
    ("合同签订后十五个工作日内", 30),
    ("服务满六个月并经季度考核合格后", 50),
    ("服务期满并经验收合格后", 20),
]

SOFTWARE_ITEMS = (
    ("需求调研与分析", "人月"),
    ("系统总体设计与详细设计", "人月"),
    ("功能模块编码开发", "人月"),
    ("接口开发与数据对接", "人月"),
    ("系统测试与缺陷修复", "人月"),
    ("部署上线与用户培训", "人月"),
)
OM_ITEMS = (
    ("驻场运维工程师服务", "人月"),
    ("服务器及网络设备巡检", "次"),
    ("数据库运维与备份管理", "月"),
    ("网络安全监测与应急响应", "月"),
    ("故障处理与备件更换服务", "次"),
)


@dataclass
class Options:
    kind: str = "integration"
    price_page: int = 6
    pages: int = 14
    body_unit: str = "yuan"
    lean: bool = False
    end: str = "整"
    cents: bool = False
    provisional: bool = False
    supplement: bool = False
    discount: bool = False
    amount_on_cover: bool = False
    cumulative: bool = False
    numbering: str = "条"
    invoices: int = 1
    extra_invoice: bool = False
    supervisor: bool = False
    acceptance_amount: bool = False
    min_total: Decimal = Decimal(0)
    swap_words: bool = False
    """Print clause 三's capital numerals with two digits swapped (the AMOUNT_WORDS_MISMATCH plant)."""


@dataclass
class Project:
    pid: str
    client: Client
    spec: ContractSpec
    contract: Paper
    acceptance: Paper
    invoices: list[Paper]
    row: dict[str, Any]
    invoice_totals: list[Decimal] = field(default_factory=list)


def _fee_row(fees: dict[str, Decimal]) -> dict[str, str]:
    keys = (
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
    return {k: plain(fees.get(k, Decimal(0))) for k in keys}


def declared_row(
    pid: str, name: str, client: Client, signed: dt.date, accepted: dt.date, fees: dict[str, Decimal]
) -> dict[str, Any]:
    services = sum(
        (
            fees.get(k, Decimal(0))
            for k in (
                "software_development",
                "consulting_design",
                "integration_implementation",
                "operation_maintenance",
                "data_processing",
                "operation_service",
            )
        ),
        Decimal(0),
    )
    total = sum(fees.values(), Decimal(0))
    return {
        "id": pid,
        "name": name,
        "client": client.name,
        "signed_on": signed.isoformat(),
        "accepted_on": accepted.isoformat(),
        "field": client.field,
        "location": PLACE_BY_NAME[client.place].full,
        "fees": _fee_row(fees),
        "services_total": plain(services),
        "contract_amount": plain(total),
    }


def pick_client(rng: random.Random, used: set[str], kinds: tuple[str, ...] | None = None) -> Client:
    pool = [c for c in CLIENTS if c.name not in used and (kinds is None or c.kind in kinds)]
    client = rng.choice(pool)
    used.add(client.name)
    return client


def _gear(rng: random.Random, n: int) -> list[Gear]:
    hardware = [e for e in EQUIPMENT if not e.software]
    software = [e for e in EQUIPMENT if e.software]
    chosen = rng.sample(hardware, n) + rng.sample(software, rng.randint(1, 2))
    out = []
    for item in chosen:
        price = Decimal(rng.randint(item.low // 100, item.high // 100) * 100)
        if item.unit in ("点",):
            qty = rng.choice((120, 150, 200, 260))
            price = Decimal(rng.randint(item.low // 10, item.high // 10) * 10)
        elif item.unit == "平方米":
            qty = rng.randint(8, 24)
        elif price < 3000:
            qty = rng.randint(20, 80)
        else:
            qty = rng.randint(1, 6)
        out.append(Gear(item, qty, price))
    return out


def make_project(
    rng: random.Random,
    pid: str,
    ent: Enterprise,
    client: Client,
    opts: Options,
) -> Project:
    kind_topics = TOPICS.get(client.kind, TOPICS["bureau"])
    topic = rng.choice(kind_topics[opts.kind])
    project = client.name + topic
    if opts.kind == "integration":
        signed = day_in(rng, dt.date(2024, 11, 4), dt.date(2025, 5, 20))
        duration = rng.choice((60, 90, 120, 150))
    elif opts.kind == "software":
        signed = day_in(rng, dt.date(2024, 10, 8), dt.date(2025, 5, 30))
        duration = rng.choice((90, 120, 180))
    else:
        signed = day_in(rng, dt.date(2024, 12, 2), dt.date(2025, 1, 20))
        duration = 330
    signed = workday(signed)
    accepted = workday(min(signed + dt.timedelta(days=duration + rng.randint(6, 30)), dt.date(2025, 12, 12)))
    abbr = ABBR[client.place]
    number = rng.choice(
        (
            f"{abbr}ZC-{signed.year}-{rng.randint(10, 199):03d}",
            f"{abbr}-HT-{signed.year}{rng.randint(1, 99):02d}",
            f"{abbr}{signed.year}XX{rng.randint(100, 999)}",
        )
    )
    spec = ContractSpec(
        number=number,
        project=project,
        party_a=client.name,
        party_b=ent.name,
        a_rep=person(rng),
        b_rep=ent.legal_rep,
        a_addr=f"{client.place}{rng.choice(PLACE_BY_NAME[client.place].towns)}{rng.choice(('人民路', '解放路', '团结路', '友谊路', '新华路'))}{rng.randint(1, 188)}号",
        b_addr=ent.address,
        a_phone=phone(rng),
        b_phone=phone(rng),
        a_bank=(rng.choice(BANKS), bank_account(rng)),
        b_bank=(rng.choice(BANKS), bank_account(rng)),
        b_code=ent.code,
        signed_on=signed,
        sign_place=client.place,
        client_kind=client.kind,
        kind=opts.kind,
        numbering=opts.numbering,
        body_unit=opts.body_unit,
        lean=opts.lean,
        end=opts.end,
        price_page=opts.price_page,
        pages=opts.pages,
        amount_on_cover=opts.amount_on_cover,
        cumulative=opts.cumulative,
        duration_days=duration,
        warranty_months=rng.choice((12, 24, 36)) if opts.kind != "om" else 12,
        deposit_pct=rng.choice((3, 5, 10)),
        procurement=rng.choice(("公开招标", "竞争性磋商", "竞争性谈判")),
        tender_no=f"{abbr}CG{signed.year}-{rng.randint(1, 300):03d}",
    )
    if opts.kind == "integration":
        spec.gear = _gear(rng, rng.randint(3, 5))
        if opts.provisional:
            spec.gear[0].provisional = True
        hw = sum((g.amount for g in spec.gear if not g.item.software), Decimal(0))
        sw = sum((g.amount for g in spec.gear if g.item.software), Decimal(0))
        dev = Decimal(rng.randint(18, 90) * 5000)
        impl = Decimal(rng.randint(40, 180) * 500)
        if opts.cents:
            impl += Decimal(rng.choice(("0.50", "0.20", "0.80")))
        lines = [
            FeeLine("software_development", "平台定制开发及接口对接", dev, Decimal("0.06")),
            FeeLine("integration_implementation", "设备安装调试、系统联调及培训", impl, Decimal("0.06")),
            FeeLine("hardware_purchase", "硬件设备（明细见附件2）", hw, Decimal("0.13")),
            FeeLine("software_purchase", "基础软件（明细见附件2）", sw, Decimal("0.13")),
        ]
        if rng.random() < 0.5:
            lines.insert(
                1,
                FeeLine(
                    "consulting_design",
                    "方案设计及深化设计",
                    Decimal(rng.randint(6, 30) * 1000),
                    Decimal("0.06"),
                ),
            )
        if rng.random() < 0.4:
            lines.insert(
                -2,
                FeeLine(
                    "operation_maintenance",
                    "一年期运行维护服务",
                    Decimal(rng.randint(10, 40) * 1000),
                    Decimal("0.06"),
                ),
            )
        spec.lines = lines
        if opts.min_total and spec.total < opts.min_total:
            lines[0].incl += ((opts.min_total - spec.total) // 1000 + 1) * 1000
        spec.plan = PLAN_INTEGRATION
        if opts.provisional:
            spec.provisional_sum = Decimal(rng.randint(2, 8) * 10000)
        if opts.discount:
            spec.discount = Decimal(rng.randint(3, 12) * 5000) + Decimal(rng.choice((0, 600, 1800)))
        if opts.supplement:
            lo = signed + dt.timedelta(days=25)
            hi = accepted - dt.timedelta(days=15)
            spec.supplement = Supplement(
                signed_on=workday(day_in(rng, lo, max(lo, hi))),
                reason=rng.choice(
                    (
                        "因甲方新增两处业务用房的网络接入及监控点位需求，",
                        "因实施过程中甲方要求增加数据备份设备及相应的安装调试工作，",
                    )
                ),
                added={
                    "hardware_purchase": Decimal(rng.randint(8, 30) * 2000),
                    "integration_implementation": Decimal(rng.randint(4, 16) * 1000),
                },
            )
    else:
        table = SOFTWARE_ITEMS if opts.kind == "software" else OM_ITEMS
        n = rng.randint(4, len(table))
        items = []
        for content, unit in table[:n]:
            if unit == "人月":
                qty = rng.randint(3, 14) if opts.kind == "software" else 12
                price = Decimal(rng.randint(150, 320) * 100)
            elif unit == "月":
                qty = 12
                price = Decimal(rng.randint(20, 90) * 100)
            else:
                qty = rng.randint(4, 24)
                price = Decimal(rng.randint(8, 40) * 100)
            items.append(ItemLine(content, unit, qty, price))
        spec.items = items
        spec.item_key = "software_development" if opts.kind == "software" else "operation_maintenance"
        spec.plan = PLAN_SOFTWARE if opts.kind == "software" else PLAN_OM
        if opts.min_total and spec.total < opts.min_total:
            items[0].qty += int((opts.min_total - spec.total) / items[0].price) + 1
    spec.budget = (spec.final_total * Decimal(rng.randint(102, 118)) / 100 / 10000).quantize(
        Decimal(1)
    ) * 10000 + 10000
    if opts.swap_words:
        spec.words_override = swap_words(spec.total, spec.lean, spec.end)
    built = build_contract(spec, random.Random(rng.randrange(1 << 30)))
    fees = spec.fees if opts.kind == "integration" else {spec.item_key: spec.total}
    words = spec.total_words
    if spec.supplement:
        words = spec.words(spec.final_total)
    contract_fields: dict[str, Any] = {
        "project_name": project,
        "contract_number": number,
        "party_a": client.name,
        "party_b": ent.name,
        "contract_amount": plain(spec.final_total),
        "amount_in_words": words,
        "signed_on": signed.isoformat(),
    }
    if spec.fees:
        contract_fields["fees"] = {k: plain(v) for k, v in spec.fees.items()}
    plan = spec.instalments()
    facts = {
        "total": plain(spec.total),
        "final_total": plain(spec.final_total),
        "pretax": plain(spec.pretax),
        "tax": plain(spec.tax),
        "listed": plain(spec.listed),
        "discount": plain(spec.discount),
        "instalments": [plain(a) for _, _, a in plan],
        "words": words,
        "words_value": plain(read_upper(words) or Decimal(0)),
        "kind": opts.kind,
        "body_unit": opts.body_unit,
    }
    contract = Paper("contract", built.doc, built.sheets, contract_fields, pid, built.anchors, facts)
    if built.supplement_from is not None:
        contract.anchors["supplement_from"] = built.supplement_from
    # acceptance
    started = signed + dt.timedelta(days=rng.randint(3, 12))
    finished = accepted - dt.timedelta(days=rng.randint(5, 18))
    acc = Acceptance(
        project=project,
        number=number,
        party_a=client.name,
        party_b=ent.name,
        amount=spec.final_total if opts.acceptance_amount else None,
        started=started,
        finished=finished,
        accepted=accepted,
        supervisor=rng.choice(SUPERVISORS) if opts.supervisor else None,
        title=rng.choice(ACCEPT_TITLES),
        members=[person(rng, 0.2) for _ in range(rng.randint(4, 6))],
    )
    acceptance = acceptance_paper(acc, rng)
    acceptance.project_id = pid
    # invoices
    invoices = []
    totals = []
    buyer_code = credit_code(
        rng,
        PLACE_BY_NAME[client.place].code,
        prefix="12" if client.kind in ("hospital", "school", "media") else "11",
    )
    dates = [
        workday(signed + dt.timedelta(days=rng.randint(6, 20))),
        workday(finished - dt.timedelta(days=rng.randint(0, 4))),
        workday(accepted + dt.timedelta(days=rng.randint(4, 12))),
        workday(accepted + dt.timedelta(days=rng.randint(14, 18))),
    ]
    stage = ("预付款", "进度款", "验收款", "增补款")
    rate = Decimal("0.06")
    for k in range(opts.invoices):
        if opts.extra_invoice and k == opts.invoices - 1:
            amount = q2(spec.total * Decimal(rng.randint(7, 12)) / 100)
            item = f"*信息技术服务*{project}增补设备及安装服务"
        else:
            amount = Decimal(plan[k][2])
            item = f"*信息技术服务*{project}{stage[k]}"
        totals.append(amount)
        issued = min(dates[k], dt.date(2025, 12, 30))
        inv = Invoice(
            number=f"25652000000{rng.randint(100000000, 999999999)}",
            issued=issued,
            buyer=client.name,
            buyer_code=buyer_code,
            seller=ent.name,
            seller_code=ent.code,
            item=item,
            rate=rate,
            total=amount,
            note=f"项目名称：{project}；合同编号：{number}",
            drawer=person(rng, 0.1),
            special=client.kind in ("park",),
        )
        paper = invoice_paper(inv, rng)
        paper.project_id = pid
        invoices.append(paper)
    row = declared_row(pid, project, client, signed, accepted, fees)
    return Project(pid, client, spec, contract, acceptance, invoices, row, totals)


def swap_words(total: Decimal, lean: bool, end: str) -> str:
    """The capital numerals of ``total`` with two different adjacent digits (at 百 or above) swapped."""
    digits = list(str(int(total)))
    n = len(digits)
    for i in [*range(1, n - 3), 0]:
        if digits[i] != digits[i + 1] and digits[i + 1] != "0" and digits[i] != "0":
            digits[i], digits[i + 1] = digits[i + 1], digits[i]
            break
    else:
        digits[1] = str((int(digits[1]) + 3) % 10)
    swapped = Decimal("".join(digits)) + (total - int(total))
    return upper(swapped, lean=lean, end=end)
