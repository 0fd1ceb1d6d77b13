"""Contracts: GF-2017-0201 建设工程施工合同 pages, 设备采购合同 with 供货清单, 框架协议 and 采购订单."""

from __future__ import annotations

import random
from decimal import Decimal

import pymupdf

from . import paint as pt
from .deals import Deal
from .people import Party, capital, cn_date, figures

L, R, W = 72.0, 523.0, 451.0


# -- GF-2017-0201 -----------------------------------------------------------------------------------


def gf_cover(page: pymupdf.Page, d: Deal) -> None:
    pt.text(page, L, 80, "GF—2017—0201", 12)
    pt.text(page, 297, 250, "建设工程施工合同", 32, bold=True, align="center")
    pt.text(page, 297, 290, "（示范文本）", 15, align="center")
    y = 420
    for k, v in (
        ("合同编号", d.number),
        ("工程名称", d.name),
        ("发 包 人", d.client.name),
        ("承 包 人", d.firm.name),
    ):
        pt.text(page, 130, y, f"{k}：", 12)
        pt.text(page, 215, y, v, 12)
        pt.hline(page, 210, 480, y + 4)
        y += 34
    pt.text(page, 297, 720, "中华人民共和国住房和城乡建设部", 12, align="center")
    pt.text(page, 297, 740, "国家工商行政管理总局", 12, align="center")
    pt.text(page, 297, 762, "制定", 12, align="center")


def gf_agreement(page: pymupdf.Page, d: Deal, amount: Decimal | None = None) -> None:
    """第一部分 合同协议书: parties, 工程概况, 合同工期, 签约合同价 (words and figures)."""
    amount = d.amount if amount is None else amount
    pt.text(page, 297, 72, "第一部分  合同协议书", 15, bold=True, align="center")
    y = 108.0
    pt.text(page, L, y, f"发包人（全称）：{d.client.name}", 10.5)
    y += 20
    pt.text(page, L, y, f"承包人（全称）：{d.firm.name}", 10.5)
    y += 24
    y = pt.para(
        page,
        L,
        y,
        W,
        f"根据《中华人民共和国民法典》《中华人民共和国建筑法》及有关法律规定，遵循平等、自愿、公平和诚实信用的原则，"
        f"双方就{d.name}有关事项协商一致，共同达成如下协议：",
    )
    pt.text(page, L, y, "一、工程概况", 10.5, bold=True)
    y += 18
    rows = [
        f"1．工程名称：{d.name}。",
        f"2．工程地点：{d.location}。",
        "3．工程立项批准文号：/。",
        "4．资金来源：财政资金。",
        "5．工程内容：综合布线、网络及安防设备供货安装、平台软件部署、系统联调及试运行。",
        "6．工程承包范围：施工图纸及工程量清单所列全部内容。",
    ]
    for r in rows:
        y = pt.para(page, L + 21, y, W - 21, r, indent=False)
    pt.text(page, L, y, "二、合同工期", 10.5, bold=True)
    y += 18
    y = pt.para(page, L + 21, y, W - 21, f"计划开工日期：{cn_date(d.start)}。", indent=False)
    y = pt.para(page, L + 21, y, W - 21, f"计划竣工日期：{cn_date(d.finish)}。", indent=False)
    y = pt.para(page, L + 21, y, W - 21, f"工期总日历天数：{d.days}天。", indent=False)
    pt.text(page, L, y, "三、质量标准", 10.5, bold=True)
    y += 18
    y = pt.para(page, L + 21, y, W - 21, "工程质量符合国家现行验收规范合格标准。", indent=False)
    pt.text(page, L, y, "四、签约合同价与合同价格形式", 10.5, bold=True)
    y += 18
    y = pt.para(
        page,
        L + 21,
        y,
        W - 21,
        f"1．签约合同价为：人民币（大写）{capital(amount)}（¥{figures(amount)}元）；",
        indent=False,
    )
    y = pt.para(
        page,
        L + 42,
        y,
        W - 42,
        f"其中：（1）安全文明施工费：人民币（大写）{capital(d.safety)}（¥{figures(d.safety)}元）；",
        indent=False,
    )
    for r in ("（2）材料和工程设备暂估价金额：/；", "（3）专业工程暂估价金额：/；", "（4）暂列金额：/。"):
        y = pt.para(page, L + 42, y, W - 42, r, indent=False)
    y = pt.para(page, L + 21, y, W - 21, "2．合同价格形式：固定总价合同。", indent=False)
    pt.text(page, 297, 800, "— 1 —", 9, align="center")


