"""Contracts: the e-signed PDF of an e-signing platform (seals as images, 签署时间 stamps, evidence report) and the
paper contract (signed with pen and physical seals, later scanned or photographed)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable
from decimal import Decimal

import pymupdf
from PIL import Image

from .model import Deal, Firm
from .paint import Sheet, round_seal, signature, to_png, width
from .people import capital, cn_date_short, dash, slash, yuan

PLATFORM = "丝路云签"
PLATFORM_FULL = "丝路云签电子签约平台"
PLATFORM_CA = "新疆数字证书认证中心（XJCA）"
GREY = (0.45, 0.45, 0.45)
FEE_NAMES = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "商用软件购置费",
    "other": "其他费用",
}

DateFmt = Callable[[dt.date], str]


def date_fmt(style: str) -> DateFmt:
    return {"dash": dash, "slash": slash, "cn": cn_date_short}[style]


def _content(deal: Deal) -> str:
    if deal.kind == "goods":
        return "乙方按本合同附件货物清单向甲方供应货物，并负责运输、安装、调试、培训及质保期内的售后服务，确保货物满足甲方使用要求。"
    return (
        "乙方负责本项目的需求调研、方案深化设计、软件开发与部署、软硬件设备供货及安装调试、系统集成、"
        "数据迁移、人员培训及试运行保障，并在质保期内提供运行维护服务。"
    )


def _price_clause(deal: Deal) -> str:
    return (
        f"本合同总价为人民币（大写）{capital(deal.amount)}（¥{yuan(deal.amount)}），"
        "该价格为含税价，已包含货物、软件、实施、运输、安装、调试、培训、税费及质保期内服务等全部费用。"
        "合同履行期间，除甲方书面要求变更建设内容外，合同总价不作调整。"
    )


PAYMENT = (
    "（一）合同生效且乙方提交等额有效发票后十五个工作日内，甲方支付合同总价的30%作为预付款；"
    "（二）项目到货或主要功能上线经甲方确认后，甲方支付合同总价的40%；"
    "（三）项目通过最终验收后，甲方支付合同总价的25%；"
    "（四）剩余合同总价的5%作为质量保证金，质保期满且无质量问题后一次性无息支付。"
)

CLAUSES = (
    (
        "履行期限",
        "乙方应自合同生效之日起{days}日历天内完成全部建设内容并具备验收条件。因甲方原因造成工期延误的，工期相应顺延。",
    ),
    (
        "验收",
        "项目完成后，乙方向甲方提交验收申请及完整的技术文档。甲方自收到验收申请之日起十五个工作日内组织验收，"
        "验收依据为本合同、招标（采购）文件、投标（响应）文件及国家、行业相关标准规范。验收合格的，双方签署验收报告。",
    ),
    (
        "质量保证及售后服务",
        "质保期为验收合格之日起三年。质保期内乙方提供7×24小时电话技术支持，接到故障通知后2小时内响应，"
        "24小时内到达现场处理。质保期内因产品质量问题产生的维修、更换费用由乙方承担。",
    ),
    (
        "知识产权及保密",
        "乙方保证所提供的软件、设备及技术资料不侵犯任何第三方的知识产权。双方对履行本合同过程中知悉的对方商业秘密"
        "及甲方业务数据负有保密义务，未经对方书面同意不得向任何第三方披露。",
    ),
    (
        "违约责任",
        "乙方逾期交付的，每逾期一日按合同总价的0.5‰向甲方支付违约金，违约金累计不超过合同总价的10%；"
        "甲方无正当理由逾期付款的，每逾期一日按逾期金额的0.5‰向乙方支付违约金。",
    ),
    (
        "争议解决",
        "因本合同引起的或与本合同有关的争议，双方应友好协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。",
    ),
)


def _header(s: Sheet, deal: Deal, contract_id: str, n: int, total: int) -> None:
    s.text(50, 28, PLATFORM, 9, (0.78, 0.1, 0.12), bold=True)
    s.text(50 + width(PLATFORM, 9) + 6, 29, "电子合同", 8, GREY)
    s.text(545, 29, f"合同编号：{deal.number}", 8, GREY, align="right")
    s.line(50, 44, 545, 44, 0.4, GREY)
    s.line(50, 806, 545, 806, 0.4, GREY)
    s.text(50, 812, f"{PLATFORM} 合同ID：{contract_id}", 7.5, GREY)
    s.text(545, 812, f"第 {n} 页 / 共 {total} 页", 7.5, GREY, align="right")


def _seam(s: Sheet, seal: Image.Image, part: int, parts: int) -> None:
    """A slice of the 骑缝章 on the right edge."""
    w, h = seal.size
    strip = seal.crop((w * part // parts, 0, w * (part + 1) // parts, h))
    pt = 96.0
    sw = pt / parts
    s.image(595 - sw, 380, 595, 380 + pt, to_png(strip))


def _fee_table(s: Sheet, y: float, deal: Deal, size: float = 10.0) -> float:
    rows = [["序号", "费用名称", "金额（元）", "备注"]]
    i = 0
    for key, name in FEE_NAMES.items():
        value = deal.fees.get(key, Decimal(0))
        if value:
            i += 1
            rows.append([str(i), name, yuan(value), "含税"])
    rows.append(["", "合计", yuan(deal.amount), ""])
    return s.table(
        50,
        y,
        [40, 200, 140, 115],
        rows,
        size,
        min_h=21,
        header=1,
        aligns=["center", "left", "right", "center"],
    )


def _goods_table(s: Sheet, y: float, deal: Deal, size: float = 9.5) -> float:
    rows = [["序号", "货物名称", "品牌型号", "单位", "数量", "单价（元）", "金额（元）"]]
    total = Decimal(0)
    for i, (name, model, unit, qty, price) in enumerate(deal.goods, start=1):
        rows.append([str(i), name, model, unit, str(qty), yuan(price), yuan(price * qty)])
        total += price * qty
    install = deal.amount - total
    if install:
        rows.append(
            [str(len(deal.goods) + 1), "安装调试及培训", "—", "项", "1", yuan(install), yuan(install)]
        )
    rows.append(["", "合计", "", "", "", "", yuan(deal.amount)])
    return s.table(
        50,
        y,
        [30, 110, 120, 35, 35, 80, 85],
        rows,
        size,
        min_h=20,
        header=1,
        aligns=["center", "left", "left", "center", "center", "right", "right"],
    )


def e_contract(doc: pymupdf.Document, firm: Firm, deal: Deal, rng: random.Random, style: str) -> None:
    """Four pages: terms, price breakdown and clauses, signature page with e-seals, the platform's evidence report."""
    fmt = date_fmt(style)
    contract_id = "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    seam_seal = round_seal(firm.name, rng, "合同专用章", electronic=True, px=300)
    total = 4
    # page 1
    s = Sheet(doc)
    _header(s, deal, contract_id, 1, total)
    title = deal.name + ("采购合同" if deal.kind == "goods" else "合同书")
    y = 66.0
    for ln in _split_title(title, 17, 470):
        s.text(297.5, y, ln, 17, bold=True, align="center")
        y += 26
    y += 6
    s.text(360, y, f"合同编号：{deal.number}", 10)
    y += 24
    parties = [
        ("甲方（采购人）：", deal.client),
        ("地址：", deal.client_address),
        ("联系人：", deal.client_contact),
        ("乙方（供应商）：", firm.name),
        ("统一社会信用代码：", firm.credit_code),
        ("地址：", firm.address),
        ("联系电话：", firm.phone),
    ]
    for label, value in parties:
        x = s.text(60, y, label, 10.5, bold=label.startswith(("甲方", "乙方")))
        s.text(x, y, value, 10.5)
        y += 19
    y += 6
    y = s.para(
        50,
        y,
        495,
        "根据《中华人民共和国民法典》《中华人民共和国政府采购法》及相关法律法规，甲乙双方在平等、自愿、公平、诚实信用的"
        f"基础上，就{deal.name}有关事宜协商一致，订立本合同，共同遵守。",
    )
    y += 6
    s.text(50, y, "第一条　项目概况", 11, bold=True)
    y += 20
    y = s.para(50, y, 495, f"1.1 项目名称：{deal.name}。", indent=0)
    y = s.para(50, y, 495, f"1.2 实施地点：{deal.location}（甲方指定地点）。", indent=0)
    y = s.para(50, y, 495, "1.3 建设内容：" + _content(deal), indent=0)
    y += 6
    s.text(50, y, "第二条　合同价款", 11, bold=True)
    y += 20
    y = s.para(50, y, 495, "2.1 " + _price_clause(deal), indent=0)
    y = s.para(50, y, 495, "2.2 合同价款构成详见第四条（货物及服务分项报价）。", indent=0)
    y += 6
    s.text(50, y, "第三条　付款方式", 11, bold=True)
    y += 20
    y = s.para(50, y, 495, PAYMENT, indent=2)
    _seam(s, seam_seal, 0, 3)
    # page 2
    s = Sheet(doc)
    _header(s, deal, contract_id, 2, total)
    y = 62.0
    s.text(50, y, "第四条　分项报价", 11, bold=True)
    y += 22
    if deal.kind == "goods":
        y = _goods_table(s, y, deal)
    elif deal.itemised:
        y = _fee_table(s, y, deal)
    else:
        y = s.para(
            50, y, 495, "本合同采用固定总价，分项报价以乙方响应文件为准，不作为合同价款调整的依据。", indent=2
        )
    y += 12
    for n, (head, body) in enumerate(CLAUSES[:4], start=5):
        s.text(50, y, f"第{_cn(n)}条　{head}", 11, bold=True)
        y += 20
        y = s.para(50, y, 495, body.format(days=deal.duration_days)) + 6
    _seam(s, seam_seal, 1, 3)
    # page 3: signature page
    s = Sheet(doc)
    _header(s, deal, contract_id, 3, total)
    y = 62.0
    for n, (head, body) in enumerate(CLAUSES[4:], start=9):
        s.text(50, y, f"第{_cn(n)}条　{head}", 11, bold=True)
        y += 20
        y = s.para(50, y, 495, body) + 6
    s.text(50, y, "第十一条　其他", 11, bold=True)
    y += 20
    y = s.para(
        50,
        y,
        495,
        f"11.1 本合同通过“{PLATFORM_FULL}”以电子签名方式订立，双方确认可靠电子签名与手写签名或者盖章具有同等法律效力。",
        indent=0,
    )
    y = s.para(
        50,
        y,
        495,
        "11.2 本合同自双方完成电子签章之日起生效，合同签订日期以电子签章时间为准。",
        indent=0,
    )
    y = s.para(
        50, y, 495, "11.3 本合同电子文本双方均可自平台下载，下载件与平台存证件具有同等法律效力。", indent=0
    )
    y += 14
    s.text(297.5, y, "（以下无正文，为签署页）", 10.5, align="center")
    y += 40
    top = y
    for col, (label, name, when) in enumerate(
        (("甲方（盖章）：", deal.client, deal.sign_a), ("乙方（盖章）：", firm.name, deal.sign_b))
    ):
        x = 60 + col * 250
        yy = top
        s.text(x, yy, label, 10.5, bold=True)
        yy += 18
        for ln in _split_title(name, 10.5, 220):
            s.text(x, yy, ln, 10.5)
            yy += 16
        seal = round_seal(name, rng, "合同专用章", electronic=True, px=300)
        s.image(x + 40, yy + 4, x + 150, yy + 114, to_png(seal))
        s.text(x + 30, yy + 118, f"签署时间：{when:%Y-%m-%d %H:%M:%S}", 6.5, (0.35, 0.35, 0.35))
        yy += 144
        xx = s.text(x, yy, "法定代表人或授权代表：", 10)
        sign = signature(deal.client_contact if col == 0 else firm.legal_rep, rng, 90, color=(10, 10, 10))
        s.image(xx, yy - 14, xx + 80, yy + 22, to_png(sign))
        yy += 30
        s.text(x, yy, f"日期：{fmt(when.date())}", 10)
    _seam(s, seam_seal, 2, 3)
    # page 4: evidence report
    evidence_report(doc, firm, deal, rng, contract_id, title, 4, total)


