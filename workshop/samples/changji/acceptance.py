"""Acceptance papers: a ticked 验收单, a client's 验收意见 letter, 初验/终验 reports, a testing
centre's 测试报告 and a construction 竣工验收报告 signed by the 监理单位."""

from __future__ import annotations

import datetime as dt
import random

from jianzheng.models.document import DocType

from .cast import Company, person
from .deal import Deal, cn_date, iso, upper_date
from .filing import Paper
from .flow import Cell, Flow
from .layout import INK_BLUE, Seal, Signature, Text, Tick
from .signing import stamp

PASSED = {"同意验收", "验收合格", "整改后复验合格", "通过"}


def _fields(
    deal: Deal,
    conclusion: str,
    *,
    sealed: bool,
    third_party: str | None = None,
    accepted_on: dt.date | None = None,
    dated: bool = True,
) -> dict[str, object]:
    out: dict[str, object] = {
        "project_name": deal.name,
        "party_a": deal.client.name,
        "party_b": deal.supplier.name,
        "conclusion": "passed" if conclusion in PASSED else "failed",
        "has_seal": sealed,
    }
    if dated:
        out["accepted_on"] = iso(accepted_on or deal.accepted_on)
    if third_party:
        out["third_party"] = third_party
    return out


def checklist(deal: Deal, rng: random.Random, *, conclusion: str = "同意验收", sealed: bool = True) -> Paper:
    """项目验收单: a one-page form with tick boxes, both parties' seals, dates in pen."""
    a, b = deal.client, deal.supplier
    flow = Flow(margins=(60, 60, 60, 50))
    flow.title("信息化项目验收单", 20, gap=16)
    flow.line(f"编号：YS-{deal.accepted_on.year}-{rng.randrange(10, 99)}", 10, align="right")
    widths = [1.2, 2.6, 1.1, 1.6]
    flow.table(
        widths,
        [
            ["项目名称", Cell(deal.name, span=3)],
            ["建设单位", Cell(a.name, span=3)],
            ["承建单位", Cell(b.name, span=3)],
            ["合同编号", deal.number, "验收日期", Cell(cn_date(deal.accepted_on), hand=True)],
        ],
        size=10.5,
        pad=7,
        min_height=26,
    )
    items = [
        "建设内容与合同一致",
        "软硬件设备到货并安装调试完毕",
        "系统功能、性能满足需求",
        "技术文档及培训资料齐全",
        "试运行期间运行稳定",
    ]
    content = flow.table(
        widths, [[Cell("验收内容", "center"), Cell("", span=3)]], size=10.5, min_height=len(items) * 17 + 14
    )
    left = flow.left + flow.inner * 1.2 / 6.5 + 8
    y = content[0][0] + 9
    for item in items:
        flow.place(Tick(left, y, 8, True, seed=rng.randrange(1 << 30)), Text(left + 14, y + 8, item, 10))
        y += 17
    verdict = flow.table(widths, [[Cell("验收结论", "center"), Cell("", span=3)]], size=10.5, min_height=34)
    y = verdict[0][0] + 12
    options = (
        ["同意验收", "不同意验收"] if conclusion in ("同意验收", "不同意验收") else [conclusion, "不合格"]
    )
    x = left
    for option in options:
        flow.place(
            Tick(x, y, 9, option == conclusion, seed=rng.randrange(1 << 30)),
            Text(x + 14, y + 8.5, option, 11),
        )
        x += 120
    flow.y = verdict[0][1] + 20
    two = flow.left + flow.inner / 2 + 10
    top = flow.y
    flow.place(
        Text(flow.left, top + 12, "建设单位（盖章）：", 10.5), Text(two, top + 12, "承建单位（盖章）：", 10.5)
    )
    flow.place(Text(flow.left, top + 44, "负责人签字：", 10.5), Text(two, top + 44, "负责人签字：", 10.5))
    flow.place(Signature(flow.left + 70, top + 50, a.legal_rep, seed=rng.randrange(1 << 30)))
    flow.place(Signature(two + 70, top + 50, b.legal_rep, seed=rng.randrange(1 << 30)))
    flow.place(
        Text(
            flow.left,
            top + 80,
            cn_date(deal.accepted_on),
            12,
            hand=True,
            colour=INK_BLUE,
            seed=rng.randrange(1 << 30),
        )
    )
    flow.place(
        Text(
            two,
            top + 80,
            cn_date(deal.accepted_on),
            12,
            hand=True,
            colour=INK_BLUE,
            seed=rng.randrange(1 << 30),
        )
    )
    if sealed:
        flow.place(
            stamp(a, flow.left + 130, top + 40, rng, foot=""), stamp(b, two + 130, top + 42, rng, foot="")
        )
    flow.y = top + 100
    return Paper(DocType.acceptance_report, flow.finish(), _fields(deal, conclusion, sealed=sealed), deal.pid)


