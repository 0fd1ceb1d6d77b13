"""The four clean filings: every paper agrees with the declaration; only the machines differ."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from . import drafting, ink
from . import firm_papers as fp
from .assembly import (
    AUDIT_STAMP,
    DPI,
    LICENCE_STAMP,
    acceptance_paper,
    add_firm_files,
    add_pdf,
    audit_paper,
    contract_paper,
    copy_route,
    fax_time,
    invoice_papers,
    licence_paper,
    project_file,
    start_filing,
)
from .filing import pdf_stamp
from .office import FaxHeader, Route, deliver
from .routes import certify, colour_scan, cut_copy, grey_scan, passes


def lt01_archive_copies(seed: int, index: int, out: Path) -> str:
    """Everything photocopied from the archive binder and certified by the clerk."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "轮台县")
    f = start_filing("lt01_archive_copies", seed, facts)
    cert = certify(facts, rng, lines=("此复印件与原件一致", "仅供年检使用"), where=LICENCE_STAMP)
    add_firm_files(
        f,
        facts,
        rng,
        copy_route(rng, 1, colour_scan(rng), certify=cert),
        copy_route(
            rng,
            1,
            colour_scan(rng),
            holes=True,
            staple=True,
            certify=certify(facts, rng, pages="first", where=AUDIT_STAMP),
        ),
    )
    p1, p2 = facts.deals
    c1 = contract_paper(p1, rng)
    items = [
        (
            c1,
            copy_route(
                rng,
                2,
                colour_scan(rng),
                holes=True,
                staple=True,
                riding_on_original=facts.firm.name,
                certify=certify(facts, rng, seal=False, where=(150.0, 266.0)),
            ),
        )
    ]
    items.append((acceptance_paper(p1, rng), copy_route(rng, 2, colour_scan(rng), holes=True)))
    items += [(inv, copy_route(rng, 1, colour_scan(rng))) for inv in invoice_papers(p1, rng)]
    add_pdf(f, project_file(p1, "合同及验收资料"), items, rng)
    items = [
        (contract_paper(p2, rng), copy_route(rng, 1, lid="right")),
        (acceptance_paper(p2, rng), copy_route(rng, 1, lid="right")),
    ]
    items += [(inv, copy_route(rng, 1)) for inv in invoice_papers(p2, rng)]
    add_pdf(f, project_file(p2, "合同及验收资料"), items, rng, "kyocera")
    return f.write(out)


