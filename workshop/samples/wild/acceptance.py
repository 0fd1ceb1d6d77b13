"""Acceptance evidence: 验收单 forms, 验收意见 letters, third-party test reports, 监理 sign-offs.

Conclusions are written as committees write them. Which count as a pass is decided here, once:
同意验收, 验收合格, 通过验收 and 基本合格（同意通过验收） are passes; 整改后复验 and 不同意验收 are not.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pymupdf

from . import ink
from .facts import Party
from .numerals import cn_date, upper_date
from .page import Paper, Sheet

PASSES = {
    "同意验收": True,
    "验收合格": True,
    "通过验收": True,
    "基本合格，同意通过验收": True,
    "整改后复验": False,
    "不同意验收，限期整改后复验": False,
}


@dataclass
class Acceptance:
    """What one acceptance document states."""

    name: str
    a: Party
    b: Party
    on: dt.date
    conclusion: str = "同意验收"
    seal: bool = True
    pid: str | None = None
    seal_b: bool = True
    """Whether the contractor stamped too (a copy-move plant fills a missing one)."""


def _truth(x: Acceptance, third: str | None = None) -> dict:
    out = {
        "project_name": x.name,
        "party_a": x.a.name,
        "party_b": x.b.name,
        "accepted_on": x.on.isoformat(),
        "conclusion": "passed" if PASSES[x.conclusion] else "failed",
        "has_seal": x.seal,
    }
    if third:
        out["third_party"] = third
    return out


def form(x: Acceptance, rng: random.Random) -> Paper:
    """A one-page 项目验收单: label and value in separate cells, committee signatures, seals."""
    doc = pymupdf.open()
    s = Sheet.new(doc)
    s.center(rng.choice(["项目验收单", "项目竣工验收单", "信息化项目验收报告单"]), 18, gap=2.4)
    s.table([95, 372], [["项目名称", x.name]], size=10, marks={(0, 1): "name"})
    s.y -= 8
    s.table(
        [95, 140, 90, 142],
        [
            ["建设单位", x.a.name, "承建单位", x.b.name],
            ["合同编号", "见合同", "验收日期", cn_date(x.on, "cn0")],
            ["验收地点", x.a.address[:14], "验收方式", rng.choice(["现场验收", "会议验收", "现场核验"])],
        ],
        size=10,
        marks={(0, 1): "party_a", (0, 3): "party_b", (1, 3): "accepted_on"},
    )
    s.para(
        "验收内容：依据合同及技术规范，验收组对系统功能、性能、设备数量与配置、文档资料、培训情况进行了逐项检查，"
        "系统运行稳定，各项指标满足合同要求。",
        indent=False,
    )
    s.y += 6
    s.text(s.left, s.y, "验收结论：", 12, bold=True)
    s.text(s.left + 70, s.y, x.conclusion, 12, mark="conclusion")
    s.y += 40
    s.text(s.left, s.y, "验收组成员签字：", 10.5)
    for k in range(3):
        s.image(
            pymupdf.Rect(s.left + 100 + k * 100, s.y - 12, s.left + 185 + k * 100, s.y + 20),
            ink.signature(rng),
        )
    s.y += 60
    _seals(s, x, rng, ("建设单位（盖章）", "承建单位（盖章）"))
    return Paper.of("acceptance_report", doc, [s], _truth(x), x.pid)


def _seals(s: Sheet, x: Acceptance, rng: random.Random, labels: tuple[str, str]) -> None:
    top = s.y
    for n, (label, party) in enumerate(zip(labels, (x.a, x.b), strict=True)):
        cx = s.left + n * 240
        s.text(cx, top, label, 10.5)
        s.text(cx, top + 80, f"日期：{cn_date(x.on)}" if rng.random() < 0.6 else "日期：", 10.5)
        box = pymupdf.Rect(cx + 20, top - 5, cx + 135, top + 110)
        s.marks[f"seal_{'ab'[n]}"] = box
        if x.seal and (n == 0 or x.seal_b):
            s.image(box, ink.seal(party.name, rng))
    s.y = top + 120


def letter(x: Acceptance, rng: random.Random) -> Paper:
    """A 验收意见 letter from the buying agency, in prose, dated in the official style."""
    doc = pymupdf.open()
    s = Sheet.new(doc, margin=80)
    s.y = 90
    s.center(f"关于{x.name}的验收意见", 16, gap=2.6, mark="name")
    s.para(f"{x.b.name}：", indent=False, mark="party_b")
    s.para(
        f"你公司承建的{x.name}已按合同约定完成建设任务。{cn_date(x.on)}，{x.a.name}组织相关部门及专家组成验收组，"
        "听取了项目建设情况汇报，查看了系统运行情况，审阅了项目文档资料。经认真讨论，形成验收意见如下：",
        lead=1.9,
    )
    s.para("一、项目按合同要求完成了全部建设内容，系统功能满足需求，运行稳定。", lead=1.9)
    s.para("二、项目文档资料齐全、规范。", lead=1.9)
    s.para(f"验收组一致认为：{x.conclusion}。", lead=1.9, mark="conclusion")
    s.y += 40
    s.text(s.right - 200, s.y, x.a.name[:16], 11, mark="party_a")
    if len(x.a.name) > 16:
        s.text(s.right - 200, s.y + 18, x.a.name[16:], 11)
    s.text(s.right - 170, s.y + 40, upper_date(x.on), 11, mark="accepted_on")
    if x.seal:
        s.image(pymupdf.Rect(s.right - 190, s.y - 40, s.right - 70, s.y + 80), ink.seal(x.a.name, rng))
    return Paper.of("acceptance_report", doc, [s], _truth(x), x.pid)


def lab_report(x: Acceptance, lab: str, rng: random.Random) -> Paper:
    """A third-party test report (cover + conclusion page) sealed by the testing centre only."""
    doc = pymupdf.open()
    s1 = Sheet.new(doc)
    s1.text(s1.left, 60, f"报告编号：XJCP-{x.on.year}-{rng.randint(1000, 9999)}", 10)
    s1.y = 190
    s1.center("测 试 报 告", 28, gap=3.5)
    s1.left = 120
    for label, value, key in (
        ("项目名称：", x.name, "name"),
        ("委托单位：", x.a.name, "party_a"),
        ("被测单位：", x.b.name, "party_b"),
        ("测试类别：", "验收测试", ""),
        ("检测单位：", lab, "third_party"),
    ):
        s1.text(s1.left, s1.y, label, 12.5)
        s1.text(s1.left + 80, s1.y, value[:22], 12.5, mark=key or None)
        if len(value) > 22:
            s1.y += 18
            s1.text(s1.left + 80, s1.y, value[22:], 12.5)
        s1.y += 30
    s1.y = 700
    s1.center(lab, 13, bold=False)
    s1.image(pymupdf.Rect(350, 640, 470, 760), ink.seal(lab, rng, "检验检测专用章"))
    s2 = Sheet.new(doc)
    s2.center("测试结论", 15)
    s2.table(
        [110, 357],
        [
            ["项目名称", x.name],
            ["测试依据", "GB/T 25000.51-2016；合同及需求规格说明书"],
            ["测试时间", f"{cn_date(x.on - dt.timedelta(days=9))}至{cn_date(x.on - dt.timedelta(days=2))}"],
            ["测试结论", "经测试，被测系统功能、性能、安全性均符合要求，测试结论为：通过。"],
            ["签发日期", cn_date(x.on)],
        ],
        marks={(0, 1): "name", (4, 1): "accepted_on", (3, 1): "conclusion"},
        min_h=26,
    )
    s2.image(pymupdf.Rect(350, s2.y - 60, 470, s2.y + 60), ink.seal(lab, rng, "检验检测专用章"))
    fields = _truth(x, lab)
    return Paper.of("acceptance_report", doc, [s1, s2], fields, x.pid)


def supervisor(x: Acceptance, firm: str, rng: random.Random) -> Paper:
    """A 监理 sign-off (工程竣工验收监理意见): the supervising firm's seal plus both parties'."""
    doc = pymupdf.open()
    s = Sheet.new(doc)
    s.center("工程竣工验收监理意见表", 16, gap=2.2)
    s.table(
        [100, 367],
        [
            ["工程名称", x.name],
            ["建设单位", x.a.name],
            ["施工单位", x.b.name],
            ["监理单位", firm],
            ["竣工验收日期", cn_date(x.on)],
        ],
        marks={
            (0, 1): "name",
            (1, 1): "party_a",
            (2, 1): "party_b",
            (3, 1): "third_party",
            (4, 1): "accepted_on",
        },
    )
    s.para(
        "监理意见：该工程已按设计文件及合同要求施工完毕，质量控制资料完整，经现场检查，工程质量符合要求。",
        indent=False,
    )
    s.text(s.left, s.y + 4, "竣工验收结论：", 12, bold=True)
    s.text(s.left + 90, s.y + 4, x.conclusion, 12, mark="conclusion")
    s.y += 50
    s.text(s.left + 260, s.y, "总监理工程师：", 10.5)
    s.image(pymupdf.Rect(s.left + 340, s.y - 12, s.left + 420, s.y + 20), ink.signature(rng))
    s.image(
        pymupdf.Rect(s.left + 280, s.y + 10, s.left + 390, s.y + 120), ink.seal(firm, rng, "项目监理机构章")
    )
    s.y += 130
    _seals(s, x, rng, ("建设单位（盖章）", "施工单位（盖章）"))
    return Paper.of("acceptance_report", doc, [s], _truth(x, firm), x.pid)
