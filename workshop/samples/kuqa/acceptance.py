"""Acceptance papers: the client's one-page 验收意见 letter (prose, signed and sealed by the client only), the
third-party 软件测试报告 of a 软件评测中心 (cover with the CMA mark, conclusion page under the centre's seal),
and the client's 项目验收确认单 that rests on it."""

from __future__ import annotations

import datetime as dt

from .model import Deal, Paper
from .paint import Canvas
from .world import Firm, date_cn, date_cn0, date_han, person

L, R = 72.0, 523.0
W = R - L


def letter(deal: Deal, firm: Firm, paper: Paper) -> None:
    """验收意见: the client's letter; pass, or (deal.test_passed False) 需整改后复验."""
    c = paper.new()
    rng = c.rng
    c.center(297, 96, f"关于{deal.name}", 16, bold=True)
    c.center(297, 122, "验 收 意 见", 18, bold=True)
    y = 166.0
    members = rng.randint(5, 7)
    contract_word = (
        "技术服务合同"
        if deal.kind == "service"
        else "技术开发（委托）合同"
        if deal.kind == "develop"
        else "运行维护服务合同"
    )
    y = c.para(
        L,
        y,
        W,
        f"{date_han(deal.accepted)}，{deal.client.name}组织信息化、财务及使用科室等有关人员共{members}人组成验收组，"
        f"对{firm.name}承担的{deal.name}进行了验收。验收组听取了项目实施情况汇报，查阅了合同、实施方案、"
        "测试记录、运行日志及用户使用报告等资料，并进行了现场检查和功能演示。经认真讨论，形成验收意见如下：",
        11,
        1.8,
    )
    if deal.test_passed:
        points = (
            f"一、项目按照双方签订的《{contract_word}》约定的内容、范围和技术要求完成了全部建设（服务）任务。",
            "二、系统部署规范，运行稳定，各项功能满足业务需求，数据安全措施到位。",
            "三、项目技术文档、运维记录和培训资料齐全，符合归档要求。",
            "验收结论：验收组一致同意该项目通过验收。",
        )
    else:
        points = (
            f"一、项目基本完成了《{contract_word}》约定的建设（服务）内容。",
            "二、系统部分功能模块尚未达到合同技术要求，接口联调不完整，试运行期间出现多次数据同步异常。",
            "三、项目技术文档不齐全，用户培训记录缺失。",
            "验收结论：该项目暂不通过验收，需整改后复验。请承建单位在三十日内完成整改，并重新提交验收申请。",
        )
    for p in points:
        y = c.para(L, y + 4, W, p, 11, 1.8)
    paper.marks["verdict"] = paper.pages - 1
    y += 34
    c.text(L, y, "验收组组长（签字）：", 11)
    c.signature(L + 112, y, 58)
    c.text(L, y + 34, "验收组成员（签字）：", 11)
    for k in range(min(members - 1, 4)):
        c.signature(L + 112 + k * 72, y + 34, 52)
    y += 120
    c.right(R - 20, y, deal.client.name + "（盖章）", 11.5)
    c.right(R - 36, y + 30, date_han(deal.accepted), 11.5)
    c.seal(R - 110 + rng.uniform(-12, 12), y + 6 + rng.uniform(-10, 6), deal.client.name, "", radius=56)
    paper.fields.update(
        {
            "project_name": deal.name,
            "party_a": deal.client.name,
            "party_b": firm.name,
            "accepted_on": deal.accepted.isoformat(),
            "conclusion": "passed" if deal.test_passed else "failed",
            "has_seal": True,
        }
    )


def _cma(c: Canvas, x: float, y: float, number: str) -> None:
    """The CMA mark: the three letters in an outlined frame with the certificate number under it."""
    c.page.draw_rect((x, y, x + 62, y + 34), color=(0.0, 0.0, 0.0), width=1.6, radius=0.25)
    c.page.insert_text((x + 5, y + 27), "CMA", fontsize=23, fontname="hebo", color=(0.0, 0.0, 0.0))
    c.page.insert_text((x - 4, y + 46), number, fontsize=8.5, fontname="helv", color=(0.0, 0.0, 0.0))


