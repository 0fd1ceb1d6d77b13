"""Audit-report checks against the declared finance years."""

from __future__ import annotations

from decimal import Decimal

from verify_builders import audit_doc, codes, context, declaration, run, statement_doc

from jianzheng.models import Declaration, Page, Word
from jianzheng.verify import CheckContext
from jianzheng.verify.checks import audit


def _three_years(**changes) -> Declaration:
    decl = declaration()
    rows = [
        {"year": 2022, "operating_revenue": "0", "system_integration_revenue": "0", "net_profit": "0"},
        {
            "year": 2023,
            "operating_revenue": "40100000.00",
            "system_integration_revenue": "30000000.00",
            "net_profit": "2000000.00",
        },
        {
            "year": 2024,
            "operating_revenue": "52300000.00",
            "system_integration_revenue": "41800000.00",
            "net_profit": "3100000.00",
        },
    ]
    return Declaration.model_validate(decl.model_dump() | {"finance": rows} | changes)


def test_audit_report_missing_for_a_declared_year_but_not_for_a_year_filled_with_zero():
    found = run(audit.audit_reports_missing, context(_three_years(), [audit_doc()]))
    assert codes(found) == ["AUDIT_REPORT_MISSING"]
    assert found[0].declared == "2023"
    both = [audit_doc(), audit_doc("D6", year=2023, revenue="40100000.00")]
    assert run(audit.audit_reports_missing, context(_three_years(), both)) == []


def test_an_audit_report_whose_year_was_not_read_covers_one_missing_year():
    docs = [audit_doc(), audit_doc("D6", year=None)]
    assert run(audit.audit_reports_missing, context(_three_years(), docs)) == []


def test_audit_figure_mismatch_in_wan():
    found = run(audit.audit_figures, context(declaration(), [audit_doc(revenue="49800000.00")]))
    assert codes(found) == ["AUDIT_FIGURE_MISMATCH"]
    assert found[0].message == "2024 年度营业收入与审计报告不一致：申报 5230.00 万元，审计报告 4980.00 万元"
    assert found[0].declared == "52300000.00" and found[0].found == "49800000.00"
    assert run(audit.audit_figures, context(declaration(), [audit_doc()])) == []


def test_figures_declared_in_wan_match_at_their_precision():
    decl = declaration(precision={"finance.2024.net_profit": Decimal("100")})
    assert run(audit.audit_figures, context(decl, [audit_doc(profit="3100049.37")])) == []


def test_a_stand_alone_statement_may_back_the_figure():
    docs = [
        audit_doc(revenue=None, profit="3000000.00"),
        statement_doc(revenue="52300000.00", profit="3100000.00"),
    ]
    assert run(audit.audit_figures, context(declaration(), docs)) == []


def test_audit_opinion_not_clean():
    found = run(audit.audit_opinion, context(declaration(), [audit_doc(opinion="qualified")]))
    assert codes(found) == ["AUDIT_OPINION_NOT_CLEAN"]
    assert "保留意见" in found[0].message
    assert run(audit.audit_opinion, context(declaration(), [audit_doc()])) == []


def test_consolidated_only_report_is_flagged_and_its_group_figures_are_not_compared():
    doc = audit_doc(revenue="99000000.00", consolidated=True)
    assert codes(run(audit.audit_consolidated, context(declaration(), [doc]))) == ["AUDIT_CONSOLIDATED_ONLY"]
    assert run(audit.audit_figures, context(declaration(), [doc])) == []
    assert run(audit.audit_consolidated, context(declaration(), [audit_doc()])) == []


def _page(number: int, *lines: str) -> Page:
    words = [Word(text=t, bbox=(60.0, 80.0 + 30 * i, 300.0, 95.0 + 30 * i)) for i, t in enumerate(lines)]
    return Page(file="audit_2024.pdf", number=number, width=595.0, height=842.0, words=words)


def test_a_consolidated_report_that_also_prints_the_companys_own_statements_is_fine():
    doc = audit_doc(consolidated=True).model_copy(update={"pages": [1, 2, 3]})
    opinion = _page(1, "我们审计了贵公司财务报表，包括2024年12月31日的合并资产负债表、2024年度的合并利润表")
    group = _page(2, "合并利润表", "营业收入 1 68,000,000.00")
    own = _page(3, "利 润 表", "营业收入 1 52,300,000.00")
    only = CheckContext(
        declaration=declaration(), documents=[doc], pages={p.key: p for p in (opinion, group)}
    )
    both = CheckContext(
        declaration=declaration(), documents=[doc], pages={p.key: p for p in (opinion, group, own)}
    )
    assert codes(run(audit.audit_consolidated, only)) == ["AUDIT_CONSOLIDATED_ONLY"]
    assert run(audit.audit_consolidated, both) == []


