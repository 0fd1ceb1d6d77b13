"""The twelve Turpan filings: four clean, eight each planting one or two causes."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from . import docs as D
from .declare import YEAR, Filed, Row, as_json, split_fees, staffing, write_xlsx
from .filing import Filing, Way
from .numerals import capital, figures, round_to
from .people import Firm, client, firm, project_name
from .scan import draw_device


def _date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def _deal(
    rng: random.Random, ent: Firm, county: str, low: int, high: int, unit: int = 1, signed_year: int = YEAR
) -> D.Deal:
    cl = client(rng, county)
    amount = Decimal(rng.randint(low // unit, high // unit) * unit)
    signed = _date(
        rng,
        dt.date(signed_year, 1, 5) if signed_year == YEAR else dt.date(signed_year, 6, 1),
        dt.date(YEAR, 6, 30) if signed_year == YEAR else dt.date(signed_year, 12, 20),
    )
    accepted = _date(rng, max(signed + dt.timedelta(days=45), dt.date(YEAR, 2, 1)), dt.date(YEAR, 12, 15))
    number = f"TLF{rng.choice(('GC', 'SS', 'TKX', 'ZC'))}-{signed.year}-{rng.randint(1, 299):03d}"
    return D.Deal(project_name(rng, cl), number, cl, ent, amount, signed, accepted)


def _books(rng: random.Random, rows_total: Decimal, year: int = YEAR, unit: int = 1) -> D.Books:
    si = round_to(rows_total * Decimal(rng.uniform(1.05, 1.6)), Decimal(unit))
    revenue = round_to(si * Decimal(rng.uniform(1.1, 1.5)), Decimal(unit))
    profit = round_to(revenue * Decimal(rng.uniform(0.03, 0.09)), Decimal(unit))
    assets = round_to(revenue * Decimal(rng.uniform(0.9, 1.4)), Decimal(unit))
    return D.Books(year, revenue, si, profit, assets)


def _common(
    f: Filing,
    filed: Filed,
    *,
    licence_way: Way | None = None,
    licence_file: str = "营业执照.pdf",
    audit_unit: str = "元",
    audit_file: str = "审计报告{year}.pdf",
    licence_kw: dict | None = None,
    audit_kw: dict | None = None,
) -> dict[str, str]:
    rng = f.rng
    ids = {}
    lic = D.licence(filed.firm, rng, **(licence_kw or {}))
    ids["licence"] = f.add(licence_file, lic, licence_way or Way("scan", draw_device(rng, mode="colour")))
    for books in filed.books:
        rep = D.audit_report(filed.firm, books, rng, unit=audit_unit, **(audit_kw or {}))
        ids[f"audit{books.year}"] = f.add(
            audit_file.format(year=books.year), rep, Way("scan", draw_device(rng))
        )
    return ids


def _finish(f: Filing, filed: Filed, clean: bool, xlsx: str | None = None) -> None:
    total = sum((sum(r.fees.values(), Decimal(0)) for r in filed.rows), Decimal(0))
    filed.grade, filed.staff = staffing(total, f.rng)
    data = as_json(filed)
    if xlsx:
        write_xlsx(f.sub / "declaration.xlsx", data, xlsx)
    else:
        f.declaration(data)
    f.close(clean)


# --------------------------------------------------------------------------------------------------
def tp01_clean_gaochang_framework(f: Filing) -> None:
    """框架协议 + three 订单; the row declares the second order. /Rotate 90 pages, 中标通知书, 验收单 form."""
    rng = f.rng
    ent = firm(rng, "高昌区")
    deal = _deal(rng, ent, "高昌区", 400_000, 1_800_000)
    orders = [Decimal(rng.randint(150_000, 600_000)), deal.amount, Decimal(rng.randint(80_000, 300_000))]
    fees = split_fees(deal.amount, rng)
    deal.fees = fees
    filed = Filed(ent, [Row("P1", deal, fees)], [_books(rng, deal.amount)])
    _common(f, filed, licence_way=Way("scan", draw_device(rng, mode="colour"), rotate=True))
    f.add(
        "合同及验收/高昌区项目合同.pdf",
        D.framework_order(deal, rng, orders, 1),
        Way("scan", draw_device(rng), rotate=True),
        "P1",
    )
    f.add(
        "合同及验收/高昌区项目合同.pdf",
        D.acceptance_form(deal, rng),
        Way("scan", draw_device(rng, tint=True, mode="colour")),
        "P1",
    )
    f.add("中标通知书.pdf", D.award_notice(deal, rng), Way("scan", draw_device(rng)), "P1", fields={})
    _finish(f, filed, True)


def tp02_clean_shanshan_xlsx(f: Filing) -> None:
    """万元 declaration (xlsx), 4-decimal 万元 contract with an agreeing OCR layer, two 全电发票 short of the total, licence in a glass frame."""
    rng = f.rng
    ent = firm(rng, "鄯善县")
    deal = _deal(rng, ent, "鄯善县", 1_200_000, 4_800_000, unit=100)
    deal.fees = split_fees(deal.amount, rng, Decimal(100))
    books = _books(rng, deal.amount, unit=100)
    filed = Filed(ent, [Row("P1", deal, deal.fees)], [books])
    _common(f, filed, licence_way=Way("glass"), licence_file="执照照片.jpg", audit_unit="千元")
    f.add(
        "鄯善项目合同（扫描带文字层）.pdf",
        D.contract(deal, rng, amount_style="wan4", fee_table=True),
        Way("scan", draw_device(rng, mode="grey", skew=0.0), text_layer={}),
        "P1",
    )
    f.add(
        "鄯善项目合同（扫描带文字层）.pdf",
        D.acceptance_two_stage(deal, rng),
        Way("scan", draw_device(rng)),
        "P1",
    )
    first = (deal.amount * Decimal("0.3")).quantize(Decimal("0.01"))
    second = (deal.amount * Decimal("0.4")).quantize(Decimal("0.01"))
    for i, amt in enumerate((first, second)):
        number = f"25652000000{rng.randint(10**8, 10**9 - 1)}"
        day = (
            deal.accepted + dt.timedelta(days=rng.randint(3, 12))
            if i
            else deal.signed + dt.timedelta(days=rng.randint(5, 20))
        )
        f.add(
            f"发票/数电票{i + 1}.pdf",
            D.e_invoice(deal, amt, number, min(day, dt.date(YEAR, 12, 28)), rng),
            Way("digital"),
            "P1",
        )
    _finish(f, filed, True, xlsx="万元")


def tp03_clean_toksun_tiff(f: Filing) -> None:
    """委托方/受托方 contract with 单价×数量 table and 优惠后总价 as a multi-page TIFF; fax acceptance letter; PNG 成交通知书; scanned VAT invoice."""
    rng = f.rng
    ent = firm(rng, "托克逊县")
    deal = _deal(rng, ent, "托克逊县", 600_000, 2_600_000)
    deal.fees = split_fees(deal.amount, rng)
    filed = Filed(ent, [Row("P1", deal, deal.fees)], [_books(rng, deal.amount)])
    _common(f, filed)
    f.add(
        "托克逊合同.tif",
        D.contract(deal, rng, parties="委托受托", unit_price=True, suffix="正"),
        Way("scan", draw_device(rng, mode=rng.choice(("grey", "bilevel")), dpi=200)),
        "P1",
    )
    f.add(
        "验收意见（传真件）.pdf", D.acceptance_letter(deal, rng, conclusion="同意通过验收"), Way("fax"), "P1"
    )
    f.add(
        "成交通知书截图.png",
        D.award_notice(deal, rng, "成交通知书"),
        Way("scan", draw_device(rng, mode="colour", blur=0.5, noise=1.5, skew=0.0, tint=False, dpi=150)),
        "P1",
        fields={},
    )
    inv = (deal.amount * Decimal("0.5")).quantize(Decimal("0.01"))
    f.add(
        "托克逊合同发票.pdf",
        D.vat_invoice(deal, inv, f"{rng.randint(10**7, 10**8 - 1)}", deal.accepted, rng),
        Way("scan", draw_device(rng, mode="colour")),
        "P1",
    )
    _finish(f, filed, True)


def tp04_clean_two_projects_yi(f: Filing) -> None:
    """A 亿-scale contract with 人民币（大写）in a table cell and title-line parties, plus a 2024-signed one; two audit years, one in 千元; tax return."""
    rng = f.rng
    ent = firm(rng, "高昌区")
    big = _deal(rng, ent, "高昌区", 100_000_000, 180_000_000, unit=10_000)
    small = _deal(rng, ent, rng.choice(("鄯善县", "托克逊县")), 300_000, 900_000, signed_year=YEAR - 1)
    big.fees = split_fees(big.amount, rng)
    small.fees = split_fees(small.amount, rng)
    books = [_books(rng, big.amount + small.amount, YEAR - 1), _books(rng, big.amount + small.amount)]
    filed = Filed(ent, [Row("P1", big, big.fees), Row("P2", small, small.fees)], books)
    ids = _common(f, filed)
    del ids
    f.add(
        "大项目/合同关键页.pdf",
        D.contract(big, rng, parties="title_only", amount_style="yi"),
        Way("scan", draw_device(rng, mode="colour", tint=True)),
        "P1",
    )
    f.add(
        "大项目/合同关键页.pdf",
        D.test_report(big, rng),
        Way("scan", draw_device(rng, mode="colour")),
        "P1",
        fields={},
    )
    f.add(
        "大项目/合同关键页.pdf",
        D.acceptance_form(big, rng, title="项目竣工验收单"),
        Way("scan", draw_device(rng)),
        "P1",
    )
    f.add(
        "项目2.pdf",
        D.contract(small, rng, amount_style="cell", bank=True),
        Way("resave", draw_device(rng, mode="colour")),
        "P2",
    )
    f.add("项目2.pdf", D.acceptance_letter(small, rng), Way("resave", draw_device(rng, mode="colour")), "P2")
    f.add("纳税申报表.pdf", D.tax_return(ent, books[-1], rng), Way("digital"), fields={})
    _finish(f, filed, True)


# --------------------------------------------------------------------------------------------------
def tp05_amount_and_date(f: Filing) -> None:
    """Declared amount differs from the contract (digits transposed); declared signing date a month off. Photocopy of a photocopy."""
    rng = f.rng
    ent = firm(rng)
    deal = _deal(rng, ent, ent.county, 800_000, 2_400_000, unit=100)
    declared = deal.amount + Decimal(rng.choice((90_000, 180_000, 270_000)))
    fees = split_fees(declared, rng)
    filed = Filed(
        ent,
        [Row("P1", deal, fees, signed=deal.signed + dt.timedelta(days=rng.choice((31, 45, -30))))],
        [_books(rng, declared)],
    )
    _common(f, filed)
    cid = f.add("合同复印件.pdf", D.contract(deal, rng), Way("photocopy"), "P1")
    f.add("合同复印件.pdf", D.acceptance_form(deal, rng), Way("scan", draw_device(rng)), "P1")
    f.finding(
        "AMOUNT_MISMATCH", "P1", *f.page_of(cid, 1), note=f"declared {declared}, contract {deal.amount}"
    )
    f.finding(
        "DATE_MISMATCH", "P1", *f.page_of(cid, 2), note="declared signed_on differs from the signature page"
    )
    _finish(f, filed, False)


def tp06_words_and_fees(f: Filing) -> None:
    """The capital numerals drop a 零-run digit (figures agree with the row); the fee table moves money between two declared fees."""
    rng = f.rng
    ent = firm(rng)
    deal = _deal(rng, ent, ent.county, 1_000_000, 3_000_000, unit=1000)
    deal.amount += Decimal(rng.choice((3000, 5000, 8000)))  # leaves a 零 run in the capital numerals
    deal.fees = split_fees(deal.amount, rng, Decimal(1000))
    wrong = capital(deal.amount - Decimal(rng.choice((100_000, 10_000))))
    declared_fees = dict(deal.fees)
    keys = list(declared_fees)
    shift = Decimal(rng.choice((50_000, 80_000, 120_000)))
    declared_fees[keys[0]] += shift
    declared_fees[keys[1]] -= shift
    filed = Filed(ent, [Row("P1", deal, declared_fees)], [_books(rng, deal.amount)])
    _common(f, filed)
    cid = f.add(
        "合同.pdf",
        D.contract(deal, rng, words=wrong, fee_table=True, amount_style=rng.choice(("plain", "cell"))),
        Way("scan", draw_device(rng, mode="grey", dpi=300)),
        "P1",
    )
    f.add(
        "验收报告.jpg",
        D.acceptance_letter(deal, rng, conclusion="验收合格"),
        Way("scan", draw_device(rng, mode="colour", tint=True)),
        "P1",
    )
    f.finding(
        "AMOUNT_WORDS_MISMATCH",
        "P1",
        *f.page_of(cid, 1),
        note=f"words {wrong} vs figures {figures(deal.amount)}",
    )
    f.finding("FEE_MISMATCH", "P1", *f.page_of(cid, 1), note=f"{keys[0]}/{keys[1]} differ by {shift}")
    _finish(f, filed, False)


def tp07_party_and_seal(f: Filing) -> None:
    """Party B is a sister company (吐鲁番 branch) of the declarant; the acceptance form carries no seal."""
    rng = f.rng
    ent = firm(rng, "鄯善县")
    deal = _deal(rng, ent, "鄯善县", 500_000, 1_500_000)
    deal.fees = split_fees(deal.amount, rng)
    other = (
        ent.name.replace("有限公司", "鄯善分公司")
        if rng.random() < 0.5
        else "吐鲁番" + ent.name[2:].replace("信息", "智联").replace("数字", "智联").replace("网络", "智联")
    )
    filed = Filed(ent, [Row("P1", deal, deal.fees)], [_books(rng, deal.amount)])
    _common(f, filed)
    cid = f.add("鄯善项目.pdf", D.contract(deal, rng, shown_b=other), Way("scan", draw_device(rng)), "P1")
    aid = f.add("鄯善项目.pdf", D.acceptance_form(deal, rng, seal=False), Way("scan", draw_device(rng)), "P1")
    f.finding("PARTY_MISMATCH", "P1", *f.page_of(cid, 0), note=f"乙方 {other}")
    f.finding("SEAL_MISSING", "P1", *f.page_of(aid, 0), note="acceptance form without seal")
    _finish(f, filed, False)


def tp08_not_passed_and_name(f: Filing) -> None:
    """Acceptance ticks 不合格 (基本合格，限期整改); the row's project name is only loosely the contract's."""
    rng = f.rng
    ent = firm(rng, "托克逊县")
    deal = _deal(rng, ent, "托克逊县", 300_000, 1_200_000)
    deal.fees = split_fees(deal.amount, rng)
    loose = f"托克逊县{rng.choice(('信息化综合提升', '智慧化改造（一期）', '数字化基础设施'))}工程"
    filed = Filed(ent, [Row("P1", deal, deal.fees, name=loose)], [_books(rng, deal.amount)])
    _common(f, filed)
    cid = f.add(
        "托克逊项目资料.pdf", D.contract(deal, rng, parties="委托受托"), Way("scan", draw_device(rng)), "P1"
    )
    aid = f.add(
        "托克逊项目资料.pdf",
        D.acceptance_form(
            deal,
            rng,
            passed=False,
            conclusion=rng.choice(
                ("基本合格，限期整改，整改完成后另行组织验收。", "系统存在较多问题，不同意验收。")
            ),
        ),
        Way("scan", draw_device(rng)),
        "P1",
    )
    f.finding("ACCEPTANCE_NOT_PASSED", "P1", *f.page_of(aid, 0))
    f.finding("PROJECT_NAME_MISMATCH", "P1", *f.page_of(cid, 0), note=f"declared {loose}")
    _finish(f, filed, False)


def tp09_old_licence_and_audit(f: Filing) -> None:
    """An old-style licence whose term ended mid-2025; the audit report's revenue differs from the declared one."""
    rng = f.rng
    ent = firm(rng, "高昌区")
    deal = _deal(rng, ent, "高昌区", 400_000, 1_600_000)
    deal.fees = split_fees(deal.amount, rng)
    books = _books(rng, deal.amount)
    shown = books.revenue - Decimal(rng.choice((1_200_000, 2_350_000, 860_000)))
    ended = dt.date(YEAR, rng.randint(3, 10), rng.randint(1, 28)).isoformat()
    filed = Filed(ent, [Row("P1", deal, deal.fees)], [books])
    ids = _common(
        f,
        filed,
        licence_kw={"old": True, "valid_until": ended},
        licence_file="营业执照（旧版）.jpg",
        audit_kw={"shown_revenue": shown},
    )
    f.add("高昌项目.pdf", D.contract(deal, rng), Way("scan", draw_device(rng)), "P1")
    f.add("高昌项目.pdf", D.acceptance_letter(deal, rng), Way("scan", draw_device(rng)), "P1")
    f.finding("LICENSE_EXPIRED", None, *f.page_of(ids["licence"], 0), note=f"营业期限至 {ended}")
    f.finding(
        "AUDIT_FIGURE_MISMATCH",
        None,
        *f.page_of(ids[f"audit{YEAR}"], 3),
        note=f"audit revenue {shown}, declared {books.revenue}",
    )
    _finish(f, filed, False)


