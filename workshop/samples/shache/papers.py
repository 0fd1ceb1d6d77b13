"""The papers of a filing, drawn as sheets: licence, audit report, contract, acceptance report, e-invoice.

Each function returns the sheets and the truth fields (as the report would write them) of what it printed.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from .sheet import Sheet
from .world import Deal, Firm, cn_date, figure, money_words, zh_num_date

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件购置费",
    "other": "其他费用",
}


def money(v: Decimal) -> str:
    return f"{v:.2f}"


def licence(firm: Firm, rng: random.Random) -> tuple[list[Sheet], dict[str, Any]]:
    s = Sheet(297, 210, tone=(250, 247, 238))
    s.rule(8, 8, 289, 8, 1.2, "#b0302a")
    s.rule(8, 202, 289, 202, 1.2, "#b0302a")
    s.rule(8, 8, 8, 202, 1.2, "#b0302a")
    s.rule(289, 8, 289, 202, 1.2, "#b0302a")
    s.center(22, "营 业 执 照", 30, "#a02520")
    s.center(38, "（副  本）", 13)
    s.text(22, 50, f"统一社会信用代码  {firm.code}", 12)
    term = "长期" if firm.valid_until is None else cn_date(firm.valid_until)
    rows = [
        ("名        称", firm.name),
        ("类        型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", firm.legal),
        ("注 册 资 本", f"人民币{money_words(firm.capital).replace('元整', '')}元整"),
        ("成 立 日 期", cn_date(firm.established)),
        ("营 业 期 限", f"{cn_date(firm.established)}至{term}"),
        ("住        所", firm.address),
    ]
    y = 66.0
    for label, value in rows:
        s.text(30, y, label, 12)
        s.text(68, y, value, 12)
        y += 11
    s.text(30, y, "经 营 范 围", 12)
    y = s.para(68, y, "一般项目：信息系统集成服务；软件开发；信息技术咨询服务；安全技术防范系统设计施工服务；"
               "计算机软硬件及辅助设备零售；网络设备销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
               150, 10.5)  # fmt: skip
    s.text(206, 160, "登 记 机 关", 12)
    issued = dt.date(2023, rng.randint(1, 12), rng.randint(1, 28))
    s.text(206, 184, cn_date(issued), 12)
    s.seal(248, 170, f"{firm.county}市场监督管理局", rng, r=17)
    s.text(22, 196, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 9)
    fields = {
        "company_name": firm.name,
        "credit_code": firm.code,
        "legal_representative": firm.legal,
        "registered_capital": money(firm.capital),
        "established_on": firm.established.isoformat(),
        "valid_until": "长期" if firm.valid_until is None else firm.valid_until.isoformat(),
        "address": firm.address,
    }
    return [s], fields


def audit(
    firm: Firm, year: int, fin: dict[str, Decimal], auditor: str, rng: random.Random
) -> tuple[list[Sheet], dict[str, Any]]:
    number = f"喀{rng.choice(['正信', '丝路', '华审'])}审字[{year + 1}]第{rng.randint(20, 480):04d}号"
    p1 = Sheet()
    p1.center(30, "审 计 报 告", 20)
    p1.center(44, number, 11)
    p1.text(22, 58, f"{firm.name}全体股东：", 11)
    y = p1.para(22, 68, "一、审计意见", 170, 11)
    y = p1.para(30, y, f"我们审计了{firm.name}（以下简称贵公司）财务报表，包括{year}年12月31日的资产负债表，"
                f"{year}年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。", 160, 11)  # fmt: skip
    y = p1.para(30, y, f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司"
                f"{year}年12月31日的财务状况以及{year}年度的经营成果和现金流量。", 160, 11)  # fmt: skip
    y = p1.para(22, y + 4, "二、形成审计意见的基础", 170, 11)
    y = p1.para(30, y, "我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、"
                "适当的，为发表审计意见提供了基础。", 160, 11)  # fmt: skip
    p1.text(22, 200, auditor, 11)
    p1.text(
        130,
        200,
        f"中国注册会计师：{rng.choice(['张', '李', '刘', '马'])}{rng.choice(['志华', '晓燕', '建新'])}",
        11,
    )
    p1.text(22, 214, "中国·喀什", 11)
    signed = dt.date(year + 1, rng.randint(1, 3), rng.randint(1, 28))
    p1.text(130, 214, cn_date(signed), 11)
    p1.seal(60, 196, auditor[:14], rng, r=18)
    p2 = Sheet()
    p2.center(24, "利 润 表", 16)
    p2.text(22, 36, f"编制单位：{firm.name}", 10)
    p2.text(130, 36, f"{year}年度", 10)
    p2.text(165, 36, "单位：元", 10)
    cost = (fin["operating_revenue"] * Decimal("0.78")).quantize(Decimal("0.01"))
    rows = [
        ["项    目", "本期金额"],
        ["一、营业收入", figure(fin["operating_revenue"])],
        ["  其中：系统集成收入", figure(fin["system_integration_revenue"])],
        ["减：营业成本", figure(cost)],
        ["    税金及附加", figure((fin["operating_revenue"] * Decimal("0.006")).quantize(Decimal("0.01")))],
        ["二、营业利润", figure(fin["net_profit"] + Decimal("1850.00"))],
        ["减：所得税费用", figure(Decimal("1850.00"))],
        ["三、净利润", figure(fin["net_profit"])],
    ]
    p2.table(22, 44, [100, 66], rows, h=10, size=11)
    fields = {
        "audit_firm": auditor,
        "report_number": number,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": money(fin["operating_revenue"]),
        "system_integration_revenue": money(fin["system_integration_revenue"]),
        "net_profit": money(fin["net_profit"]),
        "consolidated": False,
    }
    return [p1, p2], fields


def contract(
    deal: Deal, firm: Firm, rng: random.Random, sealed: bool = True
) -> tuple[list[Sheet], dict[str, Any]]:
    amount = deal.amount
    p1 = Sheet()
    p1.center(26, deal.name, 15)
    p1.center(38, "合 同 书", 20)
    p1.text(24, 54, f"合同编号：{deal.number}", 11)
    p1.text(24, 64, f"甲方（采购人）：{deal.client.name}", 11)
    p1.text(24, 74, f"乙方（供应商）：{firm.name}", 11)
    y = p1.para(24, 88, f"根据《中华人民共和国民法典》及相关法律法规，甲乙双方就{deal.name}事宜，经友好协商，"
                "订立本合同，共同遵守。", 162, 11)  # fmt: skip
    p1.text(24, y + 2, "第一条  合同金额", 11)
    p1.text(30, y + 12, f"合同总价：人民币（大写）{money_words(amount)}", 11)
    p1.text(30, y + 22, f"（小写：¥{figure(amount)}）", 11)
    y += 34
    fields: dict[str, Any] = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": deal.client.name,
        "party_b": firm.name,
        "contract_amount": money(amount),
        "amount_in_words": money_words(amount),
        "signed_on": deal.signed.isoformat(),
        "has_seal": sealed,
    }
    if deal.itemised:
        p1.text(24, y, "第二条  费用构成（单位：元）", 11)
        rows = [["序号", "费用类别", "金额（元）"]]
        shown = [k for k, v in deal.fees.items() if v]
        for i, k in enumerate(shown, 1):
            rows.append([str(i), FEE_LABELS[k], figure(deal.fees[k])])
        rows.append(["", "合计", figure(amount)])
        p1.table(30, y + 6, [20, 80, 60], rows, h=9)
        fields["fees"] = {k: money(v) for k, v in deal.fees.items()}
    else:
        p1.text(24, y, "第二条  供货及服务内容", 11)
        p1.para(30, y + 10, "详见招标文件技术要求及乙方投标文件，包括设备供货、安装调试、系统集成、培训及质保期内服务。",
                150, 11)  # fmt: skip
    p2 = Sheet()
    p2.text(24, 26, "第三条  付款方式", 11)
    y = p2.para(30, 36, "合同签订后，甲方支付合同总价的30%作为预付款；项目验收合格后支付至合同总价的95%；"
                "余款5%作为质保金，质保期满一年无质量问题后付清。", 156, 11)  # fmt: skip
    p2.text(24, y + 4, "第四条  工期及地点", 11)
    y = p2.para(30, y + 14, f"乙方应于合同签订后90日历天内完成全部供货、安装及调试，实施地点为{deal.client.county}甲方指定地点。",
                156, 11)  # fmt: skip
    p2.text(24, y + 4, "第五条  验收", 11)
    y = p2.para(
        30,
        y + 14,
        "项目完工后乙方书面提出验收申请，甲方组织相关人员在15个工作日内完成验收并出具验收报告。",
        156,
        11,
    )
    p2.text(24, y + 4, "第六条  违约责任及争议解决", 11)
    p2.para(30, y + 14, "任何一方违约，应按合同总价的日万分之五向对方支付违约金。争议协商不成的，向甲方所在地人民法院起诉。",
            156, 11)  # fmt: skip
    p3 = Sheet()
    p3.text(24, 26, "第七条  其他", 11)
    p3.para(30, 36, "本合同一式陆份，甲方肆份、乙方贰份，自双方签字盖章之日起生效。（以下无正文）", 156, 11)
    a_rep, b_rep = deal.extras.get("a_rep", "艾尔肯"), firm.legal
    p3.text(24, 80, f"甲方（盖章）：{deal.client.name}", 11)
    p3.text(24, 94, "法定代表人或委托代理人：", 11)
    p3.signature(80, 88, str(a_rep), rng)
    p3.text(24, 108, f"签订日期：{cn_date(deal.signed)}", 11)
    p3.text(24, 150, f"乙方（盖章）：{firm.name}", 11)
    p3.text(24, 164, "法定代表人或委托代理人：", 11)
    p3.signature(80, 158, b_rep, rng)
    p3.text(24, 178, f"签订日期：{cn_date(deal.signed)}", 11)
    p3.text(24, 192, f"开户银行：中国农业银行{firm.county}支行", 10)
    if sealed:
        p3.seal(150, 96, deal.client.name, rng)
        p3.seal(150, 166, firm.name, rng, label="合同专用章")
    return [p1, p2, p3], fields


def acceptance(
    deal: Deal, party_b: str, rng: random.Random, sealed: bool = True, two_pages: bool = False
) -> tuple[list[Sheet], dict[str, Any]]:
    s = Sheet()
    s.center(26, "项 目 验 收 报 告", 18)
    rows = [
        ["项目名称", deal.name],
        ["合同编号", deal.number],
        ["建设单位", deal.client.name],
        ["承建单位", party_b],
        ["验收日期", cn_date(deal.accepted)],
        ["验收地点", f"{deal.client.name}会议室"],
    ]
    y = s.table(20, 38, [36, 134], rows, h=11, size=10.5)
    s.text(22, y + 10, "验收内容及意见：", 11)
    y = s.para(28, y + 20, "验收组听取了承建单位的项目实施汇报，查验了设备到货清单、安装调试记录及系统试运行情况，"
               "经现场测试，系统功能及性能指标满足合同及技术规范要求，文档资料齐全。", 150, 11)  # fmt: skip
    s.text(28, y + 6, "验收结论：验收合格，同意通过验收。", 11)
    page = s
    if two_pages:
        page = Sheet()
        page.text(22, 26, "验收组成员签字：", 11)
        top = 40.0
    else:
        top = y + 22
    page.text(22, top, f"建设单位（盖章）：{deal.client.name}", 11)
    page.text(22, top + 12, "负责人：", 11)
    page.signature(42, top + 6, str(deal.extras.get("a_rep", "艾尔肯")), rng)
    page.text(22, top + 24, zh_num_date(deal.accepted), 11)
    page.text(22, top + 56, f"承建单位（盖章）：{party_b}", 11)
    page.text(22, top + 68, "项目负责人：", 11)
    page.signature(48, top + 62, str(deal.extras.get("b_rep", "王伟")), rng)
    page.text(22, top + 80, zh_num_date(deal.accepted), 11)
    if sealed:
        page.seal(140, top + 10, deal.client.name, rng)
        page.seal(140, top + 66, party_b, rng, label="")
    fields = {
        "project_name": deal.name,
        "party_a": deal.client.name,
        "party_b": party_b,
        "accepted_on": deal.accepted.isoformat(),
        "conclusion": "passed",
        "has_seal": sealed,
    }
    return ([s, page] if two_pages else [s]), fields


def invoice(
    deal: Deal, firm: Firm, total: Decimal, issued: dt.date, rng: random.Random
) -> tuple[list[Sheet], dict[str, Any]]:
    s = Sheet(240, 140)
    number = f"{issued.year % 100}65{rng.randint(10**15, 10**16 - 1)}"
    s.center(14, "电子发票（普通发票）", 17, "#8a3b1a")
    s.text(168, 12, f"发票号码：{number}", 9.5)
    s.text(168, 19, f"开票日期：{cn_date(issued)}", 9.5)
    s.rule(10, 28, 230, 28, 0.4, "#8a3b1a")
    s.text(14, 34, f"购买方 名称：{deal.client.name}", 10)
    s.text(126, 34, f"销售方 名称：{firm.name}", 10)
    s.text(14, 42, "统一社会信用代码/纳税人识别号：11653100MB" + str(rng.randint(1000000, 9999999)), 8.5)
    s.text(126, 42, f"统一社会信用代码/纳税人识别号：{firm.code}", 8.5)
    s.rule(10, 50, 230, 50, 0.4, "#8a3b1a")
    net = (total / Decimal("1.06")).quantize(Decimal("0.01"))
    tax = total - net
    s.text(14, 56, "项目名称", 9.5)
    s.text(110, 56, "金额", 9.5)
    s.text(150, 56, "税率", 9.5)
    s.text(180, 56, "税额", 9.5)
    s.text(14, 66, "*信息技术服务*系统集成服务", 9.5)
    s.text(110, 66, figure(net), 9.5)
    s.text(150, 66, "6%", 9.5)
    s.text(180, 66, figure(tax), 9.5)
    s.text(14, 76, f"项目：{deal.name}", 8.5)
    s.rule(10, 96, 230, 96, 0.4, "#8a3b1a")
    s.text(14, 102, f"价税合计（大写）  {money_words(total)}", 10)
    s.text(160, 102, f"（小写）¥{figure(total)}", 10)
    s.rule(10, 110, 230, 110, 0.4, "#8a3b1a")
    s.text(14, 118, f"备注：合同编号 {deal.number}", 9)
    s.text(14, 130, f"开票人：{rng.choice(['李娜', '阿依努尔', '张敏'])}", 9.5)
    fields = {
        "invoice_number": number,
        "issued_on": issued.isoformat(),
        "buyer": deal.client.name,
        "seller": firm.name,
        "total_amount": money(total),
    }
    return [s], fields
