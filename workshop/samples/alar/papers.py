"""The papers of an alar filing, each drawn into a scratch PyMuPDF document with its truth fields."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pymupdf

from .paint import A4, A4_LAND, Sheet, flush, width
from .world import Client, Firm, date_cn, fig, person, q2, rmb_words, s2, wan

X0, X1 = 68.0, 527.0
TW = X1 - X0

FEE_LABELS = {
    "hardware_purchase": ("硬件设备购置", Decimal("0.13")),
    "software_purchase": ("商用软件产品购置", Decimal("0.13")),
    "software_development": ("应用软件定制开发", Decimal("0.06")),
    "integration_implementation": ("系统集成及安装调试", Decimal("0.09")),
    "consulting_design": ("方案咨询设计", Decimal("0.06")),
    "operation_maintenance": ("运行维护服务（壹年）", Decimal("0.06")),
}


@dataclass
class PriceRow:
    lot: int
    fee: str
    gross: Decimal  # 含税

    @property
    def rate(self) -> Decimal:
        return FEE_LABELS[self.fee][1]

    @property
    def net(self) -> Decimal:
        return q2(self.gross / (1 + self.rate))

    @property
    def tax(self) -> Decimal:
        return self.gross - self.net


@dataclass
class Deal:
    """One contract (possibly covering several lots of one procurement)."""

    pid: str
    name: str  # 项目名称 as printed
    client: Client
    contract_no: str
    proc_no: str
    lots: list[tuple[int, str]]  # (lot number, lot title)
    rows: list[PriceRow]
    signed: dt.date
    accepted: dt.date
    notice: dt.date
    itemised: bool = True
    supervisor: str | None = None
    method: str = "公开招标"
    agency: str = ""
    client_code: str = ""
    client_legal: str = ""
    client_bank: str = ""
    client_account: str = ""
    client_phone: str = ""
    agent_a: str = ""
    agent_b: str = ""
    scope: str = ""
    tax_note: str = "6%"
    party_a_printed: str = ""  # the 采购人 as the papers print it (defaults to client.name)

    @property
    def total(self) -> Decimal:
        return sum((r.gross for r in self.rows), Decimal(0))

    def lot_total(self, lot: int) -> Decimal:
        return sum((r.gross for r in self.rows if r.lot == lot), Decimal(0))

    def fees(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for r in self.rows:
            out[r.fee] = out.get(r.fee, Decimal(0)) + r.gross
        return out

    @property
    def party_a(self) -> str:
        return self.party_a_printed or self.client.name

    def lot_text(self) -> str:
        return "、".join(f"第{n}包" for n, _ in self.lots)


@dataclass
class Paper:
    """A document: its pages in a scratch PDF and what truth says about it."""

    type: str
    doc: pymupdf.Document
    fields: dict[str, Any] = field(default_factory=dict)
    project_id: str | None = None
    key: str = ""

    def __post_init__(self) -> None:
        flush(self.doc)


def _money_fields(amount: Decimal) -> dict[str, str]:
    return {"contract_amount": s2(amount), "amount_in_words": rmb_words(amount)}


# ---- 中标通知书 ----------------------------------------------------------------------------------


def notice(deals: list[Deal], firm: Firm, rng: random.Random) -> Paper:
    d0 = deals[0]
    doc = pymupdf.open()
    s = Sheet(doc)
    s.spaced(110, "中标通知书", 22, 8)
    s.right(X1, 140, f"编号：{d0.proc_no}-ZB{rng.randint(1, 9):02d}", 10)
    s.text(X0, 180, f"{firm.name}：", 11.5)
    lots = [(n, t, dl) for dl in deals for n, t in dl.lots]
    y = s.para(
        X0,
        208,
        TW,
        f"{d0.agency}受{d0.party_a}委托，就“{d0.name}”（项目编号：{d0.proc_no}）以{d0.method}方式进行采购，"
        f"经评标委员会评审、采购人确认，确定你单位为下列包的中标供应商：",
        11.5,
    )
    rows: list[list[Any]] = [["包号", "包名称", "中标金额（元）", "服务期/交货期"]]
    for n, t, dl in lots:
        rows.append(
            [
                f"第{n}包",
                t,
                fig(dl.lot_total(n)),
                rng.choice(("合同签订后90日历天", "合同签订后120日历天", "合同签订后60日历天")),
            ]
        )
    y = s.table(X0, y + 2, [60, 200, 110, 89], rows, 10, 24, ["c", "l", "r", "l"])
    y = s.para(
        X0,
        y + 28,
        TW,
        "请你单位自本通知书发出之日起30日内，按照采购文件和你单位的投标文件与采购人签订政府采购合同。"
        "中标金额以最终签订的合同为准，本通知书与采购文件、投标文件共同构成合同的组成部分。",
        11.5,
    )
    y = s.para(X0, y + 6, TW, "特此通知。", 11.5)
    s.text(X0, y + 40, f"采购人：{d0.party_a}（盖章）", 11)
    s.text(X0, y + 100, f"采购代理机构：{d0.agency}（盖章）", 11)
    s.seal(X0 + 150, y + 40, d0.party_a, rng, 52)
    s.seal(X0 + 300, y + 96, d0.agency, rng, 52)
    s.right(X1, y + 160, date_cn(d0.notice), 11)
    return Paper("other", doc, {}, d0.pid, key=f"notice-{d0.pid}")


# ---- 政府采购合同 --------------------------------------------------------------------------------


def contract(deal: Deal, firm: Firm, rng: random.Random) -> Paper:
    doc = pymupdf.open()
    # page 1: parties only in a table, no names in the running text
    s = Sheet(doc)
    s.right(X1, 70, f"合同编号：{deal.contract_no}", 10)
    s.spaced(140, "政府采购合同", 26, 10)
    s.center(172, "（货物及服务类）", 12)
    rows = [
        ["采购人（甲方）", deal.party_a],
        ["供应商（乙方）", firm.name],
        ["项目名称", deal.name],
        ["采购项目编号", deal.proc_no],
        ["包号（标段）", "；".join(f"第{n}包：{t}" for n, t in deal.lots)],
        ["采购方式", deal.method],
        ["合同签订地点", "新疆阿拉尔市"],
    ]
    y = s.table(X0, 205, [120, TW - 120], rows, 11, 30, ["c", "l"])
    y = s.para(
        X0,
        y + 34,
        TW,
        "根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规的规定，按照本项目采购文件及"
        "乙方投标（响应）文件的内容，甲乙双方本着平等互利、诚实信用的原则，经协商一致，订立本合同，共同遵守。",
        11,
    )
    s.text(X0, y + 8, "第一条  合同标的", 11.5, True)
    s.para(X0, y + 34, TW, deal.scope, 11)
    s.center(810, "第 1 页 共 4 页", 9)

    # page 2: price
    s = Sheet(doc)
    s.text(X0, 80, "第二条  合同价款", 11.5, True)
    total = deal.total
    words = rmb_words(total)
    if deal.itemised:
        hdr = ["序号", "包号", "分项内容", "不含税金额（元）", "税率", "税额（元）", "含税金额（元）"]
        cols = [30, 40, 120, 80, 36, 68, 85]
        trs: list[list[Any]] = [hdr]
        k = 1
        for n, _ in deal.lots:
            lot_rows = [r for r in deal.rows if r.lot == n]
            for r in lot_rows:
                trs.append(
                    [
                        str(k),
                        f"第{n}包",
                        FEE_LABELS[r.fee][0],
                        fig(r.net),
                        f"{int(r.rate * 100)}%",
                        fig(r.tax),
                        fig(r.gross),
                    ]
                )
                k += 1
            if len(deal.lots) > 1:
                net = sum((r.net for r in lot_rows), Decimal(0))
                tax = sum((r.tax for r in lot_rows), Decimal(0))
                trs.append([(f"第{n}包小计", 3), fig(net), "", fig(tax), fig(deal.lot_total(n))])
        net = sum((r.net for r in deal.rows), Decimal(0))
        tax = sum((r.tax for r in deal.rows), Decimal(0))
        trs.append([("合计", 3), fig(net), "", fig(tax), fig(total)])
        y = s.table(
            X0, 96, cols, trs, 8.6, 22, ["c", "c", "l", "r", "c", "r", "r"], bold_rows=(0, len(trs) - 1)
        )
        y = s.para(
            X0,
            y + 26,
            TW,
            f"合同总价（含税）：人民币{words}（¥{fig(total)}）。上述价款为含税价，已包含货物、运输、安装调试、"
            "培训、软件许可、售后服务及税费等全部费用，合同履行期间不作调整。",
            11,
        )
    else:
        y = s.para(
            X0,
            104,
            TW,
            f"本合同总价（含税）为人民币{words}（¥{fig(total)}），增值税税率{deal.tax_note}。合同总价为固定总价，"
            "已包含完成本项目所需的设备、软件、实施、培训、售后服务及税费等全部费用，合同履行期间不作调整。",
            11,
        )
    first = q2(total * Decimal("0.3"))
    second = q2(total * Decimal("0.6"))
    last = total - first - second
    s.text(X0, y + 10, "第三条  付款方式", 11.5, True)
    y = s.para(
        X0,
        y + 36,
        TW,
        f"（一）合同签订且乙方提交等额发票后15个工作日内，甲方支付合同总价的30%，即¥{fig(first)}；",
        11,
    )
    y = s.para(X0, y, TW, f"（二）项目终验合格后15个工作日内，甲方支付合同总价的60%，即¥{fig(second)}；", 11)
    y = s.para(X0, y, TW, f"（三）质保期满且无质量问题，甲方支付剩余10%，即¥{fig(last)}。", 11)
    y = s.para(
        X0,
        y,
        TW,
        "乙方每次收款前应向甲方开具合法有效的增值税发票，甲方以银行转账方式支付至乙方指定账户。",
        11,
    )
    s.center(810, "第 2 页 共 4 页", 9)

    # page 3: clauses
    s = Sheet(doc)
    y = 80.0
    clauses = [
        (
            "第四条  交付与实施",
            "乙方应于合同签订后按采购文件规定的工期完成全部货物供货、安装调试和系统部署，"
            "并提供完整的技术资料、操作手册及培训服务。实施地点为甲方指定地点。",
        ),
        (
            "第五条  验收",
            "项目实施完成后，乙方向甲方提交书面验收申请，甲方在收到申请后组织验收小组按合同约定及采购文件技术要求进行验收，"
            "聘请监理单位的，监理单位应出具验收意见。验收合格的，双方签署项目验收单。",
        ),
        (
            "第六条  质量保证",
            "乙方提供的货物应为全新、原厂、未使用过的合格产品，质保期为终验合格之日起三年。"
            "质保期内乙方提供7×24小时响应服务，接到故障通知后4小时内到达现场。",
        ),
        (
            "第七条  违约责任",
            "乙方逾期交付的，每逾期一日按合同总价的千分之三向甲方支付违约金；甲方逾期付款的，"
            "每逾期一日按未付金额的千分之三向乙方支付违约金。违约金累计不超过合同总价的10%。",
        ),
        ("第八条  争议解决", "因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。"),
        (
            "第九条  其他",
            "本合同自双方法定代表人或委托代理人签字并加盖公章（合同专用章）之日起生效。"
            "本合同一式陆份，甲方肆份，乙方贰份，具有同等法律效力。采购文件、投标文件、中标通知书为本合同的组成部分。",
        ),
    ]
    for title, body in clauses:
        s.text(X0, y, title, 11.5, True)
        y = s.para(X0, y + 26, TW, body, 11) + 10
    s.center(810, "第 3 页 共 4 页", 9)

    # page 4: signatures and the two-column 甲乙双方信息表
    s = Sheet(doc)
    s.center(74, "（以下无正文）", 10.5)
    mid = X0 + TW / 2
    s.text(X0, 110, "甲方（盖章）：", 11)
    s.text(mid + 10, 110, "乙方（盖章）：", 11)
    s.text(X0, 160, "法定代表人或委托代理人（签字）：", 10)
    s.text(mid + 10, 160, "法定代表人或委托代理人（签字）：", 10)
    s.sign(X0 + 40, 188, rng)
    s.sign(mid + 50, 188, rng)
    s.text(X0, 218, f"签订日期：{date_cn(deal.signed)}", 11)
    s.text(mid + 10, 218, f"签订日期：{date_cn(deal.signed)}", 11)
    s.seal(X0 + 120, 150, deal.party_a, rng, 56, bottom="合同专用章")
    s.seal(mid + 120, 150, firm.name, rng, 56, bottom="合同专用章")
    s.spaced(262, "甲乙双方信息表", 13, 3)
    info = [
        ["项目", "甲方（采购人）", "乙方（供应商）"],
        ["单位名称", deal.party_a, firm.name],
        ["统一社会信用代码", deal.client_code, firm.code],
        ["地址", deal.client.address, firm.address],
        ["法定代表人", deal.client_legal, firm.legal],
        ["委托代理人", deal.agent_a, deal.agent_b],
        ["开户银行", deal.client_bank, firm.bank],
        ["账号", deal.client_account, firm.account],
        ["联系电话", deal.client_phone, firm.phone],
    ]
    s.table(X0, 278, [96, (TW - 96) / 2, (TW - 96) / 2], info, 9.5, 26, ["c", "l", "l"], bold_rows=(0,))
    s.center(810, "第 4 页 共 4 页", 9)

    fields: dict[str, Any] = {
        "project_name": deal.name,
        "contract_number": deal.contract_no,
        "party_a": deal.party_a,
        "party_b": firm.name,
        **_money_fields(total),
        "signed_on": deal.signed.isoformat(),
    }
    if deal.itemised:
        from .world import s2 as _s2

        fees = deal.fees()
        from jianzheng.models.declaration import FEE_KEYS

        fields["fees"] = {k: _s2(fees.get(k, Decimal(0))) for k in FEE_KEYS}
    return Paper("contract", doc, fields, deal.pid, key=f"contract-{deal.contract_no}")


# ---- 项目验收单 ----------------------------------------------------------------------------------


def _tick(s: Sheet, x: float, y: float, on: bool) -> None:
    s.rect(x, y - 9, x + 10, y + 1, 0.8)
    if on:
        s.page.draw_polyline(
            [(x + 1.5, y - 4.5), (x + 4.2, y - 1), (x + 11, y - 12)], color=(0.05, 0.05, 0.2), width=1.6
        )


def acceptance(deal: Deal, firm: Firm, rng: random.Random, accepted: dt.date | None = None) -> Paper:
    when = accepted or deal.accepted
    doc = pymupdf.open()
    s = Sheet(doc)
    s.spaced(78, "项目验收单", 20, 8)
    s.right(X1, 104, f"验收编号：YS-{when.year}-{rng.randint(10, 399):03d}", 9.5)
    content = (
        f"依据合同及采购文件技术要求，验收小组对{deal.lot_text()}的货物数量、品牌型号、外观、安装质量、"
        "系统功能与性能、技术资料及培训情况进行了现场核验和测试，设备到货齐全、运行稳定，软件功能满足合同要求。"
    )
    rows: list[list[Any]] = [
        ["项目名称", (deal.name, 3)],
        ["合同编号", deal.contract_no, "包号", deal.lot_text()],
        ["采购人", (deal.party_a, 3)],
        ["供应商", (firm.name, 3)],
        ["合同金额", (f"人民币{rmb_words(deal.total)}（¥{fig(deal.total)}）", 3)],
        ["验收日期", date_cn(when, 2), "验收地点", deal.client.short],
        ["验收内容", (content, 3)],
    ]
    cols = [86, 150, 70, TW - 306]
    y = s.table(X0, 116, cols, rows, 10, 28, ["c", "l", "c", "l"])
    # conclusion row drawn by hand: tick boxes
    h = 64
    s.rect(X0, y, X0 + 86, y + h)
    s.rect(X0 + 86, y, X1, y + h)
    s.center(y + h / 2 + 4, "验收结论", 10, False, X0, X0 + 86)
    _tick(s, X0 + 100, y + 24, True)
    s.text(X0 + 114, y + 24, "合格", 11)
    _tick(s, X0 + 170, y + 24, False)
    s.text(X0 + 184, y + 24, "不合格", 11)
    s.text(X0 + 100, y + 48, "验收意见：项目已按合同约定完成，验收小组一致同意通过验收。", 10)
    y += h
    # panel signatures
    h = 70
    s.rect(X0, y, X0 + 86, y + h)
    s.rect(X0 + 86, y, X1, y + h)
    s.center(y + 30, "验收小组", 10, False, X0, X0 + 86)
    s.center(y + 46, "成员（签字）", 10, False, X0, X0 + 86)
    s.text(X0 + 96, y + 22, "组长：", 10)
    s.sign(X0 + 130, y + 24, rng, 64, 22)
    s.text(X0 + 240, y + 22, "成员：", 10)
    for k in range(rng.randint(2, 3)):
        s.sign(X0 + 274 + 62 * k, y + 24, rng, 56, 20)
    s.text(X0 + 96, y + 56, "使用单位代表：", 10)
    s.sign(X0 + 170, y + 58, rng, 60, 20)
    y += h
    # 采购人 / 供应商 seals side by side
    h = 110
    mid = X0 + 86 + (TW - 86) / 2
    s.rect(X0, y, X0 + 86, y + h)
    s.rect(X0 + 86, y, mid, y + h)
    s.rect(mid, y, X1, y + h)
    s.center(y + h / 2 + 4, "签章", 10, False, X0, X0 + 86)
    s.text(X0 + 94, y + 20, "采购人（盖章）：", 10)
    s.text(mid + 8, y + 20, "供应商（盖章）：", 10)
    s.text(X0 + 94, y + 98, f"日期：{date_cn(when)}", 10)
    s.text(mid + 8, y + 98, f"日期：{date_cn(when)}", 10)
    s.seal(X0 + 86 + (mid - X0 - 86) / 2, y + 48, deal.party_a, rng, 42)
    s.seal(mid + (X1 - mid) / 2, y + 48, firm.name, rng, 42)
    y += h
    fields: dict[str, Any] = {
        "project_name": deal.name,
        "party_a": deal.party_a,
        "party_b": firm.name,
        "accepted_on": when.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    if deal.supervisor:
        h = 120
        s.rect(X0, y, X0 + 86, y + h)
        s.rect(X0 + 86, y, X1, y + h)
        s.center(y + h / 2 - 4, "监理单位", 10, False, X0, X0 + 86)
        s.center(y + h / 2 + 12, "意见", 10, False, X0, X0 + 86)
        yy = s.para(
            X0 + 94,
            y + 20,
            TW - 100,
            "经审核，该项目已按合同及设计文件要求实施完成，设备安装规范，竣工资料齐全，同意验收。",
            10,
            1.6,
            indent=False,
        )
        s.text(X0 + 94, yy + 4, f"监理单位：{deal.supervisor}（盖章）", 10)
        s.text(X0 + 94, yy + 30, "总监理工程师（签字）：", 10)
        s.sign(X0 + 210, yy + 32, rng, 60, 20)
        s.text(X0 + 300, yy + 30, f"日期：{date_cn(when)}", 10)
        s.seal(X1 - 60, y + 52, deal.supervisor, rng, 42)
        fields["third_party"] = deal.supervisor
        y += h
    s.text(X0, y + 20, "注：本单一式三份，采购人、供应商、监理单位各执一份。", 9)
    return Paper("acceptance_report", doc, fields, deal.pid, key=f"accept-{deal.contract_no}")


# ---- 数电票 --------------------------------------------------------------------------------------

INVOICE_SIZE = (680.0, 410.0)


@dataclass
class Invoice:
    number: str
    issued: dt.date
    gross: Decimal
    rate: Decimal
    item: str

    @property
    def net(self) -> Decimal:
        return q2(self.gross / (1 + self.rate))

    @property
    def tax(self) -> Decimal:
        return self.gross - self.net

    def qr(self) -> str:
        return (
            f"01,32,,{self.number},{s2(self.net)},{self.issued:%Y%m%d},,{self.number[-6:]}{self.issued:%m%d}"
        )


def invoice(inv: Invoice, deal: Deal, firm: Firm, rng: random.Random) -> Paper:
    doc = pymupdf.open()
    s = Sheet(doc, INVOICE_SIZE)
    brown = (0.55, 0.25, 0.15)
    s.qr((24, 18, 88, 82), inv.qr())
    s.center(48, "电子发票（普通发票）", 19, True)
    s.page.draw_line((250, 56), (430, 56), color=brown, width=1)
    s.page.draw_line((250, 59), (430, 59), color=brown, width=1)
    s.text(478, 40, f"发票号码：{inv.number}", 9.5)
    s.text(478, 60, f"开票日期：{date_cn(inv.issued, 2)}", 9.5)
    bx0, bx1, top = 20.0, 660.0, 92.0
    midx = (bx0 + bx1) / 2
    s.rect(bx0, top, bx1, 350, 0.8)
    s.line(midx, top, midx, 168)
    s.line(bx0, 168, bx1, 168)
    s.line(bx0 + 22, top, bx0 + 22, 168)
    s.line(midx + 22, top, midx + 22, 168)
    for i, ch in enumerate("购买方信息"):
        s.text(bx0 + 6, top + 16 + i * 14, ch, 9.5)
    for i, ch in enumerate("销售方信息"):
        s.text(midx + 6, top + 16 + i * 14, ch, 9.5)
    s.text(bx0 + 28, top + 28, f"名称：{deal.party_a}", 9.5)
    s.text(bx0 + 28, top + 56, f"统一社会信用代码/纳税人识别号：{deal.client_code}", 9)
    s.text(midx + 28, top + 28, f"名称：{firm.name}", 9.5)
    s.text(midx + 28, top + 56, f"统一社会信用代码/纳税人识别号：{firm.code}", 9)
    hdr_y = 184
    cols = [
        (28, "项目名称"),
        (190, "规格型号"),
        (250, "单位"),
        (290, "数量"),
        (330, "单价"),
        (420, "金额"),
        (500, "税率/征收率"),
        (580, "税额"),
    ]
    for x, t in cols:
        s.text(x, hdr_y, t, 9)
    s.text(28, 204, inv.item, 9)
    s.text(250, 204, "项", 9)
    s.text(298, 204, "1", 9)
    s.text(330, 204, fig(inv.net).replace(",", ""), 9)
    s.right(480, 204, fig(inv.net).replace(",", ""), 9)
    s.text(516, 204, f"{int(inv.rate * 100)}%", 9)
    s.right(640, 204, fig(inv.tax).replace(",", ""), 9)
    s.text(70, 282, "合          计", 9.5)
    s.right(480, 282, f"¥{fig(inv.net).replace(',', '')}", 9.5)
    s.right(640, 282, f"¥{fig(inv.tax).replace(',', '')}", 9.5)
    s.line(bx0, 292, bx1, 292)
    s.text(30, 310, "价税合计（大写）", 9.5)
    s.text(130, 310, f"ⓧ{rmb_words(inv.gross)}", 10)
    s.text(470, 310, f"（小写）¥{fig(inv.gross).replace(',', '')}", 10)
    s.line(bx0, 320, bx1, 320)
    s.text(30, 338, f"备注：项目名称：{deal.name}；合同编号：{deal.contract_no}", 8.5)
    s.text(30, 372, f"开票人：{person(rng)}", 9.5)
    fields = {
        "invoice_number": inv.number,
        "issued_on": inv.issued.isoformat(),
        "buyer": deal.party_a,
        "seller": firm.name,
        "total_amount": s2(inv.gross),
        "qr": inv.qr(),
    }
    return Paper("invoice", doc, fields, deal.pid, key=f"invoice-{inv.number}")


# ---- 营业执照（正本, landscape） -------------------------------------------------------------------


def _border(s: Sheet) -> None:
    w, h = s.w, s.h
    col = (0.45, 0.42, 0.30)
    for inset, lw in ((18, 2.2), (26, 0.8), (40, 0.8)):
        s.page.draw_rect(pymupdf.Rect(inset, inset, w - inset, h - inset), color=col, width=lw)
    step = 14.0
    x = 30.0
    while x < w - 30:
        for yy in (33.0, h - 33.0):
            s.page.draw_oval(pymupdf.Rect(x - 6, yy - 4, x + 6, yy + 4), color=col, width=0.5)
        x += step
    y = 30.0
    while y < h - 30:
        for xx in (33.0, w - 33.0):
            s.page.draw_oval(pymupdf.Rect(xx - 4, y - 6, xx + 4, y + 6), color=col, width=0.5)
        y += step


def _emblem(s: Sheet, cx: float, cy: float) -> None:
    red, gold = (0.82, 0.1, 0.1), (0.95, 0.75, 0.1)
    s.page.draw_circle((cx, cy), 26, color=gold, fill=red, width=2)
    s.page.draw_rect(pymupdf.Rect(cx - 14, cy + 4, cx + 14, cy + 14), color=gold, fill=gold)
    for dx, dy, r in ((0, -12, 6), (-12, -4, 3), (-7, 3, 3), (7, 3, 3), (12, -4, 3)):
        s.page.draw_circle((cx + dx, cy + dy), r, color=gold, fill=gold)


def licence(firm: Firm, rng: random.Random, capital: Decimal | None = None) -> Paper:
    cap = firm.capital if capital is None else capital
    doc = pymupdf.open()
    s = Sheet(doc, A4_LAND)
    _border(s)
    _emblem(s, s.w / 2, 84)
    s.spaced(160, "营业执照", 38, 16)
    s.center(188, "（正本）", 13)
    s.text(70, 140, "统一社会信用代码", 10.5, True)
    s.text(70, 158, firm.code, 11)
    s.qr((676, 112, 736, 172), f"http://www.gsxt.gov.cn/index.html?uniscid={firm.code}")
    s.text(742, 124, "扫描二维码登录", 6)
    s.text(742, 134, "“国家企业信用", 6)
    s.text(742, 144, "信息公示系统”", 6)
    s.text(742, 154, "了解更多登记、", 6)
    s.text(742, 164, "备案、许可、监", 6)
    s.text(742, 174, "管信息。", 6)
    lx, vx, rx, rvx = 70.0, 148.0, 450.0, 530.0
    y = 232.0
    scope = (
        "许可项目：建设工程施工。一般项目：信息系统集成服务；软件开发；信息技术咨询服务；计算机系统服务；"
        "网络技术服务；安全技术防范系统设计施工服务；计算机软硬件及辅助设备零售；通讯设备销售；"
        "数据处理服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    )
    for label, value in (
        ("名        称", firm.name),
        ("类        型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", firm.legal),
    ):
        s.text(lx, y, label, 11.5, True)
        s.text(vx, y, value, 11)
        y += 30
    s.text(lx, y, "经营范围", 11.5, True)
    yy = y
    for line in s.wrap(scope, 280, 9.5):
        s.text(vx, yy, line, 9.5)
        yy += 15
    y = 232.0
    for label, value in (
        ("注册资本", rmb_words(cap)),
        ("成立日期", date_cn(firm.established, 2)),
        ("营业期限", f"{date_cn(firm.established, 2)} 至 长期"),
        ("住        所", firm.address),
    ):
        s.text(rx, y, label, 11.5, True)
        lines = s.wrap(value, 250, 11)
        for k, ln in enumerate(lines):
            s.text(rvx, y + k * 16, ln, 11)
        y += 30
    s.text(560, 470, "登  记  机  关", 13, True)
    issued = firm.established + dt.timedelta(days=rng.randint(400, 2400))
    issued = min(issued, dt.date(2024, 3, 1))
    s.text(600, 520, f"{issued.year}  年  {issued.month:02d}  月  {issued.day:02d}  日", 11)
    s.seal(700, 470, firm.place.registrar, rng, 56)
    s.text(60, 560, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8)
    s.text(330, 556, "市场主体应当于每年1月1日至6月30日通过", 8)
    s.text(330, 568, "国家企业信用信息公示系统报送公示年度报告。", 8)
    s.text(640, 560, "国家市场监督管理总局监制", 8.5)
    fields = {
        "company_name": firm.name,
        "credit_code": firm.code,
        "legal_representative": firm.legal,
        "registered_capital": s2(cap),
        "company_type": "有限责任公司（自然人投资或控股）",
        "established_on": firm.established.isoformat(),
        "valid_until": "长期",
        "address": firm.address,
    }
    return Paper("business_license", doc, fields, None, key="licence")


# ---- 审计报告 (万元, 上年 before 本年) --------------------------------------------------------------


@dataclass
class Books:
    """One year's statements in yuan (multiples of 100 so the 万元 print is exact); index 0 = 2023, 1 = 2024."""

    revenue: tuple[Decimal, Decimal]
    si_revenue: Decimal  # 2024 系统集成收入
    cost: tuple[Decimal, Decimal]
    tax_surcharge: tuple[Decimal, Decimal]
    selling: tuple[Decimal, Decimal]
    admin: tuple[Decimal, Decimal]
    rnd: tuple[Decimal, Decimal]
    finance: tuple[Decimal, Decimal]
    other_income: tuple[Decimal, Decimal]
    other_expense: tuple[Decimal, Decimal]
    income_tax: tuple[Decimal, Decimal]
    cash: tuple[Decimal, Decimal]
    receivable: tuple[Decimal, Decimal]
    inventory: tuple[Decimal, Decimal]
    fixed: tuple[Decimal, Decimal]
    payable: tuple[Decimal, Decimal]
    tax_payable: tuple[Decimal, Decimal]
    paid_in: Decimal
    surplus: tuple[Decimal, Decimal]

    def op_profit(self, i: int) -> Decimal:
        return (
            self.revenue[i]
            - self.cost[i]
            - self.tax_surcharge[i]
            - self.selling[i]
            - self.admin[i]
            - self.rnd[i]
            - self.finance[i]
        )

    def total_profit(self, i: int) -> Decimal:
        return self.op_profit(i) + self.other_income[i] - self.other_expense[i]

    def net_profit(self, i: int) -> Decimal:
        return self.total_profit(i) - self.income_tax[i]

    def current_assets(self, i: int) -> Decimal:
        return self.cash[i] + self.receivable[i] + self.inventory[i]

    def assets(self, i: int) -> Decimal:
        return self.current_assets(i) + self.fixed[i]

    def liabilities(self, i: int) -> Decimal:
        return self.payable[i] + self.tax_payable[i]

    def undistributed(self, i: int) -> Decimal:
        return self.assets(i) - self.liabilities(i) - self.paid_in - self.surplus[i]

    def equity(self, i: int) -> Decimal:
        return self.paid_in + self.surplus[i] + self.undistributed(i)


