"""Document templates: each returns its sheets and the fields the pages visibly show (CONTRACT 2.2)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .paint import RED, Sheet, hand, seal, signature, width
from .people import capital, cn_date, cn_date_upper, figures, money, person

Fields = dict[str, Any]

FEE_LABELS: dict[str, str] = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件产品购置费",
    "other": "其他费用",
}


@dataclass
class Firm:
    name: str
    code: str
    legal: str
    capital: Decimal
    established: dt.date
    place: str
    address: str
    kind: str = "有限责任公司（自然人投资或控股）"


@dataclass
class Deal:
    """One contract's terms as printed."""

    name: str
    number: str
    party_a: str
    party_b: str
    amount: Decimal
    signed: dt.date
    place: str
    fees: dict[str, Decimal] = field(default_factory=dict)
    a_rep: str = ""
    b_rep: str = ""
    words: str | None = None  # capital numerals as printed (defaults to the amount's)


def _words(deal: Deal) -> str:
    return deal.words if deal.words is not None else capital(deal.amount)


# --- business licence -----------------------------------------------------------------------------


def _scope(rng: random.Random) -> str:
    items = [
        "计算机信息系统集成服务",
        "软件开发",
        "信息技术咨询服务",
        "数据处理和存储支持服务",
        "安全技术防范系统设计施工服务",
        "网络与信息安全软件开发",
        "计算机及办公设备维修",
        "电子产品销售",
        "智能化安装工程服务",
    ]
    rng.shuffle(items)
    return (
        "一般项目：" + "；".join(items[:6]) + "。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    )


def _cap_text(c: Decimal) -> str:
    return f"{int(c / 10000)}万元人民币"


def license_copy(firm: Firm, rng: random.Random, valid_until: str) -> tuple[Sheet, Fields]:
    """营业执照（副本）, vertical, national emblem area, QR box at the top right, 登记机关 seal."""
    s = Sheet()
    s.box(28, 28, 567, 814, w=3, color=(170, 110, 60))
    s.box(36, 36, 559, 806, w=0.8, color=(170, 110, 60))
    s.text(62, 60, f"统一社会信用代码  {firm.code}", 10.5)
    s.box(470, 56, 540, 126, w=1)
    for i in range(0, 7):
        for j in range(0, 7):
            if (i * 3 + j * 5 + len(firm.code)) % 3 == 0:
                s.box(
                    474 + i * 9.3,
                    60 + j * 9.3,
                    482 + i * 9.3,
                    68 + j * 9.3,
                    w=0,
                    color=None,
                    fill=(20, 20, 20),
                )
    s.center(135, "营 业 执 照", 34, bold=True)
    s.center(182, "（副      本）", 15)
    s.text(62, 210, "副本编号：1-1", 9)
    rows = [
        ("名        称", firm.name),
        ("类        型", firm.kind),
        ("法定代表人", firm.legal),
        ("经 营 范 围", ""),
    ]
    y: float = 250
    for label, value in rows:
        s.text(70, y, label, 12)
        if value:
            s.text(170, y, value, 12)
        y += 34
    y = s.para(170, y - 34, _scope(rng), 10.5, right=520, lead=1.6) + 10
    tail = [
        ("注 册 资 本", _cap_text(firm.capital)),
        ("成 立 日 期", cn_date(firm.established)),
        (
            "营 业 期 限",
            f"{cn_date(firm.established)}至{valid_until if valid_until == '长期' else cn_date(dt.date.fromisoformat(valid_until))}",
        ),
        ("住        所", firm.address),
    ]
    for label, value in tail:
        s.text(70, y, label, 12)
        s.text(170, y, value, 12)
        y += 34
    s.text(330, 690, "登记机关", 14)
    issued = firm.established + dt.timedelta(days=rng.randint(400, 2000))
    s.text(360, 740, cn_date(min(issued, dt.date(2025, 6, 30))), 12)
    s.picture(385, 640, seal("阿勒泰地区市场监督管理局", "", rng, oval=False), 120)
    s.text(62, 780, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8.5)
    s.text(380, 780, "国家市场监督管理总局监制", 8.5)
    return s, _license_fields(firm, valid_until)


def license_original(firm: Firm, rng: random.Random, valid_until: str) -> tuple[Sheet, Fields]:
    """营业执照 正本, horizontal, two columns of fields."""
    s = Sheet(842, 595)
    s.box(22, 22, 820, 573, w=4, color=(180, 120, 60))
    s.box(32, 32, 810, 563, w=1, color=(180, 120, 60))
    s.center(70, "营  业  执  照", 38, bold=True)
    s.text(60, 130, "统一社会信用代码", 11)
    s.text(60, 146, firm.code, 12)
    s.box(715, 60, 780, 125, w=1)
    s.text(705, 128, "扫描二维码登录", 7)
    left = [("名          称", firm.name), ("类          型", firm.kind), ("法定代表人", firm.legal)]
    right = [
        ("注 册 资 本", _cap_text(firm.capital)),
        ("成 立 日 期", cn_date(firm.established)),
        (
            "营 业 期 限",
            f"{cn_date(firm.established)} 至 {valid_until if valid_until == '长期' else cn_date(dt.date.fromisoformat(valid_until))}",
        ),
        ("住          所", firm.address),
    ]
    y: float = 200
    for label, value in left:
        s.text(70, y, label, 12)
        s.text(160, y, value, 12)
        y += 34
    s.text(70, y, "经 营 范 围", 12)
    s.para(160, y, _scope(rng), 10.5, right=420)
    y = 200
    for label, value in right:
        s.text(450, y, label, 12)
        s.para(540, y, value, 12, right=790)
        y += 34
    s.text(560, 470, "登记机关", 14)
    s.picture(600, 420, seal("阿勒泰地区市场监督管理局", "", rng), 115)
    issued = firm.established + dt.timedelta(days=rng.randint(400, 2000))
    s.text(600, 520, cn_date(min(issued, dt.date(2025, 6, 30))), 12)
    s.text(60, 545, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8.5)
    s.text(600, 545, "国家市场监督管理总局监制", 8.5)
    return s, _license_fields(firm, valid_until)


def _license_fields(firm: Firm, valid_until: str) -> Fields:
    return {
        "company_name": firm.name,
        "credit_code": firm.code,
        "legal_representative": firm.legal,
        "registered_capital": money(firm.capital),
        "company_type": firm.kind,
        "established_on": firm.established.isoformat(),
        "valid_until": valid_until,
        "address": firm.address,
    }


# --- audit report ---------------------------------------------------------------------------------


@dataclass
class Books:
    """One year's figures (本期) and the year before (上期), in yuan."""

    revenue: Decimal
    cost: Decimal
    tax: Decimal
    selling: Decimal
    admin: Decimal
    rd: Decimal
    finance: Decimal
    other_income: Decimal
    nonop_in: Decimal
    nonop_out: Decimal
    income_tax: Decimal

    def op_profit(self) -> Decimal:
        return (
            self.revenue
            - self.cost
            - self.tax
            - self.selling
            - self.admin
            - self.rd
            - self.finance
            + self.other_income
        )

    def total_profit(self) -> Decimal:
        return self.op_profit() + self.nonop_in - self.nonop_out

    def net(self) -> Decimal:
        return self.total_profit() - self.income_tax


def books(rng: random.Random, revenue: Decimal) -> Books:
    def part(lo: float, hi: float) -> Decimal:
        return (revenue * Decimal(str(round(rng.uniform(lo, hi), 4)))).quantize(Decimal("0.01"))

    b = Books(
        revenue,
        part(0.62, 0.72),
        part(0.004, 0.008),
        part(0.02, 0.04),
        part(0.06, 0.09),
        part(0.02, 0.05),
        part(0.001, 0.004),
        part(0.0, 0.004),
        part(0.0, 0.002),
        part(0.0, 0.001),
        Decimal(0),
    )
    b.income_tax = (b.total_profit() * Decimal("0.05")).quantize(Decimal("0.01"))
    return b


def audit_report(
    firm: Firm,
    year: int,
    cur: Books,
    prev: Books,
    rng: random.Random,
    firm_name: str,
    with_cash: bool,
    with_balance: bool,
) -> tuple[list[Sheet], Fields]:
    number = f"{firm_name[2:4]}审字〔{year + 1}〕第{rng.randint(100, 999)}号"
    signed = dt.date(year + 1, rng.randint(2, 4), rng.randint(1, 28))
    sheets: list[Sheet] = []
    s = Sheet()
    s.center(80, "审 计 报 告", 24, bold=True)
    s.right(535, 125, number, 10.5)
    s.text(60, 160, f"{firm.name}全体股东：", 11)
    y: float = 190
    y = s.text(60, y, "一、审计意见", 11, bold=True).y + 26
    y = s.para(
        80,
        y,
        f"我们审计了{firm.name}（以下简称贵公司）财务报表，包括{year}年12月31日的资产负债表，{year}年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。",
        10.5,
        right=535,
    )
    y = s.para(
        80,
        y + 4,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{year}年12月31日的财务状况以及{year}年度的经营成果和现金流量。",
        10.5,
        right=535,
    )
    y = s.text(60, y + 10, "二、形成审计意见的基础", 11, bold=True).y + 26
    y = s.para(
        80,
        y,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        10.5,
        right=535,
    )
    y = s.text(60, y + 10, "三、管理层和治理层对财务报表的责任", 11, bold=True).y + 26
    y = s.para(
        80,
        y,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。",
        10.5,
        right=535,
    )
    s.text(60, 640, firm_name, 11)
    s.text(360, 640, "中国注册会计师：", 11)
    s.picture(380, 655, hand(person(rng), rng), 70)
    s.text(60, 700, "中国·乌鲁木齐", 11)
    s.text(360, 700, cn_date(signed), 11)
    s.picture(70, 580, seal(firm_name, "", rng), 120)
    sheets.append(s)

    total_assets = (cur.revenue * Decimal(str(round(rng.uniform(0.7, 1.3), 3)))).quantize(Decimal("0.01"))
    if with_balance:
        b = Sheet()
        b.center(60, "资 产 负 债 表", 18, bold=True)
        b.text(50, 95, f"编制单位：{firm.name}", 9.5)
        b.text(330, 95, f"{year}年12月31日", 9.5)
        b.right(545, 95, "单位：元", 9.5)
        prev_assets = (total_assets * Decimal("0.9")).quantize(Decimal("0.01"))
        cash = (total_assets * Decimal("0.3")).quantize(Decimal("0.01"))
        recv = (total_assets * Decimal("0.45")).quantize(Decimal("0.01"))
        fixed = total_assets - cash - recv
        rows = [["资    产", "期末余额", "上年年末余额"], ["流动资产：", "", ""]]
        rows += [
            [
                "  货币资金",
                ">" + figures(cash),
                ">" + figures((cash * Decimal("0.8")).quantize(Decimal("0.01"))),
            ]
        ]
        rows += [
            [
                "  应收账款",
                ">" + figures(recv),
                ">" + figures((recv * Decimal("1.05")).quantize(Decimal("0.01"))),
            ]
        ]
        rows += [["流动资产合计", ">" + figures(cash + recv), ">" + figures(prev_assets - fixed)]]
        rows += [["非流动资产：", "", ""], ["  固定资产", ">" + figures(fixed), ">" + figures(fixed)]]
        rows += [["非流动资产合计", ">" + figures(fixed), ">" + figures(fixed)]]
        rows += [["资产总计", ">" + figures(total_assets), ">" + figures(prev_assets)]]
        liab = (total_assets * Decimal("0.35")).quantize(Decimal("0.01"))
        rows += [
            [
                "负债合计",
                ">" + figures(liab),
                ">" + figures((liab * Decimal("0.9")).quantize(Decimal("0.01"))),
            ]
        ]
        rows += [
            [
                "所有者权益合计",
                ">" + figures(total_assets - liab),
                ">" + figures(prev_assets - (liab * Decimal("0.9")).quantize(Decimal("0.01"))),
            ]
        ]
        rows += [["负债和所有者权益总计", ">" + figures(total_assets), ">" + figures(prev_assets)]]
        b.grid(50, 120, [190, 150, 155], rows, 9.5, 24)
        b.text(
            50,
            760,
            f"法定代表人：{firm.legal}        主管会计工作负责人：{person(rng)}        会计机构负责人：{person(rng)}",
            9,
        )
        sheets.append(b)

    p = Sheet()
    p.center(60, "利  润  表", 18, bold=True)
    p.text(50, 95, f"编制单位：{firm.name}", 9.5)
    p.text(330, 95, f"{year}年度", 9.5)
    p.right(545, 95, "单位：元", 9.5)
    lines = [
        ("一、营业收入", "revenue"),
        ("    减：营业成本", "cost"),
        ("        税金及附加", "tax"),
        ("        销售费用", "selling"),
        ("        管理费用", "admin"),
        ("        研发费用", "rd"),
        ("        财务费用", "finance"),
        ("    加：其他收益", "other_income"),
        ("二、营业利润（亏损以“－”号填列）", "op"),
        ("    加：营业外收入", "nonop_in"),
        ("    减：营业外支出", "nonop_out"),
        ("三、利润总额（亏损总额以“－”号填列）", "total"),
        ("    减：所得税费用", "income_tax"),
        ("四、净利润（净亏损以“－”号填列）", "net"),
    ]

    def val(bk: Books, key: str) -> Decimal:
        if key == "op":
            return bk.op_profit()
        if key == "total":
            return bk.total_profit()
        if key == "net":
            return bk.net()
        v: Decimal = getattr(bk, key)
        return v

    rows = [["项        目", "本期金额", "上期金额"]]
    rows += [[label, ">" + figures(val(cur, k)), ">" + figures(val(prev, k))] for label, k in lines]
    p.grid(50, 120, [235, 130, 130], rows, 9.5, 25)
    p.text(
        50,
        760,
        f"法定代表人：{firm.legal}        主管会计工作负责人：{person(rng)}        会计机构负责人：{person(rng)}",
        9,
    )
    sheets.append(p)

    if with_cash:
        c = Sheet()
        c.center(60, "现 金 流 量 表", 18, bold=True)
        c.text(50, 95, f"编制单位：{firm.name}", 9.5)
        c.text(330, 95, f"{year}年度", 9.5)
        c.right(545, 95, "单位：元", 9.5)
        sales = (cur.revenue * Decimal("0.93")).quantize(Decimal("0.01"))
        psales = (prev.revenue * Decimal("0.95")).quantize(Decimal("0.01"))
        buy = (cur.cost * Decimal("0.9")).quantize(Decimal("0.01"))
        pbuy = (prev.cost * Decimal("0.92")).quantize(Decimal("0.01"))
        staff = (cur.admin * Decimal("1.4")).quantize(Decimal("0.01"))
        pstaff = (prev.admin * Decimal("1.4")).quantize(Decimal("0.01"))
        crow = [["项        目", "本期金额", "上期金额"], ["一、经营活动产生的现金流量：", "", ""]]
        crow += [["  销售商品、提供劳务收到的现金", ">" + figures(sales), ">" + figures(psales)]]
        crow += [["  经营活动现金流入小计", ">" + figures(sales), ">" + figures(psales)]]
        crow += [["  购买商品、接受劳务支付的现金", ">" + figures(buy), ">" + figures(pbuy)]]
        crow += [["  支付给职工以及为职工支付的现金", ">" + figures(staff), ">" + figures(pstaff)]]
        crow += [["  经营活动现金流出小计", ">" + figures(buy + staff), ">" + figures(pbuy + pstaff)]]
        crow += [
            [
                "  经营活动产生的现金流量净额",
                ">" + figures(sales - buy - staff),
                ">" + figures(psales - pbuy - pstaff),
            ]
        ]
        crow += [["二、投资活动产生的现金流量：", "", ""], ["  投资活动产生的现金流量净额", ">0.00", ">0.00"]]
        crow += [["三、筹资活动产生的现金流量：", "", ""], ["  筹资活动产生的现金流量净额", ">0.00", ">0.00"]]
        crow += [
            [
                "四、现金及现金等价物净增加额",
                ">" + figures(sales - buy - staff),
                ">" + figures(psales - pbuy - pstaff),
            ]
        ]
        c.grid(50, 120, [235, 130, 130], crow, 9.5, 25)
        sheets.append(c)

    f: Fields = {
        "audit_firm": firm_name,
        "report_number": number,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": money(cur.revenue),
        "net_profit": money(cur.net()),
        "consolidated": False,
    }
    return sheets, f


# --- contracts ------------------------------------------------------------------------------------


def _sign_block(
    s: Sheet, y: float, deal: Deal, rng: random.Random, left_label: str, right_label: str, seal_b: bool = True
) -> None:
    s.text(
        60,
        y,
        f"{left_label}（盖章）：{deal.party_a}" if len(deal.party_a) < 16 else f"{left_label}（盖章）：",
        10.5,
    )
    if len(deal.party_a) >= 16:
        s.text(60, y + 18, deal.party_a, 10.5)
    s.text(320, y, f"{right_label}（盖章）：", 10.5)
    s.text(320, y + 18, deal.party_b, 10.5)
    s.text(60, y + 60, "法定代表人或委托代理人（签字）：", 10)
    s.text(320, y + 60, "法定代表人或委托代理人（签字）：", 10)
    s.picture(90, y + 78, signature(deal.a_rep or person(rng), rng), 70)
    s.picture(350, y + 78, signature(deal.b_rep or person(rng), rng), 70)
    s.text(60, y + 120, "日期：", 10.5)
    s.text(320, y + 120, "日期：", 10.5)
    s.picture(92, y + 110, hand(cn_date(deal.signed), rng, px=56), 95)
    s.picture(352, y + 112, hand(cn_date(deal.signed), rng, px=56), 95)
    s.picture(70 + rng.uniform(0, 40), y - 30, seal(deal.party_a, "合同专用章", rng), 118)
    if seal_b:
        s.picture(330 + rng.uniform(0, 40), y - 25, seal(deal.party_b, "合同专用章", rng), 118)


GENERAL_CLAUSES = [
    "1.1 合同 合同是指根据法律规定和合同当事人约定具有约束力的文件，构成合同的文件包括合同协议书、中标通知书（如果有）、投标函及其附录（如果有）、专用合同条款及其附件、通用合同条款、技术标准和要求、图纸、已标价工程量清单或预算书以及其他合同文件。",
    "1.2 合同当事人及其他相关方 合同当事人是指发包人和（或）承包人。发包人是指与承包人签订合同协议书的当事人及取得该当事人资格的合法继承人。承包人是指与发包人签订合同协议书的，具有相应工程施工承包资质的当事人及取得该当事人资格的合法继承人。",
    "1.3 监理人是指在专用合同条款中指明的，受发包人委托按照法律规定进行工程监督管理的法人或其他组织。设计人是指在专用合同条款中指明的，受发包人委托负责工程设计并具备相应工程设计资质的法人或其他组织。",
    "1.4 工程和设备 工程是指与合同协议书中工程承包范围对应的永久工程和（或）临时工程。永久工程是指按合同约定建造并移交给发包人的工程，包括工程设备。临时工程是指为完成合同约定的永久工程所修建的各类临时性工程，不包括施工设备。",
    "1.5 日期和期限 开工日期包括计划开工日期和实际开工日期。计划开工日期是指合同协议书约定的开工日期；实际开工日期是指监理人按照第7.3.2项〔开工通知〕约定发出的符合法律规定的开工通知中载明的开工日期。",
    "1.6 合同价格和费用 签约合同价是指发包人和承包人在合同协议书中确定的总金额，包括安全文明施工费、暂估价及暂列金额等。合同价格是指发包人用于支付承包人按照合同约定完成承包范围内全部工作的金额，包括合同履行过程中按合同约定发生的价格变化。",
    "2.1 发包人应遵守法律，并办理法律规定由其办理的许可、批准或备案，包括但不限于建设用地规划许可证、建设工程规划许可证、建设工程施工许可证、施工所需临时用水、临时用电、中断道路交通、临时占用土地等许可和批准。",
    "3.1 承包人在履行合同过程中应遵守法律和工程建设标准规范，并履行以下义务：办理法律规定应由承包人办理的许可和批准；按法律规定和合同约定完成工程，并在保修期内承担保修义务；按法律规定和合同约定采取施工安全和环境保护措施。",
    "5.1 工程质量要求 工程质量标准必须符合现行国家有关工程施工质量验收规范和标准的要求。有关工程质量的特殊标准或要求由合同当事人在专用合同条款中约定。因发包人原因造成工程质量未达到合同约定标准的，由发包人承担由此增加的费用和（或）延误的工期。",
    "7.1 施工组织设计 承包人应按照法律规定和合同约定，在合同签订后14天内，但最迟不得晚于第7.3.2项〔开工通知〕载明的开工日期前7天，向监理人提交详细的施工组织设计，并由监理人报送发包人。",
    "12.4 工程进度款支付 除专用合同条款另有约定外，付款周期应按照第12.3.2项〔计量周期〕的约定与计量周期保持一致。进度付款申请单应包括截至本次付款周期已完成工作对应的金额、应增加和扣减的变更金额、应支付的预付款和扣减的返还预付款。",
    "13.2 竣工验收 工程具备竣工验收条件的，承包人应向监理人报送竣工验收申请报告。监理人应在收到竣工验收申请报告后14天内完成审查并报送发包人。发包人应在收到经监理人审核的竣工验收申请报告后28天内审批完毕并组织监理人、承包人、设计人等相关单位完成竣工验收。",
]


def gf_contract(
    deal: Deal, rng: random.Random, site: str, days: int, supervisor: str
) -> tuple[list[Sheet], Fields, int]:
    """建设工程施工合同 GF-2017-0201: cover, 协议书 (2 pages, signatures on the second), 通用条款 (2), 专用条款 (2).

    Returns the sheets, the fields and the 1-based page of the 签约合同价.
    """
    sheets: list[Sheet] = []
    cover = Sheet()
    cover.text(420, 70, "GF—2017—0201", 12)
    cover.center(220, "建设工程施工合同", 32, bold=True)
    cover.center(280, "（示范文本）", 16)
    cover.text(130, 380, f"工程名称：{deal.name}", 12)
    cover.text(130, 412, f"合同编号：{deal.number}", 12)
    cover.center(640, "住房和城乡建设部", 15)
    cover.center(668, "国家工商行政管理总局", 15)
    cover.center(696, "制定", 13)
    sheets.append(cover)

    p1 = Sheet()
    p1.center(60, "第一部分  合同协议书", 17, bold=True)
    y: float = 100
    y = p1.para(60, y, f"发包人（全称）：{deal.party_a}", 11)
    y = p1.para(60, y, f"承包人（全称）：{deal.party_b}", 11)
    y = p1.para(
        60,
        y + 4,
        "根据《中华人民共和国民法典》《中华人民共和国建筑法》及有关法律规定，遵循平等、自愿、公平和诚实信用的原则，双方就本建设工程施工及有关事项协商一致，共同达成如下协议：",
        10.5,
    )
    y = p1.text(60, y + 6, "一、工程概况", 11, bold=True).y + 24
    y = p1.para(76, y, f"1. 工程名称：{deal.name}。", 10.5)
    y = p1.para(76, y, f"2. 工程地点：{site}。", 10.5)
    y = p1.para(76, y, "3. 工程内容：综合布线、机房建设、网络及安防设备安装调试、系统联调及试运行。", 10.5)
    y = p1.para(76, y, "4. 资金来源：财政资金。", 10.5)
    y = p1.text(60, y + 6, "二、合同工期", 11, bold=True).y + 24
    start = deal.signed + dt.timedelta(days=rng.randint(5, 20))
    y = p1.para(
        76,
        y,
        f"计划开工日期：{cn_date(start)}；计划竣工日期：{cn_date(start + dt.timedelta(days=days))}。工期总日历天数：{days}天。",
        10.5,
    )
    y = p1.text(60, y + 6, "三、质量标准", 11, bold=True).y + 24
    y = p1.para(76, y, "工程质量符合国家现行验收规范合格标准。", 10.5)
    y = p1.text(60, y + 6, "四、签约合同价与合同价格形式", 11, bold=True).y + 24
    words = _words(deal)
    y = p1.para(76, y, f"1. 签约合同价为：人民币（大写）{words}（¥{figures(deal.amount)}元）；", 10.5)
    safety = (deal.amount * Decimal("0.018")).quantize(Decimal("0.01"))
    prov = (deal.amount * Decimal("0.05")).quantize(Decimal(100))
    y = p1.para(92, y, "其中：", 10.5)
    y = p1.para(
        92, y, f"（1）安全文明施工费：人民币（大写）{capital(safety)}（¥{figures(safety)}元）；", 10.5
    )
    y = p1.para(92, y, "（2）材料和工程设备暂估价金额：人民币（大写）零元（¥0.00元）；", 10.5)
    y = p1.para(92, y, f"（3）暂列金额：人民币（大写）{capital(prov)}（¥{figures(prov)}元）。", 10.5)
    y = p1.para(76, y, "2. 合同价格形式：固定总价合同。", 10.5)
    y = p1.text(60, y + 6, "五、项目经理", 11, bold=True).y + 24
    p1.para(76, y, f"承包人项目经理：{person(rng)}。", 10.5)
    sheets.append(p1)

    p2 = Sheet()
    y = 60
    for txt in [
        "六、合同文件构成：本协议书与下列文件一起构成合同文件：（1）中标通知书（如果有）；（2）投标函及其附录（如果有）；（3）专用合同条款及其附件；（4）通用合同条款；（5）技术标准和要求；（6）图纸；（7）已标价工程量清单或预算书；（8）其他合同文件。",
        "七、承诺：发包人承诺按照法律规定履行项目审批手续、筹集工程建设资金并按照合同约定的期限和方式支付合同价款。承包人承诺按照法律规定及合同约定组织完成工程施工，确保工程质量和安全，不进行转包及违法分包，并在缺陷责任期及保修期内承担相应的工程维修责任。",
        "八、词语含义：本协议书中词语含义与第二部分通用合同条款中赋予的含义相同。",
        f"九、签订时间：本合同于{cn_date(deal.signed)}签订。",
        f"十、签订地点：本合同在{deal.place}签订。",
        "十一、补充协议：合同未尽事宜，合同当事人另行签订补充协议，补充协议是合同的组成部分。",
        "十二、合同生效：本合同自双方签字盖章之日起生效。",
        "十三、合同份数：本合同一式陆份，均具有同等法律效力，发包人执叁份，承包人执叁份。",
    ]:
        y = p2.para(60, y, txt, 10.5) + 4
    y += 40
    p2.text(60, y, "发包人：（公章）", 10.5)
    p2.text(320, y, "承包人：（公章）", 10.5)
    p2.text(60, y + 20, deal.party_a, 10)
    p2.text(320, y + 20, deal.party_b, 10)
    p2.text(60, y + 60, "法定代表人或其委托代理人：", 10)
    p2.text(320, y + 60, "法定代表人或其委托代理人：", 10)
    p2.text(60, y + 76, "（签字）", 10)
    p2.text(320, y + 76, "（签字）", 10)
    p2.picture(110, y + 70, signature(deal.a_rep, rng), 75)
    p2.picture(370, y + 70, signature(deal.b_rep, rng), 75)
    p2.text(60, y + 120, "地  址：", 10)
    p2.text(320, y + 120, "地  址：", 10)
    p2.text(60, y + 140, "电  话：", 10)
    p2.text(320, y + 140, "电  话：", 10)
    p2.text(60, y + 175, "年    月    日", 10.5)
    p2.text(320, y + 175, "年    月    日", 10.5)
    p2.picture(55, y + 160, hand(cn_date_upper(deal.signed), rng, px=54), 120)
    p2.picture(315, y + 160, hand(cn_date_upper(deal.signed), rng, px=54), 120)
    p2.picture(75 + rng.uniform(0, 40), y - 25, seal(deal.party_a, "", rng), 120)
    p2.picture(335 + rng.uniform(0, 40), y - 25, seal(deal.party_b, "合同专用章", rng), 120)
    sheets.append(p2)

    gen = list(GENERAL_CLAUSES)
    for part in range(2):
        g = Sheet()
        y = 55
        if part == 0:
            g.center(y, "第二部分  通用合同条款", 16, bold=True)
            y += 36
        chunk = gen[part * 6 : part * 6 + 6]
        for txt in chunk:
            y = g.para(55, y, txt, 9.5, right=545, lead=1.55) + 3
        for txt in gen[(part + 1) * 3 % 12 : (part + 1) * 3 % 12 + 3]:
            y = g.para(55, y, txt, 9.5, right=545, lead=1.55) + 3
        g.center(805, f"— {part + 5} —", 9)
        sheets.append(g)

    sp = Sheet()
    sp.center(55, "第三部分  专用合同条款", 16, bold=True)
    y = 95
    for txt in [
        f"1.1.2.6 监理人：名称：{supervisor}；资质类别和等级：信息系统工程监理甲级；总监理工程师：{person(rng)}。",
        "1.1.3.7 作为施工现场组成部分的其他场所：无。",
        "2.4.1 提供施工现场：发包人应于开工日期前7天向承包人移交施工现场。",
        "3.3.1 承包人应在接到开工通知后7天内提交承包人项目管理机构及施工现场管理人员安排的报告。",
        "7.3.2 开工通知：发包人应在计划开工日期前7天发出开工通知。",
        "12.1 合同价格形式：固定总价。风险范围以外合同价格的调整方法：按实际工程量及双方确认的单价调整。",
        "12.2.1 预付款的比例：签约合同价的30%，于合同签订后15个工作日内支付。",
        "12.4.1 付款周期：按月计量，按已完工程量的70%支付进度款；竣工验收合格后付至合同价款的97%，余款3%作为质量保证金，缺陷责任期满后无息返还。",
        "13.2.2 竣工验收程序：由发包人组织，监理人、承包人参加，邀请相关专家组成验收组。",
        "15.2 缺陷责任期：自工程竣工验收合格之日起24个月。",
        "16.1.1 因发包人原因未能按时支付合同价款的，按中国人民银行同期贷款利率支付逾期利息。",
        "20.3 争议解决：向工程所在地人民法院提起诉讼。",
    ]:
        y = sp.para(55, y, txt, 10, right=545, lead=1.6) + 4
    sp.center(805, "— 15 —", 9)
    sheets.append(sp)

    f: Fields = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": deal.party_a,
        "party_b": deal.party_b,
        "contract_amount": money(deal.amount),
        "amount_in_words": f"人民币（大写）{words}",
        "signed_on": deal.signed.isoformat(),
    }
    return sheets, f, 2


