"""The twelve Hotan filings: four clean, eight with one or two planted causes each."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from . import acceptance as ac
from . import declare, finance, licence, people
from . import devices as dv
from .contracts import Terms, contract
from .filing import Filing, Part
from .firmdata import Firm, Project, make_firm, make_project
from .numerals import capital, date_dots, date_padded, date_upper, figures, truth_money

YEAR = 2025


def _setup(
    rng: random.Random,
    county: str,
    n: int,
    grade: str = "丙",
    long_name: bool = False,
    wan: tuple[int, int] = (80, 420),
) -> tuple[Firm, list[Project]]:
    firm = make_firm(rng, county, grade, long_name)
    used: set[str] = set()
    projects = [
        make_project(
            rng,
            f"P{i + 1}",
            rng.choice([county, county, *people.COUNTIES]) if i else county,
            YEAR,
            wan,
            used=used,
        )
        for i in range(n)
    ]
    # Seed 000's three-year bar per grade: random amounts may leave a 丙 firm's rows short of
    # 500万, and a filing is clean only if the declared grade is one its rows reach (the checker's
    # first run raised GRADE_THRESHOLD_NOT_MET on three filings of seed 1, rightly).
    total = sum((p.amount for p in projects), Decimal(0))
    while firm.grade != "丁" and total < _GRADE_BAR[firm.grade]:
        firm.grade = _LOWER[firm.grade]
    return firm, projects


_GRADE_BAR = {"甲": Decimal(30_000_000), "乙": Decimal(10_000_000), "丙": Decimal(5_000_000)}
_LOWER = {"甲": "乙", "乙": "丙", "丙": "丁"}


def _audit(f: Filing, firm: Firm, name: str, dev: dv.Device, st: finance.AuditStyle, **kw: object) -> None:
    doc = finance.audit_report(f.rng, firm, YEAR, st, **kw)  # type: ignore[arg-type]
    f.pdf(name, [Part(doc, dev)])


# clean filings ---------------------------------------------------------------------------------


def ht01_clean_hetianshi(f: Filing) -> None:
    """和田市, JSON: born-digital contract with a vector 电子签章 and 含税 split, 详见附件 quote sheet,
    GF-2017-0201 with 补充协议, consolidated audit (母公司 column), stamped declaration form."""
    rng = f.rng
    firm, ps = _setup(rng, "和田市", 3, "丙")
    p1, p2, p3 = ps
    lic = licence.modern(rng, firm, landscape=True, copy=True)
    f.pdf("营业执照副本.pdf", [Part(lic, dv.copier(rng))])
    c1 = contract(rng, firm, p1, Terms(kind="gov", money="tax", esign=True, date_fmt=date_padded))
    a1 = ac.acceptance(
        rng,
        firm,
        p1,
        ac.Accept(style="report", conclusion="验收合格", third_party=rng.choice(ac.SUPERVISORS)),
    )
    f.pdf(
        f"1-{p1.name[:10]}合同及验收.pdf",
        [Part(c1, dv.digital()), Part(a1, dv.copier(rng, text_layer=True, skew=0.0))],
    )
    c2 = contract(
        rng, firm, p2, Terms(kind="gov", money="attached", fees={k: v for k, v in p2.fees.items() if v})
    )
    a2 = ac.acceptance(
        rng, firm, p2, ac.Accept(style="certificate", conclusion="同意验收", date_fmt=date_dots)
    )
    f.pdf("项目2扫描件.pdf", [Part(c2, dv.phone_app(rng)), Part(a2, dv.phone_app(rng))])
    delta = Decimal(rng.randrange(3, 30) * 1000)
    c3 = contract(
        rng,
        firm,
        p3,
        Terms(
            kind="build",
            amount=p3.amount - delta,
            supplement=(p3.amount, p3.signed_on + dt.timedelta(days=rng.randrange(30, 60))),
        ),
    )
    a3 = ac.acceptance(rng, firm, p3, ac.Accept(style="minutes", conclusion="同意验收", date_fmt=date_upper))
    inv = finance.e_invoice(
        rng,
        firm,
        p3,
        (p3.amount * Decimal("0.6")).quantize(Decimal("0.01")),
        p3.accepted_on + dt.timedelta(days=rng.randrange(3, 20)),
    )
    f.pdf("项目3.pdf", [Part(c3, dv.copier(rng)), Part(a3, dv.copier(rng))])
    f.pdf("项目3发票.pdf", [Part(inv, dv.digital(producer="数电发票服务平台"))])
    _audit(f, firm, f"{YEAR}年审计报告.pdf", dv.copier(rng), finance.AuditStyle(unit="元", consolidated=True))
    form = finance.declaration_form(rng, firm, ps, YEAR)
    f.pdf("申报表盖章版.pdf", [Part(form, dv.phone_app(rng))])
    decl = declare.declaration(firm, YEAR, [declare.row(p) for p in ps])
    declare.write_json(f.sub / "declaration.json", decl)
    # p2's fees are itemised on the quote sheet: the contract prints the non-zero ones
    c2.fields["fees"] = {k: truth_money(p2.fees[k]) for k in p2.fees}


def ht04_clean_moyu(f: Filing) -> None:
    """墨玉县, xlsx in 万元 (6 decimals) with a merged title and blank rows; a merged row backed by two
    contracts; 竖版 licence photographed with a 仅供年检使用 watermark; 损益表 in 万元."""
    rng = f.rng
    firm, ps = _setup(rng, "墨玉县", 2, "丙", wan=(150, 520))
    p1, p2 = ps
    p2b = make_project(rng, "P2", p2.county, YEAR, (60, 150), keys=list(k for k, v in p2.fees.items() if v))
    p2b.client = p2.client
    p2b.name = p2.name.replace("项目", "（二期）项目")
    lic = licence.modern(rng, firm, landscape=False, copy=False, watermark="仅供年检使用")
    f.image("营业执照.jpg", lic, dv.photo(rng))
    c1 = contract(rng, firm, p1, Terms(kind="gov", money="both", cells=True))
    inv1 = finance.paper_invoice(
        rng, firm, p1, (p1.amount * Decimal("0.3")).quantize(Decimal(1)), p1.signed_on + dt.timedelta(days=20)
    )
    a1 = ac.acceptance(rng, firm, p1, ac.Accept(style="report", conclusion="基本合格"))
    f.pdf("合同/项目一.pdf", [Part(c1, dv.phone_app(rng)), Part(a1, dv.phone_app(rng))])
    f.image("合同/项目一发票.jpg", inv1, dv.wechat(rng))
    c2a = contract(rng, firm, p2, Terms(kind="gov", money="both"))
    c2b = contract(rng, firm, p2b, Terms(kind="gov", money="both"))
    a2a = ac.acceptance(rng, firm, p2, ac.Accept(style="certificate"))
    a2b = ac.acceptance(rng, firm, p2b, ac.Accept(style="certificate", conclusion="整改后复验合格"))
    f.pdf(
        "合同/同类项目合并.pdf",
        [
            Part(c2a, dv.phone_app(rng)),
            Part(a2a, dv.phone_app(rng)),
            Part(c2b, dv.phone_app(rng)),
            Part(a2b, dv.phone_app(rng)),
        ],
    )
    _audit(f, firm, "审计报告.pdf", dv.copier(rng), finance.AuditStyle(unit="万元", statement_title="损益表"))
    merged = declare.row(p2, merged=[p2, p2b])
    merged["name"] = p2.name.replace("项目", "项目（含二期，2项合并）")
    decl = declare.declaration(firm, YEAR, [declare.row(p1), merged])
    declare.write_xlsx(f.sub / "declaration.xlsx", decl, unit="万元", wan_decimals=6)


def ht06_clean_luopu(f: Filing) -> None:
    """洛浦县, JSON: 电子营业执照 screenshot, 联合体 construction contract (牵头人), capital-numerals-only
    contract, 试运行报告 before the acceptance, handwritten acceptance dates, WeChat JPEGs."""
    rng = f.rng
    firm, ps = _setup(rng, "洛浦县", 2, "丁", wan=(60, 300))
    p1, p2 = ps
    f.image(
        "电子营业执照截图.png",
        licence.screenshot(rng, firm),
        dv.Device(kind="screenshot", dpi=108, gray=False, blur=0, noise=0, tint=(255, 255, 255), quality=90),
        fmt="PNG",
    )
    member = people.firm(rng, "洛浦县").replace("科技", "建设").replace("技术", "工程")
    c1 = contract(rng, firm, p1, Terms(kind="build", consortium=member, money="both"))
    trial = ac.trial_run(rng, firm, p1, p1.accepted_on - dt.timedelta(days=rng.randrange(70, 90)))
    a1 = ac.acceptance(
        rng,
        firm,
        p1,
        ac.Accept(
            style="minutes", handwritten_date=True, date_fmt=date_dots, third_party=rng.choice(ac.SUPERVISORS)
        ),
    )
    f.pdf("联合体施工合同.pdf", [Part(c1, dv.copier(rng, gray=False))])
    f.pdf("试运行及验收.pdf", [Part(trial, dv.copier(rng)), Part(a1, dv.copier(rng))])
    c2 = contract(rng, firm, p2, Terms(kind="gov", money="words", date_fmt=date_upper))
    f.pdf("项目二合同.pdf", [Part(c2, dv.wechat(rng, max_width=0))])
    a2 = ac.acceptance(rng, firm, p2, ac.Accept(style="certificate", conclusion="验收合格"))
    f.image("微信图片_验收证书.jpg", a2, dv.wechat(rng))
    _audit(f, firm, "审计报告.pdf", dv.copier(rng), finance.AuditStyle(unit="元", show_si=False))
    decl = declare.declaration(firm, YEAR, [declare.row(p) for p in ps])
    declare.write_json(f.sub / "declaration.json", decl)


def ht10_clean_yutian(f: Filing) -> None:
    """于田县, xlsx in 元: 科技部 技术合同 in 万元 with label/value cells, full-width figures, a long wrapped
    firm name, third-party 测试报告, 2-up contract copy, licence scanned sideways, TIFF acceptance, a loss
    in parentheses in a 千元 损益表."""
    rng = f.rng
    firm, ps = _setup(rng, "于田县", 2, "丁", long_name=True, wan=(60, 260))
    firm.net_profit = -abs(firm.net_profit)
    p1, p2 = ps
    lic = licence.modern(rng, firm, landscape=True, copy=True, watermark="仅供年检使用")
    lab = rng.choice(ac.LABS)
    c1 = contract(rng, firm, p1, Terms(kind="tech", money="wan", cells=True))
    test = ac.test_report(rng, firm, p1, lab, p1.accepted_on - dt.timedelta(days=rng.randrange(5, 20)))
    a1 = ac.acceptance(rng, firm, p1, ac.Accept(style="report", third_party=lab))
    f.pdf(
        "资料汇编.pdf",
        [
            Part(lic, dv.copier(rng, landscape={0}, skew=0.3)),
            Part(c1, dv.copier(rng, two_up=True)),
            Part(test, dv.copier(rng)),
            Part(a1, dv.copier(rng)),
        ],
    )
    c2 = contract(rng, firm, p2, Terms(kind="gov", money="fullwidth"))
    f.pdf("项目2合同.pdf", [Part(c2, dv.copier(rng))])
    a2 = ac.acceptance(rng, firm, p2, ac.Accept(style="certificate", date_fmt=date_upper))
    f.tiff("项目2验收.tif", a2, dv.copier(rng, dpi=200, gray=True))
    _audit(
        f, firm, "审计报告.pdf", dv.phone_app(rng), finance.AuditStyle(unit="千元", statement_title="损益表")
    )
    decl = declare.declaration(firm, YEAR, [declare.row(p) for p in ps])
    declare.write_xlsx(f.sub / "declaration.xlsx", decl, unit="元")


# planted filings -------------------------------------------------------------------------------


def ht02_words_seal_hetianxian(f: Filing) -> None:
    """和田县: P1's capital numerals spell another amount than its figures; P2's acceptance has no seal."""
    rng = f.rng
    firm, ps = _setup(rng, "和田县", 2, "丙")
    p1, p2 = ps
    f.pdf("营业执照.pdf", [Part(licence.modern(rng, firm), dv.copier(rng))])
    wrong = p1.amount + Decimal(rng.choice((10000, 100000, 90000)))
    c1 = contract(rng, firm, p1, Terms(kind="gov", money="both", words_amount=wrong))
    a1 = ac.acceptance(rng, firm, p1, ac.Accept())
    placed = f.pdf("项目一.pdf", [Part(c1, dv.copier(rng)), Part(a1, dv.copier(rng))])
    f.plant(
        "AMOUNT_WORDS_MISMATCH", placed[0], 1, f"大写金额为{figures(wrong)}元，小写为{figures(p1.amount)}元"
    )
    c2 = contract(rng, firm, p2, Terms(kind="gov"))
    a2 = ac.acceptance(rng, firm, p2, ac.Accept(style="report", seal=False))
    placed = f.pdf("项目二.pdf", [Part(c2, dv.copier(rng)), Part(a2, dv.copier(rng))])
    f.plant("SEAL_MISSING", placed[1], 0, "验收报告建设单位处未盖章")
    _audit(f, firm, "审计报告.pdf", dv.copier(rng), finance.AuditStyle())
    decl = declare.declaration(firm, YEAR, [declare.row(p) for p in ps])
    declare.write_xlsx(f.sub / "declaration.xlsx", decl, unit="元", blank_rows=False)


def ht03_amount_fee_pishan(f: Filing) -> None:
    """皮山县: P1's contract total differs from the declared amount; P2's 分项报价表 itemises fees that differ
    from the declared fees (same total)."""
    rng = f.rng
    firm, ps = _setup(rng, "皮山县", 2, "丙")
    p1, p2 = ps
    f.pdf("执照.pdf", [Part(licence.modern(rng, firm, landscape=False), dv.phone_app(rng))])
    other = p1.amount - Decimal(rng.randrange(12, 80) * 1000)
    c1 = contract(rng, firm, p1, Terms(kind="gov", money="tax", amount=other))
    a1 = ac.acceptance(rng, firm, p1, ac.Accept(style="certificate"))
    placed = f.pdf("合同1.pdf", [Part(c1, dv.copier(rng)), Part(a1, dv.copier(rng))])
    f.plant("AMOUNT_MISMATCH", placed[0], 1, f"合同总价{figures(other)}元，申报{figures(p1.amount)}元")
    keys = [k for k, v in p2.fees.items() if v]
    shift = Decimal(rng.randrange(5, 30) * 1000)
    paper_fees = {k: p2.fees[k] for k in keys}
    paper_fees[keys[0]] += shift
    paper_fees[keys[-1]] -= shift
    c2 = contract(rng, firm, p2, Terms(kind="gov", money="both", fees=paper_fees))
    c2.fields["fees"] = {k: truth_money(paper_fees.get(k, Decimal(0))) for k in p2.fees}
    a2 = ac.acceptance(rng, firm, p2, ac.Accept())
    placed = f.pdf("合同2.pdf", [Part(c2, dv.copier(rng)), Part(a2, dv.copier(rng))])
    f.plant("FEE_MISMATCH", placed[0], c2.n - 1, f"分项报价表{keys[0]}与{keys[-1]}与申报不一致")
    _audit(f, firm, "审计报告.pdf", dv.copier(rng), finance.AuditStyle(unit="元"))
    declare.write_json(
        f.sub / "declaration.json", declare.declaration(firm, YEAR, [declare.row(p) for p in ps])
    )


def ht05_party_date_cele(f: Filing) -> None:
    """策勒县: P1's contract names a sister company as 乙方; P2's contract is signed on another date."""
    rng = f.rng
    firm, ps = _setup(rng, "策勒县", 2, "丙")
    p1, p2 = ps
    f.image("营业执照.jpg", licence.modern(rng, firm), dv.photo(rng))
    sister = (
        firm.name.replace("新疆", "和田").replace("和田和田", "和田")
        if "新疆" in firm.name
        else "新疆" + firm.name[2:]
    )
    sister = (
        sister.replace("有限责任公司", "有限公司")
        if "有限责任公司" in sister
        else sister.replace("有限公司", "有限责任公司")
    )
    c1 = contract(rng, firm, p1, Terms(kind="gov", party_b=sister))
    a1 = ac.acceptance(rng, firm, p1, ac.Accept())
    placed = f.pdf("项目一.pdf", [Part(c1, dv.copier(rng)), Part(a1, dv.copier(rng))])
    f.plant("PARTY_MISMATCH", placed[0], 0, f"合同乙方为{sister}，非申报企业")
    paper_date = p2.signed_on + dt.timedelta(days=rng.randrange(35, 50))
    c2 = contract(rng, firm, p2, Terms(kind="tech", signed=paper_date))
    a2 = ac.acceptance(rng, firm, p2, ac.Accept(style="certificate"))
    placed = f.pdf("项目二.pdf", [Part(c2, dv.copier(rng)), Part(a2, dv.copier(rng))])
    f.plant("DATE_MISMATCH", placed[0], c2.sign_page, f"合同签订日期{paper_date}，申报{p2.signed_on}")
    _audit(f, firm, "审计报告.pdf", dv.copier(rng), finance.AuditStyle())
    declare.write_json(
        f.sub / "declaration.json", declare.declaration(firm, YEAR, [declare.row(p) for p in ps])
    )


def ht07_acceptance_minfeng(f: Filing) -> None:
    """民丰县: P1's acceptance says 不予通过; P2 was accepted in December of the year before."""
    rng = f.rng
    firm, ps = _setup(rng, "民丰县", 2, "丁", wan=(50, 200))
    p1, p2 = ps
    p2.signed_on = dt.date(YEAR - 1, rng.randrange(4, 8), rng.randrange(1, 28))
    p2.accepted_on = dt.date(YEAR - 1, 12, rng.randrange(10, 30))
    f.pdf("营业执照.pdf", [Part(licence.modern(rng, firm), dv.phone_app(rng))])
    c1 = contract(rng, firm, p1, Terms(kind="gov"))
    a1 = ac.acceptance(rng, firm, p1, ac.Accept(style="report", conclusion="不予通过"))
    placed = f.pdf("项目1.pdf", [Part(c1, dv.copier(rng)), Part(a1, dv.copier(rng))])
    f.plant("ACCEPTANCE_NOT_PASSED", placed[1], 0, "验收结论：不予通过")
    c2 = contract(rng, firm, p2, Terms(kind="gov"))
    a2 = ac.acceptance(rng, firm, p2, ac.Accept(style="certificate", date_fmt=date_upper))
    placed = f.pdf("项目2.pdf", [Part(c2, dv.copier(rng)), Part(a2, dv.copier(rng))])
    f.plant("ACCEPTANCE_OUT_OF_PERIOD", placed[1], 0, f"验收日期{p2.accepted_on}不在{YEAR}年度")
    _audit(f, firm, "审计报告.pdf", dv.copier(rng), finance.AuditStyle())
    declare.write_json(
        f.sub / "declaration.json", declare.declaration(firm, YEAR, [declare.row(p) for p in ps])
    )


