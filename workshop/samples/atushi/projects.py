"""The project papers a filing needs beside its audit: a 合同书 (two pages, the price itemised by the
form's fee names) and a 项目验收报告. Plain and correct: this family's questions are elsewhere."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from .numerals import capital, cn_date, money
from .sheet import GREY, Sheet

FEE_NAMES: dict[str, str] = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件购置费",
    "software_purchase": "软件购置费",
    "other": "其他费用",
}


@dataclass(frozen=True)
class ProjectPaper:
    """One declared project as its papers state it."""

    pid: str
    name: str
    client: str
    vendor: str
    number: str
    fees: dict[str, Decimal]
    signed: dt.date
    accepted: dt.date
    location: str
    client_rep: str
    vendor_rep: str

    @property
    def amount(self) -> Decimal:
        return sum(self.fees.values(), Decimal(0))

    def contract_fields(self) -> dict[str, object]:
        return {
            "project_name": self.name,
            "contract_number": self.number,
            "party_a": self.client,
            "party_b": self.vendor,
            "contract_amount": f"{self.amount:.2f}",
            "amount_in_words": capital(self.amount),
            "signed_on": self.signed.isoformat(),
            "fees": {k: f"{v:.2f}" for k, v in self.fees.items() if v},
            "has_seal": True,
        }

    def acceptance_fields(self) -> dict[str, object]:
        return {
            "project_name": self.name,
            "party_a": self.client,
            "party_b": self.vendor,
            "accepted_on": self.accepted.isoformat(),
            "conclusion": "passed",
            "has_seal": True,
        }


def contract(first: Sheet, second: Sheet, p: ProjectPaper, rng: random.Random) -> dict[str, int]:
    """Two pages; returns the page (1 or 2) each contract field is printed on."""
    s = first
    left, width = 70.0, first.width - 140
    s.center(90, p.name, 15, bold=True)
    s.center(118, "合  同  书", 18, bold=True)
    s.lines.append("合同书")
    s.text(first.width - 250, 150, f"合同编号：{p.number}", 10)
    s.text(left, 180, f"甲方（采购人）：{p.client}", 11)
    s.text(left, 204, f"乙方（供应商）：{p.vendor}", 11)
    y = s.para(
        left,
        236,
        width,
        f"根据《中华人民共和国民法典》及相关法律法规，甲乙双方本着平等互利的原则，就{p.name}的实施事宜，经友好协商，订立本合同。",
    )
    s.text(left, y + 6, "第一条  项目概况", 11, bold=True)
    y = s.para(
        left,
        y + 30,
        width,
        f"项目名称：{p.name}；实施地点：{p.location}。乙方负责方案设计、设备供货、安装调试、系统集成及培训。",
    )
    s.text(left, y + 6, "第二条  合同价款", 11, bold=True)
    y = s.para(
        left,
        y + 30,
        width,
        f"本合同总价为人民币{capital(p.amount)}（¥{money(p.amount)}），含税，包括以下费用：",
    )
    rows = [["序号", "费用名称", "金额（元）"]]
    for i, (key, value) in enumerate(((k, v) for k, v in p.fees.items() if v), start=1):
        rows.append([str(i), FEE_NAMES[key], money(value)])
    rows.append(["", "合计", money(p.amount)])
    y = s.table(left + 40, y, (50, 180, 140), rows, size=10, row_h=20, aligns="clr") + 20
    s.text(left, y, "第三条  付款方式", 11, bold=True)
    pct = rng.choice([30, 40, 50])
    y = s.para(
        left,
        y + 24,
        width,
        f"合同签订后甲方支付合同总价的{pct}%作为预付款；项目验收合格后支付至合同总价的95%；余款5%作为质保金，质保期满一年无质量问题后付清。",
    )
    s.center(first.height - 40, "第 1 页 共 2 页", 8.5)
    t = second
    y = 80.0
    for title, text in (
        ("第四条  工期", f"乙方应于合同签订后{rng.choice([60, 90, 120])}日历天内完成项目实施并提请验收。"),
        ("第五条  验收", "项目完工后由甲方组织验收，验收合格后双方签署验收报告。"),
        (
            "第六条  质量保证",
            "乙方提供的设备和系统自验收合格之日起免费质保一年，质保期内提供7×24小时响应服务。",
        ),
        (
            "第七条  违约责任",
            "任何一方违反本合同约定的，应向守约方支付合同总价5%的违约金；造成损失的，还应赔偿损失。",
        ),
        ("第八条  争议解决", "因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。"),
        ("第九条  其他", "本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。"),
    ):
        t.text(left, y, title, 11, bold=True)
        y = t.para(left, y + 24, width, text) + 8
    y += 30
    t.text(left, y, "甲方（盖章）：", 11)
    t.text(left, y + 26, p.client, 10.5)
    t.round_seal(left + 90, y + 40, 44, p.client, "合同专用章")
    t.text(left, y + 90, f"法定代表人或授权代表：{p.client_rep}", 10)
    t.text(320, y, "乙方（盖章）：", 11)
    t.text(320, y + 26, p.vendor, 10.5)
    t.round_seal(410, y + 40, 44, p.vendor, "合同专用章")
    t.text(320, y + 90, f"法定代表人或授权代表：{p.vendor_rep}", 10)
    t.text(left, y + 130, f"签订日期：{cn_date(p.signed)}", 10.5)
    t.text(320, y + 130, f"签订日期：{cn_date(p.signed)}", 10.5)
    t.center(second.height - 40, "第 2 页 共 2 页", 8.5)
    return {
        "project_name": 1,
        "contract_number": 1,
        "party_a": 1,
        "party_b": 1,
        "contract_amount": 1,
        "amount_in_words": 1,
        "fees": 1,
        "signed_on": 2,
    }


def acceptance(s: Sheet, p: ProjectPaper, rng: random.Random, members: list[str]) -> None:
    """项目验收报告 on one page, sealed by both sides."""
    left = 60.0
    s.center(80, "项目验收报告", 18, bold=True)
    rows = [
        ["项目名称", p.name],
        ["建设单位", p.client],
        ["承建单位", p.vendor],
        ["合同编号", p.number],
        ["合同金额", f"¥{money(p.amount)}"],
        ["实施地点", p.location],
        ["验收日期", cn_date(p.accepted)],
    ]
    y = s.table(left, 110, (110, s.width - 2 * left - 110), rows, size=10, row_h=26, aligns="ll", header=0)
    y = s.para(
        left,
        y + 28,
        s.width - 2 * left,
        f"{cn_date(p.accepted)}，建设单位组织验收小组对{p.name}进行了验收。验收小组查看了现场，审阅了竣工资料，对系统功能和性能进行了测试。"
        "经审核，该项目已按合同要求完成全部建设内容，设备安装规范，系统运行稳定，技术资料齐全。",
    )
    s.text(left, y + 10, "验收结论：合格，同意通过验收。", 12, bold=True)
    y += 40
    table = [["姓名", "单位", "职务/职称", "签字"]]
    for name in members:
        table.append(
            [
                name,
                p.client if rng.random() < 0.7 else p.vendor,
                rng.choice(["工程师", "高级工程师", "科长", "副主任"]),
                "",
            ]
        )
    y = s.table(left, y, (90, 230, 80, 75), table, size=9, row_h=24, aligns="llll")
    for k, name in enumerate(members):
        s.signature(left + 410, y - 24 * (len(members) - k) + 17, name, 11)
    y += 30
    s.text(left, y, "建设单位（盖章）：", 10.5)
    s.round_seal(left + 110, y + 26, 42, p.client)
    s.text(320, y, "承建单位（盖章）：", 10.5)
    s.round_seal(430, y + 26, 42, p.vendor)
    s.text(left, y + 90, f"日期：{cn_date(p.accepted)}", 10.5)
    s.text(320, y + 90, f"日期：{cn_date(p.accepted)}", 10.5)
    s.text(left, s.height - 40, "本报告一式三份，建设单位存两份，承建单位存一份。", 8.5, color=GREY)
