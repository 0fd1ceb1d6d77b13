"""The papers of a filing: license, audit report, contracts, notices, acceptances, invoices.

Each builder draws its pages into a fresh PyMuPDF document and returns a ``Paper`` with the
fields a careful reader takes from it (CONTRACT 2.2), as the page prints them.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pymupdf

from .ids import Firm, capital, cn_date, comma, money, person, ymd, ymd0
from .paper import A4, RED, Sheet, stamp_box_png

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


@dataclass
class Paper:
    type: str
    fields: dict[str, Any]
    doc: pymupdf.Document
    project_id: str | None = None
    key_page: int = 0
    sign_page: int = -1
    doc_bytes: bytes = b""
    """0-based page of this paper that carries the key fields (for findings)."""


@dataclass
class Deal:
    """One contract as the paper prints it (the declaration may say otherwise where a cause is planted)."""

    pid: str
    name: str
    client: str
    vendor: str
    number: str
    signed: dt.date
    accepted: dt.date
    amount: Decimal
    fees: dict[str, Decimal]
    itemised: tuple[str, ...] = ()
    field_: str = "党政"
    location: str = "新疆维吾尔自治区巴音郭楞蒙古自治州库尔勒市"
    client_rep: str = ""
    vendor_rep: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _cents(v: Decimal) -> Decimal:
    return v.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- business license


def license_paper(
    rng: random.Random, firm: Firm, kind: str, valid_until: dt.date | None, scope: str, reg_on: dt.date
) -> Paper:
    """营业执照: ``fuben`` (副本, portrait, 年报 stamp, 复印件 note) or ``zhengben`` (正本, landscape)."""
    doc = pymupdf.open()
    size = A4 if kind == "fuben" else (842.0, 595.0)
    s = Sheet(doc, rng, size=size, margin=70)
    pg = s.page
    pg.draw_rect(pymupdf.Rect(22, 22, size[0] - 22, size[1] - 22), color=(0.75, 0.55, 0.2), width=5)
    pg.draw_rect(pymupdf.Rect(30, 30, size[0] - 30, size[1] - 30), color=(0.75, 0.55, 0.2), width=1.2)
    s.y = 60
    s.title("营  业  执  照", size=30, gap=6)
    s.center("（副  本）" if kind == "fuben" else "", 14)
    s.gap(10)
    s.text(s.left, s.y + 14, f"统一社会信用代码  {firm.credit_code}", 11)
    if kind == "fuben":
        s.text(s.right - 120, s.y + 14, f"证照编号：{rng.randint(10**13, 10**14 - 1)}", 8)
    s.qr(s.right - 70, s.y + 24, f"http://www.gsxt.gov.cn/index.html?uniscid={firm.credit_code}", 64)
    s.y += 40
    cap = f"{capital(Decimal(firm.capital_wan) * 10000).replace('元整', '')}元整"
    until = "长期" if valid_until is None else ymd0(valid_until)
    rows = [
        ("名        称", firm.name),
        ("类        型", "有限责任公司(自然人投资或控股)"),
        ("法定代表人", firm.legal_rep),
        ("注册资本", cap if rng.random() < 0.5 else f"{firm.capital_wan}万元人民币"),
        ("成立日期", ymd0(firm.established)),
        ("营业期限", f"{ymd0(firm.established)} 至 {until}"),
        ("住        所", firm.address),
    ]
    x2 = s.left + 100
    for label, val in rows:
        s.y += 26
        s.text(s.left, s.y, label, 12)
        s.text(x2, s.y, val, 12)
    s.y += 26
    s.text(s.left, s.y, "经营范围", 12)
    s.y -= 8
    old_left = s.left
    s.left = x2
    if kind == "zhengben":
        s.right = s.w / 2 + 170
    s.line(scope, size=10.5)
    s.left = old_left
    s.y += 30
    ry = max(s.y, size[1] - 190)
    s.text(size[0] - 290, ry + 40, "登记机关", 12)
    s.seal(
        size[0] - 170,
        ry + 40,
        f"{'库尔勒市' if firm.town == '库尔勒' else '巴音郭楞蒙古自治州'}市场监督管理局",
        rng,
        50,
        kind="",
    )
    s.text(size[0] - 230, ry + 110, ymd(reg_on), 12)
    s.text(size[0] / 2 - 190, size[1] - 48, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8)
    s.text(
        size[0] / 2 - 110,
        size[1] - 36,
        "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告",
        6.5,
    )
    if kind == "fuben":
        pg.insert_image(
            pymupdf.Rect(s.left + 240, 420, s.left + 390, 480),
            stream=stamp_box_png(["2023年度报告已公示", "巴州市场监管"]),
        )
        pg.insert_image(
            pymupdf.Rect(60, 700, 260, 760),
            stream=stamp_box_png(["复印件与原件一致", f"仅供{2024}年度年检使用"], (30, 40, 150)),
        )
    f: dict[str, Any] = {
        "company_name": firm.name,
        "credit_code": firm.credit_code,
        "legal_representative": firm.legal_rep,
        "registered_capital": money(Decimal(firm.capital_wan) * 10000),
        "company_type": "有限责任公司(自然人投资或控股)",
        "established_on": firm.established.isoformat(),
        "valid_until": "长期" if valid_until is None else valid_until.isoformat(),
        "address": firm.address,
    }
    return Paper("business_license", f, doc)


# ---------------------------------------------------------------- audit report


@dataclass
class Books:
    """One year's income statement of the company (母公司) and its group (合并)."""

    year: int
    revenue: Decimal
    si_revenue: Decimal
    other_it: Decimal
    non_it: Decimal
    net_profit: Decimal
    rows: list[tuple[str, Decimal]]
    prior_rows: list[tuple[str, Decimal]]
    group_rows: list[tuple[str, Decimal]] | None = None
    group_prior: list[tuple[str, Decimal]] | None = None


