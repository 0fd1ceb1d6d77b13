"""The papers as sheets: contract, acceptance report, 数电票, licence 副本, audit report."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from . import paint as P
from .deals import FEE_KEYS, Books, Deal, Invoice
from .paint import GREY, RED, Sheet, pad_row, spaced, width
from .world import Firm, Org, capital, date_cn, date_upper, figures, fullwidth, q2

L, R = 64.0, 531.0  # text block of an A4 page


@dataclass
class Style:
    letterspace: bool = False  # 甲 方 / 合 同 金 额 with real spaces
    fullwidth: bool = False  # ￥１，２３４．００ and ２０２４年３月５日
    dates: str = "cn"  # cn | pad | upper
    header: bool = True
    watermark: str = ""
    table: bool = True
    title: str = "信息系统集成项目合同"
    spread_names: bool = (
        False  # the cover's party names spread over the line with spaces (分散对齐 typed out)
    )


def money(v: Decimal, st: Style) -> str:
    s = figures(v)
    return fullwidth(s) if st.fullwidth else s


def day(d: dt.date, st: Style) -> str:
    if st.dates == "upper":
        return date_upper(d)
    s = date_cn(d, pad=st.dates == "pad")
    return fullwidth(s) if st.fullwidth else s


def label(s: str, st: Style, to: int = 4) -> str:
    """A label as the template types it: letter-spaced to the width of ``to`` characters, or plain."""
    if not st.letterspace:
        return s
    if len(s) >= to:
        return spaced(s)
    gaps = len(s) - 1
    n = round((to - len(s)) / 0.2617 / max(gaps, 1))
    return (" " * n).join(s)


def _frame(sh: Sheet, st: Style, left: str, right: str, n: int, total: int) -> None:
    if st.header:
        sh.header(left, right)
        sh.footer(f"第 {n} 页 共 {total} 页")
    if st.watermark:
        sh.watermark(st.watermark, size=34, angle=33, rows=3)


# -- contract ------------------------------------------------------------------------------------


def _party_block(sh: Sheet, y: float, role: str, org: Org, st: Style, agent: str) -> float:
    sh.text(L, y, f"{label(role, st, 2)}：{org.name}", 10.5, role="title")
    y += 19
    for lab, val in (
        ("统一社会信用代码", org.code),
        ("住所地", org.address),
        ("法定代表人", org.rep),
        ("项目联系人", f"{agent}    联系电话：{org.phone}"),
    ):
        y = sh.para(L + 21, y, R - L - 21, f"{lab}：{val}", 10, lead=1.6, indent=False)
    return y + 4


def contract(deal: Deal, firm: Firm, st: Style, rng: random.Random, cover: bool = True) -> list[Sheet]:
    """Cover (optional), body with price (and breakdown), clause pages in two columns, signature page."""
    pages: list[Sheet] = []
    a, b = deal.client, deal.party_b
    head_left = f"{b.name}" if rng.random() < 0.5 else f"合同编号：{deal.number}"
    head_right = deal.name if len(deal.name) < 28 else "项目合同"
    if cover:
        c = Sheet()
        c.right(R, 90, f"{label('合同编号', st)}：{deal.number}", 10.5)
        c.center(
            297.5,
            250,
            spaced(st.title) if st.letterspace or rng.random() < 0.5 else st.title,
            24,
            role="title",
            bold=True,
        )
        c.center(297.5, 300, f"（{deal.name}）", 13, role="title")
        y = 450.0
        for lab, val in (
            ("甲方", a.name),
            ("乙方", b.name),
            ("签订地点", deal.place),
            ("签订日期", day(deal.signed, st)),
        ):
            c.text(130, y, f"{label(lab, st)}：", 13, role="title")
            if st.spread_names and lab in ("甲方", "乙方"):
                val = spaced(val)
            c.text(130 + width(f"{label('签订地点', st)}：", 13) + 6, y, val, 13)
            c.hline(130 + width(f"{label('签订地点', st)}：", 13), 470, y + 4, 0.5)
            y += 40
        if st.watermark:
            c.watermark(st.watermark, size=34, angle=33, rows=3)
        pages.append(c)

    # body: parties, 第一条, 第二条 with price and breakdown
    s = Sheet()
    y = 78.0
    if not cover:
        s.right(R, y, f"合同编号：{deal.number}", 9.5)
        y += 34
        s.center(297.5, y, spaced(st.title) if st.letterspace else st.title, 18, role="title", bold=True)
        y += 34
    y = _party_block(s, y, "甲方（采购人）" if not st.letterspace else "甲方", a, st, deal.agent_a)
    y = _party_block(s, y, "乙方（供应商）" if not st.letterspace else "乙方", b, st, deal.agent_b)
    y = s.para(
        L,
        y + 6,
        R - L,
        f"根据《中华人民共和国民法典》及有关法律法规的规定，甲乙双方本着平等自愿、诚实信用的原则，就{deal.name}（以下简称“本项目”）"
        "的建设事宜，经友好协商，订立本合同，以资共同遵守。",
        10.5,
    )
    y += 4
    s.text(L, y, "第一条  项目概况", 11, role="title")
    y += 20
    for line in (
        f"1. 项目名称：{deal.name}。",
        f"2. 实施地点：{deal.location}（{a.name}指定地点）。",
        f"3. 建设内容：{_scope(deal)}",
        f"4. 建设工期：自合同签订之日起{deal.days}日历天内完成全部建设内容并提请验收。",
    ):
        y = s.para(L + 21, y, R - L - 21, line, 10.5, indent=False)
    y += 4
    s.text(L, y, "第二条  合同价款", 11, role="title")
    y += 20
    yuan = "元"
    y = s.para(
        L + 21,
        y,
        R - L - 21,
        f"1. 本合同总价为人民币（大写）{capital(deal.amount)}（小写：￥{money(deal.amount, st)}{yuan}）。"
        "该价款为含税价，已包含设备、材料、运输、安装、调试、培训、税费及质保期内的服务等全部费用。",
        10.5,
        indent=False,
    )
    if st.table and deal.table:
        y = s.para(L + 21, y, R - L - 21, "2. 合同价款构成如下（单位：元）：", 10.5, indent=False)
        y = fee_table(s, deal, st, y + 2)
    else:
        y = s.para(
            L + 21,
            y,
            R - L - 21,
            "2. 合同履行期间，除甲方书面变更建设内容外，合同总价不作调整。",
            10.5,
            indent=False,
        )
    pages.append(s)

    # clauses in two columns
    paras = _clauses(deal, st, rng)
    while paras:
        cp = Sheet()
        cols = [(L, 64, 290, 790), (305, 64, R, 790)]
        texts, paras = P.flow(cols, paras, 9.5)
        cp.texts.extend(texts)
        cp.vline(297.5, 64, 790, 0.3)
        pages.append(cp)

    # signature page
    g = Sheet()
    g.text(L, 80, "（以下无正文，为签署页）", 10.5)
    y0 = 140.0
    for i, (role, org, _agent) in enumerate((("甲方", a, deal.agent_a), ("乙方", b, deal.agent_b))):
        x = L if i == 0 else 310
        g.text(x, y0, f"{label(role, st, 2)}（盖章）：", 11, role="title")
        lines = P.wrap(org.name, 205, 10.5)
        yy = y0 + 22
        for ln in lines:
            g.text(x, yy, ln, 10.5)
            yy += 17
        yy += 40
        g.text(x, yy, "法定代表人或委托代理人（签字）：", 10)
        g.picture(x + 60, yy + 6, 90, 30, P.signature(rng))
        yy += 52
        g.text(x, yy, f"开户银行：{org.bank}" if len(org.bank) < 18 else "开户银行：", 9.5)
        if len(org.bank) >= 18:
            g.text(x + 10, yy + 15, org.bank, 9.5)
            yy += 15
        g.text(x, yy + 17, f"账    号：{org.account}", 9.5)
        g.text(x, yy + 34, f"日    期：{day(deal.signed, st)}", 10)
        g.picture(x + 40, y0 - 10, 118, 118, P.seal(org.name, "合同专用章", rng))
    y = y0 + 270
    g.text(L, y, f"{label('签订时间', st)}：{day(deal.signed, st)}", 10.5)
    g.text(L, y + 20, f"{label('签订地点', st)}：{deal.place}", 10.5)
    pages.append(g)

    total = len(pages)
    first = 1 if cover else 0
    for n, pg in enumerate(pages[first:], start=first + 1):
        _frame(pg, st, head_left, head_right, n, total)
    return pages


def fee_table(s: Sheet, deal: Deal, st: Style, y: float) -> float:
    """The price breakdown as a table without rules: columns aligned with spaces, amounts right-aligned."""
    size = 10.0
    cols = [(L + 26, "l"), (L + 62, "l"), (L + 290, "r"), (L + 312, "l")]
    head = [
        (label("序号", st, 2), cols[0][0], "l"),
        (label("费用名称", st), cols[1][0], "l"),
        ("金额（元）", cols[2][0], "r"),
        ("备注", cols[3][0], "l"),
    ]
    s.text(L + 21, y, pad_row(head, size, L + 21), size)
    y += 18
    n = 0
    remarks = {
        "hardware_purchase": "详见设备清单",
        "software_purchase": "含正版授权",
        "software_development": "含源代码交付",
        "integration_implementation": "含安装调试",
        "operation_maintenance": "质保期外",
        "consulting_design": "",
        "data_processing": "",
        "other": "",
    }
    for key in FEE_KEYS:
        v = deal.printed_fees.get(key, Decimal(0))
        if not v:
            continue
        n += 1
        num = fullwidth(str(n)) if st.fullwidth else str(n)
        row = [
            (num, cols[0][0], "l"),
            (deal.labels[key], cols[1][0], "l"),
            (money(v, st), cols[2][0], "r"),
            (remarks[key], cols[3][0], "l"),
        ]
        s.text(L + 21, y, pad_row(row, size, L + 21), size)
        y += 17
    tot = sum(deal.printed_fees.values(), Decimal(0))
    s.text(
        L + 21,
        y + 2,
        pad_row([(label("合计", st, 2), cols[1][0], "l"), (money(tot, st), cols[2][0], "r")], size, L + 21),
        size,
    )
    return y + 24


def _scope(deal: Deal) -> str:
    if deal.profile == "hw":
        return (
            "设备供货、安装、布线、系统集成调试、平台对接、试运行及人员培训，具体以投标文件及设备清单为准。"
        )
    return "需求调研、软件定制开发、系统部署、数据迁移、与现有业务系统接口对接、配套硬件供货安装及人员培训，具体以需求规格说明书为准。"


def _cn(n: int) -> str:
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else d[tens]) + "十" + (d[ones] if ones else "")


def _clauses(deal: Deal, st: Style, rng: random.Random) -> list[tuple[str, bool]]:
    """The clause pages' text: payment split, warranty and optional clauses vary from contract to contract."""
    m = lambda v: money(v, st)  # noqa: E731
    p1, p2 = rng.choice([(30, 60), (40, 50), (50, 45), (30, 65), (20, 70)])
    a1 = q2(deal.amount * p1 / 100)
    a2 = q2(deal.amount * p2 / 100)
    a3 = deal.amount - a1 - a2
    p3 = 100 - p1 - p2
    years = rng.choice([1, 2, 3])
    hours = rng.choice([2, 4, 8])
    days = rng.choice([10, 15, 20, 30])
    sections: list[tuple[str, list[str]]] = [
        (
            "付款方式",
            [
                f"1. 合同签订后{days}个工作日内，甲方向乙方支付合同总价的{p1}%作为预付款，即人民币{m(a1)}元。",
                f"2. {'设备到货并安装调试完毕' if deal.profile == 'hw' else '系统上线试运行'}、经甲方确认后，甲方支付合同总价的{p2}%，即人民币{m(a2)}元。",
                f"3. 项目通过甲方组织的竣工验收后，甲方支付剩余{p3}%，即人民币{m(a3)}元。",
                "4. 乙方每次收款前应向甲方开具等额合法有效的发票，甲方以银行转账方式支付。",
            ],
        ),
        (
            "交付与验收",
            [
                "1. 乙方完成全部建设内容并试运行合格后，向甲方提交书面验收申请及竣工资料。",
                f"2. 甲方在收到验收申请后{rng.choice([7, 10, 15])}个工作日内组织验收，验收依据为本合同、招标文件、投标文件及国家和行业相关标准规范。",
                "3. 验收合格的，双方签署验收报告；验收不合格的，乙方应在甲方规定的期限内整改完毕并重新申请验收，由此产生的费用由乙方承担。",
            ],
        ),
        (
            "甲方的权利和义务",
            [
                "1. 甲方负责协调实施场地、电力及网络接入条件，并指定专人负责项目的联络与协调工作。",
                "2. 甲方有权对项目的实施进度和质量进行监督检查，对不符合合同约定的部分有权要求乙方整改。",
                "3. 甲方应按本合同约定及时支付合同价款。",
            ],
        ),
        (
            "乙方的权利和义务",
            [
                "1. 乙方应按照国家有关标准规范及本合同约定组织实施，确保项目质量和工期。",
                "2. 乙方应配备具有相应资格的项目经理和技术人员，未经甲方同意不得更换项目经理。",
                "3. 乙方应做好施工现场安全防护工作，因乙方原因造成的人身伤害和财产损失由乙方承担。",
                "4. 乙方提供的设备和软件应为全新、原厂正品，并提供合法有效的授权及质保证明文件。",
            ][: rng.choice([3, 4])],
        ),
        (
            "质量保证与售后服务",
            [
                f"1. 项目质保期为验收合格之日起{_cn(years)}年，质保期内乙方提供7×24小时响应服务，一般故障{hours}小时内到达现场处理。",
                "2. 质保期内因产品质量问题出现的故障，乙方免费维修或更换。",
            ],
        ),
    ]
    if rng.random() < 0.5:
        sections.append(
            (
                "培训",
                [
                    f"乙方应对甲方指定的{rng.choice([5, 8, 10, 20])}名技术及操作人员进行免费培训，使其能够熟练使用和日常维护本系统。"
                ],
            )
        )
    sections.append(
        (
            "知识产权与保密",
            [
                "1. 乙方保证所提供的软件、技术资料不侵犯任何第三方的知识产权，否则由乙方承担全部责任。",
                "2. 双方对在合同履行中知悉的对方商业秘密及甲方业务数据负有保密义务，保密期限不因合同终止而终止。",
            ],
        )
    )
    if rng.random() < 0.5:
        sections.append(
            (
                "不可抗力",
                [
                    "因不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在合理期限内提供证明，双方根据影响程度协商延期履行或解除合同。"
                ],
            )
        )
    sections += [
        (
            "违约责任",
            [
                f"1. 乙方逾期完工的，每逾期一日按合同总价的{rng.choice(['千分之一', '千分之三', '万分之五'])}向甲方支付违约金，累计不超过合同总价的10%。",
                "2. 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。",
            ],
        ),
        (
            "争议解决",
            [
                f"因本合同引起的或与本合同有关的争议，双方应协商解决；协商不成的，任何一方均可向{rng.choice(['甲方所在地', '合同签订地'])}人民法院提起诉讼。"
            ],
        ),
        (
            "其他",
            [
                "1. 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。",
                f"2. 本合同一式{rng.choice(['肆', '陆', '捌'])}份，甲乙双方各执半数，自双方法定代表人或委托代理人签字并加盖公章或合同专用章之日起生效。",
            ],
        ),
    ]
    out: list[tuple[str, bool]] = []
    for i, (title, paras) in enumerate(sections, start=3):
        out.append((f"第{_cn(i)}条  {title}", True))
        out += [(p, False) for p in paras]
    return out


