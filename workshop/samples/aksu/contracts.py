"""Contracts as Aksu enterprises sign them: 政府采购合同, GF-2017-0201, 科技部 technical contracts,
运维服务合同, framework agreements with orders.

Each builder returns a ``Paper`` whose ``fields`` are what a reviewer reads on it; the
printed amount, words and parties come from ``Terms`` so that a scenario can plant a
disagreement with the declaration by printing something else.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from .canvas import A4, Painter, Paper, Sheet, placed
from .text import capital, cn_date, figures, wan, width, yuan_str
from .world import Client, Company, person

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件购置费",
    "other": "其他费用",
}


@dataclass
class Terms:
    """What a contract prints (which may differ from the declaration when a finding is planted)."""

    name: str
    number: str
    client: Client
    vendor: Company
    amount: Decimal
    signed: dt.date
    words_amount: Decimal | None = None
    """The capital-numeral amount when it differs from the figures (AMOUNT_WORDS_MISMATCH)."""
    vendor_name: str = ""
    """Party B's name as printed, when it is not the vendor's registered name (PARTY_MISMATCH)."""
    fees: dict[str, Decimal] | None = None
    style: str = "both"
    """How the amount is printed: both | both_nosep | wan | words | wan_words."""
    seals: bool = True
    start: dt.date | None = None
    end: dt.date | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def party_b(self) -> str:
        """Party B as printed."""
        return self.vendor_name or self.vendor.name


def amount_phrase(t: Terms) -> tuple[str, dict[str, str]]:
    """The amount as the contract prints it, and the truth fields that phrase carries."""
    words = capital(t.words_amount if t.words_amount is not None else t.amount)
    f: dict[str, str] = {}
    if t.style == "both":
        s = f"人民币（大写）：{words}（¥{figures(t.amount)}元）"
    elif t.style == "both_nosep":
        s = f"人民币{words}（小写：{figures(t.amount, sep=False)}元）"
    elif t.style == "wan":
        s = f"人民币{wan(t.amount)}万元"
    elif t.style == "words":
        s = f"人民币{words}"
    else:  # wan_words
        s = f"人民币（大写）{words}（{wan(t.amount)}万元）"
    if t.style != "words":
        printed = Decimal(wan(t.amount)) * 10000 if t.style in ("wan", "wan_words") else t.amount
        f["contract_amount"] = yuan_str(printed)
    else:
        f["contract_amount"] = yuan_str(t.words_amount if t.words_amount is not None else t.amount)
    if t.style != "wan":
        f["amount_in_words"] = words
    return s, f


def _fields(t: Terms, amount_fields: dict[str, str]) -> dict[str, object]:
    f: dict[str, object] = {
        "project_name": t.name,
        "contract_number": t.number,
        "party_a": t.client.name,
        "party_b": t.party_b,
        "signed_on": t.signed.isoformat(),
        **amount_fields,
    }
    if t.fees:
        f["fees"] = {k: yuan_str(v) for k, v in t.fees.items()}
    return f


def _seam(sheets: list[Sheet], name: str, rng: random.Random) -> None:
    """Press a 骑缝章 over the right edges of all sheets (one strip on each)."""
    y = rng.uniform(380, 480)
    for i, sh in enumerate(sheets):
        sh.add("seam", 0, y, name=name, i=i, n=len(sheets), r=60)


def _sign_block(
    sheet: Sheet, t: Terms, rng: random.Random, ya: float, yb: float, xa: float = 70, xb: float = 330
) -> None:
    """Both parties' seals over their printed names, signatures and handwritten dates."""
    if not t.seals:
        return
    sheet.add("seal", xa + 90 + rng.uniform(-10, 10), ya + 10, name=t.client.name, sub="合同专用章", r=60)
    sheet.add(
        "seal",
        xb + 90 + rng.uniform(-10, 10),
        yb + 12,
        name=t.party_b,
        sub="合同专用章",
        r=60,
        code=t.vendor.seal_code[-8:],
    )
    sheet.add("sign", xa + 130, ya + 62, name=t.client.contact, px=15)
    sheet.add("sign", xb + 130, yb + 62, name=t.vendor.legal_rep, px=15)


