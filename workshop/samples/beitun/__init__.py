"""beitun: an independent sample family (北屯市, 第十师 and 阿勒泰 neighbours; inspection year 2024).

Written from CONTRACT.md, DESIGN.md, the seeds and the models only; see README.md. Scenario *i*
draws everything from ``random.Random(seed * 1000 + i)``; planted causes and their pages are fixed.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import papers as P
from . import world as W
from .filing import Filing
from .scanner import ScanSpec, random_spec

YEAR = 2024
D = Decimal


def _amount(rng: random.Random, lo: int, hi: int, step: int = 100) -> Decimal:
    return D(rng.randint(lo // step, hi // step) * step)


def _fees(rng: random.Random, amount: Decimal, with_soft: bool = False) -> dict[str, Decimal]:
    step = D(100)
    hw = (amount * D(rng.randint(35, 55)) / 100 / step).quantize(D(1)) * step
    sd = (amount * D(rng.randint(18, 32)) / 100 / step).quantize(D(1)) * step
    fees = {"hardware_purchase": hw, "software_development": sd}
    if with_soft:
        fees["software_purchase"] = (amount * D(rng.randint(5, 10)) / 100 / step).quantize(D(1)) * step
    fees["integration_implementation"] = amount - sum(fees.values(), D(0))
    return fees


def _dates(rng: random.Random) -> tuple[dt.date, dt.date]:
    signed = W.rand_date(rng, dt.date(2023, 11, 6), dt.date(2024, 6, 20))
    accepted = W.rand_date(
        rng, max(signed + dt.timedelta(days=75), dt.date(2024, 3, 1)), dt.date(2024, 12, 16)
    )
    return signed, accepted


def _ctime(d: dt.date, rng: random.Random) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, rng.randint(9, 18), rng.randint(0, 59), rng.randint(0, 59))


class Ctx:
    """One scenario's firm, projects and finance, and its declaration."""

    def __init__(self, rng: random.Random, grade: str = "丁"):
        self.rng = rng
        self.firm = W.firm(rng)
        self.grade = grade
        self.projects: list[P.Proj] = []
        if grade == "丙":
            self.firm.staff = rng.randint(22, 30)
            self.firm.certs = W.certificates(rng, rng.randint(6, 8))
        else:
            self.firm.staff = rng.randint(8, 18)
            self.firm.certs = W.certificates(rng, rng.randint(2, 4))

    def project(self, client: str, lo: int, hi: int, step: int = 100, soft: bool = False) -> P.Proj:
        c = W.client(client)
        amount = _amount(self.rng, lo, hi, step)
        signed, accepted = _dates(self.rng)
        pr = P.make_proj(
            self.rng, f"P{len(self.projects) + 1}", c, amount, _fees(self.rng, amount, soft), signed, accepted
        )
        self.projects.append(pr)
        return pr

    def finance(self) -> tuple[Decimal, Decimal]:
        lo, hi = (8_000_000, 15_000_000) if self.grade == "丙" else (4_000_000, 9_000_000)
        revenue = D(self.rng.randint(lo, hi)) + D(self.rng.randint(0, 99)) / 100
        profit = (revenue * D(self.rng.uniform(0.04, 0.09))).quantize(D("0.01"))
        self.revenue, self.profit = revenue, profit
        self.si = (revenue * D(self.rng.uniform(0.7, 0.88))).quantize(D("0.01"))
        return revenue, profit

    def declaration(self) -> dict[str, Any]:
        f = self.firm
        rows = []
        for p in self.projects:
            fees = {
                k: W.money(p.fees.get(k, D(0)))
                for k in (
                    "software_development",
                    "consulting_design",
                    "integration_implementation",
                    "operation_maintenance",
                    "data_processing",
                    "operation_service",
                    "self_made_hardware",
                    "hardware_purchase",
                    "software_purchase",
                    "other",
                )
            }
            services = sum(
                (
                    p.fees.get(k, D(0))
                    for k in (
                        "software_development",
                        "consulting_design",
                        "integration_implementation",
                        "operation_maintenance",
                        "data_processing",
                        "operation_service",
                    )
                ),
                D(0),
            )
            rows.append(
                {
                    "id": p.id,
                    "name": p.title,
                    "client": p.client.name,
                    "signed_on": p.signed.isoformat(),
                    "accepted_on": p.accepted.isoformat(),
                    "field": p.client.field,
                    "location": p.client.location,
                    "fees": fees,
                    "services_total": W.money(services),
                    "contract_amount": W.money(p.amount),
                }
            )
        return {
            "enterprise": {
                "name": f.name,
                "credit_code": f.credit_code,
                "legal_representative": f.legal_rep,
                "registered_capital": W.money(f.capital),
                "established_on": f.established.isoformat(),
                "grade": self.grade,
                "inspection_year": YEAR,
                "staff": {
                    "technical_total": f.staff,
                    "certified_total": len(f.certs),
                    "certificates": [
                        {"holder": h, "certificate": t, "level": lv, "number": n} for h, t, lv, n in f.certs
                    ],
                },
            },
            "finance": [
                {
                    "year": YEAR,
                    "operating_revenue": W.money(self.revenue),
                    "system_integration_revenue": W.money(self.si),
                    "net_profit": W.money(self.profit),
                }
            ],
            "projects": rows,
        }


