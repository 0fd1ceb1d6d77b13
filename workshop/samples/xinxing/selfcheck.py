"""``python -m jianzheng_workshop.samples.xinxing.selfcheck DIR``: check a generated xinxing set.

For every filing: the declaration (json, or the workbook read back) and truth validate with ``models``; the
form's fee identities hold; every attachment page is in truth exactly once; documents hold consecutive pages;
truth fields validate as CONTRACT 2.2 fields and are visible in the text of their pages (each page painted
again, unscanned); the model rebuilt from the seed adds up (bills, taxes, invoices, settlements, audit);
clean filings plant nothing and agree with their papers; planted ones plant exactly the one cause truth
names, and that cause holds in what was drawn.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf as fitz

from jianzheng.models import FEE_KEYS, FIELDS_BY_TYPE, Declaration, DocType, Truth

from .codes import is_valid_credit_code
from .company import CERTIFICATES
from .declaration_files import read_workbook
from .scenarios import SCENARIOS, Filing, build
from .sheet import Sheet
from .spelling import capital, cents, cn_date, cn_date0, parse_capital, yuan

D = Decimal
ZERO = D(0)


class Problems(list[str]):
    def need(self, ok: bool, message: str) -> None:
        if not ok:
            self.append(message)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_texts(papers: dict[str, Any]) -> dict[str, str]:
    """Every paper's pages painted again without the scanner, as one squashed text per paper."""
    out = {}
    for key, paper in papers.items():
        parts = []
        for spec in paper.pages:
            doc = fitz.open()
            page = doc.new_page(width=spec.size[0], height=spec.size[1])
            sheet = Sheet(page, spec.latin)
            spec.paint(sheet)
            sheet.flush()
            parts.append(page.get_text())
        out[key] = _squash("".join(parts))
    return out


def _visible(key: str, name: str, value: Any, text: str, problems: Problems) -> None:
    """A truth field's value is printed on its paper in one of its spellings."""
    if name in ("has_seal", "consolidated", "opinion", "conclusion", "fees", "qr", "fiscal_year"):
        return
    spellings: list[str] = [str(value)]
    if isinstance(value, str) and re.fullmatch(r"-?\d+\.\d\d", value):
        spellings += [yuan(D(value)), f"¥{value}", capital(abs(D(value)))]
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        day = dt.date.fromisoformat(value)
        spellings += [cn_date(day), cn_date0(day)]
    if name == "registered_capital":
        from .company import capital_words

        spellings.append(capital_words(D(value)))
    problems.need(
        any(_squash(s) in text for s in spellings), f"{key}.{name}={value!r} not printed on its pages"
    )