def _hand_date(sheet: Sheet, x: float, y: float, d: dt.date, rng: random.Random) -> None:
    sheet.add("hand", x, y, text=f"{d.year}.{d.month}.{d.day}" if rng.random() < 0.5 else cn_date(d), px=13)


def _fee_table(p: Painter, y: float, t: Terms, unit_wan: bool = False) -> float:
    assert t.fees is not None
    rows = [["序号", "费用项目", "金额（万元）" if unit_wan else "金额（元）", "备注"]]
    for i, (k, v) in enumerate(t.fees.items(), 1):
        rows.append([str(i), FEE_LABELS[k], wan(v, 4) if unit_wan else figures(v), ""])
    rows.append(["", "合计", wan(t.amount, 4) if unit_wan else figures(t.amount), "含税"])
    return p.table(60, y, [40, 200, 150, 85], rows, size=10, row_h=21, center_cols=(0, 2))


def gov_contract(t: Terms, rng: random.Random, category_row: bool = True, seam: bool = True) -> Paper:
    """政府采购合同: parties in a table with bank blocks, amount clause, fee schedule, signature page."""
    phrase, af = amount_phrase(t)
    box: dict[str, tuple[int, tuple[float, float, float, float]]] = {}

    def p1(p: Painter) -> None:
        p.text(p.w / 2, 92, "政府采购合同", 22, align="center", bold=True, spacing=6)
        p.text(p.w - 60, 122, f"合同编号：{t.number}", 10, align="right")
        y = p.table(
            60,
            134,
            [95, 380],
            [
                ["项目名称", t.name],
                *([["项目类别", "系统集成"]] if category_row else []),
                ["采购方式", "公开招标"],
            ],
            size=10.5,
            row_h=26,
            heights=[40 if width(t.name, 10.5) > 360 else 26, *([26] if category_row else []), 26],
        )
        rows = [
            ["", "采购人（甲方）", "供应商（乙方）"],
            ["名称", t.client.name, t.party_b],
            ["地址", t.client.address, t.vendor.address],
            ["联系人", t.client.contact, t.vendor.legal_rep],
            ["联系电话", t.client.phone, t.vendor.phone],
            ["开户银行", "", t.vendor.bank],
            ["账号", "", t.vendor.account],
        ]
        y = p.table(60, y + 14, [75, 200, 200], rows, size=9.5, heights=[22, 36, 36, 22, 22, 22, 22])
        y = p.para(
            60,
            y + 26,
            "根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、投标文件和中标通知书，"
            "经甲乙双方协商一致，就本项目签订本合同，共同信守。",
            475,
        )
        p.text(60, y + 6, "一、合同金额", 11, bold=True)
        y2 = p.para(
            60, y + 28, f"本合同总价为{phrase}，包括货物、安装调试、培训、质保期内服务及税费等全部费用。", 475
        )
        box["amount"] = (0, (60, y + 14, 535, y2 - 4))
        p.text(60, y2 + 8, "二、履行期限及地点", 11, bold=True)
        p.para(
            60,
            y2 + 30,
            f"合同签订后{rng.choice([60, 90, 120])}日历天内完成全部建设内容，地点为甲方指定地点。",
            475,
        )

    def p2(p: Painter) -> None:
        p.text(60, 80, "三、服务内容及费用明细", 11, bold=True)
        y = 96.0
        if t.fees:
            y = _fee_table(p, y, t)
        clauses = [
            "四、付款方式：合同签订后甲方支付合同总价的30%作为预付款；项目初验合格后支付至60%；终验合格后支付至95%；余款5%作为质保金，质保期满无质量问题后一次性无息支付。",
            "五、验收：乙方完成全部建设内容后向甲方提出书面验收申请，甲方在收到申请后15个工作日内组织验收，验收合格后双方签署验收单。",
            "六、质量保证：质保期为终验合格之日起三年，质保期内乙方提供7×24小时响应服务。",
            "七、违约责任：任何一方违反本合同约定的，应向守约方支付合同总价5%的违约金。",
            "八、争议解决：因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。",
            "九、本合同一式陆份，甲方肆份，乙方贰份，具有同等法律效力，自双方签字盖章之日起生效。",
        ]
        y += 22
        for c in clauses:
            y = p.para(60, y, c, 475) + 6

    def p3(p: Painter) -> None:
        p.text(60, 90, "（以下无正文，为签署页）", 10.5)
        for x, role, name in ((70, "甲方（盖章）：", t.client.name), (330, "乙方（盖章）：", t.party_b)):
            p.text(x, 150, role, 10.5)
            for i, ln in enumerate(p.wrap(name, 200, 10.5)):
                p.text(x, 172 + i * 16, ln, 10.5)
            p.text(x, 230, "法定代表人或授权代表（签字）：", 10)
            p.text(x, 290, "日期：", 10.5)
        p.text(60, 360, f"签订地点：新疆阿克苏地区{t.client.address[8:11]}", 10)
        p.text(60, 380, f"签订日期：{cn_date(t.signed)}", 10)

    s1, s2, s3 = Sheet(A4, p1), Sheet(A4, p2), Sheet(A4, p3)
    _sign_block(s3, t, rng, 160, 160)
    _hand_date(s3, 110, 286, t.signed, rng)
    _hand_date(s3, 370, 286, t.signed, rng)
    sheets = [s1, s2, s3]
    if seam:
        _seam(sheets, t.party_b, rng)
    return Paper(
        "contract",
        sheets,
        _fields(t, af),
        spots={"amount": 0, "words": 0, "party": 0, "fees": 1, "sign": 2, "date": 2},
        boxes=box,
        label="政府采购合同",
    )


