"""The seven planted filings: one cause each, on a known file and page."""

from __future__ import annotations

import datetime as dt
import io
import random
from decimal import Decimal
from pathlib import Path

import numpy as np
from PIL import Image

from . import drafting, ink
from . import project_papers as pp
from .assembly import (
    DPI,
    LICENCE_STAMP,
    acceptance_paper,
    add_firm_files,
    add_pdf,
    contract_paper,
    copy_route,
    fax_time,
    invoice_papers,
    licence_paper,
    project_file,
    start_filing,
)
from .copier import mm
from .filing import pdf_stamp
from .model import Paper
from .office import FaxHeader, PageImage, Route, deliver
from .people import firm as make_firm
from .routes import certify, colour_scan, grey_scan, passes
from .sheet import Sheet
from .spelling import capital, money


def lt05_fax_amount(seed: int, index: int, out: Path) -> str:
    """AMOUNT_MISMATCH: P1's contract, received as a G4 fax, prints less than the row declares."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "轮台县")
    f = start_filing("lt05_fax_amount", seed, facts)
    add_firm_files(
        f,
        facts,
        rng,
        copy_route(rng, 1, colour_scan(rng), certify=certify(facts, rng, where=LICENCE_STAMP)),
        copy_route(rng, 1),
    )
    p1, p2 = facts.deals
    p1.itemised = False
    p1.printed_amount = money(
        (p1.amount * Decimal(str(rng.uniform(0.86, 0.93))) / 100).to_integral_value() * 100
    )
    p1.invoices = [
        drafting.make_invoice(
            rng, money(p1.printed_amount * Decimal("0.3")), p1.signed_on + dt.timedelta(days=12), False
        )
    ]
    sent = fax_time(p1.signed_on + dt.timedelta(days=rng.randrange(1, 3)), rng)
    c1 = contract_paper(p1, rng)
    fax = deliver(c1, Route("fax", passes(rng, 1), fax=FaxHeader(sent, p1.client.fax, "", style=1)), rng, DPI)
    name = f"FAX_{p1.client.fax.replace('-', '')}_{sent:%Y%m%d}.tif"
    f.add_tiff(name, [(c1, fax)])
    f.plant(
        "AMOUNT_MISMATCH",
        name,
        2,
        p1.id,
        f"the faxed contract prints {p1.printed_amount} (words and figures); the row declares {p1.amount}",
    )
    items = [(acceptance_paper(p1, rng), copy_route(rng, 1, holes=True))] + [
        (inv, copy_route(rng, 1)) for inv in invoice_papers(p1, rng)
    ]
    add_pdf(f, project_file(p1, "验收及发票"), items, rng)
    items = [
        (contract_paper(p2, rng), copy_route(rng, 2, riding_on_original=facts.firm.name)),
        (acceptance_paper(p2, rng), copy_route(rng, 1)),
    ]
    items += [(inv, copy_route(rng, 1)) for inv in invoice_papers(p2, rng)]
    add_pdf(f, project_file(p2, "合同及验收"), items, rng)
    return f.write(out)


def lt06_copy_party(seed: int, index: int, out: Path) -> str:
    """PARTY_MISMATCH: P1's contract copy names another firm of the same town as 乙方."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "库尔勒市")
    f = start_filing("lt06_copy_party", seed, facts)
    add_firm_files(
        f,
        facts,
        rng,
        copy_route(rng, 1, colour_scan(rng), certify=certify(facts, rng, where=LICENCE_STAMP)),
        copy_route(rng, 1, holes=True),
    )
    p1, p2 = facts.deals
    other = make_firm(rng, facts.firm.county, {facts.firm.name})
    p1.party_b = other
    p1.signer_b = other.legal_rep
    name = project_file(p1, "合同及验收")
    items = [
        (contract_paper(p1, rng), copy_route(rng, 2, holes=True, riding_on_original=other.name)),
        (acceptance_paper(p1, rng), copy_route(rng, 2)),
    ]
    items += [(inv, copy_route(rng, 1)) for inv in invoice_papers(p1, rng)]
    add_pdf(f, name, items, rng)
    f.plant(
        "PARTY_MISMATCH",
        name,
        1,
        p1.id,
        f"乙方 is {other.name} (its own seal and code), not the declaring firm; the acceptance and invoices name it too",
    )
    items = [
        (contract_paper(p2, rng), copy_route(rng, 1, lid="left")),
        (acceptance_paper(p2, rng), copy_route(rng, 1)),
    ]
    items += [(inv, copy_route(rng, 1)) for inv in invoice_papers(p2, rng)]
    add_pdf(f, project_file(p2, "合同及验收"), items, rng)
    return f.write(out)


