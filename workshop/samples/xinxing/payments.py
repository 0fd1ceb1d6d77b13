"""Money papers around a contract: 中标通知书, 工程款支付申请（核准）表, 工程结算审定单, 银行电子回单."""

from __future__ import annotations

import datetime as dt
import random

import pymupdf as fitz

from .deal import Project, Receipt
from .pagespec import A4, PageSpec
from .sheet import GREY, Sheet
from .spelling import capital, cn_date, hanzi_date, wan4, yuan
from .stamps import oval_seal, round_seal, signature

BANK_TITLES = {
    "中国农业银行": "中国农业银行网上银行电子回单",
    "中国建设银行": "中国建设银行单位客户专用回单",
    "中国工商银行": "中国工商银行网上银行电子回单",
    "哈密市商业银行": "哈密市商业银行电子回单",
    "中国银行": "中国银行国内支付业务付款回单",
}


def award_page(rng: random.Random, p: Project) -> PageSpec:
    """中标通知书 from the client and its tender agent to the winning firm."""
    client_seal = round_seal(rng, p.client, "", "")
    agent_seal = round_seal(rng, p.agent, "", "")
    days = (p.finished_on - p.started_on).days

    def paint(s: Sheet) -> None:
        s.text(297.6, 100, "中 标 通 知 书", 22, bold=True, align="center")
        s.text(520, 132, f"编号：{p.tender_no}-ZB", 10.5, align="right")
        s.text(72, 168, f"{p.firm_party.name}：", 12)
        assert p.award_on is not None
        body = (
            f"我单位{p.client}于{cn_date(p.award_on - dt.timedelta(days=rng.randint(8, 15)))}组织的{p.name}"
            f"（项目编号：{p.tender_no}）公开招标，经评标委员会评审并经招标人确认，确定你单位为中标人。现将有关事项通知如下："
        )
        y = s.para(72, 200, 452, body, 12, 1.9)
        rows = [
            ["项目名称", p.name],
            ["中标金额", f"人民币（大写）{capital(p.total)}\n（¥{yuan(p.total)}元，即{wan4(p.total)}万元）"],
            ["计价方式", "固定综合单价，按实结算" if p.kind == "bill" else "固定总价"],
            ["工　　期", f"{days}日历天"],
            ["质量标准", "合格"],
            ["项目负责人", p.people.get("pm", "")],
        ]
        y = s.table(72, y + 4, [110, 342], rows, 11, 30, ["center", "left"], header=0)
        y = s.para(
            72,
            y + 28,
            452,
            "请你单位收到本通知书后三十日内，持本通知书与招标人签订合同，并按招标文件要求提交履约担保。",
            12,
            1.9,
        )
        s.text(72, y + 50, "招标人（盖章）：", 12)
        s.text(72, y + 74, p.client, 11)
        s.picture_mm(150, y + 60, client_seal, 42, 42)
        s.text(320, y + 50, "招标代理机构（盖章）：", 12)
        s.text(320, y + 74, p.agent, 11)
        s.picture_mm(400, y + 64, agent_seal, 42, 42)
        s.text(320, y + 150, hanzi_date(p.award_on), 12)

    return PageSpec(paint, A4, "tiro")


