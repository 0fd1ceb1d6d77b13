"""The family's submissions: three clean, seven with planted causes (README.md lists them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from . import acceptance as acc
from . import contracts as con
from .bundle import Upload
from .kit import YEAR, Kit
from .numerals import capital, wan
from .world import SUPERVISORS, date_in, deal, money

D = Decimal


def _goods_items(k: Kit, total: Decimal) -> list[tuple[str, str, str, int, Decimal]]:
    """A goods list summing exactly to ``total`` (a whole number of hundreds)."""
    r = k.rng
    catalogue = [
        ("核心交换机", "华为 S7706"),
        ("接入交换机", "H3C S5130S-28S-EI"),
        ("机架式服务器", "浪潮 NF5280M6"),
        ("下一代防火墙", "深信服 AF-1000-B1350"),
        ("网络硬盘录像机", "海康威视 DS-8664N-K16"),
        ("不间断电源", "山特 C10KS"),
        ("交互式智能平板", "希沃 MC86FEA"),
    ]
    picks = r.sample(catalogue, 3)
    items = []
    left = total
    for i, (nm, model) in enumerate(picks):
        if i < 2:
            qty = r.randint(2, 12)
            price = D(int(total * D(str(r.uniform(0.15, 0.3))) / qty / 100) * 100)
            items.append((nm, model, "台", qty, price))
            left -= price * qty
        else:
            items.append((nm, model, "套", 1, left))
    return items


def nj01_kashi_clean(out: Path, seed: int) -> str:
    """Clean; json with money as strings; 高拍仪 bundles, e-invoice PDFs, text-layer audit in 元."""
    k = Kit(out, "nj01_kashi_clean", seed, "喀什")
    r, f = k.rng, k.firm
    a1 = money(r, 600_000, 1_800_000)
    p1 = deal(
        r,
        f,
        "P1",
        "喀什地区教育局智慧教育云平台软件开发项目",
        "喀什地区教育局",
        a1,
        date_in(r, YEAR - 1, 9, 11),
        date_in(r, YEAR, 6, 9),
        "教育",
        {"software_development": a1},
        "KSJY",
    )
    a2 = money(r, 200_000, 500_000)
    p2 = deal(
        r,
        f,
        "P2",
        "疏附县人民医院信息系统运维服务项目",
        "疏附县人民医院",
        a2,
        dt.date(YEAR, 1, r.randint(2, 9)),
        dt.date(YEAR, 12, r.randint(20, 28)),
        "医疗卫生",
        {"operation_maintenance": a2},
        "SFYY",
    )
    k.deals = [p1, p2]
    k.add(Upload("营业执照.jpg", [k.license()], "camera_jpg", frame=(1944, 2592)))
    k.add(Upload("财务/2024年度审计报告.pdf", [k.audit("元", notes=True, cover=True)]))
    c1 = con.software(p1, f, r, "P1", full=True)
    k.add(Upload("项目1_智慧教育云平台.pdf", [c1, acc.certificate(p1, f, r, "P1", p1.accepted)], "camera"))
    k.add(
        Upload(
            "项目1_发票/dzfp_1.pdf",
            [
                k.invoice_for(
                    p1,
                    D("0.4"),
                    p1.accepted + dt.timedelta(days=9),
                    "*信息技术服务*软件开发服务",
                    "0.06",
                    True,
                )
            ],
        )
    )
    c2 = con.om_service(p2, f, r, "P2", dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31))
    inv2 = k.invoice_for(
        p2,
        D("0.5"),
        dt.date(YEAR, 3, r.randint(1, 28)),
        "*信息技术服务*信息系统运行维护服务",
        "0.06",
        True,
        seal=True,
    )
    k.add(
        Upload(
            "项目2_医院运维.pdf",
            [c2, acc.minutes(p2, f, r, "P2", p2.accepted), inv2],
            "camera",
            frame=(1536, 2048),
        )
    )
    return k.finish("json")


def nj02_hetian_clean_xlsx(out: Path, seed: int) -> str:
    """Clean; xlsx in 万元; 政府采购合同 with 小写 in 万元; a merged row of two goods contracts; MFP scans; audit in 千元."""
    k = Kit(out, "nj02_hetian_clean_xlsx", seed, "和田")
    r, f = k.rng, k.firm
    a1 = D(r.randrange(600, 1200) * 500)
    fees1 = {
        "software_development": a1 * D("0.4"),
        "integration_implementation": a1 * D("0.1"),
        "hardware_purchase": a1 * D("0.5"),
    }
    p1 = deal(
        r,
        f,
        "P1",
        "和田市第三中学智慧校园建设项目",
        "和田地区和田市第三中学",
        a1,
        date_in(r, YEAR, 3, 5),
        date_in(r, YEAR, 8, 10),
        "教育",
        fees1,
        "HTZC",
    )
    g1 = money(r, 200_000, 400_000)
    g2 = money(r, 150_000, 350_000)
    client2 = "和田地区于田县农业农村局（于田县乡村振兴局）"
    row2 = deal(
        r,
        f,
        "P2",
        "于田县乡村振兴监测网络设备采购项目（合并）",
        client2,
        g1 + g2,
        date_in(r, YEAR, 4, 5),
        date_in(r, YEAR, 7, 9),
        "农林牧渔、水利",
        {"hardware_purchase": g1 + g2},
        "YTNY",
    )
    d2a = deal(
        r,
        f,
        "P2",
        "于田县乡村振兴监测网络设备采购项目（一期）",
        client2,
        g1,
        row2.signed,
        row2.accepted,
        row2.field,
        {"hardware_purchase": g1},
        "YTNY",
    )
    d2b = deal(
        r,
        f,
        "P2",
        "于田县乡村振兴监测网络设备采购项目（二期）",
        client2,
        g2,
        row2.signed + dt.timedelta(days=20),
        row2.accepted + dt.timedelta(days=12),
        row2.field,
        {"hardware_purchase": g2},
        "YTNY",
    )
    row2.accepted = d2b.accepted
    k.deals = [p1, row2]
    k.add(Upload("营业执照.tif", [k.license()], "mfp_tiff"))
    k.add(Upload("审计报告2024.pdf", [k.audit("千元", notes=False)], "mfp"))
    k.add(
        Upload(
            "合同及验收/和田三中智慧校园.pdf",
            [
                con.gov_procurement(p1, f, r, "P1", f"HTCG-{YEAR}-{r.randint(100, 999)}"),
                acc.certificate(p1, f, r, "P1", p1.accepted),
            ],
            "mfp",
        )
    )
    items_a, items_b = _goods_items(k, g1), _goods_items(k, g2)
    k.add(
        Upload(
            "合同及验收/于田乡村振兴设备.pdf",
            [
                con.goods(d2a, f, r, "P2", items_a),
                acc.arrival(
                    d2a, f, r, "P2", d2a.accepted or d2a.signed, [(a, b, c, q) for a, b, c, q, _ in items_a]
                ),
                con.goods(d2b, f, r, "P2", items_b),
                acc.arrival(
                    d2b, f, r, "P2", d2b.accepted or d2b.signed, [(a, b, c, q) for a, b, c, q, _ in items_b]
                ),
            ],
            "mfp",
        )
    )
    return k.finish("xlsx", "万元")


def nj03_akesu_clean_phone(out: Path, seed: int) -> str:
    """Clean; grade 丙; 系统集成项目合同 with fee breakdown, 初验 + 终验; phone-app scans; license photographed under glass."""
    k = Kit(out, "nj03_akesu_clean_phone", seed, "阿克苏", grade="丙", certified=6, technical=24)
    r, f = k.rng, k.firm
    a1 = money(r, 3_600_000, 4_600_000, 1000)
    fees1 = {
        "software_development": a1 * D("0.30"),
        "integration_implementation": a1 * D("0.12"),
        "hardware_purchase": a1 * D("0.46"),
        "software_purchase": a1 * D("0.12"),
    }
    p1 = deal(
        r,
        f,
        "P1",
        "阿克苏地区公共资源交易中心电子交易平台升级改造项目",
        "阿克苏地区公共资源交易中心",
        a1,
        date_in(r, YEAR - 1, 6, 8),
        date_in(r, YEAR, 5, 7),
        "党政",
        fees1,
        "AKGZ",
    )
    first = p1.signed + dt.timedelta(days=r.randint(120, 150))
    a2 = money(r, 1_300_000, 1_900_000)
    p2 = deal(
        r,
        f,
        "P2",
        "库车市融媒体中心演播室网络设备采购项目",
        "库车市融媒体中心",
        a2,
        date_in(r, YEAR, 4, 6),
        date_in(r, YEAR, 8, 10),
        "文化、体育、娱乐",
        {"hardware_purchase": a2},
        "KCRM",
    )
    k.deals = [p1, p2]
    sup = r.choice(SUPERVISORS)
    k.add(Upload("营业执照副本.jpg", [k.license()], "glass_jpg"))
    k.add(Upload("2024审计报告.pdf", [k.audit("元", notes=True, cf=False)]))
    k.add(
        Upload(
            "1-公共资源交易平台/合同+验收.pdf",
            [
                con.integration(p1, f, r, "P1"),
                acc.stage_report(p1, f, r, "P1", first, False, sup),
                acc.stage_report(p1, f, r, "P1", p1.accepted, True, sup),
            ],
            "phone",
        )
    )
    k.add(
        Upload(
            "1-公共资源交易平台/发票1.pdf",
            [
                k.invoice_for(
                    p1,
                    D("0.3"),
                    p1.signed + dt.timedelta(days=20),
                    "*信息技术服务*信息系统集成服务",
                    "0.06",
                    True,
                )
            ],
        )
    )
    k.add(
        Upload(
            "1-公共资源交易平台/发票2.pdf",
            [
                k.invoice_for(
                    p1,
                    D("0.4"),
                    first + dt.timedelta(days=10),
                    "*信息技术服务*信息系统集成服务",
                    "0.06",
                    True,
                )
            ],
        )
    )
    items = _goods_items(k, a2)
    k.add(
        Upload(
            "2-融媒体中心/合同验收单.pdf",
            [
                con.goods(p2, f, r, "P2", items),
                acc.arrival(p2, f, r, "P2", p2.accepted, [(a, b, c, q) for a, b, c, q, _ in items]),
            ],
            "phone",
        )
    )
    return k.finish("json", as_numbers=True)


def nj04_words_failed(out: Path, seed: int) -> str:
    """Planted: a contract whose 大写 disagrees with its figures; an acceptance meeting that did not pass. Flatbed grey, one page upside down."""
    k = Kit(out, "nj04_words_failed", seed, "喀什")
    r, f = k.rng, k.firm
    a1 = D(r.randrange(1_100, 1_900) * 1000)
    p1 = deal(
        r,
        f,
        "P1",
        "莎车县政务服务中心一网通办系统开发项目",
        "莎车县政务服务中心",
        a1,
        date_in(r, YEAR, 2, 3),
        date_in(r, YEAR, 9, 11),
        "党政",
        {"software_development": a1 * D("0.8"), "integration_implementation": a1 * D("0.2")},
        "SCZW",
    )
    # 大写 one 万 digit off: 壹佰叁拾陆万 printed where the figures say 1,346,000
    wrong = a1 + D(10000) * (1 if (a1 // 10000) % 10 < 9 else -1)
    a2 = money(r, 300_000, 600_000)
    p2 = deal(
        r,
        f,
        "P2",
        "伽师县自然资源局国土空间数据运维服务项目",
        "伽师县自然资源局",
        a2,
        dt.date(YEAR, 1, r.randint(3, 15)),
        date_in(r, YEAR, 11, 12),
        "农林牧渔、水利",
        {"operation_maintenance": a2 * D("0.7"), "data_processing": a2 * D("0.3")},
        "JSZR",
    )
    k.deals = [p1, p2]
    k.add(Upload("01营业执照.pdf", [k.license()], "flatbed"))
    k.add(Upload("02审计报告.pdf", [k.audit("元", notes=True)], "flatbed"))
    c1 = con.software(p1, f, r, "P1", words=capital(wrong), full=True)
    up1 = k.add(
        Upload(
            "03项目一.pdf",
            [c1, acc.certificate(p1, f, r, "P1", p1.accepted)],
            "flatbed",
            upside_down={(0, 1)},
        )
    )
    k.expect("AMOUNT_WORDS_MISMATCH", "P1", up1.name, 1, f"大写 {capital(wrong)} vs ¥{a1:,.2f}")
    m2 = acc.minutes(p2, f, r, "P2", p2.accepted, passed=False)
    up2 = k.add(
        Upload(
            "04项目二.pdf",
            [con.om_service(p2, f, r, "P2", dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)), m2],
            "flatbed",
        )
    )
    k.expect("ACCEPTANCE_NOT_PASSED", "P2", up2.name, k.page_of(up2, m2), "验收结论：验收不通过")
    return k.finish("json")


def nj05_fee_party(out: Path, seed: int) -> str:
    """Planted: itemised fees that differ from the row; a contract whose 受托方 is another company. Phone scans."""
    k = Kit(out, "nj05_fee_party", seed, "和田")
    r, f = k.rng, k.firm
    a1 = money(r, 1_500_000, 2_500_000, 1000)
    fees1 = {
        "software_development": a1 * D("0.35"),
        "integration_implementation": a1 * D("0.15"),
        "hardware_purchase": a1 * D("0.5"),
    }
    shown = dict(fees1)
    shift = a1 * D("0.10")
    shown["software_development"] -= shift
    shown["hardware_purchase"] += shift
    p1 = deal(
        r,
        f,
        "P1",
        "洛浦县人民医院远程会诊系统集成项目",
        "洛浦县人民医院",
        a1,
        date_in(r, YEAR - 1, 10, 12),
        date_in(r, YEAR, 5, 8),
        "医疗卫生",
        fees1,
        "LPYY",
    )
    a2 = money(r, 250_000, 450_000)
    p2 = deal(
        r,
        f,
        "P2",
        "墨玉县融媒体中心网络安全运维服务项目",
        "墨玉县融媒体中心",
        a2,
        dt.date(YEAR, 1, r.randint(2, 20)),
        date_in(r, YEAR, 12, 12),
        "文化、体育、娱乐",
        {"operation_maintenance": a2},
        "MYRM",
    )
    p2.supplier = "和田" + ("昆仑智联" if "昆仑智联" not in f.name else "玉龙数智") + "网络安全技术有限公司"
    k.deals = [p1, p2]
    k.add(Upload("营业执照.pdf", [k.license()], "phone"))
    k.add(Upload("审计报告.pdf", [k.audit("元", notes=False, cf=False)]))
    c1 = con.integration(p1, f, r, "P1", shown_fees=shown)
    up1 = k.add(
        Upload("项目/远程会诊系统集成.pdf", [c1, acc.certificate(p1, f, r, "P1", p1.accepted)], "phone")
    )
    k.expect(
        "FEE_MISMATCH",
        "P1",
        up1.name,
        1,
        "报价明细 软件开发费/硬件设备购置费 differ from the row by the same sum; total agrees",
    )
    up2 = k.add(
        Upload(
            "项目/融媒体运维.pdf",
            [
                con.om_service(p2, f, r, "P2", dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)),
                acc.minutes(p2, f, r, "P2", p2.accepted),
            ],
            "phone",
        )
    )
    k.expect("PARTY_MISMATCH", "P2", up2.name, 1, f"受托方（乙方）{p2.supplier}")
    return k.finish("json")


def nj06_license_changed(out: Path, seed: int) -> str:
    """Planted: the license's credit code and legal representative differ from the declaration. xlsx in 元; 高拍仪 JPEGs."""
    k = Kit(out, "nj06_license_changed", seed, "阿克苏")
    r, f = k.rng, k.firm
    lic = k.license()
    from .numerals import vary_credit_code
    from .world import UYGHUR

    declared_code = vary_credit_code(r, f.credit_code)
    declared_rep = next(n for n in UYGHUR if n != f.legal_rep)
    a1 = money(r, 400_000, 900_000)
    p1 = deal(
        r,
        f,
        "P1",
        "温宿县第二中学录播教室设备采购项目",
        "温宿县第二中学",
        a1,
        date_in(r, YEAR, 3, 5),
        date_in(r, YEAR, 6, 8),
        "教育",
        {"hardware_purchase": a1},
        "WSEZ",
    )
    a2 = money(r, 500_000, 1_100_000)
    p2 = deal(
        r,
        f,
        "P2",
        "拜城县市场监督管理局食品安全追溯平台开发项目",
        "拜城县市场监督管理局",
        a2,
        date_in(r, YEAR, 2, 4),
        date_in(r, YEAR, 9, 11),
        "党政",
        {"software_development": a2},
        "BCSJ",
    )
    k.deals = [p1, p2]
    up = k.add(Upload("执照/营业执照.jpg", [lic], "camera_jpg", frame=(1536, 2048)))
    k.expect("CREDIT_CODE_MISMATCH", None, up.name, 1, f"license {f.credit_code}, declared {declared_code}")
    k.expect("LICENSE_FIELD_MISMATCH", None, up.name, 1, f"法定代表人 {f.legal_rep}, declared {declared_rep}")
    k.add(Upload("2024年审计报告.pdf", [k.audit("元", notes=True, cf=False)], "camera"))
    items = _goods_items(k, a1)
    k.add(Upload("项目1/合同.pdf", [con.goods(p1, f, r, "P1", items)], "camera"))
    k.add(
        Upload(
            "项目1/到货验收单.jpg",
            [acc.arrival(p1, f, r, "P1", p1.accepted, [(a, b, c, q) for a, b, c, q, _ in items])],
            "camera_jpg",
        )
    )
    k.add(
        Upload(
            "项目1/发票.pdf",
            [
                k.invoice_for(
                    p1,
                    D("0.9"),
                    p1.accepted + dt.timedelta(days=3),
                    "*计算机网络设备*录播设备",
                    "0.13",
                    False,
                )
            ],
        )
    )
    k.add(
        Upload(
            "项目2/合同及验收证书.pdf",
            [con.software(p2, f, r, "P2"), acc.certificate(p2, f, r, "P2", p2.accepted)],
            "camera",
        )
    )
    f.credit_code, f.legal_rep = declared_code, declared_rep  # the declaration carries the new values
    return k.finish("xlsx", "元")


