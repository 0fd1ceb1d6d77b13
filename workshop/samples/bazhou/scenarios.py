"""The ten 巴州 scenarios. Each writes OUT/<name>/submission and OUT/<name>/truth.json and returns its name."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pymupdf

from .filing import Filing, docx_bytes, paste_lines
from .ids import capital, cn_date, comma, credit_code, money, ymd
from .paper import cjk_buffer, seal_png
from .papers import (
    Deal,
    Paper,
    acceptance_paper,
    audit_paper,
    award_notice,
    contract_paper,
    invoice_paper,
    license_paper,
)
from .scan import Scanner
from .world import (
    World,
    amounts_for,
    audit_firm,
    commas,
    declaration,
    declaration_xlsx,
    make_deal,
    make_world,
    project_row,
)

SCOPE = "许可项目：第一类增值电信业务；建设工程施工。一般项目：信息系统集成服务；软件开发；信息技术咨询服务；数据处理和存储支持服务；计算机系统服务；安全技术防范系统设计施工服务；计算机软硬件及辅助设备零售；通讯设备销售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"


def _scanner(rng: random.Random, **pin: object) -> Scanner:
    sc = Scanner(
        dpi=rng.choice((150, 200, 200, 300)),
        grey=rng.random() < 0.4,
        jpeg=rng.choice((55, 70, 80, 90)),
        skew=round(rng.uniform(-1.2, 1.2), 2),
        noise=rng.uniform(2, 6),
    )
    for k, v in pin.items():
        setattr(sc, k, v)
    return sc


def _lic(w: World, kind: str = "fuben", valid_until: dt.date | None = None) -> Paper:
    return license_paper(
        w.rng, w.firm, kind, valid_until, SCOPE, dt.date(2023, w.rng.randint(1, 12), w.rng.randint(1, 28))
    )


def _audit(
    w: World, unit: str = "元", prior_first: bool = False, split: bool = False, same: bool = False
) -> Paper:
    firm, number = audit_firm(w.rng)
    return audit_paper(
        w.rng,
        w.firm,
        w.books,
        unit,
        prior_first,
        split,
        same,
        firm,
        number,
        dt.date(2025, w.rng.randint(2, 4), w.rng.randint(1, 28)),
    )


def _docx_acceptance(w: World, d: Deal, seal: bool) -> Paper:
    date_s = cn_date(d.accepted)
    paras = [
        f"项目名称：{d.name}",
        f"建设单位：{d.client}",
        f"承建单位：{d.vendor}",
        f"合同编号：{d.number}",
        "验收意见：项目已按合同完成全部建设内容，经验收组现场核查和功能测试，系统运行稳定，资料齐全。",
        "验收结论：☑合格  □不合格",
        "建设单位（盖章）：",
        f"日期：{date_s}",
        "承建单位（盖章）：",
        f"日期：{date_s}",
    ]
    data = docx_bytes(
        "项目验收单",
        paras,
        [["验收组成员", "单位", "签字"], [w.firm.legal_rep, d.vendor, ""], ["", d.client, ""]],
        seal_png(d.client, "", 7.0) if seal else None,
        seal_after=6,
    )
    doc = pymupdf.open()
    p = Paper(
        "acceptance_report",
        {
            "project_name": d.name,
            "party_a": d.client,
            "party_b": d.vendor,
            "accepted_on": d.accepted.isoformat(),
            "conclusion": "passed",
            "has_seal": seal,
        },
        doc,
        d.pid,
    )
    p.doc_bytes = data
    return p


# ---------------------------------------------------------------- clean


def bz01_korla_clean_merged(out: Path, seed: int) -> str:
    """Clean. A merged row (P1) backed by two 智慧校园 contracts; 中标通知书 bound before P2's contract; 合并/母公司 audit."""
    name = "bz01_korla_clean_merged"
    w = make_world(name, seed, "库尔勒", "乙", group=True)
    f = Filing(out, name, seed)
    a1, a2, a3 = amounts_for(w, 3)
    half = (a1 / 2).quantize(Decimal(100))
    d1a = make_deal(w, "P1", half, client_idx=0)
    d1b = make_deal(w, "P1", a1 - half + Decimal(300), client_idx=0)
    d1b = dataclasses.replace(
        d1b,
        name=d1a.name.replace("项目", "（二期）项目") if "（" not in d1a.name else d1a.name + "二标段",
        signed=d1a.signed + dt.timedelta(days=40),
    )
    d2 = make_deal(w, "P2", a2, client_idx=11)
    d3 = make_deal(w, "P3", a3, client_idx=9)
    f.scan_pdf(
        "营业执照副本.pdf", [(_lic(w, "fuben"), _scanner(w.rng, grey=True, keep_seal_colour=True, dpi=200))]
    )
    f.text_pdf("2024年度审计报告.pdf", [_audit(w, "元", prior_first=False)])
    sc = _scanner(w.rng, grey=True, dpi=200)
    f.scan_pdf(
        "教育局项目合同及验收（一）.pdf",
        [(contract_paper(w.rng, d1a), sc), (acceptance_paper(w.rng, d1a, "report"), sc)],
        twoup={0},
    )
    sc2 = _scanner(w.rng, dpi=150, per_page_rotate={1: 180})
    f.scan_pdf(
        "教育局项目合同及验收（二）.pdf",
        [
            (contract_paper(w.rng, d1b, style="header"), sc2),
            (acceptance_paper(w.rng, d1b, "report", cn_dates=True), _scanner(w.rng)),
        ],
    )
    sc3 = _scanner(w.rng, jpeg=75)
    f.scan_pdf(
        "政务服务中心项目.pdf",
        [
            (award_notice(w.rng, d2, "中标通知书", "新疆天鸿项目管理有限公司"), sc3),
            (contract_paper(w.rng, d2), sc3),
            (acceptance_paper(w.rng, d2, "lvyue"), sc3),
        ],
    )
    f.text_pdf("移动分公司合同.pdf", [contract_paper(w.rng, d3, style="header")])
    f.text_pdf(
        "发票/数电票.pdf",
        [
            invoice_paper(
                w.rng,
                d3,
                (d3.amount * Decimal("0.7")).quantize(Decimal("0.01")),
                d3.accepted - dt.timedelta(days=20),
                "digital",
                "*信息技术服务*系统集成服务",
            )
        ],
        producer="",
    )
    fees1 = {k: d1a.fees[k] + d1b.fees[k] for k in d1a.fees}
    rows = [
        project_row(d1a, fees=fees1, accepted=max(d1a.accepted, d1b.accepted), signed=d1a.signed),
        project_row(d2),
        project_row(d3),
    ]
    rows[0]["name"] = d1a.name.replace("项目", "项目（两份合同合并填报）")
    f.declaration_json(declaration(w, rows))
    return f.finish(clean=True)