def _h(rng: random.Random, lo: float, hi: float) -> Decimal:
    return Decimal(int(rng.uniform(lo, hi) / 100)) * 100


def make_books(rng: random.Random, revenue_2024: Decimal, capital: Decimal) -> Books:
    r1 = Decimal(int(revenue_2024 / 100)) * 100
    r0 = _h(rng, float(r1) * 0.7, float(r1) * 1.1)
    rev = (r0, r1)

    def part(lo: float, hi: float) -> tuple[Decimal, Decimal]:
        return (_h(rng, float(r0) * lo, float(r0) * hi), _h(rng, float(r1) * lo, float(r1) * hi))

    b = Books(
        revenue=rev,
        si_revenue=_h(rng, float(r1) * 0.62, float(r1) * 0.85),
        cost=part(0.62, 0.72),
        tax_surcharge=part(0.003, 0.006),
        selling=part(0.03, 0.05),
        admin=part(0.08, 0.11),
        rnd=part(0.03, 0.06),
        finance=part(0.001, 0.004),
        other_income=part(0.0, 0.004),
        other_expense=part(0.0, 0.002),
        income_tax=(Decimal(0), Decimal(0)),
        cash=part(0.12, 0.25),
        receivable=part(0.25, 0.45),
        inventory=part(0.05, 0.12),
        fixed=part(0.04, 0.09),
        payable=part(0.12, 0.22),
        tax_payable=part(0.01, 0.02),
        paid_in=Decimal(int(min(capital, r1 * Decimal("0.25")) / 100)) * 100,
        surplus=part(0.01, 0.02),
    )
    b.income_tax = (
        Decimal(int(max(b.total_profit(0), Decimal(0)) * Decimal("0.05") / 100)) * 100,
        Decimal(int(max(b.total_profit(1), Decimal(0)) * Decimal("0.05") / 100)) * 100,
    )
    return b


