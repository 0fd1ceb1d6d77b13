"""Selfcheck of a written gongliu corpus, without the checker.

    python -m jianzheng_workshop.samples.gongliu.selfcheck DIR

For every filing under DIR (a folder holding truth.json): the declaration and truth validate; the fee
identities hold; the credit code passes GB 32100; every attachment is in truth with all its pages exactly
once, opens, and has a text layer exactly when it is not a scan; every truth field is printed on its
document's pages (and, on born-digital pages, in the text layer); the ordinary papers agree with the
declaration; and the audit findings this module derives on its own from the printed figures, opinions
and years are exactly the truth's findings (code, file, page). Exits 1 on any problem.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf
from PIL import Image

from jianzheng.models import Declaration, Truth

from .filing import read_declaration
from .world import agree, credit_code_valid, read_capital, ymd, ymd0

REVENUE_LABELS = ("一、营业收入", "其中：营业收入")
NET_LABELS = ("四、净利润", "五、净利润")
SI_PARTS = ("信息系统集成服务", "软件开发服务", "运行维护服务")
PRIOR_HEADERS = ("上期金额", "上年金额")


class Failure(Exception):
    """The corpus is not internally consistent."""


def _compact(s: str) -> str:
    return "".join(s.split())


def _require(ok: bool, message: str) -> None:
    if not ok:
        raise Failure(message)


def _unit_precision(unit: Decimal) -> Decimal:
    return {Decimal(1): Decimal("0.01"), Decimal(1000): Decimal(1000), Decimal(10000): Decimal(100)}[unit]


class Filing:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.sub = root / "submission"
        self.truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
        self.printed: dict[str, Any] = json.loads((root / "printed.json").read_text(encoding="utf-8"))
        self.decl, self.precision = read_declaration(self.sub)
        self.text_layers: dict[tuple[str, int], str] = {}

    def runs_text(self, file: str, pages: list[int]) -> str:
        recs = self.printed["files"][file]
        return "".join(_compact(r["text"]) for p in pages for r in recs[p - 1]["runs"])

    def layer(self, file: str, page: int) -> str:
        return self.text_layers.get((file, page), "")


def _check_declaration(f: Filing) -> None:
    d: Declaration = f.decl
    _require(
        d.enterprise.credit_code is not None and credit_code_valid(d.enterprise.credit_code),
        "declared credit code fails GB 32100",
    )
    for p in d.projects:
        _require(p.services_total == p.fees.services_sum(), f"{p.id}: services_total breaks the identity")
        _require(p.contract_amount == p.fees.total(), f"{p.id}: contract_amount breaks the identity")
        _require(p.signed_on is not None and p.accepted_on is not None, f"{p.id}: dates missing")
        assert p.signed_on is not None and p.accepted_on is not None
        _require(p.signed_on < p.accepted_on, f"{p.id}: accepted before signing")
        _require(p.accepted_on.year == d.enterprise.inspection_year, f"{p.id}: accepted outside the year")
    years = [r.year for r in d.finance]
    _require(len(years) == len(set(years)) and bool(years), "finance years empty or repeated")


def _check_files(f: Filing) -> None:
    attachments = sorted(
        str(p.relative_to(f.sub))
        for p in f.sub.rglob("*")
        if p.is_file() and not p.name.startswith("declaration.")
    )
    truth_files = sorted({p.file for p in f.truth.pages})
    _require(attachments == truth_files, f"attachments {attachments} != truth files {truth_files}")
    _require(sorted(f.printed["files"]) == truth_files, "printed.json files differ from truth")
    seen: set[tuple[str, int]] = set()
    for page in f.truth.pages:
        key = (page.file, page.page)
        _require(key not in seen, f"page {key} twice in truth")
        seen.add(key)
    for rel in attachments:
        path = f.sub / rel
        if rel.endswith(".pdf"):
            with pymupdf.open(path) as doc:
                count = doc.page_count
                for i in range(count):
                    f.text_layers[(rel, i + 1)] = _compact(doc[i].get_text())
        else:
            with Image.open(path) as img:
                img.load()
            count = 1
        pages = sorted(p.page for p in f.truth.pages if p.file == rel)
        _require(pages == list(range(1, count + 1)), f"{rel}: truth pages {pages}, file has {count}")
        _require(len(f.printed["files"][rel]) == count, f"{rel}: printed.json page count")
        for p in f.truth.pages:
            if p.file != rel:
                continue
            has_text = bool(f.layer(rel, p.page))
            _require(has_text != p.scanned, f"{rel} p{p.page}: scanned={p.scanned} but text layer={has_text}")
    docs = {d.id: d for d in f.truth.documents}
    _require(len(docs) == len(f.truth.documents), "document ids repeat")
    for p in f.truth.pages:
        d = docs[p.document]
        _require(
            d.file == p.file and p.page in d.pages and d.type == p.type,
            f"page {p.file} p{p.page} disagrees with {d.id}",
        )
    for d in f.truth.documents:
        _require(
            d.pages == list(range(d.pages[0], d.pages[0] + len(d.pages))), f"{d.id}: pages not consecutive"
        )


def _printed(f: Filing, file: str, pages: list[int], needle: str, what: str) -> None:
    text = f.runs_text(file, pages)
    _require(_compact(needle) in text, f"{file} {pages}: {what} {needle!r} not printed")
    born = [p for p in pages if f.layer(file, p)]
    if born:
        layer = "".join(f.layer(file, p) for p in born)
        _require(_compact(needle) in layer, f"{file} {pages}: {what} {needle!r} not in the text layer")


def _check_papers(f: Filing) -> None:
    d = f.decl
    ent = d.enterprise
    projects = {p.id: p for p in d.projects}
    licences = [x for x in f.truth.documents if x.type == "business_license"]
    _require(len(licences) == 1, "one licence expected")
    for doc in f.truth.documents:
        fl = doc.fields
        if doc.type == "business_license":
            for key in (
                "company_name",
                "credit_code",
                "legal_representative",
                "company_type",
                "address",
                "valid_until",
            ):
                _printed(f, doc.file, doc.pages, fl[key], key)
            _printed(f, doc.file, doc.pages, ymd0(_date(fl["established_on"])), "established_on")
            _require(
                fl["company_name"] == ent.name and fl["credit_code"] == ent.credit_code, "licence name/code"
            )
            _require(fl["legal_representative"] == ent.legal_representative, "licence representative")
            _require(Decimal(fl["registered_capital"]) == ent.registered_capital, "licence capital")
            _require(
                fl["established_on"] == str(ent.established_on) and fl["valid_until"] == "长期",
                "licence dates",
            )
            words = [r["text"] for r in f.printed["files"][doc.file][0]["runs"] if r["text"].endswith("元整")]
            _require(
                any(read_capital(w) == Decimal(fl["registered_capital"]) for w in words),
                "licence capital words",
            )
        elif doc.type == "contract":
            assert doc.project_id is not None
            row = projects[doc.project_id]
            amount = Decimal(fl["contract_amount"])
            _require(amount == row.contract_amount, f"{doc.id}: contract amount differs from the row")
            _require(read_capital(fl["amount_in_words"]) == amount, f"{doc.id}: 大写 does not read back")
            _printed(f, doc.file, doc.pages, f"¥{amount:,.2f}", "contract amount")
            _printed(f, doc.file, doc.pages, fl["amount_in_words"], "amount in words")
            for key, value in fl["fees"].items():
                _require(Decimal(value) == getattr(row.fees, key), f"{doc.id}: fee {key} differs")
                if Decimal(value):
                    _printed(f, doc.file, doc.pages, f"{Decimal(value):,.2f}", f"fee {key}")
            _require(fl["party_a"] == row.client and fl["party_b"] == ent.name, f"{doc.id}: parties")
            _require(
                fl["project_name"] == row.name and fl["signed_on"] == str(row.signed_on),
                f"{doc.id}: name/date",
            )
            for key in ("project_name", "contract_number", "party_a", "party_b"):
                _printed(f, doc.file, doc.pages, fl[key], key)
            _printed(f, doc.file, doc.pages, ymd(_date(fl["signed_on"])), "signed_on")
            _require(fl["has_seal"] is True and _seals(f, doc.file, doc.pages[-1]) >= 2, f"{doc.id}: seals")
        elif doc.type == "acceptance_report":
            assert doc.project_id is not None
            row = projects[doc.project_id]
            _require(
                fl["accepted_on"] == str(row.accepted_on) and fl["conclusion"] == "passed",
                f"{doc.id}: acceptance",
            )
            _require(fl["party_a"] == row.client and fl["party_b"] == ent.name, f"{doc.id}: parties")
            _printed(f, doc.file, doc.pages, ymd(_date(fl["accepted_on"])), "accepted_on")
            _printed(f, doc.file, doc.pages, "验收合格", "conclusion")
            _require(_seals(f, doc.file, doc.pages[0]) >= 2, f"{doc.id}: seals")
    contracts = {x.project_id for x in f.truth.documents if x.type == "contract"}
    accepts = {x.project_id for x in f.truth.documents if x.type == "acceptance_report"}
    _require(contracts == accepts == set(projects), "every project has one contract and one acceptance")


def _seals(f: Filing, file: str, page: int) -> int:
    return sum(m["kind"] == "seal" for m in f.printed["files"][file][page - 1]["marks"])


def _date(s: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(s)


def _cells(
    audit: dict[str, Any], statement: str, entity: str, year: int, labels: tuple[str, ...]
) -> list[dict[str, Any]]:
    out = []
    for c in audit["cells"]:
        if (
            c["statement"] != statement
            or c["entity"] != entity
            or c["year"] != year
            or c["header"] in PRIOR_HEADERS
        ):
            continue
        if c["label"].strip().startswith(labels):
            out.append(c)
    return out


def _check_cells_printed(f: Filing, audit: dict[str, Any]) -> None:
    file = audit["file"]
    for c in audit["cells"]:
        runs = f.printed["files"][file][c["page"] - 1]["runs"]
        _require(
            any(r["text"] == c["text"] for r in runs) or c["text"] == "",
            f"{file} p{c['page']}: {c['text']} not drawn",
        )
        if f.layer(file, c["page"]) and c["text"] not in ("", "-"):
            _require(
                c["text"].replace(" ", "") in f.layer(file, c["page"]),
                f"{file} p{c['page']}: {c['text']} not in text",
            )


def derive_audit_findings(f: Filing) -> set[tuple[str, str | None, int | None]]:
    """What a reviewer concludes from the reports' printed figures, opinions and years, and the declaration."""
    expected: set[tuple[str, str | None, int | None]] = set()
    audits = [a for a in f.printed["audits"] if a["kind"] == "audit_report"]
    for a in f.printed["audits"]:
        _check_cells_printed(f, a)
    for row in f.decl.finance:
        covering = [a for a in audits if row.year in a["years"]]
        if not covering:
            expected.add(("AUDIT_REPORT_MISSING", None, None))
            continue
        for a in covering:
            file = a["file"]
            unit = Decimal(a["unit"])
            roles: list[str] = a["roles"]
            opinion_runs = "".join(r["text"] for r in f.printed["files"][file][a["opinion_page"] - 1]["runs"])
            if "保留意见" in opinion_runs or "否定意见" in opinion_runs or "无法表示意见" in opinion_runs:
                expected.add(("AUDIT_OPINION_NOT_CLEAN", file, a["opinion_page"]))
            _require(
                ("一、保留意见" in opinion_runs) == (a["opinion"] == "qualified"), f"{file}: opinion heading"
            )
            parent_roles = [r for r in roles if r.endswith(("_own", "_parent", "_both"))]
            if not parent_roles:
                expected.add(("AUDIT_CONSOLIDATED_ONLY", file, roles.index("income_group") + 1))
            entity = {"single": "own", "group_only": "group"}.get(a["layout"], "parent")
            figures: list[tuple[str, list[dict[str, Any]]]] = [
                ("operating_revenue", _cells(a, "income", entity, row.year, REVENUE_LABELS)),
                ("net_profit", _cells(a, "income", entity, row.year, NET_LABELS)),
            ]
            si = _cells(a, "note", entity, row.year, ("系统集成收入",))
            if not si:
                parts = [
                    c
                    for c in a["cells"]
                    if c["statement"] == "note"
                    and c["entity"] == entity
                    and c["year"] == row.year
                    and c["label"] in SI_PARTS
                ]
                if len(parts) == len(SI_PARTS):
                    total = sum((Decimal(c["text"].replace(",", "")) for c in parts), Decimal(0))
                    si = [{**parts[0], "text": f"{total}", "sum": True}]
            figures.append(("system_integration_revenue", si))
            for key, cells in figures:
                declared = getattr(row, key)
                if declared is None or not cells:
                    continue
                cell = cells[0]
                printed = Decimal(cell["text"].replace(",", "")) * unit
                d_unit = f.precision.get(f"finance.{row.year}.{key}", Decimal("0.01"))
                p_unit = _unit_precision(unit)
                if not agree(Decimal(declared), d_unit, printed, p_unit):
                    expected.add(("AUDIT_FIGURE_MISMATCH", file, cell["page"]))
    return expected