def _income_rows(rng: random.Random, revenue: Decimal) -> list[tuple[str, Decimal]]:
    r = revenue

    def part(lo: float, hi: float) -> Decimal:
        return _cents(r * Decimal(str(round(rng.uniform(lo, hi), 4))))

    cost, tax, sale, admin, rd, fin = (
        part(0.62, 0.74),
        part(0.004, 0.009),
        part(0.02, 0.05),
        part(0.06, 0.1),
        part(0.02, 0.05),
        part(-0.003, 0.006),
    )
    op = r - cost - tax - sale - admin - rd - fin
    nin, nout = part(0.0, 0.004), part(0.0, 0.002)
    total = op + nin - nout
    itax = _cents(total * Decimal("0.15")) if total > 0 else Decimal(0)
    net = total - itax
    return [
        ("一、营业收入", r), ("减：营业成本", cost), ("税金及附加", tax), ("销售费用", sale), ("管理费用", admin),
        ("研发费用", rd), ("财务费用", fin), ("二、营业利润（亏损以“－”号填列）", op), ("加：营业外收入", nin),
        ("减：营业外支出", nout), ("三、利润总额（亏损总额以“－”号填列）", total), ("减：所得税费用", itax),
        ("四、净利润（净亏损以“－”号填列）", net),
    ]  # fmt: skip


def make_books(rng: random.Random, year: int, revenue: Decimal, group: bool) -> Books:
    rows = _income_rows(rng, revenue)
    prior = _income_rows(rng, _cents(revenue * Decimal(str(round(rng.uniform(0.7, 1.1), 3)))))
    si = _cents(revenue * Decimal(str(round(rng.uniform(0.72, 0.86), 3))))
    other = _cents((revenue - si) * Decimal("0.7"))
    b = Books(year, revenue, si, other, revenue - si - other, rows[-1][1], rows, prior)
    if group:
        b.group_rows = _income_rows(rng, _cents(revenue * Decimal(str(round(rng.uniform(1.25, 1.6), 3)))))
        b.group_prior = _income_rows(rng, _cents(revenue * Decimal(str(round(rng.uniform(1.0, 1.4), 3)))))
    return b


UNITS = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000)}


def _in_unit(v: Decimal, unit: str) -> Decimal:
    return _cents(v / UNITS[unit])


