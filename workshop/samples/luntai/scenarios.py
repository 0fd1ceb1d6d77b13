"""The eleven filings: which papers, along which routes, into which files, and what is planted where."""

from __future__ import annotations

import datetime as dt
import io
import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import numpy as np
from PIL import Image

from . import drafting, ink
from . import firm_papers as fp
from . import project_papers as pp
from .copier import ScanSettings, mm
from .drafting import Facts
from .filing import Filing, pdf_stamp
from .model import Deal, Paper
from .office import FaxHeader, PageImage, Route, deliver
from .people import han_name
from .routes import certify, colour_scan, cut_copy, grey_scan, passes
from .sheet import Sheet
from .spelling import capital, money

DPI = 200
LICENCE_STAMP = (72.0, 238.0)
"""Where the clerk stamps a licence copy: below 经营范围, clear of every field."""
AUDIT_STAMP = (128.0, 226.0)
"""Over the last paragraph of the audit opinion's first page (管理层的责任, no key figure)."""
COMPANY_TYPES = ("有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "其他有限责任公司")


def _filing(name: str, seed: int, facts: Facts) -> Filing:
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


def _licence(facts: Facts, rng: random.Random, dpi: int = DPI, valid_until: dt.date | None = None) -> Paper:
    issued = dt.date(
        rng.randrange(max(facts.established.year, 2017), 2024), rng.randrange(1, 13), rng.randrange(1, 28)
    )
    if issued < facts.established:
        issued = facts.established
    term = valid_until
    if term is None and rng.random() < 0.35:
        term = facts.established.replace(year=facts.established.year + 30) - dt.timedelta(days=1)
    return fp.licence(facts.firm, rng, dpi, facts.established, term, issued, rng.choice(COMPANY_TYPES))


def _audit(facts: Facts, rng: random.Random, dpi: int = DPI) -> Paper:
    name, prefix = facts.audit_firm
    return fp.audit_report(
        facts.firm, facts.finance, rng, dpi, name, prefix, facts.audit_signed, facts.auditors
    )


def _contract(deal: Deal, rng: random.Random, dpi: int = DPI, sealed: bool = True) -> Paper:
    return pp.contract(deal, rng, dpi, rng.randrange(3), rng.choice(("cn", "cn0", "han")), sealed)


def _acceptance(deal: Deal, rng: random.Random, dpi: int = DPI, letter: bool | None = None) -> Paper:
    style = rng.choice(("cn", "cn0"))
    if letter is None:
        letter = rng.random() < 0.45
    if letter:
        return pp.acceptance_letter(deal, rng, dpi, style)
    return pp.acceptance_table(
        deal, rng, dpi, style, show_amount=deal.printed_amount == deal.amount and rng.random() < 0.5
    )


def _invoices(deal: Deal, rng: random.Random, dpi: int = DPI) -> list[Paper]:
    return [pp.invoice(deal, inv, rng, dpi, han_name(rng)) for inv in deal.invoices]


def _fax_time(day: dt.date, rng: random.Random) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, rng.randrange(9, 19), rng.randrange(60))


def _pdf(
    f: Filing, name: str, items: list[tuple[Paper, Route]], rng: random.Random, device: str = "copy"
) -> None:
    f.add_pdf(
        name, [(paper, deliver(paper, route, rng, DPI)) for paper, route in items], device, pdf_stamp(rng)
    )


def _copy(rng: random.Random, gens: int = 1, scan: ScanSettings | None = None, **kw) -> Route:
    """A photocopy route; keyword arguments go to the Route (holes, staple, certify, riding seals)."""
    copy_kw = {
        k: kw.pop(k) for k in ("heavy", "border", "lid", "shift", "scale", "streak", "still") if k in kw
    }
    return Route("copy", passes(rng, gens, **copy_kw), scan=scan or grey_scan(rng), **kw)


