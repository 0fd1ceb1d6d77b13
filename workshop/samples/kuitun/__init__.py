"""kuitun: an independent sample family (奎屯市, 独山子区, 乌苏市, 沙湾市; inspection year 2024).

Written without reading the checker or any other family's code; see README.md. Scenario *i* draws
everything from ``random.Random(seed * 1000 + i)``; the planted causes and their pages are fixed.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS

from . import acceptance as acc
from . import contracts as ct
from . import office
from . import papers as pp
from .deals import Deal, Firm, buy_deal, make_firm, works_deal
from .filing import Filing, Sheet
from .people import CITIES, capital, cn_date, money, person
from .scan import Scanner, pick_scanner

SCANNERS = (
    "Canon iR-ADV 4535 PDF",
    "RICOH MP 2555",
    "KONICA MINOLTA bizhub C300i",
    "HP Digital Sending Device",
)
WORD = ("Microsoft® Word 2016", "Microsoft® Word 2019", "WPS 文字")
ACROBAT = "Adobe Acrobat Pro DC (32-bit) 21.1.20155"

CERTS = [
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("网络工程师", "中级"),
    ("系统架构设计师", "高级"),
]


def _when(rng: random.Random) -> dt.datetime:
    return dt.datetime(
        2025, 4, rng.randint(1, 25), rng.randint(9, 17), rng.randint(0, 59), rng.randint(0, 59)
    )


def _at(d: dt.date, rng: random.Random) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, rng.randint(9, 17), rng.randint(0, 59), rng.randint(0, 59))


class Ctx:
    """What a scenario builds: the filing, the firm, its audit and its projects."""

    def __init__(self, name: str, seed: int, index: int, out: Path, city: str, grade: str = "丁") -> None:
        self.rng = random.Random(seed * 1000 + index)
        self.f = Filing(name, seed, out, self.rng)
        self.city = city
        self.grade = grade
        self.firm: Firm = make_firm(self.rng, city)
        self.deals: list[Deal] = []
        self.declared: dict[str, dict[str, Any]] = {}
        self.taken: set[str] = set()
        self.audit: pp.Audit | None = None

    # -- enterprise papers ----------------------------------------------------------------------

    def licence(self, style: str) -> None:
        firm, rng = self.firm, self.rng
        issued = dt.date(rng.randint(2019, 2023), rng.randint(1, 12), rng.randint(1, 28))
        fields = {
            "company_name": firm.p.name,
            "credit_code": firm.p.code,
            "legal_representative": firm.p.legal,
            "registered_capital": money(firm.capital),
            "company_type": firm.kind,
            "established_on": firm.established.isoformat(),
            "valid_until": "长期",
            "address": firm.p.address,
            "business_scope": firm.scope,
        }
        did = self.f.doc("business_license", None, **fields)
        if style == "zhengben_photo":
            sheet = Sheet(
                partial(pp.licence_zhengben, firm=firm, issued=issued, rng=rng), did, (842.0, 595.0)
            )
            self.f.photo_jpg("营业执照正本.jpg", sheet, glare=True)
        elif style == "fuben_pdf":
            sheet = Sheet(partial(pp.licence_fuben, firm=firm, issued=issued, rng=rng), did)
            self.f.scanned_pdf(
                "营业执照副本.pdf", [sheet], pick_scanner(rng, "grey", 200), rng.choice(SCANNERS), _when(rng)
            )
        else:
            sheet = Sheet(partial(pp.licence_fuben, firm=firm, issued=issued, rng=rng), did)
            self.f.scanned_image("营业执照（副本）.jpg", sheet, pick_scanner(rng, "colour", 200))

    def audit_report(self, mode: str) -> None:
        rng = self.rng
        total = sum((d.amount for d in self.deals), Decimal(0))
        revenue = (total * Decimal(rng.uniform(1.6, 2.6)) + Decimal(rng.randint(0, 99999)) / 100).quantize(
            Decimal("0.01")
        )
        a = pp.make_audit(rng, self.firm, revenue)
        self.audit = a
        did = self.f.doc(
            "audit_report",
            None,
            audit_firm=a.firm_name,
            report_number=a.number,
            fiscal_year=2024,
            opinion="unqualified",
            operating_revenue=money(a.parent.revenue),
            net_profit=money(a.parent.net),
            consolidated=True,
        )
        sheets = [
            Sheet(partial(pp.audit_opinion, firm=self.firm, a=a), did),
            Sheet(partial(pp.audit_income, firm=self.firm, a=a), did),
        ]
        if mode == "digital":
            self.f.digital_pdf("2024年度审计报告.pdf", sheets, rng.choice(WORD), _at(a.signed, rng))
        else:
            sc = pick_scanner(rng, mode, 200)
            self.f.scanned_pdf("2024年度审计报告.pdf", sheets, sc, rng.choice(SCANNERS), _when(rng))

    # -- project papers -------------------------------------------------------------------------

    def contract_doc(
        self, d: Deal, amount: Decimal | None = None, number: str | None = None, **extra: Any
    ) -> str:
        fields: dict[str, Any] = {
            "project_name": d.name,
            "contract_number": number or d.number,
            "party_a": d.client.name,
            "party_b": d.firm.name,
            "signed_on": d.signed.isoformat(),
        }
        if amount is not None:
            fields["contract_amount"] = money(amount)
            fields["amount_in_words"] = capital(amount)
        fields.update(extra)
        return self.f.doc("contract", d.pid, **fields)

    def acceptance_doc(self, d: Deal, accepted: dt.date, passed: bool = True, seal: bool = True) -> str:
        return self.f.doc(
            "acceptance_report",
            d.pid,
            project_name=d.name,
            party_a=d.client.name,
            party_b=d.firm.name,
            accepted_on=accepted.isoformat(),
            conclusion="passed" if passed else "failed",
            has_seal=seal,
            third_party=d.supervisor.name if d.kind == "works" and d.supervisor else None,
        )

    def gf_sheets(self, d: Deal, did: str, seal_b: bool = True) -> list[Sheet]:
        rng = random.Random(self.rng.random())
        return [
            Sheet(partial(ct.gf_cover, d=d), did),
            Sheet(partial(ct.gf_agreement, d=d), did),
            Sheet(partial(ct.gf_sign, d=d, rng=rng, seal_b=seal_b), did),
            Sheet(partial(ct.gf_special, d=d), did),
        ]

    def works_acc_sheet(self, d: Deal, passed: bool = True) -> Sheet:
        did = self.acceptance_doc(d, d.accepted, passed)
        return Sheet(
            partial(
                acc.works_acceptance,
                d=d,
                accepted=d.accepted,
                rng=random.Random(self.rng.random()),
                passed=passed,
            ),
            did,
        )

    def goods_acc_sheet(self, d: Deal, printed: dt.date | None = None, **kw: Any) -> Sheet:
        printed = printed or d.accepted
        did = self.acceptance_doc(d, printed)
        form_no = f"YS-2024-{self.rng.randint(11, 99):03d}"
        return Sheet(
            partial(
                acc.goods_acceptance,
                d=d,
                accepted=printed,
                rng=random.Random(self.rng.random()),
                form_no=form_no,
                **kw,
            ),
            did,
        )

    def buy_sheets(self, d: Deal, did: str, mode: str = "lines", font_plant: bool = False) -> list[Sheet]:
        rng = random.Random(self.rng.random())
        return [
            Sheet(partial(ct.buy_first, d=d, mode=mode, font_plant=font_plant), did),
            Sheet(partial(ct.buy_second, d=d, rng=rng, mode=mode), did),
        ]

    def scanner(self, mode: str | None = None, dpi: int | None = None) -> Scanner:
        return pick_scanner(self.rng, mode, dpi)

    # -- declaration ----------------------------------------------------------------------------

    def declare(self, d: Deal, **over: Any) -> None:
        fees = {k: money(d.fees.get(k, Decimal(0))) for k in FEE_KEYS}
        services = sum((d.fees.get(k, Decimal(0)) for k in SERVICE_FEE_KEYS), Decimal(0))
        row: dict[str, Any] = {
            "id": d.pid,
            "name": d.name,
            "client": d.client.name,
            "signed_on": d.signed.isoformat(),
            "accepted_on": d.accepted.isoformat(),
            "field": d.sector,
            "location": d.location,
            "fees": fees,
            "services_total": money(services),
            "contract_amount": money(sum(d.fees.values(), Decimal(0))),
        }
        row.update(over)
        self.declared[d.pid] = row

    def finish(self) -> str:
        rng, firm, a = self.rng, self.firm, self.audit
        assert a is not None
        certs = rng.sample(CERTS, rng.randint(2, 4))
        staff = {
            "technical_total": rng.randint(9, 24),
            "certified_total": len(certs),
            "certificates": [
                {
                    "holder": person(rng),
                    "certificate": c,
                    "level": lv,
                    "number": f"{'S' if lv == '高级' else 'M'}{rng.randint(10**9, 10**10 - 1)}",
                }
                for c, lv in certs
            ],
        }
        declaration = {
            "enterprise": {
                "name": firm.p.name,
                "credit_code": firm.p.code,
                "legal_representative": firm.p.legal,
                "registered_capital": money(firm.capital),
                "established_on": firm.established.isoformat(),
                "grade": self.grade,
                "inspection_year": 2024,
                "staff": staff,
            },
            "finance": [
                {
                    "year": 2024,
                    "operating_revenue": money(a.parent.revenue),
                    "system_integration_revenue": money(
                        (a.parent.revenue * Decimal(rng.uniform(0.7, 0.86))).quantize(Decimal("0.01"))
                    ),
                    "net_profit": money(a.parent.net),
                }
            ],
            "projects": [self.declared[d.pid] for d in self.deals],
        }
        self.f.write(declaration)
        return self.f.name


# -- the ten scenarios ------------------------------------------------------------------------------


def kt01_kuitun_gf_docx_clean(c: Ctx) -> None:
    """奎屯: GF-2017-0201 施工合同 (cover, 协议书, signature page, 专用条款) + 竣工验收报告 with 监理, one grey
    scan; 设备采购合同 as .docx + 验收单 phone photo; licence 正本 photographed with glare; audit 合并/母公司 in 元."""
    w = works_deal(c.rng, "P1", c.firm, c.city, c.taken)
    b = buy_deal(c.rng, "P2", c.firm, c.city, c.taken)
    c.deals = [w, b]
    c.licence("zhengben_photo")
    c.audit_report("digital")
    cid = c.contract_doc(w, w.amount)
    c.f.scanned_pdf(
        "施工合同及竣工验收报告.pdf",
        [*c.gf_sheets(w, cid), c.works_acc_sheet(w)],
        c.scanner("grey", 200),
        c.rng.choice(SCANNERS),
        _when(c.rng),
    )
    bid = c.contract_doc(b, b.amount)
    c.f.office("设备采购合同.docx", lambda p: office.contract_docx(p, b), bid)
    c.f.photo_jpg("验收单.jpg", c.goods_acc_sheet(b), glare=False)
    c.declare(w)
    c.declare(b)


def kt02_wusu_framework_clean(c: Ctx) -> None:
    """乌苏: 框架采购协议 (no total) + 采购订单 carrying the amount + 验收单 in one colour scan; 报价清单.xlsx;
    old-style vertical 副本 scanned grey; audit scanned colour."""
    d = buy_deal(c.rng, "P1", c.firm, c.city, c.taken, n=6)
    c.deals = [d]
    c.licence("fuben_pdf")
    c.audit_report("colour")
    fw_no = f"WSKJ-2024-{c.rng.randint(1, 40):03d}"
    fw = c.f.doc(
        "contract",
        d.pid,
        project_name=f"{d.client.name}2024年度信息化设备及服务框架采购协议",
        contract_number=fw_no,
        party_a=d.client.name,
        party_b=d.firm.name,
        signed_on=d.signed.isoformat(),
    )
    oid = c.contract_doc(d, d.amount)
    rng = random.Random(c.rng.random())
    c.f.scanned_pdf(
        "框架协议及采购订单.pdf",
        [
            Sheet(partial(ct.framework_first, d=d, number=fw_no), fw),
            Sheet(partial(ct.framework_sign, d=d, rng=rng), fw),
            Sheet(partial(ct.order_page, d=d, fw_number=fw_no, rng=rng), oid),
            c.goods_acc_sheet(d),
        ],
        c.scanner("colour", 200),
        c.rng.choice(SCANNERS),
        _when(c.rng),
    )
    xid = c.f.doc("other", d.pid)
    c.f.office("报价清单.xlsx", lambda p: office.price_xlsx(p, d), xid)
    c.declare(d)


def kt03_dushanzi_title_clean(c: Ctx) -> None:
    """独山子: 采购合同 whose parties are named only in the title line (bilevel 300 dpi scan) + 验收报告 .docx;
    GF-2017-0201 born digital with pasted seals + 竣工验收报告 grey scan; licence 副本 colour JPEG."""
    b = buy_deal(c.rng, "P1", c.firm, c.city, c.taken, n=4)
    w = works_deal(c.rng, "P2", c.firm, c.city, c.taken)
    c.deals = [b, w]
    c.licence("fuben_jpg")
    c.audit_report("digital")
    bid = c.contract_doc(b, b.amount)
    c.f.scanned_pdf(
        "采购合同.pdf",
        c.buy_sheets(b, bid, mode="title"),
        c.scanner("bilevel", 300),
        c.rng.choice(SCANNERS),
        _when(c.rng),
    )
    aid = c.acceptance_doc(b, b.accepted)
    c.f.office("验收报告.docx", lambda p: office.acceptance_docx(p, b, b.accepted), aid)
    wid = c.contract_doc(w, w.amount)
    c.f.digital_pdf("施工合同.pdf", c.gf_sheets(w, wid), c.rng.choice(WORD), _at(w.signed, c.rng))
    c.f.scanned_pdf(
        "竣工验收报告.pdf",
        [c.works_acc_sheet(w)],
        c.scanner("grey", 240),
        c.rng.choice(SCANNERS),
        _when(c.rng),
    )
    c.declare(b)
    c.declare(w)


def kt04_shawan_table_clean(c: Ctx) -> None:
    """沙湾: 设备采购合同 with the parties in label/value cells (long names wrapped) + 验收单, colour scan;
    GF-2017-0201 + 竣工验收报告 colour scan at 150 dpi; licence 正本 photo; audit grey scan."""
    b = buy_deal(c.rng, "P1", c.firm, c.city, c.taken)
    w = works_deal(c.rng, "P2", c.firm, c.city, c.taken)
    c.deals = [b, w]
    c.licence("zhengben_photo")
    c.audit_report("grey")
    bid = c.contract_doc(b, b.amount)
    c.f.scanned_pdf(
        "合同/采购合同及验收单.pdf",
        [*c.buy_sheets(b, bid, mode="table"), c.goods_acc_sheet(b)],
        c.scanner("colour", 200),
        c.rng.choice(SCANNERS),
        _when(c.rng),
    )
    wid = c.contract_doc(w, w.amount)
    c.f.scanned_pdf(
        "合同/施工合同及验收.pdf",
        [*c.gf_sheets(w, wid), c.works_acc_sheet(w)],
        c.scanner("colour", 150),
        c.rng.choice(SCANNERS),
        _when(c.rng),
    )
    c.declare(b)
    c.declare(w)


def kt05_kuitun_font(c: Ctx) -> None:
    """Plants FONT_INCONSISTENT: born-digital 设备采购合同 whose 小写 price is typed in Times Bold 12.5 pt amid
    Helvetica 10.5 pt figures (the value still equals the words and the declaration)."""
    b = buy_deal(c.rng, "P1", c.firm, c.city, c.taken)
    c.deals = [b]
    c.licence("fuben_pdf")
    c.audit_report("digital")
    bid = c.contract_doc(b, b.amount)
    c.f.digital_pdf(
        "设备采购合同.pdf", c.buy_sheets(b, bid, font_plant=True), c.rng.choice(WORD), _at(b.signed, c.rng)
    )
    c.f.scanned_image("验收单.jpg", c.goods_acc_sheet(b), c.scanner("grey", 200))
    c.declare(b)
    c.f.plant(
        "FONT_INCONSISTENT",
        "设备采购合同.pdf",
        1,
        "P1",
        "合同总价 figure in Times-Bold 12.5 pt, the rest Helvetica 10.5 pt",
    )


def kt06_dushanzi_pdf_edited(c: Ctx) -> None:
    """Plants PDF_EDITED: born-digital GF-2017-0201 (Word) whose 协议书 page was rewritten in an incremental
    Acrobat update: 签约合同价 raised (words and figures) to the declared amount after signing."""
    w = works_deal(c.rng, "P1", c.firm, c.city, c.taken)
    c.deals = [w]
    c.licence("zhengben_photo")
    c.audit_report("digital")
    wid = c.contract_doc(w, w.amount)
    sheets = c.gf_sheets(w, wid)
    original = (w.amount * Decimal(c.rng.uniform(0.82, 0.92))).quantize(Decimal(100))
    sheets[1] = Sheet(partial(ct.gf_agreement, d=w, amount=original), wid)
    path = c.f.digital_pdf("施工合同.pdf", sheets, WORD[0], _at(w.signed, c.rng))
    later = _at(w.accepted + dt.timedelta(days=c.rng.randint(20, 60)), c.rng)
    c.f.edit_incrementally(path, 1, Sheet(partial(ct.gf_agreement, d=w), wid), ACROBAT, later)
    c.f.scanned_pdf(
        "竣工验收报告.pdf",
        [c.works_acc_sheet(w)],
        c.scanner("grey", 200),
        c.rng.choice(SCANNERS),
        _when(c.rng),
    )
    c.declare(w)
    c.f.plant(
        "PDF_EDITED", "施工合同.pdf", 2, "P1", "incremental update by Acrobat rewrote the 签约合同价 page"
    )


def kt07_wusu_clone(c: Ctx) -> None:
    """Plants IMAGE_TAMPERED: in the scanned 验收单 the year of 验收日期 (printed 2025) is covered by a pixel copy of
    "2024" cut from the form number on the same page, before the JPEG was saved."""
    accepted = dt.date(2024, 1, c.rng.randint(8, 26))
    signed = accepted - dt.timedelta(days=c.rng.randint(45, 70))
    b = buy_deal(c.rng, "P1", c.firm, c.city, c.taken, signed=signed)
    b.accepted = accepted
    c.deals = [b]
    c.licence("fuben_jpg")
    c.audit_report("digital")
    bid = c.contract_doc(b, b.amount)
    marks: dict[str, tuple[float, float, float, float]] = {}
    acc_sheet = c.goods_acc_sheet(b, shown_date=f"2025年{accepted.month}月{accepted.day}日", marks=marks)
    acc_sheet.marks = marks
    acc_sheet.clone = True
    sc = c.scanner("grey", 200)
    sc = Scanner(sc.dpi, sc.mode, max(sc.quality, 80), sc.blur, sc.noise, sc.tint, 0.0, None)
    c.f.scanned_pdf(
        "合同及验收单.pdf", [*c.buy_sheets(b, bid), acc_sheet], sc, c.rng.choice(SCANNERS), _when(c.rng)
    )
    c.declare(b)
    c.f.plant(
        "IMAGE_TAMPERED",
        "合同及验收单.pdf",
        3,
        "P1",
        "copy-move: 2024 from the form number pasted over the year of 验收日期",
    )


def kt08_shawan_seal(c: Ctx) -> None:
    """Plants SEAL_MISSING: scanned GF-2017-0201 whose signature page has the 发包人 seal but no 承包人 seal
    (承包人 only signed); 竣工验收报告 sealed by all three."""
    w = works_deal(c.rng, "P1", c.firm, c.city, c.taken)
    b = buy_deal(c.rng, "P2", c.firm, c.city, c.taken)
    c.deals = [w, b]
    c.licence("fuben_pdf")
    c.audit_report("grey")
    wid = c.contract_doc(w, w.amount)
    c.f.scanned_pdf(
        "施工合同关键页及验收报告.pdf",
        [*c.gf_sheets(w, wid, seal_b=False), c.works_acc_sheet(w)],
        c.scanner("grey", 200),
        c.rng.choice(SCANNERS),
        _when(c.rng),
    )
    bid = c.contract_doc(b, b.amount)
    c.f.digital_pdf(
        "设备采购合同.pdf", c.buy_sheets(b, bid, mode="table"), c.rng.choice(WORD), _at(b.signed, c.rng)
    )
    c.f.photo_jpg("设备验收单.jpg", c.goods_acc_sheet(b), glare=False)
    c.declare(w)
    c.declare(b)
    c.f.plant(
        "SEAL_MISSING", "施工合同关键页及验收报告.pdf", 3, "P1", "承包人（公章） blank on the signature page"
    )


def kt09_kuitun_date(c: Ctx) -> None:
    """Plants DATE_MISMATCH: the 验收单 prints 验收日期 30–40 days later than the declared accepted_on."""
    b = buy_deal(
        c.rng, "P1", c.firm, c.city, c.taken, signed=dt.date(2024, c.rng.randint(3, 7), c.rng.randint(1, 28))
    )
    printed = b.signed + dt.timedelta(days=c.rng.randint(60, 75))
    declared = printed - dt.timedelta(days=c.rng.randint(30, 40))
    b.accepted = printed
    c.deals = [b]
    c.licence("zhengben_photo")
    c.audit_report("colour")
    bid = c.contract_doc(b, b.amount)
    c.f.digital_pdf("采购合同.pdf", c.buy_sheets(b, bid), c.rng.choice(WORD), _at(b.signed, c.rng))
    c.f.scanned_pdf(
        "验收单.pdf",
        [c.goods_acc_sheet(b, printed)],
        c.scanner("colour", 200),
        c.rng.choice(SCANNERS),
        _when(c.rng),
    )
    c.declare(b, accepted_on=declared.isoformat())
    c.f.plant(
        "DATE_MISMATCH",
        "验收单.pdf",
        1,
        "P1",
        f"验收日期 printed {cn_date(printed)}, declared {declared.isoformat()}",
    )


def kt10_dushanzi_not_passed(c: Ctx) -> None:
    """Plants ACCEPTANCE_NOT_PASSED: the 竣工验收报告 lists defects and concludes 验收不合格…整改后复验 (sealed by
    建设/施工/监理 all the same); the row declares that date as accepted_on."""
    w = works_deal(c.rng, "P1", c.firm, c.city, c.taken)
    c.deals = [w]
    c.licence("fuben_jpg")
    c.audit_report("digital")
    wid = c.contract_doc(w, w.amount)
    c.f.scanned_pdf(
        "施工合同及竣工验收.pdf",
        [*c.gf_sheets(w, wid), c.works_acc_sheet(w, passed=False)],
        c.scanner("colour", 200),
        c.rng.choice(SCANNERS),
        _when(c.rng),
    )
    c.declare(w)
    c.f.plant("ACCEPTANCE_NOT_PASSED", "施工合同及竣工验收.pdf", 5, "P1", "验收结论：验收不合格……整改后复验")


SCENARIOS: list[tuple[Callable[[Ctx], None], str]] = [
    (kt01_kuitun_gf_docx_clean, "kuitun"),
    (kt02_wusu_framework_clean, "wusu"),
    (kt03_dushanzi_title_clean, "dushanzi"),
    (kt04_shawan_table_clean, "shawan"),
    (kt05_kuitun_font, "kuitun"),
    (kt06_dushanzi_pdf_edited, "dushanzi"),
    (kt07_wusu_clone, "wusu"),
    (kt08_shawan_seal, "shawan"),
    (kt09_kuitun_date, "kuitun"),
    (kt10_dushanzi_not_passed, "dushanzi"),
]


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write the scenarios (or those named in ``only``) under ``out``; returns the names written."""
    assert set(CITIES) >= {city for _, city in SCENARIOS}
    pymupdf.TOOLS.mupdf_display_errors(False)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, (build, city) in enumerate(SCENARIOS, start=1):
        name = build.__name__
        if only and name not in only:
            continue
        target = out / name
        if target.exists():
            shutil.rmtree(target)
        ctx = Ctx(name, seed, index, out, city)
        build(ctx)
        written.append(ctx.finish())
    return written
