"""declaration.json import (CONTRACT 1.1), the sum identities, and the declaration's round trip."""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from jianzheng.extract import read_declaration
from jianzheng.models import Code, Declaration
from jianzheng.verify import CheckContext, run_checks

GOOD = {
    "enterprise": {
        "name": "新疆天山云数信息技术有限公司",
        "credit_code": "91650100MA78XXXXXX",
        "legal_representative": "王建国",
        "registered_capital": "10000000.00",
        "established_on": "2016-05-12",
        "grade": "乙",
        "inspection_year": 2024,
        "staff": {
            "technical_total": 34,
            "certified_total": 9,
            "certificates": [{"holder": "李明", "certificate": "信息系统项目管理师", "level": "高级"}],
        },
    },
    "finance": [
        {
            "year": 2024,
            "operating_revenue": "52300000.00",
            "system_integration_revenue": 41800000,
            "net_profit": 3100000.5,
        }
    ],
    "projects": [
        {
            "id": "P1",
            "name": "乌鲁木齐市某区政务云平台建设项目",
            "client": "乌鲁木齐市某区数据局",
            "signed_on": "2024-03-05",
            "accepted_on": "2024-11-20",
            "field": "党政",
            "fees": {
                "software_development": "1200000.00",
                "integration_implementation": "300000.00",
                "hardware_purchase": "800000.00",
                "software_purchase": "150000.00",
            },
            "services_total": "1500000.00",
            "contract_amount": 2450000,
        }
    ],
    "innovations": [{"kind": "patent", "title": "一种数据交换方法", "number": "ZL2024100000001"}],
}


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "declaration.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_good_declaration_reads_with_decimal_money_and_dates(tmp_path):
    declaration, findings = read_declaration(write(tmp_path, GOOD))
    assert findings == []
    assert declaration is not None
    project = declaration.projects[0]
    assert project.contract_amount == Decimal("2450000")
    assert project.fees.consulting_design == Decimal(0)  # a fee left out is zero
    assert project.signed_on == dt.date(2024, 3, 5)
    assert declaration.finance[0].net_profit == Decimal("3100000.5")
    assert declaration.innovations[0].kind == "patent"


def test_precision_follows_how_each_figure_was_written(tmp_path):
    declaration, _ = read_declaration(write(tmp_path, GOOD))
    assert declaration is not None
    precision = declaration.precision
    assert precision["projects.P1.contract_amount"] == Decimal("1")  # JSON integer
    assert precision["projects.P1.services_total"] == Decimal("0.01")  # "1500000.00"
    assert precision["projects.P1.fees.hardware_purchase"] == Decimal("0.01")
    assert precision["finance.2024.system_integration_revenue"] == Decimal("1")
    assert precision["finance.2024.net_profit"] == Decimal("0.1")
    assert precision["enterprise.registered_capital"] == Decimal("0.01")


def test_the_declaration_round_trips_through_json():
    declaration = Declaration.model_validate(GOOD)
    again = Declaration.model_validate_json(declaration.model_dump_json())
    assert again == declaration
    assert '"contract_amount":"2450000.00"' in declaration.model_dump_json()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["projects"][0].update(contract_amount="两百万"),
            "projects[1].contract_amount：'两百万' 不是金额",
        ),
        (
            lambda d: d["projects"][0].update(signed_on="2024-02-30"),
            "projects[1].signed_on：'2024-02-30' 不是日期",
        ),
        (lambda d: d["finance"][0].update(net_profit="1.005"), "finance[1].net_profit：'1.005' 超过两位小数"),
        (lambda d: d["enterprise"].pop("name"), "enterprise.name：缺少必填项"),
        (lambda d: d["enterprise"].update(grade="特"), "enterprise.grade：'特' 不是允许的取值"),
        (lambda d: d.update(projects={"id": "P1"}), "projects：应为列表"),
    ],
)
def test_bad_values_name_their_place(tmp_path, change, expected):
    data = copy.deepcopy(GOOD)
    change(data)
    declaration, findings = read_declaration(write(tmp_path, data))
    assert declaration is None
    assert [f.code for f in findings] == [Code.DECLARATION_INVALID]
    assert expected in findings[0].message
    assert findings[0].message.startswith("申报数据有误：declaration.json ")


