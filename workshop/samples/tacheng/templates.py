"""Page templates of 塔城 filings: licences, audit reports, contracts, acceptance papers, invoices.

Each template draws on a Painter (born-digital or raster) from plain data and an rng for the
details that vary (clause wording, layout offsets, signer placement). Values a check reads are
drawn with ``mark=`` so that planted edits can find them.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from .draw import Painter, handwriting, qr_image, seal, signature
from .money import capital, figures, wan
from .world import cn_date

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "设备购置费",
    "software_purchase": "软件购置费",
    "other": "其他费用",
}


def stamp(
    p: Painter, rng: random.Random, name: str, cx: float, cy: float, d: float = 118, caption: str = ""
) -> None:
    """Press a round seal centred at (cx, cy), slightly off where the clerk aimed."""
    cx += rng.uniform(-6, 6)
    cy += rng.uniform(-5, 5)
    p.image((cx - d / 2, cy - d / 2, cx + d / 2, cy + d / 2), seal(name, rng, caption))
    p.marks.setdefault("seals", (cx - d / 2, cy - d / 2, cx + d / 2, cy + d / 2))


def ink(p: Painter, img, x: float, y: float, h: float) -> None:
    """Place ink (a signature or handwriting) with its height ``h`` points at (x, y)."""
    w = h * img.width / img.height
    p.image((x, y, x + w, y + h), img)


def hand_date(d: dt.date, rng: random.Random) -> str:
    return rng.choice(
        (
            f"{d.year}.{d.month}.{d.day}",
            f"{d.year}年{d.month}月{d.day}日",
            f"{d.year}.{d.month:02d}.{d.day:02d}",
        )
    )


# ---------------------------------------------------------------- licences


@dataclass
class Licence:
    name: str
    credit_code: str
    reg_no: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    valid_until: dt.date | None  # None: 长期
    address: str
    authority: str
    issued: dt.date
    company_type: str = "有限责任公司(自然人投资或控股)"
    scope: str = (
        "计算机信息系统集成；软件开发；信息技术咨询服务；数据处理和存储支持服务；安全技术防范系统设计施工服务；"
        "计算机软硬件及辅助设备零售；通讯设备销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    )


def licence_new(p: Painter, lic: Licence, rng: random.Random, watermark: bool = False) -> None:
    """The current 营业执照 (副本), landscape, with the credit code and a QR code."""
    W, H = p.size
    p.rect(22, 22, W - 22, H - 22, 2.2)
    p.rect(30, 30, W - 30, H - 30, 0.6)
    p.image((60, 60, 150, 150), qr_image(f"http://www.gsxt.gov.cn/index.html?uniscid={lic.credit_code}", 4))
    p.text(W / 2, 62, "营 业 执 照", 34, "c", color=(0.55, 0.05, 0.05))
    p.text(W / 2, 108, "（副        本）", 14, "c")
    p.text(W - 250, 112, f"副本编号：1-{rng.randint(1, 3)}", 9)
    p.text(170, 150, "统一社会信用代码", 11)
    p.text(170, 166, lic.credit_code, 13, mark="credit_code")
    x0, x1 = 70, 430
    y: float = 205
    rows = [
        ("名        称", lic.name, "company_name"),
        ("类        型", lic.company_type, None),
        ("法定代表人", lic.legal_rep, "legal_representative"),
        ("经 营 范 围", None, None),
    ]
    for label, value, mk in rows:
        p.text(x0, y, label, 11.5)
        if value is not None:
            p.text(x0 + 82, y, value, 11.5, mark=mk)
            y += 30
        else:
            y = p.wrap(x0 + 82, y, lic.scope, 280, 9.5, 1.55) + 6
    y2: float = 205
    until = "长期" if lic.valid_until is None else cn_date(lic.valid_until)
    for label, value, mk in (
        ("注 册 资 本", f"{capital(lic.capital).replace('元整', '')}元整", "registered_capital"),
        ("成 立 日 期", cn_date(lic.established), "established_on"),
        ("营 业 期 限", f"{cn_date(lic.established)}至{until}", "valid_until"),
        ("住        所", None, None),
    ):
        p.text(x1 + 20, y2, label, 11.5)
        if value is not None:
            p.text(x1 + 102, y2, value, 11.5, mark=mk)
            y2 += 30
        else:
            y2 = p.wrap(x1 + 102, y2, lic.address, 230, 11, 1.5)
    p.text(W - 250, H - 150, "登 记 机 关", 12)
    stamp(p, rng, lic.authority, W - 140, H - 120, 110)
    p.text(W - 250, H - 80, cn_date(lic.issued), 12)
    p.text(60, H - 62, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8.5)
    p.text(W - 330, H - 62, "国家市场监督管理总局监制", 8.5)
    if watermark:
        for x, y in ((250, 380), (560, 130)):
            p.text(x, y, "仅供资质年检使用", 24, color=(0.72, 0.72, 0.76))


def licence_old(p: Painter, lic: Licence, rng: random.Random) -> None:
    """An old 企业法人营业执照 (副本) with a 15-digit 注册号 and no credit code, portrait."""
    W, H = p.size
    p.rect(30, 30, W - 30, H - 30, 1.8)
    p.text(W / 2, 80, "企业法人营业执照", 28, "c", color=(0.5, 0.05, 0.05))
    p.text(W / 2, 122, "（副  本）", 14, "c")
    p.text(W - 250, 160, f"注册号  {lic.reg_no}", 11)
    y: float = 210
    until = "长期" if lic.valid_until is None else cn_date(lic.valid_until)
    for label, value in (
        ("名称", lic.name),
        ("住所", lic.address),
        ("法定代表人姓名", lic.legal_rep),
        ("注册资本", f"{capital(lic.capital).replace('元整', '')}元"),
        ("实收资本", f"{capital(lic.capital).replace('元整', '')}元"),
        ("公司类型", lic.company_type),
        ("经营范围", None),
    ):
        p.text(80, y, label, 11.5)
        if value is None:
            y = p.wrap(190, y, lic.scope, 320, 10, 1.6) + 8
        else:
            p.text(190, y, value, 11.5)
            y += 32
    p.text(80, y, "成立日期", 11.5)
    p.text(190, y, cn_date(lic.established, pad=False), 11.5)
    p.text(80, y + 32, "营业期限", 11.5)
    p.text(190, y + 32, f"{cn_date(lic.established, pad=False)}至{until}", 11.5)
    p.text(W - 230, H - 170, "登记机关", 12)
    stamp(p, rng, lic.authority, W - 150, H - 140, 110)
    p.text(W - 230, H - 110, cn_date(lic.issued, pad=False), 12)
    p.text(80, H - 80, "提示：每年1月1日至6月30日通过企业信用信息公示系统报送上一年度年度报告并公示。", 8.5)


# ------------------------------------------------------------ audit report


@dataclass
class Audit:
    company: str
    firm: str
    number: str
    year: int
    signed: dt.date
    cpas: tuple[str, str]
    revenue: Decimal  # the declaring company's own revenue (母公司 column when consolidated)
    profit: Decimal
    si_revenue: Decimal
    prev_revenue: Decimal
    prev_profit: Decimal
    consolidated: bool = False
    group_revenue: Decimal = Decimal(0)
    group_profit: Decimal = Decimal(0)
    unit: str = "元"  # or 千元
    rows: dict = field(default_factory=dict)


def audit_opinion(p: Painter, au: Audit, rng: random.Random) -> None:
    W, _ = p.size
    p.text(W / 2, 70, "审 计 报 告", 22, "c")
    p.text(W - 70, 110, au.number, 10.5, "r", mark="report_number")
    p.text(70, 140, f"{au.company}全体股东：", 11)
    what = "合并及母公司资产负债表，" if au.consolidated else "资产负债表，"
    paras = [
        "一、审计意见",
        f"    我们审计了{au.company}（以下简称贵公司）财务报表，包括{au.year}年12月31日的{what}"
        f"{au.year}年度的{'合并及母公司' if au.consolidated else ''}利润表、现金流量表、所有者权益变动表以及相关财务报表附注。",
        f"    我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{au.year}年12月31日的"
        f"{'合并及母公司' if au.consolidated else ''}财务状况以及{au.year}年度的经营成果和现金流量。",
        "二、形成审计意见的基础",
        "    我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
        "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
        "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        "三、管理层和治理层对财务报表的责任",
        "    贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
        "以使财务报表不存在由于舞弊或错误导致的重大错报。",
    ]
    y: float = 170
    for t in paras:
        y = p.wrap(70, y, t, W - 140, 10.5, 1.75) + 4
    y += 30
    p.text(70, y, au.firm, 11, mark="audit_firm")
    p.text(W - 230, y, "中国注册会计师：", 11)
    ink(p, signature(au.cpas[0], rng), W - 140, y - 8, 26)
    p.text(W - 230, y + 40, "中国注册会计师：", 11)
    ink(p, signature(au.cpas[1], rng), W - 140, y + 32, 26)
    stamp(p, rng, au.firm, 150, y + 10, 120)
    p.text(70, y + 90, "中国·塔城", 11)
    p.text(W - 230, y + 90, cn_date(au.signed), 11)


def _statement_rows(rng: random.Random, revenue: Decimal, profit: Decimal) -> list[tuple[str, Decimal]]:
    q = Decimal("0.01")
    total = (profit * Decimal(str(round(rng.uniform(1.12, 1.3), 3)))).quantize(q)
    o_in = (revenue * Decimal(str(round(rng.uniform(0.0005, 0.003), 5)))).quantize(q)
    o_out = (revenue * Decimal(str(round(rng.uniform(0.0002, 0.001), 5)))).quantize(q)
    op = total - o_in + o_out
    grant = (revenue * Decimal(str(round(rng.uniform(0.002, 0.01), 4)))).quantize(q)
    costs = revenue + grant - op
    parts = {}
    left = costs
    for k, share in (
        ("营业成本", 0.76),
        ("税金及附加", 0.012),
        ("销售费用", 0.05),
        ("管理费用", 0.09),
        ("研发费用", 0.06),
    ):
        parts[k] = (costs * Decimal(str(round(share * rng.uniform(0.9, 1.08), 4)))).quantize(q)
        left -= parts[k]
    parts["财务费用"] = left
    return [
        ("一、营业收入", revenue),
        ("    减：营业成本", parts["营业成本"]),
        ("        税金及附加", parts["税金及附加"]),
        ("        销售费用", parts["销售费用"]),
        ("        管理费用", parts["管理费用"]),
        ("        研发费用", parts["研发费用"]),
        ("        财务费用", parts["财务费用"]),
        ("    加：其他收益", grant),
        ("二、营业利润", op),
        ("    加：营业外收入", o_in),
        ("    减：营业外支出", o_out),
        ("三、利润总额", total),
        ("    减：所得税费用", total - profit),
        ("四、净利润", profit),
    ]


def unit_fmt(v: Decimal, unit: str) -> str:
    return figures(v / 1000) if unit == "千元" else figures(v)


def income_statement(p: Painter, au: Audit, rng: random.Random) -> None:
    """利润表 with 本期/上期 columns (and 合并/母公司 pairs when consolidated), plus the revenue note."""
    W, _ = p.size
    p.text(W / 2, 60, "利 润 表", 20, "c")
    p.text(W - 60, 92, "会企02表", 9, "r")
    p.text(50, 108, f"编制单位：{au.company}", 9.5)
    p.text(W / 2 + 40, 108, f"{au.year}年度", 9.5)
    p.text(W - 50, 108, f"单位：人民币{au.unit}", 9.5, "r")
    own = _statement_rows(rng, au.revenue, au.profit)
    prev = _statement_rows(rng, au.prev_revenue, au.prev_profit)
    cols: list[tuple[str, list[tuple[str, Decimal]]]]
    if au.consolidated:
        grp = _statement_rows(rng, au.group_revenue, au.group_profit)
        grp_prev = _statement_rows(
            rng,
            (au.prev_revenue * Decimal("1.21")).quantize(Decimal("0.01")),
            (au.prev_profit * Decimal("1.17")).quantize(Decimal("0.01")),
        )
        cols = [
            ("本期金额（合并）", grp),
            ("本期金额（母公司）", own),
            ("上期金额（合并）", grp_prev),
            ("上期金额（母公司）", prev),
        ]
        widths = [150.0, 92.0, 92.0, 92.0, 92.0]
        size = 8.2
    else:
        cols = [("本期金额", own), ("上期金额", prev)]
        widths = [235.0, 130.0, 130.0]
        size = 9.5
    x0, y0, rh = 50.0, 126.0, 21.0
    n = len(own) + 1
    p.grid(x0, y0, widths, [rh] * n)
    p.text(x0 + widths[0] / 2, y0 + 5, "项    目", size, "c")
    for j, (head, _) in enumerate(cols):
        cx = x0 + sum(widths[: j + 1]) + widths[j + 1] / 2
        p.text(cx, y0 + 5, head, size, "c")
    for i, (label, _) in enumerate(own):
        y = y0 + rh * (i + 1) + 5
        p.text(x0 + 4, y, label.strip() if au.consolidated else label, size)
        for j, (_, rows) in enumerate(cols):
            xr = x0 + sum(widths[: j + 2]) - 4
            key = None
            if rows is own and i == 0:
                key = "operating_revenue"
            elif rows is own and i == len(own) - 1:
                key = "net_profit"
            p.text(xr, y, unit_fmt(rows[i][1], au.unit), size, "r", mark=key)
    au.rows = {"own": own, "prev": prev}
    y = y0 + rh * n + 30
    head = "营业收入按业务类别列示" + ("（母公司）" if au.consolidated else "")
    p.text(50, y, f"附注：{head}", 10)
    y += 20
    other_it = ((au.revenue - au.si_revenue) * Decimal("0.7")).quantize(Decimal("0.01"))
    non_it = au.revenue - au.si_revenue - other_it
    items = [
        ("系统集成收入", au.si_revenue),
        ("其他IT类收入", other_it),
        ("非IT类收入", non_it),
        ("合    计", au.revenue),
    ]
    p.grid(50, y, [200, 150], [20] * (len(items) + 1))
    p.text(150, y + 4, "类    别", 9.5, "c")
    p.text(325, y + 4, f"本期金额（{au.unit}）", 9.5, "c")
    for i, (label, v) in enumerate(items):
        p.text(56, y + 20 * (i + 1) + 4, label, 9.5)
        p.text(
            396, y + 20 * (i + 1) + 4, unit_fmt(v, au.unit), 9.5, "r", mark="si_revenue" if i == 0 else None
        )
    y += 20 * (len(items) + 1) + 30
    p.text(50, y, "法定代表人：", 9.5)
    p.text(230, y, "主管会计工作负责人：", 9.5)
    p.text(420, y, "会计机构负责人：", 9.5)


# ----------------------------------------------------------------- contracts


@dataclass
class Contract:
    kind: str  # "gov" 政府采购合同, "service" 技术服务合同, "build" 建设合同, "quote" 报价清单
    project: str
    number: str
    party_a: str
    party_b: str
    amount: Decimal
    words: str  # capital numerals exactly as printed
    signed: dt.date
    place: str
    a_rep: str
    b_rep: str
    fees: dict[str, Decimal] = field(default_factory=dict)
    fee_style: str = ""  # "", "table", "prose", "quote"
    amount_style: str = "yuan"  # "yuan" or "wan4" (万元 with four decimals)
    seal_a: bool = True
    seal_b: bool = True
    seal_b_name: str = ""
    pay: tuple[int, int, int] = (30, 60, 10)
    split_a: int = 0  # where party A's name wraps in the form cell (0: no wrap)


def _amount_sentence(c: Contract) -> str:
    if c.amount_style == "wan4":
        return f"本合同总金额为人民币{wan(c.amount)}万元（大写：人民币{c.words}）。"
    return f"本合同总金额为人民币（大写）{c.words}（¥{figures(c.amount)}元）。"


def contract_body(p: Painter, c: Contract, rng: random.Random, one_page: bool = False) -> None:
    W, _ = p.size
    title = {
        "gov": "政府采购合同",
        "service": "技术服务合同",
        "build": "信息化建设项目合同书",
        "quote": "系统集成项目合同",
    }[c.kind]
    p.text(W / 2, 60, title, 22, "c")
    p.text(W - 70, 100, f"合同编号：{c.number}", 10, "r", mark="contract_number")
    y: float = 124
    p.text(70, y, f"项目名称：{c.project}", 11, mark="project_name")
    y += 28
    if c.kind == "gov":
        widths, hs = [70.0, 75.0, 310.0], [22.0] * 6
        p.grid(70, y, widths, hs)
        rows = [
            ("采购人", "名    称", c.party_a),
            ("", "地    址", f"新疆塔城地区{c.place}"),
            ("", "联 系 人", c.a_rep),
            ("供应商", "名    称", c.party_b),
            ("", "地    址", f"新疆塔城地区{c.place}"),
            ("", "联 系 人", c.b_rep),
        ]
        for i, (g, k, v) in enumerate(rows):
            if g:
                p.text(105, y + 22 * i + 26, f"{g}", 10.5, "c")
            p.text(182, y + 22 * i + 5, k, 10.5, "c")
            p.text(
                225, y + 22 * i + 5, v, 10.5, mark=("party_a" if i == 0 else "party_b" if i == 3 else None)
            )
        y += 22 * 6 + 16
        p.text(
            70,
            y,
            "根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目采购文件，经双方协商一致，签订本合同。",
            10,
        )
        y += 24
        p.text(70, y, "一、合同总价", 11)
        y += 22
        p.text(90, y, f"合同总价：小写 ¥{figures(c.amount)}", 11, mark="amount")
        y += 20
        p.text(90, y, f"大写 人民币{c.words}", 11, mark="words")
        y += 20
        p.text(90, y, "合同总价包括货物、安装调试、培训、税费及质保期内服务等全部费用。", 10)
        y += 26
    else:
        a_lab, b_lab = (
            ("委托方（甲方）", "受托方（乙方）")
            if c.kind == "service"
            else ("甲方（发包人）", "乙方（承包人）")
        )
        p.text(70, y, f"{a_lab}：{c.party_a}", 11, mark="party_a")
        p.text(70, y + 22, f"{b_lab}：{c.party_b}", 11, mark="party_b")
        y += 56
        y = (
            p.wrap(
                70,
                y,
                "依据《中华人民共和国民法典》及有关法律法规，遵循平等、自愿、公平和诚实信用的原则，双方就本项目的实施事项协商一致，订立本合同。",
                W - 140,
                10,
                1.7,
            )
            + 8
        )
        p.text(70, y, "第一条  项目内容", 11)
        y += 22
        y = (
            p.wrap(
                90,
                y,
                f"乙方负责{c.project}的方案设计、软硬件供货、安装调试、系统集成、培训及售后服务，具体内容以技术要求为准。",
                W - 160,
                10,
                1.7,
            )
            + 6
        )
        p.text(70, y, "第二条  合同金额", 11)
        y += 22
        if c.fee_style == "quote":
            y = p.wrap(
                90,
                y,
                "本合同总金额详见附件一《分项报价表》，分项报价表合计金额即为合同总价，含税及乙方完成本项目的全部费用。",
                W - 160,
                10.5,
                1.7,
            )
            p.marks["amount"] = p.runs[-1].bbox
        else:
            p.text(90, y, _amount_sentence(c), 10.5, mark="amount")
            p.marks["words"] = p.marks["amount"]
            y += 20
            if c.fee_style == "prose":
                parts = [f"{FEE_LABELS[k]}{figures(v)}元" for k, v in c.fees.items()]
                y = p.wrap(90, y, "其中：" + "，".join(parts) + "。", W - 160, 10.5, 1.7)
                p.marks["fees"] = p.runs[-1].bbox
        y += 8
    if c.fee_style == "table":
        p.text(70, y, "合同价款构成：", 10.5)
        y += 20
        items = list(c.fees.items())
        p.grid(90, y, [60, 200, 150], [20] * (len(items) + 2))
        for j, h in enumerate(("序号", "费用名称", "金额（元）")):
            p.text((120, 250, 425)[j], y + 4, h, 10, "c")
        for i, (fee, val) in enumerate(items):
            yy = y + 20 * (i + 1) + 4
            p.text(120, yy, str(i + 1), 10, "c")
            p.text(160, yy, FEE_LABELS[fee], 10)
            p.text(495, yy, figures(val), 10, "r")
        yy = y + 20 * (len(items) + 1) + 4
        p.text(160, yy, "合    计", 10)
        p.text(495, yy, figures(c.amount), 10, "r")
        p.marks["fees"] = (90, y, 500, yy + 16)
        y += 20 * (len(items) + 2) + 14
    p.text(70, y, "第三条  付款方式" if c.kind != "gov" else "二、付款方式", 11)
    y += 22
    a, b, r = c.pay
    y = (
        p.wrap(
            90,
            y,
            f"合同签订后支付合同总价的{a}%；项目验收合格后支付{b}%；余款{r}%作为质保金，质保期满无质量问题后一次性付清。",
            W - 160,
            10,
            1.7,
        )
        + 6
    )
    if not one_page:
        p.text(70, y, "第四条  履行期限", 11)
        y += 22
        y = p.wrap(
            90,
            y,
            "乙方应于合同签订之日起90日历天内完成项目实施并提请甲方验收。甲方组织验收，验收合格后出具验收报告。",
            W - 160,
            10,
            1.7,
        )
        p.text(W / 2, 800, "第 1 页 共 2 页", 9, "c")
    else:
        signatures(p, c, rng, y + 14)


def signatures(p: Painter, c: Contract, rng: random.Random, y: float | None = None) -> None:
    """The signing block: seals pressed half over the signer's name, a handwritten date beside."""
    W, _ = p.size
    if y is None:
        y = 70
        for t in (
            "第五条  质量保证  乙方保证所提供的设备为原厂全新正品，系统质保期为验收合格之日起叁年。",
            "第六条  违约责任  任何一方违反本合同约定，应向对方支付合同总价5%的违约金；造成损失的，另行赔偿。",
            "第七条  争议解决  因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。",
            "第八条  其他  本合同一式陆份，甲方肆份，乙方贰份，自双方签字盖章之日起生效。",
        ):
            y = p.wrap(70, y, t, W - 140, 10.5, 1.8) + 8
        y += 20
    a_lab, b_lab = {
        "gov": ("采购人（盖章）", "供应商（盖章）"),
        "service": ("委托方（盖章）", "受托方（盖章）"),
    }.get(c.kind, ("甲方（盖章）", "乙方（盖章）"))
    xa, xb = 70, 320
    for x, lab, name, rep, sealed, seal_name in (
        (xa, a_lab, c.party_a, c.a_rep, c.seal_a, c.party_a),
        (xb, b_lab, c.party_b, c.b_rep, c.seal_b, c.seal_b_name or c.party_b),
    ):
        p.text(x, y, lab + "：", 10.5)
        yy = p.wrap(x, y + 18, name, 210, 10.5, 1.5)
        p.text(x, yy + 14, "法定代表人或授权代表（签字）：", 10)
        ink(p, signature(rep, rng), x + 40, yy + 30, 24)
        p.text(x, yy + 64, "签订日期：", 10)
        ink(p, handwriting(hand_date(c.signed, rng), rng), x + 52, yy + 58, 20)
        if sealed:
            stamp(p, rng, seal_name, x + 105, yy + 22, 112, caption="合同专用章")
    p.marks["signed"] = (xa, y, W - 60, y + 140)
    p.text(70, y + 150, f"签订地点：新疆塔城地区{c.place}", 10)