def _party_lines(p: Party, role: str, x: float, y: float, page: pymupdf.Page, colw: float) -> float:
    for line in pt.wrap(f"{role}：{p.name}（公章）", colw, 10.5):
        pt.text(page, x, y, line, 10.5)
        y += 17
    y += 60
    pt.text(page, x, y, "法定代表人或其委托代理人：", 10.5)
    y += 17
    pt.text(page, x, y, "（签字）", 10.5)
    y += 24
    for k, v in (
        ("统一社会信用代码", p.code),
        ("地址", p.address),
        ("法定代表人", p.legal),
        ("委托代理人", p.agent),
        ("电话", p.phone),
        ("开户银行", p.bank),
        ("账号", p.account),
    ):
        for line in pt.wrap(f"{k}：{v}", colw, 9.5):
            pt.text(page, x, y, line, 9.5)
            y += 15
    return y


def gf_sign(page: pymupdf.Page, d: Deal, rng: random.Random, *, seal_b: bool = True) -> None:
    """协议书 continued: 项目经理, 签订时间/地点, then the two-column signature block."""
    y = 80.0
    items = [
        ("五、项目经理", f"承包人项目经理：{d.manager}。"),
        (
            "六、合同文件构成",
            "本协议书与下列文件一起构成合同文件：中标通知书、投标函及其附录、专用合同条款及其附件、通用合同条款、技术标准和要求、图纸、已标价工程量清单或预算书。",
        ),
        (
            "七、承诺",
            "发包人承诺按照法律规定履行项目审批手续、筹集工程建设资金并按照合同约定的期限和方式支付合同价款。承包人承诺按照法律规定及合同约定组织完成工程施工，确保工程质量和安全。",
        ),
        ("八、签订时间", f"本合同于{cn_date(d.signed)}签订。"),
        ("九、签订地点", f"本合同在{d.location[-3:]}签订。"),
        ("十、合同生效", "本合同自双方签字盖章之日起生效。"),
        ("十一、合同份数", "本合同一式陆份，均具有同等法律效力，发包人执肆份，承包人执贰份。"),
    ]
    for head, body in items:
        pt.text(page, L, y, head, 10.5, bold=True)
        y += 18
        y = pt.para(page, L + 21, y, W - 21, body, indent=False)
    y += 16
    top = y
    _party_lines(d.client, "发包人", L, y, page, 205)
    _party_lines(d.firm, "承包人", 310, y, page, 205)
    pt.seal(page, L + 95, top + 40, d.client.name, r=50, seed=2)
    if seal_b:
        pt.seal(page, 310 + 95, top + 44, d.firm.name, r=50, seed=4)
    pt.signature(page, L + 40, top + 118, rng)
    pt.signature(page, 350, top + 118, rng)
    pt.text(page, 297, 800, "— 2 —", 9, align="center")


