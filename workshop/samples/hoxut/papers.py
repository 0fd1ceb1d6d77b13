"""The papers of a filing, each drawn on :class:`Sheet` pages with the truth fields it states.

Acceptance comes in stages, as sectors do it: 到货验收单 (goods received; not the project's acceptance),
初步验收报告 with 整改意见, 试运行报告, 终验 / 竣工验收报告 with the 验收小组成员签字表 and the 监理's sign-off,
整改后复验意见, and third-party 测评 / 测试报告 from a lab carrying CMA and CNAS marks.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pymupdf

from .plan import FEE_KEYS, FEE_LABELS, Project
from .sheet import Sheet, width
from .world import YEAR, Firm, cn_date, cn_date_upper, fig, money, person, words

L = 62.0
R = 533.0
W = R - L


@dataclass
class Paper:
    type: str
    label: str
    sheets: list[Sheet]
    fields: dict[str, Any] = field(default_factory=dict)
    project_id: str | None = None


def _kv(
    s: Sheet,
    y: float,
    rows: list[tuple[str, str]],
    label_w: float = 110,
    size: float = 10.5,
    row_h: float = 24,
) -> float:
    heights = [max(row_h, (len(Sheet._wrap(v, W - label_w - 8, size))) * size * 1.35 + 8) for _, v in rows]
    return s.table(L, y, [label_w, W - label_w], [[k, v] for k, v in rows], size=size, heights=heights)


# --- enterprise papers --------------------------------------------------------------------------


def licence(firm: Firm, rng: random.Random) -> Paper:
    s = Sheet()
    s.page.draw_rect(pymupdf.Rect(22, 22, s.w - 22, s.h - 22), color=(0.55, 0.35, 0.1), width=3)
    s.center(120, "营 业 执 照", 30, bold=True)
    s.center(150, "（副      本）", 12)
    s.text(L, 190, f"统一社会信用代码 {firm.credit_code}", 11)
    y = 240.0
    ctype = "有限责任公司（自然人投资或控股）"
    scope = "计算机信息系统集成；软件开发；信息技术咨询服务；安全技术防范系统设计施工服务；网络设备、计算机及辅助设备销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    rows = [
        ("名        称", firm.name),
        ("类        型", ctype),
        ("法定代表人", firm.legal_rep),
        ("注 册 资 本", f"人民币{words(firm.capital)}"),
        ("成 立 日 期", cn_date(firm.established)),
        ("营 业 期 限", f"{cn_date(firm.established)}至长期"),
        ("住        所", firm.address),
    ]
    for k, v in rows:
        s.text(L + 10, y, k, 11)
        y = s.para(L + 105, y, W - 120, v, 11, 1.5, indent=False) + 6
    s.text(L + 10, y, "经 营 范 围", 11)
    s.para(L + 105, y, W - 120, scope, 10.5, 1.5, indent=False)
    s.text(330, 700, "登记机关", 11)
    s.seal(420, 690, f"{firm.county}市场监督管理局", rng, r=40)
    s.text(360, 760, cn_date(dt.date(YEAR - 1, rng.randint(1, 12), rng.randint(1, 28))), 11)
    s.text(L, 790, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 8)
    fields: dict[str, Any] = {
        "company_name": firm.name,
        "credit_code": firm.credit_code,
        "legal_representative": firm.legal_rep,
        "registered_capital": money(firm.capital),
        "company_type": ctype,
        "established_on": firm.established.isoformat(),
        "valid_until": "长期",
        "address": firm.address,
    }
    return Paper("business_license", "营业执照", [s], fields)


def audit(firm: Firm, fin: dict[str, Decimal], rng: random.Random, auditor: str) -> Paper:
    no = f"阿{rng.choice(['衡', '鼎', '信', '德'])}审字[{YEAR + 1}]第{rng.randint(11, 389):03d}号"
    p1 = Sheet()
    p1.center(90, "审 计 报 告", 20, bold=True)
    p1.right(R, 120, no, 10.5)
    p1.text(L, 160, f"{firm.name}全体股东：", 11)
    y = 195.0
    p1.text(L, y, "一、审计意见", 11, bold=True)
    y += 24
    y = p1.para(
        L,
        y,
        W,
        f"我们审计了{firm.name}（以下简称贵公司）财务报表，包括{YEAR}年12月31日的资产负债表，{YEAR}年度的利润表、现金流量表、所有者权益变动表以及相关财务报表附注。",
        10.5,
    )
    y = p1.para(
        L,
        y,
        W,
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{YEAR}年12月31日的财务状况以及{YEAR}年度的经营成果和现金流量。",
        10.5,
    )
    y += 8
    p1.text(L, y, "二、形成审计意见的基础", 11, bold=True)
    y += 24
    y = p1.para(
        L,
        y,
        W,
        "我们按照中国注册会计师审计准则的规定执行了审计工作。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        10.5,
    )
    p1.text(L, 640, auditor, 10.5)
    p1.text(340, 640, f"中国注册会计师：{person(rng)}", 10.5)
    p1.text(340, 670, f"中国注册会计师：{person(rng)}", 10.5)
    p1.seal(150, 600, auditor.split("（")[0], rng, r=44)
    report_date = dt.date(YEAR + 1, rng.randint(1, 3), rng.randint(2, 27))
    p1.text(L, 700, "中国·阿克苏", 10.5)
    p1.text(340, 700, cn_date(report_date), 10.5)

    p2 = Sheet()
    p2.center(80, "利 润 表", 16, bold=True)
    p2.text(L, 110, f"编制单位：{firm.name}", 9.5)
    p2.text(300, 110, f"{YEAR}年度", 9.5)
    p2.right(R, 110, "单位：元", 9.5)
    rev = fin["operating_revenue"]
    cost = (rev * Decimal(rng.uniform(0.62, 0.74))).quantize(Decimal("0.01"))
    profit = fin["net_profit"]
    tax = (profit * Decimal("0.25") / Decimal("0.75")).quantize(Decimal("0.01")) if profit > 0 else Decimal(0)
    total_profit = profit + tax
    fees = rev - cost - total_profit
    sell = (fees * Decimal("0.3")).quantize(Decimal("0.01"))
    adm = fees - sell
    last = (rev * Decimal(rng.uniform(0.75, 0.95))).quantize(Decimal("0.01"))
    rows = [
        ["项目", "行次", "本期金额", "上期金额"],
        ["一、营业收入", "1", fig(rev), fig(last)],
        ["减：营业成本", "2", fig(cost), fig((last * Decimal("0.7")).quantize(Decimal("0.01")))],
        ["销售费用", "3", fig(sell), ""],
        ["管理费用", "4", fig(adm), ""],
        ["二、营业利润", "5", fig(total_profit), ""],
        ["三、利润总额", "6", fig(total_profit), ""],
        ["减：所得税费用", "7", fig(tax), ""],
        ["四、净利润", "8", fig(profit), ""],
    ]
    y = p2.table(L, 124, [170, 40, 130, 131], rows, size=10, row_h=24, center_cols={1})
    y += 30
    p2.text(L, y, "附注：营业收入按业务类别列示", 10.5, bold=True)
    y += 10
    si = fin["system_integration_revenue"]
    y = p2.table(
        L,
        y,
        [200, 271],
        [
            ["类别", "本期金额（元）"],
            ["系统集成收入", fig(si)],
            ["其他业务收入", fig(rev - si)],
            ["合计", fig(rev)],
        ],
        size=10,
    )
    fields: dict[str, Any] = {
        "audit_firm": auditor,
        "report_number": no,
        "fiscal_year": YEAR,
        "opinion": "unqualified",
        "operating_revenue": money(rev),
        "net_profit": money(profit),
        "system_integration_revenue": money(si),
        "consolidated": False,
    }
    return Paper("audit_report", "审计报告", [p1, p2], fields)


# --- contracts ----------------------------------------------------------------------------------


def _amount_line(p: Project) -> str:
    return f"人民币（大写）{words(p.amount)}（¥{fig(p.amount)}）"


def _fee_table(s: Sheet, y: float, p: Project) -> tuple[float, dict[str, str]]:
    rows = [["序号", "费用项目", "金额（元）"]]
    printed: dict[str, str] = {}
    n = 0
    for k in FEE_KEYS:
        if p.fees[k]:
            n += 1
            rows.append([str(n), FEE_LABELS[k], fig(p.fees[k])])
            printed[k] = money(p.fees[k])
    rows.append(["", "合计", fig(p.amount)])
    y = s.table(L, y, [50, 240, 181], rows, size=10, row_h=22, center_cols={0})
    return y, printed


def contract_gov(p: Project, firm: Firm, rng: random.Random, itemise: bool = True) -> Paper:
    p1 = Sheet()
    p1.right(R, 60, f"合同编号：{p.contract_no}", 9.5)
    p1.center(110, "政府采购合同", 22, bold=True)
    p1.center(140, "（货物及服务类）", 11)
    y = 190.0
    for label, value in [
        ("项目名称：", p.name),
        ("采购人（甲方）：", p.client),
        ("供应商（乙方）：", firm.name),
    ]:
        p1.text(L, y, label + value, 11)
        y += 28
    y += 6
    y = p1.para(
        L,
        y,
        W,
        f"根据《中华人民共和国政府采购法》《中华人民共和国民法典》及{p.name}采购文件、乙方投标文件，经甲乙双方协商一致，签订本合同，共同信守。",
        10.5,
    )
    p1.text(L, y + 6, "第一条  合同标的", 11, bold=True)
    y = p1.para(
        L,
        y + 30,
        W,
        f"乙方按采购文件要求为甲方提供{p.name}所需的设备供货、软件开发、系统集成及安装调试服务，并通过甲方组织的验收。",
        10.5,
    )
    p1.text(L, y + 6, "第二条  合同金额", 11, bold=True)
    y += 30
    p1.text(L + 21, y, "本合同总价为：", 10.5)
    y += 20
    p1.text(L + 21, y, _amount_line(p), 10.5)
    y += 20
    y = p1.para(L, y, W, "合同总价包括设备、软件、运输、安装、调试、培训、税费及质保期内的全部费用。", 10.5)
    p1.text(L, y + 6, "第三条  付款方式", 11, bold=True)
    y = p1.para(
        L,
        y + 30,
        W,
        "合同签订后支付合同总价的30%；到货验收合格后支付40%；项目终验合格后支付至95%；余款于质保期满后无息支付。",
        10.5,
    )
    p1.page_number(1, 3)

    p2 = Sheet()
    y = 80.0
    printed: dict[str, str] = {}
    if itemise:
        p2.text(L, y, "第四条  分项价格", 11, bold=True)
        y += 12
        y, printed = _fee_table(p2, y, p)
        y += 24
    for title, body in [
        (
            "第五条  交付与验收",
            "乙方应于合同签订后60日内完成设备到货，甲方组织到货验收；系统安装调试完成后进行初步验收，试运行不少于两个月，试运行期满后由甲方组织专家进行终验。终验合格之日为项目验收日期。",
        ),
        (
            "第六条  质量保证",
            "质保期自终验合格之日起三年。质保期内乙方提供7×24小时技术支持，接到故障通知后4小时内响应。",
        ),
        (
            "第七条  违约责任",
            "乙方逾期交付的，每逾期一日按合同总价的千分之三支付违约金；甲方逾期付款的，按同期贷款市场报价利率支付利息。",
        ),
        ("第八条  争议解决", "因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。"),
    ]:
        p2.text(L, y, title, 11, bold=True)
        y = p2.para(L, y + 24, W, body, 10.5) + 6
    p2.page_number(2, 3)

    p3 = Sheet()
    p3.text(L, 90, "第九条  本合同一式陆份，甲方肆份，乙方贰份，自双方签字盖章之日起生效。", 10.5)
    _sign_block(p3, 170, [("甲方（盖章）：", p.client), ("乙方（盖章）：", firm.name)], p.stages.signed, rng)
    p3.page_number(3, 3)
    fields: dict[str, Any] = {
        "project_name": p.name,
        "contract_number": p.contract_no,
        "party_a": p.client,
        "party_b": firm.name,
        "contract_amount": money(p.amount),
        "amount_in_words": words(p.amount),
        "signed_on": p.stages.signed.isoformat(),
    }
    if printed:
        fields["fees"] = printed
    return Paper("contract", "政府采购合同", [p1, p2, p3], fields, p.pid)


def contract_tech(p: Project, firm: Firm, rng: random.Random) -> Paper:
    p1 = Sheet()
    p1.center(100, "技 术 开 发（委 托）合 同", 20, bold=True)
    y = 160.0
    for label, value in [
        ("项目名称：", p.name),
        ("委托方（甲方）：", p.client),
        ("受托方（乙方）：", firm.name),
        ("合同编号：", p.contract_no),
        ("签订地点：", f"新疆{p.location.split('阿克苏地区')[-1]}"),
        ("签订日期：", cn_date(p.stages.signed)),
    ]:
        p1.text(L + 40, y, label + value, 11)
        y += 30
    y += 10
    p1.text(L, y, "第一条  研究开发经费及报酬", 11, bold=True)
    y = p1.para(L, y + 24, W, f"本项目研究开发经费和报酬总额为{_amount_line(p)}，其中：", 10.5)
    y, printed = _fee_table(p1, y + 2, p)
    y += 20
    y = p1.para(
        L,
        y,
        W,
        "乙方完成系统开发并通过甲方组织的初步验收、试运行和最终验收，以甲方出具的终验报告为项目完成的依据。",
        10.5,
    )
    p1.page_number(1, 2)
    p2 = Sheet()
    y = 80.0
    for title, body in [
        ("第二条  技术成果的归属", "本合同形成的软件著作权归甲方所有，乙方享有署名权。"),
        (
            "第三条  验收标准和方式",
            "按需求规格说明书逐项验收；验收前由具备CMA、CNAS资质的第三方测评机构出具测试报告。",
        ),
        ("第四条  保密", "双方对在履行合同中知悉的对方技术秘密和业务信息负有保密义务，保密期限五年。"),
    ]:
        p2.text(L, y, title, 11, bold=True)
        y = p2.para(L, y + 24, W, body, 10.5) + 8
    _sign_block(
        p2, y + 40, [("委托方（甲方）：", p.client), ("受托方（乙方）：", firm.name)], p.stages.signed, rng
    )
    p2.page_number(2, 2)
    fields: dict[str, Any] = {
        "project_name": p.name,
        "contract_number": p.contract_no,
        "party_a": p.client,
        "party_b": firm.name,
        "contract_amount": money(p.amount),
        "amount_in_words": words(p.amount),
        "signed_on": p.stages.signed.isoformat(),
        "fees": printed,
    }
    return Paper("contract", "技术开发合同", [p1, p2], fields, p.pid)


def contract_construction(p: Project, firm: Firm, rng: random.Random) -> Paper:
    """GF-2017-0201 建设工程施工合同: the 合同协议书 and its signature page."""
    p0 = Sheet()
    p0.text(L, 70, "GF-2017-0201", 11)
    p0.center(200, "建设工程施工合同", 26, bold=True)
    p0.center(240, "（示范文本）", 13)
    p0.center(600, "住房和城乡建设部", 12)
    p0.center(624, "国家工商行政管理总局", 12)
    p0.center(648, "制定", 12)
    p1 = Sheet()
    p1.center(80, "第一部分  合同协议书", 15, bold=True)
    y = 120.0
    p1.text(L, y, f"发包人（全称）：{p.client}", 11)
    p1.text(L, y + 26, f"承包人（全称）：{firm.name}", 11)
    y += 60
    y = p1.para(
        L,
        y,
        W,
        "根据《中华人民共和国民法典》《中华人民共和国建筑法》及有关法律规定，遵循平等、自愿、公平和诚实信用的原则，双方就下述工程施工及有关事项协商一致，共同达成如下协议：",
        10.5,
    )
    p1.text(L, y + 4, "一、工程概况", 11, bold=True)
    y += 28
    for line in [
        f"1．工程名称：{p.name}。",
        f"2．工程地点：{p.location}。",
        f"3．合同编号：{p.contract_no}。",
        "4．工程内容：综合布线、机房、弱电智能化及信息化系统集成。",
    ]:
        p1.text(L + 21, y, line, 10.5)
        y += 21
    p1.text(L, y + 4, "二、合同工期", 11, bold=True)
    y += 28
    p1.text(
        L + 21,
        y,
        f"计划开工日期：{cn_date(p.stages.arrival)}；计划竣工日期：{cn_date(p.stages.trial_to)}。",
        10.5,
    )
    y += 21
    p1.text(L, y + 4, "三、质量标准", 11, bold=True)
    y += 28
    p1.text(L + 21, y, "工程质量符合国家现行验收规范合格标准。", 10.5)
    y += 21
    p1.text(L, y + 4, "四、签约合同价与合同价格形式", 11, bold=True)
    y += 28
    p1.text(L + 21, y, "1．签约合同价为：", 10.5)
    y += 21
    p1.text(L + 21, y, _amount_line(p), 10.5)
    y += 21
    p1.text(L + 21, y, "其中：", 10.5)
    y, printed = _fee_table(p1, y + 8, p)
    y += 18
    p1.text(L + 21, y, "2．合同价格形式：固定总价。", 10.5)
    y += 21
    p1.text(L, y + 4, "五、签订时间", 11, bold=True)
    p1.text(L + 21, y + 28, f"本合同于{cn_date_upper(p.stages.signed)}签订。", 10.5)
    p2 = Sheet()
    p2.text(L, 90, "六、合同生效：本合同自双方签字盖章后成立并生效。", 10.5)
    p2.text(L, 116, "七、合同份数：本合同一式捌份，发包人执伍份，承包人执叁份。", 10.5)
    _sign_block(
        p2, 180, [("发包人（公章）：", p.client), ("承包人（公章）：", firm.name)], p.stages.signed, rng
    )
    fields: dict[str, Any] = {
        "project_name": p.name,
        "contract_number": p.contract_no,
        "party_a": p.client,
        "party_b": firm.name,
        "contract_amount": money(p.amount),
        "amount_in_words": words(p.amount),
        "signed_on": p.stages.signed.isoformat(),
        "fees": printed,
    }
    return Paper("contract", "建设工程施工合同", [p0, p1, p2], fields, p.pid)


def _sign_block(s: Sheet, y: float, parties: list[tuple[str, str]], on: dt.date, rng: random.Random) -> None:
    cols = [L, 310]
    for (label, name), x in zip(parties, cols, strict=True):
        s.text(x, y, label, 10.5)
        s.text(x, y + 22, name if width(name, 10.5) < 220 else name[:20], 10.5)
        s.text(x, y + 60, "法定代表人或授权代表（签字）：", 10)
        s.signature(x + 40, y + 92, 70, rng)
        s.text(x, y + 130, f"日期：{cn_date(on)}", 10.5)
        s.seal(x + 90, y + 40, name, rng)


# --- acceptance stages --------------------------------------------------------------------------


def arrival(p: Project, firm: Firm, rng: random.Random) -> Paper:
    """到货验收单: goods counted and received. Not the project's acceptance (type ``other``)."""
    s = Sheet()
    s.center(80, "设备到货验收单", 18, bold=True)
    y = _kv(
        s,
        110,
        [
            ("项目名称", p.name),
            ("采购单位", p.client),
            ("供货单位", firm.name),
            ("合同编号", p.contract_no),
            ("到货日期", cn_date(p.stages.arrival - dt.timedelta(days=rng.randint(1, 3)))),
            ("验收日期", cn_date(p.stages.arrival)),
        ],
    )
    rows = [["序号", "设备名称", "规格型号", "数量", "外观/数量核对"]]
    for i, (name, model, qty) in enumerate(p.goods, 1):
        rows.append([str(i), name, model, str(qty), "完好/相符"])
    y = s.table(L, y + 14, [40, 140, 150, 50, 91], rows, size=9.5, row_h=22, center_cols={0, 3}) + 24
    s.text(L, y, "到货验收意见：", 10.5)
    y += 24
    s.ticks(L + 20, y, ["验收合格，同意接收", "不合格，退换货"], "验收合格，同意接收")
    y += 22
    s.text(L, y, "说明：本单仅确认设备到货数量、外观及随机资料，系统功能与性能以项目终验为准。", 9.5)
    y += 60
    s.text(L, y, "采购单位验收人（签字）：", 10.5)
    s.signature(L + 140, y, 60, rng)
    s.text(310, y, "供货单位交货人（签字）：", 10.5)
    s.signature(450, y, 60, rng)
    return Paper("other", "到货验收单", [s], {}, p.pid)


