"""The total-price 采购合同: parties, 合同总价 in figures and words, the 合同价款构成 table, terms, 明细表."""

from __future__ import annotations

import random
from decimal import Decimal

from .catalogue import FEE_LABELS
from .contracts import LEFT, WIDTH, head, signature_block, words_of
from .deal import Project
from .pagespec import PageSpec
from .sheet import Sheet
from .spelling import yuan


def lump_contract(rng: random.Random, p: Project) -> list[PageSpec]:
    """采购合同 (固定总价): p1 parties, 合同总价 in figures and words, the 合同价款构成 table; p2 terms and
    signatures; p3 附件 分项报价明细表."""
    fees = p.printed_fees
    assert fees is not None
    t = p.total

    def page1(s: Sheet) -> None:
        y = head(s, p, "采购合同")
        rows = [
            ["甲方（采购人）", p.client],
            ["乙方（供应商）", p.firm_party.name],
            ["项目编号", p.tender_no],
        ]
        y = s.table(LEFT, y - 8, [110, WIDTH - 110], rows, 10.5, 24, ["center", "left"], header=0) + 22
        pre = "根据《中华人民共和国民法典》《中华人民共和国政府采购法》等法律法规及本项目采购文件，经双方协商一致，签订本合同。"
        y = s.para(LEFT, y, WIDTH, pre, 10.5)
        y = s.para(LEFT, y + 2, WIDTH, "第一条　合同标的", 11, bold=True, indent=0)
        y = s.para(
            LEFT,
            y,
            WIDTH,
            f"乙方为甲方{p.name}提供设备、软件及相关技术服务，明细详见附件《分项报价明细表》。",
            10.5,
        )
        y = s.para(LEFT, y + 2, WIDTH, "第二条　合同金额", 11, bold=True, indent=0)
        y = s.para(LEFT, y, WIDTH, f"2.1 合同总价：¥{yuan(t)}元（大写：人民币{words_of(p)}）。", 10.5)
        y = s.para(LEFT, y, WIDTH, "2.2 合同价款构成如下：", 10.5)
        rows = [["序号", "费用名称", "金额（元）", "备注"]]
        notes = {
            "hardware_purchase": "服务器、存储、网络及终端设备",
            "software_purchase": "数据库、操作系统等软件产品",
            "software_development": "应用系统定制开发",
            "integration_implementation": "安装、调试、联调及试运行",
            "operation_maintenance": "质保期内运行维护",
            "consulting_design": "需求调研及深化设计",
            "data_processing": "数据清洗、迁移",
        }
        number = 0
        for key, label in FEE_LABELS.items():
            if fees.get(key):
                number += 1
                rows.append([str(number), label, yuan(fees[key]), notes.get(key, "")])
        rows.append(["", "合　计", yuan(sum(fees.values(), Decimal(0))), ""])
        y = (
            s.table(
                LEFT + 20,
                y - 6,
                [36, 130, 110, WIDTH - 20 - 276],
                rows,
                10,
                22,
                ["center", "left", "right", "left"],
                bold_rows=(len(rows) - 1,),
            )
            + 22
        )
        y = s.para(
            LEFT,
            y,
            WIDTH,
            "2.3 上述价格为含税价，其中设备及软件产品适用13%税率，技术服务适用6%税率；已包含运输、安装、调试、培训及质保期内服务等全部费用。",
            10.5,
        )

    def page2(s: Sheet) -> None:
        y = 70.0
        for title, clauses in (
            (
                "第三条　交付及实施",
                [
                    f"合同签订后30日内完成供货，{(p.finished_on - p.signed_on).days}日内完成安装调试并交付使用，交付地点为甲方指定地点。"
                ],
            ),
            (
                "第四条　付款方式",
                [
                    f"4.1 合同签订后，甲方支付合同总价的30%，即¥{yuan(t * Decimal('0.3'))}元；",
                    f"4.2 货物到货验收合格后，支付至合同总价的70%，即累计¥{yuan(t * Decimal('0.7'))}元；",
                    "4.3 项目终验合格后，支付至合同总价的95%；",
                    f"4.4 余款5%作为质量保证金（¥{yuan(t * Decimal('0.05'))}元），质保期满一年后无息支付。乙方收款前应开具等额合规发票。",
                ],
            ),
            (
                "第五条　验收",
                [
                    "乙方完成安装调试并试运行15日后提出验收申请，甲方组织验收并出具验收单。验收不合格的，乙方应在10日内整改。"
                ],
            ),
            ("第六条　质量保证", ["设备质保期为壹年，自终验合格之日起计算；软件提供一年免费升级服务。"]),
            (
                "第七条　违约责任",
                [
                    "乙方逾期交付的，每日按合同总价的0.3‰支付违约金；甲方无正当理由逾期付款的，每日按逾期金额的0.3‰支付违约金。"
                ],
            ),
            (
                "第八条　其他",
                [
                    "本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。附件与本合同具有同等法律效力。"
                ],
            ),
        ):
            y = s.para(LEFT, y, WIDTH, title, 11, bold=True, indent=0)
            for clause in clauses:
                y = s.para(LEFT, y, WIDTH, clause, 10.5)
            y += 4
        signature_block(s, rng, p, y + 24, "甲方", "乙方")

    def page3(s: Sheet) -> None:
        s.text(40, 56, "附件", 10.5)
        s.text(297.6, 82, "分项报价明细表", 15, bold=True, align="center")
        s.text(40, 106, f"项目名称：{p.name}", 9.5)
        rows = [["序号", "名称", "规格型号/服务内容", "单位", "数量", "单价（元）", "金额（元）"]]
        for i, line in enumerate(p.prices, start=1):
            rows.append(
                [
                    str(i),
                    line.name,
                    line.spec,
                    line.unit,
                    f"{line.qty:,}",
                    yuan(line.price),
                    yuan(line.amount),
                ]
            )
        rows.append(["", "合计", "", "", "", "", yuan(t)])
        y = s.table(
            40,
            116,
            [28, 96, 170, 34, 40, 72, 75],
            rows,
            9,
            22,
            ["center", "left", "left", "center", "right", "right", "right"],
            bold_rows=(len(rows) - 1,),
        )
        s.text(40, y + 24, f"合计金额（大写）：人民币{words_of(p)}", 10)

    return [PageSpec(page1), PageSpec(page2), PageSpec(page3)]