def opinion_letter(
    deal: Deal,
    rng: random.Random,
    *,
    conclusion: str = "同意验收",
    third_party: str | None = None,
    members: int = 5,
    upper: bool = True,
    sealed: bool = True,
) -> Paper:
    """关于……项目的验收意见: a letter from the client after the acceptance meeting."""
    a, b = deal.client, deal.supplier
    flow = Flow(margins=(78, 70, 78, 70), body=12)
    flow.title(f"关于{deal.name}的", 17, gap=4)
    flow.title("验 收 意 见", 20, gap=18)
    flow.para(
        f"{cn_date(deal.accepted_on)}，{a.name}组织召开{deal.name}验收会。验收组由{members}名专家及建设单位、"
        f"承建单位（{b.name}）代表组成。"
        + (f"{third_party}作为第三方出具了测试报告。" if third_party else "")
    )
    flow.para(
        "验收组听取了承建单位的建设情况汇报，审阅了项目文档，现场查看了系统运行情况，经质询和讨论，形成意见如下："
    )
    flow.para("一、项目按合同要求完成了全部建设内容，系统功能和性能满足设计要求。", indent=2)
    flow.para("二、项目文档资料基本齐全、规范，符合归档要求。", indent=2)
    flow.para("三、系统试运行期间运行稳定，用户反映良好。", indent=2)
    if conclusion == "整改后复验合格":
        flow.para(
            "首次验收时验收组提出的四项问题，承建单位已按要求完成整改，经复验，整改内容符合要求。", indent=2
        )
        flow.para("验收结论：整改后复验合格，同意通过验收。", indent=2, bold=True)
    elif conclusion in PASSED:
        flow.para(f"验收组一致认为，该项目{conclusion}。", indent=2, bold=True)
    else:
        flow.para("四、部分功能模块与合同约定不符，数据接口尚未打通，系统未完成试运行。", indent=2)
        flow.para("验收结论：不同意验收，请承建单位整改后重新申请验收。", indent=2, bold=True)
    flow.para("建议：进一步加强系统运维管理和数据安全防护。", indent=2)
    flow.space(40)
    x = flow.width - flow.right - 200
    _, base = flow.line(a.name, 12, x=x)
    day = upper_date(deal.accepted_on) if upper else cn_date(deal.accepted_on)
    flow.line(day, 12, x=x + 20)
    if sealed:
        flow.place(stamp(a, x + 90, base + 6, rng, foot=""))
    fields = _fields(deal, conclusion, sealed=sealed, third_party=third_party)
    return Paper(DocType.acceptance_report, flow.finish(), fields, deal.pid)