def gf_contract(t: Terms, rng: random.Random) -> Paper:
    """GF-2017-0201 建设工程施工合同: cover, 协议书 with 签约合同价 and its sub-amounts, signature page."""
    phrase, af = amount_phrase(t)
    safety = (t.amount * Decimal("0.015")).quantize(Decimal(1))
    provisional = (t.amount * Decimal("0.05")).quantize(Decimal(100))

    def cover(p: Painter) -> None:
        p.text(p.w - 70, 80, "GF—2017—0201", 12, align="right")
        p.text(p.w / 2, 280, "建设工程施工合同", 26, align="center", bold=True, spacing=4)
        p.text(p.w / 2, 320, "（示范文本）", 14, align="center")
        p.text(p.w / 2, 640, "住房和城乡建设部", 13, align="center")
        p.text(p.w / 2, 662, "国家工商行政管理总局", 13, align="center")
        p.text(p.w / 2, 690, "制定", 13, align="center")
        p.text(p.w / 2, 740, f"合同编号：{t.number}", 11, align="center")

    def agreement(p: Painter) -> None:
        p.text(p.w / 2, 78, "第一部分  合同协议书", 15, align="center", bold=True)
        y = p.para(60, 110, f"发包人（全称）：{t.client.name}", 475, indent=False)
        y = p.para(60, y + 2, f"承包人（全称）：{t.party_b}", 475, indent=False)
        y = p.para(
            60,
            y + 6,
            "根据《中华人民共和国民法典》《中华人民共和国建筑法》及有关法律规定，遵循平等、自愿、公平和诚实信用的原则，双方就下列工程施工及有关事项协商一致，共同达成如下协议：",
            475,
        )
        p.text(60, y + 4, "一、工程概况", 11, bold=True)
        y = p.para(80, y + 24, f"1．工程名称：{t.name}。", 455, indent=False)
        y = p.para(80, y, f"2．工程地点：{t.client.address}。", 455, indent=False)
        y = p.para(
            80,
            y,
            "3．工程内容：机房改造、综合布线、网络及安防系统集成、应用软件部署及联调。",
            455,
            indent=False,
        )
        y = p.para(80, y, "4．资金来源：财政资金。", 455, indent=False)
        p.text(60, y + 4, "二、合同工期", 11, bold=True)
        st, en = t.start or t.signed, t.end or t.signed
        y = p.para(
            80, y + 24, f"计划开工日期：{cn_date(st)}。计划竣工日期：{cn_date(en)}。", 455, indent=False
        )
        p.text(60, y + 4, "三、质量标准", 11, bold=True)
        y = p.para(80, y + 24, "工程质量符合国家及行业现行验收规范合格标准。", 455, indent=False)
        p.text(60, y + 4, "四、签约合同价与合同价格形式", 11, bold=True)
        y0 = y + 12
        y = p.para(80, y + 24, f"1．签约合同价为：{phrase}；", 455, indent=False)
        box["amount"] = (1, (80, y0, 535, y - 4))
        y = p.para(
            96,
            y,
            f"其中：（1）安全文明施工费：人民币（大写）{capital(safety)}（¥{figures(safety)}元）；",
            440,
            indent=False,
        )
        y = p.para(
            96,
            y,
            f"（2）暂列金额：人民币（大写）{capital(provisional)}（¥{figures(provisional)}元）。",
            440,
            indent=False,
        )
        y = p.para(80, y, "2．合同价格形式：固定总价。", 455, indent=False)

    def signing(p: Painter) -> None:
        p.text(60, 80, "十三、签订时间", 11, bold=True)
        p.text(80, 102, f"本合同于{cn_date(t.signed)}签订。", 10.5)
        p.text(60, 130, "十四、签订地点", 11, bold=True)
        p.text(80, 152, f"本合同在{t.client.address[8:14]}签订。", 10.5)
        p.text(60, 180, "十五、合同份数", 11, bold=True)
        p.text(80, 202, "本合同一式捌份，均具有同等法律效力，发包人执伍份，承包人执叁份。", 10.5)
        for x, role, who in ((60, "发包人：（公章）", t.client), (320, "承包人：（公章）", None)):
            p.text(x, 260, role, 10.5)
            name = t.client.name if who else t.party_b
            for i, ln in enumerate(p.wrap(name, 220, 10)):
                p.text(x, 280 + i * 15, ln, 10)
            lines = [
                "法定代表人或其委托代理人：",
                "（签字）",
                f"统一社会信用代码：{'' if who else t.vendor.credit_code}",
                f"地址：{t.client.address if who else t.vendor.address}",
                f"电话：{t.client.phone if who else t.vendor.phone}",
                f"开户银行：{'' if who else t.vendor.bank}",
                f"账号：{'' if who else t.vendor.account}",
            ]
            y = 340.0
            for ln in lines:
                for part in p.wrap(ln, 220, 9.5):
                    p.text(x, y, part, 9.5)
                    y += 17

    box: dict[str, tuple[int, tuple[float, float, float, float]]] = {}
    s3 = Sheet(A4, signing)
    _sign_block(s3, t, rng, 270, 270, 60, 320)
    sheets = [Sheet(A4, cover), Sheet(A4, agreement), s3]
    return Paper(
        "contract",
        sheets,
        _fields(t, af),
        spots={"amount": 1, "words": 1, "party": 1, "sign": 2, "date": 2},
        boxes=box,
        label="施工合同",
    )