def bz02_luntai_clean_xlsx(out: Path, seed: int) -> str:
    """Clean. declaration.xlsx with a title row; 补充协议 raising the price; 履约验收书 with ticks and 二〇二四年 dates;
    a 采购合同 priced in a 报价表 with an old paper invoice; audit in 万元, 上期 first, 上年同期 labels; 正本 photo."""
    name = "bz02_luntai_clean_xlsx"
    w = make_world(name, seed, "轮台", "丙")
    f = Filing(out, name, seed)
    a1, a2 = amounts_for(w, 2)
    d1 = make_deal(w, "P1", a1, client_idx=2)
    original = (a1 * Decimal("0.88")).quantize(Decimal(1000))
    d1.extra["original_amount"] = original
    d2 = make_deal(w, "P2", a2, client_idx=7)
    f.image(
        "营业执照正本.jpg",
        _lic(w, "zhengben"),
        _scanner(w.rng, photo=True, blur=0.8, dpi=150, jpeg=85, skew=0.0, grey=False),
    )
    f.scan_pdf("审计报告.pdf", [(_audit(w, "万元", prior_first=True, same=True), _scanner(w.rng, dpi=200))])
    sup_date = d1.signed + dt.timedelta(days=w.rng.randint(60, 120))
    sc = _scanner(w.rng, per_page_rotate={0: 90}, jpeg=50)
    f.scan_pdf(
        "人民医院项目合同+补充协议+验收.pdf",
        [
            (contract_paper(w.rng, d1, supplement=(a1, sup_date)), sc),
            (acceptance_paper(w.rng, d1, "lvyue", cn_dates=True), sc),
        ],
    )
    f.scan_pdf(
        "县政府办采购合同.pdf",
        [(contract_paper(w.rng, d2, style="quote"), _scanner(w.rng, dpi=300, jpeg=80))],
    )
    f.image(
        "县政府办发票.jpg",
        invoice_paper(
            w.rng,
            d2,
            (d2.amount * Decimal("0.6")).quantize(Decimal("0.01")),
            d2.accepted,
            "paper",
            "*信息系统集成服务*政务系统集成",
        ),
        _scanner(w.rng, jpeg=50, dpi=200),
    )
    decl = declaration(w, [project_row(d1), project_row(d2)])
    (f.sub / "declaration.xlsx").write_bytes(declaration_xlsx(decl, "title"))
    return f.finish(clean=True)