def tech_service_contract(
    deal: Deal, rng: random.Random, splits: tuple[int, int, int]
) -> tuple[list[Sheet], Fields]:
    """科技部 技术服务合同 model: cover with 委托方/受托方, clauses incl. 支付方式 in instalments, party table page."""
    sheets: list[Sheet] = []
    c = Sheet()
    c.text(400, 70, f"合同登记编号：{deal.number}", 10.5)
    c.center(200, "技 术 服 务 合 同", 30, bold=True)
    y: float = 330
    for label, value in [
        ("项 目 名 称：", deal.name),
        ("委托方（甲方）：", deal.party_a),
        ("受托方（乙方）：", deal.party_b),
        ("签 订 时 间：", cn_date(deal.signed)),
        ("签 订 地 点：", deal.place),
        (
            "有 效 期 限：",
            f"{cn_date(deal.signed)}至{cn_date(deal.signed.replace(year=deal.signed.year + 1) - dt.timedelta(days=1))}",
        ),
    ]:
        c.text(110, y, label, 13)
        c.text(230, y, value, 13)
        c.line(228, y + 17, 520, y + 17, 0.5)
        y += 40
    c.center(700, "中华人民共和国科学技术部印制", 14)
    sheets.append(c)

    p = Sheet()
    y = 60
    y = (
        p.para(
            60,
            y,
            "依据《中华人民共和国民法典》的规定，合同双方就本技术服务项目，经协商一致，签订本合同。",
            10.5,
        )
        + 4
    )
    terms = [
        f"一、甲方委托乙方进行技术服务的内容如下：1. 技术服务的目标：完成{deal.name}的方案设计、软件部署、系统联调与上线运行保障；2. 技术服务的内容：需求调研、系统部署与配置、数据迁移、接口开发、人员培训；3. 技术服务的方式：现场服务与远程支持相结合。",
        f"二、乙方应按下列要求完成技术服务工作：1. 技术服务地点：{deal.place}；2. 技术服务期限：自合同签订之日起180日内完成；3. 技术服务进度：分调研、实施、试运行三个阶段；4. 技术服务质量要求：系统运行稳定，满足甲方需求说明书要求。",
        "三、为保证乙方有效进行技术服务工作，甲方应当向乙方提供下列工作条件和协作事项：1. 提供技术资料：现有系统说明、网络拓扑及数据字典；2. 提供工作条件：办公场地及网络接入；3. 其他：指定专人负责联络。",
    ]
    for t in terms:
        y = p.para(60, y, t, 10.5) + 4
    words = _words(deal)
    y = (
        p.para(
            60,
            y,
            f"四、甲方向乙方支付技术服务报酬及支付方式为：1. 技术服务费总额为：人民币{words}（¥{figures(deal.amount)}）。",
            10.5,
        )
        + 2
    )
    parts = [(deal.amount * pct / 100).quantize(Decimal("0.01")) for pct in splits]
    parts[-1] = deal.amount - parts[0] - parts[1]
    y = p.para(76, y, "2. 技术服务费由甲方分期支付乙方。具体支付方式和时间如下：", 10.5)
    y = p.para(
        92,
        y,
        f"（1）合同签订后10个工作日内，甲方支付首付款，即合同总额的{splits[0]}%，计人民币{figures(parts[0])}元；",
        10.5,
    )
    y = p.para(
        92,
        y,
        f"（2）系统部署完成并经甲方确认后，支付合同总额的{splits[1]}%，计人民币{figures(parts[1])}元；",
        10.5,
    )
    y = p.para(92, y, f"（3）项目验收合格后，支付剩余{splits[2]}%，计人民币{figures(parts[2])}元。", 10.5)
    y = (
        p.para(
            76,
            y,
            "乙方开户银行名称、地址和账号为：开户银行：中国农业银行阿勒泰分行营业部；账号：3066 0101 0400 "
            + str(rng.randint(10000, 99999)),
            10.5,
        )
        + 4
    )
    for t in [
        "五、本合同服务项目的保密范围及保密期限：双方对履行合同中知悉的对方技术信息和经营信息负有保密义务，保密期限为合同终止后三年。",
        "六、本合同的变更必须由双方协商一致，并以书面形式确定。",
        "七、双方确定以下列标准和方式对乙方的技术服务工作成果进行验收：1. 乙方完成技术服务工作的形式：系统上线运行及技术文档；2. 技术服务工作成果的验收标准：需求说明书及国家相关标准；3. 验收方式：甲方组织专家验收。",
    ]:
        y = p.para(60, y, t, 10.5) + 4
    sheets.append(p)

    ts = Sheet()
    y = 60
    for line in [
        "八、双方确定：在本合同有效期内，甲方指定专人为甲方项目联系人，乙方指定专人为乙方项目联系人。项目联系人承担以下责任：协调本项目的实施，及时通报进度。",
        "九、双方因履行本合同而发生的争议，应协商、调解解决。协商、调解不成的，确定按以下方式处理：提交阿勒泰仲裁委员会仲裁。",
        "十、本合同一式肆份，甲乙双方各执贰份，具有同等法律效力。",
    ]:
        y = ts.para(60, y, line, 10.5) + 4
    y += 8
    rows = [
        ["委托方（甲方）", "名称（或姓名）", deal.party_a],
        ["", "法定代表人", deal.a_rep],
        ["", "联系人", person(rng)],
        ["", "住所（通讯地址）", f"新疆阿勒泰地区{deal.place}"],
        ["受托方（乙方）", "名称（或姓名）", deal.party_b],
        ["", "法定代表人", deal.b_rep],
        ["", "联系人", person(rng)],
        ["", "开户银行", "中国农业银行阿勒泰分行营业部"],
    ]
    bottom = ts.grid(60, y, [95, 105, 280], rows, 10, 26)
    ts.text(430, y + 40, "（盖章）", 10)
    ts.text(430, y + 144, "（盖章）", 10)
    ts.picture(380, y - 5, seal(deal.party_a, "", rng), 110)
    ts.picture(370, y + 100, seal(deal.party_b, "合同专用章", rng), 110)
    ts.picture(300, y + 26, signature(deal.a_rep, rng), 60)
    ts.picture(300, y + 130, signature(deal.b_rep, rng), 60)
    ts.text(60, bottom + 24, "签字日期：", 10.5)
    ts.picture(125, bottom + 14, hand(cn_date(deal.signed), rng, px=56), 100)
    ts.text(60, bottom + 70, "印花税票粘贴处：", 10)
    ts.box(160, bottom + 64, 260, bottom + 120, w=0.5)
    ts.text(320, bottom + 70, "技术合同登记机构（专用章）", 10)
    sheets.append(ts)
    f: Fields = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": deal.party_a,
        "party_b": deal.party_b,
        "contract_amount": money(deal.amount),
        "amount_in_words": f"人民币{words}",
        "signed_on": deal.signed.isoformat(),
    }
    return sheets, f


