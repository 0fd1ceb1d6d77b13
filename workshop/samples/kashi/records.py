"""Acceptance reports (初验, 终验 with a 验收组 table) and invoices (增值税专用发票, 数电票)."""

from __future__ import annotations

import datetime as dt
import io
import random
from decimal import Decimal

import pymupdf
import zxingcpp
from PIL import Image

from . import blocks, ids, ink
from .canvas import RED, SERIF, Cell, Sheet
from .money import capital, plain, yuan
from .world import Built, Company, ProjectSpec

CONCLUSIONS = {
    "合格": ("验收合格", "passed"),
    "基本合格": ("基本合格，同意通过验收，遗留问题限期整改", "passed"),
    "不合格": ("不合格，不同意通过验收", "failed"),
}


def acceptance(
    project: ProjectSpec,
    company: Company,
    rng: random.Random,
    day: dt.date | None = None,
    stage: str = "终验",
    verdict: str = "合格",
    supervisor: str = "",
    name: str | None = None,
) -> Built:
    """One-page 项目验收报告: facts table, 验收意见, 验收结论, 验收组 signature table, client seal."""
    doc = pymupdf.open()
    day = day or project.accepted_on
    name = name or project.name
    page = Sheet(doc)
    title = "项目初步验收报告" if stage == "初验" else "项目竣工（终验）验收报告"
    page.center(70, title, 18, bold=True)
    page.text(400, 96, f"编号：YS-{day.year}-{rng.randint(10, 99)}", 9.5)
    rows: list[list[Cell | str]] = [
        ["项目名称", Cell(name, span=3)],
        ["建设单位", Cell(project.client.name, span=3)],
        ["承建单位", Cell(company.name, span=3)],
        ["合同签订日期", blocks.cn_date(project.signed_on), "验收日期", blocks.cn_date_padded(day)],
        ["验收阶段", stage, "验收方式", "现场查验、资料审查、功能测试"],
    ]
    if supervisor:
        rows.append(["监理单位", Cell(supervisor, span=3)])
    boxes = page.table(60, 108, (90, 150, 80, 155), rows, size=9.5, heights=[26] * len(rows))
    y = boxes[-1][0].y1 + 24
    page.text(60, y, "一、验收依据", 11, bold=True)
    y = page.para(
        60, y + 20, 475, "项目合同及技术规范书、国家及行业相关技术标准、经批准的实施方案、系统测试报告。"
    )
    page.text(60, y + 4, "二、验收意见", 11, bold=True)
    y = page.para(
        60,
        y + 24,
        475,
        "验收组听取了承建单位的项目实施情况汇报，查阅了项目文档，对系统功能和性能进行了现场测试。"
        "项目已按合同约定完成设备供货、安装调试及软件部署，系统运行稳定，文档资料齐全。",
    )
    text, _ = CONCLUSIONS[verdict]
    page.text(60, y + 8, "三、验收结论：", 11, bold=True)
    page.text(150, y + 8, text, 11, bold=True)
    page.text(60, y + 40, "验收组成员签字：", 10.5)
    members = [("组长", "建设单位"), ("成员", "建设单位"), ("成员", "行业专家"), ("成员", "承建单位")]
    if supervisor:
        members.append(("成员", "监理单位"))
    rows = [[Cell(h, "c", bold=True) for h in ("职务", "姓名", "单位", "职称", "签字")]]
    for role, unit in members:
        rows.append(
            [
                Cell(role, "c"),
                Cell(rng.choice("王李张刘陈马艾") + rng.choice(["明", "立新", "娟", "海涛", "江"]), "c"),
                unit,
                Cell(rng.choice(["高级工程师", "工程师", "副研究员"]), "c"),
                "",
            ]
        )
    boxes = page.table(60, y + 52, (50, 80, 140, 95, 110), rows, size=9, row_h=22)
    for row in boxes[1:]:
        sig = row[-1]
        page.image((sig.x0 + 8, sig.y0 + 2, sig.x0 + 80, sig.y1 - 2), ink.scribble_signature(rng))
    y = boxes[-1][0].y1 + 40
    page.text(330, y, "建设单位（盖章）", 10.5)
    page.text(330, y + 46, blocks.cn_date(day), 10.5)
    blocks.seal_at(
        page,
        400 + rng.uniform(-8, 8),
        y + 18,
        ink.round_seal(project.client.name, rng, "", "6531010076" + str(rng.randint(100, 999))),
    )
    fields: dict[str, object] = {
        "project_name": name,
        "party_a": project.client.name,
        "party_b": company.name,
        "accepted_on": day.isoformat(),
        "conclusion": CONCLUSIONS[verdict][1],
        "has_seal": True,
    }
    if supervisor:
        fields["third_party"] = supervisor
    return Built(doc, "acceptance_report", fields, marks={"date": 0, "first": 0}, label=stage)


def _qr_png(payload: str) -> bytes:
    matrix = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
    image = matrix.to_image(scale=6)
    buffer = io.BytesIO()
    Image.fromarray(image).save(buffer, format="PNG") if not isinstance(image, Image.Image) else image.save(
        buffer, format="PNG"
    )
    return buffer.getvalue()


