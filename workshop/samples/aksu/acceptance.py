"""Acceptance papers: 验收单 forms with ticks, 验收意见 letters, 初验/终验 reports with the
监理's sign-off, third-party 测试报告, and the odd genuine failure.

``conclusion`` is the printed verdict (同意验收, 验收合格, 基本合格, 整改后复验合格 pass;
不合格/不同意验收 fail); the truth's ``conclusion`` is passed or failed accordingly.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from .canvas import A4, A5, Painter, Paper, Sheet, placed
from .text import cn_date, figures, han_date
from .world import Client, Company, person

PASSING = ("同意验收", "验收合格", "基本合格", "整改后复验合格", "合格")


@dataclass
class Acc:
    """What an acceptance paper prints."""

    name: str
    client: Client
    vendor: Company
    date: dt.date
    conclusion: str = "验收合格"
    third_party: str = ""
    seals: bool = True
    contract_no: str = ""
    amount: str = ""


def _fields(a: Acc, with_date: bool = True) -> dict[str, object]:
    f: dict[str, object] = {
        "project_name": a.name,
        "party_a": a.client.name,
        "party_b": a.vendor.name,
        "conclusion": "passed" if a.conclusion in PASSING else "failed",
        "has_seal": a.seals,
    }
    if with_date:
        f["accepted_on"] = a.date.isoformat()
    if a.third_party:
        f["third_party"] = a.third_party
    return f


def _box(checked: bool) -> str:
    return "☑" if checked else "□"


def form(a: Acc, rng: random.Random, a5: bool = False) -> Paper:
    """项目验收单: a ruled form, ticks in the check column, verdict boxes and three sign-off cells.

    On A5 (``a5``) the same form is squeezed; two of them often go on one A4 scan.
    """
    size = A5 if a5 else A4
    k = 0.7 if a5 else 1.0
    passed = a.conclusion in PASSING

    def draw(p: Painter) -> None:
        x0 = 40 * k + (0 if a5 else 15)
        tw = p.w - 2 * x0
        p.text(p.w / 2, 60 * k + 10, "项 目 验 收 单", 18 * k, align="center", bold=True)
        rows = [
            ["项目名称", a.name],
            ["建设单位", a.client.name],
            ["承建单位", a.vendor.name],
            ["合同编号", a.contract_no or "—"],
            ["合同金额", a.amount or "见合同"],
            ["验收日期", cn_date(a.date)],
        ]
        y = p.table(
            x0,
            80 * k + 12,
            [tw * 0.22, tw * 0.78],
            rows,
            size=10 * k,
            row_h=24 * k,
            heights=[34 * k, *[24 * k] * 5],
        )
        checks = ["设备到货及安装", "系统功能", "系统性能及安全", "技术文档及培训"]
        crow = [["验收内容", "检查情况", "符合"]] + [[c, "符合合同及技术要求", ""] for c in checks]
        y2 = p.table(
            x0,
            y + 8 * k,
            [tw * 0.34, tw * 0.46, tw * 0.2],
            crow,
            size=9.5 * k,
            row_h=21 * k,
            center_cols=(2,),
        )
        for i in range(len(checks)):
            p.sheet.add("tick", x0 + tw * 0.9, y + 8 * k + 21 * k * (i + 2) - 5 * k, px=12 * k)
        opinion = (
            "经验收小组现场检查、测试及资料审查，系统运行稳定，功能满足合同要求，同意通过验收。"
            if passed
            else "经验收小组检查，系统存在数据同步失败、部分功能未实现等问题，不满足合同要求，不同意验收，请承建单位整改后重新申请验收。"
        )
        y3 = p.para(x0 + 4, y2 + 20 * k, "验收意见：" + opinion, tw - 8, size=10 * k, indent=False)
        verdict = f"验收结论：{_box(passed)}合格    {_box(not passed)}不合格"
        p.text(x0 + 4, y3 + 8 * k, verdict, 10.5 * k)
        yb = y3 + 40 * k
        cols = [("建设单位（盖章）", a.client.name), ("承建单位（盖章）", a.vendor.name)]
        if a.third_party:
            cols.append(("监理单位（盖章）", a.third_party))
        cw = tw / len(cols)
        for i, (lab, who) in enumerate(cols):
            cx = x0 + i * cw
            p.text(cx + 6, yb, lab, 9.5 * k)
            p.text(cx + 6, yb + 60 * k, "代表签字：", 9 * k)
            p.text(cx + 6, yb + 84 * k, "日期：", 9 * k)
            if a.seals:
                p.sheet.add("seal", cx + cw * 0.55, yb + 30 * k, name=who, r=46 * k)
            p.sheet.add(
                "sign", cx + 50 * k, yb + 56 * k, name=person(random.Random(sum(map(ord, who)))), px=12 * k
            )
            p.sheet.add(
                "hand", cx + 34 * k, yb + 80 * k, text=f"{a.date.year}.{a.date.month}.{a.date.day}", px=11 * k
            )

    return Paper(
        "acceptance_report",
        [placed(draw, size)],
        _fields(a),
        spots={"date": 0, "conclusion": 0, "seal": 0, "name": 0},
        label="验收单",
    )


def letter(a: Acc, rng: random.Random) -> Paper:
    """验收意见: a letter from the client on its letterhead, dated in the formal hand, sealed."""

    def draw(p: Painter) -> None:
        p.text(p.w / 2, 80, a.client.name, 20, align="center", color=(0.78, 0.1, 0.12), spacing=2)
        p.line(60, 96, p.w - 60, 96, 1.6)
        p.page.draw_line((60, 99), (p.w - 60, 99), color=(0.78, 0.1, 0.12), width=0.6)
        p.text(p.w / 2, 150, "验 收 意 见", 18, align="center", bold=True)
        y = p.para(
            60,
            190,
            f"{cn_date(a.date)}，我单位组织有关专家和人员对{a.vendor.name}承建的“{a.name}”进行了验收。"
            "验收组听取了承建单位的建设情况汇报，查看了系统运行情况，审查了项目技术文档，经认真讨论，形成验收意见如下：",
            475,
        )
        for it in (
            "一、项目按合同要求完成了全部建设内容，系统部署完整，运行稳定。",
            "二、项目文档齐全，符合归档要求；用户培训已完成。",
            f"三、验收组一致认为该项目{a.conclusion}。"
            if a.conclusion in PASSING
            else f"三、验收组认为该项目{a.conclusion}。",
        ):
            y = p.para(60, y + 4, it, 475)
        p.text(p.w - 80, y + 70, a.client.name, 11, align="right")
        p.text(p.w - 90, y + 94, han_date(a.date), 11, align="right")
        if a.seals:
            p.sheet.add("seal", p.w - 150, y + 74, name=a.client.name, r=60)

    return Paper(
        "acceptance_report",
        [placed(draw)],
        _fields(a),
        spots={"date": 0, "conclusion": 0, "seal": 0, "name": 0},
        label="验收意见",
    )


def final_report(a: Acc, rng: random.Random, stage: str = "终验") -> Paper:
    """初验/终验报告: cover, panel and verdict page with the 监理's sign-off."""
    passed = a.conclusion in PASSING

    def cover(p: Painter) -> None:
        for i, ln in enumerate(p.wrap(a.name, 400, 18)):
            p.text(p.w / 2, 220 + i * 28, ln, 18, align="center", bold=True)
        p.text(p.w / 2, 330, f"{stage}报告", 24, align="center", bold=True, spacing=6)
        y = 480.0
        for lab, val in (
            ("建设单位：", a.client.name),
            ("承建单位：", a.vendor.name),
            ("监理单位：", a.third_party or "—"),
        ):
            p.text(130, y, lab, 12)
            p.text(210, y, val, 12)
            y += 30
        p.text(p.w / 2, 700, cn_date(a.date), 12, align="center")

    def body(p: Painter) -> None:
        p.text(60, 80, "一、验收依据", 12, bold=True)
        y = p.para(60, 102, "项目合同、招标文件、投标文件、设计方案及国家有关标准规范。", 475)
        p.text(60, y + 6, "二、验收组成员", 12, bold=True)
        rows = [["序号", "姓名", "单位", "职务/职称", "签字"]]
        for i, org in enumerate(
            [a.client.name, a.client.name, a.third_party or a.client.name, "阿克苏地区信息化专家库"], 1
        ):
            rows.append(
                [str(i), person(rng), org, rng.choice(["高级工程师", "科长", "总监理工程师", "工程师"]), ""]
            )
        y = p.table(
            60, y + 18, [35, 75, 210, 80, 75], rows, size=9, heights=[22, 34, 34, 34, 34], center_cols=(0,)
        )
        for i in range(4):
            p.sheet.add("sign", 470, y - 136 + i * 34 + 17, name=rows[i + 1][1], px=10)
        p.text(60, y + 30, "三、验收情况", 12, bold=True)
        y = p.para(
            60,
            y + 52,
            "验收组审查了项目文档，对系统功能、性能、安全进行了抽查测试，抽查项目全部符合要求。",
            475,
        )
        if a.conclusion == "整改后复验合格":
            y = p.para(
                60,
                y + 2,
                "初验时发现的3项问题（部分报表导出格式错误、备份策略未配置、培训记录缺失）承建单位已全部整改完毕，经复验确认。",
                475,
            )
        p.text(60, y + 12, "四、验收结论", 12, bold=True)
        verdict = a.conclusion if passed else "不合格，不同意通过验收，承建单位须限期整改后重新组织验收"
        y = p.para(60, y + 36, f"验收结论：{verdict}。", 475)
        yb = y + 30
        cols = [("建设单位（盖章）", a.client.name), ("承建单位（盖章）", a.vendor.name)]
        if a.third_party:
            cols.append(("监理单位（盖章）", a.third_party))
        for i, (lab, who) in enumerate(cols):
            cx = 60 + i * 160
            p.text(cx, yb, lab, 10)
            p.text(cx, yb + 80, "年   月   日", 10)
            if a.seals:
                p.sheet.add("seal", cx + 60, yb + 36, name=who, r=52)
            p.sheet.add(
                "hand", cx - 2, yb + 76, text=f"{a.date.year}    {a.date.month}    {a.date.day}", px=11
            )
        if a.third_party:
            p.sheet.add("sign", 390, yb + 58, name=person(rng), px=12)

    return Paper(
        "acceptance_report",
        [Sheet(A4, cover), placed(body)],
        _fields(a),
        spots={"date": 0, "conclusion": 1, "seal": 1, "name": 0},
        label=f"{stage}报告",
    )


