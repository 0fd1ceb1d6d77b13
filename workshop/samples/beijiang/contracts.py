"""Contracts: the long 信息化建设项目合同 (骑缝章, 附件1 分项报价表), the 科技部-style 技术服务合同 and a
采购合同 whose buyer is a 兵团 unit."""

from __future__ import annotations

import random
from decimal import Decimal

from . import ink
from .cast import FEE_KEYS, FEE_LABEL, Firm, Paper, Proj
from .numerals import capital, cn_date, figure, money

L, R = 72.0, 523.0


def _fees_truth(fees: dict[str, Decimal]) -> dict[str, str]:
    return {k: money(v) for k, v in fees.items()}


def long_contract(
    firm: Firm,
    p: Proj,
    rng: random.Random,
    *,
    words: Decimal | None = None,
    fee_table: dict[str, Decimal] | None = None,
    party_a: str | None = None,
    sep: bool = True,
    seal: bool = True,
) -> Paper:
    """信息化建设项目合同, 5 pages: parties, clauses (price in 第三条), signature page, 附件1."""
    doc = ink.new_doc()
    a_name = party_a or p.client.name
    amount = p.amount
    words_text = capital(words if words is not None else amount)
    table = dict(fee_table or p.fees)
    n = 5
    sheets = [ink.Sheet(doc, rng=rng) for _ in range(n)]
    s = sheets[0]
    s.center(112, "信息化建设项目合同", 22)
    s.text(L, 150, f"合同编号：{p.number}", 10.5)
    s.text(L, 172, f"项目名称：{p.name}", 10.5)
    y = 204.0
    for label, val in (
        ("甲方（采购人）：", a_name),
        ("地址：", p.client.address),
        ("法定代表人：", p.client.rep),
        ("乙方（供应商）：", firm.name),
        ("地址：", firm.address),
        ("法定代表人：", firm.legal),
    ):
        s.text(L, y, label + val, 10.5)
        y += 20
    y += 8
    y = s.para(
        L,
        y,
        R - L,
        (
            f"根据《中华人民共和国民法典》及有关法律法规，遵循平等、自愿、公平和诚实信用的原则，甲乙双方就{p.name}"
            "（以下简称“本项目”）的建设事宜，经友好协商，达成如下协议，以资共同遵守。"
        ),
    )
    y += 6
    s.text(L, y, "第一条 项目概况", 11, bold=True)
    y = s.para(
        L,
        y + 20,
        R - L,
        (
            f"1.1 项目建设地点：{p.location}。1.2 建设内容：按照甲方批复的建设方案，完成平台软件开发部署、"
            "网络与安全设备的采购安装、系统集成联调、数据迁移及人员培训，详见附件1《分项报价表》。"
        ),
    )
    s.text(L, y + 6, "第二条 合同工期", 11, bold=True)
    y = s.para(
        L,
        y + 26,
        R - L,
        (
            f"本项目工期为{p.days}日历天，自合同签订之日起计算。乙方应按甲方确认的实施计划组织实施，"
            "因甲方原因造成的工期延误，工期相应顺延。"
        ),
    )
    s = sheets[1]
    y = 90.0
    s.text(L, y, "第三条 合同价款", 11, bold=True)
    y = s.para(
        L, y + 20, R - L, "3.1 本合同为固定总价合同，合同总价包含设备、软件、实施、培训、税费等全部费用。"
    )
    s.text(L + 21, y, f"合同总价（大写）：人民币{words_text}", 10.5)
    y += 20
    s.text(L + 21, y, f"合同总价（小写）：¥{figure(amount, sep)}元", 10.5)
    y += 22
    y = s.para(
        L, y, R - L, "3.2 分项价格详见附件1《分项报价表》，分项价格之和与合同总价不一致时，以合同总价为准。"
    )
    s.text(L, y + 6, "第四条 付款方式", 11, bold=True)
    y = s.para(
        L,
        y + 26,
        R - L,
        (
            "4.1 合同签订后十五个工作日内，甲方向乙方支付合同总价的30%作为预付款；4.2 项目初验合格后，甲方支付至合同总价的80%；"
            "4.3 项目终验合格后，甲方支付至合同总价的95%，余款5%作为质量保证金，质保期满无质量问题后一次性无息支付。"
            "4.4 乙方每次收款前应向甲方开具等额合法有效的增值税发票。"
        ),
    )
    s.text(L, y + 6, "第五条 双方权利和义务", 11, bold=True)
    y = s.para(
        L,
        y + 26,
        R - L,
        (
            "5.1 甲方负责提供项目实施所需的场地、电力及网络接入条件，协调相关部门配合乙方工作；5.2 乙方应按照国家及行业"
            "标准组织实施，指派具备相应资格的项目经理常驻现场，未经甲方书面同意不得更换；5.3 乙方对在履行合同过程中知悉的"
            "甲方数据及商业秘密负有保密义务，保密期限不因合同终止而解除。"
        ),
    )
    s = sheets[2]
    y = 90.0
    for title, body in (
        (
            "第六条 验收",
            "6.1 项目完成并试运行满三个月后，乙方向甲方提交验收申请，甲方应在收到申请后二十日内组织验收；"
            "6.2 验收依据为本合同、招标文件、投标文件及国家相关标准；6.3 验收合格后双方签署验收报告。",
        ),
        (
            "第七条 质量保证",
            "7.1 质保期为验收合格之日起三年，质保期内乙方提供7×24小时响应服务，重大故障4小时内到达现场；"
            "7.2 质保期内因产品质量造成的损坏由乙方免费维修或更换。",
        ),
        (
            "第八条 违约责任",
            "8.1 乙方逾期交付的，每逾期一日按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%；"
            "8.2 甲方逾期付款的，每逾期一日按应付未付款项的千分之一向乙方支付违约金。",
        ),
        (
            "第九条 争议解决",
            f"因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向{p.location.replace('新疆维吾尔自治区', '')}有管辖权的人民法院提起诉讼。",
        ),
        (
            "第十条 其他",
            "10.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效；10.2 本合同一式陆份，甲方肆份，乙方贰份，"
            "具有同等法律效力；10.3 附件与本合同具有同等法律效力。附件1：分项报价表。",
        ),
    ):
        s.text(L, y, title, 11, bold=True)
        y = s.para(L, y + 20, R - L, body) + 8
    s.text(L, y + 10, "（以下无正文）", 10.5)
    s = sheets[3]
    s.text(L, 100, "（本页为签字盖章页）", 10.5)
    y = 150.0
    s.text(L, y, f"甲方（盖章）：{a_name}", 10.5)
    s.text(L, y + 40, "法定代表人或授权代表（签字）：", 10.5)
    s.signature(L + 175, y + 40)
    s.text(L, y + 70, f"签订日期：{cn_date(p.signed_on)}", 10.5)
    if seal:
        s.seal(L + 300, y + 62, ink.seal_png(ink.SealSpec(a_name, "合同专用章"), rng))
    y = 400.0
    s.text(L, y, f"乙方（盖章）：{firm.name}", 10.5)
    s.text(L, y + 40, "法定代表人或授权代表（签字）：", 10.5)
    s.signature(L + 175, y + 40)
    s.text(L, y + 70, f"签订日期：{cn_date(p.signed_on)}", 10.5)
    s.text(L, y + 100, f"开户银行：{firm.bank}", 10.5)
    s.text(L, y + 120, f"账    号：{firm.account}", 10.5)
    if seal:
        s.seal(L + 300, y + 62, ink.seal_png(ink.SealSpec(firm.name, "合同专用章"), rng))
    s = sheets[4]
    s.text(L, 90, "附件1", 11, bold=True)
    s.center(120, "分项报价表", 16)
    s.text(L, 146, f"项目名称：{p.name}", 9.5)
    s.right(R, 162, "金额单位：元", 9.5)
    rows = [["序号", "费用类别", "主要内容", "金额（元）"]]
    content = {
        "software_development": "平台软件定制开发",
        "consulting_design": "方案咨询与深化设计",
        "integration_implementation": "系统集成、安装调试",
        "operation_maintenance": "运行维护服务",
        "data_processing": "数据采集、清洗与迁移",
        "operation_service": "平台运营服务",
        "self_made_hardware": "自研终端设备",
        "hardware_purchase": "服务器、网络及安全设备",
        "software_purchase": "数据库、中间件及操作系统",
        "other": "培训及其他",
    }
    for i, k in enumerate([k for k in FEE_KEYS if k in table], start=1):
        rows.append([str(i), FEE_LABEL[k], content[k], figure(table[k], sep)])
    rows.append(["", "合计", "", figure(sum(table.values(), Decimal(0)), sep)])
    s.table(L, 172, [40, 110, 181, 120], rows, 9.5, 24, ["c", "l", "l", "r"])
    # 骑缝章: one seal split over the right edges of all pages
    if seal:
        bseal = ink.seal_png(ink.SealSpec(firm.name, "合同专用章"), random.Random(rng.random()))
        d = 118.0
        yq = rng.uniform(330, 480)
        for i, sh in enumerate(sheets):
            sh.image((sh.w - d / n, yq - d / 2, sh.w, yq + d / 2), ink.strip(bseal, i, n))
    for i, sh in enumerate(sheets, start=1):
        sh.footer(i, n)
    fields = {
        "project_name": p.name,
        "contract_number": p.number,
        "party_a": a_name,
        "party_b": firm.name,
        "contract_amount": money(amount),
        "amount_in_words": "人民币" + words_text,
        "signed_on": p.signed_on,
        "fees": _fees_truth(table),
        "has_seal": seal,
    }
    return Paper(doc, "contract", fields, p.id, "信息化建设项目合同")


