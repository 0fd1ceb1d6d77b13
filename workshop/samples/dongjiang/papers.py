"""The papers of an eastern-Xinjiang filing, drawn as vector PDF pages.

Each builder returns a ``Doc`` whose ``fields`` hold exactly what is printed, in the truth format
(money "2450000.00", ISO dates). A builder takes overrides for what a scenario plants (another
party, a different figure) so the printed page and the truth are written from one value.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

import pymupdf as fitz

from .common import (
    AREAS,
    TWO,
    capital,
    cn_date,
    cn_date_padded,
    cn_date_upper,
    figures,
    money,
    person,
    wan,
)
from .draw import BLUE_INK, BROWN, GREY, RED, Sheet
from .model import FEE_CN, FEE_KEYS, Client, Doc, Firm, Project

# --------------------------------------------------------------------------- business licenses


def license_unified(f: Firm, rng: random.Random, watermark: str = "", capital_words: bool = True) -> Doc:
    """三证合一 营业执照 (副本), landscape, QR top right."""
    d = fitz.open()
    s = Sheet(d, rng, landscape=True, size=11.5)
    s.rect(22, 22, s.w - 22, s.h - 22, width=3, color=BROWN)
    s.rect(30, 30, s.w - 30, s.h - 30, width=0.8, color=BROWN)
    s.center(108, "营 业 执 照", size=40, bold=True, color=(0.1, 0.1, 0.1))
    s.center(138, "（副       本）", size=14)
    s.text(60, 90, "统一社会信用代码", size=10.5)
    s.text(60, 108, f.credit_code, size=12.5, bold=True)
    s.text(60, 128, f"副本编号：{rng.randint(1, 3)}-{rng.randint(1, 9)}", size=9)
    s.qr(s.w - 150, 52, 84, f"http://www.gsxt.gov.cn/index.html?uniscid={f.credit_code}")
    s.text(s.w - 172, 150, "扫描二维码登录‘国家企业信用", size=7)
    s.text(s.w - 172, 160, "信息公示系统’了解更多登记、", size=7)
    s.text(s.w - 172, 170, "备案、许可、监管信息。", size=7)
    y = 200.0
    cap = f"{capital(f.capital).replace('元整', '')}元整" if capital_words else f"{wan(f.capital)}万元人民币"
    left = [("名      称", f.name), ("类      型", f.company_type), ("法定代表人", f.legal_rep)]
    right = [
        ("注 册 资 本", cap),
        ("成 立 日 期", cn_date_padded(f.established)),
        (
            "营 业 期 限",
            f"{cn_date_padded(f.established)}至{cn_date_padded(f.valid_until) if isinstance(f.valid_until, dt.date) else '长期'}",
        ),
        ("住      所", f.address),
    ]
    yy = y
    for label, val in left:
        s.text(70, yy, label, size=11, bold=True)
        s.text(150, yy, val, size=11)
        yy += 26
    s.text(70, yy, "经 营 范 围", size=11, bold=True)
    s.para(150, yy, f.scope, 250, size=9.5, lead=1.55, indent=False)
    yy = y
    for label, val in right:
        s.text(440, yy, label, size=11, bold=True)
        lines = s.wrap(val, 290, 11)
        for ln in lines:
            s.text(520, yy, ln, size=11)
            yy += 18
        yy += 8
    reg_date = f.established + dt.timedelta(days=rng.randint(400, 2500))
    s.text(560, 500, "登 记 机 关", size=12, bold=True)
    seal_name = f"{f.city}市场监督管理局" if f.city in ("哈密", "吐鲁番") else f"{f.city}县市场监督管理局"
    s.seal(690, 500, seal_name, r=42)
    s.text(600, 545, cn_date(reg_date), size=11.5)
    s.text(60, s.h - 45, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", size=8, color=GREY)
    s.text(s.w - 300, s.h - 45, "国家市场监督管理总局监制", size=8, color=GREY)
    if watermark:
        s.watermark(watermark, size=46, opacity=0.25)
    fields = {
        "company_name": f.name,
        "credit_code": f.credit_code,
        "legal_representative": f.legal_rep,
        "registered_capital": money(f.capital),
        "company_type": f.company_type,
        "established_on": f.established.isoformat(),
        "valid_until": f.valid_until.isoformat() if isinstance(f.valid_until, dt.date) else "长期",
        "address": f.address,
        "business_scope": f.scope,
    }
    return Doc("business_license", d, fields, key_pages=[0])


def license_old(f: Firm, rng: random.Random) -> Doc:
    """企业法人营业执照 (副本) before 2015: 注册号, portrait, dates in 〇 numerals, annual-inspection stamps."""
    d = fitz.open()
    s = Sheet(d, rng, size=12)
    s.rect(26, 26, s.w - 26, s.h - 26, width=4, color=BROWN)
    s.rect(36, 36, s.w - 36, s.h - 36, width=0.8, color=BROWN)
    s.center(120, "企业法人营业执照", size=32, bold=True)
    s.center(150, "（副    本）", size=14)
    s.text(330, 185, f"注册号  {f.reg_no}", size=11.5)
    rows = [
        ("名        称", f.name),
        ("住        所", f.address),
        ("法定代表人姓名", f.legal_rep),
        ("注 册 资 本", f"{wan(f.capital)}万元人民币"),
        ("实 收 资 本", f"{wan(f.capital)}万元人民币"),
        ("公 司 类 型", f.company_type),
    ]
    y = 230.0
    for label, val in rows:
        s.text(70, y, label, bold=True)
        for ln in s.wrap(val, 330, 12):
            s.text(190, y, ln)
            y += 20
        y += 10
    s.text(70, y, "经 营 范 围", bold=True)
    y = s.para(190, y, f.scope, 330, size=10.5, lead=1.55, indent=False) + 8
    s.text(70, y, "成 立 日 期", bold=True)
    s.text(190, y, cn_date_upper(f.established))
    y += 30
    s.text(70, y, "营 业 期 限", bold=True)
    until = cn_date_upper(f.valid_until) if isinstance(f.valid_until, dt.date) else "长期"
    s.text(190, y, f"{cn_date_upper(f.established)}至{until}")
    # annual-inspection box stamps of the old regime
    for k, yr in enumerate((2011, 2012, 2013)):
        x0, y0 = 70 + k * 120, 660
        s.rect(x0, y0, x0 + 100, y0 + 48, width=1.2, color=RED)
        s.text(x0 + 14, y0 + 20, f"{yr}年度已年检", size=9, color=RED)
        s.text(x0 + 8, y0 + 38, f"{f.city}工商局", size=9, color=RED)
    s.text(400, 700, "登记机关", bold=True)
    s.seal(470, 690, f"{f.city}市工商行政管理局", r=44)
    s.text(400, 760, cn_date_upper(f.established + dt.timedelta(days=rng.randint(200, 900))), size=11)
    fields = {
        "company_name": f.name,
        "legal_representative": f.legal_rep,
        "registered_capital": money(f.capital),
        "company_type": f.company_type,
        "established_on": f.established.isoformat(),
        "valid_until": f.valid_until.isoformat() if isinstance(f.valid_until, dt.date) else "长期",
        "address": f.address,
        "business_scope": f.scope,
    }
    return Doc("business_license", d, fields, key_pages=[0])


# --------------------------------------------------------------------------- contracts


@dataclass
class ContractStyle:
    kind: str = "integration"
    """integration | techdev | consult | framework"""
    amount: str = "both"
    """both (figures + capital words) | words (capital only) | wan (万元 only) | wan_words | yi"""
    parties: str = "lines"
    """lines | table (two columns with bank, account, address, phone under each party)"""
    fee_table: bool = False
    landscape_fees: bool = False
    two_column: bool = False
    serif: bool = False
    seals: bool = True
    handwritten_dates: bool = True


def _amount_text(
    style: str, amount: Decimal, words_amount: Decimal | None = None
) -> tuple[str, dict[str, str]]:
    """The printed price and the truth fields it supports."""
    words = capital(words_amount if words_amount is not None else amount)
    if style == "words":
        return f"人民币{words}", {"amount_in_words": words}
    if style == "wan":
        return f"人民币{wan(amount)}万元", {"contract_amount": money(amount)}
    if style == "wan_words":
        return f"人民币{wan(amount)}万元（大写：{words}）", {
            "contract_amount": money(amount),
            "amount_in_words": words,
        }
    if style == "yi":
        return f"人民币{words}（¥{figures(amount)}元）", {
            "contract_amount": money(amount),
            "amount_in_words": words,
        }
    return f"人民币（大写）{words}（小写：¥{figures(amount)}元）", {
        "contract_amount": money(amount),
        "amount_in_words": words,
    }


def contract(
    p: Project,
    firm: Firm,
    rng: random.Random,
    style: ContractStyle,
    *,
    amount: Decimal | None = None,
    words_amount: Decimal | None = None,
    fees: dict[str, Decimal] | None = None,
    party_b: str | None = None,
    signed: dt.date | None = None,
    blank_amount: bool = False,
) -> Doc:
    """A contract of one of four kinds, 3–5 pages; overrides plant a different figure, party or date."""
    amount = p.amount if amount is None else amount
    fees = p.fees if fees is None else fees
    b_name = party_b or firm.name
    signed = signed or p.signed
    d = fitz.open()
    latin = "tiro" if style.serif else "helv"
    a_label, b_label = (
        ("委托方（甲方）", "受托方（乙方）")
        if style.kind in ("techdev", "consult")
        else ("甲方（采购人）", "乙方（供应商）")
    )
    fields: dict = {
        "project_name": p.name,
        "contract_number": p.number,
        "party_a": p.client.name,
        "party_b": b_name,
        "signed_on": signed.isoformat(),
    }
    key_pages: list[int] = []

    def sheet(landscape: bool = False) -> Sheet:
        s = Sheet(d, rng, landscape=landscape, size=10.5 if not style.serif else 11)
        s.latin = latin
        return s

    # ---- page 1: cover (科技部 models) or title page
    s = sheet()
    if style.kind in ("techdev", "consult"):
        s.text(360, 70, "合同登记编号：", size=10)
        for k in range(12):
            s.rect(430 + k * 11, 58, 441 + k * 11, 74, width=0.5)
        title = "技 术 开 发 （委 托） 合 同" if style.kind == "techdev" else "技 术 咨 询 合 同"
        s.center(200, title, size=26, bold=True)
        y = 300.0
        lines = [("项目名称：", p.name), (f"{a_label}：", p.client.name), (f"{b_label}：", b_name)]
        for label, val in lines:
            s.text(110, y, label, size=13, bold=style.serif)
            wrapped = s.wrap(val, 300, 13)
            for ln in wrapped:
                s.text(215, y, ln, size=13)
                s.line(212, y + 4, 520, y + 4, width=0.5)
                y += 24
            y += 14
        s.text(110, y, "签订时间：", size=13)
        s.text(215, y, cn_date(signed), size=13)
        s.line(212, y + 4, 520, y + 4, width=0.5)
        y += 38
        s.text(110, y, "签订地点：", size=13)
        s.text(215, y, AREAS[firm.city][1].replace("新疆维吾尔自治区", ""), size=13)
        s.line(212, y + 4, 520, y + 4, width=0.5)
        y += 38
        s.text(110, y, "有效期限：", size=13)
        s.text(215, y, f"{cn_date(signed)}至{cn_date(p.accepted + dt.timedelta(days=365))}", size=13)
        s.line(212, y + 4, 520, y + 4, width=0.5)
        s.center(740, "中华人民共和国科学技术部印制", size=14, bold=True)
        fields["contract_number"] = p.number
        s.text(360, 92, f"（受托方编号：{p.number}）", size=9)
        s = sheet()
        y = 70.0
    else:
        title = "框 架 合 作 协 议" if style.kind == "framework" else "系统集成项目合同书"
        y = 80.0
        s.center(y, title, size=20, bold=True)
        y += 28
        s.text(380, y, f"合同编号：{p.number}", size=10)
        y += 30
        if style.kind != "framework":
            s.text(60, y, "项目名称：", bold=True)
            for ln in s.wrap(p.name, 400):
                s.text(125, y, ln)
                y += 17
            y += 6
    # ---- parties
    if style.parties == "table":
        w = [70, 200, 70, 200]
        rows = [
            [a_label.split("（")[0], p.client.name, b_label.split("（")[0], b_name],
            ["地址", p.client.address, "地址", firm.address],
            ["电话", p.client.phone, "电话", firm.phone],
            ["开户银行", p.client.bank, "开户银行", firm.bank],
            ["账号", p.client.account, "账号", firm.account],
        ]
        y = s.table(28, y, w, rows, row_h=22, size=9.5)
        y += 20
    else:
        for label, name in ((a_label, p.client.name), (b_label, b_name)):
            s.text(60, y, f"{label}：", bold=True)
            x0 = 60 + s.width(f"{label}：")
            for ln in s.wrap(name, 520 - x0, 10.5):
                s.text(x0, y, ln)
                y += 17
            y += 4
        y += 10
    # ---- body
    intro = (
        f"依据《中华人民共和国民法典》的规定，合同双方就“{p.name}”项目的"
        + ("技术开发" if style.kind == "techdev" else "技术咨询" if style.kind == "consult" else "建设与实施")
        + "，经协商一致，签订本合同，共同遵守。"
    )
    y = s.para(60, y, intro, 475)
    clauses = {
        "techdev": [
            "第一条  标的技术的内容、形式和要求",
            "第二条  研究开发计划",
            "第三条  研究开发经费和报酬及其支付方式",
        ],
        "consult": [
            "第一条  咨询的内容、形式和要求",
            "第二条  履行期限、地点和方式",
            "第三条  技术咨询报酬及其支付方式",
        ],
        "integration": ["第一条  项目内容", "第二条  工期与交付", "第三条  合同价款及支付方式"],
        "framework": ["第一条  合作范围", "第二条  订单方式", "第三条  结算与支付"],
    }[style.kind]
    body1 = (
        f"乙方按照甲方需求完成{p.name}的需求调研、方案设计、软件开发、系统部署、数据迁移及培训等工作，交付物包括软件源代码、"
        "安装部署文档、用户手册和测试报告。系统应满足等级保护二级要求，并与甲方现有的政务外网及视频会商系统对接。"
    )
    body2 = f"项目自合同签订之日起开始实施，乙方应于{cn_date(p.accepted - dt.timedelta(days=rng.randint(20, 40)))}前完成全部工作并提交验收申请。实施地点为{p.location}。"
    for head, body in zip(clauses[:2], (body1, body2), strict=True):
        y += 6
        s.text(60, y, head, bold=True, size=11)
        y += 20
        y = s.para(60, y, body, 475)
    y += 6
    s.text(60, y, clauses[2], bold=True, size=11)
    y += 20
    if style.kind == "framework":
        y = s.para(
            60,
            y,
            "本协议为框架性协议，不约定总价。甲方按实际需要以书面订单形式向乙方采购，每份订单经双方签章后生效，订单金额以订单载明为准。",
            475,
        )
    else:
        if blank_amount:
            label = "本项目研究开发经费和报酬：" if style.kind == "techdev" else "合同总价："
            s.text(60, y, label)
            y += 22
            key_pages.append(d.page_count - 1)
        else:
            price, amt_fields = _amount_text(style.amount, amount, words_amount)
            fields.update(amt_fields)
            label = {
                "techdev": "本项目研究开发经费和报酬",
                "consult": "技术咨询报酬",
                "integration": "合同总价",
            }[style.kind]
            for ln in s.wrap(f"{label}为{price}。", 475):
                s.text(60, y, ln, bold=True)
                y += 18
            key_pages.append(d.page_count - 1)
        y += 2
        y = s.para(
            60,
            y,
            "支付方式：合同签订后支付合同总价的30%；系统上线试运行后支付40%；项目终验合格后支付25%；余款5%作为质保金，质保期满后无息支付。",
            475,
        )
    if style.fee_table and not style.landscape_fees and style.kind != "framework":
        y += 8
        s.text(60, y, "分项报价表（单位：元）", bold=True)
        y += 8
        rows = [["序号", "费用类别", "内容说明", "金额（元）"]]
        shown = {k: v for k, v in fees.items() if v}
        for i, (key, v) in enumerate(shown.items(), 1):
            rows.append([str(i), FEE_CN[key], _fee_note(key), figures(v)])
        rows.append(["", "合计", "", figures(sum(shown.values(), Decimal(0)))])
        y = s.table(
            60, y, [40, 100, 210, 125], rows, row_h=20, size=9.5, bold_first=True, align=["c", "l", "l", "r"]
        )
        fields["fees"] = {k: money(v) for k, v in shown.items()}
    # ---- two-column clauses page
    s = sheet()
    y = 70.0
    more = [
        (
            "第四条  双方的权利和义务",
            "甲方应按时提供项目实施所需的场地、网络和必要的资料，配合乙方开展需求调研与联调测试；乙方应按照国家和行业标准组织实施，保证系统的安全稳定运行。",
        ),
        (
            "第五条  验收标准和方式",
            "项目完成后，乙方提出验收申请，甲方在十五个工作日内组织验收；必要时可委托具有资质的第三方测评机构进行测试，验收合格后双方签署验收单。",
        ),
        (
            "第六条  知识产权",
            "本合同项下形成的软件著作权归甲方所有，乙方在合同履行前已拥有的技术成果仍归乙方所有。",
        ),
        (
            "第七条  保密",
            "双方对在合同履行中知悉的对方商业秘密和政务数据负有保密义务，保密期限不因合同终止而解除。",
        ),
        (
            "第八条  违约责任",
            "任何一方违反本合同约定的，应承担违约责任，赔偿因此给对方造成的损失；乙方逾期交付的，每逾期一日按合同总价的千分之一支付违约金。",
        ),
        (
            "第九条  争议解决",
            f"因本合同发生的争议，双方协商解决；协商不成的，向{p.client.name[:3]}所在地人民法院提起诉讼。",
        ),
        (
            "第十条  其他",
            "本合同一式陆份，甲方肆份，乙方贰份，具有同等法律效力。本合同自双方签字盖章之日起生效。",
        ),
    ]
    if style.two_column:
        col_w = 230
        xs = (50, 315)
        col = 0
        for head, body in more:
            need = (len(s.wrap(body, col_w, 10)) + 1) * 16 + 14
            if y + need > 780 and col == 0:
                col, y = 1, 70
            s.text(xs[col], y, head, bold=True, size=10.5)
            y += 18
            y = s.para(xs[col], y, body, col_w, size=10, lead=1.6) + 6
        s.line(297, 60, 297, 780, width=0.3, color=GREY)
    else:
        for head, body in more:
            s.text(60, y, head, bold=True, size=11)
            y += 20
            y = s.para(60, y, body, 475) + 6
    # ---- landscape price page
    if style.landscape_fees and style.kind != "framework":
        s = sheet(landscape=True)
        s.center(60, "附件一：分项报价表", size=16, bold=True)
        s.text(60, 90, f"项目名称：{p.name}", size=10)
        s.text(560, 90, "金额单位：人民币元", size=10)
        rows = [["序号", "费用类别", "内容说明", "数量", "单价（元）", "金额（元）"]]
        shown = {k: v for k, v in fees.items() if v}
        for i, (key, v) in enumerate(shown.items(), 1):
            rows.append([str(i), FEE_CN[key], _fee_note(key), "1项", figures(v), figures(v)])
        rows.append(["", "合计", "", "", "", figures(sum(shown.values(), Decimal(0)))])
        s.table(
            50,
            105,
            [40, 110, 330, 60, 110, 110],
            rows,
            row_h=24,
            size=10,
            bold_first=True,
            align=["c", "l", "l", "c", "r", "r"],
        )
        fields["fees"] = {k: money(v) for k, v in shown.items()}
        key_pages.append(d.page_count - 1)
    # ---- signature page
    s = sheet()
    s.text(60, 70, "（以下无正文，为签署页）", size=10)
    y = 120.0
    sign_rows = [
        [a_label, p.client.name, b_label, b_name],
        ["法定代表人或委托代理人", "", "法定代表人或委托代理人", ""],
        ["联系人", p.client.contact, "联系人", person(rng)],
        ["日期", "", "日期", ""],
    ]
    y_end = s.table(40, y, [95, 165, 95, 165], sign_rows, row_h=52, size=10)
    date_y = y_end - 20
    for x0 in (140, 400):
        s.signature(x0, y + 52 + 75 - 45 + 10, 55)
    if style.handwritten_dates:
        s.handwrite(
            140,
            date_y,
            cn_date(signed) if rng.random() < 0.5 else f"{signed.year}.{signed.month}.{signed.day}",
            size=12,
        )
        s.handwrite(400, date_y, cn_date(signed), size=12)
    else:
        s.text(140, date_y, cn_date(signed))
        s.text(400, date_y, cn_date(signed))
    if style.seals:
        s.seal(200, date_y - 30, p.client.name, sub="合同专用章", r=44)
        s.seal(460, date_y - 34, b_name, sub="合同专用章", r=44)
    fields["has_seal"] = style.seals
    s.text(60, y_end + 40, f"签订地点：{p.location}", size=10)
    key_pages.append(d.page_count - 1)
    # ---- framework: the order carries the amount
    if style.kind == "framework":
        s = sheet()
        s.center(80, "采 购 订 单", size=20, bold=True)
        s.text(380, 105, f"订单编号：{p.number}-01", size=10)
        s.text(
            60, 130, f"依据双方签订的框架合作协议（编号：{p.number}），甲方向乙方下达如下订单：", size=10.5
        )
        rows = [["序号", "项目/服务内容", "金额（元）"]]
        shown = {k: v for k, v in fees.items() if v}
        for i, (key, v) in enumerate(shown.items(), 1):
            rows.append([str(i), f"{p.name}——{FEE_CN[key]}", figures(v)])
        y = s.table(60, 150, [40, 320, 115], rows, row_h=24, size=10, bold_first=True, align=["c", "l", "r"])
        price, amt_fields = _amount_text(style.amount, amount, words_amount)
        s.text(60, y + 24, f"订单总金额：{price}", bold=True)
        fields.update(amt_fields)
        fields["fees"] = {k: money(v) for k, v in shown.items()}
        s.text(60, y + 70, f"甲方（盖章）：{p.client.name}", size=10.5)
        s.text(60, y + 130, f"乙方（盖章）：{b_name}", size=10.5)
        s.handwrite(360, y + 100, cn_date(signed))
        if style.seals:
            s.seal(180, y + 70, p.client.name, r=40)
            s.seal(200, y + 130, b_name, r=40)
        key_pages.append(d.page_count - 1)
    return Doc("contract", d, fields, project_id=p.id, key_pages=sorted(set(key_pages)))


def _fee_note(key: str) -> str:
    return {
        "software_development": "业务系统定制开发、接口开发",
        "consulting_design": "需求调研、总体方案与深化设计",
        "integration_implementation": "系统部署、联调、集成实施及培训",
        "operation_maintenance": "一年期运行维护服务",
        "data_processing": "历史数据清洗、整理与迁移",
        "operation_service": "平台运营服务",
        "self_made_hardware": "自研边缘采集终端",
        "hardware_purchase": "服务器、交换机、存储等设备",
        "software_purchase": "操作系统、数据库、中间件等正版软件",
        "other": "其他费用",
    }[key]


# --------------------------------------------------------------------------- acceptance papers

CONCLUSIONS = {
    "同意验收": (
        "passed",
        "经验收组认真审查，该项目已按合同要求完成全部建设内容，系统运行稳定，文档资料齐全，验收组一致同意通过验收。",
    ),
    "验收合格": ("passed", "项目各项功能和性能指标均达到合同及技术方案要求，验收合格。"),
    "基本合格": (
        "passed",
        "项目已完成合同约定的主要建设内容，系统运行基本稳定，验收结论为基本合格，遗留的两处界面优化问题由承建单位在质保期内完善。",
    ),
    "整改后复验": (
        "failed",
        "验收组发现项目尚有数据接口未完成对接、部分功能未达到合同要求，本次验收不予通过，承建单位须整改完成后重新申请复验。",
    ),
}


def acceptance(
    p: Project,
    firm: Firm,
    rng: random.Random,
    form: str,
    conclusion: str = "同意验收",
    *,
    accepted: dt.date | None = None,
    seals: bool = True,
    third: str = "",
) -> Doc:
    """验收单 (form), 项目验收意见 (letter), 第三方测试报告 (test) or 监理 验收签认表 (supervision)."""
    accepted = accepted or p.accepted
    verdict, sentence = CONCLUSIONS[conclusion]
    d = fitz.open()
    fields: dict = {
        "project_name": p.name,
        "accepted_on": accepted.isoformat(),
        "conclusion": verdict,
        "has_seal": seals,
    }
    if form == "form":
        s = Sheet(d, rng)
        s.center(80, "项 目 验 收 单", size=20, bold=True)
        s.text(380, 105, f"编号：YS-{accepted.year}-{rng.randint(10, 99)}", size=9.5)
        rows = [
            ["项目名称", p.name],
            ["合同编号", p.number],
            ["建设单位", p.client.name],
            ["承建单位", firm.name],
            ["验收日期", cn_date(accepted)],
            ["验收内容", "软件系统功能、性能、安全测试；硬件设备到货、安装与调试；技术文档与培训记录。"],
            ["验收意见", f"{sentence}\n验收结论：{conclusion}"],
        ]
        flat = [[a, b.replace("\n", "  ")] for a, b in rows]
        y = s.table(50, 120, [90, 405], flat, row_h=30, size=10.5)
        s.text(50, y + 30, "验收组成员签字：", size=10.5)
        for k in range(3):
            s.signature(160 + k * 110, y + 28, 60)
        s.text(60, y + 100, "建设单位（盖章）：", size=10.5)
        s.text(320, y + 100, "承建单位（盖章）：", size=10.5)
        s.handwrite(80, y + 170, cn_date(accepted), size=12)
        s.handwrite(340, y + 170, cn_date(accepted), size=12)
        if seals:
            s.seal(150, y + 145, p.client.name, r=44)
            s.seal(410, y + 140, firm.name, r=44)
        fields.update(party_a=p.client.name, party_b=firm.name)
    elif form == "letter":
        s = Sheet(d, rng, size=12)
        s.center(70, p.client.name, size=18, bold=True, color=RED)
        s.line(50, 84, s.w - 50, 84, width=2, color=RED)
        s.center(130, f"关于{p.name}的验收意见" if len(p.name) < 24 else "项目验收意见", size=16, bold=True)
        y = 170.0
        s.text(60, y, f"{firm.name}：")
        y += 28
        y = s.para(
            60,
            y,
            f"你公司承建的“{p.name}”（合同编号：{p.number}）已按合同约定完成建设。{cn_date(accepted)}，我单位组织有关部门和专家对该项目进行了验收，听取了项目建设情况汇报，查看了系统运行情况，审阅了项目文档。",
            470,
            size=12,
            lead=1.8,
        )
        y = s.para(60, y + 6, sentence, 470, size=12, lead=1.8)
        y = s.para(60, y + 6, f"验收结论：{conclusion}。", 470, size=12, lead=1.8)
        y = s.para(60, y + 6, "请你公司做好项目质保期内的运行维护工作。", 470, size=12, lead=1.8)
        s.text(340, y + 70, p.client.name[:18], size=12)
        s.handwrite(350, y + 100, cn_date(accepted), size=13)
        if seals:
            s.seal(400, y + 70, p.client.name, r=46)
        fields.update(party_a=p.client.name, party_b=firm.name)
    elif form == "test":
        lab = third
        s = Sheet(d, rng, size=12)
        s.text(60, 70, f"报告编号：XJRP-{accepted.year}-{rng.randint(1000, 9999)}", size=10)
        s.center(200, "测 试 报 告", size=30, bold=True)
        y = 300.0
        for label, val in (
            ("项目名称", p.name),
            ("委托单位", firm.name),
            ("建设单位", p.client.name),
            ("测试类别", "验收测试"),
        ):
            s.text(110, y, f"{label}：", size=13)
            for ln in s.wrap(val, 290, 13):
                s.text(200, y, ln, size=13)
                s.line(198, y + 4, 500, y + 4, width=0.4)
                y += 22
            y += 12
        for ln in s.wrap(lab, 420, 13):
            s.center(y + 120, ln, size=13, bold=True)
            y += 20
        s.center(y + 150, cn_date(accepted), size=12)
        s.seal(330, y + 120, lab[:20], sub="检验检测专用章", r=50)
        # page 2: conclusion
        s = Sheet(d, rng, size=11)
        s.center(70, "测 试 结 论", size=16, bold=True)
        rows = [
            ["项目名称", p.name],
            ["建设单位", p.client.name],
            ["承建单位", firm.name],
            ["测试依据", "GB/T 25000.51-2016、GB/T 22239-2019 及合同技术要求"],
            ["测试时间", f"{cn_date(accepted - dt.timedelta(days=6))}至{cn_date(accepted)}"],
            [
                "测试结论",
                f"被测系统功能、性能、安全性均满足合同要求，测试结果：通过。建设单位据此组织验收，验收结论：{conclusion}。",
            ],
        ]
        y = s.table(50, 95, [90, 405], rows, row_h=30, size=10.5)
        s.text(60, y + 40, "批准：", size=11)
        s.signature(100, y + 38, 50)
        s.text(220, y + 40, "审核：", size=11)
        s.signature(260, y + 38, 50)
        s.text(380, y + 40, "主检：", size=11)
        s.signature(420, y + 38, 50)
        s.text(330, y + 110, "（检验检测专用章）", size=10)
        s.text(340, y + 135, cn_date(accepted), size=11)
        s.seal(390, y + 110, lab[:20], sub="检验检测专用章", r=48)
        fields.update(party_a=p.client.name, party_b=firm.name, third_party=lab)
    else:  # supervision
        sup = third
        s = Sheet(d, rng, size=10.5)
        s.center(70, "信息系统工程竣工验收签认表", size=17, bold=True)
        s.text(50, 98, "表 C.0.6", size=9)
        s.text(360, 98, f"编号：JL-{p.number[-6:]}", size=9)
        s.text(50, 118, f"项目名称：{p.name}", size=10)
        rows = [
            [
                f"致：{sup}（监理单位）\n我方已按合同要求完成“{p.name}”的建设，经自检合格，请予以验收。\n承建单位：{firm.name}（章）    项目经理：    日期：{cn_date(accepted - dt.timedelta(days=5))}"
            ],
            [
                f"监理单位意见：\n经监理单位组织预验收，{sentence}\n验收结论：{conclusion}。\n监理单位：{sup}（章）    总监理工程师：    日期：{cn_date(accepted)}"
            ],
            [
                f"建设单位意见：\n同意监理意见。\n建设单位：{p.client.name}（章）    负责人：    日期：{cn_date(accepted)}"
            ],
        ]
        y = 135.0
        for (cell,) in rows:
            top = y
            for para in cell.split("\n"):
                for ln in s.wrap(para, 480, 10.5):
                    s.text(58, y + 18, ln, size=10.5)
                    y += 17
            y += 40
            s.rect(50, top, 545, y)
        s.signature(330, 300, 50)
        s.signature(330, y - 120, 50)
        if seals:
            s.seal(180, 260, firm.name, r=40)
            s.seal(420, y - 160, sup[:20], sub="监理专用章", r=44)
            s.seal(200, y - 55, p.client.name, r=42)
        fields.update(party_a=p.client.name, party_b=firm.name, third_party=sup)
    return Doc("acceptance_report", d, fields, project_id=p.id, key_pages=list(range(d.page_count)))


# --------------------------------------------------------------------------- invoices


def vat_paper(
    p: Project, firm: Firm, rng: random.Random, gross: Decimal, issued: dt.date, buyer_tax: str
) -> Doc:
    """增值税专用发票, the old paper layout: 发票代码 + 8-digit number, 密码区, QR, seller's oval seal."""
    d = fitz.open()
    s = Sheet(d, rng, landscape=True, size=9.5)
    s.latin = "cour"
    col = BROWN
    code = f"65{rng.randint(0, 9)}{issued.year % 100:02d}{rng.randint(1000000, 9999999)}"[:10]
    number = f"{rng.randint(0, 99999999):08d}"
    net = (gross / Decimal("1.06")).quantize(TWO)
    tax = gross - net
    check = f"{rng.randint(0, 99999):05d}{rng.randint(0, 99999):05d}{rng.randint(0, 99999):05d}{rng.randint(0, 99999):05d}"
    qr = f"01,01,{code},{number},{net:.2f},{issued:%Y%m%d},{check},{rng.randint(1000, 9999):04X}"
    s.qr(40, 30, 70, qr)
    s.text(280, 62, "新疆增值税专用发票", size=22, bold=True, color=col)
    s.line(280, 70, 520, 70, width=1, color=col)
    s.line(280, 73, 520, 73, width=1, color=col)
    s.text(340, 92, "发  票  联", size=11, color=col)
    s.seal(400, 50, "全国统一发票监制章", sub="新疆税务局", r=28, oval=True)
    s.text(600, 48, f"№ {number}", size=14, color=(0.1, 0.1, 0.1))
    s.text(130, 92, code, size=11)
    s.text(600, 92, "开票日期：", size=9.5, color=col)
    s.text(650, 92, f"{issued.year}年{issued.month:02d}月{issued.day:02d}日", size=9.5)
    x0, x1 = 30, s.w - 30
    s.rect(x0, 100, x1, 480, color=col)
    s.line(x0, 175, x1, 175, color=col)
    s.line(x0 + 30, 100, x0 + 30, 175, color=col)
    s.text(x0 + 8, 120, "购", color=col)
    s.text(x0 + 8, 140, "买", color=col)
    s.text(x0 + 8, 160, "方", color=col)
    labels = ("名        称：", "纳税人识别号：", "地 址、电 话：", "开户行及账号：")
    vals = (
        p.client.name,
        buyer_tax,
        f"{p.client.address} {p.client.phone}",
        f"{p.client.bank} {p.client.account}",
    )
    for k, (lab, val) in enumerate(zip(labels, vals, strict=True)):
        s.text(x0 + 36, 116 + k * 17, lab, size=9, color=col)
        s.text(x0 + 110, 116 + k * 17, val[:36], size=9)
    s.line(480, 100, 480, 175, color=col)
    s.text(486, 120, "密", color=col)
    s.text(486, 140, "码", color=col)
    s.text(486, 160, "区", color=col)
    for k in range(4):
        s.text(
            505, 116 + k * 17, "".join(rng.choice("0123456789+-*/<>") for _ in range(28)), size=9, font="cour"
        )
    rows_y = 175
    heads = ["货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"]
    widths = [210, 70, 40, 60, 90, 100, 50, 162]
    cx = x0
    for h, w in zip(heads, widths, strict=True):
        s.text(cx + 6, rows_y + 14, h, size=9, color=col)
        cx += w
    s.text(x0 + 4, rows_y + 36, f"*信息技术服务*{p.name[:12]}", size=9)
    s.text(x0 + 250, rows_y + 36, "项", size=9)
    s.text(x0 + 330, rows_y + 36, "1", size=9)
    s.text(x0 + 380, rows_y + 36, f"{net:.2f}", size=9)
    s.text(x0 + 480, rows_y + 36, f"{net:.2f}", size=9)
    s.text(x0 + 578, rows_y + 36, "6%", size=9)
    s.text(x0 + 640, rows_y + 36, f"{tax:.2f}", size=9)
    s.text(x0 + 60, 340, "合        计", size=9, color=col)
    s.text(x0 + 470, 340, f"¥{net:.2f}", size=9)
    s.text(x0 + 640, 340, f"¥{tax:.2f}", size=9)
    s.line(x0, 350, x1, 350, color=col)
    s.text(x0 + 20, 368, "价税合计（大写）", size=9.5, color=col)
    s.text(x0 + 150, 368, f"ⓧ {capital(gross)}", size=10)
    s.text(x0 + 520, 368, "（小写）", size=9.5, color=col)
    s.text(x0 + 570, 368, f"¥{gross:.2f}", size=10)
    s.line(x0, 378, x1, 378, color=col)
    s.text(x0 + 8, 400, "销", color=col)
    s.text(x0 + 8, 420, "售", color=col)
    s.text(x0 + 8, 440, "方", color=col)
    svals = (firm.name, firm.credit_code, f"{firm.address} {firm.phone}", f"{firm.bank} {firm.account}")
    for k, (lab, val) in enumerate(zip(labels, svals, strict=True)):
        s.text(x0 + 36, 396 + k * 17, lab, size=9, color=col)
        s.text(x0 + 110, 396 + k * 17, val[:36], size=9)
    s.text(486, 410, "备", color=col)
    s.text(486, 440, "注", color=col)
    s.text(505, 400, f"合同编号：{p.number}", size=9)
    s.text(x0, 500, f"收款人：{person(rng)}", size=9.5, color=col)
    s.text(x0 + 200, 500, f"复核：{person(rng)}", size=9.5, color=col)
    s.text(x0 + 400, 500, f"开票人：{person(rng)}", size=9.5, color=col)
    s.text(x0 + 580, 500, "销售方：（章）", size=9.5, color=col)
    s.seal(600, 440, firm.name, sub=firm.credit_code, r=34, oval=True)
    fields = {
        "invoice_number": number,
        "issued_on": issued.isoformat(),
        "buyer": p.client.name,
        "seller": firm.name,
        "total_amount": money(gross),
        "qr": qr,
    }
    return Doc("invoice", d, fields, project_id=p.id, key_pages=[0])


