"""Acceptance papers (验收报告 with 专家组, 到货验收单), 数电票, the licence 副本, the audit report."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pymupdf

from .contracts import date_fmt
from .model import Books, Deal, Firm, Invoice
from .paint import Sheet, emblem, qr_image, round_seal, signature, square_seal, to_png, width, wrap
from .people import capital, cn_date, cn_upper_date, plain, yuan

BROWN = (0.6, 0.27, 0.12)

PASS_TEXT = (
    "经验收专家组现场查看系统运行情况、审阅项目技术文档和测试报告，并听取建设单位、承建单位的汇报和质询，"
    "专家组认为：该项目已按合同约定完成全部建设内容，各项功能和性能指标满足合同及需求规格要求，"
    "系统运行稳定，项目文档资料齐全、规范。专家组一致同意该项目通过验收。"
)
FAIL_TEXT = (
    "经验收专家组现场查看系统运行情况、审阅项目技术文档并听取汇报，专家组认为：项目主体建设内容已基本完成，"
    "但仍存在以下问题：{issues}。验收结论为基本合格，限期整改。请承建单位在三十日内完成上述问题的整改，"
    "整改完成后由建设单位重新组织验收；本次验收暂不予通过。"
)


def acceptance_report(
    doc: pymupdf.Document, firm: Firm, deal: Deal, rng: random.Random, style: str, compact: bool = False
) -> None:
    """验收报告: project table, 概况, 验收依据/内容, 专家组 table and 验收结论 in prose; 2 pages, or 1 when compact."""
    fmt = date_fmt(style)
    size = 9.5 if compact else 10.5
    s = Sheet(doc)
    y = 56.0 if compact else 70.0
    s.text(297.5, y, deal.name, 15 if compact else 17, bold=True, align="center")
    y += 26 if compact else 30
    s.text(297.5, y, "验　收　报　告", 15 if compact else 20, bold=True, align="center")
    y += 30 if compact else 42
    info = [
        ["项目名称", deal.name],
        ["建设单位", deal.client],
        ["承建单位", firm.name],
        ["合同编号", deal.number],
        ["验收时间", fmt(deal.accepted)],
        ["验收地点", deal.client_address],
    ]
    y = s.table(50, y, [100, 395], info, size, min_h=20 if compact else 24, aligns=["center", "left"]) + 14
    s.text(50, y, "一、项目概况", size + 0.5, bold=True)
    y += size * 1.9
    y = s.para(
        50,
        y,
        495,
        f"{deal.name}由{deal.client}建设，{firm.name}承建，合同于{fmt(deal.signed)}签订。"
        f"项目于{fmt(deal.signed + dt.timedelta(days=rng.randint(5, 15)))}开始实施，"
        f"于{fmt(deal.accepted - dt.timedelta(days=rng.randint(10, 25)))}完成建设并进入试运行，试运行期间系统运行正常。",
        size,
        1.6,
    )
    if not compact:
        y += 8
        s.text(50, y, "二、验收依据", size + 0.5, bold=True)
        y += size * 1.9
        for ln in (
            "1．项目合同及其附件；",
            "2．项目采购文件、乙方响应文件；",
            "3．《信息技术 软件工程术语》《计算机场地通用规范》等国家及行业相关标准规范；",
            "4．项目需求规格说明书、详细设计说明书、测试报告等技术文档。",
        ):
            y = s.para(70, y, 475, ln, size, 1.6, indent=0)
        y += 8
        s.text(50, y, "三、验收内容及过程", size + 0.5, bold=True)
        y += size * 1.9
        y = s.para(
            50,
            y,
            495,
            f"{fmt(deal.accepted)}，建设单位组织验收专家组对项目进行了验收。专家组听取了承建单位关于项目建设情况的汇报，"
            "现场查验了软硬件部署和系统运行情况，抽查了功能模块，审阅了项目文档，并就有关问题进行了质询。",
            size,
            1.6,
        )
        s = Sheet(doc)
        y = 64.0
    else:
        y += 6
    s.text(50, y, ("四、" if not compact else "二、") + "验收专家组", size + 0.5, bold=True)
    y += size * 1.9
    rows = [["序号", "姓名", "工作单位", "职称/职务", "签字"]]
    for i, (name, unit, title) in enumerate(deal.experts, start=1):
        rows.append([str(i) + ("（组长）" if i == 1 else ""), name, unit, title, ""])
    widths = [62, 62, 196, 90, 85]
    row_h = 22 if compact else 26
    top = y
    y = s.table(50, y, widths, rows, size - 0.5, min_h=row_h, header=1, aligns=["center"] * 5)
    # signatures in the last column (rows have equal height unless a unit name wrapped)
    yy = top + row_h
    for name, unit, _title in deal.experts:
        h = max(row_h, len(wrap(unit, size - 0.5, 196 - 8)) * (size - 0.5) * 1.35 + 8)
        s.image(
            50 + sum(widths[:4]) + 6,
            yy + 1,
            50 + sum(widths) - 6,
            yy + h - 1,
            to_png(signature(name, rng, 70)),
        )
        yy += h
    y += 12
    s.text(50, y, ("五、" if not compact else "三、") + "验收结论", size + 0.5, bold=True)
    y += size * 1.9
    if deal.passed:
        y = s.para(50, y, 495, PASS_TEXT, size, 1.6)
        y = s.para(50, y + 2, 495, "验收结论：同意通过验收。", size, 1.6, indent=2)
    else:
        y = s.para(50, y, 495, FAIL_TEXT.format(issues="；".join(deal.issues)), size, 1.6)
        y = s.para(50, y + 2, 495, "验收结论：基本合格，限期整改。", size, 1.6, indent=2)
    y += 10
    xx = s.text(50, y, "专家组组长（签字）：", size)
    s.image(xx, y - 10, xx + 80, y + 22, to_png(signature(deal.experts[0][0], rng, 70)))
    y += 40 if not compact else 30
    for col, (label, name) in enumerate(
        (("建设单位（盖章）：", deal.client), ("承建单位（盖章）：", firm.name))
    ):
        x = 60 + col * 250
        s.text(x, y, label, size, bold=True)
        s.text(x, y + 18, name if width(name, size) < 220 else name[:14], size)
        s.text(x + 40, y + 84 if not compact else y + 70, fmt(deal.accepted), size)
        seal = round_seal(name, rng, "", px=280)
        d = 100 if not compact else 86
        s.image(x + 30, y + 4, x + 30 + d, y + 4 + d, to_png(seal))


def goods_receipt(doc: pymupdf.Document, firm: Firm, deal: Deal, rng: random.Random, style: str) -> None:
    """到货验收单 of a goods contract, one page with checkbox conclusion and signatures."""
    fmt = date_fmt(style)
    s = Sheet(doc)
    y = 70.0
    s.text(297.5, y, "到 货 验 收 单", 20, bold=True, align="center")
    y += 40
    s.text(545, y, f"编号：YS-{deal.accepted:%Y%m%d}-{rng.randint(10, 99)}", 9.5, align="right")
    y += 20
    arrived = deal.accepted - dt.timedelta(days=rng.randint(3, 12))
    info = [
        ["采购单位", deal.client, "供货单位", firm.name],
        ["项目名称", deal.name, "合同编号", deal.number],
        ["到货日期", fmt(arrived), "验收日期", fmt(deal.accepted)],
    ]
    y = (
        s.table(50, y, [70, 175, 70, 180], info, 9.5, min_h=30, aligns=["center", "left", "center", "left"])
        + 14
    )
    rows = [["序号", "货物名称", "品牌型号", "单位", "数量", "外观及配置检查", "验收结果"]]
    for i, (name, model, unit, qty, _price) in enumerate(deal.goods, start=1):
        rows.append([str(i), name, model, unit, str(qty), "包装完好，配置与合同一致", "合格"])
    y = s.table(50, y, [30, 95, 120, 35, 35, 120, 60], rows, 9, min_h=24, header=1, aligns=["center"] * 7)
    y += 16
    y = s.para(
        50,
        y,
        495,
        "经采购单位与供货单位共同清点核验，上述货物品牌、型号、数量与合同约定一致，外观完好，随机资料齐全，"
        "通电测试运行正常，安装调试已完成。",
        10.5,
        1.7,
    )
    y += 10
    s.text(50, y, "验收结论：", 11, bold=True)
    for i, label in enumerate(("验收合格，同意接收", "验收不合格")):
        bx = 130 + i * 180
        s.rect(bx, y + 1, bx + 11, y + 12, 0.8)
        if i == 0:
            s.line(bx + 2, y + 6, bx + 5, y + 10, 1.4)
            s.line(bx + 5, y + 10, bx + 11, y - 1, 1.4)
        s.text(bx + 16, y, label, 10.5)
    y += 40
    for col, (label, name, person) in enumerate(
        (
            ("采购单位验收人（签字）：", deal.client, deal.client_contact),
            ("供货单位代表（签字）：", firm.name, deal.firm_contact),
        )
    ):
        x = 55 + col * 250
        xx = s.text(x, y, label, 10)
        s.image(xx - 20, y + 6, xx + 60, y + 40, to_png(signature(person, rng, 70)))
        s.text(x, y + 56, "单位（盖章）：", 10)
        s.text(x, y + 110, f"日期：{fmt(deal.accepted)}", 10)
        s.image(x + 60, y + 50, x + 160, y + 150, to_png(round_seal(name, rng, "", px=280)))


def e_invoice(doc: pymupdf.Document, firm: Firm, deal: Deal, inv: Invoice, buyer_code: str) -> None:
    """A 数电票 (电子发票（普通发票）) page, 210 × 140 mm."""
    s = Sheet(doc, 595.0, 397.0)
    s.image(22, 14, 82, 74, to_png(qr_image(inv.qr, 4)))
    s.text(297.5, 26, "电子发票（普通发票）", 19, BROWN, bold=True, align="center")
    s.line(200, 52, 395, 52, 0.8, BROWN)
    s.line(200, 55, 395, 55, 0.8, BROWN)
    s.text(405, 22, "发票号码：", 9, BROWN)
    s.text(455, 22, inv.number, 9)
    s.text(405, 40, "开票日期：", 9, BROWN)
    s.text(455, 40, cn_date(inv.issued), 9)
    top, bottom, left, right = 80.0, 352.0, 20.0, 575.0
    s.rect(left, top, right, bottom, 0.8, BROWN)
    # parties
    mid = (left + right) / 2
    ph = 56.0
    s.line(left, top + ph, right, top + ph, 0.8, BROWN)
    s.line(mid, top, mid, top + ph, 0.8, BROWN)
    for i, (label, name, code) in enumerate(
        (("购买方信息", deal.client, buyer_code), ("销售方信息", firm.name, firm.credit_code))
    ):
        x0 = left if i == 0 else mid
        s.line(x0 + 18, top, x0 + 18, top + ph, 0.6, BROWN)
        for k, ch in enumerate(label):
            s.text(x0 + 5, top + 4 + k * 10.5, ch, 8.5, BROWN)
        s.text(x0 + 24, top + 12, "名称：", 8.5, BROWN)
        s.text(x0 + 52, top + 12, name, 8.5 if width(name, 8.5) < 220 else 7.5)
        s.text(x0 + 24, top + 34, "统一社会信用代码/纳税人识别号：", 8.5, BROWN)
        s.text(x0 + 156, top + 34, code, 8.5)
    # items
    cols = [
        ("项目名称", 150),
        ("规格型号", 60),
        ("单位", 35),
        ("数量", 45),
        ("单价", 70),
        ("金额", 70),
        ("税率/征收率", 55),
        ("税额", 70),
    ]
    y = top + ph + 6
    x = left
    for name, w in cols:
        s.text(x, y, name, 8.5, BROWN, align="center", box_w=w)
        x += w
    y += 18
    name_lines = wrap(inv.item, 8.5, 145)
    for ln in name_lines:
        s.text(left + 4, y, ln, 8.5)
        y += 12
    iy = top + ph + 24
    unit = "项" if deal.kind == "service" else "批"
    vals = [
        ("", 60),
        (unit, 35),
        ("1", 45),
        (plain(inv.net), 70),
        (plain(inv.net), 70),
        (f"{inv.tax_rate}%", 55),
        (plain(inv.tax), 70),
    ]
    x = left + 150
    for v, w in vals:
        s.text(
            x, iy, v, 8.5, align="right" if v and v[0].isdigit() and "%" not in v else "center", box_w=w - 4
        )
        x += w
    sy = top + 178
    s.text(left + 40, sy, "合　　计", 9, BROWN)
    s.text(left + 150 + 60 + 35 + 45 + 70, sy, f"¥{plain(inv.net)}", 9, align="right", box_w=66)
    s.text(left + 150 + 60 + 35 + 45 + 70 + 70 + 55, sy, f"¥{plain(inv.tax)}", 9, align="right", box_w=66)
    ty = top + 196
    s.line(left, ty, right, ty, 0.8, BROWN)
    s.line(left, ty + 24, right, ty + 24, 0.8, BROWN)
    s.text(left + 8, ty + 7, "价税合计（大写）", 9, BROWN)
    s.line(left + 100, ty, left + 100, ty + 24, 0.6, BROWN)
    s.circle(left + 112, ty + 12, 5, 0.6)
    s.line(left + 109, ty + 9, left + 115, ty + 15, 0.6)
    s.line(left + 115, ty + 9, left + 109, ty + 15, 0.6)
    s.text(left + 122, ty + 7, capital(inv.total), 9.5)
    s.text(left + 380, ty + 7, "（小写）", 9, BROWN)
    s.text(left + 420, ty + 7, f"¥{plain(inv.total)}", 9.5)
    s.line(left + 18, ty + 24, left + 18, bottom, 0.6, BROWN)
    for k, ch in enumerate("备注"):
        s.text(left + 5, ty + 34 + k * 14, ch, 8.5, BROWN)
    s.text(left + 26, ty + 32, f"项目名称：{deal.name}；合同编号：{deal.number}", 8)
    s.text(left, bottom + 10, "开票人：", 9, BROWN)
    s.text(left + 38, bottom + 10, inv.issuer, 9)


SCOPE = (
    "许可项目：第一类增值电信业务；第二类增值电信业务；建设工程施工。（依法须经批准的项目，经相关部门批准后方可开展经营活动，"
    "具体经营项目以相关部门批准文件或许可证件为准）一般项目：信息系统集成服务；软件开发；信息技术咨询服务；"
    "计算机系统服务；数据处理和存储支持服务；安全技术防范系统设计施工服务；计算机软硬件及辅助设备零售；"
    "通讯设备销售；网络设备销售；智能控制系统集成。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
)


def licence_term(firm: Firm) -> str:
    end = "长期" if firm.valid_until is None else cn_date(firm.valid_until)
    return f"{cn_date(firm.established)} 至 {end}"


def capital_text(firm: Firm) -> str:
    """注册资本 as the licence prints it: capital numerals (伍佰万元整)."""
    return capital(firm.capital)


def licence_copy(doc: pymupdf.Document, firm: Firm, rng: random.Random) -> None:
    """营业执照（副本）, the portrait paper copy with border, emblem, QR and the authority's seal."""
    s = Sheet(doc)
    frame = (0.72, 0.45, 0.2)
    s.rect(18, 18, 577, 824, 3.0, frame)
    s.rect(26, 26, 569, 816, 0.8, frame)
    for i in range(40):
        x = 30 + i * 13.5
        s.circle(x, 22, 2.0, 0.5, frame)
        s.circle(x, 820, 2.0, 0.5, frame)
    s.image(262, 44, 334, 116, to_png(emblem(240)))
    s.text(297.5, 128, "营　业　执　照", 32, (0.1, 0.1, 0.1), bold=True, align="center")
    s.text(297.5, 172, "（副　　本）", 13, align="center")
    s.text(50, 120, "统一社会信用代码", 10)
    s.text(50, 138, firm.credit_code, 11.5)
    s.text(50, 196, f"证照编号：{firm.credit_code[8:16]}{rng.randint(10_000_000, 99_999_999)}", 8.5)
    s.image(
        468,
        100,
        548,
        180,
        to_png(qr_image(f"http://www.gsxt.gov.cn/index.html?uniscid={firm.credit_code}", 4)),
    )
    for i, ln in enumerate(
        ("扫描二维码登录“国家企业", "信用信息公示系统”了解更", "多登记、备案、许可、监", "管信息。")
    ):
        s.text(468, 184 + i * 9, ln, 6.5)
    y = 240.0
    fields = [
        ("名　　称", firm.name),
        ("类　　型", firm.company_type),
        ("法定代表人", firm.legal_rep),
        ("注册资本", capital_text(firm)),
        ("成立日期", cn_date(firm.established)),
        ("营业期限", licence_term(firm)),
        ("住　　所", firm.address),
    ]
    for label, value in fields:
        s.text(70, y, label, 11.5, bold=True)
        yy = y
        for ln in wrap(value, 11.5, 330):
            s.text(170, yy, ln, 11.5)
            yy += 19
        y = yy + 12
    s.text(70, y, "经营范围", 11.5, bold=True)
    for ln in wrap(SCOPE, 10, 360):
        s.text(170, y, ln, 10)
        y += 16
    s.text(330, 700, "登记机关", 12, bold=True)
    s.text(330, 740, cn_date(firm.licence_issued), 12)
    seal = round_seal(firm.authority, rng, "", px=300)
    s.image(390, 660, 510, 780, to_png(seal))
    s.text(297.5, 790, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8, align="center")
    s.text(297.5, 802, "国家市场监督管理总局监制", 8, align="center")


