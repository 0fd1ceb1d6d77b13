"""The jinghe selfcheck: are the filings consistent with their truth, without the checker?

For every filing under a folder it checks that

- truth.json and declaration.json validate, the declaration's fee identities hold;
- every attachment is in the truth, every page of every file exactly once, a document's pages are
  consecutive, and ``scanned`` is true exactly where a page has no text layer;
- every truth field is printed on its document's pages (printed.json, and the PDF text layer where
  there is one), a name broken over two lines of a table cell included; the 大写 reads back to the
  figures;
- every link between two spellings (a former name, a branch, a client's successor) is made by a
  document of the filing whose pages print both names;
- the findings a careful reviewer would raise from these papers (the rules below, written from
  CONTRACT.md) are exactly the truth's findings, and ``clean`` means none was planted.

    python -m jianzheng_workshop.samples.jinghe.selfcheck OUT
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models import Declaration
from jianzheng.models.truth import Truth

from .names import plain, repairable, uscc_valid
from .numerals import read_capital, ymd, ymd_padded

YEAR = 2025
PREFIXES = ("新疆维吾尔自治区", "博尔塔拉蒙古自治州", "博州", "新疆")
SERVICE = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
)
ALL_FEES = (*SERVICE, "self_made_hardware", "hardware_purchase", "software_purchase", "other")


class Failure(Exception):
    """A filing is inconsistent with its truth."""


def _ensure(ok: bool, message: str) -> None:
    if not ok:
        raise Failure(message)


def _squash(text: str) -> str:
    return "".join(text.split()).replace("\u3000", "")


def _body(name: str) -> str:
    """A client's name without the address put in front of it."""
    name = plain(name)
    changed = True
    while changed:
        changed = False
        for p in PREFIXES:
            if name.startswith(p) and len(name) > len(p) + 3:
                name = name[len(p) :]
                changed = True
    return name


def _money(v: Any) -> Decimal:
    return Decimal(str(v)).quantize(Decimal("0.01"))


class _Filing:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.sub = root / "submission"
        try:
            self.truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
            raw = json.loads((self.sub / "declaration.json").read_text(encoding="utf-8"))
            self.decl = Declaration.model_validate(raw)
        except (OSError, ValueError) as exc:
            raise Failure(f"{root.name}: truth or declaration does not validate: {exc}") from exc
        self.printed = json.loads((root / "printed.json").read_text(encoding="utf-8"))
        self.docs = {d.id: d for d in self.truth.documents}

    # what is printed --------------------------------------------------------------------------------
    def runs(self, doc_id: str) -> list[str]:
        d = self.docs[doc_id]
        pages = self.printed["files"][d.file]["pages"]
        return [r["text"] for p in d.pages for r in pages[p - 1]["runs"]]

    def text(self, doc_id: str) -> str:
        return _squash("".join(self.runs(doc_id)))

    def marks(self, file: str, page: int, kind: str) -> list[dict[str, Any]]:
        return [m for m in self.printed["files"][file]["pages"][page - 1]["marks"] if m["kind"] == kind]

    def layer(self, doc_id: str) -> str | None:
        d = self.docs[doc_id]
        if d.scanned:
            return None
        with pymupdf.open(self.sub / d.file) as pdf:
            return _squash("".join(pdf[p - 1].get_text() for p in d.pages))


