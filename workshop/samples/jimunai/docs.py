"""The papers: 营业执照（副本）, 审计报告, 合同书 key pages with 设备清单, 项目验收报告 and the paper 增值税发票."""

from __future__ import annotations

import datetime as dt
import random

from .paper import A3_LAND, A4, A4_LAND, INVOICE, RED, Paper, width_mm
from .people import Firm, cn_date, cn_date_upper, daxie, figure
from .world import FEE_LABELS, YEAR, Invoice, Project, World

# ---------------------------------------------------------------- licence


def licence(world: World, doc: str, rng: random.Random) -> Paper:
    firm = world.firm
    p = Paper(*A4_LAND, doc=doc, label="营业执照副本")
    p.page.draw_rect((14 * 2.835, 12 * 2.835, 283 * 2.835, 198 * 2.835), color=(0.75, 0.55, 0.25), width=3)
    p.text(30, 34, f"统一社会信用代码  {firm.code}", 10.5)
    p.text(148.5, 42, "营 业 执 照", 30, "center")
    p.text(148.5, 54, "（副  本）", 13, "center")
    p.text(236, 34, f"编号  {rng.randint(10**14, 10**15 - 1)}", 8.5)
    left = [
        ("名    称", firm.name),
        ("类    型", "有限责任公司（自然人投资或控股）"),
        ("法定代表人", firm.legal),
    ]
    y = 80.0
    for label, value in left:
        p.text(30, y, label, 11)
        p.text(62, y, value, 11)
        y += 11
    p.text(30, y, "经营范围", 11)
    scope = (
        "一般项目：信息系统集成服务；信息技术咨询服务；软件开发；计算机系统服务；安全技术防范系统设计施工服务；"
        "网络设备销售；计算机软硬件及辅助设备零售；数据处理服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    )
    line = ""
    yy = y
    for ch in scope:
        if width_mm(line + ch, 9.5) > 88:
            p.text(62, yy, line, 9.5)
            yy += 5.6
            line = ""
        line += ch
    p.text(62, yy, line, 9.5)
    capital = firm.capital
    cap_text = (
        f"人民币{daxie(capital)}" if world.licence_capital_words else f"{int(capital / 10000)}万元人民币"
    )
    right = [
        ("注册资本", cap_text),
        ("成立日期", cn_date(firm.established)),
        ("营业期限", f"{cn_date(firm.established)}至长期"),
        ("住    所", firm.address),
    ]
    y = 80.0
    for label, value in right:
        p.text(160, y, label, 11)
        if width_mm(value, 11) > 95:
            p.text(184, y, value[:16], 11)
            p.text(184, y + 6, value[16:], 11)
            y += 6
        else:
            p.text(184, y, value, 11)
        y += 11
    p.text(205, 168, "登记机关", 12)
    issued = dt.date(YEAR - rng.randint(0, 3), rng.randint(1, 12), rng.randint(1, 28))
    p.seal(236, 166, f"{firm.county}市场监督管理局", rng, radius=17)
    p.text(222, 184, cn_date(issued), 10.5)
    p.text(30, 190, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8)
    return p


# ---------------------------------------------------------------- audit


def audit_pages(world: World, doc: str, rng: random.Random) -> list[Paper]:
    firm, a = world.firm, world.audit
    first = Paper(*A4, doc=doc, label="审计报告")
    first.text(105, 32, "审 计 报 告", 20, "center")
    first.text(190, 44, a.number, 10.5, "right")
    first.text(22, 56, f"{firm.name}全体股东：", 10.5)
    y = first.para(22, 68, 166, "一、审计意见", 10.5)
    y = first.para(
        22,
        y,
        166,
        f"我们审计了{firm.name}（以下简称贵公司）财务报表，包括{YEAR}年12月31日的资产负债表，{YEAR}年度的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。",
    )
    y = first.para(
        22,
        y,
        166,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{YEAR}年12月31日的财务状况"
        f"以及{YEAR}年度的经营成果和现金流量。",
    )
    y = first.para(22, y + 2, 166, "二、形成审计意见的基础")
    y = first.para(
        22,
        y,
        166,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
        "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
        "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
    )
    y = first.para(22, y + 2, 166, "三、管理层和治理层对财务报表的责任")
    y = first.para(
        22,
        y,
        166,
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。",
    )
    first.text(22, 232, a.firm, 10.5)
    first.seal(55, 228, a.firm, rng, radius=19)
    first.text(120, 226, f"中国注册会计师：{a.cpas[0]}", 10.5)
    first.text(120, 240, f"中国注册会计师：{a.cpas[1]}", 10.5)
    first.signature(160, 226, rng, 18)
    first.signature(160, 240, rng, 18)
    first.text(22, 256, "中国·乌鲁木齐", 10.5)
    first.text(120, 256, cn_date_upper(a.signed), 10.5)

    income = Paper(*A4, doc=doc, label="利润表")
    income.text(105, 30, "利 润 表", 18, "center")
    income.text(22, 42, f"编制单位：{firm.name}", 9.5)
    income.text(128, 42, f"{YEAR}年度", 9.5)
    income.text(188, 42, "单位：元", 9.5, "right")
    rows = [
        ["项    目", "本期金额", "上期金额"],
        ["一、营业收入", figure(a.revenue), figure(a.prior_revenue)],
        ["减：营业成本", figure(a.cost), ""],
        ["    税金及附加", figure(a.taxes), ""],
        ["    销售费用", figure(a.selling), ""],
        ["    管理费用", figure(a.admin), ""],
        ["    财务费用", figure(a.finance), ""],
        ["二、营业利润", figure(a.operating_profit), ""],
        ["加：营业外收入", figure(a.other_income), ""],
        ["减：营业外支出", figure(a.other_expense), ""],
        ["三、利润总额", figure(a.total_profit), ""],
        ["减：所得税费用", figure(a.income_tax), ""],
        ["四、净利润", figure(a.net_profit), figure(a.prior_profit)],
    ]
    income.table(22, 48, [70, 48, 48], rows, 9, 9.5, ["left", "right", "right"])
    income.text(22, 180, f"法定代表人：{firm.legal}", 9.5)
    income.text(86, 180, "主管会计工作负责人：", 9.5)
    income.text(150, 180, "会计机构负责人：", 9.5)

    notes = Paper(*A4, doc=doc, label="财务报表附注")
    notes.text(105, 30, f"{firm.name}", 12, "center")
    notes.text(105, 40, f"{YEAR}年度财务报表附注（节选）", 12, "center")
    notes.text(22, 56, "五、财务报表项目注释", 10.5)
    notes.text(22, 66, "（十八）营业收入和营业成本", 10.5)
    other = a.revenue - a.si_revenue
    notes.table(
        22,
        72,
        [60, 52, 52],
        [
            ["项目", "本期发生额", "上期发生额"],
            ["系统集成收入", figure(a.si_revenue), ""],
            ["其他业务收入", figure(other), ""],
            ["合计", figure(a.revenue), figure(a.prior_revenue)],
        ],
        9,
        9.5,
        ["left", "right", "right"],
    )
    notes.para(
        22,
        120,
        166,
        "系统集成收入系本公司承接的计算机信息系统集成项目按合同约定完成并经客户验收后确认的收入；其他业务收入主要为设备零星销售及技术服务收入。",
        9.5,
    )
    for i, pg in enumerate((first, income, notes), start=1):
        pg.footer(f"第 {i} 页")
    return [first, income, notes]


# ---------------------------------------------------------------- contract


def _party_block(pg: Paper, y: float, p: Project, firm: Firm) -> float:
    pg.text(22, y, f"甲方（采购人）：{p.party_a}", 11)
    pg.text(22, y + 7, f"地址：新疆阿勒泰地区{p.county}", 9.5, record=False)
    pg.text(22, y + 16, f"乙方（供应商）：{firm.name}", 11)
    pg.text(22, y + 23, f"地址：{firm.address}    电话：{firm.phone}", 9.5, record=False)
    return y + 34


def contract_pages(p: Project, firm: Firm, doc: str, rng: random.Random, equipment: bool) -> list[Paper]:
    total_pages = 6
    pages: list[Paper] = []

    first = Paper(*A4, doc=doc, label="合同第1页")
    first.text(105, 30, "合  同  书", 22, "center")
    first.text(105, 42, p.name, 13, "center")
    first.text(188, 52, f"合同编号：{p.number}", 9.5, "right")
    y = _party_block(first, 64, p, firm)
    y = first.para(
        22,
        y,
        166,
        f"根据《中华人民共和国民法典》《中华人民共和国政府采购法》及有关法律法规，甲乙双方本着平等互利、诚实信用的原则，"
        f"经协商一致，就{p.name}有关事宜签订本合同，共同遵守。",
    )
    first.text(22, y + 4, "第一条  项目概况", 11)
    first.text(28, y + 12, f"1. 项目名称：{p.name}", 10.5)
    first.text(28, y + 20, f"2. 实施地点：{p.location}", 10.5)
    first.text(28, y + 28, "3. 建设内容：详见合同附件及乙方投标（响应）文件。", 10.5)
    y += 42
    first.text(22, y, "第二条  合同金额", 11)
    first.text(28, y + 9, f"本合同总金额为人民币（大写）{daxie(p.amount)}", 10.5)
    first.text(28, y + 17, f"（小写：¥{figure(p.amount)}），", 10.5)
    first.para(
        22,
        y + 25,
        166,
        "上述价格为含税总价，包括设备费、运输费、安装调试费、培训费、税费及质保期内的全部服务费用，合同履行期间不作调整。",
    )
    pages.append(first)

    second = Paper(*A4, doc=doc, label="合同第2页")
    if p.itemised:
        second.text(22, 30, "第三条  分项价格", 11)
        rows = [["序号", "费用项目", "金额（元）"]]
        n = 0
        for key, label in FEE_LABELS.items():
            if p.fees[key]:
                n += 1
                rows.append([str(n), label, figure(p.fees[key])])
        rows.append(["", "合计", figure(p.amount)])
        y = second.table(22, 36, [18, 90, 58], rows, 9, 10, ["center", "left", "right"])
        y = second.para(
            22,
            y + 8,
            166,
            "分项价格中的硬件设备购置费明细见附件1《设备清单》，软件产品以乙方响应文件所列版本为准。",
        )
    else:
        second.text(22, 30, "第三条  服务内容及范围", 11)
        y = 40.0
        for k, line in enumerate(
            (
                "设备及软件的供货、运输、安装与调试；",
                "系统集成实施、联调联试及数据迁移；",
                "用户培训及操作手册、竣工资料的移交；",
                "质保期内的免费维护与技术支持。",
            ),
            start=1,
        ):
            second.text(28, y, f"{k}. {line}", 10.5)
            y += 8
    y = second.para(22, y + 6, 166, "第四条  实施期限与交付")
    y = second.para(
        22,
        y,
        166,
        "乙方应自合同签订之日起九十个日历日内完成全部设备的供货、安装、调试及系统联调，并向甲方提交竣工资料。"
        "因甲方原因造成工期延误的，工期相应顺延。",
    )
    pages.append(second)

    third = Paper(*A4, doc=doc, label="合同第3页")
    y = third.para(22, 30, 166, "第五条  验收")
    for text in (
        "乙方完成全部建设内容并试运行合格后，书面通知甲方组织验收。甲方应在收到通知后十五个工作日内组织验收。",
        "验收依据为本合同、招标（采购）文件、乙方响应文件及国家有关标准规范。验收合格的，双方签署验收报告。",
        "验收不合格的，乙方应在甲方规定的期限内整改，整改完成后重新组织验收，由此产生的费用由乙方承担。",
    ):
        y = third.para(22, y, 166, text)
    y = third.para(22, y + 4, 166, "第六条  付款方式")
    for text in (
        "合同签订后十个工作日内，甲方向乙方支付合同总金额的30%作为预付款；",
        "项目验收合格后，甲方向乙方支付至合同总金额的95%；",
        "剩余5%作为质保金，质保期满无质量问题后一次性无息支付。",
        "乙方每次收款前应向甲方开具等额合法有效的增值税发票。",
    ):
        y = third.para(22, y, 166, text)
    pages.append(third)

    fourth = Paper(*A4, doc=doc, label="合同第4页")
    y = fourth.para(22, 30, 166, "第七条  质量保证与售后服务")
    for text in (
        "乙方所供设备均为原厂全新正品，质保期为验收合格之日起三年。质保期内乙方提供7×24小时响应服务，"
        "接到故障通知后2小时内响应，24小时内到达现场。",
        "乙方应对甲方指定的技术人员进行不少于两次的操作与维护培训。",
    ):
        y = fourth.para(22, y, 166, text)
    y = fourth.para(22, y + 4, 166, "第八条  双方的权利和义务")
    for text in (
        "甲方应为乙方施工提供必要的场地、电源及网络条件，协调相关单位配合项目实施。",
        "乙方应遵守甲方的安全保密制度，未经甲方书面同意，不得向第三方披露项目相关数据和资料。",
    ):
        y = fourth.para(22, y, 166, text)
    pages.append(fourth)

    fifth = Paper(*A4, doc=doc, label="合同第5页")
    y = fifth.para(22, 30, 166, "第九条  违约责任")
    for text in (
        "乙方逾期交付的，每逾期一日按合同总金额的千分之一向甲方支付违约金，但违约金总额不超过合同总金额的10%。",
        "甲方无正当理由逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。",
    ):
        y = fifth.para(22, y, 166, text)
    y = fifth.para(22, y + 4, 166, "第十条  争议解决")
    y = fifth.para(
        22,
        y,
        166,
        f"因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向{p.county}人民法院提起诉讼。",
    )
    y = fifth.para(22, y + 4, 166, "第十一条  其他")
    y = fifth.para(
        22,
        y,
        166,
        "本合同自双方法定代表人或授权代表签字并加盖公章（或合同专用章）之日起生效。本合同一式陆份，甲方肆份，乙方贰份，"
        "具有同等法律效力。合同附件与本合同具有同等法律效力。",
    )
    fifth.text(105, y + 10, "（以下无正文）", 10.5, "center")
    pages.append(fifth)

    sign = Paper(*A4, doc=doc, label="合同签字页")
    sign.text(105, 30, "（本页为签字盖章页）", 10.5, "center")
    sign.text(22, 58, f"甲方（盖章）：{p.party_a}", 11)
    sign.text(22, 78, "法定代表人或授权代表（签字）：", 10.5)
    sign.signature(82, 77, rng)
    sign.text(22, 92, f"日期：{cn_date(p.signed)}", 10.5)
    if p.seal_a:
        sign.seal(70 + rng.uniform(-6, 6), 66 + rng.uniform(-4, 4), p.party_a, rng)
    sign.text(22, 140, f"乙方（盖章）：{firm.name}", 11)
    sign.text(22, 160, "法定代表人或授权代表（签字）：", 10.5)
    sign.signature(82, 159, rng)
    sign.text(22, 174, f"日期：{cn_date(p.signed)}", 10.5)
    sign.text(22, 184, "开户银行：中国农业银行股份有限公司阿勒泰分行", 9.5, record=False)
    sign.text(
        22,
        192,
        f"账    号：3049 0101 0400 {rng.randint(1000, 9999)} {rng.randint(100, 999)}",
        9.5,
        record=False,
    )
    sign.seal(75 + rng.uniform(-6, 6), 148 + rng.uniform(-4, 4), firm.name, rng, bottom="合同专用章")
    sign.text(22, 222, f"签订日期：{cn_date(p.signed)}", 10.5)
    sign.text(22, 230, f"签订地点：新疆阿勒泰地区{p.county}", 10.5)
    pages.append(sign)

    for i, pg in enumerate(pages, start=1):
        pg.footer(f"第 {i} 页  共 {total_pages} 页")

    if equipment:
        pages.append(equipment_list(p, doc))
    return pages


def equipment_list(p: Project, doc: str, size: tuple[float, float] = A4_LAND) -> Paper:
    """附件1 设备清单: a landscape table (A4 landscape printed sideways in the binding, or an A3 fold-out)."""
    pg = Paper(*size, doc=doc, label="附件1设备清单")
    w = size[0]
    pg.text(22, 22, "附件1", 11)
    pg.text(w / 2, 30, f"{p.name}设备清单", 15, "center")
    scale = (w - 44) / 253
    cols = [c * scale for c in (14, 44, 46, 18, 22, 48, 61)]
    rows = [["序号", "设备名称", "品牌型号", "单位", "数量", "单价（元）", "小计（元）"]]
    for i, item in enumerate(p.items, start=1):
        rows.append(
            [
                str(i),
                item.name,
                item.model,
                item.unit,
                str(item.qty),
                figure(item.price),
                figure(item.subtotal),
            ]
        )
    rows.append(["", "硬件设备购置费合计", "", "", "", "", figure(p.fees["hardware_purchase"])])
    size_pt = 10.5 if w > 300 else 9.5
    row_h = 11.0 if w > 300 else 9.0
    pg.table(
        22, 40, cols, rows, row_h, size_pt, ["center", "left", "left", "center", "center", "right", "right"]
    )
    pg.text(22, size[1] - 22, "注：以上设备均含运输、安装、调试及三年原厂质保。", 9.5)
    return pg


# ---------------------------------------------------------------- acceptance


def acceptance(p: Project, firm: Firm, doc: str, rng: random.Random) -> Paper:
    pg = Paper(*A4, doc=doc, label="项目验收报告")
    organiser = p.acceptance_organiser or p.party_a
    pg.text(105, 30, "项目验收报告", 20, "center")
    rows = [
        ["项目名称", p.name],
        ["合同编号", p.number],
        ["建设单位", organiser],
        ["承建单位", firm.name],
        ["合同签订日期", cn_date(p.signed)],
        ["验收日期", cn_date(p.accepted)],
        ["验收地点", f"{p.county}{p.client[len(p.county) :]}会议室"],
    ]
    y = pg.table(22, 40, [36, 130], rows, 10, 10.5)
    passed = p.conclusion == "passed"
    pg.text(22, y + 10, "验收内容：", 11)
    y = pg.para(
        22,
        y + 18,
        166,
        "验收小组听取了承建单位的项目实施情况汇报，查阅了合同、设备到货清单、安装调试记录及试运行报告，"
        "对照合同清单逐项核对了设备品牌、型号、数量，并对系统主要功能和性能进行了现场测试。",
    )
    pg.text(22, y + 6, "验收意见：", 11)
    if passed:
        opinion = (
            "项目已按合同约定完成全部建设内容，设备品牌型号及数量与合同一致，系统运行稳定，技术资料齐全，"
            "符合合同及相关规范要求。验收小组同意该项目通过验收。"
        )
    else:
        opinion = (
            "经现场检查，部分设备安装未完成、系统联调测试未达到合同要求，竣工资料不完整。验收小组认为该项目"
            "本次验收不予通过，请承建单位于三十日内完成整改，整改后申请复验。"
        )
    y = pg.para(22, y + 14, 166, opinion)
    pg.text(22, y + 8, "验收结论：", 11)
    pg.box(46, y + 8, passed)
    pg.text(52, y + 8, "通过", 11)
    pg.box(72, y + 8, not passed)
    pg.text(78, y + 8, "不通过（整改后复验）", 11)
    pg.lines.append("验收结论：☑通过 □不通过" if passed else "验收结论：□通过 ☑不通过（整改后复验）")
    y += 22
    pg.text(22, y, "验收小组成员（签字）：", 10.5)
    for k in range(3):
        pg.signature(70 + k * 38, y - 1, rng, 24)
    y += 26
    pg.text(22, y, "建设单位（盖章）：", 10.5)
    pg.text(112, y, "承建单位（盖章）：", 10.5)
    pg.seal(58 + rng.uniform(-5, 5), y + 12, organiser, rng)
    pg.seal(150 + rng.uniform(-5, 5), y + 12, firm.name, rng)
    pg.text(30, y + 34, cn_date(p.accepted), 10.5)
    pg.text(120, y + 34, cn_date(p.accepted), 10.5)
    return pg


# ---------------------------------------------------------------- invoice


def invoice(p: Project, inv: Invoice, firm: Firm, doc: str, rng: random.Random) -> Paper:
    pg = Paper(*INVOICE, doc=doc, label="增值税普通发票")
    brown = (0.55, 0.35, 0.2)
    pg.text(120.5, 16, f"新疆{inv.kind}", 15, "center", brown)
    pg.rule(92, 19, 149, 19, 0.6, brown)
    pg.rule(92, 20.2, 149, 20.2, 0.6, brown)
    pg.text(8, 12, f"发票代码：{inv.code}", 8.5)
    pg.text(178, 12, f"发票代码 {inv.code}", 8.5, record=False)
    pg.text(178, 18, f"发票号码 {inv.number}", 8.5)
    pg.text(178, 24, f"开票日期：{cn_date(inv.issued)}", 8.5)
    pg.table(
        8,
        28,
        [16, 209],
        [["购买方", f"名    称：{p.client}"], ["", f"纳税人识别号：{p.client_code}"]],
        7,
        8.5,
    )
    head = ["货物或应税劳务、服务名称", "规格型号", "单位", "数量", "金额", "税率", "税额"]
    body = ["*信息系统服务*系统集成服务", "", "项", "1", figure(inv.net), f"{inv.rate}%", figure(inv.tax)]
    pg.table(
        8,
        44,
        [70, 25, 14, 14, 44, 16, 42],
        [head, body, ["合    计", "", "", "", f"¥{figure(inv.net)}", "", f"¥{figure(inv.tax)}"]],
        8,
        8.5,
        ["left", "left", "center", "center", "right", "center", "right"],
    )
    pg.text(10, 77, f"价税合计（大写）  ⊗{daxie(inv.total)}", 9)
    pg.text(160, 77, f"（小写）¥{figure(inv.total)}", 9)
    pg.rule(8, 80, 233, 80, 0.5)
    pg.table(
        8,
        82,
        [16, 209],
        [["销售方", f"名    称：{firm.name}"], ["", f"纳税人识别号：{firm.code}"]],
        7,
        8.5,
    )
    pg.text(8, 110, f"备注：{p.name}（合同编号：{p.number}）", 8)
    pg.text(8, 126, "收款人：", 8.5, record=False)
    pg.text(70, 126, "复核：", 8.5, record=False)
    pg.text(130, 126, "开票人：", 8.5, record=False)
    pg.seal(205, 112, firm.name, rng, bottom="发票专用章", radius=14)
    pg.page.draw_rect((3 * 2.835, 3 * 2.835, 238 * 2.835, 137 * 2.835), color=RED, width=0.4)
    return pg


def blank(doc: str, label: str = "空白背面") -> Paper:
    pg = Paper(*A4, doc=doc, label=label)
    pg.blank = True
    return pg


def a3_quote(p: Project, doc: str) -> Paper:
    """The 设备清单 as an A3 fold-out (folded into the A4 contract, scanned in two halves)."""
    return equipment_list(p, doc, A3_LAND)
