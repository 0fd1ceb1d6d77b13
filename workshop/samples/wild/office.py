"""A contract written as a Word file (.docx): paragraphs, a parties table with label and value in
separate cells, a page break before the signatures, the seals pasted in as pictures."""

from __future__ import annotations

import io
import random

import docx
from docx.enum.text import WD_BREAK, WD_PARAGRAPH_ALIGNMENT
from docx.shared import Cm, Pt

from . import ink
from .contract import Terms, _amount_text, _fees_text, _truth
from .numerals import cn_date


def docx_contract(t: Terms, rng: random.Random) -> tuple[bytes, dict, int]:
    """The file's bytes, its truth fields and its page count (pages end at explicit page breaks)."""
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(10.5)
    title = d.add_paragraph()
    title.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
    run = title.add_run("信息化项目建设合同")
    run.bold = True
    run.font.size = Pt(20)
    d.add_paragraph(f"合同编号：{t.number}").alignment = WD_PARAGRAPH_ALIGNMENT.RIGHT
    table = d.add_table(rows=4, cols=2)
    table.style = "Table Grid"
    for row, (label, value) in zip(
        table.rows,
        (
            ("项目名称", t.name),
            ("甲方（采购单位）", t.a.name),
            ("乙方（服务单位）", t.b.name),
            ("项目类别", t.category),
        ),
        strict=True,
    ):
        row.cells[0].text = label
        row.cells[1].text = value
    d.add_paragraph(
        "甲乙双方根据《中华人民共和国民法典》及相关法律法规，经友好协商，就本项目的实施达成如下条款："
    )
    text, amount_truth = _amount_text(t)
    d.add_paragraph("第一条  合同价款：" + text + _fees_text(t))
    d.add_paragraph("第二条  实施周期：自合同签订之日起" + rng.choice(["60", "90", "150"]) + "日内完成。")
    d.add_paragraph("第三条  付款方式：合同签订后甲方支付合同价款的40%，验收合格后支付剩余款项。")
    d.add_paragraph(f"第四条  本合同于{cn_date(t.signed_on)}在乌鲁木齐签订，自双方盖章之日起生效。")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    sign = d.add_table(rows=6, cols=2)
    for col, (role, party) in enumerate((("甲方（盖章）：", t.a), ("乙方（盖章）：", t.b))):
        cells = [sign.rows[r].cells[col] for r in range(6)]
        cells[0].text = role + party.name
        pic = ink.seal(party.name, rng) if (t.seal_a if col == 0 else t.seal_b) else None
        if pic:
            cells[1].paragraphs[0].add_run().add_picture(io.BytesIO(pic), width=Cm(4))
        cells[2].text = f"开户银行：{party.bank}"
        cells[3].text = f"账号：{party.account}"
        cells[4].text = f"地址：{party.address}"
        cells[5].text = f"电话：{party.phone}"
    buf = io.BytesIO()
    d.core_properties.author = "Administrator"
    d.save(buf)
    return buf.getvalue(), _truth(t, amount_truth), 2
