"""The pieces every filing is made of: the firm, its licence and audit report, projects, contracts, acceptances,
invoices of every form, and the declaration (JSON or workbook)."""

from __future__ import annotations

import datetime as dt
import io
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import invoices as inv_mod
from . import papers
from .filing import Filing, Paper
from .invoices import Invoice, Line, split_line
from .numerals import money_str, q2
from .people import (
    PLACES,
    Company,
    check_code,
    cipher_rows,
    firm_name,
    machine_number,
    make_company,
    person,
    qr_crc,
    red_confirmation_number,
    sdp_number,
    vat_code,
    vat_number,
)
from .scan import ScanSettings, draw_settings
from .world import FEE_KEYS, SERVICE_KEYS, Firm, Item, Project, duration, make_firm, make_project

YEAR = 2025
WORD_PRODUCERS = ("Microsoft® Word 2016", "Microsoft® Word for Microsoft 365", "WPS 文字")
SCAN_PRODUCERS = ("Canon iR-ADV C3530 PDF", "HP Scan", "KONICA MINOLTA bizhub C300i", "RICOH IM C2000")
SDP_PRODUCER = "Suwell OFD Convertor"


class Builder:
    """One filing under construction."""

    def __init__(self, out: Path, name: str, seed: int, index: int, place_key: str) -> None:
        self.rng = random.Random(seed * 1000 + index)
        self.place = PLACES[place_key]
        self.name = name
        self.firm: Firm = make_firm(self.rng, self.place, firm_name(self.rng, self.place))
        self.filing = Filing(out / name, name, seed, self.rng)
        self.projects: list[Project] = []
        self.used_clients: set[str] = set()
        self.facts: dict[str, Any] = {"firm": self.firm.company.name, "projects": {}}

    # ------------------------------------------------------------ parties and projects
    def client(self, name: str | None = None) -> Company:
        if name is None:
            options = [c for c in self.place.clients if c not in self.used_clients]
            name = self.rng.choice(options)
        self.used_clients.add(name)
        return make_company(self.rng, self.place, name, kind="organ")

    def other_company(self) -> Company:
        """Another firm of the same county, its name close to the filer's."""
        avoid = {self.firm.company.name}
        base = self.firm.company.name
        for word in ("信息技术", "网络科技", "智能科技", "数据科技", "信息工程", "电子科技", "计算机系统"):
            if word in base:
                alt = base.replace(
                    word,
                    self.rng.choice(
                        [w for w in ("网络工程", "通信技术", "安防科技", "信息服务") if w != word]
                    ),
                )
                if alt not in avoid:
                    return make_company(self.rng, self.place, alt)
        return make_company(self.rng, self.place, firm_name(self.rng, self.place, avoid))

    def project(self, pid: str, kind: str | None = None, client: str | None = None, **kw: Any) -> Project:
        p = make_project(self.rng, pid, self.place, self.client(client), kind, **kw)
        self.projects.append(p)
        self.facts["projects"][pid] = {
            "name": p.name,
            "client": p.client.name,
            "contract_amount": money_str(p.amount),
            "signed_on": p.signed.isoformat(),
            "accepted_on": p.accepted.isoformat(),
        }
        return p

    def accept_on(self, p: Project, day: dt.date) -> None:
        """Move a project's acceptance (and its contract term with it)."""
        p.accepted = day
        p.duration_days = duration(self.rng, p.signed, day)
        self.facts["projects"][p.pid]["accepted_on"] = day.isoformat()

    # ------------------------------------------------------------ papers
    def scan(self, grey: bool | None = None, on_a4: bool = False) -> ScanSettings:
        s = draw_settings(self.rng, grey)
        if on_a4:
            s = ScanSettings(
                s.dpi,
                s.grey,
                s.skew,
                s.quality,
                s.blur,
                s.noise,
                s.tone,
                True,
                (self.rng.uniform(8, 40), self.rng.uniform(8, 50)),
            )
        return s

    def contract(
        self, p: Project, stages: list[tuple[str, Decimal]], scan: ScanSettings | None = None
    ) -> Paper:
        sheets, fields = papers.contract_sheets(self.firm, p, self.rng, stages)
        return Paper("contract", sheets, fields, p.pid, scan, label=f"{p.pid} contract")

    def acceptance(self, p: Project, scan: ScanSettings | None = None) -> Paper:
        sheet, fields = papers.acceptance_sheet(self.firm, p, self.rng)
        return Paper("acceptance_report", [sheet], fields, p.pid, scan, label=f"{p.pid} acceptance")

    def license_file(self) -> None:
        sheet, fields = papers.license_sheet(self.firm, self.rng)
        paper = Paper("business_license", [sheet], fields, None, self.scan(grey=False), label="licence")
        if self.rng.random() < 0.5:
            self.filing.jpg(
                self.rng.choice(("营业执照副本.jpg", "营业执照.jpg", "证照/营业执照（副本）.jpg")), paper
            )
        else:
            self.filing.pdf(
                "营业执照.pdf", [paper], self.rng.choice(SCAN_PRODUCERS), self._when(dt.date(2026, 1, 20))
            )

    def audit_file(self) -> None:
        sheets, fields = papers.audit_sheets(self.firm, self.rng, YEAR)
        scanned = self.rng.random() < 0.5
        paper = Paper("audit_report", sheets, fields, None, self.scan() if scanned else None, label="audit")
        producer = self.rng.choice(SCAN_PRODUCERS if scanned else WORD_PRODUCERS)
        self.filing.pdf(f"{YEAR}年度审计报告.pdf", [paper], producer, self._when(self.firm.audit_date))

    def _when(self, d: dt.date) -> dt.datetime:
        return dt.datetime(
            d.year, d.month, d.day, self.rng.randint(8, 19), self.rng.randint(0, 59), self.rng.randint(0, 59)
        )

    # ------------------------------------------------------------ invoices
    def split(self, p: Project, fractions: list[Decimal]) -> list[list[tuple[Item, Decimal]]]:
        """Per stage, the amount (tax included) each item line bills; a complete plan ends on the remainder."""
        totals = p.item_totals()
        complete = sum(fractions) == 1
        out: list[list[tuple[Item, Decimal]]] = []
        billed = {it.name: Decimal(0) for it, _ in totals}
        for i, f in enumerate(fractions):
            stage = []
            for it, total in totals:
                if complete and i == len(fractions) - 1:
                    part = total - billed[it.name]
                else:
                    part = q2(total * f)
                billed[it.name] += part
                stage.append((it, part))
            out.append(stage)
        return out

    def lines(
        self, parts: list[tuple[Item, Decimal]], full: bool, rate_override: Decimal | None = None
    ) -> list[Line]:
        out = []
        for it, amount in parts:
            if amount == 0:
                continue
            rate = rate_override if rate_override is not None else it.rate
            if full:
                out.append(split_line(it.name, amount, rate, it.unit, it.qty, it.spec))
            else:
                out.append(split_line(it.name, amount, rate, "项", 1))
        return out

    def invoice(
        self,
        p: Project,
        kind: str,
        stage: str,
        lines: list[Line],
        issued: dt.date,
        *,
        special: bool = False,
        seller: Company | None = None,
        remark: bool = True,
    ) -> Invoice:
        rng = self.rng
        seller = seller or self.firm.company
        text = ""
        if remark:
            text = f"项目名称：{p.name}；合同编号：{p.number}；{stage}"
            if any("建筑服务" in ln.item for ln in lines):
                text = f"建筑服务发生地：{p.place.location}；建筑项目名称：{p.name}；合同编号：{p.number}；{stage}"
        inv = Invoice(
            kind=kind,
            special=special,
            number=sdp_number(rng, issued.year) if kind == "sdp" else vat_number(rng),
            issued=issued,
            buyer=p.client,
            seller=seller,
            lines=lines,
            remark=text,
            clerk=self.firm.clerk if seller is self.firm.company else person(rng),
            payee=self.firm.payee,
            checker=self.firm.checker,
            crc=qr_crc(rng),
            stage=stage,
        )
        if kind != "sdp":
            inv.code = vat_code(rng, issued.year, kind if kind.startswith("paper") else "e")
            inv.check_code = check_code(rng)
            inv.machine = machine_number(rng)
            inv.cipher = cipher_rows(rng)
        return inv

    def red(self, p: Project, blue: Invoice, issued: dt.date) -> Invoice:
        """The 红字 数电票 cancelling ``blue`` in full."""
        neg = [
            Line(
                ln.item,
                -ln.amount,
                ln.rate,
                -ln.tax,
                ln.spec,
                ln.unit,
                f"-{ln.qty}" if ln.qty else "",
                ln.price,
            )
            for ln in blue.lines
        ]
        inv = self.invoice(p, "sdp", "红冲", neg, issued, special=blue.special, remark=False)
        inv.red_of = blue.number
        inv.red_confirmation = red_confirmation_number(self.rng, issued.year)
        inv.remark = f"被红冲蓝字数电发票号码：{blue.number}　红字发票信息确认单编号：{inv.red_confirmation}"
        return inv

    def invoice_paper(
        self, inv: Invoice, p: Project, scan: ScanSettings | None = None, with_qr: bool = True
    ) -> Paper:
        sheet = inv_mod.draw(inv, self.rng)
        fields: dict[str, Any] = {
            "invoice_number": inv.number,
            "issued_on": inv.issued.isoformat(),
            "buyer": inv.buyer.name,
            "seller": inv.seller.name,
            "total_amount": money_str(inv.total),
        }
        if with_qr:
            fields["qr"] = inv.qr
        return Paper(
            "invoice", [sheet], fields, p.pid, scan, invoice=inv, label=f"{p.pid} {inv.stage} invoice"
        )

    def sdp_name(self, inv: Invoice, ext: str = "pdf") -> str:
        stamp = dt.datetime(
            inv.issued.year,
            inv.issued.month,
            inv.issued.day,
            self.rng.randint(9, 18),
            self.rng.randint(0, 59),
            self.rng.randint(0, 59),
        )
        return f"dzfp_{inv.number}_{inv.seller.name}_{stamp:%Y%m%d%H%M%S}.{ext}"

    def sdp_pdf(self, folder: str, inv: Invoice, p: Project, name: str | None = None) -> str:
        paper = self.invoice_paper(inv, p)
        rel = f"{folder}/{name or self.sdp_name(inv)}" if folder else (name or self.sdp_name(inv))
        return self.filing.pdf(rel, [paper], SDP_PRODUCER, self._when(inv.issued))

    def sdp_ofd(self, folder: str, inv: Invoice, p: Project) -> str:
        paper = self.invoice_paper(inv, p)
        custom = {
            "发票号码": inv.number,
            "开票日期": inv.issued.strftime("%Y年%m月%d日"),
            "合计金额": f"{inv.amount:.2f}",
            "合计税额": f"{inv.tax:.2f}",
            "购买方纳税人识别号": inv.buyer.credit_code,
            "销售方纳税人识别号": inv.seller.credit_code,
        }
        return self.filing.ofd(f"{folder}/{self.sdp_name(inv, 'ofd')}", paper, custom, inv.issued)

    def sdp_xml(self, folder: str, inv: Invoice, p: Project) -> str:
        paper = self.invoice_paper(inv, p, with_qr=False)
        paper.sheets = []
        when = f"{inv.issued.isoformat()} {self.rng.randint(9, 18):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"
        return self.filing.xml(
            f"{folder}/{self.sdp_name(inv, 'xml')}", paper, inv_mod.xml_einvoice(inv, when)
        )

    # ------------------------------------------------------------ declaration
    def declaration(self) -> dict[str, Any]:
        f = self.firm
        c = f.company
        rows = []
        for p in self.projects:
            fees = {k: money_str(p.fees.get(k, Decimal(0))) for k in FEE_KEYS}
            rows.append(
                {
                    "id": p.pid,
                    "name": p.name,
                    "client": p.client.name,
                    "signed_on": p.signed.isoformat(),
                    "accepted_on": p.accepted.isoformat(),
                    "field": p.field,
                    "location": p.place.location,
                    "fees": fees,
                    "services_total": money_str(
                        sum((p.fees.get(k, Decimal(0)) for k in SERVICE_KEYS), Decimal(0))
                    ),
                    "contract_amount": money_str(p.amount),
                }
            )
        return {
            "enterprise": {
                "name": c.name,
                "credit_code": c.credit_code,
                "legal_representative": c.legal_rep,
                "registered_capital": money_str(f.capital),
                "established_on": f.established.isoformat(),
                "grade": "丁",
                "inspection_year": YEAR,
                "staff": {
                    "technical_total": f.technical_total,
                    "certified_total": len(f.certificates),
                    "certificates": f.certificates,
                },
            },
            "finance": [
                {
                    "year": YEAR,
                    "operating_revenue": money_str(f.revenue),
                    "system_integration_revenue": money_str(f.si_revenue),
                    "net_profit": money_str(f.net_profit),
                }
            ],
            "projects": rows,
        }

    def finish(self, story: str, xlsx: bool = False) -> str:
        decl = self.declaration()
        self.filing.write(decl, story, self.facts, declaration_xlsx(decl) if xlsx else None)
        return self.name