# -- acceptance report ---------------------------------------------------------------------------


def acceptance(deal: Deal, firm: Firm, st: Style, rng: random.Random, passed: bool = True) -> Sheet:
    s = Sheet()
    title = "项目竣工验收报告" if deal.profile == "hw" else "信息化项目验收报告"
    s.center(297.5, 84, spaced(title) if st.letterspace else title, 18, role="title", bold=True)
    s.right(R, 112, f"编号：{deal.acceptance_no}", 9.5)
    x0, x1, x2, x3 = L, L + 92, L + 250, L + 330
    y = 120.0
    rows: list[tuple[float, list[tuple[float, float, str]]]] = []

    def cell_row(h: float, cells: list[tuple[float, float, str]]) -> None:
        rows.append((h, cells))

    sup = deal.supervisor or "无"
    cell_row(26, [(x0, x1, "项目名称"), (x1, R, deal.name)])
    cell_row(26, [(x0, x1, "建设单位"), (x1, R, deal.client.name)])
    cell_row(26, [(x0, x1, "承建单位"), (x1, R, deal.party_b.name)])
    cell_row(26, [(x0, x1, "监理单位"), (x1, R, sup)])
    cell_row(
        26,
        [
            (x0, x1, "合同编号"),
            (x1, x2, deal.number),
            (x2, x3, "合同金额"),
            (x3, R, f"￥{money(deal.amount, st)}元"),
        ],
    )
    cell_row(
        26,
        [
            (x0, x1, "开工日期"),
            (x1, x2, day(deal.started, st)),
            (x2, x3, "完工日期"),
            (x3, R, day(deal.finished, st)),
        ],
    )
    cell_row(
        26,
        [
            (x0, x1, "验收日期"),
            (x1, x2, day(deal.accepted, st)),
            (x2, x3, "验收地点"),
            (x3, R, deal.client.name if len(deal.client.name) < 12 else "建设单位会议室"),
        ],
    )
    content = (
        f"按照合同约定，乙方完成了{_scope(deal)[:-1]}。验收小组听取了承建单位的项目实施汇报，查阅了设计文档、设备清单、"
        "测试报告及运维手册等竣工资料，并进行了现场检查和功能抽测。"
    )
    if passed:
        opinion = "项目已按合同约定完成全部建设内容，设备安装规范，系统功能及性能指标满足合同及技术规范要求，试运行期间运行稳定，竣工资料齐全。验收小组一致同意通过验收。"
    else:
        opinion = "经现场检查，部分点位设备未按合同清单到货安装，系统与上级平台对接未完成，竣工资料不齐全。验收小组认为项目暂不具备验收条件，不同意通过验收，请承建单位限期整改后重新申请验收。"
    cell_row(0, [(x0, x1, "验收内容"), (x1, R, content)])
    cell_row(0, [(x0, x1, "验收意见"), (x1, R, opinion)])
    cell_row(30, [(x0, x1, "验收结论"), (x1, R, "")])
    for h, cells in rows:
        if h == 0:
            lines = P.wrap(cells[1][2], cells[1][1] - cells[1][0] - 12, 10)
            h = len(lines) * 17 + 12
            s.text(cells[0][0] + 8, y + h / 2 + 4, cells[0][2], 10.5, role="title")
            yy = y + 18
            for ln in lines:
                s.text(cells[1][0] + 6, yy, ln, 10)
                yy += 17
        else:
            for i, (a, _b2, t) in enumerate(cells):
                if t:
                    s.text(
                        a + (8 if i % 2 == 0 else 6),
                        y + h / 2 + 4,
                        t,
                        10.5 if i % 2 == 0 else 10,
                        role="title" if i % 2 == 0 else "body",
                    )
                if i:
                    s.vline(a, y, y + h)
        s.hline(x0, R, y)
        if cells[0][2] == "验收结论":
            cx = x1 + 14
            s.tick(cx, y + 20, passed)
            s.text(cx + 14, y + 19, "合格", 10.5)
            s.tick(cx + 80, y + 20, not passed)
            s.text(cx + 94, y + 19, "不合格", 10.5)
        y += h
    s.hline(x0, R, y)
    s.vline(x0, 120, y)
    s.vline(R, 120, y)
    s.vline(x1, 120, y)
    # signatures
    y += 28
    s.text(L, y, "验收单位签章：", 11, role="title")
    y += 26
    units = [("建设单位（盖章）", deal.client), ("承建单位（盖章）", deal.party_b)]
    if deal.supervisor:
        units.append(("监理单位（盖章）", Org(deal.supervisor, "", "")))
    colw = (R - L) / len(units)
    for i, (lab, org) in enumerate(units):
        x = L + i * colw
        s.text(x, y, lab, 10, role="title")
        s.text(x, y + 60, "代表签字：", 10)
        s.picture(x + 48, y + 42, 80, 26, P.signature(rng))
        s.text(x, y + 92, day(deal.accepted, st), 10)
        s.picture(x + 14, y + 2, 112, 112, P.seal(org.name, "", rng))
    _frame(s, st, deal.party_b.name, f"验收编号：{deal.acceptance_no}", 1, 1) if st.header else None
    if st.watermark and not st.header:
        s.watermark(st.watermark, size=34, angle=33, rows=3)
    return s


