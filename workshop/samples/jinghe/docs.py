"""The papers: 营业执照, 准予变更登记通知书 / 公示系统 变更记录, 授权委托书, a client's 情况说明 on 机构改革,
审计报告, contract key pages, 项目验收报告, 数电票. Each draws its pages on a Binder and returns the
fields a reader should take from them (CONTRACT 2.2), as printed."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

import pymupdf

from .facts import FEE_KEYS, FEE_LABELS, Deal, Invoice, money
from .names import Firm, Place, person
from .numerals import capital, figures, ymd, ymd_chinese, ymd_padded
from .paper import A4, Binder, Sheet, width

L, R = 62.0, 533.0
W = R - L


def _heading(s: Sheet, y: float, text: str, size: float = 11.0) -> float:
    s.text(L, y, text, size, bold=True)
    return y + size * 2.0


# 营业执照 -------------------------------------------------------------------------------------------
SCOPES = (
    "计算机信息系统集成服务；软件开发；信息技术咨询服务；数据处理和存储支持服务；网络与信息安全软件开发；"
    "安全技术防范系统设计施工服务；计算机软硬件及辅助设备零售；通信设备销售；智能化安装工程服务。"
    "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
)


def license_page(
    b: Binder, firm: Firm, name: str, code: str, issued: dt.date, rng: random.Random
) -> dict[str, Any]:
    s = b.sheet((842.0, 595.0))
    page = s.page
    page.draw_rect(pymupdf.Rect(14, 14, 828, 581), color=(0.72, 0.52, 0.2), width=3.2)
    page.draw_rect(pymupdf.Rect(22, 22, 820, 573), color=(0.72, 0.52, 0.2), width=0.8)
    s.center(48, "营　业　执　照", 30, bold=True)
    s.center(92, "（副　　　　本）", 13)
    s.text(60, 60, "统一社会信用代码", 10)
    s.text(60, 76, code, 11.5)
    copy_no = f"{rng.randint(1, 3)}-{rng.randint(1, 2)}"
    s.text(60, 96, f"副本编号：{copy_no}", 9)
    s.qr((716, 44, 786, 114), f"http://www.gsxt.gov.cn/index.html?uniscid={code}")
    s.text(700, 118, "扫描二维码登录“国家企业", 6.5)
    s.text(700, 127, "信用信息公示系统”了解更", 6.5)
    s.text(700, 136, "多登记、备案、许可、监管信息", 6.5)
    cap_text = rng.choice(
        (
            f"{capital(Decimal(firm.capital), '元')}",
            f"{firm.capital // 10000}万元人民币",
            f"人民币{capital(Decimal(firm.capital), '圆')}",
        )
    )
    est = dt.date.fromisoformat(firm.established)
    company_type = "有限责任公司（自然人投资或控股）"
    y = 160.0
    left = [("名称", name), ("类型", company_type), ("法定代表人", firm.legal_rep)]
    for label, value in left:
        s.spaced(78, y, label, 56)
        s.text(168, y, value, 11)
        y += 30
    s.spaced(78, y, "经营范围", 56)
    yy = y
    for line in s.wrap(SCOPES, 250, 9.5):
        s.text(168, yy, line, 9.5)
        yy += 15
    right = [
        ("注册资本", cap_text),
        ("成立日期", ymd_padded(est)),
        ("营业期限", "长期"),
        ("住所", firm.address),
    ]
    y = 160.0
    for label, value in right:
        s.spaced(450, y, label, 56)
        lines = s.wrap(value, 250, 11)
        for ln in lines:
            s.text(530, y, ln, 11)
            y += 16
        y += 14
    s.spaced(560, 470, "登记机关", 70)
    s.text(575, 500, ymd(issued), 11)
    s.seal(690, 478, firm.place.registrar, diameter=104)
    s.text(120, 540, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8)
    s.text(470, 540, "国家市场监督管理总局监制", 8)
    return {
        "company_name": name,
        "credit_code": code,
        "legal_representative": firm.legal_rep,
        "registered_capital": money(Decimal(firm.capital)),
        "company_type": company_type,
        "established_on": est.isoformat(),
        "valid_until": "长期",
        "address": firm.address,
    }


def change_notice(
    b: Binder, firm: Firm, former: str, renamed: dt.date, rng: random.Random, style: int
) -> None:
    """The registrar's 准予变更登记通知书 (style 0) or the 公示系统's 变更记录 printed out (style 1)."""
    s = b.sheet()
    if style == 0:
        s.center(70, firm.place.registrar, 14, bold=True)
        s.center(98, "准予变更登记通知书", 20, bold=True)
        s.center(
            132, f"（{firm.place.short[:2]}）登记内变核字〔{renamed.year}〕第{rng.randint(100, 999)}号", 10.5
        )
        y = 168.0
        s.text(L, y, f"{firm.name}：", 11)
        y += 28
        y = s.para(
            L,
            y,
            W,
            "经审查，你单位提交的变更登记申请，申请材料齐全，符合法定形式，本局决定准予变更登记。"
            "请于领取本通知书之日起十个工作日内，到登记机关领取营业执照。",
            11,
            indent=True,
        )
        y += 10
        s.text(L, y, f"统一社会信用代码：{firm.credit_code}", 11)
        y += 26
        y, _ = s.table(
            L,
            y,
            [90, 190, 191],
            [["变更事项", "变更前", "变更后"], ["名称", former, firm.name]],
            10.5,
            min_h=26,
        )
        y += 60
        s.right(R - 10, y, firm.place.registrar, 11)
        s.right(R - 10, y + 24, ymd_chinese(renamed), 11)
        s.seal(R - 80, y + 10, firm.place.registrar, diameter=110)
        s.text(L, 760, "注：本通知书一式两份，一份交申请人，一份登记机关存档。", 9)
        return
    s.text(L, 50, "国家企业信用信息公示系统", 15, bold=True)
    s.text(L, 72, "National Enterprise Credit Information Publicity System", 8)
    s.line(L, 86, R, 86, 1.2)
    y = 104.0
    s.text(L, y, f"{firm.name}", 13, bold=True)
    y += 26
    s.text(L, y, f"统一社会信用代码：{firm.credit_code}　　　　法定代表人：{firm.legal_rep}", 10)
    y += 18
    s.text(L, y, f"登记机关：{firm.place.registrar}　　　　成立日期：{firm.established}", 10)
    y += 32
    s.text(L, y, "变更信息", 12, bold=True)
    y += 24
    rows = [
        ["序号", "变更事项", "变更前内容", "变更后内容", "变更日期"],
        ["1", "名称变更（字号名称、集团名称等）", former, firm.name, renamed.isoformat()],
        [
            "2",
            "经营范围变更（含业务范围变更）",
            "计算机信息系统集成服务；软件开发……",
            "计算机信息系统集成服务；软件开发；数据处理和存储支持服务……",
            renamed.isoformat(),
        ],
    ]
    s.table(L, y, [32, 96, 128, 140, 75], rows, 9)
    s.text(L, 800, f"打印时间：{renamed.year + 1}-01-{rng.randint(10, 28)}　第 1 页 共 1 页", 8)


def authorisation(b: Binder, firm: Firm, deal: Deal, rng: random.Random, when: dt.date) -> None:
    """The head office's 授权委托书 letting its branch sign one contract."""
    assert firm.branch_place is not None
    s = b.sheet()
    s.center(80, "授 权 委 托 书", 20, bold=True)
    y = 140.0
    y = s.para(
        L,
        y,
        W,
        f"本授权委托书声明：{firm.name}（统一社会信用代码：{firm.credit_code}，以下简称“我公司”）"
        f"系依法设立的有限责任公司，现授权我公司分支机构{firm.branch_name}（统一社会信用代码："
        f"{firm.branch_code}，负责人：{firm.branch_head}）以我公司名义参加{deal.a_contract}“{deal.name}”"
        "的洽谈、签约及履约工作，签署合同及与之有关的验收、结算文件。",
        11,
        indent=True,
    )
    y = s.para(
        L,
        y + 6,
        W,
        f"{firm.branch_name}在授权范围内签署的合同及文件，我公司均予承认，由此产生的"
        "一切法律责任及经济责任由我公司承担。分公司无转委托权。",
        11,
        indent=True,
    )
    y = s.para(L, y + 6, W, f"授权期限：自{ymd(when)}起至该项目合同履行完毕之日止。", 11, indent=True)
    y += 40
    s.text(300, y, f"授权单位（盖章）：{firm.name}", 11)
    s.seal(420, y + 10, firm.name, diameter=110)
    s.text(300, y + 40, "法定代表人（签字）：", 11)
    s.signature(410, y + 38, firm.legal_rep)
    s.text(300, y + 78, f"日期：{ymd(when)}", 11)
    s.text(L, y + 130, "附：被授权人营业执照（分支机构）复印件", 10)