def ht08_old_licence_moyu(f: Filing) -> None:
    """墨玉县: the uploaded licence is the old 企业法人营业执照 (15-digit 注册号) under the former company
    name, its term ended mid-year."""
    rng = f.rng
    firm, ps = _setup(rng, "墨玉县", 2, "丁", wan=(50, 220))
    old_name = firm.name.replace(firm.name[2:4], rng.choice(["鑫源", "宏达", "金玉"]), 1)
    end = dt.date(YEAR, rng.randrange(3, 10), rng.randrange(1, 28))
    lic = licence.old_style(
        rng,
        firm,
        people.registration_number(rng, people.COUNTIES["墨玉县"]),
        end,
        old_name,
        firm.legal_rep,
        watermark="仅供年检使用",
    )
    placed = f.pdf("营业执照.pdf", [Part(lic, dv.copier(rng))])
    f.plant("LICENSE_EXPIRED", placed[0], 0, f"营业期限至{end}")
    f.plant("LICENSE_NAME_MISMATCH", placed[0], 0, f"执照名称{old_name}")
    for p in ps:
        c = contract(rng, firm, p, Terms(kind="gov"))
        a = ac.acceptance(rng, firm, p, ac.Accept(style=rng.choice(["report", "certificate"])))
        f.pdf(f"{p.id}.pdf", [Part(c, dv.phone_app(rng)), Part(a, dv.phone_app(rng))])
    _audit(f, firm, "审计报告.pdf", dv.copier(rng), finance.AuditStyle())
    declare.write_json(
        f.sub / "declaration.json", declare.declaration(firm, YEAR, [declare.row(p) for p in ps])
    )


