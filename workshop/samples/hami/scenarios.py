"""The 哈密 scenarios: eleven filings, four clean and seven with one or two planted causes.

Each function writes ``out/<name>/submission/`` and ``out/<name>/truth.json`` and returns the
name. The README's table says what each holds and what a careful reviewer raises on it.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from jianzheng.models.document import DocType
from jianzheng.models.finding import Code

from . import acceptance, audit, codes, contract, forms, license, scanner, wordfile, world
from .binder import Attachment, Paper
from .filing import Filing, client_code, q2, round_amount, swap_digits
from .numerals import capital, grouped


def _finance(year: int, revenue: Decimal, si: Decimal | None, net: Decimal) -> list[dict[str, object]]:
    return [
        {
            "year": year,
            "operating_revenue": f"{revenue:.2f}",
            "system_integration_revenue": f"{si:.2f}" if si is not None else None,
            "net_profit": f"{net:.2f}",
        }
    ]


def _issued(rng: random.Random, f: world.Firm, latest: int) -> dt.date:
    first = max(f.established.year + 1, 2016)
    return dt.date(rng.randint(min(first, latest), latest), rng.randint(1, 12), rng.randint(1, 28))


# ---- clean -------------------------------------------------------------------------------------
def hm01_old_licence_2017(out: Path, seed: int) -> str:
    """2017 filing, before 三证合一 reached this firm: old licence + organisation code
    certificate, 1-bit fax scans, a multi-page TIFF, sub-folders, no declared credit code."""
    fl = Filing(out, "hm01_old_licence_2017", seed, clean=True, year=2017)
    rng = fl.rng
    f = fl.firm(established_before=2011)
    f.reg_no = codes.registration_number(rng)
    f.org_code = codes.org_code(rng)
    fax = scanner.fax(rng)
    issued = dt.date(rng.randint(2012, 2015), rng.randint(1, 12), rng.randint(1, 28))
    lic = license.old_license(f, issued, rng.choice((20, 30)), rng)
    org = license.org_code_certificate(f, issued + dt.timedelta(days=rng.randint(5, 40)), rng)
    fl.attach(Attachment("营业执照及组织机构代码证.tif", [lic, org], fax, fmt="tif"))
    p1 = fl.plan(
        "P1", f, round_amount(rng, 1_800_000, 3_200_000), "software", "software", signed_last_year=True
    )
    p2 = fl.plan("P2", f, round_amount(rng, 3_300_000, 4_600_000), "integration", "integration")
    total = p1.deal.amount + p2.deal.amount
    revenue, si, net = fl.revenue_for(total)
    spec = fl.audit_spec(f, revenue, net, unit=1, layout="general", old=True)
    fl.attach(Attachment("财务/2017年度审计报告.pdf", [audit.audit_report(spec, rng)], scanner.fax(rng)))
    fl.attach(
        Attachment(
            "合同/项目一合同及验收.pdf",
            [contract.tech_service(p1.deal, rng), acceptance.letter(p1.closing, rng, _short(p1.client.name))],
            fax,
        )
    )
    fw = _framework_for(fl, p2)
    fl.attach(
        Attachment(
            "合同/项目二框架协议订单验收单.pdf",
            [
                fw,
                contract.order(p2.deal, str(fw.fields["contract_number"]), rng),
                acceptance.form(p2.closing, rng),
            ],
            fax,
        )
    )
    d = fl.declaration(f, "丙", _finance(2017, revenue, si, net), credit_code=None)
    return fl.finish(d)


def hm02_epc_order_invoice(out: Path, seed: int) -> str:
    """乙-grade filing: an EPC contract over 亿 (born digital, its signed page scanned) with an
    acceptance report and a lab's test report; an order under a framework agreement backed by a
    数电 invoice; the audit report digital with a note that names 系统集成收入; the stamped
    declaration form."""
    fl = Filing(out, "hm02_epc_order_invoice", seed, clean=True)
    rng = fl.rng
    f = fl.firm(capital=Decimal(rng.choice((2000, 3000, 5000))) * 10000)
    col = scanner.colour(rng, 150)
    fl.attach(
        Attachment(
            "营业执照.jpg", [license.vertical_license(f, _issued(rng, f, fl.year - 1), rng)], col, fmt="jpg"
        )
    )
    big = round_amount(rng, 100_500_000, 128_000_000, step=10_000)
    p1 = fl.plan("P1", f, big, "epc", "integration", lab=True)
    p2 = fl.plan("P2", f, round_amount(rng, 1_200_000, 2_600_000), "integration", "integration")
    total = p1.deal.amount + p2.deal.amount
    revenue, si, net = fl.revenue_for(total)
    spec = fl.audit_spec(f, revenue, net, unit=1, layout="total", si=si)
    fl.attach(Attachment(f"{fl.year}年审计报告.pdf", [audit.audit_report(spec, rng)]))
    epc = contract.epc(p1.deal, rng)
    epc.raster_pages = {2}
    test_day = p1.closing.accepted - dt.timedelta(days=rng.randint(6, 20))
    rep = acceptance.report_with_test(p1.closing, rng, test_day, f"XJRC-{fl.year}-{rng.randint(100, 999)}")
    rep.raster_pages = {0, 1}
    fl.attach(Attachment("P1_EPC合同及验收报告.pdf", [epc, rep], mixed_scanner=col))
    fw = _framework_for(fl, p2)
    fl.attach(
        Attachment(
            "P2_框架协议及订单.pdf",
            [fw, contract.order(p2.deal, str(fw.fields["contract_number"]), rng)],
            col,
        )
    )
    part = q2(p2.deal.amount * Decimal(rng.choice(("0.3", "0.4", "0.6", "0.7"))))
    inv = forms.invoice(
        forms.Sale(
            "P2",
            forms.invoice_number(rng, fl.year),
            min(p2.closing.accepted + dt.timedelta(days=rng.randint(3, 9)), dt.date(fl.year, 12, 31)),
            p2.client.name,
            client_code(rng),
            f.name,
            f.credit_code,
            "*信息技术服务*信息系统集成服务",
            part,
            Decimal("0.06"),
            f"项目名称：{p2.deal.name}；订单编号：{p2.deal.number}；第二期款",
            world.person_name(rng),
        ),
        rng,
    )
    fl.attach(Attachment("P2_发票.pdf", [inv]))
    d = fl.declaration(f, "乙", _finance(fl.year, revenue, si, net))
    form = forms.declaration_form(d, dt.date(fl.year + 1, 1, rng.randint(5, 25)), rng)
    fl.attach(Attachment("申报表盖章版.pdf", [form], col))
    return fl.finish(d)


def hm03_watermark_photo(out: Path, seed: int) -> str:
    """丙-grade filing: the 副本 photographed on a desk with 仅供年检使用 across it; a contract whose
    price is a 含税/不含税 table and whose parties carry bank blocks, with a 监理 sign-off after a
    rectification (整改后复验, then passed); audit figures in 万元; grey scans saved as RGB JPEG."""
    fl = Filing(out, "hm03_watermark_photo", seed, clean=True)
    rng = fl.rng
    f = fl.firm()
    lic = license.horizontal_license(f, _issued(rng, f, fl.year - 1), rng, watermark="仅供年检使用")
    fl.attach(Attachment("执照副本照片.jpg", [lic], scanner.phone(rng), fmt="jpg"))
    grey = scanner.grey_rgb(rng)
    p1 = fl.plan(
        "P1",
        f,
        round_amount(rng, 2_600_000, 3_900_000, step=100),
        "priced",
        "integration",
        supervisor=True,
        long_client=True,
    )
    p2 = fl.plan("P2", f, round_amount(rng, 2_400_000, 3_400_000), "software", "software")
    total = p1.deal.amount + p2.deal.amount
    revenue, si, net = fl.revenue_for(total)
    spec = fl.audit_spec(f, revenue, net, unit=10000, layout="general")
    fl.attach(Attachment("审计报告（万元）.pdf", [audit.audit_report(spec, rng)], grey))
    first = p1.closing.accepted - dt.timedelta(days=rng.randint(10, 25))
    fl.attach(
        Attachment(
            "项目1.pdf",
            [contract.priced(p1.deal, rng), acceptance.form(p1.closing, rng, recheck=first)],
            grey,
        )
    )
    fl.attach(
        Attachment(
            "项目2.pdf",
            [contract.procurement(p2.deal, rng), acceptance.letter(p2.closing, rng, _short(p2.client.name))],
            grey,
        )
    )
    d = fl.declaration(f, "丙", _finance(fl.year, revenue, si, net))
    return fl.finish(d)


def hm04_xlsx_wan_qianyuan(out: Path, seed: int) -> str:
    """丁-grade filing declared as the reviewers' xlsx with 万元 money columns; a contract that
    states its price in 万元 only; audit figures in 千元; pages saved as JPEG twice, skewed."""
    fl = Filing(out, "hm04_xlsx_wan_qianyuan", seed, clean=True)
    rng = fl.rng
    f = fl.firm()
    tw = scanner.twice(rng)
    fl.attach(
        Attachment(
            "license.jpeg", [license.vertical_license(f, _issued(rng, f, fl.year - 1), rng)], tw, fmt="jpg"
        )
    )
    p1 = fl.plan(
        "P1", f, round_amount(rng, 560_000, 1_400_000, step=100), "integration", "integration", lab=True
    )
    p2 = fl.plan("P2", f, round_amount(rng, 300_000, 900_000, step=100), "service", "software")
    total = p1.deal.amount + p2.deal.amount
    revenue, si, net = fl.revenue_for(total)
    spec = fl.audit_spec(f, revenue, net, unit=1000, layout="total")
    fl.attach(Attachment("audit_2.pdf", [audit.audit_report(spec, rng)], tw))
    rep = acceptance.report_with_test(
        p1.closing,
        rng,
        p1.closing.accepted - dt.timedelta(days=rng.randint(5, 15)),
        f"HMJC{fl.year}{rng.randint(1000, 9999)}",
    )
    fl.attach(Attachment("P1.pdf", [contract.procurement(p1.deal, rng, wan_only=True), rep], tw))
    fl.attach(
        Attachment("P2.pdf", [contract.tech_service(p2.deal, rng), acceptance.form(p2.closing, rng)], tw)
    )
    d = fl.declaration(f, "丁", _finance(fl.year, revenue, si, net))
    return fl.finish(d, xlsx=True, wan=True)


# ---- planted -----------------------------------------------------------------------------------
def hm05_amount_differs(out: Path, seed: int) -> str:
    """The declared contract amount is not the contract's (two digits swapped); the buyer is named
    in the contract's title only, which wraps over two lines."""
    fl = Filing(out, "hm05_amount_differs", seed, clean=False)
    rng = fl.rng
    f = fl.firm()
    col = scanner.colour(rng, 150)
    fl.attach(
        Attachment(
            "营业执照.jpg", [license.vertical_license(f, _issued(rng, f, fl.year - 1), rng)], col, fmt="jpg"
        )
    )
    declared = round_amount(rng, 2_600_000, 4_900_000)
    p1 = fl.plan("P1", f, declared, "integration", "integration", long_client=True)
    p1.deal.amount = swap_digits(declared, rng)  # the contract says another amount
    p2 = fl.plan("P2", f, round_amount(rng, 2_400_000, 3_600_000, step=100), "priced", "integration")
    revenue, si, net = fl.revenue_for(declared + p2.deal.amount)
    fl.attach(
        Attachment(
            "审计报告.pdf",
            [audit.audit_report(fl.audit_spec(f, revenue, net, unit=1, layout="general"), rng)],
            col,
        )
    )
    c1 = contract.procurement(p1.deal, rng, title_only_a=True)
    placed = fl.attach(
        Attachment(
            "项目一 合同+验收.pdf", [c1, acceptance.letter(p1.closing, rng, _short(p1.client.name))], col
        )
    )
    fl.book.expect(
        Code.AMOUNT_MISMATCH,
        "P1",
        placed[0].file,
        placed[0].page_of("amount"),
        f"declared {declared}, contract {p1.deal.amount} ({grouped(p1.deal.amount)}, {capital(p1.deal.amount)})",
    )
    fl.attach(
        Attachment(
            "项目二 合同+验收.pdf", [contract.priced(p2.deal, rng), acceptance.form(p2.closing, rng)], col
        )
    )
    d = fl.declaration(f, "丙", _finance(fl.year, revenue, si, net))
    return fl.finish(d)