def lt02_fax_received(seed: int, index: int, out: Path) -> str:
    """P1's signed contract and acceptance came back by fax: a fax-server PDF with a cover, and a G4 TIFF."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "尉犁县")
    f = start_filing("lt02_fax_received", seed, facts)
    blue = certify(facts, rng, colour=ink.BLUE, lines=("与原件核对无误",), where=(88.0, 240.0))
    add_firm_files(
        f,
        facts,
        rng,
        copy_route(rng, 1, colour_scan(rng), certify=blue),
        copy_route(rng, 1),
        licence_name="营业执照.jpg",
    )
    p1, p2 = facts.deals
    sent = fax_time(p1.signed_on + dt.timedelta(days=rng.randrange(1, 4)), rng)
    header = FaxHeader(sent, p1.client.fax, "", style=0)
    cover = fp.fax_cover(
        DPI,
        p1.client.name,
        p1.client.fax,
        p1.client.contact,
        facts.firm,
        4,
        sent.date(),
        "回传合同签字盖章页，请查收。",
    )
    items = [
        (cover, Route("fax", fax=header, fax_fine=[False], fax_first_page=1, fax_total=4)),
        (
            contract_paper(p1, rng),
            Route("fax", fax=header, fax_fine=[True] * 3, fax_first_page=2, fax_total=4),
        ),
    ]
    add_pdf(f, f"传真_{sent:%Y%m%d%H%M%S}.pdf", items, rng, "fax")
    accepted = fax_time(p1.accepted_on + dt.timedelta(days=rng.randrange(0, 3)), rng)
    acc = acceptance_paper(p1, rng, letter=False)
    fax_acc = deliver(
        acc, Route("fax", fax=FaxHeader(accepted, p1.client.fax, "", style=2), fax_total=1), rng, DPI
    )
    f.add_tiff(f"FAX{accepted:%Y%m%d}_{p1.client.fax.replace('-', '')}.tif", [(acc, fax_acc)])
    p1_invoices = invoice_papers(p1, rng)
    items = [(contract_paper(p2, rng), copy_route(rng, 1, riding_on_original=facts.firm.name))]
    items.append(
        (
            acceptance_paper(p2, rng),
            Route(
                "fax_print",
                passes(rng, 1),
                fax=FaxHeader(fax_time(p2.accepted_on, rng), p2.client.fax, "", 1),
                scan=grey_scan(rng),
            ),
        )
    )
    items += [(inv, copy_route(rng, 1)) for inv in invoice_papers(p2, rng) + p1_invoices]
    add_pdf(f, project_file(p2, "合同验收发票"), items, rng, "hp")
    return f.write(out)


def lt03_bw_reprints(seed: int, index: int, out: Path) -> str:
    """Colour scans printed in black and white and scanned again; a 95 % copy; the stamped form scanned B/W."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "和硕县")
    f = start_filing("lt03_bw_reprints", seed, facts)
    reprint = Route("reprint", scan=grey_scan(rng))
    add_firm_files(f, facts, rng, reprint, Route("reprint", scan=grey_scan(rng)), licence_name="营业执照.pdf")
    p1, p2 = facts.deals
    c1 = contract_paper(p1, rng)
    route = Route(
        "copy",
        passes(rng, 1),
        page_passes={1: cut_copy(rng), 2: passes(rng, 1, lid="top")},
        scan=grey_scan(rng),
    )
    add_pdf(f, project_file(p1, "合同"), [(c1, route)], rng, "canon")
    add_pdf(
        f,
        project_file(p1, "验收报告"),
        [(acceptance_paper(p1, rng), Route("reprint", scan=grey_scan(rng)))],
        rng,
    )
    items = [
        (contract_paper(p2, rng), Route("reprint", scan=grey_scan(rng))),
        (acceptance_paper(p2, rng), Route("reprint", scan=grey_scan(rng))),
    ]
    items += [
        (inv, Route("reprint", scan=grey_scan(rng)))
        for inv in invoice_papers(p2, rng) + invoice_papers(p1, rng)
    ]
    add_pdf(f, project_file(p2, "合同验收发票"), items, rng, "canon")
    rows = [(d.name, d.client.name, d.amount, d.accepted_on) for d in facts.deals]
    form = fp.declaration_form(
        facts.firm,
        rng,
        DPI,
        facts.grade,
        facts.staff.technical,
        len(facts.staff.certificates),
        facts.finance,
        rows,
        dt.date(2025, 2, rng.randrange(18, 27)),
    )
    add_pdf(f, "申报表盖章版.pdf", [(form, Route("fax"))], rng, "hp")
    return f.write(out)


def lt04_mixed_good_poor(seed: int, index: int, out: Path) -> str:
    """A 丙-grade firm mixes clean 300 dpi colour scans with third-generation copies in black borders."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "库尔勒市", grade="丙", projects=3, amount_range=(1_700_000, 3_600_000))
    f = start_filing("lt04_mixed_good_poor", seed, facts)
    lic = licence_paper(facts, rng, 300)
    f.add_pdf(
        "营业执照扫描件.pdf",
        [(lic, deliver(lic, Route("scan", scan=colour_scan(rng, 82)), rng, 300))],
        "canon",
        pdf_stamp(rng),
    )
    audit = audit_paper(facts, rng)
    add_pdf(f, "审计报告.pdf", [(audit, Route("scan", scan=colour_scan(rng, 78)))], rng, "canon")
    p1, p2, p3 = facts.deals
    blue = certify(facts, rng, colour=ink.BLUE, seal=False, where=(120.0, 268.0))
    items = [
        (
            contract_paper(p1, rng),
            copy_route(rng, 3, heavy=True, border=25, shift=4.0, scale=0.97, streak=True, certify=blue),
        ),
        (acceptance_paper(p1, rng), copy_route(rng, 2, border=25, shift=3.0, certify=blue)),
    ]
    items += [(inv, copy_route(rng, 2)) for inv in invoice_papers(p1, rng)]
    add_pdf(f, f"{p1.id}.pdf", items, rng)
    items = [
        (contract_paper(p2, rng), Route("scan", scan=colour_scan(rng, 80))),
        (acceptance_paper(p2, rng), Route("scan", scan=colour_scan(rng, 80))),
    ]
    items += [(inv, Route("scan", scan=colour_scan(rng, 80))) for inv in invoice_papers(p2, rng)]
    add_pdf(f, f"{p2.id}.pdf", items, rng, "canon")
    items = [
        (
            contract_paper(p3, rng),
            copy_route(rng, 2, border=30, shift=5.0, scale=0.98, riding_seal=facts.firm.name),
        ),
        (acceptance_paper(p3, rng, letter=True), copy_route(rng, 1, holes=True)),
    ]
    items += [(inv, copy_route(rng, 1)) for inv in invoice_papers(p3, rng)]
    add_pdf(f, f"{p3.id}.pdf", items, rng)
    return f.write(out)