def ht09_audit_form_hetianshi(f: Filing) -> None:
    """和田市: the declared operating revenue is not the audited one (千元 statement); the stamped
    declaration form's project total differs from the declaration."""
    rng = f.rng
    firm, ps = _setup(rng, "和田市", 2, "丙")
    f.pdf("营业执照.pdf", [Part(licence.modern(rng, firm), dv.copier(rng))])
    for p in ps:
        c = contract(rng, firm, p, Terms(kind="gov"))
        a = ac.acceptance(rng, firm, p, ac.Accept())
        f.pdf(f"{p.id}合同验收.pdf", [Part(c, dv.copier(rng)), Part(a, dv.copier(rng))])
    audited = (firm.revenue * Decimal("0.82")).quantize(Decimal("0.01"))
    doc = finance.audit_report(rng, firm, YEAR, finance.AuditStyle(unit="千元"), revenue=audited)
    placed = f.pdf("审计报告.pdf", [Part(doc, dv.copier(rng))])
    f.plant(
        "AUDIT_FIGURE_MISMATCH",
        placed[0],
        2,
        f"审计营业收入约{figures(audited)}元，申报{figures(firm.revenue)}元",
    )
    real_total = sum((p.amount for p in ps), Decimal(0))
    form_total = real_total + Decimal(rng.randrange(20, 90) * 10000)
    form = finance.declaration_form(rng, firm, ps, YEAR, total_override=form_total)
    placed = f.pdf("申报表.pdf", [Part(form, dv.copier(rng))])
    f.plant(
        "DECLARATION_FORM_MISMATCH",
        placed[0],
        0,
        f"申报表合计{figures(form_total)}元，申报{figures(real_total)}元",
    )
    declare.write_json(
        f.sub / "declaration.json", declare.declaration(firm, YEAR, [declare.row(p) for p in ps])
    )


