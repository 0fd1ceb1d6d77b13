"""Contract templates: GF-2017-0201 construction, 科技部 technical development,
system integration with a fee table, and government procurement.

Each returns a :class:`Built` whose ``fields`` are what CONTRACT 2.2 calls a contract's
fields, as printed; ``marks['amount']`` is the page with the price clause and
``rects['amount']`` the box of the printed price line.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

import pymupdf

from . import blocks
from .canvas import SERIF, Cell, Sheet
from .money import capital, plain, wan, yuan
from .world import Built, Company, ProjectSpec

FEE_LABELS = {
    "hardware_purchase": "设备购置费",
    "software_purchase": "软件购置费",
    "software_development": "软件开发费",
    "integration_implementation": "系统集成实施费",
    "consulting_design": "咨询设计费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "other": "其他费用",
}


@dataclass
class Terms:
    """Choices a scenario makes about one contract's wording."""

    number: str
    style: str = "yuan"
    """How the price is printed: ``yuan`` (figures and capital numerals), ``wan`` (万元 only)."""
    printed_amount: Decimal | None = None
    """The price as printed when it differs from the project's facts (planted causes)."""
    printed_name: str | None = None
    printed_signed_on: dt.date | None = None
    printed_fees: dict[str, Decimal] | None = None


def _price_line(amount: Decimal, style: str) -> str:
    if style == "wan":
        return f"签约合同价为：人民币{wan(amount)}万元（含税）。"
    return f"签约合同价为：人民币（大写）{capital(amount)}（¥{yuan(amount)}元）。"


def _fields(project: ProjectSpec, company: Company, terms: Terms, amount: Decimal) -> dict[str, object]:
    fields: dict[str, object] = {
        "project_name": terms.printed_name or project.name,
        "contract_number": terms.number,
        "party_a": project.client.name,
        "party_b": company.name,
        "contract_amount": plain(amount),
        "signed_on": (terms.printed_signed_on or project.signed_on).isoformat(),
    }
    if terms.style != "wan":
        fields["amount_in_words"] = capital(amount)
    return fields


