"""Check a written xinyuan corpus without the checker: ``python -m jianzheng_workshop.samples.xinyuan.selfcheck DIR``.

Per filing: truth and declaration validate with ``models``; the fee identities hold and the firm's code passes
GB 32100; every attachment is in truth once with all its pages and opens; scans have no text layer and 200–300 dpi,
born-digital PDFs carry every Chinese run in their text layer; every truth field is printed in Chinese on its
document's pages (money in figures or 大写, dates in any Chinese spelling); no Arabic-script run holds a Chinese
character and no Chinese run an Arabic one; the Uyghur/Kazakh lines (party, price, date) say what the Chinese says
except where a plant records that they do not; and the findings derived here from truth and the declaration
(licence, amounts, words, fees, parties, dates, acceptance, seals) are exactly the truth's, by code, project, file
and page. Exits non-zero on any problem."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf
import zxingcpp
from PIL import Image

from jianzheng.models import Declaration, Truth

from .facts import YEAR
from .numerals import (
    figures,
    read_capital,
    read_kk_date,
    read_ug_date,
    read_ug_words,
    read_zh_date,
)
from .world import PLACES, UNITS, code_valid

ARABIC = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
CJK = re.compile(r"[\u4e00-\u9fff]")
ATTACHMENT_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}


class Failure(Exception):
    """A filing is not internally consistent."""


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def second_name(zh: str, lang: str) -> str | None:
    """The Uyghur (or Kazakh) rendering this family prints for a client named ``zh``."""
    for place in PLACES:
        for unit, ug, kk, _ in UNITS:
            if zh == place.zh + unit:
                return f"{place.ug_adj} {ug}" if lang == "ug" else f"{place.kk_adj} {kk}"
    return None


class Filing:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.sub = root / "submission"
        self.problems: list[str] = []
        self.truth = Truth.model_validate_json((root / "truth.json").read_text(encoding="utf-8"))
        raw = json.loads((self.sub / "declaration.json").read_text(encoding="utf-8"))
        self.declaration = Declaration.model_validate(raw)
        self.printed: dict[str, Any] = json.loads((root / "printed.json").read_text(encoding="utf-8"))

    def fail(self, message: str) -> None:
        self.problems.append(message)

    # ------------------------------------------------------------ pages and files

    def runs(self, file: str, page: int, lang: str | None = "zh") -> list[dict[str, Any]]:
        record = self.printed["files"][file][page - 1]
        return [r for r in record["runs"] if lang is None or r["lang"] == lang]

    def doc_runs(self, doc, lang: str | None = "zh") -> list[tuple[int, dict[str, Any]]]:
        return [(p, r) for p in doc.pages for r in self.runs(doc.file, p, lang)]

    def check_declaration(self) -> None:
        ent = self.declaration.enterprise
        if not ent.credit_code or not code_valid(ent.credit_code):
            self.fail(f"declared credit code {ent.credit_code} fails GB 32100 / GB 11714")
        for project in self.declaration.projects:
            if project.services_total != project.fees.services_sum():
                self.fail(f"{project.id}: services_total breaks the identity")
            if project.contract_amount != project.fees.total():
                self.fail(f"{project.id}: contract_amount breaks the identity")

    def check_files(self) -> None:
        on_disk = {
            p.relative_to(self.sub).as_posix()
            for p in self.sub.rglob("*")
            if p.is_file() and p.suffix.lower() in ATTACHMENT_SUFFIXES
        }
        in_truth = {p.file for p in self.truth.pages}
        if on_disk != in_truth:
            self.fail(f"attachments {sorted(on_disk ^ in_truth)} are on disk or in truth only")
        for file in sorted(on_disk & in_truth):
            numbers = sorted(p.page for p in self.truth.pages if p.file == file)
            scanned = {p.scanned for p in self.truth.pages if p.file == file}
            path = self.sub / file
            if path.suffix.lower() == ".pdf":
                pdf = pymupdf.open(path)
                if numbers != list(range(1, pdf.page_count + 1)):
                    self.fail(f"{file}: truth pages {numbers}, file has {pdf.page_count}")
                for index in range(pdf.page_count):
                    page = pdf[index]
                    text = page.get_text().strip()
                    if scanned == {True}:
                        if text:
                            self.fail(f"{file} p{page.number + 1}: a scan with a text layer")
                        images = page.get_images(full=True)
                        width = images[0][2] if images else 0
                        dpi = width / (page.rect.width / 72)
                        if not 195 <= dpi <= 305:
                            self.fail(f"{file} p{page.number + 1}: scanned at {dpi:.0f} dpi")
                    else:
                        flat = _squash(text)
                        for run in self.runs(file, page.number + 1):
                            if _squash(run["text"]) not in flat:
                                self.fail(f"{file} p{page.number + 1}: {run['text']!r} not in the text layer")
                pdf.close()
            else:
                with Image.open(path) as image:
                    image.load()
                    dpi = image.info.get("dpi", (0, 0))[0]
                if numbers != [1] or scanned != {True} or not 195 <= dpi <= 305:
                    self.fail(f"{file}: an image must be one scanned page at 200–300 dpi ({numbers}, {dpi})")
        for doc in self.truth.documents:
            pages = [p for p in self.truth.pages if p.document == doc.id]
            if [p.page for p in pages] != doc.pages or any(
                p.type != doc.type or p.file != doc.file for p in pages
            ):
                self.fail(f"{doc.id}: pages or type disagree with the page list")
            if doc.pages != list(range(doc.pages[0], doc.pages[0] + len(doc.pages))):
                self.fail(f"{doc.id}: pages not consecutive")

    # ------------------------------------------------------------ what is printed

    def check_scripts(self) -> None:
        for file, pages in self.printed["files"].items():
            for record in pages:
                for run in record["runs"]:
                    if run["lang"] == "zh" and ARABIC.search(run["text"]):
                        self.fail(f"{file} p{record['page']}: Arabic script in a Chinese run")
                    if run["lang"] in ("ug", "kk") and CJK.search(run["text"]):
                        self.fail(
                            f"{file} p{record['page']}: Chinese in a {run['lang']} run ({run['text'][:20]})"
                        )

    def check_fields(self) -> None:
        for doc in self.truth.documents:
            runs = self.doc_runs(doc)
            flat = _squash("".join(r["text"] for _, r in runs))
            texts = [r["text"] for _, r in runs]
            for name, value in doc.fields.items():
                if not self._printed(doc, name, value, flat, texts):
                    self.fail(
                        f"{doc.id} ({doc.type}) {name}={value!r} is not printed in Chinese on its pages"
                    )

    def _printed(self, doc, name: str, value: Any, flat: str, texts: list[str]) -> bool:
        if name in ("has_seal",):
            last = self.printed["files"][doc.file][doc.pages[-1] - 1]
            return value == any(m["kind"] == "seal" for m in last["marks"])
        if name == "conclusion":
            boxes = {r["tag"]: r["text"] for _, r in self.doc_runs(doc, "sym")}
            return boxes.get("box_agree" if value == "passed" else "box_disagree") == "☑"
        if name == "qr":
            marks = self.printed["files"][doc.file][doc.pages[0] - 1]["marks"]
            found = [m.get("payload") for m in marks if m["kind"] == "qr"]
            return value in found and self._decodes(doc, value)
        if name == "fees":
            return all(figures(Decimal(v)) in flat for v in value.values())
        if name in ("opinion", "consolidated"):
            return "无保留意见" in flat or "公允反映" in flat
        if name == "fiscal_year":
            return f"{value}年度" in flat
        if name in ("established_on", "signed_on", "accepted_on"):
            day = dt.date.fromisoformat(value)
            return any(read_zh_date(t) == day for t in texts)
        if name == "valid_until":
            if value == "长期":
                return "至长期" in flat
            return any(read_zh_date(t.split("至")[-1]) == dt.date.fromisoformat(value) for t in texts)
        if name == "amount_in_words":
            return _squash(value) in flat and read_capital(value) == Decimal(doc.fields["contract_amount"])
        if name == "registered_capital":
            wan = Decimal(value) / 10000
            return (
                any(read_capital(t.replace("万元", "元")) == wan for t in texts) or f"{wan:.0f}万元" in flat
            )
        if name in ("contract_amount", "operating_revenue", "net_profit", "system_integration_revenue"):
            return figures(Decimal(value)) in flat
        return _squash(str(value)) in flat

    def _decodes(self, doc, payload: str) -> bool:
        path = self.sub / doc.file
        if path.suffix.lower() == ".pdf":
            pix = pymupdf.open(path)[doc.pages[0] - 1].get_pixmap(dpi=200)
            image = Image.frombytes("RGB" if pix.n >= 3 else "L", (pix.width, pix.height), pix.samples)
        else:
            image = Image.open(path)
        return any(r.text == payload for r in zxingcpp.read_barcodes(image))

    # ------------------------------------------------------------ the second language

    def check_second_language(self) -> None:
        plants = {p["document"]: p for p in self.printed["plants"] if p.get("document")}
        for doc in self.truth.documents:
            if doc.type not in ("contract", "acceptance_report"):
                continue
            plant = plants.get(doc.id)
            second = self.doc_runs(doc, None)
            lang = next((r["lang"] for _, r in second if r["lang"] in ("ug", "kk")), None)
            if lang is None:
                self.fail(f"{doc.id}: a {doc.type} without a Uyghur or Kazakh line")
                continue
            tagged = {r["tag"]: r["text"] for _, r in second if r["lang"] == lang and r["tag"]}
            if doc.type == "contract":
                clause = tagged.get("amount_second", "")
                said = read_ug_words(clause) if lang == "ug" else None
                if said is None:
                    digits = re.search(r"[\d,]+\.\d\d", clause)
                    said = int(Decimal(digits.group(0).replace(",", ""))) if digits else None
                if said is None:
                    said = read_ug_words(clause)
                expected = Decimal(doc.fields["contract_amount"])
                if plant and plant["code"] == "AMOUNT_MISMATCH":
                    expected = Decimal(plant["facts"]["second"])
                    if expected == Decimal(doc.fields["contract_amount"]):
                        self.fail(f"{doc.id}: the amount plant's Uyghur clause equals the Chinese price")
                if said is not None and Decimal(said) != expected:
                    self.fail(f"{doc.id}: the {lang} price clause says {said}, expected {expected}")
                if said is None and lang == "ug":
                    self.fail(f"{doc.id}: the Uyghur price clause cannot be read back")
                name_second = tagged.get("party_a_second", "")
                wanted = second_name(doc.fields["party_a"], lang)
                if plant and plant["code"] == "PARTY_MISMATCH":
                    wanted = plant["facts"]["second"]
                if wanted and not name_second.endswith(wanted):
                    self.fail(f"{doc.id}: the {lang} 甲方 line is not {wanted}")
            else:
                line = tagged.get("accepted_on_second", "")
                day = read_ug_date(line) if lang == "ug" else read_kk_date(line)
                expected_day = dt.date.fromisoformat(doc.fields["accepted_on"])
                if plant and plant["code"] == "DATE_MISMATCH":
                    expected_day = dt.date.fromisoformat(plant["facts"]["second"])
                    if expected_day == dt.date.fromisoformat(doc.fields["accepted_on"]):
                        self.fail(f"{doc.id}: the date plant's second-language line equals the Chinese date")
                if day != expected_day:
                    self.fail(f"{doc.id}: the {lang} date line says {day}, expected {expected_day}")

    # ------------------------------------------------------------ findings

    def page_of(self, doc, tag: str) -> int:
        for page in doc.pages:
            if any(r["tag"] == tag for r in self.runs(doc.file, page, None)):
                return page
        return doc.pages[0]

    def derive(self) -> set[tuple[str, str | None, str | None, int | None]]:
        """What a careful reviewer raises, from truth's fields and the declaration alone."""
        found: set[tuple[str, str | None, str | None, int | None]] = set()
        ent = self.declaration.enterprise
        licences = [d for d in self.truth.documents if d.type == "business_license"]
        if not licences:
            found.add(("LICENSE_MISSING", None, None, None))
        for lic in licences:
            f = lic.fields
            where = (lic.file, lic.pages[0])
            if f.get("company_name") != ent.name:
                found.add(("LICENSE_NAME_MISMATCH", None, *where))
            if f.get("credit_code") != ent.credit_code:
                found.add(("CREDIT_CODE_MISMATCH", None, *where))
            if (
                f.get("legal_representative") != ent.legal_representative
                or Decimal(f.get("registered_capital", "0")) != ent.registered_capital
                or f.get("established_on") != (ent.established_on.isoformat() if ent.established_on else None)
            ):
                found.add(("LICENSE_FIELD_MISMATCH", None, *where))
            until = f.get("valid_until")
            if until and until != "长期" and dt.date.fromisoformat(until) < dt.date(YEAR, 12, 31):
                found.add(("LICENSE_EXPIRED", None, *where))
        audits = {d.fields.get("fiscal_year"): d for d in self.truth.documents if d.type == "audit_report"}
        for year in self.declaration.finance:
            audit = audits.get(year.year)
            if audit is None:
                found.add(("AUDIT_REPORT_MISSING", None, None, None))
                continue
            for key in ("operating_revenue", "system_integration_revenue", "net_profit"):
                if Decimal(audit.fields[key]) != getattr(year, key):
                    found.add(("AUDIT_FIGURE_MISMATCH", None, audit.file, None))
        for project in self.declaration.projects:
            pid = project.id
            contracts = [d for d in self.truth.documents if d.type == "contract" and d.project_id == pid]
            accepts = [
                d for d in self.truth.documents if d.type == "acceptance_report" and d.project_id == pid
            ]
            if not contracts:
                found.add(("PROJECT_EVIDENCE_MISSING", pid, None, None))
            if contracts and not accepts:
                found.add(("ACCEPTANCE_MISSING", pid, contracts[0].file, None))
            for c in contracts:
                f = c.fields
                if Decimal(f["contract_amount"]) != project.contract_amount:
                    found.add(("AMOUNT_MISMATCH", pid, c.file, self.page_of(c, "contract_amount")))
                if read_capital(f["amount_in_words"]) != Decimal(f["contract_amount"]):
                    found.add(("AMOUNT_WORDS_MISMATCH", pid, c.file, self.page_of(c, "amount_in_words")))
                if "fees" in f and any(Decimal(v) != getattr(project.fees, k) for k, v in f["fees"].items()):
                    found.add(("FEE_MISMATCH", pid, c.file, self.page_of(c, "fees_row")))
                if f["party_a"] != project.client or f["party_b"] != ent.name:
                    found.add(("PARTY_MISMATCH", pid, c.file, self.page_of(c, "party_a")))
                if f["project_name"] != project.name:
                    found.add(("PROJECT_NAME_MISMATCH", pid, c.file, None))
                if project.signed_on and f["signed_on"] != project.signed_on.isoformat():
                    found.add(("DATE_MISMATCH", pid, c.file, self.page_of(c, "signed_on_甲方")))
                if not f["has_seal"]:
                    found.add(("SEAL_MISSING", pid, c.file, c.pages[-1]))
            for a in accepts:
                f = a.fields
                day = dt.date.fromisoformat(f["accepted_on"])
                page = self.page_of(a, "accepted_on")
                if project.accepted_on and day != project.accepted_on:
                    found.add(("DATE_MISMATCH", pid, a.file, page))
                if day.year != YEAR:
                    found.add(("ACCEPTANCE_OUT_OF_PERIOD", pid, a.file, page))
                if any(day < dt.date.fromisoformat(c.fields["signed_on"]) for c in contracts):
                    found.add(("ACCEPTANCE_BEFORE_SIGNING", pid, a.file, page))
                if f["conclusion"] != "passed":
                    found.add(("ACCEPTANCE_NOT_PASSED", pid, a.file, self.page_of(a, "box_disagree")))
                if not f["has_seal"]:
                    found.add(("SEAL_MISSING", pid, a.file, a.pages[-1]))
        return found

    def check_findings(self) -> None:
        expected = {(f.code.value, f.project_id, f.file, f.page) for f in self.truth.findings}
        derived = self.derive()
        if expected != derived:
            self.fail(f"findings: truth {sorted(expected, key=str)} but derived {sorted(derived, key=str)}")
        if self.truth.clean != (not self.truth.findings):
            self.fail("clean must mean no findings")
        for f in self.truth.findings:
            if f.file and not any(
                p.file == f.file and (f.page is None or p.page == f.page) for p in self.truth.pages
            ):
                self.fail(f"{f.code}: no truth page {f.file} p{f.page}")

    def run(self) -> None:
        for step in (
            self.check_declaration,
            self.check_files,
            self.check_scripts,
            self.check_fields,
            self.check_second_language,
            self.check_findings,
        ):
            step()
        if self.problems:
            raise Failure(f"{self.root.name}: " + "; ".join(self.problems))


def check_filing(root: Path) -> None:
    """Raise ``Failure`` when the filing under ``root`` is not internally consistent."""
    Filing(root).run()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m jianzheng_workshop.samples.xinyuan.selfcheck DIR", file=sys.stderr)
        return 2
    base = Path(args[0])
    roots = sorted(p.parent for p in base.glob("*/truth.json"))
    if not roots:
        print(f"no filings under {base}", file=sys.stderr)
        return 1
    failed = 0
    for root in roots:
        try:
            check_filing(root)
            print(f"ok   {root.name}")
        except Failure as exc:
            failed += 1
            print(f"FAIL {exc}")
    print(f"{len(roots) - failed}/{len(roots)} filings consistent")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
