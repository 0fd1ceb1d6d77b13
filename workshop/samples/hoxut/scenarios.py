"""The ten filings. Filing i draws from random.Random(seed * 1000 + i); plants and roles never change with the seed."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from decimal import Decimal

from jianzheng.models import Code

from . import papers as pp
from .filing import Filing
from .plan import Project, Stages, make_stages, split_fees
from .world import AUDIT_FIRMS, CERT_TITLES, PREFECTURE, SUPERVISORS, TEST_LABS, YEAR, make_firm, person

CODES = {"乌什县": "WS", "温宿县": "WSU", "拜城县": "BC", "新和县": "XH", "沙雅县": "SY"}

# name pattern, field, contract kind, fee shares, goods
TEMPLATES: dict[str, tuple[str, str, str, dict[str, float], list[tuple[str, str, int]]]] = {
    "video": (
        "{c}公安局“雪亮工程”视频监控联网建设项目",
        "党政",
        "gov",
        {
            "software_development": 0.12,
            "integration_implementation": 0.2,
            "software_purchase": 0.08,
            "hardware_purchase": 0.6,
        },
        [
            ("高清网络摄像机", "DS-2CD3T47EWD", 120),
            ("网络硬盘录像机", "DS-9664N-I16", 4),
            ("汇聚交换机", "S5735-L48T4X", 6),
        ],
    ),
    "emergency": (
        "{c}应急指挥平台建设项目",
        "党政",
        "gov",
        {
            "software_development": 0.3,
            "consulting_design": 0.05,
            "integration_implementation": 0.15,
            "hardware_purchase": 0.5,
        },
        [
            ("LED小间距显示屏", "P1.5 室内全彩", 1),
            ("视频会议终端", "TE40", 8),
            ("融合通信服务器", "RH2288H V5", 2),
        ],
    ),
    "classroom": (
        "{c}第二中学智慧教室建设项目",
        "教育",
        "gov",
        {"integration_implementation": 0.2, "hardware_purchase": 0.7, "software_purchase": 0.1},
        [("智慧黑板", "86英寸 交互式", 24), ("录播主机", "RB-4K-6", 4), ("教师终端", "i5/16G/512G", 24)],
    ),
    "water": (
        "{c}灌区水利信息化建设项目",
        "农林牧渔、水利",
        "gov",
        {"software_development": 0.25, "integration_implementation": 0.2, "hardware_purchase": 0.55},
        [
            ("超声波流量计", "TDS-100F", 36),
            ("遥测终端机", "RTU-4G", 36),
            ("太阳能供电系统", "100W/100Ah", 36),
        ],
    ),
    "city": (
        "{c}数字化城市管理平台建设项目",
        "公用事业",
        "gov",
        {
            "software_development": 0.4,
            "data_processing": 0.1,
            "integration_implementation": 0.15,
            "hardware_purchase": 0.35,
        },
        [("城管执法记录仪", "DSJ-X8", 60), ("平台服务器", "R4900 G5", 3)],
    ),
    "land": (
        "{c}自然资源“一张图”综合监管平台项目",
        "党政",
        "gov",
        {"software_development": 0.45, "data_processing": 0.25, "hardware_purchase": 0.3},
        [("图形工作站", "P520", 10), ("存储阵列", "OceanStor 5310", 1)],
    ),
    "hospital_equip": (
        "{c}人民医院信息化设备采购及集成项目",
        "医疗卫生",
        "gov",
        {"integration_implementation": 0.12, "hardware_purchase": 0.78, "software_purchase": 0.1},
        [("核心交换机", "S12708", 2), ("超融合一体机", "FusionCube 1000", 4), ("医生工作站", "M750t", 80)],
    ),
    "dengbao": (
        "{c}人民医院网络安全等级保护整改项目",
        "医疗卫生",
        "gov",
        {
            "consulting_design": 0.15,
            "integration_implementation": 0.25,
            "hardware_purchase": 0.45,
            "software_purchase": 0.15,
        },
        [("下一代防火墙", "USG6555F", 2), ("日志审计系统", "LA-3000", 1), ("堡垒机", "OSM-1000", 1)],
    ),
    "his": (
        "{c}人民医院信息系统（HIS）升级改造项目",
        "医疗卫生",
        "tech",
        {
            "software_development": 0.6,
            "consulting_design": 0.08,
            "integration_implementation": 0.12,
            "data_processing": 0.2,
        },
        [],
    ),
    "health_platform": (
        "{c}区域全民健康信息平台建设项目",
        "医疗卫生",
        "tech",
        {
            "software_development": 0.55,
            "data_processing": 0.15,
            "integration_implementation": 0.1,
            "operation_maintenance": 0.2,
        },
        [],
    ),
    "forest": (
        "{c}胡杨林资源动态监测平台建设项目",
        "农林牧渔、水利",
        "tech",
        {"software_development": 0.55, "data_processing": 0.3, "consulting_design": 0.15},
        [],
    ),
    "tcm": (
        "{c}中医医院电子病历系统建设项目",
        "医疗卫生",
        "tech",
        {"software_development": 0.7, "integration_implementation": 0.1, "operation_maintenance": 0.2},
        [],
    ),
    "archive": (
        "{c}数字档案馆建设项目",
        "党政",
        "gov",
        {"software_development": 0.2, "data_processing": 0.45, "hardware_purchase": 0.35},
        [("高速扫描仪", "KV-S8147", 6), ("档案存储服务器", "R750xs", 2)],
    ),
    "campus_works": (
        "{c}教育局中小学智慧校园弱电智能化工程",
        "教育",
        "construction",
        {
            "integration_implementation": 0.35,
            "hardware_purchase": 0.5,
            "software_purchase": 0.1,
            "other": 0.05,
        },
        [("综合布线材料", "六类非屏蔽", 1), ("广播系统主机", "IP-9000", 12)],
    ),
    "ward_works": (
        "{c}人民医院门诊楼机房及弱电智能化工程",
        "医疗卫生",
        "construction",
        {"integration_implementation": 0.4, "hardware_purchase": 0.5, "other": 0.1},
        [("精密空调", "CyberMate 25kW", 2), ("UPS电源", "80kVA", 2)],
    ),
}

CLIENTS = {
    "video": "{c}公安局",
    "emergency": "{c}应急管理局",
    "classroom": "{c}第二中学",
    "water": "{c}水利局",
    "city": "{c}城市管理局",
    "land": "{c}自然资源局",
    "hospital_equip": "{c}人民医院",
    "dengbao": "{c}人民医院",
    "his": "{c}人民医院",
    "health_platform": "{c}卫生健康委员会",
    "forest": "{c}林业和草原局",
    "tcm": "{c}中医医院",
    "archive": "{c}档案馆",
    "campus_works": "{c}教育局",
    "ward_works": "{c}人民医院",
}


def project(
    rng: random.Random,
    pid: str,
    county: str,
    template: str,
    wan: tuple[int, int],
    stages: Stages | None = None,
    supervisor: bool = False,
    lab: bool = False,
) -> Project:
    pattern, fld, kind, shares, goods = TEMPLATES[template]
    st = stages or make_stages(rng)
    seq = {"gov": "ZC", "tech": "JK", "construction": "SG"}[kind]
    return Project(
        pid=pid,
        name=pattern.format(c=county),
        client=CLIENTS[template].format(c=county),
        field=fld,
        location=f"{PREFECTURE}{county}",
        contract_no=f"{CODES[county]}{seq}-{st.signed.year}-{rng.randint(1, 99):03d}",
        kind=kind,
        fees=split_fees(rng, rng.randint(*wan), shares),
        stages=st,
        supervisor=rng.choice(SUPERVISORS) if supervisor else None,
        lab=rng.choice(TEST_LABS) if lab else None,
        goods=goods,
    )


def filing(
    name: str,
    seed: int,
    index: int,
    county: str,
    projects: Callable[[random.Random], list[Project]],
    grade: str = "丁",
    fmt: str = "json",
) -> Filing:
    rng = random.Random(seed * 1000 + index)
    firm = make_firm(rng, county)
    projs = projects(rng)
    total = sum((p.amount for p in projs), Decimal(0))
    tech = rng.randint(22, 34) if grade == "丙" else rng.randint(7, 18)
    ncert = rng.randint(5, 7) if grade == "丙" else rng.randint(1, 3)
    certs = []
    for title, level in rng.sample(CERT_TITLES, ncert):
        certs.append(
            (
                person(rng),
                title,
                level,
                f"{'S' if level == '高级' else 'M'}{rng.randint(2014, 2023)}{rng.randint(10**8, 10**9 - 1)}",
            )
        )
    si = (total * Decimal(rng.uniform(1.05, 1.3))).quantize(Decimal("0.01"))
    rev = (si * Decimal(rng.uniform(1.1, 1.5))).quantize(Decimal("0.01"))
    profit = (rev * Decimal(rng.uniform(0.03, 0.09))).quantize(Decimal("0.01"))
    if grade == "丙":
        assert total >= Decimal(5_000_000), total
    return Filing(
        name=name,
        seed=seed,
        rng=rng,
        firm=firm,
        grade=grade,
        technical_total=tech,
        certificates=certs,
        finance={"operating_revenue": rev, "system_integration_revenue": si, "net_profit": profit},
        projects=projs,
        declaration_format=fmt,
    )


def _enterprise_papers(f: Filing, licence_photo: bool, audit_scanned: bool) -> None:
    lic = pp.licence(f.firm, f.rng)
    if licence_photo:
        f.photo("营业执照.jpg", lic)
    else:
        f.pdf("营业执照副本.pdf", [(lic, True)])
    f.pdf(
        f"{YEAR}年度审计报告.pdf",
        [(pp.audit(f.firm, f.finance, f.rng, f.rng.choice(AUDIT_FIRMS)), audit_scanned)],
    )


def _contract(p: Project, f: Filing) -> pp.Paper:
    if p.kind == "tech":
        return pp.contract_tech(p, f.firm, f.rng)
    if p.kind == "construction":
        return pp.contract_construction(p, f.firm, f.rng)
    return pp.contract_gov(p, f.firm, f.rng, itemise=f.rng.random() < 0.7)


def _days(f: Filing, lo: int, hi: int) -> dt.timedelta:
    return dt.timedelta(days=f.rng.randint(lo, hi))


def _invoices(p: Project, f: Filing, parts: list[float]) -> list[pp.Paper]:
    out = []
    day = p.final_date()
    for i, share in enumerate(parts):
        amt = (p.amount * Decimal(share)).quantize(Decimal("0.01"))
        on = min(day + dt.timedelta(days=5 + 9 * i), dt.date(YEAR, 12, 20))
        out.append(pp.invoice(p, f.firm, amt, on, f.rng, 6 if p.kind == "tech" else 13))
    return out


# --- clean filings --------------------------------------------------------------------------------


def hx01_wushi_stages_clean(seed: int) -> Filing:
    c = "乌什县"

    def projs(rng: random.Random) -> list[Project]:
        return [
            project(rng, "P1", c, "video", (260, 480), supervisor=True),
            project(rng, "P2", c, "his", (120, 220), lab=True),
        ]

    f = filing("hx01_wushi_stages_clean", seed, 1, c, projs)
    p1, p2 = f.projects
    _enterprise_papers(f, licence_photo=True, audit_scanned=False)
    f.pdf("P1雪亮工程合同.pdf", [(_contract(p1, f), False)])
    f.pdf(
        "P1雪亮工程验收资料.pdf",
        [
            (pp.arrival(p1, f.firm, f.rng), True),
            (pp.preliminary(p1, f.firm, f.rng, passed=True, third_party=p1.supervisor), True),
            (pp.trial(p1, f.firm, f.rng), True),
            (pp.final(p1, f.firm, f.rng, third_party=p1.supervisor), True),
        ],
    )
    assert p2.lab
    rep, cite = pp.test_report(
        p2.name, p2.client, p2.lab, p2.stages.final - _days(f, 6, 12), f.rng, "software", p2.pid
    )
    f.pdf(
        "P2_HIS项目合同及验收.pdf",
        [
            (_contract(p2, f), True),
            (rep, False),
            (pp.final(p2, f.firm, f.rng, third_party=p2.lab[0], lab_report=cite), True),
        ],
    )
    f.pdf("发票/P2_数电票.pdf", [(inv, False) for inv in _invoices(p2, f, [0.6])])
    f.story = "P1 到货→初验(整改意见, 通过)→试运行→终验+签字表+监理; P2 合同 + 软件验收测试报告(CMA/CNAS) + 终验 + 数电票"
    return f


def hx02_wensu_recheck_clean(seed: int) -> Filing:
    c = "温宿县"

    def projs(rng: random.Random) -> list[Project]:
        return [
            project(rng, "P1", c, "emergency", (260, 380), stages=make_stages(rng, recheck=True)),
            project(rng, "P2", c, "dengbao", (120, 200), lab=True),
            project(rng, "P3", c, "classroom", (180, 260)),
        ]

    f = filing("hx02_wensu_recheck_clean", seed, 2, c, projs, grade="丙")
    p1, p2, p3 = f.projects
    _enterprise_papers(f, licence_photo=False, audit_scanned=True)
    f.pdf(
        "应急指挥平台项目资料.pdf",
        [
            (_contract(p1, f), True),
            (pp.arrival(p1, f.firm, f.rng), True),
            (pp.preliminary(p1, f.firm, f.rng, passed=True), True),
            (pp.trial(p1, f.firm, f.rng), True),
            (pp.final(p1, f.firm, f.rng, verdict="基本合格"), True),
            (pp.recheck(p1, f.firm, f.rng), True),
        ],
    )
    assert p2.lab
    rep, cite = pp.test_report(
        p2.name, p2.client, p2.lab, p2.stages.final - _days(f, 5, 15), f.rng, "dengbao", p2.pid
    )
    f.pdf(
        "等保整改项目.pdf",
        [
            (_contract(p2, f), False),
            (rep, False),
            (pp.final(p2, f.firm, f.rng, third_party=p2.lab[0], lab_report=cite), True),
        ],
    )
    f.pdf(
        "智慧教室项目合同验收.pdf",
        [(_contract(p3, f), True), (pp.final(p3, f.firm, f.rng, roster=False), True)],
    )
    f.pdf("智慧教室发票.pdf", [(inv, False) for inv in _invoices(p3, f, [0.5, 0.45])])
    f.story = "P1 终验 基本合格 → 整改后复验合格 (the final acceptance, declared); P2 等保测评报告 + 终验; P3 终验 + two 数电票"
    return f


def hx03_baicheng_works_clean(seed: int) -> Filing:
    c = "拜城县"

    def projs(rng: random.Random) -> list[Project]:
        return [
            project(
                rng,
                "P1",
                c,
                "campus_works",
                (300, 520),
                stages=make_stages(rng, signed_in_2024=True),
                supervisor=True,
            ),
            project(rng, "P2", c, "tcm", (90, 160)),
        ]

    f = filing("hx03_baicheng_works_clean", seed, 3, c, projs)
    p1, p2 = f.projects
    _enterprise_papers(f, licence_photo=False, audit_scanned=False)
    f.pdf("智慧校园弱电工程施工合同.pdf", [(_contract(p1, f), True)])
    f.pdf("智慧校园弱电工程竣工验收.pdf", [(pp.completion(p1, f.firm, f.rng), True)])
    f.pdf("中医医院电子病历合同.pdf", [(_contract(p2, f), False)])
    for i, inv in enumerate(_invoices(p2, f, [0.3, 0.4]), 1):
        f.pdf(f"中医医院电子病历发票{i}.pdf", [(inv, False)])
    f.story = "P1 GF-2017-0201 施工合同 (signed 2024) + 竣工验收报告 (发包人/承包人/监理人) + 签字表; P2 part-payment invoices only"
    return f


def hx04_xinhe_workbook_clean(seed: int) -> Filing:
    c = "新和县"

    def projs(rng: random.Random) -> list[Project]:
        return [
            project(rng, "P1", c, "health_platform", (180, 300), lab=True),
            project(rng, "P2", c, "archive", (80, 150)),
        ]

    f = filing("hx04_xinhe_workbook_clean", seed, 4, c, projs, fmt="xlsx")
    p1, p2 = f.projects
    _enterprise_papers(f, licence_photo=True, audit_scanned=True)
    assert p1.lab
    rep, cite = pp.test_report(
        p1.name, p1.client, p1.lab, p1.stages.final - _days(f, 4, 10), f.rng, "software", p1.pid
    )
    f.pdf(
        "全民健康信息平台.pdf",
        [
            (_contract(p1, f), False),
            (pp.preliminary(p1, f.firm, f.rng, passed=True), False),
            (pp.trial(p1, f.firm, f.rng), False),
            (rep, False),
            (pp.final(p1, f.firm, f.rng, third_party=p1.lab[0], lab_report=cite), True),
        ],
    )
    f.pdf("数字档案馆合同.pdf", [(_contract(p2, f), True)])
    f.photo("数字档案馆终验报告.jpg", pp.final(p2, f.firm, f.rng, roster=False))
    f.story = "declaration.xlsx; P1 all stages born digital, 终验 scanned; P2 终验 (one page) phone photo"
    return f


# --- one plant each --------------------------------------------------------------------------------


def hx05_shaya_arrival_only(seed: int) -> Filing:
    c = "沙雅县"

    def projs(rng: random.Random) -> list[Project]:
        return [
            project(rng, "P1", c, "hospital_equip", (200, 360)),
            project(rng, "P2", c, "city", (100, 180)),
        ]

    f = filing("hx05_shaya_arrival_only", seed, 5, c, projs)
    p1, p2 = f.projects
    p1.declared_accepted = p1.stages.arrival
    _enterprise_papers(f, licence_photo=False, audit_scanned=False)
    con = _contract(p1, f)
    f.pdf("人民医院设备采购合同及验收单.pdf", [(con, True), (pp.arrival(p1, f.firm, f.rng), True)])
    f.pdf(
        "数字城管项目.pdf",
        [
            (_contract(p2, f), False),
            (pp.preliminary(p2, f.firm, f.rng), True),
            (pp.final(p2, f.firm, f.rng), True),
        ],
    )
    f.plant(
        Code.ACCEPTANCE_MISSING,
        "warning: P1's only acceptance-like paper is a 设备到货验收单 (goods received, type other); no acceptance report, no invoice",
        "P1",
        con,
        None,
    )
    f.story = "P1 declares the 到货验收 date; its file holds the contract and the 到货验收单 only"
    return f


def hx06_wushi_preliminary_only(seed: int) -> Filing:
    c = "乌什县"

    def projs(rng: random.Random) -> list[Project]:
        return [project(rng, "P1", c, "land", (150, 280)), project(rng, "P2", c, "classroom", (90, 170))]

    f = filing("hx06_wushi_preliminary_only", seed, 6, c, projs)
    p1, p2 = f.projects
    p1.declared_accepted = p1.stages.preliminary
    _enterprise_papers(f, licence_photo=True, audit_scanned=False)
    pre = pp.preliminary(p1, f.firm, f.rng, passed=False)
    f.pdf(
        "一张图平台合同及初验.pdf",
        [(_contract(p1, f), True), (pp.arrival(p1, f.firm, f.rng), True), (pre, True)],
    )
    f.pdf("智慧教室合同.pdf", [(_contract(p2, f), False)])
    f.pdf("智慧教室终验.pdf", [(pp.final(p2, f.firm, f.rng), True)])
    f.plant(
        Code.ACCEPTANCE_NOT_PASSED,
        "error: P1's only acceptance is the 初步验收报告 whose 初验结论 is 不予通过 with 整改意见; no 复验, no 终验",
        "P1",
        pre,
        0,
    )
    f.story = "P1 declares the 初验 date; the 初验 lists 整改意见 and does not pass"
    return f


def hx07_wensu_final_later(seed: int) -> Filing:
    c = "温宿县"

    def projs(rng: random.Random) -> list[Project]:
        return [
            project(rng, "P1", c, "water", (220, 400), supervisor=True),
            project(rng, "P2", c, "his", (80, 150)),
        ]

    f = filing("hx07_wensu_final_later", seed, 7, c, projs)
    p1, p2 = f.projects
    p1.declared_accepted = p1.stages.preliminary
    _enterprise_papers(f, licence_photo=False, audit_scanned=True)
    fin = pp.final(p1, f.firm, f.rng, third_party=p1.supervisor)
    f.pdf(
        "灌区信息化项目资料.pdf",
        [
            (_contract(p1, f), False),
            (pp.arrival(p1, f.firm, f.rng), True),
            (pp.preliminary(p1, f.firm, f.rng, passed=True, third_party=p1.supervisor), True),
            (pp.trial(p1, f.firm, f.rng), True),
            (fin, True),
        ],
    )
    f.pdf("HIS项目.pdf", [(_contract(p2, f), True), (pp.final(p2, f.firm, f.rng), True)])
    f.plant(
        Code.DATE_MISMATCH,
        "warning: P1 declares the 初验 date; the 终验 (the final acceptance, passed) is dated later",
        "P1",
        fin,
        0,
    )
    f.story = "P1 declared accepted_on = 初验 date (matches the 初验 report); 终验 two to four months later"
    return f


def hx08_baicheng_basically(seed: int) -> Filing:
    c = "拜城县"

    def projs(rng: random.Random) -> list[Project]:
        return [project(rng, "P1", c, "city", (160, 300)), project(rng, "P2", c, "tcm", (70, 130))]

    f = filing("hx08_baicheng_basically", seed, 8, c, projs)
    p1, p2 = f.projects
    _enterprise_papers(f, licence_photo=True, audit_scanned=True)
    fin = pp.final(p1, f.firm, f.rng, verdict="基本合格")
    f.pdf(
        "数字城管项目合同及验收.pdf",
        [
            (_contract(p1, f), True),
            (pp.preliminary(p1, f.firm, f.rng), True),
            (pp.trial(p1, f.firm, f.rng), True),
            (fin, True),
        ],
    )
    f.pdf("电子病历项目.pdf", [(_contract(p2, f), False), (pp.final(p2, f.firm, f.rng, roster=False), False)])
    f.plant(
        Code.ACCEPTANCE_NOT_PASSED,
        "error: P1's 终验 verdict is ☑基本合格 with 本次终验不予通过; no 复验 follows",
        "P1",
        fin,
        0,
    )
    f.story = "P1 终验 基本合格 (not passed), declared on the 终验 date; no recheck paper"
    return f


def hx09_xinhe_other_signer(seed: int) -> Filing:
    c = "新和县"

    def projs(rng: random.Random) -> list[Project]:
        return [
            project(rng, "P1", c, "ward_works", (240, 420), supervisor=True),
            project(rng, "P2", c, "archive", (70, 140)),
        ]

    f = filing("hx09_xinhe_other_signer", seed, 9, c, projs)
    p1, p2 = f.projects
    _enterprise_papers(f, licence_photo=False, audit_scanned=False)
    other = f"{c}卫生健康委员会"
    comp = pp.completion(p1, f.firm, f.rng, signer=other)
    f.pdf("门诊楼机房弱电工程.pdf", [(_contract(p1, f), True), (comp, True)])
    f.pdf("数字档案馆.pdf", [(_contract(p2, f), False), (pp.final(p2, f.firm, f.rng), True)])
    f.plant(
        Code.PARTY_MISMATCH,
        f"error: P1's 竣工验收报告 names and is sealed by {other} as 发包人, not the declared client and contract 发包人 {p1.client}",
        "P1",
        comp,
        0,
    )
    f.story = "P1 GF-2017-0201 contract with the hospital; the 竣工验收报告 is signed by the county health commission"
    return f


def hx10_shaya_foreign_test_report(seed: int) -> Filing:
    c = "沙雅县"

    def projs(rng: random.Random) -> list[Project]:
        return [
            project(rng, "P1", c, "video", (200, 360), supervisor=True),
            project(rng, "P2", c, "forest", (90, 170), lab=True),
        ]

    f = filing("hx10_shaya_foreign_test_report", seed, 10, c, projs)
    p1, p2 = f.projects
    _enterprise_papers(f, licence_photo=True, audit_scanned=False)
    f.pdf(
        "雪亮工程项目.pdf",
        [
            (_contract(p1, f), True),
            (pp.arrival(p1, f.firm, f.rng), True),
            (pp.preliminary(p1, f.firm, f.rng, third_party=p1.supervisor), True),
            (pp.final(p1, f.firm, f.rng, third_party=p1.supervisor), True),
        ],
    )
    assert p2.lab
    foreign_name = f"{c}灌区智能量测水监测平台建设项目"
    rep, _ = pp.test_report(foreign_name, f"{c}水利局", p2.lab, p2.stages.final, f.rng, "software", None)
    con = _contract(p2, f)
    f.pdf("胡杨林监测平台合同及测试报告.pdf", [(con, False), (rep, False)])
    f.plant(
        Code.ACCEPTANCE_MISSING,
        f"warning: P2's file holds its contract and a 软件验收测试报告 of another project ({foreign_name}, 委托单位 {c}水利局); no acceptance report, no invoice",
        "P2",
        con,
        None,
    )
    f.story = "P2's acceptance evidence is a lab report about a different project and client"
    return f


SCENARIOS: list[Callable[[int], Filing]] = [
    hx01_wushi_stages_clean,
    hx02_wensu_recheck_clean,
    hx03_baicheng_works_clean,
    hx04_xinhe_workbook_clean,
    hx05_shaya_arrival_only,
    hx06_wushi_preliminary_only,
    hx07_wensu_final_later,
    hx08_baicheng_basically,
    hx09_xinhe_other_signer,
    hx10_shaya_foreign_test_report,
]