def construction(project: ProjectSpec, company: Company, terms: Terms, rng: random.Random) -> Built:
    """建设工程施工合同 (GF-2017-0201): cover, 协议书 (price on page 2, signatures on page 3),
    one page each of 通用合同条款 and 专用合同条款."""
    doc = pymupdf.open()
    amount = terms.printed_amount or project.amount
    name = terms.printed_name or project.name
    signed = terms.printed_signed_on or project.signed_on
    cover = Sheet(doc)
    cover.text(420, 90, f"合同编号：{terms.number}", 10)
    cover.center(250, "建设工程施工合同", 30, bold=True, spacing=6)
    cover.center(300, "GF—2017—0201", 14)
    cover.text(150, 420, f"工程名称：{name}"[:34], 12)
    cover.text(150, 450, f"发 包 人：{project.client.name}"[:34], 12)
    cover.text(150, 480, f"承 包 人：{company.name}", 12)
    cover.center(700, "住房和城乡建设部", 14)
    cover.center(724, "国家工商行政管理总局  制定", 14)

    p2 = Sheet(doc)
    p2.center(70, "第一部分  合同协议书", 15, bold=True)
    y: float = 110
    p2.text(60, y, f"发包人（全称）：{project.client.name}", 10.5)
    p2.text(60, y + 20, f"承包人（全称）：{company.name}", 10.5)
    y = p2.para(
        60,
        y + 46,
        475,
        "根据《中华人民共和国民法典》《中华人民共和国建筑法》及有关法律规定，遵循平等、自愿、公平和诚实信用的原则，双方就"
        f"{name}有关事项协商一致，共同达成如下协议：",
    )
    for heading, body in (
        (
            "一、工程概况",
            f"1．工程名称：{name}。 2．工程地点：{project.location}。 3．工程内容：综合布线、机房工程、安防监控、"
            "信息发布及智能化集成平台的供货、安装、调试与试运行。 4．资金来源：财政资金。",
        ),
        (
            "二、合同工期",
            f"计划开工日期：{blocks.cn_date(signed + dt.timedelta(days=10))}。计划竣工日期："
            f"{blocks.cn_date(project.accepted_on - dt.timedelta(days=20))}。工期总日历天数以实际为准。",
        ),
        ("三、质量标准", "工程质量符合国家现行验收规范合格标准。"),
    ):
        p2.text(60, y + 4, heading, 11, bold=True)
        y = p2.para(60, y + 24, 475, body)
    p2.text(60, y + 4, "四、签约合同价与合同价格形式", 11, bold=True)
    line = "1．" + _price_line(amount, terms.style)
    box = p2.text(84, y + 26, line, 10.5)
    y = p2.para(
        60,
        y + 48,
        475,
        f"其中：安全文明施工费{'以' if terms.style == 'wan' else '按'}实际发生计取，材料和工程设备暂估价金额：0元；"
        "专业工程暂估价金额：0元；暂列金额：0元。2．合同价格形式：固定总价合同。",
    )
    for heading, body in (
        (
            "五、项目经理",
            f"承包人项目经理：{rng.choice('王李张刘陈')}{rng.choice(['志远', '国栋', '鹏', '立新'])}。",
        ),
        (
            "六、合同文件构成",
            "本协议书与下列文件一起构成合同文件：中标通知书、投标函及其附录、专用合同条款及其附件、通用合同条款、"
            "技术标准和要求、图纸、已标价工程量清单或预算书及其他合同文件。",
        ),
    ):
        p2.text(60, y + 4, heading, 11, bold=True)
        y = p2.para(60, y + 24, 475, body)

    p3 = Sheet(doc)
    y = p3.para(
        60,
        80,
        475,
        "七、承诺：1．发包人承诺按照法律规定履行项目审批手续、筹集工程建设资金并按照合同约定的期限和方式支付合同价款。"
        "2．承包人承诺按照法律规定及合同约定组织完成工程施工，确保工程质量和安全，并在缺陷责任期及保修期内承担相应的工程维修责任。",
    )
    y = p3.para(60, y + 6, 475, f"八、签订时间：本合同于{blocks.cn_date(signed)}签订。")
    y = p3.para(60, y + 6, 475, f"九、签订地点：本合同在{project.location}签订。")
    y = p3.para(
        60,
        y + 6,
        475,
        "十、合同生效：本合同自双方签字盖章之日起生效。本合同一式陆份，均具有同等法律效力，发包人执肆份，承包人执贰份。",
    )
    blocks.signature_columns(p3, y + 40, company, project.client, ("发包人", "承包人"), signed, rng)

    general = Sheet(doc)
    general.center(70, "第二部分  通用合同条款", 15, bold=True)
    y = 105
    for k, clause in enumerate(GENERAL_CLAUSES, start=1):
        y = general.para(60, y, 475, f"{k}．{clause}", 10)
    special = Sheet(doc)
    special.center(70, "第三部分  专用合同条款", 15, bold=True)
    y = special.para(
        60,
        105,
        475,
        "1．合同文件构成及优先顺序：同通用合同条款。2．图纸的提供：发包人应于开工日期前7天向承包人提供图纸两套。",
        10,
    )
    y = special.para(
        60,
        y + 4,
        475,
        "3．预付款：合同签订后支付签约合同价的30%；主要设备到货并安装完成后支付至60%；工程竣工验收合格后支付至97%；"
        "余款3%作为质量保证金，缺陷责任期满后无息返还。",
        10,
    )
    y = special.para(
        60,
        y + 4,
        475,
        "4．缺陷责任期：自工程竣工验收合格之日起24个月。5．争议解决：提交工程所在地人民法院诉讼解决。",
        10,
    )
    fields = _fields(project, company, terms, amount)
    return Built(
        doc,
        "contract",
        fields,
        marks={"amount": 1, "signature": 2, "first": 0},
        rects={"amount": box},
        label="施工合同",
    )