def framework_agreement(
    deal: Deal, ceiling: Decimal, years: int, rng: random.Random
) -> tuple[list[Sheet], Fields]:
    """框架协议: no total price, only a ceiling; prices are fixed per order."""
    s = Sheet()
    s.center(70, "信息化运维及设备采购框架协议", 20, bold=True)
    s.right(535, 110, f"协议编号：{deal.number}", 10.5)
    y: float = 140
    y = s.para(60, y, f"甲方（采购人）：{deal.party_a}", 11)
    y = s.para(60, y, f"乙方（供应商）：{deal.party_b}", 11) + 6
    for t in [
        f"第一条 协议标的：乙方在协议有效期内按甲方下达的采购订单，向甲方提供{deal.name}所需的设备、软件及集成实施服务。",
        f"第二条 协议期限：自{cn_date(deal.signed)}起{years}年。",
        f"第三条 采购金额：本协议不约定总价。协议期内甲方向乙方采购总额以各采购订单累计金额为准，累计不超过人民币{figures(ceiling)}元（采购上限）。本条所列上限不构成甲方的采购承诺。",
        "第四条 订单：甲方以书面采购订单形式向乙方下达具体需求，订单载明货物及服务名称、数量、单价、金额及交付期限，经双方盖章后与本协议具有同等效力。",
        "第五条 价格：订单单价不得高于乙方投标报价单中的单价，报价单作为本协议附件。",
        "第六条 验收：每笔订单交付完成后，由甲方组织验收，出具验收意见。",
        "第七条 付款：每笔订单验收合格后30日内，甲方凭乙方开具的合法发票支付该订单金额的100%。",
        "第八条 违约责任：乙方逾期交付的，每逾期一日按该订单金额的千分之三支付违约金。",
        "第九条 本协议一式肆份，双方各执贰份。",
    ]:
        y = s.para(60, y, t, 10.5) + 6
    deal_b = Deal(**{**deal.__dict__})
    _sign_block(s, y + 40, deal_b, rng, "甲方", "乙方")
    f: Fields = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": deal.party_a,
        "party_b": deal.party_b,
        "signed_on": deal.signed.isoformat(),
    }
    return [s], f


