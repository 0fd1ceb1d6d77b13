"""The enterprise's own papers: 营业执照（副本）, 审计报告 with statements and notes, 申报表, fax cover sheet."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from . import ink
from .model import Finance, Paper
from .people import REGISTRY, Firm
from .sheet import Sheet
from .spelling import capital, date_text, figure, money_str

SCOPE = (
    "一般项目：信息系统集成服务；软件开发；信息技术咨询服务；计算机系统服务；安全技术防范系统设计施工服务；"
    "网络设备销售；计算机软硬件及辅助设备零售；数据处理服务；物联网技术服务。（除依法须经批准的项目外，"
    "凭营业执照依法自主开展经营活动）许可项目：建设工程施工。（依法须经批准的项目，经相关部门批准后方可开展"
    "经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
)


def _emblem(sheet: Sheet, x: float, y: float, r: float) -> None:
    """The national emblem above the title, reduced to what survives a copy: rings, stars and a gate."""
    red = (200, 40, 40)
    sheet.draw.ellipse(
        [sheet.px(x - r), sheet.px(y - r), sheet.px(x + r), sheet.px(y + r)], outline=red, width=sheet.px(0.8)
    )
    sheet.text(x, y - r * 0.25, "★", r * 1.6, ink=(220, 170, 40), align="c")
    for dx in (-0.5, -0.25, 0.25, 0.5):
        sheet.text(x + dx * r * 1.5, y - r * 0.45, "★", r * 0.55, ink=(220, 170, 40), align="c")
    sheet.draw.rectangle(
        [sheet.px(x - r * 0.5), sheet.px(y + r * 0.05), sheet.px(x + r * 0.5), sheet.px(y + r * 0.45)],
        outline=red,
        width=sheet.px(0.5),
    )


def licence(
    firm: Firm,
    rng: random.Random,
    dpi: int,
    established: dt.date,
    valid_until: dt.date | None,
    issued: dt.date,
    company_type: str,
) -> Paper:
    s = Sheet(dpi)
    s.box(10, 10, 200, 287, 1.2, (150, 110, 60))
    s.box(13, 13, 197, 284, 0.35, (150, 110, 60))
    _emblem(s, 105, 33, 10)
    s.text(105, 64, "营业执照", 30, bold=True, align="c", spacing=8)
    s.text(105, 76, "（副　本）", 14, align="c")
    s.text(22, 48, "统一社会信用代码", 9.5)
    s.text(22, 55, firm.code, 12)
    s.text(152, 62, f"证照编号：{firm.code[2:8]}{rng.randrange(10**9, 10**10)}", 7.5)
    s.paste(ink.qr(f"http://www.gsxt.gov.cn/index.html?uniscid={firm.code}", max(3, dpi // 50)), 176, 38)
    rows_left = [("名　　称", firm.name), ("类　　型", company_type), ("法定代表人", firm.legal_rep)]
    y = 98.0
    for label, value in rows_left:
        s.text(24, y, label, 11)
        y = s.para(50, y, 60, value, 10.5, 1.6, indent=False) + 3
    s.text(24, y, "经营范围", 11)
    s.para(50, y, 60, SCOPE, 9.5, 1.6, indent=False)
    cap_style = rng.choice(("words", "rmb_words", "wan"))
    cap_words = capital(Decimal(firm.capital)).removesuffix("整").removesuffix("元") + "元整"
    cap_text = {
        "words": cap_words,
        "rmb_words": "人民币" + cap_words,
        "wan": f"{firm.capital // 10000}万元人民币",
    }[cap_style]
    term = f"{date_text(established, 'cn0')}至" + (
        "长期" if valid_until is None else date_text(valid_until, "cn0")
    )
    y = 98.0
    for label, value in (
        ("注册资本", cap_text),
        ("成立日期", date_text(established, "cn0")),
        ("营业期限", term),
        ("住　　所", firm.address),
    ):
        s.text(114, y, label, 11)
        y = s.para(134, y, 61, value, 10.5, 1.6, indent=False) + 3
    s.text(150, 236, "登记机关", 12)
    s.text(150, 258, f"{issued.year}  年  {issued.month:02d}  月  {issued.day:02d}  日", 11, align="c")
    s.paste(
        ink.round_seal(REGISTRY[firm.county], dpi, rng, 42, number=f"65{rng.randrange(10**10, 10**11)}"),
        160,
        240,
    )
    s.text(105, 272, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8, align="c")
    s.text(
        105,
        277,
        "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告",
        7.5,
        align="c",
    )
    s.text(105, 282, "国家市场监督管理总局监制", 7.5, align="c")
    fields = {
        "company_name": firm.name,
        "credit_code": firm.code,
        "legal_representative": firm.legal_rep,
        "registered_capital": money_str(Decimal(firm.capital)),
        "company_type": company_type,
        "established_on": established.isoformat(),
        "valid_until": "长期" if valid_until is None else valid_until.isoformat(),
        "address": firm.address,
        "business_scope": SCOPE,
    }
    return Paper("business_license", [s], fields)


def _footer(s: Sheet, text: str) -> None:
    s.text(105, 284, text, 9, align="c")


def audit_report(
    firm: Firm,
    fin: Finance,
    rng: random.Random,
    dpi: int,
    audit_firm: str,
    prefix: str,
    signed: dt.date,
    auditors: tuple[str, str],
    year: int = 2024,
) -> Paper:
    short = firm.name.split("县")[-1].split("市")[-1].split("新疆")[-1].split("巴州")[-1][:2] + "公司"
    number = f"{prefix}〔{year + 1}〕第{rng.randrange(12, 380):04d}号"
    p1 = Sheet(dpi, latin="tiro")
    p1.text(105, 32, "审 计 报 告", 20, bold=True, align="c")
    p1.text(190, 44, number, 10.5, align="r")
    p1.text(22, 56, f"{firm.name}全体股东：", 11)
    y = 68.0
    p1.text(22, y, "一、审计意见", 11, bold=True)
    y = p1.para(
        22,
        y + 8,
        168,
        (
            f"我们审计了{firm.name}（以下简称“{short}”）财务报表，包括{year}年12月31日的资产负债表，{year}年度的利润表、"
            "现金流量表、所有者权益变动表以及相关财务报表附注。"
        ),
        11,
        1.75,
    )
    y = p1.para(
        22,
        y,
        168,
        (
            f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了{short}{year}年12月31日的"
            f"财务状况以及{year}年度的经营成果和现金流量。"
        ),
        11,
        1.75,
    )
    p1.text(22, y + 2, "二、形成审计意见的基础", 11, bold=True)
    y = p1.para(
        22,
        y + 10,
        168,
        (
            "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步"
            f"阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于{short}，并履行了职业道德方面的其他"
            "责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"
        ),
        11,
        1.75,
    )
    p1.text(22, y + 2, "三、管理层和治理层对财务报表的责任", 11, bold=True)
    p1.para(
        22,
        y + 10,
        168,
        (
            f"{short}管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
            f"以使财务报表不存在由于舞弊或错误导致的重大错报。在编制财务报表时，管理层负责评估{short}的持续经营能力，"
            "披露与持续经营相关的事项（如适用），并运用持续经营假设，除非管理层计划清算、终止运营或别无其他现实的选择。"
        ),
        11,
        1.75,
    )
    _footer(p1, "第 1 页")
    p2 = Sheet(dpi, latin="tiro")
    p2.text(22, 30, "四、注册会计师对财务报表审计的责任", 11, bold=True)
    y = p2.para(
        22,
        40,
        168,
        (
            "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。"
            "合理保证是高水平的保证，但并不能保证按照审计准则执行的审计在某一重大错报存在时总能发现。错报可能由于舞弊或"
            "错误导致，如果合理预期错报单独或汇总起来可能影响财务报表使用者依据财务报表作出的经济决策，则通常认为错报是重大的。"
        ),
        11,
        1.75,
    )
    y = p2.para(
        22,
        y,
        168,
        (
            "在按照审计准则执行审计工作的过程中，我们运用职业判断，并保持职业怀疑。我们与治理层就计划的审计范围、时间安排和"
            "重大审计发现等事项进行沟通，包括沟通我们在审计中识别出的值得关注的内部控制缺陷。"
        ),
        11,
        1.75,
    )
    y += 18
    p2.text(22, y, audit_firm, 11)
    p2.text(120, y, "中国注册会计师：", 11)
    p2.paste(ink.signature(auditors[0], dpi, rng), 170, y - 2)
    p2.text(120, y + 22, "中国注册会计师：", 11)
    p2.paste(ink.signature(auditors[1], dpi, rng), 170, y + 20)
    p2.text(22, y + 22, f"中国·{'库尔勒' if rng.random() < 0.7 else '轮台'}", 11)
    p2.text(120, y + 40, date_text(signed, "han"), 11)
    p2.paste(ink.round_seal(audit_firm, dpi, rng, 42), 50, y + 6)
    for k, name in enumerate(auditors):
        square = ink.certified_stamp(
            (f"中国注册会计师 {name}", f"{rng.randrange(65000000000, 65009999999)}"), dpi, rng
        )
        p2.paste(square, 168, y + 6 + 22 * k)
    _footer(p2, "第 2 页")
    p3 = Sheet(dpi)
    p3.text(105, 24, "资产负债表", 16, bold=True, align="c")
    p3.text(190, 31, "会企01表", 9, align="r")
    p3.text(20, 37, f"编制单位：{firm.name}", 9)
    p3.text(120, 37, f"{year}年12月31日", 9)
    p3.text(190, 37, "单位：元", 9, align="r")

    def cell(v: Decimal | None) -> str:
        return "" if v is None else figure(v)

    rows: list[list[str | None]] = [
        ["资　产", "期末余额", "上年年末余额", "负债和所有者权益", "期末余额", "上年年末余额"]
    ]
    rows += [[a, cell(b), cell(c), d, cell(e), cell(f)] for a, b, c, d, e, f in fin.balance]
    p3.table(18, 41, [33, 25, 25, 37, 25, 29], rows, 8.5, 7.6, ["l", "r", "r", "l", "r", "r"], bold_rows=(0,))
    _footer(p3, "第 3 页")
    p4 = Sheet(dpi)
    p4.text(105, 24, "利　润　表", 16, bold=True, align="c")
    p4.text(190, 31, "会企02表", 9, align="r")
    p4.text(20, 37, f"编制单位：{firm.name}", 9)
    p4.text(125, 37, f"{year}年度", 9)
    p4.text(190, 37, "单位：元", 9, align="r")
    income: list[list[str | None]] = [["项　　目", "本期金额", "上期金额"]]
    income += [[a, figure(b), figure(c)] for a, b, c in fin.income]
    p4.table(20, 41, [86, 42, 42], income, 9.5, 8.4, ["l", "r", "r"], bold_rows=(0,))
    p4.text(20, 200, "法定代表人：", 9.5)
    p4.text(82, 200, "主管会计工作负责人：", 9.5)
    p4.text(150, 200, "会计机构负责人：", 9.5)
    _footer(p4, "第 4 页")
    p5 = Sheet(dpi, latin="tiro")
    p5.text(22, 28, "财务报表附注（摘录）", 12, bold=True)
    p5.text(22, 40, "（二十二）营业收入和营业成本", 11, bold=True)
    p5.text(22, 49, "1．营业收入和营业成本按业务类别列示", 10.5)
    si, sw, sv = fin.revenue_lines
    lines = fin.revenue_lines
    total = [
        sum((x[1] for x in lines), Decimal(0)),
        sum((x[2] for x in lines), Decimal(0)),
        sum((x[3] for x in lines), Decimal(0)),
        sum((x[4] for x in lines), Decimal(0)),
    ]
    notes: list[list[str | None]] = [
        ["项　　目", "本期发生额", None, "上期发生额", None],
        ["", "收入", "成本", "收入", "成本"],
    ]
    rows = notes
    rows += [[label, figure(a), figure(b), figure(c), figure(d)] for label, a, b, c, d in (si, sw, sv)]
    rows += [["合　　计", *[figure(v) for v in total]]]
    p5.table(22, 54, [40, 32, 32, 32, 32], rows, 9.5, 8.5, ["l", "r", "r", "r", "r"], bold_rows=(0, 1))
    p5.para(
        22,
        125,
        168,
        (
            f"说明：本公司系统集成收入为信息系统集成项目按合同约定完成交付并经客户验收后确认的收入，{year}年度系统集成收入"
            f"{figure(fin.si_revenue)}元，占营业收入的比例为{fin.si_revenue / fin.revenue * 100:.2f}%。"
        ),
        10.5,
        1.75,
    )
    _footer(p5, "第 5 页")
    fields = {
        "audit_firm": audit_firm,
        "report_number": number,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": money_str(fin.revenue),
        "net_profit": money_str(fin.net_profit),
        "system_integration_revenue": money_str(fin.si_revenue),
        "consolidated": False,
    }
    return Paper("audit_report", [p1, p2, p3, p4, p5], fields)


def declaration_form(
    firm: Firm,
    rng: random.Random,
    dpi: int,
    grade: str,
    technical: int,
    certified: int,
    fin: Finance,
    rows: list[tuple[str, str, Decimal, dt.date]],
    stamped: dt.date,
    year: int = 2024,
) -> Paper:
    """申报表盖章版: the form printed from the web system, stamped and sent back."""
    s = Sheet(dpi)
    s.text(105, 26, f"{year}年度自治区计算机信息系统集成（信息工程）", 14, bold=True, align="c")
    s.text(105, 35, "能力评估企业年检申报表", 14, bold=True, align="c")
    y = s.table(
        18,
        44,
        [36, 60, 30, 48],
        [
            ["企业名称", firm.name, None, None],
            ["统一社会信用代码", firm.code, "评估等级", f"{grade}级"],
            ["法定代表人", firm.legal_rep, "联系电话", firm.phone],
            ["技术人员总数", f"{technical}人", "持证人员总数", f"{certified}人"],
        ],
        10,
        9,
    )
    s.text(18, y + 9, "一、经营情况（单位：元）", 10.5, bold=True)
    y = s.table(
        18,
        y + 12,
        [24, 50, 50, 50],
        [
            ["年度", "营业收入", "系统集成收入", "净利润"],
            [str(year), figure(fin.revenue), figure(fin.si_revenue), figure(fin.net_profit)],
        ],
        10,
        9,
        ["c", "r", "r", "r"],
        bold_rows=(0,),
    )
    s.text(18, y + 9, "二、系统集成项目汇总（单位：元）", 10.5, bold=True)
    table: list[list[str | None]] = [["序号", "项目名称", "甲方单位", "合同金额", "验收日期"]]
    for k, (name, client, amount, accepted) in enumerate(rows, start=1):
        table.append([str(k), name, client, figure(amount), accepted.isoformat()])
    total = sum((r[2] for r in rows), Decimal(0))
    table.append(["合计", f"共{len(rows)}项", None, figure(total), ""])
    y = s.table(18, y + 12, [12, 66, 38, 32, 26], table, 9.5, 9, ["c", "l", "l", "r", "c"], bold_rows=(0,))
    s.para(
        18,
        y + 10,
        174,
        "本企业承诺：以上填报内容及所附材料真实、准确、完整，如有虚假，愿承担相应责任。",
        10.5,
        1.6,
    )
    s.text(110, y + 32, "企业（盖章）：", 11)
    s.text(110, y + 46, "法定代表人（签字）：", 11)
    s.paste(ink.signature(firm.legal_rep, dpi, rng), 168, y + 44)
    s.text(130, y + 60, date_text(stamped, "cn"), 11)
    s.paste(ink.round_seal(firm.name, dpi, rng, 40), 150, y + 34)
    s.text(105, 286, "申报系统打印　第 1 页 共 1 页", 8, align="c")
    fields = {
        "company_name": firm.name,
        "credit_code": firm.code,
        "grade": grade,
        "technical_total": technical,
        "certified_total": certified,
        "finance": [
            {
                "year": year,
                "operating_revenue": money_str(fin.revenue),
                "system_integration_revenue": money_str(fin.si_revenue),
                "net_profit": money_str(fin.net_profit),
            }
        ],
        "project_count": len(rows),
        "project_total": money_str(total),
        "has_seal": True,
    }
    return Paper("declaration_form", [s], fields)


def fax_cover(
    dpi: int, sender: str, sender_fax: str, who: str, to_firm: Firm, pages: int, sent: dt.date, subject: str
) -> Paper:
    """传真封面: a big-lettered cover sheet (it survives a standard-resolution fax)."""
    s = Sheet(dpi)
    s.text(105, 40, "传　真", 26, bold=True, align="c")
    s.text(105, 52, "FAX", 14, align="c")
    s.line(20, 58, 190, 58, 0.6)
    y = s.table(
        20,
        66,
        [40, 130],
        [
            ["收件单位", to_firm.name],
            ["收 件 人", f"{to_firm.contact} 经理"],
            ["收件传真", to_firm.fax],
            ["发件单位", sender],
            ["发 件 人", who],
            ["发件传真", sender_fax],
            ["日　　期", date_text(sent, "cn")],
            ["页　　数", f"共 {pages} 页（含本页）"],
            ["事　　由", subject],
        ],
        14,
        13,
    )
    s.para(20, y + 16, 170, "如传真不清晰或页数不全，请及时与发件人联系。", 13, 1.6)
    return Paper("other", [s], {})