def _check_audit_truth(f: Filing) -> None:
    for doc in f.truth.documents:
        if doc.type not in ("audit_report", "financial_statement"):
            continue
        audit = next(a for a in f.printed["audits"] if a["file"] == doc.file)
        unit = Decimal(audit["unit"])
        fl = doc.fields
        text = f.runs_text(doc.file, doc.pages)
        _require(_compact(fl["company_name"]) in text, f"{doc.id}: company name not printed")
        if doc.type == "financial_statement":
            _require(audit["kind"] == "financial_statements", f"{doc.id}: statements inside a report")
            for key in ("operating_revenue", "net_profit", "total_assets"):
                if key in fl:
                    _require(
                        _figure_on(f, audit, doc.pages, fl[key], unit), f"{doc.id}: {key} not on its page"
                    )
            continue
        _require(
            audit["kind"] == "audit_report" and fl["fiscal_year"] == max(audit["years"]), f"{doc.id}: year"
        )
        _require(
            fl["audit_firm"] == audit["auditor"] and fl["report_number"] == audit["number"],
            f"{doc.id}: firm/number",
        )
        _printed(f, doc.file, doc.pages, fl["audit_firm"], "audit firm")
        _printed(f, doc.file, doc.pages, fl["report_number"], "report number")
        _require(
            fl["opinion"] == audit["opinion"] and fl["consolidated"] == audit["consolidated"],
            f"{doc.id}: opinion",
        )
        _require(
            doc.pages == list(range(1, len(audit["roles"]) + 1)),
            f"{doc.id}: a report is all its file's pages",
        )
        for key in ("operating_revenue", "net_profit", "system_integration_revenue"):
            if key in fl:
                _require(
                    _figure_on(f, audit, doc.pages, fl[key], unit), f"{doc.id}: {key} {fl[key]} not printed"
                )