def _licence_audit(
    fl: Filing, cx: Ctx, licence: str, audit: str, *, lic_name: str | None = None, audit_style: str = "ttf"
) -> None:
    rng = cx.rng
    rev, prof = cx.finance()
    lic_doc, lic_fields = P.licence(cx.firm, rng, name=lic_name)
    lic = (lic_doc, "business_license", lic_fields, None)
    if licence == "photo":
        fl.image("执照照片.jpg", lic, photo=True)
    elif licence == "colour300":
        fl.image("营业执照副本.jpg", lic, ScanSpec(300, "colour", 0.5, 2.0, 86, 0.3))
    elif licence == "colour200":
        fl.image("营业执照.jpg", lic, ScanSpec(200, "colour", 0.6, 2.5, 84, -0.4))
    else:  # colour 300 dpi, in a PDF
        fl.scanned(
            "营业执照.pdf",
            [lic],
            ScanSpec(300, "colour", 0.45, 2.0, 85, 0.2),
            _ctime(dt.date(2025, 4, 2), rng),
        )
    doc, fields = P.audit(cx.firm, rev, prof, rng, style=audit_style)
    part = (doc, "audit_report", fields, None)
    if audit == "scan":
        fl.scanned(
            "2024年度审计报告扫描件.pdf",
            [part],
            random_spec(rng, "grey", 200),
            _ctime(dt.date(2025, 4, 3), rng),
        )
    else:
        fl.digital("2024年度审计报告.pdf", [part], audit, _ctime(dt.date(2025, 3, 24), rng))


def _c(firm: W.Firm, p: P.Proj, rng: random.Random, **kw: Any) -> tuple[Any, str, dict[str, Any], str]:
    doc, fields = P.contract(firm, p, rng, **kw)
    return doc, "contract", fields, p.id


def _a(
    fn: Callable[..., Any], firm: W.Firm, p: P.Proj, rng: random.Random, **kw: Any
) -> tuple[Any, str, dict[str, Any], str]:
    doc, fields = fn(firm, p, rng, **kw)
    return doc, "acceptance_report", fields, p.id


# ---------------------------------------------------------------------------------------------- scenarios


def bt01_jiaoyu_clean(fl: Filing, cx: Ctx) -> None:
    """Clean. 教育局 two-column contract (embedded TTF, reading order, ¥ without decimals, fee table), tick-box
    验收单 grey scan; 一八七团 要素表 contract (one span per character, 2024.05.16, raster seals) + 验收报告 in one
    colour scan; licence 300 dpi colour JPEG; audit born digital."""
    rng, f = cx.rng, cx.firm
    p1 = cx.project("第十师北屯市教育局", 600000, 2400000)
    p2 = cx.project("第十师一八七团", 300000, 1200000)
    _licence_audit(fl, cx, "colour300", "word")
    fl.digital(
        "P1_合同.pdf",
        [_c(f, p1, rng, layout="twocol", style="ttf", amount_style="nodec", fee_tab=True)],
        "word",
        _ctime(p1.signed, rng),
    )
    fl.scanned(
        "P1_验收单.pdf",
        [_a(P.accept_tickform, f, p1, rng)],
        random_spec(rng, "grey"),
        _ctime(p1.accepted, rng),
    )
    fl.scanned(
        "一八七团项目合同及验收.pdf",
        [
            _c(f, p2, rng, layout="grid", style="chars", date_style="dot", raster=True),
            _a(P.accept_report, f, p2, rng, date_style="dot"),
        ],
        random_spec(rng, "colour", 240),
        _ctime(p2.accepted, rng),
    )