def test_report(deal: Deal, firm: Firm, paper: Paper) -> None:
    """软件测试报告: cover and 测试结论 page, under the centre's 检验检测专用章."""
    centre, prefix = deal.test_centre
    issued = deal.test_issued or deal.accepted
    c = paper.new()
    rng = c.rng
    cma_no = "".join(rng.choice("0123456789") for _ in range(12))
    _cma(c, L, 70, cma_no)
    c.right(R, 90, f"报告编号：{deal.test_report_no}", 10.5)
    c.spaced(297, 250, "软件测试报告", 30, 12)
    c.center(297, 290, "（验收测试）", 14)
    cover_rows = (
        ("软件名称：", deal.system),
        ("项目名称：", deal.name),
        ("委托单位：", deal.client.name),
        ("开发单位：", firm.name),
        ("测试类别：", "验收测试"),
    )
    y = 400.0
    for label, value in cover_rows:
        c.text(110, y, label, 13)
        c.line(190, y + 4, 500, y + 4, 0.5)
        c.text(194, y, value, 13 if len(value) <= 22 else 11 if len(value) <= 26 else 9.5)
        y += 38
    c.center(297, 700, centre, 15, bold=True)
    c.center(297, 728, date_cn(issued), 13)
    c.seal(360 + rng.uniform(-20, 20), 700 + rng.uniform(-8, 8), centre, "检验检测专用章", radius=50)
    c.text(
        L,
        792,
        "本报告无本中心“检验检测专用章”无效；报告涂改无效；未经本中心书面批准，不得部分复制本报告。",
        8,
    )

    c = paper.new()
    c.center(297, 80, "测 试 结 论", 17, bold=True)
    c.right(R, 104, f"报告编号：{deal.test_report_no}    第 2 页 共 2 页", 9)
    start = issued - dt.timedelta(days=rng.randint(12, 25))
    end = issued - dt.timedelta(days=rng.randint(2, 5))
    info = [
        ["软件名称", deal.system, "版本号", "V" + rng.choice(("1.0", "1.0.2", "2.1", "3.0"))],
        ["委托单位", "<<" + deal.client.name, "", ""],
        ["开发单位", "<<" + firm.name, "", ""],
        [
            "测试依据",
            "<<GB/T 25000.51-2016《系统与软件工程 系统与软件质量要求和评价（SQuaRE）第51部分：就绪可用软件产品（RUSP）的质量要求和测试细则》；项目合同及需求规格说明书",
            "",
            "",
        ],
        ["测试时间", "<<" + f"{date_cn0(start)}至{date_cn0(end)}", "", ""],
        ["测试地点", "<<" + deal.client.name + "信息机房及业务科室", "", ""],
    ]
    y = c.grid(L, 116, [80, 210, 70, 91], info, [24, 22, 22, 46, 22, 22], 9.5, align=["c", "l", "c", "l"])
    items = (
        ("功能性", 46),
        ("性能效率", 8),
        ("兼容性", 6),
        ("易用性", 10),
        ("可靠性", 7),
        ("信息安全性", 12),
        ("维护性", 5),
    )
    failed = set() if deal.test_passed else set(rng.sample([0, 1, 5], 2))
    rows = [["质量特性", "测试项数", "通过项数", "不通过项数", "结论"]]
    for k, (name, count) in enumerate(items):
        bad = rng.randint(2, 5) if k in failed else 0
        rows.append([name, str(count), str(count - bad), str(bad), "不通过" if bad else "通过"])
    y = c.grid(
        L, y + 14, [110, 80, 80, 80, 101], rows, 20, 9.5, align=["c", "c", "c", "c", "c"], bold_first=True
    )
    if deal.test_passed:
        text = (
            f"经测试，{deal.system}实现了需求规格说明书规定的全部功能，性能效率、兼容性、易用性、可靠性、"
            "信息安全性和维护性满足合同及相关标准的要求，未发现严重及以上级别缺陷。"
        )
        verdict = "测试结论：通过。"
    else:
        text = (
            f"经测试，{deal.system}存在未实现的合同功能项和严重级别缺陷（详见附件缺陷清单），"
            "部分质量特性不满足合同及相关标准的要求。"
        )
        verdict = "测试结论：不通过。"
    y = c.para(L, y + 26, W, text, 11, 1.8)
    c.text(L + 22, y + 10, verdict, 13, bold=True)
    paper.marks["verdict"] = paper.pages - 1
    y += 70
    for k, role in enumerate(("主　　检：", "审　　核：", "批　　准：")):
        c.text(L, y + k * 34, role, 11)
        c.signature(L + 50, y + k * 34, 50)
    c.text(330, y + 68, "签发日期：" + date_cn(issued), 11)
    c.seal(420 + rng.uniform(-15, 15), y + 40, centre, "检验检测专用章", radius=50)
    paper.fields.update(
        {
            "project_name": deal.name,
            "party_a": deal.client.name,
            "party_b": firm.name,
            "conclusion": "passed" if deal.test_passed else "failed",
            "has_seal": True,
            "third_party": centre,
        }
    )
    del prefix


def confirmation(deal: Deal, firm: Firm, paper: Paper) -> None:
    """项目验收确认单: the client's form resting on the test report; only the client seals it."""
    c = paper.new()
    rng = c.rng
    c.center(297, 92, "项目验收确认单", 19, bold=True)
    centre = deal.test_centre[0]
    contract_word = "技术服务合同" if deal.kind == "service" else "技术开发（委托）合同"
    rows = [
        ["项目名称", "<<" + deal.name, "", ""],
        ["建设单位", "<<" + deal.client.name, "", ""],
        ["承建单位", "<<" + firm.name, "", ""],
        ["合同名称", contract_word, "合同签订日期", date_cn(deal.signed)],
        ["第三方测试机构", "<<" + centre, "", ""],
        ["测试报告编号", deal.test_report_no, "测试结论", "通过"],
        [
            "验收意见",
            "<<经审阅第三方测试报告、项目实施资料并现场核验，该项目已按合同约定完成全部建设内容，"
            "系统运行稳定，技术文档齐全，同意通过验收。",
            "",
            "",
        ],
        ["验收日期", "<<" + date_cn(deal.accepted), "", ""],
    ]
    y = c.grid(
        L, 122, [100, 160, 90, 101], rows, [34, 30, 30, 30, 30, 30, 96, 30], 10.5, align=["c", "l", "c", "l"]
    )
    y += 40
    c.text(L + 8, y, "建设单位经办人（签字）：", 11)
    c.signature(L + 150, y, 55)
    c.text(L + 8, y + 40, "建设单位负责人（签字）：", 11)
    c.signature(L + 150, y + 40, 55)
    c.text(330, y + 110, "建设单位（盖章）", 11.5)
    c.hand(330, y + 140, date_cn(deal.accepted), 12)
    c.seal(380 + rng.uniform(-10, 10), y + 110 + rng.uniform(-6, 6), deal.client.name, "", radius=56)
    c.text(L, 790, f"注：本确认单一式三份，建设单位、承建单位及档案室各执一份。经办：{person(rng)}", 8.5)
    paper.fields.update(
        {
            "project_name": deal.name,
            "party_a": deal.client.name,
            "party_b": firm.name,
            "accepted_on": deal.accepted.isoformat(),
            "conclusion": "passed",
            "has_seal": True,
            "third_party": centre,
        }
    )