def hm06_acceptance_issues(out: Path, seed: int) -> str:
    """P1's acceptance form is dated weeks after the declared acceptance date; P2's client letter
    refuses acceptance (不同意验收，整改后复验)."""
    fl = Filing(out, "hm06_acceptance_issues", seed, clean=False)
    rng = fl.rng
    f = fl.firm()
    grey = scanner.grey_rgb(rng)
    fl.attach(
        Attachment("执照.pdf", [license.horizontal_license(f, _issued(rng, f, fl.year - 1), rng)], grey)
    )
    p1 = fl.plan("P1", f, round_amount(rng, 5_100_000, 6_500_000), "software", "software")
    p2 = fl.plan("P2", f, round_amount(rng, 1_500_000, 2_500_000), "integration", "integration")
    revenue, si, net = fl.revenue_for(p1.deal.amount + p2.deal.amount)
    fl.attach(
        Attachment(
            "审计报告.pdf",
            [audit.audit_report(fl.audit_spec(f, revenue, net, unit=1, layout="total"), rng)],
            grey,
        )
    )
    declared_acc = p1.closing.accepted
    p1.closing.accepted = declared_acc + dt.timedelta(days=rng.randint(16, 40))
    if p1.closing.accepted.year != fl.year:
        p1.closing.accepted = dt.date(fl.year, 12, 28)
        declared_acc = min(declared_acc, dt.date(fl.year, 11, 30))
        p1.row["accepted_on"] = declared_acc.isoformat()
    placed = fl.attach(
        Attachment(
            "P1合同与验收单.pdf",
            [contract.tech_service(p1.deal, rng), acceptance.form(p1.closing, rng)],
            grey,
        )
    )
    fl.book.expect(
        Code.DATE_MISMATCH,
        "P1",
        placed[1].file,
        placed[1].page_of("date"),
        f"declared acceptance {declared_acc}, form {p1.closing.accepted}",
    )
    p2.closing.passed = False
    placed = fl.attach(
        Attachment(
            "P2合同与验收意见.pdf",
            [contract.procurement(p2.deal, rng), acceptance.letter(p2.closing, rng, _short(p2.client.name))],
            grey,
        )
    )
    fl.book.expect(
        Code.ACCEPTANCE_NOT_PASSED,
        "P2",
        placed[1].file,
        placed[1].page_of("conclusion"),
        "不同意验收，整改后复验",
    )
    d = fl.declaration(f, "丙", _finance(fl.year, revenue, si, net))
    return fl.finish(d)