def _firm_files(
    f: Filing,
    facts: Facts,
    rng: random.Random,
    lic: Route,
    audit: Route,
    licence: Paper | None = None,
    licence_name: str = "营业执照复印件.pdf",
    audit_name: str = "2024年度审计报告.pdf",
) -> None:
    paper = licence or _licence(facts, rng)
    if licence_name.endswith(".jpg"):
        page = deliver(paper, lic, rng, DPI)[0]
        f.add_jpeg(licence_name, paper, page, lic.scan.jpeg)
    else:
        _pdf(f, licence_name, [(paper, lic)], rng)
    _pdf(f, audit_name, [(_audit(facts, rng), audit)], rng)


def _project_file_name(deal: Deal, what: str) -> str:
    return f"{deal.id}-{deal.name}（{what}）.pdf"


# ---- the clean filings ---------------------------------------------------------------------------


def lt01_archive_copies(seed: int, index: int, out: Path) -> str:
    """Everything photocopied from the archive binder and certified by the clerk."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "轮台县")
    f = _filing("lt01_archive_copies", seed, facts)
    cert = certify(facts, rng, lines=("此复印件与原件一致", "仅供年检使用"), where=LICENCE_STAMP)
    _firm_files(
        f,
        facts,
        rng,
        _copy(rng, 1, colour_scan(rng), certify=cert),
        _copy(
            rng,
            1,
            colour_scan(rng),
            holes=True,
            staple=True,
            certify=certify(facts, rng, pages="first", where=AUDIT_STAMP),
        ),
    )
    p1, p2 = facts.deals
    c1 = _contract(p1, rng)
    items = [
        (
            c1,
            _copy(
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
    items.append((_acceptance(p1, rng), _copy(rng, 2, colour_scan(rng), holes=True)))
    items += [(inv, _copy(rng, 1, colour_scan(rng))) for inv in _invoices(p1, rng)]
    _pdf(f, _project_file_name(p1, "合同及验收资料"), items, rng)
    items = [
        (_contract(p2, rng), _copy(rng, 1, lid="right")),
        (_acceptance(p2, rng), _copy(rng, 1, lid="right")),
    ]
    items += [(inv, _copy(rng, 1)) for inv in _invoices(p2, rng)]
    _pdf(f, _project_file_name(p2, "合同及验收资料"), items, rng, "kyocera")
    return f.write(out)


def lt02_fax_received(seed: int, index: int, out: Path) -> str:
    """P1's signed contract and acceptance came back by fax: a fax-server PDF with a cover, and a G4 TIFF."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "尉犁县")
    f = _filing("lt02_fax_received", seed, facts)
    blue = certify(facts, rng, colour=ink.BLUE, lines=("与原件核对无误",), where=(88.0, 240.0))
    _firm_files(
        f,
        facts,
        rng,
        _copy(rng, 1, colour_scan(rng), certify=blue),
        _copy(rng, 1),
        licence_name="营业执照.jpg",
    )
    p1, p2 = facts.deals
    sent = _fax_time(p1.signed_on + dt.timedelta(days=rng.randrange(1, 4)), rng)
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
        (_contract(p1, rng), Route("fax", fax=header, fax_fine=[True] * 3, fax_first_page=2, fax_total=4)),
    ]
    _pdf(f, f"传真_{sent:%Y%m%d%H%M%S}.pdf", items, rng, "fax")
    accepted = _fax_time(p1.accepted_on + dt.timedelta(days=rng.randrange(0, 3)), rng)
    acc = _acceptance(p1, rng, letter=False)
    fax_acc = deliver(
        acc, Route("fax", fax=FaxHeader(accepted, p1.client.fax, "", style=2), fax_total=1), rng, DPI
    )
    f.add_tiff(f"FAX{accepted:%Y%m%d}_{p1.client.fax.replace('-', '')}.tif", [(acc, fax_acc)])
    p1_invoices = _invoices(p1, rng)
    items = [(_contract(p2, rng), _copy(rng, 1, riding_on_original=facts.firm.name))]
    items.append(
        (
            _acceptance(p2, rng),
            Route(
                "fax_print",
                passes(rng, 1),
                fax=FaxHeader(_fax_time(p2.accepted_on, rng), p2.client.fax, "", 1),
                scan=grey_scan(rng),
            ),
        )
    )
    items += [(inv, _copy(rng, 1)) for inv in _invoices(p2, rng) + p1_invoices]
    _pdf(f, _project_file_name(p2, "合同验收发票"), items, rng, "hp")
    return f.write(out)


