"""Word and Excel files: a .docx contract (python-docx), a 分项报价 workbook, declaration.xlsx (CONTRACT 1.2)."""

from __future__ import annotations

import io
import random
from typing import Any

import docx
import openpyxl
from docx.shared import Cm, Pt

from . import people as P
from .docs import FEE_LABELS, Deal
from .paint import seal_png


def docx_contract(deal: Deal, rng: random.Random) -> bytes:
    """软件开发及系统集成合同 as Word: paragraphs, a parties table with the amount, seals as pictures."""
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "宋体"  # type: ignore[attr-defined]
    style.font.size = Pt(11)  # type: ignore[attr-defined]
    d.add_heading("软件开发及系统集成合同", level=0)
    d.add_paragraph(f"合同编号：{deal.number}")
    d.add_paragraph(f"项目名称：{deal.name}")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (
        ("甲方（委托方）", deal.client.full),
        ("乙方（承接方）", deal.firm.name),
        ("乙方统一社会信用代码", deal.firm.code),
        ("合同总金额（小写）", f"¥{P.fig(deal.amount)}元"),
        ("合同总金额（大写）", f"人民币{P.words(deal.amount)}"),
        ("签订日期", P.cn_date(deal.signed)),
    ):
        row = t.add_row().cells
        row[0].text, row[1].text = k, v
    d.add_paragraph("")
    for clause in (
        f"第一条 乙方为甲方实施{deal.name}，内容包括应用软件开发、硬件设备供货及系统集成实施，分项报价详见附件《分项报价表》。",
        "第二条 付款方式：合同签订后支付合同总金额的30%，系统上线试运行后支付50%，验收合格后支付20%。",
        "第三条 乙方应于合同签订后150日内完成建设并提请验收，甲方在收到申请后15个工作日内组织验收。",
        "第四条 乙方对所交付软件提供两年免费维护，硬件设备按原厂标准保修。",
        "第五条 本合同一式肆份，双方各执贰份，经双方法定代表人或授权代表签字并加盖公章后生效。",
    ):
        d.add_paragraph(clause)
    sig = d.add_table(rows=2, cols=2)
    sig.cell(0, 0).text = f"甲方（盖章）：{deal.client.full}"
    sig.cell(0, 1).text = f"乙方（盖章）：{deal.firm.name}"
    sig.cell(1, 0).paragraphs[0].add_run().add_picture(
        io.BytesIO(seal_png(deal.client.full, "合同专用章")), width=Cm(3.8)
    )
    sig.cell(1, 1).paragraphs[0].add_run().add_picture(
        io.BytesIO(seal_png(deal.firm.name, "合同专用章")), width=Cm(3.8)
    )
    d.add_paragraph(f"甲方代表：{P.person(rng)}        乙方代表：{deal.firm.rep}")
    d.add_paragraph(f"签订日期：{P.cn_date(deal.signed)}")
    d.core_properties.author = deal.firm.rep
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def quotation_xlsx(deal: Deal) -> bytes:
    """分项报价表 as a workbook: one line per fee, 合计 = contract amount."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "分项报价"
    ws.append([f"{deal.name} 分项报价表"])
    ws.append([f"报价单位：{deal.firm.name}", "", "", "单位：元"])
    ws.append(["序号", "费用名称", "说明", "金额（元）"])
    for i, (k, v) in enumerate(deal.fees.items(), start=1):
        ws.append([i, FEE_LABELS[k], "含税", float(v)])
        ws.cell(ws.max_row, 4).number_format = "#,##0.00"
    ws.append(["", "合计", "", float(deal.amount)])
    ws.cell(ws.max_row, 4).number_format = "#,##0.00"
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["D"].width = 18
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


PROJECT_HEADERS = [
    "序号", "项目名称", "甲方单位", "合同签订日期", "验收日期", "项目所属领域", "项目实施地", "软件开发费", "咨询设计费",
    "集成实施费", "运行维护费", "数据处理费", "运营服务费", "软件和信息技术服务费合计", "自制硬件费", "硬件购置费",
    "软件购置费", "其他", "合同金额",
]  # fmt: skip
_FEE_ORDER = [
    "software_development", "consulting_design", "integration_implementation", "operation_maintenance",
    "data_processing", "operation_service",
]  # fmt: skip


def declaration_xlsx(decl: dict[str, Any]) -> bytes:
    """The declaration as the reviewers' export: 企业信息, 经营情况, 项目汇总 (money in 元)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    e = decl["enterprise"]
    ws.append(["字段", "值"])
    for k, v in (
        ("企业名称", e["name"]),
        ("统一社会信用代码", e["credit_code"]),
        ("法定代表人", e["legal_representative"]),
        ("注册资本", e["registered_capital"]),
        ("成立日期", e["established_on"]),
        ("资质等级", e["grade"]),
        ("年检年度", e["inspection_year"]),
        ("技术人员总数", e["staff"]["technical_total"]),
        ("持证人员总数", e["staff"]["certified_total"]),
    ):
        ws.append([k, v])
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for row in decl["finance"]:
        fin.append(
            [row["year"], row["operating_revenue"], row["system_integration_revenue"], row["net_profit"]]
        )
    pr = wb.create_sheet("项目汇总")
    pr.append([h if i < 7 else f"{h}（元）" for i, h in enumerate(PROJECT_HEADERS)])
    for i, p in enumerate(decl["projects"], start=1):
        f = p["fees"]
        pr.append(
            [i, p["name"], p["client"], p["signed_on"], p["accepted_on"], p["field"], p["location"]]
            + [f[k] for k in _FEE_ORDER]
            + [
                p["services_total"],
                f["self_made_hardware"],
                f["hardware_purchase"],
                f["software_purchase"],
                f["other"],
            ]
            + [p["contract_amount"]]
        )
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