def hm07_hidden_text_layer(out: Path, seed: int) -> str:
    """Every scan is a searchable PDF with an OCR text layer; on P1's first contract page the
    hidden layer prints another price (figures and words) than the image shows."""
    fl = Filing(out, "hm07_hidden_text_layer", seed, clean=False)
    rng = fl.rng
    f = fl.firm()
    col = scanner.colour(rng, 200)
    fl.attach(
        Attachment(
            "营业执照-扫描.pdf",
            [license.vertical_license(f, _issued(rng, f, fl.year - 1), rng)],
            col,
            ocr_layer=True,
        )
    )
    p1 = fl.plan("P1", f, round_amount(rng, 2_600_000, 4_800_000, step=10_000), "integration", "integration")
    p2 = fl.plan("P2", f, round_amount(rng, 2_400_000, 3_500_000), "software", "software")
    revenue, si, net = fl.revenue_for(p1.deal.amount + p2.deal.amount)
    fl.attach(
        Attachment(
            "审计报告-扫描.pdf",
            [audit.audit_report(fl.audit_spec(f, revenue, net, unit=1, layout="general"), rng)],
            col,
            ocr_layer=True,
        )
    )
    other = swap_digits(p1.deal.amount, rng)
    swaps = [(grouped(p1.deal.amount), grouped(other)), (capital(p1.deal.amount), capital(other))]
    c1 = contract.procurement(p1.deal, rng)
    placed = fl.attach(
        Attachment(
            "P1-扫描.pdf",
            [c1, acceptance.form(p1.closing, rng)],
            col,
            ocr_layer=True,
            ocr_swap={(0, 0): swaps},
        )
    )
    fl.book.expect(
        Code.TEXT_LAYER_MISMATCH,
        "P1",
        placed[0].file,
        placed[0].page_of("amount"),
        f"image {grouped(p1.deal.amount)}, hidden layer {grouped(other)}",
    )
    fl.attach(
        Attachment(
            "P2-扫描.pdf",
            [contract.tech_service(p2.deal, rng), acceptance.letter(p2.closing, rng, _short(p2.client.name))],
            col,
            ocr_layer=True,
        )
    )
    d = fl.declaration(f, "丙", _finance(fl.year, revenue, si, net))
    return fl.finish(d)


