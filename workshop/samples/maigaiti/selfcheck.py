"""Selfcheck of maigaiti filings: each filing's files, truth and declaration agree with one another.

    python -m jianzheng_workshop.samples.maigaiti.selfcheck OUT [OUT/<name> ...]

For each filing: the declaration and truth validate and the declared identities hold; the files
on disk are those printed.json lists, page for page, and every file page is in truth once;
born-digital pages carry a text layer with every typeset line and scanned pages none; every
truth field is printed on its page (dates read back from whatever spelling the page uses); and
the findings this module derives from the documents by its own reading of CONTRACT.md equal the
findings in truth, by code, project, file and page.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path

import pymupdf

from jianzheng.models.declaration import Declaration
from jianzheng.models.truth import Truth

from .dates import read_dates
from .numerals import capital, figures, read_capital

YEAR = 2025


class Failure(Exception):
    """The filing contradicts itself."""


def _fail(message: str) -> None:
    raise Failure(message)


def _squash(text: str) -> str:
    return "".join(text.split())


def check_filing(root: Path) -> None:
    """Raise ``Failure`` at the first inconsistency of the filing at ``root``."""
    truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
    declaration = Declaration.model_validate_json(
        (root / "submission" / "declaration.json").read_text(encoding="utf-8")
    )
    printed = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    if truth.name != root.name:
        _fail(f"truth names {truth.name!r}, folder is {root.name!r}")
    _identities(declaration)
    _files(root, truth, printed)
    _fields(truth, printed)
    expected = sorted(_derive(truth, declaration, printed))
    planted = sorted((f.code.value, f.project_id, f.file, f.page) for f in truth.findings)
    if expected != planted:
        _fail(f"findings derived from the documents {expected} differ from truth's {planted}")
    if truth.clean != (not truth.findings):
        _fail("truth.clean must say whether anything is planted")


def _identities(declaration: Declaration) -> None:
    for row in declaration.projects:
        if row.services_total != row.fees.services_sum() or row.contract_amount != row.fees.total():
            _fail(f"{row.id}: declared totals break the identities of CONTRACT 1.1")


def _files(root: Path, truth: Truth, printed: dict) -> None:
    sub = root / "submission"
    on_disk = sorted(
        str(p.relative_to(sub)) for p in sub.rglob("*") if p.is_file() and p.name != "declaration.json"
    )
    if on_disk != sorted(printed["files"]):
        _fail(f"files on disk {on_disk} differ from printed.json {sorted(printed['files'])}")
    in_truth = {(p.file, p.page): p for p in truth.pages}
    if len(in_truth) != len(truth.pages):
        _fail("a file page is in truth twice")
    for name, record in printed["files"].items():
        pages = record["pages"]
        if record["jpeg"]:
            if len(pages) != 1 or not pages[0]["scanned"]:
                _fail(f"{name}: a picture is one scanned page")
        else:
            doc = pymupdf.open(sub / name)
            if len(doc) != len(pages):
                _fail(f"{name}: {len(doc)} pages, printed.json has {len(pages)}")
            for number, rec in enumerate(pages, start=1):
                page = doc[number - 1]
                layer = _squash(page.get_text())
                if rec["scanned"]:
                    if layer or not page.get_images():
                        _fail(f"{name} p{number}: a scanned page is a picture with no text layer")
                    continue
                for line in rec["lines"]:
                    if line["kind"] == "print" and _squash(line["text"]) not in layer:
                        _fail(f"{name} p{number}: {line['text']!r} printed but not in the text layer")
        for number, rec in enumerate(pages, start=1):
            tp = in_truth.get((name, number))
            if tp is None:
                _fail(f"{name} p{number} is not in truth")
            elif tp.scanned != rec["scanned"]:
                _fail(f"{name} p{number}: truth says scanned={tp.scanned}")
    if len(in_truth) != sum(len(r["pages"]) for r in printed["files"].values()):
        _fail("truth lists pages that no file has")


def _page_text(printed: dict, file: str, page: int) -> tuple[list[str], list[str]]:
    rec = printed["files"][file]["pages"][page - 1]
    return [line["text"] for line in rec["lines"]], rec["seals"]


def _fields(truth: Truth, printed: dict) -> None:
    for doc in truth.documents:
        where = printed["documents"][doc.id]["field_page"]
        if set(where) != set(doc.fields):
            _fail(f"{doc.id}: fields {sorted(doc.fields)} but pages recorded for {sorted(where)}")
        for key, value in doc.fields.items():
            page = where[key]
            if page not in doc.pages:
                _fail(f"{doc.id}.{key}: page {page} is not one of the document's")
            lines, seals = _page_text(printed, doc.file, page)
            if not _shows(key, value, lines, seals):
                _fail(f"{doc.id}.{key} = {value!r} is not printed on {doc.file} p{page}")


def _shows(key: str, value: object, lines: list[str], seals: list[str]) -> bool:
    text = _squash("".join(lines))
    if key in ("has_seal",):
        return bool(seals) == value
    if key == "consolidated":
        return "合并" not in text
    if key == "conclusion":
        return value == "passed" and ("☑合格" in text or "同意" in text)
    if key == "opinion":
        return value == "unqualified" and "我们认为" in text and "保留" not in text
    if key == "fiscal_year":
        return f"{value}年度" in text
    if key == "valid_until" and value == "长期":
        return "至长期" in text
    if key in ("established_on", "valid_until", "signed_on", "accepted_on", "issued_on"):
        day = dt.date.fromisoformat(str(value))
        return any(day in read_dates(line) for line in lines)
    if key == "fees":
        assert isinstance(value, dict)
        return all(figures(Decimal(v)) in text for v in value.values())
    if key in (
        "contract_amount",
        "total_amount",
        "operating_revenue",
        "net_profit",
        "system_integration_revenue",
        "registered_capital",
    ):
        amount = Decimal(str(value))
        return figures(amount) in text or capital(amount) in text
    if key == "amount_in_words":
        return str(value) in text and read_capital(str(value)) > 0
    return _squash(str(value)) in text


def _derive(
    truth: Truth, declaration: Declaration, printed: dict
) -> set[tuple[str, str | None, str | None, int | None]]:
    """The findings a careful reviewer raises, read from the truth documents by this module's rules."""
    out: set[tuple[str, str | None, str | None, int | None]] = set()
    enterprise = declaration.enterprise

    def page_of(doc_id: str, key: str) -> int:
        return int(printed["documents"][doc_id]["field_page"][key])

    licences = [d for d in truth.documents if d.type == "business_license"]
    if len(licences) != 1:
        _fail("one licence per filing")
    lic = licences[0]
    for key, declared in (
        ("company_name", enterprise.name),
        ("credit_code", enterprise.credit_code),
        ("legal_representative", enterprise.legal_representative),
        ("established_on", enterprise.established_on and enterprise.established_on.isoformat()),
        ("registered_capital", enterprise.registered_capital and f"{enterprise.registered_capital:.2f}"),
    ):
        if lic.fields.get(key) != declared:
            _fail(f"licence {key} {lic.fields.get(key)!r} differs from the declaration's {declared!r}")
    until = lic.fields["valid_until"]
    if until != "长期" and dt.date.fromisoformat(until) < dt.date(YEAR, 12, 31):
        out.add(("LICENSE_EXPIRED", None, lic.file, page_of(lic.id, "valid_until")))
    audits = {d.fields["fiscal_year"]: d for d in truth.documents if d.type == "audit_report"}
    for year in declaration.finance:
        audit = audits.get(year.year)
        if audit is None:
            _fail(f"no audit report for {year.year}")
            continue
        for key in ("operating_revenue", "system_integration_revenue", "net_profit"):
            if Decimal(audit.fields[key]) != getattr(year, key):
                _fail(f"{year.year} {key}: audit {audit.fields[key]} vs declared {getattr(year, key)}")
    for row in declaration.projects:
        docs = [d for d in truth.documents if d.project_id == row.id]
        contracts = [d for d in docs if d.type == "contract"]
        accepts = [d for d in docs if d.type == "acceptance_report"]
        invoices = [d for d in docs if d.type == "invoice"]
        if len(contracts) != 1:
            _fail(f"{row.id}: one contract per project")
        c = contracts[0]
        if Decimal(c.fields["contract_amount"]) != row.contract_amount or c.fields["party_a"] != row.client:
            _fail(f"{row.id}: contract amount or 甲方 differs from the row")
        if c.fields["party_b"] != enterprise.name or c.fields["project_name"] != row.name:
            _fail(f"{row.id}: contract 乙方 or name differs")
        for key, fee in c.fields.get("fees", {}).items():
            if Decimal(fee) != getattr(row.fees, key):
                _fail(f"{row.id}: fee {key} differs")
        if sum((Decimal(i.fields["total_amount"]) for i in invoices), Decimal(0)) > (
            row.contract_amount or 0
        ):
            _fail(f"{row.id}: invoices exceed the contract")
        signed = dt.date.fromisoformat(c.fields["signed_on"])
        if row.signed_on != signed:
            out.add(("DATE_MISMATCH", row.id, c.file, page_of(c.id, "signed_on")))
        if not accepts and not invoices:
            out.add(("ACCEPTANCE_MISSING", row.id, c.file, None))
        if not accepts:
            continue
        for a in accepts:
            if a.fields["conclusion"] != "passed" or not a.fields["has_seal"]:
                _fail(f"{row.id}: acceptance not passed or unsealed")
            if a.fields["party_a"] != row.client or a.fields["party_b"] != enterprise.name:
                _fail(f"{row.id}: acceptance parties differ")
        final = max(accepts, key=lambda a: a.fields["accepted_on"])
        accepted = dt.date.fromisoformat(final.fields["accepted_on"])
        page = page_of(final.id, "accepted_on")
        if accepted < signed:
            out.add(("ACCEPTANCE_BEFORE_SIGNING", row.id, final.file, page))
        if accepted.year != YEAR:
            out.add(("ACCEPTANCE_OUT_OF_PERIOD", row.id, final.file, page))
        if row.accepted_on not in {dt.date.fromisoformat(a.fields["accepted_on"]) for a in accepts}:
            out.add(("DATE_MISMATCH", row.id, final.file, page))
    return out


def main(argv: list[str] | None = None) -> int:
    """Check every filing under the folders given; 0 when all are consistent."""
    args = sys.argv[1:] if argv is None else argv
    roots: list[Path] = []
    for arg in args:
        path = Path(arg)
        roots += (
            [path] if (path / "truth.json").exists() else sorted(p.parent for p in path.glob("*/truth.json"))
        )
    if not roots:
        print("no filings found", file=sys.stderr)
        return 2
    bad = 0
    for root in roots:
        try:
            check_filing(root)
        except Failure as exc:
            bad += 1
            print(f"FAIL {root.name}: {exc}")
        else:
            print(f"ok   {root.name}")
    print(f"{len(roots) - bad}/{len(roots)} filings consistent")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