def tech_contract(t: Terms, rng: random.Random, service: bool = False) -> Paper:
    """科技部 技术开发（委托）/ 技术服务 合同: printed cover, fee article, party table with seals."""
    phrase, af = amount_phrase(t)
    kind = "技术服务合同" if service else "技术开发（委托）合同"
    fee_word = "技术服务费" if service else "研究开发经费"

    def cover(p: Painter) -> None:
        p.text(70, 90, "合同登记编号：", 11)
        for i in range(18):
            p.rect(160 + i * 19, 76, 179 + i * 19, 96, w=0.5)
        p.text(p.w / 2, 230, kind, 24, align="center", bold=True, spacing=3)
        rows = [
            ("项目名称：", t.name),
            ("委托方（甲方）：", t.client.name),
            ("受托方（乙方）：", t.party_b),
            ("签订时间：", cn_date(t.signed)),
            ("签订地点：", "新疆阿克苏地区"),
            ("有效期限：", f"{cn_date(t.start or t.signed)}至{cn_date(t.end or t.signed)}"),
        ]
        y = 330.0
        for lab, val in rows:
            p.text(110, y, lab, 12)
            lines = p.wrap(val, 290, 12)
            for i, ln in enumerate(lines):
                p.text(225, y + i * 20, ln, 12)
                p.line(222, y + i * 20 + 4, 520, y + i * 20 + 4, 0.5)
            y += 20 * len(lines) + 18
        p.text(p.w / 2, 760, "中华人民共和国科学技术部印制", 12, align="center")

    def money_page(p: Painter) -> None:
        p.text(60, 80, f"第四条  {fee_word}及其支付或结算方式：", 11, bold=True)
        y0 = 92.0
        y = p.para(60, 104, f"1．本项目{fee_word}为{phrase}。", 475)
        box["amount"] = (1, (60, y0, 535, y - 4))
        y = p.para(
            60,
            y,
            "2．上述费用由甲方分三期支付乙方：合同生效后10日内支付40%；系统上线试运行后支付40%；验收合格后支付20%。",
            475,
        )
        y = p.para(60, y, "3．乙方开户银行及账号见本合同末页。", 475)
        if t.fees:
            y = _fee_table(p, y + 8, t, unit_wan=True)
        p.text(60, y + 28, "第五条  利用研究开发经费购置的设备、器材、资料的财产权属：归甲方所有。", 10.5)
        p.text(60, y + 52, "第六条  履行本合同的期限、地点和方式：在甲方所在地现场及乙方研发中心进行。", 10.5)

    def parties(p: Painter) -> None:
        labels = [
            "名称（或姓名）",
            "法定代表人",
            "委托代理人",
            "联系（经办）人",
            "住所（通讯地址）",
            "电话",
            "开户银行",
            "帐号",
            "邮政编码",
        ]
        y = 70.0
        for role, vals in (
            (
                "委托方（甲方）",
                [t.client.name, "", "", t.client.contact, t.client.address, t.client.phone, "", "", "843000"],
            ),
            (
                "受托方（乙方）",
                [
                    t.party_b,
                    t.vendor.legal_rep,
                    "",
                    person(rng, False),
                    t.vendor.address,
                    t.vendor.phone,
                    t.vendor.bank,
                    t.vendor.account,
                    "843000",
                ],
            ),
        ):
            rows = [
                [role if i == 0 else "", lab, v] for i, (lab, v) in enumerate(zip(labels, vals, strict=True))
            ]
            y = (
                p.table(60, y, [70, 110, 295], rows, size=9.5, heights=[34, 22, 22, 22, 34, 22, 22, 22, 22])
                + 24
            )
        p.text(60, y + 4, "印花税票粘贴处：", 10)

    box: dict[str, tuple[int, tuple[float, float, float, float]]] = {}
    s3 = Sheet(A4, parties)
    if t.seals:
        s3.add("seal", 400, 120, name=t.client.name, sub="合同专用章", r=60)
        s3.add("seal", 410, 395, name=t.party_b, sub="合同专用章", r=60, code=t.vendor.seal_code[-8:])
        s3.add("sign", 190, 412, name=t.vendor.legal_rep, px=14)
    sheets = [Sheet(A4, cover), Sheet(A4, money_page), s3]
    return Paper(
        "contract",
        sheets,
        _fields(t, af),
        spots={"amount": 1, "words": 1, "party": 0, "fees": 1, "sign": 2, "date": 0},
        boxes=box,
        label=kind,
    )