def contract_signature_page(p: Painter, c: Contract, rng: random.Random) -> None:
    signatures(p, c, rng)
    p.text(p.size[0] / 2, 800, "第 2 页 共 2 页", 9, "c")


def quote_list(p: Painter, c: Contract, rng: random.Random) -> None:
    """附件一 分项报价表: one row per fee with a 合计 row carrying figures and capital numerals."""
    W, _ = p.size
    p.text(70, 60, "附件一", 11)
    p.text(W / 2, 84, "分项报价表", 18, "c")
    p.text(70, 116, f"项目名称：{c.project}", 10.5)
    p.text(W - 70, 136, "单位：元", 10, "r")
    items = list(c.fees.items())
    widths = [40.0, 190.0, 60.0, 60.0, 105.0]
    y = 152.0
    p.grid(70, y, widths, [22] * (len(items) + 2))
    for j, h in enumerate(("序号", "分项名称", "数量", "单位", "金额")):
        p.text(70 + sum(widths[:j]) + widths[j] / 2, y + 5, h, 10, "c")
    for i, (k, v) in enumerate(items):
        yy = y + 22 * (i + 1) + 5
        p.text(90, yy, str(i + 1), 10, "c")
        p.text(116, yy, FEE_LABELS[k].removesuffix("费") + rng.choice(("", "服务", "")), 10)
        p.text(330, yy, "1", 10, "c")
        p.text(390, yy, "项", 10, "c")
        p.text(70 + sum(widths) - 5, yy, figures(v), 10, "r")
    yy = y + 22 * (len(items) + 1) + 5
    p.text(116, yy, "合计", 10.5)
    p.text(70 + sum(widths) - 5, yy, figures(c.amount), 10.5, "r", mark="amount")
    y = yy + 34
    p.text(70, y, f"合计金额（大写）：人民币{c.words}", 10.5, mark="words")
    p.text(W - 250, y + 60, "供应商（盖章）：", 10.5)
    stamp(p, rng, c.party_b, W - 140, y + 70, 110)
    p.text(W - 250, y + 100, cn_date(c.signed), 10.5)