def lt03_bw_reprints(seed: int, index: int, out: Path) -> str:
    """Colour scans printed in black and white and scanned again; a 95 % copy; the stamped form scanned B/W."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "和硕县")
    f = _filing("lt03_bw_reprints", seed, facts)
    reprint = Route("reprint", scan=grey_scan(rng))
    _firm_files(f, facts, rng, reprint, Route("reprint", scan=grey_scan(rng)), licence_name="营业执照.pdf")
    p1, p2 = facts.deals
    c1 = _contract(p1, rng)
    route = Route(
        "copy",
        passes(rng, 1),
        page_passes={1: cut_copy(rng), 2: passes(rng, 1, lid="top")},
        scan=grey_scan(rng),
    )
    _pdf(f, _project_file_name(p1, "合同"), [(c1, route)], rng, "canon")
    _pdf(
        f,
        _project_file_name(p1, "验收报告"),
        [(_acceptance(p1, rng), Route("reprint", scan=grey_scan(rng)))],
        rng,
    )
    items = [
        (_contract(p2, rng), Route("reprint", scan=grey_scan(rng))),
        (_acceptance(p2, rng), Route("reprint", scan=grey_scan(rng))),
    ]
    items += [(inv, Route("reprint", scan=grey_scan(rng))) for inv in _invoices(p2, rng) + _invoices(p1, rng)]
    _pdf(f, _project_file_name(p2, "合同验收发票"), items, rng, "canon")
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
    _pdf(f, "申报表盖章版.pdf", [(form, Route("fax"))], rng, "hp")
    return f.write(out)


def lt04_mixed_good_poor(seed: int, index: int, out: Path) -> str:
    """A 丙-grade firm mixes clean 300 dpi colour scans with third-generation copies in black borders."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "库尔勒市", grade="丙", projects=3, amount_range=(1_700_000, 3_600_000))
    f = _filing("lt04_mixed_good_poor", seed, facts)
    lic = _licence(facts, rng, 300)
    f.add_pdf(
        "营业执照扫描件.pdf",
        [(lic, deliver(lic, Route("scan", scan=colour_scan(rng, 82)), rng, 300))],
        "canon",
        pdf_stamp(rng),
    )
    audit = _audit(facts, rng)
    _pdf(f, "审计报告.pdf", [(audit, Route("scan", scan=colour_scan(rng, 78)))], rng, "canon")
    p1, p2, p3 = facts.deals
    blue = certify(facts, rng, colour=ink.BLUE, seal=False, where=(120.0, 268.0))
    items = [
        (
            _contract(p1, rng),
            _copy(rng, 3, heavy=True, border=25, shift=4.0, scale=0.97, streak=True, certify=blue),
        ),
        (_acceptance(p1, rng), _copy(rng, 2, border=25, shift=3.0, certify=blue)),
    ]
    items += [(inv, _copy(rng, 2)) for inv in _invoices(p1, rng)]
    _pdf(f, f"{p1.id}.pdf", items, rng)
    items = [
        (_contract(p2, rng), Route("scan", scan=colour_scan(rng, 80))),
        (_acceptance(p2, rng), Route("scan", scan=colour_scan(rng, 80))),
    ]
    items += [(inv, Route("scan", scan=colour_scan(rng, 80))) for inv in _invoices(p2, rng)]
    _pdf(f, f"{p2.id}.pdf", items, rng, "canon")
    items = [
        (_contract(p3, rng), _copy(rng, 2, border=30, shift=5.0, scale=0.98, riding_seal=facts.firm.name)),
        (_acceptance(p3, rng, letter=True), _copy(rng, 1, holes=True)),
    ]
    items += [(inv, _copy(rng, 1)) for inv in _invoices(p3, rng)]
    _pdf(f, f"{p3.id}.pdf", items, rng)
    return f.write(out)


