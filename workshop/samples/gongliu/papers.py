"""The ordinary papers of a filing, which agree with the declaration: the 营业执照（副本）, and per project
the contract's key pages with its 项目验收报告."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pymupdf

from .sheet import A4H, A4W, RED, Sheet
from .world import Firm, capital, ymd, ymd0

FEE_LABELS: dict[str, str] = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "商用软件购置费",
    "other": "其他费用",
}

SCOPE = (
    "一般项目：信息系统集成服务；软件开发；信息技术咨询服务；信息系统运行维护服务；数据处理和存储支持服务；"
    "计算机系统服务；网络技术服务；安全技术防范系统设计施工服务；计算机软硬件及辅助设备零售；电子产品销售；"
    "办公设备销售；通讯设备销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
)


@dataclass
class Deal:
    pid: str
    name: str
    client: str
    field: str
    location: str
    number: str
    signed: dt.date
    accepted: dt.date
    fees: dict[str, Decimal]

    @property
    def amount(self) -> Decimal:
        return sum(self.fees.values(), Decimal("0.00"))


def licence(
    doc: pymupdf.Document, firm: Firm, registrar: str, issued: dt.date, rng: random.Random
) -> tuple[Sheet, dict[str, Any]]:
    """The 三证合一 营业执照（副本）, landscape; returns the sheet and the truth fields."""
    s = Sheet(doc, width=A4H, height=A4W)
    w, h = s.width, s.height
    for inset, width in ((18, 2.2), (24, 0.8)):
        s.page.draw_rect(
            pymupdf.Rect(inset, inset, w - inset, h - inset), color=(0.62, 0.45, 0.2), width=width
        )
    s.text(60, 70, "统一社会信用代码", 11)
    s.text(60, 90, firm.credit_code, 13)
    s.text(60, 110, "（1/1）", 9)
    s.page.draw_circle((w / 2, 62), 22, color=RED, fill=RED)
    s.spaced(w / 2, 140, "营业执照", 34, 20)
    s.text(w / 2, 168, "（副    本）", 13, align="center")
    payload = f"http://www.gsxt.gov.cn/index.html?uniscid={firm.credit_code}"
    s.qr(w - 140, 48, 80, payload)
    s.text(w - 100, 142, "扫描二维码登录“国家企业信用", 6.5, align="center")
    s.text(w - 100, 151, "信息公示系统”了解更多登记、", 6.5, align="center")
    s.text(w - 100, 160, "备案、许可、监管信息", 6.5, align="center")
    left, right = 70.0, w / 2 + 30
    y = 212.0
    rows_left = [
        ("名        称", firm.name),
        ("类        型", firm.company_type),
        ("法定代表人", firm.legal_rep),
    ]
    for label, value in rows_left:
        s.text(left, y, label, 11)
        s.text(left + 80, y, value, 11)
        y += 28
    s.text(left, y, "经营范围", 11)
    s.paragraph(left + 80, y, 270, SCOPE, size=9.2, leading=1.55, indent=0)
    y = 212.0
    capital_words = capital(firm.capital)
    rows_right = [
        ("注册资本", capital_words),
        ("成立日期", ymd0(firm.established)),
        ("营业期限", "长期"),
        ("住        所", firm.address),
    ]
    for label, value in rows_right:
        s.text(right, y, label, 11)
        if len(value) > 20:
            s.paragraph(right + 72, y, 250, value, size=11, leading=1.4, indent=0)
        else:
            s.text(right + 72, y, value, 11)
        y += 28
    s.text(right + 60, h - 120, "登记机关", 12)
    s.text(right + 160, h - 78, ymd(issued), 11, align="center")
    s.round_seal(right + 160, h - 112, registrar, r=46, rng=rng)
    s.text(w / 2, h - 40, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8, align="center")
    s.text(w - 60, h - 40, "国家市场监督管理总局监制", 8, align="right")
    fields = {
        "company_name": firm.name,
        "credit_code": firm.credit_code,
        "legal_representative": firm.legal_rep,
        "registered_capital": f"{firm.capital:.2f}",
        "company_type": firm.company_type,
        "established_on": firm.established.isoformat(),
        "valid_until": "长期",
        "address": firm.address,
        "business_scope": SCOPE,
    }
    return s, fields


def contract(
    doc: pymupdf.Document, firm: Firm, deal: Deal, rng: random.Random
) -> tuple[list[Sheet], dict[str, Any]]:
    """Two key pages: parties, price and fee table; terms and the signature block with both seals."""
    s = Sheet(doc)
    s.text(A4W - 70, 60, f"合同编号：{deal.number}", 9.5, align="right")
    s.text(A4W / 2, 104, deal.name, 15 if len(deal.name) < 26 else 12.5, bold=True, align="center")
    s.spaced(A4W / 2, 136, "合同书", 20, 10)
    y = 180.0
    s.text(70, y, f"甲方（采购人）：{deal.client}", 11)
    s.text(70, y + 24, f"乙方（供应商）：{firm.name}", 11)
    s.text(70, y + 48, f"签订地点：{deal.location}", 11)
    y += 84
    y = s.paragraph(
        70,
        y,
        455,
        "根据《中华人民共和国民法典》及相关法律法规的规定，甲乙双方本着平等自愿、诚实信用的原则，就"
        f"“{deal.name}”的实施事宜，经协商一致，订立本合同，共同遵守。",
    )
    y += 6
    s.text(70, y, "第一条  项目内容", 10.5, bold=True)
    y += 22
    y = s.paragraph(
        70,
        y,
        455,
        f"乙方按照甲方需求完成{deal.name}的设备供货、软件开发、系统集成、安装调试、培训及质保服务，"
        f"实施地点为{deal.location}。",
    )
    y += 6
    s.text(70, y, "第二条  合同价款", 10.5, bold=True)
    y += 22
    words = capital(deal.amount)
    y = s.paragraph(70, y, 455, f"本合同总价为人民币{words}（¥{deal.amount:,.2f}），已含税费，分项价格如下：")
    y += 2
    rows = [["序号", "费用名称", "金额（元）"]]
    k = 0
    for key, label in FEE_LABELS.items():
        if deal.fees.get(key):
            k += 1
            rows.append([str(k), label, f"{deal.fees[key]:,.2f}"])
    rows.append(["", "合计", f"{deal.amount:,.2f}"])
    bottom, _ = s.table(90, y, [50, 200, 165], rows, size=10, row_h=20, aligns="clr")
    y = bottom + 26
    s.text(70, y, "第三条  履约期限", 10.5, bold=True)
    y += 22
    s.paragraph(
        70, y, 455, "乙方应于合同签订之日起一百二十日内完成全部供货、安装调试及系统集成工作，并提交验收申请。"
    )
    s2 = Sheet(doc)
    y = 80.0
    terms = [
        (
            "第四条  付款方式",
            "合同签订后十个工作日内甲方支付合同总价的30%；项目验收合格后十个工作日内支付至合同总价的95%；余款5%作为质保金，质保期满无质量问题一次性付清。",
        ),
        (
            "第五条  验收",
            "乙方完成全部工作后书面通知甲方，甲方在接到通知后十五日内组织验收，验收合格后双方签署项目验收报告。",
        ),
        (
            "第六条  质量保证",
            "乙方提供的设备及软件自验收合格之日起免费质保三年，质保期内乙方提供7×24小时响应服务。",
        ),
        (
            "第七条  违约责任",
            "乙方逾期交付的，每逾期一日按合同总价的千分之一向甲方支付违约金；甲方逾期付款的，按同样标准承担违约责任。",
        ),
        ("第八条  其他", "本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。"),
    ]
    for head, body in terms:
        s2.text(70, y, head, 10.5, bold=True)
        y = s2.paragraph(70, y + 22, 455, body) + 8
    y += 30
    s2.text(70, y, "甲方（盖章）：", 11)
    s2.text(70, y + 22, deal.client, 10.5)
    s2.text(320, y, "乙方（盖章）：", 11)
    s2.text(320, y + 22, firm.name, 10.5)
    s2.text(70, y + 60, "法定代表人或授权代表：", 10.5)
    s2.text(320, y + 60, "法定代表人或授权代表：", 10.5)
    s2.signature(190, y + 58, rng, 45)
    s2.signature(440, y + 58, rng, 45)
    s2.text(70, y + 96, f"日期：{ymd(deal.signed)}", 10.5)
    s2.text(320, y + 96, f"日期：{ymd(deal.signed)}", 10.5)
    s2.round_seal(150, y + 40, deal.client, r=48, rng=rng)
    s2.round_seal(400, y + 40, firm.name, r=46, bottom="合同专用章", rng=rng)
    fields = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": deal.client,
        "party_b": firm.name,
        "contract_amount": f"{deal.amount:.2f}",
        "amount_in_words": words,
        "signed_on": deal.signed.isoformat(),
        "fees": {key: f"{deal.fees.get(key, Decimal(0)):.2f}" for key in FEE_LABELS},
        "has_seal": True,
    }
    return [s, s2], fields


def acceptance(
    doc: pymupdf.Document, firm: Firm, deal: Deal, rng: random.Random
) -> tuple[Sheet, dict[str, Any]]:
    s = Sheet(doc)
    s.spaced(A4W / 2, 80, "项目验收报告", 18, 6)
    start = deal.signed + dt.timedelta(days=rng.randint(3, 10))
    finish = deal.accepted - dt.timedelta(days=rng.randint(5, 15))
    rows = [
        ["项目名称", deal.name],
        ["合同编号", deal.number],
        ["建设单位（甲方）", deal.client],
        ["承建单位（乙方）", firm.name],
        ["合同金额", f"人民币{capital(deal.amount)}（¥{deal.amount:,.2f}）"],
        ["开工日期", ymd(start)],
        ["完工日期", ymd(finish)],
        ["验收日期", ymd(deal.accepted)],
        ["验收地点", deal.location],
    ]
    bottom, _ = s.table(60, 110, [120, 355], rows, size=9.6, row_h=24, aligns="ll", header_rows=0)
    y = bottom + 30
    s.text(60, y, "验收意见：", 11, bold=True)
    y = s.paragraph(
        60,
        y + 24,
        475,
        "验收小组听取了承建单位的项目建设汇报，现场查看了设备安装及系统运行情况，查阅了项目技术文档。"
        "经审查，项目已按合同约定的内容和技术要求完成建设，设备运行稳定，软件功能满足需求，文档资料齐全。",
    )
    s.text(60, y + 8, "验收结论：验收合格，同意通过验收。", 11, bold=True)
    y += 60
    s.text(60, y, "验收小组成员（签字）：", 10.5)
    for k in range(3):
        s.signature(200 + k * 95, y, rng, 40)
    y += 70
    s.text(60, y, "建设单位（盖章）：", 10.5)
    s.text(320, y, "承建单位（盖章）：", 10.5)
    s.text(60, y + 70, ymd(deal.accepted), 10.5)
    s.text(320, y + 70, ymd(deal.accepted), 10.5)
    s.round_seal(150, y + 30, deal.client, r=46, rng=rng)
    s.round_seal(410, y + 30, firm.name, r=46, rng=rng)
    fields = {
        "project_name": deal.name,
        "party_a": deal.client,
        "party_b": firm.name,
        "accepted_on": deal.accepted.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    return s, fields
