"""shihezi: an independent sample family of 兵团 (XPCC) filings, written without reading the checker.

``generate(out, seed, only)`` writes ``OUT/<name>/submission/`` and ``OUT/<name>/truth.json`` per scenario.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf

from jianzheng.models.declaration import FEE_KEYS
from jianzheng.models.finding import Code
from jianzheng.models.truth import TruthFinding

from . import docs as D
from . import office
from . import people as P
from .docs import Deal
from .filing import Filing, Paper
from .paint import put

YEAR = 2024
FEE_SETS = [
    ["software_development", "integration_implementation", "hardware_purchase"],
    [
        "software_development",
        "consulting_design",
        "integration_implementation",
        "hardware_purchase",
        "software_purchase",
    ],
    ["integration_implementation", "operation_maintenance", "hardware_purchase"],
    ["software_development", "data_processing", "integration_implementation", "software_purchase"],
]
NAMES = {
    "edu": ["智慧校园综合管理平台建设项目", "中小学教育城域网升级改造项目", "教育资源公共服务平台建设项目"],
    "hosp": ["智慧医院信息集成平台建设项目", "医院HIS系统升级及数据中心建设项目", "互联网医院平台建设项目"],
    "data": ["政务云平台扩容建设项目", "城市运行管理中心（城市大脑）一期项目", "数据共享交换平台建设项目"],
    "gov": ["一体化政务服务平台建设项目", "政务服务大厅智能化改造项目"],
    "water": ["灌区信息化及智能量水系统建设项目", "水利工程运行管理平台建设项目"],
    "cdc": ["疾病预防控制信息系统建设项目", "实验室信息管理系统建设项目"],
    "media": ["融媒体指挥调度平台建设项目", "融媒体中心演播室系统集成项目"],
    "ag": ["智慧农业物联网监测平台建设项目", "团场农业生产数据中心建设项目"],
}


class Ctx:
    """One scenario's random source, firm and helpers."""

    def __init__(self, name: str, seed: int, index: int, city: str) -> None:
        self.rng = random.Random(seed * 1000 + index)
        self.filing = Filing(name, seed, self.rng)
        self.firm = P.firm(self.rng, city)
        self.city = city
        self.deals: list[Deal] = []
        self.declared_names: dict[str, str] = {}

    def deal(
        self, city: str, body: str, lo: int, hi: int, signed: dt.date | None = None, gap: int | None = None
    ) -> Deal:
        rng = self.rng
        c = P.client(rng, city, body)
        amount = P.round_amount(rng, lo, hi, rng.choice([100, 1000, 10]))
        signed = signed or dt.date(YEAR, rng.randint(1, 5), rng.randint(1, 28))
        accepted = signed + dt.timedelta(days=gap if gap is not None else rng.randint(100, 200))
        fees = P.split_fees(rng, amount, rng.choice(FEE_SETS))
        prefix = {"shz": "SHZ", "wjq": "WJQ", "bt": "BT", "tmg": "TMG", "tmsk": "TMSK"}[city]
        number = f"{prefix}{body.upper()}-{signed.year}-{rng.randint(1, 260):03d}"
        name = f"{c.full[8:]}{rng.choice(NAMES[body])}" if rng.random() < 0.5 else rng.choice(NAMES[body])
        d = Deal(f"P{len(self.deals) + 1}", name, c, self.firm, amount, signed, accepted, number, fees)
        self.deals.append(d)
        return d

    def audits(
        self, years: list[int], group: bool = False, opinion: str = "unqualified"
    ) -> list[tuple[Paper, dict[str, Any]]]:
        out = []
        for y in years:
            rev = Decimal(self.rng.randint(600_000_000, 3_000_000_000)) / 100
            paper, net = D.audit(self.firm, y, rev, self.rng, opinion=opinion, group=group)
            si = (rev * Decimal(str(round(self.rng.uniform(0.55, 0.85), 3)))).quantize(Decimal("0.01"))
            row = {"year": y, "operating_revenue": P.money(rev), "system_integration_revenue": P.money(si),
                   "net_profit": P.money(net)}  # fmt: skip
            out.append((paper, row))
        return out

    def scan_opts(self) -> dict[str, Any]:
        rng = self.rng
        return {
            "dpi": rng.choice([150, 200, 200, 240]),
            "quality": rng.randint(62, 85),
            "grey": rng.random() < 0.35,
        }

    def declaration(
        self, grade: str, finance: list[dict[str, Any]], certified: int | None = None
    ) -> dict[str, Any]:
        rng, f = self.rng, self.firm
        need = {"甲": (40, 12), "乙": (30, 8), "丙": (20, 5), "丁": (6, 0)}[grade]
        n_cert = certified if certified is not None else max(need[1], rng.randint(1, 3))
        certs = []
        for _ in range(n_cert):
            title, level = rng.choice(P.CERTS)
            certs.append({"holder": P.person(rng), "certificate": title, "level": level,
                          "number": f"{rng.choice(['S', 'XJ'])}{rng.randint(2015, 2023)}{rng.randint(10**6, 10**7 - 1)}"})  # fmt: skip
        projects = []
        for d in self.deals:
            fees = {k: P.money(d.fees.get(k, Decimal(0))) for k in FEE_KEYS}
            services = sum((d.fees.get(k, Decimal(0)) for k in FEE_KEYS[:6]), Decimal(0))
            projects.append({
                "id": d.pid, "name": self.declared_names.get(d.pid, d.name), "client": d.client.short,
                "signed_on": d.signed.isoformat(), "accepted_on": d.accepted.isoformat(), "field": d.client.field,
                "location": d.client.location, "fees": fees, "services_total": P.money(services),
                "contract_amount": P.money(d.amount),
            })  # fmt: skip
        return {
            "enterprise": {
                "name": f.name,
                "credit_code": f.code,
                "legal_representative": f.rep,
                "registered_capital": P.money(f.capital),
                "established_on": f.established.isoformat(),
                "grade": grade,
                "inspection_year": YEAR,
                "staff": {
                    "technical_total": need[0] + rng.randint(1, 12),
                    "certified_total": n_cert,
                    "certificates": certs,
                },
            },
            "finance": finance,
            "projects": projects,
        }


