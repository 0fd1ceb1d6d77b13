"""财务报表附注: company facts, accounting policies, taxes and the notes to the items, each table
repeating a statement figure (货币资金, 营业收入, 净利润 …) and the revenue split by business type
(系统集成收入 with, in some reports, its own sub-lines) and by region."""

from __future__ import annotations

import random
from decimal import Decimal

from . import policies
from .audit import AuditPlan, Flow, split
from .books import Year
from .numerals import cn_date

CN = (
    "一",
    "二",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "十一",
    "十二",
    "十三",
    "十四",
    "十五",
    "十六",
    "十七",
    "十八",
    "十九",
    "二十",
    "二十一",
    "二十二",
    "二十三",
    "二十四",
    "二十五",
    "二十六",
    "二十七",
    "二十八",
    "二十九",
    "三十",
)


def write_notes(flow: Flow, plan: AuditPlan, rng: random.Random, fig) -> None:
    books = plan.books
    now = books.years[plan.year]
    prior = books.prior(plan.year)
    assert isinstance(prior, Year), "a report needs the year before it in the books"
    c = plan.company
    end = f"{plan.year}年12月31日"
    fmt = {"short": plan.short, "end": end, "year": plan.year}
    flow.new()
    flow.heading(f"{plan.company.name}")
    flow.heading(f"{plan.year}年度财务报表附注")
    flow.para(f"（除特别注明外，金额单位为人民币{plan.unit}）")
    flow.heading("一、公司基本情况")
    flow.para(
        f"{c.name}（以下简称“{plan.short}”或“本公司”）成立于{cn_date(c.established)}，统一社会信用代码为{c.credit_code}，"
        f"注册地址：{c.address}，法定代表人：{c.legal_rep}。"
    )
    flow.para(f"本公司经营范围：{c.scope}")
    flow.para(f"本财务报表业经公司董事会于{cn_date(plan.signed)}批准报出。")
    flow.heading("二、财务报表的编制基础")
    flow.para(
        "本公司以持续经营为基础，根据实际发生的交易和事项，按照财政部颁布的"
        + (
            "《小企业会计准则》"
            if plan.small
            else "《企业会计准则——基本准则》和各项具体会计准则、应用指南、解释及其他相关规定"
        )
        + "进行确认和计量，在此基础上编制财务报表。"
    )
    flow.para(
        "本公司自报告期末起12个月内具备持续经营能力，不存在导致对持续经营能力产生重大疑虑的事项或情况。"
    )
    flow.heading("三、重要会计政策及会计估计")
    chosen = [p for p in policies.POLICIES if rng.random() < 0.55 + 0.45 * plan.extent]
    chosen += [p for p in policies.MORE_POLICIES if rng.random() < plan.extent - 0.2]
    for i, (title, paragraphs) in enumerate(chosen):
        flow.heading(f"（{CN[i]}）{title}", 10.5)
        for p in paragraphs:
            flow.para(p)
        if title == "固定资产":
            rows = [["类别", "折旧方法", "折旧年限（年）", "残值率（%）", "年折旧率（%）"]]
            for name, years in (("电子设备", rng.choice([3, 5])), ("运输设备", 4), ("办公设备", 5)):
                rate = f"{(95 / years):.2f}"
                rows.append([name, "年限平均法", str(years), "5", rate])
            flow.table((110, 90, 90, 80, 90), rows, "lcccc")
    flow.heading("四、税项")
    flow.table(
        (120, 220, 120),
        [["税种", "计税依据", "税率"], *policies.TAX_ROWS, ("企业所得税", "应纳税所得额", "25%、15%")],
        "llc",
    )
    flow.para(policies.TAX_PREFERENCE)
    flow.heading("五、财务报表项目注释")
    flow.para(
        f"以下注释项目除非特别指出，期末指{end}，期初指{plan.year - 1}年12月31日，本期指{plan.year}年度，上期指{plan.year - 1}年度。"
    )
    items = _items(flow, plan, rng, fig, now, prior)
    for i, item in enumerate(items):
        item(i)
    tail = (
        ("关联方及关联交易", policies.RELATED.format(owner=plan.owners[0][0], share=plan.owners[0][1])),
        ("承诺及或有事项", policies.COMMITMENTS.format(**fmt)),
        ("资产负债表日后事项", policies.LATER_EVENTS),
    )
    for i, (title, text) in enumerate(tail):
        flow.heading(f"{CN[5 + i]}、{title}")
        flow.para(text)
    flow.heading("九、其他重要事项")
    flow.para(
        policies.EMPHASIS.format(**fmt)
        .split("。")[0]
        .replace("我们提醒财务报表使用者关注，如财务报表附注九所述，", "")
        + "。"
        if plan.emphasis
        else "本公司无需要披露的其他重要事项。"
    )
    flow.heading("十、财务报表之批准")
    flow.para(f"本财务报表业经本公司董事会于{cn_date(plan.signed)}批准报出。")
    sheet = flow.need(90)
    sheet.text(flow.left + 260, flow.y + 30, plan.company.name, 10.5)
    sheet.round_seal(flow.left + 320, flow.y + 24, 42, plan.company.name)
    sheet.text(flow.left + 290, flow.y + 60, cn_date(plan.signed), 10.5)