XLSX_HEADERS = (
    "序号",
    "项目名称",
    "甲方单位",
    "合同签订日期",
    "验收日期",
    "项目所属领域",
    "项目实施地",
    "软件开发费",
    "咨询设计费",
    "集成实施费",
    "运行维护费",
    "数据处理费",
    "运营服务费",
    "软件和信息技术服务费合计",
    "自制硬件费",
    "硬件购置费",
    "软件购置费",
    "其他",
    "合同金额（元）",
)


def declaration_xlsx(decl: dict[str, Any]) -> bytes:
    """The declaration as reviewers export it (CONTRACT 1.2): 企业信息, 经营情况, 项目汇总; money in 元."""
    from openpyxl import Workbook

    wb = Workbook()
    ent = decl["enterprise"]
    ws = wb.active
    assert ws is not None
    ws.title = "企业信息"
    ws.append(["字段", "值"])
    for k, v in (
        ("企业名称", ent["name"]),
        ("统一社会信用代码", ent["credit_code"]),
        ("法定代表人", ent["legal_representative"]),
        ("注册资本（元）", float(ent["registered_capital"])),
        ("成立日期", dt.date.fromisoformat(ent["established_on"])),
        ("资质等级", ent["grade"]),
        ("年检年度", ent["inspection_year"]),
        ("技术人员总数", ent["staff"]["technical_total"]),
        ("持证人员总数", ent["staff"]["certified_total"]),
    ):
        ws.append([k, v])
    fin = wb.create_sheet("经营情况")
    fin.append(["年度", "营业收入", "系统集成收入", "净利润"])
    for row in decl["finance"]:
        fin.append(
            [
                row["year"],
                Decimal(row["operating_revenue"]),
                Decimal(row["system_integration_revenue"]),
                Decimal(row["net_profit"]),
            ]
        )
    pr = wb.create_sheet("项目汇总")
    pr.append(list(XLSX_HEADERS))
    for i, p in enumerate(decl["projects"], start=1):
        fees = p["fees"]
        pr.append(
            [
                i,
                p["name"],
                p["client"],
                dt.date.fromisoformat(p["signed_on"]),
                dt.date.fromisoformat(p["accepted_on"]),
                p["field"],
                p["location"],
                *(Decimal(fees[k]) for k in FEE_KEYS[:6]),
                Decimal(p["services_total"]),
                *(Decimal(fees[k]) for k in FEE_KEYS[6:]),
                Decimal(p["contract_amount"]),
            ]
        )
    for sheet in (pr, fin):
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, Decimal):
                    cell.value = float(cell.value)
                    cell.number_format = "0.00"
                elif isinstance(cell.value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
    ent_ws = wb["企业信息"]
    ent_ws["B6"].number_format = "yyyy-mm-dd"
    fixed = dt.datetime(YEAR + 1, 1, 20, 10, 0, 0)
    wb.properties.created = fixed
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed_zip(buf.getvalue(), fixed)


def _fixed_zip(data: bytes, when: dt.datetime) -> bytes:
    """The workbook again with fixed entry times and 修改时间, so that the same seed gives the same bytes."""
    import re
    import zipfile

    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), body)
            info = zipfile.ZipInfo(item.filename, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, body)
    return out.getvalue()


