"""Contracts: the 科技部 技术服务合同 and 技术开发（委托）合同 models (cover with 合同登记编号 boxes and the
技术市场's registration stamp, the 报酬 article with instalments, the 签署 table), and a hospital / bureau
运维服务合同 whose annual fee is paid quarterly (total = 4 × quarterly fee, printed both ways)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from .model import Deal, Paper
from .paint import Canvas
from .world import FEN, TECH_MARKETS, Firm, capital, date_cn, date_cn0, figure, money, wan

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件产品购置费",
    "other": "其他费用",
}

L, R = 72.0, 523.0
W = R - L


def _yuan(deal: Deal, amount: Decimal) -> str:
    """The figure as this contract prints it: ¥1,286,500.00元 or ¥128.00万元."""
    return f"¥{wan(amount)}万元" if deal.in_wan else f"¥{figure(amount)}元"


def _words(deal: Deal) -> str:
    return capital(deal.words_amount if deal.words_amount is not None else deal.amount)


def _instalment_amounts(deal: Deal) -> list[tuple[str, int, Decimal]]:
    out = []
    left = deal.amount
    for k, (when, pct) in enumerate(deal.instalments):
        part = left if k == len(deal.instalments) - 1 else (deal.amount * pct / 100).quantize(FEN)
        left -= part
        out.append((when, pct, part))
    return out


def _contract_fields(deal: Deal, firm: Firm) -> dict[str, object]:
    fields: dict[str, object] = {
        "project_name": deal.name,
        "party_a": deal.client.name,
        "party_b": firm.name,
        "contract_amount": money(deal.amount),
        "amount_in_words": _words(deal),
        "signed_on": deal.signed.isoformat(),
    }
    if deal.number:
        fields["contract_number"] = deal.number
    return fields


# ---------------------------------------------------------------- 科技部 技术合同


def _cover(c: Canvas, deal: Deal, firm: Firm, title: str) -> None:
    rng = c.rng
    c.text(300, 92, "合同登记编号：", 10.5)
    bx = 300 + 74
    box = 7.6
    digits = deal.reg_no
    for k in range(18):
        c.rect(bx + k * box, 80, bx + (k + 1) * box, 96, 0.5)
        if k < len(digits):
            c.hand(bx + k * box + 1.4, 93, digits[k], 8.5)
    c.spaced(297, 250, title, 30, 10)
    rows = (
        ("项目名称：", deal.name),
        ("委托方（甲方）：", deal.client.name),
        ("受托方（乙方）：", firm.name),
        ("签订时间：", date_cn(deal.signed)),
        ("签订地点：", deal.place),
        ("有效期限：", f"{date_cn(deal.signed)}至{date_cn(deal.service_end or deal.accepted)}"),
    )
    y = 380.0
    for label, value in rows:
        c.text(112, y, label, 14)
        x0 = 112 + 118
        c.line(x0, y + 4, 500, y + 4, 0.6)
        size = 14 if len(value) <= 18 else 12.5 if len(value) <= 21 else 11
        c.text(x0 + 4, y, value, size)
        y += 44
    c.center(297, 760, "中华人民共和国科学技术部印制", 13)
    if deal.reg_no:
        # the 技术市场's registration stamp over the number boxes, dated by hand
        market = TECH_MARKETS[0] if rng.random() < 0.7 else TECH_MARKETS[1]
        c.seal(430 + rng.uniform(-15, 15), 128 + rng.uniform(-8, 8), market, "技术合同登记专用章", radius=44)
        reg_day = deal.signed + dt.timedelta(days=rng.randint(3, 20))
        c.hand(380, 186, date_cn(reg_day), 10.5)


def _sign_table(c: Canvas, y: float, deal: Deal, firm: Firm, a_label: str, b_label: str) -> float:
    rng = c.rng
    widths = [92.0, 222.0, 137.0]
    agent_b = firm.contact
    blocks = (
        (a_label, deal.client.name, deal.client_rep, deal.client_contact, deal.client_address, ""),
        (b_label, firm.name, firm.legal_rep, agent_b, firm.address, firm.phone),
    )
    seal_centres = []
    for label, name, rep, contact, address, phone in blocks:
        c.grid(L, y, [sum(widths)], [[label]], 20, 10.5)
        y += 20
        rows = [
            ["名称（或姓名）", name, "（签章）"],
            ["法定代表人", rep, ""],
            ["委托代理人", contact, ""],
            ["住所（通讯地址）", address, ""],
            ["电话", phone or "—", ""],
            ["开户银行", firm.bank if phone else "—", ""],
            ["账号", firm.account if phone else "—", ""],
        ]
        top = y
        y = c.grid(L, y, widths, rows, [24, 20, 20, 30, 20, 24, 20], 9.0, align=["c", "l", "c"])
        # signatures of the representatives
        c.signature(L + widths[0] + 120, top + 40, 50)
        c.hand(L + widths[0] + widths[1] + 22, y - 6, date_cn(deal.signed), 9.5)
        seal_centres.append(
            (L + widths[0] + widths[1] + 68 + rng.uniform(-10, 10), top + 70 + rng.uniform(-12, 8))
        )
        y += 10
    if deal.sealed:
        c.seal(*seal_centres[0], deal.client.name, "", radius=52)
        c.seal(*seal_centres[1], firm.name, "合同专用章", radius=52)
    return y


def tech_contract(deal: Deal, firm: Firm, paper: Paper) -> None:
    """技术服务合同 (deal.kind "service") or 技术开发（委托）合同 ("develop"), three key pages."""
    develop = deal.kind == "develop"
    title = "技术开发（委托）合同" if develop else "技术服务合同"
    _cover(paper.new(), deal, firm, title)

    c = paper.new()
    rng = c.rng
    y = 84.0
    kind_word = "技术开发" if develop else "技术服务"
    y = c.para(
        L,
        y,
        W,
        f"依据《中华人民共和国民法典》的规定，合同双方就{deal.name.removesuffix('项目')}项目的{kind_word}，经协商一致，签订本合同。",
    )
    if develop:
        y = c.para(L, y + 4, W, "第一条  标的技术的内容、范围及要求：", indent=0)
        y = c.para(
            L,
            y,
            W,
            f"乙方为甲方研究开发{deal.system}，包括需求调研、系统设计、软件开发、系统集成部署、数据迁移、"
            "用户培训及试运行，功能满足甲方《建设需求说明书》的全部要求，系统符合网络安全等级保护2.0（二级）要求。",
        )
        y = c.para(L, y + 2, W, "第二条  研究开发计划：", indent=0)
        end = deal.service_end or deal.accepted
        y = c.para(
            L,
            y,
            W,
            f"{date_cn(deal.signed)}起完成需求调研与设计；其后完成开发、集成与部署；{date_cn(end)}前完成试运行并提交验收。",
        )
        y = c.para(L, y + 2, W, "第三条  研究开发经费和报酬：", indent=0)
        y = c.para(
            L,
            y,
            W,
            f"本项目研究开发经费和报酬总额为（人民币大写）{_words(deal)}（{_yuan(deal, deal.amount)}）。经费构成如下表：",
        )
        rows = [["序号", "费用名称", "金额（元）"]]
        total = Decimal(0)
        k = 0
        for key, label in FEE_LABELS.items():
            value = deal.fees.get(key, Decimal(0))
            if value:
                k += 1
                rows.append([str(k), label, f"¥{figure(value)}"])
                total += value
        rows.append(["<<合计", "", f"¥{figure(total)}"])
        paper.marks["fees"] = paper.pages - 1
        y = c.grid(L + 40, y + 2, [50, 190, 150], rows, 19, 9.5, align=["c", "c", "r"]) + 18
        paper.printed.append(
            {
                "page": paper.pages - 1,
                "what": "fee_table",
                "rows": {k: money(v) for k, v in deal.fees.items() if v},
                "total": money(total),
            }
        )
        y = c.para(L, y, W, "第四条  研究开发经费和报酬的支付方式：", indent=0)
    else:
        y = c.para(L, y + 4, W, "第一条  服务内容、方式和要求：", indent=0)
        y = c.para(
            L,
            y,
            W,
            f"乙方为甲方提供{deal.system}的技术服务，包括系统部署与配置、接口对接、数据治理、性能优化、安全加固、"
            "技术培训及驻场技术支持，服务质量满足甲方提出的技术要求。",
        )
        y = c.para(L, y + 2, W, "第二条  工作条件和协作事项：", indent=0)
        y = c.para(L, y, W, "甲方为乙方提供必要的办公场所、网络环境和相关技术资料，并指定专人负责协调。")
        y = c.para(L, y + 2, W, "第三条  履行期限、地点和方式：", indent=0)
        end = deal.service_end or deal.accepted
        y = c.para(
            L,
            y,
            W,
            f"本合同自{date_cn(deal.signed)}至{date_cn(end)}在{deal.place}履行，以现场服务与远程支持相结合的方式进行。",
        )
        y = c.para(L, y + 2, W, "第四条  验收标准和方式：", indent=0)
        how = (
            "由甲方委托具有CMA资质的第三方软件评测机构进行测试，测试通过后由甲方出具验收确认单"
            if deal.acceptance == "test"
            else "由甲方组织验收并出具书面验收意见"
        )
        y = c.para(L, y, W, f"技术服务成果符合本合同约定及国家、行业有关标准，{how}。")
        y = c.para(L, y + 2, W, "第五条  报酬及其支付方式：", indent=0)
        y = c.para(
            L,
            y,
            W,
            f"（一）甲方应向乙方支付技术服务报酬总额为（人民币大写）{_words(deal)}（{_yuan(deal, deal.amount)}），该报酬已包含税费。",
        )
    paper.marks["amount"] = paper.pages - 1
    paper.printed.append(
        {"page": paper.pages - 1, "what": "amount", "figure": money(deal.amount), "words": _words(deal)}
    )
    parts = _instalment_amounts(deal)
    lead = "（二）" if not develop else ""
    y = c.para(L, y, W, f"{lead}上述费用由甲方分{len(parts)}期支付乙方，具体支付方式和时间如下：")
    for k, (when, pct, part) in enumerate(parts, start=1):
        y = c.para(L, y, W, f"{k}. {when}，甲方支付合同总额的{pct}%，计人民币{figure(part)}元；", indent=2)
    paper.printed.append(
        {
            "page": paper.pages - 1,
            "what": "instalments",
            "parts": [money(p) for _, _, p in parts],
            "total": money(deal.amount),
        }
    )
    y = c.para(L, y, W, f"乙方开户银行名称和账号为：开户银行：{firm.bank}；账号：{firm.account}。", indent=2)
    c.center(297, 805, "第 2 页", 9)
    del rng

    c = paper.new()
    y = 84.0
    clauses = (
        (
            "第五条" if develop else "第六条",
            "保密：",
            "双方对在履行本合同过程中知悉的对方技术秘密和业务数据负有保密义务，保密期限为合同终止后三年。",
        ),
        (
            "第六条" if develop else "第七条",
            "违约责任：",
            "任何一方违反本合同约定，应按《中华人民共和国民法典》的规定承担违约责任。",
        ),
        (
            "第七条" if develop else "第八条",
            "争议的解决办法：",
            f"在本合同履行过程中发生的争议，双方协商解决；协商不成的，依法向{deal.client.location[-3:]}人民法院起诉。",
        ),
        (
            "第八条" if develop else "第九条",
            "其他：",
            "本合同一式陆份，甲乙双方各执叁份，经双方签字盖章后生效，并报技术合同登记机构登记。",
        ),
    )
    for num, head, body in clauses:
        y = c.para(L, y, W, f"{num}  {head}{body}", indent=0)
        y += 2
    y += 6
    c.text(L, y, "签署页：", 10.5, bold=True)
    y = _sign_table(c, y + 8, deal, firm, "委托方（甲方）", "受托方（乙方）")
    c.rect(L, y + 4, L + 150, y + 50, 0.5)
    c.text(L + 8, y + 30, "印花税票粘贴处", 10)
    c.center(297, 805, "第 3 页", 9)
    paper.marks["signature"] = paper.pages - 1
    paper.fields.update(_contract_fields(deal, firm))
    if develop:
        paper.fields["fees"] = {k: money(deal.fees.get(k, Decimal(0))) for k in FEE_LABELS}


# ---------------------------------------------------------------- 运维服务合同


def om_contract(deal: Deal, firm: Firm, paper: Paper) -> None:
    """运行维护服务合同: annual fee, paid quarterly; two key pages."""
    quarter = deal.amount / 4
    assert quarter == quarter.quantize(FEN)
    start = deal.service_start or deal.signed
    end = deal.service_end or deal.accepted
    c = paper.new()
    rng = c.rng
    title = f"{deal.name.removesuffix('项目')}合同"
    c.center(297, 88, title, 17 if len(title) < 24 else 14.5, bold=True)
    c.text(L, 116, f"项目名称：{deal.name}", 10)
    c.right(R, 116, f"合同编号：{deal.number}", 10)
    y = 146.0
    for label, name, addr, rep, phone in (
        ("甲方（采购人）：", deal.client.name, deal.client_address, deal.client_rep, ""),
        ("乙方（服务商）：", firm.name, firm.address, firm.legal_rep, firm.phone),
    ):
        c.text(L, y, label + name, 11, bold=True)
        y += 19
        c.text(L + 22, y, f"地址：{addr}", 10)
        y += 17
        c.text(L + 22, y, f"法定代表人：{rep}" + (f"        联系电话：{phone}" if phone else ""), 10)
        y += 24
    y = c.para(
        L,
        y,
        W,
        f"根据《中华人民共和国民法典》及有关法律法规，甲乙双方本着平等互利、诚实信用的原则，就甲方{deal.system}运行维护服务事宜，经友好协商，订立本合同。",
    )
    y = c.para(L, y + 2, W, "一、服务内容", indent=0)
    y = c.para(
        L,
        y,
        W,
        f"乙方负责{deal.system}的日常巡检、故障处理、数据备份与恢复、安全补丁更新、性能调优和用户技术支持，"
        "提供7×24小时电话响应，重大故障2小时内到达现场。",
    )
    y = c.para(L, y + 2, W, "二、服务期限", indent=0)
    y = c.para(L, y, W, f"服务期自{date_cn(start)}起至{date_cn(end)}止。")
    y = c.para(L, y + 2, W, "三、服务费用及支付方式", indent=0)
    y = c.para(
        L,
        y,
        W,
        f"1. 本合同年度运行维护服务费总额为人民币（大写）{_words(deal)}（{_yuan(deal, deal.amount)}），"
        "为含税价，包含人工、差旅、备品备件及税费等全部费用。",
    )
    y = c.para(
        L,
        y,
        W,
        f"2. 服务费按季度支付，每季度服务费为人民币（大写）{capital(quarter)}（{_yuan(deal, quarter)}），"
        "四个季度合计为本合同总额。乙方于每季度末提交季度运维服务报告及合法有效发票，经甲方确认后十五个工作日内支付当季服务费。",
    )
    paper.marks["amount"] = paper.pages - 1
    rows = [["季度", "服务期间", "服务费（万元）" if deal.in_wan else "服务费（元）"]]
    q_start = start
    for k in range(4):
        q_end = end if k == 3 else _add_months(start, 3 * (k + 1)) - dt.timedelta(days=1)
        value = wan(quarter) if deal.in_wan else figure(quarter)
        rows.append([f"第{'一二三四'[k]}季度", f"{date_cn0(q_start)}—{date_cn0(q_end)}", value])
        q_start = q_end + dt.timedelta(days=1)
    rows.append(["合计", "", wan(deal.amount) if deal.in_wan else figure(deal.amount)])
    y = c.grid(L + 30, y + 4, [80, 210, 130], rows, 19, 9.5, align=["c", "c", "r"])
    paper.printed.append(
        {
            "page": paper.pages - 1,
            "what": "quarterly",
            "quarter": money(quarter),
            "total": money(deal.amount),
            "words": _words(deal),
            "quarter_words": capital(quarter),
        }
    )
    paper.printed.append(
        {"page": paper.pages - 1, "what": "amount", "figure": money(deal.amount), "words": _words(deal)}
    )
    c.center(297, 805, "第 1 页 共 2 页", 9)

    c = paper.new()
    y = 84.0
    for head, body in (
        (
            "四、双方权利和义务",
            "甲方应为乙方提供必要的工作条件和系统访问权限；乙方应按服务级别要求履行运维职责，建立运维工作台账，每季度提交运维服务报告。",
        ),
        (
            "五、保密条款",
            "乙方对在服务过程中接触到的甲方业务数据、患者及个人信息负有保密义务，不得以任何形式泄露。",
        ),
        (
            "六、违约责任",
            "乙方未按约定时限响应或处理故障的，每次按季度服务费的1%向甲方支付违约金；甲方逾期付款的，按同期贷款市场报价利率支付逾期利息。",
        ),
        ("七、服务验收", "服务期满后，甲方根据季度考核结果及年度服务总结组织验收，并出具书面验收意见。"),
        ("八、争议解决", "因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。"),
        ("九、其他", "本合同一式肆份，甲乙双方各执贰份，具有同等法律效力，自双方签字盖章之日起生效。"),
    ):
        y = c.para(L, y, W, head, indent=0)
        y = c.para(L, y, W, body)
        y += 4
    y += 30
    for x, label, name, rep in (
        (L, "甲方（盖章）：", deal.client.name, deal.client_rep),
        (L + 240, "乙方（盖章）：", firm.name, firm.legal_rep),
    ):
        c.text(x, y, label, 10.5)
        c.text(x, y + 20, name, 10 if len(name) < 16 else 8.5)
        c.text(x, y + 62, "法定代表人或授权代表（签字）：", 9.5)
        c.signature(x + 20, y + 88, 55)
        c.text(x, y + 118, "日期：", 10)
        c.hand(x + 32, y + 118, date_cn(deal.signed), 10.5)
        del rep
    if deal.sealed:
        c.seal(L + 85 + rng.uniform(-10, 10), y + 40 + rng.uniform(-8, 8), deal.client.name, "", radius=52)
        c.seal(
            L + 325 + rng.uniform(-10, 10), y + 40 + rng.uniform(-8, 8), firm.name, "合同专用章", radius=52
        )
    c.center(297, 805, "第 2 页 共 2 页", 9)
    paper.marks["signature"] = paper.pages - 1
    paper.fields.update(_contract_fields(deal, firm))


def _add_months(d: dt.date, months: int) -> dt.date:
    m = d.month - 1 + months
    return dt.date(d.year + m // 12, m % 12 + 1, min(d.day, 28))
