"""Acceptance papers: 项目验收证书, 到货验收单, 验收会议纪要, 初验/终验报告."""

from __future__ import annotations

import datetime as dt
import random

import pymupdf

from . import ink
from .model import Deal, Firm, Paper
from .numerals import cn_date
from .paper import Sheet

X0, X1 = 72.0, 523.0

PASS_TEXT = {
    "certificate": "验收组听取了承建单位的项目建设汇报，审阅了项目文档，现场查看了系统运行情况。经认真讨论，验收组认为该项目按合同要求完成了全部建设内容，系统运行稳定，文档资料齐全，同意通过验收。",
    "minutes_pass": "验收结论：通过验收。",
    "minutes_fail": "验收结论：验收不通过。承建单位应于三十日内对上述问题完成整改，整改完成后重新申请验收。",
}


def _fields(deal: Deal, firm: Firm, on: dt.date, passed: bool, seal: bool, third: str | None) -> dict:
    f = {
        "project_name": deal.name,
        "party_a": deal.client,
        "party_b": deal.supplier or firm.name,
        "accepted_on": on.isoformat(),
        "conclusion": "passed" if passed else "failed",
        "has_seal": seal,
    }
    if third:
        f["third_party"] = third
    return f


def _experts(rng: random.Random, n: int) -> list[tuple[str, str, str]]:
    names = [
        "刘振华",
        "阿依古丽·吐尔洪",
        "陈立新",
        "买买提江·艾力",
        "赵文斌",
        "努尔艾力·热合曼",
        "孙永强",
        "古丽米拉·阿布都",
        "周建平",
    ]
    units = [
        "喀什大学",
        "新疆师范大学",
        "地区大数据中心",
        "和田地区信息中心",
        "阿克苏职业技术学院",
        "地区财政局",
        "中国电信喀什分公司",
    ]
    titles = ["高级工程师", "副教授", "工程师", "高级工程师", "教授"]
    picked = rng.sample(names, n)
    return [(nm, rng.choice(units), rng.choice(titles)) for nm in picked]


def _seal_pair(
    s: Sheet,
    y: float,
    deal: Deal,
    firm: Firm,
    rng: random.Random,
    on: dt.date,
    seal: bool,
    labels=("建设单位（盖章）", "承建单位（盖章）"),
) -> float:
    b = deal.supplier or firm.name
    for i, (label, name) in enumerate(((labels[0], deal.client), (labels[1], b))):
        x = X0 + 10 + i * 235
        s.text(x, y, label, 10.5)
        s.text(x, y + 20, "代表签字：", 10.5)
        s.image(x + 55, y + 12, x + 150, y + 44, ink.signature(rng))
        s.text(x, y + 52, cn_date(on), 10.5)
        if seal:
            seal_img = ink.round_seal(name, rng)
            cx, cy = x + rng.uniform(60, 100), y + rng.uniform(18, 34)
            s.image(cx - 55, cy - 55, cx + 55, cy + 55, seal_img)
    return y + 80


def certificate(
    deal: Deal, firm: Firm, rng: random.Random, pid: str, on: dt.date, passed: bool = True, seal: bool = True
) -> Paper:
    """项目验收证书: a ruled form with 验收意见 and the expert panel's signatures."""
    doc = pymupdf.open()
    s = Sheet(doc, rng=rng)
    s.text(s.w / 2, 60, "项目验收证书", 22, bold=True, align="center", spacing=5)
    opinion = (
        PASS_TEXT["certificate"]
        if passed
        else "验收组审阅资料并现场检查后认为，系统部分功能未达到合同约定的技术要求，性能测试未通过，验收不通过，请承建单位整改后复验。"
    )
    rows = [
        ["项目名称", deal.name],
        ["合同编号", deal.number],
        ["建设单位", deal.client],
        ["承建单位", deal.supplier or firm.name],
        ["验收时间", cn_date(on)],
        ["验收地点", f"{deal.client}会议室"],
        ["验收意见", opinion],
    ]
    y = s.table(X0, 100, (90, 361), rows, 10.5, 26, "cl", bold_rows=())
    s.text(X0, y + 12, "验收专家组签字：", 11, bold=True)
    ex = _experts(rng, 3)
    rows2 = [["姓名", "工作单位", "职称", "签字"]] + [[a, b, c, ""] for a, b, c in ex]
    top = y + 34
    y2 = s.table(X0, top, (110, 170, 80, 91), rows2, 10, 26, "cccc")
    for i in range(len(ex)):
        s.image(X0 + 368, top + 20 + i * 26 + 1, X0 + 440, top + 20 + (i + 1) * 26 - 1, ink.signature(rng))
    y = _seal_pair(s, y2 + 26, deal, firm, rng, on, seal)
    return Paper("", "acceptance_report", doc, pid, _fields(deal, firm, on, passed, seal, None))