def bz03_yuli_clean_thirty_pages(out: Path, seed: int) -> str:
    """Clean. A 30-page PDF whose contract price and acceptance are near the end, mixed DPIs; a 标段/包 contract with an
    acceptance signed by a 代建单位 (Word, with seal picture); audit in 千元 with the income statement over two pages;
    a photocopied license with moiré; money strings with thousands separators."""
    name = "bz03_yuli_clean_thirty_pages"
    w = make_world(name, seed, "尉犁", "丙")
    f = Filing(out, name, seed)
    a1, a2 = amounts_for(w, 2)
    d1 = make_deal(w, "P1", a1, client_idx=3)
    d2 = make_deal(w, "P2", a2, client_idx=4)
    f.image(
        "营业执照复印件.png",
        _lic(w, "fuben"),
        _scanner(w.rng, moire=True, grey=True, keep_seal_colour=False, dpi=200),
    )
    f.text_pdf("审计报告（2024）.pdf", [_audit(w, "千元", split=True)])
    c1 = contract_paper(w.rng, d1, filler_pages=26)
    acc1 = acceptance_paper(w.rng, d1, "jungong", third_party="新疆华腾工程监理咨询有限公司")
    dpis = {i: (300 if i % 3 == 0 else 150) for i in range(len(c1.doc))}
    f.scan_pdf(
        "公安局项目（合同全文及竣工验收）.pdf",
        [(c1, _scanner(w.rng, per_page_dpi=dpis, grey=True, dpi=200)), (acc1, _scanner(w.rng, dpi=300))],
    )
    lots = [("第1包：网络及安全设备", (a2 * Decimal("0.55")).quantize(Decimal(100)))]
    lots.append(("第2包：平台软件开发及集成", a2 - lots[0][1]))
    f.scan_pdf(
        "自然资源局合同.pdf",
        [
            (
                contract_paper(w.rng, d2, style="lots", lots=lots),
                _scanner(w.rng, per_page_rotate={2: 270}, dpi=200),
            )
        ],
    )
    agent = "巴州城投项目代建管理有限公司"
    acc2 = acceptance_paper(w.rng, d2, "report", agent=agent)
    f.scan_pdf(
        "自然资源局验收报告（代建单位）.pdf", [(acc2, _scanner(w.rng, grey=True, keep_seal_colour=True))]
    )
    decl = declaration(w, [project_row(d1), project_row(d2)])
    f.declaration_json(commas(decl))
    return f.finish(clean=True)


# ---------------------------------------------------------------- planted


def bz04_ruoqiang_reverse_amount(out: Path, seed: int) -> str:
    """AMOUNT_MISMATCH: P1's contract (pages in reverse order in the scan) states a lower price than declared.
    SEAL_MISSING: P2's acceptance is a Word file with no seal picture."""
    name = "bz04_ruoqiang_reverse_amount"
    w = make_world(name, seed, "若羌", "丁")
    f = Filing(out, name, seed)
    a1, a2 = amounts_for(w, 2)
    d1 = make_deal(w, "P1", a1, client_idx=4)
    d2 = make_deal(w, "P2", a2, client_idx=5)
    printed = a1 - Decimal(300_000)
    d1p = dataclasses.replace(d1, amount=printed)
    f.scan_pdf("营业执照.pdf", [(_lic(w), _scanner(w.rng))])
    f.text_pdf("审计报告.pdf", [_audit(w, "元")])
    c1 = contract_paper(w.rng, d1p)
    placed = f.scan_pdf(
        "若羌项目合同（扫描）.pdf",
        [(c1, _scanner(w.rng, dpi=200)), (acceptance_paper(w.rng, d1p, "report"), _scanner(w.rng))],
        reverse={0},
    )
    n = len(c1.doc)
    f.finding(
        "AMOUNT_MISMATCH",
        "P1",
        "若羌项目合同（扫描）.pdf",
        placed[0][n - 1 - c1.key_page],
        f"declared {money(a1)}, contract prints {money(printed)}",
    )
    f.text_pdf("且末水利局合同.pdf", [contract_paper(w.rng, d2)])
    acc = _docx_acceptance(w, d2, seal=False)
    f.raw("且末水利局验收单.docx", acc.doc_bytes, acc, False)
    f.finding("SEAL_MISSING", "P2", "且末水利局验收单.docx", 1, "Word acceptance without any seal picture")
    f.declaration_json(declaration(w, [project_row(d1), project_row(d2)]))
    return f.finish(clean=False)


