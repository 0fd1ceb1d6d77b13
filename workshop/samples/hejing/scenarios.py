"""The eleven filings, in seed order: four clean look-alikes, seven with one forgery each.

Filing *i* draws from ``random.Random(seed * 1000 + i)``; which trick is planted, in which file and on
which page, does not change with the seed.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal

from jianzheng.models import TruthFinding

from . import edits, ink, papers, places
from .assembly import Context, DealPlan, file_firm_papers, invoices, scanned_bundle, short, start
from .facts import round_to
from .files import Filing
from .numerals import capital, figures, money
from .papers import DPI

Scenario = Callable[[int, int], tuple[Filing, bool]]
ACROBAT = "Adobe Acrobat Pro (64-bit) 24.2.20857"
PLATFORM = "国家税务总局全国统一电子发票服务平台"


def _finding(
    code: str, ctx: Context, project: str | None, where: tuple[str, int] | None, note: str
) -> TruthFinding:
    file, page = where if where else (None, None)
    return TruthFinding(code=code, project_id=project, file=file, page=page, note=note)  # type: ignore[arg-type]


def _lower(rng: random.Random, amount: Decimal) -> Decimal:
    return round_to(amount * Decimal(str(rng.uniform(0.78, 0.92))))


def own_seals_clean(seed: int, index: int) -> tuple[Filing, bool]:
    """Every paper of the firm carries its seal, each impression its own (angle, ink, wear)."""
    ctx = start("hj01_own_seals_clean", seed, index, places.PLACES[0], [DealPlan(), DealPlan(shares=(0.3,))])
    file_firm_papers(ctx)
    p1, p2 = ctx.deals
    scanned_bundle(ctx, p1, f"1.{short(p1)}合同及验收.pdf")
    scanned_bundle(ctx, p2, f"2.{short(p2)}合同验收及发票.pdf")
    ctx.filing.notes["own_seal"] = ctx.firm.name
    return ctx.filing, True


def esigned_revision_clean(seed: int, index: int) -> tuple[Filing, bool]:
    """A Word contract signed electronically: the signature is a second revision, nothing else changes."""
    ctx = start(
        "hj02_esigned_revision_clean",
        seed,
        index,
        places.PLACES[1],
        [DealPlan(shares=(0.3, 0.6)), DealPlan()],
    )
    file_firm_papers(ctx)
    p1, p2 = ctx.deals
    contract = papers.contract(ctx.rng, p1, ctx.firm, itemised=True)
    drafted = dt.datetime.combine(p1.signed_on, dt.time(9, ctx.rng.randint(0, 59)))
    signed = drafted + dt.timedelta(hours=ctx.rng.randint(2, 6))
    path = f"P1-{short(p1)}合同（电子签章版）.pdf"
    ctx.filing.digital(
        path,
        [contract],
        when=drafted,
        post=edits.esign(ctx.firm.name, seed * 1000 + index, signed, p1.client.place.name, 2),
    )
    ctx.filing.scan(f"P1-{short(p1)}验收报告.pdf", [papers.acceptance(ctx.rng, p1, ctx.firm)])
    for bill, paper in zip(p1.invoices, invoices(ctx, p1), strict=True):
        ctx.filing.digital(
            f"发票/dzfp_{bill.number}.pdf",
            [paper],
            when=dt.datetime.combine(bill.issued_on, dt.time(15, 20)),
            producer=PLATFORM,
        )
    ctx.filing.digital(f"P2-{short(p2)}合同.pdf", [papers.contract(ctx.rng, p2, ctx.firm, itemised=False)])
    ctx.filing.scan(f"P2-{short(p2)}验收报告.pdf", [papers.acceptance(ctx.rng, p2, ctx.firm)])
    ctx.filing.findings.append(
        _finding(
            "SIGNATURE_VALID",
            ctx,
            "P1",
            (path, 3),
            "info: one incremental revision adds only the signature field (invisible widget on p3); the signature covers the whole file",
        )
    )
    ctx.filing.notes["signed_file"] = path
    return ctx.filing, True


def same_client_template_clean(seed: int, index: int) -> tuple[Filing, bool]:
    """Two projects of one client with near titles, accepted on one template with their own facts."""
    plans = [
        DealPlan(1_800_000, 2_600_000),
        DealPlan(1_800_000, 2_600_000, client=0, topic="+（二期）", shares=(0.3,)),
        DealPlan(1_800_000, 2_600_000),
    ]
    ctx = start("hj03_same_client_template_clean", seed, index, places.PLACES[2], plans, grade="丙")
    file_firm_papers(ctx)
    title = ctx.rng.choice(("项目验收报告", "项目竣工验收报告"))
    for number, deal in enumerate(ctx.deals, start=1):
        scanned_bundle(ctx, deal, f"项目{number}_{short(deal)}.pdf", title=title)
    ctx.filing.notes["template_pair"] = ["P1", "P2"]
    return ctx.filing, True


def initialled_correction_clean(seed: int, index: int) -> tuple[Filing, bool]:
    """Pen corrections, struck through and initialled by both sides, on terms that are not key fields."""
    ctx = start(
        "hj04_initialled_correction_clean",
        seed,
        index,
        places.PLACES[3],
        [DealPlan(), DealPlan(shares=(0.3,))],
    )
    file_firm_papers(ctx)
    p1, p2 = ctx.deals
    contract = papers.contract(ctx.rng, p1, ctx.firm, itemised=ctx.rng.random() < 0.5)
    page, box = contract.anchors["days"]
    _correct(
        ctx,
        contract.pages[page],
        box,
        str(p1.days + ctx.rng.choice((30, 60))),
        [p1.members[0][0], ctx.firm.legal_rep],
    )
    ctx.filing.scan(f"{short(p1)}合同.pdf", [contract])
    ctx.filing.scan(f"{short(p1)}验收报告.pdf", [papers.acceptance(ctx.rng, p1, ctx.firm)])
    contract2 = papers.contract(ctx.rng, p2, ctx.firm, itemised=False)
    report2 = papers.acceptance(ctx.rng, p2, ctx.firm)
    site_box = report2.pages[0].sheet.run_boxes(p2.site)[0]
    _correct(
        ctx,
        report2.pages[0],
        site_box,
        ctx.rng.choice(("三楼会议室", "信息中心机房", "一楼会议室")),
        [p2.members[1][0], p2.members[3][0]],
        beside=True,
    )
    ctx.filing.scan(f"{short(p2)}合同验收及发票.pdf", [contract2, report2, *invoices(ctx, p2)])
    return ctx.filing, True


def _correct(
    ctx: Context, page: papers.Page, box: papers.Box, new_text: str, initials: list[str], beside: bool = False
) -> None:
    """Strike the printed words through, write the new ones above (or beside, in a table cell), both sides initial them."""
    width = box[2] - box[0]
    middle = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
    page.marks.append(ink.strike(ctx.rng, width, DPI, middle))
    written = ink.handwriting(ctx.rng, new_text, DPI, (0, 0), 3.8 if beside else 4.2, kind="correction")
    w = written.size_pt[0]
    written.centre = (box[2] + w / 2 + 2, middle[1]) if beside else (box[0] + w / 2 - 4, box[1] - 7)
    page.marks.append(written)
    x = written.box[2] - 4 if beside else max(box[2], written.box[2]) + 6
    for name in initials:
        mark = ink.handwriting(ctx.rng, name, DPI, (0, 0), 3.0, kind="correction")
        mark.centre = (x + mark.size_pt[0] / 2, middle[1] if beside else box[1] - 6)
        x = mark.box[2] + 2
        page.marks.append(mark)


def reused_acceptance(seed: int, index: int) -> tuple[Filing, bool]:
    """P1's acceptance, name and date edited, filed again as P2's in P2's folder."""
    ctx = start("hj05_reused_acceptance", seed, index, places.PLACES[4], [DealPlan(), DealPlan(client=0)])
    file_firm_papers(ctx)
    p1, p2 = ctx.deals
    one, two = f"项目一_{short(p1)}", f"项目二_{short(p2)}"
    ctx.filing.scan(
        f"{one}/合同.pdf", [papers.contract(ctx.rng, p1, ctx.firm, itemised=ctx.rng.random() < 0.5)]
    )
    state = ctx.rng.getstate()
    original = papers.acceptance(ctx.rng, p1, ctx.firm)
    ctx.filing.scan(f"{one}/验收报告.pdf", [original])
    ctx.filing.scan(
        f"{two}/合同.pdf", [papers.contract(ctx.rng, p2, ctx.firm, itemised=ctx.rng.random() < 0.5)]
    )
    again = random.Random()
    again.setstate(state)
    reused = papers.acceptance(again, p1, ctx.firm, name=p2.name, day=p2.accepted_on)
    reused.pages[0].marks = original.pages[0].marks
    reused.project_id = "P2"
    ctx.filing.scan(f"{two}/验收报告.pdf", [reused])
    ctx.filing.findings.append(
        _finding(
            "DUPLICATE_DOCUMENT",
            ctx,
            "P2",
            (f"{two}/验收报告.pdf", 1),
            f"P1's acceptance ({one}/验收报告.pdf p1) with only 项目名称 and 验收日期 retyped; members, amount, contract number and seals are P1's",
        )
    )
    ctx.filing.notes["reused"] = [[f"{one}/验收报告.pdf", 1], [f"{two}/验收报告.pdf", 1]]
    return ctx.filing, False