# ----------------------------------------------------------- acceptance papers


@dataclass
class Acceptance:
    title: str  # 项目验收报告, 初步验收报告, 终验报告
    project: str
    party_a: str
    party_b: str
    date: dt.date
    conclusion: str  # 验收合格, 同意通过验收, 不予通过 ...
    opinion: str
    experts: list[tuple[str, str, str]]
    number: str = ""
    sealed: bool = True
    place: str = ""
    third_party: str = ""
    wrap_b: bool = False  # 承建单位 wraps across two lines in its cell


def acceptance(p: Painter, a: Acceptance, rng: random.Random) -> None:
    W, _ = p.size
    p.text(W / 2, 58, a.title, 20, "c")
    x0, wl, wv = 60.0, 95.0, 380.0
    y = 96.0
    rows: list[tuple[str, list[str], str | None]] = [
        ("项目名称", [a.project], "project_name"),
        ("建设单位", [a.party_a], "party_a"),
    ]
    if a.wrap_b:
        cut = len(a.party_b) - rng.randint(4, 6)
        rows.append(("承建单位", [a.party_b[:cut], a.party_b[cut:]], "party_b"))
    else:
        rows.append(("承建单位", [a.party_b], "party_b"))
    if a.number:
        rows.append(("合同编号", [a.number], None))
    if a.third_party:
        rows.append(("监理单位", [a.third_party], None))
    rows += [("验收时间", [cn_date(a.date)], "accepted_on"), ("验收地点", [f"{a.party_a}会议室"], None)]
    for label, lines, mk in rows:
        h = 24.0 * len(lines)
        p.grid(x0, y, [wl, wv], [h])
        p.text(x0 + wl / 2, y + (h - 11) / 2, label, 10.5, "c")
        for i, ln in enumerate(lines):
            p.text(x0 + wl + 8, y + 6 + 24 * i, ln, 10.5)
        if mk:
            p.marks[mk] = (x0 + wl, y, x0 + wl + wv, y + h)
        y += h
    # opinion
    p.grid(x0, y, [wl, wv], [150])
    p.text(x0 + wl / 2, y + 68, "验收意见", 10.5, "c")
    yy = p.wrap(x0 + wl + 8, y + 8, a.opinion, wv - 16, 10, 1.65)
    p.text(x0 + wl + 8, max(yy + 4, y + 118), f"验收结论：{a.conclusion}", 11, mark="conclusion")
    y += 150
    # experts
    p.grid(x0, y, [wl, wv], [24])
    p.text(x0 + wl / 2, y + 6, "验收专家组", 10.5, "c")
    p.text(x0 + wl + 8, y + 6, "（签字）", 10)
    y += 24
    ew = [wl, 70.0, 170.0, 70.0, 70.0]
    p.grid(x0, y, ew, [22] * (len(a.experts) + 1))
    for j, head in enumerate(("组内职务", "姓名", "工作单位", "职称", "签字")):
        p.text(x0 + sum(ew[:j]) + ew[j] / 2, y + 5, head, 10, "c")
    for i, (name, unit, rank) in enumerate(a.experts):
        yy = y + 22 * (i + 1) + 5
        p.text(x0 + ew[0] / 2, yy, "组长" if i == 0 else "成员", 10, "c")
        p.text(
            x0 + ew[0] + ew[1] / 2,
            yy,
            name if len(name) <= 5 else name.split("·")[0] + "·",
            9.5 if len(name) > 5 else 10,
            "c",
        )
        p.text(x0 + ew[0] + ew[1] + 4, yy, unit, 9)
        p.text(x0 + sum(ew[:3]) + ew[3] / 2, yy, rank, 9.5, "c")
        ink(p, signature(name.split("·")[0], rng, 60), x0 + sum(ew[:4]) + 6, yy - 6, 17)
    y += 22 * (len(a.experts) + 1) + 28
    p.text(x0, y, "建设单位（盖章）", 10.5)
    p.text(x0 + 270, y, "承建单位（盖章）", 10.5)
    p.text(x0, y + 30, "负责人：", 10)
    p.text(x0 + 270, y + 30, "负责人：", 10)
    ink(p, signature(rng.choice(("李", "王", "马", "努")) + "建", rng), x0 + 42, y + 22, 22)
    ink(p, signature(rng.choice(("张", "陈", "赵")) + "明", rng), x0 + 312, y + 22, 22)
    ink(p, handwriting(hand_date(a.date, rng), rng), x0 + 10, y + 54, 20)
    ink(p, handwriting(hand_date(a.date, rng), rng), x0 + 280, y + 54, 20)
    if a.sealed:
        stamp(p, rng, a.party_a, x0 + 70, y + 30, 112)
        stamp(p, rng, a.party_b, x0 + 340, y + 30, 112)
    p.marks["seal_area"] = (x0, y, W - 40, y + 90)