def _start(
    name: str, seed: int, index: int, city: str, years: list[int], **audit: Any
) -> tuple[Ctx, list[dict[str, Any]]]:
    ctx = Ctx(name, seed, index, city)
    lic = D.license(ctx.firm, ctx.rng)
    if ctx.rng.random() < 0.5:
        ctx.filing.scan("营业执照.pdf", [lic], **ctx.scan_opts())
    else:
        ctx.filing.scan(f"{ctx.firm.name[2:6]}营业执照副本.pdf", [lic], dpi=200, quality=80)
    fin = []
    for i, (paper, row) in enumerate(ctx.audits(years, **audit)):
        fin.append(row)
        if i == 0 and audit.get("opinion") != "qualified" and ctx.rng.random() < 0.5:
            ctx.filing.digital(f"{row['year']}年度审计报告.pdf", [paper], producer="Microsoft® Word 2016")
        else:
            ctx.filing.scan(f"审计报告{row['year']}.pdf", [paper], **ctx.scan_opts())
    return ctx, fin


def sz01(name: str, seed: int, i: int) -> tuple[Filing, dict[str, Any] | None, bytes | None]:
    """Clean, grade 丙: three audits (2024 printed 2-up), 政府采购合同 (全角 ￥), 初验 then 终验, 数电票; second row."""
    ctx = Ctx(name, seed, i, "shz")
    rng, fl = ctx.rng, ctx.filing
    fl.scan("营业执照.pdf", [D.license(ctx.firm, rng)], **ctx.scan_opts())
    fin = []
    for k, (paper, row) in enumerate(ctx.audits([YEAR, YEAR - 1, YEAR - 2])):
        fin.append(row)
        if k == 0:
            fl.scan(f"{YEAR}年审计报告（缩印）.pdf", [paper], dpi=200, quality=78, twoup=True)
        elif k == 1:
            fl.digital(f"{YEAR - 1}年审计报告.pdf", [paper], producer="Microsoft® Word 2019")
        else:
            fl.scan(f"{YEAR - 2}年审计报告.pdf", [paper], dpi=200, quality=70, grey=True)
    d1 = ctx.deal("shz", "edu", 2_600_000, 3_600_000, gap=rng.randint(190, 230))
    d1.signed = dt.date(YEAR, rng.randint(1, 3), rng.randint(1, 28))
    d1.accepted = d1.signed + dt.timedelta(days=rng.randint(200, 260))
    first = d1.signed + dt.timedelta(days=rng.randint(80, 110))
    c1 = D.procurement(d1, rng, fullwidth=True)
    fl.scan("P1合同及验收/政府采购合同.pdf", [c1], **ctx.scan_opts())
    fl.scan("P1合同及验收/初验及终验报告.pdf",
            [D.acceptance(d1, first, rng, "初验"), D.acceptance(d1, d1.accepted, rng, "终验", supervisor=True)],
            **ctx.scan_opts())  # fmt: skip
    inv_day = d1.accepted + dt.timedelta(days=rng.randint(3, 20))
    inv_day = min(inv_day, dt.date(YEAR, 12, 28))
    fl.digital("P1发票.pdf", [D.invoice(d1, (d1.amount * Decimal("0.7")).quantize(Decimal("0.01")), inv_day, rng)],
               producer="国家税务总局全国统一发票服务平台")  # fmt: skip
    d2 = ctx.deal("shz", rng.choice(["data", "media"]), 2_600_000, 3_400_000)
    fl.scan(
        "P2合同验收扫描件.pdf", [D.agreement(d2, rng), D.acceptance(d2, d2.accepted, rng)], **ctx.scan_opts()
    )
    return fl, ctx.declaration("丙", fin), None