def tp10_pasted_amount_and_duplicate(f: Filing) -> None:
    """The amount line is a patch from another, sharper scan (showing the declared amount); one acceptance page is uploaded twice."""
    rng = f.rng
    ent = firm(rng)
    deal = _deal(rng, ent, ent.county, 900_000, 2_900_000)
    deal.fees = split_fees(deal.amount, rng)
    real = deal.amount - Decimal(rng.choice((300_000, 450_000, 520_000)))
    filed = Filed(ent, [Row("P1", deal, deal.fees)], [_books(rng, deal.amount)])
    _common(f, filed)
    doc = D.contract(deal, rng)
    old = {"amount": f"（¥{figures(real)}元）。", "words": f"合同总价：人民币{capital(real)}"}
    cid = f.add(
        "项目合同扫描.pdf",
        doc,
        Way("scan", draw_device(rng, mode="grey", skew=0.0, blur=1.0, noise=5.0, quality=70), tamper=old),
        "P1",
    )
    acc = D.acceptance_form(deal, rng)
    f.add("项目合同扫描.pdf", acc, Way("scan", draw_device(rng)), "P1")
    did = f.add("补充材料/验收单.jpg", acc, Way("scan", draw_device(rng, mode="colour")), "P1")
    f.finding("IMAGE_TAMPERED", "P1", *f.page_of(cid, 1), note=f"patched from ¥{figures(real)}")
    f.finding("DUPLICATE_DOCUMENT", "P1", *f.page_of(did, 0), note="acceptance form scanned twice")
    _finish(f, filed, False)