def audit_paper(
    rng: random.Random,
    firm: Firm,
    books: Books,
    unit: str,
    prior_first: bool,
    split: bool,
    same_period_label: bool,
    audit_firm: str,
    report_number: str,
    signed: dt.date,
) -> Paper:
    """审计报告: opinion page, balance sheet, income statement (母公司 alone or 合并 and 母公司 side by side), 附注 revenue table."""
    doc = pymupdf.open()
    y = books.year
    s = Sheet(doc, rng)
    s.right_text(report_number, 10.5)
    s.title("审  计  报  告", 22, 22)
    s.line(f"{firm.name}全体股东：")
    s.line("一、审计意见")
    group = books.group_rows is not None
    what = (
        "合并及母公司资产负债表，" + f"{y}年度的合并及母公司利润表"
        if group
        else f"资产负债表，{y}年度的利润表"
    )
    s.para(
        f"我们审计了{firm.name}（以下简称“贵公司”）财务报表，包括{y}年12月31日的{what}、现金流量表、所有者权益变动表以及相关财务报表附注。"
    )
    s.para(
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{y}年12月31日的{'合并及母公司' if group else ''}财务状况以及{y}年度的{'合并及母公司' if group else ''}经营成果和现金流量。"
    )
    s.line("二、形成审计意见的基础")
    s.para(
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"
    )
    s.line("三、管理层和治理层对财务报表的责任")
    s.para(
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。"
    )
    s.gap(30)
    s.text(s.left, s.y, audit_firm, s.size)
    s.text(s.right - 170, s.y, f"中国注册会计师：{person(rng)}", s.size)
    s.text(s.right - 170, s.y + 22, f"中国注册会计师：{person(rng)}", s.size)
    s.seal(s.left + 90, s.y - 10, audit_firm, rng, 52, kind="")
    s.y += 50
    s.text(s.left, s.y, "中国·库尔勒", s.size)
    s.text(s.right - 170, s.y, ymd(signed), s.size)

    # balance sheet (short)
    s = Sheet(doc, rng)
    s.title("资 产 负 债 表", 16, 10)
    s.line(f"编制单位：{firm.name}        {y}年12月31日        单位：{unit}", size=9.5)
    assets = _cents(books.revenue * Decimal(str(round(rng.uniform(0.8, 1.4), 3))))
    cash = _cents(assets * Decimal("0.21"))
    recv = _cents(assets * Decimal("0.37"))
    rest = assets - cash - recv
    rows: list[list[str | tuple[str, int]]] = [["资产", "期末余额", "上年年末余额"]]
    for lbl, v in (("货币资金", cash), ("应收账款", recv), ("存货及其他", rest), ("资产总计", assets)):
        rows.append([lbl, comma(_in_unit(v, unit)), comma(_in_unit(_cents(v * Decimal("0.88")), unit))])
    s.table(rows, [0.5, 0.25, 0.25])
    s.footer("后附财务报表附注为财务报表的组成部分")

    # income statement
    s = Sheet(doc, rng)
    key = len(doc) - 1
    s.title(("合并及母公司利润表" if group else "利  润  表"), 16, 8)
    s.line(f"编制单位：{firm.name}      {y}年度      单位：{unit}", size=9.5)
    cur_lbl, pri_lbl = ("本年累计", "上年同期") if same_period_label else ("本期金额", "上期金额")

    def pair(cur: Decimal, pri: Decimal) -> list[str | tuple[str, int]]:
        a, b = comma(_in_unit(cur, unit)), comma(_in_unit(pri, unit))
        return [b, a] if prior_first else [a, b]

    head: list[str | tuple[str, int]] = [pri_lbl, cur_lbl] if prior_first else [cur_lbl, pri_lbl]
    table: list[list[str | tuple[str, int]]] = []
    if group:
        assert books.group_rows and books.group_prior
        table.append(["项    目", ("合并", 2), ("母公司", 2)])
        table.append(["", *head, *head])
        for i, (lbl, v) in enumerate(books.rows):
            table.append(
                [
                    lbl,
                    *pair(books.group_rows[i][1], books.group_prior[i][1]),
                    *pair(v, books.prior_rows[i][1]),
                ]
            )
        widths = [0.32, 0.17, 0.17, 0.17, 0.17]
    else:
        table.append(["项    目", "行次", *head])
        for i, (lbl, v) in enumerate(books.rows):
            table.append([lbl, str(i + 1), *pair(v, books.prior_rows[i][1])])
        widths = [0.46, 0.08, 0.23, 0.23]
    if split:
        cut = 2 + (9 if not group else 8)
        s.table(table[:cut], widths, size=9)
        s.footer("第 1 页 共 2 页")
        s = Sheet(doc, rng)
        s.title("利润表（续）", 14, 8)
        s.line(f"编制单位：{firm.name}      {y}年度      单位：{unit}", size=9.5)
        s.table(table[:2] if group else table[:1], widths, size=9)
        s.y -= 10
        s.table(table[cut:], widths, size=9)
        s.footer("第 2 页 共 2 页")
    else:
        s.table(table, widths, size=9)
    s.gap(16)
    s.line(
        f"企业负责人：{firm.legal_rep}        主管会计工作负责人：{person(rng)}        会计机构负责人：{person(rng)}",
        size=9,
    )

    # notes
    s = Sheet(doc, rng)
    s.title("财务报表附注（节选）", 14, 10)
    s.line(f"五、{'母公司财务报表主要项目注释' if group else '财务报表主要项目注释'}")
    s.line("（一）营业收入、营业成本")
    s.line(f"1．营业收入按业务类别列示（单位：{unit}）", size=9.5)
    lines: list[list[str | tuple[str, int]]] = [["业务类别", f"{y}年度", f"{y - 1}年度"]]
    pr = books.prior_rows[0][1]
    for lbl, v, f in (
        ("系统集成收入", books.si_revenue, Decimal("0.8")),
        ("其他IT类收入", books.other_it, Decimal("0.14")),
        ("非IT类收入", books.non_it, Decimal("0.06")),
    ):
        lines.append([lbl, comma(_in_unit(v, unit)), comma(_in_unit(_cents(pr * f), unit))])
    lines.append(["合计", comma(_in_unit(books.revenue, unit)), comma(_in_unit(pr, unit))])
    s.table(lines, [0.4, 0.3, 0.3])
    s.para(
        "系统集成收入包括软件开发、集成实施、运行维护及相关外购硬件、软件销售收入，于项目经客户验收后确认。"
    )
    u = UNITS[unit]
    fields: dict[str, Any] = {
        "audit_firm": audit_firm,
        "report_number": report_number,
        "fiscal_year": y,
        "opinion": "unqualified",
        "operating_revenue": money(_in_unit(books.revenue, unit) * u),
        "net_profit": money(_in_unit(books.net_profit, unit) * u),
        "system_integration_revenue": money(_in_unit(books.si_revenue, unit) * u),
        "consolidated": group,
        "company_name": firm.name,
    }
    return Paper("audit_report", fields, doc, key_page=key)


