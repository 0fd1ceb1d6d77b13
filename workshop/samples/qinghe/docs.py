"""The papers of a filing: licence, audit report, contract key pages, acceptance report, invoice."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import cn2an

from .paper import A4, Sheet, width
from .people import Firm

FEE_LABELS: dict[str, str] = {
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


def yuan(v: Decimal) -> str:
    return f"{v:,.2f}"


def plain(v: Decimal) -> str:
    return f"{v:.2f}"


def words(v: Decimal) -> str:
    return str(cn2an.an2cn(f"{v:.2f}".rstrip("0").rstrip("."), "rmb"))


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_date_short(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


_DIG = "〇一二三四五六七八九"


def hanzi_date(d: dt.date) -> str:
    def num(n: int) -> str:
        if n < 10:
            return _DIG[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _DIG[tens]) + "十" + (_DIG[ones] if ones else "")

    return "".join(_DIG[int(c)] for c in str(d.year)) + "年" + num(d.month) + "月" + num(d.day) + "日"


@dataclass
class Deal:
    """One completed project as the papers state it."""

    pid: str
    name: str
    client: str
    client_code: str
    signed: dt.date
    accepted: dt.date
    field: str
    location: str
    fees: dict[str, Decimal]
    number: str
    itemised: bool = True
    place: str = ""

    @property
    def amount(self) -> Decimal:
        return sum(self.fees.values(), Decimal(0))


@dataclass
class Paper:
    """One document of the filing: its sheets, type, truth fields and (for a project's papers) the project."""

    kind: str
    sheets: list[Sheet]
    fields: dict[str, Any]
    project: str | None = None
    key_page: dict[str, int] = field(default_factory=dict)
    """Truth field → index (0-based) of the sheet that prints it."""


def _label(sh: Sheet, x: float, y: float, label: str, value: str, size: float = 11, gap: float = 92) -> None:
    sh.text(x, y, label, size)
    sh.text(x + gap, y, value, size)


def licence(firm: Firm, rng: random.Random, until: dt.date | None, issued: dt.date) -> Paper:
    sh = Sheet(A4)
    for inset in (22, 27):
        sh.box(inset, inset, A4[0] - inset, A4[1] - inset, 1.2 if inset == 22 else 0.5)
    sh.text(52, 70, "统一社会信用代码", 10)
    sh.text(52, 86, firm.credit_code, 11)
    sh.center(150, "营 业 执 照", 30)
    sh.center(182, "（副        本）", 13)
    sh.text(400, 78, f"编号 S{rng.randint(10**9, 10**10 - 1)}{rng.randint(100, 999)}", 8)
    y = 240
    est = dt.date(*firm.established)
    rows = [
        ("名        称", firm.name),
        ("类        型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", firm.legal_rep),
        (
            "注册资本",
            f"{cn2an.an2cn(str(firm.capital_wan), 'up')}万元整"
            if rng.random() < 0.5
            else f"{firm.capital_wan}万元人民币",
        ),
        ("成立日期", cn_date(est)),
        ("营业期限", f"{cn_date(est)} 至 {cn_date(until) if until else '长期'}"),
        ("住        所", firm.address),
    ]
    for label, value in rows:
        _label(sh, 70, y, label, value, 11.5, 88)
        y += 30
    sh.text(70, y, "经营范围", 11.5)
    scope = (
        "一般项目：信息系统集成服务；软件开发；信息技术咨询服务；计算机系统服务；数据处理和存储支持服务；"
        "安全技术防范系统设计施工服务；智能控制系统集成；网络技术服务；计算机软硬件及辅助设备零售；"
        "电子产品销售；办公设备销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    )
    sh.para(158, y, scope, 10.5, right=535, lead=1.6)
    authority = f"{firm.county}市场监督管理局"
    sh.text(330, 700, "登记机关", 12)
    sh.seal(440, 690, authority, "", rng, r=40)
    sh.text(370, 748, cn_date(issued), 11)
    sh.text(52, 790, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8.5)
    sh.text(52, 804, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", 8.5)
    sh.text(430, 818, "国家市场监督管理总局监制", 8)
    fields = {
        "company_name": firm.name,
        "credit_code": firm.credit_code,
        "legal_representative": firm.legal_rep,
        "registered_capital": plain(Decimal(firm.capital_wan) * 10000),
        "established_on": est.isoformat(),
        "valid_until": until.isoformat() if until else "长期",
    }
    return Paper("business_license", [sh], fields, key_page={k: 0 for k in fields})


@dataclass(frozen=True)
class Books:
    year: int
    revenue: Decimal
    si_revenue: Decimal
    net_profit: Decimal
    prior_revenue: Decimal
    prior_profit: Decimal


AUDITORS = (
    ("新疆天山正信会计师事务所（普通合伙）", "新天正审字"),
    ("新疆金桦联合会计师事务所有限公司", "金桦审字"),
    ("阿勒泰恒信有限责任会计师事务所", "阿恒信审字"),
    ("新疆北塔会计师事务所（特殊普通合伙）", "北塔审字"),
)


def income_rows(b: Books, rng: random.Random) -> tuple[list[tuple[str, Decimal, Decimal]], Decimal]:
    def split(rev: Decimal, profit: Decimal) -> list[Decimal]:
        cost = (rev * Decimal(rng.uniform(0.62, 0.72))).quantize(Decimal("0.01"))
        tax = (rev * Decimal("0.006")).quantize(Decimal("0.01"))
        sell = (rev * Decimal(rng.uniform(0.02, 0.04))).quantize(Decimal("0.01"))
        fin = Decimal(rng.randint(2000, 30000))
        income_tax = (profit * Decimal("0.05")).quantize(Decimal("0.01"))
        total = profit + income_tax
        nonop = Decimal(rng.randint(0, 20000))
        op = total - nonop
        admin = rev - cost - tax - sell - fin - op
        return [rev, cost, tax, sell, admin, fin, op, nonop, total, income_tax, profit]

    cur = split(b.revenue, b.net_profit)
    pre = split(b.prior_revenue, b.prior_profit)
    labels = [
        "一、营业收入",
        "减：营业成本",
        "税金及附加",
        "销售费用",
        "管理费用",
        "财务费用",
        "二、营业利润",
        "加：营业外收入",
        "三、利润总额",
        "减：所得税费用",
        "四、净利润",
    ]
    rows = [(lab, c, p) for lab, c, p in zip(labels, cur, pre, strict=True)]
    return rows, cur[1]


def audit_report(firm: Firm, b: Books, rng: random.Random) -> Paper:
    auditor, prefix = rng.choice(AUDITORS)
    number = f"{prefix}〔{b.year + 1}〕第{rng.randint(10, 480):03d}号"
    signed = dt.date(b.year + 1, rng.randint(2, 3), rng.randint(1, 25))
    p1 = Sheet(A4)
    p1.center(90, "审 计 报 告", 22)
    p1.text(595 - 62 - width(number, 10.5), 125, number, 10.5)
    p1.text(62, 160, f"{firm.name}全体股东：", 11)
    y = p1.para(62, 192, "一、审计意见", 11)
    y = p1.para(
        84,
        y,
        f"我们审计了{firm.name}（以下简称“贵公司”）财务报表，包括{b.year}年12月31日的资产负债表，{b.year}年度的利润表、"
        f"现金流量表、所有者权益变动表以及相关财务报表附注。",
    )
    y = p1.para(
        84,
        y,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{b.year}年12月31日的财务状况"
        f"以及{b.year}年度的经营成果和现金流量。",
    )
    y = p1.para(62, y + 6, "二、形成审计意见的基础", 11)
    y = p1.para(
        84,
        y,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。"
        "按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，"
        "为发表审计意见提供了基础。",
    )
    y = p1.para(62, y + 6, "三、管理层和治理层对财务报表的责任", 11)
    y = p1.para(
        84,
        y,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
        "以使财务报表不存在由于舞弊或错误导致的重大错报。",
    )
    p1.text(62, 640, auditor, 11)
    p1.seal(150, 640, auditor, "", rng, r=44)
    cpa1, cpa2 = "注册会计师：", "注册会计师："
    p1.text(340, 630, cpa1, 11)
    p1.sign(420, 628, "cpa1", rng, 70)
    p1.text(340, 680, cpa2, 11)
    p1.sign(420, 678, "cpa2", rng, 70)
    p1.text(62, 730, "中国·乌鲁木齐", 11)
    p1.text(340, 730, hanzi_date(signed), 11)

    p2 = Sheet(A4)
    p2.center(80, "利 润 表", 18)
    p2.text(500, 104, "会企02表", 9)
    p2.text(62, 126, f"编制单位：{firm.name}", 10)
    p2.text(300, 126, f"{b.year}年度", 10)
    p2.text(470, 126, "单位：元", 10)
    rows, _cost = income_rows(b, rng)
    table = [["项        目", "本期金额", "上期金额"]] + [[lab, yuan(c), yuan(p)] for lab, c, p in rows]
    p2.grid(62, 140, [215, 128, 128], table, h=24, size=10)
    p2.text(62, 480, "法定代表人：", 9.5)
    p2.text(220, 480, "主管会计工作负责人：", 9.5)
    p2.text(420, 480, "会计机构负责人：", 9.5)

    p3 = Sheet(A4)
    p3.text(62, 80, f"{firm.name}", 10)
    p3.text(62, 96, f"{b.year}年度财务报表附注", 10)
    p3.text(62, 130, "五、财务报表主要项目注释", 11)
    p3.text(62, 158, "（二十一）营业收入和营业成本", 11)
    p3.text(62, 182, "1. 按业务类别列示", 10.5)
    other_it = (b.revenue - b.si_revenue) * Decimal(rng.uniform(0.4, 0.8))
    other_it = other_it.quantize(Decimal("0.01"))
    non_it = b.revenue - b.si_revenue - other_it
    rows3 = [
        ["业务类别", "本期发生额", "上期发生额"],
        [
            "系统集成收入",
            yuan(b.si_revenue),
            yuan((b.prior_revenue * Decimal("0.8")).quantize(Decimal("0.01"))),
        ],
        ["其他IT类收入", yuan(other_it), yuan((b.prior_revenue * Decimal("0.15")).quantize(Decimal("0.01")))],
        [
            "非IT类收入",
            yuan(non_it),
            yuan(
                b.prior_revenue
                - (b.prior_revenue * Decimal("0.8")).quantize(Decimal("0.01"))
                - (b.prior_revenue * Decimal("0.15")).quantize(Decimal("0.01"))
            ),
        ],
        ["合        计", yuan(b.revenue), yuan(b.prior_revenue)],
    ]
    p3.grid(62, 196, [190, 140, 140], rows3, h=24, size=10)
    p3.para(
        62,
        350,
        "注：系统集成收入指本公司承接的计算机信息系统集成项目所确认的收入，包括软件开发、集成实施及相应的硬件、软件购置。",
        10,
    )
    fields = {
        "audit_firm": auditor,
        "report_number": number,
        "fiscal_year": b.year,
        "opinion": "unqualified",
        "operating_revenue": plain(b.revenue),
        "net_profit": plain(b.net_profit),
        "system_integration_revenue": plain(b.si_revenue),
        "consolidated": False,
    }
    key = {k: 0 for k in ("audit_firm", "report_number", "fiscal_year", "opinion")}
    key.update(operating_revenue=1, net_profit=1, system_integration_revenue=2, consolidated=0)
    return Paper("audit_report", [p1, p2, p3], fields, key_page=key)


def _contract_fields(firm: Firm, d: Deal) -> dict[str, Any]:
    out: dict[str, Any] = {
        "project_name": d.name,
        "contract_number": d.number,
        "party_a": d.client,
        "party_b": firm.name,
        "contract_amount": plain(d.amount),
        "amount_in_words": words(d.amount),
        "signed_on": d.signed.isoformat(),
    }
    if d.itemised:
        out["fees"] = {k: plain(v) for k, v in d.fees.items() if v}
    return out


def _price_clause(sh: Sheet, y: float, d: Deal, article: str) -> float:
    y = sh.para(62, y, f"{article} 合同价款", 11.5)
    y = sh.para(
        84,
        y,
        f"本合同总价为人民币（大写）{words(d.amount)}（小写：¥{yuan(d.amount)}），"
        "该价格为含税价，包括完成本项目所需的全部费用，合同履行期间不作调整。",
    )
    if d.itemised:
        rows = [["序号", "费用名称", "金额（元）"]]
        n = 0
        for k, v in d.fees.items():
            if v:
                n += 1
                rows.append([str(n), FEE_LABELS[k], yuan(v)])
        rows.append(["", "合        计", yuan(d.amount)])
        y = sh.grid(84, y, [50, 200, 180], rows, h=22, size=10) + 24
    return y


def _sign_block(sh: Sheet, y: float, firm: Firm, d: Deal, rng: random.Random, seals: bool = True) -> None:
    sh.text(62, y, f"甲方（盖章）：{d.client}", 11)
    sh.text(62, y + 34, "法定代表人或授权代表（签字）：", 10.5)
    sh.sign(230, y + 32, "client", rng)
    sh.text(62, y + 66, f"日期：{cn_date(d.signed)}", 10.5)
    sh.text(320, y, "乙方（盖章）：", 11)
    sh.text(320, y + 16, firm.name, 10.5)
    sh.text(320, y + 50, "法定代表人或授权代表（签字）：", 10.5)
    sh.sign(470, y + 48, firm.legal_rep, rng, 50)
    sh.text(320, y + 82, f"日期：{cn_date(d.signed)}", 10.5)
    if seals:
        sh.seal(150, y + 20, d.client, "", rng)
        sh.seal(420, y + 30, firm.name, "合同专用章", rng)


SCOPE_TEXT = (
    "乙方按照甲方需求完成{name}的设计、设备供货、软件开发、安装调试、系统集成、试运行及培训等工作，"
    "并提供自验收合格之日起一年的免费质保服务。"
)


def contract_two(firm: Firm, d: Deal, rng: random.Random) -> Paper:
    """A two-page key-pages contract: parties and price on page 1, signatures on page 2."""
    p1 = Sheet(A4)
    p1.center(78, d.name, 16 if len(d.name) < 26 else 13)
    p1.center(104, "合 同 书", 16)
    p1.text(380, 132, f"合同编号：{d.number}", 10)
    _label(p1, 62, 164, "甲方（采购人）：", d.client, 11, 100)
    _label(p1, 62, 190, "乙方（供应商）：", firm.name, 11, 100)
    _label(p1, 62, 216, "签订地点：", d.place, 11, 100)
    y = p1.para(
        62,
        250,
        "根据《中华人民共和国民法典》及相关法律法规，甲乙双方在平等、自愿、协商一致的基础上，就"
        f"{d.name}事宜签订本合同，共同遵守。",
    )
    y = p1.para(62, y + 4, "第一条 项目内容", 11.5)
    y = p1.para(84, y, SCOPE_TEXT.format(name=d.name))
    y = _price_clause(p1, y + 4, d, "第二条")
    y = p1.para(62, y, "第三条 付款方式", 11.5)
    p1.para(
        84,
        y,
        "合同签订后支付合同总价的30%；项目验收合格后支付至95%；剩余5%作为质保金，质保期满无质量问题后一次性付清。",
    )
    p2 = Sheet(A4)
    y = p2.para(62, 80, "第八条 争议解决", 11.5)
    y = p2.para(84, y, "因履行本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。")
    y = p2.para(62, y + 4, "第九条 其他", 11.5)
    y = p2.para(84, y, "本合同一式肆份，甲乙双方各执贰份，具有同等法律效力。本合同自双方签字盖章之日起生效。")
    p2.text(230, y + 16, "（以下无正文）", 10.5)
    _sign_block(p2, y + 80, firm, d, rng)
    key = {
        "project_name": 0,
        "contract_number": 0,
        "party_a": 0,
        "party_b": 0,
        "contract_amount": 0,
        "amount_in_words": 0,
        "signed_on": 1,
    }
    if d.itemised:
        key["fees"] = 0
    return Paper("contract", [p1, p2], _contract_fields(firm, d), d.pid, key)


def contract_four(firm: Firm, d: Deal, rng: random.Random) -> Paper:
    """Cover, scope, price (page 3) and signature pages."""
    d.itemised = False
    c = Sheet(A4)
    c.text(400, 90, f"合同编号：{d.number}", 10)
    c.center(260, "合    同    书", 28)
    c.center(330, d.name, 15)
    _label(c, 130, 470, "甲    方：", d.client, 13, 90)
    _label(c, 130, 510, "乙    方：", firm.name, 13, 90)
    _label(c, 130, 550, "签订地点：", d.place, 13, 90)
    p2 = Sheet(A4)
    y = p2.para(62, 80, "第一条 项目概况", 11.5)
    y = p2.para(84, y, f"项目名称：{d.name}；项目地点：{d.location}。")
    y = p2.para(62, y + 4, "第二条 工作内容", 11.5)
    y = p2.para(84, y, SCOPE_TEXT.format(name=d.name))
    y = p2.para(
        84,
        y,
        "乙方应指派具有相应资格的项目经理常驻现场，未经甲方同意不得更换。乙方提供的设备应为全新、原厂正品，并提供合法来源证明。",
    )
    y = p2.para(62, y + 4, "第三条 工期", 11.5)
    p2.para(84, y, "自合同签订之日起一百二十日历天内完成全部工作并申请验收。")
    p3 = Sheet(A4)
    y = _price_clause(p3, 80, d, "第四条")
    y = p3.para(62, y + 4, "第五条 付款方式", 11.5)
    y = p3.para(
        84, y, "合同签订后十个工作日内支付合同总价的30%；项目验收合格后支付至合同总价的97%；剩余3%为质保金。"
    )
    y = p3.para(62, y + 4, "第六条 验收", 11.5)
    p3.para(84, y, "项目完成后由甲方组织验收，验收标准依据本合同、招标文件及国家相关标准执行。")
    p4 = Sheet(A4)
    y = p4.para(62, 80, "第十条 合同生效", 11.5)
    y = p4.para(
        84,
        y,
        "本合同经双方法定代表人或授权代表签字并加盖公章或合同专用章后生效。本合同一式陆份，甲方肆份，乙方贰份。",
    )
    _sign_block(p4, y + 60, firm, d, rng)
    key = {
        "project_name": 0,
        "contract_number": 0,
        "party_a": 0,
        "party_b": 0,
        "contract_amount": 2,
        "amount_in_words": 2,
        "signed_on": 3,
    }
    return Paper("contract", [c, p2, p3, p4], _contract_fields(firm, d), d.pid, key)


def acceptance(
    firm: Firm,
    d: Deal,
    rng: random.Random,
    seals: bool = True,
    printed_date: dt.date | None = None,
    small: bool = False,
) -> Paper:
    when = printed_date or d.accepted
    size = (420.0, 595.0) if small else A4
    sh = Sheet(size)
    W = size[0]
    s = 1.0 if not small else 0.9
    sh.center(70 * s, "项目验收报告", 18 * s)
    x = 40 if small else 62
    cols = [100 * s, W - 2 * x - 100 * s]
    rows = [
        ["项目名称", d.name],
        ["建设单位", d.client],
        ["承建单位", firm.name],
        ["合同编号", d.number],
        ["验收日期", cn_date(when)],
        ["验收地点", d.place],
    ]
    y = sh.grid(x, 96 * s, cols, rows, h=26 * s, size=10 * s)
    y = sh.para(x, y + 22, "验收意见：", 11 * s)
    y = sh.para(
        x + 20,
        y,
        f"验收小组听取了承建单位的项目建设汇报，查验了设备到货及安装情况，对系统功能进行了现场测试，审阅了项目文档。"
        f"验收小组认为：{d.name}已按合同约定完成全部建设内容，系统运行稳定，文档齐全。",
        10 * s,
        right=W - x,
    )
    y = sh.para(x, y + 4, "验收结论：合格，同意通过验收。", 11 * s)
    sh.text(x, y + 14, "验收小组成员（签字）：", 10.5 * s)
    for i in range(3):
        sh.sign(x + 130 * s + i * 80 * s, y + 12, f"m{i}", rng, 55 * s)
    y += 80
    sh.text(x, y, "建设单位（盖章）：", 10.5 * s)
    sh.text(x, y + 78 * s, cn_date(when), 10.5 * s)
    sh.text(W / 2 + 10, y, "承建单位（盖章）：", 10.5 * s)
    sh.text(W / 2 + 10, y + 78 * s, cn_date(when), 10.5 * s)
    if seals:
        sh.seal(x + 120 * s, y + 8 * s, d.client, "", rng, r=38 * s)
        sh.seal(W / 2 + 130 * s, y + 8 * s, firm.name, "", rng, r=38 * s)
    fields = {
        "project_name": d.name,
        "party_a": d.client,
        "party_b": firm.name,
        "accepted_on": when.isoformat(),
        "conclusion": "passed",
        "has_seal": seals,
    }
    return Paper("acceptance_report", [sh], fields, d.pid, {k: 0 for k in fields})


def invoice(
    firm: Firm,
    d: Deal,
    rng: random.Random,
    share: Decimal,
    issued: dt.date,
    buyer: str | None = None,
    buyer_code: str | None = None,
) -> Paper:
    total = (d.amount * share).quantize(Decimal("1"))
    net = (total / Decimal("1.06")).quantize(Decimal("0.01"))
    tax = total - net
    size = (680.0, 400.0)
    sh = Sheet(size)
    number = f"25652000000{rng.randint(10**8, 10**9 - 1)}"
    sh.center(40, "电子发票（普通发票）", 17)
    sh.text(470, 66, f"发票号码：{number}", 9.5)
    sh.text(470, 82, f"开票日期：{cn_date(issued)}", 9.5)
    sh.box(30, 92, 650, 350, 0.8)
    sh.line(30, 150, 650, 150)
    sh.line(340, 92, 340, 150)
    sh.text(40, 112, f"购买方  名称：{buyer or d.client}", 9.5)
    sh.text(40, 134, f"统一社会信用代码/纳税人识别号：{buyer_code or d.client_code}", 9)
    sh.text(350, 112, f"销售方  名称：{firm.name}", 9.5)
    sh.text(350, 134, f"统一社会信用代码/纳税人识别号：{firm.credit_code}", 9)
    sh.text(40, 170, "项目名称", 9.5)
    sh.text(330, 170, "金 额", 9.5)
    sh.text(430, 170, "税率/征收率", 9.5)
    sh.text(550, 170, "税 额", 9.5)
    sh.text(40, 192, "*信息技术服务*系统集成服务", 9.5)
    sh.text(300, 192, yuan(net), 9.5)
    sh.text(445, 192, "6%", 9.5)
    sh.text(530, 192, yuan(tax), 9.5)
    sh.text(40, 280, "合        计", 9.5)
    sh.text(300, 280, f"¥{yuan(net)}", 9.5)
    sh.text(530, 280, f"¥{yuan(tax)}", 9.5)
    sh.line(30, 296, 650, 296)
    sh.text(40, 316, f"价税合计（大写）  {words(total)}", 10)
    sh.text(470, 316, f"（小写）¥{yuan(total)}", 10)
    sh.text(40, 340, f"备注：{d.name}（合同编号{d.number}）", 8.5)
    sh.text(40, 380, "开票人：", 9.5)
    sh.text(90, 380, rng.choice(("王芳", "李娜", "马丽", "赵敏")), 9.5)
    fields = {
        "invoice_number": number,
        "issued_on": issued.isoformat(),
        "buyer": buyer or d.client,
        "seller": firm.name,
        "total_amount": plain(total),
    }
    return Paper("invoice", [sh], fields, d.pid, {k: 0 for k in fields})