@dataclass
class TrialRun:
    project: str
    party_a: str
    party_b: str
    start: dt.date
    end: dt.date


def trial_run(p: Painter, t: TrialRun, rng: random.Random) -> None:
    """试运行报告: not an acceptance report, though it speaks of readiness for acceptance."""
    W, _ = p.size
    p.text(W / 2, 64, "系统试运行报告", 20, "c")
    y: float = 110
    for s in (
        f"项目名称：{t.project}",
        f"建设单位：{t.party_a}",
        f"承建单位：{t.party_b}",
        f"试运行期间：{cn_date(t.start)}至{cn_date(t.end)}",
    ):
        p.text(70, y, s, 11)
        y += 26
    y += 10
    for s in (
        "一、试运行情况",
        f"    系统自{cn_date(t.start)}起上线试运行，期间各子系统运行稳定，累计处理业务数据{rng.randint(12, 90)}万余条，"
        f"发生一般性故障{rng.randint(1, 4)}次，均在规定时间内排除，未发生数据丢失。",
        "二、存在问题及处理",
        "    试运行期间用户提出的界面优化及报表格式调整意见，承建单位已全部完成修改。",
        "三、试运行结论",
        "    系统试运行情况良好，功能和性能满足合同及技术规范要求，具备组织验收的条件，建议建设单位尽快组织验收。",
    ):
        y = p.wrap(70, y, s, W - 140, 10.5, 1.8) + 6
    y += 30
    p.text(70, y, "承建单位（盖章）：", 10.5)
    stamp(p, rng, t.party_b, 180, y + 8, 110)
    p.text(70, y + 60, cn_date(t.end), 10.5)
    p.text(330, y, "建设单位意见：情况属实。", 10.5)
    ink(p, signature("王", rng), 400, y + 24, 22)


