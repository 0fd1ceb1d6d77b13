"""The ten filings: four clean ones full of honest pen and stamp work, six with one problem each.

Filing *i* draws from ``random.Random(seed * 1000 + i)``; what is planted, in which file and on which page,
does not change with the seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import numpy as np

from . import pen
from .acceptance import Form
from .assembly import (
    acceptance_doc,
    audit_doc,
    contract_doc,
    invoice_docs,
    licence_doc,
    office_scanner,
    phone,
    project_folder,
)
from .facts import Deal, Filing, make_deal, make_filing
from .filing import Writer
from .forgery import Patch, clone_seal, paste_patch
from .numerals import capitals, figures
from .papers import Look
from .places import COUNTIES
from .sheet import PEN_BLACK, Sheet

Scenario = Callable[[Path, int, int], str]


def _start(
    out: Path, seed: int, index: int, name: str, county_shift: int = 0
) -> tuple[random.Random, Filing]:
    rng = random.Random(seed * 1000 + index)
    county = COUNTIES[(seed + index + county_shift) % len(COUNTIES)]
    return rng, make_filing(rng, name, county)


def _common(w: Writer, filing: Filing, rng: random.Random, licence_by_phone: bool = False, audit_colour: bool = False,
            use_only: bool = True, certified: bool = True) -> None:  # fmt: skip
    """Licence (scanned or photographed, certified as a true copy) and the audit report."""
    capture = phone(rng) if licence_by_phone else office_scanner(rng, colour=True, dpi=rng.choice([250, 300]))
    name = rng.choice(["营业执照副本.jpg", "营业执照.jpg", "1-营业执照（副本）复印件.jpg"])
    w.add_file(name, [licence_doc(filing, rng, capture.dpi, certified)], capture, rng)
    capture = office_scanner(rng, colour=audit_colour, dpi=200)
    capture.marks = ["staple"]
    w.add_file(
        rng.choice(["2025年度审计报告.pdf", "审计报告2025.pdf"]),
        [audit_doc(filing, rng, 200, use_only)],
        capture,
        rng,
    )


def _writer(out: Path, seed: int, filing: Filing) -> Writer:
    return Writer(out, filing.name, seed, filing.declaration())


def zp01_handfilled_clean(out: Path, seed: int, index: int) -> str:
    """Acceptance written by hand throughout; fingerprints beside signatures; seam seals; two invoices."""
    rng, filing = _start(out, seed, index, "zp01_handfilled_clean")
    w = _writer(out, seed, filing)
    _common(w, filing, rng)
    p1, p2 = filing.deals
    capture = office_scanner(rng, colour=True, dpi=200)
    capture.marks = ["staple", "holes"]
    look = Look(pages=3, itemised=True, fingerprints=True)
    form = Form(names_by_hand=True, amount=p1.amount, fingerprints=True)
    docs = [contract_doc(filing, p1, look, rng, 200), acceptance_doc(filing, p1, form, rng, 200)[0]]
    w.add_file(f"{project_folder(1, p1)}/合同及验收单.pdf", docs, capture, rng)
    look2 = Look(pages=2, itemised=False, pen=PEN_BLACK)
    w.add_file(f"{project_folder(2, p2)}/合同.pdf", [contract_doc(filing, p2, look2, rng, 200)],
               office_scanner(rng, colour=False), rng)  # fmt: skip
    for i, doc in enumerate(invoice_docs(filing, p2, [Decimal("0.3"), Decimal("0.65")], rng, 200), start=1):
        w.add_file(
            f"{project_folder(2, p2)}/发票{i}.jpg", [doc], office_scanner(rng, colour=True, dpi=200), rng
        )
    return w.write()


def zp02_seals_everywhere_clean(out: Path, seed: int, index: int) -> str:
    """Faint and double-struck seals, the client's seal twice on the acceptance (two fresh strikes), a
    highlighter over the price, a sticky note, a 300 dpi colour scan beside a grey one."""
    rng, filing = _start(out, seed, index, "zp02_seals_everywhere_clean")
    w = _writer(out, seed, filing)
    _common(w, filing, rng, audit_colour=True)
    p1, p2 = filing.deals
    look = Look(pages=3, itemised=True, faint_client_seal=True, double_firm_seal=True, highlight_amount=True)
    form = Form(amount=p1.amount, amount_in_wan=True, second_client_seal=True)
    contract = contract_doc(filing, p1, look, rng, 300)
    pen.sticky_note(contract.sheets[1], 140, 252, ["原件存档", "复印2份交财务"], rng)
    accept, _ = acceptance_doc(filing, p1, form, rng, 300)
    capture = office_scanner(rng, colour=True, dpi=300)
    w.add_file(f"{project_folder(1, p1)}/扫描件{rng.randint(100, 999)}.pdf", [contract, accept], capture, rng)
    look2 = Look(pages=3, itemised=True, double_firm_seal=True)
    docs = [
        contract_doc(filing, p2, look2, rng, 200),
        acceptance_doc(filing, p2, Form(date_dots=True), rng, 200)[0],
    ]
    w.add_file(f"{project_folder(2, p2)}/合同验收.pdf", docs, office_scanner(rng, colour=False, dpi=200), rng)
    return w.write()


def zp03_initialled_correction_clean(out: Path, seed: int, index: int) -> str:
    """The contract price struck through and rewritten by hand with both 校对章 (the declaration follows the
    correction); P2's 履约期限 days corrected the same way."""
    rng, filing = _start(out, seed, index, "zp03_initialled_correction_clean")
    w = _writer(out, seed, filing)
    _common(w, filing, rng)
    p1, p2 = filing.deals
    old = p1.amount + Decimal(rng.randint(30, 160) * 100)
    look = Look(pages=3, itemised=False, amount_corrected_from=old, fingerprints=True)
    form = Form(amount=p1.amount, date_dots=True)
    docs = [contract_doc(filing, p1, look, rng, 200), acceptance_doc(filing, p1, form, rng, 200)[0]]
    w.add_file(f"{project_folder(1, p1)}/合同及验收.pdf", docs, office_scanner(rng, colour=True), rng)
    w.plant(kind="honest_correction", file=f"{project_folder(1, p1)}/合同及验收.pdf", page=1,
            struck=f"{old:.2f}", written=f"{p1.amount:.2f}")  # fmt: skip
    look2 = Look(pages=3, itemised=True, days_corrected=True)
    docs = [
        contract_doc(filing, p2, look2, rng, 200),
        acceptance_doc(filing, p2, Form(fingerprints=True), rng, 200)[0],
    ]
    w.add_file(f"{project_folder(2, p2)}/合同及验收.pdf", docs, office_scanner(rng, colour=True), rng)
    return w.write()