# ---------------------------------------------------------------- contracts


CLAUSES = [
    (
        "项目实施要求",
        "乙方应按照甲方确认的实施方案组织实施，配备项目经理及技术人员，项目经理未经甲方同意不得更换。",
    ),
    (
        "交付与验收",
        "乙方完成全部建设内容并经试运行合格后，向甲方提交验收申请及全套技术文档，甲方应在收到申请后十五个工作日内组织验收。",
    ),
    (
        "付款方式",
        "合同签订后甲方支付合同总价的30%作为预付款；项目初验合格后支付至合同总价的70%；终验合格后支付至95%；余款5%作为质保金，质保期满无质量问题后一次性支付。",
    ),
    (
        "质量保证",
        "乙方提供的设备及软件自终验合格之日起免费质保三年，质保期内乙方提供7×24小时响应服务，故障4小时内到达现场。",
    ),
    (
        "知识产权",
        "乙方保证所提供的软件、技术资料不侵犯任何第三方的知识产权，因此引起的纠纷由乙方承担全部责任。",
    ),
    (
        "保密",
        "双方对在合同履行中知悉的对方商业秘密、政务数据及个人信息负有保密义务，本条在合同终止后继续有效。",
    ),
    (
        "违约责任",
        "乙方逾期交付的，每逾期一日按合同总价的千分之一支付违约金；甲方逾期付款的，按同期贷款市场报价利率支付利息。",
    ),
    (
        "不可抗力",
        "因不可抗力致使合同不能履行的，受影响一方应及时通知对方并在十日内提供证明，双方协商变更或解除合同。",
    ),
    ("争议解决", "因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。"),
    ("其他", "本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等法律效力。"),
]