def purchase_order(deal: Deal, agreement_no: str, rng: random.Random) -> tuple[Sheet, Fields]:
    """采购订单 under the framework agreement: item lines and the order total in figures and words."""
    s = Sheet(842, 595)
    s.center(40, "采  购  订  单", 20, bold=True)
    s.text(50, 80, f"订单编号：{deal.number}", 10)
    s.text(330, 80, f"依据协议：{agreement_no}", 10)
    s.text(620, 80, f"下单日期：{cn_date(deal.signed)}", 10)
    s.text(50, 100, f"采购单位：{deal.party_a}", 10)
    s.text(420, 100, f"供应单位：{deal.party_b}", 10)
    s.text(50, 120, f"项目名称：{deal.name}", 10)
    rows = [["序号", "货物/服务名称", "规格型号", "单位", "数量", "单价（元）", "金额（元）"]]
    keys = list(deal.fees)
    for i, k in enumerate(keys, start=1):
        amt = deal.fees[k]
        qty = 1 if k not in ("hardware_purchase", "software_purchase") else rng.choice([2, 4, 5, 10])
        unit = (amt / qty).quantize(Decimal("0.01"))
        if unit * qty != amt:
            qty, unit = 1, amt
        name = {
            "hardware_purchase": "服务器及网络交换设备",
            "software_purchase": "数据库及中间件软件",
            "integration_implementation": "系统集成实施服务",
            "software_development": "定制软件开发",
            "operation_maintenance": "年度运行维护服务",
            "consulting_design": "规划咨询设计",
        }.get(k, FEE_LABELS[k])
        rows.append(
            [
                str(i),
                name,
                "详见附件" if qty == 1 else "按技术参数",
                "项" if qty == 1 else "台/套",
                str(qty),
                ">" + figures(unit),
                ">" + figures(amt),
            ]
        )
    rows.append(["", "合计金额（小写）", "", "", "", "", ">¥" + figures(deal.amount)])
    rows.append(["", f"合计金额（大写）：人民币{_words(deal)}", "", "", "", "", ""])
    bottom = s.grid(50, 145, [40, 200, 110, 60, 50, 140, 142], rows, 9.5, 24)
    s.text(50, bottom + 20, "交付期限：订单签订后45日内；交付地点：甲方指定地点。", 10)
    s.text(80, bottom + 55, "采购单位（盖章）：", 10.5)
    s.text(480, bottom + 55, "供应单位（盖章）：", 10.5)
    s.picture(170, bottom + 20, seal(deal.party_a, "", rng), 105)
    s.picture(580, bottom + 20, seal(deal.party_b, "合同专用章", rng), 105)
    f: Fields = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": deal.party_a,
        "party_b": deal.party_b,
        "contract_amount": money(deal.amount),
        "amount_in_words": f"人民币{_words(deal)}",
        "signed_on": deal.signed.isoformat(),
        "fees": {k: money(v) for k, v in deal.fees.items()},
    }
    return s, f


