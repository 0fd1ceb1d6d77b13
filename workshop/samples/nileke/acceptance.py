"""Acceptance papers: 项目验收报告, 验收单, 年度运维服务验收确认单 and 竣工验收报告 (with the 监理)."""

from __future__ import annotations

import datetime as dt
import random

from . import ink
from .model import Paper
from .numerals import date_cn, date_upper
from .papers import LEFT, RIGHT, WIDTH, Client, client_seal, firm_seal
from .sheet import Sheet
from .world import Firm


def acceptance(
    rng: random.Random,
    *,
    style: str,
    firm: Firm,
    client: Client,
    project: str,
    number: str,
    started: dt.date,
    finished: dt.date,
    accepted: dt.date,
    members: list[str],
    scope: str,
    amount_text: str | None = None,
    supervisor: str | None = None,
    period: tuple[dt.date, dt.date] | None = None,
) -> Paper:
    """One page, sealed by the client (and the firm), conclusion ticked 合格. ``style``: report, form, om, completion."""
    s = Sheet(rng)
    titles = {
        "report": "项目验收报告",
        "form": "项目验收单",
        "om": "年度运维服务验收确认单",
        "completion": "竣工验收报告",
    }
    title = titles[style]
    s.center(52, client.name, 12)
    s.spaced(76, title, 19, 6)
    rows = [
        ["项目名称", project, "", ""],
        ["建设单位", client.name, "承建单位", firm.name],
        ["合同编号", number, "", ""],
    ]
    spans = {(0, 1): 3, (2, 1): 3}
    if style == "om" and period:
        rows.append(["服务期限", f"{date_cn(period[0])}至{date_cn(period[1])}", "", ""])
        spans[(3, 1)] = 3
    else:
        rows.append(["开工日期", date_cn(started), "完工日期", date_cn(finished)])
    rows.append(["验收日期", date_cn(accepted), "验收地点", client.name[: client.name.index("县") + 1]])
    if amount_text:
        rows.append(["合同金额", amount_text, "", ""])
        spans[(len(rows) - 1, 1)] = 3
    if supervisor:
        rows.append(["监理单位", supervisor, "", ""])
        spans[(len(rows) - 1, 1)] = 3
    y = s.table(LEFT, 116, [78, 160, 70, 147], rows, 10, 24, bold_rows=(), spans=spans)
    content_h = 120
    s.rect(LEFT, y, RIGHT, y + content_h, 0.6)
    s.text(LEFT + 6, y + 6, "验收内容及情况：", 10, bold=True)
    yy = s.para(LEFT + 6, y + 24, WIDTH - 12, scope, 10, leading=1.6)
    del yy
    y += content_h
    opinion_h = 150
    s.rect(LEFT, y, RIGHT, y + opinion_h, 0.6)
    s.text(LEFT + 6, y + 6, "验收意见：", 10, bold=True)
    opinion = (
        "验收小组听取了承建单位的工作汇报，查验了现场及相关文档资料，经认真讨论，认为该项目已按合同约定完成全部建设内容，"
        "系统运行稳定，文档资料齐全，符合验收条件，同意通过验收。"
        if style != "om"
        else "服务期内乙方按合同约定完成巡检、故障处理、数据备份及重大活动保障等服务，响应及时，服务质量达到合同要求，"
        "年度考核合格，同意通过年度验收。"
    )
    s.para(LEFT + 6, y + 24, WIDTH - 12, opinion, 10, leading=1.6)
    s.text(LEFT + 6, y + opinion_h - 28, "验收结论：", 10.5, bold=True)
    s.box(LEFT + 70, y + opinion_h - 29, checked=True)
    s.text(LEFT + 83, y + opinion_h - 28, "合格", 10.5)
    s.box(LEFT + 125, y + opinion_h - 29)
    s.text(LEFT + 138, y + opinion_h - 28, "不合格", 10.5)
    y += opinion_h
    sign_h = 64
    s.rect(LEFT, y, RIGHT, y + sign_h, 0.6)
    s.text(LEFT + 6, y + 6, "验收小组成员（签字）：", 10, bold=True)
    x = LEFT + 20
    for name in members:
        w = s.hand(x, y + 34, name, 4.4)
        x += max(w, 70) + 18
    y += sign_h
    block_h = 120
    s.rect(LEFT, y, LEFT + WIDTH / 2, y + block_h, 0.6)
    s.rect(LEFT + WIDTH / 2, y, RIGHT, y + block_h, 0.6)
    s.text(LEFT + 8, y + 8, "建设单位（盖章）：", 10.5)
    s.text(LEFT + WIDTH / 2 + 8, y + 8, "承建单位（盖章）：", 10.5)
    s.text(LEFT + 8, y + 60, "负责人（签字）：", 10)
    s.text(LEFT + WIDTH / 2 + 8, y + 60, "项目经理（签字）：", 10)
    s.hand(LEFT + 90, y + 60, members[0], 4.4)
    s.hand(LEFT + WIDTH / 2 + 100, y + 60, members[-1], 4.4)
    s.text(LEFT + 60, y + 94, date_upper(accepted), 10.5)
    s.text(LEFT + WIDTH / 2 + 60, y + 94, date_upper(accepted), 10.5)
    s.seal(
        LEFT + 130 + rng.uniform(-10, 10), y + 66 + rng.uniform(-6, 6), client_seal(rng, client), client.name
    )
    s.seal(
        LEFT + WIDTH / 2 + 140 + rng.uniform(-10, 10),
        y + 66 + rng.uniform(-6, 6),
        firm_seal(rng, firm, False),
        firm.name,
    )
    if supervisor:
        s.text(LEFT, y + block_h + 12, f"监理单位（盖章）：{supervisor}", 10)
        picture = ink.round_seal(rng, supervisor, "", "", 40, rng.uniform(-20, 20), 0.85, 0.35)
        s.seal(LEFT + 330, y + block_h + 22, picture, supervisor)
    fields: dict[str, object] = {
        "project_name": project,
        "party_a": client.name,
        "party_b": firm.name,
        "accepted_on": accepted.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    if supervisor:
        fields["third_party"] = supervisor
    return Paper("acceptance_report", [s], fields, "acceptance", facts={"accepted_on": accepted.isoformat()})