def preliminary(
    p: Project, firm: Firm, rng: random.Random, passed: bool = True, third_party: str | None = None
) -> Paper:
    """初步验收报告 with 整改意见: passed (同意通过初步验收，整改后进入试运行) or not passed."""
    s = Sheet()
    s.center(80, "项目初步验收报告", 18, bold=True)
    rows = [
        ("项目名称", p.name),
        ("建设单位", p.client),
        ("承建单位", firm.name),
        ("合同编号", p.contract_no),
        ("初验时间", cn_date(p.stages.preliminary)),
    ]
    if third_party:
        rows.append(("监理单位", third_party))
    y = _kv(s, 104, rows)
    y += 22
    s.text(L, y, "一、初验情况", 11, bold=True)
    y = s.para(
        L,
        y + 22,
        W,
        "初验小组听取了承建单位的项目实施汇报，查验了设备安装、系统部署及文档资料，对主要功能进行了抽查测试。",
        10.5,
    )
    s.text(L, y + 4, "二、整改意见", 11, bold=True)
    y += 26
    issues = [
        "1．部分机柜线缆标签缺失，需按规范补齐标识；",
        "2．系统操作手册与现行版本不一致，需更新后重新提交；",
        "3．备份策略未覆盖数据库日志，需补充并演示恢复；",
        "4．部分终端点位信号测试记录不全，需补测。",
    ]
    for line in rng.sample(issues, 3):
        s.text(L + 21, y, line, 10.5)
        y += 21
    y += 8
    s.text(L, y, "三、初验结论", 11, bold=True)
    y += 24
    if passed:
        verdict = "同意通过初步验收。承建单位应于十五日内完成上述整改，整改完成后进入试运行。"
    else:
        verdict = "本次初步验收不予通过。承建单位须完成上述整改后重新申请初验，整改完成前项目不得进入试运行。"
    y = s.para(L, y, W, "初验结论：" + verdict, 10.5)
    y += 20
    s.text(L, y, "初验组组长（签字）：", 10.5)
    s.signature(L + 120, y, 70, rng)
    s.text(310, y, "建设单位（盖章）：", 10.5)
    s.seal(430, y + 20, p.client, rng)
    s.text(310, y + 70, cn_date(p.stages.preliminary), 10.5)
    fields: dict[str, Any] = {
        "project_name": p.name,
        "party_a": p.client,
        "party_b": firm.name,
        "accepted_on": p.stages.preliminary.isoformat(),
        "conclusion": "passed" if passed else "failed",
        "has_seal": True,
    }
    if third_party:
        fields["third_party"] = third_party
    return Paper("acceptance_report", "初步验收报告", [s], fields, p.pid)


