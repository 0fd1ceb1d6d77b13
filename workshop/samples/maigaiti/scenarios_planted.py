"""The six filings that plant one date cause each, on the page a reviewer would point at."""

from __future__ import annotations

import datetime as dt

from .filing import Attachment, Filing, Plant
from .makers import AGENCY, books, day, deal, firm_attachments, start
from .papers_project import acceptance, contract, invoice, notice, tender_dates


def mg05_accepted_before_signing(seed: int) -> Filing:
    """P1's contract was signed after the work was accepted (补签): 验收日期 precedes 签订日期."""
    f, rng = start("mg05_accepted_before_signing", seed, "麦盖提县", 5)
    accepted = day(2025, 6, 10, 28, rng)
    p1 = deal(
        rng,
        f,
        "P1",
        day(2025, 8, 4, 25, rng),
        accepted,
        {
            "signed": "cn",
            "signed_mode": "print",
            "accepted": "cn0",
            "accepted_sign": "dot",
            "accepted_sign_mode": "hand",
        },
        works=(
            accepted - dt.timedelta(days=rng.randint(50, 80)),
            accepted - dt.timedelta(days=rng.randint(5, 12)),
        ),
    )
    p1.notice = p1.works_start - dt.timedelta(days=rng.randint(5, 15))
    p2 = deal(
        rng,
        f,
        "P2",
        day(2025, 4, 2, 20, rng),
        day(2025, 9, 3, 28, rng),
        {"signed": "han", "signed_mode": "print", "accepted": "slash", "accepted_mode": "stamp"},
        invoice_after=rng.randint(4, 20),
    )
    books(rng, f)
    firm = f.firm.org
    report = acceptance(rng, p1, firm, cite_signing=False)
    f.attachments = [
        *firm_attachments(rng, f),
        Attachment(
            "项目1/合同关键页及验收报告.pdf", [(contract(rng, p1, firm, itemise=True), True), (report, True)]
        ),
        Attachment(
            "项目2/合同及验收.pdf",
            [
                (contract(rng, p2, firm, itemise=False), False),
                (acceptance(rng, p2, firm), True),
                (invoice(rng, p2, firm), False),
            ],
        ),
    ]
    f.plants = [
        Plant(
            "ACCEPTANCE_BEFORE_SIGNING",
            "P1",
            report,
            0,
            note="验收日期 is 5–10 weeks before the contract's 签订日期",
        )
    ]
    return f


def mg06_accepted_previous_year(seed: int) -> Filing:
    """P1 was accepted in late December 2024 and invoiced in January 2025; the row declares it for 2025."""
    f, rng = start("mg06_accepted_previous_year", seed, "巴楚县", 6)
    p1 = deal(
        rng,
        f,
        "P1",
        day(2024, 7, 2, 26, rng),
        day(2024, 12, 18, 29, rng),
        {
            "signed": "cn",
            "signed_mode": "print",
            "accepted": "cn",
            "accepted_sign": "dot0",
            "accepted_sign_mode": "stamp",
        },
        invoice_after=rng.randint(16, 30),
    )
    p2 = deal(
        rng,
        f,
        "P2",
        day(2025, 3, 2, 26, rng),
        day(2025, 8, 3, 28, rng),
        {"signed": "cn0", "signed_mode": "hand", "accepted": "dot", "accepted_mode": "hand"},
        invoice_after=rng.randint(3, 20),
    )
    books(rng, f)
    firm = f.firm.org
    report = acceptance(rng, p1, firm)
    f.attachments = [
        *firm_attachments(rng, f, "营业执照副本.pdf"),
        Attachment(
            "项目1/合同、验收报告、发票.pdf",
            [(contract(rng, p1, firm, itemise=True), True), (report, True), (invoice(rng, p1, firm), False)],
        ),
        Attachment(
            "项目2/合同及验收.pdf",
            [(contract(rng, p2, firm, itemise=True), True), (acceptance(rng, p2, firm), True)],
        ),
    ]
    f.plants = [
        Plant(
            "ACCEPTANCE_OUT_OF_PERIOD",
            "P1",
            report,
            0,
            note="accepted in December 2024, before the 2025 period",
        )
    ]
    return f