def plain_contract(
    deal: Deal, rng: random.Random, fee_table: dict[str, Decimal] | None, title: str = "项目合同书"
) -> tuple[list[Sheet], Fields, int]:
    """An ordinary 项目合同书: 合同价款 clause on page 1, optional 分项价格表 on page 2, signatures last.

    Returns sheets, fields and the 1-based page with the amount.
    """
    sheets: list[Sheet] = []
    s = Sheet()
    s.center(70, title, 22, bold=True)
    s.right(535, 108, f"合同编号：{deal.number}", 10.5)
    y: float = 140
    for label, val in [
        ("项目名称", deal.name),
        ("甲方（采购方）", deal.party_a),
        ("乙方（供货方）", deal.party_b),
    ]:
        s.text(60, y, f"{label}：{val}", 11)
        y += 24
    y = (
        s.para(
            60,
            y + 8,
            "甲乙双方根据《中华人民共和国民法典》及相关法律法规，本着平等互利的原则，经友好协商，就本项目达成如下条款，共同遵守。",
            10.5,
        )
        + 4
    )
    y = (
        s.para(
            60,
            y,
            f"第一条 项目内容：乙方负责{deal.name}的设备供货、软件开发与部署、系统集成、安装调试、培训及质保期内维护。",
            10.5,
        )
        + 4
    )
    words = _words(deal)
    amount_y = y
    y = s.para(60, y, "第二条 合同价款：", 10.5, right=535)
    s.text(80, y, f"本合同总价为人民币（大写）：{words}", 11, tag="amount")
    s.text(80, y + 22, f"（小写）：¥{figures(deal.amount)}元", 11, tag="amount")
    y += 50
    y = (
        s.para(
            80,
            y,
            "合同总价包含设备费、软件费、运输费、安装调试费、培训费、税费等全部费用。分项价格见本合同附件一《分项价格表》。"
            if fee_table
            else "合同总价包含设备费、软件费、运输费、安装调试费、培训费、税费等全部费用，合同执行期间不作调整。",
            10.5,
        )
        + 4
    )
    for t in [
        "第三条 付款方式：合同签订后支付合同总价的30%；设备到货并安装调试完成后支付40%；项目终验合格后支付25%；剩余5%作为质保金，质保期满无质量问题后一次付清。",
        "第四条 实施期限：合同签订之日起90日内完成全部实施工作并提交验收申请。",
        "第五条 验收：由甲方组织验收，验收合格后双方签署验收报告。",
    ]:
        y = s.para(60, y, t, 10.5) + 4
    sheets.append(s)
    _ = amount_y
    if fee_table:
        q = Sheet()
        q.center(60, "附件一  分项价格表", 16, bold=True)
        rows = [["序号", "费用项目", "金额（元）", "备注"]]
        for i, (k, v) in enumerate(fee_table.items(), start=1):
            rows.append([str(i), FEE_LABELS[k], ">" + figures(v), ""])
        rows.append(["", "合    计", ">" + figures(sum(fee_table.values(), Decimal(0))), ""])
        q.grid(60, 100, [45, 180, 150, 100], rows, 10.5, 28)
        q.text(60, 100 + 28 * (len(rows) + 1), "注：以上价格均含税。", 10)
        sheets.append(q)
    ts = Sheet()
    y = 60
    for line in [
        "第六条 质量保证：乙方所供设备均为原厂全新产品，质保期为验收合格之日起三年。",
        "第七条 违约责任：任何一方违反本合同约定的，应向对方支付合同总价5%的违约金；乙方逾期交付的，每逾期一日支付合同总价千分之二的违约金。",
        "第八条 争议解决：本合同履行中发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。",
        "第九条 本合同自双方签字盖章之日起生效，一式陆份，甲方执肆份，乙方执贰份。",
        "（以下无正文）",
    ]:
        y = ts.para(60, y, line, 10.5) + 6
    _sign_block(ts, y + 60, deal, rng, "甲方", "乙方")
    sheets.append(ts)
    f: Fields = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": deal.party_a,
        "party_b": deal.party_b,
        "contract_amount": money(deal.amount),
        "amount_in_words": f"人民币（大写）：{words}",
        "signed_on": deal.signed.isoformat(),
    }
    if fee_table:
        f["fees"] = {k: money(v) for k, v in fee_table.items()}
    return sheets, f, 1