def zp04_whiteout_phone_clean(out: Path, seed: int, index: int) -> str:
    """The acceptance date whited out and rewritten; the licence photographed on a desk; a contract folded
    into an envelope (creases); an acceptance amount in 万元."""
    rng, filing = _start(out, seed, index, "zp04_whiteout_phone_clean")
    w = _writer(out, seed, filing)
    _common(w, filing, rng, licence_by_phone=True)
    p1, p2 = filing.deals
    capture = office_scanner(rng, colour=False, dpi=200)
    capture.marks = ["crease_h"]
    look = Look(pages=3, itemised=True)
    form = Form(amount=p1.amount, amount_in_wan=True, whiteout_date=True)
    docs = [contract_doc(filing, p1, look, rng, 200), acceptance_doc(filing, p1, form, rng, 200)[0]]
    w.add_file(f"{project_folder(1, p1)}/{p1.contract_number}.pdf", docs, capture, rng)
    look2 = Look(pages=2, itemised=False, fingerprints=True)
    w.add_file(f"{project_folder(2, p2)}/合同.pdf", [contract_doc(filing, p2, look2, rng, 200)],
               office_scanner(rng, colour=True), rng)  # fmt: skip
    accept, _ = acceptance_doc(filing, p2, Form(names_by_hand=True, fingerprints=True), rng, 200)
    w.add_file(f"{project_folder(2, p2)}/IMG_2026{rng.randint(1000, 9999)}.jpg", [accept], phone(rng), rng)
    return w.write()


def _find(sheet: Sheet, text: str) -> tuple[float, float, float, float]:
    return next(r.box for r in sheet.runs if r.text == text and r.visible)