def _items(flow: Flow, plan: AuditPlan, rng: random.Random, fig, now: Year, prior: Year):
    a, b = now.balance.assets, prior.balance.assets
    debt, debt0 = now.balance.liabilities, prior.balance.liabilities
    head2 = ["项目", "期末余额", "上年年末余额"]
    headp = ["项目", "本期发生额", "上期发生额"]
    keep = 0.5 + 0.5 * plan.extent

    def note(title: str, body, optional: bool = False):
        def run(i: int) -> None:
            flow.heading(f"{i + 1}．{title}", 10.5)
            body()

        return None if optional and rng.random() > keep else run

    def cash() -> None:
        on_hand = [Decimal(rng.randint(500, 30000)) for _ in range(2)]
        flow.table(
            (200, 130, 130),
            [
                head2,
                ["库存现金", fig(on_hand[0]), fig(on_hand[1])],
                ["银行存款", fig(a["货币资金"] - on_hand[0]), fig(b["货币资金"] - on_hand[1])],
                ["合计", fig(a["货币资金"]), fig(b["货币资金"])],
            ],
        )

    def receivables() -> None:
        rates = (Decimal("0.05"), Decimal("0.1"), Decimal("0.3"), Decimal("0.5"))
        nets = split(a["应收账款"], (0.62, 0.22, 0.11, 0.05))
        rows = [["账龄", "账面余额", "坏账准备", "账面价值"]]
        tg = tp = Decimal(0)
        for name, net, rate in zip(("1年以内", "1至2年", "2至3年", "3年以上"), nets, rates, strict=True):
            gross = (net / (1 - rate)).quantize(Decimal("0.01"))
            rows.append([name, fig(gross), fig(gross - net), fig(net)])
            tg += gross
            tp += gross - net
        rows.append(["合计", fig(tg), fig(tp), fig(a["应收账款"])])
        flow.table((120, 120, 110, 120), rows)
        if rng.random() < keep:
            flow.para("按欠款方归集的期末余额前五名的应收账款情况：")
            shares = split(a["应收账款"] * Decimal("0.7"), (0.3, 0.22, 0.18, 0.16, 0.14))
            rows = [["单位名称", "期末余额", "占应收账款期末余额的比例（%）"]]
            for client, v in zip(plan.clients, shares, strict=False):
                rows.append([client, fig(v), f"{v / a['应收账款'] * 100:.2f}"])
            flow.table((220, 120, 150), rows)

    def simple(key: str, labels: tuple[str, ...], weights: tuple[float, ...], side: str = "a"):
        def body() -> None:
            src_now, src_before = (a, b) if side == "a" else (debt, debt0)
            parts_now = split(src_now[key], weights)
            parts_before = split(src_before[key], weights)
            rows = [head2]
            for lab, x, y in zip(labels, parts_now, parts_before, strict=True):
                rows.append([lab, fig(x), fig(y)])
            rows.append(["合计", fig(src_now[key]), fig(src_before[key])])
            flow.table((200, 130, 130), rows)

        return body

    def fixed_assets() -> None:
        nets = split(a["固定资产"], (0.55, 0.3, 0.15))
        rows = [["项目", "电子设备", "运输设备", "办公设备", "合计"]]
        deps = [(n * Decimal(str(round(rng.uniform(0.4, 1.2), 2)))).quantize(Decimal("0.01")) for n in nets]
        origs = [n + d for n, d in zip(nets, deps, strict=True)]
        total = sum(origs, Decimal(0)), sum(deps, Decimal(0))
        rows.append(["一、账面原值期末余额", *(fig(x) for x in origs), fig(total[0])])
        rows.append(["二、累计折旧期末余额", *(fig(x) for x in deps), fig(total[1])])
        rows.append(["三、账面价值期末余额", *(fig(x) for x in nets), fig(a["固定资产"])])
        flow.table((150, 85, 85, 85, 90), rows)

    def intangible() -> None:
        amort = (a["无形资产"] * Decimal(str(round(rng.uniform(0.3, 0.8), 2)))).quantize(Decimal("0.01"))
        rows = [
            ["项目", "软件", "合计"],
            ["账面原值", fig(a["无形资产"] + amort), fig(a["无形资产"] + amort)],
            ["累计摊销", fig(amort), fig(amort)],
            ["账面价值", fig(a["无形资产"]), fig(a["无形资产"])],
        ]
        flow.table((200, 130, 130), rows)

    def payroll() -> None:
        add = (now.revenue * Decimal("0.1")).quantize(Decimal("0.01"))
        out = debt0["应付职工薪酬"] + add - debt["应付职工薪酬"]
        rows = [
            ["项目", "期初余额", "本期增加", "本期减少", "期末余额"],
            ["短期薪酬", fig(debt0["应付职工薪酬"]), fig(add), fig(out), fig(debt["应付职工薪酬"])],
        ]
        flow.table((120, 90, 90, 90, 90), rows)

    def capital() -> None:
        cap = now.balance.equity["实收资本"]
        shares = split(cap, [s for _, s in plan.owners])
        rows = [["股东名称", "期初余额", "本期增加", "本期减少", "期末余额", "持股比例（%）"]]
        for (owner, pct), v in zip(plan.owners, shares, strict=True):
            rows.append([owner, fig(v), "", "", fig(v), str(pct)])
        rows.append(["合计", fig(cap), "", "", fig(cap), "100"])
        flow.table((150, 90, 60, 60, 90, 70), rows)

    def retained() -> None:
        e0, e1 = prior.balance.equity, now.balance.equity
        reserve = e1["盈余公积"] - e0["盈余公积"]
        rows = [
            ["项目", "本期", "上期"],
            ["调整前上年年末未分配利润", fig(e0["未分配利润"]), ""],
            ["加：本期净利润", fig(now.net_profit), fig(prior.net_profit)],
            ["减：提取法定盈余公积", fig(reserve), ""],
            ["期末未分配利润", fig(e1["未分配利润"]), fig(e0["未分配利润"])],
        ]
        flow.table((220, 120, 120), rows)

    def revenue() -> None:
        rows = [
            ["项目", "本期收入", "本期成本", "上期收入", "上期成本"],
            ["主营业务", fig(now.main), fig(now.cost_main), fig(prior.main), fig(prior.cost_main)],
            [
                "其他业务",
                fig(now.other_business),
                fig(now.cost_other),
                fig(prior.other_business),
                fig(prior.cost_other),
            ],
            [
                "合计",
                fig(now.revenue),
                fig(now.cost_main + now.cost_other),
                fig(prior.revenue),
                fig(prior.cost_main + prior.cost_other),
            ],
        ]
        flow.table((110, 90, 90, 90, 90), rows)
        flow.para("（1）主营业务收入按业务类别列示：")
        rows = [headp, ["系统集成收入", fig(now.si), fig(prior.si)]]
        if plan.subsegments:
            labels = ("其中：咨询设计及软件开发", "集成实施及运行维护", "系统集成项目设备销售")
            weights = (0.3, 0.25, 0.45)
            for label, x, y in zip(labels, split(now.si, weights), split(prior.si, weights), strict=True):
                rows.append([label, fig(x), fig(y)])
        rows += [
            ["其他IT类收入（软件产品销售及技术服务）", fig(now.other_it), fig(prior.other_it)],
            ["非IT类收入（办公设备及耗材销售）", fig(now.non_it), fig(prior.non_it)],
            ["合计", fig(now.main), fig(prior.main)],
        ]
        page = flow.table((240, 110, 110), rows, "lrr")
        flow.pages.where["segment"] = page
        flow.pages.field_pages["system_integration_revenue"] = page
        flow.para("（2）主营业务收入按地区列示：")
        inside_now = (now.main * now.xinjiang_share).quantize(Decimal("0.01"))
        inside_prior = (prior.main * prior.xinjiang_share).quantize(Decimal("0.01"))
        flow.table(
            (240, 110, 110),
            [
                headp,
                ["新疆维吾尔自治区内", fig(inside_now), fig(inside_prior)],
                ["自治区外", fig(now.main - inside_now), fig(prior.main - inside_prior)],
                ["合计", fig(now.main), fig(prior.main)],
            ],
            "lrr",
        )

    def pnl_line(key: str, labels: tuple[str, ...], weights: tuple[float, ...]):
        def body() -> None:
            pn, pp = split(now.pnl[key], weights), split(prior.pnl[key], weights)
            rows = [headp, *([lab, fig(x), fig(y)] for lab, x, y in zip(labels, pn, pp, strict=True))]
            rows.append(["合计", fig(now.pnl[key]), fig(prior.pnl[key])])
            flow.table((200, 130, 130), rows)

        return body

    def cash_supplement() -> None:
        cf = now.cash_flow
        dep = (a["固定资产"] * Decimal("0.25")).quantize(Decimal("0.01"))
        amort = (a["无形资产"] * Decimal("0.2")).quantize(Decimal("0.01"))
        others = cf["经营活动产生的现金流量净额"] - now.net_profit - dep - amort + now.pnl["信用减值损失"]
        ar_change = -(a["应收账款"] - b["应收账款"])
        rows = [
            ["补充资料", "本期金额"],
            ["1．将净利润调节为经营活动现金流量：", ""],
            ["净利润", fig(now.net_profit)],
            ["加：信用减值损失", fig(-now.pnl["信用减值损失"])],
            ["固定资产折旧", fig(dep)],
            ["无形资产摊销", fig(amort)],
            ["经营性应收项目的减少（增加以“－”号填列）", fig(ar_change)],
            ["经营性应付项目的增加（减少以“－”号填列）及其他", fig(others - ar_change)],
            ["经营活动产生的现金流量净额", fig(cf["经营活动产生的现金流量净额"])],
            ["2．现金及现金等价物净变动情况：", ""],
            ["现金的期末余额", fig(cf["期末现金及现金等价物余额"])],
            ["减：现金的期初余额", fig(cf["期初现金及现金等价物余额"])],
            ["现金及现金等价物净增加额", fig(cf["现金及现金等价物净增加额"])],
        ]
        flow.table((300, 160), rows, "lr")

    def customers() -> None:
        shares = split(
            now.revenue * Decimal(str(round(rng.uniform(0.35, 0.6), 3))), (0.3, 0.24, 0.18, 0.15, 0.13)
        )
        rows = [["客户名称", "营业收入", "占营业收入比例（%）"]]
        for client, v in zip(plan.clients, shares, strict=False):
            rows.append([client, fig(v), f"{v / now.revenue * 100:.2f}"])
        flow.table((240, 110, 110), rows, "lrr")

    def tax_expense() -> None:
        deferred = (now.pnl["所得税费用"] * Decimal("0.04")).quantize(Decimal("0.01"))
        rows = [
            headp,
            ["当期所得税费用", fig(now.pnl["所得税费用"] + deferred), ""],
            ["递延所得税费用", fig(-deferred), ""],
            ["合计", fig(now.pnl["所得税费用"]), fig(prior.pnl["所得税费用"])],
        ]
        flow.table((200, 130, 130), rows)

    items = [
        note("货币资金", cash),
        note("应收账款", receivables),
        note("预付款项", simple("预付款项", ("1年以内", "1至2年"), (0.85, 0.15)), True),
        note("其他应收款", simple("其他应收款", ("投标及履约保证金", "备用金", "往来款"), (0.6, 0.15, 0.25))),
        note("存货", simple("存货", ("库存商品", "合同履约成本"), (0.35, 0.65))),
        note("合同资产", simple("合同资产", ("未到期质保金",), (1,)), True),
        note("固定资产", fixed_assets),
        note("无形资产", intangible),
        note("短期借款", simple("短期借款", ("信用借款",), (1,), "l"), True)
        if debt["短期借款"] or debt0["短期借款"]
        else None,
        note("应付账款", simple("应付账款", ("1年以内", "1年以上"), (0.8, 0.2), "l")),
        note("合同负债", simple("合同负债", ("预收项目款",), (1,), "l"), True),
        note("应付职工薪酬", payroll, True),
        note(
            "应交税费",
            simple(
                "应交税费",
                ("增值税", "企业所得税", "城市维护建设税", "教育费附加", "个人所得税"),
                (0.45, 0.35, 0.08, 0.06, 0.06),
                "l",
            ),
        ),
        note("其他应付款", simple("其他应付款", ("往来款", "押金及保证金"), (0.7, 0.3), "l"), True),
        note("实收资本", capital),
        note("未分配利润", retained),
        note("营业收入和营业成本", revenue),
        note(
            "税金及附加",
            pnl_line(
                "税金及附加",
                ("城市维护建设税", "教育费附加", "地方教育附加", "印花税"),
                (0.5, 0.22, 0.15, 0.13),
            ),
        ),
        note(
            "销售费用",
            pnl_line("销售费用", ("职工薪酬", "业务招待费", "差旅费", "其他"), (0.55, 0.2, 0.15, 0.1)),
            True,
        ),
        note(
            "管理费用",
            pnl_line(
                "管理费用",
                ("职工薪酬", "折旧及摊销", "办公费", "差旅费", "中介机构费", "其他"),
                (0.5, 0.12, 0.1, 0.1, 0.08, 0.1),
            ),
        ),
        note("研发费用", pnl_line("研发费用", ("职工薪酬", "材料费", "其他"), (0.7, 0.2, 0.1)), True)
        if not plan.small
        else None,
        note("财务费用", pnl_line("财务费用", ("利息支出及手续费",), (1,)), True),
        note(
            "其他收益",
            pnl_line("其他收益", ("稳岗补贴", "增值税加计抵减", "其他政府补助"), (0.3, 0.5, 0.2)),
            True,
        )
        if not plan.small
        else None,
        note("所得税费用", tax_expense, True),
        note("前五名客户的营业收入情况", customers, True),
        note("现金流量表补充资料", cash_supplement, True),
    ]
    return [i for i in items if i is not None]
