"""Building blocks shared by the scenarios: a firm with its licence and audit report, contracts,
acceptance papers and invoices placed into files, each registered in the truth as it is written."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from PIL import Image

from . import templates as T
from .build import YEAR, Scenario
from .draw import A4, A4_LANDSCAPE, ImagePainter
from .files import PdfFile, save_jpeg, sheet
from .ids import credit_code
from .money import capital, q2, s2
from .scan import ScanSettings, photograph, scan, settings_for
from .world import Client, Firm, client, date_between, firm, person, project_name, staff

AUDIT_FIRMS = (
    "新疆天山正信会计师事务所有限公司",
    "塔城华信有限责任会计师事务所",
    "新疆驰远天合有限责任会计师事务所",
    "新疆弘正联合会计师事务所(普通合伙)",
)
AUTHORITY = {
    "塔城市": "塔城市市场监督管理局",
    "乌苏市": "乌苏市市场监督管理局",
    "沙湾市": "沙湾市市场监督管理局",
    "额敏县": "额敏县市场监督管理局",
    "托里县": "托里县市场监督管理局",
    "裕民县": "裕民县市场监督管理局",
    "和布克赛尔县": "和布克赛尔蒙古自治县市场监督管理局",
}


def new_firm(sc: Scenario, place: str, grade: str = "丁") -> Firm:
    f = firm(sc.rng, place)
    staff(sc.rng, f, grade)
    return f


def licence_of(f: Firm, rng: random.Random, **over) -> T.Licence:
    lic = T.Licence(
        name=f.name,
        credit_code=f.credit_code,
        reg_no=f.reg_no,
        legal_rep=f.legal_rep,
        capital=f.capital,
        established=f.established,
        valid_until=None,
        address=f.address,
        authority=AUTHORITY[f.place],
        issued=date_between(rng, dt.date(2020, 1, 1), dt.date(2024, 12, 31)),
    )
    for k, v in over.items():
        setattr(lic, k, v)
    return lic


def licence_fields(lic: T.Licence) -> dict:
    return {
        "company_name": lic.name,
        "credit_code": lic.credit_code,
        "legal_representative": lic.legal_rep,
        "registered_capital": s2(lic.capital),
        "company_type": lic.company_type,
        "established_on": lic.established.isoformat(),
        "valid_until": "长期" if lic.valid_until is None else lic.valid_until.isoformat(),
        "address": lic.address,
    }


def old_licence_fields(lic: T.Licence) -> dict:
    d = licence_fields(lic)
    d.pop("credit_code")
    return d


def licence_pdf(sc: Scenario, lic: T.Licence, name: str, mode: str = "vector") -> tuple[PdfFile, int]:
    """The licence as its own PDF: born-digital with the 仅供资质年检使用 watermark, or scanned."""
    pdf = PdfFile(name)
    if mode == "vector":
        pdf.vector(T.licence_new, lic, sc.rng, watermark=True, size=A4_LANDSCAPE)
    else:
        st = settings_for(sc.rng, mode)
        pdf.scanned(
            scan(sheet(T.licence_new, lic, sc.rng, size=A4_LANDSCAPE, dpi=st.dpi).img, sc.rng, st),
            st.dpi,
            st.quality,
        )
    sc.doc(name, [pdf.count], "business_license", licence_fields(lic), scanned=mode != "vector")
    return pdf, pdf.count


def licence_photo(sc: Scenario, lic: T.Licence, name: str) -> None:
    """A phone photo of the licence, taken sideways, with glare, a cable and a thumb."""
    p = sheet(T.licence_new, lic, sc.rng, size=A4_LANDSCAPE, dpi=150)
    img = photograph(p.img, sc.rng, sideways=True)
    save_jpeg(img, sc.sub / name, sc.rng.randint(80, 90), 150)
    sc.doc(name, [1], "business_license", licence_fields(lic), scanned=True)


def make_audit(sc: Scenario, f: Firm, revenue: Decimal, si: Decimal, profit: Decimal, **over) -> T.Audit:
    rng = sc.rng
    firm_name = rng.choice(AUDIT_FIRMS)
    prefix = {
        "新疆天山正信会计师事务所有限公司": "新天正",
        "塔城华信有限责任会计师事务所": "塔华信",
        "新疆驰远天合有限责任会计师事务所": "新驰天",
        "新疆弘正联合会计师事务所(普通合伙)": "新弘正",
    }[firm_name]
    au = T.Audit(
        company=f.name,
        firm=firm_name,
        number=f"{prefix}审字〔{YEAR + 1}〕第{rng.randint(12, 480):04d}号",
        year=YEAR,
        signed=date_between(rng, dt.date(YEAR + 1, 2, 20), dt.date(YEAR + 1, 4, 15)),
        cpas=(person(rng, 0.1), person(rng, 0.1)),
        revenue=revenue,
        profit=profit,
        si_revenue=si,
        prev_revenue=q2(revenue * Decimal(str(round(rng.uniform(0.72, 0.93), 3)))),
        prev_profit=q2(profit * Decimal(str(round(rng.uniform(0.6, 0.9), 3)))),
    )
    for k, v in over.items():
        setattr(au, k, v)
    return au


def printed(v: Decimal, unit: str) -> Decimal:
    """The value a statement in ``unit`` shows, back in yuan."""
    return q2(v / 1000) * 1000 if unit == "千元" else q2(v)


def audit_file(sc: Scenario, au: T.Audit, name: str, mode: str = "vector") -> tuple[PdfFile, list[int]]:
    """The audit report: the opinion page and the 利润表 with its revenue note."""
    pdf = PdfFile(name)
    if mode == "vector":
        pdf.vector(T.audit_opinion, au, sc.rng)
        pdf.vector(T.income_statement, au, sc.rng)
    else:
        for tpl in (T.audit_opinion, T.income_statement):
            st = settings_for(sc.rng, mode)
            pdf.scanned(scan(sheet(tpl, au, sc.rng, dpi=st.dpi).img, sc.rng, st), st.dpi, st.quality)
    sc.doc(
        name,
        [1, 2],
        "audit_report",
        {
            "audit_firm": au.firm,
            "report_number": au.number,
            "fiscal_year": au.year,
            "opinion": "unqualified",
            "operating_revenue": s2(printed(au.revenue, au.unit)),
            "net_profit": s2(printed(au.profit, au.unit)),
            "system_integration_revenue": s2(printed(au.si_revenue, au.unit)),
            "consolidated": au.consolidated,
        },
        scanned=mode != "vector",
    )
    return pdf, [1, 2]


def finance_for(sc: Scenario, f: Firm, project_total: Decimal, **audit_over) -> T.Audit:
    """Declared finance that the audit report backs (same figures, to the fen)."""
    rng = sc.rng
    si = (
        q2(project_total * Decimal(str(round(rng.uniform(1.3, 2.2), 3))))
        + Decimal(rng.randint(0, 99999)) / 100
    )
    revenue = q2(si * Decimal(str(round(rng.uniform(1.1, 1.45), 3))))
    profit = q2(revenue * Decimal(str(round(rng.uniform(0.03, 0.09), 4))))
    sc.finance(revenue, si, profit)
    return make_audit(sc, f, revenue, si, profit, **audit_over)


# ------------------------------------------------------------------ projects


def contract_number(rng: random.Random, c: Client, kind: str) -> str:
    ab = {"gov": "ZFCG", "service": "JSFW", "build": "XXH", "quote": "XTJC"}[kind]
    return rng.choice(
        (
            f"{ab}-{YEAR}-{rng.randint(1, 199):03d}",
            f"TC{c.place[:1]}{YEAR}{rng.randint(100, 999)}",
            f"{YEAR}{ab}{rng.randint(1000, 9999)}",
        )
    )


def make_contract(
    sc: Scenario,
    f: Firm,
    cl: Client,
    pname: str,
    fees: dict[str, Decimal],
    kind: str,
    signed: dt.date,
    **over,
) -> T.Contract:
    amount = sum(fees.values(), Decimal(0))
    c = T.Contract(
        kind=kind,
        project=pname,
        number=contract_number(sc.rng, cl, kind),
        party_a=cl.name,
        party_b=f.name,
        amount=amount,
        words=capital(amount),
        signed=signed,
        place=cl.place,
        a_rep=person(sc.rng),
        b_rep=f.legal_rep if sc.rng.random() < 0.6 else person(sc.rng),
        fees=dict(fees),
        pay=sc.rng.choice(((30, 60, 10), (40, 55, 5), (50, 45, 5), (30, 65, 5))),
    )
    for k, v in over.items():
        setattr(c, k, v)
    return c


def contract_fields(c: T.Contract) -> dict:
    d: dict[str, str | dict[str, str]] = {
        "project_name": c.project,
        "contract_number": c.number,
        "party_a": c.party_a,
        "party_b": c.seal_b_name or c.party_b,
        "contract_amount": s2(c.amount),
        "amount_in_words": c.words,
        "signed_on": c.signed.isoformat(),
    }
    if c.fee_style in ("table", "prose", "quote"):
        d["fees"] = {k: s2(v) for k, v in c.fees.items()}
    return d


def contract_pages(c: T.Contract, rng: random.Random, one_page: bool = False) -> list:
    """The templates of the contract's key pages, in order."""
    if one_page:
        return [lambda p, c=c: T.contract_body(p, c, rng, one_page=True)]
    pages = [lambda p, c=c: T.contract_body(p, c, rng), lambda p, c=c: T.contract_signature_page(p, c, rng)]
    if c.fee_style == "quote":
        pages.append(lambda p, c=c: T.quote_list(p, c, rng))
    return pages