def hm08_no_acceptance_docx(out: Path, seed: int) -> str:
    """P1's contract is the unsealed Word file (its acceptance a phone photo); P2 has a contract
    and nothing else."""
    fl = Filing(out, "hm08_no_acceptance_docx", seed, clean=False)
    rng = fl.rng
    f = fl.firm()
    fl.attach(
        Attachment(
            "营业执照.jpg",
            [license.vertical_license(f, _issued(rng, f, fl.year - 1), rng)],
            scanner.phone(rng),
            fmt="jpg",
        )
    )
    p1 = fl.plan("P1", f, round_amount(rng, 1_600_000, 2_400_000, step=100), "service", "software")
    p2 = fl.plan("P2", f, round_amount(rng, 3_400_000, 4_600_000, step=100), "priced", "integration")
    revenue, si, net = fl.revenue_for(p1.deal.amount + p2.deal.amount)
    fl.attach(
        Attachment(
            "审计报告.pdf",
            [audit.audit_report(fl.audit_spec(f, revenue, net, unit=10000, layout="total"), rng)],
            scanner.colour(rng, 150),
        )
    )
    name = "项目1合同.docx"
    fields = wordfile.contract_docx(p1.deal, fl.sub / name)
    fl.book.add_file(name, DocType.contract, fields, "P1")
    fl.book.expect(Code.SEAL_MISSING, "P1", name, 1, "a Word contract carries no seal")
    fl.attach(
        Attachment("项目1验收单.jpg", [acceptance.form(p1.closing, rng)], scanner.phone(rng), fmt="jpg")
    )
    fl.attach(Attachment("项目2合同.pdf", [contract.priced(p2.deal, rng)], scanner.fax(rng)))
    fl.book.expect(Code.ACCEPTANCE_MISSING, "P2", note="contract only: no acceptance report, no invoice")
    d = fl.declaration(f, "丙", _finance(fl.year, revenue, si, net))
    return fl.finish(d)