# -- 数电票 ---------------------------------------------------------------------------------------


def invoice(inv: Invoice, deal: Deal, rng: random.Random) -> Sheet:
    s = Sheet(w=595.0, h=396.0)
    brown = (0.55, 0.25, 0.1)
    s.picture(40, 22, 64, 64, P.qr_png(inv.qr, 4))
    s.center(297.5, 52, "电子发票（普通发票）", 19, role="title", color=brown)
    s.hline(210, 385, 58, 0.8, brown)
    s.hline(210, 385, 61, 0.8, brown)
    s.text(410, 44, f"发票号码：{inv.number}", 9)
    s.text(410, 60, f"开票日期：{date_cn(inv.issued, pad=True)}", 9)
    top, mid, bot = 96.0, 162.0, 300.0
    s.box(30, top, 565, bot + 60, 0.7, color=brown)
    s.vline(297.5, top, mid)
    s.hline(30, 565, mid, 0.7, brown)
    for i, (who, org) in enumerate((("购买方信息", deal.client), ("销售方信息", deal.party_b))):
        x = 30 if i == 0 else 297.5
        for k, ch in enumerate(who):
            s.text(x + 6, top + 12 + k * 9.4, ch, 8, role="title", color=brown)
        s.vline(x + 18, top, mid)
        s.text(x + 24, top + 20, "名称：", 9, color=brown)
        s.text(x + 52, top + 20, org.name, 9 if len(org.name) < 20 else 8)
        s.text(x + 24, top + 42, "统一社会信用代码/纳税人识别号：", 8, color=brown)
        s.text(x + 24, top + 58, org.code, 10)
    heads = [
        ("项目名称", 40),
        ("规格型号", 190),
        ("单位", 250),
        ("数量", 285),
        ("单价", 330),
        ("金额", 400),
        ("税率/征收率", 455),
        ("税额", 525),
    ]
    for t, x in heads:
        s.text(x, mid + 16, t, 9, color=brown)
    amt = figures(inv.amount).replace(",", "")
    s.text(40, mid + 34, inv.item, 9)
    s.text(250, mid + 34, "项", 9)
    s.text(292, mid + 34, "1", 9)
    s.text(318, mid + 34, amt, 9)
    s.text(392, mid + 34, amt, 9)
    s.text(468, mid + 34, "免税", 9)
    s.text(530, mid + 34, "***", 9)
    s.text(60, bot - 8, "合        计", 9, color=brown)
    s.text(385, bot - 8, f"¥{amt}", 9)
    s.text(525, bot - 8, "***", 9)
    s.hline(30, 565, bot, 0.7, brown)
    s.text(40, bot + 20, "价税合计（大写）", 9, color=brown)
    s.text(128, bot + 20, f"ⓧ{capital(inv.amount)}", 10)
    s.text(400, bot + 20, "（小写）", 9, color=brown)
    s.text(440, bot + 20, f"¥{amt}", 10)
    s.hline(30, 565, bot + 30, 0.7, brown)
    s.text(40, bot + 48, "备注", 9, color=brown)
    s.text(80, bot + 48, f"项目名称：{deal.name}；合同编号：{deal.number}", 8)
    s.text(40, bot + 78, f"开票人：{inv.drawer}", 9, color=brown)
    return s


