"""Acceptance papers: 验收单 (tick boxes), 验收意见 letter of a 验收小组, third-party 检测报告 with CMA."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from .contracts import Deal
from .filing import Sheet
from .paint import HEI, INK_BLUE, Pen
from .people import cn_date

Verdict = Literal["passed", "rework"]


@dataclass(frozen=True)
class Lab:
    name: str
    report_no: str
    issued: dt.date


@dataclass(frozen=True)
class Member:
    name: str
    unit: str
    role: str


def acceptance_form(
    doc: str, deal: Deal, verdict: Verdict, panel: list[Member], lab: Lab | None = None
) -> tuple[list[Sheet], dict[str, Any]]:
    """项目验收单: one ruled form; content rows ticked by pen, 验收结论 ☑合格 □不合格 (or ☑整改后复验)."""
    fields: dict[str, Any] = {
        "project_name": deal.title,
        "party_a": deal.client.full,
        "party_b": deal.vendor.name,
        "accepted_on": deal.accepted.isoformat(),
        "conclusion": "passed" if verdict == "passed" else "failed",
        "has_seal": True,
    }
    if lab is not None:
        fields["third_party"] = lab.name

    def draw(p: Pen) -> None:
        p.center(84, "项 目 验 收 单", 20)
        p.right(523, 110, f"合同编号：{deal.number}", 9.5)
        x, y = 62.0, 122.0
        wl, wr = 112.0, 359.0
        rows: list[tuple[str, float]] = [
            ("项目名称", 30),
            ("建设单位（甲方）", 26),
            ("承建单位（乙方）", 26),
            ("验收日期", 26),
            ("验收内容", 26 * len(deal.scope) + 8),
            ("第三方检测", 26),
            ("验收结论", 30),
            ("验收意见", 80),
            ("验收小组签字", 64),
        ]
        p.grid(x, y, [wl, wr], [h for _, h in rows])
        top = y
        for label, h in rows:
            p.cell(x, top, h, label, 10, HEI)
            vx = x + wl
            if label == "项目名称":
                p.cell(vx, top, h, deal.title, 9.5 if len(deal.title) > 30 else 10.5)
            elif label == "建设单位（甲方）":
                p.cell(vx, top, h, deal.client.full, 9.5)
            elif label == "承建单位（乙方）":
                p.cell(vx, top, h, deal.vendor.name, 10)
            elif label == "验收日期":
                p.cell(vx, top, h, cn_date(deal.accepted), 10.5)
            elif label == "验收内容":
                yy = top + 20
                for i, item in enumerate(deal.scope):
                    short = item if len(item) <= 20 else item[:20] + "…"
                    p.text(vx + 6, yy, f"{i + 1}. {short}", 9)
                    ok = verdict == "passed" or i < len(deal.scope) - 1
                    tx = p.tickbox(vx + 260, yy + 1, ok, 8, pen=True)
                    tx = p.text(tx, yy, "符合  ", 9)
                    tx = p.tickbox(tx, yy + 1, not ok, 8, pen=True)
                    p.text(tx, yy, "不符合", 9)
                    yy += 26
            elif label == "第三方检测":
                p.cell(vx, top, h, f"{lab.name}（报告编号：{lab.report_no}）" if lab else "无", 9)
            elif label == "验收结论":
                by = top + h / 2 + 4.5
                tx = p.tickbox(vx + 8, by, verdict == "passed", 10, pen=True)
                tx = p.text(tx + 2, by - 0.5, "合格", 11)
                tx = p.tickbox(tx + 30, by, False, 10, pen=True)
                tx = p.text(tx + 2, by - 0.5, "不合格", 11)
                tx = p.tickbox(tx + 30, by, verdict != "passed", 10, pen=True)
                p.text(tx + 2, by - 0.5, "整改后复验", 11)
            elif label == "验收意见":
                text = (
                    "项目已按合同约定完成全部建设内容，设备安装规范，系统运行稳定，技术文档齐全，同意通过验收。"
                    if verdict == "passed"
                    else "系统部分功能未达到合同约定的技术要求，相关文档不全，本次不予通过验收。"
                    "请乙方于30日内完成整改，整改完成后由验收小组组织复验。"
                )
                p.para(vx + 6, top + 18, text, 9.5, right=vx + wr - 6, leading=1.6, indent=False)
            elif label == "验收小组签字":
                sx, sy = vx + 10, top + 24
                for i, m in enumerate(panel):
                    p.signature(sx + (i % 4) * 86, sy + (i // 4) * 26, m.name.split("·")[0])
            top += h
        yb = top + 40
        p.text(72, yb, "甲方（盖章）：", 10.5, HEI)
        p.text(330, yb, "乙方（盖章）：", 10.5, HEI)
        p.text(72, yb + 60, f"{cn_date(deal.accepted)}", 10)
        p.text(330, yb + 60, f"{cn_date(deal.accepted)}", 10)
        p.seal(170, yb + 18, deal.client.full, r=42)
        p.seal(425, yb + 20, deal.vendor.name, r=40)

    return [Sheet(doc, draw)], fields


def acceptance_letter(
    doc: str, deal: Deal, panel: list[Member], hand_date: bool = False
) -> tuple[list[Sheet], dict[str, Any]]:
    """验收意见: the 验收小组's opinion in prose, the members' table with signatures, the client's seal.

    With ``hand_date`` the date beside the seal is written by pen (the printed line is left blank).
    """
    fields: dict[str, Any] = {
        "project_name": deal.title,
        "party_a": deal.client.full,
        "party_b": deal.vendor.name,
        "accepted_on": deal.accepted.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }

    def draw(p: Pen) -> None:
        p.center(92, deal.title, 15 if len(deal.title) < 30 else 12.5)
        p.center(120, "验 收 意 见", 20)
        y = p.para(
            72,
            160,
            f"{cn_date(deal.accepted)}，{deal.client.full}组织成立项目验收小组（名单附后），在{deal.county}对"
            f"{deal.vendor.name}承建的“{deal.title}”进行了验收。验收小组听取了承建单位的建设情况汇报，"
            "查看了项目现场和系统运行情况，审阅了项目技术文档，经认真讨论，形成验收意见如下：",
        )
        for i, s in enumerate(
            (
                "项目按照合同约定的内容完成了建设任务，软硬件设备型号、数量与合同一致，安装调试规范。",
                "系统经过试运行，功能和性能满足合同及设计要求，运行稳定。",
                "项目技术文档、培训记录及竣工资料齐全，符合归档要求。",
            ),
            start=1,
        ):
            y = p.para(72, y, f"{i}. {s}")
        y = p.para(72, y + 2, "验收小组一致同意该项目通过验收。", font=HEI)
        y += 12
        p.text(72, y, "验收小组成员：", 11, HEI)
        y += 10
        widths = [34.0, 124.0, 160.0, 72.0, 61.0]
        p.grid(72, y, widths, [24.0] * (len(panel) + 1))
        heads = ("序号", "姓名", "单位", "职务/职称", "签字")
        cx = 72.0
        for wd, h in zip(widths, heads, strict=True):
            p.cell(cx, y, 24, h, 9.5, HEI)
            cx += wd
        for i, m in enumerate(panel, start=1):
            ry = y + 24 * i
            vals = (str(i), m.name, m.unit, m.role)
            cx = 72.0
            for wd, v in zip(widths[:4], vals, strict=True):
                p.cell(cx, ry, 24, v, 8 if len(v) > 12 else 9)
                cx += wd
            p.signature(cx + 4, ry + 17, m.name.split("·")[0][:3])
        y += 24 * (len(panel) + 1) + 50
        p.text(300, y, "验收组长（签字）：", 10.5)
        p.signature(400, y + 2, panel[0].name.split("·")[0])
        p.text(300, y + 40, "验收单位（盖章）：", 10.5)
        if hand_date:
            p.text(300, y + 96, "日期：", 10.5)
            p.hand(
                336 + p.rng.uniform(0, 6),
                y + 95,
                f"{deal.accepted.year}.{deal.accepted.month}.{deal.accepted.day}",
                14,
            )
        else:
            p.text(300, y + 96, f"日期：{cn_date(deal.accepted)}", 10.5)
        p.seal(410, y + 60, deal.client.full, r=44)

    return [Sheet(doc, draw)], fields


def test_report(doc: str, deal: Deal, lab: Lab, client_name: str) -> list[Sheet]:
    """第三方检测报告 (cover with CMA mark and the lab's 检验检测专用章, then the result page)."""

    def cover(p: Pen) -> None:
        p.cma(72, 60)
        p.right(523, 80, f"报告编号：{lab.report_no}", 10)
        p.center(220, "检  测  报  告", 28)
        y = 320.0
        for label, value in (
            ("项目名称：", deal.title),
            ("委托单位：", client_name),
            ("被检单位：", deal.vendor.name),
            ("检测类别：", "委托检测（项目验收测试）"),
        ):
            p.label_value(110, y, label, value, 11 if len(value) < 28 else 9.5)
            y += 30
        p.center(640, lab.name, 15)
        p.center(664, cn_date(lab.issued), 12)
        p.seal(300, 620, lab.name, r=46, bottom="检验检测专用章")

    def results(p: Pen) -> None:
        p.text(72, 70, f"报告编号：{lab.report_no}", 9.5)
        p.right(523, 70, "第 2 页 共 2 页", 9.5)
        p.center(110, "检测结果汇总", 15)
        widths = [40.0, 150.0, 150.0, 70.0, 51.0]
        items = [
            ("网络连通性", "丢包率≤0.1%", "0.02%"),
            ("系统响应时间", "≤3s", "1.2s"),
            ("并发用户数", "≥500", "800"),
            ("安全漏洞扫描", "无高危漏洞", "无高危漏洞"),
            ("数据备份恢复", "恢复成功", "恢复成功"),
            ("设备配置核查", "与合同清单一致", "一致"),
        ]
        y = 130.0
        p.grid(72, y, widths, [24.0] * (len(items) + 1))
        cx = 72.0
        for wd, h in zip(widths, ("序号", "检测项目", "技术要求", "检测结果", "结论"), strict=True):
            p.cell(cx, y, 24, h, 9.5, HEI)
            cx += wd
        for i, (a, b, c) in enumerate(items, start=1):
            cx = 72.0
            for wd, v in zip(widths, (str(i), a, b, c, "符合"), strict=True):
                p.cell(cx, y + 24 * i, 24, v, 9)
                cx += wd
        y += 24 * (len(items) + 1) + 30
        y = p.para(
            72,
            y,
            "检测结论：经检测，所检项目均符合委托方提供的技术要求，检测结论为合格。",
            11,
            indent=False,
            font=HEI,
        )
        p.text(72, y + 30, "（以下空白）", 9.5)
        p.text(72, y + 80, "检测：", 10)
        p.signature(110, y + 80, "张立新")
        p.text(220, y + 80, "审核：", 10)
        p.text(370, y + 80, "批准：", 10)
        p.hand(258, y + 80, "王", 12, INK_BLUE)
        p.text(370, y + 110, f"签发日期：{cn_date(lab.issued)}", 10)
        p.seal(440, y + 90, lab.name, r=44, bottom="检验检测专用章")

    return [Sheet(doc, cover), Sheet(doc, results)]
