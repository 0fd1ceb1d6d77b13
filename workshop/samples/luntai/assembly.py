"""What every scenario does the same way: draw the firm's and the projects' papers, send them along routes into files."""

from __future__ import annotations

import datetime as dt
import random

from . import firm_papers as fp
from . import project_papers as pp
from .copier import ScanSettings
from .drafting import Facts
from .filing import Filing, pdf_stamp
from .model import Deal, Paper
from .office import Route, deliver
from .people import han_name
from .routes import grey_scan, passes

DPI = 200
LICENCE_STAMP = (72.0, 238.0)
"""Where the clerk stamps a licence copy: below 经营范围, clear of every field."""
AUDIT_STAMP = (128.0, 226.0)
"""Over the last paragraph of the audit opinion's first page (管理层的责任, no key figure)."""
COMPANY_TYPES = ("有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "其他有限责任公司")


def start_filing(name: str, seed: int, facts: Facts) -> Filing:
    return Filing(
        name=name,
        seed=seed,
        firm=facts.firm,
        grade=facts.grade,
        staff=facts.staff,
        finance=facts.finance,
        deals=facts.deals,
        established=facts.established.isoformat(),
    )


def licence_paper(
    facts: Facts, rng: random.Random, dpi: int = DPI, valid_until: dt.date | None = None
) -> Paper:
    issued = dt.date(
        rng.randrange(max(facts.established.year, 2017), 2024), rng.randrange(1, 13), rng.randrange(1, 28)
    )
    if issued < facts.established:
        issued = facts.established
    term = valid_until
    if term is None and rng.random() < 0.35:
        term = facts.established.replace(year=facts.established.year + 30) - dt.timedelta(days=1)
    return fp.licence(facts.firm, rng, dpi, facts.established, term, issued, rng.choice(COMPANY_TYPES))


def audit_paper(facts: Facts, rng: random.Random, dpi: int = DPI) -> Paper:
    name, prefix = facts.audit_firm
    return fp.audit_report(
        facts.firm, facts.finance, rng, dpi, name, prefix, facts.audit_signed, facts.auditors
    )


def contract_paper(deal: Deal, rng: random.Random, dpi: int = DPI, sealed: bool = True) -> Paper:
    return pp.contract(deal, rng, dpi, rng.randrange(3), rng.choice(("cn", "cn0", "han")), sealed)


def acceptance_paper(deal: Deal, rng: random.Random, dpi: int = DPI, letter: bool | None = None) -> Paper:
    style = rng.choice(("cn", "cn0"))
    if letter is None:
        letter = rng.random() < 0.45
    if letter:
        return pp.acceptance_letter(deal, rng, dpi, style)
    return pp.acceptance_table(
        deal, rng, dpi, style, show_amount=deal.printed_amount == deal.amount and rng.random() < 0.5
    )


def invoice_papers(deal: Deal, rng: random.Random, dpi: int = DPI) -> list[Paper]:
    return [pp.invoice(deal, inv, rng, dpi, han_name(rng)) for inv in deal.invoices]


def fax_time(day: dt.date, rng: random.Random) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, rng.randrange(9, 19), rng.randrange(60))


def add_pdf(
    f: Filing, name: str, items: list[tuple[Paper, Route]], rng: random.Random, device: str = "copy"
) -> None:
    f.add_pdf(
        name, [(paper, deliver(paper, route, rng, DPI)) for paper, route in items], device, pdf_stamp(rng)
    )


def copy_route(rng: random.Random, gens: int = 1, scan: ScanSettings | None = None, **kw) -> Route:
    """A photocopy route; keyword arguments go to the Route (holes, staple, certify, riding seals)."""
    copy_kw = {
        k: kw.pop(k) for k in ("heavy", "border", "lid", "shift", "scale", "streak", "still") if k in kw
    }
    return Route("copy", passes(rng, gens, **copy_kw), scan=scan or grey_scan(rng), **kw)


def add_firm_files(
    f: Filing,
    facts: Facts,
    rng: random.Random,
    lic: Route,
    audit: Route,
    licence: Paper | None = None,
    licence_name: str = "营业执照复印件.pdf",
    audit_name: str = "2024年度审计报告.pdf",
) -> None:
    paper = licence or licence_paper(facts, rng)
    if licence_name.endswith(".jpg"):
        page = deliver(paper, lic, rng, DPI)[0]
        f.add_jpeg(licence_name, paper, page, lic.scan.jpeg)
    else:
        add_pdf(f, licence_name, [(paper, lic)], rng)
    add_pdf(f, audit_name, [(audit_paper(facts, rng), audit)], rng)


def project_file(deal: Deal, what: str) -> str:
    return f"{deal.id}-{deal.name}（{what}）.pdf"
