"""The papers of a filing, drawn as sheets: licence 副本 (front and back), audit report, contract, 报价明细,
补充协议, 验收报告 and the receipt-size paper VAT invoice."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import numpy as np
import zxingcpp

from .sheet import A3_LANDSCAPE, A4, BLACK, RED, Sheet, px
from .words import capital, cn_date, figures, plain, upper_date
from .world import Auditor, Deal, Firm

FEE_LABELS = {
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


@dataclass
class Paper:
    """One document: its sheets (fronts; a ``None`` back is added by the scanner where duplex) and truth."""

    key: str
    type: str
    sheets: list[Sheet]
    fields: dict[str, Any] = field(default_factory=dict)
    project_id: str | None = None


# -- licence ----------------------------------------------------------------------------------


def licence(firm: Firm, rng: random.Random, issued: dt.date) -> Paper:
    s = Sheet(A4)
    s.colour = True
    d = s.draw
    d.rectangle([px(8), px(8), px(202), px(289)], outline=(150, 110, 60), width=px(2.2))
    d.rectangle([px(12), px(12), px(198), px(285)], outline=(190, 150, 90), width=px(0.6))
    d.ellipse([px(95), px(20), px(115), px(40)], outline=(200, 40, 40), width=px(1.5))
    s.centre(46, "营 业 执 照", 30, bold=True)
    s.centre(62, "（副    本）", 14)
    s.text(22, 75, f"统一社会信用代码 {firm.code}", 11)
    s.facts["credit_code"] = firm.code
    qr = zxingcpp.create_barcode(
        f"http://www.gsxt.gov.cn/index.html?uniscid={firm.code}", zxingcpp.BarcodeFormat.QRCode
    )
    matrix = 1.0 - np.asarray(qr.to_image(scale=1, add_quiet_zones=False), dtype=np.float32) / 255.0
    cell = px(26) // matrix.shape[0]
    big = np.kron(matrix, np.ones((cell, cell), dtype=np.float32))
    s.ink(big, px(160), px(70), BLACK, 1.0)
    capital_text = f"{capital(firm.capital).replace('元整', '')}元整"
    term = (
        "长期"
        if firm.valid_until is None
        else f"{cn_date(firm.established, True)}至{cn_date(firm.valid_until, True)}"
    )
    rows = [
        ("名        称", firm.name),
        ("类        型", firm.company_type),
        ("法定代表人", firm.legal_rep),
        ("注 册 资 本", f"人民币{capital_text}"),
        ("成 立 日 期", cn_date(firm.established, True)),
        ("营 业 期 限", term),
        ("住        所", firm.address),
    ]
    y = 104.0
    for label, value in rows:
        s.text(24, y, label, 12)
        s.text(56, y, value, 12)
        y += 13
    s.text(24, y, "经 营 范 围", 12)
    y = s.para(56, y, 128, firm.scope, 11, indent=False)
    s.text(120, 246, "登记机关", 12)
    s.seal(150, 250, f"{firm.place.county}市场监督管理局", rng, radius=19)
    s.text(128, 268, cn_date(issued), 12)
    s.text(30, 276, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 9)
    s.text(60, 281, "国家市场监督管理总局监制", 8)
    back = Sheet(A4)
    back.colour = True
    back.centre(40, "提    示", 16, bold=True)
    yb = 58.0
    for k, line in enumerate(
        (
            "一、《营业执照》是市场主体取得主体资格的合法凭证。",
            "二、《营业执照》分为正本和副本，正本和副本具有同等法律效力。",
            "三、《营业执照》正本应当置于住所或营业场所的醒目位置。",
            "四、《营业执照》不得伪造、涂改、出租、出借、转让。",
            "五、市场主体应当于每年1月1日至6月30日，通过国家企业信用信息",
            "    公示系统报送上一年度年度报告并向社会公示。",
            "六、登记事项发生变化的，应当依法申请变更登记。",
        )
    ):
        back.text(30, yb + k * 11, line, 11.5)
    back.text(30, 150, "年度报告及公示记录：", 11)
    back.table(30, 160, [40, 60, 50], [["年度", "报送日期", "备注"], ["", "", ""], ["", "", ""]], 10, 10.5)
    fields: dict[str, Any] = {
        "company_name": firm.name,
        "credit_code": firm.code,
        "legal_representative": firm.legal_rep,
        "registered_capital": plain(firm.capital),
        "company_type": firm.company_type,
        "established_on": firm.established.isoformat(),
        "valid_until": "长期" if firm.valid_until is None else firm.valid_until.isoformat(),
        "address": firm.address,
    }
    s.facts.update({k: str(v) for k, v in fields.items()})
    return Paper("licence", "business_license", [s, back], fields)


# -- audit report -----------------------------------------------------------------------------


def audit(
    firm: Firm,
    auditor: Auditor,
    rng: random.Random,
    year: int,
    revenue: Decimal,
    si: Decimal,
    profit: Decimal,
) -> Paper:
    number = f"{auditor.short}审字〔{year + 1}〕第{rng.randint(10, 299):04d}号"
    signed = dt.date(year + 1, rng.randint(1, 2), rng.randint(5, 27))
    p1 = Sheet(A4)
    p1.centre(30, "审  计  报  告", 20, bold=True)
    p1.centre(44, number, 11)
    p1.text(22, 58, f"{firm.name}全体股东：", 11.5)
    y = p1.para(22, 70, 166, "一、审计意见", 11.5, indent=False)
    y = p1.para(
        22,
        y,
        166,
        f"我们审计了{firm.name}（以下简称贵公司）财务报表，包括‹{year}年12月31日›的资产负债表，‹{year}年度›的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。",
        11.5,
    )
    y = p1.para(
        22,
        y,
        166,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司‹{year}年12月31日›的"
        f"财务状况以及‹{year}年度›的经营成果和现金流量。",
        11.5,
    )
    y = p1.para(22, y + 2, 166, "二、形成审计意见的基础", 11.5, indent=False)
    y = p1.para(
        22,
        y,
        166,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
        "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
        "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        11.5,
    )
    p1.text(22, 222, auditor.name, 11.5)
    p1.seal(60, 236, auditor.name.replace("（普通合伙）", ""), rng, radius=20)
    p1.text(120, 230, f"中国注册会计师：{auditor.cpas[0]}", 11)
    p1.text(120, 248, f"中国注册会计师：{auditor.cpas[1]}", 11)
    p1.pen(160, 228, rng, 22)
    p1.pen(160, 246, rng, 22)
    p1.text(120, 264, upper_date(signed), 11)
    p1.text(22, 264, "中国·昌吉", 11)
    # income statement
    p2 = Sheet(A4)
    p2.centre(26, "利  润  表", 18, bold=True)
    p2.text(22, 40, f"编制单位：{firm.name}", 10.5)
    p2.text(118, 40, f"{year}年度", 10.5)
    p2.text(162, 40, "单位：元", 10.5)
    cost = (revenue * Decimal(rng.uniform(0.62, 0.74))).quantize(Decimal("0.01"))
    tax = (revenue * Decimal("0.006")).quantize(Decimal("0.01"))
    admin = (revenue * Decimal(rng.uniform(0.08, 0.12))).quantize(Decimal("0.01"))
    finance = (revenue * Decimal("0.002")).quantize(Decimal("0.01"))
    income_tax = (profit * Decimal("0.05") / Decimal("0.95")).quantize(Decimal("0.01"))
    before_tax = profit + income_tax
    selling = revenue - cost - tax - admin - finance - before_tax
    if selling < 0:
        raise ValueError("profit too large for the revenue")
    rows = [
        ["项    目", "行次", "本期金额", "上期金额"],
        ["一、营业收入", "1", f"{revenue:,.2f}", f"{revenue * Decimal('0.88'):,.2f}"],
        ["  减：营业成本", "2", f"{cost:,.2f}", ""],
        ["      税金及附加", "3", f"{tax:,.2f}", ""],
        ["      销售费用", "4", f"{selling:,.2f}", ""],
        ["      管理费用", "5", f"{admin:,.2f}", ""],
        ["      财务费用", "6", f"{finance:,.2f}", ""],
        ["二、营业利润", "10", f"{before_tax:,.2f}", ""],
        ["三、利润总额", "13", f"{before_tax:,.2f}", ""],
        ["  减：所得税费用", "14", f"{income_tax:,.2f}", ""],
        ["四、净利润", "15", f"{profit:,.2f}", ""],
    ]
    p2.table(22, 48, [66, 16, 42, 42], rows, 11, 10.5)
    p2.text(22, 182, "单位负责人：", 10.5)
    p2.text(80, 182, "主管会计工作负责人：", 10.5)
    p2.text(145, 182, "会计机构负责人：", 10.5)
    p3 = Sheet(A4)
    p3.centre(26, "财务报表附注（节选）", 15, bold=True)
    y = p3.para(22, 42, 166, "五、营业收入及营业成本", 11.5, indent=False)
    other_rev = revenue - si
    p3.table(
        22,
        y + 2,
        [70, 48, 48],
        [
            ["项  目", "本期收入", "本期成本"],
            ["系统集成收入", f"{si:,.2f}", f"{(cost * si / revenue).quantize(Decimal('0.01')):,.2f}"],
            [
                "技术服务及其他收入",
                f"{other_rev:,.2f}",
                f"{cost - (cost * si / revenue).quantize(Decimal('0.01')):,.2f}",
            ],
            ["合  计", f"{revenue:,.2f}", f"{cost:,.2f}"],
        ],
        11,
        10.5,
    )
    p3.para(
        22,
        y + 54,
        166,
        f"本公司{year}年度实现营业收入‹{revenue:,.2f}›元，其中系统集成收入‹{si:,.2f}›元。",
        11.5,
    )
    fields = {
        "audit_firm": auditor.name,
        "report_number": number,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": plain(revenue),
        "net_profit": plain(profit),
        "system_integration_revenue": plain(si),
        "consolidated": False,
    }
    p1.facts.update(audit_firm=auditor.name, report_number=number)
    p2.facts.update(operating_revenue=f"{revenue:,.2f}", net_profit=f"{profit:,.2f}")
    p3.facts.update(system_integration_revenue=f"{si:,.2f}")
    return Paper("audit", "audit_report", [p1, p2, p3], fields)


# -- contract ---------------------------------------------------------------------------------


def contract(
    deal: Deal,
    firm: Firm,
    rng: random.Random,
    *,
    printed_amount: Decimal | None = None,
    seal_a: bool = True,
    seal_b: bool = True,
    no_text_note: bool = False,
) -> Paper:
    """Three key pages: parties and price, terms, signatures. ``printed_amount`` plants a price."""
    amount = printed_amount if printed_amount is not None else deal.amount
    words = capital(amount)
    p1 = Sheet(A4)
    p1.centre(24, deal.name, 15, bold=True, key="name")
    p1.centre(36, "合  同  书", 18, bold=True)
    p1.text(118, 50, f"合同编号：{deal.contract_no}", 10.5)
    p1.text(22, 62, f"甲方（采购人）：{deal.client}", 11.5)
    p1.text(22, 72, f"乙方（供应商）：{firm.name}", 11.5)
    y = p1.para(
        22,
        86,
        166,
        "根据《中华人民共和国民法典》及相关法律法规，甲乙双方本着平等自愿、诚实信用的原则，经友好协商，"
        "就下列项目的实施事宜达成如下条款，共同遵守。",
        11,
    )
    y = p1.para(22, y + 2, 166, "第一条  项目概况", 11.5, indent=False)
    p1.text(29, y, f"1．项目名称：{deal.name}", 11)
    y += 8
    p1.text(29, y, f"2．实施地点：{deal.location}", 11)
    y += 8
    y = p1.para(
        29,
        y,
        159,
        "3．实施内容：设备供货、安装调试、软件部署、系统集成联调、人员培训及质保期内的技术服务，"
        "详见附件《报价明细》。",
        11,
        indent=False,
    )
    y = p1.para(22, y + 2, 166, "第二条  合同金额", 11.5, indent=False)
    p1.text(29, y, f"合同总价：人民币（大写）{words}", 11, key="amount_words")
    y += 8
    p1.text(29, y, f"（小写：{figures(amount)}）", 11, key="amount")
    y += 8
    p1.para(
        29,
        y,
        159,
        "该价格为含税总价，包含设备、软件、运输、安装、调试、培训、税费及质保期服务等全部费用。",
        11,
        indent=False,
    )
    p1.text(100, 282, "第 1 页", 9)
    p1.facts.update(
        contract_amount=figures(amount),
        amount_in_words=words,
        contract_number=deal.contract_no,
        project_name=deal.name,
        party_a=deal.client,
        party_b=firm.name,
    )
    p2 = Sheet(A4)
    y = p2.para(22, 22, 166, "第三条  工期及交付", 11.5, indent=False)
    y = p2.para(
        22,
        y,
        166,
        f"乙方应于合同签订之日起‹{deal.days}›日历天内完成全部实施内容并提交验收申请。交付地点："
        f"‹{deal.deliver_to}›。",
        11,
    )
    y = p2.para(22, y + 2, 166, "第四条  付款方式", 11.5, indent=False)
    y = p2.para(
        22,
        y,
        166,
        "合同签订后甲方支付合同总价的30%作为预付款；项目验收合格后支付至合同总价的95%；"
        "剩余5%作为质保金，质保期满无质量问题后一次性付清。乙方收款前应开具合法有效的发票。",
        11,
    )
    y = p2.para(22, y + 2, 166, "第五条  验收", 11.5, indent=False)
    y = p2.para(
        22,
        y,
        166,
        "项目完成后由乙方提出书面验收申请，甲方在十个工作日内组织验收，验收合格后双方签署《项目验收报告》。",
        11,
    )
    y = p2.para(22, y + 2, 166, "第六条  质量保证", 11.5, indent=False)
    y = p2.para(
        22, y, 166, "质保期自验收合格之日起三年。质保期内乙方提供7×24小时响应，设备故障4小时内到达现场。", 11
    )
    y = p2.para(22, y + 2, 166, "第七条  违约责任", 11.5, indent=False)
    y = p2.para(
        22,
        y,
        166,
        "乙方逾期交付的，每逾期一日按合同总价的千分之一支付违约金；甲方逾期付款的，按同期贷款市场报价利率"
        "支付逾期利息。",
        11,
    )
    y = p2.para(22, y + 2, 166, "第八条  争议解决", 11.5, indent=False)
    y = p2.para(
        22,
        y,
        166,
        "因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。"
        "本合同一式肆份，甲方执叁份，乙方执壹份，自双方签字盖章之日起生效。附件与本合同具有同等法律效力。",
        11,
    )
    if no_text_note:
        p2.text(80, y + 8, "（以下无正文）", 11)
    p2.text(100, 282, "第 2 页", 9)
    p3 = Sheet(A4)
    p3.text(22, 24, "（本页为签署页，无正文）", 11)
    p3.text(22, 42, f"甲方（盖章）：{deal.client}", 11)
    p3.text(112, 42, f"乙方（盖章）：{firm.name}" if len(firm.name) < 16 else "乙方（盖章）：", 11)
    if len(firm.name) >= 16:
        p3.text(112, 50, firm.name, 11)
    p3.text(22, 74, "法定代表人或授权代表：", 11)
    p3.text(112, 74, "法定代表人或授权代表：", 11)
    p3.pen(40, 82, rng)
    p3.pen(130, 82, rng)
    p3.text(22, 100, "地址：" + deal.location, 10.5)
    p3.text(112, 100, "开户行：" + firm.bank, 10.5)
    p3.text(112, 108, "账号：" + firm.account, 10.5)
    p3.text(112, 116, "电话：" + firm.phone, 10.5)
    p3.text(22, 130, f"签订日期：{cn_date(deal.signed_on)}", 11)
    p3.text(112, 130, f"签订日期：{cn_date(deal.signed_on)}", 11)
    if seal_a:
        p3.seal(55, 64, deal.client, rng, radius=21)
    if seal_b:
        p3.seal(148, 66, firm.name, rng, bottom="合同专用章", radius=20)
    p3.text(100, 282, "第 3 页", 9)
    p3.facts.update(signed_on=cn_date(deal.signed_on))
    fields: dict[str, Any] = {
        "project_name": deal.name,
        "contract_number": deal.contract_no,
        "party_a": deal.client,
        "party_b": firm.name,
        "contract_amount": plain(amount),
        "amount_in_words": words,
        "signed_on": deal.signed_on.isoformat(),
    }
    return Paper(f"{deal.pid}-contract", "contract", [p1, p2, p3], fields, deal.pid)


def breakdown(
    deal: Deal,
    rng: random.Random,
    *,
    wide: bool = False,
    printed: dict[str, Decimal] | None = None,
    items: list[tuple[str, int, Decimal]] | None = None,
) -> Sheet:
    """附件《报价明细》: A4 portrait, or A3 landscape (``wide``) with the hardware by item."""
    fees = printed or deal.fees
    total = sum(fees.values(), Decimal(0))
    s = Sheet(A3_LANDSCAPE if wide else A4)
    s.text(22, 16, "附件：", 11)
    s.centre(24, f"{deal.name}报价明细", 15, bold=True)
    s.text(22, 36, f"合同编号：{deal.contract_no}", 10.5)
    s.text(s.size[0] - 60, 36, "单位：元", 10.5)
    if wide:
        widths: list[float] = [16, 44, 120, 18, 18, 48, 52, 60]
        rows = [["序号", "费用类别", "名称及规格", "单位", "数量", "单价", "金额", "备注"]]
    else:
        widths = [16, 40, 66, 44]
        rows = [["序号", "费用类别", "内容", "金额"]]
    n = 0
    for key, label in FEE_LABELS.items():
        value = fees.get(key, Decimal(0))
        if not value:
            continue
        n += 1
        if wide and key == "hardware_purchase" and items:
            for k, (item, qty, unit) in enumerate(items):
                rows.append(
                    [
                        f"{n}.{k + 1}",
                        label if k == 0 else "",
                        item,
                        "台",
                        str(qty),
                        f"{unit:,.2f}",
                        f"{unit * qty:,.2f}",
                        "",
                    ]
                )
            rows.append(["", f"{label}小计", "", "", "", "", f"{value:,.2f}", ""])
        elif wide:
            rows.append([str(n), label, _content(key), "项", "1", f"{value:,.2f}", f"{value:,.2f}", ""])
        else:
            rows.append([str(n), label, _content(key), f"{value:,.2f}"])
        s.facts[key] = f"{value:,.2f}"
    if wide:
        rows.append(["", "合计", "", "", "", "", f"{total:,.2f}", ""])
    else:
        rows.append(["", "合计", "", f"{total:,.2f}"])
    y = s.table(22, 44, widths, rows, 10 if wide else 11, 10.5)
    s.text(22, y + 6, f"合计金额（大写）：人民币{capital(total)}", 11, key="total")
    s.facts["total"] = f"{total:,.2f}"
    s.text(22, y + 18, "注：以上报价含税，含运输、安装及三年质保服务。", 10.5)
    return s


def _content(key: str) -> str:
    return {
        "software_development": "业务系统定制开发",
        "consulting_design": "方案设计及深化设计",
        "integration_implementation": "安装调试及系统联调",
        "operation_maintenance": "质保期运维服务",
        "data_processing": "历史数据整理迁移",
        "operation_service": "平台运营服务",
        "self_made_hardware": "自制设备",
        "hardware_purchase": "网络及终端设备",
        "software_purchase": "操作系统及数据库",
        "other": "辅材及运输",
    }[key]


def supplement(
    deal: Deal, firm: Firm, rng: random.Random, signed: dt.date, *, change: str, seals: bool = True
) -> Paper:
    """补充协议: changes the schedule or the delivery place, never the price."""
    s = Sheet(A4)
    s.centre(26, "补 充 协 议", 18, bold=True)
    s.text(22, 42, f"甲方：{deal.client}", 11.5)
    s.text(22, 52, f"乙方：{firm.name}", 11.5)
    y = s.para(
        22,
        66,
        166,
        f"甲乙双方于‹{cn_date(deal.signed_on)}›签订了《‹{deal.name}›合同》（合同编号：‹{deal.contract_no}›）。"
        "现因项目现场条件变化，经双方友好协商，对原合同部分条款补充约定如下：",
        11,
    )
    if change == "schedule":
        y = s.para(
            22,
            y + 2,
            166,
            f"一、原合同第三条约定的实施工期由‹{deal.days}›日历天调整为‹{deal.days + 30}›日历天，"
            "顺延期间乙方不承担逾期责任。",
            11,
        )
    else:
        y = s.para(
            22,
            y + 2,
            166,
            f"一、原合同第三条约定的交付地点变更为‹{deal.deliver_to}›，乙方负责将设备运至该处并完成安装。",
            11,
        )
    y = s.para(22, y + 2, 166, "二、原合同价款及其他条款不变，本协议未约定事项仍按原合同执行。", 11)
    y = s.para(22, y + 2, 166, "三、本协议一式肆份，与原合同具有同等法律效力，自双方签字盖章之日起生效。", 11)
    y += 10
    s.text(22, y, "甲方（盖章）：", 11)
    s.text(112, y, "乙方（盖章）：", 11)
    s.text(22, y + 26, "代表人签字：", 11)
    s.text(112, y + 26, "代表人签字：", 11)
    s.pen(48, y + 24, rng, 24)
    s.pen(138, y + 24, rng, 24)
    s.text(22, y + 40, f"日期：{cn_date(signed)}", 11)
    s.text(112, y + 40, f"日期：{cn_date(signed)}", 11)
    if seals:
        s.seal(55, y + 14, deal.client, rng, radius=21)
        s.seal(146, y + 14, firm.name, rng, bottom="合同专用章", radius=20)
    fields = {
        "project_name": deal.name,
        "party_a": deal.client,
        "party_b": firm.name,
        "contract_number": deal.contract_no,
        "signed_on": signed.isoformat(),
    }
    return Paper(f"{deal.pid}-supplement", "contract", [s], fields, deal.pid)


# -- acceptance -------------------------------------------------------------------------------


def acceptance(deal: Deal, firm: Firm, rng: random.Random, *, accepted: dt.date | None = None) -> Paper:
    day = accepted or deal.accepted_on
    s = Sheet(A4)
    s.centre(22, "项目验收报告", 18, bold=True)
    s.text(22, 34, f"合同编号：{deal.contract_no}", 10.5)
    rows = [
        ["项目名称", deal.name],
        ["建设单位", deal.client],
        ["承建单位", firm.name],
        ["验收日期", cn_date(day)],
        ["验收地点", deal.deliver_to],
    ]
    y = s.table(22, 40, [32, 134], rows, 11, 11, head=False)
    s.text(24, y + 4, "验收内容：", 11)
    y = s.para(
        24,
        y + 12,
        160,
        "对照合同及附件清单，验收组核对了设备型号与数量，检查了安装工艺与系统运行情况，"
        "抽查了软件功能及培训记录，查阅了竣工资料。",
        11,
    )
    s.text(24, y + 2, "验收意见：", 11)
    y = s.para(
        24,
        y + 10,
        160,
        "项目已按合同约定完成全部建设内容，设备运行稳定，软件功能满足需求，资料齐全。"
        "验收组一致同意该项目通过验收。",
        11,
    )
    s.text(24, y + 4, "验收结论：", 11.5)
    for bx, label in ((50, "合格"), (80, "不合格")):
        s.draw.rectangle([px(bx), px(y + 4.6), px(bx + 4), px(y + 8.6)], outline=BLACK, width=2)
        s.text(bx + 5.5, y + 4, label, 11.5)
    s.tick(50.2, y + 3.2, BLACK, 5)
    s.facts["conclusion"] = "合格"
    y += 16
    s.text(24, y + 4, "验收组成员签字：", 11)
    for k in range(3):
        s.pen(60 + k * 40, y + 2, rng, 26)
    y += 22
    s.text(24, y, "建设单位（盖章）", 11)
    s.text(118, y, "承建单位（盖章）", 11)
    s.text(24, y + 30, upper_date(day), 11)
    s.text(118, y + 30, upper_date(day), 11)
    s.seal(48, y + 16, deal.client, rng, radius=21)
    s.seal(142, y + 16, firm.name, rng, radius=20)
    s.facts.update(accepted_on=cn_date(day), project_name=deal.name, party_a=deal.client, party_b=firm.name)
    fields = {
        "project_name": deal.name,
        "party_a": deal.client,
        "party_b": firm.name,
        "accepted_on": day.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    return Paper(f"{deal.pid}-acceptance", "acceptance_report", [s], fields, deal.pid)


# -- invoice ----------------------------------------------------------------------------------


def invoice(deal: Deal, firm: Firm, rng: random.Random, index: int) -> Paper:
    """A paper 新疆增值税普通发票 (241 × 140 mm)."""
    number, day, total = deal.invoices[index]
    net = (total / Decimal("1.06")).quantize(Decimal("0.01"))
    tax = total - net
    s = Sheet((241.0, 140.0))
    brown = (120, 70, 40)
    s.draw.rectangle([px(10), px(30), px(231), px(118)], outline=brown, width=3)
    s.centre(8, "新疆增值税普通发票", 16, bold=True)
    s.draw.ellipse([px(106), px(17), px(135), px(27)], outline=RED, width=2)
    s.text(112, 19, "发 票 联", 8, fill=RED)
    code = f"0650{rng.randint(10000000, 99999999)}"
    s.text(165, 10, f"发票代码 {code}", 9.5)
    s.text(165, 16, f"发票号码 {number}", 9.5)
    s.text(165, 22, f"开票日期：{cn_date(day)}", 9.5)
    s.text(12, 33, f"购买方  名    称：{deal.client}", 9.5)
    s.text(12, 39, f"        纳税人识别号：{deal.client_code}", 9.5)
    s.rule(10, 46, 231, 46)
    s.text(12, 48, "货物或应税劳务、服务名称", 9)
    s.text(110, 48, "金  额", 9)
    s.text(150, 48, "税率", 9)
    s.text(180, 48, "税  额", 9)
    s.text(12, 56, "*信息技术服务*系统集成服务", 9)
    s.text(110, 56, f"{net:,.2f}", 9)
    s.text(150, 56, "6%", 9)
    s.text(180, 56, f"{tax:,.2f}", 9)
    s.text(12, 74, "合    计", 9)
    s.text(108, 74, f"¥{net:,.2f}", 9)
    s.text(178, 74, f"¥{tax:,.2f}", 9)
    s.rule(10, 80, 231, 80)
    s.text(12, 83, f"价税合计（大写）  ⊗{capital(total)}", 9.5)
    s.text(170, 83, f"（小写）¥{total:,.2f}", 9.5, key="total")
    s.rule(10, 90, 231, 90)
    s.text(12, 93, f"销售方  名    称：{firm.name}", 9.5)
    s.text(12, 99, f"        纳税人识别号：{firm.code}", 9.5)
    s.text(12, 105, f"        开户行及账号：{firm.bank} {firm.account}", 9)
    s.text(150, 93, "备注", 9)
    s.text(150, 99, deal.name[:14], 8.5)
    s.text(20, 122, "收款人：", 9)
    s.text(80, 122, "复核：", 9)
    s.text(140, 122, "开票人：", 9)
    s.text(190, 122, "销售方：（章）", 9)
    _oval(s, 208, 106, firm, rng)
    s.facts.update(invoice_number=number, total_amount=f"{total:,.2f}", issued_on=cn_date(day))
    fields = {
        "invoice_number": number,
        "issued_on": day.isoformat(),
        "buyer": deal.client,
        "seller": firm.name,
        "total_amount": plain(total),
    }
    return Paper(f"{deal.pid}-invoice{index + 1}", "invoice", [s], fields, deal.pid)


def _oval(s: Sheet, cx: float, cy: float, firm: Firm, rng: random.Random) -> None:
    from PIL import Image, ImageDraw

    from .sheet import font

    w, h = px(40), px(26)
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    d.ellipse([3, 3, w - 4, h - 4], outline=255, width=4)
    d.text((w / 2, h * 0.35), firm.name[:10], font=font(6.5), fill=255, anchor="mm")
    d.text((w / 2, h * 0.55), firm.code, font=font(6, latin=True), fill=255, anchor="mm")
    d.text((w / 2, h * 0.75), "发票专用章", font=font(7), fill=255, anchor="mm")
    s.ink(np.asarray(layer, dtype=np.float32) / 255.0, px(cx) - w // 2, px(cy) - h // 2, RED, 0.75)
    s.seals += 1
