"""The papers of a filing, each drawn onto new pages of a PyMuPDF document.

Every builder appends its pages and returns the key fields as a reviewer would read
them off the paper (the truth), so drawing and truth cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pymupdf

from .ink import RED, Sheet, width
from .numerals import capital, cn_date, cn_date0, grouped, wan, yuan

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件购置费",
    "other": "其他费用",
}


@dataclass
class Org:
    name: str
    credit: str
    address: str
    legal: str
    bank: str = ""
    account: str = ""
    phone: str = ""


@dataclass
class ContractSpec:
    project: str
    number: str
    a: Org
    b: Org
    amount: Decimal
    signed: dt.date
    style: str = "grouped"
    """How the amount is printed: wan (人民币 X 万元整), capital (大写 with 角分 first), grouped (¥1,234.00), plain (¥1234.00)."""
    words_amount: Decimal | None = None
    """The amount the capital numerals spell, when it differs from the figures (a planted error)."""
    fees: dict[str, Decimal] | None = None
    kind: str = "build"
    notice: str | None = None
    """zhongbiao (中标通知书) or chengjiao (成交通知书) bound in front."""
    notice_date: dt.date | None = None
    supplement: tuple[Decimal, dt.date] | None = None
    wrap_table: bool = False
    seal_a: bool = True
    seal_b: bool = True
    location: str = "新疆伊犁哈萨克自治州伊宁市"
    period: tuple[dt.date, dt.date] | None = None
    agency: str = "伊犁恒信工程招标代理有限公司"


@dataclass
class AcceptSpec:
    project: str
    a: Org
    b: Org
    on: dt.date
    passed: bool = True
    style: str = "certificate"
    """certificate (项目验收证书), report (验收报告 + 验收组成员签字表), thirdparty (第三方测评报告摘要)."""
    seal: bool = True
    lab: str = "新疆天山软件测评中心有限公司"
    number: str = ""
    tick: bool = True


@dataclass
class LicenseSpec:
    org: Org
    capital: Decimal
    established: dt.date
    until: dt.date | None
    old: bool = False
    reg_no: str = ""
    company_type: str = "有限责任公司(自然人投资或控股)"
    scope: str = (
        "计算机信息系统集成；软件开发；信息技术咨询服务；网络与信息安全软件开发；安全技术防范系统设计施工服务；"
        "计算机软硬件及辅助设备零售；办公设备销售；通讯设备销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    )
    authority: str = "伊宁市市场监督管理局"
    issued: dt.date = dt.date(2023, 5, 16)


@dataclass
class AuditSpec:
    org: Org
    firm: str
    number: str
    year: int
    revenue: Decimal
    si_revenue: Decimal
    profit: Decimal
    unit: str = "元"
    issued: dt.date = dt.date(2026, 3, 18)
    cpas: tuple[str, str] = ("马建新", "努尔古丽·艾买提")
    firm_address: str = "伊宁市斯大林街"
    costs: dict[str, Decimal] = field(default_factory=dict)


@dataclass
class InvoiceSpec:
    number: str
    issued: dt.date
    buyer: Org
    seller: Org
    total: Decimal
    item: str = "*信息技术服务*运维服务费"
    rate: Decimal = Decimal("0.06")
    drawer: str = "李娜"


@dataclass
class FormSpec:
    org: Org
    grade: str
    technical: int
    certified: int
    finance: list[tuple[int, Decimal, Decimal, Decimal]]
    projects: list[tuple[str, str, Decimal]]
    year: int = 2025
    seal: bool = True


Fields = dict[str, Any]


def _parties(s: Sheet, label: str, org: Org, size: float = 10.5) -> None:
    s.text(s.left, s.y, f"{label}：{org.name}", size, bold=True)
    s.y += size * 1.7
    for k, v in (
        ("住    所", org.address),
        ("法定代表人", org.legal),
        ("开 户 行", org.bank),
        ("账    号", org.account),
        ("税    号", org.credit),
        ("联系电话", org.phone),
    ):
        if v:
            s.text(s.left + 2 * size, s.y, f"{k}：{v}", size - 0.5)
            s.y += size * 1.55
    s.y += size * 0.6


def _amount_sentence(c: ContractSpec, amount: Decimal, words: Decimal) -> str:
    w = capital(words)
    if c.style == "wan":
        return f"本合同总价为人民币{wan(amount)}万元整（大写：人民币{w}），含税，包含设备、软件、实施、培训及质保期内服务等全部费用。"
    if c.style == "capital":
        return f"合同总金额（含税）：人民币{w}（小写：¥{grouped(amount)}元）。"
    if c.style == "plain":
        return f"合同金额：¥{yuan(amount)}元（大写：{w}），本价格为固定总价。"
    return f"合同价款：¥{grouped(amount)}元，大写：人民币{w}。上述价款已包含增值税及全部相关费用。"


def _sign_table(
    s: Sheet,
    c_a: Org,
    c_b: Org,
    day: dt.date,
    rng: random.Random,
    seal_a: bool,
    seal_b: bool,
    sub: str = "合同专用章",
) -> None:
    y0 = max(s.y + 10, 560.0)
    half = (s.right - s.left) / 2
    rows = [
        [f"甲方（盖章）：{c_a.name}", f"乙方（盖章）：{c_b.name}"],
        ["法定代表人或授权代表（签字）：", "法定代表人或授权代表（签字）："],
        ["地址：" + c_a.address, "地址：" + c_b.address],
        ["开户行：" + (c_a.bank or "—"), "开户行：" + (c_b.bank or "—")],
        ["账号：" + (c_a.account or "—"), "账号：" + (c_b.account or "—")],
        [f"日期：{cn_date(day)}", f"日期：{cn_date(day)}"],
    ]
    bottom = s.table(s.left, y0, [half, half], rows, row_h=30, size=9.5)
    s.signature(s.left + 170, y0 + 82, rng, 55)
    s.signature(s.left + half + 170, y0 + 82, rng, 50)
    if seal_a:
        s.seal(
            s.left + half * 0.55, y0 + 60, c_a.name, "", seed=rng.randrange(1000), tilt=rng.randrange(-25, 25)
        )
    if seal_b:
        s.seal(
            s.left + half * 1.6, y0 + 62, c_b.name, sub, seed=rng.randrange(1000), tilt=rng.randrange(-25, 25)
        )
    s.y = bottom + 20


def notice(doc: pymupdf.Document, c: ContractSpec, rng: random.Random) -> int:
    """中标通知书 / 成交通知书 bound in front of the contract (type other)."""
    s = Sheet(doc)
    title = "中标通知书" if c.notice == "zhongbiao" else "成交通知书"
    s.spaced(110, title, 22, 10)
    s.text(s.right - 150, 140, f"编号：YLZB-{c.signed.year}-{rng.randrange(100, 999)}", 9.5)
    s.y = 180
    s.text(s.left, s.y, f"{c.b.name}：", 11)
    s.y += 28
    way = "公开招标" if c.notice == "zhongbiao" else "竞争性磋商"
    when = c.notice_date or (c.signed - dt.timedelta(days=20))
    who = "中标人" if c.notice == "zhongbiao" else "成交供应商"
    s.para(
        f"我单位（代理机构）受{c.a.name}委托，就“{c.project}”进行{way}。经评审委员会评审并经采购人确认，"
        f"确定贵单位为本项目{who}，{'中标' if c.notice == 'zhongbiao' else '成交'}金额：人民币{capital(c.amount)}（¥{grouped(c.amount)}）。",
        11,
    )
    s.para("请贵单位自本通知书发出之日起三十日内，按照采购文件和响应文件的约定与采购人签订书面合同。", 11)
    s.para("特此通知。", 11)
    s.y += 40
    s.text(330, s.y, f"采购人：{c.a.name}", 10.5)
    s.text(330, s.y + 26, f"代理机构：{c.agency}", 10.5)
    s.text(360, s.y + 56, cn_date(when), 10.5)
    s.seal(400, s.y + 10, c.a.name, "", seed=rng.randrange(1000))
    s.seal(470, s.y + 30, c.agency, "", seed=rng.randrange(1000))
    return 1


def contract(doc: pymupdf.Document, c: ContractSpec, rng: random.Random) -> tuple[int, Fields, int, int]:
    """Contract key pages (+ a 补充协议 when the price changed). Returns pages, fields, the page (1-based in the
    document) that prints the operative amount."""
    pages = 0
    s = Sheet(doc)
    pages += 1
    service = c.kind == "service"
    title = "运维服务合同" if service else "合同书"
    s.text(s.right - width(f"合同编号：{c.number}", 10), 60, f"合同编号：{c.number}", 10)
    s.spaced(105, title, 22, 14 if not service else 4)
    s.y = 140
    if c.wrap_table:
        rows = [
            ["项目名称", c.project, "项目地点", c.location],
            ["甲  方", c.a.name, "乙  方", c.b.name],
        ]
        s.y = s.table(s.left, s.y, [62, 150, 62, 177], rows, row_h=26, size=9.5) + 18
    else:
        s.center(s.y, f"项目名称：{c.project}", 11)
        s.y += 26
    _parties(s, "甲方（采购人）", c.a)
    _parties(s, "乙方（供应商）", c.b)
    s.para(
        f"根据《中华人民共和国民法典》《中华人民共和国政府采购法》及相关法律法规，甲乙双方在平等、自愿、协商一致的基础上，"
        f"就{c.project}{'运行维护服务' if service else '的实施'}事宜签订本合同，共同遵守。",
        10.5,
    )
    s.text(s.left, s.y, "第一条  项目内容", 10.5, bold=True)
    s.y += 18
    if service:
        assert c.period is not None
        s.para(
            f"乙方为甲方提供{c.project}的运行维护服务，服务期限自{cn_date(c.period[0])}起至{cn_date(c.period[1])}止，"
            "包括系统巡检、故障处理、数据备份、安全加固及7×24小时响应。",
            10.5,
        )
    else:
        s.para(
            f"乙方按照甲方需求完成{c.project}的设计、供货、安装、调试、系统集成、培训及售后服务。项目地点：{c.location}。",
            10.5,
        )
    s.text(s.left, s.y, "第二条  合同金额", 10.5, bold=True)
    s.y += 18
    words = c.words_amount if c.words_amount is not None else c.amount
    if service and c.style == "wan":
        s.para(
            f"年服务费为人民币{wan(c.amount)}万元整（大写：人民币{capital(words)}），含税，服务费按季度支付。",
            10.5,
        )
    elif service:
        s.para(f"年服务费用：{_amount_sentence(c, c.amount, words)}服务费按季度支付。", 10.5)
    else:
        s.para(_amount_sentence(c, c.amount, words), 10.5)
    amount_page = 1
    fees_page = 0
    fees_out: dict[str, str] | None = None
    if c.fees:
        if s.y > 560:
            s = Sheet(doc)
            pages += 1
            s.y = 80
        s.text(s.left, s.y, "合同价款构成明细表", 10.5, bold=True)
        s.text(s.right - 60, s.y, "单位：元", 9)
        s.y += 8
        rows = [["序号", "费用名称", "金额", "备注"]]
        for i, (k, v) in enumerate(c.fees.items(), start=1):
            rows.append([str(i), FEE_LABELS[k], grouped(v), ""])
        rows.append(["", "合计", grouped(sum(c.fees.values(), Decimal(0))), ""])
        s.y = s.table(s.left, s.y, [40, 190, 130, 91], rows, row_h=20, size=9.5, align="cllc") + 16
        fees_out = {k: yuan(v) for k, v in c.fees.items()}
        fees_page = pages
    s = Sheet(doc)
    pages += 1
    s.y = 80
    s.text(s.left, s.y, "第三条  付款方式", 10.5, bold=True)
    s.y += 18
    s.para(
        "合同签订后10个工作日内甲方支付合同总价的30%；项目验收合格后支付至95%；余款作为质保金，质保期满无质量问题一次性付清。",
        10.5,
    )
    s.text(s.left, s.y, "第四条  验收", 10.5, bold=True)
    s.y += 18
    s.para("项目完成后乙方书面提出验收申请，甲方在15个工作日内组织验收，验收合格后双方签署验收证书。", 10.5)
    s.text(s.left, s.y, "第五条  其他", 10.5, bold=True)
    s.y += 18
    s.para(
        "本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。未尽事宜，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。",
        10.5,
    )
    s.y += 10
    s.text(s.left, s.y, "（以下无正文）", 10.5)
    s.y += 10
    _sign_table(s, c.a, c.b, c.signed, rng, c.seal_a, c.seal_b)
    amount = c.amount
    words_printed = capital(words)
    if c.supplement is not None:
        new, day = c.supplement
        s = Sheet(doc)
        pages += 1
        s.center(100, f"{c.project}", 13, bold=True)
        s.spaced(130, "补充协议", 18, 8)
        s.y = 170
        s.text(s.left, s.y, f"甲方：{c.a.name}", 10.5)
        s.text(s.left, s.y + 22, f"乙方：{c.b.name}", 10.5)
        s.y += 56
        diff = new - c.amount
        s.para(
            f"甲乙双方于{cn_date(c.signed)}签订了《{c.project}合同》（合同编号：{c.number}）。因甲方需求调整，"
            f"需增加部分设备及实施内容，经双方友好协商，达成补充协议如下：",
            10.5,
        )
        s.para(
            f"一、合同总价由原人民币{grouped(c.amount)}元调整为人民币{grouped(new)}元（大写：{capital(new)}），"
            f"增加金额为人民币{grouped(diff)}元。",
            10.5,
        )
        s.para("二、增加部分的付款方式、质保期及验收要求按原合同执行。", 10.5)
        s.para("三、本补充协议与原合同具有同等法律效力；本协议未约定的事项，仍按原合同执行。", 10.5)
        _sign_table(s, c.a, c.b, day, rng, c.seal_a, c.seal_b)
        amount = new
        words_printed = capital(new)
        amount_page = pages
    out: Fields = {
        "project_name": c.project,
        "contract_number": c.number,
        "party_a": c.a.name,
        "party_b": c.b.name,
        "contract_amount": yuan(amount),
        "amount_in_words": words_printed,
        "amount_in_words_value": yuan(words if c.supplement is None else amount),
        "signed_on": c.signed.isoformat(),
        "has_seal": c.seal_a or c.seal_b,
    }
    if fees_out and c.supplement is None:
        out["fees"] = fees_out
    return pages, out, amount_page, fees_page


def acceptance(doc: pymupdf.Document, a: AcceptSpec, rng: random.Random) -> tuple[int, Fields]:
    fields: Fields = {
        "project_name": a.project,
        "party_a": a.a.name,
        "party_b": a.b.name,
        "accepted_on": a.on.isoformat(),
        "conclusion": "passed" if a.passed else "failed",
        "has_seal": a.seal,
    }
    if a.style == "certificate":
        s = Sheet(doc)
        s.rect(36, 36, s.w - 36, s.h - 36, w=3, color=(0.55, 0.35, 0.1))
        s.rect(44, 44, s.w - 44, s.h - 44, w=0.8, color=(0.55, 0.35, 0.1))
        s.spaced(120, "项目验收证书", 24, 8)
        s.text(s.right - 130, 150, f"编号：YS-{a.on.year}-{rng.randrange(10, 99)}", 9.5)
        rows = [
            ["项目名称", a.project],
            ["建设单位", a.a.name],
            ["承建单位", a.b.name],
            ["验收日期", cn_date0(a.on)],
            ["验收内容", "系统功能、性能、设备到货与安装、技术文档、培训及试运行情况"],
        ]
        y = s.table(s.left, 170, [90, 361], rows, row_h=32, size=10.5)
        s.text(s.left + 4, y + 26, "验收意见：", 10.5, bold=True)
        opinion = (
            "项目已按合同要求完成建设内容，系统运行稳定，技术文档齐全，验收组一致同意通过验收。"
            if a.passed
            else "项目部分功能未实现，试运行期间故障较多，技术文档不全，验收组意见：不予通过验收，限期整改后重新申请验收。"
        )
        s.y = y + 50
        s.para(opinion, 10.5, x=s.left + 10)
        s.y += 8
        x = s.left + 10
        s.text(x, s.y, "验收结论：", 10.5, bold=True)
        x += 70
        x = s.box(x, s.y, a.passed, "验收合格")
        s.box(x + 20, s.y, not a.passed, "验收不合格")
        s.y += 60
        base = s.y
        s.text(s.left + 10, base, "建设单位（盖章）", 10.5)
        s.text(s.left + 250, base, "承建单位（盖章）", 10.5)
        s.text(s.left + 10, base + 60, "负责人签字：", 10.5)
        s.text(s.left + 250, base + 60, "负责人签字：", 10.5)
        s.signature(s.left + 80, base + 60, rng, 50)
        s.signature(s.left + 320, base + 60, rng, 50)
        s.text(s.left + 10, base + 100, cn_date(a.on), 10.5)
        s.text(s.left + 250, base + 100, cn_date(a.on), 10.5)
        if a.seal:
            s.seal(
                s.left + 70, base + 30, a.a.name, "", seed=rng.randrange(1000), tilt=rng.randrange(-20, 20)
            )
            s.seal(
                s.left + 310, base + 30, a.b.name, "", seed=rng.randrange(1000), tilt=rng.randrange(-20, 20)
            )
        return 1, fields
    if a.style == "report":
        s = Sheet(doc)
        s.spaced(100, "项目验收报告", 20, 6)
        s.y = 140
        rows = [
            ["项目名称", a.project],
            ["建设单位", a.a.name],
            ["承建单位", a.b.name],
            ["验收时间", cn_date(a.on)],
            ["验收地点", a.a.address],
        ]
        s.y = s.table(s.left, s.y, [90, 361], rows, row_h=26, size=10) + 22
        s.text(s.left, s.y, "一、项目概况", 10.5, bold=True)
        s.y += 18
        s.para(
            f"{a.project}由{a.b.name}承建，项目按合同完成了设备供货、安装调试、软件部署及系统联调，并经过一个月试运行。",
            10.5,
        )
        s.text(s.left, s.y, "二、验收情况", 10.5, bold=True)
        s.y += 18
        s.para(
            "验收组听取了承建单位的建设汇报，现场查看了设备安装与系统运行情况，查阅了竣工文档、测试记录和培训记录。",
            10.5,
        )
        s.text(s.left, s.y, "三、验收结论", 10.5, bold=True)
        s.y += 18
        if a.tick:
            x = s.box(s.left + 20, s.y, a.passed, "同意通过验收")
            s.box(x + 20, s.y, not a.passed, "不予通过验收")
            s.y += 24
        else:
            s.para(
                "验收组一致认为：项目建设内容与合同相符，系统运行正常，同意通过验收。"
                if a.passed
                else "验收组认为：项目核心模块未完成联调，数据迁移未完成，不予通过验收，请承建单位整改。",
                10.5,
            )
        s.y += 20
        s.text(330, s.y + 40, "验收组组长：", 10.5)
        s.signature(400, s.y + 40, rng, 55)
        s.text(330, s.y + 80, cn_date(a.on), 10.5)
        if a.seal:
            s.seal(400, s.y + 60, a.a.name, "", seed=rng.randrange(1000))
        t = Sheet(doc)
        t.spaced(100, "验收组成员签字表", 16, 4)
        surnames = ["王", "阿不都", "刘", "古丽", "赵", "马", "努尔", "陈", "哈斯", "杨"]
        given = ["建军", "热合曼", "志刚", "娜扎", "晓燕", "海峰", "兰", "立新", "巴特尔", "文"]
        units = [a.a.name, a.a.name, "伊犁州信息化专家库", "伊犁州信息化专家库", a.b.name]
        rows = [["序号", "姓名", "单位", "职务/职称", "签字"]]
        for i in range(5):
            nm = surnames[rng.randrange(10)] + given[rng.randrange(10)]
            rows.append(
                [str(i + 1), nm, units[i], ["组长", "组员", "高级工程师", "工程师", "项目经理"][i], ""]
            )
        y0 = 130.0
        t.table(t.left, y0, [36, 70, 185, 80, 80], rows, row_h=34, size=9.5, align="cclcc")
        for i in range(5):
            t.signature(t.left + 380, y0 + 34 * (i + 1) + 24, rng, 45, 2)
        t.text(t.left, y0 + 34 * 6 + 40, f"日期：{cn_date(a.on)}", 10.5)
        return 2, fields
    # third-party test report summary
    s = Sheet(doc)
    s.center(90, a.lab, 12)
    s.spaced(125, "软件测评报告", 20, 6)
    s.center(150, "（摘  要）", 11)
    number = a.number or f"TSCP-{a.on.year}-{rng.randrange(1000, 9999)}"
    rows = [
        ["报告编号", number],
        ["项目名称", a.project],
        ["委托单位", a.a.name],
        ["开发（承建）单位", a.b.name],
        ["测评类型", "验收测试"],
        ["测评依据", "GB/T 25000.51-2016；项目合同及需求规格说明书"],
        ["测评时间", f"{cn_date(a.on - dt.timedelta(days=12))}至{cn_date(a.on)}"],
    ]
    s.y = s.table(s.left, 175, [110, 341], rows, row_h=26, size=10) + 24
    s.text(s.left, s.y, "测评结论：", 10.5, bold=True)
    s.y += 20
    s.para(
        "经测评，被测系统的功能性、可靠性、易用性、信息安全性满足项目合同及需求规格说明书要求，测评结论：通过。"
        if a.passed
        else "经测评，被测系统存在3项严重问题、11项一般问题，功能性与信息安全性不满足合同要求，测评结论：不通过。",
        10.5,
    )
    s.y += 40
    s.text(330, s.y, "批准：", 10.5)
    s.signature(370, s.y, rng, 50)
    s.text(330, s.y + 50, f"签发日期：{cn_date(a.on)}", 10.5)
    if a.seal:
        s.seal(400, s.y + 30, a.lab, "检验检测专用章", seed=rng.randrange(1000))
    fields["third_party"] = a.lab
    return 1, fields


def license_page(doc: pymupdf.Document, lic: LicenseSpec, rng: random.Random) -> Fields:
    s = Sheet(doc, (842.0, 595.0))
    gold = (0.75, 0.55, 0.2)
    s.rect(22, 22, s.w - 22, s.h - 22, w=5, color=gold)
    s.rect(32, 32, s.w - 32, s.h - 32, w=1, color=gold)
    s.page.draw_circle((s.w / 2, 78), 24, color=RED, fill=(0.9, 0.2, 0.15), width=1)
    s.page.draw_circle((s.w / 2, 78), 12, color=gold, fill=gold, width=1)
    s.spaced(150, "营业执照", 40, 30)
    s.center(178, "（副    本）", 13)
    f: Fields = {
        "company_name": lic.org.name,
        "legal_representative": lic.org.legal,
        "registered_capital": yuan(lic.capital),
        "company_type": lic.company_type,
        "established_on": lic.established.isoformat(),
        "valid_until": lic.until.isoformat() if lic.until else "长期",
        "address": lic.org.address,
        "business_scope": lic.scope,
    }
    if lic.old:
        s.text(70, 110, f"注册号  {lic.reg_no}", 12)
    else:
        s.text(60, 100, "统一社会信用代码", 12)
        s.text(60, 122, lic.org.credit, 14)
        payload = f"http://www.gsxt.gov.cn/index.html?uniscid={lic.org.credit}"
        s.qr(s.w - 150, 50, 86, payload)
        s.text(s.w - 176, 148, "扫描二维码登录“国家企业信用", 7.5)
        s.text(s.w - 176, 158, "信息公示系统”了解更多登记、", 7.5)
        s.text(s.w - 176, 168, "备案、许可、监管信息。", 7.5)
        f["credit_code"] = lic.org.credit
        f["qr"] = payload
    until = f"{cn_date0(lic.established)} 至 {cn_date0(lic.until)}" if lic.until else "长期"
    left = [
        ("名          称", lic.org.name),
        ("类          型", lic.company_type),
        ("法定代表人", lic.org.legal),
    ]
    right = [
        ("注 册 资 本", f"{wan(lic.capital)}万元人民币"),
        ("成 立 日 期", cn_date0(lic.established)),
        ("营 业 期 限", until),
        ("住          所", lic.org.address),
    ]
    y = 230.0
    for k, v in left:
        s.text(70, y, k, 12)
        s.text(160, y, v, 12)
        y += 30
    s.text(70, y, "经 营 范 围", 12)
    sy = y
    for ln in s.lines(lic.scope, 10.5, 250):
        s.text(160, sy, ln, 10.5)
        sy += 17
    y = 230.0
    for k, v in right:
        s.text(450, y, k, 12)
        for i, ln in enumerate(s.lines(v, 12, 290)):
            s.text(540, y + i * 17, ln, 12)
        y += 30
    s.text(560, 500, "登 记 机 关", 12)
    s.text(560, 530, cn_date(lic.issued), 12)
    s.seal(680, 500, lic.authority, "", r=46, seed=rng.randrange(1000))
    s.text(60, 560, "国家工商行政管理总局监制" if lic.old else "国家市场监督管理总局监制", 8)
    return f


def audit_report(doc: pymupdf.Document, au: AuditSpec, rng: random.Random) -> tuple[int, Fields, int, int]:
    """Cover, opinion, income statement, note on revenue. Returns pages, fields, statement page, note page."""
    s = Sheet(doc)
    s.spaced(220, "审计报告", 30, 16)
    s.center(270, au.number, 13)
    s.center(420, au.org.name, 14)
    s.center(446, f"{au.year}年度财务报表审计", 12)
    s.center(640, au.firm, 13)
    s.center(666, f"{au.issued.year}年{au.issued.month}月", 12)
    s = Sheet(doc)
    s.spaced(90, "审计报告", 18, 8)
    s.text(s.right - width(au.number, 10), 115, au.number, 10)
    s.y = 145
    s.text(s.left, s.y, f"{au.org.name}全体股东：", 10.5)
    s.y += 24
    s.text(s.left, s.y, "一、审计意见", 10.5, bold=True)
    s.y += 20
    s.para(
        f"我们审计了{au.org.name}（以下简称贵公司）财务报表，包括{au.year}年12月31日的资产负债表，{au.year}年度的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。",
        10.5,
    )
    s.para(
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司{au.year}年12月31日的财务状况"
        f"以及{au.year}年度的经营成果和现金流量。",
        10.5,
    )
    s.text(s.left, s.y, "二、形成审计意见的基础", 10.5, bold=True)
    s.y += 20
    s.para(
        "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。"
        "按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        10.5,
    )
    s.text(s.left, s.y, "三、管理层和治理层对财务报表的责任", 10.5, bold=True)
    s.y += 20
    s.para(
        "贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。",
        10.5,
    )
    s.y += 30
    s.text(s.left, s.y, au.firm, 10.5)
    s.text(330, s.y, f"中国注册会计师：{au.cpas[0]}", 10.5)
    s.signature(450, s.y - 2, rng, 50)
    s.text(330, s.y + 36, f"中国注册会计师：{au.cpas[1]}", 10.5)
    s.signature(470, s.y + 34, rng, 50)
    s.text(s.left, s.y + 36, "中国·伊宁", 10.5)
    s.text(330, s.y + 72, cn_date(au.issued), 10.5)
    s.seal(150, s.y - 10, au.firm, "", r=44, seed=rng.randrange(1000))
    s = Sheet(doc)
    s.spaced(80, "利润表", 18, 12)
    div = Decimal(10000) if au.unit == "万元" else Decimal(1)

    def f(v: Decimal) -> str:
        return grouped((v / div).quantize(Decimal("0.01")))

    cost = au.costs
    # 小微企业 income tax at an effective 15 %; 管理费用 is what balances the statement.
    pretax = (au.profit / Decimal("0.85")).quantize(Decimal("0.01"))
    tax = pretax - au.profit
    op_profit = pretax - Decimal("12000")
    others = {
        "cost": cost.get("cost", (au.revenue * Decimal("0.71")).quantize(Decimal("0.01"))),
        "tax": cost.get("tax", (au.revenue * Decimal("0.006")).quantize(Decimal("0.01"))),
        "sales": cost.get("sales", (au.revenue * Decimal("0.04")).quantize(Decimal("0.01"))),
        "rd": cost.get("rd", (au.revenue * Decimal("0.05")).quantize(Decimal("0.01"))),
        "fin": cost.get("fin", (au.revenue * Decimal("0.004")).quantize(Decimal("0.01"))),
    }
    admin = au.revenue - op_profit - sum(others.values(), Decimal(0))
    rows = [["项目", "行次", "本期金额", "上期金额"]]
    items = [
        ("一、营业收入", au.revenue),
        ("  减：营业成本", others["cost"]),
        ("      税金及附加", others["tax"]),
        ("      销售费用", others["sales"]),
        ("      管理费用", admin),
        ("      研发费用", others["rd"]),
        ("      财务费用", others["fin"]),
        ("二、营业利润", op_profit),
        ("  加：营业外收入", Decimal("15000")),
        ("  减：营业外支出", Decimal("3000")),
        ("三、利润总额", pretax),
        ("  减：所得税费用", tax),
        ("四、净利润", au.profit),
    ]
    for i, (k, v) in enumerate(items, start=1):
        rows.append(
            [k, str(i), f(v.quantize(Decimal("0.01"))), f((v * Decimal("0.87")).quantize(Decimal("0.01")))]
        )
    s.center(98, f"{au.year}年度", 9.5)
    s.text(s.left, 114, f"编制单位：{au.org.name}", 9.5)
    s.text(s.right - 60, 114, f"单位：{au.unit}", 9.5)
    s.table(s.left, 120, [180, 40, 115, 116], rows, row_h=24, size=9.5, align="lcrr")
    s.text(s.left, 520, "企业负责人：", 9.5)
    s.text(220, 520, "主管会计工作负责人：", 9.5)
    s.text(400, 520, "会计机构负责人：", 9.5)
    s = Sheet(doc)
    s.text(s.left, 90, "五、财务报表项目注释（续）", 10.5, bold=True)
    s.text(s.left, 118, "（二十）营业收入和营业成本", 10.5, bold=True)
    s.text(s.right - 70, 140, f"单位：{au.unit}", 9.5)
    other = au.revenue - au.si_revenue
    sw = (other * Decimal("0.6")).quantize(Decimal("0.01"))
    rows = [
        ["项目", "本期发生额收入", "本期发生额成本"],
        ["系统集成收入", f(au.si_revenue), f((au.si_revenue * Decimal("0.74")).quantize(Decimal("0.01")))],
        ["软件销售及技术服务收入", f(sw), f((sw * Decimal("0.55")).quantize(Decimal("0.01")))],
        ["其他业务收入", f(other - sw), f(((other - sw) * Decimal("0.8")).quantize(Decimal("0.01")))],
        ["合计", f(au.revenue), ""],
    ]
    s.table(s.left, 150, [180, 135, 136], rows, row_h=24, size=9.5, align="lrr")
    s.y = 300
    s.para("注：系统集成收入系公司承接的计算机信息系统集成项目经客户验收后确认的收入。", 9.5)
    fields: Fields = {
        "audit_firm": au.firm,
        "report_number": au.number,
        "fiscal_year": au.year,
        "opinion": "unqualified",
        "operating_revenue": yuan((au.revenue / div).quantize(Decimal("0.01")) * div),
        "net_profit": yuan((au.profit / div).quantize(Decimal("0.01")) * div),
        "system_integration_revenue": yuan((au.si_revenue / div).quantize(Decimal("0.01")) * div),
        "consolidated": False,
        "company_name": au.org.name,
    }
    return 4, fields, 3, 4


def invoice(doc: pymupdf.Document, iv: InvoiceSpec, rng: random.Random) -> Fields:
    s = Sheet(doc, (595.0, 396.0))
    brown = (0.55, 0.3, 0.15)
    amount = (iv.total / (1 + iv.rate)).quantize(Decimal("0.01"))
    tax = iv.total - amount
    payload = f"01,32,,{iv.number},{yuan(amount)},{iv.issued.strftime('%Y%m%d')},,{rng.randrange(1000, 9999)}"
    s.qr(30, 22, 58, payload)
    s.center(48, "电子发票（增值税专用发票）", 17, bold=True, color=brown)
    s.line(200, 56, 395, 56, 0.8, brown)
    s.line(200, 59, 395, 59, 0.8, brown)
    s.text(420, 40, f"发票号码：{iv.number}", 9)
    s.text(420, 56, f"开票日期：{cn_date0(iv.issued)}", 9)
    top, mid, bot = 90.0, 150.0, 300.0
    s.rect(24, top, 571, bot, 0.8, brown)
    s.line(297, top, 297, mid, 0.8, brown)
    s.line(24, mid, 571, mid, 0.8, brown)
    s.line(44, top, 44, mid, 0.8, brown)
    s.line(317, top, 317, mid, 0.8, brown)
    for i, ch in enumerate("购买方信息"):
        s.text(29, top + 14 + i * 11, ch, 9, brown)
    for i, ch in enumerate("销售方信息"):
        s.text(302, top + 14 + i * 11, ch, 9, brown)
    s.text(50, top + 22, f"名称：{iv.buyer.name}", 9)
    s.text(50, top + 44, f"统一社会信用代码/纳税人识别号：{iv.buyer.credit}", 8.5)
    s.text(323, top + 22, f"名称：{iv.seller.name}", 9)
    s.text(323, top + 44, f"统一社会信用代码/纳税人识别号：{iv.seller.credit}", 8.5)
    heads = ["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"]
    xs = [30, 160, 215, 250, 290, 370, 440, 510]
    for x, h in zip(xs, heads, strict=True):
        s.text(x, mid + 16, h, 8.5, brown)
    s.text(30, mid + 34, iv.item, 8.5)
    s.text(215, mid + 34, "项", 8.5)
    s.text(255, mid + 34, "1", 8.5)
    s.text(290, mid + 34, yuan(amount), 8.5)
    s.text(370, mid + 34, yuan(amount), 8.5)
    s.text(450, mid + 34, f"{int(iv.rate * 100)}%", 8.5)
    s.text(510, mid + 34, yuan(tax), 8.5)
    s.line(24, 250, 571, 250, 0.8, brown)
    s.text(50, 244, "合      计", 9, brown)
    s.text(370, 244, f"¥{yuan(amount)}", 9)
    s.text(510, 244, f"¥{yuan(tax)}", 9)
    s.line(24, 275, 571, 275, 0.8, brown)
    s.text(30, 267, "价税合计（大写）", 9, brown)
    s.text(120, 267, f"ⓧ{capital(iv.total)}", 9.5)
    s.text(400, 267, "（小写）", 9, brown)
    s.text(440, 267, f"¥{yuan(iv.total)}", 9.5)
    s.text(30, 292, "备注", 9, brown)
    s.text(30, 322, f"开票人：{iv.drawer}", 9, brown)
    return {
        "invoice_number": iv.number,
        "issued_on": iv.issued.isoformat(),
        "buyer": iv.buyer.name,
        "seller": iv.seller.name,
        "total_amount": yuan(iv.total),
        "qr": payload,
    }


def declaration_form(doc: pymupdf.Document, fs: FormSpec, rng: random.Random) -> Fields:
    s = Sheet(doc)
    s.center(80, f"{fs.year}年度自治区计算机信息系统集成（信息工程）企业年检申报表", 13, bold=True)
    rows = [
        ["企业名称", fs.org.name, "统一社会信用代码", fs.org.credit],
        ["法定代表人", fs.org.legal, "评估等级", f"{fs.grade}级"],
        ["技术人员总数", str(fs.technical), "持证人员总数", str(fs.certified)],
    ]
    y = s.table(s.left, 100, [80, 150, 95, 126], rows, row_h=26, size=9.5)
    s.text(s.left, y + 22, "经营情况（单位：元）", 10, bold=True)
    rows = [["年度", "营业收入", "系统集成收入", "净利润"]]
    for yr, rev, si, np_ in fs.finance:
        rows.append([str(yr), grouped(rev), grouped(si), grouped(np_)])
    y = s.table(s.left, y + 30, [60, 130, 130, 131], rows, row_h=22, size=9.5, align="crrr")
    s.text(s.left, y + 22, "系统集成项目汇总（单位：元）", 10, bold=True)
    rows = [["序号", "项目名称", "甲方单位", "合同金额"]]
    for i, (nm, cl, amt) in enumerate(fs.projects, start=1):
        rows.append([str(i), nm, cl, grouped(amt)])
    total = sum((p[2] for p in fs.projects), Decimal(0))
    rows.append(["", f"合计：{len(fs.projects)}个项目", "", grouped(total)])
    y = s.table(s.left, y + 30, [36, 190, 135, 90], rows, row_h=22, size=9, align="cllr")
    s.y = y + 30
    s.para("本单位承诺：所填报数据及上传附件真实、准确、完整，如有虚假，愿承担相应责任。", 10)
    s.text(330, s.y + 40, "企业（盖章）：", 10.5)
    s.text(330, s.y + 80, cn_date(dt.date(fs.year + 1, 2, 20)), 10.5)
    if fs.seal:
        s.seal(430, s.y + 50, fs.org.name, "", seed=rng.randrange(1000))
    return {
        "company_name": fs.org.name,
        "credit_code": fs.org.credit,
        "grade": fs.grade,
        "technical_total": fs.technical,
        "certified_total": fs.certified,
        "finance": [
            {
                "year": yr,
                "operating_revenue": yuan(r),
                "system_integration_revenue": yuan(si),
                "net_profit": yuan(p),
            }
            for yr, r, si, p in fs.finance
        ],
        "project_count": len(fs.projects),
        "project_total": yuan(total),
        "has_seal": fs.seal,
    }
