"""Business license (正本 landscape, 副本 portrait), audit report with its four statements, invoices."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

from . import ink
from .cast import Firm, Paper
from .numerals import capital, cn_date, cn_date_padded, figure, money, wan

L, R = 72.0, 523.0
GOLD = (0.72, 0.55, 0.2)


def _capital_words(v: Decimal) -> str:
    return capital(v).replace("元整", "万元整") if False else capital(v)


def license_paper(firm: Firm, rng: random.Random, *, original: bool, issued: str) -> Paper:
    """三证合一 营业执照: 正本 landscape, 副本 portrait; QR to the 公示系统, seal of the 登记机关."""
    doc = ink.new_doc()
    size = ink.A4_LAND if original else ink.A4
    s = ink.Sheet(doc, size, rng)
    w, h = size
    s.box(18, 18, w - 18, h - 18, 3.0, GOLD)
    s.box(26, 26, w - 26, h - 26, 0.8, GOLD)
    emblem_x = w / 2
    s.page.draw_circle((emblem_x, 72), 22, color=(0.8, 0.1, 0.1), fill=(0.85, 0.15, 0.12))
    s.page.draw_circle((emblem_x, 72), 10, color=GOLD, fill=GOLD)
    s.center(140, "营 业 执 照", 34 if original else 30)
    if not original:
        s.center(168, "（副   本）", 13, bold=False)
    top = 112 if original else 200
    s.text(52, top - 20, "统一社会信用代码", 11)
    s.text(52, top, firm.code, 12)
    serial = "".join(rng.choice("0123456789") for _ in range(12))
    s.text(52, top + 18, f"{'' if original else '（1-1）'}", 9)
    qr = ink.qr_png(f"http://www.gsxt.gov.cn/index.html?uniscid={firm.code}", 3)
    qx = w - 150
    s.image((qx, top - 40, qx + 86, top + 46), qr)
    s.text(qx - 40, top + 62, "扫描二维码登录“国家企业", 7.5)
    s.text(qx - 40, top + 72, "信用信息公示系统”了解更多", 7.5)
    s.text(qx - 40, top + 82, "登记、备案、许可、监管信息。", 7.5)
    s.text(52, top + 36, f"编号  {serial}", 8)
    cap = capital(firm.capital)
    lines = [
        ("名        称", firm.name),
        ("类        型", firm.kind),
        ("法定代表人", firm.legal),
        ("注 册 资 本", cap),
        ("成 立 日 期", cn_date_padded(firm.established)),
        (
            "营 业 期 限",
            f"{cn_date_padded(firm.established)} 至 "
            + (firm.valid_until if firm.valid_until == "长期" else cn_date_padded(firm.valid_until)),
        ),
        ("住        所", firm.address),
    ]
    if original:
        x1, y = 70.0, 230.0
        for i, (k, v) in enumerate(lines):
            col = 0 if i < 4 else 1
            yy = y + (i if i < 4 else i - 4) * 30
            xx = x1 if col == 0 else 440
            s.text(xx, yy, k, 11)
            s.text(xx + 78, yy, v, 11)
        s.text(x1, 365, "经 营 范 围", 11)
        s.para(x1 + 78, 365, 330, firm.scope, 9.5, 1.55, indent=False)
        s.text(560, 420, "登 记 机 关", 12)
        s.text(600, 490, cn_date(issued), 12)
        s.seal(650, 440, ink.seal_png(ink.SealSpec(firm.authority, ""), rng), d=112)
    else:
        y = 262.0
        for k, v in lines:
            s.text(70, y, k, 11)
            if k.startswith("住"):
                y = s.para(150, y, 380, v, 11, 1.5, indent=False) - 16.5
            else:
                s.text(150, y, v, 11)
            y += 30
        s.text(70, y, "经 营 范 围", 11)
        s.para(150, y, 370, firm.scope, 10, 1.6, indent=False)
        s.text(330, 700, "登 记 机 关", 12)
        s.text(370, 770, cn_date(issued), 12)
        s.seal(430, 725, ink.seal_png(ink.SealSpec(firm.authority, ""), rng), d=112)
    s.center(h - 38, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8, bold=False)
    fields = {
        "company_name": firm.name,
        "credit_code": firm.code,
        "legal_representative": firm.legal,
        "registered_capital": money(firm.capital),
        "company_type": firm.kind,
        "established_on": firm.established,
        "valid_until": firm.valid_until,
        "address": firm.address,
    }
    return Paper(
        doc, "business_license", fields, None, "营业执照正本" if original else "营业执照副本", one_sided=True
    )


# ---- audit report ----


def _q(v: Decimal) -> Decimal:
    return v.quantize(Decimal("0.01"), ROUND_HALF_UP)


def audit_report(
    firm: Firm,
    rng: random.Random,
    *,
    year: int,
    revenue: Decimal,
    si_revenue: Decimal,
    net_profit: Decimal,
    audit_firm: str,
    number: str,
    in_wan: bool = False,
    full: bool = True,
) -> Paper:
    """审计报告: cover, opinion, 资产负债表, 利润表, 现金流量表, 所有者权益变动表, 附注 (营业收入分类)."""
    doc = ink.new_doc()
    unit = "万元" if in_wan else "元"

    def fmt(v: Decimal) -> str:
        if in_wan:
            return wan(v)
        return figure(v)

    def shown(v: Decimal) -> str:
        """The truth value of a printed figure."""
        if in_wan:
            return money((v / 10000).quantize(Decimal("0.01"), ROUND_HALF_UP) * 10000)
        return money(v)

    if full:
        s = ink.Sheet(doc, rng=rng)
        s.center(250, firm.name, 18)
        s.center(300, f"{year}年度财务报表审计报告", 22)
        s.center(350, number, 13, bold=False)
        s.center(640, audit_firm, 15)
        s.center(670, "中国·乌鲁木齐", 12, bold=False)
        s.center(700, cn_date(f"{year + 1}-03-{rng.randint(10, 28):02d}"), 12, bold=False)
    s = ink.Sheet(doc, rng=rng)
    s.center(80, "审 计 报 告", 18)
    s.right(R, 104, number, 10)
    s.text(L, 128, f"{firm.name}全体股东：", 10.5)
    y = 152.0
    s.text(L, y, "一、审计意见", 11, bold=True)
    y = s.para(
        L,
        y + 20,
        R - L,
        (
            f"我们审计了{firm.name}（以下简称“贵公司”）财务报表，包括{year}年12月31日的资产负债表，{year}年度的利润表、"
            "现金流量表、所有者权益变动表以及相关财务报表附注。"
        ),
    )
    y = s.para(
        L,
        y,
        R - L,
        (
            f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{year}年12月31日的财务状况"
            f"以及{year}年度的经营成果和现金流量。"
        ),
    )
    s.text(L, y + 4, "二、形成审计意见的基础", 11, bold=True)
    y = s.para(
        L,
        y + 24,
        R - L,
        (
            "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
            "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
            "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"
        ),
    )
    s.text(L, y + 4, "三、管理层和治理层对财务报表的责任", 11, bold=True)
    y = s.para(
        L,
        y + 24,
        R - L,
        (
            "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
            "以使财务报表不存在由于舞弊或错误导致的重大错报。"
        ),
    )
    y += 40
    s.text(L, y, audit_firm, 10.5)
    s.text(330, y, "中国注册会计师：", 10.5)
    s.signature(420, y)
    s.text(330, y + 40, "中国注册会计师：", 10.5)
    s.signature(420, y + 40)
    s.text(L, y + 40, "中国·乌鲁木齐", 10.5)
    s.text(330, y + 80, cn_date(f"{year + 1}-03-18"), 10.5)
    s.seal(L + 90, y + 20, ink.seal_png(ink.SealSpec(audit_firm), rng))
    # statements
    cost = _q(revenue * Decimal(rng.uniform(0.68, 0.78)))
    tax_add = _q(revenue * Decimal("0.006"))
    sell = _q(revenue * Decimal(rng.uniform(0.02, 0.04)))
    rd = _q(revenue * Decimal(rng.uniform(0.03, 0.05)))
    fin = _q(revenue * Decimal("0.002"))
    income_tax = _q(net_profit * Decimal("0.18"))
    total_profit = net_profit + income_tax
    nonop_in = _q(Decimal(rng.randint(10000, 90000)))
    nonop_out = _q(Decimal(rng.randint(2000, 9000)))
    op_profit = total_profit - nonop_in + nonop_out
    admin = revenue - cost - tax_add - sell - rd - fin - op_profit
    last = Decimal(rng.uniform(0.8, 0.95))
    inc_rows = [
        ("一、营业收入", revenue),
        ("减：营业成本", cost),
        ("税金及附加", tax_add),
        ("销售费用", sell),
        ("管理费用", admin),
        ("研发费用", rd),
        ("财务费用", fin),
        ("二、营业利润", op_profit),
        ("加：营业外收入", nonop_in),
        ("减：营业外支出", nonop_out),
        ("三、利润总额", total_profit),
        ("减：所得税费用", income_tax),
        ("四、净利润", net_profit),
    ]
    cash = _q(revenue * Decimal(rng.uniform(0.15, 0.3)))
    recv = _q(revenue * Decimal(rng.uniform(0.25, 0.4)))
    inv = _q(revenue * Decimal(rng.uniform(0.05, 0.12)))
    fixed = _q(revenue * Decimal(rng.uniform(0.05, 0.1)))
    cur = cash + recv + inv
    total_assets = cur + fixed
    paid_in = firm.capital
    payable = _q(total_assets * Decimal("0.28"))
    contract_liab = _q(total_assets * Decimal("0.08"))
    staff_pay = _q(total_assets * Decimal("0.03"))
    liab = payable + contract_liab + staff_pay
    equity = total_assets - liab
    surplus = _q(equity * Decimal("0.05"))
    retained = equity - paid_in - surplus
    bs = [
        ("货币资金", cash),
        ("应收账款", recv),
        ("存货", inv),
        ("流动资产合计", cur),
        ("固定资产", fixed),
        ("非流动资产合计", fixed),
        ("资产总计", total_assets),
        ("应付账款", payable),
        ("合同负债", contract_liab),
        ("应付职工薪酬", staff_pay),
        ("负债合计", liab),
        ("实收资本", paid_in),
        ("盈余公积", surplus),
        ("未分配利润", retained),
        ("所有者权益合计", equity),
        ("负债和所有者权益总计", total_assets),
    ]

    def statement(
        title: str, code: str, head: list[str], rows: list[tuple[str, Decimal]], period: str
    ) -> None:
        st = ink.Sheet(doc, rng=rng)
        st.center(80, title, 16)
        st.right(R, 100, code, 9)
        st.text(L, 118, f"编制单位：{firm.name}", 9.5)
        st.text(330, 118, period, 9.5)
        st.right(R, 118, f"单位：{unit}", 9.5)
        table = [head]
        for k, v in rows:
            table.append([k, fmt(v), fmt(_q(v * last))])
        st.table(L, 128, [211, 120, 120], table, 9.5, 24, ["l", "r", "r"])
        st.text(L, 760, "法定代表人：", 9.5)
        st.text(230, 760, "主管会计工作负责人：", 9.5)
        st.text(400, 760, "会计机构负责人：", 9.5)

    statement("资 产 负 债 表", "会企01表", ["项    目", "期末余额", "上年年末余额"], bs, f"{year}年12月31日")
    statement("利  润  表", "会企02表", ["项    目", "本期金额", "上期金额"], inc_rows, f"{year}年度")
    ocf = _q(net_profit * Decimal(rng.uniform(0.7, 1.3)))
    invest = -_q(fixed * Decimal("0.3"))
    finance = -_q(Decimal(rng.randint(200000, 900000)))
    cf = [
        ("销售商品、提供劳务收到的现金", _q(revenue * Decimal("1.05"))),
        ("经营活动产生的现金流量净额", ocf),
        ("购建固定资产支付的现金", -invest),
        ("投资活动产生的现金流量净额", invest),
        ("分配股利、利润或偿付利息支付的现金", -finance),
        ("筹资活动产生的现金流量净额", finance),
        ("现金及现金等价物净增加额", ocf + invest + finance),
        ("期末现金及现金等价物余额", cash),
    ]
    if full:
        statement("现 金 流 量 表", "会企03表", ["项    目", "本期金额", "上期金额"], cf, f"{year}年度")
    eq = [
        ("一、上年年末余额", equity - net_profit),
        ("二、本年增减变动金额", net_profit),
        ("（一）综合收益总额", net_profit),
        ("（二）利润分配", Decimal(0)),
        ("三、本年年末余额", equity),
    ]
    if full:
        statement("所有者权益变动表", "会企04表", ["项    目", "本年金额", "上年金额"], eq, f"{year}年度")
    st = ink.Sheet(doc, rng=rng)
    st.text(L, 80, "财务报表附注（节选）", 12, bold=True)
    st.text(L, 108, "五、财务报表项目注释", 11, bold=True)
    st.text(L, 130, "（十八）营业收入和营业成本", 10.5)
    st.right(R, 150, f"单位：{unit}", 9.5)
    other = revenue - si_revenue
    soft = _q(other * Decimal("0.6"))
    rows = [
        ["业务类别", "本期收入", "本期成本"],
        ["系统集成", fmt(si_revenue), fmt(_q(si_revenue * Decimal("0.78")))],
        ["软件开发", fmt(soft), fmt(_q(soft * Decimal("0.55")))],
        ["技术服务", fmt(other - soft), fmt(_q((other - soft) * Decimal("0.5")))],
        ["合计", fmt(revenue), ""],
    ]
    st.table(L, 160, [171, 140, 140], rows, 9.5, 24, ["l", "r", "r"])
    for i, sh in enumerate(range(doc.page_count), start=1):
        if i > 1 or not full:
            p = ink.Sheet.__new__(ink.Sheet)
            p.doc, p.pno, p._page, p.w, p.h, p.rng = doc, sh, doc[sh], 595.0, 842.0, rng
            p.center(812, f"第 {i - 1 if full else i} 页", 8.5, bold=False)
    fields = {
        "audit_firm": audit_firm,
        "report_number": number,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": shown(revenue),
        "net_profit": shown(net_profit),
        "system_integration_revenue": shown(si_revenue),
        "consolidated": False,
    }
    return Paper(doc, "audit_report", fields, None, f"{year}年度审计报告")


# ---- invoices ----


def e_invoice_pdf(
    firm: Firm,
    buyer: str,
    buyer_code: str,
    rng: random.Random,
    *,
    number: str,
    date: str,
    total: Decimal,
    item: str,
    project_id: str | None,
) -> Paper:
    """数电票 (电子发票（普通发票）) as the tax platform's PDF, QR with the pre-tax amount."""
    doc = ink.new_doc()
    s = ink.Sheet(doc, (595.0, 396.0), rng)
    amount = _q(total / Decimal("1.06"))
    tax = total - amount
    ymd = date.replace("-", "")
    payload = f"01,32,,{number},{amount:.2f},{ymd},,{rng.randrange(16**4):04X}"
    s.image((20, 16, 82, 78), ink.qr_png(payload, 2))
    s.center(48, "电子发票（普通发票）", 18, color=(0.6, 0.3, 0.15))
    s.line(215, 56, 380, 56, 0.8, (0.6, 0.3, 0.15))
    s.line(215, 59, 380, 59, 0.8, (0.6, 0.3, 0.15))
    s.text(410, 40, f"发票号码：{number}", 9)
    s.text(410, 58, f"开票日期：{cn_date_padded(date)}", 9)
    br = (0.6, 0.3, 0.15)
    s.box(14, 86, 581, 330, 0.8, br)
    s.line(14, 142, 581, 142, 0.6, br)
    s.line(297, 86, 297, 142, 0.6, br)
    s.text(22, 104, "购买方信息", 9, color=br)
    s.text(70, 112, f"名称：{buyer}", 9)
    s.text(70, 130, f"统一社会信用代码/纳税人识别号：{buyer_code}", 8.5)
    s.text(305, 104, "销售方信息", 9, color=br)
    s.text(352, 112, f"名称：{firm.name}", 9)
    s.text(352, 130, f"统一社会信用代码/纳税人识别号：{firm.code}", 8.5)
    hx = [22, 200, 280, 320, 360, 420, 490, 530]
    for x, t in zip(
        hx, ["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"], strict=True
    ):
        s.text(x, 158, t, 8.5, color=br)
    s.text(22, 178, item, 8.5)
    s.text(280, 178, "项", 8.5)
    s.text(325, 178, "1", 8.5)
    s.text(352, 178, f"{amount:.2f}", 8.5)
    s.text(420, 178, f"{amount:.2f}", 8.5)
    s.text(500, 178, "6%", 8.5)
    s.text(530, 178, f"{tax:.2f}", 8.5)
    s.line(14, 262, 581, 262, 0.6, br)
    s.text(22, 254, "合        计", 9, color=br)
    s.text(420, 254, f"¥{amount:.2f}", 9)
    s.text(530, 254, f"¥{tax:.2f}", 9)
    s.line(14, 290, 581, 290, 0.6, br)
    s.text(22, 280, "价税合计（大写）", 9, color=br)
    s.text(120, 280, "⊗" + capital(total).replace("元", "圆"), 9.5)
    s.text(420, 280, f"（小写）¥{total:.2f}", 9.5)
    s.text(22, 310, "备注", 9, color=br)
    s.text(70, 310, "项目名称见合同", 8.5)
    s.text(22, 352, "开票人：", 9, color=br)
    s.text(62, 352, firm.legal[:1] + "会计", 9)
    fields = {
        "invoice_number": number,
        "issued_on": date,
        "buyer": buyer,
        "seller": firm.name,
        "total_amount": money(total),
        "qr": payload,
    }
    return Paper(doc, "invoice", fields, project_id, "数电票")


