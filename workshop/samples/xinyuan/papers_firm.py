"""The firm's papers: the bilingual 营业执照（副本） of a Xinjiang enterprise and its (Chinese-only) audit report."""

from __future__ import annotations

import datetime as dt
import math
import random
from decimal import Decimal

from . import marks
from .facts import YEAR, Books, Firm
from .lang import UG
from .numerals import capital as capital_words
from .numerals import figures, money, ug_date, zh_date
from .sheet import A4_LANDSCAPE, MM, Paper, Sheet
from .world import REGISTRAR_UNIT, client

BROWN = (0.62, 0.42, 0.22)


def _frame(sheet: Sheet, rng: random.Random) -> None:
    """The licence's guilloche border: two rules with a band of interlaced waves between them."""
    w, h = sheet.width, sheet.height
    outer, inner = 16.0, 34.0
    sheet.rect((outer, outer, w - outer, h - outer), width=1.2, color=BROWN)
    sheet.rect((inner, inner, w - inner, h - inner), width=0.8, color=BROWN)
    mid = (outer + inner) / 2
    amp = (inner - outer) / 2 - 2
    period = rng.choice((9.0, 10.0, 12.0))
    for phase in (0.0, math.pi / 2, math.pi):
        for side in range(4):
            length = (w if side % 2 == 0 else h) - 2 * mid
            steps = int(length / 2)
            points = []
            for k in range(steps + 1):
                t = k * length / steps
                off = amp * math.sin(2 * math.pi * t / period + phase)
                if side == 0:
                    points.append((mid + t, mid + off))
                elif side == 1:
                    points.append((w - mid + off, mid + t))
                elif side == 2:
                    points.append((w - mid - t, h - mid + off))
                else:
                    points.append((mid + off, h - mid - t))
            sheet.page.draw_polyline(points, color=(0.8, 0.62, 0.4), width=0.35)


