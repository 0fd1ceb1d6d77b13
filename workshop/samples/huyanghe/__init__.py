"""huyanghe: born-digital PDFs with awkward text layers (Kangxi radicals, letter-spacing, full-width
figures, glyph-by-glyph printers, outlined text, watermarks) mixed with a few scans; 胡杨河市 (第七师),
奎屯市, 乌苏市 and 沙湾市, inspection year 2024. See README.md."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import papers
from .deals import FEE_KEYS, LABELS, Books, Deal, Invoice, books, check_books, split
from .filing import Filing, Part
from .papers import AuditInfo, Style
from .scan import Scanner
from .world import (
    AUDITORS,
    CERTS,
    CLIENTS,
    PLACES,
    STEMS,
    SUPERVISORS,
    Firm,
    capital,
    client_org,
    firm,
    money_str,
    person,
    q2,
    rand_date,
)

YEAR = 2024


@dataclass
class Ctx:
    """One filing being drawn: its firm, projects, books, and the writer."""

    name: str
    rng: random.Random
    place: str
    out: Filing
    grade: str = "丁"
    firm: Firm = field(init=False)
    deals: list[Deal] = field(default_factory=list)
    books: Books | None = None
    prev: Books | None = None
    declared_rep: str = ""
    audit_date: dt.date = dt.date(YEAR + 1, 2, 1)

    def __post_init__(self) -> None:
        self.firm = firm(self.rng, self.place)
        self.declared_rep = self.firm.rep
        n = self.rng.randrange(22, 31) if self.grade == "丙" else self.rng.randrange(8, 19)
        self.firm.staff = n
        k = self.rng.randrange(5, 8) if self.grade == "丙" else self.rng.randrange(2, 5)
        certs = []
        for _ in range(k):
            title, level = self.rng.choice(CERTS)
            certs.append(
                (
                    person(self.rng),
                    title,
                    level,
                    f"{self.rng.randrange(2012, 2024)}{self.rng.randrange(10**7, 10**8)}",
                )
            )
        self.firm.certs = certs

    # -- projects --
    def deal(
        self,
        pid: str,
        client_name: str,
        lo: int,
        hi: int,
        *,
        supervisor: bool | None = None,
        profile: str | None = None,
    ) -> Deal:
        rng = self.rng
        row = next(c for c in CLIENTS if c[0] == client_name)
        _, fld, cplace, kind = row
        stem, prof = rng.choice(STEMS[kind])
        if profile:
            choices = [s for s in STEMS[kind] if s[1] == profile] or STEMS[kind]
            stem, prof = rng.choice(choices)
        short = client_name.replace("第七师胡杨河市", "胡杨河市").replace("第七师", "")
        name = f"{short}{stem}" if not stem.startswith(short) else stem
        client = client_org(rng, client_name, cplace)
        amount = Decimal(rng.randrange(lo // 100, hi // 100)) * 100
        fees = split(rng, amount, prof)
        days = rng.choice([60, 75, 90, 120, 150])
        signed = rand_date(rng, dt.date(YEAR, 2, 26), dt.date(YEAR, 7, 20))
        started = signed + dt.timedelta(days=rng.randrange(3, 12))
        finished = started + dt.timedelta(days=days - rng.randrange(3, 20))
        accepted = min(finished + dt.timedelta(days=rng.randrange(6, 28)), dt.date(YEAR, 12, 27))
        labels = {k: rng.choice(v) for k, v in LABELS.items()}
        if supervisor is None:
            supervisor = rng.random() < 0.5
        city = str(PLACES[cplace]["city"])
        number_style = rng.randrange(3)
        n = rng.randrange(8, 160)
        abbrev = {"胡杨河": "HYH", "奎屯": "KT", "乌苏": "WS", "沙湾": "SW"}[cplace]
        number = (
            f"{abbrev}XX-{YEAR}-{n:03d}",
            f"{abbrev}ZC{YEAR}{rng.randrange(1, 13):02d}{n:03d}",
            f"{short}采字〔{YEAR}〕{n}号",
        )[number_style]
        d = Deal(
            pid=pid,
            name=name,
            client=client,
            field=fld,
            location=str(PLACES[cplace]["prefix"]),
            profile=prof,
            fees=fees,
            printed_fees=dict(fees),
            amount=amount,
            declared=amount,
            signed=signed,
            started=started,
            finished=finished,
            accepted=accepted,
            number=number,
            party_b=self.firm,
            supervisor=rng.choice(SUPERVISORS) if supervisor else None,
            labels=labels,
            days=days,
            agent_a=person(rng),
            agent_b=person(rng),
            acceptance_no=f"YS-{YEAR}-{rng.randrange(10, 99)}{n:03d}",
            place=("第七师" if cplace == "胡杨河" else "") + city,
        )
        self.deals.append(d)
        return d

    def invoices(self, d: Deal, shares: list[float]) -> list[Invoice]:
        rng = self.rng
        day = d.signed + dt.timedelta(days=rng.randrange(5, 20))
        out = []
        for sh in shares:
            amt = q2(d.amount * Decimal(str(sh)))
            num = f"{YEAR % 100}65{rng.randrange(2, 4)}000000{rng.randrange(10**8, 10**9)}"
            qr = f"01,32,,{num},{amt:.2f},{day:%Y%m%d},,{rng.randrange(16**4):04X}"
            item = "*信息技术服务*软件开发服务" if d.profile == "sw" else "*信息技术服务*信息系统集成服务"
            out.append(Invoice(num, day, amt, item, qr, person(rng)))
            day = min(day + dt.timedelta(days=rng.randrange(30, 80)), dt.date(YEAR, 12, 20))
        d.invoices = out
        return out

    # -- truth fields --
    @staticmethod
    def contract_fields(d: Deal, with_fees: bool) -> dict[str, Any]:
        f: dict[str, Any] = {
            "project_name": d.name,
            "contract_number": d.number,
            "party_a": d.client.name,
            "party_b": d.party_b.name,
            "contract_amount": money_str(d.amount),
            "amount_in_words": capital(d.amount),
            "signed_on": d.signed.isoformat(),
        }
        if with_fees:
            f["fees"] = {k: money_str(v) for k, v in d.printed_fees.items() if v}
        return f

    @staticmethod
    def acceptance_fields(d: Deal, passed: bool = True) -> dict[str, Any]:
        f: dict[str, Any] = {
            "project_name": d.name,
            "party_a": d.client.name,
            "party_b": d.party_b.name,
            "accepted_on": d.accepted.isoformat(),
            "conclusion": "passed" if passed else "failed",
            "has_seal": True,
        }
        if d.supervisor:
            f["third_party"] = d.supervisor
        return f

    @staticmethod
    def invoice_fields(inv: Invoice, d: Deal) -> dict[str, Any]:
        return {
            "invoice_number": inv.number,
            "issued_on": inv.issued.isoformat(),
            "buyer": d.client.name,
            "seller": d.party_b.name,
            "total_amount": money_str(inv.amount),
            "qr": inv.qr,
        }

    def licence_fields(self) -> dict[str, Any]:
        f = self.firm
        return {
            "company_name": f.name,
            "credit_code": f.code,
            "legal_representative": f.rep,
            "registered_capital": money_str(f.capital),
            "company_type": f.company_type,
            "established_on": f.established.isoformat(),
            "valid_until": "长期" if f.valid_until is None else f.valid_until.isoformat(),
            "address": f.address,
            "business_scope": f.scope,
        }

    # -- parts --
    def contract_part(self, d: Deal, st: Style, cover: bool = True, modes: list[str] | None = None) -> Part:
        sheets = papers.contract(d, self.firm, st, self.rng, cover=cover)
        return Part("contract", sheets, self.contract_fields(d, st.table and d.table), d.pid, modes)

    def acceptance_part(self, d: Deal, st: Style, mode: str = "runs", scanner: Scanner | None = None) -> Part:
        sheet = papers.acceptance(d, self.firm, st, self.rng)
        return Part("acceptance_report", [sheet], self.acceptance_fields(d), d.pid, [mode], scanner)

    def invoice_parts(self, d: Deal) -> list[Part]:
        return [
            Part("invoice", [papers.invoice(inv, d, self.rng)], self.invoice_fields(inv, d), d.pid)
            for inv in d.invoices
        ]

    def licence_part(self) -> Part:
        f = self.firm
        issued = rand_date(self.rng, max(f.established, dt.date(2019, 1, 1)), dt.date(YEAR, 3, 30))
        sheet = papers.licence(f, str(PLACES[f.place]["market"]), issued, self.rng)
        return Part("business_license", [sheet], self.licence_fields())

    def audit_part(self, st: Style, ruled: bool = True, modes: str = "runs") -> Part:
        rng = self.rng
        total = sum((d.declared for d in self.deals), Decimal(0))
        revenue = q2(
            total * Decimal(str(round(rng.uniform(1.9, 3.1), 3))) + Decimal(rng.randrange(100)) / 100
        )
        for _ in range(50):
            try:
                b = books(rng, revenue, rng.uniform(0.55, 0.72), rng.uniform(0.03, 0.08), self.firm.capital)
                p = books(
                    rng,
                    q2(revenue * Decimal(str(round(rng.uniform(0.8, 1.1), 3)))),
                    rng.uniform(0.5, 0.7),
                    rng.uniform(0.02, 0.07),
                    self.firm.capital,
                )
            except AssertionError:
                continue
            if not check_books(b) and not check_books(p):
                break
        self.books, self.prev = b, p
        firm_name, prefix = rng.choice(AUDITORS)
        city = (
            "奎屯" if firm_name.startswith("奎屯") else "塔城" if firm_name.startswith("塔城") else "乌鲁木齐"
        )
        info = AuditInfo(
            firm_name=firm_name,
            number=f"{prefix}〔2025〕第{rng.randrange(20, 400):04d}号",
            date=rand_date(rng, dt.date(2025, 1, 12), dt.date(2025, 2, 20)),
            cpas=(person(rng), person(rng)),
            city=city,
            ruled=ruled,
        )
        sheets = papers.audit(self.firm, b, p, info, rng, st)
        fields = {
            "audit_firm": firm_name,
            "report_number": info.number,
            "fiscal_year": YEAR,
            "opinion": "unqualified",
            "operating_revenue": money_str(b.revenue),
            "net_profit": money_str(b.net),
            "system_integration_revenue": money_str(b.si_revenue),
            "consolidated": False,
        }
        self.audit_date = info.date
        return Part("audit_report", sheets, fields, None, [modes] * len(sheets))

    # -- declaration --
    def declaration(self) -> dict[str, Any]:
        f = self.firm
        assert self.books is not None
        return {
            "enterprise": {
                "name": f.name,
                "credit_code": f.code,
                "legal_representative": self.declared_rep,
                "registered_capital": money_str(f.capital),
                "established_on": f.established.isoformat(),
                "grade": self.grade,
                "inspection_year": YEAR,
                "staff": {
                    "technical_total": f.staff,
                    "certified_total": len(f.certs),
                    "certificates": [
                        {"holder": h, "certificate": c, "level": lv, "number": num}
                        for h, c, lv, num in f.certs
                    ],
                },
            },
            "finance": [
                {
                    "year": YEAR,
                    "operating_revenue": money_str(self.books.revenue),
                    "system_integration_revenue": money_str(self.books.si_revenue),
                    "net_profit": money_str(self.books.net),
                }
            ],
            "projects": [d.row() for d in self.deals],
            "innovations": [],
        }


def _when(d: dt.date, rng: random.Random) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, rng.randrange(8, 19), rng.randrange(60), rng.randrange(60))


def _audit(
    c: Ctx, st: Style | None = None, ruled: bool = True, exporter: str = "audit", fontmap: str = "plain"
) -> None:
    part = c.audit_part(st or Style(header=False), ruled)
    c.out.pdf("2024年度审计报告.pdf", [part], exporter, _when(c.audit_date, c.rng), fontmap)


def _licence_jpeg(c: Ctx, colour: bool = True, fname: str = "营业执照副本.jpg") -> None:
    c.out.jpeg(fname, c.licence_part(), Scanner.draw(c.rng, colour=colour))


# -- the ten scenarios -----------------------------------------------------------------------------


def hy01_kangxi_wps_clean(c: Ctx) -> bool:
    """胡杨河 firm; P1 (一二六团) contract and acceptance exported by WPS with Kangxi radicals; P2 Word contract + two 数电票."""
    p1 = c.deal("P1", "第七师一二六团", 1_400_000, 3_200_000)
    p2 = c.deal("P2", "第七师胡杨河市教育局", 380_000, 900_000, profile="sw")
    c.invoices(p2, [0.3, 0.4])
    _licence_jpeg(c)
    _audit(c)
    st = Style(dates="cn")
    c.out.pdf(
        "一二六团项目合同及验收报告.pdf",
        [c.contract_part(p1, st), c.acceptance_part(p1, st)],
        "wps_kangxi",
        _when(p1.accepted, c.rng),
        "kangxi",
    )
    c.out.pdf(
        "教育局项目合同.pdf",
        [c.contract_part(p2, Style(dates="pad"), cover=False)],
        "word",
        _when(p2.signed, c.rng),
    )
    c.out.pdf("教育局项目发票.pdf", c.invoice_parts(p2), "einvoice", _when(p2.invoices[-1].issued, c.rng))
    return True


def hy02_printer_fullwidth_clean(c: Ctx) -> bool:
    """奎屯 firm; P1 contract printed glyph by glyph with full-width figures and dates, acceptance scanned;
    licence scan with a typed 仅供年检使用 watermark; audit statements without rules; P2 letter-spaced Kangxi export."""
    p1 = c.deal("P1", "奎屯市人民医院", 1_200_000, 2_900_000)
    p2 = c.deal("P2", "第七师医院", 400_000, 1_100_000)
    lic = c.licence_part()
    c.out.scanned_pdf_with_mark(
        "营业执照（年检专用）.pdf",
        lic,
        Scanner.draw(c.rng, colour=True),
        "仅供2024年度年检使用",
        _when(dt.date(2025, 1, 8), c.rng),
    )
    _audit(c, ruled=False, exporter="word")
    st = Style(fullwidth=True, dates="cn")
    part = c.contract_part(p1, st)
    part.modes = ["glyphs"] * len(part.sheets)
    c.out.pdf("人民医院项目合同.pdf", [part], "printer", _when(p1.signed, c.rng))
    c.out.pdf(
        "人民医院项目验收报告.pdf",
        [c.acceptance_part(p1, Style(header=False), "scan", Scanner.draw(c.rng))],
        "scanner",
        _when(p1.accepted, c.rng),
    )
    st2 = Style(letterspace=True, dates="pad")
    c.out.pdf(
        "第七师医院合同验收.pdf",
        [c.contract_part(p2, st2), c.acceptance_part(p2, st2)],
        "wps_kangxi",
        _when(p2.accepted, c.rng),
        "kangxi",
    )
    return True


def hy03_outline_watermark_clean(c: Ctx) -> bool:
    """乌苏 firm; P1 contract letter-spaced under the firm's name as diagonal watermark, its acceptance report
    with every glyph outlined (no text layer); P2 exported with CJK-compatibility code points + 数电票."""
    p1 = c.deal("P1", "乌苏市公安局", 1_500_000, 3_400_000, supervisor=True)
    p2 = c.deal("P2", "乌苏市水利局", 350_000, 850_000, profile="sw")
    c.invoices(p2, [0.5])
    _licence_jpeg(c, colour=False)
    _audit(c)
    st = Style(letterspace=True, watermark=c.firm.name, dates="pad")
    c.out.pdf("公安局项目合同.pdf", [c.contract_part(p1, st)], "word", _when(p1.signed, c.rng))
    c.out.pdf(
        "公安局项目验收报告.pdf",
        [c.acceptance_part(p1, Style(header=False), "outline")],
        "ghostscript",
        _when(p1.accepted, c.rng),
    )
    c.out.pdf(
        "水利局项目合同.pdf",
        [c.contract_part(p2, Style(dates="cn"), cover=False)],
        "mac",
        _when(p2.signed, c.rng),
        "compat",
    )
    c.out.pdf("水利局项目发票.pdf", c.invoice_parts(p2), "einvoice", _when(p2.invoices[-1].issued, c.rng))
    return True


def hy04_shawan_bing_clean(c: Ctx) -> bool:
    """沙湾 firm of grade 丙; audit exported with Kangxi radicals and statements without rules; P1 Kangxi
    contract with full-width figures merged with a scanned acceptance; P2 signature page outlined."""
    p1 = c.deal("P1", "沙湾市人民医院", 3_000_000, 4_100_000)
    p2 = c.deal("P2", "沙湾市教育局", 2_100_000, 2_700_000)
    _licence_jpeg(c)
    _audit(c, ruled=False, exporter="wps_kangxi", fontmap="kangxi")
    st = Style(fullwidth=True, dates="cn")
    c.out.pdf(
        "人民医院项目合同及验收.pdf",
        [c.contract_part(p1, st), c.acceptance_part(p1, Style(header=False), "scan", Scanner.draw(c.rng))],
        "acrobat",
        _when(p1.accepted, c.rng),
        "kangxi",
    )
    part = c.contract_part(p2, Style(dates="upper"), cover=False)
    part.modes = ["runs"] * (len(part.sheets) - 1) + ["outline"]
    c.out.pdf(
        "教育局项目合同及验收.pdf",
        [part, c.acceptance_part(p2, Style(dates="upper"))],
        "acrobat",
        _when(p2.accepted, c.rng),
    )
    return True


def hy05_amount_fullwidth(c: Ctx) -> bool:
    """AMOUNT_MISMATCH: P1's price (words and full-width figures) is 6–12 % below the declared amount."""
    p1 = c.deal("P1", "第七师胡杨河市数据局", 1_600_000, 3_300_000)
    p2 = c.deal("P2", "第七师一二三团", 380_000, 950_000, profile="sw")
    c.invoices(p2, [0.4])
    printed = Decimal(int(p1.declared * Decimal(str(round(c.rng.uniform(0.88, 0.94), 3)))) // 100 * 100)
    p1.amount = printed
    p1.table = False
    _licence_jpeg(c)
    _audit(c)
    st = Style(fullwidth=True, dates="pad", table=False)
    firsts = c.out.pdf(
        "数据局项目合同及验收报告.pdf",
        [c.contract_part(p1, st), c.acceptance_part(p1, Style(fullwidth=True))],
        "wps_kangxi",
        _when(p1.accepted, c.rng),
        "kangxi",
    )
    c.out.plant(
        "AMOUNT_MISMATCH",
        "数据局项目合同及验收报告.pdf",
        firsts[0] + 1,
        "P1",
        f"第二条 合同总价 ￥{printed:,.2f} (full-width) vs declared {p1.declared:.2f}",
    )
    c.out.pdf(
        "一二三团项目合同.pdf", [c.contract_part(p2, Style(), cover=False)], "word", _when(p2.signed, c.rng)
    )
    c.out.pdf("一二三团项目发票.pdf", c.invoice_parts(p2), "einvoice", _when(p2.invoices[-1].issued, c.rng))
    return False


def hy06_party_spaced(c: Ctx) -> bool:
    """PARTY_MISMATCH: 乙方 on P1's cover, name letter-spaced (乙 方：新 疆 …), and throughout the papers, is a sister company."""
    p1 = c.deal("P1", "奎屯市第一高级中学", 1_300_000, 2_800_000)
    p2 = c.deal("P2", "奎屯市自然资源局", 420_000, 980_000)
    sister = firm(
        c.rng, c.place, trade=c.firm.trade, line=c.rng.choice(["电子工程有限公司", "系统集成有限公司"])
    )
    sister.name = (
        sister.name if sister.name != c.firm.name else sister.name.replace("有限公司", "工程有限公司")
    )
    p1.party_b = sister
    _licence_jpeg(c)
    _audit(c)
    st = Style(letterspace=True, dates="cn", spread_names=True)
    c.out.pdf("一中项目合同.pdf", [c.contract_part(p1, st)], "wps", _when(p1.signed, c.rng))
    c.out.pdf(
        "一中项目验收报告.pdf",
        [c.acceptance_part(p1, Style(header=False), "scan", Scanner.draw(c.rng))],
        "scanner2",
        _when(p1.accepted, c.rng),
    )
    c.out.plant(
        "PARTY_MISMATCH",
        "一中项目合同.pdf",
        1,
        "P1",
        f"乙方 {sister.name} (letter-spaced on the cover) vs {c.firm.name}",
    )
    c.out.pdf(
        "自然资源局项目合同及验收.pdf",
        [c.contract_part(p2, Style(dates="pad")), c.acceptance_part(p2, Style())],
        "word",
        _when(p2.accepted, c.rng),
    )
    return False


def hy07_accept_2025_kangxi(c: Ctx) -> bool:
    """ACCEPTANCE_OUT_OF_PERIOD: P1 accepted in January 2025 (⽉/⽇ in the text layer)."""
    p1 = c.deal("P1", "乌苏市人民医院", 1_500_000, 3_000_000)
    p2 = c.deal("P2", "第七师一三〇团", 380_000, 900_000)
    p1.signed = rand_date(c.rng, dt.date(YEAR, 8, 20), dt.date(YEAR, 9, 25))
    p1.started = p1.signed + dt.timedelta(days=c.rng.randrange(3, 9))
    p1.days = 90
    p1.finished = dt.date(YEAR, 12, c.rng.randrange(16, 28))
    p1.accepted = dt.date(YEAR + 1, 1, c.rng.randrange(6, 21))
    _licence_jpeg(c, colour=False)
    _audit(c)
    c.out.pdf(
        "人民医院项目合同.pdf", [c.contract_part(p1, Style(dates="cn"))], "word", _when(p1.signed, c.rng)
    )
    c.out.pdf(
        "人民医院项目验收报告.pdf",
        [c.acceptance_part(p1, Style(dates="cn", header=False))],
        "wps_kangxi",
        _when(p1.accepted, c.rng),
        "kangxi",
    )
    c.out.plant(
        "ACCEPTANCE_OUT_OF_PERIOD",
        "人民医院项目验收报告.pdf",
        1,
        "P1",
        f"验收日期 {p1.accepted} written 年/⽉/⽇ with Kangxi radicals",
    )
    c.out.pdf(
        "一三〇团项目合同及验收.pdf",
        [c.contract_part(p2, Style(letterspace=True)), c.acceptance_part(p2, Style())],
        "wps",
        _when(p2.accepted, c.rng),
    )
    return False


def hy08_fee_ruleless(c: Ctx) -> bool:
    """FEE_MISMATCH: P1's rule-less price breakdown puts 10–18 % of 软件开发 under 集成实施 against the row."""
    p1 = c.deal("P1", "沙湾市城市管理局", 1_600_000, 3_400_000, profile="sw")
    p2 = c.deal("P2", "沙湾市人民医院", 400_000, 900_000)
    moved = (
        p1.fees["software_development"] * Decimal(str(round(c.rng.uniform(0.10, 0.18), 3))) / 1000
    ).quantize(Decimal(1)) * 1000
    p1.printed_fees["software_development"] -= moved
    p1.printed_fees["integration_implementation"] += moved
    _licence_jpeg(c)
    _audit(c)
    st = Style(dates="pad")
    firsts = c.out.pdf(
        "城市管理局项目合同及验收.pdf",
        [c.contract_part(p1, st), c.acceptance_part(p1, st)],
        "wps_kangxi",
        _when(p1.accepted, c.rng),
        "kangxi",
    )
    c.out.plant(
        "FEE_MISMATCH",
        "城市管理局项目合同及验收.pdf",
        firsts[0] + 1,
        "P1",
        f"{moved:.2f} moved from software_development to integration_implementation in the table (same total)",
    )
    c.out.pdf(
        "人民医院项目合同及验收.pdf",
        [
            c.contract_part(p2, Style(), cover=False),
            c.acceptance_part(p2, Style(), "scan", Scanner.draw(c.rng)),
        ],
        "acrobat",
        _when(p2.accepted, c.rng),
    )
    return False


def hy09_licence_rep(c: Ctx) -> bool:
    """LICENSE_FIELD_MISMATCH: the licence (scan + typed watermark) names a new 法定代表人; the form keeps the old one."""
    p1 = c.deal("P1", "第七师胡杨河市公安局", 1_400_000, 3_000_000)
    p2 = c.deal("P2", "第七师一二五团", 350_000, 900_000, profile="sw")
    c.invoices(p2, [0.3, 0.3])
    old = c.firm.rep
    while c.firm.rep == old:
        c.firm.rep = person(c.rng)
    c.declared_rep = old
    lic = c.licence_part()
    c.out.scanned_pdf_with_mark(
        "营业执照副本.pdf",
        lic,
        Scanner.draw(c.rng, colour=True),
        "仅供年检使用  他用无效",
        _when(dt.date(2025, 1, 10), c.rng),
    )
    c.out.plant(
        "LICENSE_FIELD_MISMATCH",
        "营业执照副本.pdf",
        1,
        None,
        f"法定代表人 {c.firm.rep} on the licence vs declared {old}",
    )
    _audit(c)
    c.out.pdf(
        "公安局项目合同及验收报告.pdf",
        [c.contract_part(p1, Style(letterspace=True)), c.acceptance_part(p1, Style())],
        "wps_kangxi",
        _when(p1.accepted, c.rng),
        "kangxi",
    )
    c.out.pdf(
        "一二五团项目合同.pdf",
        [c.contract_part(p2, Style(fullwidth=True), cover=False)],
        "word",
        _when(p2.signed, c.rng),
    )
    c.out.pdf("一二五团项目发票.pdf", c.invoice_parts(p2), "einvoice", _when(p2.invoices[-1].issued, c.rng))
    return False


def hy10_duplicate_reprint(c: Ctx) -> bool:
    """DUPLICATE_DOCUMENT: P1's acceptance page is in the contract bundle and again as a glyph-by-glyph reprint."""
    p1 = c.deal("P1", "第七师胡杨河市水利局", 1_300_000, 3_000_000)
    p2 = c.deal("P2", "第七师一二三团", 400_000, 1_000_000)
    _licence_jpeg(c)
    _audit(c)
    st = Style(dates="cn")
    acc = c.acceptance_part(p1, st)
    c.out.pdf(
        "水利局项目合同及验收报告.pdf", [c.contract_part(p1, st), acc], "word", _when(p1.accepted, c.rng)
    )
    again = Part("acceptance_report", acc.sheets, dict(acc.fields), "P1", ["glyphs"])
    c.out.pdf(
        "水利局项目验收报告（打印）.pdf",
        [again],
        "printer",
        _when(p1.accepted + dt.timedelta(days=40), c.rng),
    )
    c.out.plant(
        "DUPLICATE_DOCUMENT",
        "水利局项目验收报告（打印）.pdf",
        1,
        "P1",
        "same acceptance page as in 水利局项目合同及验收报告.pdf, reprinted glyph by glyph",
    )
    c.out.pdf(
        "一二三团项目合同及验收.pdf",
        [c.contract_part(p2, Style(fullwidth=True, letterspace=True)), c.acceptance_part(p2, Style())],
        "wps_kangxi",
        _when(p2.accepted, c.rng),
        "kangxi",
    )
    return False


@dataclass(frozen=True)
class Scenario:
    fn: Callable[[Ctx], bool]
    place: str
    grade: str = "丁"

    @property
    def name(self) -> str:
        return self.fn.__name__


SCENARIOS: list[Scenario] = [
    Scenario(hy01_kangxi_wps_clean, "胡杨河"),
    Scenario(hy02_printer_fullwidth_clean, "奎屯"),
    Scenario(hy03_outline_watermark_clean, "乌苏"),
    Scenario(hy04_shawan_bing_clean, "沙湾", "丙"),
    Scenario(hy05_amount_fullwidth, "胡杨河"),
    Scenario(hy06_party_spaced, "奎屯"),
    Scenario(hy07_accept_2025_kangxi, "乌苏"),
    Scenario(hy08_fee_ruleless, "沙湾"),
    Scenario(hy09_licence_rep, "胡杨河"),
    Scenario(hy10_duplicate_reprint, "奎屯"),
]


def generate(out: Path, seed: int = 1, only: list[str] | None = None) -> list[str]:
    """Write every scenario (or those named in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i, sc in enumerate(SCENARIOS, start=1):
        if only and sc.name not in only:
            continue
        rng = random.Random(seed * 1000 + i)
        filing = Filing(out, sc.name, seed, rng)
        filing.start()
        ctx = Ctx(sc.name, rng, sc.place, filing, sc.grade)
        clean = sc.fn(ctx)
        filing.finish(ctx.declaration(), clean)
        written.append(sc.name)
    return written


__all__ = ["FEE_KEYS", "SCENARIOS", "generate"]