# -- licence -------------------------------------------------------------------------------------


def licence(f: Firm, market: str, issued: dt.date, rng: random.Random, capital_words: bool = True) -> Sheet:
    s = Sheet(w=842.0, h=595.0)
    gold = (0.62, 0.47, 0.2)
    for i, w in enumerate((2.4, 0.8, 0.5)):
        m = 22 + i * 6
        s.box(m, m, s.w - m, s.h - m, w, color=gold)
    # a guilloche-like band between the frames
    pts = []
    for k in range(0, 200):
        t = k / 199
        pts.append((40 + t * (s.w - 80), 37 + 2.2 * ((k % 2) * 2 - 1)))
    s.paths.append((pts, gold, 0.4))
    # emblem (simplified): ring and five stars
    s.picture(396, 40, 50, 50, P.emblem())
    s.center(421, 132, "营 业 执 照", 34, role="title", bold=True, color=(0.72, 0.1, 0.08))
    s.center(421, 160, "（副   本）", 13, role="title")
    s.text(60, 116, "统一社会信用代码", 11, role="title")
    s.text(60, 136, f"{f.code}", 11.5)
    s.text(60, 154, "(1-1)", 9)
    s.picture(700, 66, 72, 72, P.qr_png(f"https://www.gsxt.gov.cn/index.html?uniscid={f.code}", 3))
    for k, ln in enumerate(
        ("扫描二维码登录“国家", "企业信用信息公示系", "统”了解更多登记、", "备案、许可、监管信息")
    ):
        s.text(700, 148 + k * 9, ln, 6.5)
    cap = _capital_wan(f.capital) if capital_words else f"{f.capital / 10000:.0f}万元"
    left = [("名称", f.name), ("类型", f.company_type), ("法定代表人", f.rep)]
    y = 220.0
    for lab, val in left:
        s.text(92, y, spaced(lab) if len(lab) < 5 else lab, 12, role="title")
        s.text(192, y, val, 11.5)
        y += 34
    s.text(92, y, "经 营 范 围", 12, role="title")
    for ln in P.wrap(f.scope, 270, 9.5)[:9]:
        s.text(192, y, ln, 9.5)
        y += 14
    y = 220.0
    until = "长期" if f.valid_until is None else date_cn(f.valid_until, pad=True)
    for lab, val in (
        ("注 册 资 本", cap),
        ("成 立 日 期", date_cn(f.established, pad=True)),
        ("营 业 期 限", f"{date_cn(f.established, pad=True)} 至 {until}"),
        ("住       所", f.address),
    ):
        s.text(490, y, lab, 12, role="title")
        lines = P.wrap(val, 190, 11)
        for ln in lines:
            s.text(585, y, ln, 11)
            y += 17
        y += 17
    s.text(560, 470, "登 记 机 关", 14, role="title")
    s.picture(615, 420, 118, 118, P.seal(market, "", rng))
    x = 628.0
    for num, unit in ((str(issued.year), "年"), (f"{issued.month:02d}", "月"), (f"{issued.day:02d}", "日")):
        x = s.text(x, 528, num, 12) + 4
        x = s.text(x, 528, unit, 12, role="title") + 10
    s.text(50, 568, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8)
    s.text(360, 564, "市场主体应当于每年1月1日至6月30日通过", 7.5)
    s.text(360, 574, "国家企业信用信息公示系统报送公示年度报告。", 7.5)
    s.text(640, 568, "国家市场监督管理总局监制", 8, color=GREY)
    return s


