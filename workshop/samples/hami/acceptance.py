"""Acceptance papers: the forms, letters and reports that close a project.

- ``form``: 项目竣工验收单, a ruled form with tick boxes for the verdict and a signature cell
  per party (建设单位, 承建单位 and, when there is one, 监理单位 with its own opinion);
  ``recheck`` prints a first inspection that asked for rectification (整改后复验) and the
  re-inspection that passed;
- ``letter``: the client's 验收意见 as an official letter (红头: the body's name in red over a
  red rule, a 〔year〕 number), passing or refusing (不同意验收，整改后复验);
- ``report_with_test``: a 项目验收报告 whose second page is the summary page of a third-party
  测试报告 with the testing centre's 检验检测专用章.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pymupdf

from jianzheng.models.document import DocType

from .binder import Paper
from .canvas import INK, RED, Sheet, seal_png
from .contract import Party
from .numerals import cn_date


@dataclass
class Closing:
    project_id: str
    name: str
    number: str
    a: Party
    b: Party
    started: dt.date
    finished: dt.date
    accepted: dt.date
    lines: list[str]
    passed: bool = True
    supervisor: str = ""
    lab: str = ""


def _fields(c: Closing, sealed: bool = True, third_party: str = "") -> dict[str, object]:
    out: dict[str, object] = {
        "project_name": c.name,
        "party_a": c.a.name,
        "party_b": c.b.name,
        "accepted_on": c.accepted.isoformat(),
        "conclusion": "passed" if c.passed else "failed",
        "has_seal": sealed,
    }
    if third_party:
        out["third_party"] = third_party
    return out


def _hand_date(s: Sheet, x: float, y: float, d: dt.date, rng: random.Random) -> None:
    """年 月 日 printed, the numbers written in by hand."""
    for value, unit in ((d.year, "年"), (d.month, "月"), (d.day, "日")):
        x += s.hand(x, y, str(value), 11, rng) - 3
        s.text(x, y, unit, 9.5)
        x += 14


def form(
    c: Closing, rng: random.Random, recheck: dt.date | None = None, contract_number: bool = True
) -> Paper:
    """项目竣工验收单. ``recheck``: the date of a first inspection that asked for rectification;
    ``c.accepted`` is then the re-inspection that passed."""
    doc = pymupdf.open()
    s = Sheet.new(doc)
    s.center(70, "项目竣工验收单", 19, bold=True)
    s.right(523, 96, f"编号：YS-{c.accepted.year}-{rng.randint(1, 99):03d}", 9)
    spec: list[tuple[float, list[float]]] = [
        (30.0, [90.0, 361.0]),
        (26.0, [90.0, 361.0]),
        (34.0, [90.0, 361.0]),
        (34.0, [90.0, 361.0]),
    ]
    labels = [
        ("项目名称", c.name),
        ("合同编号", c.number if contract_number else ""),
        ("建设单位", c.a.name),
        ("承建单位", c.b.name),
    ]
    if c.supervisor:
        spec.append((30.0, [90.0, 361.0]))
        labels.append(("监理单位", c.supervisor))
    spec += [
        (26.0, [90.0, 135.5, 90.0, 135.5]),
        (84.0, [90.0, 361.0]),
        (96.0 if recheck else 70.0, [90.0, 361.0]),
    ]
    rows = s.rows(72, 106, spec)
    for r, (lab, val) in enumerate(labels):
        s.cell(rows[r][0], lab, 9.5, align="center")
        s.cell(rows[r][1], val, 9.5)
    r = len(labels)
    s.cell(rows[r][0], "开工日期", 9.5, align="center")
    s.cell(rows[r][1], cn_date(c.started), 9.5)
    s.cell(rows[r][2], "竣工日期", 9.5, align="center")
    s.cell(rows[r][3], cn_date(c.finished), 9.5)
    r += 1
    s.cell(rows[r][0], "验收内容", 9.5, align="center")
    s.cell(
        rows[r][1],
        "；".join(f"{i + 1}．{x}" for i, x in enumerate(c.lines))
        + "。以上内容已按合同及技术要求安装调试完毕，试运行正常，竣工资料齐全。",
        9.5,
        leading=1.5,
    )
    r += 1
    s.cell(rows[r][0], "验收结论", 9.5, align="center")
    box = rows[r][1]
    y = box.y0 + 20
    if recheck:
        s.text(
            box.x0 + 6,
            y,
            f"{cn_date(recheck)}初验：发现部分点位未调试完毕、竣工资料不全，要求整改后复验。",
            9,
        )
        y += 18
        s.text(box.x0 + 6, y, f"{cn_date(c.accepted)}复验：整改内容已全部完成，复验合格。", 9)
        y += 22
    else:
        s.text(box.x0 + 6, y, f"验收日期：{cn_date(c.accepted)}", 9.5)
        y += 24
    x = box.x0 + 6
    for label, ticked in (("验收合格", c.passed), ("整改后复验", False), ("不合格", not c.passed)):
        s.checkbox(x, y, ticked)
        s.text(x + 11, y, label, 9.5)
        x += 92
    # signature row
    parts = [("建设单位（盖章）", c.a.name, ""), ("承建单位（盖章）", c.b.name, "合同专用章")]
    if c.supervisor:
        parts.append(("监理单位（盖章）", c.supervisor, "项目监理机构"))
    top = box.y1
    wcell = 451.0 / len(parts)
    cells = s.rows(72, top, [(150.0, [wcell] * len(parts))])[0]
    for cell, (title, name, bottom) in zip(cells, parts, strict=True):
        s.text(cell.x0 + 6, cell.y0 + 18, title, 9.5, bold=True)
        if title.startswith("监理"):
            s.text(cell.x0 + 6, cell.y0 + 38, "监理意见：同意验收", 9)
            s.text(cell.x0 + 6, cell.y0 + 70, "总监理工程师：", 9)
        else:
            s.text(cell.x0 + 6, cell.y0 + 70, "负责人（签字）：", 9)
        s.hand(cell.x0 + 76, cell.y0 + 72, _someone(rng), 13, rng, INK)
        _hand_date(s, cell.x0 + 18, cell.y0 + 128, c.accepted, rng)
        s.seal(
            cell.x0 + wcell / 2 + rng.uniform(-12, 12),
            cell.y0 + 92 + rng.uniform(-8, 8),
            seal_png(name, rng, bottom=bottom),
            104,
        )
    s.text(
        72,
        top + 172,
        "注：本验收单一式三份，建设单位、承建单位、监理单位各执一份。"
        if c.supervisor
        else "注：本验收单一式两份，建设单位、承建单位各执一份。",
        8.5,
    )
    return Paper(
        DocType.acceptance_report,
        doc,
        [s],
        _fields(c, third_party=c.supervisor),
        project_id=c.project_id,
        marks={"date": 0, "conclusion": 0},
        note="acceptance form",
    )


def _someone(rng: random.Random) -> str:
    from .world import person_name

    return person_name(rng, uyghur=0.2)


def letter(c: Closing, rng: random.Random, issuer_short: str) -> Paper:
    """The client's 验收意见 as a 红头 letter; ``c.passed`` False: 不同意验收，整改后复验."""
    doc = pymupdf.open()
    s = Sheet.new(doc)
    s.center(96, c.a.name, 24 if len(c.a.name) <= 14 else 19, color=RED, bold=True)
    s.center(138, f"{issuer_short}函〔{c.accepted.year}〕{rng.randint(8, 96)}号", 11)
    s.line(72, 150, 523, 150, 1.6, RED)
    title = f"关于{c.name}验收意见的函"
    from .canvas import wrap

    y = 196.0
    for line in wrap(title, 400, 16):
        s.center(y, line, 16, bold=True)
        y += 26
    y += 10
    s.text(72, y, f"{c.b.name}：", 11)
    y += 28
    y = s.para(
        72,
        y,
        451,
        f"你公司承建的{c.name}（合同编号：{c.number}），已按合同约定完成{'、'.join(c.lines)}等建设内容，并于{cn_date(c.finished)}提交了竣工验收申请。",
        11,
        indent=2,
    )
    y = s.para(
        72,
        y,
        451,
        f"{cn_date(c.accepted)}，我单位组织相关科室及特邀专家组成验收组，采取听取汇报、现场查验、系统测试和查阅资料相结合的方式对项目进行了验收。",
        11,
        indent=2,
    )
    if c.passed:
        body = "验收组认为：项目建设内容与合同约定一致，设备数量及配置符合要求，系统运行稳定，技术文档和竣工资料齐全。经研究，同意该项目通过验收，验收合格。"
        tail = "请你公司按合同约定做好质保期内的运行维护和技术支持工作。"
    else:
        body = "验收组发现以下问题：一是部分前端设备未完成联调，在线率未达到合同要求；二是平台部分功能模块与技术规范不符；三是竣工资料、培训记录不完整。经研究，不同意验收。"
        tail = "请你公司在三十日内完成整改，整改完成后重新提出验收申请，我单位将组织复验。"
    y = s.para(72, y, 451, body, 11, indent=2)
    y = s.para(72, y, 451, tail, 11, indent=2)
    s.text(72 + 22, y + 4, "特此函告。", 11)
    s.right(500, y + 80, c.a.name, 11)
    s.right(492, y + 104, cn_date(c.accepted, "ymd"), 11)
    s.seal(440 + rng.uniform(-10, 10), y + 82 + rng.uniform(-6, 6), seal_png(c.a.name, rng), 116)
    s.text(72, 770, f"（联系人：{c.a.agent}　联系电话：{c.a.phone}）", 9)
    return Paper(
        DocType.acceptance_report,
        doc,
        [s],
        _fields(c),
        project_id=c.project_id,
        marks={"date": 0, "conclusion": 0},
        note="acceptance letter",
    )