def lt07_archive_2023(seed: int, index: int, out: Path) -> str:
    """ACCEPTANCE_OUT_OF_PERIOD: P2 is last year's job; its archived acceptance copy is dated December 2023."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "尉犁县")
    f = start_filing("lt07_archive_2023", seed, facts)
    add_firm_files(
        f,
        facts,
        rng,
        copy_route(rng, 2, colour_scan(rng), certify=certify(facts, rng, where=LICENCE_STAMP)),
        copy_route(rng, 1),
    )
    p1, p2 = facts.deals
    p2.signed_on = dt.date(2023, rng.randrange(4, 8), rng.randrange(1, 28))
    p2.start_on = p2.signed_on + dt.timedelta(days=7)
    p2.accepted_on = dt.date(2023, 12, rng.randrange(4, 23))
    p2.finish_on = p2.accepted_on - dt.timedelta(days=rng.randrange(6, 15))
    p2.days = 120
    p2.invoices = []
    items = [(contract_paper(p1, rng), copy_route(rng, 1)), (acceptance_paper(p1, rng), copy_route(rng, 1))]
    items += [(inv, copy_route(rng, 1)) for inv in invoice_papers(p1, rng)]
    add_pdf(f, project_file(p1, "合同及验收"), items, rng)
    name = project_file(p2, "合同及验收")
    add_pdf(
        f,
        name,
        [
            (contract_paper(p2, rng), copy_route(rng, 2, holes=True)),
            (
                acceptance_paper(p2, rng, letter=False),
                copy_route(
                    rng, 2, holes=True, lid="bottom", certify=certify(facts, rng, where=(150.0, 272.0))
                ),
            ),
        ],
        rng,
    )
    f.plant(
        "ACCEPTANCE_OUT_OF_PERIOD",
        name,
        4,
        p2.id,
        f"accepted {p2.accepted_on.isoformat()}, before the 2024 inspection year",
    )
    return f.write(out)


def lt08_copy_no_seal(seed: int, index: int, out: Path) -> str:
    """SEAL_MISSING: P1's acceptance copy was made from the unstamped draft; only the clerk's blue stamp is on it."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "和硕县")
    f = start_filing("lt08_copy_no_seal", seed, facts)
    add_firm_files(
        f,
        facts,
        rng,
        copy_route(rng, 1, colour_scan(rng), certify=certify(facts, rng, where=LICENCE_STAMP)),
        copy_route(rng, 1),
    )
    p1, p2 = facts.deals
    p1.accept_sealed = False
    name = project_file(p1, "合同及验收")
    blue = certify(facts, rng, colour=ink.BLUE, lines=("与原件核对无误",), seal=False, where=(150.0, 268.0))
    items = [
        (contract_paper(p1, rng), copy_route(rng, 1, colour_scan(rng))),
        (acceptance_paper(p1, rng, letter=False), copy_route(rng, 2, colour_scan(rng), certify=blue)),
    ]
    add_pdf(f, name, items, rng)
    f.plant(
        "SEAL_MISSING",
        name,
        4,
        p1.id,
        "the acceptance copy carries signatures but no seal of any party; "
        "the blue rectangle is the clerk's 与原件核对无误 stamp, not a seal",
    )
    items = [(contract_paper(p2, rng), copy_route(rng, 1)), (acceptance_paper(p2, rng), copy_route(rng, 1))]
    items += [(inv, copy_route(rng, 1)) for inv in invoice_papers(p2, rng) + invoice_papers(p1, rng)]
    add_pdf(f, project_file(p2, "合同及验收"), items, rng)
    return f.write(out)


def _paste_price(
    page: PageImage, paper: Paper, amount: Decimal, latin: str, rng: random.Random
) -> tuple[int, int, int, int]:
    """Cover the contract's price sentence with a clean block that states ``amount``; returns the box (px)."""
    _index, (x0, y0, x1, y1) = paper.anchors["amount"]
    dpi = round(page.dpi[0])
    buf = io.BytesIO()
    page.image.save(buf, "JPEG", quality=rng.randrange(74, 80))  # the scan as the office first saved it
    scanned = Image.open(io.BytesIO(buf.getvalue()))
    scanned.load()
    block = Sheet(dpi, latin=latin)
    pp.price_paragraph(block, amount, 10.5)
    box = (mm(x0, dpi), mm(y0, dpi), mm(x1, dpi), mm(y1, dpi))
    grey = np.asarray(scanned.convert("L"), dtype=np.float32)
    ring = np.concatenate(
        [
            grey[box[1] - 12 : box[1] - 4, box[0] : box[2]].ravel(),
            grey[box[3] + 4 : box[3] + 12, box[0] : box[2]].ravel(),
        ]
    )
    ground = float(np.median(ring))  # the forger matched the paper's grey, not its noise
    text = np.asarray(block.image.crop(box).convert("L"), dtype=np.float32) / 255.0
    out = scanned.copy()
    out.paste(Image.fromarray((text * ground).clip(0, 255).astype(np.uint8)).convert(scanned.mode), box[:2])
    out.info["quality"] = rng.randrange(86, 92)
    page.image = out
    return box