def contract_paper(
    rng: random.Random,
    deal: Deal,
    style: str = "plain",
    words: str | None = None,
    seal: bool = True,
    filler_pages: int = 0,
    supplement: tuple[Decimal, dt.date] | None = None,
    lots: list[tuple[str, Decimal]] | None = None,
) -> Paper:
    """A contract. style: plain (甲方/乙方 lines), header (parties only in a header table), quote (采购合同 with 报价表),
    lots (标段/包). supplement: (new total, date) adds a 补充协议 that changes the price; the contract's amount is then the new total."""
    doc = pymupdf.open()
    base = deal.amount if supplement is None else deal.extra["original_amount"]
    words_text = words if words is not None else capital(base)
    s = Sheet(doc, rng)
    title = {"quote": "政府采购合同", "lots": "项目建设合同书", "header": "技术服务与系统集成合同"}.get(
        style, "系统集成项目合同书"
    )
    s.gap(70)
    s.title(title, 26, 40)
    s.center(f"项目名称：{deal.name}", 13)
    s.center(f"合同编号：{deal.number}", 12)
    s.gap(50)
    if style == "header":
        s.table(
            [
                ["甲方（采购人）", deal.client],
                ["乙方（供应商）", deal.vendor],
                ["签订地点", "新疆·库尔勒"],
                ["签订日期", ymd(deal.signed)],
            ],
            [0.3, 0.7],
            size=12,
            row_h=32,
        )
    else:
        s.center(f"甲方：{deal.client}", 13)
        s.center(f"乙方：{deal.vendor}", 13)
        s.gap(80)
        s.center(ymd(deal.signed), 12)
    key = 0
    s = Sheet(doc, rng)
    if style == "header":
        s.para("根据《中华人民共和国民法典》及相关法律法规，双方就上述项目经协商一致，订立本合同，共同遵守。")
    else:
        s.line(f"甲方（采购人）：{deal.client}")
        s.line(f"乙方（供应商）：{deal.vendor}")
        s.para(f"根据《中华人民共和国民法典》，甲乙双方就“{deal.name}”的建设事宜，经平等协商，达成如下条款：")
    s.line("第一条  项目概况")
    s.para(
        f"项目名称：{deal.name}。实施地点：{deal.location}。建设内容包括平台软件开发部署、网络及安全设备供货安装、系统集成调试、培训及质保期运维服务。"
    )
    s.line("第二条  合同价款")
    key = len(doc) - 1
    if style == "quote":
        s.para(
            "本合同总价以附件《分项报价表》的价税合计为准，包含设备、软件、运输、安装、调试、培训、税费等全部费用。"
        )
        tax = _cents(base - base / Decimal("1.06"))
        sub = base - tax
        items = _split(rng, sub, 4)
        rows: list[list[str | tuple[str, int]]] = [["序号", "名称", "数量", "单价（元）", "金额（元）"]]
        names = ["数据交换平台软件", "核心交换机", "下一代防火墙", "系统集成实施服务"]
        for i, (nm, v) in enumerate(zip(names, items, strict=True)):
            q = rng.choice((1, 1, 2))
            rows.append([str(i + 1), nm, str(q), comma(_cents(v / q)), comma(v)])
        rows.append(["", ("小计", 3), comma(sub)])
        rows.append(["", ("税额（6%）", 3), comma(tax)])
        rows.append(["", ("价税合计", 3), comma(base)])
        s.line("分项报价表（单位：元）")
        s.table(rows, [0.08, 0.4, 0.1, 0.2, 0.22])
        # a rounding rest lands on the last item: re-state the total in words
        s.line(f"价税合计（大写）：人民币{words_text}")
    elif style == "lots":
        assert lots
        s.para("本项目分为以下标段（包），乙方中标全部标段，各包价款如下：")
        lrows: list[list[str | tuple[str, int]]] = [["包号", "标段名称", "金额（元）"]]
        for i, (nm, v) in enumerate(lots):
            lrows.append([f"第{i + 1}包", nm, comma(v)])
        lrows.append(["合计", "", comma(base)])
        s.table(lrows, [0.15, 0.55, 0.3])
        s.para(f"合同总价为人民币（大写）{words_text}（¥{comma(base)}元）。")
    else:
        s.para(f"本合同总价为人民币（大写）：{words_text}（小写：¥{comma(base)}元），含税。")
        if deal.itemised:
            s.line("合同价款构成如下：")
            frows: list[list[str | tuple[str, int]]] = [["费用名称", "金额（元）"]]
            for k in deal.itemised:
                frows.append([FEE_LABELS[k], comma(deal.fees[k])])
            frows.append(["合计", comma(base)])
            s.table(frows, [0.6, 0.4])
    for i, (head, body) in enumerate(CLAUSES[:5], start=3):
        s.line(f"第{_num(i)}条  {head}")
        s.para(body)
    for p in range(filler_pages):
        s = Sheet(doc, rng)
        s.line(f"附件{p + 1}：技术规格及服务要求（节选）")
        for j in range(12):
            s.para(
                f"{p + 1}.{j + 1} "
                + rng.choice(CLAUSES)[1]
                + "相关参数详见投标文件技术偏离表，乙方承诺满足或优于招标文件要求。"
            )
        s.footer(f"第 {len(doc)} 页")
    s = Sheet(doc, rng)
    for i, (head, body) in enumerate(CLAUSES[5:], start=8):
        s.line(f"第{_num(i)}条  {head}")
        s.para(body)
    s.para("本合同一式陆份，甲方肆份，乙方贰份，自双方签字盖章之日起生效。")
    s.gap(30)
    _sign_block(
        s,
        rng,
        deal.client,
        deal.vendor,
        deal.signed,
        seal,
        client_rep=deal.client_rep,
        vendor_rep=deal.vendor_rep,
    )
    sign_page = len(doc) - 1
    final_words = words_text
    amount = base
    if supplement is not None:
        new_total, sup_date = supplement
        amount = new_total
        final_words = capital(new_total)
        s = Sheet(doc, rng)
        s.title("补 充 协 议", 20, 16)
        s.line(f"甲方：{deal.client}")
        s.line(f"乙方：{deal.vendor}")
        s.para(
            f"甲乙双方于{ymd(deal.signed)}签订了《{deal.name}合同》（合同编号：{deal.number}）。因建设内容调整，经双方协商一致，就合同价款变更如下："
        )
        s.para(
            f"一、原合同总价人民币{capital(base)}（¥{comma(base)}元）变更为人民币{final_words}（¥{comma(new_total)}元），增加的内容为{'数据治理及可视化模块' if new_total > base else ''}{'' if new_total > base else '取消部分硬件设备供货'}。"
        )
        s.para("二、原合同其他条款不变。本补充协议与原合同具有同等法律效力，自双方盖章之日起生效。")
        s.gap(30)
        _sign_block(s, rng, deal.client, deal.vendor, sup_date, seal)
        key = len(doc) - 1
    f: dict[str, Any] = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": deal.client,
        "party_b": deal.vendor,
        "contract_amount": money(amount),
        "amount_in_words": "人民币" + final_words if style == "quote" or supplement else final_words,
        "signed_on": deal.signed.isoformat(),
        "has_seal": seal,
    }
    if deal.itemised and style == "plain":
        f["fees"] = {k: money(deal.fees[k]) for k in deal.itemised}
    paper = Paper("contract", f, doc, deal.pid, key_page=key)
    paper.sign_page = sign_page
    return paper