def om_contract(t: Terms, rng: random.Random) -> Paper:
    """运维服务合同 with an annual fee for one service year, two pages."""
    phrase, af = amount_phrase(t)
    st, en = t.start or t.signed, t.end or t.signed

    def p1(p: Painter) -> None:
        p.text(p.w / 2, 86, t.extra.get("title", "信息系统运行维护服务合同"), 18, align="center", bold=True)
        p.text(p.w - 60, 112, f"合同编号：{t.number}", 10, align="right")
        y = p.para(60, 144, f"甲方（委托方）：{t.client.name}", 475, indent=False)
        y = p.para(60, y, f"乙方（服务方）：{t.party_b}", 475, indent=False)
        y = p.para(60, y + 8, f"甲方委托乙方承担“{t.name}”，经双方协商一致，订立本合同。", 475)
        items = [
            f"第一条 服务期限：自{cn_date(st)}起至{cn_date(en)}止，共一年。",
            "第二条 服务内容：机房及网络设备巡检、服务器和数据库运行维护、应用系统故障处理、数据备份与恢复演练、等级保护整改配合。",
            "第三条 服务标准：7×24小时响应，一般故障4小时内到场，重大故障2小时内到场。",
        ]
        for it in items:
            y = p.para(60, y + 4, it, 475)
        y0 = y
        y = p.para(
            60,
            y + 4,
            f"第四条 服务费用：本合同年度运维服务费为{phrase}，按季度平均支付，乙方开具增值税发票。",
            475,
        )
        box["amount"] = (0, (60, y0 - 8, 535, y - 4))
        for it in (
            "第五条 保密：乙方对服务中接触的甲方数据负有保密义务，合同终止后仍然有效。",
            "第六条 考核：甲方按季度对服务质量进行考核，考核不合格的，扣减当季服务费的10%。",
        ):
            y = p.para(60, y + 4, it, 475)

    def p2(p: Painter) -> None:
        p.text(60, 90, "第七条 本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。", 10.5)
        for x, role, name in ((70, "甲方（盖章）", t.client.name), (330, "乙方（盖章）", t.party_b)):
            p.text(x, 160, role, 10.5)
            for i, ln in enumerate(p.wrap(name, 200, 10.5)):
                p.text(x, 182 + i * 16, ln, 10.5)
            p.text(x, 240, "代表人（签字）：", 10)
            p.text(x, 290, "年    月    日", 10.5)
        p.text(70, 330, f"签订日期：{cn_date(t.signed, pad=True)}", 10)

    box: dict[str, tuple[int, tuple[float, float, float, float]]] = {}
    s2 = Sheet(A4, p2)
    _sign_block(s2, t, rng, 170, 170)
    return Paper(
        "contract",
        [Sheet(A4, p1), s2],
        _fields(t, af),
        spots={"amount": 0, "words": 0, "party": 0, "sign": 1, "date": 1},
        boxes=box,
        label="运维合同",
    )


