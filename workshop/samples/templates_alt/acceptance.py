"""Alt acceptance documents: 项目验收单 (form with checkboxes), 项目终验报告 (验收组意见, 专家签字),
竣工验收证明 (a one-page letter). Dates are mostly written in Chinese numerals (二〇二四年十一月二十日)."""

from __future__ import annotations

import random

import pymupdf

from jianzheng.models.document import DocType

from .. import names
from ..draw import Pen, Style, wrap_lines
from ..spell import date_text
from ..templates import Rendered
from ..templates.acceptance import AcceptanceSpec

KINDS = ("form", "final", "proof")


def render_alt_acceptance(rng: random.Random, spec: AcceptanceSpec, kind: str | None = None) -> Rendered:
    kind = kind or rng.choice(KINDS)
    doc = pymupdf.open()
    pen = Pen(doc, Style.pick(rng))
    pen.new_page()
    date_s = date_text(spec.accepted_on, rng.choice(["han", "han", "cn0"]))
    {"form": _form, "final": _final, "proof": _proof}[kind](pen, rng, spec, date_s)
    fields: dict[str, object] = {
        "project_name": spec.project_name,
        "party_a": spec.party_a,
        "party_b": spec.party_b,
        "accepted_on": spec.accepted_on.isoformat(),
        "conclusion": "passed" if spec.passed else "failed",
        "has_seal": spec.seals,
    }
    return Rendered(DocType.acceptance_report, doc, fields, pen.marks, project_id=spec.project_id)


def _seal(pen: Pen, rng: random.Random, spec: AcceptanceSpec, x: float, y: float, name: str) -> None:
    if spec.seals:
        pen.seal(x, y, name, rng=rng)


def _form(pen: Pen, rng: random.Random, spec: AcceptanceSpec, date_s: str) -> None:
    """项目验收单: one ruled form, the conclusion as ticked boxes."""
    pen.center(75, rng.choice(["项目验收单", "信息化项目验收单", "系统验收单"]), size=20)
    pen.text(380, 102, f"编号：YS-{spec.accepted_on.year}-{rng.randint(1, 99):02d}", size=9)
    ok, bad = ("☑", "□") if spec.passed else ("□", "☑")
    rows = [
        ["项目名称", spec.project_name],
        [rng.choice(["项目单位", "建设单位"]), spec.party_a],
        [rng.choice(["承建单位", "供货单位", "实施单位"]), spec.party_b],
        ["合同编号", spec.contract_number or "—"],
        ["验收日期", date_s],
        ["验收内容", "软硬件设备安装调试、系统功能测试、技术文档及培训"],
        ["验收结论", f"{ok}合格    {bad}不合格"],
    ]
    y = pen.table(50, 120, [100, 395], rows, row_h=30)
    y = pen.wrap(
        60,
        y + 24,
        470,
        "备注：" + rng.choice(["无。", "设备序列号详见附件清单。", "质保期自验收合格之日起计算。"]),
    )
    y += 30
    pen.text(60, y, "建设单位（盖章）：")
    pen.text(315, y, "承建单位（盖章）：")
    pen.text(60, y + 60, "经办人：" + names.person(rng))
    pen.text(315, y + 60, "项目经理：" + names.person(rng))
    _seal(pen, rng, spec, 150, y + 30, spec.party_a)
    _seal(pen, rng, spec, 405, y + 30, spec.party_b)


def _final(pen: Pen, rng: random.Random, spec: AcceptanceSpec, date_s: str) -> None:
    """项目终验报告: basic facts, the 验收组意见 paragraph, the experts' signatures, then the seals."""
    pen.center(80, rng.choice(["项目终验报告", "项目竣工验收报告"]), size=20)
    y = 120.0
    for label, value in (
        ("项目名称：", spec.project_name),
        ("建设单位：", spec.party_a),
        ("承建单位：", spec.party_b),
        ("验收时间：", date_s),
    ):
        w = pen.text(60, y, label)
        for line in wrap_lines(value, 470 - w, pen.style.size):
            pen.text(60 + w, y, line)
            y += pen.style.size * 1.6
        y += 6
    y += 8
    pen.text(60, y, "验收组意见：", size=pen.style.size + 1)
    body = (
        f"{date_s}，{spec.party_a}组织专家组对“{spec.project_name}”进行终验。验收组听取了承建单位的"
        "建设情况汇报，查阅了项目文档，现场检查了系统运行情况。"
    )
    if spec.passed:
        body += (
            "验收组认为：项目完成了合同约定的建设内容，系统运行稳定，文档齐全，验收组一致同意该项目通过终验。"
        )
    else:
        body += "验收组认为：项目部分功能尚未实现，性能指标未达到合同要求，验收组不同意通过验收，请承建单位限期整改。"
    y = pen.wrap(72, y + 24, 458, body)
    y += 16
    pen.text(60, y, "专家签字：")
    experts = [["序号", "姓名", "单位", "职称", "签字"]]
    for i in range(3):
        experts.append(
            [
                str(i + 1),
                names.person(rng),
                rng.choice(["新疆大学", "自治区信息中心", "新疆电信"]),
                "高级工程师",
                "",
            ]
        )
    y = pen.table(60, y + 12, [40, 80, 170, 90, 90], experts, row_h=22, size=9.5)
    y += 40
    pen.text(60, y, "建设单位（盖章）")
    pen.text(320, y, "承建单位（盖章）")
    pen.text(60, y + 80, date_s)
    pen.text(320, y + 80, date_s)
    _seal(pen, rng, spec, 140, y + 35, spec.party_a)
    _seal(pen, rng, spec, 400, y + 35, spec.party_b)


def _proof(pen: Pen, rng: random.Random, spec: AcceptanceSpec, date_s: str) -> None:
    """竣工验收证明: a short letter from the client."""
    pen.center(110, rng.choice(["竣工验收证明", "项目验收证明"]), size=22)
    y = 170.0
    verdict = "验收合格" if spec.passed else "验收不合格，需整改后复验"
    text = (
        f"兹证明，由{spec.party_b}承建的我单位“{spec.project_name}”"
        + (f"（合同编号：{spec.contract_number}）" if spec.contract_number else "")
        + f"已按合同约定完成全部建设内容，并于{date_s}通过我单位组织的竣工验收，{verdict}。"
    )
    if not spec.passed:
        text = text.replace("通过我单位组织的竣工验收", "经我单位组织竣工验收")
    y = pen.wrap(80, y, 440, "　　" + text, leading=1.9)
    y = pen.wrap(80, y + 10, 440, "　　特此证明。", leading=1.9)
    y += 60
    pen.text(320, y, "建设单位（盖章）：")
    pen.text(320, y + 26, spec.party_a, size=pen.style.size - 1)
    pen.text(340, y + 80, date_s)
    _seal(pen, rng, spec, 400, y + 30, spec.party_a)
    pen.text(60, y + 150, f"承建单位：{spec.party_b}", size=pen.style.size - 1)