def white_box_amount(seed: int, index: int) -> tuple[Filing, bool]:
    """A born-digital contract whose price sits on a white box over the real, lower price."""
    ctx = start("hj06_white_box_amount", seed, index, places.PLACES[0], [DealPlan(), DealPlan(shares=(0.3,))])
    file_firm_papers(ctx)
    p1, p2 = ctx.deals
    old = _lower(ctx.rng, p1.amount)
    contract = papers.contract(ctx.rng, p1, ctx.firm, itemised=False, shown_amount=old)
    cover = edits.white_out(contract, p1.amount)
    contract.fields.update(contract_amount=money(p1.amount), amount_in_words=capital(p1.amount))
    path = f"{p1.client.name}合同.pdf"
    ctx.filing.digital(path, [contract])
    ctx.filing.scan(
        f"{p1.client.name}验收报告.pdf", [papers.acceptance(ctx.rng, p1, ctx.firm, show_amount=False)]
    )
    scanned_bundle(ctx, p2, f"{p2.client.name}合同验收及发票.pdf")
    ctx.filing.findings.append(
        _finding(
            "OVERLAY_DETECTED",
            ctx,
            "P1",
            (path, 1),
            f"white box over the price line (text layer still says {figures(old)}); the declared price typed on top",
        )
    )
    ctx.filing.notes["overlay"] = {"file": path, "page": 1, "old": money(old), "cover": cover}
    return ctx.filing, False