def stage_report(
    deal: Deal,
    rng: random.Random,
    *,
    stage: str,
    day: dt.date,
    conclusion: str = "验收合格",
    supervisor: str | None = None,
    experts: int = 5,
) -> Paper:
    """初步验收报告 / 终验报告: facts, basis, process, conclusion, and a signed expert list."""
    a, b = deal.client, deal.supplier
    flow = Flow(footer="第{n}页")
    flow.space(60)
    flow.title(deal.name, 18, gap=10)
    flow.title(f"{stage}报告", 24, spacing=3, gap=120)
    flow.pairs(
        [("建设单位：", a.name), ("承建单位：", b.name)]
        + ([("监理单位：", supervisor)] if supervisor else [])
        + [("验收时间：", cn_date(day))],
        90,
        size=13,
    )
    flow.new_page()
    flow.line("一、项目概况", bold=True)
    flow.para(
        f"{deal.name}（合同编号：{deal.number}）由{a.name}建设，{b.name}承建，合同于{cn_date(deal.signed_on)}签订。"
    )
    flow.line("二、验收依据", bold=True)
    flow.para(
        "项目合同及技术附件；《信息技术服务 运行维护》GB/T 28827系列标准；《信息安全技术 网络安全等级保护基本要求》GB/T 22239-2019。"
    )
    flow.line("三、验收过程", bold=True)
    flow.para(
        "验收组查阅了需求规格说明书、设计文档、测试报告、试运行报告和用户使用报告，对系统功能逐项进行了现场核验。"
    )
    flow.line("四、验收结论", bold=True)
    if conclusion in PASSED:
        flow.para(f"经验收组审议，{deal.name}{stage}结论：{conclusion}。")
    else:
        flow.para(f"经验收组审议，项目尚存在较多问题，{stage}结论：{conclusion}。")
    flow.line("五、验收组成员", bold=True)
    rows: list[list[Cell | str]] = [
        [
            Cell("序号", "center"),
            Cell("姓名", "center"),
            Cell("单位", "center"),
            Cell("职称", "center"),
            Cell("签字", "center"),
        ]
    ]
    units = [a.name, "昌吉学院", "新疆大学", b.name] + ([supervisor] if supervisor else [])
    names = []
    for k in range(experts):
        name = person(rng)
        names.append(name)
        rows.append(
            [
                Cell(str(k + 1), "center"),
                name,
                units[k % len(units)],
                rng.choice(["高级工程师", "副教授", "工程师", "正高级工程师"]),
                "",
            ]
        )
    spans = flow.table([0.6, 1.2, 3.6, 1.4, 1.4], rows, size=9.5, min_height=24)
    for k, name in enumerate(names):
        flow.place(
            Signature(
                flow.left + flow.inner * 6.9 / 8.2,
                spans[k + 1][0] + 18,
                name,
                size=11,
                seed=rng.randrange(1 << 30),
            )
        )
    flow.space(30)
    top = flow.y
    cols = (
        [flow.left, flow.left + flow.inner / 3, flow.left + 2 * flow.inner / 3]
        if supervisor
        else [flow.left, flow.left + flow.inner / 2]
    )
    parties: list[tuple[str, Company | str]] = [("建设单位（盖章）", a), ("承建单位（盖章）", b)]
    if supervisor:
        parties.append(("监理单位（盖章）", supervisor))
    for x, (label, who) in zip(cols, parties, strict=False):
        flow.place(Text(x, top + 12, label, 10.5))
        flow.place(Text(x, top + 70, cn_date(day), 10.5))
        if isinstance(who, Company):
            flow.place(stamp(who, x + 55, top + 40, rng, foot=""))
        else:
            flow.place(Seal(x + 55, top + 40, 38, who, foot="", seed=rng.randrange(1 << 30)))
    flow.y = top + 90
    fields = _fields(deal, conclusion, sealed=True, third_party=supervisor, accepted_on=day)
    return Paper(DocType.acceptance_report, flow.finish(), fields, deal.pid)