def _check_files(f: _Filing) -> None:
    t = f.truth
    on_disk = sorted(
        str(p.relative_to(f.sub)) for p in f.sub.rglob("*") if p.is_file() and p.name != "declaration.json"
    )
    in_truth = sorted({p.file for p in t.pages})
    _ensure(on_disk == in_truth, f"files on disk {on_disk} != files in truth {in_truth}")
    seen: set[tuple[str, int]] = set()
    for p in t.pages:
        _ensure((p.file, p.page) not in seen, f"{p.file} p{p.page} twice in truth")
        seen.add((p.file, p.page))
        d = f.docs.get(p.document)
        _ensure(
            d is not None and p.page in d.pages and d.file == p.file and d.type == p.type,
            f"{p.file} p{p.page}: page and document {p.document} disagree",
        )
    for name in on_disk:
        path = f.sub / name
        if path.suffix.lower() == ".pdf":
            with pymupdf.open(path) as pdf:
                n = pdf.page_count
                for i in range(n):
                    has_text = bool(pdf[i].get_text().strip())
                    entry = next(p for p in t.pages if p.file == name and p.page == i + 1)
                    _ensure(
                        entry.scanned != has_text,
                        f"{name} p{i + 1}: scanned={entry.scanned}, text layer={has_text}",
                    )
        else:
            n = 1
            _ensure(all(p.scanned for p in t.pages if p.file == name), f"{name}: an image not marked scanned")
        _ensure(
            {p.page for p in t.pages if p.file == name} == set(range(1, n + 1)), f"{name}: pages != 1..{n}"
        )
        _ensure(len(f.printed["files"][name]["pages"]) == n, f"{name}: printed.json page count")
    for d in t.documents:
        _ensure(
            d.pages == list(range(d.pages[0], d.pages[0] + len(d.pages))), f"{d.id}: pages not consecutive"
        )


def _check_declaration(f: _Filing) -> None:
    for p in f.decl.projects:
        _ensure(p.services_total == p.fees.services_sum(), f"{p.id}: services_total breaks the identity")
        _ensure(p.contract_amount == p.fees.total(), f"{p.id}: contract_amount breaks the identity")


def _printed(f: _Filing, doc_id: str, value: str, what: str) -> None:
    text = f.text(doc_id)
    _ensure(_squash(value) in text, f"{doc_id} {what}: {value!r} is not printed on its pages")
    layer = f.layer(doc_id)
    if layer is not None:
        _ensure(_squash(value) in layer, f"{doc_id} {what}: {value!r} not in the PDF text layer")


def _date_printed(f: _Filing, doc_id: str, iso: str, what: str) -> None:
    d = dt.date.fromisoformat(iso)
    text = f.text(doc_id)
    _ensure(
        any(s in text for s in (ymd(d), ymd_padded(d), iso, f"{d.year}年{d.month:02d}月{d.day:02d}日")),
        f"{doc_id} {what}: {iso} not printed",
    )


def _money_printed(f: _Filing, doc_id: str, value: str, what: str) -> None:
    v = _money(value)
    text = f.text(doc_id)
    _ensure(any(s in text for s in (f"{v:,.2f}", f"{v:.2f}")), f"{doc_id} {what}: {value} not printed")


def _check_fields(f: _Filing) -> None:
    for d in f.truth.documents:
        fl = d.fields
        for key in (
            "company_name",
            "credit_code",
            "legal_representative",
            "address",
            "project_name",
            "contract_number",
            "party_a",
            "party_b",
            "invoice_number",
            "buyer",
            "seller",
            "audit_firm",
            "report_number",
            "amount_in_words",
        ):
            if key in fl:
                _printed(f, d.id, fl[key], key)
        for key in ("signed_on", "accepted_on", "issued_on", "established_on"):
            if key in fl:
                _date_printed(f, d.id, fl[key], key)
        for key in (
            "contract_amount",
            "total_amount",
            "operating_revenue",
            "net_profit",
            "system_integration_revenue",
        ):
            if key in fl:
                _money_printed(f, d.id, fl[key], key)
        if "amount_in_words" in fl:
            _ensure(
                read_capital(fl["amount_in_words"]) == _money(fl["contract_amount"]),
                f"{d.id}: 大写 {fl['amount_in_words']} != {fl['contract_amount']}",
            )
        for key, v in (fl.get("fees") or {}).items():
            _money_printed(f, d.id, v, f"fee {key}")
        if d.type == "business_license":
            _ensure(fl.get("valid_until") == "长期" and "长期" in f.text(d.id), f"{d.id}: 营业期限 not 长期")
        if d.type == "acceptance_report":
            _ensure(fl.get("conclusion") == "passed" and "验收合格" in f.text(d.id), f"{d.id}: conclusion")
            _ensure(fl.get("has_seal") is True, f"{d.id}: has_seal")
        if d.type == "invoice":
            qr = [m["text"] for m in f.marks(d.file, d.pages[0], "qr")]
            _ensure(qr == [fl.get("qr")], f"{d.id}: QR payload")
            parts = fl["qr"].split(",")
            _ensure(
                parts[3] == fl["invoice_number"] and parts[5] == fl["issued_on"].replace("-", ""),
                f"{d.id}: QR disagrees with the printed invoice",
            )