def hm09_audit_and_capital(out: Path, seed: int) -> str:
    """The declared operating revenue is not the income statement's (two digits swapped); the
    licence shows the registered capital after an increase the declaration does not carry."""
    fl = Filing(out, "hm09_audit_and_capital", seed, clean=False)
    rng = fl.rng
    old_capital = Decimal(rng.choice((300, 500, 600))) * 10000
    f = fl.firm(capital=old_capital * rng.choice((2, 3, 4)))
    fl.attach(
        Attachment(
            "营业执照.jpg",
            [license.horizontal_license(f, _issued(rng, f, fl.year - 1), rng)],
            scanner.colour(rng, 150),
            fmt="jpg",
        )
    )
    fl.book.expect(
        Code.LICENSE_FIELD_MISMATCH,
        file="营业执照.jpg",
        page=1,
        note=f"registered capital: declared {old_capital}, licence {f.capital}",
    )
    p1 = fl.plan("P1", f, round_amount(rng, 3_600_000, 5_200_000, step=10_000), "epc", "integration")
    p2 = fl.plan("P2", f, round_amount(rng, 1_400_000, 2_200_000), "integration", "integration")
    while True:  # a revenue whose lead digits can be swapped into a larger figure
        revenue, si, net = fl.revenue_for(p1.deal.amount + p2.deal.amount)
        lead = f"{revenue:.0f}"[:3]
        if "0" not in lead and any(lead[i] < lead[j] for i in range(3) for j in range(i + 1, 3)):
            break
    fax = scanner.fax(rng)
    paper = audit.audit_report(fl.audit_spec(f, revenue, net, unit=1, layout="total"), rng)
    placed = fl.attach(Attachment("审计报告.pdf", [paper], fax))
    declared_rev = swap_digits(revenue, rng, up=True, span=3)
    fl.book.expect(
        Code.AUDIT_FIGURE_MISMATCH,
        file=placed[0].file,
        page=placed[0].page_of("income"),
        note=f"operating revenue: declared {declared_rev}, statement {grouped(revenue)}",
    )
    fl.attach(Attachment("P1.pdf", [contract.epc(p1.deal, rng), acceptance.form(p1.closing, rng)], fax))
    fw = _framework_for(fl, p2)
    fl.attach(
        Attachment(
            "P2.pdf",
            [
                fw,
                contract.order(p2.deal, str(fw.fields["contract_number"]), rng),
                acceptance.letter(p2.closing, rng, _short(p2.client.name)),
            ],
            fax,
        )
    )
    d = fl.declaration(f, "丙", _finance(fl.year, declared_rev, si, net), capital=old_capital)
    return fl.finish(d)


