"""Licence (三证合一, horizontal 正本-style and vertical 副本) and audit report (opinion page + 利润表)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

import pymupdf

from jianzheng.models.document import DocType

from . import paint as P
from .filing import Doc, Sheet
from .people import Firm, date_plain, figures, money, round_to, words

SCOPE = (
    "计算机信息系统集成服务；软件开发；信息技术咨询服务；数据处理和存储支持服务；网络与信息安全软件开发；"
    "安全技术防范系统设计施工服务；建筑智能化工程施工；计算机软硬件及辅助设备批发、零售；通讯设备销售；"
    "办公设备租赁服务（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
)


def company_type(name: str) -> str:
    return (
        "股份有限公司（非上市、自然人投资或控股）" if "股份" in name else "有限责任公司（自然人投资或控股）"
    )


def licence(
    firm: Firm, rng: random.Random, vertical: bool, doc_id: str = "D-licence", capital: Decimal | None = None
) -> Doc:
    """营业执照 (副本): vertical A4 or horizontal A4-landscape layout; ``capital`` prints another capital."""
    cap = firm.capital if capital is None else capital
    cap_words = _cap_words(cap)
    issued = firm.established + dt.timedelta(days=rng.randint(400, 2500))
    issued = min(issued, dt.date(2024, 6, 30))
    fields = {
        "company_name": firm.name,
        "credit_code": firm.code,
        "legal_representative": firm.legal,
        "registered_capital": money(cap),
        "company_type": company_type(firm.name),
        "established_on": firm.established.isoformat(),
        "valid_until": "长期",
        "address": firm.address,
        "business_scope": SCOPE,
    }
    rows = [
        ("名　　称", firm.name),
        ("类　　型", company_type(firm.name)),
        ("法定代表人", firm.legal),
        ("经营范围", SCOPE),
        ("注册资本", cap_words),
        ("成立日期", date_plain(firm.established, pad=True)),
        ("营业期限", f"{date_plain(firm.established, pad=True)} 至 长期"),
        ("住　　所", firm.address),
    ]
    qr = P.qr_png(f"http://www.gsxt.gov.cn/index.html?uniscid={firm.code}", 3)
    regsize = 12.0

    def draw(page: pymupdf.Page) -> None:
        w, h = page.rect.width, page.rect.height
        P.border(page, 22)
        P.emblem(page, w / 2, 78, 30)
        P.text(page, w / 2, 160, "营 业 执 照", 34, P.HEI, color=(0.75, 0.1, 0.1), align="center")
        P.text(page, w / 2, 186, "（副　本）", 14, P.SONG, align="center")
        P.text(page, 52, 130, "统一社会信用代码", 11, P.HEI)
        P.text(page, 52, 148, firm.code, 11.5, P.SONG)
        P.text(page, 58 + P.width(firm.code, 11.5), 148, "(1/1)", 9)
        P.paste(page, (w - 130, 95, w - 58, 167), qr)
        P.text(page, w - 132, 178, "扫描二维码登录“国家企业信用信息公示系统”", 5.5)
        if vertical:
            y = 232
            for label, value in rows:
                P.text(page, 70, y, label, regsize, P.HEI)
                lines = P.wrap(value, 11, w - 240)
                for i, line in enumerate(lines):
                    P.text(page, 165, y + i * 18, line, 11)
                y += 18 * len(lines) + 14
            seal_y = min(h - 150, y + 70)
        else:
            left, right = rows[:4], rows[4:]
            y = 230
            for label, value in left:
                P.text(page, 60, y, label, regsize, P.HEI)
                lines = P.wrap(value, 10.5, 300)
                for i, line in enumerate(lines):
                    P.text(page, 150, y + i * 16, line, 10.5)
                y += 16 * len(lines) + 14
            y = 230
            for label, value in right:
                P.text(page, 480, y, label, regsize, P.HEI)
                lines = P.wrap(value, 10.5, 250)
                for i, line in enumerate(lines):
                    P.text(page, 560, y + i * 16, line, 10.5)
                y += 16 * len(lines) + 14
            seal_y = h - 120
        P.text(page, w - 200, seal_y, "登 记 机 关", 13, P.HEI)
        P.seal(page, w - 150, seal_y + 6, f"乌鲁木齐市{firm.district.split('（')[0]}市场监督管理局", "", r=46)
        P.text(
            page, w - 205, seal_y + 44, f"{issued.year}　年　{issued.month:02d}　月　{issued.day:02d}　日", 11
        )
        P.text(page, 40, h - 34, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 7.5)
        P.text(page, w - 40, h - 34, "国家市场监督管理总局监制", 7.5, align="right")

    size = P.A4 if vertical else P.A4_LAND
    return Doc(doc_id, DocType.business_license, [Sheet(draw, size)], fields)


def _cap_words(cap: Decimal) -> str:
    """注册资本 as licences print it: 伍仟万元整, 壹亿元整, 壹仟贰佰万元整."""
    return words(cap)


@dataclass
class Books:
    """One year's income statement, in yuan (the declaring company's own, and the group's)."""

    year: int
    revenue: Decimal
    profit: Decimal
    group_revenue: Decimal | None = None
    group_profit: Decimal | None = None
    prior_revenue: Decimal = Decimal(0)
    prior_profit: Decimal = Decimal(0)


