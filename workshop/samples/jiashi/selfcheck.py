"""Check a generated jiashi set against itself, without the checker.

    python -m jianzheng_workshop.samples.jiashi.selfcheck OUT

For every filing: declaration and truth validate and the declaration keeps the identities of CONTRACT 1.1;
the files on disk are the files ``printed.json`` describes, page for page, with a text layer exactly where
the file is born digital (and every printed line in it); every file page is in truth once; every truth
field is printed on the page truth's record says; and the findings this module derives from its own
reading of the rules (declaration against the papers' fields, seals per signature block, the firm's share
of a consortium, capital numerals read back) are exactly the truth's findings, by code, project, file and
page. Clean filings derive nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models import Declaration, Truth

from .numerals import capital, cn_date, figures, hanzi_date, padded_date, read_capital, yuan
from .people import SI_CERTS, USCC_CHARS, uscc_check

Key = tuple[str, str | None, str | None, int | None]
ENUM_WORDS = {"passed": "合格，同意通过验收", "unqualified": "我们认为，后附的财务报表在所有重大方面"}
"""How an enum field's value reads on the page."""


def _squash(text: str) -> str:
    return "".join(text.split())


def forms(value: Any) -> list[str]:
    """The ways a truth value may be printed."""
    if isinstance(value, bool) or value is None:
        return []
    if value in ENUM_WORDS:
        return [ENUM_WORDS[value]]
    if isinstance(value, int):
        return [str(value)]
    text = str(value)
    try:
        day = dt.date.fromisoformat(text)
        return [cn_date(day), padded_date(day), hanzi_date(day), text]
    except ValueError:
        pass
    if text.replace(".", "", 1).isdigit() and "." in text:
        amount = Decimal(text)
        return [figures(amount), yuan(amount), capital(amount)]
    return [text]


def page_texts(printed: dict[str, Any]) -> dict[tuple[str, int], str]:
    out = {}
    for name, f in printed["files"].items():
        for i, page in enumerate(f["pages"], start=1):
            out[(name, i)] = _squash("".join(line["text"] for line in page["lines"]))
    return out