def report_with_test(c: Closing, rng: random.Random, test_date: dt.date, report_no: str) -> Paper:
    """项目验收报告 (one page) followed by the summary page of the lab's 测试报告."""
    doc = pymupdf.open()
    s = Sheet.new(doc)
    s.center(72, "项目验收报告", 19, bold=True)
    rows = s.rows(
        72,
        96,
        [
            (28.0, [90.0, 361.0]),
            (28.0, [90.0, 361.0]),
            (28.0, [90.0, 361.0]),
            (28.0, [90.0, 135.5, 90.0, 135.5]),
            (28.0, [90.0, 361.0]),
        ],
    )
    vals = [("项目名称", c.name), ("建设单位", c.a.name), ("承建单位", c.b.name)]
    for r, (lab, val) in enumerate(vals):
        s.cell(rows[r][0], lab, 9.5, align="center")
        s.cell(rows[r][1], val, 9.5)
    s.cell(rows[3][0], "合同编号", 9.5, align="center")
    s.cell(rows[3][1], c.number, 9)
    s.cell(rows[3][2], "验收日期", 9.5, align="center")
    s.cell(rows[3][3], cn_date(c.accepted), 9.5)
    s.cell(rows[4][0], "第三方测试", 9.5, align="center")
    s.cell(rows[4][1], f"{c.lab}（报告编号：{report_no}）", 9)
    y = 260.0
    s.text(72, y, "一、验收组成员", 11, bold=True)
    members = s.rows(72, y + 10, [(22.0, [40.0, 90.0, 221.0, 100.0])] * 5)
    for j, h in enumerate(("序号", "姓名", "工作单位", "职务/职称")):
        s.cell(members[0][j], h, 9, align="center", bold=True)
    units = [c.a.name, c.a.name, "特邀专家", "特邀专家"]
    titles = ["组长", "组员", "高级工程师", "高级工程师"]
    for i in range(4):
        s.cell(members[i + 1][0], str(i + 1), 9, align="center")
        s.cell(members[i + 1][1], _someone(rng), 9, align="center")
        s.cell(members[i + 1][2], units[i], 9)
        s.cell(members[i + 1][3], titles[i], 9, align="center")
    y += 10 + 22 * 5 + 26
    s.text(72, y, "二、验收意见", 11, bold=True)
    y = s.para(
        72,
        y + 22,
        451,
        f"验收组听取了承建单位的项目建设汇报，查阅了{c.lab}出具的测试报告（{report_no}），对照合同逐项核验了{'、'.join(c.lines)}等建设内容。验收组认为：项目按合同要求完成了全部建设内容，系统功能、性能满足设计要求，测试结论为通过，文档资料齐全。",
        10.5,
        indent=2,
    )
    y = s.para(72, y, 451, "验收结论：验收合格，同意通过验收。", 10.5, indent=2, bold=True)
    s.text(72, y + 30, "验收组组长（签字）：", 10.5)
    s.hand(180, y + 32, _someone(rng), 14, rng, INK)
    s.text(320, y + 70, "建设单位（盖章）", 10.5)
    _hand_date(s, 330, y + 100, c.accepted, rng)
    s.seal(370 + rng.uniform(-10, 10), y + 72, seal_png(c.a.name, rng), 112)

    t = Sheet.new(doc)
    t.text(72, 70, f"报告编号：{report_no}", 10)
    t.right(523, 70, "第 1 页 共 26 页", 9)
    t.center(150, "测 试 报 告", 28, bold=True)
    t.center(180, "TEST REPORT", 11)
    info = t.rows(100, 240, [(32.0, [110.0, 285.0])] * 6)
    for r, (lab, val) in enumerate(
        (
            ("项目名称", c.name),
            ("委托单位", c.b.name),
            ("建设单位", c.a.name),
            ("测试类别", "委托测试（项目验收测试）"),
            ("测试依据", "GB/T 25000.51-2016；GB/T 22239-2019；项目技术要求"),
            ("测试结论", "通过"),
        )
    ):
        t.cell(info[r][0], lab, 10.5, align="center")
        t.cell(info[r][1], val, 10.5)
    t.para(
        100,
        470,
        395,
        "经测试，被测系统功能、性能、安全性与可靠性均满足项目技术要求，测试结论：通过。（以下空白）",
        10.5,
        indent=2,
    )
    t.text(330, 600, c.lab, 10.5)
    t.text(360, 624, f"签发日期：{cn_date(test_date)}", 10)
    t.seal(400, 600, seal_png(c.lab, rng, bottom="检验检测专用章"), 116)
    t.text(100, 560, "批准：", 10)
    t.hand(134, 561, _someone(rng), 13, rng, INK)
    t.text(100, 585, "审核：", 10)
    t.hand(134, 586, _someone(rng), 13, rng, INK)
    t.text(100, 610, "主检：", 10)
    t.hand(134, 611, _someone(rng), 13, rng, INK)
    t.text(
        72,
        780,
        f"地址：新疆乌鲁木齐市高新区（新市区）{rng.randint(1, 500)}号　电话：0991-{rng.randint(3000000, 8999999)}",
        8,
    )
    return Paper(
        DocType.acceptance_report,
        doc,
        [s, t],
        _fields(c, third_party=c.lab),
        project_id=c.project_id,
        marks={"date": 0, "conclusion": 0},
        note="acceptance report with test report",
    )