def nj07_period_expired(out: Path, seed: int) -> str:
    """Planted: license term ended mid-year; a project accepted the year before; a contract with no acceptance or invoice. MFP bilevel."""
    k = Kit(out, "nj07_period_expired", seed, "喀什")
    r, f = k.rng, k.firm
    f.established = dt.date(2014, 7, 1)
    f.valid_until = dt.date(YEAR, 6, 30)
    a1 = money(r, 1_200_000, 2_000_000, 1000)
    fees1 = {
        "software_development": a1 * D("0.25"),
        "integration_implementation": a1 * D("0.15"),
        "hardware_purchase": a1 * D("0.6"),
    }
    p1 = deal(
        r,
        f,
        "P1",
        "疏勒县公安局视频监控联网平台建设项目",
        "疏勒县公安局",
        a1,
        date_in(r, YEAR - 1, 3, 5),
        dt.date(YEAR - 1, 12, r.randint(18, 28)),
        "党政",
        fees1,
        "SLGA",
    )
    a2 = money(r, 300_000, 700_000)
    p2 = deal(
        r,
        f,
        "P2",
        "泽普县水利局灌区信息化管理系统开发项目",
        "泽普县水利局",
        a2,
        date_in(r, YEAR, 3, 5),
        date_in(r, YEAR, 10, 11),
        "农林牧渔、水利",
        {"software_development": a2},
        "ZPSL",
    )
    k.deals = [p1, p2]
    up = k.add(Upload("营业执照.pdf", [k.license()], "mfp"))
    k.expect("LICENSE_EXPIRED", None, up.name, 1, f"营业期限 至 {f.valid_until}")
    k.add(Upload("审计报告.pdf", [k.audit("元", notes=True, cf=False)], "mfp"))
    final = acc.stage_report(p1, f, r, "P1", p1.accepted or p1.signed, True, r.choice(SUPERVISORS))
    up1 = k.add(Upload("项目一_视频监控联网.pdf", [con.integration(p1, f, r, "P1"), final], "mfp"))
    k.expect("ACCEPTANCE_OUT_OF_PERIOD", "P1", up1.name, k.page_of(up1, final), f"终验 {p1.accepted}")
    k.add(Upload("项目二_灌区信息化合同.pdf", [con.software(p2, f, r, "P2")], "mfp"))
    k.expect("ACCEPTANCE_MISSING", "P2", note="contract only: no acceptance report, no invoice")
    return k.finish("json")


