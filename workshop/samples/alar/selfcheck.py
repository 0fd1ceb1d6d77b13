"""Validate a generated alar set without the checker: ``python -m jianzheng_workshop.samples.alar.selfcheck DIR``.

Checks the declarations and truth against the models, that every attachment page is in truth exactly once,
money strings with two decimals and ISO dates, that each planted cause really holds, and that everything
else in every filing is consistent (amounts, words, fees, parties, dates, invoices, licence, audit, grade).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.declaration import FEE_KEYS, Declaration
from jianzheng.models.truth import Truth

from .filing import read_xlsx
from .world import credit_ok, read_words

MONEY_RE = re.compile(r"^-?\d+\.\d{2}$")
MONEY_KEYS = {
    "contract_amount",
    "total_amount",
    "registered_capital",
    "operating_revenue",
    "net_profit",
    "system_integration_revenue",
}
RECOGNISED = {
    "信息系统项目管理师",
    "系统集成项目管理工程师",
    "网络工程师",
    "信息安全工程师",
    "系统架构设计师",
    "数据库系统工程师",
    "软件设计师",
    "信息系统监理师",
}
BARS = {"甲": (40, 12, 30_000_000), "乙": (30, 8, 10_000_000), "丙": (20, 5, 5_000_000), "丁": (6, 0, 0)}
PAIR_RE = re.compile(r"人民币\s*([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+)\s*（¥([\d,]+\.\d{2})）")
INVOICE_RE = re.compile(r"ⓧ\s*([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+).*?（小写）¥([\d,]+\.\d{2})", re.S)
SUB = Path("submission")


class Problems(list[str]):
    def need(self, ok: bool, msg: str) -> None:
        if not ok:
            self.append(msg)


def D(v: Any) -> Decimal:
    return Decimal(str(v))


def load_declaration(sub: Path) -> dict[str, Any]:
    if (sub / "declaration.json").exists():
        return json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
    return read_xlsx(sub / "declaration.xlsx")


def attachment_pages(sub: Path) -> set[tuple[str, int]]:
    out = set()
    for f in sorted(sub.rglob("*")):
        if not f.is_file() or f.name.startswith("declaration."):
            continue
        rel = f.relative_to(sub).as_posix()
        if f.suffix.lower() == ".pdf":
            with pymupdf.open(f) as doc:
                out |= {(rel, i + 1) for i in range(doc.page_count)}
        else:
            out.add((rel, 1))
    return out


def check_strings(fields: dict[str, Any], where: str, p: Problems) -> None:
    for k, v in fields.items():
        if k in MONEY_KEYS:
            p.need(
                isinstance(v, str) and bool(MONEY_RE.match(v)), f"{where}: {k}={v!r} not a two-decimal string"
            )
        if k == "fees":
            for fk, fv in v.items():
                p.need(fk in FEE_KEYS and bool(MONEY_RE.match(fv)), f"{where}: fee {fk}={fv!r}")
        if k.endswith("_on") or k == "valid_until":
            if v != "长期":
                try:
                    dt.date.fromisoformat(v)
                except (TypeError, ValueError):
                    p.append(f"{where}: {k}={v!r} not ISO")


def check_text_layers(sub: Path, p: Problems) -> None:
    for f in sorted(sub.rglob("*.pdf")):
        with pymupdf.open(f) as doc:
            meta = doc.metadata or {}
            p.need(meta.get("creationDate") == meta.get("modDate"), f"{f.name}: saved twice")
            for i, page in enumerate(doc):
                text = page.get_text()
                for words, figure in PAIR_RE.findall(text):
                    p.need(
                        read_words(words) == D(figure.replace(",", "")),
                        f"{f.name} p{i + 1}: {words} ≠ {figure}",
                    )
                for words, figure in INVOICE_RE.findall(text):
                    p.need(
                        read_words(words) == D(figure.replace(",", "")),
                        f"{f.name} p{i + 1}: 价税合计 {words} ≠ {figure}",
                    )


def check_one(root: Path) -> Problems:
    p = Problems()
    truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
    sub = root / SUB
    raw = load_declaration(sub)
    decl = Declaration.model_validate(raw)
    if (sub / "declaration.json").exists():
        for row in raw["projects"]:
            for k in ("services_total", "contract_amount"):
                p.need(bool(MONEY_RE.match(row[k])), f"declared {k} {row[k]!r}")
            for k, v in row["fees"].items():
                p.need(bool(MONEY_RE.match(v)), f"declared fee {k} {v!r}")
    ent = decl.enterprise
    projects = {pr.id: pr for pr in decl.projects}
    for pr in decl.projects:
        p.need(pr.services_total == pr.fees.services_sum(), f"{pr.id}: services_total identity")
        p.need(pr.contract_amount == pr.fees.total(), f"{pr.id}: contract_amount identity")

    # pages and documents
    on_disk = attachment_pages(sub)
    listed = [(tp.file, tp.page) for tp in truth.pages]
    p.need(len(listed) == len(set(listed)), "a page listed twice in truth")
    p.need(set(listed) == on_disk, f"truth pages ≠ files: {sorted(set(listed) ^ on_disk)[:5]}")
    by_page = {(tp.file, tp.page): tp for tp in truth.pages}
    for doc in truth.documents:
        p.need(doc.pages == list(range(doc.pages[0], doc.pages[-1] + 1)), f"{doc.id}: pages not consecutive")
        for n in doc.pages:
            tp = by_page.get((doc.file, n))
            p.need(
                tp is not None and tp.document == doc.id and tp.type == doc.type,
                f"{doc.id} p{n}: page/doc disagree",
            )
        p.need(
            doc.scanned == all(by_page[(doc.file, n)].scanned for n in doc.pages), f"{doc.id}: scanned flag"
        )
        check_strings(doc.fields, f"{root.name}/{doc.id}", p)
        if doc.type == "contract":
            p.need(
                read_words(doc.fields["amount_in_words"]) == D(doc.fields["contract_amount"]),
                f"{doc.id}: words",
            )
    check_text_layers(sub, p)

    # plants
    codes = {str(f.code): f for f in truth.findings}
    p.need(truth.clean == (not truth.findings), "clean flag vs findings")
    p.need(len(truth.findings) <= 1, "more than one plant")
    for f in truth.findings:
        if f.file is not None:
            p.need((f.file, f.page) in by_page, f"plant {f.code} on a page not in truth")

    docs = truth.documents
    lic = [d for d in docs if d.type == "business_license"]
    aud = [d for d in docs if d.type == "audit_report"]
    p.need(len(lic) == 1 and len(aud) == 1, "one licence and one audit report")

    # licence
    lf = lic[0].fields
    p.need(lf["company_name"] == ent.name, "licence name")
    p.need(lf["credit_code"] == ent.credit_code and credit_ok(lf["credit_code"]), "licence code")
    lic_diff = (
        lf["legal_representative"] != ent.legal_representative
        or D(lf["registered_capital"]) != ent.registered_capital
        or lf["established_on"] != (ent.established_on.isoformat() if ent.established_on else None)
    )
    if "LICENSE_FIELD_MISMATCH" in codes:
        p.need(lic_diff, "planted LICENSE_FIELD_MISMATCH does not hold")
        pl = codes["LICENSE_FIELD_MISMATCH"]
        p.need((pl.file, pl.page) == (lic[0].file, lic[0].pages[0]), "licence plant page")
    else:
        p.need(not lic_diff, "licence fields differ from declaration")

    # audit
    af = aud[0].fields
    fin = decl.finance[0]
    p.need(
        len(decl.finance) == 1 and fin.year == 2024 and af["fiscal_year"] == 2024, "one finance year, 2024"
    )
    p.need(af["opinion"] == "unqualified", "audit opinion")
    diffs = [
        k
        for k in ("operating_revenue", "system_integration_revenue", "net_profit")
        if abs(D(af[k]) - D(getattr(fin, k))) > 100
    ]
    if "AUDIT_FIGURE_MISMATCH" in codes:
        p.need(bool(diffs), "planted AUDIT_FIGURE_MISMATCH does not hold")
        p.need(codes["AUDIT_FIGURE_MISMATCH"].file == aud[0].file, "audit plant file")
    else:
        p.need(not diffs, f"audit figures differ: {diffs}")
    if "AUDIT_CONSOLIDATED_ONLY" in codes:
        p.need(af["consolidated"] is True, "planted AUDIT_CONSOLIDATED_ONLY: report not consolidated")
        p.need(codes["AUDIT_CONSOLIDATED_ONLY"].file == aud[0].file, "consolidated plant file")
    else:
        p.need(af["consolidated"] is False, "audit consolidated without a plant")
    p.need(
        fin.system_integration_revenue is not None
        and fin.operating_revenue is not None
        and fin.system_integration_revenue <= fin.operating_revenue,
        "si revenue ≤ revenue",
    )

    # projects
    for pid, pr in projects.items():
        cons = [d for d in docs if d.type == "contract" and d.project_id == pid]
        accs = [d for d in docs if d.type == "acceptance_report" and d.project_id == pid]
        invs = [d for d in docs if d.type == "invoice" and d.project_id == pid]
        p.need(bool(cons), f"{pid}: no contract")
        p.need(bool(accs or invs), f"{pid}: neither acceptance nor invoice")
        if not cons:
            continue
        total = sum((D(c.fields["contract_amount"]) for c in cons), Decimal(0))
        amount_ok = total == pr.contract_amount
        plant = codes.get("AMOUNT_MISMATCH")
        if plant and plant.project_id == pid:
            p.need(
                not amount_ok and abs(total - (pr.contract_amount or 0)) > 100,
                f"{pid}: planted AMOUNT_MISMATCH does not hold",
            )
            p.need(plant.file == cons[0].file and plant.page in cons[0].pages, f"{pid}: amount plant page")
            p.need(
                all("fees" not in c.fields for c in cons), f"{pid}: itemised contract would add FEE_MISMATCH"
            )
        else:
            p.need(amount_ok, f"{pid}: contract sum {total} ≠ declared {pr.contract_amount}")
            if any("fees" in c.fields for c in cons):
                p.need(all("fees" in c.fields for c in cons), f"{pid}: some contracts itemised, some not")
                for k in FEE_KEYS:
                    s = sum((D(c.fields["fees"][k]) for c in cons), Decimal(0))
                    p.need(s == getattr(pr.fees, k), f"{pid}: fee {k} {s} ≠ {getattr(pr.fees, k)}")
                for c in cons:
                    p.need(
                        sum(D(v) for v in c.fields["fees"].values()) == D(c.fields["contract_amount"]),
                        f"{c.id}: fees sum",
                    )
        party_bad = any(c.fields["party_a"] != pr.client or c.fields["party_b"] != ent.name for c in cons)
        plant = codes.get("PARTY_MISMATCH")
        if plant and plant.project_id == pid:
            p.need(party_bad, f"{pid}: planted PARTY_MISMATCH does not hold")
            p.need(plant.file == cons[0].file and plant.page == cons[0].pages[0], f"{pid}: party plant page")
        else:
            p.need(not party_bad, f"{pid}: parties differ")
        for a in accs:
            p.need(
                a.fields["party_b"] == ent.name
                and a.fields["conclusion"] == "passed"
                and a.fields["has_seal"],
                f"{a.id}: acceptance",
            )
            if not (plant and plant.project_id == pid):
                p.need(a.fields["party_a"] == pr.client, f"{a.id}: acceptance party_a")
        signed = {c.fields["signed_on"] for c in cons}
        p.need(
            len(signed) == 1 and pr.signed_on is not None and pr.signed_on.isoformat() in signed,
            f"{pid}: signing date",
        )
        if accs:
            last = max(a.fields["accepted_on"] for a in accs)
            p.need(
                pr.accepted_on is not None and last == pr.accepted_on.isoformat(), f"{pid}: acceptance date"
            )
            p.need(last.startswith("2024-"), f"{pid}: acceptance outside 2024")
            before = any(a.fields["accepted_on"] < min(signed) for a in accs)
            plant = codes.get("ACCEPTANCE_BEFORE_SIGNING")
            if plant and plant.project_id == pid:
                p.need(before, f"{pid}: planted ACCEPTANCE_BEFORE_SIGNING does not hold")
                p.need(
                    any(plant.file == a.file and plant.page in a.pages for a in accs),
                    f"{pid}: acceptance plant page",
                )
            else:
                p.need(not before, f"{pid}: acceptance before signing")
        p.need(pr.signed_on is not None and pr.signed_on.year in (2023, 2024), f"{pid}: signed year")
        inv_total = sum((D(i.fields["total_amount"]) for i in invs), Decimal(0))
        p.need(inv_total <= total, f"{pid}: invoices exceed contract")
        for i in invs:
            p.need(
                i.fields["seller"] == ent.name and i.fields["buyer"] == cons[0].fields["party_a"],
                f"{i.id}: invoice parties",
            )
            p.need(i.fields["qr"].split(",")[3] == i.fields["invoice_number"], f"{i.id}: qr number")
    for d in docs:
        if d.type in ("contract", "acceptance_report", "invoice", "other"):
            p.need(d.project_id in projects, f"{d.id}: project {d.project_id} not declared")

    # grade
    bar_t, bar_c, bar_total = BARS[ent.grade.value if ent.grade else "丁"]
    st = ent.staff
    p.need(
        (st.technical_total or 0) >= bar_t and (st.certified_total or 0) >= bar_c,
        "staff below the grade's bar",
    )
    p.need(st.certified_total == len(st.certificates), "certified_total ≠ certificate rows")
    p.need(all(c.certificate in RECOGNISED for c in st.certificates), "an unrecognised certificate")
    p.need(
        sum((pr.contract_amount or Decimal(0) for pr in decl.projects), Decimal(0)) >= bar_total,
        "project total below the bar",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("usage: python -m jianzheng_workshop.samples.alar.selfcheck DIR")
        return 2
    base = Path(args[0])
    roots = sorted(d for d in base.iterdir() if (d / "truth.json").exists())
    bad = 0
    clean = 0
    for root in roots:
        problems = check_one(root)
        truth = json.loads((root / "truth.json").read_text(encoding="utf-8"))
        clean += bool(truth["clean"])
        status = "ok" if not problems else "FAIL"
        plant = (
            ", ".join(
                f"{f['code']} ({f.get('file') or '-'}, p{f.get('page') or '-'})" for f in truth["findings"]
            )
            or "clean"
        )
        print(f"{status:4} {root.name}: {plant}")
        for msg in problems:
            print(f"     - {msg}")
        bad += bool(problems)
    print(f"{len(roots)} scenarios, {clean} clean, {bad} failing")
    return 1 if bad or not roots else 0


if __name__ == "__main__":
    raise SystemExit(main())
