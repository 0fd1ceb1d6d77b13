"""Check a generated shache set against what was drawn (no checker involved).

python -m jianzheng_workshop.samples.shache.selfcheck OUT
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from PIL import Image

from jianzheng.models.declaration import Declaration
from jianzheng.models.truth import Truth

from .world import cn_date, credit_check, figure, read_words, zh_num_date

IMAGE_EXT = {".jpg", ".jpeg", ".png"}


def _declaration(sub: Path) -> dict[str, Any]:
    if (sub / "declaration.json").exists():
        return json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
    from openpyxl import load_workbook

    wb = load_workbook(sub / "declaration.xlsx")
    info = {r[0]: r[1] for r in wb["企业信息"].iter_rows(min_row=2, values_only=True)}
    rows = list(wb["项目汇总"].iter_rows(values_only=True))
    head = [str(h).split("（")[0] for h in rows[0]]
    keys = {"软件开发费": "software_development", "咨询设计费": "consulting_design", "集成实施费": "integration_implementation",
            "运行维护费": "operation_maintenance", "数据处理费": "data_processing", "运营服务费": "operation_service",
            "自制硬件费": "self_made_hardware", "硬件购置费": "hardware_purchase", "软件购置费": "software_purchase",
            "其他": "other"}  # fmt: skip
    projects = []
    for r in rows[1:]:
        cell = dict(zip(head, r, strict=True))
        projects.append({"id": f"P{cell['序号']}", "name": cell["项目名称"], "client": cell["甲方单位"],
                         "signed_on": cell["合同签订日期"], "accepted_on": cell["验收日期"],
                         "fees": {v: cell[k] for k, v in keys.items()},
                         "services_total": cell["软件和信息技术服务费合计"], "contract_amount": cell["合同金额"]})  # fmt: skip
    fin = [dict(zip(["year", "operating_revenue", "system_integration_revenue", "net_profit"], r, strict=True))
           for r in wb["经营情况"].iter_rows(min_row=2, values_only=True)]  # fmt: skip
    return {"enterprise": {"name": info["企业名称"], "credit_code": info["统一社会信用代码"], "grade": info["资质等级"],
                           "inspection_year": info["年检年度"]}, "finance": fin, "projects": projects}  # fmt: skip


def _printed(key: str, value: Any, lines: list[str]) -> bool:
    text = "\n".join(lines)
    if isinstance(value, bool) or key in ("opinion", "conclusion", "consolidated", "fiscal_year"):
        return True
    if key == "fees":
        return all(Decimal(v) == 0 or figure(Decimal(v)) in text for v in value.values())
    if key in ("registered_capital",):
        return True  # printed in capital numerals, checked through the declaration
    if key.endswith("_on") or key == "valid_until":
        if value == "长期":
            return "至长期" in text
        d = dt.date.fromisoformat(value)
        return cn_date(d) in text or zh_num_date(d) in text
    if key in (
        "contract_amount",
        "total_amount",
        "operating_revenue",
        "net_profit",
        "system_integration_revenue",
    ):
        return figure(Decimal(value)) in text
    return str(value) in text


def check_one(root: Path) -> list[str]:
    errors: list[str] = []
    truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
    printed = json.loads((root / "printed.json").read_text(encoding="utf-8"))
    sub = root / "submission"
    raw = _declaration(sub)
    if (sub / "declaration.json").exists():
        decl = Declaration.model_validate(raw)
        for p in decl.projects:
            if p.fees.services_sum() != p.services_total or p.fees.total() != p.contract_amount:
                errors.append(f"{p.id}: fee identities broken")
    code = raw["enterprise"]["credit_code"]
    if credit_check(code[:17]) != code[17]:
        errors.append(f"credit code {code} fails GB 32100")
    files = {p.name for p in sub.iterdir() if p.suffix.lower() in IMAGE_EXT}
    if files != {pg.file for pg in truth.pages} or len(truth.pages) != len(files):
        errors.append("truth pages and files differ")
    for f in files:
        with Image.open(sub / f) as im:
            im.verify()
    for doc in truth.documents:
        lines = printed[doc.file]["lines"]
        for key, value in doc.fields.items():
            if not _printed(key, value, lines):
                errors.append(f"{doc.file}: {key}={value} not printed")
        if "amount_in_words" in doc.fields and read_words(doc.fields["amount_in_words"]) != Decimal(
            doc.fields["contract_amount"]
        ):
            errors.append(f"{doc.file}: words do not read back")
        if "has_seal" in doc.fields and doc.fields["has_seal"] != bool(printed[doc.file]["seals"]):
            errors.append(f"{doc.file}: has_seal disagrees with the seals drawn")
    got = sorted(derive(truth, raw))
    want = sorted((f.code.value, f.project_id) for f in truth.findings)
    if got != want:
        errors.append(f"derived findings {got} != planted {want}")
    if truth.clean and truth.findings:
        errors.append("clean filing plants findings")
    return errors


def derive(truth: Truth, decl: dict[str, Any]) -> list[tuple[str, str | None]]:
    """What a perfect reviewer would raise, from truth and the declaration."""
    out: list[tuple[str, str | None]] = []
    e = decl["enterprise"]
    year = int(e["inspection_year"])
    for doc in truth.documents:
        fl = doc.fields
        if doc.type == "business_license":
            if fl["valid_until"] != "长期" and dt.date.fromisoformat(fl["valid_until"]) < dt.date(
                year, 12, 31
            ):
                out.append(("LICENSE_EXPIRED", None))
            if fl["company_name"] != e["name"]:
                out.append(("LICENSE_NAME_MISMATCH", None))
            if fl["credit_code"] != e["credit_code"]:
                out.append(("CREDIT_CODE_MISMATCH", None))
        if doc.type == "audit_report":
            fin = {int(f["year"]): f for f in decl["finance"]}[fl["fiscal_year"]]
            for k in ("operating_revenue", "system_integration_revenue", "net_profit"):
                if Decimal(str(fin[k])) != Decimal(fl[k]):
                    out.append(("AUDIT_FIGURE_MISMATCH", None))
    for p in decl["projects"]:
        docs = [d for d in truth.documents if d.project_id == p["id"]]
        contracts = [d for d in docs if d.type == "contract"]
        accepts = [d for d in docs if d.type == "acceptance_report"]
        invoices = [d for d in docs if d.type == "invoice"]
        if not contracts:
            out.append(("PROJECT_EVIDENCE_MISSING", p["id"]))
            continue
        c = contracts[0].fields
        if Decimal(c["contract_amount"]) != Decimal(str(p["contract_amount"])):
            out.append(("AMOUNT_MISMATCH", p["id"]))
        if "fees" in c and any(Decimal(v) != Decimal(str(p["fees"][k])) for k, v in c["fees"].items()):
            out.append(("FEE_MISMATCH", p["id"]))
        if c["party_b"] != e["name"] or c["party_a"] != p["client"]:
            out.append(("PARTY_MISMATCH", p["id"]))
        if c["signed_on"] != str(p["signed_on"]):
            out.append(("DATE_MISMATCH", p["id"]))
        if not c["has_seal"]:
            out.append(("SEAL_MISSING", p["id"]))
        if not accepts and not invoices:
            out.append(("ACCEPTANCE_MISSING", p["id"]))
        for a in accepts:
            fa = a.fields
            on = dt.date.fromisoformat(fa["accepted_on"])
            if fa["party_b"] != e["name"] or fa["party_a"] != p["client"]:
                out.append(("PARTY_MISMATCH", p["id"]))
            if fa["accepted_on"] != str(p["accepted_on"]):
                out.append(("DATE_MISMATCH", p["id"]))
            if on.year != year:
                out.append(("ACCEPTANCE_OUT_OF_PERIOD", p["id"]))
            if on < dt.date.fromisoformat(c["signed_on"]):
                out.append(("ACCEPTANCE_BEFORE_SIGNING", p["id"]))
            if not fa["has_seal"]:
                out.append(("SEAL_MISSING", p["id"]))
            if fa["conclusion"] != "passed":
                out.append(("ACCEPTANCE_NOT_PASSED", p["id"]))
        if sum((Decimal(i.fields["total_amount"]) for i in invoices), Decimal(0)) > Decimal(
            c["contract_amount"]
        ):
            out.append(("INVOICE_EXCEEDS_CONTRACT", p["id"]))
    return out


def check(out: Path) -> dict[str, list[str]]:
    return {root.name: check_one(root) for root in sorted(out.iterdir()) if (root / "truth.json").exists()}


def main() -> None:
    results = check(Path(sys.argv[1]))
    for name, errs in results.items():
        print(f"{name}: {'ok' if not errs else '; '.join(errs)}")
    sys.exit(1 if any(results.values()) else 0)


if __name__ == "__main__":
    main()