def nj08_audit_seal(out: Path, seed: int) -> str:
    """Planted: declared operating revenue differs from the audited 利润表 (千元); an acceptance certificate with no seal."""
    k = Kit(out, "nj08_audit_seal", seed, "和田")
    r, f = k.rng, k.firm
    a1 = money(r, 500_000, 1_200_000)
    p1 = deal(
        r,
        f,
        "P1",
        "策勒县人民政府办公室公文交换系统开发项目",
        "策勒县人民政府办公室",
        a1,
        date_in(r, YEAR, 2, 4),
        date_in(r, YEAR, 8, 10),
        "党政",
        {"software_development": a1},
        "CLZF",
    )
    a2 = money(r, 300_000, 600_000)
    p2 = deal(
        r,
        f,
        "P2",
        "皮山县第一中学校园网升级改造设备采购项目",
        "皮山县第一中学",
        a2,
        date_in(r, YEAR, 4, 6),
        date_in(r, YEAR, 7, 9),
        "教育",
        {"hardware_purchase": a2},
        "PSYZ",
    )
    k.deals = [p1, p2]
    k.add(Upload("营业执照.jpg", [k.license()], "flatbed_jpg"))
    true_rev = D(r.randrange(14_000, 22_000) * 1000)
    declared_rev = true_rev + D(r.randrange(1_500, 3_000) * 1000) + D(r.randrange(1, 99900)) / 100
    audit = k.audit("千元", notes=False, cover=True, shown_revenue=true_rev)
    k.finance[0].revenue = declared_rev
    up = k.add(Upload("审计报告（2024年度）.pdf", [audit]))
    k.expect(
        "AUDIT_FIGURE_MISMATCH",
        None,
        up.name,
        audit.anchors["income"][0] + 1,
        f"营业收入 declared {declared_rev}, 利润表 {true_rev / 1000} 千元",
    )
    cert = acc.certificate(p1, f, r, "P1", p1.accepted, seal=False)
    up1 = k.add(Upload("项目1.pdf", [con.software(p1, f, r, "P1"), cert]))
    k.expect("SEAL_MISSING", "P1", up1.name, k.page_of(up1, cert), "验收证书 signed, never stamped")
    items = _goods_items(k, a2)
    k.add(
        Upload(
            "项目2.pdf",
            [
                con.goods(p2, f, r, "P2", items),
                acc.arrival(p2, f, r, "P2", p2.accepted, [(a, b, c, q) for a, b, c, q, _ in items]),
            ],
            "flatbed",
        )
    )
    return k.finish("json")