def audit(
    firm: Firm,
    books: Books,
    rng: random.Random,
    consolidated: bool = False,
) -> tuple[Paper, dict[str, int]]:
    """Four pages: opinion, 资产负债表, 利润表, 附注 (营业收入). Returns the paper and page offsets by role."""
    fname, prefix = rng.choice(
        (
            ("新疆天瑞会计师事务所（普通合伙）", "新天瑞审字"),
            ("阿克苏信诚有限责任会计师事务所", "阿信诚审字"),
            ("新疆驰远天合有限责任会计师事务所阿克苏分所", "驰远审字"),
            ("新疆金天中会计师事务所有限公司", "金天中审字"),
        )
    )
    number = f"{prefix}〔2025〕第{rng.randint(20, 480):03d}号"
    signed = dt.date(2025, rng.randint(2, 4), rng.randint(1, 28))
    he = "合并" if consolidated else ""
    doc = pymupdf.open()
    s = Sheet(doc)
    s.spaced(86, "审计报告", 22, 10)
    s.center(114, number, 11)
    s.text(X0, 150, f"{firm.name}全体股东：", 11.5)
    s.text(X0, 182, "一、审计意见", 11.5, True)
    if consolidated:
        scope = (
            f"我们审计了{firm.name}及其子公司{firm.subsidiary}（以下统称“贵集团”）财务报表，包括2024年12月31日的"
            "合并资产负债表，2024年度的合并利润表、合并现金流量表、合并所有者权益变动表以及相关财务报表附注。"
        )
        view = "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵集团2024年12月31日的合并财务状况以及2024年度的合并经营成果和合并现金流量。"
    else:
        scope = (
            f"我们审计了{firm.name}（以下简称“贵公司”）财务报表，包括2024年12月31日的资产负债表，"
            "2024年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。"
        )
        view = "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2024年12月31日的财务状况以及2024年度的经营成果和现金流量。"
    y = s.para(X0, 208, TW, scope, 11)
    y = s.para(X0, y, TW, view, 11)
    s.text(X0, y + 8, "二、形成审计意见的基础", 11.5, True)
    y = s.para(
        X0,
        y + 34,
        TW,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
        "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于被审计单位，并履行了职业道德方面的其他责任。"
        "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        11,
    )
    s.text(X0, y + 8, "三、管理层和治理层对财务报表的责任", 11.5, True)
    y = s.para(
        X0,
        y + 34,
        TW,
        "管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
        "以使财务报表不存在由于舞弊或错误导致的重大错报。",
        11,
    )
    s.text(X0, y + 40, fname, 11)
    s.text(X0, y + 70, "中国·阿克苏", 11)
    s.text(330, y + 40, "中国注册会计师：", 11)
    s.sign(430, y + 42, rng)
    s.text(330, y + 70, "中国注册会计师：", 11)
    s.sign(430, y + 72, rng)
    s.text(330, y + 100, date_cn(signed), 11)
    s.seal(X0 + 100, y + 60, fname, rng, 52)

    # 资产负债表
    s = Sheet(doc)
    s.spaced(70, f"{he}资产负债表", 16, 4)
    s.text(X0, 96, f"编制单位：{firm.name}", 9.5)
    s.center(96, "2024年12月31日", 9.5, False, 300, 420)
    s.right(X1, 96, "单位：万元", 9.5)
    b = books
    rows = [
        ["项    目", "上年年末余额", "期末余额"],
        ["流动资产：", "", ""],
        ["货币资金", wan(b.cash[0]), wan(b.cash[1])],
        ["应收账款", wan(b.receivable[0]), wan(b.receivable[1])],
        ["存货", wan(b.inventory[0]), wan(b.inventory[1])],
        ["流动资产合计", wan(b.current_assets(0)), wan(b.current_assets(1))],
        ["非流动资产：", "", ""],
        ["固定资产", wan(b.fixed[0]), wan(b.fixed[1])],
        ["非流动资产合计", wan(b.fixed[0]), wan(b.fixed[1])],
        ["资产总计", wan(b.assets(0)), wan(b.assets(1))],
        ["流动负债：", "", ""],
        ["应付账款", wan(b.payable[0]), wan(b.payable[1])],
        ["应交税费", wan(b.tax_payable[0]), wan(b.tax_payable[1])],
        ["负债合计", wan(b.liabilities(0)), wan(b.liabilities(1))],
        ["所有者权益：", "", ""],
        ["实收资本", wan(b.paid_in), wan(b.paid_in)],
        ["盈余公积", wan(b.surplus[0]), wan(b.surplus[1])],
        ["未分配利润", wan(b.undistributed(0)), wan(b.undistributed(1))],
        ["所有者权益合计", wan(b.equity(0)), wan(b.equity(1))],
        ["负债和所有者权益总计", wan(b.assets(0)), wan(b.assets(1))],
    ]
    s.table(X0, 106, [TW - 240, 120, 120], rows, 9.5, 24, ["l", "r", "r"], bold_rows=(0,))
    s.text(X0, 640, "法定代表人：", 9.5)
    s.text(230, 640, "主管会计工作负责人：", 9.5)
    s.text(400, 640, "会计机构负责人：", 9.5)

    # 利润表
    s = Sheet(doc)
    s.spaced(70, f"{he}利润表", 16, 4)
    s.text(X0, 96, f"编制单位：{firm.name}", 9.5)
    s.center(96, "2024年度", 9.5, False, 300, 420)
    s.right(X1, 96, "单位：万元", 9.5)

    def two(vals: tuple[Decimal, Decimal]) -> list[str]:
        return [wan(vals[0]), wan(vals[1])]

    rows = [
        ["项    目", "上期金额", "本期金额"],
        ["一、营业收入", *two(b.revenue)],
        ["    减：营业成本", *two(b.cost)],
        ["        税金及附加", *two(b.tax_surcharge)],
        ["        销售费用", *two(b.selling)],
        ["        管理费用", *two(b.admin)],
        ["        研发费用", *two(b.rnd)],
        ["        财务费用", *two(b.finance)],
        ["二、营业利润（亏损以“－”号填列）", wan(b.op_profit(0)), wan(b.op_profit(1))],
        ["    加：营业外收入", *two(b.other_income)],
        ["    减：营业外支出", *two(b.other_expense)],
        ["三、利润总额（亏损总额以“－”号填列）", wan(b.total_profit(0)), wan(b.total_profit(1))],
        ["    减：所得税费用", *two(b.income_tax)],
        ["四、净利润（净亏损以“－”号填列）", wan(b.net_profit(0)), wan(b.net_profit(1))],
    ]
    if consolidated:
        rows += [
            ["    归属于母公司所有者的净利润", wan(b.net_profit(0)), wan(b.net_profit(1))],
            ["    少数股东损益", "0.00", "0.00"],
        ]
    s.table(X0, 106, [TW - 240, 120, 120], rows, 9.5, 24, ["l", "r", "r"], bold_rows=(0,))
    s.text(X0, 560, "法定代表人：", 9.5)
    s.text(230, 560, "主管会计工作负责人：", 9.5)
    s.text(400, 560, "会计机构负责人：", 9.5)

    # 附注: 营业收入
    s = Sheet(doc)
    s.text(X0, 80, f"{'合并' if consolidated else ''}财务报表主要项目注释（续）", 11.5, True)
    s.text(X0, 110, "（二十一）营业收入、营业成本", 11, True)
    s.right(X1, 130, "单位：万元", 9.5)
    other = b.revenue[1] - b.si_revenue
    soft = Decimal(int(other * Decimal("0.7") / 100)) * 100
    rest = other - soft
    rows = [
        ["项    目", "本期金额", "上期金额"],
        ["系统集成收入", wan(b.si_revenue), "—"],
        ["软件开发及技术服务收入", wan(soft), "—"],
        ["其他业务收入", wan(rest), "—"],
        ["合    计", wan(b.revenue[1]), wan(b.revenue[0])],
    ]
    y = s.table(X0, 140, [TW - 240, 120, 120], rows, 9.5, 24, ["l", "r", "r"], bold_rows=(0,))
    s.para(
        X0,
        y + 28,
        TW,
        "注：本期系统集成收入主要来源于第一师阿拉尔市各单位、团场及周边县市的信息化建设项目，按履约进度及验收确认收入。",
        10,
    )
    fields: dict[str, Any] = {
        "audit_firm": fname,
        "report_number": number,
        "fiscal_year": 2024,
        "opinion": "unqualified",
        "operating_revenue": s2(b.revenue[1]),
        "net_profit": s2(b.net_profit(1)),
        "system_integration_revenue": s2(b.si_revenue),
        "consolidated": consolidated,
    }
    return Paper("audit_report", doc, fields, None, key="audit"), {
        "opinion": 0,
        "balance": 1,
        "income": 2,
        "note": 3,
    }


def page_width_ok(s: str, size: float, limit: float) -> bool:
    return width(s, size) <= limit


__all__ = ["A4", "Deal", "Invoice", "Paper", "PriceRow"]
