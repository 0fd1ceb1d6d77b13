"""The ten 东疆 scenarios. Each function writes OUT/<its name>/ and returns the name.

A seed varies the firm, people, amounts, dates and scanner settings; what each scenario plants is
fixed by its code here, never by the seed.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf as fitz
from PIL import Image

from . import papers, scan
from .common import (
    AREAS,
    AUDIT_FIRMS,
    BANKS,
    SUPERVISORS,
    TEST_LABS,
    account,
    address,
    capital,
    cn_date,
    credit_code,
    day_in,
    figures,
    firm_name,
    money,
    person,
    phone,
    registration_number,
)
from .draw import mixed
from .model import FEE_KEYS, Doc, Firm, Project
from .office import acceptance_docx, declaration_xlsx, quote_xlsx
from .papers import ContractStyle
from .write import Submission

Y = 2024


class World:
    """A firm, its clients and projects for one scenario and seed."""

    def __init__(self, seed: int, key: str, city: str, old_firm: bool = False):
        self.rng = random.Random(f"dongjiang/{key}/{seed}")
        rng = self.rng
        area = AREAS[city][0]
        est = dt.date(
            rng.randint(2008, 2013) if old_firm else rng.randint(2014, 2019),
            rng.randint(1, 12),
            rng.randint(1, 28),
        )
        terms: list[dt.date | str] = [
            "长期",
            dt.date(est.year + 20, est.month, est.day) - dt.timedelta(days=1),
            dt.date(est.year + 30, est.month, est.day) - dt.timedelta(days=1),
        ]
        self.firm = Firm(
            name=firm_name(rng, city),
            city=city,
            credit_code=credit_code(rng, area),
            reg_no=registration_number(rng, area),
            legal_rep=person(rng),
            capital=Decimal(rng.choice([500, 800, 1000, 1200, 2000, 3000]) * 10000),
            established=est,
            valid_until=terms[rng.randrange(len(terms))],
            address=address(rng, city),
            phone=phone(rng),
            bank=rng.choice(BANKS),
            account=account(rng),
        )
        self.projects: list[Project] = []
        self.tax: dict[str, str] = {}

    def project(
        self,
        pid: str,
        name: str,
        client: str,
        city: str,
        field: str,
        fees_wan: dict[str, float],
        step: int = 100,
        signed: tuple[int, int] = (3, 5),
        accepted: tuple[int, int] = (9, 12),
        cents: str = "",
    ) -> Project:
        rng = self.rng
        factor = rng.uniform(0.85, 1.2)
        fees = {k: Decimal(0) for k in FEE_KEYS}
        for k, v in fees_wan.items():
            fees[k] = Decimal(round(v * factor * 10000 / step) * step)
        if cents:
            fees[next(iter(fees_wan))] += Decimal(cents)
        s = day_in(rng, dt.date(Y, signed[0], 1), dt.date(Y, signed[1], 28))
        a = day_in(rng, dt.date(Y, accepted[0], 1), dt.date(Y, accepted[1], 20))
        p = Project(
            pid,
            name,
            papers.client(rng, client, city),
            s,
            a,
            field,
            AREAS[city][1],
            fees,
            number=f"{self.firm.city[:1].upper()}{rng.choice(['HM', 'TLF', 'SS', 'YW', 'BLK'])}-{Y}-{rng.randint(100, 999)}",
        )
        self.projects.append(p)
        self.tax[p.id] = credit_code(rng, AREAS[city][0]).replace("91", "11", 1)
        return p

    def row(
        self, p: Project | list[Project], pid: str | None = None, name: str | None = None, **over: Any
    ) -> dict[str, Any]:
        ps = p if isinstance(p, list) else [p]
        first = ps[0]
        fees = {k: sum((q.fees[k] for q in ps), Decimal(0)) for k in FEE_KEYS}
        services = sum((fees[k] for k in FEE_KEYS[:6]), Decimal(0))
        total = sum(fees.values(), Decimal(0))
        row = {
            "id": pid or first.id,
            "name": name or first.name,
            "client": first.client.name,
            "signed_on": first.signed.isoformat(),
            "accepted_on": max(q.accepted for q in ps).isoformat(),
            "field": first.field,
            "location": first.location,
            "fees": {k: money(v) for k, v in fees.items()},
            "services_total": money(services),
            "contract_amount": money(total),
        }
        row.update(over)
        return row

    def declaration(
        self,
        rows: list[dict[str, Any]],
        finance: list[dict[str, Any]],
        grade: str = "丁",
        tech: int | None = None,
    ) -> dict[str, Any]:
        rng = self.rng
        f = self.firm
        certs = [
            ("信息系统项目管理师", "高级"),
            ("系统集成项目管理工程师", "中级"),
            ("网络工程师", "中级"),
            ("信息安全工程师", "中级"),
            ("系统规划与管理师", "高级"),
        ]
        n = rng.randint(2, 4)
        return {
            "enterprise": {
                "name": f.name,
                "credit_code": f.credit_code,
                "legal_representative": f.legal_rep,
                "registered_capital": money(f.capital),
                "established_on": f.established.isoformat(),
                "grade": grade,
                "inspection_year": Y,
                "staff": {
                    "technical_total": tech if tech is not None else rng.randint(8, 18),
                    "certified_total": n,
                    "certificates": [
                        {
                            "holder": person(rng),
                            "certificate": c,
                            "level": lv,
                            "number": f"{'S' if lv == '高级' else 'M'}{rng.randint(2016, 2023)}{rng.randint(10000000, 99999999)}",
                        }
                        for c, lv in certs[:n]
                    ],
                },
            },
            "finance": finance,
            "projects": rows,
        }

    def finance(self, extra: Decimal = Decimal(0)) -> dict[str, Any]:
        rng = self.rng
        total = sum((p.amount for p in self.projects), Decimal(0))
        si = (total * Decimal(rng.uniform(1.05, 1.3)) + extra).quantize(Decimal("0.01"))
        revenue = (si * Decimal(rng.uniform(1.15, 1.5))).quantize(Decimal("0.01"))
        profit = (revenue * Decimal(rng.uniform(0.04, 0.09))).quantize(Decimal("0.01"))
        return {
            "year": Y,
            "operating_revenue": money(revenue),
            "system_integration_revenue": money(si),
            "net_profit": money(profit),
        }

    def audit(self, fin: dict[str, Any], unit: str, printed_profit: Decimal | None = None) -> Doc:
        return papers.audit_report(
            self.firm,
            self.rng,
            fin["year"],
            Decimal(fin["operating_revenue"]),
            Decimal(fin["system_integration_revenue"]),
            Decimal(fin["net_profit"]),
            unit,
            self.rng.choice(AUDIT_FIRMS),
            printed_profit=printed_profit,
        )

    def invoice(self, p: Project, share: float, paper: bool, total: Decimal | None = None) -> Doc:
        gross = (total if total is not None else p.amount) * Decimal(str(share))
        gross = gross.quantize(Decimal("0.01"))
        issued = p.accepted + dt.timedelta(days=self.rng.randint(3, 25))
        if issued.year > Y:
            issued = dt.date(Y, 12, self.rng.randint(21, 30))
        builder = papers.vat_paper if paper else papers.e_invoice
        return builder(p, self.firm, self.rng, gross, issued, self.tax[p.id])


def _wan_round(p: Project) -> Project:
    """Make every fee a whole 1000 yuan so 万元 with one decimal states it exactly."""
    p.fees = {k: Decimal(round(v / 1000) * 1000) for k, v in p.fees.items()}
    return p


# =========================================================================== scenarios


def dj01_hami_clean(out: Path, seed: int) -> str:
    """Clean: phone-photographed watermarked license, 技术开发合同 in 万元 only, framework + order, 数电票."""
    w = World(seed, "dj01", "哈密")
    rng = w.rng
    sub = Submission(out, "dj01_hami_clean", seed)
    p1 = _wan_round(
        w.project(
            "P1",
            "哈密市伊州区智慧社区综合管理平台技术开发项目",
            "哈密市伊州区东河街道办事处",
            "哈密",
            "党政",
            {"software_development": 98, "consulting_design": 12, "integration_implementation": 22.5},
            step=1000,
        )
    )
    p2 = w.project(
        "P2",
        "伊吾县淖毛湖镇雪亮工程视频监控联网项目",
        "伊吾县公安局",
        "伊吾",
        "党政",
        {"integration_implementation": 36, "hardware_purchase": 112, "software_purchase": 9.6},
    )
    fin = w.finance()
    lic = papers.license_unified(w.firm, rng, watermark="仅供年检使用")
    sub.images("营业执照", lic, rng, scan.phone(rng))
    sub.pdf("2024年度审计报告.pdf", [w.audit(fin, "元")], rng, scan.grey(rng, defects=["staple"]))
    c1 = papers.contract(p1, w.firm, rng, ContractStyle(kind="techdev", amount="wan", parties="table"))
    a1 = papers.acceptance(p1, w.firm, rng, "form", "同意验收")
    sub.pdf(
        "项目1/技术开发合同及验收单.pdf",
        [c1, a1],
        rng,
        scan.flatbed_colour(rng, dpi=300, defects=["holes", "crease"]),
    )
    c2 = papers.contract(p2, w.firm, rng, ContractStyle(kind="framework", amount="both"))
    sub.pdf("项目2/框架协议及订单.pdf", [c2], rng, scan.grey(rng, dpi=200))
    inv = w.invoice(p2, 0.6, paper=False)
    sub.pdf(f"项目2/dzfp_{inv.fields['invoice_number']}.pdf", [inv], rng)
    sub.declaration_json(w.declaration([w.row(p1), w.row(p2)], [fin]))
    return sub.finish(clean=True)


def dj02_turpan_merged_clean(out: Path, seed: int) -> str:
    """Clean: workbook in 万元, a merged row of two 运维 contracts, an amount with cents matched to 100 yuan, old license by fax."""
    w = World(seed, "dj02", "吐鲁番", old_firm=True)
    rng = w.rng
    sub = Submission(out, "dj02_turpan_merged_clean", seed)
    p1 = w.project(
        "P1",
        "吐鲁番市高昌区教育城域网升级改造及智慧校园平台建设项目",
        "吐鲁番市高昌区教育局",
        "吐鲁番",
        "教育",
        {"integration_implementation": 56, "software_development": 120, "hardware_purchase": 220},
        cents=str(rng.randint(1, 99) * 100 + rng.randint(1, 99)) + "." + f"{rng.randint(1, 99):02d}",
    )
    hospital = "吐鲁番市人民医院"
    p2a = w.project(
        "P2a",
        "吐鲁番市人民医院信息系统年度运行维护服务项目",
        hospital,
        "吐鲁番",
        "医疗卫生",
        {"operation_maintenance": 18.6},
        signed=(1, 2),
        accepted=(11, 12),
    )
    p2b = w.project(
        "P2b",
        "吐鲁番市人民医院机房及网络安全设备运行维护服务项目",
        hospital,
        "吐鲁番",
        "医疗卫生",
        {"operation_maintenance": 12.4, "data_processing": 3.2},
        signed=(1, 2),
        accepted=(11, 12),
    )
    p2b.client, p2b.signed, p2b.accepted = p2a.client, p2a.signed, p2a.accepted
    w.tax["P2"] = w.tax["P2a"]
    for p in (p2a, p2b):
        p.id = "P2"
    fin = w.finance()
    lic = papers.license_old(w.firm, rng)
    sub.images("营业执照副本", lic, rng, scan.Scanner("fax", dpi=200, skew_deg=rng.uniform(-2, 2)))
    sub.pdf("审计报告2024.pdf", [w.audit(fin, "万元")], rng, scan.flatbed_colour(rng, dpi=250))
    c1 = papers.contract(
        p1,
        w.firm,
        rng,
        ContractStyle(
            kind="integration", amount="both", parties="table", fee_table=True, two_column=True, serif=True
        ),
    )
    a1 = papers.acceptance(p1, w.firm, rng, "supervision", "验收合格", third=rng.choice(SUPERVISORS))
    sub.pdf("01 教育城域网合同+监理验收.pdf", [c1, a1], rng, scan.grey(rng, dpi=200, defects=["crop"]))
    c2a = papers.contract(
        p2a, w.firm, rng, ContractStyle(kind="consult", amount="both", handwritten_dates=False)
    )
    c2b = papers.contract(p2b, w.firm, rng, ContractStyle(kind="integration", amount="both", fee_table=True))
    sub.pdf("02 运维合同（一）.pdf", [c2a], rng)
    sub.pdf("02 运维合同（二）.pdf", [c2b], rng, scan.phone(rng))
    for p in (p2a, p2b):
        inv = w.invoice(p, 1.0, paper=False)
        sub.pdf(f"02 发票 {inv.fields['invoice_number'][-8:]}.pdf", [inv], rng)
    rows = [
        w.row(p1),
        w.row([p2a, p2b], pid="P2", name="吐鲁番市人民医院信息系统及网络安全设备运行维护服务项目（2项合并）"),
    ]
    decl = w.declaration(rows, [fin])
    declaration_xlsx(sub.dir / "declaration.xlsx", decl, unit="万元")
    return sub.finish(clean=True)


def dj03_shanshan_clean(out: Path, seed: int) -> str:
    """Clean: 技术咨询合同 priced only in capital numerals, a third-party test report, paper VAT invoice,
    all bound in one scan in the order invoice, report, contract; a 亿-size contract photographed by phone."""
    w = World(seed, "dj03", "鄯善")
    rng = w.rng
    sub = Submission(out, "dj03_shanshan_clean", seed)
    p1 = w.project(
        "P1",
        "鄯善县自然资源“一张图”数据治理咨询项目",
        "鄯善县自然资源局",
        "鄯善",
        "农林牧渔、水利",
        {"consulting_design": 64, "data_processing": 38.5},
        step=1000,
    )
    p2 = w.project(
        "P2",
        "新疆哈密三塘湖矿区智慧矿山综合管控平台及配套硬件建设项目",
        "新疆哈密三塘湖能源开发建设有限责任公司",
        "哈密",
        "能源",
        {
            "software_development": 1480,
            "integration_implementation": 620,
            "hardware_purchase": 9650,
            "software_purchase": 480,
        },
        step=10000,
    )
    fin = w.finance()
    sub.images(
        "执照",
        papers.license_unified(w.firm, rng, capital_words=False),
        rng,
        scan.flatbed_colour(rng, dpi=300, defects=["crop"]),
    )
    sub.pdf("审计/2024审计报告.pdf", [w.audit(fin, "千元")], rng, scan.grey(rng, dpi=200, defects=["staple"]))
    c1 = papers.contract(p1, w.firm, rng, ContractStyle(kind="consult", amount="words", landscape_fees=True))
    t1 = papers.acceptance(p1, w.firm, rng, "test", "验收合格", third=rng.choice(TEST_LABS))
    inv1 = w.invoice(p1, 0.5, paper=True)
    fl = scan.flatbed_colour(rng, dpi=200)
    fl.skew_deg = rng.choice((-1, 1)) * rng.uniform(2.0, 3.0)
    sub.pdf("鄯善县自然资源局.pdf", [inv1, t1, c1], rng, fl)
    c2 = papers.contract(
        p2, w.firm, rng, ContractStyle(kind="integration", amount="yi", parties="lines", fee_table=True)
    )
    sub.pdf("三塘湖智慧矿山合同（手机拍照）.pdf", [c2], rng, scan.phone(rng))
    a2 = papers.acceptance(p2, w.firm, rng, "letter", "基本合格")
    sub.images("三塘湖验收意见", a2, rng, scan.flatbed_colour(rng, dpi=200), fmt="png")
    sub.declaration_json(w.declaration([w.row(p1), w.row(p2)], [fin], grade="丙", tech=rng.randint(22, 30)))
    return sub.finish(clean=True)


def dj04_yiwu_words_not_passed(out: Path, seed: int) -> str:
    """AMOUNT_WORDS_MISMATCH on P1's contract; P2's acceptance says 整改后复验 (ACCEPTANCE_NOT_PASSED)."""
    w = World(seed, "dj04", "伊吾")
    rng = w.rng
    sub = Submission(out, "dj04_yiwu_words_not_passed", seed)
    p1 = w.project(
        "P1",
        "伊吾县人民医院远程会诊与影像归档系统建设项目",
        "伊吾县人民医院",
        "伊吾",
        "医疗卫生",
        {"software_development": 86, "integration_implementation": 28, "hardware_purchase": 130.5},
        step=1000,
    )
    p2 = w.project(
        "P2",
        "伊吾县胡杨林景区智慧旅游票务系统",
        "伊吾县文化体育广播电视和旅游局",
        "伊吾",
        "文化、体育、娱乐",
        {"software_development": 42, "hardware_purchase": 25.8},
    )
    fin = w.finance()
    sub.pdf("营业执照.pdf", [papers.license_unified(w.firm, rng)], rng, scan.grey(rng, dpi=200))
    sub.pdf("审计报告.pdf", [w.audit(fin, "元")], rng, scan.flatbed_colour(rng, dpi=200))
    wrong_words = p1.amount - Decimal(rng.choice([405000, 90000, 1000000]))
    c1 = papers.contract(
        p1,
        w.firm,
        rng,
        ContractStyle(kind="integration", amount="both", fee_table=True),
        words_amount=wrong_words,
    )
    a1 = papers.acceptance(p1, w.firm, rng, "form", "验收合格")
    sub.pdf("P1-远程会诊合同及验收.pdf", [c1, a1], rng, scan.flatbed_colour(rng, dpi=300, defects=["staple"]))
    sub.finding(
        "AMOUNT_WORDS_MISMATCH", c1, "P1", f"大写 {capital(wrong_words)} ≠ 小写 ¥{figures(p1.amount)}"
    )
    c2 = papers.contract(p2, w.firm, rng, ContractStyle(kind="techdev", amount="both"))
    a2 = papers.acceptance(p2, w.firm, rng, "form", "整改后复验")
    sub.pdf("P2-票务系统合同.pdf", [c2], rng, scan.phone(rng))
    sub.images("P2-验收单", a2, rng, scan.phone(rng))
    sub.finding("ACCEPTANCE_NOT_PASSED", a2, "P2", "验收结论：整改后复验（本次验收不予通过）")
    sub.declaration_json(w.declaration([w.row(p1), w.row(p2)], [fin]))
    return sub.finish(clean=False)


def dj05_barkol_party_date(out: Path, seed: int) -> str:
    """PARTY_MISMATCH (P1's 受托方 is another company); DATE_MISMATCH (P2 signed two months before the declared date)."""
    w = World(seed, "dj05", "巴里坤", old_firm=True)
    rng = w.rng
    sub = Submission(out, "dj05_barkol_party_date", seed)
    p1 = w.project(
        "P1",
        "巴里坤哈萨克自治县智慧畜牧养殖监测系统技术开发项目",
        "巴里坤哈萨克自治县畜牧兽医发展中心",
        "巴里坤",
        "农林牧渔、水利",
        {"software_development": 74, "self_made_hardware": 18, "hardware_purchase": 33},
    )
    p2 = w.project(
        "P2",
        "巴里坤哈萨克自治县融媒体中心（县广播电视台）应急广播体系及融媒体指挥调度平台建设项目",
        "巴里坤哈萨克自治县融媒体中心（县广播电视台）",
        "巴里坤",
        "文化、体育、娱乐",
        {"integration_implementation": 45, "software_development": 30, "hardware_purchase": 96},
        signed=(5, 6),
    )
    fin = w.finance()
    sub.images("license", papers.license_old(w.firm, rng), rng, scan.phone(rng))
    sub.pdf("audit_2024.pdf", [w.audit(fin, "万元")], rng, scan.grey(rng, dpi=200, defects=["holes"]))
    other = firm_name(rng, "哈密")
    while other == w.firm.name:
        other = firm_name(rng, "哈密")
    c1 = papers.contract(
        p1, w.firm, rng, ContractStyle(kind="techdev", amount="both", parties="table"), party_b=other
    )
    a1 = papers.acceptance(p1, w.firm, rng, "letter", "同意验收")
    sub.pdf("畜牧监测/合同.pdf", [c1], rng, scan.flatbed_colour(rng, dpi=250, defects=["crease"]))
    sub.images("畜牧监测/验收意见", a1, rng, scan.grey(rng, dpi=200))
    sub.finding("PARTY_MISMATCH", c1, "P1", f"受托方（乙方）为{other}，不是申报企业", at=0)
    early = p2.signed - dt.timedelta(days=rng.randint(55, 75))
    c2 = papers.contract(
        p2,
        w.firm,
        rng,
        ContractStyle(kind="integration", amount="both", fee_table=True, serif=True),
        signed=early,
    )
    a2 = papers.acceptance(p2, w.firm, rng, "supervision", "同意验收", third=rng.choice(SUPERVISORS))
    sub.pdf("融媒体/合同+验收.pdf", [c2, a2], rng, scan.faxlike(rng))
    sub.finding(
        "DATE_MISMATCH", c2, "P2", f"合同签订 {early.isoformat()}，申报 {p2.signed.isoformat()}", which=-1
    )
    decl = w.declaration([w.row(p1), w.row(p2)], [fin])
    declaration_xlsx(sub.dir / "declaration.xlsx", decl, unit="元")
    return sub.finish(clean=False)


def dj06_hami_license_audit(out: Path, seed: int) -> str:
    """LICENSE_EXPIRED (营业期限 ended 2024-06-30); AUDIT_FIGURE_MISMATCH (net profit in the statement differs)."""
    w = World(seed, "dj06", "哈密")
    rng = w.rng
    w.firm = replace(w.firm, established=dt.date(2014, 7, 1), valid_until=dt.date(2024, 6, 30))
    sub = Submission(out, "dj06_hami_license_audit", seed)
    p1 = w.project(
        "P1",
        "哈密市中心医院HIS系统运维服务项目",
        "哈密市中心医院",
        "哈密",
        "医疗卫生",
        {"operation_maintenance": 46, "data_processing": 12},
    )
    p2 = w.project(
        "P2",
        "国网哈密供电公司营销业务数据中台建设项目",
        "国网新疆电力有限公司哈密供电公司",
        "哈密",
        "能源",
        {"software_development": 88, "consulting_design": 15, "software_purchase": 22},
    )
    fin = w.finance()
    lic = papers.license_unified(w.firm, rng)
    sub.images("营业执照（副本）", lic, rng, scan.flatbed_colour(rng, dpi=200), fmt="png")
    sub.finding("LICENSE_EXPIRED", lic, note="营业期限至2024年06月30日")
    wrong = (Decimal(fin["net_profit"]) * Decimal("0.55")).quantize(Decimal(1000))
    aud = w.audit(fin, "万元", printed_profit=wrong)
    sub.pdf("2024年审计报告（扫描）.pdf", [aud], rng, scan.grey(rng, dpi=200, defects=["staple", "crease"]))
    sub.finding("AUDIT_FIGURE_MISMATCH", aud, note=f"利润表净利润 {wrong} 元 ≠ 申报 {fin['net_profit']}")
    c1 = papers.contract(
        p1, w.firm, rng, ContractStyle(kind="integration", amount="wan_words", fee_table=True)
    )
    inv1 = w.invoice(p1, 0.5, paper=True)
    sub.pdf("HIS运维/合同.pdf", [c1], rng)
    sub.images("HIS运维/发票", inv1, rng, scan.phone(rng))
    c2 = papers.contract(
        p2, w.firm, rng, ContractStyle(kind="techdev", amount="both", parties="table", fee_table=True)
    )
    a2 = papers.acceptance(p2, w.firm, rng, "test", "同意验收", third=rng.choice(TEST_LABS))
    sub.pdf(
        "数据中台-合同及第三方测试报告.pdf",
        [c2, a2],
        rng,
        scan.flatbed_colour(rng, dpi=300, defects=["holes"]),
    )
    sub.declaration_json(w.declaration([w.row(p1), w.row(p2)], [fin]))
    return sub.finish(clean=False)


def dj07_turpan_fee_office(out: Path, seed: int) -> str:
    """FEE_MISMATCH (P1's 分项报价 splits the same total differently); a quotation .xlsx and an acceptance
    .docx uploaded as attachments (FILE_UNREADABLE: not a supported attachment type, CONTRACT 1)."""
    w = World(seed, "dj07", "托克逊")
    rng = w.rng
    sub = Submission(out, "dj07_turpan_fee_office", seed)
    p1 = w.project(
        "P1",
        "托克逊县城市运行管理服务平台（一期）建设项目",
        "托克逊县住房和城乡建设局",
        "托克逊",
        "公用事业",
        {"software_development": 96, "integration_implementation": 24, "hardware_purchase": 68},
    )
    p2 = w.project(
        "P2",
        "吐鲁番市公安局交通警察支队电子警察系统运维服务项目",
        "吐鲁番市公安局交通警察支队",
        "吐鲁番",
        "交通",
        {"operation_maintenance": 38.4},
    )
    fin = w.finance()
    sub.images(
        "营业执照",
        papers.license_unified(w.firm, rng, watermark="仅供年检使用"),
        rng,
        scan.flatbed_colour(rng, dpi=250),
    )
    sub.pdf("审计报告.pdf", [w.audit(fin, "元")], rng, scan.grey(rng))
    shift = Decimal(rng.choice([200000, 300000, 150000]))
    fees = dict(p1.fees)
    fees["software_development"] -= shift
    fees["integration_implementation"] += shift
    c1 = papers.contract(
        p1,
        w.firm,
        rng,
        ContractStyle(
            kind="integration", amount="both", fee_table=False, landscape_fees=True, two_column=True
        ),
        fees=fees,
    )
    a1 = papers.acceptance(p1, w.firm, rng, "form", "验收合格")
    sub.pdf("城管平台/合同.pdf", [c1], rng, scan.flatbed_colour(rng, dpi=200, defects=["staple"]))
    sub.images("城管平台/验收单", a1, rng, scan.phone(rng), fmt="png")
    sub.finding(
        "FEE_MISMATCH",
        c1,
        "P1",
        f"软件开发费 合同 {money(fees['software_development'])} ≠ 申报 {money(p1.fees['software_development'])}；集成实施费 合同 {money(fees['integration_implementation'])}",
        which=0,
    )
    sub.extra_file("城管平台/分项报价清单.xlsx", quote_xlsx(replace(p1, fees=fees), w.firm.name))
    sub.finding("FILE_UNREADABLE", note="分项报价清单.xlsx: not a supported attachment type", page=False)
    sub.findings[-1]["file"] = "城管平台/分项报价清单.xlsx"
    c2 = papers.contract(p2, w.firm, rng, ContractStyle(kind="consult", amount="both"))
    inv2 = w.invoice(p2, 0.7, paper=False)
    sub.pdf("电子警察运维/合同.pdf", [c2], rng, scan.grey(rng, dpi=200))
    sub.pdf("电子警察运维/发票.pdf", [inv2], rng)
    sub.extra_file(
        "电子警察运维/验收报告.docx", acceptance_docx(p2, w.firm.name, cn_date(p2.accepted), "同意验收")
    )
    sub.finding("FILE_UNREADABLE", note="验收报告.docx: not a supported attachment type", page=False)
    sub.findings[-1]["file"] = "电子警察运维/验收报告.docx"
    decl = w.declaration([w.row(p1), w.row(p2)], [fin])
    declaration_xlsx(sub.dir / "declaration.xlsx", decl, unit="万元")
    return sub.finish(clean=False)


def dj08_shanshan_duplicate_seal(out: Path, seed: int) -> str:
    """DUPLICATE_DOCUMENT (P1's acceptance scan uploaded again in P2's folder); SEAL_MISSING (P3's 验收单 unstamped)."""
    w = World(seed, "dj08", "鄯善")
    rng = w.rng
    sub = Submission(out, "dj08_shanshan_duplicate_seal", seed)
    p1 = w.project(
        "P1",
        "鄯善县楼兰东路智慧停车管理系统建设项目",
        "鄯善县城市管理局",
        "鄯善",
        "公用事业",
        {"software_development": 36, "integration_implementation": 18, "hardware_purchase": 72},
    )
    p2 = w.project(
        "P2",
        "鄯善县第一中学智慧教室改造项目",
        "鄯善县教育局",
        "鄯善",
        "教育",
        {"integration_implementation": 22, "hardware_purchase": 84},
    )
    p3 = w.project(
        "P3",
        "鄯善县库木塔格沙漠景区安防监控系统升级项目",
        "鄯善县库木塔格沙漠风景名胜区管理委员会",
        "鄯善",
        "文化、体育、娱乐",
        {"integration_implementation": 16, "hardware_purchase": 39},
    )
    fin = w.finance()
    sub.pdf("营业执照.pdf", [papers.license_unified(w.firm, rng)], rng, scan.flatbed_colour(rng, dpi=200))
    sub.pdf("审计报告.pdf", [w.audit(fin, "元")], rng, scan.grey(rng, dpi=200))
    c1 = papers.contract(p1, w.firm, rng, ContractStyle(kind="integration", amount="both", fee_table=True))
    a1 = papers.acceptance(p1, w.firm, rng, "form", "同意验收")
    sub.pdf("1停车系统/合同.pdf", [c1], rng, scan.grey(rng))
    sub.pdf("1停车系统/验收单.pdf", [a1], rng, scan.flatbed_colour(rng, dpi=200))
    c2 = papers.contract(p2, w.firm, rng, ContractStyle(kind="integration", amount="both", parties="table"))
    sub.pdf("2智慧教室/合同.pdf", [c2], rng, scan.flatbed_colour(rng, dpi=200, defects=["holes"]))
    sub.copy_of("1停车系统/验收单.pdf", "2智慧教室/验收单.pdf", a1)
    sub.finding(
        "DUPLICATE_DOCUMENT",
        note="1停车系统/验收单.pdf and 2智慧教室/验收单.pdf are the same scan (P1's acceptance)",
        page=False,
    )
    inv2 = w.invoice(p2, 0.4, paper=False)
    sub.pdf("2智慧教室/发票.pdf", [inv2], rng)
    c3 = papers.contract(p3, w.firm, rng, ContractStyle(kind="integration", amount="wan_words"))
    a3 = papers.acceptance(p3, w.firm, rng, "form", "验收合格", seals=False)
    sub.pdf("3景区安防/合同及验收.pdf", [c3, a3], rng, scan.phone(rng))
    sub.finding("SEAL_MISSING", a3, "P3", "验收单建设单位、承建单位处均无印章")
    sub.declaration_json(w.declaration([w.row(p1), w.row(p2), w.row(p3)], [fin]))
    return sub.finish(clean=False)


def dj09_yiwu_tamper_textlayer(out: Path, seed: int) -> str:
    """IMAGE_TAMPERED (P1's price line pasted from another scan); TEXT_LAYER_MISMATCH on P2 (hidden OCR layer
    says the declared amount, the image shows another), so AMOUNT_MISMATCH too."""
    w = World(seed, "dj09", "伊吾")
    rng = w.rng
    sub = Submission(out, "dj09_yiwu_tamper_textlayer", seed)
    p1 = w.project(
        "P1",
        "伊吾县政务服务中心一体化政务服务平台建设项目",
        "伊吾县政务服务和公共资源交易中心",
        "伊吾",
        "党政",
        {"software_development": 78, "integration_implementation": 20, "hardware_purchase": 64},
        step=1000,
    )
    p2 = w.project(
        "P2",
        "伊吾县下马崖乡光伏电站远程监控系统",
        "新疆伊吾能源开发有限公司",
        "伊吾",
        "能源",
        {"software_development": 32, "hardware_purchase": 58, "self_made_hardware": 14},
    )
    fin = w.finance()
    sub.images(
        "营业执照", papers.license_unified(w.firm, rng, watermark="仅供年检使用"), rng, scan.phone(rng)
    )
    sub.pdf("审计报告.pdf", [w.audit(fin, "万元")], rng, scan.grey(rng))
    # P1: the contract really says less; the price line was replaced with one from another scan
    true_amount = p1.amount - Decimal(rng.choice([380000, 520000, 265000]))
    style1 = ContractStyle(kind="integration", amount="wan")
    seed1 = rng.randrange(10**9)
    c1_true = papers.contract(p1, w.firm, random.Random(seed1), style1, amount=true_amount)
    c1 = papers.contract(p1, w.firm, random.Random(seed1), style1)
    sc1 = scan.flatbed_colour(rng, dpi=200)
    sc1.skew_deg = 0.0
    c1_true.fields = c1.fields
    c1_true.key_pages = c1.key_pages
    c1_true.note = "price line pasted"
    patch_src = c1.pdf
    key = c1.key_pages[0]
    page_rect = patch_src[key].search_for("合同总价为")
    label_y = page_rect[0] if page_rect else fitz.Rect(60, 300, 100, 312)

    def paste(i: int, im: Image.Image) -> Image.Image:
        if i != key:
            return im
        dpi = sc1.dpi
        k = dpi / 72
        other = scan.Scanner("grey", dpi=dpi).apply(patch_src[key], random.Random(seed1 + 1)).convert("RGB")
        x0, y0 = int(55 * k), int((label_y.y0 - 4) * k)
        x1, y1 = int(545 * k), int((label_y.y1 + 4) * k)
        region = other.crop((x0, y0, x1, y1))
        buf = io.BytesIO()
        region.save(buf, format="JPEG", quality=55)
        region = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
        arr = np.asarray(region).astype(np.int16) + 6
        im = im.convert("RGB")
        im.paste(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)), (x0, y0))
        return im

    a1 = papers.acceptance(p1, w.firm, rng, "letter", "同意验收")
    sub.pdf("政务平台合同及验收.pdf", [c1_true, a1], rng, sc1, post={id(c1_true): paste})
    sub.finding(
        "IMAGE_TAMPERED", c1_true, "P1", f"合同总价一行由另一扫描件粘贴（原文 ¥{figures(true_amount)}）"
    )
    # P2: the image shows the real price; the searchable-PDF text layer under it shows the declared one
    shown = p2.amount + Decimal(rng.choice([150000, 240000, 310000]))
    c2 = papers.contract(
        p2, w.firm, rng, ContractStyle(kind="techdev", amount="both", fee_table=False), amount=shown
    )
    a2 = papers.acceptance(p2, w.firm, rng, "form", "同意验收")
    repl = {figures(shown): figures(p2.amount), capital(shown): capital(p2.amount)}
    sub.pdf(
        "光伏监控合同（可搜索PDF）.pdf",
        [c2, a2],
        rng,
        scan.flatbed_colour(rng, dpi=200),
        hidden_text={id(c2): repl},
    )
    sub.finding("TEXT_LAYER_MISMATCH", c2, "P2", f"文字层 ¥{figures(p2.amount)}，图像 ¥{figures(shown)}")
    sub.finding("AMOUNT_MISMATCH", c2, "P2", f"合同 {money(shown)} ≠ 申报 {money(p2.amount)}")
    sub.declaration_json(w.declaration([w.row(p1), w.row(p2)], [fin]))
    return sub.finish(clean=False)


