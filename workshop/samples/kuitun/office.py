"""Word and Excel attachments: a 设备采购合同 .docx, a 验收报告 .docx and a 报价清单 .xlsx."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Border, Font, Side

from . import paint as pt
from .deals import Deal
from .people import capital, cn_date, figures

FIXED = dt.datetime(2024, 1, 1)


def _doc() -> DocxDocument:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "宋体"  # type: ignore[attr-defined]
    style.font.size = Pt(10.5)  # type: ignore[attr-defined]
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")  # type: ignore[union-attr]
    doc.core_properties.author = "Administrator"
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    return doc


def _title(doc: DocxDocument, s: str) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(s)
    run.bold = True
    run.font.size = Pt(16)


def _grid(table: object) -> None:
    table.style = "Table Grid"  # type: ignore[attr-defined]


def contract_docx(path: Path, d: Deal, signed_seals: bool = True) -> None:
    """设备采购合同 in Word: 买方/卖方 paragraphs, 供货清单 table with 合计, price clause, a signature table with
    seal pictures."""
    doc = _doc()
    _title(doc, f"{d.subject.replace('项目', '')}合同")
    p = doc.add_paragraph(f"合同编号：{d.number}")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(f"买方：{d.client.name}")
    doc.add_paragraph(f"卖方：{d.firm.name}")
    doc.add_paragraph(
        f"买卖双方根据《中华人民共和国民法典》及相关法律法规，就“{d.name}”货物供应及安装事宜，经协商一致，订立本合同。"
    )
    doc.add_paragraph("第一条  供货清单")
    rows = [["序号", "货物名称", "品牌及型号", "单位", "数量", "单价（元）", "金额（元）"]]
    for i, it in enumerate(d.items, 1):
        rows.append([str(i), it.name, it.model, it.unit, str(it.qty), figures(it.price), figures(it.total)])
    rows.append(
        [str(len(d.items) + 1), "安装调试及系统集成", "—", "项", "1", figures(d.install), figures(d.install)]
    )
    rows.append(["合计", "", "", "", "", "", figures(d.amount)])
    t = doc.add_table(rows=len(rows), cols=7)
    _grid(t)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    doc.add_paragraph(
        f"第二条  合同总价：人民币（大写）{capital(d.amount)}（小写：¥{figures(d.amount)}元）。"
    )
    for s in (
        "第三条  交货：卖方应于合同签订后30日内将货物运至买方指定地点并完成安装调试。",
        "第四条  验收：货物安装调试完成后，买方组织验收，双方签署验收单。",
        "第五条  付款：合同签订后支付合同总价的30%，验收合格后支付至95%，剩余5%为质保金，质保期满后付清。",
        "第六条  本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。",
    ):
        doc.add_paragraph(s)
    sig = doc.add_table(rows=5, cols=2)
    _grid(sig)
    for col, p_ in enumerate((d.client, d.firm)):
        role = "买方（盖章）" if col == 0 else "卖方（盖章）"
        sig.cell(0, col).text = f"{role}：{p_.name}"
        if signed_seals:
            run = sig.cell(0, col).add_paragraph().add_run()
            run.add_picture(
                io.BytesIO(pt.seal_png(p_.name, "" if col == 0 else "合同专用章", seed=col)), width=Cm(3.6)
            )
        sig.cell(1, col).text = f"法定代表人或授权代表：{p_.legal}"
        sig.cell(2, col).text = f"开户银行：{p_.bank}"
        sig.cell(3, col).text = f"账号：{p_.account}"
        sig.cell(4, col).text = f"签订日期：{cn_date(d.signed)}"
    doc.save(str(path))


def acceptance_docx(path: Path, d: Deal, accepted: dt.date) -> None:
    """项目验收报告 in Word: label/value table, conclusion, both seals as pictures."""
    doc = _doc()
    _title(doc, "项目验收报告")
    t = doc.add_table(rows=6, cols=4)
    _grid(t)
    cells = [
        ("项目名称", d.name, "合同编号", d.number),
        ("采购单位", d.client.name, "供货单位", d.firm.name),
        ("验收日期", cn_date(accepted), "验收地点", d.client.name),
    ]
    for r, row in enumerate(cells):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    t.cell(3, 0).text = "验收内容"
    t.cell(3, 1).merge(t.cell(3, 3)).text = "货物数量、品牌型号、技术参数核对，安装调试及系统运行情况。"
    t.cell(4, 0).text = "验收结论"
    t.cell(4, 1).merge(
        t.cell(4, 3)
    ).text = "所供货物及安装调试符合合同约定，系统运行正常，验收合格，同意通过验收。"
    t.cell(5, 0).text = "签章"
    t.cell(5, 1).text = "采购单位（盖章）："
    t.cell(5, 1).add_paragraph().add_run().add_picture(
        io.BytesIO(pt.seal_png(d.client.name, seed=1)), width=Cm(3.4)
    )
    t.cell(5, 2).merge(t.cell(5, 3)).text = "供货单位（盖章）："
    t.cell(5, 2).add_paragraph().add_run().add_picture(
        io.BytesIO(pt.seal_png(d.firm.name, "合同专用章", seed=2)), width=Cm(3.4)
    )
    doc.add_paragraph(f"日期：{cn_date(accepted)}")
    doc.save(str(path))


def price_xlsx(path: Path, d: Deal) -> None:
    """报价清单 workbook: one sheet with the goods, the installation line and a 合计 row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "报价清单"
    ws.append([f"{d.name}报价清单"])
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([f"报价单位：{d.firm.name}", "", "", "", "", "单位：元", ""])
    ws.append(["序号", "货物名称", "品牌及型号", "单位", "数量", "单价", "金额"])
    for i, it in enumerate(d.items, 1):
        ws.append([i, it.name, it.model, it.unit, it.qty, float(it.price), float(it.total)])
    n = len(d.items)
    ws.append([n + 1, "安装调试及系统集成", "—", "项", 1, float(d.install), float(d.install)])
    ws.append(["合计", "", "", "", "", "", float(d.amount)])
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=3, max_row=ws.max_row):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            if cell.column >= 6 and isinstance(cell.value, float):
                cell.number_format = "#,##0.00"
    for col, wdt in zip("ABCDEFG", (6, 18, 26, 6, 6, 12, 14), strict=True):
        ws.column_dimensions[col].width = wdt
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(str(path))