def _cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("十" if tens == 1 else digits[tens] + "十") + (digits[ones] if ones else "")


def _split_title(text: str, size: float, max_w: float) -> list[str]:
    if width(text, size) <= max_w:
        return [text]
    cut = len(text) // 2
    return [text[:cut], text[cut:]]


def evidence_report(
    doc: pymupdf.Document,
    firm: Firm,
    deal: Deal,
    rng: random.Random,
    contract_id: str,
    title: str,
    n: int,
    total: int,
) -> None:
    """The platform's 签署记录 / 电子签署证据报告, appended as the contract's last page."""
    s = Sheet(doc)
    _header(s, deal, contract_id, n, total)
    y = 64.0
    s.text(297.5, y, "电子签署证据报告", 17, bold=True, align="center")
    y += 26
    s.text(297.5, y, "（签署记录）", 11, align="center")
    y += 26
    started = min(deal.sign_a, deal.sign_b) - dt.timedelta(minutes=rng.randint(8, 90))
    digest = hashlib.sha256(f"{contract_id}{deal.number}{deal.amount}".encode()).hexdigest()
    report_no = f"SLYQ-EV-{started:%Y%m%d}-{rng.randint(100000, 999999)}"
    rows = [
        ["报告编号", report_no],
        ["文件名称", f"{title}.pdf"],
        ["合同ID", contract_id],
        ["文件页数", "3"],
        ["文件哈希（SHA-256）", digest],
        ["发起方", f"{firm.name}（{firm.legal_rep}）"],
        ["发起时间", f"{started:%Y-%m-%d %H:%M:%S}"],
        ["签署状态", "已完成（全部签署方均已签署）"],
    ]
    y = s.table(50, y, [130, 365], rows, 9.5, min_h=22, aligns=["center", "left"]) + 18
    s.text(50, y, "签署方信息", 11, bold=True)
    y += 20
    signers = [
        ["签署方", "签署人", "认证方式", "签署时间", "证书序列号"],
        [
            deal.client,
            deal.client_contact,
            "单位实名认证\n+短信验证",
            f"{deal.sign_a:%Y-%m-%d %H:%M:%S}",
            _serial(rng),
        ],
        [
            firm.name,
            firm.legal_rep,
            "单位实名认证\n+人脸识别",
            f"{deal.sign_b:%Y-%m-%d %H:%M:%S}",
            _serial(rng),
        ],
    ]
    y = (
        s.table(50, y, [130, 60, 80, 95, 130], signers, 8.5, min_h=34, header=1, shade=(0.93, 0.93, 0.93))
        + 16
    )
    s.text(50, y, "证书颁发机构：" + PLATFORM_CA, 9)
    y += 16
    s.text(50, y, "时间戳服务：国家授时中心可信时间戳（UTC+8）", 9)
    y += 26
    y = s.para(
        50,
        y,
        495,
        f"本报告由{PLATFORM_FULL}根据平台存证记录自动生成，用于证明上述电子合同的签署过程及签署时间。"
        "电子合同文件签署完成后任何修改均会导致文件哈希值变化，可通过平台“合同验签”功能或扫描右侧二维码核验文件完整性。",
        size=9,
    )
    from .paint import qr_image  # local: only the evidence page needs it

    s.image(455, y + 8, 535, y + 88, to_png(qr_image(f"https://verify.silu-esign.cn/e/{report_no}", 4)))
    s.text(
        50,
        y + 30,
        f"出具时间：{(max(deal.sign_a, deal.sign_b) + dt.timedelta(minutes=3)):%Y-%m-%d %H:%M:%S}",
        9,
    )
    seal = round_seal(PLATFORM_FULL, rng, "电子签约存证专用章", electronic=True, px=300)
    s.image(300, y + 6, 400, y + 106, to_png(seal))