def sz02(name: str, seed: int, i: int) -> tuple[Filing, dict[str, Any] | None, bytes | None]:
    """Clean, declaration.xlsx only: Word contract, Excel 分项报价, 验收证书 grey with punched holes and staple."""
    ctx, fin = _start(name, seed, i, "wjq", [YEAR])
    rng, fl = ctx.rng, ctx.filing
    d = ctx.deal("wjq", "hosp", 800_000, 2_400_000)
    paper = Paper("contract", pymupdf.open(), {
        "project_name": d.name, "contract_number": d.number, "party_a": d.client.full, "party_b": d.firm.name,
        "contract_amount": P.money(d.amount), "amount_in_words": f"人民币{P.words(d.amount)}",
        "signed_on": d.signed.isoformat()}, d.pid)  # fmt: skip
    fl.office("合同/软件开发及系统集成合同.docx", office.docx_contract(d, rng), paper)
    fl.office("合同/分项报价表.xlsx", office.quotation_xlsx(d), Paper("other", pymupdf.open(), {}, d.pid))
    fl.scan("验收证书.pdf", [D.certificate(d, d.accepted, rng)], dpi=200, quality=72, grey=True, punch=True)
    fl.digital("数电票.pdf", [D.invoice(d, d.amount, d.accepted + dt.timedelta(days=rng.randint(2, 15)), rng)],
               producer="国家税务总局全国统一发票服务平台")  # fmt: skip
    decl = ctx.declaration("丁", fin, certified=0)
    return fl, None, office.declaration_xlsx(decl)