def e_invoice(
    p: Project, firm: Firm, rng: random.Random, gross: Decimal, issued: dt.date, buyer_tax: str
) -> Doc:
    """数电票 (电子发票（增值税专用发票）), born digital: 20-digit number, QR, no 密码区."""
    d = fitz.open()
    s = Sheet(d, rng, landscape=True, size=9.5)
    s.jx = s.jy = 0
    col = BROWN
    number = f"{issued.year % 100:02d}65{rng.randint(0, 9999999999999999):016d}"
    net = (gross / Decimal("1.06")).quantize(TWO)
    tax = gross - net
    qr = f"01,32,,{number},{gross:.2f},{issued:%Y%m%d},,{rng.randint(0, 65535):04X}"
    s.qr(40, 28, 72, qr)
    s.text(250, 62, "电子发票（增值税专用发票）", size=20, bold=True, color=col)
    s.line(250, 72, 540, 72, width=0.8, color=col)
    s.line(250, 75, 540, 75, width=0.8, color=col)
    s.seal(395, 50, "全国统一发票监制章", sub="国家税务总局新疆维吾尔自治区税务局", r=30, oval=True)
    s.text(600, 52, "发票号码：", size=9.5, color=col)
    s.text(650, 52, number, size=9.5)
    s.text(600, 72, "开票日期：", size=9.5, color=col)
    s.text(650, 72, f"{issued.year}年{issued.month:02d}月{issued.day:02d}日", size=9.5)
    x0, x1 = 30, s.w - 30
    s.rect(x0, 110, x1, 470, color=col)
    s.line(x0, 185, x1, 185, color=col)
    s.line(s.w / 2, 110, s.w / 2, 185, color=col)
    for base, who, name, tax_id in (
        (x0, "购买方信息", p.client.name, buyer_tax),
        (s.w / 2, "销售方信息", firm.name, firm.credit_code),
    ):
        s.line(base + 26, 110, base + 26, 185, color=col)
        for k, ch in enumerate(who[:3]):
            s.text(base + 8, 130 + k * 16, ch, color=col)
        s.text(base + 34, 135, "名称：", color=col)
        s.text(base + 66, 135, name)
        s.text(base + 34, 160, "统一社会信用代码/纳税人识别号：", size=8.5, color=col)
        s.text(base + 170, 160, tax_id, size=9)
    heads = ["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"]
    xs = [x0 + 6, 260, 330, 380, 430, 510, 590, 680]
    for h, x in zip(heads, xs, strict=True):
        s.text(x, 202, h, color=col)
    s.text(x0 + 6, 222, f"*信息技术服务*{p.name[:14]}")
    s.text(330, 222, "项")
    s.text(380, 222, "1")
    s.text(430, 222, f"{net:.2f}")
    s.text(510, 222, f"{net:.2f}")
    s.text(600, 222, "6%")
    s.text(680, 222, f"{tax:.2f}")
    s.text(x0 + 60, 380, "合      计", color=col)
    s.text(510, 380, f"¥{net:.2f}")
    s.text(680, 380, f"¥{tax:.2f}")
    s.line(x0, 392, x1, 392, color=col)
    s.text(x0 + 20, 412, "价税合计（大写）", color=col)
    s.text(x0 + 130, 412, f"ⓧ{capital(gross)}")
    s.text(520, 412, "（小写）", color=col)
    s.text(560, 412, f"¥{gross:.2f}")
    s.line(x0, 424, x1, 424, color=col)
    s.text(x0 + 6, 444, "备", color=col)
    s.text(x0 + 6, 460, "注", color=col)
    s.text(x0 + 30, 448, f"项目名称：{p.name[:30]}；合同编号：{p.number}", size=8.5)
    s.text(x0, 494, f"开票人：{person(rng)}", color=col)
    fields = {
        "invoice_number": number,
        "issued_on": issued.isoformat(),
        "buyer": p.client.name,
        "seller": firm.name,
        "total_amount": money(gross),
        "qr": qr,
    }
    return Doc("invoice", d, fields, project_id=p.id, key_pages=[0])