def _statement(rev: Decimal, np_: Decimal, rng: random.Random) -> list[Decimal]:
    tax = round_to(np_ * Decimal(rng.uniform(0.08, 0.18)), 1) + Decimal(rng.randint(0, 99)) / 100
    total = np_ + tax
    non_in = round_to(rev * Decimal(rng.uniform(0.001, 0.004)), 1)
    non_out = round_to(rev * Decimal(rng.uniform(0.0005, 0.002)), 1)
    op = total - non_in + non_out
    tax_add = round_to(rev * Decimal(rng.uniform(0.003, 0.006)), 1)
    sell = round_to(rev * Decimal(rng.uniform(0.02, 0.05)), 1)
    admin = round_to(rev * Decimal(rng.uniform(0.04, 0.08)), 1)
    rd = round_to(rev * Decimal(rng.uniform(0.02, 0.06)), 1)
    fin = round_to(rev * Decimal(rng.uniform(0.001, 0.006)), 1)
    cost = rev - tax_add - sell - admin - rd - fin - op
    return [rev, cost, tax_add, sell, admin, rd, fin, op, non_in, non_out, total, tax, np_]


ROWS = (
    "一、营业收入",
    "　　减：营业成本",
    "　　　　税金及附加",
    "　　　　销售费用",
    "　　　　管理费用",
    "　　　　研发费用",
    "　　　　财务费用",
    "二、营业利润（亏损以“－”号填列）",
    "　　加：营业外收入",
    "　　减：营业外支出",
    "三、利润总额（亏损总额以“－”号填列）",
    "　　减：所得税费用",
    "四、净利润（净亏损以“－”号填列）",
)

AUDIT_FIRMS = (
    "新疆宏信联合会计师事务所（普通合伙）",
    "新疆西部天元会计师事务所有限责任公司",
    "新疆天山正信会计师事务所有限公司",
    "新疆华瑞立信会计师事务所（特殊普通合伙）",
)