def bt02_tuanchang_clean(fl: Filing, cx: Ctx) -> None:
    """Clean. 一八一团 contract written column by column (甲方 block, then 乙方), spaces as thousands separators,
    2024-5-16 dates, 验收报告 bilevel 300 dpi; 水利局 要素表 contract with full-width figures and 二〇二四年 dates,
    its 验收意见 letter grey-scanned; licence photographed on a desk with a shadow; audit scanned."""
    rng, f = cx.rng, cx.firm
    p1 = cx.project("第十师一八一团", 400000, 1500000)
    p2 = cx.project("第十师北屯市水利局", 500000, 2000000)
    _licence_audit(fl, cx, "photo", "scan")
    fl.digital(
        "一八一团合同.pdf",
        [_c(f, p1, rng, style="builtin", amount_style="spaced", date_style="dash", column_order=True)],
        "libre",
        _ctime(p1.signed, rng),
    )
    fl.scanned(
        "一八一团验收报告.pdf",
        [_a(P.accept_report, f, p1, rng, date_style="dash")],
        ScanSpec(300, "bilevel", 0.5, 2.0, 90, 0.3),
        _ctime(p1.accepted, rng),
    )
    fl.digital(
        "水利局合同.pdf",
        [_c(f, p2, rng, layout="grid", style="ttf", amount_style="fullwidth", fee_tab=True)],
        "chrome",
        _ctime(p2.signed, rng),
    )
    fl.scanned(
        "水利局验收意见.pdf",
        [_a(P.accept_letter, f, p2, rng)],
        random_spec(rng, "grey"),
        _ctime(p2.accepted, rng),
    )


def bt03_hospital_clean(fl: Filing, cx: Ctx) -> None:
    """Clean, grade 丙. 第十师医院 contract column by column with full-width figures and raster seals, its 验收报告
    colour-scanned and a 免税 数电票 (30 %, QR agrees); 布尔津县人民医院 contract with fee table + 验收单 in one grey
    300 dpi scan; licence with an end date (营业期限 …至2039) as a colour PDF; audit one span per character."""
    rng, f = cx.rng, cx.firm
    f.valid_until = dt.date(f.established.year + 30, f.established.month, f.established.day) - dt.timedelta(
        days=1
    )
    p1 = cx.project("第十师医院", 3200000, 4600000)
    p2 = cx.project("布尔津县人民医院", 1900000, 2800000, soft=True)
    _licence_audit(fl, cx, "pdf", "report", audit_style="chars")
    fl.digital(
        "第十师医院/合同.pdf",
        [
            _c(
                f,
                p1,
                rng,
                style="ttf",
                amount_style="fullwidth",
                column_order=True,
                raster=True,
                date_style="pad",
            )
        ],
        "word",
        _ctime(p1.signed, rng),
    )
    fl.scanned(
        "第十师医院/验收报告.pdf",
        [_a(P.accept_report, f, p1, rng)],
        random_spec(rng, "colour", 200),
        _ctime(p1.accepted, rng),
    )
    part = (p1.amount * D("0.3")).quantize(D("0.01"))
    inv_day = p1.accepted + dt.timedelta(days=rng.randint(3, 12))
    doc, fields = P.invoice(f, p1, part, inv_day, rng)
    fl.digital("第十师医院/发票.pdf", [(doc, "invoice", fields, p1.id)], "report", _ctime(inv_day, rng))
    fl.scanned(
        "布尔津县医院合同及验收单.pdf",
        [_c(f, p2, rng, style="builtin", fee_tab=True, date_style="pad"), _a(P.accept_tickform, f, p2, rng)],
        random_spec(rng, "grey", 300),
        _ctime(p2.accepted, rng),
    )


def bt04_xlsx_clean(fl: Filing, cx: Ctx) -> None:
    """Clean, declaration.xlsx. 一八八团 要素表 contract + 验收单 bilevel 300 dpi; 哈巴河县公安局 contract
    (¥ without decimals, 2024.05.16) and the bureau's 验收意见 letter born digital; licence colour 200 dpi JPEG."""
    rng, f = cx.rng, cx.firm
    p1 = cx.project("第十师一八八团", 300000, 900000)
    p2 = cx.project("哈巴河县公安局", 700000, 1800000)
    _licence_audit(fl, cx, "colour200", "libre")
    fl.scanned(
        "一八八团合同验收.pdf",
        [
            _c(f, p1, rng, layout="grid", style="ttf", amount_style="spaced"),
            _a(P.accept_tickform, f, p1, rng, date_style="dot"),
        ],
        ScanSpec(300, "bilevel", 0.45, 1.5, 90, -0.2),
        _ctime(p1.accepted, rng),
    )
    fl.digital(
        "哈巴河县公安局.pdf",
        [
            _c(f, p2, rng, style="chars", amount_style="nodec", date_style="dot"),
            _a(P.accept_letter, f, p2, rng, style="chars"),
        ],
        "word",
        _ctime(p2.accepted, rng),
    )