def request_page(rng: random.Random, p: Project) -> PageSpec:
    """工程款支付申请（核准）表 (GB 50500 表-17 shape) for the progress payment."""
    req = p.request
    assert req is not None
    firm = p.firm_party.name
    firm_seal = round_seal(rng, firm, "", "")
    client_seal = round_seal(rng, p.client, "", "")

    def paint(s: Sheet) -> None:
        s.text(297.6, 70, "工程款支付申请（核准）表", 18, bold=True, align="center")
        s.text(60, 100, f"工程名称：{p.name}", 10)
        s.text(535, 100, f"编号：{req.number}", 10, align="right")
        s.text(60, 126, f"致：{p.client}（发包人全称）", 10.5)
        text = (
            f"我方于{cn_date(p.started_on)}至{cn_date(req.dated)}期间已完成了设备安装及布线等合同约定工作，根据施工合同的约定，"
            f"现申请支付本周期的合同款额为（大写）{capital(req.asked)}（小写¥{yuan(req.asked)}元），请予核准。"
        )
        y = s.para(60, 150, 475, text, 10.5, 1.8)
        due = req.done_value * req.ratio
        rows = [
            ["序号", "名　　称", "申请金额（元）", "复核金额（元）", "备　注"],
            [
                "1",
                "合同价款（暂定总价）",
                yuan(req.contract_total),
                yuan(req.contract_total),
                f"{wan4(req.contract_total)}万元",
            ],
            ["2", "累计已完成的合同价款", yuan(req.done_value), yuan(req.done_value), "详见已完工程量清单"],
            ["3", f"按合同约定比例（{int(req.ratio * 100)}%）计算的累计应付款", yuan(due), yuan(due), ""],
            [
                "4",
                f"累计支付上限（合同价款的{int(req.cap * 100)}%）",
                yuan(req.contract_total * req.cap),
                yuan(req.contract_total * req.cap),
                "",
            ],
            ["5", "累计已实际支付的合同价款（预付款）", yuan(req.paid_before), yuan(req.paid_before), ""],
            ["6", "本周期应支付的合同价款", yuan(req.asked), yuan(req.asked), "=min(3,4)-5"],
        ]
        y = s.table(
            60, y + 6, [30, 175, 92, 92, 86], rows, 9, 24, ["center", "left", "right", "right", "center"]
        )
        s.text(60, y + 24, "附：上述3、4详见附件清单。", 9.5)
        s.text(330, y + 52, "承包人（章）", 10.5)
        s.picture_mm(380, y + 60, firm_seal, 42, 42)
        s.text(60, y + 80, "造价人员：", 10.5)
        s.picture_mm(150, y + 76, signature(rng, p.people.get("cost", "")), 22, 9)
        s.text(200, y + 80, "承包人代表：", 10.5)
        s.picture_mm(290, y + 76, signature(rng, p.people.get("pm", "")), 22, 9)
        s.text(420, y + 100, f"日期：{cn_date(req.dated)}", 10.5)
        y += 118
        s.frame((60, y, 535, y + 96))
        s.line(297.5, y, 297.5, y + 96)
        s.para(
            66,
            y + 18,
            225,
            "复核意见：\n□与实际施工情况不相符，修改意见见附件。\n☑与实际施工情况相符，具体金额由造价工程师复核。",
            9.5,
            1.7,
            0,
        )
        s.text(70, y + 86, "监理工程师：", 9.5)
        s.picture_mm(160, y + 82, signature(rng, p.people.get("supervisor", "")), 20, 8)
        s.para(
            303,
            y + 18,
            225,
            f"复核意见：\n经复核，本期应支付金额为（大写）{capital(req.asked)}（小写{yuan(req.asked)}元）。",
            9.5,
            1.7,
            0,
        )
        s.text(310, y + 86, "造价工程师：", 9.5)
        s.picture_mm(400, y + 82, signature(rng, p.people.get("client_cost", "")), 20, 8)
        y += 108
        s.frame((60, y, 535, y + 110))
        s.para(66, y + 18, 460, "审核意见：\n□不同意。\n☑同意，支付时间为本表签发后的15天内。", 9.5, 1.7, 0)
        s.text(330, y + 72, "发包人（章）", 10.5)
        s.picture_mm(400, y + 64, client_seal, 42, 42)
        s.text(330, y + 96, f"日期：{cn_date(req.dated + dt.timedelta(days=rng.randint(2, 6)))}", 10.5)

    return PageSpec(paint, A4, "tiro")


def settlement_page(rng: random.Random, p: Project) -> PageSpec:
    """工程结算审定单: 送审 and 审定 amounts beside the contract's, signed by the three parties."""
    st = p.settlement
    assert st is not None
    firm = p.firm_party.name
    seals = [
        round_seal(rng, p.client, "", ""),
        round_seal(rng, firm, "", ""),
        round_seal(rng, st.cost_firm, "", ""),
    ]
    diff = st.submitted - st.approved

    def paint(s: Sheet) -> None:
        s.text(297.6, 80, "工程结算审定单", 20, bold=True, align="center", spacing=2)
        s.text(535, 108, f"审定单编号：{st.number}", 10, align="right")
        rows = [
            ["工程名称", p.name],
            ["建设单位", p.client],
            ["施工单位", firm],
            ["合同编号", p.contract_no],
            ["合同金额", f"¥{yuan(p.total)}元（{wan4(p.total)}万元）"],
            ["送审金额", f"¥{yuan(st.submitted)}元"],
            ["审定金额", f"¥{yuan(st.approved)}元（{wan4(st.approved)}万元）"],
            ["审定金额（大写）", f"人民币{capital(st.approved)}"],
            ["核减金额", f"¥{yuan(diff)}元，核减率{(diff / st.submitted * 100):.2f}%"],
            [
                "审定说明",
                "1．本工程按合同约定的综合单价，依据竣工图、设计变更单及现场签证，按实际完成的工程量计算；\n"
                "2．暂列金额按实际发生计入，未发生部分予以扣除；\n"
                f"3．{st.change_note}\n"
                "4．审定金额含增值税（税率9%），不含质量保证金利息。",
            ],
        ]
        y = s.table(60, 124, [110, 365], rows, 10.5, 30, ["center", "left"], header=0)
        y += 24
        cols = (
            ("建设单位（盖章）", p.people.get("client_rep", "")),
            ("施工单位（盖章）", p.people.get("pm", "")),
            ("审核单位（盖章）", p.people.get("auditor", "")),
        )
        for i, (label, person) in enumerate(cols):
            x = 60 + i * 160
            s.text(x, y + 10, label, 10.5)
            s.text(x, y + 100, "经办人：", 10)
            s.picture_mm(x + 75, y + 96, signature(rng, person), 20, 8)
            s.text(x, y + 124, cn_date(st.dated), 10)
            s.picture_mm(x + 60, y + 60, seals[i], 40, 40)

    return PageSpec(paint, A4, "tiro")


