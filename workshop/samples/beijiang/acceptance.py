"""Acceptance papers: 竣工验收报告 (three-party sign-off, three seals), 项目终验报告 (专家组意见, 专家签字表)
and the one-page 验收确认书."""

from __future__ import annotations

import random

from . import ink
from .cast import Firm, Paper, Proj
from .numerals import cn_date, cn_date_padded

L, R = 72.0, 523.0
PASS_WORDS = (
    "经验收组认真检查，该项目按合同约定完成全部建设内容，系统运行稳定，文档资料齐全，"
    "符合合同及设计要求。验收结论：验收合格，同意验收。"
)
FAIL_WORDS = (
    "经验收组检查，该项目部分功能模块未按合同约定完成，系统压力测试未达到设计指标，竣工文档不完整。"
    "验收结论：不同意验收（需整改后复验）。"
)


def completion_report(
    firm: Firm,
    p: Proj,
    rng: random.Random,
    *,
    supervisor: str,
    passed: bool = True,
    seals: bool = True,
    date: str | None = None,
) -> Paper:
    """竣工验收报告, 2 pages."""
    doc = ink.new_doc()
    on = date or p.accepted_on
    s = ink.Sheet(doc, rng=rng)
    s.center(100, "竣 工 验 收 报 告", 22)
    rows = [
        ["项目名称", p.name],
        ["建设单位", p.client.name],
        ["施工单位", firm.name],
        ["监理单位", supervisor],
        ["合同编号", p.number],
        ["建设地点", p.location],
        ["开工日期", cn_date_padded(p.signed_on)],
        ["验收日期", cn_date_padded(on)],
        ["验收范围及内容", "平台软件、网络及安全设备、机房配套、系统集成联调、用户培训及竣工文档"],
        ["验收意见", PASS_WORDS if passed else FAIL_WORDS],
    ]
    heights = [26, 26, 26, 26, 26, 26, 26, 26, 48, 130]
    s.table(L, 130, [110, R - L - 110], [["", ""], *rows], 10.5, heights=[0.01, *heights], align=["c", "l"])
    s.footer(1, 2)
    s = ink.Sheet(doc, rng=rng)
    s.center(90, "验收签认", 16)
    cols = [150.0, 150.0, 151.0]
    y = 120.0
    s.table(
        L,
        y,
        cols,
        [["建设单位（盖章）", "施工单位（盖章）", "监理单位（盖章）"], ["", "", ""], ["", "", ""]],
        10.5,
        heights=[28, 150, 60],
        align=["c", "c", "c"],
    )
    for i, org in enumerate((p.client.name, firm.name, supervisor)):
        x0 = L + sum(cols[:i])
        s.text(x0 + 6, y + 48, "项目负责人：", 9.5)
        s.signature(x0 + 40, y + 80, 55)
        s.text(x0 + 6, y + 196, cn_date(on), 9.5)
        if seals:
            s.seal(x0 + 75, y + 120, ink.seal_png(ink.SealSpec(org), rng), d=110)
    s.footer(2, 2)
    fields = {
        "project_name": p.name,
        "party_a": p.client.name,
        "party_b": firm.name,
        "accepted_on": on,
        "conclusion": "passed" if passed else "failed",
        "has_seal": seals,
        "third_party": supervisor,
    }
    return Paper(doc, "acceptance_report", fields, p.id, "竣工验收报告")