def reform_note(b: Binder, deal: Deal, rng: random.Random, when: dt.date) -> None:
    """The renamed client's 情况说明: the old body's duties and contracts passed to it."""
    c = deal.client
    assert c.former
    s = b.sheet()
    s.center(70, c.name, 13, bold=True)
    s.center(100, f"关于原{c.former}合同权利义务承继的情况说明", 15, bold=True)
    y = 150.0
    s.text(L, y, f"{deal.b_contract}：", 11)
    y += 28
    y = s.para(
        L,
        y,
        W,
        f"根据《{c.place.name}机构改革方案》，组建{c.name}，将原{c.former}的职责整合划入{c.name}，"
        f"不再保留{c.former}。",
        11,
        indent=True,
    )
    y = s.para(
        L,
        y + 4,
        W,
        f"原{c.former}与贵公司于{ymd(deal.signed)}签订的《{deal.name}合同》（合同编号："
        f"{deal.number}）由{c.name}承继，合同权利义务不变，合同继续履行，项目验收及款项支付由我局负责。",
        11,
        indent=True,
    )
    y = s.para(L, y + 4, W, "特此说明。", 11, indent=True)
    y += 50
    s.right(R - 20, y, c.name, 11)
    s.right(R - 20, y + 26, ymd(when), 11)
    s.seal(R - 90, y + 12, c.name, diameter=110)