# ---- the planted filings -------------------------------------------------------------------------


def lt05_fax_amount(seed: int, index: int, out: Path) -> str:
    """AMOUNT_MISMATCH: P1's contract, received as a G4 fax, prints less than the row declares."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "轮台县")
    f = _filing("lt05_fax_amount", seed, facts)
    _firm_files(
        f,
        facts,
        rng,
        _copy(rng, 1, colour_scan(rng), certify=certify(facts, rng, where=LICENCE_STAMP)),
        _copy(rng, 1),
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
    sent = _fax_time(p1.signed_on + dt.timedelta(days=rng.randrange(1, 3)), rng)
    c1 = _contract(p1, rng)
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
    items = [(_acceptance(p1, rng), _copy(rng, 1, holes=True))] + [
        (inv, _copy(rng, 1)) for inv in _invoices(p1, rng)
    ]
    _pdf(f, _project_file_name(p1, "验收及发票"), items, rng)
    items = [
        (_contract(p2, rng), _copy(rng, 2, riding_on_original=facts.firm.name)),
        (_acceptance(p2, rng), _copy(rng, 1)),
    ]
    items += [(inv, _copy(rng, 1)) for inv in _invoices(p2, rng)]
    _pdf(f, _project_file_name(p2, "合同及验收"), items, rng)
    return f.write(out)


def lt06_copy_party(seed: int, index: int, out: Path) -> str:
    """PARTY_MISMATCH: P1's contract copy names another firm of the same town as 乙方."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "库尔勒市")
    f = _filing("lt06_copy_party", seed, facts)
    _firm_files(
        f,
        facts,
        rng,
        _copy(rng, 1, colour_scan(rng), certify=certify(facts, rng, where=LICENCE_STAMP)),
        _copy(rng, 1, holes=True),
    )
    p1, p2 = facts.deals
    from .people import firm as make_firm

    other = make_firm(rng, facts.firm.county, {facts.firm.name})
    p1.party_b = other
    p1.signer_b = other.legal_rep
    name = _project_file_name(p1, "合同及验收")
    items = [
        (_contract(p1, rng), _copy(rng, 2, holes=True, riding_on_original=other.name)),
        (_acceptance(p1, rng), _copy(rng, 2)),
    ]
    items += [(inv, _copy(rng, 1)) for inv in _invoices(p1, rng)]
    _pdf(f, name, items, rng)
    f.plant(
        "PARTY_MISMATCH",
        name,
        1,
        p1.id,
        f"乙方 is {other.name} (its own seal and code), not the declaring firm; the acceptance and invoices name it too",
    )
    items = [(_contract(p2, rng), _copy(rng, 1, lid="left")), (_acceptance(p2, rng), _copy(rng, 1))]
    items += [(inv, _copy(rng, 1)) for inv in _invoices(p2, rng)]
    _pdf(f, _project_file_name(p2, "合同及验收"), items, rng)
    return f.write(out)