def sz03(name: str, seed: int, i: int) -> tuple[Filing, dict[str, Any] | None, bytes | None]:
    """Clean: contract (signature page scanned upside down) + 补充协议 raising the amount; 合并/母公司 audit."""
    ctx, fin = _start(name, seed, i, "bt", [YEAR], group=True)
    rng, fl = ctx.rng, ctx.filing
    d = ctx.deal("bt", rng.choice(["gov", "data"]), 900_000, 2_000_000)
    d.signed = dt.date(YEAR, rng.randint(1, 3), rng.randint(1, 28))
    d.accepted = d.signed + dt.timedelta(days=rng.randint(220, 270))
    extra = P.round_amount(rng, 60_000, 180_000, 1000)
    original = d.amount
    d.amount = original + extra
    amended_fees = dict(d.fees)
    last = list(amended_fees)[-1]
    amended_fees[last] += extra
    d.fees = amended_fees
    orig_deal = Deal(d.pid, d.name, d.client, d.firm, original, d.signed, d.accepted, d.number)
    contract = D.agreement(orig_deal, rng)
    supp_day = d.signed + dt.timedelta(days=rng.randint(60, 120))
    supp = D.supplement(d, original, supp_day, rng)
    supp.id = "D-supplement"
    fl.scan("合同及补充协议.pdf", [contract, supp], rot180={(0, 1)}, **ctx.scan_opts())
    fl.scan("终验报告.pdf", [D.acceptance(d, d.accepted, rng, "终验")], **ctx.scan_opts())
    fl.digital("发票.pdf", [D.invoice(d, (original * Decimal("0.4")).quantize(Decimal("0.01")),
                                      d.signed + dt.timedelta(days=rng.randint(10, 30)), rng)],
               producer="国家税务总局全国统一发票服务平台")  # fmt: skip
    return fl, ctx.declaration("丁", fin), None


def sz04(name: str, seed: int, i: int) -> tuple[Filing, dict[str, Any] | None, bytes | None]:
    """Clean, two rows: 图木舒克 项目合同书 with fee table (born digital) + 验收报告 with 监理; 铁门关 政府采购合同 (¥…元)."""
    ctx, fin = _start(name, seed, i, "tmsk", [YEAR])
    rng, fl = ctx.rng, ctx.filing
    d1 = ctx.deal("tmsk", rng.choice(["edu", "ag", "cdc"]), 400_000, 1_500_000)
    fl.digital("项目一/合同.pdf", [D.agreement(d1, rng, fee_table=True)], when=d1.signed)
    fl.scan(
        "项目一/验收报告.pdf",
        [D.acceptance(d1, d1.accepted, rng, "验收", supervisor=True)],
        **ctx.scan_opts(),
    )
    d2 = ctx.deal("tmg", rng.choice(["water", "gov"]), 300_000, 900_000)
    fl.scan("项目二/合同+验收.pdf", [D.procurement(d2, rng, fullwidth=False), D.acceptance(d2, d2.accepted, rng)],
            **ctx.scan_opts())  # fmt: skip
    return fl, ctx.declaration("丁", fin), None


def sz05(name: str, seed: int, i: int) -> tuple[Filing, dict[str, Any] | None, bytes | None]:
    """ACCEPTANCE_BEFORE_SIGNING: the 验收报告 is dated two to four months before the contract was signed."""
    ctx, fin = _start(name, seed, i, "tmg", [YEAR])
    rng, fl = ctx.rng, ctx.filing
    d = ctx.deal("tmg", rng.choice(["edu", "water"]), 500_000, 1_800_000)
    d.signed = dt.date(YEAR, rng.randint(8, 10), rng.randint(1, 28))
    d.accepted = d.signed - dt.timedelta(days=rng.randint(60, 120))
    fl.scan("合同.pdf", [D.agreement(d, rng)], **ctx.scan_opts())
    acc = D.acceptance(d, d.accepted, rng)
    fl.scan("验收报告.pdf", [acc], **ctx.scan_opts())
    fl.plant(Code.ACCEPTANCE_BEFORE_SIGNING, acc, 0, d.pid, "验收日期早于合同签订日期")
    return fl, ctx.declaration("丁", fin), None


