"""Contract papers: 中标（成交）通知书, 政府采购合同, 项目合同书 (援疆 and county projects).

Each function returns the sheets of one paper and the truth fields the paper visibly shows
(CONTRACT 2.2 names; money two decimals, dates ISO).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from .filing import Sheet
from .paint import HEI, Pen
from .people import Client, Firm, capital, cn_date, figures, money, wan


@dataclass(frozen=True)
class Deal:
    """One contract and the facts around it."""

    pid: str
    title: str
    number: str
    client: Client
    vendor: Firm
    """Party B as printed (the declaring firm, except where a plant says otherwise)."""
    amount: Decimal
    signed: dt.date
    accepted: dt.date
    county: str
    scope: tuple[str, ...]
    client_rep: str
    vendor_rep: str
    tender_no: str = ""
    agency: str = ""
    months: int = 4


AmountStyle = Literal["capital", "wan", "both"]


def _amount_line(deal: Deal, style: AmountStyle, label: str) -> tuple[str, dict[str, Any]]:
    """The printed amount sentence and the fields it yields."""
    words = capital(deal.amount)
    if style == "capital":
        return f"{label}：{words}", {"contract_amount": money(deal.amount), "amount_in_words": words}
    if style == "wan":
        return f"{label} {wan(deal.amount)} 万元（含税）", {"contract_amount": money(deal.amount)}
    return (
        f"{label}：人民币{words}（¥{figures(deal.amount)}）",
        {"contract_amount": money(deal.amount), "amount_in_words": words},
    )


def award_notice(doc: str, deal: Deal, method: str, issued: dt.date) -> list[Sheet]:
    """中标（成交）通知书, issued by the 采购代理机构 a week or two before signing; amount in words and figures."""

    def draw(p: Pen) -> None:
        p.center(110, "中标（成交）通知书", 20)
        p.right(523, 140, f"项目编号：{deal.tender_no}", 10)
        p.text(72, 180, f"{deal.vendor.name}：", 11)
        y = p.para(
            72,
            208,
            f"{deal.client.full}委托我单位以{method}方式组织采购的“{deal.title}”（项目编号：{deal.tender_no}），"
            "已按规定程序完成评审工作，经采购人确认，现确定贵单位为本项目中标（成交）供应商。",
            11,
        )
        y = p.para(
            72, y + 4, f"中标（成交）金额：人民币{capital(deal.amount)}（¥{figures(deal.amount)}）。", 11
        )
        y = p.para(
            72,
            y + 4,
            "请贵单位自本通知书发出之日起三十日内，按照采购文件和响应文件的约定与采购人签订政府采购合同。"
            "本通知书对采购人和中标（成交）供应商均具有法律效力。",
            11,
        )
        p.text(72, y + 30, "特此通知。", 11)
        p.text(300, y + 90, f"采购人：{deal.client.full[:22]}", 10.5)
        if len(deal.client.full) > 22:
            p.text(342, y + 108, deal.client.full[22:], 10.5)
        p.text(300, y + 140, f"采购代理机构：{deal.agency}", 10.5)
        p.text(360, y + 178, cn_date(issued), 11)
        p.seal(420, y + 150, deal.agency, r=40)

    return [Sheet(doc, draw)]


def gov_contract(doc: str, deal: Deal, style: AmountStyle) -> tuple[list[Sheet], dict[str, Any]]:
    """政府采购合同, two pages: parties, amount and scope on page 1; clauses and signatures on page 2."""
    amount_text, amount_fields = _amount_line(deal, style, "合同金额")
    fields: dict[str, Any] = {
        "project_name": deal.title,
        "contract_number": deal.number,
        "party_a": deal.client.full,
        "party_b": deal.vendor.name,
        **amount_fields,
        "signed_on": deal.signed.isoformat(),
    }

    def page1(p: Pen) -> None:
        p.center(96, "政府采购合同", 22, spacing=1)
        p.right(523, 130, f"合同编号：{deal.number}", 10)
        p.right(523, 146, f"项目编号：{deal.tender_no}", 10)
        y = 180.0
        for label, value in (
            ("采购人（甲方）：", deal.client.full),
            ("供应商（乙方）：", deal.vendor.name),
            ("乙方地址：", deal.vendor.address),
        ):
            p.label_value(72, y, label, value, 10.5)
            y += 20
        y = p.para(
            72,
            y + 10,
            "根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目采购文件、乙方响应文件和"
            f"中标（成交）通知书，甲乙双方就“{deal.title}”的采购事宜，经平等协商，订立本合同，共同遵守。",
        )
        y = p.para(72, y + 4, f"第一条  项目名称：{deal.title}。", indent=False)
        y = p.para(
            72,
            y,
            amount_text
            + "。该金额为固定总价，包含设备、软件、运输、安装调试、培训、税费及质保期内服务等全部费用。",
            indent=False,
        )
        y = p.para(72, y, "第二条  采购内容：", indent=False)
        for i, item in enumerate(deal.scope, start=1):
            y = p.para(92, y, f"{i}. {item}", indent=False)
        y = p.para(
            72,
            y,
            f"第三条  履约期限及地点：自合同签订之日起{deal.months}个月内完成全部供货、安装、调试及试运行，"
            f"履约地点为{deal.county}采购人指定地点。",
            indent=False,
        )
        p.para(
            72,
            y,
            "第四条  付款方式：合同签订后甲方支付合同金额的30%作为预付款；设备到货并安装完成后支付至70%；"
            "项目验收合格后支付至97%；余款3%作为质量保证金，质保期满无质量问题后一次性无息付清。",
            indent=False,
        )

    def page2(p: Pen) -> None:
        y = 80.0
        for clause in (
            "第五条  验收：乙方完成全部内容并试运行合格后，向甲方提出书面验收申请，甲方组织验收小组按采购文件、"
            "响应文件及国家有关标准进行验收，并出具验收单及验收意见。必要时委托具有CMA资质的第三方检测机构进行检测。",
            "第六条  质量保证：质保期为验收合格之日起三年，质保期内乙方提供7×24小时响应，重大故障4小时内到场。",
            "第七条  违约责任：乙方逾期交付的，每逾期一日按合同金额的千分之三支付违约金；甲方逾期付款的，按同期"
            "贷款市场报价利率支付逾期利息。",
            "第八条  争议解决：因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。",
            "第九条  本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。",
        ):
            y = p.para(72, y, clause, indent=False) + 4
        y += 30
        p.text(72, y, "甲方（盖章）：", 11, HEI)
        p.text(320, y, "乙方（盖章）：", 11, HEI)
        p.text(72, y + 22, deal.client.full[:18], 10)
        if len(deal.client.full) > 18:
            p.text(72, y + 38, deal.client.full[18:], 10)
        p.text(320, y + 22, deal.vendor.name, 10)
        p.text(72, y + 74, "法定代表人或授权代表（签字）：", 10)
        p.text(320, y + 74, "法定代表人或授权代表（签字）：", 10)
        p.signature(110, y + 98, deal.client_rep)
        p.signature(360, y + 98, deal.vendor_rep)
        p.text(320, y + 126, f"开户银行：{deal.vendor.bank}", 9.5)
        p.text(320, y + 142, f"账    号：{deal.vendor.account}", 9.5)
        p.text(72, y + 180, f"签订日期：{cn_date(deal.signed)}", 10.5)
        p.text(320, y + 180, f"签订地点：{deal.county}", 10.5)
        p.seal(150, y + 50, deal.client.full, r=44)
        p.seal(410, y + 52, deal.vendor.name, r=42, bottom="合同专用章")

    return [Sheet(doc, page1), Sheet(doc, page2)], fields


def project_contract(
    doc: str, deal: Deal, style: AmountStyle, kind: str = "建设"
) -> tuple[list[Sheet], dict[str, Any]]:
    """项目合同书 (``kind`` 建设 or 运维服务): parties block, scope, price, terms; signatures on page 2."""
    amount_text, amount_fields = _amount_line(deal, style, "合同总价")
    fields: dict[str, Any] = {
        "project_name": deal.title,
        "contract_number": deal.number,
        "party_a": deal.client.full,
        "party_b": deal.vendor.name,
        **amount_fields,
        "signed_on": deal.signed.isoformat(),
    }

    def page1(p: Pen) -> None:
        p.center(120, deal.title, 17 if len(deal.title) < 26 else 14)
        p.center(156, "合  同  书", 22)
        p.right(523, 190, f"合同编号：{deal.number}", 10)
        y = 226.0
        p.label_value(72, y, "甲    方：", deal.client.full, 10.5)
        p.label_value(72, y + 20, "乙    方：", deal.vendor.name, 10.5)
        p.label_value(72, y + 40, "乙方法定代表人：", deal.vendor.legal_rep, 10.5)
        p.label_value(72, y + 60, "乙方联系电话：", deal.vendor.phone, 10.5)
        y = p.para(
            72,
            y + 96,
            f"为做好{deal.title}，甲乙双方依据《中华人民共和国民法典》及有关规定，遵循平等、自愿、公平和诚实信用的原则，"
            f"就本项目{kind}事宜协商一致，订立本合同。",
        )
        y = p.para(72, y + 4, "一、项目概况", indent=False, font=HEI)
        y = p.para(72, y, f"1. 项目名称：{deal.title}", indent=False)
        y = p.para(72, y, f"2. 实施地点：新疆克孜勒苏柯尔克孜自治州{deal.county}", indent=False)
        y = p.para(72, y, "3. 主要内容：" + "；".join(deal.scope) + "。", indent=False)
        y = p.para(72, y + 4, "二、合同价款", indent=False, font=HEI)
        y = p.para(
            72,
            y,
            amount_text + "，包含完成本合同约定全部内容所需的一切费用，合同履行期间不作调整。",
            indent=False,
        )
        y = p.para(72, y + 4, "三、履行期限", indent=False, font=HEI)
        p.para(
            72,
            y,
            f"自合同签订之日起{deal.months}个月内完成{kind}内容并具备验收条件。"
            + ("服务期内乙方安排专人驻场，按月提交运维报告。" if kind != "建设" else ""),
            indent=False,
        )

    def page2(p: Pen) -> None:
        y = 80.0
        for head, body in (
            (
                "四、付款方式",
                "合同签订后十个工作日内，甲方向乙方支付合同总价的40%；项目验收合格后支付至95%；剩余5%待质保期满后支付。",
            ),
            (
                "五、验收",
                "乙方完成合同内容后书面通知甲方，甲方在十五个工作日内组织验收小组验收，验收合格后出具验收单。",
            ),
            (
                "六、双方责任",
                "甲方负责提供实施场地及必要的协调；乙方按国家标准和行业规范组织实施，对其提供的软硬件质量负责。",
            ),
            ("七、违约责任", "任何一方违反本合同约定，应赔偿由此给对方造成的损失。"),
            (
                "八、其他",
                "本合同未尽事宜，双方另行协商并签订补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。",
            ),
        ):
            y = p.para(72, y, head, indent=False, font=HEI)
            y = p.para(72, y, body) + 4
        y += 40
        p.text(72, y, "甲方（盖章）：", 11, HEI)
        p.text(320, y, "乙方（盖章）：", 11, HEI)
        p.text(72, y + 40, "代表人（签字）：", 10)
        p.text(320, y + 40, "代表人（签字）：", 10)
        p.signature(150, y + 42, deal.client_rep)
        p.signature(398, y + 42, deal.vendor_rep)
        p.text(72, y + 80, f"日期：{cn_date(deal.signed, pad=True)}", 10.5)
        p.text(320, y + 80, f"日期：{cn_date(deal.signed, pad=True)}", 10.5)
        p.seal(160, y + 30, deal.client.full, r=44)
        p.seal(400, y + 34, deal.vendor.name, r=42, bottom="合同专用章")

    return [Sheet(doc, page1), Sheet(doc, page2)], fields