def _capital_wan(v: Decimal) -> str:
    wan = int(v / 10000)
    words = capital(Decimal(wan))
    # One 万 before the 元: 壹仟万元整 (replacing 元 twice printed 壹仟万万元整).
    return words.replace("元整", "万元整") if words.endswith("元整") else words.replace("元", "万元", 1)


# -- audit report --------------------------------------------------------------------------------


@dataclass
class AuditInfo:
    firm_name: str
    number: str
    date: dt.date
    cpas: tuple[str, str]
    city: str
    ruled: bool = True


def audit(f: Firm, b: Books, prev: Books, info: AuditInfo, rng: random.Random, st: Style) -> list[Sheet]:
    pages: list[Sheet] = []
    c = Sheet()
    c.center(297.5, 230, spaced("审计报告", 3), 30, role="title", bold=True)
    c.center(297.5, 300, f.name, 15, role="title")
    c.center(297.5, 330, "2024年度", 13)
    c.center(297.5, 360, info.number, 12)
    c.center(297.5, 640, info.firm_name, 14, role="title")
    c.center(297.5, 668, f"二〇二五年{date_upper(info.date)[5:]}", 12)
    pages.append(c)

    o = Sheet()
    o.center(297.5, 84, "审 计 报 告", 18, role="title", bold=True)
    o.right(R, 110, info.number, 10)
    y = o.para(L, 140, R - L, f"{f.name}全体股东：", 10.5, indent=False)
    o.text(L, y + 6, "一、审计意见", 11, role="title")
    y += 26
    y = o.para(
        L,
        y,
        R - L,
        f"我们审计了{f.name}（以下简称“贵公司”）财务报表，包括2024年12月31日的资产负债表，2024年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。",
        10.5,
    )
    y = o.para(
        L,
        y,
        R - L,
        "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2024年12月31日的财务状况以及2024年度的经营成果和现金流量。",
        10.5,
    )
    o.text(L, y + 6, "二、形成审计意见的基础", 11, role="title")
    y = o.para(
        L,
        y + 26,
        R - L,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。"
        "按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        10.5,
    )
    o.text(L, y + 6, "三、管理层和治理层对财务报表的责任", 11, role="title")
    y = o.para(
        L,
        y + 26,
        R - L,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。",
        10.5,
    )
    o.text(L, y + 6, "四、注册会计师对财务报表审计的责任", 11, role="title")
    y = o.para(
        L,
        y + 26,
        R - L,
        "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。合理保证是高水平的保证，但并不能保证按照审计准则执行的审计在某一重大错报存在时总能发现。",
        10.5,
    )
    y += 30
    o.text(L, y, info.firm_name, 10.5)
    o.text(330, y, f"中国注册会计师：{info.cpas[0]}", 10.5)
    o.text(330, y + 50, f"中国注册会计师：{info.cpas[1]}", 10.5)
    o.picture(400, y + 4, 80, 26, P.signature(rng))
    o.picture(400, y + 54, 80, 26, P.signature(rng))
    o.picture(L + 20, y - 40, 118, 118, P.seal(info.firm_name, "", rng))
    o.text(L, y + 100, f"中国·{info.city}", 10.5)
    o.text(330, y + 100, f"二〇二五年{date_upper(info.date)[5:]}", 10.5)
    pages.append(o)

    pages.append(_balance(f, b, prev, info))
    pages.append(_income(f, b, prev, info))
    pages.append(_notes(f, b, prev, info))
    total = len(pages)
    for n, pg in enumerate(pages[1:], start=2):
        pg.footer(f"第 {n} 页 共 {total} 页")
        if st.watermark:
            pg.watermark(st.watermark, size=34, angle=33, rows=3)
    return pages