def bz05_qiemo_fee_words(out: Path, seed: int) -> str:
    """FEE_MISMATCH: P1's contract itemises its fees; the declaration moves 200,000 from 集成实施费 to 软件开发费 (same total).
    AMOUNT_WORDS_MISMATCH: P2's contract prints capital numerals that differ from its figures (the declaration follows the figures)."""
    name = "bz05_qiemo_fee_words"
    w = make_world(name, seed, "且末", "丙")
    f = Filing(out, name, seed)
    a1, a2 = amounts_for(w, 2)
    d1 = make_deal(w, "P1", a1, client_idx=5, itemised=True)
    d2 = make_deal(w, "P2", a2, client_idx=1)
    f.scan_pdf("营业执照.pdf", [(_lic(w), _scanner(w.rng, grey=True))])
    f.scan_pdf("审计报告.pdf", [(_audit(w, "万元"), _scanner(w.rng, dpi=150, jpeg=70))])
    c1 = contract_paper(w.rng, d1)
    placed = f.scan_pdf(
        "水利局合同及验收.pdf",
        [(c1, _scanner(w.rng)), (acceptance_paper(w.rng, d1, "lvyue"), _scanner(w.rng))],
    )
    fees = dict(d1.fees)
    fees["software_development"] += Decimal(200_000)
    fees["integration_implementation"] -= Decimal(200_000)
    f.finding(
        "FEE_MISMATCH",
        "P1",
        "水利局合同及验收.pdf",
        placed[0][c1.key_page],
        "软件开发费 and 集成实施费 declared 200,000 apart from the contract's table",
    )
    wrong = a2 + Decimal(
        w.rng.choice((-1, 1)) * w.rng.choice((90_000, 100_000, 1_000_000 if a2 > 2_000_000 else 50_000))
    )
    c2 = contract_paper(w.rng, d2, words=capital(wrong))
    placed2 = f.scan_pdf(
        "人民医院合同.pdf",
        [(c2, _scanner(w.rng, dpi=300)), (acceptance_paper(w.rng, d2, "report"), _scanner(w.rng))],
    )
    f.finding(
        "AMOUNT_WORDS_MISMATCH",
        "P2",
        "人民医院合同.pdf",
        placed2[0][c2.key_page],
        f"words {capital(wrong)} vs figures {comma(a2)}",
    )
    decl = declaration(w, [project_row(d1, fees=fees), project_row(d2)])
    (f.sub / "declaration.xlsx").write_bytes(declaration_xlsx(decl, "merged"))
    return f.finish(clean=False)


