"""The family's filings: what each shows and what (if anything) is planted in it."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from .company import Firm, draw_firm
from .deal import Project, fees_of_bill
from .places import CLIENTS, PLACES, Client, party
from .projects import Shape, bill_money, lump_money, new_project, settle
from .spelling import capital

D = Decimal


@dataclass(frozen=True)
class Knobs:
    name: str
    place: str
    p1: Shape
    p2: Shape
    p1_client: str
    p2_client: str
    grade: str = "丁"
    decl: str = "json"
    """``json``, ``xlsx`` (元) or ``xlsx_wan`` (项目汇总 money in 万元 with four decimals)."""
    layout: str = "bundle"
    """``bundle`` (contract key pages + acceptance + paper invoices in one scan per project), ``split`` (one
    scan per kind of paper) or ``loose`` (one file per paper)."""
    licence: str = "photo"
    audit: str = "digital"
    receipts: str = "pdf"
    """``pdf`` (one born-digital e-receipt per file), ``pair`` (two per A4 page) or ``photo`` (phone photos)."""
    award: str = "scan"
    plant: str | None = None


SCENARIOS: tuple[Knobs, ...] = (
    Knobs(
        "xx01_xinxing_bill_clean",
        "xinxing",
        Shape("bill", 3, ("paper_special", "e_special", "e_special")),
        Shape("lump", invoice_styles=("e_special", "e_special"), red=True),
        "第十三师新星市教育局",
        "第十三师火箭农场",
        receipts="pair",
    ),
    Knobs(
        "xx02_yizhou_wan_clean",
        "yizhou",
        Shape("bill", 4, ("e_normal", "e_normal", "e_normal"), red=True, whole_yuan=True, request=True),
        Shape("lump", invoice_styles=("paper_normal", "e_normal")),
        "哈密市公安局伊州区分局",
        "哈密市伊州区水利局",
        decl="xlsx_wan",
        layout="split",
        licence="scan",
        audit="scan",
        receipts="photo",
    ),
    Knobs(
        "xx03_barkol_bing_clean",
        "barkol",
        Shape(
            "bill",
            5,
            ("paper_special", "paper_special", "e_special", "e_special"),
            minimum=4_700_000,
            maximum=9_000_000,
            scale=6,
            request=True,
        ),
        Shape("lump", invoice_styles=("e_special", "e_special")),
        "巴里坤哈萨克自治县教育局",
        "巴里坤哈萨克自治县人民医院",
        grade="丙",
        layout="split",
        audit="scan",
        receipts="pair",
    ),
    Knobs(
        "xx04_yiwu_loose_clean",
        "yiwu",
        Shape("bill", 3, ("e_special", "paper_special", "e_special")),
        Shape("lump", invoice_styles=("e_normal", "e_normal"), red=True),
        "伊吾县人民医院",
        "伊吾县淖毛湖镇人民政府",
        decl="xlsx",
        layout="loose",
        licence="scan",
        receipts="photo",
        award="photo",
    ),
    Knobs(
        "xx05_amount_is_settlement",
        "xinxing",
        Shape("bill", 3, ("paper_special", "e_special", "e_special")),
        Shape("lump", invoice_styles=("e_special", "e_special")),
        "第十三师新星市应急管理局",
        "第十三师黄田农场",
        plant="AMOUNT_MISMATCH",
    ),
    Knobs(
        "xx06_fee_table_split",
        "yizhou",
        Shape("bill", 3, ("e_normal", "e_normal", "e_normal")),
        Shape("lump", invoice_styles=("paper_special", "e_special")),
        "哈密市伊州区城市管理局",
        "哈密市伊州区教育局",
        layout="split",
        receipts="photo",
        plant="FEE_MISMATCH",
    ),
    Knobs(
        "xx07_invoices_over_contract",
        "yiwu",
        Shape("bill", 3, ("paper_special", "e_special", "e_special"), settle_up=True, request=True),
        Shape("lump", invoice_styles=("e_special", "e_special")),
        "伊吾县教育局",
        "伊吾县水利局",
        layout="loose",
        licence="scan",
        plant="INVOICE_EXCEEDS_CONTRACT",
    ),
    Knobs(
        "xx08_party_health_commission",
        "barkol",
        Shape("bill", 3, ("e_special", "e_special", "e_special")),
        Shape("lump", invoice_styles=("paper_normal", "e_normal")),
        "巴里坤哈萨克自治县卫生健康委员会",
        "巴里坤哈萨克自治县文化体育广播电视和旅游局",
        receipts="pair",
        audit="scan",
        plant="PARTY_MISMATCH",
    ),
    Knobs(
        "xx09_accepted_in_2023",
        "xinxing",
        Shape("bill", 3, ("e_special", "e_special", "e_special")),
        Shape("lump", invoice_styles=("paper_special", "paper_special"), accepted="2023"),
        "第十三师新星市公安局",
        "第十三师黄田农场",
        layout="split",
        plant="ACCEPTANCE_OUT_OF_PERIOD",
    ),
    Knobs(
        "xx10_acceptance_failed",
        "yizhou",
        Shape("bill", 3, ("paper_normal", "e_normal"), accepted="failed", request=True),
        Shape("lump", invoice_styles=("e_normal", "e_normal")),
        "哈密市伊州区教育局",
        "哈密市伊州区城市管理局",
        licence="scan",
        receipts="photo",
        plant="ACCEPTANCE_NOT_PASSED",
    ),
    Knobs(
        "xx11_words_digits_swapped",
        "barkol",
        Shape("bill", 3, ("e_special", "e_special", "e_special")),
        Shape("lump", invoice_styles=("e_special", "e_special")),
        "巴里坤哈萨克自治县教育局",
        "巴里坤哈萨克自治县文化体育广播电视和旅游局",
        layout="split",
        audit="scan",
        plant="AMOUNT_WORDS_MISMATCH",
    ),
)


@dataclass
class Plant:
    code: str
    project_id: str
    paper: str
    """Key of the paper whose page shows the cause (``P1.contract``, ``P2.acceptance``, ``P1.invoice.3``)."""
    page: int = 1
    """Page within that paper."""
    note: str = ""


@dataclass
class Filing:
    knobs: Knobs
    firm: Firm
    projects: list[Project]
    plant: Plant | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _client(name: str) -> Client:
    return next(c for c in CLIENTS if c.name == name)


def _swap_digits(total: Decimal, rng: random.Random) -> Decimal:
    """The total with two different neighbouring digits of its yuan part swapped (a typing slip in the words)."""
    digits = list(f"{int(total)}")
    pairs = [
        i for i in range(len(digits) - 1) if digits[i] != digits[i + 1] and (i > 0 or digits[i + 1] != "0")
    ]
    i = rng.choice(pairs)
    digits[i], digits[i + 1] = digits[i + 1], digits[i]
    return D("".join(digits)) + (total - int(total))


def build(knobs: Knobs, rng: random.Random) -> Filing:
    place = PLACES[knobs.place]
    projects: list[Project] = []
    firm_party = None
    for pid, shape, client_name in (("P1", knobs.p1, knobs.p1_client), ("P2", knobs.p2, knobs.p2_client)):
        client = _client(client_name)
        client_party = party(rng, client.name, PLACES[client.place], client.kind)
        if firm_party is None:
            from .places import firm_name

            firm_party = party(rng, firm_name(rng, place, set())[0], place, "91")
        stem = rng.choice(client.stems)
        p = new_project(rng, pid, shape, client, client_party, firm_party, stem, knobs.place)
        if shape.kind == "bill":
            if shape.accepted != "failed":
                settle(rng, p, shape.settle_up)
            bill_money(rng, p, shape)
        else:
            lump_money(rng, p, shape)
        projects.append(p)
    p1, p2 = projects
    plant = None
    if knobs.plant == "AMOUNT_MISMATCH":
        assert p1.settlement is not None and p1.bill is not None
        p1.declared_amount = p1.settlement.approved
        p1.declared_fees = fees_of_bill(p1.bill, p1.declared_amount)
        plant = Plant(
            "AMOUNT_MISMATCH",
            "P1",
            "P1.contract",
            1,
            "declared contract_amount is the 结算审定金额, not the contract's 暂定总价",
        )
    elif knobs.plant == "FEE_MISMATCH":
        fees = dict(p2.declared_fees)
        source = "software_development" if fees["software_development"] else "hardware_purchase"
        moved = (fees[source] * D(rng.uniform(0.08, 0.15))).quantize(D(100))
        fees[source] -= moved
        fees["integration_implementation"] += moved
        p2.declared_fees = fees
        plant = Plant(
            "FEE_MISMATCH",
            "P2",
            "P2.contract",
            1,
            f"{moved} moved from {source} to integration_implementation; same total",
        )
    elif knobs.plant == "INVOICE_EXCEEDS_CONTRACT":
        plant = Plant(
            "INVOICE_EXCEEDS_CONTRACT",
            "P1",
            f"P1.invoice.{len(p1.invoices)}",
            1,
            "settlement above the contract after a 设计变更; invoices add up to it",
        )
    elif knobs.plant == "PARTY_MISMATCH":
        p1.declared_client = _client(knobs.p1_client).user
        plant = Plant(
            "PARTY_MISMATCH",
            "P1",
            "P1.contract",
            1,
            "甲方 is the 卫生健康委员会; the row declares the hospital that uses the works",
        )
    elif knobs.plant == "ACCEPTANCE_OUT_OF_PERIOD":
        plant = Plant(
            "ACCEPTANCE_OUT_OF_PERIOD",
            "P2",
            "P2.acceptance",
            1,
            "验收单 dated December 2023, declared as such",
        )
    elif knobs.plant == "ACCEPTANCE_NOT_PASSED":
        plant = Plant("ACCEPTANCE_NOT_PASSED", "P1", "P1.acceptance", 1, "验收结论 ☑ 不合格")
    elif knobs.plant == "AMOUNT_WORDS_MISMATCH":
        p2.words_override = capital(_swap_digits(p2.total, rng))
        plant = Plant(
            "AMOUNT_WORDS_MISMATCH",
            "P2",
            "P2.contract",
            1,
            "合同总价's 大写 has two neighbouring digits swapped; the figures equal the declaration",
        )
    total = sum((p.declared_amount for p in projects), D(0))
    firm = draw_firm(rng, knobs.place, knobs.grade, total)
    assert firm_party is not None
    firm.party = firm_party
    return Filing(knobs, firm, projects, plant)