def ht11_tamper_duplicate_hetianxian(f: Filing) -> None:
    """和田县: P1's acceptance date is a patch pasted from another scan; P1's invoice is filed again in P2's
    bundle."""
    rng = f.rng
    firm, ps = _setup(rng, "和田县", 2, "丁", wan=(50, 240))
    p1, p2 = ps
    f.pdf("营业执照.pdf", [Part(licence.modern(rng, firm, landscape=False), dv.copier(rng))])
    c1 = contract(rng, firm, p1, Terms(kind="gov"))
    real = p1.accepted_on + dt.timedelta(days=rng.randrange(40, 70))
    real = min(real, dt.date(YEAR, 12, 28))
    state = rng.getstate()
    a1 = ac.acceptance(rng, firm, p1, ac.Accept(style="certificate", date=real, bottom_date=False))
    rng.setstate(state)
    twin = ac.acceptance(rng, firm, p1, ac.Accept(style="certificate", bottom_date=False))
    r_real = a1.src[0].search_for(ac.date_cn(real))[0]
    r_fake = twin.src[0].search_for(ac.date_cn(p1.accepted_on))[0]
    a1.patch = {0: twin.src}
    a1.patch_rect = (r_real | r_fake) + (-4, -3, 6, 3)
    a1.fields = twin.fields
    inv = finance.paper_invoice(
        rng, firm, p1, (p1.amount * Decimal("0.5")).quantize(Decimal(1)), p1.signed_on + dt.timedelta(days=15)
    )
    placed = f.pdf(
        "项目1.pdf",
        [
            Part(c1, dv.copier(rng)),
            Part(a1, dv.copier(rng, gray=False, quality=70)),
            Part(inv, dv.copier(rng)),
        ],
    )
    f.plant("IMAGE_TAMPERED", placed[1], 0, f"验收时间处为另一扫描件粘贴（原日期{real}）")
    c2 = contract(rng, firm, p2, Terms(kind="gov"))
    a2 = ac.acceptance(rng, firm, p2, ac.Accept())
    placed = f.pdf(
        "项目2.pdf", [Part(c2, dv.phone_app(rng)), Part(a2, dv.phone_app(rng)), Part(inv, dv.phone_app(rng))]
    )
    f.plant("DUPLICATE_DOCUMENT", placed[2], 0, "与项目1.pdf中的发票为同一张", project_id="P1")
    _audit(f, firm, "审计报告.pdf", dv.copier(rng), finance.AuditStyle())
    declare.write_json(
        f.sub / "declaration.json", declare.declaration(firm, YEAR, [declare.row(p) for p in ps])
    )