def check_model(f: Filing, problems: Problems) -> None:
    """Arithmetic of what was drawn."""
    firm = f.firm
    problems.need(is_valid_credit_code(firm.party.credit_code), "firm credit code fails GB 32100")
    for p in f.projects:
        problems.need(
            is_valid_credit_code(p.client_party.credit_code), f"{p.pid} client credit code fails GB 32100"
        )
        if p.bill is not None:
            for bill in (b for b in (p.bill, p.settled) if b is not None):
                items = sum((line.amount for line in bill.lines()), ZERO)
                problems.need(items == bill.items, f"{p.pid} bill items do not add up")
                problems.need(bill.tax == cents(bill.before_tax * bill.tax_rate), f"{p.pid} bill tax")
                problems.need(
                    bill.total == items + bill.safety + bill.provisional + bill.levy + bill.tax,
                    f"{p.pid} bill total",
                )
            problems.need(p.total == p.bill.total, f"{p.pid} contract total is not the bill's")
            if p.settlement is not None:
                assert p.settled is not None
                problems.need(
                    p.settlement.approved == p.settled.total,
                    f"{p.pid} 审定金额 is not the settled bill's total",
                )
                problems.need(p.settlement.submitted > p.settlement.approved, f"{p.pid} 送审 not above 审定")
        else:
            problems.need(
                p.total == sum((line.amount for line in p.prices), ZERO),
                f"{p.pid} price list does not add up",
            )
            assert p.printed_fees is not None
            problems.need(
                sum(p.printed_fees.values(), ZERO) == p.total, f"{p.pid} 构成 table does not add up"
            )
        for inv in p.invoices:
            for line in inv.lines:
                problems.need(
                    line.net + line.tax == line.gross, f"{p.pid} invoice {inv.number} line does not add up"
                )
                problems.need(
                    abs(line.tax - line.net * line.tax_rate) <= D("0.06"),
                    f"{p.pid} invoice {inv.number} tax off the rate",
                )
        reds = [inv for inv in p.invoices if inv.red_of is not None]
        for red in reds:
            assert red.red_of is not None
            problems.need(
                red.total == -red.red_of.total and red.red_of.voided,
                f"{p.pid} red invoice does not offset its blue one",
            )
            problems.need(red.issued_on >= red.red_of.issued_on, f"{p.pid} red invoice before its blue one")
            blue_only = sum((inv.total for inv in p.invoices if inv.red_of is None), ZERO)
            problems.need(
                blue_only > p.total,
                f"{p.pid} blue invoices alone should exceed the contract (the red one's point)",
            )
        for inv in p.invoices:
            if not inv.digital:
                problems.need(
                    inv.issued_on <= dt.date(2024, 6, 30) and len(inv.number) == 8 and len(inv.code) == 10,
                    f"{p.pid} paper invoice {inv.number} malformed or too late",
                )
            else:
                problems.need(len(inv.number) == 20, f"{p.pid} 数电票 number {inv.number}")
        for r in p.receipts:
            problems.need(r.payer_name == p.client and r.payee_name == firm.name, f"{p.pid} receipt parties")
    st = firm.statement
    problems.need(
        st.revenue == st.revenue_si + st.revenue_dev + st.revenue_service, "revenue by kind does not add up"
    )
    problems.need(
        st.total_assets == st.total_liabilities + st.paid_in + st.surplus_reserve + st.undistributed,
        "balance sheet does not balance",
    )
    for holder, cert, level, _ in firm.certificates:
        problems.need((cert, level) in CERTIFICATES and bool(holder), f"certificate {cert} not on the list")