def trial(p: Project, firm: Firm, rng: random.Random) -> Paper:
    """试运行报告: the system ran for months; not an acceptance (type ``other``)."""
    s = Sheet()
    s.center(80, "系统试运行报告", 18, bold=True)
    y = _kv(
        s,
        104,
        [
            ("项目名称", p.name),
            ("使用单位", p.client),
            ("实施单位", firm.name),
            ("试运行期间", f"{cn_date(p.stages.trial_from)}至{cn_date(p.stages.trial_to)}"),
        ],
    )
    y += 22
    days = (p.stages.trial_to - p.stages.trial_from).days + 1
    uptime = f"{rng.uniform(99.5, 99.98):.2f}%"
    y = s.para(
        L,
        y,
        W,
        f"系统自初验整改完成后投入试运行，共计{days}天。试运行期间系统可用率{uptime}，发生一般故障{rng.randint(1, 4)}次，均在规定时间内处理完毕，未发生数据丢失。初验整改意见均已落实。",
        10.5,
    )
    y = s.para(
        L, y, W, "试运行结论：系统运行稳定，功能和性能满足合同要求，具备终验条件，申请组织项目终验。", 10.5
    )
    y += 40
    s.text(L, y, "使用单位意见：同意申请终验。", 10.5)
    s.signature(L + 200, y, 60, rng)
    s.text(L, y + 40, "实施单位（盖章）：", 10.5)
    s.seal(L + 160, y + 60, firm.name, rng)
    s.text(L, y + 110, cn_date(p.stages.trial_to + dt.timedelta(days=1)), 10.5)
    return Paper("other", "试运行报告", [s], {}, p.pid)