def read_xlsx(data: bytes) -> dict[str, Any]:
    """Read this family's workbook back into declaration JSON (the selfcheck's reader)."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), data_only=True)
    info = {str(r[0]): r[1] for r in wb["企业信息"].iter_rows(min_row=2, values_only=True)}

    def money(v: object) -> str:
        return money_str(Decimal(str(v)))

    def day(v: object) -> str:
        return v.date().isoformat() if isinstance(v, dt.datetime) else str(v)

    projects = []
    for r in wb["项目汇总"].iter_rows(min_row=2, values_only=True):
        if r[0] is None:
            continue
        fees = dict(zip(FEE_KEYS[:6], (money(v) for v in r[7:13]), strict=True))
        fees.update(dict(zip(FEE_KEYS[6:], (money(v) for v in r[14:18]), strict=True)))
        projects.append(
            {
                "id": f"P{r[0]}",
                "name": r[1],
                "client": r[2],
                "signed_on": day(r[3]),
                "accepted_on": day(r[4]),
                "field": r[5],
                "location": r[6],
                "fees": fees,
                "services_total": money(r[13]),
                "contract_amount": money(r[18]),
            }
        )
    finance = [
        {
            "year": int(r[0]),
            "operating_revenue": money(r[1]),
            "system_integration_revenue": money(r[2]),
            "net_profit": money(r[3]),
        }
        for r in wb["经营情况"].iter_rows(min_row=2, values_only=True)
        if r[0] is not None
    ]
    return {
        "enterprise": {
            "name": info["企业名称"],
            "credit_code": info["统一社会信用代码"],
            "legal_representative": info["法定代表人"],
            "registered_capital": money(info["注册资本（元）"]),
            "established_on": day(info["成立日期"]),
            "grade": info["资质等级"],
            "inspection_year": int(str(info["年检年度"])),
            "technical_total": info["技术人员总数"],
            "certified_total": info["持证人员总数"],
        },
        "finance": finance,
        "projects": projects,
    }