def arrival(
    deal: Deal,
    firm: Firm,
    rng: random.Random,
    pid: str,
    on: dt.date,
    items: list[tuple[str, str, str, int]],
    seal: bool = True,
) -> Paper:
    """到货验收单 for goods: the list checked off, 验收结论, signatures."""
    doc = pymupdf.open()
    s = Sheet(doc, rng=rng)
    s.text(s.w / 2, 60, "设备到货验收单", 20, bold=True, align="center")
    rows = [
        ["项目名称", deal.name, "合同编号", deal.number],
        ["采购单位", deal.client, "供货单位", deal.supplier or firm.name],
        ["到货日期", cn_date(on), "验收日期", cn_date(on)],
    ]
    y = s.table(X0, 96, (70, 160, 70, 151), rows, 10, 26, "clcl", bold_rows=())
    date_box = s.rect_of(X0 + 301, y - 25, X0 + 450, y - 1)
    rows2 = [["序号", "设备名称", "规格型号", "单位", "数量", "验收情况"]]
    for i, (nm, model, unit, qty) in enumerate(items, 1):
        rows2.append([str(i), nm, model, unit, str(qty), "合格"])
    y = s.table(X0, y + 14, (34, 120, 130, 40, 45, 82), rows2, 9.5, 22, "cllccc")
    y += 14
    s.text(X0, y, "验收结论：", 11, bold=True)
    y = s.para(
        X0 + 60,
        y,
        X1 - X0 - 60,
        "货物品牌、规格型号、数量与合同一致，外观完好无损，随机资料齐全，通电测试正常，验收合格。",
        10.5,
        indent=False,
    )
    paper = Paper("", "acceptance_report", doc, pid, _fields(deal, firm, on, True, seal, None))
    paper.anchors["date"] = (0, date_box)
    _seal_pair(s, y + 30, deal, firm, rng, on, seal, ("采购单位（盖章）", "供货单位（盖章）"))
    return paper