VERDICTS = ["合格", "基本合格", "不合格"]


def final(
    p: Project,
    firm: Firm,
    rng: random.Random,
    verdict: str = "合格",
    on: dt.date | None = None,
    signer: str | None = None,
    third_party: str | None = None,
    lab_report: str | None = None,
    roster: bool = True,
) -> Paper:
    """项目终验（竣工验收）报告 + 验收小组成员签字表 (two pages, one document).

    ``signer`` is the 建设单位 that signs and seals (the client unless a plant says otherwise);
    ``third_party`` the 监理单位 who signs off on the same report, or the 测评机构 whose report it cites.
    """
    on = on or p.stages.final
    client = signer or p.client
    s = Sheet()
    s.center(78, "项目终验报告", 18, bold=True)
    rows = [
        ("项目名称", p.name),
        ("合同编号", p.contract_no),
        ("建设单位", client),
        ("承建单位", firm.name),
    ]
    if third_party and p.supervisor == third_party:
        rows.append(("监理单位", third_party))
    elif third_party:
        rows.append(("第三方测评机构", third_party))
    rows.append(("验收日期", cn_date(on)))
    y = _kv(s, 98, rows)
    y += 18
    s.text(L, y, "一、验收依据", 11, bold=True)
    y = s.para(
        L,
        y + 22,
        W,
        f"项目合同（{p.contract_no}）、招标文件及投标文件、初步验收报告、试运行报告及国家相关技术规范。",
        10.5,
    )
    s.text(L, y + 2, "二、验收过程", 11, bold=True)
    body = f"{cn_date(on)}，建设单位组织验收小组对项目进行终验。验收小组听取汇报，审查了初验整改落实情况和试运行报告，现场核查了设备清单和系统功能。"
    if lab_report:
        body += f"第三方测评机构出具的{lab_report}结论为通过。"
    y = s.para(L, y + 24, W, body, 10.5)
    s.text(L, y + 2, "三、验收结论", 11, bold=True)
    y += 26
    s.ticks(L + 20, y, VERDICTS, verdict)
    y += 22
    if verdict == "合格":
        text = "验收结论：项目按合同完成建设内容，文档齐全，验收小组一致同意通过终验。"
    elif verdict == "基本合格":
        text = (
            "验收结论：基本合格。部分接口功能尚未联调完成，本次终验不予通过，承建单位完成整改后重新组织验收。"
        )
    else:
        text = "验收结论：不合格。项目未完成合同约定的主要建设内容，不同意通过验收。"
    y = s.para(L, y, W, text, 10.5, indent=False)
    y += 16
    signers = [("建设单位（盖章）", client), ("承建单位（盖章）", firm.name)]
    if third_party and p.supervisor == third_party:
        signers.append(("监理单位（盖章）", third_party))
    colw = W / len(signers)
    for i, (label, name) in enumerate(signers):
        x = L + i * colw
        s.text(x, y, label, 10)
        s.seal(x + colw / 2, y + 48, name, rng, r=38)
        s.signature(x + 10, y + 100, 60, rng)
        s.text(x, y + 125, cn_date(on), 10)
    if third_party and p.supervisor == third_party:
        s.text(L, y + 155, "总监理工程师意见：同意验收结论。", 10.5)
        s.signature(L + 180, y + 155, 60, rng)
    fields: dict[str, Any] = {
        "project_name": p.name,
        "party_a": client,
        "party_b": firm.name,
        "accepted_on": on.isoformat(),
        "conclusion": "passed" if verdict == "合格" else "failed",
        "has_seal": True,
    }
    if third_party:
        fields["third_party"] = third_party
    if not roster:
        return Paper("acceptance_report", "项目终验报告", [s], fields, p.pid)
    s.page_number(1, 2)

    s2 = Sheet()
    s2.center(78, "验收小组成员签字表", 16, bold=True)
    s2.text(L, 108, f"项目名称：{p.name}", 10.5)
    rows2 = [["序号", "姓名", "职务/职称", "工作单位", "签字"]]
    units = [
        client,
        client,
        "阿克苏地区信息化专家库",
        "阿克苏地区信息化专家库",
        third_party or "阿克苏地区信息化专家库",
    ]
    names = []
    for i, unit in enumerate(units, 1):
        nm = person(rng)
        names.append(nm)
        role = "组长" if i == 1 else "组员"
        rows2.append(
            [str(i), nm, f"{role}/{rng.choice(['高级工程师', '工程师', '正高级工程师', '副主任'])}", unit, ""]
        )
    y2 = s2.table(L, 120, [36, 80, 110, 175, 70], rows2, size=9.5, row_h=34, center_cols={0, 1})
    for i in range(len(units)):
        s2.signature(L + 36 + 80 + 110 + 175 + 5, 120 + 34 * (i + 1) + 24, 56, rng)
    s2.text(L, y2 + 30, f"日期：{cn_date(on)}", 10.5)
    s2.page_number(2, 2)
    return Paper("acceptance_report", "项目终验报告", [s, s2], fields, p.pid)