def test_null_means_unknown(tmp_path):
    data = copy.deepcopy(GOOD)
    data["enterprise"].update(credit_code=None, staff=None)
    data["projects"][0].update(client=None, accepted_on=None, services_total=None)
    data["projects"][0]["fees"]["other"] = None
    declaration, findings = read_declaration(write(tmp_path, data))
    assert findings == []
    assert declaration is not None
    assert declaration.enterprise.credit_code is None
    assert declaration.projects[0].services_total is None
    assert declaration.projects[0].fees.other == Decimal(0)


def test_a_required_field_left_null_is_missing(tmp_path):
    data = copy.deepcopy(GOOD)
    data["enterprise"]["inspection_year"] = None
    declaration, findings = read_declaration(write(tmp_path, data))
    assert declaration is None
    assert "enterprise.inspection_year：缺少必填项" in findings[0].message


def test_every_problem_is_one_finding(tmp_path):
    data = copy.deepcopy(GOOD)
    data["projects"].append({**data["projects"][0], "contract_amount": "x", "accepted_on": "soon"})
    declaration, findings = read_declaration(write(tmp_path, data))
    assert declaration is None
    assert len(findings) == 2


def test_duplicate_finance_years_are_refused(tmp_path):
    data = copy.deepcopy(GOOD)
    data["finance"].append(copy.deepcopy(data["finance"][0]))
    declaration, findings = read_declaration(write(tmp_path, data))
    assert declaration is None
    assert "finance[2].year：年度 2024 重复" in findings[0].message


def test_duplicate_project_ids_are_refused(tmp_path):
    data = copy.deepcopy(GOOD)
    data["projects"].append(copy.deepcopy(data["projects"][0]))
    declaration, findings = read_declaration(write(tmp_path, data))
    assert declaration is None
    assert "项目编号 P1 重复" in findings[0].message


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", ""])
def test_unreadable_json_is_one_finding(tmp_path, text):
    path = tmp_path / "declaration.json"
    path.write_text(text, encoding="utf-8")
    declaration, findings = read_declaration(path)
    assert declaration is None
    assert [f.code for f in findings] == [Code.DECLARATION_INVALID]


def test_no_declaration_is_missing_declaration():
    declaration, findings = read_declaration(None)
    assert declaration is None
    assert [f.code for f in findings] == [Code.MISSING_DECLARATION]


def sum_findings(data: dict) -> list:
    context = CheckContext(declaration=Declaration.model_validate(data), documents=[])
    return [f for f in run_checks(context) if f.code == Code.DECLARED_SUM_MISMATCH]


def test_consistent_sums_raise_nothing():
    assert sum_findings(GOOD) == []


def test_a_broken_services_total_is_declared_sum_mismatch():
    data = copy.deepcopy(GOOD)
    data["projects"][0]["services_total"] = "1600000.00"
    (finding,) = sum_findings(data)
    assert finding.project_id == "P1"
    assert finding.declared == "1600000.00" and finding.found == "1500000.00"
    assert finding.severity == "error"


def test_a_broken_contract_amount_is_declared_sum_mismatch():
    data = copy.deepcopy(GOOD)
    data["projects"][0]["contract_amount"] = "2300000.00"
    (finding,) = sum_findings(data)
    assert finding.declared == "2300000.00" and finding.found == "2450000.00"
    assert "245.00 万元" in finding.message


@pytest.mark.parametrize("absurd", ["1e30", "123456789012345678901234567890.00", "-2450000.00"])
def test_an_absurd_or_negative_amount_is_declaration_invalid_naming_the_field(tmp_path, absurd):
    from jianzheng.extract import read_declaration

    data = {
        "enterprise": {"name": "某公司", "inspection_year": 2024},
        "projects": [{"id": "P1", "name": "某项目", "contract_amount": absurd}],
    }
    path = tmp_path / "declaration.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    declaration, findings = read_declaration(path)
    assert declaration is None
    assert [f.code for f in findings] == ["DECLARATION_INVALID"]
    assert "contract_amount" in findings[0].message


def test_a_loss_is_a_declared_net_profit():
    from jianzheng.models import Declaration

    decl = Declaration.model_validate(
        {
            "enterprise": {"name": "某公司", "inspection_year": 2024},
            "finance": [{"year": 2024, "net_profit": "-120000.00"}],
        }
    )
    assert str(decl.finance[0].net_profit) == "-120000.00"