# --------------------------------------------------------------------------- audit report


def audit_report(
    firm: Firm,
    rng: random.Random,
    year: int,
    revenue: Decimal,
    si_revenue: Decimal,
    profit: Decimal,
    unit: str,
    audit_firm: str,
    printed_profit: Decimal | None = None,
) -> Doc:
    """A multi-page audit report: cover, opinion with CPA signatures under the firm's seal, statements, notes.

    ``unit`` is 元, 万元 or 千元 and is printed in each statement's header; figures are rounded to it.
    """
    shown_profit = profit if printed_profit is None else printed_profit
    div = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000)}[unit]

    def u(v: Decimal) -> str:
        return f"{(v / div).quantize(TWO):,.2f}"

    d = fitz.open()
    number = f"{audit_firm[2:4]}审字[{year + 1}]第{rng.randint(10, 380):03d}号"
    issued = dt.date(year + 1, rng.randint(3, 4), rng.randint(2, 28))
    s = Sheet(d, rng, size=12)
    s.center(220, firm.name, size=18, bold=True)
    s.center(260, f"{year}年度财务报表审计报告", size=20, bold=True)
    s.center(300, number, size=12)
    s.center(640, audit_firm, size=14, bold=True)
    s.center(670, cn_date_upper(issued).split("月")[0] + "月", size=12)
    # opinion
    s = Sheet(d, rng, size=11)
    s.center(70, "审 计 报 告", size=18, bold=True)
    s.text(390, 95, number, size=10)
    s.text(60, 125, f"{firm.name}全体股东：")
    y = 155.0
    s.text(60, y, "一、审计意见", bold=True)
    y = s.para(
        60,
        y + 22,
        f"我们审计了{firm.name}（以下简称贵公司）财务报表，包括{year}年12月31日的资产负债表，{year}年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。",
        475,
    )
    y = s.para(
        60,
        y + 4,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{year}年12月31日的财务状况以及{year}年度的经营成果和现金流量。",
        475,
    )
    s.text(60, y + 10, "二、形成审计意见的基础", bold=True)
    y = s.para(
        60,
        y + 32,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        475,
    )
    s.text(60, y + 10, "三、管理层和治理层对财务报表的责任", bold=True)
    y = s.para(
        60,
        y + 32,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。",
        475,
    )
    y += 50
    s.text(60, y, audit_firm[:20])
    s.text(330, y, "中国注册会计师：")
    s.signature(440, y - 2, 55)
    s.text(330, y + 50, "中国注册会计师：")
    s.signature(440, y + 48, 55)
    s.text(60, y + 50, f"中国·{firm.city}")
    s.text(330, y + 100, cn_date(issued))
    s.seal(430, y + 25, audit_firm[:20], r=50)
    s.seal(120, y + 10, audit_firm[:20], r=46)
    # balance sheet (short)
    assets = (revenue * Decimal(rng.uniform(0.7, 1.3))).quantize(Decimal(1))
    s = Sheet(d, rng, size=10)
    s.center(65, "资 产 负 债 表", size=16, bold=True)
    s.text(50, 90, f"编制单位：{firm.name}", size=9.5)
    s.text(260, 90, f"{year}年12月31日", size=9.5)
    s.text(440, 90, f"单位：{unit}", size=9.5)
    cash = (assets * Decimal("0.18")).quantize(Decimal(1))
    recv = (assets * Decimal("0.42")).quantize(Decimal(1))
    inv = (assets * Decimal("0.12")).quantize(Decimal(1))
    fixed = assets - cash - recv - inv
    rows = [
        ["资产", "行次", "期末余额", "上年年末余额"],
        ["货币资金", "1", u(cash), u(cash * Decimal("0.8"))],
        ["应收账款", "5", u(recv), u(recv * Decimal("0.9"))],
        ["存货", "9", u(inv), u(inv * Decimal("1.1"))],
        ["流动资产合计", "13", u(cash + recv + inv), u((cash + recv + inv) * Decimal("0.87"))],
        ["固定资产", "21", u(fixed), u(fixed * Decimal("1.05"))],
        ["资产总计", "32", u(assets), u(assets * Decimal("0.9"))],
    ]
    s.table(50, 100, [170, 50, 130, 145], rows, row_h=24, bold_first=True, align=["l", "c", "r", "r"])
    # income statement
    s = Sheet(d, rng, size=10)
    s.center(65, "利 润 表", size=16, bold=True)
    s.text(50, 90, f"编制单位：{firm.name}", size=9.5)
    s.text(280, 90, f"{year}年度", size=9.5)
    s.text(440, 90, f"单位：{unit}", size=9.5)
    cost = (revenue * Decimal("0.71")).quantize(Decimal(1))
    op_profit = (shown_profit * Decimal("1.15")).quantize(Decimal(1))
    total_profit = (shown_profit * Decimal("1.12")).quantize(Decimal(1))
    rows = [
        ["项目", "行次", "本期金额", "上期金额"],
        ["一、营业收入", "1", u(revenue), u(revenue * Decimal("0.86"))],
        ["减：营业成本", "2", u(cost), u(cost * Decimal("0.86"))],
        ["税金及附加", "3", u(revenue * Decimal("0.006")), u(revenue * Decimal("0.005"))],
        ["销售费用", "4", u(revenue * Decimal("0.04")), u(revenue * Decimal("0.035"))],
        ["管理费用", "5", u(revenue * Decimal("0.09")), u(revenue * Decimal("0.08"))],
        ["二、营业利润", "10", u(op_profit), u(op_profit * Decimal("0.8"))],
        ["三、利润总额", "13", u(total_profit), u(total_profit * Decimal("0.8"))],
        [
            "减：所得税费用",
            "14",
            u(total_profit - shown_profit),
            u((total_profit - shown_profit) * Decimal("0.8")),
        ],
        ["四、净利润", "15", u(shown_profit), u(shown_profit * Decimal("0.8"))],
    ]
    s.table(50, 100, [170, 50, 130, 145], rows, row_h=24, bold_first=True, align=["l", "c", "r", "r"])
    s.text(50, 400, "企业负责人：", size=9.5)
    s.text(230, 400, "主管会计工作负责人：", size=9.5)
    s.text(420, 400, "会计机构负责人：", size=9.5)
    # notes
    s = Sheet(d, rng, size=10.5)
    s.text(60, 70, "财务报表附注（节选）", size=14, bold=True)
    s.text(60, 100, "五、营业收入和营业成本", bold=True)
    other = revenue - si_revenue
    rows = [
        ["业务类别", f"本期收入（{unit}）", f"本期成本（{unit}）"],
        ["系统集成收入", u(si_revenue), u(si_revenue * Decimal("0.72"))],
        ["其他业务收入", u(other), u(other * Decimal("0.68"))],
        ["合计", u(revenue), u(si_revenue * Decimal("0.72") + other * Decimal("0.68"))],
    ]
    s.table(60, 112, [170, 150, 150], rows, row_h=24, bold_first=True, align=["l", "r", "r"])
    fields = {
        "audit_firm": audit_firm,
        "report_number": number,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": money(revenue),
        "net_profit": money(shown_profit),
        "system_integration_revenue": money(si_revenue),
        "consolidated": False,
        "company_name": firm.name,
    }
    return Doc("audit_report", d, fields, key_pages=[3])