def tech_service_contract(
    firm: Firm, p: Proj, rng: random.Random, *, sep: bool = False, seal: bool = True
) -> Paper:
    """技术服务合同 in the 科技部 form: cover, clauses with 技术服务费 (大写/小写), signature table."""
    doc = ink.new_doc()
    amount = p.amount
    words_text = capital(amount)
    s = ink.Sheet(doc, rng=rng)
    s.text(400, 80, "合同登记编号：", 10)
    s.box(400, 88, 523, 106, 0.6)
    s.center(250, "技 术 服 务 合 同", 28)
    y = 360.0
    for label, val in (
        ("项目名称：", p.name),
        ("委托方（甲方）：", p.client.name),
        ("受托方（乙方）：", firm.name),
        ("签订时间：", cn_date(p.signed_on)),
        ("签订地点：", p.location.replace("新疆维吾尔自治区", "新疆")),
        ("有效期限：", f"{cn_date(p.signed_on)}至{int(p.signed_on[:4]) + 1}年12月31日"),
    ):
        s.text(110, y, label, 12)
        s.text(110 + ink.width(label, 12), y, val, 12)
        s.line(110 + ink.width(label, 12), y + 4, 500, y + 4, 0.5)
        y += 36
    s.center(720, "中华人民共和国科学技术部印制", 13, bold=False)
    s = ink.Sheet(doc, rng=rng)
    y = 80.0
    s.text(L, y, f"委托方（甲方）：{p.client.name}", 10.5)
    s.text(L, y + 18, f"住  所  地：{p.client.address}", 10.5)
    s.text(L, y + 36, f"法定代表人：{p.client.rep}", 10.5)
    s.text(L, y + 62, f"受托方（乙方）：{firm.name}", 10.5)
    s.text(L, y + 80, f"住  所  地：{firm.address}", 10.5)
    s.text(L, y + 98, f"法定代表人：{firm.legal}", 10.5)
    y = s.para(
        L,
        y + 128,
        R - L,
        (
            f"本合同乙方为甲方提供{p.name}相关技术服务，并支付相应的技术服务报酬。双方经过平等协商，在真实、充分地表达各自意愿的"
            "基础上，根据《中华人民共和国民法典》的规定，达成如下协议，并由双方共同恪守。"
        ),
    )
    items = [
        (
            "第一条",
            "甲方委托乙方进行技术服务的内容如下：1.技术服务的目标：完成业务系统的技术支撑与运行保障；2.技术服务的内容："
            "系统巡检、故障处理、性能优化、数据备份与恢复演练；3.技术服务的方式：驻场与远程相结合。",
        ),
        (
            "第二条",
            f"乙方应按下列要求完成技术服务工作：1.技术服务地点：{p.location}；2.技术服务期限：自合同签订之日起{p.days}日；"
            "3.技术服务进度：按甲方确认的服务计划执行。",
        ),
        (
            "第三条",
            "为保证乙方有效进行技术服务工作，甲方应当向乙方提供下列工作条件和协作事项：提供系统账号、机房出入及必要的技术资料。",
        ),
    ]
    y += 6
    for head, body in items:
        y = s.para(L, y, R - L, head + "  " + body) + 4
    y = s.para(L, y, R - L, "第四条  甲方向乙方支付技术服务报酬及支付方式为：")
    s.text(L + 21, y, f"1.技术服务费总额为：人民币{words_text}（¥{figure(amount, sep)}元）；", 10.5)
    y += 19
    s.text(L + 21, y, "其中技术服务费中包含：税费及差旅费。", 10.5)
    y += 19
    y = s.para(
        L,
        y,
        R - L,
        "2.技术服务费由甲方分两期支付：合同签订后支付50%；服务完成并经甲方验收合格后支付剩余50%。",
    )
    s.footer(2, 3)
    s = ink.Sheet(doc, rng=rng)
    y = (
        s.para(
            L,
            80,
            R - L,
            "第五条  双方确定因履行本合同应遵守的保密义务如下：保密内容包括甲方的业务数据、技术资料及网络拓扑；"
            "保密期限为合同终止后五年。",
        )
        + 4
    )
    y = (
        s.para(
            L,
            y,
            R - L,
            "第六条  双方确定按以下标准和方式对乙方的技术服务工作成果进行验收：按合同约定的服务内容逐项验收，"
            "由甲方出具验收意见。",
        )
        + 4
    )
    y = (
        s.para(
            L,
            y,
            R - L,
            "第七条  双方因履行本合同而发生的争议，应协商、调解解决。协商、调解不成的，依法向甲方所在地人民法院起诉。",
        )
        + 10
    )
    cols = [70, 120, 261]
    rows = [["", "", ""]]
    heights = [0.0]
    for side, org, rep in (
        ("委托方\n（甲方）", p.client.name, p.client.rep),
        ("受托方\n（乙方）", firm.name, firm.legal),
    ):
        rows += [
            [side, "名称（或姓名）", org],
            ["", "法定代表人", rep],
            ["", "委托代理人", ""],
            ["", "（签章）", ""],
            ["", "签订日期", cn_date(p.signed_on)],
        ]
        heights += [24, 22, 22, 50, 22]
    s.table(L, y, cols, rows[1:], 9.5, heights=heights[1:], align=["c", "c", "l"])
    if seal:
        s.seal(L + 400, y + 93, ink.seal_png(ink.SealSpec(p.client.name, "合同专用章"), rng))
        s.seal(L + 400, y + 233, ink.seal_png(ink.SealSpec(firm.name, "合同专用章"), rng))
    s.signature(L + 200, y + 64)
    s.signature(L + 200, y + 204)
    s.footer(3, 3)
    fields = {
        "project_name": p.name,
        "party_a": p.client.name,
        "party_b": firm.name,
        "contract_amount": money(amount),
        "amount_in_words": "人民币" + words_text,
        "signed_on": p.signed_on,
        "has_seal": seal,
    }
    return Paper(doc, "contract", fields, p.id, "技术服务合同")