def ht12_textlayer_overlay_luopu(f: Filing) -> None:
    """洛浦县: P1's scanned contract carries a hidden text layer with another amount; P2's born-digital
    contract has its amount covered by a white box and retyped."""
    rng = f.rng
    firm, ps = _setup(rng, "洛浦县", 2, "丙")
    p1, p2 = ps
    f.pdf("营业执照.pdf", [Part(licence.modern(rng, firm), dv.copier(rng))])
    c1 = contract(rng, firm, p1, Terms(kind="gov", money="both"))
    hidden = p1.amount + Decimal(rng.randrange(100, 600) * 1000)
    c1.text_swap = {
        1: {
            figures(p1.amount): figures(hidden),
            figures(p1.amount, sep=False): figures(hidden, sep=False),
            capital(p1.amount)[3:]: capital(hidden)[3:],
        }
    }
    a1 = ac.acceptance(rng, firm, p1, ac.Accept())
    placed = f.pdf(
        "项目一合同.pdf",
        [
            Part(c1, dv.copier(rng, text_layer=True, skew=0.0)),
            Part(a1, dv.copier(rng, text_layer=True, skew=0.0)),
        ],
    )
    f.plant("TEXT_LAYER_MISMATCH", placed[0], 1, f"文字层金额{figures(hidden)}，图像为{figures(p1.amount)}")
    before = p2.amount + Decimal(rng.randrange(50, 300) * 1000)
    c2 = contract(rng, firm, p2, Terms(kind="gov", money="both", extra={"overlay_from": before}))
    a2 = ac.acceptance(rng, firm, p2, ac.Accept(style="certificate"))
    placed = f.pdf("项目二合同.pdf", [Part(c2, dv.digital()), Part(a2, dv.copier(rng))])
    f.plant("OVERLAY_DETECTED", placed[0], 1, f"金额处白色覆盖，原文{figures(before)}")
    _audit(f, firm, "审计报告.pdf", dv.copier(rng), finance.AuditStyle())
    declare.write_json(
        f.sub / "declaration.json", declare.declaration(firm, YEAR, [declare.row(p) for p in ps])
    )


SCENARIOS: list[tuple[Callable[[Filing], None], bool]] = [
    (ht01_clean_hetianshi, True),
    (ht02_words_seal_hetianxian, False),
    (ht03_amount_fee_pishan, False),
    (ht04_clean_moyu, True),
    (ht05_party_date_cele, False),
    (ht06_clean_luopu, True),
    (ht07_acceptance_minfeng, False),
    (ht08_old_licence_moyu, False),
    (ht09_audit_form_hetianshi, False),
    (ht10_clean_yutian, True),
    (ht11_tamper_duplicate_hetianxian, False),
    (ht12_textlayer_overlay_luopu, False),
]


def run(out: Path, seed: int, only: list[str] | None = None) -> list[str]:
    written = []
    for index, (fn, clean) in enumerate(SCENARIOS, start=1):
        if only and fn.__name__ not in only:
            continue
        rng = random.Random(seed * 1000 + index)
        f = Filing(out, fn.__name__, seed, rng, clean)
        fn(f)
        f.write_truth()
        written.append(fn.__name__)
    return written