def check_plant(f: Filing, truth: Truth, texts: dict[str, str], problems: Problems) -> None:
    """Apart from the plant, the papers agree with the declaration; the plant's cause holds."""
    plant = f.plant.code if f.plant else None
    p1, p2 = f.projects
    for p in f.projects:
        words_ok = parse_capital(p.words_override or capital(p.total)) == p.total
        problems.need(
            words_ok == (not (plant == "AMOUNT_WORDS_MISMATCH" and p.pid == "P2")),
            f"{p.pid} words vs figures",
        )
        amount_ok = p.declared_amount == p.total
        problems.need(
            amount_ok == (not (plant == "AMOUNT_MISMATCH" and p.pid == "P1")),
            f"{p.pid} declared amount vs contract",
        )
        client_ok = p.declared_client == p.client
        problems.need(
            client_ok == (not (plant == "PARTY_MISMATCH" and p.pid == "P1")),
            f"{p.pid} declared client vs contract",
        )
        in_year = (
            p.accepted_on.year == 2024
            and p.signed_on <= p.accepted_on
            and p.declared_accepted_on == p.accepted_on
        )
        problems.need(
            in_year == (not (plant == "ACCEPTANCE_OUT_OF_PERIOD" and p.pid == "P2")),
            f"{p.pid} acceptance period",
        )
        problems.need(
            p.acceptance_passed == (not (plant == "ACCEPTANCE_NOT_PASSED" and p.pid == "P1")),
            f"{p.pid} acceptance conclusion",
        )
        over = p.invoiced > p.total
        problems.need(
            over == (plant == "INVOICE_EXCEEDS_CONTRACT" and p.pid == "P1"), f"{p.pid} invoices vs contract"
        )
        if p.printed_fees is not None:
            same = all(p.printed_fees.get(k, ZERO) == p.declared_fees[k] for k in FEE_KEYS)
            problems.need(
                same == (not (plant == "FEE_MISMATCH" and p.pid == "P2")),
                f"{p.pid} fee table vs declared fees",
            )
        problems.need(
            sum(p.declared_fees.values(), ZERO) == p.declared_amount, f"{p.pid} declared fees do not add up"
        )
    if plant == "AMOUNT_MISMATCH":
        assert p1.settlement is not None
        problems.need(
            p1.declared_amount == p1.settlement.approved < p1.total,
            "declared is not the 审定金额 below the contract",
        )
        problems.need(
            _squash(yuan(p1.declared_amount)) not in texts["P1.contract"],
            "the declared amount is printed in the contract",
        )
    if plant == "FEE_MISMATCH":
        assert p2.printed_fees is not None
        problems.need(
            all(_squash(yuan(v)) in texts["P2.contract"] for v in p2.printed_fees.values() if v),
            "fee table not printed as drawn",
        )
    if plant == "INVOICE_EXCEEDS_CONTRACT":
        assert p1.settlement is not None
        problems.need(
            p1.invoiced == p1.settlement.approved > p1.total,
            "invoices do not add up to a settlement above the contract",
        )
    if plant == "PARTY_MISMATCH":
        problems.need(
            _squash(f"甲方（发包人）：{p1.client}") in texts["P1.contract"]
            and p1.declared_client not in (p1.client,),
            "甲方 line",
        )
    if plant == "ACCEPTANCE_OUT_OF_PERIOD":
        problems.need(
            p2.accepted_on.year == 2023 and _squash(cn_date(p2.accepted_on)) in texts["P2.acceptance"],
            "acceptance date on the 验收单",
        )
    if plant == "ACCEPTANCE_NOT_PASSED":
        problems.need(
            "☑不合格" in texts["P1.acceptance"] or "不合格，验收不通过" in texts["P1.acceptance"],
            "failed conclusion not printed",
        )
    if plant == "AMOUNT_WORDS_MISMATCH":
        problems.need(
            _squash(p2.words_override) in texts["P2.contract"]
            and _squash(yuan(p2.total)) in texts["P2.contract"],
            "words and figures on the contract",
        )
    del truth