def test_the_companys_own_columns_beside_the_groups_are_compared():
    # 合并及母公司利润表: extraction reads the 母公司 column; a declared group figure differs.
    doc = audit_doc(revenue="21958870.01", consolidated=True).model_copy(update={"pages": [1]})
    page = _page(1, "合并及母公司利润表", "项目 合并 母公司", "一、营业收入 30,500,870.44 21,958,870.01")
    decl = declaration()
    group_figure = decl.finance[0].model_copy(update={"operating_revenue": Decimal("30500870.44")})
    decl = decl.model_copy(update={"finance": [group_figure]})
    ctx = CheckContext(declaration=decl, documents=[doc], pages={page.key: page})
    assert run(audit.audit_consolidated, ctx) == []
    assert codes(run(audit.audit_figures, ctx)) == ["AUDIT_FIGURE_MISMATCH"]


def test_a_consolidated_statement_whose_header_gives_the_companys_own_columns_is_fine():
    doc = audit_doc(consolidated=True).model_copy(update={"pages": [1, 2]})
    opinion = _page(1, "我们审计了贵公司财务报表，包括合并及母公司资产负债表，合并及母公司利润表")
    group = _page(2, "合并利润表", "项目 本期金额(合并) 本期金额(母公司) 上期金额(合并) 上期金额(母公司)")
    ctx = CheckContext(declaration=declaration(), documents=[doc], pages={p.key: p for p in (opinion, group)})
    assert run(audit.audit_consolidated, ctx) == []
    alone = CheckContext(declaration=declaration(), documents=[doc], pages={opinion.key: opinion})
    assert codes(run(audit.audit_consolidated, alone)) == ["AUDIT_CONSOLIDATED_ONLY"]


def test_the_companys_own_figure_in_a_row_of_both_groups_agrees_where_the_group_figure_was_read():
    # 合并 | 母公司 over 本期 上期 本期 上期: extraction read the 合并 本期; the declared 母公司 本期 is on
    # the same row, third. Its 上期 (fourth) or the group's 上期 (second) would not agree.
    doc = audit_doc(profit="258918.35", consolidated=True).model_copy(update={"pages": [1]})
    page = _page(
        1,
        "合并及母公司利润表",
        "合并 母公司",
        "项目 本期金额 上期金额 本期金额 上期金额",
        "四、净利润 258,918.35 233,026.51 315,754.08 277,863.59",
    )

    def declared(profit: str):
        decl = declaration()
        row = decl.finance[0].model_copy(update={"net_profit": Decimal(profit)})
        return decl.model_copy(update={"finance": [row]})

    def found(profit: str) -> list[str]:
        ctx = CheckContext(declaration=declared(profit), documents=[doc], pages={page.key: page})
        return [f.message for f in run(audit.audit_figures, ctx) if "净利润" in f.message]

    assert found("315754.08") == []
    assert len(found("277863.59")) == 1 and len(found("233026.51")) == 1


def test_a_declared_integration_revenue_that_adds_the_notes_it_services_rows_agrees():
    # gongliu seed 1: the note lists revenue by business type; extraction read the 信息系统集成服务
    # row, the enterprise declared its IT services together (集成 + 软件开发 + 运维).
    doc = audit_doc(si_revenue="6016897.70").model_copy(update={"pages": [1]})
    page = _page(
        1,
        "（2）营业收入按业务类型列示（单位：元）",
        "业务类型 本期发生额 上期发生额",
        "信息系统集成服务 6,016,897.70 7,219,508.47",
        "软件开发服务 2,575,901.67 3,375,549.32",
        "运行维护服务 2,245,218.94 1,918,685.64",
        "非IT类收入（房屋租赁） 103,052.86 63,294.20",
    )

    def found(si: str) -> list[str]:
        decl = declaration()
        row = decl.finance[0].model_copy(update={"system_integration_revenue": Decimal(si)})
        ctx = CheckContext(
            declaration=decl.model_copy(update={"finance": [row]}), documents=[doc], pages={page.key: page}
        )
        return [f.message for f in run(audit.audit_figures, ctx) if "系统集成收入" in f.message]

    assert found("10838018.31") == []  # the three IT rows
    assert found("8592799.37") == []  # 集成 + 软件开发
    # A figure no run of the table's rows gives is still compared: the note states the row.
    assert len(found("9000000.00")) == 1


def test_a_report_auditing_two_years_together_covers_both():
    # gongliu seed 1: one report of 2024年度、2025年度财务报表; extraction read its latest year.
    doc = audit_doc(year=2024).model_copy(update={"pages": [1]})
    page = _page(1, "巩留县恰西软件科技有限公司", "2023年度、2024年度财务报表", "审计报告")
    ctx = CheckContext(declaration=_three_years(), documents=[doc], pages={page.key: page})
    assert "AUDIT_REPORT_MISSING" not in codes(run(audit.audit_reports_missing, ctx))
    # A year the report only mentions (its comparative) is no year it audits.
    alone = _page(1, "巩留县恰西软件科技有限公司", "2024年度财务报表（附2023年度比较数据）", "审计报告")
    ctx = CheckContext(declaration=_three_years(), documents=[doc], pages={alone.key: alone})
    assert "AUDIT_REPORT_MISSING" in codes(run(audit.audit_reports_missing, ctx))