def test_report(deal: Deal, rng: random.Random, *, centre: Company, day: dt.date, report_no: str) -> Paper:
    """A testing centre's 测试报告: cover, statement page and conclusion, the centre's seal on it."""
    a, b = deal.client, deal.supplier
    flow = Flow(footer="报告编号：" + report_no + "    第 {n} 页 共 2 页")
    flow.line(f"报告编号：{report_no}", 11, align="right")
    flow.space(80)
    flow.title("软件测试报告", 28, spacing=4, gap=70)
    flow.pairs(
        [
            ("项目名称：", deal.name),
            ("委托单位：", a.name),
            ("承建单位：", b.name),
            ("测试类别：", "委托测试（验收测试）"),
        ],
        90,
        size=13,
    )
    flow.space(130)
    _, base = flow.line(centre.name, 14, align="center")
    flow.line(cn_date(day), 13, align="center")
    flow.place(stamp(centre, flow.width / 2, base + 4, rng, foot="检验检测专用章", radius=42))
    flow.new_page()
    flow.title("测 试 结 论", 16, gap=10)
    spans = flow.table(
        [1.3, 4.2],
        [
            ["项目名称", deal.name],
            ["委托单位", a.name],
            ["承建单位", b.name],
            ["测试依据", "GB/T 25000.51-2016《系统与软件工程 系统与软件质量要求和评价（SQuaRE）第51部分》"],
            ["测试时间", f"{cn_date(day - dt.timedelta(days=12))}至{cn_date(day - dt.timedelta(days=3))}"],
            [
                "测试结论",
                "被测系统的功能性、可靠性、易用性、信息安全性和兼容性满足需求规格说明书要求，测试结论：通过。",
            ],
            ["签发日期", cn_date(day)],
        ],
        size=10.5,
        pad=7,
    )
    flow.space(20)
    y = flow.y + 14
    flow.place(
        Text(flow.left, y, "主检：", 10.5),
        Signature(flow.left + 40, y + 4, _tester(rng), size=12, seed=rng.randrange(1 << 30)),
    )
    flow.place(
        Text(flow.left + 150, y, "审核：", 10.5),
        Signature(flow.left + 190, y + 4, _tester(rng), size=12, seed=rng.randrange(1 << 30)),
    )
    flow.place(
        Text(flow.left + 300, y, "批准：", 10.5),
        Signature(flow.left + 340, y + 4, _tester(rng), size=12, seed=rng.randrange(1 << 30)),
    )
    flow.place(
        stamp(centre, flow.left + flow.inner - 80, spans[-1][0] - 10, rng, foot="检验检测专用章", radius=42)
    )
    fields: dict[str, object] = {
        "project_name": deal.name,
        "party_a": a.name,
        "party_b": b.name,
        "conclusion": "passed",
        "has_seal": True,
        "third_party": centre.name,
    }
    return Paper(DocType.acceptance_report, flow.finish(), fields, deal.pid)


def _tester(rng: random.Random) -> str:
    return person(rng)


def completion_report(deal: Deal, rng: random.Random, *, supervisor: Company, designer: str) -> Paper:
    """工程竣工验收报告 of a construction contract: each unit's opinion, signature and seal."""
    a, b = deal.client, deal.supplier
    flow = Flow(margins=(56, 56, 56, 50))
    flow.title("工程竣工验收报告", 20, gap=12)
    flow.table(
        [1.2, 3.2, 1.1, 1.8],
        [
            ["工程名称", Cell(deal.name, span=3)],
            ["建设单位", a.name, "合同编号", deal.number],
            ["施工单位", b.name, "开工日期", cn_date(deal.signed_on)],
            ["监理单位", supervisor.name, "竣工验收日期", cn_date(deal.accepted_on)],
        ],
        size=9.5,
        pad=6,
    )
    rows = [
        ("施工单位意见", "工程已按设计图纸及合同约定全部完成，自检合格，申请竣工验收。", b),
        ("监理单位意见", "工程施工质量符合设计和规范要求，资料齐全，同意验收。", supervisor),
        ("设计单位意见", "工程按设计要求施工，满足设计使用功能。", None),
        ("建设单位意见", "经竣工验收组验收，工程质量合格，同意验收。", a),
    ]
    for label, opinion, who in rows:
        spans = flow.table([1.2, 6.1], [[Cell(label, "center"), opinion]], size=10, pad=8, min_height=96)
        top, bottom = spans[0]
        x = flow.left + flow.inner * 1.2 / 7.3 + 8
        name = who.name if isinstance(who, Company) else designer
        flow.place(Text(x, bottom - 30, f"（盖章）{name}", 9.5))
        flow.place(Text(x + 250, bottom - 12, cn_date(deal.accepted_on), 10))
        flow.place(Text(x, bottom - 12, "项目负责人：", 9.5))
        flow.place(
            Signature(
                x + 64,
                bottom - 6,
                who.legal_rep if isinstance(who, Company) else "王振宇",
                size=11,
                seed=rng.randrange(1 << 30),
            )
        )
        if isinstance(who, Company):
            flow.place(stamp(who, x + 300, top + 44, rng, foot=""))
    fields = _fields(deal, "同意验收", sealed=True, third_party=supervisor.name)
    return Paper(DocType.acceptance_report, flow.finish(), fields, deal.pid)