def _serial(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(20))


def paper_contract(
    doc: pymupdf.Document, firm: Firm, deal: Deal, rng: random.Random, long: bool, style: str = "cn"
) -> None:
    """A printed contract signed by pen with physical seals: 5 pages (cover + 4) when long, else 3."""
    fmt = date_fmt(style)
    title = deal.name + ("采购合同" if deal.kind == "goods" else "合同")
    if long:
        s = Sheet(doc)
        s.text(297.5, 170, "合　同　书", 30, bold=True, align="center")
        y = 300.0
        for label, value in (
            ("项目名称：", deal.name),
            ("合同编号：", deal.number),
            ("甲　　方：", deal.client),
            ("乙　　方：", firm.name),
            ("签订地点：", deal.location.replace("新疆维吾尔自治区", "").replace("新疆生产建设兵团", "")),
            ("签订日期：", fmt(deal.signed)),
        ):
            s.text(110, y, label, 13, bold=True)
            lines = _split_title(value, 13, 300)
            for ln in lines:
                s.text(200, y, ln, 13)
                s.line(198, y + 17, 500, y + 17, 0.5)
                y += 24
            y += 14
    s = Sheet(doc)
    y = 60.0
    for ln in _split_title(title, 16, 470):
        s.text(297.5, y, ln, 16, bold=True, align="center")
        y += 24
    y += 4
    s.text(545, y, f"合同编号：{deal.number}", 10, align="right")
    y += 24
    for label, value in (
        ("甲方（采购人）：", deal.client),
        ("住所地：", deal.client_address),
        ("乙方（供应商）：", firm.name),
        ("住所地：", firm.address),
        ("法定代表人：", firm.legal_rep),
    ):
        x = s.text(50, y, label, 10.5, bold=label.startswith(("甲方", "乙方")))
        s.text(x, y, value, 10.5)
        y += 19
    y += 6
    y = s.para(
        50,
        y,
        495,
        f"依据《中华人民共和国民法典》及有关法律法规，经甲乙双方友好协商，就甲方委托乙方承建{deal.name}事宜达成如下协议：",
    )
    y += 4
    s.text(50, y, "第一条　项目内容", 11, bold=True)
    y += 20
    y = s.para(50, y, 495, f"项目名称：{deal.name}；实施地点：{deal.location}。" + _content(deal))
    y += 4
    s.text(50, y, "第二条　合同金额", 11, bold=True)
    y += 20
    y = s.para(50, y, 495, _price_clause(deal))
    if not long:
        y += 4
        s.text(50, y, "第三条　价款构成及支付", 11, bold=True)
        y += 20
        if deal.itemised or deal.kind == "goods":
            y = (_goods_table(s, y, deal) if deal.kind == "goods" else _fee_table(s, y, deal)) + 8
        y = s.para(50, y, 495, PAYMENT)
    else:
        s = Sheet(doc)
        y = 60.0
        s.text(50, y, "第三条　价款构成", 11, bold=True)
        y += 22
        if deal.kind == "goods":
            y = _goods_table(s, y, deal) + 10
        elif deal.itemised:
            y = _fee_table(s, y, deal) + 10
        else:
            y = s.para(50, y, 495, "合同价款为固定总价，分项报价见乙方投标文件。") + 6
        s.text(50, y, "第四条　付款方式", 11, bold=True)
        y += 20
        y = s.para(50, y, 495, PAYMENT)
    s = Sheet(doc)
    y = 60.0
    first = 5 if long else 4
    clauses = CLAUSES if long else CLAUSES[:5]
    for n, (head, body) in enumerate(clauses, start=first):
        s.text(50, y, f"第{_cn(n)}条　{head}", 11, bold=True)
        y += 20
        y = s.para(50, y, 495, body.format(days=deal.duration_days)) + 6
    if long:
        s = Sheet(doc)
        y = 60.0
        n = first + len(clauses)
    else:
        n = first + len(clauses)
        body = CLAUSES[5][1]
        s.text(50, y, f"第{_cn(n)}条　{CLAUSES[5][0]}", 11, bold=True)
        y += 20
        y = s.para(50, y, 495, body) + 6
        n += 1
    s.text(50, y, f"第{_cn(n)}条　其他", 11, bold=True)
    y += 20
    y = s.para(
        50, y, 495, "本合同一式陆份，甲方肆份，乙方贰份，具有同等法律效力。本合同自双方签字盖章之日起生效。"
    )
    y += 30
    s.text(50, y, "（以下无正文）", 10.5)
    y += 40
    for col, (label, name, person) in enumerate(
        (("甲方（盖章）：", deal.client, deal.client_contact), ("乙方（盖章）：", firm.name, firm.legal_rep))
    ):
        x = 60 + col * 250
        yy = y
        s.text(x, yy, label, 10.5, bold=True)
        yy += 20
        for ln in _split_title(name, 10.5, 220):
            s.text(x, yy, ln, 10.5)
            yy += 16
        yy += 24
        xx = s.text(x, yy, "法定代表人或委托代理人（签字）：", 10)
        s.image(xx - 60, yy + 6, xx + 30, yy + 44, to_png(signature(person, rng)))
        yy += 56
        s.text(x, yy, f"签订日期：{fmt(deal.signed)}", 10)
        seal = round_seal(name, rng, "合同专用章", px=300)
        s.image(x + 40, y + 8, x + 150, y + 118, to_png(seal))