def sz06(name: str, seed: int, i: int) -> tuple[Filing, dict[str, Any] | None, bytes | None]:
    """AUDIT_OPINION_NOT_CLEAN: the audit report gives a 保留意见 (qualified opinion)."""
    ctx, fin = _start(name, seed, i, "shz", [YEAR], opinion="qualified")
    rng, fl = ctx.rng, ctx.filing
    audit = next(doc for doc in fl.truth.documents if doc.type == "audit_report")
    d = ctx.deal("shz", rng.choice(["hosp", "cdc"]), 500_000, 2_000_000)
    fl.scan("合同验收.pdf", [D.procurement(d, rng), D.acceptance(d, d.accepted, rng)], **ctx.scan_opts())
    fl.truth.findings.append(
        TruthFinding(code=Code.AUDIT_OPINION_NOT_CLEAN, file=audit.file, page=1, note="审计报告为保留意见")
    )
    return fl, ctx.declaration("丁", fin), None


def sz07(name: str, seed: int, i: int) -> tuple[Filing, dict[str, Any] | None, bytes | None]:
    """INVOICE_EXCEEDS_CONTRACT: two 数电票 for the project add up to 115–125 % of the contract."""
    ctx, fin = _start(name, seed, i, "wjq", [YEAR])
    rng, fl = ctx.rng, ctx.filing
    d = ctx.deal("wjq", rng.choice(["edu", "data"]), 600_000, 1_600_000)
    fl.scan("合同.pdf", [D.agreement(d, rng)], **ctx.scan_opts())
    fl.scan("验收.pdf", [D.acceptance(d, d.accepted, rng)], **ctx.scan_opts())
    a = (d.amount * Decimal(str(round(rng.uniform(0.55, 0.62), 2)))).quantize(Decimal("0.01"))
    b = (d.amount * Decimal(str(round(rng.uniform(0.6, 0.63), 2)))).quantize(Decimal("0.01"))
    i1 = D.invoice(d, a, d.signed + dt.timedelta(days=rng.randint(10, 30)), rng)
    i2 = D.invoice(d, b, d.accepted + dt.timedelta(days=rng.randint(2, 20)), rng)
    fl.digital("发票/数电票两张.pdf", [i1, i2], producer="国家税务总局全国统一发票服务平台")
    fl.plant(
        Code.INVOICE_EXCEEDS_CONTRACT,
        i2,
        None,
        d.pid,
        f"发票合计 {P.money(a + b)} > 合同 {P.money(d.amount)}",
    )
    return fl, ctx.declaration("丁", fin), None


OTHER_NAMES = [
    "办公楼弱电及会议室音视频系统改造工程",
    "职工食堂及后勤楼监控安防系统采购项目",
    "机房空调及UPS电源更换项目",
]


def sz08(name: str, seed: int, i: int) -> tuple[Filing, dict[str, Any] | None, bytes | None]:
    """PROJECT_NAME_MISMATCH: the contract and its acceptance are for a plainly different project."""
    ctx, fin = _start(name, seed, i, "bt", [YEAR])
    rng, fl = ctx.rng, ctx.filing
    d = ctx.deal("bt", rng.choice(["gov", "media", "hosp"]), 500_000, 1_500_000)
    printed = d.client.full[8:] + rng.choice(OTHER_NAMES)
    c = D.agreement(d, rng, printed_name=printed)
    fl.scan("合同扫描.pdf", [c, D.acceptance(d, d.accepted, rng, name=printed)], **ctx.scan_opts())
    fl.plant(Code.PROJECT_NAME_MISMATCH, c, 0, d.pid, f"合同为「{printed}」")
    return fl, ctx.declaration("丁", fin), None