def gf_special(page: pymupdf.Page, d: Deal) -> None:
    """第三部分 专用合同条款 (excerpt): 监理人, 合同价款支付."""
    pt.text(page, 297, 72, "第三部分  专用合同条款", 15, bold=True, align="center")
    y = 106.0
    sup = d.supervisor.name if d.supervisor else "/"
    clauses = [
        ("1. 一般约定", "1.1.2.6 监理人：" + sup + "。"),
        ("", "1.1.2.8 项目经理：" + d.manager + "。通用合同条款与专用合同条款不一致的，以专用合同条款为准。"),
        (
            "12. 合同价格、计量与支付",
            "12.1 合同价格形式：固定总价。风险范围以外合同价格的调整方法：按通用合同条款第11条执行。",
        ),
        ("", "12.2 预付款：合同签订后15日内，发包人向承包人支付签约合同价的30%作为预付款。"),
        (
            "",
            "12.4 工程进度款：工程完工并经初步验收合格后支付至签约合同价的70%；竣工验收合格后支付至97%，剩余3%作为质量保证金，质保期满无质量问题后无息支付。",
        ),
        (
            "13. 验收和工程试车",
            "13.2 竣工验收由发包人组织，监理人、承包人参加，验收合格后各方签署竣工验收报告。",
        ),
        ("15. 缺陷责任与保修", "15.2 缺陷责任期：自竣工验收合格之日起24个月。"),
    ]
    for head, body in clauses:
        if head:
            pt.text(page, L, y, head, 10.5, bold=True)
            y += 18
        y = pt.para(page, L + 21, y, W - 21, body, indent=False)
    pt.text(page, 297, 800, "— 9 —", 9, align="center")


# -- 设备采购合同 ------------------------------------------------------------------------------------


def _goods_rows(d: Deal) -> list[list[str]]:
    rows = [["序号", "货物名称", "品牌及型号", "单位", "数量", "单价（元）", "金额（元）"]]
    for i, it in enumerate(d.items, 1):
        rows.append([str(i), it.name, it.model, it.unit, str(it.qty), figures(it.price), figures(it.total)])
    rows.append(
        [str(len(d.items) + 1), "安装调试及系统集成", "—", "项", "1", figures(d.install), figures(d.install)]
    )
    rows.append(["合计", "", "", "", "", "", figures(d.amount)])
    return rows


def buy_first(page: pymupdf.Page, d: Deal, mode: str = "lines", font_plant: bool = False) -> None:
    """Page 1: title, number, parties (lines, label/value table, or only the title line), 供货清单, price."""
    y = 72.0
    if mode == "title":
        for line in (f"{d.client.name}与{d.firm.name}", f"{d.subject.replace('项目', '')}合同"):
            pt.text(page, 297, y, line, 15, bold=True, align="center")
            y += 24
    else:
        pt.text(page, 297, y, f"{d.name.replace('项目', '')}合同", 16, bold=True, align="center")
        y += 30
    pt.text(page, R, y, f"合同编号：{d.number}", 10, align="right")
    y += 22
    if mode == "lines":
        pt.text(page, L, y, f"买方：{d.client.name}", 10.5)
        y += 18
        pt.text(page, L, y, f"卖方：{d.firm.name}", 10.5)
        y += 22
    elif mode == "table":
        y, _ = pt.table(
            page,
            L,
            y - 6,
            (62, 175, 62, 152),
            [
                ["买方", d.client.name, "卖方", d.firm.name],
                ["地址", d.client.address, "地址", d.firm.address],
                ["联系电话", d.client.phone, "联系电话", d.firm.phone],
            ],
            size=10,
        )
        y += 20
    intro = (
        ("甲乙双方" if mode == "title" else "买卖双方")
        + f"根据《中华人民共和国民法典》及相关法律法规，就“{d.name}”货物供应及安装事宜，经协商一致，订立本合同。"
    )
    y = pt.para(page, L, y, W, intro)
    pt.text(page, L, y, "第一条  供货清单", 10.5, bold=True)
    y += 10
    y, _ = pt.table(page, L, y, (30, 90, 112, 32, 32, 72, 83), _goods_rows(d), size=8.6, min_h=19)
    y += 20
    words = f"第二条  合同总价：人民币（大写）{capital(d.amount)}"
    fig = f"¥{figures(d.amount)}"
    for line in pt.wrap(words + "（小写：", W, 10.5)[:-1]:
        pt.text(page, L, y, line, 10.5)
        y += 17
    last = pt.wrap(words + "（小写：", W, 10.5)[-1]
    x = pt.text(page, L, y, last, 10.5)
    if font_plant:
        x = pt.text(page, x + 1, y, fig, 12.5, latin_font="tibo")
    else:
        x = pt.text(page, x, y, fig, 10.5)
    pt.text(page, x + 1, y, "元）。", 10.5)
    y += 18
    y = pt.para(
        page,
        L,
        y,
        W,
        "合同总价包含货物、运输、保险、安装调试、培训、税费及质保期内服务等全部费用，合同履行期间不作调整。",
    )


