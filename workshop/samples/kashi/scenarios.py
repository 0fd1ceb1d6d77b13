"""The twelve Kashgar scenarios: four clean filings and eight with planted causes."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal

from . import contracts, corporate, people, records, scan
from .contracts import Terms
from .money import capital, plain, yuan
from .output import FileSpec, Placement
from .plan import Expect, Scenario, amount, annotate, day_in, overlay_amount
from .world import Filing, ProjectSpec

YEAR = 2025
"""The inspection year: projects accepted in 2025, audited 2025 accounts, filed early 2026."""


def _project(
    rng: random.Random,
    pid: str,
    name: str,
    client_name: str,
    field: str,
    town: str,
    fees: dict[str, Decimal],
    signed: tuple[int, int] = (2, 6),
    accepted: tuple[int, int] = (8, 12),
) -> ProjectSpec:
    return ProjectSpec(
        pid,
        name,
        people.client(rng, client_name, f"新疆喀什地区{town}"),
        day_in(rng, YEAR, *signed),
        day_in(rng, YEAR, *accepted),
        field,
        f"新疆维吾尔自治区喀什地区{town}",
        fees,
    )


def _filing(
    rng: random.Random, company, grade: str, staff: int, certified: int, projects: list[ProjectSpec]
) -> Filing:
    total = sum((p.amount for p in projects), Decimal(0))
    si = (total * Decimal("1.3")).quantize(Decimal("1"))
    return Filing(
        company,
        grade,
        YEAR,
        staff,
        people.holders(rng, certified),
        (si * Decimal("1.25")).quantize(Decimal("1")),
        si,
        (si * Decimal("0.07")).quantize(Decimal("0.01")),
        projects,
    )


def _corporate(rng: random.Random, filing: Filing, qualified: bool = False, licence_name: str | None = None):
    lic = corporate.licence(filing.company, rng, dt.date(2023, 5, 16), licence_name)
    audit = corporate.audit_report(
        filing.company, rng, YEAR, filing.revenue, filing.si_revenue, filing.net_profit, qualified
    )
    return Placement(lic), Placement(audit)


def _number(rng: random.Random, prefix: str) -> str:
    return f"{prefix}-{YEAR}-{rng.randint(100, 999)}"


def k01_clean_yi_mixed(rng: random.Random) -> Scenario:
    """乙级, clean: construction contract duplex-scanned with punch holes, an integration contract with
    tax columns and a 数电 invoice as digital PDF, a procurement contract with 初验 + 终验 on yellow paper."""
    co = people.company(rng, "喀什丝路云联信息技术有限公司", "艾尔肯·吐尔逊", 2000, dt.date(2012, 4, 9))
    p1 = _project(
        rng,
        "P1",
        "喀什地区第一人民医院门急诊综合楼智能化工程",
        "喀什地区第一人民医院",
        "医疗卫生",
        "喀什市",
        {
            "integration_implementation": amount(rng, 1_200_000, 1_800_000),
            "hardware_purchase": amount(rng, 2_600_000, 3_400_000),
        },
    )
    p2 = _project(
        rng,
        "P2",
        "疏附县智慧教育云平台建设项目",
        "疏附县教育局",
        "教育",
        "疏附县",
        {
            "software_development": amount(rng, 900_000, 1_300_000),
            "integration_implementation": amount(rng, 300_000, 500_000),
            "hardware_purchase": amount(rng, 1_800_000, 2_200_000),
            "software_purchase": amount(rng, 200_000, 400_000),
        },
    )
    p3 = _project(
        rng,
        "P3",
        "喀什经济开发区政务外网升级改造项目",
        "喀什经济开发区管理委员会",
        "党政",
        "喀什市",
        {
            "hardware_purchase": amount(rng, 2_400_000, 2_900_000),
            "software_purchase": amount(rng, 200_000, 300_000),
            "integration_implementation": amount(rng, 400_000, 600_000),
            "operation_maintenance": amount(rng, 100_000, 200_000),
        },
    )
    filing = _filing(rng, co, "乙", 46, 11, [p1, p2, p3])
    lic, audit = _corporate(rng, filing)
    c1 = Placement(contracts.construction(p1, co, Terms(_number(rng, "KSYY-ZNH")), rng), "P1", duplex=True)
    a1 = Placement(records.acceptance(p1, co, rng, supervisor="新疆天正建设监理有限公司"), "P1", duplex=True)
    c2 = Placement(contracts.integration(p2, co, Terms(_number(rng, "SFJY")), rng, tax_columns=True), "P2")
    i2 = Placement(records.invoice(p2, co, rng, p2.amount, p2.accepted_on + dt.timedelta(days=6)), "P2")
    c3 = Placement(
        contracts.procurement(p3, co, Terms(f"KSKFQ-ZFCG-{YEAR}-{rng.randint(10, 99)}"), rng), "P3"
    )
    first = p3.accepted_on - dt.timedelta(days=95)
    a3a = Placement(records.acceptance(p3, co, rng, day=first, stage="初验"), "P3")
    a3b = Placement(records.acceptance(p3, co, rng), "P3")
    files = [
        FileSpec("营业执照.pdf", "scan", [lic], scan.GREY_300),
        FileSpec("2025年度审计报告.pdf", "pdf", [audit]),
        FileSpec("项目1-医院智能化/合同及验收.pdf", "scan", [c1, a1], scan.OFFICE_MFP),
        FileSpec("项目2-智慧教育/合同+发票.pdf", "pdf", [c2, i2]),
        FileSpec("项目3.pdf", "scan", [c3, a3a, a3b], scan.YELLOW_COLOUR),
    ]
    return Scenario("k01_clean_yi_mixed", filing, files)


def k02_clean_bing_xlsx(rng: random.Random) -> Scenario:
    """丙级, clean, declaration.xlsx in 万元: a 科技部 technical development contract (万元 only) scanned
    grey, its acceptance as a phone photo, an integration contract with a paper 专票 as digital PDF."""
    co = people.company(rng, "喀什帕米尔数智科技有限公司", "古丽娜尔·艾买提", 500, dt.date(2017, 8, 21))
    p1 = _project(
        rng,
        "P1",
        "喀什大学教务管理信息系统开发项目",
        "喀什大学",
        "教育",
        "喀什市",
        {"software_development": amount(rng, 2_800_000, 3_300_000)},
    )
    p2 = _project(
        rng,
        "P2",
        "伽师县人民医院数据中心机房建设项目",
        "伽师县人民医院",
        "医疗卫生",
        "伽师县",
        {
            "hardware_purchase": amount(rng, 1_300_000, 1_700_000),
            "integration_implementation": amount(rng, 500_000, 700_000),
        },
    )
    filing = _filing(rng, co, "丙", 27, 6, [p1, p2])
    lic, audit = _corporate(rng, filing)
    c1 = Placement(
        contracts.tech_development(
            p1, co, Terms(f"{YEAR}6531{rng.randint(100000, 999999)}", style="wan"), rng
        ),
        "P1",
    )
    a1 = Placement(records.acceptance(p1, co, rng), "P1")
    c2 = Placement(contracts.integration(p2, co, Terms(_number(rng, "JSYY-JF")), rng), "P2")
    i2 = Placement(
        records.invoice(p2, co, rng, p2.amount, p2.accepted_on + dt.timedelta(days=3), digital=False), "P2"
    )
    files = [
        FileSpec("license.png", "png", [lic], scan.CLEAN_COLOUR),
        FileSpec("审计报告2025.pdf", "scan", [audit], scan.GREY_300),
        FileSpec("教务系统/技术开发合同.pdf", "scan", [c1], scan.GREY_300),
        FileSpec("教务系统/验收报告.jpg", "jpg", [a1], scan.PHONE),
        FileSpec("机房/合同发票.pdf", "pdf", [c2, i2]),
    ]
    return Scenario("k02_clean_bing_xlsx", filing, files, declaration_format="xlsx")


def k03_clean_bing_tiff(rng: random.Random) -> Scenario:
    """丙级, clean: a procurement contract priced with 角分 in a multi-page TIFF with a page upside down
    and the acceptance fed sideways (copier halftone, staple); a construction contract in 万元."""
    co = people.company(rng, "喀什天山北斗网络工程有限公司", "马建国", 1000, dt.date(2010, 11, 3))
    hw = amount(rng, 2_000_000, 2_500_000, 1) + Decimal("0.65")
    p1 = _project(
        rng,
        "P1",
        "巴楚县水利局灌区信息化监测系统采购项目",
        "巴楚县水利局",
        "农林牧渔、水利",
        "巴楚县",
        {
            "hardware_purchase": hw,
            "integration_implementation": amount(rng, 400_000, 600_000, 1) + Decimal("0.30"),
        },
    )
    p2 = _project(
        rng,
        "P2",
        "英吉沙县城区视频监控补点建设工程",
        "英吉沙县住房和城乡建设局",
        "房地产、建筑",
        "英吉沙县",
        {
            "hardware_purchase": amount(rng, 2_200_000, 2_600_000),
            "integration_implementation": amount(rng, 500_000, 800_000),
        },
    )
    filing = _filing(rng, co, "丙", 31, 7, [p1, p2])
    lic, audit = _corporate(rng, filing)
    c1 = Placement(
        contracts.procurement(p1, co, Terms(f"BCSL-{YEAR}-CG{rng.randint(10, 99)}"), rng), "P1", turns={1: 2}
    )
    a1 = Placement(records.acceptance(p1, co, rng), "P1", turns={0: 1})
    c2 = Placement(contracts.construction(p2, co, Terms(_number(rng, "YJS-JK"), style="wan"), rng), "P2")
    a2 = Placement(records.acceptance(p2, co, rng, verdict="基本合格"), "P2")
    files = [
        FileSpec("yyzz.jpg", "jpg", [lic], scan.YELLOW_COLOUR),
        FileSpec("audit.pdf", "scan", [audit], scan.CLEAN_COLOUR),
        FileSpec("巴楚灌区.tif", "tiff", [c1, a1], scan.COPIER_HALFTONE),
        FileSpec("英吉沙监控.pdf", "scan", [c2, a2], scan.YELLOW_COLOUR),
    ]
    return Scenario("k03_clean_bing_tiff", filing, files)


def k04_clean_ding_annotated(rng: random.Random) -> Scenario:
    """丁级, clean: a client name long enough to wrap, blue-ink ticks and initials on scanned pages,
    a technical development contract as digital PDF with a scanned paper invoice."""
    co = people.company(rng, "喀什昆岗信息服务有限公司", "吴玉山", 200, dt.date(2019, 3, 15))
    p1 = _project(
        rng,
        "P1",
        "塔什库尔干县文旅融合智慧景区管理平台项目",
        "塔什库尔干塔吉克自治县文化体育广播电视和旅游局",
        "文化、体育、娱乐",
        "塔什库尔干塔吉克自治县",
        {
            "software_development": amount(rng, 400_000, 600_000),
            "hardware_purchase": amount(rng, 300_000, 500_000),
            "integration_implementation": amount(rng, 100_000, 200_000),
        },
    )
    p2 = _project(
        rng,
        "P2",
        "麦盖提县融媒体中心采编系统开发项目",
        "麦盖提县融媒体中心",
        "文化、体育、娱乐",
        "麦盖提县",
        {"software_development": amount(rng, 500_000, 800_000)},
    )
    filing = _filing(rng, co, "丁", 12, 3, [p1, p2])
    lic, audit = _corporate(rng, filing)
    c1 = contracts.procurement(p1, co, Terms(f"TXK-WL-{YEAR}{rng.randint(10, 99)}"), rng)
    annotate(c1, 0, rng, "核")
    a1 = records.acceptance(p1, co, rng, verdict="基本合格")
    annotate(a1, 0, rng, "已阅")
    c2 = Placement(
        contracts.tech_development(p2, co, Terms(f"{YEAR}6531{rng.randint(100000, 999999)}"), rng), "P2"
    )
    i2 = Placement(
        records.invoice(
            p2,
            co,
            rng,
            p2.amount,
            p2.accepted_on + dt.timedelta(days=2),
            digital=False,
            item="*信息技术服务*软件开发服务",
        ),
        "P2",
    )
    files = [
        FileSpec("执照.pdf", "scan", [lic], scan.CLEAN_COLOUR),
        FileSpec("审计报告.pdf", "pdf", [audit]),
        FileSpec(
            "景区平台合同及验收.pdf", "scan", [Placement(c1, "P1"), Placement(a1, "P1")], scan.CLEAN_COLOUR
        ),
        FileSpec("融媒体/合同.pdf", "pdf", [c2]),
        FileSpec("融媒体/发票扫描.pdf", "scan", [i2], scan.GREY_300),
    ]
    return Scenario("k04_clean_ding_annotated", filing, files)


def k05_licence_expired_late_acceptance(rng: random.Random) -> Scenario:
    """丙级: the licence's term ended 2025-08-31 (LICENSE_EXPIRED); P2 was accepted on 2026-01-15,
    after the inspection year, and declared so (ACCEPTANCE_OUT_OF_PERIOD)."""
    co = people.company(
        rng, "喀什恒通达电子工程有限公司", "黄卫东", 600, dt.date(2005, 9, 1), dt.date(2025, 8, 31)
    )
    p1 = _project(
        rng,
        "P1",
        "喀什市公安局社区警务室视频专网项目",
        "喀什市公安局",
        "党政",
        "喀什市",
        {
            "hardware_purchase": amount(rng, 2_800_000, 3_300_000),
            "integration_implementation": amount(rng, 600_000, 800_000),
        },
    )
    p2 = _project(
        rng,
        "P2",
        "泽普县人民医院HIS系统升级项目",
        "泽普县人民医院",
        "医疗卫生",
        "泽普县",
        {
            "software_development": amount(rng, 1_500_000, 1_800_000),
            "software_purchase": amount(rng, 300_000, 400_000),
        },
        signed=(7, 9),
    )
    p2.accepted_on = dt.date(2026, 1, 15)
    filing = _filing(rng, co, "丙", 24, 5, [p1, p2])
    lic, audit = _corporate(rng, filing)
    c1 = Placement(contracts.procurement(p1, co, Terms(f"KSGA-CG-{YEAR}-{rng.randint(10, 99)}"), rng), "P1")
    a1 = Placement(records.acceptance(p1, co, rng), "P1")
    c2 = Placement(contracts.integration(p2, co, Terms(_number(rng, "ZPYY-HIS")), rng), "P2")
    a2 = Placement(records.acceptance(p2, co, rng), "P2")
    files = [
        FileSpec("营业执照副本.jpg", "jpg", [lic], scan.GREY_300),
        FileSpec("审计报告.pdf", "pdf", [audit]),
        FileSpec("公安专网.pdf", "scan", [c1, a1], scan.OFFICE_MFP),
        FileSpec("泽普HIS.pdf", "scan", [c2, a2], scan.GREY_300),
    ]
    expects = [
        Expect("LICENSE_EXPIRED", None, lic, 0, "营业期限至2025年08月31日"),
        Expect("ACCEPTANCE_OUT_OF_PERIOD", "P2", a2, 0, "验收日期2026年01月15日，不在2025年度"),
    ]
    return Scenario("k05_licence_expired_late_acceptance", filing, files, expects)


def k06_fee_mismatch(rng: random.Random) -> Scenario:
    """乙级: the integration contract's fee table splits the price differently from the declared row
    (软件开发费 lower, 系统集成实施费 higher by the same sum; the total agrees): FEE_MISMATCH."""
    co = people.company(rng, "喀什云岭智联科技有限公司", "张文博", 1500, dt.date(2014, 6, 30))
    p1 = _project(
        rng,
        "P1",
        "莎车县智慧农业物联网平台建设项目",
        "莎车县农业农村局",
        "农林牧渔、水利",
        "莎车县",
        {
            "software_development": amount(rng, 1_500_000, 1_900_000),
            "integration_implementation": amount(rng, 400_000, 600_000),
            "hardware_purchase": amount(rng, 1_800_000, 2_400_000),
        },
    )
    p2 = _project(
        rng,
        "P2",
        "中国移动喀什分公司机房动环监控改造项目",
        "中国移动通信集团新疆有限公司喀什分公司",
        "电信",
        "喀什市",
        {
            "hardware_purchase": amount(rng, 2_600_000, 3_200_000),
            "integration_implementation": amount(rng, 700_000, 900_000),
        },
    )
    p3 = _project(
        rng,
        "P3",
        "叶城县应急指挥调度系统项目",
        "叶城县应急管理局",
        "党政",
        "叶城县",
        {
            "software_development": amount(rng, 1_600_000, 2_000_000),
            "hardware_purchase": amount(rng, 1_500_000, 1_900_000),
        },
    )
    filing = _filing(rng, co, "乙", 38, 9, [p1, p2, p3])
    lic, audit = _corporate(rng, filing)
    shift = Decimal(rng.choice([180_000, 240_000, 300_000]))
    printed = dict(p1.fees)
    printed["software_development"] -= shift
    printed["integration_implementation"] += shift
    c1 = Placement(
        contracts.integration(p1, co, Terms(_number(rng, "SCNY-WLW"), printed_fees=printed), rng), "P1"
    )
    a1 = Placement(records.acceptance(p1, co, rng), "P1")
    c2 = Placement(contracts.construction(p2, co, Terms(_number(rng, "CMCC-KS")), rng), "P2")
    i2 = Placement(records.invoice(p2, co, rng, p2.amount, p2.accepted_on + dt.timedelta(days=9)), "P2")
    c3 = Placement(
        contracts.tech_development(p3, co, Terms(f"{YEAR}6531{rng.randint(100000, 999999)}"), rng), "P3"
    )
    a3 = Placement(records.acceptance(p3, co, rng), "P3")
    files = [
        FileSpec("营业执照.pdf", "scan", [lic], scan.YELLOW_COLOUR),
        FileSpec("审计报告.pdf", "scan", [audit], scan.GREY_300),
        FileSpec("莎车物联网.pdf", "pdf", [c1, a1]),
        FileSpec("移动动环.pdf", "scan", [c2, i2], scan.OFFICE_MFP),
        FileSpec("叶城应急.pdf", "scan", [c3, a3], scan.GREY_300),
    ]
    note = f"合同软件开发费{yuan(printed['software_development'])}元、集成实施费{yuan(printed['integration_implementation'])}元"
    return Scenario("k06_fee_mismatch", filing, files, [Expect("FEE_MISMATCH", "P1", c1, 0, note)])


def k07_old_name_acceptance_first(rng: random.Random) -> Scenario:
    """丙级: the uploaded licence still shows the company's former name (LICENSE_NAME_MISMATCH);
    P1's acceptance report is dated before its contract was signed (ACCEPTANCE_BEFORE_SIGNING)."""
    co = people.company(rng, "喀什昆仑数智科技有限公司", "刘晓东", 800, dt.date(2011, 2, 18))
    p1 = _project(
        rng,
        "P1",
        "岳普湖县乡村振兴数据管理平台项目",
        "岳普湖县乡村振兴局",
        "党政",
        "岳普湖县",
        {
            "software_development": amount(rng, 2_000_000, 2_400_000),
            "hardware_purchase": amount(rng, 600_000, 900_000),
        },
        signed=(6, 6),
        accepted=(4, 4),
    )
    p2 = _project(
        rng,
        "P2",
        "疏勒县第二中学智慧校园建设项目",
        "疏勒县第二中学",
        "教育",
        "疏勒县",
        {
            "hardware_purchase": amount(rng, 2_100_000, 2_500_000),
            "integration_implementation": amount(rng, 400_000, 600_000),
        },
    )
    filing = _filing(rng, co, "丙", 25, 6, [p1, p2])
    lic, audit = _corporate(rng, filing, licence_name="喀什昆仑数智网络工程有限公司")
    c1 = Placement(contracts.integration(p1, co, Terms(_number(rng, "YPH-XCZX")), rng), "P1")
    a1 = Placement(records.acceptance(p1, co, rng), "P1")
    c2 = Placement(contracts.procurement(p2, co, Terms(f"SLEZ-{YEAR}-{rng.randint(10, 99)}"), rng), "P2")
    a2 = Placement(records.acceptance(p2, co, rng), "P2")
    files = [
        FileSpec("营业执照.jpg", "jpg", [lic], scan.CLEAN_COLOUR),
        FileSpec("审计报告.pdf", "pdf", [audit]),
        FileSpec("岳普湖.pdf", "scan", [c1, a1], scan.GREY_300),
        FileSpec("疏勒二中.pdf", "scan", [c2, a2], scan.YELLOW_COLOUR),
    ]
    expects = [
        Expect("LICENSE_NAME_MISMATCH", None, lic, 0, "执照名称：喀什昆仑数智网络工程有限公司"),
        Expect(
            "ACCEPTANCE_BEFORE_SIGNING",
            "P1",
            a1,
            0,
            f"合同{p1.signed_on.isoformat()}签订，验收{p1.accepted_on.isoformat()}",
        ),
    ]
    return Scenario("k07_old_name_acceptance_first", filing, files, expects)