def put_pages(
    pdf: PdfFile, templates: list, rng: random.Random, mode: str, rotations: list[int] | None = None
) -> list[int]:
    """Put pages into ``pdf``: born-digital (mode "vector") or scanned with the given rotations."""
    out = []
    for i, tpl in enumerate(templates):
        if mode == "vector":
            pdf.vector(tpl)
        else:
            rot = rotations[i] if rotations else 0
            st = settings_for(rng, mode, rotate=rot)
            p = ImagePainter(A4, st.dpi)
            tpl(p)
            pdf.scanned(scan(p.img, rng, st), st.dpi, st.quality)
        out.append(pdf.count)
    return out


def acceptance_of(
    sc: Scenario,
    c: T.Contract,
    date: dt.date,
    title: str = "项目验收报告",
    conclusion: str = "验收合格",
    **over,
) -> T.Acceptance:
    rng = sc.rng
    experts = [
        (
            person(rng, 0.3),
            rng.choice(
                (
                    "塔城地区信息中心",
                    "塔城职业技术学院",
                    f"{c.place}数据局",
                    "新疆大学",
                    "塔城地区电子政务中心",
                )
            ),
            rng.choice(("高级工程师", "工程师", "副教授")),
        )
        for _ in range(rng.randint(3, 5))
    ]
    opinion = rng.choice(
        (
            "验收组听取了承建单位的项目建设汇报，现场查看了系统运行情况，审阅了项目文档。项目按合同要求完成了全部建设内容，系统功能完整，运行稳定，文档资料齐全。",
            "经验收专家组现场检查、功能测试及资料审查，项目建设内容与合同一致，设备到货安装规范，系统试运行期间运行正常，满足设计要求。",
        )
    )
    a = T.Acceptance(
        title=title,
        project=c.project,
        party_a=c.party_a,
        party_b=c.seal_b_name or c.party_b,
        date=date,
        conclusion=conclusion,
        opinion=opinion,
        experts=experts,
        number=c.number if rng.random() < 0.5 else "",
    )
    for k, v in over.items():
        setattr(a, k, v)
    return a