def completion(p: Project, firm: Firm, rng: random.Random, signer: str | None = None) -> Paper:
    """竣工验收报告 for a GF-2017-0201 works contract: 发包人 / 承包人 / 监理人 sign and seal."""
    client = signer or p.client
    sup = p.supervisor or ""
    on = p.stages.final
    s = Sheet()
    s.center(78, "工程竣工验收报告", 18, bold=True)
    y = _kv(
        s,
        100,
        [
            ("工程名称", p.name),
            ("工程地点", p.location),
            ("发包人", client),
            ("承包人", firm.name),
            ("监理人", sup),
            ("合同编号", p.contract_no),
            ("开工日期", cn_date(p.stages.arrival)),
            ("竣工日期", cn_date(p.stages.trial_to)),
            ("竣工验收日期", cn_date(on)),
        ],
    )
    y += 18
    y = s.para(
        L,
        y,
        W,
        "验收组依据施工合同、设计文件和国家现行施工质量验收规范，对工程实体质量、观感质量和竣工资料进行了全面检查，分部分项工程质量验收记录齐全，系统联调测试结果符合设计要求。",
        10.5,
    )
    s.text(L, y + 4, "竣工验收结论：", 11, bold=True)
    s.ticks(L + 100, y + 4, VERDICTS, "合格")
    y = s.para(L, y + 28, W, "工程质量合格，同意通过竣工验收。", 10.5, indent=False)
    y += 14
    colw = W / 3
    for i, (label, name) in enumerate(
        [("发包人（公章）", client), ("承包人（公章）", firm.name), ("监理人（公章）", sup)]
    ):
        x = L + i * colw
        s.text(x, y, label, 10)
        s.seal(x + colw / 2, y + 50, name, rng, r=38)
        s.text(x, y + 105, "项目负责人：", 9.5)
        s.signature(x + 60, y + 105, 50, rng)
        s.text(x, y + 128, cn_date(on), 10)
    s.text(L, y + 160, "总监理工程师（签字、执业印章）：", 10)
    s.signature(L + 190, y + 160, 60, rng)

    s2 = Sheet()
    s2.center(78, "竣工验收小组成员签字表", 16, bold=True)
    s2.text(L, 108, f"工程名称：{p.name}", 10.5)
    rows = [["序号", "姓名", "单位", "职称", "签字"]]
    for i, unit in enumerate([client, client, firm.name, sup, "阿克苏地区信息化专家库"], 1):
        rows.append([str(i), person(rng), unit, rng.choice(["高级工程师", "工程师", "注册监理工程师"]), ""])
    s2.table(L, 120, [36, 80, 190, 95, 70], rows, size=9.5, row_h=34, center_cols={0, 1})
    for i in range(5):
        s2.signature(L + 36 + 80 + 190 + 95 + 5, 120 + 34 * (i + 1) + 24, 56, rng)
    fields: dict[str, Any] = {
        "project_name": p.name,
        "party_a": client,
        "party_b": firm.name,
        "accepted_on": on.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
        "third_party": sup,
    }
    return Paper("acceptance_report", "工程竣工验收报告", [s, s2], fields, p.pid)