def nj09_edited_duplicate(out: Path, seed: int) -> str:
    """Planted: a 政府采购合同 PDF whose amount page was revised in Acrobat; an acceptance page uploaded twice."""
    k = Kit(out, "nj09_edited_duplicate", seed, "阿克苏")
    r, f = k.rng, k.firm
    while True:
        tens, ones = r.sample(range(1, 10), 2)
        a1 = D((tens * 10 + ones) * 10000 + 5000)
        orig = D((ones * 10 + tens) * 10000 + 5000)
        if sorted(capital(a1)) == sorted(capital(orig)):
            break
    fees1 = {"software_development": a1 - D(50000) * 4, "integration_implementation": D(50000) * 4}
    p1 = deal(
        r,
        f,
        "P1",
        "新和县教育局教育资源公共服务平台项目",
        "新和县教育局",
        a1,
        date_in(r, YEAR, 3, 5),
        date_in(r, YEAR, 9, 11),
        "教育",
        fees1,
        "XHJY",
    )
    a2 = money(r, 600_000, 1_000_000)
    p2 = deal(
        r,
        f,
        "P2",
        "沙雅县人民医院HIS系统升级开发项目",
        "沙雅县人民医院",
        a2,
        date_in(r, YEAR, 2, 4),
        date_in(r, YEAR, 8, 10),
        "医疗卫生",
        {"software_development": a2},
        "SYYY",
    )
    k.deals = [p1, p2]
    k.add(Upload("营业执照.pdf", [k.license()], "phone"))
    k.add(Upload("审计报告.pdf", [k.audit("元", notes=True)]))
    printed = deal(
        r,
        f,
        "P1",
        p1.name,
        p1.client,
        orig,
        p1.signed,
        p1.accepted,
        p1.field,
        {"software_development": orig},
        "XHJY",
    )
    printed.number, printed.client_rep, printed.client_addr, printed.client_tel = (
        p1.number,
        p1.client_rep,
        p1.client_addr,
        p1.client_tel,
    )
    c1 = con.gov_procurement(printed, f, r, "P1", f"XHCG-{YEAR}-{r.randint(100, 999)}")
    c1.fields.update(contract_amount=f"{a1:.2f}", amount_in_words=capital(a1))
    swaps = [(capital(orig), capital(a1)), (f"￥{wan(orig)}万元", f"￥{wan(a1)}万元")]
    up1 = k.add(Upload("新和县教育资源平台_政府采购合同.pdf", [c1], edit=(0, swaps)))
    k.expect(
        "PDF_EDITED",
        "P1",
        up1.name,
        1,
        f"incremental revision by Acrobat rewrote the amount page ({wan(orig)}万元 -> {wan(a1)}万元)",
    )
    k.add(Upload("新和县教育资源平台_验收证书.pdf", [acc.certificate(p1, f, r, "P1", p1.accepted)], "phone"))
    cert2 = acc.certificate(p2, f, r, "P2", p2.accepted)
    k.add(Upload("沙雅县人民医院/合同及验收.pdf", [con.software(p2, f, r, "P2"), cert2], "phone"))
    k.add(Upload("沙雅县人民医院/验收证书.pdf", [cert2], "phone"))
    k.expect("DUPLICATE_DOCUMENT", note="the P2 acceptance certificate scan is in both 沙雅县人民医院 files")
    return k.finish("json")


