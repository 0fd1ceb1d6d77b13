"""Contracts: a generic 合同书 (parties block with bank lines, amount clause, optional price table, signature
page for two or three parties) and the 科技部 技术开发（委托）合同 model."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

import pymupdf

from jianzheng.models.document import DocType

from . import paint as P
from .filing import Doc, Sheet
from .people import Firm, date_plain, figures, money, words


@dataclass
class Deal:
    """One declared project as the papers print it."""

    pid: str
    name: str
    number: str
    client: Firm
    firm: Firm
    amount: Decimal
    signed: dt.date
    accepted: dt.date
    fees: dict[str, Decimal] = field(default_factory=dict)


@dataclass
class Overlay:
    """A born-digital amount whitened out and retyped (OVERLAY_DETECTED)."""

    original: Decimal


CLAUSES = (
    "履行期限及地点：乙方应于合同签订后按甲方确认的实施计划完成全部建设内容，实施地点为新疆维吾尔自治区乌鲁木齐市甲方指定场所。",
    "付款方式：合同签订后甲方支付合同总价的30%作为预付款；系统上线试运行后支付40%；项目终验合格后支付25%；余款5%作为质保金，质保期满无质量问题一次性付清。乙方收款前应向甲方开具等额合法发票。",
    "质量保证：乙方保证所供设备为原厂全新合格产品，软件为正版授权；质保期为终验合格之日起三年，质保期内乙方提供7×24小时响应服务，4小时内到达现场。",
    "知识产权：乙方保证甲方在使用本项目成果时不受第三方侵权指控；本项目定制开发的软件著作权归甲方所有，乙方享有署名权。",
    "保密条款：未经对方书面同意，任何一方不得向第三方披露因履行本合同获知的对方商业秘密及数据，本条款在合同终止后继续有效。",
    "验收：项目完成后由甲方组织验收，验收依据为本合同、技术方案及国家相关标准；验收合格后双方签署验收证书。",
    "违约责任：乙方逾期交付的，每逾期一日按合同总价的千分之一向甲方支付违约金；甲方逾期付款的，按同期贷款市场报价利率承担利息。",
    "争议解决：因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。",
    "其他：本合同一式六份，甲乙双方各执三份，具有同等法律效力；本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。",
)

NUMS = "一二三四五六七八九十"


def ordinal(n: int) -> str:
    return NUMS[n - 1] if n <= 10 else "十" + NUMS[n - 11]


def _party_block(page: pymupdf.Page, y: float, role: str, f: Firm, bank: bool) -> float:
    P.text(page, 72, y, f"{role}：{f.name}", 11, P.HEI)
    y += 18
    lines = [f"法定代表人：{f.legal}", f"地　　址：{f.address}", f"电　　话：{f.phone}"]
    if bank:
        lines += [f"开户银行：{f.bank}", f"账　　号：{f.account}"]
    for line in lines:
        P.text(page, 96, y, line, 10)
        y += 15.5
    return y + 6


def _signatures(
    page: pymupdf.Page,
    y: float,
    signers: list[tuple[str, Firm]],
    signed: dt.date,
    rng: random.Random,
    pasted: bool,
) -> None:
    n = len(signers)
    col = (page.rect.width - 144) / n
    for k, (role, f) in enumerate(signers):
        x = 72 + k * col
        for i, line in enumerate(P.wrap(f"{role}（盖章）：", 10.5, col - 10, P.HEI)):
            P.text(page, x, y - 16 + i * 16, line, 10.5, P.HEI)
        lines = P.wrap(f.name, 10.5, col - 12)
        for i, line in enumerate(lines):
            P.text(page, x, y + 20 + i * 15, line, 10.5)
        P.text(page, x, y + 70, "法定代表人或授权代表", 10)
        P.text(page, x, y + 86, "（签字）：", 10)
        P.text(page, x, y + 124, f"日期：{date_plain(signed)}", 10)
        cx, cy = x + min(col / 2, 80), y + 40
        jit = rng.uniform(-6, 6)
        if pasted:
            P.paste(
                page, (cx - 48 + jit, cy - 48, cx + 48 + jit, cy + 48), P.stamp_image(f.name, "合同专用章")
            )
            P.paste(page, (x + 46, y + 76, x + 46 + 72, y + 76 + 30), P.signature_image(rng))
        else:
            P.seal(page, cx + jit, cy, f.name, "合同专用章")
            P.pen(page, x + 50, y + 92, 60, rng)


def contract(
    deal: Deal,
    rng: random.Random,
    *,
    doc_id: str,
    heading: str,
    parties: list[tuple[str, Firm]],
    intro: str,
    amount_lines: list[str] | None = None,
    table: tuple[str, list[float], list[list[str]]] | None = None,
    fees: dict[str, Decimal] | None = None,
    extra_clauses: tuple[str, ...] = (),
    pasted: bool = False,
    bank: bool = True,
    printed_words: str | None = None,
    overlay: Overlay | None = None,
    words_in_truth: bool = True,
) -> Doc:
    """A three-page 合同书; ``parties``' first entry is 甲方, the second the declaring firm (乙方)."""
    amount_words = printed_words or words(deal.amount)
    clauses = [*extra_clauses, *CLAUSES]
    split = 4 if table is None else 2
    first, second = clauses[:split], clauses[split:]

    def page1(page: pymupdf.Page) -> None:
        w = page.rect.width
        lines = P.wrap(heading, 17, w - 150, P.HEI)
        for i, line in enumerate(lines):
            P.text(page, w / 2, 78 + i * 24, line, 17, P.HEI, align="center")
        y = 78.0 + 24 * len(lines) + 4
        P.text(page, w - 72, y, f"合同编号：{deal.number}", 10, align="right")
        y += 28
        for role, f in parties:
            y = _party_block(page, y, role, f, bank)
        y = P.para(page, 72, y + 8, w - 144, intro)
        P.text(page, 72, y + 4, "第一条　项目名称", 10.5, P.HEI)
        y = P.para(page, 72, y + 24, w - 144, f"项目名称：{deal.name}。", indent=True)
        P.text(page, 72, y + 4, "第二条　合同金额", 10.5, P.HEI)
        y += 24
        if amount_lines is not None:
            for line in amount_lines:
                y = P.para(page, 72, y, w - 144, line)
            return
        shown_fig = overlay.original if overlay else deal.amount
        shown_words = words(overlay.original) if overlay else amount_words
        x0 = 96.0
        lead1, lead2 = "合同总价（大写）：人民币", "合同总价（小写）：¥"
        P.text(page, x0, y, lead1, 10.5)
        xw = x0 + P.width(lead1, 10.5)
        P.text(page, xw, y, shown_words, 10.5)
        P.text(page, x0, y + 20, lead2, 10.5)
        xf = x0 + P.width(lead2, 10.5)
        P.text(page, xf, y + 20, f"{figures(shown_fig)}元", 10.5)
        if overlay:
            for yy, xx, old, new in (
                (y, xw, shown_words, amount_words),
                (y + 20, xf, f"{figures(shown_fig)}元", f"{figures(deal.amount)}元"),
            ):
                wide = max(P.width(old, 10.5), P.width(new, 10.5)) + 4
                page.draw_rect(pymupdf.Rect(xx - 1, yy - 11, xx + wide, yy + 3.5), color=None, fill=(1, 1, 1))
                P.text(page, xx, yy, new, 10.5)
        P.para(
            page,
            72,
            y + 44,
            w - 144,
            "上述价格为含税价，包括设备、软件、运输、安装、调试、培训、技术服务及税费等全部费用。",
        )

    def page2(page: pymupdf.Page) -> None:
        w = page.rect.width
        y = 80.0
        k = 3
        if table is not None:
            label, widths, rows = table
            P.text(page, 72, y, f"第三条　{label}", 10.5, P.HEI)
            y = (
                P.table(
                    page,
                    72,
                    y + 14,
                    widths,
                    rows,
                    row_h=24,
                    size=9.5,
                    align=["center", "left", "right", "left"][: len(widths)],
                    bold_first=True,
                )
                + 28
            )
            k = 4
        for i, c in enumerate(first):
            P.text(page, 72, y, f"第{ordinal(k + i)}条", 10.5, P.HEI)
            y = P.para(page, 72, y + 20, w - 144, c) + 4

    def page3(page: pymupdf.Page) -> None:
        w = page.rect.width
        y = 80.0
        base = (4 if table is not None else 3) + len(first)
        for i, c in enumerate(second):
            P.text(page, 72, y, f"第{ordinal(base + i)}条", 10.5, P.HEI)
            y = P.para(page, 72, y + 20, w - 144, c) + 4
        P.text(page, 72, y + 6, "（以下无正文）", 10.5)
        _signatures(page, max(y + 50, 560), parties, deal.signed, rng, pasted)

    fields: dict[str, object] = {
        "project_name": deal.name,
        "contract_number": deal.number,
        "party_a": parties[0][1].name,
        "party_b": parties[1][1].name,
        "contract_amount": money(deal.amount),
        "signed_on": deal.signed.isoformat(),
    }
    if words_in_truth:
        fields["amount_in_words"] = amount_words
    if fees:
        fields["fees"] = {k: money(v) for k, v in fees.items()}
    return Doc(doc_id, DocType.contract, [Sheet(page1), Sheet(page2), Sheet(page3)], fields, deal.pid)