def k08_overlay_qualified_audit(rng: random.Random) -> Scenario:
    """乙级: a digital construction contract whose price line was covered by a white box and retyped
    (OVERLAY_DETECTED; the visible price is the declared one); the audit opinion is 保留意见."""
    co = people.company(rng, "喀什金胡杨系统集成有限公司", "陈雪梅", 1200, dt.date(2013, 10, 8))
    p1 = _project(
        rng,
        "P1",
        "喀什市第十二中学录播教室及校园网建设项目",
        "喀什市教育局",
        "教育",
        "喀什市",
        {
            "hardware_purchase": amount(rng, 2_400_000, 2_800_000),
            "integration_implementation": amount(rng, 500_000, 700_000),
        },
    )
    p2 = _project(
        rng,
        "P2",
        "疏附县广州新城综合管廊智能化工程",
        "疏附县住房和城乡建设局",
        "房地产、建筑",
        "疏附县",
        {
            "hardware_purchase": amount(rng, 4_200_000, 5_000_000),
            "integration_implementation": amount(rng, 1_200_000, 1_500_000),
        },
    )
    p3 = _project(
        rng,
        "P3",
        "喀什地区人社局社保卡服务系统运维项目",
        "喀什地区人力资源和社会保障局",
        "党政",
        "喀什市",
        {"operation_maintenance": amount(rng, 1_800_000, 2_200_000)},
    )
    filing = _filing(rng, co, "乙", 41, 10, [p1, p2, p3])
    lic, audit = _corporate(rng, filing, qualified=True)
    c1 = Placement(contracts.procurement(p1, co, Terms(f"KSJY-{YEAR}-{rng.randint(10, 99)}"), rng), "P1")
    a1 = Placement(records.acceptance(p1, co, rng), "P1")
    original = p2.amount - Decimal(rng.choice([600_000, 850_000, 1_100_000]))
    built2 = contracts.construction(p2, co, Terms(_number(rng, "SFGL-ZNH"), printed_amount=original), rng)
    overlay_amount(built2, "1．" + contracts._price_line(p2.amount, "yuan"))
    built2.fields["contract_amount"] = plain(p2.amount)
    built2.fields["amount_in_words"] = capital(p2.amount)
    c2 = Placement(built2, "P2")
    i2 = Placement(records.invoice(p2, co, rng, p2.amount, p2.accepted_on + dt.timedelta(days=4)), "P2")
    c3 = Placement(contracts.integration(p3, co, Terms(_number(rng, "KSRS-YW")), rng), "P3")
    a3 = Placement(records.acceptance(p3, co, rng), "P3")
    files = [
        FileSpec("1营业执照.pdf", "scan", [lic], scan.GREY_300),
        FileSpec("2审计报告.pdf", "scan", [audit], scan.CLEAN_COLOUR),
        FileSpec("3十二中录播.pdf", "scan", [c1, a1], scan.GREY_300),
        FileSpec("4综合管廊合同.pdf", "pdf", [c2, i2]),
        FileSpec("5社保卡运维.pdf", "scan", [c3, a3], scan.OFFICE_MFP),
    ]
    expects = [
        Expect("OVERLAY_DETECTED", "P2", c2, 1, f"白框遮盖原价{yuan(original)}元，改写为{yuan(p2.amount)}元"),
        Expect("AUDIT_OPINION_NOT_CLEAN", None, audit, 1, "保留意见"),
    ]
    return Scenario("k08_overlay_qualified_audit", filing, files, expects)