def buy_second(
    page: pymupdf.Page,
    d: Deal,
    rng: random.Random,
    mode: str = "lines",
    seals: tuple[bool, bool] = (True, True),
) -> None:
    """Page 2: delivery, acceptance, payment, the signature block with bank lines under each party."""
    y = 80.0
    clauses = [
        (
            "第三条  交货时间及地点",
            f"卖方应于合同签订后30日内将货物运至{d.client.name}指定地点并完成安装调试。",
        ),
        (
            "第四条  验收",
            "货物安装调试完成后，买方组织验收，双方签署验收单。验收标准按国家相关标准及本合同约定的技术参数执行。",
        ),
        (
            "第五条  付款方式",
            "合同签订后支付合同总价的30%；验收合格后支付至95%；剩余5%作为质保金，质保期满后无息付清。",
        ),
        ("第六条  质量保证", "卖方所供货物均为原厂全新正品，质保期为验收合格之日起三年。"),
        (
            "第七条  违约责任",
            "卖方逾期交货的，每逾期一日按合同总价的千分之三支付违约金；买方逾期付款的，按同样标准承担违约责任。",
        ),
        ("第八条  争议解决", "因本合同发生争议，双方协商解决；协商不成的，向买方所在地人民法院提起诉讼。"),
        ("第九条  其他", "本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。"),
    ]
    for head, body in clauses:
        pt.text(page, L, y, head, 10.5, bold=True)
        y += 18
        y = pt.para(page, L + 21, y, W - 21, body, indent=False)
    y += 20
    top = y
    a_role, b_role = ("甲方（盖章）", "乙方（盖章）") if mode == "title" else ("买方（盖章）", "卖方（盖章）")
    for x, p, role in ((L, d.client, a_role), (310.0, d.firm, b_role)):
        yy = top
        if mode == "title":
            pt.text(page, x, yy, f"{role}：", 10.5)
            yy += 17
        else:
            for line in pt.wrap(f"{role}：{p.name}", 205, 10.5):
                pt.text(page, x, yy, line, 10.5)
                yy += 17
        yy = max(yy, top + 40) + 36
        pt.text(page, x, yy, "法定代表人或授权代表：", 10.5)
        yy += 24
        for k, v in (("开户银行", p.bank), ("账号", p.account), ("电话", p.phone)):
            for line in pt.wrap(f"{k}：{v}", 205, 9.5):
                pt.text(page, x, yy, line, 9.5)
                yy += 15
        pt.text(page, x, yy + 8, f"签订日期：{cn_date(d.signed)}", 10)
    if seals[0]:
        pt.seal(page, L + 100, top + 30, d.client.name, r=48, seed=2)
    if seals[1]:
        pt.seal(page, 410, top + 34, d.firm.name, "合同专用章", r=48, seed=4)
    pt.signature(page, L + 125, top + 70, rng)
    pt.signature(page, 435, top + 70, rng)


# -- 框架协议 + 采购订单 -------------------------------------------------------------------------------


def framework_first(page: pymupdf.Page, d: Deal, number: str) -> None:
    pt.text(page, 297, 80, f"{d.client.name}2024年度信息化设备及服务", 15, bold=True, align="center")
    pt.text(page, 297, 104, "框架采购协议", 15, bold=True, align="center")
    pt.text(page, R, 132, f"协议编号：{number}", 10, align="right")
    y = 158.0
    y, _ = pt.table(
        page,
        L,
        y,
        (70, 381),
        [
            ["甲方（采购人）", d.client.name],
            ["乙方（供应商）", d.firm.name],
            ["协议有效期", "2024年1月1日至2024年12月31日"],
        ],
        size=10,
    )
    y += 22
    for s in (
        "一、本协议为框架协议，约定甲方在协议有效期内向乙方采购信息化设备及相关安装集成服务的价格和条件。"
        "本协议不约定采购总量和总金额，具体采购内容、数量和金额以甲方下达并经双方盖章确认的采购订单为准。",
        "二、协议单价：乙方按投标报价文件所列单价供货，单价在协议有效期内固定不变，包含运输、安装调试及税费。",
        "三、采购订单是本协议不可分割的组成部分，每一份订单与本协议共同构成一份完整的买卖合同。",
        "四、验收：每批货物到货安装后，由甲方组织验收并签署验收单。",
        "五、付款：每份订单验收合格后30日内，甲方按订单金额的100%支付货款。",
    ):
        y = pt.para(page, L, y, W, s)


