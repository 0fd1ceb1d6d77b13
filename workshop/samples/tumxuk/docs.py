"""The papers: 政府采购合同 (财政部 text), 科技部 技术服务/技术咨询合同, 验收报告 (万元), licences, audit, 申报表.

Each builder returns the drawn ``Sheet`` and the truth fields the pages visibly state.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .paint import CJK_SANS, Sheet
from .people import Client, Firm, capital, cn_date, figure, money, person, wan, ymd

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "商用软件购置费",
    "other": "其他费用",
}


@dataclass
class ProjectSpec:
    id: str
    name: str
    client: Client
    firm: Firm
    amount: Decimal
    fees: dict[str, Decimal]
    signed: dt.date
    accepted: dt.date
    number: str
    kind: str  # procurement | service | consulting
    itemise: bool = False
    plan_number: str = ""
    code: str = ""
    third_party: str = ""
    members: list[str] = field(default_factory=list)


def _fee_rows(p: ProjectSpec) -> list[list[str]]:
    rows = [["序号", "费用名称", "金额（元）"]]
    k = 0
    for key, label in FEE_LABELS.items():
        if p.fees.get(key, Decimal(0)):
            k += 1
            rows.append([str(k), label, figure(p.fees[key])])
    rows.append(["", "合计", figure(p.amount)])
    return rows


def fees_truth(p: ProjectSpec) -> dict[str, str]:
    return {k: money(p.fees.get(k, Decimal(0))) for k in FEE_LABELS}


def _contract_fields(p: ProjectSpec) -> dict[str, Any]:
    f: dict[str, Any] = {
        "project_name": p.name,
        "contract_number": p.number,
        "party_a": p.client.name,
        "party_b": p.firm.name,
        "contract_amount": money(p.amount),
        "amount_in_words": capital(p.amount),
        "signed_on": p.signed.isoformat(),
    }
    if p.itemise:
        f["fees"] = fees_truth(p)
    return f


def procurement_contract(p: ProjectSpec, rng: random.Random, amount_shown: Decimal | None = None) -> Sheet:
    """财政部 政府采购合同 standard text: 采购人/供应商 two-column table, 合同专用条款, 合同通用条款 + signatures.

    ``amount_shown`` draws another amount in the 合同金额 row (for a forger's original page).
    """
    amt = p.amount if amount_shown is None else amount_shown
    s = Sheet()
    s.new_page()
    s.text(s.margin, 48, f"合同编号：{p.number}", 9.5)
    s.text(s.right - 170, 48, f"项目编号：{p.code}", 9.5)
    s.y = 70
    s.centred("政府采购合同", 22, gap=4)
    s.centred("（服务类 · 财政部示范文本）", 10.5, gap=14)
    s.para(f"采购计划编号：{p.plan_number}", indent=False)
    s.para(f"项目名称：{p.name}", indent=False)
    s.gap(6)
    s.table(
        [
            ["采购人（甲方）", p.client.name],
            ["地址", "新疆" + p.client.address],
            ["负责人", person(rng)],
            ["联系人及电话", f"{p.client.contact}  {p.client.phone}"],
            ["供应商（乙方）", p.firm.name],
            ["地址", p.firm.address],
            ["法定代表人", p.firm.legal_rep],
            ["开户银行", p.firm.bank],
            ["账号", p.firm.account],
        ],
        [1.3, 4],
        row_h=21,
    )
    s.para(
        "根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规的规定，按照本项目采购文件（项目编号："
        f"{p.code}）及供应商响应文件，经采购人与供应商协商一致，签订本合同，共同遵守。"
    )
    s.gap(4)
    s.table([["合同金额", f"人民币（大写）{capital(amt)}\n（小写）¥{figure(amt)}元"]], [1.3, 4], row_h=44)
    s.para("合同金额包括完成本项目所需的全部费用（含税），合同履行期间不作调整。", gap=5)
    s.para("本合同自双方签字盖章之日起生效。合同一式肆份，采购人、供应商各执贰份，具有同等法律效力。", gap=5)

    s.new_page()
    s.centred("第一部分  合同专用条款", 14, gap=10)
    s.para("1. 合同标的：" + p.name + "，具体服务内容、技术要求以采购文件及供应商响应文件为准。")
    if p.itemise:
        s.para("2. 合同价款构成（分项报价）：", indent=True)
        s.table(_fee_rows(p), [0.6, 3, 2], row_h=20, bold_first=True)
    else:
        s.para("2. 合同价款为包干价，已包含设备、软件、安装调试、培训、税费及质保期内的全部服务费用。")
    s.para(
        f"3. 履约期限：自合同签订之日起{rng.choice(['90', '120', '150', '180'])}日历天内完成；履约地点：{p.client.location}。"
    )
    s.para(
        "4. 付款方式：合同签订后支付合同金额的30%；项目终验合格后支付至合同金额的95%；余款5%作为质量保证金，质保期满无质量问题后一次性无息支付。"
    )
    s.para("5. 验收：由采购人组织，依据采购文件、响应文件及国家有关标准进行验收，验收合格后出具验收报告。")
    s.para(f"6. 质量保证期：自终验合格之日起{rng.choice(['一', '二', '三'])}年。")
    s.para("7. 争议解决：双方协商解决；协商不成的，向采购人所在地人民法院提起诉讼。")

    s.new_page()
    s.centred("第二部分  合同通用条款（节选）", 14, gap=10)
    for clause in [
        "1. 定义：本合同中的“采购人”指甲方，“供应商”指乙方，“合同价款”指本合同约定的合同金额。",
        "2. 知识产权：供应商应保证采购人在使用合同标的时不受第三方提出侵犯其知识产权的指控。",
        "3. 保密：未经对方书面同意，任何一方不得向第三方披露本合同及履约过程中获知的对方商业秘密。",
        "4. 违约责任：供应商逾期履约的，每日按合同金额的千分之一向采购人支付违约金。",
        "5. 不可抗力：因不可抗力不能履行合同的，根据不可抗力的影响，部分或者全部免除责任。",
    ]:
        s.para(clause)
    s.gap(28)
    top = s.y
    left, mid = s.margin, s.margin + 250
    s.text(left, top, "采购人（盖章）：", 11)
    s.text(left, top + 18, p.client.name, 11)
    s.text(left, top + 50, "负责人或授权代表（签字）：", 10.5)
    s.text(mid, top, "供应商（盖章）：", 11)
    s.text(mid, top + 18, p.firm.name, 11)
    s.text(mid, top + 50, "法定代表人或授权代表（签字）：", 10.5)
    s.signature(left + 30, top + 78, person(rng), rng)
    s.signature(mid + 30, top + 78, p.firm.legal_rep, rng)
    s.text(left, top + 110, f"签订日期：{ymd(p.signed)}", 11)
    s.text(mid, top + 110, "签订地点：" + p.client.location.replace("新疆生产建设兵团", ""), 11)
    s.seal(left + 95, top + 30, p.client.name, rng, 42)
    s.seal(mid + 100, top + 30, p.firm.name, rng, 42, caption="合同专用章")
    return s


def procurement_fields(p: ProjectSpec) -> dict[str, Any]:
    return _contract_fields(p)


def tech_contract(p: ProjectSpec, rng: random.Random) -> Sheet:
    """科技部 技术服务合同 / 技术咨询合同 model: cover, clauses with 报酬, signature table."""
    kind = "技术服务" if p.kind == "service" else "技术咨询"
    s = Sheet()
    s.new_page()
    s.text(s.right - 230, 70, "合同登记编号：□□□□□□□□□□□□□□", 10)
    s.y = 200
    s.centred(f"{kind}合同", 30, gap=70)
    end = p.signed + dt.timedelta(days=rng.randint(150, 240))
    for label, value in [
        ("项目名称", p.name),
        ("委托方（甲方）", p.client.name),
        ("受托方（乙方）", p.firm.name),
        ("签订时间", ymd(p.signed)),
        ("签订地点", "新疆" + p.client.location.replace("新疆生产建设兵团", "")),
        ("有效期限", f"{ymd(p.signed)}至{ymd(end)}"),
    ]:
        s.gap(12)
        s.para(f"{label}：{value}", size=12.5, indent=False, x0=110)
    s.text(200, 770, "中华人民共和国科学技术部印制", 12)

    s.new_page()
    s.para(f"委托方（甲方）：{p.client.name}    受托方（乙方）：{p.firm.name}", indent=False)
    s.para(
        f"本合同甲方委托乙方就{p.name}项目进行{'专项技术服务' if kind == '技术服务' else '技术咨询'}，并支付{kind}报酬。"
        "双方经过平等协商，在真实、充分地表达各自意愿的基础上，根据《中华人民共和国民法典》的规定，达成如下协议，并由双方共同恪守。"
    )
    if kind == "技术服务":
        body = [
            "第一条  甲方委托乙方进行技术服务的内容如下：1. 技术服务的目标：保障业务系统安全稳定运行；2. 技术服务的内容：系统部署、数据治理、运行维护及技术支持；3. 技术服务的方式：驻场与远程相结合。",
            "第二条  乙方应按下列要求完成技术服务工作：1. 技术服务地点："
            + p.client.location
            + "；2. 技术服务期限：合同有效期内；3. 质量要求：服务响应时间不超过2小时。",
            "第三条  为保证乙方有效进行技术服务工作，甲方应当向乙方提供必要的工作条件和技术资料。",
        ]
    else:
        body = [
            "第一条  甲方委托乙方就下列专题进行技术咨询：专题名称："
            + p.name
            + "；咨询的目的：形成建设方案与可行性论证报告。",
            "第二条  乙方应当按照下列要求完成技术咨询工作：1. 咨询地点："
            + p.client.location
            + "；2. 咨询方式：调研、论证并提交书面咨询报告。",
            "第三条  甲方应当按照下列要求为乙方提供技术资料、数据和工作条件。",
        ]
    for b in body:
        s.para(b)
    s.para(f"第四条  {kind}报酬及其支付方式：")
    s.para(f"1. 本项目{kind}报酬总额为（人民币大写）{capital(p.amount)}（¥{figure(p.amount)}元）。")
    s.para("2. 支付方式：合同签订后十五个工作日内支付40%，项目验收合格后十五个工作日内支付60%。")
    if p.itemise:
        s.para("3. 报酬构成如下：")
        s.table(_fee_rows(p), [0.6, 3, 2], row_h=19, bold_first=True)
    s.para("第五条  双方确定因履行本合同应遵守的保密义务如下：保密期限为合同终止后三年。")
    s.para("第六条  双方确定，按以下标准和方式对乙方完成的工作成果进行验收：由甲方组织验收，出具验收报告。")

    s.new_page()
    s.centred("签  署  页", 14, gap=12)
    for role, name, rep, addr, bank, acct, tel in [
        ("委托方（甲方）", p.client.name, person(rng), "新疆" + p.client.address, "", "", p.client.phone),
        (
            "受托方（乙方）",
            p.firm.name,
            p.firm.legal_rep,
            p.firm.address,
            p.firm.bank,
            p.firm.account,
            p.firm.phone,
        ),
    ]:
        top = s.y
        s.table(
            [
                [role, "名称（或姓名）", name],
                ["", "法定代表人", rep],
                ["", "委托代理人", person(rng)],
                ["", "住所（通讯地址）", addr],
                ["", "电话", tel],
                ["", "开户银行", bank],
                ["", "账号", acct],
            ],
            [1.2, 1.5, 3.6],
            row_h=22,
        )
        s.text(s.right - 150, s.y + 6, ymd(p.signed), 10.5)
        s.seal(s.right - 80, top + 90, name, rng, 40, caption="合同专用章")
        s.signature(s.right - 200, top + 40, rep, rng)
        s.gap(36)
    return s


def tech_fields(p: ProjectSpec) -> dict[str, Any]:
    f = _contract_fields(p)
    f.pop("contract_number")  # the 合同登记编号 boxes are blank
    return f


def acceptance(p: ProjectSpec, rng: random.Random) -> Sheet:
    """项目验收报告 on one page; the contract amount is given in 万元 only."""
    s = Sheet()
    s.new_page()
    s.y = 56
    s.centred("项目验收报告", 20, gap=14)
    rows = [
        ["项目名称", p.name],
        ["建设单位", p.client.name],
        ["承建单位", p.firm.name],
        ["合同编号", p.number]
        if p.kind == "procurement"
        else ["合同类型", "技术服务合同" if p.kind == "service" else "技术咨询合同"],
        ["合同金额", f"{wan(p.amount)}万元"],
        ["实施地点", p.client.location],
        ["验收日期", ymd(p.accepted)],
    ]
    if p.third_party:
        rows.insert(3, ["监理单位", p.third_party])
    s.table(rows, [1.2, 4], row_h=22)
    s.para("验收内容：", indent=False)
    s.para(
        "验收组依据合同、采购文件及相关技术规范，听取了承建单位的项目实施汇报，现场查看了系统部署及运行情况，审阅了竣工文档、测试记录和培训记录。"
    )
    s.para("验收意见：", indent=False)
    s.para(
        "项目已按合同约定完成全部建设内容，系统功能满足需求，试运行期间运行稳定，技术文档齐全规范。验收组一致同意该项目通过验收。"
    )
    s.para("验收结论：合格，同意通过验收。", indent=False)
    s.gap(6)
    names = p.members or [person(rng) for _ in range(4)]
    s.table(
        [["验收组成员", "单位", "签字"]]
        + [[n, p.client.short if k < 2 else "特邀专家", ""] for k, n in enumerate(names)],
        [1.3, 2.5, 1.5],
        row_h=20,
    )
    for k, n in enumerate(names):
        s.signature(s.right - 90, s.y - 6 - 20 * (len(names) - k - 1) - 2, n, rng)
    s.gap(20)
    top = s.y
    s.text(s.margin, top, "建设单位（盖章）：", 11)
    s.text(s.margin + 260, top, "承建单位（盖章）：", 11)
    s.text(s.margin + 20, top + 70, ymd(p.accepted), 10.5)
    s.text(s.margin + 280, top + 70, ymd(p.accepted), 10.5)
    s.seal(s.margin + 110, top + 30, p.client.name, rng, 40)
    s.seal(s.margin + 380, top + 30, p.firm.name, rng, 40)
    return s


def acceptance_fields(p: ProjectSpec) -> dict[str, Any]:
    f: dict[str, Any] = {
        "project_name": p.name,
        "party_a": p.client.name,
        "party_b": p.firm.name,
        "accepted_on": p.accepted.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    if p.third_party:
        f["third_party"] = p.third_party
    return f


SCOPE = (
    "计算机信息系统集成；软件开发；信息技术咨询服务；数据处理和存储支持服务；网络与信息安全软件开发；"
    "安全技术防范系统设计施工服务；计算机软硬件及辅助设备批发、零售；智能农业管理；物联网技术服务。"
    "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
)


def licence_new(
    f: Firm, rng: random.Random, issued: dt.date, until: str = "长期"
) -> tuple[Sheet, dict[str, Any]]:
    """三证合一 营业执照（副本）, vertical, with the 仅供资质年检使用 watermark."""
    s = Sheet()
    s.new_page()
    s.border()
    s.y = 70
    s.text(s.margin + 10, 90, f"统一社会信用代码  {f.credit_code}", 11)
    s.y = 120
    s.centred("营  业  执  照", 32, gap=6)
    s.centred("（副      本）", 13, gap=30)
    until_text = "长期" if until == "长期" else until
    rows = [
        ("名        称", f.name),
        ("类        型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", f.legal_rep),
        ("注册资本", capital(f.capital)),
        ("成立日期", ymd(f.established)),
        ("营业期限", f"{ymd(f.established)}至{until_text}"),
        ("住        所", f.address),
    ]
    for label, value in rows:
        s.text(s.margin + 10, s.y + 12, label, 11.5, CJK_SANS)
        s.y -= 0
        s.para(value, size=11.5, indent=False, x0=s.margin + 105, gap=4)
        s.gap(8)
    s.text(s.margin + 10, s.y + 12, "经营范围", 11.5, CJK_SANS)
    s.para(SCOPE, size=10.5, indent=False, x0=s.margin + 105, gap=4)
    s.text(s.right - 190, 700, "登记机关", 12, CJK_SANS)
    s.text(s.right - 150, 745, ymd(issued), 12)
    s.seal(s.right - 110, 710, "第三师图木舒克市市场监督管理局", rng, 44)
    s.text(s.margin + 10, 790, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8.5)
    s.watermark("仅供资质年检使用")
    fields = {
        "company_name": f.name,
        "credit_code": f.credit_code,
        "legal_representative": f.legal_rep,
        "registered_capital": money(f.capital),
        "company_type": "有限责任公司（自然人投资或控股）",
        "established_on": f.established.isoformat(),
        "valid_until": "长期" if until == "长期" else until,
        "address": f.address,
        "business_scope": SCOPE,
    }
    return s, fields


def licence_old(f: Firm, rng: random.Random, until: dt.date) -> tuple[Sheet, dict[str, Any]]:
    """Old 企业法人营业执照（副本） with a 15-digit 注册号 and a fixed 营业期限."""
    s = Sheet()
    s.new_page()
    s.border(color=(0.2, 0.35, 0.55))
    s.y = 90
    s.centred("企 业 法 人 营 业 执 照", 26, gap=4)
    s.centred("（副  本）", 12, gap=14)
    s.text(s.right - 200, s.y + 4, f"注册号  {f.reg_number}", 11)
    s.gap(24)
    rows = [
        ("名        称", f.name),
        ("住        所", f.address),
        ("法定代表人姓名", f.legal_rep),
        ("注册资本", capital(f.capital)),
        ("实收资本", capital(f.capital)),
        ("公司类型", "有限责任公司（自然人投资或控股）"),
        (
            "经营范围",
            "许可经营项目：无。一般经营项目：计算机信息系统集成；软件开发；计算机网络工程施工；计算机及辅助设备销售。",
        ),
        ("成立日期", ymd(f.established)),
        ("营业期限", f"{ymd(f.established)}至{ymd(until)}"),
    ]
    for label, value in rows:
        s.text(s.margin + 6, s.y + 12, label, 11, CJK_SANS)
        s.para(value, size=11, indent=False, x0=s.margin + 112, gap=4)
        s.gap(7)
    s.gap(6)
    s.table([["年检情况", "2013年度 已年检\n2014年度 已年检"]], [1, 3], row_h=46, x0=s.margin + 6)
    s.text(s.right - 220, 720, "登记机关", 12, CJK_SANS)
    issued = dt.date(2014, rng.randint(3, 11), rng.randint(2, 27))
    s.text(s.right - 175, 760, ymd(issued), 12)
    s.seal(s.right - 120, 725, "新疆生产建设兵团农三师工商行政管理局", rng, 46)
    s.text(
        s.margin + 6,
        800,
        "提示：每年三月一日至六月三十日通过企业信用信息公示系统报送上一年度年度报告并公示。",
        8.5,
    )
    fields = {
        "company_name": f.name,
        "legal_representative": f.legal_rep,
        "registered_capital": money(f.capital),
        "company_type": "有限责任公司（自然人投资或控股）",
        "established_on": f.established.isoformat(),
        "valid_until": until.isoformat(),
        "address": f.address,
    }
    return s, fields


@dataclass
class Books:
    revenue: Decimal  # 母公司, yuan (exact)
    net_profit: Decimal
    si_revenue: Decimal
    group_factor: Decimal


def _w(v: Decimal) -> Decimal:
    return (v / 10000).quantize(Decimal("0.01"))


def audit(f: Firm, b: Books, rng: random.Random, year: int = 2024) -> tuple[Sheet, dict[str, Any]]:
    """审计报告: opinion page (unqualified, CPA signatures, firm seal) + 合并及母公司利润表 in 万元."""
    cpa = rng.choice(
        [
            "新疆兵垦会计师事务所（普通合伙）",
            "喀什正信联合会计师事务所（特殊普通合伙）",
            "阿拉尔金诚会计师事务所有限公司",
        ]
    )
    number = f"{cpa[:2]}会审字〔{year + 1}〕第{rng.randint(20, 480):04d}号"
    s = Sheet()
    s.new_page()
    s.y = 70
    s.centred("审 计 报 告", 20, gap=4)
    s.centred(number, 10.5, fontname="china-s", gap=16)
    s.para(f"{f.name}全体股东：", indent=False)
    s.para("一、审计意见", indent=False)
    s.para(
        f"我们审计了{f.name}（以下简称贵公司）财务报表，包括{year}年12月31日的合并及母公司资产负债表，{year}年度的合并及母公司利润表、"
        "合并及母公司现金流量表、合并及母公司所有者权益变动表以及相关财务报表附注。"
    )
    s.para(
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{year}年12月31日的合并及母公司财务状况"
        f"以及{year}年度的合并及母公司经营成果和现金流量。"
    )
    s.para("二、形成审计意见的基础", indent=False)
    s.para(
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。"
        "按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"
    )
    s.para("三、管理层和治理层对财务报表的责任", indent=False)
    s.para(
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。"
    )
    s.gap(30)
    top = s.y
    s.text(s.margin, top, cpa, 11)
    s.text(s.margin, top + 22, "中国·新疆", 11)
    s.text(s.margin + 290, top, "中国注册会计师：", 11)
    s.text(s.margin + 290, top + 40, "中国注册会计师：", 11)
    s.signature(s.margin + 380, top + 2, person(rng), rng)
    s.signature(s.margin + 380, top + 42, person(rng), rng)
    s.text(s.margin + 290, top + 80, cn_date(dt.date(year + 1, rng.choice([1, 2]), rng.randint(6, 24))), 11)
    s.seal(s.margin + 90, top + 10, cpa, rng, 44)

    s.new_page()
    s.y = 56
    s.centred("合并及母公司利润表", 16, gap=8)
    s.text(s.margin, s.y + 8, f"编制单位：{f.name}", 9.5)
    s.text(s.margin + 300, s.y + 8, f"{year}年度", 9.5)
    s.text(s.right - 70, s.y + 8, "单位：万元", 9.5)
    s.gap(16)
    rev = b.revenue
    tax_add = (rev * Decimal("0.006")).quantize(Decimal("1"))
    sell = (rev * Decimal(rng.uniform(0.03, 0.05))).quantize(Decimal("1"))
    admin = (rev * Decimal(rng.uniform(0.05, 0.08))).quantize(Decimal("1"))
    rd = (rev * Decimal(rng.uniform(0.02, 0.04))).quantize(Decimal("1"))
    fin = (rev * Decimal("0.002")).quantize(Decimal("1"))
    income_tax = (b.net_profit * Decimal("0.18")).quantize(Decimal("1"))
    total_profit = b.net_profit + income_tax
    non_op = Decimal(rng.randint(0, 30000))
    op_profit = total_profit - non_op
    other_income = Decimal(rng.randint(20000, 180000))
    cost = rev - tax_add - sell - admin - rd - fin + other_income - op_profit
    items = [
        ("一、营业收入", rev),
        ("减：营业成本", cost),
        ("税金及附加", tax_add),
        ("销售费用", sell),
        ("管理费用", admin),
        ("研发费用", rd),
        ("财务费用", fin),
        ("加：其他收益", other_income),
        ("二、营业利润", op_profit),
        ("加：营业外收入", non_op),
        ("三、利润总额", total_profit),
        ("减：所得税费用", income_tax),
        ("四、净利润", b.net_profit),
    ]
    g = b.group_factor
    rows = [["项    目", "合并 本期金额", "母公司 本期金额"]]
    for label, v in items:
        rows.append([label, f"{_w(v * g):,}", f"{_w(v):,}"])
    s.table(rows, [2.6, 1.6, 1.6], row_h=21, bold_first=True)
    s.text(
        s.margin,
        s.y + 14,
        f"法定代表人：{f.legal_rep}      主管会计工作负责人：{person(rng)}      会计机构负责人：{person(rng)}",
        9,
    )
    fields = {
        "audit_firm": cpa,
        "report_number": number,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": money(_w(rev) * 10000),
        "net_profit": money(_w(b.net_profit) * 10000),
        "consolidated": True,
    }
    return s, fields


@dataclass
class FormData:
    firm: Firm
    grade: str
    technical_total: int
    certified_total: int
    year: int
    revenue: Decimal
    si_revenue: Decimal
    net_profit: Decimal
    projects: list[ProjectSpec]


def declaration_form(d: FormData, rng: random.Random, printed: dt.date) -> tuple[Sheet, dict[str, Any]]:
    """申报表盖章版: the form printed from the web system after filing, signed and sealed."""
    s = Sheet()
    s.new_page()
    s.text(
        s.margin,
        40,
        f"打印时间：{printed.isoformat()} {rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}",
        8.5,
    )
    s.y = 52
    s.centred(f"{d.year}年度自治区计算机信息系统集成（信息工程）企业年检申报表", 14, gap=12)
    s.table(
        [
            ["企业名称", d.firm.name],
            ["统一社会信用代码", d.firm.credit_code],
            ["法定代表人", d.firm.legal_rep],
            ["注册资本（万元）", f"{_w(d.firm.capital):,}"],
            ["资质等级", f"{d.grade}级"],
            ["技术人员总数（人）", str(d.technical_total)],
            ["持证人员总数（人）", str(d.certified_total)],
        ],
        [1.6, 4],
        row_h=20,
        size=9.5,
    )
    s.para("经营情况（单位：元）", indent=False, size=10)
    s.table(
        [
            ["年度", "营业收入", "系统集成收入", "净利润"],
            [str(d.year), figure(d.revenue), figure(d.si_revenue), figure(d.net_profit)],
        ],
        [0.8, 1.6, 1.6, 1.6],
        row_h=20,
        size=9.5,
        bold_first=True,
    )
    total = sum((p.amount for p in d.projects), Decimal(0))
    s.para(
        f"系统集成项目汇总：项目数量 {len(d.projects)} 个，合同金额合计 {figure(total)} 元",
        indent=False,
        size=10,
    )
    rows = [["序号", "项目名称", "甲方单位", "合同金额（元）", "验收日期"]]
    for k, p in enumerate(d.projects, 1):
        rows.append([str(k), p.name, p.client.name, figure(p.amount), p.accepted.isoformat()])
    rows.append(["合计", "", "", figure(total), ""])
    s.table(rows, [0.5, 3, 2, 1.4, 1.2], row_h=20, size=8.5, bold_first=True)
    s.para(
        "企业承诺：本表所填内容及上传附件真实、准确、完整，如有虚假，愿承担相应责任。", indent=False, size=10
    )
    s.gap(20)
    top = s.y
    s.text(s.margin, top, "法定代表人（签字）：", 10.5)
    s.signature(s.margin + 110, top + 2, d.firm.legal_rep, rng)
    s.text(s.margin + 280, top, "企业（盖章）：", 10.5)
    s.text(s.margin + 300, top + 60, ymd(printed), 10.5)
    s.seal(s.margin + 370, top + 20, d.firm.name, rng, 42)
    fields = {
        "company_name": d.firm.name,
        "credit_code": d.firm.credit_code,
        "grade": d.grade,
        "technical_total": d.technical_total,
        "certified_total": d.certified_total,
        "finance": [
            {
                "year": d.year,
                "operating_revenue": money(d.revenue),
                "system_integration_revenue": money(d.si_revenue),
                "net_profit": money(d.net_profit),
            }
        ],
        "project_count": len(d.projects),
        "project_total": money(total),
        "has_seal": True,
    }
    return s, fields