def k09_duplicate_acceptance(rng: random.Random) -> Scenario:
    """丙级: P1's acceptance page is scanned a second time into P2's file (DUPLICATE_DOCUMENT);
    P2 is otherwise backed by its contract and an invoice."""
    co = people.company(rng, "喀什绿洲星辰网络科技有限公司", "周晨阳", 500, dt.date(2016, 12, 1))
    p1 = _project(
        rng,
        "P1",
        "麦盖提县政务服务中心一体化平台项目",
        "麦盖提县政务服务和公共资源交易中心",
        "党政",
        "麦盖提县",
        {
            "software_development": amount(rng, 1_900_000, 2_300_000),
            "hardware_purchase": amount(rng, 700_000, 900_000),
        },
    )
    p2 = _project(
        rng,
        "P2",
        "泽普县教育局班班通设备采购安装项目",
        "泽普县教育局",
        "教育",
        "泽普县",
        {
            "hardware_purchase": amount(rng, 2_200_000, 2_600_000),
            "integration_implementation": amount(rng, 300_000, 500_000),
        },
    )
    filing = _filing(rng, co, "丙", 23, 5, [p1, p2])
    lic, audit = _corporate(rng, filing)
    c1 = Placement(contracts.integration(p1, co, Terms(_number(rng, "MGT-ZW")), rng), "P1")
    acceptance = records.acceptance(p1, co, rng)
    a1 = Placement(acceptance, "P1")
    c2 = Placement(contracts.procurement(p2, co, Terms(f"ZPJY-{YEAR}-{rng.randint(10, 99)}"), rng), "P2")
    copy = Placement(acceptance, "P1")
    i2 = Placement(
        records.invoice(
            p2,
            co,
            rng,
            p2.amount,
            p2.accepted_on + dt.timedelta(days=5),
            item="*计算机外部设备*交互式智能平板",
        ),
        "P2",
    )
    files = [
        FileSpec("营业执照.pdf", "scan", [lic], scan.CLEAN_COLOUR),
        FileSpec("审计报告.pdf", "pdf", [audit]),
        FileSpec("麦盖提政务.pdf", "scan", [c1, a1], scan.GREY_300),
        FileSpec("泽普班班通.pdf", "scan", [c2, copy], scan.GREY_300),
        FileSpec("泽普班班通发票.pdf", "pdf", [i2]),
    ]
    return Scenario(
        "k09_duplicate_acceptance",
        filing,
        files,
        [Expect("DUPLICATE_DOCUMENT", None, copy, 0, "与麦盖提政务.pdf中的验收报告为同一页")],
    )


