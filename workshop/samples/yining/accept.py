"""Acceptance papers the client issues, with its letterhead in two languages (the second language above the
Chinese) and bilingual section headings: the 项目验收报告 form with its 验收小组成员签字表, and the one-page
验收意见 letter.
"""

from __future__ import annotations

import random
from typing import Any

import pymupdf

from . import ink
from .canvas import RED, Sheet
from .model import Filing, Project
from .numerals import date_cn, date_padded, date_plain, grouped

X0, X1 = 68.0, 527.0

UG = {
    "report": "تۈر تەكشۈرۈپ قوبۇل قىلىش دوكلاتى",
    "opinion": "تەكشۈرۈپ قوبۇل قىلىش پىكرى",
    "basis": "تەكشۈرۈپ قوبۇل قىلىش ئاساسى",
    "content": "تەكشۈرۈپ قوبۇل قىلىش مەزمۇنى ۋە ئەھۋالى",
    "view": "تەكشۈرۈپ قوبۇل قىلىش پىكرى",
    "conclusion": "تەكشۈرۈپ قوبۇل قىلىش خۇلاسىسى",
    "general": "تۈرنىڭ ئاساسىي ئەھۋالى",
    "members": "تەكشۈرۈپ قوبۇل قىلىش گۇرۇپپىسى ئەزالىرىنىڭ ئىمزا جەدۋىلى",
    "owner": "قۇرۇلۇش قىلغۇچى ئورۇن (تامغا)",
    "builder": "ھۆددىگەر ئورۇن (تامغا)",
    "name": "ئىسىم-فامىلىسى",
    "unit": "خىزمەت ئورنى",
    "post": "ۋەزىپىسى",
    "sign": "ئىمزا",
}
KK = {
    "report": "جوبانى تەكسەرىپ قابىلداۋ بايانداماسى",
    "opinion": "تەكسەرىپ قابىلداۋ پىكىرى",
    "basis": "تەكسەرىپ قابىلداۋ نەگىزى",
    "content": "تەكسەرىپ قابىلداۋ مازمۇنى",
    "view": "تەكسەرىپ قابىلداۋ پىكىرى",
    "conclusion": "تەكسەرىپ قابىلداۋ قورىتىندىسى",
    "general": "جوبانىڭ نەگىزگى جاعدايى",
    "members": "تەكسەرىپ قابىلداۋ گرۋپپاسى مۇشەلەرىنىڭ قول قويۋ كەستەسى",
    "owner": "قۇرىلىس ورنى (ٴمور)",
    "builder": "مەردىگەر ورىن (ٴمور)",
    "name": "اتى-ٴجونى",
    "unit": "قىزمەت ورنى",
    "post": "قىزمەتى",
    "sign": "قولى",
}


def words(p: Project) -> dict[str, str]:
    return KK if p.client.lang == "kk" else UG


def letterhead(s: Sheet, p: Project, y: float = 46.0) -> float:
    """The client's name in its second language above the Chinese, a red rule under both."""
    s.arabic(X0, X1, y, p.client.second, 13, align="center", bold=True, color="#b3141c")
    s.center(y + 50, p.client.cn, 17, bold=True, color=RED, spacing=2)
    s.line(X0, y + 62, X1, y + 62, 1.6, RED)
    s.line(X0, y + 65, X1, y + 65, 0.5, RED)
    return y + 70


def _heading(s: Sheet, y: float, cn: str, second: str) -> float:
    """A bilingual section heading: Chinese on the left, the second language right-aligned on the same line."""
    s.box(X0, y, X1, y + 22, w=0.6, fill=(0.93, 0.93, 0.93))
    s.text(X0 + 6, y + 15.5, cn, 11, bold=True)
    s.arabic(X0 + 200, X1 - 6, y + 2.5, second, 10.5, bold=True)
    return y + 22


def _text_block(s: Sheet, y: float, text: str, size: float = 10.5, min_h: float = 0) -> float:
    top = y
    y = s.para(X0 + 8, X1 - 8, y + 17, text, size, leading=1.7)
    bottom = max(y - size * 0.9, top + min_h)
    s.line(X0, top, X0, bottom)
    s.line(X1, top, X1, bottom)
    s.line(X0, bottom, X1, bottom)
    return bottom