def hm10_code_and_party(out: Path, seed: int) -> str:
    """The declared credit code is a sister company's; P1 was signed by that sister company."""
    fl = Filing(out, "hm10_code_and_party", seed, clean=False)
    rng = fl.rng
    f = fl.firm()
    sister = fl.firm()
    declared_code = codes.other_valid_code(rng, f.credit_code)
    grey = scanner.grey_rgb(rng)
    placed = fl.attach(
        Attachment("营业执照.pdf", [license.vertical_license(f, _issued(rng, f, fl.year - 1), rng)], grey)
    )
    fl.book.expect(
        Code.CREDIT_CODE_MISMATCH,
        file=placed[0].file,
        page=1,
        note=f"declared {declared_code}, licence {f.credit_code}",
    )
    p1 = fl.plan("P1", sister, round_amount(rng, 1_800_000, 3_000_000), "software", "software")
    p2 = fl.plan("P2", f, round_amount(rng, 3_200_000, 4_600_000, step=100), "priced", "integration")
    revenue, si, net = fl.revenue_for(p1.deal.amount + p2.deal.amount)
    fl.attach(
        Attachment(
            "审计报告.pdf",
            [audit.audit_report(fl.audit_spec(f, revenue, net, unit=1, layout="general"), rng)],
            grey,
        )
    )
    placed = fl.attach(
        Attachment(
            "P1合同验收.pdf", [contract.tech_service(p1.deal, rng), acceptance.form(p1.closing, rng)], grey
        )
    )
    fl.book.expect(
        Code.PARTY_MISMATCH, "P1", placed[0].file, 1, f"乙方 {sister.name}, declared enterprise {f.name}"
    )
    fl.attach(
        Attachment(
            "P2合同验收.pdf",
            [contract.priced(p2.deal, rng), acceptance.letter(p2.closing, rng, _short(p2.client.name))],
            grey,
        )
    )
    d = fl.declaration(f, "丙", _finance(fl.year, revenue, si, net), credit_code=declared_code)
    return fl.finish(d)