def paper_invoice(
    firm: Firm,
    buyer: str,
    buyer_code: str,
    rng: random.Random,
    *,
    code: str,
    number: str,
    date: str,
    total: Decimal,
    item: str,
    project_id: str | None,
) -> Paper:
    """增值税普通发票 (paper, 新疆 supervised), to be scanned: 发票代码, 8-digit 号码, 发票专用章."""
    doc = ink.new_doc()
    s = ink.Sheet(doc, (680.0, 400.0), rng)
    br = (0.45, 0.3, 0.2)
    amount = _q(total / Decimal("1.06"))
    tax = total - amount
    s.center(42, "新疆增值税普通发票", 19, color=br)
    s.page.draw_oval((300, 52, 380, 92), color=(0.8, 0.3, 0.3), width=0.8)
    s.text(318, 76, "发票联", 10, color=(0.8, 0.3, 0.3))
    s.text(24, 44, code, 11)
    s.text(500, 30, f"发票代码：{code}", 9)
    s.text(500, 46, f"发票号码：{number}", 9)
    s.text(500, 62, f"开票日期：{cn_date_padded(date)}", 9)
    s.text(500, 78, f"校 验 码：{''.join(rng.choice('0123456789') for _ in range(20))}", 7.5)
    s.box(20, 96, 660, 340, 0.8, br)
    s.line(20, 160, 660, 160, 0.6, br)
    s.line(20, 268, 660, 268, 0.6, br)
    s.line(20, 290, 660, 290, 0.6, br)
    s.text(28, 114, f"名        称：{buyer}", 9)
    s.text(28, 130, f"纳税人识别号：{buyer_code}", 9)
    s.text(28, 146, "地 址、电 话：", 9)
    s.text(410, 112, "03*<>6-+81/*9473>+2<61*-70", 8)
    s.text(410, 126, "/92*0-<+38751>>*6-1/21+4+9", 8)
    for x, t in zip(
        [28, 230, 300, 340, 390, 460, 560, 600],
        ["货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"],
        strict=True,
    ):
        s.text(x, 176, t, 8.5, color=br)
    s.text(28, 196, item, 9)
    s.text(300, 196, "项", 9)
    s.text(345, 196, "1", 9)
    s.text(390, 196, f"{amount:.2f}", 9)
    s.text(460, 196, f"{amount:.2f}", 9)
    s.text(565, 196, "6%", 9)
    s.text(600, 196, f"{tax:.2f}", 9)
    s.text(28, 260, "合        计", 9, color=br)
    s.text(460, 260, f"¥{amount:.2f}", 9)
    s.text(600, 260, f"¥{tax:.2f}", 9)
    s.text(28, 283, "价税合计（大写）", 9, color=br)
    s.text(130, 283, "⊗" + capital(total).replace("元", "圆"), 9.5)
    s.text(460, 283, f"（小写）¥{total:.2f}", 9.5)
    s.text(28, 306, f"名        称：{firm.name}", 9)
    s.text(28, 322, f"纳税人识别号：{firm.code}", 9)
    s.text(28, 338, f"地 址、电 话：{firm.address} {firm.phone}"[:48], 8)
    s.text(28, 360, "收款人：", 9)
    s.text(200, 360, "复核：", 9)
    s.text(360, 360, "开票人：", 9)
    s.text(520, 360, "销售方：（章）", 9)
    s.seal(560, 318, ink.seal_png(ink.SealSpec(firm.name, "发票专用章", firm.code, oval=True), rng), d=70)
    fields = {
        "invoice_number": number,
        "issued_on": date,
        "buyer": buyer,
        "seller": firm.name,
        "total_amount": money(total),
    }
    return Paper(doc, "invoice", fields, project_id, "增值税普通发票")