def framework_sign(page: pymupdf.Page, d: Deal, rng: random.Random) -> None:
    y = 90.0
    for s in (
        "六、乙方应保证所供货物为原厂全新正品，并提供原厂质保服务，质保期自验收合格之日起三年。",
        "七、任何一方违反本协议约定的，应赔偿对方因此遭受的损失。",
        "八、本协议一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。",
    ):
        y = pt.para(page, L, y, W, s)
    y += 30
    rows = [
        ["甲方（盖章）", d.client.name, "乙方（盖章）", d.firm.name],
        ["法定代表人或授权代表", "", "法定代表人或授权代表", ""],
        ["开户银行", d.client.bank, "开户银行", d.firm.bank],
        ["账号", d.client.account, "账号", d.firm.account],
        ["签订日期", cn_date(d.signed), "签订日期", cn_date(d.signed)],
    ]
    _, rects = pt.table(page, L, y, (70, 155.5, 70, 155.5), rows, size=9.5, heights={0: 70, 1: 40})
    pt.seal(page, rects[0][1].x0 + 80, rects[0][1].y0 + 40, d.client.name, r=46, seed=2)
    pt.seal(page, rects[0][3].x0 + 80, rects[0][3].y0 + 42, d.firm.name, r=46, seed=4)
    pt.signature(page, rects[1][1].x0 + 20, rects[1][1].y0 + 26, rng)
    pt.signature(page, rects[1][3].x0 + 20, rects[1][3].y0 + 26, rng)


def order_page(page: pymupdf.Page, d: Deal, fw_number: str, rng: random.Random) -> None:
    """采购订单 under the framework: the goods, the order total in words and figures, both seals."""
    pt.text(page, 297, 80, "采 购 订 单", 18, bold=True, align="center")
    pt.text(page, R, 108, f"订单编号：{d.number}", 10, align="right")
    y = 124.0
    y, _ = pt.table(
        page,
        L,
        y,
        (70, 155.5, 70, 155.5),
        [
            ["采购人", d.client.name, "供应商", d.firm.name],
            ["项目名称", d.name, "依据协议", f"《框架采购协议》{fw_number}"],
            ["下单日期", cn_date(d.signed), "交货期限", "下单后30日内"],
        ],
        size=9.5,
    )
    y += 14
    y, _ = pt.table(page, L, y, (30, 90, 112, 32, 32, 72, 83), _goods_rows(d), size=8.6, min_h=19)
    y += 22
    y = pt.para(
        page,
        L,
        y,
        W,
        f"订单总金额：人民币（大写）{capital(d.amount)}（¥{figures(d.amount)}元）。",
        indent=False,
    )
    y = pt.para(
        page, L, y, W, "本订单经双方盖章后生效，与框架采购协议共同构成本批次货物的买卖合同。", indent=False
    )
    y += 30
    pt.text(page, L, y, "采购人（盖章）：", 10.5)
    pt.text(page, 310, y, "供应商（盖章）：", 10.5)
    pt.seal(page, L + 120, y + 30, d.client.name, r=46, seed=1)
    pt.seal(page, 420, y + 30, d.firm.name, "合同专用章", r=46, seed=3)
    pt.text(page, L, y + 100, f"{cn_date(d.signed)}", 10.5)
    pt.text(page, 310, y + 100, f"{cn_date(d.signed)}", 10.5)
    pt.signature(page, L + 10, y + 80, rng)
