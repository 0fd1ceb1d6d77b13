"""altay — an independent sample family (Altay prefecture), written without reading the checker.

``generate(out, seed, only)`` writes ``<out>/<name>/submission/`` and ``<out>/<name>/truth.json``.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from jianzheng.models.document import DocType
from jianzheng.models.finding import Code

from .docs import (
    Deal,
    acceptance_letter,
    books,
    completion_report,
    framework_agreement,
    gf_contract,
    license_copy,
    license_original,
    plain_contract,
    purchase_order,
    tech_service_contract,
    vat_invoice,
)
from .filing import YEAR, Filing, Part, client_code, deal_for, new_filing
from .people import PROJECTS, SUPERVISORS, capital, county, day, person
from .scan import AGED, WHITE, Scan, phone_photo, scan, skew_angle, watermark


def _books(f: Filing) -> tuple[Decimal, object]:
    rev = (
        Decimal(f.rng.randint(600, 3000) * 10000 + f.rng.randint(0, 9999))
        + Decimal(f.rng.randint(0, 99)) / 100
    )
    return rev, None


def _audit(f: Filing, file: str, how: Scan, with_cash: bool = False, with_balance: bool = False) -> None:
    rev, _ = _books(f)
    prev_rev = (rev * Decimal(str(round(f.rng.uniform(0.7, 0.92), 3)))).quantize(Decimal("0.01"))
    f.audit(file, books(f.rng, rev), books(f.rng, prev_rev), how, with_cash, with_balance)


def _valid(f: Filing) -> str:
    if f.rng.random() < 0.6:
        return "长期"
    return (f.firm.established.replace(year=f.firm.established.year + 30)).isoformat()


def _license_scan(f: Filing, file: str, original: bool = True) -> None:
    valid = _valid(f)
    sheet, fields = license_original(f.firm, f.rng, valid) if original else license_copy(f.firm, f.rng, valid)
    img = scan(sheet, Scan(dpi=200, paper=WHITE), f.rng)
    f.image_file(file, Part([sheet], DocType.business_license, fields), img, quality=88)


def _license_photo(f: Filing, file: str) -> None:
    valid = _valid(f)
    sheet, fields = license_copy(f.firm, f.rng, valid)
    img = scan(sheet, Scan(dpi=150, paper=(250, 247, 240)), f.rng)
    photo = watermark(phone_photo(img, f.rng, glare=True), "仅供年检使用", f.rng)
    f.image_file(file, Part([sheet], DocType.business_license, fields), photo, quality=72)


def _project(f: Filing) -> tuple[str, str]:
    return f.rng.choice(PROJECTS)


def _aged(
    f: Filing, dpi: int | None = None, fmt: str = "jpeg", skew: float = 0.0, grey: bool = False
) -> Scan:
    return Scan(
        dpi=dpi or f.rng.choice([200, 300]),
        paper=AGED,
        fmt=fmt,
        skew=skew,
        quality=f.rng.randint(72, 88),
        blotch=True,
        grey=grey,
    )


# --- scenarios ------------------------------------------------------------------------------------


def al01_three_rows(f: Filing) -> None:
    """Three rows: framework agreement + purchase order; a merged row of two county contracts; an ordinary contract."""
    rng = f.rng
    _license_scan(f, f"营业执照正本_{f.firm.place}.jpg", original=True)
    _audit(f, f"{YEAR}年度审计报告.pdf", Scan(dpi=200, paper=WHITE, fmt="jpeg"))
    # P1: framework + order
    stem, fld = _project(f)
    order, accepted1, fees1 = deal_for(
        f, stem, keys=["hardware_purchase", "software_purchase", "integration_implementation"]
    )
    fw_signed = order.signed - dt.timedelta(days=rng.randint(20, 90))
    fw = Deal(**{**order.__dict__, "signed": fw_signed, "number": order.number.replace("ALT", "KJXY")})
    ceiling = (order.amount * Decimal(str(rng.choice([2, 3, 5])))).quantize(Decimal(10000))
    fw_sheets, fw_fields = framework_agreement(fw, ceiling, rng.choice([2, 3]), rng)
    po_sheet, po_fields = purchase_order(order, fw.number, rng)
    letter1, l1_fields = acceptance_letter(order, accepted1, rng, experts=False)
    f.scanned_pdf(
        "框架协议及订单.pdf",
        [
            Part(fw_sheets, DocType.contract, fw_fields, "P1"),
            Part([po_sheet], DocType.contract, po_fields, "P1"),
            Part([letter1], DocType.acceptance_report, l1_fields, "P1"),
        ],
        Scan(dpi=200, paper=WHITE, fmt="png"),
    )
    f.row(
        "P1",
        order.name,
        order.party_a,
        order.signed,
        accepted1,
        fld,
        order.place[len("新疆阿勒泰地区") :],
        fees1,
    )
    # P2: merged row — two contracts of the same kind in two counties, same dates
    stem2, fld2 = rng.choice([p for p in PROJECTS if p[0] != stem])
    places = rng.sample(["布尔津县", "哈巴河县", "吉木乃县", "福海县", "青河县"], 2)
    keys = ["software_development", "integration_implementation", "hardware_purchase"]
    d_a, acc2, fees_a = deal_for(f, stem2, place=places[0], keys=keys)
    d_b, _, fees_b = deal_for(f, stem2, place=places[1], keys=keys)
    d_b.signed = d_a.signed
    body = d_a.party_a[len(places[0]) :]
    d_b.party_a = places[1] + body
    merged = {k: fees_a[k] + fees_b[k] for k in keys}
    for i, d in enumerate((d_a, d_b)):
        sheets, fields, _ = plain_contract(d, rng, None)
        letter, lf = acceptance_letter(d, acc2, rng, experts=True)
        f.scanned_pdf(
            f"合同{i + 2}_{d.place[-3:]}.pdf",
            [
                Part(sheets, DocType.contract, fields, "P2"),
                Part([letter], DocType.acceptance_report, lf, "P2"),
            ],
            _aged(f, 200),
        )
    f.row(
        "P2",
        f"{places[0]}、{places[1]}{stem2}",
        f"{places[0]}、{places[1]}{body}",
        d_a.signed,
        acc2,
        fld2,
        f"{places[0]}、{places[1]}",
        merged,
    )
    # P3: ordinary contract with a part-payment invoice
    stem3, fld3 = rng.choice([p for p in PROJECTS if p[0] not in (stem, stem2)])
    d3, acc3, fees3 = deal_for(f, stem3)
    sheets3, fields3, _ = plain_contract(
        d3, rng, None, title=rng.choice(["项目合同书", "采购合同", "系统集成项目合同"])
    )
    f.scanned_pdf(
        "P3合同关键页.pdf",
        [Part(sheets3, DocType.contract, fields3, "P3")],
        Scan(dpi=300, paper=WHITE, fmt="jpeg", quality=80),
    )
    inv_total = (d3.amount * Decimal("0.3")).quantize(Decimal("0.01"))
    inv, inv_f = vat_invoice(
        d3.party_a, client_code(rng), f.firm.name, f.firm.code, inv_total, acc3, rng, "系统集成服务"
    )
    f.scanned_pdf(
        "P3发票.pdf",
        [Part([inv], DocType.invoice, inv_f, "P3")],
        Scan(dpi=200, paper=(250, 248, 242), fmt="jpeg"),
    )
    f.row("P3", d3.name, d3.party_a, d3.signed, acc3, fld3, d3.place[len("新疆阿勒泰地区") :], fees3)


def al02_construction(f: Filing) -> None:
    """GF-2017-0201 on aged paper at 300 dpi (one page skewed), 竣工验收报告 with 监理 seal, licence photo."""
    rng = f.rng
    _license_photo(f, "IMG_2025" + str(rng.randint(1000, 9999)) + ".jpg")
    _audit(f, "审计报告.pdf", Scan(dpi=200, paper=WHITE, grey=True), with_balance=True)
    stem, fld = rng.choice([p for p in PROJECTS if "建设" in p[0] or "工程" in p[0]])
    deal, acc, fees = deal_for(f, stem, keys=["integration_implementation", "hardware_purchase", "other"])
    sup = rng.choice(SUPERVISORS)
    sheets, fields, _ = gf_contract(
        deal, rng, deal.place + rng.choice(["城区", "产业园区", "行政中心"]), rng.choice([90, 120, 150]), sup
    )
    skew_page = rng.randint(2, len(sheets))
    hows = [
        _aged(f, 300, fmt="png" if i == 0 else "jpeg", skew=skew_angle(rng) if i + 1 == skew_page else 0.0)
        for i in range(len(sheets))
    ]
    f.scanned_pdf("施工合同.pdf", [Part(sheets, DocType.contract, fields, "P1")], hows)
    rep, rep_f = completion_report(deal, acc, sup, True, rng)
    f.scanned_pdf("竣工验收报告.pdf", [Part(rep, DocType.acceptance_report, rep_f, "P1")], _aged(f, 200))
    f.row("P1", deal.name, deal.party_a, deal.signed, acc, fld, deal.place[len("新疆阿勒泰地区") :], fees)


def al03_tech_service(f: Filing) -> None:
    """科技部 技术服务合同 with instalments, 验收意见, a scanned 增值税普通发票, audit with 现金流量表."""
    rng = f.rng
    _license_scan(f, "license.jpg", original=True)
    _audit(f, "audit_2025.pdf", Scan(dpi=200, paper=WHITE, fmt="png"), with_cash=True)
    stem, fld = _project(f)
    deal, acc, fees = deal_for(
        f, stem, keys=["software_development", "data_processing", "operation_maintenance"]
    )
    splits = rng.choice([(30, 40, 30), (30, 50, 20), (40, 30, 30)])
    sheets, fields = tech_service_contract(deal, rng, splits)
    f.scanned_pdf(
        "技术服务合同.pdf",
        [Part(sheets, DocType.contract, fields, "P1")],
        Scan(dpi=200, paper=(250, 246, 232), fmt="png"),
    )
    letter, lf = acceptance_letter(deal, acc, rng, experts=True)
    inv_total = (deal.amount * Decimal(splits[0]) / 100).quantize(Decimal("0.01"))
    inv, inv_f = vat_invoice(
        deal.party_a,
        client_code(rng),
        f.firm.name,
        f.firm.code,
        inv_total,
        deal.signed + dt.timedelta(days=rng.randint(5, 15)),
        rng,
        "信息技术服务费",
    )
    f.scanned_pdf(
        "验收及发票.pdf",
        [Part([letter], DocType.acceptance_report, lf, "P1"), Part([inv], DocType.invoice, inv_f, "P1")],
        [_aged(f, 200), Scan(dpi=300, paper=WHITE)],
    )
    f.row("P1", deal.name, deal.party_a, deal.signed, acc, fld, deal.place[len("新疆阿勒泰地区") :], fees)


def al04_grey_fees(f: Filing) -> None:
    """Grey 200 dpi contract with a 分项价格表 matching the row, skewed signature page; 竣工验收报告."""
    rng = f.rng
    _license_scan(f, "执照副本.jpg", original=False)
    _audit(f, "2025审计.pdf", Scan(dpi=200, paper=WHITE, grey=True))
    stem, fld = _project(f)
    deal, acc, fees = deal_for(f, stem)
    sheets, fields, _ = plain_contract(deal, rng, dict(fees))
    hows = [
        Scan(dpi=200, grey=True, quality=78),
        Scan(dpi=200, grey=True, fmt="png"),
        Scan(dpi=200, grey=True, skew=skew_angle(rng)),
    ]
    rep, rep_f = completion_report(deal, acc, rng.choice(SUPERVISORS), True, rng)
    f.scanned_pdf(
        "项目资料.pdf",
        [Part(sheets, DocType.contract, fields, "P1"), Part(rep, DocType.acceptance_report, rep_f, "P1")],
        hows + [Scan(dpi=200, grey=True)] * 2,
    )
    f.row("P1", deal.name, deal.party_a, deal.signed, acc, fld, deal.place[len("新疆阿勒泰地区") :], fees)


def al05_fee_split(f: Filing) -> None:
    """FEE_MISMATCH: the 分项价格表 moves money from 硬件设备购置费 to 软件开发费; the total still agrees."""
    rng = f.rng
    _license_scan(f, "营业执照.jpg", original=rng.random() < 0.5)
    _audit(f, "审计报告2025.pdf", Scan(dpi=200, paper=WHITE))
    stem, fld = _project(f)
    deal, acc, fees = deal_for(
        f, stem, keys=["software_development", "integration_implementation", "hardware_purchase"]
    )
    shift = Decimal(rng.randint(8, 25) * 10000)
    shown = dict(fees)
    shown["software_development"] += shift
    shown["hardware_purchase"] -= shift
    sheets, fields, _ = plain_contract(deal, rng, shown)
    f.scanned_pdf("合同.pdf", [Part(sheets, DocType.contract, fields, "P1")], _aged(f, 200))
    letter, lf = acceptance_letter(deal, acc, rng, experts=False)
    f.scanned_pdf("验收意见.pdf", [Part([letter], DocType.acceptance_report, lf, "P1")], Scan(dpi=200))
    f.row("P1", deal.name, deal.party_a, deal.signed, acc, fld, deal.place[len("新疆阿勒泰地区") :], fees)
    f.plant(
        Code.FEE_MISMATCH,
        "合同.pdf",
        2,
        "P1",
        f"软件开发费 +{shift}, 硬件设备购置费 -{shift} against the row",
    )


def al06_words(f: Filing) -> None:
    """AMOUNT_WORDS_MISMATCH: figures equal the row; the capital numerals drop a 拾万 digit."""
    rng = f.rng
    _license_scan(f, "yyzz.jpg", original=True)
    _audit(f, "sj.pdf", Scan(dpi=200, grey=True))
    stem, fld = _project(f)
    deal, acc, fees = deal_for(f, stem)
    wrong = deal.amount + Decimal(rng.choice([-1, 1]) * rng.randint(1, 3) * 100000)
    if wrong <= 0:
        wrong = deal.amount + Decimal(200000)
    deal.words = capital(wrong)
    sheets, fields, page = plain_contract(deal, rng, None, title="信息化建设项目合同")
    letter, lf = acceptance_letter(deal, acc, rng, experts=True)
    f.scanned_pdf(
        "合同及验收.pdf",
        [Part(sheets, DocType.contract, fields, "P1"), Part([letter], DocType.acceptance_report, lf, "P1")],
        _aged(f, 300),
    )
    f.row("P1", deal.name, deal.party_a, deal.signed, acc, fld, deal.place[len("新疆阿勒泰地区") :], fees)
    f.plant(
        Code.AMOUNT_WORDS_MISMATCH, "合同及验收.pdf", page, "P1", f"words say {wrong}, figures {deal.amount}"
    )


def al07_not_passed(f: Filing) -> None:
    """ACCEPTANCE_NOT_PASSED: 竣工验收报告 concludes 不同意验收，限期整改后复验."""
    rng = f.rng
    _license_photo(f, "营业执照副本.jpg")
    _audit(f, "审计报告.pdf", Scan(dpi=200))
    stem, fld = rng.choice([p for p in PROJECTS if "建设" in p[0] or "工程" in p[0]])
    deal, acc, fees = deal_for(f, stem)
    sheets, fields, _ = plain_contract(deal, rng, None)
    f.scanned_pdf("contract.pdf", [Part(sheets, DocType.contract, fields, "P1")], Scan(dpi=200, fmt="png"))
    rep, rep_f = completion_report(deal, acc, rng.choice(SUPERVISORS), False, rng)
    f.scanned_pdf("验收报告.pdf", [Part(rep, DocType.acceptance_report, rep_f, "P1")], _aged(f, 300))
    f.row("P1", deal.name, deal.party_a, deal.signed, acc, fld, deal.place[len("新疆阿勒泰地区") :], fees)
    f.plant(Code.ACCEPTANCE_NOT_PASSED, "验收报告.pdf", 1, "P1", "不同意验收，限期整改后复验")


def al08_license_rep(f: Filing) -> None:
    """LICENSE_FIELD_MISMATCH: the licence names another 法定代表人 than the declaration."""
    rng = f.rng
    declared_legal = f.firm.legal
    other = person(rng)
    while other == declared_legal:
        other = person(rng)
    f.firm.legal = other
    _license_scan(f, "营业执照.jpg", original=True)
    f.firm.legal = declared_legal
    _audit(f, "审计报告.pdf", Scan(dpi=200, fmt="png"))
    stem, fld = _project(f)
    deal, acc, fees = deal_for(f, stem)
    sheets, fields, _ = plain_contract(deal, rng, None)
    rep, rep_f = completion_report(deal, acc, rng.choice(SUPERVISORS), True, rng)
    f.scanned_pdf(
        "项目合同及验收.pdf",
        [Part(sheets, DocType.contract, fields, "P1"), Part(rep, DocType.acceptance_report, rep_f, "P1")],
        Scan(dpi=200, paper=(249, 245, 232)),
    )
    f.row("P1", deal.name, deal.party_a, deal.signed, acc, fld, deal.place[len("新疆阿勒泰地区") :], fees)
    f.plant(
        Code.LICENSE_FIELD_MISMATCH,
        "营业执照.jpg",
        1,
        None,
        f"licence 法定代表人 {other}, declared {declared_legal}",
    )


def al09_text_layer(f: Filing) -> None:
    """TEXT_LAYER_MISMATCH: the scanned contract page shows the declared amount; its invisible OCR layer says another."""
    rng = f.rng
    _license_scan(f, "license_scan.jpg", original=False)
    _audit(f, "年度审计报告.pdf", Scan(dpi=200))
    stem, fld = _project(f)
    deal, acc, fees = deal_for(f, stem)
    sheets, fields, page = plain_contract(deal, rng, None)
    other = deal.amount + Decimal(rng.randint(5, 30) * 10000)
    from .people import figures

    repl = {figures(deal.amount): figures(other), capital(deal.amount): capital(other)}
    f.scanned_pdf(
        "合同扫描件.pdf",
        [Part(sheets, DocType.contract, fields, "P1")],
        Scan(dpi=300, fmt="jpeg", quality=85),
        ocr=dict.fromkeys(range(1, len(sheets) + 1), repl),
    )
    letter, lf = acceptance_letter(deal, acc, rng, experts=False)
    f.scanned_pdf("验收.pdf", [Part([letter], DocType.acceptance_report, lf, "P1")], _aged(f, 200))
    f.row("P1", deal.name, deal.party_a, deal.signed, acc, fld, deal.place[len("新疆阿勒泰地区") :], fees)
    f.plant(
        Code.TEXT_LAYER_MISMATCH,
        "合同扫描件.pdf",
        page,
        "P1",
        f"text layer says {other}, image {deal.amount}",
    )


def al10_overlay(f: Filing) -> None:
    """OVERLAY_DETECTED: born-digital contract; white boxes cover the original amount, the declared one is drawn on top."""
    rng = f.rng
    _license_photo(f, "执照.jpg")
    _audit(f, "审计报告.pdf", Scan(dpi=200, grey=True))
    stem, fld = _project(f)
    deal, acc, fees = deal_for(f, stem)
    original = deal.amount - Decimal(rng.randint(6, 30) * 10000)
    from .people import figures

    shown = deal.amount
    deal.amount = original
    sheets, fields, page = plain_contract(deal, rng, None)
    deal.amount = shown
    fields["contract_amount"] = f"{shown:.2f}"
    fields["amount_in_words"] = f"人民币（大写）：{capital(shown)}"
    f.vector_pdf(
        "合同电子版.pdf",
        [Part(sheets, DocType.contract, fields, "P1")],
        cover={capital(original): capital(shown), figures(original): figures(shown)},
    )
    rep, rep_f = completion_report(deal, acc, rng.choice(SUPERVISORS), True, rng)
    f.scanned_pdf("竣工验收.pdf", [Part(rep, DocType.acceptance_report, rep_f, "P1")], _aged(f, 200))
    f.row("P1", deal.name, deal.party_a, deal.signed, acc, fld, deal.place[len("新疆阿勒泰地区") :], fees)
    f.plant(
        Code.OVERLAY_DETECTED,
        "合同电子版.pdf",
        page,
        "P1",
        f"white boxes over {original}, {shown} drawn on top",
    )


SCENARIOS: list[Callable[[Filing], None]] = [
    al01_three_rows,
    al02_construction,
    al03_tech_service,
    al04_grey_fees,
    al05_fee_split,
    al06_words,
    al07_not_passed,
    al08_license_rep,
    al09_text_layer,
    al10_overlay,
]


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    for index, scenario in enumerate(SCENARIOS, start=1):
        name = scenario.__name__
        if only and name not in only:
            continue
        target = out / name
        if target.exists():
            shutil.rmtree(target)
        f = new_filing(out, name, seed, index)
        scenario(f)
        f.write(out)
        written.append(name)
    return written


_ = (county, day, YEAR, watermark)