def zp05_pasted_amount(out: Path, seed: int, index: int) -> str:
    """P1's contract price (capitals and figures) covered by pasted snippets of cleaner paper that state the
    declared price; the printed price under them was 8–20 % lower."""
    rng, filing = _start(out, seed, index, "zp05_pasted_amount")
    p1, p2 = filing.deals
    real = p1.amount
    declared = real + Decimal(int(real * Decimal(rng.uniform(0.08, 0.2)) / 100) * 100)
    p1.declared_amount = declared
    w = _writer(out, seed, filing)
    _common(w, filing, rng)
    contract = contract_doc(filing, p1, Look(pages=3, itemised=False), rng, 200, shown=declared)
    accept, _ = acceptance_doc(filing, p1, Form(), rng, 200)
    first = contract.sheets[0]
    words, fig = _find(first, capitals(real)), _find(first, figures(real))
    close = next(r.box for r in first.runs if r.text == "）" and abs(r.box[1] - fig[1]) < 0.5)

    def paste(pixels: np.ndarray, sheet: Sheet) -> np.ndarray:
        box_w = (words[0] - 0.4, words[1] - 0.5, min(187.0, words[2] + 14), words[3] + 0.2)
        pixels = paste_patch(
            pixels, sheet, Patch([(words[0], words[1], capitals(declared), 10.5)], box_w), rng
        )
        box_f = (fig[0] - 0.4, fig[1] - 0.5, close[2] + 6, fig[3] + 0.2)
        return paste_patch(
            pixels, sheet, Patch([(fig[0], fig[1], figures(declared) + "）", 10.5)], box_f), rng
        )

    relpath = f"{project_folder(1, p1)}/合同及验收单.pdf"
    w.add_file(
        relpath, [contract, accept], office_scanner(rng, colour=True, skew=False), rng, tamper={1: paste}
    )
    w.plant(kind="pasted_patch", file=relpath, page=1, real=f"{real:.2f}", shown=f"{declared:.2f}")
    w.finding(
        "IMAGE_TAMPERED", "P1", relpath, 1, "price pasted over the scan: flatter, sharper paper patches"
    )
    _plain_second(w, filing, p2, rng)
    return w.write()


def _plain_second(w: Writer, filing: Filing, deal: Deal, rng: random.Random) -> None:
    """P2 as an ordinary sealed contract with a pen-filled acceptance, one file."""
    docs = [contract_doc(filing, deal, Look(pages=2, itemised=True), rng, 200),
            acceptance_doc(filing, deal, Form(amount=deal.amount), rng, 200)[0]]  # fmt: skip
    w.add_file(
        f"{project_folder(2, deal)}/合同+验收.pdf", docs, office_scanner(rng, colour=rng.random() < 0.5), rng
    )


def zp06_cloned_seal(out: Path, seed: int, index: int) -> str:
    """P1's acceptance: the client stamped once; its impression copied pixel for pixel into the 验收意见 box."""
    rng, filing = _start(out, seed, index, "zp06_cloned_seal")
    w = _writer(out, seed, filing)
    _common(w, filing, rng)
    p1, p2 = filing.deals
    contract = contract_doc(filing, p1, Look(pages=3, itemised=True), rng, 200)
    accept, places = acceptance_doc(filing, p1, Form(amount=p1.amount), rng, 200)

    def clone(pixels: np.ndarray, sheet: Sheet) -> np.ndarray:
        return clone_seal(pixels, sheet, places.client_seal, places.opinion_seal_centre)

    relpath = f"{project_folder(1, p1)}/合同及验收资料.pdf"
    w.add_file(
        relpath, [contract, accept], office_scanner(rng, colour=True, skew=False), rng, tamper={4: clone}
    )
    w.plant(kind="cloned_seal", file=relpath, page=4, source=list(places.client_seal),
            centre=list(places.opinion_seal_centre))  # fmt: skip
    w.finding(
        "IMAGE_TAMPERED", "P1", relpath, 4, "client seal copy-moved within the page (identical impressions)"
    )
    _plain_second(w, filing, p2, rng)
    return w.write()


def zp07_failed_by_pen(out: Path, seed: int, index: int) -> str:
    """P1's acceptance form ticked 不合格 and 不同意验收 by pen, with a handwritten list of defects."""
    rng, filing = _start(out, seed, index, "zp07_failed_by_pen")
    w = _writer(out, seed, filing)
    _common(w, filing, rng)
    p1, p2 = filing.deals
    w.add_file(f"{project_folder(1, p1)}/合同.pdf", [contract_doc(filing, p1, Look(pages=3), rng, 200)],
               office_scanner(rng, colour=True), rng)  # fmt: skip
    accept, _ = acceptance_doc(filing, p1, Form(failed=True, fingerprints=True), rng, 200)
    relpath = f"{project_folder(1, p1)}/验收单.jpg"
    w.add_file(relpath, [accept], office_scanner(rng, colour=True, dpi=200), rng)
    w.finding("ACCEPTANCE_NOT_PASSED", "P1", relpath, 1, "不合格 and 不同意验收 ticked by pen")
    _plain_second(w, filing, p2, rng)
    return w.write()