def minutes(deal: Deal, firm: Firm, rng: random.Random, pid: str, on: dt.date, passed: bool = True) -> Paper:
    """验收会议纪要 with 验收结论 and the panel's sign-in table."""
    doc = pymupdf.open()
    s = Sheet(doc, rng=rng)
    s.text(s.w / 2, 60, f"{deal.name}", 14, bold=True, align="center")
    s.text(s.w / 2, 84, "验收会议纪要", 20, bold=True, align="center")
    y = 124.0
    b = deal.supplier or firm.name
    for line in (
        f"会议时间：{cn_date(on)}",
        f"会议地点：{deal.client}三楼会议室",
        f"建设单位：{deal.client}",
        f"承建单位：{b}",
    ):
        s.text(X0, y, line, 10.5)
        y += 19
    y += 6
    body = (
        f"{cn_date(on)}，{deal.client}组织召开“{deal.name}”验收会。验收小组听取了{b}关于项目实施情况的汇报，"
        "查阅了合同、实施方案、测试报告、培训记录等文档，对系统进行了现场测试。"
    )
    y = s.para(X0, y, X1 - X0, body)
    if passed:
        y = s.para(
            X0,
            y,
            X1 - X0,
            "经讨论，验收小组认为：项目完成了合同约定的各项内容，系统功能和性能满足需求，运行稳定，文档齐全规范。",
        )
        concl = PASS_TEXT["minutes_pass"]
    else:
        y = s.para(
            X0,
            y,
            X1 - X0,
            "经讨论，验收小组认为：统计分析模块未完成开发，移动端与业务系统数据未实现同步，部分安全测试项不符合等级保护二级要求，项目尚不具备验收条件。",
        )
        concl = PASS_TEXT["minutes_fail"]
    y += 4
    for ln in s.wrap(concl, X1 - X0 - 24, 12):
        s.text(X0 + 24, y, ln, 12, bold=True)
        y += 20
    y += 10
    s.text(X0, y, "验收小组成员签字：", 11, bold=True)
    ex = _experts(rng, 4)
    rows = [["姓名", "单位", "职务/职称", "签字"]] + [[a, bb, c, ""] for a, bb, c in ex]
    top = y + 20
    y = s.table(X0, top, (100, 180, 80, 91), rows, 10, 24, "cccc")
    for i in range(len(ex)):
        s.image(X0 + 365, top + 20 + i * 24 + 1, X0 + 440, top + 20 + (i + 1) * 24 - 1, ink.signature(rng))
    s.text(X1, y + 24, f"{deal.client}", 10.5, align="right")
    s.text(X1, y + 44, cn_date(on), 10.5, align="right")
    seal = ink.round_seal(deal.client, rng)
    s.image(X1 - 130, y + 0, X1 - 20, y + 110, seal)
    return Paper("", "acceptance_report", doc, pid, _fields(deal, firm, on, passed, True, None))


def stage_report(
    deal: Deal, firm: Firm, rng: random.Random, pid: str, on: dt.date, final: bool, supervisor: str
) -> Paper:
    """初步验收报告 / 竣工（终验）验收报告, with the supervising firm named."""
    doc = pymupdf.open()
    s = Sheet(doc, rng=rng)
    title = "项目终验报告" if final else "项目初验报告"
    s.text(s.w / 2, 62, title, 20, bold=True, align="center", spacing=3)
    rows = [
        ["项目名称", deal.name],
        ["建设单位", deal.client],
        ["承建单位", deal.supplier or firm.name],
        ["监理单位", supervisor],
        ["合同编号", deal.number],
        ["验收阶段", "终验（竣工验收）" if final else "初验"],
        ["验收日期", cn_date(on, pad=True)],
    ]
    y = s.table(X0, 100, (90, 361), rows, 10.5, 24, "cl", bold_rows=())
    y += 16
    if final:
        txt = "项目自初验合格后进入试运行，试运行期间系统运行平稳，初验遗留问题已全部整改完毕。验收组审查了试运行报告、监理报告及竣工文档，认为项目达到合同和设计要求。"
        concl = "终验结论：同意通过终验（竣工验收），项目交付甲方正式运行。"
    else:
        txt = "承建单位已完成硬件设备安装、系统部署和联调测试，主要功能满足合同要求。验收组发现部分文档尚不完整，要求在试运行期间补充完善。"
        concl = "初验结论：同意通过初验，进入三个月试运行期。"
    y = s.para(X0, y, X1 - X0, txt)
    s.text(X0 + 24, y + 6, concl, 11.5, bold=True)
    y += 40
    y = _seal_pair(s, y, deal, firm, rng, on, True)
    s.text(X0 + 10, y + 10, "监理单位（盖章）", 10.5)
    s.text(X0 + 10, y + 30, cn_date(on), 10.5)
    seal = ink.round_seal(supervisor, rng)
    s.image(X0 + 40, y - 10, X0 + 140, y + 90, seal)
    return Paper("", "acceptance_report", doc, pid, _fields(deal, firm, on, True, True, supervisor))