def incremental_amount(seed: int, index: int) -> tuple[Filing, bool]:
    """A born-digital contract whose price an editor rewrote in a second, incremental revision."""
    ctx = start(
        "hj07_incremental_amount", seed, index, places.PLACES[2], [DealPlan(), DealPlan(shares=(0.3,))]
    )
    file_firm_papers(ctx)
    p1, p2 = ctx.deals
    old = _lower(ctx.rng, p1.amount)
    contract = papers.contract(ctx.rng, p1, ctx.firm, itemised=False, shown_amount=old)
    _, words = contract.anchors["price_words"]
    _, line = contract.anchors["price_line"]
    created = dt.datetime.combine(p1.signed_on, dt.time(10, ctx.rng.randint(0, 59)))
    edited = dt.datetime(2026, 1, ctx.rng.randint(5, 28), ctx.rng.randint(9, 21), ctx.rng.randint(0, 59))
    path = f"{short(p1)}合同扫描件及电子版/合同电子版.pdf"
    ctx.filing.digital(
        path,
        [contract],
        when=created,
        post=edits.incremental_price(0, words, line, p1.amount, edited, ACROBAT),
    )
    for run in contract.pages[0].sheet.runs:
        run.text = run.text.replace(capital(old), capital(p1.amount)).replace(
            figures(old), figures(p1.amount)
        )
    contract.fields.update(contract_amount=money(p1.amount), amount_in_words=capital(p1.amount))
    ctx.filing.scan(
        f"{short(p1)}合同扫描件及电子版/验收报告.pdf",
        [papers.acceptance(ctx.rng, p1, ctx.firm, show_amount=False)],
    )
    scanned_bundle(ctx, p2, f"{short(p2)}.pdf")
    ctx.filing.findings.append(
        _finding(
            "PDF_EDITED",
            ctx,
            "P1",
            (path, 1),
            f"second revision by {ACROBAT} removes the price line's text and retypes it; the first revision says {figures(old)}",
        )
    )
    ctx.filing.notes["incremental"] = {"file": path, "page": 1, "old": money(old)}
    return ctx.filing, False


def pasted_client_seal(seed: int, index: int) -> tuple[Filing, bool]:
    """The client's seal on the acceptance is the contract's impression, pixel for pixel."""
    ctx = start(
        "hj08_pasted_client_seal", seed, index, places.PLACES[1], [DealPlan(), DealPlan(shares=(0.3,))]
    )
    file_firm_papers(ctx)
    p1, p2 = ctx.deals
    contract = papers.contract(ctx.rng, p1, ctx.firm, itemised=ctx.rng.random() < 0.5)
    report = papers.acceptance(ctx.rng, p1, ctx.firm, stamp_client=False)
    _, source = contract.anchors["client_seal"]
    _, target = report.anchors["client_seal"]
    centre = ((target[0] + target[2]) / 2, (target[1] + target[3]) / 2)
    path = f"P1{short(p1)}合同及验收.pdf"
    ctx.filing.scan(
        path, [contract, report], retouch=edits.paste_seal(2, source, 3, centre, DPI, ctx.filing.notes)
    )
    ctx.filing.notes["pasted_file"] = path
    scanned_bundle(ctx, p2, f"P2{short(p2)}合同验收及发票.pdf")
    ctx.filing.findings.append(
        _finding(
            "IMAGE_TAMPERED",
            ctx,
            "P1",
            (path, 4),
            "the 建设单位 seal is the red ink of p3's client seal pasted pixel-identical (no text under it shows through), page saved losslessly",
        )
    )
    return ctx.filing, False


