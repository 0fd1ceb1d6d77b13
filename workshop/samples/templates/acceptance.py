"""验收 documents: 项目验收报告 (form), 竣工验收证书, 验收单."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pymupdf

from jianzheng.models.document import DocType

from ..draw import Pen, Style, wrap_lines
from ..spell import date_text
from . import Rendered

_PASS = ("验收合格", "同意通过验收", "验收结论：合格", "经验收，该项目符合合同要求，同意通过验收。")
_FAIL = ("验收不合格", "不同意通过验收，需整改后复验", "整改后复验")


@dataclass
class AcceptanceSpec:
    project_id: str
    project_name: str
    party_a: str
    party_b: str
    accepted_on: dt.date
    contract_number: str = ""
    passed: bool = True
    seals: bool = True
    third_party: str | None = None


def render_acceptance(rng: random.Random, spec: AcceptanceSpec, kind: str | None = None) -> Rendered:
    """One acceptance page (form, certificate or slip) with its seals unless planted without."""
    kind = kind or rng.choice(["report", "certificate", "slip"])
    doc = pymupdf.open()
    pen = Pen(doc, Style.pick(rng))
    pen.new_page()
    title = {
        "report": rng.choice(["项目验收报告", "系统集成项目验收报告", "项目终验报告"]),
        "certificate": rng.choice(["竣工验收证书", "工程竣工验收证书"]),
        "slip": rng.choice(["验收单", "项目验收单"]),
    }[kind]
    pen.center(80, title, size=22)
    conclusion = rng.choice(_PASS if spec.passed else _FAIL)
    date_s = date_text(spec.accepted_on, rng.choice(["cn", "cn0", "iso", "han", "dot"]))
    la = rng.choice(["建设单位", "甲方单位", "使用单位", "采购单位"])
    lb = rng.choice(["承建单位", "实施单位", "乙方单位", "供应商"])
    rows = [
        ["项目名称", spec.project_name],
        [la, spec.party_a],
        [lb, spec.party_b],
    ]
    keys = {(0, 1): "project_name", (1, 1): "party_a", (2, 1): "party_b"}
    if spec.contract_number:
        rows.append(["合同编号", spec.contract_number])
    if spec.third_party:
        rows.append([rng.choice(["监理单位", "第三方测评机构"]), spec.third_party])
        keys[(len(rows) - 1, 1)] = "third_party"
    rows.append([rng.choice(["验收日期", "验收时间"]), date_s])
    keys[(len(rows) - 1, 1)] = "accepted_on"
    if kind == "certificate":
        # A certificate: framed page, fields as lines with a colon, no table rules.
        pen.rect((30, 30, 565, 812), width=2.5)
        pen.rect((36, 36, 559, 806), width=0.6)
        y = 130.0
        for r, (label, value) in enumerate(rows):
            w = pen.text(70, y, f"{label}：")
            for i, line in enumerate(wrap_lines(value, 420 - w, pen.style.size) or [""]):
                pen.text(70 + w, y, line, key=keys.get((r, 1)) if i == 0 else None)
                y += pen.style.size * 1.6
            y += 12
    else:
        y = pen.table(55, 120, [100, 385], rows, row_h=28 if kind != "slip" else 24, keys=keys)
    y += 30
    pen.text(55, y, rng.choice(["验收意见：", "验收组意见：", "一、验收情况"]), size=pen.style.size + 1)
    body = (
        f"{spec.party_a}组织相关人员及专家对{spec.party_b}承建的“{spec.project_name}”进行了验收。验收组听取了项目实施情况汇报，"
        "审阅了项目文档，对系统功能、性能及设备安装情况进行了现场核查和测试。"
    )
    if spec.passed:
        body += "项目按合同要求完成了全部建设内容，系统运行稳定，文档资料齐全。"
    else:
        body += "经核查，部分功能未达到合同约定的技术指标，部分设备未按要求完成安装调试，文档资料不完整。"
    y = pen.wrap(65, y + 24, 460, body)
    pen.text(55, y + 14, "验收结论：", size=pen.style.size + 1)
    pen.text(
        55 + pen.width("验收结论：", pen.style.size + 1),
        y + 14,
        conclusion,
        size=pen.style.size + 1,
        key="conclusion",
    )
    y += 70
    signers = [(55, "建设单位（盖章）", spec.party_a), (310, "承建单位（盖章）", spec.party_b)]
    for x, label, name in signers:
        pen.text(x, y, label)
        pen.text(x, y + 24, "验收负责人（签字）：")
        pen.text(x, y + 80, date_s)
        if spec.seals:
            pen.seal(x + 90, y + 40, name, rng=rng)
    if spec.third_party:
        pen.text(55, y + 140, "监理/测评单位（盖章）：" + spec.third_party)
        if spec.seals:
            pen.seal(380, y + 150, spec.third_party.split("（")[0], radius=48, rng=rng)
    fields: dict[str, object] = {
        "project_name": spec.project_name,
        "party_a": spec.party_a,
        "party_b": spec.party_b,
        "accepted_on": spec.accepted_on.isoformat(),
        "conclusion": "passed" if spec.passed else "failed",
        "has_seal": spec.seals,
    }
    if spec.third_party:
        fields["third_party"] = spec.third_party
    return Rendered(DocType.acceptance_report, doc, fields, pen.marks, project_id=spec.project_id)