def invoice(
    project: ProjectSpec,
    company: Company,
    rng: random.Random,
    total: Decimal,
    day: dt.date,
    digital: bool = True,
    item: str = "*信息技术服务*系统集成服务",
) -> Built:
    """An invoice (landscape): 数电 全面数字化的电子发票 or a 增值税专用发票 with code and number."""
    doc = pymupdf.open()
    page = Sheet(doc, size=(640, 420))
    rate = Decimal("0.06") if "服务" in item else Decimal("0.13")
    net = (total / (1 + rate)).quantize(Decimal("0.01"))
    tax = total - net
    if digital:
        number = ids.invoice_number_digital(rng, day.year)
        page.center(46, "电子发票（增值税专用发票）", 17)
        page.text(450, 74, f"发票号码：{number}", 8.5)
        payload = f"01,32,,{number},{plain(net)},{day:%Y%m%d},,{rng.randint(1000, 9999):04X}"
    else:
        code = ids.invoice_code(rng, day.year)
        number = ids.serial(rng, 8)
        page.center(46, "新疆增值税专用发票", 17)
        page.text(450, 62, f"发票代码：{code}", 8.5)
        page.text(450, 74, f"发票号码：{number}", 8.5)
        payload = f"01,01,{code},{number},{plain(net)},{day:%Y%m%d},{ids.serial(rng, 20)},{rng.randint(1000, 9999):04X}"
    page.line(240, 54, 400, 54, 1.2)
    page.line(240, 57, 400, 57, 0.5)
    page.text(450, 86, f"开票日期：{blocks.cn_date_padded(day)}", 8.5)
    page.image((30, 22, 88, 80), _qr_png(payload))
    top = 96
    page.rect((30, top, 610, 362), 0.8)
    page.line(320, top, 320, top + 62)
    page.text(38, top + 16, "购", 9, color=RED)
    page.text(38, top + 32, "买", 9, color=RED)
    page.text(38, top + 48, "方", 9, color=RED)
    page.text(328, top + 16, "销", 9, color=RED)
    page.text(328, top + 32, "售", 9, color=RED)
    page.text(328, top + 48, "方", 9, color=RED)
    page.line(52, top, 52, top + 62)
    page.line(342, top, 342, top + 62)
    client = project.client
    buyer_lines = page.wrap(f"名称：{client.name}", 262, 8.5)
    for k, line in enumerate(buyer_lines[:2]):
        page.text(58, top + 16 + k * 11, line, 8.5)
    page.text(58, top + 46, "统一社会信用代码/纳税人识别号：" + "11653100" + ids.serial(rng, 9) + "X", 8)
    page.text(348, top + 20, f"名称：{company.name}", 8.5)
    page.text(348, top + 46, f"统一社会信用代码/纳税人识别号：{company.credit_code}", 8)
    page.line(30, top + 62, 610, top + 62)
    heads = (
        ("项目名称", 40),
        ("规格型号", 190),
        ("单位", 250),
        ("数量", 290),
        ("单价", 340),
        ("金额", 420),
        ("税率/征收率", 480),
        ("税额", 560),
    )
    for text, x in heads:
        page.text(x, top + 78, text, 8.5)
    page.text(40, top + 96, item, 8.5)
    page.text(250, top + 96, "项", 8.5)
    page.text(295, top + 96, "1", 8.5, font=SERIF)
    page.text(330, top + 96, yuan(net).replace(",", ""), 8, font=SERIF)
    page.text(412, top + 96, yuan(net).replace(",", ""), 8, font=SERIF)
    page.text(490, top + 96, f"{int(rate * 100)}%", 8.5)
    page.text(552, top + 96, yuan(tax).replace(",", ""), 8, font=SERIF)
    page.text(60, top + 190, "合        计", 8.5)
    page.text(405, top + 190, f"¥{yuan(net).replace(',', '')}", 8.5, font=SERIF)
    page.text(545, top + 190, f"¥{yuan(tax).replace(',', '')}", 8.5, font=SERIF)
    page.line(30, top + 198, 610, top + 198)
    page.text(40, top + 216, "价税合计（大写）", 8.5)
    page.text(140, top + 216, "ⓧ " + capital(total), 9)
    page.text(440, top + 216, "（小写）", 8.5)
    page.text(480, top + 216, f"¥{yuan(total).replace(',', '')}", 9, font=SERIF)
    page.line(30, top + 226, 610, top + 226)
    page.text(40, top + 246, f"备注：项目名称：{project.name}"[:48], 8)
    page.text(40, 382, f"开票人：{rng.choice(['古丽', '王芳', '李娜', '马燕'])}", 8.5)
    seal = ink.oval_seal(f"{company.name}\n{company.credit_code}", rng)
    page.image((470, 330, 600, 418), seal)
    fields = {
        "invoice_number": number,
        "issued_on": day.isoformat(),
        "buyer": client.name,
        "seller": company.name,
        "total_amount": plain(total),
        "qr": payload,
    }
    return Built(doc, "invoice", fields, marks={"first": 0, "amount": 0}, label="发票")