def zp08_unsealed_contract(out: Path, seed: int, index: int) -> str:
    """P2's contract signed by both sides but stamped by neither (no seal, no 骑缝章)."""
    rng, filing = _start(out, seed, index, "zp08_unsealed_contract")
    w = _writer(out, seed, filing)
    _common(w, filing, rng)
    p1, p2 = filing.deals
    docs = [contract_doc(filing, p1, Look(pages=3, fingerprints=True), rng, 200),
            acceptance_doc(filing, p1, Form(amount=p1.amount), rng, 200)[0]]  # fmt: skip
    w.add_file(f"{project_folder(1, p1)}/合同及验收单.pdf", docs, office_scanner(rng, colour=True), rng)
    relpath = f"{project_folder(2, p2)}/合同.pdf"
    w.add_file(relpath, [contract_doc(filing, p2, Look(pages=2, sealed=False, fingerprints=True), rng, 200)],
               office_scanner(rng, colour=True), rng)  # fmt: skip
    w.finding(
        "SEAL_MISSING", "P2", relpath, 2, "signature page signed and fingerprinted, no seal of either party"
    )
    for i, doc in enumerate(invoice_docs(filing, p2, [Decimal("0.3"), Decimal("0.65")], rng, 200), start=1):
        w.add_file(f"{project_folder(2, p2)}/发票{i}.jpg", [doc], office_scanner(rng, colour=True), rng)
    return w.write()


def zp09_hand_date_2024(out: Path, seed: int, index: int) -> str:
    """P1 signed in 2024; the acceptance's handwritten date is in December 2024 (declared as written)."""
    rng, filing = _start(out, seed, index, "zp09_hand_date_2024")
    county = filing.firm.county
    taken = {d.client.name for d in filing.deals}
    filing.deals[0] = make_deal(rng, 1, filing.firm, county, taken, signed_year=2024)
    w = _writer(out, seed, filing)
    _common(w, filing, rng)
    p1, p2 = filing.deals
    docs = [contract_doc(filing, p1, Look(pages=3), rng, 200),
            acceptance_doc(filing, p1, Form(amount=p1.amount, date_dots=True, names_by_hand=True), rng, 200)[0]]  # fmt: skip
    relpath = f"{project_folder(1, p1)}/合同及验收单.pdf"
    w.add_file(relpath, docs, office_scanner(rng, colour=False), rng)
    w.finding(
        "ACCEPTANCE_OUT_OF_PERIOD", "P1", relpath, 4, f"accepted {p1.accepted_on.isoformat()} (handwritten)"
    )
    _plain_second(w, filing, p2, rng)
    return w.write()


def zp10_amount_differs(out: Path, seed: int, index: int) -> str:
    """P1's contract prints X (no fee table); the acceptance's handwritten 合同金额 and the row say X + 6–15 %."""
    rng, filing = _start(out, seed, index, "zp10_amount_differs")
    p1, p2 = filing.deals
    declared = p1.amount + Decimal(int(p1.amount * Decimal(rng.uniform(0.06, 0.15)) / 100) * 100)
    p1.declared_amount = declared
    w = _writer(out, seed, filing)
    _common(w, filing, rng)
    docs = [contract_doc(filing, p1, Look(pages=3, itemised=False, fingerprints=True), rng, 200),
            acceptance_doc(filing, p1, Form(amount=declared, names_by_hand=True), rng, 200)[0]]  # fmt: skip
    relpath = f"{project_folder(1, p1)}/合同及验收单.pdf"
    w.add_file(relpath, docs, office_scanner(rng, colour=True), rng)
    w.finding("AMOUNT_MISMATCH", "P1", relpath, 1, f"contract {p1.amount:.2f}, declared {declared:.2f}")
    _plain_second(w, filing, p2, rng)
    return w.write()


SCENARIOS: tuple[Scenario, ...] = (
    zp01_handfilled_clean,
    zp02_seals_everywhere_clean,
    zp03_initialled_correction_clean,
    zp04_whiteout_phone_clean,
    zp05_pasted_amount,
    zp06_cloned_seal,
    zp07_failed_by_pen,
    zp08_unsealed_contract,
    zp09_hand_date_2024,
    zp10_amount_differs,
)