GENERAL_CLAUSES = (
    "一般约定：词语定义与解释，合同协议书、中标通知书、投标函及其附录、专用合同条款及其附件、通用合同条款等。",
    "发包人：发包人应遵守法律，并办理法律规定由其办理的许可、批准或备案。发包人应按照约定向承包人提供施工现场。",
    "承包人：承包人应按合同约定以及监理人作出的指示，实施、完成全部工程，并修补工程中的任何缺陷。",
    "监理人：工程实行监理的，发包人和承包人应在专用合同条款中明确监理人的监理内容及监理权限等事项。",
    "工程质量：工程质量标准必须符合现行国家有关工程施工质量验收规范和标准的要求。",
    "安全文明施工与环境保护：承包人应遵守工程建设安全生产有关管理规定，严格按安全标准组织施工。",
    "工期和进度：承包人应按照约定的期限提交详细的施工进度计划及施工方案说明。",
    "材料与设备：承包人负责采购材料、工程设备的，应按照设计和有关标准要求采购，并提供产品合格证明及出厂证明。",
    "验收和工程试车：工程具备竣工验收条件的，承包人应向发包人报送竣工验收申请报告。",
    "竣工结算：工程竣工验收合格后28天内，承包人应向发包人和监理人提交竣工结算申请单。",
    "缺陷责任与保修：在工程移交发包人后，因承包人原因产生的质量缺陷，承包人应承担质量缺陷责任和保修义务。",
    "违约：发包人或承包人违反合同约定的，应承担相应的违约责任。",
    "不可抗力：不可抗力发生后，合同当事人均应采取措施尽量避免和减少损失的扩大。",
    "争议解决：合同当事人可以就争议自行和解，和解不成的，按专用合同条款的约定处理。",
)


def tech_development(project: ProjectSpec, company: Company, terms: Terms, rng: random.Random) -> Built:
    """科技部 技术开发（委托）合同: cover, 研究开发经费和报酬 on page 2, signature grid on page 3."""
    doc = pymupdf.open()
    amount = terms.printed_amount or project.amount
    name = terms.printed_name or project.name
    signed = terms.printed_signed_on or project.signed_on
    cover = Sheet(doc)
    cover.text(380, 80, f"合同登记编号：{terms.number}", 10)
    cover.center(230, "技术开发（委托）合同", 26, bold=True, spacing=3)
    rows = [
        ("项目名称：", name),
        ("委托方（甲方）：", project.client.name),
        ("受托方（乙方）：", company.name),
        ("签订时间：", blocks.cn_date(signed)),
        ("签订地点：", project.location),
        ("有效期限：", f"{signed.year}年至{signed.year + 1}年"),
    ]
    y: float = 360
    for label, value in rows:
        cover.text(110, y, label, 12)
        for k, part in enumerate(cover.wrap(value, 270, 12)):
            cover.text(220, y + k * 20, part, 12)
            cover.line(218, y + k * 20 + 4, 500, y + k * 20 + 4, 0.5)
        y += 20 * max(1, len(cover.wrap(value, 270, 12))) + 18
    cover.center(740, "中华人民共和国科学技术部印制", 13)

    body = Sheet(doc)
    y = body.para(60, 80, 475, f"委托方（甲方）：{project.client.name}", 10.5, indent=0)
    y = body.para(60, y, 475, f"受托方（乙方）：{company.name}", 10.5, indent=0)
    y = body.para(
        60,
        y + 8,
        475,
        f"本合同甲方委托乙方研究开发{name}项目，并支付研究开发经费和报酬，乙方接受委托并进行此项研究开发工作。"
        "双方经过平等协商，在真实、充分地表达各自意愿的基础上，根据《中华人民共和国民法典》的规定，达成如下协议，并由双方共同恪守。",
    )
    for clause in (
        "第一条 本合同研究开发项目的要求如下：1．技术目标：建成覆盖业务全流程的信息化平台，实现数据汇聚、统一身份认证与移动端办理。"
        "2．技术内容：需求调研、系统设计、软件开发、部署实施、数据迁移与培训。3．技术方法和路线：微服务架构，国产化数据库与中间件适配。",
        "第二条 乙方应在本合同生效后15日内向甲方提交研究开发计划。",
        "第三条 乙方应按下列进度完成研究开发工作：需求与设计阶段、开发与测试阶段、部署与试运行阶段，具体以研究开发计划为准。",
        "第四条 甲方应向乙方提供的技术资料及协作事项：现有业务系统接口文档、基础数据及测试环境。",
    ):
        y = body.para(60, y + 4, 475, clause)
    y = body.para(60, y + 4, 475, "第五条 甲方应按以下方式支付研究开发经费和报酬：")
    if terms.style == "wan":
        line = f"1．研究开发经费和报酬总额为：{wan(amount)}万元。"
    else:
        line = f"1．研究开发经费和报酬总额为：{capital(amount)}（¥{yuan(amount)}）。"
    box = body.text(84, y + 2, line, 10.5)
    y = body.para(
        60,
        y + 24,
        475,
        "其中技术秘密的使用费为：0元。2．研究开发经费由甲方分期支付乙方：合同签订后支付40%，系统上线试运行后支付40%，"
        "项目验收合格后支付20%。乙方开户银行名称、地址和账号见本合同签字页。",
    )
    y = body.para(60, y + 4, 475, "第六条 本合同的研究开发经费由乙方以包干方式使用。")

    sign = Sheet(doc)
    y = sign.para(
        60,
        80,
        475,
        "第七条 在本合同履行中，因出现在现有技术水平和条件下难以克服的技术困难，导致研究开发失败或部分失败的，风险责任由双方合理分担。",
    )
    y = sign.para(
        60,
        y + 4,
        475,
        "第八条 双方确定因履行本合同所产生的研究开发成果及其相关知识产权权利归属：归甲方所有，乙方享有署名权。",
    )
    y = sign.para(
        60,
        y + 4,
        475,
        "第九条 双方确定，按以下标准和方式对乙方完成的研究开发成果进行验收：由甲方组织专家按合同约定的技术指标进行验收，并出具验收证明。",
    )
    grid = blocks.grid_signature(
        sign, y + 20, company, project.client, ("委托方（甲方）", "受托方（乙方）"), rng
    )
    half = grid.height / 2
    blocks.seal_at(
        sign,
        grid.x1 - 95,
        grid.y0 + half * 0.55,
        blocks.ink.round_seal(project.client.name, rng, "", "6531010098123"),
    )
    blocks.seal_at(
        sign,
        grid.x1 - 95,
        grid.y0 + half * 1.55,
        blocks.ink.round_seal(company.name, rng, "合同专用章", "6531010055310"),
    )
    sign.text(60, grid.y1 + 30, "签订日期：", 10.5)
    blocks.hand_date_at(sign, 115, grid.y1 + 26, signed, rng, 130)
    fields = _fields(project, company, terms, amount)
    fields["fees"] = {"software_development": plain(amount)}
    return Built(
        doc,
        "contract",
        fields,
        marks={"amount": 1, "signature": 2, "first": 0},
        rects={"amount": box},
        label="技术开发合同",
    )


