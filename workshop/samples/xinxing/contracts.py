"""The 工程量清单 施工合同 (固定综合单价, 暂定总价) and what every contract shares (head, signature blocks)."""

from __future__ import annotations

import random
from decimal import Decimal

import pymupdf as fitz

from .deal import Bill, Project
from .pagespec import A4, PageSpec
from .sheet import Sheet
from .spelling import capital, cn_date, wan4, yuan
from .stamps import round_seal, signature

_SCRATCH = Sheet(fitz.open().new_page())
"""A page to measure rows on before deciding how a long table splits over pages."""
LEFT, WIDTH = 64.0, 467.0


def words_of(p: Project) -> str:
    return p.words_override or capital(p.total)


def head(s: Sheet, p: Project, kind_title: str) -> float:
    s.text(531, 62, f"合同编号：{p.contract_no}", 10.5, align="right")
    y = 118.0
    for line in s.wrap(p.name, 430, 17):
        s.text(297.6, y, line, 17, bold=True, align="center")
        y += 26
    s.text(297.6, y + 12, kind_title, 20, bold=True, align="center", spacing=8)
    return y + 52


def signature_block(s: Sheet, rng: random.Random, p: Project, y: float, a_label: str, b_label: str) -> None:
    client, firm = p.client_party, p.firm_party
    seals = (
        round_seal(rng, p.client, "", ""),
        round_seal(
            rng,
            firm.name,
            "合同专用章",
            rng.choice(("", "65" + "".join(rng.choice("0123456789") for _ in range(11)))),
        ),
    )
    for col, (label, party, rep, seal) in enumerate(
        (
            (a_label, client, p.people.get("client_rep", ""), seals[0]),
            (b_label, firm, p.people.get("firm_rep", ""), seals[1]),
        )
    ):
        x = LEFT + col * 240
        s.text(x, y, f"{label}（盖章）：", 10.5)
        yy = y + 20
        for part in s.wrap(p.client if col == 0 else firm.name, 220, 10.5):
            s.text(x, yy, part, 10.5)
            yy += 17
        yy += 8
        s.text(x, yy, "法定代表人或委托代理人：", 10)
        s.picture_mm(x + 165, yy - 4, signature(rng, rep), 20, 8)
        lines = (
            f"统一社会信用代码：{party.credit_code}",
            f"地址：{party.address}",
            f"开户银行：{party.branch}",
            f"账号：{party.account}",
            f"电话：{party.phone}",
            f"签订日期：{cn_date(p.signed_on)}",
        )
        yy += 24
        for line in lines:
            for part in s.wrap(line, 225, 9.5):
                s.text(x, yy, part, 9.5)
                yy += 16
        s.picture_mm(x + 120 + rng.uniform(-15, 15), y + 40 + rng.uniform(-8, 12), seal, 42, 42)


# ---- the 工程量清单 contract ---------------------------------------------------------------------------------


def _bill_rows(bill: Bill) -> list[tuple[list[str], str]]:
    rows: list[tuple[list[str], str]] = []
    number = 0
    for section in bill.sections:
        rows.append(([section.title, "", "", "", "", "", "", ""], "section"))
        for line in section.lines:
            number += 1
            rows.append(
                (
                    [
                        str(number),
                        line.code,
                        line.name,
                        line.spec,
                        line.unit,
                        f"{line.qty:,}",
                        yuan(line.price),
                        yuan(line.amount),
                    ],
                    "line",
                )
            )
        rows.append((["", "", "小　计", "", "", "", "", yuan(section.subtotal)], "subtotal"))
    rows.append((["", "", "合　计", "", "", "", "", yuan(bill.items)], "subtotal"))
    return rows


BILL_WIDTHS = (24, 68, 76, 146, 30, 44, 58, 61)
BILL_ALIGNS = ("center", "center", "left", "left", "center", "right", "right", "right")
BILL_HEAD = [
    "序号",
    "项目编码",
    "项目名称",
    "项目特征描述",
    "计量单位",
    "工程量",
    "综合单价（元）",
    "合价（元）",
]


def _bill_pages(bill: Bill) -> list[list[tuple[list[str], str]]]:
    rows = _bill_rows(bill)
    pages: list[list[tuple[list[str], str]]] = [[]]
    used = 0.0
    for row, kind in rows:
        height = _SCRATCH.row_height(BILL_WIDTHS, row, 8, 18) if kind == "line" else 18
        if used + height > 560:
            pages.append([])
            used = 0
        pages[-1].append((row, kind))
        used += height
    return pages


