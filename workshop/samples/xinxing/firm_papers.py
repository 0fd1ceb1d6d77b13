"""The firm's own papers: 营业执照（副本） and the 2024 审计报告 with its statements and revenue note."""

from __future__ import annotations

import random
from decimal import Decimal

from .company import SCOPE, Firm, Statement, capital_words
from .pagespec import A4, PageSpec
from .places import PLACES
from .sheet import BROWN, GREY, Sheet
from .spelling import cn_date0, hanzi_date, yuan
from .stamps import emblem, qr_png, round_seal, signature, square_seal


def licence_page(rng: random.Random, firm: Firm) -> PageSpec:
    regulator = PLACES[firm.place].regulator
    seal = round_seal(rng, regulator, "", "", 42)
    badge = emblem(rng)
    term = "长期" if firm.valid_until is None else cn_date0(firm.valid_until)

    def paint(s: Sheet) -> None:
        ochre = (0.72, 0.5, 0.2)
        s.frame((22, 22, 573, 820), 3.0, ochre)
        s.frame((30, 30, 565, 812), 0.8, ochre)
        for cx, cy in ((30, 30), (553, 30), (30, 800), (553, 800)):
            s.frame((cx, cy, cx + 12, cy + 12), 1.2, ochre)
        s.picture_mm(297.6, 88, badge, 22, 22)
        s.text(62, 150, "统一社会信用代码", 10.5)
        s.text(62, 168, firm.party.credit_code, 13, latin="helv")
        s.text(533, 150, "副本编号：1-1", 10.5, align="right")
        s.text(297.6, 200, "营 业 执 照", 32, bold=True, align="center", spacing=6)
        s.text(297.6, 232, "（副　本）", 14, align="center")
        s.picture(
            (448, 244, 528, 324),
            qr_png(f"http://www.gsxt.gov.cn/index.html?uniscid={firm.party.credit_code}", 3),
        )
        for i, line in enumerate(
            ("扫描二维码登录“国家", "企业信用信息公示系", "统”了解更多登记、", "备案、许可、监管信息")
        ):
            s.text(488, 336 + 11 * i, line, 7, GREY, align="center")
        fields = [
            ("名　　　　称", firm.name),
            ("类　　　　型", firm.company_type),
            ("法定代表人", firm.legal_rep),
            ("注 册 资 本", capital_words(firm.capital)),
            ("成 立 日 期", cn_date0(firm.established)),
            ("营 业 期 限", f"{cn_date0(firm.established)} 至 {term}"),
            ("住　　　　所", firm.party.address),
        ]
        y = 280.0
        for label, value in fields:
            s.text(70, y, label, 11)
            lines = s.wrap(value, 250, 11)
            for k, part in enumerate(lines):
                s.text(160, y + 17 * k, part, 11)
            y += 17 * len(lines) + 12
        s.text(70, y, "经 营 范 围", 11)
        for part in s.wrap(SCOPE, 380, 9.5):
            s.text(160, y, part, 9.5)
            y += 14.5
        s.text(360, 728, "登 记 机 关", 12)
        s.picture_mm(455, 720, seal, 42, 42)
        s.text(440, 770, cn_date0(firm.licence_issued), 11, align="center")
        s.text(297.6, 792, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8, BROWN, align="center")
        s.text(540, 806, "国家市场监督管理总局监制", 7, GREY, align="right")

    return PageSpec(paint, A4, "helv")


