"""A contract uploaded as the Word file it was typed in: no seal, no signature, one page of
key terms with the fee table. The checker is expected to say SEAL_MISSING on it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from .contract import FEE_LABELS, Deal
from .numerals import cn_date, grouped, plain


def _font(run: object, size: float, bold: bool = False) -> None:
    r = run  # a docx Run
    r.font.size = Pt(size)  # type: ignore[attr-defined]
    r.font.bold = bold  # type: ignore[attr-defined]
    r.font.name = "宋体"  # type: ignore[attr-defined]
    r._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")  # type: ignore[attr-defined]


def contract_docx(d: Deal, path: Path) -> dict[str, object]:
    """Write the contract; returns its truth fields."""
    doc = Document()
    for section in doc.sections:
        section.top_margin = Pt(54)
        section.bottom_margin = Pt(54)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run("系统集成服务合同"), 18, bold=True)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(p.add_run(f"合同编号：{d.number}"), 10.5)
    for text in (
        f"甲方：{d.a.name}",
        f"乙方：{d.b.name}",
        f"项目名称：{d.name}",
        f"经甲乙双方友好协商，就{d.name}的实施达成如下条款：",
        f"一、合同金额：人民币{d.words}（¥{grouped(d.amount)}），含税。费用构成如下：",
    ):
        _font(doc.add_paragraph().add_run(text), 10.5)
    keys = [k for k, v in d.fees.items() if v]
    table = doc.add_table(rows=len(keys) + 2, cols=3)
    table.style = "Table Grid"
    for j, h in enumerate(("序号", "费用名称", "金额（元）")):
        _font(table.cell(0, j).paragraphs[0].add_run(h), 10, bold=True)
    for i, k in enumerate(keys, start=1):
        _font(table.cell(i, 0).paragraphs[0].add_run(str(i)), 10)
        _font(table.cell(i, 1).paragraphs[0].add_run(FEE_LABELS[k]), 10)
        _font(table.cell(i, 2).paragraphs[0].add_run(grouped(d.fees[k])), 10)
    _font(table.cell(len(keys) + 1, 1).paragraphs[0].add_run("合计"), 10, bold=True)
    _font(table.cell(len(keys) + 1, 2).paragraphs[0].add_run(grouped(d.amount)), 10, bold=True)
    for text in (
        f"二、实施期限：{cn_date(d.start)}至{cn_date(d.finish)}。",
        "三、付款方式：合同签订后支付30%，验收合格后支付65%，余款5%质保期满后支付。",
        "四、验收：乙方完成全部工作后提出验收申请，甲方组织验收并出具验收单。",
        "五、本合同一式四份，双方各执两份，自双方签字盖章之日起生效。",
        "",
        f"甲方（盖章）：{d.a.name}　　　　乙方（盖章）：{d.b.name}",
        "法定代表人或授权代表（签字）：　　　　法定代表人或授权代表（签字）：",
        f"签订日期：{cn_date(d.signed)}",
    ):
        _font(doc.add_paragraph().add_run(text), 10.5)
    typed = dt.datetime.combine(d.signed, dt.time(9, 30))
    doc.core_properties.created = typed
    doc.core_properties.modified = typed
    doc.core_properties.last_modified_by = ""
    doc.core_properties.author = d.b.agent
    doc.save(str(path))
    _fix_zip_times(path, typed)
    return {
        "project_name": d.name,
        "contract_number": d.number,
        "party_a": d.a.name,
        "party_b": d.b.name,
        "contract_amount": plain(d.amount),
        "amount_in_words": d.words,
        "signed_on": d.signed.isoformat(),
        "fees": {k: plain(v) for k, v in d.fees.items() if v},
    }


def _fix_zip_times(path: Path, when: dt.datetime) -> None:
    """Rewrite the .docx zip with one fixed time on every entry, so that a seed fixes every byte."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        items = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            fixed = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(fixed, data)