def recheck(p: Project, firm: Firm, rng: random.Random) -> Paper:
    """整改后复验意见: the rectification is checked and the project passes (the final acceptance)."""
    assert p.stages.recheck
    s = Sheet()
    s.center(80, "项目整改复验意见书", 18, bold=True)
    y = _kv(
        s,
        104,
        [
            ("项目名称", p.name),
            ("建设单位", p.client),
            ("承建单位", firm.name),
            ("原终验日期", cn_date(p.stages.final)),
            ("复验日期", cn_date(p.stages.recheck)),
        ],
    )
    y += 22
    y = s.para(
        L,
        y,
        W,
        f"针对{cn_date(p.stages.final)}终验提出的整改意见，承建单位已完成接口联调及文档补充。验收小组于{cn_date(p.stages.recheck)}进行复验，逐项核查整改内容，全部整改到位。",
        10.5,
    )
    s.text(L, y + 4, "复验结论：", 11, bold=True)
    s.ticks(L + 80, y + 4, ["复验合格", "复验不合格"], "复验合格")
    y = s.para(L, y + 30, W, "整改后复验合格，同意项目通过验收。", 10.5, indent=False)
    y += 30
    s.text(L, y, "验收组组长（签字）：", 10.5)
    s.signature(L + 120, y, 70, rng)
    s.text(310, y, "建设单位（盖章）：", 10.5)
    s.seal(430, y + 20, p.client, rng)
    s.text(310, y + 70, cn_date(p.stages.recheck), 10.5)
    fields: dict[str, Any] = {
        "project_name": p.name,
        "party_a": p.client,
        "party_b": firm.name,
        "accepted_on": p.stages.recheck.isoformat(),
        "conclusion": "passed",
        "has_seal": True,
    }
    return Paper("acceptance_report", "整改复验意见书", [s], fields, p.pid)