def lt07_archive_2023(seed: int, index: int, out: Path) -> str:
    """ACCEPTANCE_OUT_OF_PERIOD: P2 is last year's job; its archived acceptance copy is dated December 2023."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "尉犁县")
    f = _filing("lt07_archive_2023", seed, facts)
    _firm_files(
        f,
        facts,
        rng,
        _copy(rng, 2, colour_scan(rng), certify=certify(facts, rng, where=LICENCE_STAMP)),
        _copy(rng, 1),
    )
    p1, p2 = facts.deals
    p2.signed_on = dt.date(2023, rng.randrange(4, 8), rng.randrange(1, 28))
    p2.start_on = p2.signed_on + dt.timedelta(days=7)
    p2.accepted_on = dt.date(2023, 12, rng.randrange(4, 23))
    p2.finish_on = p2.accepted_on - dt.timedelta(days=rng.randrange(6, 15))
    p2.days = 120
    p2.invoices = []
    items = [(_contract(p1, rng), _copy(rng, 1)), (_acceptance(p1, rng), _copy(rng, 1))]
    items += [(inv, _copy(rng, 1)) for inv in _invoices(p1, rng)]
    _pdf(f, _project_file_name(p1, "合同及验收"), items, rng)
    name = _project_file_name(p2, "合同及验收")
    _pdf(
        f,
        name,
        [
            (_contract(p2, rng), _copy(rng, 2, holes=True)),
            (
                _acceptance(p2, rng, letter=False),
                _copy(rng, 2, holes=True, lid="bottom", certify=certify(facts, rng, where=(150.0, 272.0))),
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
    f = _filing("lt08_copy_no_seal", seed, facts)
    _firm_files(
        f,
        facts,
        rng,
        _copy(rng, 1, colour_scan(rng), certify=certify(facts, rng, where=LICENCE_STAMP)),
        _copy(rng, 1),
    )
    p1, p2 = facts.deals
    p1.accept_sealed = False
    name = _project_file_name(p1, "合同及验收")
    blue = certify(facts, rng, colour=ink.BLUE, lines=("与原件核对无误",), seal=False, where=(150.0, 268.0))
    items = [
        (_contract(p1, rng), _copy(rng, 1, colour_scan(rng))),
        (_acceptance(p1, rng, letter=False), _copy(rng, 2, colour_scan(rng), certify=blue)),
    ]
    _pdf(f, name, items, rng)
    f.plant(
        "SEAL_MISSING",
        name,
        4,
        p1.id,
        "the acceptance copy carries signatures but no seal of any party; "
        "the blue rectangle is the clerk's 与原件核对无误 stamp, not a seal",
    )
    items = [(_contract(p2, rng), _copy(rng, 1)), (_acceptance(p2, rng), _copy(rng, 1))]
    items += [(inv, _copy(rng, 1)) for inv in _invoices(p2, rng) + _invoices(p1, rng)]
    _pdf(f, _project_file_name(p2, "合同及验收"), items, rng)
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
    f = _filing("lt09_pasted_amount", seed, facts)
    _firm_files(
        f,
        facts,
        rng,
        _copy(rng, 1, colour_scan(rng), certify=certify(facts, rng, where=LICENCE_STAMP)),
        _copy(rng, 1),
    )
    p1, p2 = facts.deals
    p1.itemised = False
    real = money((p1.amount * Decimal(str(rng.uniform(0.84, 0.92))) / 100).to_integral_value() * 100)
    p1.printed_amount = real
    p1.invoices = [
        drafting.make_invoice(rng, money(real * Decimal("0.3")), p1.signed_on + dt.timedelta(days=10), False)
    ]
    contract = _contract(p1, rng)
    scan = grey_scan(rng)
    scan.rotate_deg = 0.0
    scan.noise = rng.uniform(2.6, 3.2)
    pages = deliver(contract, _copy(rng, 1, scan, still=True), rng, DPI)
    box = _paste_price(pages[1], contract, p1.amount, "tiro" if rng.random() < 0.5 else "helv", rng)
    contract.fields["contract_amount"] = f"{p1.amount:.2f}"
    contract.fields["amount_in_words"] = capital(p1.amount)
    name = _project_file_name(p1, "合同")
    f.add_pdf(name, [(contract, pages)], "copy", pdf_stamp(rng))
    f.plant(
        "IMAGE_TAMPERED",
        name,
        2,
        p1.id,
        f"price sentence pasted as a noise-free block at px {box} (200 dpi), saved once; the page around it "
        f"was compressed twice; the copy underneath said {real}",
    )
    items = [(_acceptance(p1, rng), _copy(rng, 1))] + [(inv, _copy(rng, 1)) for inv in _invoices(p1, rng)]
    _pdf(f, _project_file_name(p1, "验收及发票"), items, rng)
    items = [(_contract(p2, rng), _copy(rng, 1)), (_acceptance(p2, rng), _copy(rng, 2))]
    items += [(inv, _copy(rng, 1)) for inv in _invoices(p2, rng)]
    _pdf(f, _project_file_name(p2, "合同及验收"), items, rng)
    return f.write(out)


def lt10_reused_acceptance(seed: int, index: int, out: Path) -> str:
    """DUPLICATE_DOCUMENT: another copy of P1's acceptance is filed again among P2's papers."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "库尔勒市")
    f = _filing("lt10_reused_acceptance", seed, facts)
    _firm_files(
        f,
        facts,
        rng,
        _copy(rng, 1, colour_scan(rng), certify=certify(facts, rng, where=LICENCE_STAMP)),
        _copy(rng, 1),
    )
    p1, p2 = facts.deals
    if not p2.invoices:
        p2.invoices = [
            drafting.make_invoice(
                rng, money(p2.amount * Decimal("0.3")), p2.signed_on + dt.timedelta(days=15), False
            )
        ]
    acc1 = _acceptance(p1, rng, letter=False)
    items = [(_contract(p1, rng), _copy(rng, 1)), (acc1, _copy(rng, 1))]
    items += [(inv, _copy(rng, 1)) for inv in _invoices(p1, rng)]
    _pdf(f, _project_file_name(p1, "合同及验收"), items, rng)
    name = _project_file_name(p2, "合同及发票")
    items = [(_contract(p2, rng), _copy(rng, 1)), (acc1, _copy(rng, 1, holes=True, lid="right"))]
    items += [(inv, _copy(rng, 1)) for inv in _invoices(p2, rng)]
    _pdf(f, name, items, rng, "kyocera")
    f.plant(
        "DUPLICATE_DOCUMENT",
        name,
        4,
        None,
        f"page 4 is another photocopy of P1's acceptance (page 4 of {_project_file_name(p1, '合同及验收')})",
    )
    return f.write(out)