def _bill_page(rows: list[tuple[list[str], str]], p: Project, index: int, count: int) -> PageSpec:
    def paint(s: Sheet) -> None:
        s.text(40, 50, "附件1", 10.5)
        s.text(297.6, 74, "分部分项工程量清单与计价表", 15, bold=True, align="center")
        s.text(40, 98, f"工程名称：{p.name}", 9)
        s.text(555, 98, f"第{index}页　共{count}页", 9, align="right")
        y = s.table(40, 106, BILL_WIDTHS, [BILL_HEAD], 8.5, 26)
        for row, kind in rows:
            if kind == "section":
                y = s.table(
                    40, y, BILL_WIDTHS, [row], 8.5, 18, ["left"] * 8, header=0, spans={0: 8}, bold_rows=(0,)
                )
            else:
                y = s.table(
                    40,
                    y,
                    BILL_WIDTHS,
                    [row],
                    8,
                    18,
                    list(BILL_ALIGNS),
                    header=0,
                    bold_rows=(0,) if kind == "subtotal" else (),
                )

    return PageSpec(paint, A4, "tiro")


def _summary_page(rng: random.Random, p: Project) -> PageSpec:
    bill = p.bill
    assert bill is not None
    firm_seal = round_seal(rng, p.firm_party.name, "", "")

    def paint(s: Sheet) -> None:
        s.text(40, 50, "附件2", 10.5)
        s.text(297.6, 80, "单位工程投标报价汇总表", 15, bold=True, align="center")
        s.text(40, 106, f"工程名称：{p.name}", 9.5)
        rows = [
            ["序号", "汇总内容", "金额（元）", "其中：暂估价（元）"],
            ["1", "分部分项工程", yuan(bill.items), "—"],
        ]
        for i, section in enumerate(bill.sections, start=1):
            rows.append([f"1.{i}", section.title.split("、", 1)[1], yuan(section.subtotal), ""])
        rows += [
            ["2", "措施项目", yuan(bill.safety), "—"],
            [
                "2.1",
                f"其中：安全文明施工费（分部分项工程费×{bill.safety_rate * 100:g}%）",
                yuan(bill.safety),
                "—",
            ],
            ["3", "其他项目", yuan(bill.provisional), "—"],
            ["3.1", "其中：暂列金额", yuan(bill.provisional), "—"],
            ["3.2", "其中：专业工程暂估价", "0.00", "—"],
            ["3.3", "其中：计日工", "0.00", "—"],
            ["3.4", "其中：总承包服务费", "0.00", "—"],
            ["4", f"规费（分部分项工程费×{bill.levy_rate * 100:g}%）", yuan(bill.levy), "—"],
            ["5", f"税金（增值税，(1+2+3+4)×{bill.tax_rate * 100:g}%）", yuan(bill.tax), "—"],
            ["", "投标报价合计=1+2+3+4+5", yuan(bill.total), "0.00"],
        ]
        y = s.table(
            40,
            116,
            [40, 285, 110, 80],
            rows,
            9.5,
            22,
            ["center", "left", "right", "right"],
            bold_rows=(len(rows) - 1,),
        )
        s.text(40, y + 26, f"投标报价合计（大写）：人民币{words_of(p)}", 10.5)
        s.text(40, y + 48, f"投标报价合计（小写）：¥{yuan(bill.total)}元（{wan4(bill.total)}万元）", 10.5)
        s.text(330, y + 96, "投标人：（盖章）", 10.5)
        s.text(330, y + 118, p.firm_party.name, 10.5)
        s.picture_mm(420, y + 100, firm_seal, 42, 42)
        s.text(330, y + 140, f"编制日期：{cn_date(p.award_on or p.signed_on)}", 10)

    return PageSpec(paint, A4, "tiro")


