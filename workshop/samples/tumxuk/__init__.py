"""tumxuk: an independent sample family (第三师图木舒克市, its 团场, and 第一师阿拉尔市 neighbours; year 2024).

Written from CONTRACT.md, DESIGN.md, seeds/, models/ and other families' READMEs only; see README.md.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
from PIL import Image

from .docs import (
    Books,
    FormData,
    ProjectSpec,
    acceptance,
    acceptance_fields,
    audit,
    declaration_form,
    licence_new,
    licence_old,
    procurement_contract,
    procurement_fields,
    tech_contract,
    tech_fields,
)
from .filing import Filing, Part
from .paint import Sheet
from .people import (
    capital,
    client,
    company_number,
    figure,
    firm,
    money,
    person,
    procurement_number,
    project_code,
    rand_date,
)
from .scan import Scanner, degrade, encode, random_scanner, render

YEAR = 2024
SUPERVISORS = ["图木舒克市兵垦工程监理有限公司", "新疆兵团信息工程监理咨询有限公司"]
CERTS = [
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统规划与管理师", "高级"),
    ("数据库系统工程师", "中级"),
]
TITLES: dict[str, list[str]] = {
    "第三师图木舒克市教育局": [
        "第三师图木舒克市中小学智慧校园（二期）建设项目",
        "第三师图木舒克市教育城域网升级改造项目",
    ],
    "第三师图木舒克市数据局": [
        "第三师图木舒克市政务云平台扩容建设项目",
        "师市一网通办数据共享交换平台建设项目",
    ],
    "第三师图木舒克市大数据中心": ["第三师图木舒克市大数据中心机房及云平台运维服务项目"],
    "第三师四十四团": [
        "第三师四十四团数字连队综合管理平台建设项目（一连、三连、七连）",
        "四十四团高标准农田智能灌溉物联网技术服务项目",
    ],
    "第三师五十一团": ["第三师五十一团连队网格化综合治理平台建设项目", "五十一团团部及连队视频监控联网项目"],
    "第三师四十九团": ["第三师四十九团连队便民服务终端建设项目", "四十九团智慧团场指挥调度平台建设项目"],
    "新疆生产建设兵团第三师医院": [
        "第三师医院网络安全等级保护整改技术咨询项目",
        "第三师医院HIS系统升级及互联互通改造技术咨询项目",
    ],
    "第三师图木舒克市人民医院": ["第三师图木舒克市人民医院信息化集成平台建设项目"],
    "第三师图木舒克市公安局": ["第三师图木舒克市公安局雪亮工程视频资源整合项目"],
    "第一师阿拉尔市教育局": ["第一师阿拉尔市教育局智慧教室建设项目"],
    "第一师十团": ["第一师十团连队视频监控联网建设项目"],
}


@dataclass
class World:
    """Everything one filing declares and shows."""

    name: str
    seed: int
    rng: random.Random
    grade: str
    tech: int
    certified: int
    firm: Any = None
    books: Books | None = None
    projects: list[ProjectSpec] = field(default_factory=list)
    filing: Filing | None = None

    @property
    def f(self) -> Filing:
        assert self.filing is not None
        return self.filing


def _amount(rng: random.Random, lo: int, hi: int, fen: bool = True) -> Decimal:
    """An amount in yuan between lo and hi 万; with ``fen`` it carries 角 and 分."""
    if fen:
        v = Decimal(rng.randint(lo * 1_000_000, hi * 1_000_000)) / 100
        if v % 1 == 0 or (v * 100) % 10 == 0:
            v += Decimal("0.07")
        return v
    return Decimal(rng.randint(lo * 100, hi * 100)) * 100


def _fees(rng: random.Random, amount: Decimal, kind: str) -> dict[str, Decimal]:
    if kind == "service":
        key = rng.choice(["operation_maintenance", "data_processing"])
        return {key: amount}
    if kind == "consulting":
        return {"consulting_design": amount}
    parts = {
        "hardware_purchase": Decimal(rng.uniform(0.30, 0.45)),
        "software_purchase": Decimal(rng.uniform(0.05, 0.10)),
        "software_development": Decimal(rng.uniform(0.18, 0.30)),
    }
    out = {k: (amount * v).quantize(Decimal("1")) for k, v in parts.items()}
    out["integration_implementation"] = amount - sum(out.values(), Decimal(0))
    return out


def project(
    w: World,
    pid: str,
    client_name: str,
    kind: str,
    lo: int,
    hi: int,
    *,
    itemise: bool = False,
    third_party: bool = False,
    title: int = 0,
) -> ProjectSpec:
    rng = w.rng
    c = client(rng, client_name)
    amount = _amount(rng, lo, hi, fen=kind == "procurement" or rng.random() < 0.5)
    signed = rand_date(rng, dt.date(2023, 11, 1), dt.date(2024, 6, 28))
    accepted = rand_date(
        rng, signed + dt.timedelta(days=75), min(signed + dt.timedelta(days=200), dt.date(2024, 12, 20))
    )
    if accepted < dt.date(2024, 1, 10):
        accepted = dt.date(2024, 3, 12)
    p = ProjectSpec(
        id=pid,
        name=TITLES[client_name][title % len(TITLES[client_name])],
        client=c,
        firm=w.firm,
        amount=amount,
        fees=_fees(rng, amount, kind),
        signed=signed,
        accepted=accepted,
        number=company_number(rng, signed.year)
        if kind != "procurement"
        else f"BT3S-HT-{signed.year}-{rng.randint(100, 999)}",
        kind=kind,
        itemise=itemise,
        plan_number=procurement_number(rng, signed.year, "第一师" in client_name),
        code=project_code(rng, signed.year, "BT1S" if "第一师" in client_name else "BT3S"),
        third_party=rng.choice(SUPERVISORS) if third_party else "",
        members=[person(rng) for _ in range(rng.randint(3, 5))],
    )
    w.projects.append(p)
    return p


def _world(name: str, seed: int, i: int, grade: str = "丁") -> World:
    rng = random.Random(seed * 1000 + i)
    floor = {"甲": (40, 12), "乙": (30, 8), "丙": (20, 5), "丁": (6, 2)}[grade]
    w = World(
        name=name,
        seed=seed,
        rng=rng,
        grade=grade,
        tech=rng.randint(floor[0] + 2, floor[0] + 14),
        certified=rng.randint(floor[1] + 1, floor[1] + 4),
    )
    w.firm = firm(rng)
    w.filing = Filing(name, seed)
    return w


def _books(w: World, revenue_floor: Decimal) -> Books:
    rng = w.rng
    rev = (revenue_floor * Decimal(rng.uniform(1.5, 2.4))).quantize(Decimal("0.01"))
    w.books = Books(
        revenue=rev,
        net_profit=(rev * Decimal(rng.uniform(0.04, 0.09))).quantize(Decimal("0.01")),
        si_revenue=(rev * Decimal(rng.uniform(0.72, 0.88))).quantize(Decimal("0.01")),
        group_factor=Decimal(rng.uniform(1.06, 1.25)).quantize(Decimal("0.001")),
    )
    return w.books


def declaration(w: World, technical_total: int | None = None) -> dict[str, Any]:
    rng = random.Random(w.seed * 7 + len(w.name))
    certs = []
    for k in range(w.certified):
        title, level = CERTS[k % len(CERTS)]
        certs.append(
            {
                "holder": person(rng),
                "certificate": title,
                "level": level,
                "number": f"S{rng.randint(2014, 2023)}{rng.randint(10**8, 10**9 - 1)}",
            }
        )
    assert w.books is not None
    rows = []
    for p in w.projects:
        fees = {
            k: money(p.fees.get(k, Decimal(0)))
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
        services = sum((p.fees.get(k, Decimal(0)) for k in list(fees)[:6]), Decimal(0))
        rows.append(
            {
                "id": p.id,
                "name": p.name,
                "client": p.client.name,
                "signed_on": p.signed.isoformat(),
                "accepted_on": p.accepted.isoformat(),
                "field": p.client.field,
                "location": p.client.location,
                "fees": fees,
                "services_total": money(services),
                "contract_amount": money(p.amount),
            }
        )
    return {
        "enterprise": {
            "name": w.firm.name,
            "credit_code": w.firm.credit_code,
            "legal_representative": w.firm.legal_rep,
            "registered_capital": money(w.firm.capital),
            "established_on": w.firm.established.isoformat(),
            "grade": w.grade,
            "inspection_year": YEAR,
            "staff": {
                "technical_total": technical_total or w.tech,
                "certified_total": w.certified,
                "certificates": certs,
            },
        },
        "finance": [
            {
                "year": YEAR,
                "operating_revenue": money(w.books.revenue),
                "system_integration_revenue": money(w.books.si_revenue),
                "net_profit": money(w.books.net_profit),
            }
        ],
        "projects": rows,
    }


def _contract(p: ProjectSpec, rng: random.Random) -> Part:
    if p.kind == "procurement":
        return Part(procurement_contract(p, rng), "contract", p.id, procurement_fields(p))
    return Part(tech_contract(p, rng), "contract", p.id, tech_fields(p))


def _acceptance(p: ProjectSpec, rng: random.Random) -> Part:
    return Part(acceptance(p, rng), "acceptance_report", p.id, acceptance_fields(p))


def _stamp(d: dt.date) -> str:
    return f"D:{d.year}{d.month:02d}{d.day:02d}{10 + d.day % 8:02d}2{d.day % 6}11+08'00'"


def _common(
    w: World,
    *,
    licence: str = "scan",
    audit_mode: str = "scan",
    form: str = "scan",
    form_tech: int | None = None,
    audit_revenue: Decimal | None = None,
) -> None:
    """Licence, audit report and stamped declaration form."""
    rng, f = w.rng, w.f
    assert w.books is not None
    issued = rand_date(rng, dt.date(2020, 3, 1), dt.date(2023, 9, 30))
    lic, lic_fields = licence_new(w.firm, rng, issued)
    lic_part = Part(lic, "business_license", None, lic_fields)
    if licence == "photo":
        f.photo("营业执照（年检专用）.jpg", lic_part, rng)
    else:
        s = random_scanner(rng, mode="colour", dpi=rng.choice([200, 240]), skew=rng.uniform(-0.6, 0.6))
        data, _ = _scan(lic.doc[0], s, rng)
        f.image("营业执照副本.jpg", lic_part, data)
    books = w.books
    if audit_revenue is not None:
        books = Books(audit_revenue, books.net_profit, books.si_revenue, books.group_factor)
    aud, aud_fields = audit(w.firm, books, rng)
    when = _stamp(dt.date(2025, 2, rng.randint(1, 12)))
    if audit_mode == "digital":
        f.digital(
            "2024年度审计报告.pdf", [Part(aud, "audit_report", None, aud_fields)], when, producer="WPS 文字"
        )
    else:
        f.scanned(
            "2024年度审计报告.pdf",
            [Part(aud, "audit_report", None, aud_fields)],
            random_scanner(rng, mode=rng.choice(["grey", "grey_rgb"]), dpi=200, skew=rng.uniform(-0.5, 0.5)),
            rng,
            when,
        )
    printed = dt.date(2025, 2, rng.randint(14, 26))
    fd = FormData(
        w.firm,
        w.grade,
        form_tech or w.tech,
        w.certified,
        YEAR,
        w.books.revenue,
        w.books.si_revenue,
        w.books.net_profit,
        w.projects,
    )
    sheet, form_fields = declaration_form(fd, rng, printed)
    part = Part(sheet, "declaration_form", None, form_fields)
    if form == "photo":
        f.photo("申报表盖章版.jpg", part, rng)
    else:
        f.scanned(
            "申报表盖章版.pdf",
            [part],
            random_scanner(rng, mode="grey_rgb", dpi=200, skew=rng.uniform(-0.7, 0.7)),
            rng,
            _stamp(printed),
        )


def _scan(page: pymupdf.Page, s: Scanner, rng: random.Random) -> tuple[bytes, str]:
    from .scan import scan_page

    return scan_page(page, s, rng)


def _finish(w: World, out: Path, technical_total: int | None = None) -> str:
    w.f.write(out, declaration(w, technical_total))
    return w.name


# --- scenarios ------------------------------------------------------------------------------


def tx01_jiaoyu_clean(out: Path, seed: int, i: int) -> str:
    """Clean, 丙: 师市教育局 政府采购合同 (itemised, 角分) born digital + acceptance as a searchable grey scan;
    第一师阿拉尔市教育局 contract and acceptance in one searchable colour scan; licence colour JPEG with watermark;
    audit grey scan (万元, 合并 + 母公司); stamped 申报表 scan."""
    w = _world("tx01_jiaoyu_clean", seed, i, "丙")
    rng = w.rng
    p1 = project(
        w, "P1", "第三师图木舒克市教育局", "procurement", 320, 560, itemise=True, title=rng.randint(0, 1)
    )
    p2 = project(w, "P2", "第一师阿拉尔市教育局", "procurement", 180, 300)
    _books(w, p1.amount + p2.amount)
    f = w.f
    f.digital("P1_政府采购合同.pdf", [_contract(p1, rng)], _stamp(p1.signed))
    f.scanned(
        "P1_验收报告.pdf",
        [_acceptance(p1, rng)],
        random_scanner(rng, mode="grey", dpi=200, skew=0.0),
        rng,
        _stamp(p1.accepted),
        searchable=True,
    )
    f.scanned(
        "P2_合同及验收报告（可检索）.pdf",
        [_contract(p2, rng), _acceptance(p2, rng)],
        random_scanner(rng, mode="colour", dpi=150, skew=0.0),
        rng,
        _stamp(p2.accepted),
        searchable=True,
    )
    _common(w)
    return _finish(w, out)


def tx02_tuanchang_service_clean(out: Path, seed: int, i: int) -> str:
    """Clean, 丁: 四十四团 科技部 技术服务合同 scanned bilevel at 600 dpi; acceptance phone photo; licence phone photo;
    audit born digital; 申报表 scan."""
    w = _world("tx02_tuanchang_service_clean", seed, i)
    rng = w.rng
    p1 = project(w, "P1", "第三师四十四团", "service", 60, 160, title=1)
    p2 = project(w, "P2", "第三师四十四团", "procurement", 90, 210, itemise=True, title=0)
    _books(w, p1.amount + p2.amount)
    f = w.f
    f.scanned(
        "四十四团技术服务合同.pdf",
        [_contract(p1, rng)],
        random_scanner(rng, mode="bilevel", dpi=600, skew=0.0, lamp=0.0),
        rng,
        _stamp(p1.signed),
    )
    f.photo("四十四团技术服务验收.jpg", _acceptance(p1, rng), rng)
    f.scanned(
        "数字连队合同及验收.pdf",
        [_contract(p2, rng), _acceptance(p2, rng)],
        random_scanner(rng, mode="grey_rgb", dpi=150),
        rng,
        _stamp(p2.accepted),
    )
    _common(w, licence="photo", audit_mode="digital")
    return _finish(w, out)


def tx03_hospital_consulting_clean(out: Path, seed: int, i: int) -> str:
    """Clean, 丁: 第三师医院 技术咨询合同 born digital + grey-scanned acceptance; 师市人民医院 政府采购合同 with a 监理
    on the acceptance, grey saved as RGB at 150 dpi; licence colour JPEG; audit scan; 申报表 phone photo."""
    w = _world("tx03_hospital_consulting_clean", seed, i)
    rng = w.rng
    p1 = project(w, "P1", "新疆生产建设兵团第三师医院", "consulting", 25, 70, title=rng.randint(0, 1))
    p2 = project(w, "P2", "第三师图木舒克市人民医院", "procurement", 150, 380, third_party=True)
    _books(w, p1.amount + p2.amount)
    f = w.f
    f.digital("第三师医院技术咨询合同.pdf", [_contract(p1, rng)], _stamp(p1.signed), producer="WPS 文字")
    f.scanned(
        "第三师医院验收报告.pdf",
        [_acceptance(p1, rng)],
        random_scanner(rng, mode="grey"),
        rng,
        _stamp(p1.accepted),
    )
    f.scanned(
        "人民医院集成平台.pdf",
        [_contract(p2, rng), _acceptance(p2, rng)],
        random_scanner(rng, mode="grey_rgb", dpi=150, quality=rng.randint(50, 70), resave=2),
        rng,
        _stamp(p2.accepted),
    )
    _common(w, form="photo")
    return _finish(w, out)


def tx04_data_bureau_clean(out: Path, seed: int, i: int) -> str:
    """Clean, 乙: 师市数据局 政府采购合同 over 800 万 (itemised), searchable colour scan with its acceptance;
    大数据中心 运维 技术服务合同 born digital + acceptance grey scan; 第一师十团 contract (monitoring); licence scan."""
    w = _world("tx04_data_bureau_clean", seed, i, "乙")
    rng = w.rng
    p1 = project(
        w, "P1", "第三师图木舒克市数据局", "procurement", 820, 1350, itemise=True, title=rng.randint(0, 1)
    )
    p2 = project(w, "P2", "第三师图木舒克市大数据中心", "service", 80, 150)
    p3 = project(w, "P3", "第一师十团", "procurement", 120, 260, third_party=True)
    _books(w, p1.amount + p2.amount + p3.amount)
    f = w.f
    f.scanned(
        "数据局政务云合同及验收.pdf",
        [_contract(p1, rng), _acceptance(p1, rng)],
        random_scanner(rng, mode="colour", dpi=150, skew=0.0, quality=70),
        rng,
        _stamp(p1.accepted),
        searchable=True,
    )
    f.digital("大数据中心运维服务合同.pdf", [_contract(p2, rng)], _stamp(p2.signed))
    f.scanned(
        "大数据中心运维验收.pdf",
        [_acceptance(p2, rng)],
        random_scanner(rng, mode="grey", dpi=200),
        rng,
        _stamp(p2.accepted),
    )
    f.scanned(
        "十团视频监控项目.pdf",
        [_contract(p3, rng), _acceptance(p3, rng)],
        random_scanner(rng, mode="grey", dpi=150),
        rng,
        _stamp(p3.accepted),
    )
    _common(w)
    return _finish(w, out)


def tx05_text_layer(out: Path, seed: int, i: int) -> str:
    """TEXT_LAYER_MISMATCH: 五十一团 政府采购合同 as a searchable grey scan; the image shows the declared amount, the
    invisible OCR layer of page 1 states another (12–35 万 more, figures and capital numerals)."""
    w = _world("tx05_text_layer", seed, i)
    rng = w.rng
    p1 = project(w, "P1", "第三师五十一团", "procurement", 140, 320, title=rng.randint(0, 1))
    p2 = project(w, "P2", "第三师四十九团", "service", 40, 90, title=0)
    _books(w, p1.amount + p2.amount)
    other = p1.amount + Decimal(rng.randint(12, 35) * 10000) + Decimal("0.30")
    d_cap, d_fig, o_cap, o_fig = capital(p1.amount), figure(p1.amount), capital(other), figure(other)
    part = _contract(p1, rng)
    part.layer_edit[0] = lambda t: t.replace(d_cap, o_cap).replace(d_fig, o_fig)
    assert any(d_fig in ln.text for ln in part.sheet.lines if ln.page == 0)
    f = w.f
    fname = "五十一团合同及验收报告.pdf"
    f.scanned(
        fname,
        [part, _acceptance(p1, rng)],
        random_scanner(rng, mode="grey", dpi=200, skew=0.0),
        rng,
        _stamp(p1.accepted),
        searchable=True,
    )
    f.plant("TEXT_LAYER_MISMATCH", fname, 1, "P1", f"image {d_fig}, hidden layer {o_fig}")
    f.digital("四十九团技术服务合同.pdf", [_contract(p2, rng)], _stamp(p2.signed))
    f.photo("四十九团验收报告.jpg", _acceptance(p2, rng), rng)
    _common(w)
    return _finish(w, out)


def tx06_form_staff(out: Path, seed: int, i: int) -> str:
    """DECLARATION_FORM_MISMATCH: the stamped 申报表 prints 技术人员总数 3–6 fewer than declaration.json."""
    w = _world("tx06_form_staff", seed, i, "丙")
    rng = w.rng
    p1 = project(w, "P1", "第三师图木舒克市公安局", "procurement", 380, 620, itemise=True)
    p2 = project(w, "P2", "第三师五十一团", "procurement", 150, 240, title=1)
    _books(w, p1.amount + p2.amount)
    f = w.f
    f.digital("公安局视频资源整合合同.pdf", [_contract(p1, rng)], _stamp(p1.signed))
    f.scanned(
        "公安局项目验收报告.pdf",
        [_acceptance(p1, rng)],
        random_scanner(rng, mode="grey_rgb", dpi=200),
        rng,
        _stamp(p1.accepted),
    )
    f.scanned(
        "五十一团监控联网合同及验收.pdf",
        [_contract(p2, rng), _acceptance(p2, rng)],
        random_scanner(rng, mode="grey", dpi=150),
        rng,
        _stamp(p2.accepted),
    )
    w.tech = max(w.tech, 28)
    printed_tech = w.tech - rng.randint(3, 6)
    _common(w, form_tech=printed_tech)
    f.plant(
        "DECLARATION_FORM_MISMATCH",
        "申报表盖章版.pdf",
        1,
        None,
        f"form 技术人员总数 {printed_tech}, declared {w.tech}",
    )
    return _finish(w, out)


def tx07_duplicate(out: Path, seed: int, i: int) -> str:
    """DUPLICATE_DOCUMENT: P1's 验收报告 (四十九团) re-scanned and filed again behind P2's contract and acceptance."""
    w = _world("tx07_duplicate", seed, i)
    rng = w.rng
    p1 = project(w, "P1", "第三师四十九团", "procurement", 110, 240, title=1)
    p2 = project(w, "P2", "第三师四十九团", "procurement", 60, 130, title=0)
    _books(w, p1.amount + p2.amount)
    f = w.f
    acc1 = _acceptance(p1, rng)
    f.scanned(
        "P1_指挥调度平台.pdf",
        [_contract(p1, rng), acc1],
        random_scanner(rng, mode="grey", dpi=200),
        rng,
        _stamp(p1.accepted),
    )
    again, _ = _scan(
        acc1.sheet.doc[0],
        random_scanner(rng, mode="grey_rgb", dpi=150, skew=rng.choice([-1, 1]) * rng.uniform(0.6, 1.1)),
        rng,
    )
    copy = Part(acc1.sheet, "acceptance_report", "P1", dict(acc1.fields), overrides={0: again})
    fname = "P2_便民服务终端.pdf"
    f.scanned(
        fname,
        [_contract(p2, rng), _acceptance(p2, rng), copy],
        random_scanner(rng, mode="grey", dpi=200),
        rng,
        _stamp(p2.accepted),
    )
    f.plant(
        "DUPLICATE_DOCUMENT", fname, 5, None, "P1's acceptance report (P1_指挥调度平台.pdf p4) filed again"
    )
    _common(w)
    return _finish(w, out)


def _patch_band(page: pymupdf.Page) -> pymupdf.Rect:
    a = page.search_for("人民币（大写）")[0]
    b = page.search_for("（小写）")[0]
    return pymupdf.Rect(a.x0 - 3, a.y0 - 4, page.rect.width - 70, b.y1 + 4)


def tx08_tampered(out: Path, seed: int, i: int) -> str:
    """IMAGE_TAMPERED: page 1 of a grey 300 dpi contract scan whose 合同金额 cell was pasted from another, cleaner and
    more compressed scan of a reprint showing the declared amount (the original page said 8–25 万 less)."""
    w = _world("tx08_tampered", seed, i)
    rng = w.rng
    p1 = project(w, "P1", "第三师图木舒克市人民医院", "procurement", 150, 290)
    _books(w, p1.amount)
    k = rng.randrange(1 << 30)
    original = p1.amount - Decimal(rng.randint(8, 25) * 10000)
    orig = procurement_contract(p1, random.Random(k), amount_shown=original)
    shown = procurement_contract(p1, random.Random(k))
    dpi = 300
    base = degrade(
        render(orig.doc[0], dpi),
        Scanner(
            dpi=dpi, mode="grey", blur=1.1, noise=3.2, tint=(1.0, 0.98, 0.93), quality=82, skew=0.0, lamp=0.03
        ),
        rng,
    )
    donor_bytes, _ = encode(
        degrade(
            render(shown.doc[0], dpi),
            Scanner(
                dpi=dpi,
                mode="grey",
                blur=0.45,
                noise=0.6,
                tint=(1.0, 1.0, 0.99),
                quality=55,
                skew=0.0,
                lamp=0.0,
            ),
            rng,
        ),
        Scanner(mode="grey", quality=55, resave=1),
        rng,
    )
    donor = np.asarray(Image.open(io.BytesIO(donor_bytes)).convert("L"), dtype=np.float32)
    band = _patch_band(shown.doc[0]) * (dpi / 72)
    y0, y1, x0, x1 = int(band.y0), int(band.y1), int(band.x0), int(band.x1)
    grey = base @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    grey[y0:y1, x0:x1] = donor[y0:y1, x0:x1]
    buf = io.BytesIO()
    Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L").save(buf, format="JPEG", quality=86)
    part = Part(shown, "contract", "P1", procurement_fields(p1), overrides={0: buf.getvalue()})
    fname = "人民医院合同扫描件.pdf"
    f = w.f
    f.scanned(
        fname,
        [part, _acceptance(p1, rng)],
        Scanner(dpi=dpi, mode="grey", blur=1.1, noise=3.2, quality=70),
        rng,
        _stamp(p1.accepted),
    )
    f.plant("IMAGE_TAMPERED", fname, 1, "P1", f"合同金额 cell pasted; original {figure(original)}")
    _common(w)
    return _finish(w, out)


def tx09_audit_revenue(out: Path, seed: int, i: int) -> str:
    """AUDIT_FIGURE_MISMATCH: the 利润表 (万元, 母公司 column) prints 营业收入 60–150 万 below the declared figure."""
    w = _world("tx09_audit_revenue", seed, i)
    rng = w.rng
    p1 = project(w, "P1", "第三师五十一团", "procurement", 120, 260, title=0)
    p2 = project(w, "P2", "第一师阿拉尔市教育局", "procurement", 80, 160)
    books = _books(w, p1.amount + p2.amount)
    f = w.f
    f.scanned(
        "五十一团治理平台.pdf",
        [_contract(p1, rng), _acceptance(p1, rng)],
        random_scanner(rng, mode="grey", dpi=200),
        rng,
        _stamp(p1.accepted),
    )
    f.digital("阿拉尔智慧教室合同.pdf", [_contract(p2, rng)], _stamp(p2.signed))
    f.photo("阿拉尔智慧教室验收.jpg", _acceptance(p2, rng), rng)
    audited = books.revenue - Decimal(rng.randint(60, 150) * 10000) - Decimal(rng.randint(0, 9999))
    _common(w, audit_mode="scan", audit_revenue=audited)
    f.plant(
        "AUDIT_FIGURE_MISMATCH",
        "2024年度审计报告.pdf",
        2,
        None,
        f"audit 营业收入 {audited}, declared {books.revenue}",
    )
    return _finish(w, out)


def tx10_old_licence(out: Path, seed: int, i: int) -> str:
    """LICENSE_EXPIRED: the only licence is an old 企业法人营业执照 (注册号, 农三师 registry) whose 营业期限 ended in 2024."""
    w = _world("tx10_old_licence", seed, i)
    rng = w.rng
    w.firm.established = rand_date(rng, dt.date(2004, 2, 1), dt.date(2004, 10, 30))
    p1 = project(w, "P1", "第三师四十四团", "procurement", 70, 180, title=0)
    _books(w, p1.amount)
    f = w.f
    f.digital("数字连队平台合同.pdf", [_contract(p1, rng)], _stamp(p1.signed))
    f.scanned(
        "数字连队平台验收.pdf",
        [_acceptance(p1, rng)],
        random_scanner(rng, mode="grey"),
        rng,
        _stamp(p1.accepted),
    )
    until = w.firm.established.replace(year=2024) - dt.timedelta(days=1)
    lic, lic_fields = licence_old(w.firm, rng, until)
    f.photo("营业执照.jpg", Part(lic, "business_license", None, lic_fields), rng)
    f.plant("LICENSE_EXPIRED", "营业执照.jpg", 1, None, f"营业期限至 {until.isoformat()}")
    # audit and form as usual, without a second licence
    aud, aud_fields = audit(w.firm, w.books or _books(w, p1.amount), rng)
    f.scanned(
        "2024年度审计报告.pdf",
        [Part(aud, "audit_report", None, aud_fields)],
        random_scanner(rng, mode="grey", dpi=200),
        rng,
        _stamp(dt.date(2025, 2, 3)),
    )
    assert w.books is not None
    printed = dt.date(2025, 2, rng.randint(14, 26))
    fd = FormData(
        w.firm,
        w.grade,
        w.tech,
        w.certified,
        YEAR,
        w.books.revenue,
        w.books.si_revenue,
        w.books.net_profit,
        w.projects,
    )
    sheet, form_fields = declaration_form(fd, rng, printed)
    f.scanned(
        "申报表盖章版.pdf",
        [Part(sheet, "declaration_form", None, form_fields)],
        random_scanner(rng, mode="grey_rgb", dpi=200),
        rng,
        _stamp(printed),
    )
    return _finish(w, out)


SCENARIOS: list[Callable[[Path, int, int], str]] = [
    tx01_jiaoyu_clean,
    tx02_tuanchang_service_clean,
    tx03_hospital_consulting_clean,
    tx04_data_bureau_clean,
    tx05_text_layer,
    tx06_form_staff,
    tx07_duplicate,
    tx08_tampered,
    tx09_audit_revenue,
    tx10_old_licence,
]


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    """Write the ten scenarios (or those named in ``only``) under ``out``; returns the names written."""
    out.mkdir(parents=True, exist_ok=True)
    names = []
    for i, scenario in enumerate(SCENARIOS, start=1):
        if only and scenario.__name__ not in only:
            continue
        names.append(scenario(out, seed, i))
    return names


__all__ = ["SCENARIOS", "Sheet", "generate"]
