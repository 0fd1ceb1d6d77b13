"""The papers of a filing: multi-party contracts, acceptance reports, 数电票, licence, audit report.

Each builder returns a ``Paper``: the born-digital PDF, what every page prints (``PageRecord``), the key
fields a reviewer reads off it (as truth writes them), the page each field sits on, and named pages
(``marks``: parties, amount, share, signature, words) the plants and the selfcheck point at.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pymupdf

from .numerals import capital, cn_date, figures, hanzi_date, padded_date, yuan
from .people import Org
from .sheet import A4, Flow, PageRecord, width

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "外购软件购置费",
    "other": "其他费用",
}


@dataclass
class Paper:
    kind: str
    role: str
    pdf: bytes
    records: list[PageRecord]
    fields: dict[str, Any] = field(default_factory=dict)
    where: dict[str, int] = field(default_factory=dict)
    marks: dict[str, int] = field(default_factory=dict)
    project_id: str | None = None
    note: str = ""


@dataclass
class Party:
    """One party of a contract as its header block and its signature block show it."""

    label: str  # 甲方（建设单位）
    short: str  # 甲方
    org: Org
    sealed: bool = True
    seal_label: str = "合同专用章"
    bank_lines: bool = False


def _party_block(f: Flow, p: Party) -> int:
    page = f.line(f"{p.label}：{p.org.name}", bold=True)
    f.line(f"地址：{p.org.address}", x=f.margin + 2 * f.size)
    f.line(f"法定代表人：{p.org.representative}        联系电话：{p.org.phone}", x=f.margin + 2 * f.size)
    if p.bank_lines:
        f.line(f"开户银行：{p.org.bank}", x=f.margin + 2 * f.size)
        f.line(f"账号：{p.org.account}", x=f.margin + 2 * f.size)
    f.skip(4)
    return page


def _sign_page(f: Flow, title: str, parties: list[Party], day: dt.date, place: str) -> int:
    """The signature page: one block per party in two columns; seals over the names where sealed."""
    f.new_page(top=84)
    f.line(f"（本页无正文，为《{title}》之签署页）", size=10, align="center")
    f.skip(18)
    page = f.index
    col_w = (f.right - f.margin) / 2
    for i, p in enumerate(parties):
        col = i % 2
        if col == 0 and i:
            f.skip(150)
        x = f.margin + col * col_w
        y0 = f.y
        f.put(x, y0 + 12, f"{p.short}（盖章）：")
        f.put(x, y0 + 36, p.org.name, size=9.5)
        f.put(x, y0 + 66, "法定代表人或委托代理人（签字）：", size=9.5)
        f.signature(x + 40, y0 + 92, p.org.representative)
        f.put(x, y0 + 120, f"日期：{padded_date(day)}", size=9.5)
        if p.sealed:
            f.seal(
                x + min(width(p.org.name, 9.5), col_w - 20) / 2 + f.rng.uniform(-8, 8),
                y0 + 40 + f.rng.uniform(-6, 6),
                p.org.name,
                p.seal_label,
                role=p.short,
            )
        f.block(p.short, p.org.name, p.sealed, True)
    f.skip(150)
    f.line(f"签订地点：{place}", size=9.5)
    return page


@dataclass
class ContractSpec:
    title: str
    number: str
    project_name: str
    parties: list[Party]
    party_a: str
    party_b: str
    intro: str
    recitals: list[str]
    amount: Decimal
    amount_style: int
    share_lines: list[str]
    fees: dict[str, Decimal] | None
    duties: list[str]
    signed_on: dt.date
    place: str
    project_id: str
    words: str | None = None  # printed capital numerals, when they differ from the amount (a plant)
    subtitle: str = ""
    amount_field: bool = True
    blocks: bool = (
        True  # party blocks under the title; False: parties only in the title and the first paragraph
    )
    price_paras: list[str] | None = None  # replaces the price clause (a framework agreement prices nothing)
    head_lines: list[str] = field(default_factory=list)


def contract(rng: random.Random, s: ContractSpec) -> Paper:
    f = Flow(rng)
    f.line(s.title, size=17 if len(s.title) < 24 else 14.5, align="center", bold=True, gap=2.2)
    if s.subtitle:
        f.line(s.subtitle, size=11, align="center")
    f.line(f"合同编号：{s.number}", size=10, align="right")
    f.line(f"项目名称：{s.project_name}", size=10)
    for h in s.head_lines:
        f.line(h, size=10)
    f.skip(6)
    parties_page = f.index
    if s.blocks:
        for p in s.parties:
            _party_block(f, p)
    f.para(s.intro)
    for r in s.recitals:
        f.para(r)
    f.line("第一条  项目概况", bold=True)
    f.para(f"项目名称：{s.project_name}。项目地点：{s.place}。建设内容详见本合同附件《技术需求及配置清单》。")
    f.need(220)
    f.line("第二条  合同价款", bold=True)
    words = s.words or capital(s.amount)
    if s.price_paras:
        amount_page = f.index
        for para in s.price_paras:
            f.para(para)
    elif s.amount_style == 0:
        amount_page = f.para(f"本合同总价为人民币（大写）{words}（小写：¥{figures(s.amount)}元），含税价。")
    elif s.amount_style == 1:
        amount_page = f.para(
            f"合同总金额：¥{figures(s.amount)}元（大写：人民币{words}），该价格为含税包干价，包含设备、"
            "软件、运输、安装、调试、培训及税费等一切费用。"
        )
    else:
        amount_page = f.para(
            f"合同价款合计人民币{words}（¥{yuan(s.amount)}），合同履行期间不因市场价格变化而调整。"
        )
    share_page = amount_page
    for line in s.share_lines:
        share_page = f.para(line)
    fees_page = None
    if s.fees:
        f.para("合同价款构成如下（单位：元）：", indent=2)
        rows = [["序号", "费用名称", "金额（元）"]]
        n = 0
        for key, value in s.fees.items():
            if value:
                n += 1
                rows.append([str(n), FEE_LABELS[key], figures(value)])
        rows.append(["", "合计", figures(s.amount)])
        fees_page = f.table(rows, [50, 200, 150], header=True)[-1]
    f.line("第三条  各方职责", bold=True)
    for d in s.duties:
        f.para(d)
    f.line("第四条  付款方式", bold=True)
    first = rng.choice([30, 40, 50])
    f.para(
        f"合同签订后15个工作日内，甲方支付合同总价的{first}%；项目验收合格后15个工作日内支付至合同总价的95%；"
        "余款5%作为质量保证金，质保期满无质量问题后一次性付清。乙方应在每次收款前开具合法有效的发票。"
    )
    f.line("第五条  工期及验收", bold=True)
    f.para(
        f"乙方应于合同签订之日起{rng.choice([60, 90, 120, 150])}日历天内完成全部建设内容并提请验收。验收依据为本合同、"
        "技术需求及国家、行业相关标准规范。"
    )
    f.line("第六条  违约责任", bold=True)
    f.para(
        "任何一方违反本合同约定的，应承担相应的违约责任；因不可抗力导致合同不能履行的，双方（各方）互不承担责任。"
    )
    f.line("第七条  争议解决", bold=True)
    f.para("因本合同引起的争议，各方应协商解决；协商不成的，向项目所在地人民法院提起诉讼。")
    f.para(f"本合同一式{len(s.parties) * 2}份，各方各执两份，自各方签字盖章之日起生效。")
    f.line("（以下无正文）", size=10)
    sign_page = _sign_page(f, s.title, s.parties, s.signed_on, s.place)
    f.finish()
    fields: dict[str, Any] = {
        "project_name": s.project_name,
        "contract_number": s.number,
        "party_a": s.party_a,
        "party_b": s.party_b,
        "signed_on": s.signed_on.isoformat(),
        "has_seal": all(p.sealed for p in s.parties),
    }
    where = {
        "project_name": 0,
        "contract_number": 0,
        "party_a": parties_page,
        "party_b": parties_page,
        "signed_on": sign_page,
        "has_seal": sign_page,
    }
    if s.amount_field:
        fields["contract_amount"] = yuan(s.amount)
        fields["amount_in_words"] = words
        where["contract_amount"] = where["amount_in_words"] = amount_page
    if s.fees:
        fields["fees"] = {k: yuan(v) for k, v in s.fees.items() if v}
        where["fees"] = fees_page or amount_page
    marks = {
        "parties": parties_page,
        "amount": amount_page,
        "share": share_page,
        "signature": sign_page,
        "words": amount_page,
    }
    return Paper("contract", "contract", f.bytes(), f.records, fields, where, marks, s.project_id)


def consortium_agreement(
    rng: random.Random,
    *,
    project_name: str,
    client: str,
    lead: Org,
    member: Org,
    lead_work: str,
    member_work: str,
    lead_share: Decimal,
    member_share: Decimal,
    day: dt.date,
    project_id: str,
) -> Paper:
    """联合体协议书: 牵头人 and 成员, 分工 and 合同金额份额, both seals."""
    f = Flow(rng)
    f.line("联合体协议书", size=18, align="center", bold=True, gap=2.4)
    f.para(
        f"{lead.name}（以下简称“牵头人”）与{member.name}（以下简称“成员”）自愿组成联合体，共同参加{client}"
        f"组织的“{project_name}”采购项目的响应。现就联合体有关事宜订立协议如下："
    )
    total = lead_share + member_share
    items = [
        f"一、{lead.name}为本联合体牵头人，代表联合体办理响应、合同签订及履约协调等事宜。",
        f"二、联合体内部分工：牵头人负责{lead_work}；成员负责{member_work}。",
        f"三、合同金额份额：牵头人承担的合同份额为人民币{capital(lead_share)}（¥{figures(lead_share)}），"
        f"占{(lead_share / total * 100):.1f}%；成员承担的合同份额为人民币{capital(member_share)}（¥{figures(member_share)}），"
        f"占{(member_share / total * 100):.1f}%。采购人按上述份额分别向联合体各方支付价款，各方分别开具发票。",
        "四、联合体各方就采购合同约定的事项对采购人承担连带责任。",
        "五、本协议自各方签字盖章之日起生效，合同履行完毕后自动失效。本协议一式四份，联合体各方各执一份，其余提交采购人。",
    ]
    share_page = 0
    for it in items:
        p = f.para(it, indent=0)
        if it.startswith("三"):
            share_page = p
    f.skip(20)
    col_w = (f.right - f.margin) / 2
    f.need(160)
    y0 = f.y
    for i, (who, o) in enumerate((("牵头人", lead), ("成员", member))):
        x = f.margin + i * col_w
        f.put(x, y0 + 12, f"{who}名称（盖章）：")
        f.put(x, y0 + 34, o.name, size=9.5)
        f.put(x, y0 + 64, "法定代表人（签字）：", size=9.5)
        f.signature(x + 95, y0 + 64, o.representative)
        f.seal(x + min(width(o.name, 9.5), col_w - 20) / 2, y0 + 38, o.name, "", role=who)
        f.block(who, o.name, True, True)
    f.y = y0 + 100
    f.line(padded_date(day), align="right")
    f.finish()
    return Paper(
        "other",
        "consortium_agreement",
        f.bytes(),
        f.records,
        {},
        {},
        {"share": share_page},
        project_id,
        "联合体协议书: an agreement between the consortium members, not the client's contract",
    )


@dataclass
class AcceptanceSpec:
    title: str
    number: str
    project_name: str
    contract_number: str
    rows: list[tuple[str, str]]
    signers: list[tuple[str, Org, bool]]  # role label, organisation, sealed
    accepted_on: dt.date
    party_a: str
    party_b: str
    third_party: str | None
    project_id: str
    opinion: str
    hanzi: bool = False


def acceptance(rng: random.Random, s: AcceptanceSpec) -> Paper:
    f = Flow(rng)
    f.line(s.title, size=18, align="center", bold=True, gap=2.3)
    f.line(f"编号：{s.number}", size=9.5, align="right")
    day = hanzi_date(s.accepted_on) if s.hanzi else cn_date(s.accepted_on)
    rows = [
        ["项目名称", s.project_name],
        ["合同编号", s.contract_number],
        *[[a, b] for a, b in s.rows],
        ["验收日期", day],
        ["验收地点", s.rows[0][1] + "会议室" if s.rows else "项目现场"],
    ]
    rows.append(["验收意见", s.opinion])
    rows.append(["验收结论", "√ 合格，同意通过验收    □ 不合格"])
    f.table(rows, [110, 350], size=10)
    f.skip(8)
    col_w = (f.right - f.margin) / 2
    for i, (label, o, sealed) in enumerate(s.signers):
        col = i % 2
        if col == 0:
            f.need(110)
            if i:
                f.skip(104)
        x = f.margin + col * col_w
        y0 = f.y
        f.put(x, y0 + 12, f"{label}（盖章）：")
        f.put(x, y0 + 34, o.name, size=9.5)
        f.put(x, y0 + 62, "代表（签字）：", size=9.5)
        f.signature(x + 70, y0 + 62, o.representative)
        f.put(x, y0 + 86, f"日期：{day}", size=9.5)
        if sealed:
            f.seal(
                x + min(width(o.name, 9.5), col_w - 20) / 2 + rng.uniform(-6, 6),
                y0 + 38,
                o.name,
                "",
                role=label,
            )
        f.block(label, o.name, sealed, True)
    f.skip(110)
    f.finish()
    fields: dict[str, Any] = {
        "project_name": s.project_name,
        "party_a": s.party_a,
        "party_b": s.party_b,
        "accepted_on": s.accepted_on.isoformat(),
        "conclusion": "passed",
        "has_seal": any(sealed for _, _, sealed in s.signers),
    }
    if s.third_party:
        fields["third_party"] = s.third_party
    where = dict.fromkeys(fields, 0)
    return Paper(
        "acceptance_report", "acceptance", f.bytes(), f.records, fields, where, {"date": 0}, s.project_id
    )


def invoice(
    rng: random.Random,
    *,
    number: str,
    day: dt.date,
    buyer: Org,
    seller: Org,
    item: str,
    amount: Decimal,
    project_id: str,
) -> Paper:
    """数电票 (电子发票（普通发票）), 6 % VAT: 金额 + 税额 = 价税合计 = ``amount``."""
    f = Flow(rng, margin=40)
    f.qr(44, 40, f"01,32,,{number},{yuan(amount)},{day:%Y%m%d},,{rng.randint(1000, 9999):04X}")
    f.y = 52
    f.line("电子发票（普通发票）", size=17, align="center", bold=True)
    f.put(400, 60, f"发票号码：{number}", size=9)
    f.put(400, 76, f"开票日期：{cn_date(day)}", size=9)
    f.y = 116
    f.table(
        [
            [
                f"购买方信息\n名称：{buyer.name}\n统一社会信用代码/纳税人识别号：{buyer.tax_id}",
                f"销售方信息\n名称：{seller.name}\n统一社会信用代码/纳税人识别号：{seller.tax_id}",
            ],
        ],
        [257, 258],
        size=8.5,
    )
    net = (amount / Decimal("1.06")).quantize(Decimal("0.01"))
    tax = amount - net
    f.table(
        [
            ["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"],
            [item, "", "项", "1", yuan(net), yuan(net), "6%", yuan(tax)],
            ["合计", "", "", "", "", f"¥{yuan(net)}", "", f"¥{yuan(tax)}"],
        ],
        [140, 50, 30, 30, 70, 70, 55, 70],
        size=8,
    )
    f.table([[f"价税合计（大写）  ⓧ{capital(amount)}", f"（小写）¥{yuan(amount)}"]], [330, 185], size=9)
    f.table([["备注", f"项目名称：{item.split('*')[-1]}"]], [60, 455], size=8.5)
    f.line(f"开票人：{rng.choice(['李娜', '古丽米拉', '王芳', '阿依古丽', '张敏'])}", size=9)
    fields = {
        "invoice_number": number,
        "issued_on": day.isoformat(),
        "buyer": buyer.name,
        "seller": seller.name,
        "total_amount": yuan(amount),
    }
    return Paper("invoice", "invoice", f.bytes(), f.records, fields, dict.fromkeys(fields, 0), {}, project_id)


def licence(
    rng: random.Random,
    *,
    org: Org,
    code: str,
    kind: str,
    capital_wan: int,
    established: dt.date,
    scope: str,
    authority: str,
    issued: dt.date,
) -> Paper:
    """营业执照（副本）, landscape, with its gsxt QR code and the registration authority's seal."""
    f = Flow(rng, margin=70)
    f.doc.delete_page(0)
    f.records.clear()
    f.new_page(top=60, size=(A4[1], A4[0]))
    page = f.page
    page.draw_rect(
        pymupdf.Rect(22, 22, page.rect.width - 22, page.rect.height - 22), color=(0.7, 0.45, 0.2), width=3
    )
    page.draw_rect(
        pymupdf.Rect(30, 30, page.rect.width - 30, page.rect.height - 30), color=(0.7, 0.45, 0.2), width=0.8
    )
    f.put(70, 78, f"统一社会信用代码  {code}", size=11)
    f.qr(page.rect.width - 140, 48, f"http://www.gsxt.gov.cn/index.html?uniscid={code}", side=70)
    f.put(page.rect.width - 160, 132, "（副  本）", size=10)
    t = "营 业 执 照"
    f.put((page.rect.width - width(t, 34)) / 2, 112, t, size=34, bold=True)
    left, right = 90.0, 470.0
    y = 180.0
    capital_text = capital(Decimal(capital_wan) * 10000)
    rows_l = [("名        称", org.name), ("类        型", kind), ("法定代表人", org.representative)]
    for label, value in rows_l:
        f.put(left, y, label, size=11)
        f.put(left + 80, y, value, size=11)
        y += 30
    f.put(left, y, "经营范围", size=11)
    yy = y
    for part in Flow._wrap(scope, 270, 9.5)[:7]:
        f.put(left + 80, yy, part, size=9.5)
        yy += 15
    y = 180.0
    for label, value in (
        ("注册资本", capital_text),
        ("成立日期", cn_date(established)),
        ("营业期限", "长期"),
        ("住        所", org.address),
    ):
        f.put(right, y, label, size=11)
        lines = Flow._wrap(value, 220, 10.5)
        for k, part in enumerate(lines):
            f.put(right + 72, y + k * 15, part, size=10.5)
        y += 30 + 15 * (len(lines) - 1)
    f.put(520, 470, "登记机关", size=11)
    f.seal(640, 470, authority, "", role="登记机关", radius=44)
    f.put(585, 520, cn_date(issued), size=11)
    f.put(120, 545, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", size=8.5)
    f.put(480, 545, "国家市场监督管理总局监制", size=8.5)
    fields = {
        "company_name": org.name,
        "credit_code": code,
        "legal_representative": org.representative,
        "registered_capital": yuan(Decimal(capital_wan) * 10000),
        "company_type": kind,
        "established_on": established.isoformat(),
        "valid_until": "长期",
        "address": org.address,
    }
    return Paper(
        "business_license", "licence", f.bytes(), f.records, fields, dict.fromkeys(fields, 0), {}, None
    )


def audit_report(
    rng: random.Random,
    *,
    company: str,
    firm: str,
    number: str,
    year: int,
    revenue: Decimal,
    si_revenue: Decimal,
    other_it: Decimal,
    cost: Decimal,
    profit: Decimal,
    last: dict[str, Decimal],
    cpas: tuple[str, str],
    signed: dt.date,
) -> Paper:
    """Three pages of an audit report: the unqualified opinion, 利润表 (本期/上期), and the revenue note."""
    f = Flow(rng)
    f.line("审 计 报 告", size=20, align="center", bold=True, gap=2.4)
    f.line(number, size=10.5, align="center")
    f.line(f"{company}全体股东：", gap=2.0)
    f.line("一、审计意见", bold=True)
    f.para(
        f"我们审计了{company}（以下简称贵公司）财务报表，包括{year}年12月31日的资产负债表，{year}年度的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。"
    )
    f.para(
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{year}年12月31日的财务状况"
        f"以及{year}年度的经营成果和现金流量。"
    )
    f.line("二、形成审计意见的基础", bold=True)
    f.para(
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
        "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
        "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"
    )
    f.line("三、管理层和治理层对财务报表的责任", bold=True)
    f.para(
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。"
    )
    f.skip(16)
    f.need(130)
    y0 = f.y
    f.put(f.margin, y0 + 14, firm, size=10.5)
    f.seal(f.margin + width(firm, 10.5) / 2, y0 + 30, firm, "", role="会计师事务所")
    f.put(f.margin, y0 + 70, "中国·喀什", size=10.5)
    f.put(330, y0 + 14, f"中国注册会计师：{cpas[0]}", size=10.5)
    f.signature(450, y0 + 40, cpas[0])
    f.put(330, y0 + 70, f"中国注册会计师：{cpas[1]}", size=10.5)
    f.signature(450, y0 + 96, cpas[1])
    f.put(330, y0 + 120, hanzi_date(signed), size=10.5)
    f.new_page()
    f.line("利 润 表", size=16, align="center", bold=True, gap=2.0)
    f.line(f"编制单位：{company}            {year}年度            单位：元", size=9.5)
    lr = last
    rows = [
        ["项目", "本期金额", "上期金额"],
        ["一、营业收入", figures(revenue), figures(lr["revenue"])],
        ["减：营业成本", figures(cost), figures(lr["cost"])],
        [
            "税金及附加",
            figures((revenue * Decimal("0.006")).quantize(Decimal("0.01"))),
            figures((lr["revenue"] * Decimal("0.006")).quantize(Decimal("0.01"))),
        ],
        [
            "销售费用",
            figures((revenue * Decimal("0.03")).quantize(Decimal("0.01"))),
            figures((lr["revenue"] * Decimal("0.03")).quantize(Decimal("0.01"))),
        ],
        [
            "管理费用",
            figures((revenue * Decimal("0.05")).quantize(Decimal("0.01"))),
            figures((lr["revenue"] * Decimal("0.05")).quantize(Decimal("0.01"))),
        ],
        [
            "二、营业利润",
            figures((profit * Decimal("1.13")).quantize(Decimal("0.01"))),
            figures((lr["profit"] * Decimal("1.13")).quantize(Decimal("0.01"))),
        ],
        [
            "三、利润总额",
            figures((profit * Decimal("1.15")).quantize(Decimal("0.01"))),
            figures((lr["profit"] * Decimal("1.15")).quantize(Decimal("0.01"))),
        ],
        [
            "减：所得税费用",
            figures((profit * Decimal("0.15")).quantize(Decimal("0.01"))),
            figures((lr["profit"] * Decimal("0.15")).quantize(Decimal("0.01"))),
        ],
        ["四、净利润", figures(profit), figures(lr["profit"])],
    ]
    f.table(rows, [200, 130, 130], size=9.5, header=True)
    statement_page = f.index
    f.new_page()
    f.line("财务报表附注（节选）", size=14, align="center", bold=True, gap=2.0)
    f.line("（二十二）营业收入和营业成本", bold=True)
    f.line("1. 营业收入按业务类别列示（单位：元）", size=10)
    non_it = revenue - si_revenue - other_it
    f.table(
        [
            ["业务类别", "本期发生额", "上期发生额"],
            ["系统集成收入", figures(si_revenue), figures(lr["si"])],
            ["其他IT类收入", figures(other_it), figures(lr["revenue"] - lr["si"] - lr["non_it"])],
            ["非IT类收入", figures(non_it), figures(lr["non_it"])],
            ["合计", figures(revenue), figures(lr["revenue"])],
        ],
        [170, 140, 140],
        size=9.5,
        header=True,
    )
    note_page = f.index
    f.para(
        "系统集成收入包括软件开发、集成实施、运行维护等服务收入及系统集成项目中销售外购硬件、外购软件的收入。"
    )
    f.finish()
    fields = {
        "audit_firm": firm,
        "report_number": number,
        "fiscal_year": year,
        "opinion": "unqualified",
        "operating_revenue": yuan(revenue),
        "net_profit": yuan(profit),
        "system_integration_revenue": yuan(si_revenue),
        "consolidated": False,
        "company_name": company,
    }
    where = {
        "audit_firm": 0,
        "report_number": 0,
        "fiscal_year": 0,
        "opinion": 0,
        "operating_revenue": statement_page,
        "net_profit": statement_page,
        "system_integration_revenue": note_page,
        "consolidated": 0,
        "company_name": 0,
    }
    return Paper("audit_report", "audit", f.bytes(), f.records, fields, where, {}, None)


def order(
    rng: random.Random,
    *,
    title: str,
    number: str,
    framework_title: str,
    framework_number: str,
    task: str,
    client: Org,
    firm: Org,
    place: str,
    days: int,
    amount: Decimal,
    words: str | None,
    day: dt.date,
    project_id: str,
) -> Paper:
    """任务单 under a framework agreement: it alone carries the amount; both sides seal it."""
    f = Flow(rng)
    f.line(title, size=18, align="center", bold=True, gap=2.3)
    f.line(f"编号：{number}", size=10, align="right")
    f.line(f"甲方：{client.name}", bold=True)
    f.line(f"乙方：{firm.name}", bold=True)
    f.para(
        f"依据甲乙双方签订的《{framework_title}》（协议编号：{framework_number}），甲方现向乙方下达如下任务，"
        "乙方应按任务单要求组织实施，任务完成后提请甲方验收。"
    )
    printed_words = words or capital(amount)
    pages = f.table(
        [
            ["任务名称", task],
            ["实施地点", place],
            ["实施周期", f"自任务单签发之日起{days}日历天"],
            [
                "任务内容",
                "按附件《任务清单》所列设备供货、安装调试、软件部署及系统联调，并提供一年免费运维。",
            ],
            ["任务金额", f"小写：¥{figures(amount)}元\n大写：人民币{printed_words}"],
            ["付款方式", "任务完成并经甲方验收合格后，乙方开具发票，甲方于30日内一次性支付。"],
        ],
        [100, 360],
        size=10,
    )
    amount_page = pages[4]
    f.skip(14)
    f.need(140)
    y0 = f.y
    col_w = (f.right - f.margin) / 2
    for i, (label, o) in enumerate((("甲方（盖章）", client), ("乙方（盖章）", firm))):
        x = f.margin + i * col_w
        f.put(x, y0 + 12, f"{label}：")
        f.put(x, y0 + 34, o.name, size=9.5)
        f.put(x, y0 + 64, "经办人（签字）：", size=9.5)
        f.signature(x + 80, y0 + 64, o.representative)
        f.put(x, y0 + 90, f"日期：{padded_date(day)}", size=9.5)
        f.seal(
            x + min(width(o.name, 9.5), col_w - 20) / 2 + rng.uniform(-6, 6),
            y0 + 38,
            o.name,
            "合同专用章" if o is firm else "",
            role=label[:2],
        )
        f.block(label[:2], o.name, True, True)
    f.y = y0 + 110
    f.finish()
    fields = {
        "project_name": task,
        "contract_number": number,
        "party_a": client.name,
        "party_b": firm.name,
        "contract_amount": yuan(amount),
        "amount_in_words": printed_words,
        "signed_on": day.isoformat(),
        "has_seal": True,
    }
    where = dict.fromkeys(fields, 0)
    where["contract_amount"] = where["amount_in_words"] = amount_page
    where["signed_on"] = where["has_seal"] = f.index
    marks = {
        "parties": 0,
        "amount": amount_page,
        "share": amount_page,
        "words": amount_page,
        "signature": f.index,
    }
    return Paper(
        "contract",
        "order",
        f.bytes(),
        f.records,
        fields,
        where,
        marks,
        project_id,
        "任务单 under a framework agreement: the paper that carries the amount",
    )