# 审计报告 -------------------------------------------------------------------------------------------
def audit_report(
    b: Binder,
    firm_name: str,
    fin: dict[str, Decimal],
    audit_firm: str,
    rng: random.Random,
    former: str | None = None,
) -> dict[str, Any]:
    signed = dt.date(2026, rng.choice((2, 3)), rng.randint(3, 27))
    abbr = rng.choice(("新天诚", "博正信", "新华西", "新驰远"))
    number = f"{abbr}审字〔2026〕第{rng.randint(10, 480):03d}号"
    s = b.sheet()
    s.center(70, "审 计 报 告", 20, bold=True)
    s.right(R, 104, number, 10.5)
    y = 132.0
    s.text(L, y, f"{firm_name}全体股东：", 11)
    y += 28
    y = _heading(s, y, "一、审计意见")
    intro = f"我们审计了{firm_name}（以下简称“贵公司”）"
    if former:
        intro = f"我们审计了{firm_name}（原名{former}，以下简称“贵公司”）"
    y = s.para(
        L,
        y,
        W,
        intro + "财务报表，包括2025年12月31日的资产负债表，2025年度的利润表、现金流量表、"
        "所有者权益变动表以及相关财务报表附注。",
        10.5,
        indent=True,
    )
    y = s.para(
        L,
        y,
        W,
        "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司"
        "2025年12月31日的财务状况以及2025年度的经营成果和现金流量。",
        10.5,
        indent=True,
    )
    y = _heading(s, y + 6, "二、形成审计意见的基础")
    y = s.para(
        L,
        y,
        W,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的"
        "责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，"
        "并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了"
        "基础。",
        10.5,
        indent=True,
    )
    y = _heading(s, y + 6, "三、管理层和治理层对财务报表的责任")
    y = s.para(
        L,
        y,
        W,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护"
        "必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。",
        10.5,
        indent=True,
    )
    y += 40
    s.text(L, y, audit_firm, 11)
    s.text(330, y, "中国注册会计师：", 11)
    s.signature(430, y - 2, person(rng))
    s.text(330, y + 36, "中国注册会计师：", 11)
    s.signature(430, y + 34, person(rng))
    s.text(L, y + 30, "中国·博乐", 11)
    s.text(L, y + 60, ymd(signed), 11)
    s.seal(150, y + 20, audit_firm, diameter=112)
    # 利润表
    s = b.sheet()
    s.center(60, "利　润　表", 17, bold=True)
    s.center(86, "2025年度", 10.5)
    s.text(L, 106, f"编制单位：{firm_name}", 9.5)
    s.right(R, 106, "单位：元", 9.5)

    def f(v: Decimal) -> str:
        return f"{v:,.2f}" if v >= 0 else f"-{-v:,.2f}"

    prior = Decimal(rng.uniform(0.7, 1.2))
    rows = [["项目", "行次", "本期金额", "上期金额"]]
    items = [
        ("一、营业收入", fin["revenue"]),
        ("减：营业成本", fin["cost"]),
        ("税金及附加", fin["tax_add"]),
        ("销售费用", fin["selling"]),
        ("管理费用", fin["admin"]),
        ("研发费用", fin["rnd"]),
        ("财务费用", fin["fin"]),
        ("二、营业利润（亏损以“-”号填列）", fin["op"]),
        ("加：营业外收入", fin["non_in"]),
        ("减：营业外支出", fin["non_out"]),
        ("三、利润总额（亏损总额以“-”号填列）", fin["total"]),
        ("减：所得税费用", fin["income_tax"]),
        ("四、净利润（净亏损以“-”号填列）", fin["profit"]),
    ]
    for i, (label, v) in enumerate(items, 1):
        rows.append([label, str(i), f(v), f((v * prior).quantize(Decimal("0.01")))])
    s.table(L, 122, [205, 36, 115, 115], rows, 9.5, min_h=24)
    s.text(L, 500, "法定代表人：", 9.5)
    s.text(230, 500, "主管会计工作负责人：", 9.5)
    s.text(400, 500, "会计机构负责人：", 9.5)
    # 附注
    s = b.sheet()
    s.text(L, 60, f"{firm_name}", 10.5)
    s.text(L, 78, "2025年度财务报表附注（节选）", 10.5, bold=True)
    y = _heading(s, 110, "五、财务报表项目注释")
    y = _heading(s, y, "（二十三）营业收入和营业成本", 10.5)
    s.right(R, y, "单位：元", 9.5)
    y += 16
    cost_si = (fin["cost"] * fin["si"] / fin["revenue"]).quantize(Decimal("0.01"))
    rows = [
        ["项目", "本期发生额·收入", "本期发生额·成本"],
        ["系统集成收入", f(fin["si"]), f(cost_si)],
        ["技术服务及其他收入", f(fin["other"]), f(fin["cost"] - cost_si)],
        ["合计", f(fin["revenue"]), f(fin["cost"])],
    ]
    y, _ = s.table(L, y, [170, 150, 151], rows, 9.5, min_h=24)
    s.para(
        L,
        y + 14,
        W,
        "注：系统集成收入为公司承接的计算机信息系统集成项目按合同约定经客户验收后确认的收入。",
        9.5,
    )
    return {
        "audit_firm": audit_firm,
        "report_number": number,
        "fiscal_year": 2025,
        "opinion": "unqualified",
        "operating_revenue": money(fin["revenue"]),
        "net_profit": money(fin["profit"]),
        "system_integration_revenue": money(fin["si"]),
        "consolidated": False,
    }