def _split(rng: random.Random, total: Decimal, n: int) -> list[Decimal]:
    weights = [rng.uniform(0.5, 2) for _ in range(n)]
    parts = [_cents(total * Decimal(str(w / sum(weights)))) for w in weights]
    parts[-1] = total - sum(parts[:-1])
    return parts


def _num(i: int) -> str:
    return "一二三四五六七八九十"[i - 1] if i <= 10 else "十" + "一二三四五六七八九"[i - 11]


def _sign_block(
    s: Sheet,
    rng: random.Random,
    a: str,
    b: str,
    on: dt.date,
    seal: bool,
    client_rep: str = "",
    vendor_rep: str = "",
) -> None:
    y0 = s.y + 20
    mid = s.w / 2 + 10
    for x, who, lab in ((s.left, a, "甲方"), (mid, b, "乙方")):
        s.text(x, y0, f"{lab}（盖章）：", s.size)
        s.y = y0
        old = s.left, s.right
        s.left, s.right = x, x + (mid - s.left - 20 if x == s.left else s.right - mid)
        s.line(who, size=s.size)
        s.left, s.right = old
        s.text(x, y0 + 60, "法定代表人或委托代理人：", s.size)
        s.signature(x + 20, y0 + 86, (client_rep if x == s.left else vendor_rep) or person(rng))
        s.text(x, y0 + 116, f"日期：{ymd(on)}", s.size)
        if seal:
            s.seal(x + 95 + rng.uniform(-15, 15), y0 + 40 + rng.uniform(-10, 10), who, rng, 52)
    s.y = y0 + 130


def award_notice(rng: random.Random, deal: Deal, kind: str, agency: str) -> Paper:
    """中标通知书 / 成交通知书 bound in front of the contract; its amount equals the contract price."""
    doc = pymupdf.open()
    s = Sheet(doc, rng)
    s.title(f"{kind}", 24, 22)
    s.right_text(f"编号：BZZC-{deal.signed.year}-{rng.randint(100, 999)}", 10)
    s.line(f"{deal.vendor}：")
    verb = "中标" if kind == "中标通知书" else "成交"
    s.para(
        f"{deal.client}“{deal.name}”（项目编号：{deal.number.split('-')[0]}-{rng.randint(1000, 9999)}）于{ymd(deal.signed - dt.timedelta(days=rng.randint(12, 30)))}开标，经评标委员会评审并经采购人确认，确定贵单位为{verb}供应商。"
    )
    s.para(f"{verb}金额：人民币{capital(deal.amount)}（¥{comma(deal.amount)}元）。")
    s.para("请贵单位收到本通知书后三十日内，与采购人按照采购文件和响应文件确定的事项签订政府采购合同。")
    s.gap(40)
    s.right_text(f"采购人：{deal.client}")
    s.right_text(f"采购代理机构：{agency}")
    s.seal(s.right - 90, s.y - 10, agency, rng, 50, kind="")
    s.right_text(ymd(deal.signed - dt.timedelta(days=rng.randint(3, 10))))
    return Paper("other", {}, doc, deal.pid)


# ---------------------------------------------------------------- acceptance