def _two_plain(fl: Filing, cx: Ctx, client2: str) -> P.Proj:
    """The second project of a planted scenario: a plain contract + 验收单 grey scan, nothing wrong."""
    rng, f = cx.rng, cx.firm
    p2 = cx.project(client2, 300000, 1000000)
    fl.scanned(
        "P2_合同及验收.pdf",
        [_c(f, p2, rng, style="builtin", date_style="plain"), _a(P.accept_tickform, f, p2, rng)],
        random_spec(rng, "grey"),
        _ctime(p2.accepted, rng),
    )
    return p2


def bt05_overlay(fl: Filing, cx: Ctx) -> None:
    """OVERLAY_DETECTED (P1_合同电子版.pdf p1): white box over the price sentence, the declared amount typed on top."""
    rng, f = cx.rng, cx.firm
    p1 = cx.project("第十师一八二团", 500000, 1600000)
    old = p1.amount - D(rng.randint(6, 30) * 10000)
    _licence_audit(fl, cx, "colour300", "word")
    fl.digital(
        "P1_合同电子版.pdf", [_c(f, p1, rng, style="ttf", overlay_old=old)], "word", _ctime(p1.signed, rng)
    )
    fl.scanned(
        "P1_验收单.pdf",
        [_a(P.accept_tickform, f, p1, rng)],
        random_spec(rng, "grey"),
        _ctime(p1.accepted, rng),
    )
    _two_plain(fl, cx, "第十师一八三团")
    fl.plant(
        "OVERLAY_DETECTED",
        "P1_合同电子版.pdf",
        1,
        "P1",
        f"white box hides 人民币{W.capital(old)}（{W.figures(old)}）; the declared amount is typed on top",
    )


def bt06_words(fl: Filing, cx: Ctx) -> None:
    """AMOUNT_WORDS_MISMATCH (P1_合同.pdf p1): the capital numerals say 8–25 万 more than the figures."""
    rng, f = cx.rng, cx.firm
    p1 = cx.project("第十师北屯市公安局", 600000, 2000000)
    words = W.capital(p1.amount + D(rng.randint(8, 25) * 10000))
    _licence_audit(fl, cx, "colour200", "libre")
    fl.digital(
        "P1_合同.pdf",
        [_c(f, p1, rng, style="ttf", amount_style="plain", words=words)],
        "word",
        _ctime(p1.signed, rng),
    )
    fl.scanned(
        "P1_验收报告.pdf",
        [_a(P.accept_report, f, p1, rng)],
        random_spec(rng, "grey"),
        _ctime(p1.accepted, rng),
    )
    _two_plain(fl, cx, "第十师一八八团")
    fl.plant(
        "AMOUNT_WORDS_MISMATCH",
        "P1_合同.pdf",
        1,
        "P1",
        f"words 人民币{words} vs figures {W.figures(p1.amount)}",
    )


def bt07_signdate(fl: Filing, cx: Ctx) -> None:
    """DATE_MISMATCH (P1_合同.pdf p3): the signature page's 签订日期 is 40–70 days before the declared signed_on."""
    rng, f = cx.rng, cx.firm
    p1 = cx.project("第十师一八三团", 400000, 1400000)
    p1.signed = max(p1.signed, dt.date(2024, 2, 20))
    p1.accepted = max(p1.accepted, p1.signed + dt.timedelta(days=60))
    printed = p1.signed - dt.timedelta(days=rng.randint(40, 70))
    _licence_audit(fl, cx, "colour300", "libre")
    fl.digital(
        "P1_合同.pdf",
        [_c(f, p1, rng, style="ttf", date_style="cn", signed_print=printed)],
        "libre",
        _ctime(printed, rng),
    )
    fl.scanned(
        "P1_验收单.pdf",
        [_a(P.accept_tickform, f, p1, rng)],
        random_spec(rng, "grey"),
        _ctime(p1.accepted, rng),
    )
    _two_plain(fl, cx, "第十师北屯市卫生健康委员会")
    fl.plant(
        "DATE_MISMATCH", "P1_合同.pdf", 3, "P1", f"签订日期 {printed} on the contract, declared {p1.signed}"
    )


