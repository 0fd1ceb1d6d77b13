"""The four clean filings: dates that look wrong and are not."""

from __future__ import annotations

import datetime as dt

from .filing import Attachment, Filing
from .makers import AGENCY, books, day, deal, firm_attachments, start
from .papers_project import acceptance, checklist, contract, invoice, notice


def mg01_prev_year_signing_clean(seed: int) -> Filing:
    """P1 signed late in 2024 (二〇二四年…), accepted in 2025; P2 an e-contract with signing timestamps."""
    f, rng = start("mg01_prev_year_signing_clean", seed, "麦盖提县", 1)
    p1 = deal(
        rng,
        f,
        "P1",
        day(2024, 11, 16, 28, rng),
        day(2025, rng.randint(5, 7), 3, 26, rng),
        {
            "signed": "han",
            "signed_mode": "print",
            "accepted": "cn0",
            "accepted_sign": "dot",
            "accepted_sign_mode": "hand",
        },
    )
    p2 = deal(
        rng,
        f,
        "P2",
        day(2025, 3, 3, 20, rng),
        day(2025, rng.randint(8, 10), 2, 27, rng),
        {
            "signed": "iso",
            "signed_mode": "esign",
            "accepted": "dot0",
            "accepted_mode": "stamp",
            "works": "cn0",
        },
        invoice_after=rng.randint(5, 20),
    )
    books(rng, f, (2024, 2025))
    firm = f.firm.org
    f.attachments = [
        *firm_attachments(rng, f),
        Attachment(
            f"项目1/{p1.client.name}合同及验收.pdf",
            [
                (notice(rng, p1, firm, AGENCY), True),
                (contract(rng, p1, firm, itemise=True), True),
                (acceptance(rng, p1, firm), True),
            ],
        ),
        Attachment(
            f"项目2/{p2.number}.pdf",
            [
                (contract(rng, p2, firm, itemise=False), False),
                (acceptance(rng, p2, firm), True),
                (invoice(rng, p2, firm), False),
            ],
        ),
    ]
    return f


def mg02_checklist_then_report_clean(seed: int) -> Filing:
    """P1: a 验收单 with a handwritten date, the 验收报告 2–5 days later; the row declares the report's date."""
    f, rng = start("mg02_checklist_then_report_clean", seed, "巴楚县", 2)
    accepted = day(2025, rng.randint(6, 9), 8, 28, rng)
    p1 = deal(
        rng,
        f,
        "P1",
        day(2025, 4, 1, 25, rng),
        accepted,
        {
            "signed": "slash",
            "signed_mode": "print",
            "accepted": "cn",
            "accepted_sign": "dash",
            "accepted_sign_mode": "hand",
            "checklist": "dot",
        },
    )
    p1.checklist = accepted - dt.timedelta(days=rng.randint(2, 5))
    p2 = deal(
        rng,
        f,
        "P2",
        day(2025, 5, 2, 28, rng),
        day(2025, 10, 8, 30, rng),
        {"signed": "dash", "signed_mode": "hand", "accepted": "iso", "accepted_sign": "cn", "works": "dot0"},
        invoice_after=rng.randint(3, 25),
    )
    books(rng, f)
    firm = f.firm.org
    f.attachments = [
        *firm_attachments(rng, f, "营业执照副本.pdf"),
        Attachment(
            "项目1/合同+验收单+验收报告.pdf",
            [
                (contract(rng, p1, firm, itemise=True), True),
                (checklist(rng, p1, firm), True),
                (acceptance(rng, p1, firm), True),
            ],
        ),
        Attachment(
            f"项目2/{p2.client.name}.pdf",
            [
                (contract(rng, p2, firm, itemise=False), True),
                (acceptance(rng, p2, firm), True),
                (invoice(rng, p2, firm), False),
            ],
        ),
    ]
    return f


def mg03_year_boundaries_clean(seed: int) -> Filing:
    """P1 signed 2024-12-31 for a service year 2025-01-01…12-31, accepted 2025-12-31 (e-signed), invoiced in 2026;
    P2 accepted 2025-01-02 (a date stamp)."""
    f, rng = start("mg03_year_boundaries_clean", seed, "岳普湖县", 3)
    p1 = deal(
        rng,
        f,
        "P1",
        dt.date(2024, 12, 31),
        dt.date(2025, 12, 31),
        {
            "signed": "cn",
            "signed_mode": "print",
            "accepted": "iso",
            "accepted_mode": "esign",
            "accepted_sign": "iso",
            "accepted_sign_mode": "esign",
        },
        invoice_after=rng.randint(5, 12),
        plan=3,
        works=(dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        suffix="系统2025年度运行维护服务项目",
    )
    p2 = deal(
        rng,
        f,
        "P2",
        day(2024, 9, 5, 25, rng),
        dt.date(2025, 1, 2),
        {
            "signed": "cn0",
            "signed_mode": "print",
            "accepted": "dot0",
            "accepted_mode": "stamp",
            "accepted_sign": "dot0",
            "accepted_sign_mode": "stamp",
        },
        invoice_after=rng.randint(10, 25),
        works=(day(2024, 10, 8, 20, rng), day(2024, 12, 20, 28, rng)),
    )
    books(rng, f, (2024, 2025))
    firm = f.firm.org
    f.attachments = [
        *firm_attachments(rng, f),
        Attachment(
            "项目1/运维服务合同及年度验收（电子签章）.pdf",
            [
                (contract(rng, p1, firm, itemise=True), False),
                (acceptance(rng, p1, firm), False),
                (invoice(rng, p1, firm), False),
            ],
        ),
        Attachment(
            "项目2/合同验收发票.pdf",
            [
                (contract(rng, p2, firm, itemise=False), True),
                (acceptance(rng, p2, firm), True),
                (invoice(rng, p2, firm), False),
            ],
        ),
    ]
    return f


def mg04_bilingual_stamps_clean(seed: int) -> Filing:
    """Licence valid until 2043; a Chinese–Uyghur acceptance; handwritten and stamped signing dates; a seal over a date."""
    f, rng = start("mg04_bilingual_stamps_clean", seed, "伽师县", 4)
    f.firm.established = day(2023, rng.randint(2, 11), 1, 28, rng)
    f.firm.term_end = dt.date(2043, f.firm.established.month, f.firm.established.day) - dt.timedelta(days=1)
    f.firm.licence_issued = f.firm.established
    p1 = deal(
        rng,
        f,
        "P1",
        day(2025, 6, 2, 12, rng),
        day(2025, 10, 9, 28, rng),
        {
            "signed": "dot",
            "signed_mode": "hand",
            "accepted": "cn",
            "accepted_sign": "dot0",
            "accepted_sign_mode": "stamp",
            "seal_over_date": "yes",
        },
    )
    p2 = deal(
        rng,
        f,
        "P2",
        day(2025, 5, 3, 12, rng),
        day(2025, 9, 3, 25, rng),
        {"signed": "yy", "signed_mode": "hand", "accepted": "cn0", "seal_over_date": "yes"},
        invoice_after=rng.randint(2, 15),
    )
    books(rng, f)
    firm = f.firm.org
    f.attachments = [
        *firm_attachments(rng, f),
        Attachment(
            "项目1/合同及验收（汉维双语）.pdf",
            [
                (contract(rng, p1, firm, itemise=True), True),
                (acceptance(rng, p1, firm, bilingual=True), True),
            ],
        ),
        Attachment(
            "项目2/扫描件.pdf",
            [
                (contract(rng, p2, firm, itemise=False), True),
                (acceptance(rng, p2, firm), True),
                (invoice(rng, p2, firm), False),
            ],
        ),
    ]
    return f