def _receipt_block(s: Sheet, rng: random.Random, r: Receipt, top: float) -> None:
    bank_seal = oval_seal(rng, r.payer_branch, "电子回单", "专用章", 40, 28)
    s.text(297.6, top + 24, BANK_TITLES.get(r.bank, r.bank + "电子回单"), 15, bold=True, align="center")
    s.text(50, top + 48, f"回单编号：{r.receipt_no}", 8.5, GREY)
    s.text(545, top + 48, f"电子回单验证码：{r.serial[-8:]}", 8.5, GREY, align="right")
    x0, y = 50.0, top + 56
    widths = [26, 46, 175.5, 26, 46, 176.5]
    rows = [
        ["付款方", "户名", r.payer_name, "收款方", "户名", r.payee_name],
        ["", "账号", r.payer_account, "", "账号", r.payee_account],
        ["", "开户行", r.payer_branch, "", "开户行", r.payee_branch],
    ]
    h = 20.0
    for i, row in enumerate(rows):
        xs = x0
        for j, (w, text) in enumerate(zip(widths, row, strict=True)):
            if j not in (0, 3):
                s.cell(
                    fitz.Rect(xs, y + i * h, xs + w, y + (i + 1) * h),
                    text,
                    8.5,
                    "left" if j in (2, 5) else "center",
                )
            xs += w
    for j in (0, 3):
        xs = x0 + sum(widths[:j])
        for k, char in enumerate(rows[0][j]):
            s.text(xs + 13, y + 17 + k * 17, char, 9, align="center")
    s.frame((x0, y, x0 + sum(widths), y + 3 * h))
    for j in range(1, 6):
        xs = x0 + sum(widths[:j])
        s.line(xs, y, xs, y + 3 * h)
    for i in (1, 2):
        s.line(x0 + 26, y + i * h, x0 + 247.5, y + i * h)
        s.line(x0 + 273.5, y + i * h, x0 + 495, y + i * h)
    y += 3 * h
    rows2 = [
        ["金额（小写）", f"¥{yuan(r.amount)}", "币种", "人民币"],
        ["金额（大写）", f"人民币{capital(r.amount)}", "交易渠道", "网上银行"],
        ["交易时间", r.paid_on.strftime("%Y-%m-%d %H:%M:%S"), "交易流水号", r.serial],
        ["用途", r.purpose, "附言", "转账"],
    ]
    s.table(x0, y, [72, 223.5, 60, 139.5], rows2, 8.5, 20, ["center", "left", "center", "left"], header=0)
    s.text(
        50,
        y + 98,
        f"记账日期：{r.paid_on:%Y%m%d}    打印次数：1    打印时间：{r.paid_on:%Y-%m-%d} {rng.randint(16, 18)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
        8,
        GREY,
    )
    s.picture_mm(470, y + 60, bank_seal, 40, 28)


def receipt_page(rng: random.Random, receipts: list[Receipt]) -> PageSpec:
    """One bank e-receipt on a slip (210 × 141 mm, as online banking exports it), or two on one A4 page
    one above the other (as an office prints them to save paper)."""

    def paint(s: Sheet) -> None:
        for i, r in enumerate(receipts):
            top = 30 + i * 400
            _receipt_block(s, rng, r, top)
            if i + 1 < len(receipts):
                for x in range(40, 560, 8):
                    s.line(x, top + 380, x + 4, top + 380, 0.4, GREY)

    return PageSpec(paint, A4 if len(receipts) > 1 else (595.28, 400.0), "helv")