def bz06_yanqi_party_period(out: Path, seed: int) -> str:
    """PARTY_MISMATCH: P1's contract names another company as 乙方. ACCEPTANCE_OUT_OF_PERIOD: P2 was accepted in December 2023
    (declared so too), outside the 2024 inspection year."""
    name = "bz06_yanqi_party_period"
    w = make_world(name, seed, "焉耆", "丁")
    f = Filing(out, name, seed)
    a1, a2 = amounts_for(w, 2)
    d1 = make_deal(w, "P1", a1, client_idx=6)
    other = "新疆开都河网络工程有限公司" if "开都河" not in w.firm.name else "新疆胡杨网络工程有限公司"
    d1p = dataclasses.replace(d1, vendor=other, vendor_rep="")
    d2 = make_deal(w, "P2", a2, client_idx=6, accepted=dt.date(2023, 12, w.rng.randint(5, 27)))
    d2 = dataclasses.replace(d2, signed=dt.date(2023, w.rng.randint(3, 6), w.rng.randint(1, 28)))
    f.scan_pdf("营业执照.pdf", [(_lic(w), _scanner(w.rng))])
    f.text_pdf("审计报告.pdf", [_audit(w, "元", prior_first=True)])
    c1 = contract_paper(w.rng, d1p)
    placed = f.scan_pdf(
        "农业农村局合同.pdf",
        [
            (c1, _scanner(w.rng, grey=True)),
            (acceptance_paper(w.rng, d1p, "report"), _scanner(w.rng, grey=True)),
        ],
    )
    f.finding(
        "PARTY_MISMATCH",
        "P1",
        "农业农村局合同.pdf",
        placed[0][0],
        f"乙方 is {other}, not the declaring enterprise",
    )
    f.text_pdf("农业农村局二期合同.pdf", [contract_paper(w.rng, d2, style="header")])
    f.image(
        "二期验收报告.jpg",
        acceptance_paper(w.rng, d2, "report", cn_dates=True),
        _scanner(w.rng, photo=True, blur=1.2, dpi=150, jpeg=80),
    )
    f.finding(
        "ACCEPTANCE_OUT_OF_PERIOD",
        "P2",
        "二期验收报告.jpg",
        1,
        f"accepted {d2.accepted.isoformat()}, before 2024",
    )
    f.declaration_json(declaration(w, [project_row(d1), project_row(d2)]))
    return f.finish(clean=False)


def bz07_hejing_consolidated(out: Path, seed: int) -> str:
    """AUDIT_FIGURE_MISMATCH: the declared operating revenue is the 合并 column, not the company's own (母公司).
    CREDIT_CODE_MISMATCH: the declared credit code is another valid code; the license prints the firm's own."""
    name = "bz07_hejing_consolidated"
    w = make_world(name, seed, "和静", "乙", group=True)
    f = Filing(out, name, seed)
    amts = amounts_for(w, 3)
    deals = [make_deal(w, f"P{i + 1}", a, client_idx=(7, 10, 8)[i]) for i, a in enumerate(amts)]
    f.scan_pdf("营业执照副本.pdf", [(_lic(w), _scanner(w.rng, grey=True))])
    audit = _audit(w, "元", split=True)
    placed = f.scan_pdf("2024审计报告.pdf", [(audit, _scanner(w.rng, dpi=200, jpeg=80))])
    assert w.books.group_rows
    group_rev = w.books.group_rows[0][1]
    f.finding(
        "AUDIT_FIGURE_MISMATCH",
        None,
        "2024审计报告.pdf",
        placed[0][audit.key_page],
        f"declared {money(group_rev)} is the 合并 column; 母公司 {money(w.books.revenue)}",
    )
    for d in deals:
        f.scan_pdf(
            f"{d.client[:6]}合同及验收.pdf",
            [
                (contract_paper(w.rng, d), _scanner(w.rng)),
                (acceptance_paper(w.rng, d, "lvyue"), _scanner(w.rng)),
            ],
        )
    wrong = credit_code(random.Random(f"{name}/{seed}/cc"), "652827")
    f.finding(
        "CREDIT_CODE_MISMATCH", None, "营业执照副本.pdf", 1, f"declared {wrong}, license {w.firm.credit_code}"
    )
    f.declaration_json(declaration(w, [project_row(d) for d in deals], revenue=group_rev, credit_code=wrong))
    return f.finish(clean=False)