def licence(
    rng: random.Random,
    firm: Firm,
    *,
    name: str | None = None,
    ug_name: str | None = None,
    capital_style: str = "words",
) -> Paper:
    """The 横版 副本 of a Xinjiang licence: Uyghur title above 营业执照, bilingual labels, the Uyghur name under the
    Chinese one, the registrar's bilingual seal over the issue date."""
    paper = Paper("business_license")
    sheet = paper.sheet(A4_LANDSCAPE)
    w = sheet.width
    _frame(sheet, rng)
    name = name or firm.name
    ug_name = ug_name or firm.ug
    sheet.image((w / 2 - 30, 42, w / 2 + 30, 102), marks.emblem(), "emblem")
    sheet.arabic(
        (w / 2 - 120, 104, w / 2 + 120, 126), UG["licence_title"], 15, align="center", bold=True, tag="title"
    )
    sheet.zh(w / 2, 164, "营 业 执 照", 36, bold=True, align="center", tag="title")
    sheet.zh(w / 2, 190, "（副　本）", 12, align="center", tag="copy")
    sheet.arabic((w / 2 - 80, 194, w / 2 + 80, 208), UG["copy"], 7.5, align="center")
    # the code, top left
    sheet.zh(62, 112, "统一社会信用代码", 10, tag="label")
    sheet.arabic((62, 116, 232, 128), UG["统一社会信用代码"], 6.5, align="left")
    sheet.zh(62, 146, firm.code, 12, tag="credit_code")
    sheet.zh(62, 162, f"编号：{firm.place.region}{rng.randrange(10**8, 10**9)}", 7.5, tag="serial")
    # the QR code and its note, top right
    payload = f"http://www.gsxt.gov.cn/index?uniscid={firm.code}"
    sheet.image((w - 178, 92, w - 118, 152), marks.qr(payload), "qr", payload=payload)
    for i, line in enumerate(
        ("扫描二维码登录'国家", "企业信用信息公示系", "统'了解更多登记、", "备案、许可、监管信息")
    ):
        sheet.zh(w - 112, 102 + i * 11, line, 7, tag="qr_note")
    paper.facts["qr_payload"] = payload

    def label(x: float, y: float, zh: str, spaced: str) -> None:
        sheet.zh(x, y, spaced, 11.5, tag="label")
        sheet.arabic((x, y + 3, x + 100, y + 13), UG[zh], 6, align="left")

    left_x, left_v, right_x, right_v = 62.0, 152.0, 470.0, 560.0
    y = 236.0
    label(left_x, y, "名称", "名　　　称")
    sheet.zh(left_v, y, name, 11.5, tag="company_name")
    sheet.arabic((left_v, y + 4, left_v + 300, y + 17), ug_name, 8.5, align="left", tag="company_name_ug")
    y += 40
    label(left_x, y, "类型", "类　　　型")
    sheet.zh(left_v, y, firm.company_type, 10.5, tag="company_type")
    sheet.arabic((left_v, y + 4, left_v + 300, y + 16), firm.company_type_ug, 7, align="left")
    y += 40
    label(left_x, y, "法定代表人", "法定代表人")
    sheet.zh(left_v, y, firm.legal_rep, 11.5, tag="legal_representative")
    y += 40
    label(left_x, y, "经营范围", "经 营 范 围")
    sheet.wrap(left_v, y, 290, firm.scope, 9, 1.55, tag="business_scope")

    y = 236.0
    label(right_x, y, "注册资本", "注 册 资 本")
    wan = int(firm.capital / 10000)
    if capital_style == "words":
        capital_text = capital_words(Decimal(wan)).replace("元整", "万元整")
    else:
        capital_text = f"{wan}万元人民币"
    sheet.zh(right_v, y, capital_text, 11.5, tag="registered_capital")
    y += 40
    label(right_x, y, "成立日期", "成 立 日 期")
    sheet.zh(right_v, y, zh_date(firm.established, "padded"), 11.5, tag="established_on")
    y += 40
    label(right_x, y, "营业期限", "营 业 期 限")
    term_end = "长期" if firm.valid_until is None else zh_date(firm.valid_until, "padded")
    sheet.zh(right_v, y, f"{zh_date(firm.established, 'padded')} 至 {term_end}", 10.5, tag="valid_until")
    y += 40
    label(right_x, y, "住所", "住　　　所")
    sheet.wrap(right_v, y, 215, firm.address, 10.5, 1.5, tag="address")

    # registrar, seal, issue date
    registrar = client(firm.place, REGISTRAR_UNIT)
    sheet.zh(right_v + 10, 478, "登 记 机 关", 13, tag="label")
    sheet.arabic((right_v + 10, 482, right_v + 150, 494), UG["登记机关"], 7, align="left")
    sheet.zh(right_v + 4, 532, zh_date(firm.licence_issued, "spaced"), 11.5, tag="issued")
    sheet.arabic((right_v - 10, 536, right_v + 160, 548), ug_date(firm.licence_issued), 7.5, align="center")
    d = 42 * MM
    cx, cy = right_v + 75, 500
    sheet.image(
        (cx - d / 2, cy - d / 2, cx + d / 2, cy + d / 2),
        marks.seal(rng, registrar.zh, ring=registrar.ug, diameter_mm=42, load=0.85),
        "seal",
        owner=registrar.zh,
        ring=registrar.ug,
    )
    sheet.zh(
        48,
        566,
        "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn",
        7.5,
        color=(0.3, 0.3, 0.3),
        tag="footer",
    )
    sheet.zh(w / 2 - 40, 562, "市场主体应当于每年1月1日至6月30日通过", 7, color=(0.3, 0.3, 0.3), tag="footer")
    sheet.zh(
        w / 2 - 40, 571, "国家企业信用信息公示系统报送公示年度报告", 7, color=(0.3, 0.3, 0.3), tag="footer"
    )
    sheet.zh(w - 48, 566, "国家市场监督管理总局监制", 7.5, color=(0.3, 0.3, 0.3), align="right", tag="footer")

    paper.fields = {
        "company_name": name,
        "credit_code": firm.code,
        "legal_representative": firm.legal_rep,
        "registered_capital": money(firm.capital),
        "company_type": firm.company_type,
        "established_on": firm.established.isoformat(),
        "valid_until": "长期" if firm.valid_until is None else firm.valid_until.isoformat(),
        "address": firm.address,
        "business_scope": firm.scope,
    }
    paper.facts.update(ug_name=ug_name, capital_text=capital_text)
    return paper