# 合同 -------------------------------------------------------------------------------------------------
def _letterhead(s: Sheet, firm_name: str, english: str) -> float:
    s.text(L, 34, firm_name, 13, bold=True)
    s.text(L, 52, english, 8.5)
    s.line(L, 66, R, 66, 1.4)
    s.line(L, 68.5, R, 68.5, 0.4)
    return 80.0


def contract(b: Binder, deal: Deal, rng: random.Random, address_a: str, address_b: str) -> dict[str, Any]:
    """Three key pages: parties and price; price breakdown and terms; terms and the signature page."""
    amount_words = f"人民币{capital(deal.amount, rng.choice(('元', '元', '圆')))}"
    fig = figures(deal.amount)
    b_call = f"“{deal.b_short}”" if deal.b_short else "“乙方”"
    b_ref = deal.b_short or "乙方"
    s = b.sheet()
    y = 50.0
    if deal.letterhead:
        y = _letterhead(s, deal.b_contract, deal.letterhead)
    s.right(R, y, f"合同编号：{deal.number}", 9.5)
    y += 34
    s.center(y, deal.name, 15, bold=True)
    y += 30
    s.center(y, rng.choice(("合　同　书", "合　同", "项目合同书")), 20, bold=True)
    y += 50
    if deal.info_table:
        s.text(L, y, "合同信息表", 10.5, bold=True)
        y += 18
        rows = [
            ["项目名称", "甲方（采购人）", "乙方（供应商）", "合同金额（元）", "签订日期"],
            [deal.name, deal.a_contract, deal.b_contract, fig, ymd_padded(deal.signed)],
        ]
        y, _ = s.table(L, y, [128, 98, 98, 84, 63], rows, 9.5)
        y += 18
    label_a, label_b = rng.choice(
        (("甲方（采购人）", "乙方（供应商）"), ("甲　　方", "乙　　方"), ("发包方（甲方）", "承包方（乙方）"))
    )
    block = [
        (label_a, deal.a_contract),
        ("统一社会信用代码", deal.client_code),
        ("住　　所", address_a),
        ("法定代表人", deal.client_rep),
    ]
    for lab, val in block:
        s.text(L, y, f"{lab}：", 10.5)
        s.text(L + 110, y, val, 10.5)
        y += 19
    y += 8
    rep_label = "负 责 人" if deal.b_contract.endswith("分公司") else "法定代表人"
    block = [
        (label_b, deal.b_contract),
        ("统一社会信用代码", deal.b_code),
        ("住　　所", address_b),
        (rep_label, deal.b_rep),
    ]
    for lab, val in block:
        s.text(L, y, f"{lab}：", 10.5)
        s.text(L + 110, y, val, 10.5)
        y += 19
    y += 14
    pre = (
        f"根据《中华人民共和国民法典》《中华人民共和国政府采购法》及有关法律法规，{deal.a_contract}（以下简称"
        f"“甲方”）与{deal.b_contract}（以下简称{b_call}）本着平等互利、诚实信用的原则，就“{deal.name}”"
        "有关事项，经协商一致，订立本合同，以资共同遵守。"
    )
    y = s.para(L, y, W, pre, 10.5, indent=True)
    y = _heading(s, y + 6, "第一条　项目概况", 10.5)
    y = s.para(
        L,
        y,
        W,
        f"{b_ref}为甲方提供{deal.name}的需求调研、系统设计、软件开发、设备供货、安装调试、"
        "系统集成、试运行、培训及质保期内的运维服务，具体内容以招标文件、投标文件及附件《技术规格及配置清单》"
        "为准。",
        10.5,
        indent=True,
    )
    y = _heading(s, y + 6, "第二条　合同价款", 10.5)
    s.para(
        L,
        y,
        W,
        f"本合同总价为{amount_words}（¥{fig}），含税。该价款包含设备、软件、实施、培训、运输、"
        "保险及质保期内服务等全部费用，合同履行期间不作调整。",
        10.5,
        indent=True,
    )
    # page 2
    s = b.sheet()
    y = 60.0
    y = _heading(s, y, "第三条　合同价款构成", 10.5)
    fees = {k: v for k, v in deal.fees.items() if v > 0}
    if deal.itemised:
        s.right(R, y - 16, "单位：元", 9.5)
        rows = [["序号", "费用名称", "金额", "备注"]]
        notes = {
            "hardware_purchase": "详见配置清单",
            "software_purchase": "正版授权",
            "operation_maintenance": "质保期内",
        }
        for i, k in enumerate([k for k in FEE_KEYS if k in fees], 1):
            rows.append([str(i), FEE_LABELS[k], figures(fees[k]), notes.get(k, "")])
        rows.append(["", "合计", fig, ""])
        y, _ = s.table(L, y, [40, 170, 140, 121], rows, 10, min_h=22)
        y += 16
    else:
        y = s.para(
            L, y, W, "合同价款构成详见乙方投标文件《分项报价表》，分项报价不作为结算依据。", 10.5, indent=True
        )
    y = _heading(s, y, "第四条　付款方式", 10.5)
    first = rng.choice((30, 30, 40))
    y = s.para(
        L, y, W, f"1. 合同签订并生效后十五个工作日内，甲方向{b_ref}支付合同总价的{first}%作为预付款；", 10.5
    )
    y = s.para(
        L,
        y,
        W,
        f"2. 项目终验合格后十五个工作日内，甲方支付至合同总价的{100 - 5 if first == 30 else 95}%；",
        10.5,
    )
    y = s.para(L, y, W, "3. 余款作为质量保证金，质保期满无质量问题后一次性无息支付。", 10.5)
    y = s.para(L, y, W, f"{b_ref}在甲方每次付款前开具等额合法有效的发票。", 10.5, indent=True)
    y = _heading(s, y + 6, "第五条　实施期限与地点", 10.5)
    days = rng.choice((90, 120, 150, 180))
    y = s.para(
        L,
        y,
        W,
        f"实施期限：自合同签订之日起{days}日历天内完成全部建设内容并具备验收条件。实施地点：甲方指定地点"
        f"（{deal.client.place.name}境内）。",
        10.5,
        indent=True,
    )
    y = _heading(s, y + 6, "第六条　验收", 10.5)
    y = s.para(
        L,
        y,
        W,
        f"项目具备验收条件后，{b_ref}向甲方提交书面验收申请，甲方在接到申请后十个工作日内组织验收，"
        "验收合格的，双方签署验收报告。验收不合格的，乙方应在甲方规定期限内整改。",
        10.5,
        indent=True,
    )
    y = _heading(s, y + 6, "第七条　质量保证", 10.5)
    s.para(
        L,
        y,
        W,
        f"质保期为终验合格之日起{rng.choice(('一', '二', '三'))}年。质保期内{b_ref}提供7×24小时技术支持，"
        f"接到故障通知后{rng.choice((2, 4, 8))}小时内响应。",
        10.5,
        indent=True,
    )
    # page 3
    s = b.sheet()
    y = 60.0
    y = _heading(s, y, "第八条　违约责任", 10.5)
    y = s.para(
        L,
        y,
        W,
        f"{b_ref}逾期交付的，每逾期一日按合同总价的{rng.choice(('0.05', '0.1', '0.3'))}%向甲方支付违约金；"
        "甲方无正当理由逾期付款的，按同期全国银行间同业拆借中心公布的贷款市场报价利率支付逾期利息。",
        10.5,
        indent=True,
    )
    y = _heading(s, y + 6, "第九条　争议解决", 10.5)
    y = s.para(
        L,
        y,
        W,
        "因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。",
        10.5,
        indent=True,
    )
    y = _heading(s, y + 6, "第十条　其他", 10.5)
    y = s.para(
        L,
        y,
        W,
        f"本合同一式{rng.choice(('四', '六'))}份，甲方执{rng.choice(('二', '三'))}份，乙方执二份，"
        "具有同等法律效力。本合同自双方法定代表人或委托代理人签字并加盖公章或合同专用章之日起生效。",
        10.5,
        indent=True,
    )
    y += 16
    s.center(y, "（以下无正文）", 10.5)
    y += 50
    col_b = 310.0
    s.text(L, y, "甲方（盖章）：", 10.5)
    s.text(col_b, y, "乙方（盖章）：", 10.5)
    for i, ln in enumerate(s.wrap(deal.a_contract, 200, 10.5)):
        s.text(L, y + 20 + i * 16, ln, 10.5)
    for i, ln in enumerate(s.wrap(deal.b_contract, 215, 10.5)):
        s.text(col_b, y + 20 + i * 16, ln, 10.5)
    y2 = y + 80
    s.text(L, y2, "法定代表人或委托代理人：", 10.5)
    s.text(col_b, y2, "法定代表人或委托代理人：", 10.5)
    s.signature(L + 20, y2 + 20, deal.client_rep)
    s.signature(col_b + 20, y2 + 20, deal.b_rep)
    s.text(L, y2 + 56, f"签订日期：{ymd(deal.signed)}", 10.5)
    s.text(col_b, y2 + 56, f"签订日期：{ymd(deal.signed)}", 10.5)
    s.text(L, y2 + 80, f"签订地点：{deal.client.place.name}", 10.5)
    s.seal(L + 85, y + 40, deal.a_body or deal.a_contract, diameter=112)
    s.seal(col_b + 95, y + 44, deal.b_seal or deal.b_contract, deal.b_seal_inner, diameter=112)
    fields: dict[str, Any] = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": deal.a_contract,
        "party_b": deal.b_contract,
        "contract_amount": money(deal.amount),
        "amount_in_words": amount_words,
        "signed_on": deal.signed.isoformat(),
    }
    if deal.itemised:
        fields["fees"] = {k: money(v) for k, v in fees.items()}
    return fields