def techdev(deal: Deal, rng: random.Random, doc_id: str, pasted: bool = True) -> Doc:
    """科学技术部 技术开发（委托）合同 model: cover, 研究开发经费和报酬 clause, the parties' table with seals."""
    place = "新疆维吾尔自治区乌鲁木齐市"
    until = dt.date(deal.signed.year + 1, deal.signed.month, min(deal.signed.day, 28))

    def cover(page: pymupdf.Page) -> None:
        w = page.rect.width
        P.text(page, w - 250, 70, "合同登记编号：", 10)
        for i in range(14):
            page.draw_rect(
                pymupdf.Rect(w - 180 + i * 11, 60, w - 170 + i * 11, 73), color=(0, 0, 0), width=0.5
            )
        P.text(page, w / 2, 210, "技 术 开 发（委 托）合 同", 24, P.HEI, align="center")
        y = 330.0
        for label, value in (
            ("项目名称：", deal.name),
            ("委托方（甲方）：", deal.client.name),
            ("受托方（乙方）：", deal.firm.name),
            ("签订时间：", date_plain(deal.signed)),
            ("签订地点：", place),
            ("有效期限：", f"{date_plain(deal.signed)}至{date_plain(until)}"),
        ):
            P.text(page, 110, y, label, 12, P.HEI)
            lines = P.wrap(value, 12, w - 330)
            for i, line in enumerate(lines):
                P.text(page, 230, y + i * 20, line, 12)
                page.draw_line((228, y + 4 + i * 20), (w - 100, y + 4 + i * 20), width=0.4)
            y += 20 * len(lines) + 22
        P.text(page, w / 2, 760, "中华人民共和国科学技术部印制", 13, P.HEI, align="center")

    def body(page: pymupdf.Page) -> None:
        w = page.rect.width
        y = P.para(
            page,
            72,
            80,
            w - 144,
            f"委托方（甲方）：{deal.client.name}",
            indent=False,
        )
        y = P.para(page, 72, y, w - 144, f"受托方（乙方）：{deal.firm.name}", indent=False)
        y = P.para(
            page,
            72,
            y + 8,
            w - 144,
            f"本合同甲方委托乙方研究开发{deal.name}项目，并支付研究开发经费和报酬，乙方接受委托并进行此项研究开发工作。"
            "双方经过平等协商，在真实、充分地表达各自意愿的基础上，根据《中华人民共和国民法典》的规定，达成如下协议，并由双方共同恪守。",
        )
        for head, txt in (
            (
                "第一条　本项目研究开发的目标、内容和要求",
                "完成平台总体架构、数据汇聚与治理、业务应用及可视化分析模块的研究开发，形成可部署运行的软件系统及技术文档。",
            ),
            (
                "第二条　乙方应按下列进度完成研究开发工作",
                "合同签订后30日内完成需求调研与方案设计；120日内完成开发与内部测试；180日内完成部署、联调及试运行。",
            ),
            (
                "第三条　甲方应向乙方提供的技术资料及协作事项",
                "甲方提供业务需求说明、既有系统接口文档及测试环境，并指定专人负责协调。",
            ),
        ):
            P.text(page, 72, y + 4, head, 10.5, P.HEI)
            y = P.para(page, 72, y + 24, w - 144, txt)
        P.text(page, 72, y + 4, "第四条　甲方应按以下方式支付研究开发经费和报酬", 10.5, P.HEI)
        y = P.para(
            page,
            72,
            y + 24,
            w - 144,
            f"1. 研究开发经费和报酬总额为（人民币大写）{words(deal.amount)}（¥{figures(deal.amount)}元）。",
        )
        y = P.para(page, 72, y, w - 144, "其中：研究开发经费为总额的70%，报酬为总额的30%。")
        P.para(
            page,
            72,
            y,
            w - 144,
            "2. 支付方式：合同生效后10个工作日内支付40%；通过甲方验收后10个工作日内支付60%。",
        )

    def sign(page: pymupdf.Page) -> None:
        w = page.rect.width
        P.text(page, 72, 70, "第五条至第二十一条（略，见合同文本）。", 10.5)
        rows_a = [
            ("名称（或姓名）", deal.client.name),
            ("法定代表人", deal.client.legal),
            ("委托代理人", ""),
            ("住所（通讯地址）", deal.client.address),
            ("电话", deal.client.phone),
            ("开户银行", deal.client.bank),
            ("账号", deal.client.account),
        ]
        rows_b = [
            (k, v)
            for k, v in zip(
                [r[0] for r in rows_a],
                [
                    deal.firm.name,
                    deal.firm.legal,
                    "",
                    deal.firm.address,
                    deal.firm.phone,
                    deal.firm.bank,
                    deal.firm.account,
                ],
                strict=True,
            )
        ]
        y = 100.0
        for who, rows, f in (("委托方（甲方）", rows_a, deal.client), ("受托方（乙方）", rows_b, deal.firm)):
            tbl = [[who if i == 0 else "", k, v] for i, (k, v) in enumerate(rows)]
            tbl.append(["", "（盖章）", date_plain(deal.signed)])
            bottom = P.table(page, 72, y, [70, 110, w - 144 - 180], tbl, row_h=24, size=9.5)
            if pasted:
                P.paste(
                    page, (w - 230, bottom - 110, w - 130, bottom - 10), P.stamp_image(f.name, "合同专用章")
                )
                P.paste(page, (260, y + 26, 330, y + 52), P.signature_image(rng))
            else:
                P.seal(page, w - 180, bottom - 60, f.name, "合同专用章")
            y = bottom + 36
        P.text(page, 72, y + 10, "印花税票粘贴处：", 10)

    fields = {
        "project_name": deal.name,
        "party_a": deal.client.name,
        "party_b": deal.firm.name,
        "contract_amount": money(deal.amount),
        "amount_in_words": words(deal.amount),
        "signed_on": deal.signed.isoformat(),
    }
    return Doc(doc_id, DocType.contract, [Sheet(cover), Sheet(body), Sheet(sign)], fields, deal.pid)