AUDITORS = (
    ("伊犁天诚会计师事务所有限责任公司", "伊宁", "伊天诚"),
    ("新疆华正信会计师事务所（普通合伙）", "乌鲁木齐", "新华正信"),
    ("奎屯众和会计师事务所有限公司", "奎屯", "奎众和"),
    ("新疆丝路联合会计师事务所（普通合伙）", "乌鲁木齐", "新丝路联"),
)

STATEMENT_ROWS = (
    ("一、营业收入", "营业收入"),
    ("减：营业成本", "营业成本"),
    ("　　税金及附加", "税金及附加"),
    ("　　销售费用", "销售费用"),
    ("　　管理费用", "管理费用"),
    ("　　研发费用", "研发费用"),
    ("　　财务费用", "财务费用"),
    ("二、营业利润（亏损以“－”号填列）", "营业利润"),
    ("加：营业外收入", "营业外收入"),
    ("减：营业外支出", "营业外支出"),
    ("三、利润总额（亏损总额以“－”号填列）", "利润总额"),
    ("减：所得税费用", "所得税费用"),
    ("四、净利润（净亏损以“－”号填列）", "净利润"),
)


def audit_report(rng: random.Random, firm: Firm, books: Books) -> Paper:
    """A three-page 审计报告 (opinion, 利润表, the 附注's revenue by business), Chinese only."""
    paper = Paper("audit_report")
    auditor, city, short = rng.choice(AUDITORS)
    number = f"{short}审字〔{YEAR + 1}〕第{rng.randint(11, 480):03d}号"
    signed = dt.date(YEAR + 1, rng.randint(2, 4), rng.randint(1, 28))
    cpas = (
        rng.choice("王李张刘陈杨赵") + rng.choice(("丽华", "建军", "晓红", "志远")),
        rng.choice("周吴郑孙马") + rng.choice(("海军", "秀梅", "新华")),
    )

    s = paper.sheet()
    s.zh(297.6, 110, "审 计 报 告", 22, bold=True, align="center", tag="title")
    s.zh(297.6, 140, number, 11, align="center", tag="report_number")
    s.zh(72, 185, f"{firm.name}全体股东：", 11, tag="addressee")
    y = s.zh(72, 220, "一、审计意见", 11.5, bold=True, tag="heading").y1 + 18
    y = s.wrap(
        72,
        y,
        451,
        f"我们审计了{firm.name}（以下简称“贵公司”）财务报表，包括{YEAR}年12月31日的资产负债表，{YEAR}年度的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。",
        10.5,
        indent=21,
        tag="opinion",
    )
    y = s.wrap(
        72,
        y,
        451,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{YEAR}年12月31日的财务状况"
        f"以及{YEAR}年度的经营成果和现金流量。",
        10.5,
        indent=21,
        tag="opinion",
    )
    y = s.zh(72, y + 10, "二、形成审计意见的基础", 11.5, bold=True, tag="heading").y1 + 18
    y = s.wrap(
        72,
        y,
        451,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步"
        "阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他"
        "责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        10.5,
        indent=21,
        tag="basis",
    )
    y = max(y + 40, 600)
    s.zh(72, y, auditor, 11, tag="audit_firm")
    s.zh(340, y, f"中国注册会计师：{cpas[0]}", 11, tag="cpa")
    s.zh(340, y + 36, f"中国注册会计师：{cpas[1]}", 11, tag="cpa")
    s.zh(72, y + 72, f"中国·{city}", 11, tag="city")
    s.zh(340, y + 72, zh_date(signed, "hanzi"), 11, tag="report_date")
    d = 40 * MM
    s.image(
        (100, y - 70, 100 + d, y - 70 + d), marks.seal(rng, auditor, diameter_mm=40), "seal", owner=auditor
    )

    s = paper.sheet()
    s.zh(297.6, 90, "利 润 表", 18, bold=True, align="center", tag="title")
    s.zh(297.6, 114, f"{YEAR}年度", 10.5, align="center", tag="period")
    s.zh(60, 138, f"编制单位：{firm.name}", 9.5, tag="company")
    s.zh(535, 138, "单位：元", 9.5, align="right", tag="unit")
    cols = (60.0, 330.0, 435.0, 535.0)
    y = 150.0
    s.rect((cols[0], y, cols[3], y + 22 * (len(STATEMENT_ROWS) + 1)), width=0.8)
    s.zh((cols[0] + cols[1]) / 2, y + 15, "项　　目", 10, align="center", tag="head")
    s.zh((cols[1] + cols[2]) / 2, y + 15, "本期金额", 10, align="center", tag="head")
    s.zh((cols[2] + cols[3]) / 2, y + 15, "上期金额", 10, align="center", tag="head")
    for x in cols[1:3]:
        s.line((x, y), (x, y + 22 * (len(STATEMENT_ROWS) + 1)), 0.5)
    for label_text, key in STATEMENT_ROWS:
        y += 22
        s.line((cols[0], y), (cols[3], y), 0.4)
        s.zh(cols[0] + 6, y + 15, label_text, 9.5, tag="row")
        s.zh(cols[2] - 6, y + 15, figures(books.lines[key]), 9.5, align="right", tag=f"current:{key}")
        s.zh(cols[3] - 6, y + 15, figures(books.previous[key]), 9.5, align="right", tag=f"previous:{key}")
    s.zh(60, y + 50, "法定代表人：" + firm.legal_rep, 9.5, tag="footer")
    s.zh(
        250,
        y + 50,
        "主管会计工作负责人：" + rng.choice(("马玉兰", "李春华", "古丽娜尔·阿不都拉")),
        9.5,
        tag="footer",
    )

    s = paper.sheet()
    s.zh(72, 90, "财务报表附注（节选）", 13, bold=True, tag="title")
    s.zh(72, 125, "（二十一）营业收入和营业成本", 11, bold=True, tag="heading")
    s.zh(72, 150, "1. 营业收入按业务类别列示", 10.5, tag="heading")
    cols = (72.0, 300.0, 420.0, 523.0)
    y = 162.0
    rows = (
        ("系统集成收入", "系统集成收入"),
        ("技术服务收入", "技术服务收入"),
        ("商品销售收入", "商品销售收入"),
        ("合　　计", "营业收入"),
    )
    s.rect((cols[0], y, cols[3], y + 24 * (len(rows) + 1)), width=0.8)
    for x in cols[1:3]:
        s.line((x, y), (x, y + 24 * (len(rows) + 1)), 0.5)
    s.zh((cols[0] + cols[1]) / 2, y + 16, "业务类别", 10, align="center", tag="head")
    s.zh((cols[1] + cols[2]) / 2, y + 16, "本期发生额", 10, align="center", tag="head")
    s.zh((cols[2] + cols[3]) / 2, y + 16, "上期发生额", 10, align="center", tag="head")
    for label_text, key in rows:
        y += 24
        s.line((cols[0], y), (cols[3], y), 0.4)
        s.zh(cols[0] + 6, y + 16, label_text, 10, tag="row")
        s.zh(cols[2] - 6, y + 16, figures(books.lines[key]), 10, align="right", tag=f"current:{key}")
        s.zh(cols[3] - 6, y + 16, figures(books.previous[key]), 10, align="right", tag=f"previous:{key}")
    s.wrap(
        72,
        y + 50,
        451,
        "注：系统集成收入为公司承接的计算机信息系统集成项目按合同约定完成并经客户验收后确认的收入。",
        9.5,
        tag="note",
    )
    paper.fields = {
        "audit_firm": auditor,
        "report_number": number,
        "fiscal_year": YEAR,
        "opinion": "unqualified",
        "operating_revenue": money(books.revenue),
        "net_profit": money(books.net_profit),
        "system_integration_revenue": money(books.si_revenue),
        "consolidated": False,
    }
    return paper