def integration(
    project: ProjectSpec, company: Company, terms: Terms, rng: random.Random, tax_columns: bool = False
) -> Built:
    """系统集成项目合同书 with a fee table on page 1; payment, acceptance and signatures on page 2.

    ``tax_columns`` prints 不含税金额 / 税率 / 税额 / 含税金额 per row (the declared fee is the
    tax-inclusive figure); otherwise one 金额 column.
    """
    doc = pymupdf.open()
    fees = terms.printed_fees or project.fees
    amount = terms.printed_amount or sum(fees.values(), Decimal(0))
    name = terms.printed_name or project.name
    signed = terms.printed_signed_on or project.signed_on
    page = Sheet(doc)
    label = page.text(380, 60, "合同编号：", 9.5)
    page.text(label.x1, 60, terms.number, 9.5, font=SERIF)
    page.center(100, f"{name}", 15, bold=True)
    page.center(124, "合 同 书", 15, bold=True)
    y = page.para(60, 160, 475, f"甲方：{project.client.name}", 10.5, indent=0)
    y = page.para(60, y, 475, f"乙方：{company.name}", 10.5, indent=0)
    y = page.para(
        60,
        y + 6,
        475,
        "甲乙双方根据《中华人民共和国民法典》及相关法律法规，本着平等互利的原则，经友好协商，就甲方委托乙方承担"
        f"{name}的设备供货、软件开发及系统集成实施事宜，订立本合同。",
    )
    y = page.para(
        60,
        y + 4,
        475,
        "第一条 项目内容：乙方负责本项目所需设备及软件的供货、平台软件的定制开发、系统安装调试、联调测试、人员培训及质保期内的技术服务。",
    )
    page.text(60, y + 8, "第二条 合同价款及构成", 10.5, bold=True)
    keys = [k for k in FEE_LABELS if fees.get(k)]
    if tax_columns:
        widths: tuple[int, ...] = (36, 140, 85, 45, 75, 94)
        rows: list[list[Cell | str]] = [
            [
                Cell(h, "c", bold=True)
                for h in ("序号", "费用名称", "不含税金额(元)", "税率", "税额(元)", "含税金额(元)")
            ]
        ]
        for k, key in enumerate(keys, start=1):
            rate = Decimal("0.13") if key in ("hardware_purchase", "software_purchase") else Decimal("0.06")
            net = (fees[key] / (1 + rate)).quantize(Decimal("0.01"))
            rows.append(
                [
                    Cell(str(k), "c"),
                    FEE_LABELS[key],
                    Cell(yuan(net), "r", font=SERIF),
                    Cell(f"{int(rate * 100)}%", "c"),
                    Cell(yuan(fees[key] - net), "r", font=SERIF),
                    Cell(yuan(fees[key]), "r", font=SERIF),
                ]
            )
        rows.append([Cell("合计", "c", span=5, bold=True), Cell(yuan(amount), "r", font=SERIF)])
    else:
        widths = (40, 190, 120, 125)
        rows = [[Cell(h, "c", bold=True) for h in ("序号", "费用名称", "金额(元)", "备注")]]
        for k, key in enumerate(keys, start=1):
            rows.append([Cell(str(k), "c"), FEE_LABELS[key], Cell(yuan(fees[key]), "r", font=SERIF), "含税"])
        rows.append([Cell("合计", "c", span=2, bold=True), Cell(yuan(amount), "r", font=SERIF), ""])
    boxes = page.table(60, y + 18, widths, rows, size=9.5, row_h=21)
    y = boxes[-1][0].y1 + 22
    box = page.text(60, y, f"合同总价：人民币（大写）{capital(amount)}（小写：¥{yuan(amount)}）", 10.5)
    y = page.para(
        60, y + 22, 475, "上述价款已包含设备、软件、运输、安装、调试、培训、税金及质保期内服务等全部费用。"
    )

    p2 = Sheet(doc)
    y = 80
    for clause in (
        "第三条 付款方式：合同签订后十五个工作日内甲方支付合同总价的30%；设备到货安装完毕支付40%；项目终验合格后支付27%；剩余3%作为质保金，质保期满无质量问题后支付。",
        "第四条 实施周期：自合同签订之日起150日历天内完成全部实施并具备初验条件。",
        "第五条 验收：项目分初步验收和最终验收两个阶段。系统试运行满三个月后，由甲方组织终验，验收合格后签署验收报告。",
        "第六条 质量保证：乙方对所供设备及软件提供三年免费质保和技术支持服务，7×24小时响应。",
        "第七条 保密：乙方对在履行合同过程中获知的甲方数据及资料负有保密义务，不得向第三方披露。",
        "第八条 违约责任：任何一方违约，应赔偿对方因此造成的损失。乙方逾期交付的，每逾期一日按合同总价的千分之一支付违约金。",
        "第九条 争议解决：因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。",
        "第十条 本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。",
    ):
        y = p2.para(60, y, 475, clause) + 4
    y = p2.para(60, y + 6, 475, f"合同签订日期：{blocks.cn_date(signed)}", indent=0)
    blocks.signature_columns(p2, y + 30, company, project.client, ("甲方", "乙方"), signed, rng)
    fields = _fields(project, company, terms, amount)
    fields["amount_in_words"] = capital(amount)
    fields["fees"] = {k: plain(fees[k]) for k in keys}
    return Built(
        doc,
        "contract",
        fields,
        marks={"amount": 0, "fees": 0, "signature": 1, "first": 0},
        rects={"amount": box},
        label="集成合同",
    )