def lt11_old_licence(seed: int, index: int, out: Path) -> str:
    """LICENSE_EXPIRED: the archive's licence copy still shows the 20-year term that ended in 2024."""
    rng = random.Random(seed * 1000 + index)
    facts = drafting.facts(rng, "轮台县", legacy=True)
    facts.established = dt.date(2004, rng.randrange(2, 10), rng.randrange(1, 28))
    f = _filing("lt11_old_licence", seed, facts)
    until = facts.established.replace(year=2024) - dt.timedelta(days=1)
    lic = _licence(facts, rng, valid_until=until)
    _firm_files(
        f,
        facts,
        rng,
        _copy(rng, 2, colour_scan(rng), holes=True, certify=certify(facts, rng, where=LICENCE_STAMP)),
        _copy(rng, 1),
        licence=lic,
    )
    f.plant("LICENSE_EXPIRED", "营业执照复印件.pdf", 1, None, f"营业期限 ends {until.isoformat()}")
    for d in facts.deals:
        items = [(_contract(d, rng), _copy(rng, 1)), (_acceptance(d, rng), _copy(rng, 1))]
        items += [(inv, _copy(rng, 1)) for inv in _invoices(d, rng)]
        _pdf(f, _project_file_name(d, "合同及验收"), items, rng)
    return f.write(out)


Scenario = Callable[[int, int, Path], str]

SCENARIOS: tuple[Scenario, ...] = (
    lt01_archive_copies,
    lt02_fax_received,
    lt03_bw_reprints,
    lt04_mixed_good_poor,
    lt05_fax_amount,
    lt06_copy_party,
    lt07_archive_2023,
    lt08_copy_no_seal,
    lt09_pasted_amount,
    lt10_reused_acceptance,
    lt11_old_licence,
)