def audit_report(
    doc: pymupdf.Document,
    firm: Firm,
    books: Books,
    rng: random.Random,
    audit_firm: str,
    report_no: str,
    cpas: list[str],
) -> None:
    """Two pages: the unqualified opinion with signatures and seals, and the 利润表 in 元."""
    year = books.year
    s = Sheet(doc)
    y = 80.0
    s.text(297.5, y, "审　计　报　告", 20, bold=True, align="center")
    y += 40
    s.text(545, y, report_no, 10.5, align="right")
    y += 30
    s.text(50, y, f"{firm.name}全体股东：", 11, bold=True)
    y += 26
    s.text(50, y, "一、审计意见", 11, bold=True)
    y += 20
    y = s.para(
        50,
        y,
        495,
        f"我们审计了{firm.name}（以下简称“贵公司”）财务报表，包括{year}年12月31日的资产负债表，{year}年度的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。",
        10.5,
    )
    y = s.para(
        50,
        y,
        495,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{year}年12月31日的财务状况"
        f"以及{year}年度的经营成果和现金流量。",
        10.5,
    )
    y += 8
    s.text(50, y, "二、形成审计意见的基础", 11, bold=True)
    y += 20
    y = s.para(
        50,
        y,
        495,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
        "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
        "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        10.5,
    )
    y += 8
    s.text(50, y, "三、管理层和治理层对财务报表的责任", 11, bold=True)
    y += 20
    y = s.para(
        50,
        y,
        495,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
        "以使财务报表不存在由于舞弊或错误导致的重大错报。治理层负责监督贵公司的财务报告过程。",
        10.5,
    )
    y += 8
    s.text(50, y, "四、注册会计师对财务报表审计的责任", 11, bold=True)
    y += 20
    y = s.para(
        50,
        y,
        495,
        "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。",
        10.5,
    )
    y += 36
    s.text(60, y, audit_firm, 10.5)
    s.text(340, y, f"中国注册会计师：{cpas[0]}", 10.5)
    s.image(70, y + 10, 190, y + 130, to_png(round_seal(audit_firm, rng, "", px=300)))
    s.image(
        420,
        y + 16,
        500,
        y + 66,
        to_png(square_seal(["中国注册会计师", cpas[0], f"6501{rng.randint(10000000, 99999999)}"], rng)),
    )
    y += 80
    s.text(340, y, f"中国注册会计师：{cpas[1]}", 10.5)
    s.image(
        420,
        y + 16,
        500,
        y + 66,
        to_png(square_seal(["中国注册会计师", cpas[1], f"6501{rng.randint(10000000, 99999999)}"], rng)),
    )
    y += 90
    s.text(60, y, "中国·乌鲁木齐", 10.5)
    s.text(340, y, cn_upper_date(dt.date(year + 1, 3, rng.randint(10, 28))), 10.5)
    # income statement
    s = Sheet(doc)
    y = 60.0
    s.text(297.5, y, "利　润　表", 18, bold=True, align="center")
    y += 32
    s.text(545, y, "会企02表", 9, align="right")
    y += 16
    s.text(50, y, f"编制单位：{firm.name}", 9.5)
    s.text(330, y, f"{year}年度", 9.5)
    s.text(545, y, "单位：元", 9.5, align="right")
    y += 18
    b = books
    p = b.prior

    def row(label: str, line: str, key: str, value: Decimal) -> list[str]:
        return [label, line, yuan(value), yuan(p[key])]

    rows = [
        ["项　　目", "行次", "本期金额", "上期金额"],
        row("一、营业收入", "1", "revenue", b.revenue),
        row("　减：营业成本", "2", "cost", b.cost),
        row("　　　税金及附加", "3", "taxes", b.taxes),
        row("　　　销售费用", "4", "selling", b.selling),
        row("　　　管理费用", "5", "admin", b.admin),
        row("　　　研发费用", "6", "rnd", b.rnd),
        row("　　　财务费用", "7", "finance", b.finance),
        row("　加：其他收益", "8", "other_income", b.other_income),
        row("二、营业利润（亏损以“－”号填列）", "9", "operating_profit", b.operating_profit),
        row("　加：营业外收入", "10", "non_op_in", b.non_op_in),
        row("　减：营业外支出", "11", "non_op_out", b.non_op_out),
        row("三、利润总额（亏损总额以“－”号填列）", "12", "total_profit", b.total_profit),
        row("　减：所得税费用", "13", "income_tax", b.income_tax),
        row("四、净利润（净亏损以“－”号填列）", "14", "net_profit", b.net_profit),
    ]
    y = s.table(
        50, y, [215, 40, 120, 120], rows, 9.5, min_h=26, header=1, aligns=["left", "center", "right", "right"]
    )
    y += 20
    s.text(50, y, f"单位负责人：{firm.legal_rep}", 9.5)
    s.text(230, y, f"主管会计工作负责人：{cpas[2]}", 9.5)
    s.text(420, y, f"会计机构负责人：{cpas[2]}", 9.5)


def prior_column(b: Books) -> None:
    """Fill the 上期 column's derived rows."""
    p = b.prior
    p["operating_profit"] = (
        p["revenue"]
        - p["cost"]
        - p["taxes"]
        - p["selling"]
        - p["admin"]
        - p["rnd"]
        - p["finance"]
        + p["other_income"]
    )
    p["total_profit"] = p["operating_profit"] + p["non_op_in"] - p["non_op_out"]
    p["net_profit"] = p["total_profit"] - p["income_tax"]
