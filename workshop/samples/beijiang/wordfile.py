"""A 软件开发合同 delivered as a Word file (.docx): paragraphs, a parties' table, electronic seals as pictures."""

from __future__ import annotations

import io
import random

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from . import ink
from .cast import Firm, Paper, Proj
from .numerals import capital, cn_date, figure, money


def _font(run, size: float = 10.5, bold: bool = False) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "宋体"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def software_contract_docx(
    firm: Firm, p: Proj, rng: random.Random, *, sep: bool = True
) -> tuple[bytes, Paper]:
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.6)
    amount = p.amount
    words = capital(amount)

    def para(
        text: str, size: float = 10.5, bold: bool = False, center: bool = False, indent: bool = True
    ) -> None:
        par = d.add_paragraph()
        if center:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif indent:
            par.paragraph_format.first_line_indent = Pt(size * 2)
        par.paragraph_format.line_spacing = 1.5
        _font(par.add_run(text), size, bold)

    para("软件开发合同", 22, True, center=True)
    para(f"合同编号：{p.number}", indent=False)
    para(f"项目名称：{p.name}", indent=False)
    para(f"甲方（委托方）：{p.client.name}", indent=False)
    para(f"乙方（开发方）：{firm.name}", indent=False)
    para("甲乙双方本着平等互利的原则，经友好协商，就甲方委托乙方开发软件事宜，达成如下协议：")
    para("第一条 开发内容", bold=True, indent=False)
    para(
        f"乙方按照甲方确认的《需求规格说明书》为甲方开发“{p.name}”所需的应用软件，包括业务管理、统计分析、移动端应用及接口服务，"
        "并完成部署、试运行和培训。"
    )
    para("第二条 开发周期", bold=True, indent=False)
    para(f"自合同签订之日起{p.days}日内完成开发并交付试运行。")
    para("第三条 合同金额及支付", bold=True, indent=False)
    para(
        f"本合同总金额为人民币{words}（¥{figure(amount, sep)}元），含税。合同签订后支付40%，系统上线试运行后支付40%，"
        "验收合格后支付20%。"
    )
    para("第四条 知识产权", bold=True, indent=False)
    para(
        "本合同项下开发的软件著作权归甲方所有，乙方享有署名权；乙方原有的通用组件著作权仍归乙方所有，甲方享有永久使用权。"
    )
    para("第五条 验收", bold=True, indent=False)
    para("软件试运行满一个月后，由甲方按照需求规格说明书组织验收，验收合格后签署验收报告。")
    para("第六条 其他", bold=True, indent=False)
    para("本合同一式肆份，双方各执贰份，自双方签字盖章之日起生效。")
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    left = [
        f"甲方（盖章）：{p.client.name}",
        f"法定代表人：{p.client.rep}",
        "授权代表（签字）：",
        f"电话：{p.client.phone}",
        f"签订日期：{cn_date(p.signed_on)}",
    ]
    right = [
        f"乙方（盖章）：{firm.name}",
        f"法定代表人：{firm.legal}",
        "授权代表（签字）：",
        f"电话：{firm.phone}",
        f"签订日期：{cn_date(p.signed_on)}",
    ]
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        for j, txt in enumerate((a, b)):
            cell = t.cell(i, j)
            _font(cell.paragraphs[0].add_run(txt), 10.5)
    for j, org in enumerate((p.client.name, firm.name)):
        pic = t.cell(2, j).add_paragraph().add_run()
        pic.add_picture(io.BytesIO(ink.seal_png(ink.SealSpec(org, "合同专用章"), rng, 300)), width=Cm(3.6))
    buf = io.BytesIO()
    d.core_properties.author = firm.legal
    d.save(buf)
    fields = {
        "project_name": p.name,
        "contract_number": p.number,
        "party_a": p.client.name,
        "party_b": firm.name,
        "contract_amount": money(amount),
        "amount_in_words": "人民币" + words,
        "signed_on": p.signed_on,
        "has_seal": True,
    }
    return buf.getvalue(), Paper(None, "contract", fields, p.id, "软件开发合同")  # type: ignore[arg-type]