def hm11_words_and_invoice(out: Path, seed: int) -> str:
    """P1's contract spells another amount in capital numerals than its figures (the declaration
    follows the figures); P2 is backed by a part-payment invoice instead of an acceptance."""
    fl = Filing(out, "hm11_words_and_invoice", seed, clean=False)
    rng = fl.rng
    f = fl.firm()
    tw = scanner.twice(rng)
    fl.attach(
        Attachment(
            "yyzz.jpg", [license.horizontal_license(f, _issued(rng, f, fl.year - 1), rng)], tw, fmt="jpg"
        )
    )
    p1 = fl.plan("P1", f, round_amount(rng, 2_600_000, 3_600_000, step=100), "priced", "integration")
    p1.deal.words_amount = swap_digits(p1.deal.amount, rng)
    p2 = fl.plan("P2", f, round_amount(rng, 2_400_000, 3_200_000), "software", "software")
    revenue, si, net = fl.revenue_for(p1.deal.amount + p2.deal.amount)
    fl.attach(
        Attachment(
            "sjbg.pdf", [audit.audit_report(fl.audit_spec(f, revenue, net, unit=1, layout="total"), rng)], tw
        )
    )
    c1 = contract.priced(p1.deal, rng)
    c1.fields["amount_in_words"] = capital(p1.deal.words_amount)
    placed = fl.attach(Attachment("p1.pdf", [c1, acceptance.form(p1.closing, rng)], tw))
    fl.book.expect(
        Code.AMOUNT_WORDS_MISMATCH,
        "P1",
        placed[0].file,
        placed[0].page_of("amount"),
        f"figures {grouped(p1.deal.amount)}, words {capital(p1.deal.words_amount)}",
    )
    fl.attach(Attachment("p2.pdf", [contract.procurement(p2.deal, rng)], tw))
    part = q2(p2.deal.amount * Decimal(rng.choice(("0.3", "0.5", "0.95"))))
    inv = forms.invoice(
        forms.Sale(
            "P2",
            forms.invoice_number(rng, fl.year),
            p2.closing.accepted,
            p2.client.name,
            client_code(rng),
            f.name,
            f.credit_code,
            "*信息技术服务*软件开发服务",
            part,
            Decimal("0.06"),
            f"项目名称：{p2.deal.name}；合同编号：{p2.deal.number}",
            world.person_name(rng),
        ),
        rng,
    )
    fl.attach(Attachment("p2_fapiao.pdf", [inv]))
    d = fl.declaration(f, "丙", _finance(fl.year, revenue, si, net))
    return fl.finish(d)


# ---- helpers -------------------------------------------------------------------------------------
def _short(client: str) -> str:
    """The letter-number prefix of a client: 伊教 for 伊州区教育局, 哈水 for 哈密市水利局 ..."""
    base = client.split("（")[0]
    head = "伊" if "伊州区" in base else "巴" if "巴里坤" in base else "伊吾" if "伊吾" in base else "哈"
    tail = (
        base.rstrip("局院心校司")
        .replace("哈密市", "")
        .replace("伊州区", "")
        .replace("巴里坤哈萨克自治县", "")
        .replace("伊吾县", "")
    )
    return head + (tail[:1] or "办")


def _framework_for(fl: Filing, plan: object) -> Paper:
    from .filing import Plan

    assert isinstance(plan, Plan)
    rng = fl.rng
    d = plan.deal
    fw_deal = contract.Deal(
        d.project_id,
        "",
        f"KJXY-{d.signed.year}-{rng.randint(1, 30):02d}",
        d.a,
        d.b,
        Decimal(0),
        dt.date(d.signed.year, 1, rng.randint(2, 20))
        if d.signed.month > 1
        else d.signed - dt.timedelta(days=rng.randint(20, 60)),
        dt.date(d.signed.year, 1, 1),
        dt.date(d.signed.year, 12, 31),
        d.lines,
    )
    if fw_deal.signed >= d.signed:
        fw_deal.signed = d.signed - dt.timedelta(days=rng.randint(5, 20))
    title = f"{d.signed.year}年度信息化设备及技术服务框架协议"
    return contract.framework(fw_deal, title, rng)


SCENARIOS: tuple[Callable[[Path, int], str], ...] = (
    hm01_old_licence_2017,
    hm02_epc_order_invoice,
    hm03_watermark_photo,
    hm04_xlsx_wan_qianyuan,
    hm05_amount_differs,
    hm06_acceptance_issues,
    hm07_hidden_text_layer,
    hm08_no_acceptance_docx,
    hm09_audit_and_capital,
    hm10_code_and_party,
    hm11_words_and_invoice,
)