def _conclusion_line(s: Sheet, y: float, passed: bool) -> float:
    top = y
    yb = y + 24
    x = s.tick_box(X0 + 14, yb, 12, passed)
    x = s.text(x, yb, "验收合格，同意通过验收", 11)
    x = s.tick_box(x + 40, yb, 12, not passed)
    s.text(x, yb, "验收不合格，限期整改后重新组织验收", 11)
    bottom = top + 36
    s.line(X0, top, X0, bottom)
    s.line(X1, top, X1, bottom)
    s.line(X0, bottom, X1, bottom)
    return bottom


def _findings(p: Project, rng: random.Random) -> str:
    if p.passed:
        return (
            "验收小组听取了承建单位关于项目实施情况的汇报，现场查验了设备安装及系统运行情况，查阅了项目合同、设备清单、"
            "测试记录及技术文档。经认真讨论，验收小组认为：该项目已按合同约定完成全部建设内容，设备型号、数量与合同一致，"
            "系统运行稳定，技术文档齐全，符合验收条件，同意通过验收。"
        )
    issue = rng.choice(
        (
            "部分前端设备尚未完成联网调试",
            "业务系统部分功能模块未按合同约定上线运行",
            "设备到货数量与合同清单不符",
        )
    )
    return (
        f"验收小组听取了承建单位的汇报并进行了现场查验，发现以下问题：1．{issue}；2．技术文档及操作手册不完整；"
        "3．系统试运行时间不足。验收小组认为该项目暂不具备验收条件，不同意通过验收，请承建单位于30日内完成整改后"
        "重新提出验收申请。"
    )