def _statement(
    s: Sheet,
    title: str,
    f: Firm,
    info: AuditInfo,
    period: str,
    cols: tuple[str, str],
    rows: list[tuple[str, Decimal | None, Decimal | None]],
) -> None:
    s.center(297.5, 80, title, 16, role="title", bold=True)
    s.text(L, 108, f"编制单位：{f.name}", 9.5)
    s.center(360, 108, period, 9.5)
    s.right(R, 108, "单位：元", 9.5)
    y = 128.0
    xs = (L, 320, 430, R)
    if info.ruled:
        s.hline(L, R, y - 4, 0.8)
    s.text(L + 4, y + 10, "项        目", 10, role="title")
    s.right(xs[2] - 6, y + 10, cols[0], 10, role="title")
    s.right(xs[3] - 6, y + 10, cols[1], 10, role="title")
    y += 18
    if info.ruled:
        s.hline(L, R, y - 2, 0.6)
    for name, cur, pre in rows:
        s.text(
            L + 4 + (0 if name[:1] in "一二三四五" or name.endswith("合计") or name.endswith("总计") else 12),
            y + 11,
            name,
            9.5,
        )
        if cur is not None:
            s.right(xs[2] - 6, y + 11, figures(cur), 9.5)
        if pre is not None:
            s.right(xs[3] - 6, y + 11, figures(pre), 9.5)
        y += 17
        if info.ruled:
            s.hline(L, R, y - 2, 0.3)
    if info.ruled:
        s.hline(L, R, y - 2, 0.8)
        for x in xs:
            s.vline(x, 124, y - 2, 0.5)
    s.text(L, y + 24, f"法定代表人：{f.rep}", 9.5)
    s.text(L + 170, y + 24, "主管会计工作负责人：", 9.5)
    s.text(L + 330, y + 24, "会计机构负责人：", 9.5)


