"""The ten filings: what each project prints, how it is filed, and the one planted cause (if any)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .contract import ContractStyle

D = Decimal
FEN = Decimal("0.01")
SIX_PERCENT = Decimal("0.06")
HW = ["hardware_purchase", "software_development", "integration_implementation", "software_purchase", "other"]
SW = ["software_development", "integration_implementation", "operation_maintenance"]
MIX = ["hardware_purchase", "integration_implementation", "software_development", "software_purchase"]
DESIGN = ["software_development", "consulting_design", "data_processing"]


@dataclass
class Plan:
    """One project of a filing."""

    kind: str
    size: tuple[int, int]
    keys: list[str]
    style: ContractStyle
    unit: Decimal = FEN
    cents: bool = False
    tax: Decimal = SIX_PERCENT
    target: Callable[[random.Random], Decimal] | None = None
    contract_scanned: bool = False
    accept_amount: str = "none"
    accept_jpg: bool = False
    shares: tuple[Decimal, ...] = ()
    invoices_one_file: bool = False
    slip: str | None = None
    bundle: bool = False


@dataclass
class Spec:
    name: str
    county: str
    plans: list[Plan]
    decl: str = "json"
    audit_wan: bool = False
    audit_scanned: bool = False
    plant: str | None = None
    """words | declared_amount | fee_shift | tax_sum | invoices_over (on P1)."""
    finer_yuan: bool = False
    """P1 declared in 元 to the fen against a contract printed in 万元 (CONTRACT 1.1 precision)."""
    words: dict[str, object] = field(default_factory=dict)


def _side(kind: str, table: str | None = "元", figure: str = "yen_comma") -> Plan:
    """A plain second project: a clean contract beside the planted one."""
    return Plan(
        kind,
        (25, 60),
        SW,
        ContractStyle(figure=figure, table=table),
        contract_scanned=True,
        accept_amount="none",
        shares=(D("0.3"),),
    )


SPECS: list[Spec] = [
    Spec(
        "my01_wan_contract_yuan_decl_clean",
        "墨玉县",
        [
            Plan(
                "教育局",
                (80, 160),
                HW,
                ContractStyle(
                    "wan_then_words",
                    table="人民币万元",
                    yi_note=True,
                    payment_styles=("wan_short", "yen_comma", "wan_short"),
                ),
                unit=D(100),
                tax=D("0.13"),
                accept_amount="grid",
                shares=(D("0.3"), D("0.6")),
                slip="bank",
            ),
            Plan(
                "人民医院",
                (40, 90),
                SW,
                ContractStyle("words_then_fig", figure="fw_yen_plain_yuan"),
                cents=True,
                contract_scanned=True,
                accept_amount="fixed",
                slip="receipt",
                bundle=True,
            ),
        ],
        finer_yuan=True,
    ),
    Spec(
        "my02_xlsx_wan_decl_clean",
        "皮山县",
        [
            Plan(
                "公安局",
                (100, 220),
                MIX,
                ContractStyle("cells", table="元", payment_styles=("rmb", "space_sep", "yen_comma")),
                cents=True,
                tax=D("0.13"),
                accept_amount="rmb",
                accept_jpg=True,
                shares=(D("0.3"),),
            ),
            Plan(
                "融媒体中心",
                (30, 70),
                DESIGN,
                ContractStyle("words_then_fig", figure="fullwidth", table="元"),
                cents=True,
                contract_scanned=True,
                accept_amount="fixed",
                slip="bank",
                bundle=True,
            ),
        ],
        decl="xlsx_wan",
        audit_wan=True,
    ),
    Spec(
        "my03_tax_split_discount_clean",
        "洛浦县",
        [
            Plan(
                "水利局",
                (150, 300),
                MIX,
                ContractStyle("tax_split", figure="yen_space", provisional=True),
                tax=D("0.09"),
                accept_amount="yen_comma",
                accept_jpg=True,
                shares=(D("0.3"), D("0.3")),
                slip="receipt",
            ),
            Plan(
                "农业农村局",
                (50, 100),
                HW,
                ContractStyle("discount", figure="rmb", table="万元"),
                unit=D(100),
                contract_scanned=True,
                accept_amount="grid",
                bundle=True,
            ),
        ],
        audit_scanned=True,
    ),
    Spec(
        "my04_capital_zeros_clean",
        "策勒县",
        [
            Plan(
                "第一中学",
                (20, 40),
                SW,
                ContractStyle("words_then_fig", figure="space_sep", table="元", words={"end": "正"}),
                target=lambda r: D(r.choice((200500, 300800, 400600))),
                accept_amount="wan_short",
            ),
            Plan(
                "卫生健康委员会",
                (90, 110),
                MIX,
                ContractStyle("wan4", words={"yuan": "圆"}),
                target=lambda r: D(r.choice((1000030, 1000080, 2000060))),
                contract_scanned=True,
                accept_amount="grid",
            ),
            Plan(
                "应急管理局",
                (10, 12),
                SW,
                ContractStyle("broken", figure="yen_comma", table="元", words={"omit_shi": True}),
                target=lambda r: D(r.randint(101000, 109000)) + D(r.choice(("0.56", "0.50", "0.06"))),
                accept_amount="fixed",
                shares=(D("0.5"),),
                bundle=True,
            ),
        ],
        audit_wan=True,
    ),
    Spec(
        "my05_words_transposed",
        "于田县",
        [
            Plan(
                "自然资源局",
                (60, 140),
                MIX,
                ContractStyle("words_then_fig", figure="yen_comma", table="万元"),
                unit=D(100),
                shares=(D("0.3"),),
                accept_amount="none",
            ),
            _side("融媒体中心"),
        ],
        plant="words",
    ),
    Spec(
        "my06_declared_transposed",
        "民丰县",
        [
            Plan(
                "政务服务和数据管理局",
                (60, 140),
                MIX,
                ContractStyle("words_then_fig", figure="fullwidth"),
                shares=(D("0.3"), D("0.6")),
                accept_amount="none",
                contract_scanned=True,
            ),
            _side("教育局", None),
        ],
        plant="declared_amount",
    ),
    Spec(
        "my07_fee_table_shifted",
        "墨玉县",
        [
            Plan(
                "人民医院",
                (90, 180),
                MIX,
                ContractStyle("cells", table="万元"),
                unit=D(100),
                contract_scanned=True,
                accept_amount="wan_short",
                bundle=True,
            ),
            _side("水利局", "元", "rmb"),
        ],
        plant="fee_shift",
    ),
    Spec(
        "my08_tax_in_total",
        "皮山县",
        [
            Plan(
                "公安局",
                (80, 150),
                MIX,
                ContractStyle("tax_split", figure="rmb"),
                tax=D("0.13"),
                accept_amount="none",
                shares=(D("0.3"),),
            ),
            _side("第一中学"),
        ],
        plant="tax_sum",
    ),
    Spec(
        "my09_invoices_over",
        "洛浦县",
        [
            Plan(
                "教育局",
                (60, 120),
                HW,
                ContractStyle("discount", figure="yen_comma", table="元"),
                shares=(D("0.5"), D("0.4"), D("0.3")),
                invoices_one_file=True,
                accept_amount="none",
            ),
            _side("人民医院", None),
        ],
        plant="invoices_over",
    ),
    Spec(
        "my10_wan_words_scanned",
        "策勒县",
        [
            Plan(
                "水利局",
                (150, 320),
                MIX,
                ContractStyle("broken", figure="wan2"),
                unit=D(100),
                contract_scanned=True,
                accept_amount="none",
                bundle=True,
            ),
            _side("农业农村局"),
        ],
        plant="words",
    ),
]


def with_words(plan: Plan, words: dict[str, object]) -> Plan:
    """``plan`` with capital-numeral options merged over its own."""
    return replace(plan, style=replace(plan.style, words={**words, **plan.style.words}))
