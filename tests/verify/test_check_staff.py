"""Certificates on the inspection's list, and the grade's thresholds."""

from __future__ import annotations

import pytest
from verify_builders import codes, context, declaration, project_row, run

from jianzheng.verify.checks import staff


@pytest.mark.parametrize(
    "written",
    [
        "信息系统项目管理师",
        "软考高项",
        "高级信息系统项目管理师",
        "信息系统项目管理师（高级）",
        "系统集成项目管理工程师(中级)",
        "系统集成中项",
        "HCIE-Datacom",
        "HCIP-Datacom",
        "CCNP",
        "HCIE 专家级网络工程师（华为认证）",
        "数据库专家 OCP 认证（Oracle 认证）",
        "ITSS服务经理",
        "IT 服务经理（ITSS）",
        "信息系统集成实施高级工程经理",
        "ＩＴ服务工程师",
    ],
)
def test_recognised_certificates_and_their_aliases(written):
    assert staff.recognise_certificate(written) is not None


@pytest.mark.parametrize(
    "written", ["PMP项目管理专业人士", "二级建造师（机电工程）", "程序员（软考初级）", "网络管理员", "MCPD"]
)
def test_certificates_not_on_the_list(written):
    assert staff.recognise_certificate(written) is None


def _staff(rows, certified_total):
    return {
        "technical_total": 34,
        "certified_total": certified_total,
        "certificates": [{"holder": h, "certificate": c} for h, c in rows],
    }


def test_certificate_not_recognised_per_row():
    decl = declaration(staff=_staff([("李明", "软考高项"), ("张伟", "PMP项目管理专业人士")], 2))
    found = run(staff.certificates, context(decl, []))
    assert codes(found) == ["CERTIFICATE_NOT_RECOGNISED"]
    assert "张伟" in found[0].message and "PMP" in found[0].message


def test_certificate_not_recognised_for_a_total_above_the_rows_listed():
    decl = declaration(staff=_staff([("李明", "软考高项"), ("张伟", "HCIE-Datacom")], 5))
    found = run(staff.certificates, context(decl, []))
    assert codes(found) == ["CERTIFICATE_NOT_RECOGNISED"]
    assert found[0].declared == "5" and found[0].found == "2"
    ok = declaration(staff=_staff([("李明", "软考高项"), ("张伟", "HCIE-Datacom")], 2))
    assert run(staff.certificates, context(ok, [])) == []


def test_grade_thresholds_per_bar():
    low = declaration(grade="乙", staff={"technical_total": 24, "certified_total": 7, "certificates": []})
    found = run(staff.grade_thresholds, context(low, []))
    assert codes(found) == ["GRADE_THRESHOLD_NOT_MET"] * 3
    assert found[0].message == "乙级要求技术人员不少于 30 人，申报 24 人"
    assert "1000.00 万元" in found[2].message


def test_grade_thresholds_met_and_grade_ding_has_no_project_or_certificate_bar():
    projects = [project_row(f"P{i}", amount="3500000.00") for i in range(1, 4)]
    assert run(staff.grade_thresholds, context(declaration(projects=projects), [])) == []
    ding = declaration(grade="丁", staff={"technical_total": 6, "certified_total": 0, "certificates": []})
    assert run(staff.grade_thresholds, context(ding, [])) == []


def test_three_year_total_counts_projects_accepted_in_the_three_years():
    projects = [
        project_row("P1", amount="6000000.00", accepted="2022-06-01"),
        project_row("P2", amount="6000000.00", accepted="2021-06-01"),
    ]
    assert str(staff.three_year_project_total(declaration(projects=projects))) == "6000000.00"


def test_the_project_bar_says_which_rows_it_left_out():
    projects = [
        project_row("P1", amount="3000000.00", accepted="2024-06-01"),
        project_row("P2", amount="6000000.00", accepted="2026-01-15"),
    ]
    [found] = run(staff.grade_thresholds, context(declaration(grade="丙", projects=projects), []))
    assert found.message.endswith("申报项目合计 300.00 万元（未计验收不在 2022–2024 年的 1 个项目）")


def test_only_recognised_certificates_count_towards_the_grades_certified_staff():
    rows = [(f"持证人{i}", "软考高项") for i in range(7)] + [
        ("王强", "二级建造师（机电工程）"),
        ("李丽", "PMP项目管理专业人士"),
    ]
    decl = declaration(grade="乙", staff=_staff(rows, 9))
    projects_ok = [project_row(f"P{i}", amount="3500000.00") for i in range(1, 4)]
    decl = decl.model_copy(update={"projects": declaration(projects=projects_ok).projects})
    found = run(staff.grade_thresholds, context(decl, []))
    assert codes(found) == ["GRADE_THRESHOLD_NOT_MET"]
    assert found[0].message == "乙级要求持证人员不少于 8 人，申报 9 人，其中有效证书 7 人"
