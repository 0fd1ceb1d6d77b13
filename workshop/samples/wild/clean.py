"""The wild family's clean submissions: nothing planted, so no error finding is expected."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from . import assemble as A
from . import facts
from . import names as N
from .contract import Terms, framework, order
from .declform import declaration_form
from .finance import audit_report, statement
from .license import new_license
from .scanner import Profile
from .writer import File, Scenario


def year(rng: random.Random) -> int:
    """The inspection year of a scenario."""
    return rng.choice([2023, 2024, 2024])


def photo(rng: random.Random) -> Profile:
    """A phone-camera profile."""
    return Profile.draw(rng, photo=True)


def w01_clean_text(rng: random.Random) -> Scenario:
    """Clean: text-layer PDFs, a .docx contract, a scanned construction file, the stamped form."""
    w = facts.world(rng, year(rng), 3)
    p1, p2, p3 = w.projects
    files = [
        File("营业执照（正本）.pdf", [new_license(w.company, rng)]),
        File(
            f"{w.year}年度审计报告.pdf",
            [audit_report(w.company, w.finance[0], rng.choice(N.AUDIT_FIRMS), rng, 1, True)],
        ),
        File(f"合同/{p1.name[:10]}合同.pdf", [A.contract(w, p1, rng, "gov", itemise=A.itemised(p1, rng))]),
        File(f"合同/{p2.contract_number}.docx", [A.contract(w, p2, rng, "docx")], "docx"),
        File("验收/验收单.pdf", [A.acceptance(w, p1, rng, "form"), A.acceptance(w, p2, rng, "letter")]),
        File(
            "P3施工合同及验收.pdf",
            [A.contract(w, p3, rng, "build"), A.acceptance(w, p3, rng, "supervisor"), A.bill(w, p3, rng)],
            "scan",
            Profile.draw(rng),
        ),
        File("申报表盖章版.pdf", [declaration_form(w, rng)], "scan", Profile.draw(rng)),
    ]
    return Scenario("w01_clean_text", A.declaration(w), files, [], clean=True)


def w02_clean_scanned(rng: random.Random) -> Scenario:
    """Clean: a 万元 workbook, a merged row (framework agreement + two orders), one file holding a
    contract, its acceptance and its invoice, a phone photo of a watermarked license."""
    w = facts.world(rng, year(rng), 2)
    A.round_fees(w)
    p1, p2 = w.projects
    keys = [k for k, v in p2.fees.items() if v]
    half = {k: (v / 2 / 100).to_integral_value() * 100 for k, v in p2.fees.items() if v}
    rest = {k: p2.fees[k] - half[k] for k in keys}
    frame = Terms(
        p2.name,
        f"KJXY-{w.year}-{rng.randint(10, 99)}",
        p2.client,
        w.company,
        Decimal(0),
        p2.signed_on,
        pid=p2.id,
    )
    o1 = Terms(
        p2.name + "（第一批）",
        frame.number + "-01",
        p2.client,
        w.company,
        sum(half.values(), Decimal(0)),
        p2.signed_on + dt.timedelta(days=5),
        itemise=half,
        pid=p2.id,
    )
    o2 = Terms(
        p2.name + "（第二批）",
        frame.number + "-02",
        p2.client,
        w.company,
        sum(rest.values(), Decimal(0)),
        p2.signed_on + dt.timedelta(days=40),
        itemise=rest,
        pid=p2.id,
    )
    files = [
        File(
            "IMG_20250307_101522.jpg",
            [new_license(w.company, rng, "副本", landscape=False, mark="仅供年检使用")],
            "jpg",
            photo(rng),
        ),
        File(
            "审计报告.pdf",
            [audit_report(w.company, w.finance[0], rng.choice(N.AUDIT_FIRMS), rng, 10000, False)],
            "scan",
            Profile.draw(rng),
        ),
        File(
            "扫描件001.pdf",
            [A.contract(w, p1, rng, "gov"), A.acceptance(w, p1, rng, "form"), A.bill(w, p1, rng)],
            "scan",
            Profile.draw(rng),
        ),
        File(
            "框架协议及订单.pdf",
            [
                framework(frame, rng),
                order(o1, rng, frame.number),
                order(o2, rng, frame.number),
                A.acceptance(w, p2, rng, "letter"),
            ],
            "scan",
            Profile.draw(rng),
        ),
        File("申报表.pdf", [declaration_form(w, rng, wan=True)], "scan", Profile.draw(rng)),
    ]
    return Scenario("w02_clean_scanned", A.declaration(w), files, [], clean=True, xlsx_wan=True)


def w03_clean_photos(rng: random.Random) -> Scenario:
    """Clean: amounts only in 万元 and only in capitals, a 千元 audit as TIFF, a test report, photos."""
    w = facts.world(rng, year(rng), 2, long_name=True)
    p1, p2 = w.projects
    p1.fees = {k: (v + Decimal("49.86") if v else v) for k, v in p1.fees.items()}
    files = [
        File("license.png", [new_license(w.company, rng)], "png", photo(rng)),
        File(
            "audit/审计报告2.tif",
            [audit_report(w.company, w.finance[0], rng.choice(N.AUDIT_FIRMS), rng, 1000, True)],
            "tif",
            Profile.draw(rng),
        ),
        File("audit/利润表.pdf", [statement("income_statement", w.company, w.finance[0], 1000)]),
        File(
            "技术服务合同.pdf",
            [A.contract(w, p1, rng, "tech-服务", amount_mode="wan", printed_date=True)],
            "scan",
            Profile.draw(rng),
        ),
        File(
            "测试报告及验收.pdf",
            [A.acceptance(w, p1, rng, "lab"), A.acceptance(w, p1, rng, "form")],
            "scan",
            Profile.draw(rng),
        ),
        File("施工合同.pdf", [A.contract(w, p2, rng, "build", amount_mode="words")]),
        File("监理意见.jpg", [A.acceptance(w, p2, rng, "supervisor")], "jpg", photo(rng)),
        File("发票.jpg", [A.bill(w, p2, rng)], "jpg", photo(rng)),
    ]
    # a lab report and a form both accept P1: two documents, one project
    return Scenario("w03_clean_photos", A.declaration(w), files, [], clean=True)