def framework(t: Terms, rng: random.Random) -> Paper:
    """A 框架协议 that fixes prices but no total: the orders under it carry the amounts."""

    def p1(p: Painter) -> None:
        p.text(p.w / 2, 86, "信息化设备及集成服务采购框架协议", 17, align="center", bold=True)
        p.text(p.w - 60, 110, f"协议编号：{t.number}", 10, align="right")
        y = p.para(60, 140, f"甲方：{t.client.name}", 475, indent=False)
        y = p.para(60, y, f"乙方：{t.party_b}", 475, indent=False)
        y = p.para(
            60,
            y + 6,
            f"为实施“{t.name}”，甲乙双方就协议期内信息化设备供货及集成服务事宜达成如下框架协议：",
            475,
        )
        for it in (
            f"一、协议期限：{cn_date(t.start or t.signed)}至{cn_date(t.end or t.signed)}。",
            "二、采购方式：甲方根据实际需求向乙方分批下达采购订单，订单经双方盖章后与本协议具有同等效力，每批订单金额以订单为准。",
            "三、价格：执行附件报价单所列单价，协议期内单价不作调整。",
            "四、验收与结算：每批订单完成后甲方组织验收，验收合格后15个工作日内按订单金额结算。",
        ):
            y = p.para(60, y + 4, it, 475)
        rows = [["序号", "名称", "单位", "单价（元）"]]
        for i, (n, u, pr) in enumerate(
            (
                ("核心交换机", "台", "68,500.00"),
                ("接入交换机（48口）", "台", "6,200.00"),
                ("系统集成服务", "人·天", "1,200.00"),
                ("运维驻场服务", "人·月", "15,000.00"),
            ),
            1,
        ):
            rows.append([str(i), n, u, pr])
        y = p.table(60, y + 12, [40, 220, 70, 145], rows, size=10, row_h=21, center_cols=(0, 2))
        p.text(70, y + 50, "甲方（盖章）：", 10.5)
        p.text(330, y + 50, "乙方（盖章）：", 10.5)
        p.text(70, y + 110, cn_date(t.signed), 10.5)
        p.text(330, y + 110, cn_date(t.signed), 10.5)
        p.sheet.add("seal", 150, y + 60, name=t.client.name, r=58).add(
            "seal", 410, y + 62, name=t.party_b, r=58
        )

    sh = placed(p1)
    f = {
        "project_name": t.name,
        "contract_number": t.number,
        "party_a": t.client.name,
        "party_b": t.party_b,
        "signed_on": t.signed.isoformat(),
    }
    return Paper("contract", [sh], f, spots={"party": 0, "sign": 0}, label="框架协议")


