"""The nine fresh submissions: three clean, six with planted causes (one cause per project)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf as fitz

from . import cn, decl
from . import docs as D
from . import paper as P
from . import world as W
from .build import Part, Submission
from .scan import Scanner

YEAR = 2024
BRANDS = ("天衡", "瀚海", "丝路", "博格达", "雪莲", "胡杨", "金穗", "西域", "天池", "木垒", "赛里木", "乌孙")
KINDS = ("信息技术", "数字科技", "智能科技", "网络科技", "软件技术", "信息工程")
CLIENTS = (
    ("乌鲁木齐市水务局", "乌鲁木齐市", "党政"),
    ("昌吉回族自治州人民医院", "昌吉回族自治州", "医疗卫生"),
    ("克拉玛依市教育局", "克拉玛依市", "教育"),
    ("哈密市公安局伊州区分局", "哈密市", "党政"),
    ("伊犁哈萨克自治州财政局", "伊犁哈萨克自治州", "党政"),
    ("阿克苏地区农业农村局", "阿克苏地区", "农林牧渔、水利"),
    ("新疆维吾尔自治区图书馆", "乌鲁木齐市", "文化、体育、娱乐"),
    ("巴音郭楞蒙古自治州交通运输局", "巴音郭楞蒙古自治州", "交通"),
    ("喀什地区第一人民医院", "喀什地区", "医疗卫生"),
    ("乌鲁木齐经济技术开发区（头屯河区）数据局", "乌鲁木齐市", "党政"),
    ("石河子大学", "昌吉回族自治州", "教育"),
    ("国网新疆电力有限公司哈密供电公司", "哈密市", "能源"),
    ("新疆农业科学院", "乌鲁木齐市", "科研"),
    ("克拉玛依市独山子区城市管理局", "克拉玛依市", "公用事业"),
)
SUBJECTS = {
    "purchase": ("数据中心设备采购项目", "网络安全等级保护建设设备采购项目", "视频会议系统设备采购项目"),
    "work": ("协同办公平台定制开发项目", "业务管理信息系统开发项目", "数据治理平台开发项目"),
    "construction": ("智能化弱电工程", "指挥中心机房及弱电系统建设工程", "业务用房信息化工程"),
    "service": ("信息化平台建设项目", "数据共享交换平台建设及运维项目", "智慧管理平台建设项目"),
}
DECLARED_SPLIT = {
    "purchase": {"integration_implementation": 0.25, "hardware_purchase": 0.75},
    "work": {"consulting_design": 0.15, "software_development": 0.85},
    "construction": {"integration_implementation": 0.35, "other": 0.1, "hardware_purchase": 0.55},
}
CERTS = (
    ("信息系统项目管理师", "高级"),
    ("系统集成项目管理工程师", "中级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("HCIE 专家级网络工程师（华为认证）", "专家级"),
    ("IT 服务经理（ITSS）", "无"),
    ("软件设计师", "中级"),
    ("网络规划设计师", "高级"),
    ("信息系统监理师", "中级"),
)
AUDIT_FIRMS = (
    ("新疆驰远天合有限责任会计师事务所", "驰远审字"),
    ("新疆华盛会计师事务所（普通合伙）", "新华盛审字"),
    ("新疆宏昌天圆会计师事务所有限公司", "宏昌天圆审"),
    ("大华会计师事务所（特殊普通合伙）新疆分所", "大华新审字"),
)


@dataclass
class World:
    """Everything one submission is about."""

    rng: random.Random
    ent: W.Company
    grade: str
    staff: int
    certified: int
    books: D.Books
    jobs: list[W.Job]
    used_clients: set[str]

    def declaration(self, **override: Any) -> dict[str, Any]:
        ent = self.ent
        certs = []
        for k in range(self.certified):
            name, level = CERTS[k % len(CERTS)]
            certs.append(
                {
                    "holder": cn.person(self.rng),
                    "certificate": name,
                    "level": level,
                    "number": f"{self.rng.choice(('', 'S', 'XJ'))}{self.rng.randint(2016, 2023)}{self.rng.randint(100000, 999999)}",
                }
            )
        enterprise = {
            "name": ent.name,
            "credit_code": ent.credit_code,
            "legal_representative": ent.legal_rep,
            "registered_capital": f"{ent.capital:.2f}",
            "established_on": ent.established.isoformat(),
            "grade": self.grade,
            "inspection_year": YEAR,
            "staff": {
                "technical_total": self.staff,
                "certified_total": self.certified,
                "certificates": certs,
            },
        }
        enterprise.update(override)
        b = self.books
        finance = [
            {
                "year": b.year,
                "operating_revenue": f"{b.revenue:.2f}",
                "system_integration_revenue": f"{b.integration:.2f}",
                "net_profit": f"{b.profit:.2f}",
            }
        ]
        return {"enterprise": enterprise, "finance": finance, "projects": [j.declared() for j in self.jobs]}


def new_world(
    rng: random.Random,
    grade: str,
    city: str = "乌鲁木齐市",
    unit: str = "元",
    consolidated: bool = False,
    round100: bool = False,
) -> World:
    name = f"新疆{rng.choice(BRANDS)}{rng.choice(KINDS)}有限公司"
    ent = W.company(rng, name, city)
    staff, certified = {"甲": (46, 14), "乙": (35, 9), "丙": (24, 6), "丁": (9, 2)}[grade]
    revenue = Decimal(rng.randint(18_000_000, 42_000_000)) + Decimal(rng.randint(0, 99)) / 100
    if round100:
        revenue = Decimal(int(revenue) // 100 * 100)
    integration = (revenue * Decimal(rng.uniform(0.68, 0.8))).quantize(Decimal("0.01"))
    profit = (revenue * Decimal(rng.uniform(0.04, 0.09))).quantize(Decimal("0.01"))
    if round100:
        integration = Decimal(int(integration) // 100 * 100)
        profit = Decimal(int(profit) // 100 * 100)
    books = D.Books(
        year=YEAR,
        revenue=revenue,
        integration=integration,
        profit=profit,
        assets=(revenue * Decimal("0.9")).quantize(Decimal("0.01")),
        prior_revenue=(revenue * Decimal("0.83")).quantize(Decimal("0.01")),
        prior_profit=(profit * Decimal("0.8")).quantize(Decimal("0.01")),
        unit=unit,
    )
    if consolidated:
        books.group = (
            (revenue * Decimal("1.37")).quantize(Decimal("0.01")),
            (profit * Decimal("1.22")).quantize(Decimal("0.01")),
            (revenue * Decimal("1.3")).quantize(Decimal("0.01")),
        )
    return World(rng, ent, grade, staff + rng.randint(0, 6), certified, books, [], set())


def contract_number(rng: random.Random, signed: dt.date) -> str:
    style = rng.randrange(3)
    if style == 0:
        return f"XJ{rng.choice(('CG', 'HT', 'XX'))}-{signed.year}-{rng.randint(1, 999):04d}"
    if style == 1:
        return f"{rng.choice(('新财采', '乌政采', '昌医'))}〔{signed.year}〕{rng.randint(10, 300)}号"
    return f"{signed:%Y%m}{rng.randint(10000, 99999)}"


def add_job(
    w: World,
    kind: str,
    amount: int | Decimal,
    signed: dt.date,
    accepted: dt.date,
    acceptance: str = "final",
    itemised: dict[str, float] | None = None,
    **extra: Any,
) -> W.Job:
    rng = w.rng
    choices = [c for c in CLIENTS if c[0] not in w.used_clients]
    cname, city, fld = rng.choice(choices)
    w.used_clients.add(cname)
    client = W.client(rng, cname, city)
    total = Decimal(amount)
    item: dict[str, Decimal] = {}
    if itemised:
        item = W.split(total, itemised)
        fees = dict(item)
    else:
        fees = W.split(total, DECLARED_SPLIT[kind])
    job = W.Job(
        id=f"P{len(w.jobs) + 1}",
        name=cname + rng.choice(SUBJECTS[kind]),
        client=client,
        amount=total,
        fees=fees,
        signed_on=signed,
        accepted_on=accepted,
        field=fld,
        location=f"新疆维吾尔自治区{city}",
        contract_number=contract_number(rng, signed),
        contract_kind=kind,
        acceptance_kind=acceptance,
        itemised=item,
        supervisor=(
            f"新疆{rng.choice(('天衡', '正信', '兴远'))}工程项目管理有限公司"
            if acceptance == "completion"
            else None
        ),
    )
    for key, value in extra.items():
        setattr(job, key, value)
    w.jobs.append(job)
    return job


def contract_of(w: World, job: W.Job, **kw: Any) -> D.Built:
    return D.CONTRACTS[job.contract_kind](job, w.ent, w.rng, **kw)


def acceptance_of(w: World, job: W.Job, pen: bool = False) -> D.Built:
    if job.acceptance_kind == "completion":
        return D.acceptance_completion(job, w.ent, w.rng, pen_ticks=pen)
    return D.acceptance_final(job, w.ent, w.rng)


def invoice_of(
    w: World, job: W.Job, share: str, days: int, item: str = "*信息技术服务*系统集成服务", rate: str = "0.06"
) -> D.Built:
    gross = (job.amount * Decimal(share)).quantize(Decimal("0.01"))
    return D.invoice_special(
        job, w.ent, w.rng, gross, job.signed_on + dt.timedelta(days=days), item, Decimal(rate)
    )


def license_of(w: World) -> D.Built:
    issued = max(w.ent.established, dt.date(2021, 1, 1)) + dt.timedelta(days=w.rng.randint(30, 900))
    return D.business_license(w.ent, w.rng, min(issued, dt.date(2024, 10, 1)))


def audit_of(w: World) -> D.Built:
    firm, abbr = w.rng.choice(AUDIT_FIRMS)
    number = (
        f"{abbr}〔{YEAR + 1}〕第{w.rng.randint(10, 999):04d}号"
        if w.rng.random() < 0.5
        else f"{abbr}[{YEAR + 1}]{w.rng.randint(100, 999)}号"
    )
    return D.audit_report(
        w.ent, w.books, w.rng, firm, number, dt.date(YEAR + 1, w.rng.randint(1, 3), w.rng.randint(5, 28))
    )


def d(m: int, day: int, year: int = YEAR) -> dt.date:
    return dt.date(year, m, day)


# ── the scenarios ────────────────────────────────────────────────────────


def f01_clean_text(sub: Submission) -> dict[str, Any]:
    """Clean: text-layer PDFs, a scanned license JPG, a mixed PDF (contract text + invoice scan)."""
    w = new_world(sub.rng, "丙")
    sub.clean = True
    p1 = add_job(w, "purchase", 3_286_450, d(3, 5), d(7, 18), acceptance="completion")
    p2 = add_job(w, "work", 2_180_000, d(1, 22), d(11, 20), acceptance="final")
    sub.image(
        "营业执照副本.jpg",
        Part(license_of(w), scanned=True, scanner=Scanner.draw(sub.rng, skew=0.8, dpi=300)),
    )
    sub.pdf("2024年度审计报告.pdf", [Part(audit_of(w))])
    sub.pdf(
        f"合同/{p1.name[:10]}合同.pdf",
        [
            Part(contract_of(w, p1)),
            Part(invoice_of(w, p1, "0.3", 12, "*计算机外部设备*服务器", "0.13"), scanned=True, turns=[1]),
        ],
    )
    sub.pdf(f"验收/{p1.name[:10]}竣工验收报告.pdf", [Part(acceptance_of(w, p1))])
    sub.pdf(
        "软件开发承揽合同及终验报告.pdf",
        [Part(contract_of(w, p2, fullwidth=True)), Part(acceptance_of(w, p2))],
    )
    return w.declaration()


def f02_clean_scans(sub: Submission) -> dict[str, Any]:
    """Clean: everything scanned; one multi-document PDF; a 180° page; xlsx in 万元."""
    w = new_world(sub.rng, "丁", city="昌吉回族自治州", round100=True)
    sub.clean = True
    p1 = add_job(w, "construction", 1_864_300, d(4, 2), d(10, 15), acceptance="completion")
    p2 = add_job(
        w,
        "service",
        968_500,
        d(2, 27),
        d(9, 6),
        acceptance="final",
        itemised={"software_development": 0.45, "integration_implementation": 0.2, "hardware_purchase": 0.35},
    )
    mfp = Scanner.draw(sub.rng, holes=True, border=4.0)
    sub.image(
        "yyzz.png",
        Part(license_of(w), scanned=True, scanner=Scanner.draw(sub.rng, dpi=200)),
        fmt="png",
        grey=True,
    )
    sub.pdf("审计报告扫描件.pdf", [Part(audit_of(w), scanned=True, scanner=mfp)])
    scanner = Scanner.draw(sub.rng, border=3.0)
    sub.pdf(
        "scan0001.pdf",
        [
            Part(contract_of(w, p1), scanned=True, scanner=scanner),
            Part(acceptance_of(w, p1, pen=True), scanned=True, scanner=scanner),
            Part(
                invoice_of(w, p1, "0.2", 20, "*信息技术服务*系统集成服务"),
                scanned=True,
                turns=[1],
                scanner=scanner,
            ),
            Part(
                invoice_of(w, p1, "0.45", 160, "*计算机外部设备*网络设备", "0.13"),
                scanned=True,
                turns=[1],
                scanner=scanner,
            ),
        ],
    )
    sub.pdf("新建文件夹/合同关键页.pdf", [Part(contract_of(w, p2), scanned=True, turns=[2], scanner=mfp)])
    sub.image(
        "新建文件夹/验收报告.jpg",
        Part(acceptance_of(w, p2), scanned=True, scanner=Scanner.draw(sub.rng, quality=65)),
    )
    return w.declaration()


def f03_clean_photo(sub: Submission) -> dict[str, Any]:
    """Clean: a phone photo, a consolidated audit report (合并/母公司 columns), full-width totals."""
    w = new_world(sub.rng, "乙", city="克拉玛依市", consolidated=True)
    sub.clean = True
    p1 = add_job(
        w,
        "service",
        4_512_000,
        d(2, 1),
        d(8, 30),
        acceptance="final",
        itemised={
            "software_development": 0.3,
            "consulting_design": 0.1,
            "integration_implementation": 0.15,
            "hardware_purchase": 0.45,
        },
    )
    p2 = add_job(w, "purchase", 3_807_650, d(5, 10), d(9, 28), acceptance="final")
    p3 = add_job(w, "construction", 2_614_800, d(3, 19), d(12, 6), acceptance="completion")
    sub.image("IMG_20250213_101522.jpg", Part(license_of(w), scanned=True), phone=True)
    sub.pdf("2024审计报告（合并）.pdf", [Part(audit_of(w))])
    sub.pdf(f"{p1.name[:8]}-合同.pdf", [Part(contract_of(w, p1))])
    sub.image("IMG_20250213_102840.jpg", Part(acceptance_of(w, p1), scanned=True), phone=True)
    sub.pdf(f"{p2.name[:8]}-购销合同.pdf", [Part(contract_of(w, p2, fullwidth=True), scanned=True)])
    sub.pdf(f"{p2.name[:8]}-终验.pdf", [Part(acceptance_of(w, p2))])
    sub.image("发票1.jpg", Part(invoice_of(w, p2, "0.3", 9, "*计算机网络设备*交换机", "0.13"), scanned=True))
    sub.image(
        "发票2.jpg", Part(invoice_of(w, p2, "0.6", 142, "*计算机网络设备*存储设备", "0.13"), scanned=True)
    )
    sub.pdf("工程合同.pdf", [Part(contract_of(w, p3))])
    sub.image(
        "竣工验收.png",
        Part(acceptance_of(w, p3, pen=True), scanned=True, scanner=Scanner.draw(sub.rng, dpi=200)),
        fmt="png",
    )
    return w.declaration()


def f04_amounts(sub: Submission) -> dict[str, Any]:
    """AMOUNT_MISMATCH (P1), AMOUNT_WORDS_MISMATCH (P2), FEE_MISMATCH (P3)."""
    w = new_world(sub.rng, "丙", city="伊犁哈萨克自治州")
    p1 = add_job(w, "purchase", 1_286_400, d(3, 11), d(8, 2), acceptance="completion")
    p1.declared_fees = W.split(Decimal(1_268_400), DECLARED_SPLIT["purchase"])
    p2 = add_job(w, "work", 2_380_000, d(4, 8), d(12, 10), acceptance="final")
    p2.words = cn.capital(Decimal(2_830_000))
    p3 = add_job(
        w,
        "service",
        1_500_000,
        d(5, 6),
        d(11, 26),
        acceptance="final",
        itemised={
            "software_development": 8,
            "integration_implementation": 2,
            "hardware_purchase": 5,
        },
    )
    p3.declared_fees = {
        **p3.itemised,
        "integration_implementation": Decimal(0),
        "operation_maintenance": p3.itemised["integration_implementation"],
    }
    sub.image("营业执照.jpg", Part(license_of(w), scanned=True))
    sub.pdf("审计报告2024.pdf", [Part(audit_of(w))])
    sub.pdf("P1合同.pdf", [Part(contract_of(w, p1), scanned=True)])
    sub.pdf("P1验收.pdf", [Part(acceptance_of(w, p1))])
    sub.pdf("承揽合同+终验报告.pdf", [Part(contract_of(w, p2)), Part(acceptance_of(w, p2), scanned=True)])
    sub.pdf("服务合同.pdf", [Part(contract_of(w, p3))])
    sub.image("服务合同终验.jpg", Part(acceptance_of(w, p3), scanned=True))
    sub.find("AMOUNT_MISMATCH", "P1", note="申报 1268400.00，合同价税合计 1286400.00")
    sub.find(
        "AMOUNT_WORDS_MISMATCH",
        "P2",
        "承揽合同+终验报告.pdf",
        2,
        note=f"小写 2380000.00，大写 {p2.words}（2830000.00）",
    )
    sub.find(
        "FEE_MISMATCH",
        "P3",
        note="合同列系统集成实施费 "
        + f"{p3.itemised['integration_implementation']:.2f}，申报 0（申报为运行维护费）",
    )
    return w.declaration()


def f05_parties_dates(sub: Submission) -> dict[str, Any]:
    """PARTY_MISMATCH (P1: a sister company is party B), DATE_MISMATCH (P2), ACCEPTANCE_OUT_OF_PERIOD (P3)."""
    w = new_world(sub.rng, "丙", city="阿克苏地区")
    sister = w.ent.name.replace("有限公司", "").rsplit("新疆", 1)[-1]
    base = sister[:2] if len(sister) > 2 else sister
    party_b = f"新疆{base}{'智能' if '智能' not in w.ent.name else '数字'}工程有限公司"
    p1 = add_job(w, "construction", 2_466_000, d(3, 28), d(9, 19), acceptance="completion", party_b=party_b)
    p2 = add_job(w, "purchase", 1_735_820, d(4, 18), d(7, 30), acceptance="final")
    p2.declared_signed_on = d(4, 8)
    p3 = add_job(w, "work", 1_298_000, d(5, 16, 2023), d(12, 26, 2023), acceptance="final")
    sub.pdf("营业执照.pdf", [Part(license_of(w), scanned=True, scanner=Scanner.draw(sub.rng, skew=-1.2))])
    sub.pdf("审计报告.pdf", [Part(audit_of(w), scanned=True)])
    sub.pdf("项目1/施工合同.pdf", [Part(contract_of(w, p1))])
    sub.pdf("项目1/竣工验收报告.pdf", [Part(acceptance_of(w, p1), scanned=True)])
    sub.pdf(
        "项目2.pdf",
        [
            Part(contract_of(w, p2)),
            Part(acceptance_of(w, p2)),
            Part(invoice_of(w, p2, "0.3", 14, "*计算机外部设备*服务器", "0.13"), scanned=True),
        ],
    )
    sub.pdf("项目3.pdf", [Part(contract_of(w, p3), scanned=True), Part(acceptance_of(w, p3), scanned=True)])
    sub.find("PARTY_MISMATCH", "P1", note=f"乙方（施工单位）为 {party_b}")
    sub.find("DATE_MISMATCH", "P2", note="申报签订 2024-04-08，合同签订 2024-04-18")
    sub.find("ACCEPTANCE_OUT_OF_PERIOD", "P3", note="终验 2023-12-26，不在 2024 年度")
    return w.declaration()


def f06_acceptance(sub: Submission) -> dict[str, Any]:
    """ACCEPTANCE_NOT_PASSED (P1), SEAL_MISSING (P2), ACCEPTANCE_MISSING (P3)."""
    w = new_world(sub.rng, "丁", city="哈密市")
    p1 = add_job(w, "construction", 986_000, d(2, 20), d(9, 3), acceptance="completion", passed=False)
    p2 = add_job(
        w,
        "service",
        743_600,
        d(3, 15),
        d(10, 22),
        acceptance="final",
        sealed=False,
        itemised={"software_development": 0.6, "operation_maintenance": 0.4},
    )
    p2.sealed = True  # the contract is sealed; only the acceptance report is not
    p3 = add_job(w, "work", 1_125_000, d(6, 3), d(12, 12), acceptance="final")
    sub.image("营业执照.png", Part(license_of(w), scanned=True), fmt="png")
    sub.pdf("2024年审计报告.pdf", [Part(audit_of(w))])
    sub.pdf(
        "扫描件/施工合同及竣工验收.pdf",
        [Part(contract_of(w, p1), scanned=True), Part(acceptance_of(w, p1, pen=True), scanned=True)],
    )
    sub.pdf("扫描件/服务合同.pdf", [Part(contract_of(w, p2), scanned=True)])
    p2.sealed = False
    sub.pdf("服务项目终验报告.pdf", [Part(acceptance_of(w, p2))])
    p2.sealed = True
    sub.pdf("承揽合同.pdf", [Part(contract_of(w, p3))])
    sub.find("ACCEPTANCE_NOT_PASSED", "P1", "扫描件/施工合同及竣工验收.pdf", 3, note="验收结论勾选不合格")
    sub.find("SEAL_MISSING", "P2", "服务项目终验报告.pdf", 1, note="终验报告无任何印章")
    sub.find("ACCEPTANCE_MISSING", "P3", note="只有合同，无验收报告或发票")
    return w.declaration()


def f07_license(sub: Submission) -> dict[str, Any]:
    """CREDIT_CODE_MISMATCH and LICENSE_FIELD_MISMATCH (the legal representative changed)."""
    w = new_world(sub.rng, "丙", city="喀什地区")
    p1 = add_job(w, "work", 2_760_000, d(1, 9), d(6, 28), acceptance="final")
    p2 = add_job(w, "purchase", 2_945_300, d(5, 20), d(10, 9), acceptance="completion")
    declared_code = cn.credit_code(random.Random(sub.seed * 7 + 1), w.ent.credit_code[2:8])
    old_rep = cn.person(w.rng, 0)
    sub.pdf(
        "营业执照（副本）.pdf",
        [Part(license_of(w), scanned=True, scanner=Scanner.draw(sub.rng, skew=1.3, border=5.0))],
    )
    sub.pdf("审计报告.pdf", [Part(audit_of(w))])
    sub.pdf("合同1.pdf", [Part(contract_of(w, p1))])
    sub.image("终验报告1.jpg", Part(acceptance_of(w, p1), scanned=True))
    sub.pdf("合同2.pdf", [Part(contract_of(w, p2), scanned=True)])
    sub.pdf("验收2.pdf", [Part(acceptance_of(w, p2))])
    sub.find("CREDIT_CODE_MISMATCH", note=f"申报 {declared_code}，执照 {w.ent.credit_code}")
    sub.find("LICENSE_FIELD_MISMATCH", note=f"申报法定代表人 {old_rep}，执照 {w.ent.legal_rep}")
    return w.declaration(credit_code=declared_code, legal_representative=old_rep)


def f08_license_audit(sub: Submission) -> dict[str, Any]:
    """LICENSE_EXPIRED (营业期限 ended 2024-08-31) and AUDIT_FIGURE_MISMATCH (net profit), audit in 万元, xlsx in 元."""
    w = new_world(sub.rng, "丙", city="巴音郭楞蒙古自治州", unit="万元")
    w.ent.valid_until = d(8, 31)
    w.ent.company_type = "有限责任公司（自然人独资）"
    p1 = add_job(
        w,
        "service",
        2_236_000,
        d(3, 3),
        d(9, 24),
        acceptance="final",
        itemised={"software_development": 0.55, "data_processing": 0.15, "software_purchase": 0.3},
    )
    p2 = add_job(w, "construction", 3_108_900, d(4, 26), d(11, 8), acceptance="completion")
    sub.image("营业执照.jpg", Part(license_of(w), scanned=True))
    sub.pdf(
        "2024年度审计报告.pdf", [Part(audit_of(w), scanned=True, scanner=Scanner.draw(sub.rng, holes=True))]
    )
    sub.pdf("项目一.pdf", [Part(contract_of(w, p1)), Part(acceptance_of(w, p1))])
    sub.pdf(
        "项目二.pdf",
        [Part(contract_of(w, p2), scanned=True), Part(acceptance_of(w, p2, pen=True), scanned=True)],
    )
    declaration = w.declaration()
    true_profit = w.books.profit
    wrong = true_profit + Decimal(rng_int(sub.rng, 300_000, 600_000))
    declaration["finance"][0]["net_profit"] = f"{wrong:.2f}"
    sub.find("LICENSE_EXPIRED", note="营业期限至 2024-08-31")
    sub.find(
        "AUDIT_FIGURE_MISMATCH", note=f"净利润 申报 {wrong:.2f}，审计报告 {true_profit / 10000:.2f} 万元"
    )
    return declaration


def rng_int(rng: random.Random, lo: int, hi: int) -> int:
    return rng.randint(lo, hi)


def f09_forensics(sub: Submission) -> dict[str, Any]:
    """PDF_EDITED (P1's contract amount rewritten in an incremental save) and DUPLICATE_DOCUMENT
    (P2's invoice scanned into two files)."""
    w = new_world(sub.rng, "丙", city="乌鲁木齐市")
    declared = Decimal(1_836_000)
    original = Decimal(1_386_000)
    p1 = add_job(w, "construction", original, d(5, 8), d(10, 30), acceptance="completion")
    p2 = add_job(w, "purchase", 3_452_700, d(2, 26), d(8, 16), acceptance="final")
    sub.image("营业执照.jpg", Part(license_of(w), scanned=True))
    sub.pdf("审计报告.pdf", [Part(audit_of(w))])
    contract = contract_of(w, p1)
    new_line = f"签约合同价为：人民币（大写）{cn.capital(declared)}（¥{cn.money(declared)}元）。合同价格形式：固定总价。"
    p1.amount = declared
    p1.fees = W.split(declared, DECLARED_SPLIT["construction"])
    contract.fields = D._contract_fields(p1, w.ent)

    def edit(path: Path, made: dt.datetime) -> None:
        """Rewrite the price clause the way an editor does: remove its lines, set new ones in the
        same font and size, and save incrementally."""
        doc = fitz.open(path)
        page = doc[0]
        lines = [ln for block in page.get_text("dict")["blocks"] for ln in block.get("lines", [])]
        texts = ["".join(span["text"] for span in ln["spans"]) for ln in lines]
        start = next(k for k, t in enumerate(texts) if t.startswith("签约合同价为"))
        end = next(k for k in range(start, len(texts)) if texts[k].endswith("总价。"))
        rects = [fitz.Rect(lines[k]["bbox"]) for k in range(start, end + 1)]
        for rect in rects:
            page.add_redact_annot(rect, fill=(1, 1, 1))
        page.apply_redactions(images=0)  # PDF_REDACT_IMAGE_NONE: the seals stay
        x, baseline = lines[start]["spans"][0]["origin"]
        for k, ln in enumerate(P.wrap(new_line, 10.5, page.rect.width - 68 - x)):
            page.insert_text((x, baseline + k * 10.5 * 1.6), ln, fontname=P.FONT, fontsize=10.5)
        later = made + dt.timedelta(days=26, hours=3)
        meta = dict(doc.metadata or {})
        meta.update(
            {
                "producer": "Adobe Acrobat Pro DC 21.1.20155",
                "modDate": later.strftime("D:%Y%m%d%H%M%S+08'00'"),
            }
        )
        doc.set_metadata(meta)
        doc.saveIncr()
        doc.close()

    sub.pdf("施工合同（盖章版）.pdf", [Part(contract)], edit=edit)
    sub.pdf("竣工验收报告.pdf", [Part(acceptance_of(w, p1), scanned=True)])
    sub.pdf("设备购销合同.pdf", [Part(contract_of(w, p2))])
    invoice = invoice_of(w, p2, "0.3", 10, "*计算机外部设备*服务器", "0.13")
    sub.pdf("终验报告及发票.pdf", [Part(acceptance_of(w, p2)), Part(invoice, scanned=True, turns=[1])])
    sub.image("发票扫描.jpg", Part(invoice, scanned=True, scanner=Scanner.draw(sub.rng, skew=0.6)))
    sub.find(
        "PDF_EDITED",
        "P1",
        "施工合同（盖章版）.pdf",
        1,
        note=f"增量保存改写了合同价：原 {original:.2f}，现 {declared:.2f}",
    )
    sub.find("DUPLICATE_DOCUMENT", note="同一张发票在 终验报告及发票.pdf 第2页 与 发票扫描.jpg 各出现一次")
    return w.declaration()


SCENARIOS: tuple[tuple[Callable[[Submission], dict[str, Any]], str], ...] = (
    (f01_clean_text, "json"),
    (f02_clean_scans, "xlsx_wan"),
    (f03_clean_photo, "json"),
    (f04_amounts, "json"),
    (f05_parties_dates, "json"),
    (f06_acceptance, "json"),
    (f07_license, "json"),
    (f08_license_audit, "xlsx"),
    (f09_forensics, "json"),
)


def write(
    root: Path, seed: int, index: int, scenario: Callable[[Submission], dict[str, Any]], form: str
) -> str:
    sub_seed = seed * 1000 + index
    sub = Submission(scenario.__name__, root, sub_seed, random.Random(sub_seed))
    sub.folder.mkdir(parents=True, exist_ok=True)
    declaration = scenario(sub)
    if form == "json":
        decl.write_json(sub.folder, declaration)
    else:
        decl.write_xlsx(sub.folder, declaration, wan=form == "xlsx_wan")
    sub.write_truth()
    return sub.name