def mg07_signed_date_swapped(seed: int) -> Filing:
    """P1's e-contract is signed on M-D; the row declares D-M (month and day swapped, an earlier day)."""
    f, rng = start("mg07_signed_date_swapped", seed, "岳普湖县", 7)
    month = rng.randint(4, 6)
    signed = dt.date(2025, month, rng.randint(1, month - 1))
    swapped = dt.date(2025, signed.day, signed.month)
    p1 = deal(
        rng,
        f,
        "P1",
        signed,
        day(2025, rng.randint(9, 11), 2, 27, rng),
        {"signed": "iso", "signed_mode": "esign", "accepted": "cn", "accepted_sign": "cn", "works": "cn0"},
        invoice_after=rng.randint(5, 20),
    )
    p1.declare["signed_on"] = swapped
    p1.notice = signed - dt.timedelta(days=rng.randint(4, 9))
    while swapped in (p1.notice, *tender_dates(p1)):  # the declared date must be printed nowhere in P1's file
        p1.notice -= dt.timedelta(days=1)
    p2 = deal(
        rng,
        f,
        "P2",
        day(2025, 3, 2, 26, rng),
        day(2025, 7, 3, 28, rng),
        {
            "signed": "han",
            "signed_mode": "print",
            "accepted": "cn0",
            "accepted_sign": "dash",
            "accepted_sign_mode": "hand",
        },
    )
    books(rng, f)
    firm = f.firm.org
    paper = contract(rng, p1, firm, itemise=True)
    f.attachments = [
        *firm_attachments(rng, f),
        Attachment(
            "项目1/电子合同及验收.pdf",
            [
                (notice(rng, p1, firm, AGENCY), False),
                (paper, False),
                (acceptance(rng, p1, firm), True),
                (invoice(rng, p1, firm), False),
            ],
        ),
        Attachment(
            "项目2/合同及验收.pdf",
            [(contract(rng, p2, firm, itemise=False), True), (acceptance(rng, p2, firm), True)],
        ),
    ]
    f.plants = [
        Plant(
            "DATE_MISMATCH", "P1", paper, 1, note="签署时间 M-D on the signature page; the row declares D-M"
        )
    ]
    return f


def mg08_licence_expired(seed: int) -> Filing:
    """The licence's 20-year 营业期限 ended in 2025, before the inspection year's end."""
    f, rng = start("mg08_licence_expired", seed, "伽师县", 8)
    end = day(2025, rng.randint(3, 9), 1, 28, rng)
    f.firm.term_end = end
    f.firm.established = dt.date(2005, end.month, end.day) + dt.timedelta(days=1)
    p1 = deal(
        rng,
        f,
        "P1",
        day(2025, 3, 3, 28, rng),
        day(2025, 8, 2, 28, rng),
        {
            "signed": "cn0",
            "signed_mode": "stamp",
            "accepted": "cn",
            "accepted_sign": "dot",
            "accepted_sign_mode": "hand",
        },
        invoice_after=rng.randint(3, 15),
    )
    p2 = deal(
        rng,
        f,
        "P2",
        day(2025, 4, 3, 28, rng),
        day(2025, 11, 2, 28, rng),
        {"signed": "han", "signed_mode": "print", "accepted": "cn0", "accepted_mode": "print"},
    )
    books(rng, f)
    firm = f.firm.org
    attachments = firm_attachments(rng, f, "营业执照.jpg")
    f.attachments = [
        *attachments,
        Attachment(
            "项目1/合同验收发票.pdf",
            [
                (contract(rng, p1, firm, itemise=True), True),
                (acceptance(rng, p1, firm), True),
                (invoice(rng, p1, firm), False),
            ],
        ),
        Attachment(
            "项目2/合同及验收.pdf",
            [(contract(rng, p2, firm, itemise=True), True), (acceptance(rng, p2, firm), True)],
        ),
    ]
    f.plants = [
        Plant(
            "LICENSE_EXPIRED",
            None,
            attachments[0].papers[0][0],
            0,
            note="营业期限 至 2025年…, before 2025-12-31",
        )
    ]
    return f


