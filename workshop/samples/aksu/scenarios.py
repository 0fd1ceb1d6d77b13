"""The twelve aksu filings (阿克苏地区, inspection year 2025): four clean, eight with one or two
planted findings each, shown on the page where a reviewer sees them."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal

from . import acceptance as acc
from . import contracts as con
from . import corp
from .canvas import A4, Paper, Sheet
from .filing import Device, FileSpec, Filing, Paste
from .kit import accept, audit, copies, fees, filing, firm, form_for, invoices, project, tag, terms
from .world import SUPERVISORS, TEST_CENTRES, person

D = dt.date
COPIER = Device(dpi=300, quality=88, fx=("skew", "show"))
OFFICE = Device(dpi=200, quality=80, fx=("skew",), skew=1.2)
CHEAP = Device(dpi=150, mode="grey", quality=60, times=2, fx=("skew", "lid"), skew=1.6)


def _lic(f_co: object, rng: random.Random, **kw: object) -> Paper:
    return corp.license_new(f_co, **kw)  # type: ignore[arg-type]


def akesu_clean(seed: int) -> Filing:
    """Clean, JSON: copies stamped on every page, a 骑缝章 over a 政府采购合同, 数电票 for the O&M row."""
    rng = random.Random(seed * 1000 + 1)
    f = firm(rng, "阿克苏天衡信息技术有限公司", "阿克苏市", "丙", D(2017, 4, 18), 10_000_000, 8_600_000)
    p1 = project(
        rng,
        f,
        "P1",
        "阿克苏地区第一人民医院智慧病房及医疗物联网系统集成建设项目",
        "阿克苏地区第一人民医院",
        D(2025, 3, 12),
        D(2025, 9, 26),
        fees(
            rng,
            4_380_000,
            {"software_development": 3, "integration_implementation": 2, "hardware_purchase": 5},
        ),
        "AKSCG-2025-0217",
    )
    p2 = project(
        rng,
        f,
        "P2",
        "阿克苏地区水利局2025年度信息系统运维服务项目",
        "阿克苏地区水利局",
        D(2025, 1, 6),
        D(2025, 12, 26),
        fees(rng, 960_000, {"operation_maintenance": 1}),
        "AKSL-YW-2025-003",
    )
    fl = filing("akesu_clean", seed, f)
    lic = copies(corp.license_new(f.co, horizontal=True, original=False, watermark="仅供年检使用"), f, rng)
    fl.files.append(
        FileSpec("01营业执照/营业执照副本.jpg", "jpg", [lic], Device(dpi=200, quality=85, fx=("skew",)))
    )
    au = audit(f, rng, "元")
    au.sheets[0].fx.append("staple")
    fl.files.append(
        FileSpec(
            "02财务/2025年度审计报告.pdf",
            "scan_pdf",
            [au],
            Device(dpi=200, mode="grey", quality=75, fx=("skew", "holes", "show")),
        )
    )
    c1 = copies(tag(con.gov_contract(terms(f, p1), rng), "P1"), f, rng)
    c1.sheets[1].fx.append("fold")
    a1 = copies(
        tag(
            acc.form(accept(f, p1, third_party=SUPERVISORS[0], amount=acc.amount_text(p1.amount)), rng), "P1"
        ),
        f,
        rng,
    )
    fl.files.append(FileSpec("03项目/P1-智慧病房合同及验收.pdf", "scan_pdf", [c1, a1], COPIER))
    c2 = tag(
        con.om_contract(terms(f, p2, style="both_nosep", start=D(2025, 1, 1), end=D(2025, 12, 31)), rng), "P2"
    )
    a2 = tag(acc.letter(accept(f, p2), rng), "P2")
    fl.files.append(FileSpec("03项目/P2-水利运维合同.pdf", "scan_pdf", [c2, a2], OFFICE))
    half = (p2.amount / 2).quantize(Decimal("0.01"))
    for i, inv in enumerate(invoices(f, p2, [half, p2.amount - half], rng, D(2025, 7, 2)), 1):
        fl.files.append(
            FileSpec(
                f"03项目/P2发票/dzfp_{i}.pdf",
                "digital_pdf",
                [inv],
                creator="",
                producer="国家税务总局电子发票服务平台",
            )
        )
    fl.files.append(FileSpec("申报表盖章版.pdf", "scan_pdf", [form_for(f, rng)], OFFICE))
    return fl


def kuche_clean(seed: int) -> Filing:
    """Clean, xlsx in 万元: GF-2017-0201 with 监理 终验, 科技部 contract with third-party test, a
    bid notice before a capital-numerals-only contract, phone-photo licence, software copyright."""
    rng = random.Random(seed * 1000 + 2)
    f = firm(rng, "新疆库车智联电子科技有限公司", "库车市", "乙", D(2014, 9, 2), 20_000_000, 21_000_000)
    p1 = project(
        rng,
        f,
        "P1",
        "库车市人民医院新院区信息化基础设施及智能化弱电系统工程",
        "库车市人民医院",
        D(2025, 2, 20),
        D(2025, 10, 15),
        fees(
            rng,
            7_850_000,
            {"integration_implementation": 3, "hardware_purchase": 6, "software_purchase": 1},
            100,
        ),
        "KCRY-2025-SG-011",
    )
    p2 = project(
        rng,
        f,
        "P2",
        "库车市教育局智慧教育云平台软件开发项目",
        "库车市教育局",
        D(2025, 4, 2),
        D(2025, 11, 20),
        fees(rng, 2_260_000, {"software_development": 4, "consulting_design": 1}, 100),
        "KCJY-JSKF-2025-06",
    )
    p3 = project(
        rng,
        f,
        "P3",
        "中国联通阿克苏分公司库车片区机房动环监控系统集成项目",
        "中国联合网络通信有限公司阿克苏地区分公司",
        D(2025, 5, 8),
        D(2025, 8, 30),
        fees(rng, 1_480_000, {"integration_implementation": 2, "hardware_purchase": 3}, 100),
        "CUAKS-2025-JC-0192",
    )
    f.innovations = [
        {
            "kind": "software_copyright",
            "title": "智联校园一卡通管理平台V3.0",
            "number": "2025SR0817362",
            "obtained_on": "2025-05-16",
        }
    ]
    fl = filing("kuche_clean", seed, f, "xlsx_wan")
    # the declaration in 万元 keeps two decimals: the books are declared to the hundred yuan
    b = f.books
    for key in ("revenue", "si_revenue", "net_profit"):
        setattr(b, key, getattr(b, key).quantize(Decimal("1E2")))
    fl.declaration = f.declaration()
    lic = corp.license_new(f.co, horizontal=False, original=True)
    fl.files.append(FileSpec("营业执照.jpg", "jpg", [lic], Device(dpi=150, mode="phone", quality=82, fx=())))
    fl.files.append(
        FileSpec(
            "审计报告2025.pdf",
            "scan_pdf",
            [audit(f, rng, "万元")],
            Device(dpi=200, quality=78, fx=("skew", "lid")),
        )
    )
    c1 = tag(
        con.gf_contract(terms(f, p1, style="wan_words", start=D(2025, 3, 1), end=D(2025, 9, 30)), rng), "P1"
    )
    a1 = tag(acc.final_report(accept(f, p1, third_party=SUPERVISORS[1]), rng), "P1")
    fl.files.append(FileSpec("项目1_人民医院弱电工程.pdf", "scan_pdf", [c1, a1], COPIER))
    c2 = tag(
        con.tech_contract(
            terms(f, p2, fees=dict(p2.fees.values), start=D(2025, 4, 2), end=D(2026, 4, 1)), rng
        ),
        "P2",
    )
    t2 = tag(
        acc.test_report(
            accept(f, p2, third_party=TEST_CENTRES[0], date=p2.accepted - dt.timedelta(days=9)),
            rng,
            f"XJTZ-2025-R{rng.randint(100, 999)}",
        ),
        "P2",
    )
    a2 = tag(acc.form(accept(f, p2), rng), "P2")
    c2.sheets[0].fx.append("flip")
    fl.files.append(FileSpec("项目2_智慧教育云.pdf", "scan_pdf", [c2, t2, a2], OFFICE))
    bid = tag(
        corp.bid_notice(
            p3.client, f.co, p3.name, p3.amount, "新疆恒信招标代理有限公司", p3.signed - dt.timedelta(days=12)
        ),
        None,
    )
    c3 = tag(con.gov_contract(terms(f, p3, style="words"), rng, category_row=False, seam=False), "P3")
    a3 = tag(acc.form(accept(f, p3, conclusion="基本合格"), rng), "P3")
    fl.files.append(
        FileSpec(
            "项目3_联通动环.pdf", "scan_pdf", [bid, c3, a3], Device(dpi=240, quality=70, fx=("skew", "show"))
        )
    )
    cert = corp.copyright_cert(
        f.co,
        "智联校园一卡通管理平台V3.0",
        "2025SR0817362",
        str(rng.randint(10**7, 10**8 - 1)),
        D(2025, 5, 16),
        D(2025, 1, 20),
    )
    fl.files.append(
        FileSpec("软著/智联校园一卡通V3.0.png", "png", [cert], Device(dpi=120, quality=90, fx=("skew",)))
    )
    fl.files.append(FileSpec("申报表（盖章）.pdf", "scan_pdf", [form_for(f, rng)], COPIER))
    return fl


def wensu_clean(seed: int) -> Filing:
    """Clean: a framework agreement with two orders backing one row, two A5 验收单 on one A4
    scan, and an acceptance letter that came by fax (bilevel TIFF)."""
    rng = random.Random(seed * 1000 + 3)
    f = firm(rng, "温宿县托峰网络工程有限公司", "温宿县", "丙", D(2016, 7, 21), 5_000_000, 7_300_000)
    o1 = Decimal(1_326_450)
    o2 = Decimal(2_104_380)
    fz = fees(rng, 0, {})
    fz.values = {
        "integration_implementation": Decimal(812_000),
        "hardware_purchase": o1 + o2 - Decimal(812_000),
    }
    p1 = project(
        rng,
        f,
        "P1",
        "温宿县公安局视频监控及网络设备扩容项目（框架协议项下订单合并）",
        "温宿县公安局",
        D(2025, 3, 3),
        D(2025, 10, 28),
        fz,
        "WSGA-KJ-2025-001",
    )
    p2 = project(
        rng,
        f,
        "P2",
        "温宿县人民法院审判信息系统运维服务",
        "温宿县人民法院",
        D(2025, 1, 10),
        D(2025, 12, 20),
        fees(rng, 386_000, {"operation_maintenance": 1}),
        "WSFY-2025-YW-02",
    )
    fl = filing("wensu_clean", seed, f)
    fl.files.append(
        FileSpec(
            "营业执照副本.png",
            "png",
            [copies(corp.license_new(f.co, horizontal=True, original=False), f, rng, blue=True)],
            Device(dpi=150, quality=90, fx=("skew",)),
        )
    )
    fl.files.append(FileSpec("2025审计报告.pdf", "scan_pdf", [audit(f, rng, "元")], CHEAP))
    fw = tag(
        con.framework(
            terms(
                f, p1, name="温宿县公安局视频监控及网络设备扩容项目", start=D(2025, 3, 3), end=D(2026, 3, 2)
            ),
            rng,
        ),
        "P1",
    )
    ta = terms(
        f,
        p1,
        name="温宿县公安局视频监控及网络设备扩容项目（第一批）",
        number="WSGA-DD-2025-011",
        amount=o1,
        signed=D(2025, 3, 20),
    )
    tb = terms(
        f,
        p1,
        name="温宿县公安局视频监控及网络设备扩容项目（第二批）",
        number="WSGA-DD-2025-027",
        amount=o2,
        signed=D(2025, 6, 11),
        style="both_nosep",
    )
    ord1 = tag(
        con.order(
            ta,
            "WSGA-KJ-2025-001",
            [("网络摄像机及存储设备", "1批", o1 - 312_000), ("安装调试及集成服务", "1项", Decimal(312_000))],
            rng,
        ),
        "P1",
    )
    ord2 = tag(
        con.order(
            tb,
            "WSGA-KJ-2025-001",
            [("核心及汇聚交换机", "1批", o2 - 500_000), ("系统集成实施服务", "1项", Decimal(500_000))],
            rng,
        ),
        "P1",
    )
    va = tag(
        acc.form(accept(f, p1, name=ta.name, date=D(2025, 7, 18), amount=acc.amount_text(o1)), rng, a5=True),
        "P1",
    )
    vb = tag(acc.form(accept(f, p1, name=tb.name, amount=acc.amount_text(o2)), rng, a5=True), "P1")
    fl.files.append(FileSpec("公安局项目/框架协议及订单.pdf", "scan_pdf", [fw, ord1, ord2], OFFICE))
    fl.files.append(
        FileSpec(
            "公安局项目/验收单两张.pdf",
            "scan_pdf",
            [va, vb],
            Device(dpi=200, quality=82, fx=("skew",)),
            two_up=True,
        )
    )
    c2 = tag(con.om_contract(terms(f, p2, start=D(2025, 1, 10), end=D(2026, 1, 9)), rng), "P2")
    fl.files.append(FileSpec("法院运维/运维合同.pdf", "scan_pdf", [c2], OFFICE))
    a2 = tag(acc.letter(accept(f, p2), rng), "P2")
    fl.files.append(
        FileSpec(
            "法院运维/验收意见_传真.tif", "tif", [a2], Device(dpi=200, mode="bilevel", fx=("skew",), skew=0.6)
        )
    )
    fl.files.append(FileSpec("年检申报表-盖章.pdf", "scan_pdf", [form_for(f, rng)], OFFICE))
    return fl


def shaya_clean(seed: int) -> Filing:
    """Clean: one PDF mixing A4, A5 and an invoice page; a blank duplex back; an amount in capital
    numerals only with 角分; 整改后复验合格; highlighter, ticks and an initialled correction; grey scans."""
    rng = random.Random(seed * 1000 + 4)
    f = firm(rng, "沙雅县胡杨数码科技有限责任公司", "沙雅县", "丁", D(2019, 11, 5), 2_000_000, 2_900_000)
    p1 = project(
        rng,
        f,
        "P1",
        "沙雅县自然资源局不动产登记信息平台运维服务",
        "沙雅县自然资源局",
        D(2025, 2, 14),
        D(2025, 12, 12),
        fees(rng, 386_452, {"operation_maintenance": 1}),
        "SYZR-2025-017",
    )
    p1.fees.values["operation_maintenance"] += Decimal("0.50")
    p2 = project(
        rng,
        f,
        "P2",
        "沙雅县第一中学智慧教室及校园网升级改造项目",
        "沙雅县第一中学",
        D(2025, 5, 6),
        D(2025, 9, 1),
        fees(rng, 1_165_000, {"integration_implementation": 1, "hardware_purchase": 3}),
        "SY1Z-CG-2025-08",
    )
    fl = filing("shaya_clean", seed, f)
    lic = copies(corp.license_new(f.co, horizontal=False, original=False), f, rng)
    fl.files.append(
        FileSpec("执照.pdf", "scan_pdf", [lic], Device(dpi=300, mode="grey", quality=72, fx=("skew",)))
    )
    au = audit(f, rng, "千元")
    fl.files.append(
        FileSpec(
            "审计报告.pdf",
            "scan_pdf",
            [au],
            Device(dpi=200, mode="grey", quality=65, times=2, fx=("skew", "show")),
        )
    )
    t1 = terms(
        f,
        p1,
        style="words",
        start=D(2025, 2, 15),
        end=D(2026, 2, 14),
        extra={"title": "不动产登记信息平台运行维护服务合同"},
    )
    c1 = tag(con.om_contract(t1, rng), "P1")
    # an initialled correction of the service phone number: crossed out, rewritten, small seal
    c1.sheets[0].add("strike", 300, 200, x1=400).add("hand", 405, 196, text="0997-8126630", px=10).add(
        "square_seal", 470, 214, name=f.co.legal_rep[:2], s=20
    )
    c1.sheets[0].add("highlight", 60, 150, x1=535, y1=164)
    c1.sheets.insert(1, Sheet(A4, None, blank=True))
    c1.spots = {"amount": 0, "words": 0, "party": 0, "sign": 2, "date": 2}
    a1 = tag(acc.final_report(accept(f, p1, conclusion="整改后复验合格", third_party=""), rng, "终验"), "P1")
    inv = invoices(f, p1, [p1.amount], rng, D(2025, 12, 20))[0]
    inv.sheets[0].fx.append("turn")
    fl.files.append(
        FileSpec(
            "项目一_不动产平台运维.pdf",
            "scan_pdf",
            [c1, a1, inv],
            Device(dpi=200, mode="grey", quality=80, fx=("skew",)),
        )
    )
    c2 = tag(con.gov_contract(terms(f, p2), rng), "P2")
    c2.sheets[1].add("tick", 80, 140, px=14).add("tick", 80, 162, px=14)
    a2 = tag(acc.form(accept(f, p2, amount=acc.amount_text(p2.amount)), rng, a5=True), "P2")
    fl.files.append(
        FileSpec(
            "项目二_智慧教室.pdf", "scan_pdf", [c2, a2], Device(dpi=300, quality=90, fx=("skew", "staple"))
        )
    )
    fl.files.append(
        FileSpec("申报表.jpg", "jpg", [form_for(f, rng)], Device(dpi=150, mode="phone", quality=78, fx=()))
    )
    fl.files[-1].papers[0].sheets[0].fx.append("noglare")
    return fl


def xinhe_amount(seed: int) -> Filing:
    """AMOUNT_MISMATCH: the contract states 131.86 万 where 138.16 万 was declared; the O&M row's
    acceptance report came as a Word file."""
    rng = random.Random(seed * 1000 + 5)
    f = firm(rng, "新和县龟兹云联信息科技有限公司", "新和县", "丙", D(2018, 3, 27), 6_000_000, 6_800_000)
    p1 = project(
        rng,
        f,
        "P1",
        "新和县人民政府办公室政务服务一体化平台及数据共享交换系统建设项目",
        "新和县人民政府办公室",
        D(2025, 4, 16),
        D(2025, 11, 3),
        fees(
            rng,
            1_381_600,
            {"software_development": 3, "integration_implementation": 1, "hardware_purchase": 2},
        ),
        "XHZF-2025-CG-021",
    )
    p2 = project(
        rng,
        f,
        "P2",
        "新和县农村信用合作联社网点网络安全运维服务",
        "新和县农村信用合作联社",
        D(2025, 1, 3),
        D(2025, 12, 30),
        fees(rng, 4_120_000, {"operation_maintenance": 3, "operation_service": 1}),
        "XHNX-2025-AQ-004",
    )
    fl = filing("xinhe_amount", seed, f)
    fl.files.append(
        FileSpec(
            "营业执照.pdf",
            "scan_pdf",
            [copies(corp.license_new(f.co, horizontal=True, original=False), f, rng)],
            OFFICE,
        )
    )
    fl.files.append(FileSpec("审计报告.pdf", "scan_pdf", [audit(f, rng, "元")], OFFICE))
    printed = p1.amount - Decimal(63_000)
    c1 = copies(tag(con.gov_contract(terms(f, p1, amount=printed), rng), "P1"), f, rng)
    a1 = tag(acc.form(accept(f, p1), rng), "P1")
    fl.files.append(FileSpec("政务服务平台/合同及验收单.pdf", "scan_pdf", [c1, a1], COPIER))
    fl.plant("AMOUNT_MISMATCH", c1, "amount", "P1", f"合同总价 {printed} 元，申报 {p1.amount} 元")
    c2 = tag(
        con.tech_contract(terms(f, p2, start=D(2025, 1, 3), end=D(2025, 12, 31)), rng, service=True), "P2"
    )
    fl.files.append(FileSpec("信用联社运维/技术服务合同.pdf", "scan_pdf", [c2], OFFICE))
    a2 = accept(f, p2)
    doc = Paper("acceptance_report", [], acc._fields(a2), "P2", label="验收报告.docx")
    doc.lines = [
        ("项目验收报告", 18, True),
        (f"项目名称：{p2.name}", 11, False),
        (f"建设单位：{p2.client.name}", 11, False),
        (f"服务单位：{f.co.name}", 11, False),
        (f"合同编号：{p2.contract_no}", 11, False),
        (f"验收日期：{p2.accepted.year}年{p2.accepted.month}月{p2.accepted.day}日", 11, False),
        (
            "验收意见：服务期内乙方按合同完成网点网络安全巡检、漏洞修复及应急响应，服务记录完整，考核结果优良。",
            11,
            False,
        ),
        ("验收结论：验收合格。", 11, True),
        (f"建设单位（盖章）：{p2.client.name}", 11, False),
        (f"服务单位（盖章）：{f.co.name}", 11, False),
    ]
    doc.fields["has_seal"] = False
    fl.files.append(FileSpec("信用联社运维/验收报告.docx", "docx", [doc]))
    # A Word file carries no seal: its acceptance is unsealed (CONTRACT 2.3 SEAL_MISSING), which
    # the family's first truth left out and the checker's first run said.
    fl.plant("SEAL_MISSING", doc, None, "P2", "Word 验收报告无建设单位印章")
    fl.files.append(FileSpec("申报表盖章.pdf", "scan_pdf", [form_for(f, rng)], COPIER))
    return fl


def baicheng_words_date(seed: int) -> Filing:
    """AMOUNT_WORDS_MISMATCH (the capital numerals drop a 拾万) and DATE_MISMATCH (the 验收单 is
    dated a month after the declared acceptance); workbook in 元."""
    rng = random.Random(seed * 1000 + 6)
    f = firm(rng, "拜城县天山明珠智能科技有限公司", "拜城县", "丙", D(2020, 6, 9), 5_000_000, 6_100_000)
    p1 = project(
        rng,
        f,
        "P1",
        "拜城县第二中学校园安防监控及一键报警系统建设项目",
        "拜城县第二中学",
        D(2025, 3, 28),
        D(2025, 8, 22),
        fees(rng, 2_354_000, {"integration_implementation": 1, "hardware_purchase": 3}, 100),
        "BCEZ-2025-AF-03",
    )
    p2 = project(
        rng,
        f,
        "P2",
        "阿克苏地区交通运输局治超非现场执法系统运维项目",
        "阿克苏地区交通运输局",
        D(2025, 1, 15),
        D(2025, 12, 15),
        fees(rng, 2_980_000, {"operation_maintenance": 1}, 100),
        "AKJT-YW-2025-12",
    )
    fl = filing("baicheng_words_date", seed, f, "xlsx_yuan")
    fl.files.append(
        FileSpec(
            "证照/营业执照（副本）.jpg",
            "jpg",
            [copies(corp.license_new(f.co, horizontal=True, original=False), f, rng)],
            OFFICE,
        )
    )
    fl.files.append(FileSpec("证照/审计报告.pdf", "scan_pdf", [audit(f, rng, "元")], CHEAP))
    words = p1.amount - Decimal(100_000)
    c1 = tag(con.gov_contract(terms(f, p1, words_amount=words), rng), "P1")
    a1 = tag(acc.form(accept(f, p1), rng), "P1")
    fl.files.append(FileSpec("项目/拜城二中安防.pdf", "scan_pdf", [c1, a1], COPIER))
    fl.plant("AMOUNT_WORDS_MISMATCH", c1, "words", "P1", f"大写 {words} 元，小写 {p1.amount} 元")
    late = p2.accepted + dt.timedelta(days=33)
    c2 = tag(con.om_contract(terms(f, p2, start=D(2025, 1, 15), end=D(2026, 1, 14)), rng), "P2")
    a2 = tag(acc.form(accept(f, p2, date=late), rng), "P2")
    fl.files.append(FileSpec("项目/交通局治超运维.pdf", "scan_pdf", [c2, a2], OFFICE))
    fl.plant("DATE_MISMATCH", a2, "date", "P2", f"验收单 {late}，申报 {p2.accepted}")
    fl.files.append(FileSpec("申报表盖章版.pdf", "scan_pdf", [form_for(f, rng)], OFFICE))
    return fl


def wushi_party_fee(seed: int) -> Filing:
    """PARTY_MISMATCH (the sister company signed as party B) and FEE_MISMATCH (the 科技部 contract's
    fee table puts 28 万 more in software development than declared, same total)."""
    rng = random.Random(seed * 1000 + 7)
    f = firm(rng, "乌什县燕泉信息技术有限公司", "乌什县", "丙", D(2016, 10, 12), 5_000_000, 5_600_000)
    p1 = project(
        rng,
        f,
        "P1",
        "乌什县疾病预防控制中心实验室信息管理系统及网络改造项目",
        "乌什县疾病预防控制中心",
        D(2025, 4, 9),
        D(2025, 10, 30),
        fees(rng, 1_730_000, {"software_development": 1, "hardware_purchase": 2}),
        "WSCDC-2025-009",
    )
    p2 = project(
        rng,
        f,
        "P2",
        "阿克苏地区第一人民医院互联网医院平台软件开发项目",
        "阿克苏地区第一人民医院",
        D(2025, 2, 26),
        D(2025, 11, 28),
        fees(
            rng, 3_260_000, {"software_development": 3, "consulting_design": 1, "software_purchase": 1}, 100
        ),
        "AKDY-HLW-2025-02",
    )
    fl = filing("wushi_party_fee", seed, f)
    fl.files.append(
        FileSpec(
            "营业执照.pdf",
            "scan_pdf",
            [copies(corp.license_new(f.co, horizontal=False, original=False), f, rng)],
            COPIER,
        )
    )
    fl.files.append(FileSpec("审计报告2025年度.pdf", "scan_pdf", [audit(f, rng, "万元")], OFFICE))
    sister = "乌什县燕泉网络工程有限公司"
    c1 = tag(con.gov_contract(terms(f, p1, vendor_name=sister), rng), "P1")
    a1 = tag(acc.letter(accept(f, p1), rng), "P1")
    fl.files.append(FileSpec("P1疾控中心/合同+验收.pdf", "scan_pdf", [c1, a1], OFFICE))
    fl.plant("PARTY_MISMATCH", c1, "party", "P1", f"乙方为{sister}")
    printed = dict(p2.fees.values)
    printed["software_development"] += Decimal(280_000)
    printed["software_purchase"] -= Decimal(280_000)
    c2 = tag(
        con.tech_contract(terms(f, p2, fees=printed, start=D(2025, 3, 1), end=D(2025, 12, 31)), rng), "P2"
    )
    t2 = tag(
        acc.test_report(
            accept(f, p2, third_party=TEST_CENTRES[1], date=p2.accepted - dt.timedelta(days=14)),
            rng,
            f"XYRC-2025-{rng.randint(1000, 9999)}",
        ),
        "P2",
    )
    a2 = tag(acc.final_report(accept(f, p2, third_party=SUPERVISORS[0]), rng), "P2")
    fl.files.append(
        FileSpec("P2互联网医院/技术开发合同_测试报告_终验报告.pdf", "scan_pdf", [c2, t2, a2], COPIER)
    )
    fl.plant("FEE_MISMATCH", c2, "fees", "P2", "软件开发费多 28 万元")
    fl.files.append(FileSpec("申报表.pdf", "scan_pdf", [form_for(f, rng)], OFFICE))
    return fl


def awati_license(seed: int) -> Filing:
    """LICENSE_EXPIRED and LICENSE_FIELD_MISMATCH: the old 企业法人营业执照, its term ended in June
    2025 and its 注册资本 still the 300 万 before the increase; photocopied, scanned grey, saved twice."""
    rng = random.Random(seed * 1000 + 8)
    f = firm(rng, "阿瓦提县刀郎电子工程有限公司", "阿瓦提县", "丁", D(2005, 7, 1), 10_000_000, 2_400_000)
    p1 = project(
        rng,
        f,
        "P1",
        "阿瓦提县农业农村局高标准农田物联网监测系统项目",
        "阿瓦提县农业农村局",
        D(2025, 4, 1),
        D(2025, 9, 19),
        fees(rng, 986_000, {"integration_implementation": 1, "hardware_purchase": 2}),
        "AWTNY-2025-031",
    )
    fl = filing("awati_license", seed, f)
    from .text import registration_number

    old = corp.license_old(
        type(f.co)(**{**f.co.__dict__, "capital": Decimal(3_000_000), "valid_until": D(2025, 6, 30)}),
        registration_number("652928", rng.randint(1000, 99999)),
        Decimal(3_000_000),
    )
    copies(old, f, rng)
    fl.files.append(
        FileSpec(
            "营业执照复印件.jpg",
            "jpg",
            [old],
            Device(dpi=150, mode="grey", quality=70, times=2, fx=("skew",)),
        )
    )
    fl.plant("LICENSE_EXPIRED", old, "date", None, "营业期限至 2025-06-30")
    fl.plant("LICENSE_FIELD_MISMATCH", old, "fields", None, "注册资本 300 万元，申报 1000 万元")
    fl.files.append(FileSpec("审计报告.pdf", "scan_pdf", [audit(f, rng, "元")], OFFICE))
    c1 = tag(con.gov_contract(terms(f, p1, style="both_nosep"), rng, seam=False), "P1")
    a1 = tag(acc.form(accept(f, p1, amount=acc.amount_text(p1.amount)), rng), "P1")
    fl.files.append(FileSpec("农田物联网项目.pdf", "scan_pdf", [c1, a1], OFFICE))
    fl.files.append(FileSpec("申报表.pdf", "scan_pdf", [form_for(f, rng)], OFFICE))
    return fl


def keping_accept(seed: int) -> Filing:
    """ACCEPTANCE_NOT_PASSED (an 初验 report that fails the system) and ACCEPTANCE_OUT_OF_PERIOD
    (a project accepted in December 2024 declared for 2025)."""
    rng = random.Random(seed * 1000 + 9)
    f = firm(rng, "柯坪县阿恰勒信息科技有限公司", "柯坪县", "丁", D(2021, 3, 16), 3_000_000, 1_900_000)
    p1 = project(
        rng,
        f,
        "P1",
        "柯坪县融媒体中心新媒体指挥调度平台建设项目",
        "柯坪县融媒体中心",
        D(2025, 5, 20),
        D(2025, 11, 14),
        fees(rng, 868_000, {"software_development": 2, "hardware_purchase": 1}),
        "KPRM-2025-05",
    )
    p2 = project(
        rng,
        f,
        "P2",
        "阿克苏市城市管理局数字城管平台升级项目",
        "阿克苏市城市管理局",
        D(2024, 6, 3),
        D(2024, 12, 18),
        fees(rng, 642_000, {"software_development": 1, "integration_implementation": 1}),
        "AKSCG-2024-0388",
    )
    fl = filing("keping_accept", seed, f)
    fl.files.append(
        FileSpec(
            "营业执照.jpg",
            "jpg",
            [corp.license_new(f.co, horizontal=True, original=True)],
            Device(dpi=150, mode="phone", quality=80, fx=()),
        )
    )
    fl.files.append(FileSpec("审计报告.pdf", "scan_pdf", [audit(f, rng, "元")], OFFICE))
    c1 = tag(con.gov_contract(terms(f, p1), rng), "P1")
    a1 = tag(
        acc.final_report(accept(f, p1, conclusion="不合格", third_party=SUPERVISORS[1]), rng, "初验"), "P1"
    )
    fl.files.append(FileSpec("融媒体项目合同及初验报告.pdf", "scan_pdf", [c1, a1], COPIER))
    fl.plant("ACCEPTANCE_NOT_PASSED", a1, "conclusion", "P1", "初验结论：不合格")
    c2 = tag(con.gov_contract(terms(f, p2), rng, seam=False), "P2")
    a2 = tag(acc.letter(accept(f, p2), rng), "P2")
    fl.files.append(FileSpec("数字城管合同及验收意见.pdf", "scan_pdf", [c2, a2], OFFICE))
    fl.plant("ACCEPTANCE_OUT_OF_PERIOD", a2, "date", "P2", "验收于 2024-12-18")
    fl.files.append(FileSpec("申报表盖章版.pdf", "scan_pdf", [form_for(f, rng)], OFFICE))
    return fl


def akesu_dup_tamper(seed: int) -> Filing:
    """IMAGE_TAMPERED (the amount clause pasted in from another scan) and DUPLICATE_DOCUMENT (P2's
    验收单 re-scanned into P3's file)."""
    rng = random.Random(seed * 1000 + 10)
    f = firm(rng, "阿克苏多浪河数据服务有限公司", "阿克苏市", "丙", D(2019, 5, 30), 8_000_000, 9_200_000)
    p1 = project(
        rng,
        f,
        "P1",
        "国网阿克苏供电公司配电自动化主站系统集成项目",
        "国网新疆电力有限公司阿克苏供电公司",
        D(2025, 3, 18),
        D(2025, 10, 9),
        fees(rng, 3_160_000, {"integration_implementation": 2, "hardware_purchase": 3}, 100),
        "SGXJAK00HTMM2500417",
    )
    p2 = project(
        rng,
        f,
        "P2",
        "阿克苏市城市管理局智慧停车管理平台项目",
        "阿克苏市城市管理局",
        D(2025, 2, 10),
        D(2025, 7, 25),
        fees(rng, 1_240_000, {"software_development": 2, "hardware_purchase": 1}),
        "AKSCG-2025-0102",
    )
    p3 = project(
        rng,
        f,
        "P3",
        "阿克苏地区交通运输局视频会议系统升级项目",
        "阿克苏地区交通运输局",
        D(2025, 5, 6),
        D(2025, 9, 12),
        fees(rng, 735_000, {"integration_implementation": 1, "hardware_purchase": 2}),
        "AKJT-2025-SP-07",
    )
    fl = filing("akesu_dup_tamper", seed, f)
    fl.files.append(
        FileSpec(
            "营业执照.pdf",
            "scan_pdf",
            [copies(corp.license_new(f.co, horizontal=True, original=False), f, rng)],
            OFFICE,
        )
    )
    fl.files.append(FileSpec("审计报告.pdf", "scan_pdf", [audit(f, rng, "元")], OFFICE))
    true_amount = p1.amount - Decimal(720_000)
    c1 = tag(con.gov_contract(terms(f, p1, amount=true_amount), rng, seam=False), "P1")
    donor = con.gov_contract(terms(f, p1), random.Random(seed))
    c1.fields.update({k: v for k, v in donor.fields.items() if k in ("contract_amount", "amount_in_words")})
    a1 = tag(acc.form(accept(f, p1), rng), "P1")
    spec1 = FileSpec(
        "1-配电自动化/合同及验收单.pdf",
        "scan_pdf",
        [c1, a1],
        Device(dpi=300, quality=90, fx=("skew",), skew=0.3),
    )
    spec1.pastes[0] = Paste(c1, donor)
    fl.files.append(spec1)
    fl.plant("IMAGE_TAMPERED", c1, "amount", "P1", "合同金额一段从另一扫描件粘贴")
    c2 = tag(con.gov_contract(terms(f, p2), rng, seam=False), "P2")
    a2 = tag(acc.form(accept(f, p2, amount=acc.amount_text(p2.amount)), rng), "P2")
    fl.files.append(FileSpec("2-智慧停车/合同及验收.pdf", "scan_pdf", [c2, a2], OFFICE))
    c3 = tag(con.gov_contract(terms(f, p3), rng, seam=False), "P3")
    inv = invoices(f, p3, [p3.amount], rng, D(2025, 9, 20))
    spec3 = FileSpec(
        "3-视频会议/合同_验收_发票.pdf",
        "scan_pdf",
        [c3, a2, *inv],
        Device(dpi=200, mode="grey", quality=72, fx=("skew",), skew=1.5),
    )
    fl.files.append(spec3)
    fl.plant("DUPLICATE_DOCUMENT", a2, None, None, "P2 的验收单重新扫描后放入 P3 的文件", file=spec3)
    fl.files.append(FileSpec("申报表盖章版.pdf", "scan_pdf", [form_for(f, rng)], OFFICE))
    return fl


def kuche_audit_form(seed: int) -> Filing:
    """AUDIT_FIGURE_MISMATCH (营业收入 raised by 80 万 on the web form after the audit) and
    DECLARATION_FORM_MISMATCH (the stamped form printed before the change shows the audited figure)."""
    rng = random.Random(seed * 1000 + 11)
    f = firm(rng, "库车龟兹智慧城市科技有限公司", "库车市", "丙", D(2018, 8, 8), 10_000_000, 7_700_000)
    p1 = project(
        rng,
        f,
        "P1",
        "库车市教育局中小学录播教室及教育城域网扩容项目",
        "库车市教育局",
        D(2025, 3, 6),
        D(2025, 8, 28),
        fees(rng, 2_745_000, {"integration_implementation": 1, "hardware_purchase": 4}),
        "KCJY-2025-CG-014",
    )
    p2 = project(
        rng,
        f,
        "P2",
        "库车市人民医院HIS系统运维服务",
        "库车市人民医院",
        D(2025, 1, 2),
        D(2025, 12, 31),
        fees(rng, 2_460_000, {"operation_maintenance": 1}),
        "KCRY-YW-2025-01",
    )
    audited = f.books
    declared = corp.Books(
        2025, audited.revenue + Decimal(800_000), audited.si_revenue, audited.net_profit, audited.total_assets
    )
    au = audit(f, rng, "元", books=audited)
    form = form_for(f, rng)
    f.books = declared
    fl = filing("kuche_audit_form", seed, f, "xlsx_yuan")
    fl.files.append(
        FileSpec(
            "营业执照.png",
            "png",
            [corp.license_new(f.co, horizontal=True, original=False, watermark="仅供年检使用")],
            Device(dpi=130, quality=90, fx=("skew",)),
        )
    )
    fl.files.append(FileSpec("财务/审计报告2025.pdf", "scan_pdf", [au], OFFICE))
    fl.plant("AUDIT_FIGURE_MISMATCH", au, "income", None, "营业收入与审计报告相差 80 万元")
    c1 = tag(con.gf_contract(terms(f, p1, style="both", start=D(2025, 3, 10), end=D(2025, 8, 10)), rng), "P1")
    a1 = tag(acc.final_report(accept(f, p1, third_party=SUPERVISORS[0]), rng), "P1")
    fl.files.append(FileSpec("项目/录播教室.pdf", "scan_pdf", [c1, a1], OFFICE))
    c2 = tag(
        con.om_contract(terms(f, p2, style="wan_words", start=D(2025, 1, 1), end=D(2025, 12, 31)), rng), "P2"
    )
    a2 = tag(acc.letter(accept(f, p2), rng), "P2")
    fl.files.append(FileSpec("项目/HIS运维.pdf", "scan_pdf", [c2, a2], COPIER))
    fl.files.append(FileSpec("申报表盖章版.pdf", "scan_pdf", [form], OFFICE))
    fl.plant("DECLARATION_FORM_MISMATCH", form, "finance", None, "盖章版申报表营业收入为审计数，申报数据后改")
    return fl


def wensu_rename_seal(seed: int) -> Filing:
    """LICENSE_NAME_MISMATCH (the licence still carries the name before the 2025 rename) and
    SEAL_MISSING (an acceptance letter signed but not sealed)."""
    rng = random.Random(seed * 1000 + 12)
    f = firm(rng, "新疆托木尔信息技术有限公司", "温宿县", "丙", D(2017, 12, 4), 6_000_000, 6_400_000)
    p1 = project(
        rng,
        f,
        "P1",
        "温宿县人民法院科技法庭及诉讼服务中心信息化建设项目",
        "温宿县人民法院",
        D(2025, 4, 22),
        D(2025, 10, 21),
        fees(
            rng,
            1_930_000,
            {"software_development": 1, "integration_implementation": 1, "hardware_purchase": 2},
        ),
        "WSFY-2025-KJ-004",
    )
    p2 = project(
        rng,
        f,
        "P2",
        "阿克苏地区水利局灌区信息化系统软件开发",
        "阿克苏地区水利局",
        D(2025, 3, 14),
        D(2025, 12, 5),
        fees(rng, 3_420_000, {"software_development": 3, "data_processing": 1}),
        "AKSL-GQ-2025-07",
    )
    fl = filing("wensu_rename_seal", seed, f)
    old_name = "温宿县托木尔电子科技有限公司"
    lic = corp.license_new(
        type(f.co)(**{**f.co.__dict__, "name": old_name}), horizontal=False, original=False
    )
    copies(lic, f, rng)
    fl.files.append(FileSpec("营业执照.pdf", "scan_pdf", [lic], OFFICE))
    fl.plant("LICENSE_NAME_MISMATCH", lic, "name", None, f"执照名称为{old_name}")
    fl.files.append(FileSpec("审计报告.pdf", "scan_pdf", [audit(f, rng, "元")], COPIER))
    c1 = tag(con.gov_contract(terms(f, p1), rng), "P1")
    a1 = tag(acc.letter(accept(f, p1, seals=False), rng), "P1")
    a1.sheets[0].add("sign", 380, 560, name=person(rng), px=15)
    fl.files.append(FileSpec("法院项目.pdf", "scan_pdf", [c1, a1], OFFICE))
    fl.plant("SEAL_MISSING", a1, "seal", "P1", "验收意见无建设单位盖章")
    c2 = tag(con.tech_contract(terms(f, p2, start=D(2025, 3, 14), end=D(2025, 12, 31)), rng), "P2")
    a2 = tag(acc.form(accept(f, p2, third_party=SUPERVISORS[1]), rng), "P2")
    fl.files.append(FileSpec("水利灌区项目.pdf", "scan_pdf", [c2, a2], COPIER))
    fl.files.append(FileSpec("申报表盖章版.pdf", "scan_pdf", [form_for(f, rng)], OFFICE))
    return fl


SCENARIOS: list[Callable[[int], Filing]] = [
    akesu_clean,
    kuche_clean,
    wensu_clean,
    shaya_clean,
    xinhe_amount,
    baicheng_words_date,
    wushi_party_fee,
    awati_license,
    keping_accept,
    akesu_dup_tamper,
    kuche_audit_form,
    wensu_rename_seal,
]
