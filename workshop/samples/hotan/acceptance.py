"""Acceptance papers: 项目竣工验收报告 with 专家组意见 and 专家签到表, 验收证书, 验收会议纪要, and the
papers around them that are not acceptances (试运行报告, third-party 测试报告)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

import pymupdf

from . import people
from .filing import Doc
from .firmdata import Firm, Project
from .numerals import date_cn, date_dots, date_upper
from .paper import Sheet

CONCLUSIONS = {
    "同意验收": "passed",
    "验收合格": "passed",
    "基本合格": "passed",
    "整改后复验合格": "passed",
    "不予通过": "failed",
    "验收不合格": "failed",
}
LABS = ["新疆维吾尔自治区软件测评中心", "和田地区信息化测评中心", "新疆信息产品质量监督检验研究院"]
SUPERVISORS = ["新疆昆仑工程监理有限责任公司", "和田天正项目管理咨询有限公司", "新疆玉都建设监理有限公司"]


@dataclass
class Accept:
    style: str = "report"
    """report (竣工验收报告 + 专家签到表), certificate (验收证书), minutes (验收会议纪要)."""
    conclusion: str = "同意验收"
    date: dt.date | None = None
    date_fmt: Callable[[dt.date], str] = date_cn
    handwritten_date: bool = False
    seal: bool = True
    third_party: str = ""
    """A 监理 firm or testing lab named in the report (the ``third_party`` field)."""
    name: str | None = None
    bottom_date: bool = True


def _opinion(conclusion: str, name: str) -> str:
    if CONCLUSIONS[conclusion] == "failed":
        return (
            f"专家组听取了承建单位关于{name}的实施情况汇报，查看了现场并审阅了相关文档。专家组认为：系统部分功能"
            f"未实现，文档资料不齐全，性能测试未达到合同要求。验收结论：{conclusion}。请承建单位限期整改后重新申请验收。"
        )
    if conclusion == "整改后复验合格":
        return (
            f"首次验收提出的问题已全部整改完毕，专家组对{name}进行了复验，系统运行稳定，"
            f"各项指标满足合同要求。验收结论：{conclusion}。"
        )
    return (
        f"专家组听取了承建单位关于{name}的建设情况汇报，审阅了技术文档，进行了现场核查和功能测试。专家组认为："
        f"项目按合同要求完成了全部建设内容，系统运行稳定，文档资料齐全。验收结论：{conclusion}。"
    )


def acceptance(rng: random.Random, firm: Firm, proj: Project, a: Accept) -> Doc:
    date = a.date or proj.accepted_on
    name = a.name or proj.name
    doc = pymupdf.open()
    s = Sheet(doc, rng)
    title = {"report": "项目竣工验收报告", "certificate": "验 收 证 书", "minutes": "项目验收会议纪要"}[
        a.style
    ]
    s.center(80, title, 20)
    rows = [["项目名称", name], ["建设单位", proj.client], ["承建单位", firm.name]]
    if a.third_party:
        role = "监理单位" if "监理" in a.third_party or "管理" in a.third_party else "测试单位"
        rows.append([role, a.third_party])
    rows.append(["合同编号", proj.number])
    date_text = "" if a.handwritten_date else a.date_fmt(date)
    rows.append(["验收时间", date_text])
    rows.append(["验收地点", f"{proj.client}会议室"])
    y = s.table(60, 110, [110, 365], rows, size=10)
    date_cell_y = y - 18 - 18 + 12
    if a.handwritten_date:
        s.hand(178, date_cell_y + rng.uniform(-1, 1), a.date_fmt(date), 12)
    y += 25
    if a.style == "minutes":
        s.text(60, y, "参会单位及人员：", 11, bold=True)
        y = (
            s.para(
                70,
                y + 20,
                f"{proj.client}、{firm.name}"
                + (f"、{a.third_party}" if a.third_party else "")
                + "及特邀专家共"
                + str(rng.randrange(5, 9))
                + "人。",
                10.5,
                max_w=450,
            )
            + 8
        )
        s.text(60, y, "会议议定事项：", 11, bold=True)
        y += 20
    else:
        s.text(60, y, "专家组意见：" if a.style == "report" else "验收意见：", 11, bold=True)
        y += 20
    y = s.para(70, y, _opinion(a.conclusion, name), 10.5, max_w=450, lead=1.7) + 10
    if a.third_party and "监理" in a.third_party:
        s.text(60, y, "监理单位意见：工程质量符合设计及规范要求，同意验收。", 10.5)
        s.seal(470, y - 10, a.third_party, "", r=32)
        y += 30
    s.text(60, y + 20, "专家组组长（签字）：", 10.5)
    s.signature(190, y + 22, people.person(rng))
    s.text(330, y + 60, f"{proj.client}（盖章）", 10.5)
    if a.bottom_date:
        s.text(330, y + 85, date_upper(date) if a.style == "certificate" else date_text or "", 10.5)
    if a.handwritten_date and a.style != "certificate" and a.bottom_date:
        s.hand(340, y + 88, date_dots(date), 12)
    if a.seal:
        s.seal(410 + rng.uniform(-12, 12), y + 60 + rng.uniform(-8, 8), proj.client, "", r=42)
    if a.style == "report":
        t = Sheet(doc, rng)
        t.center(80, "验收专家签到表", 16)
        rows = [["序号", "姓名", "工作单位", "职称", "签字"]]
        for i in range(rng.randrange(5, 8)):
            rows.append(
                [
                    str(i + 1),
                    people.person(rng),
                    rng.choice(
                        [
                            "和田地区数据局",
                            "和田师范专科学校",
                            "新疆大学",
                            "和田地区发展和改革委员会",
                            "新疆某设计研究院",
                        ]
                    ),
                    rng.choice(["高级工程师", "副教授", "正高级工程师", "工程师"]),
                    "",
                ]
            )
        y2 = t.table(
            60, 110, [40, 90, 190, 85, 70], rows, size=10, min_h=30, bold_first=True, align=["c"] * 5
        )
        for i in range(len(rows) - 1):
            t.hand(420, 110 + 30 + 30 * i + 20, rows[i + 1][1].split("·")[0], 11)
        t.text(60, y2 + 30, f"日期：{date_cn(date)}", 10.5)
    fields: dict[str, object] = {
        "project_name": name,
        "party_a": proj.client,
        "party_b": firm.name,
        "accepted_on": date.isoformat(),
        "conclusion": CONCLUSIONS[a.conclusion],
        "has_seal": a.seal,
    }
    if a.third_party:
        fields["third_party"] = a.third_party
    d = Doc("acceptance_report", doc, fields, proj.id)
    return d


def trial_run(rng: random.Random, firm: Firm, proj: Project, start: dt.date) -> Doc:
    """A 用户使用报告 / 试运行报告 written before the final acceptance; not an acceptance itself."""
    doc = pymupdf.open()
    s = Sheet(doc, rng)
    s.center(80, rng.choice(["系统试运行报告", "用户使用报告"]), 20)
    y = s.para(
        70,
        130,
        f"{proj.name}由{firm.name}承建，于{date_cn(start)}起进入试运行阶段，试运行期"
        f"{rng.randrange(30, 90)}天。试运行期间系统运行稳定，未发生重大故障，用户反馈良好，具备组织验收条件。",
        10.5,
        max_w=450,
        lead=1.8,
    )
    s.text(330, y + 60, f"使用单位：{proj.client}", 10.5)
    s.text(330, y + 85, date_cn(start + dt.timedelta(days=rng.randrange(31, 50))), 10.5)
    s.seal(420, y + 55, proj.client, "", r=40)
    return Doc("other", doc, {}, proj.id)


def test_report(rng: random.Random, firm: Firm, proj: Project, lab: str, on: dt.date) -> Doc:
    """A third-party 测试报告 with the testing centre's seal (type other: it is not the acceptance)."""
    doc = pymupdf.open()
    s = Sheet(doc, rng)
    s.text(380, 60, f"报告编号：XJRC-{on.year}-{rng.randrange(1000, 9999)}", 9)
    s.center(160, "测 试 报 告", 26)
    rows = [
        ["项目名称", proj.name],
        ["委托单位", firm.name],
        ["用户单位", proj.client],
        ["测试类型", "验收测试"],
        ["测试结论", "所测功能及性能指标符合需求规格说明书要求，测试通过。"],
        ["报告日期", date_cn(on)],
    ]
    s.table(70, 230, [100, 355], rows, size=10.5, min_h=26)
    s.center(700, lab, 13)
    s.seal(300, 660, lab, "检验检测专用章", r=44)
    return Doc("other", doc, {}, proj.id)