def bill_contract(rng: random.Random, p: Project) -> list[PageSpec]:
    """施工合同 (固定综合单价): 协议 pp. 1–2, signature page, 附件1 清单 (1–2 pages), 附件2 汇总表."""
    bill = p.bill
    assert bill is not None
    t = p.total
    section_names = "、".join(sec.title.split("、", 1)[1] for sec in bill.sections)

    def page1(s: Sheet) -> None:
        y = head(s, p, "施工合同")
        s.text(LEFT, y, f"甲方（发包人）：{p.client}", 11.5)
        s.text(LEFT, y + 24, f"乙方（承包人）：{p.firm_party.name}", 11.5)
        y += 56
        pre = (
            "根据《中华人民共和国民法典》《中华人民共和国建筑法》及有关法律法规，遵循平等、自愿、公平和诚实信用的原则，"
            f"甲乙双方就{p.name}（项目编号：{p.tender_no}）施工及有关事项协商一致，共同达成如下协议："
        )
        y = s.para(LEFT, y, WIDTH, pre, 10.5)
        y = s.para(LEFT, y + 4, WIDTH, "第一条　工程概况", 11, bold=True, indent=0)
        for clause in (
            f"1.1 工程名称：{p.name}。",
            f"1.2 工程地点：{p.location}{p.client}指定地点。",
            f"1.3 工程内容：{section_names}等的设备供货、安装、调试及试运行，具体以工程量清单为准。",
            "1.4 资金来源：财政资金。",
        ):
            y = s.para(LEFT, y, WIDTH, clause, 10.5)
        y = s.para(LEFT, y + 4, WIDTH, "第二条　合同价款", 11, bold=True, indent=0)
        for clause in (
            f"2.1 本合同采用固定综合单价方式计价，合同暂定总价为人民币（大写）{words_of(p)}（¥{yuan(t)}元，即{wan4(t)}万元）。",
            f"2.2 其中：分部分项工程费¥{yuan(bill.items)}元，措施项目费（安全文明施工费）¥{yuan(bill.safety)}元，"
            f"其他项目费（暂列金额）¥{yuan(bill.provisional)}元，规费¥{yuan(bill.levy)}元，税金（增值税，税率9%）¥{yuan(bill.tax)}元。",
            "2.3 综合单价包括完成清单项目所需的人工费、材料和工程设备费、施工机具使用费、企业管理费、利润以及约定范围内的风险费用，合同履行期间不作调整。",
            "2.4 工程结算时，按实际完成并经监理人和发包人确认的工程量乘以本合同约定的综合单价计算；暂列金额由发包人掌握使用，未使用部分在结算时予以扣除。",
        ):
            y = s.para(LEFT, y, WIDTH, clause, 10.5)

    def page2(s: Sheet) -> None:
        y = 80.0
        days = (p.finished_on - p.started_on).days
        blocks = [
            (
                "第三条　合同工期",
                [
                    f"计划开工日期：{cn_date(p.started_on)}；计划竣工日期：{cn_date(p.finished_on)}；总工期{days}日历天。"
                ],
            ),
            (
                "第四条　付款方式",
                [
                    f"4.1 预付款：合同签订后15个工作日内，发包人支付合同暂定总价的30%作为预付款，即人民币{yuan(t * Decimal('0.3'))}元（大写：{capital(t * Decimal('0.3'))}）。",
                    f"4.2 进度款：设备到货并安装完成后，按经监理人和发包人审核的累计已完成工程量价款的80%支付进度款（含已支付的预付款），累计支付不超过合同暂定总价的70%，即人民币{yuan(t * Decimal('0.7'))}元。",
                    "4.3 结算款：工程竣工验收合格且竣工结算经审定后，付至结算审定金额的95%。",
                    f"4.4 质量保证金：结算审定金额的5%作为质量保证金，按合同暂定总价暂计为人民币{yuan(t * Decimal('0.05'))}元（{wan4(t * Decimal('0.05'))}万元）；质量保修期满无质量问题的，发包人在15日内无息支付。",
                    "4.5 承包人在每次收款前向发包人开具等额的增值税发票，建筑服务发票应在备注栏注明建筑服务发生地及项目名称。",
                ],
            ),
            (
                "第五条　质量标准及验收",
                [
                    "5.1 工程质量须符合国家及行业现行验收规范，达到合格标准。",
                    "5.2 工程完工后，承包人提交竣工资料并书面申请验收，发包人在收到申请后14日内组织监理人、承包人等进行竣工验收。验收不合格的，承包人应在约定期限内整改并重新申请验收。",
                ],
            ),
            (
                "第六条　质量保修",
                [
                    "质量保修期为两年，自竣工验收合格之日起计算。保修期内设备故障，承包人接到通知后4小时内响应，24小时内到场处理。"
                ],
            ),
            (
                "第七条　违约责任",
                [
                    "承包人逾期竣工的，每逾期一日按合同暂定总价的0.5‰向发包人支付违约金；发包人逾期付款的，每逾期一日按应付未付款项的0.5‰向承包人支付违约金。"
                ],
            ),
            (
                "第八条　争议解决",
                ["因本合同发生的争议，双方协商解决；协商不成的，依法向工程所在地人民法院提起诉讼。"],
            ),
            (
                "第九条　其他",
                [
                    "9.1 本合同自双方签字盖章之日起生效，一式陆份，甲方肆份，乙方贰份，具有同等法律效力。",
                    "9.2 合同附件：附件1 分部分项工程量清单与计价表；附件2 单位工程投标报价汇总表；中标通知书；招标文件及投标文件。",
                ],
            ),
        ]
        for title, clauses in blocks:
            y = s.para(LEFT, y, WIDTH, title, 11, bold=True, indent=0)
            for clause in clauses:
                y = s.para(LEFT, y, WIDTH, clause, 10.5)
            y += 4

    def page3(s: Sheet) -> None:
        s.text(297.6, 90, "（以下无正文，为签字盖章页）", 10.5, align="center")
        signature_block(s, rng, p, 150, "甲方（发包人）", "乙方（承包人）")
        s.text(LEFT, 560, f"签订地点：{p.location}", 10)

    pages = [PageSpec(page1), PageSpec(page2), PageSpec(page3)]
    bill_pages = _bill_pages(bill)
    pages += [_bill_page(rows, p, i, len(bill_pages)) for i, rows in enumerate(bill_pages, start=1)]
    pages.append(_summary_page(rng, p))
    return pages