def nj10_wan_amount_date(out: Path, seed: int) -> str:
    """Planted: 政府采购合同 ￥x万元 against a different declared amount; a signing date off; a pasted date patch on a scan. xlsx in 万元."""
    k = Kit(out, "nj10_wan_amount_date", seed, "喀什")
    r, f = k.rng, k.firm
    a1 = D(r.randrange(120, 190) * 5000)
    declared1 = a1 + D(100000)
    p1 = deal(
        r,
        f,
        "P1",
        "喀什市第十二小学智慧课堂建设项目",
        "喀什市第十二小学",
        a1,
        date_in(r, YEAR, 3, 5),
        date_in(r, YEAR, 9, 11),
        "教育",
        {"software_development": a1 * D("0.3"), "hardware_purchase": a1 * D("0.7")},
        "KSXX",
    )
    a2 = money(r, 300_000, 800_000)
    signed2 = date_in(r, YEAR, 4, 4)
    p2 = deal(
        r,
        f,
        "P2",
        "疏附县应急管理局应急指挥调度设备采购项目",
        "疏附县应急管理局",
        a2,
        signed2,
        date_in(r, YEAR, 6, 8),
        "公用事业",
        {"hardware_purchase": a2},
        "SFYJ",
    )
    k.add(Upload("营业执照.pdf", [k.license()], "flatbed"))
    k.add(Upload("审计报告.pdf", [k.audit("千元", notes=True, cover=True)], "flatbed"))
    up1 = k.add(
        Upload(
            "合同/喀什十二小智慧课堂.pdf",
            [
                con.gov_procurement(p1, f, r, "P1", f"KSCG-{YEAR}-{r.randint(100, 999)}"),
                acc.certificate(p1, f, r, "P1", p1.accepted or p1.signed),
            ],
            "flatbed",
        )
    )
    k.expect("AMOUNT_MISMATCH", "P1", up1.name, 1, f"小写 ￥{wan(a1)}万元 vs declared {declared1}")
    items = _goods_items(k, a2)
    c2 = con.goods(p2, f, r, "P2", items)
    arr = acc.arrival(p2, f, r, "P2", p2.accepted or p2.signed, [(a, b, c, q) for a, b, c, q, _ in items])
    up2 = k.add(Upload("合同/疏附应急指挥设备.pdf", [c2, arr], "flatbed", tamper=(1, "date")))
    declared_signed = signed2 + dt.timedelta(days=r.choice([9, 11, 20]))
    k.expect(
        "DATE_MISMATCH",
        "P2",
        up2.name,
        k.page_of(up2, c2, 1),
        f"签订日期 {signed2}, declared {declared_signed}",
    )
    k.expect(
        "IMAGE_TAMPERED",
        "P2",
        up2.name,
        k.page_of(up2, arr),
        "验收日期 cell pasted in as a clean white patch",
    )
    p1.amount = declared1
    p1.fees = {"software_development": declared1 * D("0.3"), "hardware_purchase": declared1 * D("0.7")}
    p2.signed = declared_signed
    k.deals = [p1, p2]
    return k.finish("xlsx", "万元")


SCENARIOS: list[Callable[[Path, int], str]] = [
    nj01_kashi_clean,
    nj02_hetian_clean_xlsx,
    nj03_akesu_clean_phone,
    nj04_words_failed,
    nj05_fee_party,
    nj06_license_changed,
    nj07_period_expired,
    nj08_audit_seal,
    nj09_edited_duplicate,
    nj10_wan_amount_date,
]