def final_report(
    firm: Firm,
    p: Proj,
    rng: random.Random,
    *,
    experts: list[tuple[str, str, str]],
    passed: bool = True,
    seals: bool = True,
) -> Paper:
    """项目终验报告 with 验收专家组意见 and 专家签字表, 2 pages."""
    doc = ink.new_doc()
    s = ink.Sheet(doc, rng=rng)
    s.center(96, "项目终验报告", 22)
    y = 140.0
    for label, val in (
        ("项目名称：", p.name),
        ("建设单位：", p.client.name),
        ("承建单位：", firm.name),
        ("合同编号：", p.number),
        ("终验日期：", cn_date(p.accepted_on)),
    ):
        s.text(L, y, label + val, 11)
        y += 24
    s.text(L, y + 10, "一、项目建设情况", 12, bold=True)
    y = s.para(
        L,
        y + 32,
        R - L,
        (
            f"{p.name}于{cn_date(p.signed_on)}签订合同，承建单位按合同完成了需求调研、系统开发、设备安装、系统联调与试运行。"
            "试运行期间系统累计运行稳定，未发生重大故障，用户反映良好。"
        ),
    )
    s.text(L, y + 8, "二、验收专家组意见", 12, bold=True)
    words = (
        (
            "专家组听取了承建单位的汇报，审阅了项目文档，现场查验了系统运行情况，经质询讨论，形成意见如下：项目完成了合同"
            "约定的建设内容，功能和性能满足要求，文档齐全规范。专家组一致同意该项目通过终验，验收合格。"
        )
        if passed
        else (
            "专家组听取了承建单位的汇报，审阅了项目文档并现场查验，认为：数据共享交换模块未完成与上级平台的对接，"
            "安全等级保护测评尚未通过。专家组意见：不同意验收，需整改后复验。"
        )
    )
    y = s.para(L, y + 30, R - L, words)
    s.text(330, y + 30, "专家组组长（签字）：", 10.5)
    s.signature(440, y + 30)
    s.text(360, y + 56, cn_date(p.accepted_on), 10.5)
    s.footer(1, 2)
    s = ink.Sheet(doc, rng=rng)
    s.center(90, "验收专家签字表", 16)
    rows = [["序号", "姓名", "工作单位", "职称", "签字"]]
    for i, (nm, org, title) in enumerate(experts, start=1):
        rows.append([str(i), nm, org, title, ""])
    y0 = 115
    y = s.table(L, y0, [40, 60, 200, 71, 80], rows, 10, 34, ["c", "c", "l", "c", "c"])
    for i in range(len(experts)):
        s.signature(L + 380, y0 + 34 * (i + 1) + 24, 50)
    s.text(L, y + 40, f"建设单位（盖章）：{p.client.name}", 10.5)
    s.text(L, y + 66, f"日期：{cn_date(p.accepted_on)}", 10.5)
    if seals:
        s.seal(L + 330, y + 90, ink.seal_png(ink.SealSpec(p.client.name), rng))
    s.footer(2, 2)
    fields = {
        "project_name": p.name,
        "party_a": p.client.name,
        "party_b": firm.name,
        "accepted_on": p.accepted_on,
        "conclusion": "passed" if passed else "failed",
        "has_seal": seals,
    }
    return Paper(doc, "acceptance_report", fields, p.id, "项目终验报告")


def confirmation(
    firm: Firm, p: Proj, rng: random.Random, *, seals: bool = True, passed: bool = True
) -> Paper:
    """验收确认书, one page."""
    doc = ink.new_doc()
    s = ink.Sheet(doc, rng=rng)
    s.center(110, "验 收 确 认 书", 22)
    y = 160.0
    for label, val in (
        ("项目名称：", p.name),
        ("合同编号：", p.number),
        ("甲    方：", p.client.name),
        ("乙    方：", firm.name),
    ):
        s.text(L, y, label + val, 11)
        y += 26
    body = (
        f"乙方已按照双方签订的合同（编号：{p.number}）完成全部工作内容。甲方于{cn_date(p.accepted_on)}组织对项目进行了验收，"
        "系统功能、性能及交付文档均符合合同要求，"
        + ("验收合格。特此确认。" if passed else "不同意验收（需整改后复验）。")
    )
    y = s.para(L, y + 14, R - L, body, 11)
    y += 60
    s.text(L, y, "甲方（盖章）：", 11)
    s.text(310, y, "乙方（盖章）：", 11)
    s.text(L, y + 60, "代表签字：", 11)
    s.signature(L + 60, y + 60)
    s.text(310, y + 60, "代表签字：", 11)
    s.signature(370, y + 60)
    s.text(L, y + 100, f"日期：{cn_date(p.accepted_on)}", 11)
    s.text(310, y + 100, f"日期：{cn_date(p.accepted_on)}", 11)
    if seals:
        s.seal(L + 130, y + 50, ink.seal_png(ink.SealSpec(p.client.name), rng))
        s.seal(440, y + 50, ink.seal_png(ink.SealSpec(firm.name), rng))
    fields = {
        "project_name": p.name,
        "party_a": p.client.name,
        "party_b": firm.name,
        "accepted_on": p.accepted_on,
        "conclusion": "passed" if passed else "failed",
        "has_seal": seals,
    }
    return Paper(doc, "acceptance_report", fields, p.id, "验收确认书")
