"""Contracts: the 政府采购合同 the client's procurement office drafts (Uyghur title above the Chinese one,
采购人/供应商 party blocks with the client's name in both languages) and the 合同书 with a cover page
(Uyghur توختامنامە over 合 同 书). Both end with a signature block where the client's bilingual seal and the
firm's Chinese 合同专用章 are pressed.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

import pymupdf

from jianzheng.models import FEE_KEYS

from . import ink
from .canvas import Sheet
from .model import FEE_LABELS, Filing, Project, profile_of
from .numerals import capital, date_padded, date_plain, grouped, money_str, q2

X0, X1 = 72.0, 523.0
BODY = 10.5
LEAD = BODY * 1.78

UG_PROCUREMENT_TITLE = "ھۆكۈمەت سېتىۋېلىش توختامى"
UG_CONTRACT = "توختامنامە"
KK_CONTRACT = "كەلىسىمشارت"


def _scope(p: Project) -> str:
    kind = profile_of(p.name)
    if kind == "video":
        return (
            "完成前端摄像机、传输链路、存储设备及视频管理平台的供货、安装、调试与联网，并负责系统联调、技术培训及"
            "质保期内的维护服务。"
        )
    if kind == "network":
        return (
            "完成核心交换、安全防护及机房配套设备的供货、安装、调试和系统集成，完成网络割接与安全策略配置，并提供"
            "技术培训及质保服务。"
        )
    return (
        "完成业务系统的需求调研、定制开发、部署实施与数据迁移，配套服务器及正版软件的供货安装，并提供一年免费"
        "运维服务。"
    )


def _amount_sentence(rng: random.Random, p: Project) -> str:
    cap = capital(p.amount)
    fig = grouped(p.amount)
    style = rng.randrange(3)
    if style == 0:
        return f"本合同总价（含税）为人民币（大写）{cap}（¥{fig}元），包括设备、软件、实施、培训、税费等全部费用。"
    if style == 1:
        return f"合同总金额：人民币{cap}（小写：¥{fig}），含增值税，甲方不再另行支付其他任何费用。"
    return f"本项目合同价款为（大写）人民币{cap}（￥{fig}元），该价款为含税总价，在合同履行期间不作调整。"


def _party_lines(s: Sheet, y: float, p: Project, f: Filing, label_a: str, label_b: str, dot: str) -> float:
    lx = X0
    end = s.text(lx, y, label_a, 11)
    s.text(end, y, p.party_a_cn, 11)
    s.arabic(end, X1, y + 3, p.party_a_second, 9.5, align="left")
    y += 18 + 13
    s.text(lx, y, f"住    所：{p.client.address}", BODY)
    y += LEAD
    s.text(lx, y, f"统一社会信用代码：{p.client.code}", BODY)
    y += LEAD
    s.text(lx, y, f"联 系 人：{p.client_rep.name(dot)}        联系电话：{p.client.phone}", BODY)
    y += LEAD + 6
    end = s.text(lx, y, label_b, 11)
    s.text(end, y, f.firm.name, 11)
    y += LEAD
    s.text(lx, y, f"住    所：{f.firm.address}", BODY)
    y += LEAD
    s.text(lx, y, f"统一社会信用代码：{f.firm.code}", BODY)
    y += LEAD
    s.text(lx, y, f"法定代表人：{f.firm.legal.name(dot)}        联系电话：{f.firm.phone}", BODY)
    return y + LEAD


def _articles(s: Sheet, y: float, items: list[tuple[str, str]]) -> float:
    for head, body in items:
        if head:
            s.text(X0, y, head, 11, bold=True)
            y += LEAD
        if body:
            y = s.para(X0, X1, y, body, BODY)
    return y


def _fee_table(s: Sheet, y: float, p: Project) -> float:
    rows = [(k, p.fees[k]) for k in FEE_KEYS if p.fees[k] > 0]
    xs = [X0, X0 + 40, X0 + 262, X0 + 372, X1]
    ys = [y + i * 22 for i in range(len(rows) + 3)]
    s.grid(xs, ys)
    for i, head in enumerate(("序号", "费用项目", "金额（元）", "备注")):
        s.cell(xs[i], ys[0], xs[i + 1], ys[1], head, 10, "center")
    for r, (k, v) in enumerate(rows):
        s.cell(xs[0], ys[r + 1], xs[1], ys[r + 2], str(r + 1), 10, "center")
        s.cell(xs[1], ys[r + 1], xs[2], ys[r + 2], FEE_LABELS[k], 9.5)
        s.cell(xs[2], ys[r + 1], xs[3], ys[r + 2], grouped(v), 10, "right")
        s.cell(xs[3], ys[r + 1], xs[4], ys[r + 2], "含税" if r == 0 else "", 9.5, "center")
    last = len(rows) + 1
    s.cell(xs[0], ys[last], xs[2], ys[last + 1], "合    计", 10, "center")
    s.cell(xs[2], ys[last], xs[3], ys[last + 1], grouped(p.amount), 10, "right")
    return ys[-1] + LEAD


def _payment(p: Project) -> str:
    adv = q2(p.amount * Decimal("0.3"))
    upto = q2(p.amount * Decimal("0.95"))
    keep = p.amount - upto
    return (
        f"1．合同签订后15个工作日内，甲方向乙方支付合同总价的30%，即¥{grouped(adv)}元；"
        f"2．项目验收合格后15个工作日内，甲方支付至合同总价的95%，即累计支付¥{grouped(upto)}元；"
        f"3．剩余5%（¥{grouped(keep)}元）作为质量保证金，质保期满无质量问题后一次性无息支付。"
        "乙方每次收款前应向甲方开具等额合法有效的增值税发票。"
    )


def _signatures(s: Sheet, rng: random.Random, y: float, p: Project, f: Filing, dot: str) -> None:
    lx, rx = X0, 312.0
    s.text(lx, y, "甲方（盖章）：", 11)
    s.text(rx, y, "乙方（盖章）：", 11)
    s.text(lx, y + 18, p.party_a_cn, 10.5)
    s.arabic(lx, rx - 8, y + 22, p.party_a_second, 8.5, align="left")
    s.text(rx, y + 18, f.firm.name, 10.5)
    yy = y + 62
    s.text(lx, yy, "法定代表人或委托代理人（签字）：", 10)
    s.text(rx, yy, "法定代表人或委托代理人（签字）：", 10)
    s.sign(ink.signature(rng), lx + 30, yy + 24)
    s.sign(ink.signature(rng), rx + 30, yy + 24)
    yy += 42
    s.text(lx, yy, f"日期：{date_plain(p.signed)}", 10.5)
    s.text(rx, yy, f"日期：{date_plain(p.signed)}", 10.5)
    yy += 22
    s.text(rx, yy, f"开户银行：{f.firm.bank}", 9.5)
    s.text(rx, yy + 16, f"账    号：{f.firm.account}", 9.5)
    s.text(lx, yy, f"签订地点：{p.client.place.cn}", 10)
    seal_a = ink.body_seal(rng, p.client.cn, p.client.second, p.client.lang, layout=p.seal_layout)
    s.stamp(seal_a, lx + 110 + rng.uniform(-12, 12), y + 48 + rng.uniform(-8, 10))
    seal_b = ink.firm_seal(
        rng, f.firm.name, use="合同专用章", number=f"{f.firm.place.area}{rng.randint(1000000, 9999999)}"
    )
    s.stamp(seal_b, rx + 120 + rng.uniform(-12, 12), y + 50 + rng.uniform(-8, 10))


def procurement_contract(
    doc: pymupdf.Document, rng: random.Random, f: Filing, p: Project
) -> tuple[list[Sheet], dict[str, Any]]:
    """政府采购合同, three pages; the amount is on page 1."""
    dot = f.dots["contract"]
    s1 = Sheet.new(doc)
    s1.right(X1, 58, f"合同编号：{p.contract_no}", 9.5)
    title_second = UG_PROCUREMENT_TITLE if p.client.lang == "ug" else "ۇكىمەتتىك ساتىپ الۋ كەلىسىمشارتى"
    s1.arabic(X0, X1, 78, title_second, 14, align="center", bold=True)
    s1.center(128, "政府采购合同", 22, bold=True, spacing=4)
    s1.center(156, p.name, 13)
    s1.center(176, f"（项目编号：{p.procurement_no}）", 10)
    y = _party_lines(s1, 212, p, f, "采购人（甲方）：", "供应商（乙方）：", dot)
    y = s1.para(
        X0,
        X1,
        y + 4,
        f"根据《中华人民共和国民法典》《中华人民共和国政府采购法》及{p.name}（项目编号：{p.procurement_no}）的"
        "采购结果，经甲乙双方协商一致，签订本合同，共同遵守。",
        BODY,
    )
    y = _articles(
        s1,
        y + 4,
        [
            ("第一条  项目概况", ""),
            ("", f"1．项目名称：{p.name}"),
            ("", f"2．实施地点：{p.location}，甲方指定地点。"),
            ("", f"3．建设内容：{_scope(p)}"),
            ("第二条  合同金额", _amount_sentence(rng, p)),
        ],
    )
    s1.marks["amount"] = "p1"
    s1.marks["party"] = "p1"
    s2 = Sheet.new(doc)
    y = 80.0
    if p.fee_table:
        y = _articles(s2, y, [("第三条  合同价款构成", "本合同价款由以下费用构成（单位：人民币元）：")])
        y = _fee_table(s2, y - 8, p)
    else:
        y = _articles(
            s2,
            y,
            [
                (
                    "第三条  合同价款构成",
                    "合同价款构成详见乙方响应文件中的分项报价表（附件1），分项报价表为本合同不可分割的组成部分。",
                )
            ],
        )
    y = _articles(
        s2,
        y,
        [
            ("第四条  付款方式", _payment(p)),
            (
                "第五条  履行期限",
                f"乙方应自合同签订之日起{p.duration_days}日历天内完成全部供货、安装调试及系统上线工作，"
                "并书面通知甲方组织验收。",
            ),
            (
                "第六条  验收",
                "项目完工后，乙方提交验收申请及完整的技术文档，甲方在10个工作日内组织验收小组进行验收，"
                "验收依据为本合同、采购文件、乙方响应文件及国家、自治区现行标准规范。验收合格的，双方签署验收报告。",
            ),
        ],
    )
    s3 = Sheet.new(doc)
    y = _articles(
        s3,
        80.0,
        [
            (
                "第七条  质量保证及售后服务",
                "质保期自验收合格之日起计算，不少于一年。质保期内乙方提供7×24小时技术支持，接到故障通知后"
                f"2小时内响应，{p.client.place.cn}城区内4小时内到达现场。",
            ),
            (
                "第八条  违约责任",
                "乙方逾期交付的，每逾期一日按合同总价的千分之一向甲方支付违约金；甲方逾期付款的，每逾期一日按"
                "应付未付款项的千分之一向乙方支付违约金。",
            ),
            (
                "第九条  争议解决",
                "因履行本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。",
            ),
            (
                "第十条  其他",
                "本合同一式陆份，甲方肆份，乙方贰份，具有同等法律效力，自双方签字盖章之日起生效。附件：1．分项报价表；"
                "2．中标（成交）通知书；3．乙方响应文件。",
            ),
        ],
    )
    s3.text(X0, y + 4, "（以下无正文）", 10)
    _signatures(s3, rng, max(y + 40, 560), p, f, dot)
    return [s1, s2, s3], _fields(p, f)


def cover_contract(
    doc: pymupdf.Document, rng: random.Random, f: Filing, p: Project
) -> tuple[list[Sheet], dict[str, Any]]:
    """合同书 with a cover page, three pages; the amount is on page 2."""
    dot = f.dots["contract"]
    s1 = Sheet.new(doc)
    s1.right(X1, 70, f"合同编号：{p.contract_no}", 10.5)
    s1.arabic(
        X0, X1, 196, UG_CONTRACT if p.client.lang == "ug" else KK_CONTRACT, 20, align="center", bold=True
    )
    s1.center(292, "合  同  书", 32, bold=True, spacing=6)
    y = 430.0
    rows = [
        ("项目名称：", p.name),
        ("甲    方：", p.party_a_cn),
        ("乙    方：", f.firm.name),
        ("签订日期：", date_padded(p.signed)),
        ("签订地点：", f"新疆伊犁州{p.client.place.cn}"),
    ]
    for label, value in rows:
        end = s1.text(120, y, label, 13)
        s1.text(end + 4, y, value, 13)
        s1.line(end, y + 4, 480, y + 4, 0.5)
        if label.startswith("甲"):
            y += 6
            s1.arabic(end, 480, y + 2, p.party_a_second, 10.5, align="left")
            y += 16
        y += 38
    s1.marks["party"] = "p1"
    s2 = Sheet.new(doc)
    s2.center(80, p.name, 14, bold=True)
    s2.center(102, "合同书", 14, bold=True)
    y = _party_lines(s2, 136, p, f, "甲方（采购人）：", "乙方（承建方）：", dot)
    y = s2.para(
        X0,
        X1,
        y,
        "甲乙双方依据《中华人民共和国民法典》及有关法律法规，遵循平等、自愿、公平和诚实信用的原则，就本项目"
        "建设事宜协商一致，订立本合同。",
        BODY,
    )
    y = _articles(
        s2,
        y + 2,
        [
            ("一、项目概况", f"项目名称：{p.name}；实施地点：{p.location}；建设内容：{_scope(p)}"),
            ("二、合同金额", _amount_sentence(rng, p)),
        ],
    )
    s2.marks["amount"] = "p2"
    if p.fee_table:
        y = s2.para(X0, X1, y, "合同价款明细如下（单位：元）：", BODY, indent=2)
        y = _fee_table(s2, y - 8, p)
    y = _articles(s2, y, [("三、付款方式", _payment(p))])
    s3 = Sheet.new(doc)
    y = _articles(
        s3,
        80.0,
        [
            ("四、工期与交付", f"自合同签订之日起{p.duration_days}日历天内完成全部建设内容并交付使用。"),
            (
                "五、验收",
                "乙方完成全部建设内容后向甲方提出书面验收申请，甲方组织验收小组按合同约定的技术要求进行验收，"
                "并出具验收报告（验收意见）。",
            ),
            (
                "六、质量保证",
                "质保期为验收合格之日起一年，质保期内因产品质量问题发生的维修、更换费用由乙方承担。",
            ),
            ("七、违约责任", "任何一方违反本合同约定的，应承担相应的违约责任，并赔偿由此给对方造成的损失。"),
            (
                "八、争议解决",
                "本合同履行中发生争议的，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。",
            ),
            (
                "九、其他",
                "本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。本合同一式肆份，甲乙双方各执贰份，"
                "自双方签字盖章之日起生效。",
            ),
        ],
    )
    s3.text(X0, y + 4, "（以下无正文，为签署页）", 10)
    _signatures(s3, rng, max(y + 40, 540), p, f, dot)
    return [s1, s2, s3], _fields(p, f)


def _fields(p: Project, f: Filing) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "project_name": p.name,
        "contract_number": p.contract_no,
        "party_a": p.party_a_cn,
        "party_b": f.firm.name,
        "contract_amount": money_str(p.amount),
        "amount_in_words": capital(p.amount),
        "signed_on": p.signed.isoformat(),
        "has_seal": True,
    }
    if p.fee_table:
        fields["fees"] = {k: money_str(p.fees[k]) for k in FEE_KEYS if p.fees[k] > 0}
    return fields