def report(
    doc: pymupdf.Document, rng: random.Random, f: Filing, p: Project
) -> tuple[list[Sheet], dict[str, Any]]:
    """项目验收报告 (page 1: facts, bilingual sections, conclusion, the two 盖章 blocks) and the
    验收小组成员签字表 (page 2)."""
    w = words(p)
    dot = f.dots["acceptance"]
    s = Sheet.new(doc)
    y = letterhead(s, p)
    s.arabic(X0, X1, y + 6, w["report"], 12, align="center")
    s.center(y + 48, "项目验收报告", 19, bold=True, spacing=3)
    y += 62
    xs = [X0, X0 + 92, X0 + 250, X0 + 330, X1]
    rows = [
        [("项目名称", 0, 1), (p.name, 1, 4)],
        [("建设单位", 0, 1), (p.client.cn, 1, 4)],
        [("承建单位", 0, 1), (f.firm.name, 1, 4)],
        [("合同编号", 0, 1), (p.contract_no, 1, 2), ("合同金额", 2, 3), (f"¥{grouped(p.amount)}元", 3, 4)],
        [
            ("开工日期", 0, 1),
            (date_padded(p.signed), 1, 2),
            ("完工日期", 2, 3),
            (date_padded(p.finished), 3, 4),
        ],
        [("验收日期", 0, 1), (date_padded(p.accepted), 1, 2), ("验收地点", 2, 3), (p.client.cn, 3, 4)],
    ]
    if p.third_party:
        rows.append([("监理单位", 0, 1), (p.third_party, 1, 4)])
    for row in rows:
        h = 34 if row[0][0] == "建设单位" else 24
        s.box(X0, y, X1, y + h, w=0.6)
        for text, a, b in row:
            s.line(xs[a], y, xs[a], y + h)
            if text == p.client.cn and row[0][0] == "建设单位":
                s.text(xs[a] + 5, y + 14, text, 10.5)
                s.arabic(xs[a] + 5, xs[b] - 5, y + 16, p.client.second, 8.5, align="left")
            else:
                s.cell(xs[a], y, xs[b], y + h, text, 10.5, "center" if a % 2 == 0 else "left")
        y += h
    y = _heading(s, y, "一、验收依据", w["basis"])
    y = _text_block(
        s,
        y,
        f"1．甲乙双方签订的《{p.name}合同》（合同编号：{p.contract_no}）；2．承建单位投标（响应）文件及"
        "技术方案；3．国家及自治区现行相关技术标准和规范。",
    )
    y = _heading(s, y, "二、验收内容及情况", w["content"])
    y = _text_block(s, y, _findings(p, rng), min_h=60)
    y = _heading(s, y, "三、验收结论", w["conclusion"])
    y = _conclusion_line(s, y, p.passed)
    # the two seal blocks
    top = y
    bottom = min(y + 150, s.h - 40)
    s.line(X0, top, X0, bottom)
    s.line(X1, top, X1, bottom)
    s.line((X0 + X1) / 2, top, (X0 + X1) / 2, bottom)
    s.line(X0, bottom, X1, bottom)
    mid = (X0 + X1) / 2
    s.text(X0 + 8, top + 18, "建设单位（盖章）：", 10.5)
    s.arabic(X0 + 8, mid - 8, top + 22, w["owner"], 9, align="left")
    s.text(mid + 8, top + 18, "承建单位（盖章）：", 10.5)
    s.text(X0 + 8, top + 88, "负责人（签字）：", 10.5)
    s.text(mid + 8, top + 88, "负责人（签字）：", 10.5)
    s.sign(ink.signature(rng), X0 + 96, top + 92)
    s.sign(ink.signature(rng), mid + 96, top + 92)
    s.text(X0 + 100, bottom - 14, date_plain(p.accepted), 10.5)
    s.text(mid + 100, bottom - 14, date_plain(p.accepted), 10.5)
    if p.acceptance_sealed:
        s.stamp(
            ink.body_seal(rng, p.client.cn, p.client.second, p.client.lang, layout=p.seal_layout),
            X0 + 150 + rng.uniform(-10, 10),
            top + 92 + rng.uniform(-6, 6),
        )
        s.stamp(
            ink.firm_seal(rng, f.firm.name), mid + 150 + rng.uniform(-10, 10), top + 92 + rng.uniform(-6, 6)
        )
    s.marks["acceptance"] = "p1"
    # page 2: members
    s2 = Sheet.new(doc)
    s2.arabic(X0, X1, 60, w["members"], 12, align="center", bold=True)
    s2.center(112, "验收小组成员签字表", 17, bold=True, spacing=2)
    s2.text(X0, 140, f"项目名称：{p.name}", 10.5)
    xs2 = [X0, X0 + 40, X0 + 150, X0 + 300, X0 + 380, X1]
    y = 152.0
    heads = [
        ("序号", ""),
        ("姓名", w["name"]),
        ("工作单位", w["unit"]),
        ("职务/职称", w["post"]),
        ("签字", w["sign"]),
    ]
    s2.box(X0, y, X1, y + 40)
    for i, (cn, second) in enumerate(heads):
        s2.line(xs2[i], y, xs2[i], y + 40)
        s2.center(y + 16, cn, 10.5, xs2[i], xs2[i + 1])
        if second:
            s2.arabic(xs2[i] + 2, xs2[i + 1] - 2, y + 21, second, 8, align="center")
    y += 40
    posts = ["组长", "副组长", "成员", "成员", "成员", "成员", "成员"]
    units = [p.client.cn, p.client.cn, p.client.cn, "特邀专家", p.client.cn, p.client.cn, p.client.cn]
    titles = [
        "副局长" if "局" in p.client.cn else "副院长" if "医院" in p.client.cn else "副校长",
        "科长",
        "工程师",
        "高级工程师",
        "信息中心主任",
        "财务负责人",
        "纪检监督员",
    ]
    for i, person in enumerate(p.members):
        s2.box(X0, y, X1, y + 30)
        for x in xs2[1:-1]:
            s2.line(x, y, x, y + 30)
        s2.cell(xs2[0], y, xs2[1], y + 30, str(i + 1), 10.5, "center")
        s2.cell(xs2[1], y, xs2[2], y + 30, person.name(dot), 10.5, "center")
        s2.cell(xs2[2], y, xs2[3], y + 30, units[i % len(units)], 9.5, "center")
        s2.cell(xs2[3], y, xs2[4], y + 30, f"{posts[i]}/{titles[i]}" if i < 2 else titles[i], 9, "center")
        s2.sign(ink.signature(rng, 22, 8), xs2[4] + 12, y + 22)
        y += 30
    s2.text(X0, y + 28, f"验收日期：{date_cn(p.accepted)}", 10.5)
    return [s, s2], _fields(p, f)