def lt09_pasted_amount(seed: int, index: int, out: Path) -> str:
    """IMAGE_TAMPERED: on P1's contract copy the price sentence is a clean pasted block stating the declared amount."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "轮台县")
    f = start_filing("lt09_pasted_amount", seed, facts)
    add_firm_files(
        f,
        facts,
        rng,
        copy_route(rng, 1, colour_scan(rng), certify=certify(facts, rng, where=LICENCE_STAMP)),
        copy_route(rng, 1),
    )
    p1, p2 = facts.deals
    p1.itemised = False
    real = money((p1.amount * Decimal(str(rng.uniform(0.84, 0.92))) / 100).to_integral_value() * 100)
    p1.printed_amount = real
    p1.invoices = [
        drafting.make_invoice(rng, money(real * Decimal("0.3")), p1.signed_on + dt.timedelta(days=10), False)
    ]
    contract = contract_paper(p1, rng)
    scan = grey_scan(rng)
    scan.rotate_deg = 0.0
    scan.noise = rng.uniform(2.6, 3.2)
    pages = deliver(contract, copy_route(rng, 1, scan, still=True), rng, DPI)
    box = _paste_price(pages[1], contract, p1.amount, "tiro" if rng.random() < 0.5 else "helv", rng)
    contract.fields["contract_amount"] = f"{p1.amount:.2f}"
    contract.fields["amount_in_words"] = capital(p1.amount)
    name = project_file(p1, "合同")
    f.add_pdf(name, [(contract, pages)], "copy", pdf_stamp(rng))
    f.plant(
        "IMAGE_TAMPERED",
        name,
        2,
        p1.id,
        f"price sentence pasted as a noise-free block at px {box} (200 dpi), saved once; the page around it "
        f"was compressed twice; the copy underneath said {real}",
    )
    items = [(acceptance_paper(p1, rng), copy_route(rng, 1))] + [
        (inv, copy_route(rng, 1)) for inv in invoice_papers(p1, rng)
    ]
    add_pdf(f, project_file(p1, "验收及发票"), items, rng)
    items = [(contract_paper(p2, rng), copy_route(rng, 1)), (acceptance_paper(p2, rng), copy_route(rng, 2))]
    items += [(inv, copy_route(rng, 1)) for inv in invoice_papers(p2, rng)]
    add_pdf(f, project_file(p2, "合同及验收"), items, rng)
    return f.write(out)


def lt10_reused_acceptance(seed: int, index: int, out: Path) -> str:
    """DUPLICATE_DOCUMENT: another copy of P1's acceptance is filed again among P2's papers."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "库尔勒市")
    f = start_filing("lt10_reused_acceptance", seed, facts)
    add_firm_files(
        f,
        facts,
        rng,
        copy_route(rng, 1, colour_scan(rng), certify=certify(facts, rng, where=LICENCE_STAMP)),
        copy_route(rng, 1),
    )
    p1, p2 = facts.deals
    if not p2.invoices:
        p2.invoices = [
            drafting.make_invoice(
                rng, money(p2.amount * Decimal("0.3")), p2.signed_on + dt.timedelta(days=15), False
            )
        ]
    acc1 = acceptance_paper(p1, rng, letter=False)
    items = [(contract_paper(p1, rng), copy_route(rng, 1)), (acc1, copy_route(rng, 1))]
    items += [(inv, copy_route(rng, 1)) for inv in invoice_papers(p1, rng)]
    add_pdf(f, project_file(p1, "合同及验收"), items, rng)
    name = project_file(p2, "合同及发票")
    items = [
        (contract_paper(p2, rng), copy_route(rng, 1)),
        (acc1, copy_route(rng, 1, holes=True, lid="right")),
    ]
    items += [(inv, copy_route(rng, 1)) for inv in invoice_papers(p2, rng)]
    add_pdf(f, name, items, rng, "kyocera")
    f.plant(
        "DUPLICATE_DOCUMENT",
        name,
        4,
        None,
        f"page 4 is another photocopy of P1's acceptance (page 4 of {project_file(p1, '合同及验收')})",
    )
    return f.write(out)


def lt11_old_licence(seed: int, index: int, out: Path) -> str:
    """LICENSE_EXPIRED: the archive's licence copy still shows the 20-year term that ended in 2024."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "轮台县", legacy=True)
    facts.established = dt.date(2004, rng.randrange(2, 10), rng.randrange(1, 28))
    f = start_filing("lt11_old_licence", seed, facts)
    until = facts.established.replace(year=2024) - dt.timedelta(days=1)
    lic = licence_paper(facts, rng, valid_until=until)
    add_firm_files(
        f,
        facts,
        rng,
        copy_route(rng, 2, colour_scan(rng), holes=True, certify=certify(facts, rng, where=LICENCE_STAMP)),
        copy_route(rng, 1),
        licence=lic,
    )
    f.plant("LICENSE_EXPIRED", "营业执照复印件.pdf", 1, None, f"营业期限 ends {until.isoformat()}")
    for d in facts.deals:
        items = [(contract_paper(d, rng), copy_route(rng, 1)), (acceptance_paper(d, rng), copy_route(rng, 1))]
        items += [(inv, copy_route(rng, 1)) for inv in invoice_papers(d, rng)]
        add_pdf(f, project_file(d, "合同及验收"), items, rng)
    return f.write(out)