def procurement(project: ProjectSpec, company: Company, terms: Terms, rng: random.Random) -> Built:
    """政府采购合同: parties in a table (long names wrap), item table, total with 角分, signatures."""
    doc = pymupdf.open()
    amount = terms.printed_amount or project.amount
    name = terms.printed_name or project.name
    signed = terms.printed_signed_on or project.signed_on
    c = project.client
    page = Sheet(doc)
    page.center(78, "政 府 采 购 合 同", 20, bold=True)
    page.table(
        60,
        98,
        (90, 385),
        [
            ["合同编号", Cell(terms.number, font=SERIF)],
            ["采购计划编号", f"喀财采计〔{signed.year}〕{rng.randint(1000, 9999)}号"],
        ],
        size=9.5,
        row_h=20,
    )
    rows: list[list[Cell | str]] = [
        [
            Cell("采购人（甲方）", "c", bold=True),
            Cell(c.name),
            Cell("供应商（乙方）", "c", bold=True),
            Cell(company.name),
        ],
        ["地址", c.address, "地址", company.address],
        ["联系电话", c.phone, "联系电话", company.phone],
        ["开户银行", c.bank, "开户银行", company.bank],
        ["账号", Cell(c.account, font=SERIF), "账号", Cell(company.account, font=SERIF)],
    ]
    boxes = page.table(60, 150, (75, 162, 75, 163), rows, size=9, heights=(40, 34, 20, 34, 20))
    y = boxes[-1][0].y1 + 26
    y = page.para(
        60,
        y,
        475,
        f"根据《中华人民共和国政府采购法》《中华人民共和国民法典》及{name}（公开招标）的采购结果，甲乙双方经协商一致，签订本合同。",
    )
    page.text(60, y + 6, "一、合同标的及金额", 10.5, bold=True)
    items = [
        ("交换机、服务器及存储设备", "hardware_purchase"),
        ("操作系统及数据库软件", "software_purchase"),
        ("应用系统开发", "software_development"),
        ("安装调试及集成服务", "integration_implementation"),
        ("运维服务（一年）", "operation_maintenance"),
    ]
    rows = [[Cell(h, "c", bold=True) for h in ("序号", "标的名称", "数量", "金额（元）")]]
    k = 0
    for label, key in items:
        value = project.fees.get(key)
        if value:
            k += 1
            rows.append([Cell(str(k), "c"), label, Cell("1项", "c"), Cell(yuan(value), "r", font=SERIF)])
    rows.append([Cell("合计", "c", span=3, bold=True), Cell(yuan(amount), "r", font=SERIF)])
    boxes = page.table(60, y + 16, (40, 235, 60, 140), rows, size=9.5, row_h=20)
    y = boxes[-1][0].y1 + 22
    box = page.text(60, y, f"合同总金额：人民币{capital(amount)}（¥{yuan(amount)}）", 10.5)
    y = page.para(
        60, y + 24, 475, "二、履约期限及地点：合同签订后90日内在采购人指定地点完成交付、安装及调试。"
    )
    y = page.para(
        60,
        y + 2,
        475,
        "三、付款方式：验收合格后，采购人凭供应商开具的增值税发票在15个工作日内支付合同总金额的95%，余款于质保期满后支付。",
    )

    p2 = Sheet(doc)
    y = 80
    for clause in (
        "四、验收：供应商交付后，采购人应当按照采购文件及本合同约定组织验收，并出具验收书。大型或复杂项目可邀请国家认可的质量检测机构参加。",
        "五、质量保证：供应商所供货物应为全新、未使用过的合格产品，质保期三年。",
        "六、违约责任：按《中华人民共和国民法典》有关规定执行。",
        "七、合同争议：协商不成的，依法向采购人所在地人民法院起诉。",
        "八、本合同一式伍份，采购人、供应商各执贰份，同级财政部门备案壹份。",
    ):
        y = p2.para(60, y, 475, clause) + 4
    y = p2.para(60, y + 4, 475, f"签订日期：{signed.year}年{signed.month:02d}月{signed.day:02d}日", indent=0)
    blocks.signature_columns(p2, y + 30, company, c, ("采购人", "供应商"), signed, rng)
    fields = _fields(project, company, terms, amount)
    fields["amount_in_words"] = capital(amount)
    fields["fees"] = {key: plain(project.fees[key]) for _, key in items if project.fees.get(key)}
    return Built(
        doc,
        "contract",
        fields,
        marks={"amount": 0, "signature": 1, "first": 0},
        rects={"amount": box},
        label="政府采购合同",
    )