def sz09(name: str, seed: int, i: int) -> tuple[Filing, dict[str, Any] | None, bytes | None]:
    """SEAL_MISSING: the contract's signature page has signatures but no seal of either party."""
    ctx, fin = _start(name, seed, i, "tmsk", [YEAR])
    rng, fl = ctx.rng, ctx.filing
    d = ctx.deal("tmsk", rng.choice(["edu", "ag"]), 400_000, 1_200_000)
    c = D.agreement(d, rng, seals=False)
    fl.scan("合同（关键页）.pdf", [c], **ctx.scan_opts())
    fl.scan("验收报告.pdf", [D.acceptance(d, d.accepted, rng)], **ctx.scan_opts())
    fl.plant(Code.SEAL_MISSING, c, c.marks["sign"], d.pid, "合同签字页无任何印章")
    return fl, ctx.declaration("丁", fin), None


def sz10(name: str, seed: int, i: int) -> tuple[Filing, dict[str, Any] | None, bytes | None]:
    """PDF_EDITED: a born-digital contract whose amount line was rewritten in an incremental update."""
    ctx, fin = _start(name, seed, i, "shz", [YEAR])
    rng, fl = ctx.rng, ctx.filing
    d = ctx.deal("shz", rng.choice(["data", "water"]), 600_000, 1_800_000)
    old = d.amount - P.round_amount(rng, 50_000, 150_000, 1000)
    old_deal = Deal(d.pid, d.name, d.client, d.firm, old, d.signed, d.accepted, d.number)
    c = D.agreement(old_deal, rng)
    c.fields.update(contract_amount=P.money(d.amount), amount_in_words=P.words(d.amount))
    fname = "合同电子版.pdf"
    fl.digital(fname, [c], when=d.signed)
    old_line = f"合同总价：人民币 {P.words(old)} （¥{P.fig(old)}）"
    new_line = f"合同总价：人民币 {P.words(d.amount)} （¥{P.fig(d.amount)}）"

    def edit(doc: pymupdf.Document) -> None:
        page = doc[0]
        spans = [
            sp
            for b in page.get_text("dict")["blocks"]
            for ln in b.get("lines", [])
            for sp in ln["spans"]
            if sp["text"].startswith(old_line[:8])
        ]
        assert spans, "amount line not found"
        x, y = spans[0]["origin"]
        page.add_redact_annot(pymupdf.Rect(x - 1, y - 11, 545, y + 3), fill=False)  # type: ignore[arg-type]
        page.apply_redactions(images=0)
        put(page, x, y, new_line, 11)

        meta = dict(doc.metadata or {})
        meta.update(producer="Adobe Acrobat Pro DC 2021", modDate="D:20250110093000+08'00'")
        doc.set_metadata(meta)

    fl.edit_incremental(fname, edit)
    fl.scan("验收报告.pdf", [D.acceptance(d, d.accepted, rng)], **ctx.scan_opts())
    fl.plant(Code.PDF_EDITED, c, 0, d.pid, "合同金额行在增量更新中被改写")
    return fl, ctx.declaration("丁", fin), None


SCENARIOS: list[tuple[str, Callable[[str, int, int], tuple[Filing, dict[str, Any] | None, bytes | None]]]] = [
    ("sz01_shz_procurement_three_years", sz01),
    ("sz02_wjq_word_excel_xlsx", sz02),
    ("sz03_bt_supplement_group_audit", sz03),
    ("sz04_tmsk_tmg_two_rows", sz04),
    ("sz05_tmg_accept_before_sign", sz05),
    ("sz06_shz_qualified_opinion", sz06),
    ("sz07_wjq_invoice_over", sz07),
    ("sz08_bt_other_project", sz08),
    ("sz09_tmsk_no_seal", sz09),
    ("sz10_shz_pdf_edited", sz10),
]


def generate(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, (name, build) in enumerate(SCENARIOS, start=1):
        if only and name not in only:
            continue
        filing, decl, xlsx = build(name, seed, index)
        filing.write(out, decl, xlsx)
        written.append(name)
    return written