def test_report(
    name: str,
    client: str,
    lab: tuple[str, str, str],
    on: dt.date,
    rng: random.Random,
    kind: str,
    pid: str | None,
) -> tuple[Paper, str]:
    """A third-party 测评 / 测试报告 (cover + conclusion page). Type ``other``: it attests conformity, not the
    client's acceptance. Returns the paper and its title with number, as an acceptance report cites it."""
    lab_name, cnas, cma = lab
    no = f"{'DBCP' if kind == 'dengbao' else 'RJCS'}-{on.year}-{rng.randint(100, 999)}"
    title = "网络安全等级保护测评报告" if kind == "dengbao" else "软件验收测试报告"
    s = Sheet()
    s.lab_marks(L, 60, cma, cnas)
    s.right(R, 80, f"报告编号：{no}", 10)
    s.center(220, title, 22, bold=True)
    y = 320.0
    for label, value in [
        ("被测系统：", name),
        ("委托单位：", client),
        ("测评单位：", lab_name),
        ("报告日期：", cn_date(on)),
    ]:
        s.text(L + 50, y, label + value, 11.5)
        y += 34
    s.seal(400, 690, lab_name, rng, r=44, inner="检验检测专用章")
    s.center(760, lab_name, 11)
    s2 = Sheet()
    s2.center(80, "测评结论", 16, bold=True)
    y = _kv(
        s2,
        104,
        [
            ("被测系统", name),
            ("委托单位", client),
            ("测试依据", "GB/T 22239-2019" if kind == "dengbao" else "GB/T 25000.51-2016"),
            (
                "测试时间",
                f"{cn_date(on - dt.timedelta(days=rng.randint(8, 20)))}至{cn_date(on - dt.timedelta(days=2))}",
            ),
        ],
    )
    y += 24
    if kind == "dengbao":
        concl = f"依据等级保护第二级要求，被测系统综合得分{rng.randint(80, 92)}分，测评结论为“良”，符合等级保护基本要求。"
    else:
        concl = "被测软件的功能性、可靠性、易用性、效率、维护性和可移植性均符合需求规格说明书的要求，测试结论：通过。"
    y = s2.para(L, y, W, concl, 10.5)
    s2.text(L, y + 30, "批准人：", 10.5)
    s2.signature(L + 50, y + 30, 60, rng)
    s2.text(L + 170, y + 30, "审核人：", 10.5)
    s2.signature(L + 220, y + 30, 60, rng)
    s2.seal(430, y + 60, lab_name, rng, r=42, inner="检验检测专用章")
    s2.text(370, y + 120, cn_date(on), 10.5)
    return Paper("other", title, [s, s2], {}, pid), f"《{title}》（{no}）"