# ----------------------------------------------------------------- invoices


@dataclass
class Invoice:
    number: str
    issued: dt.date
    buyer: str
    buyer_code: str
    seller: str
    seller_code: str
    item: str
    total: Decimal
    rate: int = 6
    clerk: str = ""

    @property
    def net(self) -> Decimal:
        return (self.total / (1 + Decimal(self.rate) / 100)).quantize(Decimal("0.01"))

    @property
    def tax(self) -> Decimal:
        return self.total - self.net

    @property
    def qr(self) -> str:
        return f"01,32,,{self.number},{self.net:.2f},{self.issued:%Y%m%d},,{sum(int(ch) * (i + 3) for i, ch in enumerate(self.number)) % 65536:04X},"


INVOICE_SIZE = (595.0, 397.0)


def invoice(p: Painter, inv: Invoice, rng: random.Random) -> None:
    """电子发票（增值税专用发票）, the 数电票 layout, with its QR code."""
    W, H = p.size
    p.image((28, 18, 88, 78), qr_image(inv.qr, 3))
    p.text(W / 2 - 30, 26, "电子发票（增值税专用发票）", 15, "c", color=(0.55, 0.1, 0.05))
    p.line(W / 2 - 130, 48, W / 2 + 70, 48, 0.8)
    p.line(W / 2 - 130, 51, W / 2 + 70, 51, 0.8)
    p.text(W - 205, 24, f"发票号码：{inv.number}", 8.5, mark="invoice_number")
    p.text(W - 205, 42, f"开票日期：{cn_date(inv.issued)}", 8.5, mark="issued_on")
    x0, x1, y0 = 28.0, W - 28, 84.0
    p.rect(x0, y0, x1, H - 40, 0.8)
    mid = W / 2
    p.line(mid, y0, mid, y0 + 60, 0.8)
    p.line(x0, y0 + 60, x1, y0 + 60, 0.8)
    p.text(x0 + 6, y0 + 6, "购买方信息", 8.5)
    p.text(x0 + 6, y0 + 22, f"名称：{inv.buyer}", 8.5, mark="buyer")
    p.text(x0 + 6, y0 + 40, f"统一社会信用代码/纳税人识别号：{inv.buyer_code}", 7.5)
    p.text(mid + 6, y0 + 6, "销售方信息", 8.5)
    p.text(mid + 6, y0 + 22, f"名称：{inv.seller}", 8.5, mark="seller")
    p.text(mid + 6, y0 + 40, f"统一社会信用代码/纳税人识别号：{inv.seller_code}", 7.5)
    y = y0 + 66
    heads = (
        ("项目名称", 34),
        ("规格型号", 170),
        ("单位", 230),
        ("数量", 268),
        ("单价", 320),
        ("金额", 400),
        ("税率/征收率", 440),
        ("税额", 520),
    )
    for h, x in heads:
        p.text(x, y, h, 8)
    y += 18
    p.text(34, y, inv.item, 8)
    p.text(230, y, "项", 8)
    p.text(272, y, "1", 8)
    p.text(355, y, f"{inv.net:.2f}", 8, "r")
    p.text(430, y, f"{inv.net:.2f}", 8, "r")
    p.text(450, y, f"{inv.rate}%", 8)
    p.text(560, y, f"{inv.tax:.2f}", 8, "r")
    y = H - 110
    p.line(x0, y, x1, y, 0.6)
    p.text(34, y + 5, "合        计", 8.5)
    p.text(430, y + 5, f"¥{inv.net:.2f}", 8.5, "r")
    p.text(560, y + 5, f"¥{inv.tax:.2f}", 8.5, "r")
    p.line(x0, y + 22, x1, y + 22, 0.6)
    p.text(34, y + 28, "价税合计（大写）", 8.5)
    p.text(120, y + 28, f"⊗{capital(inv.total)}", 9)
    p.text(400, y + 28, f"（小写）¥{inv.total:.2f}", 9, mark="total_amount")
    p.line(x0, y + 46, x1, y + 46, 0.6)
    p.text(34, y + 52, "备注", 8.5)
    p.text(W - 160, H - 32, f"开票人：{inv.clerk}", 8.5)