# 验收 -------------------------------------------------------------------------------------------------
def acceptance(b: Binder, deal: Deal, rng: random.Random, firm_seal: str | None) -> dict[str, Any]:
    """A one-page 项目验收报告 with the client's seal (and the builder's where it signs)."""
    s = b.sheet()
    y = 50.0
    if deal.letterhead:
        y = _letterhead(s, deal.b_accept or deal.b_contract, deal.letterhead) + 10
    title = rng.choice(("项目验收报告", "项目竣工验收报告", "项目终验报告"))
    s.center(y + 10, title, 18, bold=True)
    y += 56
    a_cell = deal.a_accept + (f"{deal.accept_note}" if deal.accept_note else "")
    rows = [["项目名称", deal.name], ["合同编号", deal.number], ["建设单位", a_cell]]
    if deal.b_accept:
        rows.append(["承建单位", deal.b_accept])
    rows += [["验收时间", ymd(deal.accepted)], ["验收地点", f"{deal.a_accept}会议室"]]
    y, _ = s.table(L, y, [90, 381], rows, 10.5, min_h=26)
    opinion = (
        f"{ymd(deal.accepted)}，{deal.a_accept}组织验收组对“{deal.name}”进行了终验。验收组听取了实施单位的"
        "建设情况汇报，查阅了项目文档，现场检查了软硬件部署及系统运行情况。经审议，验收组认为：项目已按合同"
        "约定完成全部建设内容，设备型号、数量与合同清单一致，系统功能满足需求，试运行期间运行稳定，文档资料齐全。"
    )
    lines = s.wrap(opinion, 371, 10)
    h = len(lines) * 16 + 40
    s.box(L, y, L + 90, y + h)
    s.box(L + 90, y, R, y + h)
    s.text(L + 10, y + h / 2 - 6, "验收意见", 10.5)
    yy = y + 10
    for ln in lines:
        s.text(L + 96, yy, ln, 10)
        yy += 16
    x = s.text(L + 96, yy + 4, "验收结论：", 10.5)
    tick_box(s, x + 2, yy + 5, ticked=True)
    x = s.text(x + 16, yy + 4, "验收合格，同意通过验收", 10.5)
    tick_box(s, x + 14, yy + 5, ticked=False)
    s.text(x + 28, yy + 4, "验收不合格", 10.5)
    y += h
    members = [person(rng) for _ in range(rng.randint(3, 5))]
    s.box(L, y, L + 90, y + 64)
    s.box(L + 90, y, R, y + 64)
    s.text(L + 10, y + 26, "验收组成员", 10.5)
    for i, m in enumerate(members):
        s.signature(L + 100 + (i % 3) * 125, y + 6 + (i // 3) * 28, m, size=13)
    y += 90
    s.text(L, y, "建设单位（盖章）：", 10.5)
    s.text(L, y + 60, ymd(deal.accepted), 10.5)
    s.seal(L + 110, y + 20, deal.a_accept, diameter=108)
    if firm_seal:
        s.text(310, y, "承建单位（盖章）：", 10.5)
        s.text(310, y + 60, ymd(deal.accepted), 10.5)
        s.seal(420, y + 24, firm_seal, diameter=108)
    fields: dict[str, Any] = {
        "project_name": deal.name,
        "party_a": deal.a_accept,
        "accepted_on": deal.accepted.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    if deal.b_accept:
        fields["party_b"] = deal.b_accept
    return fields


def tick_box(s: Sheet, x: float, y: float, ticked: bool) -> None:
    """A printed tick box, ticked by pen (vector strokes, not text)."""
    s.box(x, y, x + 10, y + 10, 0.7)
    if ticked:
        s.page.draw_polyline(
            [(x + 1.5, y + 5), (x + 4.2, y + 8.6), (x + 11.5, y - 1.5)], color=(0.1, 0.12, 0.35), width=1.4
        )


def receipt(b: Binder, deal: Deal, firm_name: str, paid: Decimal, when: dt.date, rng: random.Random) -> None:
    """A 收款收据 sealed with the firm's 财务专用章 (a paper of type other)."""
    s = b.sheet((595.0, 300.0))
    s.center(26, "收　款　收　据", 16, bold=True)
    s.right(R, 56, f"No. {rng.randint(1000000, 9999999)}", 9.5)
    s.text(L, 56, f"日期：{ymd(when)}", 10)
    rows = [
        ["交款单位", deal.a_accept],
        ["收款事由", f"{deal.name}进度款"],
        ["金额（大写）", f"人民币{capital(paid)}"],
        ["金额（小写）", f"¥{figures(paid)}"],
    ]
    s.table(L, 76, [100, 371], rows, 10, min_h=24)
    s.text(L, 200, f"收款单位（盖章）：{firm_name}", 10)
    s.text(380, 200, f"经办人：{person(rng)}", 10)
    s.seal(160, 215, firm_name, "财务专用章", diameter=96)


# 数电票 -----------------------------------------------------------------------------------------------
def invoice(b: Binder, inv: Invoice, rng: random.Random) -> dict[str, Any]:
    s = b.sheet((680.0, 420.0))
    brown = (0.55, 0.3, 0.12)
    s.qr((30, 22, 92, 84), inv.qr())
    s.center(28, "电子发票（普通发票）", 19, bold=True)
    s.page.draw_line((250, 54), (430, 54), color=brown, width=1)
    s.page.draw_line((250, 57), (430, 57), color=brown, width=1)
    s.text(470, 30, f"发票号码：{inv.number}", 9.5)
    s.text(470, 50, f"开票日期：{inv.issued.year}年{inv.issued.month:02d}月{inv.issued.day:02d}日", 9.5)
    top = 96.0
    s.page.draw_rect((24, top, 656, 360), color=brown, width=0.8)
    s.page.draw_line((340, top), (340, top + 70), color=brown, width=0.8)
    s.page.draw_line((24, top + 70), (656, top + 70), color=brown, width=0.8)
    s.text(32, top + 8, "购", 10)
    s.text(32, top + 24, "买", 10)
    s.text(32, top + 40, "方", 10)
    s.text(350, top + 8, "销", 10)
    s.text(350, top + 24, "售", 10)
    s.text(350, top + 40, "方", 10)
    s.text(52, top + 14, f"名称：{inv.buyer}", 9.5)
    s.text(52, top + 38, f"统一社会信用代码/纳税人识别号：{inv.buyer_code}", 8.5)
    s.text(368, top + 14, f"名称：{inv.seller}", 9.5)
    s.text(368, top + 38, f"统一社会信用代码/纳税人识别号：{inv.seller_code}", 8.5)
    y = top + 78
    cols = [
        (32, "项目名称"),
        (220, "规格型号"),
        (300, "单位"),
        (345, "数量"),
        (390, "单价"),
        (470, "金额"),
        (530, "税率/征收率"),
        (596, "税额"),
    ]
    for x, t in cols:
        s.text(x, y, t, 9)
    y += 20
    s.text(32, y, inv.item, 9)
    s.text(300, y, "项", 9)
    s.text(350, y, "1", 9)
    s.text(390, y, f"{inv.net:.2f}", 9)
    s.text(470, y, f"{inv.net:.2f}", 9)
    s.text(545, y, f"{int(inv.rate * 100)}%", 9)
    s.text(596, y, f"{inv.tax:.2f}", 9)
    y = 290.0
    s.text(40, y, "合　　　计", 9.5)
    s.text(470, y, f"¥{inv.net:.2f}", 9.5)
    s.text(596, y, f"¥{inv.tax:.2f}", 9.5)
    s.page.draw_line((24, 310), (656, 310), color=brown, width=0.8)
    s.text(40, 320, "价税合计（大写）", 9.5)
    s.text(150, 320, f"⊗{capital(inv.total, '圆')}", 9.5)
    s.text(470, 320, f"（小写）¥{inv.total:.2f}", 9.5)
    s.page.draw_line((24, 336), (656, 336), color=brown, width=0.8)
    s.text(40, 342, "备注", 9)
    s.text(90, 342, f"项目名称：{inv.item.split('*')[-1]}", 8.5)
    s.text(60, 372, f"开票人：{person(rng)}", 9.5)
    return {
        "invoice_number": inv.number,
        "issued_on": inv.issued.isoformat(),
        "buyer": inv.buyer,
        "seller": inv.seller,
        "total_amount": money(inv.total),
        "qr": inv.qr(),
    }


def address(rng: random.Random, place: Place) -> str:
    return f"新疆博尔塔拉蒙古自治州{place.name}{rng.choice(place.streets)}{rng.randint(1, 188)}号"


__all__ = [
    "A4",
    "acceptance",
    "address",
    "audit_report",
    "authorisation",
    "change_notice",
    "contract",
    "invoice",
    "license_page",
    "receipt",
    "reform_note",
    "width",
]