def acceptance_predates(seed: int, index: int) -> tuple[Filing, bool]:
    """P2's acceptance is dated weeks before its contract was signed; the form declares both dates."""
    ctx = start(
        "hj09_acceptance_predates",
        seed,
        index,
        places.PLACES[3],
        [DealPlan(shares=(0.3,)), DealPlan(predated=True)],
    )
    file_firm_papers(ctx)
    p1, p2 = ctx.deals
    scanned_bundle(ctx, p1, f"{p1.client.name}-{short(p1)}.pdf")
    path = f"{p2.client.name}-{short(p2)}.pdf"
    scanned_bundle(ctx, p2, path)
    ctx.filing.findings.append(
        _finding(
            "ACCEPTANCE_BEFORE_SIGNING",
            ctx,
            "P2",
            (path, 4),
            f"验收日期 {p2.accepted_on} before 签订日期 {p2.signed_on} (contract p3)",
        )
    )
    return ctx.filing, False


def odd_figure_font(seed: int, index: int) -> tuple[Filing, bool]:
    """On a scanned contract the price in figures is set in another face and size than its line."""
    ctx = start("hj10_odd_figure_font", seed, index, places.PLACES[4], [DealPlan(), DealPlan(shares=(0.3,))])
    file_firm_papers(ctx)
    p1, p2 = ctx.deals
    contract = papers.contract(ctx.rng, p1, ctx.firm, itemised=False, style=papers.PriceStyle("tibo", 12.5))
    path = f"{short(p1)}合同及验收单.pdf"
    ctx.filing.scan(path, [contract, papers.acceptance(ctx.rng, p1, ctx.firm, show_amount=False)])
    scanned_bundle(ctx, p2, f"{short(p2)}合同及验收单.pdf")
    ctx.filing.findings.append(
        _finding(
            "FONT_INCONSISTENT",
            ctx,
            "P1",
            (path, 1),
            "第二条's 小写 figure in Times-Bold 12.5 pt, the rest of the line in the CJK face at 10.5 pt",
        )
    )
    ctx.filing.notes["odd_figure"] = {"file": path, "page": 1, "text": figures(p1.amount)}
    return ctx.filing, False


def invoice_edited(seed: int, index: int) -> tuple[Filing, bool]:
    """A printed 数电票 whose number and amount were edited; its QR still holds the real ones."""
    ctx = start("hj11_invoice_edited", seed, index, places.PLACES[0], [DealPlan(shares=(0.3,)), DealPlan()])
    file_firm_papers(ctx)
    p1, p2 = ctx.deals
    bill = p1.invoices[0]
    number = bill.number[:-8] + f"{ctx.rng.randint(0, 10**8 - 1):08d}"
    forged = papers.invoice(ctx.rng, bill, p1, ctx.firm, printed_number=number, printed_net=bill.net * 2)
    ctx.filing.scan(
        f"{short(p1)}合同及验收.pdf",
        [
            papers.contract(ctx.rng, p1, ctx.firm, itemised=ctx.rng.random() < 0.5),
            papers.acceptance(ctx.rng, p1, ctx.firm),
        ],
    )
    path = f"{short(p1)}发票.pdf"
    ctx.filing.scan(path, [forged])
    scanned_bundle(ctx, p2, f"{short(p2)}合同及验收.pdf")
    ctx.filing.findings.append(
        _finding(
            "QR_MISMATCH",
            ctx,
            "P1",
            (path, 1),
            f"printed 发票号码 {number} and 金额 {figures(bill.net * 2)}; the QR says {bill.number} and {figures(bill.net)}",
        )
    )
    ctx.filing.notes["invoice"] = {
        "file": path,
        "page": 1,
        "qr_number": bill.number,
        "qr_net": money(bill.net),
    }
    return ctx.filing, False


SCENARIOS: tuple[Scenario, ...] = (
    own_seals_clean,
    esigned_revision_clean,
    same_client_template_clean,
    initialled_correction_clean,
    reused_acceptance,
    white_box_amount,
    incremental_amount,
    pasted_client_seal,
    acceptance_predates,
    odd_figure_font,
    invoice_edited,
)
NAMES = (
    "hj01_own_seals_clean",
    "hj02_esigned_revision_clean",
    "hj03_same_client_template_clean",
    "hj04_initialled_correction_clean",
    "hj05_reused_acceptance",
    "hj06_white_box_amount",
    "hj07_incremental_amount",
    "hj08_pasted_client_seal",
    "hj09_acceptance_predates",
    "hj10_odd_figure_font",
    "hj11_invoice_edited",
)