def _balance(f: Firm, b: Books, p: Books, info: AuditInfo) -> Sheet:
    s = Sheet()
    rows: list[tuple[str, Decimal | None, Decimal | None]] = [
        ("流动资产：", None, None),
        ("货币资金", b.cash, p.cash),
        ("应收账款", b.receivable, p.receivable),
        ("预付款项", b.prepaid, p.prepaid),
        ("存货", b.inventory, p.inventory),
        ("流动资产合计", b.current, p.current),
        ("非流动资产：", None, None),
        ("固定资产", b.fixed, p.fixed),
        ("无形资产", b.intangible, p.intangible),
        ("非流动资产合计", b.noncurrent, p.noncurrent),
        ("资产总计", b.assets, p.assets),
        ("流动负债：", None, None),
        ("应付账款", b.payable, p.payable),
        ("合同负债", b.contract_liab, p.contract_liab),
        ("应付职工薪酬", b.wages, p.wages),
        ("应交税费", b.taxes, p.taxes),
        ("负债合计", b.liabilities, p.liabilities),
        ("所有者权益：", None, None),
        ("实收资本", b.paid_in, p.paid_in),
        ("盈余公积", b.surplus, p.surplus),
        ("未分配利润", b.retained, p.retained),
        ("所有者权益合计", b.equity, p.equity),
        ("负债和所有者权益总计", b.assets, p.assets),
    ]
    _statement(s, "资 产 负 债 表", f, info, "2024年12月31日", ("期末余额", "上年年末余额"), rows)
    return s