def k10_tampered_scan_sum_typo(rng: random.Random) -> Scenario:
    """乙级: on P1's scanned construction contract the price line was replaced by a clean patch
    (IMAGE_TAMPERED; the patch shows the declared price); P2's row declares a services total
    that is not the sum of its service fees (DECLARED_SUM_MISMATCH)."""
    co = people.company(rng, "喀什博斯坦信息工程有限公司", "买买提江·热合曼", 1000, dt.date(2009, 7, 22))
    p1 = _project(
        rng,
        "P1",
        "喀什古城景区安防监控提升改造工程",
        "喀什古城景区管理委员会",
        "文化、体育、娱乐",
        "喀什市",
        {
            "hardware_purchase": amount(rng, 3_600_000, 4_200_000),
            "integration_implementation": amount(rng, 700_000, 900_000),
        },
    )
    p2 = _project(
        rng,
        "P2",
        "疏勒县不动产登记信息平台建设项目",
        "疏勒县自然资源局",
        "党政",
        "疏勒县",
        {
            "software_development": amount(rng, 2_000_000, 2_400_000),
            "integration_implementation": amount(rng, 300_000, 400_000),
            "hardware_purchase": amount(rng, 900_000, 1_200_000),
        },
    )
    p3 = _project(
        rng,
        "P3",
        "伽师县城乡供水管网监测系统项目",
        "伽师县水利局",
        "农林牧渔、水利",
        "伽师县",
        {
            "hardware_purchase": amount(rng, 2_000_000, 2_400_000),
            "software_development": amount(rng, 600_000, 800_000),
        },
    )
    filing = _filing(rng, co, "乙", 35, 8, [p1, p2, p3])
    typo = p2.services_total + Decimal(100_000)
    filing.overrides["P2"] = {"services_total": plain(typo)}
    lic, audit = _corporate(rng, filing)
    number = _number(rng, "KSGC-AF")
    original_price = p1.amount - Decimal(rng.choice([420_000, 560_000, 730_000]))
    seed = rng.randrange(2**32)
    shown = contracts.construction(p1, co, Terms(number), random.Random(seed))
    was = contracts.construction(p1, co, Terms(number, printed_amount=original_price), random.Random(seed))
    c1 = Placement(shown, "P1", tamper=was)
    a1 = Placement(records.acceptance(p1, co, rng), "P1")
    c2 = Placement(contracts.integration(p2, co, Terms(_number(rng, "SLBDC")), rng), "P2")
    a2 = Placement(records.acceptance(p2, co, rng), "P2")
    c3 = Placement(
        contracts.tech_development(p3, co, Terms(f"{YEAR}6531{rng.randint(100000, 999999)}"), rng), "P3"
    )
    i3 = Placement(records.invoice(p3, co, rng, p3.amount, p3.accepted_on + dt.timedelta(days=8)), "P3")
    files = [
        FileSpec("营业执照.pdf", "scan", [lic], scan.GREY_300),
        FileSpec("审计报告.pdf", "pdf", [audit]),
        FileSpec("古城安防/合同验收扫描.pdf", "scan", [c1, a1], scan.YELLOW_COLOUR),
        FileSpec("不动产登记.pdf", "pdf", [c2, a2]),
        FileSpec("伽师供水.pdf", "pdf", [c3, i3]),
    ]
    expects = [
        Expect("IMAGE_TAMPERED", "P1", c1, 1, f"价款行为贴补区域（原扫描件为{yuan(original_price)}元）"),
        Expect(
            "DECLARED_SUM_MISMATCH",
            "P2",
            None,
            None,
            f"申报软件和信息技术服务费合计{plain(typo)}，六项服务费之和{plain(p2.services_total)}",
        ),
    ]
    return Scenario("k10_tampered_scan_sum_typo", filing, files, expects)