def acceptance_paper(
    rng: random.Random,
    deal: Deal,
    style: str,
    passed: bool = True,
    seal: bool = True,
    cn_dates: bool = False,
    third_party: str = "",
    agent: str = "",
) -> Paper:
    """Acceptance: report (项目验收报告), lvyue (政府采购履约验收书, tick boxes, 验收小组), jungong (竣工验收证书 with 监理),
    daijian (signed by a 代建单位 for the client)."""
    doc = pymupdf.open()
    s = Sheet(doc, rng)
    date_s = cn_date(deal.accepted) if cn_dates else ymd(deal.accepted)
    if style == "lvyue":
        s.title("政府采购项目履约验收书", 18, 14)
        rows: list[list[str | tuple[str, int]]] = [
            ["采购人", deal.client, "供应商", deal.vendor],
            ["采购项目名称", (deal.name, 3)],
            ["合同编号", deal.number, "合同金额（元）", comma(deal.amount)],
            ["合同签订日期", ymd(deal.signed), "验收日期", date_s],
        ]
        s.table(rows, [0.17, 0.33, 0.17, 0.33], size=9.5, row_h=30)
        s.line(
            "验收内容：按合同约定逐项核对货物品牌型号、数量，检查软件功能、系统性能及技术文档，组织试运行。",
            size=10,
        )
        s.line("验收小组成员：", size=10)
        mem = [["姓名", "单位", "职务/职称", "签字"]]
        for i in range(rng.choice((3, 5))):
            who = person(rng)
            mem.append(
                [
                    who,
                    deal.client
                    if i < 2
                    else rng.choice(["巴州财政局评审专家库", "新疆大学", "巴州信息中心"]),
                    rng.choice(["高级工程师", "科长", "工程师", "专家"]),
                    "",
                ]
            )
        s.table(mem, [0.18, 0.42, 0.2, 0.2], size=9.5, row_h=24)
        for i, row in enumerate(mem[1:]):
            s.signature(s.left + (s.right - s.left) * 0.84, s.y - 6 - (len(mem) - 2 - i) * 24 - 4, row[0][:3])
        s.gap(6)
        s.text(s.left, s.y + 14, "验收结论：", s.size)
        x = s.tick(s.left + 70, s.y + 14, passed, "合格")
        s.tick(x + 20, s.y + 14, not passed, "不合格")
        s.y += 24
        if not passed:
            s.line(
                "存在问题：数据交换平台性能测试未达到合同约定并发指标，部分设备型号与合同不符，限期整改后重新验收。",
                size=10,
            )
        else:
            s.line("验收意见：货物、服务符合合同约定，系统运行稳定，同意通过验收。", size=10)
        s.gap(20)
        s.text(s.left, s.y + 10, "采购人（盖章）：", s.size)
        s.text(s.w / 2 + 20, s.y + 10, "供应商（盖章）：", s.size)
        if seal:
            s.seal(s.left + 120, s.y + 30, deal.client, rng, 50, kind="")
            s.seal(s.w / 2 + 140, s.y + 30, deal.vendor, rng, 50)
        s.text(s.left, s.y + 70, date_s, s.size)
        s.text(s.w / 2 + 20, s.y + 70, date_s, s.size)
        s.y += 80
    elif style == "jungong":
        s.title("竣 工 验 收 证 书", 22, 20)
        s.table(
            [["工程名称", deal.name], ["建设单位", deal.client], ["施工单位", deal.vendor], ["监理单位", third_party], ["合同编号", deal.number], ["开工日期", ymd(deal.signed + dt.timedelta(days=10))], ["竣工验收日期", date_s]],
            [0.25, 0.75], size=11, row_h=30,
        )  # fmt: skip
        s.line("验收意见：")
        s.para(
            "经验收委员会现场检查、资料审查和系统测试，该工程已按设计文件和合同约定完成全部建设内容，工程质量"
            + (
                "符合有关标准规范，验收合格，同意交付使用。"
                if passed
                else "不符合设计及规范要求，验收不合格，整改后另行组织验收。"
            )
        )
        s.gap(30)
        cols = [
            ("建设单位（盖章）", deal.client),
            ("监理单位（盖章）", third_party),
            ("施工单位（盖章）", deal.vendor),
        ]
        w3 = (s.right - s.left) / 3
        for i, (lab, who) in enumerate(cols):
            x = s.left + i * w3
            s.text(x, s.y + 10, lab, 10)
            if seal:
                s.seal(x + 60, s.y + 55, who, rng, 44, kind="")
            s.text(x, s.y + 110, date_s, 10)
        s.y += 120
    else:
        s.title("项 目 验 收 报 告", 20, 18)
        s.line(f"项目名称：{deal.name}")
        s.line(f"建设单位（甲方）：{deal.client}")
        s.line(f"承建单位（乙方）：{deal.vendor}")
        if agent:
            s.line(f"代建单位：{agent}（受建设单位委托组织验收）")
        s.line(f"合同编号：{deal.number}          验收日期：{date_s}")
        s.line("一、项目概况")
        s.para(
            f"本项目于{ymd(deal.signed)}签订合同，建设内容包括应用系统开发、网络及安全设备部署、系统集成及试运行。项目已于试运行期满后提交验收申请。"
        )
        s.line("二、验收情况")
        s.para(
            "验收组听取了承建单位的汇报，审阅了技术文档，现场抽查了设备安装和软件功能，对系统性能进行了测试。"
        )
        s.line("三、验收结论")
        s.para(
            "经验收组评议，项目按合同要求完成全部建设内容，系统运行稳定，文档齐全，验收组一致同意通过验收。"
            if passed
            else "经验收组评议，项目尚有部分功能未实现，验收不合格。"
        )
        s.gap(20)
        signer = agent or deal.client
        s.text(s.left, s.y + 10, f"{'代建单位' if agent else '建设单位'}（盖章）：", s.size)
        s.text(s.w / 2 + 20, s.y + 10, "承建单位（盖章）：", s.size)
        if seal:
            s.seal(s.left + 110, s.y + 40, signer, rng, 50, kind="")
            s.seal(s.w / 2 + 130, s.y + 40, deal.vendor, rng, 50)
        s.signature(s.left + 30, s.y + 72, person(rng))
        s.signature(s.w / 2 + 40, s.y + 72, deal.vendor_rep or person(rng))
        s.text(s.left, s.y + 100, date_s, s.size)
        s.text(s.w / 2 + 20, s.y + 100, date_s, s.size)
        s.y += 110
    f: dict[str, Any] = {
        "project_name": deal.name,
        "party_a": deal.client,
        "party_b": deal.vendor,
        "accepted_on": deal.accepted.isoformat(),
        "conclusion": "passed" if passed else "failed",
        "has_seal": seal,
    }
    if third_party:
        f["third_party"] = third_party
    return Paper("acceptance_report", f, doc, deal.pid)


