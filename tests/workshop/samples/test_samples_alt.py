"""The alt template family prints the facts its truth claims, in its own layouts."""

import datetime as dt
import random
import re
from decimal import Decimal

import pytest

from jianzheng_workshop.samples.cli import generate
from jianzheng_workshop.samples.templates.acceptance import AcceptanceSpec
from jianzheng_workshop.samples.templates_alt.acceptance import KINDS, render_alt_acceptance
from jianzheng_workshop.samples.templates_alt.audit import render_alt_audit
from jianzheng_workshop.samples.templates_alt.contract import LAYOUTS, AltContractSpec, render_alt_contract
from jianzheng_workshop.samples.templates_alt.license import render_alt_license
from jianzheng_workshop.samples.world import make_world


def _text(rendered) -> str:
    return re.sub(r"\s", "", "".join(page.get_text() for page in rendered.doc))


def test_alt_contract_states_price_in_a_clause_and_parties_in_each_layout():
    fees = dict.fromkeys(
        ["software_development", "consulting_design", "integration_implementation", "operation_maintenance",
         "data_processing", "operation_service", "self_made_hardware", "hardware_purchase",
         "software_purchase", "other"],
        Decimal(0),
    )  # fmt: skip
    fees["software_development"] = Decimal(1200000)
    fees["hardware_purchase"] = Decimal(800000)
    for layout in LAYOUTS:
        spec = AltContractSpec(
            "P1", "某区政务云平台建设项目", "XJ-2024-001", "某区数据局", "新疆某信息技术有限公司",
            fees, dt.date(2024, 3, 5), layout=layout,
        )  # fmt: skip
        rendered = render_alt_contract(random.Random(1), spec)
        text = _text(rendered)
        assert rendered.fields["contract_amount"] == "2000000.00"
        assert "贰佰万元整" in text and "2,000,000.00" in text
        assert "某区数据局" in text and "新疆某信息技术有限公司" in text
        assert "合同总金额" not in text  # no labelled price line: only the clause says it


def test_alt_acceptance_kinds_and_han_dates():
    spec = AcceptanceSpec(
        "P1", "某区政务云平台建设项目", "某区数据局", "新疆某信息技术有限公司", dt.date(2024, 11, 20)
    )
    for kind in KINDS:
        rendered = render_alt_acceptance(random.Random(3), spec, kind)
        text = _text(rendered)
        assert "某区数据局" in text and "新疆某信息技术有限公司" in text
        assert "二〇二四年十一月二十日" in text or "2024年11月20日" in text


def test_alt_license_and_audit_carry_their_truth():
    world = make_world(random.Random(5))
    lic = render_alt_license(random.Random(5), world.company)
    assert world.company.credit_code in _text(lic)
    f = world.finance[-1]
    audit = render_alt_audit(random.Random(5), world.company.name, f, world.finance[-2])
    text = _text(audit)
    assert f"{f.revenue:,.2f}" in text and f"{f.si_revenue:,.2f}" in text
    assert "本期金额" in text and "上期金额" in text


def test_unknown_family_is_refused(tmp_path):
    with pytest.raises(ValueError, match="family"):
        generate(tmp_path, family="nope")