def derive(decl: Declaration, truth: Truth, printed: dict[str, Any]) -> set[Key]:
    """The findings the rules give for this filing, from the papers' own fields and marks."""
    found: set[Key] = set()
    ent = decl.enterprise
    docs = truth.documents
    meta = printed["documents"]
    files = printed["files"]

    def blocks(doc_id: str) -> list[tuple[int, dict[str, Any]]]:
        d = meta[doc_id]
        return [(p, b) for p in d["pages"] for b in files[d["file"]]["pages"][p - 1]["blocks"]]

    for p in decl.projects:
        mine = [d for d in docs if d.project_id == p.id]
        contracts = [d for d in mine if d.type == "contract"]
        if not contracts:
            found.add(("PROJECT_EVIDENCE_MISSING", p.id, None, None))
            continue
        for c in contracts:
            f = c.fields
            where = meta[c.id]["where"]
            if f.get("party_a") != p.client or f.get("party_b") != ent.name:
                found.add(("PARTY_MISMATCH", p.id, c.file, where["party_a"]))
            if "amount_in_words" in f and read_capital(f["amount_in_words"]) != Decimal(f["contract_amount"]):
                found.add(("AMOUNT_WORDS_MISMATCH", p.id, c.file, where["amount_in_words"]))
            for page, b in blocks(c.id):
                if not b["sealed"]:
                    found.add(("SEAL_MISSING", p.id, c.file, page))
            for key, value in f.get("fees", {}).items():
                if Decimal(value) != getattr(p.fees, key):
                    found.add(("FEE_MISMATCH", p.id, c.file, where["fees"]))
        priced = [c for c in contracts if "contract_amount" in c.fields]
        assert len(priced) == 1, f"{p.id}: one paper carries the price"
        c = priced[0]
        earned = Decimal(printed["facts"][p.id]["earned"])
        if p.contract_amount != earned:
            found.add(("AMOUNT_MISMATCH", p.id, c.file, meta[c.id]["marks"]["share"]))
        if c.fields["signed_on"] != (p.signed_on.isoformat() if p.signed_on else None):
            found.add(("DATE_MISMATCH", p.id, c.file, meta[c.id]["where"]["signed_on"]))
        accs = [d for d in mine if d.type == "acceptance_report"]
        invs = [d for d in mine if d.type == "invoice"]
        if not accs and not invs:
            found.add(("ACCEPTANCE_MISSING", p.id, None, None))
        for a in accs:
            f = a.fields
            day = dt.date.fromisoformat(f["accepted_on"])
            first = a.pages[0]
            if day != p.accepted_on:
                found.add(("DATE_MISMATCH", p.id, a.file, first))
            if day.year != ent.inspection_year:
                found.add(("ACCEPTANCE_OUT_OF_PERIOD", p.id, a.file, first))
            if p.signed_on and day < p.signed_on:
                found.add(("ACCEPTANCE_BEFORE_SIGNING", p.id, a.file, first))
            if f.get("party_a") != p.client or f.get("party_b") != ent.name:
                found.add(("PARTY_MISMATCH", p.id, a.file, first))
            for page, b in blocks(a.id):
                if not b["sealed"]:
                    found.add(("SEAL_MISSING", p.id, a.file, page))
            if f.get("conclusion") != "passed":
                found.add(("ACCEPTANCE_NOT_PASSED", p.id, a.file, first))
        if sum((Decimal(i.fields["total_amount"]) for i in invs), Decimal(0)) > earned:
            found.add(("INVOICE_EXCEEDS_CONTRACT", p.id, None, None))
    lic = [d for d in docs if d.type == "business_license"]
    if not lic:
        found.add(("LICENSE_MISSING", None, None, None))
    for d in lic:
        f = d.fields
        if f["company_name"] != ent.name:
            found.add(("LICENSE_NAME_MISMATCH", None, d.file, d.pages[0]))
        if f["credit_code"] != ent.credit_code:
            found.add(("CREDIT_CODE_MISMATCH", None, d.file, d.pages[0]))
        code = f["credit_code"]
        if any(ch not in USCC_CHARS for ch in code) or uscc_check(code[:17]) != code[17]:
            found.add(("CREDIT_CODE_INVALID", None, d.file, d.pages[0]))
        if (
            f["legal_representative"] != ent.legal_representative
            or Decimal(f["registered_capital"]) != ent.registered_capital
            or f["established_on"] != (ent.established_on.isoformat() if ent.established_on else None)
        ):
            found.add(("LICENSE_FIELD_MISMATCH", None, d.file, d.pages[0]))
        if f["valid_until"] != "长期":
            found.add(("LICENSE_EXPIRED", None, d.file, d.pages[0]))
    audits = {d.fields["fiscal_year"]: d for d in docs if d.type == "audit_report"}
    for fy in decl.finance:
        report = audits.get(fy.year)
        if report is None:
            found.add(("AUDIT_REPORT_MISSING", None, None, None))
            continue
        a = report
        for key in ("operating_revenue", "system_integration_revenue", "net_profit"):
            if Decimal(a.fields[key]) != getattr(fy, key):
                found.add(("AUDIT_FIGURE_MISMATCH", None, a.file, meta[a.id]["where"][key]))
        if a.fields["opinion"] != "unqualified":
            found.add(("AUDIT_OPINION_NOT_CLEAN", None, a.file, a.pages[0]))
    staff = ent.staff
    titles = {t for t, _ in SI_CERTS}
    if any(c.certificate not in titles for c in staff.certificates) or staff.certified_total != len(
        staff.certificates
    ):
        found.add(("CERTIFICATE_NOT_RECOGNISED", None, None, None))
    if ent.grade == "丁" and (staff.technical_total or 0) < 6:
        found.add(("GRADE_THRESHOLD_NOT_MET", None, None, None))
    return found