def bz08_bohu_invoices(out: Path, seed: int) -> str:
    """INVOICE_EXCEEDS_CONTRACT: three invoices in one PDF add up to more than P1's contract.
    DUPLICATE_DOCUMENT: P2's acceptance page is uploaded twice (in its bundle and rescanned as a JPEG)."""
    name = "bz08_bohu_invoices"
    w = make_world(name, seed, "博湖", "丁")
    f = Filing(out, name, seed)
    a1, a2 = amounts_for(w, 2)
    d1 = make_deal(w, "P1", a1, client_idx=8)
    d2 = make_deal(w, "P2", a2, client_idx=8)
    f.scan_pdf("营业执照.pdf", [(_lic(w), _scanner(w.rng))])
    f.text_pdf("审计报告.pdf", [_audit(w, "元", same=True)])
    f.scan_pdf("卫健委合同.pdf", [(contract_paper(w.rng, d1), _scanner(w.rng))])
    parts = [(a1 * Decimal(x)).quantize(Decimal("0.01")) for x in ("0.4", "0.5", "0.25")]
    invs = [
        invoice_paper(
            w.rng,
            d1,
            v,
            d1.accepted - dt.timedelta(days=60 - 25 * i),
            "digital",
            "*信息技术服务*系统集成服务",
        )
        for i, v in enumerate(parts)
    ]
    f.text_pdf("卫健委项目发票（3张）.pdf", invs, producer="")
    f.finding(
        "INVOICE_EXCEEDS_CONTRACT",
        "P1",
        note=f"invoices {comma(sum(parts, Decimal(0)))} > contract {comma(a1)}",
    )
    acc2 = acceptance_paper(w.rng, d2, "report")
    placed = f.scan_pdf(
        "卫健委二期合同及验收.pdf",
        [(contract_paper(w.rng, d2, style="header"), _scanner(w.rng)), (acc2, _scanner(w.rng, dpi=200))],
    )
    f.image("验收报告重扫.jpg", acc2, _scanner(w.rng, dpi=150, jpeg=60, skew=-0.8))
    f.finding(
        "DUPLICATE_DOCUMENT",
        "P2",
        "验收报告重扫.jpg",
        1,
        f"same acceptance page as 卫健委二期合同及验收.pdf page {placed[1][0]}",
    )
    f.declaration_json(declaration(w, [project_row(d1), project_row(d2)]))
    return f.finish(clean=False)


def bz09_korla_tampered(out: Path, seed: int) -> str:
    """IMAGE_TAMPERED: on P1's scanned contract the price line is a pasted clean patch (the declared price, no scan noise).
    ACCEPTANCE_NOT_PASSED: P2's 履约验收书 ticks 不合格."""
    name = "bz09_korla_tampered"
    w = make_world(name, seed, "库尔勒", "丙")
    f = Filing(out, name, seed)
    a1, a2 = amounts_for(w, 2)
    d1 = make_deal(w, "P1", a1, client_idx=1)
    d2 = make_deal(w, "P2", a2, client_idx=9)
    f.scan_pdf("营业执照.pdf", [(_lic(w), _scanner(w.rng, grey=True))])
    f.text_pdf("审计报告.pdf", [_audit(w, "万元", same=True)])
    orig = a1 - Decimal(w.rng.choice((200_000, 350_000, 480_000)))
    d1o = dataclasses.replace(d1, amount=orig)
    c1 = contract_paper(w.rng, d1o)
    c1.fields.update(contract_amount=money(a1), amount_in_words=capital(a1))
    page = c1.doc[c1.key_page]
    allspans = [
        sp for b in page.get_text("dict")["blocks"] for ln in b.get("lines", []) for sp in ln["spans"]
    ]
    i0 = next(i for i, sp in enumerate(allspans) if "本合同总价为人民币" in sp["text"])
    spans, joined = [], ""
    for sp in allspans[i0:]:
        spans.append(sp)
        joined += sp["text"]
        if "含税。" in joined:
            break
    start = pymupdf.Rect(spans[0]["bbox"])
    end = pymupdf.Rect(spans[-1]["bbox"])
    new = f"本合同总价为人民币（大写）：{capital(a1)}（小写：¥{comma(a1)}元），含税。"
    lines, rest = [], new
    for i, sp in enumerate(spans):
        take = len(sp["text"]) if i < len(spans) - 1 else len(rest)
        lines.append((sp["origin"][0], sp["origin"][1], rest[:take], sp["size"]))
        rest = rest[take:]
    box = (min(sp["bbox"][0] for sp in spans) - 3, start.y0 - 3, page.rect.width - 40, end.y1 + 3)
    placed = f.scan_pdf(
        "人民医院合同.pdf",
        [
            (c1, _scanner(w.rng, dpi=200, noise=6.0, jpeg=70)),
            (acceptance_paper(w.rng, d1, "report"), _scanner(w.rng)),
        ],
        tamper=(0, c1.key_page, paste_lines(lines, box)),
    )
    f.finding(
        "IMAGE_TAMPERED",
        "P1",
        "人民医院合同.pdf",
        placed[0][c1.key_page],
        "price line pasted as a noise-free patch",
    )
    placed2 = f.scan_pdf(
        "移动分公司项目.pdf",
        [
            (contract_paper(w.rng, d2, style="header"), _scanner(w.rng)),
            (acceptance_paper(w.rng, d2, "lvyue", passed=False), _scanner(w.rng, grey=True)),
        ],
    )
    f.finding("ACCEPTANCE_NOT_PASSED", "P2", "移动分公司项目.pdf", placed2[1][0], "验收结论 ticks 不合格")
    f.declaration_json(declaration(w, [project_row(d1), project_row(d2)]))
    return f.finish(clean=False)