def tp11_overlay_digital(f: Filing) -> None:
    """A born-digital contract PDF whose amount and words were covered by white boxes and retyped to the declared figure."""
    rng = f.rng
    ent = firm(rng)
    deal = _deal(rng, ent, ent.county, 700_000, 2_200_000)
    deal.fees = split_fees(deal.amount, rng)
    real = deal.amount - Decimal(rng.choice((100_000, 200_000)))
    filed = Filed(ent, [Row("P1", deal, deal.fees)], [_books(rng, deal.amount)])
    _common(f, filed)
    doc = D.contract(deal, rng, amount_style="plain")
    cid = f.add(
        "电子合同.pdf",
        doc,
        Way(
            "digital",
            overlay={"amount": f"（¥{figures(real)}元）。", "words": f"合同总价：人民币{capital(real)}"},
        ),
        "P1",
    )
    f.add("验收材料.pdf", D.acceptance_two_stage(deal, rng), Way("scan", draw_device(rng)), "P1")
    f.finding("OVERLAY_DETECTED", "P1", *f.page_of(cid, 1), note=f"white box over ¥{figures(real)}")
    _finish(f, filed, False)


def tp12_text_layer_disagrees(f: Filing) -> None:
    """A scanned contract whose hidden OCR text layer claims another amount than the image shows (the image agrees with the row). xlsx in 元."""
    rng = f.rng
    ent = firm(rng, "托克逊县")
    deal = _deal(rng, ent, "托克逊县", 500_000, 1_900_000, unit=100)
    deal.fees = split_fees(deal.amount, rng, Decimal(100))
    other = deal.amount + Decimal(rng.choice((200_000, 330_000)))
    filed = Filed(ent, [Row("P1", deal, deal.fees)], [_books(rng, deal.amount, unit=100)])
    _common(f, filed)
    doc = D.contract(deal, rng, amount_style="cell")
    cid = f.add(
        "合同（可搜索）.pdf",
        doc,
        Way(
            "scan",
            draw_device(rng, mode="grey", skew=0.0),
            text_layer={"amount": f"¥{figures(other)}元", "words": capital(other)},
        ),
        "P1",
    )
    f.add(
        "合同（可搜索）.pdf",
        D.acceptance_letter(deal, rng, conclusion="同意通过验收"),
        Way("scan", draw_device(rng), text_layer={}),
        "P1",
    )
    f.finding("TEXT_LAYER_MISMATCH", "P1", *f.page_of(cid, 1), note=f"text layer says ¥{figures(other)}")
    _finish(f, filed, False, xlsx="元")


SCENARIOS = (
    tp01_clean_gaochang_framework,
    tp02_clean_shanshan_xlsx,
    tp03_clean_toksun_tiff,
    tp04_clean_two_projects_yi,
    tp05_amount_and_date,
    tp06_words_and_fees,
    tp07_party_and_seal,
    tp08_not_passed_and_name,
    tp09_old_licence_and_audit,
    tp10_pasted_amount_and_duplicate,
    tp11_overlay_digital,
    tp12_text_layer_disagrees,
)