def audit(
    firm: Firm,
    books: Books,
    rng: random.Random,
    unit: str = "元",
    qualified: bool = False,
    doc_id: str | None = None,
) -> Doc:
    """审计报告: page 1 the opinion with CPA signatures and the firm's seal, page 2 the 利润表."""
    from .people import person

    group = books.group_revenue is not None
    auditor = rng.choice(AUDIT_FIRMS)
    short = auditor[2:4]
    number = f"新{short}审字〔{books.year + 1}〕第{rng.randint(20, 480):04d}号"
    dated = dt.date(books.year + 1, rng.randint(2, 4), rng.randint(1, 28))
    cpas = (person(rng), person(rng))
    scale = Decimal(10000) if unit == "万元" else Decimal(1)

    def shown(v: Decimal) -> Decimal:
        return (v / scale).quantize(Decimal("0.01"))

    own = _statement(books.revenue, books.profit, rng)
    own_prior = _statement(books.prior_revenue, books.prior_profit, rng)
    cols: list[list[Decimal]]
    if group:
        assert books.group_revenue is not None and books.group_profit is not None
        grp = _statement(books.group_revenue, books.group_profit, rng)
        grp_prior = _statement(
            books.prior_revenue * Decimal("1.2"), books.prior_profit * Decimal("1.15"), rng
        )
        cols = [grp, own, grp_prior, own_prior]
    else:
        cols = [own, own_prior]
    fields = {
        "audit_firm": auditor,
        "report_number": number,
        "fiscal_year": books.year,
        "opinion": "qualified" if qualified else "unqualified",
        "operating_revenue": money(shown(books.revenue) * scale),
        "net_profit": money(shown(books.profit) * scale),
        "consolidated": group,
    }
    scope = "合并及母公司" if group else ""
    receivable = round_to(books.revenue * Decimal(rng.uniform(0.08, 0.2)), 1)

    def page1(page: pymupdf.Page) -> None:
        w = page.rect.width
        P.title(page, 96, "审计报告", 22, spaced=True)
        P.text(page, w / 2, 124, number, 10.5, align="center")
        P.text(page, 72, 160, f"{firm.name}全体股东：", 11)
        y = 190.0
        head = "一、保留意见" if qualified else "一、审计意见"
        P.text(page, 72, y, head, 11, P.HEI)
        y = P.para(
            page,
            72,
            y + 22,
            w - 144,
            f"我们审计了{firm.name}（以下简称贵公司）财务报表，包括{books.year}年12月31日的{scope}资产负债表，"
            f"{books.year}年度的{scope}利润表、{scope}现金流量表、{scope}所有者权益变动表以及相关财务报表附注。",
        )
        if qualified:
            opinion = (
                "我们认为，除“形成保留意见的基础”部分所述事项可能产生的影响外，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
                f"公允反映了贵公司{books.year}年12月31日的财务状况以及{books.year}年度的经营成果和现金流量。"
            )
        else:
            opinion = (
                "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司"
                f"{books.year}年12月31日的{scope}财务状况以及{books.year}年度的{scope}经营成果和现金流量。"
            )
        y = P.para(page, 72, y + 4, w - 144, opinion)
        P.text(
            page, 72, y + 10, "二、形成保留意见的基础" if qualified else "二、形成审计意见的基础", 11, P.HEI
        )
        y += 32
        if qualified:
            y = P.para(
                page,
                72,
                y,
                w - 144,
                f"如财务报表附注五、（三）所述，截至{books.year}年12月31日，贵公司应收账款账面余额{figures(receivable)}元。"
                "由于未能取得主要债务单位的函证回函，我们无法实施满意的替代审计程序，以获取充分、适当的审计证据，"
                "因此无法确定是否有必要对上述金额作出调整。",
            )
        y = P.para(
            page,
            72,
            y + 4,
            w - 144,
            "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。"
            "按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
            f"我们相信，我们获取的审计证据是充分、适当的，为发表{'保留' if qualified else '审计'}意见提供了基础。",
        )
        y = max(y + 40, 560)
        P.text(page, 72, y, auditor, 11)
        P.seal(page, 160, y + 10, auditor, "", r=46)
        P.text(page, 360, y, "中国注册会计师：", 11)
        P.pen(page, 460, y - 4, 60, rng)
        P.text(page, 470, y + 16, cpas[0], 9)
        P.text(page, 360, y + 50, "中国注册会计师：", 11)
        P.pen(page, 460, y + 46, 60, rng)
        P.text(page, 470, y + 66, cpas[1], 9)
        P.text(page, 72, y + 96, "中国·乌鲁木齐", 11)
        P.text(page, 360, y + 96, date_plain(dated), 11)

    def page2(page: pymupdf.Page) -> None:
        w = page.rect.width
        P.title(page, 70, "合并及母公司利润表" if group else "利润表", 17)
        P.text(page, 50, 100, f"编制单位：{firm.name}", 9.5)
        P.text(page, w / 2 + 40, 100, f"{books.year}年度", 9.5, align="center")
        P.text(page, w - 50, 100, f"单位：{'人民币' if unit == '元' else ''}{unit}", 9.5, align="right")
        if group:
            head = ["项　　目", "行次", "本期（合并）", "本期（母公司）", "上期（合并）", "上期（母公司）"]
            widths = [175.0, 28.0, 76.0, 76.0, 76.0, 76.0]
        else:
            head = ["项　　目", "行次", "本期金额", "上期金额"]
            widths = [225.0, 34.0, 120.0, 120.0]
        body = [[label, str(i + 1), *[figures(shown(c[i])) for c in cols]] for i, label in enumerate(ROWS)]
        P.table(
            page,
            48,
            112,
            widths,
            [head, *body],
            row_h=24,
            size=8.6,
            align=["left", "center"] + ["right"] * len(cols),
            bold_first=True,
        )
        y = 112 + 24 * (len(body) + 1) + 30
        P.text(page, 50, y, f"法定代表人：{firm.legal}", 9.5)
        P.text(page, 230, y, "主管会计工作负责人：", 9.5)
        P.text(page, 410, y, "会计机构负责人：", 9.5)

    return Doc(doc_id or f"D-audit-{books.year}", DocType.audit_report, [Sheet(page1), Sheet(page2)], fields)