def acceptance_fields(a: T.Acceptance) -> dict:
    d = {
        "project_name": a.project,
        "party_a": a.party_a,
        "party_b": a.party_b,
        "accepted_on": a.date.isoformat(),
        "conclusion": "failed" if "不" in a.conclusion else "passed",
        "has_seal": a.sealed,
    }
    if a.third_party:
        d["third_party"] = a.third_party
    return d


def invoice_of(
    sc: Scenario, f: Firm, cl: Client, c: T.Contract, issued: dt.date, total: Decimal | None = None
) -> T.Invoice:
    from .ids import invoice_number

    return T.Invoice(
        number=invoice_number(sc.rng, issued.year),
        issued=issued,
        buyer=cl.name,
        buyer_code=credit_code(sc.rng, cl.place).replace("91", "11", 1)[:17] + "X",
        seller=f.name,
        seller_code=f.credit_code,
        item=sc.rng.choice(
            ("*信息技术服务*软件开发服务", "*信息技术服务*信息系统集成服务", "*信息技术服务*运行维护服务")
        ),
        total=total if total is not None else c.amount,
        clerk=person(sc.rng, 0.1),
    )


def invoice_fields(inv: T.Invoice) -> dict:
    return {
        "invoice_number": inv.number,
        "issued_on": inv.issued.isoformat(),
        "buyer": inv.buyer,
        "seller": inv.seller,
        "total_amount": s2(inv.total),
        "qr": inv.qr,
    }


def project_basics(
    sc: Scenario, f: Firm, exclude: set[str] | None = None
) -> tuple[Client, str, dt.date, dt.date]:
    cl = client(sc.rng, sc.rng.choice((f.place, f.place, "塔城市")), exclude)
    pname = project_name(sc.rng, cl)
    signed = date_between(sc.rng, dt.date(YEAR - 1, 9, 1), dt.date(YEAR, 5, 31))
    accepted = date_between(
        sc.rng, max(signed + dt.timedelta(days=60), dt.date(YEAR, 2, 1)), dt.date(YEAR, 12, 15)
    )
    return cl, pname, signed, accepted


def scan_mode(rng: random.Random) -> str:
    return rng.choice(("grey", "grey", "colour"))


def rescan(
    img: Image.Image, rng: random.Random, mode: str, rotate: int = 0
) -> tuple[Image.Image, ScanSettings]:
    st = settings_for(rng, mode, rotate=rotate)
    return scan(img, rng, st), st