def opinion(
    doc: pymupdf.Document, rng: random.Random, f: Filing, p: Project
) -> tuple[list[Sheet], dict[str, Any]]:
    """验收意见: one page, letterhead, a bilingual title, three bilingual headings, the leader's signature and the
    client's seal over the date in Chinese numerals."""
    w = words(p)
    dot = f.dots["acceptance"]
    s = Sheet.new(doc)
    y = letterhead(s, p)
    s.arabic(X0, X1, y + 8, w["opinion"], 12, align="center")
    s.center(y + 50, f"{p.name}", 14.5, bold=True)
    s.center(y + 72, "验收意见", 16, bold=True, spacing=4)
    y += 104
    leader = p.members[0]
    intro = (
        f"{date_plain(p.accepted)}，{p.client.cn}组织成立验收小组（成员名单附后），对{f.firm.name}承建的{p.name}"
        f"（合同编号：{p.contract_no}）进行了验收。验收小组由{leader.name(dot)}任组长，听取了承建单位的汇报，"
        "审阅了项目资料，并进行了现场检查，形成验收意见如下："
    )
    y = s.para(X0, X1, y, intro, 11, leading=1.8)
    sections = [
        (
            "一、项目基本情况",
            w["general"],
            f"本项目于{date_plain(p.signed)}签订合同，合同金额为人民币{grouped(p.amount)}元，实施地点为{p.client.place.cn}，"
            f"主要建设内容包括设备供货安装、系统部署及调试，于{date_plain(p.finished)}完工并提交验收申请。",
        ),
        ("二、验收情况", w["content"], _findings(p, rng)),
    ]
    for cn, second, text in sections:
        s.text(X0, y + 4, cn, 11.5, bold=True)
        s.arabic(X0 + 150, X1, y - 8, second, 10.5, bold=True)
        y = s.para(X0, X1, y + 26, text, 11, leading=1.8)
    s.text(X0, y + 4, "三、验收结论", 11.5, bold=True)
    s.arabic(X0 + 150, X1, y - 8, w["conclusion"], 10.5, bold=True)
    verdict = (
        "验收小组一致同意该项目通过验收，验收结论为：合格。"
        if p.passed
        else "验收小组意见：该项目暂不通过验收，验收结论为：不合格，整改后重新组织验收。"
    )
    y = s.para(X0, X1, y + 26, verdict, 11, leading=1.8)
    y = max(y + 20, 600)
    s.text(X0 + 10, y, "验收小组组长（签字）：", 11)
    s.sign(ink.signature(rng), X0 + 140, y + 6)
    members = "、".join(m.name(dot) for m in p.members[1:])
    s.text(X0 + 10, y + 30, "验收小组成员：", 10.5)
    s.para(X0 + 86, X1, y + 30, members, 10.5, indent=0, leading=1.6)
    s.right(X1 - 20, y + 100, p.client.cn, 11.5)
    s.right(X1 - 20, y + 124, date_cn(p.accepted), 11.5)
    if p.acceptance_sealed:
        s.stamp(
            ink.body_seal(rng, p.client.cn, p.client.second, p.client.lang, layout=p.seal_layout),
            X1 - 90 + rng.uniform(-10, 10),
            y + 104 + rng.uniform(-8, 8),
        )
    s.marks["acceptance"] = "p1"
    return [s], _fields(p, f)


def _fields(p: Project, f: Filing) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "project_name": p.name,
        "party_a": p.client.cn,
        "party_b": f.firm.name,
        "accepted_on": p.accepted.isoformat(),
        "conclusion": "passed" if p.passed else "failed",
        "has_seal": p.acceptance_sealed,
    }
    if p.third_party:
        fields["third_party"] = p.third_party
    return fields