# ---------------------------------------------------------------- invoices


def invoice_paper(
    rng: random.Random, deal: Deal, total: Decimal, on: dt.date, style: str, item: str
) -> Paper:
    """增值税普通发票 (paper, old layout: 发票代码 + 8-digit number, QR top left) or 数电票 (20-digit number, 备注 naming the project)."""
    doc = pymupdf.open()
    s = Sheet(doc, rng, size=(680.0, 420.0), margin=30)
    pg = s.page
    brown = (0.55, 0.3, 0.15)
    rate = Decimal("0.06")
    net = _cents(total / (1 + rate))
    tax = total - net
    if style == "paper":
        code = f"0650{rng.randint(10**7, 10**8 - 1)}"
        number = f"{rng.randint(0, 10**8 - 1):08d}"
        check = "".join(rng.choice("0123456789") for _ in range(20))
        qr = f"01,04,{code},{number},{net},{on:%Y%m%d},{check},{rng.randint(1000, 9999):X}"
        s.qr(36, 26, qr, 56)
        s.text(250, 50, "新疆增值税普通发票", 20, brown)
        pg.draw_oval(pymupdf.Rect(290, 58, 390, 88), color=RED, width=1.2)
        s.text(312, 78, "国家税务总局\n", 7, RED)
        s.text(308, 84, "新疆维吾尔自治区税务局", 6, RED)
        s.text(480, 40, f"发票代码：{code}", 9, brown)
        s.text(480, 54, f"发票号码：{number}", 9, brown)
        s.text(480, 68, f"开票日期：{ymd0(on)}", 9, brown)
        s.text(480, 82, f"校 验 码：{check[:5]} {check[5:10]} {check[10:15]} {check[15:]}", 7.5, brown)
        number_out = number
    else:
        number = f"{on.year % 100}65{rng.randint(10**15, 10**16 - 1)}"
        qr = f"01,32,,{number},{total},{on:%Y%m%d},,{rng.randint(1000, 9999):X}"
        s.qr(36, 26, qr, 56)
        s.text(220, 52, "电子发票（普通发票）", 20, brown)
        s.text(480, 44, f"发票号码：{number}", 9)
        s.text(480, 60, f"开票日期：{ymd0(on)}", 9)
        number_out = number
    top = 100
    s.y = top - 4
    seller_code = deal.extra.get("vendor_code", "")
    s.table(
        [[("购买方  名称：" + deal.client + "\n纳税人识别号：" + deal.extra.get("client_code", ""), 1), ("销售方  名称：" + deal.vendor + "\n纳税人识别号：" + seller_code, 1)]],
        [0.5, 0.5], size=9, row_h=44,
    )  # fmt: skip
    s.table(
        [["项目名称", "规格型号", "单位", "数量", "金额", "税率", "税额"], [item, "", "项", "1", comma(net), "6%", comma(tax)], ["合    计", "", "", "", f"¥{comma(net)}", "", f"¥{comma(tax)}"]],
        [0.34, 0.12, 0.06, 0.06, 0.18, 0.06, 0.18], size=9, row_h=22,
    )  # fmt: skip
    s.table(
        [[f"价税合计（大写）  ⊗{capital(total)}", f"（小写）¥{comma(total)}"]],
        [0.65, 0.35],
        size=9.5,
        row_h=24,
    )
    note = f"项目名称：{deal.name}；合同编号：{deal.number}" if style == "digital" else ""
    s.table([["备注", note]], [0.1, 0.9], size=8.5, row_h=34)
    s.text(40, s.y + 14, f"开票人：{person(rng)}", 9)
    if style == "paper":
        s.seal(560, 360, deal.vendor, rng, 38, kind="发票专用章")
    f: dict[str, Any] = {
        "invoice_number": number_out,
        "issued_on": on.isoformat(),
        "buyer": deal.client,
        "seller": deal.vendor,
        "total_amount": money(total),
        "qr": qr,
    }
    return Paper("invoice", f, doc, deal.pid)