def _check_links(f: _Filing) -> dict[str, list[tuple[str, str]]]:
    links: dict[str, list[tuple[str, str]]] = {}
    for k in f.printed["links"]:
        _ensure(k["document"] in f.docs, f"link {k}: no such document")
        text = f.text(k["document"])
        _ensure(
            _squash(plain(k["old"])) in plain(text) and _squash(plain(k["new"])) in plain(text),
            f"link {k['old']} -> {k['new']}: {k['document']} does not print both names",
        )
        links.setdefault(k["kind"], []).append((plain(k["old"]), plain(k["new"])))
    return links


def _reviewer(
    f: _Filing, links: dict[str, list[tuple[str, str]]]
) -> set[tuple[str, str | None, str | None, int | None]]:
    """What a careful reviewer would flag, as (code, project, file, page)."""
    found: set[tuple[str, str | None, str | None, int | None]] = set()
    e = f.decl.enterprise
    declared = plain(e.name)
    code = e.credit_code or ""
    licences = [d for d in f.truth.documents if d.type == "business_license"]
    if not licences:
        found.add(("LICENSE_MISSING", None, None, None))
    for lic in licences:
        fl = lic.fields
        where = (lic.file, lic.pages[0])
        if plain(fl["company_name"]) != declared:
            found.add(("LICENSE_NAME_MISMATCH", None, *where))
        if fl["credit_code"] != e.credit_code:
            found.add(("CREDIT_CODE_MISMATCH", None, *where))
        if not uscc_valid(fl["credit_code"]) and not repairable(fl["credit_code"]):
            found.add(("CREDIT_CODE_INVALID", None, *where))
        if (
            fl["legal_representative"] != e.legal_representative
            or _money(fl["registered_capital"]) != e.registered_capital
            or fl["established_on"] != (e.established_on.isoformat() if e.established_on else None)
        ):
            found.add(("LICENSE_FIELD_MISMATCH", None, *where))
    audits = [d for d in f.truth.documents if d.type == "audit_report"]
    if len(audits) < len(f.decl.finance):
        found.add(("AUDIT_REPORT_MISSING", None, None, None))
    for a in audits:
        row = next((r for r in f.decl.finance if r.year == a.fields["fiscal_year"]), None)
        if row and any(
            _money(a.fields[k]) != getattr(row, k)
            for k in ("operating_revenue", "net_profit", "system_integration_revenue")
        ):
            found.add(("AUDIT_FIGURE_MISMATCH", None, a.file, None))
    if e.staff.certified_total is not None and e.staff.certified_total > len(e.staff.certificates):
        found.add(("CERTIFICATE_NOT_RECOGNISED", None, None, None))
    if e.staff.technical_total is not None and e.staff.technical_total < 6:
        found.add(("GRADE_THRESHOLD_NOT_MET", None, None, None))

    def same_firm(name: str) -> bool:
        n = plain(name)
        if n == declared:
            return True
        return any(
            old == n and new == declared
            for kind in ("former_name", "branch")
            for old, new in links.get(kind, [])
        )

    def same_client(name: str, client: str) -> bool:
        a, c = _body(name), _body(client)
        if a == c:
            return True
        return any({_body(old), _body(new)} == {a, c} for old, new in links.get("client_successor", []))

    for p in f.decl.projects:
        mine = [d for d in f.truth.documents if d.project_id == p.id]
        contracts = [d for d in mine if d.type == "contract"]
        accepts = [d for d in mine if d.type == "acceptance_report"]
        invoices = [d for d in mine if d.type == "invoice"]
        if not contracts:
            found.add(("PROJECT_EVIDENCE_MISSING", p.id, None, None))
            continue
        c = contracts[0]
        at = (c.file, c.pages[0])
        cf = c.fields
        if not same_firm(cf["party_b"]) or (p.client and not same_client(cf["party_a"], p.client)):
            found.add(("PARTY_MISMATCH", p.id, *at))
        if not same_firm(cf["party_b"]):
            _ensure(code not in f.text(c.id), f"{p.id}: a stranger's contract prints the declared code")
        elif plain(cf["party_b"]) != declared and (plain(cf["party_b"]), declared) in links.get(
            "former_name", []
        ):
            _ensure(
                bool(code) and code in f.text(c.id),
                f"{p.id}: a contract under the former name must print the code",
            )
        if _money(cf["contract_amount"]) != p.contract_amount:
            found.add(("AMOUNT_MISMATCH", p.id, *at))
        if cf["project_name"] != p.name:
            found.add(("PROJECT_NAME_MISMATCH", p.id, *at))
        if p.signed_on and cf["signed_on"] != p.signed_on.isoformat():
            found.add(("DATE_MISMATCH", p.id, *at))
        for k, v in (cf.get("fees") or {}).items():
            if _money(v) != getattr(p.fees, k):
                found.add(("FEE_MISMATCH", p.id, *at))
        listed = set((cf.get("fees") or {}).keys())
        if cf.get("fees") and any(getattr(p.fees, k) != 0 for k in ALL_FEES if k not in listed):
            found.add(("FEE_MISMATCH", p.id, *at))
        last = c.pages[-1]
        if len(f.marks(c.file, last, "seal")) < 2:
            found.add(("SEAL_MISSING", p.id, c.file, last))
        if not accepts and not invoices:
            found.add(("ACCEPTANCE_MISSING", p.id, None, None))
        for a in accepts:
            af = a.fields
            aw = (a.file, a.pages[0])
            if (p.client and not same_client(af["party_a"], p.client)) or (
                "party_b" in af and not same_firm(af["party_b"])
            ):
                found.add(("PARTY_MISMATCH", p.id, *aw))
            acc = dt.date.fromisoformat(af["accepted_on"])
            if p.accepted_on and acc != p.accepted_on:
                found.add(("DATE_MISMATCH", p.id, *aw))
            if acc < dt.date.fromisoformat(cf["signed_on"]):
                found.add(("ACCEPTANCE_BEFORE_SIGNING", p.id, *aw))
            if acc.year != YEAR:
                found.add(("ACCEPTANCE_OUT_OF_PERIOD", p.id, *aw))
            if not f.marks(a.file, a.pages[0], "seal"):
                found.add(("SEAL_MISSING", p.id, *aw))
        if sum((_money(i.fields["total_amount"]) for i in invoices), Decimal(0)) > _money(
            cf["contract_amount"]
        ):
            found.add(("INVOICE_EXCEEDS_CONTRACT", p.id, None, None))
    for d in f.truth.documents:
        if d.type in ("contract", "acceptance_report") and d.project_id is None:
            found.add(("DOCUMENT_UNMATCHED", None, d.file, d.pages[0]))
    return found


def check_filing(root: Path) -> None:
    """Raise Failure if the filing under ``root`` is inconsistent."""
    f = _Filing(root)
    _check_files(f)
    _check_declaration(f)
    _check_fields(f)
    links = _check_links(f)
    expected = _reviewer(f, links)
    planted = {(x.code.value, x.project_id, x.file, x.page) for x in f.truth.findings}
    _ensure(
        expected == planted,
        f"reviewer would flag {sorted(map(str, expected))}, truth says {sorted(map(str, planted))}",
    )
    _ensure(f.truth.clean == (not planted), f"clean={f.truth.clean} but {len(planted)} finding(s)")
    _ensure(len(planted) <= 1, "more than one plant")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m jianzheng_workshop.samples.jinghe.selfcheck OUT")
        return 2
    roots = sorted(p.parent for p in Path(args[0]).glob("*/truth.json"))
    bad = 0
    for root in roots:
        try:
            check_filing(root)
            print(f"ok    {root.name}")
        except Failure as exc:
            bad += 1
            print(f"FAIL  {root.name}: {exc}")
    print(f"{len(roots) - bad}/{len(roots)} filings consistent")
    return 1 if bad or not roots else 0


if __name__ == "__main__":
    raise SystemExit(main())