def _income(f: Firm, b: Books, p: Books, info: AuditInfo) -> Sheet:
    s = Sheet()
    rows: list[tuple[str, Decimal | None, Decimal | None]] = [
        ("一、营业收入", b.revenue, p.revenue),
        ("减：营业成本", b.cost, p.cost),
        ("税金及附加", b.tax_sur, p.tax_sur),
        ("销售费用", b.selling, p.selling),
        ("管理费用", b.admin, p.admin),
        ("研发费用", b.rnd, p.rnd),
        ("财务费用", b.finance, p.finance),
        ("二、营业利润（亏损以“－”号填列）", b.op_profit, p.op_profit),
        ("加：营业外收入", b.non_op_in, p.non_op_in),
        ("减：营业外支出", b.non_op_out, p.non_op_out),
        ("三、利润总额（亏损总额以“－”号填列）", b.total_profit, p.total_profit),
        ("减：所得税费用", b.income_tax, p.income_tax),
        ("四、净利润（净亏损以“－”号填列）", b.net, p.net),
    ]
    _statement(s, "利    润    表", f, info, "2024年度", ("本期金额", "上期金额"), rows)
    return s


def _notes(f: Firm, b: Books, p: Books, info: AuditInfo) -> Sheet:
    s = Sheet()
    s.text(L, 80, "五、财务报表项目注释（续）", 11, role="title")
    s.text(L, 104, "（二十一）营业收入和营业成本", 10.5, role="title")
    s.text(L, 124, "1. 营业收入按业务类别列示", 10.5)
    s.right(R, 124, "单位：元", 9.5)
    y = 140.0
    xs = (L, 250, 390, R)
    head = ("业务类别", "本期发生额", "上期发生额")
    if info.ruled:
        s.hline(L, R, y, 0.8)
    s.text(L + 6, y + 14, head[0], 10, role="title")
    s.right(xs[2] - 6, y + 14, head[1], 10, role="title")
    s.right(xs[3] - 6, y + 14, head[2], 10, role="title")
    y += 20
    for name, cur, pre in (
        ("系统集成收入", b.si_revenue, p.si_revenue),
        ("技术服务及运维收入", b.service_revenue, p.service_revenue),
        ("商品销售收入", b.goods_revenue, p.goods_revenue),
        ("合计", b.revenue, p.revenue),
    ):
        if info.ruled:
            s.hline(L, R, y, 0.4)
        s.text(L + 6, y + 13, name, 10)
        s.right(xs[2] - 6, y + 13, figures(cur), 10)
        s.right(xs[3] - 6, y + 13, figures(pre), 10)
        y += 19
    if info.ruled:
        s.hline(L, R, y, 0.8)
        for x in xs:
            s.vline(x, 140, y, 0.5)
    y = s.para(
        L,
        y + 30,
        R - L,
        "注：系统集成收入系本公司承接的信息系统集成项目（含软件开发、集成实施及配套软硬件）按履约进度或验收确认的收入；"
        "技术服务及运维收入系本公司提供的运行维护、技术咨询等服务收入。",
        10,
    )
    s.text(L, y + 10, "（二十二）税金及附加", 10.5, role="title")
    y = s.para(
        L,
        y + 30,
        R - L,
        f"本期税金及附加{figures(b.tax_sur)}元，主要为城市维护建设税、教育费附加、印花税等。",
        10,
    )
    return s


__all__ = ["RED", "AuditInfo", "Style", "acceptance", "audit", "contract", "fee_table", "invoice", "licence"]