def dj10_barkol_pdf_edit_form(out: Path, seed: int) -> str:
    """PDF_EDITED (P1's born-digital contract got its price in an incremental save by an editor);
    DECLARATION_FORM_MISMATCH (the stamped form's technical staff count differs); ACCEPTANCE_OUT_OF_PERIOD (P2 accepted in 2025)."""
    w = World(seed, "dj10", "巴里坤")
    rng = w.rng
    sub = Submission(out, "dj10_barkol_pdf_edit_form", seed)
    p1 = w.project(
        "P1",
        "巴里坤哈萨克自治县农业农村局高标准农田信息化监管平台项目",
        "巴里坤哈萨克自治县农业农村局",
        "巴里坤",
        "农林牧渔、水利",
        {"software_development": 58, "data_processing": 14, "hardware_purchase": 40},
    )
    p2 = w.project(
        "P2",
        "哈密市伊州区数字乡村综合服务平台建设项目",
        "哈密市伊州区农业农村局",
        "哈密",
        "农林牧渔、水利",
        {"software_development": 44, "integration_implementation": 16},
    )
    p2.accepted = dt.date(Y + 1, 1, rng.randint(8, 24))
    fin = w.finance()
    sub.images("营业执照", papers.license_unified(w.firm, rng), rng, scan.grey(rng, dpi=200))
    sub.pdf("审计报告.pdf", [w.audit(fin, "元")], rng, scan.flatbed_colour(rng, dpi=200, defects=["staple"]))
    style = ContractStyle(kind="integration", amount="both", fee_table=True)
    c1 = papers.contract(p1, w.firm, rng, style, blank_amount=True)
    path = sub.pdf("高标准农田平台合同（电子版）.pdf", [c1], rng, producer="Microsoft® Word 2016")
    price, amt_fields = papers._amount_text("both", p1.amount)
    doc = fitz.open(path)
    page = doc[c1.key_pages[0]]
    hits = page.search_for("合同总价：")
    at = hits[0] if hits else fitz.Rect(60, 300, 120, 312)
    mixed(page, at.x1 + 2, at.y1 - 2.2, price + "。", 10.5)
    doc.set_metadata(
        {
            **(doc.metadata or {}),
            "producer": "Adobe Acrobat Pro DC 2021.001.20145",
            "modDate": "D:20250218103212+08'00'",
        }
    )
    doc.saveIncr()
    doc.close()
    c1.fields.update(amt_fields)
    sub.finding("PDF_EDITED", c1, "P1", "incremental save by Acrobat added the price on the key page")
    a1 = papers.acceptance(p1, w.firm, rng, "letter", "验收合格")
    sub.images("高标准农田验收意见", a1, rng, scan.phone(rng))
    c2 = papers.contract(p2, w.firm, rng, ContractStyle(kind="techdev", amount="wan_words"))
    a2 = papers.acceptance(p2, w.firm, rng, "form", "同意验收")
    sub.pdf("数字乡村合同+验收.pdf", [c2, a2], rng, scan.faxlike(rng))
    sub.finding("ACCEPTANCE_OUT_OF_PERIOD", a2, "P2", f"验收日期 {p2.accepted.isoformat()} 不在 {Y} 年度")
    decl = w.declaration([w.row(p1), w.row(p2)], [fin])
    tech = decl["enterprise"]["staff"]["technical_total"]
    form_tech = tech + rng.choice([-4, 6, 10])
    df = papers.declaration_form(decl, w.firm, rng, technical_total=form_tech)
    sub.pdf("申报表盖章版.pdf", [df], rng, scan.flatbed_colour(rng, dpi=200))
    sub.finding("DECLARATION_FORM_MISMATCH", df, note=f"盖章版技术人员总数 {form_tech}，申报 {tech}")
    sub.declaration_json(decl)
    return sub.finish(clean=False)


SCENARIOS = [
    dj01_hami_clean,
    dj02_turpan_merged_clean,
    dj03_shanshan_clean,
    dj04_yiwu_words_not_passed,
    dj05_barkol_party_date,
    dj06_hami_license_audit,
    dj07_turpan_fee_office,
    dj08_shanshan_duplicate_seal,
    dj09_yiwu_tamper_textlayer,
    dj10_barkol_pdf_edit_form,
]
