"""Word and Excel files built in the test with python-docx and openpyxl (shared helper, not a test)."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml

CONTRACT_ROWS = [
    ("甲方（采购人）：", "乌鲁木齐市某区数据局"),
    ("乙方（供应商）：", "新疆天山云数信息技术有限公司"),
    ("合同总价：", "人民币贰佰万元整（¥2,000,000.00）"),
    ("签订日期：", "2024年3月5日"),
]

DECLARATION = {
    "enterprise": {
        "name": "新疆天山云数信息技术有限公司",
        "credit_code": "91650100MA78XXXXX1",
        "inspection_year": 2024,
        "grade": "乙",
    },
    "projects": [
        {
            "id": "P1",
            "name": "乌鲁木齐市某区政务云平台建设项目",
            "client": "乌鲁木齐市某区数据局",
            "signed_on": "2024-03-05",
            "accepted_on": "2024-11-20",
            "fees": {"software_development": "1200000.00", "hardware_purchase": "800000.00"},
            "services_total": "1200000.00",
            "contract_amount": "2000000.00",
        }
    ],
}

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def text_box_run(text: str) -> object:
    """A run holding a text box the way Word writes one: DrawingML choice plus a VML fallback copy."""
    return parse_xml(
        f"<w:r {_NS}><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t>'
        "</w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def deleted_run(text: str) -> object:
    """A tracked deletion: shown struck through in review mode, gone from the document."""
    return parse_xml(f'<w:del {_NS} w:id="1" w:author="x"><w:r><w:delText>{text}</w:delText></w:r></w:del>')


def contract_docx(*, hidden: str | None = None, signature_page: bool = True) -> bytes:
    """A contract whose parties, amount and date sit in a two-column table, as Word contracts have them."""
    document = docx.Document()
    document.add_heading("乌鲁木齐市某区政务云平台建设项目合同书", 1)
    document.sections[0].header.paragraphs[0].text = "合同编号：XJ-ZW-2024-017"
    table = document.add_table(rows=len(CONTRACT_ROWS), cols=2)
    for r, (label, value) in enumerate(CONTRACT_ROWS):
        table.cell(r, 0).text = label
        table.cell(r, 1).text = value
    paragraph = document.add_paragraph("甲方应于合同签订后十个工作日内支付预付款。")
    if hidden:
        paragraph.add_run(hidden).font.hidden = True
    if signature_page:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_paragraph("甲方（盖章）：  乙方（盖章）：")
    document.sections[0].footer.paragraphs[0].text = "第 1 页"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_bytes(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def statement_xlsx() -> bytes:
    """A small income statement: a formula whose cached value is the figure, formats, a hidden sheet."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "利润表"
    sheet.append(["利润表"])
    sheet.append(["编制单位：新疆天山云数信息技术有限公司", None, "2024年度"])
    sheet.append(["项目", "本期金额", "上期金额"])
    sheet.append(["营业收入", 52300000, 41000000.5])
    sheet.append(["营业成本", 40000000, 30000000])
    sheet.append(["净利润", 2450000, 1000000])
    for row in range(4, 7):
        for col in ("B", "C"):
            sheet[f"{col}{row}"].number_format = "#,##0.00"
    sheet.append(["报出日期", None, None])
    import datetime as dt

    sheet["B7"] = dt.date(2025, 3, 5)
    hidden = workbook.create_sheet("底稿")
    hidden.append(["隐藏的工作表", 99999999])
    hidden.sheet_state = "hidden"
    other = workbook.create_sheet("附注")
    other.append(["附注一", "公司基本情况"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    # openpyxl writes no cached value for a formula; write the row as Excel does, formula and value.
    return with_formula(buffer.getvalue(), "B6", "B4-B5-B99", "2450000")


def with_formula(data: bytes, ref: str, formula: str, cached: str) -> bytes:
    """The workbook with cell ``ref`` of the first sheet holding ``formula`` and its cached value."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = content.decode()
                text = re.sub(
                    rf'<c r="{ref}"([^>]*)><v>[^<]*</v></c>',
                    rf'<c r="{ref}"\1><f>{formula}</f><v>{cached}</v></c>',
                    text,
                )
                content = text.encode()
            target.writestr(info, content)
    return out.getvalue()


def submission(folder: Path, files: dict[str, bytes]) -> Path:
    """A submission folder with the declaration and the given attachments."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "declaration.json").write_text(json.dumps(DECLARATION, ensure_ascii=False), encoding="utf-8")
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder
