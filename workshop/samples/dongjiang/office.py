"""Office files: the declaration as a workbook (CONTRACT 1.2), a quotation workbook and a Word acceptance report."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

from .model import FEE_CN, FEE_KEYS, Project

XLSX_HEADERS = [
    "序号",
    "项目名称",
    "甲方单位",
    "合同签订日期",
    "验收日期",
    "项目所属领域",
    "项目实施地",
    "软件开发费",
    "咨询设计费",
    "集成实施费",
    "运行维护费",
    "数据处理费",
    "运营服务费",
    "软件和信息技术服务费合计",
    "自制硬件费",
    "硬件购置费",
    "软件购置费",
    "其他",
    "合同金额",
]
_ROW_KEYS = [*FEE_KEYS[:6], "services_total", *FEE_KEYS[6:], "contract_amount"]


def declaration_xlsx(path: Path, decl: dict[str, Any], unit: str = "万元") -> None:
    """The declaration as reviewers export it; money columns of 项目汇总 carry ``unit`` in their header."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    ent = decl["enterprise"]
    ws.append(["字段", "值"])
    rows = [
        ("企业名称", ent["name"]),
        ("统一社会信用代码", ent["credit_code"]),
        ("法定代表人", ent["legal_representative"]),
        ("注册资本", ent["registered_capital"]),
        ("成立日期", ent["established_on"]),
        ("资质等级", ent["grade"]),
        ("年检年度", ent["inspection_year"]),
        ("技术人员总数", ent["staff"]["technical_total"]),
        ("持证人员总数", ent["staff"]["certified_total"]),
    ]
    for r in rows:
        ws.append(list(r))
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 44
    ws2 = wb.create_sheet("经营情况")
    ws2.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for f in decl["finance"]:
        ws2.append(
            [
                f["year"],
                float(f["operating_revenue"]),
                float(f["system_integration_revenue"]),
                float(f["net_profit"]),
            ]
        )
    ws3 = wb.create_sheet("项目汇总")
    div = Decimal(10000) if unit == "万元" else Decimal(1)
    money_cols = set(XLSX_HEADERS[7:])
    ws3.append([f"{h}({unit})" if h in money_cols else h for h in XLSX_HEADERS])
    for c in ws3[1]:
        c.font = Font(bold=True)
    for i, p in enumerate(decl["projects"], 1):
        vals: list[Any] = [
            i,
            p["name"],
            p["client"],
            p["signed_on"],
            p["accepted_on"],
            p["field"],
            p["location"],
        ]
        for key in _ROW_KEYS:
            raw = p[key] if key in ("services_total", "contract_amount") else p["fees"][key]
            vals.append(float((Decimal(raw) / div).quantize(Decimal("0.01"))))
        ws3.append(vals)
    for col, w in zip("ABC", (6, 46, 34), strict=True):
        ws3.column_dimensions[col].width = w
    wb.save(path)


def quote_xlsx(p: Project, seller: str) -> bytes:
    """分项报价表 as the company keeps it: a workbook beside the contract scan."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "分项报价"
    ws.append([f"{p.name} 分项报价表"])
    ws.append([f"报价单位：{seller}", "", "", "单位：元"])
    ws.append(["序号", "费用类别", "金额", "备注"])
    total = Decimal(0)
    for i, k in enumerate([k for k in FEE_KEYS if p.fees[k]], 1):
        ws.append([i, FEE_CN[k], float(p.fees[k]), ""])
        total += p.fees[k]
    ws.append(["", "合计", float(total), ""])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def acceptance_docx(p: Project, seller: str, accepted_text: str, conclusion: str) -> bytes:
    """The Word version of an acceptance report, as a company sometimes uploads it."""
    import docx

    d = docx.Document()
    d.add_heading("项目验收报告", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in (
        ("项目名称", p.name),
        ("建设单位", p.client.name),
        ("承建单位", seller),
        ("验收日期", accepted_text),
        ("验收结论", conclusion),
    ):
        row = t.add_row().cells
        row[0].text = a
        row[1].text = b
    d.add_paragraph("建设单位（盖章）：                承建单位（盖章）：")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