# --- acceptance -----------------------------------------------------------------------------------


def completion_report(
    deal: Deal, accepted: dt.date, supervisor: str, passed: bool, rng: random.Random
) -> tuple[list[Sheet], Fields]:
    """竣工验收报告: project table, 验收结论, 监理单位 sign-off with seal; second page 验收组成员签字表."""
    s = Sheet()
    s.center(60, "工程竣工验收报告", 20, bold=True)
    rows = [
        ["工程名称", deal.name],
        ["建设单位", deal.party_a],
        ["施工单位", deal.party_b],
        ["监理单位", supervisor],
        ["合同编号", deal.number],
        ["验收日期", cn_date(accepted)],
        ["验收地点", f"{deal.place}项目现场"],
    ]
    bottom = s.grid(50, 100, [90, 405], rows, 10.5, 26)
    y = bottom + 14
    s.text(50, y, "验收内容及情况：", 11, bold=True)
    y = s.para(
        66,
        y + 22,
        "验收组听取了施工单位的施工总结汇报及监理单位的监理工作报告，查阅了竣工资料，对综合布线、机房、网络及安防设备进行了现场抽查和功能测试。",
        10.5,
        right=545,
    )
    if passed:
        y = s.para(
            66,
            y,
            "经检查，工程已按合同及设计文件要求全部完成，设备运行稳定，资料齐全，符合国家相关验收规范。",
            10.5,
            right=545,
        )
        verdict = rng.choice(
            ["验收结论：验收合格，同意通过竣工验收。", "验收结论：工程质量合格，同意通过验收。"]
        )
    else:
        y = s.para(
            66,
            y,
            "经检查，机房接地电阻及部分监控点位图像质量未达到设计要求，竣工资料不完整，系统试运行记录不足。",
            10.5,
            right=545,
        )
        verdict = "验收结论：不同意验收，限期整改后复验。"
    s.text(66, y + 8, verdict, 12, bold=True)
    y += 50
    s.text(50, y, "建设单位（盖章）", 10.5)
    s.text(230, y, "施工单位（盖章）", 10.5)
    s.text(410, y, "监理单位（盖章）", 10.5)
    s.text(410, y + 60, "总监理工程师：", 10)
    s.picture(440, y + 80, signature(person(rng), rng), 60)
    s.picture(50 + rng.uniform(0, 30), y + 10, seal(deal.party_a, "", rng), 105)
    s.picture(225 + rng.uniform(0, 30), y + 10, seal(deal.party_b, "", rng), 105)
    s.picture(405 + rng.uniform(0, 30), y + 10, seal(supervisor, "", rng), 105)
    for x in (50, 230, 410):
        s.picture(x, y + 125, hand(cn_date(accepted), rng, px=50), 95)
    sheets = [s]
    m = Sheet()
    m.center(60, "验收组成员签字表", 18, bold=True)
    m.text(50, 95, f"工程名称：{deal.name}", 10.5)
    rows2 = [["序号", "姓名", "工作单位", "职务/职称", "签字"]]
    units = [
        deal.party_a,
        deal.party_a,
        supervisor,
        "阿勒泰地区信息化专家库",
        "阿勒泰地区信息化专家库",
        deal.party_b,
    ]
    titles = ["组长", "副组长", "总监理工程师", "高级工程师", "高级工程师", "项目经理"]
    names = [person(rng) for _ in units]
    for i, (u, tt) in enumerate(zip(units, titles, strict=True), start=1):
        rows2.append([str(i), names[i - 1], u if len(u) < 19 else u[:18], tt, ""])
    m.grid(40, 120, [35, 70, 250, 80, 80], rows2, 9.5, 34)
    for i, nm in enumerate(names):
        m.picture(470, 120 + 34 * (i + 1) + 2, signature(nm, rng), 55)
    m.text(50, 120 + 34 * 8, f"日期：{cn_date(accepted)}", 10.5)
    sheets.append(m)
    f: Fields = {
        "project_name": deal.name,
        "party_a": deal.party_a,
        "party_b": deal.party_b,
        "accepted_on": accepted.isoformat(),
        "conclusion": "passed" if passed else "failed",
        "has_seal": True,
        "third_party": supervisor,
    }
    return sheets, f