def test_report(a: Acc, rng: random.Random, number: str) -> Paper:
    """A third-party 测试报告: numbered cover, conclusion page signed and sealed by the lab."""
    assert a.third_party

    def cover(p: Painter) -> None:
        p.text(p.w - 60, 80, f"报告编号：{number}", 10.5, align="right")
        p.text(p.w / 2, 240, "测 试 报 告", 28, align="center", bold=True)
        y = 400.0
        for lab, val in (
            ("项目名称：", a.name),
            ("委托单位：", a.client.name),
            ("开发单位：", a.vendor.name),
            ("测试类别：", "验收测试"),
        ):
            p.text(110, y, lab, 12)
            for i, ln in enumerate(p.wrap(val, 290, 12)):
                p.text(190, y + i * 20, ln, 12)
            y += 20 * len(p.wrap(val, 290, 12)) + 16
        p.text(p.w / 2, 700, a.third_party, 14, align="center")
        p.text(p.w / 2, 726, cn_date(a.date), 12, align="center")
        p.sheet.add("seal", p.w / 2 + 20, 705, name=a.third_party, sub="检验检测专用章", r=58)

    def concl(p: Painter) -> None:
        p.text(p.w / 2, 80, "测试结论", 16, align="center", bold=True)
        rows = [["测试项", "测试用例数", "通过数", "结果"]]
        for n in ("功能性", "性能效率", "信息安全性", "易用性", "文档"):
            c = rng.randint(12, 60)
            rows.append([n, str(c), str(c), "通过"])
        y = p.table(60, 100, [160, 105, 105, 105], rows, size=10, row_h=22, center_cols=(1, 2, 3))
        y = p.para(60, y + 30, f"经测试，“{a.name}”各项功能和性能指标满足需求规格说明书及合同要求。", 475)
        p.text(60, y + 10, "测试结论：通过", 12, bold=True)
        for i, role in enumerate(("主检：", "审核：", "批准：")):
            p.text(80 + i * 150, y + 80, role, 10.5)
            p.sheet.add("sign", 120 + i * 150, y + 76, name=person(rng, False), px=12)
        p.text(360, y + 140, f"签发日期：{cn_date(a.date)}", 10.5)
        p.sheet.add("seal", 420, y + 120, name=a.third_party, sub="检验检测专用章", r=58)

    f = _fields(a, with_date=False)
    return Paper(
        "acceptance_report",
        [placed(cover), placed(concl)],
        f,
        spots={"conclusion": 1, "seal": 1, "name": 0},
        label="测试报告",
    )


def amount_text(v: object) -> str:
    """合同金额 as an acceptance form writes it."""
    return f"{figures(v)}元"  # type: ignore[arg-type]