# --------------------------------------------------------------------------- stamped declaration form


def declaration_form(decl: dict, firm: Firm, rng: random.Random, technical_total: int | None = None) -> Doc:
    """申报表盖章版: the form printed from the web system, signed and stamped."""
    ent = decl["enterprise"]
    tech = ent["staff"]["technical_total"] if technical_total is None else technical_total
    d = fitz.open()
    s = Sheet(d, rng, size=10)
    s.center(
        60,
        f"{ent['inspection_year']}年度自治区计算机信息系统集成（信息工程）企业年检申报表",
        size=14,
        bold=True,
    )
    rows = [
        ["企业名称", ent["name"], "统一社会信用代码", ent["credit_code"]],
        ["法定代表人", ent["legal_representative"], "资质等级", f"{ent['grade']}级"],
        ["技术人员总数", str(tech), "持证人员总数", str(ent["staff"]["certified_total"])],
    ]
    y = s.table(40, 80, [85, 175, 95, 160], rows, row_h=26, size=9.5)
    s.text(40, y + 22, "经营情况（单位：元）", bold=True)
    frows = [["年度", "营业收入", "系统集成收入", "净利润"]] + [
        [
            str(f["year"]),
            figures(Decimal(f["operating_revenue"])),
            figures(Decimal(f["system_integration_revenue"])),
            figures(Decimal(f["net_profit"])),
        ]
        for f in decl["finance"]
    ]
    y = s.table(
        40,
        y + 30,
        [80, 145, 145, 145],
        frows,
        row_h=22,
        size=9.5,
        bold_first=True,
        align=["c", "r", "r", "r"],
    )
    s.text(40, y + 22, "已完成项目汇总（单位：元）", bold=True)
    prow = [["序号", "项目名称", "甲方单位", "验收日期", "合同金额"]]
    total = Decimal(0)
    for i, pr in enumerate(decl["projects"], 1):
        prow.append(
            [str(i), pr["name"], pr["client"], pr["accepted_on"], figures(Decimal(pr["contract_amount"]))]
        )
        total += Decimal(pr["contract_amount"])
    prow.append(["", f"项目数：{len(decl['projects'])}个", "", "合计", figures(total)])
    y = s.table(
        40,
        y + 30,
        [35, 190, 140, 70, 80],
        prow,
        row_h=22,
        size=8.5,
        bold_first=True,
        align=["c", "l", "l", "c", "r"],
    )
    s.text(40, y + 40, "本单位承诺所填报数据及上传材料真实、准确、完整。", size=10)
    s.text(330, y + 80, "企业（盖章）：", size=10.5)
    s.text(330, y + 115, "法定代表人（签字）：", size=10.5)
    s.signature(450, y + 113, 55)
    s.handwrite(360, y + 150, cn_date(dt.date(ent["inspection_year"] + 1, 2, rng.randint(10, 26))))
    s.seal(430, y + 80, firm.name, r=46)
    fields = {
        "company_name": ent["name"],
        "credit_code": ent["credit_code"],
        "grade": ent["grade"],
        "technical_total": tech,
        "certified_total": ent["staff"]["certified_total"],
        "finance": [dict(f) for f in decl["finance"]],
        "project_count": len(decl["projects"]),
        "project_total": money(total),
        "has_seal": True,
    }
    return Doc("declaration_form", d, fields, key_pages=[0])


def client(rng: random.Random, name: str, city: str) -> Client:
    from .common import BANKS, account, address, phone

    return Client(
        name=name,
        address=address(rng, city),
        phone=phone(rng),
        bank=rng.choice(BANKS),
        account=account(rng),
        contact=person(rng),
    )


__all__ = [
    "BLUE_INK",
    "FEE_KEYS",
    "ContractStyle",
    "acceptance",
    "audit_report",
    "client",
    "contract",
    "declaration_form",
    "e_invoice",
    "license_old",
    "license_unified",
    "vat_paper",
]