def check_one(root: Path) -> list[str]:
    problems: list[str] = []
    sub = root / "submission"
    decl = Declaration.model_validate_json((sub / "declaration.json").read_text(encoding="utf-8"))
    truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
    printed = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    for p in decl.projects:
        if p.services_total != p.fees.services_sum() or p.contract_amount != p.fees.total():
            problems.append(f"{p.id}: declared totals break the identities")
        if not (p.signed_on and p.accepted_on and p.signed_on <= p.accepted_on):
            problems.append(f"{p.id}: dates out of order")
    on_disk = {
        str(f.relative_to(sub)) for f in sub.rglob("*") if f.is_file() and f.name != "declaration.json"
    }
    if on_disk != set(printed["files"]):
        problems.append(
            f"files on disk {sorted(on_disk)} differ from printed.json {sorted(printed['files'])}"
        )
    for name, f in printed["files"].items():
        path = sub / name
        if not path.exists():
            continue
        if f["mode"] == "jpg":
            if len(f["pages"]) != 1:
                problems.append(f"{name}: a JPEG holds one page")
            continue
        doc = pymupdf.open(path)
        if len(doc) != len(f["pages"]):
            problems.append(f"{name}: {len(doc)} pages, printed.json says {len(f['pages'])}")
            continue
        for i in range(len(doc)):
            layer = _squash(doc[i].get_text())
            if f["mode"] == "scan" and layer:
                problems.append(f"{name} p{i + 1}: a scanned page has a text layer")
            if f["mode"] == "digital":
                missing = [ln["text"] for ln in f["pages"][i]["lines"] if _squash(ln["text"]) not in layer]
                if missing:
                    problems.append(f"{name} p{i + 1}: text layer lacks {missing[:2]}")
    seen: dict[tuple[str, int], str] = {}
    for tp in truth.pages:
        if (tp.file, tp.page) in seen:
            problems.append(f"{tp.file} p{tp.page} twice in truth")
        seen[(tp.file, tp.page)] = tp.document
        if tp.scanned != (printed["files"][tp.file]["mode"] != "digital"):
            problems.append(f"{tp.file} p{tp.page}: scanned flag")
    every = {(n, i + 1) for n, f in printed["files"].items() for i in range(len(f["pages"]))}
    if set(seen) != every:
        problems.append(f"truth pages differ from the files' pages: {sorted(set(seen) ^ every)[:4]}")
    texts = page_texts(printed)
    for d in truth.documents:
        if any(seen.get((d.file, p)) != d.id for p in d.pages):
            problems.append(f"{d.id}: pages disagree with truth.pages")
        where = printed["documents"][d.id]["where"]
        for key, value in d.fields.items():
            values = list(value.values()) if isinstance(value, dict) else [value]
            for v in values:
                options = forms(v)
                if options and not any(_squash(o) in texts[(d.file, where[key])] for o in options):
                    problems.append(f"{d.id}.{key}={v!r} not printed on {d.file} p{where[key]}")
    derived = derive(decl, truth, printed)
    expected = {
        (f.code.value if hasattr(f.code, "value") else str(f.code), f.project_id, f.file, f.page)
        for f in truth.findings
    }
    if derived != expected:
        problems.append(f"derived findings {sorted(map(str, derived))} != truth {sorted(map(str, expected))}")
    if truth.clean != (not truth.findings):
        problems.append("clean flag disagrees with the findings")
    if len(truth.findings) > 1:
        problems.append("more than one planted cause")
    for f in truth.findings:
        if (f.file, f.page) not in every:
            problems.append(f"finding {f.code} points at a page that does not exist")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    out = Path(argv[0])
    roots = sorted(p.parent for p in out.glob("*/truth.json"))
    if not roots:
        print(f"no filings under {out}")
        return 1
    bad = 0
    for root in roots:
        problems = check_one(root)
        status = "ok" if not problems else "FAIL"
        print(f"{status:4} {root.name}")
        for p in problems:
            print(f"     - {p}")
        bad += bool(problems)
    print(f"{len(roots) - bad}/{len(roots)} filings consistent")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