def audit_pages(rng: random.Random, firm: Firm) -> list[PageSpec]:
    st, prev = firm.statement, firm.previous
    firm_seal = round_seal(rng, firm.audit_firm, "", "")
    cpa = [
        square_seal(rng, ["中国注册会计师", n, "6501" + "".join(rng.choice("0123456789") for _ in range(8))])
        for n in firm.auditors
    ]
    name = firm.name

    def opinion(s: Sheet) -> None:
        s.text(297.6, 80, "审 计 报 告", 22, bold=True, align="center")
        s.text(531, 110, firm.audit_number, 10.5, align="right")
        s.text(64, 140, f"{name}全体股东：", 11)
        y = 170.0
        blocks = [
            (
                "一、审计意见",
                f"我们审计了{name}（以下简称“贵公司”）财务报表，包括2024年12月31日的资产负债表，2024年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。",
            ),
            (
                "",
                "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2024年12月31日的财务状况以及2024年度的经营成果和现金流量。",
            ),
            (
                "二、形成审计意见的基础",
                "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
            ),
            (
                "三、管理层和治理层对财务报表的责任",
                "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，以使财务报表不存在由于舞弊或错误导致的重大错报。在编制财务报表时，管理层负责评估贵公司的持续经营能力，披露与持续经营相关的事项（如适用），并运用持续经营假设，除非管理层计划清算贵公司、终止运营或别无其他现实的选择。治理层负责监督贵公司的财务报告过程。",
            ),
        ]
        for title, body in blocks:
            if title:
                y = s.para(64, y + 4, 467, title, 11, bold=True, indent=0)
            y = s.para(64, y, 467, body, 10.5, 1.8)

    def responsibility(s: Sheet) -> None:
        y = 80.0
        y = s.para(64, y, 467, "四、注册会计师对财务报表审计的责任", 11, bold=True, indent=0)
        body = (
            "我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。"
            "合理保证是高水平的保证，但并不能保证按照审计准则执行的审计在某一重大错报存在时总能发现。错报可能由于舞弊或错误导致，"
            "如果合理预期错报单独或汇总起来可能影响财务报表使用者依据财务报表作出的经济决策，则通常认为错报是重大的。"
            "在按照审计准则执行审计工作的过程中，我们运用职业判断，并保持职业怀疑。我们与治理层就计划的审计范围、时间安排和重大审计发现等事项进行沟通。"
        )
        y = s.para(64, y, 467, body, 10.5, 1.8)
        y += 40
        s.text(64, y, firm.audit_firm, 11)
        s.picture_mm(150, y + 30, firm_seal, 42, 42)
        s.text(330, y, "中国注册会计师：", 11)
        s.picture_mm(460, y - 4, cpa[0], 38, 20)
        s.picture_mm(440, y + 4, signature(rng, firm.auditors[0]), 20, 8)
        s.text(330, y + 70, "中国注册会计师：", 11)
        s.picture_mm(460, y + 66, cpa[1], 38, 20)
        s.picture_mm(440, y + 74, signature(rng, firm.auditors[1]), 20, 8)
        s.text(64, y + 130, "中国·哈密", 11)
        s.text(330, y + 130, hanzi_date(firm.audit_date), 11)

    def balance(s: Sheet) -> None:
        s.text(297.6, 70, "资 产 负 债 表", 16, bold=True, align="center")
        s.text(64, 98, f"编制单位：{name}", 9.5)
        s.text(330, 98, "2024年12月31日", 9.5)
        s.text(531, 98, "单位：元", 9.5, align="right")
        rows = [["项　　目", "期末余额", "上年年末余额"]]
        current = ("货币资金", "应收账款", "预付款项", "其他应收款", "存货", "合同资产")
        for key in current:
            rows.append([f"　{key}", yuan(st.assets[key]), yuan(prev.assets[key])])
        cur_sum = lambda x: sum((x.assets[k] for k in current), Decimal(0))  # noqa: E731
        rows.append(["流动资产合计", yuan(cur_sum(st)), yuan(cur_sum(prev))])
        for key in ("固定资产", "无形资产"):
            rows.append([f"　{key}", yuan(st.assets[key]), yuan(prev.assets[key])])
        rows.append(
            ["非流动资产合计", yuan(st.total_assets - cur_sum(st)), yuan(prev.total_assets - cur_sum(prev))]
        )
        rows.append(["资产总计", yuan(st.total_assets), yuan(prev.total_assets)])
        for key in st.liabilities:
            rows.append([f"　{key}", yuan(st.liabilities[key]), yuan(prev.liabilities[key])])
        rows.append(["负债合计", yuan(st.total_liabilities), yuan(prev.total_liabilities)])
        rows.append(["　实收资本", yuan(st.paid_in), yuan(prev.paid_in)])
        rows.append(["　盈余公积", yuan(st.surplus_reserve), yuan(prev.surplus_reserve)])
        rows.append(["　未分配利润", yuan(st.undistributed), yuan(prev.undistributed)])
        equity = lambda x: x.total_assets - x.total_liabilities  # noqa: E731
        rows.append(["所有者权益合计", yuan(equity(st)), yuan(equity(prev))])
        rows.append(["负债和所有者权益总计", yuan(st.total_assets), yuan(prev.total_assets)])
        bold = [i for i, r in enumerate(rows) if not r[0].startswith("　")]
        s.table(64, 108, [207, 130, 130], rows, 9.5, 20.5, ["left", "right", "right"], bold_rows=bold)

    def income(s: Sheet) -> None:
        s.text(297.6, 70, "利 润 表", 16, bold=True, align="center")
        s.text(64, 98, f"编制单位：{name}", 9.5)
        s.text(340, 98, "2024年度", 9.5)
        s.text(531, 98, "单位：元", 9.5, align="right")

        def lines(x: Statement) -> list[Decimal]:
            return [
                x.revenue,
                x.cost,
                x.surtax,
                x.selling,
                x.admin,
                x.research,
                x.finance,
                x.other_income,
                x.operating_profit,
                x.non_op_income,
                x.non_op_expense,
                x.total_profit,
                x.income_tax,
                x.net_profit,
            ]

        labels = [
            "一、营业收入",
            "　减：营业成本",
            "　　　税金及附加",
            "　　　销售费用",
            "　　　管理费用",
            "　　　研发费用",
            "　　　财务费用",
            "　加：其他收益",
            "二、营业利润（亏损以“-”号填列）",
            "　加：营业外收入",
            "　减：营业外支出",
            "三、利润总额（亏损总额以“-”号填列）",
            "　减：所得税费用",
            "四、净利润（净亏损以“-”号填列）",
        ]
        rows = [["项　　目", "本期金额", "上期金额"]] + [
            [label, yuan(a), yuan(b)] for label, a, b in zip(labels, lines(st), lines(prev), strict=True)
        ]
        bold = [i for i, r in enumerate(rows) if not r[0].startswith("　")]
        s.table(64, 108, [227, 120, 120], rows, 9.5, 24, ["left", "right", "right"], bold_rows=bold)

    def note(s: Sheet) -> None:
        s.text(64, 70, "财务报表附注（摘录）", 12, bold=True)
        s.text(64, 100, "五、财务报表项目注释", 11, bold=True)
        s.text(64, 126, "（二十一）营业收入和营业成本", 10.5, bold=True)
        s.text(531, 126, "单位：元", 9.5, align="right")
        rows = [["项　目", "本期收入", "本期成本", "上期收入", "上期成本"]]
        for label, a, b in (
            ("系统集成收入", "revenue_si", "cost_si"),
            ("软件开发收入", "revenue_dev", "cost_dev"),
            ("技术服务收入", "revenue_service", "cost_service"),
        ):
            rows.append(
                [
                    label,
                    yuan(getattr(st, a)),
                    yuan(getattr(st, b)),
                    yuan(getattr(prev, a)),
                    yuan(getattr(prev, b)),
                ]
            )
        rows.append(["合　计", yuan(st.revenue), yuan(st.cost), yuan(prev.revenue), yuan(prev.cost)])
        y = s.table(
            64,
            136,
            [99, 92, 92, 92, 92],
            rows,
            9.5,
            24,
            ["left", "right", "right", "right", "right"],
            bold_rows=(len(rows) - 1,),
        )
        s.para(
            64,
            y + 26,
            467,
            "注：本公司营业收入全部来源于新疆维吾尔自治区境内，系统集成收入按履约进度或验收时点确认。",
            9.5,
            1.7,
            0,
        )

    return [PageSpec(opinion), PageSpec(responsibility), PageSpec(balance), PageSpec(income), PageSpec(note)]