def bt08_accept_before(fl: Filing, cx: Ctx) -> None:
    """ACCEPTANCE_BEFORE_SIGNING (P1_验收单.pdf p1): the 验收单 is dated 2–4 months before the contract."""
    rng, f = cx.rng, cx.firm
    p1 = cx.project("第十师北屯市农业农村局", 400000, 1500000)
    p1.signed = W.rand_date(rng, dt.date(2024, 6, 10), dt.date(2024, 7, 20))
    p1.accepted = p1.signed - dt.timedelta(days=rng.randint(60, 120))
    _licence_audit(fl, cx, "colour200", "word")
    fl.digital("P1_合同.pdf", [_c(f, p1, rng, layout="grid", style="ttf")], "word", _ctime(p1.signed, rng))
    fl.scanned(
        "P1_验收单.pdf", [_a(P.accept_tickform, f, p1, rng)], random_spec(rng, "grey"), _ctime(p1.signed, rng)
    )
    _two_plain(fl, cx, "第十师一八七团")
    fl.plant(
        "ACCEPTANCE_BEFORE_SIGNING", "P1_验收单.pdf", 1, "P1", f"验收日期 {p1.accepted}, signed {p1.signed}"
    )


def bt09_licence_name(fl: Filing, cx: Ctx) -> None:
    """LICENSE_NAME_MISMATCH (营业执照.jpg p1): the licence shows another company name (same credit code)."""
    rng, f = cx.rng, cx.firm
    core = next(c for c in W.FIRM_CORES if c not in f.name)
    other = "北屯市" + core + next(t for t in W.FIRM_TAILS if t not in f.name)
    p1 = cx.project("第十师北屯市政务服务和数据管理局", 500000, 1800000)
    _licence_audit(fl, cx, "colour200", "word", lic_name=other)
    fl.digital("P1_合同.pdf", [_c(f, p1, rng, style="ttf", fee_tab=True)], "word", _ctime(p1.signed, rng))
    fl.digital("P1_验收意见.pdf", [_a(P.accept_letter, f, p1, rng)], "word", _ctime(p1.accepted, rng))
    _two_plain(fl, cx, "第十师一八一团")
    fl.plant("LICENSE_NAME_MISMATCH", "营业执照.jpg", 1, None, f"licence name {other}, declared {f.name}")


def bt10_qr(fl: Filing, cx: Ctx) -> None:
    """QR_MISMATCH (P1_数电票.pdf p1): the 数电票's QR carries an amount unlike its printed 金额 and 价税合计."""
    rng, f = cx.rng, cx.firm
    p1 = cx.project("福海县教育局", 600000, 1800000)
    _licence_audit(fl, cx, "colour300", "libre")
    fl.digital(
        "P1_合同.pdf", [_c(f, p1, rng, style="chars", amount_style="nodec")], "libre", _ctime(p1.signed, rng)
    )
    fl.scanned(
        "P1_验收报告.pdf",
        [_a(P.accept_report, f, p1, rng)],
        random_spec(rng, "colour"),
        _ctime(p1.accepted, rng),
    )
    printed = (p1.amount * D("0.3")).quantize(D("0.01"))
    qr_amount = (p1.amount * D("0.45")).quantize(D("0.01"))
    day = p1.accepted + dt.timedelta(days=rng.randint(2, 10))
    doc, fields = P.invoice(f, p1, printed, day, rng, qr_amount=qr_amount)
    fl.digital("P1_数电票.pdf", [(doc, "invoice", fields, p1.id)], "report", _ctime(day, rng))
    _two_plain(fl, cx, "第十师一八二团")
    fl.plant("QR_MISMATCH", "P1_数电票.pdf", 1, "P1", f"QR amount {qr_amount}, printed 价税合计 {printed}")


SCENARIOS: tuple[tuple[Callable[[Filing, Ctx], None], str, bool], ...] = (
    (bt01_jiaoyu_clean, "丁", False),
    (bt02_tuanchang_clean, "丁", False),
    (bt03_hospital_clean, "丙", False),
    (bt04_xlsx_clean, "丁", True),
    (bt05_overlay, "丁", False),
    (bt06_words, "丁", False),
    (bt07_signdate, "丁", False),
    (bt08_accept_before, "丁", False),
    (bt09_licence_name, "丁", False),
    (bt10_qr, "丁", False),
)


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write the scenarios (or those named in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i, (fn, grade, xlsx) in enumerate(SCENARIOS, start=1):
        if only and fn.__name__ not in only:
            continue
        rng = random.Random(seed * 1000 + i)
        fl = Filing(out, fn.__name__, seed, rng)
        cx = Ctx(rng, grade)
        fn(fl, cx)
        fl.write(cx.declaration(), xlsx=xlsx)
        written.append(fn.__name__)
    return written