def purchase_contract(
    firm: Firm,
    p: Proj,
    rng: random.Random,
    *,
    sep: bool = True,
    seal: bool = True,
    words: Decimal | None = None,
) -> Paper:
    """采购合同 with a 兵团 buyer whose long name wraps over two lines; goods table with 合计."""
    doc = ink.new_doc()
    amount = p.amount
    words_text = capital(words if words is not None else amount)
    s = ink.Sheet(doc, rng=rng)
    s.center(96, "采 购 合 同", 22)
    s.text(360, 126, f"合同编号：{p.number}", 10)
    name = p.client.name
    cut = len(name) // 2 + 2 if len(name) > 16 else len(name)  # a 兵团 unit's long name wraps
    s.text(L, 156, "甲方（买方）：" + name[:cut], 10.5)
    s.text(L + ink.width("甲方（买方）：", 10.5), 174, name[cut:], 10.5)
    s.text(L, 198, f"乙方（卖方）：{firm.name}", 10.5)
    s.text(L, 222, f"项目名称：{p.name}", 10.5)
    y = s.para(
        L,
        248,
        R - L,
        (
            f"为完成{p.name}，经甲方组织比选确定乙方为供货及实施单位。甲乙双方根据《中华人民共和国民法典》，就下列货物及服务的"
            "供应、安装与调试达成如下条款。"
        ),
    )
    s.text(L, y + 4, "一、货物及服务清单", 11, bold=True)
    hw = p.fees.get("hardware_purchase", Decimal(0))
    sw = p.fees.get("software_purchase", Decimal(0))
    it = p.fees.get("integration_implementation", Decimal(0))
    rows = [["序号", "名称", "规格型号", "数量", "金额（元）"]]
    goods = [
        ("服务器", "2U双路 国产化", hw * Decimal("0.45")),
        ("核心交换机", "万兆 48口", hw * Decimal("0.25")),
        ("下一代防火墙", "吞吐10G", hw - hw * Decimal("0.45") - hw * Decimal("0.25")),
    ]
    i = 1
    for nm, spec, v in goods:
        if hw:
            rows.append([str(i), nm, spec, f"{rng.randint(2, 8)}台", figure(v, sep)])
            i += 1
    if sw:
        rows.append([str(i), "国产数据库及中间件", "企业版", "1套", figure(sw, sep)])
        i += 1
    if it:
        rows.append([str(i), "安装调试及系统集成服务", "—", "1项", figure(it, sep)])
    rows.append(["", "合计", "", "", figure(amount, sep)])
    y = s.table(L, y + 14, [36, 140, 110, 60, 105], rows, 9.5, 22, ["c", "l", "l", "c", "r"])
    s.text(L, y + 24, "二、合同金额", 11, bold=True)
    s.text(L + 21, y + 46, f"合同总金额：人民币{words_text}（¥{figure(amount, sep)}）。", 10.5)
    y = s.para(
        L,
        y + 68,
        R - L,
        "上述价格为货物送达甲方指定地点并安装调试合格的全部价格，包括货款、运输、保险、安装、税费等。",
    )
    s.text(L, y + 4, "三、交货及验收", 11, bold=True)
    s.para(
        L,
        y + 24,
        R - L,
        f"交货地点：{p.location}，甲方指定地点。乙方应于合同签订后{p.days}日内完成供货、安装及调试；"
        "甲方在收到乙方验收申请后十个工作日内组织验收。",
    )
    s.footer(1, 2)
    s = ink.Sheet(doc, rng=rng)
    y = 90.0
    for title, body in (
        (
            "四、付款方式",
            "货物到货验收合格后，甲方凭乙方开具的增值税发票在三十日内支付合同总金额的95%，余款5%作为质保金，质保期满后无息支付。",
        ),
        ("五、质量保证", "乙方保证所供货物为原厂全新正品，质保期三年，自验收合格之日起计算。"),
        ("六、其他", "本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。"),
    ):
        s.text(L, y, title, 11, bold=True)
        y = s.para(L, y + 20, R - L, body) + 8
    y += 30
    s.text(L, y, "甲方（盖章）：", 10.5)
    s.text(L + 8, y + 20, name[:cut], 10)
    s.text(L + 8, y + 36, name[cut:], 10)
    s.text(L, y + 70, "代表（签字）：", 10.5)
    s.signature(L + 75, y + 70)
    s.text(L, y + 96, f"日期：{cn_date(p.signed_on)}", 10.5)
    s.text(310, y, "乙方（盖章）：", 10.5)
    s.text(318, y + 20, firm.name, 10)
    s.text(310, y + 70, "代表（签字）：", 10.5)
    s.signature(385, y + 70)
    s.text(310, y + 96, f"日期：{cn_date(p.signed_on)}", 10.5)
    if seal:
        s.seal(L + 170, y + 85, ink.seal_png(ink.SealSpec(name), rng))
        s.seal(440, y + 85, ink.seal_png(ink.SealSpec(firm.name, "合同专用章"), rng))
    s.footer(2, 2)
    fields = {
        "project_name": p.name,
        "contract_number": p.number,
        "party_a": name,
        "party_b": firm.name,
        "contract_amount": money(amount),
        "amount_in_words": "人民币" + words_text,
        "signed_on": p.signed_on,
        "has_seal": seal,
    }
    return Paper(doc, "contract", fields, p.id, "采购合同")