def check_filing(folder: Path) -> list[str]:
    problems = Problems()
    truth = Truth.model_validate_json((folder / "truth.json").read_text(encoding="utf-8"))
    index = next(i for i, k in enumerate(SCENARIOS, start=1) if k.name == truth.name)
    knobs = SCENARIOS[index - 1]
    assert truth.seed is not None
    problems.need((truth.seed - index) % 1000 == 0, "seed is not seed*1000+i")
    sub = folder / "submission"
    if (sub / "declaration.json").exists():
        raw = json.loads((sub / "declaration.json").read_text(encoding="utf-8"))
        for p in raw["projects"]:
            for value in [*p["fees"].values(), p["services_total"], p["contract_amount"]]:
                problems.need(
                    bool(re.fullmatch(r"\d+\.\d\d", value)), f"money {value!r} not a two-decimal string"
                )
    else:
        raw = read_workbook(sub / "declaration.xlsx")
    decl = Declaration.model_validate(raw)
    for p in decl.projects:
        problems.need(p.services_total == p.fees.services_sum(), f"{p.id} services_total breaks the identity")
        problems.need(p.contract_amount == p.fees.total(), f"{p.id} contract_amount breaks the identity")
    # pages: every attachment page exactly once
    files = {}
    for path in sorted(sub.rglob("*")):
        if path.is_file() and not path.name.startswith("declaration."):
            files[path.relative_to(sub).as_posix()] = (
                fitz.open(path).page_count if path.suffix == ".pdf" else 1
            )
    listed = [(pg.file, pg.page) for pg in truth.pages]
    problems.need(len(listed) == len(set(listed)), "a page is in truth twice")
    problems.need(
        set(listed) == {(f, n) for f, count in files.items() for n in range(1, count + 1)},
        "truth pages differ from the files' pages",
    )
    for doc in truth.documents:
        problems.need(
            doc.pages == list(range(doc.pages[0], doc.pages[0] + len(doc.pages))),
            f"{doc.id} pages not consecutive",
        )
        problems.need(
            all(
                pg.document == doc.id and pg.type == doc.type
                for pg in truth.pages
                if pg.file == doc.file and pg.page in doc.pages
            ),
            f"{doc.id} pages disagree",
        )
        fields_cls = FIELDS_BY_TYPE[DocType(doc.type)]
        try:
            fields_cls.model_validate({k: {"value": v, "page": doc.pages[0]} for k, v in doc.fields.items()})
        except Exception as exc:  # a truth field that is no CONTRACT 2.2 field of its type
            problems.append(f"{doc.id} fields invalid: {exc}")
    # the model again, from the seed
    import random

    from .papers import all_papers

    rng = random.Random(truth.seed)
    filing = build(knobs, rng)
    papers = all_papers(rng, filing)
    texts = page_texts(papers)
    check_model(filing, problems)
    for doc in truth.documents:
        key = next(
            (
                k
                for k, paper in papers.items()
                if paper.fields == doc.fields
                and paper.doc_type == doc.type
                and paper.project_id == doc.project_id
            ),
            None,
        )
        if doc.fields:
            problems.need(key is not None, f"{doc.id} fields are no paper's")
            if key:
                for name, value in doc.fields.items():
                    _visible(key, name, value, texts[key], problems)
    problems.need(
        truth.clean == (filing.plant is None) == (not truth.findings),
        "clean flag, plant and findings disagree",
    )
    if filing.plant is not None:
        problems.need(
            len(truth.findings) == 1 and truth.findings[0].code == filing.plant.code, "planted finding"
        )
        finding = truth.findings[0]
        problems.need((finding.file, finding.page) in listed, "planted page not in truth")
        page = next((pg for pg in truth.pages if (pg.file, pg.page) == (finding.file, finding.page)), None)
        owner = next((d for d in truth.documents if page and d.id == page.document), None)
        problems.need(
            owner is not None and owner.project_id == finding.project_id, "planted page is not the project's"
        )
    check_plant(filing, truth, texts, problems)
    # the declaration says what the papers say, the plant apart
    firm = filing.firm
    problems.need(
        decl.enterprise.name == firm.name and decl.enterprise.credit_code == firm.party.credit_code,
        "enterprise identity",
    )
    problems.need(
        decl.finance[0].operating_revenue == firm.statement.revenue
        and decl.finance[0].net_profit == firm.statement.net_profit,
        "finance figures",
    )
    problems.need(
        decl.enterprise.staff.technical_total is not None
        and decl.enterprise.staff.technical_total >= (20 if knobs.grade == "丙" else 6),
        "technical staff under the grade's bar",
    )
    if knobs.grade == "丙":
        total = sum((p.contract_amount or ZERO for p in decl.projects), ZERO)
        problems.need(
            total >= 5_000_000 and len(firm.certificates) >= 5,
            "丙级 project total or certificates under the bar",
        )
    return [f"{truth.name}: {m}" for m in problems]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    root = Path(argv[0])
    folders = sorted(p for p in root.iterdir() if (p / "truth.json").exists())
    problems: list[str] = []
    for folder in folders:
        problems += check_filing(folder)
    for line in problems:
        print(line)
    print(f"{len(folders)} filings, {len(problems)} problems: {'OK' if not problems and folders else 'FAIL'}")
    return 0 if folders and not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