def invoice(p: Project, firm: Firm, total: Decimal, on: dt.date, rng: random.Random, rate: int) -> Paper:
    """数电票 (电子发票（普通发票）), landscape-ish content on an A4 page, with its QR."""
    s = Sheet(w=595, h=400)
    no = f"{on.year % 100:02d}65{rng.randint(10**15, 10**16 - 1)}"
    pre = (total / (1 + Decimal(rate) / 100)).quantize(Decimal("0.01"))
    tax = total - pre
    payload = f"01,32,,{no},{pre:.2f},{on:%Y%m%d},,{rng.randint(1000, 9999)},"
    s.qr(30, 24, 62, payload)
    s.center(52, "电子发票（普通发票）", 17, bold=True)
    s.text(400, 40, f"发票号码：{no}", 9)
    s.text(400, 58, f"开票日期：{cn_date(on)}", 9)
    s.table(
        30,
        96,
        [268, 267],
        [
            [f"购买方名称：{p.client}", f"销售方名称：{firm.name}"],
            ["统一社会信用代码/纳税人识别号：", f"统一社会信用代码/纳税人识别号：{firm.credit_code}"],
        ],
        size=8.5,
        row_h=22,
    )
    item = "*信息技术服务*" + (p.name if len(p.name) < 22 else p.name[:22])
    y = s.table(
        30,
        150,
        [215, 60, 90, 60, 110],
        [
            ["项目名称", "数量", "金额", "税率/征收率", "税额"],
            [item, "1", fig(pre), f"{rate}%", fig(tax)],
            ["合    计", "", f"¥{fig(pre)}", "", f"¥{fig(tax)}"],
        ],
        size=8.5,
        row_h=24,
    )
    s.table(
        30,
        y,
        [140, 395],
        [["价税合计（大写）", f"{words(total)}        （小写）¥{fig(total)}"]],
        size=9,
        row_h=26,
    )
    s.text(30, y + 56, f"开票人：{person(rng)}", 9)
    fields: dict[str, Any] = {
        "invoice_number": no,
        "issued_on": on.isoformat(),
        "buyer": p.client,
        "seller": firm.name,
        "total_amount": money(total),
        "qr": payload,
    }
    return Paper("invoice", "数电票", [s], fields, p.pid)