def _figure_on(f: Filing, audit: dict[str, Any], pages: list[int], value: str, unit: Decimal) -> bool:
    for c in audit["cells"]:
        if c["page"] in pages and c["text"] not in ("", "-"):
            if Decimal(c["text"].replace(",", "")) * unit == Decimal(value):
                return True
    return False


def check_filing(root: Path) -> None:
    f = Filing(root)
    _require(f.truth.name == root.name, "truth name")
    _require(f.truth.clean == (not f.truth.findings), "clean must mean no finding")
    _check_declaration(f)
    _check_files(f)
    _check_papers(f)
    _check_audit_truth(f)
    derived = derive_audit_findings(f)
    truth = {(x.code.value, x.file, x.page) for x in f.truth.findings}
    _require(
        derived == truth, f"derived findings {sorted(derived, key=str)} != truth {sorted(truth, key=str)}"
    )
    for x in f.truth.findings:
        _require(x.project_id is None, "audit findings name no project")
    plants = f.printed.get("plants", [])
    _require(len(plants) == (0 if f.truth.clean else 1), "one plant per planted filing")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m jianzheng_workshop.samples.gongliu.selfcheck DIR", file=sys.stderr)
        return 2
    base = Path(args[0])
    roots = sorted(p.parent for p in base.glob("*/truth.json"))
    if (base / "truth.json").exists():
        roots = [base]
    if not roots:
        print(f"no filings under {base}", file=sys.stderr)
        return 1
    failed = 0
    for root in roots:
        try:
            check_filing(root)
        except (Failure, KeyError, LookupError, ValueError, StopIteration) as exc:
            failed += 1
            print(f"FAIL {root.name}: {type(exc).__name__}: {exc}")
        else:
            print(f"ok   {root.name}")
    print(f"{len(roots) - failed}/{len(roots)} filings consistent")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