def k11_other_project_invoice_excess(rng: random.Random) -> Scenario:
    """丙级: P2's contract and acceptance are for a different project of the same client
    (PROJECT_NAME_MISMATCH); P1's three invoices add up to more than its contract (INVOICE_EXCEEDS_CONTRACT)."""
    co = people.company(rng, "喀什明德信息技术有限公司", "杨红霞", 600, dt.date(2015, 5, 5))
    p1 = _project(
        rng,
        "P1",
        "阿克陶县智慧社区综合服务平台项目",
        "阿克陶县民政局",
        "党政",
        "阿克陶县",
        {
            "software_development": amount(rng, 1_300_000, 1_600_000),
            "hardware_purchase": amount(rng, 1_500_000, 1_800_000),
        },
    )
    p2 = _project(
        rng,
        "P2",
        "莎车县智慧农业物联网平台建设项目",
        "莎车县农业农村局",
        "农林牧渔、水利",
        "莎车县",
        {
            "operation_maintenance": amount(rng, 600_000, 800_000),
            "data_processing": amount(rng, 200_000, 300_000),
        },
    )
    p3 = _project(
        rng,
        "P3",
        "叶城县人民医院PACS影像系统项目",
        "叶城县人民医院",
        "医疗卫生",
        "叶城县",
        {
            "software_purchase": amount(rng, 1_100_000, 1_400_000),
            "integration_implementation": amount(rng, 400_000, 500_000),
        },
    )
    filing = _filing(rng, co, "丙", 22, 5, [p1, p2, p3])
    lic, audit = _corporate(rng, filing)
    c1 = Placement(contracts.integration(p1, co, Terms(_number(rng, "AKT-ZHSQ")), rng), "P1")
    parts = [(p1.amount * Decimal(r)).quantize(Decimal("0.01")) for r in ("0.4", "0.4", "0.3")]
    invoices = [
        Placement(records.invoice(p1, co, rng, v, p1.accepted_on + dt.timedelta(days=20 * k - 40)), "P1")
        for k, v in enumerate(parts)
    ]
    other = "莎车县农产品质量安全追溯系统运维服务项目"
    c2 = Placement(
        contracts.integration(p2, co, Terms(_number(rng, "SCNY-ZS"), printed_name=other), rng), "P2"
    )
    a2 = Placement(records.acceptance(p2, co, rng, name=other), "P2")
    c3 = Placement(contracts.procurement(p3, co, Terms(f"YCYY-{YEAR}-{rng.randint(10, 99)}"), rng), "P3")
    a3 = Placement(records.acceptance(p3, co, rng, supervisor="喀什信达工程咨询有限公司"), "P3")
    files = [
        FileSpec("营业执照.png", "png", [lic], scan.CLEAN_COLOUR),
        FileSpec("审计报告.pdf", "scan", [audit], scan.GREY_300),
        FileSpec("阿克陶智慧社区/合同.pdf", "scan", [c1], scan.GREY_300),
        FileSpec("阿克陶智慧社区/发票.pdf", "pdf", invoices),
        FileSpec("莎车农业.pdf", "scan", [c2, a2], scan.YELLOW_COLOUR),
        FileSpec("叶城PACS.pdf", "scan", [c3, a3], scan.OFFICE_MFP),
    ]
    expects = [
        Expect("PROJECT_NAME_MISMATCH", "P2", c2, 0, f"合同项目名称：{other}"),
        Expect(
            "INVOICE_EXCEEDS_CONTRACT",
            "P1",
            invoices[-1],
            0,
            f"三张发票合计{yuan(sum(parts, Decimal(0)))}元，合同{yuan(p1.amount)}元",
        ),
    ]
    return Scenario("k11_other_project_invoice_excess", filing, files, expects)