def acceptance_letter(
    deal: Deal, accepted: dt.date, rng: random.Random, experts: bool
) -> tuple[Sheet, Fields]:
    """The client's 验收意见 letter: red header, addressed to the contractor, a passing opinion, client seal."""
    s = Sheet()
    s.center(60, deal.party_a, 20, color=RED, bold=True)
    s.line(50, 100, 545, 100, 2)
    s.ops[-1].color = RED  # type: ignore[union-attr]
    s.center(130, f"关于{deal.name}的验收意见", 15, bold=True)
    y: float = 180
    s.text(60, y, f"{deal.party_b}：", 11)
    y += 30
    y = (
        s.para(
            80,
            y,
            f"你单位承建的{deal.name}（合同编号：{deal.number}）已按合同约定完成全部建设内容。{cn_date(accepted)}，我单位{'邀请相关专家' if experts else '会同使用科室'}组成验收小组，对项目进行了验收。",
            11,
            right=535,
        )
        + 6
    )
    y = (
        s.para(
            80,
            y,
            "验收小组审阅了项目建设文档，现场核验了软硬件部署情况，抽测了系统主要功能和性能指标，形成意见如下：",
            11,
            right=535,
        )
        + 6
    )
    for t in [
        "一、项目建设内容与合同一致，设备型号、数量符合要求；",
        "二、系统功能完整，试运行期间运行稳定，满足业务需求；",
        "三、项目文档资料齐全，培训工作已完成。",
    ]:
        y = s.para(80, y, t, 11, right=535) + 2
    s.text(
        80, y + 10, rng.choice(["验收小组一致同意该项目通过验收。", "经研究，同意通过验收。"]), 11, bold=True
    )
    s.text(360, y + 90, deal.party_a, 11)
    s.text(380, y + 115, cn_date(accepted), 11)
    s.picture(370 + rng.uniform(-20, 20), y + 40, seal(deal.party_a, "", rng), 115)
    f: Fields = {
        "project_name": deal.name,
        "party_a": deal.party_a,
        "party_b": deal.party_b,
        "accepted_on": accepted.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    return s, f


# --- invoice --------------------------------------------------------------------------------------


def vat_invoice(
    buyer: str,
    buyer_code: str,
    seller: str,
    seller_code: str,
    total: Decimal,
    issued: dt.date,
    rng: random.Random,
    service: str,
) -> tuple[Sheet, Fields]:
    """Paper 增值税普通发票 (old style): 发票代码/号码, 密码区, item table, 价税合计 大写/小写, seller seal."""
    s = Sheet(680, 400)
    code = "0650" + "".join(rng.choice("0123456789") for _ in range(8))
    number = "".join(rng.choice("0123456789") for _ in range(8))
    brown = (140, 80, 40)
    s.center(22, "新疆增值税普通发票", 20, color=brown, bold=True)
    s.center(50, "发  票  联", 11, color=brown)
    s.text(30, 30, f"{code}", 11)
    s.text(480, 28, f"发票代码：{code}", 9.5)
    s.text(480, 44, f"发票号码：{number}", 9.5)
    s.text(480, 60, f"开票日期：{issued.year}年{issued.month:02d}月{issued.day:02d}日", 9.5)
    s.text(
        30,
        62,
        f"校验码：{' '.join(''.join(rng.choice('0123456789') for _ in range(5)) for _ in range(4))}",
        8.5,
    )
    s.box(20, 80, 660, 360, w=0.9, color=brown)
    s.line(20, 140, 660, 140)
    s.line(45, 80, 45, 140)
    s.text(27, 88, "购", 10, color=brown)
    s.text(27, 104, "买", 10, color=brown)
    s.text(27, 120, "方", 10, color=brown)
    s.text(50, 85, f"名        称：{buyer}", 9)
    s.text(50, 99, f"纳税人识别号：{buyer_code}", 9)
    s.text(50, 113, "地 址、电 话：", 9)
    s.text(50, 127, "开户行及账号：", 9)
    s.line(390, 80, 390, 140)
    s.text(395, 88, "密", 9, color=brown)
    s.text(395, 104, "码", 9, color=brown)
    s.text(395, 120, "区", 9, color=brown)
    chars = "0123456789+-*/<>"
    for i in range(4):
        s.text(412, 84 + i * 14, "".join(rng.choice(chars) for _ in range(28)), 9)
    tax_rate = Decimal("0.06")
    net = (total / (1 + tax_rate)).quantize(Decimal("0.01"))
    tax = total - net
    s.text(
        30,
        146,
        "货物或应税劳务、服务名称      规格型号    单位    数量        单价             金  额       税率       税  额",
        8.5,
        color=brown,
    )
    s.text(30, 166, f"*信息技术服务*{service}", 9)
    s.text(250, 166, "项", 9)
    s.text(290, 166, "1", 9)
    s.right(400, 166, figures(net).replace(",", ""), 9)
    s.right(505, 166, figures(net).replace(",", ""), 9)
    s.text(525, 166, "6%", 9)
    s.right(650, 166, figures(tax).replace(",", ""), 9)
    s.line(20, 250, 660, 250)
    s.text(60, 256, "合        计", 9, color=brown)
    s.right(505, 256, f"¥{figures(net).replace(',', '')}", 9)
    s.right(650, 256, f"¥{figures(tax).replace(',', '')}", 9)
    s.line(20, 272, 660, 272)
    s.text(30, 279, "价税合计（大写）", 9, color=brown)
    s.text(130, 279, f"ⓧ{capital(total)}", 10)
    s.text(470, 279, "（小写）", 9, color=brown)
    s.text(520, 279, f"¥{figures(total).replace(',', '')}", 10)
    s.line(20, 296, 660, 296)
    s.text(27, 304, "销", 10, color=brown)
    s.text(27, 320, "售", 10, color=brown)
    s.text(27, 336, "方", 10, color=brown)
    s.line(45, 296, 45, 360)
    s.text(50, 302, f"名        称：{seller}", 9)
    s.text(50, 316, f"纳税人识别号：{seller_code}", 9)
    s.text(50, 330, "地 址、电 话：", 9)
    s.text(50, 344, "开户行及账号：", 9)
    s.line(390, 296, 390, 360)
    s.text(395, 302, "备", 9, color=brown)
    s.text(395, 330, "注", 9, color=brown)
    s.text(
        40,
        368,
        f"收款人：{person(rng)}        复核：{person(rng)}        开票人：{person(rng)}        销售方：（章）",
        9,
        color=brown,
    )
    oval = seal(seller, "发票专用章", rng)
    s.picture(560, 290, oval.resize((oval.width, int(oval.height * 0.7))), 90)
    f: Fields = {
        "invoice_number": number,
        "issued_on": issued.isoformat(),
        "buyer": buyer,
        "seller": seller,
        "total_amount": money(total),
    }
    _ = width
    return s, f