def mg09_acceptance_missing(seed: int) -> Filing:
    """P2's file holds the contract only (its 附件 is the acceptance report's blank form); no acceptance, no invoice."""
    f, rng = start("mg09_acceptance_missing", seed, "麦盖提县", 9)
    p1 = deal(
        rng,
        f,
        "P1",
        day(2025, 2, 10, 27, rng),
        day(2025, 7, 2, 28, rng),
        {"signed": "dot0", "signed_mode": "stamp", "accepted": "cn0", "accepted_sign": "cn0"},
        invoice_after=rng.randint(3, 15),
    )
    p2 = deal(
        rng,
        f,
        "P2",
        day(2025, 5, 6, 28, rng),
        day(2025, 10, 8, 28, rng),
        {"signed": "cn", "signed_mode": "hand", "works": "dot"},
    )
    books(rng, f)
    firm = f.firm.org
    name = f"项目2/{p2.client.name}合同.pdf"
    f.attachments = [
        *firm_attachments(rng, f),
        Attachment(
            "项目1/合同及验收.pdf",
            [
                (contract(rng, p1, firm, itemise=False), True),
                (acceptance(rng, p1, firm), True),
                (invoice(rng, p1, firm), False),
            ],
        ),
        Attachment(name, [(contract(rng, p2, firm, itemise=True, blank_form=True), True)]),
    ]
    f.plants = [
        Plant(
            "ACCEPTANCE_MISSING",
            "P2",
            attachment=name,
            note="contract only; its 附件3 is a blank 验收报告 form",
        )
    ]
    return f


def mg10_declared_invoice_date(seed: int) -> Filing:
    """The row declares P1's invoice date as accepted_on; the 验收报告 prints a date weeks earlier."""
    f, rng = start("mg10_declared_invoice_date", seed, "巴楚县", 10)
    p1 = deal(
        rng,
        f,
        "P1",
        day(2025, 3, 3, 26, rng),
        day(2025, rng.randint(6, 8), 2, 26, rng),
        {
            "signed": "cn",
            "signed_mode": "print",
            "accepted": "cn",
            "accepted_sign": "dot",
            "accepted_sign_mode": "hand",
        },
        invoice_after=rng.randint(25, 60),
    )
    assert p1.invoice is not None
    p1.declare["accepted_on"] = p1.invoice[1]
    p2 = deal(
        rng,
        f,
        "P2",
        day(2025, 4, 2, 26, rng),
        day(2025, 9, 3, 28, rng),
        {"signed": "slash", "signed_mode": "print", "accepted": "cn0", "accepted_mode": "stamp"},
        invoice_after=rng.randint(3, 20),
    )
    books(rng, f)
    firm = f.firm.org
    report = acceptance(rng, p1, firm)
    f.attachments = [
        *firm_attachments(rng, f, "营业执照副本.pdf"),
        Attachment(
            "项目1/合同+验收+发票.pdf",
            [(contract(rng, p1, firm, itemise=True), True), (report, True), (invoice(rng, p1, firm), False)],
        ),
        Attachment(
            "项目2/合同及验收.pdf",
            [
                (contract(rng, p2, firm, itemise=False), False),
                (acceptance(rng, p2, firm), True),
                (invoice(rng, p2, firm), False),
            ],
        ),
    ]
    f.plants = [
        Plant(
            "DATE_MISMATCH",
            "P1",
            report,
            0,
            note="验收日期 on the report; the row declares the invoice's 开票日期",
        )
    ]
    return f