def order(t: Terms, basis: str, items: list[tuple[str, str, Decimal]], rng: random.Random) -> Paper:
    """A 采购订单 under a framework agreement: goods and service lines (not fee categories),
    its own total and both seals."""
    phrase, af = amount_phrase(t)

    def p1(p: Painter) -> None:
        p.text(p.w / 2, 86, "采 购 订 单", 18, align="center", bold=True)
        p.text(60, 116, f"订单编号：{t.number}", 10)
        p.text(p.w - 60, 116, f"依据协议：{basis}", 10, align="right")
        y = p.table(
            60,
            128,
            [90, 385],
            [
                ["项目名称", t.name],
                ["采购单位", t.client.name],
                ["供货单位", t.party_b],
                ["下单日期", cn_date(t.signed)],
            ],
            size=10,
            row_h=24,
        )
        rows = [["序号", "内容", "数量", "金额（元）"]]
        for i, (name, qty, v) in enumerate(items, 1):
            rows.append([str(i), name, qty, figures(v)])
        y = p.table(60, y + 16, [40, 235, 70, 130], rows, size=10, row_h=22, center_cols=(0, 2))
        y = p.para(60, y + 24, f"订单金额合计：{phrase}。", 475, indent=False)
        p.text(70, y + 40, "采购单位（盖章）", 10.5)
        p.text(330, y + 40, "供货单位（盖章）", 10.5)
        p.sheet.add("seal", 140, y + 50, name=t.client.name, r=56).add(
            "seal", 400, y + 52, name=t.party_b, r=56
        )
        p.sheet.add("hand", 100, y + 100, text=f"{t.signed.year}.{t.signed.month}.{t.signed.day}", px=13)

    sh = placed(p1)
    return Paper("contract", [sh], _fields(t, af), spots={"amount": 0, "sign": 0, "party": 0}, label="订单")