def bz10_luntai_edited_expired(out: Path, seed: int) -> str:
    """PDF_EDITED: P1's born-digital contract was re-saved incrementally by an editor that rewrote the price on page 2.
    LICENSE_EXPIRED: the license's 营业期限 ended in 2024."""
    name = "bz10_luntai_edited_expired"
    w = make_world(name, seed, "轮台", "丁")
    f = Filing(out, name, seed)
    a1, a2 = amounts_for(w, 2)
    # the declared price and the original one have the same digits, two swapped, so the edit fits the line
    a1 = Decimal(w.rng.choice((1, 2, 3)) * 1_000_000 + 400_000 + 70_000)
    orig = Decimal(int(str(int(a1))[0]) * 1_000_000 + 700_000 + 40_000)
    d1 = make_deal(w, "P1", a1, client_idx=2)
    d2 = make_deal(w, "P2", a2, client_idx=11)
    until = dt.date(2024, w.rng.randint(3, 10), 30)
    lic = _lic(w, valid_until=until)
    f.scan_pdf("营业执照.pdf", [(lic, _scanner(w.rng))])
    f.finding("LICENSE_EXPIRED", None, "营业执照.pdf", 1, f"营业期限 ends {until.isoformat()}")
    f.text_pdf("审计报告.pdf", [_audit(w, "元")])
    c1 = contract_paper(w.rng, dataclasses.replace(d1, amount=orig))
    c1.fields.update(contract_amount=money(a1), amount_in_words=capital(a1))
    f.text_pdf("人民医院合同.pdf", [c1])
    path = f.sub / "人民医院合同.pdf"
    doc = pymupdf.open(path)
    page = doc[c1.key_page]
    spans = [sp for b in page.get_text("dict")["blocks"] for ln in b.get("lines", []) for sp in ln["spans"]]
    edits = []
    for sp in spans:
        text = sp["text"]
        if capital(orig) in text or comma(orig) in text:
            page.add_redact_annot(pymupdf.Rect(sp["bbox"]), fill=(1, 1, 1))
            edits.append(
                (
                    sp["origin"][0],
                    sp["origin"][1],
                    text.replace(capital(orig), capital(a1)).replace(comma(orig), comma(a1)),
                    sp["size"],
                )
            )
    assert edits, "the price line to edit was not found whole on one line"
    page.apply_redactions(images=0)
    page.insert_font(fontname="F1", fontbuffer=cjk_buffer())
    for x, y, new, size in edits:
        page.insert_text((x, y), new, fontname="F1", fontsize=size)
    doc.set_metadata(
        {
            **(doc.metadata or {}),
            "producer": "Adobe Acrobat Pro DC 20.13.20064",
            "modDate": "D:20250218163512+08'00'",
        }
    )
    doc.saveIncr()
    f.finding(
        "PDF_EDITED",
        "P1",
        "人民医院合同.pdf",
        c1.key_page + 1,
        "incremental revision rewrote the price on the page",
    )
    f.scan_pdf("人民医院验收.pdf", [(acceptance_paper(w.rng, d1, "report"), _scanner(w.rng))])
    f.scan_pdf(
        "政务中心合同及验收.pdf",
        [
            (contract_paper(w.rng, d2), _scanner(w.rng)),
            (acceptance_paper(w.rng, d2, "jungong", third_party="新疆信诚工程咨询有限公司"), _scanner(w.rng)),
        ],
    )
    f.declaration_json(declaration(w, [project_row(d1), project_row(d2)]))
    return f.finish(clean=False)


SCENARIOS: list[Callable[[Path, int], str]] = [
    bz01_korla_clean_merged,
    bz02_luntai_clean_xlsx,
    bz03_yuli_clean_thirty_pages,
    bz04_ruoqiang_reverse_amount,
    bz05_qiemo_fee_words,
    bz06_yanqi_party_period,
    bz07_hejing_consolidated,
    bz08_bohu_invoices,
    bz09_korla_tampered,
    bz10_luntai_edited_expired,
]
_ = ymd