def k12_amount_and_date(rng: random.Random) -> Scenario:
    """丙级: P1's technical development contract prints 万元 figures with two digits swapped against
    the declared amount (AMOUNT_MISMATCH); P2's acceptance report is dated four weeks after the
    declared acceptance date (DATE_MISMATCH)."""
    co = people.company(rng, "喀什慕士塔格软件有限公司", "赵亚楠", 300, dt.date(2018, 1, 12))
    declared = Decimal(3_865_000)
    printed = Decimal(3_685_000)
    p1 = _project(
        rng,
        "P1",
        "喀什地区税务局纳税服务智能终端软件开发项目",
        "国家税务总局喀什地区税务局",
        "党政",
        "喀什市",
        {"software_development": declared},
    )
    p2 = _project(
        rng,
        "P2",
        "英吉沙县人民医院互联网医院平台项目",
        "英吉沙县人民医院",
        "医疗卫生",
        "英吉沙县",
        {
            "software_development": amount(rng, 1_100_000, 1_400_000),
            "software_purchase": amount(rng, 200_000, 400_000),
        },
        accepted=(8, 9),
    )
    filing = _filing(rng, co, "丙", 21, 5, [p1, p2])
    real_acceptance = p2.accepted_on + dt.timedelta(days=28)
    lic, audit = _corporate(rng, filing)
    c1 = Placement(
        contracts.tech_development(
            p1,
            co,
            Terms(f"{YEAR}6531{rng.randint(100000, 999999)}", style="wan", printed_amount=printed),
            rng,
        ),
        "P1",
    )
    a1 = Placement(records.acceptance(p1, co, rng), "P1")
    c2 = Placement(contracts.integration(p2, co, Terms(_number(rng, "YJSYY-HLW")), rng), "P2")
    a2 = Placement(records.acceptance(p2, co, rng, day=real_acceptance), "P2")
    files = [
        FileSpec("营业执照.pdf", "pdf", [lic]),
        FileSpec("审计报告.pdf", "scan", [audit], scan.GREY_300),
        FileSpec("税务终端.pdf", "scan", [c1, a1], scan.CLEAN_COLOUR),
        FileSpec("互联网医院.pdf", "scan", [c2, a2], scan.GREY_300),
    ]
    expects = [
        Expect("AMOUNT_MISMATCH", "P1", c1, 1, "合同368.50万元，申报3865000.00"),
        Expect(
            "DATE_MISMATCH",
            "P2",
            a2,
            0,
            f"验收报告{real_acceptance.isoformat()}，申报{p2.accepted_on.isoformat()}",
        ),
    ]
    return Scenario("k12_amount_and_date", filing, files, expects)


SCENARIOS: tuple[Callable[[random.Random], Scenario], ...] = (
    k01_clean_yi_mixed,
    k02_clean_bing_xlsx,
    k03_clean_bing_tiff,
    k04_clean_ding_annotated,
    k05_licence_expired_late_acceptance,
    k06_fee_mismatch,
    k07_old_name_acceptance_first,
    k08_overlay_qualified_audit,
    k09_duplicate_acceptance,
    k10_tampered_scan_sum_typo,
    k11_other_project_invoice_excess,
    k12_amount_and_date,
)
